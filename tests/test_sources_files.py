"""FileSource on real CSV, TSV, Parquet, JSON and JSON Lines files written in tmp_path."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piiscan.errors import SourceError, TableError
from piiscan.sampling import Reservoir, reservoir_sample
from piiscan.sources import SourceOptions, open_source
from piiscan.sources.files import FileSource, flatten_record


def sample_of(path: Path, size: int = 100, **options):
    source = open_source(str(path), SourceOptions(**options))
    (table,) = list(source.tables())
    return source.sample(table, size)


def test_csv_with_semicolons_keeps_zip_codes_as_strings(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name;zip;email\nAnna;01234;anna@example.org\nBo;00099;bo@example.org\n", encoding="utf-8")
    sample = sample_of(path)
    assert sample.table.name == "people.csv" and sample.table.kind == "file"
    assert sample.data.column_names == ["name", "zip", "email"]
    assert sample.data.column("zip").to_pylist() == ["01234", "00099"]
    assert all(pa.types.is_string(t) for t in sample.data.schema.types)
    assert (sample.method, sample.rows_total) == ("full", 2)


def test_tsv_and_pipe_delimiters_are_sniffed(tmp_path):
    (tmp_path / "a.tsv").write_text("id\tphone\n1\t+49 30 1234567\n2\t+33 1 23 45 67 89\n")
    (tmp_path / "b.txt").write_text("id|city\n1|Berlin\n2|Paris\n")
    source = FileSource(tmp_path)
    samples = {t.name: source.sample(t, 10) for t in source.tables()}
    assert samples["a.tsv"].data.column("phone").to_pylist() == ["+49 30 1234567", "+33 1 23 45 67 89"]
    assert samples["b.txt"].data.column_names == ["id", "city"]


def test_utf8_bom_is_stripped_from_the_first_column_name(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfname,city\nZo\xc3\xab,K\xc3\xb6ln\n")
    sample = sample_of(path)
    assert sample.data.column_names == ["name", "city"]
    assert sample.data.to_pylist() == [{"name": "Zoë", "city": "Köln"}]


def test_latin1_file_is_transcoded(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("nom,ville\nJérôme,Besançon\nAnaïs,Orléans\n".encode("latin-1"))
    sample = sample_of(path)
    assert sample.data.column("nom").to_pylist() == ["Jérôme", "Anaïs"]


def test_utf8_head_with_latin1_further_on_is_read_as_latin1(tmp_path):
    path = tmp_path / "mixed.csv"
    body = "".join(f"row{i},plain\n" for i in range(40_000)).encode()
    path.write_bytes(b"a,b\n" + body + "Jérôme,x\n".encode("latin-1"))
    sample = sample_of(path, size=50_000)
    assert "Jérôme" in sample.data.column("a").to_pylist()


def test_gzipped_csv_is_read(tmp_path):
    path = tmp_path / "people.csv.gz"
    path.write_bytes(gzip.compress(b"email\na@example.org\n"))
    assert sample_of(path).data.to_pylist() == [{"email": "a@example.org"}]


def test_large_csv_is_reservoir_sampled_reproducibly(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("id,value\n" + "".join(f"{i},v{i}\n" for i in range(20_000)))
    first, second = sample_of(path, size=200), sample_of(path, size=200)
    ids = [int(v) for v in first.data.column("id").to_pylist()]
    assert (first.method, first.rows_total, len(ids)) == ("reservoir", 20_000, 200)
    assert len(set(ids)) == 200 and max(ids) > 10_000  # not just the head of the file
    assert first.data.equals(second.data)


def test_malformed_csv_raises_table_error_without_row_content(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\nsecret@example.org,3,4,5\n")
    with pytest.raises(TableError) as caught:
        sample_of(path)
    message = str(caught.value)
    assert "bad.csv" in message and "malformed CSV" in message
    assert "secret" not in message and "\n" not in message


def test_empty_csv_gives_an_empty_sample(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    sample = sample_of(path)
    assert sample.data.num_rows == 0


def test_parquet_samples_rows_and_flattens_structs(tmp_path):
    path = tmp_path / "customers.parquet"
    table = pa.table(
        {
            "id": list(range(1000)),
            "customer": [{"email": f"u{i}@example.org", "zip": f"{i:05d}"} for i in range(1000)],
            "photo": [b"\x00\x01"] * 1000,
        }
    )
    pq.write_table(table, path, row_group_size=100)
    sample = sample_of(path, size=50)
    assert sample.data.column_names == ["id", "customer.email", "customer.zip", "photo"]
    assert [c.name for c in sample.columns if c.binary] == ["photo"]
    assert sample.data.column("photo")[0].as_py() == {"prefix": b"\x00\x01", "length": 2}
    assert (sample.method, sample.rows_total, sample.data.num_rows) == ("random-rows", 1000, 50)
    for row in sample.data.to_pylist():
        assert row["customer.email"] == f"u{row['id']}@example.org"


def test_parquet_lists_of_structs_become_list_columns_per_leaf(tmp_path):
    path = tmp_path / "orders.parquet"
    pq.write_table(pa.table({"items": [[{"sku": "A1"}, {"sku": "B2"}]], "tags": [["x", "y"]]}), path)
    assert sample_of(path).data.to_pylist() == [{"items.sku": ["A1", "B2"], "tags": ["x", "y"]}]


def test_json_array_with_nested_objects_and_lists(tmp_path):
    path = tmp_path / "orders.json"
    records = [
        {"id": 1, "customer": {"email": "a@example.org", "address": {"zip": "01234"}},
         "items": [{"sku": "A1", "qty": 2}, {"sku": "B2"}], "tags": ["vip", "eu"]},
        {"id": 2, "customer": {"email": "b@example.org"}, "items": [], "tags": []},
    ]
    path.write_text(json.dumps(records))
    sample = sample_of(path)
    assert sample.data.column_names == [
        "id", "customer.email", "customer.address.zip", "items.sku", "items.qty", "tags",
    ]
    first = sample.data.to_pylist()[0]
    assert first["customer.address.zip"] == "01234"
    assert first["items.sku"] == "A1; B2" and first["items.qty"] == "2" and first["tags"] == "vip; eu"
    assert sample.data.to_pylist()[1]["customer.address.zip"] is None


def test_json_object_holding_an_array_of_records(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"meta": {"v": 1}, "data": [{"email": "a@example.org"}, {"email": "b@example.org"}]}))
    assert sample_of(path).data.column("email").to_pylist() == ["a@example.org", "b@example.org"]


def test_json_lines_with_blank_lines_and_gzip(tmp_path):
    path = tmp_path / "events.jsonl.gz"
    lines = [json.dumps({"user": {"ip": f"10.0.0.{i}"}}) for i in range(5)]
    path.write_bytes(gzip.compress(("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n").encode()))
    sample = sample_of(path)
    assert sample.data.column("user.ip").to_pylist() == [f"10.0.0.{i}" for i in range(5)]
    assert (sample.method, sample.rows_total) == ("full", 5)


def test_large_json_lines_are_reservoir_sampled(tmp_path):
    path = tmp_path / "big.ndjson"
    path.write_text("".join(json.dumps({"n": i}) + "\n" for i in range(5000)))
    sample = sample_of(path, size=100)
    assert (sample.method, sample.rows_total, sample.data.num_rows) == ("reservoir", 5000, 100)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bad.json", b'[{"email": "secret@example.org",}'),
        ("bad.jsonl", b'{"email": "secret@example.org"\n[{"email": "secret@example.org",\n'),
        ("bad.parquet", b"PAR1 secret@example.org not parquet"),
        ("bad.csv.gz", b"secret@example.org not gzip"),
    ],
)
def test_malformed_files_raise_table_error(tmp_path, name, content):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(TableError) as caught:
        sample_of(tmp_path / name)
    assert name in str(caught.value) and "secret" not in str(caught.value)


def test_folder_recursion_relative_names_and_globs(tmp_path):
    (tmp_path / "crm" / "2024").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for relative in ["top.csv", "crm/customers.csv", "crm/2024/orders.jsonl", "crm/notes.md", ".git/x.csv"]:
        (tmp_path / relative).write_text("a\n1\n")
    names = lambda **options: [t.name for t in FileSource(tmp_path, SourceOptions(**options)).tables()]  # noqa: E731
    assert names() == ["crm/2024/orders.jsonl", "crm/customers.csv", "top.csv"]
    assert names(include=("crm/*",)) == ["crm/2024/orders.jsonl", "crm/customers.csv"]
    assert names(include=("*.csv",)) == ["crm/customers.csv", "top.csv"]
    assert names(exclude=("orders.*", "top.csv")) == ["crm/customers.csv"]
    assert names(exclude=("crm/2024/*",)) == ["crm/customers.csv", "top.csv"]


def test_a_single_file_is_named_by_its_file_name(tmp_path):
    path = tmp_path / "sub" / "people.csv"
    path.parent.mkdir()
    path.write_text("a\n1\n")
    assert [t.name for t in open_source(str(path)).tables()] == ["people.csv"]


def test_missing_path_and_unknown_kind_raise_source_error(tmp_path):
    with pytest.raises(SourceError, match="no such file or folder"):
        open_source(str(tmp_path / "missing"))
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    with pytest.raises(SourceError, match="unknown file kind"):
        open_source(str(tmp_path / "photo.png"))


def test_flatten_record_paths():
    assert flatten_record({"a": {"b": 1, "c": [1, 2, None]}, "d": [[{"e": "x"}], {"e": True}]}) == {
        "a.b": 1,
        "a.c": "1; 2",
        "d.e": "x; true",
    }


def test_reservoir_is_uniform_enough():
    counts = [0] * 100
    for seed in range(300):
        reservoir = Reservoir(10, seed)
        slots = [None] * 10
        for chunk_start in range(0, 100, 7):
            for slot, offset in reservoir.offer(min(7, 100 - chunk_start)):
                slots[slot] = chunk_start + offset
        for item in slots:
            counts[item] += 1
    assert sum(counts) == 3000
    assert min(counts) > 10 and max(counts) < 60  # expected 30 each


def test_reservoir_sample_of_batches_keeps_whole_rows():
    batches = [pa.record_batch({"a": list(range(i, i + 50)), "b": [f"x{j}" for j in range(i, i + 50)]})
               for i in range(0, 5000, 50)]
    table, seen = reservoir_sample(batches, 30, seed=1)
    assert seen == 5000 and table.num_rows == 30
    assert all(row["b"] == f"x{row['a']}" for row in table.to_pylist())
