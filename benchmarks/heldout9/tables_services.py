"""h9_services.sqlite: a heritage slate railway in Gwynedd (Welsh column names), a Harris
Tweed mill and its home weavers on Lewis and Harris (Scottish Gaelic column names), a Basque
cider house in Astigarraga (Basque column names), a Mandalay gold-leaf workshop (English and
Burmese) and a guest farm near Swakopmund (German column names). Locomotives, looms, barrels,
beating rooms and game-drive vehicles beside the people."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout9 import ids, places
from benchmarks.heldout9.makers import (JPEG, PNG, blob, coord, date_between, digits, email, ipv4, mac, mask, money,
                                        password_hash, phone, stamp, text, token, wkt)

CY, GD, EU, MM, NA = places.CY, places.GD, places.EU, places.MM, places.NA


def _cy_name(r):
    return f"{r.rng.choice(CY['m'] if r.sex == 'M' else CY['f'])} {r.rng.choice(CY['last'])}"


def cy_locomotifau():
    return table("cy_locomotifau", 300, "en", [
        col("rhif", "INTEGER", "NONE", lambda r: r.i + 1),
        col("enw", "TEXT", "NONE", lambda r: r.rng.choice(("Prince", "Palmerston", "Merddin Emrys", "Linda", "Blanche",
                                                          "Taliesin", "David Lloyd George", "Welsh Pony", "Lyd", "Mountaineer")),
            "lying-name"),
        col("math", "TEXT", "NONE", lambda r: r.rng.choice(("injan stêm", "diesel", "cerbyd", "wagen lechi", "fan brêc"))),
        col("dyddiad_geni", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1863, 1, 1), dt.date(2015, 1, 1)):%d/%m/%Y}",
            "lying-name shape-alike"),
        col("gorsaf_gartref", "TEXT", "NONE", lambda r: r.rng.choice(("Boston Lodge", "Porthmadog Harbwr", "Tan-y-Bwlch",
                                                                      "Blaenau Ffestiniog", "Dinas")), "thing-qi"),
        col("cod_post", "TEXT", "NONE", lambda r: r.rng.choice(("LL49 9NF", "LL49 9HY", "LL41 3ES", "LL54 5UP")), "thing-qi"),
        col("pwysau_tunnell", "REAL", "NONE", lambda r: money(r, 2, 40, 0.5)),
        col("milltiroedd", "INTEGER", "NONE", lambda r: r.rng.randint(100, 900_000)),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.imei(r.rng), "thing-qi"),
        col("lleoliad", "TEXT", "NONE", lambda r: wkt(*coord(r, 52.93, -4.02, 0.05)), "thing-qi"),
        col("statws", "TEXT", "NONE", lambda r: r.rng.choice(("mewn gwasanaeth", "yn y gweithdy", "arddangos", "wedi'i storio"))),
        col("archwiliad_nesaf", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2027, 1, 1), dt.date(2029, 1, 1))}"),
    ])


def cy_gwirfoddolwyr():
    return table("cy_gwirfoddolwyr", 520, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("enw_llawn", "TEXT", "PERSON_NAME", _cy_name),
        col("rhif_yswiriant", "TEXT", "GOV_ID", lambda r: _spaced_nino(r)),
        col("rhif_gig", "TEXT", "GOV_ID", lambda r: _nhs(r)),
        col("dyddiad_geni", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d/%m/%Y}"),
        col("rhyw", "TEXT", "GENDER", lambda r: r.rng.choice(("Gwryw", "G")) if r.sex == "M" else r.rng.choice(("Benyw", "B"))),
        col("cyfeiriad", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.randint(1, 90)} {r.rng.choice(CY['streets'])}"),
        col("tref", "TEXT", "CITY", lambda r: r.rng.choice(CY["towns"])[1]),
        col("cod_post", "TEXT", "POSTAL_CODE", lambda r: f"{r.rng.choice(CY['towns'])[0]} {r.rng.randint(0, 9)}"
            f"{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"),
        col("ffon_symudol", "TEXT", "PHONE", lambda r: phone(r, "GB")),
        col("ebost", "TEXT", "EMAIL", lambda r: email(r, r["enw_llawn"], ("btinternet.com", "gmail.com", "yahoo.co.uk",
                                                                          "outlook.com", "live.co.uk"))),
        col("cyswllt_argyfwng", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{_cy_name(r)} ({r.rng.choice(('gŵr', 'gwraig', 'mam', 'tad', 'mab', 'merch'))}) "
            f"{phone(r, 'GB')}", "composite"),
        col("ffitrwydd_meddygol", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("ffit", "ffit", "ffit - sbectol",
                                                                               "dim gwaith ar y footplate", "diabetes, ffit")),
            "health"),
        col("rol", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("gard", "taniwr", "gyrrwr", "gwerthu tocynnau", "gweithdy",
                                                              "trac")), "optional"),
        col("ymunodd", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(1990, 1, 1)):%Y-%m-%d}", "optional"),
        col("oriau_2026", "INTEGER", "OPTIONAL", lambda r: r.rng.randint(0, 600), "optional"),
        col("cyfrinair_hash", "TEXT", "CREDENTIAL", lambda r: password_hash(r, "argon2"), "secret"),
        col("halen", "BLOB", "CREDENTIAL", lambda r: r.rng.randbytes(16), "secret binary cryptic-name"),
        col("iaith", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("cy", "en", "cy", "cy+en")), "optional"),
    ])


def _spaced_nino(r):
    n = ids.gb_nino(r.rng)
    return n if r.p(0.5) else f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def _nhs(r):
    n = ids.gb_nhs(r.rng)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if r.p(0.6) else n


_CY_NOTES_PLAIN = ("Taith hyfryd, diolch", "Trên yn hwyr o 10 munud ym Minffordd", "Angen lle i gadair olwyn",
                   "Lovely trip, the views were amazing", "Ticket bought on the day", "Grŵp ysgol", "Ad-daliad am dywydd gwael",
                   "Lle i feic", "")
_CY_NOTES_PII = ("Please call {name} on {phone} about the group booking", "Ad-daliad i {name}, ffoniwch {phone}",
                 "Invoice to {email}, att. {name}")


def cy_tocynnau():
    return table("cy_tocynnau", 950, "en", [
        col("rhif_tocyn", "TEXT", "NONE", lambda r: f"FR{r.i + 260000:07d}"),
        col("dyddiad_taith", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2026, 3, 1))}"),
        col("o_orsaf", "TEXT", "NONE", lambda r: r.rng.choice(("Porthmadog", "Minffordd", "Tan-y-Bwlch", "Caernarfon"))),
        col("i_orsaf", "TEXT", "NONE", lambda r: r.rng.choice(("Blaenau Ffestiniog", "Beddgelert", "Rhyd Ddu", "Porthmadog"))),
        col("math_tocyn", "TEXT", "NONE", lambda r: r.rng.choice(("oedolyn", "plentyn", "teulu", "ci", "dosbarth cyntaf"))),
        col("pris", "REAL", "NONE", lambda r: r.rng.choice((12.5, 27.0, 45.0, 54.0, 3.0, 68.0))),
        col("cerdyn", "TEXT", "PAYMENT_CARD", lambda r: mask(ids.luhn_card(r.rng, r.rng.choice(("4", "51", "55"))), 4,
                                                              r.rng.choice("*X")), "partial-format"),
        col("ebost_archebwr", "TEXT", "EMAIL", lambda r: email(r, _cy_name(r), ("gmail.com", "hotmail.co.uk", "icloud.com"))),
        col("sianel", "TEXT", "NONE", lambda r: r.rng.choice(("gwefan", "swyddfa docynnau", "ffôn", "ap"))),
        col("nodyn", "TEXT", "FREE_TEXT_PII", lambda r: text(r, _CY_NOTES_PLAIN, _CY_NOTES_PII, 0.1, name=_cy_name,
                                                            phone=lambda q: phone(q, "GB"),
                                                            email=lambda q: email(q, _cy_name(q), ("gmail.com",))), "free-text"),
        col("prynwyd", "TEXT", "NONE", lambda r: stamp(r, dt.date(2026, 1, 1))),
        col("ip_prynu", "TEXT", "IP_ADDRESS", lambda r: ipv4(r)),
    ])


def gd_beairtean():
    return table("gd_beairtean", 310, "en", [
        col("aireamh", "INTEGER", "NONE", lambda r: r.i + 1),
        col("seòrsa", "TEXT", "NONE", lambda r: r.rng.choice(("Hattersley", "Bonas-Griffith", "Hattersley Domestic"))),
        col("bliadhna_togail", "INTEGER", "NONE", lambda r: r.rng.randint(1924, 1998)),
        col("baile", "TEXT", "NONE", lambda r: r.rng.choice(GD["towns"])[1], "thing-qi"),
        col("còd_puist", "TEXT", "NONE", lambda r: f"{r.rng.choice(GD['towns'])[0]}{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            f"{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", "thing-qi"),
        col("leud_òirlich", "INTEGER", "NONE", lambda r: r.rng.choice((60, 75, 150))),
        col("staid", "TEXT", "NONE", lambda r: r.rng.choice(("ag obair", "feumach air càradh", "na thàmh"))),
        col("càradh_mu_dheireadh", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2023, 1, 1)):%d/%m/%Y}"),
        col("gps", "TEXT", "NONE", lambda r: "{:.5f} {:.5f}".format(*coord(r, 58.0, -6.7, 0.3)), "thing-qi"),
        col("seòladh_mac", "TEXT", "NONE", mac, "thing-qi"),
    ])


def gd_breabadairean():
    def name(r):
        return f"{r.rng.choice(GD['m'] if r.sex == 'M' else GD['f'])} {r.rng.choice(GD['last'])}"

    return table("gd_breabadairean", 380, "en", [
        col("aireamh", "INTEGER", "NONE", lambda r: r.i + 1),
        col("ainm", "TEXT", "PERSON_NAME", name),
        col("ainm_beurla", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(GD['last_en']).upper()}, "
            f"{r['ainm'].split(' ')[0]}", "partial-format"),
        col("utr", "TEXT", "GOV_ID", lambda r: ids.gb_utr(r.rng)),
        col("àireamh_chi", "TEXT", "GOV_ID", lambda r: ids.sc_chi(r.rng, r.born, r.sex)),
        col("ceann_là_breith", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d-%m-%Y}"),
        col("gnè", "TEXT", "GENDER", lambda r: "fireann" if r.sex == "M" else "boireann"),
        col("seòladh", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", lambda r: _gd_address(r), "composite"),
        col("fòn", "TEXT", "PHONE", lambda r: r.rng.choice((f"01851 {digits(r, 6)}", f"01859 {digits(r, 6)}", phone(r, "GB")))),
        col("post_d", "TEXT", "EMAIL", lambda r: email(r, r["ainm"], ("hebrides.net", "btinternet.com", "gmail.com")),
            "cryptic-name"),
        col("còd_seòrsachaidh", "TEXT", "BANK_ACCOUNT", lambda r: f"{r.rng.choice(('80-22-60', '83-28-46', '82-64-17'))} "
            f"{digits(r, 8)}", "composite"),
        col("pàigheadh_slat", "REAL", "OTHER_PII", lambda r: money(r, 4.2, 7.9), "other-pii"),
        col("teachd_a_steach_2025", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(6_000, 31_000), "other-pii"),
        col("croitear", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("tha", "chan eil")), "other-pii"),
    ])


def _gd_address(r):
    code, town = r.rng.choice(GD["towns"])
    return f"{r.rng.randint(1, 40)} {r.rng.choice(('Cnoc', 'Baile Ùr', 'Sràid Fhrangain', 'Rathad a Chladaich'))}, " \
        f"{town}, {code}{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def eu_kupelak():
    return table("eu_kupelak", 300, "en", [
        col("kupela_zk", "INTEGER", "NONE", lambda r: r.i + 1),
        col("upel_kodea", "TEXT", "NONE", lambda r: f"20{r.rng.randint(100, 899)}", "shape-alike"),
        col("edukiera_l", "INTEGER", "NONE", lambda r: r.rng.choice((6000, 8000, 10000, 12000, 15000))),
        col("sagar_barietatea", "TEXT", "NONE", lambda r: r.rng.choice(("Errezila", "Goikoetxea", "Urtebi", "Mozoloa",
                                                                        "Txalaka", "Gezamina"))),
        col("upeltegia", "TEXT", "NONE", lambda r: r.rng.choice(("Zelaia", "Petritegi", "Rezola", "Alorrenea"))),
        col("herria", "TEXT", "NONE", lambda r: r.rng.choice(EU["towns"][:4])[1], "thing-qi"),
        col("posta_kodea", "TEXT", "NONE", lambda r: r.rng.choice(EU["towns"][:4])[0], "thing-qi"),
        col("jaiotza_data", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1950, 1, 1), dt.date(2020, 1, 1)):%Y/%m/%d}",
            "lying-name shape-alike"),
        col("txotx_egoera", "TEXT", "NONE", lambda r: r.rng.choice(("irekita", "itxita", "hartzidura"))),
        col("alkohola_pct", "REAL", "NONE", lambda r: round(r.rng.uniform(5, 7), 1)),
        col("sentsore_ip", "TEXT", "NONE", lambda r: f"172.16.{r.rng.randint(0, 31)}.{r.rng.randint(2, 250)}", "thing-qi"),
    ])


def eu_bazkideak():
    def name(r):
        return f"{r.rng.choice(EU['m'] if r.sex == 'M' else EU['f'])} {r.rng.choice(EU['last'])} {r.rng.choice(EU['last'])}"

    return table("eu_bazkideak", 480, "en", [
        col("bazkide_zk", "INTEGER", "NONE", lambda r: r.i + 1),
        col("izen_abizenak", "TEXT", "PERSON_NAME", name),
        col("nan", "TEXT", "GOV_ID", lambda r: _nan(r), "cryptic-name"),
        col("jaiotza_data", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%Y/%m/%d}"),
        col("sexua", "TEXT", "GENDER", lambda r: r.rng.choice(("gizona", "G")) if r.sex == "M" else r.rng.choice(("emakumea", "E"))),
        col("helbidea", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(EU['streets'])} {r.rng.randint(1, 60)}, "
            f"{r.rng.randint(1, 6)}. {r.rng.choice('ABCDE')}"),
        col("herria", "TEXT", "CITY", lambda r: r.rng.choice(EU["towns"])[1]),
        col("pk", "TEXT", "POSTAL_CODE", lambda r: r.rng.choice(EU["towns"])[0], "cryptic-name"),
        col("mugikorra", "TEXT", "PHONE", lambda r: phone(r, "ES")),
        col("posta_e", "TEXT", "EMAIL", lambda r: email(r, r["izen_abizenak"], ("euskalnet.net", "gmail.com", "hotmail.es",
                                                                                "telefonica.net"))),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_spaced(ids.es_iban(r.rng)) if r.p(0.5) else ids.es_iban(r.rng)),
        col("alergiak", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("", "", "", "zeliakia", "laktosa", "fruitu lehorrak",
                                                                     "itsaskiak")), "health"),
        col("kuota_eur", "REAL", "NONE", lambda r: r.rng.choice((30.0, 45.0, 60.0))),
        col("erreserba_kopurua", "INTEGER", "NONE", lambda r: r.rng.randint(0, 25)),
        col("pin", "TEXT", "CREDENTIAL", lambda r: digits(r, 4), "secret"),
    ])


def _nan(r):
    n = ids.es_dni(r.rng)
    return r.rng.choice((n, f"{n[:8]}-{n[8]}", f"{int(n[:8]):,}".replace(",", ".") + f"-{n[8]}"))


def mm_rooms():
    return table("mm_beating_rooms", 300, "en", [
        col("room_id", "TEXT", "NONE", lambda r: f"R{r.i + 1:03d}"),
        col("township", "TEXT", "NONE", lambda r: r.rng.choice(MM["towns"][:4]), "thing-qi"),
        col("ward", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 40)} ရပ်ကွက်", "thing-qi"),
        col("hammers", "INTEGER", "NONE", lambda r: r.rng.randint(2, 12)),
        col("leaf_per_day", "INTEGER", "NONE", lambda r: r.rng.randint(600, 4000)),
        col("gold_purity", "TEXT", "NONE", lambda r: r.rng.choice(("24K", "23K", "22K"))),
        col("opened", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1960, 1, 1), dt.date(2020, 1, 1))}"),
        col("meter_no", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, 12), "shape-alike"),
        col("contact_phone", "TEXT", "OPTIONAL", lambda r: f"02 {digits(r, 5)}", "optional"),
        col("logo", "BLOB", "NONE", lambda r: blob(r, PNG), "binary"),
    ])


def mm_workers():
    def name(r):
        return ("U " if r.sex == "M" else "Daw ") + r.rng.choice(MM["m"] if r.sex == "M" else MM["f"]) \
            if r.born.year < 1985 else ("Maung " if r.sex == "M" else "Ma ") + r.rng.choice(MM["m"] if r.sex == "M" else MM["f"])

    return table("mm_workers", 460, "en", [
        col("worker_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("name", "TEXT", "PERSON_NAME", name),
        col("name_mm", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(MM["script"])),
        col("nrc", "TEXT", "GOV_ID", lambda r: ids.mm_nrc(r.rng)),
        col("father_name", "TEXT", "PERSON_NAME", lambda r: "U " + r.rng.choice(MM["m"])),
        col("dob", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d-%b-%Y}"),
        col("sex", "TEXT", "GENDER", lambda r: r.sex),
        col("township", "TEXT", "CITY", lambda r: r.rng.choice(MM["towns"])),
        col("phone", "TEXT", "PHONE", lambda r: phone(r, "MM")),
        col("religion", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("Buddhist", "Buddhist", "Buddhist", "Christian", "Muslim",
                                                                     "Hindu")), "other-pii"),
        col("daily_wage_mmk", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(6, 18) * 1000, "other-pii"),
        col("hearing_test", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("normal", "normal", "mild loss", "moderate loss")),
            "health"),
        col("photo", "BLOB", "OTHER_PII", lambda r: blob(r, JPEG, 64), "binary other-pii"),
        col("joined", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2000, 1, 1))}", "optional"),
    ])


def na_vehicles():
    return table("na_fahrzeuge", 300, "de", [
        col("fahrzeug_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("kennzeichen", "TEXT", "NONE", lambda r: f"N {r.rng.randint(1000, 99999)} {r.rng.choice(('SW', 'WB', 'W'))}",
            "thing-qi"),
        col("typ", "TEXT", "NONE", lambda r: r.rng.choice(("Toyota Land Cruiser 79", "Land Rover Defender 110", "Quad",
                                                          "Toyota Hilux"))),
        col("baujahr", "INTEGER", "NONE", lambda r: r.rng.randint(1998, 2024)),
        col("km_stand", "INTEGER", "NONE", lambda r: r.rng.randint(10_000, 480_000)),
        col("standort", "TEXT", "NONE", lambda r: r.rng.choice(NA["towns"][:4]), "thing-qi"),
        col("region", "TEXT", "NONE", lambda r: "Erongo", "thing-qi constant"),
        col("gps_lat", "REAL", "NONE", lambda r: coord(r, -22.4, 14.9, 0.5)[0], "thing-qi"),
        col("gps_lon", "REAL", "NONE", lambda r: coord(r, -22.4, 14.9, 0.5)[1], "thing-qi"),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.imei(r.rng), "thing-qi"),
        col("api_schluessel", "TEXT", "CREDENTIAL", lambda r: token(r, "trk_live_", 28), "secret"),
        col("foto", "BLOB", "NONE", lambda r: blob(r, JPEG, 64), "binary"),
        col("naechste_wartung", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2027, 1, 1), dt.date(2027, 12, 1)):%d.%m.%Y}"),
    ])


_NA_PLAIN = ("Sundowner am Spitzkoppe gewünscht", "Vegetarisch, kein Fisch", "Late check-in ca. 22 Uhr",
             "Kinderbett benötigt", "Flughafentransfer ab Walvis Bay", "Zimmer mit Blick auf die Dünen", "")
_NA_PII = ("Bitte {name} anrufen: {phone}", "Transfer für {name} und Familie, Handy {phone}", "Rechnung an {email}")


def na_gaeste():
    return table("na_gaeste", 560, "de", [
        col("gast_nr", "INTEGER", "NONE", lambda r: 5000 + r.i),
        col("vorname", "TEXT", "PERSON_NAME", lambda r: r.fake.first_name_male() if r.sex == "M" else r.fake.first_name_female(),
            "partial-format"),
        col("nachname", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name(), "partial-format"),
        col("geburtsdatum", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y}"),
        col("geschlecht", "TEXT", "GENDER", lambda r: r.rng.choice(("m", "männlich")) if r.sex == "M" else r.rng.choice(("w", "weiblich"))),
        col("staatsangehoerigkeit", "TEXT", "COUNTRY", lambda r: r.rng.choice(("DE", "DE", "AT", "CH", "NA", "ZA", "NL", "GB"))),
        col("reisepass", "TEXT", "GOV_ID", lambda r: mask(f"C{r.rng.choice('FGHJKLMNPRTVWXYZ')}{digits(r, 7)}", 3, "X"),
            "partial-format"),
        col("email", "TEXT", "EMAIL", lambda r: email(r, f"{r['vorname']} {r['nachname']}", ("web.de", "gmx.de", "t-online.de",
                                                                                               "gmail.com", "bluewin.ch"))),
        col("mobil", "TEXT", "PHONE", lambda r: r.fake.phone_number() if r.p(0.6) else phone(r, "NA")),
        col("anreise", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2026, 1, 1))}"),
        col("naechte", "INTEGER", "NONE", lambda r: r.rng.randint(1, 14)),
        col("ernaehrung", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("", "", "vegetarisch", "vegan", "halal", "glutenfrei")),
            "other-pii"),
        col("bemerkung", "TEXT", "FREE_TEXT_PII", lambda r: text(r, _NA_PLAIN, _NA_PII, 0.1,
                                                                 name=lambda q: q.fake.name(), phone=lambda q: phone(q, "NA"),
                                                                 email=lambda q: q.fake.email()), "free-text"),
        col("betrag_nad", "REAL", "NONE", lambda r: money(r, 1800, 42000, 50)),
        col("fahrer", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(NA['m'])} {r.rng.choice(NA['last'])}"),
    ])


TABLES = (cy_locomotifau, cy_gwirfoddolwyr, cy_tocynnau, gd_beairtean, gd_breabadairean, eu_kupelak, eu_bazkideak,
          mm_rooms, mm_workers, na_vehicles, na_gaeste)
