"""The notebook view of a Catalog (`Catalog._repr_html_`): compact, grouped per table,
coloured by category, most sensitive first; short source names; masked examples only."""

from __future__ import annotations

from html import escape

from piiscan.report.view import categories_of, colour, rank, short_source, table_views

_STYLE = ("<style>.piiscan-nb td,.piiscan-nb th{padding:2px 8px;text-align:left;vertical-align:top}"
          ".piiscan-nb .grp td{background:#eef1f5;font-weight:600;border-top:1px solid #ccd}"
          ".piiscan-nb .chip{display:inline-block;padding:0 6px;margin:1px;border-radius:8px;color:#fff;"
          "font-size:85%}.piiscan-nb .dim{color:#777}</style>")


def chip(category: str) -> str:
    return f'<span class="chip" style="background:{colour(category)}">{escape(category)}</span>'


def _clip(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def catalog_html(catalog, max_rows: int = 200) -> str:
    s = catalog.summary()
    sources = ", ".join(short_source(src.name) for src in catalog.sources) or "-"
    pii = sum(bool(categories_of(col)) for col in catalog.columns)
    caption = (f"piiscan catalog: {pii} PII columns of {s['columns']} in {s['tables']} "
               f"tables ({s['tables_with_errors']} with errors); sources: {sources}")
    columns_by_table: dict[tuple, list] = {}
    for col in catalog.columns:
        if categories_of(col):
            columns_by_table.setdefault((col.source, col.schema, col.table), []).append(col)
    views = [v for v in table_views(catalog) if v.pii_columns or v.status != "scanned"]
    views.sort(key=lambda v: (v.status == "scanned", rank(v.top), -v.pii_columns, v.source, v.label))
    body, shown, total = [], 0, sum(len(c) for c in columns_by_table.values())
    reviewed = any(getattr(col, "review", None) for col in catalog.columns)
    for v in views:
        if shown >= max_rows:
            break
        where = f"{short_source(v.source)} · {v.label}"
        if v.status != "scanned":
            body.append(f'<tr class="grp"><td colspan="5">{escape(where)} '
                        f'<span class="dim">{escape(v.status)}: {escape(v.reason or "")}</span></td></tr>')
            continue
        body.append(f'<tr class="grp"><td colspan="5">{escape(where)} '
                    f'<span class="dim">{v.pii_columns} of {v.columns} columns</span></td></tr>')
        cols = columns_by_table.get((v.source, v.schema, v.table), [])
        cols.sort(key=lambda c: (rank(categories_of(c)[0]), c.column))
        for col in cols[:max_rows - shown]:
            shown += 1
            top = col.top
            review = getattr(col, "review", None)
            examples = ", ".join(_clip(e) for e in top.examples[:2]) if top else ""
            body.append(
                "<tr>" f"<td>{escape(col.column)}</td>"
                f"<td>{''.join(chip(c) for c in categories_of(col))}</td>"
                f"<td>{'' if top is None else f'{top.confidence:.2f}'}</td>"
                f'<td class="dim">{escape(examples)}</td>'
                + (f"<td>{escape(review) if review else ''}</td>" if reviewed else "") + "</tr>")
    if total > shown:
        body.append(f'<tr><td colspan="5" class="dim">… {total - shown} more PII columns: '
                    f'catalog.pii().to_pandas() lists them all</td></tr>')
    head = ("<tr><th>column</th><th>categories</th><th>confidence</th><th>examples (masked)</th>"
            + ("<th>review</th>" if reviewed else "") + "</tr>")
    return (f'{_STYLE}<div class="piiscan-nb"><table><caption style="text-align:left">{escape(caption)}'
            f"</caption>{head}{''.join(body)}</table></div>")
