"""The report: one self-contained static HTML file (docs/report.md).

    from piiscan.report import write_report
    write_report(catalog, "report.html", policy=load_policy("policy.yaml"), diff=store.diff().to_dict())

Everything is inline (CSS, JS, the SVG picture drawn in Python, the column data as JSON);
nothing is fetched, so the file opens on an air-gapped laptop. It shows only what the
catalog holds: masked examples, never a raw value.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from piiscan.report.picture import Picture, heatmap_svg
from piiscan.report.view import COLOUR, column_record, rank, short_source

VIOLATIONS_SHOWN = 100  # the rest wait in a <template> until asked for, so the page paints fast

__all__ = ["Picture", "heatmap_svg", "read_diff", "render_report", "write_report", "write_text"]


def _json_for_script(data) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' that could end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def diff_view(diff: dict) -> dict:
    """A store diff (`Diff.to_dict()`) as sections of rows; any list of records is a section,
    a nested mapping of lists gives one section per list, scalars become lines."""
    sections, lines = [], []

    def add(name: str, value) -> None:
        if isinstance(value, list):
            records = [v if isinstance(v, dict) else {"item": v} for v in value]
            keys = list(dict.fromkeys(k for r in records for k in r))[:9]
            sections.append({"name": name, "fields": keys,
                             "rows": [{k: _cell(r.get(k)) for k in keys} for r in records]})
        elif isinstance(value, dict):
            for key, inner in value.items():
                add(f"{name} {key}".strip(), inner)
        else:
            lines.append(f"{name}: {_cell(value)}")

    changes = diff.get("changes")
    if isinstance(changes, list) and all(isinstance(c, dict) for c in changes):
        return _store_diff_view(diff, changes)
    for key, value in diff.items():
        add(str(key).replace("_", " "), value)
    return {"sections": sections, "lines": lines, "total": sum(len(s["rows"]) for s in sections)}


def _store_diff_view(diff: dict, changes: list[dict]) -> dict:
    """The store's diff shape: `changes` (kind, source, schema, table, column, before, after,
    new_pii, notes), one section per kind, in the store's order."""
    by_kind: dict[str, list[dict]] = {}
    for change in changes:
        where = ".".join(str(change[k]) for k in ("source", "schema", "table", "column") if change.get(k))
        by_kind.setdefault(str(change.get("kind", "change")), []).append({
            "where": where, "before": _cell(change.get("before")), "after": _cell(change.get("after")),
            "new personal data": "yes" if change.get("new_pii") else "", "notes": _cell(change.get("notes"))})
    sections = [{"name": kind.replace("_", " "), "fields": ["where", "before", "after", "new personal data", "notes"],
                 "rows": rows} for kind, rows in by_kind.items()]
    lines = []
    for side in ("before", "after"):
        info = diff.get(side)
        if isinstance(info, dict) and info.get("generated_at"):
            lines.append(f"{side}: scan of {_cell(info.get('generated_at'))}")
    if "new_pii" in diff:
        lines.append(f"new personal data: {_cell(diff['new_pii'])} changes")
    return {"sections": sections, "lines": lines, "total": len(changes)}


def _check_view(result, policy) -> dict:
    return {
        "summary": result.summary(), "errors": result.errors, "warnings": result.warnings,
        "not_scanned": result.not_scanned, "notices": list(result.notices),
        "violations": [v.to_dict() for v in sorted(
            result.violations, key=lambda v: (v.severity != "error", v.kind, v.target))],
        "excepted": [e.to_dict() for e in result.excepted],
    }


def render_report(catalog, *, policy=None, result=None, diff: dict | None = None,
                  title: str | None = None) -> str:
    """The report as an HTML string. `policy` (a `piiscan.policy.Policy`) adds the violations
    (computed here unless `result`, a `CheckResult`, is given); `diff` adds the changes."""
    import jinja2

    from piiscan import __version__

    if policy is not None and result is None:
        from piiscan.policy import check

        result = check(policy, catalog)
    summary = catalog.summary()
    records = []
    for i, col in enumerate(catalog.columns):
        record = column_record(col)
        record["i"] = i
        records.append(record)
    by_category: dict[str, int] = {}
    for record in records:  # after review: a rejected column counts no category
        for category in record["categories"]:
            by_category[category] = by_category.get(category, 0) + 1
    summary = {**summary, "pii_columns": sum(bool(r["categories"]) for r in records)}
    categories = sorted(by_category.items(), key=lambda kv: rank(kv[0]))
    problems = [{"source": short_source(t.source), "table": ".".join(p for p in (t.schema, t.table) if p),
                 "status": t.status, "reason": t.reason} for t in catalog.tables if t.status != "scanned"]
    problems[:0] = [{"source": short_source(s.name), "table": "(the whole source)", "status": s.status,
                     "reason": s.reason} for s in catalog.sources if s.status != "scanned"]
    env = jinja2.Environment(loader=jinja2.PackageLoader("piiscan.report", "templates"),
                             autoescape=True, trim_blocks=False, lstrip_blocks=False)
    return env.get_template("report.html.j2").render(
        title=title or "Where personal data lives",
        generator=f"piiscan {__version__}", generated_at=catalog.generated_at,
        written_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        sources=[{"name": short_source(s.name), "url": s.url, "status": s.status, "reason": s.reason}
                 for s in catalog.sources],
        summary=summary, problems=problems,
        categories=[{"name": c, "count": n, "colour": COLOUR.get(c, "#737373")} for c, n in categories],
        picture=heatmap_svg(catalog),
        check=None if result is None else _check_view(result, policy),
        policy_path=getattr(policy, "path", None), violations_shown=VIOLATIONS_SHOWN,
        diff=None if diff is None else diff_view(diff),
        data=_json_for_script({"columns": records, "colours": COLOUR}),
    )


def write_text(path: str | Path, text: str) -> Path:
    """Write a text file atomically (temp file + rename: piiscan.writers.atomic_write)."""
    from piiscan.errors import ConfigError
    from piiscan.writers import atomic_write

    try:
        return atomic_write(path, text)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_report(catalog, path: str | Path, **options) -> Path:
    """Render the report (`render_report` options) and write it to `path`."""
    return write_text(path, render_report(catalog, **options))


def read_diff(path: str | Path) -> dict:
    """A diff saved as JSON (`Diff.to_dict()`), for the report's changes section."""
    from piiscan.errors import ConfigError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read diff {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError):
        raise ConfigError(f"cannot read diff {path}: not JSON") from None
    if not isinstance(data, dict):
        raise ConfigError(f"cannot read diff {path}: expected a JSON object (a store diff)")
    return data
