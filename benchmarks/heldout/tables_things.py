"""Thing tables of `heldout_ops`: sites, machines, products, premises, goods, rooms, stations.

Their quasi-identifiers (city, postcode, country, coordinates, IP addresses) describe things,
not natural persons: all NONE (`thing-qi`). Several columns are shape-alikes or lying names.
"""

from __future__ import annotations

import hashlib
import string

from benchmarks.heldout import ids
from benchmarks.heldout.model import TableContext, table
from benchmarks.heldout.people import EUROPE, LOCALES, person

DB = "heldout_ops"


def _place(ctx: TableContext, locale: str) -> dict:
    """A location of a thing, drawn exactly like a person's address is."""
    p = person(ctx, locale)
    return {"street": p.street_line, "postcode": p.postcode, "city": p.city, "region": p.region,
            "country": p.country_code, "lat": p.lat, "lon": p.lon, "line": p.one_line_address}


@table(DB, "sites", rows=320, columns=[
    ("site_id", "INTEGER", "NONE", "key"),
    ("site_name", "TEXT", "NONE", "plant names"),
    ("street", "TEXT", "NONE", "thing-qi: street of a company site"),
    ("postcode", "TEXT", "NONE", "thing-qi"),
    ("city", "TEXT", "NONE", "thing-qi"),
    ("region", "TEXT", "NONE", "thing-qi"),
    ("country", "TEXT", "NONE", "thing-qi"),
    ("latitude", "REAL", "NONE", "thing-qi: coordinates of a site"),
    ("longitude", "REAL", "NONE", "thing-qi"),
    ("opened", "TEXT", "NONE", "business date"),
    ("headcount", "INTEGER", "NONE"),
])
def sites(ctx: TableContext, i: int) -> dict:
    place = _place(ctx, ctx.rng.choice(EUROPE))
    return {
        "site_id": i + 1,
        "site_name": f"{ctx.rng.choice(['Werk', 'Plant', 'Usine', 'Planta', 'Depot', 'Hub'])} {place['city']} {ctx.rng.choice(['Nord', 'Süd', 'II', 'Est', 'Centro'])}",
        "street": place["street"],
        "postcode": place["postcode"],
        "city": place["city"],
        "region": place["region"],
        "country": place["country"],
        "latitude": place["lat"],
        "longitude": place["lon"],
        "opened": ctx.business_date().isoformat(),
        "headcount": ctx.rng.randint(4, 2500),
    }


@table(DB, "machines", rows=600, columns=[
    ("machine_id", "INTEGER", "NONE", "key"),
    ("serial_no", "TEXT", "NONE", "serial number"),
    ("model", "TEXT", "NONE"),
    ("firmware", "TEXT", "NONE", "shape-alike: version 10.2.3.4 shaped like IPv4"),
    ("mgmt_ip", "TEXT", "NONE", "thing-qi: private IP of a machine"),
    ("site_city", "TEXT", "NONE", "thing-qi"),
    ("lat", "REAL", "NONE", "thing-qi"),
    ("lon", "REAL", "NONE", "thing-qi"),
    ("dob", "TEXT", "NONE", "lying-name: date of build (recent business dates)"),
    ("phone", "TEXT", "NONE", "lying-name: has a GSM modem, Y/N flag"),
    ("status", "TEXT", "NONE", "shape-alike: M/F (maintenance/fault) like gender codes"),
    ("op_hours", "INTEGER", "NONE"),
])
def machines(ctx: TableContext, i: int) -> dict:
    place = _place(ctx, ctx.rng.choice(EUROPE))
    return {
        "machine_id": i + 1,
        "serial_no": f"SN{ctx.rng.randint(10**7, 10**8 - 1)}",
        "model": ctx.rng.choice(["KX-200", "KX-250", "Vario 5", "TurboMill 3", "PressLine 7"]),
        "firmware": ids.version_string(ctx.rng, (10, 11, 12)),
        "mgmt_ip": f"10.{ctx.rng.randint(0, 40)}.{ctx.rng.randint(0, 255)}.{ctx.rng.randint(2, 254)}",
        "site_city": place["city"],
        "lat": place["lat"],
        "lon": place["lon"],
        "dob": ctx.business_date().isoformat(),
        "phone": ctx.rng.choice(["Y", "N", "N"]),
        "status": ctx.rng.choices(["M", "F", "R"], [20, 10, 70])[0],
        "op_hours": ctx.rng.randint(0, 90_000),
    }


_PRODUCTS = ["Akkuschrauber", "Winterjacke", "Espressomaschine", "Laufschuh", "Schreibtischlampe", "Rucksack",
             "Trinkflasche", "Kopfhörer", "Fleecepullover", "Regenschirm", "Kaffeebecher", "Wanderhose"]


@table(DB, "products", rows=500, columns=[
    ("sku", "TEXT", "NONE", "part code AB-1234-X"),
    ("name", "TEXT", "NONE", "lying-name: product names"),
    ("size", "TEXT", "NONE", "shape-alike: S/M/L/XL size codes"),
    ("gender", "TEXT", "NONE", "lying-name: target group of a product (Damen/Herren/Unisex)"),
    ("ean", "TEXT", "NONE", "EAN-13"),
    ("weight_kg", "REAL", "NONE", "weight of a product"),
    ("height_cm", "REAL", "NONE", "height of a product"),
    ("price", "REAL", "NONE"),
    ("country_of_origin", "TEXT", "NONE", "thing-qi: country of a good"),
    ("description", "TEXT", "NONE", "free text without personal data"),
    ("release", "TEXT", "NONE", "shape-alike: version string"),
    ("vat_code", "TEXT", "NONE", "constant column"),
])
def products(ctx: TableContext, i: int) -> dict:
    base = ctx.rng.choice(_PRODUCTS)
    digits = [ctx.rng.randint(0, 9) for _ in range(12)]
    check = (10 - sum(d * (3 if k % 2 else 1) for k, d in enumerate(digits)) % 10) % 10
    return {
        "sku": f"{ctx.rng.choice(string.ascii_uppercase)}{ctx.rng.choice(string.ascii_uppercase)}-{ctx.rng.randint(1000, 9999)}-{ctx.rng.choice('XYZ')}",
        "name": f"{base} {ctx.rng.choice(['Pro', 'Classic', 'Light', 'Max', '2.0', 'Eco'])}",
        "size": ctx.rng.choices(["XS", "S", "M", "L", "XL", "XXL"], [5, 20, 30, 25, 15, 5])[0],
        "gender": ctx.rng.choice(["Damen", "Herren", "Unisex", "Kinder"]),
        "ean": "".join(map(str, digits)) + str(check),
        "weight_kg": round(ctx.rng.uniform(0.05, 25), 2),
        "height_cm": round(ctx.rng.uniform(2, 180), 1),
        "price": round(ctx.rng.uniform(2, 900), 2),
        "country_of_origin": ctx.rng.choice(["CN", "DE", "VN", "IT", "PL", "TR", "PT", "BD"]),
        "description": f"{base} aus {ctx.rng.choice(['Aluminium', 'Baumwolle', 'Edelstahl', 'Recyclingkunststoff'])}, {ctx.rng.choice(['wasserfest', 'leicht', 'robust', 'spülmaschinenfest'])}.",
        "release": ids.version_string(ctx.rng, (1, 2, 3)),
        "vat_code": "A1",
    }


@table(DB, "premises", rows=300, columns=[
    ("premises_id", "INTEGER", "NONE", "key"),
    ("address_line", "TEXT", "NONE", "thing-qi: one-line address of a commercial building"),
    ("postcode", "TEXT", "NONE", "thing-qi"),
    ("city", "TEXT", "NONE", "thing-qi"),
    ("geom", "TEXT", "NONE", "thing-qi: WKT POINT of a building"),
    ("floor_area_m2", "INTEGER", "NONE"),
    ("year_built", "INTEGER", "NONE"),
    ("energy_class", "TEXT", "NONE"),
    ("monthly_rent", "REAL", "NONE"),
])
def premises(ctx: TableContext, i: int) -> dict:
    place = _place(ctx, ctx.rng.choice(["de_DE", "fr_FR", "nl_NL", "es_ES"]))
    return {
        "premises_id": i + 1,
        "address_line": place["line"],
        "postcode": place["postcode"],
        "city": place["city"],
        "geom": f"POINT({place['lon']} {place['lat']})",
        "floor_area_m2": ctx.rng.randint(80, 12_000),
        "year_built": ctx.rng.randint(1890, 2024),
        "energy_class": ctx.rng.choice("ABCDEFG"),
        "monthly_rent": round(ctx.rng.uniform(900, 60_000), 2),
    }


@table(DB, "goods_shipments", rows=700, columns=[
    ("shipment_no", "TEXT", "NONE", "shape-alike: 16-digit number failing Luhn"),
    ("container", "TEXT", "NONE", "container id"),
    ("origin_country", "TEXT", "NONE", "thing-qi"),
    ("dest_city", "TEXT", "NONE", "thing-qi: destination warehouse city"),
    ("dest_postcode", "TEXT", "NONE", "thing-qi"),
    ("hs_code", "TEXT", "NONE", "customs tariff code"),
    ("gross_kg", "REAL", "NONE"),
    ("shipped_on", "TEXT", "NONE"),
    ("tracking_ref", "TEXT", "NONE", "shape-alike: digits shaped like a phone number"),
])
def goods_shipments(ctx: TableContext, i: int) -> dict:
    place = _place(ctx, ctx.rng.choice(EUROPE))
    return {
        "shipment_no": ids.luhn_failing(ctx.rng),
        "container": f"{ctx.rng.choice(['MSCU', 'MAEU', 'CMAU', 'HLXU'])}{ctx.rng.randint(0, 999_999):06d}{ctx.rng.randint(0, 9)}",
        "origin_country": ctx.rng.choice(["CN", "IN", "VN", "US", "TR", "BR"]),
        "dest_city": place["city"],
        "dest_postcode": place["postcode"],
        "hs_code": f"{ctx.rng.randint(1, 97):02d}{ctx.rng.randint(1, 99):02d}.{ctx.rng.randint(10, 90)}",
        "gross_kg": round(ctx.rng.uniform(100, 24_000), 1),
        "shipped_on": ctx.business_date().isoformat(),
        "tracking_ref": f"+{ctx.rng.randint(30, 49)} {ctx.rng.randint(100, 999)} {ctx.rng.randint(100_000, 999_999)}",
    }


@table(DB, "rooms", rows=300, columns=[
    ("room_code", "TEXT", "NONE"),
    ("building", "TEXT", "NONE"),
    ("floor", "INTEGER", "NONE"),
    ("phone", "TEXT", "NONE", "lying-name: 4-digit extension of a meeting room"),
    ("capacity", "INTEGER", "NONE"),
    ("has_projector", "INTEGER", "NONE"),
])
def rooms(ctx: TableContext, i: int) -> dict:
    floor = ctx.rng.randint(0, 12)
    return {
        "room_code": f"{ctx.rng.choice('ABCDE')}{floor}.{ctx.rng.randint(1, 40):02d}",
        "building": ctx.rng.choice(["Campus Nord", "Tower", "Annex", "HQ"]),
        "floor": floor,
        "phone": f"{ctx.rng.randint(2, 8)}{ctx.rng.randint(0, 999):03d}",
        "capacity": ctx.rng.choice([4, 6, 8, 12, 20, 40]),
        "has_projector": int(ctx.chance(0.6)),
    }


@table(DB, "weather_stations", rows=400, columns=[
    ("station_id", "TEXT", "NONE", "shape-alike: 5-digit WMO-like id, postcode-shaped"),
    ("station_name", "TEXT", "NONE", "place-derived names"),
    ("country", "TEXT", "NONE", "thing-qi"),
    ("lat", "REAL", "NONE", "thing-qi"),
    ("lon", "REAL", "NONE", "thing-qi"),
    ("elevation_m", "INTEGER", "NONE"),
    ("gateway_ip", "TEXT", "NONE", "thing-qi: public IP of a station uplink"),
    ("sensor_fw", "TEXT", "NONE", "shape-alike: version string"),
])
def weather_stations(ctx: TableContext, i: int) -> dict:
    locale = ctx.rng.choice(list(LOCALES))
    place = _place(ctx, locale)
    return {
        "station_id": f"{ctx.rng.randint(10_000, 99_999)}",
        "station_name": f"{place['city']}-{ctx.rng.choice(['Flughafen', 'Mitte', 'Aéroport', 'Porto', 'Hill'])}",
        "country": place["country"],
        "lat": place["lat"],
        "lon": place["lon"],
        "elevation_m": ctx.rng.randint(-5, 2900),
        "gateway_ip": ctx.faker(locale).ipv4_public(),
        "sensor_fw": ids.version_string(ctx.rng, (4,)),
    }


@table(DB, "documents", rows=400, columns=[
    ("doc_id", "INTEGER", "NONE", "key"),
    ("filename", "TEXT", "NONE"),
    ("mime", "TEXT", "NONE"),
    ("digest", "BLOB", "NONE", "binary: SHA-256 of the file as 32 bytes (token-shaped, not a secret)"),
    ("thumbnail", "BLOB", "NONE", "binary: PNG bytes"),
    ("pages", "INTEGER", "NONE"),
])
def documents(ctx: TableContext, i: int) -> dict:
    name = f"{ctx.rng.choice(['datasheet', 'manual', 'invoice_template', 'safety_sheet'])}_{i:04d}.pdf"
    return {
        "doc_id": i + 1,
        "filename": name,
        "mime": "application/pdf",
        "digest": hashlib.sha256(name.encode()).digest(),
        "thumbnail": b"\x89PNG\r\n\x1a\n" + ctx.rng.randbytes(ctx.rng.randint(40, 120)),
        "pages": ctx.rng.randint(1, 80),
    }
