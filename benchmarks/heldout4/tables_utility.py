"""h4_utility.sqlite: a Slovak water utility, a Slovenian hospital pharmacy, Croatian airline
crew rostering, Estonian event ticketing and a New Zealand solar farm. Things (stations,
stock, aircraft, venues, inverters) sit beside the persons (customers, patients, crew,
buyers, owners)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import TODAY, Row, Table, col, table
from benchmarks.heldout4 import ids
from benchmarks.heldout4 import makers as m

SK_NOTES = ("odpočet bez problémov", "vodomer zamrznutý", "plomba v poriadku", "prístup cez dvor",
            "odčítané z fotografie", "nízky tlak v sieti", "pes na pozemku", "vymenené tesnenie")


def _sk_note_pii(r: Row) -> str:
    return r.rng.choice((f"Volať p. {m.staff(r)} na {r.fake.phone_number()}",
                         f"kľúč u suseda {m.staff(r)}", f"faktúru poslať na {r.fake.email()}"))


def pumping_stations() -> Table:
    return table("cerpacie_stanice", 320, "sk_SK", [
        col("id_stanice", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nazov", "TEXT", "NONE", lambda r: f"ČS {r.fake.city()} {r.rng.randint(1, 9)}", "thing-qi"),
        col("ulica", "TEXT", "NONE", lambda r: r.fake.street_address(), "thing-qi"),
        col("psc", "TEXT", "NONE", lambda r: r.fake.postcode(), "thing-qi"),
        col("obec", "TEXT", "NONE", lambda r: r.fake.city(), "thing-qi"),
        col("kraj", "TEXT", "NONE", lambda r: r.fake.administrative_unit() if hasattr(r.fake, "administrative_unit") else "Žilinský", "thing-qi"),
        col("gps_lat", "REAL", "NONE", lambda r: m.lat_lon(r, 48.7, 19.5)[0], "thing-qi"),
        col("gps_lon", "REAL", "NONE", lambda r: m.lat_lon(r, 48.7, 19.5)[1], "thing-qi"),
        col("scada_ip", "TEXT", "NONE", m.private_ip, "thing-qi"),
        col("firmware", "TEXT", "NONE", m.version4, "shape-alike"),
        col("prevadzka", "TEXT", "NONE", lambda r: "aktívna", "constant"),
        col("vykon_kw", "REAL", "NONE", lambda r: round(r.rng.uniform(5, 400), 1)),
    ])


def customers() -> Table:
    return table("odberatelia", 700, "sk_SK", [
        col("cislo_zmluvy", "TEXT", "NONE", lambda r: m.code(r, "ZM-", 7)),
        col("meno", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("priezvisko", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("rodne_cislo", "TEXT", "GOV_ID", lambda r: ids.slovak_rc(r.rng, r.born, r.sex)),
        col("datum_narodenia", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y}"),
        col("adresa", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY",
            lambda r: f"{r.fake.street_address()}, {r.fake.postcode()} {r.fake.city()}", "composite"),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("telefon", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "SK")),
        col("spotreba_m3", "REAL", "OPTIONAL", lambda r: round(r.rng.uniform(20, 260), 1), "optional"),
        col("sadzba", "TEXT", "NONE", lambda r: r.rng.choice(("D1", "D2", "P1"))),
        col("heslo_portal", "TEXT", "CREDENTIAL", m.bcrypt_like, "secret"),
        col("socialna_podpora", "INTEGER", "OTHER_PII", lambda r: int(r.p(0.12)), "other-pii"),
    ])


def readings() -> Table:
    return table("odpocty", 900, "sk_SK", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("vodomer_sn", "TEXT", "NONE", lambda r: m.code(r, "WM", 9)),
        col("stav_m3", "REAL", "NONE", lambda r: round(r.rng.uniform(0, 9999), 3)),
        col("odpocet_cas", "TEXT", "NONE", m.recent_ts),
        col("odpocital", "TEXT", "PERSON_NAME", m.staff),
        col("poznamka", "TEXT", "FREE_TEXT_PII", lambda r: m.sometimes(r, 0.12, _sk_note_pii, SK_NOTES), "free-text"),
        col("f1", "INTEGER", "NONE", lambda r: r.rng.choice((0, 1)), "cryptic-name"),
        col("f2", "TEXT", "NONE", lambda r: r.rng.choice(("M", "F", "E")), "cryptic-name shape-alike"),
    ])


def pharmacy_stock() -> Table:
    return table("zaloga", 500, "sl_SI", [
        col("sifra", "TEXT", "NONE", lambda r: m.code(r, "", 6)),
        col("atc", "TEXT", "NONE", lambda r: r.rng.choice(("N02BE01", "J01CA04", "C09AA05", "A10BA02", "B01AC06"))),
        col("serija", "TEXT", "NONE", lambda r: m.code(r, "L", 7)),
        col("rok_uporabe", "TEXT", "NONE", lambda r: (TODAY + dt.timedelta(days=r.rng.randint(30, 900))).isoformat()),
        col("kolicina", "INTEGER", "NONE", lambda r: r.rng.randint(0, 4000)),
        col("polica", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCD')}-{r.rng.randint(1, 40):02d}-{r.rng.randint(1, 9)}"),
        col("temp_c", "REAL", "NONE", lambda r: round(r.rng.uniform(2, 8), 1)),
        col("dobavitelj", "TEXT", "OPTIONAL", lambda r: r.fake.company(), "optional"),
        col("hladilnik_ip", "TEXT", "NONE", m.private_ip, "thing-qi"),
        col("crtna_koda", "TEXT", "NONE", lambda r: "383" + m.code(r, "", 10), "shape-alike"),
    ])


def prescriptions() -> Table:
    diag = ("sladkorna bolezen tipa 2", "hipertenzija", "astma", "depresija", "epilepsija", "HIV okužba")
    return table("recepti", 650, "sl_SI", [
        col("st_recepta", "TEXT", "NONE", lambda r: m.code(r, "R", 8)),
        col("emso", "TEXT", "GOV_ID", lambda r: ids.slovenian_emso(r.rng, r.born, r.sex)),
        col("pacient", "TEXT", "PERSON_NAME", lambda r: f"{m.last(r).upper()} {m.first(r)}"),
        col("rojen", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born.day}. {r.born.month}. {r.born.year}"),
        col("spol", "TEXT", "GENDER", lambda r: "Ž" if r.sex == "F" else "M"),
        col("zdravilo", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("Metformin 850 mg", "Ramipril 5 mg", "Salbutamol", "Sertralin 50 mg")), "health"),
        col("odmerek", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("1-0-1", "0-0-1", "po potrebi", "2x dnevno")), "optional"),
        col("diagnoza", "TEXT", "OTHER_PII", lambda r: r.rng.choice(diag), "health"),
        col("predpisal", "TEXT", "PERSON_NAME", lambda r: f"dr. {r.fake.name()}"),
        col("izdano", "TEXT", "NONE", m.recent_ts),
        col("zzzs_st", "TEXT", "OTHER_PII", lambda r: m.code(r, "", 9), "other-pii"),
    ])


def crew() -> Table:
    return table("posada", 420, "hr_HR", [
        col("crew_code", "TEXT", "OTHER_PII", lambda r: m.code(r, "HRC", 4), "other-pii"),
        col("ime", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("prezime", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("oib", "TEXT", "GOV_ID", lambda r: ids.croatian_oib(r.rng)),
        col("putovnica", "TEXT", "GOV_ID", lambda r: m.code(r, "", 9)),
        col("dat_rod", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y.}"),
        col("spol", "TEXT", "GENDER", lambda r: "Ž" if r.sex == "F" else "M"),
        col("visina_cm", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(158, 198), "other-pii"),
        col("baza", "TEXT", "NONE", lambda r: r.rng.choice(("ZAG", "SPU", "DBV", "OSI"))),
        col("rang", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("CPT", "FO", "SCCM", "CCM")), "optional"),
        col("placa_eur", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(1400, 9000), "other-pii"),
        col("mobitel", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "HR", spaced=False)),
    ])


def roster() -> Table:
    return table("rotacije", 800, "hr_HR", [
        col("let", "TEXT", "NONE", lambda r: f"OU{r.rng.randint(300, 699)}"),
        col("reg", "TEXT", "NONE", lambda r: "9A-C" + r.rng.choice("ABCDEFGJKLQ") + r.rng.choice("ABCDEFGJKLQ")),
        col("d", "TEXT", "NONE", lambda r: (TODAY + dt.timedelta(days=r.rng.randint(-30, 30))).isoformat(), "cryptic-name"),
        col("p1", "TEXT", "OTHER_PII", lambda r: m.code(r, "HRC", 4), "cryptic-name other-pii"),
        col("p2", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name()[0]}. {r.fake.last_name()}", "cryptic-name partial-format"),
        col("blk_off", "TEXT", "NONE", lambda r: f"{r.rng.randint(5, 22):02d}:{r.rng.randint(0, 59):02d}"),
        col("gate", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCD')}{r.rng.randint(1, 20)}"),
        col("fdp_h", "REAL", "NONE", lambda r: round(r.rng.uniform(2, 13), 2)),
        col("acars_ip", "TEXT", "NONE", m.private_ip, "thing-qi"),
    ])


def venues() -> Table:
    return table("toimumiskohad", 300, "et_EE", [
        col("koht_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nimi", "TEXT", "NONE", lambda r: f"{m.town(r)} {r.rng.choice(('Kultuurimaja', 'Arena', 'Klubi', 'Teater'))}", "thing-qi"),
        col("aadress", "TEXT", "NONE", lambda r: f"{r.fake.last_name()} tn {r.rng.randint(1, 120)}", "thing-qi"),
        col("linn", "TEXT", "NONE", m.town, "thing-qi"),
        col("postiindeks", "TEXT", "NONE", lambda r: r.fake.postcode(), "thing-qi"),
        col("riik", "TEXT", "NONE", lambda r: "EE", "thing-qi constant"),
        col("asukoht", "TEXT", "NONE", lambda r: m.wkt_point(r, 58.6, 25.0, 1.2), "thing-qi"),
        col("mahutavus", "INTEGER", "NONE", lambda r: r.rng.randint(80, 12000)),
        col("kontakt_tel", "TEXT", "OPTIONAL", lambda r: r.fake.phone_number(), "optional"),
    ])


def tickets() -> Table:
    return table("piletid", 900, "et_EE", [
        col("pilet_id", "TEXT", "NONE", lambda r: m.token(r, "T", 10)),
        col("vöötkood", "TEXT", "NONE", lambda r: ids.not_a_card(r.rng), "shape-alike"),
        col("koht", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 40)}-{r.rng.randint(1, 60)}", "shape-alike"),
        col("ostja", "TEXT", "PERSON_NAME", m.full),
        col("ostja_email", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("isikukood", "TEXT", "GOV_ID", lambda r: ids.baltic_personal_code(r.rng, r.born, r.sex, "EE")),
        col("kaart", "TEXT", "PAYMENT_CARD", lambda r: ids.card(r.rng)),
        col("ostu_ip", "TEXT", "IP_ADDRESS", m.ipv4),
        col("hind", "REAL", "NONE", lambda r: round(r.rng.uniform(8, 180), 2)),
        col("kategooria", "TEXT", "NONE", lambda r: r.rng.choice(("VIP", "A", "B", "seisukoht"))),
        col("soodustus", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("", "", "", "puue", "pensionär", "töötu")), "other-pii"),
    ])


def inverters() -> Table:
    return table("inverters", 600, "en_NZ", [
        col("serial", "TEXT", "NONE", lambda r: m.code(r, "SG", 10)),
        col("farm", "TEXT", "NONE", lambda r: f"{r.fake.city()} Solar", "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: m.lat_lon(r, -41.0, 174.0, 3)[0], "thing-qi"),
        col("lng", "REAL", "NONE", lambda r: m.lat_lon(r, -41.0, 174.0, 3)[1], "thing-qi"),
        col("region", "TEXT", "NONE", lambda r: r.rng.choice(("Canterbury", "Otago", "Waikato", "Hawke's Bay")), "thing-qi"),
        col("ip", "TEXT", "NONE", m.ipv4, "thing-qi"),
        col("mac", "TEXT", "NONE", lambda r: ":".join(f"{r.rng.randint(0, 255):02x}" for _ in range(6))),
        col("fw", "TEXT", "NONE", m.version4, "shape-alike"),
        col("kw_now", "REAL", "NONE", lambda r: round(r.rng.uniform(0, 250), 2)),
        col("status", "TEXT", "NONE", lambda r: "OK", "constant"),
        col("birthday", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2016, 1, 1), dt.date(2025, 12, 31)).isoformat(), "lying-name"),
        col("digest", "BLOB", "NONE", lambda r: bytes.fromhex(m.sha256_hex(r)), "binary"),
    ])


def owners() -> Table:
    return table("farm_owners", 350, "en_NZ", [
        col("owner_no", "INTEGER", "NONE", lambda r: 5000 + r.i),
        col("name", "TEXT", "PERSON_NAME", m.full),
        col("ird", "TEXT", "GOV_ID", lambda r: ids.nz_ird(r.rng)),
        col("street", "TEXT", "STREET_ADDRESS", m.street),
        col("suburb", "TEXT", "CITY", lambda r: r.fake.city()),
        col("postcode", "TEXT", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("ph", "TEXT", "PHONE", lambda r: r.fake.phone_number(), "cryptic-name"),
        col("share_pct", "REAL", "OPTIONAL", lambda r: round(r.rng.uniform(1, 100), 1), "optional"),
        col("payout_nzd", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(200, 40000), 2), "other-pii"),
        col("api_key", "TEXT", "CREDENTIAL", lambda r: m.token(r, "sk_live_", 28), "secret"),
        col("key_sha256", "TEXT", "CREDENTIAL", m.sha256_hex, "secret"),
    ])


TABLES = [pumping_stations, customers, readings, pharmacy_stock, prescriptions, crew, roster,
          venues, tickets, inverters, owners]
