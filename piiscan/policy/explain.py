"""`piiscan check --explain SOURCE.SCHEMA.TABLE.COLUMN`: which rule decides a column, and why."""

from __future__ import annotations

import datetime as _dt

from piiscan.errors import ConfigError
from piiscan.policy.check import (column_id, counted_findings, decide, decide_scanned,
                                  glob_matches, matching_rules)
from piiscan.policy.schema import Policy


def _find(catalog, target: str):
    """The column named `target`: exactly, else ignoring case."""
    names = [(col, column_id(col.source, col.schema, col.table, col.column)) for col in catalog.columns]
    for same in (str.__eq__, lambda a, b: a.casefold() == b.casefold()):
        for col, name in names:
            if same(name, target):
                return col
    return None


def explain(policy: Policy, catalog, target: str, today: _dt.date | None = None) -> list[str]:
    """Lines saying which rules match `target`, and for each of its categories the deciding
    rule. A column not in the catalog is explained from its name alone (4 dotted parts,
    or 3 for a source without schemas)."""
    today = today or _dt.date.today()
    col = _find(catalog, target) if catalog is not None else None
    if col is not None:
        parts = (col.source, col.schema, col.table, col.column)
    else:
        pieces = target.split(".")
        if len(pieces) not in (3, 4):
            raise ConfigError(f"--explain {target!r}: not in the catalog; give SOURCE.SCHEMA.TABLE.COLUMN")
        parts = tuple(pieces) if len(pieces) == 4 else (pieces[0], None, pieces[1], pieces[2])
    rules = matching_rules(policy, *parts)
    lines = [f"{column_id(*parts)}" + ("" if col is not None else " (not in the catalog)")]
    if not rules:
        return lines + ["  no rule matches: the policy says nothing about this column (it passes)"]
    lines.append("  matching rules (most specific first):")
    for rule in sorted(rules, key=lambda r: (-r.match.specificity, policy.rules.index(r))):
        says = []
        if rule.allow is not None:
            says.append(f"allow {', '.join(rule.allow) or 'nothing'}")
        if rule.deny:
            says.append(f"deny {', '.join(rule.deny)}")
        expired = " (expired)" if rule.expired(today) else ""
        lines.append(f"    {rule.name}: specificity {rule.match.specificity}, {'; '.join(says)}, "
                     f"{rule.severity}, owner {rule.owner}{expired}")
    table = next((t for t in getattr(catalog, "tables", ()) if (t.source, t.schema, t.table) == parts[:3]), None)
    table_down = table is not None and table.status != "scanned"
    if col is not None and col.status == "skipped" and not table_down:
        return lines + [f"  skipped by the scan by design ({col.reason or 'no reason recorded'}): not a violation"]
    if col is not None and (table_down or col.status != "scanned"):
        rule = decide_scanned(policy, rules)
        needs = policy.requires_scan(rule)
        reason = table.reason if table_down else col.reason
        lines.append(f"  not scanned ({reason or 'no reason recorded'}): rule {rule.name} decides, "
                     f"require_scanned {'true: a violation' if needs else 'false: passes'}")
        return lines
    found = counted_findings(col, policy.min_confidence) if col is not None else {}
    if col is None:
        lines.append("  not in the catalog: nothing to check until it is scanned")
    elif not found:
        lines.append("  no findings: passes every rule")
    for category, confidence in found.items():
        decision = decide(policy, rules, category)
        if decision is None:
            lines.append(f"  {category} ({confidence:.2f}): no rule speaks of it, passes")
            continue
        outcome = "VIOLATION" if decision.verdict == "deny" else "allowed"
        lines.append(f"  {category} ({confidence:.2f}): {outcome} by rule {decision.rule.name} "
                     f"({decision.rule.severity})")
        if decision.verdict == "deny":
            name = column_id(*parts)
            for exc in policy.exceptions:
                if exc.rule == decision.rule.name and glob_matches(exc.column, name) and \
                        (exc.category in (None, category)):
                    state = "expired" if exc.expired(today) else "applies"
                    lines.append(f"    exception {state}: {exc.reason} (owner {exc.owner}, expires {exc.expires})")
    return lines
