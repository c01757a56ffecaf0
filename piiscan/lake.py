"""Lakes: a large Parquet file read in parts by separate tasks, its sample merged per file.

On a process pool or a Dask cluster (piiscan.api._run; the parts run in piiscan.worker), each large Parquet file (at least
`files.SPLIT_BYTES`, several row groups holding sampled rows) becomes one task per run of
row groups (`PartTask`, at most PARTS_PER_SLOT per worker slot); when a file's parts are
back, one `MergeTask` merges them into the file's sample and detects on it. The rows are
picked over the whole file from the seed before the split, so the merged sample is the one
a single reader takes (piiscan.sources.parquet): the catalog has one row per file and
doesn't depend on the executor. A row group that can't be read, or a part whose task
failed, loses only its rows, and the table's reason says which. Other tables are one task.
"""

from __future__ import annotations

import time
from typing import NamedTuple

from piiscan.sample import TableRef

#: Parts a file is read in, at most, per worker slot.
PARTS_PER_SLOT = 2


class PartTask(NamedTuple):
    """Read the sampled rows of some row groups of one file (a source *name*, never a URL)."""

    name: str
    ref: TableRef
    groups: tuple[int, ...]


class MergeTask(NamedTuple):
    """Merge a file's parts into its sample and decide its columns."""

    name: str
    ref: TableRef
    parts: tuple


def split(work: list, registry: dict, slots: int) -> tuple[list, list[int]]:
    """The tasks for `work` ((source name, table) pairs): a table's own pair, or the
    PartTasks of a large Parquet file; and for each task the index of its table in `work`."""
    from piiscan.sources import open_source

    tasks: list = []
    owners: list[int] = []
    opened: dict = {}
    for index, (name, ref) in enumerate(work):
        groups = None
        entry = registry.get(name)
        if ref.kind == "file" and entry is not None and entry.target is not None:
            try:
                if name not in opened:
                    opened[name] = open_source(entry.target, entry.options)
                finder = getattr(opened[name], "parquet_parts", None)
                groups = finder(ref, entry.sample_size, max(2, slots * PARTS_PER_SLOT)) if finder else None
            except Exception:  # the file's own task will read it and say what is wrong
                groups = None
        for part in groups or ():
            tasks.append(PartTask(name, ref, part))
            owners.append(index)
        if not groups:
            tasks.append((name, ref))
            owners.append(index)
    for source in opened.values():
        source.close()
    return tasks, owners


def run_task(task, settings):
    """What a worker does with one task: a table, a part of a file, or a file's merge."""
    from piiscan import worker

    if isinstance(task, PartTask):
        return worker.source_for(task.name).sample_part(task.ref, worker.registered[task.name].sample_size, task.groups)
    if isinstance(task, MergeTask):
        return merge_and_detect(task, settings)
    return worker.scan_source_table(task[0], task[1], settings)


def failed_part(task: PartTask, reason: str):
    from piiscan.sources.parquet import failed_part as failed

    return failed(task.groups, reason)


def merge_and_detect(task: MergeTask, settings):
    from piiscan import worker

    started = time.perf_counter()
    try:
        sample = worker.source_for(task.name).merge_parts(task.ref, worker.registered[task.name].sample_size,
                                                        list(task.parts))
    except Exception as exc:
        return worker.failed(task.ref, worker.read_error(task.ref, exc), started)
    return worker.detected(task.ref, sample, settings, started)
