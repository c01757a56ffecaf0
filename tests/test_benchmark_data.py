"""The labelled benchmark datasets: complete labels, determinism, valid identifiers."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

from stdnum import iban, luhn  # noqa: E402
from stdnum.br import cpf  # noqa: E402
from stdnum.de import idnr  # noqa: E402
from stdnum.es import dni, nie  # noqa: E402
from stdnum.fr import nir  # noqa: E402
from stdnum.in_ import aadhaar  # noqa: E402
from stdnum.it import codicefiscale  # noqa: E402
from stdnum.nl import bsn  # noqa: E402
from stdnum.us import ssn  # noqa: E402

from benchmarks.generate import build_accuracy_dataset, build_speed_dataset, main  # noqa: E402
from benchmarks.values import LABEL_HEADER, LABELS  # noqa: E402

UK_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
NATIONAL_ID_BY_COUNTRY = {
    "US": ssn.is_valid,
    "GB": lambda v: bool(UK_NINO.fullmatch(v)),
    "IT": codicefiscale.is_valid,
    "NL": bsn.is_valid,
    "BR": cpf.is_valid,
    "IN": aadhaar.is_valid,
}


def any_national_id(value: str) -> bool:
    checks = [*NATIONAL_ID_BY_COUNTRY.values(), dni.is_valid, nie.is_valid, nir.is_valid, idnr.is_valid]
    return any(check(value) for check in checks)


@pytest.fixture(scope="module")
def accuracy(tmp_path_factory) -> dict[str, Path]:
    return build_accuracy_dataset(tmp_path_factory.mktemp("accuracy"), seed=0, rows=30)


@pytest.fixture(scope="module")
def speed(tmp_path_factory) -> Path:
    return build_speed_dataset(tmp_path_factory.mktemp("speed") / "speed.sqlite", columns=100, rows=50, seed=0)


def read_labels(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == LABEL_HEADER
        return list(reader)


def sqlite_columns(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    columns = [(t, row[1]) for t in tables for row in con.execute(f'PRAGMA table_info("{t}")')]
    con.close()
    return columns


def column_values(path: Path, table: str, column: str) -> list:
    con = sqlite3.connect(path)
    values = [r[0] for r in con.execute(f'SELECT "{column}" FROM "{table}"')]
    con.close()
    return values


def jsonl_paths(doc: dict, prefix: str = "") -> set[str]:
    paths = set()
    for key, value in doc.items():
        if isinstance(value, dict):
            paths |= jsonl_paths(value, f"{prefix}{key}.")
        else:
            paths.add(prefix + key)
    return paths


def test_accuracy_dataset_writes_all_files(accuracy):
    for key in ("sqlite", "labels", "files", "files_labels", "csv", "jsonl"):
        assert accuracy[key].exists(), key
    assert accuracy["labels"].name == "bench_labels.csv"
    assert accuracy["files_labels"].name == "files_labels.csv"


@pytest.mark.parametrize("dataset", ["accuracy", "speed"])
def test_every_sqlite_column_has_exactly_one_label(dataset, accuracy, speed):
    db = accuracy["sqlite"] if dataset == "accuracy" else speed
    labels_path = accuracy["labels"] if dataset == "accuracy" else speed.with_name("speed_labels.csv")
    labelled = [(r["table"], r["column"]) for r in read_labels(labels_path)]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == sorted(sqlite_columns(db))


def test_every_file_column_has_exactly_one_label(accuracy):
    labelled: dict[str, list[str]] = {}
    for row in read_labels(accuracy["files_labels"]):
        labelled.setdefault(row["table"], []).append(row["column"])
    assert set(labelled) == {"customers_export.csv", "orders.jsonl"}

    with accuracy["csv"].open(newline="", encoding="latin-1") as fh:
        header = next(csv.reader(fh, delimiter=";"))
    assert header == labelled["customers_export.csv"]

    with accuracy["jsonl"].open(encoding="utf-8") as fh:
        paths = set().union(*(jsonl_paths(json.loads(line)) for line in fh))
    assert sorted(paths) == sorted(labelled["orders.jsonl"])


def test_csv_export_is_latin1_with_semicolons(accuracy):
    raw = accuracy["csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    first_line = raw.decode("latin-1").splitlines()[0]
    assert first_line.count(";") == 12 and "prénom" in first_line


@pytest.mark.parametrize("which", ["labels", "files_labels", "speed"])
def test_labels_are_in_the_vocabulary(which, accuracy, speed):
    path = speed.with_name("speed_labels.csv") if which == "speed" else accuracy[which]
    for row in read_labels(path):
        assert set(row["label"].split("|")) <= LABELS, row


def test_accuracy_dataset_is_about_forty_percent_pii(accuracy):
    labels = [r["label"] for r in read_labels(accuracy["labels"])]
    pii = sum(label not in ("NONE", "OPTIONAL") for label in labels)
    assert 0.35 <= pii / len(labels) <= 0.5
    assert len({r["table"] for r in read_labels(accuracy["labels"])}) >= 12


def test_speed_dataset_spreads_columns_over_tables_of_fifty(speed):
    columns = sqlite_columns(speed)
    assert len(columns) == 100
    assert {t for t, _ in columns} == {"speed_t001", "speed_t002"}
    assert len(column_values(speed, "speed_t001", "id")) == 50
    labels = [r["label"] for r in read_labels(speed.with_name("speed_labels.csv"))]
    assert 0.3 <= sum(label != "NONE" for label in labels) / len(labels) <= 0.4


def test_cli_speed_writes_a_partial_last_table(tmp_path):
    main(["speed", str(tmp_path), "--columns", "60", "--rows", "5"])
    columns = sqlite_columns(tmp_path / "speed.sqlite")
    assert [sum(t == name for t, _ in columns) for name in ("speed_t001", "speed_t002")] == [50, 10]
    assert (tmp_path / "speed_labels.csv").exists()


def test_same_seed_gives_identical_data(tmp_path, accuracy):
    again = build_accuracy_dataset(tmp_path / "again", seed=0, rows=30)
    for key in ("labels", "files_labels", "csv", "jsonl"):
        assert again[key].read_bytes() == accuracy[key].read_bytes(), key
    for table in {t for t, _ in sqlite_columns(accuracy["sqlite"])}:
        query = f'SELECT * FROM "{table}" LIMIT 5'
        first, second = (sqlite3.connect(p).execute(query).fetchall() for p in (accuracy["sqlite"], again["sqlite"]))
        assert first == second, table


def test_same_seed_gives_identical_data_in_another_process(tmp_path, accuracy):
    """Guards against Faker providers whose choices follow set order (PYTHONHASHSEED)."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-m", "benchmarks.generate", "accuracy", str(tmp_path), "--rows", "30"]
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    for name in ("bench_labels.csv", "files/customers_export.csv", "files/orders.jsonl"):
        assert (tmp_path / name).read_bytes() == (accuracy["labels"].parent / name).read_bytes(), name
    for table in {t for t, _ in sqlite_columns(accuracy["sqlite"])}:
        query = f'SELECT * FROM "{table}"'
        first, second = (sqlite3.connect(p).execute(query).fetchall() for p in (accuracy["sqlite"], tmp_path / "bench.sqlite"))
        assert first == second, table


def test_other_seed_gives_other_data(tmp_path, accuracy):
    other = build_accuracy_dataset(tmp_path / "other", seed=1, rows=30)
    assert other["jsonl"].read_bytes() != accuracy["jsonl"].read_bytes()
    assert column_values(other["sqlite"], "clientes", "dni") != column_values(accuracy["sqlite"], "clientes", "dni")


def test_speed_dataset_is_deterministic(tmp_path, speed):
    again = build_speed_dataset(tmp_path / "speed.sqlite", columns=100, rows=50, seed=0)
    assert again.with_name("speed_labels.csv").read_bytes() == speed.with_name("speed_labels.csv").read_bytes()
    query = 'SELECT * FROM "speed_t002" LIMIT 5'
    assert sqlite3.connect(again).execute(query).fetchall() == sqlite3.connect(speed).execute(query).fetchall()


@pytest.mark.parametrize(
    "table, column, is_valid",
    [
        ("clientes", "dni", lambda v: dni.is_valid(v) or nie.is_valid(v)),
        ("kunden", "Steuer_ID", idnr.is_valid),
        ("clients_fr", "nir", nir.is_valid),
        ("hr_medical", "notes", ssn.is_valid),
        ("legacy_import", "attr4", cpf.is_valid),
        ("kunden", "IBAN", iban.is_valid),
        ("hr_employees", "iban", iban.is_valid),
        ("payments", "iban", iban.is_valid),
        ("legacy_import", "f1", iban.is_valid),
    ],
)
def test_generated_identifiers_validate(accuracy, table, column, is_valid):
    values = column_values(accuracy["sqlite"], table, column)
    assert values and all(is_valid(v) for v in values), [v for v in values if not is_valid(v)]


def test_hr_national_ids_validate_for_their_country(accuracy):
    con = sqlite3.connect(accuracy["sqlite"])
    rows = con.execute("SELECT country_code, national_id FROM hr_employees").fetchall()
    con.close()
    assert {country for country, _ in rows} <= set(NATIONAL_ID_BY_COUNTRY)
    assert all(NATIONAL_ID_BY_COUNTRY[country](value) for country, value in rows), rows


def test_card_numbers_pass_luhn_unless_masked(accuracy):
    values = column_values(accuracy["sqlite"], "payments", "card_number")
    numbers = [re.sub(r"[ -]", "", v) for v in values if not v.startswith("*")]
    assert numbers and all(luhn.is_valid(n) for n in numbers)
    displays = column_values(accuracy["sqlite"], "payments", "card_display")
    assert all(re.fullmatch(r"\*{4} \*{4} \*{4} \d{4}", v) for v in displays)


def test_speed_identifiers_validate(speed):
    validators = {"GOV_ID": any_national_id, "BANK_ACCOUNT": iban.is_valid, "PAYMENT_CARD": lambda v: luhn.is_valid(re.sub(r"[ -]", "", v))}
    checked = 0
    for row in read_labels(speed.with_name("speed_labels.csv")):
        if row["label"] in validators:
            values = column_values(speed, row["table"], row["column"])
            assert all(validators[row["label"]](v) for v in values), row
            checked += 1
    assert checked > 0


def test_mostly_null_column_is_mostly_null_but_not_empty(tmp_path):
    paths = build_accuracy_dataset(tmp_path, seed=0, rows=300)
    values = column_values(paths["sqlite"], "newsletter", "secondary_email")
    filled = [v for v in values if v is not None]
    assert 0 < len(filled) <= 0.1 * len(values)
    assert all("@" in v for v in filled)
