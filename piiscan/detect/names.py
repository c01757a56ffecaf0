"""Column-name evidence on whole tokens.

`BillingPostalCode` -> ("billing", "postal", "code"); `first_name` -> ("first", "name").
Keywords are matched as whole token sequences, or as one compound token ("firstname"),
never as substrings: `filename` is not a name, `passenger` is not a password.

Names and keywords in any script are read through one transliteration (anyascii):
`ДатаРождения` -> ("data", "rozhdeniya"), `lønn` -> ("lonn",), `małżonek` -> ("malzonek",),
`體溫` -> ("ti", "wen"); letters that accents alone do not explain (ø, ł, ð, ı) would
otherwise split a word, and a name in Cyrillic, Greek, Arabic or Han script would say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from piiscan.text import fold

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")


@lru_cache(maxsize=65536)
def tokenize(name: str) -> tuple[str, ...]:
    """Split a column name into lower-case, accent-free tokens (snake, kebab, camel, dotted);
    a name in another script is transliterated first."""
    if not name.isascii():
        name = anyascii(name.replace("ß", "ss").replace("ẞ", "SS"))
    spaced = _CAMEL.sub(" ", name)
    folded = _DIGITS.sub(" ", fold(spaced))
    return tuple(t for t in _SPLIT.split(folded) if t)


@lru_cache(maxsize=65536)
def expand(tokens: tuple[str, ...], abbreviations: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Data-warehouse abbreviations written out: ("cust", "fnm") -> ("customer", "first", "name")."""
    if not abbreviations:
        return tokens
    table = dict(abbreviations)
    out: list[str] = []
    for token in tokens:
        out.extend(tokenize(table[token]) if token in table else (token,))
    return tuple(out)


def keyword_tokens(keyword: str) -> tuple[str, ...]:
    """A rule keyword as tokens: 'first name' -> ('first', 'name'); 'E-Mail' -> ('e', 'mail')."""
    return tokenize(keyword)


def find_keyword(tokens: tuple[str, ...], keyword: tuple[str, ...]) -> tuple[int, int] | None:
    """Where `keyword` occurs in `tokens`, as a token run or glued into one compound token.

    Returns (start, end) token indices, or None.
    """
    if keyword and keyword[0] not in tokens and "".join(keyword) not in tokens:
        return None  # quick exit (most calls): neither the run's first token nor the compound occurs
    n = len(keyword)
    for start in range(len(tokens) - n + 1):
        if tokens[start : start + n] == keyword:
            return start, start + n
    glued = "".join(keyword)
    if n > 1 or len(glued) >= 3:
        for index, token in enumerate(tokens):
            if token == glued:
                return index, index + 1
    return None


@dataclass(frozen=True)
class NameMatch:
    """A rule keyword found in a column name."""

    rule: str
    keyword: str
    language: str
    strong: bool
    span: tuple[int, int]


def match_names(column: str, rules, settings) -> dict[str, NameMatch]:
    """Column-name evidence for each rule whose keywords occur in `column` as whole tokens.

    A keyword loses when a longer keyword of another rule covers it (`ip address` beats
    `address`), when the name carries one of the rule's deny tokens (`company name`), or when
    the name ends or starts with a modifier the keyword doesn't cover (`address_id`,
    `email_verified_at`, `is_email`).
    """
    tokens = expand(tokenize(column), settings.abbreviations)
    while tokens and tokens[-1].isdigit():  # address2, phone_1
        tokens = tokens[:-1]
    if not tokens:
        return {}
    found = _match_tokens(tokens, rules, settings)
    if not found and any(map(_UMLAUTS.search, tokens)):
        # German written without umlauts: `fuehrerschein`, `geschaeftsfuehrer` (keywords are folded: `fuhrerschein`)
        found = _match_tokens(tuple(_UMLAUTS.sub(lambda m: m.group()[0], t) for t in tokens), rules, settings)
    if not found and len(tokens[-1]) > 4:
        # a column holding several values of a kind is named in the plural: `phones`,
        # `emails`, `telefoane`, `telefonlar`: the last word's singular
        for singular in singulars(tokens[-1]):
            found = {name: match for name, match in _match_tokens((*tokens[:-1], singular), rules, settings).items()
                     if rules.by_name(name).category not in COUNTED}
            if found:
                break
    if not found and len(tokens) == 1 and len(tokens[0]) > 3 and tokens[0][-1] in _COUPLE_SUFFIXES:
        # survey variables of a couple: `agew`, `educh`, `wagew` (the wife's, the husband's age,
        # schooling, wage): an attribute of people's keyword and the letter of whose it is
        found = {name: match for name, match in _match_tokens((tokens[0][:-1],), rules, settings).items()
                 if rules.by_name(name).subject == "person" and match.strong}
    return found


#: Plural endings of nouns and what their singular ends in: English, Romance, Germanic,
#: Romanian, Turkish, Slavic. Tried longest first; the singular keeps at least four letters.
PLURAL_ENDINGS = (("ies", "y"), ("oane", "on"), ("uri", ""), ("lar", ""), ("ler", ""), ("es", ""), ("en", ""),
                  ("er", ""), ("ar", ""), ("s", ""), ("e", ""), ("i", ""), ("i", "o"), ("y", ""))


#: Categories whose plural names count rather than list (`failed_logins`, `visits`).
COUNTED = frozenset({"OTHER_PII", "CREDENTIAL"})


def singulars(token: str) -> list[str]:
    """Singular forms a plural token may have (`phones` -> `phone`, `telefoane` -> `telefon`)."""
    return [token[: len(token) - len(end)] + then for end, then in PLURAL_ENDINGS
            if token.endswith(end) and len(token) - len(end) + len(then) >= 4]


#: Last letters of survey variables that say whose attribute it is: the wife's, the husband's.
_COUPLE_SUFFIXES = frozenset("wh")
#: Umlauts spelled with an e after the vowel, where a keyboard has none.
_UMLAUTS = re.compile("ae|oe|ue")


def _match_tokens(tokens: tuple[str, ...], rules, settings) -> dict[str, NameMatch]:
    found: dict[str, NameMatch] = {}
    index = _keyword_index(rules)
    best: NameMatch | None = None
    current = None
    # only the keywords that can occur in these tokens, in the order of the rules and their
    # keyword lists (ties go to the first, as before): cost per column flat in the rule count
    for entry in index.candidates(tokens):
        rule, strong, language, keyword = entry[:4]
        if rule is not current:
            if best is not None:
                found[current.name] = best
            current, best = rule, None
        if rule.deny_names and any(t in rule.deny_names for t in tokens):
            continue
        if keyword.startswith("="):  # counts only as the whole name: =last, not last_login
            whole = _keyword_tokens(keyword[1:])
            span = (0, len(tokens)) if tokens == whole or "".join(tokens) == "".join(whole) else None
        else:
            span = find_keyword(tokens, _keyword_tokens(keyword))
        if span is None:
            continue
        if not _covers_modifiers(tokens, span, settings) and not (
                rule.category == "CREDENTIAL" and tokens[-1] in _SECRET_FORMS):
            continue  # `email_hash` is no e-mail, but `lozinka_hash` is still a password
        candidate = NameMatch(rule.name, keyword, language, strong, span)
        if best is None or _better(candidate, best):
            best = candidate
    if best is not None:
        found[current.name] = best
    return {
        name: match for name, match in found.items()
        if not any(_dominates(other, match) for other in found.values() if other.rule != name)
    }


#: Words that join the parts of a keyword and that column names leave out (`licencia de conducir`
#: as `licencia_conducir`, `lieu de naissance` as `lieu_naissance`, `numero ng telepono`).
CONNECTORS = frozenset("de di da du des del della dello do dos das of the van von der den ng ya wa".split())


def without_connectors(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A keyword's tokens without the joining words inside it (never its first or last word)."""
    if len(tokens) < 3:
        return tokens
    inner = tuple(t for t in tokens[1:-1] if t not in CONNECTORS)
    return (tokens[0], *inner, tokens[-1])


class _KeywordIndex:
    """Every keyword of a rule set, in rule and list order, looked up by the tokens that
    can make it match: its first token, its glued form (`firstname`), its whole-name form."""

    def __init__(self, rules) -> None:
        self.entries: list[tuple] = []
        self.by_token: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.always: list[int] = []
        for rule in rules:
            for strong, table in ((True, rule.names), (False, rule.weak_names)):
                for language, keywords in table.items():
                    for keyword in keywords:
                        n = len(self.entries)
                        self.entries.append((rule, strong, language, keyword))
                        if keyword.startswith("="):
                            self.by_name.setdefault("".join(_keyword_tokens(keyword[1:])), []).append(n)
                            continue
                        tokens = _keyword_tokens(keyword)
                        if not tokens:
                            self.always.append(n)
                            continue
                        self.by_token.setdefault(tokens[0], []).append(n)
                        glued = "".join(tokens)
                        if len(tokens) > 1 or len(glued) >= 3:
                            self.by_token.setdefault(glued, []).append(n)
                        inner = without_connectors(tokens)
                        if inner != tokens:  # `licencia de conducir` is written `licencia_conducir` too
                            self.entries.append((rule, strong, language, " ".join(inner)))
                            self.by_token.setdefault(inner[0], []).append(len(self.entries) - 1)
                            self.by_token.setdefault("".join(inner), []).append(len(self.entries) - 1)

    def candidates(self, tokens: tuple[str, ...]) -> list[tuple]:
        ids = set(self.always)
        for token in set(tokens):
            ids.update(self.by_token.get(token, ()))
        ids.update(self.by_name.get("".join(tokens), ()))
        return [self.entries[i] for i in sorted(ids)]


def per_rule_set(build):
    """`build(rules)` made once per rule set and kept while that set is among the last few
    used (a rule set is not hashable; its identity is checked, so a new set at a reused id is
    built anew)."""
    cache: dict[int, tuple[object, object]] = {}

    def get(rules):
        cached = cache.get(id(rules))
        if cached is None or cached[0] is not rules:
            if len(cache) > 16:
                cache.clear()
            cached = cache[id(rules)] = (rules, build(rules))
        return cached[1]

    return get


_keyword_index = per_rule_set(_KeywordIndex)


@lru_cache(maxsize=8192)
def _keyword_tokens(keyword: str) -> tuple[str, ...]:
    return tokenize(keyword)


#: A secret's hash is a secret too: these suffixes keep a credential's keyword.
_SECRET_FORMS = frozenset({"hash", "hashed", "digest", "encrypted", "enc"})


def _covers_modifiers(tokens: tuple[str, ...], span: tuple[int, int], settings) -> bool:
    if span[1] < len(tokens) and tokens[-1] in settings.modifier_suffixes:
        return False
    if span[0] > 0 and tokens[0] in settings.modifier_prefixes:
        return False
    return True


def _width(match: NameMatch) -> int:
    return match.span[1] - match.span[0]


def _better(a: NameMatch, b: NameMatch) -> bool:
    return (a.strong, _width(a), a.span[1]) > (b.strong, _width(b), b.span[1])


def _dominates(a: NameMatch, b: NameMatch) -> bool:
    """`a` covers `b`'s tokens with a longer keyword, or is strong where `b` is weak on the same tokens."""
    inside = a.span[0] <= b.span[0] and b.span[1] <= a.span[1]
    if not inside:
        return False
    if _width(a) > _width(b):
        return True
    if a.strong and not b.strong:
        return True
    # same width, both equally strong: the one nearer the end of the name is the head noun
    return False


def denied_rules(column: str, rules) -> frozenset[str]:
    """Rules that the column name rules out: a deny token (`company` for person names). A
    positional name (`field1`, `column_3`: one word and a number) says nothing of the values."""
    words = tokenize(column)
    if len(words) == 2 and words[1].isdigit():
        return frozenset()
    tokens = set(words)
    return frozenset(r.name for r in rules if r.deny_names and tokens & r.deny_names)


def is_identifier_name(column: str, settings) -> bool:
    """The name ends like a key, a number or a code (order_id, sales_rep_employee_number,
    Kundennummer):
    weak value patterns (postal-code-like digits) don't count for it."""
    tokens = expand(tokenize(column), settings.abbreviations)
    if not tokens:
        return False
    last = tokens[-1]
    return (last in settings.modifier_suffixes or last in settings.identifier_suffixes
            or any(len(s) >= 4 and len(last) > len(s) + 2 and last.endswith(s)
                   for s in settings.identifier_suffixes))  # Kundennummer, barcode


def nested_names(leaf: str, parent: str, rules) -> dict[str, NameMatch]:
    """A nested key that says only which part of its parent it is (`names.given`,
    `customer.profile.family`, `driver.licence`): matched with its parent's last word after it
    (`given name`) or before it (`driver licence`), singular, or with `name` under a person or a
    profile, when the leaf alone matches nothing."""
    from piiscan.detect.subject import PERSON_WORDS

    tokens = tokenize(parent) if parent else ()
    if not tokens or len(tokenize(leaf)) != 1:
        return {}
    word = tokens[-1][:-1] if tokens[-1].endswith("s") and len(tokens[-1]) > 3 else tokens[-1]
    found = match_names(f"{leaf} {word}", rules, rules.names)
    if not found:  # the parent first: `driver.licence` is a driver licence
        found = match_names(f"{word} {leaf}", rules, rules.names)
    if not found and any(t in PERSON_WORDS or t in ("profile", "identity") for t in tokens):
        found = match_names(f"{leaf} name", rules, rules.names)
    return {rule: match for rule, match in found.items() if match.strong}


#: Languages that write compounds as one word (Bruttogehalt, utdelningsadress, geboortedatum).
COMPOUND_LANGUAGES = frozenset({"de", "nl", "sv", "da", "nb", "fi"})
#: The shortest keyword read at the end of a compound, and the least left before it (six:
#: `Verwalter` ends in `alter`, which is no age).
COMPOUND_MIN_KEYWORD, COMPOUND_MIN_REST = 6, 3


def compound_names(column: str, rules) -> dict[str, NameMatch]:
    """Weak keyword evidence from the end of a compound word, in languages that compound
    (`bruttogehalt` ends in `gehalt`): used when the name matched no keyword as it is."""
    tokens = tokenize(column)
    found: dict[str, NameMatch] = {}
    for i, token in enumerate(tokens):
        if len(token) < COMPOUND_MIN_KEYWORD + COMPOUND_MIN_REST:
            continue
        for rule in rules:
            if rule.deny_names and any(t in rule.deny_names for t in tokens):
                continue
            for language, keywords in rule.names.items():
                if language not in COMPOUND_LANGUAGES or rule.name in found:
                    continue
                for keyword in keywords:
                    if (" " not in keyword and not keyword.startswith("=") and len(keyword) >= COMPOUND_MIN_KEYWORD
                            and len(token) >= len(keyword) + COMPOUND_MIN_REST and token.endswith(keyword)):
                        found[rule.name] = NameMatch(rule.name, keyword, language, False, (i, i + 1))
                        break
    return found
