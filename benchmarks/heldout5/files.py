"""h5_files/: a Kenyan M-Pesa statement export and an Ecuadorian raffle (CSV), Dominican
remittances (Parquet, structs and a list), Indonesian parcel tracking and Peruvian mine-truck
telemetry (JSON Lines, nested). A nested column is declared once with the label of each leaf
it flattens to (`a.b`; a list of objects gives one column per key)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from benchmarks.heldout3.model import Row, Table, col, make_rows, table
from benchmarks.heldout5 import ids
from benchmarks.heldout5 import makers as m
from benchmarks.heldout5 import places as pl

PATHS = {"mpesa_statement": "mpesa/statement_2026_11.csv",
         "sorteo_participantes": "ecuador/sorteo_participantes.csv",
         "remesas": "dominicana/remesas.parquet",
         "tracking_events": "kurir/tracking_events.jsonl",
         "camiones_telemetria": "peru/camiones_telemetria.jsonl"}


def _mpesa_details(r: Row) -> str:
    who = m.full(r).upper()
    return r.rng.choice((f"Customer Transfer to 2547{r.rng.randint(0, 99999999):08d} - {who}",
                         f"Funds received from 2547{r.rng.randint(0, 99999999):08d} - {who}"))


def mpesa_statement():
    return table("mpesa_statement", 600, "en_KE", [
        col("col_a", "TEXT", "NONE", m.letters_digits("AA99AAAA9A"), "cryptic-name"),
        col("col_b", "TEXT", "NONE", m.stamp, "cryptic-name"),
        col("col_c", "TEXT", "PERSON_NAME|PHONE", _mpesa_details, "cryptic-name composite"),
        col("col_d", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 900) * 50}.00", "cryptic-name"),
        col("col_e", "TEXT", "NONE", m.pick("Completed"), "cryptic-name constant"),
        col("col_f", "TEXT", "GOV_ID", lambda r: str(r.rng.randint(10_000_000, 39_999_999)), "cryptic-name"),
        col("col_g", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 99999)}.{r.rng.randint(0, 99):02d}", "cryptic-name"),
    ])


def sorteo_participantes():
    return table("sorteo_participantes", 450, "es", [
        col("cedula", "TEXT", "GOV_ID", lambda r: ids.ec_cedula(r.rng)),
        col("nombres", "TEXT", "PERSON_NAME", lambda r: f"{m.first(r)} {m.last(r)} {r.fake.last_name()}"),
        col("correo", "TEXT", "EMAIL", m.email),
        col("celular", "TEXT", "PHONE", lambda r: f"09{r.rng.randint(6, 9)} {r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"),
        col("provincia", "TEXT", "STATE_REGION", m.pick(*pl.EC_PROVINCES)),
        col("premio", "TEXT", "NONE", m.pick("", "", "", "Bono 20 USD", "Licuadora", "Camiseta")),
        col("ticket", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("acepta_terminos", "TEXT", "NONE", m.pick("SI"), "constant"),
    ])


def _remitente(r: Row) -> dict:
    return {"nombre": m.full(r), "cedula": ids.do_cedula_number(r.rng),
            "pais": r.rng.choice(("Estados Unidos", "España", "Puerto Rico", "Italia"))}


def remesas():
    return table("remesas", 500, "es", [
        col("envio_id", "INTEGER", "NONE", m.row_id),
        col("remitente", "STRUCT", "", _remitente, leaves=(
            (".nombre", "PERSON_NAME", "nested"), (".cedula", "GOV_ID", "nested"), (".pais", "COUNTRY", "nested"))),
        col("beneficiario", "STRUCT", "", lambda r: {
            "nombre": m.other_person(r), "telefono": f"+1 809 {r.rng.randint(200, 999)} {r.rng.randint(1000, 9999)}"},
            leaves=((".nombre", "PERSON_NAME", "nested"), (".telefono", "PHONE", "nested"))),
        col("monto_usd", "DOUBLE", "NONE", m.amount(50, 1500)),
        col("tarjeta", "TEXT", "PAYMENT_CARD", lambda r: ids.card(r.rng, r.rng.choice(("4", "51", "55")))),
        col("etiquetas", "LIST", "NONE", lambda r: r.rng.sample(["urgente", "familia", "primera vez", "app", "efectivo"],
                                                                 r.rng.randint(1, 3)), "list"),
        col("oficina", "STRUCT", "", lambda r: {"ip": r.fake.ipv4_private(), "version": m.version_like_ip(r)},
            leaves=((".ip", "NONE", "nested thing-qi"), (".version", "NONE", "nested shape-alike"))),
    ])


ID_BOX = m.coords_in((-6.95, -6.10), (106.6, 107.7))


def tracking_events():
    return table("tracking_events", 700, "id_ID", [
        col("event_id", "INTEGER", "NONE", m.row_id),
        col("awb", "TEXT", "NONE", m.letters_digits("JP9999999999")),
        col("scan", "JSON", "", lambda r: {"hub": r.rng.choice(("CGK-01", "BDO-02", "SUB-07")),
                                            "ip": r.fake.ipv4_private(), "fw": m.version_like_ip(r)},
            leaves=((".hub", "NONE", "nested"), (".ip", "NONE", "nested thing-qi"), (".fw", "NONE", "nested shape-alike"))),
        col("recipient", "JSON", "", lambda r: {"name": m.full(r),
                                                 "phone": f"08{r.rng.randint(11, 59)}{r.rng.randint(10000000, 99999999)}"},
            leaves=((".name", "PERSON_NAME", "nested"), (".phone", "PHONE", "nested"))),
        col("pod", "JSON", "", lambda r: dict(zip(("lat", "lon"), ID_BOX(r))),
            leaves=((".lat", "GEO_COORDINATES", "nested"), (".lon", "GEO_COORDINATES", "nested"))),
        col("items", "JSON", "", lambda r: [{"sku": f"SKU-{r.rng.randint(1000, 9999)}", "qty": r.rng.randint(1, 4)}
                                            for _ in range(r.rng.randint(1, 3))],
            leaves=((".sku", "NONE", "nested list"), (".qty", "NONE", "nested list"))),
    ])


PE_BOX = m.coords_in((-14.2, -13.9), (-72.3, -71.9))


def camiones_telemetria():
    return table("camiones_telemetria", 600, "es", [
        col("camion", "TEXT", "NONE", lambda r: f"CAT-793-{r.rng.randint(1, 40):02d}"),
        col("ts", "TEXT", "NONE", m.stamp),
        col("gps", "JSON", "", lambda r: dict(zip(("lat", "lon"), PE_BOX(r))),
            leaves=((".lat", "OPTIONAL", "nested optional"), (".lon", "OPTIONAL", "nested optional"))),
        col("motor", "JSON", "", lambda r: {"rpm": r.rng.randint(700, 1900), "fw": m.version_like_ip(r)},
            leaves=((".rpm", "NONE", "nested"), (".fw", "NONE", "nested shape-alike"))),
        col("operador", "JSON", "", lambda r: {"nombre": m.full(r), "dni": ids.pe_dni(r.rng, r.p(.5))},
            leaves=((".nombre", "PERSON_NAME", "nested"), (".dni", "GOV_ID", "nested"))),
        col("alertas", "JSON", "NONE", lambda r: r.rng.sample(["PAYLOAD_HIGH", "TYRE_TEMP", "OVERSPEED", "IDLE"],
                                                              r.rng.randint(0, 2)), "list"),
    ])


TABLES = [mpesa_statement, sorteo_participantes, remesas, tracking_events, camiones_telemetria]


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    for spec in specs:
        path = folder / PATHS[spec.name]
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [{c.name: row[c.name] for c in spec.cols} for row in make_rows(part, spec, seed)]
        if path.suffix == ".csv":
            with path.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow([c.name for c in spec.cols])
                writer.writerows([row[c.name] for c in spec.cols] for row in rows)
        elif path.suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(rows), path)
        else:
            path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return folder
