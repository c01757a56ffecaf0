"""h11_files/: a Tarrazú coffee mill's positional payroll export (CSV), a Tripoli soap shop's
order export (CSV), a Port of Spain mas band's online registrations (nested JSON Lines), the
Panama tug operator's crew-portal accounts (Parquet with structs and lists) and a Jinja rafting
company's bookings (nested JSON Lines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout11 import ids
from benchmarks.heldout11.makers import (api_key, bcrypt_like, born, code, const, date_between, email_of, free_text,
                                         full, ipv4, json_list, login_of, mac, mask, money, number, phone, pick,
                                         pylist, seq, sex, stamp, street, struct, token_bytes, town)
from benchmarks.heldout11.places import CR, LB, PA, PHONES, TT, UG

D = dt.date

PATHS = {
    "cr_planilla": "beneficio_tarrazu/planilla_2026_11.csv",
    "lb_commandes": "savonnerie/commandes_export.csv",
    "tt_registrations": "mas_band/registrations.jsonl",
    "pa_portal_accounts": "tug_crew_portal/accounts.parquet",
    "ug_bookings": "rafting/bookings.jsonl",
}


def cr_planilla():
    return table("cr_planilla", 700, "en_US", [
        col("col1", "TEXT", "NONE", seq("P", 5), "cryptic-name"),
        col("col2", "TEXT", "GOV_ID", lambda r: ids.cr_cedula(r.rng, dashed=False), "cryptic-name"),
        col("col3", "TEXT", "PERSON_NAME", full(CR, order="upper"), "cryptic-name"),
        col("col4", "TEXT", "DATE_OF_BIRTH", lambda r: str(r.born.year), "cryptic-name partial-format"),
        col("col5", "TEXT", "OTHER_PII", money(60000, 480000, 0), "cryptic-name other-pii"),
        col("col6", "TEXT", "OTHER_PII", money(0, 25000, 0), "cryptic-name other-pii"),
        col("col7", "TEXT", "BANK_ACCOUNT", lambda r: ids.cr_iban(r.rng), "cryptic-name"),
        col("col8", "TEXT", "NONE", const("CRC"), "cryptic-name constant"),
        col("col9", "TEXT", "NONE", const("2026-11"), "cryptic-name constant"),
        col("col10", "TEXT", "PHONE", mask(phone(PHONES["CR"]), 4, "#"), "cryptic-name partial-format"),
        col("col11", "TEXT", "OPTIONAL", pick("recolector", "chofer", "secador", "bodeguero", "catador"), "cryptic-name optional"),
    ])


def lb_commandes():
    products = ("Savon laurier 20%", "Savon miel", "Savon huile d'olive", "Coffret cadeau", "Savon lavande")
    return table("lb_commandes", 650, "en_US", [
        col("commande", "TEXT", "NONE", seq("CMD-", 6)),
        col("date", "TEXT", "NONE", date_between(D(2026, 1, 1), D(2026, 11, 30))),
        col("client", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{full(LB)(r)}, {phone(PHONES['LB'])(r)}", "composite"),
        col("articles", "TEXT", "NONE", json_list(pick(*products), 1, 4), "list"),
        col("total_usd", "REAL", "NONE", money(6, 180)),
        col("livraison", "TEXT", "STREET_ADDRESS|CITY", lambda r: f"{street(LB, True)(r)}, {town(LB, 0)(r)}", "composite"),
        col("cadeau_pour", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(LB["F"] + LB["M"]) if r.p(0.3) else "",
            "partial-format"),
        col("code_promo", "TEXT", "NONE", pick("", "", "RAMADAN26", "NOEL", "MINA10")),
        col("ref_paiement", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, 16), "shape-alike"),
    ])


def tt_registrations():
    return table("tt_registrations", 760, "en_US", [
        col("reg", "TEXT", "NONE", seq("ONL-", 6)),
        col("submitted", "TEXT", "NONE", stamp(D(2026, 8, 1), D(2026, 11, 30))),
        col("masquerader", "TEXT", "NONE", struct(
            name=full(TT), dob=born("%Y-%m-%d"), gender=sex("F", "M"),
            contact=struct(phone=phone(PHONES["TT"]), email=email_of(("gmail.com", "tstt.net.tt", "hotmail.com"))),
            address=struct(street=street(TT, True), town=town(TT, 0), region=town(TT, 1), postcode=town(TT, 2))),
            "nested", leaves=(
                (".name", "PERSON_NAME", "nested"), (".dob", "DATE_OF_BIRTH", "nested"), (".gender", "GENDER", "nested"),
                (".contact.phone", "PHONE", "nested"), (".contact.email", "EMAIL", "nested"),
                (".address.street", "STREET_ADDRESS", "nested"), (".address.town", "CITY", "nested"),
                (".address.region", "STATE_REGION", "nested"), (".address.postcode", "POSTAL_CODE", "nested"))),
        col("measurements", "TEXT", "NONE", struct(bust=number(70, 130), waist=number(58, 120), shoe=number(5, 13)),
            "nested", leaves=((".bust", "OTHER_PII", "nested other-pii"), (".waist", "OTHER_PII", "nested other-pii"),
                              (".shoe", "OTHER_PII", "nested other-pii"))),
        col("payment", "TEXT", "NONE", struct(
            card=mask(lambda r: ids.card(r.rng), 4, "X"), amount=money(1800, 9500), currency=const("TTD")),
            "nested", leaves=((".card", "PAYMENT_CARD", "nested partial-format"), (".amount", "NONE", "nested"),
                              (".currency", "NONE", "nested constant"))),
        col("section", "TEXT", "NONE", pick("Jewels of the Nile", "Fire Birds", "Moko Jumbies", "Blue Devils")),
    ])


def pa_portal_accounts():
    return table("pa_portal_accounts", 640, "en_US", [
        col("account_id", "INTEGER", "NONE", lambda r: 3000 + r.i),
        col("usuario", "TEXT", "OTHER_PII", lambda r: (full(PA)(r), login_of()(r))[1], "other-pii"),
        col("emails", "TEXT", "EMAIL", pylist(email_of(("gmail.com", "acp.gob.pa", "hotmail.com")), 1, 3), "list"),
        col("password_hash", "TEXT", "CREDENTIAL", bcrypt_like(), "secret"),
        col("totp_secret", "BLOB", "CREDENTIAL", token_bytes(20), "secret binary"),
        col("api_token", "TEXT", "CREDENTIAL", api_key("tk_live_"), "secret"),
        col("last_device", "TEXT", "NONE", struct(ip=ipv4(), mac=mac(), app=pick("android 4.2.1", "ios 4.2.0", "web")),
            "nested", leaves=((".ip", "IP_ADDRESS", "nested"), (".mac", "OTHER_PII", "nested other-pii"),
                              (".app", "NONE", "nested"))),
        col("roles", "TEXT", "NONE", pylist(pick("crew", "master", "engineer", "hr_view"), 1, 2), "list"),
        col("created", "TEXT", "NONE", stamp(D(2020, 1, 1), D(2026, 11, 1))),
    ])


def ug_bookings():
    plain = ("morning trip, lunch at camp", "half day, {n} pax", "family float", "grade 5 full day")
    pii = ("pick up {name} at Jinja Nile Resort", "call {name} on {phone} if delayed", "{name} is vegetarian")
    ph = phone(PHONES["UG"])
    return table("ug_bookings", 820, "en_US", [
        col("booking", "TEXT", "NONE", seq("BK", 6)),
        col("trip_date", "TEXT", "NONE", date_between(D(2026, 1, 1), D(2027, 3, 31))),
        col("lead", "TEXT", "NONE", struct(name=lambda r: r.fake.name(), email=lambda r: r.fake.free_email(),
                                           phone=lambda r: r.fake.phone_number(), country=pick("UK", "US", "Kenya", "Uganda", "NL")),
            "nested", leaves=((".name", "PERSON_NAME", "nested"), (".email", "EMAIL", "nested"),
                              (".phone", "PHONE", "nested"), (".country", "COUNTRY", "nested"))),
        col("party", "TEXT", "PERSON_NAME", pylist(lambda r: r.fake.first_name(), 0, 5), "list partial-format"),
        col("guide", "TEXT", "NONE", struct(name=full(UG), radio=code("CH-99")),
            "nested", leaves=((".name", "PERSON_NAME", "nested"), (".radio", "NONE", "nested"))),
        col("price_usd", "INTEGER", "NONE", pick(95, 140, 165, 220)),
        col("notes", "TEXT", "FREE_TEXT_PII", free_text(plain, pii, 0.1, lambda r: {"name": r.fake.name(), "phone": ph(r)}),
            "free-text"),
    ])


TABLES = (cr_planilla, lb_commandes, tt_registrations, pa_portal_accounts, ug_bookings)


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
