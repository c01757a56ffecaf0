"""Evidence -> findings with one calibrated confidence each.

For every rule, the signals of a column are turned into scores in [0, 1] and combined as
independent evidence (noisy-OR): 1 - (1 - values)(1 - column name)(1 - NER)(1 - neighbours).

- values: the Wilson lower bound of the share of rows that match (and validate), so 3 of 5
  is weaker than 60 of 100; fewer than 3 distinct matches weaken it further; precise,
  validated rules (`minority: true`) still count when only a minority of rows match.
- column name: a strong keyword gives the rule's `name_score`; a weak one (`name`) about half;
  a name that the values contradict (no value of that category among many) is discounted.
- NER: share of short values that spaCy reads as a person or a place.
- neighbours: quasi-identifiers (city, region, postal code, country) in a table with no direct
  identifier beside them are a lookup table and lose confidence; beside a street address
  they gain; a weak name column beside a strong one gains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from piiscan.detect.evidence import ColumnEvidence
from piiscan.detect.mask import mask_value

DEFAULT_MIN_CONFIDENCE = 0.5
#: A column's best candidate below the decision threshold but at or above this confidence is
#: kept as a near miss (`Decision.near`): not reported as personal data, but asked about.
REVIEW_FLOOR = 0.2
DIRECT = {"PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "GOV_ID", "PAYMENT_CARD",
          "BANK_ACCOUNT", "DATE_OF_BIRTH", "IP_ADDRESS", "CREDENTIAL"}
TEXT_ENTITY_CATEGORY = {"PERSON": "PERSON_NAME", "LOCATION": "CITY"}


@dataclass(frozen=True)
class Evidence:
    """One signal that fired, with its own score."""

    signal: str  # values | column_name | ner | neighbours | free_text | shape
    detail: str
    score: float

    def to_dict(self) -> dict:
        return {"signal": self.signal, "detail": self.detail, "score": round(self.score, 3)}


@dataclass(frozen=True)
class Finding:
    entity: str
    category: str
    confidence: float
    match_ratio: float
    evidence: tuple[Evidence, ...]
    examples: tuple[str, ...]  # masked
    path: str | None = None  # JSON path inside a text column
    rule: str | None = None

    def to_dict(self) -> dict:
        out = {
            "entity": self.entity,
            "category": self.category,
            "confidence": round(self.confidence, 3),
            "match_ratio": round(self.match_ratio, 3),
            "evidence": [e.to_dict() for e in self.evidence],
            "examples": list(self.examples),
        }
        if self.path is not None:
            out["path"] = self.path
        if self.rule is not None:
            out["rule"] = self.rule
        return out


def wilson_lower(k: int, n: int, z: float = 1.96) -> float:
    if n <= 0:
        return 0.0
    p = k / n
    denom = 1 + z * z / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / denom)


def noisy_or(scores) -> float:
    remaining = 1.0
    for s in scores:
        remaining *= 1 - max(0.0, min(1.0, s))
    return 1 - remaining


@dataclass
class _Candidate:
    rule: object
    scores: dict[str, float]
    evidence: list[Evidence]
    ratio: float
    examples: tuple[str, ...]
    factor: float = 1.0  # a discount that applies to the combined evidence
    contradicted: bool = False  # the values disagree with the column name

    @property
    def confidence(self) -> float:
        return noisy_or(self.scores.values()) * self.factor


@dataclass(frozen=True)
class Decision:
    """What one column holds: its findings and what kind of content it is."""

    findings: tuple[Finding, ...]
    content: str | None  # "free_text" | "json" | None (structured values)
    near: tuple[Finding, ...] = ()  # best candidate below the threshold (a near miss)


def decide_table(columns: list[ColumnEvidence], rules, min_confidence: float = DEFAULT_MIN_CONFIDENCE
                 ) -> list[Decision]:
    """A decision for each column of one table (same order as `columns`)."""
    candidates = [_candidates(ev, rules) for ev in columns]
    _apply_neighbours(columns, candidates, min_confidence)
    return [_decide(ev, cands, rules, min_confidence) for ev, cands in zip(columns, candidates)]


def _candidates(ev: ColumnEvidence, rules) -> list[_Candidate]:
    prof = ev.profile
    if prof is None or ev.content == "json":
        return []
    n = prof.non_null
    # categories whose patterns fit the values' shape, validated or not
    categories_seen = {rules.by_name(r).category for r, ms in ev.values.items()
                       if any(m.rows or m.candidates for m in ms)}
    out = []
    for rule in rules:
        if rule.name in ev.denied:
            continue
        if rule.shape in ("words", "text") and prof.kind in ("integer", "float", "boolean"):
            continue  # numbers are never names or addresses
        name = ev.names.get(rule.name)
        if rule.name in ev.table_denied and (name is None or not name.strong):
            continue  # producto.nombre: the table says what the generic name is of
        scores: dict[str, float] = {}
        evidence: list[Evidence] = []
        ratio = 0.0
        examples: tuple[str, ...] = ()
        # values
        best = 0.0
        for match in ev.values.get(rule.name, []):
            if match.score < 0.6 and ev.identifier_name and rule.name not in ev.names:
                continue  # order_id holding 5-digit numbers is not a postal code
            score, share = _value_score(rule, match, n)
            if score > best:
                best, ratio, examples = score, share, match.examples
                how = f", validated by {_validator_name(rule, match)}" if match.validated else ""
                detail = (f"{match.rows} of {n} sampled values match {rule.name}/{match.pattern}{how}"
                          f" (lower 95% bound {wilson_lower(match.rows, n):.0%}; {match.distinct} of {prof.distinct} distinct)")
        if best > 0:
            scores["values"] = best
            evidence.append(Evidence("values", detail, best))
        # column name
        if name is not None:
            score = rule.name_score if name.strong else rule.name_score * 0.45
            contradicted = (
                bool(rule.patterns or rule.allow_list) and prof.distinct >= 5
                and rule.category not in categories_seen and (_ner_share(rule, ev) or 0.0) < 0.2
            )
            if contradicted:
                score *= 0.35 if name.strong else 0.0
            if rule.shape in ("words", "text") and prof.distinct >= 3 and prof.alpha_share < 0.4:
                score *= 0.3
                contradicted = True
            if (rule.ner == "PERSON" and name.strong and ev.ner is not None and ev.ner.checked >= 10
                    and ev.ner.person <= 0.1 and prof.mean_words >= 1.5):
                score *= 0.5  # `customer_name` holding company names, not people
                contradicted = True
            if score > 0:
                scores["column_name"] = score
                kind = "keyword" if name.strong else "weak keyword"
                note = "; values don't agree" if contradicted else ""
                evidence.append(Evidence("column_name", f"{kind} {name.keyword!r} ({name.language}){note}", score))
                if not examples:
                    examples = _any_examples(prof)
                if not ratio and n and not rule.checks_values:
                    ratio = 1.0
        # NER
        share = _ner_share(rule, ev)
        if share is not None:
            if share >= 0.3:
                score = 0.85 * min(1.0, share / 0.6) * min(1.0, ev.ner.checked / 5)
                if name is None:
                    score *= 0.75
                scores["ner"] = score
                label = "a person" if rule.ner == "PERSON" else "a place"
                evidence.append(Evidence("ner", f"NER reads {share:.0%} of {ev.ner.checked} distinct values as {label}", score))
                ratio = max(ratio, share)
                if not examples or "values" not in scores:
                    examples = ev.ner.person_examples if rule.ner == "PERSON" else ev.ner.location_examples
        if scores:
            out.append(_Candidate(rule, scores, evidence, ratio, tuple(examples),
                                  contradicted=name is not None and contradicted))
    return out


def _ner_share(rule, ev: ColumnEvidence) -> float | None:
    """Share of the column's values NER reads as the rule's kind (None when NER didn't run)."""
    if ev.ner is None or not rule.ner:
        return None
    return ev.ner.person if rule.ner == "PERSON" else ev.ner.location


def _validator_name(rule, match) -> str:
    for pattern in rule.patterns:
        if pattern.name == match.pattern:
            return pattern.validator or "pattern"
    return rule.validator or "pattern"


def _value_score(rule, match, n: int) -> tuple[float, float]:
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


def _any_examples(prof) -> tuple[str, ...]:
    return tuple(prof.values.slice(0, 3).to_pylist()) if prof is not None else ()


def _apply_neighbours(columns, candidates, min_confidence) -> None:
    best = []
    for cands in candidates:
        top = max(cands, key=lambda c: c.confidence, default=None)
        best.append(top.rule.category if top and top.confidence >= min_confidence else None)
    direct = [i for i, cat in enumerate(best) if cat in DIRECT]
    streets = [i for i, cat in enumerate(best) if cat == "STREET_ADDRESS"]
    strong_names = [i for i, cands in enumerate(candidates)
                    if any(c.rule.category == "PERSON_NAME" and "column_name" in c.scores
                           and c.scores["column_name"] >= 0.6 for c in cands)]
    for i, cands in enumerate(candidates):
        for cand in cands:
            rule = cand.rule
            if rule.quasi_identifier:
                others_direct = [j for j in direct if j != i]
                if not others_direct:
                    cand.factor = 0.5
                    cand.evidence.append(Evidence(
                        "neighbours", "no direct identifier in the table: likely a reference table", -0.4))
                elif [j for j in streets if j != i]:
                    cand.scores["neighbours"] = 0.35
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside street address column {columns[streets[0]].column.name!r}", 0.35))
            elif rule.category == "PERSON_NAME" and ("ner" in cand.scores or "column_name" in cand.scores):
                others = [j for j in strong_names if j != i]
                if others and cand.scores.get("column_name", 0) < 0.6 and not cand.contradicted:
                    cand.scores["neighbours"] = 0.3
                    cand.evidence.append(Evidence(
                        "neighbours", f"beside person-name column {columns[others[0]].column.name!r}", 0.3))


def _decide(ev: ColumnEvidence, cands: list[_Candidate], rules, min_confidence) -> Decision:
    if ev.content == "json":
        return Decision(tuple(_json_findings(ev, rules, min_confidence)), "json")
    text_findings = _text_findings(ev, rules) if ev.content == "free_text" and ev.text else []
    ranked = sorted(cands, key=lambda c: c.confidence, reverse=True)
    if ranked and ranked[0].confidence >= min_confidence:
        top = ranked[0]
        strong_name = "column_name" in top.scores and top.scores["column_name"] >= 0.6
        if ev.content != "free_text" or top.ratio >= 0.5 or strong_name or not text_findings:
            # structured values (a long address line or a name with a title is not free text)
            kept = [c for c in ranked if c is top or (
                c.confidence >= max(0.9, top.confidence - 0.05) and c.rule.category != top.rule.category)]
            return Decision(tuple(_finding(c) for c in kept), None)
    near = tuple(_finding(c) for c in ranked[:1]
                 if REVIEW_FLOOR <= c.confidence < min_confidence and not text_findings)
    return Decision(tuple(text_findings), ev.content, near)


def _finding(cand: _Candidate, path: str | None = None) -> Finding:
    return Finding(
        entity=cand.rule.entity,
        category=cand.rule.category,
        confidence=cand.confidence,
        match_ratio=cand.ratio,
        evidence=tuple(sorted(cand.evidence, key=lambda e: -e.score)),
        examples=tuple(mask_value(str(v)) for v in cand.examples[:3]),
        path=path,
        rule=cand.rule.name,
    )


def _text_findings(ev: ColumnEvidence, rules) -> list[Finding]:
    by_entity = {r.entity: r for r in rules}
    out = []
    for found in ev.text:
        share = found.rows / found.checked if found.checked else 0.0
        if found.entity == "PERSON":
            if found.rows < 3 or share < 0.3:  # brand names read as persons now and then
                continue
            confidence = 0.5 + 0.4 * min(1.0, share / 0.6)
            category = "PERSON_NAME"
        else:
            rule = by_entity.get(found.entity)
            if rule is None or found.rows < 2:  # one stray e-mail doesn't make a column personal
                continue
            confidence = 0.75 + 0.2 * min(1.0, share / 0.3)
            category = rule.category
        detail = f"{found.rows} of {found.checked} free-text values hold {found.entity}"
        out.append(Finding(found.entity, category, confidence, share,
                           (Evidence("free_text", detail, confidence),),
                           tuple(mask_value(v) for v in found.examples[:3])))
    return sorted(out, key=lambda f: -f.confidence)


def _json_findings(ev: ColumnEvidence, rules, min_confidence) -> list[Finding]:
    """The paths inside a JSON column are decided like the columns of a table of their own."""
    paths = ev.paths or []
    return [replace(finding, path=path_ev.path)
            for path_ev, decision in zip(paths, decide_table(paths, rules, min_confidence))
            for finding in decision.findings]
