"""Part `h2_files`: a folder of files (CSV, Parquet with structs and lists, JSON Lines with
nested objects). Columns are declared by the dotted names piiscan's file sources flatten
them to (docs/sources.md), each with its label; the writer nests them back:
`customer.email` becomes {"customer": {"email": ...}}, and sibling leaves that are all lists
(`contacts.name`, `contacts.phone`) become a list of objects."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from benchmarks.heldout2 import ids
from benchmarks.heldout2 import makers as m
from benchmarks.heldout2.model import Table, col, make_rows, table

RIDER_PLAIN = ("", "", "Please wait at the main entrance.", "Two suitcases.", "Gate code at the side door.",
               "Pick up at the bus stop opposite.", "Running 5 min late.", "Child seat needed.", "Quiet ride please.",
               "Drop off at departures, terminal 2.")
RIDER_PII = ("Picking up my mum {name}.", "Call me on {phone} when outside.", "Receipt to {email} please.",
             "Ask for {first} at reception.")
TICKET_PLAIN = ("The app crashes when I open settings.", "Refund has not arrived yet.", "How do I change my plan?",
                "Invoice total looks wrong this month.", "Cannot log in after the update.", "Package arrived damaged.",
                "Please cancel my subscription at the end of the month.", "The tracking page shows no updates.",
                "Is there a student discount?", "Two charges for one order.")
TICKET_PII = ("My partner {name} placed the order, please contact them.", "Send the documents to {email}.",
              "You can reach me at {phone} after 5pm.", "Spoke with your colleague {first} yesterday.")
HU_COUNTIES = ("Pest", "Bács-Kiskun", "Baranya", "Győr-Moson-Sopron", "Hajdú-Bihar", "Borsod-Abaúj-Zemplén", "Csongrád-Csanád")


def trips():
    def drop(r):
        lat, lon = m.near(r.rng, -33.87, 151.21, 0.3)
        return m.point_wkt(lat, lon)

    return table("rides/trips.csv", 800, "en_AU", [
        col("trip_id", "NONE", lambda r: f"T{r.i + 1:07d}"),
        col("rider_id", "NONE", lambda r: f"R{r.rng.randrange(1, 3000):06d}"),
        col("requested_at", "NONE", lambda r: m.stamp(r, dt.date(2026, 1, 1))),
        col("pickup_lat", "GEO_COORDINATES", lambda r: f"{-33.87 + r.rng.uniform(-0.3, 0.3):.6f}"),
        col("pickup_lon", "GEO_COORDINATES", lambda r: f"{151.21 + r.rng.uniform(-0.3, 0.3):.6f}"),
        col("dropoff", "GEO_COORDINATES", drop, note="partial-format (WKT)"),
        col("fare_aud", "NONE", lambda r: f"{r.rng.uniform(9, 95):.2f}"),
        col("currency", "NONE", lambda r: "AUD", note="constant"),
        col("surge", "NONE", lambda r: r.rng.choice(("1.0", "1.0", "1.2", "1.5", "2.0"))),
        col("rider_note", "FREE_TEXT_PII", lambda r: m.low_pii_text(r, list(RIDER_PLAIN), list(RIDER_PII), 0.12),
            note="free-text (~12% of rows)"),
        col("card_number", "PAYMENT_CARD", lambda r: ids.card(r.rng, spaced=True)),
        col("vehicle_class", "NONE", lambda r: r.rng.choice(("Economy", "Comfort", "XL", "Green"))),
    ])


def residents():
    def born(r):
        return r.p.dob

    def phones(r):
        return [r.fake.phone_number() for _ in range(r.rng.randrange(0, 3))]

    return table("registry/residents.parquet", 600, "hu_HU", [
        col("resident_id", "NONE", lambda r: 1_000_000 + r.i * 13, "INTEGER"),
        col("person.name.family", "PERSON_NAME", lambda r: r.p.last, note="nested, partial-format"),
        col("person.name.given", "PERSON_NAME", lambda r: r.p.first, note="nested, partial-format"),
        col("person.birth.date", "DATE_OF_BIRTH", born, note="nested"),
        col("person.birth.place", "CITY", lambda r: r.fake.city(), note="nested (place of birth)"),
        col("person.sex", "GENDER", lambda r: "N" if r.p.sex == "F" else "F", note="nested, value-decides (F = férfi)"),
        col("person.mother_name", "PERSON_NAME", lambda r: f"{r.fake.last_name()} {r.fake.first_name_female()}", note="nested"),
        col("address.street", "STREET_ADDRESS", lambda r: r.fake.street_address(), note="nested"),
        col("address.zip", "POSTAL_CODE", lambda r: r.rng.randrange(1011, 9985), "INTEGER", "nested, partial-format (integer postcode)"),
        col("address.city", "CITY", lambda r: r.fake.city(), note="nested"),
        col("address.county", "STATE_REGION", lambda r: r.rng.choice(HU_COUNTIES), note="nested"),
        col("phones", "PHONE", phones, note="list (list column)"),
        col("household_size", "NONE", lambda r: r.rng.randrange(1, 7), "INTEGER"),
        col("registered", "NONE", lambda r: m.stamp(r, dt.date(2010, 1, 1))),
        col("flags", "NONE", lambda r: r.rng.sample(["voter", "resident", "eu", "tax"], r.rng.randrange(1, 3)), note="list (list column)"),
    ])


def telemetry():
    return table("iot/telemetry.jsonl", 700, "en_CA", [
        col("device", "NONE", lambda r: f"TRK-{r.rng.randrange(1, 501):05d}"),
        col("ts", "NONE", lambda r: m.stamp(r, dt.date(2026, 10, 1))),
        col("fw", "NONE", lambda r: m.version4(r.rng), note="shape-alike"),
        col("gps.lat", "NONE", lambda r: round(r.rng.uniform(42.0, 46.0), 5), note="thing-qi, nested"),
        col("gps.lon", "NONE", lambda r: round(r.rng.uniform(-83.0, -74.0), 5), note="thing-qi, nested"),
        col("site.city", "NONE", lambda r: r.fake.city(), note="thing-qi, nested"),
        col("site.zip", "NONE", lambda r: r.fake.postcode(), note="thing-qi, nested"),
        col("net.ip", "NONE", lambda r: f"172.{r.rng.randrange(16, 32)}.{r.rng.randrange(256)}.{r.rng.randrange(1, 255)}", note="thing-qi, nested"),
        col("metrics.temp_c", "NONE", lambda r: round(r.rng.gauss(21, 6), 1), note="nested"),
        col("metrics.speed_kmh", "NONE", lambda r: r.rng.randrange(0, 130), note="nested"),
        col("metrics.err", "NONE", lambda r: r.rng.choice((0, 0, 0, 17, 42)), note="nested"),
        col("user", "NONE", lambda r: "svc-telemetry", note="constant, lying-name"),
    ])


def tickets():
    def contacts(r, field):
        if "_contacts" not in r.v:
            n = r.rng.randrange(0, 3)
            r.v["_contacts"] = [(r.fake.name(), r.fake.phone_number()) for _ in range(n)]
        return [c[field] for c in r.v["_contacts"]]

    def sender(r):
        return f"{r.p.full} <{m.email(r)}>"

    return table("support/tickets.jsonl", 600, "en_US", [
        col("id", "NONE", lambda r: 880000 + r.i),
        col("created", "NONE", lambda r: m.stamp(r, dt.date(2026, 6, 1))),
        col("channel", "NONE", lambda r: r.rng.choice(("email", "chat", "phone", "web"))),
        col("customer.name", "PERSON_NAME", lambda r: r.p.full, note="nested"),
        col("customer.email", "EMAIL", lambda r: m.email(r), note="nested"),
        col("customer.phone", "PHONE", lambda r: m.chance(r, 0.7, r.fake.phone_number()), note="nested"),
        col("customer.address.line1", "STREET_ADDRESS", lambda r: r.fake.street_address(), note="nested"),
        col("from", "PERSON_NAME|EMAIL", sender, note="composite (Name <email>)"),
        col("cc", "EMAIL", lambda r: [m.email(r, "example.org") for _ in range(r.rng.randrange(0, 3))], note="composite, list"),
        col("contacts.name", "PERSON_NAME", lambda r: contacts(r, 0), note="nested, list (list of objects)"),
        col("contacts.phone", "PHONE", lambda r: contacts(r, 1), note="nested, list (list of objects)"),
        col("agent.login", "OTHER_PII", lambda r: f"agent{r.rng.randrange(100, 140)}", note="nested, other-pii (login)"),
        col("agent.display_name", "PERSON_NAME", lambda r: r.rng.choice(AGENTS), note="nested"),
        col("subject", "NONE", lambda r: r.rng.choice(TICKET_PLAIN), note="free-text-none"),
        col("body", "FREE_TEXT_PII", lambda r: m.low_pii_text(r, list(TICKET_PLAIN), list(TICKET_PII), 0.1),
            note="free-text (~10% of rows)"),
        col("tags", "NONE", lambda r: r.rng.sample(["billing", "bug", "refund", "vip", "churn-risk"], r.rng.randrange(0, 3))),
    ])


AGENTS = ("Maria Gonzalez", "Tom Becker", "Aisha Khan", "Liam O'Brien", "Chen Wei", "Sofia Rossi", "Jamal Wright",
          "Hannah Schmidt", "Diego Alvarez", "Priya Nair", "Owen Price", "Grace Kim")


def pos_export():
    return table("exports/pos_ventas.csv", 500, "es_MX", [
        col("tienda", "NONE", lambda r: f"MX{r.rng.randrange(1, 60):03d}"),
        col("cp_tienda", "NONE", lambda r: f"{r.rng.randrange(1000, 99999):05d}", note="thing-qi"),
        col("ciudad", "NONE", lambda r: r.fake.city(), note="thing-qi"),
        col("sku", "NONE", lambda r: r.fake.bothify("??-#####").upper()),
        col("producto", "NONE", lambda r: r.rng.choice(("Playera", "Pantalón", "Chamarra", "Tenis", "Gorra")) + " " + r.fake.color_name()),
        col("talla", "NONE", lambda r: r.rng.choice(("CH", "M", "G", "XG")), note="shape-alike"),
        col("genero", "NONE", lambda r: r.rng.choice(("Dama", "Caballero", "Unisex", "Niño")), note="lying-name (product line)"),
        col("cantidad", "NONE", lambda r: str(r.rng.randrange(1, 6))),
        col("precio", "NONE", lambda r: f"{r.rng.uniform(99, 2499):.2f}"),
        col("caja_ip", "NONE", lambda r: f"192.168.{r.rng.randrange(1, 60)}.{r.rng.randrange(2, 30)}", note="thing-qi"),
        col("folio", "NONE", lambda r: f"55 {r.rng.randrange(1000, 9999)} {r.rng.randrange(1000, 9999)}", note="shape-alike (phone-shaped)"),
        col("lote", "NONE", lambda r: ids.luhn_failing_16(r.rng, "5"), note="shape-alike (16 digits failing Luhn)"),
        col("fecha", "NONE", lambda r: m.day(r, dt.date(2026, 1, 1))),
    ])


TABLES = (trips, residents, telemetry, tickets, pos_export)


def _nest(names: list[str], values: tuple) -> dict:
    """Dotted names and values -> nested dicts; a group whose leaves are all lists becomes a
    list of objects."""
    tree: dict = {}
    for name, value in zip(names, values):
        node = tree
        *parents, leaf = name.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return _lists_of_objects(tree)


def _lists_of_objects(node):
    if not isinstance(node, dict):
        return node
    node = {k: _lists_of_objects(v) for k, v in node.items()}
    leaves = list(node.values())
    if len(leaves) > 1 and all(isinstance(v, list) for v in leaves) and len({len(v) for v in leaves}) == 1:
        return [dict(zip(node, items)) for items in zip(*leaves)]
    return node


def write(spec: Table, rows: list[tuple], folder: Path) -> Path:
    path = folder / spec.name
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c.name for c in spec.cols]
    if path.suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    elif path.suffix == ".jsonl":
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for row in rows:
                out.write(json.dumps(_nest(names, row), ensure_ascii=False, sort_keys=False) + "\n")
    elif path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        records = [_nest(names, row) for row in rows]
        pq.write_table(pa.Table.from_pylist(records), path, row_group_size=200)
    else:
        raise ValueError(f"unknown file kind {path.suffix}")
    return path


def build(folder: Path, seed: int) -> dict[str, list[tuple]]:
    out = {}
    for make in TABLES:
        spec = make()
        rows = make_rows(spec, seed, "h2_files")
        write(spec, rows, folder)
        out[spec.name] = rows
    return out
