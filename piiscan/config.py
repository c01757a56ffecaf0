"""The sources file: named sources with their options and where their secrets come from.

    # piiscan.yaml
    version: 1
    defaults:            # apply to every source unless it says otherwise
      sample_size: 1000
      timeout: 60
    sources:
      crm:
        url: postgresql+psycopg://reader:${CRM_PASSWORD}@db1/crm
        schemas: [public, sales]
        concurrency: 2   # at most 2 tables of this source are read at once
      hr:
        url: mysql+pymysql://reader@db2/hr
        password_file: /run/secrets/hr_password
      exports:
        url: /data/exports/

Secrets never live in the file: `${NAME}` is replaced by the environment variable NAME
(an unset variable is an error naming the variable) and `password_file:` is read when the
source is opened. A loaded `SourceConfig` keeps the real URL private: its repr, `str` and
`masked_url` show `***` for the password, so a source can be printed, logged or handed to
a task without its secret. Workers load the same file from their own disk and environment
and look sources up by name (docs/fleets.md).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from piiscan.errors import ConfigError

CONFIG_VERSION = 1
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_OPTIONS = ("schemas", "exclude_schemas", "include", "exclude", "views", "sample_size", "timeout",
            "concurrency")


@dataclass(frozen=True)
class SourceConfig:
    """One named source of a sources file. `url()` gives the real URL, secrets filled in."""

    name: str
    masked_url: str
    schemas: tuple[str, ...] = ()
    exclude_schemas: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    views: bool = False
    sample_size: int | None = None
    timeout: float | None = None
    concurrency: int | None = None
    _template: str = field(default="", repr=False, compare=False)
    _password_file: str | None = field(default=None, repr=False, compare=False)

    def url(self) -> str:
        """The URL with `${VAR}` taken from the environment and the password file read."""
        url = _expand(self._template, self.name)
        if self._password_file is None:
            return url
        try:
            password = Path(self._password_file).expanduser().read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise ConfigError(f"source {self.name}: cannot read its password_file "
                              f"{self._password_file}: {exc.strerror or exc}") from None
        return _with_password(url, password, self.name)

    def __str__(self) -> str:
        return f"{self.name} ({self.masked_url})"

    def to_spec(self, path: str | None = None):
        """The SourceSpec that `piiscan.scan()` takes: secrets filled in here, and the
        sources file named so that remote workers resolve the source themselves."""
        from piiscan.spec import SourceSpec

        return SourceSpec(self.url(), name=self.name, include=self.include or None,
                          exclude=self.exclude or None, schemas=self.schemas or None,
                          exclude_schemas=self.exclude_schemas or None, views=self.views or None,
                          sample_size=self.sample_size, timeout=self.timeout,
                          concurrency=self.concurrency, config=path)


@dataclass(frozen=True)
class SourcesFile:
    path: str
    sources: tuple[SourceConfig, ...]

    def names(self) -> list[str]:
        return [s.name for s in self.sources]

    def get(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"no source named {name!r} in {self.path} (it has: {', '.join(self.names()) or 'none'})")

    def select(self, names: Iterable[str] = ()) -> list[SourceConfig]:
        names = list(names)
        return [self.get(n) for n in names] if names else list(self.sources)

    def specs(self, names: Iterable[str] = ()) -> list:
        """SourceSpecs of the named sources (all when none), for `piiscan.scan()`."""
        return [s.to_spec(str(Path(self.path).resolve())) for s in self.select(names)]


def load_sources_file(path: str | Path) -> SourcesFile:
    """Read and check a sources file (YAML). Raises ConfigError naming the file and key."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"sources file {path}: not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"sources file {path}: expected a mapping with 'version' and 'sources'")
    unknown = set(data) - {"version", "defaults", "sources"}
    if unknown:
        raise ConfigError(f"sources file {path}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    if data.get("version", CONFIG_VERSION) != CONFIG_VERSION:
        raise ConfigError(f"sources file {path}: version {data.get('version')!r} not supported "
                          f"(this piiscan reads version {CONFIG_VERSION})")
    defaults = _options(data.get("defaults") or {}, f"{path}: defaults", allow_url=False)
    sources = data.get("sources")
    if not isinstance(sources, dict) or not sources:
        raise ConfigError(f"sources file {path}: 'sources' must map names to sources")
    out = []
    for name, entry in sources.items():
        name = str(name)
        where = f"{path}: source {name}"
        if not _NAME.match(name):
            raise ConfigError(f"{where}: a name is letters, digits, '_', '-' and '.'")
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict) or "url" not in entry:
            raise ConfigError(f"{where}: needs a 'url'")
        options = {**defaults, **_options(entry, where, allow_url=True)}
        template = str(entry["url"])
        password_file = entry.get("password_file")
        out.append(SourceConfig(
            name=name, masked_url=_masked(template, password_file is not None),
            _template=template, _password_file=None if password_file is None else str(password_file),
            **options))
    return SourcesFile(str(path), tuple(out))


def _options(entry: dict, where: str, allow_url: bool) -> dict:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping")
    allowed = set(_OPTIONS) | ({"url", "password_file"} if allow_url else set())
    unknown = set(entry) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                          f"(known: {', '.join(sorted(allowed))})")
    out: dict = {}
    for key in ("schemas", "exclude_schemas", "include", "exclude"):
        if key in entry:
            value = entry[key]
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key} must be a list of glob patterns")
            out[key] = tuple(value)
    if "views" in entry:
        if not isinstance(entry["views"], bool):
            raise ConfigError(f"{where}: views must be true or false")
        out["views"] = entry["views"]
    for key, kind, low in (("sample_size", int, 1), ("concurrency", int, 1), ("timeout", float, 0.1)):
        if key in entry:
            value = entry[key]
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and (
                kind is float or float(value).is_integer())
            if not ok or not (low <= value < 1e9):
                raise ConfigError(f"{where}: {key} must be a {'whole ' if kind is int else ''}number ≥ {low}")
            out[key] = kind(value)
    return out


def _expand(template: str, name: str) -> str:
    """`template` with each `${NAME}` from the environment; inside a URL the value is
    percent-encoded, so a password holding `@` or `/` stays a password."""
    from urllib.parse import quote

    is_url = re.match(r"^[A-Za-z][A-Za-z0-9+._\-]*://", template) is not None

    def value(match: re.Match) -> str:
        variable = match.group(1)
        if variable not in os.environ:
            raise ConfigError(f"source {name}: environment variable {variable} is not set")
        return quote(os.environ[variable], safe="") if is_url else os.environ[variable]

    return _VARIABLE.sub(value, template)


def _masked(template: str, has_password_file: bool) -> str:
    """The URL as it may be shown: variables in the password position and any literal
    password become ***; other variables stay as written (`${HOST}`)."""
    from piiscan.sources import mask_url

    shown = mask_url(template)
    if has_password_file and "://" in shown and "@" in shown.split("://", 1)[1].split("/", 1)[0]:
        user = shown.split("://", 1)[1].split("@", 1)[0]
        if ":" not in user:
            scheme, rest = shown.split("://", 1)
            shown = f"{scheme}://{user}:***@{rest.split('@', 1)[1]}"
    return shown


def _with_password(url: str, password: str, name: str) -> str:
    """`url` with `password` set: SQLAlchemy URLs through make_url, ODBC strings as PWD={…}."""
    if url.lower().startswith("odbc:"):
        return f"{url.rstrip(';')};PWD={{{password.replace('}', '}}')}}}"
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).set(password=password).render_as_string(hide_password=False)
    except Exception:
        raise ConfigError(f"source {name}: password_file needs a database URL") from None
