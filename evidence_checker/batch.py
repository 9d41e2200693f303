"""Many bundles at once: ``evidence-checker batch SOURCE``.

SOURCE is a folder whose sub-folders are bundles (each with its ``profile.yaml``; a sub-folder
without one but with bundles inside, such as ``heldout/``, is looked into), or a CSV/XLSX
manifest with the columns 材料包 (bundle path), 企业概况 (profile path, optional), 评估基准日
(as_of, optional) and 客户 (client name, optional); English headers bundle/profile/as_of/client
work too. Paths in a manifest are relative to the manifest's folder.

The work is split where its cost is: one task per file to read, one per page of a scanned PDF
(OCR), then one task per bundle for match, propose, score and the reports. The tasks run on an
executor (:mod:`evidence_checker.executors`: a local process pool, or a Dask cluster); the
extraction cache is content-addressed and may be shared (``cache_dir``). Each bundle gets its
normal run folder; a bundle that fails is recorded with its reason and the others go on. A
bundle whose inputs (file contents, profile, the tool and its data) are unchanged since its last
finished batch run is not run again, so an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from . import __version__
from .ingest.cache import sha256_file
from .ingest.walker import OUTPUT_DIR_NAME, walk
from .messages import MessageError, Msg, error_arg

STATE_FILE = "batch.json"
PROFILE_FILE = "profile.yaml"
MANIFEST_SUFFIXES = (".csv", ".xlsx")
# manifest headers a person may write, per field
MANIFEST_HEADERS = {
    "bundle": ("bundle", "材料包", "材料目录", "材料包路径", "路径"),
    "profile": ("profile", "企业概况", "概况", "概况文件"),
    "as_of": ("as_of", "评估基准日", "基准日"),
    "client": ("client", "客户", "企业", "企业名称"),
}


class BatchError(MessageError):
    """The batch's source cannot be read (``str(e)`` Chinese, ``e.text(lang)`` in ``lang``)."""


class SourceNotFound(BatchError, FileNotFoundError):
    """The batch's source is neither a folder nor a manifest."""


@dataclass(frozen=True)
class BundleJob:
    """One bundle of a batch: where it is, its profile, and where its run folder goes."""

    name: str  # as shown in the portfolio (relative to SOURCE; a manifest's row as a message)
    bundle: Path
    out: Path
    profile_path: Path | None = None
    as_of: str | None = None
    client: str | None = None


@dataclass
class BundleOutcome:
    """What the batch did with one bundle; ``row`` is its portfolio row when it finished."""

    job: BundleJob
    status: str  # done | unchanged | failed
    reason: str | None = None  # a message: its Chinese text, messages.text(reason, lang) in another language
    row: dict[str, Any] = field(default_factory=dict)
    fingerprint: str | None = None


@dataclass
class Discovery:
    jobs: list[BundleJob]
    problems: list[BundleOutcome]  # rows of a manifest that name no bundle, folders without profile


# ---------------------------------------------------------------------------------------------
# what to run

def discover(source: Path) -> Discovery:
    """The bundles of a folder or a manifest; problems are outcomes, never exceptions."""
    source = Path(source)
    if source.is_file() and source.suffix.lower() in MANIFEST_SUFFIXES:
        return _from_manifest(source)
    if not source.is_dir():
        raise SourceNotFound("batch_no_source", source=str(source))
    jobs: list[BundleJob] = []
    problems: list[BundleOutcome] = []
    for sub in sorted(p for p in source.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if (sub / PROFILE_FILE).is_file():
            jobs.append(_job(sub.name, sub))
            continue
        inner = sorted(q for q in sub.iterdir() if q.is_dir() and (q / PROFILE_FILE).is_file())
        if inner:
            jobs += [_job(f"{sub.name}/{q.name}", q) for q in inner]
        elif sub.name not in ("portfolio",):
            job = _job(sub.name, sub)
            problems.append(BundleOutcome(job, "failed", Msg("batch_no_profile", name=sub.name, profile=PROFILE_FILE)))
    return Discovery(jobs, problems)


def _job(name: str, bundle: Path, **rest: Any) -> BundleJob:
    bundle = bundle.resolve()
    return BundleJob(name=name, bundle=bundle, out=bundle / OUTPUT_DIR_NAME, **rest)


def _from_manifest(path: Path) -> Discovery:
    rows = _read_table(path)
    if not rows:
        raise BatchError("batch_empty_list", file=path.name)
    header = [str(h or "").strip() for h in rows[0]]
    col = {}
    for key, names in MANIFEST_HEADERS.items():
        for i, h in enumerate(header):
            if h.lower() in names:
                col[key] = i
    if "bundle" not in col:
        raise BatchError("batch_no_bundle_column", file=path.name, names=" / ".join(MANIFEST_HEADERS["bundle"]))
    base = path.parent
    jobs, problems = [], []
    for n, row in enumerate(rows[1:], start=2):
        def cell(key: str) -> str | None:
            i = col.get(key)
            v = row[i] if i is not None and i < len(row) else None
            if isinstance(v, (dt.date, dt.datetime)):
                return v.strftime("%Y-%m-%d")
            return str(v).strip() if v not in (None, "") else None

        raw = cell("bundle")
        if not raw:
            if any(v not in (None, "") for v in row):
                problems.append(BundleOutcome(_job(Msg("batch_row", row=n), base), "failed",
                                              Msg("batch_row_no_bundle", file=path.name, row=n)))
            continue
        bundle = (base / raw).resolve()
        prof = cell("profile")
        job = _job(raw, bundle, profile_path=(base / prof).resolve() if prof else None, as_of=cell("as_of"),
                   client=cell("client"))
        if not bundle.is_dir():
            problems.append(BundleOutcome(job, "failed", Msg("batch_row_missing", file=path.name, row=n, path=raw)))
        else:
            jobs.append(job)
    return Discovery(jobs, problems)


def _read_table(path: Path) -> list[list[Any]]:
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BatchError("batch_encoding", file=path.name)
    return list(csv.reader(text.splitlines()))


# ---------------------------------------------------------------------------------------------
# what changed

def data_fingerprint() -> str:
    """A hash of the tool's version and of the data it rates with (standards, models)."""
    from .catalog import STANDARDS_DIR
    from .match import MODELS_DIR

    h = hashlib.sha256(__version__.encode())
    for root in (STANDARDS_DIR, MODELS_DIR):
        for p in sorted(Path(root).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(root)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()


def fingerprint(job: BundleJob, profile_json: dict, data_hash: str) -> str:
    """A hash of everything a bundle's result depends on: every file's content, the profile as
    resolved (with a manifest's as_of), and the tool's data."""
    h = hashlib.sha256(data_hash.encode())
    h.update(json.dumps(profile_json, sort_keys=True, ensure_ascii=False, default=str).encode())
    for file, rel in walk(job.bundle, skip=[job.out]):
        h.update(rel.encode())
        try:
            h.update(sha256_file(file).encode())
        except OSError as exc:
            h.update(f"unreadable:{exc}".encode())
    for extra in (job.bundle / PROFILE_FILE, job.profile_path):
        if extra is not None and extra.is_file():
            h.update(extra.read_bytes())
    return h.hexdigest()


def previous_state(job: BundleJob) -> dict | None:
    try:
        return json.loads((job.out / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------
# tasks (run on the executor's workers; module-level so a Dask worker can import them)

def read_task(job: Any) -> Any:
    """Read one file, or one page range of a scanned PDF."""
    from .ingest.bundle import _as_outcome
    from .ingest.extract import extract

    try:
        return extract(job)
    except Exception as exc:  # noqa: BLE001 - a task must return data, not raise
        return _as_outcome(exc)


def finish_task(job: BundleJob, profile: Any, ingested: Any, fp: str, lang: str) -> dict:
    """Match, propose, score and write the reports of one read bundle; returns its portfolio row."""
    from .messages import text as msg_text
    from .pipeline import record_and_report, run_pipeline

    run = run_pipeline(job.bundle, profile=profile, out_dir=job.out, ingested=ingested)
    model, problems = record_and_report(run, lang)
    row = portfolio_row(job, run.out_dir, lang=lang, model=model)
    row["problems"] = problems + [msg_text(p, lang) for p in run.record_problems]
    state = {"fingerprint": fp, "status": "done", "finished": dt.datetime.now().isoformat(timespec="seconds"),
             "row": row}
    (job.out / STATE_FILE).write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    return row


def portfolio_row(job: BundleJob, out_dir: Path, *, lang: str = "zh", model: Any = None) -> dict:
    """One bundle's line in the portfolio, from its run folder (confirmed ratings over proposals,
    as in its reports); ``model`` is the run's report model when the caller has it."""
    from .report import report_model

    m = model if model is not None else report_model(out_dir, lang=lang)
    units = sum(m.sources.values())
    blocking = [g for g in m.gaps if g.blocking]
    return {
        "name": job.name, "client": job.client or m.enterprise, "bundle": str(job.bundle), "out": str(out_dir),
        "level": m.level, "business_type": m.business_type, "as_of": m.as_of, "passed": m.passed,
        "edition": m.edition, "level_name": m.level_name, "business_name": m.business_name,
        "pass_line": m.labels.context["zh"]["min"] if m.labels else None,  # the edition's minimum total
        "total": m.total, "items_to_pass": len(blocking), "blocking": [g.item for g in blocking],
        "gaps": [{"item": g.item, "title": g.title, "current": g.current} for g in m.gaps if g.current],
        "confirmed_share": round(m.sources.get("confirmed", 0) / units, 4) if units else 0.0,
        "unread_files": len(m.unread), "report": str(out_dir / "report.html"),
    }


# ---------------------------------------------------------------------------------------------
# the batch

@dataclass
class _Bundle:
    job: BundleJob
    profile: Any
    fp: str
    plan: Any
    pending: list = field(default_factory=list)  # the slots to read, fixed when planned
    parts: dict[int, list] = field(default_factory=dict)  # slot index -> outcomes of its parts (None = not yet)
    open_slots: int = 0


def scanned_pages(path: str, min_chars: int) -> int:
    """Pages of a PDF whose sampled pages carry (almost) no text (a scan: one OCR task per page);
    0 when the PDF has text or one page, or cannot be opened here."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 - the reader reports a bad PDF
        return 0
    try:
        n = len(doc)
        if n < 2:
            return 0
        for i in sorted({0, n // 2, n - 1}):
            page = doc[i]
            try:
                tp = page.get_textpage()
                chars = len(tp.get_text_range().strip())
                tp.close()
            finally:
                page.close()
            if chars >= min_chars:
                return 0
        return n
    finally:
        doc.close()


def _split(job: Any) -> list[Any]:
    """A read job as tasks: one per page of a scanned PDF, else the job itself."""
    if job.fmt != "pdf":
        return [job]
    n = scanned_pages(job.file, job.options.ocr_min_chars)
    if not n:
        return [job]
    return [replace(job, options=replace(job.options, page_range=(i, i + 1))) for i in range(n)]


def merge_parts(parts: list[Any]) -> Any:
    """The outcome of a whole file from the outcomes of its page tasks, in page order."""
    from .ingest.extract import NO_TEXT, Outcome

    if len(parts) == 1:
        return parts[0]
    passages = [p for part in parts for p in part.passages]
    errors = list(dict.fromkeys(e for part in parts if part.error and part.error != NO_TEXT
                                for e in part.error.split("；")))
    timings: dict[str, float] = {}
    for part in parts:
        for k, v in part.timings.items():
            timings[k] = timings.get(k, 0.0) + v
    pages = max((part.pages or 0) for part in parts) or None
    cacheable = all(part.cacheable for part in parts)
    if not passages:
        return Outcome("failed", [], pages, "；".join(errors) or NO_TEXT, cacheable, timings)
    return Outcome("partial" if errors else "ok", passages, pages, "；".join(errors) or None, cacheable, timings)


ProgressFn = Callable[[str, dict], None]


def run_batch(jobs: list[BundleJob], *, executor: Any, cache_dir: Path | None = None, force: bool = False,
              lang: str = "zh", progress: ProgressFn | None = None, split_pages: bool = True) -> list[BundleOutcome]:
    """Run every bundle of ``jobs`` on ``executor``; returns one outcome per job, in job order.
    ``split_pages`` False reads a scanned PDF as one task (the benchmark compares the two).

    ``progress(event, info)`` is called with ``planned`` ({bundles, files, pages}), ``file``
    ({bundle}), ``page`` ({bundle}) and ``bundle`` ({outcome}) events."""
    from .ingest.bundle import plan_bundle, record_outcome
    from .ingest.errors import why
    from .ingest.extract import Outcome
    from .pipeline import resolve_profile

    say = progress or (lambda _e, _i: None)
    data_hash = data_fingerprint()
    outcomes: dict[int, BundleOutcome] = {}
    live: dict[int, _Bundle] = {}
    tasks: dict[Any, tuple] = {}  # future -> ("read", bundle index, slot index, part index) | ("finish", bundle index)
    pages = files = 0
    for b, job in enumerate(jobs):
        try:
            profile = resolve_profile(job.bundle, profile_path=job.profile_path, as_of=job.as_of)
        except Exception as exc:  # noqa: BLE001 - a bad profile fails this bundle only
            where = job.profile_path or job.bundle / PROFILE_FILE
            outcomes[b] = BundleOutcome(job, "failed", Msg("batch_bad_profile", where=str(where), error=error_arg(exc)))
            continue
        fp = fingerprint(job, profile.to_json(), data_hash)
        prev = previous_state(job)
        if not force and prev and prev.get("fingerprint") == fp and prev.get("status") == "done" \
                and (job.out / "report.html").is_file():
            outcomes[b] = BundleOutcome(job, "unchanged", None, prev.get("row") or {}, fp)
            continue
        try:
            plan = plan_bundle(job.bundle, out_dir=job.out, cache_dir=cache_dir, extract_dir=job.out / "tmp")
        except Exception as exc:  # noqa: BLE001
            outcomes[b] = BundleOutcome(job, "failed", Msg("batch_unreadable", error=error_arg(exc)), fingerprint=fp)
            continue
        state = _Bundle(job, profile, fp, plan, plan.pending)
        live[b] = state
        for s, slot in enumerate(state.pending):
            parts = _split(slot.job) if split_pages else [slot.job]
            state.parts[s] = [None] * len(parts)
            state.open_slots += 1
            files += 1
            pages += len(parts) if len(parts) > 1 else 0
            for k, part in enumerate(parts):
                # OCR pages first: they are the long tasks
                fut = executor.submit(read_task, part, priority=1 if len(parts) > 1 else 0)
                tasks[fut] = ("read", b, s, k)
    say("planned", {"bundles": len(jobs), "files": files, "pages": pages})
    for b, state in list(live.items()):
        if state.open_slots == 0:
            tasks[_submit_finish(executor, state, lang)] = ("finish", b)
    try:
        while tasks:
            done = executor.wait_first(list(tasks))
            for fut in done:
                kind, b, *where = tasks.pop(fut)
                state = live[b]
                if kind == "finish":
                    try:
                        row = fut.result()
                        outcomes[b] = BundleOutcome(state.job, "done", None, row, state.fp)
                    except Exception as exc:  # noqa: BLE001 - one bundle's failure stops only it
                        outcomes[b] = BundleOutcome(state.job, "failed", Msg(
                            "batch_not_finished", kind=type(exc).__name__, error=error_arg(exc)), fingerprint=state.fp)
                    say("bundle", {"outcome": outcomes[b]})
                    continue
                s, k = where
                try:
                    result = fut.result()
                except Exception as exc:  # noqa: BLE001 - a worker lost: the file is reported, not raised
                    result = Outcome("failed", error=why("read_error", reason=f"{type(exc).__name__}: {exc}"),
                                     cacheable=False)
                parts = state.parts[s]
                parts[k] = result
                say("page" if len(parts) > 1 else "file", {"bundle": state.job.name})
                if any(p is None for p in parts):
                    continue
                record_outcome(state.plan, state.pending[s], merge_parts(parts))
                state.open_slots -= 1
                if state.open_slots == 0:
                    tasks[_submit_finish(executor, state, lang)] = ("finish", b)
    finally:
        for state in live.values():
            state.plan.close()
    return [outcomes[b] for b in range(len(jobs))]


def _submit_finish(executor: Any, state: _Bundle, lang: str) -> Any:
    from .ingest.bundle import finish_plan

    ingested = finish_plan(state.plan)
    return executor.submit(finish_task, state.job, state.profile, ingested, state.fp, lang, priority=2)


def outcome_json(o: BundleOutcome) -> dict:
    return {"name": o.job.name, "bundle": str(o.job.bundle), "status": o.status, "reason": o.reason,
            "fingerprint": o.fingerprint, **({"row": o.row} if o.row else {})}
