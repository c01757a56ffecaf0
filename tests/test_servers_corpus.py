"""The corpus (chinook, sakila) scanned through every access path gives the same catalog.

Each database is scanned as its SQLite file and as copies on the real servers (see
`copy_corpus` in tests/servers.py): PostgreSQL and MariaDB, each through SQLAlchemy and
through ODBC. Samples are large enough to read every table whole, so the catalogs can't
differ by sampling; any difference comes from how a path hands values on.
"""

from __future__ import annotations

import pytest

import piiscan

try:
    from servers import (  # noqa: F401
        CORPUS_DATABASES, MARIADB_URL, PG_URL, corpus_namespace, corpus_on_servers, corpus_specs,
        server_engine, table_checksums,
    )
except ImportError:  # tests/ imported as a package
    from tests.servers import (  # noqa: F401
        CORPUS_DATABASES, MARIADB_URL, PG_URL, corpus_namespace, corpus_on_servers, corpus_specs,
        server_engine, table_checksums,
    )

pytestmark = [pytest.mark.server, pytest.mark.odbc, pytest.mark.corpus]

#: Larger than any corpus table (sakila.payment has 16,049 rows): every table is read whole.
WHOLE_TABLES = 20_000
#: The ODBC paths also guard that a worker's fresh OdbcSource samples columns without having
#: listed the tables itself (before edb3e6d they came back empty).
SERVER_PATHS = ("PostgreSQL SQLAlchemy", "MariaDB SQLAlchemy", "PostgreSQL ODBC", "MariaDB ODBC")


def scan_path(name: str, path: str, **settings) -> piiscan.Catalog:
    specs = corpus_specs(name)
    if path not in specs:
        pytest.fail(f"no ODBC driver for {path}; run scripts/install-system-deps.sh", pytrace=False)
    spec, schemas = specs[path]
    catalog = piiscan.scan(spec, schemas=schemas, **{"sample_size": WHOLE_TABLES, "jobs": 1, **settings})
    assert not catalog.errors, [(t.table, t.reason) for t in catalog.errors]
    return catalog


def column_categories(catalog: piiscan.Catalog) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(c.table, c.column, tuple(sorted(c.categories))) for c in catalog.columns}


@pytest.fixture(scope="module")
def sqlite_categories(corpus_on_servers):
    """Database name -> (table, column, categories) of its SQLite file: the reference."""
    found = {name: column_categories(scan_path(name, "SQLite file")) for name in corpus_on_servers}
    for name, tables in corpus_on_servers.items():
        assert {table for table, _, _ in found[name]} == set(tables)
    return found


@pytest.mark.parametrize("path", SERVER_PATHS)
@pytest.mark.parametrize("name", CORPUS_DATABASES)
def test_server_copy_has_the_categories_of_the_sqlite_file(name, path, corpus_on_servers, sqlite_categories):
    if name not in corpus_on_servers:
        pytest.skip(f"corpus database {name} not present")
    got, reference = column_categories(scan_path(name, path)), sqlite_categories[name]
    assert (sorted(got - reference), sorted(reference - got)) == ([], []), "(only here, only in SQLite)"


def test_parallel_scan_equals_serial_scan(corpus_on_servers):
    """Serial first, in this process: the workers must not reuse this process's connections."""
    name = next(iter(corpus_on_servers))
    serial = scan_path(name, "PostgreSQL SQLAlchemy", jobs=1)
    parallel = scan_path(name, "PostgreSQL SQLAlchemy", jobs=2)
    assert parallel.to_dict()["columns"] == serial.to_dict()["columns"]


@pytest.mark.parametrize("server", ["PostgreSQL", "MariaDB"])
def test_scanning_leaves_the_data_unchanged(server, corpus_on_servers):
    engine = server_engine(PG_URL if server == "PostgreSQL" else MARIADB_URL)
    try:
        for name in corpus_on_servers:
            namespace = corpus_namespace(name)
            before = table_checksums(engine, namespace)
            assert {t: rows for t, (rows, _) in before.items()} == corpus_on_servers[name]
            for path in (f"{server} SQLAlchemy", f"{server} ODBC"):
                scan_path(name, path, sample_size=1000)
            assert table_checksums(engine, namespace) == before
    finally:
        engine.dispose()
