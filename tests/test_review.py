"""The review queue: which columns piiscan asks about, in which order, and what answers do."""

from __future__ import annotations

import json

from click.testing import CliRunner

import piiscan
from piiscan.catalog import Catalog
from piiscan.cli import main
from piiscan.review import apply_answer, parse_answer, review_queue

FIRST = ["Anna Schmidt", "Bernd Meyer", "Carla Rossi", "Dieter Braun", "Eva Lind",
         "Frank Moor", "Greta Holm", "Hans Berg", "Ida Falk", "Jonas Wolf"]


def _finding(category: str, confidence: float, entity: str | None = None, evidence=None) -> dict:
    return {"entity": entity or category, "category": category, "confidence": confidence,
            "match_ratio": 0.5, "examples": ["a***"],
            "evidence": evidence or [{"signal": "values", "detail": "values match", "score": confidence}]}


def _catalog(columns: list[dict]) -> Catalog:
    cols = []
    for c in columns:
        cols.append({"source": "crm", "schema": None, "table": c.get("table", "contacts"),
                     "column": c["column"], "data_type": "TEXT", "status": c.get("status", "scanned"),
                     "reason": None, "rows_sampled": 1000, "non_null": c.get("non_null", 1000),
                     "distinct": 900, "content": None, "findings": c.get("findings", []),
                     "candidates": c.get("candidates", [])})
    return Catalog.from_dict({"version": 1, "sources": [{"name": "crm", "url": "sqlite:///crm.db"}],
                              "tables": [], "columns": cols, "settings": {"min_confidence": 0.5}})


def test_sure_columns_are_not_asked_and_unsure_ones_are():
    catalog = _catalog([
        {"column": "email", "findings": [_finding("EMAIL", 0.99)]},
        {"column": "ref", "findings": [_finding("EMAIL", 0.62)]},
        {"column": "label", "candidates": [_finding("PERSON_NAME", 0.4)]},
        {"column": "amount"},
        {"column": "broken", "status": "error"},
    ])
    asked = {q.column: q.reasons for q in review_queue(catalog)}
    assert asked == {"ref": ("uncertain",), "label": ("near_miss",)}


def test_most_uncertain_and_most_sensitive_come_first():
    catalog = _catalog([
        {"column": "country", "findings": [_finding("COUNTRY", 0.6)]},
        {"column": "ssn", "findings": [_finding("GOV_ID", 0.6)]},
        {"column": "almost_sure", "findings": [_finding("GOV_ID", 0.79)]},
        {"column": "coin_flip", "candidates": [_finding("GOV_ID", 0.5 - 1e-9)]},
    ])
    order = [q.column for q in review_queue(catalog)]
    assert order.index("ssn") < order.index("country")  # same doubt, costlier mistake
    assert order.index("coin_flip") < order.index("almost_sure")  # more doubt first
    priorities = [q.priority for q in review_queue(catalog)]
    assert priorities == sorted(priorities, reverse=True)


def test_contradictions_special_categories_and_changes_are_asked_even_when_confident():
    contradicted = [{"signal": "column_name", "detail": "keyword 'phone' (en); values don't agree", "score": 0.3},
                    {"signal": "values", "detail": "values match", "score": 0.9}]
    now = _catalog([
        {"column": "phone", "findings": [_finding("PHONE", 0.93, evidence=contradicted)]},
        {"column": "diagnosis", "findings": [_finding("OTHER_PII", 0.95, entity="SPECIAL_CATEGORY")]},
        {"column": "code", "findings": [_finding("POSTAL_CODE", 0.95)]},
        {"column": "email", "findings": [_finding("EMAIL", 0.99)]},
    ])
    before = _catalog([{"column": "code", "findings": [_finding("PHONE", 0.9)]},
                       {"column": "email", "findings": [_finding("EMAIL", 0.99)]}])
    asked = {q.column: q.reasons for q in review_queue(now, before)}
    assert asked["phone"] == ("contradiction",)
    assert asked["diagnosis"] == ("special_category",)
    assert asked["code"] == ("changed",)
    assert "email" not in asked
    code = next(q for q in review_queue(now, before) if q.column == "code")
    assert "the previous scan said PHONE" in code.text


def test_answers_confirm_reject_and_relabel():
    catalog = _catalog([{"column": "ref", "findings": [_finding("EMAIL", 0.6)]},
                        {"column": "label", "candidates": [_finding("PERSON_NAME", 0.4)]}])
    ref, label = catalog.columns
    assert apply_answer(ref, "no").findings == ()
    confirmed = apply_answer(ref, "yes")
    assert [f.category for f in confirmed.findings] == ["EMAIL"]
    assert confirmed.findings[0].evidence[-1].signal == "decision"
    assert [f.category for f in apply_answer(label, "yes").findings] == ["PERSON_NAME"]  # a near miss confirmed
    assert [f.category for f in apply_answer(ref, "relabel", "PHONE").findings] == ["PHONE"]
    assert apply_answer(ref, "skip") == ref


def test_typed_answers_parse_with_notes():
    assert parse_answer("y looks right") == ("yes", None, "looks right")
    assert parse_answer("r phone ext numbers") == ("relabel", "PHONE", "ext numbers")
    assert parse_answer("n") == ("no", None, None)
    for bad in ("maybe", "r NOT_A_CATEGORY", ""):
        try:
            parse_answer(bad)
        except piiscan.ConfigError:
            continue
        raise AssertionError(f"{bad!r} was accepted")


def test_a_real_scan_asks_about_its_unsure_columns_only():
    n = 200
    data = {"customer_id": list(range(n)), "email": [f"p{i}@example.org" for i in range(n)],
            "ref": [f"user{i}@example.org" if i % 4 == 0 else f"R-{1000 + i}" for i in range(n)],
            "label": [FIRST[i % 10] if i % 2 == 0 else f"widget {i}" for i in range(n)]}
    catalog = piiscan.scan_table(data, "customers")
    queue = catalog.review_queue()
    assert queue, "a column a quarter full of e-mails should be asked about"
    for q in queue:
        col = catalog.column(q.table, q.column)
        top = col.top
        assert (top is not None and top.confidence < 0.8) or (top is None and col.candidates)
    assert "email" not in {q.column for q in queue}
    text = json.dumps([q.to_dict() for q in queue])
    assert "user4@example.org" not in text  # masked examples only


def test_review_command_records_answers_in_a_reviewed_catalog(tmp_path):
    n = 200
    data = {"customer_id": list(range(n)), "email": [f"p{i}@example.org" for i in range(n)],
            "ref": [f"user{i}@example.org" if i % 4 == 0 else f"R-{1000 + i}" for i in range(n)]}
    catalog = piiscan.scan_table(data, "customers")
    path = catalog.write(tmp_path / "catalog.json")
    queue = catalog.review_queue()
    assert [q.column for q in queue][:1] == ["ref"]
    runner = CliRunner()
    listed = runner.invoke(main, ["review", str(path), "--list"])
    assert listed.exit_code == 0, listed.output
    assert "customers.ref" in listed.output and "question(s)" in listed.output
    out = tmp_path / "reviewed.json"
    answers = "n reference codes, not contact data\n" + "s\n" * len(queue)
    result = runner.invoke(main, ["review", str(path), "-o", str(out)], input=answers)
    assert result.exit_code == 0, result.output
    assert "1 answer(s) recorded" in result.output
    reviewed = piiscan.load_catalog(out)
    assert reviewed.column("customers", "ref").findings == ()
    assert reviewed.column("customers", "email").findings  # untouched
    bad = runner.invoke(main, ["review", str(path)], input="perhaps\n")
    assert bad.exit_code == 2
    neither = runner.invoke(main, ["review"])
    assert neither.exit_code == 2 and "either a catalog file or --store" in neither.output
