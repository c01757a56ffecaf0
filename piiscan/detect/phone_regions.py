"""Local phone numbers of any country, under a phone name (issue 11: other locales).

The phone validator reads a number without a country code in a few common regions only
(piiscan.validators): reading every value in every region would be slow and would find
some region where any digits are valid. Where the column's name already says phone and its
values, so read, mostly fail, the column is read once more as a whole: the first values in
each region phonenumbers knows, then the rest in the regions that passed. A region counts
when at least 80% of up to 60 distinct values are valid numbers there, written as that
region groups its numbers where they are grouped; numbers of fewer than 7 digits
(extensions, short codes) are not read.

Under a name that says nothing (`c04`, `attr3`), a column whose values are nearly all numbers
written nationally with their trunk prefix (`09467855531`, `0885667438`) is read the same way,
or taken as the phone validator read it, at a lower score (`UNNAMED_SCORE`).

Plain values out: a `ValueMatch` for the `phone` rule, validated, its pattern naming the
region (`region:RO`), or `national`.
"""

from __future__ import annotations

import random

import pyarrow.compute as pc

from piiscan.detect.profile import Profile
from piiscan.detect.screen import ValueMatch

TRIED = 60
#: The first values every region must read (one failing value ends a region's turn).
EARLY = 3
#: A column where more than this share is written internationally is of many countries.
MAX_INTERNATIONAL = 0.1
MIN_VALID = 0.8
#: The column's values read in the common regions validate less than this: try the others.
FAILING = 0.5
#: Digits a local number has at least (a room extension has fewer).
MIN_DIGITS = 7
#: The score of local numbers of one region (a formatted number's).
SCORE = 0.85
#: ... and under a name that says nothing (`c04`, `attr3`), where only the values speak.
UNNAMED_SCORE = 0.7


#: Numbers written nationally, with a trunk prefix: `0` then 8-11 digits (most of the world), or
#: `1` then 10 (North America).
_TRUNK = r"^\s*(?:0[1-9][\d ()/.-]{6,14}\d|1[2-9]\d{9})\s*$"


def trunk_prefixed(prof: Profile) -> bool:
    """Nearly every value a number written nationally with its trunk prefix (`0885667438`,
    `09467855531`, `16724888427`): what a column of phone numbers under a name that says
    nothing looks like, and IDs and counters don't (they have no leading zero)."""
    if prof.kind != "string" or prof.distinct < 10 or prof.distinct < 0.8 * prof.non_null:
        return False
    shaped = pc.match_substring_regex(prof.values, _TRUNK)
    return (pc.sum(pc.if_else(shaped, prof.counts, 0)).as_py() or 0) >= 0.9 * prof.non_null


def _failing(prof: Profile, matches: list[ValueMatch], seed: int) -> list[str] | None:
    """Up to `TRIED` of the column's distinct values, shuffled, where the phone validator did
    not read most of them (None: it did)."""
    if any(m.validated and m.rows >= FAILING * prof.non_null for m in matches):
        return None
    values = [str(v).strip() for v in prof.values.to_pylist()]
    random.Random(seed).shuffle(values)
    return values[:TRIED]


def local_phones(prof: Profile, matches: list[ValueMatch], seed: int = 0, score: float = SCORE) -> ValueMatch | None:
    """The phone numbers of one region that the column's values are, when the common regions
    did not read them (None: no region does, or they did)."""
    if prof.kind not in ("string", "integer") or prof.distinct < EARLY or prof.digit_share < 0.5:
        return None
    values = _failing(prof, matches, seed)
    if values is None:
        return None
    import phonenumbers

    from piiscan.validators import PHONE_REGIONS, grouped_as_written

    if sum(v.startswith(("+", "00")) for v in values) > MAX_INTERNATIONAL * len(values):
        return None  # numbers of many countries: no one region's local numbers
    # room extensions and short codes are valid numbers of some small territory: not these
    values = [v for v in values if sum(c.isdigit() for c in v) >= MIN_DIGITS]
    if len(values) < EARLY:
        return None

    def valid(value: str, region: str) -> bool:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number) and grouped_as_written(value, number)

    regions = sorted(phonenumbers.SUPPORTED_REGIONS - set(PHONE_REGIONS))
    for value in values[:EARLY]:  # one value at a time: most regions fail the first
        regions = [r for r in regions if valid(value, r)]
    best = None
    for region in regions:
        passed = [v for v in values if valid(v, region)]
        if len(passed) >= MIN_VALID * len(values) and (best is None or len(passed) > len(best[1])):
            best = (region, passed)
    if best is None:
        return None
    region, passed = best
    share = len(passed) / len(values)
    return ValueMatch("phone", f"region:{region}", score, rows=round(share * prof.non_null),
                      distinct=round(share * prof.distinct), validated=True, checked=len(values),
                      examples=tuple(passed[:3]), candidates=prof.distinct)


#: International numbers of one country whose numbering plan phonenumbers knows but whose
#: ranges it doesn't (new or unallocated blocks): a lower score than validated numbers.
POSSIBLE_SCORE = 0.7


def possible_international(prof: Profile, matches: list[ValueMatch], seed: int = 0) -> ValueMatch | None:
    """Numbers written internationally (`+995 511 57 15 60`), nearly all with one country code
    and of a length that country's plan allows, where most of them fail validation: a phone
    column whatever its name (None otherwise)."""
    if prof.kind != "string" or prof.distinct < 10 or prof.digit_share < 0.6:
        return None
    if not pc.any(pc.match_substring_regex(prof.values, r"^\s*\+")).as_py():
        return None  # no value written internationally: nothing to shuffle and read
    values = _failing(prof, matches, seed)
    if values is None or sum(v.startswith("+") for v in values) < MIN_VALID * len(values):
        return None
    import phonenumbers

    parsed = []  # (value, number): a value that doesn't parse is left out, not misaligned
    for value in values:
        try:
            parsed.append((value, phonenumbers.parse(value, None)))
        except phonenumbers.NumberParseException:
            continue
    codes = [n.country_code for _, n in parsed]
    if not codes:
        return None
    code = max(set(codes), key=codes.count)
    possible = [v for v, n in parsed if n.country_code == code and phonenumbers.is_possible_number(n)]
    if len(possible) < MIN_VALID * len(values):
        return None
    share = len(possible) / len(values)
    return ValueMatch("phone", f"possible:+{code}", POSSIBLE_SCORE, rows=round(share * prof.non_null),
                      distinct=round(share * prof.distinct), validated=True, checked=len(values),
                      examples=tuple(possible[:3]), candidates=prof.distinct)


def describe_region(pattern: str) -> str | None:
    """How a match's pattern name says it was validated (`region:RO`), for its evidence."""
    if pattern.startswith("possible:"):
        return (f"international numbers of country code {pattern[9:]}, of lengths its numbering plan allows"
                " (phonenumbers), though outside the ranges it knows")
    if not pattern.startswith("region:"):
        return None
    return f"phone numbers of region {pattern[7:]} (phonenumbers), read as the column's local numbers"
