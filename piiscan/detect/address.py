"""Postal addresses on one line (several address parts in one cell), and street names.

`71 rue Delannoy, 13287 Labbé`, `Jaydenring 86, 3725 NG Cromvoirt`, `12 High Street, London
SW1A 1AA`, `京都府台東区北青山27丁目26番9号`: the street with its house number, the postal code
and the city (or the prefecture, the municipality and the block) are all in the cell, so the
column holds each of those categories; so does a postal code with its town alone (`1368
Wavre`). Judged on the shape of the whole value, on at most
200 distinct values, only for columns that look like it (commas and digits, or CJK text).

Street names are known by their street-type words, with or without a house number:
`Faaslaan`, `Backgatan 209`, `Hauptstraße`, `rue des Lilas`, `Via Roma`: a word that ends in a
street type (languages that compound) or starts the name (languages that don't).
"""

from __future__ import annotations

import re

import pyarrow.compute as pc

from piiscan.detect.profile import Profile
from piiscan.text import fold

SUBSAMPLE = 200
#: Values looked at first, before the whole subsample.
PROBE = 20
#: Share of the distinct values that must be one-line addresses.
MIN_SHARE = 0.6

# a street part: a word of 3+ letters and a house number (before or after the words)
_STREET = re.compile(r"^(?=.*[^\W\d_]{3})(?:\d{1,5}[a-zA-Z]?\b.*|.*\s\d{1,5}(?:[a-zA-Z]|[-/]\d{1,4})?)$")
# the place part: postal code then city (most of Europe), or city then postal code (UK, Canada, US)
_POSTAL = (r"(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{3}-\d{4})"
           r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|(?:[A-Z]{2} )?\d{5}(?:-\d{4})?")
# three-digit postal codes (Iceland, the Faroes) only before the town: `Villa 160` is no town
_PLACE = re.compile(rf"^(?:(?:{_POSTAL}|\d{{3}})\s+[^\W\d_][^\d,]{{1,40}}|[^\W\d_][^\d,]{{1,40}}?,?\s+(?:{_POSTAL}))$")
_POSTAL_ALONE = re.compile(rf"^(?:{_POSTAL})$")
_TOWN = re.compile(r"^[^\W\d_][^\d,]{1,40}$")  # a part of letters only: a town, perhaps after `TP.`
WESTERN = ("STREET_ADDRESS", "POSTAL_CODE", "CITY")
#: A postal code and a town, no street (`1368 Wavre`, `L-3401 Dudelange`).
POSTCODE_AND_TOWN = ("POSTAL_CODE", "CITY")
#: A street and a town, no postal code (`57 Al Qusais St, Abu Dhabi`, `Số 8 Nguyễn Trãi, TP. Huế`).
STREET_AND_TOWN = ("STREET_ADDRESS", "CITY")
# Japanese: prefecture, municipality, then the block (丁目 / 番 / 号)
_JAPANESE = re.compile(r"^(?:〒?\d{3}-?\d{4}\s*)?(?:東京都|北海道|(?:京都|大阪)府|\S{2,3}県)\S*?[市区町村郡]\S*\d+(?:丁目|番|-)")
JAPANESE = ("STREET_ADDRESS", "CITY", "STATE_REGION")


def _western(value: str) -> tuple[str, ...]:
    """The parts a one-line address holds: street, postal code and town in any order (`2842
    Пловдив, ул. Ждраков 116`; the postal code on its own, `Rīga, LV-1050`; three to six
    digits, `700 Egilsstaðir`, `255355 Arad`), or a street with a street word and a town."""
    parts = [p.strip() for p in value.split(",")]
    if not 2 <= len(parts) <= 4:
        return ()
    named = [_has_street_word(p) for p in parts]
    # a postal code and a town (`13287 Labbé`, `Bontang 83781`), not a house number and a street (`123 Main St`)
    places = [bool(_PLACE.match(p)) and not w for p, w in zip(parts, named)]
    streets = [bool(_STREET.match(p)) and not place for p, place in zip(parts, places)]
    # the street first (`0431 Clark Points, Huffhaven`), unless the first part is a postal code
    # and a town and a later one a street by its street word (`2842 Пловдив, ул. Ждраков 116`)
    later = [i for i in range(1, len(parts)) if streets[i] and named[i]]
    if _STREET.match(parts[0]) and not (later and places[0]):
        street = 0
    else:
        street = later[0] if later else next((i for i, s in enumerate(streets) if s), None)
    if street is None:
        return ()
    others = [i for i in range(len(parts)) if i != street]
    if any(places[i] for i in others) or (any(_POSTAL_ALONE.match(parts[i]) for i in others)
                                          and any(_TOWN.match(parts[i]) for i in others)):
        return WESTERN
    if _TOWN.match(parts[-1]) and street < len(parts) - 1 and any(named[:-1]):
        return STREET_AND_TOWN
    return ()


def _postcode_and_town(value: str) -> str | None:
    """The postal code of a value that is a postal code and a town and nothing else (`1368
    Wavre`, `L-3401 Dudelange`, `101 Reykjavík`, `Leeds LS1 4AP`): no street word, at most
    four words of the town; None otherwise."""
    value = value.strip()
    if "," in value or not _PLACE.match(value) or _has_street_word(value):
        return None
    words = value.split()
    code = next((w for w in (words[0], words[-1]) if any(c.isdigit() for c in w)), None)
    town = [w for w in words if not any(c.isdigit() for c in w)]
    if code is None or not 1 <= len(town) <= 4 or not any(_town_word(w) for w in town):
        return None  # `PTY 4573`, `XXXX XXXX 7321`: letters of a code, no town
    if code is words[-1] and code.isdigit() and len(code) < 5:
        return None  # a town before its code has a long one (`Bontang 83781`), a model no (`Valjoux 7750`)
    return code


def _town_word(word: str) -> bool:
    """A word of a town's name: capitalised, or in a script without capitals."""
    word = word.strip("().-")
    return len(word) >= 3 and word.isalpha() and (not word.isupper() or not word.isascii() and word.lower() == word)


def _mostly_years(codes: list[str | None]) -> bool:
    """Four-digit numbers of 19xx and 20xx before words are model years (`2019 Toyota Corolla`)."""
    found = [c for c in codes if c is not None]
    return sum(len(c) == 4 and c[:2] in ("19", "20") for c in found) >= 0.9 * len(found)


def _has_street_word(part: str) -> bool:
    words = [w.strip(".") for w in fold(part).split()]
    return any(w in STREET_WORDS or w.endswith(STREET_ENDINGS) for w in words if not w[:1].isdigit())


def one_line_addresses(prof: Profile) -> tuple[str, ...]:
    """The address categories every value of the column holds when its values are postal
    addresses on one line; () otherwise."""
    if prof.kind != "string" or prof.distinct < 5 or prof.mean_length > 120:
        return ()
    if prof.digit_share > 0 and 3 <= prof.mean_words <= 14:
        comma = pc.match_substring(prof.values, ",")
        if (pc.sum(pc.if_else(comma, prof.counts, 0)).as_py() or 0) >= MIN_SHARE * prof.non_null:
            values = prof.values.slice(0, SUBSAMPLE).to_pylist()
            found = [_western(v) for v in values]
            if sum(f == WESTERN for f in found) >= MIN_SHARE * len(values):
                return WESTERN
            if sum(bool(f) for f in found) >= MIN_SHARE * len(values):
                return STREET_AND_TOWN  # a street and a town in each, a postal code in some
    if prof.digit_share > 0 and 2 <= prof.mean_words <= 5 and prof.mean_length <= 50:
        values = prof.values.slice(0, SUBSAMPLE).to_pylist()
        codes = [_postcode_and_town(v) for v in values]
        towns = {v.replace(c, "").strip() for v, c in zip(values, codes) if c is not None}
        if (sum(c is not None for c in codes) >= MIN_SHARE * len(values) and not _mostly_years(codes)
                and len(towns) >= 3):  # one word repeated is a label (`Till 745728`), not towns
            return POSTCODE_AND_TOWN
    if prof.mean_words <= 2 and prof.digit_share > 0 and prof.alpha_share < 0.9:
        values = prof.values.slice(0, SUBSAMPLE).to_pylist()
        if any(ord(v[0]) >= 0x3000 for v in values[:5]) and sum(bool(_JAPANESE.match(v)) for v in values) >= MIN_SHARE * len(values):
            return JAPANESE
    return ()


#: Street types that end a compound word (Dutch, German, Nordic, Finnish, Icelandic).
STREET_ENDINGS = ("straat", "laan", "weg", "singel", "gracht", "plein", "kade", "dreef", "hof", "pad",
                  "baan", "boulevard", "steeg", "strasse", "str.", "gasse", "platz", "allee", "damm",
                  "ring", "ufer", "gatan", "vagen", "grand", "torget", "stigen", "backen", "leden",
                  "gade", "vej", "veien", "gata", "katu", "ulica", "tie", "kuja", "polku", "vegur", "stræti",
                  "straeti")
#: Street types that are words of their own (first or last word of the name), in the Latin
#: script folded (`út` is `ut`) and in Cyrillic, Greek, Hebrew and Arabic.
STREET_WORDS = frozenset("""street st road rd avenue ave lane ln drive dr close way crescent grove court
place square terrace parkway boulevard blvd rue chemin allee impasse avenue quai calle avenida
paseo plaza carrer camino via viale piazza corso largo vicolo rua travessa estrada ulica ul aleja
utca ut ter korut ulice namesti trida nabrezi namestie cesta trg put obala avenija tanav maantee
puiestee mnt gatve prospektas iela bulvaris prospekts ulitsa bulevard odos leoforos strada bulevardul
calea aleea soseaua piata sokak sokagi cadde caddesi bulvari plac osiedle jalan jl jln lorong duong
đuong jiron carrera diagonal transversal pasaje avda alameda praca route pr gate vei
ул улица бул булевард пр проспект пл площадь пер переулок шоссе бульвар вул вулиця просп пров
οδος λεωφορος רחוב רח שדרות שד شارع
""".split())
#: Share of the distinct values that must be street names.
MIN_STREETS = 0.6


def _street_name(value: str) -> bool:
    text = value.lower()
    words = [w for w in (text if text.isascii() else fold(value)).replace(",", " ").split() if not w[:1].isdigit()]
    if not 1 <= len(words) <= 6:
        return False
    first = words[0].strip(".")
    return ((first in STREET_WORDS and first not in TITLES_FIRST) or words[-1].strip(".") in STREET_WORDS
            or any(len(w) > 5 and w.endswith(STREET_ENDINGS) for w in words))


#: Street types that never begin a street's name but begin people's and churches' (`Dr A. Patel`,
#: `St Mary's`): only a last word counts.
TITLES_FIRST = frozenset({"dr", "st"})


def street_names(prof: Profile) -> bool:
    """Most values are street names (with or without a house number)."""
    if prof.kind != "string" or prof.distinct < 5 or prof.mean_words > 6 or prof.alpha_share < 0.5:
        return False
    head = prof.values.slice(0, PROBE).to_pylist()
    if sum(map(_street_name, head)) < MIN_STREETS * len(head) / 2:
        return False  # a quick look first: most columns are not streets
    values = prof.values.slice(0, SUBSAMPLE).to_pylist()
    return sum(map(_street_name, values)) >= MIN_STREETS * len(values)


#: A house number of any script: digits, perhaps a letter (5а, 12b) or a unit (3а/8, 266-14).
_HOUSE_NUMBER = re.compile(r"^\d{1,5}[^\W\d_]?(?:[-/]\d{1,5}[^\W\d_]?)?[,.]?$")
#: Share of the values that must be shaped like an address for `address_shaped`.
MIN_SHAPED = 0.7


def _address_shaped(value: str) -> bool:
    words = value.replace(",", " , ").replace("(", " ").replace(")", " ").split()  # `829 (미경황이면)`
    letters = [w for w in words if len(w) >= 3 and w[0].isalpha()]
    numbers = [w for w in words if _HOUSE_NUMBER.match(w)]
    return 2 <= len(words) <= 16 and bool(letters) and 1 <= len(numbers) <= 4


def address_shaped(prof: Profile) -> bool:
    """Most values are words with a house number, in any script or order (`Крсте Мисирков 7`,
    `აბაშიძე ირაკლის ქ. 66, სენაკი`, `Số 662 Hẻm 53 Lê Lợi`): an address where the column's
    name says so, though no street pattern of a known language matches."""
    if (prof.kind != "string" or prof.distinct < 5 or prof.distinct < 0.5 * prof.non_null
            or not 6 <= prof.mean_length <= 90):
        return False
    values = prof.values.slice(0, SUBSAMPLE).to_pylist()
    return sum(map(_address_shaped, values)) >= MIN_SHAPED * len(values)

