"""h12_works.sqlite: an elephant conservation centre in Sainyabuli (Laos), an apricot-drying
plant in Isfara (Tajikistan), a cardamom cooperative in Cobán (Guatemala), a sawmill near
Bertoua (Cameroon) and a yak-cheese dairy in Bumthang (Bhutan): things beside people."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout12 import ids
from benchmarks.heldout12 import places as P
from benchmarks.heldout12.makers import (born, day, free_text, full_name, given, lat, mac, masked_phone,
                                         num, one_of, phone, rowid, seq, sex_code, sometimes, stamp, tj_name,
                                         version4, weighted, wkt_point, ipv4_private, code)

D = dt.date


def la_elephants():
    return table("la_elephants", 400, "en_US", [
        col("elephant_id", "TEXT", "NONE", seq("ELE-", 4)),
        col("ຊື່", "TEXT", "NONE", one_of("ແມ່ຄຳ", "ພູດອຍ", "ບົວຄຳ", "Mae Ping", "Phet", "Noy", "Sao Kham"), "lying-name cryptic-name"),
        col("microchip", "TEXT", "NONE", lambda r: "418" + ids.digits(r.rng, 12), "thing-qi device-id"),
        col("dob", "TEXT", "NONE", day(D(1962, 1, 1), D(2025, 6, 1)), "lying-name"),
        col("gender", "TEXT", "NONE", one_of("F", "M", "F"), "lying-name"),
        col("camp_location", "TEXT", "NONE", wkt_point((19.1, 19.4), (101.6, 101.9)), "thing-qi"),
        col("district", "TEXT", "NONE", one_of(*P.LA_DISTRICTS), "thing-qi"),
        col("origin_province", "TEXT", "NONE", one_of(*P.LA_PROVINCES_ROMAN), "thing-qi"),
        col("weight_kg", "INTEGER", "NONE", num(900, 4800)),
        col("mahout_id", "INTEGER", "NONE", num(1, 300)),
        col("health_note", "TEXT", "NONE", one_of("ສຸຂະພາບດີ", "foot abscess treated", "deworming done",
                                                  "ກິນອາຫານປົກກະຕິ", "musth, kept apart", "tusk trimmed"), "free-text-none"),
    ])


def la_mahouts():
    return table("la_mahouts", 300, "en_US", [
        col("mahout_id", "INTEGER", "NONE", rowid),
        col("ຊື່", "TEXT", "PERSON_NAME", given(P.LA_GIVEN_F, P.LA_GIVEN_M), "cryptic-name partial-format"),
        col("ນາມສະກຸນ", "TEXT", "PERSON_NAME", one_of(*P.LA_FAMILY), "cryptic-name partial-format"),
        col("name_roman", "TEXT", "PERSON_NAME", full_name(P.LA_GIVEN_ROMAN, P.LA_GIVEN_ROMAN, P.LA_FAMILY_ROMAN)),
        col("ວັນເດືອນປີເກີດ", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("ເພດ", "TEXT", "GENDER", sex_code("ຍິງ", "ຊາຍ"), "cryptic-name"),
        col("ເບີໂທ", "TEXT", "PHONE", phone("LA"), "cryptic-name"),
        col("ບ້ານ", "TEXT", "CITY", one_of(*P.LA_VILLAGES), "cryptic-name"),
        col("ແຂວງ", "TEXT", "STATE_REGION", one_of(*P.LA_PROVINCES), "cryptic-name"),
        col("id_card", "TEXT", "GOV_ID", lambda r: ids.la_id_card(r.rng)),
        col("monthly_pay_kip", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(2_500_000, 6_000_000, 50_000), "other-pii"),
        col("marital", "TEXT", "OTHER_PII", one_of("ແຕ່ງງານແລ້ວ", "ໂສດ", "ແຕ່ງງານແລ້ວ", "ໝ້າຍ"), "other-pii"),
        col("hired_on", "TEXT", "OPTIONAL", day(D(2005, 1, 1), D(2026, 6, 1)), "optional"),
        col("elephant_id", "TEXT", "NONE", lambda r: f"ELE-{r.rng.randint(1, 400):04d}"),
    ])


def tj_dryers():
    return table("tj_dryers", 300, "en_US", [
        col("dryer_no", "TEXT", "NONE", seq("ISF-D", 3)),
        col("model", "TEXT", "NONE", one_of("SushkaPro 500", "Helios T-12", "AgroDry 8", "SunBox S3")),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("controller_ip", "TEXT", "NONE", ipv4_private, "thing-qi"),
        col("controller_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("шаҳр", "TEXT", "NONE", one_of(*P.TJ_TOWNS), "thing-qi cryptic-name"),
        col("ноҳия", "TEXT", "NONE", one_of(*P.TJ_DISTRICTS), "thing-qi cryptic-name"),
        col("installed", "TEXT", "NONE", day(D(2014, 1, 1), D(2026, 5, 1))),
        col("capacity_kg", "INTEGER", "NONE", num(200, 2000)),
        col("status", "TEXT", "NONE", one_of("кор мекунад", "таъмир", "захира")),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.imei_number(r.rng), "thing-qi device-id shape-alike"),
    ])


def tj_workers():
    def address(r):
        return f"{r.rng.choice(P.TJ_POSTCODES)}, {r.rng.choice(P.TJ_TOWNS)}, {r.rng.choice(P.TJ_STREETS)} {r.rng.randint(1, 120)}"

    def passport_masked(r):
        p = ids.tj_passport(r.rng)
        return p[:3] + "****" + p[-2:]

    return table("tj_workers", 400, "en_US", [
        col("рақам", "INTEGER", "NONE", rowid, "cryptic-name"),
        col("ному насаб", "TEXT", "PERSON_NAME", tj_name, "cryptic-name"),
        col("санаи таваллуд", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y"), "cryptic-name"),
        col("ҷинс", "TEXT", "GENDER", sex_code("зан", "мард"), "cryptic-name"),
        col("телефон", "TEXT", "PHONE", phone("TJ")),
        col("суроға", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", address, "composite cryptic-name"),
        col("ИРМ", "TEXT", "GOV_ID", lambda r: ids.tj_inn(r.rng), "cryptic-name"),
        col("шиноснома", "TEXT", "GOV_ID", passport_masked, "cryptic-name partial-format"),
        col("музди меҳнат", "REAL", "OTHER_PII", num(900, 3500, 2), "cryptic-name other-pii"),
        col("миллат", "TEXT", "OTHER_PII", weighted({"тоҷик": 8, "ӯзбек": 2, "қирғиз": 1}), "cryptic-name other-pii"),
        col("вазифа", "TEXT", "OPTIONAL", one_of("оператор", "борбардор", "навбатдор", "сортировщик"), "optional"),
        col("dryer_no", "TEXT", "NONE", lambda r: f"ISF-D{r.rng.randint(1, 300):03d}"),
    ])


def tj_deliveries():
    def personal(r):
        return r.rng.choice([f"пул ба {tj_name(r)} дода шуд", f"занг занед {P.phone(r.rng, 'TJ')}",
                             f"бародари {r.rng.choice(P.TJ_GIVEN_M)} овард"])

    return table("tj_deliveries", 600, "en_US", [
        col("delivery_id", "TEXT", "NONE", seq("DL26-", 5)),
        col("farmer", "TEXT", "PERSON_NAME", tj_name),
        col("farmer_phone", "TEXT", "PHONE", masked_phone("TJ"), "partial-format"),
        col("kishlak", "TEXT", "CITY", one_of("Ворух", "Чорку", "Сурх", "Навгилем", "Шоҳтемир", "Лаккон"), "cryptic-name"),
        col("kg", "REAL", "NONE", num(40, 1800, 1)),
        col("price_tjs", "REAL", "NONE", num(6, 22, 2)),
        col("variety", "TEXT", "NONE", one_of("Мирсанҷалӣ", "Хурмоӣ", "Исфарак", "Субҳонӣ")),
        col("lot_code", "TEXT", "NONE", lambda r: f"7359{r.rng.randint(10, 99)}", "shape-alike"),
        col("delivered_at", "TEXT", "NONE", stamp(D(2026, 6, 10), D(2026, 8, 20))),
        col("paid_cash", "INTEGER", "NONE", one_of(0, 1)),
        col("эзоҳ", "TEXT", "FREE_TEXT_PII", free_text(["сифат хуб", "нам зиёд", "бе эрод", "хушк нашудааст",
                                                        "қисман вайрон", "дубора тафтиш"], personal, 0.1),
            "free-text cryptic-name"),
    ])


def gt_secadoras():
    return table("gt_secadoras", 300, "en_US", [
        col("secadora_id", "TEXT", "NONE", seq("SEC-", 3)),
        col("marca", "TEXT", "NONE", one_of("Guardiola", "Pinhalense", "Secafé", "Artesanal")),
        col("serie", "TEXT", "NONE", lambda r: ids.non_luhn_16(r.rng), "shape-alike"),
        col("municipio", "TEXT", "NONE", one_of(*P.GT_MUNICIPIOS), "thing-qi"),
        col("aldea", "TEXT", "NONE", one_of(*P.GT_ALDEAS), "thing-qi"),
        col("codigo_postal", "TEXT", "NONE", one_of(*P.GT_POSTCODES), "thing-qi"),
        col("latitud", "REAL", "NONE", lat(15.3, 15.9), "thing-qi"),
        col("longitud", "REAL", "NONE", lat(-90.6, -89.9), "thing-qi"),
        col("combustible", "TEXT", "NONE", one_of("leña", "diésel", "gas propano", "solar")),
        col("capacidad_qq", "INTEGER", "NONE", num(20, 400)),
        col("telefono", "TEXT", "NONE", code("CANAL ##/#"), "lying-name"),
    ])


def gt_socios():
    def apellidos(r):
        return f"{r.rng.choice(P.GT_FAMILY)} {r.rng.choice(P.GT_FAMILY)}"

    return table("gt_socios", 500, "en_US", [
        col("socio_id", "INTEGER", "NONE", rowid),
        col("nombres", "TEXT", "PERSON_NAME",
            lambda r: " ".join(r.rng.sample(P.GT_GIVEN_F if r.sex == "F" else P.GT_GIVEN_M, 2))),
        col("apellidos", "TEXT", "PERSON_NAME", apellidos),
        col("cui", "TEXT", "GOV_ID", lambda r: ids.gt_cui(r.rng)),
        col("nit", "TEXT", "GOV_ID", lambda r: ids.gt_nit_person(r.rng)),
        col("fecha_nac", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sexo", "TEXT", "GENDER", sex_code("F", "M")),
        col("tel_cel", "TEXT", "PHONE", sometimes(0.7, phone("GT")), "partial-format"),
        col("aldea", "TEXT", "CITY", one_of(*P.GT_ALDEAS)),
        col("municipio", "TEXT", "CITY", one_of(*P.GT_MUNICIPIOS)),
        col("depto", "TEXT", "STATE_REGION", weighted({"Alta Verapaz": 9, "Baja Verapaz": 1})),
        col("cuenta_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_gt(r.rng)),
        col("idioma", "TEXT", "OTHER_PII", weighted({"q'eqchi'": 7, "poqomchi'": 2, "español": 2}), "other-pii"),
        col("religion", "TEXT", "OTHER_PII", one_of("católica", "evangélica", "evangélica", "ninguna"), "other-pii"),
        col("cuerdas", "REAL", "OTHER_PII", num(2, 60, 1), "other-pii"),
    ])


def cm_grumes():
    return table("cm_grumes", 600, "en_US", [
        col("numero_grume", "TEXT", "NONE", seq("GR-", 6)),
        col("essence", "TEXT", "NONE", one_of("Ayous", "Sapelli", "Iroko", "Okoumé", "Moabi", "Tali")),
        col("volume_m3", "REAL", "NONE", num(2, 18, 2)),
        col("diametre_cm", "INTEGER", "NONE", num(60, 190)),
        col("longueur_m", "REAL", "NONE", num(4, 14, 1)),
        col("ufa", "TEXT", "NONE", code("UFA 10-0##"), "thing-qi"),
        col("region", "TEXT", "NONE", one_of("Est", "Est", "Sud", "Centre"), "thing-qi"),
        col("coord_abattage", "TEXT", "NONE", wkt_point((2.8, 4.6), (13.6, 15.4)), "thing-qi"),
        col("conteneur", "TEXT", "NONE", lambda r: ids.container(r.rng), "shape-alike"),
        col("date_abattage", "TEXT", "NONE", day(D(2026, 1, 5), D(2026, 11, 20))),
        col("marteau", "TEXT", "NONE", code("??-###")),
    ])


def cm_ouvriers():
    return table("cm_ouvriers", 400, "en_US", [
        col("matricule", "TEXT", "NONE", seq("SCB", 4)),
        col("nom", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(P.CM_FAMILY).upper(), "partial-format"),
        col("prenom", "TEXT", "PERSON_NAME", given(P.CM_GIVEN_F, P.CM_GIVEN_M), "partial-format"),
        col("date_naiss", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("lieu_naiss", "TEXT", "CITY", one_of(*P.CM_TOWNS, "Ebolowa", "Bafoussam", "Garoua")),
        col("sexe", "TEXT", "GENDER", sex_code("Féminin", "Masculin")),
        col("cni", "TEXT", "GOV_ID", lambda r: ids.cm_cni(r.rng)),
        col("cnps", "TEXT", "GOV_ID", lambda r: ids.cm_cnps(r.rng)),
        col("niu", "TEXT", "GOV_ID", lambda r: ids.cm_niu(r.rng, True)),
        col("tel", "TEXT", "PHONE", phone("CM")),
        col("quartier", "TEXT", "OPTIONAL", one_of(*P.CM_QUARTIERS), "optional"),
        col("ville", "TEXT", "CITY", one_of(*P.CM_TOWNS)),
        col("salaire_base", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(60_000, 350_000, 500), "other-pii"),
        col("situation_matrimoniale", "TEXT", "OTHER_PII", one_of("marié(e)", "célibataire", "union libre", "veuf(ve)"), "other-pii"),
        col("groupe_sanguin", "TEXT", "OTHER_PII", one_of("O+", "A+", "B+", "AB+", "O-", "A-"), "health"),
        col("poste", "TEXT", "OPTIONAL", one_of("scieur", "affûteur", "cariste", "manœuvre", "pointeur"), "optional"),
    ])


def cm_accidents():
    def personal(r):
        who = f"{r.rng.choice(P.CM_GIVEN_M)} {r.rng.choice(P.CM_FAMILY)}"
        return r.rng.choice([f"{who} a évacué le blessé à Bertoua", f"prévenir l'épouse au {P.phone(r.rng, 'CM')}",
                             f"témoin principal : {who}"])

    return table("cm_accidents", 300, "en_US", [
        col("accident_id", "INTEGER", "NONE", rowid),
        col("matricule", "TEXT", "NONE", lambda r: f"SCB{r.rng.randint(1, 400):04d}"),
        col("date_accident", "TEXT", "OPTIONAL", day(D(2024, 1, 1), D(2026, 11, 25)), "optional"),
        col("lesion", "TEXT", "OTHER_PII", one_of("coupure main gauche", "fracture du pied", "lombalgie",
                                                  "écharde œil droit", "entorse cheville", "brûlure avant-bras"), "health"),
        col("jours_arret", "INTEGER", "OTHER_PII", num(0, 45), "health"),
        col("machine", "TEXT", "NONE", one_of("scie de tête", "déligneuse", "tronçonneuse", "chariot élévateur")),
        col("temoin", "TEXT", "PERSON_NAME", full_name(P.CM_GIVEN_F, P.CM_GIVEN_M, P.CM_FAMILY, "fg")),
        col("description", "TEXT", "FREE_TEXT_PII", free_text(["glissade sur sciure", "lame non protégée",
                                                               "chute de grume", "port de charge", "sans EPI"],
                                                              personal, 0.12), "free-text"),
    ])


def bt_yaks():
    return table("bt_yaks", 300, "en_US", [
        col("yak_tag", "TEXT", "NONE", seq("BUM-Y", 4)),
        col("herd", "TEXT", "NONE", one_of("Dhur-1", "Dhur-2", "Tang-1", "Ura-3", "Chhume-2")),
        col("gender", "TEXT", "NONE", one_of("yak", "dri", "dri"), "lying-name"),
        col("dob", "TEXT", "NONE", day(D(2010, 3, 1), D(2026, 6, 1)), "lying-name"),
        col("pasture_gewog", "TEXT", "NONE", one_of(*P.BT_GEWOGS), "thing-qi"),
        col("pasture_lat", "REAL", "NONE", lat(27.4, 27.9), "thing-qi"),
        col("pasture_lon", "REAL", "NONE", lat(90.6, 91.0), "thing-qi"),
        col("milk_l_day", "REAL", "NONE", num(0, 3.5, 1)),
        col("colour", "TEXT", "NONE", one_of("black", "black-white", "brown", "grey")),
        col("herder_id", "INTEGER", "NONE", num(1, 300)),
    ])


def bt_herders():
    def name_dz_or_en(r):
        return r.rng.choice(P.BT_NAMES_DZ) if r.p(0.3) else r.rng.choice(P.BT_NAMES_F if r.sex == "F" else P.BT_NAMES_M)

    return table("bt_herders", 300, "en_US", [
        col("herder_id", "INTEGER", "NONE", rowid),
        col("མིང་", "TEXT", "PERSON_NAME", name_dz_or_en, "cryptic-name partial-format"),
        col("name_en", "TEXT", "PERSON_NAME", given(P.BT_NAMES_F, P.BT_NAMES_M), "partial-format"),
        col("cid_no", "TEXT", "GOV_ID", lambda r: ids.bt_cid(r.rng)),
        col("སྐྱེས་ཚེས", "TEXT", "DATE_OF_BIRTH", born(), "cryptic-name"),
        col("ཕོ་མོ", "TEXT", "GENDER", sex_code("མོ", "ཕོ"), "cryptic-name"),
        col("ཁ་པར", "TEXT", "PHONE", phone("BT"), "cryptic-name"),
        col("gewog", "TEXT", "STATE_REGION", one_of(*P.BT_GEWOGS)),
        col("dzongkhag", "TEXT", "STATE_REGION", weighted({"Bumthang": 8, "Trongsa": 1, "Wangdue Phodrang": 1})),
        col("yaks_owned", "INTEGER", "OTHER_PII", num(3, 120), "other-pii"),
        col("loan_balance_nu", "INTEGER", "OTHER_PII", sometimes(0.4, num(5_000, 250_000), 0), "other-pii"),
        col("hh_members", "INTEGER", "OTHER_PII", num(1, 11), "other-pii"),
    ])


def bt_milk():
    return table("bt_milk", 700, "en_US", [
        col("collection_id", "INTEGER", "NONE", rowid),
        col("herder", "TEXT", "PERSON_NAME", given(P.BT_NAMES_F, P.BT_NAMES_M), "partial-format"),
        col("litres", "REAL", "NONE", num(2, 60, 1)),
        col("chhurpi_kg", "REAL", "NONE", num(0, 8, 2)),
        col("fat_pct", "REAL", "NONE", num(5.5, 8.5, 1)),
        col("collected_on", "TEXT", "NONE", day(D(2026, 5, 1), D(2026, 10, 31))),
        col("collector_mobile", "TEXT", "PHONE", phone("BT", False)),
        col("centre", "TEXT", "NONE", one_of("Chamkhar", "Ura", "Tang", "Chhume"), "thing-qi"),
        col("batch_ean", "TEXT", "NONE", lambda r: ids.ean13(r.rng, "890"), "shape-alike"),
        col("remarks", "TEXT", "NONE", one_of("ok", "sour, rejected", "late", "good fat", "", "watered?"), "free-text-none"),
    ])


TABLES = (la_elephants, la_mahouts, tj_dryers, tj_workers, tj_deliveries, gt_secadoras, gt_socios,
          cm_grumes, cm_ouvriers, cm_accidents, bt_yaks, bt_herders, bt_milk)
