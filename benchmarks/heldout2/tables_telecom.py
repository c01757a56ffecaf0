"""Part `h2_telecom`: a Czech mobile operator, a Turkish ISP, a Romanian billing system, a
Korean member table and a Hungarian staging table with generic names. Labels beside makers."""

from __future__ import annotations

import datetime as dt

from stdnum import luhn

from benchmarks.heldout2 import ids
from benchmarks.heldout2 import makers as m
from benchmarks.heldout2.model import col, table

CZ_KRAJE = ("Hlavní město Praha", "Středočeský kraj", "Jihomoravský kraj", "Moravskoslezský kraj",
            "Ústecký kraj", "Plzeňský kraj", "Olomoucký kraj", "Zlínský kraj", "Liberecký kraj")
TR_CITIES = ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep",
             "Kayseri", "Eskişehir", "Trabzon", "Samsun", "Diyarbakır", "Mersin")
RO_JUDETE = ("Cluj", "Iași", "Timiș", "Constanța", "Brașov", "Bihor", "Dolj", "Prahova", "Ilfov", "Sibiu")
RO_CITIES = ("Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Brașov", "Oradea", "Craiova", "Ploiești", "Sibiu", "Arad")
CIVIL_RO = ("necăsătorit(ă)", "căsătorit(ă)", "divorțat(ă)", "văduv(ă)")
KO_AREAS = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "경기도", "강원도")
INVOICE_NOTES = ("Factură emisă automat.", "Plată parțială înregistrată.", "Reducere fidelitate aplicată.",
                 "Abonament lunar + trafic date.", "Penalități de întârziere incluse.", "Storno factură anterioară.")


def _luhn_number(r, prefix: str, length: int) -> str:
    body = prefix + r.fake.numerify("#" * (length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def zakaznici():
    return table("zakaznici", 800, "cs_CZ", [
        col("id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("jmeno", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("prijmeni", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("rodne_cislo", "GOV_ID", lambda r: ids.cz_rodne_cislo(r.rng, r.p.dob, r.p.sex)),
        col("datum_narozeni", "DATE_OF_BIRTH", lambda r: f"{r.p.dob.day}. {r.p.dob.month}. {r.p.dob.year}"),
        col("pohlavi", "GENDER", lambda r: "Ž" if r.p.sex == "F" else "M", note="value-decides"),
        col("ulice", "STREET_ADDRESS", lambda r: r.fake.street_name(), note="partial-format (split address)"),
        col("cislo_popisne", "STREET_ADDRESS", lambda r: str(r.rng.randrange(1, 2500)), note="partial-format (split address)"),
        col("obec", "CITY", lambda r: r.fake.city()),
        col("psc", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("kraj", "STATE_REGION", lambda r: r.rng.choice(CZ_KRAJE)),
        col("email", "EMAIL", lambda r: m.email(r), note="nullable"),
        col("tarif", "NONE", lambda r: r.rng.choice(("NEO Start", "NEO Plus", "Data 20 GB", "Rodina", "Senior"))),
        col("aktivni_od", "NONE", lambda r: m.day(r, dt.date(2010, 1, 1))),
        col("cislo_uctu", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "CZ", spaced=True)),
        col("marketing_souhlas", "NONE", lambda r: r.rng.choice(("A", "N"))),
    ], null_rate=0.1)


def sim_karty():
    return table("sim_karty", 900, "cs_CZ", [
        col("sim_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("zakaznik_id", "NONE", lambda r: r.rng.randrange(1, 801), "INTEGER"),
        col("msisdn", "PHONE", lambda r: "420" + r.rng.choice("67") + r.fake.numerify("########")),
        col("iccid", "OTHER_PII", lambda r: _luhn_number(r, "894203", 19), note="device-id, shape-alike (Luhn-valid 19 digits)"),
        col("imsi", "OTHER_PII", lambda r: "23001" + r.fake.numerify("##########"), note="device-id"),
        col("imei", "OTHER_PII", lambda r: _luhn_number(r, "35" + r.fake.numerify("####"), 15), note="device-id"),
        col("puk", "CREDENTIAL", lambda r: r.fake.numerify("########"), note="secret"),
        col("pin_hash", "CREDENTIAL", lambda r: m.sha256_hex(r.rng), note="secret (beside hashes)"),
        col("aktivace", "NONE", lambda r: m.stamp(r, dt.date(2016, 1, 1))),
        col("stav", "NONE", lambda r: r.rng.choice(("aktivní", "blokovaná", "zrušená"))),
        col("esim", "NONE", lambda r: r.rng.choice((0, 1)), "INTEGER"),
    ])


def relace():
    nas = ["10.20.0.1", "10.20.0.2", "10.20.1.1", "10.21.0.1", "10.21.4.1"]
    return table("oturumlar", 1000, "tr_TR", [
        col("oturum_id", "NONE", lambda r: m.uuid(r.rng)),
        col("abone_no", "NONE", lambda r: 700000 + r.rng.randrange(600), "INTEGER"),
        col("ip_adresi", "IP_ADDRESS", lambda r: m.ipv4_public(r.rng)),
        col("ipv6_onek", "IP_ADDRESS", lambda r: m.ipv6(r.rng), note="nullable"),
        col("modem_mac", "OTHER_PII", lambda r: m.mac(r.rng), note="device-id"),
        col("baslangic", "NONE", lambda r: m.stamp(r, dt.date(2026, 1, 1))),
        col("sure_sn", "NONE", lambda r: r.rng.randrange(30, 86400), "INTEGER"),
        col("indirilen_mb", "NONE", lambda r: round(r.rng.expovariate(1 / 900), 2), "REAL"),
        col("yuklenen_mb", "NONE", lambda r: round(r.rng.expovariate(1 / 120), 2), "REAL"),
        col("nas_ip", "NONE", lambda r: r.rng.choice(nas), note="thing-qi (network server)"),
        col("modem_yazilim", "NONE", lambda r: m.version4(r.rng), note="shape-alike"),
        col("bitis_nedeni", "NONE", lambda r: r.rng.choice(("User-Request", "Idle-Timeout", "Lost-Carrier", "NAS-Reboot"))),
    ], null_rate=0.3)


def aboneler():
    def contact(r):
        return f"{r.fake.first_name()} {r.fake.last_name()} - {r.fake.phone_number()}"

    return table("aboneler", 600, "tr_TR", [
        col("abone_no", "NONE", lambda r: 700000 + r.i, "INTEGER"),
        col("tc_kimlik_no", "GOV_ID", lambda r: ids.tr_tc_kimlik(r.rng)),
        col("ad", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("soyad", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("cinsiyet", "GENDER", lambda r: "K" if r.p.sex == "F" else "E", note="value-decides"),
        col("dogum_tarihi", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d.%m.%Y}"),
        col("sehir", "CITY", lambda r: r.rng.choice(TR_CITIES)),
        col("acil_durum_kisi", "PERSON_NAME|PHONE", contact, note="composite"),
        col("kullanici_adi", "OTHER_PII", lambda r: m.login(r), note="other-pii (login)"),
        col("parola", "CREDENTIAL", lambda r: m.bcrypt_like(r.rng), note="secret (beside hashes)"),
        col("api_anahtari", "CREDENTIAL", lambda r: r.rng.randbytes(24), "BLOB", "binary, secret (as bytes)"),
        col("kayit_tarihi", "NONE", lambda r: m.stamp(r, dt.date(2012, 1, 1))),
        col("paket", "NONE", lambda r: r.rng.choice(("Fiber 100", "Fiber 500", "VDSL 50", "Mobil 20 GB"))),
        col("aylik_ucret", "NONE", lambda r: round(r.rng.uniform(199, 899), 2), "REAL"),
    ])


def baz_istasyonlari():
    return table("baz_istasyonlari", 400, "tr_TR", [
        col("istasyon_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("kod", "NONE", lambda r: f"{r.rng.choice(('IST', 'ANK', 'IZM', 'BUR'))}-{r.rng.randrange(10000):04d}"),
        col("enlem", "NONE", lambda r: round(r.rng.uniform(36.0, 42.0), 6), "REAL", "thing-qi"),
        col("boylam", "NONE", lambda r: round(r.rng.uniform(26.0, 44.5), 6), "REAL", "thing-qi"),
        col("sehir", "NONE", lambda r: r.rng.choice(TR_CITIES), note="thing-qi"),
        col("posta_kodu", "NONE", lambda r: f"{r.rng.randrange(1, 82):02d}{r.rng.randrange(1000):03d}", note="thing-qi"),
        col("yonetim_ip", "NONE", lambda r: f"10.{r.rng.randrange(30, 60)}.{r.rng.randrange(256)}.{r.rng.randrange(1, 255)}", note="thing-qi"),
        col("kurulum", "NONE", lambda r: m.day(r, dt.date(2005, 1, 1))),
        col("yukseklik_m", "NONE", lambda r: r.rng.randrange(15, 80), "INTEGER"),
        col("teknoloji", "NONE", lambda r: r.rng.choice(("4G", "5G", "4G/5G", "3G/4G"))),
        col("durum", "NONE", lambda r: "aktif", note="constant"),
    ])


def clienti():
    def address(r):
        return (f"Str. {r.fake.last_name()} nr. {r.rng.randrange(1, 200)}, "
                f"{r.fake.postcode()} {r.rng.choice(RO_CITIES)}")

    def phones(r):
        return m.json_cell([r.fake.phone_number() for _ in range(r.rng.randrange(1, 4))])

    def emails(r):
        first = m.email(r)
        return "; ".join([first] + [m.email(r, "yahoo.ro") for _ in range(r.rng.randrange(0, 2))])

    return table("clienti", 700, "ro_RO", [
        col("id_client", "NONE", lambda r: 3000 + r.i, "INTEGER"),
        col("cnp", "GOV_ID", lambda r: ids.ro_cnp(r.rng, r.p.dob, r.p.sex)),
        col("nume_complet", "PERSON_NAME", lambda r: f"{r.p.last} {r.p.first}"),
        col("adresa", "STREET_ADDRESS|POSTAL_CODE|CITY", address, note="composite"),
        col("judet", "STATE_REGION", lambda r: r.rng.choice(RO_JUDETE)),
        col("telefoane", "PHONE", phones, note="composite, list (JSON array)"),
        col("emailuri", "EMAIL", emails, note="composite, list"),
        col("iban", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "RO")),
        col("card", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), note="partial-format (masked)"),
        col("venit_lunar", "OTHER_PII", lambda r: r.rng.randrange(2500, 25000), "INTEGER", "other-pii (salary)"),
        col("stare_civila", "OTHER_PII", lambda r: r.rng.choice(CIVIL_RO), note="other-pii"),
        col("cetatenie", "COUNTRY", lambda r: r.rng.choices(("România", "Republica Moldova", "Ucraina", "Italia"), (85, 8, 4, 3))[0]),
        col("segment", "NONE", lambda r: r.rng.choice(("A", "B", "C"))),
    ])


def facturi():
    return table("facturi", 900, "ro_RO", [
        col("nr_factura", "NONE", lambda r: f"RO-2026-{r.i + 1:06d}"),
        col("id_client", "NONE", lambda r: 3000 + r.rng.randrange(700), "INTEGER"),
        col("data_emitere", "NONE", lambda r: m.day(r, dt.date(2025, 1, 1))),
        col("suma", "NONE", lambda r: round(r.rng.uniform(15, 900), 2), "REAL"),
        col("moneda", "NONE", lambda r: "RON", note="constant"),
        col("tva", "NONE", lambda r: 19, "INTEGER", "constant"),
        col("referinta_plata", "NONE", lambda r: ids.luhn_failing_16(r.rng, "40"), note="shape-alike (16 digits failing Luhn)"),
        col("stare", "NONE", lambda r: r.rng.choice(("emisă", "plătită", "restantă", "anulată"))),
        col("observatii", "NONE", lambda r: r.rng.choice(INVOICE_NOTES), note="free-text-none"),
    ])


def hoewon():
    def profile(r):
        return m.json_cell({"name": {"family": r.p.last, "given": r.p.first},
                            "prefs": {"lang": "ko", "newsletter": r.rng.random() < 0.4},
                            "tier": r.rng.choice(("silver", "gold", "vip"))})

    return table("hoewon", 500, "ko_KR", [
        col("hoewon_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("ireum", "PERSON_NAME", lambda r: r.p.last + r.p.first),
        col("jumin_beonho", "GOV_ID", lambda r: ids.kr_rrn(r.rng, r.p.dob, r.p.sex)),
        col("saengil", "DATE_OF_BIRTH", lambda r: r.p.dob.isoformat()),
        col("seongbyeol", "GENDER", lambda r: "여" if r.p.sex == "F" else "남", note="value-decides"),
        col("hyudaepon", "PHONE", lambda r: f"010-{r.rng.randrange(1000, 10000)}-{r.rng.randrange(10000):04d}"),
        col("juso", "STREET_ADDRESS", lambda r: " ".join(r.fake.street_address().split()[-2:])),
        col("sido", "STATE_REGION", lambda r: r.rng.choice(KO_AREAS)),
        col("ujeon_beonho", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("imeil", "EMAIL", lambda r: f"{r.fake.user_name()}{r.rng.randrange(100)}@{r.rng.choice(('naver.com', 'daum.net', 'kakao.com'))}"),
        col("profile", "PERSON_NAME", profile, note="nested"),
        col("gaip_il", "NONE", lambda r: m.day(r, dt.date(2015, 1, 1))),
        col("point", "NONE", lambda r: r.rng.randrange(0, 50000), "INTEGER"),
    ])


def _hu_tax_id(r) -> str:
    days = (r.p.dob - dt.date(1867, 1, 1)).days
    while True:
        body = f"8{days:05d}{r.rng.randrange(1000):03d}"
        check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if check < 10:
            return body + str(check)


def staging():
    """A staging table with generic column names (Hungarian people)."""
    return table("stg_import_17", 400, "hu_HU", [
        col("field1", "NONE", lambda r: 90000 + r.i, "INTEGER", "cryptic-name"),
        col("field2", "PERSON_NAME", lambda r: f"{r.p.last} {r.p.first}", note="cryptic-name"),
        col("field3", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%Y.%m.%d.}", note="cryptic-name"),
        col("field4", "GENDER", lambda r: "nő" if r.p.sex == "F" else "férfi", note="cryptic-name, value-decides"),
        col("field5", "PHONE", lambda r: r.fake.phone_number(), note="cryptic-name"),
        col("field6", "CITY", lambda r: r.fake.city(), note="cryptic-name"),
        col("field7", "NONE", lambda r: round(r.rng.uniform(1000, 90000), 0), "REAL", "cryptic-name"),
        col("field8", "GOV_ID", _hu_tax_id, note="cryptic-name"),
        col("field9", "NONE", lambda r: r.rng.choice((0, 1)), "INTEGER", "cryptic-name"),
        col("value", "EMAIL", lambda r: m.email(r), note="cryptic-name (generic name)"),
        col("attr", "NONE", lambda r: r.rng.choice(("import", "manual", "api")), note="cryptic-name (generic name)"),
    ])


TABLES = (zakaznici, sim_karty, relace, aboneler, baz_istasyonlari, clienti, facturi, hoewon, staging)
