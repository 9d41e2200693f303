"""The remediation plan in the review workbook: a 整改计划 sheet with one row per item short of 达标
(or with a plan), where 责任人, 期限, 状态 and 说明 are filled in; ``review import`` checks every row
and saves the changed plans after the decisions (see plans.py)."""

from __future__ import annotations

import datetime as dt

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .. import xlsx_safe
from ..results import Results
from ..i18n import t
from .plans import STATUS_EN, STATUSES, plans, set_plan, status_labels
from .store import Store, states
from .texts import rating_label, tr
from .units import assessment_of, live_score, unit_views

PLAN_SHEET = "整改计划"
# The sheet's columns: field → header (the headers are the tool's own labels; the code reads by field)
COLUMNS = {"id": "编号", "item": "标准项", "rating": "当前评分", "owner": "责任人", "due": "期限", "status": "状态",
           "note": "说明"}
HEAD = tuple(COLUMNS.values())
EDITABLE = ("owner", "due", "status", "note")  # the fields a reviewer fills in
YELLOW = PatternFill("solid", fgColor="FFF2CC")
LABELS = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标",
          "not_applicable": "不适用", None: "未评"}
PLAN_SHEET_EN = tr("sheet.plan", "en")
COLUMNS_EN = {f: tr(f"plan.{f}", "en") for f in COLUMNS}


def _columns(lang: str) -> dict[str, str]:
    return COLUMNS_EN if lang == "en" else COLUMNS


def add_plan_sheet(wb, store: Store, results: Results, lang: str = "zh") -> None:
    """Add the 整改计划 sheet (its words in ``lang``) to the review workbook ``wb``."""
    assessment = assessment_of(results, lang)
    result = live_score(assessment, unit_views(assessment, results, states(store))).result
    current = plans(store)
    statuses = status_labels(lang)
    ws = wb.create_sheet(tr("sheet.plan", lang))
    xlsx_safe.append(ws, list(_columns(lang).values()))
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in result.items:
        if r.branch is not None:
            continue
        plan = current.get(r.id)
        if r.rating in ("compliant", "not_applicable") and plan is None:
            continue
        rating = LABELS.get(r.rating, r.rating) if lang == "zh" else rating_label(r.rating, lang)
        xlsx_safe.append(ws, [r.id, r.title, rating, plan.owner if plan else "",
                   plan.due if plan else "", statuses[plan.status] if plan else "", plan.note if plan else ""])
    dv = DataValidation(type="list", formula1='"' + ",".join(statuses.values()) + '"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F2:F{max(ws.max_row, 2)}")
    for col, width in zip("ABCDEFG", (12, 18, 10, 16, 12, 10, 40)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for c in row[3:]:
            c.fill = YELLOW
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def _text(v) -> str:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return "" if v is None else str(v).strip()


def read_plan_sheet(store: Store, wb, name: str, lang: str = "zh") -> tuple[list[dict], list[str]]:
    """(plans to save, problems with sheet and row, in ``lang``) of a filled-in 整改计划 sheet of
    either language; rows left as they were exported are not saved again."""
    sheet = next((n for n in (PLAN_SHEET, PLAN_SHEET_EN) if n in wb.sheetnames), None)
    if sheet is None:
        return [], []
    ws = wb[sheet]
    header = [_text(c.value) for c in ws[1]]
    fields = ("id",) + EDITABLE
    col: dict[str, int] = {}
    for f in fields:  # each column by its Chinese or its English header
        found = [header.index(h) for h in (COLUMNS[f], COLUMNS_EN[f]) if h in header]
        if found:
            col[f] = found[0]
    if len(col) < len(fields):
        return [], [tr("imp.plan_columns", lang, name=name, sheet=sheet,
                       columns=t("punct.list", lang).join(_columns(lang).values()))]
    current = plans(store)
    status_of = ({v: k for k, v in STATUSES.items()} | {v: k for k, v in STATUS_EN.items()}
                 | {k: k for k in STATUSES})
    statuses = status_labels(lang)
    todo, problems = [], []
    for r, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        get = {h: _text(cells[i]) if i < len(cells) else "" for h, i in col.items()}
        item = get["id"]
        if not item or not any(get[h] for h in EDITABLE):
            continue
        where = tr("imp.plan_where", lang, name=name, sheet=sheet, row=r, item=item)
        status = status_of.get(get["status"] or STATUSES["open"]) or status_of.get(get["status"].lower())
        if status is None:
            problems.append(tr("plan.bad_status", lang, where=where, value=get["status"],
                               options=t("punct.list", lang).join(statuses.values())))
            continue
        due = get["due"]
        if due:
            try:
                due = dt.date.fromisoformat(due[:10]).isoformat()
            except ValueError:
                problems.append(tr("plan.bad_due", lang, where=where, value=due))
                continue
        if not get["owner"] and status != "done":
            problems.append(tr("plan.no_owner", lang, where=where))
            continue
        old = current.get(item)
        if old is not None and (old.owner, old.due, old.status, old.note) == (get["owner"], due, status, get["note"]):
            continue
        todo.append({"item_id": item, "owner": get["owner"], "due": due, "status": status, "note": get["note"]})
    return todo, problems


def save_plans(store: Store, todo: list[dict], reviewer: str) -> int:
    for p in todo:
        set_plan(store, p["item_id"], owner=p["owner"], due=p["due"], status=p["status"], note=p["note"], by=reviewer)
    return len(todo)
