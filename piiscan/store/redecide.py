"""Decide again without sampling: a stored scan's evidence summaries (counts and masked
examples, piiscan.detect.summary) run through today's decision with another threshold.

Exact when the rules are the ones the scan used (same fingerprint): the decision then sees
the same numbers it saw during the scan. Columns recorded without a summary (a catalog
added from a JSON file) keep their findings and are counted in `settings.not_redecided`.
"""

from __future__ import annotations

from dataclasses import replace

from piiscan.catalog import Catalog


def decided_again(col, decision):
    """The column result `col` with a new decision of its evidence summary: its findings and
    near misses, their examples those stored (masked once, not a second time)."""
    from piiscan.detect.summary import remasked

    examples = {(f.rule, f.path, f.entity): f.examples for f in col.findings}
    examples.update({(f.rule, f.path, f.entity): f.examples for f in col.candidates})
    masked = remasked(col.evidence_summary)

    def unmasked(found):
        return tuple(replace(f, examples=examples.get(
            (f.rule, f.path, f.entity), tuple(masked.get(e, e) for e in f.examples))) for f in found)

    return replace(col, findings=unmasked(decision.findings), candidates=unmasked(decision.near),
                   content=decision.content if col.status == "scanned" else col.content)


def redecide(catalog: Catalog, min_confidence: float, rules=()) -> Catalog:
    """`catalog` with every table's findings decided again at `min_confidence`."""
    from piiscan.decide import decide_table
    from piiscan.detect.summary import complete, restore
    from piiscan.rules import load_rules

    ruleset = load_rules(tuple(rules))
    groups: dict[tuple, list[int]] = {}
    for i, col in enumerate(catalog.columns):
        groups.setdefault((col.source, col.schema, col.table), []).append(i)
    columns = list(catalog.columns)
    kept = 0
    for positions in groups.values():
        table = [columns[i] for i in positions]
        if any(c.evidence_summary is None or not complete(c.evidence_summary) for c in table):
            kept += len(table)
            continue
        decisions = decide_table([restore(c.evidence_summary) for c in table], ruleset, min_confidence)
        for i, col, decision in zip(positions, table, decisions):
            columns[i] = decided_again(col, decision)
    settings = {**catalog.settings, "min_confidence": min_confidence,
                "redecided_from": catalog.settings.get("min_confidence"), "not_redecided": kept}
    return replace(catalog, columns=tuple(columns), settings=settings)

