"""``self-assessment.docx``: a draft 企业自我评估报告 in the shape customs asks for, on A4 — 一、企业基本情况,
二、评估方法, 三、评估情况 (overall result, then per category and item the 达标情况 in sentences built
from the report's ratings, with the evidence list in a table), 四、存在问题及整改措施, 五、结论, the
appendices (evidence index, files not read) and a signature and seal page. Word's own heading
styles (Heading 1/2/3) so the navigation pane and a table of contents work."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .model import RATING_KEYS, ReportModel

CN_NUMBERS = "一二三四五六七八九十"
A4 = (Cm(21.0), Cm(29.7))
MARGINS = {"top": Cm(2.54), "bottom": Cm(2.54), "left": Cm(2.8), "right": Cm(2.6)}  # GB/T 9704-like
TEXT_WIDTH_CM = 21.0 - 2.8 - 2.6
MAX_DOCS = 5  # documents named in an item's sentence
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


def _a4(doc) -> None:
    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4
        for side, value in MARGINS.items():
            setattr(section, f"{side}_margin", value)


def _section(doc, m: ReportModel, n: int, key: str) -> None:
    title = m.t(key)
    doc.add_heading(f"{CN_NUMBERS[n]}、{title}" if m.lang == "zh" else f"{n + 1}. {title}", level=1)


def _sub(doc, m: ReportModel, n: int, title: str) -> None:
    doc.add_heading(f"（{CN_NUMBERS[n]}）{title}" if m.lang == "zh" else f"({n + 1}) {title}", level=2)


def _counts(m: ReportModel, item) -> str:
    order = ("compliant", "basically_compliant", "non_compliant", "not_applicable", None)
    n = {k: sum(1 for u in item.units if u.rating == k) for k in order}
    sep = "，" if m.lang == "zh" else ", "
    return sep.join(m.t("sa.count", rating=m.rating(k), n=n[k]) for k in order if n[k])


def _item_docs(item) -> list[str]:
    names: list[str] = []
    for u in item.units:
        for ref in u.evidence:
            name = ref.path.split("!")[-1].rsplit("/", 1)[-1]
            if name not in names:
                names.append(name)
    return names


def _item_sentences(m: ReportModel, item) -> str:
    t = m.t
    points = m.paren(t("report.points_unit", n=item.score)) if item.score else ""
    text = t("sa.item_text", rating=m.rating(item.rating), points=points, n=len(item.units), counts=_counts(m, item))
    text += t("sa.item_source", source=t("source." + item.source))
    docs = _item_docs(item)
    if docs:
        quoted = [f"《{d}》" if m.lang == "zh" else f"“{d}”" for d in docs[:MAX_DOCS]]
        more = t("report.and_more", n=len(docs)) if len(docs) > MAX_DOCS else ""
        text += t("sa.item_evidence", docs=m.list_sep.join(quoted) + more)
    elif item.rating not in ("not_applicable", None):
        text += t("sa.item_no_evidence")
    return text


def _profile(doc, m: ReportModel) -> None:
    t = m.t
    doc.add_paragraph(t("sa.profile_text", enterprise=m.enterprise, level=m.level_name, business_type=m.business_name,
                        as_of=m.as_of, flags=m.list_sep.join(m.flags) or t("report.none")))
    _table(doc, None, widths_cm=(4.0, TEXT_WIDTH_CM - 4.0), rows=[
        [t("report.enterprise"), m.enterprise], [t("report.level"), m.level_name],
        [t("report.business_type"), m.business_name], [t("report.as_of"), m.as_of],
        [t("report.flags"), m.list_sep.join(m.flags) or t("report.none")], [t("report.edition"), m.edition]])


def _overall(doc, m: ReportModel) -> None:
    t = m.t
    p = doc.add_paragraph()
    p.add_run(f"{t('report.verdict')}{m.colon}").bold = True
    run = p.add_run(t("passed" if m.passed else "failed"))
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), GREEN if m.passed else RED
    p.add_run(f"    {t('total')}{m.colon}").bold = True
    p.add_run(str(m.total)).bold = True
    doc.add_paragraph(t("report.verdict_note"))
    for line in m.review_lines:
        doc.add_paragraph(line)
    if m.change_lines:
        doc.add_paragraph().add_run(t("runs.title")).bold = True
        for line in m.change_lines:
            doc.add_paragraph(line, style="List Bullet")
    if m.unrated_items:
        doc.add_paragraph(t("report.unrated_block", n=m.unrated_items))
    _table(doc, [t("conditions"), t("result"), t("report.why")],
           [[t(c.id), t("ok" if c.ok else "not_ok"), c.detail + (m.colon + m.list_sep.join(c.items) if c.items else "")]
            for c in m.conditions], (4.2, 1.8, TEXT_WIDTH_CM - 6.0))
    doc.add_paragraph(f"{t('reading')}{m.colon}{m.scope_text}{m.stop}{t('report.reading_note')}")
    _table(doc, [t("category"), t("items")] + [m.rating(None if k == "unrated" else k) for k in RATING_KEYS]
           + [t("points")], [[t(c.key), c.items] + [c.counts[k] for k in RATING_KEYS] + [c.points]
                             for c in m.categories])


def _items(doc, m: ReportModel, cat) -> None:
    t = m.t
    for item in (i for i in m.items if i.category == cat.key):
        score = m.paren(item.score) if item.score else ""
        doc.add_heading(f"{item.id} {item.title}{m.colon}{m.rating(item.rating)}{score}", level=3)
        doc.add_paragraph(_item_sentences(m, item))
        rows = []
        for u in item.units:
            source = t("source." + u.source) + (f"{m.list_sep}{t('report.stale')}" if u.stale else "")
            if u.reviewer:
                source += f"{m.list_sep}{t('report.reviewer')}{m.colon}{u.reviewer}"
            reasons = list(u.reasons + u.facts) + [f"{t('report.missing')}{m.colon}{x}" for x in u.missing]
            if u.note:
                reasons.insert(0, f"{t('report.note')}{m.colon}{u.note}")
            evidence = "\n".join(m.where(r) for r in m.pointers(u.evidence)) or t("report.no_evidence")
            rows.append([f"{u.id}\n{u.text}", f"{m.rating(u.rating)}\n{m.paren(source).strip()}", "\n".join(reasons),
                         evidence])
        _table(doc, [t("report.standard_text"), t("rating"), t("report.facts") + " / " + t("report.reasons"),
                     t("report.evidence")], rows, (4.6, 2.0, 4.8, TEXT_WIDTH_CM - 11.4))


def _problems(doc, m: ReportModel) -> None:
    t = m.t
    if not m.gaps:
        doc.add_paragraph(t("sa.no_problems"))
        return
    doc.add_paragraph(t("report.gaps_intro"))
    for k, g in enumerate(m.gaps, 1):
        doc.add_heading(f"{k}. {g.item} {g.title}{m.colon}{m.rating(g.current)} → {t(g.target)}", level=2)
        doc.add_paragraph(f"{t('reason.' + g.reason)} · {t('report.blocking' if g.blocking else 'report.not_blocking')}")
        if m.plan_line(g.item):
            doc.add_paragraph(m.plan_line(g.item))
        p = doc.add_paragraph()
        p.add_run(t("sa.problem")).bold = True
        for u in g.units:
            doc.add_paragraph(f"{u.id} {u.text}", style="Quote")
            for r in u.reasons:
                doc.add_paragraph(r, style="List Bullet")
            for x in u.missing:
                doc.add_paragraph(f"{t('report.missing')}{m.colon}{x}", style="List Bullet")
            if u.suggested:
                doc.add_paragraph(t("report.suggested", rating=m.rating(u.suggested)), style="List Bullet")
        if g.documents:
            p = doc.add_paragraph()
            p.add_run(t("sa.measures")).bold = True
            for d in g.documents:
                doc.add_paragraph(d, style="List Bullet")


def _conclusion(doc, m: ReportModel) -> None:
    t = m.t
    failed = [t(c.id) for c in m.conditions if not c.ok]
    conditions = t("sa.conditions_met") if not failed else t("sa.conditions_not_met", conds=m.list_sep.join(failed))
    sources = m.list_sep.join(f"{t('source.' + k)} {n}" for k, n in m.sources.items())
    doc.add_paragraph(t("sa.conclusion_text", sources=sources, total=m.total, conditions=conditions,
                        verdict=t("passed" if m.passed else "failed")))
    if m.unrated_items:
        doc.add_paragraph(t("report.unrated_block", n=m.unrated_items))
    doc.add_paragraph(t("report.draft_note")).runs[0].italic = True


def _signature_page(doc, m: ReportModel) -> None:
    t = m.t
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t("sa.signature_page"))
    run.bold, run.font.size = True, Pt(16)
    doc.add_paragraph(t("sa.declaration"))
    for _ in range(2):
        doc.add_paragraph()
    for key in ("sa.sign_representative", "sa.sign_customs"):
        p = doc.add_paragraph(f"{t(key)}______________________")
        p.paragraph_format.space_after = Pt(24)
    for key in ("sa.sign_seal", "sa.sign_date"):
        p = doc.add_paragraph(t(key) if key != "sa.sign_seal" else f"{m.enterprise}（{t(key)}）" if m.lang == "zh"
                              else f"{m.enterprise} ({t(key)})")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_before = Pt(24)


def _remember_style_ids(doc) -> None:
    """Look each style name up once per document: python-docx searches styles.xml on every
    ``style="List Bullet"`` and heading (a third of this report's time); the ids never change here."""
    part = doc.part
    lookup, ids = part.get_style_id, {}

    def get_style_id(style_or_name, style_type):
        if not isinstance(style_or_name, str):
            return lookup(style_or_name, style_type)
        key = (style_or_name, style_type)
        if key not in ids:
            ids[key] = lookup(style_or_name, style_type)
        return ids[key]

    part.get_style_id = get_style_id


def render_docx(m: ReportModel):
    t = m.t
    doc = Document()
    _remember_style_ids(doc)
    _a4(doc)
    _east_asian(doc.styles["Normal"], BODY_FONT)
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _east_asian(doc.styles[name], HEAD_FONT)

    doc.add_heading(t("sa.title"), level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    if m.validity_warning:  # the edition is not in force on the assessment date: say so first
        warn = doc.add_paragraph()
        head = warn.add_run(f"⚠ {m.validity_heading}")
        head.bold, head.font.color.rgb = True, RED
        warn.add_run("\n" + m.validity_warning).font.color.rgb = RED
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(m.enterprise or "").bold = True  # a profile may leave the name out: the line stays, empty
    doc.add_paragraph(t("report.basis")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"{t('report.as_of')}{m.colon}{m.as_of}").alignment = WD_ALIGN_PARAGRAPH.CENTER

    _section(doc, m, 0, "report.profile")
    _profile(doc, m)

    _section(doc, m, 1, "report.method")
    for line in m.method:
        doc.add_paragraph(line)

    _section(doc, m, 2, "sa.assessment")
    _sub(doc, m, 0, t("sa.overall"))
    _overall(doc, m)
    for n, cat in enumerate(m.categories, 1):
        _sub(doc, m, n, t(cat.key))
        _items(doc, m, cat)

    _section(doc, m, 3, "sa.problems")
    _problems(doc, m)

    _section(doc, m, 4, "sa.conclusion")
    _conclusion(doc, m)

    doc.add_heading(t("sa.appendix", n=1, title=t("report.evidence_index")), level=1)
    doc.add_paragraph(t("report.evidence_index_intro"))
    _table(doc, [t("item"), t("report.file"), t("report.pages"), t("report.unit")],
           [[f"{e.item} {e.title}", d.path, m.page(d), " ".join(d.units)] for e in m.evidence_index for d in e.docs],
           (3.4, 7.2, 2.6, TEXT_WIDTH_CM - 13.2))
    doc.add_heading(t("sa.appendix", n=2, title=t("report.unread")), level=1)
    if m.unread:
        doc.add_paragraph(t("report.unread_intro"))
        _table(doc, [t("report.file"), t("report.status"), t("report.error")],
               [[f.path, t("status." + f.status), f.error] for f in m.unread])
    else:
        doc.add_paragraph(t("report.all_read"))
    if m.upgrade is not None and m.upgrade_applicable:
        doc.add_heading(t("sa.appendix", n=3, title=t("report.upgrade")), level=1)
        doc.add_paragraph(t("report.upgrade_intro"))
        _table(doc, [t("report.id"), t("report.change"), t("report.advanced_text"), t("report.general_text"),
                     t("report.coverage")],
               [[f"{r.change.unit} {r.change.title}", t("change." + r.change.kind),
                 r.change.text + "".join(f"\n{th.general} → {th.advanced}" for th in r.change.thresholds),
                 r.change.general_text or "—",
                 t("coverage." + r.coverage) + "".join("\n" + m.where(e) for e in r.evidence)] for r in m.upgrade])

    _signature_page(doc, m)
    return doc


def write_docx(m: ReportModel, path: Path) -> Path:
    render_docx(m).save(path)
    return path
