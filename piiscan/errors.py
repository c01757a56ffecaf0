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


class ScanInterrupted(KeyboardInterrupt):
    """Ctrl-C (or any KeyboardInterrupt) during a scan.

    `.catalog` holds what was scanned; the tables not finished are in it with status
    `error` and reason `interrupted`. A KeyboardInterrupt, so `except Exception` never
    swallows it.
    """

    def __init__(self, catalog=None) -> None:
        super().__init__("scan interrupted")
        self.catalog = catalog
