"""The reading processes: kept between the runs of one process (``eval`` reads bundle after bundle and
would otherwise start two interpreters per bundle), never across a changed environment or a kill."""

from __future__ import annotations

import os
import time

from evidence_checker.ingest import pool


def _pid(_job) -> int:
    return os.getpid()


def _sleep(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _pids(fn, jobs) -> set:
    return {result for _, result in pool.run(fn, jobs, workers=2, timeout=30)}


def test_a_second_run_reads_in_the_processes_of_the_first(monkeypatch):
    first = _pids(_pid, range(6))
    second = _pids(_pid, range(6))
    assert first and os.getpid() not in first
    assert second <= first  # no new interpreter started
    monkeypatch.setenv("EVIDENCE_CHECKER_POOL_TEST", "changed")
    assert not (_pids(_pid, range(6)) & first)  # workers see the environment of their start: new ones


def test_a_run_that_killed_a_job_leaves_no_process_for_the_next():
    before = _pids(_pid, range(2))
    results = dict(pool.run(_sleep, [30.0, 0.0], workers=2, timeout=1.0))
    assert isinstance(results[0], pool.TimedOut) and isinstance(results[1], int)
    after = _pids(_pid, range(4))
    assert not (after & before)


def test_a_run_left_early_does_not_keep_its_processes():
    gen = pool.run(_sleep, [0.0, 0.5, 0.5, 0.5], workers=2, timeout=30)
    _, pid = next(gen)
    gen.close()
    assert pid not in _pids(_pid, range(4))


def _read_then_end() -> None:
    _pids(_pid, range(2))


def test_a_worker_process_that_kept_readers_still_ends():
    """An eval or batch worker (a multiprocessing child) ends with readers kept: they are stopped first,
    or the child would wait on them for ever (as `eval --workers 2` did after its last bundle)."""
    import multiprocessing as mp

    child = mp.get_context("spawn").Process(target=_read_then_end)
    child.start()
    child.join(60)
    ended = child.exitcode is not None
    if not ended:
        pool.kill_tree(child.pid)
    assert ended and child.exitcode == 0
