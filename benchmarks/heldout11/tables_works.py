"""h11_works.sqlite: a coffee mill in Tarrazú (Costa Rica), a flax mill in Orsha (Belarus,
Belarusian column names), a cattle post near Ghanzi (Botswana, Setswana column names), a
frankincense distillery in Salalah (Oman, Arabic column names) and a silk-weaving cooperative
near Siem Reap (Cambodia, Khmer column names): machines and lots beside the people who work
them."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout11 import ids
from benchmarks.heldout11.makers import (born, code, const, date_between, digits, email_of, empty, family, free_text,
                                         full, given, ipv4, latlon, mac, mask, money, number, other_full, phone, pick,
                                         seq, sex, share, street, town, version4)
from benchmarks.heldout11.places import BW, BY, CR, KH, OM, PHONES

D = dt.date


def _contact(places, country):
    ph = phone(PHONES[country])
    return lambda r: f"{other_full(places)(r)}, {ph(r)}"


# --- Costa Rica: beneficio de café ---------------------------------------------------------

def cr_secadoras():
    return table("cr_secadoras", 340, "en_US", [
        col("secadora_id", "TEXT", "NONE", seq("SEC-", 4)),
        col("modelo", "TEXT", "NONE", pick("Guardiola 45", "Pinhalense SRE-15", "Penagos SC-30", "Guardiola 60")),
        col("serie", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("firmware", "TEXT", "NONE", version4(), "shape-alike"),
        col("ip_plc", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
        col("mac_controlador", "TEXT", "NONE", mac(), "thing-qi"),
        col("distrito", "TEXT", "NONE", town(CR, 0), "thing-qi"),
        col("codigo_postal", "TEXT", "NONE", town(CR, 2), "thing-qi"),
        col("latitud", "REAL", "NONE", latlon(9.66, -84.03), "thing-qi"),
        col("capacidad_qq", "INTEGER", "NONE", number(60, 400)),
        col("temp_max_c", "REAL", "NONE", money(48, 62, 1)),
        col("instalada", "TEXT", "NONE", date_between(D(2004, 1, 1), D(2025, 6, 1))),
        col("telefono", "TEXT", "NONE", code("INT-99"), "lying-name"),
    ])


def cr_recolectores():
    return table("cr_recolectores", 820, "en_US", [
        col("cedula", "TEXT", "GOV_ID", lambda r: ids.cr_cedula(r.rng)),
        col("nombre", "TEXT", "PERSON_NAME", given(CR), "partial-format"),
        col("apellidos", "TEXT", "PERSON_NAME", lambda r: f"{family(CR)(r)} {r.rng.choice(CR['family'])}"),
        col("fecha_nac", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sexo", "TEXT", "GENDER", sex("F", "M")),
        col("celular", "TEXT", "PHONE", phone(PHONES["CR"])),
        col("distrito", "TEXT", "CITY", town(CR, 0)),
        col("provincia", "TEXT", "STATE_REGION", town(CR, 1)),
        col("nacionalidad", "TEXT", "COUNTRY", pick("costarricense", "costarricense", "nicaragüense", "panameña")),
        col("etnia", "TEXT", "OTHER_PII", pick("no indígena", "no indígena", "ngäbe-buglé", "cabécar"), "other-pii"),
        col("cuenta_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.cr_iban(r.rng)),
        col("pago_semana", "REAL", "OTHER_PII", money(18000, 95000, 0), "other-pii"),
        col("temporada", "TEXT", "NONE", const("2026-2027"), "constant"),
        col("f_07", "TEXT", "PERSON_NAME|PHONE", _contact(CR, "CR"), "cryptic-name composite"),
    ])


def cr_entregas():
    return table("cr_entregas", 900, "en_US", [
        col("recibo", "INTEGER", "NONE", lambda r: 40000 + r.i),
        col("fecha", "TEXT", "NONE", date_between(D(2026, 10, 1), D(2026, 11, 30))),
        col("productor", "TEXT", "PERSON_NAME", full(CR)),
        col("ced_prod", "TEXT", "GOV_ID", mask(lambda r: ids.cr_cedula(r.rng), 4, "X"), "partial-format"),
        col("finca", "TEXT", "NONE", pick("La Pastora", "El Llano", "Los Cipreses", "San Bosco", "La Trinidad")),
        col("fanegas", "REAL", "NONE", money(0.5, 40, 2)),
        col("precio_fanega", "REAL", "NONE", const(68500.0), "constant"),
        col("lote", "TEXT", "NONE", digits(5, ""), "shape-alike"),
        col("altitud_msnm", "INTEGER", "NONE", number(1200, 1900)),
        col("f_12", "TEXT", "PHONE", phone(PHONES["CR"]), "cryptic-name"),
        col("obs", "TEXT", "NONE", pick("grano maduro", "mezcla con verde", "", "flotes altos", "cosecha tardía"), "free-text-none"),
    ])


# --- Belarus: Аршанскі льнокамбінат -------------------------------------------------------

def by_mashyny():
    return table("by_mashyny", 420, "en_US", [
        col("інвентарны_нумар", "TEXT", "NONE", seq("ОЛК-", 5)),
        col("мадэль", "TEXT", "NONE", pick("ЧМ-450", "ЛМ-24", "Шаньхай-1032", "Ванден-Берг TM")),
        col("завод", "TEXT", "NONE", pick("Орша", "Кастрама", "Шанхай", "Гент")),
        col("год_выпуску", "INTEGER", "NONE", number(1978, 2024)),
        col("серыйны_нумар", "TEXT", "NONE", code("999-999-999"), "shape-alike"),
        col("прашыўка", "TEXT", "NONE", version4(), "shape-alike"),
        col("ip_адрас", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
        col("цэх", "TEXT", "NONE", pick("трапальны", "прадзільны", "ткацкі", "аддзелачны")),
        col("магутнасць_квт", "REAL", "NONE", money(4, 90, 1)),
        col("апошні_рамонт", "TEXT", "NONE", date_between(D(2022, 1, 1), D(2026, 11, 1))),
        col("тэлефон", "TEXT", "NONE", code("Ц9/99"), "lying-name"),
    ])


def by_rabotniki():
    return table("by_rabotniki", 760, "en_US", [
        col("табельны_нумар", "INTEGER", "NONE", lambda r: 1000 + r.i),
        col("прозвішча", "TEXT", "PERSON_NAME", family(BY)),
        col("імя", "TEXT", "PERSON_NAME", given(BY)),
        col("імя_па_бацьку", "TEXT", "PERSON_NAME",
            lambda r: r.rng.choice(BY["M"]) + ("авіч" if r.sex == "M" else "аўна"), "partial-format"),
        col("дата_нараджэння", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("пол", "TEXT", "GENDER", sex("жан", "муж")),
        col("асабісты_нумар", "TEXT", "GOV_ID", lambda r: ids.by_personal(r.rng, r.born, r.sex)),
        col("пашпарт", "TEXT", "GOV_ID", code("MP9999999")),
        col("адрас", "TEXT", "STREET_ADDRESS", lambda r: f"{street(BY)(r)}, кв. {r.rng.randint(1, 120)}"),
        col("горад", "TEXT", "CITY", town(BY, 0)),
        col("індэкс", "TEXT", "POSTAL_CODE", town(BY, 2)),
        col("мабільны", "TEXT", "PHONE", phone(PHONES["BY"])),
        col("пасада", "TEXT", "OPTIONAL", pick("трапальшчык", "прадзільшчыца", "ткачыха", "наладчык", "майстар"), "optional"),
        col("разрад", "INTEGER", "OTHER_PII", number(2, 6), "other-pii"),
        col("заробак_byn", "REAL", "OTHER_PII", money(900, 2600), "other-pii"),
        col("прыняты", "TEXT", "OPTIONAL", date_between(D(1995, 1, 1), D(2026, 9, 1)), "optional"),
        col("рахунак", "TEXT", "BANK_ACCOUNT", lambda r: ids.by_iban(r.rng)),
        col("прафсаюз", "TEXT", "OTHER_PII", pick("так", "так", "не"), "other-pii"),
    ])


def by_medahliad():
    notes_plain = ("без заўваг", "паўторны агляд праз {n} дзён", "рэкамендаваны акуляры", "норма")
    notes_pii = ("тэлефанавала дачка {name}, {phone}", "накіраваны да ўрача {name}", "званіць жонцы: {phone}")
    ph = phone(PHONES["BY"])
    return table("by_medahliad", 600, "en_US", [
        col("табельны_нумар", "INTEGER", "NONE", number(1000, 1759)),
        col("дата_агляду", "TEXT", "OPTIONAL", date_between(D(2025, 1, 10), D(2026, 11, 20)), "optional"),
        col("ціск", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(105, 175)}/{r.rng.randint(65, 105)}", "health"),
        col("дыягназ", "TEXT", "OTHER_PII", pick("здаровы", "гіпертанія I ст.", "астма", "бісіноз", "цукровы дыябет 2 тыпу",
                                                 "страта слыху"), "health"),
        col("прыдатнасць", "TEXT", "OTHER_PII", pick("прыдатны", "прыдатны", "часова непрыдатны", "прыдатны з абмежаваннямі"), "health"),
        col("урач", "TEXT", "PERSON_NAME", full(BY, order="fg")),
        col("заўвагі", "TEXT", "FREE_TEXT_PII",
            free_text(notes_plain, notes_pii, 0.1, lambda r: {"name": other_full(BY)(r), "phone": ph(r)}), "free-text"),
        col("c3", "TEXT", "NONE", empty(), "cryptic-name constant"),
    ])


# --- Botswana: cattle post near Ghanzi ------------------------------------------------------

def bw_dikgomo():
    return table("bw_dikgomo", 700, "en_US", [
        col("nomore_ya_setlhopha", "TEXT", "NONE", seq("GZ-", 4)),
        col("tshwao", "TEXT", "NONE", code("AA 99")),
        col("rfid", "TEXT", "NONE", digits(12, "072"), "shape-alike"),
        col("motse", "TEXT", "NONE", town(BW, 0), "thing-qi"),
        col("kgaolo", "TEXT", "NONE", town(BW, 1), "thing-qi"),
        col("lat", "REAL", "NONE", latlon(-21.7, 21.65, 0.4), "thing-qi"),
        col("letsatsi_la_matsalo", "TEXT", "NONE", date_between(D(2019, 1, 1), D(2025, 12, 1)), "lying-name"),
        col("bong", "TEXT", "NONE", pick("namagadi", "poo", "pholo"), "lying-name"),
        col("mmala", "TEXT", "NONE", pick("ntsho", "khibidu", "tshweu", "nkgwe")),
        col("bokete_kg", "REAL", "NONE", money(180, 620, 1)),
        col("mofuta", "TEXT", "NONE", pick("Tswana", "Brahman", "Simmentaler", "Bonsmara")),
    ])


def bw_badisa():
    return table("bw_badisa", 380, "en_US", [
        col("omang", "TEXT", "GOV_ID", lambda r: ids.bw_omang(r.rng, r.sex)),
        col("leina", "TEXT", "PERSON_NAME", given(BW), "partial-format"),
        col("sefane", "TEXT", "PERSON_NAME", family(BW)),
        col("letsatsi_la_matsalo", "TEXT", "DATE_OF_BIRTH", born("%Y/%m/%d")),
        col("bong", "TEXT", "GENDER", sex("Mosadi", "Monna")),
        col("mogala", "TEXT", "PHONE", phone(PHONES["BW"])),
        col("motse", "TEXT", "CITY", town(BW, 0)),
        col("kgaolo", "TEXT", "STATE_REGION", town(BW, 1)),
        col("tuelo_bwp", "REAL", "OTHER_PII", money(1400, 4200), "other-pii"),
        col("dikgomo_tsa_gagwe", "INTEGER", "OTHER_PII", number(0, 60), "other-pii"),
        col("morafe", "TEXT", "OTHER_PII", pick("Bangwato", "Bakwena", "Basarwa", "Baherero", "Bakgalagadi"), "other-pii"),
        col("c1", "TEXT", "PERSON_NAME", other_full(BW), "cryptic-name"),
        col("c2", "TEXT", "PHONE", mask(phone(PHONES["BW"]), 3), "cryptic-name partial-format"),
    ])


def bw_thekiso():
    return table("bw_thekiso", 520, "en_US", [
        col("resiti", "TEXT", "NONE", seq("BMC/26/", 5)),
        col("letsatsi", "TEXT", "NONE", date_between(D(2025, 3, 1), D(2026, 11, 28))),
        col("setlhopha", "TEXT", "NONE", lambda r: f"GZ-{r.rng.randint(1, 700):04d}"),
        col("grade", "TEXT", "NONE", pick("Super", "Prime", "Commercial", "Economy")),
        col("price_per_kg", "REAL", "NONE", money(33, 46)),
        col("total_bwp", "REAL", "NONE", money(4000, 19000)),
        col("seller_tin", "TEXT", "GOV_ID", code("C99999999")),
        col("buyer", "TEXT", "NONE", pick("Botswana Meat Commission", "Ghanzi Butchery (Pty) Ltd", "Kalahari Feedlots")),
        col("contact", "TEXT", "PERSON_NAME|PHONE", _contact(BW, "BW"), "composite"),
    ])


# --- Oman: frankincense distillery, Salalah -------------------------------------------------

def om_qawarir():
    return table("om_qawarir", 310, "en_US", [
        col("رقم_الجهاز", "TEXT", "NONE", seq("DST-", 3)),
        col("الطراز", "TEXT", "NONE", pick("نحاس 200 لتر", "فولاذ 500 لتر", "نحاس 50 لتر")),
        col("السعة_لتر", "INTEGER", "NONE", number(50, 500)),
        col("الموقع", "TEXT", "NONE", town(OM, 0), "thing-qi"),
        col("الرمز_البريدي", "TEXT", "NONE", town(OM, 2), "thing-qi"),
        col("إصدار_البرنامج", "TEXT", "NONE", version4(), "shape-alike"),
        col("الرقم_التسلسلي", "TEXT", "NONE", code("9999 9999"), "shape-alike"),
        col("تاريخ_التركيب", "TEXT", "NONE", date_between(D(2012, 1, 1), D(2026, 1, 1))),
        col("هاتف", "TEXT", "NONE", code("99"), "lying-name"),
    ])


def om_hasadin():
    def name_ar(r):
        return f"{r.rng.choice(OM[r.sex])} بن {r.rng.choice(OM['M'])} {r.rng.choice(OM['family'])}" if r.sex == "M" \
            else f"{r.rng.choice(OM[r.sex])} بنت {r.rng.choice(OM['M'])} {r.rng.choice(OM['family'])}"
    return table("om_hasadin", 450, "en_US", [
        col("الرقم_المدني", "TEXT", "GOV_ID", lambda r: ids.om_civil(r.rng)),
        col("الاسم", "TEXT", "PERSON_NAME", name_ar),
        col("name_en", "TEXT", "PERSON_NAME", full(OM, "_lat", "family_lat")),
        col("تاريخ_الميلاد", "TEXT", "DATE_OF_BIRTH", born()),
        col("الجنس", "TEXT", "GENDER", sex("أنثى", "ذكر")),
        col("الجنسية", "TEXT", "COUNTRY", pick("عماني", "عماني", "يمني", "صومالي", "بنغلاديشي")),
        col("الهاتف", "TEXT", "PHONE", phone(PHONES["OM"])),
        col("الولاية", "TEXT", "CITY", town(OM, 0)),
        col("المحافظة", "TEXT", "STATE_REGION", town(OM, 1)),
        col("الراتب_ر_ع", "REAL", "OTHER_PII", money(180, 900, 3), "other-pii"),
        col("الحالة_الاجتماعية", "TEXT", "OTHER_PII", pick("متزوج", "أعزب", "مطلق", "أرمل"), "other-pii"),
        col("جواز_السفر", "TEXT", "GOV_ID", share(0.35, code("A9999999")), "partial-format"),
        col("email", "TEXT", "EMAIL", email_of(("omantel.net.om", "gmail.com", "hotmail.com"))),
    ])


def om_mahsul():
    return table("om_mahsul", 880, "en_US", [
        col("الرقم", "INTEGER", "NONE", lambda r: r.i + 1),
        col("الرقم_المدني", "TEXT", "GOV_ID", mask(lambda r: ids.om_civil(r.rng), 3), "partial-format"),
        col("الوادي", "TEXT", "NONE", pick("وادي دوكة", "حاسك", "حوجر", "نجد", "شزر")),
        col("عدد_الأشجار", "INTEGER", "NONE", number(3, 120)),
        col("الدرجة", "TEXT", "NONE", pick("حوجري", "نجدي", "شزري", "سحلي")),
        col("الوزن_كغ", "REAL", "NONE", money(1, 60, 1)),
        col("التاريخ", "TEXT", "NONE", date_between(D(2026, 4, 1), D(2026, 10, 31))),
        col("خط_العرض", "REAL", "NONE", latlon(17.35, 54.1, 0.3), "thing-qi"),
        col("ملاحظات", "TEXT", "NONE", pick("", "صمغ جيد", "مطر خفيف", "أشجار صغيرة", "تأخر الجمع"), "free-text-none"),
    ])


# --- Cambodia: silk weaving cooperative near Siem Reap -------------------------------------

def kh_kei():
    return table("kh_kei", 330, "en_US", [
        col("លេខកី", "TEXT", "NONE", seq("LOOM-", 3)),
        col("ប្រភេទ", "TEXT", "NONE", pick("កីដៃ", "កីឈើ", "កីជើង")),
        col("ភូមិ", "TEXT", "NONE", town(KH, 0), "thing-qi"),
        col("ចំនួនអំបោះ", "INTEGER", "NONE", number(800, 3200)),
        col("ក្បាច់", "TEXT", "NONE", pick("ហូល", "ផាមួង", "សំពត់ចរបាប់", "ក្រមា")),
        col("ជួសជុលចុងក្រោយ", "TEXT", "NONE", date_between(D(2023, 1, 1), D(2026, 11, 1))),
        col("serial", "TEXT", "NONE", code("099 999 999"), "shape-alike"),
    ])


def kh_tbanh():
    return table("kh_tbanh", 560, "en_US", [
        col("អត្តសញ្ញាណប័ណ្ណ", "TEXT", "GOV_ID", lambda r: ids.kh_id(r.rng)),
        col("ឈ្មោះ", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(KH['family_km'])} {r.rng.choice(KH[r.sex + '_km'])}"),
        col("name_latin", "TEXT", "PERSON_NAME", full(KH, order="fg")),
        col("ថ្ងៃកំណើត", "TEXT", "DATE_OF_BIRTH", born("%d-%m-%Y")),
        col("ភេទ", "TEXT", "GENDER", sex("ស្រី", "ប្រុស")),
        col("ទូរស័ព្ទ", "TEXT", "PHONE", phone(PHONES["KH"])),
        col("ភូមិ", "TEXT", "CITY", town(KH, 0)),
        col("ខេត្ត", "TEXT", "STATE_REGION", town(KH, 1)),
        col("ប្រាក់ឈ្នួល_usd", "REAL", "OTHER_PII", money(90, 320), "other-pii"),
        col("សមាជិកគ្រួសារ", "INTEGER", "OTHER_PII", number(1, 9), "other-pii"),
        col("ពិការភាព", "TEXT", "OTHER_PII", pick("គ្មាន", "គ្មាន", "គ្មាន", "ភ្នែក", "ជើង"), "health"),
        col("aba_account", "TEXT", "BANK_ACCOUNT", code("999 999 999")),
        col("idpoor", "TEXT", "OTHER_PII", pick("", "", "Level 1", "Level 2"), "other-pii"),
    ])


TABLES = (cr_secadoras, cr_recolectores, cr_entregas, by_mashyny, by_rabotniki, by_medahliad, bw_dikgomo, bw_badisa,
          bw_thekiso, om_qawarir, om_hasadin, om_mahsul, kh_kei, kh_tbanh)
