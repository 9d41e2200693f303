"""An internal audit once a year (common.5.2 of the general standard, 每年实施1次以上): only records of an
audit count as one (``occasion_words`` in rating_rules.yaml) — a declaration-review log's 审核 rows or a
routine 检查 inside the window are no internal audit. Real Word and Excel files through the real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from evidence_checker.propose import Context, ProposeSettings, _occasion_records, _occasions
from test_trust_classes import docx, workbook

PROFILE = profile_from_dict({"enterprise": "宁波恒嘉进出口有限公司", "level": "general",
                             "business_type": "importer", "as_of": "2026-10-01", "flags": {}})
RULE = ["内部审计管理制度",
        "第三条 公司每年至少实施一次内部审计，由关务部牵头，对照海关认证企业标准逐项检查，形成内审报告并存档。",
        "第四条 内审发现的问题由责任部门在三十日内整改，关务部跟踪验证。"]


def _report(year: str, day: str) -> list[str]:
    return [f"{year}年度关务内审报告", f"审核日期：{day}    审核组长：陈立    审核员：王芳、赵磊",
            "一、审核范围：内部控制、贸易安全、财务状况、守法规范各项标准。",
            "二、审核发现：进口报关单申报要素漏填1票，已于审核后更正；其余各项符合标准要求。",
            "三、结论：公司关务内部控制运行有效。"]


def _bundle(root: Path, audited_in_window: bool) -> Path:
    docx(root / "制度" / "内部审计管理制度.docx", RULE)
    docx(root / "内审" / "2025年度关务内审报告.docx", _report("2025", "2025-06-18"))
    if audited_in_window:
        docx(root / "内审" / "2026年度关务内审报告.docx", _report("2026", "2026-06-16"))
    rows = [["问题来源", "发现日期", "问题描述", "整改要求", "组织人", "完成日期", "状态"]]
    for day, found, done in (("2025-11-04", "归档抽查：3票提单影像缺失", "2025-11-20"),
                             ("2026-03-20", "单证审核：2票申报要素漏填品牌类型", "2026-04-02"),
                             ("2026-08-27", "仓库检查：出口待装区标识脱落", "2026-09-05")):
        rows.append(["日常检查", day, found, "补齐并每月抽查", "关务主管 陈志远", done, "已关闭"])
    workbook(root / "台账" / "问题整改跟踪.xlsx", {"问题整改跟踪": rows})
    return root


def test_routine_checks_and_declaration_reviews_are_no_audit_occasions():
    """The rows of a findings tracker from routine 检查 and declaration 审核, inside the window, are no internal
    audit held; a paragraph of an audit report is."""
    s = ProposeSettings.load("2018-177")
    groups = s.occasion_words["internal_audit_min_per_year"]
    path = "台账/问题整改跟踪.xlsx"
    head = {"id": "h", "path": path, "locator": "问题整改跟踪!A1:E1", "kind": "sheet_row",
            "text": "问题来源 | 发现日期 | 问题描述 | 完成日期 | 状态"}
    rows = [{"id": f"r{i}", "path": path, "locator": f"问题整改跟踪!A{i + 2}:E{i + 2}", "kind": "sheet_row",
             "text": f"问题来源: 日常检查 | 发现日期: {day} | 问题描述: {what} | 完成日期: {day} | 状态: 已关闭"}
            for i, (day, what) in enumerate((("2025-11-04", "归档抽查：3票提单影像缺失"),
                                             ("2026-03-20", "单证审核：2票申报要素漏填品牌类型")))]
    report = {"id": "a", "path": "内审/2026年度关务内审报告.docx", "locator": "¶2", "kind": "paragraph",
              "text": "审核日期：2026-06-16    审核组长：陈立    审核员：王芳、赵磊"}
    ctx = Context(profile=PROFILE, settings=s, record_verdicts={}, records_present=False,
                  passages_by_path={path: [head, *rows], report["path"]: [report]})
    assert _occasion_records(rows, groups, ctx) == []
    assert _occasion_records([report], groups, ctx) == [report]


def test_a_message_about_the_audit_plan_is_no_audit_held():
    """In a group chat that speaks of last year's audit report, a message that this year's audit plan is
    about to be sent tells of an audit planned, not held (a "!" group of ``occasion_words``)."""
    s = ProposeSettings.load("2018-177")
    groups = s.occasion_words["internal_audit_min_per_year"]
    path = "新建文件夹/钉钉群聊记录_关务部.txt"
    lines = [{"id": f"l{i}", "path": path, "locator": f"line {i}", "kind": "line", "text": t} for i, t in enumerate((
        "2025-09-12 10:03 周敏：内审报告第3项，装柜检查表改版的事@杨德明 新表什么时候能用？",
        "2026-09-18 10:06 周敏：好的，内审计划本周发",
        "2026-09-25 16:40 周敏：本年度内审已完成现场审核，报告下周定稿"))]
    ctx = Context(profile=PROFILE, settings=s, record_verdicts={}, records_present=False,
                  passages_by_path={path: lines})
    assert _occasion_records(lines[1:2], groups, ctx) == []
    assert _occasion_records(lines, groups, ctx) == [lines[0], lines[2]]
    # a findings tracker's row from the audit, with a column for the planned completion date, is the audit's
    tracker = "2026资料/AEO台账汇总.xlsx"
    row = {"id": "t1", "path": tracker, "locator": "内审跟踪!A2:E2", "kind": "sheet_row",
           "text": "编号: IA25-01 | 来源: 2025年度内审(报告2025-11-28) | 问题描述: 部分访客证未回收 | "
                   "计划完成日期: 2026-01-31 | 状态: 已关闭"}
    ctx.passages_by_path[tracker] = [row]
    assert [r["id"] for r in _occasion_records([row], groups, ctx)] == ["t1"]


def test_an_audit_report_inside_the_window_is_the_yearly_audit(tmp_path):
    """The same bundle with the 2026 report: the yearly audit was held — no frequency shortfall is cited."""
    p = run_pipeline(_bundle(tmp_path, audited_in_window=True), profile=PROFILE, write=False).proposals["common.5.2"]
    assert not any("评估期内仅有0次" in r for r in p.reasons), p.reasons
    assert p.rating == "compliant" or p.suggested == "compliant", (p.rating, p.suggested, p.reasons)


def test_minutes_that_mention_last_years_audit_are_no_audit_held():
    """Quarterly risk minutes in the window whose one point reviews the follow-up of last year's audit report:
    that point is about the audit, the meeting is not one (``occasion_title_passages``: only a document whose
    name or title names the audit counts as a whole); an audit report counts whole under its title."""
    s = ProposeSettings.load("2018-177")
    groups = s.occasion_words["internal_audit_min_per_year"]
    minutes = "2026资料/风险会议纪要.docx"
    rows = [{"id": f"m{i}", "path": minutes, "locator": f"¶{i}", "kind": "paragraph", "text": t}
            for i, t in enumerate(("风险管理委员会季度会议纪要", "2025年第四季度风险会议纪要",
                                   "时间：2025年12月26日 14:00    地点：公司三楼会议室    主持：陈丽娟（副总经理）",
                                   "1. 本季度新准入客户46家，拒绝3家。",
                                   "3. 审议2025年7月内审报告中“监装照片上传不及时”问题的整改情况：已上线照片必传控制，问题关闭。"),
                                  start=1)]
    report = "新建文件夹/doc12.docx"
    head = [{"id": f"r{i}", "path": report, "locator": f"¶{i}", "kind": "paragraph", "text": t}
            for i, t in enumerate(("2026年度进出口业务内部审计报告", "审计时间：2026年7月8日—7月15日",
                                   "二、抽查情况：抽查订单120票，准入档案40份。"), start=1)]
    ctx = Context(profile=PROFILE, settings=s, record_verdicts={}, records_present=False,
                  passages_by_path={minutes: rows, report: head})
    assert "internal_audit_min_per_year" in s.occasion_by_title
    assert [r["id"] for r in _occasion_records(rows, groups, ctx, by_title=True)] == ["m5"]
    assert _occasions(_occasion_records(rows, groups, ctx, by_title=True), ctx, dt.date(2025, 10, 1)) == []
    assert [r["id"] for r in _occasion_records(head, groups, ctx, by_title=True)] == ["r1", "r2", "r3"]
    # a training's sign-in sheet often names its customs topic only in its body: training is not read by title
    assert "training_min_per_year" not in s.occasion_by_title
    assert [o.date for o in _occasions(head, ctx, dt.date(2025, 10, 1))] == [dt.date(2026, 7, 8)]


def test_last_years_report_is_no_audit_in_the_window_for_the_year_in_its_name(tmp_path):
    """Only the 2025 report (audited 2025-06-18), named 2025年度关务内审报告, with risk minutes in the window that
    review its follow-up: the year in its name reaches into the window, but its text dates the audit before
    it; no audit was held in the year (a report whose text has no day is still dated by its name)."""
    root = _bundle(tmp_path, audited_in_window=False)
    docx(root / "会议" / "风险会议纪要.docx",
         ["风险管理委员会季度会议纪要", "时间：2026年3月30日 14:00    地点：公司三楼会议室",
          "1. 本季度出口报关412票，改单2票。",
          "2. 审议2025年度关务内审报告中“申报要素漏填”问题的整改情况：已增加复核栏目，问题关闭。"])
    p = run_pipeline(root, profile=PROFILE, write=False).proposals["common.5.2"]
    assert any("评估期内仅有0次" in r for r in p.reasons), p.reasons
    assert "compliant" not in (p.rating, p.suggested), (p.rating, p.suggested, p.reasons)
    s = ProposeSettings.load("2018-177")
    path = "内审/2026年度关务内审报告.pdf"
    undated = [{"id": "u1", "path": path, "locator": "p1 ¶1", "kind": "paragraph", "text": "关务内部审计报告"},
               {"id": "u2", "path": path, "locator": "p1 ¶2", "kind": "paragraph", "text": "审计范围：单证归档、印章管理"}]
    ctx = Context(profile=PROFILE, settings=s, record_verdicts={}, records_present=False,
                  passages_by_path={path: undated})
    assert [o.date for o in _occasions(undated, ctx, dt.date(2025, 10, 1))] == [dt.date(2026, 10, 1)]
