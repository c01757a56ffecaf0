"""h12_people.sqlite: a rural health centre near Chipata (Zambia; patients, visits, its
devices), a candle workshop near Malkerns (Eswatini; a positional HR staging extract and its
candle batches) and a household survey of cardamom growers in Alta Verapaz (Guatemala)."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import col, table
from benchmarks.heldout12 import ids
from benchmarks.heldout12 import places as P
from benchmarks.heldout12.makers import (age, bcrypt, born, code, const, day, email, empty, free_text, full_name,
                                         given, hexstr, ipv6, jpeg_bytes, lat, mac, num, one_of, phone, rowid,
                                         secret_bytes, seq, sex_code, sometimes, version4, weighted, ascii_fold)

D = dt.date
ZM_MEDICINES = ["Artemether-lumefantrine", "Paracetamol", "Amoxicillin", "Cotrimoxazole", "TLD (dolutegravir)",
                "ORS sachets", "Zinc", "Ferrous sulphate", "Metronidazole", "Hydrochlorothiazide"]


def zm_patients():
    def kin(r):
        return (f"{r.rng.choice(P.ZM_FAMILY)} {r.rng.choice(P.ZM_GIVEN_F + P.ZM_GIVEN_M)} "
                f"({r.rng.choice(['mother', 'husband', 'wife', 'brother', 'son'])}) {P.phone(r.rng, 'ZM', False)}")

    return table("zm_patients", 600, "en_US", [
        col("patient_no", "TEXT", "NONE", seq("MSK/2026/", 5)),
        col("first_name", "TEXT", "PERSON_NAME", given(P.ZM_GIVEN_F, P.ZM_GIVEN_M)),
        col("surname", "TEXT", "PERSON_NAME", one_of(*P.ZM_FAMILY)),
        col("nrc", "TEXT", "GOV_ID", lambda r: ids.zm_nrc(r.rng)),
        col("dob", "TEXT", "DATE_OF_BIRTH", sometimes(0.85, born("%d/%m/%Y"), lambda r: f"01/01/{r.born.year}"), "partial-format"),
        col("sex", "TEXT", "GENDER", sex_code("F", "M")),
        col("cell", "TEXT", "PHONE", sometimes(0.6, phone("ZM")), "partial-format"),
        col("village", "TEXT", "CITY", one_of(*P.ZM_VILLAGES)),
        col("district", "TEXT", "STATE_REGION", one_of(*P.ZM_DISTRICTS)),
        col("chiefdom", "TEXT", "OPTIONAL", one_of("Mpezeni", "Madzimawe", "Maguya", "Mshawa", "Kapatamoyo"), "optional"),
        col("next_of_kin", "TEXT", "PERSON_NAME|PHONE", kin, "composite"),
        col("art_number", "TEXT", "OTHER_PII", sometimes(0.15, code("ART-MSK-####")), "health partial-format"),
        col("hiv_status", "TEXT", "OTHER_PII", weighted({"negative": 8, "positive": 2, "unknown": 2}), "health"),
        col("marital_status", "TEXT", "OTHER_PII", one_of("married", "single", "widowed", "divorced"), "other-pii"),
        col("gps_home", "TEXT", "GEO_COORDINATES", lambda r: f"{r.rng.uniform(-13.9, -13.4):.5f},{r.rng.uniform(32.4, 32.9):.5f}"),
        col("facility", "TEXT", "NONE", const("Msekera Rural Health Centre"), "constant"),
        col("photo", "BLOB", "OTHER_PII", sometimes(0.5, jpeg_bytes), "binary"),
    ])


def zm_visits():
    def personal(r):
        return r.rng.choice([f"referred to Chipata General, escorted by {r.rng.choice(P.ZM_GIVEN_F)} {r.rng.choice(P.ZM_FAMILY)}",
                             f"husband to call {P.phone(r.rng, 'ZM', False)} with results",
                             f"CHW {r.rng.choice(P.ZM_GIVEN_M)} {r.rng.choice(P.ZM_FAMILY)} to follow up"])

    return table("zm_visits", 900, "en_US", [
        col("visit_id", "INTEGER", "NONE", rowid),
        col("patient_no", "TEXT", "NONE", lambda r: f"MSK/2026/{r.rng.randint(1, 600):05d}"),
        col("visit_date", "TEXT", "OPTIONAL", day(D(2026, 1, 2), D(2026, 11, 28)), "optional"),
        col("diagnosis", "TEXT", "OTHER_PII", one_of("uncomplicated malaria", "pneumonia", "diarrhoea with dehydration",
                                                     "hypertension", "antenatal care", "HIV follow-up", "anaemia",
                                                     "skin infection"), "health"),
        col("icd10", "TEXT", "OPTIONAL", one_of("B54", "J18.9", "A09", "I10", "Z34.9", "Z21", "D64.9", "L08.9"), "optional"),
        col("medicines", "TEXT", "OTHER_PII", lambda r: json.dumps(r.rng.sample(ZM_MEDICINES, r.rng.randint(1, 3))), "health list"),
        col("bp", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(95, 175)}/{r.rng.randint(55, 110)}", "health"),
        col("weight_kg", "REAL", "OTHER_PII", num(8, 95, 1), "other-pii"),
        col("muac_cm", "REAL", "OTHER_PII", sometimes(0.3, num(11, 32, 1)), "health partial-format"),
        col("clinician", "TEXT", "PERSON_NAME", full_name(P.ZM_GIVEN_F, P.ZM_GIVEN_M, P.ZM_FAMILY)),
        col("notes", "TEXT", "FREE_TEXT_PII", free_text(["review in 2 weeks", "RDT positive", "counselled on adherence",
                                                         "no danger signs", "TT2 given", "advised fluids"], personal, 0.09),
            "free-text"),
        col("next_visit", "TEXT", "OPTIONAL", day(D(2026, 12, 1), D(2027, 3, 1)), "optional"),
    ])


def zm_devices():
    return table("zm_devices", 300, "en_US", [
        col("device_id", "TEXT", "NONE", seq("EPH-DEV-", 4)),
        col("kind", "TEXT", "NONE", one_of("solar vaccine fridge", "tablet", "pulse oximeter", "haemoglobin meter", "router")),
        col("serial", "TEXT", "NONE", lambda r: ids.non_luhn_16(r.rng, grouped=False), "shape-alike"),
        col("mac", "TEXT", "NONE", lambda r: mac(r, "-"), "thing-qi"),
        col("ip", "TEXT", "NONE", ipv6, "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("health_post", "TEXT", "NONE", one_of(*P.ZM_VILLAGES), "thing-qi"),
        col("district", "TEXT", "NONE", one_of(*P.ZM_DISTRICTS), "thing-qi"),
        col("site_lat", "REAL", "NONE", lat(-14.2, -12.5), "thing-qi"),
        col("site_lon", "REAL", "NONE", lat(31.8, 33.2), "thing-qi"),
        col("phone", "TEXT", "NONE", code("PH-####"), "lying-name"),
    ])


def sz_staging():
    names = P.SZ_GIVEN_F + P.SZ_GIVEN_M
    return table("sz_staging", 500, "en_US", [
        col("c1", "INTEGER", "NONE", rowid, "cryptic-name"),
        col("c2", "TEXT", "PERSON_NAME", full_name(P.SZ_GIVEN_F, P.SZ_GIVEN_M, P.SZ_FAMILY, "fg"), "cryptic-name"),
        col("c3", "TEXT", "GOV_ID", lambda r: ids.sz_pin(r.born, r.rng), "cryptic-name"),
        col("c4", "TEXT", "DATE_OF_BIRTH", born("%Y%m%d"), "cryptic-name"),
        col("c5", "TEXT", "GENDER", sex_code("F", "M"), "cryptic-name"),
        col("c6", "TEXT", "PHONE", phone("SZ"), "cryptic-name"),
        col("c7", "TEXT", "EMAIL", email([n.lower() for n in names], ["gmail.com", "swazi.net", "yahoo.co.uk"]), "cryptic-name"),
        col("c8", "TEXT", "CITY", one_of(*P.SZ_TOWNS), "cryptic-name"),
        col("c9", "TEXT", "STATE_REGION", one_of(*P.SZ_REGIONS), "cryptic-name"),
        col("c10", "TEXT", "POSTAL_CODE", one_of(*P.SZ_POSTCODES), "cryptic-name"),
        col("c11", "REAL", "OTHER_PII", num(2800, 9500, 2), "cryptic-name other-pii"),
        col("c12", "TEXT", "OPTIONAL", day(D(2008, 1, 1), D(2026, 10, 1)), "cryptic-name optional"),
        col("c13", "TEXT", "NONE", const("SWC-HR"), "cryptic-name constant"),
        col("c14", "TEXT", "NONE", empty, "cryptic-name constant"),
        col("c15", "TEXT", "BANK_ACCOUNT", code("62########"), "cryptic-name"),
        col("c16", "TEXT", "CREDENTIAL", bcrypt, "cryptic-name secret"),
        col("c17", "BLOB", "CREDENTIAL", secret_bytes(20), "cryptic-name secret binary"),
    ])


def sz_batches():
    return table("sz_batches", 400, "en_US", [
        col("batch_no", "TEXT", "NONE", seq("CND-", 5)),
        col("wax_lot", "TEXT", "NONE", code("M2##"), "shape-alike"),
        col("colour", "TEXT", "NONE", one_of("indigo", "ochre", "zebra", "rhino grey", "protea pink")),
        col("kg", "REAL", "NONE", num(0.5, 25, 2)),
        col("maker", "TEXT", "PERSON_NAME", given(P.SZ_GIVEN_F, P.SZ_GIVEN_M), "partial-format"),
        col("poured_on", "TEXT", "NONE", day(D(2026, 1, 5), D(2026, 11, 28))),
        col("qc", "TEXT", "NONE", weighted({"P": 8, "F": 1, "M": 2}), "shape-alike"),
        col("export_ean", "TEXT", "NONE", lambda r: ids.ean13(r.rng, "600"), "shape-alike"),
        col("market", "TEXT", "NONE", one_of("ZA", "DE", "US", "local")),
    ])


def gt_encuesta():
    return table("gt_encuesta", 700, "en_US", [
        col("hogar_id", "INTEGER", "NONE", rowid),
        col("ronda", "INTEGER", "OPTIONAL", const(2026), "constant optional"),
        col("municipio", "TEXT", "CITY", one_of(*P.GT_MUNICIPIOS)),
        col("edad_jefe", "INTEGER", "OTHER_PII", age, "other-pii"),
        col("sexo_jefe", "TEXT", "GENDER", sex_code("2", "1"), "value-decides"),
        col("etnia", "TEXT", "OTHER_PII", weighted({"maya q'eqchi'": 7, "maya poqomchi'": 2, "ladino": 2}), "other-pii"),
        col("alfabeto", "INTEGER", "OTHER_PII", one_of(0, 1, 1), "other-pii"),
        col("personas", "INTEGER", "OTHER_PII", num(1, 12), "other-pii"),
        col("ingreso_q", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(300, 6000, 50), "other-pii"),
        col("remesas", "INTEGER", "OTHER_PII", one_of(0, 0, 1), "other-pii"),
        col("religion", "TEXT", "OTHER_PII", one_of("católica", "evangélica", "ninguna", "costumbre maya"), "other-pii"),
        col("q17", "TEXT", "OTHER_PII", weighted({"sí": 1, "no": 4}), "cryptic-name health"),
    ])


TABLES = (zm_patients, zm_visits, zm_devices, sz_staging, sz_batches, gt_encuesta)
