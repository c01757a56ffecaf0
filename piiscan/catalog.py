"""The catalog: where personal data lives, column by column.

`Catalog` holds the scanned sources, the tables (with sampling method and status) and one
`ColumnResult` per column, found or not. Its JSON form is a versioned public contract
(docs/catalog.md); writers for JSON, CSV and Parquet hang off it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from piiscan.decide import Evidence, Finding

CATALOG_VERSION = 1
STATUSES = ("scanned", "skipped", "error")
#: `ColumnResult.stored_as` of a column whose values the source stores as bytes.
STORED_AS_BYTES = "bytes"
#: Type names of byte columns: the fallback for catalogs written before `stored_as` existed.
_BYTES_TYPE = re.compile(r"blob|bytea|binary|^image$|^(long )?raw\b|^bytes", re.I)


@dataclass(frozen=True)
class ColumnResult:
    source: str
    schema: str | None
    table: str
    column: str
    data_type: str
    status: str  # scanned | skipped | error
    reason: str | None = None
    rows_sampled: int = 0
    non_null: int = 0
    distinct: int = 0
    content: str | None = None  # free_text | json | binary (decided from its bytes) | None
    findings: tuple[Finding, ...] = ()
    candidates: tuple[Finding, ...] = ()  # near misses below the threshold: not reported, asked about
    review: str | None = None  # "confirmed" | "rejected" | "needs review" | None (docs/store.md)
    notes: tuple[str, ...] = ()  # notes people attached to the column (piiscan.store)
    # the decision's inputs as counts and masked examples (piiscan.detect.summary): kept in
    # memory and in the store, to decide again without sampling; not part of the JSON
    evidence_summary: dict | None = field(default=None, compare=False, repr=False)
    # "bytes" when the source stores the values as bytes (BLOB, BYTEA, VARBINARY, Arrow binary),
    # known from the column's type, not from what the bytes hold; None otherwise and in
    # catalogs written before the field existed (docs/catalog.md). Last, so positional
    # construction stays as it was.
    stored_as: str | None = None

    @property
    def is_pii(self) -> bool:
        return bool(self.findings)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.category for f in self.findings))

    @property
    def top(self) -> Finding | None:
        return max(self.findings, key=lambda f: f.confidence, default=None)

    def to_dict(self) -> dict:
        return {
            "source": self.source, "schema": self.schema, "table": self.table,
            "column": self.column, "data_type": self.data_type, "status": self.status,
            "reason": self.reason, "rows_sampled": self.rows_sampled, "non_null": self.non_null,
            "distinct": self.distinct, "content": self.content, "stored_as": self.stored_as,
            "findings": [f.to_dict() for f in self.findings],
            "review": self.review, "notes": list(self.notes),
            **({"candidates": [f.to_dict() for f in self.candidates]} if self.candidates else {}),
        }


@dataclass(frozen=True)
class TableResult:
    source: str
    schema: str | None
    table: str
    kind: str
    status: str
    reason: str | None = None
    rows_sampled: int = 0
    rows_total: int | None = None
    sample_method: str | None = None
    seconds: float | None = None
    # last-change signals, when the source gives them cheaply (docs/store.md)
    changed_at: str | None = None  # ISO time of the last change (file mtime, UPDATE_TIME, …)
    modifications: int | None = None  # rows inserted + updated + deleted since statistics began
    carried_from: int | None = None  # store scan id whose results were kept (--changed-only)

    def to_dict(self) -> dict:
        return {
            "source": self.source, "schema": self.schema, "table": self.table, "kind": self.kind,
            "status": self.status, "reason": self.reason, "rows_sampled": self.rows_sampled,
            "rows_total": self.rows_total, "sample_method": self.sample_method,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
            "changed_at": self.changed_at, "modifications": self.modifications,
            "carried_from": self.carried_from,
        }


@dataclass(frozen=True)
class SourceInfo:
    name: str
    url: str  # password masked
    status: str = "scanned"
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "url": self.url, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class Catalog:
    sources: tuple[SourceInfo, ...] = ()
    tables: tuple[TableResult, ...] = ()
    columns: tuple[ColumnResult, ...] = ()
    settings: dict = field(default_factory=dict)
    generated_at: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    version: int = CATALOG_VERSION

    # --- exploring ---------------------------------------------------------------------
    def __iter__(self) -> Iterator[ColumnResult]:
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)

    def filter(self, *, category: str | Iterable[str] | None = None, source: str | None = None,
               table: str | None = None, schema: str | None = None,
               min_confidence: float | None = None) -> "Catalog":
        """A catalog with only the matching columns (and, with `category`, only those findings)."""
        cats = {category} if isinstance(category, str) else set(category) if category else None
        columns = []
        for col in self.columns:
            if source is not None and col.source != source:
                continue
            if table is not None and col.table != table:
                continue
            if schema is not None and col.schema != schema:
                continue
            findings = tuple(f for f in col.findings
                             if (cats is None or f.category in cats)
                             and (min_confidence is None or f.confidence >= min_confidence))
            if (cats is not None or min_confidence is not None) and not findings:
                continue
            columns.append(replace(col, findings=findings))
        return replace(self, columns=tuple(columns))

    def pii(self, min_confidence: float | None = None) -> "Catalog":
        """Only the columns with at least one finding."""
        kept = self.filter(min_confidence=min_confidence) if min_confidence else self
        return replace(kept, columns=tuple(c for c in kept.columns if c.findings))

    def column(self, table: str, column: str, source: str | None = None) -> ColumnResult:
        for col in self.columns:
            if col.table == table and col.column == column and (source is None or col.source == source):
                return col
        raise KeyError(f"{table}.{column}")

    def review_queue(self, previous: "Catalog | None" = None, limit: int | None = None) -> list:
        """The questions a reviewer should answer, most useful first (piiscan.review)."""
        from piiscan.review import review_queue

        return review_queue(self, previous, limit=limit)

    @property
    def errors(self) -> tuple[TableResult, ...]:
        return tuple(t for t in self.tables if t.status == "error")

    def summary(self) -> dict:
        by_category: dict[str, int] = {}
        for col in self.columns:
            for cat in col.categories:
                by_category[cat] = by_category.get(cat, 0) + 1
        return {
            "sources": len(self.sources),
            "tables": len(self.tables),
            "tables_with_errors": len(self.errors),
            "columns": len(self.columns),
            "columns_scanned": sum(c.status == "scanned" for c in self.columns),
            "pii_columns": sum(bool(c.findings) for c in self.columns),
            "by_category": dict(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
        }

    # --- tabular views -------------------------------------------------------------------
    def rows(self) -> list[dict]:
        """One flat row per finding (and one per column without findings)."""
        out = []
        for col in self.columns:
            base = {"source": col.source, "schema": col.schema, "table": col.table,
                    "column": col.column, "data_type": col.data_type, "status": col.status,
                    "reason": col.reason, "rows_sampled": col.rows_sampled,
                    "non_null": col.non_null, "content": col.content, "distinct": col.distinct,
                    "stored_as": col.stored_as}
            empty = {"path": None, "entity": None, "category": None, "confidence": None,
                     "match_ratio": None, "evidence": None, "examples": None, "rule": None}
            if not col.findings:
                out.append({**base, **empty})
            for f in col.findings:
                out.append({**base, "path": f.path, "entity": f.entity, "category": f.category,
                            "confidence": round(f.confidence, 3),
                            "match_ratio": round(f.match_ratio, 3),
                            "evidence": "; ".join(e.detail for e in f.evidence),
                            "examples": ", ".join(f.examples), "rule": f.rule})
        return out

    def to_arrow(self):
        import pyarrow as pa

        schema = pa.schema([
            ("source", pa.string()), ("schema", pa.string()), ("table", pa.string()),
            ("column", pa.string()), ("data_type", pa.string()), ("status", pa.string()),
            ("reason", pa.string()), ("rows_sampled", pa.int64()), ("non_null", pa.int64()),
            ("content", pa.string()), ("path", pa.string()), ("entity", pa.string()),
            ("category", pa.string()), ("confidence", pa.float64()),
            ("match_ratio", pa.float64()), ("evidence", pa.string()), ("examples", pa.string()),
            ("distinct", pa.int64()), ("rule", pa.string()), ("stored_as", pa.string()),
        ])
        return pa.Table.from_pylist(self.rows(), schema=schema)

    def to_pandas(self):
        return self.to_arrow().to_pandas()

    def _repr_html_(self) -> str:
        from piiscan.report.notebook import catalog_html

        return catalog_html(self)

    def plot(self, max_rows: int = 60):
        """The picture of where personal data lives (the report's heat map), for notebooks."""
        from piiscan.report.picture import Picture

        return Picture(self, max_rows=max_rows)

    def __repr__(self) -> str:
        s = self.summary()
        return f"<Catalog {s['pii_columns']} PII columns of {s['columns']} in {s['tables']} tables>"

    # --- JSON contract ----------------------------------------------------------------------
    def to_dict(self) -> dict:
        from piiscan import __version__

        return {
            "version": self.version,
            "generated_at": self.generated_at,
            "generator": f"piiscan {__version__}",
            "settings": self.settings,
            "sources": [s.to_dict() for s in self.sources],
            "tables": [t.to_dict() for t in self.tables],
            "columns": [c.to_dict() for c in self.columns],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Catalog":
        if data.get("version") != CATALOG_VERSION:
            from piiscan.errors import ConfigError

            raise ConfigError(f"unsupported catalog version {data.get('version')!r}; expected {CATALOG_VERSION}")
        return cls(
            sources=tuple(SourceInfo(s["name"], s["url"], s.get("status", "scanned"), s.get("reason"))
                          for s in data.get("sources", [])),
            tables=tuple(TableResult(**t) for t in data.get("tables", [])),
            columns=tuple(_column_from_dict(c) for c in data.get("columns", [])),
            settings=data.get("settings", {}),
            generated_at=data.get("generated_at", ""),
        )

    def write(self, path: str | Path, format: str | None = None) -> Path:
        from piiscan.writers import write

        return write(self, path, format)


def _findings_from_dicts(items: list) -> tuple[Finding, ...]:
    return tuple(
        Finding(f["entity"], f["category"], f["confidence"], f["match_ratio"],
                tuple(Evidence(e["signal"], e["detail"], e["score"]) for e in f.get("evidence", [])),
                tuple(f.get("examples", [])), f.get("path"), f.get("rule"), f.get("origin", "scan"))
        for f in items)


def _column_from_dict(c: dict) -> ColumnResult:
    return ColumnResult(c["source"], c.get("schema"), c["table"], c["column"], c.get("data_type", ""),
                        c["status"], c.get("reason"), c.get("rows_sampled", 0), c.get("non_null", 0),
                        c.get("distinct", 0), c.get("content"), _findings_from_dicts(c.get("findings", [])),
                        _findings_from_dicts(c.get("candidates", [])), c.get("review"),
                        tuple(c.get("notes", ())), stored_as=c.get("stored_as"))


def load_catalog(path: str | Path) -> Catalog:
    """Read a catalog written as JSON, CSV or Parquet (ConfigError on anything else).

    CSV holds no `settings` or `generated_at` (docs/catalog.md); the rest comes back whole.
    """
    from piiscan.writers import read_catalog

    return read_catalog(path)


def stored_as_bytes(col: ColumnResult) -> bool:
    """Whether a column's values are bytes (BLOB, BYTEA, VARBINARY, Arrow binary): they never
    equal a text identifier, even when they hold text.

    The catalog says so (`stored_as: "bytes"`, set by the scan from the source's column
    type). A column without it is text in a catalog written since the field exists, or of an
    older catalog, which never had it: for those the bytes decided from their content
    (`content: "binary"`) and the type name are the fallback. In a current catalog the
    fallback agrees with the field for every type piiscan's sources read as bytes, so it
    decides for older catalogs only; should it fire on a text column, that column is listed
    as not searched, never silently missed."""
    if col.stored_as is not None:
        return col.stored_as == STORED_AS_BYTES
    return col.content == "binary" or bool(_BYTES_TYPE.search(col.data_type or ""))
