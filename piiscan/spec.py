"""SourceSpec: one source to scan, with its name and options; and the checks of what
callers hand to `scan()` and `scan_table()`, so that a bad argument is a ConfigError that
says what is wrong instead of a raw Python error or a silent wrong scan.

    piiscan.scan("sqlite:///shop.db", SourceSpec("postgresql+psycopg://reader@db/crm",
                 name="crm", schemas=("sales",), sample_size=5000))
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields
from typing import Iterable

from piiscan.errors import ConfigError

#: Longest per-table statement timeout accepted, in seconds (a day).
MAX_TIMEOUT_S = 86_400.0


@dataclass(frozen=True)
class SourceSpec:
    """A source to scan: `url` is a SQLAlchemy URL, an `odbc:` string, or a path (str or
    os.PathLike) to a file, a folder or a SQLite database. `name` is its short name in the
    catalog (default: the database or file name). The other fields override `scan()`'s
    options of the same name for this source only; None means "as given to scan()"."""

    url: str
    name: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    schemas: tuple[str, ...] | None = None
    exclude_schemas: tuple[str, ...] | None = None
    views: bool | None = None
    sample_size: int | None = None
    timeout: float | None = None
    concurrency: int | None = None  # most tables of this source read at once (fleet-wide)
    config: str | None = None  # the sources file it came from: remote workers resolve it there by name

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "url", source_text(self.url))
        if self.name is not None and (not isinstance(self.name, str) or not self.name.strip()):
            raise ConfigError(f"source name must be a non-empty string, not {self.name!r}")
        for option in ("include", "exclude", "schemas", "exclude_schemas"):
            value = getattr(self, option)
            if value is not None:
                set_(self, option, check_patterns(option, value))
        if self.views is not None and not isinstance(self.views, bool):
            raise ConfigError(f"views must be True or False, not {self.views!r}")
        if self.sample_size is not None:
            set_(self, "sample_size", check_sample_size(self.sample_size))
        if self.timeout is not None:
            set_(self, "timeout", check_timeout(self.timeout))
        if self.concurrency is not None:
            set_(self, "concurrency", check_whole("concurrency", self.concurrency, minimum=1))

    def options(self) -> dict:
        """The options this spec sets (those not None), by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("url", "name", "config") and getattr(self, f.name) is not None}


def source_specs(sources: Iterable) -> list[SourceSpec]:
    """The sources given to scan(): strings, paths and SourceSpecs, or lists of them."""
    specs: list[SourceSpec] = []
    for source in sources:
        if isinstance(source, SourceSpec):
            specs.append(source)
        elif isinstance(source, (list, tuple)):
            specs.extend(source_specs(source))
        else:
            specs.append(SourceSpec(source))
    if not specs:
        raise ConfigError("no source given: pass a database URL, an odbc: string, a file or a folder")
    return specs


def source_text(source: object) -> str:
    if source is None:
        raise ConfigError("a source is None: pass a database URL, an odbc: string, a file or a folder")
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, bytes):
        source = os.fsdecode(source)
    if not isinstance(source, str):
        raise ConfigError(f"cannot scan a {type(source).__name__}: pass a database URL, an odbc: string, "
                          "a file or a folder (scan_table() takes tables in memory)")
    if not source.strip():
        raise ConfigError("a source is an empty string (an unset variable?): pass a database URL, "
                          "an odbc: string, a file or a folder; use '.' for the current folder")
    return source


def check_patterns(option: str, value: object) -> tuple[str, ...]:
    """Glob patterns: one string or an iterable of strings."""
    if isinstance(value, str):
        return (value,)
    try:
        items = tuple(value)  # type: ignore[arg-type]
    except TypeError:
        raise ConfigError(f"{option} must be a pattern or a list of patterns, not {value!r}") from None
    bad = [item for item in items if not isinstance(item, str) or not item]
    if bad:
        raise ConfigError(f"{option} patterns must be non-empty strings, not {bad[0]!r}")
    return items


def check_paths(option: str, value: object) -> tuple[str, ...]:
    """File or folder paths: one str or os.PathLike, or an iterable of them."""
    if isinstance(value, (str, os.PathLike)):
        value = (value,)
    try:
        items = tuple(value)  # type: ignore[arg-type]
    except TypeError:
        raise ConfigError(f"{option} must be a path or a list of paths, not {value!r}") from None
    bad = [item for item in items if not isinstance(item, (str, os.PathLike)) or not os.fspath(item)]
    if bad:
        raise ConfigError(f"{option} must be paths, not {bad[0]!r}")
    return tuple(str(os.fspath(item)) for item in items)


def check_sample_size(value: object, option: str = "sample_size") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{option} must be a whole number of rows, at least 1, not {value!r}")
    return value


def check_timeout(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"timeout must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT_S:
        raise ConfigError(f"timeout must be more than 0 and at most {MAX_TIMEOUT_S:g} seconds, not {value!r}")
    return float(value)


def check_whole(option: str, value: object, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or (minimum is not None and value < minimum):
        floor = f", at least {minimum}" if minimum is not None else ""
        raise ConfigError(f"{option} must be a whole number{floor}, not {value!r}")
    return value


def check_share(option: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ConfigError(f"{option} must be a number from 0 to 1, not {value!r}")
    return float(value)
