"""Composite fields that hold a person's name beside something else.

- contact lines: a name with an e-mail address or a phone number in one cell
  (`Maria Harris <maria@x.org>`, `Jobst Spieß (Mutter) +49 5240 280888`): the column holds the
  name and the contact;
- login names that spell out a first and a last name (`maria.harris`, `jason_bowen99`), or
  that are plain given names (`Mike`): a login and a person's name at once.

Judged in Python on at most 200 distinct values, only for columns whose shape fits.
"""

from __future__ import annotations

import re

import pyarrow.compute as pc

from piiscan.detect.profile import Profile

SUBSAMPLE = 200
#: Share of the distinct values, and of the rows, that must be contact lines.
MIN_SHARE = 0.6
#: Share of the login names that must spell out two name parts (`first.last`).
MIN_TWO_PART_LOGINS = 0.3

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![^\W\d_])(?:\+|\(?0|\(\d{1,4}\) ?\d|\d)[\d ()/.-]{6,}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?")
#: Digits a number written without a prefix (`+`, `0`) has at least to be read as a phone number
#: (`693 85 36 14`, `9800173128`), more than a date's.
MIN_BARE_DIGITS = 9
#: What separates a name from its contact: brackets and what they hold (`(Mutter)`), quotes,
#: punctuation, and dashes or bullets standing alone (`Amelia Yolanda - 0845 5650 5926`).
_NOISE = re.compile(r"\([^)]*\)|[<>\[\]\"':;,|/]|(?<!\S)[-–—•·](?!\S)")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
_TWO_PART_LOGIN = re.compile(r"^[a-z]{2,}[._][a-z]{2,}\d{0,4}$")


def _name_residue(text: str) -> bool:
    """What is left beside the contact is a name: capitalised words, or a name in a script
    without capitals (`وثّاب المهنا`, `आज्ञा सिंह`; piiscan.detect.nameshape)."""
    from piiscan.detect.nameshape import name_shaped

    words = _NOISE.sub(" ", text).split()
    if not 1 <= len(words) <= 4 or sum(map(len, words)) < 3:
        return False
    return (all(_NAME_WORD.match(w) and w[0].isupper() and not w[1:2].isupper() for w in words)
            or name_shaped(" ".join(words)))


def _contact(value: str) -> str | None:
    """'EMAIL' or 'PHONE' when the value is a name with that contact, else None."""
    for category, pattern in (("EMAIL", _EMAIL), ("PHONE", _PHONE)):
        found = pattern.search(value)
        digits = sum(c.isdigit() for c in found.group()) if found else 0
        bare = found is not None and found.group()[:1].isdigit() and not found.group().startswith("0")
        if found and (category == "EMAIL" or digits >= (MIN_BARE_DIGITS if bare else 7)):
            rest = value[:found.start()] + " " + value[found.end():]
            if _name_residue(rest):
                return category
    return None


def contact_parts(prof: Profile) -> tuple[str, ...]:
    """("PERSON_NAME", "EMAIL" | "PHONE") when most values are a name with a contact."""
    if prof.kind != "string" or prof.distinct < 5 or not 2 <= prof.mean_words <= 10 or prof.mean_length > 120:
        return ()
    if prof.digit_share < 0.15 and not pc.any(pc.match_substring(prof.values, "@")).as_py():
        return ()
    head = prof.values.slice(0, 20).to_pylist()
    if sum(_contact(v) is not None for v in head) < MIN_SHARE * len(head) / 2:
        return ()  # a quick look first: most columns are not contact lines
    values = prof.values.slice(0, SUBSAMPLE).to_pylist()
    rows = prof.counts.slice(0, SUBSAMPLE).to_pylist()
    kinds = [_contact(v) for v in values]
    for category in ("EMAIL", "PHONE"):  # most distinct values and most rows: not a few notes of many
        if (kinds.count(category) >= MIN_SHARE * len(values)
                and sum(n for n, kind in zip(rows, kinds) if kind == category) >= MIN_SHARE * sum(rows)):
            return ("PERSON_NAME", category)
    return ()


def name_logins(prof: Profile) -> bool:
    """Login names built from people's names: many spell out `first.last`, or all are plain
    capitalised given names."""
    if prof.kind != "string" or not prof.distinct or prof.mean_words > 1.2 or prof.mean_length > 40:
        return False
    head = prof.values.slice(0, 20).to_pylist()
    if not any(_TWO_PART_LOGIN.match(v) or v[:1].isupper() for v in head):
        return False  # a quick look first
    values = prof.values.slice(0, SUBSAMPLE).to_pylist()
    two_part = sum(bool(_TWO_PART_LOGIN.match(v)) for v in values)
    if prof.distinct >= 5 and two_part >= MIN_TWO_PART_LOGINS * len(values):
        return True
    return all(v[:1].isupper() and v[1:].islower() and v.isalpha() and 2 < len(v) < 21 for v in values)
