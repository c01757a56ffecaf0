"""Search one table for a subject: one bound-parameter query per column, then verification
in Python after normalising both sides, then one status per row.

The query is deliberately wide (lowercase equality, a few textual forms, the last digits of
a phone number) and Python decides: a fetched value only counts when its normalised form
equals one of the subject's. A row is *confirmed* by a strong identifier (e-mail, phone,
national ID, customer key) or by a full name plus a date of birth, postcode or phone in the
same row; anything weaker is a *candidate* with a score. A column whose query matches more
than `max_rows` rows is *ambiguous*: its count is reported, its rows are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from piiscan.errors import PiiscanError
from piiscan.find import normalise
from piiscan.find.result import ColumnMatch, Evidence, RowMatch, TableMatch
from piiscan.find.subject import Subject
from piiscan.find.targets import ColumnTarget

STRONG = frozenset({"email", "phone", "national_id", "key"})
#: What a full name needs beside it in the same row to confirm it.
CORROBORATING = frozenset({"date", "postcode", "phone"})
#: Candidate scores: a full name alone, a date of birth, a postcode. Below MIN_SCORE a row is dropped.
NAME_SCORE, DATE_SCORE, POSTCODE_SCORE, MIN_SCORE = 0.6, 0.25, 0.15, 0.5
_DATE_TEXT_FORMATS = ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d")


@dataclass(frozen=True)
class SearchSettings:
    max_rows: int = 50  # rows per column query beyond which the column is ambiguous
    region: str | None = None


def search_terms(target: ColumnTarget, subject: Subject) -> list[tuple[str, object]]:
    """The search operators (SqlSource.search) that fetch every row that could match."""
    kind = target.kind
    if kind == "email":
        return [("lower_in", list(subject.emails))]
    if kind == "phone":
        return _phone_terms(subject.phones)
    if kind == "national_id":
        forms, terms = [], []
        for id_kind, value in subject.national_ids:
            module = normalise.national_id_module(id_kind)
            forms += [value, *([module.format(value)] if hasattr(module, "format") else [])]
            terms += [("like_lower", f"%{_like(value.lower())}%"), ("like_lower", f"%{_like(value[-4:].lower())}")]
        return [("lower_in", list(dict.fromkeys(f.lower() for f in forms)))] + terms
    if kind == "name":
        forms = [form for name in subject.names for form in _name_forms(name.split())]
        forms += [normalise.strip_diacritics(f) for f in forms]
        return [("lower_in", list(dict.fromkeys(forms)))]
    if kind == "date":
        import datetime

        dates = [datetime.date.fromisoformat(d) for d in subject.dates_of_birth]
        texts = [d.strftime(f) for d in dates for f in _DATE_TEXT_FORMATS]
        return [("date_in", dates), ("lower_in", texts)]
    if kind == "postcode":
        forms = list(subject.postcodes)
        forms += [f"{p[:-3]} {p[-3:]}" for p in subject.postcodes if len(p) > 4]  # UK-style "sw1a 1aa"
        return [("lower_in", forms)] + [("like_lower", f"%{_like(p)}%") for p in subject.postcodes]
    if kind == "key":
        return [("lower_in", [k.value.lower() for k in subject.customer_keys if k.column == target.column])]
    if kind == "free_text":
        terms: list[tuple[str, object]] = [("like_lower", f"%{_like(e)}%") for e in subject.emails]
        terms += [("like_lower", f"%{_like(v.lower())}%") for _, v in subject.national_ids]
        orders = {order for n in subject.names for order in permutations(n.split())} if all(
            len(n.split()) <= 3 for n in subject.names) else {tuple(n.split()) for n in subject.names}
        terms += [("like_lower", "%" + "%".join(_like(t) for t in order) + "%") for order in sorted(orders)]
        return terms
    raise ValueError(f"unknown kind {kind!r}")


def _name_forms(tokens: list[str]) -> list[str]:
    """Every ordering of every part of a name ("de vries", "vries, anna", …), for names of up
    to four words; longer names give the whole name and each word."""
    if len(tokens) > 4:
        return [" ".join(tokens), *tokens]
    forms = []
    for size in range(1, len(tokens) + 1):
        for part in permutations(tokens, size):
            forms.append(" ".join(part))
            if size > 1:
                forms.append(f"{part[0]}, {' '.join(part[1:])}")
    return forms


def _phone_terms(phones: tuple[str, ...]) -> list[tuple[str, object]]:
    import phonenumbers

    forms, terms = [], []
    for e164 in phones:
        number = phonenumbers.parse(e164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        forms += [e164, e164[1:], "00" + e164[1:], national, international, str(number.national_number)]
        last = str(number.national_number)[-4:]
        terms += [("like_lower", f"%{last}"), ("like_lower", f"%{last[:2]} {last[2:]}"),
                  ("like_lower", f"%{last[:2]}-{last[2:]}"), ("like_lower", f"%{last[:2]}.{last[2:]}")]
    return [("lower_in", list(dict.fromkeys(f.lower() for f in forms)))] + terms


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def verify(target: ColumnTarget, value: object, subject: Subject, region: str | None) -> Evidence | None:
    """Evidence that `value` (from the target column) is one of the subject's identifiers, or None."""
    kind, text = target.kind, None if value is None else str(value)
    if text is None:
        return None
    if kind == "email":
        normal = normalise.email(value)
        return _evidence(target, text, normal, subject.emails)
    if kind == "phone":
        normal = normalise.phone(value, region or subject.region)
        return _evidence(target, text, normal, subject.phones)
    if kind == "national_id":
        for id_kind, compact in subject.national_ids:
            if normalise.national_id(value, id_kind) == compact:
                return Evidence(target.column, kind, "exact" if text == compact else "normalised")
        return None
    if kind == "name":
        tokens = set(normalise.name_tokens(value))
        for name in subject.names:
            wanted = set(name.split())
            if tokens == wanted:
                return Evidence(target.column, kind, "exact" if text.casefold() == name else "normalised")
            if tokens and tokens < wanted:  # one part of the name (first_name / last_name columns)
                return Evidence(target.column, kind, "fuzzy", len(tokens) / len(wanted))
        return None
    if kind == "date":
        if normalise.date_readings(value) & set(subject.dates_of_birth):
            return Evidence(target.column, kind, "exact" if text[:10] in subject.dates_of_birth else "normalised")
        return None
    if kind == "postcode":
        return _evidence(target, text, normalise.postcode(value), subject.postcodes)
    if kind == "key":
        values = {k.value for k in subject.customer_keys if k.column == target.column}
        return Evidence(target.column, kind, "exact") if normalise.key(value) in values else None
    if kind == "free_text":
        folded = normalise.strip_diacritics(text).casefold()
        if any(e in folded for e in subject.emails):
            return Evidence(target.column, "email", "normalised")
        squashed = "".join(ch for ch in folded if ch.isalnum())
        if any(v.lower() in squashed for _, v in subject.national_ids):
            return Evidence(target.column, "national_id", "normalised")
        words = set(normalise.name_tokens(text))
        if any(set(n.split()) <= words for n in subject.names):  # the whole name among the words: a candidate
            return Evidence(target.column, "name", "normalised")
        return None
    return None


def _evidence(target: ColumnTarget, text: str, normal: str | None, wanted: tuple[str, ...]) -> Evidence | None:
    if normal is None or normal not in wanted:
        return None
    return Evidence(target.column, target.kind, "exact" if text == normal else "normalised")


def row_status(evidence: list[Evidence], subject: Subject) -> tuple[str, float] | None:
    """(confirmed | candidate, score) for one row's evidence, or None when too weak to report."""
    kinds = {e.kind for e in evidence if e.method != "fuzzy" or e.kind != "name"}
    if kinds & STRONG:
        return "confirmed", 1.0
    full_name = "name" in kinds or _parts_make_a_name(evidence, subject)
    if full_name and kinds & CORROBORATING:
        return "confirmed", 1.0
    score = NAME_SCORE if full_name else max((e.score * NAME_SCORE for e in evidence if e.kind == "name"), default=0)
    score += DATE_SCORE * ("date" in kinds) + POSTCODE_SCORE * ("postcode" in kinds)
    score = min(score, 0.95)
    return ("candidate", score) if score >= MIN_SCORE else None


def _parts_make_a_name(evidence: list[Evidence], subject: Subject) -> bool:
    """Name parts in several columns of a row (first_name, last_name) that together make a full name."""
    parts = [e for e in evidence if e.kind == "name" and e.method == "fuzzy"]
    return len(parts) > 1 and sum(e.score for e in parts) >= 1.0


def search_table(source, table, targets: list[ColumnTarget], subject: Subject,
                 settings: SearchSettings, mask) -> TableMatch:
    """Search `table` (a TableRef of the open `source`) in each target column."""
    queries = 0
    if not all(hasattr(source, verb) for verb in ("row_key", "search", "count")):
        return TableMatch(table.source, table.schema, table.name, "error",
                          reason=f"cannot search {table.name}: {type(source).__name__} has no search methods")
    try:
        key = tuple(source.row_key(table))  # catalog metadata, read once per schema: not counted
    except PiiscanError as error:
        return TableMatch(table.source, table.schema, table.name, "error", reason=str(error))
    stable = key != ("#row",)
    version = source.file_version(table) if not stable and hasattr(source, "file_version") else None
    columns: list[ColumnMatch] = []
    by_row: dict[tuple, list[Evidence]] = {}
    checked = 0
    searches = [(target.column, search_terms(target, subject)) for target in targets]
    try:  # one transaction for all columns where the source can; else column by column below
        batch = source.search_columns(table, searches, key, settings.max_rows + 1) \
            if hasattr(source, "search_columns") else None
    except PiiscanError:
        batch = None
    for number, (target, (_, terms)) in enumerate(zip(targets, searches)):
        try:
            if batch is not None:
                rows = batch[number]
            else:
                rows = source.search(table, target.column, terms, key=key, limit=settings.max_rows + 1)
            queries += 1
            if len(rows) > settings.max_rows:
                count = source.count(table, target.column, terms)
                queries += 1
                columns.append(ColumnMatch(target.column, target.kind, "ambiguous", 0, 0, count,
                                           f"more than {settings.max_rows} rows match; count only"))
                continue
        except PiiscanError as error:
            queries += 1
            columns.append(ColumnMatch(target.column, target.kind, "error", reason=str(error)))
            continue
        checked += len(rows)
        found = 0
        for row in rows:
            evidence = verify(target, row[-1], subject, settings.region)
            if evidence is None:
                continue
            found += 1
            by_row.setdefault(tuple(row[: len(key)]) if key else ("#match", found, target.column), []).append(evidence)
        columns.append(ColumnMatch(target.column, target.kind, "matched" if found else "not found", len(rows), found))
    rows_out = []
    for row_key, evidence in by_row.items():
        judged = row_status(evidence, subject)
        if judged is None:
            continue
        if not key:  # no row key: the table holds the subject's data, rows can't be named
            row_key = ()
        rows_out.append(RowMatch(row_key, mask(row_key), judged[0], judged[1], tuple(evidence)))
    rows_out.sort(key=lambda r: (r.status != "confirmed", -r.score))
    statuses = {c.status for c in columns}
    if any(r.status == "confirmed" for r in rows_out):
        status = "confirmed"
    elif rows_out:
        status = "candidate"
    elif "ambiguous" in statuses:
        status = "ambiguous"
    elif statuses == {"error"}:
        status = "error"
    else:
        status = "not found"
    errors = [c.reason for c in columns if c.status == "error"]
    return TableMatch(table.source, table.schema, table.name, status, key, stable, tuple(rows_out), tuple(columns),
                      checked, queries, errors[0] if errors else None, version)
