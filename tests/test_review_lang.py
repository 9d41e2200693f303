"""The review step in English (``--lang en``): the workbook, import messages and the web pages, and a
workbook exported in one language imported with the other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from typer.testing import CliRunner

from evidence_checker.review import confirmed_ratings
from evidence_checker.review.cli import review_app
from evidence_checker.review.excel import HEADERS, HEADERS_EN, KEYS, SHEET, SHEET_EN
from evidence_checker.review.plans import plans
from evidence_checker.review.store import ensure_run
from evidence_checker.review.texts import TEXTS, parse_review_rating, tr
from evidence_checker.review.web import create_app
from test_review_bundle import make_run
from test_review_excel import col, rows_by_id
from test_review_excel import fill as fill_sheet

runner = CliRunner()
CJK = re.compile(r"[\u4e00-\u9fff]")
LOCAL = "http://127.0.0.1:8765"


def export(out: Path, *args: str) -> Path:
    res = runner.invoke(review_app, ["export", str(out), *args])
    assert res.exit_code == 0, res.output
    return Path(args[args.index("--out") + 1]) if "--out" in args else out / "review.xlsx"


@pytest.fixture()
def run(tmp_path):
    return make_run(tmp_path)[1]


def test_every_text_has_both_languages_and_the_chinese_headers_are_the_workbook_s():
    assert all(set(v) == {"zh", "en"} for v in TEXTS.values())
    assert HEADERS == {k: tr(f"col.{k}", "zh") for k in KEYS}
    assert not any(CJK.search(h) for h in HEADERS_EN.values())


def test_english_workbook_has_english_sheets_headers_dropdowns_and_output(run):
    res = runner.invoke(review_app, ["export", str(run), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "Review workbook written:" in res.output and not CJK.search(res.output.replace(str(run), ""))
    wb = load_workbook(run / "review.xlsx")
    assert wb.sheetnames == [SHEET_EN, "Instructions", "Remediation plan"]
    ws = wb[SHEET_EN]
    assert [c.value for c in ws[1]] == [HEADERS_EN[k] for k in KEYS]
    r = rows_by_id(ws)["common.1.1"]
    assert ws.cell(row=r, column=col("proposal")).value == "compliant"
    # the standard's words in the edition's unofficial English translation
    assert ws.cell(row=r, column=col("text")).value.startswith("Establish an internal training policy on customs")
    assert re.match(r"制度/关务培训制度.docx para\. \d+: ", ws.cell(row=r, column=col("ev1")).value)
    needs = rows_by_id(ws)["common.1.2"]
    assert ws.cell(row=needs, column=col("proposal")).value.startswith("needs review")
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"compliant,basically compliant,non-compliant,not applicable"' in formulas
    assert any("Choose one of this item's ratings" in dv.error for dv in ws.data_validations.dataValidation)
    info = [row for row in wb["Instructions"].iter_rows(values_only=True)]
    assert info[0][0] == "Review sheet" and "Rating" in info[0][1]
    assert not any(CJK.search(str(c)) for row in info[:5] for c in row)
    plan = wb["Remediation plan"]
    assert [c.value for c in plan[1]] == ["ID", "Item", "Current rating", "Owner", "Due", "Status", "Note"]
    assert plan.data_validations.dataValidation[0].formula1 == '"not started,in progress,done"'


def test_exported_in_english_imported_with_the_default_language(run):
    path = export(run, "--lang", "en")
    fill_sheet(path, sheet=SHEET_EN, values={"common.1.1": {"rating": "compliant", "reviewer": "张三"},
                          "common.3": {"rating": "basically compliant", "note": "复核记录不全"},
                          "common.1.2": {"rating": "Non-compliant", "note": "高管未参加培训"}})
    wb = load_workbook(path)
    plan = wb["Remediation plan"]
    r = next(r for r in range(2, plan.max_row + 1) if plan.cell(r, 1).value == "common.1")
    plan.cell(r, 4, "李四")
    plan.cell(r, 5, "2027-02-28")
    plan.cell(r, 6, "in progress")
    wb.save(path)
    res = runner.invoke(review_app, ["import", str(run), str(path), "--reviewer", "李四"])
    assert res.exit_code == 0, res.output
    assert "已导入：保存 3 项结论或备注" in res.output and "整改计划 1 项" in res.output
    got = confirmed_ratings(run)
    assert {u: (d.rating, d.action, d.reviewer, d.note) for u, d in got.items()} == {
        "common.1.1": ("compliant", "confirm", "张三", ""),
        "common.3": ("basically_compliant", "override", "李四", "复核记录不全"),
        "common.1.2": ("non_compliant", "override", "李四", "高管未参加培训"),
    }
    store, _ = ensure_run(run)
    try:
        p = plans(store)["common.1"]
    finally:
        store.close()
    assert (p.owner, p.due, p.status) == ("李四", "2027-02-28", "in_progress")
    # exported again in English, the decisions read in English; imported untouched, nothing is saved
    again = export(run, "--lang", "en")
    ws = load_workbook(again)[SHEET_EN]
    row = rows_by_id(ws)["common.3"]
    assert ws.cell(row=row, column=col("rating")).value == "basically compliant"
    assert ws.cell(row=row, column=col("current")).value.startswith("basically compliant (overridden, 李四, ")
    res = runner.invoke(review_app, ["import", str(run), str(again)])
    assert res.exit_code == 0 and "保存 0 项" in res.output, res.output


def test_exported_in_chinese_imported_in_english(run):
    path = export(run)
    fill_sheet(path, sheet=SHEET, values={"common.1.1": {"rating": "达标", "reviewer": "张三"},
                       "common.5": {"rating": "not applicable", "reviewer": "张三", "note": "无此业务"}})
    res = runner.invoke(review_app, ["import", str(run), str(path), "--lang", "en"])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert "Imported: 2 decision(s) or note(s) saved, 106 row(s) unchanged." in text
    assert "score.json and the reports now follow the review: total" in text
    assert not CJK.search(text)
    got = confirmed_ratings(run)
    assert (got["common.1.1"].rating, got["common.1.1"].action) == ("compliant", "confirm")
    assert (got["common.5"].rating, got["common.5"].note) == ("not_applicable", "无此业务")
    # a Chinese re-export shows the decisions in Chinese; imported in English untouched, nothing is saved
    again = export(run, "--out", str(run / "again.xlsx"))
    ws = load_workbook(again)[SHEET]
    assert ws.cell(row=rows_by_id(ws)["common.5"], column=col("rating")).value == "不适用"
    res = runner.invoke(review_app, ["import", str(run), str(again), "--lang", "en"])
    assert res.exit_code == 0 and "Imported: 0 decision(s)" in res.output, res.output


@pytest.mark.parametrize("value, expected", [
    ("compliant", "compliant"), ("Basically Compliant", "basically_compliant"), ("non-compliant", "non_compliant"),
    ("non compliant", "non_compliant"), ("not applicable", "not_applicable"), ("不适用", "not_applicable"),
    ("基本达标", "basically_compliant"), ("-2", "non_compliant"), ("maybe", None), ("", None)])
def test_ratings_are_read_in_either_language(value, expected):
    assert parse_review_rating(value) == expected


def test_english_import_errors_name_sheet_row_and_field_and_save_nothing(run):
    path = export(run, "--lang", "en")
    where = rows_by_id(load_workbook(path)[SHEET_EN])
    fill_sheet(path, sheet=SHEET_EN, values={
        "common.12": {"rating": "maybe", "reviewer": "张三"},  # not a rating at all
        "common.14": {"rating": "basically compliant", "reviewer": "张三", "note": "x"},  # not an option here
        "common.5": {"rating": "non-compliant", "reviewer": "张三"},  # override without a reason
        "common.3": {"rating": "non-compliant", "reviewer": "张三", "note": "y", "text": "edited"},  # protected
    })
    res = runner.invoke(review_app, ["import", str(run), str(path), "--lang", "en"])
    assert res.exit_code == 2, res.output
    text = " ".join(res.output.split())
    assert "The review workbook has 4 problem(s); nothing was imported:" in text
    sheet = "review.xlsx, sheet “Review”"
    assert (f"{sheet}, row {where['common.12']}, Rating: “maybe” is not a rating (options: compliant, "
            "basically compliant, non-compliant)") in text  # a financial item: no 不适用
    assert f"{sheet}, row {where['common.14']} common.14: “basically compliant” is not an option of common.14" in text
    assert f"{sheet}, row {where['common.5']} common.5: an override needs a reason (note)" in text
    assert f"{sheet}, row {where['common.3']}: protected column(s) were changed (Standard text)" in text
    assert not CJK.search(text.replace("(人员守法)", ""))  # only the item's own title is Chinese
    assert confirmed_ratings(run) == {}
    # the same workbook imported with the default language: the same problems, in Chinese
    res = runner.invoke(review_app, ["import", str(run), str(path)])
    assert res.exit_code == 2 and "复核表有 4 处问题" in res.output
    assert f"review.xlsx 第{where['common.12']}行 确认评分：“maybe”不是评分" in " ".join(res.output.split())


def test_english_plan_sheet_errors_and_missing_file(run, tmp_path):
    path = export(run, "--lang", "en")
    wb = load_workbook(path)
    plan = wb["Remediation plan"]
    plan.cell(2, 4, "李四")
    plan.cell(2, 5, "2027-02-30")
    wb.save(path)
    res = runner.invoke(review_app, ["import", str(run), str(path), "--lang", "en"])
    item = plan.cell(2, 1).value
    assert res.exit_code == 2
    assert (f"review.xlsx, sheet “Remediation plan”, row 2 ({item}), Due: “2027-02-30” is not a date"
            in " ".join(res.output.split()))
    res = runner.invoke(review_app, ["import", str(run), str(tmp_path / "nope.xlsx"), "--lang", "en"])
    assert res.exit_code == 2 and "no such file" in res.output


def test_serve_refuses_a_public_address_in_english():
    res = runner.invoke(review_app, ["serve", "nowhere", "--host", "0.0.0.0", "--lang", "en"])
    assert res.exit_code == 2
    assert "Error: " in res.output and "is not a local address" in res.output


def test_web_pages_in_english_and_chinese_by_default(run):
    en = TestClient(create_app(run, reviewer="张三", lang="en"), base_url=LOCAL)
    index = en.get("/").text
    assert '<html lang="en">' in index
    for words in ("Not reviewed (", "Needs review (", "Confirm all ", "Current score", "Progress", "Search"):
        assert words in index
    assert "未复核" not in index and "当前计分" not in index and "确认列表中全部" not in index
    item = en.get("/item/common.1").text
    assert '<html lang="en">' in item
    for words in ("Confirm proposal (compliant)", "or override with", "Add a note only", "Evidence (",
                  "Options: compliant, basically compliant, non-compliant, not applicable", "Remediation plan",
                  "Show it in the document", "para. 2", ">not started<"):
        assert words in item, words
    assert "确认建议" not in item and "改判" not in item and "第2段" not in item
    # the standard's words in the edition's unofficial English translation, the Chinese original under them
    assert "<h1>common.1 Customs business training</h1>" in item
    assert "Establish an internal training policy on customs laws" in item
    assert '<small lang="zh">建立海关法律法规等相关规定的内部培训制度' in item
    assert "Customs business training" in index and "海关业务培训" not in index
    zh = TestClient(create_app(run, reviewer="张三"), base_url=LOCAL)
    index = zh.get("/").text
    assert '<html lang="zh-CN">' in index and "未复核" in index and "当前计分" in index and "Not reviewed" not in index
    item = zh.get("/item/common.1").text
    assert "<h1>common.1 海关业务培训</h1>" in item and "Establish an internal" not in item and 'lang="zh">建立' not in item
    assert "确认建议（达标）" in item and "仅添加备注" in item and "第2段" in item and "Confirm proposal" not in item


def test_english_validation_and_conflict_messages(run):
    c = TestClient(create_app(run, lang="en"), base_url=LOCAL)
    csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/item/common.5").text).group(1)
    res = c.post("/item/common.5/decide", data={"unit_id": "common.5", "action": "override", "rating": "non_compliant",
                                                "note": "", "reviewer_name": "张三", "version": "0", "csrf": csrf})
    assert res.status_code == 422 and "common.5: an override needs a reason (note)" in res.text
    ok = c.post("/item/common.5/decide", data={"unit_id": "common.5", "action": "confirm", "reviewer_name": "张三",
                                               "version": "0", "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    stale = c.post("/item/common.5/decide", data={"unit_id": "common.5", "action": "override", "note": "x",
                                                  "rating": "non_compliant", "reviewer_name": "李四", "version": "0",
                                                  "csrf": csrf})
    assert stale.status_code == 409 and "张三 saved it at" in stale.text and "reload and try again" in stale.text
    forbidden = c.post("/item/common.5/decide", data={"csrf": "nope"})
    assert forbidden.status_code == 403 and "Forbidden" in forbidden.text and "lang='en'" in forbidden.text
    assert "no such" not in c.get("/item/zzz").text and "No item zzz" in c.get("/item/zzz").text


def test_lang_query_switches_one_browser(run):
    c = TestClient(create_app(run), base_url=LOCAL)
    assert '<html lang="en">' in c.get("/?lang=en").text
    assert '<html lang="en">' in c.get("/item/common.1").text  # kept in a cookie
    assert "Current score" in c.get("/score").text
    assert '<html lang="zh-CN">' in c.get("/?lang=zh").text
    assert '<html lang="zh-CN">' in TestClient(create_app(run), base_url=LOCAL).get("/").text
