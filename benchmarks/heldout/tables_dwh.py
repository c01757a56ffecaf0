"""`heldout_dwh`: a warehouse with cryptic column names, where values must carry the decision."""

from __future__ import annotations

import json

from benchmarks.heldout import ids
from benchmarks.heldout.model import TableContext, table
from benchmarks.heldout.people import ALL, EUROPE, LOCALES, national_id, person

DB = "heldout_dwh"

_GENDER_WORDS = {"de_DE": ("weiblich", "männlich"), "fr_FR": ("femme", "homme"), "es_ES": ("mujer", "hombre"),
                 "it_IT": ("donna", "uomo"), "nl_NL": ("vrouw", "man"), "pl_PL": ("kobieta", "mężczyzna"),
                 "sv_SE": ("kvinna", "man"), "pt_BR": ("feminino", "masculino")}


@table(DB, "dim_c", rows=800, columns=[
    ("k", "INTEGER", "NONE", "surrogate key"),
    ("c1", "TEXT", "PERSON_NAME", "cryptic-name: full names"),
    ("c2", "TEXT", "DATE_OF_BIRTH", "cryptic-name: ISO birth dates"),
    ("c3", "TEXT", "GENDER", "cryptic-name: M/F/D"),
    ("c4", "TEXT", "GOV_ID", "cryptic-name: national ids of eleven countries, valid checksums"),
    ("c5", "TEXT", "EMAIL", "cryptic-name"),
    ("c6", "TEXT", "CITY", "cryptic-name: city of the customer"),
    ("c7", "TEXT", "NONE", "shape-alike: 5-digit segment id like a postcode"),
    ("c8", "TEXT", "NONE", "constant currency"),
    ("c9", "TEXT", "NONE", "business date (first order)"),
    ("c10", "TEXT", "PHONE", "cryptic-name"),
    ("c11", "TEXT", "COUNTRY", "cryptic-name: country code of the customer"),
])
def dim_c(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(ALL))
    return {
        "k": i + 1,
        "c1": p.full,
        "c2": p.born.isoformat(),
        "c3": ctx.rng.choices(["F", "M", "D"], [49, 49, 2])[0] if p.female else ctx.rng.choices(["M", "D"], [98, 2])[0],
        "c4": national_id(ctx, p),
        "c5": p.email,
        "c6": p.city,
        "c7": f"{ctx.rng.choice([10, 20, 31, 45, 52, 67, 80, 93])}{ctx.rng.randint(0, 5):01d}{ctx.rng.randint(0, 99):02d}",
        "c8": "EUR",
        "c9": ctx.business_date().isoformat(),
        "c10": p.phone,
        "c11": p.country_code,
    }


@table(DB, "fact_s", rows=1000, columns=[
    ("f_01", "INTEGER", "NONE", "key"),
    ("f_02", "TEXT", "NONE", "order date"),
    ("f_03", "REAL", "NONE", "amount"),
    ("f_04", "TEXT", "NONE", "shape-alike: 16-digit order id failing Luhn"),
    ("f_05", "TEXT", "PAYMENT_CARD", "cryptic-name: Luhn-valid card numbers"),
    ("f_06", "INTEGER", "NONE", "quantity"),
    ("f_07", "TEXT", "DATE_OF_BIRTH", "cryptic-name: buyer birth date, denormalised"),
    ("f_08", "TEXT", "IP_ADDRESS", "cryptic-name: buyer IP"),
    ("f_09", "TEXT", "NONE", "shape-alike: app version 10.2.3.4"),
    ("f_10", "INTEGER REFERENCES dim_c(k)", "NONE", "foreign key to dim_c"),
])
def fact_s(ctx: TableContext, i: int) -> dict:
    fake = ctx.faker("it_IT")
    return {
        "f_01": i + 1,
        "f_02": ctx.business_date().isoformat(),
        "f_03": round(ctx.rng.uniform(3, 1500), 2),
        "f_04": ids.luhn_failing(ctx.rng),
        "f_05": fake.credit_card_number(),
        "f_06": ctx.rng.randint(1, 12),
        "f_07": ctx.birth_date().isoformat(),
        "f_08": fake.ipv4_public(),
        "f_09": ids.version_string(ctx.rng, (10,)),
        "f_10": ctx.rng.randint(1, 800),
    }


@table(DB, "x_person_attrs", rows=600, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("attr1", "TEXT", "PERSON_NAME", "cryptic-name, partial-format: first names only"),
    ("attr2", "TEXT", "PERSON_NAME", "cryptic-name, partial-format: surnames only"),
    ("attr3", "TEXT", "GENDER", "cryptic-name: gender words in eight languages"),
    ("attr4", "TEXT", "DATE_OF_BIRTH", "cryptic-name: dd.mm.yyyy"),
    ("attr5", "INTEGER", "OTHER_PII", "cryptic-name, other-pii: body height in cm"),
    ("attr6", "TEXT", "NONE", "record status A/I"),
    ("attr7", "TEXT", "OTHER_PII", "cryptic-name, other-pii: marital status words"),
])
def x_person_attrs(ctx: TableContext, i: int) -> dict:
    locale = ctx.rng.choice(list(_GENDER_WORDS))
    p = person(ctx, locale)
    return {
        "id": i + 1,
        "attr1": p.first,
        "attr2": p.last,
        "attr3": _GENDER_WORDS[locale][0 if p.female else 1],
        "attr4": f"{p.born:%d.%m.%Y}",
        "attr5": int(ctx.rng.gauss(165 if p.female else 178, 7)),
        "attr6": ctx.rng.choice("AAAI"),
        "attr7": ctx.rng.choice(["ledig", "verheiratet", "geschieden", "verwitwet", "single", "married", "divorced"]),
    }


@table(DB, "dim_acct", rows=500, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("val", "TEXT", "BANK_ACCOUNT", "cryptic-name: IBANs of several countries"),
    ("ccy", "TEXT", "NONE"),
    ("opened", "TEXT", "NONE"),
    ("holder_k", "INTEGER REFERENCES dim_c(k)", "NONE", "foreign key to dim_c"),
    ("bal", "REAL", "NONE", "account balance"),
])
def dim_acct(ctx: TableContext, i: int) -> dict:
    locale = ctx.rng.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_BR"])
    iban = ctx.faker(locale).iban()
    if ctx.chance(0.3):
        iban = " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
    return {
        "id": i + 1,
        "val": iban,
        "ccy": ctx.rng.choice(["EUR", "EUR", "PLN", "GBP", "BRL"]),
        "opened": ctx.business_date().isoformat(),
        "holder_k": ctx.rng.randint(1, 800),
        "bal": round(ctx.rng.uniform(-2000, 90_000), 2),
    }


_PLANT_POSTCODES = ("85748", "80939", "85354", "86150", "84028", "85049", "83022", "82205", "85221",
                    "85586", "84034", "86899")


@table(DB, "t_042", rows=900, columns=[
    ("c1", "TEXT", "NONE", "machine serial"),
    ("c2", "TEXT", "NONE", "thing-qi: IP of a machine"),
    ("c3", "REAL", "NONE", "thing-qi: latitude of a machine"),
    ("c4", "REAL", "NONE", "thing-qi: longitude of a machine"),
    ("c5", "TEXT", "NONE", "shape-alike: firmware version"),
    ("c6", "REAL", "NONE", "temperature"),
    ("c7", "TEXT", "NONE", "shape-alike: M/F status codes"),
    ("c8", "TEXT", "NONE", "constant column"),
    ("c9", "TEXT", "NONE", "thing-qi: postcode of the plant"),
])
def t_042(ctx: TableContext, i: int) -> dict:
    plant = ctx.rng.randrange(12)
    return {
        "c1": f"M{ctx.rng.randint(1, 300):04d}",
        "c2": f"192.168.{plant}.{ctx.rng.randint(2, 254)}",
        "c3": round(48.1 + plant * 0.21 + ctx.rng.uniform(-0.01, 0.01), 6),
        "c4": round(11.5 + plant * 0.17 + ctx.rng.uniform(-0.01, 0.01), 6),
        "c5": ids.version_string(ctx.rng, (2, 3)),
        "c6": round(ctx.rng.gauss(61, 9), 1),
        "c7": ctx.rng.choices(["M", "F", "O"], [15, 5, 80])[0],
        "c8": "PLC-S7",
        "c9": _PLANT_POSTCODES[plant],
    }


@table(DB, "stg_import_07", rows=500, columns=[
    ("field1", "TEXT", "PERSON_NAME|EMAIL", "composite: 'Name <email>'"),
    ("field2", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", "composite: one-line postal address"),
    ("field3", "TEXT", "PHONE", "partial-format: JSON array of phones"),
    ("field4", "TEXT", "NONE", "import batch id"),
    ("field5", "TEXT", "GOV_ID", "cryptic-name: DNI/NIE, codice fiscale, BSN"),
    ("field6", "INTEGER", "DATE_OF_BIRTH", "cryptic-name: birth date as integer yyyymmdd"),
    ("field7", "TEXT", "GEO_COORDINATES", "cryptic-name: 'lat,lon' text of a home"),
    ("field8", "TEXT", "NONE", "constant source system"),
])
def stg_import_07(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(["es_ES", "it_IT", "nl_NL"]))
    phones = [p.phone] + ([ctx.faker(p.locale).phone_number()] if ctx.chance(0.4) else [])
    return {
        "field1": f"{p.full} <{p.email}>",
        "field2": p.one_line_address,
        "field3": json.dumps(phones),
        "field4": f"B{20250000 + i // 50}",
        "field5": national_id(ctx, p),
        "field6": int(f"{p.born:%Y%m%d}"),
        "field7": f"{p.lat},{p.lon}",
        "field8": "SAP-ECC",
    }


@table(DB, "dim_geo", rows=400, columns=[
    ("postcode", "TEXT", "NONE", "lookup: geographic reference table"),
    ("city", "TEXT", "NONE", "lookup"),
    ("region", "TEXT", "NONE", "lookup"),
    ("country", "TEXT", "NONE", "lookup"),
    ("lat", "REAL", "NONE", "lookup"),
    ("lon", "REAL", "NONE", "lookup"),
])
def dim_geo(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(EUROPE))
    return {"postcode": p.postcode, "city": p.city, "region": p.region, "country": p.country_code,
            "lat": p.lat, "lon": p.lon}


@table(DB, "agg_region", rows=300, columns=[
    ("region", "TEXT", "NONE", "aggregate by region"),
    ("country", "TEXT", "NONE", "aggregate"),
    ("customers", "INTEGER", "NONE"),
    ("revenue", "REAL", "NONE"),
])
def agg_region(ctx: TableContext, i: int) -> dict:
    locale = ctx.rng.choice(EUROPE)
    return {"region": person(ctx, locale).region, "country": LOCALES[locale][0],
            "customers": ctx.rng.randint(20, 40_000), "revenue": round(ctx.rng.uniform(1e3, 5e6), 2)}


@table(DB, "f_hr_07", rows=450, columns=[
    ("a1", "TEXT", "PERSON_NAME", "cryptic-name: 'LAST, First'"),
    ("a2", "REAL", "OTHER_PII", "cryptic-name, other-pii: monthly salary"),
    ("a3", "REAL", "OTHER_PII", "cryptic-name, other-pii: bonus"),
    ("a4", "TEXT", "NONE", "cost centre"),
    ("a5", "TEXT", "OPTIONAL", "hire date"),
    ("a6", "INTEGER", "GENDER", "cryptic-name, value-decides: ISO 5218 codes 1/2/9"),
    ("a7", "INTEGER", "NONE", "shape-alike: pay band 1/2/3 like numeric gender codes"),
    ("a8", "TEXT", "NONE", "legal entity code"),
])
def f_hr_07(ctx: TableContext, i: int) -> dict:
    p = person(ctx, ctx.rng.choice(EUROPE), 18, 66)
    return {
        "a1": f"{p.last.upper()}, {p.first}",
        "a2": round(ctx.rng.uniform(2100, 11_000), 2),
        "a3": round(ctx.rng.choice([0, 0, 500, 1200, 3000]) * ctx.rng.uniform(0.8, 1.2), 2),
        "a4": f"CC{ctx.rng.randint(100, 140)}",
        "a5": ctx.business_date().isoformat(),
        "a6": 9 if ctx.chance(0.02) else (2 if p.female else 1),
        "a7": ctx.rng.choices([1, 2, 3], [50, 35, 15])[0],
        "a8": ctx.rng.choice(["DE01", "FR02", "NL03"]),
    }


@table(DB, "dim_vehicle", rows=300, columns=[
    ("plate", "TEXT", "NONE", "thing: pool cars of the company, no driver attached"),
    ("vin", "TEXT", "NONE", "thing: pool car VIN"),
    ("make", "TEXT", "NONE"),
    ("km", "INTEGER", "NONE"),
    ("depot_city", "TEXT", "NONE", "thing-qi"),
    ("first_reg", "TEXT", "NONE", "business date"),
])
def dim_vehicle(ctx: TableContext, i: int) -> dict:
    fake = ctx.faker("de_DE")
    return {
        "plate": fake.license_plate(),
        "vin": fake.vin(),
        "make": ctx.rng.choice(["VW", "Skoda", "Opel", "Renault", "Toyota"]),
        "km": ctx.rng.randint(100, 240_000),
        "depot_city": fake.city(),
        "first_reg": ctx.business_date().isoformat(),
    }
