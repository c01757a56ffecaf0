"""h9_files/: a Cebu jeepney cooperative's drivers (CSV), a Kazakh mine's payroll export with
positional names (CSV), Greenland fish and seal landings (Parquet with structs and lists), an
Erbil dialysis unit's sessions (nested JSON Lines, Kurdish values) and a Benedictine abbey
library's reading-room register (nested JSON Lines, Latin keys)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout9 import ids, places
from benchmarks.heldout9.makers import blood, date_between, digits, email, hexdigest, ipv4, money, phone, stamp

PH, KZ, GL, KU = places.PH, places.KZ, places.GL, places.KU

PATHS = {
    "cebu_jeepney_drivers": "cebu_jeepney/drivers.csv",
    "kz_payroll_export": "kz_payroll/export_2026_11.csv",
    "gl_landings": "greenland/landings.parquet",
    "erbil_dialysis": "erbil_dialysis/sessions.jsonl",
    "abbey_readers": "abbey_library/lectores.jsonl",
}


def cebu_jeepney_drivers():
    def name(r):
        return f"{r.rng.choice(PH['m'] if r.sex == 'M' else PH['f'])} {r.rng.choice(PH['last'])}"

    return table("cebu_jeepney_drivers", 450, "tl_PH", [
        col("driver_no", "TEXT", "NONE", lambda r: f"CJT-{r.i + 1:04d}"),
        col("ngalan", "TEXT", "PERSON_NAME", name, "cryptic-name"),
        col("lisensya", "TEXT", "GOV_ID", lambda r: ids.ph_lto(r.rng)),
        col("birthdate", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%B %d, %Y}"),
        col("cp_no", "TEXT", "PHONE", lambda r: phone(r, "PH")),
        col("gcash", "TEXT", "PHONE", lambda r: "09" + r.rng.choice(("17", "27", "55", "66")) + digits(r, 7)),
        col("address", "TEXT", "STREET_ADDRESS|CITY", lambda r: f"Sitio {r.rng.choice(('Lower', 'Upper', 'Tabok', 'Riverside'))}, "
            f"Brgy. {r.rng.choice(('Guadalupe', 'Lahug', 'Tisa', 'Pardo', 'Basak', 'Labangon'))}, {r.rng.choice(PH['cebu'])}", "composite"),
        col("plate_no", "TEXT", "NONE", lambda r: f"{r.rng.choice('GHPU')}{r.rng.choice('VWYX')}{r.rng.choice('ABCD')} {r.rng.randint(100, 999)}",
            "thing-qi"),
        col("ruta", "TEXT", "NONE", lambda r: r.rng.choice(("04L", "12D", "13C", "17B", "62B", "01K"))),
        col("boundary_php", "INTEGER", "NONE", lambda r: r.rng.choice((900, 1000, 1100, 1200))),
        col("kita_adlaw", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(300, 1400), "other-pii cryptic-name"),
        col("sss_no", "TEXT", "GOV_ID", lambda r: ids.ph_sss(r.rng) if r.p(0.7) else ""),
        col("drug_test", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("negative", "negative", "negative", "pending")), "health"),
    ])


def kz_payroll_export():
    def f(i, label, make, sqltype="TEXT", note=""):
        return col(f"f{i:02d}", sqltype, label, make, ("cryptic-name " + note).strip())

    return table("kz_payroll_export", 700, "en", [
        f(1, "NONE", lambda r: f"{r.i + 1}"),
        f(2, "GOV_ID", lambda r: ids.kz_iin(r.rng, r.born, r.sex)),
        f(3, "PERSON_NAME", lambda r: f"{r.rng.choice(KZ['last'])}{'а' if r.sex == 'F' else ''} "
          f"{r.rng.choice(KZ['m'] if r.sex == 'M' else KZ['f'])[0]}."),
        f(4, "NONE", lambda r: "2026-11"),
        f(5, "OTHER_PII", lambda r: f"{r.rng.randint(280, 900) * 1000}", note="other-pii"),
        f(6, "OTHER_PII", lambda r: f"{r.rng.randint(20, 90) * 1000}", note="other-pii"),
        f(7, "NONE", lambda r: r.rng.choice(("KZT",)), note="constant"),
        f(8, "BANK_ACCOUNT", lambda r: ids.kz_iban(r.rng)),
        f(9, "NONE", lambda r: r.rng.choice(("ОК", "ОК", "ҚАТЕ"))),
        f(10, "OTHER_PII", lambda r: r.rng.choice(("", "", "", "еңбекке жарамсыздық парағы 5 күн", "кәсіптік ауру")),
          note="health"),
        f(11, "GENDER", lambda r: "1" if r.sex == "M" else "2"),
        f(12, "NONE", lambda r: hexdigest(r), note="shape-alike"),
    ])


SPECIES = ("saattuaq", "qaleralik", "ammassat", "raajat", "natseq", "aalisagaq", "kapisilik")


def gl_landings():
    def hunter(r):
        code, town = r.rng.choice(GL["towns"])
        name = f"{r.rng.choice(GL['m'] if r.sex == 'M' else GL['f'])} {r.rng.choice(GL['last'])}"
        return {"aqqa": name, "cpr": ids.gl_cpr(r.rng, r.born, r.sex), "illoqarfik": town, "postnr": code,
                "oqarasuaat": phone(r, "GL")}

    def vessel(r):
        return {"aqqa": r.rng.choice(("Nanoq", "Qilak", "Ukaleq", "Aavaq", "Polar Qaasiut")),
                "nr": f"GR {r.rng.randint(1, 9)}-{r.rng.randint(100, 999)}", "length_m": round(r.rng.uniform(4, 30), 1)}

    return table("gl_landings", 600, "dk_DK", [
        col("landing_id", "", "NONE", lambda r: r.i + 1),
        col("ulloq", "", "NONE", lambda r: f"{date_between(r, dt.date(2025, 1, 1))}"),
        col("piniartoq", "", "NONE", hunter, leaves=(
            (".aqqa", "PERSON_NAME", "nested"), (".cpr", "GOV_ID", "nested"), (".illoqarfik", "CITY", "nested"),
            (".postnr", "POSTAL_CODE", "nested"), (".oqarasuaat", "PHONE", "nested"))),
        col("umiatsiaq", "", "NONE", vessel, leaves=(
            (".aqqa", "NONE", "nested lying-name"), (".nr", "NONE", "nested"), (".length_m", "NONE", "nested"))),
        col("species", "", "NONE", lambda r: r.rng.sample(SPECIES, r.rng.randint(1, 3)), "list"),
        col("kg", "", "NONE", lambda r: money(r, 10, 9000, 0.5)),
        col("akiliut_dkk", "", "OTHER_PII", lambda r: money(r, 200, 120000, 1), "other-pii"),
        col("kontonr", "", "BANK_ACCOUNT", lambda r: ids.gl_iban(r.rng)),
        col("factory", "", "NONE", lambda r: r.rng.choice(("Royal Greenland Maniitsoq", "Polar Seafood Nuuk",
                                                          "Arctic Prime Fisheries Qaqortoq"))),
        col("sensor", "", "NONE", lambda r: {"temp_c": round(r.rng.uniform(-2, 4), 1), "ip": ipv4(r, private=True)},
            leaves=((".temp_c", "NONE", "nested"), (".ip", "NONE", "nested thing-qi"))),
    ])


def _ku_name(r):
    return f"{r.rng.choice(KU['m'] if r.sex == 'M' else KU['f'])} {r.rng.choice(KU['last'])}"


def erbil_dialysis():
    def patient(r):
        return {"naw": _ku_name(r), "mobile": phone(r, "IQ"), "national_card": ids.iq_card(r.rng),
                "birth": f"{r.born:%Y-%m-%d}", "blood": blood(r), "shar": r.rng.choice(KU["towns"])}

    def readings(r):
        return [{"t": f"{h:02d}:{r.rng.choice(('00', '30'))}", "bp": f"{r.rng.randint(90, 180)}/{r.rng.randint(55, 105)}"}
                for h in range(8, 8 + r.rng.randint(2, 4))]

    def machine(r):
        return {"serial": f"FMC-5008S-{digits(r, 7)}", "ip": f"10.20.{r.rng.randint(0, 9)}.{r.rng.randint(2, 250)}",
                "firmware": f"4.{r.rng.randint(0, 9)}.{r.rng.randint(0, 20)}.{r.rng.randint(1, 99)}"}

    return table("erbil_dialysis", 800, "ar_AA", [
        col("session_id", "", "NONE", lambda r: f"DS-{r.i + 10000}"),
        col("date", "", "NONE", lambda r: f"{date_between(r, dt.date(2026, 1, 1))}"),
        col("patient", "", "NONE", patient, leaves=(
            (".naw", "PERSON_NAME", "nested cryptic-name"), (".mobile", "PHONE", "nested"),
            (".national_card", "GOV_ID", "nested"), (".birth", "DATE_OF_BIRTH", "nested"),
            (".blood", "OTHER_PII", "nested health"), (".shar", "CITY", "nested cryptic-name"))),
        col("machine", "", "NONE", machine, leaves=(
            (".serial", "NONE", "nested"), (".ip", "NONE", "nested thing-qi"), (".firmware", "NONE", "nested shape-alike"))),
        col("readings", "", "NONE", readings, leaves=(
            (".t", "NONE", "nested list"), (".bp", "OTHER_PII", "nested list health"))),
        col("kt_v", "", "OTHER_PII", lambda r: round(r.rng.uniform(0.9, 1.8), 2), "health"),
        col("nurse", "", "PERSON_NAME", lambda r: _ku_name(r)),
        col("insurance", "", "OTHER_PII", lambda r: r.rng.choice(("government", "private", "none")), "other-pii"),
    ])


_LATIN_NOTES = ("Codex inspectus, nihil notandum.", "Lector in aula lectionis sedit.", "Photographia sine lumine permissa.",
                "Folia fragilia, caute tractanda.", "Codex restitutus hora tertia.", "")


def abbey_readers():
    pool_m = places.EU["m"] + places.CY["m"] + places.FO["m"]
    pool_f = places.EU["f"] + places.CY["f"] + places.FO["f"]
    pool_last = places.EU["last"] + places.CY["last"] + places.FO["last"]

    def lector(r):
        nomen = r.rng.choice(pool_m if r.sex == "M" else pool_f)
        cognomen = r.rng.choice(pool_last)
        return {"nomen": nomen, "cognomen": cognomen, "epistula": email(r, f"{nomen} {cognomen}", ("uni-heidelberg.de",
                "ehu.eus", "bangor.ac.uk", "setur.fo", "gmail.com")), "natus": r.born.year,
                "universitas": r.rng.choice(("EHU", "Bangor", "Setur", "KU Leuven", "Salamanca"))}

    def codices(r):
        return [{"signum": f"Cod. {r.rng.randint(1, 900)}", "saeculum": r.rng.choice(("IX", "X", "XI", "XII", "XIII", "XV"))}
                for _ in range(r.rng.randint(1, 3))]

    return table("abbey_readers", 380, "la", [
        col("numerus", "", "NONE", lambda r: r.i + 1),
        col("lector", "", "NONE", lector, leaves=(
            (".nomen", "PERSON_NAME", "nested partial-format cryptic-name"),
            (".cognomen", "PERSON_NAME", "nested partial-format cryptic-name"),
            (".epistula", "EMAIL", "nested cryptic-name"), (".natus", "DATE_OF_BIRTH", "nested partial-format cryptic-name"),
            (".universitas", "OPTIONAL", "nested optional"))),
        col("codices", "", "NONE", codices, leaves=(
            (".signum", "NONE", "nested list"), (".saeculum", "NONE", "nested list"))),
        col("tempus", "", "NONE", lambda r: stamp(r, dt.date(2026, 1, 1))),
        col("nota", "", "NONE", lambda r: r.rng.choice(_LATIN_NOTES) if r.p(0.7) else r.fake.sentence(), "free-text-none"),
        col("tessera", "", "NONE", lambda r: ids.not_luhn(r.rng, 16), "shape-alike"),
    ])


TABLES = (cebu_jeepney_drivers, kz_payroll_export, gl_landings, erbil_dialysis, abbey_readers)


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
