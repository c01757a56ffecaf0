import pytest

from piiscan.errors import RuleError
from piiscan.rule_examples import matches
from piiscan.rules import CATEGORIES, load_rules, parse_rule, to_presidio

RULES = load_rules()


def _matches(rule, value: str) -> bool:
    return matches(rule, value)


@pytest.mark.parametrize("rule", [r for r in RULES if r.examples_match or r.examples_no_match],
                         ids=lambda r: r.name)
def test_every_rule_matches_its_examples(rule):
    for value in rule.examples_match:
        assert _matches(rule, value), f"{rule.name} should match an example"
    for value in rule.examples_no_match:
        assert not _matches(rule, value), f"{rule.name} should not match a counter-example"


def test_shipped_rules_use_only_known_categories():
    assert {r.category for r in RULES} <= set(CATEGORIES)
    assert len(RULES) >= 30


def test_look_around_is_rejected_with_file_rule_and_pattern_named(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "recognizers:\n"
        "  - name: lookahead\n"
        "    category: OTHER_PII\n"
        "    patterns:\n"
        "      - name: ahead\n"
        "        regex: 'foo(?=bar)'\n"
        "        score: 0.5\n")
    with pytest.raises(RuleError) as info:
        load_rules([bad])
    message = str(info.value)
    assert "bad.yaml" in message and "lookahead" in message and "ahead" in message and "RE2" in message


@pytest.mark.parametrize("entry, words", [
    ({"name": "x", "category": "NOPE"}, "category"),
    ({"name": "x", "category": "EMAIL", "validator": "nope"}, "validator"),
    ({"name": "x", "category": "EMAIL", "colour": 1}, "unknown field"),
    ({"category": "EMAIL"}, "name"),
])
def test_invalid_rule_entries_fail_clearly(entry, words):
    with pytest.raises(RuleError, match=words):
        parse_rule(entry)


def test_user_rule_file_adds_and_replaces_rules(tmp_path):
    extra = tmp_path / "employee.yaml"
    extra.write_text(
        "recognizers:\n"
        "  - name: employee_number\n"
        "    supported_entity: EMPLOYEE_NUMBER\n"
        "    category: OTHER_PII\n"
        "    score: 0.9\n"
        "    patterns:\n"
        "      - {name: emp, regex: 'EMP-\\d{6}', score: 0.9}\n"
        "  - name: email\n"
        "    enabled: false\n"
        "    category: EMAIL\n")
    rules = load_rules([extra])
    names = {r.name for r in rules}
    assert "employee_number" in names and "email" not in names
    assert _matches(rules.by_name("employee_number"), "EMP-123456")


def test_missing_rules_path_and_bad_yaml(tmp_path):
    with pytest.raises(RuleError, match="not found"):
        load_rules([tmp_path / "missing.yaml"])
    broken = tmp_path / "broken.yaml"
    broken.write_text("recognizers: [\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules([broken])


def test_presidio_form_strips_piiscan_fields():
    form = to_presidio(RULES.by_name("us_ssn"))
    assert set(form) == {"name", "supported_entity", "supported_language", "patterns", "context", "deny_list"}
    from presidio_analyzer import PatternRecognizer

    recognizer = PatternRecognizer.from_dict(form)
    assert recognizer.supported_entities == ["US_SSN"]
