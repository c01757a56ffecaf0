"""The executor seam: one result per task whatever happens to it, per-source limits, deadlines."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from piiscan.fleet import local_executor, run_tasks


def double(task):
    source, n = task
    return (source, n * 2)


def die_on_three(task):
    if task[1] == 3:
        os._exit(1)  # the worker process is killed mid-task
    return double(task)


def block_on_seven(task):
    if task[1] == 7:
        read, _ = os.pipe()
        os.read(read, 1)  # never written: this task hangs until its deadline
    return double(task)


def failed(task, reason):
    return (task[0], f"error: {reason}")


def source_of(task):
    return task[0]


TASKS = [("crm", i) for i in range(6)] + [("hr", i) for i in range(6, 10)]


def test_every_task_gives_one_result_in_order():
    executor, close = local_executor(2)
    try:
        results = run_tasks(TASKS, double, executor, source_of=source_of, failed=failed, slots=2)
    finally:
        close()
    assert results == [(s, n * 2) for s, n in TASKS]


def test_a_killed_worker_costs_its_table_only_when_the_pool_can_be_replaced():
    executor, close = local_executor(2)
    replacements = []

    def new_executor():
        pool, closer = local_executor(2)
        replacements.append(closer)
        return pool

    try:
        results = run_tasks(TASKS, die_on_three, executor, source_of=source_of, failed=failed,
                            slots=1, new_executor=new_executor)
    finally:
        close()
        for closer in replacements:
            closer()
    assert len(results) == len(TASKS)
    by_task = dict(zip(TASKS, results))
    assert by_task[("crm", 3)][1].startswith("error: worker")
    ok = [r for t, r in by_task.items() if not str(r[1]).startswith("error")]
    # tasks in flight with the dying one fail with it (a broken pool loses them), every
    # other task still runs on the replacement pool, and each task has exactly one row
    assert len(ok) >= len(TASKS) - 3
    assert all(r == double(t) for t, r in by_task.items() if not str(r[1]).startswith("error"))


def test_a_task_past_its_deadline_becomes_one_error_row():
    executor, close = local_executor(2)
    try:
        results = run_tasks(TASKS, block_on_seven, executor, source_of=source_of, failed=failed,
                            slots=2, deadline_s=1.0)
    finally:
        for process in list(getattr(executor, "_processes", {}).values()):
            process.kill()  # the hung worker would otherwise keep the pool open
        close()
    by_task = dict(zip(TASKS, results))
    assert by_task[("hr", 7)] == ("hr", "error: timed out: the task ran past its 1s deadline")
    assert all(r == double(t) for t, r in by_task.items() if t != ("hr", 7))


def test_at_most_limit_tasks_of_one_source_run_at_once():
    import threading

    lock = threading.Lock()
    running = {"crm": 0, "hr": 0}
    peak = {"crm": 0, "hr": 0}
    gate = threading.Barrier(2, timeout=5)  # two tasks of different sources meet here

    def work(task):
        source, n = task
        with lock:
            running[source] += 1
            peak[source] = max(peak[source], running[source])
        if n in (0, 6):
            gate.wait()  # proves two sources ran side by side
        with lock:
            running[source] -= 1
        return double(task)

    with ThreadPoolExecutor(max_workers=4) as executor:
        results = run_tasks(TASKS, work, executor, source_of=source_of, failed=failed,
                            slots=4, limits={"crm": 1, "hr": 1})
    assert results == [(s, n * 2) for s, n in TASKS]
    assert peak == {"crm": 1, "hr": 1}


def test_a_task_that_raises_is_recorded_not_raised():
    def boom(task):
        if task[1] == 2:
            raise ValueError("value 'alice@example.org' is bad")
        return double(task)

    with ThreadPoolExecutor(max_workers=2) as executor:
        results = run_tasks(TASKS, boom, executor, source_of=source_of, failed=failed, slots=2)
    assert results[2] == ("crm", "error: task failed: ValueError")  # the message is not copied
    assert "alice" not in repr(results)



def test_a_follow_up_task_runs_as_soon_as_its_cause_finishes_not_after_all_tasks():
    import threading

    merged = threading.Event()

    def work(task):
        source, n = task
        if n == "slow":  # finishes only once the follow-up ran (or gives up after 30 s)
            return (source, "after the follow-up" if merged.wait(30) else "follow-up never ran")
        if n == "merge":
            merged.set()
        return (source, n)

    def follow_up(i, result):
        return [("lake", "merge")] if result == ("lake", "part") else []

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = run_tasks([("db", "slow"), ("lake", "part")], work, pool, source_of=source_of,
                            failed=failed, slots=2, follow_up=follow_up)
    assert results == [("db", "after the follow-up"), ("lake", "part"), ("lake", "merge")]
