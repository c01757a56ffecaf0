"""h11_services.sqlite: a Panama Canal tug operator (Spanish column names), a marina in the Bay
of Kotor (Montenegro, Montenegrin column names), a soap workshop in Tripoli and its online shop
(Lebanon, French column names), a carnival mas band in Port of Spain (Trinidad and Tobago) and a
white-water rafting company at Jinja (Uganda, some Luganda column names)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout11 import ids
from benchmarks.heldout11.makers import (bcrypt_like, born, code, const, date_between, digits, email_of, empty, family,
                                         free_text, full, given, hexdigest, ipv4, joined, latlon, login_of, mask,
                                         money, number, other_full, phone, photo, pick, seq, sex, sha512_crypt, share,
                                         stamp, street, town)
from benchmarks.heldout11.places import LB, ME, PA, PHONES, TT, UG

D = dt.date


def _contact(places, country):
    ph = phone(PHONES[country])
    return lambda r: f"{other_full(places)(r)}, {ph(r)}"


# --- Panama: remolcadores del Canal ---------------------------------------------------------

def pa_remolcadores():
    return table("pa_remolcadores", 300, "en_US", [
        col("nombre", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Cerro', 'Río', 'Isla', 'Punta'))} "
                                                f"{r.rng.choice(('Azul', 'Ancón', 'Chagres', 'Taboga', 'Gatún', 'Pacora'))} {r.i + 1}"),
        col("imo", "TEXT", "NONE", lambda r: ids.imo_number(r.rng), "shape-alike"),
        col("mmsi", "TEXT", "NONE", digits(6, "352"), "shape-alike"),
        col("tiro_bollard_t", "INTEGER", "NONE", number(45, 90)),
        col("anio", "INTEGER", "NONE", number(1998, 2025)),
        col("puerto_base", "TEXT", "NONE", pick("Balboa", "Cristóbal", "Gamboa"), "thing-qi"),
        col("ip_vsat", "TEXT", "NONE", ipv4(), "thing-qi"),
        col("lat_ultima", "REAL", "NONE", latlon(9.08, -79.68, 0.2), "thing-qi"),
        col("dob", "TEXT", "NONE", date_between(D(2026, 1, 1), D(2027, 12, 31)), "lying-name"),
    ])


def pa_tripulantes():
    def address(r):
        t = PA["towns"][r.rng.randrange(len(PA["towns"]))]
        return f"{street(PA)(r)}, casa {r.rng.randint(1, 90)}, {t[0]}"
    return table("pa_tripulantes", 640, "en_US", [
        col("cedula", "TEXT", "GOV_ID", lambda r: ids.pa_cedula(r.rng)),
        col("nombre_completo", "TEXT", "PERSON_NAME", full(PA)),
        col("fecha_nacimiento", "TEXT", "DATE_OF_BIRTH", born("%d-%m-%Y")),
        col("sexo", "TEXT", "GENDER", sex("Femenino", "Masculino")),
        col("libreta_marino", "TEXT", "GOV_ID", digits(6, "PAN-")),
        col("celular", "TEXT", "PHONE", phone(PHONES["PA"])),
        col("correo", "TEXT", "EMAIL", email_of(("gmail.com", "cwpanama.net", "hotmail.com", "acp.gob.pa"))),
        col("cargo", "TEXT", "OPTIONAL", pick("capitán", "maquinista", "marinero", "cocinero", "aceitero"), "optional"),
        col("salario_mensual", "REAL", "OTHER_PII", money(1100, 6200), "other-pii"),
        col("tipo_sangre", "TEXT", "OTHER_PII", pick("O+", "O+", "A+", "B+", "AB+", "O-", "A-"), "health"),
        col("seguro_social", "TEXT", "GOV_ID", digits(7, "")),
        col("contacto_emergencia", "TEXT", "PERSON_NAME|PHONE", _contact(PA, "PA"), "composite"),
        col("direccion", "TEXT", "STREET_ADDRESS|CITY", address, "composite"),
        col("distrito", "TEXT", "STATE_REGION", town(PA, 1)),
    ])


def pa_maniobras():
    plain = ("asistencia normal en {n} minutos", "viento fuerte, dos remolcadores", "esclusaje sin novedad",
             "demora por neblina", "cabo reventado, reemplazado")
    pii = ("capitán {name} reporta fatiga", "práctico {name} pidió apoyo, llamar {phone}", "marinero {name} lesionado en mano")
    ph = phone(PHONES["PA"])
    return table("pa_maniobras", 950, "en_US", [
        col("maniobra", "TEXT", "NONE", seq("MN26-", 6)),
        col("fecha_hora", "TEXT", "NONE", stamp(D(2026, 6, 1), D(2026, 11, 30))),
        col("buque", "TEXT", "NONE", pick("MSC Aurora", "Cosco Pride", "Maersk Taboga", "Ever Lucky", "NYK Orion")),
        col("imo_buque", "TEXT", "NONE", lambda r: ids.imo_number(r.rng), "shape-alike"),
        col("esclusa", "TEXT", "NONE", pick("Miraflores", "Pedro Miguel", "Gatún", "Agua Clara", "Cocolí")),
        col("capitan", "TEXT", "PERSON_NAME", full(PA)),
        col("duracion_min", "INTEGER", "NONE", number(20, 240)),
        col("observaciones", "TEXT", "FREE_TEXT_PII",
            free_text(plain, pii, 0.08, lambda r: {"name": other_full(PA)(r), "phone": ph(r)}), "free-text"),
    ])


# --- Montenegro: marina in the Bay of Kotor -------------------------------------------------

def me_vezovi():
    return table("me_vezovi", 360, "en_US", [
        col("broj_veza", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDE')}-{r.i + 1:03d}"),
        col("gat", "TEXT", "NONE", pick("A", "B", "C", "D", "E")),
        col("duzina_m", "REAL", "NONE", money(8, 60, 1)),
        col("struja_kw", "INTEGER", "NONE", pick(16, 32, 63, 125)),
        col("cijena_dan_eur", "REAL", "NONE", money(25, 900)),
        col("telefon", "TEXT", "NONE", code("V-99-9"), "lying-name"),
        col("status", "TEXT", "NONE", pick("slobodan", "zauzet", "rezervisan")),
        col("valuta", "TEXT", "NONE", const("EUR"), "constant"),
    ])


def me_jahte():
    return table("me_jahte", 480, "en_US", [
        col("ime_jahte", "TEXT", "NONE", pick("Lady M", "Bokeljka", "Sea Breeze", "Azzurra", "Orion II", "Lovćen")),
        col("zastava", "TEXT", "NONE", pick("Malta", "Cayman Islands", "Crna Gora", "Marshall Islands", "Italija"), "thing-qi"),
        col("duzina", "REAL", "NONE", money(10, 75, 1)),
        col("registarski_broj", "TEXT", "NONE", code("KO-9999")),
        col("vlasnik", "TEXT", "PERSON_NAME", full(ME)),
        col("vlasnik_jmbg", "TEXT", "GOV_ID", share(0.6, lambda r: ids.jmbg(r.rng, r.born, r.sex)), "partial-format"),
        col("vlasnik_email", "TEXT", "EMAIL", joined(email_of(("t-com.me", "gmail.com", "yahoo.com", "mtel.me")), ", ", 1, 3), "list"),
        col("mmsi", "TEXT", "NONE", digits(6, "262"), "shape-alike"),
        col("osiguranje_do", "TEXT", "NONE", date_between(D(2026, 12, 1), D(2028, 6, 1))),
    ])


def me_skiperi():
    return table("me_skiperi", 420, "en_US", [
        col("jmbg", "TEXT", "GOV_ID", lambda r: ids.jmbg(r.rng, r.born, r.sex, r.rng.randint(21, 29))),
        col("ime", "TEXT", "PERSON_NAME", given(ME)),
        col("prezime", "TEXT", "PERSON_NAME", family(ME)),
        col("datum_rodjenja", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y.")),
        col("pol", "TEXT", "GENDER", sex("Ž", "M")),
        col("mobilni", "TEXT", "PHONE", phone(PHONES["ME"])),
        col("adresa", "TEXT", "STREET_ADDRESS", street(ME)),
        col("grad", "TEXT", "CITY", town(ME, 0)),
        col("postanski_broj", "TEXT", "POSTAL_CODE", town(ME, 2)),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.me_iban(r.rng)),
        col("licenca", "TEXT", "GOV_ID", code("CG-B-99999")),
        col("dnevnica_eur", "REAL", "OTHER_PII", money(80, 350), "other-pii"),
        col("korisnicko_ime", "TEXT", "OTHER_PII", login_of(), "other-pii"),
        col("lozinka", "TEXT", "CREDENTIAL", bcrypt_like(), "secret"),
    ])


# --- Lebanon: savonnerie in Tripoli ---------------------------------------------------------

def lb_lots_savon():
    return table("lb_lots_savon", 540, "en_US", [
        col("lot", "TEXT", "NONE", code("1399 9999"), "shape-alike"),
        col("date_cuisson", "TEXT", "NONE", date_between(D(2025, 1, 1), D(2026, 11, 20))),
        col("huile_olive_kg", "REAL", "NONE", money(50, 800, 1)),
        col("laurier_pct", "INTEGER", "NONE", pick(5, 10, 20, 30, 40)),
        col("poids_kg", "REAL", "NONE", money(40, 700, 1)),
        col("ean", "TEXT", "NONE", digits(10, "528"), "shape-alike"),
        col("sechage_jours", "INTEGER", "NONE", number(90, 270)),
    ])


def lb_artisans():
    return table("lb_artisans", 360, "en_US", [
        col("nom", "TEXT", "PERSON_NAME", family(LB)),
        col("prenom", "TEXT", "PERSON_NAME", given(LB)),
        col("date_naissance", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sexe", "TEXT", "GENDER", sex("F", "H")),
        col("tel", "TEXT", "PHONE", phone(PHONES["LB"])),
        col("numero_identite", "TEXT", "GOV_ID", lambda r: ids.lb_id(r.rng)),
        col("confession", "TEXT", "OTHER_PII", pick("sunnite", "maronite", "grec-orthodoxe", "alaouite", "chiite"), "other-pii"),
        col("salaire_usd", "REAL", "OTHER_PII", money(250, 1200), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.lb_iban(r.rng)),
        col("ville", "TEXT", "CITY", town(LB, 0)),
        col("mohafazat", "TEXT", "STATE_REGION", town(LB, 1)),
        col("nationalite", "TEXT", "COUNTRY", pick("libanaise", "libanaise", "syrienne", "palestinienne")),
        col("poste", "TEXT", "OPTIONAL", pick("maître savonnier", "découpeur", "emballeur", "apprenti"), "optional"),
    ])


def lb_clients_boutique():
    def address(r):
        t = LB["towns"][r.rng.randrange(len(LB["towns"]))]
        return f"{street(LB, True)(r)}, {t[0]} {t[2]} {r.rng.randint(1000, 9999)}"
    return table("lb_clients_boutique", 730, "en_US", [
        col("client_id", "INTEGER", "NONE", lambda r: 70001 + r.i),
        col("email", "TEXT", "EMAIL", lambda r: (full(LB)(r), email_of(("gmail.com", "hotmail.fr", "idm.net.lb", "outlook.com"))(r))[1]),
        col("nom_complet", "TEXT", "PERSON_NAME", lambda r: f"{r.__dict__['scratch']['_given']} {r.__dict__['scratch']['_family']}"),
        col("adresse_livraison", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", address, "composite"),
        col("telephone", "TEXT", "PHONE", mask(phone(PHONES["LB"]), 3, "x"), "partial-format"),
        col("carte", "TEXT", "PAYMENT_CARD", mask(lambda r: ids.card(r.rng, r.rng.choice(("4", "51", "53"))), 4, "*"), "partial-format"),
        col("mot_de_passe", "TEXT", "CREDENTIAL", sha512_crypt(), "secret"),
        col("derniere_ip", "TEXT", "IP_ADDRESS", ipv4()),
        col("inscrit_le", "TEXT", "NONE", stamp(D(2021, 1, 1), D(2026, 11, 30))),
        col("newsletter", "INTEGER", "NONE", pick(0, 1)),
        col("pays", "TEXT", "COUNTRY", pick("Liban", "Liban", "France", "Canada", "Émirats arabes unis")),
    ])


# --- Trinidad and Tobago: carnival mas band -------------------------------------------------

def tt_costumes():
    return table("tt_costumes", 420, "en_US", [
        col("section", "TEXT", "NONE", pick("Jewels of the Nile", "Fire Birds", "Moko Jumbies", "Blue Devils", "Sailor Mas")),
        col("sku", "TEXT", "NONE", code("868-999-9999"), "shape-alike"),
        col("sizes", "TEXT", "NONE", pick("XS-XL", "S-XXL", "one size")),
        col("price_ttd", "REAL", "NONE", money(1800, 9500)),
        col("feathers", "INTEGER", "NONE", number(0, 400)),
        col("fabric", "TEXT", "NONE", pick("lycra", "sequin", "mesh", "satin")),
        col("designer_note", "TEXT", "NONE", pick("backpiece extra", "gold trim", "", "needs wire frame"), "free-text-none"),
    ])


def tt_masqueraders():
    return table("tt_masqueraders", 880, "en_US", [
        col("reg_no", "TEXT", "NONE", seq("MAS27-", 5)),
        col("first_name", "TEXT", "PERSON_NAME", given(TT)),
        col("last_name", "TEXT", "PERSON_NAME", family(TT)),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%m/%d/%Y")),
        col("gender", "TEXT", "GENDER", sex("female", "male")),
        col("national_id", "TEXT", "GOV_ID", lambda r: ids.tt_national_id(r.rng, r.born)),
        col("mobile", "TEXT", "PHONE", phone(PHONES["TT"])),
        col("email", "TEXT", "EMAIL", email_of(("gmail.com", "tstt.net.tt", "yahoo.com", "live.com"))),
        col("section", "TEXT", "NONE", pick("Jewels of the Nile", "Fire Birds", "Moko Jumbies", "Blue Devils")),
        col("waist_cm", "INTEGER", "OTHER_PII", number(58, 120), "other-pii"),
        col("height_cm", "INTEGER", "OTHER_PII", number(148, 198), "other-pii"),
        col("instagram", "TEXT", "OTHER_PII", lambda r: "@" + login_of()(r), "other-pii"),
        col("ethnicity", "TEXT", "OTHER_PII", pick("African", "East Indian", "Mixed", "Chinese", "Syrian-Lebanese"), "other-pii"),
        col("balance_ttd", "REAL", "OPTIONAL", money(0, 4000), "optional"),
    ])


def tt_crew():
    return table("tt_crew", 310, "en_US", [
        col("f_01", "INTEGER", "NONE", lambda r: 500 + r.i, "cryptic-name"),
        col("f_02", "TEXT", "PERSON_NAME", full(TT, order="upper"), "cryptic-name"),
        col("f_03", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("f_04", "TEXT", "PHONE", phone(PHONES["TT"]), "cryptic-name"),
        col("f_05", "TEXT", "GOV_ID", digits(9, ""), "cryptic-name"),
        col("f_06", "TEXT", "OPTIONAL", pick("wire bender", "seamstress", "truck driver", "security", "section leader"),
            "cryptic-name optional"),
        col("f_07", "REAL", "OTHER_PII", money(300, 1500), "cryptic-name other-pii"),
        col("f_08", "TEXT", "NONE", const("POS"), "cryptic-name constant"),
        col("f_09", "TEXT", "NONE", empty(), "cryptic-name constant"),
        col("f_10", "TEXT", "STREET_ADDRESS", street(TT, True), "cryptic-name"),
    ])


# --- Uganda: rafting at Jinja ---------------------------------------------------------------

def ug_ryati():
    return table("ug_ryati", 300, "en_US", [
        col("raft_no", "TEXT", "NONE", seq("R", 3)),
        col("brand", "TEXT", "NONE", pick("Aire 160", "NRS Otter 140", "Hyside 156", "Star Outlaw")),
        col("length_ft", "INTEGER", "NONE", pick(13, 14, 15, 16)),
        col("purchased", "TEXT", "NONE", date_between(D(2014, 1, 1), D(2026, 6, 1))),
        col("tracker_imei", "TEXT", "NONE", digits(13, "35"), "thing-qi"),
        col("launch_point", "TEXT", "NONE", pick("Bujagali", "Kyabirwa", "Hairy Lemon", "Nile High"), "thing-qi"),
        col("ekifo_lat", "REAL", "NONE", latlon(0.49, 33.16, 0.05), "thing-qi"),
    ])


def ug_abalambuzi():
    return table("ug_abalambuzi", 330, "en_US", [
        col("nin", "TEXT", "GOV_ID", lambda r: ids.ug_nin(r.rng, r.born, r.sex)),
        col("erinnya", "TEXT", "PERSON_NAME", full(UG, order="fg")),
        col("olunaku_lw_okuzaalibwa", "TEXT", "DATE_OF_BIRTH", born()),
        col("ekikula", "TEXT", "GENDER", sex("mukazi", "musajja")),
        col("essimu", "TEXT", "PHONE", phone(PHONES["UG"])),
        col("mobile_money", "TEXT", "PHONE", phone(PHONES["UG"])),
        col("disitulikiti", "TEXT", "STATE_REGION", town(UG, 1)),
        col("ekibuga", "TEXT", "CITY", town(UG, 0)),
        col("omusaala_ugx", "INTEGER", "OTHER_PII", number(600000, 2500000), "other-pii"),
        col("swim_test", "INTEGER", "OTHER_PII", number(40, 100), "other-pii"),
        col("first_aid_until", "TEXT", "OPTIONAL", date_between(D(2026, 1, 1), D(2028, 12, 1)), "optional"),
        col("attr3", "TEXT", "OTHER_PII", pick("Muganda", "Musoga", "Acholi", "Munyankole", "Langi"), "cryptic-name other-pii"),
    ])


def ug_waivers():
    conditions = ("none", "none", "none", "asthma", "epilepsy", "diabetes type 1", "pregnant", "heart condition",
                  "knee surgery 2024")
    return table("ug_waivers", 990, "en_US", [
        col("waiver_id", "TEXT", "NONE", hexdigest(12)),
        col("client_name", "TEXT", "PERSON_NAME", lambda r: r.fake.name()),
        col("passport_no", "TEXT", "GOV_ID", code("A99999999")),
        col("nationality", "TEXT", "COUNTRY", pick("United Kingdom", "Kenya", "USA", "Netherlands", "Uganda", "Germany")),
        col("birth_date", "TEXT", "DATE_OF_BIRTH", born()),
        col("email", "TEXT", "EMAIL", lambda r: r.fake.free_email()),
        col("medical_conditions", "TEXT", "OTHER_PII", pick(*conditions), "health"),
        col("weight_kg", "INTEGER", "OTHER_PII", number(45, 130), "other-pii"),
        col("emergency_contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name()} {r.fake.phone_number()}", "composite"),
        col("selfie", "BLOB", "OTHER_PII", photo(), "binary other-pii"),
        col("form_ip", "TEXT", "IP_ADDRESS", ipv4()),
        col("signed_at", "TEXT", "NONE", stamp(D(2026, 1, 1), D(2026, 11, 30))),
    ])


def pa_flota():
    return table("pa_flota", 300, "en_US", [
        col("placa", "TEXT", "NONE", code("AC9999"), "thing-qi"),
        col("vin", "TEXT", "NONE", code("JT999AA9999999999"), "shape-alike"),
        col("marca", "TEXT", "NONE", pick("Toyota Hilux", "Nissan Frontier", "Isuzu D-Max", "Hyundai H-1")),
        col("km", "INTEGER", "NONE", number(3000, 290000)),
        col("gps_lat", "REAL", "NONE", latlon(8.95, -79.55, 0.2), "thing-qi"),
        col("imei_gps", "TEXT", "NONE", digits(13, "86"), "thing-qi"),
        col("revisado", "TEXT", "NONE", date_between(D(2025, 6, 1), D(2026, 11, 25))),
        col("asignado_a", "TEXT", "OPTIONAL", pick("Operaciones Balboa", "Mantenimiento", "Gerencia", "Cristóbal"), "optional"),
    ])


def pa_permisos_estacionamiento():
    return table("pa_permisos_estacionamiento", 410, "en_US", [
        col("permiso", "INTEGER", "NONE", lambda r: 1500 + r.i),
        col("titular", "TEXT", "PERSON_NAME", full(PA)),
        col("placa_privada", "TEXT", "OTHER_PII", code("999999"), "other-pii"),
        col("vehiculo", "TEXT", "OTHER_PII", pick("Kia Picanto gris", "Toyota Corolla blanco", "Suzuki Swift rojo",
                                                   "Mitsubishi L200 negro", "Honda CR-V azul"), "other-pii"),
        col("ext", "TEXT", "OPTIONAL", digits(4, ""), "optional"),
        col("vence", "TEXT", "NONE", date_between(D(2026, 12, 1), D(2027, 12, 1))),
        col("sticker", "TEXT", "NONE", code("E-9999"), ""),
    ])


TABLES = (pa_remolcadores, pa_tripulantes, pa_maniobras, me_vezovi, me_jahte, me_skiperi, lb_lots_savon, lb_artisans,
          lb_clients_boutique, tt_costumes, tt_masqueraders, tt_crew, ug_ryati, ug_abalambuzi, ug_waivers,
          pa_flota, pa_permisos_estacionamiento)
