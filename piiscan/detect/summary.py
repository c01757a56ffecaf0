"""A column's evidence as plain counts, and back: what lets the decision run again later
(other threshold, other decision settings) without sampling the table again.

`summarize` keeps every number the decision reads (per rule: rows matched, distinct matched,
candidates, validated, score; name keywords; NER shares; free-text entity counts; JSON paths;
the profile's shape statistics) and masked examples only, never a raw value: every field
whose name holds "examples" is masked, and the profile's arrays of distinct values and
counts are replaced by three masked examples. `restore` rebuilds a `ColumnEvidence` the
decision accepts. Fields are walked generically, so a field added to these dataclasses is
kept too when it is a number, a string, a collection of them or a piiscan dataclass of
them; any other is named in `incomplete`, and such a summary is not used to decide again.
"""

from __future__ import annotations

import dataclasses

import pyarrow as pa

from piiscan.detect.evidence import ColumnEvidence, ColumnInfo  # ColumnInfo as detection knows it
from piiscan.detect.mask import mask_value
from piiscan.detect.names import NameMatch
from piiscan.detect.freetext import TextFinding
from piiscan.detect.ner import NerShares
from piiscan.detect.profile import Profile
from piiscan.detect.screen import ValueMatch

SUMMARY_VERSION = 2


@dataclasses.dataclass(frozen=True)
class StoredProfile(Profile):
    """A Profile rebuilt from a summary: `values` holds masked examples, and `distinct` is
    the stored count of distinct values."""

    stored_distinct: int = 0

    @property
    def distinct(self) -> int:
        return self.stored_distinct


def _masked(values) -> list[str]:
    return [mask_value(str(v)) for v in list(values)[:3]]


def _plain(obj) -> dict:
    """A small dataclass (ValueMatch, NameMatch, …) as a dict, its examples masked."""
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        out[f.name] = _masked(value) if "examples" in f.name else list(value) if isinstance(value, tuple) else value
    return out


def _back(cls, data: dict):
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names})


def summarize(ev: ColumnEvidence) -> dict:
    """The evidence of one column as JSON-able counts and masked examples."""
    info = ev.column
    out: dict = {"v": SUMMARY_VERSION, "column": [info.name, info.data_type, info.skip_reason, info.binary]}
    prof = ev.profile
    if prof is None and ev.content != "binary":
        return out
    if prof is not None:
        profile = {f.name: getattr(prof, f.name) for f in dataclasses.fields(prof)
                   if not isinstance(getattr(prof, f.name), (pa.Array, pa.ChunkedArray))}
        # the decision shows the profile's first values only for a finding made by the column name
        shown = _masked(prof.values.slice(0, 3).to_pylist()) if ev.names else []
        out["profile"] = {**profile, "distinct": prof.distinct, "examples": shown}
    fields = {}
    for f in dataclasses.fields(ev):
        value = getattr(ev, f.name)
        if f.name in ("column", "profile") or value is None:
            continue
        if f.name == "names":
            value = {rule: _plain(m) for rule, m in value.items()}
        elif f.name == "values":
            value = {rule: [_plain(m) for m in ms] for rule, ms in value.items()}
        elif f.name == "ner":
            value = _plain(value)
        elif f.name == "text":
            value = [_plain(t) for t in value]
        elif f.name == "paths":
            value = [summarize(p) for p in value]
        elif isinstance(value, (frozenset, set)):
            value = {"set": sorted(value)}
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            value = {"dataclass": f"{type(value).__module__}:{type(value).__qualname__}", "fields": _plain(value)}
        if not _jsonable(value):
            out.setdefault("incomplete", []).append(f.name)
            continue
        fields[f.name] = value
    out["evidence"] = fields
    return out


def _jsonable(value) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_jsonable(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _jsonable(v) for k, v in value.items())
    return False


def complete(data: dict) -> bool:
    """True when the summary holds all of the evidence (it can stand in for a new sample)."""
    return data.get("v") == SUMMARY_VERSION and not data.get("incomplete") and all(
        complete(p) for p in data.get("evidence", {}).get("paths", []))


def _piiscan_class(name: str) -> type:
    """The piiscan dataclass a summary names (`piiscan.detect.distribution:Distribution`)."""
    import importlib

    module, _, qualname = name.partition(":")
    if not module.startswith("piiscan."):
        raise ValueError(f"evidence summary names a class outside piiscan: {name!r}")
    return getattr(importlib.import_module(module), qualname)


def restore(data: dict) -> ColumnEvidence:
    """The ColumnEvidence a summary describes (masked examples in place of values)."""
    if data.get("v") != SUMMARY_VERSION:
        raise ValueError(f"unknown evidence summary version {data.get('v')!r}")
    info = ColumnInfo(*data["column"])
    p = data.get("profile")
    if p is None and "evidence" not in data:
        return ColumnEvidence(info, None)
    profile = None
    if p is not None:  # None: a binary column, decided from its bytes and name alone
        examples = pa.array(p["examples"], pa.string())
        known = {f.name for f in dataclasses.fields(Profile)}
        profile = StoredProfile(**{k: v for k, v in p.items() if k in known},
                                values=examples, counts=pa.array([1] * len(examples), pa.int64()),
                                stored_distinct=p["distinct"])
    ev = ColumnEvidence(info, profile)
    for name, value in data.get("evidence", {}).items():
        if name == "names":
            value = {rule: _back(NameMatch, m) for rule, m in value.items()}
        elif name == "values":
            value = {rule: [_back(ValueMatch, m) for m in ms] for rule, ms in value.items()}
        elif name in ("ner",):
            value = _back(NerShares, value)
        elif name == "text":
            value = [_back(TextFinding, t) for t in value]
        elif name == "paths":
            value = [restore(x) for x in value]
        elif isinstance(value, dict) and set(value) == {"set"}:
            value = frozenset(value["set"])
        elif isinstance(value, dict) and set(value) == {"dataclass", "fields"}:
            value = _back(_piiscan_class(value["dataclass"]), value["fields"])
        if hasattr(ev, name):
            setattr(ev, name, value)
    return ev


def remasked(data: dict) -> dict[str, str]:
    """mask_value(example) -> example for every masked example of a summary: the decision
    masks the examples it is handed, and these are masked already."""
    out: dict[str, str] = {}

    def walk(value, key: str = "") -> None:
        if isinstance(value, dict):
            for k, item in value.items():
                walk(item, k)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str) and "examples" in key:
                    out.setdefault(mask_value(item), item)
                else:
                    walk(item, key)

    walk(data)
    return out
