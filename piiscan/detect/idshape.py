"""Values shaped like a person's identification number by their distribution alone: nearly
every row a different string of 7 to 13 digits, all of one length, spread over a range far
wider than a serial's, and not the article numbers that carry a GS1 check digit (EAN-13,
GTIN). piiscan.context_ids makes a national-id candidate of such a column where the rows
describe people and nothing else explains it; a column name alone never does."""

from __future__ import annotations

from piiscan.detect.profile import Profile

#: Lengths of identification numbers without letters (Cambodia's 9, Lebanon's 12, Panama's
#: social security 7, Estonia's and Romania's 11 and 13); longer digit strings are cards,
#: barcodes, tickets and meters.
ID_LENGTHS = range(7, 14)
#: Share of the rows whose values are all different.
ID_DISTINCT = 0.95
#: The least rows that say so.
ID_MIN_ROWS = 20


def id_numbers(prof: Profile) -> bool:
    """Whether the column's values are identification numbers by shape (see module doc)."""
    if prof.kind not in ("string", "integer") or prof.non_null < ID_MIN_ROWS or prof.distinct < ID_DISTINCT * prof.non_null:
        return False
    if prof.digit_share < 0.99 or not 7 <= prof.mean_length <= 13:
        return False
    values = [str(v).strip() for v in prof.values.slice(0, 200).to_pylist()]
    if not all(v.isdigit() and v.isascii() for v in values):
        return False
    lengths = {len(v) for v in values}
    if len(lengths) != 1 or next(iter(lengths)) not in ID_LENGTHS:
        return False
    numbers = sorted(int(v) for v in values)
    if numbers[-1] - numbers[0] < 1000 * len(numbers) or len({b - a for a, b in zip(numbers, numbers[1:])}) == 1:
        return False  # numbers handed out in order, or in steps of one size (a patient number, a ticket run): keys
    if len(values[0]) in (8, 12, 13) and sum(map(_gs1, values)) >= 0.9 * len(values):
        return False  # EAN-8, UPC-A, EAN-13: goods
    return True


def _gs1(value: str) -> bool:
    """The GS1 check digit of EAN-8, UPC-A, EAN-13 and GTIN."""
    digits = [int(c) for c in value]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == digits[-1]
