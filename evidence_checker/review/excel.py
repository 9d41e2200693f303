"""The Excel round trip: export one row per rated unit, people fill in three columns, import it back.

Columns 编号 … 证据3 are locked (sheet protection, no password) and covered by a hidden checksum
(HMAC with the store's secret), so an edit to them is found on import; 确认评分 has a drop-down of
the item's own options; 复核人 and 备注 are free. Import checks every row and reports ALL problems
with their row numbers before anything is saved; a valid workbook is saved in one transaction.
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
from ..ratings import parse_rating
from ..results import EvidenceHit, Results
from .store import LABELS, Change, Store, apply_changes, check_changes, secret, states
from ..edition_labels import edition_labels
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


def _evidence_text(hit: EvidenceHit) -> str:
    where = f"{hit.path} {place(hit.path, hit.page, hit.locator)}".strip()
    snippet = " ".join(hit.text.split())
    return f"{where}：{snippet[:120]}{'…' if len(snippet) > 120 else ''}"


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


def _row(v: UnitView) -> dict[str, object]:
    p = v.proposal
    d = v.decision
    reasons = list(p.reasons) if p else []
    if p and p.missing:
        reasons.append("缺少：" + "、".join(p.missing))
    current = ""
    if d is not None:
        current = f"{LABELS[d.rating]}（{'确认' if d.action == 'confirm' else '改判'}，{d.reviewer}，{d.at[:10]}）"
        if d.stale:
            current += " 需复核：证据已变化"
    row: dict[str, object] = {
        "id": v.id, "item": f"{v.item.id} {v.item.title}", "text": v.text, "proposal": v.proposal_label,
        "confidence": round(p.confidence, 2) if p else None, "reasons": "；".join(reasons), "current": current,
        "rating": LABELS[d.rating] if d else None, "reviewer": None, "note": d.note if d else None,
        "version": v.state.version, "base": _base(v),
    }
    for n in range(EVIDENCE_COLUMNS):
        row[f"ev{n + 1}"] = _evidence_text(v.hits[n]) if n < len(v.hits) else None
    return {k: _clean(x) for k, x in row.items()}


def export_workbook(store: Store, results: Results, path: str | Path) -> Path:
    """Write the review workbook for a run; returns its path."""
    path = Path(path)
    assessment = assessment_of(results)
    views = unit_views(assessment, results, states(store))
    key = secret(store)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    xlsx_safe.append(ws, [h for _, h, _ in COLUMNS])
    for c, (k, _, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
        ws.column_dimensions[get_column_letter(c)].hidden = k in HIDDEN
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC" if k in EDITABLE else "DDEBF7")
    col = {k: i + 1 for i, k in enumerate(KEYS)}
    validations: dict[tuple[str, ...], DataValidation] = {}
    for r, v in enumerate(views, start=2):
        values = _row(v)
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
            dv = DataValidation(type="list", formula1='"' + ",".join(LABELS[o] for o in options) + '"',
                                allow_blank=True, showErrorMessage=True, errorTitle="评分无效",
                                error="请从下拉列表中选择本项的可选评分：" + "、".join(LABELS[o] for o in options),
                                promptTitle="确认评分", prompt="可选：" + "、".join(LABELS[o] for o in options),
                                showInputMessage=True)
            validations[options] = dv
            ws.add_data_validation(dv)
        validations[options].add(ws.cell(row=r, column=col["rating"]))
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(KEYS))}{len(views) + 1}"
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    info = wb.create_sheet(INFO_SHEET)
    run = results.run
    names = edition_labels(assessment.standard)  # the edition's names of its level and business type
    for line in [
        ("复核表", "每行一个评分分项；请只填写黄色的三列：确认评分（下拉选择）、复核人、备注。"),
        ("整改计划", "“整改计划”表每行一个未达标的标准项：填写责任人、期限（YYYY-MM-DD）、状态（下拉选择）和说明。"),
        ("确认", "确认评分与系统建议相同即为确认；不同即为改判，改判须在备注中写明理由。"),
        ("导入", "evidence-checker review import 结果目录 本文件 [--reviewer 姓名]：先逐行检查，全部无误才一次性保存。"),
        ("注意", "蓝色列受保护且有校验，改动会在导入时被发现；未改动的行不会重复保存。"),
        ("评估", f"{names.t(assessment.level)} · {names.business(assessment.business_type)}  基准日 {run.get('as_of', '')}"),
        ("assessment", store.assessment),  # the store's key, checked on import (hidden row)
    ]:
        xlsx_safe.append(info, line)
    info.row_dimensions[info.max_row].hidden = True
    from .plan_sheet import add_plan_sheet

    add_plan_sheet(wb, store, results)
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 100
    info.sheet_state = "visible"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path


def read_workbook(store: Store, results: Results, path: str | Path, *, reviewer: str | None = None) -> list[Change]:
    """The changes a filled-in workbook asks for; WorkbookError listing every problem otherwise."""
    path = Path(path)
    name = path.name
    refused = workbook_problem(path) if path.is_file() else None  # a bomb: not opened
    if refused:
        raise WorkbookError([f"{name}：{refused}"])
    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise WorkbookError([f"{path}：文件不存在"]) from None
    except Exception as e:  # not a workbook at all
        raise WorkbookError([f"{name}：不是可读取的 Excel 工作簿（{type(e).__name__}）"]) from None
    if SHEET not in wb.sheetnames:
        raise WorkbookError([f"{name}：没有“{SHEET}”工作表（请使用 review export 导出的表格）"])
    ws = wb[SHEET]
    try:
        check_cells(ws.max_row, ws.max_column)  # one cell at XFD1048576 would make 17 G cells
    except BudgetError as e:
        raise WorkbookError([f"{name}：{e}"]) from None
    header = [_norm(c.value) for c in ws[1]]
    missing = [HEADERS[k] for k in KEYS if HEADERS[k] not in header]
    if missing:
        raise WorkbookError([f"{name} 第1行：缺少列 {'、'.join(missing)}（请使用 review export 导出的表格）"])
    problems: list[str] = []
    if INFO_SHEET in wb.sheetnames:
        meta = {_norm(r[0]): _norm(r[1]) for r in wb[INFO_SHEET].iter_rows(values_only=True) if r and len(r) > 1}
        if meta.get("assessment") and meta["assessment"] != store.assessment:
            problems.append(f"{name}：这是另一项评估的复核表（{meta['assessment']}），不是 {store.assessment}")
    col = {k: header.index(HEADERS[k]) for k in KEYS}
    key = secret(store)
    assessment = assessment_of(results)
    views = {v.id: v for v in unit_views(assessment, results, states(store))}
    changes: list[Change] = []
    for r, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        values = {k: cells[i] if i < len(cells) else None for k, i in col.items()}
        if all(_norm(v) == "" for v in values.values()):
            continue
        where = f"{name} 第{r}行"
        uid = _norm(values["id"])
        if uid not in views:
            problems.append(f"{where} 编号：{uid or '（空）'} 不是本次评估的评分分项")
            continue
        if not hmac.compare_digest(_norm(values["checksum"]), checksum(key, values)):
            fresh = _row(views[uid])
            changed = [HEADERS[k] for k in PROTECTED if k not in HIDDEN and _norm(fresh[k]) != _norm(values[k])]
            problems.append(f"{where}：受保护的列被改动过（{'、'.join(changed) or '隐藏列或校验值'}），"
                            "请在重新导出的表格中只填写确认评分、复核人、备注")
            continue
        rating_raw, note = _norm(values["rating"]), _norm(values["note"])
        signer = _norm(values["reviewer"])
        base_rating, base_note = json.loads(_norm(values["base"])) if _norm(values["base"]) else ("", "")
        changed_values = (rating_raw, note) != (base_rating, base_note)
        if not changed_values and not signer:
            continue  # left as exported
        if not rating_raw and base_rating:
            problems.append(f"{where} 确认评分：不能清空已有结论（{base_rating}）；如需修改请选择新的评分")
            continue
        if rating_raw and parse_rating(rating_raw, assessment.standard.rules) is None:
            options = "、".join(LABELS[o] for o in views[uid].item.options)
            problems.append(f"{where} 确认评分：“{rating_raw}”不是评分（可选：{options}）")
            continue
        version = values["version"]
        try:
            expected = int(version)
        except (TypeError, ValueError):
            problems.append(f"{where} 版本：隐藏的版本号缺失或无效")
            continue
        if rating_raw:
            action = None
            if rating_raw == base_rating and not signer:
                action = "note"  # only the note changed
        else:
            action = "note"
        changes.append(Change(unit_id=uid, rating=rating_raw or None, reviewer=signer or (reviewer or ""),
                              note=note, action=action, expected_version=expected if action != "note" else None,
                              where=where))
    problems += check_changes(store, changes)
    if problems:
        raise WorkbookError(problems)
    return changes


def import_workbook(store: Store, results: Results, path: str | Path, *, reviewer: str | None = None,
                    before_each: Callable[[int], None] | None = None) -> ImportSummary:
    """Check every row, then save all changes in one transaction (nothing is saved on any problem)."""
    from .plan_sheet import read_plan_sheet, save_plans

    changes = read_workbook(store, results, path, reviewer=reviewer)
    todo, problems = read_plan_sheet(store, load_workbook(path, data_only=True), Path(path).name)
    if problems:
        raise WorkbookError(problems)
    apply_changes(store, changes, before_each=before_each)
    saved = save_plans(store, todo, reviewer or "")
    rows = sum(1 for _ in unit_views(assessment_of(results), results, {}))
    return ImportSummary(applied=len(changes), unchanged=rows - len(changes), plans=saved)
