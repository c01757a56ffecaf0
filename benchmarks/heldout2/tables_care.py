"""Part `h2_care`: a Danish clinic, a Finnish pharmacy, a Norwegian insurer (person tables
beside branch, product and legacy tables). Labels beside each value maker."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout2 import ids
from benchmarks.heldout2 import makers as m
from benchmarks.heldout2.model import TODAY, birth_date, col, some_day, table

DK_REGIONS = ("Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland")
NO_FYLKER = ("Oslo", "Viken", "Innlandet", "Vestfold og Telemark", "Agder", "Rogaland", "Vestland",
             "Møre og Romsdal", "Trøndelag", "Nordland", "Troms og Finnmark")
CIVIL_DK = ("ugift", "gift", "fraskilt", "enke/enkemand", "registreret partnerskab")
BLOOD = ("0+", "0-", "A+", "A-", "B+", "B-", "AB+", "AB-")
DIAG = {  # ICD-10 code -> Danish description
    "E11": "Type 2-diabetes", "I10": "Essentiel hypertension", "J45": "Astma", "F32": "Depressiv enkeltepisode",
    "M54": "Rygsmerter", "K21": "Gastroøsofageal refluks", "N39": "Urinvejsinfektion", "L40": "Psoriasis",
    "G43": "Migræne", "E03": "Hypothyreose", "J06": "Akut øvre luftvejsinfektion", "F41": "Angsttilstand",
}
MEDS_FI = ("Metformin 500 mg", "Ramipril 5 mg", "Salbutamol 0,1 mg/annos", "Sertraliini 50 mg",
           "Ibuprofeeni 400 mg", "Levotyroksiini 50 mikrog", "Omepratsoli 20 mg", "Atorvastatiini 20 mg",
           "Amoksisilliini 500 mg", "Ketipinor 25 mg", "Insuliini glargiini 100 U/ml", "Varfariini 3 mg")
PHARMA = ("Orion Oyj", "Teva Finland Oy", "Sandoz A/S", "Krka Finland Oy", "Bayer Oy", "Pfizer Oy", "Novartis Finland Oy")
DOSE_FI = ("1 tabletti aamulla", "1 tabletti 2 kertaa päivässä", "2 inhalaatiota tarvittaessa",
           "1 kapseli illalla", "1-2 tablettia enintään 3 kertaa päivässä", "annostus erillisen ohjeen mukaan")
CLAIM_PLAIN = ("Vannskade på bad etter lekkasje fra rør.", "Bilen ble påkjørt på parkeringsplass, bulk i dør.",
               "Innbrudd i bod, sykkel stjålet.", "Glassruter knust under storm.", "Mobiltelefon falt i vann.",
               "Skade på tak etter snøfall.", "Ryggeskade på egen bil, ingen andre involvert.",
               "Frostskade på vannledning i hytte.", "Brann i kjøkken, røykskade i stue.", "Steinsprut i frontrute.")
CLAIM_PII = ("Motpart {name} innrømmet skyld, tlf {phone}.", "Vitne: {name}, kan nås på {email}.",
             "Leietaker {name} meldte skaden, ring {phone}.", "Kontakt naboen {first} på {phone} for nøkkel.")


def _dk_cpr(r):
    return ids.dk_cpr(r.rng, r.p.dob, r.p.sex)


def patienter():
    return table("patienter", 700, "da_DK", [
        col("patient_id", "NONE", lambda r: 100000 + r.i * 7, "INTEGER"),
        col("cpr", "GOV_ID", _dk_cpr),
        col("fornavn", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("efternavn", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("foedselsdato", "DATE_OF_BIRTH", lambda r: r.p.dob.isoformat()),
        col("koen", "GENDER", lambda r: "K" if r.p.sex == "F" else "M", note="value-decides"),
        col("adresse", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("postnr", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("bynavn", "CITY", lambda r: r.fake.city()),
        col("region", "STATE_REGION", lambda r: r.rng.choice(DK_REGIONS)),
        col("telefon", "PHONE", lambda r: r.fake.phone_number(), note="nullable"),
        col("email", "EMAIL", lambda r: m.email(r), note="nullable"),
        col("civilstand", "OTHER_PII", lambda r: r.rng.choice(CIVIL_DK), note="other-pii"),
        col("blodtype", "OTHER_PII", lambda r: r.rng.choice(BLOOD), note="health"),
        col("hoejde_cm", "OTHER_PII", lambda r: r.rng.randrange(150, 200), "INTEGER", "other-pii"),
        col("vaegt_kg", "OTHER_PII", lambda r: round(r.rng.gauss(76, 14), 1), "REAL", "other-pii"),
        col("egen_laege", "PERSON_NAME", lambda r: f"{r.fake.first_name()} {r.fake.last_name()}"),
        col("oprettet", "NONE", lambda r: m.stamp(r, dt.date(2015, 1, 1))),
        col("kilde", "NONE", lambda r: "EPJ", note="constant"),
    ], null_rate=0.08)


def konsultationer():
    def code(r):
        return r.rng.choice(sorted(DIAG))

    return table("konsultationer", 900, "da_DK", [
        col("konsultation_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("patient_id", "NONE", lambda r: 100000 + r.rng.randrange(700) * 7, "INTEGER"),
        col("dato", "OPTIONAL", lambda r: m.day(r, dt.date(2022, 1, 1)), note="optional (clinical date)"),
        col("diagnose_kode", "OPTIONAL", code, note="optional (clinical code)"),
        col("diagnose_tekst", "OTHER_PII", lambda r: DIAG[r.v["diagnose_kode"]], note="health"),
        col("behandler", "PERSON_NAME", lambda r: r.fake.name()),
        col("varighed_min", "NONE", lambda r: r.rng.choice((10, 15, 20, 30, 45)), "INTEGER"),
        col("takst_kr", "NONE", lambda r: round(r.rng.uniform(140, 900), 2), "REAL"),
        col("lokale", "NONE", lambda r: f"{r.rng.choice('ABC')}-{r.rng.randrange(1, 40):02d}"),
        col("ugedag", "NONE", lambda r: r.rng.choice("MTOTF"), note="shape-alike"),
    ])


def klinikker():
    return table("klinikker", 300, "da_DK", [
        col("afdeling_nr", "NONE", lambda r: 1000 + r.i * 3, "INTEGER", "shape-alike"),
        col("navn", "NONE", lambda r: f"{r.fake.city()} Lægehus"),
        col("adresse", "NONE", lambda r: r.fake.street_address(), note="thing-qi"),
        col("postnr", "NONE", lambda r: r.fake.postcode(), note="thing-qi"),
        col("by", "NONE", lambda r: r.fake.city(), note="thing-qi"),
        col("breddegrad", "NONE", lambda r: round(r.rng.uniform(54.8, 57.6), 5), "REAL", "thing-qi"),
        col("laengdegrad", "NONE", lambda r: round(r.rng.uniform(8.1, 12.6), 5), "REAL", "thing-qi"),
        col("omraade", "NONE", lambda r: r.rng.choice(DK_REGIONS), note="thing-qi"),
        col("cvr", "NONE", lambda r: r.fake.numerify("########")),
        col("aabningstid", "NONE", lambda r: r.rng.choice(("08-16", "08-15", "07:30-15:30"))),
        col("antal_laeger", "NONE", lambda r: r.rng.randrange(1, 12), "INTEGER"),
    ])


def asiakkaat():
    def address(r):
        return f"{r.fake.street_address()}, {r.fake.postcode()} {r.fake.city()}"

    return table("apteekki_asiakkaat", 500, "fi_FI", [
        col("asiakas_id", "NONE", lambda r: f"AS{r.i + 1:06d}"),
        col("hetu", "GOV_ID", lambda r: ids.fi_hetu(r.rng, r.p.dob, r.p.sex)),
        col("etunimi", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("sukunimi", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("sukupuoli", "GENDER", lambda r: "N" if r.p.sex == "F" else "M", note="value-decides"),
        col("syntymaaika", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d.%m.%Y}"),
        col("osoite", "STREET_ADDRESS|POSTAL_CODE|CITY", address, note="composite"),
        col("puhelin", "PHONE", lambda r: r.fake.phone_number()),
        col("kela_kortti", "OTHER_PII", lambda r: r.fake.numerify("80246#########"), note="other-pii"),
        col("tilinumero", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "FI", spaced=True)),
        col("kanta_asiakas", "NONE", lambda r: r.rng.choice(("K", "E")), note="shape-alike"),
        col("luotu", "NONE", lambda r: m.stamp(r, dt.date(2019, 1, 1))),
    ])


def reseptit():
    return table("reseptit", 800, "fi_FI", [
        col("resepti_id", "NONE", lambda r: m.uuid(r.rng)),
        col("asiakas_id", "NONE", lambda r: f"AS{r.rng.randrange(1, 501):06d}"),
        col("laake", "OTHER_PII", lambda r: r.rng.choice(MEDS_FI), note="health"),
        col("annostus", "OPTIONAL", lambda r: r.rng.choice(DOSE_FI), note="optional (dosage)"),
        col("maara", "NONE", lambda r: r.rng.choice((28, 30, 98, 100)), "INTEGER"),
        col("hinta_eur", "NONE", lambda r: round(r.rng.uniform(2, 120), 2), "REAL"),
        col("maaraaja", "PERSON_NAME", lambda r: r.fake.name()),
        col("toimitettu", "NONE", lambda r: m.stamp(r)),
        col("vnr", "NONE", lambda r: f"{r.rng.randrange(10000, 99999)}", note="shape-alike"),
        col("kela_korvaus", "NONE", lambda r: r.rng.choice(("40 %", "65 %", "100 %", "-"))),
    ])


def laakkeet():
    return table("laakkeet", 400, "fi_FI", [
        col("vnr", "NONE", lambda r: f"{10000 + r.i * 37}", note="shape-alike"),
        col("nimi", "NONE", lambda r: r.rng.choice(MEDS_FI).split(" ")[0] + " " + r.rng.choice(("Orion", "Teva", "Sandoz", "Krka"))),
        col("vahvuus", "NONE", lambda r: r.rng.choice(("5 mg", "10 mg", "20 mg", "500 mg", "0,1 mg/annos"))),
        col("pakkaus", "NONE", lambda r: r.rng.choice(("28 tabl", "30 tabl", "100 tabl", "200 annosta"))),
        col("valmistaja", "NONE", lambda r: r.rng.choice(PHARMA)),
        col("atc", "NONE", lambda r: f"{r.rng.choice('ACJMNR')}{r.rng.randrange(1, 11):02d}{r.rng.choice('ABC')}{r.rng.choice('ABX')}{r.rng.randrange(1, 20):02d}"),
        col("ean", "NONE", lambda r: r.fake.ean13()),
        col("tietokanta_versio", "NONE", lambda r: m.version4(r.rng), note="shape-alike"),
        col("koko", "NONE", lambda r: r.rng.choice(("S", "M", "L", "XL")), note="shape-alike"),
        col("hinta", "NONE", lambda r: round(r.rng.uniform(2, 300), 2), "REAL"),
    ])


def asiakkaat_forsikring():
    return table("forsikringskunder", 600, "no_NO", [
        col("kundenr", "NONE", lambda r: 5_000_000 + r.i, "INTEGER"),
        col("fodselsnummer", "GOV_ID", lambda r: ids.no_fodselsnummer(r.rng, r.p.dob, r.p.sex)),
        col("navn", "PERSON_NAME", lambda r: r.p.full),
        col("adresse", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("postnummer", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("poststed", "CITY", lambda r: r.rng.choice(("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Fredrikstad", "Kristiansand", "Ålesund", "Bodø", "Hamar", "Molde"))),
        col("fylke", "STATE_REGION", lambda r: r.rng.choice(NO_FYLKER)),
        col("mobil", "PHONE", lambda r: r.fake.phone_number()),
        col("epost", "EMAIL", lambda r: m.email(r)),
        col("kontonummer", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "NO")),
        col("bil_regnr", "OTHER_PII", lambda r: r.fake.license_plate(), note="other-pii (vehicle)"),
        col("arsinntekt", "OTHER_PII", lambda r: r.rng.randrange(280, 1400) * 1000, "INTEGER", "other-pii (salary)"),
        col("premie_kr", "NONE", lambda r: round(r.rng.uniform(1200, 24000), 0), "REAL"),
        col("produkt", "NONE", lambda r: r.rng.choice(("Bil", "Hus", "Innbo", "Reise", "Hytte"))),
        col("kunde_siden", "NONE", lambda r: m.day(r, dt.date(2000, 1, 1))),
    ])


def skademeldinger():
    return table("skademeldinger", 500, "no_NO", [
        col("sak_id", "NONE", lambda r: f"SK-{2020 + r.i % 7}-{r.i + 1:05d}"),
        col("kundenr", "NONE", lambda r: 5_000_000 + r.rng.randrange(600), "INTEGER"),
        col("skadedato", "OPTIONAL", lambda r: m.day(r, dt.date(2020, 1, 1)), note="optional (personal-event date)"),
        col("beskrivelse", "FREE_TEXT_PII", lambda r: m.low_pii_text(r, list(CLAIM_PLAIN), list(CLAIM_PII), 0.1),
            note="free-text (~10% of rows)"),
        col("intern_merknad", "NONE", lambda r: r.rng.choice(CLAIM_PLAIN) + " " + r.rng.choice(
            ("Takst bestilt.", "Venter på kvittering.", "Utbetalt.", "Avvist, egenandel over skade.")),
            note="free-text-none"),
        col("belop", "NONE", lambda r: r.rng.randrange(500, 250000), "INTEGER"),
        col("status", "NONE", lambda r: r.rng.choice(("ny", "under behandling", "utbetalt", "avvist"))),
        col("saksbehandler_id", "NONE", lambda r: r.rng.randrange(10, 60), "INTEGER"),
        col("mobil", "NONE", lambda r: r.rng.choice((0, 1)), "INTEGER", "lying-name (SMS-sent flag)"),
    ])


def legacy():
    """An old export with positional column names (Finnish patients)."""
    def dob_int(r):
        return int(f"{r.p.dob:%Y%m%d}")

    return table("exp_0093", 450, "fi_FI", [
        col("col_1", "NONE", lambda r: r.i + 1, "INTEGER", "cryptic-name"),
        col("col_2", "PERSON_NAME", lambda r: f"{r.p.last}, {r.p.first}", note="cryptic-name"),
        col("col_3", "GOV_ID", lambda r: ids.fi_hetu(r.rng, r.p.dob, r.p.sex), note="cryptic-name"),
        col("col_4", "DATE_OF_BIRTH", dob_int, "INTEGER", "cryptic-name, partial-format"),
        col("col_5", "GENDER", lambda r: 2 if r.p.sex == "F" else 1, "INTEGER", "cryptic-name, value-decides"),
        col("col_6", "POSTAL_CODE", lambda r: r.fake.postcode(), note="cryptic-name"),
        col("col_7", "NONE", lambda r: round(r.rng.uniform(5, 500), 2), "REAL", "cryptic-name"),
        col("col_8", "NONE", lambda r: m.stamp(r), note="cryptic-name"),
        col("col_9", "NONE", lambda r: r.rng.choice("ABCD"), note="cryptic-name"),
        col("col_10", "OTHER_PII", lambda r: r.rng.choice(list(DIAG.values())), note="cryptic-name, health"),
        col("col_11", "NONE", lambda r: some_day(r.rng, dt.date(2024, 1, 1), TODAY).isoformat(), note="cryptic-name"),
        col("col_12", "DATE_OF_BIRTH", lambda r: f"{birth_date(r.rng, 90, 40):%d.%m.%Y}", note="cryptic-name (next of kin)"),
    ])


TABLES = (patienter, konsultationer, klinikker, asiakkaat, reseptit, laakkeet,
          asiakkaat_forsikring, skademeldinger, legacy)
