"""h9_works.sqlite: a Karaganda coal mine (Kazakh column names in Latin letters, Cyrillic
values), a yerba-mate cooperative in Itapúa (Spanish and Guaraní column names), a cashmere
combing plant buying from Gobi herders (Mongolian Cyrillic column names) and a Faroese salmon
farm (Faroese column names). Machines, parcels and sea pens beside the people."""

from __future__ import annotations

import datetime as dt

from stdnum.fo import vn

from benchmarks.heldout3.model import col, table
from benchmarks.heldout9 import ids, places
from benchmarks.heldout9.makers import (blood, coord, date_between, digits, hexdigest, ipv4, mac, money,
                                        phone, stamp)

KZ, PY, MN, FO = places.KZ, places.PY, places.MN, places.FO
KZ_MINES = ("Костенко", "Қазақстан", "Ленин", "Саран", "Абай", "Тентек", "Шахтинск")


def _kz_name(r):
    return f"{r.rng.choice(KZ['m'] if r.sex == 'M' else KZ['f'])} {r.rng.choice(KZ['last'])}{'а' if r.sex == 'F' else ''}"


def _kz_latin(r):
    given, last = r["aty_zhoni"].split(" ", 1)
    latin = places.KZ_LATIN[last.removesuffix("а") if r.sex == "F" else last] + ("a" if r.sex == "F" else "")
    return f"{latin.upper()} {places.KZ_LATIN[given]}"


def kz_konveierler():
    return table("kz_konveierler", 420, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("zhabdyq_kody", "TEXT", "NONE", lambda r: f"KNV-{r.i + 100:04d}"),
        col("turi", "TEXT", "NONE", lambda r: r.rng.choice(("конвейер", "комбайн", "желдеткіш", "сорғы", "лебёдка"))),
        col("shakhta", "TEXT", "NONE", lambda r: r.rng.choice(KZ_MINES), "thing-qi"),
        col("qala", "TEXT", "NONE", lambda r: r.rng.choice(KZ["towns"][:6]), "thing-qi"),
        col("oblys", "TEXT", "NONE", lambda r: KZ["regions"][0], "thing-qi constant"),
        col("gorizont_m", "INTEGER", "NONE", lambda r: r.rng.choice((-320, -450, -580, -610, -740))),
        col("koord", "TEXT", "NONE", lambda r: "{:.5f},{:.5f}".format(*coord(r, 49.95, 72.85, 0.3)), "thing-qi"),
        col("plc_ip", "TEXT", "NONE", lambda r: ipv4(r, private=True), "thing-qi"),
        col("mac", "TEXT", "NONE", mac, "thing-qi"),
        col("tugan_kuni", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1986, 1, 1), dt.date(2022, 1, 1)):%d.%m.%Y}",
            "lying-name shape-alike"),
        col("seriya_nomiri", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("kuy", "TEXT", "NONE", lambda r: r.rng.choice(("жұмыста", "жұмыста", "жөндеуде", "тоқтатылған"))),
        col("quat_kvt", "REAL", "NONE", lambda r: money(r, 15, 1200, 0.5)),
        col("songgy_tekseru", "TEXT", "NONE", lambda r: stamp(r, dt.date(2025, 1, 1))),
        col("zauyt", "TEXT", "NONE", lambda r: r.rng.choice(("Eickhoff", "Joy Global", "Копейский машзавод",
                                                            "Юргинский машзавод", "SANY"))),
    ])


def kz_shakhterler():
    return table("kz_shakhterler", 700, "en", [
        col("tabel_nomiri", "TEXT", "NONE", lambda r: f"Т-{r.i + 4000:05d}"),
        col("zhsn", "TEXT", "GOV_ID", lambda r: ids.kz_iin(r.rng, r.born, r.sex), "cryptic-name"),
        col("aty_zhoni", "TEXT", "PERSON_NAME", _kz_name),
        col("latyn_aty", "TEXT", "PERSON_NAME", _kz_latin, "partial-format"),
        col("tugan_kuni", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y}"),
        col("zhynysy", "TEXT", "GENDER", lambda r: "ер" if r.sex == "M" else "әйел"),
        col("telefon", "TEXT", "PHONE", lambda r: phone(r, "KZ")),
        col("meken_zhai", "TEXT", "STREET_ADDRESS|CITY", lambda r: f"{r.rng.choice(KZ['towns'][:6])} қ., "
            f"{r.rng.choice(('Бұқар жырау даңғылы', 'Ерубаев көшесі', 'Гоголь көшесі', 'Абай көшесі', 'Строителей даңғылы'))}, "
            f"{r.rng.randint(1, 120)}-{r.rng.randint(1, 90)}", "composite"),
        col("qala", "TEXT", "CITY", lambda r: r.rng.choice(KZ["towns"])),
        col("lauazymy", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("проходчик", "горнорабочий очистного забоя",
                                                                    "электрослесарь", "машинист комбайна", "горный мастер")),
            "optional"),
        col("razryad", "INTEGER", "OPTIONAL", lambda r: r.rng.randint(3, 6), "optional"),
        col("zhalaqy_tg", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(280, 900) * 1000, "other-pii"),
        col("qan_toby", "TEXT", "OTHER_PII", blood, "health"),
        col("silikoz_satysy", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("0", "0", "0", "I", "II")), "health cryptic-name"),
        col("zhumysqa_qabyldandy", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(1995, 1, 1)):%Y-%m-%d}", "optional"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.kz_iban(r.rng)),
        col("lampa_nomiri", "INTEGER", "NONE", lambda r: r.rng.randint(1000, 9999)),
        col("shakhta", "TEXT", "NONE", lambda r: r.rng.choice(KZ_MINES)),
    ])


_KZ_REMARKS = ("Датчик калибрленді", "Желдету қалыпты", "Метан деңгейі жоғарылады, желдеткіш қосылды",
               "Показания в норме", "Замена фильтра", "Связь с датчиком восстановлена", "Smena tapsyryldy",
               "Аварийный сигнал сброшен после проверки", "")


def kz_gaz_zhurnaly():
    return table("kz_gaz_zhurnaly", 900, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("datchik_kody", "TEXT", "NONE", lambda r: f"CH4-{r.rng.randint(1, 30):02d}-{r.rng.randint(1, 12):02d}"),
        col("uaqyt", "TEXT", "NONE", lambda r: stamp(r, dt.date(2026, 6, 1))),
        col("metan_pct", "REAL", "NONE", lambda r: round(r.rng.uniform(0.05, 1.6), 2)),
        col("co_ppm", "REAL", "NONE", lambda r: round(r.rng.uniform(0, 30), 1)),
        col("temperatura", "REAL", "NONE", lambda r: round(r.rng.uniform(14, 31), 1)),
        col("smena", "TEXT", "NONE", lambda r: r.rng.choice("1234")),
        col("zhauapty", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(KZ['last'])} {r.rng.choice(KZ['m'])[0]}.",
            "partial-format"),
        col("eskertpe", "TEXT", "NONE", lambda r: r.rng.choice(_KZ_REMARKS), "free-text-none"),
        col("shlyuz_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("zhelde_rezhimi", "TEXT", "NONE", lambda r: r.rng.choice("MFFA"), "shape-alike"),
        col("alarm", "INTEGER", "NONE", lambda r: int(r.p(0.04))),
    ])


def py_yerbales():
    return table("py_yerbales", 350, "en", [
        col("parcela_id", "TEXT", "NONE", lambda r: f"IT-{r.i + 1:04d}"),
        col("departamento", "TEXT", "NONE", lambda r: r.rng.choice(PY["regions"][:3]), "thing-qi"),
        col("distrito", "TEXT", "NONE", lambda r: r.rng.choice(PY["towns"]), "thing-qi"),
        col("hectareas", "REAL", "NONE", lambda r: money(r, 0.5, 60, 0.25)),
        col("kaaty_ary", "INTEGER", "NONE", lambda r: r.rng.randint(1960, 2022), "cryptic-name"),
        col("fecha_nac", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1975, 1, 1), dt.date(2023, 1, 1)):%d/%m/%Y}",
            "lying-name shape-alike"),
        col("latitud", "REAL", "NONE", lambda r: coord(r, -26.9, -55.6, 0.4)[0], "thing-qi"),
        col("longitud", "REAL", "NONE", lambda r: coord(r, -26.9, -55.6, 0.4)[1], "thing-qi"),
        col("variedad", "TEXT", "NONE", lambda r: r.rng.choice(("criolla", "clon CG-14", "clon SI-49", "semilla seleccionada"))),
        col("rendimiento_kg_ha", "REAL", "NONE", lambda r: money(r, 3000, 12000, 10)),
        col("certificacion", "TEXT", "NONE", lambda r: r.rng.choice(("orgánica", "convencional", "en transición"))),
        col("ruc_acopiador", "TEXT", "NONE", lambda r: _company_ruc(r), "shape-alike"),
        col("telefono_acopio", "TEXT", "OPTIONAL", lambda r: f"(071) {r.rng.randint(200, 299)} {digits(r, 3)}", "optional"),
    ])


def _company_ruc(r):
    from stdnum.py import ruc
    body = str(r.rng.randint(80_000_001, 80_120_000))
    return f"{body}-{ruc.calc_check_digit(body)}"


def _py_account(r):
    return r.rng.choice((f"{digits(r, 3)}-{digits(r, 7)}/{digits(r, 1)}", digits(r, 10), f"0{digits(r, 2)}-{digits(r, 6)}-{digits(r, 2)}"))


def py_socios():
    return table("py_socios", 600, "en", [
        col("socio_nro", "INTEGER", "NONE", lambda r: 1000 + r.i),
        col("ci", "TEXT", "GOV_ID", lambda r: f"{int(ids.py_ci(r.rng)):,}".replace(",", ".")),
        col("ruc", "TEXT", "GOV_ID", lambda r: ids.py_ruc(r.rng)),
        col("tera", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(PY['m'] if r.sex == 'M' else PY['f'])} "
            f"{r.rng.choice(PY['last'])} {r.rng.choice(PY['last'])}", "cryptic-name"),
        col("terajoapy", "TEXT", "PERSON_NAME", lambda r: r["tera"].split(" ")[-2], "cryptic-name partial-format"),
        col("nacimiento", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d/%m/%Y}"),
        col("kuna_kuimbae", "TEXT", "GENDER", lambda r: "kuña" if r.sex == "F" else "kuimba'e", "cryptic-name"),
        col("pumbyry", "TEXT", "PHONE", lambda r: phone(r, "PY"), "cryptic-name"),
        col("correo", "TEXT", "EMAIL", lambda r: _py_email(r)),
        col("distrito", "TEXT", "CITY", lambda r: r.rng.choice(PY["towns"])),
        col("departamento", "TEXT", "STATE_REGION", lambda r: r.rng.choice(PY["regions"])),
        col("cuenta_banco", "TEXT", "BANK_ACCOUNT", _py_account),
        col("billetera_tigo", "TEXT", "PHONE", lambda r: "09" + r.rng.choice("78") + digits(r, 7)),
        col("hectareas_propias", "REAL", "OTHER_PII", lambda r: money(r, 0.5, 45, 0.5), "other-pii"),
        col("pago_anual_gs", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(2_000, 90_000) * 1000, "other-pii"),
        col("ne_e_ogape", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("guaraní", "guaraní", "castellano", "ambos", "portugués",
                                                                       "alemán")), "other-pii cryptic-name"),
        col("alta", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2001, 1, 1)):%Y-%m-%d}", "optional"),
        col("estado", "TEXT", "NONE", lambda r: r.rng.choice(("activo", "activo", "activo", "baja", "suspendido"))),
    ])


def _py_email(r):
    from benchmarks.heldout9.makers import email
    return email(r, r["tera"], ("gmail.com", "hotmail.com", "yahoo.com.ar", "tigo.net.py", "outlook.com"))


def mn_sam_mashin():
    return table("mn_sam_mashin", 300, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("машины_дугаар", "TEXT", "NONE", lambda r: f"СМ-{r.rng.randint(1, 40):02d}-{r.i:03d}"),
        col("загвар", "TEXT", "NONE", lambda r: r.rng.choice(("Octir DC-6", "Wuxi FA-186", "Cormatex CX", "Befama"))),
        col("үйлдвэрлэсэн_он", "INTEGER", "NONE", lambda r: r.rng.randint(1988, 2024)),
        col("цех", "TEXT", "NONE", lambda r: r.rng.choice(("самнах-1", "самнах-2", "угаах", "ялгах"))),
        col("ip", "TEXT", "NONE", lambda r: f"192.168.{r.rng.randint(10, 20)}.{r.rng.randint(2, 250)}", "thing-qi"),
        col("firmware", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 4)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 9)}."
            f"{r.rng.randint(1, 250)}", "shape-alike"),
        col("хүчин_чадал_кг", "REAL", "NONE", lambda r: money(r, 8, 40, 0.5)),
        col("төлөв", "TEXT", "NONE", lambda r: r.rng.choice(("ажиллаж байна", "засварт", "зогссон"))),
        col("сүүлийн_засвар", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2024, 1, 1)):%Y.%m.%d}"),
        col("байршил", "TEXT", "NONE", lambda r: f"Улаанбаатар, {r.rng.choice(('Хан-Уул', 'Сонгинохайрхан', 'Баянгол'))} дүүрэг",
            "thing-qi"),
    ])


def mn_malchid():
    return table("mn_malchid", 650, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("регистрийн_дугаар", "TEXT", "GOV_ID", lambda r: ids.mn_register(r.rng, r.born)),
        col("овог", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(MN["last"]), "partial-format"),
        col("нэр", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(MN["m"] if r.sex == "M" else MN["f"]), "partial-format"),
        col("товч_нэр", "TEXT", "PERSON_NAME", lambda r: f"{r['овог'][0]}. {r['нэр']}", "partial-format"),
        col("төрсөн_огноо", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%Y.%m.%d}"),
        col("хүйс", "TEXT", "GENDER", lambda r: "эр" if r.sex == "M" else "эм"),
        col("утас", "TEXT", "PHONE", lambda r: phone(r, "MN")),
        col("аймаг", "TEXT", "STATE_REGION", lambda r: r.rng.choice(MN["regions"])),
        col("сум", "TEXT", "CITY", lambda r: r.rng.choice(MN["towns"])),
        col("ямааны_тоо", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(40, 1400), "other-pii"),
        col("төлбөр_төг", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(300, 25_000) * 1000, "other-pii"),
        col("данс", "TEXT", "BANK_ACCOUNT", lambda r: ids.mn_iban(r.rng) if r.p(0.5) else digits(r, 10)),
        col("гэрийн_байршил", "TEXT", "GEO_COORDINATES", lambda r: "{:.4f}, {:.4f}".format(*coord(r, 45.5, 102.0, 2.5))),
        col("чанар", "TEXT", "NONE", lambda r: r.rng.choice("ABBC")),
    ])


FJORDS = ("Funningsfjørður", "Kaldbaksfjørður", "Skálafjørður", "Sørvágsfjørður", "Vestmannasund", "Hvannasund")


def _fo_vn(r):
    number = f"{r.rng.randint(300000, 699999)}"
    return number if vn.is_valid(number) else "623857"


def fo_alibrunnar():
    return table("fo_alibrunnar", 320, "dk_DK", [
        col("nr", "INTEGER", "NONE", lambda r: r.i + 1),
        col("brunnur", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDE')}-{r.rng.randint(1, 16):02d}"),
        col("stød", "TEXT", "NONE", lambda r: r.rng.choice(FJORDS)),
        col("bygd", "TEXT", "NONE", lambda r: r.rng.choice(FO["towns"])[1], "thing-qi"),
        col("postnr", "TEXT", "NONE", lambda r: "FO-" + r.rng.choice(FO["towns"])[0], "thing-qi"),
        col("breidd", "REAL", "NONE", lambda r: coord(r, 62.1, -6.9, 0.15)[0], "thing-qi"),
        col("longd", "REAL", "NONE", lambda r: coord(r, 62.1, -6.9, 0.3)[1], "thing-qi"),
        col("fiskatal", "INTEGER", "NONE", lambda r: r.rng.randint(40_000, 220_000)),
        col("miðalvekt_kg", "REAL", "NONE", lambda r: round(r.rng.uniform(0.1, 6.5), 2)),
        col("útsett", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2024, 3, 1)):%d-%m-%Y}"),
        col("føðingardagur", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2022, 1, 1), dt.date(2025, 6, 1)):%d-%m-%Y}",
            "lying-name"),
        col("sensor_ip", "TEXT", "NONE", lambda r: ipv4(r, private=True), "thing-qi"),
        col("v_tal", "TEXT", "NONE", _fo_vn, "shape-alike"),
        col("kyn", "TEXT", "NONE", lambda r: r.rng.choice(("kvenkyn", "kallkyn", "blandað")), "shape-alike lying-name"),
    ])


def fo_starvsfolk():
    return table("fo_starvsfolk", 420, "dk_DK", [
        col("starvsnr", "INTEGER", "NONE", lambda r: 200 + r.i),
        col("p_tal", "TEXT", "GOV_ID", lambda r: ids.fo_ptal(r.rng, r.born)),
        col("fornavn", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(FO["m"] if r.sex == "M" else FO["f"]), "partial-format"),
        col("eftirnavn", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(FO["last"]), "partial-format"),
        col("føðingardagur", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d.%m.%Y}"),
        col("kyn", "TEXT", "GENDER", lambda r: "maður" if r.sex == "M" else "kvinna"),
        col("bústaður", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(FO['streets'])} {r.rng.randint(1, 60)}"),
        col("postnr_bygd", "TEXT", "POSTAL_CODE|CITY", lambda r: " ".join(r.rng.choice(FO["towns"])), "composite"),
        col("fartelefon", "TEXT", "PHONE", lambda r: phone(r, "FO")),
        col("teldupostur", "TEXT", "EMAIL", lambda r: _fo_email(r)),
        col("kontonr", "TEXT", "BANK_ACCOUNT", lambda r: ids.fo_iban(r.rng)),
        col("løn_mánaðarlig", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(26, 70) * 1000, "other-pii"),
        col("kavaraprógv", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("ongin", "ongin", "PADI Rescue", "Commercial SCUBA",
                                                                       "HSE Surface Supplied")), "optional"),
        col("heilsukanning", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("hóskandi", "hóskandi", "hóskandi við treytum",
                                                                         "ikki hóskandi")), "health"),
        col("starv", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("alifrøðingur", "bátsførari", "kavari", "fóðringarstjóri",
                                                                 "skrivstovufólk")), "optional"),
        col("byrjaði", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2005, 1, 1)):%Y-%m-%d}", "optional"),
    ])


def _fo_email(r):
    from benchmarks.heldout9.makers import email
    return email(r, f"{r['fornavn']} {r['eftirnavn']}", ("olivant.fo", "post.olivant.fo", "gmail.com", "hiks.fo"))


_FO_REMARKS = ("Veðrið gott, eingin viðgerð neyðug", "Teljing gjørd við 20 fiskum", "Nøkur sár á fiskinum",
               "Reinsifiskur útsettur", "Hydrolicer viðgerð ætlað næstu viku", "Eingin viðmerking", "")


def fo_lusateljing():
    return table("fo_lusateljing", 800, "dk_DK", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("brunnur", "TEXT", "NONE", lambda r: f"{r.rng.choice('ABCDE')}-{r.rng.randint(1, 16):02d}"),
        col("dato", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2025, 1, 1)):%Y-%m-%d}"),
        col("vaksnar_kvenlys", "REAL", "NONE", lambda r: round(r.rng.uniform(0, 3), 2)),
        col("rorligar_lys", "REAL", "NONE", lambda r: round(r.rng.uniform(0, 6), 2)),
        col("hiti_c", "REAL", "NONE", lambda r: round(r.rng.uniform(6, 12), 1)),
        col("talt_av", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(FO['m'] + FO['f'])[0]}. {r.rng.choice(FO['last'])}",
            "partial-format"),
        col("viðgerð", "TEXT", "NONE", lambda r: r.rng.choice(("eingin", "eingin", "hydrolicer", "reinsifiskur", "thermolicer"))),
        col("rapport_sha256", "TEXT", "NONE", hexdigest, "shape-alike"),
        col("viðmerking", "TEXT", "NONE", lambda r: r.rng.choice(_FO_REMARKS), "free-text-none"),
    ])


TABLES = (kz_konveierler, kz_shakhterler, kz_gaz_zhurnaly, py_yerbales, py_socios, mn_sam_mashin, mn_malchid,
          fo_alibrunnar, fo_starvsfolk, fo_lusateljing)
