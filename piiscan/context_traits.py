"""Rows about people known by their attributes alone: research extracts, survey microdata,
clinical trials and wage studies describe natural persons with no name, e-mail or key beside
them, only attributes (age, sex, race, education, pay, marital status, height and weight,
smoking, diagnoses, lab values). One such column says little (a car has a weight and an
age); several kinds of them together say the rows are people:

- a column shows a *trait* when a rule for an attribute of people (`subject: person`, and
  gender) has evidence of its own: a column-name keyword, values from the rule's vocabulary
  (married / ledig / casada) or a distribution (body heights). Kinds are counted, not columns:
  height and weight are one kind, a body; health counts twice where two columns show it (a
  treatment and a performance score of a trial);
- the rows describe people when the table shows at least `MIN_KINDS` kinds of traits, at
  least `MIN_KINDS - 1` of them in columns other than the one decided, and no column named
  for things (`mpg`, `species`, `sku`, `voltage`; piiscan.detect.subject); a sex that its
  values establish (male and female under a sex name) and one more kind are enough;
- the rows describe things when a column is about animals or plants (`species`, `breed`), or
  two or more columns are named for things, at least as many as the kinds of traits: there,
  even a sex column is an animal's (penguins, dogs);
- attributes of people outweigh a thing word in the table name (a `bank` marketing extract of
  age, marital status and education) where no column is named for things and two kinds are
  traits only people have (not an age, a weight or a gender: `machines` have those).

piiscan.context asks this where neither a person identifier, nor a key to a person table, nor
a person word in the table name has said whose rows they are. A special category known by its name alone
(`smoker` yes/no, `chol` 180; decide's `pending` candidates) counts only where the rows
describe people and the other columns show `MIN_KINDS - 1` kinds of traits: an A/B test's
`treatment` beside a member key is no therapy.
"""

from __future__ import annotations

from collections import Counter

from piiscan.detect.names import tokenize
from piiscan.detect.subject import thing_column
from piiscan.findings import Evidence

#: Kinds of traits that make rows about people (counted over the whole table).
MIN_KINDS = 3
#: The least score a trait's own evidence needs (a weak name of a weak rule doesn't count).
TRAIT_EVIDENCE = 0.3
#: Attributes of people that things have too: a vehicle's plate says nothing about its rows.
NOT_TRAITS = frozenset({"vehicle"})
#: Traits that things have too (a machine's age and weight, a connector's gender): they make
#: rows about people where nothing else speaks, never against a thing word in the table name.
SHARED_TRAITS = frozenset({"age", "body", "gender"})
#: Traits only people have that outweigh a thing word in the table name.
MIN_OWN_KINDS = 2


def trait(cand) -> str | None:
    """The kind of attribute of people a candidate shows by its own evidence, if any."""
    rule = cand.rule
    if rule.subject != "person" and rule.category != "GENDER" or cand.contradicted:
        return None
    kind = rule.name.removesuffix("_values")
    if kind in NOT_TRAITS:
        return None
    if rule.category == "GENDER" and "column_name" not in cand.scores and not (
            "distribution" in cand.scores and "values" in cand.scores):
        return None  # m/f or 1/2 alone are sizes, grades, codes as often as sexes (not `female` / `male`)
    if any(cand.scores.get(signal, 0.0) >= TRAIT_EVIDENCE for signal in ("column_name", "values", "distribution")):
        return "body" if kind == "physical_description" else kind
    return None


class Traits:
    """What a table's columns say about its subject by their attributes (see module doc)."""

    def __init__(self, columns, candidates) -> None:
        self.kinds = [{k for k in map(trait, cands) if k} for cands in candidates]
        # a sex its values establish (both sexes, under a sex name): people, or animals
        self.sexes = [i for i, cands in enumerate(candidates) if any(
            trait(c) == "gender" and c.scores.get("values", 0.0) >= 0.5 for c in cands)]
        health = [i for i, kinds in enumerate(self.kinds) if "health" in kinds]
        if len(health) >= 2:  # a treatment beside a lab value: clinical data says more than one thing
            self.kinds[health[1]].add("more health")
        kinds = [thing_column(ev.path or ev.column.name) for ev in columns]
        self.things = [i for i, kind in enumerate(kinds) if kind]
        self.animals = [i for i, kind in enumerate(kinds) if kind == "animal"]
        self.names = [ev.path or ev.column.name for ev in columns]
        self.counts = Counter(k for kinds in self.kinds for k in kinds)
        self.all = set(self.counts)

    def others(self, i: int) -> set[str]:
        """The kinds of traits the columns other than `i` show (flat in the table's width)."""
        return {k for k, n in self.counts.items() if n > (k in self.kinds[i])}

    def beside(self, i: int) -> int:
        """How many kinds of traits the columns other than `i` show."""
        return len(self.others(i))

    def subject(self, i: int) -> tuple[str | None, str]:
        """("person" | "thing" | None, why) for column `i` from the other columns."""
        things = [j for j in self.things if j != i]
        if [j for j in self.animals if j != i] or len(self.things) >= 2 and len(self.things) >= len(self.all):
            shown = ", ".join(repr(self.names[j]) for j in things[:3])
            return "thing", f"columns {shown} describe things or animals"
        others = self.others(i)
        sexed = [j for j in self.sexes if j != i] and len(others) >= 1  # sex and age: a passenger list
        if (len(self.all) >= MIN_KINDS and len(others) >= MIN_KINDS - 1 or sexed) and not self.things:
            kinds = ", ".join(sorted(k.replace("_", " ") for k in others))
            return "person", f"beside attributes of people: {kinds}"
        return None, ""

    def outweigh_name(self, i: int) -> bool:
        """Whether attributes of people outweigh a thing word in the table name (`bank` holding
        age, marital status and education): with kinds only people have."""
        return len(self.all - SHARED_TRAITS) >= MIN_OWN_KINDS and self.subject(i)[0] == "person"


#: Categories that survey microdata never holds: a table with any of them is not microdata.
IDENTIFYING = frozenset({"PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "GOV_ID", "PAYMENT_CARD", "BANK_ACCOUNT",
                         "IP_ADDRESS", "CREDENTIAL"})
#: The score of a column of microdata beside attributes of people: reported at about 0.8, as
#: often as such findings are right on the development sets (81% at 0.60 before, 2026-12-03).
RESPONDENT_SCORE = 0.68
#: A column of text codes holds at most this many distinct values (a category, not free text).
RESPONDENT_MAX_CODES = 30
#: Tokens of names that count or time the observations, not the person (`visit`, `wave`, `year`).
OBSERVATION_WORDS = frozenset("""
visit visita visite besuch wave round session period year yr month week day time date
jahr ano anno annee mes mois monat
""".split())


#: Endings of one-word names of statistics over many people (`unemprate`, `poppct`).
AREA_STATISTICS = ("rate", "pct", "ratio", "share")


def top_categories(candidates, min_confidence) -> list[str | None]:
    """Each column's best category at or above `min_confidence` (None: nothing found)."""
    best = []
    for cands in candidates:
        top = max(cands, key=lambda c: c.raw, default=None)
        best.append(top.rule.category if top and top.confidence >= min_confidence else None)
    return best


def respondent_candidates(columns, candidates, subjects, traits, rule, min_confidence, make) -> None:
    """Where the rows describe people by their attributes alone (survey microdata, a trial, a
    wage study: sex, age, education, smoking) and the table holds no direct identifier, its
    other columns of numbers or codes are attributes of those people too (`lwt`, `re74`,
    `npreg`): a `respondent_attribute` candidate for each, made by `make(column index, rule,
    scores, evidence)` and added to `candidates` in place. `subjects` and `traits` are what
    piiscan.context judged of the table. Keys, years, dates of events, constants, free text and
    columns named for things or as identifiers are left alone."""
    if rule is None or not columns or "thing" in subjects or columns[0].table_kind[0] == "thing" or traits.things:
        return  # a machine's `gender` and `dob` make no survey
    if not (traits.all - SHARED_TRAITS or traits.sexes):
        return  # an age and a weight alone: a machine's too
    best = top_categories(candidates, min_confidence)  # after the context's adjustments
    if IDENTIFYING & set(best):
        return
    for i, ev in enumerate(columns):
        prof, dist = ev.profile, ev.distribution
        if best[i] is not None or prof is None or dist is None or ev.content is not None or prof.distinct < 2:
            continue
        if dist.key_like or dist.serial or dist.uuids or dist.years or dist.event_dates or ev.identifier_name:
            continue
        tokens = tokenize(ev.path or ev.column.name)
        if OBSERVATION_WORDS & set(tokens):
            continue  # the visit, the wave, the year of the observation
        if tokens and tokens[-1].endswith(AREA_STATISTICS) and len(tokens[-1]) > 6:
            continue  # `unemprate`, `crimerate`: a statistic of the respondent's area, not of the respondent
        if prof.kind == "string" and prof.distinct > RESPONDENT_MAX_CODES or prof.kind not in (
                "integer", "float", "boolean", "string"):
            continue
        subject, why = traits.subject(i)
        kind, word = ev.table_kind
        if subject != "person" and (kind == "person" and traits.others(i) or subjects[i] == "person"
                                    and len(traits.others(i)) >= MIN_KINDS - 1):
            # `young_men_schooling`, a survey keyed by `resp_id`: the table name or a key to a
            # person says people, an attribute of theirs confirms (two beside a key: a
            # consultation's duration beside a patient key and a diagnosis is no attribute)
            said = f"table name {word!r}" if kind == "person" else "a key to a person"
            subject, why = "person", f"{said}, beside " + ", ".join(
                sorted(k.replace("_", " ") for k in traits.others(i)))
        if subject != "person":
            continue
        candidates[i].append(make(i, rule, {"subject": RESPONDENT_SCORE}, [Evidence(
            "subject", f"rows describe people by their attributes alone ({why}) and hold no direct identifier:"
            " this column is an attribute of theirs too", RESPONDENT_SCORE)]))
