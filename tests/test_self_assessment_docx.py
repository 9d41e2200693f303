"""self-assessment.docx in the official shape on A4, rendered by LibreOffice: its pages are A4, the
headings of a 企业自我评估报告 come in order, the item sentences are built from the ratings, and the
last page is the signature and seal page."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import pytest

from evidence_checker.report import DOCX, write_reports
from test_report_bundle import build_bundle

A4_PT = (595.3, 841.9)
HEADINGS = ["一、企业基本情况", "二、评估方法", "三、评估情况", "（一）总体情况", "（二）内部控制", "四、存在问题及整改措施",
            "五、结论", "附件1", "附件2"]


def to_pdf(source: Path, out_dir: Path) -> Path:
    program = shutil.which("soffice")
    if program is None:
        pytest.skip("LibreOffice (soffice) 未安装：无法把 DOCX 排版为 PDF/PNG")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(out_dir), str(source)], check=True, capture_output=True, timeout=180)
    pdf = out_dir / f"{source.stem}.pdf"
    assert pdf.exists(), f"LibreOffice did not write {pdf}"
    return pdf


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    _, out = build_bundle(tmp_path_factory.mktemp("sa"))
    write_reports(out)
    return out


def test_docx_is_a4_with_the_official_structure(report):
    d = docx.Document(report / DOCX)
    for section in d.sections:
        assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    heads = [p.text for p in d.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    positions = [next(i for i, h in enumerate(heads) if h.startswith(want)) for want in HEADINGS]
    assert positions == sorted(positions), heads
    text = "\n".join(p.text for p in d.paragraphs)
    # per item a sentence from its ratings, and the evidence it rests on
    assert re.search(r"经自我评估，本项(达标|基本达标|不达标|不适用|未评)", text)
    assert "主要依据：《" in text
    assert re.search(r"综上，按本报告的评分（.+），企业总分为\d+分，", text)
    assert "法定代表人（签字）" in text and "（盖章）" in text


def test_libreoffice_renders_a4_pages_with_the_headings_and_a_signature_page(report, tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(to_pdf(report / DOCX, tmp_path))
    pages = len(pdf)
    assert 4 <= pages <= 60, pages
    texts = []
    for i in range(pages):
        page = pdf[i]
        w, h = page.get_size()
        assert abs(w - A4_PT[0]) < 2 and abs(h - A4_PT[1]) < 2, (i, w, h)  # A4, not US Letter
        texts.append(page.get_textpage().get_text_range())
    flat = ["".join(t.split()) for t in texts]
    found = [next((i for i, t in enumerate(flat) if want in t), None) for want in HEADINGS]
    assert None not in found and found == sorted(found), dict(zip(HEADINGS, found))
    # the last page is the signature and seal page, alone
    assert "签字盖章" in flat[-1] and "法定代表人（签字）" in flat[-1] and "附件" not in flat[-1]
    # every page renders to a PNG with ink on it
    for i in (0, pages // 2, pages - 1):
        img = pdf[i].render(scale=0.5).to_pil().convert("L")
        png = tmp_path / f"page{i + 1}.png"
        img.save(png)
        assert png.read_bytes()[:4] == b"\x89PNG"
        dark = sum(n for n, v in img.getcolors(1 << 16) if v < 128)
        assert dark > 200, i


def test_report_xlsx_prints_on_a4_with_repeated_headers_and_numbers_as_numbers(report):
    import openpyxl

    wb = openpyxl.load_workbook(report / "report.xlsx")
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert str(ps.paperSize) == "9", ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ps.fitToWidth == 1 and ps.fitToHeight == 0, ws.title
        assert "&P" in ws.oddFooter.center.text
        if ws.title not in ("汇总", "标准有效期"):  # a summary and the validity warning are no tables
            assert ws.print_title_rows == "$1:$1", ws.title
    self_sheet = wb["自评表"]
    assert self_sheet.page_setup.orientation == "landscape"
    head = [c.value for c in self_sheet[1]]
    points, confidence = head.index("得分") + 1, head.index("置信度") + 1
    values = [(self_sheet.cell(r, points).value, self_sheet.cell(r, confidence).value)
              for r in range(2, self_sheet.max_row + 1)]
    assert all(p is None or isinstance(p, int) for p, _ in values)
    assert all(c is None or isinstance(c, float) for _, c in values) and any(c is not None for _, c in values)
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if r[0]}
    assert isinstance(summary["总分"], int)


def test_libreoffice_prints_report_xlsx_on_a4_one_page_wide(report, tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(to_pdf(report / "report.xlsx", tmp_path))
    texts = []
    for i in range(len(pdf)):
        w, h = pdf[i].get_size()
        assert sorted((round(w), round(h))) == [595, 842], (i, w, h)
        texts.append("".join(pdf[i].get_textpage().get_text_range().split()))
    # the 自评表's first page holds its whole header row (first and last columns): fitted to width, and
    # every following page of that sheet repeats it (a validity warning, when the edition is not in force
    # on the assessment date, is its own sheet in front)
    self_pages = [t for t in texts if t.startswith("自评表")]  # the page header names the sheet
    assert "编号" in self_pages[0] and "备注" in self_pages[0]
    assert len(self_pages) >= 2 and all("编号标准项类别标准条文" in t and "复核人备注" in t for t in self_pages)


def test_document_request_list_names_what_to_provide_per_gap(report):
    """The 补充材料清单: one row per item short of 达标 with what to provide and why, in the gap
    list's order; the same in the DOCX letter."""
    import openpyxl

    from evidence_checker.report import report_model

    m = report_model(report)
    wb = openpyxl.load_workbook(report / "document-request.xlsx")
    ws = wb.active
    assert ws.title == "补充材料清单" and str(ws.page_setup.paperSize) == "9"
    header = [c.value for c in ws[3]]
    assert header[:6] == ["序号", "标准项", "标准条文", "评分", "请提供", "检查发现"] and header[-3:] == ["提供人", "期限", "已提供"]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]]
    with_needs = [g for g in m.gaps if g.documents or any(u.missing for u in g.units)]
    assert [r[1].split(" ")[0] for r in rows] == [g.item for g in with_needs] and rows
    first = with_needs[0]
    assert rows[0][4] == "\n".join(first.documents)
    assert all(x in rows[0][5] for u in first.units for x in u.missing)
    d = docx.Document(report / "document-request.docx")
    text = "\n".join(p.text for p in d.paragraphs)
    assert text.startswith("补充材料清单") and f"1. {first.item} {first.title}" in text
    assert all(doc in text for doc in first.documents)


def test_a_profile_without_an_enterprise_name_still_gets_its_self_assessment(tmp_path):
    """The enterprise line of the cover is left empty, not a crash that loses the document."""
    from typer.testing import CliRunner

    from evidence_checker.cli import app

    b = tmp_path / "b"
    b.mkdir()
    (b / "培训制度.txt").write_text("第一条 关务部每年组织海关法律法规内部培训不少于两次。", encoding="utf-8")
    (b / "profile.yaml").write_text("edition: 2018-177\nlevel: general\nbusiness_type: importer\n"
                                    "as_of: 2026-11-01\nflags: {}\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["check", str(b), "--out", str(tmp_path / "out")])
    assert res.exit_code in (0, 1), res.output
    d = docx.Document(tmp_path / "out" / DOCX)
    assert any(p.style.name == "Heading 1" for p in d.paragraphs)
