"""Policy evaluation: a pure function of (policy, catalog) -> violations, per column.

For each column and each category found in it, the deciding rule is the most specific rule
that matches the column and says something about that category (see docs/policy.md);
ties go to deny, then to severity error, then to the rule written first. A table, column or
source that was not scanned, when matched, is decided the same way on `require_scanned`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from fnmatch import fnmatchcase

from piiscan.policy.schema import Policy, PolicyException, PolicyRule

NOT_SCANNED, CATEGORY, EXPIRED_RULE = "not_scanned", "category", "expired_rule"


def column_id(source: str, schema: str | None, table: str | None, column: str | None) -> str:
    """SOURCE.SCHEMA.TABLE.COLUMN (parts that are None are left out)."""
    return ".".join(p for p in (source, schema, table, column) if p is not None)


ANY = object()  # a part not known (the tables of a source that could not be read): matches any glob


def glob_matches(pattern: str, value) -> bool:
    return value is ANY or fnmatchcase((value or "").casefold(), pattern.casefold())


def matching_rules(policy: Policy, source: str, schema=ANY, table=ANY, column=ANY,
                   cache: dict | None = None) -> list[PolicyRule]:
    """Rules whose four globs match; a part given as ANY matches every glob, so a rule that
    might apply to something not scanned does. `cache` keeps the rules matching each table."""
    key = (source, schema, table)
    by_table = cache.get(key) if cache is not None else None
    if by_table is None:
        by_table = [rule for rule in policy.rules
                    if all(glob_matches(p, v) for p, v in zip(rule.match.parts()[:3], key))]
        if cache is not None:
            cache[key] = by_table
    return [rule for rule in by_table if glob_matches(rule.match.column, column)]


def _rank(policy: Policy, rule: PolicyRule, strict: bool) -> tuple:
    return (rule.match.specificity, strict, rule.severity == "error", -policy.rules.index(rule))


@dataclass(frozen=True)
class Decision:
    rule: PolicyRule
    verdict: str  # allow | deny


def decide(policy: Policy, rules: list[PolicyRule], category: str) -> Decision | None:
    """The deciding rule for one category among the rules matching a column."""
    said = [(rule, rule.verdict(category)) for rule in rules]
    said = [(rule, verdict) for rule, verdict in said if verdict is not None]
    if not said:
        return None
    rule, verdict = max(said, key=lambda rv: _rank(policy, rv[0], rv[1] == "deny"))
    return Decision(rule, verdict)


def decide_scanned(policy: Policy, rules: list[PolicyRule]) -> PolicyRule | None:
    """The rule deciding whether a not-scanned item violates (its `require_scanned`)."""
    if not rules:
        return None
    return max(rules, key=lambda r: _rank(policy, r, policy.requires_scan(r)))


@dataclass(frozen=True)
class Violation:
    kind: str  # category | not_scanned | expired_rule
    rule: str
    severity: str  # error | warn
    source: str | None
    schema: str | None
    table: str | None
    column: str | None
    category: str | None
    confidence: float | None
    message: str
    fix: str
    owner: str
    line: int | None = None  # the deciding rule's line in the policy file

    @property
    def target(self) -> str:
        if self.source is None:
            return f"policy rule {self.rule}"
        return column_id(self.source, self.schema, self.table, self.column)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "rule": self.rule, "severity": self.severity,
                "target": self.target, "source": self.source, "schema": self.schema,
                "table": self.table, "column": self.column, "category": self.category,
                "confidence": None if self.confidence is None else round(self.confidence, 3),
                "message": self.message, "fix": self.fix, "owner": self.owner, "line": self.line}


@dataclass(frozen=True)
class Excepted:
    violation: Violation
    exception: PolicyException

    def to_dict(self) -> dict:
        e = self.exception
        return {**self.violation.to_dict(), "exception": {
            "column": e.column, "owner": e.owner, "reason": e.reason, "expires": e.expires.isoformat()}}


@dataclass(frozen=True)
class CheckResult:
    columns_checked: int
    columns_uncovered: int
    violations: tuple[Violation, ...]
    excepted: tuple[Excepted, ...] = ()
    notices: tuple[str, ...] = ()

    def count(self, *, severity: str | None = None, kind: str | None = None) -> int:
        return sum((severity is None or v.severity == severity) and (kind is None or v.kind == kind)
                   for v in self.violations)

    @property
    def errors(self) -> int:
        return sum(v.severity == "error" and v.kind != NOT_SCANNED for v in self.violations)

    @property
    def warnings(self) -> int:
        return sum(v.severity == "warn" and v.kind != NOT_SCANNED for v in self.violations)

    @property
    def not_scanned(self) -> int:
        return self.count(kind=NOT_SCANNED)

    def failed(self, fail_on: str = "error") -> bool:
        levels = ("error",) if fail_on == "error" else ("error", "warn")
        return any(v.severity in levels for v in self.violations)

    def summary(self) -> str:
        return (f"{self.columns_checked} columns checked, {self.errors} violations, "
                f"{self.warnings} warnings, {self.not_scanned} not scanned")

    def to_dict(self) -> dict:
        return {"summary": {"columns_checked": self.columns_checked,
                            "columns_uncovered": self.columns_uncovered,
                            "violations": self.errors, "warnings": self.warnings,
                            "not_scanned": self.not_scanned, "excepted": len(self.excepted)},
                "violations": [v.to_dict() for v in self.violations],
                "excepted": [e.to_dict() for e in self.excepted],
                "notices": list(self.notices)}


def counted_findings(column, min_confidence: float = 0.0) -> dict[str, float]:
    """Category -> highest confidence among the findings that count for a policy.

    Review decisions apply when the catalog carries them: a column a reviewer rejected counts
    none of its scan findings; a finding a reviewer added (origin "decision") always counts;
    a confirmed column counts its findings whatever their confidence."""
    review = getattr(column, "review", None)
    out: dict[str, float] = {}
    for finding in column.findings:
        origin = getattr(finding, "origin", "scan")
        if origin != "decision":
            if review == "rejected":
                continue
            if review != "confirmed" and finding.confidence < min_confidence:
                continue
        out[finding.category] = max(out.get(finding.category, 0.0), finding.confidence)
    return out


def _fix(rule: PolicyRule, by_allow: bool, category: str, target: str) -> str:
    way = f"allow {category} in rule {rule.name}" if by_allow else f"take {category} off rule {rule.name}'s deny list"
    return (f"remove or mask the data; if the finding is wrong: piiscan decide {target} reject --note WHY; "
            f"or {way}; or add an exception (owner, reason, expiry)")


def _category_violation(col, category: str, confidence: float,
                        decision: Decision) -> Violation:
    rule = decision.rule
    by_allow = category not in rule.deny
    said = (f"only {', '.join(rule.allow)} allowed" if rule.allow else "no personal data allowed") \
        if by_allow else f"{category} denied"
    return Violation(CATEGORY, rule.name, rule.severity, col.source, col.schema, col.table,
                     col.column, category, confidence,
                     f"{category} found (confidence {confidence:.2f}); rule {rule.name}: {said}",
                     _fix(rule, by_allow, category, column_id(col.source, col.schema, col.table, col.column)),
                     rule.owner, rule.line)


def _not_scanned(rule: PolicyRule, source, schema, table, column, what: str, reason: str | None) -> Violation:
    return Violation(NOT_SCANNED, rule.name, rule.severity, source, schema, table, column, None, None,
                     f"{what} not scanned ({reason or 'no reason recorded'}); rule {rule.name} needs it scanned",
                     f"fix the cause and scan again, or set `require_scanned: false` on rule {rule.name}",
                     rule.owner, rule.line)


def check(policy: Policy, catalog, today: _dt.date | None = None) -> CheckResult:
    """Evaluate `policy` on every column of `catalog`; pure apart from `today` (default: now)."""
    today = today or _dt.date.today()
    violations: list[Violation] = []
    used: set[str] = set()
    checked = uncovered = 0
    skipped: list[str] = []
    cache: dict = {}
    source_down = {s.name: s for s in catalog.sources if s.status != "scanned"}
    table_down = {(t.source, t.schema, t.table): t for t in catalog.tables if t.status != "scanned"}
    for source in source_down.values():
        rule = decide_scanned(policy, matching_rules(policy, source.name))
        if rule is not None:
            used.add(rule.name)
            if policy.requires_scan(rule):
                violations.append(_not_scanned(rule, source.name, None, None, None, "source", source.reason))
    for table in table_down.values():
        if table.source in source_down:
            continue
        rule = decide_scanned(policy, matching_rules(policy, table.source, table.schema, table.table))
        if rule is not None:
            used.add(rule.name)
            if policy.requires_scan(rule):
                violations.append(_not_scanned(rule, table.source, table.schema, table.table, None,
                                               "table", table.reason))
    for col in catalog.columns:
        if col.source in source_down or (col.source, col.schema, col.table) in table_down:
            continue
        rules = matching_rules(policy, col.source, col.schema, col.table, col.column, cache)
        used.update(r.name for r in rules)
        if not rules:
            uncovered += 1
            continue
        if col.status == "skipped":  # by design (bytes a source can't read, other types): noted, not a violation
            skipped.append(column_id(col.source, col.schema, col.table, col.column))
            continue
        if col.status != "scanned":
            rule = decide_scanned(policy, rules)
            if policy.requires_scan(rule):
                violations.append(_not_scanned(rule, col.source, col.schema, col.table, col.column,
                                               "column", col.reason))
            continue
        checked += 1
        for category, confidence in counted_findings(col, policy.min_confidence).items():
            decision = decide(policy, rules, category)
            if decision is not None and decision.verdict == "deny":
                violations.append(_category_violation(col, category, confidence, decision))
    notices = [f"rule {r.name} matched nothing in the catalog" for r in policy.rules if r.name not in used]
    if skipped:
        notices.append(f"{len(skipped)} columns skipped by the scan by design (binary data it can't read), content not "
                       f"looked at: {', '.join(skipped[:5])}{', …' if len(skipped) > 5 else ''}")
    for rule in policy.rules:
        if rule.expired(today):
            violations.append(Violation(
                EXPIRED_RULE, rule.name, rule.severity, None, None, None, None, None, None,
                f"rule {rule.name} expired on {rule.expires} (owner {rule.owner}); it still applies",
                "renew the rule (a later `expires`) or remove it", rule.owner, rule.line))
    kept, excepted = _apply_exceptions(policy, violations, today, notices)
    return CheckResult(checked, uncovered, tuple(kept), tuple(excepted), tuple(notices))


def _apply_exceptions(policy: Policy, violations: list[Violation], today: _dt.date,
                      notices: list[str]) -> tuple[list[Violation], list[Excepted]]:
    live = []
    for exc in policy.exceptions:
        if exc.expired(today):
            notices.append(f"exception for {exc.column} under rule {exc.rule} expired on {exc.expires} "
                           f"(owner {exc.owner}): no longer applies")
        else:
            live.append(exc)
    kept, excepted = [], []
    for violation in violations:
        exc = next((e for e in live if e.rule == violation.rule and violation.source is not None
                    and glob_matches(e.column, violation.target)
                    and (e.category is None or e.category == violation.category)), None)
        if exc is None:
            kept.append(violation)
        else:
            excepted.append(Excepted(violation, exc))
    return kept, excepted
