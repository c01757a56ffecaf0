"""h4_public.sqlite: Lithuanian library e-lending, a Bulgarian tax office, an Israeli driving
school, Argentine crowdfunding, a Chilean kindergarten, a Belgian blood bank (donors and
bags), a Swiss coworking space, Austrian insurance telematics, Philippine freight ships and
their crew, and a staging extract with positional column names."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import TODAY, Row, Table, col, table
from benchmarks.heldout4 import ids
from benchmarks.heldout4 import makers as m

AR_COMMENTS = ("¡Éxito con el proyecto!", "Muy buena idea", "Ojalá lleguen a la meta", "Compartido",
               "Aguante el barrio", "Espero la recompensa", "Gran iniciativa")


def _ar_comment_pii(r: Row) -> str:
    return r.rng.choice((f"Soy {r.fake.name()}, escribanme a {r.fake.email()}",
                         f"De parte de {r.fake.name()}", f"Llamame al {r.fake.phone_number()}"))


HE_NOTES = ("שיעור כביש מהיר", "צריך לתרגל חניה", "התקדמות טובה", "ביטל בזמן", "שיעור כפול", "תרגול כיכרות")
BAG_NOTES = ("licht hemolytisch", "volume onder norm", "vrijgegeven", "in quarantaine", "bestraald",
             "leukocytendepletie ok", "terug van ziekenhuis", "")


def _he_note_pii(r: Row) -> str:
    return r.rng.choice((f"לתאם עם {r.fake.name()}", f"להתקשר ל-{m.phone(r)}", f"אמא: {r.fake.name()}"))


def readers() -> Table:
    return table("skaitytojai", 600, "lt_LT", [
        col("skaitytojo_nr", "INTEGER", "NONE", lambda r: 100000 + r.i),
        col("vardas", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("pavarde", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("asmens_kodas", "TEXT", "GOV_ID", lambda r: ids.baltic_personal_code(r.rng, r.born, r.sex, "LT")),
        col("el_pastas", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("prisijungimas", "TEXT", "OTHER_PII", lambda r: m.login(r, m.first(r), m.last(r)), "other-pii"),
        col("pin", "TEXT", "CREDENTIAL", m.pin, "secret"),
        col("slaptazodis_hash", "TEXT", "CREDENTIAL", m.sha256_hex, "secret"),
        col("druska", "BLOB", "CREDENTIAL", lambda r: r.rng.randbytes(16), "binary secret"),
        col("kortele", "TEXT", "NONE", lambda r: m.code(r, "LNB", 8)),
        col("filialas", "TEXT", "NONE", lambda r: r.rng.choice(("Centrinė", "Žirmūnų", "Antakalnio", "Šeškinės"))),
        col("registruotas", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2015, 1, 1), TODAY).isoformat()),
    ])


def loans() -> Table:
    return table("e_paskolos", 1000, "lt_LT", [
        col("paskolos_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("isbn", "TEXT", "NONE", lambda r: "978" + m.code(r, "", 10)),
        col("formatas", "TEXT", "NONE", lambda r: r.rng.choice(("EPUB", "PDF", "MP3"))),
        col("irenginys", "TEXT", "OTHER_PII", lambda r: m.token(r, "", 16).lower(), "device-id"),
        col("ip", "TEXT", "IP_ADDRESS", m.ipv4),
        col("pradzia", "TEXT", "NONE", m.recent_ts),
        col("grazinti_iki", "TEXT", "NONE", lambda r: (TODAY + dt.timedelta(days=r.rng.randint(1, 21))).isoformat()),
        col("licencija", "TEXT", "NONE", lambda r: "1.0.0.0", "constant shape-alike"),
        col("zymos", "TEXT", "NONE", lambda r: m.json_list(r.rng.sample(["grožinė", "vaikams", "istorija", "mokslas", "poezija"], 2)), "list"),
    ])


def taxpayers() -> Table:
    return table("danakoplatsi", 650, "bg_BG", [
        col("egn", "TEXT", "GOV_ID", lambda r: ids.bulgarian_egn(r.rng, r.born, r.sex)),
        col("ime", "TEXT", "PERSON_NAME", m.full),
        col("adres", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY",
            lambda r: f"{r.rng.randint(1000, 9999)} {m.town(r)}, ул. {r.fake.last_name()} {r.rng.randint(1, 140)}", "composite"),
        col("godishen_dohod", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(6000, 120000), 2), "other-pii"),
        col("danak_leva", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(0, 12000), 2), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "BG")),
        col("deklaraciya", "TEXT", "NONE", lambda r: m.code(r, "D", 10)),
        col("podadena", "TEXT", "NONE", m.recent_ts),
        col("semeyno", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("женен/омъжена", "неженен/неомъжена", "разведен/а", "вдовец/вдовица")), "other-pii"),
        col("deca", "INTEGER", "OTHER_PII", lambda r: r.rng.choice((0, 0, 1, 2, 3)), "other-pii"),
        col("ofis", "TEXT", "NONE", lambda r: r.rng.choice(("ТД София", "ТД Пловдив", "ТД Варна", "ТД Бургас"))),
    ])


def students() -> Table:
    return table("talmidim", 450, "he_IL", [
        col("mispar_talmid", "INTEGER", "NONE", lambda r: 7000 + r.i),
        col("teudat_zehut", "TEXT", "GOV_ID", lambda r: ids.israeli_id(r.rng)),
        col("shem", "TEXT", "PERSON_NAME", m.full),
        col("telefon", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("ir", "TEXT", "CITY", lambda r: r.fake.city()),
        col("bdikat_eynayim", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("תקין", "תקין", "משקפיים", "עדשות")), "health"),
        col("shiurim", "INTEGER", "NONE", lambda r: r.rng.randint(0, 40)),
        col("madrich", "TEXT", "PERSON_NAME", m.staff),
        col("rechev", "TEXT", "NONE", lambda r: f"{r.rng.randint(10, 99)}-{r.rng.randint(100, 999)}-{r.rng.randint(10, 99)}", "shape-alike"),
        col("hearot", "TEXT", "FREE_TEXT_PII", lambda r: m.sometimes(r, 0.08, _he_note_pii, HE_NOTES), "free-text"),
        col("mivchan", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("עבר", "נכשל", "")), "optional"),
    ])


def campaigns() -> Table:
    return table("campanas", 300, "es_AR", [
        col("id_campana", "INTEGER", "NONE", lambda r: r.i + 1),
        col("titulo", "TEXT", "NONE", lambda r: r.rng.choice(("Huerta comunitaria", "Biblioteca popular", "Club de barrio", "Disco independiente")) + f" {r.i}"),
        col("creador", "TEXT", "PERSON_NAME", m.full),
        col("cuit_creador", "TEXT", "GOV_ID", lambda r: ids.argentine_cuit(r.rng, r.sex)),
        col("meta_ars", "INTEGER", "NONE", lambda r: r.rng.randint(50, 5000) * 1000),
        col("provincia", "TEXT", "NONE", lambda r: r.fake.province() if hasattr(r.fake, "province") else "Córdoba"),
        col("name", "TEXT", "NONE", lambda r: r.rng.choice(("cultura", "deporte", "social", "tecnología")), "lying-name"),
        col("cierre", "TEXT", "NONE", lambda r: (TODAY + dt.timedelta(days=r.rng.randint(1, 90))).isoformat()),
    ])


def pledges() -> Table:
    return table("aportes", 800, "es_AR", [
        col("id_aporte", "INTEGER", "NONE", lambda r: r.i + 1),
        col("id_campana", "INTEGER", "NONE", lambda r: r.rng.randint(1, 300)),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("monto", "REAL", "NONE", lambda r: round(r.rng.uniform(500, 200000), 2)),
        col("anonimo", "INTEGER", "NONE", lambda r: int(r.p(0.3))),
        col("ip_origen", "TEXT", "IP_ADDRESS", m.ipv4),
        col("comentario", "TEXT", "FREE_TEXT_PII", lambda r: m.sometimes(r, 0.14, _ar_comment_pii, AR_COMMENTS), "free-text"),
        col("tarjeta_ult4", "TEXT", "OPTIONAL", lambda r: f"{r.rng.randint(0, 9999):04d}", "partial-format optional"),
        col("cbu", "TEXT", "BANK_ACCOUNT", lambda r: ids.argentine_cbu(r.rng)),
    ])


def children() -> Table:
    allergies = ("ninguna", "ninguna", "ninguna", "maní", "lactosa", "gluten", "picadura de abeja")
    return table("parvulos", 380, "es_CL", [
        col("rut", "TEXT", "GOV_ID", lambda r: ids.chilean_rut(r.rng)),
        col("nombres", "TEXT", "PERSON_NAME", lambda r: f"{m.first(r)} {m.first(r)}", "partial-format"),
        col("apellidos", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.last_name()} {r.fake.last_name()}", "partial-format"),
        col("fecha_nac", "TEXT", "DATE_OF_BIRTH", lambda r: m.day_between(r, dt.date(2021, 1, 1), dt.date(2024, 6, 1)).strftime("%d/%m/%Y")),
        col("sexo", "TEXT", "GENDER", lambda r: "F" if r.sex == "F" else "M"),
        col("alergias", "TEXT", "OTHER_PII", lambda r: r.rng.choice(allergies), "health"),
        col("contacto", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name()} ({r.rng.choice(('mamá', 'papá', 'abuela'))}) {r.fake.phone_number()}", "composite"),
        col("sala", "TEXT", "NONE", lambda r: r.rng.choice(("Pollitos", "Abejitas", "Delfines", "Estrellitas"))),
        col("jornada", "TEXT", "NONE", lambda r: r.rng.choice(("AM", "PM", "completa"))),
        col("retira_autorizado", "TEXT", "PERSON_NAME", lambda r: m.json_list([r.fake.name() for _ in range(r.rng.randint(1, 3))]), "list"),
    ])


def donors() -> Table:
    return table("donoren", 550, "nl_BE", [
        col("donor_nr", "TEXT", "NONE", lambda r: m.code(r, "DN", 7)),
        col("rijksregisternummer", "TEXT", "GOV_ID", lambda r: ids.belgian_nn(r.rng, r.born, r.sex)),
        col("voornaam", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("familienaam", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("geslacht", "TEXT", "GENDER", lambda r: "V" if r.sex == "F" else "M"),
        col("bloedgroep", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("O+", "A+", "B+", "AB+", "O-", "A-")), "health"),
        col("hb_g_dl", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(11.5, 17.5), 1), "health"),
        col("gewicht_kg", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(50, 120), "other-pii"),
        col("gsm", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("postcode", "TEXT", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("gemeente", "TEXT", "CITY", lambda r: r.fake.city()),
        col("rekening", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "BE")),
    ])


def bags() -> Table:
    return table("zakken", 900, "nl_BE", [
        col("din", "TEXT", "NONE", lambda r: f"W{r.rng.randint(1000, 9999)} 26 {r.rng.randint(100000, 999999)}"),
        col("product", "TEXT", "NONE", lambda r: r.rng.choice(("E0336", "E3845", "E2831"))),
        col("volume_ml", "INTEGER", "NONE", lambda r: r.rng.randint(250, 520)),
        col("afname", "TEXT", "NONE", m.recent_ts),
        col("vervalt", "TEXT", "NONE", lambda r: (TODAY + dt.timedelta(days=r.rng.randint(1, 42))).isoformat()),
        col("koelcel", "TEXT", "NONE", lambda r: f"K{r.rng.randint(1, 12)}"),
        col("sensor_ip", "TEXT", "NONE", m.private_ip, "thing-qi"),
        col("groep", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("O+", "A+", "B+", "AB+", "O-", "A-")), "optional"),
        col("label_png", "BLOB", "NONE", m.tiny_png, "binary"),
        col("opmerking", "TEXT", "NONE", lambda r: r.rng.choice(BAG_NOTES), "free-text-none"),
    ])


def coworkers() -> Table:
    return table("mitglieder", 400, "de_CH", [
        col("mitglied_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("name", "TEXT", "PERSON_NAME", m.full),
        col("ahv_nr", "TEXT", "GOV_ID", lambda r: ids.swiss_ahv(r.rng)),
        col("firma", "TEXT", "OPTIONAL", lambda r: r.fake.company(), "optional"),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("tarif", "TEXT", "NONE", lambda r: r.rng.choice(("Flex", "Fix", "Büro", "Tagespass"))),
        col("badge_uid", "BLOB", "CREDENTIAL", lambda r: r.rng.randbytes(16), "binary secret"),
        col("wlan_passwort", "BLOB", "CREDENTIAL", lambda r: m.token(r, "", 12).encode(), "binary secret"),
        col("bio", "BLOB", "NONE", lambda r: r.rng.choice(("Designerin", "Entwickler", "Fotograf", "Berater")).encode(), "binary"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "CH")),
        col("geburtsdatum", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y}"),
        col("nationalitaet", "TEXT", "COUNTRY", lambda r: r.rng.choice(("CH", "CH", "CH", "DE", "IT", "FR", "PT", "XK"))),
        col("kreditkarte", "TEXT", "PAYMENT_CARD", lambda r: ids.card(r.rng).replace(" ", "")),
    ])


def desks() -> Table:
    return table("arbeitsplaetze", 300, "de_CH", [
        col("platz", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 5)}.{r.rng.randint(1, 60):02d}"),
        col("etage", "INTEGER", "NONE", lambda r: r.rng.randint(0, 5)),
        col("standort", "TEXT", "NONE", lambda r: r.rng.choice(("Zürich West", "Basel Dreispitz", "Bern Länggasse")), "thing-qi"),
        col("plz", "TEXT", "NONE", lambda r: r.rng.choice(("8005", "4053", "3012")), "thing-qi"),
        col("sensor", "TEXT", "NONE", m.private_ip, "thing-qi"),
        col("monitor", "TEXT", "NONE", lambda r: r.rng.choice(("27\"", "32\"", "keiner"))),
        col("frei", "INTEGER", "NONE", lambda r: int(r.p(0.4))),
        col("email", "INTEGER", "NONE", lambda r: int(r.p(0.5)), "lying-name"),
        col("m", "TEXT", "NONE", lambda r: r.rng.choice(("M", "W")), "cryptic-name shape-alike"),
    ])


def policies() -> Table:
    return table("polizzen", 500, "de_AT", [
        col("polizze", "TEXT", "NONE", lambda r: m.code(r, "KFZ-", 8)),
        col("versicherungsnummer", "TEXT", "GOV_ID", lambda r: ids.austrian_vnr(r.rng, r.born)),
        col("vorname", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("nachname", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("kennzeichen", "TEXT", "OTHER_PII", lambda r: f"{r.rng.choice(('W', 'G', 'L', 'S', 'I'))}-{r.rng.randint(100, 99999)}{r.rng.choice('ABCDEFGHKLMNPRSTUVWXYZ')}", "other-pii"),
        col("fin", "TEXT", "OTHER_PII", lambda r: "WVW" + m.token(r, "", 14).upper().replace("O", "0").replace("I", "1").replace("Q", "9"), "other-pii"),
        col("imei", "TEXT", "OTHER_PII", lambda r: "35" + m.code(r, "", 13), "device-id"),
        col("fahrstil_score", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(20, 100), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "AT")),
        col("praemie_eur", "REAL", "NONE", lambda r: round(r.rng.uniform(300, 2400), 2)),
        col("bonus_malus", "INTEGER", "NONE", lambda r: r.rng.randint(0, 17)),
    ])


def trips() -> Table:
    return table("fahrten", 1000, "de_AT", [
        col("fahrt_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("polizze", "TEXT", "NONE", lambda r: m.code(r, "KFZ-", 8)),
        col("start", "TEXT", "GEO_COORDINATES", lambda r: "%s,%s" % m.lat_lon(r, 47.8, 14.5, 1.5), "partial-format"),
        col("ziel", "TEXT", "GEO_COORDINATES", lambda r: "%s,%s" % m.lat_lon(r, 47.8, 14.5, 1.5), "partial-format"),
        col("km", "REAL", "NONE", lambda r: round(r.rng.uniform(0.5, 300), 1)),
        col("vmax", "INTEGER", "NONE", lambda r: r.rng.randint(30, 190)),
        col("bremsungen", "INTEGER", "NONE", lambda r: r.rng.randint(0, 12)),
        col("beginn", "TEXT", "NONE", m.recent_ts),
    ])


def vessels() -> Table:
    return table("vessels", 300, "en_PH", [
        col("imo", "TEXT", "NONE", lambda r: m.code(r, "IMO ", 7)),
        col("mmsi", "TEXT", "NONE", lambda r: "548" + m.code(r, "", 6), "shape-alike"),
        col("vessel_name", "TEXT", "NONE", lambda r: f"MV {r.fake.last_name().upper()} {r.rng.choice(('STAR', 'PRIDE', 'SPIRIT'))}"),
        col("flag", "TEXT", "NONE", lambda r: r.rng.choice(("PH", "PA", "LR", "MH")), "thing-qi"),
        col("home_port", "TEXT", "NONE", lambda r: r.rng.choice(("Manila", "Cebu", "Davao", "Iloilo")), "thing-qi"),
        col("last_lat", "REAL", "NONE", lambda r: m.lat_lon(r, 12.0, 122.0, 6)[0], "thing-qi"),
        col("last_lon", "REAL", "NONE", lambda r: m.lat_lon(r, 12.0, 122.0, 6)[1], "thing-qi"),
        col("dwt", "INTEGER", "NONE", lambda r: r.rng.randint(2000, 80000)),
        col("built", "INTEGER", "NONE", lambda r: r.rng.randint(1985, 2024)),
    ])


def seafarers() -> Table:
    return table("seafarers", 520, "en_PH", [
        col("sirb_no", "TEXT", "GOV_ID", lambda r: m.code(r, "C", 7)),
        col("full_name", "TEXT", "PERSON_NAME", lambda r: f"{m.last(r).upper()}, {m.first(r)}"),
        col("nationality", "TEXT", "COUNTRY", lambda r: r.rng.choice(("Filipino", "Filipino", "Filipino", "Indonesian", "Indian"))),
        col("dob", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.strftime("%m/%d/%Y")),
        col("rank", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("Master", "Chief Officer", "AB", "OS", "Oiler", "Cook")), "optional"),
        col("basic_wage_usd", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(600, 12000), "other-pii"),
        col("allottee", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name()} - {m.phone(r)}", "composite"),
        col("vessel_imo", "TEXT", "NONE", lambda r: m.code(r, "IMO ", 7)),
        col("sign_on", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2025, 1, 1), TODAY).isoformat()),
        col("bmi", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(18, 34), 1), "health"),
    ])


def staging() -> Table:
    return table("stg_import_07", 500, "fr_BE", [
        col("c1", "TEXT", "GOV_ID", lambda r: ids.belgian_nn(r.rng, r.born, r.sex), "cryptic-name"),
        col("c2", "TEXT", "PERSON_NAME", m.first, "cryptic-name partial-format"),
        col("c3", "TEXT", "PERSON_NAME", m.last, "cryptic-name partial-format"),
        col("c4", "INTEGER", "DATE_OF_BIRTH", lambda r: int(f"{r.born:%Y%m%d}"), "cryptic-name"),
        col("c5", "INTEGER", "GENDER", lambda r: 2 if r.sex == "F" else 1, "cryptic-name"),
        col("c6", "TEXT", "EMAIL", lambda r: m.email(r), "cryptic-name"),
        col("c7", "TEXT", "NONE", lambda r: m.code(r, "BE0", 9), "cryptic-name"),
        col("c8", "INTEGER", "NONE", lambda r: r.rng.choice((1, 2)), "cryptic-name shape-alike"),
        col("c9", "TEXT", "NONE", lambda r: "X", "cryptic-name constant"),
        col("phone", "TEXT", "NONE", lambda r: r.rng.choice(("Y", "N")), "lying-name"),
        col("c10", "TEXT", "POSTAL_CODE|CITY", lambda r: f"{r.rng.randint(1000, 9999)} {m.town(r)}", "cryptic-name composite"),
    ])


TABLES = [readers, loans, taxpayers, students, campaigns, pledges, children, donors, bags,
          coworkers, desks, policies, trips, vessels, seafarers, staging]
