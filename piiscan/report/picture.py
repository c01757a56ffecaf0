"""Where personal data lives, as one inline SVG heat map drawn in Python.

Rows are tables (or schemas, when there are too many tables to read), grouped by source;
columns are the categories found, most sensitive first. A cell holds the number of columns
of that category and takes the category's colour; the bar before each row shows how many of
the table's columns hold personal data, coloured by its most sensitive category (outlined
dashed when some of a schema's tables were not scanned; a table not scanned has no bar).
"""

from __future__ import annotations

from html import escape

from piiscan.report.view import TableView, colour, rank, short_source, table_views

CELL, ROW, LABEL, BAR, HEAD = 30, 20, 230, 70, 118


def _aggregate(views: list[TableView]) -> list[TableView]:
    """One view per (source, schema): the fallback when tables are too many to list."""
    out: dict[tuple, TableView] = {}
    for v in views:
        agg = out.setdefault((v.source, v.schema), TableView(v.source, v.schema, f"{v.schema or '-'} (schema)"))
        agg.schema = None
        agg.columns += v.columns
        agg.pii_columns += v.pii_columns
        for cat, n in v.by_category.items():
            agg.by_category[cat] = agg.by_category.get(cat, 0) + n
        if v.status != "scanned":
            agg.status, agg.reason = "partial", "some tables not scanned"
    return list(out.values())


def _text_colour(fill: str) -> str:
    r, g, b = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#111" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def heatmap_svg(catalog, max_rows: int = 60, standalone: bool = False) -> str:
    """The picture as an SVG string (`standalone` adds the XML namespace for a .svg file)."""
    views = table_views(catalog)
    level = "tables"
    shown = [v for v in views if v.pii_columns or v.status != "scanned"]
    if len(shown) > max_rows:
        views, level = _aggregate(views), "schemas"
        shown = [v for v in views if v.pii_columns or v.status != "scanned"]
    categories = sorted({c for v in views for c in v.by_category}, key=rank)
    by_source: dict[str, list[TableView]] = {}
    quiet: dict[str, int] = {}
    for v in views:
        by_source.setdefault(v.source, [])
        if v in shown:
            by_source[v.source].append(v)
        else:
            quiet[v.source] = quiet.get(v.source, 0) + 1
    rows: list[tuple[str, object]] = []
    hidden = 0
    for source, items in by_source.items():
        rows.append(("source", source))
        items.sort(key=lambda v: (rank(v.top), -v.pii_columns, v.label))
        budget = max(3, max_rows // max(1, len(by_source)))
        for v in items[:budget]:
            rows.append(("table", v))
        if len(items) > budget:
            hidden += len(items) - budget
            rows.append(("more", f"… {len(items) - budget} more {level} with findings (see the table below)"))
        if quiet.get(source):
            rows.append(("quiet", f"{quiet[source]} {level} without findings"))
    width = LABEL + BAR + CELL * max(1, len(categories)) + 90  # room for the slanted labels
    height = HEAD + ROW * len(rows) + 10
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    out = [f'<svg{ns} class="piiscan-picture" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" font-family="system-ui,-apple-system,Segoe UI,sans-serif" '
           f'font-size="12"><title>Where personal data lives: {len(shown)} {level} with findings '
           f'across {len(categories)} categories</title>']
    out.append(f'<text x="{LABEL - 6}" y="{HEAD - 8}" text-anchor="end" fill="#555">{level}</text>')
    out.append(f'<text x="{LABEL + 2}" y="{HEAD - 8}" fill="#555">PII cols</text>')
    for i, cat in enumerate(categories):
        x = LABEL + BAR + i * CELL + CELL / 2
        out.append(f'<text transform="translate({x + 4},{HEAD - 6}) rotate(-60)" fill="{colour(cat)}" '
                   f'font-weight="600">{escape(cat)}</text>')
    y = HEAD
    for kind, item in rows:
        if kind == "source":
            out.append(f'<rect x="0" y="{y}" width="{width}" height="{ROW}" fill="#eef1f5"/>'
                       f'<text x="6" y="{y + 14}" font-weight="700">{escape(short_source(item))}</text>')
        elif kind in ("more", "quiet"):
            out.append(f'<text x="18" y="{y + 14}" fill="#777" font-style="italic">{escape(item)}</text>')
        else:
            out.extend(_row(item, categories, y))
        y += ROW
    out.append("</svg>")
    return "".join(out)


def _row(v: TableView, categories: list[str], y: int) -> list[str]:
    label = v.label if len(v.label) <= 30 else v.label[:29] + "…"
    parts = [f'<g><title>{escape(v.label)}: {v.pii_columns} of {v.columns} columns with personal data'
             f'{"; " + escape(v.status) + ": " + escape(v.reason or "") if v.status != "scanned" else ""}</title>',
             f'<text x="{LABEL - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>']
    if v.status not in ("scanned", "partial"):
        parts.append(f'<rect x="{LABEL + 2}" y="{y + 3}" width="{BAR - 8}" height="{ROW - 6}" fill="none" '
                     f'stroke="#999" stroke-dasharray="3 2"/><text x="{LABEL + 6}" y="{y + 14}" fill="#777" '
                     f'font-size="10">{escape(v.status)}</text>')
    else:
        share = v.pii_columns / v.columns if v.columns else 0
        outline = ' stroke="#999" stroke-dasharray="3 2"' if v.status == "partial" else ""
        parts.append(f'<rect x="{LABEL + 2}" y="{y + 4}" width="{BAR - 8}" height="{ROW - 8}" fill="#eee"{outline}/>'
                     f'<rect x="{LABEL + 2}" y="{y + 4}" width="{(BAR - 8) * share:.1f}" height="{ROW - 8}" '
                     f'fill="{colour(v.top)}"/>')
    for i, cat in enumerate(categories):
        n = v.by_category.get(cat, 0)
        if not n:
            continue
        x = LABEL + BAR + i * CELL
        fill = colour(cat)
        opacity = min(1.0, 0.45 + 0.2 * n)
        parts.append(f'<rect x="{x + 1}" y="{y + 1}" width="{CELL - 2}" height="{ROW - 2}" rx="3" '
                     f'fill="{fill}" fill-opacity="{opacity:.2f}"/><text x="{x + CELL / 2}" y="{y + 14}" '
                     f'text-anchor="middle" fill="{_text_colour(fill)}" font-size="11">{n}</text>')
    parts.append("</g>")
    return parts


class Picture:
    """The heat map for notebooks: shows itself (`_repr_svg_`, `_repr_html_`), `.svg`, `.save()`."""

    def __init__(self, catalog, max_rows: int = 60):
        self.svg = heatmap_svg(catalog, max_rows=max_rows, standalone=True)

    def _repr_svg_(self) -> str:
        return self.svg

    def _repr_html_(self) -> str:
        return f'<div style="overflow:auto">{self.svg}</div>'

    def save(self, path) -> None:
        from pathlib import Path

        Path(path).write_text(self.svg, encoding="utf-8")

    def __repr__(self) -> str:
        return f"<piiscan Picture {len(self.svg)} bytes of SVG>"
