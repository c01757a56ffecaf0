"""Stage 1 and 2: RE2 screening of a column's distinct values on Arrow arrays, then
validators (checksums, phone parsing) on a bounded subsample of the candidates only."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.detect.names import fold
from piiscan.detect.profile import Profile
from piiscan.detect.validators import VALIDATORS
from piiscan.rules import Rule

#: At most this many distinct candidates per pattern go through a Python validator;
#: the share that validates is extrapolated to the other candidates.
MAX_VALIDATED = 200


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
    """Match every value pattern and allow list of `rules` against the column's distinct values."""
    out: dict[str, list[ValueMatch]] = {}
    if not profile.distinct:
        return out
    values = profile.values
    counts = profile.counts
    folded = None
    for rule in rules:
        matches: list[ValueMatch] = []
        if rule.max_distinct is not None and profile.distinct > rule.max_distinct:
            continue
        if rule.deny_list or rule.allow_list:
            if folded is None:
                folded = [fold(v).strip() for v in values.to_pylist()]
        allowed = pa.array([v not in rule.deny_list for v in folded]) if rule.deny_list else None
        for pattern in rule.patterns:
            mask = pc.match_substring_regex(values, pattern.full)
            if allowed is not None:
                mask = pc.and_(mask, allowed)
            if not pc.any(mask).as_py():
                continue
            matches.append(_validated(rule, pattern.name, pattern.score, pattern.validator,
                                      values.filter(mask), counts.filter(mask), seed))
        if rule.allow_list:
            mask = pa.array([v in rule.allow_list for v in folded])
            if pc.any(mask).as_py():
                matches.append(_validated(rule, "allow_list", rule.score, None,
                                          values.filter(mask), counts.filter(mask), seed))
        if matches:
            out[rule.name] = [m for m in matches if m.distinct]
    return out


def _validated(rule: Rule, pattern: str, score: float, validator: str | None,
               candidates: pa.Array, counts: pa.Array, seed: int) -> ValueMatch:
    values = candidates.to_pylist()
    rows = counts.to_pylist()
    if validator is None:
        return ValueMatch(rule.name, pattern, score, sum(rows), len(values), False, 0,
                          tuple(values[:3]), len(values))
    check = VALIDATORS[validator]
    indices = list(range(len(values)))
    if len(indices) > MAX_VALIDATED:
        indices = sorted(random.Random(seed).sample(indices, MAX_VALIDATED))
    passed = [i for i in indices if check(values[i].strip())]
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
