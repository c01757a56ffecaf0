"""Running the per-table work on an executor: a local process pool or a Dask cluster.

`run_tasks` is the one loop both use. It hands each task to a `concurrent.futures.Executor`
(`ProcessPoolExecutor` here, `distributed.Client.get_executor()` on Dask), keeps at most
`limits[source]` tasks of one source in flight (so a database sees at most that many
queries from the whole fleet), gives every task a wall-clock deadline, and turns whatever
happens to a task — an exception, a killed or lost worker, a deadline, a broken pool — into
exactly one result through `failed(task, reason)`. Tasks carry a source *name*, never a URL:
schedulers show task arguments on dashboards and in logs.

    executor, close = local_executor(jobs=4)
    executor, close = dask_executor(scheduler="tcp://scheduler:8786")
    executor, close = dask_executor(workers=4)          # a LocalCluster on this machine
"""

from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Hashable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Tasks kept in flight per worker slot: enough to keep workers busy, few enough that a
#: task's deadline counts from when it could start.
IN_FLIGHT_PER_SLOT = 2


def run_tasks(tasks: Sequence[T], work: Callable[[T], R], executor: Executor, *,
              source_of: Callable[[T], Hashable], failed: Callable[[T, str], R],
              limits: dict | None = None, slots: int = 1, deadline_s: float | None = None,
              on_result: Callable[[int, R], None] | None = None,
              new_executor: Callable[[], Executor] | None = None,
              follow_up: Callable[[int, R], Sequence[T]] | None = None) -> list[R]:
    """Run `work(task)` for every task on `executor`; one result per task, in task order.

    `limits` maps a source to its most tasks in flight at once; `slots` is how many
    tasks the executor runs at once; `deadline_s` bounds each task's wall time from its
    submission. `on_result(i, result)` is called as results arrive (progress, partial
    catalogs). `follow_up(i, result)` may return tasks that this result makes ready (a
    file's merge once its parts are in): they run in the same loop, numbered after the
    tasks before them, and their results follow in the list. A broken local pool is
    replaced through `new_executor` when given.
    """
    limits = limits or {}
    tasks = list(tasks)
    results: list = [None] * len(tasks)
    waiting: dict[Hashable, deque[int]] = {}
    for i, task in enumerate(tasks):
        waiting.setdefault(source_of(task), deque()).append(i)
    in_flight: dict[Hashable, int] = {source: 0 for source in waiting}
    running: dict[Future, tuple[int, float]] = {}
    cap = max(1, slots * IN_FLIGHT_PER_SLOT)

    def finish(i: int, result) -> None:
        results[i] = result
        in_flight[source_of(tasks[i])] -= 1
        if on_result is not None:
            on_result(i, result)
        for task in follow_up(i, result) if follow_up is not None else ():
            tasks.append(task)
            results.append(None)
            waiting.setdefault(source_of(task), deque()).append(len(tasks) - 1)
            in_flight.setdefault(source_of(task), 0)

    def submit_more() -> None:
        nonlocal executor
        progressed = True
        while progressed and len(running) < cap:
            progressed = False
            for source, queue in waiting.items():  # round robin over sources
                if not queue or in_flight[source] >= limits.get(source, cap) or len(running) >= cap:
                    continue
                i = queue.popleft()
                in_flight[source] += 1
                try:
                    future = executor.submit(work, tasks[i])
                except BrokenProcessPool:
                    if new_executor is None:
                        finish(i, failed(tasks[i], "worker pool broke (a worker process died)"))
                        continue
                    executor = new_executor()
                    future = executor.submit(work, tasks[i])
                except RuntimeError as exc:  # shut down executor, closed client
                    finish(i, failed(tasks[i], f"cannot submit the task: {type(exc).__name__}"))
                    continue
                running[future] = (i, time.monotonic() + deadline_s if deadline_s else float("inf"))
                progressed = True

    submit_more()
    while running:
        nearest = min(end for _, end in running.values())
        timeout = None if nearest == float("inf") else max(0.0, nearest - time.monotonic())
        done, _ = wait(list(running), timeout=timeout, return_when=FIRST_COMPLETED)
        now = time.monotonic()
        for future in list(running):
            i, end = running[future]
            if future in done:
                del running[future]
                finish(i, _outcome(future, tasks[i], failed))
            elif now >= end:
                del running[future]
                future.cancel()
                finish(i, failed(tasks[i], f"timed out: the task ran past its {deadline_s:g}s deadline"))
        submit_more()
    return results


def _outcome(future: Future, task, failed):
    try:
        return future.result()
    except BrokenProcessPool:
        return failed(task, "worker process died while scanning this table")
    except Exception as exc:  # a worker crash or a killed Dask worker: still one row
        name = type(exc).__name__
        if name == "KilledWorker":
            return failed(task, "worker died while scanning this table (retries exhausted)")
        if name == "CancelledError":
            return failed(task, "task cancelled")
        return failed(task, f"task failed: {name}")


def local_executor(jobs: int, initializer=None, initargs: tuple = ()) -> tuple[Executor, Callable[[], None]]:
    """A process pool of `jobs` workers. Fork where there is one: workers start at once, and
    scripts, notebooks and `python -` work without an `if __name__ == "__main__"` guard
    (spawn re-imports the main module); the parent holds no open connection when it forks."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=initializer, initargs=initargs)
    return pool, lambda: pool.shutdown(wait=True, cancel_futures=True)


def stop(executor: Executor) -> None:
    """Cancel what is queued and end a local pool's running workers now (shutdown alone
    waits for them); other executors are asked to cancel what they can."""
    workers = list((getattr(executor, "_processes", None) or {}).values())
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except TypeError:  # an Executor without cancel_futures
        executor.shutdown(wait=False)
    for process in workers:
        process.terminate()
    for process in workers:
        process.join(timeout=5)


def dask_executor(scheduler: str | None = None, workers: int | None = None
                  ) -> tuple[Executor, Callable[[], None], int]:
    """An executor on a Dask cluster: the scheduler at `scheduler`, or a LocalCluster of
    `workers` single-threaded worker processes. Returns (executor, close, worker slots)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from piiscan.errors import ConfigError

        raise ConfigError("Dask is not installed: pip install 'piiscan[dask]'") from None
    from piiscan.errors import SourceError

    cluster = None
    try:
        if scheduler is not None:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise SourceError(f"cannot reach the Dask scheduler {scheduler}: {type(exc).__name__}") from None
    slots = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()) or 1

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return client.get_executor(pure=False), close, slots


def worker_state() -> dict:
    """What this worker process has built (for tests and `piiscan fleet status`-like checks):
    its pid, how many times it built the rules and the NER model, and how many values NER
    keeps (none between tasks on a cluster)."""
    from piiscan import worker
    from piiscan.detect.ner import kept_values

    return {"pid": os.getpid(), **dict(worker.DETECTOR_BUILDS), "ner_kept": kept_values()}

