"""Listing: what a scan covers. Each source is opened once, here in the calling process,
to list its tables (SQLite databases found in a folder become sources of their own), and
`check_coverage` refuses a scan that would cover nothing. The result is the work for the
workers, (source name, TableRef) pairs, and the registry name -> how to open the source,
which reaches the workers once, never inside a task.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from piiscan.catalog import SourceInfo, TableResult
from piiscan.errors import ConfigError, PiiscanError, SourceError
from piiscan.sample import TableRef
from piiscan.sources.base import SourceOptions
from piiscan.spec import SourceSpec


@dataclass(frozen=True)
class Entry:
    """How a worker process opens a source it knows by name (the URL stays in the process)."""

    target: str | None  # None: resolved by name from `config` (its URL holds a secret)
    options: SourceOptions
    sample_size: int
    concurrency: int | None = None
    config: tuple[str, str] | None = None  # (sources file, name in it)

    def without_secret(self) -> "Entry":
        """This entry as it may travel to a remote worker: a URL with a password is dropped
        (the worker resolves it from its own sources file); None when that is impossible."""
        from piiscan.sources import mask_url

        if self.target is None or mask_url(self.target) == self.target:
            return self
        return replace(self, target=None) if self.config is not None else None


@dataclass
class Listing:
    infos: list[SourceInfo] = field(default_factory=list)
    work: list[tuple[str, TableRef]] = field(default_factory=list)  # (source name, table)
    not_read: list[TableResult] = field(default_factory=list)
    registry: dict[str, Entry] = field(default_factory=dict)
    opened: int = 0  # sources opened and listed


def list_sources(specs: list[SourceSpec], options: SourceOptions, sample_size: int) -> Listing:
    """Open every source once and list its tables; SQLite databases found in a folder are
    listed as sources of their own."""
    from piiscan.sources import mask_url, open_source

    defaults, listing, used = options, Listing(), set()
    queue = [(spec, True) for spec in specs]  # (spec, named by the caller)
    while queue:
        spec, given = queue.pop(0)
        overrides = spec.options()
        options = replace(defaults, name=spec.name,
                          **{_OPTION_FIELDS.get(k, k): v for k, v in overrides.items()
                             if k not in _NOT_SOURCE_OPTIONS})
        try:
            source = open_source(spec.url, options)
        except PiiscanError as exc:
            masked = mask_url(spec.url)
            listing.infos.append(SourceInfo(_unique(spec.name or masked, used), masked, "error", str(exc)))
            continue
        name = _unique(source.name, used)
        options = replace(options, name=name)
        try:
            refs = [replace(ref, source=name) for ref in source.tables()]
        except PiiscanError as exc:
            listing.infos.append(SourceInfo(name, source.url, "error", str(exc)))
            continue
        finally:
            source.close()
        not_read = [TableResult(name, None, table, "file", status, reason)
                    for table, status, reason in getattr(source, "not_read", ())]
        databases = getattr(source, "databases", ())
        queue[:0] = [(SourceSpec(str(path), **overrides), False) for path in databases]
        if given and not refs and not not_read and not databases:
            listing.infos.append(SourceInfo(name, source.url, "error",
                                            "nothing to scan: no tables or files found, or none matched the filters"))
            listing.opened += 1
            continue
        listing.infos.append(SourceInfo(name, source.url))
        listing.registry[name] = Entry(spec.url, options, overrides.get("sample_size", sample_size),
                                       spec.concurrency, (spec.config, spec.name) if spec.config else None)
        listing.work.extend((name, ref) for ref in refs)
        listing.not_read.extend(not_read)
        listing.opened += 1
    return listing


#: SourceSpec option -> SourceOptions field, where the names differ.
_OPTION_FIELDS = {"timeout": "timeout_s"}
#: SourceSpec options that are about scheduling, not about reading the source.
_NOT_SOURCE_OPTIONS = frozenset({"sample_size", "concurrency"})


def check_coverage(listing: Listing, options: SourceOptions) -> None:
    """A scan that would cover nothing fails: no source could be opened (SourceError), a
    scan-wide include or schema pattern matches nothing anywhere, a typo or the wrong case
    (ConfigError), or the sources hold no table or data file (SourceError)."""
    import fnmatch

    if not listing.opened:
        raise SourceError(next((i.reason for i in listing.infos if i.reason), "no source could be opened"))

    names = [(ref.schema, ref.name) for _, ref in listing.work]
    names += [(None, t.table) for t in listing.not_read]
    for pattern in options.include:
        if not any(fnmatch.fnmatchcase(n, pattern)
                   for schema, name in names for n in (name, name.rsplit("/", 1)[-1], f"{schema}.{name}")):
            raise ConfigError(f"include pattern {pattern!r} matches no table or file in any source"
                              " (patterns are case-sensitive globs)")
    for pattern in options.schemas:
        if not any(schema is not None and fnmatch.fnmatchcase(schema, pattern) for schema, _ in names):
            raise ConfigError(f"schema pattern {pattern!r} matches no schema with tables to scan"
                              " (patterns are case-sensitive globs)")
    if not listing.work:
        reasons = "; ".join(f"{t.table}: {t.reason}" for t in listing.not_read[:3])
        raise SourceError("nothing to scan: no table or data file found"
                          + (f" ({len(listing.not_read)} files not read: {reasons})" if reasons else ""))


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{name}#{n}", n + 1
    used.add(candidate)
    return candidate
