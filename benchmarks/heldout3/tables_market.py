"""h3_market.sqlite: a Polish marketplace and a Polish export with positional column names
(pl_PL), Dutch parcel delivery (nl_NL), a Swedish
grid operator (sv_SE), a Spanish estate agency (es_ES) and an Irish charity (en_IE)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3 import ids
from benchmarks.heldout3.makers import (
    born, const, day, email_from, fake, first_name, full_name, ipv4, json_list, last_name, num,
    pick, png, raw_bytes, recent, seq, sha256_bytes, sha256_hex, sometimes, text_with_pii, token,
    version4, wkt_point)
from benchmarks.heldout3.model import col, table

PL_CITIES = ("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Katowice", "Białystok")


def _pl_postcode(r):
    return f"{r.rng.randint(0, 99):02d}-{r.rng.randint(0, 999):03d}"


def sprzedawcy():
    return table("sprzedawcy", 300, "pl_PL", [
        col("id", "INTEGER", "NONE", seq()),
        col("nazwa_firmy", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Techno', 'Dom', 'Eko', 'Sport', 'Moda', 'Auto'))}{r.rng.choice(('pol', 'mix', 'land', 'serwis', 'hurt'))} sp. z o.o."),
        col("nip", "TEXT", "NONE", lambda r: _company_nip(r)),
        col("miasto", "TEXT", "NONE", pick(*PL_CITIES), "thing-qi"),
        col("kod_pocztowy", "TEXT", "NONE", _pl_postcode, "thing-qi"),
        col("magazyn_lat", "REAL", "NONE", num(49.0, 54.8, 5), "thing-qi"),
        col("magazyn_lon", "REAL", "NONE", num(14.1, 24.1, 5), "thing-qi"),
        col("api_key", "TEXT", "CREDENTIAL", token("mk_live_", 32), "secret"),
        col("webhook_secret", "BLOB", "CREDENTIAL", raw_bytes(32), "binary secret"),
        col("wersja_api", "TEXT", "NONE", version4, "shape-alike"),
        col("aktywny", "INTEGER", "NONE", const(1), "constant"),
    ])


def _company_nip(r):
    from stdnum.pl import nip

    while True:
        body = f"{r.rng.randint(100, 999)}{r.rng.randint(0, 999999):06d}"
        check = sum(int(d) * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if check < 10 and nip.is_valid(body + str(check)):
            return body + str(check)


def klienci():
    return table("klienci", 700, "pl_PL", [
        col("id", "INTEGER", "NONE", seq()),
        col("imie", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("nazwisko", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("pesel", "TEXT", "GOV_ID", lambda r: ids.pesel(r.rng, r.born, r.sex)),
        col("data_urodzenia", "TEXT", "DATE_OF_BIRTH", born()),
        col("plec", "TEXT", "GENDER", lambda r: "K" if r.sex == "F" else "M"),
        col("email", "TEXT", "EMAIL", email_from("imie", "nazwisko", domains=("wp.pl", "onet.pl", "interia.pl", "gmail.com"))),
        col("telefon", "TEXT", "PHONE", fake("phone_number")),
        col("adres", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY",
            lambda r: f"ul. {r.fake.street_name()} {r.rng.randint(1, 120)}/{r.rng.randint(1, 40)}, {_pl_postcode(r)} {r.rng.choice(PL_CITIES)}", "composite"),
        col("wojewodztwo", "TEXT", "STATE_REGION", fake("administrative_unit")),
        col("login", "TEXT", "OTHER_PII", fake("user_name"), "other-pii"),
        col("haslo_sha256", "TEXT", "CREDENTIAL", sha256_hex, "secret"),
        col("ostatnie_ip", "TEXT", "IP_ADDRESS", ipv4()),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "PL")),
        col("zgoda_marketing", "INTEGER", "NONE", pick(0, 1)),
    ])


def zamowienia():
    clean = ("Proszę o szybką wysyłkę", "Paczkomat", "Faktura VAT", "Bez uwag", "Prezent - proszę zapakować",
             "Dostawa po 17:00", "Kolor zgodny ze zdjęciem")
    dirty = (lambda r: f"Odbierze {full_name(r)}, tel. {r.fake.phone_number()}",
             lambda r: f"Fakturę wysłać na {r.fake.email()}",
             lambda r: f"Przesyłkę zostawić u sąsiada ({full_name(r)})")
    return table("zamowienia", 900, "pl_PL", [
        col("id", "INTEGER", "NONE", seq(70000)),
        col("klient_id", "INTEGER", "NONE", num(1, 700)),
        col("data", "TEXT", "NONE", recent(500)),
        col("kwota", "REAL", "NONE", num(9, 2500, 2)),
        col("waluta", "TEXT", "NONE", const("PLN"), "constant"),
        col("email", "INTEGER", "NONE", pick(0, 1), "lying-name"),
        col("paragon_sha256", "BLOB", "NONE", sha256_bytes, "binary"),
        col("produkty", "TEXT", "NONE", json_list(lambda r: f"SKU-{r.rng.randint(10000, 99999)}", 1, 4), "list"),
        col("numer_przesylki", "TEXT", "NONE", lambda r: f"{r.rng.randint(10**23, 10**24 - 1)}"),
        col("uwagi", "TEXT", "FREE_TEXT_PII", text_with_pii(0.1, clean, dirty), "free-text"),
    ])


def produkty():
    return table("produkty", 500, "pl_PL", [
        col("sku", "TEXT", "NONE", lambda r: f"SKU-{10000 + r.i}"),
        col("rozmiar", "TEXT", "NONE", pick("XS", "S", "M", "L", "XL"), "shape-alike"),
        col("plec", "TEXT", "NONE", pick("damskie", "męskie", "unisex"), "lying-name"),
        col("ean", "TEXT", "NONE", lambda r: _ean13(r)),
        col("numer_seryjny", "TEXT", "NONE", lambda r: ids.luhn_failing_16(r.rng), "shape-alike"),
        col("kod", "TEXT", "NONE", _pl_postcode, "shape-alike"),
        col("miniatura", "BLOB", "NONE", png, "binary"),
    ])


def _ean13(r):
    body = "590" + "".join(str(r.rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def _nl_postcode(r):
    return f"{r.rng.randint(1000, 9999)} {r.fake.lexify('??').upper()}"


NL_CITIES = ("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Haarlem")


def depots():
    return table("depots", 300, "nl_NL", [
        col("id", "INTEGER", "NONE", seq()),
        col("naam", "TEXT", "NONE", lambda r: f"Depot {r.rng.choice(NL_CITIES)} {r.rng.choice(('Noord', 'Zuid', 'Oost', 'West'))}", "lying-name"),
        col("straat", "TEXT", "NONE", fake("street_name"), "thing-qi"),
        col("postcode", "TEXT", "NONE", _nl_postcode, "thing-qi"),
        col("plaats", "TEXT", "NONE", pick(*NL_CITIES), "thing-qi"),
        col("provincie", "TEXT", "NONE", fake("administrative_unit"), "thing-qi"),
        col("breedtegraad", "REAL", "NONE", num(50.8, 53.4, 5), "thing-qi"),
        col("lengtegraad", "REAL", "NONE", num(3.4, 7.2, 5), "thing-qi"),
        col("sorteer_ip", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
    ])


def zendingen():
    clean = ("Achterdeur gebruiken", "Niet bij buren", "Brievenbuspakket", "Bel twee keer", "Geen voorkeur",
             "In schuur leggen", "Na 18:00 bezorgen")
    dirty = (lambda r: f"Afgeven bij buurvrouw {full_name(r)}", lambda r: f"Bel eerst {r.fake.phone_number()}")
    return table("zendingen", 900, "nl_NL", [
        col("track_trace", "TEXT", "NONE", lambda r: f"3S{r.fake.lexify('????').upper()}{r.rng.randint(10**8, 10**9 - 1)}"),
        col("depot_id", "INTEGER", "NONE", num(1, 300)),
        col("ontvanger", "TEXT", "PERSON_NAME", full_name),
        col("adresregel", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY",
            lambda r: f"{r.fake.street_name()} {r.rng.randint(1, 300)}, {_nl_postcode(r)} {r.rng.choice(NL_CITIES)}", "composite"),
        col("telefoon", "TEXT", "PHONE", lambda r: f"06-{r.rng.randint(10000000, 99999999)}"),
        col("email", "TEXT", "EMAIL", fake("free_email")),
        col("bsn_ontvanger", "TEXT", "GOV_ID", lambda r: ids.bsn(r.rng) if r.p(0.4) else None),
        col("bezorgd_op", "TEXT", "NONE", recent(300)),
        col("handtekening", "TEXT", "PERSON_NAME", lambda r: f"{first_name(r)[0]}. {last_name(r)}", "partial-format"),
        col("afleverpunt", "TEXT", "GEO_COORDINATES", lambda r: f"{r.rng.uniform(50.8, 53.4):.5f},{r.rng.uniform(3.4, 7.2):.5f}", "partial-format"),
        col("instructie", "TEXT", "FREE_TEXT_PII", text_with_pii(0.1, clean, dirty), "free-text"),
    ])


def natstationer():
    return table("natstationer", 400, "sv_SE", [
        col("id", "INTEGER", "NONE", seq()),
        col("namn", "TEXT", "NONE", lambda r: f"NS-{r.fake.city()}-{r.rng.randint(1, 99)}", "lying-name"),
        col("kommun", "TEXT", "NONE", fake("city"), "thing-qi"),
        col("postnummer", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 984)} {r.rng.randint(0, 99):02d}", "thing-qi"),
        col("lat", "REAL", "NONE", num(55.3, 67.8, 5), "thing-qi"),
        col("lon", "REAL", "NONE", num(11.1, 23.9, 5), "thing-qi"),
        col("scada_ip", "TEXT", "NONE", ipv4(), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("driftsatt", "TEXT", "NONE", day(dt.date(1970, 1, 1), dt.date(2025, 12, 31)), "lying-name"),
    ])


def elkunder():
    return table("elkunder", 600, "sv_SE", [
        col("kundnr", "INTEGER", "NONE", seq(300000)),
        col("personnummer", "TEXT", "GOV_ID", lambda r: ids.personnummer(r.rng, r.born, r.sex)),
        col("fornamn", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("efternamn", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("gatuadress", "TEXT", "STREET_ADDRESS", fake("street_address")),
        col("postnummer", "TEXT", "POSTAL_CODE", lambda r: f"{r.rng.randint(100, 984)} {r.rng.randint(0, 99):02d}"),
        col("ort", "TEXT", "CITY", fake("city")),
        col("telefon", "TEXT", "PHONE", fake("phone_number")),
        col("epost", "TEXT", "EMAIL", email_from("fornamn", "efternamn", domains=("telia.com", "gmail.com", "hotmail.se"))),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "SE")),
        col("elbil_vin", "TEXT", "OTHER_PII", sometimes(0.4, lambda r: r.fake.bothify("YV1??######??????", letters="ABCDEFGHJKLMNPRSTUVWXYZ").upper()), "other-pii"),
        col("matarpunkt", "TEXT", "NONE", lambda r: f"735999{r.rng.randint(10**11, 10**12 - 1)}"),
        col("arsforbrukning_kwh", "INTEGER", "OPTIONAL", num(1500, 25000), "optional"),
        col("betalningsanmarkning", "INTEGER", "OTHER_PII", pick(0, 1, weights=(9, 1)), "other-pii"),
    ])


ES_LAT, ES_LON = (36.0, 43.7), (-9.2, 3.3)


def inmuebles():
    return table("inmuebles", 400, "es_ES", [
        col("ref", "TEXT", "NONE", lambda r: f"INM-{r.i + 1:05d}"),
        col("direccion", "TEXT", "NONE", fake("street_address"), "thing-qi"),
        col("codigo_postal", "TEXT", "NONE", fake("postcode"), "thing-qi"),
        col("municipio", "TEXT", "NONE", fake("city"), "thing-qi"),
        col("provincia", "TEXT", "NONE", fake("state_name"), "thing-qi"),
        col("ref_catastral", "TEXT", "NONE", lambda r: r.fake.bothify("#######??####?####??").upper(), "shape-alike"),
        col("geom", "TEXT", "NONE", wkt_point(ES_LAT, ES_LON), "thing-qi"),
        col("certificado_energetico", "TEXT", "NONE", pick(*"ABCDEFG")),
    ])


def clientes():
    return table("clientes", 500, "es_ES", [
        col("id", "INTEGER", "NONE", seq()),
        col("nombre_completo", "TEXT", "PERSON_NAME", lambda r: f"{first_name(r)} {r.fake.last_name()} {r.fake.last_name()}"),
        col("dni", "TEXT", "GOV_ID", lambda r: ids.spanish_dni_or_nie(r.rng)),
        col("fecha_nac", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("sexo", "TEXT", "GENDER", lambda r: "M" if r.sex == "F" else "H", "value-decides"),
        col("telefono", "TEXT", "PHONE", fake("phone_number")),
        col("email", "TEXT", "EMAIL", fake("free_email")),
        col("ingresos_anuales", "INTEGER", "OTHER_PII", num(12000, 180000), "other-pii"),
        col("estado_civil", "TEXT", "OTHER_PII", pick("soltero/a", "casado/a", "divorciado/a", "viudo/a", "pareja de hecho"), "other-pii"),
        col("presupuesto", "INTEGER", "OPTIONAL", num(80000, 900000), "optional"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "ES")),
        col("agente", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(("Lucía Martín", "Javier Ortega", "Carmen Ruiz", "Pablo Navarro", "Elena Gil"))),
    ])


IE_COUNTIES = ("Dublin", "Cork", "Galway", "Limerick", "Kerry", "Mayo", "Donegal", "Wexford", "Kildare", "Sligo")


def _eircode(r):
    return f"{r.rng.choice(('D02', 'D08', 'D15', 'T12', 'H91', 'V94', 'F92', 'Y35', 'W23', 'F91'))} {r.fake.bothify('?#?#').upper()}"


def donors():
    return table("donors", 600, "en_IE", [
        col("donor_id", "INTEGER", "NONE", seq(9000)),
        col("first_name", "TEXT", "PERSON_NAME", first_name, "partial-format"),
        col("surname", "TEXT", "PERSON_NAME", last_name, "partial-format"),
        col("pps_number", "TEXT", "GOV_ID", lambda r: ids.irish_pps(r.rng)),
        col("address_line", "TEXT", "STREET_ADDRESS", fake("street_address")),
        col("eircode", "TEXT", "POSTAL_CODE", _eircode),
        col("county", "TEXT", "STATE_REGION", pick(*IE_COUNTIES)),
        col("mobile", "TEXT", "PHONE", lambda r: f"08{r.rng.choice('35679')} {r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"),
        col("email", "TEXT", "EMAIL", email_from("first_name", "surname", domains=("eircom.net", "gmail.com", "hotmail.com"))),
        col("country", "TEXT", "COUNTRY", pick("IE", "IE", "IE", "GB", "US")),
        col("phone", "TEXT", "NONE", pick("Y", "N"), "lying-name"),
        col("religion", "TEXT", "OTHER_PII", pick("Catholic", "Church of Ireland", "None", "Muslim", "Other", weights=(6, 1, 3, 1, 1)), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.make_iban(r.rng, "IE")),
        col("gift_total_eur", "REAL", "OPTIONAL", num(5, 5000, 2), "optional"),
        col("tax_relief", "INTEGER", "NONE", pick(0, 1)),
    ])


def campaigns():
    return table("campaigns", 300, "en_IE", [
        col("id", "INTEGER", "NONE", seq()),
        col("name", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Winter', 'Spring', 'Harvest', 'Hope', 'Shelter'))} Appeal {2015 + r.i % 12}", "lying-name"),
        col("starts", "TEXT", "NONE", day(dt.date(2015, 1, 1), dt.date(2026, 11, 1))),
        col("county", "TEXT", "NONE", pick(*IE_COUNTIES), "thing-qi"),
        col("coordinator", "TEXT", "PERSON_NAME", lambda r: r.rng.choice(("Aoife Byrne", "Ciarán Walsh", "Niamh Kelly", "Seán Murphy", "Róisín Doyle", "Darragh Ryan"))),
        col("birthday", "TEXT", "NONE", day(dt.date(1990, 1, 1), dt.date(2020, 12, 31)), "lying-name"),
    ])


def eksport():
    return table("eksport_2026_q3", 400, "pl_PL", [
        col("kol_1", "INTEGER", "NONE", seq(), "cryptic-name"),
        col("kol_2", "TEXT", "GOV_ID", lambda r: ids.pesel(r.rng, r.born, r.sex), "cryptic-name"),
        col("kol_3", "TEXT", "GENDER", lambda r: "K" if r.sex == "F" else "M", "cryptic-name value-decides"),
        col("kol_4", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y"), "cryptic-name"),
        col("kol_5", "REAL", "NONE", num(10, 5000, 2), "cryptic-name"),
        col("kol_6", "TEXT", "POSTAL_CODE", _pl_postcode, "cryptic-name"),
        col("kol_7", "TEXT", "NONE", pick("T", "N"), "cryptic-name"),
        col("kol_8", "TEXT", "EMAIL", fake("free_email"), "cryptic-name"),
    ])


TABLES = (sprzedawcy, klienci, zamowienia, produkty, eksport, depots, zendingen, natstationer, elkunder,
          inmuebles, clientes, donors, campaigns)
