"""CLI commands that read a catalog (a file or the store's current state): check, report,
review. Thin over piiscan.policy, piiscan.report and piiscan.review; registered on the
`piiscan` group at the end of piiscan/cli.py. Nothing heavy is imported until a command runs.
"""

from __future__ import annotations

import sys

import click

from piiscan.errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_TABLE_ERRORS


def _guard(debug: bool):
    """piiscan.cli's error guard, imported when a command runs (cli imports this module)."""
    from piiscan.cli import _guard as guard

    return guard(debug)


def _catalog_from(catalog_path: str | None, store: str | None, diff: bool = False):
    """(catalog, diff) a command works on: a catalog file (diff None), or the store's current
    state (review decisions applied) and, with `diff`, its latest diff as a dict."""
    from piiscan.errors import ConfigError, PiiscanError

    if store:
        try:
            from piiscan.store.commands import _open as open_store
        except ImportError:
            raise ConfigError("--store needs piiscan.store, which this piiscan does not have") from None
        with open_store(store) as opened:
            current = opened.current()
            changes = None
            if diff:
                try:
                    changes = opened.diff().to_dict()
                except PiiscanError:  # nothing to compare with
                    changes = None
            return current, changes
    if not catalog_path:
        raise ConfigError("give a CATALOG file (from piiscan scan) or --store")
    from piiscan.catalog import load_catalog

    return load_catalog(catalog_path), None


@click.command("check")
@click.argument("catalog", required=False, metavar="[CATALOG]")
@click.option("--policy", "-p", "policy_path", required=True, type=click.Path(), metavar="POLICY.yaml",
              help="Policy file (see docs/policy.md).")
@click.option("--store", default=None, metavar="PATH|URL", help="Check the store's current state instead of a file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit", "github"]),
              default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warn"]), default="error", show_default=True,
              help="Exit 1 when a violation of this severity or higher remains.")
@click.option("--explain", "explain_target", default=None, metavar="SOURCE.SCHEMA.TABLE.COLUMN",
              help="Print the rules that decide this column, then exit.")
@click.option("--output", "-o", default=None, metavar="PATH", help="Write the output to a file instead of stdout.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def check_command(catalog, policy_path, store, fmt, fail_on, explain_target, output, debug):
    """Check CATALOG (or the store) against a policy: which system may hold which personal data.

    Exit 0 when clean, 1 when a violation at or above --fail-on remains, 2 when the policy
    or the catalog is invalid."""
    with _guard(debug):
        from piiscan.policy import check, explain, format_result, load_policy

        policy = load_policy(policy_path)
        data, _ = _catalog_from(catalog, store)
        if explain_target:
            click.echo("\n".join(explain(policy, data, explain_target)))
            sys.exit(EXIT_OK)
        result = check(policy, data)
        text = format_result(result, policy, fmt)
        if output:
            from piiscan.report import write_text

            write_text(output, text + "\n")
            click.echo(result.summary(), err=True)
        else:
            click.echo(text)
    sys.exit(EXIT_TABLE_ERRORS if result.failed(fail_on) else EXIT_OK)


@click.command("report")
@click.argument("catalog", required=False, metavar="[CATALOG]")
@click.option("--store", default=None, metavar="PATH|URL",
              help="Report the store's current state, with its review decisions and the latest diff.")
@click.option("--output", "-o", default="report.html", show_default=True, metavar="PATH", help="The HTML file to write.")
@click.option("--policy", "-p", "policy_path", default=None, type=click.Path(), metavar="POLICY.yaml",
              help="Also show the violations of this policy.")
@click.option("--diff", "diff_path", default=None, type=click.Path(), metavar="DIFF.json",
              help="Also show this diff (a store diff as JSON: piiscan diff --format json).")
@click.option("--title", default=None, help="Page title.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def report_command(catalog, store, output, policy_path, diff_path, title, debug):
    """Write a self-contained HTML report of CATALOG (or the store): a picture of where
    personal data lives, every table and column, errors, violations and changes."""
    with _guard(debug):
        from piiscan.report import read_diff, write_report

        data, store_diff = _catalog_from(catalog, store, diff=not diff_path)
        policy = None
        if policy_path:
            from piiscan.policy import load_policy

            policy = load_policy(policy_path)
        diff = read_diff(diff_path) if diff_path else store_diff
        path = write_report(data, output, policy=policy, diff=diff, title=title)
    s = data.summary()
    click.echo(f"Report of {s['columns']} columns ({s['pii_columns']} with personal data) "
               f"in {s['tables']} tables written to {path}")


@click.command("review")
@click.argument("catalog_file", required=False, type=click.Path(), metavar="[CATALOG]")
@click.option("--store", "store_url", default=None, metavar="PATH_OR_URL",
              help="Review the store's current state and record each answer as a decision there.")
@click.option("--output", "-o", default=None, metavar="PATH",
              help="With a catalog file: write the reviewed catalog here.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Ask at most this many questions.")
@click.option("--who", default=None, help="Reviewer recorded with each decision (default: $USER).")
@click.option("--list", "list_only", is_flag=True, help="Print the queue; ask nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Format of --list.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def review_command(catalog_file, store_url, output, limit, who, list_only, fmt, debug):
    """Answer the questions piiscan asks about columns it is unsure of (see docs/review.md).

    Keys: y = personal data (confirm), n = not personal data (reject), r = relabel (then a
    category), s = skip, q = quit. When stdin is not a terminal, one answer per line:
    `y [note]`, `n [note]`, `r CATEGORY [note]`, `s`, `q`.
    """
    import getpass
    import os

    with _guard(debug):
        from piiscan.errors import ConfigError
        from piiscan.review import parse_answer, review_queue

        if (catalog_file is None) == (store_url is None):
            raise ConfigError("give either a catalog file or --store")
        store = None
        if store_url is not None:
            from piiscan.store import Store

            store = Store(store_url)
            catalog = store.current()
        else:
            from piiscan.catalog import load_catalog

            catalog = load_catalog(catalog_file)
        queue = review_queue(catalog, limit=limit)
    if list_only:
        if fmt == "json":
            import json

            click.echo(json.dumps([q.to_dict() for q in queue], indent=2, ensure_ascii=False))
        else:
            for i, q in enumerate(queue, 1):
                click.echo(f"{i:>3}. [{', '.join(q.reasons)}] {q.text}")
            click.echo(f"{len(queue)} question(s) of {len(catalog.columns)} columns")
        return
    who = who or os.environ.get("USER") or getpass.getuser()
    interactive = sys.stdin.isatty()
    answered, columns = 0, {(c.source, c.schema, c.table, c.column): c for c in catalog.columns}
    for i, q in enumerate(queue, 1):
        click.echo(f"\n[{i}/{len(queue)}] {q.text}")
        for e in q.evidence:
            click.echo(f"    {e.signal}: {e.detail}")
        if q.examples:
            click.echo(f"    masked examples: {', '.join(q.examples)}")
        while True:
            if interactive:
                click.echo("  y = personal data, n = not, r = relabel, s = skip, q = quit: ", nl=False)
                key = click.getchar()
                click.echo(key)
                line = key
                if key.lower() == "r":
                    line += " " + click.prompt("  category", default="", show_default=False)
                if key.lower() in ("y", "n", "r"):
                    line += " " + click.prompt("  note (enter to skip)", default="", show_default=False)
            else:
                line = sys.stdin.readline()
                if not line:
                    line = "q"
            try:
                answer, category, note = parse_answer(line)
                break
            except ConfigError as exc:
                click.echo(f"  {exc}", err=True)
                if not interactive:
                    sys.exit(EXIT_BAD_INPUT)
        if answer == "quit":
            break
        if answer == "skip":
            continue
        with _guard(debug):
            from piiscan.review import apply_answer

            key = (q.source, q.schema, q.table, q.column)
            columns[key] = apply_answer(columns[key], answer, category)
            if store is not None:
                action = {"yes": "confirm", "no": "reject", "relabel": "relabel"}[answer]
                store.decide(q.target, action, who=who, note=note, category=category)
        answered += 1
    click.echo(f"\n{answered} answer(s) recorded" + (f" in {store_url}" if store is not None else ""))
    if output:
        with _guard(debug):
            from dataclasses import replace

            replace(catalog, columns=tuple(columns.values())).write(output)
        click.echo(f"Reviewed catalog written to {output}")


def register(group: click.Group) -> None:
    for command in (check_command, report_command, review_command):
        group.add_command(command)
