"""Writers: every format round-trips through load_catalog; every write is atomic."""

import json
import os
import stat

import pyarrow.parquet as pq
import pytest

import piiscan
from piiscan import load_catalog
from piiscan.errors import ConfigError
from piiscan.writers import atomic_target, atomic_write


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    """A real scan with everything a catalog can hold: findings with evidence and examples,
    a column without findings, a table that failed and a source that could not be opened."""
    folder = tmp_path_factory.mktemp("exports")
    (folder / "people.csv").write_text(
        "email,first_name,note,digits\n"
        + "\n".join(f"user{i}@example.org,{['Anna', 'Ben', 'Carla'][i % 3]},n{i},{100000000 + i * 7919}"
                    for i in range(30)) + "\n")
    (folder / "broken.json").write_text("{not json")
    return piiscan.scan(str(folder), str(folder / "missing.csv"), ner=False, jobs=1)


def _document(catalog) -> dict:
    return json.loads(json.dumps(catalog.to_dict()))


def test_the_fixture_holds_everything_a_catalog_can(catalog):
    data = catalog.to_dict()
    assert {s["status"] for s in data["sources"]} == {"scanned", "error"}
    assert {t["status"] for t in data["tables"]} == {"scanned", "error"}
    email = catalog.column("people.csv", "email")
    assert email.findings[0].evidence and email.findings[0].examples and email.distinct == 30
    assert not catalog.column("people.csv", "note").findings
    assert any(getattr(c, "candidates", ()) for c in catalog.columns)  # a near miss (review)


@pytest.mark.parametrize("suffix", ["json", "parquet"])
def test_json_and_parquet_round_trip_whole(catalog, tmp_path, suffix):
    path = catalog.write(tmp_path / f"c.{suffix}")
    assert load_catalog(path).to_dict() == _document(catalog)


def test_csv_round_trips_all_but_settings_and_time(catalog, tmp_path):
    path = catalog.write(tmp_path / "c.csv")
    again = load_catalog(path).to_dict()
    expected = _document(catalog)
    for key in ("settings", "generated_at"):
        expected.pop(key), again.pop(key)
    assert again == expected
    assert "user1@example.org" not in path.read_text()


def test_parquet_rows_are_the_flat_table(catalog, tmp_path):
    table = pq.read_table(catalog.write(tmp_path / "c.parquet"))
    assert table.num_rows == catalog.to_arrow().num_rows
    assert {"category", "distinct", "rule"} <= set(table.column_names)


@pytest.mark.parametrize("content, words", [
    (b"PAR1 not really parquet", "Parquet"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a piiscan catalog"),
    (b'{"version": 1, "columns": [{"table": "t"}]}', "not a piiscan catalog"),
    (b"{broken", "not valid JSON"),
    (b"a,b\n1,2\n", "CSV without piiscan's columns"),
])
def test_load_catalog_refuses_what_it_cannot_read(tmp_path, content, words):
    path = tmp_path / ("x.csv" if content.startswith(b"a,b") else "x.catalog")
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=words):
        load_catalog(path)


def test_parquet_from_another_tool_is_a_config_error(catalog, tmp_path):
    path = tmp_path / "plain.parquet"
    pq.write_table(catalog.to_arrow(), path)
    with pytest.raises(ConfigError, match="metadata"):
        load_catalog(path)


def test_unknown_extension_is_refused_not_written_as_json(catalog, tmp_path):
    with pytest.raises(ConfigError, match="report.html"):
        catalog.write(tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists()
    assert json.loads(catalog.write(tmp_path / "catalog").read_text())["version"] == 1


def test_atomic_write_replaces_and_keeps_permissions(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write(path, "new ✓")
    assert path.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    umask = os.umask(0o027)
    try:
        atomic_write(tmp_path / "sub" / "b.bin", b"\x00\x01")
    finally:
        os.umask(umask)
    assert (tmp_path / "sub" / "b.bin").read_bytes() == b"\x00\x01"
    assert stat.S_IMODE((tmp_path / "sub" / "b.bin").stat().st_mode) == 0o640  # as open() would
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "sub"]


def test_a_write_that_fails_midway_leaves_the_old_file_intact(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text('{"old": true}')
    with pytest.raises(RuntimeError):
        with atomic_target(path) as temp:
            temp.write_text('{"half')
            raise RuntimeError("disk full")
    assert path.read_text() == '{"old": true}'
    assert os.listdir(tmp_path) == ["catalog.json"]


def test_a_catalog_that_cannot_be_encoded_leaves_the_old_file_intact(catalog, tmp_path):
    from dataclasses import replace

    path = catalog.write(tmp_path / "c.json")
    before = path.read_bytes()
    column = replace(catalog.columns[0], table="caf\udce9.csv")  # an undecodable file name
    with pytest.raises(ConfigError, match="cannot write"):
        replace(catalog, columns=(column,)).write(path)
    assert path.read_bytes() == before
