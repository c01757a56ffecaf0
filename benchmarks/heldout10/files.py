"""h10_files/: a Fès tannery's payroll export with positional names (CSV), a Kingston studio's
launch guest list (CSV), Kowloon minibus trips (Parquet with structs and lists), a Doha falcon
hospital's visits (nested JSON Lines) and Rwandan community health workers' household reports
(nested JSON Lines)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout10 import ids
from benchmarks.heldout10.makers import (born, const, date_between, digits, email_of, empty, family, full, given,
                                         hexdigest, money, number, other_full, phone, pick, stamp)
from benchmarks.heldout10.places import HK, JM, MA, QA_LATIN, RW, RW_SECTORS
from benchmarks.heldout10.tables_works import _rib

D = dt.date

PATHS = {
    "ma_payroll_export": "tannery_payroll/export_2026_10.csv",
    "jm_guest_list": "studio_launch/guestlist.csv",
    "hk_minibus_trips": "minibus_trips/trips.parquet",
    "qa_falcon_visits": "falcon_hospital/visits.jsonl",
    "rw_chw_reports": "chw_reports/reports.jsonl",
}


def ma_payroll_export():
    def masked(r):
        p = "06" + digits(8)(r)
        return p[:2] + "******" + p[-2:]

    return table("ma_payroll_export", 500, "en_US", [
        col("f_01", "TEXT", "NONE", lambda r: f"M{r.i + 1:05d}", "cryptic-name"),
        col("f_02", "TEXT", "PERSON_NAME", lambda r: f"{family(MA)(r).upper()} {given(MA)(r)}", "cryptic-name"),
        col("f_03", "TEXT", "GOV_ID", lambda r: ids.ma_cin(r.rng), "cryptic-name"),
        col("f_04", "TEXT", "GOV_ID", digits(9), "cryptic-name"),
        col("f_05", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("f_06", "REAL", "OTHER_PII", money(2800, 7000), "other-pii cryptic-name"),
        col("f_07", "REAL", "OTHER_PII", lambda r: round(r["f_06"] * 0.88, 2), "other-pii cryptic-name"),
        col("f_08", "TEXT", "BANK_ACCOUNT", _rib, "cryptic-name"),
        col("f_09", "TEXT", "PHONE", masked, "partial-format cryptic-name"),
        col("f_10", "TEXT", "NONE", const("2026-10"), "constant cryptic-name"),
        col("f_11", "TEXT", "NONE", hexdigest(64), "cryptic-name"),
        col("f_12", "TEXT", "NONE", empty, "constant cryptic-name"),
    ])


JM_PHONE = ("(876) ###-####", "876-###-####", "+1 876 ### ####")


def jm_guest_list():
    def emails(r):
        g, f = r["guest"], family(JM)(r)
        out = [email_of(r, g, f, ("gmail.com", "yahoo.com"))]
        if r.p(0.4):
            out.append(email_of(r, g, f, ("icloud.com", "hotmail.com")))
        return json.dumps(out)

    return table("jm_guest_list", 400, "en_US", [
        col("n", "INTEGER", "NONE", lambda r: r.i + 1),
        col("guest", "TEXT", "PERSON_NAME", given(JM), "partial-format"),
        col("contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{other_full(JM)(r)}, {phone(*JM_PHONE)(r)}", "composite"),
        col("emails", "TEXT", "EMAIL", emails, "list"),
        col("plus_ones", "INTEGER", "NONE", number(0, 3)),
        col("wristband", "TEXT", "NONE", lambda r: f"WB-{r.rng.randint(10000, 99999)}"),
        col("arrival", "TEXT", "NONE", pick("19:00", "19:30", "20:00", "21:00")),
        col("diet", "TEXT", "OTHER_PII", pick("none", "ital", "vegan", "halal", "no pork"), "other-pii"),
        col("table_no", "INTEGER", "NONE", number(1, 30)),
    ])


def hk_minibus_trips():
    def minibus(r):
        return {"fleet_no": r.rng.randint(100, 449), "plate": f"LV {r.rng.randint(10, 9999)}",
                "route": r.rng.choice(("1A", "46S", "74"))}

    def driver(r):
        return {"name": f"{family(HK)(r)} {given(HK)(r)}", "hkid": ids.hkid(r.rng), "mobile": phone("9### ####", "6#######")(r)}

    return table("hk_minibus_trips", 800, "en_US", [
        col("trip_id", "INTEGER", "NONE", lambda r: 700000 + r.i),
        col("started", "TEXT", "NONE", stamp(D(2026, 10, 1), D(2026, 11, 30))),
        col("minibus", "STRUCT", "NONE", minibus, "nested",
            leaves=((".fleet_no", "NONE", "nested"), (".plate", "NONE", "nested"), (".route", "NONE", "nested"))),
        col("driver", "STRUCT", "PERSON_NAME", driver, "nested",
            leaves=((".name", "PERSON_NAME", "nested"), (".hkid", "GOV_ID", "nested"), (".mobile", "PHONE", "nested"))),
        col("fares", "LIST", "NONE", lambda r: [r.rng.choice((5.8, 7.2, 9.5, 12.0)) for _ in range(r.rng.randint(1, 8))], "list"),
        col("stops", "LIST", "NONE", lambda r: r.rng.sample(["Mong Kok", "Jordan", "Yau Ma Tei", "Prince Edward", "Tai Wai", "Sham Shui Po"], 3), "list"),
        col("passengers", "INTEGER", "NONE", number(1, 19)),
        col("fw", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 9)}.{r.rng.randint(0, 9)}.0.{r.rng.randint(1, 99)}", "shape-alike"),
    ])


QA_MOBILE = ("+974 5### ####", "+974 3#######", "6### ####")


def qa_falcon_visits():
    def falcon(r):
        return {"ring": f"QA-{r.rng.randint(2015, 2026)}-{r.rng.randint(1, 99999):05d}", "species": r.rng.choice(("saker", "peregrine", "gyr")),
                "weight_g": r.rng.randint(650, 1500), "hatched": date_between(D(2016, 1, 1), D(2026, 5, 1))(r)}

    def owner(r):
        g, f = given(QA_LATIN)(r), family(QA_LATIN)(r)
        return {"name": f"{g} {f}", "qid": ids.qid(r.rng, r.born), "phone": phone(*QA_MOBILE)(r),
                "email": email_of(r, g, f, ("gmail.com", "qatar.net.qa"))}

    def billing(r):
        n = ids.card(r.rng)
        return {"amount_qar": round(r.rng.uniform(150, 4800), 2), "card": f"************{n[-4:]}"}

    return table("qa_falcon_visits", 600, "en_US", [
        col("visit_id", "INTEGER", "NONE", lambda r: 31000 + r.i),
        col("date", "TEXT", "NONE", date_between(D(2026, 1, 1), D(2026, 11, 30))),
        col("falcon", "STRUCT", "NONE", falcon, "nested",
            leaves=((".ring", "NONE", "nested"), (".species", "NONE", "nested"), (".weight_g", "NONE", "nested"),
                    (".hatched", "NONE", "nested lying-name"))),
        col("owner", "STRUCT", "PERSON_NAME", owner, "nested",
            leaves=((".name", "PERSON_NAME", "nested"), (".qid", "GOV_ID", "nested"), (".phone", "PHONE", "nested"),
                    (".email", "EMAIL", "nested"))),
        col("billing", "STRUCT", "NONE", billing, "nested",
            leaves=((".amount_qar", "NONE", "nested"), (".card", "PAYMENT_CARD", "nested partial-format"))),
        col("treatment", "TEXT", "NONE", pick("nail trim", "imping", "nebulisation", "endoscopy", "vaccination"), "free-text-none"),
    ])


def rw_chw_reports():
    def chw(r):
        return {"izina": f"{r.rng.choice(RW.female)} {r.rng.choice(RW.family)}", "telefoni": phone("078#######", "+250 72# ### ###")(r)}

    def household(r):
        return {"umukuru": f"{r.rng.choice(RW.male + RW.female)} {r.rng.choice(RW.family)}",
                "indangamuntu": ids.rw_nid(r.rng, r.born, r.sex), "umudugudu": r.rng.choice(RW_SECTORS),
                "aho_atuye": {"lat": round(-1.5 - r.rng.random(), 5), "lon": round(29.5 + r.rng.random() * 1.3, 5)}}

    return table("rw_chw_reports", 700, "en_US", [
        col("report_id", "TEXT", "NONE", lambda r: f"R{r.i + 1:06d}"),
        col("week", "TEXT", "NONE", lambda r: f"2026-W{r.rng.randint(1, 48):02d}"),
        col("chw", "STRUCT", "PERSON_NAME", chw, "nested",
            leaves=((".izina", "PERSON_NAME", "nested cryptic-name"), (".telefoni", "PHONE", "nested"))),
        col("urugo", "STRUCT", "PERSON_NAME", household, "nested",
            leaves=((".umukuru", "PERSON_NAME", "nested cryptic-name"), (".indangamuntu", "GOV_ID", "nested cryptic-name"),
                    (".umudugudu", "CITY", "nested cryptic-name"), (".aho_atuye.lat", "GEO_COORDINATES", "nested cryptic-name"),
                    (".aho_atuye.lon", "GEO_COORDINATES", "nested cryptic-name"))),
        col("muac_cm", "LIST", "OTHER_PII", lambda r: [round(r.rng.uniform(11, 16), 1) for _ in range(r.rng.randint(1, 4))], "health list"),
        col("atwite", "BOOL", "OTHER_PII", lambda r: r.p(0.15), "health cryptic-name"),
        col("inkingo", "INTEGER", "OPTIONAL", number(0, 5), "optional cryptic-name"),
    ])


TABLES = (ma_payroll_export, jm_guest_list, hk_minibus_trips, qa_falcon_visits, rw_chw_reports)


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
