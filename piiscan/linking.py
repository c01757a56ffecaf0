"""Whose data, across tables: a table whose rows hold a key to a table about people holds
data about those people (its diagnoses, amounts and dates are theirs), whatever its name.

Each table is first decided on its own (piiscan.worker). Then, over the whole scan:

- a table is *about people* when its own findings hold a person identifier (a name, a national
  ID, a birth date, a card or bank account) or a sex at 0.7 or more, and its name is not one of
  things (a product's `name` misread must not spread to the order lines);
- a column of another table of the same source and schema refers to it by a declared foreign
  key (piiscan.worker.foreign_links: `pid` -> `subjects`), or, where the source declares none,
  by its name: the table's name with a key ending (`subject_id` -> `subjects`, `roster_no` -> `roster`);
- such a table is decided again from its evidence summaries (piiscan.detect.summary), with
  those columns marked `linked`: piiscan.context then takes its rows to describe people.

A key to a table about things (`product_id` -> `products`) changes nothing, and neither does
a key to a table whose own rows are not known to be about people.
"""

from __future__ import annotations

from dataclasses import replace

from piiscan.detect.names import tokenize
from piiscan.detect.subject import KEY_ENDINGS, table_kind

#: Findings that make a table's own rows about people.
PERSON_FINDINGS = frozenset({"PERSON_NAME", "GOV_ID", "DATE_OF_BIRTH", "PAYMENT_CARD", "BANK_ACCOUNT", "GENDER"})
#: ... found with at least this confidence.
PEOPLE_CONFIDENCE = 0.7


def _forms(name: str) -> set[str]:
    """A table name as it may stand before a key ending: `subjects` -> subjects, subject; a
    name with a schema or group prefix also without it (`SalesLT_Customer` -> customer)."""
    name = name.rsplit(".", 1)[-1]
    forms = set()
    for part in {name, name.rsplit("_", 1)[-1]} if "_" in name.strip("_") else {name}:
        glued = "".join(tokenize(part))
        forms.add(glued)
        for ending, back in (("ies", "y"), ("es", ""), ("s", "")):
            if glued.endswith(ending) and len(glued) > len(ending) + 2:
                forms.add(glued[: -len(ending)] + back)
    return forms


def _named_key(column: str, tables: dict[str, str]) -> str | None:
    """The table a column's name refers to by a key ending (`subject_id` -> `subjects`)."""
    tokens = tokenize(column)
    if len(tokens) < 2 or tokens[-1] not in KEY_ENDINGS:
        return None
    return tables.get("".join(tokens[:-1]))


def _with_link(summary: dict, linked: str | None) -> dict:
    if not linked:
        return summary
    return {**summary, "evidence": {**summary.get("evidence", {}), "linked": linked}}


def _references(c) -> str | None:
    """The table column `c`'s declared foreign key refers to (kept in its evidence summary)."""
    return (c.evidence_summary or {}).get("evidence", {}).get("references")


def _by_form(tables) -> dict[tuple, dict[str, str]]:
    """(source, schema) -> each name form of `tables` -> the table's name."""
    out: dict[tuple, dict[str, str]] = {}
    for table in tables:
        forms = out.setdefault((table.source, table.schema), {})
        for form in _forms(table.table):
            forms.setdefault(form, table.table)
    return out


def _target(c, names: set[str], forms: dict[str, str]) -> str | None:
    """The table about people (one of `names`) that column `c`'s key refers to, if any."""
    references = _references(c)
    return references if references in names else None if references else _named_key(c.column, forms)


def _about_people(columns) -> bool:
    return any(f.category in PERSON_FINDINGS for c in columns for f in c.findings)


def _people_table(table, columns) -> bool:
    """A table whose own rows are about people: a person identifier or a sex found with some
    confidence, in a table not named for things (a product's `name` misread must not spread)."""
    return table_kind(table.table)[0] != "thing" and any(
        f.category in PERSON_FINDINGS and f.confidence >= PEOPLE_CONFIDENCE for c in columns for f in c.findings)


def link_people(results: list, rules, min_confidence: float) -> list:
    """`results` ((TableResult, [ColumnResult]) per table) with the tables that hold keys to a
    table about people decided again (same order; others unchanged)."""
    from piiscan.decide import decide_table
    from piiscan.detect.summary import complete, restore
    from piiscan.store.redecide import decided_again

    people = _by_form(table for table, columns in results if _people_table(table, columns))
    if not people:
        return results
    named = {where: set(forms.values()) for where, forms in people.items()}
    links = {}  # (source, schema, table) -> {column: the table about people its key refers to}
    for table, columns in results:
        names = named.get((table.source, table.schema), set())  # not copied: flat in the table count
        if names and not _about_people(columns):
            found = {c.column: target for c in columns
                     if (target := _target(c, names, people[(table.source, table.schema)])) and target != table.table}
            if found:
                links[(table.source, table.schema, table.table)] = found
    owners = {where: set(names) for where, names in named.items()}
    for source, schema, name in links:
        owners.setdefault((source, schema), set()).add(name)  # customer_address, linked to customer
    for where, (key, owner) in _owned(results, owners).items():
        links.setdefault(where, {key: owner})  # address.address_id, which each customer has its own of
    out = []
    for table, columns in results:
        found = links.get((table.source, table.schema, table.table), {})
        summaries = [c.evidence_summary for c in columns]
        if not found or any(s is None or not complete(s) for s in summaries):
            out.append((table, columns))
            continue
        evidence = [restore(s) for s in summaries]
        for ev in evidence:
            ev.linked = found.get(ev.column.name)
        decisions = decide_table(evidence, rules, min_confidence)
        # the link is kept in the summaries, so that deciding again later (store redecide) agrees
        out.append((table, [decided_again(replace(c, evidence_summary=_with_link(c.evidence_summary, ev.linked)), d)
                            for c, ev, d in zip(columns, evidence, decisions)]))
    return out


#: A key in a table about people refers to rows of their own when nearly all its sampled
#: values differ (each customer its own address_id), not to rows they share (store_id).
OWN_ROWS_SHARE = 0.9
OWN_ROWS_MIN = 10


def _owned(results, owners: dict[tuple, set[str]]) -> dict[tuple, tuple[str, str]]:
    """Tables whose rows each belong to one person: (source, schema, table) -> (its key
    column, the table about people whose nearly unique key refers to it). Found from a
    declared foreign key or a key named after the table (`address_id` -> `address`), whose
    column in the referred table has the same name or is `id`; never a table named for things."""
    every = _by_form(table for table, _ in results)
    columns_of = {(t.source, t.schema, t.table): {c.column for c in cols} for t, cols in results}
    owned: dict[tuple, tuple[str, str]] = {}
    for table, columns in results:
        where = (table.source, table.schema)
        if table.table not in owners.get(where, set()):
            continue
        for c in columns:
            if c.non_null < OWN_ROWS_MIN or c.distinct < OWN_ROWS_SHARE * c.non_null:
                continue
            target = _references(c) or _named_key(c.column, every.get(where, {}))
            if not target or target in owners[where] or table_kind(target)[0] == "thing":
                continue
            names = columns_of.get((*where, target), set())
            key = c.column if c.column in names else "id" if "id" in names else None
            if key is not None:
                owned.setdefault((*where, target), (key, table.table))
    return owned
