"""PDF reader: text and locations (pages, paragraphs, boxes, tables, running headers/footers),
traditional Chinese, OCR of image-only pages, encrypted and truncated files."""

from __future__ import annotations

import pytest

from evidence_checker.ingest import pdf
from evidence_checker.ingest.errors import CorruptError, EncryptedError
from evidence_checker.ingest.options import ReadNotes
from test_ingest_builders import needs_ocr, scanned_pdf, table_pdf, text_pdf, wrap

POLICY = ("第一条 为加强海关认证企业管理，规范内部审计工作，提高企业守法意识和内部控制水平，"
          "根据海关企业信用管理办法及相关规定，结合本公司实际情况，制定本办法。")


def test_pages_paragraphs_and_joined_line_breaks(tmp_path):
    lines = wrap(POLICY, 36)
    assert len(lines) >= 3
    path = text_pdf(tmp_path / "审计制度.pdf", [["第一章 总则", "", *lines], ["第二条 内部审计每年至少进行一次。"]])
    notes = ReadNotes()
    out = pdf.read(path, rel_path="制度/审计制度.pdf", notes=notes)
    assert notes.pages == 2 and notes.problems == []
    by_locator = {p.locator: p for p in out}
    heading = by_locator["p1 ¶1"]
    assert heading.kind == "heading" and heading.text == "第一章 总则"
    body = by_locator["p1 ¶2"]
    assert body.text == POLICY  # hard line breaks joined, no spaces inserted between CJK
    assert body.page == 1 and body.path == "制度/审计制度.pdf" and body.heading == "第一章 总则"
    x0, top, x1, bottom = body.bbox
    assert 70 <= x0 <= 74 and x1 <= 576 and top < bottom
    assert 842 - 770 < top < 842 - 700  # the paragraph starts near the first drawn line (y=760)
    assert bottom - top > 2 * 12  # spans several lines
    second = by_locator["p2 ¶1"]
    assert second.page == 2 and second.text == "第二条 内部审计每年至少进行一次。"
    assert second.norm == "第二条内部审计每年至少进行一次。"


def test_traditional_chinese_pdf_norm_is_simplified(tmp_path):
    path = text_pdf(tmp_path / "合作夥伴.pdf", [["第二條 軟體系統資料保存三年以上。", "訪客須登記並由門衛核對證件。"]],
                    font="MSung-Light")
    out = pdf.read(path, rel_path="合作夥伴.pdf")
    texts = [p.text for p in out]
    assert "第二條 軟體系統資料保存三年以上。" in texts  # original text kept
    norms = [p.norm for p in out]
    assert "第二条软体系统资料保存三年以上。" in norms
    assert "访客须登记并由门卫核对证件。" in norms


def test_table_rows_with_cells_and_location(tmp_path):
    rows = [["日期", "来访人员", "事由"], ["2026-03-18", "张三", "设备检修"], ["2026-03-19", "李四", "年度审计"]]
    path = table_pdf(tmp_path / "访客.pdf", "来访人员登记表", rows)
    out = pdf.read(path, rel_path="访客.pdf")
    table = [p for p in out if p.kind == "table_row"]
    assert [p.text for p in table] == ["日期 | 来访人员 | 事由", "日期: 2026-03-18 | 来访人员: 张三 | 事由: 设备检修",
                                       "日期: 2026-03-19 | 来访人员: 李四 | 事由: 年度审计"]
    assert [p.locator for p in table] == ["p1 table1 r1", "p1 table1 r2", "p1 table1 r3"]
    assert table[1].row == 2 and table[1].table == 1 and table[1].page == 1
    # the cell text is not repeated as loose paragraphs
    assert not any("张三" in p.text for p in out if p.kind != "table_row")
    assert out[0].text == "来访人员登记表"


def test_running_header_and_page_number_footer(tmp_path):
    pages = [[f"第{n}条 本页正文内容。"] for n in range(1, 4)]
    path = text_pdf(tmp_path / "手册.pdf", pages, header="示例进出口有限公司 安全手册", footer="第 {n} 页")
    out = pdf.read(path, rel_path="手册.pdf")
    headers = [p for p in out if p.kind == "header"]
    footers = [p for p in out if p.kind == "footer"]
    assert [p.locator for p in headers] == ["p1 header", "p2 header", "p3 header"]
    assert [p.text for p in footers] == ["第 1 页", "第 2 页", "第 3 页"]
    assert all(p.heading is None for p in headers + footers)
    assert [p.text for p in out if p.kind == "paragraph"] == ["第1条 本页正文内容。", "第2条 本页正文内容。", "第3条 本页正文内容。"]


def test_image_only_page_is_ocred_with_page_and_points(tmp_path):
    needs_ocr()
    path = scanned_pdf(tmp_path / "签字页.pdf", ["内部审计报告"], ["内部审计报告签字页", "审核人：张三"])
    notes = ReadNotes()
    out = pdf.read(path, rel_path="签字页.pdf", notes=notes)
    assert notes.problems == []
    ocr = [p for p in out if p.kind == "ocr"]
    assert ocr and all(p.page == 2 for p in ocr)
    assert ocr[0].locator == "p2 ocr-block 1"
    joined = "".join(p.norm for p in ocr)
    assert "内部审计报告签字页" in joined and "审核人" in joined and "张三" in joined
    x0, top, x1, bottom = ocr[0].bbox
    assert 30 <= x0 < x1 <= 595 and 60 <= top < bottom <= 842  # PDF points, not pixels
    assert [p.page for p in out if p.kind == "paragraph"] == [1]


def test_encrypted_pdf_raises_with_chinese_reason(tmp_path):
    path = text_pdf(tmp_path / "机密.pdf", [["机密文件"]], encrypt="secret")
    with pytest.raises(EncryptedError) as info:
        pdf.read(path, rel_path="机密.pdf")
    assert "已加密" in info.value.reason and "机密.pdf" in str(info.value)


def test_truncated_pdf_is_corrupt(tmp_path):
    good = text_pdf(tmp_path / "full.pdf", [["内部审计"]] * 3)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(CorruptError) as info:
        pdf.read(cut, rel_path="cut.pdf")
    assert "损坏" in info.value.reason


def _columns_pdf(path, title: str, rows: list[list[str]], xs: list[float], after: list[str]):
    """A PDF page whose table is set without rules: cells drawn at fixed x positions, one row per line
    (as a report generator or a Word table with its borders switched off leaves it)."""
    from reportlab.pdfgen import canvas

    from test_ingest_builders import _fonts

    _fonts()
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 14)
    c.drawString(60, 780, title)
    c.setFont("STSong-Light", 9)
    y = 750.0
    for row in rows:
        for x, cell in zip(xs, row):
            c.drawString(x, y, cell)
        y -= 24
    c.setFont("STSong-Light", 10.5)
    for line in after:
        y -= 10
        c.drawString(60, y, line)
    c.save()
    return path


def test_a_table_set_without_rules_is_read_row_by_row(tmp_path):
    """The findings of an audit report in columns without rules: each line is a row of cells (the open
    finding F-02 its own passage, under the table's header), not one paragraph running all rows together
    ("…状态F-01 …已关闭F-02 …整改中" read as closed). A numbered article set with spaces (第 6 条) stays
    a paragraph."""
    rows = [["编号", "发现", "责任部门", "期限", "状态"],
            ["F-01", "加贸核对盘亏35kg未及时报损", "关务部", "2026-07-31", "已关闭"],
            ["F-02", "访客进入危险品仓部分无陪同人记录", "安保部", "2026-12-31", "整改中"],
            ["F-03", "供应商年度复评未按期开展", "采购部 ISO 9001", "2026-12-31", "未关闭"]]
    path = _columns_pdf(tmp_path / "内审报告.pdf", "三、审计发现及整改状态", rows, [50, 90, 270, 380, 460],
                        ["第 6 条 审计专员每年组织内部审计。", "第 7 条 内审报告报总经理审阅。",
                         "第 8 条 整改情况由内审部按月跟踪。"])
    out = pdf.read(path, rel_path="内审报告.pdf")
    table = [p for p in out if p.kind == "table_row"]
    assert [p.text for p in table[:2]] == ["编号 | 发现 | 责任部门 | 期限 | 状态",
                                           "编号: F-01 | 发现: 加贸核对盘亏35kg未及时报损 | 责任部门: 关务部 | 期限: 2026-07-31 | "
                                           "状态: 已关闭"]
    assert table[2].text.startswith("编号: F-02 | 发现: 访客进入危险品仓部分无陪同人记录") and table[2].text.endswith("整改中")
    assert "采购部 ISO 9001" in table[3].text  # Latin words and numbers inside one cell stay together
    assert table[2].locator == "p1 table1 r3" and table[2].header == "编号 | 发现 | 责任部门 | 期限 | 状态"
    assert not any("F-02" in p.text for p in out if p.kind != "table_row")
    assert any(p.kind != "table_row" and p.text.startswith("第 6 条") for p in out)
