"""Speed changes that must not change a decision: each fast path against the plain way it
replaces, on real values, the real spaCy model and the real PostgreSQL server."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.compute as pc

from piiscan import scan_table
from piiscan.detect.names import fold, match_names
from piiscan.detect.profile import profile
from piiscan.detect.screen import _folded
from piiscan.rules import load_rules

try:
    from servers import PG_URL, pg_engine  # noqa: F401
except ImportError:
    from tests.servers import PG_URL, pg_engine  # noqa: F401

TRICKY = ["Straße", "ABC", "  x ", "\x1cAb\x1f", "Teléfono", "ﬁle", "N/A", "a" * 30, "\u00a0Yes\u00a0",
          "ÀÉ", "Männlich", "FEMALE", "u.s.a.", "İstanbul", "ǅ", "x\tY", ""]


def test_deny_and_allow_lists_fold_values_exactly_like_python():
    values = pa.array(TRICKY)
    lengths = pc.utf8_length(values).to_numpy(zero_copy_only=False)
    assert _folded(values, lengths, 12).to_pylist() == [
        fold(v).strip() if len(v) <= 12 else None for v in TRICKY]


def test_allow_list_matches_accented_and_upper_case_values():
    genders = ["Männlich", "WEIBLICH", "féminin", "Male", "F"] * 40
    top = scan_table(pa.table({"geschlecht": genders}), "t").column("t", "geschlecht").top
    assert top is not None and top.entity == "GENDER" and top.match_ratio == 1.0  # every value matched


def test_profile_statistics_count_rows_not_distinct_values():
    rows = ["Anna Maria Smith", "Anna Maria Smith", "Anna Maria Smith", "42", "x9 y8", None, "  ", "Zoë"]
    prof = profile(pa.array(rows))
    kept = [v.strip() for v in rows if v is not None and v.strip()]
    chars = sum(len(v) for v in kept)
    assert prof.non_null == len(kept) and prof.distinct == len(set(kept))
    assert prof.mean_length == chars / len(kept)
    assert prof.mean_words == sum(len(v.split()) for v in kept) / len(kept)
    assert prof.digit_share == sum(c.isdigit() for v in kept for c in v) / chars
    assert prof.alpha_share == sum(c.isalpha() for v in kept for c in v) / chars


def test_shape_counts_on_bytes_equal_the_regex_counts():
    import random

    from piiscan.detect.profile import LETTERS, _byte_counts

    rng = random.Random(3)
    alphabet = list("abcXYZ019 \t\n\v\f\r\x1c\u00a0\u2003éßØ٣١ﬁ日本-_.,@+") + ["𝔘", "ǅ", "e\u0301"]
    values = pa.array(TRICKY + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                                for _ in range(3000)])
    for strings in (values, values.slice(17, 2000), values.filter(pa.array([i % 3 > 0 for i in range(len(values))]))):
        counted = _byte_counts(strings)
        for got, regex in zip(counted, (r"\S+", r"\d", LETTERS)):
            assert got.tolist() == pc.count_substring_regex(strings, regex).to_pylist(), regex


def test_ner_pipeline_holds_only_ner_and_finds_what_the_full_pipeline_finds():
    import spacy

    from piiscan.detect.ner import DEFAULT_MODEL, engine

    lean = engine(DEFAULT_MODEL).nlp
    assert lean.pipe_names == ["ner"]  # en_core_web_sm's ner embeds its own tok2vec
    full = spacy.load(DEFAULT_MODEL)
    texts = ["Maria Garcia moved from Madrid to Berlin in 2019.", "SMITH, JOHN", "Paris",
             "Call Dr. Owen Harris at the Hilton in New York", "order 1234 shipped in 3 boxes",
             "Ana Lucía Pérez", "Customer complained that the parcel to Leeds arrived late."]
    spans = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in lean.pipe(texts)]
    with full.select_pipes(enable=["tok2vec", "ner"]):
        expected = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in full.pipe(texts)]
    assert spans == expected


def _phone_the_plain_way(value: str) -> bool:
    """The phone validator as it was: every region parses the value as written."""
    import re

    import phonenumbers

    from piiscan.validators import PHONE_REGIONS

    groups = re.findall(r"\d+", value)
    for region in (None,) if value.startswith("+") else PHONE_REGIONS:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        if value.startswith(("+", "00")) or len(groups) == 1:
            return True
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if [len(g) for g in re.findall(r"\d+", national)] == [len(g) for g in groups]:
            return True
    return False


def test_phone_validation_of_bare_digits_and_repeated_numbers_decides_as_before():
    import random

    from faker import Faker

    from piiscan.validators import _phone

    rng = random.Random(11)
    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_CA",
                  "en_AU", "en_IN", "es_MX", "de_CH", "sv_SE", "pl_PL"])
    fake.seed_instance(11)
    values = [fake.phone_number() for _ in range(400)]
    values += ["".join(rng.choice("0123456789") for _ in range(rng.randint(9, 13))) for _ in range(300)]
    for _ in range(500):
        parts = [str(rng.randint(0, 10 ** rng.randint(1, 5))).zfill(rng.randint(1, 5)) for _ in range(rng.randint(2, 4))]
        value = parts[0] + "".join(rng.choice([" ", "-", ".", "/", " - ", ") ", "-("]) + p for p in parts[1:])
        values.append(rng.choice(["", "", "(", "00", "0", "+"]) + value)
    values += ["509-86-9654", "(415) 555-2671", "020 7946 0958", "+49 30 901820", "0049 30 901820",
               "011 44 20 7946 0958", "06 12 34 56 78", "0612345678", "1-800-555-0199", "٠١٢٣٤٥٦٧٨٩"]
    values = [v.strip() for v in dict.fromkeys(values)]
    _phone.cache_clear()
    decided = [_phone(v) for v in values]
    assert decided == [_phone_the_plain_way(v) for v in values]
    assert 0.2 < sum(decided) / len(decided) < 0.8  # both kinds were tried


def test_ner_read_for_a_whole_table_at_once_gives_each_column_its_own_answer():
    from piiscan.detect.ner import engine

    ner = engine()
    columns = [["Maria Garcia", "John Smith", "Ana Lucía Pérez", "Owen Harris"] * 6,
               ["Paris", "Madrid", "Berlin", "Leeds", "New York"] * 5,
               ["order 1234", "ACME Corp", "blue", "Acme Holdings", "x-17"] * 5,
               [f"Person {i}" for i in range(40)], ["SMITH/JOHN", "garcia_maria"] * 20, [], ["Paris"]]
    batched = ner.shares_many(columns)
    assert batched == [ner.shares_many([values])[0] for values in columns]
    assert batched[0].person > 0.5 and batched[1].location > 0.5 and batched[2].person == 0
    texts = [["Maria Garcia moved from Madrid to Berlin in 2019.", "Call Dr. Owen Harris at 020 7946 0958"],
             ["The parcel to Leeds arrived late, said John Smith."] * 3]
    rules = load_rules()
    assert ner.text_findings_many(texts, rules) == [ner.text_findings(t, rules) for t in texts]


def test_free_text_whose_persons_never_count_is_only_tokenized_and_finds_the_same():
    from piiscan.detect.freetext import _titled
    from piiscan.detect.ner import engine

    ner = engine()
    rules = load_rules()
    texts = ["Maria Garcia Moved From Madrid To Berlin, Call Her On +49 30 901820",
             "Der Kunde Hans Meyer rief an, Telefon 030 901820, Mail hans.meyer@example.de",
             "El cliente Juan Pérez llamó desde Madrid: juan.perez@example.es, tel +34 912 345 678",
             "The parcel to Leeds arrived late, said John Smith (john.smith@example.com).",
             "Quarterly Report For Acme Holdings: Revenue Up In Paris And London",
             "call me at (415) 555-2671 or write to ops@example.org about the SSN 078-05-1120"]
    assert sum(map(_titled, texts)) >= 3
    found = ner.text_findings(texts, rules)  # (registers piiscan's recognizers with Presidio)
    assert found == _read_in_full(ner, texts, rules)
    assert {f.entity for f in found} >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"}


def _read_in_full(ner, texts, rules):
    """Text findings with NER on every value (no value only tokenized, no early stop)."""
    from piiscan.detect.freetext import TextFinding, _Reader

    entities = ["PERSON"] + sorted({r.entity for r in rules if r.minority and r.patterns})
    full = [a for _, a in ner.nlp_engine.process_batch(texts, "en")]
    found, rows = _Reader(ner, ner.analyzer, entities).count(texts, full)  # Presidio on every value
    return [TextFinding(e, rows[e], len(texts), tuple(found[e][:3])) for e in sorted(rows)]


def test_free_text_ner_stops_at_half_once_the_persons_are_settled():
    from piiscan.detect.ner import engine

    ner, rules = engine(), load_rules()
    people = [f"Customer {g} {f} asked for a refund of order {1000 + i}." for i, (g, f) in enumerate(
        [("Maria", "Garcia"), ("John", "Smith"), ("Anna", "Kowalska"), ("Peter", "Jones")] * 5)]
    goods = ["Ergonomic desk lamp made of oak, ships in three business days."] * 20 + [
        "Please pass this to John Smith in accounts.", "Forwarded to Maria Garcia today."] * 5
    mixed = ["The order arrived damaged and the box was open."] * 12 + [
        "Thanks for the quick help, said Maria Garcia on the phone."] * 2 + [
        "The replacement was sent to Peter Jones this morning."] * 16
    found = dict(zip(("people", "goods", "mixed"), ner.text_findings_many([people, goods, mixed], rules)))
    person = {k: next((f for f in v if f.entity == "PERSON"), None) for k, v in found.items()}
    # persons clear in the first half: NER read only that half, and says so
    assert person["people"].checked == 10 and person["people"].rows >= 8
    # none among the first 15 of 30 plain English values: the rest was not NER'd
    assert person["goods"] is None
    # a few, not enough to count yet: NER read everything, as if asked value by value
    assert person["mixed"].checked == 30 and found["mixed"] == _read_in_full(ner, mixed, rules)


def test_country_names_are_read_without_loading_phonenumbers_geodata():
    code = ("import sys, json\n"
            "from piiscan.validators import _country_names\n"
            "names = _country_names()\n"
            "loaded = 'phonenumbers.geodata' in sys.modules\n"
            "import phonenumbers\n"
            "from phonenumbers.geocoder import _region_display_name\n"
            "expected = {r.lower() for r in phonenumbers.SUPPORTED_REGIONS}\n"
            "expected |= {_region_display_name(r, l, None, None).lower() for r in phonenumbers.SUPPORTED_REGIONS\n"
            "             for l in ('en', 'es', 'de', 'fr', 'pt', 'it', 'nl') if _region_display_name(r, l, None, None)}\n"
            "print(json.dumps([loaded, names == expected, len(names)]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded, same, count = json.loads(out)
    assert not loaded and same and count > 1000


def test_the_ner_pipeline_loads_without_importing_presidio_and_presidio_still_works():
    """spaCy's registry would import every package that declares a pipeline component (Presidio's
    Hugging Face pipe: all of presidio_analyzer); a scan without free text never needs it."""
    code = ("import sys, json\n"
            "from piiscan.detect.ner import engine\n"
            "ner = engine()\n"
            "names = ner.nlp.pipe_names\n"
            "loaded = 'presidio_analyzer' in sys.modules\n"
            "found = ner.analyzer.analyze('Please call Maria Harris tomorrow', language='en')\n"
            "print(json.dumps([loaded, names, sorted({r.entity_type for r in found})]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded, names, entities = json.loads(out)
    assert not loaded and "ner" in names
    assert "PERSON" in entities


def test_column_name_matches_unchanged_by_the_quick_exit():
    rules = load_rules(())
    names = ["first_name", "FirstName", "firstname", "BillingPostalCode", "customer_email_address",
             "ip_address", "filename", "hostname", "address_id", "email_verified_at", "last", "last_login",
             "ssn_last4", "Teléfono", "Straße", "geburtsdatum", "phone_1"]
    found = {n: {k: (m.keyword, m.span, m.strong) for k, m in match_names(n, rules, rules.names).items()}
             for n in names}
    assert found["first_name"] and found["firstname"] and found["BillingPostalCode"]
    assert not found["filename"] and not found["hostname"]
    # the quick exit must never hide a match: compare with a search written another way
    # (tokens hold no spaces, so a token run is a substring of the space-joined name)
    from piiscan.detect.names import find_keyword, tokenize

    def occurs(tokens, keyword):
        run = f" {' '.join(keyword)} " in f" {' '.join(tokens)} "
        glued = "".join(keyword)
        return run or ((len(keyword) > 1 or len(glued) >= 3) and glued in tokens)

    for name in names:
        tokens = tokenize(name)
        for rule in rules:
            for table in (rule.names, rule.weak_names):
                for keywords in table.values():
                    for keyword in keywords:
                        kt = tokenize(keyword.lstrip("="))
                        assert (find_keyword(tokens, kt) is not None) == occurs(tokens, kt), (name, keyword)


def test_scale_benchmark_scans_its_tables_and_drops_them(tmp_path, pg_engine):
    import sqlalchemy as sa

    from benchmarks import scale

    out = tmp_path / "scale.json"
    scale.main(["--url", PG_URL, "--tables", "40", "--big-rows", "3000", "--output", str(out)])
    report = json.loads(out.read_text())
    assert [s["tables"] for s in report["steps"]] == [1, 4, 40]
    assert all(s["errors"] == 0 and s["scanned"] == s["tables"] for s in report["steps"])
    assert {"narrow", "wide"} <= set(report["steps"][-1]["per_width"])
    assert [r["rows"] for r in report["rows"]] == [1_000, 3_000, 1_000_000]
    assert all(r["rows_sampled"] == 1000 for r in report["rows"])
    with pg_engine.connect() as conn:
        left = conn.execute(sa.text("SELECT count(*) FROM pg_namespace WHERE nspname LIKE :p"),
                            {"p": report["run"] + "%"}).scalar()
    assert left == 0


def test_short_values_read_by_ner_are_kept_during_a_scan_only(make_sqlite):
    from piiscan import scan
    from piiscan.detect.ner import engine

    names = ["Maria Garcia", "John Smith", "Anna Kowalska", "Peter Jones"] * 10
    db = make_sqlite({"people": (["id", "contact"], list(enumerate(names))),
                      "staff": (["id", "contact"], list(enumerate(names)))})
    read = []
    ner = engine()
    original = ner.nlp.pipe
    ner.nlp.pipe = lambda texts, **kw: (read.extend(texts), original(texts, **kw))[1]
    try:
        cat = scan(f"sqlite:///{db}", jobs=1)
    finally:
        del ner.nlp.pipe
    assert cat.column("people", "contact").top.category == "PERSON_NAME"
    assert cat.column("staff", "contact").top.category == "PERSON_NAME"
    assert sorted(read) == sorted(set(names))  # the second table's names were not run again
    assert not ner._short_ents  # and no value is kept after the scan


def test_screening_by_length_bounds_matches_what_re2_matches_on_every_value():
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from piiscan.detect.screen import _RE2_SPACE, _matching

    values = ["john.smith@example.com", " john.smith@example.com\t", "\u00a0john@example.com",
              "\x0bjohn@example.com", "+44 20 7946 0958", "020 7946 0958 ", "4111 1111 1111 1111",
              "078-05-1120", "192.168.0.1", "2001:db8::1", "DE89 3704 0044 0532 0130 00", "SW1A 1AA",
              "1980-02-03", "12 Main Street", "José Müller", "😀 x", "e\u0301", "", " ", "a" * 300,
              "9" * 9, "9" * 14, "AB123456C", "$2b$12$" + "a" * 53, "x\ny@example.com"]
    arr = pa.array(values, pa.string())
    lengths = pc.utf8_length(arr).to_numpy(zero_copy_only=False)
    core = pc.utf8_length(pc.utf8_trim(arr, _RE2_SPACE)).to_numpy(zero_copy_only=False)
    checked = 0
    for rule in load_rules():
        for pattern in rule.patterns:
            expected = pc.indices_nonzero(pc.match_substring_regex(arr, pattern.full)).to_numpy()
            assert np.array_equal(_matching(arr, pattern, lengths, core), expected), (rule.name, pattern.name)
            checked += len(expected)
    assert checked > 20  # the values do match many patterns


def test_free_text_read_by_ner_once_per_scan_finds_what_each_text_alone_finds():
    from piiscan.detect.ner import engine

    ner, rules = engine(), load_rules()
    comments = ["The parcel to Leeds arrived late, said John Smith.", "Maria Garcia asked for a refund of the order.",
                "Box was open when it arrived at the depot."] * 8
    read = []
    original = ner.nlp.pipe

    def pipe(texts, **kw):
        texts = list(texts)
        read.extend(texts)
        return original(texts, **kw)

    ner.nlp.pipe = pipe
    try:
        ner.forget()
        found = ner.text_findings_many([comments, list(reversed(comments))], rules)
    finally:
        del ner.nlp.pipe
    assert sorted(read) == sorted(set(comments))  # each distinct text through spaCy once
    assert ner._text_ents
    ner.forget()
    assert not ner._text_ents  # nothing kept after the scan
    assert found[0] == _read_in_full(ner, comments[:12], rules)  # persons settled after the first half
    cached = ner.text_ents(comments)
    assert cached == [tuple((e.label_, e.start_char, e.end_char) for e in doc.ents) for doc in ner.nlp.pipe(comments)]
    ner.forget()


def test_free_text_kept_for_ner_is_bounded_by_its_characters(monkeypatch):
    from piiscan.detect import ner as ner_module

    ner = ner_module.engine()
    ner.forget()
    monkeypatch.setattr(ner_module, "TEXT_CACHE_CHARS", 100)
    texts = [f"Parcel {i} was handed to Maria Garcia at the depot." for i in range(10)]
    assert ner.text_ents(texts) == ner.text_ents(list(reversed(texts)))[::-1]
    assert sum(map(len, ner._text_ents)) == ner._text_chars <= 100 and ner._text_ents
    ner.forget()
    assert not ner._text_ents and ner._text_chars == 0


def test_candidates_are_validated_in_the_order_a_seeded_shuffle_gives():
    import random

    from piiscan.detect.screen import EARLY_CHECK, MAX_VALIDATED, _validation_order

    for n in (0, 1, EARLY_CHECK, EARLY_CHECK + 1, 150, 1000, 4321):
        for seed in (0, 7):
            indices = list(range(n))
            if n > EARLY_CHECK:
                random.Random(seed).shuffle(indices)
                indices = indices[:MAX_VALIDATED]
            assert list(_validation_order(n, seed)) == indices


def test_iso_dates_read_without_strptime_equal_strptime():
    import datetime as dt
    import random

    from piiscan.validators import _DATE_FORMATS, parse_date

    rng = random.Random(3)
    values = ["1985-03-12", "0000-01-01", "2020-02-30", "2020-13-01", "1985-3-12", "١٩٨٥-٠٣-١٢",
              "1985-03-12T10:00:00", " 1985-03-12 ", "19850312", "12.3.1985"]
    values += [f"{rng.randint(0, 9999):04d}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}" for _ in range(3000)]

    def plain(value):
        text = value.strip()[:19].replace("T", " ")
        text = text.split(" ")[0] if text[:4].isdigit() and text[4:5] == "-" and " " in text else value.strip()
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        return None

    dashed = [v for v in values if "." not in v]
    assert [parse_date(v) for v in dashed] == [plain(v) for v in dashed]


def test_pool_stages_say_what_each_worker_spent_on_every_table(tmp_path, monkeypatch):
    from benchmarks import common, stages

    monkeypatch.setattr(common, "RESULTS", tmp_path)
    assert stages.main(["--pool", "2", "--columns", "100", "--rows", "300", "--database",
                        str(tmp_path / "speed.sqlite")]) == 0
    report = json.loads((tmp_path / "stages-pool.json").read_text())
    assert report["columns"] == 100 and 1 <= len(report["workers"]) <= 2  # a worker may take both tables
    assert sum(w["tables"] for w in report["workers"]) == 2  # 50 columns per table
    assert all(w["task CPU"] > 0 and w["result bytes pickled"] > 0 for w in report["workers"])
    assert report["parent_steps_wall"]["tables on the pool (fork to last result)"] > 0


def test_persons_after_a_title_found_for_a_whole_table_at_once_as_column_by_column():
    from piiscan.detect.honorifics import addressed_many, addressed_persons

    columns = [["Rückruf von Frau Berger erbeten", "bitte Herrn Meyer anrufen", "Paket kam beschädigt an"] * 5,
               ["llamar a la Sra. Ortega mañana", "el Sr. Pérez pagó", "sin novedad hoy"] * 4,
               ["box arrived damaged, no name given"] * 6, ["Frau Berger", "Herr Meyer"] * 3,
               [f"voir avec Mme Lefèvre {i} fois" for i in range(400)], [], ["Mr. Smith called about it"]]
    profiles = [profile(pa.array(values, pa.string())) for values in columns] + [profile(pa.array([1, 2, 3]))]
    batched = addressed_many(profiles)
    assert batched == [addressed_persons(p) for p in profiles]
    assert sum(a is not None for a in batched) >= 3
