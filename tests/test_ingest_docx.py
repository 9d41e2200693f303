"""Word reader: headings and their context, list numbering, tables row by row, headers/footers,
pictures OCRed, and legacy .doc through LibreOffice keeping the original path."""

from __future__ import annotations

import io

import docx
import pytest

from evidence_checker.ingest import docx as docx_reader
from evidence_checker.ingest import legacy
from evidence_checker.ingest.errors import CorruptError
from test_ingest_builders import docx_file, needs_ocr, scan_image, soffice_convert


def test_paragraphs_headings_numbering_and_context(tmp_path):
    out = docx_reader.read(docx_file(tmp_path / "审计.docx"), rel_path="内审/审计.docx")
    by_locator = {p.locator: p for p in out}
    assert by_locator["¶1"].kind == "heading" and by_locator["¶1"].text == "内部审计管理制度"
    assert by_locator["¶2"].heading == "内部审计管理制度"  # 第一章 under the title
    article = by_locator["¶3"]
    assert article.text.startswith("第一条 为规范内部审计工作") and article.heading == "第一章 总则"
    assert article.page is None and article.paragraph == 3 and article.bbox is None
    # Word's automatic numbers are not in the text; the reader renders them
    assert by_locator["¶4"].text == "1. 审计范围" and by_locator["¶5"].text == "2. 审计频次"
    assert by_locator["¶5"].heading == "第一章 总则"


def test_table_rows_cells_joined_in_document_order(tmp_path):
    out = docx_reader.read(docx_file(tmp_path / "审计.docx"), rel_path="审计.docx")
    rows = [p for p in out if p.kind == "table_row"]
    assert [p.locator for p in rows] == ["table1 r1", "table1 r2", "table1 r3"]
    # the first row names the columns: the rows under it are labelled with them, as a sheet's rows are
    assert rows[1].text == "日期: 2026-03-18 | 来访人员: 张三 | 事由: 设备检修"
    assert rows[1].table == 1 and rows[1].row == 2 and rows[1].heading == "第二章 访客管理"
    order = [p.locator for p in out]
    assert order.index("table1 r3") < order.index("¶7")  # the paragraph after the table


def test_header_and_footer(tmp_path):
    out = docx_reader.read(docx_file(tmp_path / "审计.docx"), rel_path="审计.docx")
    header = [p for p in out if p.kind == "header"]
    footer = [p for p in out if p.kind == "footer"]
    assert [(p.locator, p.text) for p in header] == [("header", "示例进出口有限公司 受控文件")]
    assert [(p.locator, p.text) for p in footer] == [("footer", "内部资料 注意保密")]


def test_merged_cells_read_once(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "2026年培训签到表"
    for c, v in enumerate(["姓名", "部门", "签字"]):
        table.cell(1, c).text = v
    path = tmp_path / "签到.docx"
    d.save(str(path))
    rows = [p.text for p in docx_reader.read(path, rel_path="签到.docx") if p.kind == "table_row"]
    assert rows == ["2026年培训签到表", "姓名 | 部门 | 签字"]


def test_picture_in_word_file_is_ocred(tmp_path):
    needs_ocr()
    d = docx.Document()
    d.add_paragraph("系统截图如下：")
    buffer = io.BytesIO()
    scan_image(["数据保存期限三年以上", "备份记录"]).save(buffer, format="PNG")
    buffer.seek(0)
    d.add_picture(buffer)
    path = tmp_path / "截图.docx"
    d.save(str(path))
    out = docx_reader.read(path, rel_path="截图.docx")
    ocr = [p for p in out if p.kind == "ocr"]
    assert ocr and ocr[0].locator == "¶2 image1 ocr-block 1" and ocr[0].paragraph == 2
    assert "数据保存期限三年以上" in "".join(p.norm for p in ocr)


def test_not_a_docx_is_corrupt(tmp_path):
    path = tmp_path / "坏.docx"
    path.write_bytes(b"this is not a zip")
    with pytest.raises(CorruptError) as info:
        docx_reader.read(path, rel_path="坏.docx")
    assert "损坏" in info.value.reason


def test_legacy_doc_converted_and_keeps_original_path(tmp_path):
    source = docx_file(tmp_path / "旧制度.docx")
    doc = soffice_convert(source, "doc", tmp_path / "out")
    out = legacy.read(doc, rel_path="旧文件/旧制度.doc")
    assert {p.path for p in out} == {"旧文件/旧制度.doc"}
    texts = [p.text for p in out]
    assert "第一条 为规范内部审计工作，根据海关认证企业标准制定本制度。" in texts
    assert "日期: 2026-03-18 | 来访人员: 张三 | 事由: 设备检修" in texts
    assert any(p.kind == "heading" and p.text == "第一章 总则" for p in out)
