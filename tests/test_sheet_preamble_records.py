"""A sign-in workbook with one sheet per session, each opening with its day and topic above the
attendance table (培训日期 | 2026-03-26; 主题 | 供应链安全与封条查验; 姓名 | 职务 | 签到): the session is a
record of that day and topic, though no attendance row bears a date."""

from __future__ import annotations

from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx, workbook

PROFILE = profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "importer",
                             "as_of": "2026-07-31", "flags": {}})

POLICY = ["培训管理制度",
          "第一条 公司每年组织员工开展供应链安全培训，内容包括货物流动中的藏匿风险、封条查验和异常报告。",
          "第二条 每次培训须有签到表和课件，由人事行政部归档保存三年。"]


def _session(day: str, topic: str) -> list[list]:
    return [["培训日期", day, None], ["主题", topic, None], ["讲师", "关务组 周敏", None],
            ["姓名", "职务", "签到"], ["陈立群", "副总经理", "陈立群"], ["林涛", "仓储主管", "林涛"]]


def _proposal(tmp_path: Path, name: str, day: str):
    b = tmp_path / name
    docx(b / "制度" / "附件1.docx", POLICY)
    workbook(b / "培训" / "2025-2026培训签到.xlsx", {
        "20250918海关法规": _session("2025-09-18", "进口危险化学品申报新规"),
        "供应链": _session(day, "供应链安全与封条查验"),
    })
    return run_pipeline(b, profile=PROFILE, write=False).proposals["common.31.2"]


def test_a_session_sheet_headed_by_its_day_is_a_dated_training_record(tmp_path):
    inside = _proposal(tmp_path, "inside", "2026-03-26")
    assert inside.rating == "compliant", (inside.rating, inside.status, inside.reasons)
    assert any("培训签到" in r for r in inside.reasons), inside.reasons
    before = _proposal(tmp_path, "before", "2024-03-26")  # the same session two years before the window
    assert before.rating != "compliant", (before.rating, before.reasons)
