"""How a column's values score for a rule (piiscan.decide's value evidence): whether the
values as a whole fit the rule, the share of them NER reads as the rule's kind, the name of the
check that validated a match, a match's score from its share and its lower 95% bound, and a
column's first values as examples (masked before they leave detection)."""

from __future__ import annotations

from piiscan.confidence import wilson_lower
from piiscan.detect.checksums import describe_check
from piiscan.detect.evidence import ColumnEvidence
from piiscan.detect.phone_regions import describe_region


def distribution_agrees(rule, dist, named: bool) -> bool:
    """Whether the column's values as a whole fit the rule (some only matter when no column
    name speaks for the rule)."""
    if rule.category == "DATE_OF_BIRTH":
        return not dist.event_dates
    if rule.category == "IP_ADDRESS":
        return named or not dist.versions
    if rule.category == "POSTAL_CODE":
        return named or not (dist.years or dist.round_numbers or dist.serial)
    if rule.category == "GENDER":
        return (named or dist.two_sexes) and not dist.goods_sexes
    return True


def ner_share(rule, ev: ColumnEvidence) -> float | None:
    """Share of the column's values NER reads as the rule's kind (None when NER didn't run)."""
    if ev.ner is None or not rule.ner:
        return None
    return ev.ner.person if rule.ner == "PERSON" else ev.ner.location


def validator_name(rule, match) -> str:
    found = describe_check(match.pattern) or describe_region(match.pattern)
    if found is not None:
        return found
    for pattern in rule.patterns:
        if pattern.name == match.pattern:
            return pattern.validator or "pattern"
    return rule.validator or "pattern"


def value_score(rule, match, n: int) -> tuple[float, float]:
    if not n or not match.rows:
        return 0.0, 0.0
    share = match.rows / n
    low = wilson_lower(match.rows, n)
    support = min(1.0, match.distinct / 3) if rule.max_distinct is None else min(1.0, match.rows / 5)
    if low >= rule.min_match_ratio:
        factor = 1.0
    elif rule.minority and match.distinct >= 2 and (
            match.distinct >= 0.5 * match.candidates if match.validated else match.score >= 0.9):
        # a real minority: most values of that shape pass the checksum (random digits pass
        # a Luhn check one time in ten, an EAN column is not a card column)
        factor = 0.8
    else:
        factor = 0.6 * low / rule.min_match_ratio if rule.min_match_ratio else 0.0
    return match.score * support * factor, share


def any_examples(prof) -> tuple[str, ...]:
    return tuple(prof.values.slice(0, 3).to_pylist()) if prof is not None else ()
