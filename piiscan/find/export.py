"""Export (GDPR art. 15): the full rows of confirmed matches, one JSON file per table, in a
folder only its owner can open (0700; files 0600). This is the one output that holds the
subject's values, and it is only written when asked for.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from piiscan.errors import PiiscanError
from piiscan.find.result import FindResult, write_private
from piiscan.sources.base import TableRef


def export_rows(result: FindResult, sources: dict, folder: str | os.PathLike) -> Path:
    """Write the confirmed rows of every table with a row key; a manifest lists what was and wasn't exported."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    manifest = {"subject_ref": result.subject_ref, "personal_data": True, "tables": []}
    for match in result.tables:
        rows = match.confirmed()
        entry = {"source": match.source, "schema": match.schema, "table": match.table, "rows": 0, "file": None}
        if not rows:
            continue
        if not match.row_key or not all(r.key for r in rows):
            entry["reason"] = "no row key: rows can't be picked out (see the result's columns)"
            manifest["tables"].append(entry)
            continue
        try:
            names, full = sources[match.source].fetch_rows(
                TableRef(match.source, match.schema, match.table), match.row_key, [r.key for r in rows])
        except PiiscanError as error:
            entry["reason"] = str(error)
            manifest["tables"].append(entry)
            continue
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", "__".join(p for p in (match.source, match.schema, match.table) if p))
        name = name.strip("._")[-150:] + ".json"
        records = [dict(zip(names, row)) for row in full]
        write_private(folder / name, json.dumps(records, indent=2, ensure_ascii=False, default=str) + "\n")
        entry.update(rows=len(records), file=name)
        manifest["tables"].append(entry)
    write_private(folder / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return folder
