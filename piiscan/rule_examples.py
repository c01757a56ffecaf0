"""Run rules against their own `examples` (values that must and must not match).

`load_rules` checks user rule files this way when it loads them; `piiscan rules test FILE`
reports every failing example. A value "matches" when the rule's screening (patterns and
their validators, allow and deny lists) counts it, exactly as in a scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from piiscan.rules import Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    origin: str
    value: str
    should_match: bool

    def __str__(self) -> str:
        if self.should_match:
            return f"rule {self.rule!r}: example {self.value!r} does not match (listed under match)"
        return f"rule {self.rule!r}: example {self.value!r} matches (listed under no_match)"


def matches(rule: Rule, value: str) -> bool:
    """Whether `rule` counts `value` as a match, as a scan's screening would."""
    import pyarrow as pa

    from piiscan.detect.profile import profile
    from piiscan.detect.screen import screen

    found = screen(profile(pa.array([value], pa.string())), [rule])
    return any(m.rows for m in found.get(rule.name, []))


def check_examples(rules: Iterable[Rule]) -> list[ExampleFailure]:
    """Every example of `rules` that does not behave as its rule says."""
    failures = []
    for rule in rules:
        for value in rule.examples_match:
            if not matches(rule, value):
                failures.append(ExampleFailure(rule.name, rule.origin, value, True))
        for value in rule.examples_no_match:
            if matches(rule, value):
                failures.append(ExampleFailure(rule.name, rule.origin, value, False))
    return failures
