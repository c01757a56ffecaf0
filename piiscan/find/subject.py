"""The subject of a request: who to look for, read from a file or stdin (never argv).

    emails: [john.smith@example.com]
    phones: ["+44 20 7946 0958"]
    national_ids: [{kind: nl.bsn, value: "123456782"}]   # kind = a python-stdnum module
    names: [John Smith]
    dates_of_birth: [1980-02-03]
    postcodes: [SW1A 1AA]
    customer_keys: [{column: customer_id, value: 42}]  # optional table:, source:
    region: GB                                        # default region for phone numbers

`Subject` keeps the normalised identifiers; its repr and str show only how many of each
kind it holds, so a subject that reaches a log, a traceback or a notebook cell stays masked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from piiscan.errors import ConfigError
from piiscan.find import normalise

#: Subject file keys -> what they hold.
FIELDS = ("emails", "phones", "national_ids", "names", "dates_of_birth", "postcodes", "customer_keys", "region")
#: Environment variable holding the key of subject_ref (or its file: PIISCAN_FIND_KEY_FILE).
KEY_ENV = "PIISCAN_FIND_KEY"
KEY_FILE_ENV = "PIISCAN_FIND_KEY_FILE"


@dataclass(frozen=True)
class CustomerKey:
    column: str
    value: str = field(repr=False)
    table: str | None = None
    source: str | None = None


@dataclass(frozen=True, repr=False)
class Subject:
    """One person's identifiers, normalised (normalise.py). Masked when printed."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164
    national_ids: tuple[tuple[str, str], ...] = ()  # (kind, compact value)
    names: tuple[str, ...] = ()  # sorted casefolded tokens joined by a space
    dates_of_birth: tuple[str, ...] = ()  # ISO
    postcodes: tuple[str, ...] = ()
    customer_keys: tuple[CustomerKey, ...] = ()
    region: str | None = None
    raw: tuple[str, ...] = field(default=(), compare=False)  # the identifiers as given, for leak checks

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in FIELDS if name != "region" and getattr(self, name)}

    def __repr__(self) -> str:
        held = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in self.counts().items())
        return f"Subject({held or 'no identifiers'}; values masked)"

    __str__ = __repr__

    def canonical(self) -> str:
        """The identifiers in one canonical JSON text: the input of subject_ref."""
        return json.dumps({
            "emails": sorted(self.emails), "phones": sorted(self.phones),
            "national_ids": sorted(f"{k}:{v}" for k, v in self.national_ids),
            "names": sorted(self.names), "dates_of_birth": sorted(self.dates_of_birth),
            "postcodes": sorted(self.postcodes),
            "customer_keys": sorted(f"{c.source or ''}/{c.table or ''}/{c.column}={c.value}" for c in self.customer_keys),
        }, sort_keys=True, separators=(",", ":"))

    def ref(self, key: bytes) -> str:
        """subject_ref: HMAC-SHA-256 of the canonical identifiers under `key` (never a plain hash)."""
        return "hmac-sha256:" + hmac.new(key, self.canonical().encode(), hashlib.sha256).hexdigest()


def load_subject(source: str | os.PathLike | IO[str], region: str | None = None) -> Subject:
    """Read a subject from a YAML or JSON file, or an open text stream (stdin)."""
    from piiscan.find.config import read_yaml

    if hasattr(source, "read"):
        data = read_yaml(None, "the subject on stdin", text=source.read())
        label = "the subject on stdin"
    else:
        label = f"subject file {Path(source).name}"
        data = read_yaml(source, label)
    if not isinstance(data, dict):
        raise ConfigError(f"{label} must be a mapping of identifier lists (see docs/find.md)")
    return make_subject(data, region=region, label=label)


def make_subject(data: dict, region: str | None = None, label: str = "subject") -> Subject:
    """A Subject from a mapping of identifier lists (the file's content), normalised."""
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ConfigError(f"{label}: unknown key(s) {', '.join(unknown)}; expected {', '.join(FIELDS)}")
    region = str(data.get("region") or region or "").upper() or None

    def items(name: str) -> list:
        value = data.get(name) or []
        return value if isinstance(value, list) else [value]

    raw: list[str] = []

    def each(name: str, fn) -> tuple[str, ...]:
        out = []
        for number, value in enumerate(items(name), start=1):
            normal = fn(value)
            if normal is None:  # never quote the value: it is the person's identifier
                raise ConfigError(f"{label}: {name} #{number} is not a valid {name.rstrip('s').replace('_', ' ')}")
            raw.append(str(value))
            out.append(normal)
        return tuple(dict.fromkeys(out))

    ids = []
    for number, item in enumerate(items("national_ids"), start=1):
        if not isinstance(item, dict) or "value" not in item or "kind" not in item:
            raise ConfigError(f"{label}: national_ids #{number} needs kind (e.g. nl.bsn) and value")
        kind = str(item["kind"]).lower()
        if normalise.national_id_module(kind) is None:
            raise ConfigError(f"{label}: national_ids #{number}: unknown kind {kind!r}; use a python-stdnum module such as nl.bsn or us.ssn")
        compact = normalise.national_id(item["value"], kind)
        if compact is None:
            raise ConfigError(f"{label}: national_ids #{number} fails the {kind} checksum")
        raw.append(str(item["value"]))
        ids.append((kind, compact))
    keys = []
    for number, item in enumerate(items("customer_keys"), start=1):
        if not isinstance(item, dict) or "column" not in item or item.get("value") is None:
            raise ConfigError(f"{label}: customer_keys #{number} needs column and value")
        keys.append(CustomerKey(str(item["column"]), normalise.key(item["value"]) or "",
                                item.get("table"), item.get("source")))
    subject = Subject(
        emails=each("emails", normalise.email),
        phones=each("phones", lambda v: normalise.phone(v, region)),
        national_ids=tuple(dict.fromkeys(ids)),
        names=each("names", normalise.name),
        dates_of_birth=each("dates_of_birth", normalise.date),
        postcodes=each("postcodes", normalise.postcode),
        customer_keys=tuple(keys),
        region=region,
        raw=tuple(raw),
    )
    if not (subject.emails or subject.phones or subject.national_ids or subject.names or subject.customer_keys):
        raise ConfigError(f"{label}: no identifier to look for (emails, phones, national_ids, names or customer_keys)")
    return subject


def load_key(path: str | os.PathLike | None = None) -> bytes:
    """The key of subject_ref: from `path`, else $PIISCAN_FIND_KEY_FILE, else $PIISCAN_FIND_KEY."""
    path = path or os.environ.get(KEY_FILE_ENV)
    if path:
        try:
            key = Path(path).read_bytes().strip()
        except OSError as error:
            raise ConfigError(f"cannot read key file {path}: {error.strerror or type(error).__name__}") from None
    else:
        key = os.environ.get(KEY_ENV, "").encode()
    if len(key) < 16:
        raise ConfigError(f"no key for subject_ref (16+ bytes): pass --key-file or set {KEY_FILE_ENV} or {KEY_ENV}")
    return key
