"""Spreadsheet reader: one passage per row with its header as context, sheet number and cell range."""

from __future__ import annotations

from evidence_checker.ingest import sheet
from test_ingest_builders import soffice_convert, xlsx_file


def test_xlsx_rows_with_headers_dates_and_ranges(tmp_path):
    out = sheet.read(xlsx_file(tmp_path / "访客登记.xlsx"), rel_path="访客/访客登记.xlsx")
    rows = {p.locator: p for p in out}
    first = rows["访客登记!A3:D3"]
    assert first.text == "日期: 2026-03-18 | 来访人员: 张三 | 证件核对: 已核对 | 陪同人: 王五"
    assert first.kind == "sheet_row" and first.page == 1 and first.sheet == "访客登记" and first.row == 3
    assert first.heading == "2026年来访人员登记表"  # the title row above the header
    second = rows["访客登记!A4:D4"]
    assert second.text == "日期: 2026-03-19 14:30 | 来访人员: 李四 | 陪同人: 王五"  # empty cell left out
    assert rows["访客登记!A2:D2"].text == "日期 | 来访人员 | 证件核对 | 陪同人"
    car = rows["车辆!A2:C2"]
    assert car.page == 2 and car.text == "车牌: 沪A12345 | 司机: 赵六 | 检查结果: 7"
    assert car.heading == "车辆"  # no title row: the sheet name


def test_csv_in_gbk(tmp_path):
    path = tmp_path / "钥匙领用.csv"
    path.write_bytes("日期,领用人,钥匙编号\n2026-04-01,张三,K-07\n".encode("gbk"))
    out = sheet.read(path, rel_path="钥匙领用.csv")
    assert [p.text for p in out] == ["日期 | 领用人 | 钥匙编号", "日期: 2026-04-01 | 领用人: 张三 | 钥匙编号: K-07"]
    assert out[1].locator == "钥匙领用!A2:C2" and out[1].row == 2


def test_legacy_xls_read_with_xlrd(tmp_path):
    xls = soffice_convert(xlsx_file(tmp_path / "访客登记.xlsx"), "xls", tmp_path / "out")
    assert xls.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # a real BIFF/OLE file
    out = sheet.read(xls, rel_path="访客登记.xls")
    texts = [p.text for p in out]
    assert "日期: 2026-03-18 | 来访人员: 张三 | 证件核对: 已核对 | 陪同人: 王五" in texts
    assert any(p.sheet == "车辆" and p.page == 2 for p in out)


def test_label_value_rows_above_a_table_head_its_rows(tmp_path):
    """A sign-in sheet that opens with 培训日期 | 2026-03-26 and 主题 | … above 姓名 | 职务 | 签到: the
    table's header is the header (not the 主题 row), the label rows read as fields, and they head
    every row of the table with the sheet's day and topic. A two-column table keeps its own header."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "20260326"
    for r in [["培训日期", "2026-03-26", None], ["主题", "供应链安全与封条查验", None], ["讲师", "关务组 周敏", None],
              ["姓名", "职务", "签到"], ["王海涛", "总经理", "缺"], ["陈立群", "副总经理", "陈立群"]]:
        ws.append(r)
    two = wb.create_sheet("钥匙")
    for r in [["钥匙编号", "保管人"], ["K-07", "王丽娟"], ["K-12", "黄志明"]]:
        two.append(r)
    wb.save(tmp_path / "签到.xlsx")
    rows = {p.locator: p for p in sheet.read(tmp_path / "签到.xlsx", rel_path="签到.xlsx")}
    assert rows["20260326!A1:B1"].text == "培训日期: 2026-03-26"
    assert rows["20260326!A2:B2"].text == "主题: 供应链安全与封条查验"
    assert rows["20260326!A4:C4"].text == "姓名 | 职务 | 签到"
    signed = rows["20260326!A6:C6"]
    assert signed.text == "姓名: 陈立群 | 职务: 副总经理 | 签到: 陈立群"
    assert "培训日期: 2026-03-26" in signed.heading and "供应链安全与封条查验" in signed.heading
    assert rows["钥匙!A2:B2"].text == "钥匙编号: K-07 | 保管人: 王丽娟"


def test_label_value_pairs_side_by_side_above_a_table_head_its_rows(tmp_path):
    """A session sheet laid out as pairs in one row (培训日期 | 2025-06-18 | 主题 | … above 序号 | 姓名 |
    职务 | 签到): the pairs read as fields and head the table's rows with the day and topic. A table whose
    first row is four column names and whose rows hold no header pairs keeps that row as its header."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "0618海关法规"
    for r in [["培训日期", "2025-06-18", "主题", "进口食品监管与申报要素"], ["讲师", "外聘 张老师", "学时", "2"],
              ["序号", "姓名", "职务", "签到"], ["1", "陈立群", "总经理", "陈立群"], ["2", "周海燕", "副总经理", "周海燕"]]:
        ws.append(r)
    plain = wb.create_sheet("名单")
    for r in [["姓名", "部门", "岗位", "人数"], ["王丽娟", "关务部", "经理", "3"]]:
        plain.append(r)
    wb.save(tmp_path / "签到.xlsx")
    rows = {p.locator: p for p in sheet.read(tmp_path / "签到.xlsx", rel_path="签到.xlsx")}
    assert rows["0618海关法规!A1:D1"].text == "培训日期: 2025-06-18 主题: 进口食品监管与申报要素"
    assert rows["0618海关法规!A2:D2"].text == "讲师: 外聘 张老师 学时: 2"
    signed = rows["0618海关法规!A5:D5"]
    assert signed.text == "序号: 2 | 姓名: 周海燕 | 职务: 副总经理 | 签到: 周海燕"
    assert "培训日期: 2025-06-18" in signed.heading and "进口食品监管与申报要素" in signed.heading
    assert rows["名单!A1:D1"].text == "姓名 | 部门 | 岗位 | 人数"
    assert rows["名单!A2:D2"].text == "姓名: 王丽娟 | 部门: 关务部 | 岗位: 经理 | 人数: 3"


def test_a_date_written_year_last_in_a_date_column_is_read(tmp_path):
    """An English Excel exports 3/5/2026 as text: in a date column it is 2026-03-05 (month first, the
    file's setting), 13/3/2026 can only be day first; outside a date column such text stays as written."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "来访登记"
    ws.append(["日期", "来访人", "证件号"])
    ws.append(["3/5/2026", "李娜", "1/13/2026"])
    ws.append(["13/3/2026", "王强", "****5100"])
    path = tmp_path / "台账汇总.xlsx"
    wb.save(path)
    rows = {p.row: p for p in sheet.read(path, rel_path="台账汇总.xlsx")}
    assert rows[2].text == "日期: 2026-03-05 | 来访人: 李娜 | 证件号: 1/13/2026"
    assert rows[2].raw.startswith("日期: 3/5/2026")  # the row as written is kept
    assert rows[3].text.startswith("日期: 2026-03-13 |")
