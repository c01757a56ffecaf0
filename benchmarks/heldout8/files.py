"""h8_files/: a Chattogram yard's mobile-wallet payouts (en_BD; CSV), a Kano scheme's
positional staging export (ha_NG; CSV), the Oran terminal's container events (ar_DZ; nested
JSON Lines with a list of objects), a Moselle cooperative's harvest deliveries (de_LU; Parquet
structs and a list column) and a Chiang Mai guesthouse's booking export (en_TH; nested JSON
Lines)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout8 import ids, places
from benchmarks.heldout8.makers import (amount, business_date, choice, code, email_of, free_text, integer, key,
                                        lat_lon_text, named, phone, plate, private_ip, stamp, token)

BKASH_NOTES = ("Weekly wage", "Overtime", "Advance", "Eid bonus", "Weekly wage", "Medical advance")


def _paid_to_wife(r) -> str:
    return f"Paid to wife {places.person(r, 'en_BD', 'F')[0]} on 01{r.rng.randint(300000000, 999999999)}"


def bkash_payouts():
    def receiver(r) -> str:
        given, family = places.person(r, "en_BD")
        r.values["_name"] = f"{given} {family}"
        return r.values["_name"]

    return table("bkash_payouts", 800, "en_BD", [
        col("payout_id", "INTEGER", "NONE", key),
        col("msisdn", "TEXT", "PHONE", lambda r: "8801" + str(r.rng.randint(300000000, 999999999)), "cryptic-name"),
        col("receiver", "TEXT", "PERSON_NAME", receiver),
        col("nid_last4", "TEXT", "GOV_ID", lambda r: "*" * 13 + ids.bd_nid(r.rng, r.born)[-4:], "partial-format"),
        col("amount_bdt", "REAL", "OTHER_PII", amount(500, 12000, 0), "other-pii"),
        col("trx_id", "TEXT", "NONE", token(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
        col("paid_at", "TEXT", "NONE", stamp),
        col("agent", "TEXT", "NONE", code("AG", 6)),
        col("purpose", "TEXT", "NONE", choice(*BKASH_NOTES)),
        col("api_key", "TEXT", "CREDENTIAL", lambda r: "bk_live_" + token(24)(r), "secret"),
        col("remarks", "TEXT", "FREE_TEXT_PII", free_text(("ok", "paid", "retry ok", "reversed by agent", "duplicate, ignore"),
                                                          _paid_to_wife),
            "free-text"),
    ])


def kano_export():
    return table("kano_export", 500, "ha_NG", [
        col("c1", "INTEGER", "NONE", key, "cryptic-name"),
        col("c2", "TEXT", "PERSON_NAME", named("ha_NG", "{FAMILY}, {given}"), "cryptic-name"),
        col("c3", "TEXT", "GOV_ID", lambda r: ids.ng_nin(r.rng), "cryptic-name"),
        col("c4", "TEXT", "PHONE", lambda r: "234" + str(r.rng.randint(7000000000, 9199999999)), "cryptic-name"),
        col("c5", "TEXT", "NONE", choice("KN"), "cryptic-name constant"),
        col("c6", "TEXT", "STATE_REGION", choice("Dawakin Kudu", "Bichi", "Gaya", "Rano", "Kura", "Wudil"), "cryptic-name"),
        col("c7", "TEXT", "GENDER", lambda r: r.sex, "cryptic-name"),
        col("c8", "TEXT", "DATE_OF_BIRTH", lambda r: f"{r.born:%d-%m-%Y}" if r.p(0.7) else f"{r.born.year}", "cryptic-name partial-format"),
        col("c9", "TEXT", "GEO_COORDINATES", lat_lon_text((11.3, 12.6), (7.6, 9.3)), "cryptic-name partial-format"),
        col("c10", "INTEGER", "NONE", integer(1, 10), "cryptic-name"),
        col("c11", "TEXT", "NONE", lambda r: f"0{r.rng.randint(70, 91)}{r.rng.randint(10000000, 99999999)}", "cryptic-name shape-alike"),
        col("c12", "TEXT", "NONE", business_date, "cryptic-name"),
    ])


def container_events():
    def container(r) -> dict:
        return {"no": f"{r.rng.choice(('MSCU', 'CMAU', 'MAEU', 'HLXU'))}{r.rng.randint(1000000, 9999999)}",
                "iso_type": r.rng.choice(("22G1", "45G1", "45R1", "22R1")),
                "reefer": {"setpoint_c": r.rng.choice((-18, -25, 2, 5, 13)), "plug_ip": private_ip(r)}}

    def truck(r) -> dict:
        given = r.fake.first_name_male()
        return {"plate": f"{r.rng.randint(10000, 99999)} {r.rng.randint(110, 120)} 31",
                "driver": {"prenom": given, "nom": r.fake.last_name(), "tel": phone("ar_DZ")(r)}}

    def declarant(r) -> dict:
        given, family = r.fake.first_name(), r.fake.last_name()
        return {"agence": r.rng.choice(("Transit El Bahia", "Oran Logistique", "Sarl Transmed")),
                "contact": {"email": r.fake.free_email(), "nom_complet": f"{given} {family}"}}

    def moves(r) -> list:
        return [{"code": r.rng.choice(("DIS", "GTO", "GTI", "LOA", "INS")), "at": stamp(r)}
                for _ in range(r.rng.randint(1, 4))]

    return table("container_events", 600, "ar_DZ", [
        col("event_id", "INTEGER", "NONE", key),
        col("container", "JSON", "NONE", container, leaves=(
            (".no", "NONE", "nested"), (".iso_type", "NONE", "nested"), (".reefer.setpoint_c", "NONE", "nested"),
            (".reefer.plug_ip", "NONE", "nested thing-qi"))),
        col("truck", "JSON", "NONE", truck, leaves=(
            (".plate", "NONE", "nested"), (".driver.prenom", "PERSON_NAME", "nested partial-format"),
            (".driver.nom", "PERSON_NAME", "nested partial-format"), (".driver.tel", "PHONE", "nested"))),
        col("declarant", "JSON", "NONE", declarant, leaves=(
            (".agence", "NONE", "nested"), (".contact.email", "EMAIL", "nested"),
            (".contact.nom_complet", "PERSON_NAME", "nested"))),
        col("moves", "JSON", "NONE", moves, leaves=((".code", "NONE", "nested list"), (".at", "NONE", "nested list"))),
        col("berth", "TEXT", "NONE", choice("Q1", "Q2", "Q3", "Q4")),
    ])


def vendanges():
    def grower(r) -> dict:
        given, family = places.person(r, "de_LU")
        return {"numm": {"virnumm": given, "familljennumm": family},
                "matricule_masque": ids.lu_matricule(r.rng, r.born)[:4] + "*********"}

    def tractor(r) -> dict:
        return {"plate": plate("@@ ####")(r),
                "gps": {"lat": round(r.rng.uniform(49.45, 49.72), 5), "lon": round(r.rng.uniform(6.30, 6.52), 5)}}

    def pickers(r) -> list:
        return [" ".join(places.person(r, "de_LU", r.rng.choice("FM"))) for _ in range(r.rng.randint(2, 6))]

    return table("vendanges", 450, "de_LU", [
        col("delivery_id", "INTEGER", "NONE", key),
        col("grower", "STRUCT", "NONE", grower, leaves=(
            (".numm.virnumm", "PERSON_NAME", "nested partial-format"),
            (".numm.familljennumm", "PERSON_NAME", "nested partial-format"),
            (".matricule_masque", "GOV_ID", "nested partial-format"))),
        col("lot", "STRUCT", "NONE", lambda r: {"parzelle": r.rng.randint(1, 480), "oechsle": r.rng.randint(62, 98),
                                                "kg": r.rng.randint(300, 6000)}, leaves=(
            (".parzelle", "NONE", "nested"), (".oechsle", "NONE", "nested"), (".kg", "NONE", "nested"))),
        col("tractor", "STRUCT", "NONE", tractor, leaves=(
            (".plate", "OTHER_PII", "nested other-pii"), (".gps.lat", "NONE", "nested thing-qi"), (".gps.lon", "NONE", "nested thing-qi"))),
        col("pickers", "LIST", "PERSON_NAME", pickers, "list"),
        col("delivered_on", "TEXT", "NONE", business_date),
    ])


def _room(r) -> dict:
    return {"no": f"{r.rng.randint(1, 3)}{r.rng.randint(1, 20):02d}", "wing": r.rng.choice(("Baan Lanna", "Garden Wing"))}


def bookings():
    def guest(r) -> dict:
        given, family = places.person(r, "en_TH")
        return {"name": {"first": given, "last": family}, "email": email_of(r, given, family),
                "passport_masked": "******" + ids.passport(r.rng)[-3:]}

    def companions(r) -> list:
        return [{"name": r.fake.first_name(), "age": r.rng.randint(2, 70)} for _ in range(r.rng.randint(0, 3))]

    def payment(r) -> dict:
        return {"card_last4": ids.luhn_card(r.rng)[-4:], "amount_thb": r.rng.randint(650, 40000), "gateway_ref": token(18)(r)}

    return table("bookings", 550, "en_TH", [
        col("booking_ref", "TEXT", "NONE", code("CNX", 7)),
        col("guest", "JSON", "NONE", guest, leaves=(
            (".name.first", "PERSON_NAME", "nested partial-format"), (".name.last", "PERSON_NAME", "nested partial-format"),
            (".email", "EMAIL", "nested"), (".passport_masked", "GOV_ID", "nested partial-format"))),
        col("companions", "JSON", "NONE", companions, leaves=(
            (".name", "PERSON_NAME", "nested list partial-format"), (".age", "OTHER_PII", "nested list other-pii"))),
        col("payment", "JSON", "NONE", payment, leaves=(
            (".card_last4", "OPTIONAL", "nested optional"), (".amount_thb", "NONE", "nested"), (".gateway_ref", "NONE", "nested"))),
        col("room", "JSON", "NONE", _room, leaves=((".no", "NONE", "nested"), (".wing", "NONE", "nested"))),
        col("channel", "TEXT", "NONE", choice("direct", "Agoda", "Booking.com", "walk-in")),
    ])


TABLES = [bkash_payouts, kano_export, container_events, vendanges, bookings]
PATHS = {"bkash_payouts": "yard/bkash_payouts.csv", "kano_export": "kano/export_manoma.csv",
         "container_events": "port/container_events.jsonl", "vendanges": "moselle/vendanges.parquet",
         "bookings": "guesthouse/bookings.jsonl"}


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
