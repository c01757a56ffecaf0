"""Decisions on free text: what the entities found inside a column's values make of it
(piiscan.detect.freetext finds them; piiscan.decide calls this for free-text columns)."""

from __future__ import annotations

from piiscan.detect.evidence import ColumnEvidence
from piiscan.detect.freetext import PERSON_MIN_ROWS, PERSON_MIN_SHARE
from piiscan.detect.honorifics import ADDRESSED
from piiscan.detect.mask import mask_value
from piiscan.findings import Evidence, Finding


def text_findings(ev: ColumnEvidence, rules) -> list[Finding]:
    """Findings of a free-text column, one per kind of data found inside its values."""
    by_entity = {r.entity: r for r in rules}
    out = []
    for found in ev.text:
        share = found.rows / found.checked if found.checked else 0.0
        if found.entity == "PERSON":
            if found.rows < PERSON_MIN_ROWS or share < PERSON_MIN_SHARE:  # brand names, now and then
                continue
            if ev.table_kind[0] == "thing" and share < 0.5:
                continue  # descriptions of goods: product and brand names, not people
            confidence = 0.5 + 0.4 * min(1.0, share / 0.6)
            category = "PERSON_NAME"
        elif found.entity == ADDRESSED:  # a title before a name (`Frau Berger`): precise, any language
            confidence, category = round(0.6 + 0.25 * min(1.0, share / 0.2), 3), "PERSON_NAME"
        else:
            rule = by_entity.get(found.entity)
            if rule is None or found.rows < 2:  # one stray e-mail doesn't make a column personal
                continue
            confidence = 0.75 + 0.2 * min(1.0, share / 0.3)
            category = rule.category
        entity = "PERSON" if found.entity == ADDRESSED else found.entity
        detail = (f"{found.rows} of {found.checked} free-text values hold "
                  + ("a title and a name" if found.entity == ADDRESSED else found.entity))
        out.append(Finding(entity, category, confidence, share,
                           (Evidence("free_text", detail, confidence),),
                           tuple(mask_value(v) for v in found.examples[:3])))
    return sorted(out, key=lambda f: -f.confidence)
