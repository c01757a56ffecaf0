"""Dates of birth written the Central European way (`12. 3. 1985`, `12.03.1985.`,
`1985.03.12.`) are dates, and spread like births under a name that says nothing they are
dates of birth; the same format with event dates is not. Through piiscan.scan() on SQLite."""

import random

import piiscan

N = 150


def test_dotted_dates_of_birth_under_cryptic_names(make_sqlite):
    rng = random.Random(4)
    rows = []
    for i in range(N):
        y, m, d = rng.randint(1935, 2004), rng.randint(1, 12), rng.randint(1, 28)
        seen = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026. {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        surname = rng.choice(["Horvat", "Kovačević", "Babić", "Marić", "Novak", "Jurić", "Knežević"])
        rows.append((i, surname, f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}.", f"{y}.{m:02d}.{d:02d}.", seen))
    path = make_sqlite({"osobe": (["k", "prezime", "d1", "d2", "d3", "d4"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    for column in ("d1", "d2", "d3"):
        assert cat.column("osobe", column).categories == ("DATE_OF_BIRTH",), column
    assert "DATE_OF_BIRTH" not in cat.column("osobe", "d4").categories  # times of day this year
