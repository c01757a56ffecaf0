"""The HTML report, rendered in headless Chromium, and the notebook view of a Catalog."""

from __future__ import annotations

import re
import struct

import pytest
from click.testing import CliRunner

import piiscan
from benchmarks.browser import dump_dom, find_chromium, page_requests, screenshot
from benchmarks.report import synthetic_catalog
from piiscan.cli import main
from piiscan.policy import parse_policy
from piiscan.report import render_report, write_report
from tests.conftest import with_store_fields
from tests.servers import unavailable

PEOPLE = [("Annegret", "Vollmerhaus", "annegret.vollmerhaus@example.org", "+49 30 901820", "123-45-6789"),
          ("Bartholomew", "Quigglesby", "bart.quigglesby@example.net", "+44 20 7946 0958", "234-56-7890"),
          ("Cordelia", "Featherstonehaugh", "cordelia.f@example.com", "+1 212 555 0142", "345-67-8901")]
RAW = [value for person in PEOPLE for value in person]

POLICY = """\
version: 1
rules:
  - name: no-ids-in-the-shop
    deny: [GOV_ID]
    owner: privacy-office
  - name: products-hold-no-personal-data
    match: {table: products}
    allow: []
    owner: catalogue-team
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A real SQLite shop scanned by piiscan: customers with personal data, products without."""
    import sqlite3

    where = tmp_path_factory.mktemp("shop")
    path = where / "shop.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id, first_name, last_name, email, phone, ssn)")
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)",
                    [(i, *PEOPLE[i % 3]) for i in range(60)])
    con.execute("CREATE TABLE products (id, title, price)")
    con.executemany("INSERT INTO products VALUES (?, ?, ?)", [(i, f"Widget {i}", i * 1.5) for i in range(30)])
    con.commit()
    con.close()
    catalog = piiscan.scan(f"sqlite:///{path}", ner=False, jobs=1)
    return where, catalog


@pytest.fixture(scope="module")
def report(shop):
    where, catalog = shop
    policy = parse_policy(POLICY, "policy.yaml")
    diff = {"added": [{"table": "customers", "column": "ssn", "categories": ["GOV_ID"]}], "removed": []}
    return write_report(catalog, where / "report.html", policy=policy, diff=diff, title="Shop report")


@pytest.fixture(scope="module")
def chromium():
    if find_chromium() is None:
        unavailable("chromium not installed; run scripts/install-system-deps.sh as root")


def test_report_holds_no_raw_value_and_fetches_nothing(report, shop):
    html = report.read_text(encoding="utf-8")
    for value in RAW:
        assert value not in html
    assert not re.search(r"""(src|href|action|srcset)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<link\b|@import|url\(|<iframe\b|<script[^>]+src", html, re.I)
    assert "a***" in html or "A*******" in html  # masked examples are there instead


def test_report_in_headless_chromium_shows_the_tables_and_counts(report, shop, chromium, tmp_path):
    _, catalog = shop
    pii = catalog.summary()["pii_columns"]
    assert pii >= 4
    dom = dump_dom(report)
    assert f"showing {pii} of {pii} matching columns ({len(catalog.columns)} in the catalog)" in dom
    rows = re.findall(r"<tr><td>shop</td><td>main\.(\w+)</td><td>(\w+)", dom)
    assert {table for table, _ in rows} == {"customers"}
    assert {"email", "phone", "ssn"} <= {column for _, column in rows}
    assert re.search(r'id="n-violations">1<', dom)  # the ssn column, under no-ids-in-the-shop
    assert "no-ids-in-the-shop" in dom and "GOV_ID found" in dom
    assert 'id="n-pii">' + str(pii) in dom and 'id="n-changes">1<' in dom
    for value in RAW:
        assert value not in dom
    png = screenshot(report, tmp_path / "report.png")
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, height) == (1280, 1600) and png.stat().st_size > 20_000


def test_report_loads_no_network_resource(report, chromium, tmp_path):
    assert page_requests(report) == []
    leaky = tmp_path / "leaky.html"  # the check itself can fail
    leaky.write_text('<p>x</p><img src="http://example.invalid/pixel.png">', encoding="utf-8")
    assert page_requests(leaky) == ["http://example.invalid/pixel.png"]


def test_filters_and_sorting_are_in_the_page(report):
    html = report.read_text(encoding="utf-8")
    for control in ('id="q"', 'id="f-source"', 'id="f-category"', 'id="f-status"', 'id="f-review"',
                    'id="f-pii"', 'data-key="confidence"'):
        assert control in html


def test_report_shows_tables_not_scanned_and_columns_skipped(make_sqlite, tmp_path):
    from piiscan.catalog import Catalog, SourceInfo, TableResult

    catalog = piiscan.scan(f"sqlite:///{make_sqlite({'t': (['id'], [(1,)])})}", ner=False, jobs=1)
    catalog = Catalog(catalog.sources + (SourceInfo("crm", "postgresql://u:***@db/crm", "error", "connection refused"),),
                      catalog.tables + (TableResult("db.sqlite", "main", "audit", "table", "error", "permission denied"),),
                      catalog.columns)
    html = render_report(catalog)
    assert "sources or tables not scanned" in html and "Not scanned</h2>" in html and "permission denied" in html and "connection refused" in html
    assert 'id="n-problems">2<' in html


def test_report_stays_small_at_many_columns():
    catalog = synthetic_catalog(2000)
    html = render_report(catalog)
    assert len(html.encode()) < 800_000  # about 300 bytes per column
    assert "(schema)" in html  # too many tables to list: the picture shows schemas
    from benchmarks.report import synthetic_policy

    checked = render_report(catalog, policy=synthetic_policy())
    shown = checked.split('id="violation-list"', 1)[1].split("</table>", 1)[0]
    assert shown.count("<tr>") == 101  # the header and the first 100; the rest wait in a <template>
    assert '<template id="more-violations">' in checked and 'id="show-violations"' in checked


def test_report_command(shop, tmp_path):
    where, catalog = shop
    catalog.write(tmp_path / "catalog.json")
    (tmp_path / "policy.yaml").write_text(POLICY)
    (tmp_path / "diff.json").write_text('{"changed": [{"table": "customers", "column": "phone"}]}')
    out = tmp_path / "out" / "r.html"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["report", str(tmp_path / "catalog.json"), "-o", str(out),
                                       "--policy", str(tmp_path / "policy.yaml"),
                                       "--diff", str(tmp_path / "diff.json"), "--title", "Nightly"])
    assert result.exit_code == 0, result.output
    assert f"written to {out}" in result.output
    html = out.read_text()
    assert "<title>Nightly</title>" in html and "Changes since the previous scan" in html
    (tmp_path / "diff.json").write_text("[1, 2]")
    bad = CliRunner().invoke(main, ["report", str(tmp_path / "catalog.json"), "-o", str(out),
                                    "--diff", str(tmp_path / "diff.json")])
    assert bad.exit_code == 2 and "expected a JSON object" in bad.output


def test_notebook_view_is_grouped_short_and_sorted_by_sensitivity(shop):
    _, catalog = shop
    html = catalog._repr_html_()
    assert "sqlite://" not in html and "shop · main.customers" in html
    for value in RAW:
        assert value not in html
    order = [m for m in re.findall(r">(GOV_ID|PERSON_NAME|EMAIL|PHONE)<", html)]
    assert order[0] == "GOV_ID" and order.index("PERSON_NAME") < order.index("PHONE")
    assert "products" not in html  # no findings there: not listed, only counted


def test_plot_is_the_report_picture(shop):
    _, catalog = shop
    picture = catalog.plot()
    svg = picture._repr_svg_()
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and svg.endswith("</svg>")
    assert "main.customers" in svg and "GOV_ID" in svg and "1 tables without findings" in svg
    assert svg.replace(' xmlns="http://www.w3.org/2000/svg"', "") in render_report(catalog)
    assert "<svg" in picture._repr_html_()


def test_review_state_and_notes_show_and_a_rejected_column_counts_no_category(shop, chromium, tmp_path):
    from dataclasses import replace

    _, catalog = shop
    columns = []
    for col in catalog.columns:
        if col.column == "phone":
            col = with_store_fields(col, review="rejected", notes=("desk numbers, not people's",))
        elif col.column == "email":
            col = with_store_fields(col, review="confirmed", notes=("checked by the DPO",))
        columns.append(col)
    reviewed = replace(catalog, columns=tuple(columns))
    pii = sum(bool(c.findings) for c in catalog.columns) - 1
    page = write_report(reviewed, tmp_path / "reviewed.html")
    dom = dump_dom(page)
    assert f"showing {pii} of {pii} matching columns" in dom and f'id="n-pii">{pii}<' in dom
    assert '<span class="review-confirmed">confirmed</span>' in dom and "note: checked by the DPO" in dom
    listed = dom.split('<table class="list" id="cols">', 1)[1].split("</table>", 1)[0]
    assert "desk numbers" not in listed and ">phone<" not in listed  # rejected: not personal data
    html = reviewed._repr_html_()
    assert ">confirmed<" in html and ">phone<" not in html


def test_a_store_diff_is_shown_per_kind_of_change(shop):
    _, catalog = shop
    diff = {"before": {"scans": [1], "generated_at": "2026-11-30T08:00:00+00:00"},
            "after": {"scans": [2], "generated_at": "2026-12-01T08:00:00+00:00"}, "threshold": 0.5,
            "counts": {"pii_appeared": 1, "table_dropped": 1}, "new_pii": 1,
            "changes": [{"kind": "pii_appeared", "source": "shop", "schema": "main", "table": "customers",
                         "column": "ssn", "before": "no findings", "after": "GOV_ID 0.95", "new_pii": True,
                         "notes": ["ask HR"]},
                        {"kind": "table_dropped", "source": "shop", "schema": "main", "table": "old",
                         "column": None, "before": "3 columns", "after": "", "new_pii": False, "notes": []}]}
    html = render_report(catalog, diff=diff)
    assert 'id="n-changes">2<' in html
    assert "<b>pii appeared</b>: 1" in html and "<b>table dropped</b>: 1" in html
    assert "<td>shop.main.customers.ssn</td><td>no findings</td><td>GOV_ID 0.95</td><td>yes</td><td>ask HR</td>" in html
    assert "new personal data: 1 changes" in html


def test_filtering_and_sorting_run_in_the_page(report, shop, chromium):
    _, catalog = shop

    def listed(fragment: str) -> list[tuple[str, str]]:
        dom = dump_dom(report, fragment=fragment)
        body = dom.split('<table class="list" id="cols">', 1)[1].split("</table>", 1)[0]
        return re.findall(r"<tr><td>shop</td><td>main\.(\w+)</td><td>(\w+) ", body)

    emails = listed("category=EMAIL")
    assert emails == [("customers", "email")]
    everything = listed("pii=0&sort=column")
    assert len(everything) == len(catalog.columns)
    assert [c for _, c in everything] == sorted(c.column for c in catalog.columns)
    descending = listed("pii=0&sort=column&desc=1")
    assert [c for _, c in descending] == sorted((c.column for c in catalog.columns), reverse=True)
    assert listed("q=widget") == [] and listed("q=title&pii=0") == [("products", "title")]


def test_names_from_the_scanned_database_cannot_inject_markup():
    from piiscan.catalog import Catalog, ColumnResult, SourceInfo, TableResult
    from piiscan.decide import Evidence, Finding

    evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'
    finding = Finding("EMAIL_ADDRESS", "EMAIL", 0.9, 1.0, (Evidence("column_name", evil, 0.9),), (evil,))
    catalog = Catalog((SourceInfo(evil, evil),), (TableResult(evil, evil, evil, "table", "error", evil),),
                      (ColumnResult(evil, "s", "t", evil, evil, "scanned", None, 1, 1, 1, None, (finding,)),))
    for html in (render_report(catalog, diff={"changes": [{"kind": evil, "source": evil}]}),
                 catalog._repr_html_(), catalog.plot().svg):
        assert "<img" not in html and "<script>alert" not in html and "</script><script>" not in html
