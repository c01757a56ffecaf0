"""find_subject(): where one person's data is, across the sources of a catalog.

    subject = piiscan.find.load_subject("subject.yaml")
    result = piiscan.find_subject(subject, catalog, {"crm": "postgresql+psycopg://…"}, key=b"…")
    result.table("customers").confirmed()

Sources are reopened through the Source protocol from the URLs given (the catalog holds
masked URLs only); nothing is written to them.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from typing import Callable, Iterable, Mapping

from piiscan.catalog import Catalog
from piiscan.errors import ConfigError
from piiscan.find.links import follow_links, load_links
from piiscan.find.result import FindResult, TableMatch
from piiscan.find.search import SearchSettings, search_table
from piiscan.find.subject import Subject, load_key
from piiscan.find.targets import NotSearched, plan_search
from piiscan.sources.base import SourceOptions, TableRef
from piiscan.spec import SourceSpec


def find_subject(
    subject: Subject,
    catalog: Catalog,
    sources: Mapping[str, object] | Iterable[str] = (),
    *,
    key: bytes | None = None,
    min_confidence: float = 0.5,
    categories: Iterable[str] | None = None,
    free_text: bool = False,
    max_rows: int = 50,
    depth: int = 2,
    fanout: int = 1000,
    links: str | list[dict] | None = None,
    region: str | None = None,
    timeout: float = 30.0,
    export: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> FindResult:
    """Search the catalog's classified columns for `subject` and follow links from its rows.

    `sources` maps catalog source names to URLs / paths / open Sources; a plain list of URLs,
    paths or SourceSpecs (as given to scan()) is matched to the catalog's sources by name or
    masked URL. `key` is the HMAC key of
    subject_ref (default: $PIISCAN_FIND_KEY_FILE or $PIISCAN_FIND_KEY). With `export`, the
    full rows of confirmed matches are written to that folder (mode 0600; art. 15).
    """
    started = time.monotonic()
    key = key if key is not None else load_key()
    if len(key) < 16:
        raise ConfigError("the subject_ref key must be at least 16 bytes")
    if max_rows < 1 or fanout < 1 or depth < 0:
        raise ConfigError("max_rows and fanout must be at least 1, depth at least 0")
    declared = load_links(links) if isinstance(links, str) else list(links or [])
    opened = open_sources(catalog, sources, timeout)
    try:
        targets, not_searched = plan_search(
            catalog, subject, min_confidence=min_confidence, free_text=free_text,
            opened=frozenset(opened), categories=tuple(categories) if categories else None)
        settings = SearchSettings(max_rows=max_rows, region=region or subject.region)
        mask = _masker(subject, key)
        matches: dict[tuple, TableMatch] = {}
        kinds = {(t.source, t.schema, t.table): t.kind for t in catalog.tables}
        for number, (tid, columns) in enumerate(targets.items(), start=1):
            source_name, schema, table = tid
            ref = TableRef(source_name, schema, table, kinds.get(tid, "table"))
            if progress:
                progress(number, len(targets), table)  # table names only, never values
            matches[tid] = search_table(opened[source_name], ref, columns, subject, settings, mask)
        tables_of: dict[str, list[TableRef]] = {}
        for t in catalog.tables:
            if t.source in opened and t.status != "error":
                tables_of.setdefault(t.source, []).append(TableRef(t.source, t.schema, t.table, t.kind))
        matches, followed = follow_links(matches, opened, tables_of, declared, depth=depth, fanout=fanout, mask=mask)
        reached = set(matches)
        not_searched = [n for n in not_searched if n.column is not None or (n.source, n.schema, n.table) not in reached]
        not_searched += [NotSearched(m.source, m.schema, m.table, None, f"error: {m.reason}")
                         for m in matches.values() if m.status == "error"]  # an error is not an answer
        result = FindResult(
            subject_ref=subject.ref(key),
            identifiers=subject.counts(),
            tables=tuple(matches.values()),
            not_searched=tuple(not_searched),
            links=tuple(followed),
            dialects={name: _dialect_name(s) for name, s in opened.items()},
            settings={"min_confidence": min_confidence, "free_text": free_text, "max_rows": max_rows,
                      "depth": depth, "fanout": fanout, "region": settings.region, "timeout": timeout,
                      "categories": sorted(categories) if categories else None},
        )
        if export:
            from piiscan.find.export import export_rows

            export_rows(result, opened, export)
        return replace(result, seconds=time.monotonic() - started)
    finally:
        given = {id(s) for s in (sources.values() if isinstance(sources, Mapping) else sources)}
        for source in opened.values():
            if id(source) not in given:  # Sources handed in open stay open: the caller closes them
                source.close()


def open_sources(catalog: Catalog, sources, timeout: float) -> dict:
    """Catalog source name -> an open Source, for the sources given."""
    from piiscan.sources import mask_url, open_source

    names = {s.name for s in catalog.sources} | {t.source for t in catalog.tables}
    by_url = {s.url: s.name for s in catalog.sources}
    pairs: list[tuple[str | None, object]]
    if isinstance(sources, Mapping):
        pairs = list(sources.items())
    else:
        pairs = [(None, spec) for spec in sources]
    opened: dict[str, object] = {}
    try:
        for name, spec in pairs:
            spec_timeout = timeout
            if isinstance(spec, SourceSpec):  # as handed to scan(): its name and timeout
                name, spec_timeout, spec = name or spec.name, spec.timeout or timeout, spec.url
            elif isinstance(spec, os.PathLike):
                spec = os.fspath(spec)
            if not isinstance(spec, str):  # an open Source
                opened[name or spec.name] = spec
                continue
            source = open_source(spec, SourceOptions(timeout_s=spec_timeout, name=name))
            if name is None:
                name = by_url.get(mask_url(spec)) or (source.name if source.name in names else None)
            if name is None or name not in names:
                source.close()
                raise ConfigError(f"source {mask_url(spec)} is not in the catalog; name it: --source NAME=URL "
                                  f"(catalog sources: {', '.join(sorted(names))})")
            opened[name] = source
    except BaseException:
        for source in opened.values():
            source.close()
        raise
    return opened


def _masker(subject: Subject, key: bytes):
    """Row keys are shown as they are, unless a value is one of the subject's identifiers
    (a table keyed by e-mail): then it is shown as a keyed reference."""
    import hashlib
    import hmac

    secret = {v.casefold() for v in subject.raw} | set(subject.emails) | set(subject.phones)

    def mask(values: tuple) -> tuple:
        return tuple(
            "ref:" + hmac.new(key, str(v).encode(), hashlib.sha256).hexdigest()[:16]
            if v is not None and str(v).strip().casefold() in secret else v for v in values)

    return mask


def _dialect_name(source) -> str:
    """The SQL dialect erasure statements are written in: SqlSource.dialect, an ODBC source's
    SQLAlchemy dialect, "files" for files, else "default" (generic SQL)."""
    if hasattr(source, "file_version"):
        return "files"
    name = getattr(source, "dialect", None) or getattr(getattr(source, "_dialect", None), "name", None)
    return str(name) if name else "default"
