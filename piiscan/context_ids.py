"""Identification numbers no rule knows: a person's national id, social-security or tax number
has a checksum piiscan knows for a few dozen countries only. Elsewhere (Cambodia, Lebanon,
Panama's social security) the number is known by its distribution alone (piiscan.detect.idshape:
unique digit strings of one length, not serial, not barcodes) and by whose rows it sits in.

A column gets a `national_id` candidate when its values are shaped so, nothing else explains
them (no candidate of its own at the threshold), the rows describe people by a direct
identifier among the other columns (a name, an e-mail, a phone, a date of birth) and the table
is not named for things or events (tickets, shipments and pits have numbers of their own). The
candidate's score puts it near the review threshold: a reviewer confirms it (docs/review.md).
"""

from __future__ import annotations

from piiscan.context_traits import top_categories
from piiscan.detect.names import tokenize
from piiscan.detect.subject import EVENT_WORDS, _has
from piiscan.findings import Evidence

#: The score of an identification number known by its shape and its rows alone.
ID_SHAPE_SCORE = 0.6
#: Tokens of names of numbers that things, goods and transactions carry (`ticket_no`, `no_order`,
#: `mmsi`, `isbns`): in a column's name, such numbers are not a person's.
THING_NUMBERS = frozenset("""
order invoice receipt shipment delivery tracking waybill awb parcel package consignment container
seal lot batch serial barcode ean upc gtin isbn issn sku imo mmsi imei vin plate meter
""".split()) | EVENT_WORDS
#: Categories of other columns that say the rows are people with identities of their own.
DIRECT_PEOPLE = frozenset({"PERSON_NAME", "EMAIL", "PHONE", "DATE_OF_BIRTH"})


def identifier_candidates(columns, candidates, subjects, rule, min_confidence, make) -> None:
    """Add a `rule` candidate (made by `make(column index, rule, scores, evidence)`) to each
    column of identification numbers by shape beside people (see module doc), in place."""
    if rule is None or not columns or columns[0].table_kind[0] not in (None, "person"):
        return
    best = top_categories(candidates, min_confidence)
    people = [j for j, cat in enumerate(best) if cat in DIRECT_PEOPLE]
    for i, ev in enumerate(columns):
        dist = ev.distribution
        if best[i] is not None or dist is None or not dist.id_numbers or subjects[i] != "person":
            continue
        if _has(tokenize(ev.path or ev.column.name), THING_NUMBERS):
            continue  # `no_order`, `mmsi`
        if any("column_name" in c.scores for c in candidates[i]):
            continue  # `acct`, `momo`: the name says what number it is, if not strongly enough
        beside = [j for j in people if j != i]
        if not beside:
            continue
        why = (f"nearly every row a different number of one length, not serial, beside"
               f" {best[beside[0]].lower().replace('_', ' ')} column {columns[beside[0]].column.name!r}:"
               " an identification number with no checksum piiscan knows")
        candidates[i].append(make(i, rule, {"distribution": ID_SHAPE_SCORE},
                                  [Evidence("distribution", why, ID_SHAPE_SCORE)]))
