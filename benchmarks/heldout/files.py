"""File part of the held-out set: CSV and JSON files under `OUTDIR/files/`.

A file's `table` in the labels is its path relative to `files/`; its columns are the dotted
paths piiscan documents for nested JSON (docs/sources.md): objects nest with `.`, a list of
objects gives one column per key, a list of scalars one column.
"""

from __future__ import annotations

import csv
import io
import json

from benchmarks.heldout import ids
from benchmarks.heldout.model import TableContext, table
from benchmarks.heldout.people import ALL, EUROPE, person

DB = "files"


def flat_columns(record: dict, prefix: str = "") -> list[str]:
    """Dotted column names of one JSON record, in order of appearance."""
    names: list[str] = []
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            names += flat_columns(value, f"{path}.")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                names += [n for n in flat_columns(item, f"{path}.") if n not in names]
        else:
            names.append(path)
    return names


def render(name: str, columns: list[str], records: list[dict]) -> bytes:
    """The bytes of one file: CSV (`;` for the German export) or JSON / JSON Lines."""
    if name.endswith(".csv"):
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";" if "kunden" in name else ",", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[("" if r[c] is None else r[c]) for c in columns] for r in records])
        return out.getvalue().encode("utf-8")
    if name.endswith(".jsonl"):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return json.dumps({"exported": "2026-11-30", "events": records}, ensure_ascii=False, indent=1).encode("utf-8")


@table(DB, "kunden_export.csv", rows=400, columns=[
    ("Kdnr", "TEXT", "NONE", "customer number"),
    ("Name", "TEXT", "PERSON_NAME", "'Nachname, Vorname'"),
    ("Geburtstag", "TEXT", "DATE_OF_BIRTH", "dd.mm.yyyy"),
    ("E-Mail", "TEXT", "EMAIL"),
    ("Telefon", "TEXT", "PHONE"),
    ("Anschrift", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", "composite: one-line address"),
    ("Umsatz", "TEXT", "NONE", "turnover with decimal comma"),
    ("Kundengruppe", "TEXT", "NONE", "shape-alike: A/B/C/M/W segment letters"),
])
def kunden_export(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(["de_DE", "de_DE", "de_DE", "pl_PL"]))
    return {
        "Kdnr": f"K{40_000 + i}",
        "Name": f"{p.last}, {p.first}",
        "Geburtstag": f"{p.born:%d.%m.%Y}",
        "E-Mail": p.email,
        "Telefon": p.phone,
        "Anschrift": p.one_line_address,
        "Umsatz": f"{ctx.rng.uniform(0, 20_000):.2f}".replace(".", ","),
        "Kundengruppe": ctx.rng.choice("ABCMW"),
    }


@table(DB, "lager_bestand.csv", rows=350, columns=[
    ("sku", "TEXT", "NONE"),
    ("lagerort", "TEXT", "NONE", "thing-qi: warehouse city"),
    ("plz", "TEXT", "NONE", "thing-qi: warehouse postcode"),
    ("land", "TEXT", "NONE", "thing-qi"),
    ("menge", "TEXT", "NONE"),
    ("scanner_ip", "TEXT", "NONE", "thing-qi: IP of a handheld scanner"),
])
def lager_bestand(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "de_DE")
    return {
        "sku": f"{ctx.rng.randint(100, 999)}-{ctx.rng.randint(10_000, 99_999)}",
        "lagerort": p.city,
        "plz": p.postcode,
        "land": "DE",
        "menge": str(ctx.rng.randint(0, 5000)),
        "scanner_ip": f"172.16.{ctx.rng.randint(0, 15)}.{ctx.rng.randint(2, 254)}",
    }


@table(DB, "crm_events.json", rows=400, columns=[
    ("id", "TEXT", "NONE"),
    ("ts", "TEXT", "NONE"),
    ("actor.profile.names.given", "TEXT", "PERSON_NAME", "nested-json"),
    ("actor.profile.names.family", "TEXT", "PERSON_NAME", "nested-json"),
    ("actor.contact.emails", "TEXT", "EMAIL", "nested-json: list of e-mails"),
    ("actor.contact.mobile", "TEXT", "PHONE", "nested-json"),
    ("device.ip", "TEXT", "IP_ADDRESS", "nested-json: the person's device"),
    ("device.os", "TEXT", "NONE", "shape-alike: OS version 10.0.19045.1234"),
    ("items.sku", "TEXT", "NONE", "list of objects"),
    ("items.qty", "TEXT", "NONE", "list of objects"),
])
def crm_events(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(ALL))
    return {
        "id": f"ev-{i:05d}",
        "ts": ctx.timestamp(),
        "actor": {"profile": {"names": {"given": p.first, "family": p.last}},
                  "contact": {"emails": [p.email] + ([f"{p.first[:1].lower()}{i}@example.org"] if ctx.chance(0.3) else []),
                              "mobile": p.phone}},
        "device": {"ip": ctx.faker("sv_SE").ipv4_public(), "os": f"10.0.{ctx.rng.randint(17000, 22631)}.{ctx.rng.randint(1, 3000)}"},
        "items": [{"sku": f"SK{ctx.rng.randint(1000, 9999)}", "qty": ctx.rng.randint(1, 5)}
                  for _ in range(ctx.rng.randint(1, 3))],
    }


@table(DB, "telemetry/machines.jsonl", rows=500, columns=[
    ("machine", "TEXT", "NONE", "machine id"),
    ("site.city", "TEXT", "NONE", "thing-qi"),
    ("site.country", "TEXT", "NONE", "thing-qi"),
    ("site.geo.lat", "TEXT", "NONE", "thing-qi"),
    ("site.geo.lon", "TEXT", "NONE", "thing-qi"),
    ("net.ip", "TEXT", "NONE", "thing-qi: machine IP"),
    ("fw", "TEXT", "NONE", "shape-alike: version"),
    ("reading", "TEXT", "NONE"),
])
def machines_jsonl(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(EUROPE))
    return {
        "machine": f"MX-{ctx.rng.randint(1, 400):03d}",
        "site": {"city": p.city, "country": p.country_code, "geo": {"lat": p.lat, "lon": p.lon}},
        "net": {"ip": ctx.faker("de_DE").ipv4_private()},
        "fw": ids.version_string(ctx.rng, (10, 11)),
        "reading": round(ctx.rng.gauss(100, 15), 2),
    }
