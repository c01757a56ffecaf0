"""h10_people.sqlite: Rwandan community health insurance (mutuelle de santé; health posts vs
members and visits, Kinyarwanda column names), Fiji sugar-cane farms and growers, and a
Singapore CRM staging extract with positional column names."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import col, table
from benchmarks.heldout10 import ids
from benchmarks.heldout10.makers import (born, const, coord, date_between, digits, email_of, empty, family,
                                         free_text, full, given, ipv4, mac, maybe, money, number, other_full,
                                         phone, pick, sex_as, town, version4)
from benchmarks.heldout10.places import FJ, RW, RW_SECTORS, SG

D = dt.date
RW_MOBILE = ("078#######", "+250 78# ### ###", "072 ### ####", "250738######")
FJ_MOBILE = ("+679 9## ####", "7######", "+6798######", "92#-####")


def rw_name(r):
    return f"{r.rng.choice(RW.female if r.sex == 'F' else RW.male)} {r.rng.choice(RW.family)}"


def rw_health_posts():
    return table("amavuriro", 300, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("izina", "TEXT", "NONE", lambda r: f"Poste de Santé {r.rng.choice(RW_SECTORS)}"),
        col("akarere", "TEXT", "NONE", town(RW), "thing-qi"),
        col("intara", "TEXT", "NONE", town(RW, 1), "thing-qi"),
        col("umurenge", "TEXT", "NONE", pick(*RW_SECTORS), "thing-qi"),
        col("gps", "TEXT", "NONE", coord(-1.95, 30.06, 0.6), "thing-qi"),
        col("frigo_temp", "REAL", "NONE", money(2, 8, 1)),
        col("solar_kw", "REAL", "NONE", money(1, 6, 1)),
        col("telefoni", "TEXT", "OPTIONAL", phone("0788 ### ###"), "optional"),
        col("router_ip", "TEXT", "NONE", ipv4((10, 41)), "thing-qi"),
        col("tablet_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("yafunguwe", "TEXT", "NONE", date_between(D(2008, 1, 1), D(2024, 1, 1))),
    ])


def rw_members():
    return table("abanyamuryango", 700, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("amazina", "TEXT", "PERSON_NAME", rw_name, "cryptic-name"),
        col("indangamuntu", "TEXT", "GOV_ID", lambda r: ids.rw_nid(r.rng, r.born, r.sex, r.p(0.3)), "cryptic-name"),
        col("itariki_y_amavuko", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("igitsina", "TEXT", "GENDER", sex_as("Gore", "Gabo"), "cryptic-name"),
        col("telefoni", "TEXT", "PHONE", phone(*RW_MOBILE)),
        col("akarere", "TEXT", "STATE_REGION", town(RW)),
        col("umurenge", "TEXT", "CITY", pick(*RW_SECTORS), "cryptic-name"),
        col("ubudehe", "TEXT", "OTHER_PII", pick("A", "B", "C", "D"), "other-pii cryptic-name"),
        col("abagize_urugo", "INTEGER", "OTHER_PII", number(1, 11), "other-pii cryptic-name"),
        col("umukuru_w_urugo", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(RW.male + RW.female)} {r.rng.choice(RW.family)}", "cryptic-name"),
        col("ubumuga", "TEXT", "OTHER_PII", pick("oya", "oya", "oya", "yego"), "health cryptic-name"),
        col("momo", "TEXT", "PHONE", maybe(0.7, phone("078#######", "079#######")), "cryptic-name"),
        col("nimero_y_ubwishingizi", "TEXT", "OTHER_PII", lambda r: f"CBHI/{r.rng.randint(10, 99)}/{r.rng.randint(100000, 999999)}", "other-pii"),
    ])


RW_PLAIN = ("Yahawe imiti, azagaruka nyuma y'iminsi 3.", "Patient stable, traitement donné.", "Nta kibazo.",
            "Referred to district hospital for lab tests.", "Yipimishije malaria, ibisubizo ni byiza.", "")
RW_PII = ("Yazanywe na {name}, tel {phone}.", "Contact: {name} ({phone}).", "Umubyeyi we {name} azamugarura.")


def rw_visits():
    def meds(r):
        return json.dumps(r.rng.sample(["Coartem", "Paracetamol", "Amoxicillin", "ORS", "Zinc", "Cotrimoxazole", "Ibuprofen"],
                                       r.rng.randint(1, 3)))

    return table("gusura", 900, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("indangamuntu", "TEXT", "GOV_ID", lambda r: ids.rw_nid(r.rng, r.born, r.sex), "cryptic-name"),
        col("itariki", "TEXT", "OPTIONAL", date_between(D(2025, 6, 1), D(2026, 11, 30)), "optional"),
        col("indwara", "TEXT", "OTHER_PII", pick("malaria", "pneumonia", "diarrhée", "infection urinaire", "grippe", "hypertension"), "health cryptic-name"),
        col("imiti", "TEXT", "OTHER_PII", meds, "health list cryptic-name"),
        col("ibiro_kg", "REAL", "OTHER_PII", money(8, 95, 1), "other-pii cryptic-name"),
        col("temperature", "REAL", "OTHER_PII", money(36, 40.5, 1), "health"),
        col("ikiguzi_rwf", "INTEGER", "NONE", pick(200, 500, 1000, 1500)),
        col("chw", "TEXT", "PERSON_NAME", lambda r: f"{r.rng.choice(RW.female)} {r.rng.choice(RW.family)}", "cryptic-name"),
        col("yoherejwe", "TEXT", "OPTIONAL", pick("oya", "oya", "yego"), "optional"),
        col("inyandiko", "TEXT", "FREE_TEXT_PII", free_text(0.1, RW_PLAIN, RW_PII, lambda r: {
            "name": rw_name(r), "phone": phone(*RW_MOBILE)(r)}), "free-text"),
    ])


def fj_farms():
    return table("farms", 350, "en_US", [
        col("farm_no", "TEXT", "NONE", lambda r: f"{r.rng.choice(('BA', 'LT', 'LB', 'PN'))}-{r.rng.randint(1000, 9999)}"),
        col("sector", "TEXT", "NONE", pick("Lautoka", "Rarawai", "Labasa", "Penang")),
        col("locality", "TEXT", "NONE", town(FJ), "thing-qi"),
        col("division", "TEXT", "NONE", town(FJ, 1), "thing-qi"),
        col("area_ha", "REAL", "NONE", money(1, 25, 2)),
        col("soil", "TEXT", "NONE", pick("talasiga", "alluvial", "clay loam")),
        col("variety", "TEXT", "NONE", pick("Mana", "LF82-2122", "Kaba", "Naidiri")),
        col("lease_no", "TEXT", "NONE", lambda r: f"iTLTB {r.rng.randint(100000, 999999)}"),
        col("gps", "TEXT", "NONE", coord(-17.6, 177.6, 0.3), "thing-qi"),
        col("tractor_reg", "TEXT", "NONE", lambda r: f"{r.rng.choice(('FZ', 'GA', 'HB'))} {r.rng.randint(100, 999)}"),
        col("mill", "TEXT", "NONE", pick("Rarawai Mill", "Lautoka Mill", "Labasa Mill")),
        col("pump_fw", "TEXT", "NONE", version4, "shape-alike"),
    ])


def fj_growers():
    return table("growers", 450, "en_US", [
        col("grower_code", "TEXT", "NONE", lambda r: f"G{r.i + 1:05d}"),
        col("grower_name", "TEXT", "PERSON_NAME", full(FJ)),
        col("tin", "TEXT", "GOV_ID", lambda r: ids.fj_tin(r.rng)),
        col("fnpf_no", "TEXT", "GOV_ID", lambda r: str(r.rng.randint(100000, 9999999))),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d-%b-%Y")),
        col("sex", "TEXT", "GENDER", sex_as("female", "male")),
        col("mobile", "TEXT", "PHONE", phone(*FJ_MOBILE)),
        col("settlement", "TEXT", "CITY", town(FJ)),
        col("province", "TEXT", "STATE_REGION", pick("Ba", "Ra", "Nadroga-Navosa", "Macuata", "Cakaudrove")),
        col("mataqali", "TEXT", "OTHER_PII", maybe(0.5, pick("Nakoro", "Nabukebuke", "Vunivalu", "Naqara")), "other-pii"),
        col("religion", "TEXT", "OTHER_PII", pick("Methodist", "Hindu", "Catholic", "Muslim", "SDA"), "other-pii"),
        col("cane_income_fjd", "REAL", "OTHER_PII", money(2000, 60000), "other-pii"),
        col("loan_balance", "REAL", "OTHER_PII", money(0, 30000), "other-pii"),
        col("bank_acct", "TEXT", "BANK_ACCOUNT", lambda r: digits(r.rng.choice((8, 10)))(r)),
        col("next_of_kin", "TEXT", "PERSON_NAME", other_full(FJ)),
    ])


def sg_staging():
    return table("stg_crm_0426", 500, "en_US", [
        col("c1", "INTEGER", "NONE", lambda r: 900000 + r.i, "cryptic-name"),
        col("c2", "TEXT", "GOV_ID", lambda r: ids.sg_nric(r.rng, r.born), "cryptic-name"),
        col("c3", "TEXT", "PERSON_NAME", lambda r: f"{family(SG)(r).upper()} {given(SG)(r)}", "cryptic-name"),
        col("c4", "TEXT", "DATE_OF_BIRTH", born("%Y%m%d"), "cryptic-name"),
        col("c5", "TEXT", "GENDER", sex_as("F", "M"), "cryptic-name"),
        col("c6", "TEXT", "POSTAL_CODE", town(SG, 2), "cryptic-name"),
        col("c7", "TEXT", "PHONE", phone("9#######", "8#######"), "cryptic-name"),
        col("c8", "TEXT", "EMAIL", lambda r: email_of(r, given(SG)(r), family(SG)(r), ("gmail.com", "hotmail.com")), "cryptic-name"),
        col("c9", "REAL", "NONE", money(0, 900), "cryptic-name"),
        col("c10", "TEXT", "OPTIONAL", pick("hawker", "clerk", "driver", "nurse", "engineer"), "optional cryptic-name"),
        col("c11", "TEXT", "NONE", date_between(D(2024, 1, 1), D(2026, 4, 30)), "cryptic-name"),
        col("c12", "TEXT", "NONE", const("Y"), "constant cryptic-name"),
        col("c13", "TEXT", "NONE", empty, "constant cryptic-name"),
        col("c14", "TEXT", "IP_ADDRESS", lambda r: f"{r.rng.choice((116, 118, 182, 203))}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}", "cryptic-name"),
    ])


TABLES = (rw_health_posts, rw_members, rw_visits, fj_farms, fj_growers, sg_staging)
