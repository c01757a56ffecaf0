"""The story of a source, table or column: each scan that touched it and what changed from
the scan before (through `diff_catalogs`), with the decisions and notes people added."""

from __future__ import annotations

from dataclasses import dataclass, replace

from piiscan.catalog import Catalog
from piiscan.store.diff import _describe, diff_catalogs


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    kind: str  # scan | decision | note
    summary: str
    changes: tuple[str, ...] = ()
    scan_id: int | None = None

    def to_dict(self) -> dict:
        return {"at": self.at, "kind": self.kind, "scan_id": self.scan_id, "summary": self.summary,
                "changes": list(self.changes)}


def _only(catalog: Catalog, target) -> Catalog:
    return replace(
        catalog,
        sources=tuple(x for x in catalog.sources if x.name == target.source),
        tables=tuple(t for t in catalog.tables if target.covers(t.source, t.schema, t.table, target.column)),
        columns=tuple(c for c in catalog.columns if target.covers(c.source, c.schema, c.table, c.column)))


def _state(catalog: Catalog, target) -> str:
    if target.level == "column":
        col = catalog.columns[0] if catalog.columns else None
        table = catalog.tables[0] if catalog.tables else None
        if col is None and table is not None and table.status == "error":
            return f"table not read: {table.reason}"
        return _describe(col, 0.0)
    if target.level == "table" and catalog.tables:
        table = catalog.tables[0]
        if table.status == "error":
            return f"error: {table.reason}"
    s = catalog.summary()
    cats = ", ".join(s["by_category"]) or "no PII"
    rows = ""
    if target.level == "table" and catalog.tables and catalog.tables[0].rows_total is not None:
        rows = f", {catalog.tables[0].rows_total} rows"
    return f"{s['pii_columns']} PII of {s['columns']} columns ({cats}){rows}"


def history_of(target, scans: list[tuple[dict, Catalog | None]], decisions, notes) -> list[HistoryEntry]:
    """Entries oldest first. `scans` are (scan row, catalog of the target's source) pairs;
    with `target` None, one line per scan of the store."""
    entries: list[HistoryEntry] = []
    previous: Catalog | None = None
    for row, catalog in scans:
        if target is None:
            entries.append(HistoryEntry(row["finished_at"], "scan", f"scan of {', '.join(row['sources'])}",
                                        scan_id=row["id"]))
            continue
        mine = _only(catalog, target)
        if target.level != "source" and not mine.tables and not mine.columns:
            continue  # a scan of the source that didn't include this table
        if previous is None:
            changes = ("first scan",)
        else:
            changes = tuple(f"{c.kind.replace('_', ' ')}: {c.name} ({c.before} -> {c.after})"
                            for c in diff_catalogs(previous, mine).changes)
        entries.append(HistoryEntry(row["finished_at"], "scan", _state(mine, target), changes, row["id"]))
        previous = mine
    for d in decisions:
        what = f"{d.action}{' as ' + d.category if d.category else ''} {d.target} by {d.who}"
        detail = tuple(x for x in (d.note and f"note: {d.note}", d.expires and f"expires {d.expires}") if x)
        entries.append(HistoryEntry(d.decided_at, "decision", what, detail))
    for n in notes:
        entries.append(HistoryEntry(n.noted_at, "note", f"{n.target} ({n.who}): {n.text}"))
    return sorted(entries, key=lambda e: e.at)
