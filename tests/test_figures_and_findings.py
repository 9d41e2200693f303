"""What the records measure and what a gap list admits: a share the standard sets (派员实地监装比例不低于10%)
measured below it in the records is a shortfall; a consultant's gap list that quotes a sub-item and writes
beside it "2026年未演练" reports an open problem of that sub-item, though the quotation itself is never
evidence."""

from __future__ import annotations

from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx, docx_with_tables, workbook

FTSP = profile_from_dict({"enterprise": "测试平台", "level": "advanced", "business_type": "ftsp",
                          "as_of": "2026-10-31", "flags": {}})
IMPORTER = profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "importer",
                              "as_of": "2026-11-01", "flags": {}})

LOADING_POLICY = [
    "平台货物安全管理办法",
    "第九条 装运出口货物全程视频监控，监控录像保存不少于3个月。",
    "第十条 派员实地监装的比例不低于10%，监装人员填写监装记录并上传照片。",
    "第十一条 发现有违法嫌疑或者高风险的货物，立即暂停装运，采取处置措施并报告海关。",
]
LOADING_HEAD = ["月份", "出口装运票数", "派员实地监装票数", "监装比例", "视频保存天数", "高风险货物处置"]


def _loading(tmp_path: Path, name: str, shares: list[str]):
    b = tmp_path / name
    docx(b / "制度" / "doc07.docx", LOADING_POLICY)
    rows = [[f"2026-0{i + 1}", 3000, 300, share, 120, "无"] for i, share in enumerate(shares)]
    workbook(b / "台账" / "出口监装统计.xlsx", {"监装记录2026": [LOADING_HEAD] + rows})
    return run_pipeline(b, profile=FTSP, write=False).proposals["ftsp.8.2"]


def test_a_supervision_share_below_the_standards_ten_percent_is_a_shortfall(tmp_path):
    """Monthly 监装比例 of 8 % against 不低于10%: not 达标, and the reason gives the measured mean; the same
    log at 12 % raises no such shortfall (the policy's own "不低于10%" is a rule, not a measure)."""
    short = _loading(tmp_path, "short", ["8.2%", "8.4%", "7.9%", "8.6%"])
    said = [r for r in short.reasons if "未达到要求" in r]
    assert said and "8.3%" in said[0] and "不低于10%" in said[0], short.reasons
    assert short.rating != "compliant"
    assert not (short.status == "needs_review" and short.suggested == "compliant")
    enough = _loading(tmp_path, "enough", ["12.1%", "11.8%", "12.4%", "12.0%"])
    assert not any("未达到要求" in r for r in enough.reasons), enough.reasons


DRILL_POLICY = [
    "应急管理规定",
    "第一条 公司制定台风、火灾、停电、系统故障等应急预案。",
    "第二条 每年对员工进行危机管理培训，并组织一次危机处理模拟演练，演练后形成演练记录。",
]
GAP_HEAD = ["条款（标准原文摘录）", "发现", "建议"]
GAP_TEXT = "定期对员工进行危机管理的培训和危机处理模拟演练，让员工了解、掌握在应急处置和异常报告过程中应做的工作。"


def _drill(tmp_path: Path, name: str, finding: str, quoted: str = GAP_TEXT):
    b = tmp_path / name
    docx(b / "制度" / "附件4.docx", DRILL_POLICY)
    workbook(b / "2026资料" / "培训签到.xlsx", {"2026-03-18危机管理培训": [
        ["培训日期", "主题", "姓名", "部门", "签到"],
        ["2026-03-18", "危机管理与应急处置培训", "王强", "仓储部", "王强"],
        ["2026-03-18", "危机管理与应急处置培训", "李娜", "关务部", "李娜"]]})
    docx_with_tables(b / "顾问差距分析报告.docx", ["高级认证差距分析报告", "咨询顾问：赵明 2026年9月10日"],
                     [[GAP_HEAD, [quoted, finding, "年底前组织演练。"]]])
    return run_pipeline(b, profile=IMPORTER, write=False).proposals["common.31.3"]


def test_a_gap_list_quoting_the_sub_item_reports_its_finding(tmp_path):
    """The row quotes 31.3 word for word and finds "2026年未演练": the sub-item has an open problem and is
    not 达标; the same row finding it done and closed (已整改) is no problem."""
    found = _drill(tmp_path, "found", "最近一次综合演练为2025年6月，2026年未演练。")
    assert any("未解决的问题" in r and "顾问差距分析报告" in r for r in found.reasons), found.reasons
    assert found.rating != "compliant" and found.suggested != "compliant"
    closed = _drill(tmp_path, "closed", "已整改：2026年6月已组织台风综合演练，记录齐全。")
    assert not any("顾问差距分析报告" in r and "未解决的问题" in r for r in closed.reasons), closed.reasons


def test_a_gap_list_row_quoting_another_sub_item_is_not_this_ones_finding(tmp_path):
    """The same finding beside the text of the visitor requirement (common.24.3) says nothing of 31.3."""
    other = _drill(tmp_path, "other", "2026年未演练。", quoted="实行访客登记管理，登记时必须检查带有照片的身份证件。")
    assert not any("顾问差距分析报告" in r and "未解决的问题" in r for r in other.reasons), other.reasons


ENTRY_POLICY = [
    "出入管理规定",
    "第一条 外来人员凭身份证件在门卫登记，领取访客证，由被访部门人员陪同。",
    "第二条 外来车辆进出厂区由门卫登记车牌号、进出时间，停放于指定区域。",
]
VISITORS = [["日期", "来访人", "单位", "证件号", "被访人", "访客证号"]] + [
    [f"2026-0{m}-1{d}", f"来访人{m}{d}", "客户公司", f"3301********{m}{d}12", "关务 王强", f"V{m}{d}"]
    for m in range(3, 9) for d in range(1, 4)]
VEHICLES = [["日期", "车牌", "司机", "进场时间", "离场时间", "门卫"]] + [
    [f"2026-0{m}-2{d}", f"浙B{m}{d}123", "陈刚", "09:10", "10:40", "保安 李明"]
    for m in range(3, 9) for d in range(1, 3)]


def _entry(tmp_path: Path, name: str, sheets: dict) -> object:
    b = tmp_path / name
    docx(b / "制度" / "附件6.docx", ENTRY_POLICY)
    workbook(b / "门卫" / "门卫台账2026.xlsx", sheets)
    return run_pipeline(b, profile=IMPORTER, write=False).proposals["common.24.1"]


def test_people_and_vehicles_both_kept_before_entry_control_is_met_unattended(tmp_path):
    """Issue 12, abstain rather than guess: the requirement names people and vehicles; a visitor book kept
    all year without any vehicle log is not 达标 unattended — a person looks, the reason names the vehicle
    log (elements.yaml ``must_see``); the same with the vehicle sheet beside it is no such case."""
    people = _entry(tmp_path, "people", {"来访登记": VISITORS})
    assert people.rating != "compliant", (people.rating, people.reasons)
    assert any("车辆出入登记记录" in r for r in people.reasons + people.missing), people.reasons
    both = _entry(tmp_path, "both", {"来访登记": VISITORS, "车辆进出": VEHICLES})
    assert not any("车辆出入登记记录" in r for r in both.reasons + both.missing), both.reasons
