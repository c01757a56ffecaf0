"""Policy checks: which system may hold which personal data (docs/policy.md).

    from piiscan.policy import load_policy, check
    result = check(load_policy("policy.yaml"), piiscan.load_catalog("catalog.json"))
    result.failed("error"), result.violations

`check` is a pure function of (policy, catalog) -> `CheckResult`; `explain` says which rule
decides a column; `format_result` writes text, json, sarif, junit or github annotations.
"""

from __future__ import annotations

from piiscan.policy.check import CheckResult, Excepted, Violation, check, column_id, counted_findings
from piiscan.policy.explain import explain
from piiscan.policy.formats import FORMATS, format_result
from piiscan.policy.schema import POLICY_VERSION, Match, Policy, PolicyException, PolicyRule, load_policy, parse_policy

__all__ = [
    "FORMATS", "POLICY_VERSION", "CheckResult", "Excepted", "Match", "Policy", "PolicyException",
    "PolicyRule", "Violation", "check", "column_id", "counted_findings", "explain", "format_result",
    "load_policy", "parse_policy",
]
