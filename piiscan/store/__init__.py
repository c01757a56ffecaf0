"""The catalog store: scans that accumulate, and what people decided about them.

    store = Store("piiscan.db")                      # a SQLite file, or any SQLAlchemy URL
    scan_id = store.add_scan(piiscan.scan("sqlite:///shop.db"))
    store.current()                                  # latest scan of every source, decisions applied
    store.decide("shop.customers.notes", "reject", who="ana", note="free-text product notes")
    store.diff().to_dict(); store.history("shop.customers"); store.stale(days=90)

All database work is here, behind plain verbs; the tables are declared once in
`piiscan.store.schema`; review states and decisions are pure functions in `review`.
docs/store.md describes the schema, the upgrade path and the review states.
"""

from __future__ import annotations

__all__ = ["DEFAULT_STORE", "Decision", "Diff", "HistoryEntry", "Note", "StaleTable", "Store", "Target"]

_LAZY = {
    "DEFAULT_STORE": "piiscan.store.database",
    "Store": "piiscan.store.database",
    "Decision": "piiscan.store.review",
    "Note": "piiscan.store.review",
    "Target": "piiscan.store.review",
    "Diff": "piiscan.store.diff",
    "HistoryEntry": "piiscan.store.history",
    "StaleTable": "piiscan.store.stale",
}


from piiscan import _lazy_names  # noqa: E402

__getattr__ = _lazy_names("piiscan.store", _LAZY, globals())  # `piiscan --help` never imports SQLAlchemy


def __dir__() -> list[str]:
    return sorted(__all__)
