"""What a subject search found: frozen values, a versioned JSON form and a text summary.

The JSON form is a public contract (docs/find.md). It names tables, columns and row keys,
never the subject's identifiers; because row keys point at one person's rows, the file is
personal data and is written with mode 0600.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from piiscan.find.targets import NotSearched

FIND_VERSION = 1
TABLE_STATUSES = ("confirmed", "candidate", "ambiguous", "error", "not found")


@dataclass(frozen=True)
class Evidence:
    """One column of one row that matched: which kind of identifier, and how."""

    column: str
    kind: str
    method: str  # exact | normalised | fuzzy
    score: float = 1.0

    def to_dict(self) -> dict:
        return {"column": self.column, "kind": self.kind, "method": self.method, "score": round(self.score, 3)}


@dataclass(frozen=True)
class RowMatch:
    key: tuple = field(repr=False)  # the row's key values (real, for links, export and erasure)
    shown: tuple  # the key as reported: a value equal to one of the subject's identifiers is masked
    status: str  # confirmed | candidate
    score: float
    evidence: tuple[Evidence, ...] = ()
    path: tuple[str, ...] = ()  # () = matched directly; else the links followed, parent first

    def to_dict(self) -> dict:
        return {"key": list(self.shown), "status": self.status, "score": round(self.score, 3),
                "evidence": [e.to_dict() for e in self.evidence],
                "reached_by": "link" if self.path else "direct", "path": list(self.path)}


@dataclass(frozen=True)
class ColumnMatch:
    column: str
    kind: str
    status: str  # matched | not found | ambiguous | error
    rows_checked: int = 0
    matches: int = 0
    count: int | None = None  # ambiguous: how many rows the query matched
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"column": self.column, "kind": self.kind, "status": self.status,
                "rows_checked": self.rows_checked, "matches": self.matches, "count": self.count,
                "reason": self.reason}


@dataclass(frozen=True)
class TableMatch:
    source: str
    schema: str | None
    table: str
    status: str  # one of TABLE_STATUSES
    row_key: tuple[str, ...] = ()  # () = the table has no row key
    row_key_stable: bool = True
    rows: tuple[RowMatch, ...] = ()
    columns: tuple[ColumnMatch, ...] = ()
    rows_checked: int = 0
    queries: int = 0
    reason: str | None = None
    file_version: dict | None = None  # files: mtime and size the row numbers hold for
    truncated: int | None = None  # links: child rows beyond the fan-out limit (their count)

    @property
    def label(self) -> str:
        return f"{self.source}:" + ".".join(p for p in (self.schema, self.table) if p)

    def confirmed(self) -> tuple[RowMatch, ...]:
        return tuple(r for r in self.rows if r.status == "confirmed")

    def to_dict(self) -> dict:
        return {"source": self.source, "schema": self.schema, "table": self.table, "status": self.status,
                "row_key": list(self.row_key) or None, "row_key_stable": self.row_key_stable,
                "rows_checked": self.rows_checked, "queries": self.queries, "reason": self.reason,
                "file_version": self.file_version, "truncated": self.truncated,
                "columns": [c.to_dict() for c in self.columns], "rows": [r.to_dict() for r in self.rows]}


@dataclass(frozen=True)
class Link:
    """A link followed from parent rows to child rows: a foreign key or a declared link."""

    source: str
    schema: str | None
    table: str
    column: str
    parent_source: str
    parent_schema: str | None
    parent_table: str
    parent_column: str
    ondelete: str | None = None
    declared: bool = False

    def __str__(self) -> str:
        return f"{self.parent_table}.{self.parent_column} -> {self.table}.{self.column}"

    def to_dict(self) -> dict:
        return {"from": {"source": self.parent_source, "schema": self.parent_schema,
                         "table": self.parent_table, "column": self.parent_column},
                "to": {"source": self.source, "schema": self.schema, "table": self.table, "column": self.column},
                "ondelete": self.ondelete, "declared": self.declared}


@dataclass(frozen=True)
class FindResult:
    subject_ref: str
    identifiers: dict  # kind -> how many identifiers of it were looked for (never values)
    tables: tuple[TableMatch, ...] = ()
    not_searched: tuple[NotSearched, ...] = ()
    links: tuple[Link, ...] = ()
    dialects: dict = field(default_factory=dict)  # source name -> SQLAlchemy dialect name or "files"
    settings: dict = field(default_factory=dict)
    seconds: float = 0.0
    generated_at: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    version: int = FIND_VERSION

    def table(self, name: str, source: str | None = None) -> TableMatch:
        for match in self.tables:
            if match.table == name and source in (None, match.source):
                return match
        raise KeyError(name)

    def summary(self) -> dict:
        by_status = {s: sum(t.status == s for t in self.tables) for s in TABLE_STATUSES}
        return {
            "tables_searched": len(self.tables),
            "tables_not_searched": len({(n.source, n.schema, n.table) for n in self.not_searched if n.column is None}),
            "tables_by_status": by_status,
            "rows_confirmed": sum(len(t.confirmed()) for t in self.tables),
            "rows_candidate": sum(r.status == "candidate" for t in self.tables for r in t.rows),
            "rows_checked": sum(t.rows_checked for t in self.tables),
            "queries": sum(t.queries for t in self.tables),
            "seconds": round(self.seconds, 3),
        }

    def audit(self) -> dict:
        """The audit record of this request: who (subject_ref), when, where, how much; no values, no row keys."""
        s = self.summary()
        return {"subject_ref": self.subject_ref, "at": self.generated_at,
                "sources": sorted({t.source for t in self.tables} | {n.source for n in self.not_searched}),
                "identifiers": self.identifiers, "tables_searched": s["tables_searched"],
                "tables_not_searched": s["tables_not_searched"], "tables_by_status": s["tables_by_status"],
                "rows_confirmed": s["rows_confirmed"], "rows_candidate": s["rows_candidate"], "queries": s["queries"]}

    def to_dict(self) -> dict:
        from piiscan import __version__

        return {
            "version": self.version, "kind": "piiscan-find", "personal_data": True,
            "generated_at": self.generated_at, "generator": f"piiscan {__version__}",
            "subject_ref": self.subject_ref, "identifiers": self.identifiers, "settings": self.settings,
            "summary": self.summary(), "dialects": self.dialects,
            "tables": [t.to_dict() for t in self.tables],
            "not_searched": [n.to_dict() for n in self.not_searched],
            "links": [link.to_dict() for link in self.links],
        }

    def text(self) -> str:
        """A readable summary: one line per table found or not searched, counts only."""
        s = self.summary()
        held = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in self.identifiers.items())
        lines = [f"subject {self.subject_ref[:28]}… ({held})",
                 f"searched {s['tables_searched']} tables with {s['queries']} queries in {s['seconds']:.2f}s; "
                 f"{s['rows_confirmed']} confirmed rows, {s['rows_candidate']} candidate rows"]
        for t in self.tables:
            if t.status == "not found":
                continue
            candidates = len(t.rows) - len(t.confirmed())
            detail = {"confirmed": f"{len(t.confirmed())} confirmed rows", "candidate": "",
                      "error": t.reason or "", "ambiguous": ""}[t.status]
            if candidates:
                detail += f", {candidates} candidate rows (best score {max(r.score for r in t.rows if r.status == 'candidate'):.2f})"
            if t.status == "ambiguous" or any(c.status == "ambiguous" for c in t.columns):
                detail += "".join(f"; {c.column} matches {c.count} rows (not listed)"
                                  for c in t.columns if c.status == "ambiguous")
            via = sorted({r.path[-1] for r in t.rows if r.path})
            if via:
                detail += f" via {', '.join(via)}"
            if t.status == "error":
                pass
            elif not t.row_key:
                detail += " (no row key)"
            elif not t.row_key_stable:
                detail += " (row numbers: not stable)"
            lines.append(f"  {t.status:<10} {t.label}  {detail.lstrip(';, ')}")
        quiet = [t for t in self.tables if t.status == "not found"]
        if quiet:
            lines.append(f"  not found  {len(quiet)} tables searched without a match")
        for n in self.not_searched:
            if n.reason.startswith("error: "):
                continue  # shown above with its table
            where = f"{n.table}.{n.column}" if n.column else n.table
            lines.append(f"  not searched {n.source}:{where}: {n.reason}")
        return "\n".join(lines)

    def write(self, path: str | os.PathLike) -> Path:
        """Write the JSON form with mode 0600 (it holds one person's row keys)."""
        return write_private(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n")


def write_private(path: str | os.PathLike, text: str | bytes) -> Path:
    """Write a file only its owner can read (0600), atomically (piiscan.writers.atomic_write,
    which keeps an existing file's mode: the file is made 0600 before any data goes in)."""
    from piiscan.writers import atomic_write

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    return atomic_write(path, text)
