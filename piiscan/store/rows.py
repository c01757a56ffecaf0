"""Rows of the store's tables <-> the catalog model (scans, sources, tables, columns, findings)."""

from __future__ import annotations

import json

import sqlalchemy as sa

from piiscan.catalog import CATALOG_VERSION, Catalog, ColumnResult, SourceInfo, TableResult
from piiscan.decide import Evidence, Finding
from piiscan.store import schema as s
from piiscan.store.review import Target


def insert_rows(conn, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def table_row(scan_id: int, n: int, t: TableResult) -> dict:
    return {"scan_id": scan_id, "position": n, "source": t.source, "schema_name": t.schema,
            "table_name": t.table, "kind": t.kind, "status": t.status, "reason": t.reason,
            "rows_sampled": t.rows_sampled, "rows_total": t.rows_total, "sample_method": t.sample_method,
            "seconds": t.seconds, "changed_at": t.changed_at, "modifications": t.modifications,
            "carried_from": t.carried_from}


def column_row(scan_id: int, n: int, c: ColumnResult) -> dict:
    return {"scan_id": scan_id, "position": n, "source": c.source, "schema_name": c.schema,
            "table_name": c.table, "column_name": c.column, "data_type": c.data_type, "status": c.status,
            "reason": c.reason, "rows_sampled": c.rows_sampled, "non_null": c.non_null,
            "distinct_values": c.distinct, "content": c.content, "stored_as": c.stored_as,
            "evidence": None if c.evidence_summary is None else json.dumps(c.evidence_summary, ensure_ascii=False)}


def finding_rows(scan_id: int, column: int, c: ColumnResult) -> list[dict]:
    """The rows of a column's findings (made by the scan) and candidates (near misses)."""
    kinds = [("finding", f) for f in c.findings if f.origin == "scan"] + [("candidate", f) for f in c.candidates]
    return [finding_row(scan_id, column, n, kind, f) for n, (kind, f) in enumerate(kinds)]


def finding_row(scan_id: int, column: int, n: int, kind: str, f: Finding) -> dict:
    return {"scan_id": scan_id, "column_position": column, "position": n, "kind": kind, "entity": f.entity,
            "category": f.category, "confidence": f.confidence, "match_ratio": f.match_ratio,
            "rule": f.rule, "path": f.path, "evidence": json.dumps([e.to_dict() for e in f.evidence]),
            "examples": json.dumps(list(f.examples), ensure_ascii=False)}


def combine(conn, pairs: list[tuple[int, str]], url: str, scan_id: int | None = None) -> Catalog:
    """One catalog of the given (scan id, source) pairs."""
    infos, tables, columns, settings, finished = [], [], [], {}, ""
    for sid in sorted({sid for sid, _ in pairs}):
        names = [name for i, name in pairs if i == sid]
        scan = conn.execute(sa.select(s.scans).where(s.scans.c.id == sid)).mappings().one()
        settings, finished = json.loads(scan["settings"]), max(finished, scan["finished_at"])
        infos += [SourceInfo(r.name, r.url, r.status, r.reason) for r in conn.execute(
            sa.select(s.sources).where(s.sources.c.scan_id == sid, s.sources.c.name.in_(names))
            .order_by(s.sources.c.name))]
        tables += [TableResult(r.source, r.schema_name, r.table_name, r.kind, r.status, r.reason,
                               r.rows_sampled, r.rows_total, r.sample_method, r.seconds, r.changed_at,
                               r.modifications, r.carried_from)
                   for r in conn.execute(sa.select(s.tables).where(s.tables.c.scan_id == sid,
                                                                   s.tables.c.source.in_(names))
                                         .order_by(s.tables.c.position))]
        found: dict[tuple[int, str], list[Finding]] = {}
        for r in conn.execute(sa.select(s.findings).where(s.findings.c.scan_id == sid)
                              .order_by(s.findings.c.column_position, s.findings.c.position)):
            found.setdefault((r.column_position, r.kind), []).append(Finding(
                r.entity, r.category, r.confidence, r.match_ratio,
                tuple(Evidence(e["signal"], e["detail"], e["score"]) for e in json.loads(r.evidence)),
                tuple(json.loads(r.examples)), r.path, r.rule))
        for r in conn.execute(sa.select(s.columns).where(s.columns.c.scan_id == sid, s.columns.c.source.in_(names))
                              .order_by(s.columns.c.position)):
            columns.append(ColumnResult(
                r.source, r.schema_name, r.table_name, r.column_name, r.data_type, r.status, r.reason,
                r.rows_sampled, r.non_null, r.distinct_values, r.content,
                tuple(found.get((r.position, "finding"), ())), tuple(found.get((r.position, "candidate"), ())),
                evidence_summary=json.loads(r.evidence) if r.evidence else None, stored_as=r.stored_as))
    settings = {**settings, "store": url}
    if scan_id is not None:
        settings["store_scan"] = scan_id
    else:
        settings["store_scans"] = {name: sid for sid, name in sorted(pairs)}
    return Catalog(sources=tuple(infos), tables=tuple(tables), columns=tuple(columns), settings=settings,
                   generated_at=finished, version=CATALOG_VERSION)


def row_target(row) -> Target:
    return Target(row["source"], row["schema_name"], row["table_name"], row["column_name"])
