"""The schema of a rule file (docs/rules.md), as pydantic models.

`validate_file` checks a loaded YAML document before any rule is built, so a misspelled key
(`rules:` for `recognizers:`, `min_match:` for `min_match_ratio:`) is a RuleError naming the
file, the rule and the key, never a file that silently adds nothing. `json_schema()` is the
same schema for editors (docs/rules.schema.json; `piiscan rules schema`).
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from piiscan.errors import RuleError
from piiscan.rules import CATEGORIES

Scalar = Union[str, int, float, bool]  # YAML reads `no`, `1`, `1.5` in a list as non-strings
Keywords = Union[list[Scalar], dict[str, list[Scalar]]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PatternSpec(_Strict):
    """A value pattern: RE2 syntax, matched against the whole trimmed value."""

    name: str = Field(None, description="default: pattern1, pattern2, …")
    regex: str
    score: float = Field(None, ge=0, le=1, description="default: the rule's score")
    validator: str | None = Field(None, description="overrides the rule's validator; null = none")


class ExamplesSpec(_Strict):
    """Values the rule must match and must not match; checked when the file is loaded."""

    match: list[Scalar] = []
    no_match: list[Scalar] = []


class RecognizerSpec(_Strict):
    """One rule (Presidio recognizer fields plus piiscan's own)."""

    name: str
    supported_entity: str | None = None
    supported_language: str | None = None
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    patterns: list[PatternSpec] | None = None
    validator: str | None = None
    names: Keywords | None = Field(None, description="column-name keywords: a list, or language -> list")
    weak_names: Keywords | None = None
    deny_names: list[Scalar] | None = None
    context: list[Scalar] | None = None
    deny_list: list[Scalar] | None = None
    allow_list: list[Scalar] | None = None
    min_match_ratio: float = Field(0.5, ge=0, le=1)
    minority: bool = False
    score: float = Field(0.8, ge=0, le=1)
    name_score: float = Field(0.75, ge=0, le=1)
    ner: Literal["PERSON", "LOCATION"] | None = None
    shape: Literal["any", "text", "words"] = "any"
    quasi_identifier: bool = False
    max_distinct: int | None = Field(None, ge=1)
    needs_values: bool = Field(False, description="the column name counts only beside evidence from the values")
    subject: Literal["person"] | None = Field(None, description="personal only where the rows describe people")
    flags: bool = Field(False, description="a yes/no flag is a value of the attribute (smoker, married): flags don't contradict its name")
    examples: ExamplesSpec | None = None
    enabled: bool = True


class SettingsSpec(_Strict):
    """Column-name settings shared by all rules (rules/column_names.yaml)."""

    modifier_suffixes: list[Scalar] = []
    modifier_prefixes: list[Scalar] = []
    identifier_suffixes: list[Scalar] = []
    abbreviations: dict[str, str] = Field({}, description="abbreviation -> words, written out before matching")


class RuleFileSpec(_Strict):
    """A piiscan rule file: `recognizers` (the rules) and/or `settings`."""

    model_config = ConfigDict(extra="forbid", title="piiscan rule file")

    recognizers: list[RecognizerSpec] | None = None
    settings: SettingsSpec | None = None


def validate_file(document: dict, file: str) -> None:
    """RuleError naming the file, the rule and the key of the first thing the schema rejects."""
    try:
        RuleFileSpec.model_validate(document)
    except ValidationError as exc:
        raise RuleError(_message(exc, document, str(file))) from None


def validate_entry(entry: dict, origin: str) -> None:
    try:
        RecognizerSpec.model_validate(entry)
    except ValidationError as exc:
        raise RuleError(_message(exc, {"recognizers": [entry]}, origin, prefix=("recognizers", 0))) from None


def _message(exc: ValidationError, document: dict, file: str, prefix: tuple = ()) -> str:
    error = exc.errors()[0]
    loc = prefix + tuple(error["loc"])
    where, rest = file, loc
    if len(loc) >= 2 and loc[0] == "recognizers" and isinstance(loc[1], int):
        entry = (document.get("recognizers") or [None] * (loc[1] + 1))[loc[1]]
        name = entry.get("name") if isinstance(entry, dict) else None
        where += f": rule {name!r}" if name else f": recognizer #{loc[1] + 1}"
        rest = loc[2:]
    rest = tuple(p for p in rest if not (isinstance(p, str) and p.startswith(("list[", "dict[", "function-"))))
    key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest).lstrip(".")
    kind = error["type"]
    if kind == "extra_forbidden":
        if not rest[:-1] and not prefix and len(loc) == 1:
            return f"{file}: unknown top-level key {key!r} (a rule file has 'recognizers' and 'settings')"
        return f"{where}: unknown field {key!r}"
    if kind == "missing":
        return f"{where}: missing field {key!r}"
    if kind == "literal_error":
        return f"{where}: {key} must be one of {error['ctx']['expected']}"
    return f"{where}: {key or 'entry'}: {error['msg']}"


def json_schema() -> dict:
    """The JSON Schema of a rule file, for editors (YAML language server, VS Code, …)."""
    schema = RuleFileSpec.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
