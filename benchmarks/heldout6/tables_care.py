"""h6_care.sqlite: a West Yorkshire GP surgery (en_GB; patients, consultations, messages to
reception), an Egyptian dental clinic (ar_EG) and a Luxembourg payroll staging extract of
cross-border workers (lb_LU, cryptic column names)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout6 import ids
from benchmarks.heldout6 import makers as m

YORKS = (("Leeds", "LS6"), ("Leeds", "LS11"), ("Bradford", "BD7"), ("Halifax", "HX1"), ("Huddersfield", "HD1"),
         ("Wakefield", "WF2"), ("Keighley", "BD21"), ("Dewsbury", "WF13"), ("Otley", "LS21"), ("Pudsey", "LS28"))
ROADS = ("Kirkstall Rd", "Otley Rd", "Manningham Ln", "Skircoat Rd", "Leeds Rd", "Westgate", "Chapel St",
         "Moor Ln", "Victoria Ave", "Station Rd")
ETHNICITY = ("White British", "White British", "White British", "Pakistani", "Indian", "Black Caribbean",
             "White Irish", "Mixed: White and Black African", "Bangladeshi", "Chinese", "Polish", "Not stated")
GPS = ("Dr A. Patel", "Dr S. Hussain", "Dr R. Whitaker", "Dr J. Okafor", "Dr E. Sutcliffe", "Dr K. Malik")


def _postcode(r, district):
    return f"{district} {r.rng.randint(1, 9)}{r.fake.lexify('??', letters='ABDEFGHJLNPQRSTUWXYZ')}"


def _uk_address(r):
    town, district = r.rng.choice(YORKS)
    return f"{r.rng.randint(1, 220)} {r.rng.choice(ROADS)}, {town} {_postcode(r, district)}"


def _nhs(r):
    number = ids.nhs_number(r.rng)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if r.p(0.5) else number


def gp_patients():
    return table("gp_patients", 600, "en_GB", [
        col("patient_id", "INTEGER", "NONE", lambda r: 10_000 + r.i),
        col("nhs_no", "TEXT", "GOV_ID", _nhs),
        col("forename", "TEXT", "PERSON_NAME", m.faker_given, "partial-format"),
        col("surname", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name(), "partial-format"),
        col("dob", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.strftime("%d/%m/%Y")),
        col("sex", "TEXT", "GENDER", lambda r: r.sex if r.p(0.98) else "I"),
        col("address", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", _uk_address, "composite"),
        col("home_tel", "TEXT", "PHONE", lambda r: f"0113 496 0{ids.digits(r.rng, 3)}"),
        col("mobile_masked", "TEXT", "PHONE", lambda r: f"07*** ***{ids.digits(r.rng, 3)}", "partial-format"),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r, f"{r['forename']} {r['surname']}", ("btinternet.com", "gmail.com", "yahoo.co.uk", "sky.com"))),
        col("ni_number", "TEXT", "GOV_ID", lambda r: ids.uk_nino(r.rng)),
        col("ethnicity", "TEXT", "OTHER_PII", lambda r: r.rng.choice(ETHNICITY), "other-pii"),
        col("registered_gp", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(GPS)),
        col("height_cm", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(148, 196), "other-pii"),
        col("weight_kg", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(45, 130), 1), "other-pii"),
        col("smoker", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("never", "never", "ex", "current")), "health"),
    ])


PROBLEMS = (("44054006", "Type 2 diabetes mellitus", "Metformin 500mg tablets"),
            ("195967001", "Asthma", "Salbutamol 100mcg inhaler"),
            ("38341003", "Hypertension", "Amlodipine 5mg tablets"),
            ("35489007", "Depressive disorder", "Sertraline 50mg tablets"),
            ("13645005", "COPD", "Tiotropium 18mcg inhalation capsules"),
            ("69896004", "Rheumatoid arthritis", "Methotrexate 2.5mg tablets"),
            ("40930008", "Hypothyroidism", "Levothyroxine 50mcg tablets"),
            ("49436004", "Atrial fibrillation", "Apixaban 5mg tablets"))
SUMMARIES = ("Reviewed, stable. Continue current treatment.", "BP high today, recheck in 2/52.",
             "Chest clear. Peak flow 420. Inhaler technique checked.", "Low mood persists, referred to talking therapies.",
             "HbA1c 58, diet advice given.", "Knee pain, x-ray requested.", "Medication review done, no changes.",
             "Wheeze on exertion, steroid course 5 days.", "Fit note issued 2 weeks.")


def gp_consultations():
    return table("gp_consultations", 800, "en_GB", [
        col("consult_id", "INTEGER", "NONE", lambda r: 500_000 + r.i),
        col("patient_id", "INTEGER", "NONE", lambda r: r.rng.randint(10_000, 10_599)),
        col("seen_on", "TEXT", "OPTIONAL", lambda r: m.day_between(r, dt.date(2025, 1, 1)).isoformat(), "optional"),
        col("clinician", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(GPS + ("Nurse L. Brook", "ANP M. Kaur"))),
        col("snomed", "TEXT", "OPTIONAL", lambda r: r.rng.choice(PROBLEMS)[0], "optional"),
        col("problem", "TEXT", "OTHER_PII", lambda r: next(p[1] for p in PROBLEMS if p[0] == r["snomed"]), "health"),
        col("medication", "TEXT", "OTHER_PII", lambda r: next(p[2] for p in PROBLEMS if p[0] == r["snomed"]), "health"),
        col("summary", "TEXT", "OTHER_PII", lambda r: r.rng.choice(SUMMARIES), "health"),
        col("bp", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(105, 175)}/{r.rng.randint(60, 105)}", "health"),
        col("col_07", "INTEGER", "NONE", lambda r: r.rng.choice((0, 1, 2, 4, 6, 12)), "cryptic-name"),
    ])


SUBJECTS = ("Repeat prescription", "Fit note", "Test results", "Appointment", "Change of address", "Other")
PLAIN_BODIES = ("Please can I have my repeat prescription sent to Boots.", "Can I get my blood test results?",
                "I need to cancel my appointment on Tuesday.", "Could the doctor call me back about my tablets.",
                "Requesting a fit note extension.", "My inhaler has run out.", "When is the flu clinic?",
                "I have moved house, please update my records.")


def _inbox_body(r):
    def personal(r):
        name = f"{m.faker_given(r)} {r.fake.last_name()}"
        return r.rng.choice((
            f"This is {name}, please ring me on 07700 900{ids.digits(r.rng, 3)}.",
            f"Writing on behalf of my mother {name}, she needs her repeat.",
            f"Please reply to {m.email(r, name, ('gmail.com', 'hotmail.co.uk'))} not my old address.",
            f"My carer {name} will collect the prescription."))
    return m.note(r, 0.12, PLAIN_BODIES, personal)


def surgery_inbox():
    return table("surgery_inbox", 500, "en_GB", [
        col("msg_id", "INTEGER", "NONE", lambda r: 1 + r.i),
        col("received", "TEXT", "NONE", lambda r: f"{m.day_between(r, dt.date(2026, 6, 1)).isoformat()} {r.rng.randint(7, 22):02d}:{r.rng.randint(0, 59):02d}"),
        col("channel", "TEXT", "NONE", lambda r: r.rng.choice(("web form", "NHS App", "phone", "email"))),
        col("subject", "TEXT", "NONE", lambda r: r.rng.choice(SUBJECTS), "free-text-none"),
        col("body", "TEXT", "FREE_TEXT_PII", _inbox_body, "free-text"),
        col("submitter_ip", "TEXT", "IP_ADDRESS", m.public_ip),
        col("handled_by", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(("Janet", "Bev", "Priya", "Shazia", "Gary", "Lorraine")), "partial-format"),
        col("status", "TEXT", "NONE", lambda r: r.rng.choice(("open", "done", "done", "waiting")), ""),
    ])


TREATMENTS = ("scaling and polishing", "composite filling", "root canal treatment", "extraction", "crown fitting",
              "orthodontic review", "implant consultation")


def dental_visits():
    return table("dental_visits", 600, "ar_EG", [
        col("visit_id", "INTEGER", "NONE", lambda r: 70_000 + r.i),
        col("patient_name", "TEXT", "PERSON_NAME", lambda r: m.full_name(r, "eg")),
        col("national_id", "TEXT", "GOV_ID", lambda r: ids.eg_national_id(r.rng, r.born, r.sex)),
        col("phone", "TEXT", "PHONE", lambda r: m.phone(r, "eg")),
        col("city", "TEXT", "CITY", lambda r: m.town(r, "eg")[0]),
        col("governorate", "TEXT", "STATE_REGION", lambda r: next(g for t, g in m.places.TOWNS["eg"] if t == r["city"])),
        col("birth", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.isoformat()),
        col("gender", "TEXT", "GENDER", lambda r: "أنثى" if r.sex == "F" else "ذكر"),
        col("tooth", "TEXT", "OPTIONAL", lambda r: f"{r.rng.randint(1, 4)}{r.rng.randint(1, 8)}", "optional"),
        col("treatment", "TEXT", "OTHER_PII", lambda r: r.rng.choice(TREATMENTS), "health"),
        col("allergies", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("none", "none", "none", "penicillin", "latex", "lidocaine")), "health"),
        col("medical_history", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("none", "none", "hypertension", "diabetes", "hepatitis C", "pregnant", "on warfarin")), "health"),
        col("insurance_no", "TEXT", "OTHER_PII", lambda r: f"MISR-{ids.digits(r.rng, 8)}", "other-pii"),
        col("contact_emails", "TEXT", "EMAIL", lambda r: "; ".join(
            m.email(r, name, ("gmail.com", "yahoo.com", "hotmail.com"))
            for name in [r["patient_name"]] + [m.other_name(r, "eg") for _ in range(r.rng.randint(0, 2))]), "list"),
        col("dentist", "TEXT", "PERSON_NAME", lambda r: f"Dr. {m.other_name(r, 'eg')}"),
        col("fee_egp", "INTEGER", "NONE", lambda r: r.rng.randrange(300, 15000, 50)),
        col("xray", "BLOB", "OTHER_PII", lambda r: m.png(r, 16, 12), "binary health"),
    ])


def _lu_place(r):
    town, code = m.town(r, "lu")
    return f"{code} {town}"


def stg_lu_0412():
    return table("stg_lu_0412", 500, "lb_LU", [
        col("c01", "TEXT", "GOV_ID", lambda r: ids.lu_matricule(r.rng, r.born), "cryptic-name"),
        col("c02", "TEXT", "PERSON_NAME", lambda r: f"{m.surname(r, 'lu').upper()} {m.given(r, 'lu')}", "cryptic-name"),
        col("c03", "INTEGER", "DATE_OF_BIRTH", lambda r: int(r.born.strftime("%Y%m%d")), "cryptic-name"),
        col("c04", "INTEGER", "GENDER", lambda r: 2 if r.sex == "F" else 1, "cryptic-name"),
        col("c05", "TEXT", "EMAIL", lambda r: m.email(r, r["c02"], ("pt.lu", "internet.lu", "orange.fr", "gmail.com")), "cryptic-name"),
        col("c06", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_of(r.rng, "LU"), "cryptic-name"),
        col("c07", "REAL", "OTHER_PII", lambda r: m.amount(r, 2570, 11000), "cryptic-name other-pii"),
        col("c08", "TEXT", "CITY|POSTAL_CODE", _lu_place, "cryptic-name composite"),
        col("c09", "TEXT", "NONE", lambda r: "LU", "constant"),
        col("c10", "TEXT", "NONE", lambda r: f"CC-{r.rng.choice((4410, 4420, 5100, 6300))}", "cryptic-name"),
        col("c11", "TEXT", "COUNTRY", lambda r: {"Thionville": "FR", "Arlon": "BE", "Trier": "DE"}.get(r["c08"].split(" ", 1)[1], "LU"), "cryptic-name"),
        col("c12", "TEXT", "NONE", lambda r: "2026-11-30T23:05:00", "constant"),
    ])


TABLES = [gp_patients, gp_consultations, surgery_inbox, dental_visits, stg_lu_0412]
