"""Rules as data: rules/*.yaml loaded into typed `Rule` objects.

The file format follows Presidio's recognizer YAML (name, supported_entity, patterns with
regex and score, context, deny_list) and adds what column scanning needs (category,
validator, per-language column-name keywords, allow_list, min_match_ratio, ...).
docs/rules.md describes every field. Every pattern must compile under RE2, the engine
pyarrow.compute uses; the loader names the file, rule and pattern when one doesn't.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

from piiscan.errors import RuleError

#: The fixed category vocabulary (docs/categories.md).
CATEGORIES = (
    "PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "CITY", "STATE_REGION", "POSTAL_CODE",
    "COUNTRY", "DATE_OF_BIRTH", "GOV_ID", "PAYMENT_CARD", "BANK_ACCOUNT", "IP_ADDRESS",
    "CREDENTIAL", "GENDER", "GEO_COORDINATES", "OTHER_PII",
)



@dataclass(frozen=True)
class Pattern:
    name: str
    regex: str
    score: float
    validator: str | None  # overrides the rule's validator; None = no validation

    @property
    def full(self) -> str:
        """The pattern anchored to a whole (trimmed) value (leading inline flags kept first)."""
        flags, body = _split_flags(self.regex)
        return rf"{flags}^\s*(?:{body})\s*$"


def _split_flags(regex: str) -> tuple[str, str]:
    match = re.match(r"^\(\?[a-zA-Z]+\)", regex)
    return (match.group(0), regex[match.end() :]) if match else ("", regex)


@dataclass(frozen=True)
class Rule:
    name: str
    entity: str
    category: str
    patterns: tuple[Pattern, ...] = ()
    validator: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> keywords
    weak_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    deny_names: frozenset[str] = frozenset()
    context: tuple[str, ...] = ()
    deny_list: frozenset[str] = frozenset()
    allow_list: frozenset[str] = frozenset()
    min_match_ratio: float = 0.5
    minority: bool = False  # a minority of validated matches still makes a finding
    score: float = 0.8  # confidence from values alone when they match well
    name_score: float = 0.75  # confidence from a column-name keyword alone
    ner: str | None = None  # NER label that is evidence for this rule
    shape: str = "any"
    quasi_identifier: bool = False
    max_distinct: int | None = None
    needs_values: bool = False  # the column name counts only beside evidence from the values
    subject: str | None = None  # "person": personal only where the table's rows describe people
    flags: bool = False  # a yes/no flag is a value of the attribute (smoker 0/1, married Y/N)
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    origin: str = ""

    @property
    def checks_values(self) -> bool:
        return bool(self.patterns or self.allow_list or self.ner)


@dataclass(frozen=True)
class NameSettings:
    modifier_suffixes: frozenset[str] = frozenset()
    modifier_prefixes: frozenset[str] = frozenset()
    identifier_suffixes: frozenset[str] = frozenset()
    abbreviations: tuple[tuple[str, str], ...] = ()  # ("fnm", "first name"): expanded before matching


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    names: NameSettings
    files: tuple[str, ...]

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def by_name(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)


def default_rule_files() -> list[Path]:
    folder = resources.files("piiscan.builtin_rules")
    return sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith((".yaml", ".yml")))


def load_rules(paths: Iterable[str | Path] = (), *, defaults: bool = True,
               check_examples: bool = True) -> RuleSet:
    """Load the shipped rules (unless `defaults=False`) plus the files or folders in `paths`.

    A user rule with the same name as a shipped one replaces it. Every file is checked
    against the rule-file schema (piiscan.rule_schema); the rules of the files in `paths`
    must pass their own `examples` (unless `check_examples=False`), else RuleError.
    """
    from piiscan.rule_schema import validate_file

    files = default_rule_files() if defaults else []
    shipped = set(files)
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"rules path not found: {path}")
    rules: dict[str, Rule] = {}
    suffixes: set[str] = set()
    prefixes: set[str] = set()
    identifiers: set[str] = set()
    abbreviations: dict[str, str] = {}
    for file in files:
        document = _read_yaml(file)
        validate_file(document, str(file))
        settings = document.get("settings") or {}
        suffixes.update(settings.get("modifier_suffixes", []))
        prefixes.update(settings.get("modifier_prefixes", []))
        identifiers.update(settings.get("identifier_suffixes", []))
        abbreviations.update({str(k): str(v) for k, v in (settings.get("abbreviations") or {}).items()})
        entries = document.get("recognizers") or []
        if not isinstance(entries, list):
            raise RuleError(f"{file}: 'recognizers' must be a list")
        for entry in entries:
            rule = parse_rule(entry, origin=str(file))
            if entry.get("enabled", True):
                rules[rule.name] = rule
            else:
                rules.pop(rule.name, None)
    if check_examples:
        _check_examples([r for r in rules.values() if Path(r.origin) not in shipped])
    return RuleSet(
        rules=tuple(rules.values()),
        names=NameSettings(frozenset(suffixes), frozenset(prefixes), frozenset(identifiers),
                           tuple(sorted(abbreviations.items()))),
        files=tuple(str(f) for f in files),
    )


def _check_examples(rules: list[Rule]) -> None:
    from piiscan.rule_examples import check_examples

    failures = check_examples(rules)
    if failures:
        more = f" (and {len(failures) - 1} more; see `piiscan rules test`)" if len(failures) > 1 else ""
        raise RuleError(f"{failures[0].origin}: {failures[0]}{more}")


def _read_yaml(file: Path) -> dict:
    import yaml

    try:
        # libyaml's loader where PyYAML has it: the same documents, parsed ten times faster
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(file.read_text(encoding="utf-8"), Loader=loader) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rules file {file}: {exc}") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where else ""
        raise RuleError(f"rules file {file}{line}: not valid YAML") from None
    if not isinstance(document, dict):
        raise RuleError(f"rules file {file}: expected a mapping with 'recognizers'")
    return document


def _keywords(value, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, list):
        value = {"any": value}
    if not isinstance(value, dict):
        raise RuleError(f"{where}: names must be a list or a mapping of language -> list")
    return {str(lang): tuple(str(k) for k in words or ()) for lang, words in value.items()}


def parse_rule(entry: dict, origin: str = "<dict>") -> Rule:
    """Build a Rule from one YAML entry, checking every field."""
    from piiscan.text import fold
    from piiscan.validators import VALIDATORS
    from piiscan.rule_schema import validate_entry

    if not isinstance(entry, dict) or "name" not in entry:
        raise RuleError(f"{origin}: every recognizer needs a 'name'")
    where = f"{origin}: rule {entry['name']!r}"
    validate_entry(entry, origin)
    category = entry["category"]
    validator = entry.get("validator")
    if validator is not None and validator not in VALIDATORS:
        raise RuleError(f"{where}: unknown validator {validator!r}")
    patterns = []
    for raw in entry.get("patterns") or []:
        pattern_validator = raw["validator"] if "validator" in raw else validator
        if pattern_validator is not None and pattern_validator not in VALIDATORS:
            raise RuleError(f"{where}: unknown validator {pattern_validator!r}")
        pattern = Pattern(
            name=str(raw.get("name", f"pattern{len(patterns) + 1}")),
            regex=str(raw["regex"]),
            score=float(raw.get("score", entry.get("score", 0.8))),
            validator=pattern_validator,
        )
        check_re2(pattern.full, f"{where}, pattern {pattern.name!r}")
        patterns.append(pattern)
    ner = entry.get("ner")
    shape = entry.get("shape", "any")
    examples = entry.get("examples") or {}
    return Rule(
        name=str(entry["name"]),
        entity=str(entry.get("supported_entity") or category),
        category=category,
        patterns=tuple(patterns),
        validator=validator,
        names=_keywords(entry.get("names"), where),
        weak_names=_keywords(entry.get("weak_names"), where),
        deny_names=frozenset(fold(str(n)) for n in entry.get("deny_names") or ()),
        context=tuple(str(c) for c in entry.get("context") or ()),
        deny_list=frozenset(fold(str(v)).strip() for v in entry.get("deny_list") or ()),
        allow_list=frozenset(fold(str(v)).strip() for v in entry.get("allow_list") or ()),
        min_match_ratio=float(entry.get("min_match_ratio", 0.5)),
        minority=bool(entry.get("minority", False)),
        score=float(entry.get("score", 0.8)),
        name_score=float(entry.get("name_score", 0.75)),
        ner=ner,
        shape=shape,
        quasi_identifier=bool(entry.get("quasi_identifier", False)),
        max_distinct=entry.get("max_distinct"),
        needs_values=bool(entry.get("needs_values", False)),
        subject=entry.get("subject"),
        flags=bool(entry.get("flags", False)),
        examples_match=tuple(str(v) for v in examples.get("match") or ()),
        examples_no_match=tuple(str(v) for v in examples.get("no_match") or ()),
        origin=origin,
    )


def check_re2(regex: str, where: str) -> None:
    """Fail with `where` named when `regex` doesn't compile under RE2 (no look-arounds)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        pc.match_substring_regex(pa.array([""], pa.string()), regex)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        message = str(exc).splitlines()[0]
        raise RuleError(f"{where}: regex does not compile under RE2 ({message})") from None
    try:
        re.compile(regex)
    except re.error as exc:
        raise RuleError(f"{where}: regex does not compile ({exc})") from None


def to_presidio(rule: Rule) -> dict | None:
    """The rule as a Presidio PatternRecognizer dict (piiscan's own fields stripped).

    Free text is searched with these; rules without patterns have no Presidio form.
    """
    if not rule.patterns:
        return None
    return {
        "name": f"piiscan_{rule.name}",
        "supported_entity": rule.entity,
        "supported_language": "en",
        "patterns": [{"name": p.name, "regex": p.regex, "score": p.score} for p in rule.patterns],
        "context": list(rule.context),
        "deny_list": sorted(rule.deny_list) or None,
    }
