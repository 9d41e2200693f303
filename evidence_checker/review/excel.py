"""The Excel round trip: export one row per rated unit, people fill in three columns, import it back.

Columns 编号 … 证据3 are locked (sheet protection, no password) and covered by a hidden checksum
(HMAC with the store's secret), so an edit to them is found on import; 确认评分 has a drop-down of
the item's own options; 复核人 and 备注 are free. Import checks every row and reports ALL problems
with their row numbers before anything is saved; a valid workbook is saved in one transaction.

With ``lang="en"`` the sheets, headers, drop-downs and instructions are English; import reads a
workbook of either language (each column by its Chinese or English header, ratings in either
language) and reports its problems in the language asked for.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .. import xlsx_safe
from ..ingest.budget import BudgetError, check_cells, workbook_problem
from ..locators import place
from ..results import EvidenceHit, Results
from .store import LABELS, Change, Store, apply_changes, check_changes, secret, states
from ..edition_labels import edition_labels
from ..i18n import t
from .texts import header_names, options_text, parse_review_rating, rating_label, tr
from .units import UnitView, assessment_of, unit_views

SHEET = "复核"
INFO_SHEET = "说明"
EVIDENCE_COLUMNS = 3
# (key, header, width); the order is the sheet's
COLUMNS: list[tuple[str, str, int]] = [
    ("id", "编号", 13), ("item", "标准项", 22), ("text", "标准内容", 50), ("proposal", "系统建议", 12),
    ("confidence", "置信度", 8), ("reasons", "理由", 40), ("current", "当前结论", 24),
    *[(f"ev{n}", f"证据{n}", 40) for n in range(1, EVIDENCE_COLUMNS + 1)],
    ("rating", "确认评分", 12), ("reviewer", "复核人", 10), ("note", "备注", 30),
    ("version", "版本", 6), ("base", "导出时结论", 10), ("checksum", "校验", 10),
]
KEYS = [k for k, _, _ in COLUMNS]
HEADERS = {k: h for k, h, _ in COLUMNS}
HEADERS_EN = {k: header_names("col", k)[1] for k in KEYS}
SHEET_EN, INFO_SHEET_EN = tr("sheet.review", "en"), tr("sheet.info", "en")
EDITABLE = ("rating", "reviewer", "note")
HIDDEN = ("version", "base", "checksum")
PROTECTED = tuple(k for k in KEYS if k not in EDITABLE and k != "checksum")


class WorkbookError(ValueError):
    """The workbook cannot be imported; ``problems`` lists every one, each naming its row and column."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ImportSummary:
    applied: int  # decisions and notes saved
    unchanged: int  # rows left as exported
    plans: int = 0  # remediation plans saved (整改计划 sheet)


def _norm(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value).replace("\r\n", "\n").strip()


def checksum(key: str, values: dict[str, object]) -> str:
    """HMAC of a row's protected cells: changes to any of them are found on import."""
    payload = json.dumps([_norm(values.get(k)) for k in PROTECTED], ensure_ascii=False)
    return hmac.new(key.encode(), payload.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def headers(lang: str = "zh") -> dict[str, str]:
    """The review sheet's header per column key in ``lang``."""
    return HEADERS_EN if lang == "en" else HEADERS


def _evidence_text(hit: EvidenceHit, lang: str = "zh") -> str:
    where = f"{hit.path} {place(hit.path, hit.page, hit.locator, lang)}".strip()
    snippet = " ".join(hit.text.split())
    return f"{where}{t('punct.colon', lang)}{snippet[:120]}{'…' if len(snippet) > 120 else ''}"


def _link(bundle: Path | None, hit_path: str, workbook: Path) -> str | None:
    """A hyperlink to the evidence file, relative to the workbook (zip members link to the zip)."""
    if bundle is None:
        return None
    target = bundle / hit_path.split("!", 1)[0]
    try:
        return Path(os.path.relpath(target, workbook.parent)).as_posix()
    except ValueError:  # another drive on Windows
        return target.resolve().as_uri()


def _base(v: UnitView) -> str:
    """The rating and note the row was exported with (to tell edited rows from untouched ones)."""
    d = v.decision
    return "" if d is None else json.dumps([LABELS[d.rating], d.note], ensure_ascii=False)


def _clean(value: object) -> object:
    """Control characters (from PDFs) cannot be stored in a worksheet."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _label(rating: str, lang: str) -> str:
    return LABELS[rating] if lang == "zh" else rating_label(rating, lang)


def _row(v: UnitView, lang: str = "zh") -> dict[str, object]:
    p = v.proposal
    d = v.decision
    reasons = list(p.reasons) if p else []  # the tool's words: data, not translated
    if p and p.missing:
        reasons.append(t("report.missing", lang) + t("punct.colon", lang) + t("punct.list", lang).join(p.missing))
    current = ""
    if d is not None:
        action = tr("action.confirm" if d.action == "confirm" else "action.override", lang)
        current = tr("row.current", lang, rating=_label(d.rating, lang), action=action, reviewer=d.reviewer,
                     date=d.at[:10])
        if d.stale:
            current += tr("row.stale", lang)
    row: dict[str, object] = {
        "id": v.id, "item": f"{v.item.id} {v.item.title}", "text": v.text, "proposal": v.proposal_text(lang),
        "confidence": round(p.confidence, 2) if p else None, "reasons": t("punct.semicolon", lang).join(reasons),
        "current": current, "rating": _label(d.rating, lang) if d else None, "reviewer": None,
        "note": d.note if d else None, "version": v.state.version, "base": _base(v),
    }
    for n in range(EVIDENCE_COLUMNS):
        row[f"ev{n + 1}"] = _evidence_text(v.hits[n], lang) if n < len(v.hits) else None
    return {k: _clean(x) for k, x in row.items()}


def export_workbook(store: Store, results: Results, path: str | Path, *, lang: str = "zh") -> Path:
    """Write the review workbook for a run (its words in ``lang``); returns its path."""
    path = Path(path)
    assessment = assessment_of(results, lang)
    views = unit_views(assessment, results, states(store))
    key = secret(store)
    wb = Workbook()
    ws = wb.active
    ws.title = tr("sheet.review", lang)
    head = headers(lang)
    xlsx_safe.append(ws, [head[k] for k in KEYS])
    for c, (k, _, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
        ws.column_dimensions[get_column_letter(c)].hidden = k in HIDDEN
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC" if k in EDITABLE else "DDEBF7")
    col = {k: i + 1 for i, k in enumerate(KEYS)}
    validations: dict[tuple[str, ...], DataValidation] = {}
    for r, v in enumerate(views, start=2):
        values = _row(v, lang)
        values["checksum"] = checksum(key, values)
        for k in KEYS:
            cell = xlsx_safe.write(ws, r, col[k], values[k])  # notes like "=1+1" stay text
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if k in EDITABLE:
                cell.protection = Protection(locked=False)
                cell.fill = PatternFill("solid", fgColor="FFF2CC")
        for n in range(min(EVIDENCE_COLUMNS, len(v.hits))):
            target = _link(results.bundle, v.hits[n].path, path)
            if target:
                cell = ws.cell(row=r, column=col[f"ev{n + 1}"])
                cell.hyperlink = xlsx_safe.clean(target)
                cell.font = Font(color="0563C1", underline="single")
        options = v.item.options
        if options not in validations:
            listed = "、".join(LABELS[o] for o in options) if lang == "zh" else options_text(options, lang)
            dv = DataValidation(type="list", formula1='"' + ",".join(_label(o, lang) for o in options) + '"',
                                allow_blank=True, showErrorMessage=True, errorTitle=tr("dv.error_title", lang),
                                error=tr("dv.error", lang, options=listed), promptTitle=tr("dv.prompt_title", lang),
                                prompt=tr("dv.prompt", lang, options=listed), showInputMessage=True)
            validations[options] = dv
            ws.add_data_validation(dv)
        validations[options].add(ws.cell(row=r, column=col["rating"]))
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(KEYS))}{len(views) + 1}"
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    info = wb.create_sheet(tr("sheet.info", lang))
    run = results.run
    names = edition_labels(assessment.standard)  # the edition's names of its level and business type
    for line in [
        *[(tr(f"info.{k}", lang), tr(f"info.{k}_text", lang)) for k in ("review", "plan", "confirm", "import", "caution")],
        (tr("info.assessment", lang), tr("info.assessment_text", lang, level=names.t(assessment.level, lang),
                                         business=names.business(assessment.business_type, lang),
                                         as_of=run.get("as_of", ""))),
        ("assessment", store.assessment),  # the store's key, checked on import (hidden row)
    ]:
        xlsx_safe.append(info, line)
    info.row_dimensions[info.max_row].hidden = True
    from .plan_sheet import add_plan_sheet

    add_plan_sheet(wb, store, results, lang)
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 100
    info.sheet_state = "visible"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _sheet(wb, names: tuple[str, ...]):
    """The first of ``names`` the workbook has (either language's sheet name), or None."""
    return next((wb[n] for n in names if n in wb.sheetnames), None)


def read_workbook(store: Store, results: Results, path: str | Path, *, reviewer: str | None = None,
                  lang: str = "zh") -> list[Change]:
    """The changes a filled-in workbook (exported in either language) asks for; WorkbookError listing
    every problem (in ``lang``) otherwise."""
    path = Path(path)
    name = path.name
    refused = workbook_problem(path) if path.is_file() else None  # a bomb: not opened
    if refused:
        raise WorkbookError([f"{name}{t('punct.colon', lang)}{refused.render(lang)}"])
    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise WorkbookError([tr("imp.missing_file", lang, path=path)]) from None
    except Exception as e:  # not a workbook at all
        raise WorkbookError([tr("imp.not_workbook", lang, name=name, kind=type(e).__name__)]) from None
    ws = _sheet(wb, (SHEET, SHEET_EN))
    if ws is None:
        raise WorkbookError([tr("imp.no_sheet", lang, name=name, sheet=tr("sheet.review", lang))])
    try:
        check_cells(ws.max_row, ws.max_column)  # one cell at XFD1048576 would make 17 G cells
    except BudgetError as e:
        raise WorkbookError([f"{name}{t('punct.colon', lang)}{e.text(lang)}"]) from None
    header = [_norm(c.value) for c in ws[1]]
    col: dict[str, int] = {}
    for k in KEYS:  # each column by its Chinese or its English header
        found = [header.index(h) for h in (HEADERS[k], HEADERS_EN[k]) if h in header]
        if found:
            col[k] = found[0]
    missing = [headers(lang)[k] for k in KEYS if k not in col]
    if missing:
        raise WorkbookError([tr("imp.missing_columns", lang, name=name, columns=t("punct.list", lang).join(missing))])
    made_in = "en" if ws.title == SHEET_EN or HEADERS_EN["id"] in header and HEADERS["id"] not in header else "zh"
    problems: list[str] = []
    info = _sheet(wb, (INFO_SHEET, INFO_SHEET_EN))
    if info is not None:
        meta = {_norm(r[0]): _norm(r[1]) for r in info.iter_rows(values_only=True) if r and len(r) > 1}
        if meta.get("assessment") and meta["assessment"] != store.assessment:
            problems.append(tr("imp.other_assessment", lang, name=name, theirs=meta["assessment"],
                               ours=store.assessment))
    key = secret(store)
    assessment = assessment_of(results, made_in)  # its protected cells hold the standard's words in that language
    rules = assessment.standard.rules
    views = {v.id: v for v in unit_views(assessment, results, states(store))}
    changes: list[Change] = []
    for r, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        values = {k: cells[i] if i < len(cells) else None for k, i in col.items()}
        if all(_norm(v) == "" for v in values.values()):
            continue
        where = tr("imp.where", lang, name=name, sheet=ws.title, row=r)
        uid = _norm(values["id"])
        if uid not in views:
            problems.append(tr("imp.unknown_unit", lang, where=where, uid=uid or tr("imp.empty", lang)))
            continue
        if not hmac.compare_digest(_norm(values["checksum"]), checksum(key, values)):
            fresh = _row(views[uid], made_in)
            changed = [headers(lang)[k] for k in PROTECTED if k not in HIDDEN and _norm(fresh[k]) != _norm(values[k])]
            problems.append(tr("imp.protected", lang, where=where,
                               columns=t("punct.list", lang).join(changed) or tr("imp.hidden", lang)))
            continue
        rating_raw, note = _norm(values["rating"]), _norm(values["note"])
        signer = _norm(values["reviewer"])
        base_rating, base_note = json.loads(_norm(values["base"])) if _norm(values["base"]) else ("", "")
        rating = parse_review_rating(rating_raw, rules) if rating_raw else None  # either language's label
        base = parse_review_rating(base_rating, rules) if base_rating else None
        changed_values = (rating or rating_raw, note) != (base or base_rating, base_note)
        if not changed_values and not signer:
            continue  # left as exported
        if not rating_raw and base_rating:
            shown = base_rating if lang == "zh" or base is None else rating_label(base, lang)
            problems.append(tr("imp.cleared", lang, where=where, rating=shown))
            continue
        if rating_raw and rating is None:
            options = ("、".join(LABELS[o] for o in views[uid].item.options) if lang == "zh"
                       else options_text(views[uid].item.options, lang))
            problems.append(tr("imp.not_rating", lang, where=where, value=rating_raw, options=options))
            continue
        version = values["version"]
        try:
            expected = int(version)
        except (TypeError, ValueError):
            problems.append(tr("imp.version", lang, where=where))
            continue
        if rating_raw:
            action = None
            if rating == base and not signer:
                action = "note"  # only the note changed
        else:
            action = "note"
        changes.append(Change(unit_id=uid, rating=rating, reviewer=signer or (reviewer or ""),
                              note=note, action=action, expected_version=expected if action != "note" else None,
                              where=where))
    problems += check_changes(store, changes, lang)
    if problems:
        raise WorkbookError(problems)
    return changes


def import_workbook(store: Store, results: Results, path: str | Path, *, reviewer: str | None = None,
                    before_each: Callable[[int], None] | None = None, lang: str = "zh") -> ImportSummary:
    """Check every row, then save all changes in one transaction (nothing is saved on any problem);
    messages in ``lang``, the workbook in either language."""
    from .plan_sheet import read_plan_sheet, save_plans

    changes = read_workbook(store, results, path, reviewer=reviewer, lang=lang)
    todo, problems = read_plan_sheet(store, load_workbook(path, data_only=True), Path(path).name, lang)
    if problems:
        raise WorkbookError(problems)
    apply_changes(store, changes, before_each=before_each, lang=lang)
    saved = save_plans(store, todo, reviewer or "")
    rows = sum(1 for _ in unit_views(assessment_of(results), results, {}))
    return ImportSummary(applied=len(changes), unchanged=rows - len(changes), plans=saved)
