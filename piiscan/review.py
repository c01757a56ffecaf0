"""The questions piiscan asks people: which columns need a reviewer, in which order, and how.

`review_queue(catalog)` is a pure function of a catalog (and, optionally, the previous scan
of the same sources): it returns one `Question` per column the scanner is unsure about, most
useful first. `apply_answer` turns an answer into the column a reviewer means, so a notebook,
the CLI (`piiscan review`) and the benchmark all share one meaning of "yes", "no" and
"relabel".

A column needs review when
  - its top finding's confidence is in the uncertain band (default 0.5 ≤ c < 0.8);
  - it has no finding but a near miss (a candidate just below the decision threshold,
    `ColumnResult.candidates`, when the scan kept them);
  - its signals contradict each other (the name says personal data, the values don't, or
    the table looks like a lookup table);
  - its category changed since the previous scan, or it appeared or vanished;
  - it holds a special category (health, religion, …), which a person should always confirm;
  - the store flagged it (`review == "needs review"`): a decision whose evidence changed
    materially since, or that expired (piiscan.store, docs/store.md).

Order: a question is worth what its answer removes. With p the chance that the column holds
personal data (its confidence; 1 - confidence for a near miss that is not reported), the
answer removes H(p) = -p log2 p - (1-p) log2 (1-p) bits about where personal data lives;
that is weighted by how much a mistake costs (sensitivity of the category) and by how many
rows the column stands for (log scale). Ties go to the more sensitive category, then name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from piiscan.catalog import Catalog, ColumnResult
from piiscan.decide import Evidence, Finding

#: Confidence band in which a reported finding is asked about.
UNCERTAIN_BAND = (0.5, 0.8)
#: Cost of a mistake per category (1.0 = ordinary personal data).
SENSITIVITY = {
    "GOV_ID": 2.0, "PAYMENT_CARD": 2.0, "BANK_ACCOUNT": 1.8, "CREDENTIAL": 1.8,
    "DATE_OF_BIRTH": 1.5, "EMAIL": 1.4, "PHONE": 1.4, "PERSON_NAME": 1.4, "STREET_ADDRESS": 1.3,
    "IP_ADDRESS": 1.1, "GEO_COORDINATES": 1.1, "OTHER_PII": 1.0, "GENDER": 1.0,
    "POSTAL_CODE": 0.8, "CITY": 0.7, "STATE_REGION": 0.6, "COUNTRY": 0.5,
}
SPECIAL_ENTITIES = frozenset({"SPECIAL_CATEGORY", "HEALTH"})
ANSWERS = ("yes", "no", "relabel", "skip")


@dataclass(frozen=True)
class Question:
    """One thing piiscan asks a reviewer about one column."""

    source: str
    schema: str | None
    table: str
    column: str
    reasons: tuple[str, ...]  # uncertain | near_miss | contradiction | changed | special_category | flagged
    category: str | None  # what piiscan thinks the column holds (None: nothing)
    confidence: float  # chance the column holds personal data, as piiscan sees it
    priority: float
    text: str  # the question in plain words
    evidence: tuple[Evidence, ...] = ()
    examples: tuple[str, ...] = ()  # masked

    @property
    def target(self) -> str:
        return ".".join(p for p in (self.source, self.schema, self.table, self.column) if p)

    def to_dict(self) -> dict:
        return {"source": self.source, "schema": self.schema, "table": self.table,
                "column": self.column, "reasons": list(self.reasons), "category": self.category,
                "confidence": round(self.confidence, 3), "priority": round(self.priority, 4),
                "text": self.text, "evidence": [e.to_dict() for e in self.evidence],
                "examples": list(self.examples)}


def review_queue(catalog: Catalog, previous: Catalog | None = None, *,
                 band: tuple[float, float] = UNCERTAIN_BAND, limit: int | None = None
                 ) -> list[Question]:
    """The columns of `catalog` a person should look at, most useful question first."""
    before = {_key(c): c for c in previous.columns} if previous is not None else {}
    questions = []
    for col in catalog.columns:
        if col.status != "scanned" or col.review in ("confirmed", "rejected"):
            continue
        question = _question(col, before.get(_key(col)), previous is not None, band)
        if question is not None:
            questions.append(question)
    questions.sort(key=lambda q: (-q.priority, -SENSITIVITY.get(q.category or "", 1.0), q.target))
    return questions[:limit] if limit is not None else questions


def _key(col: ColumnResult) -> tuple:
    return (col.source, col.schema, col.table, col.column)


def _question(col: ColumnResult, before: ColumnResult | None, compared: bool,
              band: tuple[float, float]) -> Question | None:
    reasons: list[str] = []
    top = col.top
    near = max(col.candidates, key=lambda f: f.confidence, default=None)
    if top is not None:
        p = top.confidence
        if band[0] <= p < band[1]:
            reasons.append("uncertain")
        if _contradicted(top):
            reasons.append("contradiction")
        if any(f.entity in SPECIAL_ENTITIES for f in col.findings):
            reasons.append("special_category")
    elif near is not None:
        p = near.confidence
        reasons.append("near_miss")
    else:
        p = 0.0
    if compared and before is not None and before.status == "scanned":
        if set(before.categories) != set(col.categories):
            reasons.append("changed")
    if not reasons and col.review == "needs review":
        reasons.append("flagged")  # by the store: a decision whose evidence changed, or expired
    if not reasons:
        return None
    shown = top or near
    category = shown.category if shown is not None else None
    info = _entropy(min(max(p, 0.02), 0.98)) if "uncertain" in reasons or "near_miss" in reasons else 0.5
    if "contradiction" in reasons:
        info = max(info, 0.8)
    if "changed" in reasons or "special_category" in reasons or "flagged" in reasons:
        info = max(info, 0.7)
    rows = max(col.non_null, 1)
    priority = info * SENSITIVITY.get(category or "", 1.0) * (1 + math.log10(rows) / 3)
    return Question(col.source, col.schema, col.table, col.column, tuple(reasons), category, p,
                    priority, _text(col, shown, reasons, before),
                    shown.evidence if shown is not None else (),
                    shown.examples if shown is not None else ())


def _contradicted(finding: Finding) -> bool:
    return any(e.score < 0 or "don't agree" in e.detail for e in finding.evidence)


def _entropy(p: float) -> float:
    return -(p * math.log2(p) + (1 - p) * math.log2(1 - p))


def _text(col: ColumnResult, shown: Finding | None, reasons: list[str],
          before: ColumnResult | None) -> str:
    where = ".".join(p for p in (col.source, col.schema, col.table, col.column) if p)
    if shown is None:
        said = "piiscan found nothing"
    else:
        values = next((e.detail for e in shown.evidence if e.signal in ("values", "free_text", "ner")), None)
        name = next((e for e in shown.evidence if e.signal == "column_name"), None)
        parts = [values] if values else []
        parts.append(f"the column name suggests it ({name.detail})" if name else "the column name is neutral")
        said = "; ".join(parts)
    if "changed" in reasons and before is not None:
        was = ", ".join(before.categories) or "no personal data"
        said += f"; the previous scan said {was}"
    label = _CATEGORY_WORDS.get(shown.category, shown.category.lower().replace("_", " ")) if shown else None
    if "near_miss" in reasons and label:
        ask = f"piiscan is not sure enough to report it. Does this column hold {label}?"
    elif label:
        ask = f"Does this column hold {label}?"
    else:
        ask = "Does this column hold personal data?"
    return f"{where}: {said}. {ask}"


_CATEGORY_WORDS = {
    "PERSON_NAME": "people's names", "EMAIL": "e-mail addresses", "PHONE": "phone numbers",
    "STREET_ADDRESS": "street addresses", "CITY": "cities of people", "STATE_REGION": "regions of people",
    "POSTAL_CODE": "postal codes of people", "COUNTRY": "countries of people",
    "DATE_OF_BIRTH": "dates of birth", "GOV_ID": "national ID numbers", "PAYMENT_CARD": "card numbers",
    "BANK_ACCOUNT": "bank account numbers", "IP_ADDRESS": "IP addresses", "CREDENTIAL": "credentials",
    "GENDER": "genders", "GEO_COORDINATES": "coordinates of people's places",
    "OTHER_PII": "other personal data",
}


def apply_answer(col: ColumnResult, answer: str, category: str | None = None) -> ColumnResult:
    """The column as a reviewer's answer makes it: "yes" confirms what piiscan found (or its
    near miss), "no" rejects every finding, "relabel" replaces them with `category`."""
    if answer not in ANSWERS:
        from piiscan.errors import ConfigError

        raise ConfigError(f"unknown answer {answer!r}; use one of {', '.join(ANSWERS)}")
    if answer == "skip":
        return col
    decision = Evidence("decision", f"reviewer answered {answer}", 1.0)
    if answer == "no":
        return _with(col, (), "rejected")
    if answer == "yes":
        found = col.findings or tuple(
            sorted(col.candidates, key=lambda f: -f.confidence)[:1])
        if not found:
            if category is None:
                from piiscan.errors import ConfigError

                raise ConfigError("nothing was found in this column: answer relabel with a category")
            return apply_answer(col, "relabel", category)
        return _with(col, tuple(replace(f, evidence=f.evidence + (decision,)) for f in found), "confirmed")
    if category is None:
        from piiscan.errors import ConfigError

        raise ConfigError("relabel needs a category")
    finding = Finding(category, category, 1.0, col.top.match_ratio if col.top else 0.0,
                      (decision,), col.top.examples if col.top else (), rule=None)
    return _with(col, (finding,), "confirmed")


def _with(col: ColumnResult, findings: tuple[Finding, ...], review: str) -> ColumnResult:
    return replace(col, findings=findings, review=review)


def parse_answer(line: str) -> tuple[str, str | None, str | None]:
    """A typed answer -> (answer, category, note): `y [note]`, `n [note]`, `r CATEGORY [note]`,
    `s`, `q`. Raises ConfigError on anything else."""
    from piiscan.errors import ConfigError
    from piiscan.rules import CATEGORIES

    words = line.strip().split(maxsplit=1)
    if not words:
        raise ConfigError("empty answer: type y, n, r CATEGORY, s or q")
    key, rest = words[0].lower(), (words[1] if len(words) > 1 else "")
    answer = {"y": "yes", "yes": "yes", "n": "no", "no": "no", "r": "relabel", "relabel": "relabel",
              "s": "skip", "skip": "skip", "q": "quit", "quit": "quit"}.get(key)
    if answer is None:
        raise ConfigError(f"unknown answer {words[0]!r}: type y, n, r CATEGORY, s or q")
    category = None
    if answer == "relabel":
        parts = rest.split(maxsplit=1)
        category = parts[0].upper() if parts else ""
        if category not in CATEGORIES:
            raise ConfigError(f"relabel needs one of {', '.join(CATEGORIES)}")
        rest = parts[1] if len(parts) > 1 else ""
    return answer, category, rest.strip() or None
