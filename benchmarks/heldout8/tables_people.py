"""h8_people.sqlite: an Odisha maternal-health register (or_IN; health centres vs mothers and
antenatal visits), a Kano fertiliser-subsidy scheme (ha_NG; warehouses vs farmers), an Ibadan
private school's staging extract with positional names (yo_NG) and an Onitsha market
traders' union (ig_NG; stalls vs traders)."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import TODAY, col, table
from benchmarks.heldout8 import ids, places
from benchmarks.heldout8.makers import (BLOOD, amount, born, business_date, choice, coord, day_between, email_of,
                                        gender, integer, key, lat_lon_text, mac, named, phone, private_ip,
                                        public_ip, row_email, row_town, stamp, town_of, version4, weighted,
                                        wkt_point)

# --- Odisha maternal-health register (or_IN) --------------------------------------------------

OD_LAT, OD_LON = (18.0, 22.4), (82.0, 87.3)


def or_phc():
    lat, lon = coord(OD_LAT, OD_LON)
    return table("or_phc", 300, "or_IN", [
        col("phc_id", "INTEGER", "NONE", key),
        col("nin_code", "TEXT", "NONE", lambda r: f"{r.rng.randint(1000000000, 9999999999)}", "shape-alike"),
        col("name", "TEXT", "NONE", lambda r: f"PHC {places.town(r, 'or_IN')[0]} {r.i + 1}", "lying-name"),
        col("block", "TEXT", "NONE", row_town("or_IN"), "thing-qi"),
        col("district", "TEXT", "NONE", lambda r: r["_region"], "thing-qi"),
        col("pin", "TEXT", "NONE", lambda r: f"75{r.rng.randint(1000, 9999)}", "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("lon", "REAL", "NONE", lon, "thing-qi"),
        col("beds", "INTEGER", "NONE", integer(0, 30)),
        col("cold_chain_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("helpline", "TEXT", "OPTIONAL", lambda r: f"0674-{r.rng.randint(2000000, 2999999)}", "optional"),
    ])


def _aadhaar_masked(r) -> str:
    return f"XXXX XXXX {ids.aadhaar(r.rng)[-4:]}"


def or_mothers():
    def husband(r) -> str:
        given, family = places.person(r, "or_IN", "M")
        return f"{given} {family}"

    return table("or_mothers", 620, "or_IN", [
        col("mcp_id", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(10 ** 11, 10 ** 12 - 1)}", "other-pii"),
        col("naam", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name_female()} {r.fake.last_name()}"),
        col("swami_naam", "TEXT", "PERSON_NAME", husband),
        col("age", "INTEGER", "OTHER_PII", lambda r: _mother_age(r), "other-pii"),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("aadhaar", "TEXT", "GOV_ID", _aadhaar_masked, "partial-format"),
        col("mobile", "TEXT", "PHONE", phone("or_IN")),
        col("gaon", "TEXT", "CITY", row_town("or_IN")),
        col("jilla", "TEXT", "STATE_REGION", lambda r: r["_region"], "cryptic-name"),
        col("caste_cat", "TEXT", "OTHER_PII", choice("SC", "ST", "OBC", "General", "ST"), "other-pii"),
        col("bpl", "TEXT", "OTHER_PII", choice("Y", "N", "N"), "other-pii"),
        col("blood_group", "TEXT", "OTHER_PII", choice(*BLOOD), "health"),
        col("gravida", "INTEGER", "OTHER_PII", integer(1, 6), "health"),
        col("lmp", "TEXT", "OPTIONAL", day_between(dt.date(2026, 2, 1), dt.date(2026, 10, 15)), "optional"),
        col("hiv_status", "TEXT", "OTHER_PII", weighted((("Non-reactive", 0.97), ("Reactive", 0.01), ("Not tested", 0.02))),
            "health"),
        col("asha", "TEXT", "PERSON_NAME", lambda r: r.fake.first_name_female(), "partial-format"),
        col("home_gps", "TEXT", "GEO_COORDINATES", wkt_point(OD_LAT, OD_LON), "partial-format"),
    ])


def _mother_age(r) -> int:
    r.born = TODAY - dt.timedelta(days=r.rng.randint(18 * 365, 42 * 365))
    return (TODAY - r.born).days // 365


def or_anc_visits():
    return table("or_anc_visits", 900, "or_IN", [
        col("visit_id", "INTEGER", "NONE", key),
        col("mcp_id", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(10 ** 11, 10 ** 12 - 1)}", "other-pii"),
        col("visit_no", "INTEGER", "OPTIONAL", integer(1, 4), "optional"),
        col("visit_date", "TEXT", "OPTIONAL", business_date, "optional"),
        col("wt_kg", "REAL", "OTHER_PII", amount(38, 82, 1), "health cryptic-name"),
        col("bp", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(95, 160)}/{r.rng.randint(60, 105)}", "health"),
        col("hb", "REAL", "OTHER_PII", amount(6.5, 13.5, 1), "health cryptic-name"),
        col("ifa_tabs", "INTEGER", "OTHER_PII", choice(0, 30, 60, 90, 180), "health"),
        col("td_dose", "TEXT", "OTHER_PII", choice("TD1", "TD2", "Booster", "-"), "health"),
        col("hrp", "INTEGER", "OTHER_PII", weighted(((0, 0.85), (1, 0.15))), "health cryptic-name"),
        col("anm", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name_female()} {r.fake.last_name()}"),
        col("next_due", "TEXT", "OPTIONAL", day_between(dt.date(2026, 12, 1), dt.date(2027, 3, 1)), "optional"),
    ])


# --- Kano fertiliser-subsidy scheme (ha_NG) ---------------------------------------------------

KANO_LAT, KANO_LON = (11.3, 12.6), (7.6, 9.3)
KANO_LGA = ("Dawakin Kudu", "Bichi", "Gaya", "Rano", "Kura", "Wudil", "Gwarzo", "Tudun Wada", "Bunkure", "Garun Mallam")


def ha_farmers():
    return table("ha_manoma", 650, "ha_NG", [
        col("farmer_id", "INTEGER", "NONE", key),
        col("sunan", "TEXT", "PERSON_NAME", named("ha_NG"), "cryptic-name"),
        col("nin", "TEXT", "GOV_ID", lambda r: ids.ng_nin(r.rng)),
        col("bvn", "TEXT", "GOV_ID", lambda r: ids.ng_bvn(r.rng)),
        col("waya", "TEXT", "PHONE", phone("ha_NG"), "cryptic-name"),
        col("jinsi", "TEXT", "GENDER", gender("Mace", "Namiji"), "cryptic-name"),
        col("shekarar_haihuwa", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("lga", "TEXT", "STATE_REGION", choice(*KANO_LGA)),
        col("gari", "TEXT", "CITY", lambda r: r.rng.choice(("Dawaki", "Bichi", "Gaya", "Rano", "Kura", "Wudil", "Gwarzo", "Karaye", "Kiru"))),
        col("gona_gps", "TEXT", "GEO_COORDINATES", lat_lon_text(KANO_LAT, KANO_LON), "partial-format"),
        col("kadada", "REAL", "OTHER_PII", amount(0.5, 12, 1), "other-pii"),
        col("amfani", "TEXT", "NONE", choice("masara", "dawa", "gero", "gyada", "shinkafa", "wake")),
        col("buhu_taki", "INTEGER", "OTHER_PII", integer(1, 10), "other-pii"),
        col("nuban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ng_nuban(r.rng)),
        col("banki", "TEXT", "NONE", lambda r: r.rng.choice(sorted(ids.NG_BANKS.values()))),
        col("kungiya", "TEXT", "NONE", lambda r: f"Kungiyar Manoma {r.rng.choice(KANO_LGA)}"),
    ])


def ha_warehouses():
    lat, lon = coord(KANO_LAT, KANO_LON)
    return table("ha_rumbuna", 300, "ha_NG", [
        col("id", "INTEGER", "NONE", key),
        col("sunan", "TEXT", "NONE", lambda r: f"Rumbun {r.rng.choice(KANO_LGA)} {r.i + 1}", "lying-name"),
        col("lga", "TEXT", "NONE", choice(*KANO_LGA), "thing-qi"),
        col("gari", "TEXT", "NONE", town_of("ha_NG"), "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("lon", "REAL", "NONE", lon, "thing-qi"),
        col("buhu", "INTEGER", "NONE", integer(500, 20000)),
        col("gateway_ip", "TEXT", "NONE", public_ip, "thing-qi"),
        col("scale_fw", "TEXT", "NONE", version4, "shape-alike"),
        col("ranar_haihuwa", "TEXT", "NONE", day_between(dt.date(1985, 1, 1), dt.date(2020, 1, 1)), "lying-name shape-alike"),
        col("waya_ofis", "TEXT", "OPTIONAL", lambda r: f"064 {r.rng.randint(100000, 999999)}", "optional"),
    ])


# --- Ibadan private school staging extract (yo_NG) --------------------------------------------

YO_STATES = ("Oyo", "Ogun", "Osun", "Ondo", "Ekiti", "Kwara", "Lagos", "Kogi")


def yo_stg_pupils():
    def address(r) -> str:
        street = r.rng.choice(("Ring Road", "Bodija Estate", "Oluyole Extension", "Iwo Road", "Agodi GRA", "Challenge"))
        return f"No {r.rng.randint(1, 90)}, {street}, {r.rng.choice(('Ibadan', 'Ibadan', 'Ogbomoso', 'Oyo'))}"

    def parent_email(r) -> str:
        return email_of(r, r.fake.first_name(), r["c2"].title(), ("gmail.com", "yahoo.com", "outlook.com"))

    return table("stg_pupils", 540, "yo_NG", [
        col("c1", "INTEGER", "NONE", key, "cryptic-name"),
        col("c2", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name().upper(), "cryptic-name partial-format"),
        col("c3", "TEXT", "PERSON_NAME", lambda r: f"{places.person(r, 'yo_NG')[0]} {r.fake.first_name()}",
            "cryptic-name partial-format"),
        col("c4", "INTEGER", "DATE_OF_BIRTH", lambda r: _pupil_born(r), "cryptic-name partial-format"),
        col("c5", "INTEGER", "GENDER", lambda r: 2 if r.sex == "F" else 1, "cryptic-name"),
        col("c6", "TEXT", "NONE", choice("JSS1", "JSS2", "JSS3", "SSS1", "SSS2", "SSS3"), "cryptic-name"),
        col("c7", "TEXT", "PHONE", phone("yo_NG"), "cryptic-name"),
        col("c8", "TEXT", "EMAIL", parent_email, "cryptic-name"),
        col("c9", "TEXT", "STREET_ADDRESS|CITY", address, "cryptic-name composite"),
        col("c10", "TEXT", "STATE_REGION", choice(*YO_STATES), "cryptic-name"),
        col("c11", "TEXT", "OTHER_PII", choice("Christianity", "Islam", "Christianity", "Islam", "Traditional"), "cryptic-name other-pii"),
        col("c12", "TEXT", "OTHER_PII", weighted((("AA", 0.75), ("AS", 0.22), ("SS", 0.02), ("AC", 0.01))), "cryptic-name health"),
        col("c13", "REAL", "OPTIONAL", amount(0, 350000, 0), "cryptic-name optional"),
        col("c14", "TEXT", "NONE", choice("2025/2026-1", "2025/2026-2", "2024/2025-3"), "cryptic-name"),
        col("c15", "TEXT", "NONE", choice("Red", "Blue", "Green", "Yellow"), "cryptic-name"),
        col("c16", "TEXT", "NONE", stamp, "cryptic-name"),
    ])


def _pupil_born(r) -> int:
    r.born = TODAY - dt.timedelta(days=r.rng.randint(10 * 365, 18 * 365))
    return int(r.born.strftime("%Y%m%d"))


# --- Onitsha market traders' union (ig_NG) ----------------------------------------------------

ONITSHA_LAT, ONITSHA_LON = (6.13, 6.17), (6.77, 6.80)
LINES = ("Bridgehead", "Main Market", "Ochanja", "Ose Okwodu", "Relief Market", "Electronics")


def ig_stalls():
    return table("ig_stalls", 420, "ig_NG", [
        col("stall_no", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDEFGH')}{r.i + 1:04d}"),
        col("market", "TEXT", "NONE", choice(*LINES)),
        col("line", "INTEGER", "NONE", integer(1, 60)),
        col("city", "TEXT", "NONE", choice("Onitsha"), "thing-qi constant"),
        col("lga", "TEXT", "NONE", choice("Onitsha North", "Onitsha South"), "thing-qi"),
        col("geom", "TEXT", "NONE", wkt_point(ONITSHA_LAT, ONITSHA_LON), "thing-qi partial-format"),
        col("rent_ngn", "INTEGER", "NONE", choice(180000, 250000, 400000, 650000)),
        col("meter_no", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, 16), "shape-alike"),
        col("cctv_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("dob", "TEXT", "NONE", day_between(dt.date(1976, 1, 1), dt.date(2024, 1, 1)), "lying-name shape-alike"),
    ])


def ig_traders():
    def phones(r) -> str:
        return json.dumps([phone("ig_NG")(r) for _ in range(r.rng.randint(1, 3))])

    def apprentices(r) -> str:
        return json.dumps([f"{r.fake.first_name_male()} {r.fake.last_name()}" for _ in range(r.rng.randint(0, 3))],
                          ensure_ascii=False)

    def next_of_kin(r) -> str:
        return f"{r.fake.first_name()} {r.fake.last_name()}, {phone('ig_NG')(r)}"

    return table("ig_traders", 600, "ig_NG", [
        col("trader_id", "INTEGER", "NONE", key),
        col("aha", "TEXT", "PERSON_NAME", named("ig_NG"), "cryptic-name"),
        col("phones", "JSON", "PHONE", phones, "list"),
        col("emails", "TEXT", "EMAIL", lambda r: "; ".join(row_email()(r) for _ in range(r.rng.randint(1, 2))), "list"),
        col("nuban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ng_nuban(r.rng)),
        col("stall_no", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDEFGH')}{r.rng.randint(1, 420):04d}"),
        col("goods", "TEXT", "NONE", choice("textiles", "spare parts", "electronics", "shoes", "provisions", "building materials")),
        col("obodo", "TEXT", "CITY", town_of("ig_NG"), "cryptic-name"),
        col("state_of_origin", "TEXT", "STATE_REGION", lambda r: places.town(r, "ig_NG")[1]),
        col("apprentices", "JSON", "PERSON_NAME", apprentices, "list"),
        col("next_of_kin", "TEXT", "PERSON_NAME|PHONE", next_of_kin, "composite"),
        col("dues_2026", "INTEGER", "NONE", choice(0, 12000, 24000)),
        col("pos_imei", "TEXT", "OTHER_PII", lambda r: ids.imei(r.rng), "device-id"),
        col("ussd_pin", "TEXT", "CREDENTIAL", lambda r: f"{r.rng.randint(0, 9999):04d}", "secret"),
        col("joined", "TEXT", "OPTIONAL", day_between(dt.date(1990, 1, 1), dt.date(2026, 1, 1)), "optional"),
    ])


TABLES = [or_phc, or_mothers, or_anc_visits, ha_farmers, ha_warehouses, yo_stg_pupils, ig_stalls, ig_traders]
