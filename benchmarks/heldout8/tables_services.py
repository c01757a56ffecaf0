"""h8_services.sqlite: a Ramallah microfinance institution (ar_PS; branches vs borrowers and
repayments), a Moselle wine-growers' cooperative (de_LU; vineyard parcels vs members), a
Chiang Mai guesthouse and cooking school (en_TH; rooms vs guests and class bookings) and an
Irish-language summer college in the Gaeltacht (ga_IE; venues vs students and host families)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout8 import ids, places
from benchmarks.heldout8.makers import (amount, bcrypt_like, blob, born, born_between, business_date, choice, coord,
                                        day_between, email_of, free_text, gender, given_family, hijri, integer, ipv6, key,
                                        lat_lon_text, mac, named, phone, private_ip, public_ip, row_email, row_town,
                                        sha256_hex, town_of, version4)

# --- Ramallah microfinance (ar_PS) ------------------------------------------------------------

PS_LAT, PS_LON = (31.35, 32.50), (34.95, 35.55)


def ps_branches():
    lat, lon = coord(PS_LAT, PS_LON)

    def phone_of_branch(r) -> str:
        return f"02 29{r.rng.randint(10000, 99999)}"

    return table("ps_branches", 300, "ar_PS", [
        col("branch_id", "INTEGER", "NONE", key),
        col("اسم_الفرع", "TEXT", "NONE", lambda r: f"فرع {r.rng.choice(('المركز', 'الشمال', 'الجنوب', 'السوق', 'الجامعة'))} {r.i + 1}"),
        col("المدينة", "TEXT", "NONE", row_town("ar_PS"), "thing-qi"),
        col("المحافظة", "TEXT", "NONE", lambda r: r["_region"], "thing-qi"),
        col("العنوان", "TEXT", "NONE", lambda r: f"شارع {r.rng.choice(('القدس', 'الإرسال', 'فيصل', 'عمان', 'النهضة'))} {r.rng.randint(1, 90)}",
            "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("lng", "REAL", "NONE", lon, "thing-qi"),
        col("هاتف_الفرع", "TEXT", "OPTIONAL", phone_of_branch, "optional"),
        col("atm_ip", "TEXT", "NONE", public_ip, "thing-qi"),
        col("opened", "TEXT", "NONE", day_between(dt.date(1996, 1, 1), dt.date(2024, 1, 1))),
        col("تاريخ_الميلاد", "TEXT", "NONE", day_between(dt.date(1996, 1, 1), dt.date(2024, 1, 1)), "lying-name"),
    ])


def ps_borrowers():
    def guarantor(r) -> str:
        given, family = places.person(r, "ar_PS", "M")
        return f"{given} {family}، {phone('ar_PS')(r)}"

    return table("ps_borrowers", 560, "ar_PS", [
        col("borrower_id", "INTEGER", "NONE", key),
        col("الاسم_الأول", "TEXT", "PERSON_NAME", given_family("ar_PS"), "partial-format"),
        col("اسم_العائلة", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("رقم_الهوية", "TEXT", "GOV_ID", lambda r: ids.ps_id(r.rng)),
        col("dob_hijri", "TEXT", "DATE_OF_BIRTH", lambda r: "{}/{:02d}".format(*hijri(r.born)[:2]), "partial-format"),
        col("الجنس", "TEXT", "GENDER", gender("أنثى", "ذكر")),
        col("جوال", "TEXT", "PHONE", phone("ar_PS")),
        col("المدينة", "TEXT", "CITY", town_of("ar_PS")),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ps_iban(r.rng)),
        col("loan_ils", "INTEGER", "OTHER_PII", integer(2000, 60000), "other-pii"),
        col("monthly_income", "INTEGER", "OTHER_PII", integer(1500, 9000), "other-pii"),
        col("الحالة_الاجتماعية", "TEXT", "OTHER_PII", choice("متزوجة", "متزوج", "أعزب", "عزباء", "أرملة", "مطلقة"), "other-pii"),
        col("household_size", "INTEGER", "OTHER_PII", integer(1, 11), "other-pii"),
        col("purpose", "TEXT", "NONE", choice("خياطة", "بقالة", "تربية أغنام", "معصرة زيتون", "تطريز", "مخبز")),
        col("الكفيل", "TEXT", "PERSON_NAME|PHONE", guarantor, "composite"),
        col("officer", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "ar_PS"))),
    ])


PS_NOTES = ("دفعة في موعدها.", "تأخير أسبوع بسبب الحواجز.", "دفع نقداً في الفرع.", "تم الدفع عبر المحفظة.",
            "طلب تأجيل القسط.", "لا ملاحظات.")


def ps_repayments():
    return table("ps_repayments", 900, "ar_PS", [
        col("id", "INTEGER", "NONE", key),
        col("borrower_id", "INTEGER", "NONE", integer(1, 560)),
        col("paid_on", "TEXT", "NONE", business_date),
        col("amount", "REAL", "NONE", amount(100, 2500)),
        col("channel", "TEXT", "NONE", choice("cash", "jawwal_pay", "bank", "pal_pay")),
        col("receipt", "TEXT", "NONE", lambda r: f"05{r.rng.randint(90000000, 99999999)}", "shape-alike"),
        col("collector", "TEXT", "PERSON_NAME", lambda r: places.person(r, "ar_PS")[0], "partial-format"),
        col("ملاحظات", "TEXT", "FREE_TEXT_PII", free_text(PS_NOTES, lambda r: r.rng.choice((
            f"اتصلت زوجته {places.person(r, 'ar_PS', 'F')[0]} على {phone('ar_PS')(r)}",
            f"دفع عنه أخوه {' '.join(places.person(r, 'ar_PS', 'M'))}."))), "free-text"),
    ])


# --- Moselle wine-growers' cooperative (de_LU) ------------------------------------------------

MOSELLE_LAT, MOSELLE_LON = (49.45, 49.72), (6.30, 6.52)


def lu_parcels():
    return table("lu_parzellen", 480, "de_LU", [
        col("parzelle_id", "INTEGER", "NONE", key),
        col("kadaster", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 2999)}/{r.rng.randint(1000, 9999)}"),
        col("lage", "TEXT", "NONE", choice("Wormer Koeppchen", "Ehnener Bamberg", "Remicher Primerberg",
                                           "Schengener Markusberg", "Grevenmacher Fels", "Wellensteiner Kurschels")),
        col("gemeng", "TEXT", "NONE", town_of("de_LU"), "thing-qi cryptic-name"),
        col("plz", "TEXT", "NONE", lambda r: f"L-{r.rng.choice(('5401', '5440', '5471', '5480', '5501', '6701'))}", "thing-qi"),
        col("geo", "TEXT", "NONE", lat_lon_text(MOSELLE_LAT, MOSELLE_LON), "thing-qi partial-format"),
        col("rebsorte", "TEXT", "NONE", choice("Rivaner", "Auxerrois", "Pinot gris", "Riesling", "Elbling", "Pinot noir")),
        col("flaech_ar", "REAL", "NONE", amount(4, 120, 1)),
        col("gepflanzt", "TEXT", "NONE", day_between(dt.date(1965, 1, 1), dt.date(2022, 12, 31), "%d.%m.%Y"), "shape-alike"),
        col("wetterstation_ip", "TEXT", "NONE", public_ip, "thing-qi"),
        col("member_no", "INTEGER", "NONE", integer(1, 420)),
        col("bemierkung", "TEXT", "NONE", choice("Drahtrahmen erneiert", "Hagelschued 2025", "Terrassen, Handlese",
                                                  "Bio-Ëmstellung", "Pheromonfallen", "Neipflanzung geplangt", ""),
            "free-text-none"),
    ])


def lu_members():
    def address(r) -> str:
        town = places.town(r, "de_LU")[0]
        street = r.rng.choice(("route du Vin", "rue de la Moselle", "Kiirchestrooss", "rue Principale", "Bréckewee"))
        return f"{r.rng.randint(1, 120)}, {street}, {places.LU_POSTCODES[town]}{r.rng.randint(10, 99)} {town}"

    return table("lu_memberen", 420, "de_LU", [
        col("member_no", "INTEGER", "NONE", key),
        col("numm", "TEXT", "PERSON_NAME", named("de_LU", "{FAMILY} {given}")),
        col("virnumm", "TEXT", "PERSON_NAME", lambda r: r["_given"], "partial-format cryptic-name"),
        col("familljennumm", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format cryptic-name"),
        col("matricule", "TEXT", "GOV_ID", lambda r: ids.lu_matricule(r.rng, r.born)),
        col("gebuertsdatum", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("adress", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", address, "composite"),
        col("telefon", "TEXT", "PHONE", phone("de_LU")),
        col("email", "TEXT", "EMAIL", row_email(("pt.lu", "internet.lu", "gmail.com", "vo.lu"))),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.lu_iban(r.rng)),
        col("portal_ip", "TEXT", "IP_ADDRESS", ipv6, "partial-format"),
        col("tva_betrib", "TEXT", "NONE", lambda r: _lu_tva(r), "shape-alike"),
        col("hektoliter_2025", "REAL", "NONE", amount(5, 900, 1)),
        col("auszahlung_eur", "REAL", "OTHER_PII", amount(2000, 240000), "other-pii"),
        col("mitglidd_zanter", "TEXT", "OPTIONAL", day_between(dt.date(1970, 1, 1), dt.date(2025, 1, 1)), "optional"),
        col("nationaliteit", "TEXT", "COUNTRY", choice("lëtzebuergesch", "lëtzebuergesch", "portugisesch", "franséisch",
                                                        "däitsch", "belsch")),
    ])


def _lu_tva(r) -> str:
    body = r.rng.randint(100000, 999999)
    return f"LU{body}{body % 89:02d}"


# --- Chiang Mai guesthouse and cooking school (en_TH) -----------------------------------------

CM_LAT, CM_LON = (18.76, 18.81), (98.96, 99.01)
NATIONALITY = ("Thai", "Thai", "Thai", "German", "French", "Japanese", "Chinese", "British", "Israeli", "Korean",
               "Australian", "Dutch")


def th_rooms():
    lat, lon = coord(CM_LAT, CM_LON)
    return table("th_rooms", 300, "en_TH", [
        col("room_id", "INTEGER", "NONE", key),
        col("building", "TEXT", "NONE", choice("Baan Lanna", "Baan Suan", "Garden Wing", "Old House")),
        col("room_no", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 3)}{r.rng.randint(1, 20):02d}"),
        col("beds", "INTEGER", "NONE", integer(1, 4)),
        col("rate_thb", "INTEGER", "NONE", choice(650, 900, 1200, 1800, 2500)),
        col("soi", "TEXT", "NONE", lambda r: f"Soi {r.rng.randint(1, 9)}, Ratchadamnoen Rd", "thing-qi"),
        col("tambon", "TEXT", "NONE", choice("Si Phum", "Phra Sing", "Chang Moi", "Haiya"), "thing-qi"),
        col("postcode", "TEXT", "NONE", choice("50200", "50100", "50300"), "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("lon", "REAL", "NONE", lon, "thing-qi"),
        col("smart_lock_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("wifi_password", "TEXT", "OPTIONAL", choice("lanna2026", "welcome123", "baansuan!", "sawasdee88"),
            "optional secret"),
    ])


ABROAD = {"German": ("Hauptstraße", ("Berlin", "Köln", "Leipzig")), "French": ("rue de la République", ("Lyon", "Nantes", "Lille")),
          "Japanese": ("Chuo-dori", ("Osaka", "Sapporo", "Fukuoka")), "Chinese": ("Renmin Lu", ("Chengdu", "Kunming", "Hangzhou")),
          "British": ("High Street", ("Leeds", "Bristol", "York")), "Israeli": ("Herzl St", ("Haifa", "Tel Aviv", "Be'er Sheva")),
          "Korean": ("Teheran-ro", ("Seoul", "Busan", "Daegu")), "Australian": ("George St", ("Perth", "Hobart", "Cairns")),
          "Dutch": ("Kerkstraat", ("Utrecht", "Leiden", "Groningen"))}


def foreign_phone(r) -> str:
    return f"+{r.rng.choice((49, 33, 81, 44, 61, 31))} {r.rng.randint(100000000, 999999999)}"


def thai_address(r) -> str:
    return f"{r.rng.randint(1, 300)}/{r.rng.randint(1, 40)} Moo {r.rng.randint(1, 12)}, {places.town(r, 'en_TH')[0]}"


def foreign_address(r) -> str:
    street, towns = ABROAD[r.values["nationality"]]
    return f"{street} {r.rng.randint(1, 200)}, {r.rng.choice(towns)}"


def th_guests():
    def thai(r) -> bool:
        return r.values["nationality"] == "Thai"

    return table("th_guests", 640, "en_TH", [
        col("guest_id", "INTEGER", "NONE", key),
        col("nationality", "TEXT", "COUNTRY", choice(*NATIONALITY)),
        col("first_name", "TEXT", "PERSON_NAME", given_family("en_TH")),
        col("last_name", "TEXT", "PERSON_NAME", lambda r: r["_family"]),
        col("id_or_passport", "TEXT", "GOV_ID", lambda r: ids.th_pin(r.rng) if thai(r) else ids.passport(r.rng),
            "value-decides"),
        col("birth_date", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sex", "TEXT", "GENDER", gender("female", "male", "other")),
        col("mobile", "TEXT", "PHONE", lambda r: phone("en_TH")(r) if thai(r) else foreign_phone(r)),
        col("email", "TEXT", "EMAIL", row_email(("gmail.com", "hotmail.com", "yahoo.co.th", "icloud.com"))),
        col("card", "TEXT", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), "partial-format"),
        col("home_country_addr", "TEXT", "STREET_ADDRESS|CITY", lambda r: thai_address(r) if thai(r) else foreign_address(r), "composite"),
        col("wifi_login_ip", "TEXT", "IP_ADDRESS", public_ip),
        col("tm30_filed", "INTEGER", "NONE", choice(0, 1)),
        col("check_in", "TEXT", "NONE", business_date),
        col("nights", "INTEGER", "NONE", integer(1, 21)),
    ])


ALLERGY = ("none", "none", "none", "peanuts", "shellfish", "gluten", "fish sauce", "lactose", "soy", "coriander (dislike)")
CLASS_NOTES = ("Vegetarian menu please.", "Morning class, market tour included.", "Paid at the desk.",
               "Two children under 10.", "Prefers less chilli.", "Pick-up from old city gate.")


def th_class_bookings():
    return table("th_class_bookings", 760, "en_TH", [
        col("booking_id", "INTEGER", "NONE", key),
        col("guest_id", "INTEGER", "NONE", integer(1, 640)),
        col("class_day", "TEXT", "NONE", business_date),
        col("menu", "TEXT", "NONE", choice("Khao Soi", "Pad Thai", "Green Curry", "Tom Yum", "Larb", "Mango Sticky Rice")),
        col("pax", "INTEGER", "NONE", integer(1, 6)),
        col("allergies", "TEXT", "OTHER_PII", choice(*ALLERGY), "health"),
        col("diet", "TEXT", "OTHER_PII", choice("none", "vegetarian", "vegan", "halal", "kosher", "none"), "other-pii"),
        col("instructor", "TEXT", "PERSON_NAME", lambda r: f"Khun {r.fake.first_name()}", "partial-format"),
        col("note", "TEXT", "FREE_TEXT_PII", free_text(CLASS_NOTES, lambda r: r.rng.choice((
            f"Friend {r.fake.first_name()} {r.fake.last_name()} joins, call {phone('en_TH')(r)}.",
            f"Send the recipes to {r.fake.free_email()}."))), "free-text"),
        col("price_thb", "INTEGER", "NONE", choice(900, 1200, 1500)),
    ])


# --- Gaeltacht summer college (ga_IE) ---------------------------------------------------------

CONNEMARA_LAT, CONNEMARA_LON = (53.20, 53.45), (-9.90, -9.20)


def ie_venues():
    lat, lon = coord(CONNEMARA_LAT, CONNEMARA_LON)
    return table("ie_ionaid", 300, "ga_IE", [
        col("ionad_id", "INTEGER", "NONE", key),
        col("ainm", "TEXT", "NONE", lambda r: f"Halla {r.rng.choice(('Pobail', 'an Phobail', 'Naomh Éanna', 'na Scoile'))} {r.i + 1}",
            "lying-name"),
        col("baile", "TEXT", "NONE", town_of("ga_IE"), "thing-qi"),
        col("contae", "TEXT", "NONE", lambda r: places.town(r, "ga_IE")[1], "thing-qi"),
        col("eircode", "TEXT", "NONE", lambda r: ids.eircode(r.rng), "thing-qi"),
        col("lat", "REAL", "NONE", lat, "thing-qi"),
        col("long", "REAL", "NONE", lon, "thing-qi"),
        col("toilleadh", "INTEGER", "NONE", integer(40, 400)),
        col("projector_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("fw", "TEXT", "NONE", version4, "shape-alike"),
        col("teileafon_oifige", "TEXT", "OPTIONAL", lambda r: f"091 5{r.rng.randint(10000, 99999)}", "optional"),
    ])


IE_STREETS = ("Bóthar an Locha", "Cnoc an Ime", "Baile na hAbhann", "An Tulach", "Bóthar na Trá", "Bóthar Mór")


def _one_line_address(r) -> str:
    return f"{r.rng.randint(1, 80)} {r.rng.choice(IE_STREETS)}, {places.town(r, 'ga_IE')[0]}, {ids.eircode(r.rng)}"


IE_MED = ("[]", "[]", "[]", '["asthma"]', '["nut allergy", "EpiPen"]', '["coeliac"]', '["type 1 diabetes"]',
          '["ADHD", "methylphenidate"]', '["hay fever"]', '["asthma", "inhaler"]')


def ie_students():
    def parent(r) -> str:
        given, family = places.person(r, "ga_IE", r.rng.choice("FM"))
        return f"{given} {family}"

    return table("ie_daltai", 700, "ga_IE", [
        col("dalta_id", "INTEGER", "NONE", key),
        col("ainm", "TEXT", "PERSON_NAME", given_family("ga_IE"), "partial-format"),
        col("sloinne", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("data_breithe", "TEXT", "DATE_OF_BIRTH", born_between(11, 18, "%d/%m/%Y")),
        col("inscne", "TEXT", "GENDER", gender("C", "B"), "partial-format"),
        col("tuismitheoir", "TEXT", "PERSON_NAME", parent),
        col("fon_tuismitheora", "TEXT", "PHONE", phone("ga_IE")),
        col("riomhphost_baile", "TEXT", "EMAIL", lambda r: email_of(r, r.fake.first_name(), r["_family"],
                                                                     ("eircom.net", "gmail.com", "hotmail.com"))),
        col("seoladh", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", _one_line_address, "composite"),
        col("cursa", "TEXT", "NONE", choice("Cúrsa 1 (Meitheamh)", "Cúrsa 2 (Iúil)", "Cúrsa 3 (Lúnasa)")),
        col("coir_leighis", "JSON", "OTHER_PII", choice(*IE_MED), "health list"),
        col("teach_id", "INTEGER", "NONE", integer(1, 360)),
        col("aois", "INTEGER", "OTHER_PII", lambda r: (dt.date(2026, 7, 1) - r.born).days // 365, "other-pii"),
        col("cead_grianghraf", "TEXT", "NONE", choice("T", "N"), "shape-alike"),
    ])


def ie_host_families():
    return table("ie_mnathan_ti", 360, "ga_IE", [
        col("teach_id", "INTEGER", "NONE", key),
        col("bean_an_ti", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "ga_IE", "F")), "cryptic-name"),
        col("pps", "TEXT", "GOV_ID", lambda r: ids.ie_pps(r.rng)),
        col("seoladh1", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.randint(1, 120)} {r.rng.choice(IE_STREETS)}"),
        col("baile", "TEXT", "CITY", town_of("ga_IE")),
        col("eircode", "TEXT", "POSTAL_CODE", lambda r: ids.eircode(r.rng)),
        col("fon", "TEXT", "PHONE", phone("ga_IE")),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ie_iban(r.rng)),
        col("deontas_eur", "REAL", "OTHER_PII", amount(800, 5200), "other-pii"),
        col("leapacha", "INTEGER", "NONE", integer(2, 12)),
        col("garda_vetting_no", "TEXT", "OTHER_PII", lambda r: f"GV-{r.rng.randint(10000000, 99999999)}", "other-pii"),
        col("portal_hash", "TEXT", "CREDENTIAL", bcrypt_like, "secret"),
        col("portal_salt", "BLOB", "CREDENTIAL", blob(16), "binary secret"),
        col("row_sha256", "TEXT", "NONE", sha256_hex, "shape-alike"),
        col("logo_beag", "BLOB", "NONE", blob(48), "binary"),
    ])


TABLES = [ps_branches, ps_borrowers, ps_repayments, lu_parcels, lu_members, th_rooms, th_guests, th_class_bookings,
          ie_venues, ie_students, ie_host_families]
