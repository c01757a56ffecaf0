"""Attributes of people that are not identifiers: pay, physical descriptions, family status,
health, religion. What the values and the column name say about them beyond the rules'
patterns and allow lists (the table's subject is judged in piiscan.context):

- "none" values (`none`, `n/a`, `--`, `keine`, `ninguna conocida`) say nothing about the
  attribute: a column of allergies where most patients have none still holds health data,
  so vocabulary rules count their matches among the other values only;
- under a name that says nothing (`a2`, `attr5`), body heights and pay are known by the
  distribution of their values;
- values contradict a name: numbers no person has under a measure of people (`implausible`:
  a car's `weight` of 3,500, a device's `age` of 2,000 days), codes under a name that says
  more (`coded`: `cp` 0-3 is no postal code, `contact` email/phone no person), and a few words
  none of which a vocabulary knows (`few_words`).
(Compound column names such as `Bruttogehalt` are read in piiscan.detect.names.)
"""

from __future__ import annotations

import re

from piiscan.text import fold

#: Values that only say "nothing to report", in several languages (folded, trimmed).
NULLISH = frozenset("""
none|no|nil|null|n/a|na|n.a.|-|--|---|?|unknown|not known|none known|no known|not applicable|nothing|
keine|kein|keins|keine bekannt|keine angabe|ohne|unbekannt|entfallt|
ninguna|ninguno|nada|ninguna conocida|ninguno conocido|desconocido|no aplica|sin|
aucun|aucune|aucune connue|aucun connu|inconnu|neant|sans|
nessuno|nessuna|nessuna nota|nessuno noto|sconosciuto|
nenhum|nenhuma|nenhuma conhecida|desconhecido|
geen|onbekend|brak|nie dotyczy|ingen|okand
""".replace("\n", "").split("|")) - {""}

#: Vocabulary columns hold few distinct values; longer lists are not read for "none" values.
NULLISH_MAX_DISTINCT = 64


def nullish_rows(prof) -> int:
    """Rows of a short-vocabulary column whose value only says "none"."""
    if prof is None or prof.kind != "string" or not prof.distinct or prof.distinct > NULLISH_MAX_DISTINCT:
        return 0
    total = 0
    for value, count in zip(prof.values.to_pylist(), prof.counts.to_pylist()):
        if isinstance(value, str) and fold(value).strip() in NULLISH:
            total += count
    return total


#: Tokens of column names that say nothing about their content (positional or generic names).
GENERIC_TOKENS = frozenset("""
a b c d e f g h i j k l m n o p q r s t u v w x y z col column field fld attr attribute attrib
val value var variable data info misc extra custom udf flex prop property param parameter
item elem element slot tmp temp x_ unnamed feature feat measure metric dim
kol kolumna kolumn kolonne kolom kolona spalte feld campo colonne champ colonna coluna sarake kentta
oszlop mezo sutun stupac sloupec stolbets
""".split())
#: Value evidence of a numeric attribute of people under a name that says nothing: too weak
#: alone, enough in a table about people (piiscan.context adds the subject).
ATTRIBUTE_SHAPE_SCORE = 0.45
NUMERIC_SUBSAMPLE = 200


def says_nothing(name: str) -> bool:
    """A positional or generic column name (`a2`, `attr5`, `field_3`, `c06`): it neither names
    nor contradicts an attribute."""
    from piiscan.detect.names import tokenize

    tokens = [t for t in tokenize(name) if not t.isdigit()]
    return bool(tokens) and all(t in GENERIC_TOKENS for t in tokens)


def _numbers(prof) -> list[float] | None:
    values = prof.values.slice(0, NUMERIC_SUBSAMPLE).to_pylist()
    counts = prof.counts.slice(0, NUMERIC_SUBSAMPLE).to_pylist()
    out: list[float] = []
    for value, count in zip(values, counts):
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            return None
        if number != number or number in (float("inf"), float("-inf")):
            return None
        out.extend([number] * min(int(count), 50))
    return out


def _sorted_numbers(prof, min_distinct: int, min_count: int) -> list[float] | None:
    """A numeric (or digit string) column's sampled values as sorted numbers (None: not numbers,
    or fewer distinct values or rows than asked)."""
    if prof is None or prof.kind not in ("integer", "float", "string") or prof.distinct < min_distinct:
        return None
    if prof.kind == "string" and prof.digit_share < 0.7:
        return None
    numbers = _numbers(prof)
    if not numbers or len(numbers) < min_count:
        return None
    return sorted(numbers)


#: Sex coded by ISO/IEC 5218 (0 not known, 1 male, 2 female, 9 not applicable): both 1 and 2,
#: each in at least this share of the rows.
CODED_SEX_SHARE = 0.2


#: The initials of the two sexes in one language, a pair per language that writes them so
#: (Polish, Swedish, Norwegian, Danish K / M; Finnish N / M; Hungarian N / F; Turkish K / E;
#: Dutch V / M; Czech, Slovak, Croatian, Serbian Ž / M; Russian, Bulgarian Ж / М; Indonesian and
#: Malay P / L). F / M and W / M are the gender rule's own values (rules/person.yaml).
SEX_INITIALS = frozenset(frozenset(pair) for pair in (
    ("k", "m"), ("n", "m"), ("n", "f"), ("k", "e"), ("v", "m"), ("z", "m"), ("ж", "м"), ("p", "l")))
#: Codes of an unknown or other sex that may stand beside the two.
_UNKNOWN_SEX = frozenset({"0", "9", "u", "x", "o", "d"})


def sex_letters(prof, dist) -> bool:
    """Both sexes, written as single letters only (`F` / `M`, not `female` / `Nữ`)."""
    return bool(dist.two_sexes and not dist.sex_words and prof is not None and prof.kind == "string"
                and all(len(v.strip()) == 1 for v in prof.values.to_pylist()))


def coded_sexes(prof) -> tuple[str, str] | None:
    """("gender", why) when the values are ISO/IEC 5218 sex codes with both sexes (a census or
    a staging extract's `c5` of 1 and 2), or the two initials of the sexes in one language
    (`K` / `M`, `Ж` / `М`), each in a good share of the rows: counts only where the rows
    describe people."""
    if prof is None or prof.distinct > 4 or prof.non_null < 20 or prof.kind not in ("integer", "string"):
        return None
    counts = {fold(str(v)).strip(): c for v, c in zip(prof.values.to_pylist(), prof.counts.to_pylist())}
    pair = next((p for p in SEX_INITIALS if p <= set(counts) and set(counts) - p <= _UNKNOWN_SEX), None)
    if pair is not None and prof.kind == "string":
        if min(counts[c] for c in pair) >= CODED_SEX_SHARE * prof.non_null:
            shown = " and ".join(sorted(c.upper() for c in pair))
            return "gender", f"values {shown}: the initials of the two sexes in one language"
        return None
    if not set(counts) <= {"0", "1", "2", "9"} or not {"1", "2"} <= set(counts):
        return None
    if min(counts["1"], counts["2"]) < CODED_SEX_SHARE * prof.non_null:
        return None
    return "gender", "values 1 and 2 (and 0, 9): sexes coded by ISO/IEC 5218"


def numeric_attribute(prof) -> tuple[str, str] | None:
    """(rule name, why) when a numeric column's values as a whole are shaped like an attribute
    of people: body heights (130-215 cm, or 1.30-2.15 m, centred on 150-190 cm with a spread
    of a few cm) or pay (positive amounts in cents, a median of 1,000-250,000, varying from
    row to row but within one order of magnitude)."""
    numbers = _sorted_numbers(prof, 8, 10)
    if numbers is None:
        return None
    low, high = numbers[0], numbers[-1]
    median = numbers[len(numbers) // 2]
    mean = sum(numbers) / len(numbers)
    spread = (sum((x - mean) ** 2 for x in numbers) / len(numbers)) ** 0.5
    scale = 100.0 if high <= 3 else 1.0  # metres
    if 130 <= low * scale and high * scale <= 215 and 150 <= median * scale <= 190 and 3 <= spread * scale <= 15:
        return "physical_description", (f"{len(numbers)} values from {low:g} to {high:g}, median {median:g}:"
                                        " shaped like body heights")
    cents = sum(1 for x in numbers if abs(x * 100 - round(x * 100)) < 1e-6 and x != int(x))
    if (low > 0 and 1000 <= median <= 250000 and cents >= 0.6 * len(numbers)
            and high <= 20 * low and 0.1 <= spread / mean <= 1.0 and prof.distinct >= 0.5 * len(set(numbers))):
        return "compensation", (f"{len(numbers)} amounts from {low:g} to {high:g}, median {median:g}:"
                                " shaped like pay")
    return None


_PRESSURE = re.compile(r"\s*(\d{2,3})\s*/\s*(\d{2,3})\s*(?:mm\s*hg)?\s*", re.IGNORECASE)


def blood_pressures(prof) -> bool:
    """Whether text values are systolic / diastolic pairs (`133/78`, `120 / 80 mmHg`): nearly
    all values two numbers where people's pressures lie, the first the higher. Health data
    where the rows describe people (piiscan.context), whatever the column is called; kept in
    the column's distribution, so that deciding again from a summary agrees."""
    if prof is None or prof.kind != "string" or prof.distinct < 10 or prof.digit_share < 0.6:
        return False
    pairs = [_PRESSURE.fullmatch(v) for v in prof.values.slice(0, 200).to_pylist()]
    read = [(int(m[1]), int(m[2])) for m in pairs if m]
    if len(read) < max(10, 0.9 * len(pairs)):  # (a summary's profile holds masked examples only)
        return False
    fitting = sum(1 for high, low in read if 70 <= high <= 250 and 30 <= low <= 150 and high > low)
    return fitting >= 0.9 * len(read)


#: What a column of blood pressures says (piiscan.decide, as an attribute of its people).
PRESSURES = ("health", "values read as systolic / diastolic pairs (133/78): shaped like blood pressures")


#: Units of measures of the body that column names end in (`tul_cm`, `hb_g_dl`, `iop_mmhg`), what
#: they measure, where people's values lie (median) and the extremes no person passes: under a
#: name no rule knows, such numbers in a table about people are physical or health data.
BODY_UNITS = (
    (("cm",), "body heights or girths", (40.0, 210.0), (20.0, 250.0)),
    (("kg",), "body weights", (35.0, 150.0), (2.0, 350.0)),  # a harvest's or a bag's kilograms weigh less
    (("lb",), "body weights", (75.0, 330.0), (4.0, 800.0)),
    (("lbs",), "body weights", (75.0, 330.0), (4.0, 800.0)),
    (("mmhg",), "blood or eye pressures", (5.0, 200.0), (2.0, 300.0)),
    (("mm", "hg"), "blood or eye pressures", (5.0, 200.0), (2.0, 300.0)),
    (("bpm",), "pulse rates", (40.0, 180.0), (20.0, 260.0)),
    (("g", "dl"), "haemoglobin levels", (5.0, 20.0), (2.0, 25.0)),
    (("gdl",), "haemoglobin levels", (5.0, 20.0), (2.0, 25.0)),
    (("mg", "dl"), "blood chemistry", (20.0, 400.0), (1.0, 1000.0)),
    (("mmol", "l"), "blood chemistry", (1.0, 40.0), (0.1, 60.0)),
    (("mmol",), "blood chemistry", (1.0, 40.0), (0.1, 60.0)),
    (("celsius",), "body temperatures", (35.0, 40.0), (32.0, 43.0)),
    (("degc",), "body temperatures", (35.0, 40.0), (32.0, 43.0)),
)


def body_measure(name: str, prof) -> tuple[str, str] | None:
    """("physical_description", why) when the column's name ends in a unit of the body
    (`wazn_kg`, `iop_mmhg`) and its numbers, varying from row to row, lie where people's do."""
    from piiscan.detect.names import tokenize

    tokens = tuple(t for t in tokenize(name) if not t.isdigit())
    unit = next((u for u in BODY_UNITS if len(tokens) > len(u[0]) and tokens[-len(u[0]):] == u[0]), None)
    if unit is None:
        return None
    numbers = _sorted_numbers(prof, 5, 10)
    if numbers is None:
        return None
    units, what, (low, high), (least, most) = unit
    median = numbers[len(numbers) // 2]
    if not (low <= median <= high and least <= numbers[0] and numbers[-1] <= most):
        return None
    return "physical_description", (f"{len(numbers)} values from {numbers[0]:g} to {numbers[-1]:g} {' '.join(units)},"
                                    f" median {median:g}: shaped like {what}")


#: Where a person's measures lie, whatever the unit (median, largest value): ages in years;
#: weights in kg or lb; heights in m, cm or inches; body-mass indexes. A column named for one
#: whose numbers lie elsewhere measures a thing (a car's weight of 3,500 lb, a device's age of
#: 2,000 days, a parcel's weight of 0.2).
MEASURES = {
    "age": ((0.0, 100.0), 125.0),
    "weight": ((2.0, 300.0), 700.0),
    "height": ((0.5, 230.0), 260.0),
    "bmi": ((12.0, 60.0), 110.0),
}
#: Rules whose names may name a measure of people.
MEASURE_RULES = frozenset({"age", "physical_description"})
MEASURE_WORDS = {
    "weight": {"weight", "body weight", "peso", "gewicht", "poids", "waga", "vikt"},
    "height": {"height", "estatura", "altura", "korpergrosse", "grosse", "taille", "altezza", "lichaamslengte",
               "wzrost", "kroppslangd"},
    "bmi": {"bmi", "body mass index", "imc", "indice de masa corporal", "indice de masse corporelle"},
}


def fitting_measures(prof) -> tuple[str, ...] | None:
    """The measures of people whose range a numeric column's values fit (None: not numbers),
    kept with the distribution, so that deciding again from a summary agrees."""
    numbers = _sorted_numbers(prof, 3, 5)
    if numbers is None:
        return None
    median = numbers[len(numbers) // 2]
    return tuple(m for m, ((low, high), top) in MEASURES.items()
                 if low <= median <= high and numbers[-1] <= top and numbers[0] >= 0)


def implausible(rule, keyword: str, dist) -> bool:
    """A numeric column named for a measure of people (age, weight, height, BMI) whose values
    no person has: the name is contradicted by the values."""
    if rule.subject != "person" or dist is None or dist.measures is None:
        return False
    measure = "age" if rule.name == "age" else next(
        (m for m, words in MEASURE_WORDS.items() if rule.name == "physical_description" and keyword in words), None)
    return measure is not None and measure not in dist.measures


def coded(rule, name, prof, dist, seen: set) -> bool:
    """Values that are codes, not what the column's name says (a name alone never makes a
    code personal): a few one- or two-character codes that no value of the rule's category
    matches (`zip_zone` 1-3, `city_code` A-D, `cp` 0-3; not a vocabulary's codes such as sex
    1/2, a trial's arms 1/2 (special categories coded: piiscan.context_traits), initials of a
    name, or flags of a rule whose values may be flags: `fumador` si/no),
    and lower-case words under a weak person-name keyword (`contact`: email, phone, post)."""
    if prof.distinct < 2 or rule.category in seen:
        return False
    if (rule.checks_values and rule.max_distinct is None and rule.ner != "PERSON" and not rule.needs_values
            and prof.mean_length <= 2.0 and not (rule.flags and dist.flag)):
        return True
    return rule.ner == "PERSON" and not name.strong and prof.distinct >= 3 and dist.lower_case


def few_words(rule, prof, dist) -> bool:
    """Two to four distinct words none of which a vocabulary rule knows (`state`: idle, run,
    fault; `gender_pref`: none, any), or of which none is of a special category's shapes
    (`health_plan`: basic, premium, gold), contradict its name as five values do."""
    vocabulary = rule.allow_list or rule.needs_values and rule.patterns
    return (bool(vocabulary) and 2 <= prof.distinct < 5 and prof.alpha_share >= 0.8 and prof.mean_length > 2
            and not dist.flag)


def categorical(rule, prof, dist, n: int) -> bool:
    """A few words repeated over the rows (`cabécar`, `ngäbe-buglé`, `no indígena`): the values of
    a special category in a language its vocabulary doesn't hold. Under that category's strong
    name they don't contradict it; the name still counts only beside people (piiscan.context)."""
    return (prof.kind == "string" and 2 <= prof.distinct <= (rule.max_distinct or 40) and prof.distinct <= 0.5 * n
            and prof.alpha_share >= 0.8 and prof.mean_words <= 3 and not dist.flag)


#: Tokens of column names for dates of events: dates spread over decades under such a name are
#: releases, foundings or registrations, not births.
EVENT_DATE_WORDS = frozenset("""
release released created creation updated modified published publication issued issue order ordered
shipped shipping delivery delivered purchase purchased start started end ended expiry expires expiration
due posted event built build founded foundation opened registered registration signup joined hire hired
closed paid invoice payment transaction recorded first last seen premiere aired launch launched
manufacture manufactured manufacturing production produced acquired acquisition installed installation
commissioned inspection inspected maintenance serviced construction constructed erected planted harvest
harvested bottled vintage sold sale inaugurated inauguration
fabrication fabricacion fabricado fabbricazione fabbricato herstellung hergestellt produktion produccion
produzione producao adquisicion adquirido acquisto acquistato erwerb achat compra venta vente verkauf
instalacion installazione inspeccion inspektion wartung mantenimiento manutenzione entretien
""".split())


def names_an_event(column_name: str) -> bool:
    """The column's name says its dates are events (`release_date`, `founded`)."""
    from piiscan.detect.names import tokenize

    return any(t in EVENT_DATE_WORDS for t in tokenize(column_name))


#: Tokens of column names for amounts of money, in the languages of the rules' keywords most
#: used: `price`, `fee`, `Betrag`, `importe`, `ucret`. Digits under such a name are a sum, never
#: a postal code or a phone number, whatever their shape.
MONEY_WORDS = frozenset("""
price prices cost costs fee fees amount amt total subtotal sum balance tax vat charge charges fare
tariff discount revenue turnover paid budget payout premium
precio importe monto coste costo tarifa cuota saldo impuesto iva
preis betrag kosten gebuhr summe steuer mwst
prix montant cout frais tarif solde taxe tva
prezzo importo tassa
preco custo
prijs bedrag pris belopp kostnad avgift hinta summa maksu cena kwota koszt oplata castka
fiyat tutar ucret tsena stoimost
""".split())
#: ISO 4217 currency codes read as the last word of a name (`price_azn`, `fee_egp`), less the
#: ones that are common English words or abbreviations (`all`, `try`, `top`, `cup`, `pen`).
CURRENCY_CODES = frozenset("""
aed afn amd ang aoa ars aud awg azn bbd bdt bgn bhd bif bmd bnd brl bsd btn bwp byn bzd cad cdf chf
clp cny cop crc cve czk djf dkk dzd egp ern etb eur fjd fkp gbp ghs gip gmd gnf gtq gyd hkd hnl htg
huf idr ils inr iqd irr isk jmd jod jpy kes kgs khr kmf kpw krw kwd kyd kzt lbp lkr lrd lsl lyd mdl
mga mkd mmk mnt mru mvr mwk mxn myr mzn nad ngn nio nok npr nzd omr pab pgk php pkr pln pyg qar ron
rsd rub rwf sar sbd scr sdg sek sgd shp sle sll srd ssp stn svc syp szl thb tjs tmt tnd twd tzs uah
ugx usd uyu uzs ves vnd vuv wst xaf xcd xof xpf yer zar zmw zwl
""".split())


def names_an_amount(column_name: str) -> bool:
    """The column's name says it holds a sum of money: a money word (`price`, `Betrag`) or a
    currency code as its last word (`price_azn`, `fee_egp`); not a key (`tax_id`)."""
    from piiscan.detect.names import tokenize

    tokens = tokenize(column_name.rpartition(".")[2])
    if not tokens or tokens[-1] in ("id", "no", "nr", "number", "num", "code", "ref", "key"):
        return False
    return any(t in MONEY_WORDS for t in tokens) or len(tokens) >= 2 and tokens[-1] in CURRENCY_CODES
