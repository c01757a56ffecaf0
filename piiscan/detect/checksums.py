"""National IDs known by their checksums alone, whatever the column is called and whichever
country issued them (issue 11: names that say nothing; other locales).

A column of identifier-shaped values (digits, perhaps a check letter and separators, one
length) is tried against the personal identifiers python-stdnum knows: birth numbers,
personal codes, social security and personal tax numbers of about sixty countries. One of
them counts when nearly all the column's values pass it and the same characters, shuffled
position by position across the values, mostly fail it. The shuffle keeps what every value
of the column shares (lengths, a leading digit, a plausible date) and breaks the check
digits, so an identifier whose check accepts any number of its shape (a date and a serial,
a length rule) never counts, and neither does one that accepts random digits often.

Plain values out: a `ValueMatch` for the generic `national_id` rule (`bank_account` for account
numbers with a check digit), validated.
"""

from __future__ import annotations

import importlib
import random
import re
from functools import lru_cache

import pyarrow.compute as pc

from piiscan.detect.profile import Profile
from piiscan.detect.screen import ValueMatch
from piiscan.validators import stdnum_validator

#: python-stdnum modules of identifiers that only people have (or that name a person where a
#: person holds one), by country. Company, VAT and securities numbers are not here.
PERSONAL_IDS = (
    "ar.dni", "ar.cuit", "at.vnr", "au.tfn", "be.nn", "be.ssn", "bg.egn", "br.cpf", "ca.sin", "ch.ssn",
    "cl.rut", "cn.ric", "co.nit", "cr.cpf", "cu.ni", "cz.rc", "de.idnr", "dk.cpr", "do.cedula",
    "ec.ci", "ee.ik", "es.dni", "es.nie", "fi.hetu", "fr.nir", "gb.nhs", "gr.amka", "hr.oib", "id.nik",
    "ie.pps", "il.idnr", "in_.aadhaar", "in_.pan", "is_.kennitala", "it.codicefiscale", "jp.in_", "kr.rrn",
    "lt.asmens", "mu.nid", "mx.curp", "my.nric", "nl.bsn", "no.fodselsnummer", "nz.ird", "pe.cui",
    "pk.cnic", "pl.pesel", "pt.cc", "ro.cnp", "se.personnummer", "sg.uen", "si.emso", "sk.rc", "th.pin",
    "tr.tckimlik", "ua.rntrc", "us.ssn", "uy.rut", "za.idnr",
    # personal and tax numbers that people and firms share a scheme of: a person's form only
    "ru.inn", "lv.pvn", "ke.pin", "mx.rfc", "pt.nif", "vn.mst", "id.npwp", "fi.veronumero", "us.itin",
    "in_.epic", "be.bis", "ca.bc_phn",
)
#: A person's form of a scheme that firms use too (compact value -> whether it is a person's):
#: a Russian INN of 12 digits, a Latvian code that begins with a birth day or 32, a Kenyan PIN
#: that begins with A, a Mexican RFC of 13 characters, a Portuguese NIF that begins with 1-3.
PERSON_FORMS = {
    "ru.inn": lambda c: len(c) == 12,
    "lv.pvn": lambda c: c[:1] in "0123",
    "ke.pin": lambda c: c[:1].upper() == "A",
    "mx.rfc": lambda c: len(c) == 13,
    "pt.nif": lambda c: c[:1] in "123",
}
#: Bank account numbers with a check digit (Argentine CBU, Norwegian, Czech, New Zealand
#: accounts, Spanish CCC): found as bank accounts, not national IDs.
BANK_ACCOUNTS = ("ar.cbu", "no.kontonr", "cz.bankaccount", "nz.bankaccount", "es.ccc")
#: Distinct values tried per column, and the least number that makes a figure.
TRIED = 60
MIN_TRIED = 12
#: The first values decide quickly whether a module is worth trying on the rest: at least
#: 3 of 4 (a column 95% valid passes 99% of the time; random digits past a check digit 0.4%).
EARLY, EARLY_PASS = 4, 3
#: Nearly all values pass, and shuffled characters mostly fail.
MIN_PASS = 0.9
MAX_SHUFFLED = 0.3
#: The score of a column whose values pass a personal identifier's checksum.
SCORE = 0.85
_SEPARATORS = re.compile(r"[\s./-]")
#: The Luhn check of IMEIs and cards (digits only), python-stdnum's as the `luhn` validator's.
_LUHN = stdnum_validator("stdnum.luhn")
_SHAPE = r"^\s*[A-Za-z]{0,2}[\d\s./-]{5,22}[\dA-Za-z]?\s*$"


def checksum_match(prof: Profile, seed: int = 0) -> ValueMatch | None:
    """The personal identifier (or bank account) whose checksum the column's values pass
    (None: none does); a match of the `national_id` or the `bank_account` rule."""
    if prof.kind not in ("string", "integer") or prof.distinct < MIN_TRIED or not 6 <= prof.mean_length <= 24:
        return None
    if prof.digit_share < 0.6:
        return None  # not identifier-shaped
    shaped = pc.match_substring_regex(prof.values, _SHAPE)
    if pc.sum(shaped).as_py() < MIN_PASS * prof.distinct:
        return None
    picked = prof.values.to_pylist()
    random.Random(seed).shuffle(picked)
    picked = [v.strip() for v in picked[:TRIED]]
    compact = [_SEPARATORS.sub("", v) for v in picked]
    lengths = {len(c) for c in compact}
    if max(lengths) - min(lengths) > 2:
        return None  # identifiers of one kind have one length (or two, with a check letter)
    if lengths == {15} and all(map(_LUHN, compact)):
        return None  # IMEIs (and 15-digit cards): a device's number, Luhn-checked, not a person's ID
    best = None
    for name in (*PERSONAL_IDS, *BANK_ACCOUNTS):
        check = _validator(name)
        if name in PERSON_FORMS and not all(PERSON_FORMS[name](c) for c in compact[:EARLY]):
            continue
        if check is None or sum(check(v) for v in picked[:EARLY]) < EARLY_PASS:
            continue
        passed = [v for v in picked if check(v)]
        if len(passed) < MIN_PASS * len(picked):
            continue
        shuffled = _shuffled(compact, seed)
        share = sum(check(v) for v in shuffled) / len(shuffled) if shuffled else 1.0
        if share <= MAX_SHUFFLED and (best is None or len(passed) - share > best[1] - best[2]):
            best = (name, len(passed), share, passed)
    if best is None:
        return None
    name, passed, share, examples = best
    rows = round(prof.non_null * passed / len(picked))
    rule = "bank_account" if name in BANK_ACCOUNTS else "national_id"
    return ValueMatch(rule, f"stdnum:{name}", SCORE, rows=rows,
                      distinct=round(prof.distinct * passed / len(picked)), validated=True,
                      checked=len(picked), examples=tuple(examples[:3]), candidates=prof.distinct)


def describe_check(pattern: str) -> str | None:
    """How a match's pattern name says it was validated (`stdnum:sk.rc`), for its evidence."""
    if not pattern.startswith("stdnum:"):
        return None
    return f"the {pattern[7:]} checksum (python-stdnum), which the same digits shuffled fail"


def _shuffled(compact: list[str], seed: int) -> list[str]:
    """The values of the most common length with each position's characters shuffled across
    them: the column's shape kept, its check digits broken."""
    by_length: dict[int, list[str]] = {}
    for value in compact:
        by_length.setdefault(len(value), []).append(value)
    group = max(by_length.values(), key=len)
    if len(group) < MIN_TRIED:
        return []
    rng = random.Random(seed + 1)
    columns = []
    for position in range(len(group[0])):
        chars = [v[position] for v in group]
        rng.shuffle(chars)
        columns.append(chars)
    return ["".join(chars) for chars in zip(*columns)]


@lru_cache(maxsize=None)
def _validator(name: str):
    """The checksum of python-stdnum's module `name` (None: not in this stdnum)."""
    try:
        module = importlib.import_module(f"stdnum.{name}")
    except ImportError:
        return None
    return stdnum_validator(f"stdnum.{name}") if hasattr(module, "is_valid") else None
