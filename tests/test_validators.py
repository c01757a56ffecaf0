import pytest

from piiscan.validators import VALIDATORS, parse_date

VALID = {
    "luhn": ["4111111111111111"],
    "card_number": ["4111 1111 1111 1111", "378282246310005"],
    "iban": ["DE89370400440532013000", "GB82 WEST 1234 5698 7654 32"],
    "us_ssn": ["509-86-9654"],
    "gb_nino": ["JG103759A", "AB 12 34 56 C"],
    "es_nif": ["12345678Z", "X1234567L"],
    "it_codicefiscale": ["RCCMNL83S18D969H"],
    "fr_nir": ["295109912611193"],
    "de_idnr": ["36574261809"],
    "nl_bsn": ["111222333"],
    "br_cpf": ["390.533.447-05"],
    "in_aadhaar": ["234567890124"],
    "ip_address": ["192.168.0.1", "2001:db8::1"],
    "phone": ["+1 212 555 0147", "+55 (12) 3923-5555", "020 7946 0958"],
    "email": ["a.b@example.com"],
    "bitcoin_address": ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT"],
    "country": ["Germany", "Deutschland", "España", "us"],
    "date_of_birth": ["1970-01-31", "12/08/1985", "1948-12-08 00:00:00"],
    "lat_lon_pair": ["40.7128, -74.0060"],
}
INVALID = {
    "luhn": ["4111111111111112"],
    "card_number": ["0000 0000 0000 0000", "1234 5678 9012 3456"],
    "iban": ["DE89370400440532013001"],
    "us_ssn": ["000-12-3456", "666-12-3456"],
    "gb_nino": ["GB123456A"],
    "es_nif": ["12345678A"],
    "it_codicefiscale": ["RCCMNL83S18D969A"],
    "de_idnr": ["36574261890"],
    "nl_bsn": ["111222334"],
    "br_cpf": ["111.111.111-11"],
    "in_aadhaar": ["234567890123"],
    "ip_address": ["999.1.1.1"],
    "phone": ["12"],
    "bitcoin_address": ["1BoatSLRHtKNngkdXEeobR76b53LETtpyX"],
    "country": ["Rock", "Jazz"],
    "date_of_birth": ["2999-01-01", "hello"],
}


@pytest.mark.parametrize("name, value", [(n, v) for n, vs in VALID.items() for v in vs])
def test_valid_values_pass(name, value):
    assert VALIDATORS[name](value)


@pytest.mark.parametrize("name, value", [(n, v) for n, vs in INVALID.items() for v in vs])
def test_invalid_values_fail(name, value):
    assert not VALIDATORS[name](value)


def test_parse_date_formats():
    assert str(parse_date("31.12.1964")) == "1964-12-31"
    assert parse_date("not a date") is None
