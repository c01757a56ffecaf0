"""The policy file: YAML validated by a pydantic schema (docs/policy.md).

A policy says which categories of personal data may live where. Rules match catalog
columns by glob on source, schema, table and column; `allow` lists the permitted categories
(everything else violates; `allow: []` means no personal data at all), `deny` lists the
forbidden ones. Exceptions name a rule and a column and expire.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from piiscan.errors import ConfigError
from piiscan.rules import CATEGORIES

POLICY_VERSION = 1
SEVERITIES = ("error", "warn")
_GLOB = set("*?[")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _categories(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    for value in values:
        if value not in CATEGORIES:
            raise ValueError(f"{value!r} is not a category (docs/categories.md: {', '.join(CATEGORIES)})")
    return values


class Match(_Strict):
    """Globs (fnmatch, case-insensitive) on the four parts of a column's name; `*` by default."""

    source: str = "*"
    schema_: str = Field("*", alias="schema")
    table: str = "*"
    column: str = "*"

    def parts(self) -> tuple[str, str, str, str]:
        return (self.source, self.schema_, self.table, self.column)

    @property
    def specificity(self) -> int:
        """2 per exact part, 1 per glob with a literal character, 0 per `*`: higher wins."""
        score = 0
        for part in self.parts():
            if part.strip("*") == "":
                continue
            score += 1 if _GLOB & set(part) else 2
        return score


class PolicyRule(_Strict):
    name: str = Field(min_length=1)
    description: str | None = None
    match: Match = Match()
    allow: list[str] | None = None
    deny: list[str] = []
    severity: Literal["error", "warn"] = "error"
    owner: str = Field(min_length=1)
    expires: _dt.date | None = None
    require_scanned: bool | None = None  # None: the policy's default
    line: SkipJsonSchema[int | None] = Field(None, exclude=True)  # where the rule starts in the file

    @field_validator("allow", "deny")
    @classmethod
    def _known(cls, value: list[str] | None) -> list[str] | None:
        return _categories(value)

    @model_validator(mode="after")
    def _says_something(self) -> "PolicyRule":
        if self.allow is None and not self.deny:
            raise ValueError("a rule needs `allow` (a list, `[]` for none) or `deny`")
        both = set(self.allow or ()) & set(self.deny)
        if both:
            raise ValueError(f"{', '.join(sorted(both))} both allowed and denied")
        return self

    def verdict(self, category: str) -> str | None:
        """"deny", "allow", or None when this rule says nothing about `category`."""
        if category in self.deny:
            return "deny"
        if self.allow is not None:
            return "allow" if category in self.allow else "deny"
        return None

    def expired(self, today: _dt.date) -> bool:
        return self.expires is not None and self.expires < today


class PolicyException(_Strict):
    rule: str = Field(min_length=1)
    column: str = Field(min_length=1)  # SOURCE.SCHEMA.TABLE.COLUMN, globs allowed
    category: str | None = None  # None: every category the rule flags on that column
    owner: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    expires: _dt.date
    line: SkipJsonSchema[int | None] = Field(None, exclude=True)

    @field_validator("category")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        return value if value is None else _categories([value])[0]

    def expired(self, today: _dt.date) -> bool:
        return self.expires < today


class Policy(_Strict):
    version: Literal[1]
    require_scanned: bool = True
    min_confidence: float = Field(0.0, ge=0.0, le=1.0)
    rules: list[PolicyRule] = Field(min_length=1)
    exceptions: list[PolicyException] = []
    path: SkipJsonSchema[str | None] = Field(None, exclude=True)

    @model_validator(mode="after")
    def _names(self) -> "Policy":
        names = [r.name for r in self.rules]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"rule names must be unique: {', '.join(twice)}")
        for exc in self.exceptions:
            if exc.rule not in names:
                raise ValueError(f"exception for {exc.column} names unknown rule {exc.rule!r}")
        return self

    def rule(self, name: str) -> PolicyRule:
        return next(r for r in self.rules if r.name == name)

    def requires_scan(self, rule: PolicyRule) -> bool:
        return self.require_scanned if rule.require_scanned is None else rule.require_scanned


def _with_lines(node):
    """YAML node -> plain data; mappings in a list get their starting line as `line`."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        return {_with_lines(k): _with_lines(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        items = []
        for child in node.value:
            item = _with_lines(child)
            if isinstance(item, dict) and "line" not in item:
                item["line"] = child.start_mark.line + 1
            items.append(item)
        return items
    return yaml.SafeLoader(" ").construct_object(node, deep=True)


def parse_policy(text: str, where: str = "policy") -> Policy:
    """A `Policy` from YAML text; `ConfigError` naming the place and the problem otherwise."""
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{where}:{at} not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    data = _with_lines(node) if node is not None else None
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: a policy is a mapping with `version: {POLICY_VERSION}` and `rules:`")
    if data.get("version") != POLICY_VERSION:
        raise ConfigError(f"{where}: unsupported policy version {data.get('version')!r}; expected {POLICY_VERSION}")
    try:
        return Policy.model_validate({**data, "path": where})
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_first_error(exc, data)}") from None


def _first_error(exc: ValidationError, data: dict) -> str:
    error = exc.errors()[0]
    loc = list(error["loc"])
    place, node = "", data
    for part in loc:
        place += f"[{part}]" if isinstance(part, int) else (f".{part}" if place else str(part))
        node = node[part] if isinstance(node, (dict, list)) and _has(node, part) else None
    line = node.get("line") if isinstance(node, dict) else None
    if line is None and len(loc) >= 2:
        parent = data.get(loc[0])
        if isinstance(parent, list) and isinstance(loc[1], int) and loc[1] < len(parent):
            line = parent[loc[1]].get("line") if isinstance(parent[loc[1]], dict) else None
    message = error["msg"].removeprefix("Value error, ")
    return f"{place or 'policy'}{f' (line {line})' if line else ''}: {message}"


def _has(node, part) -> bool:
    return part in node if isinstance(node, dict) else isinstance(part, int) and part < len(node)


def load_policy(path: str | Path) -> Policy:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read policy {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read policy {path}: not UTF-8") from None
    return parse_policy(text, str(path))
