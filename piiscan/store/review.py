"""Review states and decisions: what people said about a column, applied to a scan's catalog.

Pure functions of (catalog, decisions, notes, previous catalog): no database here.

Review state of a column (docs/store.md):
- `confirmed` / `rejected`: the latest unexpired decision on the column stands, and the
  evidence has not changed materially since it was taken;
- `needs review`: the review queue (piiscan.review, docs/review.md) asks about it — the
  scanner is unsure: confidence in the uncertain band, a near miss, signals that contradict
  each other, a category that changed since the last scan, a special category — or a
  decision's evidence changed materially, or a decision expired;
- None: nothing to ask.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace

from piiscan.catalog import Catalog, ColumnResult
from piiscan.decide import Evidence, Finding

ACTIONS = ("confirm", "reject", "relabel", "missed")
REVIEW_STATES = ("confirmed", "rejected", "needs review")
#: A match share that moves by this much (absolute) since a decision is a material change.
MATCH_JUMP = 0.2


@dataclass(frozen=True)
class Target:
    """A source, a table (`column` None) or a column (`table` and `column` set)."""

    source: str
    schema: str | None = None
    table: str | None = None
    column: str | None = None

    @property
    def level(self) -> str:
        return "column" if self.column else "table" if self.table else "source"

    def covers(self, source: str, schema: str | None, table: str | None = None,
               column: str | None = None) -> bool:
        """True when the object (source, schema, table, column) is this target or inside it."""
        if source != self.source:
            return False
        if self.table is None:
            return True
        if (schema, table) != (self.schema, self.table):
            return False
        return self.column is None or column == self.column

    def __str__(self) -> str:
        return ".".join(p for p in (self.source, self.schema, self.table, self.column) if p)


def column_target(col) -> Target:
    return Target(col.source, col.schema, col.table, col.column)


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one column, as stored."""

    id: int
    target: Target
    action: str  # confirm | reject | relabel | missed
    category: str | None
    who: str
    decided_at: str
    note: str
    expires: str | None  # ISO date; the decision no longer applies after it
    evidence: dict  # snapshot(column) when it was taken

    def expired(self, today: _dt.date | None = None) -> bool:
        today = today or _dt.datetime.now(_dt.timezone.utc).date()
        return self.expires is not None and _dt.date.fromisoformat(self.expires[:10]) < today

    def to_dict(self) -> dict:
        return {"id": self.id, "target": str(self.target), "action": self.action,
                "category": self.category, "who": self.who, "decided_at": self.decided_at,
                "note": self.note, "expires": self.expires}


@dataclass(frozen=True)
class Note:
    id: int
    target: Target
    text: str
    who: str
    noted_at: str

    def to_dict(self) -> dict:
        return {"id": self.id, "target": str(self.target), "text": self.text, "who": self.who,
                "noted_at": self.noted_at}


def _shares(findings) -> dict[str, float]:
    shares: dict[str, float] = {}
    for f in findings:
        if f.origin == "scan":
            shares[f.category] = max(shares.get(f.category, 0.0), round(f.match_ratio, 3))
    return shares


def snapshot(col: ColumnResult | None) -> dict:
    """What a decision remembers of the column: category -> match share (no values), of its
    findings, or of its near miss when it has no finding."""
    if col is None:
        return {"categories": {}}
    return {"categories": _shares(col.findings) or _shares(col.candidates)}


def material_change(decision: Decision, col: ColumnResult) -> str | None:
    """Why the column's evidence no longer matches what the decision saw, or None."""
    then = decision.evidence.get("categories", {})
    now = snapshot(col)["categories"]
    new = sorted(set(now) - set(then))
    if new:
        return f"new category since the decision: {', '.join(new)}"
    if then and not now and decision.action in ("confirm", "relabel"):
        return "the scan no longer finds what was confirmed"
    for category, share in now.items():
        if category in then and abs(share - then[category]) >= MATCH_JUMP:
            return f"{category} match share moved from {then[category]:.0%} to {share:.0%}"
    return None


def decision_finding(decision: Decision, col: ColumnResult, category: str) -> Finding:
    """The finding a person's decision puts on a column."""
    base = next((f for f in col.findings + col.candidates if f.category == category), col.top)
    detail = f"{decision.action} by {decision.who} on {decision.decided_at[:10]}"
    if decision.note:
        detail += f": {decision.note}"
    return Finding(entity=category, category=category, confidence=1.0,
                   match_ratio=base.match_ratio if base else 0.0,
                   evidence=(Evidence("decision", detail, 1.0),),
                   examples=base.examples if base else (), origin="decision")


def review_column(col: ColumnResult, decision: Decision) -> tuple[ColumnResult, str | None]:
    """The column with the decision applied and its review state set, and why it needs
    review (None when it doesn't).

    When the evidence changed materially since the decision, the column keeps (or shows)
    personal data and asks for review: in doubt, a column stays personal."""
    if decision.expired():
        return replace(col, review="needs review"), f"the {decision.action} decision expired on {decision.expires}"
    changed = material_change(decision, col)
    why = f"{changed} ({decision.action} by {decision.who} on {decision.decided_at[:10]})" if changed else None
    if decision.action == "reject":
        if changed:
            return replace(col, review="needs review"), why
        return replace(col, findings=(), candidates=(), review="rejected"), None
    if decision.action == "confirm":
        if col.findings:
            return replace(col, review="needs review" if changed else "confirmed"), why
        # a confirmed near miss is reported; a confirmed finding the scan lost stays, flagged
        category = next(iter(decision.evidence.get("categories", {})), decision.category or "OTHER_PII")
        return replace(col, findings=(decision_finding(decision, col, category),),
                       review="needs review" if changed else "confirmed"), why
    # relabel / missed: the person's category replaces the scan's
    finding = decision_finding(decision, col, decision.category)
    return replace(col, findings=(finding,), review="needs review" if changed else "confirmed"), why


def apply_reviews(catalog: Catalog, decisions: list[Decision], notes: list[Note],
                  previous: Catalog | None = None, reasons: dict | None = None) -> Catalog:
    """The catalog with the latest decision per column applied, review states and notes set;
    `reasons`, when given, gets Target -> why the column needs review. A column without a
    decision needs review when the review queue asks about it (`previous`: the scan before,
    for changed categories)."""
    from piiscan.review import review_queue

    latest: dict[Target, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.id):
        latest[d.target] = d
    why: dict[Target, str] = {}
    columns = []
    for col in catalog.columns:
        key = column_target(col)
        col = replace(col, notes=tuple(n.text for n in notes if n.target.level == "column" and n.target == key))
        if key in latest:
            col, reason = review_column(col, latest[key])
            if reason:
                why[key] = reason
        columns.append(col)
    reviewed = replace(catalog, columns=tuple(columns))
    asked = {Target(q.source, q.schema, q.table, q.column): q.text for q in review_queue(reviewed, previous)}
    columns = [replace(c, review="needs review") if c.review is None and column_target(c) in asked else c
               for c in reviewed.columns]
    if reasons is not None:
        reasons.update({**asked, **why})
    return replace(reviewed, columns=tuple(columns))
