"""Policy checks: the schema, precedence, exceptions, not-scanned tables, review decisions,
the output formats and the `piiscan check` command."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from piiscan.catalog import Catalog, ColumnResult, SourceInfo, TableResult
from piiscan.cli import main
from piiscan.decide import Evidence, Finding
from piiscan.errors import ConfigError
from piiscan.policy import check, explain, format_result, parse_policy
from tests.conftest import with_store_fields

TODAY = dt.date(2026, 6, 1)


def finding(category: str, confidence: float = 0.9, **extra) -> Finding:
    f = Finding(category, category, confidence, 0.9, (Evidence("values", "90 of 100 values match", 0.9),),
                ("j***@e******.com",), rule=category.lower())
    return with_store_fields(f, **extra)


def column(source, table, name, *findings, schema="public", status="scanned", reason=None, **extra):
    col = ColumnResult(source, schema, table, name, "text", status, reason, 100, 100, 90, None, tuple(findings))
    return with_store_fields(col, **extra)


def catalog(*columns, tables=(), sources=None) -> Catalog:
    names = sources or sorted({c.source for c in columns} | {t.source for t in tables})
    listed = {(t.source, t.schema, t.table) for t in tables}
    tables = list(tables) + [TableResult(c.source, c.schema, c.table, "table", "scanned")
                             for c in columns if (c.source, c.schema, c.table) not in listed]
    unique = list(dict.fromkeys(tables))
    return Catalog(tuple(SourceInfo(n, n) if isinstance(n, str) else n for n in names), tuple(unique), tuple(columns))


POLICY = """\
version: 1
rules:
  - name: warehouse-summaries-only
    match: {source: warehouse}
    allow: []
    owner: data-platform
  - name: ids-only-in-hr
    deny: [GOV_ID]
    owner: privacy-office
  - name: hr-may-hold-ids
    match: {source: hr, table: employees}
    allow: [GOV_ID, PERSON_NAME, EMAIL]
    owner: hr-it
  - name: crm-contact-data
    match: {source: crm}
    allow: [PERSON_NAME, EMAIL, PHONE]
    severity: warn
    owner: crm-team
exceptions:
  - rule: warehouse-summaries-only
    column: warehouse.public.orders_export.email
    owner: data-platform
    reason: export for the mailing vendor, removed in Q3
    expires: 2026-09-30
"""


@pytest.fixture
def policy():
    return parse_policy(POLICY, "policy.yaml")


def test_allow_nothing_flags_any_personal_data_and_passes_columns_without_findings(policy):
    cat = catalog(column("warehouse", "daily_sales", "total"),
                  column("warehouse", "daily_sales", "cashier", finding("PERSON_NAME", 0.8)))
    result = check(policy, cat, TODAY)
    assert [(v.column, v.category, v.rule) for v in result.violations] == [
        ("cashier", "PERSON_NAME", "warehouse-summaries-only")]
    assert result.summary() == "2 columns checked, 1 violations, 0 warnings, 0 not scanned"
    assert result.failed("error")
    assert "allow PERSON_NAME" in result.violations[0].fix


def test_most_specific_rule_wins_so_ids_are_allowed_only_in_hr(policy):
    cat = catalog(column("hr", "employees", "ssn", finding("GOV_ID")),
                  column("hr", "payroll", "ssn", finding("GOV_ID")),
                  column("crm", "people", "tax_id", finding("GOV_ID")))
    result = check(policy, cat, TODAY)
    flagged = {(v.table, v.rule, v.severity) for v in result.violations}
    # hr.employees: hr-may-hold-ids (specificity 4) beats ids-only-in-hr (0);
    # crm.people: crm-contact-data (2) doesn't allow GOV_ID, and wins over ids-only-in-hr
    assert flagged == {("payroll", "ids-only-in-hr", "error"), ("people", "crm-contact-data", "warn")}
    assert result.errors == 1 and result.warnings == 1


def test_specificity_scores_exact_names_over_globs():
    from piiscan.policy import Match

    score = lambda **parts: Match(**parts).specificity  # noqa: E731
    assert score() == 0 and score(table="*") == 0
    assert score(table="*_summary") == 1 and score(source="[ab]*") == 1
    assert score(source="hr", schema="public", table="employees", column="ssn") == 8
    assert score(schema="sales", table="*_summary") == 3


def test_ties_go_to_deny():
    policy = parse_policy("""
version: 1
rules:
  - {name: allow-email, match: {table: "users"}, allow: [EMAIL], owner: a}
  - {name: deny-email, match: {column: "email"}, deny: [EMAIL], owner: b, severity: warn}
""")
    result = check(policy, catalog(column("app", "users", "email", finding("EMAIL"))), TODAY)
    assert [v.rule for v in result.violations] == ["deny-email"]


def test_exception_applies_until_it_expires(policy):
    cat = catalog(column("warehouse", "orders_export", "email", finding("EMAIL")))
    live = check(policy, cat, TODAY)
    assert not live.violations and [e.exception.owner for e in live.excepted] == ["data-platform"]
    assert not live.failed("warn")
    later = check(policy, cat, dt.date(2026, 10, 1))
    assert [v.category for v in later.violations] == ["EMAIL"]
    assert any("expired on 2026-09-30" in n for n in later.notices)


def test_a_matched_table_that_was_not_scanned_is_a_violation(policy):
    down = TableResult("warehouse", "public", "big_fact", "table", "error", "statement timeout")
    cat = catalog(column("warehouse", "daily_sales", "total"), tables=(down,))
    result = check(policy, cat, TODAY)
    assert [(v.kind, v.table) for v in result.violations] == [("not_scanned", "big_fact")]
    assert "statement timeout" in result.violations[0].message
    assert result.summary().endswith("1 not scanned") and result.failed()

    relaxed = parse_policy(POLICY.replace("    allow: []\n", "    allow: []\n    require_scanned: false\n", 1))
    assert not check(relaxed, cat, TODAY).violations


def test_a_source_that_could_not_be_read_and_an_errored_column_are_not_a_pass(policy):
    cat = catalog(column("crm", "people", "notes", status="error", reason="cannot decode"),
                  column("crm", "people", "photo", status="skipped", reason="binary column"),
                  sources=[SourceInfo("warehouse", "warehouse", "error", "connection refused"), "crm"])
    result = check(policy, cat, TODAY)
    assert {(v.kind, v.source, v.column) for v in result.violations} == {
        ("not_scanned", "warehouse", None), ("not_scanned", "crm", "notes")}
    assert result.not_scanned == 2
    assert any(n.startswith("1 columns skipped by the scan by design") and "crm.public.people.photo" in n
               for n in result.notices)


def test_review_decisions_apply(policy):
    rejected = column("warehouse", "t", "notes", finding("PERSON_NAME"), review="rejected")
    added = column("warehouse", "t", "comment", finding("EMAIL", 0.3, origin="decision"), review="confirmed")
    weak_confirmed = column("warehouse", "t", "handle", finding("EMAIL", 0.2), review="confirmed")
    weak = column("warehouse", "t", "code", finding("EMAIL", 0.2))
    strict = parse_policy(POLICY.replace("version: 1\n", "version: 1\nmin_confidence: 0.5\n"))
    result = check(strict, catalog(rejected, added, weak_confirmed, weak), TODAY)
    assert sorted(v.column for v in result.violations) == ["comment", "handle"]


def test_expired_rule_still_applies_and_asks_to_be_renewed():
    policy = parse_policy("""
version: 1
rules:
  - {name: temp, allow: [], owner: a, expires: 2026-01-01, severity: warn}
""", "p.yaml")
    result = check(policy, catalog(column("app", "t", "email", finding("EMAIL"))), TODAY)
    assert sorted(v.kind for v in result.violations) == ["category", "expired_rule"]
    assert not result.failed("error") and result.failed("warn")


@pytest.mark.parametrize("text, words", [
    ("version: 2\nrules: []", "unsupported policy version 2"),
    ("version: 1\nrules:\n  - {name: a, allow: [EMAILS], owner: x}", "'EMAILS' is not a category"),
    ("version: 1\nrules:\n  - {name: a, allow: []}", "owner"),
    ("version: 1\nrules:\n  - {name: a, owner: x}", "needs `allow`"),
    ("version: 1\nrules:\n  - {name: a, allow: [EMAIL], deny: [EMAIL], owner: x}", "both allowed and denied"),
    ("version: 1\nrules:\n  - {name: a, allow: [], owner: x, colour: red}", "colour"),
    ("version: 1\nrules:\n  - {name: a, allow: [], owner: x}\nexceptions:\n"
     "  - {rule: b, column: x.y.z, owner: o, reason: r, expires: 2027-01-01}", "unknown rule 'b'"),
    ("version: 1\nrules:\n  - {name: a, allow: [], owner: x}\nexceptions:\n"
     "  - {rule: a, column: x.y.z, owner: o, reason: r}", "expires"),
    ("version: 1\nrules: [", "not valid YAML"),
])
def test_invalid_policies_are_refused_with_the_place_named(text, words):
    with pytest.raises(ConfigError, match="p.yaml") as caught:
        parse_policy(text, "p.yaml")
    assert words in str(caught.value)


def test_errors_name_the_line():
    text = "version: 1\nrules:\n  - name: ok\n    allow: []\n    owner: x\n  - name: bad\n    allow: [NOPE]\n    owner: x\n"
    with pytest.raises(ConfigError, match=r"rules\[1\]\.allow \(line 6\)"):
        parse_policy(text, "p.yaml")


def test_explain_names_the_deciding_rule(policy):
    cat = catalog(column("hr", "employees", "ssn", finding("GOV_ID")))
    lines = explain(policy, cat, "hr.public.employees.ssn", TODAY)
    assert lines[0] == "hr.public.employees.ssn"
    assert any("hr-may-hold-ids: specificity 4" in line for line in lines)
    assert any(line.strip().startswith("GOV_ID (0.90): allowed by rule hr-may-hold-ids") for line in lines)
    unknown = explain(policy, cat, "billing.public.cards.pan", TODAY)
    assert "not in the catalog" in unknown[0] and any("ids-only-in-hr" in line for line in unknown)
    with pytest.raises(ConfigError, match="SOURCE.SCHEMA.TABLE.COLUMN"):
        explain(policy, cat, "nonsense", TODAY)
    odd = catalog(column("crm", "people", "notes", status="error", reason="cannot decode"),
                  column("crm", "people", "photo", status="skipped", reason="binary column"))
    assert explain(policy, odd, "crm.public.people.notes", TODAY)[-1] == (
        "  not scanned (cannot decode): rule crm-contact-data decides, require_scanned true: a violation")
    assert "by design (binary column): not a violation" in explain(policy, odd, "crm.public.people.photo", TODAY)[-1]


@pytest.fixture
def mixed(policy):
    cat = catalog(column("warehouse", "daily_sales", "cashier", finding("PERSON_NAME")),
                  column("crm", "people", "ssn", finding("GOV_ID")),
                  column("warehouse", "orders_export", "email", finding("EMAIL")))
    return check(policy, cat, TODAY)


def test_formats_are_well_formed(policy, mixed):
    as_json = json.loads(format_result(mixed, policy, "json"))
    assert as_json["summary"] == {"columns_checked": 3, "columns_uncovered": 0, "violations": 1,
                                  "warnings": 1, "not_scanned": 0, "excepted": 1}
    sarif = json.loads(format_result(mixed, policy, "sarif"))
    results = sarif["runs"][0]["results"]
    assert sarif["version"] == "2.1.0"
    assert {(r["ruleId"], r["level"]) for r in results} == {
        ("warehouse-summaries-only", "error"), ("crm-contact-data", "warning"), ("warehouse-summaries-only", "none")}
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    suite = ET.fromstring(format_result(mixed, policy, "junit"))
    assert suite.get("failures") == "1" and suite.get("skipped") == "1"
    github = format_result(mixed, policy, "github").splitlines()
    assert github[0].startswith("::error file=policy.yaml,line=3,title=piiscan policy%3A warehouse-summaries-only::")
    assert github[1].startswith("::warning ") and github[-1].startswith("::notice ")
    text = format_result(mixed, policy, "text")
    assert text.splitlines()[0] == "3 columns checked, 1 violations, 1 warnings, 0 not scanned"
    assert "warehouse.public.daily_sales.cashier  PERSON_NAME  rule warehouse-summaries-only" in text
    assert "fix: " in text and "1 excepted" in text


def _write(tmp_path, cat: Catalog, policy_text: str = POLICY):
    cat.write(tmp_path / "catalog.json")
    (tmp_path / "policy.yaml").write_text(policy_text)
    return str(tmp_path / "catalog.json"), str(tmp_path / "policy.yaml")


def test_check_command_exit_codes(tmp_path):
    cat = catalog(column("crm", "people", "phone", finding("PHONE")),
                  column("crm", "people", "ip", finding("IP_ADDRESS")))
    path, policy = _write(tmp_path, cat)
    runner = CliRunner()
    warn_only = runner.invoke(main, ["check", path, "--policy", policy])
    assert warn_only.exit_code == 0, warn_only.output
    assert warn_only.output.startswith("2 columns checked, 0 violations, 1 warnings, 0 not scanned")
    strict = runner.invoke(main, ["check", path, "-p", policy, "--fail-on", "warn", "--format", "json"])
    assert strict.exit_code == 1 and json.loads(strict.output)["violations"][0]["category"] == "IP_ADDRESS"
    out = tmp_path / "check.sarif"
    written = runner.invoke(main, ["check", path, "-p", policy, "--format", "sarif", "-o", str(out)])
    assert written.exit_code == 0 and json.loads(out.read_text())["version"] == "2.1.0"
    explained = runner.invoke(main, ["check", path, "-p", policy, "--explain", "crm.public.people.ip"])
    assert explained.exit_code == 0 and "IP_ADDRESS (0.90): VIOLATION by rule crm-contact-data" in explained.output
    clean = catalog(column("crm", "people", "phone", finding("PHONE")))
    path, policy = _write(tmp_path, clean)
    assert runner.invoke(main, ["check", path, "-p", policy]).exit_code == 0


@pytest.mark.parametrize("what, words", [
    ("policy", "not a category"), ("catalog", "not a piiscan catalog"), ("missing", "cannot read catalog"),
    ("nothing", "give a CATALOG"),
])
def test_check_command_bad_input_is_one_line_and_exit_2(tmp_path, what, words):
    path, policy = _write(tmp_path, catalog(column("crm", "people", "phone", finding("PHONE"))))
    if what == "policy":
        (tmp_path / "policy.yaml").write_text("version: 1\nrules:\n  - {name: a, allow: [PHONES], owner: x}\n")
    elif what == "catalog":
        (tmp_path / "catalog.json").write_text('{"version": 1, "columns": [{"table": "t"}]}')
    args = {"missing": [str(tmp_path / "nope.json")], "nothing": []}.get(what, [path])
    result = CliRunner().invoke(main, ["check", *args, "-p", policy])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("piiscan: error: ") and words in lines[0]


def test_the_example_policy_on_the_demo_shop():
    from pathlib import Path

    import piiscan
    from piiscan.policy import load_policy

    examples = Path(__file__).resolve().parents[1] / "examples"
    policy = load_policy(examples / "policy.yaml")
    cat = piiscan.scan(f"sqlite:///{examples / 'demo.sqlite'}", str(examples / "contacts.csv"), ner=False, jobs=1)
    result = check(policy, cat, TODAY)
    errors = [(v.table, v.column, v.category) for v in result.violations if v.severity == "error"]
    assert errors == [("payments", "card_number", "PAYMENT_CARD")]
    assert [(e.violation.column, e.violation.category) for e in result.excepted] == [("ciudad", "CITY")]
