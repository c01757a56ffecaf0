"""h7_files/: a Tanzanian boda-boda riders' SACCO (sw; members as CSV with Swahili
abbreviations, riding stages as nested JSON Lines), a Quebec syrup cooperative's deliveries
(fr_CA; Parquet structs and a list column), a Ticino ski-rental shop (it_CH; nested JSON Lines
with a list of objects) and a Neuchâtel CRM export with positional names (fr_CH; CSV)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.heldout3.model import Table, col, table, write_files
from benchmarks.heldout7 import ids, places
from benchmarks.heldout7.makers import (amount, born, business_date, choice, email_of, free_text, given_family,
                                        integer, key, phone, private_ip, public_ip, version4, weighted)


def _plate(r) -> str:
    return f"MC {r.rng.randint(100, 999)} {''.join(r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"


NOTES_SW = ("Amelipa rejesho kwa wakati.", "Ameomba kuongezewa mkopo.", "Pikipiki iko gereji wiki hii.",
            "Hudhuria mkutano wa Jumamosi.", "Bima imeisha muda wake.", "Amebadilisha kituo.")


def wanachama():
    def guarantor(r) -> str:
        return f"{' '.join(places.person(r, 'sw'))} - {phone('sw')(r)}"

    return table("wanachama", 400, "sw", [
        col("namba", "INTEGER", "NONE", key),
        col("jina_kw", "TEXT", "PERSON_NAME", given_family("sw"), "partial-format cryptic-name"),
        col("jina_ukoo", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("nida", "TEXT", "GOV_ID", lambda r: ids.tz_nida(r.rng, r.born)),
        col("t_kuz", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("jinsia", "TEXT", "GENDER", lambda r: "Ke" if r.sex == "F" else "Me"),
        col("simu", "TEXT", "PHONE", phone("sw")),
        col("namba_pikipiki", "TEXT", "OTHER_PII", _plate, "other-pii"),
        col("mkopo", "REAL", "OTHER_PII", amount(0, 4_500_000, 0), "other-pii"),
        col("akiba", "REAL", "OTHER_PII", amount(5000, 900_000, 0), "other-pii"),
        col("hali_ndoa", "TEXT", "OTHER_PII", choice("Ameoa", "Ameolewa", "Hajaoa", "Hajaolewa", "Mjane"), "other-pii"),
        col("mdhamini", "TEXT", "PERSON_NAME|PHONE", guarantor, "composite"),
        col("gps_nyumbani", "TEXT", "GEO_COORDINATES", lambda r: f"{r.rng.uniform(-8.0, -2.5):.5f},{r.rng.uniform(32.5, 39.3):.5f}", "partial-format"),
        col("kituo", "INTEGER", "NONE", integer(1, 300)),
        col("fld_3", "TEXT", "NONE", lambda r: f"HLM-{r.rng.randint(10000, 99999)}", "cryptic-name"),
        col("maelezo", "TEXT", "FREE_TEXT_PII", free_text(NOTES_SW, lambda r: r.rng.choice((
            f"Mpigie mke wake {places.person(r, 'sw')[0]} kwa {phone('sw')(r)}.",
            f"Amedhaminiwa na {' '.join(places.person(r, 'sw'))}."))), "free-text"),
    ])


def vituo():
    def place(r) -> dict:
        town, region = places.town(r, "sw")
        return {"mji": town, "mkoa": region, "lat": round(r.rng.uniform(-8.0, -2.5), 5), "lon": round(r.rng.uniform(32.5, 39.3), 5)}

    def chair(r) -> dict:
        return {"jina": " ".join(places.person(r, "sw")), "simu": phone("sw")(r)}

    return table("vituo", 300, "sw", [
        col("id", "INTEGER", "NONE", key),
        col("jina", "TEXT", "NONE", lambda r: f"Kijiwe {r.rng.choice(('Sokoni', 'Stendi', 'Hospitali', 'Shuleni', 'Kanisani'))} {r.i + 1}", "lying-name"),
        col("mahali", "JSON", "NONE", place, leaves=(
            (".mji", "NONE", "thing-qi nested"), (".mkoa", "NONE", "thing-qi nested"),
            (".lat", "NONE", "thing-qi nested"), (".lon", "NONE", "thing-qi nested"))),
        col("mwenyekiti", "JSON", "NONE", chair, leaves=(
            (".jina", "PERSON_NAME", "nested"), (".simu", "PHONE", "nested"))),
        col("pikipiki", "JSON", "OTHER_PII", lambda r: [_plate(r) for _ in range(r.rng.randint(2, 6))], "list other-pii"),
        col("router", "JSON", "NONE", lambda r: {"ip": public_ip(r), "fw": version4(r)}, leaves=(
            (".ip", "NONE", "thing-qi nested"), (".fw", "NONE", "shape-alike nested"))),
        col("ada_mwezi", "INTEGER", "NONE", choice(5000, 10000, 15000)),
    ])


def livraisons():
    def producer(r) -> dict:
        given, family = places.person(r, "fr_CA")
        return {"nom": {"prenom": given, "famille": family}, "nas_masque": "***-***-" + ids.ca_sin(r.rng)[-3:]}

    return table("livraisons", 400, "fr_CA", [
        col("livraison_id", "INTEGER", "NONE", key),
        col("producteur", "STRUCT", "NONE", producer, leaves=(
            (".nom.prenom", "PERSON_NAME", "nested partial-format"), (".nom.famille", "PERSON_NAME", "nested partial-format"),
            (".nas_masque", "GOV_ID", "nested partial-format"))),
        col("camion", "STRUCT", "NONE", lambda r: {"plaque": f"L{r.rng.randint(100000, 999999)}",
                                                    "gps": {"lat": round(r.rng.uniform(45.2, 48.4), 5), "lon": round(r.rng.uniform(-72.9, -68.5), 5)}},
            leaves=((".plaque", "NONE", "nested"), (".gps.lat", "NONE", "thing-qi nested"), (".gps.lon", "NONE", "thing-qi nested"))),
        col("barils", "LIST", "NONE", lambda r: [ids.not_luhn(r.rng) for _ in range(r.rng.randint(1, 4))], "list shape-alike"),
        col("poids_total", "REAL", "NONE", amount(200, 1200, 1)),
        col("date_livraison", "TEXT", "NONE", business_date(250)),
        col("classe_prix", "TEXT", "NONE", choice("AA", "A", "B", "C")),
    ])


def noleggi():
    def client(r) -> dict:
        given, family = places.person(r, "it_CH")
        return {"nome": given, "cognome": family, "email": email_of(r, given, family),
                "scarpone_eu": r.rng.randint(35, 47), "peso_kg": r.rng.randint(30, 110)}

    def gear(r) -> list:
        return [{"tipo": r.rng.choice(("sci", "snowboard", "casco", "bastoncini")), "seriale": f"R{r.rng.randint(10 ** 6, 10 ** 7 - 1)}"}
                for _ in range(r.rng.randint(1, 3))]

    return table("noleggi", 350, "it_CH", [
        col("id", "INTEGER", "NONE", key),
        col("cliente", "JSON", "NONE", client, leaves=(
            (".nome", "PERSON_NAME", "nested partial-format"), (".cognome", "PERSON_NAME", "nested partial-format"),
            (".email", "EMAIL", "nested"), (".scarpone_eu", "OTHER_PII", "nested other-pii"),
            (".peso_kg", "OTHER_PII", "nested other-pii"))),
        col("attrezzatura", "JSON", "NONE", gear, leaves=((".tipo", "NONE", "nested list"), (".seriale", "NONE", "nested list"))),
        col("negozio", "JSON", "NONE", lambda r: {"npa": places.town(r, "it_CH")[1], "ip": private_ip(r)}, leaves=(
            (".npa", "NONE", "thing-qi nested"), (".ip", "NONE", "thing-qi nested"))),
        col("din", "REAL", "OPTIONAL", choice(3.0, 4.5, 5.5, 6.5, 7.0, 8.5), "optional"),
        col("cauzione_carta", "TEXT", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), "partial-format"),
        col("giorni", "INTEGER", "NONE", integer(1, 14)),
    ])


NE = (("2000", "Neuchâtel"), ("2300", "La Chaux-de-Fonds"), ("2400", "Le Locle"), ("2114", "Fleurier"), ("1400", "Yverdon-les-Bains"))


def export_crm():
    return table("export_crm", 350, "fr_CH", [
        col("fld_1", "TEXT", "PERSON_NAME", given_family("fr_CH"), "cryptic-name partial-format"),
        col("fld_2", "TEXT", "PERSON_NAME", lambda r: r["_family"], "cryptic-name partial-format"),
        col("fld_3", "TEXT", "EMAIL", lambda r: email_of(r, r["_given"], r["_family"]), "cryptic-name"),
        col("fld_4", "TEXT", "DATE_OF_BIRTH", born(), "cryptic-name"),
        col("fld_5", "TEXT", "GENDER", lambda r: "f" if r.sex == "F" else "m", "cryptic-name"),
        col("fld_6", "TEXT", "GOV_ID", lambda r: ids.ch_ahv(r.rng).replace(".", ""), "cryptic-name partial-format"),
        col("fld_7", "TEXT", "POSTAL_CODE|CITY", lambda r: " ".join(r.rng.choice(NE)), "cryptic-name composite"),
        col("fld_8", "INTEGER", "NONE", integer(0, 100), "cryptic-name"),
        col("fld_9", "TEXT", "NONE", business_date(800), "cryptic-name"),
        col("attr_a", "TEXT", "NONE", weighted({"1": 3, "0": 2}), "cryptic-name"),
        col("attr_b", "TEXT", "IP_ADDRESS", public_ip, "cryptic-name"),
    ])


TABLES = [wanachama, vituo, livraisons, noleggi, export_crm]
PATHS = {"wanachama": "sacco/wanachama.csv", "vituo": "sacco/vituo.jsonl", "livraisons": "sirop/livraisons.parquet",
         "noleggi": "ski/noleggi.jsonl", "export_crm": "crm/export_crm.csv"}


def write(folder: Path, specs: list[Table], seed: int, part: str) -> Path:
    """Write each table to its file under `folder` (CSV, JSON Lines or Parquet by suffix)."""
    return write_files(folder, specs, seed, part, PATHS)
