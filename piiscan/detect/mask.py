"""Masked examples: enough shape for a reviewer to trust a finding, never the value.

`jane.doe@example.com` -> `j***.***@e******.com`; `+1 (212) 555-0147` -> `+1 (***) ***-****`;
`Owen Harris` -> `O*** H*****`. Separators and the first character of each word stay;
digits other than a leading country code are hidden.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_EXAMPLE_CHARS = 40


def mask_value(value: str) -> str:
    text = value.strip()
    if len(text) > MAX_EXAMPLE_CHARS:
        text = text[:MAX_EXAMPLE_CHARS] + "…"
    if "@" in text:
        local, _, domain = text.rpartition("@")
        host, dot, tld = domain.rpartition(".")
        masked_host = _mask_words(host) if dot else _mask_words(domain)
        return f"{_mask_words(local)}@{masked_host}{dot}{tld if dot else ''}"
    if text.startswith("+"):
        code = re.match(r"\+\d{1,3}", text)
        if code:
            return code.group(0) + _mask_all(text[code.end():])
    return _mask_words(text)


def _mask_words(text: str) -> str:
    def word(match: re.Match) -> str:
        w = match.group(0)
        if w.isdigit() or len(w) <= 1:
            return "*" * len(w)
        return w[0] + "*" * (len(w) - 1)

    return _WORD.sub(word, text)


def _mask_all(text: str) -> str:
    return _WORD.sub(lambda m: "*" * len(m.group(0)), text)
