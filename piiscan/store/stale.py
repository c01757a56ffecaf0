"""Silos that rot: tables holding personal data whose last-change signals stopped moving.

A table's signals are its `changed_at`, `modifications` and `rows_total` as each scan
recorded them (piiscan.sources.changes). The table is unchanged since the first scan of
the latest run of scans that saw the same signals, or since its `changed_at` when the
source says so (but never before the last scan that saw other signals). Tables no scan could get a signal for are not listed (nothing is known).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from piiscan.catalog import Catalog, TableResult


@dataclass(frozen=True)
class StaleTable:
    source: str
    schema: str | None
    table: str
    unchanged_since: str  # ISO time
    days: float  # days since then
    scans: int  # scans in a row that saw the same signals
    rows_total: int | None
    categories: tuple[str, ...]

    @property
    def name(self) -> str:
        return ".".join(p for p in (self.source, self.schema, self.table) if p)

    def to_dict(self) -> dict:
        return {"source": self.source, "schema": self.schema, "table": self.table,
                "unchanged_since": self.unchanged_since, "days": round(self.days, 1), "scans": self.scans,
                "rows_total": self.rows_total, "categories": list(self.categories)}


def _signals(t: TableResult) -> tuple:
    return (t.changed_at, t.modifications, t.rows_total)


def _when(text: str) -> _dt.datetime:
    when = _dt.datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=_dt.timezone.utc)


def stale_tables(current: Catalog, history: dict[tuple, list[tuple[str, TableResult]]],
                 days: float | None = None, scans: int | None = None,
                 now: _dt.datetime | None = None) -> list[StaleTable]:
    """PII tables of `current` unchanged for at least `days` days and `scans` scans (either
    may be None), oldest first. `history` maps (source, schema, table) to (scan time,
    TableResult) pairs, oldest first."""
    now = now or _dt.datetime.now(_dt.timezone.utc)
    pii: dict[tuple, list[str]] = {}
    for col in current.columns:
        for category in col.categories:
            cats = pii.setdefault((col.source, col.schema, col.table), [])
            if category not in cats:
                cats.append(category)
    out = []
    for key, cats in pii.items():
        seen = [(at, t) for at, t in history.get(key, []) if t.status == "scanned"]
        if not seen or _signals(seen[-1][1]) == (None, None, None):
            continue
        run = 1
        while run < len(seen) and _signals(seen[-run - 1][1]) == _signals(seen[-1][1]):
            run += 1
        last = seen[-1][1]
        since = last.changed_at or seen[-run][0]
        if run < len(seen):  # the signals moved after the scan before the run
            since = max(since, seen[-run - 1][0], key=_when)
        age = (now - _when(since)).total_seconds() / 86400
        if (days is None or age >= days) and (scans is None or run >= scans):
            out.append(StaleTable(key[0], key[1], key[2], since, age, run, last.rows_total, tuple(cats)))
    return sorted(out, key=lambda t: (t.unchanged_since, t.name))
