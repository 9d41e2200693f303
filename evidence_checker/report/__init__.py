"""Reports people hand on, regenerated from a run's stored results at any time.

``write_reports(out_dir)`` writes into the run's folder:

- ``report.html`` — one self-contained page: verdict, conditions, chart, status grid, gaps, item by item
  with evidence links, evidence index, unread files;
- ``report.xlsx`` — the 自评表 (one row per rated unit) and sheets for the summary, gaps, evidence index
  and unread files;
- ``self-assessment.docx`` — a draft 企业自我评估报告 to edit and sign;
- ``report.md`` — the same content as Markdown;
- ``document-request.xlsx`` / ``.docx`` — the 补充材料清单 a consultant sends the client: per item
  short of 达标, what to provide and what the check found missing.

Ratings are the reviewers' decisions where they exist (已确认), the proposals otherwise (初步建议);
the score is recomputed on that set (:mod:`.model`), and ``score.json`` is rewritten with it, so
the reports, ``score.json`` and ``check``'s summary and exit code always agree.
"""

from __future__ import annotations

from pathlib import Path

from ..results import SCORE, load_results, write_json
from ..review import Decision
from .model import ReportError, ReportModel, build_model, score_json

# the renderers (jinja2, openpyxl, python-docx) are imported by write_model: a re-check that reuses
# the previous run's reports, and the commands that only read a model, do without them

HTML, XLSX, DOCX, MARKDOWN = "report.html", "report.xlsx", "self-assessment.docx", "report.md"

__all__ = ["write_reports", "report_model", "write_model", "summary_json", "load_decisions", "build_model",
           "ReportModel", "ReportError", "score_json",
           "HTML", "XLSX", "DOCX", "MARKDOWN"]


def load_decisions(out_dir: str | Path) -> dict[str, Decision]:
    """The review store's current decisions for a run ({} while the review stage is not there)."""
    try:
        from ..review import confirmed_ratings
    except ImportError:
        return {}
    return confirmed_ratings(out_dir)


def report_model(out_dir: str | Path, *, lang: str = "zh", upgrade: bool = False, results=None) -> ReportModel:
    """The report model of the run in ``out_dir``: stored results (``results`` when the caller has
    read them already) plus the current review decisions.

    Raises FileNotFoundError when ``out_dir`` is not a folder and :class:`ReportError` when it holds
    no run (no run.json or proposals.json).
    """
    out = Path(out_dir)
    return build_model(results if results is not None else load_results(out), load_decisions(out), lang=lang,
                       upgrade=upgrade, history=load_history(out), plans=load_plans(out))


def load_plans(out_dir: str | Path) -> dict:
    """The remediation plans kept in the review store ({} without one)."""
    try:
        from ..review.plans import load_plans as _load
    except ImportError:
        return {}
    return _load(out_dir)


def load_history(out_dir: str | Path):
    """The runs recorded in the review store and what changed since the previous one (None on a first
    run or without a store)."""
    try:
        from ..review.runs import run_history
    except ImportError:
        return None
    return run_history(out_dir)


def write_model(model: ReportModel, out_dir: str | Path) -> list[Path]:
    """Render ``model`` as the reports (and the document-request list) in ``out_dir`` and rewrite ``score.json`` with its score;
    returns the reports' paths."""
    from ..xlsx_safe import scrub
    from .requests import DOCX_NAME as REQUEST_DOCX
    from .requests import XLSX_NAME as REQUEST_XLSX
    from .requests import write_requests_docx, write_requests_xlsx
    from .to_docx import write_docx
    from .to_html import write_html
    from .to_markdown import write_markdown
    from .to_xlsx import write_xlsx

    out = Path(out_dir)
    write_json(out / SCORE, score_json(model))
    # Word cannot hold control characters (a file named "bell\x07.txt"): its copy of the model has none
    clean = scrub(model)
    return [write_html(model, out / HTML), write_xlsx(model, out / XLSX), write_docx(clean, out / DOCX),
            write_markdown(model, out / MARKDOWN), write_requests_xlsx(model, out / REQUEST_XLSX),
            write_requests_docx(clean, out / REQUEST_DOCX)]


def write_reports(out_dir: str | Path, *, lang: str = "zh", upgrade: bool = False) -> list[Path]:
    """Write the four reports of the run in ``out_dir`` (see the module docstring); returns their paths."""
    return write_model(report_model(out_dir, lang=lang, upgrade=upgrade), out_dir)


def summary_json(model: ReportModel, files: list[Path]) -> dict:
    """What ``report --json`` prints: the files written and the score of the effective ratings."""
    return {"out_dir": str(model.out_dir), "files": [str(p) for p in files], "lang": model.lang,
            "total": model.total, "passed": model.passed, "basic_limit_scope": model.result.basic_limit_scope,
            "conditions": [{"id": c.id, "ok": c.ok, "detail": c.detail} for c in model.conditions],
            "sources": model.sources, "review": {"kept": model.kept, "stale": model.stale},
            "unrated": list(model.result.unrated),
            "gaps": [{"item": g.item, "current": g.current, "reason": g.reason, "blocking": g.blocking}
                     for g in model.gaps]}
