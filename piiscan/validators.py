"""Validators: named functions that confirm a candidate value (checksums, parsing).

Rules refer to them by name (`validator: luhn`). Each takes the stripped string value and
returns True when the value is valid. They run only on values a rule's RE2 pattern matched.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import ipaddress
import re
from functools import lru_cache
from typing import Callable

Validator = Callable[[str], bool]

VALIDATORS: dict[str, Validator] = {}


def validator(name: str) -> Callable[[Validator], Validator]:
    def register(fn: Validator) -> Validator:
        VALIDATORS[name] = fn
        return fn

    return register


def stdnum_validator(module_path: str) -> Validator:
    """`is_valid` of a python-stdnum module, imported on first use, made safe (False where it
    raises)."""
    found = []

    def check(value: str) -> bool:
        if not found:
            import importlib

            found.append(importlib.import_module(module_path).is_valid)
        try:
            return bool(found[0](value))
        except Exception:  # stdnum raises on odd input in a few modules
            return False

    return check


# National IDs, tax numbers, bank numbers: python-stdnum does the checksum work.
for _name, _module in {
    "luhn": "stdnum.luhn",
    "iban": "stdnum.iban",
    "us_ssn": "stdnum.us.ssn",
    "us_itin": "stdnum.us.itin",
    "es_dni": "stdnum.es.dni",
    "es_nie": "stdnum.es.nie",
    "es_nif": "stdnum.es.nif",
    "it_codicefiscale": "stdnum.it.codicefiscale",
    "fr_nir": "stdnum.fr.nir",
    "de_idnr": "stdnum.de.idnr",
    "nl_bsn": "stdnum.nl.bsn",
    "in_aadhaar": "stdnum.in_.aadhaar",
    "in_pan": "stdnum.in_.pan",
    "pt_nif": "stdnum.pt.nif",
    "be_nn": "stdnum.be.nn",
    "se_personnummer": "stdnum.se.personnummer",
    "pl_pesel": "stdnum.pl.pesel",
    "ca_sin": "stdnum.ca.sin",
    "gb_nhs": "stdnum.gb.nhs",
    "jp_my_number": "stdnum.jp.in_",
}.items():
    VALIDATORS[_name] = stdnum_validator(_module)


@validator("br_cpf")
def br_cpf(value: str) -> bool:
    """CPF checksum (python-stdnum), rejecting the all-same-digit numbers Brazil never issues."""
    digits = re.sub(r"\D", "", value)
    return len(set(digits)) > 1 and _CPF(value)


_CPF = stdnum_validator("stdnum.br.cpf")  # made once, not at every value


@validator("card_number")
def card_number(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and VALIDATORS["luhn"](digits)


_NINO = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


@validator("gb_nino")
def gb_nino(value: str) -> bool:
    """UK National Insurance number (HMRC format rules; no checksum exists)."""
    return bool(_NINO.match(value.replace(" ", "").upper()))


@validator("ip_address")
def ip_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


@validator("email")
def email(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    return bool(local) and ".." not in value and not domain.startswith(".") and len(value) <= 254


#: The regions a number without a country code is read in (piiscan.detect.phone_regions reads
#: a phone-named column's numbers in the others).
PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "CA", "AU", "IN", "MX", "BE", "CH", "AT", "SE", "PL")


@lru_cache(maxsize=65536)
def _phone(value: str) -> bool:
    import phonenumbers

    international = value.lstrip().startswith(("+", "00"))
    regions = (None,) if value.lstrip().startswith("+") else PHONE_REGIONS
    groups = _DIGIT_GROUPS.findall(value)
    # phonenumbers reads a value of ASCII digits and separators as its digits alone (it drops
    # the separators before reading the number), so those are parsed as the bare digits: the
    # same numbers, parsed faster (tests/test_speed.py checks it value by value).
    text = "".join(groups) if regions is PHONE_REGIONS and _LOCAL_PHONE.fullmatch(value) else value
    tried: set[tuple] = set()
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        key = (number.country_code, number.national_number, number.italian_leading_zero,
               number.number_of_leading_zeros, number.extension)
        if key in tried:  # the number an earlier region gave (US and CA): it failed there
            continue
        tried.add(key)
        if not phonenumbers.is_valid_number(number):
            continue
        if international or grouped_as_written(value, number):
            return True
    return False


def grouped_as_written(value: str, number) -> bool:
    """A separated local number must be grouped the way its region writes its numbers:
    509-86-9654 is an SSN's grouping, not a phone's."""
    import phonenumbers

    groups = _DIGIT_GROUPS.findall(value)
    if len(groups) == 1:
        return True
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return [len(g) for g in _DIGIT_GROUPS.findall(national)] == [len(g) for g in groups]


_LOCAL_PHONE = re.compile(r"[0-9 ()./\-]+")
_DIGIT_GROUPS = re.compile(r"\d+")


@validator("phone")
def phone(value: str) -> bool:
    """A valid number in its own international form or in one of the common regions."""
    return _phone(value)


_MASK_CHARS = "*xX•#"
_POSITIONS = re.compile(r"[*xX•#\d]+")


@validator("masked_phone")
def masked_phone(value: str) -> bool:
    """A phone number shown with most of its digits masked (`+xxx xx xxx 047`, `***/***-568`,
    `####-6543`): 7 to 15 digit positions, three or more of them masked, the last group ending
    in visible digits; not the groupings of masked cards (4-4-4-4), of a US SSN (3-2-4), or a
    lone leading digit without a country code (`X-XXXX-0620`, an id's grouping)."""
    value = value.strip()
    groups = _POSITIONS.findall(value)
    positions = sum(map(len, groups))
    masks = sum(value.count(c) for c in _MASK_CHARS)
    if not (7 <= positions <= 15 and masks >= 3 and groups and groups[-1][-2:].isdigit()):
        return False
    widths = [len(g) for g in groups]
    if len(widths) >= 3 and all(w == 4 for w in widths) or widths == [3, 2, 4]:
        return False
    return value.startswith(("+", "00")) or widths[0] > 1 or len(widths) == 1


@validator("date_of_birth")
def date_of_birth(value: str) -> bool:
    """A parseable date between 1900 and today (a birth date can't be in the future)."""
    parsed = parse_date(value)
    return parsed is not None and _dt.date(1900, 1, 1) <= parsed <= _dt.date.today()


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y%m%d", "%d %b %Y",
                 "%b %d, %Y", "%d %B %Y", "%B %d, %Y", "%Y.%m.%d", "%d-%b-%Y", "%d-%B-%Y", "%d/%b/%Y",
                 "%Y年%m月%d日")
#: ISO dates, the first format, read without strptime.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: Central European dotted dates: `12. 3. 1985` (Czech, Slovak, Slovenian), `12.03.1985.`
#: (Croatian, Serbian), `1985.03.12.` (Hungarian) read as `12.3.1985` and `1985.03.12`.
_DOTTED = re.compile(r"^(\d{1,4})\.\s?(\d{1,2})\.\s?(\d{1,4})\.?$")


def parse_date(value: str) -> _dt.date | None:
    text = value.strip()[:19].replace("T", " ")
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2}[ T]", value.strip()) else value.strip()
    iso = _ISO_DATE.fullmatch(text)
    if iso:  # the first format, read without strptime; anything else goes the long way
        try:
            return _dt.date(*map(int, iso.groups()))
        except ValueError:
            pass
    dotted = _DOTTED.match(text)
    if dotted:
        text = ".".join(dotted.groups())
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


@validator("latitude")
def latitude(value: str) -> bool:
    try:
        return -90.0 <= float(value) <= 90.0
    except ValueError:
        return False


@validator("longitude")
def longitude(value: str) -> bool:
    try:
        return -180.0 <= float(value) <= 180.0
    except ValueError:
        return False


@validator("lat_lon_pair")
def lat_lon_pair(value: str) -> bool:
    text = re.sub(r"^SRID=\d+;", "", value.strip(), flags=re.I)
    parts = re.split(r"[,;\s]+", text.strip("()[]POINT ").strip())
    if len(parts) != 2:
        return False
    return latitude(parts[0]) and longitude(parts[1]) or longitude(parts[0]) and latitude(parts[1])


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@validator("bitcoin_address")
def bitcoin_address(value: str) -> bool:
    """Base58Check for legacy addresses; bech32 (bc1…) accepted on shape."""
    if value.lower().startswith("bc1"):
        return 14 <= len(value) <= 74
    number = 0
    for char in value:
        index = _B58.find(char)
        if index < 0:
            return False
        number = number * 58 + index
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import phonenumbers

    names: set[str] = set()
    locale = _locale_data()
    for region in phonenumbers.SUPPORTED_REGIONS:
        names.add(region.lower())
        for lang in ("en", "es", "de", "fr", "pt", "it", "nl"):
            name = _region_display_name(locale, region, lang)
            if name:
                names.add(name.lower())
    return frozenset(names)


def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' region names per language (its geodata/locale.py), read without importing
    the phonenumbers.geodata package, whose prefix tables take a quarter of a second to load."""
    import importlib.util
    from pathlib import Path

    import phonenumbers

    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
    if spec is None or spec.loader is None:  # an unusual install: take the ordinary way
        from phonenumbers.geodata.locale import LOCALE_DATA

        return LOCALE_DATA
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LOCALE_DATA


def _region_display_name(locale: dict[str, dict[str, str]], region: str, lang: str) -> str:
    """As phonenumbers.geocoder._region_display_name: "*xx" names the language holding it."""
    names = locale.get(region, {})
    name = names.get(lang, "")
    return names.get(name[1:], "") if name.startswith("*") else name


@validator("country")
def country(value: str) -> bool:
    """A country name in one of several languages (from phonenumbers' locale data) or an ISO code."""
    return value.strip().lower() in _country_names()


def validate(name: str, value: str) -> bool:
    return VALIDATORS[name](value)
