"""Evidence -> findings with one calibrated confidence each.

For every rule, the signals of a column are turned into scores in [0, 1] and combined as
independent evidence (noisy-OR): 1 - (1 - values)(1 - column name)(1 - NER)(1 - neighbours)...

- values: the Wilson lower bound of the share of rows that match (and validate), so 3 of 5
  is weaker than 60 of 100; fewer than 3 distinct matches weaken it further; precise,
  validated rules (`minority: true`) still count when only a minority of rows match.
- column name: a strong keyword gives the rule's `name_score`; a weak one (`name`) about half;
  a name that the values contradict (no value of that category among many) is discounted.
- NER: share of short values that spaCy reads as a person or a place.
- distribution: what the values say together (piiscan.detect.distribution): dates spread
  over decades with plausible ages are dates of birth; unique integers over a dense range are
  keys, never postal codes; small dotted quads are versions; a gender column holds both sexes.
- table context (piiscan.context): whether the rows describe people or things, and what the
  other columns are, raise or lower quasi-identifiers, places and attributes of people.
- special categories (`needs_values` rules): a column name alone makes a finding only where
  the rows describe people and other columns show attributes of people (piiscan.context_traits).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from piiscan.confidence import (CALIBRATION, PLACE_SLOPE, PLACES, THRESHOLD, calibrated,  # noqa: F401 (public here too)
                                noisy_or, wilson_lower)
from piiscan.context import apply_context
from piiscan.context_ids import identifier_candidates
from piiscan.context_traits import respondent_candidates
from piiscan.decide_text import text_findings as free_text_findings
from piiscan.decide_values import any_examples, distribution_agrees, ner_share, validator_name, value_score
from piiscan.detect.attributes import (ATTRIBUTE_SHAPE_SCORE, PRESSURES, body_measure, categorical, coded, coded_sexes, few_words, implausible,
                                       names_an_amount, names_an_event, numeric_attribute, nullish_rows, says_nothing,
                                       sex_letters)
from piiscan.detect.address import address_shaped
from piiscan.detect.names import tokenize
from piiscan.detect.binary import binary_scores
from piiscan.detect.distribution import shared_word
from piiscan.detect.subject import person_role
from piiscan.detect.evidence import ColumnEvidence
from piiscan.detect.mask import mask_value
from piiscan.detect.nameshape import few_full_names
from piiscan.findings import Evidence, Finding  # re-exported: piiscan.decide.Finding

__all__ = ["DEFAULT_MIN_CONFIDENCE", "Decision", "Evidence", "Finding", "decide_table", "noisy_or", "wilson_lower"]

DEFAULT_MIN_CONFIDENCE = THRESHOLD
#: A column's best candidate below the decision threshold but at or above this confidence is
#: kept as a near miss (`Decision.near`): not reported as personal data, but asked about.
REVIEW_FLOOR = 0.2
TEXT_ENTITY_CATEGORY = {"PERSON": "PERSON_NAME", "LOCATION": "CITY"}
#: Values shaped like names (no column name, NER unsure): too weak alone, enough in a table
#: about people (piiscan.context adds the subject).
NAME_SHAPE_SCORE = 0.35
#: A column named after a person (`passenger`, `guardian`) whose values are shaped like names.
ROLE_NAME_SCORE = 0.5
#: Both sexes as words among few values (`female` / `male`, `Nữ` / `Nam`, `女` / `男`).
SEX_WORDS_SCORE = 0.5
#: Composite values (one-line addresses, contact lines; piiscan.detect.address, .composite):
#: each part they hold.
COMPOSITE_SCORE = 0.92
#: Street names known by their street-type words (piiscan.detect.address).
STREET_NAME_SCORE = 0.6
#: Value evidence of a sex written as single letters under a name that says something else.
SEX_LETTERS_FACTOR = 0.5
#: Most values are names of listed towns (piiscan.detect.towns), whatever the column's name.
TOWN_SCORE = 0.6
#: Places a column named for one of them holds rather than towns (provinces named after their capitals).
OTHER_PLACES = frozenset({"STATE_REGION", "COUNTRY", "POSTAL_CODE", "STREET_ADDRESS"})
#: Login names that spell out people's names: a login and a person's name.
NAME_LOGIN_SCORES = {"USERNAME": 0.6, "PERSON": 0.9}
#: Shapes that sums of money take: digits under a money name (`price_azn`) are neither.
AMOUNT_SHAPES = frozenset({"POSTAL_CODE", "PHONE"})
#: The least value score a `needs_values` rule needs before its column name counts.
NEEDS_VALUES_SCORE = 0.2
#: A special category known by a strong column name alone (`smoker` yes/no, `race` 1-5) keeps
#: this share of the name's score, and counts only where the rows describe people.
PENDING_NAME_FACTOR = 0.6


@dataclass
class _Candidate:
    rule: object
    scores: dict[str, float]
    evidence: list[Evidence]
    ratio: float
    examples: tuple[str, ...]
    factor: float = 1.0  # a discount that applies to the combined evidence
    contradicted: bool = False  # the values disagree with the column name
    minority: bool = False  # the values' evidence is a minority of the rows (`ref`: 1 in 4 an e-mail)
    pending: bool = False  # a special category by its name alone: counts only beside people (context)

    @property
    def raw(self) -> float:
        """The combined evidence before calibration."""
        return noisy_or(self.scores.values()) * self.factor

    @property
    def confidence(self) -> float:
        # a finding that rests on a minority of the values keeps its cautious raw score
        return self.raw if self.minority else calibrated(self.raw, self.rule.category)


@dataclass(frozen=True)
class Decision:
    """What one column holds: its findings and what kind of content it is."""

    findings: tuple[Finding, ...]
    content: str | None  # "free_text" | "json" | "binary" | None (structured values)
    near: tuple[Finding, ...] = ()  # best candidate below the threshold (a near miss)


#: Under a name that says nothing, values NER reads as persons but that repeat (fewer distinct
#: values than this share of the rows) count in proportion to how many there are, up to this
#: many: six estates or five festival days are not the people of a table.
FEW_NAMES_SHARE = 0.3
FEW_NAMES = 12


def decide_table(columns: list[ColumnEvidence], rules, min_confidence: float = DEFAULT_MIN_CONFIDENCE
                 ) -> list[Decision]:
    """A decision for each column of one table (same order as `columns`)."""
    candidates = [_specific_places(_candidates(ev, rules), ev.profile) for ev in columns]
    subjects, traits = apply_context(columns, candidates, min_confidence)
    def make(i, rule, scores, evidence):  # a candidate the table's context made for column i
        return _Candidate(rule, scores, evidence, 1.0, any_examples(columns[i].profile))

    # a rule set may lack these rules
    respondent = next((r for r in rules if r.name == "respondent_attribute"), None)
    respondent_candidates(columns, candidates, subjects, traits, respondent, min_confidence, make)
    national_id = next((r for r in rules if r.name == "national_id"), None)
    identifier_candidates(columns, candidates, subjects, national_id, min_confidence, make)
    return [_decide(ev, cands, rules, min_confidence) for ev, cands in zip(columns, candidates)]


def _candidates(ev: ColumnEvidence, rules) -> list[_Candidate]:
    prof = ev.profile
    if ev.content == "binary":
        return _binary_candidates(ev, rules)
    if prof is None or ev.content == "json":
        return []
    n = prof.non_null
    nullish = nullish_rows(prof)  # `none`, `--`: nothing to say about an attribute
    attribute = None
    if not ev.names and not ev.distribution.key_like:
        attribute = PRESSURES if ev.distribution.blood_pressures else (  # `133/78` under `tansion`
            (numeric_attribute(prof) or coded_sexes(prof)) if says_nothing(ev.path or ev.column.name)
            else body_measure(ev.path or ev.column.name, prof))  # heights, pay, sex 1/2 under `a2`; `wazn_kg`
    # categories whose patterns fit the values' shape, validated or not
    categories_seen = {rules.by_name(r).category for r, ms in ev.values.items()
                       if any(m.rows or m.candidates for m in ms)}
    login_named = any(m.strong and rules.by_name(r).entity == "USERNAME" for r, m in ev.names.items())
    # a column named for another kind of place (`provincia`, `country`) holding towns' names: not a town
    other_place = any(m.strong and rules.by_name(r).category in OTHER_PLACES for r, m in ev.names.items())
    amount_named = names_an_amount(ev.path or ev.column.name)  # `price_azn`, `Betrag`: a sum of money
    out = []
    for rule in rules:
        if rule.name in ev.denied:
            continue
        if rule.shape in ("words", "text") and prof.kind in ("integer", "float", "boolean"):
            continue  # numbers are never names or addresses
        name = ev.names.get(rule.name)
        if rule.name in ev.table_denied and (name is None or not name.strong) and not person_role(
                ev.path or ev.column.name):  # `job_openings.recruiter` is a person still
            continue  # producto.nombre: the table says what the generic name is of
        dist = ev.distribution
        scores: dict[str, float] = {}
        evidence: list[Evidence] = []
        ratio = 0.0
        examples: tuple[str, ...] = ()
        # values
        best, minority = 0.0, False
        for match in ev.values.get(rule.name, []):
            if match.score < 0.6 and (ev.identifier_name or dist.key_like) and rule.name not in ev.names:
                continue  # order_id holding 5-digit numbers is not a postal code
            if not distribution_agrees(rule, dist, named=name is not None):
                continue  # version numbers, a status column of "other" / "unknown", event times
            if rule.category in AMOUNT_SHAPES and name is None and amount_named:
                continue  # `price_azn` 1000-9999, `fee_egp`: sums shaped like postal codes or phones
            vocabulary = rule.needs_values or (rule.allow_list and rule.subject == "person")
            score, share = value_score(rule, match, n - nullish if vocabulary and nullish < n else n)
            if score > best:
                best, ratio, examples = score, share, match.examples
                minority = wilson_lower(match.rows, n) < rule.min_match_ratio
                how = f", validated by {validator_name(rule, match)}" if match.validated else ""
                detail = (f"{match.rows} of {n} sampled values match {rule.name}/{match.pattern}{how}"
                          f" (lower 95% bound {wilson_lower(match.rows, n):.0%}; {match.distinct} of {prof.distinct} distinct)")
        if best > 0 and rule.category == "GENDER" and name is None and sex_letters(prof, dist) and not says_nothing(
                ev.path or ev.column.name):  # `plan`, `service_bord` of F and M: a code, not a sex
            best *= SEX_LETTERS_FACTOR
            detail += "; single letters under a name that says something else: codes as often as sexes"
        if best > 0:
            scores["values"] = best
            evidence.append(Evidence("values", detail, best))
        other_calendar = bool(dist.birth_calendar)  # births in Bikram Sambat read as Gregorian are expiries
        if rule.category == "DATE_OF_BIRTH" and dist.birth_dates > 0 and not (
                name is None and (names_an_event(ev.path or ev.column.name) or other_calendar)):  # album releases
            scores["distribution"] = 0.45 + 0.2 * dist.birth_dates
            evidence.append(Evidence("distribution", f"dates of birth? {dist.date_detail}",
                                     scores["distribution"]))
            ratio = ratio or 1.0
        if rule.category in dist.parts and (rule.patterns or rule.allow_list or rule.names):
            scores["distribution"] = COMPOSITE_SCORE
            what = ", ".join(c.lower().replace("_", " ") for c in dist.parts)
            evidence.append(Evidence("distribution", f"composite values: each holds {what}", COMPOSITE_SCORE))
            ratio = max(ratio, 1.0)
            examples = examples or any_examples(prof)
        if rule.category == "GENDER" and dist.sex_words and not dist.goods_sexes:
            scores["distribution"] = SEX_WORDS_SCORE  # `Nữ` / `Nam`: a sex whatever the column is called
            evidence.append(Evidence("distribution", "both sexes among few values, as words", SEX_WORDS_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if dist.street_names and rule.category == "STREET_ADDRESS" and rule.patterns:
            scores["distribution"] = STREET_NAME_SCORE
            evidence.append(Evidence("distribution", "street names: most values hold a street-type word"
                                     " (-straat, -gatan, rue, via)", STREET_NAME_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if dist.towns and rule.category == "CITY" and rule.ner and not other_place:
            scores["distribution"] = TOWN_SCORE  # `Banja Luka`, `Kano` under `c6`
            evidence.append(Evidence("distribution", "most values are names of towns (GeoNames' towns of"
                                     " 15,000 people or more)", TOWN_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if dist.name_logins and rule.entity in NAME_LOGIN_SCORES and login_named:
            scores["distribution"] = NAME_LOGIN_SCORES[rule.entity]
            evidence.append(Evidence("distribution", "login names that spell out people's names",
                                     scores["distribution"]))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if (rule.ner == "PERSON" and (name is None or not name.strong) and dist.name_like
                and (ev.ner is None or ev.ner.location < 0.3)):
            scores["distribution"] = NAME_SHAPE_SCORE  # counts where the rows describe people
            evidence.append(Evidence("distribution", "many distinct values of one to three words,"
                                     " shaped like given names, surnames or full names", NAME_SHAPE_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if rule.ner == "PERSON" and (name is None or not name.strong) and (role := person_role(ev.path or ev.column.name)) and (
                dist.name_like or (ev.ner is not None and ev.ner.person >= 0.3) or few_full_names(prof)
        ) and not dist.key_like:
            scores["column_name"] = ROLE_NAME_SCORE  # `passenger`, `purchase_clerk` holding names
            evidence.append(Evidence("column_name", f"named after a person ({role!r}), values shaped like names",
                                     ROLE_NAME_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        if attribute is not None and rule.name == attribute[0]:
            scores["distribution"] = ATTRIBUTE_SHAPE_SCORE  # counts where the rows describe people
            evidence.append(Evidence("distribution", attribute[1], ATTRIBUTE_SHAPE_SCORE))
            ratio = ratio or 1.0
            examples = examples or any_examples(prof)
        pending = (rule.needs_values and scores.get("values", 0.0) < NEEDS_VALUES_SCORE
                   and not (attribute is PRESSURES and rule.name == PRESSURES[0]))  # `133/78`: the values say it
        if pending and not (name is not None and rule.subject == "person"):
            continue  # a special category needs the values, or a name where the rows are people
        # column name
        if name is not None:
            score = rule.name_score * (0.45 if not name.strong else PENDING_NAME_FACTOR if pending else 1.0)
            contradicted = (
                bool(rule.patterns or rule.allow_list) and (prof.distinct >= 5 or few_words(rule, prof, dist))
                and rule.category not in categories_seen and (ner_share(rule, ev) or 0.0) < 0.2
                and not (rule.ner == "PERSON" and dist.unreadable_names)  # NER reads no Bengali or Arabic
                and not (rule.category == "STREET_ADDRESS" and address_shaped(prof))  # Крсте Мисирков 7
                and not (pending and prof.kind in ("integer", "float"))  # `chol` 180: a measurement
                and not (rule.category == "DATE_OF_BIRTH" and dist.birth_dates > 0)  # `birth_year` 1972
                and not (rule.category == "BANK_ACCOUNT" and name.strong and dist.account_numbers)  # no IBAN
                and not (pending and name.strong and name.span[1] >= len(tokenize(ev.path or ev.column.name))
                         and categorical(rule, prof, dist, n))  # `etnia`: cabécar, ngäbe (not `health_plan`: gold)
            )
            if contradicted:
                score *= 0.35 if name.strong else 0.0
            if coded(rule, name, prof, dist, categories_seen):
                score, contradicted = 0.0, True  # `zip_zone` 1-3, `contact` email/phone: codes
            if not rule.checks_values and dist.key_like:
                score, contradicted = 0.0, True  # a serial number is not a salary or an age
            if dist.flag and rule.max_distinct is None and not rule.flags:
                score, contradicted = 0.0, True  # `email` holding Y/N is a flag (gender 0/1 is not)
            if rule.category == "GENDER" and dist.goods_sexes or implausible(rule, name.keyword, dist):
                score, contradicted = score * 0.35, True  # unisex garments; a device's age of 2,000
            if rule.category == "DATE_OF_BIRTH" and dist.event_dates and not (name.strong and other_calendar):
                score, contradicted = score * 0.35, True  # times of day, future dates: events
            if rule.shape in ("words", "text") and prof.distinct >= 3 and prof.alpha_share < 0.4:
                score *= 0.3
                contradicted = True
            elif (rule.shape == "words" and rule.quasi_identifier and prof.distinct >= 3
                  and dist.digit_values >= 0.8):
                score *= 0.3  # `region` holding eu-west-1: names of places hold no digits
                contradicted = True
            if (rule.ner == "PERSON" and name.strong and ev.ner is not None and ev.ner.checked >= 10
                    and ev.ner.person <= 0.1 and prof.mean_words >= 1.5 and not dist.unreadable_names):
                score *= 0.5  # `customer_name` holding company names, not people
                contradicted = True
            if score > scores.get("column_name", 0.0):  # a person role's own score may be higher
                scores["column_name"] = score
                kind = "keyword" if name.strong else "weak keyword"
                note = "; values don't agree" if contradicted else ""
                evidence.append(Evidence("column_name", f"{kind} {name.keyword!r} ({name.language}){note}", score))
                if not examples:
                    examples = any_examples(prof)
                if not ratio and n and not rule.checks_values:
                    ratio = 1.0
        # NER
        share = ner_share(rule, ev)
        if share is not None:
            if share >= 0.3:
                score = 0.85 * min(1.0, share / 0.6) * min(1.0, ev.ner.checked / 5)
                if name is None:
                    score *= 0.75
                    if rule.ner != "PERSON":  # a handful of values read as places: departments, wards
                        score *= min(1.0, ev.ner.checked / 10)
                    elif prof.distinct < FEW_NAMES_SHARE * n:  # a few values repeated: brands, estates, designs
                        score *= min(1.0, ev.ner.checked / FEW_NAMES)
                scores["ner"] = score
                label = "a person" if rule.ner == "PERSON" else "a place"
                evidence.append(Evidence("ner", f"NER reads {share:.0%} of {ev.ner.checked} distinct values as {label}", score))
                ratio = max(ratio, share)
                if not examples or "values" not in scores:
                    examples = ev.ner.person_examples if rule.ner == "PERSON" else ev.ner.location_examples
        if scores and not (pending and (contradicted or "column_name" not in scores)):
            minority = minority and "values" in scores and max(scores.values()) == scores["values"]
            out.append(_Candidate(rule, scores, evidence, ratio, tuple(examples),
                                  contradicted=name is not None and contradicted, minority=minority,
                                  pending=pending))
    return out


def _specific_places(cands: list[_Candidate], prof=None) -> list[_Candidate]:
    """NER reads countries and states as places (or persons) too: where most values are known
    countries or states, a city or a person's name read without a column name gives way; and
    where most values end with one word (`… Solar`, `… s.p.`), they name sites or firms, or are
    names of towns (piiscan.detect.towns), a person's name read without a strong column name
    gives way."""
    people = [c for c in cands if c.rule.category == "PERSON_NAME" and c.scores.get("column_name", 0) < 0.6]
    shared = shared_word(prof) if people and prof is not None else None  # asked only where a name is read
    for cand in people:
        if shared:
            cand.factor, cand.contradicted = min(cand.factor, 0.4), True
            cand.evidence.append(Evidence("distribution", f"most values end with one word ({mask_value(shared)!r}):"
                                          " names of sites or firms, not of people", -0.6))  # masked: a value's part
    towns = any(c.rule.category == "CITY" and "distribution" in c.scores for c in cands)
    for cand in people if towns else ():
        cand.factor, cand.contradicted = min(cand.factor, 0.4), True
        cand.evidence.append(Evidence("distribution", "most values are names of towns, not of people", -0.6))
    specific = any(c.rule.category in ("COUNTRY", "STATE_REGION") and c.ratio >= 0.7
                   and c.scores.get("values", 0) >= 0.45 for c in cands)
    if specific:
        for cand in cands:
            if cand.rule.category in ("CITY", "PERSON_NAME") and "column_name" not in cand.scores:
                cand.factor = min(cand.factor, 0.5)
                cand.evidence.append(Evidence("values", "most values are countries or states, not cities or people", -0.5))
    return cands


def _binary_candidates(ev: ColumnEvidence, rules) -> list[_Candidate]:
    """What a binary column's bytes and name say (piiscan.detect.binary)."""
    return [_Candidate(rule, scores, evidence, ratio, ()) for rule, scores, evidence, ratio in binary_scores(ev, rules)]


def _decide(ev: ColumnEvidence, cands: list[_Candidate], rules, min_confidence) -> Decision:
    if ev.content == "binary":
        top = max(cands, key=lambda c: c.raw, default=None)
        found = (_finding(top),) if top is not None and top.confidence >= min_confidence else ()
        near = (_finding(top),) if top is not None and REVIEW_FLOOR <= top.confidence < min_confidence else ()
        return Decision(found, "binary" if ev.binary is not None else None, near)
    if ev.content == "json":
        return Decision(tuple(_json_findings(ev, rules, min_confidence)), "json")
    text_findings = free_text_findings(ev, rules) if ev.content == "free_text" and ev.text else []
    ranked = sorted(cands, key=lambda c: c.raw, reverse=True)
    if ranked and ranked[0].confidence >= min_confidence:
        top = ranked[0]
        strong_name = "column_name" in top.scores and top.scores["column_name"] >= 0.6
        if ev.content != "free_text" or top.ratio >= 0.5 or strong_name or not text_findings:
            # structured values (a long address line or a name with a title is not free text)
            parts = ev.distribution.parts if ev.distribution is not None else ()
            kept = [c for c in ranked if c is top or c.rule.category != top.rule.category and (
                c.raw >= max(0.9, top.raw - 0.05)
                or c.rule.category in parts and "distribution" in c.scores and c.confidence >= min_confidence)]
            return Decision(tuple(_finding(c) for c in kept), None)
    near = tuple(_finding(c) for c in ranked[:1]
                 if REVIEW_FLOOR <= c.confidence < min_confidence and not text_findings)
    return Decision(tuple(text_findings), ev.content, near)


def _finding(cand: _Candidate, path: str | None = None) -> Finding:
    return Finding(
        entity=cand.rule.entity,
        category=cand.rule.category,
        confidence=round(cand.confidence, 3),  # as shown and stored (a store's FLOAT may be single)
        match_ratio=cand.ratio,
        evidence=tuple(sorted(cand.evidence, key=lambda e: -e.score)),
        examples=tuple(mask_value(str(v)) for v in cand.examples[:3]),
        path=path,
        rule=cand.rule.name,
    )


def _json_findings(ev: ColumnEvidence, rules, min_confidence) -> list[Finding]:
    """The paths inside a JSON column are decided like the columns of a table of their own."""
    paths = ev.paths or []
    return [replace(finding, path=path_ev.path)
            for path_ev, decision in zip(paths, decide_table(paths, rules, min_confidence))
            for finding in decision.findings]
