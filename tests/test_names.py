from piiscan.detect.names import denied_rules, fold, is_identifier_name, match_names, tokenize
from piiscan.rules import load_rules

RULES = load_rules()


def rules_for(column: str) -> dict[str, str]:
    return {name: m.keyword for name, m in match_names(column, RULES, RULES.names).items()}


def test_tokenize_splits_snake_camel_and_digits():
    assert tokenize("BillingPostalCode") == ("billing", "postal", "code")
    assert tokenize("first_name") == ("first", "name")
    assert tokenize("IPAddress") == ("ip", "address")
    assert tokenize("address2") == ("address", "2")
    assert tokenize("customer.email") == ("customer", "email")


def test_fold_strips_accents_and_sharp_s():
    assert fold("Straße") == "strasse"
    assert fold("Teléfono") == "telefono"


def test_filename_column_is_not_a_person_name():
    assert "person_name" not in rules_for("filename")
    assert "person_name" not in rules_for("hostname")


def test_passenger_is_not_a_password():
    assert "password_hash" not in rules_for("passenger")
    assert "password_hash" in rules_for("password")


def test_statement_is_not_a_state():
    assert "state_region" not in rules_for("statement")
    assert "state_region" in rules_for("BillingState")


def test_longer_keyword_of_another_rule_wins():
    assert set(rules_for("IPAddress")) == {"ip_address"}
    assert set(rules_for("email_address")) == {"email"}
    assert set(rules_for("ShipAddress")) == {"street_address"}


def test_identifier_suffix_vetoes_the_keyword():
    assert rules_for("address_id") == {}
    assert rules_for("EmailPromotion") == {}
    assert rules_for("is_email_verified") == {}
    assert is_identifier_name("OrderID", RULES.names)
    assert rules_for("birth_date") == {"date_of_birth": "birth date"}


def test_compound_and_foreign_keywords():
    assert rules_for("FirstName") == {"person_name": "first name"}
    assert rules_for("fecha_nacimiento") == {"date_of_birth": "fecha nacimiento"}
    assert rules_for("Vorname") == {"person_name": "vorname"}
    assert rules_for("PLZ") == {"postal_code": "plz"}
    assert rules_for("Straße") == {"street_address": "strasse"}
    assert rules_for("correo") == {"email": "correo"}


def test_company_name_denies_person_name():
    assert "person_name" in denied_rules("CompanyName", RULES)
    assert "person_name" not in rules_for("CompanyName")
    assert rules_for("ContactName") == {"person_name": "contact name"}


def test_whole_name_keywords_count_only_alone():
    assert rules_for("LAST") == {"person_name": "=last"}
    assert "person_name" not in rules_for("last_login")
    assert rules_for("DRIVERS") == {"national_id": "=drivers"}


def test_data_warehouse_abbreviations_are_written_out_before_matching():
    import random

    import pyarrow as pa

    from piiscan import scan_table

    rng = random.Random(0)
    first = ["Owen", "Maria", "Nancy", "Andrew", "Janet", "Laura"]
    table = pa.table({
        "cust_fnm": [rng.choice(first) for _ in range(60)],
        "gndr_cd": [rng.choice(["1", "2"]) for _ in range(60)],
        "emp_sal": [rng.randrange(20000, 90000, 500) for _ in range(60)],
        "prod_nm": [f"Widget {rng.randint(1, 99)}" for _ in range(60)],
    })
    cat = scan_table(table, "dim_customer")
    assert cat.column("dim_customer", "cust_fnm").top.category == "PERSON_NAME"
    assert cat.column("dim_customer", "gndr_cd").top.category == "GENDER"
    assert cat.column("dim_customer", "emp_sal").top.category == "OTHER_PII"
    assert not cat.column("dim_customer", "prod_nm").findings


def test_names_in_other_scripts_are_transliterated_not_split():
    assert tokenize("lønn") == ("lonn",)
    assert tokenize("małżonek") == ("malzonek",)
    assert tokenize("ДатаРождения") == ("data", "rozhdeniya")
    assert tokenize("Straße") == ("strasse",)
    assert all(t.isascii() for t in tokenize("體溫")) and tokenize("體溫")
