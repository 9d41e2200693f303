"""Ingest a whole bundle: walk, hash, take what the cache has, read the rest in parallel worker
processes with a per-file timeout, and return every file's record and all passages.

Archives are opened in this process (their members become files of their own, read in parallel
like the others and listed as ``a.zip!dir/f.docx``); their member lists are cached too, so an
unchanged bundle is neither extracted nor read again.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from evidence_checker.ingest import pool
from evidence_checker.ingest import budget
from evidence_checker.ingest.archive import Expansion, ZipLimits, ZipUsage, expand
from evidence_checker.ingest.cache import Cache, sha256_file
from evidence_checker.ingest.errors import why
from evidence_checker.ingest.extract import Job, Outcome, extract
from evidence_checker.ingest.formats import detect, format_key, unsupported_reason
from evidence_checker.ingest.inventory import FileRecord, IngestResult, RunStats
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.progress import ProgressFn
from evidence_checker.ingest.walker import OUTPUT_DIR_NAME, entries

DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_FILE_BYTES = 300 * 1024**2


def default_workers() -> int:
    """min(2, CPUs available to this process): measured best on the 2-core target machine."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))


class _CacheMiss(Exception):
    """A cached archive listing names a member whose cached result cannot be loaded."""


@dataclass
class _Slot:
    """One line of the inventory while the run fills it in."""

    rel_path: str
    fmt: str
    size: int
    sha: str | None
    record: FileRecord | None = None
    passages: list[Passage] = field(default_factory=list)
    job: Job | None = None
    members: list[_Slot] | None = None  # archives only
    archive_error: str | None = None
    cached: bool = False


def ingest_bundle(
    bundle_dir: Path | str,
    *,
    out_dir: Path | str | None = None,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressFn | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    zip_limits: ZipLimits | None = None,
    use_cache: bool = True,
    on_read: Callable[[int], None] | None = None,
) -> IngestResult:
    """Read every file of ``bundle_dir`` into passages; failures become records, never exceptions.

    ``out_dir`` (default ``<bundle>/.evidence-checker``) holds the cache (``cache/``) and is not
    walked. ``workers`` defaults to :func:`default_workers`, or to reading in this process when the
    files to read are few and small (``models/limits.yaml`` → ``in_process``); 0 reads in this process
    (no timeout).
    ``timeout`` is seconds per file; ``zip_limits`` default to ``models/limits.yaml``, one budget
    for all the bundle's archives. ``progress(record, done, total)`` is called after each file
    (``progress.terminal_bar()`` gives a rich bar for a terminal). Raises ``FileNotFoundError``
    only when ``bundle_dir`` is not a folder. ``on_read(n)`` is called before the ``n`` files not in
    the cache are read (``check`` uses the wait to load what its next stages need).
    """
    plan = plan_bundle(bundle_dir, out_dir=out_dir, progress=progress, options=options,
                       max_file_bytes=max_file_bytes, zip_limits=zip_limits, use_cache=use_cache)
    try:
        pending = plan.pending
        plan.stats.files_read = len(pending)
        if on_read is not None and pending:
            on_read(len(pending))
        began = time.perf_counter()
        count = default_workers() if workers is None else workers
        if workers is None and budget.in_process().allows([(slot.fmt, slot.size) for slot in pending]):
            count = 0  # a few small files: reading them here costs less than starting a reading process
        for index, result in pool.run(extract, [slot.job for slot in pending], workers=count, timeout=timeout):
            record_outcome(plan, pending[index], _as_outcome(result))
        plan.stats.stage_seconds["bundle.read"] = time.perf_counter() - began
    finally:
        plan.close()
    return finish_plan(plan)


@dataclass
class BundlePlan:
    """A bundle walked and planned: every file's slot, cached or to be read (``pending``).

    The three steps of :func:`ingest_bundle` apart, so that another executor (``batch``: a
    process pool or a Dask cluster) can read the pending jobs of many bundles at once:
    :func:`plan_bundle` → ``extract(slot.job)`` for each of ``pending`` → :func:`record_outcome`
    → :func:`finish_plan`. Archive members are extracted under ``extract_dir`` (a temporary
    folder by default; workers elsewhere need a path they can see).
    """

    bundle: Path
    out: Path
    cache: Cache
    slots: list[_Slot]
    stats: RunStats
    started: float
    report: "_Reporter"
    tmp: tempfile.TemporaryDirectory | None = None

    @property
    def pending(self) -> list[_Slot]:
        return [slot for slot in self.slots if slot.job is not None and slot.record is None]

    def close(self) -> None:
        """Remove the extracted archive members (after every pending job was read)."""
        if self.tmp is not None:
            self.tmp.cleanup()
            self.tmp = None


def plan_bundle(
    bundle_dir: Path | str,
    *,
    out_dir: Path | str | None = None,
    progress: ProgressFn | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    zip_limits: ZipLimits | None = None,
    use_cache: bool = True,
    cache_dir: Path | str | None = None,
    extract_dir: Path | str | None = None,
) -> BundlePlan:
    """Walk ``bundle_dir``, hash every file, take what the cache holds and plan the rest.

    ``cache_dir`` (default ``<out>/cache``) may be shared between bundles, runs and machines: it is
    keyed by file content."""
    start = time.perf_counter()
    bundle = Path(bundle_dir).expanduser().resolve()
    if not bundle.is_dir():
        raise FileNotFoundError(f"找不到材料目录：{bundle_dir}")
    out = Path(out_dir).expanduser().resolve() if out_dir else bundle / OUTPUT_DIR_NAME
    root = Path(cache_dir).expanduser() if cache_dir else out / "cache"
    cache = Cache(root if use_cache else None, f"{options.cache_key()}-{budget.limits().key()}")
    stats = RunStats()
    if extract_dir is not None:
        Path(extract_dir).mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="ec-ingest-", dir=extract_dir)
    report = _Reporter(progress)
    planner = _Planner(cache, options, max_file_bytes, zip_limits or ZipLimits.from_budget(), Path(tmp.name))
    for entry in entries(bundle, skip=[out]):
        if entry.status is None:
            planner.add(entry.path, entry.rel)
        else:  # a link, a FIFO, an output folder: listed with its reason, never opened
            planner._skip(entry.rel, entry.kind, 0, None, entry.status, entry.reason or "")
    plan = BundlePlan(bundle, out, cache, planner.slots, stats, start, report, tmp)
    stats.stage_seconds["bundle.plan"] = time.perf_counter() - start
    report.total = len(plan.slots)
    for slot in plan.slots:
        if slot.record is not None:
            report(slot.record)
    return plan


def record_outcome(plan: BundlePlan, slot: _Slot, outcome: Outcome) -> FileRecord:
    """Put one read file's outcome into its slot (and the cache)."""
    for stage, seconds in outcome.timings.items():
        plan.stats.stage_seconds[stage] = plan.stats.stage_seconds.get(stage, 0.0) + seconds
    slot.passages = outcome.passages
    slot.record = FileRecord(
        slot.rel_path, slot.fmt, outcome.status, outcome.pages, len(outcome.passages), budget.clip(outcome.error),
        slot.sha, slot.size,
    )
    if outcome.cacheable and slot.sha:
        plan.cache.put(slot.sha, fmt=slot.fmt, status=outcome.status, pages=outcome.pages, error=outcome.error,
                       passages=outcome.passages)
    plan.report(slot.record)
    return slot.record


def finish_plan(plan: BundlePlan) -> IngestResult:
    """Close the archives and return every file's record and all passages, in bundle order."""
    plan.close()
    for slot in plan.slots:
        if slot.members is not None and slot.record is None:
            _finish_archive(slot, plan.report)
    files = [slot.record for slot in plan.slots if slot.record is not None]
    passages = [p for slot in plan.slots for p in slot.passages]
    plan.stats.files_cached = sum(1 for f in files if f.cached)
    plan.stats.seconds = time.perf_counter() - plan.started
    return IngestResult(files, passages, plan.stats)


class _Reporter:
    def __init__(self, callback: ProgressFn | None) -> None:
        self.callback, self.done, self.total = callback, 0, 0

    def __call__(self, record: FileRecord) -> None:
        self.done += 1
        if self.callback is not None:
            self.callback(record, self.done, self.total)


def _as_outcome(result: Any) -> Outcome:
    if isinstance(result, Outcome):
        return result
    if isinstance(result, pool.TimedOut):
        return Outcome("failed", error=why("read_timeout", seconds=f"{result.seconds:g}"), cacheable=False)
    detail = result.detail if isinstance(result, pool.Crashed) else repr(result)
    return Outcome("failed", error=why("read_error", reason=detail), cacheable=False)


def _finish_archive(slot: _Slot, report: _Reporter) -> None:
    members = slot.members or []
    for child in members:
        if child.members is not None and child.record is None:
            _finish_archive(child, report)
    if slot.archive_error:
        status, error, count = "failed", slot.archive_error, 0
    elif not members:
        status, error, count = "failed", why("read_zip_empty"), 0
    else:
        bad = [c for c in members if c.record is None or c.record.status != "ok"]
        count = sum(c.record.passages for c in members if c.record is not None)
        status = "partial" if bad else "ok"
        error = why("read_zip_partial", n=len(bad)) if bad else None
    slot.record = FileRecord(slot.rel_path, "zip", status, None, count, error, slot.sha, slot.size, slot.cached)
    report(slot.record)


class _Planner:
    """Turns walked files into slots: skipped, cached, or a job; archives into member slots."""

    def __init__(self, cache: Cache, options: ReadOptions, max_bytes: int, limits: ZipLimits, tmp: Path) -> None:
        self.cache, self.options, self.max_bytes, self.limits, self.tmp = cache, options, max_bytes, limits, tmp
        self.slots: list[_Slot] = []
        self.usage = ZipUsage()  # one zip budget for the whole bundle

    def add(self, file: Path, rel: str) -> None:
        swapped = budget.not_regular(file)  # became a link or a FIFO after the walk: never opened
        if swapped:
            self._skip(rel, "link", 0, None, "skipped", swapped)
            return
        try:
            size = file.stat().st_size
            fmt = detect(file) if size else None
            sha = sha256_file(file) if size else None
        except OSError as exc:
            self._skip(rel, format_key(file, None), 0, None, "failed",
                       why("read_cannot_open", error=exc.strerror or exc))
            return
        if fmt == "zip" and sha is not None:
            self._archive(file, rel, size, sha)
        else:
            self.slots.append(self._file(file, rel, fmt, size, sha, file.suffix))

    def _file(self, file: Path | None, rel: str, fmt: str | None, size: int, sha: str | None, suffix: str) -> _Slot:
        key = fmt or (suffix.lower().lstrip(".") or "unknown")
        if size == 0:
            return self._slot(rel, key, size, sha, "skipped", why("read_empty"))
        if fmt is None:
            return self._slot(rel, key, size, sha, "skipped", unsupported_reason(Path(rel.split("!")[-1])))
        if size > self.max_bytes:
            limit = self.max_bytes / 1024**2
            return self._slot(rel, key, size, sha, "skipped", why("read_too_large", size=f"{size / 1024**2:.0f}",
                                                                         limit=f"{limit:.0f}"))
        cached = self.cache.get(sha, rel) if sha else None
        if cached is not None:
            slot = _Slot(rel, fmt, size, sha, passages=cached["passages"], cached=True)
            slot.record = FileRecord(rel, fmt, cached["status"], cached["pages"], len(slot.passages), cached["error"],
                                     sha, size, cached=True)
            return slot
        if file is None:  # planned from a cached archive listing, but this member's entry is gone
            raise _CacheMiss(rel)
        return _Slot(rel, fmt, size, sha, job=Job(str(file), rel, fmt, self.options))

    def _slot(self, rel: str, fmt: str, size: int, sha: str | None, status: str, reason: str) -> _Slot:
        slot = _Slot(rel, fmt, size, sha)
        slot.record = FileRecord(rel, fmt, status, None, 0, reason, sha, size)
        return slot

    def _skip(self, rel: str, fmt: str, size: int, sha: str | None, status: str, reason: str) -> None:
        self.slots.append(self._slot(rel, fmt, size, sha, status, reason))

    def _archive(self, file: Path, rel: str, size: int, sha: str) -> None:
        manifest = self.cache.get_archive(sha)
        if manifest is not None and _fully_cached(manifest, self.cache, self.max_bytes):
            mark = len(self.slots)
            try:
                self._plan_archive(rel, size, sha, manifest, {}, True)
                return
            except _CacheMiss:  # an unreadable cache entry: extract and read the archive again
                del self.slots[mark:]
        files: dict[str, Path] = {}
        dest = self.tmp / f"zip{len(self.slots):05d}"
        manifest = _manifest(expand(file, rel_path=rel, dest=dest, limits=self.limits, usage=self.usage), files)
        self.cache.put_archive(sha, manifest)
        self._plan_archive(rel, size, sha, manifest, files, False)

    def _plan_archive(
        self, rel: str, size: int, sha: str | None, manifest: dict[str, Any], files: dict[str, Path], cached: bool
    ) -> _Slot:
        slot = _Slot(rel, "zip", size, sha, members=[], archive_error=manifest.get("error"), cached=cached)
        self.slots.append(slot)
        assert slot.members is not None
        for m in manifest["members"]:
            child_rel = f"{rel}!{m['name']}"
            child = self._file(files.get(child_rel), child_rel, m["format"], m["size"], m["sha256"], Path(m["name"]).suffix)
            self.slots.append(child)
            slot.members.append(child)
        for r in manifest["refused"]:
            child = self._slot(f"{rel}!{r['name']}", format_key(Path(r["name"]), None), r["size"], None,
                               r["status"], r["reason"])
            self.slots.append(child)
            slot.members.append(child)
        for n in manifest["nested"]:
            slot.members.append(self._plan_archive(f"{rel}!{n['name']}", n["size"], n["sha256"], n, files, cached))
        return slot


def _manifest(expansion: Expansion, files: dict[str, Path]) -> dict[str, Any]:
    """An expansion as cacheable data (names relative to the archive); fills ``files``."""
    prefix = len(expansion.rel_path) + 1
    members = []
    for m in expansion.members:
        files[m.rel_path] = m.file
        fmt = detect(m.file) if m.size else None
        members.append({"name": m.rel_path[prefix:], "size": m.size, "format": fmt,
                        "sha256": sha256_file(m.file)})
    nested = []
    for n in expansion.nested:
        inner = _manifest(n, files)
        inner.update({"name": n.rel_path[prefix:], "size": n.size, "sha256": sha256_file(n.file) if n.file else None})
        nested.append(inner)
    refused = [{"name": r.rel_path[prefix:], "status": r.status, "reason": r.reason, "size": r.size}
               for r in expansion.refused]
    return {"error": expansion.error, "members": members, "refused": refused, "nested": nested}


def _fully_cached(manifest: dict[str, Any], cache: Cache, max_bytes: int) -> bool:
    """True when no member of the archive needs reading (so it need not be extracted)."""
    members_ok = all(
        m["format"] is None or m["size"] == 0 or m["size"] > max_bytes or cache.has(m["sha256"])
        for m in manifest["members"]
    )
    return members_ok and all(_fully_cached(n, cache, max_bytes) for n in manifest["nested"])
