"""Short text with a low rate of personal data (issue 11, kind 6): a comment column where one
value in ten reads `send the receipt to ana@example.org` is free text that holds e-mail
addresses, though most of its values hold none and none of them is an e-mail address as a
whole. Values too short for free text (fewer than 4 words on average) are searched for the
precise contact patterns inside them (e-mail addresses, phone numbers written with a country
code or with separators); a match must pass the rule's validator."""

from __future__ import annotations

import pyarrow.compute as pc

from piiscan.detect.freetext import TextFinding
from piiscan.validators import VALIDATORS

#: Rules searched inside short text, and the patterns of each (precise, validated patterns
#: only; None: all): `ring +47 36 61 66 06`, `Bel eerst 0526-903893`, not bare digit runs.
EMBEDDED_RULES = {"email": None, "phone": ("international", "formatted")}
#: At least this many distinct values and this share of rows must hold one (two stray
#: e-mail addresses in a hundred comments are personal data in free text).
MIN_DISTINCT, MIN_SHARE = 2, 0.02
#: ... and fewer than this share: where most values hold one, the column is a composite field
#: (`Ana Lima <ana@example.org>`), decided from its parts, not free text.
MAX_SHARE = 0.5
MAX_CHECKED = 200


def embedded_findings(prof, rules) -> list[TextFinding]:
    """Entities found inside the short multi-word values of a column (not in whole values)."""
    if prof.kind != "string" or prof.mean_words < 2 or prof.alpha_share < 0.5 or not prof.non_null:
        return []
    out = []
    for name in EMBEDDED_RULES:
        try:
            rule = rules.by_name(name)
        except KeyError:
            continue
        if rule is None:
            continue
        rows, distinct, examples = 0, 0, []
        for pattern in rule.patterns:
            if EMBEDDED_RULES[name] is not None and pattern.name not in EMBEDDED_RULES[name]:
                continue
            found = pc.extract_regex(prof.values, f"(?P<m>{pattern.regex})")
            picks = pc.indices_nonzero(pc.is_valid(found)).to_numpy()[:MAX_CHECKED]
            if not len(picks):
                continue
            check = VALIDATORS.get(pattern.validator or rule.validator or "", None)
            spans = found.take(picks).field("m").to_pylist()
            counts = prof.counts.take(picks).to_pylist()
            for span, count in zip(spans, counts):
                if check is None or check(span):
                    rows, distinct = rows + count, distinct + 1
                    examples.append(span)
        if distinct >= MIN_DISTINCT and MIN_SHARE * prof.non_null <= rows < MAX_SHARE * prof.non_null:
            out.append(TextFinding(rule.entity, rows, prof.non_null, tuple(examples[:3])))
    return out
