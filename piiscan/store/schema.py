"""The store's tables, declared once (SQLAlchemy Core), and its versioned upgrade path.

A fresh store gets the tables below and is stamped with SCHEMA_VERSION in `schema_version`.
A store stamped with an older version is brought up to date on open by running the steps
of `UPGRADES` in order, one transaction, each recorded in `schema_version`; a store stamped
with a newer version is refused with a clear error (an older piiscan must not write it).
docs/store.md says why this is not Alembic and how to add a step.

Nothing here holds a raw sampled value: findings keep masked examples only, and source
URLs are stored with their password masked.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Callable

import sqlalchemy as sa
from sqlalchemy.dialects import mysql

from piiscan.catalog import STORED_AS_BYTES
from piiscan.errors import ConfigError

#: Text that may outgrow MySQL's 64 KB TEXT (settings, evidence summaries).
LongText = sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")

#: Version of the tables below. Bump it and add a step to UPGRADES when they change.
SCHEMA_VERSION = 3

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
    sa.Column("piiscan", sa.String(40), nullable=False),
)

scans = sa.Table(
    "scans", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.String(40)),
    sa.Column("finished_at", sa.String(40), nullable=False),  # the catalog's generated_at
    sa.Column("recorded_at", sa.String(40), nullable=False),
    sa.Column("settings", LongText, nullable=False),  # JSON
    sa.Column("rules_fingerprint", sa.String(64)),
    sa.Column("piiscan_version", sa.String(40)),
    sa.Column("catalog_version", sa.Integer, nullable=False),
)

sources = sa.Table(
    "sources", metadata,
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), primary_key=True),
    sa.Column("name", sa.String(500), primary_key=True),  # the stable source name
    sa.Column("url", sa.Text, nullable=False),  # password masked
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
)

tables = sa.Table(
    "tables", metadata,
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("schema_name", sa.String(500)),
    sa.Column("table_name", sa.String(1000), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("rows_sampled", sa.BigInteger, nullable=False),
    sa.Column("rows_total", sa.BigInteger),
    sa.Column("sample_method", sa.String(100)),
    sa.Column("seconds", sa.Float),
    sa.Column("changed_at", sa.String(40)),
    sa.Column("modifications", sa.BigInteger),
    sa.Column("carried_from", sa.Integer),
)

columns = sa.Table(
    "columns", metadata,
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("schema_name", sa.String(500)),
    sa.Column("table_name", sa.String(1000), nullable=False),
    sa.Column("column_name", sa.String(1000), nullable=False),
    sa.Column("data_type", sa.String(500), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("rows_sampled", sa.BigInteger, nullable=False),
    sa.Column("non_null", sa.BigInteger, nullable=False),
    sa.Column("distinct_values", sa.BigInteger, nullable=False),
    sa.Column("content", sa.String(20)),
    sa.Column("evidence", LongText),  # JSON: piiscan.detect.summary (counts, masked examples), or NULL
    sa.Column("stored_as", sa.String(20)),  # since 3: "bytes" (ColumnResult.stored_as) or NULL
)
_KEY_PREFIX = {"mysql_length": {"source": 100, "table_name": 200, "column_name": 200},
               "mariadb_length": {"source": 100, "table_name": 200, "column_name": 200}}
sa.Index("columns_by_name", columns.c.source, columns.c.table_name, columns.c.column_name, **_KEY_PREFIX)

findings = sa.Table(
    "findings", metadata,
    sa.Column("scan_id", sa.Integer, sa.ForeignKey("scans.id"), primary_key=True),
    sa.Column("column_position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(20), nullable=False),  # finding | candidate (a near miss, not reported)
    sa.Column("entity", sa.String(100), nullable=False),
    sa.Column("category", sa.String(100), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("match_ratio", sa.Float, nullable=False),
    sa.Column("rule", sa.String(200)),
    sa.Column("path", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),  # JSON: [{signal, detail, score}]
    sa.Column("examples", sa.Text, nullable=False),  # JSON: masked examples only
)

decisions = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("schema_name", sa.String(500)),
    sa.Column("table_name", sa.String(1000), nullable=False),
    sa.Column("column_name", sa.String(1000), nullable=False),
    sa.Column("action", sa.String(20), nullable=False),  # confirm | reject | relabel | missed
    sa.Column("category", sa.String(100)),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("decided_at", sa.String(40), nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("expires", sa.String(40)),
    sa.Column("evidence", sa.Text, nullable=False),  # JSON: what the column looked like then
)
sa.Index("decisions_by_name", decisions.c.source, decisions.c.table_name, decisions.c.column_name, **_KEY_PREFIX)

notes = sa.Table(
    "notes", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("schema_name", sa.String(500)),
    sa.Column("table_name", sa.String(1000)),  # None: a note on the source
    sa.Column("column_name", sa.String(1000)),  # None: a note on the table (or source)
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("noted_at", sa.String(40), nullable=False),
)


#: One row per subject request (`piiscan find --store`): who was looked for (the keyed
#: subject_ref, never an identifier), when, where and how much; no values, no row keys.
audits = sa.Table(
    "audits", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(40), nullable=False),  # "find"
    sa.Column("subject_ref", sa.String(200), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("record", LongText, nullable=False),  # JSON: sources, counts
)


def add_stored_as(conn: sa.Connection) -> None:
    """Version 3: `columns.stored_as`. Old rows get it from their evidence summary, which
    recorded whether the source read the column as bytes (ColumnInfo.binary); rows without a
    summary (a catalog added from a file) stay NULL, and find falls back to the type name."""
    schema = (conn.get_execution_options().get("schema_translate_map") or {}).get(None)
    if "stored_as" not in {c["name"] for c in sa.inspect(conn).get_columns("columns", schema=schema)}:
        quote = conn.dialect.identifier_preparer.quote
        name = f"{quote(schema)}.{quote('columns')}" if schema else quote("columns")
        kind = sa.String(20).compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN stored_as {kind}")  # names from this module only
    # the summary's "column" ends with ColumnInfo.binary: `true]` narrows the rows read
    maybe = (sa.select(columns.c.scan_id, columns.c.position, columns.c.evidence)
             .where(columns.c.stored_as.is_(None), columns.c.evidence.like("%true]%"))
             .execution_options(yield_per=500))
    binary = [{"sid": r.scan_id, "pos": r.position} for r in conn.execute(maybe) if _read_as_bytes(r.evidence)]
    if binary:
        conn.execute(columns.update().where(columns.c.scan_id == sa.bindparam("sid"),
                                            columns.c.position == sa.bindparam("pos"))
                     .values(stored_as=STORED_AS_BYTES), binary)


def _read_as_bytes(evidence: str) -> bool:
    """Whether an evidence summary (piiscan.detect.summary) says the column was read as bytes."""
    try:
        described = json.loads(evidence).get("column") or []
    except (ValueError, AttributeError):
        return False
    return len(described) > 3 and described[3] is True


#: Version -> the step that upgrades a store from version - 1 to it: fn(connection).
UPGRADES: dict[int, Callable[[sa.Connection], None]] = {
    2: lambda conn: audits.create(conn, checkfirst=True),  # 2: audit records of subject requests
    3: add_stored_as,  # 3: columns.stored_as, from the evidence summaries of old rows
}


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def stored_version(conn: sa.Connection, schema: str | None = None) -> int | None:
    """The store's schema version, or None for a database without piiscan's tables."""
    if not sa.inspect(conn).has_table("schema_version", schema=schema):
        return None
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()


def prepare(conn: sa.Connection, schema: str | None = None, steps: dict[int, Callable] | None = None,
            target: int = SCHEMA_VERSION) -> int:
    """Create the tables of a fresh store, or upgrade an older one step by step to `target`.
    Runs inside the caller's transaction (which holds the store's write lock)."""
    from piiscan import __version__

    steps = UPGRADES if steps is None else steps
    version = stored_version(conn, schema)
    if version is None:
        metadata.create_all(conn)
        conn.execute(schema_version.insert().values(version=target, applied_at=now(), piiscan=__version__))
        return target
    if version > target:
        raise ConfigError(f"the store has schema version {version}, newer than this piiscan "
                          f"understands ({target}); upgrade piiscan to use it")
    for step in range(version + 1, target + 1):
        if step not in steps:
            raise ConfigError(f"no upgrade step from store schema version {step - 1} to {step}")
        steps[step](conn)
        conn.execute(schema_version.insert().values(version=step, applied_at=now(), piiscan=__version__))
    return target
