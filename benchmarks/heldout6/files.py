"""h6_files/: a Maltese dive centre's log (CSV, mt_MT), a Cypriot staging export with cryptic
names (CSV, el_CY), a Sri Lankan tea estate's pluckers (Parquet with list and struct columns,
si_LK), Ethiopian coffee washing stations (JSON Lines, things with a nested manager, am_ET)
and a Venezuelan telecom's support chats (JSON Lines, nested customer and messages, es_VE).
`write(folder, specs, seed, part)` writes them; nested columns declare their flattened leaves."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from benchmarks.heldout3.model import Table, col, make_rows, table
from benchmarks.heldout6 import ids
from benchmarks.heldout6 import makers as m

DIVE_SITES = (("Blue Hole", 36.0535, 14.1887), ("Um El Faroud", 35.8203, 14.4569), ("Cirkewwa Arch", 35.9886, 14.3286),
              ("Santa Marija Caves", 36.0156, 14.3347), ("HMS Maori", 35.9006, 14.5133), ("P29 Patrol Boat", 35.9892, 14.3293))


def dive_log():
    return table("dive_log", 400, "mt_MT", [
        col("log_id", "TEXT", "NONE", lambda r: str(30_000 + r.i)),
        col("diver", "TEXT", "PERSON_NAME", lambda r: m.full_name(r, "mt")),
        col("id_card", "TEXT", "GOV_ID", lambda r: f"{r.rng.randint(1, 999999)}{r.rng.choice('MGALBHPZ')}"),
        col("cert_no", "TEXT", "OTHER_PII", lambda r: f"{r.born:%y%m}{r.rng.choice('ABCDEFGHJK')}{ids.digits(r.rng, 4)}", "other-pii"),
        col("phone", "TEXT", "PHONE", lambda r: m.phone(r, "mt")),
        col("buddy", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{m.other_name(r, 'mt')}, {m.phone(r, 'mt')}", "composite"),
        col("site", "TEXT", "NONE", lambda r: r.rng.choice(DIVE_SITES)[0]),
        col("site_lat", "TEXT", "NONE", lambda r: str(next(s[1] for s in DIVE_SITES if s[0] == r["site"])), "thing-qi"),
        col("site_lon", "TEXT", "NONE", lambda r: str(next(s[2] for s in DIVE_SITES if s[0] == r["site"])), "thing-qi"),
        col("max_depth_m", "TEXT", "NONE", lambda r: str(r.rng.randint(6, 40))),
        col("medical_decl", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("no", "no", "no", "no", "yes - asthma, cleared by doctor", "yes - ear surgery 2023", "yes - takes beta blockers")), "health"),
        col("tank_no", "TEXT", "NONE", lambda r: f"{r.rng.randint(10000, 99999)}", "shape-alike"),
    ])


def _cy_phones(r):
    phones = [m.phone(r, "cy") for _ in range(r.rng.choice((1, 1, 2, 3)))]
    return json.dumps(phones)


def cy_export():
    return table("cy_export", 350, "el_CY", [
        col("f1", "TEXT", "GOV_ID", lambda r: str(r.rng.randint(100000, 1999999)), "cryptic-name"),
        col("f2", "TEXT", "PERSON_NAME", lambda r: m.full_name(r, "cy"), "cryptic-name"),
        col("f3", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.strftime("%d/%m/%Y"), "cryptic-name"),
        col("f4", "TEXT", "CITY", lambda r: m.town(r, "cy")[0], "cryptic-name"),
        col("f5", "TEXT", "POSTAL_CODE", lambda r: next(c for t, c in m.places.TOWNS["cy"] if t == r["f4"]), "cryptic-name"),
        col("f6", "TEXT", "PHONE", _cy_phones, "cryptic-name list"),
        col("f7", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_of(r.rng, "CY"), "cryptic-name"),
        col("f8", "TEXT", "NONE", lambda r: f"{m.amount(r, 5, 900):.2f}", "cryptic-name"),
        col("f9", "TEXT", "GENDER", lambda r: "Γ" if r.sex == "F" else "Α", "cryptic-name"),
        col("f10", "TEXT", "NONE", lambda r: "OK", "constant"),
    ])


ESTATES = ("Pedro", "Mackwoods Labookellie", "Dambatenne", "Glenloch", "Bogawantalawa", "Uva Highlands")


def pluckers():
    return table("pluckers", 500, "si_LK", [
        col("plucker_id", "int", "NONE", lambda r: 1 + r.i),
        col("name", "str", "PERSON_NAME", m.faker_name),
        col("nic", "str", "GOV_ID", lambda r: ids.lk_nic(r.rng, r.born, r.sex)),
        col("estate", "str", "NONE", lambda r: r.rng.choice(ESTATES)),
        col("division", "str", "NONE", lambda r: f"Division {r.rng.choice('ABCDE')}"),
        col("daily_kg", "float", "NONE", lambda r: round(r.rng.uniform(8, 30), 1)),
        col("wage_lkr", "int", "OTHER_PII", lambda r: r.rng.randrange(1350, 1750, 10), "other-pii"),
        col("phones", "list", "PHONE", lambda r: [m.phone(r, "lk") for _ in range(r.rng.choice((1, 1, 2)))], "list"),
        col("next_of_kin", "struct", "", lambda r: {"name": r.fake.name(), "relation": r.rng.choice(("mother", "husband", "wife", "son", "daughter")),
                                                    "phone": m.phone(r, "lk")},
            leaves=((".name", "PERSON_NAME", "nested"), (".relation", "NONE", "nested"), (".phone", "PHONE", "nested"))),
        col("home", "struct", "", lambda r: dict(zip(("town", "province"), m.town(r, "lk"))),
            leaves=((".town", "CITY", "nested"), (".province", "STATE_REGION", "nested"))),
        col("tags", "list", "NONE", lambda r: [f"ridge-{r.rng.randint(1, 12)}", r.rng.choice(("shift-A", "shift-B"))], "list"),
    ])


WOREDAS = ("Yirgacheffe", "Kochere", "Gedeb", "Limu Kosa", "Gera", "Bensa", "Aleta Wondo", "Guji Hambela")


def washing_stations():
    return table("washing_stations", 300, "am_ET", [
        col("station_id", "str", "NONE", lambda r: f"WS-{r.i:03d}"),
        col("woreda", "str", "NONE", lambda r: r.rng.choice(WOREDAS), "thing-qi"),
        col("geo", "struct", "", lambda r: dict(zip(("lat", "lon"), m.near(r, 6.2, 38.2, 1.0))),
            leaves=((".lat", "NONE", "nested thing-qi"), (".lon", "NONE", "nested thing-qi"))),
        col("manager", "struct", "", lambda r: {"name": {"given": m.given(r, "et"), "father": r.rng.choice(m.NAMES["et"][0])},
                                                "phone": m.phone(r, "et")},
            leaves=((".name.given", "PERSON_NAME", "nested partial-format"), (".name.father", "PERSON_NAME", "nested partial-format"),
                    (".phone", "PHONE", "nested"))),
        col("pulper", "struct", "", lambda r: {"model": r.rng.choice(("Penagos 1500", "Pinhalense DPM", "Agrieuro 3")), "fw": m.version(r, 5)},
            leaves=((".model", "NONE", "nested"), (".fw", "NONE", "nested shape-alike"))),
        col("capacity_kg_day", "int", "NONE", lambda r: r.rng.choice((5000, 12000, 20000, 40000))),
        col("altitude_m", "int", "NONE", lambda r: r.rng.randint(1700, 2300)),
    ])


CHAT_PLAIN = ("no tengo señal desde ayer", "quiero cambiar mi plan", "la factura llegó doble", "gracias, ya funciona",
              "¿cuándo vuelve el internet?", "el módem parpadea en rojo", "ok", "necesito un técnico")


def _messages(r):
    texts = [r.rng.choice(CHAT_PLAIN) for _ in range(r.rng.randint(1, 3))]
    if r.p(0.1):
        texts.append(r.rng.choice((f"mi correo es {m.email(r, r.values['customer']['name']['first'], ('gmail.com', 'hotmail.com', 'cantv.net'))}",
                                   f"llámenme al {m.phone(r, 've')}", f"el titular es {m.other_name(r, 've')}")))
    return [{"from": r.rng.choice(("cliente", "agente")), "text": t} for t in texts]


def _customer(r):
    cedula = r.rng.randint(3_000_000, 32_000_000)
    return {"name": {"first": m.given(r, "ve"), "last": m.surname(r, "ve")}, "cedula": f"V-{cedula}",
            "rif": ids.ve_rif_person(cedula), "city": m.town(r, "ve")[0]}


def chats():
    return table("chats", 500, "es_VE", [
        col("chat_id", "str", "NONE", lambda r: f"CH-{r.i:06d}"),
        col("opened_at", "str", "NONE", lambda r: f"{m.day_between(r, dt.date(2026, 9, 1)).isoformat()}T{r.rng.randint(6, 23):02d}:{r.rng.randint(0, 59):02d}:00"),
        col("customer", "struct", "", _customer,
            leaves=((".name.first", "PERSON_NAME", "nested partial-format"), (".name.last", "PERSON_NAME", "nested partial-format"),
                    (".cedula", "GOV_ID", "nested"), (".rif", "GOV_ID", "nested"), (".city", "CITY", "nested"))),
        col("agent", "struct", "", lambda r: {"login": f"ag{r.rng.randint(100, 340)}", "display": m.given(r, "ve")},
            leaves=((".login", "OTHER_PII", "nested other-pii"), (".display", "PERSON_NAME", "nested partial-format"))),
        col("device", "struct", "", lambda r: {"ip": m.public_ip(r), "app": m.version(r, 6)},
            leaves=((".ip", "IP_ADDRESS", "nested"), (".app", "NONE", "nested shape-alike"))),
        col("messages", "list", "", _messages,
            leaves=((".from", "NONE", "nested"), (".text", "FREE_TEXT_PII", "nested free-text"))),
        col("topic", "str", "NONE", lambda r: r.rng.choice(("sin servicio", "facturación", "plan", "técnico"))),
        col("rating", "int", "OPTIONAL", lambda r: r.rng.randint(1, 5), "optional"),
    ])


TABLES = [dive_log, cy_export, pluckers, washing_stations, chats]
PATHS = {"dive_log": "dive_centre/dive_log.csv", "cy_export": "exports/x_cy_0193.csv",
         "pluckers": "tea/pluckers.parquet", "washing_stations": "coffee/stations.jsonl",
         "chats": "support/chats.jsonl"}


def _write_csv(path: Path, spec: Table, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([c.name for c in spec.cols])
        writer.writerows([row[c.name] for c in spec.cols] for row in rows)


def _write_jsonl(path: Path, spec: Table, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps({c.name: row[c.name] for c in spec.cols}, ensure_ascii=False) + "\n")


def _write_parquet(path: Path, spec: Table, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{c.name: row[c.name] for c in spec.cols} for row in rows]), path)


WRITERS = {".csv": _write_csv, ".jsonl": _write_jsonl, ".parquet": _write_parquet}


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    for spec in specs:
        path = folder / PATHS[spec.name]
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[path.suffix](path, spec, make_rows(part, spec, seed))
    return folder
