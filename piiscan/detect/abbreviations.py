"""Column names that cut an attribute's keyword short or wrap it in a survey transform
(`disab`, `occup`, `lnwage`, `npreg`, `agesq`): weak evidence for an attribute of people,
read when the name matched no keyword as it is (piiscan.detect.evidence)."""

from __future__ import annotations

from piiscan.detect.names import NameMatch, per_rule_set, tokenize


#: Survey variables written around an attribute's word: its log (`lnwage`, `logexper`), a
#: count of it (`npreg`, `nkids`, `numchild`), its square (`agesq`, `expersq`).
TRANSFORM_PREFIXES = ("log", "ln", "num", "n")
TRANSFORM_SUFFIXES = ("sq",)
#: The shortest cut-short word read (`disab`, `occup`; `preg` inside `npreg`), and the least cut
#: from the keyword: four letters alone are too often a whole word of another language (`sala`, `band`).
ABBREVIATION_MIN, INNER_ABBREVIATION_MIN, ABBREVIATION_CUT = 5, 4, 2
#: Keywords read cut short only in English, where codebooks cut words (`educ`, `disab`): a cut
#: transliteration of another language is too often a word of a third (`talla`, `sthan`).
ABBREVIATING_LANGUAGES = frozenset({"en"})


def abbreviated_names(column: str, rules) -> dict[str, NameMatch]:
    """Weak evidence for an attribute of people (rules with `subject: person`) from a one-word
    name that is one of its one-word keywords cut short (`disab`: disability, `occup`:
    occupation) or a keyword inside a survey transform (`lnwage`, `npreg`, `agesq`): used when
    the name matched no keyword as it is. Weak, and such rules count only where the rows
    describe people, so a machine's `cond` stays a code."""
    tokens = tokenize(column)
    if len(tokens) != 1 or not tokens[0].isalpha():
        return {}
    token = tokens[0]
    inner = [token[len(p):] for p in TRANSFORM_PREFIXES if token.startswith(p)]
    inner += [token[:-len(s)] for s in TRANSFORM_SUFFIXES if token.endswith(s)]
    whole, cut = _person_keywords(rules)
    found: dict[str, NameMatch] = {}
    for word in inner:  # a whole keyword inside the transform: `agesq`, `lnwage`
        if len(word) >= 3:
            for rule, language, keyword in whole.get(word, ()):
                found.setdefault(rule, NameMatch(rule, keyword, language, False, (0, 1)))
    if found:
        return found
    for word in (token, *inner):  # cut short: `disab`, `npreg` (a count of pregnancies)
        if len(word) >= (ABBREVIATION_MIN if word is token else INNER_ABBREVIATION_MIN):
            for rule, language, keywords in cut:
                keyword = next((k for k in keywords if len(k) >= len(word) + ABBREVIATION_CUT and k.startswith(word)), None)
                if keyword:
                    found.setdefault(rule, NameMatch(rule, keyword, language, False, (0, 1)))
        if found:
            return found
    return found


@per_rule_set
def _person_keywords(rules) -> tuple[dict[str, list[tuple[str, str, str]]], list[tuple[str, str, tuple[str, ...]]]]:
    """For the rules with `subject: person`, built once per rule set: each one-word strong
    keyword -> the (rule, language, keyword) of every such rule that has it (its first
    language), and each rule's one-word keywords in ABBREVIATING_LANGUAGES, in list order."""
    whole: dict[str, list[tuple[str, str, str]]] = {}
    cut: list[tuple[str, str, tuple[str, ...]]] = []
    for rule in rules:
        if rule.subject != "person":
            continue
        seen: set[str] = set()
        for language, keywords in rule.names.items():
            one_word = tuple(k for k in keywords if " " not in k and not k.startswith("="))
            for keyword in one_word:
                if keyword not in seen:
                    seen.add(keyword)
                    whole.setdefault(keyword, []).append((rule.name, language, keyword))
            if language in ABBREVIATING_LANGUAGES and one_word:
                cut.append((rule.name, language, one_word))
    return whole, cut
