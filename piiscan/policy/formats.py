"""Writers for a `CheckResult`: text, json, sarif (2.1.0), junit (XML), github (annotations).

Each is a small function (result, policy) -> str. None of them carries a raw value: a
violation names a column, a category, a confidence and a rule.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from piiscan.policy.check import CheckResult, Violation
from piiscan.policy.schema import Policy

FORMATS = ("text", "json", "sarif", "junit", "github")
_ICON = {"error": "error", "warn": "warning"}


def _line(v: Violation) -> str:
    what = v.category or v.kind.replace("_", " ")
    return f"{v.severity:<5}  {v.target}  {what}  rule {v.rule} (owner {v.owner})"


def to_text(result: CheckResult, policy: Policy) -> str:
    lines = [result.summary()]
    order = {"error": 0, "warn": 1}
    for v in sorted(result.violations, key=lambda v: (order[v.severity], v.kind, v.target)):
        lines += [_line(v), f"       {v.message}", f"       fix: {v.fix}"]
    if result.excepted:
        lines.append(f"{len(result.excepted)} excepted:")
        for e in result.excepted:
            lines.append(f"  {e.violation.target}  {e.violation.category or e.violation.kind}  "
                         f"rule {e.violation.rule}: {e.exception.reason} "
                         f"(owner {e.exception.owner}, until {e.exception.expires})")
    if result.columns_uncovered:
        lines.append(f"{result.columns_uncovered} columns matched by no rule (not checked)")
    lines += [f"note: {n}" for n in result.notices]
    return "\n".join(lines)


def to_json(result: CheckResult, policy: Policy) -> str:
    return json.dumps({"version": 1, "policy": policy.path, **result.to_dict()}, indent=2)


def to_sarif(result: CheckResult, policy: Policy) -> str:
    from piiscan import __version__

    def location(v: Violation) -> dict:
        loc: dict = {"logicalLocations": [{"fullyQualifiedName": v.target, "kind": "member"}]}
        if policy.path:
            physical: dict = {"artifactLocation": {"uri": policy.path}}
            if v.line:
                physical["region"] = {"startLine": v.line}
            loc["physicalLocation"] = physical
        return loc

    rules = [{"id": r.name, "shortDescription": {"text": r.description or f"policy rule {r.name}"},
              "defaultConfiguration": {"level": _ICON[r.severity]},
              "properties": {"owner": r.owner}} for r in policy.rules]
    results = [{"ruleId": v.rule, "ruleIndex": [r.name for r in policy.rules].index(v.rule),
                "level": _ICON[v.severity], "kind": "fail",
                "message": {"text": f"{v.target}: {v.message}. Fix: {v.fix}"},
                "locations": [location(v)],
                "properties": {"kind": v.kind, "category": v.category, "target": v.target}}
               for v in result.violations]
    results += [{"ruleId": e.violation.rule, "level": "none", "kind": "pass",
                 "message": {"text": f"{e.violation.target}: {e.violation.message}"},
                 "locations": [location(e.violation)],
                 "suppressions": [{"kind": "external", "justification": e.exception.reason}]}
                for e in result.excepted]
    return json.dumps({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "piiscan", "version": __version__, "rules": rules}},
                  "results": results}],
    }, indent=2)


def to_junit(result: CheckResult, policy: Policy) -> str:
    """One test case per violation and per excepted violation (skipped), plus one passing
    case for the columns checked without violation."""
    failures = [v for v in result.violations if v.severity == "error"]
    cases = []
    for v in result.violations:
        tag = "failure" if v.severity == "error" else "system-out"
        body = (f"<failure type={quoteattr(v.kind)} message={quoteattr(v.message)}>"
                f"{escape(v.fix)}</failure>" if tag == "failure" else
                f"<system-out>{escape('warning: ' + v.message + '; fix: ' + v.fix)}</system-out>")
        cases.append(f'  <testcase classname={quoteattr(v.rule)} '
                     f'name={quoteattr(v.target + (" " + v.category if v.category else ""))}>{body}</testcase>')
    for e in result.excepted:
        cases.append(f'  <testcase classname={quoteattr(e.violation.rule)} name={quoteattr(e.violation.target)}>'
                     f'<skipped message={quoteattr("exception: " + e.exception.reason)}/></testcase>')
    cases.append(f'  <testcase classname="piiscan.check" name={quoteattr(result.summary())}/>')
    skipped = len(result.excepted)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="piiscan check" tests="{len(cases)}" failures="{len(failures)}" '
            f'errors="0" skipped="{skipped}">\n' + "\n".join(cases) + "\n</testsuite>")


def _gh(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def to_github(result: CheckResult, policy: Policy) -> str:
    """GitHub Actions workflow commands: one ::error / ::warning annotation per violation."""
    lines = []
    for v in result.violations:
        props = [f"title={_gh(f'piiscan policy: {v.rule}', True)}"]
        if policy.path:
            props.insert(0, f"file={_gh(policy.path, True)}")
            if v.line:
                props.insert(1, f"line={v.line}")
        lines.append(f"::{_ICON[v.severity]} {','.join(props)}::{_gh(f'{v.target}: {v.message}. Fix: {v.fix}')}")
    lines.append(f"::notice title=piiscan check::{_gh(result.summary())}")
    return "\n".join(lines)


WRITERS = {"text": to_text, "json": to_json, "sarif": to_sarif, "junit": to_junit, "github": to_github}


def format_result(result: CheckResult, policy: Policy, format: str = "text") -> str:
    return WRITERS[format](result, policy)
