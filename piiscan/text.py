"""Text folding shared by rules (allow and deny lists) and detection (names, values)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, strip accents, ß -> ss: `Straße` -> `strasse`, `Teléfono` -> `telefono`."""
    if text.isascii():
        return text.lower()  # nothing to strip: the common case, and a hot path of screening
    text = text.replace("ß", "ss").replace("ẞ", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
