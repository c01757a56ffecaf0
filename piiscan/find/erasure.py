"""An erasure plan (GDPR art. 17) for what a subject search confirmed. Never executed here.

The policy file says what to do per table (default: delete):

    default: delete                   # tables where the subject matched directly
    linked: delete                    # tables reached only through links (default: see below)
    tables:
      orders: {action: retain, reason: bookkeeping law, until: 2031-12-31}
      tickets: {action: anonymise, columns: [contact_email, contact_name]}
    refresh: [sales_summary]          # derived tables to rebuild afterwards

Steps run children before parents over the foreign keys followed; a child covered by
ON DELETE CASCADE from a deleted parent is listed as covered, with no statement of its own;
a table reached only through a foreign key without CASCADE (orders an employee handled) is
kept by default, its link to the erased rows cleared;
a cycle, or a retained child of a deleted parent, gets a nullify step first. Statements are
the source's dialect with named placeholders (:s1_k0), run with SQLAlchemy's text() and the
separate parameters file; each has the expected row count and a SELECT count(*) check.
Tables without a row key, and files, become rebuild/refresh items.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from piiscan.errors import ConfigError
from piiscan.find.result import FindResult, TableMatch, write_private

ACTIONS = ("delete", "anonymise", "retain")


@dataclass(frozen=True)
class Step:
    number: int
    source: str
    table: str  # schema.table
    action: str  # delete | anonymise | nullify | retain | covered | refresh
    rows: int
    sql: str | None = None
    check: str | None = None
    note: str | None = None
    params: dict = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        return {"step": self.number, "source": self.source, "table": self.table, "action": self.action,
                "expected_rows": self.rows, "sql": self.sql, "check": self.check, "note": self.note}


@dataclass(frozen=True)
class ErasurePlan:
    subject_ref: str
    steps: tuple[Step, ...]
    dialects: dict = field(default_factory=dict)  # source -> SQLAlchemy dialect name or "files"

    def to_dict(self) -> dict:
        return {"version": 1, "kind": "piiscan-erasure-plan", "subject_ref": self.subject_ref,
                "executed": False, "steps": [s.to_dict() for s in self.steps]}

    def sql(self) -> str:
        """The plan as SQL, one section per source, with placeholders and a count check per step."""
        lines = [f"-- piiscan erasure plan for {self.subject_ref}", "-- NOT EXECUTED. Review, then run each statement",
                 "-- with SQLAlchemy text() and the parameters file; check each count first.",
                 "-- expected rows: " + ", ".join(f"step {s.number} {s.table} {s.action} {s.rows}" for s in self.steps)]
        for source in dict.fromkeys(s.source for s in self.steps):
            dialect = self.dialects.get(source, "")
            lines += ["", f"-- == source {source or '(derived tables)'}" + (f" ({dialect})" if dialect else "")]
            if dialect == "sqlite":
                lines.append("-- SQLite: run PRAGMA foreign_keys = ON first, or cascades and key checks don't happen")
            for s in (s for s in self.steps if s.source == source):
                lines.append("")
                lines.append(f"-- step {s.number}: {s.action} {s.table}, expected rows {s.rows}"
                             + (f" ({s.note})" if s.note else ""))
                if s.check:
                    lines.append(f"-- check: expect {s.rows}")
                    lines.append(s.check + ";")
                if s.sql:
                    lines.append(s.sql + ";")
        return "\n".join(lines) + "\n"

    def params(self) -> dict:
        return {f"step{s.number}": s.params for s in self.steps if s.params}

    def write(self, folder: str | os.PathLike) -> dict[str, Path]:
        """erasure.sql, erasure-plan.json and erasure-params.json (row keys: 0600) in `folder`."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return {
            "sql": write_private(folder / "erasure.sql", self.sql()),
            "plan": write_private(folder / "erasure-plan.json", json.dumps(self.to_dict(), indent=2) + "\n"),
            "params": write_private(folder / "erasure-params.json",
                                    json.dumps(self.params(), indent=2, default=str) + "\n"),
        }


def load_policy(path: str | os.PathLike | None) -> dict:
    """Read an erasure policy file (YAML); None gives the default policy: delete everything found."""
    if path is None:
        return {"default": "delete", "linked": "linked", "tables": {}, "refresh": []}
    from piiscan.find.config import read_yaml

    data = read_yaml(path, f"policy file {path}") or {}
    if not isinstance(data, dict) or set(data) - {"default", "linked", "tables", "refresh"}:
        raise ConfigError(f"policy file {path}: expected keys default, linked, tables, refresh")
    if data.get("linked", "linked") not in ("linked", "delete", "retain"):
        raise ConfigError(f"policy file {path}: linked must be delete or retain (default: follow the foreign keys)")
    tables = data.get("tables") or {}
    for name, rule in tables.items():
        action = (rule or {}).get("action") if isinstance(rule, dict) else None
        if action not in ACTIONS:
            raise ConfigError(f"policy file {path}: table {name}: action must be one of {', '.join(ACTIONS)}")
        if action == "anonymise" and not rule.get("columns"):
            raise ConfigError(f"policy file {path}: table {name}: anonymise needs columns")
        if action == "retain" and not rule.get("reason"):
            raise ConfigError(f"policy file {path}: table {name}: retain needs a reason")
    if data.get("default", "delete") not in ("delete", "anonymise", "retain"):
        raise ConfigError(f"policy file {path}: default must be delete or retain")
    return {"default": data.get("default", "delete"), "linked": data.get("linked", "linked"), "tables": tables,
            "refresh": list(data.get("refresh") or [])}


def _rule(policy: dict, match: TableMatch) -> dict:
    """The policy's rule for a table: by name, else `default` for tables matched directly,
    else `linked` for tables reached only through links."""
    names = [match.table, f"{match.schema}.{match.table}", f"{match.source}.{match.table}",
             f"{match.source}.{match.schema}.{match.table}"]
    for name in reversed(names):
        if name in policy["tables"]:
            return dict(policy["tables"][name])
    if all(r.path for r in match.confirmed()):
        return {"action": policy.get("linked", "linked")}
    return {"action": policy["default"]}


def _parent(link) -> tuple:
    return (link.parent_source, link.parent_schema, link.parent_table)


def plan_erasure(result: FindResult, policy: dict | None = None) -> ErasurePlan:
    """The steps that would erase (or anonymise, or knowingly retain) the confirmed rows."""
    policy = policy or load_policy(None)
    found = {(m.source, m.schema, m.table): m for m in result.tables if m.confirmed()}
    rules = {tid: _rule(policy, m) for tid, m in found.items()}
    edges = [link for link in result.links if not link.declared
             and (link.source, link.schema, link.table) in found
             and (link.parent_source, link.parent_schema, link.parent_table) in found]
    children: dict[tuple, list] = {}
    for link in edges:
        children.setdefault((link.parent_source, link.parent_schema, link.parent_table), []).append(link)
    order, nullify, state = [], [], {}

    def visit(tid):
        state[tid] = "visiting"
        for link in children.get(tid, []):
            child = (link.source, link.schema, link.table)
            if state.get(child) == "visiting":
                nullify.append(link)  # a cycle: break it by clearing this foreign key first
            elif child not in state:
                visit(child)
        state[tid] = "done"
        order.append(tid)

    for tid in found:
        if tid not in state:
            visit(tid)
    incoming: dict[tuple, list] = {}
    for link in edges:
        incoming.setdefault((link.source, link.schema, link.table), []).append(link)
    for tid in reversed(order):  # parents first: a linked table follows what happens to its parents
        if rules[tid]["action"] == "linked":
            cascaded = any(rules[_parent(link)]["action"] == "delete" and (link.ondelete or "").upper() == "CASCADE"
                           for link in incoming.get(tid, []))
            rules[tid] = {"action": "delete"} if cascaded else {"action": "keep"}
    covered = {}
    for link in edges:
        child, parent = (link.source, link.schema, link.table), (link.parent_source, link.parent_schema, link.parent_table)
        if rules[parent]["action"] == "delete" and rules[child]["action"] == "delete" \
                and (link.ondelete or "").upper() == "CASCADE":
            covered[child] = link
        elif rules[parent]["action"] == "delete" and rules[child]["action"] != "delete" \
                and (link.ondelete or "").upper() != "SET NULL":
            nullify.append(link)  # a kept child row would block (or be cascaded by) its parent's delete
    steps: list[Step] = []
    for link in dict.fromkeys(nullify):
        child = found[(link.source, link.schema, link.table)]
        steps.append(_statement(len(steps) + 1, child, "nullify", result, columns=[link.column],
                                note=f"clear {link} so the parent rows can go"))
    for tid in order:
        match, rule = found[tid], rules[tid]
        label = ".".join(p for p in (match.schema, match.table) if p)
        rows = len(match.confirmed())
        if not match.row_key or not match.row_key_stable or result.dialects.get(match.source) == "files":
            steps.append(Step(len(steps) + 1, match.source, label, "refresh", rows,
                              note="no stable row key: rebuild or refresh this copy from its erased source"))
        elif tid in covered:
            steps.append(Step(len(steps) + 1, match.source, label, "covered", rows,
                              note=f"ON DELETE CASCADE from {covered[tid]}"))
        elif rule["action"] == "keep":
            via = sorted({r.path[-1] for r in match.rows if r.path})
            steps.append(Step(len(steps) + 1, match.source, label, "keep", rows,
                              note=f"reached through {', '.join(via)}; no ON DELETE CASCADE, so the rows are not the "
                                   "subject's to erase: kept, their link cleared where the parent goes (policy "
                                   "linked: delete, or the table by name, to erase them)"))
        elif rule["action"] == "retain":
            steps.append(Step(len(steps) + 1, match.source, label, "retain", rows,
                              note=f"retained: {rule.get('reason')}" + (f" until {rule['until']}" if rule.get("until") else "")))
        else:
            steps.append(_statement(len(steps) + 1, match, rule["action"], result, columns=rule.get("columns")))
    for name in policy.get("refresh", []):
        steps.append(Step(len(steps) + 1, "", str(name), "refresh", 0,
                          note="derived table: rebuild after the steps above"))
    return ErasurePlan(result.subject_ref, tuple(steps), dict(result.dialects))


def _statement(number: int, match: TableMatch, action: str, result: FindResult, columns=None, note=None) -> Step:
    import sqlalchemy as sa

    rows = match.confirmed()
    names = list(dict.fromkeys([*match.row_key, *(columns or [])]))
    table = sa.table(match.table, *[sa.column(c) for c in names], schema=match.schema)
    params, conditions = {}, []
    for i, row in enumerate(rows):
        parts = []
        for j, (column, value) in enumerate(zip(match.row_key, row.key)):
            name = f"s{number}_k{i}" + (f"_{j}" if len(match.row_key) > 1 else "")
            params[name] = value
            parts.append(table.c[column] == sa.bindparam(name))
        conditions.append(sa.and_(*parts))
    where = sa.or_(*conditions)
    if len(match.row_key) == 1:
        where = table.c[match.row_key[0]].in_([sa.bindparam(n) for n in params])
    if action == "delete":
        statement = sa.delete(table).where(where)
    else:
        statement = sa.update(table).where(where).values({c: sa.null() for c in columns or []})
    check = sa.select(sa.func.count()).select_from(table).where(where)
    dialect = _dialect(result.dialects.get(match.source, "default"))
    label = ".".join(p for p in (match.schema, match.table) if p)
    return Step(number, match.source, label, "anonymise" if action == "anonymise" else action, len(rows),
                _one_line(statement, dialect), _one_line(check, dialect), note, params)


def _one_line(statement, dialect) -> str:
    return " ".join(str(statement.compile(dialect=dialect)).split())


def _dialect(name: str):
    from sqlalchemy.dialects import registry

    try:
        return registry.load(name)(paramstyle="named")
    except Exception:  # "default" or a dialect not installed: generic SQL
        from sqlalchemy.engine.default import DefaultDialect

        return DefaultDialect(paramstyle="named")
