"""A column's evidence as plain counts, and back: what lets the decision run again later
(other threshold, other decision settings) without sampling the table again.

`summarize` keeps every number the decision reads (per rule: rows matched, distinct matched,
candidates, validated, score; name keywords; NER shares; free-text entity counts; JSON paths;
the profile's shape statistics) and masked examples only, never a raw value. `restore`
rebuilds a `ColumnEvidence` the decision accepts; its profile holds the masked examples in
place of the distinct values, which the decision reads only for examples.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from piiscan.detect.evidence import ColumnEvidence
from piiscan.detect.mask import mask_value
from piiscan.detect.names import NameMatch
from piiscan.detect.ner import NerShares, TextFinding
from piiscan.detect.screen import ValueMatch
from piiscan.sources.base import ColumnInfo

SUMMARY_VERSION = 1


@dataclass(frozen=True)
class StoredProfile:
    """The profile numbers the decision reads; `values` holds masked examples only."""

    rows: int
    non_null: int
    distinct: int
    values: pa.Array
    kind: str
    mean_length: float
    mean_words: float
    digit_share: float
    alpha_share: float
    truncated: int

    @property
    def is_free_text(self) -> bool:
        return self.kind == "string" and self.mean_words >= 4 and self.mean_length >= 20


def _masked(values) -> list[str]:
    return [mask_value(str(v)) for v in list(values)[:3]]


def summarize(ev: ColumnEvidence) -> dict:
    """The evidence of one column as JSON-able counts and masked examples."""
    info = ev.column
    out: dict = {"v": SUMMARY_VERSION, "column": [info.name, info.data_type, info.skip_reason]}
    prof = ev.profile
    if prof is None:
        return out
    out["profile"] = {
        "rows": prof.rows, "non_null": prof.non_null, "distinct": prof.distinct, "kind": prof.kind,
        "mean_length": prof.mean_length, "mean_words": prof.mean_words, "digit_share": prof.digit_share,
        "alpha_share": prof.alpha_share, "truncated": prof.truncated,
        "examples": _masked(prof.values.slice(0, 3).to_pylist()),
    }
    out["names"] = {r: [m.keyword, m.language, m.strong, list(m.span)] for r, m in ev.names.items()}
    out["values"] = {r: [[m.pattern, m.score, m.rows, m.distinct, m.validated, m.checked, _masked(m.examples),
                          m.candidates] for m in ms] for r, ms in ev.values.items()}
    if ev.ner is not None:
        n = ev.ner
        out["ner"] = [n.checked, n.person, n.location, _masked(n.person_examples), _masked(n.location_examples)]
    if ev.text is not None:
        out["text"] = [[t.entity, t.rows, t.checked, _masked(t.examples)] for t in ev.text]
    if ev.paths is not None:
        out["paths"] = [summarize(p) for p in ev.paths]
    out.update(path=ev.path, content=ev.content, denied=sorted(ev.denied), table_denied=sorted(ev.table_denied),
               identifier_name=ev.identifier_name)
    return out


def restore(data: dict) -> ColumnEvidence:
    """The ColumnEvidence a summary describes (masked examples in place of values)."""
    if data.get("v") != SUMMARY_VERSION:
        raise ValueError(f"unknown evidence summary version {data.get('v')!r}")
    info = ColumnInfo(*data["column"])
    p = data.get("profile")
    if p is None:
        return ColumnEvidence(info, None)
    profile = StoredProfile(p["rows"], p["non_null"], p["distinct"], pa.array(p["examples"], pa.string()),
                            p["kind"], p["mean_length"], p["mean_words"], p["digit_share"], p["alpha_share"],
                            p["truncated"])
    ev = ColumnEvidence(info, profile, path=data.get("path"), content=data.get("content"),
                        denied=frozenset(data.get("denied", ())), table_denied=frozenset(data.get("table_denied", ())),
                        identifier_name=bool(data.get("identifier_name")))
    ev.names = {r: NameMatch(r, k, lang, strong, tuple(span)) for r, (k, lang, strong, span) in data["names"].items()}
    ev.values = {r: [ValueMatch(r, pat, score, rows, distinct, validated, checked, tuple(ex), cand)
                     for pat, score, rows, distinct, validated, checked, ex, cand in ms]
                 for r, ms in data["values"].items()}
    if "ner" in data:
        checked, person, location, pex, lex = data["ner"]
        ev.ner = NerShares(checked, person, location, tuple(pex), tuple(lex))
    if "text" in data:
        ev.text = [TextFinding(entity, rows, checked, tuple(ex)) for entity, rows, checked, ex in data["text"]]
    if "paths" in data:
        ev.paths = [restore(x) for x in data["paths"]]
    return ev


def remasked(data: dict) -> dict[str, str]:
    """mask_value(example) -> example for every masked example of a summary: the decision
    masks the examples it is handed, and these are masked already."""
    out: dict[str, str] = {}

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    out.setdefault(mask_value(item), item)
                else:
                    walk(item)

    walk({k: v for k, v in data.items() if k not in ("column", "denied", "table_denied")})
    return out
