"""piiscan.find on the real PostgreSQL and MariaDB servers: the same shop in a schema (database)
named after the run, scanned, searched, planned; every outcome asserted, the data unchanged."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

import piiscan
from piiscan.find.erasure import plan_erasure
from piiscan.find.subject import make_subject
from tests import find_world
from tests.servers import MARIADB_URL, PG_URL, RUN_ID, server_engine, table_checksums

pytestmark = pytest.mark.server
KEY = b"server-test-key-of-32-bytes-long"
NAMESPACE = f"find_{RUN_ID}"


@pytest.fixture(scope="module", params=["postgresql", "mariadb"])
def world(request):
    if request.param == "postgresql":
        admin = server_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(sa.schema.CreateSchema(NAMESPACE))
        url, engine, schema, options = PG_URL, admin, NAMESPACE, {"schemas": [NAMESPACE]}
    else:
        admin = server_engine(MARIADB_URL)
        with admin.begin() as conn:
            conn.execute(sa.schema.CreateSchema(NAMESPACE))
        url = sa.make_url(MARIADB_URL).set(database=NAMESPACE).render_as_string(hide_password=False)
        engine, schema, options = sa.create_engine(url), None, {}
    try:
        find_world.build(engine, schema=schema)
        catalog = piiscan.scan(url, ner=False, **options)
        before = table_checksums(engine, NAMESPACE)
        result = piiscan.find_subject(make_subject(find_world.SUBJECT), catalog, [url], key=KEY, timeout=10)
        yield {"result": result, "engine": engine, "before": before, "dialect": request.param, "url": url,
               "options": options}
    finally:
        if engine is not admin:
            engine.dispose()
        cascade = {"cascade": True} if request.param == "postgresql" else {}
        with admin.begin() as conn:
            conn.execute(sa.schema.DropSchema(NAMESPACE, if_exists=True, **cascade))
        admin.dispose()


def confirmed(match):
    return sorted(r.key for r in match.confirmed())


def test_outcomes_on_the_server(world):
    result = world["result"]
    customers = result.table("customers")
    assert confirmed(customers) == [(1,)]
    assert sorted(r.key for r in customers.rows if r.status == "candidate") == [(2,)]
    assert confirmed(result.table("orders")) == [(100,), (101,), (102,)]
    tickets = result.table("tickets")
    assert confirmed(tickets) == [(1,)] and [r.key for r in tickets.rows if r.status == "candidate"] == [(2,)]
    dw = result.table("dw_customers")
    assert dw.status == "confirmed" and dw.row_key == ()
    news = result.table("newsletter")
    assert news.status == "ambiguous" and news.rows == ()
    assert next(c.count for c in news.columns if c.column == "last_name") == 60
    assert {n.table: n.reason for n in result.not_searched}["sales_summary"].startswith("not classified")


def test_the_search_read_nothing_it_should_not_and_changed_nothing(world):
    assert table_checksums(world["engine"], NAMESPACE) == world["before"]
    text = json.dumps(world["result"].to_dict(), default=str).lower() + world["result"].text().lower()
    for secret in find_world.SECRETS:
        assert secret not in text


def test_erasure_plan_compiles_for_the_dialect_and_its_checks_count_right(world):
    result = world["result"]
    plan = plan_erasure(result)
    step = next(s for s in plan.steps if s.table.endswith("customers") and s.action == "delete")
    quote = '"' if world["dialect"] == "postgresql" else "`"
    assert step.sql.startswith("DELETE FROM ") and ":s" in step.sql
    assert quote not in step.sql or step.sql.count(quote) % 2 == 0
    assert next(s for s in plan.steps if s.table.endswith("orders")).action == "covered"
    with world["engine"].connect() as conn:  # every statement runs on the server; then rolled back
        for s in (s for s in plan.steps if s.sql):
            assert conn.execute(sa.text(s.check), s.params).scalar() == s.rows
            conn.execute(sa.text(s.sql), s.params)
        customers = next(t for t in sa.inspect(conn).get_table_names(schema=NAMESPACE) if t == "customers")
        table = sa.table(customers, sa.column("id"), schema=NAMESPACE)
        assert conn.execute(sa.select(sa.func.count()).select_from(table).where(table.c.id == 1)).scalar() == 0
        conn.rollback()


def test_odbc_source_is_searched_like_its_sqlalchemy_url(world):
    """The same server through its ODBC driver gives the same outcomes (one query per column)."""
    from tests.servers import MARIADB_ODBC_DRIVERS, PG_ODBC_DRIVERS, installed_odbc_driver, odbc_string

    pg = world["dialect"] == "postgresql"
    driver = installed_odbc_driver(PG_ODBC_DRIVERS if pg else MARIADB_ODBC_DRIVERS)
    if driver is None:
        pytest.skip("no ODBC driver for this server")
    url = PG_URL if pg else sa.make_url(MARIADB_URL).set(database=NAMESPACE).render_as_string(hide_password=False)
    spec = f"odbc:{odbc_string(driver, url)}"
    catalog = piiscan.scan(spec, ner=False, schemas=[NAMESPACE])
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), catalog, [spec], key=KEY, timeout=10)
    assert confirmed(result.table("customers")) == [(1,)]
    assert confirmed(result.table("orders")) == [(100,), (101,), (102,)]
    assert result.table("newsletter").status == "ambiguous"
    assert result.table("dw_customers").status == "confirmed"
    assert result.dialects[catalog.sources[0].name] == ("postgresql" if pg else "mysql")
    step = next(s for s in plan_erasure(result).steps if s.table.endswith("customers") and s.action == "delete")
    assert step.sql.startswith("DELETE FROM ")


def test_a_query_past_the_timeout_is_an_error_naming_the_timeout(world):
    """A view that takes a while per row (pg_sleep on the server) and a short timeout."""
    from dataclasses import replace

    if world["dialect"] != "postgresql":
        pytest.skip("MariaDB's SLEEP() returns 1 when max_statement_time interrupts it: no error to see")
    view = f"{NAMESPACE}.slow_customers"
    with world["engine"].begin() as conn:
        conn.exec_driver_sql(f"CREATE VIEW {view} AS SELECT * FROM {NAMESPACE}.customers WHERE pg_sleep(0.05) IS NOT NULL")
    catalog = piiscan.scan(world["url"], ner=False, include=["customers"], **world["options"])
    slow = replace(catalog, columns=tuple(replace(c, table="slow_customers") for c in catalog.columns),
                   tables=tuple(replace(t, table="slow_customers", kind="view") for t in catalog.tables))
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), slow, [world["url"]], key=KEY, timeout=0.5)
    match = result.table("slow_customers")
    assert match.status == "error"
    assert "timed out after 0.5s" in match.reason
