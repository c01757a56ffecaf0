"""Whose data, across tables (issue 11): a table whose rows hold a key to a table about people
(by a declared foreign key, or by the people table's name with a key ending) holds data
about those people, whatever its own name; a key to a table of things changes nothing
(piiscan.linking). Through piiscan.scan() on a real SQLite file."""

import random
import sqlite3

import piiscan

N = 150
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist"]
DX = ["Type 2 diabetes", "Asthma", "Hypertension", "Migraine", "Acute bronchitis", "Lower back pain"]


def build(path):
    rng = random.Random(21)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE roster (roster_id INTEGER PRIMARY KEY, full_name TEXT, birth_date TEXT);
    CREATE TABLE t_017 (k INTEGER PRIMARY KEY, pid INTEGER REFERENCES roster(roster_id), wage REAL, smoker TEXT);
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, roster_id INTEGER, salary REAL, dx TEXT);
    CREATE TABLE items (item_id INTEGER PRIMARY KEY, title TEXT, price REAL);
    CREATE TABLE item_log (log_id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(item_id), salary REAL, dx TEXT);
    """)
    for i in range(N):
        db.execute("INSERT INTO roster VALUES (?,?,?)", (i, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                   f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
        db.execute("INSERT INTO t_017 VALUES (?,?,?,?)", (i, rng.randint(0, N - 1), round(rng.uniform(2000, 9000), 2),
                                                          rng.choice(["yes", "no"])))
        db.execute("INSERT INTO sessions VALUES (?,?,?,?)", (i, rng.randint(0, N - 1), round(rng.uniform(2000, 9000), 2),
                                                             rng.choice(DX)))
        db.execute("INSERT INTO items VALUES (?,?,?)", (i, f"Widget {i}", round(rng.uniform(1, 90), 2)))
        db.execute("INSERT INTO item_log VALUES (?,?,?,?)", (i, rng.randint(0, N - 1), round(rng.uniform(2000, 9000), 2),
                                                             rng.choice(DX)))
    db.commit()
    db.close()


def test_keys_to_a_table_about_people_make_the_rows_theirs(tmp_path):
    path = tmp_path / "linked.sqlite"
    build(path)
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = {(c.table, c.column): set(c.categories) for c in cat}
    # a declared foreign key from a table whose name says nothing
    assert cats[("t_017", "wage")] == {"OTHER_PII"}
    wage = cat.column("t_017", "wage").top
    assert any("roster" in e.detail for e in wage.evidence)
    # no foreign key declared: the key's name is the people table's name
    assert cats[("sessions", "salary")] == {"OTHER_PII"}
    assert cats[("sessions", "dx")] == {"OTHER_PII"}
    # keys and a table of things: nothing personal
    assert not cats[("item_log", "salary")]
    assert not cats[("t_017", "pid")] and not cats[("sessions", "roster_id")]
    assert cats[("roster", "full_name")] == {"PERSON_NAME"}


def test_without_the_people_table_in_the_scan_the_keys_say_nothing(tmp_path):
    path = tmp_path / "linked.sqlite"
    build(path)
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, exclude=["roster"])
    assert not cat.column("t_017", "wage").categories
    assert not cat.column("sessions", "salary").categories


def test_a_linked_table_decided_again_from_its_summaries_keeps_its_findings(tmp_path):
    from piiscan.store.redecide import redecide

    path = tmp_path / "linked.sqlite"
    build(path)
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    again = redecide(cat, cat.settings["min_confidence"])
    assert again.column("t_017", "wage").categories == ("OTHER_PII",)
    assert again.column("sessions", "dx").categories == ("OTHER_PII",)
