"""Persons named after a title in text of any language (issue 11): `Rückruf von Frau Berger
erbeten`, `llamar a la Sra. Ortega`, `voir avec Mme Lefèvre`, `sentito il Sig. Bianchi`. The
English NER model reads persons everywhere in text it doesn't know, so its persons don't count
there (piiscan.detect.freetext); a title of address followed by a capitalised word is a person's
name in every language that has one, found with one RE2 pass over the column's distinct values,
with no model. A few values of a comment column that do so (`MIN_DISTINCT`, `MIN_SHARE`) make it
free text holding names; where most short values are a title and a name, it is a name column,
decided from its values as such."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.detect.freetext import TextFinding

#: The entity of such findings until the decision names them PERSON (piiscan.decide).
ADDRESSED = "PERSON_ADDRESSED"
#: Titles of address (case as written): German, Spanish, French, Italian, Portuguese, Dutch,
#: Scandinavian, Polish, English. Not `Don`, `Pan` or `Dr.` alone (Don Quijote, Pan Am, Dr. Oetker).
TITLES = (r"Herrn?|Frau|Hr\.|Fr\.|Sr\.|Sra\.|Srta\.|Sres\.|Doña|Dña\.|Señora?|Señorita|Mme\.?|Mlle\.?|Monsieur"
          r"|Madame|Mademoiselle|Sig\.(?:ra)?|Signora|Signor|Sig\.na|Dott\.(?:ssa)?|Avv\.|Ing\.|Sr|Sra"
          r"|Dhr\.|Mevr\.|Mevrouw|Meneer|Fru|Fröken|Pani|Panią|Panem|Mrs\.?|Ms\.?|Mr\.")
#: A title, then a capitalised name of two or more letters (not a date, not a company word after it).
PATTERN = (r"(?:^|[\s(,;:\"'])(?P<m>(?:" + TITLES + r")\s+(?:Dr\.\s+|Prof\.\s+)?\p{Lu}[\p{Ll}'’-]+"
           r"(?:\s+\p{Lu}[\p{Ll}'’-]+)?)")
MIN_DISTINCT, MIN_SHARE = 2, 0.03
#: Distinct values read (the profile's first ones: a sample of the sample).
MAX_CHECKED = 300
#: Values shorter than free text where this share or more are a title and a name: a name column.
MAX_SHORT_SHARE = 0.5


def addressed_persons(prof) -> TextFinding | None:
    """Persons named after a title inside a text column's values, or None."""
    return addressed_many([prof])[0]


def addressed_many(profiles: list) -> list[TextFinding | None]:
    """`addressed_persons` of several columns (a table's), their values read by one RE2 pass:
    Arrow compiles a regex at every call, and this one's Unicode classes take milliseconds."""
    out: list[TextFinding | None] = [None] * len(profiles)
    live = [i for i, prof in enumerate(profiles) if prof is not None and prof.kind == "string"
            and prof.non_null and prof.mean_words >= 3 and prof.alpha_share >= 0.5]
    slices = [profiles[i].values.slice(0, MAX_CHECKED) for i in live]
    try:
        found = pc.extract_regex(pa.concat_arrays(slices), PATTERN) if len(live) > 1 else None
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # columns of different string types: one by one
        found = None
    start = 0
    for i, values in zip(live, slices):
        mine = found.slice(start, len(values)) if found is not None else pc.extract_regex(values, PATTERN)
        start += len(values)
        out[i] = _addressed(profiles[i], values, mine)
    return out


def _addressed(prof, values, found) -> TextFinding | None:
    """The finding of one column, from its first values and their matches (`found`)."""
    counts = prof.counts.slice(0, MAX_CHECKED)
    hits = pc.indices_nonzero(pc.is_valid(found)).to_numpy()
    if len(hits) < MIN_DISTINCT:
        return None
    checked = prof.non_null if len(values) == prof.distinct else int(pc.sum(counts).as_py() or 0)
    rows = int(pc.sum(counts.take(hits)).as_py() or 0)
    share = rows / checked if checked else 0.0
    if share < MIN_SHARE or not prof.is_free_text and share >= MAX_SHORT_SHARE:
        return None
    examples = tuple(found.take(hits[:3]).field("m").to_pylist())
    return TextFinding(ADDRESSED, rows, checked, examples)
