"""Passwords and other secrets are masked by parsing, in every form a spec can take
(issue 9 item 3): URL user info (with an unencoded @), query parameters, URL-encoded
odbc_connect, ODBC keys naming a secret. Checked on `mask_url`, and end to end on the real
servers: the catalog's source URL and the CLI's stderr never show the secret."""

from __future__ import annotations

import json
from urllib.parse import quote_plus

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import piiscan
from piiscan.cli import main
from piiscan.sources import error_line, mask_url

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, pg_engine  # noqa: F401
except ImportError:  # tests/ imported as a package
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, pg_engine  # noqa: F401

PW = "Qzx9secret"


@pytest.mark.parametrize(
    "spec",
    [
        f"mysql+pymysql://u@host/db?passwd={PW}",
        f"mysql+pymysql://u@host/db?charset=utf8mb4&password={PW}",
        f"postgresql://u@host/db?sslpassword={PW}&sslmode=require",
        f"postgresql://u:p@ss{PW}@host:5432/db",  # an unencoded @ in the password
        f"postgresql://u:{PW}/x@host/db",  # an unencoded / in the password
        f"postgresql://u:{quote_plus(PW + '@:/')}@host/db",
        "mssql+pyodbc:///?odbc_connect=" + quote_plus(f"DRIVER={{ODBC Driver 18}};SERVER=h;UID=u;PWD={PW};"),
        "mssql+pyodbc:///?odbc_connect=" + quote_plus(f"DRIVER={{X}};Authentication=ActiveDirectoryPassword;PWD={{{PW};x}}"),
        f"snowflake://u@acct/db?token={PW}&private_key_file_pwd={PW}",
        f"odbc:Driver={{X}};Server=h;UID=u;PWD={PW}",
        f"odbc:Driver={{X}};Server=h;SSLPassword={PW};sslmode=require",
        f"odbc:Driver={{X}};Token={PW}",
        f"odbc:Driver={{X}};AccessToken={PW}",
        f"odbc:Driver={{X}};Authentication={PW}",
        f"odbc:Driver={{X}};ClientSecret={PW}",
        f"odbc:Driver={{X}};SSLKey={PW}",
        f"odbc:DSN=crm;Password={{{PW};with}}}}braces}}",
        f"odbc:DSN=crm; pwd = {PW} ;Database=d",
    ],
)
def test_every_form_of_secret_is_masked(spec):
    masked = mask_url(spec)
    assert PW.lower() not in masked.lower() and "***" in masked, masked
    assert "Qzx" not in error_line(Exception(f"cannot connect to {spec}"))


def test_masking_keeps_what_is_not_secret():
    assert mask_url("postgresql+psycopg://scanner:pw@db:5432/crm?sslmode=require") == \
        "postgresql+psycopg://scanner:***@db:5432/crm?sslmode=require"
    assert mask_url("odbc:Driver={PostgreSQL Unicode};Server=h;Uid=u;Pwd=pw;Database=d") == \
        "odbc:Driver={PostgreSQL Unicode};Server=h;Uid=u;Pwd=***;Database=d"
    assert mask_url("sqlite:////data/a@b.sqlite") == "sqlite:////data/a@b.sqlite"
    assert mask_url("exports/customers.csv") == "exports/customers.csv"


@pytest.mark.server
def test_postgres_password_in_the_query_never_shows(pg_engine):
    """Trust auth accepts any password: the scan connects, and the password is nowhere."""
    url = sa.make_url(PG_URL)
    spec = url.render_as_string(hide_password=False) + f"?password={PW}&application_name=piiscan_{RUN_ID}"
    # one small table (a scan that covers nothing is an error now, see docs/cli.md)
    catalog = piiscan.scan(spec, schemas=["information_schema"], include=["sql_parts"], ner=False, jobs=1)
    assert PW not in json.dumps(catalog.to_dict()) and "password=***" in catalog.sources[0].url


@pytest.fixture(scope="module")
def maria_user(mariadb_engine):
    user = f"piiscan_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{PW}'"))
        conn.execute(sa.text(f"GRANT SELECT ON test.* TO '{user}'@'%'"))
        conn.execute(sa.text(f"CREATE TABLE test.piiscan_pw_{RUN_ID} (n INT)"))  # one table to scan
        conn.execute(sa.text(f"INSERT INTO test.piiscan_pw_{RUN_ID} VALUES (1)"))
    yield user
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"DROP TABLE test.piiscan_pw_{RUN_ID}"))
        conn.execute(sa.text(f"DROP USER '{user}'@'%'"))


@pytest.mark.server
def test_mariadb_passwd_query_parameter_connects_and_never_shows(maria_user, tmp_path):
    url = sa.make_url(MARIADB_URL)
    spec = f"mysql+pymysql://{maria_user}@{url.host}:{url.port or 3306}/test?passwd={PW}"
    out = tmp_path / "catalog.json"
    result = CliRunner().invoke(main, ["scan", spec, "--no-ner", "-o", str(out), "--include", f"piiscan_pw_{RUN_ID}"])
    assert result.exit_code == 0 and PW not in result.output and PW not in out.read_text(), result.output
    assert json.loads(out.read_text())["sources"][0]["url"].endswith("passwd=***")
    wrong = spec.replace(PW, PW + "-wrong")
    result = CliRunner().invoke(main, ["scan", wrong, "--no-ner", "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and "wrong user name or password" in result.output
    assert PW not in result.output
