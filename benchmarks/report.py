"""How big the HTML report gets and how fast it paints, at 10,000 columns (docs/report.md).

    python -m benchmarks.report [--columns 10000] [--out benchmarks/results/report.json]

Builds a synthetic catalog (4 sources, 10 columns per table, a quarter of the columns with
findings, masked examples, a few tables in error), checks it against a 29-rule policy,
renders the report, and opens it in headless Chromium: the page's own paint timings (first paint, first contentful paint, load)
are read back from the DOM of a copy with a small timing script added before </body>; the
wall time of a whole `chromium --screenshot` run is given too.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.browser import dump_dom, find_chromium, screenshot
from piiscan.catalog import Catalog, ColumnResult, SourceInfo, TableResult
from piiscan.decide import Evidence, Finding

RESULTS = Path(__file__).parent / "results"
CATEGORIES = [("EMAIL", "EMAIL_ADDRESS", "email", "j***@e******.com"),
              ("PERSON_NAME", "PERSON", "last_name", "M*****"),
              ("PHONE", "PHONE_NUMBER", "phone", "+44 ***** ***123"),
              ("STREET_ADDRESS", "STREET_ADDRESS", "address_line", "** H*** S*****"),
              ("CITY", "CITY", "city", "L*****"), ("POSTAL_CODE", "POSTAL_CODE", "zip", "9****"),
              ("DATE_OF_BIRTH", "DATE_OF_BIRTH", "birth_date", "19**-**-**"),
              ("GOV_ID", "US_SSN", "ssn", "***-**-1234"), ("IP_ADDRESS", "IP_ADDRESS", "ip", "10.*.*.*"),
              ("CREDENTIAL", "PASSWORD_HASH", "password_hash", "$2b$***")]

TIMING = """<script>
(function () {
  var t = {};
  function done() {
    if (!("first-contentful-paint" in t) || !("load" in t) || document.getElementById("piiscan-timing")) return;
    var m = document.createElement("pre"); m.id = "piiscan-timing"; m.textContent = JSON.stringify(t);
    document.body.appendChild(m);
  }
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { t[e.name] = e.startTime; }); done();
  }).observe({ type: "paint", buffered: true });
  window.addEventListener("load", function () { setTimeout(function () {
    var n = performance.getEntriesByType("navigation")[0];
    t.dom_content_loaded = n.domContentLoadedEventEnd; t.load = n.loadEventStart; done();
  }, 0); });
})();
</script>"""


def synthetic_catalog(columns: int = 10_000, seed: int = 7) -> Catalog:
    rng = random.Random(seed)
    sources = [SourceInfo(name, f"postgresql+psycopg://reader:***@{name}.internal/{name}")
               for name in ("crm", "warehouse", "hr", "billing")]
    tables, cols = [], []
    t = -1
    while len(cols) < columns:
        t += 1
        source = sources[t % len(sources)].name
        schema, table = f"s{t % 7}", f"table_{t:04d}"
        status = "error" if t % 97 == 0 else "scanned"
        tables.append(TableResult(source, schema, table, "table", status,
                                  "permission denied for table" if status == "error" else None,
                                  1000, 50_000, "tablesample"))
        for c in range(10):
            findings = ()
            name = f"col_{c}"
            if rng.random() < 0.25:
                category, entity, name, example = rng.choice(CATEGORIES)
                confidence = round(rng.uniform(0.5, 0.99), 3)
                findings = (Finding(entity, category, confidence, round(rng.uniform(0.3, 1), 3),
                                    (Evidence("values", f"{rng.randint(300, 1000)} of 1000 values match", 0.8),
                                     Evidence("column_name", f"keyword '{name}' (en)", 0.7)),
                                    (example,) * 3, None, category.lower()),)
            if status == "error":
                findings = ()
            cols.append(ColumnResult(source, schema, table, f"{name}_{c}", "VARCHAR(200)", status,
                                     "table not read" if status == "error" else None, 1000, 990, 700,
                                     None, findings))
    return Catalog(tuple(sources), tuple(tables), tuple(cols))


def synthetic_policy():
    """One deny rule everywhere plus an allow rule per source and schema (29 rules)."""
    from piiscan.policy import parse_policy

    rules = ["  - {name: no-ids, deny: [GOV_ID, CREDENTIAL], owner: privacy}"]
    rules += [f"  - {{name: {source}-s{n}, match: {{source: {source}, schema: s{n}}}, "
              f"allow: [EMAIL, PHONE, PERSON_NAME], owner: {source}-team}}"
              for source in ("crm", "warehouse", "hr", "billing") for n in range(7)]
    return parse_policy("version: 1\nrules:\n" + "\n".join(rules) + "\n", "synthetic-policy.yaml")


def measure(columns: int, runs: int = 3) -> dict:
    from piiscan.policy import check
    from piiscan.report import render_report

    catalog = synthetic_catalog(columns)
    policy = synthetic_policy()
    started = time.perf_counter()
    result = check(policy, catalog)
    check_seconds = time.perf_counter() - started
    with_policy = render_report(catalog, policy=policy, result=result)
    started = time.perf_counter()
    html = render_report(catalog)
    render_seconds = time.perf_counter() - started
    out = {"columns": len(catalog.columns), "tables": len(catalog.tables),
           "pii_columns": catalog.summary()["pii_columns"],
           "html_bytes": len(html.encode()), "python_render_seconds": round(render_seconds, 3),
           "policy_rules": len(policy.rules), "policy_check_seconds": round(check_seconds, 3),
           "policy_violations": len(result.violations),
           "html_bytes_with_policy": len(with_policy.encode())}
    if find_chromium() is None:
        out["chromium"] = "not installed"
        return out
    with tempfile.TemporaryDirectory(prefix="piiscan-report-bench-") as where:
        where = Path(where)
        out.update(paint_timings(html, where, runs))
        out.update({f"{k}_with_policy": v for k, v in paint_timings(with_policy, where, runs).items()
                    if k.endswith("_ms")})
        page, blank, png = where / "report.html", where / "blank.html", where / "shot.png"
        page.write_text(html, encoding="utf-8")
        blank.write_text("<!DOCTYPE html><title>blank</title><p>blank</p>", encoding="utf-8")
        walls, baseline = [], []
        for _ in range(runs):
            for target, times in ((page, walls), (blank, baseline)):
                started = time.perf_counter()
                screenshot(target, png, budget_ms=None)
                times.append(time.perf_counter() - started)
    out["screenshot_wall_seconds"] = round(statistics.median(walls), 2)
    out["screenshot_wall_seconds_blank_page"] = round(statistics.median(baseline), 2)
    out["runs"] = runs
    return out


def paint_timings(html: str, where: Path, runs: int) -> dict:
    """Median paint and load timings (ms) of `runs` loads of a copy of `html` with TIMING added.
    A virtual-time budget lets the first paint happen before the DOM is read back."""
    timed = where / "timed.html"
    timed.write_text(html.replace("</body>", TIMING + "</body>"), encoding="utf-8")
    paints = []
    for _ in range(runs):
        for _attempt in range(3):  # a loaded machine may need a second try
            dom = dump_dom(timed, budget_ms=10_000)
            if 'id="piiscan-timing">' in dom:
                paints.append(json.loads(dom.split('id="piiscan-timing">', 1)[1].split("</pre>", 1)[0]))
                break
    out = {"runs_timed": len(paints)}
    for key in ("first-paint", "first-contentful-paint", "dom_content_loaded", "load"):
        values = [p[key] for p in paints if key in p]
        if values:
            out[f"{key.replace('-', '_')}_ms"] = round(statistics.median(values), 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS / "report.json")
    args = parser.parse_args(argv)
    result = measure(args.columns, args.runs)
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
