"""``report.xlsx``: the 自评表 (one row per rated unit) with a summary, the gaps, the evidence index
and the unread files on their own sheets; header rows frozen, autofilter on every list. Every sheet
prints on A4 (landscape for the wide lists), fitted to the page width, with the header row repeated
on every page and page numbers in the footer; scores and confidences are numbers, not text."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..xlsx_safe import append, clean
from .model import RATING_KEYS, ReportModel

FILLS = {"compliant": "E8F5E9", "basically_compliant": "FFF3DC", "non_compliant": "FDECEA",
         "not_applicable": "EEF0F3", "unrated": "EFEAFB"}
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def xlsx_target(href: str) -> str:
    """A link Excel opens: the relative path unquoted, without the ``#page=`` fragment."""
    return clean(unquote(href.split("#", 1)[0]))


def _table(ws: Worksheet, header: list[str], rows: list[list], widths: list[int]) -> None:
    """Write a header and rows, freeze the header, put an autofilter on the range, wrap text."""
    append(ws, header)
    for c in ws[1]:
        c.fill, c.font, c.alignment = HEAD_FILL, HEAD_FONT, Alignment(vertical="center", wrap_text=True)
    for row in rows:
        append(ws, row)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = WRAP
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(ws.max_row, 1)}"


def _fill(cell, rating: str | None) -> None:
    cell.fill = PatternFill("solid", fgColor=FILLS[rating or "unrated"])


def _self_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    header = [t("report.id"), t("item"), t("category"), t("report.standard_text"), t("rating"), t("report.source"),
              t("report.item_rating"), t("points"), t("report.confidence"), t("report.evidence"),
              t("report.reasons"), t("report.missing"), t("report.reviewer"), t("report.note")]
    rows, ratings = [], []
    for item in m.items:
        for u in item.units:
            source = t("source." + u.source) + (m.paren(t("report.stale")) if u.stale else "")
            rows.append([u.id, f"{item.id} {item.title}", t(item.category), u.text, m.rating(u.rating), source,
                         m.rating(item.rating), item.score, round(u.confidence, 2) if u.confidence is not None else None,
                         "\n".join(m.where(r) for r in m.pointers(u.evidence)), "\n".join(u.reasons + u.facts),
                         "\n".join(u.missing), u.reviewer, u.note])
            ratings.append((u.rating, item.rating))
    _table(ws, header, rows, [13, 18, 10, 60, 10, 11, 10, 7, 8, 42, 40, 30, 10, 20])
    for n, (unit_rating, item_rating) in enumerate(ratings, 2):
        _fill(ws.cell(n, 5), unit_rating)
        _fill(ws.cell(n, 7), item_rating)
        ws.cell(n, 8).number_format = "0"
        ws.cell(n, 9).number_format = "0.00"


def _summary_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    bold = Font(bold=True)
    facts = [(t("report.enterprise"), m.enterprise), (t("report.level"), m.level_name),
             (t("report.business_type"), m.business_name), (t("report.as_of"), m.as_of),
             (t("report.edition"), m.edition), (t("total"), m.total),
             (t("report.verdict"), t("passed" if m.passed else "failed")), (t("reading"), m.scope_text),
             (t("report.sources"), m.semicolon.join(f"{t('source.' + k)} {n}" for k, n in m.sources.items()))]
    facts += [(t("report.review_state"), line) for line in m.review_lines]
    big = {t("total"): Font(bold=True, size=14),
           t("report.verdict"): Font(bold=True, size=14, color="2E7D32" if m.passed else "C62828")}
    for k, v in facts:
        append(ws, [k, v])
        ws.cell(ws.max_row, 1).font = bold
        if k in big:
            ws.cell(ws.max_row, 2).font = big[k]
    append(ws, [])
    append(ws, [t("conditions"), t("result"), t("report.why"), t("items")])
    for c in ws[ws.max_row]:
        c.font = bold
    for c in m.conditions:
        append(ws, [t(c.id), t("ok" if c.ok else "not_ok"), c.detail, m.list_sep.join(c.items)])
        ws.cell(ws.max_row, 2).font = Font(bold=True, color="2E7D32" if c.ok else "C62828")
    append(ws, [])
    append(ws, [t("category"), t("items")] + [m.rating(None if k == "unrated" else k) for k in RATING_KEYS]
              + [t("points")])
    for c in ws[ws.max_row]:
        c.font = bold
    for c in m.categories:
        append(ws, [t(c.key), c.items] + [c.counts[k] for k in RATING_KEYS] + [c.points])
    append(ws, [t("report.sum"), sum(c.items for c in m.categories)]
              + [sum(c.counts[k] for c in m.categories) for k in RATING_KEYS] + [m.total - 100])
    ws.cell(ws.max_row, 1).font = bold
    for col, w in zip("ABCDEFGH", (22, 30, 48, 40, 10, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = WRAP


def _gaps_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    rows = [[n, g.item, g.title, t(g.category), m.rating(g.current), t(g.target),
             t("reason." + g.reason), t("report.blocking" if g.blocking else "report.not_blocking"),
             "\n".join(f"{u.id} {u.text}" for u in g.units),
             "\n".join(x for u in g.units for x in u.missing), "\n".join(r for u in g.units for r in u.reasons),
             "\n".join(g.documents), m.plan_line(g.item)]
            for n, g in enumerate(m.gaps, 1)]
    _table(ws, [t("report.rank"), t("report.id"), t("item"), t("category"), t("rating"), t("report.target"),
                t("report.why"), t("result"), t("report.standard_text"), t("report.missing"), t("report.reasons"),
                t("report.documents"), t("plan.title")],
           rows, [6, 12, 16, 10, 10, 8, 20, 12, 50, 40, 40, 40, 30])


def _index_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    rows, links = [], []
    for e in m.evidence_index:
        for d in e.docs:
            rows.append([e.item, e.title, m.rating(e.rating), d.path, m.page(d), " ".join(d.units), m.kinds(d.kinds)])
            links.append(d.href)
    _table(ws, [t("report.id"), t("item"), t("rating"), t("report.file"), t("report.pages"), t("report.unit"),
                t("report.kind")], rows, [12, 16, 10, 56, 16, 30, 10])
    for n, href in enumerate(links, 2):
        if href:
            ws.cell(n, 4).hyperlink = xlsx_target(href)
            ws.cell(n, 4).font = Font(color="1F4E79", underline="single")


def _unread_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    _table(ws, [t("report.file"), t("report.status"), t("report.error")],
           [[f.path, t("status." + f.status), f.error] for f in m.unread], [56, 12, 60])


def _upgrade_sheet(ws: Worksheet, m: ReportModel) -> None:
    t = m.t
    rows = [[r.change.unit, r.change.title, t("change." + r.change.kind), r.change.text, r.change.general_text,
             "\n".join(f"{th.general} → {th.advanced}" for th in r.change.thresholds),
             t("coverage." + r.coverage), "\n".join(m.where(e) for e in r.evidence)] for r in m.upgrade or ()]
    _table(ws, [t("report.id"), t("item"), t("report.change"), t("report.advanced_text"), t("report.general_text"),
                t("thresholds"), t("report.coverage"), t("report.evidence")], rows, [13, 14, 11, 50, 44, 26, 16, 40])


VALIDITY_SHEET = ("标准有效期", "Validity")


def _validity_sheet(wb: Workbook, m: ReportModel) -> None:
    """The edition is not in force on the assessment date: a first sheet, opened first, that says so."""
    ws = wb.create_sheet(VALIDITY_SHEET[m.lang == "en"], 0)
    append(ws, [f"⚠ {m.validity_heading}"])
    append(ws, [m.validity_warning])
    ws.cell(1, 1).font = Font(bold=True, size=14, color="C62828")
    ws.cell(2, 1).alignment = WRAP
    ws.column_dimensions["A"].width = 110
    ws.row_dimensions[2].height = 90
    wb.active = 0


WIDE = 100  # a sheet whose columns add up to more characters than this prints landscape


def print_setup(ws: Worksheet, *, header_row: bool, lang: str) -> None:
    """A4, fitted to one page wide (as many pages tall as needed), header row repeated on every
    page, page numbers in the footer; landscape when the sheet is wide."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    width = sum((ws.column_dimensions[get_column_letter(i)].width or 10) for i in range(1, ws.max_column + 1))
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if width > WIDE else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if header_row:
        ws.print_title_rows = "1:1"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页" if lang == "zh" else "Page &P of &N"
    ws.oddHeader.center.text = "&A"  # the sheet's name


def write_xlsx(m: ReportModel, path: Path) -> Path:
    wb = Workbook()
    _self_sheet(wb.active, m)
    wb.active.title = m.t("report.sheet_self")
    _summary_sheet(wb.create_sheet(m.t("report.sheet_summary")), m)
    _gaps_sheet(wb.create_sheet(m.t("report.sheet_gaps")), m)
    _index_sheet(wb.create_sheet(m.t("report.sheet_evidence")), m)
    _unread_sheet(wb.create_sheet(m.t("report.sheet_unread")), m)
    if m.upgrade is not None and m.upgrade_applicable:
        _upgrade_sheet(wb.create_sheet(m.t("report.sheet_upgrade")), m)
    if m.validity_warning:
        _validity_sheet(wb, m)
    for ws in wb.worksheets:
        table = ws.title not in (m.t("report.sheet_summary"), VALIDITY_SHEET[m.lang == "en"])
        print_setup(ws, header_row=table, lang=m.lang)
    wb.save(path)
    return path
