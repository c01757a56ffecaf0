"""h6_transport.sqlite: a Bangladeshi river ferry operator (bn_BD), a Nepali trekking agency
(ne_NP), the Tashkent metro's turnstiles and travel cards (uz_UZ), a Yorkshire bus depot
(en_GB) and a Dubai car-leasing company (ar_AE). Things (vessels, peaks, gates, buses, cars)
beside the people who use them."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout6 import ids
from benchmarks.heldout6 import makers as m

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
GHATS = ("সদরঘাট", "বরিশাল", "চাঁদপুর", "ভোলা", "পটুয়াখালী", "হুলারহাট", "ঝালকাঠি", "মাওয়া")


def ferry_vessels():
    return table("ferry_vessels", 320, "bn_BD", [
        col("vessel_id", "INTEGER", "NONE", lambda r: 1000 + r.i),
        col("vessel_name", "TEXT", "NONE", lambda r: f"এমভি {r.rng.choice(('সুন্দরবন', 'পারাবত', 'কীর্তনখোলা', 'মানামী', 'অ্যাডভেঞ্চার', 'সুরভী'))}-{r.rng.randint(1, 16)}"),
        col("imo_no", "TEXT", "NONE", lambda r: ids.imo(r.rng), "shape-alike"),
        col("home_ghat", "TEXT", "NONE", lambda r: r.rng.choice(GHATS), "thing-qi"),
        col("berth_address", "TEXT", "NONE", lambda r: m.one_line(r.fake.address()), "thing-qi"),
        col("last_lat", "REAL", "NONE", lambda r: m.near(r, 23.2, 90.4)[0], "thing-qi"),
        col("last_lon", "REAL", "NONE", lambda r: m.near(r, 23.2, 90.4)[1], "thing-qi"),
        col("ais_ip", "TEXT", "NONE", lambda r: m.private_ip(r), "thing-qi"),
        col("engine_fw", "TEXT", "NONE", lambda r: m.version(r, 10), "shape-alike"),
        col("capacity", "INTEGER", "NONE", lambda r: r.rng.choice((300, 450, 600, 800, 1200, 1500))),
        col("birth_date", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(1985, 1, 1), dt.date(2022, 1, 1)).isoformat(), "lying-name"),
        col("hull", "TEXT", "NONE", lambda r: r.rng.choice("MMMFFL"), "shape-alike"),
        col("photo_thumb", "BLOB", "NONE", lambda r: m.png(r), "binary"),
    ])


def _bn_mobile(r):
    number = f"+880 1{r.rng.choice('3456789')}{ids.digits(r.rng, 2)}-{ids.digits(r.rng, 6)}"
    return number.translate(BN_DIGITS) if r.p(0.35) else number


def ferry_tickets():
    return table("ferry_tickets", 600, "bn_BD", [
        col("ticket_no", "TEXT", "NONE", lambda r: f"01{r.rng.choice('3456789')}{ids.digits(r.rng, 8)}", "shape-alike"),
        col("vessel_id", "INTEGER", "NONE", lambda r: r.rng.randint(1000, 1319)),
        col("passenger", "TEXT", "PERSON_NAME", m.faker_name),
        col("nid", "TEXT", "GOV_ID", lambda r: ids.digits(r.rng, 10) if r.p(0.6) else f"{r.born.year}{ids.digits(r.rng, 13)}"),
        col("mobile", "TEXT", "PHONE", _bn_mobile),
        col("lingo", "TEXT", "GENDER", lambda r: "মহিলা" if r.sex == "F" else "পুরুষ", "cryptic-name"),
        col("age", "INTEGER", "OTHER_PII", lambda r: (dt.date(2026, 12, 1) - r.born).days // 365, "other-pii"),
        col("cabin", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDE')}-{r.rng.randint(1, 80)}"),
        col("fare_bdt", "REAL", "NONE", lambda r: float(r.rng.choice((350, 500, 1200, 2200, 4500)))),
        col("travel_date", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2026, 1, 1)).isoformat()),
        col("guardian", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name()}, {_bn_mobile(r)}", "composite"),
    ])


PEAKS = ("Mera", "Island", "Lobuche East", "Pisang", "Yala", "Chulu West", "Tent", "Naya Kanga", "Ama Dablam",
         "Pokalde", "Kyajo Ri", "Paldor", "Singu Chuli", "Tharpu Chuli", "Dhampus")
DISTRICTS = ("Solukhumbu", "Manang", "Rasuwa", "Kaski", "Dolakha", "Mustang", "Myagdi", "Taplejung")


def peaks():
    return table("peaks", 300, "ne_NP", [
        col("peak_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("name", "TEXT", "NONE", lambda r: f"{r.rng.choice(PEAKS)} {r.rng.choice(('Peak', 'Himal', 'North', 'South', ''))}".strip(), "lying-name"),
        col("height_m", "INTEGER", "NONE", lambda r: r.rng.randint(5500, 6999)),
        col("lat", "REAL", "NONE", lambda r: m.near(r, 28.2, 85.5, 0.9)[0], "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: m.near(r, 28.2, 85.5, 1.5)[1], "thing-qi"),
        col("district", "TEXT", "NONE", lambda r: r.rng.choice(DISTRICTS), "thing-qi"),
        col("zone_code", "TEXT", "NONE", lambda r: f"{r.rng.randint(10, 56)}{r.rng.randint(100, 999)}", "shape-alike"),
        col("permit_fee_usd", "INTEGER", "NONE", lambda r: r.rng.choice((250, 350, 500, 1800))),
        col("first_ascent", "INTEGER", "NONE", lambda r: r.rng.randint(1953, 2019)),
    ])


def _bs_date(r):
    """A birth date in Bikram Sambat (the calendar of Nepali documents): about 56 years 8 months ahead."""
    return f"{r.born.year + 56 + (r.born.month > 4)}-{(r.born.month + 8 - 1) % 12 + 1:02d}-{min(r.born.day, 30):02d}"


def trek_permits():
    return table("trek_permits", 700, "ne_NP", [
        col("permit_id", "TEXT", "NONE", lambda r: f"TIMS-26-{100000 + r.i}"),
        col("trekker", "TEXT", "PERSON_NAME", m.faker_name),
        col("citizenship_no", "TEXT", "GOV_ID", lambda r: f"{r.rng.randint(1, 77):02d}-{r.rng.randint(1, 9):02d}-{r.rng.randint(60, 80)}-{ids.digits(r.rng, 5)}"),
        col("nationality", "TEXT", "COUNTRY", lambda r: r.rng.choice(("नेपाली", "Nepal", "Nepal", "India", "Bhutan"))),
        col("dob_bs", "TEXT", "DATE_OF_BIRTH", _bs_date, "partial-format"),
        col("guide", "TEXT", "PERSON_NAME", lambda r: r.fake.name_male()),
        col("emergency_contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name()}, {m.phone(r, 'np')}", "composite"),
        col("insurance_policy", "TEXT", "OTHER_PII", lambda r: f"NLIC/TRV/{ids.digits(r.rng, 7)}", "other-pii"),
        col("route", "TEXT", "NONE", lambda r: r.rng.choice(("EBC", "Annapurna Circuit", "Langtang", "Manaslu", "Mardi Himal"))),
        col("altitude_notes", "TEXT", "OTHER_PII", lambda r: r.rng.choice((
            "none", "none", "none", "mild AMS at 4200 m, rested a day", "asthma, carries inhaler",
            "diabetic (type 1), insulin in cold bag", "descended from Lobuche: HACE suspected", "knee injury 2024",
            "on Diamox 125 mg", "high blood pressure, on amlodipine")), "health"),
        col("weight_kg", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(45, 98), 1), "other-pii"),
        col("entry_date", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2026, 1, 1)).isoformat()),
    ])


STATIONS = ("Chilonzor", "Mirzo Ulug'bek", "Novza", "Milliy bog'", "Bunyodkor", "Paxtakor", "Mustaqillik maydoni",
            "Amir Temur xiyoboni", "Hamid Olimjon", "Pushkin", "Buyuk ipak yo'li", "Oybek", "Kosmonavtlar",
            "Toshkent", "Yunus Rajabiy", "Minor", "Bodomzor", "Shahriston", "Yunusobod", "Turkiston")


def turnstiles():
    return table("turnstiles", 300, "uz_UZ", [
        col("gate_id", "TEXT", "NONE", lambda r: f"TM-{r.i:04d}"),
        col("station", "TEXT", "NONE", lambda r: r.rng.choice(STATIONS)),
        col("line", "TEXT", "NONE", lambda r: r.rng.choice(("Chilonzor", "O'zbekiston", "Yunusobod", "Halqa"))),
        col("address", "TEXT", "NONE", lambda r: f"Toshkent, {m.street(r, 'uz')}", "thing-qi"),
        col("postcode", "TEXT", "NONE", lambda r: f"100{r.rng.randint(0, 200):03d}", "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: m.near(r, 41.30, 69.27, 0.08)[0], "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: m.near(r, 41.30, 69.27, 0.08)[1], "thing-qi"),
        col("ip", "TEXT", "NONE", lambda r: m.private_ip(r, "172.20"), "thing-qi"),
        col("firmware", "TEXT", "NONE", lambda r: m.version(r, 4), "shape-alike"),
        col("serial", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, "8600", 16), "shape-alike"),
        col("f3", "INTEGER", "NONE", lambda r: r.rng.randint(200, 9000), "cryptic-name"),
    ])


def metro_cards():
    return table("metro_cards", 800, "uz_UZ", [
        col("card_id", "INTEGER", "NONE", lambda r: 5_000_000 + r.i),
        col("holder", "TEXT", "PERSON_NAME", m.faker_name),
        col("pinfl", "TEXT", "GOV_ID", lambda r: ids.uz_pinfl(r.rng, r.born, r.sex)),
        col("passport", "TEXT", "GOV_ID", lambda r: ids.passport(r.rng, 2, 7)),
        col("phone", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("tug_sana", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.strftime("%d.%m.%Y"), "cryptic-name"),
        col("jinsi", "TEXT", "GENDER", lambda r: "ayol" if r.sex == "F" else "erkak", "cryptic-name"),
        col("balance_uzs", "INTEGER", "NONE", lambda r: r.rng.randrange(0, 200_000, 100)),
        col("benefit", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("", "", "", "talaba", "nafaqaxo'r", "nogironlik II guruh", "nogironlik I guruh", "ko'p bolali ona")), "health"),
        col("linked_card", "TEXT", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), "partial-format"),
        col("nfc_key", "BLOB", "CREDENTIAL", lambda r: r.rng.randbytes(16), "binary secret"),
    ])


def bus_fleet():
    return table("bus_fleet", 300, "en_GB", [
        col("fleet_no", "INTEGER", "NONE", lambda r: 30000 + r.i),
        col("radio_id", "TEXT", "NONE", lambda r: f"07700 9{ids.digits(r.rng, 5)}", "shape-alike"),
        col("reg_plate", "TEXT", "NONE", lambda r: f"{r.rng.choice(('YJ', 'YK', 'BX', 'SN', 'MX'))}{r.rng.choice(('19', '21', '68', '71', '23'))} {r.fake.lexify('???', letters='ABCDEFGHJKLMNOPRSTUVWXYZ')}", "thing-qi"),
        col("vin", "TEXT", "NONE", lambda r: "SFD" + r.fake.bothify("??#######?#####", letters="ABCDEFGHJKLMNPRSTUVWXYZ")[:14], "thing-qi"),
        col("name", "TEXT", "NONE", lambda r: r.rng.choice(("Pennine Star", "Spirit of Leeds", "Aire Valley", "White Rose", "Calder Flyer", "Dales Rambler", "Wharfedale")), "lying-name"),
        col("depot", "TEXT", "NONE", lambda r: r.rng.choice(("Bramley", "Hunslet Park", "Halifax", "Huddersfield", "Wakefield"))),
        col("depot_postcode", "TEXT", "NONE", lambda r: r.rng.choice(("LS13 3DU", "LS10 1LD", "HX1 5QH", "HD1 6BU", "WF1 1QT")), "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: m.near(r, 53.78, -1.6, 0.2)[0], "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: m.near(r, 53.78, -1.6, 0.2)[1], "thing-qi"),
        col("telematics_ip", "TEXT", "NONE", lambda r: m.public_ip(r), "thing-qi"),
        col("fw", "TEXT", "NONE", lambda r: m.version(r, 8), "shape-alike"),
        col("euro", "TEXT", "NONE", lambda r: r.rng.choice(("V", "VI", "VI", "EV"))),
        col("mot_due", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2026, 12, 1), dt.date(2027, 12, 1)).isoformat()),
    ])


NATIONALITIES = ("United Arab Emirates", "India", "Pakistan", "Philippines", "Egypt", "United Kingdom", "Jordan")


def lease_cars():
    return table("lease_cars", 300, "ar_AE", [
        col("car_id", "INTEGER", "NONE", lambda r: 700 + r.i),
        col("vin", "TEXT", "NONE", lambda r: r.rng.choice(("JTM", "KMH", "WBA", "1FM")) + r.fake.bothify("??#####?#######", letters="ABCDEFGHJKLMNPRSTUVWXYZ")[:14], "thing-qi"),
        col("plate", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Dubai', 'Abu Dhabi', 'Sharjah'))} {r.rng.choice('ABCDHKLMNPRS')} {r.rng.randint(1000, 99999)}", "thing-qi"),
        col("model", "TEXT", "NONE", lambda r: r.rng.choice(("Toyota Camry", "Nissan Patrol", "Kia Sportage", "Hyundai Elantra", "Ford Edge"))),
        col("colour", "TEXT", "NONE", lambda r: r.rng.choice(("white", "silver", "black", "grey"))),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.imei(r.rng), "thing-qi shape-alike"),
        col("yard_lat", "REAL", "NONE", lambda r: m.near(r, 25.2, 55.3, 0.15)[0], "thing-qi"),
        col("yard_lon", "REAL", "NONE", lambda r: m.near(r, 25.2, 55.3, 0.15)[1], "thing-qi"),
        col("odometer_km", "INTEGER", "NONE", lambda r: r.rng.randint(500, 180_000)),
        col("daily_rate_aed", "INTEGER", "NONE", lambda r: r.rng.choice((89, 119, 149, 249, 399))),
    ])


def _ae_address(r):
    emirate_town, _ = m.town(r, "ae")
    return f"{r.rng.choice(('Villa', 'Flat', 'Apt'))} {r.rng.randint(1, 2400)}, {m.street(r, 'ae')}, {emirate_town}"


def lease_contracts():
    return table("lease_contracts", 700, "ar_AE", [
        col("contract_no", "TEXT", "NONE", lambda r: f"LC-{2026}-{r.i:05d}"),
        col("car_id", "INTEGER", "NONE", lambda r: r.rng.randint(700, 999)),
        col("lessee", "TEXT", "PERSON_NAME", lambda r: m.full_name(r, "ae")),
        col("emirates_id", "TEXT", "GOV_ID", lambda r: ids.emirates_id(r.rng, r.born)),
        col("nationality", "TEXT", "COUNTRY", lambda r: r.rng.choice(NATIONALITIES)),
        col("mobile", "TEXT", "PHONE", lambda r: m.phone(r, "ae")),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r, r["lessee"], ("gmail.com", "hotmail.com", "emirates.net.ae", "outlook.com"))),
        col("address", "TEXT", "STREET_ADDRESS|CITY", _ae_address, "composite"),
        col("monthly_salary_aed", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(6000, 60000, 500), "other-pii"),
        col("card_masked", "TEXT", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), "partial-format"),
        col("own_car_plate", "TEXT", "OTHER_PII", lambda r: f"{r.rng.choice(('Dubai', 'AD', 'SHJ'))} {r.rng.choice('ABCDEFGHIJK')} {r.rng.randint(100, 99999)}", "other-pii"),
        col("dl_no", "TEXT", "GOV_ID", lambda r: ids.digits(r.rng, 7), "cryptic-name"),
        col("deposit_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_of(r.rng, "AE")),
        col("delivery_point", "TEXT", "GEO_COORDINATES", lambda r: "POINT({1} {0})".format(*m.near(r, 25.15, 55.25, 0.2)), "partial-format"),
        col("portal_token", "TEXT", "CREDENTIAL", lambda r: "lc_" + m.token(r, 24), "secret"),
        col("contract_sha", "BLOB", "NONE", m.digest_bytes, "binary"),
    ])


TABLES = [ferry_vessels, ferry_tickets, peaks, trek_permits, turnstiles, metro_cards, bus_fleet, lease_cars,
          lease_contracts]
