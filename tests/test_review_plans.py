"""The remediation plan (整改计划) lives in the review store: set on the item's review page (bad
fields refused with the reason), shown in the reports with what is overdue, kept when the bundle is
checked again, and read as done once the item is 达标."""

from __future__ import annotations

import re

import openpyxl
from fastapi.testclient import TestClient

from evidence_checker.report import report_model, write_reports
from evidence_checker.results import load_results
from evidence_checker.review.plans import plans
from evidence_checker.review.store import decide, ensure_run, record_run
from evidence_checker.review.web import create_app
from test_review_bundle import make_run
from test_review_web import LOCAL, csrf_of


def test_plan_set_on_the_page_shown_in_reports_kept_and_closed(tmp_path):
    _, out = make_run(tmp_path)
    c = TestClient(create_app(out, reviewer="张三"), base_url=LOCAL)
    html = c.get("/item/common.1").text
    assert 'action="/item/common.1/plan"' in html
    form = {"csrf": csrf_of(html), "owner": "关务部 李四", "due": "2026-13-40", "status": "in_progress",
            "note": "补充高级管理人员培训签到表", "reviewer_name": "张三"}
    bad = c.post("/item/common.1/plan", data=form, follow_redirects=False)
    assert bad.status_code == 422 and "期限“2026-13-40”不是日期" in bad.text
    assert 'value="关务部 李四"' in bad.text  # what was typed is kept where the error is shown
    ok = c.post("/item/common.1/plan", data={**form, "due": "2020-01-31"}, follow_redirects=False)
    assert ok.status_code == 303
    page = c.get(ok.headers["location"]).text
    assert "整改计划已保存" in page and "进行中" in page

    write_reports(out)
    m = report_model(out)
    assert "common.1" in [g.item for g in m.gaps]
    line = m.plan_line("common.1")
    assert line == "整改计划：责任人 关务部 李四，期限 2020-01-31，状态 进行中（已逾期）"
    assert line in (out / "report.md").read_text(encoding="utf-8")
    assert re.search(r'data-plan="common.1"[^>]*>整改计划：责任人 关务部 李四', (out / "report.html").read_text("utf-8"))
    gaps = openpyxl.load_workbook(out / "report.xlsx")["差距分析"]
    head = [c.value for c in gaps[1]]
    assert any(r[head.index("整改计划")] == line for r in gaps.iter_rows(min_row=2, values_only=True))

    # a re-check records a new run: the plan is still there
    store, results = ensure_run(out)
    try:
        changed = load_results(out)
        p = changed.proposals["common.3"]
        changed.proposals["common.3"] = type(p)(p.id, "basically_compliant", p.status, p.confidence, p.reasons,
                                                 p.evidence, ("复核记录",), p.facts)
        record_run(store, changed)
        assert plans(store)["common.1"].owner == "关务部 李四"
        # the evidence appears and a reviewer rates the sub-item: the plan reads as done
        decide(store, "common.1.2", "compliant", reviewer="张三", note="补充了签到表")
    finally:
        store.close()
    m = report_model(out)
    assert "common.1" not in [g.item for g in m.gaps]
    assert m.plan_line("common.1") == "整改计划：责任人 关务部 李四，期限 2020-01-31，状态 已完成（本项已达标）"
    assert m.plan_rows == [("common.1 海关业务培训", m.plan_line("common.1"), False)]


def test_plans_round_trip_through_the_review_workbook(tmp_path):
    from typer.testing import CliRunner

    from evidence_checker.cli import app

    _, out = make_run(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["review", "export", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(out / "review.xlsx")
    ws = wb["整改计划"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    assert "common.1" in rows and "common.3" not in rows  # only what is short of 达标
    ws.cell(rows["common.1"], 4, "李四")
    ws.cell(rows["common.1"], 5, "2027-02-30")  # no such day
    ws.cell(rows["common.1"], 6, "进行中")
    wb.save(out / "review.xlsx")
    bad = runner.invoke(app, ["review", "import", str(out), str(out / "review.xlsx"), "--reviewer", "张三"])
    assert bad.exit_code == 2 and "整改计划第2行（common.1）：期限“2027-02-30”不是日期" in bad.output
    store, _ = ensure_run(out)
    try:
        assert plans(store) == {}  # nothing saved
    finally:
        store.close()
    ws.cell(rows["common.1"], 5, "2027-02-28")
    wb.save(out / "review.xlsx")
    res = runner.invoke(app, ["review", "import", str(out), str(out / "review.xlsx"), "--reviewer", "张三"])
    assert res.exit_code == 0 and "整改计划 1 项" in res.output, res.output
    store, _ = ensure_run(out)
    try:
        plan = plans(store)["common.1"]
    finally:
        store.close()
    assert (plan.owner, plan.due, plan.status, plan.by) == ("李四", "2027-02-28", "in_progress", "张三")
    # exported again, the plan is in the sheet; imported unchanged, nothing new is saved
    assert runner.invoke(app, ["review", "export", str(out)]).exit_code == 0
    again = openpyxl.load_workbook(out / "review.xlsx")["整改计划"]
    assert [c.value for c in again[2]][3:6] == ["李四", "2027-02-28", "进行中"]
    res = runner.invoke(app, ["review", "import", str(out), str(out / "review.xlsx"), "--reviewer", "张三"])
    assert res.exit_code == 0 and "整改计划" not in res.output
