"""The main job as a library call: ingest → match → propose → score, and the files ``check`` writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .catalog import Assessment, load_standard
from .profile import PROFILE_FILE, Profile, load_profile
from .results import (EVIDENCE, PROPOSALS, RUN, SCORE, EvidenceHit, Proposal, write_evidence, write_json,
                      write_proposals)
from .score import ScoreResult, score
from .messages import Msg
from .readings import in_force
from .validity import validity_of

DEFAULT_OUT = ".evidence-checker"
RECORDS_DIR = "records"

Progress = Callable[[str], None]


@dataclass
class RunResult:
    """Everything one run produced (also written to ``out_dir`` unless ``write=False``)."""

    bundle: Path
    out_dir: Path
    profile: Profile
    assessment: Assessment
    files: list[dict]
    passages: list
    evidence: dict[str, list[EvidenceHit]]
    proposals: dict[str, Proposal] | None = None
    items: dict[str, dict] | None = None
    score: ScoreResult | None = None
    record_problems: list[str] = field(default_factory=list)
    rerun_key: str | None = None  # set when the run may be kept for the next re-check (rerun.py)
    reused: dict | None = None  # the previous run taken over unchanged (rerun.load)
    matches: dict | None = None  # per-unit matches to keep for the next re-check (match_passages keep=)
    unit_memo: object = None  # per-unit proposals to keep for the next re-check (unit_memo.UnitMemo)
    propose_context: tuple | None = None  # the run's key for them (rerun.propose_context)

    @property
    def unread(self) -> list[dict]:
        return [f for f in self.files if f.get("status") in ("failed", "skipped", "partial")
                and f.get("format") != "output"]  # this tool's output folders (walker.OUTPUT_KIND)


def resolve_profile(bundle: Path, *, profile_path: Path | None = None, level: str | None = None,
                    business_type: str | None = None, as_of: str | dt.date | None = None) -> Profile:
    """The profile from ``--profile``, else ``BUNDLE/profile.yaml``; command-line values override it."""
    path = profile_path or bundle / PROFILE_FILE
    if path.exists():
        return load_profile(path, level=level, business_type=business_type, as_of=as_of)
    from .profile import CLI_SOURCE, ProfileError, profile_from_dict

    if not (level and business_type):
        raise ProfileError("profile_no_file", path=str(path))
    return profile_from_dict({"level": level, "business_type": business_type,
                              "as_of": as_of or dt.date.today().isoformat()}, src=CLI_SOURCE)


def _records(bundle: Path, assessment: Assessment, profile: Profile):
    """Verdicts from the bundle's structured records (``records/``), and the problems found in them."""
    from . import records as rec

    folder = bundle / RECORDS_DIR
    if folder.is_symlink():  # it could lead outside the bundle: not read
        verdicts = rec.evaluate_records(assessment, profile, None)
        return verdicts, False, [Msg("rec_folder_link")]
    loaded = rec.read_records(folder) if folder.is_dir() else None
    verdicts = rec.evaluate_records(assessment, profile, loaded, certified_since=profile.certified_since)
    return verdicts, loaded is not None, [p.line() for p in loaded.problems] if loaded else []


def run_pipeline(bundle: str | Path, *, profile: Profile, out_dir: str | Path | None = None, write: bool = True,
                 workers: int | None = None, progress: Progress | None = None, file_progress=None,
                 ingested=None, write_score: bool = True, reuse_lang: str | None = None) -> RunResult:
    """Run the stages on a bundle folder; with ``write`` the outputs go to ``out_dir``, which must be
    new, empty or this tool's (``run_guard.OutDirError`` otherwise, also when another run holds it);
    ``score.json`` only with ``write_score`` (``check`` rewrites it with the reviewed ratings,
    ``propose`` leaves the reviewed one alone). ``ingested`` (an ``IngestResult``) skips the reading
    stage: ``batch`` reads files elsewhere. With ``reuse_lang`` (``check``'s report language) a bundle
    whose inputs have not changed since the previous run in ``out_dir`` takes over that run instead
    of matching and proposing again (:mod:`.rerun`)."""
    if not write:
        with cyclic_gc_paused():
            return _run_pipeline(bundle, profile=profile, out_dir=out_dir, write=False, workers=workers,
                                 progress=progress, file_progress=file_progress, ingested=ingested)
    from .run_guard import output_folder

    with output_folder(Path(out_dir) if out_dir else Path(bundle) / DEFAULT_OUT), cyclic_gc_paused():
        return _run_pipeline(bundle, profile=profile, out_dir=out_dir, write=True, workers=workers,
                             progress=progress, file_progress=file_progress, ingested=ingested,
                             write_score=write_score, reuse_lang=reuse_lang)


@contextmanager
def cyclic_gc_paused():
    """The cyclic garbage collector off for one run, as it was before afterwards: its full collections
    scanned the passages, the previous run's saved parts and every imported module again and again
    (0.4–0.5 s of a 2.5 s re-check of the demo bundle). Reference counting still frees everything that
    is not in a cycle; the few cycles a run makes are collected once the collector is back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _run_pipeline(bundle: str | Path, *, profile: Profile, out_dir: str | Path | None, write: bool,
                  workers: int | None, progress: Progress | None, file_progress, ingested=None,
                  write_score: bool = True, reuse_lang: str | None = None) -> RunResult:
    from .ingest import ingest_bundle, write_outputs

    bundle = Path(bundle)
    out = Path(out_dir) if out_dir else bundle / DEFAULT_OUT
    say = progress or (lambda _msg: None)
    assessment = load_standard(profile.edition).assessment(profile.level, profile.business_type)

    say("ingest")
    loading = None
    if ingested is None:
        def on_read(_n: int) -> None:  # files are read in worker processes: meanwhile, load the next stages
            nonlocal loading
            loading = threading.Thread(target=_load_stages, args=(assessment.standard.edition,), daemon=True)
            loading.start()

        ingested = ingest_bundle(bundle, out_dir=out, workers=workers, progress=file_progress, on_read=on_read)
        if loading is not None:
            loading.join()
    if write:
        write_outputs(ingested, out)
    files = [f.to_json() if hasattr(f, "to_json") else dict(f) for f in ingested.files]

    key = reuse = keep = None
    if write and reuse_lang:
        from . import rerun

        if rerun.enabled():
            key = rerun.input_key(bundle, out, profile, files, reuse_lang, dt.date.today().isoformat())
            before = rerun.previous(out)
            memo = rerun.load(out, key, before)
            if memo is not None:
                return RunResult(bundle=bundle, out_dir=out, profile=profile, assessment=assessment, files=files,
                                 passages=ingested.passages, evidence=memo["evidence"], proposals=memo["proposals"],
                                 items=memo["items"], score=memo["score"], record_problems=memo["record_problems"],
                                 rerun_key=key, reused=memo)
            context = rerun.match_context(assessment)
            if before is not None and before.get("match_context") == context:
                reuse = before.get("match_units")
            rerun.restore_quotations(before)
            rerun.restore_facts(before)
            keep = {}
            rerun.forget(out)
    from .match import match_passages
    from .propose import propose

    say("match")
    evidence = match_passages(ingested.passages, assessment, profile=profile, reuse=reuse, keep=keep)

    say("propose")
    verdicts, present, problems = _records(bundle, assessment, profile)
    units = units_context = None
    if keep is not None:
        from .unit_memo import UnitMemo

        units_context = rerun.propose_context(assessment, profile, reuse_lang, dt.date.today().isoformat(),
                                              rerun.records_key(bundle))
        units = UnitMemo(before.get("propose_units")
                         if before is not None and before.get("propose_context") == units_context else None)
    proposals, items = propose(assessment, profile, evidence, passages=ingested.passages,
                               record_verdicts=verdicts, records_present=present, memo=units)

    say("score")
    ratings = {uid: p.rating for uid, p in proposals.items() if p.status != "needs_review" and p.rating}
    result = score(assessment, ratings, readings=profile.readings)
    result = dataclasses.replace(result, validity=validity_of(profile.edition, profile.as_of).to_json(),
                                 readings=in_force(assessment.standard.root, profile.readings)
                                 | {"basic_limit_scope": result.basic_limit_scope})
    run = RunResult(bundle=bundle, out_dir=out, profile=profile, assessment=assessment, files=files,
                    passages=ingested.passages, evidence=evidence, proposals=proposals, items=items, score=result,
                    record_problems=problems, rerun_key=key, matches=keep, unit_memo=units,
                    propose_context=units_context)
    if write:
        write_run(run, score_file=write_score)
    return run


def _load_stages(edition: str) -> None:
    """Import the matcher, the proposer, the review store and the report renderers and load the
    lexicon (about a second of CPU), while the parent waits for the ingest workers; any error is
    left for the stage that meets it."""
    try:
        import importlib

        for name in ("match", "propose", "review.store", "xlsx_safe", "report.to_html", "report.to_xlsx",
                     "report.to_docx", "report.to_markdown", "report.requests"):
            importlib.import_module(f"{__package__}.{name}")
        from .match import _cached_automaton

        _cached_automaton(edition)
    except Exception:  # noqa: BLE001
        pass


def write_run(run: RunResult, *, score_file: bool = True) -> None:
    """Write evidence.json, proposals.json, score.json and run.json (inventory and passages are the
    ingest stage's)."""
    out = run.out_dir
    p = run.profile
    write_json(out / RUN, {"bundle": str(run.bundle.resolve()), "enterprise": p.enterprise, "edition": p.edition,
                           "level": p.level, "business_type": p.business_type, "as_of": p.as_of.isoformat(),
                           "profile": p.to_json(), "record_problems": run.record_problems})
    write_evidence(out / EVIDENCE, run.evidence)
    if run.proposals is not None:
        write_proposals(out / PROPOSALS, edition=p.edition, level=p.level, business_type=p.business_type,
                        as_of=p.as_of.isoformat(), proposals=run.proposals, items=run.items or {})
    if run.score is not None and score_file:
        write_json(out / SCORE, run.score.to_json())


def record_and_report(run: RunResult, lang: str = "zh"):
    """Record the run in the review store (keeps people's decisions, marks changed evidence 需复核),
    then score the ratings the run stands on (confirmed over proposed) and write score.json and the
    reports from that one set. Returns (report model or None, problems); a problem is a one-line
    message, never raised."""
    if run.reused is not None:  # an unchanged re-check: the store and the reports are as that run left them
        return run.reused["model"], []
    with cyclic_gc_paused():
        return _record_and_report(run, lang)


def _record_and_report(run: RunResult, lang: str):
    from .cli_messages import msg
    from .report import ReportError, report_model, write_model
    from .results import load_results
    from .review.store import ReviewError, open_store, record_run

    problems, model, results = [], None, None
    try:
        results = load_results(run.out_dir)  # read once: the store and the reports share it
        store = open_store(run.out_dir, lang=lang)
        try:
            record_run(store, results, lang=lang)
        finally:
            store.close()
    except (ReviewError, OSError) as e:
        problems.append(msg("check.store_failed", lang, error=e))
    except MemoryError:
        problems.append(msg("check.store_failed", lang, error=msg("check.out_of_memory", lang)))
    except Exception as e:  # noqa: BLE001 - e.g. another program's review.sqlite: say so, never a trace
        problems.append(msg("check.store_failed", lang, error=one_line(e, lang)))
    try:
        model = report_model(run.out_dir, lang=lang, results=results)
        write_model(model, run.out_dir)
    except (OSError, ValueError, ReportError) as e:
        problems.append(msg("check.report_failed", lang, error=one_line(e, lang)))
    except MemoryError:
        problems.append(msg("check.report_failed", lang, error=msg("check.out_of_memory", lang)))
    except Exception as e:  # noqa: BLE001 - a report that cannot be written is reported, the run stands
        problems.append(msg("check.report_failed", lang, error=one_line(e, lang)))
    if run.rerun_key and model is not None and not problems:
        from . import rerun

        rerun.save(run.out_dir, run.rerun_key, evidence=run.evidence, proposals=run.proposals, items=run.items,
                   score=run.score, record_problems=run.record_problems, model=model,
                   match_units=run.matches, match_context=rerun.match_context(run.assessment),
                   quotations=rerun.quotation_memo(), facts=rerun.facts_memo(run.passages),
                   propose_units=run.unit_memo.kept if run.unit_memo is not None else None,
                   propose_context=run.propose_context)
    return model, problems


def one_line(exc: BaseException, lang: str = "zh") -> str:
    """An exception as one short line (type and message), for messages people read; an error worded
    by messages.yaml (:class:`~evidence_checker.messages.MessageError`) in ``lang``."""
    from .messages import MessageError

    text = " ".join((exc.text(lang) if isinstance(exc, MessageError) else str(exc)).split())
    return f"{type(exc).__name__}{('：' if lang == 'zh' else ': ') + text[:200] if text else ''}"
