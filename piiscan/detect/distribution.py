"""What the values of a column say together, beyond the shape of each one.

A single value shaped like a postal code, an IP address or a date says little; the whole
column says more: unique integers over a dense range are a key or a counter, dotted numbers
whose parts are all small are versions, dates that spread over decades with none in the future
and no time of day are birth dates, a value set with both a female and a male marker is a
gender column. Computed once per column from its profile (distinct values with counts).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import statistics
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piiscan.text import fold
from piiscan.detect.attributes import blood_pressures
from piiscan.detect.address import one_line_addresses, street_names
from piiscan.detect.composite import contact_parts, name_logins
from piiscan.detect.idshape import id_numbers
from piiscan.detect.nameshape import name_like
from piiscan.detect.profile import Profile
from piiscan.detect.towns import towns
from piiscan.validators import parse_date

#: Distinct values parsed per column when judging dates.
DATE_SUBSAMPLE = 200
_INTEGER = r"^-?\d{1,15}$"
_UUID = r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
_IPV4 = r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"
_DATE_LIKE = (r"^\s*(?:\d{1,4}[-/.] ?\d{1,2}[-/.] ?\d{1,4}|(?:19|20)\d{6}|\d{1,2}[ /-][A-Za-z]{3,9}[ /-]\d{4}"
              r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{4}年\d{1,2}月\d{1,2}日|民[國国]\d{1,3}年)")
_MIDNIGHT = r"[ T]0{1,2}:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
_TIME = r"[ T]\d{1,2}:\d{2}"
#: Gender markers in many languages and scripts; a gender column holds both a female and a
#: male one. Folded like the values (accents stripped, Hangul decomposed).
_FEMALE_WORDS = """
f female woman women girl w mujer femenino weiblich femme feminin femmina feminino mulher donna
vrouw kvinna kvinde kvinne kona kvk kobieta nainen naine zena zenske zenski zenska kadin femeie
sieviete moteris no nő nona noi femer bean benyw dona emakumea vroulik perempuan wanita babae
mwanamke ke женский женщина жена жінка жіноча жіночий женски женско ж θήλυ γυναίκα γυναικείο
իգական կին qadın ayol მდედრობითი ქალი زن مونث مؤنث أنثى انثى أنثي נקבה אישה 女 女性 女子 여 여성 여자
महिला स्त्री মহিলা নারী பெண் หญิง nu nữ
жан жен жін жанчына жаночы жаночая mosadi omukazi mace obinrin nwanyi owesifazane dheddig vavy ሴት ស្រី ຍິງ ගැහැණු эмэгтэй әйел عورت ښځه
"""
_MALE_WORDS = """
m male man men boy h hombre masculino varon mannlich maennlich männlich homme masculin maschio uomo
homem mand mann karl kk mezczyzna mężczyzna mies mees muz muž muzske muski moski barbat bărbat
erkek virietis vīrietis vyras ferfi férfi mashkull fear gwryw home gizona manlik laki-laki lelaki
pria lalaki mwanaume me мужской мужчина мъж чоловік чоловіча чоловічий машки мушко м άρρεν άνδρας
ανδρικό արական տղամարդ kişi erkak მამრობითი კაცი مرد مذکر ذكر זכר גבר 男 男性 男子 남 남성 남자
पुरुष পুরুষ ஆண் ชาย nam
муж мужч мужчына мужчынскі мужчынская чол monna omusajja namiji okunrin nwoke owesilisa lahy ragel mêr ወንድ ប្រុស ຊາຍ පිරිමි эрэгтэй نارینه
"""
FEMALE = frozenset(fold(w) for w in _FEMALE_WORDS.split())
MALE = frozenset(fold(w) for w in _MALE_WORDS.split())
#: At most this many distinct values in a gender column (several languages, unknown, other).
GENDER_DISTINCT = 16
#: Values of a goods' gender (who a garment or a product is for), never a person's sex.
GOODS_SEXES = frozenset({"unisex", "unisexe", "unisexo", "kids", "baby", "babies", "infant", "toddler",
                         "kinder", "enfant", "enfants", "nino", "ninos", "bambino", "bambini", "damen", "herren"})


@dataclass(frozen=True)
class Distribution:
    rows: int
    distinct: int
    key_like: bool  # unique integers over a dense range: a surrogate key, a counter, a serial
    versions: bool  # dotted quads whose parts are all small: versions, not IP addresses
    two_sexes: bool  # both a female and a male marker among few distinct values
    birth_dates: float  # 0..1: how much the dates look like dates of birth (0: not dates)
    date_detail: str = ""
    birth_calendar: str = ""  # the calendar other than the Gregorian that the births are written in (CALENDARS)
    flag: bool = False  # booleans, 0/1, Y/N: a flag, whatever the column is called
    years: bool = False  # four-digit numbers between 1900 and 2100: years, not postal codes
    uuids: bool = False  # UUIDs: keys
    round_numbers: bool = False  # mostly multiples of 100: amounts, not postal codes
    event_dates: bool = False  # dates with a time of day or in the future: events, not births
    name_like: bool = False  # many distinct values of one to three words shaped like names (piiscan.detect.nameshape)
    unreadable_names: bool = False  # name_like, in scripts the English NER model cannot read (its 0% says nothing)
    serial: bool = False  # unique integers over a range at most 10x their number: a serial (sampled)
    digit_values: float = 0.0  # share of rows with a digit: names of places have none
    parts: tuple[str, ...] = ()  # categories every value holds: one-line addresses, contact lines
    name_logins: bool = False  # login names that spell out people's names (first.last)
    street_names: bool = False  # street names by their street-type words (Faaslaan, Backgatan 12)
    goods_sexes: bool = False  # unisex, kids among few values: who goods are for, not a person's sex
    # measures of people (age, weight, height, bmi) the numbers fit; None: not numbers or not
    # asked (set in evidence.py where the name is one of a measure: attributes.fitting_measures)
    measures: tuple[str, ...] | None = None
    lower_case: bool = False  # values that begin with a letter begin with a small one: no names
    private_ips: bool = False  # IP addresses nearly all inside private networks: machines', not people's
    private_share: float = 0.0  # share of the IP addresses inside private networks (0: none or not IPs)
    sex_words: bool = False  # both sexes as words (`Nữ` / `Nam`, `女` / `男`), not letters only
    account_numbers: bool = False  # nearly unique long digit strings (`55214-003-8966499`): accounts without IBAN
    towns: bool = False  # most values are names of listed towns (piiscan.detect.towns)
    blood_pressures: bool = False  # systolic / diastolic pairs (`133/78`): health data (attributes.blood_pressures)
    id_numbers: bool = False  # unique digit strings of one length, not serial, not barcodes (piiscan.detect.idshape)


def describe(prof: Profile, today: _dt.date | None = None, seed: int = 0) -> Distribution:
    n, distinct = prof.non_null, prof.distinct
    if not n:
        return Distribution(0, 0, False, False, False, 0.0)
    birth, detail, events, calendar = _birth_dates(prof, today or _dt.date.today(), seed)
    return Distribution(
        rows=n, distinct=distinct,
        key_like=_key_like(prof),
        serial=_key_like(prof, SERIAL_SPAN),
        versions=_versions(prof),
        **dict(zip(("two_sexes", "sex_words"), _two_sexes(prof))),
        goods_sexes=_goods_sexes(prof),
        lower_case=_lower_case(prof),
        birth_dates=birth, date_detail=detail, birth_calendar=calendar,
        flag=_flag(prof),
        years=_years(prof),
        uuids=prof.kind == "string" and 32 <= prof.mean_length <= 36 and _all_match(prof.values, _UUID),
        round_numbers=_round_numbers(prof),
        event_dates=events,
        **dict(zip(("name_like", "unreadable_names"), name_like(prof))),
        digit_values=_digit_values(prof),
        parts=one_line_addresses(prof) or contact_parts(prof),
        name_logins=name_logins(prof),
        street_names=street_names(prof),
        account_numbers=_account_numbers(prof),
        towns=towns(prof),
        blood_pressures=blood_pressures(prof),
        id_numbers=id_numbers(prof),
        **_private(prof),
    )


def _all_match(values: pa.Array, regex: str) -> bool:
    return bool(pc.all(pc.match_substring_regex(values, regex)).as_py())


#: A key's range is at most this many times its number of distinct values (a whole table).
KEY_SPAN = 3
#: A serial's range, for a sample of a larger table: member numbers 1000-1800 sampled 100 times.
SERIAL_SPAN = 10


def _key_like(prof: Profile, span_factor: int = KEY_SPAN) -> bool:
    """Each value once, integers, and the range hardly wider than the number of values."""
    if prof.non_null < 10 or prof.distinct < 0.98 * prof.non_null:
        return False
    if prof.kind != "integer" and (prof.digit_share < 0.9 or not _all_match(prof.values, _INTEGER)):
        return False
    try:
        numbers = pc.cast(prof.values, pa.int64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False
    span = int(numbers.max()) - int(numbers.min()) + 1
    return span <= span_factor * prof.distinct


def _digit_values(prof: Profile) -> float:
    if prof.digit_share == 0 or prof.kind != "string":
        return 1.0 if prof.kind in ("integer", "float") else 0.0
    digits = pc.match_substring_regex(prof.values, r"\d")
    return (pc.sum(pc.if_else(digits, prof.counts, 0)).as_py() or 0) / prof.non_null


def _years(prof: Profile) -> bool:
    return (prof.distinct >= 3 and prof.digit_share == 1.0 and 3.5 < prof.mean_length < 4.5
            and _all_match(prof.values, r"^(?:19|20)\d{2}$"))


#: A bank account number of a national format: 8-34 characters of digits (a letter or two of a
#: bank code first at most), grouped by spaces, dashes, dots or slashes.
_ACCOUNT = r"^[A-Z]{0,4}\d[\d \-/.]{6,32}\d$"


def _account_numbers(prof: Profile) -> bool:
    """Nearly every value a different account-shaped digit string: what a bank account column
    holds where no IBAN is used (Canada's transit-institution-account, India's 9-18 digits).
    Said under a bank-account name only (piiscan.decide): order numbers have this shape too."""
    if prof.kind not in ("string", "integer") or prof.distinct < 10 or prof.distinct < 0.8 * prof.non_null:
        return False
    if not 8 <= prof.mean_length <= 34 or prof.digit_share < 0.75:
        return False
    shaped = pc.match_substring_regex(prof.values, _ACCOUNT)
    return (pc.sum(pc.if_else(shaped, prof.counts, 0)).as_py() or 0) >= 0.9 * prof.non_null


def _round_numbers(prof: Profile) -> bool:
    if prof.distinct < 5 or prof.digit_share < 0.8:
        return False
    round_ = pc.match_substring_regex(prof.values, r"^-?[1-9]\d*00(?:\.0+)?$")
    return (pc.sum(pc.if_else(round_, prof.counts, 0)).as_py() or 0) >= 0.5 * prof.non_null


#: Distinct IP-shaped values parsed per column when judging private networks.
IP_SUBSAMPLE = 200
_IP_LIKE = r"^\s*(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)\s*$"


def _private(prof: Profile) -> dict:
    """The share of the column's IP addresses (at least half its distinct values) in private,
    loopback or link-local networks (10.x, 192.168.x, fe80::), and whether nearly all (95%)
    are: a network's machines. Addresses people's devices show to the world are public."""
    if prof.kind != "string" or not prof.distinct or prof.mean_length > 45:
        return {}
    shaped = prof.values.filter(pc.match_substring_regex(prof.values, _IP_LIKE))
    if len(shaped) < 0.5 * prof.distinct:
        return {}
    import ipaddress
    parsed = []
    for value in shaped.slice(0, IP_SUBSAMPLE).to_pylist():
        try:
            parsed.append(ipaddress.ip_address(value.strip()))
        except ValueError:
            continue
    inside = sum(1 for a in parsed if a.is_private or a.is_loopback or a.is_link_local)
    if len(parsed) < 3:
        return {}
    return {"private_share": inside / len(parsed), "private_ips": inside >= 0.95 * len(parsed)}


#: Names of sites, plants and firms share a last word (`Davidmouth Solar`, `Pärnu Kultuurimaja`,
#: `Vid Markovič s.p.`) in at least this share of their values; people's names do not.
SHARED_WORD = 0.3


def shared_word(prof: Profile) -> str | None:
    """The last word that at least `SHARED_WORD` of the column's (distinct, multi-word) values
    end with, if any: a kind of site or a legal form, not a surname."""
    if prof.kind != "string" or prof.distinct < 20 or prof.mean_words < 1.5 or prof.mean_length > 60:
        return None
    values = prof.values.slice(0, 200).to_pylist()
    lasts = Counter(fold(words[-1]) for words in (v.split() for v in values) if len(words) >= 2)
    if not lasts:
        return None
    word, count = lasts.most_common(1)[0]
    return word if count >= SHARED_WORD * len(values) and not word.isdigit() else None


def _versions(prof: Profile) -> bool:
    if prof.kind != "string" or prof.distinct < 3 or prof.digit_share < 0.5 or prof.mean_length > 16:
        return False
    quads = prof.values.filter(pc.match_substring_regex(prof.values, _IPV4))
    if len(quads) < 0.5 * prof.distinct:
        return False
    parts = pc.split_pattern(quads, ".")
    octets = pc.cast(pc.list_flatten(parts), pa.int64()).to_numpy(zero_copy_only=False).reshape(-1, 4)
    # real addresses spread their octets over 0-255; version parts stay small, but a build
    # number (the last part) may not: major.minor.patch all small and several majors/minors
    # (one subnet, 10.0.x.y, has a single major.minor)
    if np.mean(octets < 32) >= 0.95:
        return True
    leading = octets[:, :3] < 32
    return bool(np.mean(leading.all(axis=1)) >= 0.95 and len({(a, b) for a, b in octets[:, :2].tolist()}) >= 3)


_FLAG_VALUES = frozenset({"0", "1", "y", "n", "yes", "no", "true", "false", "t", "f", "on", "off", "x", "-1",
                          "si", "sí", "ja", "nein", "oui", "non", "sim", "nao", "não", "nee", "tak", "nie", "j", "s"})


def _flag(prof: Profile) -> bool:
    if prof.kind == "boolean":
        return True
    if prof.distinct > 2 or prof.non_null < 5:
        return False
    return all(v.strip().lower() in _FLAG_VALUES for v in prof.values.to_pylist())


def _lower_case(prof: Profile) -> bool:
    if prof.kind != "string" or prof.alpha_share < 0.8:
        return False
    # letters with a case only: Arabic, Devanagari or Han begin with neither a small letter nor a capital
    values = [v for v in prof.values.slice(0, 50).to_pylist() if v[:1].isupper() or v[:1].islower()]
    return bool(values) and sum(v[0].isupper() for v in values) < 0.2 * len(values)


def _goods_sexes(prof: Profile) -> bool:
    if prof.distinct > GENDER_DISTINCT or prof.kind != "string":
        return False
    return any(fold(v).strip() in GOODS_SEXES for v in prof.values.to_pylist())


def _two_sexes(prof: Profile) -> tuple[bool, bool]:
    """Whether both a female and a male marker are among the values, and whether as words
    (`Nữ` and `Nam`, `მდედრობითი`, `女`), not only letters (`F`, `M`: sizes and grades too)."""
    if prof.kind != "string" or prof.distinct > GENDER_DISTINCT:
        return False, False
    folded = {fold(v).strip() for v in prof.values.to_pylist()}
    female, male = folded & FEMALE, folded & MALE
    if not (female and male):
        return False, False
    worded = any(len(w) > 1 or not w.isascii() for w in female) and any(len(w) > 1 or not w.isascii() for w in male)
    return True, worded


#: Years of birth are at least this many years ago (a column of years that reaches the last
#: few years holds joinings, purchases or model years, not the births of the people in it).
BIRTH_YEAR_MIN_AGE = 12


def _birth_years(prof: Profile, today: _dt.date) -> tuple[float, str]:
    """Years of birth (`birth_year` 1944, 1972, 2004): four-digit years, none in the last few
    years or the future, plausible ages spread over decades, as dates of birth are."""
    if not (_years(prof) and prof.distinct >= 10):
        return 0.0, ""
    numbers = sorted(int(str(v).strip()) for v in prof.values.to_pylist())
    if numbers[-1] > today.year - BIRTH_YEAR_MIN_AGE:
        return 0.0, ""
    fit = _births(numbers, today, median_ages=(18, 85), oldest=110)
    if fit is None:
        return 0.0, ""
    score, spread, median_age, _ = fit
    return score, (f"{len(numbers)} distinct years from {numbers[0]} to {numbers[-1]}, none in the"
                   f" last {BIRTH_YEAR_MIN_AGE} years, spread {spread:.0f} years,"
                   f" median age {median_age:.0f}: years of birth")


#: Calendars birth dates are written in besides the Gregorian (issue 11: other locales): the
#: years a person born 1900 to today has in it, and the Gregorian year of a year in it. The
#: lunar Hijri year is marked (`1427/03/08 هـ`); an unmarked year of 1300-1420 is Solar Hijri.
CALENDARS = (
    ("the Solar Hijri calendar", (1279, 1405), lambda y: y + 621.2),
    ("the Bikram Sambat calendar", (1956, 2084), lambda y: y - 56.7),
)
LUNAR_HIJRI = ("the lunar Hijri calendar", (1317, 1449), lambda y: y * 0.970229 + 621.57)
#: Era marks written after or before a date: the lunar Hijri `هـ`, Minguo `民國` (ROC years + 1911).
_HIJRI_MARK = re.compile(r"\s*(?:هـ|ه|AH)\.?\s*$")
_MINGUO = re.compile(r"^\s*民[國国](\d{1,3})年(\d{1,2})月(\d{1,2})日\s*$")


def _calendar_date(value: str) -> tuple[_dt.date | None, bool]:
    """A date as written (its year in its own calendar), and whether it is marked lunar Hijri;
    Minguo dates come back in Gregorian years."""
    minguo = _MINGUO.match(value)
    if minguo:
        year, month, day = map(int, minguo.groups())
        try:
            return _dt.date(year + 1911, month, day), False
        except ValueError:
            return None, False
    stripped = _HIJRI_MARK.sub("", value)
    return parse_date(stripped), stripped != value


def _births(years: list[float], today: _dt.date, median_ages: tuple[float, float] = (12, 85),
            oldest: float = 115) -> tuple[float, float, float, float] | None:
    """(score, spread, median age, oldest age) when sorted Gregorian years spread like births:
    from 1900 on, none after next year, a median age within `median_ages`, none older than
    `oldest`, spread over decades."""
    ages = [today.year - y for y in years]
    spread = statistics.pstdev(years)
    middle = years[int(0.9 * (len(years) - 1))] - years[int(0.1 * (len(years) - 1))]
    median_age = statistics.median(ages)
    if years[0] < 1900 or years[-1] > today.year + 1 or max(ages) > oldest:
        return None
    if spread < 8 or middle < 20 or not median_ages[0] <= median_age <= median_ages[1]:
        return None
    return min(1.0, spread / 12), spread, median_age, max(ages)


def _other_calendar(years: list[float], lunar: bool, today: _dt.date) -> tuple[float, str, str]:
    """Dates that no Gregorian birth has (years before 1900, many in the future) read in the one
    calendar whose years they all lie in, when they then spread like births."""
    for name, (low, high), gregorian in (LUNAR_HIJRI,) if lunar else CALENDARS:
        if low <= years[0] and years[-1] <= high:
            fit = _births(sorted(gregorian(y) for y in years), today)
            if fit is not None:
                return fit[0], (f"{len(years)} dates of {int(years[0])} to {int(years[-1])} in {name}, ages"
                                f" {today.year - gregorian(years[-1]):.0f} to {fit[3]:.0f}, median {fit[2]:.0f}"), name
    return 0.0, "", ""


def _birth_dates(prof: Profile, today: _dt.date, seed: int) -> tuple[float, str, bool, str]:
    """Dates of birth: none in the future, no time of day, plausible ages, spread over decades
    (or years of birth alone: `_birth_years`; or dates of another calendar: `CALENDARS`)."""
    if prof.kind in ("integer", "string") and 3.5 < prof.mean_length < 4.5:
        return (*_birth_years(prof, today), False, "")
    compact = prof.kind == "integer" and 7.5 < prof.mean_length < 8.5  # 19521209: yyyymmdd as a number
    if (prof.kind not in ("string", "temporal") and not compact or prof.distinct < 10 or prof.mean_length > 40
            or prof.digit_share < 0.25):
        return 0.0, "", False, ""
    dated = pc.match_substring_regex(prof.values, _DATE_LIKE)
    if pc.sum(pc.if_else(dated, prof.counts, 0)).as_py() < 0.9 * prof.non_null:
        return 0.0, "", False, ""
    timed = pc.and_(pc.match_substring_regex(prof.values, _TIME),
                    pc.invert(pc.match_substring_regex(prof.values, _MIDNIGHT)))
    if pc.sum(pc.if_else(timed, prof.counts, 0)).as_py() >= 0.2 * prof.non_null:
        return 0.0, "", True, ""  # times of day: events, not births
    values = prof.values.to_pylist()
    if len(values) > DATE_SUBSAMPLE:
        values = random.Random(seed).sample(values, DATE_SUBSAMPLE)
    read = [_calendar_date(str(v)) for v in values]
    parsed = [d for d, _ in read if d is not None]
    if len(parsed) < 0.9 * len(values):
        return 0.0, "", False, ""
    years = sorted(d.year + d.timetuple().tm_yday / 366 for d in parsed)
    future = sum(d > today for d in parsed)
    events = future >= max(2, 0.05 * len(parsed))  # expiry dates, appointments
    if years[0] < 1900 or events:
        score, detail, calendar = _other_calendar(years, sum(lunar for _, lunar in read) >= 0.5 * len(read), today)
        if score:  # as Gregorian dates they would be events: only a birth-date name reads them so (decide)
            return score, detail, events, calendar
    if events:
        return 0.0, "", True, ""
    fit = None if future else _births(years, today)
    if fit is None:
        return 0.0, "", False, ""
    days = {d.day for d in parsed}
    if len(parsed) >= 30 and len(days) < 10:  # month starts or ends: periods, not births
        return 0.0, "", False, ""
    score, spread, median_age, _ = fit
    return score, (f"{len(parsed)} dates from {int(min(years))} to {int(max(years))}, none in the future,"
                   f" spread {spread:.0f} years, median age {median_age:.0f}"), False, ""
