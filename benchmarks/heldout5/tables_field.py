"""h5_field.sqlite: a Latvian wind farm and its technicians, a Vietnamese garment factory's
machines and workers, a Taiwanese fab's tools and clean-room access log, Icelandic geothermal
wells and staff, Indonesian couriers and their deliveries, and two staging extracts."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import Row, col, table
from benchmarks.heldout5 import ids
from benchmarks.heldout5 import makers as m
from benchmarks.heldout5 import places as pl

LV_BOX = m.coords_in((56.3, 57.9), (21.0, 27.8))
TW_BOX = m.coords_in((24.70, 24.82), (120.95, 121.05))
IS_BOX = m.coords_in((63.8, 66.2), (-22.7, -14.5))
ID_BOX = m.coords_in((-6.95, -6.10), (106.6, 107.7))


def _lv_town(r: Row) -> tuple[str, str]:
    return r.values.setdefault("_town", r.rng.choice(pl.LV_TOWNS))


def _lv_street(r: Row) -> str:
    return f"{r.rng.choice(pl.LV_STREETS)} {r.rng.randint(1, 140)}"


def _lv_address(r: Row) -> str:
    town, code = _lv_town(r)
    flat = f"-{r.rng.randint(1, 60)}" if r.p(.6) else ""
    return f"{_lv_street(r)}{flat}, {town}, {code}"


def turbinas():
    return table("turbinas", 400, "lv_LV", [
        col("turbinas_id", "INTEGER", "NONE", m.row_id),
        col("nosaukums", "TEXT", "NONE", lambda r: f"VES-{r.rng.choice('ABCDK')}{r.i % 60 + 1:02d}"),
        col("iela", "TEXT", "NONE", _lv_street, "thing-qi"),
        col("pilseta", "TEXT", "NONE", lambda r: _lv_town(r)[0], "thing-qi"),
        col("pasta_indekss", "TEXT", "NONE", lambda r: _lv_town(r)[1], "thing-qi"),
        col("novads", "TEXT", "NONE", m.pick(*pl.LV_MUNICIPALITIES), "thing-qi"),
        col("platums", "REAL", "NONE", m.lat_of(LV_BOX), "thing-qi"),
        col("garums", "REAL", "NONE", m.lon_of(LV_BOX), "thing-qi"),
        col("scada_ip", "TEXT", "NONE", m.ipv4, "thing-qi"),
        col("firmware", "TEXT", "NONE", m.version_like_ip, "shape-alike"),
        col("dob", "TEXT", "NONE", m.date_iso(dt.date(2009, 1, 1), dt.date(2024, 12, 31)), "lying-name"),
        col("jauda_kw", "INTEGER", "NONE", m.pick(2300, 3600, 4200, 5600)),
        col("serial_nr", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
    ])


def tehniki():
    return table("tehniki", 350, "lv_LV", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("vards", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("uzvards", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("personas_kods", "TEXT", "GOV_ID", lambda r: ids.lv_personas_kods(r.rng, r.born)),
        col("dzim_dat", "TEXT", "DATE_OF_BIRTH", m.born_iso),
        col("dzimums", "TEXT", "GENDER", m.sex_as("S", "V")),
        col("talrunis", "TEXT", "PHONE", lambda r: f"+371 2{r.rng.randint(0, 9999999):07d}"),
        col("epasts", "TEXT", "EMAIL", m.email),
        col("adrese", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", _lv_address, "composite"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.lv_iban(r.rng)),
        col("alga_eur", "REAL", "OTHER_PII", m.amount(1100, 3400), "other-pii"),
        col("lietotajs", "TEXT", "OTHER_PII",
            lambda r: f"{m.ascii_of(r['vards'])[:1]}{m.ascii_of(r['uzvards'])}", "other-pii"),
        col("parole_hash", "TEXT", "CREDENTIAL", m.bcrypt_hash, "secret"),
        col("amats", "TEXT", "OPTIONAL", m.pick("tehniķis", "vecākais tehniķis", "elektriķis", "brigadieris"),
            "optional"),
    ])


def stg_imp_03():
    return table("stg_imp_03", 300, "lv_LV", [
        col("c1", "INTEGER", "NONE", m.row_id, "cryptic-name"),
        col("c2", "TEXT", "GOV_ID", lambda r: ids.lv_personas_kods(r.rng, r.born).replace("-", ""), "cryptic-name"),
        col("c3", "TEXT", "PERSON_NAME", m.full, "cryptic-name"),
        col("c4", "INTEGER", "DATE_OF_BIRTH", m.born_int, "cryptic-name"),
        col("c5", "INTEGER", "GENDER", m.sex_as(2, 1), "cryptic-name"),
        col("c6", "TEXT", "EMAIL", m.email, "cryptic-name"),
        col("c7", "TEXT", "POSTAL_CODE|CITY", lambda r: "{1} {0}".format(*_lv_town(r)), "cryptic-name composite"),
        col("c8", "REAL", "NONE", m.amount(5, 900), "cryptic-name"),
        col("c9", "TEXT", "NONE", lambda r: "A", "cryptic-name constant"),
        col("c10", "TEXT", "NONE", lambda r: f"VES-{r.rng.choice('ABCDK')}{r.rng.randint(1, 60):02d}", "cryptic-name"),
    ])


VN_MACHINES = ("Máy may công nghiệp Juki DDL-8700", "Máy vắt sổ Brother MA4-B551", "Máy cắt vải KM KS-AUV",
               "Máy thêu Tajima TMBR-SC", "Máy ép nhiệt Hashima HP-450", "Máy dập cúc YKK BS-3")


def may_moc():
    box = m.coords_in((10.90, 11.20), (106.60, 106.80))
    return table("may_moc", 400, "vi_VN", [
        col("ma_may", "TEXT", "NONE", m.serial("MM-", 5)),
        col("name", "TEXT", "NONE", m.pick(*VN_MACHINES), "lying-name"),
        col("dob", "TEXT", "NONE", m.date_iso(dt.date(2012, 1, 1), dt.date(2025, 6, 30)), "lying-name"),
        col("gender", "TEXT", "NONE", m.pick("M", "F"), "lying-name shape-alike"),
        col("ip_plc", "TEXT", "NONE", lambda r: r.fake.ipv4_private(), "thing-qi"),
        col("vi_tri", "TEXT", "NONE",
            lambda r: f"Xưởng {r.rng.randint(1, 6)}, Lô {r.rng.choice('ABCDE')}{r.rng.randint(1, 30)}, "
                      f"KCN VSIP, Thuận An, Bình Dương", "thing-qi"),
        col("toa_do", "TEXT", "NONE", m.wkt_point(box), "thing-qi"),
        col("phien_ban", "TEXT", "NONE", m.version_like_ip, "shape-alike"),
        col("ma_don_hang", "TEXT", "NONE",
            lambda r: f"09{r.rng.randint(10, 99)}-{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}", "shape-alike"),
        col("cong_suat_w", "INTEGER", "NONE", m.pick(250, 400, 550, 750, 1100)),
    ])


def _vn_middle(r: Row, sex: str) -> str:
    return r.rng.choice(("Thị", "Ngọc", "Thu", "Minh") if sex == "F" else ("Văn", "Đức", "Quốc", "Minh"))


def _vn_name(r: Row) -> str:
    return f"{m.last(r)} {_vn_middle(r, r.sex)} {m.first(r)}"


def _vn_other(r: Row) -> str:
    """Someone else's Vietnamese name (Faker's plain first_name mixes in English ones)."""
    sex = r.rng.choice("FM")
    given = r.fake.first_name_female() if sex == "F" else r.fake.first_name_male()
    return f"{r.fake.last_name()} {_vn_middle(r, sex)} {given}"


VN_HEALTH = ("Huyết áp cao, đang điều trị", "Hen suyễn nhẹ", "Đang mang thai tháng thứ 5", "Viêm gan B",
             "Không có bệnh nền", "Đau lưng mãn tính", "Dị ứng bụi vải", "Tiểu đường type 2")


def cong_nhan():
    return table("cong_nhan", 500, "vi_VN", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("ho_ten", "TEXT", "PERSON_NAME", _vn_name),
        col("cccd", "TEXT", "GOV_ID", lambda r: ids.vn_cccd(r.rng, r.born, r.sex)),
        col("ma_so_thue", "TEXT", "GOV_ID", lambda r: ids.vn_mst_number(r.rng)),
        col("ngay_sinh", "TEXT", "DATE_OF_BIRTH", m.born_as("%d/%m/%Y")),
        col("gioi_tinh", "TEXT", "GENDER", m.sex_as("Nữ", "Nam")),
        col("sdt", "TEXT", "PHONE", lambda r: f"0{r.rng.choice('3579')}{r.rng.randint(10000000, 99999999)}"),
        col("dia_chi", "TEXT", "STREET_ADDRESS|CITY", lambda r: f"{r.fake.street_address()}, {r.fake.city()}",
            "composite"),
        col("luong_thang", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(55, 140) * 100_000, "other-pii"),
        col("ghi_chu_suc_khoe", "TEXT", "OTHER_PII", m.pick(*VN_HEALTH), "health"),
        col("to_truong", "TEXT", "PERSON_NAME", _vn_other),
        col("ca_lam", "TEXT", "NONE", m.pick("Ca 1", "Ca 2", "Ca 3", "Hành chính")),
        col("nguoi_lien_he", "TEXT", "PERSON_NAME|PHONE",
            lambda r: f"{_vn_other(r)} ({r.rng.choice(('vợ', 'chồng', 'mẹ', 'anh'))}) "
                      f"09{r.rng.randint(10000000, 99999999)}", "composite"),
    ])


def fab_tools():
    return table("fab_tools", 350, "zh_TW", [
        col("tool_id", "TEXT", "NONE", m.serial("ETCH", 4)),
        col("tool_name", "TEXT", "NONE", m.pick("Lam Kiyo45", "TEL Tactras", "AMAT Centura", "ASML NXT:2000i",
                                                "KLA 2930")),
        col("bay", "TEXT", "NONE", lambda r: f"Fab 12A B{r.rng.randint(1, 4)}-{r.rng.randint(1, 40):02d}", "thing-qi"),
        col("ip", "TEXT", "NONE", lambda r: r.fake.ipv4_private(), "thing-qi"),
        col("mac", "TEXT", "NONE", lambda r: r.fake.mac_address(), "thing-qi"),
        col("recipe_ver", "TEXT", "NONE", m.version_like_ip, "shape-alike"),
        col("lat", "REAL", "NONE", m.lat_of(TW_BOX), "thing-qi"),
        col("lng", "REAL", "NONE", m.lon_of(TW_BOX), "thing-qi"),
        col("install_date", "TEXT", "NONE", m.date_iso(dt.date(2015, 1, 1), dt.date(2025, 1, 1))),
        col("c1", "INTEGER", "NONE", m.whole(0, 25_000), "cryptic-name"),
        col("wafer_map", "BLOB", "NONE", m.png, "binary"),
    ])


def _roc_birth(r: Row) -> str:
    return f"民國{r.born.year - 1911}年{r.born.month}月{r.born.day}日"


def cleanroom_access():
    return table("cleanroom_access", 600, "zh_TW", [
        col("log_id", "INTEGER", "NONE", m.row_id),
        col("card_uid", "BLOB", "CREDENTIAL", m.blob(7), "binary secret"),
        col("姓名", "TEXT", "PERSON_NAME", lambda r: f"{m.last(r)}{m.first(r)}"),
        col("身分證字號", "TEXT", "GOV_ID", lambda r: ids.tw_national_id(r.rng, r.sex)),
        col("fld_07", "TEXT", "DATE_OF_BIRTH", _roc_birth, "cryptic-name partial-format"),
        col("手機", "TEXT", "PHONE", lambda r: f"09{r.rng.randint(10, 99)}-{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}"),
        col("性別", "TEXT", "GENDER", m.sex_as("女", "男")),
        col("reader_ip", "TEXT", "NONE", lambda r: r.fake.ipv4_private(), "thing-qi"),
        col("tool_id", "TEXT", "NONE", lambda r: f"ETCH{r.rng.randint(1, 350):04d}"),
        col("entered_at", "TEXT", "NONE", m.stamp),
        col("體溫", "REAL", "OTHER_PII", m.amount(35.8, 38.2, 1), "health"),
    ])


def _is_town(r: Row) -> tuple[str, str]:
    return r.values.setdefault("_town", r.rng.choice(pl.IS_TOWNS))


def _company_kennitala(r: Row) -> str:
    founded = m.day_between(r, dt.date(1970, 1, 1), dt.date(2015, 12, 31))
    return ids.is_kennitala_number(r.rng, founded, company=True)


def borholur():
    return table("borholur", 300, "is_IS", [
        col("hola_id", "INTEGER", "NONE", m.row_id),
        col("heiti", "TEXT", "NONE", lambda r: f"{r.rng.choice(('HE', 'NJ', 'RN', 'KJ'))}-{r.rng.randint(1, 80)}"),
        col("sveitarfelag", "TEXT", "NONE", m.pick(*pl.IS_MUNICIPALITIES), "thing-qi"),
        col("postnumer", "TEXT", "NONE", m.pick("240", "816", "801", "660", "641", "806"), "thing-qi"),
        col("breidd", "REAL", "NONE", m.lat_of(IS_BOX), "thing-qi"),
        col("lengd", "REAL", "NONE", m.lon_of(IS_BOX), "thing-qi"),
        col("dypi_m", "INTEGER", "NONE", m.whole(400, 3200)),
        col("hiti_c", "REAL", "NONE", m.amount(120, 340, 1)),
        col("kt_rekstraradila", "TEXT", "NONE", _company_kennitala, "shape-alike"),
        col("router_ip", "TEXT", "NONE", m.ipv4, "thing-qi"),
    ])


def _is_patronymic(r: Row) -> str:
    father = r.rng.choice(("Jóns", "Sigurðar", "Guðmundar", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnúsar"))
    return father + ("dóttir" if r.sex == "F" else "son")


def _is_address(r: Row) -> str:
    town, code = _is_town(r)
    return f"{r.rng.choice(pl.IS_STREETS)} {r.rng.randint(1, 90)}, {code} {town}"


def starfsfolk():
    return table("starfsfolk", 350, "is_IS", [
        col("starfsmadur_nr", "INTEGER", "NONE", lambda r: 1000 + r.i),
        col("fornafn", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("kenninafn", "TEXT", "PERSON_NAME", _is_patronymic, "partial-format"),
        col("kennitala", "TEXT", "GOV_ID", lambda r: r.values.setdefault("_kt", ids.is_kennitala_number(r.rng, r.born))),
        col("netfang", "TEXT", "EMAIL",
            lambda r: f"{m.ascii_of(r['fornafn'])}.{m.ascii_of(r['kenninafn'])}@{r.rng.choice(('on.is', 'hs.is', 'simnet.is'))}"),
        col("simi", "TEXT", "PHONE", lambda r: f"+354 {r.rng.choice('678')}{r.rng.randint(10, 99)} {r.rng.randint(1000, 9999)}"),
        col("heimilisfang", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", _is_address, "composite"),
        col("reikningur", "TEXT", "BANK_ACCOUNT", lambda r: ids.is_iban(r.rng, r.values["_kt"])),
        col("laun_kr", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(480, 1450) * 1000, "other-pii"),
        col("stettarfelag", "TEXT", "OTHER_PII", m.pick("VR", "Efling", "Rafiðnaðarsamband", "Ekkert"), "other-pii"),
        col("notandanafn", "TEXT", "OTHER_PII", lambda r: f"{m.ascii_of(r['fornafn'])[:3]}{r.rng.randint(10, 99)}", "other-pii"),
        col("api_lykill", "TEXT", "CREDENTIAL", m.token("hs_live_", 32), "secret"),
    ])


def imp_07():
    return table("imp_07", 300, "is_IS", [
        col("fld_01", "INTEGER", "NONE", m.row_id, "cryptic-name"),
        col("fld_02", "TEXT", "GOV_ID", lambda r: ids.is_kennitala_number(r.rng, r.born).replace("-", ""), "cryptic-name"),
        col("fld_03", "TEXT", "PERSON_NAME", lambda r: f"{m.first(r)} {_is_patronymic(r)}", "cryptic-name"),
        col("fld_04", "TEXT", "POSTAL_CODE|CITY", lambda r: "{1} {0}".format(*_is_town(r)), "cryptic-name composite"),
        col("fld_05", "TEXT", "PHONE", lambda r: f"{r.rng.choice('678')}{r.rng.randint(100000, 999999)}", "cryptic-name"),
        col("fld_06", "REAL", "NONE", m.amount(1000, 90000, 0), "cryptic-name"),
        col("fld_07", "TEXT", "DATE_OF_BIRTH", m.born_as("%d.%m.%Y"), "cryptic-name"),
        col("fld_08", "TEXT", "NONE", lambda r: "IS", "cryptic-name constant"),
        col("fld_09", "TEXT", "EMAIL", lambda r: f"{m.ascii_of(r.values['_first'])}{r.rng.randint(1, 999)}@gmail.com",
            "cryptic-name"),
    ])


def _id_phone(r: Row) -> str:
    return f"08{r.rng.randint(11, 59)}-{r.rng.randint(1000, 9999)}-{r.rng.randint(1000, 9999)}"


def kurir():
    return table("kurir", 400, "id_ID", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("nama_lengkap", "TEXT", "PERSON_NAME", m.full),
        col("nik", "TEXT", "GOV_ID", lambda r: ids.id_nik_number(r.rng, r.born, r.sex)),
        col("npwp", "TEXT", "GOV_ID", lambda r: ids.id_npwp_number(r.rng)),
        col("tgl_lahir", "TEXT", "DATE_OF_BIRTH", m.born_as("%d-%m-%Y")),
        col("jenis_kelamin", "TEXT", "GENDER", m.sex_as("P", "L")),
        col("no_hp", "TEXT", "PHONE", _id_phone),
        col("plat_nomor", "TEXT", "OTHER_PII", m.letters_digits("A 9999 AAA"), "other-pii"),
        col("rekening_bca", "TEXT", "BANK_ACCOUNT", lambda r: f"{r.rng.randint(100, 899)}{r.rng.randint(1000000, 9999999)}"),
        col("gaji", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(35, 90) * 100_000, "other-pii"),
        col("rating", "REAL", "OPTIONAL", m.amount(3.5, 5.0, 1), "optional"),
        col("pin", "TEXT", "CREDENTIAL", m.pin(6), "secret"),
    ])


ID_NOTES = ("Titip di pos satpam", "Paket fragile, jangan dibanting", "Rumah pagar hijau", "Antar sore hari",
            "COD, siapkan uang pas", "Lantai 3, tanpa lift", "Barang sudah dicek")


def _id_note(r: Row) -> str:
    who = f"{r.fake.first_name()} {r.fake.last_name()}"
    return r.rng.choice((f"Titip ke tetangga a.n. {who}, hp {_id_phone(r)}",
                         f"Diterima oleh {who} (adik penerima)",
                         f"Hubungi {who} di {_id_phone(r)} sebelum antar"))


def pengiriman():
    return table("pengiriman", 700, "id_ID", [
        col("resi", "TEXT", "NONE", m.letters_digits("JP9999999999")),
        col("no_order", "TEXT", "NONE", lambda r: f"08{r.rng.randint(1000000000, 9999999999)}", "shape-alike"),
        col("penerima", "TEXT", "PERSON_NAME", m.full),
        col("alamat_penerima", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE",
            lambda r: f"{r.fake.street_address()}, {r.fake.city()} {r.fake.postcode()}", "composite"),
        col("kontak", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r['penerima']} - {_id_phone(r)}", "composite"),
        col("kurir_id", "INTEGER", "NONE", m.ref_id(400)),
        col("titik", "TEXT", "GEO_COORDINATES", lambda r: "{0},{1}".format(*ID_BOX(r)), "partial-format"),
        col("catatan", "TEXT", "FREE_TEXT_PII", m.free_text(.11, list(ID_NOTES), _id_note), "free-text"),
        col("berat_kg", "REAL", "NONE", m.amount(0.1, 25, 1)),
        col("kode_pos_gudang", "TEXT", "NONE", m.pick("13920", "40552", "60293", "17530"), "thing-qi"),
        col("status", "TEXT", "NONE", m.pick("DELIVERED", "IN_TRANSIT", "RETURNED", "PICKED_UP")),
    ])


TABLES = [turbinas, tehniki, stg_imp_03, may_moc, cong_nhan, fab_tools, cleanroom_access, borholur, starfsfolk,
          imp_07, kurir, pengiriman]
