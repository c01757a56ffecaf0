"""h12_files/: an Isfara apricot plant's positional payroll (CSV), a Cameroonian sawmill's timber
buyers (CSV), a Kuwaiti pharmacy app's accounts (Parquet with structs, lists and bytes), a surf
school's bookings (nested JSON Lines) and Vava'u whale-watching trip manifests (nested JSON Lines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout12 import ids
from benchmarks.heldout12 import places as P
from benchmarks.heldout12.makers import (argon2, born, code, const, day, email, free_text, hexstr, ipv4_public,
                                         jpeg_bytes, num, one_of, phone, secret_bytes, seq, sex_code, sometimes,
                                         tj_name, token, version4, weighted, wkt_point, ascii_fold)
from benchmarks.heldout12.tables_services import AR_LATIN

D0, D1 = dt.date(2026, 1, 1), dt.date(2026, 11, 30)
PATHS = {
    "tj_payroll": "isfara/payroll_2026_10.csv",
    "cm_acheteurs": "scierie_bertoua/acheteurs.csv",
    "kw_app_accounts": "pharmacy_app/accounts.parquet",
    "sv_bookings": "el_tunco/bookings.jsonl",
    "to_manifests": "vavau_whales/trip_manifests.jsonl",
}


def tj_payroll():
    return table("tj_payroll", 400, "en_US", [
        col("f_01", "TEXT", "NONE", seq("T", 4), "cryptic-name"),
        col("f_02", "TEXT", "PERSON_NAME", tj_name, "cryptic-name"),
        col("f_03", "TEXT", "GOV_ID", lambda r: ids.tj_inn(r.rng), "cryptic-name"),
        col("f_04", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y"), "cryptic-name"),
        col("f_05", "TEXT", "GENDER", sex_code("з", "м"), "cryptic-name"),
        col("f_06", "REAL", "OTHER_PII", num(900, 3800, 2), "cryptic-name other-pii"),
        col("f_07", "REAL", "OTHER_PII", sometimes(0.3, num(50, 600, 2), 0.0), "cryptic-name other-pii"),
        col("f_08", "TEXT", "BANK_ACCOUNT", lambda r: "20216972" + ids.digits(r.rng, 12), "cryptic-name"),
        col("f_09", "TEXT", "PHONE", phone("TJ", False), "cryptic-name"),
        col("f_10", "TEXT", "NONE", const("TJS"), "cryptic-name constant"),
        col("f_11", "TEXT", "OPTIONAL", one_of("оператор", "борбардор", "сортировщик", "ронанда"), "cryptic-name optional"),
        col("f_12", "TEXT", "NONE", const("2026-10"), "cryptic-name constant"),
    ])


def cm_acheteurs():
    firms = ["Bois du Littoral SARL", "Ets Fouda & Fils", "Transbois Afrique", "Scierie Moderne de l'Est",
             "Cameroun Timber Export", "Menuiserie Essomba"]

    def address(r):
        return f"BP {r.rng.randint(100, 9999)} {r.rng.choice(P.CM_TOWNS)}, {r.rng.choice(P.CM_QUARTIERS)}, {r.rng.choice(P.CM_REGIONS)}"

    return table("cm_acheteurs", 300, "en_US", [
        col("raison_sociale", "TEXT", "NONE", one_of(*firms)),
        col("niu_entreprise", "TEXT", "NONE", lambda r: ids.cm_niu(r.rng, False), "shape-alike"),
        col("contact", "TEXT", "PERSON_NAME", lambda r: f"M. {r.rng.choice(P.CM_GIVEN_M)} {r.rng.choice(P.CM_FAMILY).upper()}"
            if r.sex == "M" else f"Mme {r.rng.choice(P.CM_GIVEN_F)} {r.rng.choice(P.CM_FAMILY).upper()}"),
        col("contact_tel", "TEXT", "PHONE", phone("CM")),
        col("contact_email", "TEXT", "EMAIL", email([ascii_fold(g).lower() for g in P.CM_GIVEN_M + P.CM_GIVEN_F],
                                                   ["yahoo.fr", "gmail.com", "camtel.cm"])),
        col("adresse", "TEXT", "STREET_ADDRESS|CITY|STATE_REGION", address, "composite"),
        col("pays", "TEXT", "COUNTRY", weighted({"Cameroun": 8, "Tchad": 1, "Gabon": 1})),
        col("volume_m3", "REAL", "NONE", num(10, 900, 1)),
    ])


def kw_app_accounts():
    allergies = ["penicillin", "sulfa drugs", "aspirin", "peanuts", "latex", "ibuprofen"]

    def profile(r):
        first = r.rng.choice(AR_LATIN).capitalize()
        last = r.rng.choice(["Al-Enezi", "Al-Mutairi", "Al-Ajmi", "Al-Rashidi", "Al-Kandari", "Al-Shammari"])
        mails = [f"{first.lower()}{r.rng.randint(1, 999)}@gmail.com"]
        if r.p(0.4):
            mails.append(f"{first.lower()}.{last.lower().replace('al-', '')}@outlook.com")
        return {"name": {"first": first, "last": last}, "emails": mails, "phone": P.phone(r.rng, "KW", True)}

    def device(r):
        return {"model": r.rng.choice(["iPhone 15", "Galaxy S24", "Pixel 8", "Redmi Note 13"]),
                "id": hexstr(16)(r).upper(), "push_token": token("fcm:", 40)(r)}

    return table("kw_app_accounts", 500, "en_US", [
        col("account_id", "INTEGER", "NONE", lambda r: 100_000 + r.i),
        col("profile", "STRUCT", "", profile, leaves=(
            (".name.first", "PERSON_NAME", "nested partial-format"),
            (".name.last", "PERSON_NAME", "nested partial-format"),
            (".emails", "EMAIL", "nested list"),
            (".phone", "PHONE", "nested"),
        )),
        col("login", "TEXT", "OTHER_PII", lambda r: f"user{r.rng.randint(1000, 99999)}", "other-pii"),
        col("password_hash", "TEXT", "CREDENTIAL", argon2, "secret"),
        col("totp_secret", "BLOB", "CREDENTIAL", secret_bytes(20), "secret binary"),
        col("device", "STRUCT", "", device, leaves=(
            (".model", "NONE", "nested"),
            (".id", "OTHER_PII", "nested device-id"),
            (".push_token", "CREDENTIAL", "nested secret"),
        )),
        col("last_ip", "TEXT", "IP_ADDRESS", ipv4_public),
        col("avatar", "BLOB", "OTHER_PII", sometimes(0.4, jpeg_bytes), "binary"),
        col("allergies", "LIST", "OTHER_PII", lambda r: r.rng.sample(allergies, r.rng.randint(0, 2)), "health list"),
        col("app_version", "TEXT", "NONE", version4, "shape-alike"),
        col("created", "TEXT", "NONE", day(D0, D1)),
    ])


def sv_bookings():
    def guest(r):
        first = r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male()
        return {"name": {"given": first, "family": r.fake.last_name()},
                "contact": {"email": r.fake.email(), "whatsapp": r.fake.phone_number()},
                "country": r.rng.choice(["United States", "Canada", "Germany", "Mexico", "Australia"])}

    def board(r):
        return {"serial": ids.non_luhn_16(r.rng), "length_ft": r.rng.choice([7.0, 8.0, 9.0])}

    def pickup(r):
        return {"hotel": r.rng.choice(["Tortuga Village", "Papaya's Lodge", "La Guitarra", "Casa Cielo"]),
                "point": wkt_point((13.48, 13.50), (-89.39, -89.37))(r)}

    def paid(r):
        card = r.p(0.6)
        return {"method": "card" if card else r.rng.choice(["cash", "bitcoin"]),
                "card": ids.card_masked(r.rng) if card else None}

    def personal(r):
        return r.rng.choice([f"friend of {r.fake.first_name()} {r.fake.last_name()}", f"text me at {r.fake.phone_number()}",
                             f"send photos to {r.fake.email()}"])

    return table("sv_bookings", 600, "en_US", [
        col("booking_id", "TEXT", "NONE", seq("BK-", 5)),
        col("guest", "STRUCT", "", guest, leaves=(
            (".name.given", "PERSON_NAME", "nested"),
            (".name.family", "PERSON_NAME", "nested"),
            (".contact.email", "EMAIL", "nested"),
            (".contact.whatsapp", "PHONE", "nested"),
            (".country", "COUNTRY", "nested"),
        )),
        col("companions", "LIST", "PERSON_NAME", lambda r: [r.fake.first_name() for _ in range(r.rng.randint(0, 3))], "list partial-format"),
        col("board", "STRUCT", "", board, leaves=(
            (".serial", "NONE", "nested shape-alike"),
            (".length_ft", "NONE", "nested"),
        )),
        col("pickup", "STRUCT", "", pickup, leaves=(
            (".hotel", "OPTIONAL", "nested optional"),
            (".point", "OPTIONAL", "nested optional"),
        )),
        col("paid", "STRUCT", "", paid, leaves=(
            (".method", "NONE", "nested"),
            (".card", "PAYMENT_CARD", "nested partial-format"),
        )),
        col("request", "TEXT", "FREE_TEXT_PII", free_text(["beginner, first time", "need a longboard", "early morning please",
                                                           "two hours", "sunset session"], personal, 0.12), "free-text"),
    ])


def to_manifests():
    def trip(r):
        return {"boat": {"name": r.rng.choice(["Hakula", "Kiwi Tonga", "Dolphin Pacific", "Moana"]),
                         "mmsi": "529" + ids.digits(r.rng, 6)},
                "skipper": {"name": {"first": r.rng.choice(P.TO_GIVEN), "last": r.rng.choice(P.TO_FAMILY)},
                            "licence": code("MOI-####")(r)},
                "date": day(D0, D1)(r)}

    def crew(r):
        return [f"{r.rng.choice(P.TO_GIVEN)} {r.rng.choice(P.TO_FAMILY)}" for _ in range(r.rng.randint(1, 3))]

    return table("to_manifests", 400, "en_US", [
        col("manifest", "TEXT", "NONE", seq("VV-", 4)),
        col("trip", "STRUCT", "", trip, leaves=(
            (".boat.name", "NONE", "nested"),
            (".boat.mmsi", "NONE", "nested thing-qi device-id"),
            (".skipper.name.first", "PERSON_NAME", "nested partial-format"),
            (".skipper.name.last", "PERSON_NAME", "nested partial-format"),
            (".skipper.licence", "OPTIONAL", "nested optional"),
            (".date", "NONE", "nested"),
        )),
        col("guests", "INTEGER", "NONE", num(2, 12)),
        col("crew", "LIST", "PERSON_NAME", crew, "list"),
        col("whale_position", "TEXT", "NONE", wkt_point((-18.9, -18.5), (-174.2, -173.8)), "thing-qi"),
        col("sea_state", "TEXT", "NONE", one_of("calm", "moderate", "rough")),
        col("emergency", "STRUCT", "", lambda r: {"contact": f"{r.rng.choice(P.TO_GIVEN)} {r.rng.choice(P.TO_FAMILY)}, "
                                                              f"{P.phone(r.rng, 'TO', True)}"}, leaves=(
            (".contact", "PERSON_NAME|PHONE", "nested composite"),
        )),
        col("log", "TEXT", "NONE", one_of("3 humpbacks, mother and calf", "no whales, snorkel instead", "singer recorded",
                                          "swim with whales twice", "heavy rain"), "free-text-none"),
    ])


TABLES = (tj_payroll, cm_acheteurs, kw_app_accounts, sv_bookings, to_manifests)


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
