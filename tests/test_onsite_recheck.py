"""A platform re-checks its high-value and high-risk clients on site (ftsp.7.6: "通过实地考察的方式…重新核查"):
a desk review or a video call is monitoring, not the on-site re-check, and the on-site re-check is a record
the auditor must see (elements.yaml). Real Word and Excel files through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx, workbook

PROFILE = profile_from_dict({"enterprise": "广州穗贸通外贸综合服务有限公司", "level": "advanced",
                             "business_type": "ftsp", "as_of": "2026-10-01", "flags": {}})
RULE = ["穗贸通平台客户风险管理办法",
        "第八条 年出口额超过两千万元、近一年有违法记录或风险等级为C级的客户列为重点客户，由风险管理部按季度监控"
        "其订单、申报差错和信用变化，形成季度复核记录。",
        "第九条 对重点客户每年至少通过实地考察的方式重新核查一次，核查生产能力、贸易真实性和进出口规模与产能是否匹配，"
        "形成实地核查报告。"]
CLIENTS = [("KH1021", "佛山顺德宏业五金制品有限公司"), ("KH1034", "东莞长安精艺塑胶有限公司"),
           ("KH1107", "中山小榄明辉灯饰有限公司")]


def _bundle(root: Path, on_site: bool) -> Path:
    docx(root / "制度" / "平台客户风险管理办法.docx", RULE)
    rows = [["复核日期", "客户编号", "客户名称", "复核原因", "复核方式", "结论", "复核人"]]
    for q, day in enumerate(("2026-01-12", "2026-04-09", "2026-07-10")):
        for code, name in CLIENTS:
            way = "实地考察，核对生产线与订单" if on_site and q == 1 else ("资料复核" if code != "KH1034" else "视频连线")
            rows.append([day, code, name, "重点客户季度复核", way, "维持", "风控专员 黄嘉欣"])
    workbook(root / "台账" / "风控引擎导出_20260915.xlsx", {"重点客户复核": rows})
    return root


def test_desk_reviews_and_video_calls_are_no_on_site_re_check(tmp_path):
    """Three quarters of desk reviews and video calls of the key clients, no visit: never 达标 unattended —
    a person checks, with 基本达标 suggested and the on-site re-check named as not seen."""
    p = run_pipeline(_bundle(tmp_path, on_site=False), profile=PROFILE, write=False).proposals["ftsp.7.6"]
    assert p.rating != "compliant" or p.status == "needs_review", (p.rating, p.reasons)
    assert (p.suggested or p.rating) == "basically_compliant", (p.rating, p.suggested, p.reasons)
    assert any("实地" in r for r in list(p.reasons) + list(p.missing)), (p.reasons, p.missing)


def test_a_quarter_of_visits_is_the_on_site_re_check(tmp_path):
    """The same log where the second quarter's reviews were visits to the factories: 达标."""
    p = run_pipeline(_bundle(tmp_path, on_site=True), profile=PROFILE, write=False).proposals["ftsp.7.6"]
    assert p.rating == "compliant" and p.status != "needs_review", (p.rating, p.status, p.reasons)


ADMISSION = ["穗贸通平台客户准入管理办法",
             "第五条 风险管理部对申请准入的生产型客户实地考察其工厂，核查生产能力、贸易真实性和出口规模与产能是否匹配，"
             "在平台准入审核表中填写实地考察日期和结论。"]
APPLICANTS = [("ZR202601001", "佛山顺德宏业五金制品有限公司", "2026-01-08"),
              ("ZR202603002", "东莞长安精艺塑胶有限公司", "2026-03-16"),
              ("ZR202606003", "中山小榄明辉灯饰有限公司", "2026-06-02")]


def _admissions(root: Path, visited: bool) -> Path:
    docx(root / "制度" / "平台客户准入管理办法.docx", ADMISSION)
    rows = [["申请编号", "客户名称", "客户类型", "申请日期", "核查方式", "实地考察日期", "产能与出口规模", "结论", "审核人"]]
    for code, name, day in APPLICANTS:
        rows.append([code, name, "生产型", day, "实地考察" if visited else "视频远程核验",
                     day if visited else None, "匹配", "准入", "风控专员 黄嘉欣"])
    workbook(root / "平台导出" / "平台数据导出_20260915.xlsx", {"客户准入审核": rows})
    return root


def test_a_column_left_blank_on_every_row_records_no_visit(tmp_path):
    """An admission log with a column 实地考察日期 that no row fills in (each check was a video call): the
    column's label is no record of a visit — not 达标 unattended."""
    p = run_pipeline(_admissions(tmp_path, visited=False), profile=PROFILE, write=False).proposals["ftsp.7.2"]
    assert p.rating != "compliant" or p.status == "needs_review", (p.rating, p.reasons)


def test_the_same_column_filled_in_is_the_record_of_the_visits(tmp_path):
    """The same log with the visit dates filled in: 达标."""
    p = run_pipeline(_admissions(tmp_path, visited=True), profile=PROFILE, write=False).proposals["ftsp.7.2"]
    assert p.rating == "compliant" and p.status != "needs_review", (p.rating, p.status, p.reasons)
