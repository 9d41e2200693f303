"""A log filed as one volume of a series (工作台账2025) that falls silent months before its own period ends
has stopped: the back-ups logged every three weeks until 2025-08-01 and then no more (``_volume_end``, ``备份`` among
``log_rhythm_words`` in rating_rules.yaml). A volume kept up to its end is still one whose next volume may
simply not be in the bundle. Real Word and Excel files through the real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx, workbook

PROFILE = profile_from_dict({"enterprise": "成都青港通关务代理有限公司", "level": "general",
                             "business_type": "broker", "as_of": "2026-03-31", "flags": {}})
RULE = ["信息安全管理制度",
        "第一条 系统账号由IT管理员按岗位审批开通，密码每90天更换一次，员工离职当日停用其系统账号。",
        "第二条 办公电脑统一安装杀毒软件，服务器开启防火墙。",
        "第三条 每周五由IT管理员将业务系统数据全量备份到移动硬盘，并登记《数据备份记录》。"]


def _bundle(root: Path, last: dt.date) -> Path:
    docx(root / "制度" / "信息安全管理制度.docx", RULE)
    rows = [["日期", "备份类型", "介质", "执行人", "校验"]]
    day = dt.date(2025, 1, 3)
    while day <= last:
        rows.append([day.isoformat(), "全量", "移动硬盘IT-02", "赵磊", "正常"])
        day += dt.timedelta(days=21)
    workbook(root / "台账" / "工作台账2025.xlsx", {"数据备份记录": rows})
    return root


def test_a_back_up_log_silent_months_before_its_volume_ends_has_stopped(tmp_path):
    """Back-ups logged every three weeks from January to 2025-08-01 in the 2025 workbook, read on 2026-03-31:
    nothing from August to the year's end (more than ``log_rhythm_min_days``), so never 达标 unattended, and
    the reason names the stop."""
    p = run_pipeline(_bundle(tmp_path, dt.date(2025, 8, 1)), profile=PROFILE, write=False).proposals["common.10.1"]
    assert p.rating != "compliant", (p.rating, p.reasons)
    assert any("2025-08-01" in r and "中断" in r for r in p.reasons), p.reasons


def test_a_back_up_log_kept_to_its_volumes_end_has_not_stopped(tmp_path):
    """The same log kept to 2025-12-26: the 2025 volume is complete; the 2026 one may not be in the bundle."""
    p = run_pipeline(_bundle(tmp_path, dt.date(2025, 12, 31)), profile=PROFILE, write=False).proposals["common.10.1"]
    assert not any("中断" in r for r in p.reasons), p.reasons
