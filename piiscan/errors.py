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


def printable(text: object) -> str:
    """`text` safe to print on one terminal line: control characters (newlines, ANSI
    escapes, bidi overrides) and undecodable bytes are shown as \\x / \\u escapes, so a
    file or table name can't forge a line of output."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
