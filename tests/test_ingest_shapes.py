"""Real-world bundle shapes (issue 14): workbook dates and merged cells, merged table cells in
Word and PDF, compiled handbooks, lists with a lead-in, scanned tables and screenshots, pictures
inside Word files and PDFs with a bad text layer. Each test builds the file it reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_ingest_builders import soffice_convert

from evidence_checker.ingest import sheet


def training_workbook(path: Path) -> Path:
    """A training sign-in workbook as people keep it: each session's 日期 and 课程 merged down
    over its attendees' rows; dates as a date-formatted cell, a serial left in General format,
    and text in several spellings."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训签到"
    ws.append(["2026年海关业务培训签到表"])
    ws.merge_cells("A1:D1")
    ws.append(["培训日期", "课程", "姓名", "部门"])
    sessions = [
        (dt.datetime(2026, 3, 5), "海关法律法规", ["张三", "李四", "王五"]),
        (46100, "单证复核要点", ["赵六", "孙七"]),  # serial 46100 = 2026-03-19, General format
        ("2026年4月2日", "信息系统安全", ["周八", "吴九"]),
        ("2026/4/9", "集装箱七点检查", ["郑十"]),
        ("2026.4.16", "商业伙伴评估", ["钱一", "冯二"]),
        ("26-4-23", "危机管理演练", ["陈三", "褚四"]),
    ]
    row = 3
    for day, course, people in sessions:
        for k, name in enumerate(people):
            ws.cell(row + k, 3, name)
            ws.cell(row + k, 4, "关务部")
        ws.cell(row, 1, day)
        ws.cell(row, 2, course)
        if isinstance(day, dt.datetime):
            ws.cell(row, 1).number_format = "yyyy\"年\"m\"月\"d\"日\""
        if len(people) > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + len(people) - 1, end_column=1)
            ws.merge_cells(start_row=row, start_column=2, end_row=row + len(people) - 1, end_column=2)
        row += len(people)
    other = wb.create_sheet("设备")
    other.append(["设备编号", "数量"])
    other.append(["46100", 46100])  # no date header: a number stays a number
    wb.save(str(path))
    return path


def test_workbook_dates_and_merged_sessions_reach_every_row(tmp_path):
    out = sheet.read(training_workbook(tmp_path / "培训签到.xlsx"), rel_path="培训签到.xlsx")
    rows = {p.row: p for p in out if p.sheet == "培训签到"}
    expected = {
        3: ("2026-03-05", "海关法律法规", "张三"), 4: ("2026-03-05", "海关法律法规", "李四"),
        5: ("2026-03-05", "海关法律法规", "王五"), 6: ("2026-03-19", "单证复核要点", "赵六"),
        7: ("2026-03-19", "单证复核要点", "孙七"), 8: ("2026-04-02", "信息系统安全", "周八"),
        9: ("2026-04-02", "信息系统安全", "吴九"), 10: ("2026-04-09", "集装箱七点检查", "郑十"),
        11: ("2026-04-16", "商业伙伴评估", "钱一"), 12: ("2026-04-16", "商业伙伴评估", "冯二"),
        13: ("2026-04-23", "危机管理演练", "陈三"), 14: ("2026-04-23", "危机管理演练", "褚四"),
    }
    for r, (day, course, name) in expected.items():
        assert rows[r].text == f"培训日期: {day} | 课程: {course} | 姓名: {name} | 部门: 关务部", r
        assert rows[r].header == "培训日期 | 课程 | 姓名 | 部门"
    # the original spelling is kept where a date was rewritten
    assert rows[6].raw == "培训日期: 46100 | 课程: 单证复核要点 | 姓名: 赵六 | 部门: 关务部"
    assert rows[13].raw.startswith("培训日期: 26-4-23 | ")
    assert rows[10].raw.startswith("培训日期: 2026/4/9 | ")
    assert rows[3].raw is None  # an Excel date cell is a date already
    # the title merged across the sheet stays the heading, not a row of column names
    assert rows[3].heading == "2026年海关业务培训签到表"
    equipment = [p.text for p in out if p.sheet == "设备"]
    assert equipment == ["设备编号 | 数量", "设备编号: 46100 | 数量: 46100"]


def test_legacy_xls_merged_sessions(tmp_path):
    xls = soffice_convert(training_workbook(tmp_path / "培训签到.xlsx"), "xls", tmp_path / "out")
    out = sheet.read(xls, rel_path="培训签到.xls")
    texts = [p.text for p in out]
    assert "培训日期: 2026-03-05 | 课程: 海关法律法规 | 姓名: 王五 | 部门: 关务部" in texts
    assert "培训日期: 2026-03-19 | 课程: 单证复核要点 | 姓名: 孙七 | 部门: 关务部" in texts


def merged_sign_in_docx(path: Path) -> Path:
    """A Word sign-in table: each session's 日期 and 课程 merged down over its attendees."""
    import docx

    d = docx.Document()
    d.add_paragraph("培训签到表")
    table = d.add_table(rows=6, cols=3)
    table.style = "Table Grid"
    for c, label in enumerate(["日期", "课程", "姓名"]):
        table.cell(0, c).text = label
    for r, name in enumerate(["张三", "李四", "王五", "赵六", "孙七"], 1):
        table.cell(r, 2).text = name
    for first, last, day, course in [(1, 3, "2026-03-05", "海关法律法规"), (4, 5, "2026-04-02", "信息系统安全")]:
        for c, value in enumerate([day, course]):
            merged = table.cell(first, c).merge(table.cell(last, c))
            merged.text = value
    d.save(str(path))
    return path


MERGED_ROWS = [f"日期: {d} | 课程: {c} | 姓名: {n}" for d, c, n in [
    ("2026-03-05", "海关法律法规", "张三"), ("2026-03-05", "海关法律法规", "李四"), ("2026-03-05", "海关法律法规", "王五"),
    ("2026-04-02", "信息系统安全", "赵六"), ("2026-04-02", "信息系统安全", "孙七")]]


def test_word_table_merged_cells_reach_every_row(tmp_path):
    from evidence_checker.ingest import docx as docx_reader

    out = docx_reader.read(merged_sign_in_docx(tmp_path / "签到.docx"), rel_path="签到.docx")
    rows = [p for p in out if p.kind == "table_row"]
    assert [p.text for p in rows[1:]] == MERGED_ROWS
    assert rows[1].header == "日期 | 课程 | 姓名" and rows[0].header is None


def test_pdf_table_merged_cells_reach_every_row(tmp_path):
    from evidence_checker.ingest import pdf

    exported = soffice_convert(merged_sign_in_docx(tmp_path / "签到.docx"), "pdf", tmp_path / "out")
    out = pdf.read(exported, rel_path="签到.pdf")
    rows = [p for p in out if p.kind == "table_row"]
    assert [p.text for p in rows[1:]] == MERGED_ROWS
    assert rows[2].header == "日期 | 课程 | 姓名" and rows[2].page == 1


def handbook_docx(path: Path) -> Path:
    """A compiled handbook: cover, a contents page with dot leaders, a running header and page
    numbers, two policies with chapters and articles (第十二条 runs over a page break) and a list
    with a lead-in."""
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "示例进出口有限公司管理制度汇编"
    page_field = OxmlElement("w:fldSimple")  # the page number, as Word's footer shows it
    page_field.set(qn("w:instr"), "PAGE")
    section.footer.paragraphs[0]._p.append(page_field)
    d.add_paragraph("示例进出口有限公司管理制度汇编").runs[0].font.size = Pt(22)
    d.add_paragraph("2026年版")
    d.add_page_break()
    d.add_paragraph("目  录")
    toc = [("门卫管理制度", 3), ("第一章 总则", 3), ("第二章 门卫管理", 3), ("集装箱检查制度", 5), ("第一章 检查要求", 5)]
    for text, page in toc:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
    d.add_page_break()
    filler = "外来人员进入厂区须在门卫处登记，核对身份证件后发放临时通行证，并由接待人员全程陪同。"
    d.add_paragraph("门卫管理制度")
    d.add_paragraph("第一章 总则")
    d.add_paragraph("第一条 为加强厂区出入管理，保障货物和场所安全，制定本制度。")
    d.add_paragraph("第二章 门卫管理")
    for n in ("二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"):
        d.add_paragraph(f"第{n}条 " + filler * 3)
    d.add_paragraph("第十二条 监控录像保存期限不少于九十天，" + "值班人员每两小时巡查一次并记录巡查结果，" * 120 + "发现异常立即报告。")
    d.add_paragraph("集装箱检查制度")
    d.add_paragraph("第一章 检查要求")
    d.add_paragraph("第一条 装柜前检查以下部位：")
    for part in ("前门", "左侧面", "右侧面", "地板", "顶部", "内外门", "外部起落架"):
        d.add_paragraph(part, style="List Bullet")
    d.save(str(path))
    return path


def _check_handbook(out, *, pdf: bool) -> None:
    texts = [p.text for p in out]
    assert not any(".........." in t or t.replace(" ", "") == "目录" for t in texts)  # no contents
    body = [p for p in out if p.kind not in ("header", "footer")]
    assert not any(p.text == "示例进出口有限公司管理制度汇编" for p in body[1:])  # header only in margins
    twelve = [p for p in body if p.article == "第十二条"]
    assert twelve and twelve[0].text.startswith("第十二条 监控录像保存期限不少于九十天")
    for p in twelve:
        assert p.chapter == "第二章 门卫管理"
        assert p.section_path == ("示例进出口有限公司管理制度汇编", "门卫管理制度", "第二章 门卫管理")
    if pdf:
        assert len({p.page for p in twelve}) >= 2  # the article runs on over the page break
        assert twelve[-1].page == twelve[0].page + 1
    first = next(p for p in body if p.text.startswith("第一条 为加强厂区"))
    assert (first.chapter, first.article) == ("第一章 总则", "第一条")
    check = next(p for p in body if "装柜前检查以下部位" in p.text)
    for part in ("前门", "左侧面", "右侧面", "地板", "顶部", "内外门", "外部起落架"):
        assert part in check.text  # the list is read with its lead-in
    assert check.section_path == ("示例进出口有限公司管理制度汇编", "集装箱检查制度", "第一章 检查要求")
    assert check.article == "第一条"
    assert not any(p.text.strip("•· ") in ("前门", "左侧面") for p in body)  # no one-word passages


def test_compiled_handbook_pdf_chapters_articles_across_pages(tmp_path):
    from evidence_checker.ingest import pdf

    exported = soffice_convert(handbook_docx(tmp_path / "管理制度汇编.docx"), "pdf", tmp_path / "out")
    out = pdf.read(exported, rel_path="管理制度汇编.pdf")
    _check_handbook(out, pdf=True)
    assert any(p.kind == "header" and p.text == "示例进出口有限公司管理制度汇编" for p in out)


def test_compiled_handbook_docx(tmp_path):
    from evidence_checker.ingest import docx as docx_reader

    out = docx_reader.read(handbook_docx(tmp_path / "管理制度汇编.docx"), rel_path="管理制度汇编.docx")
    _check_handbook(out, pdf=False)


SIGN_IN = [["日期", "课程", "姓名", "部门"], ["2026-03-05", "海关法律法规", "张三", "关务部"],
           ["2026-03-05", "海关法律法规", "李四", "仓储部"], ["2026-03-18", "单证复核要点", "王五", "关务部"],
           ["2026-04-02", "信息系统安全", "赵六", "信息部"], ["2026-04-09", "集装箱检查", "孙七", "物流部"]]


def table_scan(rows: list[list[str]], title: str, *, size: int = 40, turn: float = 0.0) -> "Image.Image":  # noqa: F821
    """A ruled table on a white A4 page at 300 dpi (12 pt text is 50 px), as a scanner renders a
    filled-in log; ``turn`` degrees counter-clockwise (a page fed sideways is 90, plus a little
    skew)."""
    from PIL import Image, ImageDraw, ImageFont
    from test_ingest_builders import NOTO_CJK, NOTO_SC_INDEX

    font = ImageFont.truetype(str(NOTO_CJK), size, index=NOTO_SC_INDEX)
    widths = (380, 420, 260, 300)
    height = int(size * 2.2)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), title, font=font, fill=0)
    for r, row in enumerate(rows):
        x, y = 100, 220 + r * height
        for c, cell in enumerate(row):
            draw.rectangle([x, y, x + widths[c], y + height], outline=0, width=2)
            draw.text((x + 15, y + size // 2), cell, font=font, fill=0)
            x += widths[c]
    return image.rotate(turn, expand=True, fillcolor=255) if turn else image


def image_pdf(path: Path, image, *, text_layer: str | None = None) -> Path:
    """A one-page PDF of a scanned picture, optionally with an invisible (bad) text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    size = (image.width * 72 / 300, image.height * 72 / 300)  # a 300 dpi scan fills its page
    c = canvas.Canvas(str(path), pagesize=size)
    c.drawImage(ImageReader(image), 0, 0, width=size[0], height=size[1])
    if text_layer:
        text = c.beginText(40, 700)
        text.setTextRenderMode(3)  # invisible, as an OCR layer is
        text.setFont("Helvetica", 10)
        for line in text_layer.splitlines():
            text.textLine(line)
        c.drawText(text)
    c.showPage()
    c.save()
    return path


def _assert_sign_in_rows(out) -> None:
    rows = [p for p in out if p.kind == "table_row"]
    data = [p for p in rows if "姓名:" in p.text]
    # every row is read whole, with its date, under the column headers (one OCR slip in a name
    # or a department is Tesseract's, not the layout's)
    assert [p.text.split(" | ")[0] for p in data] == [f"日期: {row[0]}" for row in SIGN_IN[1:]], [p.text for p in rows]
    right = sum(f"姓名: {name} | 部门: {dept}" in p.text for p, (_, _, name, dept) in zip(data, SIGN_IN[1:]))
    assert right >= 4, [p.text for p in data]
    assert "课程: 海关法律法规" in data[0].text
    assert all(p.header == "日期 | 课程 | 姓名 | 部门" and p.source == "ocr" for p in data)
    assert all(p.ocr_conf is not None and 50 <= p.ocr_conf <= 100 for p in data)


def test_scanned_table_turned_sideways_keeps_its_rows(tmp_path):
    from test_ingest_builders import needs_ocr

    from evidence_checker.ingest import pdf

    needs_ocr()
    scan = table_scan(SIGN_IN, "2026年海关业务培训签到表", turn=90.7)
    out = pdf.read(image_pdf(tmp_path / "签到扫描.pdf", scan), rel_path="签到扫描.pdf")
    _assert_sign_in_rows(out)
    row = next(p for p in out if "姓名: 张三" in p.text)
    assert row.page == 1 and row.locator.startswith("p1 ocr-block")
    # word boxes in page points, on the page as it stands (the table runs down the page)
    (text, x0, top, x1, bottom), = row.line_boxes
    assert text == row.text and 0 <= x0 < x1 <= 842 and 0 <= top < bottom <= 595
    assert bottom - top > 3 * (x1 - x0)  # a row of a sideways table is tall and thin


def test_screenshot_labels_stay_with_their_values(tmp_path):
    from PIL import Image, ImageDraw, ImageFont
    from test_ingest_builders import NOTO_CJK, NOTO_SC_INDEX, needs_ocr

    from evidence_checker.ingest import image_ocr

    needs_ocr()
    font = ImageFont.truetype(str(NOTO_CJK), 28, index=NOTO_SC_INDEX)
    image = Image.new("RGB", (1400, 520), (245, 247, 250))
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "系统安全设置", font=font, fill=(20, 20, 20))
    settings = [("日志保存期限：", "180天"), ("密码最小长度：", "8位"), ("密码有效期：", "90天"),
                ("登录失败锁定次数：", "5次")]
    for k, (label, value) in enumerate(settings):
        draw.text((60, 140 + 80 * k), label, font=font, fill=(60, 60, 60))
        draw.rectangle([700, 130 + 80 * k, 1000, 180 + 80 * k], outline=(180, 180, 180), fill=(255, 255, 255))
        draw.text((720, 140 + 80 * k), value, font=font, fill=(0, 0, 0))
    path = tmp_path / "系统设置截图.png"
    image.save(path)
    out = image_ocr.read(path, rel_path="系统设置截图.png")
    texts = [p.text for p in out]
    for label, value in settings:  # each value in one passage with (the end of) its own label
        tail = label.rstrip("：")[-4:]
        found = [t.replace(" ", "").replace(":", "：") for t in texts if tail in t.replace(" ", "")]
        assert found and found[0].endswith(f"{tail}：{value}"), (label, texts)
    assert all(p.source == "ocr" and p.line_boxes for p in out)


def test_photographed_sign_in_sheet_inside_word(tmp_path):
    import docx
    from docx.shared import Cm
    from test_ingest_builders import needs_ocr

    from evidence_checker.ingest import docx as docx_reader

    needs_ocr()
    picture = tmp_path / "签到表照片.png"
    table_scan(SIGN_IN, "2026年海关业务培训签到表", turn=0.6).save(picture)
    d = docx.Document()
    d.add_paragraph("附件：培训签到表（扫描件）")
    d.add_picture(str(picture), width=Cm(16))
    d.save(str(tmp_path / "培训记录.docx"))
    out = docx_reader.read(tmp_path / "培训记录.docx", rel_path="培训记录.docx")
    _assert_sign_in_rows(out)
    assert next(p for p in out if p.text.startswith("附件")).source is None  # Word text is not OCR


def test_scan_with_a_garbage_text_layer_is_read_by_ocr(tmp_path):
    from test_ingest_builders import needs_ocr

    from evidence_checker.ingest import pdf

    needs_ocr()
    garbage = "\n".join("2026å¹´æµ·å\x85³ä¸\x9aå\x8a¡å\x9f¹è®\xadç­¾å\x88°è¡¨ÃÆÉÌÒµ" for _ in range(8))
    scan = table_scan(SIGN_IN, "2026年海关业务培训签到表")
    out = pdf.read(image_pdf(tmp_path / "签到.pdf", scan, text_layer=garbage), rel_path="签到.pdf")
    assert not any("æ" in p.text or "Ã" in p.text for p in out)
    _assert_sign_in_rows(out)
    assert {p.source for p in out} == {"ocr"}


def test_pointer_names_document_policy_chapter_article_and_page():
    from evidence_checker.ingest.passage import Passage
    from evidence_checker.ingest.provenance import pointer

    p = Passage.new(path="制度/管理制度汇编.pdf", locator="p27 ¶3", text="监控录像保存不少于九十天。", norm="", kind="paragraph",
                    page=27, section_path=("示例公司管理制度汇编", "门卫管理制度", "第六章 门卫管理"),
                    chapter="第六章 门卫管理", article="第十二条")
    assert pointer(p) == "《管理制度汇编》门卫管理制度 第六章 门卫管理 第十二条, p.27"
    assert pointer(p.to_json()) == pointer(p)  # a passages.jsonl line gives the same
    row = {"path": "记录/培训签到.xlsx", "page": 1, "sheet": "培训签到", "row": 5}
    assert pointer(row) == "《培训签到》 培训签到 第5行" and pointer(row, lang="en").endswith("row 5")


def test_word_table_short_dates_under_a_date_header(tmp_path):
    import docx

    from evidence_checker.ingest import docx as docx_reader

    d = docx.Document()
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([["检查日期", "检查人", "编号"], ["26-3-5", "张三", "26-3-5"], ["2026.4.2", "李四", "B-2"],
                             ["46100", "王五", "46100"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "检查记录.docx"))
    rows = [p for p in docx_reader.read(tmp_path / "检查记录.docx", rel_path="检查记录.docx") if p.kind == "table_row"]
    # only the date column changes; a code that looks like a date elsewhere stays as written
    assert [p.text for p in rows[1:]] == ["检查日期: 2026-03-05 | 检查人: 张三 | 编号: 26-3-5",
                                          "检查日期: 2026-04-02 | 检查人: 李四 | 编号: B-2",
                                          "检查日期: 2026-03-19 | 检查人: 王五 | 编号: 46100"]
    assert rows[1].raw == "检查日期: 26-3-5 | 检查人: 张三 | 编号: 26-3-5" and rows[1].header == "检查日期 | 检查人 | 编号"


def test_form_dates_right_of_their_label(tmp_path):
    """A form keeps its labels in the row: the cell right of 培训日期 is a date, whatever its spelling."""
    import docx
    import openpyxl

    from evidence_checker.ingest import docx as docx_reader

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训记录"
    ws.append(["培训记录表"])
    ws.append(["培训日期", 46100, "培训地点", "会议室"])
    ws.append(["培训内容", "海关法律法规", "讲师", "王五"])
    wb.save(str(tmp_path / "培训记录.xlsx"))
    texts = [p.text for p in sheet.read(tmp_path / "培训记录.xlsx", rel_path="培训记录.xlsx")]
    assert "培训日期: 2026-03-19 培训地点: 会议室" in texts  # (label/value pairs above the form's last row)
    d = docx.Document()
    table = d.add_table(rows=2, cols=4)
    for r, row in enumerate([["培训日期：", "26.3.19", "培训地点", "会议室"], ["培训内容", "海关法律法规", "讲师", "王五"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "培训记录.docx"))
    rows = [p for p in docx_reader.read(tmp_path / "培训记录.docx", rel_path="培训记录.docx") if p.kind == "table_row"]
    assert rows[0].text == "培训日期： | 2026-03-19 | 培训地点 | 会议室" and rows[0].raw == "培训日期： | 26.3.19 | 培训地点 | 会议室"
