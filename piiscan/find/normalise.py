"""One normaliser per kind of identifier, applied the same way to the subject and to column values.

    email        NFKC, strip, casefold                   " John.Smith@Example.COM " -> "john.smith@example.com"
    phone        phonenumbers -> E.164 (default region)   "020 7946 0958" (GB)     -> "+442079460958"
    national_id  python-stdnum compact() + checksum       "123 45 6782" (nl.bsn)   -> "123456782"
    name         NFKD, diacritics dropped, casefold,      "Smith, José"            -> "jose smith"
                 tokens sorted
    date         ISO date                                 1980-02-03, "1980-02-03T00:00" -> "1980-02-03"
    postcode     NFKC, casefold, spaces dropped           "sw1a 1aa"               -> "sw1a1aa"
    key          str, stripped                            42                       -> "42"

Every normaliser returns None for a value it can't read; a None never matches.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

_TOKEN = re.compile(r"[^\W_]+")
#: Text date formats tried on column values (after ISO), day-first before month-first.
DATE_FORMATS = ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%Y", "%Y%m%d")


def email(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    return text if "@" in text else None


def phone(value: object, region: str | None = None) -> str | None:
    import phonenumbers

    if value is None:
        return None
    text = str(value).strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        if text.isdigit() and not text.startswith("+"):  # a number stored as digits with its country code
            return phone("+" + text)
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_id_module(kind: str):
    """The python-stdnum module for a kind like "nl.bsn" or "us.ssn", or None."""
    import importlib

    if not re.fullmatch(r"[a-z]{2}\.[a-z0-9_]+", kind or ""):
        return None
    try:
        module = importlib.import_module(f"stdnum.{kind}")
    except ImportError:
        return None
    return module if hasattr(module, "compact") and hasattr(module, "is_valid") else None


def national_id(value: object, kind: str) -> str | None:
    """The compact form of a valid ID of `kind`, else None (a failed checksum never matches)."""
    module = national_id_module(kind)
    if value is None or module is None:
        return None
    try:
        compact = module.compact(str(value))
    except Exception:  # stdnum raises its own ValidationError subclasses
        return None
    return compact if module.is_valid(compact) else None


def name(value: object) -> str | None:
    tokens = name_tokens(value)
    return " ".join(tokens) if tokens else None


def name_tokens(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return tuple(sorted(_TOKEN.findall(text)))


def date(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def date_readings(value: object) -> set[str]:
    """Every ISO date a column value can be read as (02/03/1980 is both 2 March and 3 February)."""
    first = date(value)
    if first is None or isinstance(value, (datetime.date, datetime.datetime)):
        return {first} if first else set()
    readings = {first}
    for fmt in DATE_FORMATS:
        try:
            readings.add(datetime.datetime.strptime(str(value).strip(), fmt).date().isoformat())
        except ValueError:
            continue
    return readings


def postcode(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = "".join(text.split())
    return text or None


def key(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
