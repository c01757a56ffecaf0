"""Where to look: the columns of a catalog worth searching for a subject, and every table
that won't be searched, with why.

A column is searched when one of its findings is in a category the subject has an
identifier for, at or above `min_confidence`; free-text columns only when asked. Customer
keys are searched in the columns they name, classified or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from piiscan.catalog import Catalog, ColumnResult, stored_as_bytes
from piiscan.find.subject import Subject

#: Catalog category -> the kind of identifier searched in its columns.
CATEGORY_KINDS = {
    "EMAIL": "email",
    "PHONE": "phone",
    "GOV_ID": "national_id",
    "PERSON_NAME": "name",
    "DATE_OF_BIRTH": "date",
    "POSTAL_CODE": "postcode",
}
#: Kind -> the Subject field holding its identifiers.
#: What a free-text (or JSON document) search looks for.
TEXT_KINDS = frozenset({"email", "national_id", "name"})
KIND_FIELDS = {
    "email": "emails", "phone": "phones", "national_id": "national_ids", "name": "names",
    "date": "dates_of_birth", "postcode": "postcodes", "key": "customer_keys",
}


@dataclass(frozen=True)
class ColumnTarget:
    source: str
    schema: str | None
    table: str
    column: str
    kind: str  # email | phone | national_id | name | date | postcode | key | free_text (also JSON documents)
    category: str | None
    confidence: float | None
    data_type: str = ""


@dataclass(frozen=True)
class NotSearched:
    source: str
    schema: str | None
    table: str
    column: str | None
    reason: str

    def to_dict(self) -> dict:
        return {"source": self.source, "schema": self.schema, "table": self.table,
                "column": self.column, "reason": self.reason}


TableId = tuple[str, "str | None", str]


def plan_search(catalog: Catalog, subject: Subject, *, min_confidence: float = 0.5,
                free_text: bool = False, opened: frozenset[str] = frozenset(),
                categories: tuple[str, ...] | None = None) -> tuple[dict[TableId, list[ColumnTarget]], list[NotSearched]]:
    """Columns to search, grouped by table in catalog order, and the tables / columns left out."""
    wanted = {c: k for c, k in CATEGORY_KINDS.items() if categories is None or c in categories}
    held = {kind for kind, name in KIND_FIELDS.items() if getattr(subject, name)}
    failed = {s.name: s.reason for s in catalog.sources if s.status == "error"}
    table_errors = {(t.source, t.schema, t.table): t.reason for t in catalog.tables if t.status == "error"}
    targets: dict[TableId, list[ColumnTarget]] = {}
    reasons: dict[TableId, set[str]] = {}
    skipped_columns: list[NotSearched] = []
    order: list[TableId] = list(dict.fromkeys([(t.source, t.schema, t.table) for t in catalog.tables]
                                              + [(c.source, c.schema, c.table) for c in catalog.columns]))
    for col in catalog.columns:
        tid = (col.source, col.schema, col.table)
        kinds = []
        for key in subject.customer_keys:
            if key.column == col.column and key.table in (None, col.table) and key.source in (None, col.source):
                kinds.append(("key", None, None))
        if stored_as_bytes(col):  # a search compares text; listed when it holds personal data
            if any(f.confidence >= min_confidence and (categories is None or f.category in categories)
                   for f in col.findings):
                skipped_columns.append(NotSearched(*tid, col.column, "values stored as bytes are not searched"))
                reasons.setdefault(tid, set()).add(f"{col.column}: stored as bytes")
        elif col.content == "json":  # classified by path inside the document: searched as text
            inside = {wanted.get(f.category) for f in col.findings if f.confidence >= min_confidence} - {None}
            if inside & held & TEXT_KINDS:
                kinds.append(("free_text", None, None))
            elif inside & held:
                skipped_columns.append(NotSearched(*tid, col.column, "JSON document: only e-mails, IDs and names "
                                                                     "are searched inside"))
        elif col.content == "free_text":
            if free_text:
                kinds.append(("free_text", None, None))
            elif col.findings:
                skipped_columns.append(NotSearched(*tid, col.column, "free text (pass free_text / --free-text)"))
        else:
            for finding in col.findings:
                kind = wanted.get(finding.category)
                if kind is None:
                    continue
                if finding.confidence < min_confidence:
                    reasons.setdefault(tid, set()).add(f"{col.column}: {finding.category} below {min_confidence:g}")
                elif kind not in held:
                    reasons.setdefault(tid, set()).add(f"no {kind.replace('_', ' ')} in the request")
                else:
                    kinds.append((kind, finding.category, finding.confidence))
        if col.status != "scanned" and not kinds:
            continue
        for kind, category, confidence in dict.fromkeys(kinds):
            targets.setdefault(tid, []).append(
                ColumnTarget(col.source, col.schema, col.table, col.column, kind, category, confidence, col.data_type))
    not_searched: list[NotSearched] = []
    for tid in order:
        source = tid[0]
        if source in failed:
            reason = f"source could not be scanned: {failed[source]}"
        elif tid in table_errors:
            reason = f"table could not be scanned: {table_errors[tid]}"
        elif tid in targets and source not in opened:
            reason = "source not reopened: give its URL (--source NAME=URL)"
        elif tid in targets:
            continue
        elif tid in reasons:
            reason = "; ".join(sorted(reasons[tid]))
        else:
            reason = "not classified: no column in a searched category"
        targets.pop(tid, None)
        not_searched.append(NotSearched(*tid, None, reason))
    return targets, not_searched + skipped_columns
