"""Whose data is a row about? Name evidence for a table's subject: people or things.

A city beside a customer's name is personal data; the same city in a table of warehouses is
not. The decision step (piiscan.decide) combines these name signals with the direct
identifiers found among a table's columns:

- person words in the table name (`customers`, `patient_visits`, `Mitarbeiter`), or a key to a
  person table among the columns (`customer_id`, `EmployeeId`): rows are about people;
- thing words in the table name (`warehouses`, `devices`, `store_locations`): rows are about
  things, places or organisations.

Person words win over thing words (`customer_devices` is about people). Words are matched as
whole tokens of the name, singular or plural.

The words of other languages (`musteriler`, `sotrudniki`, `toimumiskohad`, Han `ke hu`) come from
subject_words.yaml beside this module, written as `tokenize` writes them: they match whole
tokens in the forms listed there (no plural endings read off), a word of several tokens as a run
of the name's tokens, and only the person words of languages that compound (de nl sv da nb fi
is, five letters or more) at the end of a compound word.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from piiscan.detect.names import tokenize

PERSON_WORDS = frozenset("""
person people user customer client employee staff member patient student pupil contact
passenger guest applicant candidate subscriber driver resident citizen voter donor volunteer
worker traveler traveller profile beneficiary participant respondent attendee visitor buyer
recipient teacher doctor physician nurse caregiver owner household family child children
parent spouse lead prospect freelancer contractor consultant player athlete actor musician
author borrower debtor insured policyholder cardholder holder account_holder learner trainee
intern hire recruit jobseeker
man men woman women boy girl adult youth teen teenager elderly infant baby newborn mother father
mom dad twin veteran individual
resp emp empl cust usr mbr pax
recruiter observer guardian trekker lessee lessor tenant landlord farmer rider pilot captain clerk
cashier signatory witness referee coach trainer instructor supervisor coordinator manager
assignee requester approver sender addressee heir widow widower orphan
clinician practitioner surgeon dentist therapist physiotherapist pharmacist midwife
veterinarian inspector auditor assessor examiner technician handler dispatcher courier
salesperson salesman saleswoman representative advisor adviser counsellor counselor officer broker
attorney lawyer notary solicitor caseworker nominee
proband enrollee enrolee claimant retiree pensioner inmate offender victim decedent interviewee
befragte befragter probanden versicherte versicherter encuestado encuestada
kunde kunden mitarbeiter benutzer nutzer mitglied schuler teilnehmer bewerber
arzt arztin arzte lehrer berater betreuer sachbearbeiter verkaufer techniker tierarzt pfleger
cliente usuario empleado persona paciente alumno socio estudiante
agente medico medica enfermero enfermera profesor profesora vendedor vendedora asesor asesora
tecnico tecnica veterinario veterinaria encargado encargada inspector inspectora
utilisateur employe salarie adherent personne eleve etudiant patiente
medecin infirmier infirmiere professeur vendeur vendeuse conseiller conseillere technicien
veterinaire inspecteur inspectrice
dipendente utente studente infermiere infermiera
funcionario colaborador aluno
klant gebruiker medewerker leerling
""".split())

THING_WORDS = frozenset("""
site store shop warehouse depot office branch facility building premise premises plant
factory station airport port terminal device machine server node sensor asset
equipment router printer camera product item sku article inventory stock country city
region territory province district zone area venue hotel restaurant company organisation
organization vendor supplier carrier shipper bank hospital clinic pharmacy datacenter
cluster network subnet instance merchant brand catalog catalogue part component
material weather forecast tower antenna meter farm lab laboratory library museum park
stadium campus room kiosk atm outlet location geography locality postcode currency
language
tienda almacen oficina sucursal producto articulo sede
lager filiale standort produkt geraet gerat
magasin entrepot bureau produit agence
negozio magazzino ufficio prodotto
loja armazem escritorio produto
winkel magazijn kantoor
vessel ship boat ferry bus vehicle car truck lorry fleet aircraft plane locomotive tram
peak mountain lake river borehole well mine quarry property estate parcel plot lot cask barrel
tank silo kiln furnace book film movie song album artwork painting collection route
klinik kliniek clinica clinique stasjon stazione estacion estacao inmueble immobile immeuble imovel
struttura estructura impianto maquina maschine fahrzeug vehiculo veiculo vehicule voertuig
navire barco schiff nave campaign campana campanha campagne kampagne
""".split())

#: Animals: a table of them holds their names, sexes, birth dates and diagnoses, no person's.
ANIMAL_WORDS = frozenset("""
animal pet horse pony dog puppy cat kitten cattle cow calf bull sheep goat pig poultry chicken
hen herd livestock
animais animales animaux tiere tier dieren dier mascota mascote cavalo caballo cheval pferd paard
perro cao chien hund hond gato chat katze kat vaca kuh koe bovino
""".split())

#: Head nouns of records of what people do (`ferry_tickets`, `hotel_bookings`, `clinic_visits`):
#: a thing word before them says where, not whose rows these are.
EVENT_WORDS = frozenset("""
ticket booking reservation pass permit contract visit trip ride journey fare rental lease loan
subscription membership enrolment enrollment registration appointment claim review rating
application admission checkin response survey questionnaire poll census interview
""".split())

#: The lists above: English and a few Western European languages, matched with plural endings
#: read off. The words of subject_words.yaml join the sets below; these stay as they are.
BASE_WORDS = {"person": PERSON_WORDS, "thing": THING_WORDS, "animal": ANIMAL_WORDS, "event": EVENT_WORDS}
_STEMMED = frozenset().union(*BASE_WORDS.values())

#: Languages that write compounds as one word: their person words of five letters or more are
#: read at the end of a compound too (`yritysasiakkaat`, `Pflegeeltern`).
_COMPOUND_LANGUAGES = frozenset({"de", "nl", "sv", "da", "nb", "fi", "is"})


def _load_words(path: Path = Path(__file__).with_name("subject_words.yaml")):
    """{kind: (one-token words, token runs)} and the person words read in compounds, from
    subject_words.yaml (language -> kind -> words as `tokenize` writes them)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) if path.exists() else {}
    words = {kind: (set(), set()) for kind in BASE_WORDS}
    compounding: set[str] = set()
    for lang, kinds in (data or {}).items():
        for kind, listed in (kinds or {}).items():
            for word in listed or ():
                tokens = tuple(str(word).split())
                if len(tokens) == 1:
                    words[kind][0].add(tokens[0])
                    if kind == "person" and lang in _COMPOUND_LANGUAGES and len(tokens[0]) >= _COMPOUND_MIN_WORD:
                        compounding.add(tokens[0])
                elif tokens:
                    words[kind][1].add(tokens)
    return {kind: (frozenset(one), frozenset(runs)) for kind, (one, runs) in words.items()}, frozenset(compounding)


#: Endings of plurals and compounds read off a long token before its word is looked up
#: (`natstationer` -> `station`, `Neukunden` -> `kunde`).
_COMPOUND_MIN_TOKEN, _COMPOUND_MIN_WORD = 8, 5
_PLURAL_ENDINGS = ("er", "en", "ar", "e", "s", "")

_LANGUAGE_WORDS, _COMPOUND_PERSON = _load_words()
PERSON_WORDS = PERSON_WORDS | _LANGUAGE_WORDS["person"][0]
THING_WORDS = THING_WORDS | _LANGUAGE_WORDS["thing"][0]
ANIMAL_WORDS = ANIMAL_WORDS | _LANGUAGE_WORDS["animal"][0]
EVENT_WORDS = EVENT_WORDS | _LANGUAGE_WORDS["event"][0]


def _by_first_token(runs) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for tokens in sorted(runs, key=len, reverse=True):  # the longest run first
        by_first.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(listed) for first, listed in by_first.items()}


#: Words of several tokens (`ke hu`, `khach hang`, `rendez vous`), by kind, then by first token.
RUNS = {kind: _by_first_token(runs) for kind, (_, runs) in _LANGUAGE_WORDS.items()}
_COMPOUNDING = _STEMMED | _COMPOUND_PERSON
#: Words only subject_words.yaml has: they match as listed, never with a plural ending read off
#: (the lists of this module, `OWNER_WORDS` and `THING_COLUMN_WORDS` too, keep their plurals).
_LISTED_ONLY = frozenset().union(*(one for one, _ in _LANGUAGE_WORDS.values())) - _STEMMED

#: Last tokens of a column that refers to another row (`customer_id`, `staff_no`).
KEY_ENDINGS = frozenset({"id", "key", "fk", "no", "nr", "number", "num", "ref", "uuid", "guid", "code"})


def _has(tokens, words) -> str | None:
    """The first token that is one of `words`, or a plural of one of this module's English and
    Western European words: the words of subject_words.yaml match only as listed."""
    for token in tokens:
        if token in words:
            return token
        for form in (token[:-1] if token.endswith("s") else None,
                     token[:-2] if token.endswith("es") else None,
                     token[:-3] + "y" if token.endswith("ies") else None,
                     token[:-1] if token.endswith("n") else None):
            if form and form in words and form not in _LISTED_ONLY:
                return token
    return None


def _run(tokens, runs, at_end: bool = False) -> str | None:
    """A run of `tokens` that is one of `runs` (word by word), as "ke hu"; at_end: only one
    that ends the name and leaves a token before it."""
    tokens = tuple(tokens)
    for i, token in enumerate(tokens):
        for run in runs.get(token, ()):
            n = len(run)
            if tokens[i:i + n] == run and (not at_end or (i > 0 and i + n == len(tokens))):
                return " ".join(run)
    return None


def _compound(tokens, words) -> str | None:
    """A long token that ends in one of `words`, perhaps with a plural ending (`natstationer`)."""
    for token in tokens:
        if len(token) < _COMPOUND_MIN_TOKEN:
            continue
        for ending in _PLURAL_ENDINGS:
            if not token.endswith(ending):  # "" ends every token
                continue
            stem = token[: len(token) - len(ending)]
            for cut in range(1, len(stem) - _COMPOUND_MIN_WORD + 1):
                if stem[cut:] in words and stem[cut:] in _COMPOUNDING:
                    return token
    return None


def table_kind(table_name: str) -> tuple[str | None, str | None]:
    """("person" | "thing" | None, the word that says so) from a table name alone: its words,
    then the ends of its compound words."""
    leaf = table_name.rsplit("/", 1)[-1].split(".")[0]
    tokens = tokenize(leaf)
    for find in (_has, _compound):
        runs = find is _has  # words of several tokens are whole words, never ends of compounds
        word = find(tokens, PERSON_WORDS) or (runs and _run(tokens, RUNS["person"]))
        if word:
            return "person", word
        if runs and len(tokens) > 1 and (_has(tokens[-1:], EVENT_WORDS) or _run(tokens, RUNS["event"], at_end=True)):
            return None, None
        word = (find(tokens, THING_WORDS) or find(tokens, ANIMAL_WORDS)
                or (runs and (_run(tokens, RUNS["thing"]) or _run(tokens, RUNS["animal"]))))
        if word:
            return "thing", word
    return None, None


def animal_word(word: str | None) -> bool:
    """Whether a table-name word found by `table_kind` names animals (`cavalos`, `pets`, `dong wu`)."""
    return bool(word) and bool(_has((word,), ANIMAL_WORDS) or _compound((word,), ANIMAL_WORDS)
                               or tuple(word.split()) in RUNS["animal"].get(word.split()[0], ()))


def person_role(column_name: str) -> str | None:
    """The person a column is named after (`passenger`, `purchase_clerk`, `next_of_kin.guardian`):
    its last token is a person word. None for keys (`customer_id`) and counts (`passenger_count`)."""
    tokens = tokenize(column_name.rpartition(".")[2])
    if len(tokens) > 1 and tokens[-1] == "by" and tokens[-2] not in ("group", "order", "sort", "partition"):
        return "_".join(tokens[-2:])  # `handled_by`, `approved_by`: whoever did it
    return _has(tokens[-1:], PERSON_WORDS) if tokens else None


def person_key(column_name: str, id_values: bool = False, references: str | None = None) -> bool:
    """The column refers to a person row: a person word followed by a key ending (`customer_id`),
    or a bare person word over identifier values (`PATIENT` holding UUIDs); a declared foreign
    key says which table, and that table's name decides (`pid` -> `patients`)."""
    kind = table_kind(references)[0] if references else None
    if kind is not None:
        return kind == "person"
    tokens = tokenize(column_name)
    if len(tokens) >= 2 and tokens[-1] in KEY_ENDINGS:
        return _has(tokens[:-1], PERSON_WORDS) is not None
    return id_values and len(tokens) == 1 and _has(tokens, PERSON_WORDS) is not None


#: Tokens of column names that measure or describe goods, machines, animals, plants or nature,
#: never a person: a table with several of them is about things whatever else it holds.
THING_COLUMN_WORDS = frozenset("""
mpg cyl cylinder horsepower hp displacement torque rpm gearbox transmission odometer mileage
engine chassis fuel kwh voltage volt amp ampere watt wattage firmware sensor battery
price msrp sku brand manufacturer warranty inventory carat clarity
species breed genus taxon cultivar sepal petal habitat
magnitude epicenter epicentre rainfall precipitation humidity windspeed wind
sqft bedroom bathroom acre acreage
""".split())


#: Tokens of column names about animals or plants: one such column makes a table's sex, age and
#: weight an animal's.
ANIMAL_COLUMN_WORDS = frozenset("""species breed genus taxon cultivar neutered spayed microchip
especie espece specie spezies raca raza razza rasse castrado castrada kastriert sterilise""".split())


def thing_column(column_name: str) -> str | None:
    """"animal" when the column's name is about animals or plants (`species`, `breed`), "thing"
    when it measures or describes another thing (`mpg`, `voltage`, `price`), else None."""
    tokens = tokenize(column_name)
    if _has(tokens, ANIMAL_COLUMN_WORDS):
        return "animal"
    return "thing" if _has(tokens, THING_COLUMN_WORDS) else None


#: Things whose own address, place or network identity a column may name (`router_ip`,
#: `office_address`, `scanner.depot.postcode`, `hub.lat`): not places, which name no owner.
OWNER_WORDS = frozenset("""
site store shop warehouse depot office branch facility building premise premises plant factory
station terminal machine server node sensor asset equipment router printer camera gateway
controller scanner scada plc nas switch firewall kiosk atm hub datacenter modem tracker
telematics logger beacon radio transponder
scan scanner gate door turnstile barrier pump charger elevator vending till ecu acars avionics drone
robot vehicle car truck bus tractor
tornello torniquete ventilador fan
tower antenna meter vendor supplier merchant company organisation organization hotel restaurant
venue clinic hospital pharmacy school campus lab laboratory
oficina sucursal tienda almacen sede filiale standort lager magasin entrepot bureau agence
negozio magazzino ufficio loja armazem escritorio winkel magazijn kantoor
""".split())


#: Owners only of a network or device address (`pos_ip`, `reader_mac`, `imei_gps`): beside a
#: city or coordinates they are a position, a postal code, a library's reader.
DEVICE_OWNER_WORDS = frozenset("pos reader lector vsat gps".split())


def thing_owned(column_name: str, parent: str | None = None, device: bool = False) -> str | None:
    """The thing a column's name (or its nested parents') says a place or an address is of
    (`router_ip` -> "router", `oficina.ip` -> "oficina"), unless a person word speaks for a
    person (`customer_office_city`); with `device`, also the owners only a device address has
    (`pos_ip` -> "pos")."""
    tokens = [t for part in (parent or "").split(".") if part for t in tokenize(part)] + list(tokenize(column_name))
    if _has(tokens, PERSON_WORDS):
        return None
    return _has(tokens, OWNER_WORDS) or (_has(tokens, DEVICE_OWNER_WORDS) if device else None)

