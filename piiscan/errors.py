"""The errors piiscan raises. Callers catch `PiiscanError` or one of its few subclasses.

Messages name the object and, where there is one, the way out. They never carry a raw
sampled value or a password.
"""

from __future__ import annotations


class PiiscanError(Exception):
    """Base class of every error piiscan raises on purpose."""


class ConfigError(PiiscanError):
    """Bad options or arguments (unknown format, bad sample size, bad pattern)."""


class SourceError(PiiscanError):
    """A source can't be opened or read (missing file, unreachable server, bad password)."""


class TableError(SourceError):
    """One table can't be read; the scan records it and goes on."""


class RuleError(PiiscanError):
    """A rule file is malformed or a rule is invalid (bad regex, unknown validator)."""
