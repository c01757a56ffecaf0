"""h11_people.sqlite: a dialysis centre in Rose-Hill (Mauritius, Mauritian Creole column
names), a Montenegrin HR staging extract with positional names, a Belarusian household survey's
respondents (attributes only) and a Cambodian microcredit register."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import col, table
from benchmarks.heldout11 import ids
from benchmarks.heldout11.makers import (age, born, code, const, date_between, email_of, empty, family, free_text,
                                         full, given, hexdigest, ipv4, json_list, mac, mask, money, number,
                                         other_full, phone, pick, scratch, seq, sex, stamp, street, town, version4)
from benchmarks.heldout11.places import KH, ME, MU, PHONES

D = dt.date
MEDICINES = ("epoetin alfa", "sevelamer 800 mg", "calcitriol", "amlodipine 5 mg", "insulin glargine", "iron sucrose",
             "furosemide 40 mg", "cinacalcet")


def _mu_nic(r):
    return ids.mu_nic(r.rng, r.born, scratch(r).get("_family", "A"))


def mu_pasien():
    return table("mu_pasien", 460, "en_US", [
        col("nimero_pasien", "TEXT", "NONE", seq("RHD-", 5)),
        col("nom", "TEXT", "PERSON_NAME", family(MU)),
        col("prenom", "TEXT", "PERSON_NAME", given(MU)),
        col("nic", "TEXT", "GOV_ID", _mu_nic),
        col("dat_nesans", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sex", "TEXT", "GENDER", sex("F", "M")),
        col("telefonn", "TEXT", "PHONE", phone(PHONES["MU"])),
        col("adres", "TEXT", "STREET_ADDRESS", street(MU)),
        col("lavil", "TEXT", "CITY", town(MU, 0)),
        col("distrik", "TEXT", "STATE_REGION", town(MU, 1)),
        col("kod_postal", "TEXT", "POSTAL_CODE", town(MU, 2)),
        col("group_sanguin", "TEXT", "OTHER_PII", pick("O+", "A+", "B+", "AB+", "O-"), "health"),
        col("maladi", "TEXT", "OTHER_PII", pick("néphropathie diabétique", "néphroangiosclérose", "glomérulonéphrite",
                                                 "polykystose rénale", "cause inconnue"), "health"),
        col("medikaman", "TEXT", "OTHER_PII", json_list(pick(*MEDICINES), 1, 4), "health list"),
        col("dokter", "TEXT", "PERSON_NAME", lambda r: "Dr " + other_full(MU)(r)),
        col("lang", "TEXT", "NONE", pick("kreol", "français", "english", "bhojpuri")),
    ])


def mu_seans():
    plain = ("séance sans incident", "crampes en fin de séance", "hypotension, {n} ml NaCl", "fistule OK")
    pii = ("patient accompagné par sa fille {name}", "appeler le mari au {phone}", "Mme {name} absente, rappeler")
    ph = phone(PHONES["MU"])
    return table("mu_seans", 980, "en_US", [
        col("seans", "INTEGER", "NONE", lambda r: 880001 + r.i),
        col("nimero_pasien", "TEXT", "NONE", lambda r: f"RHD-{r.rng.randint(1, 460):05d}"),
        col("nic_pasien", "TEXT", "GOV_ID", mask(_mu_nic, 4, "X"), "partial-format"),
        col("dat", "TEXT", "OPTIONAL", date_between(D(2026, 1, 1), D(2026, 11, 30)), "optional"),
        col("masinn", "TEXT", "NONE", code("FMC-99999")),
        col("pwa_avan", "REAL", "OTHER_PII", money(45, 110, 1), "health"),
        col("pwa_apre", "REAL", "OTHER_PII", money(43, 107, 1), "health"),
        col("tansion", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(95, 185)}/{r.rng.randint(55, 105)}", "health"),
        col("diree_min", "INTEGER", "OPTIONAL", pick(180, 210, 240), "optional"),
        col("enfermie", "TEXT", "PERSON_NAME", other_full(MU)),
        col("not", "TEXT", "FREE_TEXT_PII",
            free_text(plain, pii, 0.1, lambda r: {"name": other_full(MU)(r), "phone": ph(r)}), "free-text"),
    ])


def mu_masinn():
    return table("mu_masinn", 300, "en_US", [
        col("masinn", "TEXT", "NONE", code("FMC-99999")),
        col("model", "TEXT", "NONE", pick("5008S", "4008S", "AK 98", "Dialog+")),
        col("firmware", "TEXT", "NONE", version4(), "shape-alike"),
        col("ip", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
        col("mac", "TEXT", "NONE", mac(), "thing-qi"),
        col("lasal", "TEXT", "NONE", pick("Sal A", "Sal B", "Sal C")),
        col("dezinfeksion", "TEXT", "NONE", stamp(D(2026, 11, 1), D(2026, 11, 30))),
        col("lavil", "TEXT", "NONE", const("Rose-Hill"), "thing-qi constant"),
    ])


def stg_hr_me():
    def two_mails(r):
        g, f = r.rng.choice(ME["F"] + ME["M"]), r.rng.choice(ME["family"])
        scratch(r).update(_given=g, _family=f)
        first = email_of(("t-com.me",))(r)
        return f"{first};{email_of(('gmail.com', 'luka-kotor.me'))(r)}"
    return table("stg_hr_me", 520, "en_US", [
        col("c1", "INTEGER", "NONE", lambda r: 7000 + r.i, "cryptic-name"),
        col("c2", "TEXT", "EMAIL", two_mails, "cryptic-name list"),
        col("c3", "TEXT", "PERSON_NAME", lambda r: f"{scratch(r)['_family']} {scratch(r)['_given']}", "cryptic-name"),
        col("c4", "TEXT", "GOV_ID", lambda r: ids.jmbg(r.rng, r.born, r.sex, r.rng.randint(21, 29)), "cryptic-name"),
        col("c5", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y."), "cryptic-name"),
        col("c6", "TEXT", "PHONE", mask(phone(PHONES["ME"]), 3, "*"), "cryptic-name partial-format"),
        col("c7", "REAL", "OTHER_PII", money(650, 3400), "cryptic-name other-pii"),
        col("c8", "TEXT", "NONE", const("EUR"), "cryptic-name constant"),
        col("c9", "TEXT", "NONE", empty(), "cryptic-name constant"),
        col("c10", "TEXT", "STREET_ADDRESS", street(ME), "cryptic-name"),
        col("c11", "TEXT", "OPTIONAL", date_between(D(2008, 1, 1), D(2026, 10, 1)), "cryptic-name optional"),
        col("c12", "TEXT", "CREDENTIAL", hexdigest(64), "cryptic-name secret"),
        col("c13", "TEXT", "BANK_ACCOUNT", lambda r: ids.me_iban(r.rng), "cryptic-name"),
    ])


def by_apytanne():
    return table("by_apytanne", 990, "en_US", [
        col("resp_id", "INTEGER", "NONE", lambda r: 100000 + r.i),
        col("attr1", "INTEGER", "OTHER_PII", age(), "cryptic-name other-pii"),
        col("attr2", "TEXT", "GENDER", sex("2", "1"), "cryptic-name"),
        col("attr3", "TEXT", "STATE_REGION", pick("Брэсцкая", "Віцебская", "Гомельская", "Гродзенская", "Мінская",
                                                  "Магілёўская", "г. Мінск"), "cryptic-name"),
        col("attr4", "INTEGER", "OTHER_PII", number(300, 6000), "cryptic-name other-pii"),
        col("attr5", "TEXT", "OTHER_PII", pick("базавая", "сярэдняя", "прафесійна-тэхнічная", "вышэйшая"), "cryptic-name other-pii"),
        col("attr6", "TEXT", "OTHER_PII", pick("жанаты/замужняя", "халасты", "разведзены", "удавец/удава"), "cryptic-name other-pii"),
        col("attr7", "TEXT", "OTHER_PII", pick("праваслаўе", "каталіцтва", "няма", "іншае"), "cryptic-name other-pii"),
        col("attr8", "INTEGER", "OTHER_PII", number(1, 5), "cryptic-name other-pii"),
        col("attr9", "INTEGER", "OTHER_PII", number(1, 7), "cryptic-name other-pii"),
        col("tyd", "TEXT", "NONE", date_between(D(2026, 9, 1), D(2026, 10, 15))),
        col("vaga", "REAL", "NONE", money(0.3, 2.8, 4)),
        col("hvyl", "TEXT", "NONE", const("2026-R3"), "constant"),
    ])


def kh_microcredit():
    return table("kh_microcredit", 640, "en_US", [
        col("loan_no", "TEXT", "NONE", seq("SR-L", 6)),
        col("borrower", "TEXT", "PERSON_NAME", full(KH, order="fg")),
        col("id_card", "TEXT", "GOV_ID", mask(lambda r: ids.kh_id(r.rng), 3), "partial-format"),
        col("phone", "TEXT", "PHONE", phone(PHONES["KH"])),
        col("dob", "TEXT", "NONE", date_between(D(2024, 1, 1), D(2026, 11, 20)), "lying-name"),
        col("principal_usd", "REAL", "OTHER_PII", money(100, 3000, 0), "other-pii"),
        col("outstanding_usd", "REAL", "OTHER_PII", money(0, 3000), "other-pii"),
        col("purpose", "TEXT", "NONE", pick("silk yarn", "loom repair", "school fees", "motorbike", "pigs")),
        col("collateral", "TEXT", "OTHER_PII", pick("land title", "motorbike", "none", "gold necklace"), "other-pii"),
        col("guarantor", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{other_full(KH)(r)}, {phone(PHONES['KH'])(r)}", "composite"),
        col("home_gps", "TEXT", "GEO_COORDINATES", lambda r: f"{13.36 + r.rng.uniform(-0.2, 0.2):.5f}, "
                                                                f"{103.86 + r.rng.uniform(-0.2, 0.2):.5f}"),
        col("village", "TEXT", "CITY", town(KH, 0)),
    ])


TABLES = (mu_pasien, mu_seans, mu_masinn, stg_hr_me, by_apytanne, kh_microcredit)
