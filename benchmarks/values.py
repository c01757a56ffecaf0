"""Value generators for the labelled synthetic datasets (benchmarks/generate.py)."""


import random
import string
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker
from stdnum import iban, verhoeff
from stdnum.iso7064 import mod_11_10


LOCALES = ("en_US", "en_GB", "es_ES", "de_DE", "fr_FR", "it_IT", "nl_NL", "pt_BR", "en_IN")
LABELS = frozenset(
    "NONE PERSON_NAME EMAIL PHONE STREET_ADDRESS CITY STATE_REGION POSTAL_CODE COUNTRY "
    "DATE_OF_BIRTH GOV_ID PAYMENT_CARD BANK_ACCOUNT IP_ADDRESS CREDENTIAL GENDER "
    "FREE_TEXT_PII GEO_COORDINATES OTHER_PII OPTIONAL".split()
)
LABEL_HEADER = ("table", "column", "label", "note")

COUNTRY_NAMES = {
    "en_US": "United States", "en_GB": "United Kingdom", "es_ES": "España", "de_DE": "Deutschland",
    "fr_FR": "France", "it_IT": "Italia", "nl_NL": "Nederland", "pt_BR": "Brasil", "en_IN": "India",
}
# rough centre of each country, for coordinates with a little jitter
COUNTRY_CENTRES = {
    "en_US": (39.5, -98.4), "en_GB": (52.6, -1.5), "es_ES": (40.2, -3.7), "de_DE": (51.1, 10.4),
    "fr_FR": (46.6, 2.4), "it_IT": (42.8, 12.5), "nl_NL": (52.2, 5.3), "pt_BR": (-14.2, -51.9),
    "en_IN": (21.0, 78.9),
}
MERCHANTS = (
    "AMAZON MKTPLACE", "SPOTIFY", "UBER TRIP", "SHELL", "TESCO STORES", "MERCADONA", "REWE MARKT",
    "CARREFOUR", "ESSELUNGA", "ALBERT HEIJN", "NETFLIX.COM", "IKEA", "DECATHLON", "APPLE.COM/BILL",
)
BRANDS = ("Acme", "Northwind", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Contoso")
PRODUCTS = (
    "desk lamp", "office chair", "water bottle", "USB-C hub", "hiking boots", "coffee grinder",
    "yoga mat", "bike helmet", "wireless mouse", "backpack", "kettle", "standing desk",
)
MATERIALS = ("recycled aluminium", "bamboo", "stainless steel", "organic cotton", "ABS plastic", "oak")


# --- small value generators -------------------------------------------------


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def _adult(dob: date) -> date:
    """The first day someone born on `dob` could be hired (18th birthday, not before 2000)."""
    return min(max(date(2000, 1, 1), dob + timedelta(days=18 * 366)), date(2025, 1, 1))


def _stamp(rng: random.Random) -> str:
    moment = datetime(2019, 1, 1) + timedelta(seconds=rng.randrange(6 * 365 * 86400))
    return moment.isoformat(sep=" ")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


def uk_nino(rng: random.Random) -> str:
    """A UK National Insurance number with a valid prefix and suffix."""
    while True:
        prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return prefix + _digits(rng, 6) + rng.choice("ABCD")


def de_steuer_id(rng: random.Random) -> str:
    """A German Steuer-ID: one digit twice in the first ten, ISO 7064 mod 11,10 check digit."""
    while True:
        digits = rng.sample(string.digits, 9)
        digits.insert(rng.randrange(10), rng.choice(digits))
        if digits[0] != "0":
            body = "".join(digits)
            return body + mod_11_10.calc_check_digit(body)


def in_aadhaar(rng: random.Random) -> str:
    """An Indian Aadhaar number: 12 digits, Verhoeff check digit, not a palindrome."""
    while True:
        body = rng.choice("23456789") + _digits(rng, 10)
        number = body + verhoeff.calc_check_digit(body)
        if number != number[::-1]:
            return number


def es_dni(rng: random.Random, nie_share: float = 0.2) -> str:
    """A Spanish DNI (8 digits + letter) or, for `nie_share` of calls, a NIE (X/Y/Z + 7 digits + letter)."""
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if rng.random() < nie_share:
        prefix, body = rng.choice("XYZ"), _digits(rng, 7)
        return prefix + body + letters[int(str("XYZ".index(prefix)) + body) % 23]
    body = _digits(rng, 8)
    return body + letters[int(body) % 23]


def gb_iban(rng: random.Random) -> str:
    """A UK IBAN (for people of countries without IBANs, whose Faker IBANs are malformed)."""
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 14)
    return "GB" + iban.calc_check_digits("GB00" + bban) + bban


def national_id(fake: Faker, rng: random.Random, locale: str) -> str:
    """A valid national/tax identifier of the locale's country."""
    if locale == "en_GB":
        return uk_nino(rng)
    if locale == "de_DE":
        return de_steuer_id(rng)
    if locale == "en_IN":
        return in_aadhaar(rng)
    if locale == "es_ES":
        return es_dni(rng)  # Faker's nif()/nie() use the global random module: not reproducible
    if locale == "pt_BR":
        return fake.cpf()
    return fake.ssn()  # en_US SSN, fr_FR NIR, it_IT codice fiscale, nl_NL BSN


def card_number(fake: Faker, rng: random.Random, masked_share: float = 0.1) -> str:
    """A Luhn-valid card number, plain, grouped with spaces or dashes, or masked."""
    number = fake.credit_card_number()
    roll = rng.random()
    if roll < masked_share:
        return "**** **** **** " + number[-4:]
    groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    if roll < 0.35:
        return " ".join(groups)
    if roll < 0.55:
        return "-".join(groups)
    return number


def password_hash(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        alphabet = "./" + string.ascii_letters + string.digits
        return "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(53))
    return _hex(rng, 40 if roll < 0.8 else 64)


def api_token(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits
    prefix = rng.choice(("sk_live_", "ghp_", "xoxb-", "tok_", ""))
    return prefix + "".join(rng.choice(alphabet) for _ in range(32))


def product_description(fake: Faker, rng: random.Random) -> str:
    return (
        f"{fake.catch_phrase()} {rng.choice(PRODUCTS)} made of {rng.choice(MATERIALS)}. "
        f"{rng.randint(10, 90)} x {rng.randint(10, 90)} cm, ships in {rng.randint(1, 9)} business days."
    )


# --- people ------------------------------------------------------------------


def person(fake: Faker, rng: random.Random, locale: str) -> dict[str, Any]:
    """One coherent synthetic person of a locale (name, contact, address, ids)."""
    gender = rng.choice("FM")
    first = fake.first_name_female() if gender == "F" else fake.first_name_male()
    last = fake.last_name()
    a, b = _ascii(first), _ascii(last)
    username = rng.choice((f"{a}.{b}", f"{a[:1]}{b}", f"{a}_{b}{rng.randint(1, 99)}"))
    centre = COUNTRY_CENTRES[locale]
    return {
        "locale": locale,
        "gender": gender,
        "first": first,
        "last": last,
        "name": f"{first} {last}",
        "username": username,
        "email": f"{_ascii(first)}.{_ascii(last)}{rng.choice(('', str(rng.randint(1, 999))))}"
        f"@{fake.free_email_domain()}",
        "phone": fake.phone_number(),
        "street": fake.street_address().replace("\n", ", "),
        "city": fake.city(),
        "region": fake.administrative_unit(),
        "postcode": fake.postcode(),
        "country": COUNTRY_NAMES[locale],
        "country_code": locale[-2:],
        "dob": _day(rng, date(1940, 1, 1), date(2006, 12, 31)),
        "national_id": national_id(fake, rng, locale),
        "iban": gb_iban(rng) if locale == "en_IN" else fake.iban(),
        "lat": round(centre[0] + rng.uniform(-3, 3), 6),
        "lon": round(centre[1] + rng.uniform(-3, 3), 6),
    }
