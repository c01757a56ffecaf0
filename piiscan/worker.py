"""What runs on a worker, for one table: open the source named in the task (one connection
per source per worker process), sample, detect, decide; the rules and the spaCy model are
built once per process and reused. Never raises for a bad table: it becomes a row with
status `error` and a reason. piiscan.api schedules these tasks; piiscan.lake splits large
Parquet files into parts that run here too.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from piiscan.catalog import STORED_AS_BYTES, ColumnResult, TableResult
from piiscan.decide import DEFAULT_MIN_CONFIDENCE, decide_table
from piiscan.detect.binary import describe_bytes
from piiscan.detect.evidence import collect
from piiscan.detect.ner import DEFAULT_MODEL, engine
from piiscan.detect.summary import summarize
from piiscan.errors import ConfigError, PiiscanError
from piiscan.listing import Entry
from piiscan.rules import RuleSet, load_rules
from piiscan.sample import Sample, TableRef
from piiscan.sources.base import SourceOptions

#: Default rows sampled per table. 1,000 rows bound the 95% interval of a column's match
#: share to about ±3 points, enough to tell a PII column from a stray value, while keeping a
#: 1,000-column scan within a minute; larger samples mostly add cost.
DEFAULT_SAMPLE_SIZE = 1000



@dataclass(frozen=True)
class ScanSettings:
    sample_size: int = DEFAULT_SAMPLE_SIZE
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    rules: tuple[str, ...] = ()
    model: str = DEFAULT_MODEL
    ner: bool = True
    seed: int = 0
    options: SourceOptions = field(default_factory=SourceOptions)

    def to_dict(self) -> dict:
        return {"sample_size": self.sample_size, "min_confidence": self.min_confidence,
                "rules": list(self.rules), "model": self.model if self.ner else None,
                "seed": self.seed}


def task_source(task) -> str:
    return task[0]


def scan_task(settings: ScanSettings, task):
    from piiscan.lake import run_task

    return run_task(task, settings)


def start_worker(registry: dict[str, Entry]) -> None:
    """A local worker: Ctrl-C is left to the parent (it stops the workers, keeping what is
    done), and the registry of sources is installed."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_registry(registry)


def travelling(registry: dict[str, Entry]) -> dict[str, Entry]:
    """The registry as it may go to remote workers (Dask): no URL with a password."""
    out = {}
    for name, entry in registry.items():
        safe = entry.without_secret()
        if safe is None:
            raise ConfigError(f"source {name} has a password in its URL: on a cluster, give it in a sources "
                              "file (--config) that every worker can read, so that tasks carry its name only")
        out[name] = safe
    return out


@dataclass(frozen=True)
class RemoteScan:
    """The task function on a remote (Dask) worker: it carries the scan settings and the
    sources without secrets; a source whose URL holds a password is resolved by name from
    the worker's own copy of the sources file and environment."""

    settings: ScanSettings
    entries: dict

    def __call__(self, task):
        name = task[0]
        if name not in registered:
            entry = self.entries[name]
            if entry.target is None:
                from dataclasses import replace

                from piiscan.config import load_sources_file

                path, config_name = entry.config
                entry = replace(entry, target=load_sources_file(path).get(config_name).url())
            registered[name] = entry
        from piiscan.detect.ner import forget_all
        from piiscan.lake import run_task

        try:
            return run_task(task, self.settings)
        finally:
            forget_all()  # a long-lived cluster worker keeps no value NER read between tasks


def label(ref: TableRef) -> str:
    return ".".join(p for p in (ref.source, ref.schema, ref.name) if p)


#: Source name -> Entry (URL and options) in this process: installed once per worker.
registered: dict[str, Entry] = {}
_open_sources: dict = {}
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_open_sources.clear)


def install_registry(registry: dict[str, Entry]) -> None:
    registered.clear()
    registered.update(registry)


def source_for(name: str):
    """One open source per source name per worker process (one connection per worker)."""
    if name not in _open_sources:
        from piiscan.sources import open_source

        entry = registered[name]
        _open_sources[name] = open_source(entry.target, entry.options)
    return _open_sources[name]


def close_sources() -> None:
    while _open_sources:
        _, source = _open_sources.popitem()
        try:
            source.close()
        except Exception:  # closing a broken connection: nothing left to do
            pass


def scan_source_table(name: str, ref: TableRef, settings: ScanSettings
                      ) -> tuple[TableResult, list[ColumnResult]]:
    """Sample one table of the source registered as `name` and decide its columns. Never
    raises for a bad table."""
    started = time.perf_counter()
    try:
        source = source_for(name)
        sample = source.sample(ref, registered[name].sample_size)
    except Exception as exc:
        return failed(ref, read_error(ref, exc), started)
    return detected(ref, sample, settings, started, foreign_links(source, ref))


def foreign_links(source, ref: TableRef) -> tuple[tuple[str, str], ...]:
    """(column, referred table) of the single-column foreign keys the source declares for
    `ref` (whose rows a key refers to: piiscan.context); none where it can't tell."""
    try:
        return tuple(source.referred_tables(ref)) if hasattr(source, "referred_tables") else ()
    except Exception:  # a listing of keys that fails costs the hint, never the table
        return ()


def read_error(ref: TableRef, exc: Exception) -> str:
    if isinstance(exc, PiiscanError):
        return str(exc)
    from piiscan.errors import error_line  # a driver error we didn't anticipate: record it, go on

    return f"cannot read {ref.name}: {error_line(exc)}"


def detected(ref: TableRef, sample: Sample, settings: ScanSettings, started: float, links=()
              ) -> tuple[TableResult, list[ColumnResult]]:
    sample = Sample(ref, sample.columns, sample.data, sample.method, sample.rows_total, sample.notes,
                    tuple(links) or sample.links)
    try:
        return detect_sample(sample, settings, started)
    except Exception as exc:  # detection failed for the table as a whole: record it, go on
        from piiscan.detect.evidence import failure_reason

        return failed(ref, failure_reason(exc), started)


def failed(ref: TableRef, reason: str, started: float):
    return (TableResult(ref.source, ref.schema, ref.name, ref.kind, "error", reason,
                        seconds=time.perf_counter() - started), [])


_rule_cache: dict = {}
_models: set[str] = set()
#: How often this process built the detector's parts: each is built once, lazily, on first
#: use, and reused for every later table (piiscan.fleet.worker_state reports it).
DETECTOR_BUILDS = {"rules": 0, "ner": 0}


def rules_for(paths: tuple[str, ...]) -> RuleSet:
    if paths not in _rule_cache:
        _rule_cache[paths] = load_rules(paths)
        DETECTOR_BUILDS["rules"] += 1
    return _rule_cache[paths]


def _ner(model: str):
    if model not in _models:
        _models.add(model)
        DETECTOR_BUILDS["ner"] += 1
    return engine(model)


def detect_sample(sample: Sample, settings: ScanSettings, started: float | None = None
                  ) -> tuple[TableResult, list[ColumnResult]]:
    started = time.perf_counter() if started is None else started
    rules = rules_for(settings.rules)
    ner = _ner(settings.model) if settings.ner else None
    ref = sample.table
    evidence = collect(sample, rules, ner, settings.seed)
    decisions = decide_table(evidence, rules, settings.min_confidence)
    rows = sample.data.num_rows
    columns = []
    for ev, decision in zip(evidence, decisions):
        info = ev.column
        # the source's type says bytes (ColumnInfo.binary): whatever the bytes turn out to hold
        stored_as = STORED_AS_BYTES if info.binary else None
        if ev.error is not None:
            columns.append(ColumnResult(ref.source, ref.schema, ref.name, info.name, info.data_type,
                                        "error", ev.error, stored_as=stored_as))
            continue
        if ev.profile is None and ev.binary is None:
            columns.append(ColumnResult(ref.source, ref.schema, ref.name, info.name, info.data_type,
                                        "skipped", info.skip_reason or "not sampled",
                                        findings=decision.findings,  # binary: from its name
                                        evidence_summary=summarize(ev), stored_as=stored_as))
            continue
        if ev.profile is None:  # a binary column, decided from its bytes (piiscan.detect.binary)
            columns.append(ColumnResult(
                ref.source, ref.schema, ref.name, info.name, info.data_type, "scanned", describe_bytes(ev.binary),
                rows, ev.binary.non_null, ev.binary.distinct, decision.content, decision.findings,
                decision.near, evidence_summary=summarize(ev), stored_as=stored_as))
            continue
        note = (f"{ev.masked_keys} JSON key(s) looked like personal data and are masked in paths"
                if ev.masked_keys else describe_bytes(ev.binary) if ev.binary is not None else None)
        columns.append(ColumnResult(
            ref.source, ref.schema, ref.name, info.name, info.data_type, "scanned", note,
            rows, ev.profile.non_null, ev.profile.distinct, decision.content, decision.findings,
            decision.near, evidence_summary=summarize(ev), stored_as=stored_as))
    notes = "; ".join(sample.notes) or None  # what the source changed or left out, in its words
    table = TableResult(ref.source, ref.schema, ref.name, ref.kind, "scanned", notes, rows,
                        sample.rows_total, sample.method, time.perf_counter() - started)
    return table, columns
