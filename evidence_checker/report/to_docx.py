"""``self-assessment.docx``: a draft 企业自我评估报告 the enterprise edits and signs — profile,
method, result, item by item with facts and evidence, open gaps, evidence index — in Word's own
heading styles (Heading 1/2/3, so the navigation pane and a table of contents work) and tables."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .model import RATING_KEYS, ReportModel

CN_NUMBERS = "一二三四五六七八九十"
BODY_FONT, HEAD_FONT = "宋体", "黑体"
RED, GREEN = RGBColor(0xC6, 0x28, 0x28), RGBColor(0x2E, 0x7D, 0x32)


def _east_asian(style, font: str) -> None:
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def _table(doc, header: list[str] | None, rows: list[list[str]], widths_cm: tuple[float, ...] = ()):
    """A grid table; ``header`` (bold first row) may be None for a label/value table; ``widths_cm``
    sets the column widths."""
    table = doc.add_table(rows=0, cols=len(header or rows[0]))
    table.style = "Table Grid"
    if header:
        for cell, text in zip(table.add_row().cells, header):
            cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = "" if text is None else str(text)
    if widths_cm:  # Word reads the cells' widths, LibreOffice the grid's: set both
        table.autofit = False
        for col, w in zip(table.columns, widths_cm):
            col.width = Cm(w)
        for row in table.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)
    return table


def _section(doc, m: ReportModel, n: int, key: str) -> None:
    title = m.t(key)
    doc.add_heading(f"{CN_NUMBERS[n]}、{title}" if m.lang == "zh" else f"{n + 1}. {title}", level=1)


def render_docx(m: ReportModel):
    t = m.t
    doc = Document()
    _east_asian(doc.styles["Normal"], BODY_FONT)
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _east_asian(doc.styles[name], HEAD_FONT)

    doc.add_heading(t("report.self_title"), level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(m.enterprise)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    doc.add_paragraph(t("report.basis")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(t("report.draft_note")).runs[0].italic = True

    n = 0
    _section(doc, m, n, "report.profile")
    _table(doc, None, widths_cm=(4.0, 13.0), rows=[
        [t("report.enterprise"), m.enterprise], [t("report.level"), t(m.level)],
        [t("report.business_type"), t(m.business_type)], [t("report.as_of"), m.as_of],
        [t("report.flags"), "、".join(m.flags) or t("report.none")], [t("report.edition"), m.edition]])

    n += 1
    _section(doc, m, n, "report.method")
    for line in m.method:
        doc.add_paragraph(line)

    n += 1
    _section(doc, m, n, "report.result_section")
    p = doc.add_paragraph()
    p.add_run(f"{t('report.verdict')}{m.colon}").bold = True
    run = p.add_run(t("passed" if m.passed else "failed"))
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), GREEN if m.passed else RED
    p.add_run(f"    {t('total')}{m.colon}").bold = True
    p.add_run(str(m.total)).bold = True
    doc.add_paragraph(t("report.verdict_note"))
    for line in m.review_lines:
        doc.add_paragraph(line)
    if m.unrated_items:
        doc.add_paragraph(t("report.unrated_block", n=m.unrated_items))
    _table(doc, [t("conditions"), t("result"), t("report.why")],
           [[t(c.id), t("ok" if c.ok else "not_ok"), c.detail + (m.colon + m.list_sep.join(c.items) if c.items else "")]
            for c in m.conditions])
    doc.add_paragraph(f"{t('reading')}{m.colon}{m.scope_text}{m.stop}{t('report.reading_note')}")
    _table(doc, [t("category"), t("items")] + [m.rating(None if k == "unrated" else k) for k in RATING_KEYS]
           + [t("points")], [[t(c.key), c.items] + [c.counts[k] for k in RATING_KEYS] + [c.points]
                             for c in m.categories])

    n += 1
    _section(doc, m, n, "report.items")
    for cat in m.categories:
        doc.add_heading(t(cat.key), level=2)
        for item in (i for i in m.items if i.category == cat.key):
            score = m.paren(item.score) if item.score else ""
            doc.add_heading(f"{item.id} {item.title}{m.colon}{m.rating(item.rating)}{score}", level=3)
            doc.add_paragraph(f"{item.section} · {t('report.source')}{m.colon}{t('source.' + item.source)}")
            rows = []
            for u in item.units:
                source = t("source." + u.source) + (f"{m.list_sep}{t('report.stale')}" if u.stale else "")
                if u.reviewer:
                    source += f"{m.list_sep}{t('report.reviewer')}{m.colon}{u.reviewer}"
                reasons = list(u.reasons + u.facts) + [f"{t('report.missing')}{m.colon}{x}" for x in u.missing]
                if u.note:
                    reasons.append(f"{t('report.note')}{m.colon}{u.note}")
                evidence = "\n".join(m.where(r) for r in m.pointers(u.evidence)) or t("report.no_evidence")
                rows.append([f"{u.id}\n{u.text}", f"{m.rating(u.rating)}\n{m.paren(source).strip()}", "\n".join(reasons), evidence])
            _table(doc, [t("report.standard_text"), t("rating"), t("report.facts") + " / " + t("report.reasons"),
                         t("report.evidence")], rows, (5.2, 2.2, 5.0, 4.6))

    n += 1
    _section(doc, m, n, "report.open_gaps")
    doc.add_paragraph(t("report.gaps_intro"))
    if not m.gaps:
        doc.add_paragraph(t("report.no_gaps"))
    for k, g in enumerate(m.gaps, 1):
        doc.add_heading(f"{k}. {g.item} {g.title}{m.colon}{m.rating(g.current)} → {t(g.target)}", level=2)
        doc.add_paragraph(f"{t('reason.' + g.reason)} · {t('report.blocking' if g.blocking else 'report.not_blocking')}")
        for u in g.units:
            doc.add_paragraph(f"{u.id} {u.text}", style="Quote")
            if u.reasons:
                doc.add_paragraph(f"{t('report.reasons')}{m.colon}" + m.semicolon.join(u.reasons))
        doc.add_paragraph().add_run(t("report.missing")).bold = True
        for u in g.units:
            for x in u.missing:
                doc.add_paragraph(x, style="List Bullet")
            if u.suggested:
                doc.add_paragraph(t("report.suggested", rating=m.rating(u.suggested)), style="List Bullet")
        doc.add_paragraph().add_run(t("report.documents")).bold = True
        for d in g.documents:
            doc.add_paragraph(d, style="List Bullet")

    if m.upgrade is not None and m.upgrade_applicable:
        n += 1
        _section(doc, m, n, "report.upgrade")
        doc.add_paragraph(t("report.upgrade_intro"))
        _table(doc, [t("report.id"), t("report.change"), t("report.advanced_text"), t("report.general_text"),
                     t("report.coverage")],
               [[f"{r.change.unit} {r.change.title}", t("change." + r.change.kind),
                 r.change.text + "".join(f"\n{th.general} → {th.advanced}" for th in r.change.thresholds),
                 r.change.general_text or "—",
                 t("coverage." + r.coverage) + "".join("\n" + m.where(e) for e in r.evidence)] for r in m.upgrade])

    n += 1
    _section(doc, m, n, "report.evidence_index")
    doc.add_paragraph(t("report.evidence_index_intro"))
    _table(doc, [t("item"), t("report.file"), t("report.pages"), t("report.unit")],
           [[f"{e.item} {e.title}", d.path, m.page(d), " ".join(d.units)] for e in m.evidence_index for d in e.docs],
           (3.4, 8.0, 2.4, 3.2))

    n += 1
    _section(doc, m, n, "report.unread")
    if m.unread:
        doc.add_paragraph(t("report.unread_intro"))
        _table(doc, [t("report.file"), t("report.status"), t("report.error")],
               [[f.path, t("status." + f.status), f.error] for f in m.unread])
    else:
        doc.add_paragraph(t("report.all_read"))

    doc.add_paragraph()
    sign = "企业（盖章）：\t\t\t法定代表人（签字）：\t\t\t日期：" if m.lang == "zh" else \
        "Company seal:\t\t\tLegal representative:\t\t\tDate:"
    doc.add_paragraph(sign)
    return doc


def write_docx(m: ReportModel, path: Path) -> Path:
    render_docx(m).save(path)
    return path
