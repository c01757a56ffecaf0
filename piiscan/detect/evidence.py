"""Evidence for every column of a sample: values (RE2 + validators), column name, NER,
shape, free text and JSON. Plain values out; the decision is made in piiscan.decide."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.detect.binary import BinaryFeatures, bytes_as_text, mark_neighbours, without_bytes_rules
from piiscan.detect.attributes import MEASURE_RULES, fitting_measures, says_nothing
from piiscan.detect.checksums import checksum_match
from piiscan.detect.phone_regions import (MIN_VALID, UNNAMED_SCORE, local_phones, possible_international,
                                          trunk_prefixed)
from piiscan.detect.distribution import Distribution, describe
from piiscan.detect.honorifics import addressed_many, addressed_persons
from piiscan.detect.freetext import PERSON_MIN_ROWS, PERSON_MIN_SHARE
from piiscan.detect.lowrate import embedded_findings
from piiscan.detect.abbreviations import abbreviated_names
from piiscan.detect.names import NameMatch, compound_names, denied_rules, is_identifier_name, match_names, nested_names
from piiscan.detect.parts import part_matches
from piiscan.detect.profile import Profile, profile_many
from piiscan.detect.screen import ValueMatch, screen_many
from piiscan.detect.subject import table_kind
from piiscan.masking import mask_name
from piiscan.sample import ColumnInfo, Sample

NER_SUBSAMPLE = 40  # distinct short values read by NER per column
TEXT_SUBSAMPLE = 30  # free-text values analysed by Presidio per column
JSON_SUBSAMPLE = 200


@dataclass
class ColumnEvidence:
    column: ColumnInfo
    profile: Profile | None
    names: dict[str, NameMatch] = field(default_factory=dict)
    values: dict[str, list[ValueMatch]] = field(default_factory=dict)
    ner: object | None = None  # NerShares
    text: list | None = None  # TextFinding list for free text
    paths: list["ColumnEvidence"] | None = None  # JSON paths inside a text column
    path: str | None = None
    content: str | None = None  # "free_text" | "json" | "binary" (decided by detect.binary) | None
    denied: frozenset[str] = frozenset()  # rules the column name rules out (company_name)
    table_denied: frozenset[str] = frozenset()  # rules the table name rules out for weak names
    identifier_name: bool = False  # the name ends like a key or a count (order_id)
    distribution: Distribution | None = None  # what the values say together
    parent: str | None = None  # `user` of a nested `user.name`: context, like a table name
    table_kind: tuple[str | None, str | None] = (None, None)  # ("person" | "thing", word) by name
    error: str | None = None  # why detection failed on this column (the column is then "error")
    masked_keys: int = 0  # JSON keys that looked like personal data, masked in the paths
    references: str | None = None  # the table a foreign key of this column refers to
    linked: str | None = None  # a table about people this column's key refers to (piiscan.linking)
    binary: BinaryFeatures | None = None  # what a binary column's bytes showed (None: not read)


def collect(sample: Sample, rules, ner=None, seed: int = 0) -> list[ColumnEvidence]:
    """Evidence for each column of `sample`, in column order (skipped columns included).

    A column whose values break detection (too deep JSON, invalid UTF-8, a failing model)
    gets `error` set; the other columns are unaffected."""
    positions: dict[str, int] = {}
    for index, name in enumerate(sample.data.column_names):
        positions.setdefault(name, index)
    infos = [i for i in sample.columns if not i.skip_reason and i.name in positions]
    # binary columns holding text are detected as text; the others by their bytes (detect.binary)
    infos, arrays, read = bytes_as_text(infos, [sample.data.column(positions[i.name]) for i in infos])
    found = _collect(infos, arrays, sample.columns, rules, ner, seed)
    table_name = sample.table.name.rsplit("/", 1)[-1].split(".")[0]
    table_denied = denied_rules(table_name, rules)
    kind = table_kind(table_name)
    links = dict(sample.links)
    for ev in found:
        ev.table_denied = ev.table_denied | table_denied
        if ev.table_kind[0] is None:  # a flattened nested key keeps its parent's (`recipient.city`)
            ev.table_kind = kind
        ev.references = links.get(ev.column.name)
        ev.binary = read.get(ev.column.name) if ev.error is None else None
        for path_ev in ev.paths or ():
            if path_ev.table_kind[0] is None:
                path_ev.table_kind = kind
    mark_neighbours(found, rules)
    return found


def _collect(infos, arrays, order, rules, ner, seed, paths=None, json_ok=True) -> list[ColumnEvidence]:
    found: dict[str, ColumnEvidence] = {}
    profiles = {}
    for info, result in zip(infos, profile_many(arrays)):
        if isinstance(result, Exception):  # one column's values break profiling: that column only
            found[info.name] = ColumnEvidence(info, None, error=failure_reason(result))
        else:
            profiles[info.name] = result
    live = [i for i in infos if i.name in profiles]
    screened = _screen(live, [profiles[i.name] for i in live], rules, seed)
    addressed = _addressed_all(live, profiles)
    batch = _NerBatch(ner) if ner is not None else None
    for n, info in enumerate(infos):
        if info.name in found:
            continue
        path = paths[n] if paths else None
        try:
            found[info.name] = column_evidence(info, profiles[info.name], screened[info.name], rules,
                                               batch, seed, path, json_ok, addressed.get(info.name, _ASK))
        except Exception as error:
            found[info.name] = ColumnEvidence(info, None, path=path, error=failure_reason(error))
    if batch is not None:
        batch.run(found, rules)
    for ev in found.values():
        addressed = ev.__dict__.pop("_addressed", None)
        if addressed is not None and isinstance(ev.text, list) and not any(
                t.entity == "PERSON" and t.rows >= PERSON_MIN_ROWS and t.rows >= PERSON_MIN_SHARE * t.checked
                for t in ev.text):  # NER found too few persons (or none it trusts in this language)
            ev.text = [t for t in ev.text if t.entity != "PERSON"] + [addressed]
    return [found.get(i.name) or _unread(i, rules) for i in order]


class _Pending:
    """A column's NER request, answered when the whole table's requests run together."""

    def __init__(self, values: list[str]) -> None:
        self.values = values


class _NerBatch:
    """Stands in for the NER engine while a table's columns are collected: `shares` and
    `text_findings` only note what each column asks, and `run` answers every request of the
    table in a few large spaCy batches (spaCy's cost is mostly per batch). The answers are
    those of asking column by column; should the batch fail, columns are asked one by one,
    so only a column at fault gets an error."""

    def __init__(self, ner) -> None:
        self.ner = ner.ner if isinstance(ner, _NerBatch) else ner  # JSON paths: the real engine

    def shares(self, values: list[str]) -> _Pending:
        return _Pending(values)

    def text_findings(self, values: list[str], rules) -> _Pending:
        return _Pending(values)

    def run(self, found: dict[str, ColumnEvidence], rules) -> None:
        for field_name, many in (("text", self.ner.text_findings_many), ("ner", self.ner.shares_many)):
            waiting = [ev for ev in found.values() if isinstance(getattr(ev, field_name), _Pending)]
            if not waiting:
                continue
            try:
                groups = [getattr(ev, field_name).values for ev in waiting]
                answers = many(groups, rules) if field_name == "text" else many(groups)
            except Exception:  # one column's values break the model: find it, keep the others
                answers = None
            for i, ev in enumerate(waiting):
                try:
                    values = getattr(ev, field_name).values
                    answer = answers[i] if answers is not None else (
                        many([values], rules) if field_name == "text" else many([values]))[0]
                    setattr(ev, field_name, answer)
                except Exception as error:
                    found[ev.column.name] = ColumnEvidence(ev.column, None, path=ev.path,
                                                           error=failure_reason(error))


def _unread(info: ColumnInfo, rules) -> ColumnEvidence:
    """A column that was not sampled as values; a binary one keeps its name evidence
    (`password_hash` stored as bytes) for detect.binary, beside its bytes when they were read."""
    ev = ColumnEvidence(info, None)
    if info.binary or (info.skip_reason or "").startswith("binary"):
        ev.names = match_names(info.name, rules, rules.names)
        ev.denied = denied_rules(info.name, rules)
        ev.content = "binary"
    return ev


def _screen(infos, profiles, rules, seed) -> dict[str, dict]:
    """Screen the whole table at once (one RE2 pass per pattern); should that fail, screen
    column by column so only the column at fault loses its value evidence."""
    try:
        return {i.name: m for i, m in zip(infos, screen_many(profiles, rules, seed))}
    except Exception:
        out = {}
        for info, prof in zip(infos, profiles):
            try:
                out[info.name] = screen_many([prof], rules, seed)[0]
            except Exception:
                out[info.name] = {}
        return out


#: column_evidence finds the column's addressed persons itself
_ASK = object()


def _addressed_all(infos, profiles) -> dict:
    """Persons after a title in each column of a table (one RE2 pass); should that fail, none
    here, and each column looks for its own (so only a column at fault gets an error)."""
    try:
        return {i.name: a for i, a in zip(infos, addressed_many([profiles[i.name] for i in infos]))}
    except Exception:
        return {}


def _adding(values: dict, match) -> dict:
    """The screen's matches by rule, with one more match the column's values make as a whole."""
    if match is None:
        return values
    return {**values, match.rule: [*values.get(match.rule, []), match]}


def failure_reason(error: BaseException) -> str:
    """Why detection failed on a column, in piiscan's words: never the error's text, which
    may quote the value at fault."""
    text = str(error).lower()
    if isinstance(error, RecursionError):
        what = "a value is nested too deeply"
    elif "utf8" in text or "utf-8" in text or isinstance(error, UnicodeError):
        what = "values are not valid UTF-8 text"
    else:
        what = "its values could not be analysed"
    return f"detection failed: {what} ({type(error).__name__})"


def column_evidence(info: ColumnInfo, prof: Profile, values, rules, ner=None, seed: int = 0,
                    path: str | None = None, json_ok: bool = True, addressed=_ASK) -> ColumnEvidence:
    ev = ColumnEvidence(info, prof, path=path)
    parent, _, name = (path or info.name).rpartition(".")  # a nested key: its leaf names it
    name = name or info.name
    ev.parent = parent or None
    ev.names = (without_bytes_rules(match_names(name, rules, rules.names), rules)  # `photo_url` is text
                or without_bytes_rules(nested_names(name, parent, rules) or compound_names(name, rules)
                                        or abbreviated_names(name, rules), rules))
    ev.denied = denied_rules(name, rules)
    ev.table_denied = denied_rules(parent, rules)  # `company.name`, like a table `company`
    ev.table_kind = table_kind(parent)
    ev.identifier_name = is_identifier_name(name, rules.names)
    ev.distribution = describe(prof, seed=seed)
    if MEASURE_RULES & ev.names.keys():  # `weight`: do its numbers fit a person's?
        ev.distribution = replace(ev.distribution, measures=fitting_measures(prof))
    if not prof.non_null:
        return ev
    if json_ok and prof.kind == "string" and _looks_json(prof):
        masked: set[str] = set()
        paths = _json_paths(info, prof, rules, ner, seed, masked)
        if paths is not None:
            ev.masked_keys = len(masked)
            ev.content = "json"
            ev.paths = paths
            return ev
    ev.values = _with_parts(values, prof, rules, seed)
    if "national_id" not in ev.values:  # a national ID (a bank account) by its checksum, any country's
        ev.values = _adding(ev.values, checksum_match(prof, seed))
    phones = ev.values.get("phone", [])
    found = possible_international(prof, phones, seed)  # +995 511 57 15 60: ranges phonenumbers doesn't know
    if found is None and "phone" in ev.names:  # local numbers of a region the phone validator doesn't read
        found = local_phones(prof, phones, seed)
    elif found is None and not ev.names and says_nothing(ev.path or info.name) and trunk_prefixed(prof):
        # `c04` of 09467855531: numbers written nationally, valid in one region, the values alone
        read = next((m for m in phones if m.validated and m.rows >= MIN_VALID * prof.non_null), None)
        found = (replace(read, pattern="national", score=UNNAMED_SCORE) if read is not None
                 else local_phones(prof, [], seed, score=UNNAMED_SCORE))
    ev.values = _adding(ev.values, found)
    if addressed is _ASK:  # `Frau Berger`, `la Sra. Ortega`: a title, then a name
        addressed = addressed_persons(prof)
    if not prof.is_free_text and prof.kind == "string" and "email" not in ev.values:
        embedded = embedded_findings(prof, rules) + ([addressed] if addressed else [])
        if embedded:  # a comment column, now and then an e-mail or a person
            ev.content, ev.text = "free_text", embedded
            return ev
    if ner is None or prof.kind != "string":
        if addressed is not None and prof.is_free_text:
            ev.content, ev.text = "free_text", [addressed]
        return ev
    if prof.is_free_text:
        ev.content = "free_text"
        ev.text = ner.text_findings(_subsample(prof, TEXT_SUBSAMPLE, seed), rules)
        if addressed is not None:
            ev.__dict__["_addressed"] = addressed  # merged once the table's NER has run (_collect)
    if _wants_ner(ev, rules):  # short free text (Surname, Mr. Given Names) may still be a name
        ev.ner = ner.shares(_subsample(prof, NER_SUBSAMPLE, seed))
    return ev


def _with_parts(values: dict[str, list[ValueMatch]], prof: Profile, rules, seed: int) -> dict:
    """The column's matches, with those of its list parts where they cover more rows."""
    merged = dict(values)
    for name, matches in part_matches(prof, rules, seed).items():
        whole = max((m.rows for m in values.get(name, ())), default=0)
        if max(m.rows for m in matches) > whole:
            merged[name] = matches
    return merged


def _wants_ner(ev: ColumnEvidence, rules) -> bool:
    """NER only where it adds evidence: wordy short values, and either a name/place keyword in
    the column name or nothing else decided the column."""
    prof = ev.profile
    if prof.alpha_share < 0.6 or prof.mean_words > 6 or prof.digit_share > 0.1:
        return False
    ner_rules = {r.name for r in rules if r.ner}
    if any(name in ner_rules for name in ev.names):
        return True
    if any(m.strong for m in ev.names.values()):
        return False
    decided = any(m.rows >= 0.5 * prof.non_null and m.score >= 0.6
                  for matches in ev.values.values() for m in matches)
    return not decided


def _subsample(prof: Profile, n: int, seed: int) -> list[str]:
    values = prof.values.to_pylist()
    if len(values) <= n:
        return values
    return random.Random(seed).sample(values, n)


def _looks_json(prof: Profile) -> bool:
    starts = pc.or_(pc.starts_with(prof.values, "{"), pc.starts_with(prof.values, "["))
    return (pc.sum(pc.if_else(starts, prof.counts, 0)).as_py() or 0) >= 0.8 * prof.non_null


def _json_paths(info, prof, rules, ner, seed, masked: set[str]) -> list[ColumnEvidence] | None:
    rows: list[dict] = []
    lists = True  # every document a list (of phones, of e-mails), none an object
    for text in _subsample(prof, JSON_SUBSAMPLE, seed):
        try:
            document = json.loads(text)
            rows.append(flatten(document, masked=masked))
        except (ValueError, RecursionError):  # not JSON, or nested past Python's limit
            continue
        lists = lists and isinstance(document, list)
    if len(rows) < 0.8 * min(prof.distinct, JSON_SUBSAMPLE):
        return None
    columns: dict[str, list] = {}
    for i, row in enumerate(rows):
        for key, value in row.items():
            columns.setdefault(key, [None] * len(rows))[i] = value
    if lists and list(columns) == ["value"]:
        columns = {info.name: columns["value"]}  # a list of phones, e-mails: named as the column is (`telefoane`)
    infos = [ColumnInfo(key, "json") for key in columns]
    arrays = [pa.array([None if v is None else str(v) for v in values], pa.string())
              for values in columns.values()]
    return _collect(infos, arrays, infos, rules, ner, seed, paths=list(columns), json_ok=False)


def flatten(value, prefix: str = "", masked: set[str] | None = None) -> dict[str, object]:
    """Nested objects to dotted paths; lists of objects merge their keys (`items.sku`),
    lists of scalars are joined. Keys that look like personal data are masked."""
    out: dict[str, object] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            shown = mask_name(str(key))  # a key that is itself personal data never becomes a path
            if shown != key and masked is not None:
                masked.add(shown)
            out.update(flatten(item, f"{prefix}.{shown}" if prefix else shown, masked))
    elif isinstance(value, list):
        if any(isinstance(v, (dict, list)) for v in value):
            for item in value:
                for key, v in flatten(item, prefix, masked).items():
                    out.setdefault(key, v)
        elif value:
            out[prefix or "value"] = ", ".join(str(v) for v in value)
    elif value is not None and value != "":
        out[prefix or "value"] = value
    return out
