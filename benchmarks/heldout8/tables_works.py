"""h8_works.sqlite: an Oran container terminal (ar_DZ; cranes and reefer plugs vs dockers), a
Banja Luka brewery (sr_BA; fermenters vs staff, with Serbian abbreviations), a Surat
diamond-polishing workshop (gu_IN; wheels and stone lots vs karigars) and a Chattogram
ship-breaking yard (en_BD; vessels vs yard workers and their injuries)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout8 import ids, places
from benchmarks.heldout8.makers import (BLOOD, amount, bcrypt_like, blob, born, business_date, choice, code, coord,
                                        day_between, email_of, free_text, full_name, gender, given_family,
                                        height_cm, initials, integer, key, mac, phone, private_ip, sha256_hex,
                                        stamp, town_of, version4, weight_kg, wkt_point)

# --- Oran container terminal (ar_DZ) ----------------------------------------------------------

ORAN_LAT, ORAN_LON = (35.700, 35.716), (-0.660, -0.625)


def dz_cranes():
    lat, lon = coord(ORAN_LAT, ORAN_LON)
    return table("dz_cranes", 320, "ar_DZ", [
        col("crane_id", "INTEGER", "NONE", key),
        col("code_grue", "TEXT", "NONE", code("STS-", 3)),
        col("constructeur", "TEXT", "NONE", choice("ZPMC", "Liebherr", "Konecranes", "Kalmar", "Sany")),
        col("serial", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("quai", "TEXT", "NONE", choice("رصيف 1", "رصيف 2", "رصيف 3", "Môle Ténès", "Môle de Ravin Blanc")),
        col("ville", "TEXT", "NONE", choice("وهران", "أرزيو", "مستغانم"), "thing-qi"),
        col("code_postal", "TEXT", "NONE", choice("31000", "31200", "27000"), "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("lon", "REAL", "NONE", lon, "thing-qi"),
        col("plc_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("date_naissance_machine", "TEXT", "NONE", day_between(dt.date(1978, 1, 1), dt.date(2019, 12, 31)),
            "lying-name shape-alike"),
        col("capacite_t", "REAL", "NONE", amount(40, 85, 1)),
    ])


DZ_NOTES = ("وردية عادية بدون حوادث.", "تأخر الباخرة ساعتين.", "تم تغيير الحبال.", "RAS, quart normal.",
            "Grue à l'arrêt pour graissage.", "حاوية مبردة بدون كهرباء.")


def dz_dockers():
    def address(r) -> str:
        return f"{r.fake.street_address()}، {r.fake.city()}"

    return table("dz_dockers", 600, "ar_DZ", [
        col("matricule", "TEXT", "NONE", code("DK", 5)),
        col("nom", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name(), "partial-format"),
        col("prenom", "TEXT", "PERSON_NAME", lambda r: r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male(),
            "partial-format"),
        col("sexe", "TEXT", "GENDER", gender("أنثى", "ذكر")),
        col("date_naiss", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("lieu_naiss", "TEXT", "CITY", lambda r: r.fake.city()),
        col("n_chifa", "TEXT", "GOV_ID", lambda r: ids.dz_chifa(r.rng, r.born)),
        col("adresse", "TEXT", "STREET_ADDRESS|CITY", address, "composite"),
        col("wilaya", "TEXT", "STATE_REGION", lambda r: r.fake.administrative_unit()),
        col("tel", "TEXT", "PHONE", phone("ar_DZ")),
        col("rip_ccp", "TEXT", "BANK_ACCOUNT", lambda r: ids.dz_rip(r.rng)),
        col("salaire_base", "INTEGER", "OTHER_PII", integer(38000, 140000), "other-pii"),
        col("groupe_sanguin", "TEXT", "OTHER_PII", choice(*BLOOD), "health"),
        col("taille_cm", "INTEGER", "OTHER_PII", height_cm, "other-pii"),
        col("poids_kg", "INTEGER", "OTHER_PII", weight_kg, "other-pii"),
        col("aptitude", "TEXT", "OTHER_PII", choice("apte", "apte avec réserve", "inapte temporaire", "apte"), "health"),
        col("poste", "TEXT", "OPTIONAL", choice("cariste", "pointeur", "grutier", "docker", "chef d'équipe"), "optional"),
        col("date_embauche", "TEXT", "OPTIONAL", day_between(dt.date(1995, 1, 1), dt.date(2026, 6, 1)), "optional"),
        col("actif", "INTEGER", "NONE", choice(0, 1, 1, 1)),
    ])


def dz_shift_log():
    def operator(r) -> str:
        return f"{r.fake.first_name_male()} {r.fake.last_name()}"

    return table("dz_shift_log", 800, "ar_DZ", [
        col("id", "INTEGER", "NONE", key),
        col("f_01", "TEXT", "NONE", stamp, "cryptic-name"),
        col("f_02", "TEXT", "NONE", code("STS-", 3), "cryptic-name"),
        col("f_03", "TEXT", "PERSON_NAME", operator, "cryptic-name"),
        col("f_04", "INTEGER", "NONE", integer(0, 44), "cryptic-name"),
        col("f_05", "TEXT", "NONE", lambda r: f"MSCU{r.rng.randint(1000000, 9999999)}", "cryptic-name"),
        col("f_06", "TEXT", "NONE", choice("M", "F", "M", "N"), "cryptic-name shape-alike"),
        col("f_07", "TEXT", "NONE", lambda r: f"0{r.rng.randint(5, 7)}{r.rng.randint(10000000, 99999999)}",
            "cryptic-name shape-alike"),
        col("remarque", "TEXT", "FREE_TEXT_PII", free_text(DZ_NOTES, lambda r: r.rng.choice((
            f"اتصل بالعامل {r.fake.first_name_male()} {r.fake.last_name()} على {phone('ar_DZ')(r)}",
            f"Signalé par {r.fake.first_name_male()} {r.fake.last_name()}, voir RH."))), "free-text"),
    ])


# --- Banja Luka brewery (sr_BA) ---------------------------------------------------------------

BL_LAT, BL_LON = (44.75, 44.80), (17.15, 17.22)


def rs_fermenters():
    return table("rs_fermenteri", 300, "sr_BA", [
        col("id", "INTEGER", "NONE", key),
        col("oznaka", "TEXT", "NONE", code("ФТ-", 3)),
        col("zapremina_hl", "INTEGER", "NONE", choice(400, 600, 800, 1200)),
        col("proizvodjac", "TEXT", "NONE", choice("Ziemann", "Krones", "GEA", "Steinecker")),
        col("lokacija", "TEXT", "NONE", wkt_point(BL_LAT, BL_LON), "thing-qi partial-format"),
        col("grad", "TEXT", "NONE", choice("Бања Лука"), "thing-qi constant"),
        col("pos_br", "TEXT", "NONE", choice("78000"), "thing-qi constant"),
        col("senzor_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("senzor_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("dat_rodj", "TEXT", "NONE", day_between(dt.date(1974, 1, 1), dt.date(2021, 1, 1), "%d.%m.%Y"),
            "lying-name shape-alike"),
        col("pol", "TEXT", "NONE", choice("М", "Ж"), "shape-alike"),
        col("temp_c", "REAL", "NONE", amount(2, 14, 1)),
    ])


def rs_staff():
    def address(r) -> str:
        street = r.rng.choice(("Краља Петра I Карађорђевића", "Гундулићева", "Јована Дучића", "Милоша Обилића",
                               "Цара Душана", "Видовданска", "Булевар српске војске"))
        return f"{street} {r.rng.randint(1, 140)}"

    return table("rs_radnici", 450, "sr_BA", [
        col("rb", "INTEGER", "NONE", key, "cryptic-name"),
        col("ime", "TEXT", "PERSON_NAME", given_family("sr_BA"), "partial-format"),
        col("prez", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format cryptic-name"),
        col("ime_oca", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(places.NAMES["sr_BA"][1]), "partial-format"),
        col("jmbg", "TEXT", "GOV_ID", lambda r: ids.jmbg(r.rng, r.born, r.sex)),
        col("dat_rodj", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y."), "cryptic-name"),
        col("adr", "TEXT", "STREET_ADDRESS", address, "cryptic-name"),
        col("mjesto", "TEXT", "CITY", town_of("sr_BA")),
        col("tel", "TEXT", "PHONE", phone("sr_BA")),
        col("e_posta", "TEXT", "EMAIL", lambda r: email_of(r, *_latin_sr(r)), "partial-format"),
        col("tr", "TEXT", "BANK_ACCOUNT", lambda r: ids.ba_iban(r.rng), "cryptic-name"),
        col("neto_plata", "REAL", "OTHER_PII", amount(950, 4200), "other-pii"),
        col("bracno_st", "TEXT", "OTHER_PII", choice("ожењен", "удата", "неожењен", "неудата", "разведен"), "other-pii"),
        col("radno_mj", "TEXT", "OPTIONAL", choice("пивар", "виљушкариста", "лаборант", "пунилац", "возач"), "optional"),
        col("sifra_lozinke", "TEXT", "CREDENTIAL", bcrypt_like, "secret"),
        col("kartica_kljuc", "BLOB", "CREDENTIAL", blob(16), "binary secret"),
    ])


_SR_LATIN = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Dj", "Е": "E", "Ж": "Z", "З": "Z",
                           "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O",
                           "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "C", "У": "U", "Ф": "F", "Х": "H", "Ц": "C",
                           "Ч": "C", "Џ": "Dz", "Ш": "S"})


def _latin_sr(r) -> tuple[str, str]:
    def latin(word: str) -> str:
        return "".join(ch.upper().translate(_SR_LATIN) if ch.islower() else ch.translate(_SR_LATIN) for ch in word).lower()
    return latin(r["ime"]), latin(r["prez"])


# --- Surat diamond-polishing workshop (gu_IN) -------------------------------------------------

def gu_wheels():
    return table("gu_ghanti", 310, "gu_IN", [
        col("id", "INTEGER", "NONE", key),
        col("machine_no", "TEXT", "NONE", code("GH-", 4)),
        col("model", "TEXT", "NONE", choice("Sahajanand SGP-4", "Bhavani Tank", "Venus V-Cut", "Laxmi LPX")),
        col("rpm", "INTEGER", "NONE", integer(2200, 3600)),
        col("floor", "TEXT", "NONE", choice("ભોંયતળિયું", "પહેલો માળ", "બીજો માળ")),
        col("area", "TEXT", "NONE", choice("વરાછા", "કતારગામ", "મહિધરપુરા"), "thing-qi"),
        col("city", "TEXT", "NONE", choice("સુરત"), "thing-qi constant"),
        col("pincode", "TEXT", "NONE", choice("395006", "395004", "395003"), "thing-qi"),
        col("controller_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("fw", "TEXT", "NONE", version4, "shape-alike"),
        col("installed_on", "TEXT", "NONE", day_between(dt.date(2005, 1, 1), dt.date(2025, 12, 31), "%d-%m-%Y")),
    ])


def gu_karigar():
    def nominee(r) -> str:
        given, family = places.person(r, "gu_IN")
        relation = r.rng.choice(("પત્ની", "પુત્ર", "માતા", "ભાઈ"))
        return f"{given} {family} ({relation}) {phone('gu_IN')(r)}"

    return table("gu_karigar", 520, "gu_IN", [
        col("karigar_id", "INTEGER", "NONE", key),
        col("naam", "TEXT", "PERSON_NAME", full_name("gu_IN")),
        col("pita_naam", "TEXT", "PERSON_NAME", lambda r: r.fake.first_name_male(), "partial-format"),
        col("janm_tarikh", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("ling", "TEXT", "GENDER", gender("સ્ત્રી", "પુરુષ"), "cryptic-name"),
        col("mobile", "TEXT", "PHONE", phone("gu_IN")),
        col("vid", "TEXT", "GOV_ID", lambda r: ids.in_vid_spaced(r.rng), "partial-format"),
        col("epic_no", "TEXT", "GOV_ID", lambda r: ids.in_epic(r.rng)),
        col("vatan", "TEXT", "CITY", town_of("gu_IN")),
        col("upi", "TEXT", "OTHER_PII", _upi, "other-pii partial-format"),
        col("bank_ac", "TEXT", "BANK_ACCOUNT", lambda r: ids.in_ifsc_account(r.rng)),
        col("piece_rate_rs", "REAL", "OTHER_PII", amount(9, 65), "other-pii"),
        col("monthly_pay", "INTEGER", "OTHER_PII", integer(14000, 62000), "other-pii"),
        col("nominee", "TEXT", "PERSON_NAME|PHONE", nominee, "composite"),
        col("eyesight", "TEXT", "OTHER_PII", choice("6/6", "6/9", "6/12", "6/6 with glasses", "6/18"), "health"),
        col("skill", "TEXT", "OPTIONAL", choice("ઘાટ", "તળિયા", "પેલ", "ચમક"), "optional"),
    ])


def _upi(r) -> str:
    return f"{r.rng.randint(6000000000, 9999999999)}@{r.rng.choice(('okaxis', 'ybl', 'paytm', 'oksbi'))}"


def gu_lots():
    return table("gu_lots", 700, "gu_IN", [
        col("lot_id", "INTEGER", "NONE", key),
        col("lot_code", "TEXT", "NONE", lambda r: f"{r.rng.randint(390000, 396999)}", "shape-alike"),
        col("carat", "REAL", "NONE", amount(0.2, 4.5, 2)),
        col("shape", "TEXT", "NONE", choice("Round", "Princess", "Oval", "Pear", "Marquise")),
        col("color", "TEXT", "NONE", choice("D", "E", "F", "G", "H", "I", "J")),
        col("clarity", "TEXT", "NONE", choice("IF", "VVS1", "VVS2", "VS1", "VS2", "SI1")),
        col("gstin_buyer", "TEXT", "NONE", lambda r: _gstin(r), "shape-alike"),
        col("cut_date", "TEXT", "NONE", day_between(dt.date(2024, 1, 1), dt.date(2026, 11, 30), "%d/%m/%Y")),
        col("certificate", "TEXT", "NONE", lambda r: f"{r.rng.randint(1000000000, 9999999999)}"),
        col("karigar_id", "INTEGER", "NONE", integer(1, 520)),
    ])


def _gstin(r) -> str:
    from stdnum.in_ import gstin

    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pan = "".join(r.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "F" + r.rng.choice("ABCDEFGHIJ") \
        + f"{r.rng.randint(0, 9999):04d}" + r.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = "24" + pan + "1Z"
    for ch in chars:
        if gstin.is_valid(body + ch):
            return body + ch
    raise ValueError(f"no GSTIN check character for {body}")


# --- Chattogram ship-breaking yard (en_BD) ----------------------------------------------------

SITA_LAT, SITA_LON = (22.40, 22.58), (91.65, 91.75)


def bd_vessels():
    lat, lon = coord(SITA_LAT, SITA_LON)
    return table("bd_vessels", 340, "en_BD", [
        col("vessel_id", "INTEGER", "NONE", key),
        col("imo", "TEXT", "NONE", lambda r: ids.imo_number(r.rng)),
        col("name", "TEXT", "NONE", lambda r: r.rng.choice(("Ocean", "Star", "Pacific", "Golden", "Eastern", "Sea"))
            + " " + r.rng.choice(("Glory", "Pride", "Venture", "Spirit", "Hope", "Trader")), "lying-name"),
        col("flag", "TEXT", "NONE", choice("Panama", "Liberia", "Tuvalu", "Comoros", "Palau", "St Kitts and Nevis"),
            "thing-qi"),
        col("built", "TEXT", "NONE", day_between(dt.date(1979, 1, 1), dt.date(2004, 12, 31)), "shape-alike"),
        col("ldt", "INTEGER", "NONE", integer(3000, 42000)),
        col("yard_plot", "TEXT", "NONE", code("SKD-", 3)),
        col("beach_lat", "REAL", "NONE", lat, "thing-qi"),
        col("beach_lon", "REAL", "NONE", lon, "thing-qi"),
        col("upazila", "TEXT", "NONE", choice("Sitakunda"), "thing-qi constant"),
        col("ais_mmsi", "TEXT", "NONE", lambda r: f"{r.rng.choice((351, 352, 636, 667, 572))}{r.rng.randint(100000, 999999)}"),
        col("cash_buyer", "TEXT", "NONE", choice("GMS", "Best Oasis", "Wirana", "NKD Maritime")),
    ])


def bd_workers():
    def address(r) -> str:
        return r.fake.address().replace("\n", ", ")

    return table("bd_workers", 560, "en_BD", [
        col("worker_no", "TEXT", "NONE", code("W-", 5)),
        col("name", "TEXT", "PERSON_NAME", full_name("en_BD")),
        col("father_husband", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "en_BD", "M"))),
        col("nid", "TEXT", "GOV_ID", lambda r: ids.bd_nid(r.rng, r.born) if r.p(0.6) else ids.bd_smart_nid(r.rng)),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d-%b-%Y")),
        col("sex", "TEXT", "GENDER", gender("F", "M")),
        col("mobile", "TEXT", "PHONE", phone("en_BD")),
        col("bkash", "TEXT", "PHONE", phone("en_BD", (0, 1)), "cryptic-name"),
        col("home_address", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", address, "composite"),
        col("home_district", "TEXT", "STATE_REGION", lambda r: r.fake.city()),
        col("daily_wage_tk", "INTEGER", "OTHER_PII", integer(450, 1400), "other-pii"),
        col("helmet_no", "TEXT", "NONE", code("H", 4)),
        col("section", "TEXT", "OPTIONAL", choice("cutter", "helper", "fitter", "wireman", "foreman"), "optional"),
        col("photo", "BLOB", "OTHER_PII", lambda r: b"\xff\xd8\xff\xe0" + bytes(r.rng.randint(0, 255) for _ in range(60)),
            "binary"),
    ])


BD_INJURY = ("Burn (gas cutting), left forearm", "Fall from height, fractured ankle", "Eye injury from slag",
             "Crush injury, right hand", "Asbestos exposure suspected", "Heat exhaustion", "Laceration, scalp")


def bd_injuries():
    return table("bd_injury_register", 420, "en_BD", [
        col("id", "INTEGER", "NONE", key),
        col("wno", "TEXT", "NONE", code("W-", 5), "cryptic-name"),
        col("inj_dt", "TEXT", "OPTIONAL", business_date, "optional"),
        col("dx", "TEXT", "OTHER_PII", choice(*BD_INJURY), "health cryptic-name"),
        col("icd", "TEXT", "OPTIONAL", choice("T22.2", "S82.8", "T15.9", "S67.2", "Z57.2", "T67.3", "S01.0"), "optional"),
        col("days_off", "INTEGER", "OTHER_PII", integer(0, 60), "health"),
        col("treated_by", "TEXT", "PERSON_NAME", lambda r: "Dr. " + full_name("en_BD")(r)),
        col("hospital", "TEXT", "NONE", choice("BITID Fouzderhat", "Chattogram Medical College Hospital", "Sitakunda UHC")),
        col("comp_tk", "INTEGER", "OTHER_PII", integer(0, 250000), "other-pii"),
        col("witness", "TEXT", "PERSON_NAME", initials("en_BD"), "partial-format"),
        col("report_hash", "TEXT", "NONE", sha256_hex, "shape-alike"),
    ])


TABLES = [dz_cranes, dz_dockers, dz_shift_log, rs_fermenters, rs_staff, gu_wheels, gu_karigar, gu_lots,
          bd_vessels, bd_workers, bd_injuries]
