"""Fictitious people drawn from Faker's non-English locales, consistent within one row."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from benchmarks.heldout import ids
from benchmarks.heldout.model import TableContext

#: locale -> (ISO country code, country name in its language, lat/lon box of the country).
LOCALES = {
    "de_DE": ("DE", "Deutschland", (47.3, 55.0, 6.0, 15.0)),
    "fr_FR": ("FR", "France", (43.0, 50.9, -1.5, 7.5)),
    "es_ES": ("ES", "España", (36.2, 43.6, -8.8, 3.2)),
    "it_IT": ("IT", "Italia", (37.0, 46.5, 7.0, 18.4)),
    "nl_NL": ("NL", "Nederland", (50.8, 53.4, 3.4, 7.1)),
    "pt_BR": ("BR", "Brasil", (-33.0, -3.0, -60.0, -35.0)),
    "pl_PL": ("PL", "Polska", (49.1, 54.7, 14.2, 24.1)),
    "sv_SE": ("SE", "Sverige", (55.4, 67.5, 11.2, 23.5)),
    "ja_JP": ("JP", "日本", (31.0, 43.0, 130.0, 145.0)),
    "en_GB": ("GB", "United Kingdom", (50.1, 58.5, -5.5, 1.7)),
    "en_IN": ("IN", "India", (8.5, 30.0, 70.0, 88.0)),
}

EUROPE = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "en_GB")
ALL = tuple(LOCALES)


@dataclass(frozen=True)
class Person:
    locale: str
    first: str
    last: str
    female: bool
    born: date
    email: str
    phone: str
    street: str
    house_number: str
    postcode: str
    city: str
    region: str
    country_code: str
    country: str
    lat: float
    lon: float

    @property
    def full(self) -> str:
        if self.locale == "ja_JP":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def street_line(self) -> str:
        if self.locale in ("fr_FR",):
            return f"{self.house_number} {self.street}"
        if self.locale in ("en_GB", "en_IN"):
            return f"{self.house_number} {self.street}"
        return f"{self.street} {self.house_number}"

    @property
    def one_line_address(self) -> str:
        if self.locale == "en_GB":
            return f"{self.street_line}, {self.city} {self.postcode}"
        if self.locale == "pt_BR":
            return f"{self.street}, {self.house_number} - {self.city} - {self.region}, {self.postcode}"
        return f"{self.street_line}, {self.postcode} {self.city}"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


def email_for(ctx: TableContext, first: str, last: str, locale: str) -> str:
    fake = ctx.faker(locale)
    f, l = ascii_fold(first) or "user", ascii_fold(last) or str(ctx.rng.randint(10, 99))
    local = ctx.rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}{ctx.rng.randint(1, 99)}",
                            f"{f}_{l[:3]}{ctx.rng.randint(60, 99)}"])
    return f"{local}@{fake.free_email_domain()}"


def _region(fake) -> str:
    for method in ("prefecture", "estado_sigla", "administrative_unit", "state", "region"):
        if hasattr(fake, method):
            return getattr(fake, method)()
    return ""


def person(ctx: TableContext, locale: str, min_age: int = 18, max_age: int = 90) -> Person:
    fake = ctx.faker(locale)
    female = ctx.chance(0.5)
    first = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name()
    code, country, (lat0, lat1, lon0, lon1) = LOCALES[locale]
    if locale == "ja_JP":
        street = f"{fake.town()}{fake.chome()}{fake.ban()}"
        house, postcode, city = fake.gou(), fake.zipcode(), fake.city()
        email = f"{ctx.rng.choice(['taro', 'hana', 'k', 'yuki', 'sora'])}{ctx.rng.randint(100, 9999)}@{fake.free_email_domain()}"
    else:
        street, house, postcode, city = fake.street_name(), fake.building_number(), fake.postcode(), fake.city()
        email = email_for(ctx, first, last, locale)
    return Person(
        locale=locale, first=first, last=last, female=female,
        born=ctx.birth_date(min_age, max_age), email=email, phone=fake.phone_number(),
        street=street, house_number=house, postcode=postcode, city=city, region=_region(fake),
        country_code=code, country=country,
        lat=round(ctx.rng.uniform(lat0, lat1), 6), lon=round(ctx.rng.uniform(lon0, lon1), 6),
    )


def national_id(ctx: TableContext, p: Person) -> str:
    """The person's national identifier, valid for the checksum of their country."""
    rng = ctx.rng
    makers = {
        "de_DE": lambda: ids.de_idnr(rng),
        "fr_FR": lambda: ids.fr_nir(rng, p.born, p.female),
        "es_ES": lambda: ids.es_dni(rng) if ctx.chance(0.8) else ids.es_nie(rng),
        "it_IT": lambda: ids.it_codice_fiscale(rng, p.first, p.last, p.born, p.female),
        "nl_NL": lambda: ids.nl_bsn(rng),
        "pt_BR": lambda: ids.br_cpf(rng),
        "pl_PL": lambda: ids.pl_pesel(rng, p.born, p.female),
        "sv_SE": lambda: ids.se_personnummer(rng, p.born, p.female),
        "ja_JP": lambda: ids.jp_my_number(rng),
        "en_GB": lambda: ids.gb_nino(rng),
        "en_IN": lambda: ids.in_aadhaar(rng),
    }
    return makers[p.locale]()
