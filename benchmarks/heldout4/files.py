"""h4_files/: two CSV files, a Parquet file with structs and lists, and two JSON Lines files
with nested objects. A nested column declares the leaves piiscan's file source flattens it
into (`a.b`, lists of objects as `a.b`), each with its own label."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from benchmarks.heldout3.model import Row, Table, col, make_rows, table
from benchmarks.heldout4 import ids
from benchmarks.heldout4 import makers as m

CO_NOTES = ("Gracias por todo", "Para la olla comunitaria", "Donación mensual", "Aporte de la familia",
            "Con cariño desde Medellín", "Para útiles escolares")
PERMIT_KINDS = ("novogradnja", "dogradnja", "rekonstrukcija", "uklanjanje")


def permits() -> Table:
    return table("permits", 400, "hr_HR", [
        col("broj_dozvole", "TEXT", "NONE", lambda r: f"UP/I-361-03/26-01/{r.i + 1:04d}"),
        col("podnositelj", "TEXT", "PERSON_NAME", m.full),
        col("oib_podnositelja", "TEXT", "GOV_ID", lambda r: ids.croatian_oib(r.rng)),
        col("adresa_podnositelja", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY",
            lambda r: f"{r.fake.street_address()}, {r.fake.postcode()} {r.fake.city()}", "composite"),
        col("k_c", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 9999)}/{r.rng.randint(1, 40)}", "shape-alike"),
        col("k_o", "TEXT", "NONE", lambda r: r.rng.choice(("Trnje", "Sesvete", "Stenjevec", "Dubrava")), "cryptic-name"),
        col("gradiliste", "TEXT", "OPTIONAL", lambda r: m.wkt_point(r, 45.8, 16.0, 0.2), "optional"),
        col("vrsta", "TEXT", "NONE", lambda r: r.rng.choice(PERMIT_KINDS)),
        col("kontakt", "TEXT", "EMAIL", lambda r: m.email(r)),
        col("pristojba_eur", "REAL", "NONE", lambda r: round(r.rng.uniform(20, 3000), 2)),
        col("izdao", "TEXT", "PERSON_NAME", m.staff),
    ])


def donations() -> Table:
    return table("donaciones", 450, "es_CO", [
        col("col_1", "TEXT", "PERSON_NAME", m.full, "cryptic-name"),
        col("col_2", "TEXT", "GOV_ID", lambda r: f"{r.rng.randint(10_000_000, 1_200_000_000):,}".replace(",", "."), "cryptic-name"),
        col("col_3", "TEXT", "EMAIL", lambda r: m.email(r), "cryptic-name"),
        col("col_4", "TEXT", "NONE", lambda r: f"{r.rng.randint(10, 900) * 1000}", "cryptic-name"),
        col("col_5", "TEXT", "CITY", lambda r: r.fake.city(), "cryptic-name"),
        col("col_6", "TEXT", "NONE", lambda r: r.rng.choice(CO_NOTES), "cryptic-name free-text-none"),
        col("col_7", "TEXT", "PHONE", lambda r: r.fake.phone_number(), "cryptic-name"),
        col("col_8", "TEXT", "NONE", lambda r: r.rng.choice(("PSE", "Nequi", "efectivo", "tarjeta")), "cryptic-name"),
    ])


def telematics() -> Table:
    def device(r: Row) -> dict:
        return {"imei": "35" + m.code(r, "", 13), "fw": m.version4(r)}

    def driver(r: Row) -> dict:
        return {"name": m.full(r), "licence": m.code(r, "", 8)}

    def pos(r: Row) -> dict:
        lat, lon = m.lat_lon(r, 48.2, 16.37, 0.6)
        return {"lat": lat, "lon": lon}

    return table("telematics", 800, "de_AT", [
        col("ts", "TEXT", "NONE", m.recent_ts),
        col("device", "", "", device, leaves=((".imei", "OTHER_PII", "nested device-id"), (".fw", "NONE", "nested shape-alike"))),
        col("driver", "", "", driver, leaves=((".name", "PERSON_NAME", "nested"), (".licence", "GOV_ID", "nested"))),
        col("pos", "", "", pos, leaves=((".lat", "GEO_COORDINATES", "nested"), (".lon", "GEO_COORDINATES", "nested"))),
        col("speed_kmh", "", "NONE", lambda r: r.rng.randint(0, 160)),
        col("events", "", "", lambda r: [{"type": r.rng.choice(("brake", "accel", "turn")), "g": round(r.rng.uniform(0.2, 0.9), 2)}
                                         for _ in range(r.rng.randint(1, 3))],
            leaves=((".type", "NONE", "nested"), (".g", "NONE", "nested"))),
    ])


def gate_scans() -> Table:
    def gate(r: Row) -> dict:
        lat, lon = m.lat_lon(r, 59.43, 24.75, 0.05)
        return {"id": f"G{r.rng.randint(1, 24)}", "ip": m.private_ip(r), "lat": lat, "lon": lon}

    return table("gate_scans", 700, "et_EE", [
        col("scan_id", "", "NONE", lambda r: r.i + 1),
        col("gate", "", "", gate, leaves=((".id", "NONE", "nested"), (".ip", "NONE", "nested thing-qi"),
                                          (".lat", "NONE", "nested thing-qi"), (".lon", "NONE", "nested thing-qi"))),
        col("ticket", "", "NONE", lambda r: m.token(r, "T", 10)),
        col("ok", "", "NONE", lambda r: r.p(0.95)),
        col("reader", "", "", lambda r: {"model": "ZK-" + str(r.rng.randint(100, 999)), "fw": m.version4(r)},
            leaves=((".model", "NONE", "nested"), (".fw", "NONE", "nested shape-alike"))),
    ])


def loan_export() -> Table:
    def reader(r: Row) -> dict:
        return {"given": m.first(r), "family": m.last(r), "city": m.town(r)}

    return table("loan_export", 600, "lt_LT", [
        col("loan", "", "NONE", lambda r: r.i + 1),
        col("reader", "", "", reader, leaves=((".given", "PERSON_NAME", "nested partial-format"),
                                              (".family", "PERSON_NAME", "nested partial-format"),
                                              (".city", "CITY", "nested"))),
        col("isbns", "", "NONE", lambda r: ["978" + m.code(r, "", 10) for _ in range(r.rng.randint(1, 4))], "list"),
        col("client", "", "", lambda r: {"ip": m.ipv4(r), "app": m.version4(r)},
            leaves=((".ip", "IP_ADDRESS", "nested"), (".app", "NONE", "nested shape-alike"))),
        col("holds", "", "", lambda r: [{"title": r.rng.choice(("Altorių šešėly", "Metai", "Dievų miškas")), "days": r.rng.randint(1, 30)}],
            leaves=((".title", "NONE", "nested"), (".days", "NONE", "nested"))),
        col("days", "", "NONE", lambda r: r.rng.randint(1, 21)),
    ])


#: table name -> file name inside h4_files/
PATHS = {"permits": "permits.csv", "donaciones": "donaciones.csv", "telematics": "telematics.jsonl",
         "gate_scans": "gate_scans.jsonl", "loan_export": "loan_export.parquet"}
TABLES = [permits, donations, telematics, gate_scans, loan_export]


def write(folder: Path, tables: list[Table], seed: int, part: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in tables:
        rows = make_rows(part, spec, seed)
        path = folder / PATHS[spec.name]
        if path.suffix == ".csv":
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow([c.name for c in spec.cols])
                writer.writerows([row[c.name] for c in spec.cols] for row in rows)
        elif path.suffix == ".jsonl":
            path.write_text("".join(json.dumps({c.name: row[c.name] for c in spec.cols}, ensure_ascii=False) + "\n"
                                    for row in rows), encoding="utf-8")
        else:
            pq.write_table(pa.Table.from_pylist([{c.name: row[c.name] for c in spec.cols} for row in rows]), path)
    return folder
