"""Several values packed into one cell: lists (`a@x.org; b@y.org`, `["a@x.org", "b@y.org"]`)
and composite fields (`Maria Harris, +49 30 901820`).

The cells are split on list separators and the parts screened like a column of their own, for
the precise rules only (validated patterns: e-mail, phone, IP, card, IBAN, national IDs), so
that a list of e-mails counts as e-mails in every row instead of matching nowhere whole.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piiscan.detect.profile import Profile, profile
from piiscan.detect.screen import ValueMatch, screen_many

_SEPARATOR = r"[;,|\n]"
_SPLIT = r"\s*[;,|\n]\s*"
_BRACKETS = r'^\s*\[|\]\s*$|"'
#: Cells are split only where at least this share of rows holds a separator.
MIN_LIST_SHARE = 0.3


def _has_at(prof: Profile) -> bool:
    return bool(pc.any(pc.match_substring(prof.values, "@")).as_py())


def part_matches(prof: Profile, rules, seed: int = 0) -> dict[str, list[ValueMatch]]:
    """Matches of the precise rules among the parts of list-like cells, counted in rows
    (a row counts once however many of its parts match); {} when the cells are not lists."""
    if prof.kind != "string" or not prof.non_null or prof.mean_words > 12 or prof.digit_share == 0 and not _has_at(prof):
        return {}  # every precise rule needs digits, but e-mail
    listed = pc.match_substring_regex(prof.values, _SEPARATOR)
    if (pc.sum(pc.if_else(listed, prof.counts, 0)).as_py() or 0) < MIN_LIST_SHARE * prof.non_null:
        return {}
    cells = pc.replace_substring_regex(prof.values, _BRACKETS, "")
    parts = pc.split_pattern_regex(cells, _SPLIT)
    flat = pc.list_flatten(parts)
    rows_per_cell = prof.counts.to_numpy(zero_copy_only=False)
    repeats = rows_per_cell[pc.list_parent_indices(parts).to_numpy(zero_copy_only=False)]
    exploded = pa.array(np.repeat(np.array(flat.to_pylist(), dtype=object), repeats), pa.string())
    precise = [r for r in rules if r.minority and r.patterns]
    found = screen_many([profile(exploded)], precise, seed)[0]
    out = {}
    for name, matches in found.items():
        out[name] = [replace(m, pattern=f"{m.pattern} in a list", rows=min(m.rows, prof.non_null))
                     for m in matches]
    return out
