"""Run jobs in worker processes with a hard per-job timeout.

``concurrent.futures.ProcessPoolExecutor`` cannot stop one task, so each worker reports when it
starts a job (pid and time, through a queue); a job past its deadline has its worker process
(and that worker's children: Tesseract, LibreOffice) killed. The pool then breaks; jobs that were
running elsewhere are resubmitted to a fresh pool. A worker that dies on its own (a crash in a
native library) gives its running jobs a second chance, then a ``Crashed`` result.
Workers are started with ``spawn``: forking a parent that runs threads (the progress bar) can hang.
Starting one costs about a second of CPU (the interpreter and the readers' libraries), so the
processes of a run that ended cleanly are kept for the next run of this process (``eval``,
``calibrate`` and ``batch`` read bundle after bundle): kept only while the environment they were
started in is the one of the next run, and never after a kill or a crash.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from evidence_checker.ingest.errors import why

POLL_SECONDS = 0.2
_started: Any = None
_kept: _Kept | None = None  # reading processes left by the last clean run, for the next one
_kept_lock = threading.Lock()
_exit_hook = False


@dataclass(frozen=True)
class TimedOut:
    """The job ran past ``seconds`` and was killed."""

    seconds: float


@dataclass(frozen=True)
class Crashed:
    """The job's worker died or the job raised outside the reader's own error handling."""

    detail: str


def _init(started: Any) -> None:
    global _started
    _started = started
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from evidence_checker.ingest.budget import limit_address_space

    limit_address_space()  # one file cannot take the machine (models/limits.yaml: worker)
    # the readers are imported lazily (start-up of the CLI); a worker imports them before its first
    # job, so that the import is not counted against a file's timeout
    from evidence_checker.ingest.readers import load_all

    load_all()


def _call(fn: Callable[[Any], Any], run_id: int, index: int, job: Any) -> Any:
    _started.put((run_id, index, os.getpid(), time.monotonic()))
    return fn(job)


@dataclass
class _Kept:
    """A process pool, the queue its workers report job starts on, and what it was started under."""

    executor: ProcessPoolExecutor
    started: Any
    key: tuple

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.started.close()


def _key(workers: int) -> tuple:
    """What a spawned worker takes from this process once, at its start."""
    return workers, tuple(sorted(os.environ.items())), os.getcwd(), tuple(sys.path)


def _lease(workers: int) -> tuple[_Kept, bool]:
    """A pool of ``workers`` processes: the kept one when it was started like this, else a new one.
    The second value is False for a pool only this run may use (another thread holds the kept one)."""
    global _kept
    if not _kept_lock.acquire(blocking=False):
        return _new_pool(workers), False
    if _kept is not None and (_kept.key != _key(workers) or getattr(_kept.executor, "_broken", False)):
        _kept.close()
        _kept = None
    kept, _kept = _kept or _new_pool(workers), None
    return kept, True


def _give_back(pool: _Kept, shared: bool, reusable: bool) -> None:
    global _kept, _exit_hook
    if shared and reusable:
        _kept = pool
        if not _exit_hook:
            # A process started by multiprocessing (an eval or batch worker) joins its children on exit
            # without stopping process pools first: the kept readers would wait for work for ever.
            # (Registered here, not at import: a spawned child clears its finalizers after importing
            # its main module, so one registered by that import is gone — tried, the child hung.)
            from multiprocessing import util

            util.Finalize(None, _close_kept, exitpriority=10)
            _exit_hook = True
    else:
        pool.close()
    if shared:
        _kept_lock.release()


def _close_kept() -> None:
    global _kept
    with _kept_lock:
        if _kept is not None:
            _kept.close()
            _kept = None


def _new_pool(workers: int) -> _Kept:
    ctx = mp.get_context("spawn")
    started = ctx.Queue()
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(started,))
    return _Kept(executor, started, _key(workers))


def run(
    fn: Callable[[Any], Any], jobs: Sequence[Any], *, workers: int, timeout: float
) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, result)`` as jobs finish; a result is ``fn(job)``, :class:`TimedOut` or
    :class:`Crashed`. ``workers`` 0 runs in this process (no timeout can be enforced)."""
    if workers <= 0:
        for index, job in enumerate(jobs):
            try:
                yield index, fn(job)
            except Exception as exc:  # noqa: BLE001
                yield index, Crashed(f"{type(exc).__name__}: {exc}")
        return
    todo = dict(enumerate(jobs))
    strikes: dict[int, int] = {}
    while todo:
        pooled, shared = _lease(workers)
        run_id = time.monotonic_ns()
        running: dict[int, tuple[int, float]] = {}
        broken = killed = clean = False
        try:
            futures = {pooled.executor.submit(_call, fn, run_id, i, job): i for i, job in todo.items()}
            while futures and not broken:
                done, _ = wait(futures, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                _drain(pooled.started, running, run_id)
                for future in done:
                    index = futures.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                        result = Crashed(f"{type(exc).__name__}: {exc}")
                    del todo[index]
                    yield index, result
                now = time.monotonic()
                for index, (pid, since) in list(running.items()):
                    if index in todo and now - since > timeout:
                        kill_tree(pid)
                        del todo[index]
                        broken = killed = True
                        yield index, TimedOut(timeout)
            clean = not broken and not futures
        finally:
            _give_back(pooled, shared, reusable=clean)
        if broken and not killed:
            for index in [i for i in running if i in todo]:
                strikes[index] = strikes.get(index, 0) + 1
                if strikes[index] >= 2:
                    del todo[index]
                    yield index, Crashed(why("read_worker_crashed"))


def _drain(started: Any, running: dict[int, tuple[int, float]], run_id: int) -> None:
    while True:
        try:
            run, index, pid, since = started.get_nowait()
        except (queue_mod.Empty, EOFError, OSError):
            return
        if run == run_id:
            running[index] = (pid, since)


def kill_tree(pid: int) -> None:
    """SIGKILL a process and its descendants (Linux ``/proc``; the process alone elsewhere)."""
    for child in _children(pid):
        kill_tree(child)
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return out
