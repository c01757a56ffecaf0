"""A large Parquet file in a lake is read in parts (row groups) by separate tasks and its
sample merged per file: one table row, the rows one serial reader samples, on a process
pool and on a Dask LocalCluster; a broken row group costs its rows, not the file."""

from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import piiscan
from piiscan.sample import TableRef
from piiscan.sources.files import SPLIT_BYTES, FileSource

GROUPS = 8
ROWS_PER_GROUP = 6000
FAST = {"ner": False, "sample_size": 400, "seed": 7}


def timeless(catalog) -> dict:
    data = catalog.to_dict()
    data.pop("generated_at")
    for table in data["tables"]:
        table.pop("seconds")
        table.pop("changed_at", None)
    return data


def lake_file(path, corrupt_group: int | None = None):
    """A Parquet file of GROUPS row groups, larger than the split threshold: e-mails, a
    random token (incompressible, for size), and the row group's number."""
    rng = random.Random(1)
    rows = GROUPS * ROWS_PER_GROUP
    table = pa.table({
        "email": [f"user{i}@example.com" for i in range(rows)],
        "token": ["".join(rng.choice("0123456789abcdef") for _ in range(96)) for _ in range(rows)],
        "row_group": [f"group {i // ROWS_PER_GROUP}" for i in range(rows)],
    })
    pq.write_table(table, path, row_group_size=ROWS_PER_GROUP, compression="snappy")
    assert path.stat().st_size >= SPLIT_BYTES and pq.ParquetFile(path).num_row_groups == GROUPS
    if corrupt_group is not None:  # garbage over the middle of that row group's token data
        column = pq.ParquetFile(path).metadata.row_group(corrupt_group).column(1)
        start = column.dictionary_page_offset if column.has_dictionary_page else column.data_page_offset
        with open(path, "r+b") as stream:
            stream.seek(start + 64)
            stream.write(b"\xff" * (column.total_compressed_size - 128))
    return path


def the_table(catalog) -> dict:
    (table,) = catalog.to_dict()["tables"]
    return table


def column(catalog, name):
    return next(c for c in catalog.columns if c.column == name)


def test_a_multi_row_group_parquet_file_scanned_in_parts_equals_the_serial_scan(tmp_path):
    lake = tmp_path / "lake"
    lake.mkdir()
    lake_file(lake / "events.parquet")
    (lake / "small.csv").write_text("email\na@example.com\nb@example.com\n")
    parts = FileSource(lake).parquet_parts(TableRef("lake", None, "events.parquet", "file"), 400, 4)
    assert parts is not None and len(parts) == 4  # read by four tasks
    serial = piiscan.scan(lake, jobs=1, **FAST)
    pooled = piiscan.scan(lake, jobs=2, **FAST)
    assert timeless(pooled) == timeless(serial)
    tables = [t for t in pooled.to_dict()["tables"] if t["table"] == "events.parquet"]
    assert len(tables) == 1 and tables[0]["status"] == "scanned" and tables[0]["reason"] is None
    assert tables[0]["rows_sampled"] == 400 and tables[0]["rows_total"] == GROUPS * ROWS_PER_GROUP
    assert tables[0]["sample_method"] == "random-rows"
    assert column(pooled, "row_group").distinct == GROUPS  # sampled rows come from every row group
    assert [f.entity for f in column(pooled, "email").findings] == ["EMAIL_ADDRESS"]


def test_a_parquet_file_in_parts_on_a_dask_cluster_equals_the_serial_scan(tmp_path):
    distributed = pytest.importorskip("distributed")
    path = lake_file(tmp_path / "events.parquet")
    serial = piiscan.scan(path, jobs=1, **FAST)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        clustered = piiscan.scan(path, jobs=2, executor=client.get_executor(pure=False), **FAST)
    assert timeless(clustered) == timeless(serial)
    assert the_table(clustered)["rows_sampled"] == 400


def test_a_broken_row_group_gives_a_reason_and_the_other_row_groups_are_scanned(tmp_path):
    path = lake_file(tmp_path / "events.parquet", corrupt_group=3)
    serial = piiscan.scan(path, jobs=1, **FAST)
    pooled = piiscan.scan(path, jobs=2, **FAST)
    assert timeless(pooled) == timeless(serial)
    table = the_table(pooled)
    assert table["status"] == "scanned"
    assert "1 of 8 row groups could not be read (row group 3" in table["reason"]
    assert 0 < table["rows_sampled"] < 400  # the picks inside row group 3 are lost, no others
    assert column(pooled, "row_group").distinct == GROUPS - 1
    assert [f.entity for f in column(pooled, "email").findings] == ["EMAIL_ADDRESS"]


def test_the_cli_scans_a_lake_with_a_parquet_file_in_parts_into_one_row_per_file(tmp_path):
    import json

    from click.testing import CliRunner

    from piiscan.cli import main

    lake = tmp_path / "lake"
    lake.mkdir()
    lake_file(lake / "events.parquet")
    out = tmp_path / "catalog.json"
    result = CliRunner().invoke(main, ["scan", str(lake), "--jobs", "2", "--no-ner", "--sample-size", "400",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    tables = json.loads(out.read_text())["tables"]
    assert [(t["table"], t["status"], t["rows_sampled"]) for t in tables] == [("events.parquet", "scanned", 400)]
