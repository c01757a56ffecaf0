"""Entities inside free text: Presidio's spaCy recognizer for persons, and piiscan's precise
pattern rules (validated) as Presidio recognizers for the rest (piiscan.detect.ner loads
the engines; this module decides what each value costs).

Per column, NER reads the first half of the values; the second half only where that half
leaves the person question open. A value runs through Presidio's analyzer only when one of
the pattern recognizers can match in it at all (one regex search each); the others can only
hold spaCy's persons, read from the document directly, the way Presidio's spaCy recognizer
reads them (each distinct text once per scan: comments and templates repeat across columns
and tables). A value that needs neither is not run through spaCy at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORG_WORDS = re.compile(
    r"\b(inc|ltd|llc|gmbh|corp|co|company|s\.?a|s\.?l|ag|plc|bv|srl|group|holdings?|bank|"
    r"university|school|hotel|restaurant|store|shop|market|records|music|band|orchestra|"
    r"quartet|ensemble|choir|trio)\b\.?", re.I)

#: Free text: the person share at which a column's persons count (decide_text.text_findings).
PERSON_MIN_ROWS, PERSON_MIN_SHARE = 3, 0.15
#: ... and the values NER must have read, none holding a person, to take a column's persons
#: as not counting.
SETTLED_AFTER = 10
#: Values per spaCy batch when a table's columns are read together (here and by ner).
NER_BATCH = 256


@dataclass(frozen=True)
class TextFinding:
    """One entity found inside free-text values."""

    entity: str
    rows: int  # checked values holding it
    checked: int
    examples: tuple[str, ...]  # the matched spans (raw; masked before leaving detection)


def text_findings_many(ner, groups: list[list[str]], rules) -> list[list[TextFinding]]:
    """The entities of several free-text columns (`ner`: a piiscan.detect.ner.Ner), their
    values read by spaCy in few batches; the person count of a column says how many values
    NER read (`checked`)."""
    analyzer = ner.analyzer
    _register_rules(analyzer, rules)
    entities = ["PERSON"] + sorted({r.entity for r in rules if r.minority and r.patterns})
    reader = _Reader(ner, analyzer, entities)
    halves = [(len(values) + 1) // 2 for values in groups]
    first = reader.read([v[:h] for v, h in zip(groups, halves)], [True] * len(groups))
    counted = [reader.count(values[:h], read) for values, h, read in zip(groups, halves, first)]
    open_ = [not _persons_settled(rows.get("PERSON", 0), sum(map(_may_name, values[:h])), len(values))
             for values, h, (_, rows) in zip(groups, halves, counted)]
    rest = reader.read([v[h:] for v, h in zip(groups, halves)], open_)
    out = []
    for values, h, still_open, (found, rows), read in zip(groups, halves, open_, counted, rest):
        more_found, more_rows = reader.count(values[h:], read, persons=still_open)
        for entity, spans in more_found.items():
            found.setdefault(entity, []).extend(spans)
        for entity, n in more_rows.items():
            rows[entity] = rows.get(entity, 0) + n
        checked = {"PERSON": len(values) if still_open else h}
        out.append([TextFinding(e, rows[e], checked.get(e, len(values)), tuple(found[e][:3]))
                    for e in sorted(rows)])
    return out


def _persons_settled(first_half_rows: int, read: int, n: int) -> bool:
    """After NER read the first half of `n` values (`read` of them could count at all): at
    least SETTLED_AFTER were read and none held a person (the column's persons are taken not
    to count), or enough held one that they count whatever the rest holds."""
    return ((first_half_rows == 0 and read >= SETTLED_AFTER)
            or first_half_rows >= max(PERSON_MIN_ROWS, PERSON_MIN_SHARE * n))


class _Reader:
    """What each value needs, and reading it so."""

    def __init__(self, ner, analyzer, entities: list[str]) -> None:
        self.ner, self.analyzer, self.entities = ner, analyzer, entities
        self.patterns = [re.compile(p.regex, r.global_regex_flags) for r in analyzer.registry.recognizers
                         if getattr(r, "patterns", None) and set(r.supported_entities) & set(entities)
                         for p in r.patterns]
        config = ner.nlp_engine.ner_model_configuration
        self.person_labels = {label for label, entity in (config.model_to_presidio_entity_mapping or {}).items()
                              if entity == "PERSON"} | {"PERSON"}
        self.person_labels -= set(config.labels_to_ignore or ())
        score = config.default_score * (config.low_confidence_score_multiplier
                                        if "PERSON" in (config.low_score_entity_names or ()) else 1.0)
        if score < 0.5:  # below the analyzer's threshold: Presidio would drop every person
            self.person_labels = set()

    def read(self, groups: list[list[str]], ner: list[bool]) -> list[list]:
        """Per value: Presidio's NLP artifacts (NER'd or only tokenized) where a pattern can
        match; else spaCy's document where NER is wanted; else None. A person found in
        headline-style or non-English text, or in text without a capital letter, is dropped
        (count), and NER's entities serve nothing else here: such values are not NER'd."""
        every = [(v, wants and (_may_name(v) or "LOCATION" in self.entities),
                  any(p.search(v) for p in self.patterns))
                 for values, wants in zip(groups, ner) for v in values]
        engine, nlp = self.ner.nlp_engine, self.ner.nlp
        analysed = iter([a for _, a in engine.process_batch([v for v, n, m in every if n and m], "en",
                                                            batch_size=NER_BATCH)])
        tokenized = iter([])
        if any(m and not n for _, n, m in every):
            with nlp.select_pipes(disable=nlp.pipe_names):
                tokenized = iter([a for _, a in engine.process_batch([v for v, n, m in every if m and not n],
                                                                     "en", batch_size=NER_BATCH)])
        docs = iter(self.ner.text_ents([v for v, n, m in every if n and not m]))
        items = iter([next(analysed) if n and m else next(tokenized) if m else next(docs) if n else None
                      for _, n, m in every])
        return [[next(items) for _ in values] for values in groups]

    def count(self, values: list[str], read: list, persons: bool = True):
        """Spans found per entity, and the number of values holding each."""
        found: dict[str, list[str]] = {}
        rows: dict[str, int] = {}
        asked = self.entities if persons else [e for e in self.entities if e != "PERSON"]
        for value, item in zip(values, read):
            if item is None:
                continue
            # headline-style text reads as persons everywhere; so does text in a language the
            # English model doesn't know
            titled = _titled(value)
            if isinstance(item, tuple):  # spaCy's entities: what Presidio's spaCy recognizer returns
                results = [("PERSON", start, end) for label, start, end in item
                           if label in self.person_labels] if persons else []
            else:
                results = [(r.entity_type, r.start, r.end) for r in self.analyzer.analyze(
                    text=value, language="en", entities=asked, score_threshold=0.5, nlp_artifacts=item)]
            seen = set()
            for entity, start, end in results:
                span = value[start:end]
                if entity == "PERSON" and (titled or not plausible_person(span)):
                    continue
                if entity != "PERSON" and _inside_token(value, start, end):
                    continue  # Chrome/120.0.0.0, build-4111111111111111: part of a longer token
                seen.add(entity)
                found.setdefault(entity, []).append(span)
            for entity in seen:
                rows[entity] = rows.get(entity, 0) + 1
        return found, rows


def _register_rules(analyzer, rules) -> None:
    """Add piiscan's precise pattern rules to Presidio's registry once, validated by our validators."""
    if getattr(analyzer, "_piiscan_rules", None) is not None:
        return
    from presidio_analyzer import Pattern, PatternRecognizer

    from piiscan.validators import VALIDATORS

    class ValidatedRecognizer(PatternRecognizer):
        def __init__(self, rule, **kwargs):
            super().__init__(**kwargs)
            self._validator = VALIDATORS.get(rule.validator) if rule.validator else None

        def validate_result(self, pattern_text: str):
            return None if self._validator is None else bool(self._validator(pattern_text.strip()))

    for rule in rules:
        if not (rule.minority and rule.patterns):
            continue
        # no \b around the patterns: it fails before "+49 ..." and "(415) ..."; matches glued to a
        # longer token are dropped afterwards (_inside_token)
        patterns = [Pattern(p.name, p.regex, p.score) for p in rule.patterns if p.score >= 0.8]
        if patterns:
            analyzer.registry.add_recognizer(ValidatedRecognizer(
                rule, supported_entity=rule.entity, name=f"piiscan_{rule.name}",
                patterns=patterns, context=list(rule.context) or None))
    analyzer._piiscan_rules = True


_ENGLISH = frozenset("the an and or of to in on at for with from by is are was were be has have had "
                     "he she his her they their it its this that as not who which".split())


_JOINERS = "/._-:=#"


def _inside_token(text: str, start: int, end: int) -> bool:
    """The match is glued to a longer token (a version after a product name, a path, an id)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after_next = text[end + 1] if end + 1 < len(text) else " "
    return (before.isalnum() or before in "/_-=" or (before in "." and start > 1 and text[start - 2].isalnum())
            or after.isalnum() or (after in _JOINERS and after_next.isalnum()))


def _may_name(text: str) -> bool:
    """A person NER finds in `text` could count: the text is not headline-style or foreign,
    and has a capital letter (a counted person's span holds a capitalised word)."""
    return not _titled(text) and any(c.isupper() for c in text)


def _titled(text: str) -> bool:
    """Headline-style text, or text in a language the English model doesn't know: spaCy reads
    persons everywhere in it, so its persons don't count."""
    return _title_case_share(text) > 0.5 or not _looks_english(text)


def _looks_english(text: str) -> bool:
    words = [w.strip(".,;:!?()\"'").lower() for w in text.split()]
    return len(words) < 6 or sum(w in _ENGLISH for w in words) >= max(2, 0.08 * len(words))


def _title_case_share(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def plausible_person(span: str) -> bool:
    words = span.split()
    return (
        any(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in span)
        and not _ORG_WORDS.search(span)
    )
