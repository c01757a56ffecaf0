"""Reading the small YAML/JSON files of a request: subject, links, erasure policy.

Errors name the file and the line, never the text there (a subject file's text is the
person's identifiers).
"""

from __future__ import annotations

import os
from pathlib import Path

from piiscan.errors import ConfigError


def read_yaml(path: str | os.PathLike | None, label: str, text: str | None = None) -> object:
    """The document of a YAML (or JSON) file, or of `text` when given; ConfigError naming `label`."""
    import yaml

    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"cannot read {label}: {getattr(error, 'strerror', None) or type(error).__name__}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"cannot parse {label}{where}: not valid YAML or JSON") from None
