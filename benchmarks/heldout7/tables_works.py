"""h7_works.sqlite: a Quebec maple-syrup cooperative (fr_CA; sugar bushes and sap runs vs
producers), an Algerian cement plant (fr_DZ; kilns vs workers and their medical checks), a
Ticino cable-car company (it_CH; lifts and gate passes vs season-pass holders) and a
Neuchâtel watch-repair workshop (fr_CH; watches vs customers)."""

from __future__ import annotations

from benchmarks.heldout3.model import col, table
from benchmarks.heldout7 import ids, places
from benchmarks.heldout7.makers import (amount, bcrypt_like, born, business_date, choice, email_of, fk,
                                        free_text, given_family, integer, json_list, key, phone,
                                        plain_text, png_blob, private_ip, secret_bytes, seq, version4, weighted)

QC_RANGS = ("rang Saint-Joseph", "rang du Nord", "chemin des Érables", "rang 4", "route 204", "rang Sainte-Anne")


def _fsa_ldu(r, fsa: str) -> str:
    return f"{fsa} {r.rng.randint(1, 9)}{r.rng.choice('ABCEGHJKLMNPRSTVXY')}{r.rng.randint(1, 9)}"


def erablieres():
    return table("erablieres", 320, "fr_CA", [
        col("id", "INTEGER", "NONE", key),
        col("nom_erabliere", "TEXT", "NONE", lambda r: f"Érablière {r.rng.choice(('du Rang', 'des Cèdres', 'Coop'))} {r.i + 1}"),
        col("adresse", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 3999)}, {r.rng.choice(QC_RANGS)}", "thing-qi"),
        col("municipalite", "TEXT", "NONE", places.town_maker("fr_CA"), "thing-qi"),
        col("code_postal", "TEXT", "NONE", lambda r: _fsa_ldu(r, r["_town"][1]), "thing-qi"),
        col("latitude", "REAL", "NONE", lambda r: round(r.rng.uniform(45.2, 48.4), 5), "thing-qi"),
        col("longitude", "REAL", "NONE", lambda r: round(r.rng.uniform(-72.9, -68.5), 5), "thing-qi"),
        col("entailles", "INTEGER", "NONE", integer(800, 40000)),
        col("ip_evaporateur", "TEXT", "NONE", private_ip, "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("superficie_ha", "REAL", "NONE", amount(4, 220, 1)),
        col("date_inspection", "TEXT", "NONE", business_date(700)),
    ])


def producteurs():
    return table("producteurs", 400, "fr_CA", [
        col("id", "INTEGER", "NONE", key),
        col("prenom", "TEXT", "PERSON_NAME", given_family("fr_CA"), "partial-format"),
        col("nom_famille", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("nas", "TEXT", "GOV_ID", lambda r: ids.ca_sin(r.rng)),
        col("no_ramq", "TEXT", "OTHER_PII", lambda r: ids.ramq(r.rng, r["_family"], r["_given"], r.born, r.sex), "other-pii"),
        col("date_naissance", "TEXT", "DATE_OF_BIRTH", born()),
        col("sexe", "TEXT", "GENDER", lambda r: "F" if r.sex == "F" else "H"),
        col("telephone", "TEXT", "PHONE", phone("fr_CA")),
        col("courriel", "TEXT", "EMAIL", lambda r: email_of(r, r["_given"], r["_family"])),
        col("adresse_domicile", "TEXT", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("ville", "TEXT", "CITY", places.town_maker("fr_CA")),
        col("code_postal", "TEXT", "POSTAL_CODE", lambda r: _fsa_ldu(r, r["_town"][1])),
        col("revenu_quota", "REAL", "OTHER_PII", amount(8000, 240000), "other-pii"),
        col("etat_civil", "TEXT", "OTHER_PII", choice("marié", "célibataire", "union de fait", "divorcé", "veuf"), "other-pii"),
        col("compte_bancaire", "TEXT", "BANK_ACCOUNT",
            lambda r: f"{r.rng.randint(10000, 99999)}-{r.rng.choice(('815', '006', '003', '001'))}-{r.rng.randint(1000000, 9999999)}",
            "partial-format"),
        col("date_adhesion", "TEXT", "OPTIONAL", business_date(9000), "optional"),
    ])


def coulees():
    return table("coulees", 600, "fr_CA", [
        col("id", "INTEGER", "NONE", key),
        col("erabliere_id", "INTEGER", "NONE", fk(320)),
        col("date_coulee", "TEXT", "NONE", business_date(250)),
        col("lot", "TEXT", "NONE", lambda r: _fsa_ldu(r, f"L{r.rng.randint(1, 9)}{r.rng.choice('ABCDEFG')}"), "shape-alike"),
        col("baril_serie", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("brix", "REAL", "NONE", amount(1.5, 3.8)),
        col("classe", "TEXT", "NONE", choice("Doré", "Ambré", "Foncé", "Très foncé")),
        col("poids_kg", "REAL", "NONE", amount(180, 290, 1)),
        col("saison_hf", "TEXT", "NONE", choice("H", "F"), "shape-alike"),
        col("inspecteur", "TEXT", "PERSON_NAME", lambda r: r.fake.name()),
    ])


DZ_WILAYAS = (("Chlef", "02000"), ("Béjaïa", "06000"), ("Sétif", "19000"), ("Oran", "31000"), ("M'Sila", "28000"),
              ("Tébessa", "12000"), ("Djelfa", "17000"), ("Biskra", "07000"))


def fours():
    return table("fours", 300, "fr_DZ", [
        col("id", "INTEGER", "NONE", key),
        col("designation", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Four', 'Silo', 'Broyeur'))} {r.i + 1}"),
        col("wilaya", "TEXT", "NONE", lambda r: r.values.setdefault("_w", r.rng.choice(DZ_WILAYAS))[0], "thing-qi"),
        col("commune", "TEXT", "NONE", lambda r: r.fake.city(), "thing-qi"),
        col("code_postal", "TEXT", "NONE", lambda r: r["_w"][1][:2] + f"{r.rng.randint(0, 999):03d}", "thing-qi"),
        col("gps", "TEXT", "NONE", lambda r: f"{r.rng.uniform(34.8, 36.7):.5f},{r.rng.uniform(0.5, 8.1):.5f}", "thing-qi"),
        col("ip_automate", "TEXT", "NONE", private_ip, "thing-qi"),
        col("version_api", "TEXT", "NONE", version4, "shape-alike"),
        col("capacite_t", "INTEGER", "NONE", integer(500, 9000)),
        col("mise_en_service", "TEXT", "NONE", business_date(12000)),
        col("statut", "TEXT", "NONE", lambda r: "EN SERVICE", "constant"),
    ])


def ouvriers():
    return table("ouvriers", 500, "fr_DZ", [
        col("id", "INTEGER", "NONE", key),
        col("matricule", "TEXT", "NONE", seq("DZC-", 1001, 5)),
        col("prenom", "TEXT", "PERSON_NAME", given_family("fr_DZ"), "partial-format"),
        col("nom", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("nin", "TEXT", "GOV_ID", lambda r: ids.dz_nin(r.rng, r.sex)),
        col("date_naiss", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("lieu_naiss", "TEXT", "CITY", lambda r: r.rng.choice(DZ_WILAYAS)[0]),
        col("sexe", "TEXT", "GENDER", lambda r: "F" if r.sex == "F" else "H"),
        col("tel_mobile", "TEXT", "PHONE", phone("fr_DZ")),
        col("salaire_base", "REAL", "OTHER_PII", amount(32000, 140000), "other-pii"),
        col("prime_rendement", "REAL", "OTHER_PII", amount(0, 25000), "other-pii"),
        col("situation_familiale", "TEXT", "OTHER_PII", choice("Marié(e)", "Célibataire", "Divorcé(e)", "Veuf(ve)"), "other-pii"),
        col("groupe_sanguin", "TEXT", "OTHER_PII", choice("O+", "A+", "B+", "AB+", "O-", "A-"), "health"),
        col("cle_badge", "BLOB", "CREDENTIAL", secret_bytes(16), "binary secret"),
        col("poste", "TEXT", "OPTIONAL", choice("Opérateur four", "Mécanicien", "Électricien", "Conducteur d'engins", "Laborantin"), "optional"),
    ])


def visites_medicales():
    return table("visites_medicales", 500, "fr_DZ", [
        col("id", "INTEGER", "NONE", key),
        col("ouvrier_id", "INTEGER", "NONE", fk(500)),
        col("date_visite", "TEXT", "OPTIONAL", business_date(700), "optional"),
        col("aptitude", "TEXT", "OTHER_PII", choice("Apte", "Apte avec restrictions", "Inapte temporaire"), "health"),
        col("pathologie", "TEXT", "OTHER_PII", weighted({"aucune": 5, "silicose débutante": 1, "asthme": 1,
                                                           "lombalgie chronique": 2, "hypertension": 2, "surdité partielle": 1}), "health"),
        col("vems_l", "REAL", "OTHER_PII", amount(1.8, 5.2), "health"),
        col("vaccins", "TEXT", "OTHER_PII", json_list(choice("tétanos", "hépatite B", "COVID-19", "grippe", "typhoïde"), 1, 3), "health list"),
        col("medecin", "TEXT", "PERSON_NAME", lambda r: f"Dr {r.fake.first_name()} {r.fake.last_name()}"),
        col("paraphe", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name()[0]}. {r.fake.last_name()[0]}.", "partial-format"),
        col("poids_kg", "REAL", "OTHER_PII", amount(52, 118, 1), "other-pii"),
        col("taille_cm", "INTEGER", "OTHER_PII", integer(152, 196), "other-pii"),
        col("consigne", "TEXT", "NONE", plain_text(("Port du masque FFP2 obligatoire.", "Contrôle dans six mois.",
                                                    "Protection auditive en zone broyage.", "Pas de travail en hauteur.",
                                                    "Aucune restriction.")), "free-text-none"),
    ])


def impianti():
    return table("impianti", 300, "it_CH", [
        col("id", "INTEGER", "NONE", key),
        col("nome_impianto", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Seggiovia', 'Sciovia', 'Funivia', 'Cabinovia'))} {r.i + 1}"),
        col("stazione_valle", "TEXT", "NONE", lambda r: f"{r.rng.choice(places.STREETS['it_CH'])} {r.rng.randint(1, 90)}", "thing-qi"),
        col("localita", "TEXT", "NONE", places.town_maker("it_CH"), "thing-qi"),
        col("npa", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: round(r.rng.uniform(45.9, 46.6), 5), "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: round(r.rng.uniform(8.5, 9.2), 5), "thing-qi"),
        col("ip_plc", "TEXT", "NONE", private_ip, "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("tel_stazione", "TEXT", "OPTIONAL", phone("it_CH"), "optional"),
        col("lunghezza_m", "INTEGER", "NONE", integer(300, 4200)),
        col("portata_pph", "INTEGER", "NONE", integer(400, 2800)),
    ])


def abbonati():
    return table("abbonati", 500, "it_CH", [
        col("id", "INTEGER", "NONE", key),
        col("nome", "TEXT", "PERSON_NAME", given_family("it_CH")),
        col("cognome", "TEXT", "PERSON_NAME", lambda r: r["_family"]),
        col("n_avs", "TEXT", "GOV_ID", lambda r: ids.ch_ahv(r.rng)),
        col("nascita", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("sesso", "TEXT", "GENDER", lambda r: r.sex),
        col("cell", "TEXT", "PHONE", lambda r: f"07{r.rng.choice((6, 8, 9))} {r.rng.randint(100, 999)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}"),
        col("email", "TEXT", "EMAIL", lambda r: email_of(r, r["_given"], r["_family"])),
        col("via", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(places.STREETS['it_CH'])} {r.rng.randint(1, 120)}"),
        col("npa", "TEXT", "POSTAL_CODE", lambda r: places.town_maker("it_CH")(r) and r["_town"][1]),
        col("localita", "TEXT", "CITY", lambda r: r["_town"][0]),
        col("targa_auto", "TEXT", "OTHER_PII", lambda r: f"TI {r.rng.randint(1000, 349999)}", "other-pii"),
        col("tipo_abbonamento", "TEXT", "NONE", choice("stagionale", "annuale", "junior", "10 corse")),
        col("pin_cassa", "TEXT", "CREDENTIAL", lambda r: f"{r.rng.randint(0, 9999):04d}", "secret"),
    ])


def passaggi():
    return table("passaggi", 800, "it_CH", [
        col("id", "INTEGER", "NONE", key),
        col("abbonato_id", "INTEGER", "NONE", fk(500)),
        col("impianto_id", "INTEGER", "NONE", fk(300)),
        col("chip_lettore", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng), "shape-alike"),
        col("ts", "TEXT", "NONE", lambda r: f"{business_date(120)(r)} {r.rng.randint(8, 16):02d}:{r.rng.randint(0, 59):02d}"),
        col("ip_tornello", "TEXT", "NONE", private_ip, "thing-qi"),
        col("direzione", "TEXT", "NONE", choice("S", "D")),
        col("esito", "TEXT", "NONE", lambda r: "OK", "constant"),
        col("info", "TEXT", "EMAIL", lambda r: email_of(r, *places.person(r, "it_CH")), "lying-name"),
    ])


NE_TOWNS = (("Neuchâtel", "2000"), ("La Chaux-de-Fonds", "2300"), ("Le Locle", "2400"), ("Fleurier", "2114"),
            ("Saint-Imier", "2610"), ("Bienne", "2502"), ("Yverdon-les-Bains", "1400"), ("Le Sentier", "1347"))


def montres():
    return table("montres", 400, "fr_CH", [
        col("id", "INTEGER", "NONE", key),
        col("reference", "TEXT", "NONE", lambda r: f"0{r.rng.randint(21, 79)} {r.rng.randint(100, 999)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}", "shape-alike"),
        col("numero_serie", "TEXT", "NONE", lambda r: f"{r.rng.randint(10_000_000, 99_999_999)}"),
        col("calibre", "TEXT", "NONE", choice("ETA 2824-2", "Sellita SW200", "Valjoux 7750", "ETA 6497", "Unitas 6498")),
        col("marque", "TEXT", "NONE", choice("Montres Jurassiennes SA", "Horlogerie du Lac", "Atelier Vallée", "Chronos Neuchâtel")),
        col("date_fabrication", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 28):02d}.{r.rng.randint(1, 12):02d}.{r.rng.randint(1950, 2008)}", "shape-alike"),
        col("etat", "TEXT", "NONE", choice("révision complète", "polissage", "changement de verre", "réglage")),
        col("prix_estime", "REAL", "NONE", amount(180, 9800)),
        col("atelier_npa", "TEXT", "NONE", lambda r: r.rng.choice(NE_TOWNS)[1], "thing-qi"),
        col("etanche_m", "INTEGER", "NONE", choice(30, 50, 100, 200, 300)),
        col("vignette", "BLOB", "NONE", png_blob, "binary"),
    ])


def _ne_line(r) -> str:
    town, npa = r.rng.choice(NE_TOWNS)
    return f"{r.fake.street_name()} {r.rng.randint(1, 80)}, {npa} {town}"


REMARKS = ("Bracelet cuir à remplacer.", "Le client souhaite un devis avant travaux.", "Montre de famille, manipuler avec soin.",
           "Retard de 20 s par jour.", "Verre rayé, fond gravé.", "Couronne dure à tirer.", "Boucle manquante.")


def clients_atelier():
    return table("clients_atelier", 350, "fr_CH", [
        col("id", "INTEGER", "NONE", key),
        col("contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{r.fake.first_name()} {r.fake.last_name()}, {phone('fr_CH')(r)}", "composite"),
        col("courriel", "TEXT", "EMAIL", lambda r: email_of(r, r.fake.first_name(), r.fake.last_name())),
        col("adresse_ligne", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", _ne_line, "composite"),
        col("carte", "TEXT", "PAYMENT_CARD", lambda r: ids.masked_card(r.rng), "partial-format"),
        col("remarques", "TEXT", "FREE_TEXT_PII", free_text(REMARKS, lambda r: r.rng.choice((
            f"Rappeler {r.fake.first_name()} {r.fake.last_name()}.", f"Écrire à {email_of(r, r.fake.first_name(), r.fake.last_name())}.",
            f"Tél. de sa fille : {phone('fr_CH')(r)}."))), "free-text"),
        col("montre_id", "INTEGER", "NONE", fk(400)),
        col("date_depot", "TEXT", "NONE", business_date(400)),
        col("mot_de_passe", "TEXT", "CREDENTIAL", bcrypt_like, "secret"),
        col("note_interne", "TEXT", "NONE", plain_text(("Pièces commandées.", "Garantie 2 ans.", "Délai trois semaines.",
                                                        "Facture envoyée.", "À contrôler au banc.")), "free-text-none"),
    ])


TABLES = [erablieres, producteurs, coulees, fours, ouvriers, visites_medicales, impianti, abbonati, passaggi,
          montres, clients_atelier]
