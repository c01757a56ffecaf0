"""Hostile files: one bad file, column or value never ends a scan (issue 9 items 1, 2, 7).

Each case is a real file written in tmp_path and scanned through `piiscan.scan()`; the
scan must go on, record what went wrong (status and reason) and carry no raw value.
"""

from __future__ import annotations

import codecs
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import piiscan

CANARY = "zq7.canary@example.com"


def scan(path, **options):
    return piiscan.scan(str(path), ner=False, jobs=1, **options)


def columns(catalog, table=None):
    return {c.column: c for c in catalog.columns if table is None or c.table == table}


def test_duplicate_and_empty_csv_headers_are_renamed_and_scanned(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("email,email,,\n" + "".join(f"u{i}@example.org,v{i}@example.org,x,y\n" for i in range(10)))
    catalog = scan(path)
    (table,) = catalog.tables
    assert table.status == "scanned" and "renamed" in table.reason
    found = columns(catalog)
    assert list(found) == ["email", "email (2)", "column_3", "column_4"]
    assert found["email"].categories == ("EMAIL",) and found["email (2)"].categories == ("EMAIL",)


def test_duplicate_parquet_columns_are_renamed_and_scanned(tmp_path):
    path = tmp_path / "dup.parquet"
    emails = pa.array([f"u{i}@example.org" for i in range(10)])
    pq.write_table(pa.table([emails, emails], names=["email", "email"]), path)
    catalog = scan(path)
    assert [c.column for c in catalog.columns] == ["email", "email (2)"]
    assert all(c.categories == ("EMAIL",) for c in catalog.columns)


def test_a_value_of_a_thousand_brackets_in_a_csv_does_not_end_the_scan(tmp_path):
    path = tmp_path / "deep.csv"
    path.write_text("note,email\n" + "".join("[" * 1000 + f",u{i}@example.org\n" for i in range(10)))
    catalog = scan(path)
    assert catalog.tables[0].status == "scanned"
    found = columns(catalog)
    assert found["note"].status == "scanned" and found["email"].categories == ("EMAIL",)


def test_invalid_utf8_in_a_parquet_string_column_is_that_column_s_error(tmp_path):
    path = tmp_path / "bad.parquet"
    raw = pa.array([b"ok@example.org", b"\xff\xfe" + CANARY.encode()], pa.binary())
    text = pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())  # Parquet keeps the bytes
    pq.write_table(pa.table({"email": text, "n": [1, 2]}), path)
    catalog = scan(path)
    found = columns(catalog)
    assert found["email"].status == "error" and "UTF-8" in found["email"].reason
    assert found["n"].status == "scanned"
    assert CANARY not in json.dumps(catalog.to_dict())


def test_a_file_name_that_is_not_utf8_is_scanned_with_an_escaped_name(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "ok.csv").write_text("email\na@example.org\n")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.csv"), "wb") as handle:
        handle.write(b"email\nb@example.org\n")
    catalog = scan(folder)
    names = {t.table: t for t in catalog.tables}
    assert set(names) == {"caf\\xe9.csv", "ok.csv"}
    assert names["caf\\xe9.csv"].status == "scanned" and "not valid UTF-8" in names["caf\\xe9.csv"].reason
    assert columns(catalog, "caf\\xe9.csv")["email"].categories == ("EMAIL",)
    catalog.write(tmp_path / "catalog.json")  # the name can be written
    catalog.write(tmp_path / "catalog.csv")


def test_a_headerless_csv_keeps_its_first_row_out_of_the_column_names(tmp_path):
    path = tmp_path / "headerless.csv"
    path.write_text(f"Jane Doe,{CANARY},555-0100-2233\n" + "".join(
        f"Person {i},u{i}@example.org,555-0100-{i:04d}\n" for i in range(10)))
    catalog = scan(path)
    assert [c.column for c in catalog.columns] == ["column_1", "column_2", "column_3"]
    assert "no header row" in catalog.tables[0].reason
    assert columns(catalog)["column_2"].categories == ("EMAIL",)
    assert CANARY not in json.dumps(catalog.to_dict())


def test_a_header_of_years_is_still_a_header(tmp_path):
    path = tmp_path / "pivot.csv"
    path.write_text("2023,2024\n1,2\n3,4\n")
    assert [c.column for c in scan(path).columns] == ["2023", "2024"]


def test_json_keys_that_are_personal_data_are_masked_in_column_names(tmp_path):
    path = tmp_path / "by_email.json"
    records = [{"id": i, "contacts": {f"u{i}.{CANARY}": {"phone": "+1 212 555 0147"}}} for i in range(5)]
    path.write_text(json.dumps(records))
    catalog = scan(path)
    text = json.dumps(catalog.to_dict())
    assert "canary" not in text and "zq7" not in text
    assert "masked" in catalog.tables[0].reason
    assert any(c.column.startswith("contacts.u") and c.column.endswith(".phone") for c in catalog.columns)


def test_json_keys_inside_a_json_text_column_are_masked_in_paths():
    values = [json.dumps({CANARY: {"email": f"u{i}@example.org"}}) for i in range(20)]
    catalog = piiscan.scan_table(pa.table({"payload": values}), ner=False)
    text = json.dumps(catalog.to_dict())
    assert "canary" not in text and "zq7" not in text
    (finding,) = catalog.columns[0].findings
    assert finding.category == "EMAIL" and finding.path == "z**.c*****@e******.c**.email"
    assert "masked in paths" in catalog.columns[0].reason


def test_a_csv_cell_of_three_megabytes_is_valid(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text('note,email\n"' + "x" * 3_000_000 + '",a@example.org\nshort,b@example.org\n')
    catalog = scan(path)
    assert catalog.tables[0].status == "scanned" and catalog.tables[0].rows_sampled == 2
    assert columns(catalog)["email"].categories == ("EMAIL",)


def test_a_json_lines_file_with_one_bad_line_records_it_and_reads_the_rest(tmp_path):
    path = tmp_path / "events.jsonl"
    lines = [json.dumps({"email": f"u{i}@example.org"}) for i in range(20)]
    lines.insert(7, '{"email": "' + CANARY + '",')  # broken JSON quoting a value
    path.write_text("\n".join(lines) + "\n")
    for sample_size in (1000, 5):  # found whether the bad line is sampled or not
        catalog = scan(path, sample_size=sample_size)
        (table,) = catalog.tables
        assert table.status == "scanned" and "1 line(s) not valid JSON" in table.reason
        assert "line 8" in table.reason and "canary" not in table.reason
        assert table.rows_total == 20
        assert columns(catalog)["email"].categories == ("EMAIL",)


def test_utf16_json_lines_with_a_bom_are_read(tmp_path):
    path = tmp_path / "utf16.jsonl"
    text = "".join(json.dumps({"email": f"u{i}@example.org", "city": "Zürich"}) + "\n" for i in range(10))
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    catalog = scan(path)
    assert catalog.tables[0].status == "scanned" and catalog.tables[0].rows_sampled == 10
    assert columns(catalog)["email"].categories == ("EMAIL",)


def test_a_header_only_csv_keeps_its_columns(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("email,name\n")
    catalog = scan(path)
    assert catalog.tables[0].status == "scanned"
    assert [(c.column, c.non_null) for c in catalog.columns] == [("email", 0), ("name", 0)]


def test_nested_parquet_lists_and_maps_holding_emails_and_ssns_get_findings(tmp_path):
    path = tmp_path / "nested.parquet"
    n = 30
    table = pa.table({
        "emails": pa.array([[f"u{i}@example.org", f"v{i}@example.com"] for i in range(n)]),
        "attributes": pa.array([[("ssn", f"{100 + i:03d}-{10 + i % 80:02d}-{1000 + i:04d}")] for i in range(n)],
                               pa.map_(pa.string(), pa.string())),
        "people": pa.array([[{"mail": f"w{i}@example.net"}] for i in range(n)]),
    })
    pq.write_table(table, path)
    found = columns(scan(path))
    assert found["emails"].categories == ("EMAIL",)
    assert found["people.mail"].categories == ("EMAIL",)
    assert found["attributes.value"].categories == ("GOV_ID",)


def test_one_bad_file_among_good_ones_exits_one_and_keeps_the_others(tmp_path):
    from click.testing import CliRunner

    from piiscan.cli import main

    (tmp_path / "good.csv").write_text("email\na@example.org\n")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 " + CANARY.encode() + b" not parquet")
    out = tmp_path / "catalog.json"
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--no-ner", "-o", str(out), "-q", "--exclude", "catalog.json"])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text())
    assert {t["table"]: t["status"] for t in data["tables"]} == {"bad.parquet": "error", "good.csv": "scanned"}
    assert CANARY not in result.output and CANARY not in out.read_text()


@pytest.mark.parametrize("value", ["[" * 1000, "[" * 5000 + "]" * 5000, '{"a":' * 3000])
def test_json_text_cells_nested_past_the_recursion_limit_are_scanned_as_text(value):
    values = [value] * 9 + ["u0@example.org"]
    catalog = piiscan.scan_table(pa.table({"v": values, "email": [f"e{i}@example.org" for i in range(10)]}), ner=False)
    found = columns(catalog)
    assert found["v"].status in ("scanned", "error") and found["email"].categories == ("EMAIL",)


def test_a_folder_whose_path_is_not_utf8_is_scanned_and_written(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"d\xe9p\xf4t")
    os.mkdir(folder)
    with open(os.path.join(folder, b"people.csv"), "wb") as handle:
        handle.write(b"email\na@example.org\n")
    catalog = scan(os.fsdecode(folder))
    assert catalog.sources[0].url.endswith("d\\xe9p\\xf4t")
    assert columns(catalog)["email"].categories == ("EMAIL",)
    catalog.write(tmp_path / "catalog.json")


def test_json_files_nested_past_the_recursion_limit_are_recorded(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"a":' * 5000 + "1" + "}" * 5000 + '\n{"email": "a@example.org"}\n')
    (tmp_path / "ok.csv").write_text("email\na@example.org\n")
    catalog = scan(tmp_path)
    found = tables(catalog)
    assert found["deep.json"].status == "error" and "nested" in found["deep.json"].reason
    assert found["deep.jsonl"].status == "scanned" and "1 line(s) not valid JSON" in found["deep.jsonl"].reason
    assert found["ok.csv"].status == "scanned"


def tables(catalog):
    return {t.table: t for t in catalog.tables}
