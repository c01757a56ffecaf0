"""h9_people.sqlite: a cholera-vaccination campaign in Haiti's Nord department (Haitian Creole
column names), the fishing port of Sfax and Kerkennah (Arabic column names), a women's tontine
in Dakar (Wolof and French column names), vanilla growers of the SAVA region (Malagasy column
names) and a barangay health station in Batangas (Filipino column names) with a positional
staging extract. Health posts, boats and vanilla lots beside the people."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import col, table
from benchmarks.heldout9 import ids, places
from benchmarks.heldout9.makers import (coord, date_between, digits, email, hexdigest, initials, ipv4, money,
                                        password_hash, phone, stamp, text)

HT, TN, SN, MG, PH = places.HT, places.TN, places.SN, places.MG, places.PH


def _name(country, key="last"):
    def make(r):
        return f"{r.rng.choice(country['m'] if r.sex == 'M' else country['f'])} {r.rng.choice(country[key])}"
    return make


def ht_sant():
    return table("ht_sant", 300, "en", [
        col("kod", "TEXT", "NONE", lambda r: f"HT-N-{r.i + 1:04d}"),
        col("non", "TEXT", "NONE", lambda r: f"Dispansè {r.rng.choice(HT['towns'])} {r.rng.choice(('Sen Jozèf', 'Bon Sekou', 'Lakay', 'Nòdwès'))}",
            "lying-name"),
        col("komin", "TEXT", "NONE", lambda r: r.rng.choice(HT["towns"]), "thing-qi"),
        col("depatman", "TEXT", "NONE", lambda r: r.rng.choice(HT["regions"][:2]), "thing-qi"),
        col("latitid", "REAL", "NONE", lambda r: coord(r, 19.7, -72.2, 0.25)[0], "thing-qi"),
        col("lonjitid", "REAL", "NONE", lambda r: coord(r, 19.7, -72.2, 0.25)[1], "thing-qi"),
        col("kantite_frijidè", "INTEGER", "NONE", lambda r: r.rng.randint(0, 6)),
        col("telefòn_biwo", "TEXT", "OPTIONAL", lambda r: f"+509 2{digits(r, 3)}-{digits(r, 4)}", "optional"),
        col("solè", "INTEGER", "NONE", lambda r: int(r.p(0.6))),
        col("dat_louvri", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(1985, 1, 1), dt.date(2024, 1, 1))}"),
    ])


_HT_PLAIN = ("Pa gen efè segondè", "Timoun nan te kriye yon ti kras", "Doz 2 pwograme", "Lafyèv 24è apre",
             "Pas de réaction", "Moun nan te vini ak kat vaksen li", "Vaksen fèt lakay", "")
_HT_PII = ("Rele {name} nan {phone} pou doz 2", "Manman an, {name}, mande rapèl nan {phone}",
           "Contacter {name} au {phone}")


def ht_vaksinasyon():
    return table("ht_vaksinasyon", 900, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("non_konplè", "TEXT", "PERSON_NAME", _name(HT)),
        col("nif", "TEXT", "GOV_ID", lambda r: ids.ht_nif(r.rng) if r.p(0.6) else ""),
        col("ninu", "TEXT", "GOV_ID", lambda r: ids.ht_ninu(r.rng)),
        col("dat_nesans", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d/%m/%Y}"),
        col("sèks", "TEXT", "GENDER", lambda r: "G" if r.sex == "M" else "F"),
        col("komin", "TEXT", "CITY", lambda r: r.rng.choice(HT["towns"])),
        col("seksyon_kominal", "TEXT", "STATE_REGION", lambda r: f"{r.rng.randint(1, 6)}e seksyon {r.rng.choice(('Bas Limbé', 'Camp-Louise', 'Morne Rouge', 'Petite Anse', 'Bande du Nord'))}"),
        col("telefòn", "TEXT", "PHONE", lambda r: phone(r, "HT")),
        col("non_manman", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(HT['f'])} {r.rng.choice(HT['last'])}"),
        col("vaksen", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("Euvichol-Plus", "Shanchol")), "optional"),
        col("lo", "TEXT", "NONE", lambda r: f"EUV{r.rng.randint(20, 26)}{r.rng.choice('ABC')}{digits(r, 3)}"),
        col("dat_doz", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2025, 10, 1))}", "optional"),
        col("doz", "INTEGER", "OPTIONAL", lambda r: r.rng.choice((1, 1, 2)), "optional"),
        col("ansent", "TEXT", "OTHER_PII", lambda r: "" if r.sex == "M" else r.rng.choice(("non", "non", "non", "wi")), "health"),
        col("kolera_deja", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("non", "non", "non", "wi")), "health"),
        col("nòt", "TEXT", "FREE_TEXT_PII", lambda r: text(r, _HT_PLAIN, _HT_PII, 0.1, name=_name(HT),
                                                            phone=lambda q: phone(q, "HT")), "free-text"),
        col("ajan", "TEXT", "PERSON_NAME", lambda r: initials(_name(HT)(r)) + " " + r.rng.choice(HT["last"]), "partial-format"),
    ])


def tn_markab():
    return table("tn_marakib", 340, "ar_AA", [
        col("رقم", "INTEGER", "NONE", lambda r: r.i + 1),
        col("رقم_التسجيل", "TEXT", "NONE", lambda r: f"SF {r.rng.randint(100, 9999)}"),
        col("الاسم", "TEXT", "NONE", lambda r: r.rng.choice(("الأمل", "النصر", "البحار", "الفجر", "سيدي منصور", "الرحمة")),
            "lying-name"),
        col("النوع", "TEXT", "NONE", lambda r: r.rng.choice(("شانشوشي", "لود", "فلوكة", "جرافة"))),
        col("الطول_م", "REAL", "NONE", lambda r: money(r, 5, 28, 0.5)),
        col("الميناء", "TEXT", "NONE", lambda r: r.rng.choice(TN["towns"][:5]), "thing-qi"),
        col("الولاية", "TEXT", "NONE", lambda r: r.rng.choice(TN["regions"]), "thing-qi"),
        col("المعرف_الجبائي_للشركة", "TEXT", "NONE", lambda r: ids.tn_mf(r.rng), "shape-alike"),
        col("سنة_الصنع", "INTEGER", "NONE", lambda r: r.rng.randint(1970, 2023)),
        col("جهاز_التتبع", "TEXT", "NONE", lambda r: f"VMS-{digits(r, 9)}", "thing-qi"),
        col("آخر_موقع", "TEXT", "NONE", lambda r: "{:.4f},{:.4f}".format(*coord(r, 34.6, 11.0, 0.5)), "thing-qi"),
    ])


def tn_bahhara():
    def arabic(r):
        return f"{r.rng.choice(TN['m'] if r.sex == 'M' else TN['f'])} {r.rng.choice(TN['last'])}"

    return table("tn_bahhara", 560, "ar_AA", [
        col("رقم", "INTEGER", "NONE", lambda r: r.i + 1),
        col("الاسم_واللقب", "TEXT", "PERSON_NAME", arabic),
        col("nom_latin", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(TN["last_latin"]).upper(), "partial-format"),
        col("ب_ت_و", "TEXT", "GOV_ID", lambda r: ids.tn_cin(r.rng), "cryptic-name"),
        col("تاريخ_الولادة", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%Y-%m-%d}"),
        col("الجنس", "TEXT", "GENDER", lambda r: "ذكر" if r.sex == "M" else "أنثى"),
        col("الهاتف", "TEXT", "PHONE", lambda r: phone(r, "TN")),
        col("مكان_الولادة", "TEXT", "CITY", lambda r: r.rng.choice(TN["towns"])),
        col("الولاية", "TEXT", "STATE_REGION", lambda r: r.rng.choice(TN["regions"])),
        col("رقم_الضمان_الاجتماعي", "TEXT", "GOV_ID", lambda r: f"{digits(r, 8)}-{digits(r, 2)}"),
        col("الحساب_البنكي", "TEXT", "BANK_ACCOUNT", lambda r: ids.tn_iban(r.rng)),
        col("الدخل_الشهري", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(400, 2600), "other-pii"),
        col("الحالة_العائلية", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("أعزب", "متزوج", "متزوج", "أرمل", "مطلق")),
            "other-pii"),
        col("المركب", "TEXT", "NONE", lambda r: f"SF {r.rng.randint(100, 9999)}"),
        col("الوظيفة", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("ريس", "بحار", "ميكانيكي", "غطاس")), "optional"),
    ])


def sn_tontine_members():
    return table("sn_tontine_membres", 420, "en", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("tur", "TEXT", "PERSON_NAME", _name(SN), "cryptic-name"),
        col("nin", "TEXT", "GOV_ID", lambda r: ids.sn_nin(r.rng, r.sex)),
        col("juddu", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d/%m/%Y}", "cryptic-name"),
        col("sexe", "TEXT", "GENDER", lambda r: "1" if r.sex == "M" else "2", "value-decides"),
        col("telefon", "TEXT", "PHONE", lambda r: phone(r, "SN")),
        col("wave_om", "TEXT", "PHONE", lambda r: "+221" + r.rng.choice(("77", "78", "76")) + digits(r, 7), "cryptic-name"),
        col("dekk", "TEXT", "CITY", lambda r: r.rng.choice(SN["towns"]), "cryptic-name"),
        col("email", "TEXT", "EMAIL", lambda r: email(r, r["tur"], ("gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr"))),
        col("liggeey", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("jaaykat", "tailleur", "coiffeuse", "enseignante",
                                                                   "vendeuse de poisson")), "optional"),
        col("cotisation_fcfa", "INTEGER", "NONE", lambda r: r.rng.choice((5000, 10000, 25000, 50000))),
        col("dette_fcfa", "INTEGER", "OTHER_PII", lambda r: r.rng.choice((0, 0, 0, 5000, 15000, 40000)), "other-pii"),
        col("garant", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{_name(SN)(r)}, {phone(r, 'SN')}", "composite"),
        col("telefons_famille", "TEXT", "PHONE", lambda r: "; ".join(phone(r, "SN") for _ in range(r.rng.randint(1, 3))), "list"),
        col("device_id", "TEXT", "OTHER_PII", lambda r: r.rng.randbytes(8).hex(), "device-id"),
        col("code_pin", "TEXT", "CREDENTIAL", lambda r: digits(r, 4), "secret"),
        col("mot_de_passe", "TEXT", "CREDENTIAL", lambda r: password_hash(r, "pbkdf2"), "secret"),
    ])


_SN_PLAIN = ("Tour bi jot na", "Ndaje bi mujj ci kër Sokhna", "Retard de deux membres, réglé", "Yonnent bi ñów na",
             "Caisse remise à la présidente", "Rien à signaler", "Tontine bi dafa sotti", "")


def sn_tontine_tours():
    return table("sn_tontine_tours", 500, "en", [
        col("tour_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("date_tour", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2023, 1, 1))}"),
        col("montant_fcfa", "INTEGER", "NONE", lambda r: r.rng.randint(10, 200) * 5000),
        col("membres_presents", "INTEGER", "NONE", lambda r: r.rng.randint(8, 30)),
        col("beneficiaire_id", "INTEGER", "NONE", lambda r: r.rng.randint(1, 420)),
        col("mode", "TEXT", "NONE", lambda r: r.rng.choice(("espèces", "Wave", "Orange Money"))),
        col("reference_tx", "TEXT", "NONE", lambda r: f"{r.rng.choice(('77', '78'))}{digits(r, 7)}", "shape-alike"),
        col("pv", "TEXT", "NONE", lambda r: r.rng.choice(_SN_PLAIN), "free-text-none"),
        col("hash_pv", "TEXT", "NONE", hexdigest, "shape-alike"),
    ])


def mg_vanilla_lots():
    return table("mg_vanila_lot", 400, "en", [
        col("laharana", "TEXT", "NONE", lambda r: f"VAN-{r.i + 1:05d}"),
        col("kaominina", "TEXT", "NONE", lambda r: r.rng.choice(MG["towns"]), "thing-qi"),
        col("faritra", "TEXT", "NONE", lambda r: "SAVA", "thing-qi constant"),
        col("lanja_kg", "REAL", "NONE", lambda r: money(r, 5, 400, 0.5)),
        col("kalitao", "TEXT", "NONE", lambda r: r.rng.choice(("noire", "TK", "rouge", "cuts"))),
        col("halavany_cm", "INTEGER", "NONE", lambda r: r.rng.randint(12, 22)),
        col("vanillin_pct", "REAL", "NONE", lambda r: round(r.rng.uniform(1.2, 2.6), 2)),
        col("daty_nanangonana", "TEXT", "NONE", lambda r: f"{date_between(r, dt.date(2025, 6, 1)):%d/%m/%Y}"),
        col("fitoerana", "TEXT", "NONE", lambda r: "{:.4f} {:.4f}".format(*coord(r, -14.3, 50.1, 0.3)), "thing-qi"),
        col("nif_exportateur", "TEXT", "NONE", lambda r: digits(r, 10), "shape-alike"),
    ])


def mg_mpamboly():
    def name(r):
        return f"{r.rng.choice(MG['last']).upper()} {r.rng.choice(MG['m'] if r.sex == 'M' else MG['f'])}"

    return table("mg_mpamboly", 520, "en", [
        col("laharana", "INTEGER", "NONE", lambda r: r.i + 1),
        col("anarana", "TEXT", "PERSON_NAME", name, "partial-format"),
        col("cin", "TEXT", "GOV_ID", lambda r: ids.mg_cin(r.rng)),
        col("daty_nahaterahana", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d/%m/%Y}"),
        col("taona_nahaterahana", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("lahy_vavy", "TEXT", "GENDER", lambda r: "lahy" if r.sex == "M" else "vavy", "cryptic-name"),
        col("fokontany", "TEXT", "CITY", lambda r: r.rng.choice(MG["towns"])),
        col("finday", "TEXT", "PHONE", lambda r: phone(r, "MG"), "cryptic-name"),
        col("mvola", "TEXT", "PHONE", lambda r: "034" + digits(r, 7)),
        col("velarantany_ha", "REAL", "OTHER_PII", lambda r: money(r, 0.2, 6, 0.1), "other-pii"),
        col("karama_ariary", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(200, 9000) * 1000, "other-pii"),
        col("isan_ankohonana", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(1, 11), "other-pii"),
        col("toerana_trano", "TEXT", "GEO_COORDINATES", lambda r: "{:.5f},{:.5f}".format(*coord(r, -14.3, 50.1, 0.4))),
        col("voasoratra", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2010, 1, 1))}", "optional"),
    ])


def ph_pasyente():
    def name(r):
        last = r.rng.choice(PH["last"])
        return f"{last.upper()}, {r.rng.choice(PH['m'] if r.sex == 'M' else PH['f'])} {r.rng.choice(PH['last'])[0]}."

    return table("ph_pasyente", 640, "fil_PH", [
        col("numero", "INTEGER", "NONE", lambda r: r.i + 1),
        col("pangalan", "TEXT", "PERSON_NAME", name, "partial-format"),
        col("philhealth", "TEXT", "GOV_ID", lambda r: ids.ph_philhealth(r.rng)),
        col("petsa_ng_kapanganakan", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%m/%d/%Y}"),
        col("kasarian", "TEXT", "GENDER", lambda r: "Lalaki" if r.sex == "M" else "Babae"),
        col("edad", "INTEGER", "OTHER_PII", lambda r: 2026 - r.born.year, "other-pii"),
        col("tirahan", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.randint(1, 300)} {r.fake.street_name()}"),
        col("barangay", "TEXT", "CITY", lambda r: r.rng.choice(PH["barangays"])),
        col("cellphone", "TEXT", "PHONE", lambda r: phone(r, "PH")),
        col("presyon", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(95, 180)}/{r.rng.randint(60, 110)}", "health"),
        col("timbang_kg", "REAL", "OTHER_PII", lambda r: round(r.rng.uniform(38, 110), 1), "other-pii"),
        col("mga_sakit", "TEXT", "OTHER_PII", lambda r: json.dumps(r.rng.sample(("hypertension", "diabetes", "TB", "asthma",
                                                                                 "dengue"), r.rng.randint(0, 2))),
            "health list"),
        col("4ps_miyembro", "TEXT", "OTHER_PII", lambda r: r.rng.choice(("Oo", "Hindi", "Hindi")), "other-pii"),
        col("bhw", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(PH['f'])} {r.rng.choice(PH['last'])}"),
        col("petsa_ng_bisita", "TEXT", "OPTIONAL", lambda r: f"{date_between(r, dt.date(2026, 1, 1))}", "optional"),
        col("icd10", "TEXT", "OPTIONAL", lambda r: r.rng.choice(("I10", "E11.9", "A15.0", "J45.9", "Z00.0")), "optional"),
    ])


def ph_staging():
    """A positional staging extract of the health station's patient sync: c01 ... c14."""
    def c(i, label, make, note=""):
        return col(f"c{i:02d}", "TEXT", label, make, ("cryptic-name " + note).strip())

    return table("ph_stg_sync", 480, "fil_PH", [
        c(1, "NONE", lambda r: str(r.i + 1)),
        c(2, "PERSON_NAME", lambda r: f"{r.rng.choice(PH['m'] if r.sex == 'M' else PH['f'])} {r.rng.choice(PH['last'])}"),
        c(3, "GOV_ID", lambda r: ids.ph_sss(r.rng)),
        c(4, "DATE_OF_BIRTH", lambda r: f"{r.born:%Y%m%d}"),
        c(5, "GENDER", lambda r: "1" if r.sex == "M" else "2"),
        c(6, "PHONE", lambda r: "63" + "9" + r.rng.choice(("17", "27", "98")) + digits(r, 7)),
        c(7, "EMAIL", lambda r: email(r, r["c02"], ("yahoo.com", "gmail.com", "ymail.com"))),
        c(8, "STATE_REGION", lambda r: r.rng.choice(("Batangas", "Laguna", "Quezon", "Cavite"))),
        c(9, "GOV_ID", lambda r: ids.ph_tin(r.rng)),
        c(10, "NONE", lambda r: r.rng.choice(("SYNCED", "PENDING", "ERROR"))),
        c(11, "NONE", lambda r: stamp(r, dt.date(2026, 10, 1))),
        c(12, "IP_ADDRESS", lambda r: ipv4(r)),
        c(13, "OTHER_PII", lambda r: r.rng.choice(("Roman Catholic", "Roman Catholic", "Iglesia ni Cristo", "Islam",
                                                   "Born Again")), "other-pii"),
        c(14, "NONE", lambda r: hexdigest(r), "shape-alike"),
    ])


TABLES = (ht_sant, ht_vaksinasyon, tn_markab, tn_bahhara, sn_tontine_members, sn_tontine_tours, mg_vanilla_lots,
          mg_mpamboly, ph_pasyente, ph_staging)
