"""What changed between two catalogs: PII columns that appeared, disappeared, changed
category or crossed the decision threshold; columns whose values the source now stores as
bytes, or no longer; tables added, dropped or newly erroring.

A pure function of two catalogs (`diff_catalogs`); the store picks which scans to compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from piiscan.catalog import Catalog, ColumnResult, stored_as_bytes

#: Kinds of change, in the order they are listed.
KINDS = ("source_added", "source_dropped", "source_error", "table_added", "table_dropped", "table_error",
         "table_recovered", "pii_appeared", "crossed_threshold_up", "category_changed",
         "crossed_threshold_down", "pii_disappeared", "storage_changed")


@dataclass(frozen=True)
class Change:
    kind: str
    source: str
    schema: str | None
    table: str | None
    column: str | None
    before: str  # a short description, never a value
    after: str
    new_pii: bool = False  # personal data (or a category) seen now where it was not before
    notes: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return ".".join(p for p in (self.source, self.schema, self.table, self.column) if p)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "source": self.source, "schema": self.schema, "table": self.table,
                "column": self.column, "before": self.before, "after": self.after,
                "new_pii": self.new_pii, "notes": list(self.notes)}


@dataclass(frozen=True)
class Diff:
    changes: tuple[Change, ...]
    before: dict  # {"scans": ..., "generated_at": ...}
    after: dict
    threshold: float

    @property
    def new_pii(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.new_pii)

    def to_dict(self) -> dict:
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        return {"before": self.before, "after": self.after, "threshold": self.threshold,
                "counts": counts, "new_pii": len(self.new_pii),
                "changes": [c.to_dict() for c in self.changes]}

    def __bool__(self) -> bool:
        return bool(self.changes)


def _describe(col: ColumnResult | None, threshold: float) -> str:
    if col is None:
        return "absent"
    if col.status != "scanned":
        return col.status
    found = [f"{f.category} {f.confidence:.2f}" for f in col.findings]
    if not found:
        return "no PII"
    return ", ".join(found) + (f" ({col.review})" if col.review else "")


def _categories(col: ColumnResult | None, threshold: float) -> set[str]:
    return {f.category for f in col.findings if f.confidence >= threshold} if col else set()


def _storage(col: ColumnResult) -> str:
    """"bytes" or "text": how the source stores the column's values, as `piiscan find` reads
    it (by content and type name where the catalog predates `stored_as`)."""
    return "bytes" if stored_as_bytes(col) else "text"


def _scans(catalog: Catalog) -> dict:
    settings = catalog.settings
    return {"scans": settings.get("store_scans") or settings.get("store_scan"), "generated_at": catalog.generated_at}


def diff_catalogs(before: Catalog, after: Catalog, notes=()) -> Diff:
    """The changes from `before` to `after`. A column is PII when a finding reaches the
    threshold: the higher `min_confidence` of the two scans."""
    threshold = max(float(before.settings.get("min_confidence", 0.5)), float(after.settings.get("min_confidence", 0.5)))
    changes: list[Change] = []

    def noted(source, schema=None, table=None, column=None) -> tuple[str, ...]:
        return tuple(n.text for n in notes if n.target.covers(source, schema, table, column))

    def add(kind, source, schema=None, table=None, column=None, was="", now="", new=False):
        changes.append(Change(kind, source, schema, table, column, was, now, new,
                              noted(source, schema, table, column)))

    old_sources = {src.name for src in before.sources}
    new_sources = {src.name for src in after.sources if src.status != "error"}
    for src in after.sources:  # a source that could not be opened: its tables were not looked at
        if src.status == "error" and src.name in old_sources:
            add("source_error", src.name, was="scanned", now=f"error: {src.reason}")
    for name in sorted(new_sources - old_sources):
        add("source_added", name, was="absent", now="scanned")
    for name in sorted(old_sources - {src.name for src in after.sources}):
        add("source_dropped", name, was="scanned", now="absent")
    old_tables = {(t.source, t.schema, t.table): t for t in before.tables}
    new_tables = {(t.source, t.schema, t.table): t for t in after.tables}
    for key in sorted(new_tables.keys() - old_tables.keys(), key=str):
        if key[0] in old_sources:
            add("table_added", *key, was="absent", now=new_tables[key].status)
    for key in sorted(old_tables.keys() - new_tables.keys(), key=str):
        if key[0] in new_sources:
            add("table_dropped", *key, was=old_tables[key].status, now="absent")
    for key in sorted(old_tables.keys() & new_tables.keys(), key=str):
        was, now = old_tables[key], new_tables[key]
        if now.status == "error" and was.status != "error":
            add("table_error", *key, was=was.status, now=f"error: {now.reason}")
        elif was.status == "error" and now.status != "error":
            add("table_recovered", *key, was=f"error: {was.reason}", now=now.status)
    old_columns = {(c.source, c.schema, c.table, c.column): c for c in before.columns}
    unreadable = {key for key, t in new_tables.items() if t.status == "error"}
    for col in after.columns:
        key = (col.source, col.schema, col.table, col.column)
        was = old_columns.get(key)
        if was is not None and was.status == col.status == "scanned" and _storage(was) != _storage(col):
            add("storage_changed", *key, f"stored as {_storage(was)} ({was.data_type})",
                f"stored as {_storage(col)} ({col.data_type})")  # find compares bytes there, or no longer
        a, b = _categories(was, threshold), _categories(col, threshold)
        if a == b:
            continue
        texts = (_describe(was, threshold), _describe(col, threshold))
        below = {f.category for f in (was.findings if was else ())}
        if not a:
            crossed = bool(b & below)
            add("crossed_threshold_up" if crossed else "pii_appeared", *key, *texts, new=True)
        elif not b:
            crossed = bool(a & {f.category for f in col.findings})
            add("crossed_threshold_down" if crossed else "pii_disappeared", *key, *texts)
        else:
            add("category_changed", *key, *texts, new=bool(b - a))
    new_keys = {(c.source, c.schema, c.table, c.column) for c in after.columns}
    for key, was in old_columns.items():
        if (key not in new_keys and key[0] in new_sources and key[:3] not in unreadable
                and _categories(was, threshold)):
            add("pii_disappeared", *key, _describe(was, threshold), "absent")
    order = {kind: n for n, kind in enumerate(KINDS)}
    changes.sort(key=lambda c: (order[c.kind], c.name))
    return Diff(tuple(changes), _scans(before), _scans(after), threshold)
