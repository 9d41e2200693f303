"""The document-request list a consultant sends the client (补充材料清单): per item short of 达标,
what to provide — the documents an assessor expects and what the check found missing — as
``document-request.xlsx`` (a list to fill in: who provides it, by when) and ``document-request.docx``
(a letter-like page on A4). Built from the report model's gap list, in the report's language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from .. import xlsx_safe
from .model import ReportModel

XLSX_NAME, DOCX_NAME = "document-request.xlsx", "document-request.docx"


@dataclass(frozen=True)
class Request:
    """One thing to ask the client for."""

    no: int
    item: str  # "common.1 海关业务培训"
    units: str  # the sub-items concerned, with the standard's words
    current: str  # the rating now
    provide: tuple[str, ...]  # the documents to provide
    why: tuple[str, ...]  # what the check found missing


def requests(m: ReportModel) -> list[Request]:
    """One request per item of the gap list that lacks something (blocking items first)."""
    out = []
    for g in m.gaps:
        why = tuple(dict.fromkeys(x for u in g.units for x in u.missing))
        if not why and not g.documents:
            continue
        out.append(Request(no=len(out) + 1, item=f"{g.item} {g.title}",
                           units="\n".join(f"{u.id} {u.text}" for u in g.units), current=m.rating(g.current),
                           provide=g.documents, why=why))
    return out


def _header(m: ReportModel) -> list[str]:
    t = m.t
    return [t("report.rank"), t("item"), t("report.standard_text"), t("rating"), t("req.provide"), t("req.why"),
            t("req.owner"), t("req.due"), t("req.done")]


def write_requests_xlsx(m: ReportModel, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = m.t("req.title")
    xlsx_safe.append(ws, [m.t("req.title"), f"{m.enterprise}  {m.t('report.as_of')}{m.colon}{m.as_of}"])
    ws["A1"].font = Font(bold=True, size=14)
    xlsx_safe.append(ws, [m.t("req.intro")])
    xlsx_safe.append(ws, _header(m))
    for c in ws[3]:
        c.font, c.fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    for r in requests(m):
        xlsx_safe.append(ws, [r.no, r.item, r.units, r.current, "\n".join(r.provide), "\n".join(r.why), "", "", ""])
    for col, width in zip("ABCDEFGHI", (6, 18, 44, 10, 40, 44, 10, 12, 10)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "3:3"
    wb.save(path)
    return path


def write_requests_docx(m: ReportModel, path: Path) -> Path:
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(m.t("req.title"))
    run.bold, run.font.size = True, Pt(16)
    doc.add_paragraph(f"{m.enterprise}{m.colon}" if m.lang == "zh" else f"To {m.enterprise}:")
    doc.add_paragraph(m.t("req.intro"))
    items = requests(m)
    if not items:
        doc.add_paragraph(m.t("req.none"))
    for r in items:
        doc.add_heading(f"{r.no}. {r.item}（{r.current}）" if m.lang == "zh" else f"{r.no}. {r.item} ({r.current})",
                        level=2)
        if r.provide:
            doc.add_paragraph().add_run(m.t("req.provide")).bold = True
            for d in r.provide:
                doc.add_paragraph(d, style="List Bullet")
        if r.why:
            doc.add_paragraph().add_run(m.t("req.why")).bold = True
            for w in r.why:
                doc.add_paragraph(w, style="List Bullet")
    doc.add_paragraph(m.t("req.closing"))
    doc.save(path)
    return path
