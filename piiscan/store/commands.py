"""CLI commands over the catalog store: history, diff, decide, note, stale. Thin over `Store`.

Registered on the `piiscan` group at the end of piiscan/cli.py. Nothing heavy is imported
until a command runs. The store is `--store`, else $PIISCAN_STORE, else ./piiscan.db.
"""

from __future__ import annotations

import json
import os
import sys

import click

from piiscan.errors import EXIT_OK, EXIT_TABLE_ERRORS

STORE_ENV = "PIISCAN_STORE"


def _store_option(fn):
    return click.option("--store", "store", default=None, metavar="PATH_OR_URL",
                        help=f"Catalog store (default: ${STORE_ENV}, else piiscan.db).")(fn)


def _debug_option(fn):
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(fn)


def _format_option(fn):
    return click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                        show_default=True, help="Text for people, JSON for tools.")(fn)


def _say(line: str) -> None:
    """One line of text output, control characters escaped (a name can't forge a line)."""
    from piiscan.errors import printable

    click.echo(printable(line))


def _open(store: str | None):
    """The store named by --store / $PIISCAN_STORE / piiscan.db; a missing file is an error."""
    from piiscan.errors import ConfigError
    from piiscan.store import DEFAULT_STORE, Store

    where = store or os.environ.get(STORE_ENV) or DEFAULT_STORE
    if "://" not in where and not os.path.exists(where):
        raise ConfigError(f"no catalog store at {where}; record one with: piiscan scan SOURCE --store {where}")
    return Store(where)


def register(main: click.Group, guard) -> None:
    """Add the store's commands to the `piiscan` group."""

    @main.command("history")
    @click.argument("target", required=False)
    @_store_option
    @_format_option
    @_debug_option
    def history_command(target, store, fmt, debug):
        """The scans that touched TARGET (SOURCE[.TABLE[.COLUMN]]; default: every scan), what
        changed from one to the next, and the decisions and notes on it."""
        with guard(debug):
            with _open(store) as opened:
                entries = opened.history(target)
        if fmt == "json":
            click.echo(json.dumps([e.to_dict() for e in entries], indent=2, ensure_ascii=False))
            return
        for e in entries:
            scan = f"scan {e.scan_id}" if e.scan_id is not None else e.kind
            _say(f"{e.at}  {scan:<9} {e.summary}")
            for change in e.changes:
                _say(f"{'':<36}{change}")

    @main.command("diff")
    @click.argument("a", required=False, type=int)
    @click.argument("b", required=False, type=int)
    @_store_option
    @_format_option
    @click.option("--fail-on-new", is_flag=True, help="Exit 1 when personal data appeared (for CI).")
    @_debug_option
    def diff_command(a, b, store, fmt, fail_on_new, debug):
        """What changed from scan A to scan B (default B: the latest; default: the two latest
        scans of each source): PII columns appeared, disappeared, changed category or crossed
        the threshold; tables added, dropped or newly erroring."""
        with guard(debug):
            with _open(store) as opened:
                diff = opened.diff(a, b)
        if fmt == "json":
            click.echo(json.dumps(diff.to_dict(), indent=2, ensure_ascii=False))
        else:
            if not diff.changes:
                _say("no changes")
            for c in diff.changes:
                mark = "+" if c.new_pii else " "
                _say(f"{mark} {c.kind:<22} {c.name}: {c.before} -> {c.after}")
                for text in c.notes:
                    _say(f"{'':<26}note: {text}")
            if diff.changes:
                _say(f"{len(diff.changes)} changes, {len(diff.new_pii)} with new personal data")
        sys.exit(EXIT_TABLE_ERRORS if fail_on_new and diff.new_pii else EXIT_OK)

    @main.command("decide")
    @click.argument("target")
    @click.argument("action", type=click.Choice(["confirm", "reject", "relabel", "missed"]))
    @click.option("--category", default=None, help="The category, for relabel and missed (docs/categories.md).")
    @click.option("--note", default="", help="Why; shown in history and the catalog.")
    @click.option("--who", default=None, help="Who decides (default: the login name).")
    @click.option("--expires", default=None, metavar="YYYY-MM-DD", help="The decision no longer applies after this date.")
    @_store_option
    @_debug_option
    def decide_command(target, action, category, note, who, expires, store, debug):
        """Record a decision on column TARGET (SOURCE.[SCHEMA.]TABLE.COLUMN): confirm its
        findings, reject them, relabel it as --category, or mark it missed (--category)."""
        with guard(debug):
            with _open(store) as opened:
                decision = opened.decide(target, action, _who(who), note, category, expires)
        _say(f"decision {decision.id}: {decision.action} {decision.target}"
                   + (f" as {decision.category}" if decision.category else ""))

    @main.command("note")
    @click.argument("target")
    @click.argument("text")
    @click.option("--who", default=None, help="Who writes it (default: the login name).")
    @_store_option
    @_debug_option
    def note_command(target, text, who, store, debug):
        """Attach note TEXT to TARGET: a source, a table or a column."""
        with guard(debug):
            with _open(store) as opened:
                note = opened.note(target, text, _who(who))
        _say(f"note {note.id} on {note.target}")

    @main.command("stale")
    @click.option("--days", type=click.FloatRange(min=0), default=None, help="Unchanged for at least this many days.")
    @click.option("--scans", type=click.IntRange(min=1), default=None, help="Unchanged across at least this many scans.")
    @_store_option
    @_format_option
    @_debug_option
    def stale_command(days, scans, store, fmt, debug):
        """Tables holding personal data whose last-change signals have not moved, oldest first."""
        with guard(debug):
            with _open(store) as opened:
                tables = opened.stale(days, scans)
        if fmt == "json":
            click.echo(json.dumps([t.to_dict() for t in tables], indent=2, ensure_ascii=False))
            return
        if not tables:
            _say("no stale tables")
        for t in tables:
            rows = f", {t.rows_total} rows" if t.rows_total is not None else ""
            _say(f"{t.unchanged_since[:10]}  {t.days:>6.0f} days  {t.scans:>3} scans  {t.name} "
                       f"({', '.join(t.categories)}{rows})")


    @main.command("redecide")
    @click.argument("scan_id", required=False, type=int, metavar="[SCAN]")
    @click.option("--min-confidence", type=click.FloatRange(0, 1), required=True,
                  help="The new threshold for findings.")
    @click.option("--record", is_flag=True, help="Append the result to the store as a new scan.")
    @click.option("--output", "-o", default=None, metavar="PATH", help="Also write the catalog (json, csv, parquet).")
    @_store_option
    @_debug_option
    def redecide_command(scan_id, min_confidence, record, output, store, debug):
        """Decide scan SCAN (default: the latest) again at --min-confidence from its stored
        evidence counts, without sampling any table."""
        with guard(debug):
            with _open(store) as opened:
                catalog = opened.redecide(scan_id, min_confidence, record)
            if output:
                catalog.write(output)
        s = catalog.summary()
        _say(f"PII columns at {min_confidence:g}: {s['pii_columns']} of {s['columns']}")
        if catalog.settings.get("not_redecided"):
            _say(f"{catalog.settings['not_redecided']} columns had no stored evidence and kept their findings")
        if record:
            _say(f"Recorded as scan {catalog.settings['store_scan']} in the store")


def _who(who: str | None) -> str:
    if who:
        return who
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
