"""Where tasks run: a process pool on this machine, or an existing Dask distributed cluster.

Both give the same small interface (``submit``, ``wait_first``, ``close``) over the engines'
own futures, so ``batch`` has one code path. Nothing here schedules: the pool and Dask do.
Workers keep what they load (the standard, the NLP pipeline) between tasks, so each worker pays
the model load once, not once per bundle.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from concurrent.futures import wait as _futures_wait
from typing import Any, Callable, Iterable

from .messages import MessageError, Msg

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"


class ExecutorError(MessageError, RuntimeError):
    """The executor cannot be started (Dask missing, scheduler unreachable); ``str(e)`` is Chinese,
    ``e.text(lang)`` in ``lang``."""


class LocalExecutor:
    """A process pool on this machine (``spawn`` start method, ``workers`` processes)."""

    name = "local"

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"))

    def submit(self, fn: Callable[..., Any], *args: Any, priority: int = 0) -> Future:
        """Submit a task; a pool broken by a worker that died (its running tasks fail with
        ``BrokenProcessPool``) is replaced, so the tasks after it still run."""
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(fn, *args)

    def wait_first(self, futures: Iterable[Future]) -> list[Future]:
        """The futures done now, waiting for at least one."""
        return list(_futures_wait(list(futures), return_when=FIRST_COMPLETED).done)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def describe(self, lang: str = "zh") -> str:
        return Msg("executor_local", n=self.workers).render(lang)


class DaskExecutor:
    """An existing Dask distributed cluster, reached at ``address`` (``tcp://HOST:8786``), or a
    ``distributed.Client`` given directly (tests pass one of a ``LocalCluster``).

    The workers must see the bundles, the output folders and the cache at the same paths as this
    process (a shared file system)."""

    name = "dask"

    def __init__(self, address: str | None = None, client: Any = None, timeout: float = 10.0) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise ExecutorError("executor_no_dask") from exc
        self._own = client is None
        if client is None:
            try:
                client = Client(address, timeout=timeout)
            except (OSError, TimeoutError) as exc:
                raise ExecutorError("executor_no_scheduler", address=str(address), error=str(exc)) from exc
        self.client = client

    def submit(self, fn: Callable[..., Any], *args: Any, priority: int = 0) -> Any:
        # pure=False: the same arguments read twice must run twice (files may have changed)
        return self.client.submit(fn, *args, pure=False, priority=priority)

    def wait_first(self, futures: Iterable[Any]) -> list[Any]:
        """The futures done now, waiting for at least one."""
        from distributed import wait

        return list(wait(list(futures), return_when="FIRST_COMPLETED").done)

    def close(self) -> None:
        if self._own:
            self.client.close()

    def describe(self, lang: str = "zh") -> str:
        workers = len(self.client.scheduler_info().get("workers", {}))
        return Msg("executor_dask", address=str(self.client.scheduler.address), n=workers).render(lang)


def each_in_order(fn: Callable[[Any], Any], items: list, *, workers: int = 1,
                  progress: Callable[[Any, bool], None] | None = None) -> list:
    """``[fn(item) for item in items]``, in ``workers`` processes when more than one (``fn`` module-level,
    its items and results picklable); ``progress(item, ended)`` as each item begins (one process) or ends
    (several). An exception of ``fn`` is raised here."""
    if workers <= 1 or len(items) <= 1:
        out = []
        for item in items:
            if progress:
                progress(item, False)
            out.append(fn(item))
        return out
    pool = LocalExecutor(min(workers, len(items)))
    try:
        pending = {pool.submit(fn, item): i for i, item in enumerate(items)}
        done: dict[int, Any] = {}
        while pending:
            for future in pool.wait_first(pending):
                i = pending.pop(future)
                done[i] = future.result()
                if progress:
                    progress(items[i], True)
    finally:
        pool.close()
    return [done[i] for i in range(len(items))]


def make_executor(scheduler: str | None = None, workers: int | None = None) -> LocalExecutor | DaskExecutor:
    """A Dask executor when ``scheduler`` (or ``DASK_SCHEDULER_ADDRESS``) is given, else a local pool."""
    address = scheduler or os.environ.get(SCHEDULER_ENV)
    if address:
        return DaskExecutor(address)
    if workers is None:
        try:
            workers = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not Linux
            workers = os.cpu_count() or 1
    return LocalExecutor(workers)
