"""h7_people.sqlite: a Tamil Nadu eye hospital (ta_IN; equipment vs patients), a Hindi-belt
dairy cooperative (hi_IN; milk collection centres vs farmer members), a staging extract of a
Maharashtra cooperative bank's pensioners (mr_IN; positional column names) and a Catalan
castellers' club (es_CA; performances vs members)."""

from __future__ import annotations

from benchmarks.heldout3.model import col, table
from benchmarks.heldout7 import ids, places
from benchmarks.heldout7.makers import (amount, born, business_date, choice, email_of, fk, given_family, integer,
                                        key, phone, private_ip, seq, sha256_hex, version4, weighted)


def eye_equipment():
    return table("eye_equipment", 300, "ta_IN", [
        col("id", "INTEGER", "NONE", key),
        col("equipment", "TEXT", "NONE", choice("Slit lamp", "Autorefractometer", "OCT scanner", "Phaco machine", "Fundus camera", "Tonometer")),
        col("serial_no", "TEXT", "NONE", lambda r: f"{r.rng.choice(('SL', 'AR', 'OC', 'PH'))}{r.rng.randint(100000, 999999)}"),
        col("model_version", "TEXT", "NONE", version4, "shape-alike"),
        col("campus_city", "TEXT", "NONE", places.town_maker("ta_IN"), "thing-qi"),
        col("campus_pin", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: round(r.rng.uniform(8.2, 13.1), 5), "thing-qi"),
        col("lng", "REAL", "NONE", lambda r: round(r.rng.uniform(77.0, 80.3), 5), "thing-qi"),
        col("device_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("purchase_date", "TEXT", "NONE", business_date(4000)),
        col("amc_vendor", "TEXT", "NONE", choice("Appasamy Associates", "Carl Zeiss India", "Topcon Healthcare", "Alcon Labs India")),
    ])


def _ta_name(r) -> str:
    given, family = places.person(r, "ta_IN")
    return f"{given} {family}"


def eye_patients():
    return table("eye_patients", 500, "ta_IN", [
        col("id", "INTEGER", "NONE", key),
        col("mrn", "TEXT", "NONE", seq("MR", 2600001, 7)),
        col("peyar", "TEXT", "PERSON_NAME", _ta_name),
        col("thanthai_peyar", "TEXT", "PERSON_NAME", lambda r: r.fake.first_name_male() + " " + r.fake.last_name()),
        col("aadhaar", "TEXT", "GOV_ID", lambda r: ids.aadhaar_number(r.rng)),
        col("pirantha_naal", "TEXT", "DATE_OF_BIRTH", born("%d-%m-%Y")),
        col("vayathu", "INTEGER", "OTHER_PII", lambda r: (2026 - r.born.year), "other-pii"),
        col("paalinam", "TEXT", "GENDER", lambda r: "பெண்" if r.sex == "F" else "ஆண்"),
        col("kaipesi", "TEXT", "PHONE", phone("ta_IN")),
        col("ooru", "TEXT", "CITY", places.town_maker("ta_IN")),
        col("pin", "TEXT", "POSTAL_CODE", lambda r: str(int(r["_town"][1]) + r.rng.randint(0, 40))),
        col("matham", "TEXT", "OTHER_PII", weighted({"இந்து": 8, "முஸ்லிம்": 1, "கிறிஸ்தவர்": 1}), "other-pii"),
        col("community", "TEXT", "OTHER_PII", weighted({"BC": 4, "MBC": 2, "SC": 2, "ST": 1, "OC": 1}), "other-pii"),
        col("va_right", "TEXT", "OTHER_PII", choice("6/6", "6/9", "6/12", "6/18", "6/24", "6/36", "6/60", "CF 3m"), "health shape-alike"),
        col("iop_mmhg", "INTEGER", "OTHER_PII", integer(9, 34), "health"),
        col("diagnosis", "TEXT", "OTHER_PII", choice("Senile cataract", "Primary open-angle glaucoma", "Diabetic retinopathy",
                                                    "Myopia", "Pterygium", "Keratoconus"), "health"),
        col("eye_drops", "TEXT", "OTHER_PII", lambda r: "; ".join(r.rng.sample(("Timolol 0.5%", "Latanoprost", "Moxifloxacin",
                                                                                "Prednisolone acetate", "Carboxymethylcellulose"), r.rng.randint(1, 3))), "health list"),
        col("surgery_date", "TEXT", "OPTIONAL", business_date(500, "%d/%m/%Y"), "optional"),
        col("doctor", "TEXT", "PERSON_NAME", lambda r: "Dr. " + _ta_name(r)),
    ])


HI_DISTRICTS = (("बनासकांठा", "385001"), ("आणंद", "388001"), ("करनाल", "132001"), ("मेरठ", "250001"), ("बरेली", "243001"),
                ("जयपुर", "302001"), ("सीकर", "332001"), ("इंदौर", "452001"))


def collection_centres():
    return table("collection_centres", 300, "hi_IN", [
        col("id", "INTEGER", "NONE", key),
        col("centre_code", "TEXT", "NONE", seq("MCC-", 4001, 4)),
        col("gaon", "TEXT", "NONE", lambda r: r.fake.city(), "thing-qi"),
        col("zila", "TEXT", "NONE", lambda r: r.values.setdefault("_d", r.rng.choice(HI_DISTRICTS))[0], "thing-qi"),
        col("pin", "TEXT", "NONE", lambda r: str(int(r["_d"][1]) + r.rng.randint(0, 60)), "thing-qi"),
        col("sthan", "TEXT", "NONE", lambda r: f"{r.rng.uniform(22.0, 29.5):.5f}, {r.rng.uniform(72.0, 80.0):.5f}", "thing-qi"),
        col("analyzer_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("analyzer_fw", "TEXT", "NONE", version4, "shape-alike"),
        col("chiller_litres", "INTEGER", "NONE", choice(500, 1000, 2000, 3000, 5000)),
        col("shuru_tithi", "TEXT", "NONE", business_date(6000, "%d/%m/%Y")),
    ])


def _hi_name(r) -> str:
    given, family = places.person(r, "hi_IN")
    r.values["_family"] = family
    return f"{given} {family}"


def dairy_members():
    return table("dairy_members", 500, "hi_IN", [
        col("id", "INTEGER", "NONE", key),
        col("sadasya_kram", "TEXT", "NONE", seq("SD", 10001, 5)),
        col("naam", "TEXT", "PERSON_NAME", _hi_name),
        col("pita_pati_naam", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name_male()} {r['_family']}"),
        col("aadhaar_masked", "TEXT", "GOV_ID", lambda r: "XXXX XXXX " + ids.aadhaar_number(r.rng)[-4:], "partial-format"),
        col("pan", "TEXT", "GOV_ID", lambda r: ids.pan_number(r.rng, r.rng.choice(("Sharma", "Yadav", "Patel", "Chauhan", "Gupta", "Meena")))),
        col("mobile", "TEXT", "PHONE", phone("hi_IN")),
        col("ling", "TEXT", "GENDER", lambda r: "महिला" if r.sex == "F" else "पुरुष"),
        col("janm_varsh", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("bank_khata", "TEXT", "BANK_ACCOUNT", lambda r: str(r.rng.randint(10 ** 10, 10 ** 15)), "partial-format"),
        col("ifsc", "TEXT", "NONE", lambda r: f"{r.rng.choice(('SBIN', 'PUNB', 'BARB', 'UBIN'))}0{r.rng.randint(10000, 99999)}"),
        col("bhugtan_rashi", "REAL", "OTHER_PII", amount(800, 60000), "other-pii"),
        col("varg", "TEXT", "OTHER_PII", weighted({"OBC": 4, "सामान्य": 3, "SC": 2, "ST": 1}), "other-pii"),
        col("pashu_sankhya", "INTEGER", "OPTIONAL", integer(1, 25), "optional"),
        col("khet_gps", "TEXT", "GEO_COORDINATES", lambda r: f"POINT({r.rng.uniform(72.0, 80.0):.5f} {r.rng.uniform(22.0, 29.5):.5f})", "partial-format"),
        col("centre_id", "INTEGER", "NONE", fk(300)),
        col("fat_percent", "REAL", "NONE", amount(3.0, 7.5)),
    ])


def stg_0412():
    def marathi_name(r) -> str:
        given, family = places.person(r, "mr_IN")
        r.values["_given"], r.values["_family"] = given, family
        return f"{given} {family}"

    return table("stg_0412", 400, "mr_IN", [
        col("c01", "TEXT", "PERSON_NAME", marathi_name, "cryptic-name"),
        col("c02", "INTEGER", "DATE_OF_BIRTH", lambda r: int(r.born.strftime("%Y%m%d")), "cryptic-name partial-format"),
        col("c03", "INTEGER", "GENDER", lambda r: 2 if r.sex == "F" else 1, "cryptic-name"),
        col("c04", "TEXT", "PHONE", phone("mr_IN"), "cryptic-name"),
        col("c05", "TEXT", "GOV_ID", lambda r: ids.aadhaar_number(r.rng).replace(" ", ""), "cryptic-name partial-format"),
        col("c06", "TEXT", "EMAIL", lambda r: email_of(r, r.fake.first_name(), r.fake.last_name()), "cryptic-name"),
        col("c07", "TEXT", "NONE", lambda r: "B0412", "cryptic-name constant"),
        col("c08", "REAL", "OTHER_PII", amount(3000, 42000), "cryptic-name other-pii"),
        col("c09", "TEXT", "NONE", lambda r: f"2026-12-01 0{r.rng.randint(1, 5)}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}", "cryptic-name"),
        col("c10", "TEXT", "POSTAL_CODE", lambda r: str(r.rng.randint(400001, 445999)), "cryptic-name"),
        col("c11", "TEXT", "NONE", sha256_hex, "cryptic-name shape-alike"),
        col("c12", "TEXT", "NONE", weighted({"A": 9, "I": 1}), "cryptic-name"),
    ])


def castellers():
    def surnames(r) -> str:
        return f"{r['_family']} {r.rng.choice(places.NAMES['es_CA'][1])}"

    def line(r) -> str:
        town, cp = places.town(r, "es_CA")
        return f"{r.rng.choice(places.STREETS['es_CA'])}, {r.rng.randint(1, 90)}, {cp} {town}"

    def emergency(r) -> str:
        given, family = places.person(r, "es_CA")
        return f"{given} {family} ({r.rng.choice(('mare', 'pare', 'parella', 'germà'))}) {phone('es_CA')(r)}"

    return table("castellers", 450, "es_CA", [
        col("id", "INTEGER", "NONE", key),
        col("nom", "TEXT", "PERSON_NAME", given_family("es_CA"), "partial-format"),
        col("cognoms", "TEXT", "PERSON_NAME", surnames, "partial-format"),
        col("dni_nie", "TEXT", "GOV_ID", lambda r: ids.es_nie(r.rng) if r.p(0.15) else ids.es_dni(r.rng)),
        col("any_naixement", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("sexe", "TEXT", "GENDER", lambda r: "D" if r.sex == "F" else "H"),
        col("alcada_cm", "INTEGER", "OTHER_PII", integer(120, 198), "other-pii"),
        col("pes_kg", "REAL", "OTHER_PII", amount(25, 110, 1), "other-pii"),
        col("mobil", "TEXT", "PHONE", phone("es_CA")),
        col("correu", "TEXT", "EMAIL", lambda r: email_of(r, r["_given"], r["_family"])),
        col("adreca", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", line, "composite"),
        col("contacte_emergencia", "TEXT", "PERSON_NAME|PHONE", emergency, "composite"),
        col("iban_quota", "TEXT", "BANK_ACCOUNT", lambda r: ids.es_iban(r.rng)),
        col("posicio", "TEXT", "OPTIONAL", choice("pinya", "tronc", "baix", "segon", "enxaneta", "acotxador", "crossa"), "optional"),
        col("lesions", "TEXT", "OTHER_PII", weighted({"cap": 8, "esquinç de turmell": 1, "lumbàlgia": 1, "luxació d'espatlla": 1}), "health"),
    ])


def actuacions():
    return table("actuacions", 300, "es_CA", [
        col("id", "INTEGER", "NONE", key),
        col("diada", "TEXT", "NONE", choice("Diada de Santa Úrsula", "Festa Major", "Diada de Sant Fèlix", "Concurs de Castells", "Santa Tecla")),
        col("placa", "TEXT", "NONE", choice("Plaça del Blat", "Plaça de la Vila", "Plaça Major", "Plaça de la Font", "Plaça del Mercadal"), "thing-qi"),
        col("poble", "TEXT", "NONE", places.town_maker("es_CA"), "thing-qi"),
        col("codi_postal", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: round(r.rng.uniform(41.0, 42.1), 5), "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: round(r.rng.uniform(0.6, 2.9), 5), "thing-qi"),
        col("data", "TEXT", "NONE", business_date(1500)),
        col("castells", "TEXT", "NONE", lambda r: "; ".join(r.rng.sample(("3de9f", "4de8", "2de8f", "5de7", "pd7f", "3de8", "7de7"), 3)), "list"),
        col("public_estimat", "INTEGER", "NONE", integer(300, 20000)),
        col("cap_de_colla", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "es_CA"))),
    ])


TABLES = [eye_equipment, eye_patients, collection_centres, dairy_members, stg_0412, castellers, actuacions]
