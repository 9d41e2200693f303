"""Read one file and turn every outcome into data: the function worker processes run."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from evidence_checker.ingest import budget
from evidence_checker.ingest.errors import ReadError, describe_exception, why
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage

NO_TEXT = why("read_no_text")
UNREADABLE_TEXT = why("read_garbled")
VANISHED = why("read_vanished")


@dataclass(frozen=True)
class Job:
    """One file to read: where it is, its path in the bundle, its format."""

    file: str
    rel_path: str
    fmt: str
    options: ReadOptions = DEFAULT_OPTIONS


@dataclass
class Outcome:
    """What reading one file gave: status ``ok|partial|failed|skipped``, a Chinese ``error``."""

    status: str
    passages: list[Passage] = field(default_factory=list)
    pages: int | None = None
    error: str | None = None
    cacheable: bool = True
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


def extract(job: Job) -> Outcome:
    """Read ``job`` with the reader for its format; never raises for a bad file."""
    notes = ReadNotes()
    start = time.perf_counter()
    swapped = budget.not_regular(Path(job.file))  # swapped for a link or a FIFO after the walk
    if swapped:
        return Outcome("skipped", error=swapped, cacheable=False)
    from evidence_checker.ingest.readers import READERS  # only when a file is read: its libraries are slow to import

    reader = READERS[job.fmt]
    try:
        passages = reader(Path(job.file), rel_path=job.rel_path, options=job.options, notes=notes)
    except ReadError as exc:
        outcome = Outcome(exc.status, [], notes.pages, budget.clip(exc.reason), exc.cacheable and notes.cacheable)
    except MemoryError:
        outcome = Outcome("failed", [], notes.pages, why("read_memory"), False)
    except Exception as exc:  # noqa: BLE001 - a parser bug or an odd file: report, do not cache
        outcome = Outcome("failed", [], notes.pages, budget.clip(describe_exception(exc)), False)
    else:
        outcome = _judged(passages, notes)
    if outcome.status == "failed" and not os.path.exists(job.file):
        outcome = Outcome("failed", [], None, VANISHED, False)
    outcome.timings = notes.timings
    outcome.seconds = time.perf_counter() - start
    return outcome


def _judged(passages: list[Passage], notes: ReadNotes) -> Outcome:
    passages = budget.drop_repeats(budget.clamp_passages(passages, notes), notes)
    problems = budget.clip(notes.summary())
    if passages and budget.junk_share(" ".join(p.text for p in passages[:2000])) > budget.limits().junk_share:
        return Outcome("failed", [], notes.pages, UNREADABLE_TEXT, notes.cacheable)
    if not passages:
        return Outcome("failed", [], notes.pages, problems or NO_TEXT, notes.cacheable)
    return Outcome("partial" if problems else "ok", passages, notes.pages, problems, notes.cacheable)
