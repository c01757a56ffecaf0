"""`piiscan find`: the command line over piiscan.find (registered at the end of piiscan.cli).

The subject comes from a file or stdin (--subject -), never from argv. Output on the
terminal is counts and table names; the results file (0600) holds row keys.
"""

from __future__ import annotations

import sys

import click


def _source_pairs(values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, url = value.partition("=")
        if not sep or not name or not url:
            raise click.BadParameter("expected NAME=URL", param_hint="--source")
        pairs[name] = url
    return pairs


@click.command("find")
@click.argument("sources", nargs=-1)
@click.option("--store", "store_url", default=None, metavar="PATH_OR_URL",
              help="Catalog store: look where its current state says (instead of --catalog), and keep "
                   "the request's audit record there (no identifiers).")
@click.option("--catalog", "catalog", required=False, type=click.Path(), metavar="FILE",
              help="The catalog (JSON) that says which columns to search.")
@click.option("--subject", "subject_path", required=True, metavar="FILE",
              help="Who to look for: a YAML/JSON file, or '-' for stdin (never on the command line).")
@click.option("--config", "config", type=click.Path(), default=None, metavar="FILE",
              help="Sources file (docs/fleets.md): reopen the catalog's sources from it by name; "
                   "SOURCES are then names in it (default: all that the catalog has).")
@click.option("--source", "named", multiple=True, metavar="NAME=URL",
              help="Reopen catalog source NAME from URL (repeatable); SOURCES are matched by URL or name.")
@click.option("--key-file", type=click.Path(), default=None, metavar="PATH",
              help="Key of subject_ref (HMAC-SHA-256); default $PIISCAN_FIND_KEY_FILE or $PIISCAN_FIND_KEY.")
@click.option("--output", "-o", default="find-result.json", show_default=True, metavar="PATH",
              help="Where to write the results (JSON, mode 0600).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Search columns classified at or above this confidence.")
@click.option("--category", "categories", multiple=True, metavar="CATEGORY",
              help="Only columns of this category (repeatable; default: all searchable ones).")
@click.option("--free-text", is_flag=True, help="Also search free-text columns (substring queries).")
@click.option("--region", default=None, metavar="CC", help="Default region of phone numbers (e.g. GB).")
@click.option("--max-rows", type=click.IntRange(min=1), default=50, show_default=True,
              help="A column matching more rows than this is ambiguous (count only).")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True,
              help="Links (foreign keys) followed from confirmed rows.")
@click.option("--fanout", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Child rows listed per link followed.")
@click.option("--links", "links", type=click.Path(), default=None, metavar="FILE",
              help="Declared links (table.column -> table.column) to follow too; see docs/find.md.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Statement timeout per query in seconds.")
@click.option("--export", "export", type=click.Path(), default=None, metavar="DIR",
              help="Write the full confirmed rows to DIR (art. 15; mode 0600).")
@click.option("--plan-erasure", "plan_dir", type=click.Path(), default=None, metavar="DIR",
              help="Write an erasure plan (SQL + 0600 parameters) to DIR; nothing is executed.")
@click.option("--policy", type=click.Path(), default=None, metavar="FILE",
              help="Erasure policy file (delete / anonymise / retain per table).")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def find_command(store_url, catalog, sources, config, subject_path, named, key_file, output, min_confidence, categories,
                 free_text, region, max_rows, depth, fanout, links, timeout, export, plan_dir, policy,
                 quiet, debug):
    """Find where one person's data is, in the catalog's SOURCES (reopened from their URLs)."""
    from piiscan.cli import EXIT_OK, EXIT_TABLE_ERRORS, _echo, _guard

    pairs = _source_pairs(named)
    with _guard(debug):
        from piiscan.errors import ConfigError
        from piiscan.find.api import find_subject
        from piiscan.find.erasure import load_policy, plan_erasure
        from piiscan.find.subject import load_key, load_subject

        key = load_key(key_file)
        if subject_path == "-":
            subject = load_subject(sys.stdin, region=region)
        else:
            subject = load_subject(subject_path, region=region)
        loaded, store = _catalog_and_store(catalog, store_url)
        erasure_policy = load_policy(policy) if plan_dir else None

        def progress(done: int, total: int, table: str) -> None:
            if not quiet and sys.stderr.isatty():
                from piiscan.errors import printable

                click.echo(f"\rsearching {done}/{total} {printable(table)[:40]:<40}", err=True, nl=done == total)

        if pairs and (sources or config):
            raise ConfigError("give sources either as --source NAME=URL, as SOURCES or with --config, not mixed")
        spec: dict | list = {**pairs} if pairs else list(sources)
        if config:
            from piiscan.config import load_sources_file

            in_catalog = {s.name for s in loaded.sources}
            spec = [s for s in load_sources_file(config).specs(sources) if sources or s.name in in_catalog]
        result = find_subject(subject, loaded, spec, key=key, min_confidence=min_confidence,
                              categories=categories or None, free_text=free_text, max_rows=max_rows,
                              depth=depth, fanout=fanout, links=links, region=region, timeout=timeout,
                              export=export, progress=progress)
        result.write(output)
        if store is not None:
            store.record_audit(result.audit())
        if plan_dir:
            plan_erasure(result, erasure_policy).write(plan_dir)
    if not quiet:  # every line escaped: a table name can't forge a line
        _echo(*result.text().splitlines(), f"results written to {output} (personal data: mode 0600)",
              *([f"erasure plan written to {plan_dir} (not executed)"] if plan_dir else []))
    partial = any(t.status == "error" for t in result.tables) or any(
        n.reason.startswith(("source not reopened", "source could not", "table could not")) for n in result.not_searched)
    sys.exit(EXIT_TABLE_ERRORS if partial else EXIT_OK)


def _catalog_and_store(catalog: str | None, store_url: str | None):
    """The catalog to search from (a file, or the store's current state) and the store, if any."""
    from piiscan.catalog import load_catalog
    from piiscan.errors import ConfigError

    if (catalog is None) == (store_url is None):
        raise ConfigError("give the catalog to search from: --catalog FILE or --store PATH_OR_URL")
    if store_url is not None:
        from piiscan.store.commands import _open

        store = _open(store_url)
        return store.current(), store
    try:
        return load_catalog(catalog), None
    except OSError as error:
        raise ConfigError(f"cannot read catalog {catalog}: {error.strerror or type(error).__name__}") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(f"cannot read catalog {catalog}: not a piiscan catalog (JSON from piiscan scan)") from None
