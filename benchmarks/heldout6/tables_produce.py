"""h6_produce.sqlite: an Armenian brandy distillery (hy_AM; casks vs staff), an Azerbaijani
carpet workshop (az_AZ; carpets vs weavers), a Saudi date-palm farm (ar_SA; irrigation pumps
vs labourers), an Albanian olive-oil cooperative (sq_AL; pressings vs members) and a Ghanaian
cocoa buyer (tw_GH; stores vs farmers' purchases)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout6 import ids
from benchmarks.heldout6 import makers as m

HY_LATIN = ("arman", "narek", "ani", "lilit", "hayk", "gor", "tatev", "mariam", "davit", "anush", "aram", "sona")
HY_LATIN_LAST = ("petrosyan", "hakobyan", "grigoryan", "sargsyan", "harutyunyan", "avetisyan", "karapetyan")


def casks():
    return table("casks", 400, "hy_AM", [
        col("cask_code", "TEXT", "NONE", lambda r: f"AR-{r.rng.randint(1000, 9999)}-{r.rng.choice('ABCD')}"),
        col("title", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Nairi', 'Akhtamar', 'Dvin', 'Ani', 'Vaspurakan', 'Noy'))} {r.rng.choice((3, 5, 10, 20, 30))}"),
        col("date_of_birth", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(1990, 1, 1), dt.date(2024, 1, 1)).isoformat(), "lying-name"),
        col("volume_l", "INTEGER", "NONE", lambda r: r.rng.choice((225, 300, 500, 1000))),
        col("abv", "REAL", "NONE", lambda r: round(r.rng.uniform(40, 70), 1)),
        col("lot", "TEXT", "NONE", lambda r: f"{r.rng.randint(0, 40):02d}{r.rng.randint(0, 99):02d}", "shape-alike"),
        col("cellar_address", "TEXT", "NONE", lambda r: m.one_line(r.fake.address()), "thing-qi"),
        col("cellar_point", "TEXT", "NONE", lambda r: "POINT({1} {0})".format(*m.near(r, 40.18, 44.51, 0.05)), "thing-qi"),
        col("oak", "TEXT", "NONE", lambda r: r.rng.choice(("Caucasian", "Caucasian", "French", "American"))),
        col("attr2", "TEXT", "NONE", lambda r: r.rng.choice(("VS", "VSOP", "XO", "XXO")), "cryptic-name"),
        col("label_thumb", "BLOB", "NONE", lambda r: m.png(r, 12, 6), "binary"),
    ])


def distillery_staff():
    return table("distillery_staff", 350, "hy_AM", [
        col("staff_id", "INTEGER", "NONE", lambda r: 100 + r.i),
        col("full_name", "TEXT", "PERSON_NAME", m.faker_name),
        col("social_card", "TEXT", "GOV_ID", lambda r: ids.digits(r.rng, 10)),
        col("phone", "TEXT", "PHONE", lambda r: m.phone(r, "am")),
        col("city", "TEXT", "CITY", lambda r: r.fake.city()),
        col("street", "TEXT", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("postcode", "TEXT", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("salary_amd", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(180_000, 1_200_000, 5000), "other-pii"),
        col("account_no", "TEXT", "BANK_ACCOUNT", lambda r: r.rng.choice(("1570", "2470", "1930", "2050")) + ids.digits(r.rng, 12)),
        col("login", "TEXT", "OTHER_PII", lambda r: f"{r.rng.choice(HY_LATIN)}.{r.rng.choice(HY_LATIN_LAST)}", "other-pii"),
        col("pw_hash", "TEXT", "CREDENTIAL", m.bcrypt_like, "secret"),
        col("marital", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("ամուսնացած", "ամուրի", "ամուսնալուծված", "այրի")), "other-pii"),
        col("role", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("թորող", "տակառագործ", "լաբորանտ", "պահեստապետ", "վարորդ")), "optional"),
        col("badge_token", "BLOB", "CREDENTIAL", lambda r: r.rng.randbytes(20), "binary secret"),
    ])


def carpets():
    return table("carpets", 400, "az_AZ", [
        col("carpet_id", "INTEGER", "NONE", lambda r: 20000 + r.i),
        col("design", "TEXT", "NONE", lambda r: r.rng.choice(("Qarabağ", "Quba", "Şirvan", "Təbriz", "Gəncə", "Qazax", "Bakı"))),
        col("title", "TEXT", "NONE", lambda r: r.rng.choice(("Çələbi", "Xətai", "Dragon", "Xanlıq", "Bahar", "Ləmpə", "Qollu Çiçi"))),
        col("knots_dm2", "INTEGER", "NONE", lambda r: r.rng.choice((1600, 2500, 3600, 4900, 6400))),
        col("width_cm", "INTEGER", "NONE", lambda r: r.rng.randrange(60, 300, 10)),
        col("length_cm", "INTEGER", "NONE", lambda r: r.rng.randrange(90, 450, 10)),
        col("price_azn", "REAL", "NONE", lambda r: m.amount(r, 150, 9000, 5)),
        col("weaver_id", "INTEGER", "NONE", lambda r: r.rng.randint(1, 350)),
        col("dye_code", "TEXT", "NONE", lambda r: f"AZ{r.rng.randint(10, 70)}{r.rng.randint(0, 9)}{r.rng.randint(0, 9)}", "shape-alike"),
        col("finished", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2023, 1, 1)).isoformat()),
        col("x", "TEXT", "NONE", lambda r: r.rng.choice("AABBC"), "cryptic-name"),
    ])


def weavers():
    return table("weavers", 350, "az_AZ", [
        col("weaver_id", "INTEGER", "NONE", lambda r: 1 + r.i),
        col("ad", "TEXT", "PERSON_NAME", m.faker_given, "cryptic-name partial-format"),
        col("soyad", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name(), "partial-format"),
        col("ata_adi", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name_male()} {'qızı' if r.sex == 'F' else 'oğlu'}", "partial-format"),
        col("fin", "TEXT", "GOV_ID", lambda r: ids.az_fin(r.rng), "cryptic-name"),
        col("voen", "TEXT", "GOV_ID", lambda r: ids.az_voen_person(r.rng)),
        col("kend", "TEXT", "CITY", lambda r: r.fake.city(), "cryptic-name"),
        col("unvan", "TEXT", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("poct_indeksi", "TEXT", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("ev_lat", "REAL", "GEO_COORDINATES", lambda r: m.near(r, 40.6, 47.5, 1.2)[0], "cryptic-name"),
        col("ev_lon", "REAL", "GEO_COORDINATES", lambda r: m.near(r, 40.6, 47.5, 1.2)[1], "cryptic-name"),
        col("mobil", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("dogum_tarixi", "TEXT", "DATE_OF_BIRTH", lambda r: r.born.strftime("%d.%m.%Y")),
        col("cins", "TEXT", "GENDER", lambda r: "Qadın" if r.sex == "F" else "Kişi"),
        col("piece_rate_azn", "REAL", "OTHER_PII", lambda r: m.amount(r, 2, 12, 0.5), "other-pii"),
        col("tehsil", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("orta", "orta", "peşə", "ali", "natamam orta")), "other-pii cryptic-name"),
    ])


def palm_pumps():
    return table("palm_pumps", 300, "ar_SA", [
        col("pump_id", "TEXT", "NONE", lambda r: f"P-{r.i:04d}"),
        col("farm_block", "TEXT", "NONE", lambda r: f"Block {r.rng.randint(1, 60)}"),
        col("region", "TEXT", "NONE", lambda r: m.town(r, "sa")[1], "thing-qi"),
        col("location", "TEXT", "NONE", lambda r: "POINT({1} {0})".format(*m.near(r, 25.38, 49.58, 0.3)), "thing-qi"),
        col("controller_ip", "TEXT", "NONE", lambda r: m.private_ip(r, "192.168"), "thing-qi"),
        col("modem_msisdn", "TEXT", "NONE", lambda r: f"+9665{r.rng.choice('0345')}{ids.digits(r.rng, 7)}", "thing-qi shape-alike"),
        col("fw", "TEXT", "NONE", lambda r: m.version(r, 3), "shape-alike"),
        col("flow_m3h", "REAL", "NONE", lambda r: round(r.rng.uniform(20, 180), 1)),
        col("hours_run", "INTEGER", "NONE", lambda r: r.rng.randint(0, 40000)),
        col("installed", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2012, 1, 1)).isoformat()),
    ])


def _hijri(r):
    """A Hijri (Umm al-Qura) birth date, approximated: year = (AD - 622) * 33 / 32."""
    year = int((r.born.year - 622) * 33 / 32)
    return f"{year}/{r.rng.randint(1, 12):02d}/{r.rng.randint(1, 29):02d}"


def palm_workers():
    return table("palm_workers", 500, "ar_SA", [
        col("worker_id", "INTEGER", "NONE", lambda r: 4000 + r.i),
        col("name_ar", "TEXT", "PERSON_NAME", m.faker_name),
        col("iqama", "TEXT", "GOV_ID", lambda r: ids.saudi_iqama(r.rng)),
        col("passport_no", "TEXT", "GOV_ID", lambda r: ids.passport(r.rng, 1, 8)),
        col("nationality", "TEXT", "COUNTRY", lambda r: r.rng.choice(("بنغلاديش", "الهند", "مصر", "باكستان", "اليمن", "السودان"))),
        col("dob_hijri", "TEXT", "DATE_OF_BIRTH", _hijri, "partial-format"),
        col("mobile", "TEXT", "PHONE", lambda r: m.phone(r, "sa")),
        col("wage_sar", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(1200, 4500, 50), "other-pii"),
        col("medical_exam", "TEXT", "OTHER_PII", lambda r: r.rng.choice((
            "لائق", "لائق", "لائق", "لائق - ضغط دم مرتفع", "غير لائق - اشتباه سل", "لائق - سكري", "لائق - تطعيم التهاب الكبد ب")), "health"),
        col("blood", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("O+", "A+", "B+", "AB+", "O-", "A-")), "health"),
        col("salary_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_of(r.rng, "SA")),
        col("home_contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.name_male()} (أخ) +880 1{ids.digits(r.rng, 9)}", "composite"),
    ])


def press_lots():
    return table("press_lots", 400, "sq_AL", [
        col("lot_id", "INTEGER", "NONE", lambda r: 900 + r.i),
        col("press", "TEXT", "NONE", lambda r: r.rng.choice(("Mulliri i Vjetër", "Frantoio Kuç", "Vaji Përmet", "Ulliri Mallakastër"))),
        col("village", "TEXT", "NONE", lambda r: m.town(r, "al")[0], "thing-qi"),
        col("press_postcode", "TEXT", "NONE", lambda r: m.town(r, "al")[1], "thing-qi"),
        col("member_id", "INTEGER", "NONE", lambda r: r.rng.randint(1, 450)),
        col("kg", "INTEGER", "NONE", lambda r: r.rng.randint(80, 4000)),
        col("acidity", "REAL", "NONE", lambda r: round(r.rng.uniform(0.1, 2.5), 2)),
        col("yield_l", "REAL", "NONE", lambda r: round(r.rng.uniform(10, 800), 1)),
        col("attr2", "TEXT", "NONE", lambda r: r.rng.choice(("EV", "EV", "V", "L")), "cryptic-name"),
        col("bio", "INTEGER", "NONE", lambda r: int(r.p(0.3)), "shape-alike"),
        col("pressed_on", "TEXT", "NONE", lambda r: m.day_between(r, dt.date(2025, 10, 1), dt.date(2026, 2, 1)).isoformat()),
    ])


def coop_members():
    return table("coop_members", 450, "sq_AL", [
        col("member_id", "INTEGER", "NONE", lambda r: 1 + r.i),
        col("emri", "TEXT", "PERSON_NAME", lambda r: m.given(r, "al"), "partial-format"),
        col("mbiemri", "TEXT", "PERSON_NAME", lambda r: m.surname(r, "al"), "partial-format"),
        col("nid", "TEXT", "GOV_ID", lambda r: ids.al_personal_number(r.rng, r.born, r.sex)),
        col("gjinia", "TEXT", "GENDER", lambda r: r.sex),
        col("qyteti", "TEXT", "CITY", lambda r: m.town(r, "al")[0]),
        col("adresa", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(('Rruga e Durrësit', 'Lagjja 1 Maji', 'Rruga Myslym Shyri', 'Lagjja Kala', 'Rruga Ismail Qemali'))}, Nr. {r.rng.randint(1, 120)}"),
        col("kodi_postar", "TEXT", "POSTAL_CODE", lambda r: m.town(r, "al")[1]),
        col("tel", "TEXT", "PHONE", lambda r: m.phone(r, "al")),
        col("email", "TEXT", "EMAIL", lambda r: m.email(r, f"{r['emri']} {r['mbiemri']}", ("gmail.com", "yahoo.com", "abcom.al"))),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_of(r.rng, "AL")),
        col("last_login_ip", "TEXT", "IP_ADDRESS", m.public_ip),
        col("subsidy_lek", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(0, 400_000, 1000), "other-pii"),
        col("hectares", "REAL", "OPTIONAL", lambda r: round(r.rng.uniform(0.2, 12), 2), "optional"),
    ])


GH_SOCIETIES = ("Abuakwa Nkabom", "Goaso Cocoa Farmers", "Asankragwa United", "Dunkwa Mmoa", "Bibiani Progressive")


def cocoa_stores():
    return table("cocoa_stores", 300, "tw_GH", [
        col("store_id", "INTEGER", "NONE", lambda r: 60 + r.i),
        col("society", "TEXT", "NONE", lambda r: r.rng.choice(GH_SOCIETIES)),
        col("town", "TEXT", "NONE", lambda r: m.town(r, "gh")[0], "thing-qi"),
        col("region", "TEXT", "NONE", lambda r: m.town(r, "gh")[1], "thing-qi"),
        col("gps_address", "TEXT", "NONE", lambda r: f"{r.rng.choice(('AK', 'BA', 'WN', 'CR', 'EA'))}-{r.rng.randint(10, 999):03d}-{r.rng.randint(1000, 9999)}", "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: m.near(r, 6.7, -1.8, 0.6)[0], "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: m.near(r, 6.7, -1.8, 0.6)[1], "thing-qi"),
        col("capacity_bags", "INTEGER", "NONE", lambda r: r.rng.choice((500, 1000, 2000, 5000))),
        col("scale_serial", "TEXT", "NONE", lambda r: f"GH-{ids.digits(r.rng, 9)}-{ids.digits(r.rng, 1)}", "shape-alike"),
    ])


def _cocoa_note(r):
    plain = ("paid in full", "2 bags wet, regraded", "paid by momo", "cash", "bags re-weighed", "", "",
             "farmer to bring more next week", "receipt reprinted")
    return m.note(r, 0.1, plain, lambda r: r.rng.choice((
        f"farmer sent wife {m.other_name(r, 'gh')} to collect",
        f"pay to son {m.other_name(r, 'gh')}, momo {m.phone(r, 'gh')}",
        f"call {m.phone(r, 'gh')} about missing bags",
        f"complaint forwarded to {m.other_name(r, 'gh').split()[0].lower()}@cocobod.gh")))


def cocoa_purchases():
    return table("cocoa_purchases", 700, "tw_GH", [
        col("receipt_no", "TEXT", "NONE", lambda r: f"R{2026}{r.i:06d}"),
        col("farmer", "TEXT", "PERSON_NAME", m.faker_name),
        col("ghana_card", "TEXT", "GOV_ID", lambda r: ids.gh_card(r.rng)),
        col("momo_number", "TEXT", "PHONE", lambda r: m.phone(r, "gh")),
        col("year_born", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("store_id", "INTEGER", "NONE", lambda r: r.rng.randint(60, 359)),
        col("bags", "INTEGER", "NONE", lambda r: r.rng.randint(1, 40)),
        col("net_kg", "REAL", "NONE", lambda r: round(r["bags"] * r.rng.uniform(62, 64.5), 1)),
        col("price_ghs", "REAL", "NONE", lambda r: round(r["net_kg"] * 51.66, 2)),
        col("purchase_clerk", "TEXT", "PERSON_NAME", lambda r: m.other_name(r, "gh")),
        col("farm_gps", "TEXT", "GEO_COORDINATES", lambda r: "{0},{1}".format(*m.near(r, 6.7, -2.0, 0.9)), "partial-format"),
        col("clerk_note", "TEXT", "FREE_TEXT_PII", _cocoa_note, "free-text"),
    ])


TABLES = [casks, distillery_staff, carpets, weavers, palm_pumps, palm_workers, press_lots, coop_members,
          cocoa_stores, cocoa_purchases]
