"""Stage 1 and 2: RE2 screening of a column's distinct values on Arrow arrays, then
validators (checksums, phone parsing) on a bounded subsample of the candidates only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piiscan.text import fold
from piiscan.detect.profile import Profile
from piiscan.validators import VALIDATORS
from piiscan.rules import Rule

#: At most this many distinct candidates per pattern go through a Python validator;
#: the share that validates is extrapolated to the other candidates.
MAX_VALIDATED = 200
#: ... and when more than 90% or fewer than 10% of the first EARLY_CHECK candidates
#: validate, checking stops there.
EARLY_CHECK = 40


@dataclass(frozen=True)
class ValueMatch:
    """How a column's values matched one pattern (or allow list) of one rule."""

    rule: str
    pattern: str
    score: float
    rows: int  # estimated rows whose value matches (and validates)
    distinct: int  # distinct values that match (and validate)
    validated: bool  # a validator confirmed the matches
    checked: int  # candidates that went through the validator
    examples: tuple[str, ...]  # raw values, in memory only: masked before they leave detection
    candidates: int = 0  # distinct values the pattern matched, before validation


def screen(profile: Profile, rules, seed: int = 0) -> dict[str, list[ValueMatch]]:
    """Match every value pattern and allow list of `rules` against one column's distinct values."""
    return screen_many([profile], rules, seed)[0]


def screen_many(profiles: list[Profile], rules, seed: int = 0) -> list[dict[str, list[ValueMatch]]]:
    """Screen several columns at once: their distinct values are concatenated into one Arrow
    array, so each RE2 pattern is compiled and run once per table, not once per column."""
    out: list[dict[str, list[ValueMatch]]] = [{} for _ in profiles]
    live = [i for i, p in enumerate(profiles) if p.distinct]
    if not live:
        return out
    values = pa.concat_arrays([profiles[i].values for i in live])
    counts = pa.concat_arrays([profiles[i].counts for i in live])
    offsets = np.cumsum([0] + [profiles[i].distinct for i in live])
    lengths = pc.utf8_length(values).to_numpy(zero_copy_only=False)
    core = pc.utf8_length(pc.utf8_trim(values, _RE2_SPACE)).to_numpy(zero_copy_only=False)
    lists = [len(v) for r in rules for v in (*r.deny_list, *r.allow_list)]
    folded = _folded(values, lengths, max(lists) + 2) if lists else None

    def in_list(words: frozenset[str]) -> np.ndarray:
        """Which values, folded, are in `words` (only values at most 2 longer than its longest)."""
        found = pc.fill_null(pc.is_in(folded, value_set=pa.array(sorted(words), pa.string())), False)
        return found.to_numpy(zero_copy_only=False) & (lengths <= max(len(v) for v in words) + 2)

    for rule in rules:
        per_column: dict[int, list[ValueMatch]] = {}
        denied = in_list(rule.deny_list) if rule.deny_list else None
        hits = [(p.name, p.score, p.validator, _matching(values, p, lengths, core)) for p in rule.patterns]
        if rule.allow_list:
            hits.append(("allow_list", rule.score, None, np.flatnonzero(in_list(rule.allow_list))))
        for name, score, validator, hit in hits:
            if denied is not None:
                hit = hit[~denied[hit]]
            if not len(hit):
                continue
            owner = np.searchsorted(offsets, hit, side="right") - 1
            for slot in np.unique(owner):
                column = live[slot]
                prof = profiles[column]
                if rule.max_distinct is not None and prof.distinct > rule.max_distinct:
                    continue
                picks = pa.array(hit[owner == slot])
                match = _validated(rule, name, score, validator, values.take(picks),
                                   counts.take(picks), seed)
                # kept even when nothing validates: the shape agreeing with a column name
                # (SSN-shaped test numbers under `ssn`) is evidence too
                per_column.setdefault(column, []).append(match)
        for column, matches in per_column.items():
            out[column][rule.name] = matches
    return out


#: What RE2's \s matches: the whitespace `^\s*(?:...)\s*$` trims around a pattern.
_RE2_SPACE = " \t\n\f\r"


def _matching(values: pa.Array, pattern, lengths: np.ndarray, core: np.ndarray) -> np.ndarray:
    """Indices of the values that `pattern` matches whole. Only values whose length a match
    allows are run through RE2: at least the pattern's shortest match, and, once RE2's
    whitespace is trimmed, at most its longest (the bounds come from the regex itself)."""
    shortest, longest = _widths(pattern.regex)
    fits = (lengths >= shortest) & (core <= longest)
    if fits.all():
        return pc.indices_nonzero(pc.match_substring_regex(values, pattern.full)).to_numpy()
    picks = np.flatnonzero(fits)
    if not len(picks):
        return picks
    found = pc.match_substring_regex(values.take(pa.array(picks)), pattern.full)
    return picks[pc.indices_nonzero(found).to_numpy()]


@lru_cache(maxsize=None)
def _widths(regex: str) -> tuple[int, float]:
    """The shortest and longest text `regex` can match (characters; unbounded is inf), as
    Python's regex parser reads it; (0, inf) where it can't."""
    try:
        import re._parser as parser
    except ImportError:  # Python 3.10
        import sre_parse as parser
    try:
        shortest, longest = parser.parse(regex).getwidth()
    except Exception:  # a construct Python's parser doesn't know: no bound
        return 0, float("inf")
    return shortest, float("inf") if longest >= parser.MAXREPEAT else longest


def _folded(values: pa.Array, lengths: np.ndarray, limit: int) -> pa.Array:
    """`fold(value).strip()` for each value of at most `limit` characters, null for longer ones.

    Plain ASCII is folded by Arrow (lower-case, trim); the rest by `fold` in Python. ASCII
    values with the separators \\x1c-\\x1f, which Python strips and Arrow doesn't, take the
    Python way too, so the result is exactly `fold(value).strip()`.
    """
    short = pa.array(lengths <= limit)
    out = pc.ascii_trim_whitespace(pc.ascii_lower(values))
    python = pc.and_(short, pc.or_(pc.invert(pc.string_is_ascii(values)),
                                   pc.match_substring_regex(values, "[\\x1c-\\x1f]")))
    picks = pc.indices_nonzero(python)
    if len(picks):
        refolded = [fold(v).strip() for v in values.take(picks).to_pylist()]
        out = pc.replace_with_mask(out, python, pa.array(refolded, pa.string()))
    return pc.if_else(short, out, pa.scalar(None, pa.string()))


@lru_cache(maxsize=4096)
def _validation_order(n: int, seed: int) -> tuple[int, ...]:
    """The candidates a validator checks, in order: all `n` when few, else the first
    MAX_VALIDATED of a shuffle seeded by `seed`. The order depends on (n, seed) alone, so it
    is shuffled once per process, not once per column and pattern (many columns have exactly
    as many distinct values as rows sampled)."""
    indices = list(range(n))
    if n > EARLY_CHECK:
        random.Random(seed).shuffle(indices)
        indices = indices[:MAX_VALIDATED]
    return tuple(indices)


def _validated(rule: Rule, pattern: str, score: float, validator: str | None,
               candidates: pa.Array, counts: pa.Array, seed: int) -> ValueMatch:
    values = candidates.to_pylist()
    rows = counts.to_pylist()
    if validator is None:
        return ValueMatch(rule.name, pattern, score, sum(rows), len(values), False, 0,
                          tuple(values[:3]), len(values))
    check = VALIDATORS[validator]
    indices = _validation_order(len(values), seed)
    passed = []
    for n, i in enumerate(indices, 1):
        if check(values[i].strip()):
            passed.append(i)
        if n == EARLY_CHECK and len(indices) > EARLY_CHECK and not 0.1 < len(passed) / n < 0.9:
            indices = indices[:n]  # (nearly) all or none of the first ones validate: the share is clear
            break
    passed.sort()
    share = len(passed) / len(indices)
    checked_rows = sum(rows[i] for i in indices)
    passed_rows = sum(rows[i] for i in passed)
    row_share = passed_rows / checked_rows if checked_rows else 0.0
    return ValueMatch(
        rule.name, pattern, score,
        rows=round(row_share * sum(rows)),
        distinct=round(share * len(values)),
        validated=True,
        checked=len(indices),
        examples=tuple(values[i] for i in passed[:3]),
        candidates=len(values),
    )
