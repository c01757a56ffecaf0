"""Store: the catalog store's database work behind plain verbs (see piiscan.store)."""

from __future__ import annotations

import datetime as _dt
import json
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from piiscan.catalog import Catalog
from piiscan.errors import ConfigError
from piiscan.store import schema as s
from piiscan.store.diff import Diff, diff_catalogs
from piiscan.store.history import HistoryEntry, history_of
from piiscan.store.review import ACTIONS, Decision, Note, Target, apply_reviews, snapshot
from piiscan.store.rows import column_row, combine, finding_rows, insert_rows, row_target, table_row
from piiscan.store.stale import StaleTable, stale_tables

DEFAULT_STORE = "piiscan.db"
#: Key of the PostgreSQL advisory lock held while a store's tables are created or upgraded.
_SETUP_LOCK = 0x70696973


class Store:
    """A catalog store on a SQLite file (a path) or any SQLAlchemy URL.

    `schema` puts the tables in a database schema (PostgreSQL), created when missing.
    """

    def __init__(self, url: str | Path = DEFAULT_STORE, *, schema: str | None = None) -> None:
        from piiscan.sources import mask_url

        text = str(url)
        self.url = mask_url(text)
        self.schema = schema
        self._engine = _create_engine(text, self.url, schema)
        dialect = self._engine.dialect.name
        try:
            with self._write() as conn:
                # one process at a time creates or upgrades the tables
                if dialect == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SETUP_LOCK})
                elif dialect in ("mysql", "mariadb"):  # DDL commits at once there: a session lock
                    conn.execute(sa.text("SELECT GET_LOCK(:name, 120)"), {"name": f"piiscan-store-{_SETUP_LOCK}"})
                try:
                    if schema:
                        conn.execute(sa.schema.CreateSchema(schema, if_not_exists=True))
                    s.prepare(conn, schema)
                finally:
                    if dialect in ("mysql", "mariadb"):
                        conn.execute(sa.text("SELECT RELEASE_LOCK(:name)"), {"name": f"piiscan-store-{_SETUP_LOCK}"})
        except ConfigError:
            self._engine.dispose()
            raise
        except sa.exc.SQLAlchemyError as error:
            self._engine.dispose()
            from piiscan.sources import error_line

            raise ConfigError(f"cannot open store {self.url}: {error_line(error)}") from None

    # -- audit records of subject requests (piiscan find) ---------------------------------
    def record_audit(self, record: dict, kind: str = "find") -> int:
        """Keep one request's audit record (from `FindResult.audit()`: subject_ref, when,
        sources, counts; never an identifier or a row key); returns its id."""
        body = {k: v for k, v in record.items() if k not in ("subject_ref", "at")}
        with self._write() as conn:
            return conn.execute(s.audits.insert().values(
                kind=kind, subject_ref=str(record["subject_ref"]), at=str(record.get("at") or s.now()),
                record=json.dumps(body, sort_keys=True, default=str))).inserted_primary_key[0]

    def audits(self, subject_ref: str | None = None) -> list[dict]:
        """The audit records, oldest first (only those of `subject_ref` when given)."""
        query = sa.select(s.audits).order_by(s.audits.c.id)
        if subject_ref is not None:
            query = query.where(s.audits.c.subject_ref == subject_ref)
        with self._engine.connect() as conn:
            return [{"id": r.id, "kind": r.kind, "subject_ref": r.subject_ref, "at": r.at, **json.loads(r.record)}
                    for r in conn.execute(query)]

    def close(self) -> None:
        """Close the store's connections (it opens new ones if used again)."""
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    @contextmanager
    def _write(self):
        with self._engine.begin() as conn:
            yield conn

    # -- scans ------------------------------------------------------------------------------
    def add_scan(self, catalog: Catalog, started_at: str | None = None) -> int:
        """Append a scan's catalog; returns its scan id. Findings a decision added are not stored."""
        from piiscan import __version__
        from piiscan.store.scanning import rules_fingerprint

        settings = {k: v for k, v in catalog.settings.items() if k not in ("store", "store_scan", "store_scans")}
        fingerprint = settings.get("rules_fingerprint") or rules_fingerprint(settings.get("rules", ()))
        with self._write() as conn:
            scan_id = conn.execute(s.scans.insert().values(
                started_at=started_at, finished_at=catalog.generated_at, recorded_at=s.now(),
                settings=json.dumps(settings, sort_keys=True, default=str), rules_fingerprint=fingerprint,
                piiscan_version=__version__, catalog_version=catalog.version)).inserted_primary_key[0]
            rows = [{"scan_id": scan_id, "name": i.name, "url": i.url, "status": i.status, "reason": i.reason}
                    for i in catalog.sources]
            insert_rows(conn, s.sources, rows)
            insert_rows(conn, s.tables, [table_row(scan_id, n, t) for n, t in enumerate(catalog.tables)])
            insert_rows(conn, s.columns, [column_row(scan_id, n, c) for n, c in enumerate(catalog.columns)])
            insert_rows(conn, s.findings, [row for n, c in enumerate(catalog.columns)
                                           for row in finding_rows(scan_id, n, c)])
        return scan_id

    def scans(self) -> list[dict]:
        """Every scan: id, started/finished times, rules fingerprint, piiscan version, sources."""
        with self._engine.connect() as conn:
            listed = conn.execute(sa.select(s.scans).order_by(s.scans.c.id)).mappings().all()
            names: dict[int, list[str]] = {}
            for scan_id, name in conn.execute(sa.select(s.sources.c.scan_id, s.sources.c.name)
                                              .order_by(s.sources.c.scan_id, s.sources.c.name)):
                names.setdefault(scan_id, []).append(name)
        return [{"id": r["id"], "started_at": r["started_at"], "finished_at": r["finished_at"],
                 "rules_fingerprint": r["rules_fingerprint"], "piiscan_version": r["piiscan_version"],
                 "settings": json.loads(r["settings"]), "sources": names.get(r["id"], [])} for r in listed]

    def catalog(self, scan_id: int | None = None, decisions: bool = False) -> Catalog:
        """The catalog of one scan (default: the latest) as recorded; `decisions=True`
        applies the decisions and notes taken since."""
        with self._engine.connect() as conn:
            if scan_id is None:
                scan_id = conn.execute(sa.select(sa.func.max(s.scans.c.id))).scalar()
                if scan_id is None:
                    raise ConfigError(f"the store {self.url} holds no scan yet")
            elif conn.execute(sa.select(s.scans.c.id).where(s.scans.c.id == scan_id)).first() is None:
                raise ConfigError(f"no scan {scan_id} in the store {self.url} (piiscan history lists them)")
            names = conn.execute(sa.select(s.sources.c.name).where(s.sources.c.scan_id == scan_id)).scalars().all()
            catalog = combine(conn, [(scan_id, n) for n in names], self.url, scan_id)
        return apply_reviews(catalog, self.decisions(), self.notes()) if decisions else catalog

    def current(self) -> Catalog:
        """The latest scan of every source, with decisions applied and review states set."""
        return self._current(None)

    def review_reasons(self) -> dict[Target, str]:
        """Column -> why it needs review, for the columns of `current()` that do (in plain
        words: "confidence 0.52 is close to the threshold 0.50", "new category since the
        decision: EMAIL (reject by ana on 2026-11-30)"); `current().review_queue()` orders them."""
        reasons: dict[Target, str] = {}
        self._current(reasons)
        return reasons

    def _current(self, reasons: dict | None) -> Catalog:
        latest, previous = self._latest_pairs()
        with self._engine.connect() as conn:
            catalog = combine(conn, latest, self.url)
            before = combine(conn, previous, self.url) if previous else None
        return apply_reviews(catalog, self.decisions(), self.notes(), before, reasons)

    def _latest_pairs(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(scan id, source) of the latest scan of each source, and of the one before it."""
        with self._engine.connect() as conn:
            pairs = conn.execute(sa.select(s.sources.c.name, s.sources.c.scan_id)
                                 .order_by(s.sources.c.name, s.sources.c.scan_id)).all()
        by_source: dict[str, list[int]] = {}
        for name, scan_id in pairs:
            by_source.setdefault(name, []).append(scan_id)
        if not by_source:
            raise ConfigError(f"the store {self.url} holds no scan yet")
        latest = [(ids[-1], name) for name, ids in by_source.items()]
        previous = [(ids[-2], name) for name, ids in by_source.items() if len(ids) > 1]
        return latest, previous

    def source_catalogs(self, source: str) -> list[tuple[dict, Catalog]]:
        """Every scan of one source, oldest first: (scan row, that source's catalog)."""
        scans = {r["id"]: r for r in self.scans()}
        with self._engine.connect() as conn:
            ids = conn.execute(sa.select(s.sources.c.scan_id).where(s.sources.c.name == source)
                               .order_by(s.sources.c.scan_id)).scalars().all()
            return [(scans[i], combine(conn, [(i, source)], self.url, i)) for i in ids]

    def redecide(self, scan_id: int | None = None, min_confidence: float | None = None,
                 record: bool = False) -> Catalog:
        """Scan `scan_id` (default: the latest) decided again at `min_confidence` from its
        stored evidence, without sampling; `record=True` appends the result as a new scan."""
        from piiscan.store.redecide import redecide
        from piiscan.store.scanning import rules_fingerprint

        catalog = self.catalog(scan_id)
        scan_id = catalog.settings["store_scan"]
        row = next(r for r in self.scans() if r["id"] == scan_id)
        rules = catalog.settings.get("rules", ())
        if row["rules_fingerprint"] is None or rules_fingerprint(rules) != row["rules_fingerprint"]:
            raise ConfigError(f"the rules changed since scan {scan_id}: its evidence no longer fits them; "
                              "scan again (scan --store --changed-only re-reads every table)")
        if min_confidence is None:
            min_confidence = float(catalog.settings.get("min_confidence", 0.5))
        result = redecide(catalog, min_confidence, rules)
        result = replace(result, tables=tuple(replace(t, carried_from=t.carried_from or scan_id)
                                              for t in result.tables))
        if record:
            new_id = self.add_scan(result)
            result = replace(result, settings={**result.settings, "store_scan": new_id})
        return result

    # -- history, diff, staleness -----------------------------------------------------------
    def history(self, target: str | Target | None = None) -> list[HistoryEntry]:
        """The scans that touched `target` (a source, table or column; None: every scan),
        with what changed from one to the next, and the decisions and notes on it."""
        if target is None:
            return history_of(None, [(r, None) for r in self.scans()], [], [])
        target = self.target(target) if isinstance(target, str) else target
        return history_of(target, self.source_catalogs(target.source),
                          [d for d in self.decisions() if target.covers(*_parts(d.target))],
                          [n for n in self.notes() if target.covers(*_parts(n.target))
                           or n.target.covers(*_parts(target))])

    def diff(self, a: int | None = None, b: int | None = None) -> Diff:
        """What changed between scans `a` and `b` (default b: the latest scan). Without
        either: the two latest scans of each source. Today's decisions apply to both sides."""
        if a is None and b is None:
            latest, previous = self._latest_pairs()
            with self._engine.connect() as conn:
                before, after = combine(conn, previous, self.url), combine(conn, latest, self.url)
        else:
            if a is None:
                raise ConfigError("diff: give the older scan A (and optionally B)")
            before, after = self.catalog(a), self.catalog(b)
        decisions, notes = self.decisions(), self.notes()
        return diff_catalogs(apply_reviews(before, decisions, notes), apply_reviews(after, decisions, notes), notes)

    def stale(self, days: float | None = None, scans: int | None = None) -> list[StaleTable]:
        """Tables holding personal data whose last-change signals have not moved for `days`
        days or `scans` scans, oldest first."""
        current = self.current()
        history = {}
        for name in {src.name for src in current.sources}:
            for row, catalog in self.source_catalogs(name):
                for table in catalog.tables:
                    history.setdefault((table.source, table.schema, table.table), []).append(
                        (row["finished_at"], table))
        return stale_tables(current, history, days, scans)

    # -- decisions and notes ----------------------------------------------------------------
    def target(self, text: str) -> Target:
        """The source, table or column a dotted name means (`shop.customers.email`,
        `crm.public.contacts.email`), among those of the latest scans."""
        found: dict[Target, None] = {}
        current = self.current()
        for col in current.columns:
            for t in (Target(col.source), Target(col.source, col.schema, col.table),
                      Target(col.source, col.schema, col.table, col.column)):
                names = {str(t), ".".join(p for p in (t.source, t.table, t.column) if p)}
                if text in names:
                    found[t] = None
        for src in current.sources:
            if text == src.name:
                found[Target(src.name)] = None
        if len(found) > 1:
            raise ConfigError(f"{text!r} is ambiguous: {', '.join(sorted(map(str, found)))}")
        if not found:
            raise ConfigError(f"no source, table or column {text!r} in the store's latest scans "
                              "(see piiscan history)")
        return next(iter(found))

    def decide(self, target: str | Target, action: str, who: str, note: str = "",
               category: str | None = None, expires: str | _dt.date | None = None) -> Decision:
        """Record a reviewer's decision on a column: `confirm` its findings, `reject` them
        (not personal data), `relabel` it as `category`, or mark it `missed` (personal data
        of `category` the scan did not find). It applies to every later scan until `expires`."""
        from piiscan.rules import CATEGORIES

        target = self.target(target) if isinstance(target, str) else target
        if target.level != "column":
            raise ConfigError(f"decisions are taken on a column, not on {target.level} {target}")
        if action not in ACTIONS:
            raise ConfigError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
        if not who or not who.strip():
            raise ConfigError("a decision needs who took it")
        if action in ("relabel", "missed") and category is None:
            raise ConfigError(f"{action} needs a category")
        if category is not None and category not in CATEGORIES:
            raise ConfigError(f"unknown category {category!r}; see docs/categories.md")
        expires = _iso_date(expires)
        column = next((c for c in self.current().columns if Target(c.source, c.schema, c.table, c.column) == target), None)
        evidence = snapshot(column)
        if action == "confirm" and not evidence["categories"]:
            raise ConfigError(f"nothing to confirm on {target}: the scan found no personal data there "
                              "(not even a near miss); use missed --category to mark what it did not find")
        row = {"source": target.source, "schema_name": target.schema, "table_name": target.table,
               "column_name": target.column, "action": action, "category": category, "who": who.strip(),
               "decided_at": s.now(), "note": note or "", "expires": expires, "evidence": json.dumps(evidence)}
        with self._write() as conn:
            new_id = conn.execute(s.decisions.insert().values(**row)).inserted_primary_key[0]
        return Decision(new_id, target, action, category, row["who"], row["decided_at"], row["note"], expires, evidence)

    def note(self, target: str | Target, text: str, who: str) -> Note:
        """Attach a note to a source, table or column (shown in history, diff and the catalog)."""
        target = self.target(target) if isinstance(target, str) else target
        if not text or not text.strip():
            raise ConfigError("a note needs some text")
        if not who or not who.strip():
            raise ConfigError("a note needs who wrote it")
        row = {"source": target.source, "schema_name": target.schema, "table_name": target.table,
               "column_name": target.column, "text": text.strip(), "who": who.strip(), "noted_at": s.now()}
        with self._write() as conn:
            new_id = conn.execute(s.notes.insert().values(**row)).inserted_primary_key[0]
        return Note(new_id, target, row["text"], row["who"], row["noted_at"])

    def decisions(self) -> list[Decision]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(s.decisions).order_by(s.decisions.c.id)).mappings().all()
        return [Decision(r["id"], row_target(r), r["action"], r["category"], r["who"], r["decided_at"],
                         r["note"], r["expires"], json.loads(r["evidence"])) for r in rows]

    def notes(self) -> list[Note]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(s.notes).order_by(s.notes.c.id)).mappings().all()
        return [Note(r["id"], row_target(r), r["text"], r["who"], r["noted_at"]) for r in rows]


def _parts(t: Target) -> tuple:
    return t.source, t.schema, t.table, t.column


def _iso_date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ConfigError(f"expiry {value!r} is not a date (YYYY-MM-DD)") from None


def _create_engine(url: str, masked: str, schema: str | None) -> sa.Engine:
    """The store's engine: a path is a SQLite file (WAL, writers wait for each other)."""
    if "://" not in url:
        path = Path(url).expanduser()
        if not path.parent.is_dir():
            raise ConfigError(f"cannot open store {masked}: no folder {path.parent}")
        url = f"sqlite:///{path}"
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise ConfigError(f"cannot open store {masked}: not a path or database URL") from None
    from piiscan.sources.engines import with_installed_driver

    parsed = with_installed_driver(parsed)
    try:
        if parsed.get_backend_name() == "sqlite":
            if schema:
                raise ConfigError("a SQLite store has no schemas; use another file")
            engine = sa.create_engine(parsed, connect_args={"timeout": 120})
            sa.event.listen(engine, "connect", _sqlite_connect)
            sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
            return engine
        engine = sa.create_engine(parsed)
    except (ImportError, sa.exc.NoSuchModuleError) as error:
        raise ConfigError(f"cannot open store {masked}: {error}") from None
    return engine.execution_options(schema_translate_map={None: schema}) if schema else engine


def _sqlite_connect(connection, _record) -> None:
    import sqlite3
    import time

    connection.isolation_level = None  # transactions are begun explicitly (BEGIN IMMEDIATE)
    connection.execute("PRAGMA busy_timeout = 120000")
    # Switching a new store to WAL needs the file to itself, and SQLite answers "database is
    # locked" at once (no busy wait) while another process creates the tables: wait for it.
    deadline = time.monotonic() + 120
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    connection.execute("PRAGMA foreign_keys = ON")
