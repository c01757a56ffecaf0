import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piiscan import load_catalog, scan_table
from piiscan.catalog import CATALOG_VERSION, Catalog
from piiscan.errors import ConfigError


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    table = pa.table({
        "email": [f"user{i}@example.com" for i in range(50)],
        "first_name": ["Anna", "Ben", "Carla", "Dieter", "Eva"] * 10,
        "amount": [float(i) for i in range(50)],
        "photo": pa.array([b"\x00\x01"] * 50, pa.binary()),
    })
    return scan_table(table, "people")


def test_every_column_is_listed_found_or_not(catalog):
    assert [c.column for c in catalog] == ["email", "first_name", "amount", "photo"]
    assert catalog.column("people", "photo").status == "scanned"  # its bytes read (detect.binary)
    assert catalog.column("people", "photo").reason.startswith("bytes read: 2-byte values")
    assert not catalog.column("people", "amount").findings


def test_json_contract_fields(catalog, tmp_path):
    path = catalog.write(tmp_path / "c.json")
    data = json.loads(path.read_text())
    assert data["version"] == CATALOG_VERSION == 1
    assert {"generated_at", "sources", "columns", "tables", "settings"} <= set(data)
    assert set(data["sources"][0]) >= {"name", "url"}
    column = next(c for c in data["columns"] if c["column"] == "email")
    assert set(column) >= {"source", "schema", "table", "column", "data_type", "status", "reason",
                           "rows_sampled", "non_null", "findings"}
    finding = column["findings"][0]
    assert set(finding) >= {"entity", "category", "confidence", "match_ratio", "evidence", "examples"}
    assert finding["category"] == "EMAIL" and 0 < finding["confidence"] <= 1
    assert 1 <= len(finding["examples"]) <= 3 and all("*" in e for e in finding["examples"])


def test_json_round_trip(catalog, tmp_path):
    path = catalog.write(tmp_path / "c.json")
    again = load_catalog(path)
    assert again.to_dict()["columns"] == catalog.to_dict()["columns"]


def test_csv_and_parquet_writers(catalog, tmp_path):
    csv_path = catalog.write(tmp_path / "c.csv")
    header = csv_path.read_text().splitlines()[0]
    assert '"category"' in header and '"confidence"' in header
    parquet = pq.read_table(catalog.write(tmp_path / "c.parquet"))
    assert parquet.num_rows == catalog.to_arrow().num_rows
    assert set(parquet.column("category").to_pylist()) >= {"EMAIL", "PERSON_NAME", None}


def test_filters_and_views(catalog):
    assert [c.column for c in catalog.pii()] == ["email", "first_name"]
    assert [c.column for c in catalog.filter(category="EMAIL")] == ["email"]
    assert len(catalog.filter(table="nope")) == 0
    frame = catalog.to_pandas()
    assert set(frame["column"]) == {"email", "first_name", "amount", "photo"}
    html = catalog._repr_html_()
    assert "<table>" in html and "EMAIL" in html and "user0@example.com" not in html
    assert catalog.summary()["by_category"] == {"EMAIL": 1, "PERSON_NAME": 1}


def test_unknown_version_and_format_are_refused(catalog, tmp_path):
    with pytest.raises(ConfigError, match="version"):
        Catalog.from_dict({"version": 99})
    with pytest.raises(ConfigError, match="format"):
        catalog.write(tmp_path / "c.xml", "xml")
