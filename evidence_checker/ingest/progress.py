"""Progress reporting: a callback per finished file; a rich bar on a terminal."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

from evidence_checker.ingest.inventory import FileRecord

ProgressFn = Callable[[FileRecord, int, int], None]
"""Called as ``progress(record, done, total)`` after each file (cached and skipped ones included)."""


@contextmanager
def terminal_bar(enabled: bool | None = None) -> Iterator[ProgressFn | None]:
    """A rich progress bar on stderr when it is a terminal (or ``enabled``); else None."""
    if not (sys.stderr.isatty() if enabled is None else enabled):
        yield None
        return
    from rich.console import Console
    from rich.markup import escape

    from evidence_checker.ingest.summary import printable
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("读取材料"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(record: FileRecord, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=escape(printable(record.path[-60:])))

        yield update
