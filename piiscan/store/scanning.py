"""What `scan(..., store=, changed_only=)` needs from the store: the rules fingerprint, the
last-change signals of the listed tables, and the tables whose results can be carried over
from the last scan because nothing moved (`scan --changed-only`).

A table is carried over (not sampled again) only when all of these hold; otherwise it is
scanned:
- the last scan of its source read it (status `scanned`);
- that scan used the same rules (fingerprint of the rule files' bytes), sample size, seed,
  NER model and min_confidence;
- the source gives a last-change signal for it now (changed_at or modifications) and the
  signal equals the one recorded then.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from piiscan.catalog import ColumnResult, TableResult
from piiscan.errors import PiiscanError

#: Settings that must match for a table's old results to stand for a new scan.
SAME_SETTINGS = ("sample_size", "seed", "model", "min_confidence")


def rules_fingerprint(paths=()) -> str | None:
    """SHA-256 over the names and bytes of the rule files a scan loads (shipped + `paths`);
    None when they can't be read any more."""
    from piiscan.rules import load_rules

    try:
        files = load_rules(tuple(str(p) for p in paths)).files
        digest = hashlib.sha256()
        for file in files:
            digest.update(Path(file).name.encode() + b"\0" + Path(file).read_bytes() + b"\0")
    except (PiiscanError, OSError):
        return None
    return digest.hexdigest()


def listed_changes(source, name: str, refs) -> dict[tuple, object]:
    """(source name, schema, table) -> TableChange for the listed tables of an open source."""
    from piiscan.sources.changes import table_changes

    return {(name, schema, table): change for (schema, table), change in table_changes(source, refs).items()}


def with_change(table: TableResult, changes: dict) -> TableResult:
    change = changes.get((table.source, table.schema, table.table))
    if change is None:
        return table
    return replace(table, changed_at=change.changed_at, modifications=change.modifications)


def carried_tables(store, refs, changes: dict, settings: dict
                   ) -> dict[tuple, tuple[TableResult, list[ColumnResult]]]:
    """The listed tables (`refs`) whose last stored results still stand, with those results."""
    fingerprint = rules_fingerprint(settings.get("rules", ()))
    wanted = {(r.source, r.schema, r.name) for r in refs}
    try:
        latest, _ = store._latest_pairs()
    except PiiscanError:  # an empty store: everything is new
        return {}
    scans = {row["id"]: row for row in store.scans()}
    carried = {}
    for scan_id, name in latest:
        row = scans[scan_id]
        if name not in {key[0] for key in wanted} or row["rules_fingerprint"] != fingerprint:
            continue
        if any(row["settings"].get(k) != settings.get(k) for k in SAME_SETTINGS):
            continue
        old = store.catalog(scan_id)
        for table in old.tables:
            key = (table.source, table.schema, table.table)
            change = changes.get(key)
            if key not in wanted or table.status != "scanned" or change is None:
                continue
            now = (change.changed_at, change.modifications)
            if now == (None, None) or now != (table.changed_at, table.modifications):
                continue
            columns = [c for c in old.columns if (c.source, c.schema, c.table) == key]
            carried[key] = (replace(table, carried_from=table.carried_from or scan_id), columns)
    return carried
