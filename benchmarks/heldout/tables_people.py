"""Person tables of `heldout_ops`, one per locale, with local column names and formats.

Notes name the kind of difficulty (issue 11): `cryptic-name`, `lying-name`, `partial-format`,
`composite`, `other-pii`, `health`, `shape-alike`, `value-decides`.
"""

from __future__ import annotations

import json

from benchmarks.heldout.model import TableContext, table
from benchmarks.heldout.people import email_for, national_id, person

DB = "heldout_ops"


@table(DB, "mitarbeiter", rows=420, columns=[
    ("personal_nr", "INTEGER", "NONE", "key"),
    ("vorname", "TEXT", "PERSON_NAME"),
    ("nachname", "TEXT", "PERSON_NAME"),
    ("geschlecht", "TEXT", "GENDER", "value-decides: m/w/d"),
    ("geburtsdatum", "TEXT", "DATE_OF_BIRTH", "dd.mm.yyyy text"),
    ("strasse", "TEXT", "STREET_ADDRESS"),
    ("plz", "TEXT", "POSTAL_CODE"),
    ("ort", "TEXT", "CITY"),
    ("bundesland", "TEXT", "STATE_REGION"),
    ("kennung", "TEXT", "GOV_ID", "cryptic-name: German tax id (IdNr) with valid check digit"),
    ("iban", "TEXT", "BANK_ACCOUNT"),
    ("staatsangehoerigkeit", "TEXT", "COUNTRY", "nationality"),
    ("bruttogehalt", "REAL", "OTHER_PII", "other-pii: salary of an employee"),
    ("konfession", "TEXT", "OTHER_PII", "other-pii: religion for church tax (special category)"),
    ("eintritt", "TEXT", "OPTIONAL", "hire date"),
    ("abteilung", "TEXT", "NONE", "department"),
    ("kostenstelle", "TEXT", "NONE", "shape-alike: 5-digit cost centre like a postcode"),
    ("notfallkontakt", "TEXT", "PERSON_NAME|PHONE", "composite: name (relation) phone"),
])
def mitarbeiter(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "de_DE", 18, 67)
    kin = person(ctx, "de_DE")
    return {
        "personal_nr": 10_000 + i,
        "vorname": p.first,
        "nachname": p.last,
        "geschlecht": ctx.rng.choices(["w", "m", "d"], [48, 48, 4])[0] if ctx.chance(0.97) else None,
        "geburtsdatum": f"{p.born:%d.%m.%Y}",
        "strasse": f"{p.street} {p.house_number}",
        "plz": p.postcode,
        "ort": p.city,
        "bundesland": p.region,
        "kennung": national_id(ctx, p),
        "iban": ctx.faker("de_DE").iban(),
        "staatsangehoerigkeit": ctx.rng.choices(["deutsch", "türkisch", "polnisch", "italienisch", "syrisch"], [80, 7, 5, 5, 3])[0],
        "bruttogehalt": round(ctx.rng.lognormvariate(10.9, 0.35), 2),
        "konfession": ctx.rng.choices(["rk", "ev", "--", "ak", "is"], [30, 28, 38, 2, 2])[0],
        "eintritt": ctx.business_date().isoformat(),
        "abteilung": ctx.rng.choice(["Vertrieb", "Einkauf", "Produktion", "IT", "Personal", "Logistik"]),
        "kostenstelle": f"{ctx.rng.choice([41000, 41200, 52010, 60300, 71500, 80020]) + ctx.rng.randint(0, 9)}",
        "notfallkontakt": f"{kin.full} ({ctx.rng.choice(['Ehefrau', 'Ehemann', 'Mutter', 'Vater', 'Partnerin'])}) {kin.phone}",
    }


@table(DB, "salaries_fr", rows=380, columns=[
    ("matricule", "TEXT", "NONE", "employee number E00123"),
    ("nom_complet", "TEXT", "PERSON_NAME"),
    ("sexe", "TEXT", "GENDER", "Homme/Femme"),
    ("ne_le", "TEXT", "DATE_OF_BIRTH", "cryptic-name: 'born on', ISO date"),
    ("lieu_naissance", "TEXT", "CITY", "place of birth"),
    ("code_a", "TEXT", "GOV_ID", "cryptic-name: French NIR with valid key, spaced"),
    ("adresse", "TEXT", "STREET_ADDRESS|POSTAL_CODE|CITY", "composite: one-line postal address"),
    ("portable", "TEXT", "PHONE"),
    ("courriel", "TEXT", "EMAIL"),
    ("salaire_annuel", "INTEGER", "OTHER_PII", "other-pii: pay"),
    ("taille_cm", "INTEGER", "OTHER_PII", "other-pii: height of the employee"),
    ("poids_kg", "REAL", "OTHER_PII", "other-pii: weight of the employee"),
    ("situation_familiale", "TEXT", "OTHER_PII", "other-pii: marital status"),
    ("date_maj", "TEXT", "NONE", "update timestamp"),
])
def salaries_fr(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "fr_FR", 18, 66)
    return {
        "matricule": f"E{i + 1:05d}",
        "nom_complet": p.full if ctx.chance(0.7) else f"{p.last.upper()} {p.first}",
        "sexe": "Femme" if p.female else "Homme",
        "ne_le": p.born.isoformat(),
        "lieu_naissance": ctx.faker("fr_FR").city(),
        "code_a": national_id(ctx, p),
        "adresse": p.one_line_address,
        "portable": ctx.faker("fr_FR").phone_number(),
        "courriel": p.email,
        "salaire_annuel": ctx.rng.randrange(24_000, 95_000, 100),
        "taille_cm": int(ctx.rng.gauss(164 if p.female else 177, 7)),
        "poids_kg": round(ctx.rng.gauss(64 if p.female else 80, 10), 1),
        "situation_familiale": ctx.rng.choice(["célibataire", "marié(e)", "pacsé(e)", "divorcé(e)", "veuf(ve)"]),
        "date_maj": ctx.timestamp(),
    }


@table(DB, "pacientes", rows=450, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("nombre", "TEXT", "PERSON_NAME", "partial-format: given name only"),
    ("apellidos", "TEXT", "PERSON_NAME", "two surnames"),
    ("documento", "TEXT", "GOV_ID", "DNI or NIE with valid letter"),
    ("fecha_nac", "TEXT", "DATE_OF_BIRTH", "dd/mm/yyyy"),
    ("sexo", "TEXT", "GENDER", "value-decides: H/M (Hombre/Mujer: M is female here)"),
    ("telefono", "TEXT", "PHONE"),
    ("provincia", "TEXT", "STATE_REGION"),
    ("codigo_postal", "TEXT", "POSTAL_CODE"),
    ("grupo_sanguineo", "TEXT", "OTHER_PII", "health: blood group of a patient"),
    ("alergias", "TEXT", "OTHER_PII", "health: allergies of a patient"),
    ("creado", "TEXT", "NONE", "record timestamp"),
])
def pacientes(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "es_ES", 0, 95)
    fake = ctx.faker("es_ES")
    return {
        "id": i + 1,
        "nombre": p.first,
        "apellidos": f"{p.last} {fake.last_name()}",
        "documento": national_id(ctx, p),
        "fecha_nac": f"{p.born:%d/%m/%Y}",
        "sexo": "M" if p.female else "H",
        "telefono": p.phone,
        "provincia": fake.state(),
        "codigo_postal": p.postcode,
        "grupo_sanguineo": ctx.rng.choices(["0+", "A+", "B+", "AB+", "0-", "A-", "B-", "AB-"], [35, 36, 8, 3, 9, 6, 2, 1])[0],
        "alergias": ctx.rng.choices(["ninguna conocida", "penicilina", "polen", "lactosa", "frutos secos", "ácaros", "AINEs"], [50, 10, 12, 8, 8, 7, 5])[0],
        "creado": ctx.timestamp(),
    }


@table(DB, "pazienti", rows=400, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("cognome", "TEXT", "PERSON_NAME"),
    ("nome", "TEXT", "PERSON_NAME"),
    ("codice", "TEXT", "GOV_ID", "cryptic-name: codice fiscale with valid check letter"),
    ("nato_il", "TEXT", "DATE_OF_BIRTH", "yyyy-mm-dd"),
    ("comune_nascita", "TEXT", "CITY", "place of birth"),
    ("sesso", "TEXT", "GENDER"),
    ("email", "TEXT", "EMAIL"),
    ("cap", "TEXT", "POSTAL_CODE"),
    ("citta", "TEXT", "CITY"),
])
def pazienti(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "it_IT", 0, 95)
    return {
        "id": i + 1,
        "cognome": p.last,
        "nome": p.first,
        "codice": national_id(ctx, p),
        "nato_il": p.born.isoformat(),
        "comune_nascita": ctx.rng.choice(["Roma", "Milano", "Torino", "Napoli", "Bologna", "Palermo", "Bari", "Verona", "Genova", "Firenze"]),
        "sesso": "F" if p.female else "M",
        "email": p.email if ctx.chance(0.85) else None,
        "cap": p.postcode,
        "citta": ctx.rng.choice(["Roma", "Milano", "Torino", "Napoli", "Bologna", "Palermo", "Bari", "Verona", "Genova", "Firenze", "Padova", "Trieste", "Brescia", "Parma", "Modena"]),
    }


_DIAGNOSES = ["Diabete mellito di tipo 2", "Ipertensione arteriosa", "Asma bronchiale", "Depressione maggiore",
              "Frattura del radio distale", "Emicrania", "Ipotiroidismo", "Gastrite cronica", "Lombalgia",
              "Bronchite acuta", "Fibrillazione atriale", "Dermatite atopica", "Insufficienza renale cronica"]
_DRUGS = ["Metformina 500 mg", "Ramipril 5 mg", "Salbutamolo spray", "Sertralina 50 mg", "Paracetamolo 1000 mg",
          "Levotiroxina 75 mcg", "Omeprazolo 20 mg", "Ibuprofene 400 mg", "Apixaban 5 mg", "Amoxicillina 1 g"]


@table(DB, "visite", rows=900, columns=[
    ("id_visita", "INTEGER", "NONE", "key"),
    ("paziente_id", "INTEGER REFERENCES pazienti(id)", "NONE", "foreign key to pazienti"),
    ("data_visita", "TEXT", "OPTIONAL", "clinical event date"),
    ("diagnosi", "TEXT", "OTHER_PII", "health: diagnosis in rows keyed to a patient"),
    ("farmaco", "TEXT", "OTHER_PII", "health: medication in rows keyed to a patient"),
    ("medico", "TEXT", "PERSON_NAME", "doctor's name with title"),
    ("reparto", "TEXT", "NONE", "ward"),
    ("codice_icd", "TEXT", "OPTIONAL", "clinical code"),
    ("durata_min", "INTEGER", "NONE", "duration"),
])
def visite(ctx: TableContext, i: int) -> dict:
    doctor = ctx.rng.choice(ctx.pool("doctors", 30, lambda: person(ctx, "it_IT", 30, 68)))
    k = ctx.rng.randrange(len(_DIAGNOSES))
    return {
        "id_visita": 500_000 + i,
        "paziente_id": ctx.rng.randint(1, 400),
        "data_visita": ctx.business_date().isoformat(),
        "diagnosi": _DIAGNOSES[k],
        "farmaco": ctx.rng.choice(_DRUGS) if ctx.chance(0.8) else None,
        "medico": f"{'Dott.ssa' if doctor.female else 'Dott.'} {doctor.full}",
        "reparto": ctx.rng.choice(["Medicina generale", "Cardiologia", "Pneumologia", "Ortopedia", "Neurologia"]),
        "codice_icd": ["E11", "I10", "J45", "F32", "S52", "G43", "E03", "K29", "M54", "J20", "I48", "L20", "N18"][k],
        "durata_min": ctx.rng.choice([10, 15, 20, 30, 45]),
    }


@table(DB, "klanten", rows=500, columns=[
    ("klantnr", "INTEGER", "NONE", "key"),
    ("voornaam", "TEXT", "PERSON_NAME"),
    ("achternaam", "TEXT", "PERSON_NAME", "with tussenvoegsel"),
    ("nummer", "TEXT", "GOV_ID", "cryptic-name: BSN passing the 11-test"),
    ("straat", "TEXT", "STREET_ADDRESS", "street without number"),
    ("huisnummer", "TEXT", "STREET_ADDRESS", "partial-format: house number split from the street"),
    ("postcode", "TEXT", "POSTAL_CODE"),
    ("woonplaats", "TEXT", "CITY"),
    ("emails", "TEXT", "EMAIL", "partial-format: several e-mails in one cell"),
    ("telefoons", "TEXT", "PHONE", "partial-format: JSON array of phones"),
    ("rekening", "TEXT", "BANK_ACCOUNT", "IBAN"),
    ("klant_sinds", "TEXT", "NONE", "business date"),
    ("nieuwsbrief", "INTEGER", "NONE", "flag"),
])
def klanten(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "nl_NL")
    fake = ctx.faker("nl_NL")
    particle = ctx.rng.choices(["", "van ", "de ", "van der ", "van den ", "ter "], [60, 12, 10, 8, 6, 4])[0]
    mails = [p.email] + [email_for(ctx, p.first, p.last, "nl_NL") for _ in range(ctx.rng.choice([0, 0, 1, 2]))]
    phones = [p.phone] + [fake.phone_number() for _ in range(ctx.rng.choice([0, 1, 1, 2]))]
    return {
        "klantnr": 700_000 + i,
        "voornaam": p.first,
        "achternaam": particle + p.last,
        "nummer": national_id(ctx, p),
        "straat": p.street,
        "huisnummer": p.house_number + ctx.rng.choice(["", "", "", "a", "b", "-2"]),
        "postcode": p.postcode,
        "woonplaats": p.city,
        "emails": "; ".join(mails),
        "telefoons": json.dumps(phones),
        "rekening": fake.iban(),
        "klant_sinds": ctx.business_date().isoformat(),
        "nieuwsbrief": int(ctx.chance(0.3)),
    }


@table(DB, "clientes_br", rows=450, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("nome_completo", "TEXT", "PERSON_NAME"),
    ("documento", "TEXT", "GOV_ID", "CPF 123.456.789-09 with valid check digits"),
    ("data_nascimento", "TEXT", "DATE_OF_BIRTH", "dd/mm/yyyy"),
    ("celular", "TEXT", "PHONE"),
    ("email", "TEXT", "EMAIL"),
    ("endereco", "TEXT", "STREET_ADDRESS"),
    ("bairro", "TEXT", "OPTIONAL", "neighbourhood"),
    ("cidade", "TEXT", "CITY"),
    ("uf", "TEXT", "STATE_REGION", "2-letter state"),
    ("cep", "TEXT", "POSTAL_CODE"),
    ("renda_mensal", "REAL", "OTHER_PII", "other-pii: monthly income"),
])
def clientes_br(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "pt_BR")
    fake = ctx.faker("pt_BR")
    return {
        "id": i + 1,
        "nome_completo": f"{p.first} {fake.last_name()} {p.last}" if ctx.chance(0.5) else p.full,
        "documento": national_id(ctx, p),
        "data_nascimento": f"{p.born:%d/%m/%Y}",
        "celular": p.phone,
        "email": p.email,
        "endereco": f"{p.street}, {p.house_number}",
        "bairro": fake.bairro(),
        "cidade": p.city,
        "uf": p.region,
        "cep": p.postcode,
        "renda_mensal": round(ctx.rng.lognormvariate(8.2, 0.6), 2),
    }


@table(DB, "osoby", rows=400, columns=[
    ("id", "INTEGER", "NONE", "key"),
    ("imie", "TEXT", "PERSON_NAME"),
    ("nazwisko", "TEXT", "PERSON_NAME"),
    ("nr_ewid", "TEXT", "GOV_ID", "cryptic-name: PESEL with valid check digit"),
    ("plec", "TEXT", "GENDER", "K/M (kobieta/mężczyzna)"),
    ("miasto", "TEXT", "CITY"),
    ("kod_pocztowy", "TEXT", "POSTAL_CODE"),
    ("wojewodztwo", "TEXT", "STATE_REGION"),
    ("nr_rej", "TEXT", "OTHER_PII", "other-pii: plate of the person's car"),
    ("vin", "TEXT", "OTHER_PII", "other-pii: VIN of the person's car"),
])
def osoby(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "pl_PL")
    fake = ctx.faker("pl_PL")
    return {
        "id": i + 1,
        "imie": p.first,
        "nazwisko": p.last,
        "nr_ewid": national_id(ctx, p),
        "plec": "K" if p.female else "M",
        "miasto": p.city,
        "kod_pocztowy": p.postcode,
        "wojewodztwo": p.region,
        "nr_rej": fake.license_plate(),
        "vin": fake.vin(),
    }


@table(DB, "medlemmar", rows=350, columns=[
    ("medlemsnr", "INTEGER", "NONE", "key"),
    ("namn", "TEXT", "PERSON_NAME"),
    ("pnr", "TEXT", "GOV_ID", "cryptic-name: personnummer YYYYMMDD-NNNC (Luhn)"),
    ("epost", "TEXT", "EMAIL"),
    ("mobil", "TEXT", "PHONE"),
    ("utdelningsadress", "TEXT", "STREET_ADDRESS"),
    ("postnummer", "TEXT", "POSTAL_CODE"),
    ("postort", "TEXT", "CITY"),
    ("lan", "TEXT", "STATE_REGION"),
    ("avgift", "INTEGER", "NONE", "membership fee, few values"),
    ("aktiv", "INTEGER", "NONE", "flag"),
])
def medlemmar(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "sv_SE")
    return {
        "medlemsnr": 1000 + i,
        "namn": p.full,
        "pnr": national_id(ctx, p),
        "epost": p.email,
        "mobil": p.phone,
        "utdelningsadress": p.street_line,
        "postnummer": f"{p.postcode[:3]} {p.postcode[3:]}",
        "postort": p.city,
        "lan": p.region,
        "avgift": ctx.rng.choice([250, 250, 400, 0]),
        "aktiv": int(ctx.chance(0.9)),
    }


@table(DB, "kaiin", rows=350, columns=[
    ("kaiin_id", "INTEGER", "NONE", "key"),
    ("shimei", "TEXT", "PERSON_NAME", "kanji full name"),
    ("furigana", "TEXT", "PERSON_NAME", "katakana reading of the name"),
    ("seinengappi", "TEXT", "DATE_OF_BIRTH", "cryptic-name (romaji): yyyy/mm/dd"),
    ("seibetsu", "TEXT", "GENDER", "男/女"),
    ("yubin", "TEXT", "POSTAL_CODE", "123-4567"),
    ("jusho", "TEXT", "STATE_REGION|CITY|STREET_ADDRESS", "composite: full Japanese address in one line"),
    ("denwa", "TEXT", "PHONE"),
    ("meeru", "TEXT", "EMAIL"),
    ("kojin_bango", "TEXT", "GOV_ID", "My Number (12 digits, check digit)"),
])
def kaiin(ctx: TableContext, i: int) -> dict:
    p = person(ctx, "ja_JP")
    fake = ctx.faker("ja_JP")
    return {
        "kaiin_id": i + 1,
        "shimei": p.full,
        "furigana": fake.kana_name(),
        "seinengappi": f"{p.born:%Y/%m/%d}",
        "seibetsu": "女" if p.female else "男",
        "yubin": p.postcode,
        "jusho": f"{p.region}{p.city}{p.street}{p.house_number}",
        "denwa": p.phone,
        "meeru": p.email,
        "kojin_bango": national_id(ctx, p),
    }
