"""Follow links from confirmed rows to the rows that hang off them: foreign keys read with
the SQLAlchemy inspector (child tables of the same source), and links declared in a file
for what the database doesn't declare (also across sources):

    links:
      - from: crm.customers.id             # source.table.column or source.schema.table.column
        to: warehouse.customer_copy.customer_id
      - from: {source: shop.sqlite, schema: main, table: customers, column: id}   # names with dots
        to: {source: exports, table: orders.csv, column: customer}

Each hop is one bound-parameter query (child column IN parent values), up to `depth` hops;
a hop reaching more than `fanout` child rows lists the first `fanout` and records the count.
"""

from __future__ import annotations

import os
from dataclasses import replace

from piiscan.errors import ConfigError, PiiscanError
from piiscan.find.result import Evidence, Link, RowMatch, TableMatch
from piiscan.sources.base import TableRef


def load_links(path: str | os.PathLike) -> list[dict]:
    """Declared links from a YAML file: [{from: {source, schema, table, column}, to: {...}}]."""
    from piiscan.find.config import read_yaml

    data = read_yaml(path, f"links file {path}") or {}
    links = data.get("links") if isinstance(data, dict) else None
    if not isinstance(links, list):
        raise ConfigError(f"links file {path}: expected a list under 'links'")
    out = []
    for number, item in enumerate(links, start=1):
        if not isinstance(item, dict) or not {"from", "to"} <= set(item):
            raise ConfigError(f"links file {path}: link #{number} needs from and to")
        out.append({"from": _end(item["from"], path, number), "to": _end(item["to"], path, number)})
    return out


def _end(text: object, path, number: int) -> dict:
    if isinstance(text, dict):  # {source, schema?, table, column}: for names with dots in them
        if not {"source", "table", "column"} <= set(text) or set(text) - {"source", "schema", "table", "column"}:
            raise ConfigError(f"links file {path}: link #{number}: expected source, schema (optional), table, column")
        return {"source": str(text["source"]), "schema": text.get("schema"), "table": str(text["table"]),
                "column": str(text["column"])}
    parts = str(text).split(".")
    if len(parts) == 3:
        return {"source": parts[0], "schema": None, "table": parts[1], "column": parts[2]}
    if len(parts) == 4:
        return {"source": parts[0], "schema": parts[1], "table": parts[2], "column": parts[3]}
    raise ConfigError(f"links file {path}: link #{number}: {text!r} is not source.table.column")


def follow_links(matches: dict, sources: dict, tables_of: dict[str, list[TableRef]], declared: list[dict],
                 *, depth: int, fanout: int, mask) -> tuple[dict, list[Link]]:
    """Child rows of confirmed rows, added to `matches` ({(source, schema, table): TableMatch})."""
    children = _child_links(sources, tables_of, declared)
    followed: list[Link] = []
    frontier = [tid for tid, m in matches.items() if m.confirmed() and m.row_key and m.row_key_stable]
    for hop in range(depth):
        reached = []
        for parent_id in frontier:
            parent = matches[parent_id]
            for link in children.get(parent_id, []):
                child_id = (link.source, link.schema, link.table)
                if child_id == parent_id:
                    continue
                added = _follow(link, parent, matches.get(child_id), sources, fanout, mask)
                if added is None:
                    continue
                followed.append(link)
                if added.rows:
                    matches[child_id] = added
                    reached.append(child_id)
        frontier = list(dict.fromkeys(reached))
        if not frontier:
            break
    return matches, list(dict.fromkeys(followed))


def _child_links(sources: dict, tables_of: dict[str, list[TableRef]], declared: list[dict]) -> dict:
    """Parent table -> the links to its children (foreign keys of single columns, then declared links)."""
    out: dict[tuple, list[Link]] = {}
    for name, refs in tables_of.items():
        source = sources.get(name)
        if source is None or not hasattr(source, "foreign_keys"):
            continue
        for ref in refs:
            try:
                keys = source.foreign_keys(ref)
            except PiiscanError:
                continue
            for fk in keys:
                if len(fk["constrained_columns"]) != 1:
                    continue  # composite keys: not followed (docs/find.md)
                link = Link(name, ref.schema, ref.name, fk["constrained_columns"][0], name,
                            fk["referred_schema"], fk["referred_table"], fk["referred_columns"][0],
                            fk.get("ondelete"))
                out.setdefault((name, link.parent_schema, link.parent_table), []).append(link)
    for item in declared:
        a, b = item["from"], item["to"]
        link = Link(b["source"], b["schema"], b["table"], b["column"], a["source"], a["schema"], a["table"],
                    a["column"], None, True)
        out.setdefault((a["source"], a["schema"], a["table"]), []).append(link)
    return out


def _follow(link: Link, parent: TableMatch, existing: TableMatch | None, sources: dict, fanout: int, mask):
    parent_source, child_source = sources.get(link.parent_source), sources.get(link.source)
    if parent_source is None or child_source is None:
        return None
    parent_ref = TableRef(parent.source, parent.schema, parent.table)
    child_ref = TableRef(link.source, link.schema, link.table)
    rows = parent.confirmed()
    if link.parent_column in parent.row_key:
        index = parent.row_key.index(link.parent_column)
        values = [r.key[index] for r in rows]
    else:
        try:
            names, full = parent_source.fetch_rows(parent_ref, parent.row_key, [r.key for r in rows])
        except PiiscanError:
            return None
        values = [row[names.index(link.parent_column)] for row in full]
    values = list(dict.fromkeys(v for v in values if v is not None))
    if not values:
        return None
    queries = 0
    try:
        key = tuple(child_source.row_key(child_ref))
        found = child_source.search(child_ref, link.column, [("in", values)], key=key, limit=fanout + 1)
        queries += 1
        truncated = None
        if len(found) > fanout:
            truncated = child_source.count(child_ref, link.column, [("in", values)])
            queries += 1
            found = found[:fanout]
    except PiiscanError as error:
        base = existing or TableMatch(link.source, link.schema, link.table, "error", reason=str(error))
        return replace(base, queries=base.queries + queries + 1)
    known = {r.key for r in existing.rows} if existing else set()
    path = (*(rows[0].path if rows else ()), str(link))
    evidence = (Evidence(link.column, "link", "exact"),)
    keys = [tuple(r[: len(key)]) for r in found]
    new = tuple(RowMatch(k, mask(k), "confirmed", 1.0, evidence, path) for k in dict.fromkeys(keys)
                if not key or k not in known)
    if existing is not None:
        reached = set(keys)
        kept = tuple(replace(r, status="confirmed", score=1.0, path=r.path or path)
                     if r.status == "candidate" and r.key in reached else r for r in existing.rows)
        rows_out = kept + new
        status = "confirmed" if any(r.status == "confirmed" for r in rows_out) else existing.status
        return replace(existing, status=status, rows=rows_out, queries=existing.queries + queries,
                       truncated=truncated)
    return TableMatch(link.source, link.schema, link.table, "confirmed" if new else "not found", key,
                      key != ("#row",), new, (), len(found), queries, None, None, truncated)
