"""scan(): sources in, Catalog out. What the CLI and notebooks call.

Each source is opened once here to list its tables; what the listing learns (row
estimates, columns) travels with each table. Tables are scanned by a bounded pool of worker
processes (`jobs`); a task names its source and carries the table, never a URL; each worker
opens its own connection to each source from a name -> URL registry it received once,
loads the rules and the spaCy model once, and returns plain results. `jobs=1` runs
everything in this process. Results don't depend on `jobs`.
"""

from __future__ import annotations

import collections
import functools
import os
import time
from typing import Callable, Iterable

from piiscan import worker
from piiscan.catalog import Catalog, SourceInfo
from piiscan.decide import DEFAULT_MIN_CONFIDENCE
from piiscan.detect.ner import DEFAULT_MODEL, engine
from piiscan.errors import ConfigError, ScanInterrupted
from piiscan.listing import Entry, check_coverage, list_sources
from piiscan.sample import ColumnInfo, Sample, TableRef, binary_as_bytes_struct, is_binary_type
from piiscan.sources.base import SourceOptions
from piiscan.worker import DEFAULT_SAMPLE_SIZE, ScanSettings, detect_sample  # noqa: F401  (public here)
from piiscan.store.scanning import with_change
from piiscan.spec import (SourceSpec, check_patterns, check_sample_size, check_paths, check_share,
                          check_timeout, check_whole, source_specs)

Progress = Callable[[int, int, str], None]

#: The default number of workers never exceeds this (more processes mostly add memory).
MAX_DEFAULT_JOBS = 8


def default_jobs() -> int:
    """Worker processes by default: the number of cores, at most MAX_DEFAULT_JOBS."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_JOBS))


def scan(*sources: str | os.PathLike | SourceSpec, sample_size: int = DEFAULT_SAMPLE_SIZE,
         rules: Iterable[str] = (), include: Iterable[str] = (), exclude: Iterable[str] = (),
         schemas: Iterable[str] = (), exclude_schemas: Iterable[str] = (), views: bool = False,
         timeout: float = 60.0, jobs: int | None = None,
         min_confidence: float = DEFAULT_MIN_CONFIDENCE, model: str = DEFAULT_MODEL,
         ner: bool = True, seed: int = 0, progress: Progress | bool | None = None,
         executor=None, task_timeout: float | None = None,
         store=None, changed_only: bool = False) -> Catalog:
    """Scan databases, files and folders into a Catalog.

    `store` (a `piiscan.store.Store`, a path or a URL) appends the scan to a catalog store;
    `changed_only` then re-reads only the tables that changed since its last scan
    (docs/store.md). A scan stopped by Ctrl-C is not recorded.

    >>> catalog = scan("sqlite:///shop.db", "exports/")          # doctest: +SKIP
    >>> catalog.pii().to_pandas()                                # doctest: +SKIP

    Args:
        *sources: what to scan, each a SQLAlchemy URL (``postgresql+psycopg://reader@db/crm``),
            an ``odbc:`` connection string, a path (str or ``pathlib.Path``) to a data file, a
            folder (walked recursively; SQLite databases in it are scanned too) or a SQLite
            file, a `SourceSpec` (a source with its own name and options), or a list of these.
        sample_size: rows sampled per table (a whole number, at least 1).
        rules: extra rule files or folders, on top of the built-in rules (docs/rules.md).
        include: glob patterns (one string or several); only tables whose name (or
            ``schema.table``), or files whose relative path or file name, match one are
            scanned. Case-sensitive. A pattern that matches nothing in any source is a
            ConfigError.
        exclude: glob patterns of tables / files to leave out.
        schemas: glob patterns of the database schemas to scan (MySQL/MariaDB: databases);
            default: the URL's database (SQLite, MySQL) or every non-system schema
            (PostgreSQL, SQL Server). A pattern that matches no table is a ConfigError.
        exclude_schemas: glob patterns of schemas to leave out.
        views: sample views too (materialized views are always sampled: they hold rows).
        timeout: per-table statement timeout in seconds (databases), more than 0 and at most
            a day.
        jobs: tables scanned at once, each by a worker process with its own connections;
            default: the number of cores, at most 8. ``1`` scans in this process. The
            catalog doesn't depend on it.
        min_confidence: findings below this confidence (0 to 1) are left out.
        model: the installed spaCy model package used for NER.
        ner: False skips NER (faster; names and places then rest on column names).
        seed: seed of every random pick (rows of tables and files, values checked by NER):
            the same seed, data and rules give the same catalog, apart from timings
            (docs/sources.md names the one sampler that can't be seeded).
        progress: a callable, called as ``progress(done, total, label)`` after each table;
            True for a progress line (piiscan.progress), False for none, None (default) for
            a progress line in Jupyter notebooks only.
        executor: a ``concurrent.futures.Executor`` to run the tables on instead of a local
            process pool, e.g. ``distributed.Client(...).get_executor()`` for a Dask cluster
            (docs/fleets.md). Tasks carry source names, never URLs with passwords; such
            sources must then come from a sources file (`piiscan.config`).
        task_timeout: wall-clock seconds one table may take on a worker (sampling and
            detection); a table past it is recorded as an error and the scan goes on.
            Default: no limit beyond the per-statement ``timeout``.
        store: a `piiscan.store.Store`, a path or a URL: the scan is appended to that catalog
            store (docs/store.md) and the catalog's ``settings.store_scan`` names it.
        changed_only: with `store`: tables whose last-change signal has not moved since the
            store's last scan keep their results (``carried_from``) instead of being sampled.

    Returns:
        A Catalog with every source, every table (scanned, skipped or error, with a
        reason) and every column.

    Raises:
        ConfigError: a bad argument, or a pattern that matches nothing.
        SourceError: no source could be opened, or the sources hold nothing to scan.
        RuleError: a rule file is invalid.
        ScanInterrupted: Ctrl-C (a KeyboardInterrupt); ``.catalog`` holds the partial catalog,
            the tables not finished with status ``error`` and reason ``interrupted``.
    """
    if store is None and changed_only:
        raise ConfigError("changed_only needs a store")
    if store is not None and not hasattr(store, "add_scan"):
        from piiscan.store import Store

        with Store(store) as opened:
            return scan(*sources, sample_size=sample_size, rules=rules, include=include, exclude=exclude,
                        schemas=schemas, exclude_schemas=exclude_schemas, views=views, timeout=timeout,
                        jobs=jobs, min_confidence=min_confidence, model=model, ner=ner, seed=seed,
                        progress=progress, executor=executor, task_timeout=task_timeout, store=opened,
                        changed_only=changed_only)
    import datetime

    started_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    specs = source_specs(sources)
    sample_size = check_sample_size(sample_size)
    options = SourceOptions(
        include=check_patterns("include", include), exclude=check_patterns("exclude", exclude),
        schemas=check_patterns("schemas", schemas),
        exclude_schemas=check_patterns("exclude_schemas", exclude_schemas),
        views=bool(views), timeout_s=check_timeout(timeout), seed=check_whole("seed", seed))
    if jobs is not None:
        check_whole("jobs", jobs, minimum=1)
    if task_timeout is not None:
        task_timeout = check_timeout(task_timeout)
    settings = ScanSettings(sample_size, check_share("min_confidence", min_confidence),
                            check_paths("rules", rules), model, ner, options.seed, options)
    worker.rules_for(settings.rules)  # fail early on bad rules, before any connection (and keep them)
    if ner:
        engine(model).check()  # fail early on a missing model, before any connection
    listing = list_sources(specs, options, sample_size)
    check_coverage(listing, options)
    carried: dict = {}
    if changed_only:
        from piiscan.store.scanning import carried_tables

        carried = carried_tables(store, [ref for _, ref in listing.work], listing.changes, settings.to_dict())
    todo = [(name, ref) for name, ref in listing.work if (ref.source, ref.schema, ref.name) not in carried]
    if store is not None:
        store.close()  # no store connection crosses the fork to the workers; it reopens to record
    from piiscan.progress import reporter

    try:
        with reporter(progress) as report:
            try:
                results = _run(todo, settings, jobs or default_jobs(), report, listing.registry,
                               executor, task_timeout)
            except _Interrupted as stop:  # Ctrl-C: hand on what was scanned, the rest marked
                raise ScanInterrupted(_catalog(listing, _with_carried(listing, carried, stop.results),
                                               settings)) from None
    finally:
        worker.registered.clear()  # no URL stays in memory after the scan
        if ner:
            engine(model).forget()  # nor the values NER read (a local pool's workers end here)
    results = across_tables(results, settings)
    catalog = _catalog(listing, _with_carried(listing, carried, results), settings)
    if store is not None:
        from dataclasses import replace

        scan_id = store.add_scan(catalog, started_at)
        catalog = replace(catalog, settings={**catalog.settings, "store_scan": scan_id})
    return catalog


def across_tables(results: list, settings: ScanSettings) -> list:
    """The step a scan takes once each of its tables is decided ((TableResult, [ColumnResult])
    per table): tables holding keys to tables about people decided again (piiscan.linking).
    Benchmarks that decide samples taken beforehand call it too, so they measure the product."""
    from piiscan.linking import link_people

    return link_people(results, worker.rules_for(settings.rules), settings.min_confidence)


def _with_carried(listing, carried: dict, results: list) -> list:
    """Results in listing order: the tables scanned now, and those carried over unchanged."""
    done = iter(results)
    return [carried.get((ref.source, ref.schema, ref.name)) or next(done) for _, ref in listing.work]


def _catalog(listing, results, settings: ScanSettings) -> Catalog:
    tables = tuple(with_change(t, listing.changes) for t, _ in results) + tuple(listing.not_read)
    columns = tuple(c for _, cols in results for c in cols)
    return Catalog(sources=tuple(listing.infos), tables=tables, columns=columns, settings=settings.to_dict())


class _Interrupted(KeyboardInterrupt):
    def __init__(self, results: list) -> None:
        super().__init__("scan interrupted")
        self.results = results


INTERRUPTED = "interrupted (Ctrl-C) before this table was scanned"


def _interrupted(work, results: list) -> _Interrupted:
    started = time.perf_counter()
    return _Interrupted([r if r is not None else worker.failed(ref, INTERRUPTED, started)
                         for (_, ref), r in zip(work, results)])


def _run(work, settings: ScanSettings, jobs: int, progress: Progress | None, registry: dict[str, Entry],
         executor=None, task_timeout: float | None = None):
    """Scan every (source name, table) of `work`: here when jobs is 1, else on `executor`
    (default: a local process pool of `jobs` workers) through piiscan.fleet.run_tasks."""
    from piiscan import fleet, lake

    results: list = [None] * len(work)
    total = len(work)
    worker.install_registry(registry)
    tasks, owners = list(work), list(range(total))
    if executor is not None or jobs > 1:  # large Parquet files are read in parts
        tasks, owners = lake.split(work, registry, jobs)
    if executor is None and (jobs <= 1 or len(tasks) <= 1):
        try:
            for i, (name, ref) in enumerate(work):
                results[i] = worker.scan_source_table(name, ref, settings)
                if progress:
                    progress(i + 1, total, worker.label(ref))
        except KeyboardInterrupt:
            raise _interrupted(work, results) from None
        finally:
            worker.close_sources()  # no connection outlives the scan (a notebook runs many)
        return results
    done = 0
    parts: dict[int, list] = {}
    expected = collections.Counter(o for t, o in zip(tasks, owners) if isinstance(t, lake.PartTask))

    def on_result(i: int, result) -> None:
        nonlocal done
        if isinstance(tasks[i], lake.PartTask):
            parts.setdefault(owners[i], []).append(result)
            return
        results[owners[i]], done = result, done + 1
        if progress:
            progress(done, total, worker.label(work[owners[i]][1]))

    def merge_when_read(i: int, result) -> list:
        """A file read in parts is merged and detected as soon as its last part is in."""
        owner = owners[i]
        if not isinstance(tasks[i], lake.PartTask) or len(parts[owner]) < expected[owner]:
            return []
        tasks.append(lake.MergeTask(*work[owner], tuple(parts.pop(owner))))
        owners.append(owner)
        return [tasks[-1]]

    limits = {name: entry.concurrency for name, entry in registry.items() if entry.concurrency}

    def failed(task, reason: str):
        if isinstance(task, lake.PartTask):
            return lake.failed_part(task, reason)
        return worker.failed(task[1], reason, time.perf_counter())

    pools: list = []  # the local pools this scan started (a broken one is replaced)
    if executor is None:
        # The registry (name -> URL and options) reaches each worker once, through fork or
        # the pool's initializer; tasks carry a source's name and the table, never a URL.
        def new_pool():
            pools.append(fleet.local_executor(min(jobs, len(tasks)), worker.start_worker, (registry,))[0])
            return pools[-1]

        import multiprocessing

        if settings.ner and "fork" in multiprocessing.get_all_start_methods():
            engine(settings.model).nlp  # noqa: B018  loaded once here; forked workers share it

        pool = new_pool()
        work_fn, slots = functools.partial(worker.scan_task, settings), min(jobs, len(tasks))
    else:  # the caller's executor: used, never shut down here
        pool, new_pool = executor, None
        work_fn, slots = worker.RemoteScan(settings, worker.travelling(registry)), max(jobs, 1)
    try:
        fleet.run_tasks(tasks, work_fn, pool, source_of=worker.task_source, failed=failed, limits=limits,
                        slots=slots, deadline_s=task_timeout, on_result=on_result,
                        new_executor=new_pool, follow_up=merge_when_read)
    except KeyboardInterrupt:
        for started in pools:
            fleet.stop(started)
        raise _interrupted(work, results) from None
    for started in pools:
        started.shutdown(wait=True)
    return results


def scan_table(data, name: str = "table", *, sample_size: int = DEFAULT_SAMPLE_SIZE,
               rules: Iterable[str] = (), min_confidence: float = DEFAULT_MIN_CONFIDENCE,
               model: str = DEFAULT_MODEL, ner: bool = True, seed: int = 0) -> Catalog:
    """Scan a table already in memory: a pyarrow Table, a pandas or polars DataFrame, or
    anything with `__arrow_c_stream__` / `to_arrow()`. `sample_size` rows are picked at
    random (from `seed`) when the table is longer; the other arguments are scan()'s."""
    import pyarrow as pa

    sample_size, seed = check_sample_size(sample_size), check_whole("seed", seed)
    rules, min_confidence = check_paths("rules", rules), check_share("min_confidence", min_confidence)
    table = _to_arrow(data)
    if table.num_rows > sample_size:
        import numpy as np

        picks = np.sort(np.random.default_rng(seed).choice(table.num_rows, sample_size, replace=False))
        table, method = table.take(pa.array(picks)), "random"
    else:
        method = "full"
    columns = [ColumnInfo(f.name, str(f.type), binary=is_binary_type(f.type)) for f in table.schema]
    for i, column in enumerate(columns):
        if column.binary:  # read as prefixes and lengths, as sources hand them on
            table = table.set_column(i, column.name, binary_as_bytes_struct(table.column(i)))
    ref = TableRef("memory", None, name, "table")
    sample = Sample(ref, columns, table, method, None)
    settings = ScanSettings(sample_size, min_confidence, tuple(str(r) for r in rules), model, ner, seed)
    result, cols = detect_sample(sample, settings)
    return Catalog(sources=(SourceInfo("memory", "memory"),), tables=(result,), columns=tuple(cols),
                   settings=settings.to_dict())


def _to_arrow(data):
    import sys

    import pyarrow as pa

    if isinstance(data, pa.Table):
        return data
    if isinstance(data, pa.RecordBatch):
        return pa.Table.from_batches([data])
    pandas = sys.modules.get("pandas")  # a DataFrame means pandas is already imported
    if pandas is not None and isinstance(data, pandas.DataFrame):
        return _from_pandas(data)
    try:
        if hasattr(data, "__arrow_c_stream__"):
            return pa.table(data)
        if hasattr(data, "to_arrow"):
            return data.to_arrow()
        if isinstance(data, dict):
            return pa.table(data)
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as error:
        # the library's message may quote a value: name the problem, not the value
        raise ConfigError(f"cannot convert the {type(data).__name__} to Arrow ({type(error).__name__}); "
                          "give its columns one type each") from None
    raise ConfigError(f"cannot scan a {type(data).__name__}: pass a pyarrow Table or a DataFrame")


def _from_pandas(frame):
    """A DataFrame as Arrow; a column Arrow can't type (mixed values: its error would quote
    one) becomes strings, so no value reaches the error and the column is still scanned."""
    import pandas as pd
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        pass
    arrays = []
    for name in frame.columns:
        series = frame[name]
        try:
            arrays.append(pa.array(series, from_pandas=True))
        except (pa.ArrowException, TypeError, ValueError, OverflowError):
            missing = series.isna().to_numpy()
            arrays.append(pa.array([None if gone else str(v) for v, gone in zip(series, missing)], pa.string()))
    return pa.Table.from_arrays(arrays, names=[str(n) for n in frame.columns])
