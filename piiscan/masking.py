"""Masking of what is not a sampled value but can still leak one: secrets in URLs,
connection strings and messages, and names (CSV headers, JSON keys) that are values.

Neutral ground: sources, detection and error formatting all import it; it imports no
other piiscan module. (Sampled values are masked for examples by piiscan/detect/mask.py.)
"""

from __future__ import annotations

import re

URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+._\-]*://")
#: A key whose value is a secret, in a URL query or an ODBC connection string.
SECRET_KEY = re.compile(r"(?i)pass|pwd|secret|token|key|authentication|credential|signature")
#: key=value pairs of an ODBC connection string ({braced} values may hold ; and }}).
_ODBC_PAIR = re.compile(r"([^=;]+?)(\s*=\s*)(\{(?:[^}]|\}\})*\}|[^;]*)")
#: key=value in free text (an error message), where the key is one word.
_TEXT_PAIR = re.compile(r"(?i)\b([A-Za-z_][\w\-]*)(\s*=\s*)(\{(?:[^}]|\}\})*\}|[^;\s&]*)")
_TEXT_URL = re.compile(r"[A-Za-z][A-Za-z0-9+._\-]*://\S+")
MASKED = "***"


def mask_url(spec: str) -> str:
    """`spec` with every secret replaced by ***, found by parsing, not by one pattern:

    - a URL's password (up to the last @ of the user part, so an unencoded @ is covered),
      and every query parameter whose key names a secret (`?passwd=`, `?password=`);
    - `odbc_connect=` (URL-encoded ODBC string): its secrets, decoded and re-encoded;
    - an ODBC string (`odbc:…`): every key naming a secret (PWD, Password, SSLPassword,
      Token, AccessToken, Authentication, …: any key with pass/pwd/secret/token/key in it);
    - anything else is free text: URLs and key=value secrets inside it are masked.
    """
    if spec.lower().startswith("odbc:"):
        return spec[:5] + _mask_odbc(spec[5:])
    if URL_SCHEME.match(spec):
        return _mask_url_parts(spec)
    return mask_secrets(spec)


def mask_secrets(text: str) -> str:
    """Free text (an error message) with URLs' passwords and key=secret pairs masked."""
    text = _TEXT_URL.sub(lambda m: _mask_url_parts(m.group(0)), text)
    return _TEXT_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASKED}"
                          if SECRET_KEY.search(m.group(1)) and m.group(3) != MASKED else m.group(0), text)


def _mask_odbc(connection: str) -> str:
    def pair(match: re.Match) -> str:
        key, equals, value = match.groups()
        return f"{key}{equals}{MASKED}" if SECRET_KEY.search(key) and value else match.group(0)

    return _ODBC_PAIR.sub(pair, connection)


def _mask_url_parts(url: str) -> str:
    from urllib.parse import quote, unquote

    scheme, _, rest = url.partition("://")
    first_at = rest.find("@")
    if first_at >= 0 and not rest.startswith("/"):
        query_at = rest.find("?", first_at)
        at = rest.rfind("@", 0, query_at if query_at >= 0 else len(rest))
        userinfo, rest = rest[:at], rest[at:]
        user, colon, _ = userinfo.partition(":")
        rest = f"{user}{colon}{MASKED if colon else ''}{rest}"
    base, question, query = rest.partition("?")
    if not question:
        return f"{scheme}://{base}"
    pairs = []
    for item in query.split("&"):
        key, equals, value = item.partition("=")
        name = unquote(key).lower()
        if name == "odbc_connect":
            value = quote(_mask_odbc(unquote(value.replace("+", " "))), safe="=;{}*,. ")
        elif SECRET_KEY.search(name) and equals:
            value = MASKED
        pairs.append(f"{key}{equals}{value}")
    return f"{scheme}://{base}?{'&'.join(pairs)}"


def looks_like_value(text: str) -> bool:
    """A name (CSV header cell, JSON key) that is rather a value: an e-mail address, five
    or more digits with punctuation and no letters (a phone number, a date, an account
    number), or seven digits and more with letters. A year (2024) stays a name."""
    text = text.strip()
    if re.search(r"\S@\S+\.\w", text):
        return True
    digits = sum(c.isdigit() for c in text)
    return digits >= 5 and not any(c.isalpha() for c in text) or digits >= 7


def mask_name(name: str) -> str:
    """A column name or JSON key masked when it looks like a value (`j***@e******.com`);
    other names unchanged. Paths are masked key by key, where they are built."""
    return _mask_words(name) if looks_like_value(name) else name


def _mask_words(text: str) -> str:
    return re.sub(r"[^\W_]+", lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1)
                  if not m.group(0).isdigit() else "*" * len(m.group(0)), text)
