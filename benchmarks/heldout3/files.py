"""h3_files/: CSV, Parquet and JSON Lines files. Dotted column names become nested objects
(JSON Lines) or structs (Parquet); a column with `leaves` holds a list of objects and is
labelled per leaf, as piiscan's file sources flatten them (docs/sources.md)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import uuid
from pathlib import Path

from benchmarks.heldout3.makers import (
    day, fake, first_name, full_name, ipv4, last_name, num, pick, recent, seq, text_with_pii, version4)
from benchmarks.heldout3.model import Table, col, make_rows, table

PATHS = {"weather_stations": "stations/weather_stations.csv", "collection": "museum/collection.parquet",
         "profiles": "dating/profiles.jsonl", "scan_events": "parcels/scan_events.jsonl",
         "checkins": "gym/checkins.csv"}


def weather_stations():
    return table("weather_stations", 400, "sv_SE", [
        col("station_id", "TEXT", "NONE", lambda r: f"SMHI-{r.rng.randint(10000, 99999)}"),
        col("name", "TEXT", "NONE", lambda r: f"{r.fake.city()} {r.rng.choice(('A', 'D', 'Flygplats', 'Hamn'))}", "lying-name"),
        col("latitude", "TEXT", "NONE", num(55.3, 69.0, 4), "thing-qi"),
        col("longitude", "TEXT", "NONE", num(11.0, 24.1, 4), "thing-qi"),
        col("postcode", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 984)} {r.rng.randint(0, 99):02d}", "thing-qi"),
        col("country", "TEXT", "NONE", pick("SE", "SE", "SE", "NO", "FI"), "thing-qi"),
        col("logger_ip", "TEXT", "NONE", ipv4(), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("last_seen", "TEXT", "NONE", recent(30)),
        col("observer", "TEXT", "PERSON_NAME", full_name),
    ])


def collection():
    return table("collection", 500, "fr_FR", [
        col("inv_no", "TEXT", "NONE", lambda r: f"MO.{1900 + r.rng.randint(0, 125)}.{r.i + 1}"),
        col("title", "TEXT", "NONE", lambda r: r.rng.choice(("Vase à décor floral", "Paysage d'hiver", "Portrait d'une dame", "Coffret en ivoire", "Nature morte aux fruits"))),
        col("artist", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("Anonyme", "Atelier de Limoges", "Claude Monet", "Berthe Morisot", "Camille Pissarro")), "optional"),
        col("acquired.date", "TEXT", "NONE", day(dt.date(1920, 1, 1), dt.date(2025, 12, 31)), "nested"),
        col("acquired.mode", "TEXT", "NONE", pick("don", "legs", "achat", "dation"), "nested"),
        col("acquired.donor.given", "TEXT", "PERSON_NAME", first_name, "nested partial-format"),
        col("acquired.donor.family", "TEXT", "PERSON_NAME", last_name, "nested partial-format"),
        col("acquired.donor.city", "TEXT", "CITY", fake("city"), "nested"),
        col("location.room", "TEXT", "NONE", lambda r: f"Salle {r.rng.randint(1, 40)}", "nested"),
        col("location.geom", "TEXT", "NONE", lambda r: f"POINT({2.33 + r.rng.uniform(0, 0.01):.5f} {48.86 + r.rng.uniform(0, 0.01):.5f})", "nested thing-qi"),
        col("tags", "TEXT", "NONE", lambda r: r.rng.sample(["XIXe", "peinture", "céramique", "dépôt", "restauré", "réserve"], 2), "list"),
        col("loans", "TEXT", "NONE", lambda r: [{"borrower": r.rng.choice(("Musée d'Orsay", "Louvre-Lens", "MuCEM")), "year": r.rng.randint(1990, 2025)} for _ in range(r.rng.randint(1, 2))],
            leaves=((".borrower", "NONE", "nested list"), (".year", "NONE", "nested list"))),
    ])


def profiles():
    clean = ("Люблю гори і каву", "Шукаю серйозні стосунки", "Подорожі, книги, спорт", "Пишіть, не соромтеся",
             "Собачник і любитель кіно", "Працюю в IT, люблю велосипед")
    dirty = (lambda r: f"Пиши мені в телеграм {r.fake.phone_number()}", lambda r: f"Моя пошта {r.fake.free_email()}",
             lambda r: f"Я {full_name(r)}, знайди мене в інстаграмі")
    return table("profiles", 600, "uk_UA", [
        col("profile_id", "TEXT", "NONE", lambda r: f"p_{r.rng.randint(10**9, 10**10 - 1)}"),
        col("handle", "TEXT", "OTHER_PII", fake("user_name"), "other-pii"),
        col("display_name", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("birth.date", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.isoformat(), "nested"),
        col("about.gender", "TEXT", "GENDER", lambda r: "жінка" if r.sex == "F" else "чоловік", "nested"),
        col("about.orientation", "TEXT", "OTHER_PII", pick("гетеро", "гей", "лесбійка", "бі", weights=(10, 1, 1, 1)), "nested other-pii"),
        col("about.height_cm", "TEXT", "OTHER_PII", num(150, 200), "nested other-pii"),
        col("about.bio", "TEXT", "FREE_TEXT_PII", text_with_pii(0.15, clean, dirty), "nested free-text"),
        col("location.city", "TEXT", "CITY", pick("Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця"), "nested"),
        col("location.lat", "TEXT", "GEO_COORDINATES", num(46.3, 51.5, 5), "nested"),
        col("location.lon", "TEXT", "GEO_COORDINATES", num(23.0, 38.0, 5), "nested"),
        col("matches", "TEXT", "PERSON_NAME", lambda r: [{"name": full_name(r), "at": recent(600)(r)} for _ in range(r.rng.randint(1, 3))],
            leaves=((".name", "PERSON_NAME", "nested list"), (".at", "NONE", "nested list"))),
        col("last_ip", "TEXT", "IP_ADDRESS", ipv4()),
        col("device.ad_id", "TEXT", "OTHER_PII", lambda r: str(uuid.UUID(bytes=r.rng.randbytes(16), version=4)), "nested device-id"),
        col("device.model", "TEXT", "NONE", pick("iPhone 15", "Galaxy S24", "Pixel 8", "Redmi Note 13"), "nested"),
        col("device.app_version", "TEXT", "NONE", version4, "nested shape-alike"),
    ])


def scan_events():
    return table("scan_events", 800, "nl_NL", [
        col("event_id", "TEXT", "NONE", seq(1_000_000)),
        col("parcel", "TEXT", "NONE", lambda r: f"3S{r.fake.lexify('????').upper()}{r.rng.randint(10**8, 10**9 - 1)}"),
        col("ts", "TEXT", "NONE", recent(60, "%Y-%m-%dT%H:%M:%SZ")),
        col("scanner.id", "TEXT", "NONE", lambda r: f"SC-{r.rng.randint(100, 999)}", "nested"),
        col("scanner.ip", "TEXT", "NONE", ipv4(private=True), "nested thing-qi"),
        col("scanner.depot.postcode", "TEXT", "NONE", lambda r: f"{r.rng.randint(1000, 9999)} {r.fake.lexify('??').upper()}", "nested thing-qi"),
        col("scanner.depot.city", "TEXT", "NONE", pick("Amsterdam", "Utrecht", "Zwolle", "Tilburg"), "nested thing-qi"),
        col("hub.lat", "TEXT", "NONE", num(50.8, 53.4, 5), "nested thing-qi"),
        col("hub.lon", "TEXT", "NONE", num(3.4, 7.2, 5), "nested thing-qi"),
        col("recipient.name", "TEXT", "PERSON_NAME", full_name, "nested"),
        col("recipient.house_number", "TEXT", "STREET_ADDRESS", lambda r: str(r.rng.randint(1, 250)), "nested partial-format"),
    ])


def checkins():
    clean = ("brought own towel", "late entry", "class: spin 18:00", "locker 12 jammed", "guest pass used", "ok")
    dirty = (lambda r: f"came with friend {full_name(r)}", lambda r: f"call back on {r.rng.choice(('082', '072', '083'))} {r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}",
             lambda r: f"send invoice to {r.fake.free_email()}")
    return table("checkins", 700, "zu_ZA", [
        col("checkin_id", "TEXT", "NONE", seq(1)),
        col("member_no", "TEXT", "NONE", lambda r: f"GYM{r.rng.randint(1, 500):05d}"),
        col("at", "TEXT", "NONE", recent(90)),
        col("front_desk_note", "TEXT", "FREE_TEXT_PII", text_with_pii(0.18, clean, dirty), "free-text"),
        col("trainer_comment", "TEXT", "NONE", pick("good form", "increase weight next time", "rest day advised", "stretch more"), "free-text-none"),
        col("badge", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}-{r.rng.randint(1000, 9999)}", "shape-alike"),
    ])


TABLES = (weather_stations, collection, profiles, scan_events, checkins)


def _nest(row: dict) -> dict:
    out: dict = {}
    for name, value in row.items():
        *parents, leaf = name.split(".")
        target = out
        for key in parents:
            target = target.setdefault(key, {})
        target[leaf] = value
    return out


def write(folder: Path, tables: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder`; returns `folder`."""
    for spec in tables:
        path = folder / PATHS[spec.name]
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = make_rows(part, spec, seed)
        if path.suffix == ".csv":
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow([c.name for c in spec.cols])
                writer.writerows([["" if row[c.name] is None else str(row[c.name]) for c in spec.cols] for row in rows])
        elif path.suffix == ".jsonl":
            lines = [json.dumps(_nest(row), ensure_ascii=False) for row in rows]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist([_nest(row) for row in rows]), path)
    return folder
