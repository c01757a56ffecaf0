"""h3_travel.sqlite: an Italian hotel chain (it_IT), a French airline (fr_FR) and a German
car-rental firm (de_DE); tables about people beside tables about hotels, flights, stations."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3 import ids
from benchmarks.heldout3.makers import (
    ascii_fold, bcrypt_like, born, const, day, email_from, fake, first_name, full_name, ipv4, json_list,
    last_name, num, pick, png, recent, seq, sometimes, text_with_pii, version4, wkt_point)
from benchmarks.heldout3.model import col, table

IT_CITIES = ("Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Venezia", "Bari", "Palermo", "Verona")
IT_TOWNS = IT_CITIES + ("Genova", "Catania", "Padova", "Trieste", "Brescia", "Parma", "Modena", "Lecce",
                        "Perugia", "Cagliari", "Salerno", "Bergamo", "Vicenza", "Ancona", "Pescara", "Udine")
IT_LAT, IT_LON = (37.5, 46.5), (7.5, 17.5)


def strutture():
    return table("strutture", 300, "it_IT", [
        col("id", "INTEGER", "NONE", seq()),
        col("nome", "TEXT", "NONE", lambda r: f"Hotel {r.rng.choice(('Bellavista', 'Miramare', 'Centrale', 'Aurora', 'Splendid', 'Excelsior'))} {r.rng.choice(IT_CITIES)}"),
        col("indirizzo", "TEXT", "NONE", fake("street_address"), "thing-qi"),
        col("cap", "TEXT", "NONE", fake("postcode"), "thing-qi"),
        col("citta", "TEXT", "NONE", pick(*IT_CITIES), "thing-qi"),
        col("provincia", "TEXT", "NONE", fake("state"), "thing-qi"),
        col("lat", "REAL", "NONE", num(*IT_LAT, digits=5), "thing-qi"),
        col("lon", "REAL", "NONE", num(*IT_LON, digits=5), "thing-qi"),
        col("stelle", "INTEGER", "NONE", num(2, 5)),
        col("router_ip", "TEXT", "NONE", ipv4(), "thing-qi"),
        col("logo", "BLOB", "NONE", png, "binary"),
        col("attiva", "INTEGER", "NONE", const(1), "constant"),
    ])


def _guest_note(r):
    return f"Ospite accompagnato da {full_name(r)}, tel. {r.fake.phone_number()}"


def ospiti():
    return table("ospiti", 600, "it_IT", [
        col("id", "INTEGER", "NONE", seq()),
        col("nome", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("cognome", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("codice_fiscale", "TEXT", "GOV_ID", lambda r: ids.codice_fiscale(r.rng, r["nome"], r["cognome"], r.born, r.sex)),
        col("nato_il", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("luogo_nascita", "TEXT", "CITY", pick(*IT_TOWNS)),
        col("sesso", "TEXT", "GENDER", lambda r: r.sex),
        col("email", "TEXT", "EMAIL", email_from("nome", "cognome", domains=("libero.it", "gmail.com", "virgilio.it", "tiscali.it"))),
        col("cellulare", "TEXT", "PHONE", fake("phone_number")),
        col("indirizzo", "TEXT", "STREET_ADDRESS", fake("street_address")),
        col("cap", "TEXT", "POSTAL_CODE", fake("postcode")),
        col("citta", "TEXT", "CITY", pick(*IT_TOWNS)),
        col("provincia", "TEXT", "STATE_REGION", fake("state")),
        col("nazionalita", "TEXT", "COUNTRY", pick("Italia", "Svizzera", "Germania", "Francia", "Austria", weights=(6, 1, 1, 1, 1))),
        col("passaporto", "TEXT", "GOV_ID", lambda r: f"{r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.rng.randint(1000000, 9999999)}"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "IT")),
        col("newsletter", "INTEGER", "NONE", pick(0, 1)),
        col("creato_il", "TEXT", "NONE", recent()),
    ])


def prenotazioni():
    clean = ("Camera silenziosa", "Arrivo in tarda serata", "Letto aggiuntivo", "Colazione in camera",
             "Parcheggio richiesto", "Piano alto se possibile", "Nessuna richiesta", "Culla per neonato")
    return table("prenotazioni", 800, "it_IT", [
        col("id", "INTEGER", "NONE", seq(5000)),
        col("ospite_id", "INTEGER", "NONE", num(1, 600)),
        col("struttura_id", "INTEGER", "NONE", num(1, 300)),
        col("check_in", "TEXT", "NONE", day(dt.date(2025, 1, 1), dt.date(2026, 11, 30))),
        col("importo", "REAL", "NONE", num(60, 4200, 2)),
        col("carta", "TEXT", "PAYMENT_CARD", lambda r: f"{ids.card(r.rng)[:4]} **** **** {r.rng.randint(0, 9999):04d}", "partial-format"),
        col("codice_prenotazione", "TEXT", "NONE", lambda r: ids.luhn_failing_16(r.rng), "shape-alike"),
        col("note", "TEXT", "FREE_TEXT_PII", text_with_pii(0.12, clean, (_guest_note,)), "free-text"),
        col("richieste", "TEXT", "NONE", pick(*clean), "free-text-none"),
        col("stato", "TEXT", "NONE", pick("confermata", "annullata", "completata")),
    ])


def passagers():
    return table("passagers", 700, "fr_FR", [
        col("id", "INTEGER", "NONE", seq()),
        col("civilite", "TEXT", "OPTIONAL", lambda r: "Mme" if r.sex == "F" else "M.", "optional"),
        col("prenom", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("nom", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("nir", "TEXT", "GOV_ID", lambda r: ids.french_nir(r.rng, r.born, r.sex)),
        col("date_naissance", "TEXT", "DATE_OF_BIRTH", born()),
        col("sexe", "TEXT", "GENDER", lambda r: "F" if r.sex == "F" else "H"),
        col("passeport", "TEXT", "GOV_ID", lambda r: f"{r.rng.randint(10, 99)}{r.fake.lexify('??').upper()}{r.rng.randint(10000, 99999)}"),
        col("nationalite", "TEXT", "COUNTRY", pick("française", "belge", "suisse", "marocaine", "canadienne", weights=(8, 1, 1, 1, 1))),
        col("telephone", "TEXT", "PHONE", fake("phone_number")),
        col("courriel", "TEXT", "EMAIL", email_from("prenom", "nom", domains=("orange.fr", "free.fr", "gmail.com", "laposte.net"))),
        col("numero_fidelite", "TEXT", "OTHER_PII", lambda r: f"FB{r.rng.randint(10**9, 10**10 - 1)}", "other-pii"),
        col("repas_special", "TEXT", "OTHER_PII", pick("aucun", "halal", "casher", "végétarien", "sans gluten", "diabétique", weights=(10, 2, 1, 2, 1, 1)), "other-pii health"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "FR")),
        col("bagages_kg", "REAL", "NONE", num(0, 32, 1)),
    ])


def vols():
    airports = ("CDG", "ORY", "NCE", "LYS", "MRS", "TLS", "BOD", "NTE", "FCO", "LHR", "MAD")
    return table("vols", 400, "fr_FR", [
        col("numero_vol", "TEXT", "NONE", lambda r: f"AF{r.rng.randint(100, 9999)}"),
        col("immatriculation", "TEXT", "NONE", lambda r: "F-" + r.fake.lexify("????").upper()),
        col("origine", "TEXT", "NONE", pick(*airports)),
        col("depart_prevu", "TEXT", "NONE", recent(400, "%Y-%m-%dT%H:%M")),
        col("version_logiciel", "TEXT", "NONE", version4, "shape-alike"),
        col("transpondeur", "TEXT", "NONE", lambda r: f"{r.rng.randint(0x380000, 0x3BFFFF):06X}"),
        col("compagnie", "TEXT", "NONE", const("AF"), "constant"),
        col("service_bord", "TEXT", "NONE", pick("M", "F"), "shape-alike"),
    ])


def embarquements():
    return table("embarquements", 800, "fr_FR", [
        col("id", "INTEGER", "NONE", seq()),
        col("passager_id", "INTEGER", "NONE", num(1, 700)),
        col("numero_vol", "TEXT", "NONE", lambda r: f"AF{r.rng.randint(100, 9999)}"),
        col("classe", "TEXT", "NONE", pick("Y", "W", "J", "F"), "shape-alike"),
        col("contact_urgence", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{full_name(r)} - {r.fake.phone_number()}", "composite"),
        col("assistance", "TEXT", "OTHER_PII", pick("aucune", "fauteuil roulant", "malvoyant", "malentendant", "oxygène", weights=(20, 3, 1, 1, 1)), "health"),
        col("x1", "TEXT", "DATE_OF_BIRTH", born("%Y%m%d"), "cryptic-name"),
    ])


DE_LAT, DE_LON = (47.3, 55.0), (6.0, 15.0)


def stationen():
    return table("stationen", 300, "de_DE", [
        col("id", "INTEGER", "NONE", seq()),
        col("name", "TEXT", "NONE", lambda r: f"Station {r.fake.city()} {r.rng.choice(('Hbf', 'Flughafen', 'Mitte', 'Nord'))}", "lying-name"),
        col("strasse", "TEXT", "NONE", fake("street_name"), "thing-qi"),
        col("plz", "TEXT", "NONE", fake("postcode"), "thing-qi"),
        col("ort", "TEXT", "NONE", fake("city"), "thing-qi"),
        col("bundesland", "TEXT", "NONE", fake("state"), "thing-qi"),
        col("geo", "TEXT", "NONE", wkt_point(DE_LAT, DE_LON), "thing-qi"),
        col("kasse_ip", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
    ])


def kunden():
    return table("kunden", 600, "de_DE", [
        col("kundennr", "INTEGER", "NONE", seq(100000)),
        col("anrede", "TEXT", "OPTIONAL", lambda r: "Frau" if r.sex == "F" else "Herr", "optional"),
        col("vorname", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("nachname", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("steuer_id", "TEXT", "GOV_ID", lambda r: ids.steuer_id(r.rng)),
        col("geburtsdatum", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("strasse", "TEXT", "STREET_ADDRESS", fake("street_name"), "partial-format"),
        col("hausnr", "TEXT", "STREET_ADDRESS", fake("building_number"), "partial-format"),
        col("plz", "TEXT", "POSTAL_CODE", fake("postcode")),
        col("ort", "TEXT", "CITY", fake("city")),
        col("fuehrerschein", "TEXT", "GOV_ID", lambda r: r.fake.bothify("?##???#?##").upper() + str(r.rng.randint(0, 9))),
        col("fs_klasse", "TEXT", "OPTIONAL", pick("B", "BE", "C1", "AM B"), "optional"),
        col("telefon", "TEXT", "PHONE", fake("phone_number")),
        col("email", "TEXT", "EMAIL", email_from("vorname", "nachname", domains=("web.de", "gmx.de", "t-online.de", "gmail.com"))),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "DE")),
        col("kreditkarte", "TEXT", "PAYMENT_CARD", lambda r: ids.card(r.rng)),
        col("login", "TEXT", "OTHER_PII", lambda r: ascii_fold(r["vorname"][0] + r["nachname"]) + str(r.rng.randint(1, 99)), "other-pii"),
        col("passwort_hash", "TEXT", "CREDENTIAL", bcrypt_like, "secret"),
        col("schufa_score", "INTEGER", "OTHER_PII", num(300, 999), "other-pii"),
    ])


def mietvertraege():
    clean = ("Kratzer hinten links", "Keine Schäden", "Tank nicht voll", "Innenraum verschmutzt",
             "Delle an der Tür", "Steinschlag Frontscheibe", "ohne Befund")
    dirty = (lambda r: f"Schaden gemeldet von {full_name(r)}, Rückruf {r.fake.phone_number()}",
             lambda r: f"Kunde bittet um Rechnung an {r.fake.email()}")
    return table("mietvertraege", 700, "de_DE", [
        col("id", "INTEGER", "NONE", seq()),
        col("kunde_id", "INTEGER", "NONE", num(100000, 100599)),
        col("station_id", "INTEGER", "NONE", num(1, 300)),
        col("kennzeichen", "TEXT", "NONE", lambda r: f"{r.rng.choice(('B', 'HH', 'M', 'K', 'F'))}-{r.fake.lexify('??').upper()} {r.rng.randint(100, 9999)}", "shape-alike"),
        col("abholung", "TEXT", "NONE", recent(600)),
        col("schaden_notiz", "TEXT", "FREE_TEXT_PII", text_with_pii(0.08, clean, dirty), "free-text"),
        col("kaution_ref", "TEXT", "NONE", lambda r: ids.luhn_failing_16(r.rng), "shape-alike"),
        col("zweitfahrer", "TEXT", "PERSON_NAME", sometimes(0.3, full_name)),
        col("zusatz", "TEXT", "NONE", json_list(pick("GPS", "Kindersitz", "Winterreifen", "Dachbox"), 0, 3), "list"),
    ])


TABLES = (strutture, ospiti, prenotazioni, passagers, vols, embarquements, stationen, kunden, mietvertraege)
