"""Run jobs in worker processes with a hard per-job timeout.

``concurrent.futures.ProcessPoolExecutor`` cannot stop one task, so each worker reports when it
starts a job (pid and time, through a queue); a job past its deadline has its worker process
(and that worker's children: Tesseract, LibreOffice) killed. The pool then breaks; jobs that were
running elsewhere are resubmitted to a fresh pool. A worker that dies on its own (a crash in a
native library) gives its running jobs a second chance, then a ``Crashed`` result.
Workers are started with ``spawn``: forking a parent that runs threads (the progress bar) can hang.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from evidence_checker.ingest.errors import why

POLL_SECONDS = 0.2
_started: Any = None


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


def _call(fn: Callable[[Any], Any], index: int, job: Any) -> Any:
    _started.put((index, os.getpid(), time.monotonic()))
    return fn(job)


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
    ctx = mp.get_context("spawn")
    todo = dict(enumerate(jobs))
    strikes: dict[int, int] = {}
    while todo:
        started = ctx.Queue()
        executor = ProcessPoolExecutor(
            max_workers=min(workers, len(todo)), mp_context=ctx, initializer=_init, initargs=(started,)
        )
        running: dict[int, tuple[int, float]] = {}
        broken = killed = False
        try:
            futures = {executor.submit(_call, fn, i, job): i for i, job in todo.items()}
            while futures and not broken:
                done, _ = wait(futures, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                _drain(started, running)
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
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
            started.close()
        if broken and not killed:
            for index in [i for i in running if i in todo]:
                strikes[index] = strikes.get(index, 0) + 1
                if strikes[index] >= 2:
                    del todo[index]
                    yield index, Crashed(why("read_worker_crashed"))


def _drain(started: Any, running: dict[int, tuple[int, float]]) -> None:
    while True:
        try:
            index, pid, since = started.get_nowait()
        except (queue_mod.Empty, EOFError, OSError):
            return
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
