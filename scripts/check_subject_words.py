"""Check piiscan/detect/subject_words.yaml, the table-subject words of other languages.

A wrong word makes piiscan miss personal data (a table taken for one of things) or report data
of things as personal, so every word must say one kind only, in every language:

- no single-token word shorter than 4 letters, no token run shorter than 4 letters in all;
- no word of two kinds: person in one language and thing, animal or event in another (or in
  piiscan's own English and Western European lists) is flagged in all of them;
- no word that is also an ordinary English, Spanish, French, German, Portuguese or Italian word
  of another meaning, or a common table or column name token (COMMON below), nor one of the
  ordinary words of those languages that Faker's lorem word lists hold, unless the file lists
  it under that very language (`familia` under es, `visite` under fr: the same word);
- no word that is a one-token column keyword of piiscan's rules (`nama`, `utas`, `gata`): such
  a word names a column's content, not whose rows a table holds (a person word may be the
  keyword of a rule that names a person: `conjoint`, `kasutaja`);
- no school or university word (SCHOOL below) of a thing or an event, and no order or
  payment word (ORDER) of any kind, but for the words READ;
- words listed once per language (a duplicate is harmless but flagged).

Prints each flagged word with its reason and exits 1 when there is any; a clean run exits 0.
Add what it flags to DROPPED in scripts/subject_words_native.py (with the reason), rebuild with
scripts/build_subject_words.py and run this again.

    PYTHONPATH=. python scripts/check_subject_words.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from piiscan.detect import subject  # noqa: E402
from piiscan.detect.names import tokenize  # noqa: E402

KINDS = ("person", "thing", "animal", "event")
WORDS = ROOT / "piiscan" / "detect" / "subject_words.yaml"

#: Tokens of common English table and column names, and ordinary English, Spanish, French,
#: German, Portuguese and Italian words, of another meaning than a table's subject: a word of
#: another language that is one of these would mislead (a table `bolt_sizes`, `mina_id`, `ball`).
COMMON = frozenset("""
data date list log user main test post info stat stats name names type types kind kinds code codes
value values item items key keys note notes text title status state level rank score rate ratio
amount total count number sum avg min max mean std time times day days week month year hour
start end open close closed from to by at in on of and or not yes no new old last first next
prev id ref uuid hash salt token password login session role group team unit units
line lines row rows col cols table tables view views index idx tmp temp backup archive history
event events action actions task tasks job jobs queue batch run runs step steps stage phase
file files path dir url link links image images photo photos video audio media doc docs page
pages form forms field fields tag tags label labels flag flags mode option options config
setting settings param params meta source target result results report reports summary
order orders payment payments invoice invoices bill bills cart basket price prices cost costs
fee fees tax taxes credit debit balance bank banks card cards cash money fund funds budget
deposit deposits loan loans share shares stock stocks bond bonds trade trades deal deals
school schools class classes course courses lesson exam grade grades campus university
address street city town zip postal phone mobile email mail fax web site sites host hosts
node port server client agent proxy cache queue stream topic channel message messages chat chats
ball bolt born burger plant plants mine mines mina nave long skip self make getter kits
mini magazine reserves credit cans veins lode eyes eye zoo vote boss lead leads gift mist
fast gift arts kind kinder hostia rent chakra folk beer once none tell seat spot sale sales
mesa casa cosa caso vida mundo tiempo parte forma lugar cuenta tipo dato datos lista fecha
nombre numero valor estado nivel pagina archivo carpeta entrada salida mano cara hora
firma firme personal equipo equipos ganado cita pasaje mata haya hanya cesta roba avis
banda vara gara tenda tendas locais consulta consultas assinatura signature assure assures
chose chats invite invites livre livres ferme fermes pret prets location locations adhesion
inscription inscriptions serveur serveurs personnel gaste sinistro autista anagrafica
termini karta karte kredit date datum zeit jahr monat tag teil stelle stellen art arten
nummer wert werte angabe angaben liste datei ordner eintrag eintrage gebiet lage stand
pais paises conta contas valor nota notas dados lista ficheiro pasta tempo termo
nome nomi dato dati conto conti stato sede luogo tempo parte cosa mese anno giorno ora
filial filiale
""".split())


#: Pieces of the words for schools and universities (a school's rows are its pupils'): no
#: thing or event word may hold one (a person word may: `skoleni` are pupils, `skolotaji` teachers).
SCHOOL = ("school", "skol", "schul", "escuel", "escol", "scuol", "ecole", "okul", "shkol", "skola",
          "szkol", "iskola", "koulu", "kool", "xue xiao", "gakkou", "gakko", "hakgyo", "mdrs", "madras",
          "univers", "daigaku", "daxue", "da xue", "lycee", "liceo", "gymnas")
#: Pieces of the words for orders and payments (a customer's): no word of any kind may hold one.
ORDER = ("order", "zakaz", "bestell", "pedido", "commande", "ordine", "siparis", "objedn", "zamow",
         "payment", "odeme", "platezh", "pago", "paiement", "zahlung", "pagament", "platnos", "betaling",
         "maksu", "fizet")
#: Words that hold such a piece and were read: none is a school, an order or a payment.
READ = {
    "zakaznik zakaznici zakazniku zakaznikov": "customers (cs, sk: zákazník), not orders (Russian zakaz)",
    "elofizeto elofizetok elofizetes elofizetesek": "subscribers, subscriptions (hu: előfizető)",
    "paskola paskolos": "a loan (lt)",
    "smdrsn": "a visit (te: సందర్శన), not a madrasa",
}
_READ = frozenset(w for words in READ for w in words.split())


def ordinary_words() -> dict[str, set[str]]:
    """Ordinary words of English, Spanish, French, German, Italian (and Latin) from the word
    lists Faker's lorem providers ship, where Faker is installed: {word: languages}."""
    import importlib

    words: dict[str, set[str]] = defaultdict(set)
    for locale in ("en_US", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_PT", "pt_BR", "la"):
        try:
            listed = importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list
        except (ImportError, AttributeError):
            continue
        for word in listed:
            for token in tokenize(word):
                words[token].add(locale.split("_")[0])
    return words


#: Rules whose keywords name a person (`conjoint`, `kasutaja`): a person word may be one of them.
PERSON_RULES = frozenset({"family_status", "username"})


def rule_keywords() -> dict[str, set[str]]:
    """The one-token column keywords of piiscan's rules, in every language: {keyword: rules}."""
    from piiscan.rules import load_rules

    words: dict[str, set[str]] = defaultdict(set)
    for rule in load_rules():
        for table in (rule.names, getattr(rule, "weak_names", {}) or {}):
            for keywords in table.values():
                for keyword in keywords:
                    tokens = tokenize(keyword.lstrip("="))
                    if len(tokens) == 1:
                        words[tokens[0]].add(rule.name)
    return words


def main() -> int:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8")) or {}
    where: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # word -> kind -> langs
    flags: dict[str, set[str]] = defaultdict(set)
    for lang, kinds in data.items():
        for kind, words in (kinds or {}).items():
            if kind not in KINDS:
                flags[f"{lang}.{kind}"].add("unknown kind")
                continue
            for word in words or ():
                if lang in where[word][kind]:
                    flags[word].add(f"listed twice in {lang} {kind}")
                where[word][kind].append(lang)
    base = subject.BASE_WORDS
    keywords = rule_keywords()
    ordinary = ordinary_words()
    for word, kinds in where.items():
        tokens = word.split()
        if tokens != list(tokenize(word)):
            flags[word].add("not as tokenize() writes it")
        if len(tokens) == 1 and len(word) < 4:
            flags[word].add("shorter than 4 letters")
        if len("".join(tokens)) < 4:
            flags[word].add("token run shorter than 4 letters")
        said = set(kinds)
        for kind, words in base.items():
            if subject._has((word,), words) or word in words:
                said.add(kind)
        if "person" in said and len(said) > 1 or len(said - {"animal", "thing"}) > 1 or (
                "event" in said and len(said) > 1):
            flags[word].add("of two kinds: " + ", ".join(
                f"{k} ({', '.join(kinds.get(k, ['piiscan']))})" for k in sorted(said)))
        if word in COMMON or any(t in COMMON for t in tokens if len(tokens) == 1):
            flags[word].add("an ordinary word or common name token of another meaning")
        langs = {lang for langs in kinds.values() for lang in langs}
        foreign = ordinary.get(word, set()) - langs - {"en"} if len(tokens) == 1 else set()
        if "en" in ordinary.get(word, ()) and len(tokens) == 1:
            foreign.add("en")
        if foreign:  # a word of its own language there says the same (`familia` is es, `libros` es)
            flags[word].add(f"an ordinary word of {', '.join(sorted(foreign))} (Faker's word lists)")
        if word not in _READ and (any(piece in word for piece in ORDER)
                                  or set(kinds) - {"person"} and any(piece in word for piece in SCHOOL)):
            flags[word].add("a school, order or payment word")
        if len(tokens) == 1 and word in keywords and not (set(kinds) == {"person"} and keywords[word] <= PERSON_RULES):
            flags[word].add(f"a column keyword of piiscan's rules ({', '.join(sorted(keywords[word]))})")
    for word in sorted(flags):
        print(f"{word}: {'; '.join(sorted(flags[word]))}")
    counts = {kind: sum(1 for k in where.values() if kind in k) for kind in KINDS}
    print(f"{len(data)} languages; words per kind: {counts}; flagged: {len(flags)}", file=sys.stderr)
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
