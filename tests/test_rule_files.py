"""Rule files are checked against a schema, user rules against their examples; the JSON
Schema for editors is the one the loader uses."""

import json

import pytest
from click.testing import CliRunner

from piiscan.cli import main
from piiscan.errors import RuleError
from piiscan.rule_schema import json_schema
from piiscan.rules import load_rules
from tests.conftest import REPO

EMPLOYEE = (
    "recognizers:\n"
    "  - name: employee_number\n"
    "    category: OTHER_PII\n"
    "    patterns:\n"
    "      - {name: emp, regex: 'EMP-\\d{6}', score: 0.9}\n"
    "    examples:\n"
    "      match: [EMP-123456]\n"
    "      no_match: [EMP-12]\n"
)


def _file(tmp_path, text: str, name: str = "mine.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_misspelled_top_level_key_is_an_error_naming_file_and_key(tmp_path):
    path = _file(tmp_path, EMPLOYEE.replace("recognizers:", "rules:"))
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert "mine.yaml" in str(info.value) and "'rules'" in str(info.value)


@pytest.mark.parametrize("old, new, words", [
    ("    examples:\n      match:", "    examples:\n      matches:", "examples.matches"),
    ("score: 0.9}", "score: 0.9, validator: luhn, flags: i}", "patterns[0].flags"),
    ("    category: OTHER_PII\n", "    category: OTHER_PII\n    min_match: 0.3\n", "min_match"),
    ("    category: OTHER_PII\n", "    category: OTHER_PII\n    score: 1.5\n", "score"),
])
def test_an_unknown_or_bad_field_names_the_rule_and_the_key(tmp_path, old, new, words):
    path = _file(tmp_path, EMPLOYEE.replace(old, new))
    with pytest.raises(RuleError) as info:
        load_rules([path])
    message = str(info.value)
    assert "mine.yaml" in message and "employee_number" in message and words in message


def test_user_rules_must_pass_their_examples_at_load_time(tmp_path):
    good = _file(tmp_path, EMPLOYEE, "good.yaml")
    assert load_rules([good]).by_name("employee_number")
    bad = _file(tmp_path, EMPLOYEE.replace("no_match: [EMP-12]", "no_match: [EMP-654321]"), "bad.yaml")
    with pytest.raises(RuleError) as info:
        load_rules([bad])
    assert "bad.yaml" in str(info.value) and "employee_number" in str(info.value)
    assert "EMP-654321" in str(info.value)
    assert load_rules([bad], check_examples=False).by_name("employee_number")


def test_rules_test_command_exits_1_naming_the_rule_and_example(tmp_path):
    bad = _file(tmp_path, EMPLOYEE.replace("match: [EMP-123456]", "match: [EMP-123456, EMP-1]"))
    result = CliRunner().invoke(main, ["rules", "test", str(bad)])
    assert result.exit_code == 1
    assert "employee_number" in result.stdout and "'EMP-1'" in result.stdout
    assert "3 examples of 1 rules: 1 failed" in result.stdout
    good = CliRunner().invoke(main, ["rules", "test", str(_file(tmp_path, EMPLOYEE, "good.yaml"))])
    assert good.exit_code == 0 and "0 failed" in good.stdout
    broken = CliRunner().invoke(main, ["rules", "test", str(_file(tmp_path, "rules: []\n", "x.yaml"))])
    assert broken.exit_code == 2 and "x.yaml" in broken.stderr


def test_the_shipped_rules_pass_rules_test():
    result = CliRunner().invoke(main, ["rules", "test"])
    assert result.exit_code == 0, result.stdout


def test_rules_list_counts_only_files_that_add_rules(tmp_path):
    settings_only = _file(tmp_path, "settings:\n  modifier_suffixes: [nr]\n", "settings.yaml")
    result = CliRunner().invoke(main, ["rules", "list", "--rules", str(settings_only)])
    assert result.exit_code == 0
    last = result.stdout.strip().splitlines()[-1]
    rules = load_rules([settings_only])
    assert last.startswith(f"{len(rules)} rules from {len({r.origin for r in rules})} files")
    assert "settings.yaml" in last and "column_names.yaml" in last


def test_the_committed_json_schema_is_the_loaders_schema():
    committed = json.loads((REPO / "docs" / "rules.schema.json").read_text())
    assert committed == json_schema()
    printed = CliRunner().invoke(main, ["rules", "schema"])
    assert printed.exit_code == 0 and json.loads(printed.stdout) == committed
    spec = committed["$defs"]["RecognizerSpec"]
    assert spec["additionalProperties"] is False and "recognizers" in committed["properties"]
    assert set(spec["properties"]["category"]["enum"]) >= {"EMAIL", "PERSON_NAME"}
