"""What the report, the picture and the notebook view show, computed once from a Catalog.

Categories are ordered by sensitivity (credentials and government IDs first, countries
last) and each has one colour everywhere. Sources are shown by their short name, never by
URL. Only catalog data is used: masked examples, never a raw value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Most sensitive first; the tier is what a colour family means.
SENSITIVITY = (
    ("CREDENTIAL", "special", "#67001f"), ("GOV_ID", "special", "#a50f15"),
    ("PAYMENT_CARD", "special", "#cb181d"), ("BANK_ACCOUNT", "special", "#c2185b"),
    ("OTHER_PII", "special", "#7b3294"), ("DATE_OF_BIRTH", "special", "#ad1457"),
    ("PERSON_NAME", "direct", "#d94801"), ("EMAIL", "direct", "#e6550d"),
    ("PHONE", "direct", "#f16913"), ("STREET_ADDRESS", "direct", "#b35806"),
    ("IP_ADDRESS", "direct", "#8c510a"), ("GEO_COORDINATES", "direct", "#bf812d"),
    ("GENDER", "quasi", "#35978f"), ("POSTAL_CODE", "quasi", "#01665e"),
    ("CITY", "quasi", "#1b7837"), ("STATE_REGION", "quasi", "#5aae61"),
    ("COUNTRY", "quasi", "#4d9221"),
)
RANK = {name: i for i, (name, _, _) in enumerate(SENSITIVITY)}
COLOUR = {name: colour for name, _, colour in SENSITIVITY}
TIER = {name: tier for name, tier, _ in SENSITIVITY}
UNKNOWN_COLOUR = "#737373"

SIGNAL_WORDS = {
    "values": "values", "column_name": "column name", "ner": "language model",
    "neighbours": "neighbouring columns", "free_text": "free text", "shape": "value shape",
}


def rank(category: str | None) -> int:
    return RANK.get(category or "", len(RANK))


def colour(category: str | None) -> str:
    return COLOUR.get(category or "", UNKNOWN_COLOUR)


def most_sensitive(categories) -> str | None:
    return min(categories, key=rank, default=None)


def short_source(name: str) -> str:
    """A short label for a source: its name, or for a URL-like name the database or file name."""
    if "://" not in name and "/" not in name and "\\" not in name:
        return name
    tail = name.split("?")[0].rstrip("/\\")
    tail = tail.rsplit("@", 1)[-1]
    for sep in ("/", "\\"):
        tail = tail.rsplit(sep, 1)[-1]
    return tail or name


def evidence_words(finding) -> list[str]:
    """The evidence of a finding in plain words, one line per signal:
    "column name: keyword 'email' (en)", "values: 58 of 60 sampled values match email/…"."""
    out = []
    for e in finding.evidence:
        label = SIGNAL_WORDS.get(e.signal, e.signal.replace("_", " "))
        out.append(f"{label}: {e.detail}" if e.detail else label)
    return out


@dataclass
class TableView:
    source: str
    schema: str | None
    table: str
    status: str = "scanned"
    reason: str | None = None
    columns: int = 0
    pii_columns: int = 0
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return ".".join(p for p in (self.schema, self.table) if p)

    @property
    def top(self) -> str | None:
        return most_sensitive(self.by_category)


def table_views(catalog) -> list[TableView]:
    """One view per table (listed or with columns), in catalog order."""
    views: dict[tuple, TableView] = {}
    for t in catalog.tables:
        views[(t.source, t.schema, t.table)] = TableView(t.source, t.schema, t.table, t.status, t.reason)
    for col in catalog.columns:
        key = (col.source, col.schema, col.table)
        view = views.setdefault(key, TableView(*key))
        view.columns += 1
        cats = categories_of(col)
        if cats:
            view.pii_columns += 1
        for cat in cats:
            view.by_category[cat] = view.by_category.get(cat, 0) + 1
    return list(views.values())


def categories_of(column) -> tuple[str, ...]:
    """The column's categories that stand after review: none when a reviewer rejected it
    (findings a reviewer added, origin "decision", always stand)."""
    rejected = getattr(column, "review", None) == "rejected"
    cats = [f.category for f in column.findings
            if not rejected or getattr(f, "origin", "scan") == "decision"]
    return tuple(sorted(dict.fromkeys(cats), key=rank))


def column_record(column) -> dict:
    """A plain, JSON-ready row for the report's column table (masked examples only)."""
    cats = categories_of(column)
    findings = []
    for f in sorted(column.findings, key=lambda f: (rank(f.category), -f.confidence)):
        findings.append({
            "category": f.category, "entity": f.entity, "confidence": round(f.confidence, 2),
            "match": round(f.match_ratio, 2), "path": f.path, "examples": list(f.examples),
            "evidence": evidence_words(f), "origin": getattr(f, "origin", "scan"),
        })
    return {
        "source": short_source(column.source), "schema": column.schema, "table": column.table,
        "column": column.column, "type": column.data_type, "status": column.status,
        "reason": column.reason, "categories": list(cats),
        "confidence": max((f["confidence"] for f in findings if f["category"] in cats), default=None),
        "rank": rank(most_sensitive(cats)) if cats else 99,
        "review": getattr(column, "review", None), "notes": list(getattr(column, "notes", ()) or ()),
        "findings": findings,
    }
