"""Preliminary ratings: applicability by profile flags, windows at their edges, frequency, role and
retention shortfalls, findings in records, and never 达标 without evidence."""

from __future__ import annotations

import pytest

from evidence_checker.catalog import load_standard
from evidence_checker.profile import profile_from_dict
from evidence_checker.propose import propose
from evidence_checker.results import EvidenceHit

STD = load_standard("2018-177")
ADV_IMP = STD.assessment("advanced", "importer")


def profile(**flags):
    return profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "importer",
                              "as_of": "2026-11-01", "flags": flags})


def hit(pid, path, text, kind, *, score=0.8, core=("培训",), name=0.0):
    return EvidenceHit(passage_id=pid, path=path, page=None, locator=pid, text=text, score=score,
                       why={"kind": kind, "core_hits": len(core), "core": list(core), "concepts": list(core),
                            "terms": list(core), "name": name})


def row(pid, path, text, sheet="签到"):
    return {"id": pid, "path": path, "page": 1, "locator": f"{sheet}!{pid}", "text": text, "norm": text,
            "kind": "sheet_row"}


def para(pid, path, text):
    return {"id": pid, "path": path, "page": None, "locator": pid, "text": text, "norm": text, "kind": "paragraph"}


def run(evidence, passages=(), prof=None, assessment=ADV_IMP, elements=None):
    props, items = propose(assessment, prof or profile(), evidence, passages=list(passages), elements=elements)
    return props, items


# ---------------------------------------------------------------------------------------------
# applicability

def _flag_units():
    """(flag, level, business type, unit id, how) for every flag a catalog condition names."""
    seen = {}
    for level in ("advanced", "general"):
        for btype in ("importer", "broker", "ftsp"):
            a = STD.assessment(level, btype)
            for item, unit in a.rated_units():
                for cond in (item.condition, unit.condition):
                    if cond is None:
                        continue
                    for f in cond.any_of:
                        seen.setdefault((f, "any_of"), (level, btype, unit.id))
                    for f in cond.none_of:
                        seen.setdefault((f, "none_of"), (level, btype, unit.id))
    return [(f, how, *where) for (f, how), where in sorted(seen.items())]


@pytest.mark.parametrize("flag,how,level,btype,uid", _flag_units())
def test_each_flag_decides_applicability(flag, how, level, btype, uid):
    a = STD.assessment(level, btype)

    def rating(value):
        prof = profile_from_dict({"level": level, "business_type": btype, "as_of": "2026-11-01",
                                  "flags": {flag: value}})
        p = propose(a, prof, {})[0][uid]
        return p

    off, on = rating(False), rating(True)
    if how == "any_of":
        assert off.rating == "not_applicable" and on.rating != "not_applicable"
        assert "适用条件不满足" in off.reasons[0] and f"“{STD.flags[flag].label}”" in off.reasons[0]
    else:
        assert on.rating == "not_applicable" and off.rating != "not_applicable"


def test_every_profile_flag_is_covered_by_a_condition_or_a_rule():
    used = {f for f, *_ in _flag_units()} | {"special_zone", "pure_trading", "pure_brokerage", "producer"}
    assert set(STD.flags) <= used


def test_special_zone_deems_premises_met():
    props, _ = run({}, prof=profile(special_zone=True))
    p = props["importer.10.4"]
    assert p.rating == "compliant" and "海关特殊监管区" in p.reasons[0]
    props, _ = run({})
    assert props["importer.10.4"].rating == "non_compliant"


# ---------------------------------------------------------------------------------------------
# never 达标 without evidence

@pytest.mark.parametrize("level,btype", [(lv, bt) for lv in ("advanced", "general")
                                         for bt in ("importer", "broker", "ftsp")])
def test_nothing_found_is_never_compliant(level, btype):
    a = STD.assessment(level, btype)
    prof = profile_from_dict({"level": level, "business_type": btype, "as_of": "2026-11-01",
                              "flags": {f: True for f in ("food", "processing_trade", "animal_plant")}})
    props, _ = propose(a, prof, {})
    for uid, p in props.items():
        assert p.rating != "compliant", uid
        if p.rating == "non_compliant" and a.item_of(uid).category in ("internal_control", "trade_security"):
            assert "未找到证据" in p.reasons[0]


def test_legal_units_without_records_need_review_and_say_what_to_check():
    props, items = run({})
    p = props["common.14"]
    assert p.rating is None and p.status == "needs_review" and p.missing
    assert items["common.14"]["rating"] is None


# ---------------------------------------------------------------------------------------------
# policy, records, windows, frequencies

POLICY = "01 海关业务培训/海关法律法规培训管理办法.docx"
SIGNIN = "01 海关业务培训/2026年海关业务培训签到表.xlsx"


def training(dates, roles=("法定代表人", "关务负责人")):
    """Evidence and passages for common.1.2: a policy and a sign-in sheet with one row per role and date."""
    rows = [row("A1", SIGNIN, "海关业务培训签到表")]
    for i, d in enumerate(dates):
        for j, r in enumerate(roles):
            rows.append(row(f"A{i}{j}", SIGNIN, f"日期: {d} | 姓名: 某{j} | 职务: {r} | 签名: 某{j}"))
    evidence = {"common.1.2": [
        hit("p1", POLICY, "第五条 法定代表人、关务负责人每年参加海关法律法规培训不少于两次。", "policy",
            core=("法定代表人", "关务负责人")),
        hit("A1", SIGNIN, "海关业务培训签到表", "record", score=0.7, core=("培训签到",)),
    ]}
    return evidence, rows + [para("p1", POLICY, evidence["common.1.2"][0].text)]


def test_two_trainings_in_the_window_with_both_roles_are_compliant():
    ev, ps = training(["2025-11-01", "2026-05-10"])  # the first exactly one year before as_of
    p = run(ev, ps)[0]["common.1.2"]
    assert p.rating == "compliant", p.reasons
    assert p.evidence and "p1" in p.evidence


def test_a_training_one_day_before_the_window_does_not_count():
    ev, ps = training(["2025-10-31", "2026-05-10"])
    p = run(ev, ps)[0]["common.1.2"]
    assert p.rating == "basically_compliant"
    assert any("每年参加2次以上" in r for r in p.reasons)
    occasions = next(f for f in p.facts if f.get("threshold") == "training_min_per_year")
    assert occasions["found"] == 1


def test_general_level_needs_one_training_only():
    gen = STD.assessment("general", "importer")
    ev, ps = training(["2026-05-10"])
    prof = profile_from_dict({"level": "general", "business_type": "importer", "as_of": "2026-11-01"})
    assert propose(gen, prof, ev, passages=ps)[0]["common.1.2"].rating == "compliant"


def test_a_required_role_missing_from_the_sign_in_sheets_is_a_shortfall():
    ev, ps = training(["2025-12-01", "2026-05-10"], roles=("法定代表人", "报关员"))
    p = run(ev, ps)[0]["common.1.2"]
    assert p.rating == "basically_compliant"
    assert any("关务负责人参加0次" in r for r in p.reasons)


def test_a_role_is_recognised_by_the_name_of_the_person_holding_it():
    ev, ps = training(["2025-12-01", "2026-05-10"], roles=("法定代表人", "王晓燕"))
    ps.append(para("org1", "02 组织架构/组织架构说明.docx", "关务负责人：王晓燕；法定代表人：周建华"))
    # the count of trainings per role, without the requirement elements (which read words, not names:
    # with them the sheet covers too few of the roles named in the standard and a person decides)
    assert run(ev, ps, elements={})[0]["common.1.2"].rating == "compliant"
    p = run(ev, ps)[0]["common.1.2"]
    assert p.status == "needs_review" and p.suggested == "compliant"


def test_policy_without_records_is_basically_compliant_and_says_what_is_missing():
    ev = {"common.23.1": [hit("s1", "23 场所安全/厂区安全管理制度.docx", "第一条 为加强厂区安全管理，制定本制度。",
                              "policy", core=("场所安全", "安全管理制度"))]}
    p = run(ev, [para("s1", "23 场所安全/厂区安全管理制度.docx", "第一条 为加强厂区安全管理，制定本制度。")])[0]["common.23.1"]
    assert p.rating == "basically_compliant"
    assert any("执行记录" in m for m in p.missing)


def test_retention_shorter_than_required_is_a_shortfall():
    path = "10 数据管理/信息系统管理制度.docx"

    log = "10 数据管理/备份日志2026.xlsx"
    backup = "日期: 2026-06-05 | 内容: 服务器数据全量备份至NAS | 结果: 成功 | 操作人: 王工"

    def rating(text, with_log=False):
        ev = {"common.10": [hit("d1", path, text, "policy", core=("数据保存", "系统管理制度"))]}
        ps = [para("d1", path, text)]
        if with_log:
            ev["common.10"].append(hit("b1", log, backup, "record", score=0.7, core=("备份",)))
            ps.append(row("b1", log, backup, sheet="备份"))
        return run(ev, ps)[0]["common.10"]

    short = rating("第五条 信息系统管理制度规定业务数据保存2年。")
    assert short.rating == "basically_compliant" and any("短于要求" in r for r in short.reasons)
    # the policy says five years and weekly back-ups: whether they run is not shown, a person decides
    said = rating("第五条 信息系统管理制度规定业务数据保存五年以上，每周备份。")
    assert said.status == "needs_review" and said.suggested == "basically_compliant"
    assert not any("短于要求" in r for r in said.reasons)
    assert rating("第五条 信息系统管理制度规定业务数据保存五年以上，每周备份。", with_log=True).rating == "compliant"
    unstated = rating("第五条 信息系统管理制度规定业务数据应定期备份。")
    assert unstated.rating == "basically_compliant" and any("未见保存期限" in m for m in unstated.missing)


def test_retention_stated_in_another_article_of_the_policy_counts():
    """The matcher ranked 第二条 first, which names no period; 第九条 of the same policy says how long the
    data is kept: an auditor reads the whole document, so does the check — a period for something else
    (录像 for data) or a period in another company's file does not count."""
    path = "10 数据管理/信息系统管理制度.docx"
    log = "10 数据管理/备份日志2026.xlsx"
    backup = "日期: 2026-06-05 | 内容: 服务器数据全量备份至NAS | 结果: 成功 | 操作人: 王工"
    first = "第二条 信息部负责业务系统运行维护及数据备份。"

    def rating(later):
        ev = {"common.10": [hit("d1", path, first, "policy", core=("数据备份", "系统管理制度")),
                            hit("b1", log, backup, "record", score=0.7, core=("备份",))]}
        ps = [para("d1", path, first), para("d9", path, later), row("b1", log, backup, sheet="备份")]
        return run(ev, ps)[0]["common.10"]

    kept = rating("第九条 报关及业务数据在系统中保存五年以上，不得删除。")
    assert kept.rating == "compliant", (kept.rating, kept.status, kept.reasons, kept.missing)
    short = rating("第九条 系统业务数据保存1年，到期清理。")
    assert short.rating == "basically_compliant" and any("短于要求" in r for r in short.reasons)
    video = rating("第九条 监控录像保存90天。")
    assert video.rating == "basically_compliant" and any("未见保存期限" in m for m in video.missing)


def test_data_found_only_from_a_recent_day_falls_short_though_the_policy_keeps_it_five_years():
    """The policy keeps data five years and back-ups run, but the platform's own screenshot says its data
    begins on 2024-07-01 (旧系统数据未迁移, ho6): on 2026-11-01 that is not three years of data. The earliest
    day any passage gives counts (a back-up log reaching 2019-03 makes the data old enough)."""
    path = "10 数据管理/信息系统管理制度.docx"
    log = "10 数据管理/备份日志2026.xlsx"
    backup = "日期: 2026-06-05 | 内容: 服务器数据全量备份至NAS | 结果: 成功 | 操作人: 王工"
    policy = "第九条 报关及业务数据在系统中保存五年以上，不得删除，每日备份。"
    shot = "截图/平台截图_订单查询.png"

    def rating(*screens):
        ev = {"common.10": [hit("d1", path, policy, "policy", core=("数据保存", "系统管理制度")),
                            hit("b1", log, backup, "record", score=0.7, core=("备份",))]}
        ps = [para("d1", path, policy), row("b1", log, backup, sheet="备份")]
        ps += [para(f"s{i}", shot, t) for i, t in enumerate(screens)]
        return run(ev, ps)[0]["common.10"]

    assert rating().rating == "compliant"
    recent = rating("订单号 / 报关单号 / 客户 / 日期区间 数据起始 : 2024-07-01")
    assert recent.rating == "basically_compliant", (recent.rating, recent.status, recent.reasons)
    assert any("2024-07-01" in m and "平台截图_订单查询.png" in m for m in recent.missing), recent.missing
    old_enough = rating("订单号 / 报关单号 / 客户 / 日期区间 数据起始 : 2024-07-01", "最早可查数据: 2019-03（ERP上线）")
    assert old_enough.rating == "compliant", (old_enough.rating, old_enough.reasons)


def test_a_period_for_paper_files_is_not_the_period_data_is_kept():
    """Two articles of the policy come up for the data unit: 纸质档案保存期限不少于三年 (paper files) and
    业务数据保存期限不少于二年 (the data). The standard asks for data kept 3 years: the paper period is not
    it, so the two years the policy gives the data are short of the requirement."""
    path = "10 数据管理/管理制度汇编2026版.docx"
    log = "10 数据管理/备份日志2026.xlsx"
    backup = "日期: 2026-06-05 | 内容: 服务器数据全量备份至NAS | 结果: 成功 | 操作人: 王工"
    paper = "第十二条 纸质档案保存期限不少于三年。借阅档案须登记，当日归还。"
    data = "第十八条 业务数据每周由综合办公室备份至移动硬盘一次。业务数据保存期限不少于二年。"
    ev = {"common.10": [hit("d1", path, paper, "policy", core=("保存期限", "档案")),
                        hit("d2", path, data, "policy", score=0.75, core=("数据备份", "保存期限")),
                        hit("b1", log, backup, "record", score=0.7, core=("备份",))]}
    ps = [para("d1", path, paper), para("d2", path, data), row("b1", log, backup, sheet="备份")]
    p = run(ev, ps)[0]["common.10"]
    assert p.rating == "basically_compliant", (p.rating, p.status, p.reasons)
    assert any("“不少于二年”" in r and "短于要求" in r for r in p.reasons), p.reasons


def test_ninety_days_of_video_is_three_months():
    """ftsp.8.2 asks for loading video kept 3 months. 90天 is three months as an auditor counts them (not
    90/365 of a year, which is less than 3/12); 30天 is short, and the shortfall quotes the policy's words."""
    path = "制度/贸易安全管理手册.docx"
    log = "台账/监装台账2026.xlsx"
    loaded = "日期: 2026-06-05 | 柜号: TGHU1234567 | 监装人: 王工 | 视频: 已录制 | 监装比例: 12%"

    def reasons(period: str) -> tuple:
        text = f"第十条 装运出口货物全程视频监控，监控录像保存{period}，派员实地监装比例不低于10%。"
        ev = {"ftsp.8.2": [hit("v1", path, text, "policy", core=("视频监控", "监装")),
                           hit("l1", log, loaded, "record", score=0.7, core=("监装",))]}
        props = run(ev, [para("v1", path, text), row("l1", log, loaded, sheet="监装")],
                    assessment=STD.assessment("advanced", "ftsp"))[0]
        return props["ftsp.8.2"].reasons + props["ftsp.8.2"].missing

    assert not any("短于要求" in r for r in reasons("90天")), reasons("90天")
    assert any("“30天”" in r and "短于要求" in r for r in reasons("30天")), reasons("30天")


def test_a_short_period_for_back_ups_does_not_hide_the_period_for_data():
    """The matcher found 第五条 (back-up copies kept 10 days); 第六条 of the same policy keeps the business
    data five years. The data's period is the one the standard asks about: no shortfall."""
    path = "10 数据管理/信息系统管理制度.docx"
    log = "10 数据管理/备份日志2026.xlsx"
    backup = "日期: 2026-06-05 | 内容: 服务器数据全量备份至NAS | 结果: 成功 | 操作人: 王工"
    first = "第五条 系统数据每日备份，备份数据保留10天。"
    ev = {"common.10": [hit("d1", path, first, "policy", core=("数据备份", "系统管理制度")),
                        hit("b1", log, backup, "record", score=0.7, core=("备份",))]}
    ps = [para("d1", path, first), para("d2", path, "第六条 业务数据在系统中保存五年以上。"),
          row("b1", log, backup, sheet="备份")]
    p = run(ev, ps)[0]["common.10"]
    assert not any("短于要求" in r for r in p.reasons + p.missing), (p.rating, p.reasons)
    alone = run(ev, ps[:1] + ps[2:])[0]["common.10"]
    assert any("“10天”" in r and "短于要求" in r for r in alone.reasons), alone.reasons


def test_a_staff_list_updated_within_half_a_year_is_a_live_list():
    """The unit asks for a live (动态) staff list; the standard gives no period. A roster whose last change
    is five months old is live (rating_rules.yaml: max_age_months 6); one last changed nine months ago,
    with the staff who joined since missing, is not."""
    uid = next(u.id for _, u in ADV_IMP.rated_units() if "动态" in u.text and "员工" in u.text)
    path, roster = "人事/员工档案管理制度.docx", "人事/员工花名册.xlsx"
    rule = "第三条 人事部为每名员工建立档案，员工入职、调岗、离职时更新员工花名册。"

    def reasons(last: str) -> tuple:
        rows = [f"工号: A00{i} | 姓名: 员工{i} | 部门: 关务部 | 入职日期: {d} | 状态: 在职"
                for i, d in enumerate(("2019-03-01", "2023-07-15", last), 1)]
        ev = {uid: [hit("p1", path, rule, "policy", core=("员工档案", "花名册"))]
              + [hit(f"r{i}", roster, t, "record", score=0.7, core=("花名册",)) for i, t in enumerate(rows, 1)]}
        ps = [para("p1", path, rule)] + [row(f"r{i}", roster, t, sheet="花名册") for i, t in enumerate(rows, 1)]
        p = run(ev, ps)[0][uid]
        return p.reasons + p.missing

    assert not any("不是动态清单" in r for r in reasons("2026-06-01")), reasons("2026-06-01")
    assert any("最近更新于2026-02-01" in r and "不是动态清单" in r for r in reasons("2026-02-01")), reasons("2026-02-01")


def test_no_client_training_this_year_is_basically_met_beside_a_policy_for_clients():
    """broker.1 asks for a policy of training clients and a session every year. With that policy and no
    session in the window the writers rate 基本达标; when the only rules found are about training the
    staff, neither the unit's policy nor its records are there: 不达标."""
    path = "制度/关务管理手册.docx"

    def rating(rule: str) -> object:
        ev = {"broker.1": [hit("p1", path, rule, "policy", core=("客户培训", "海关法律法规"))]}
        prof = profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "broker",
                                  "as_of": "2026-11-01", "flags": {}})
        return run(ev, [para("p1", path, rule)], prof=prof, assessment=STD.assessment("advanced", "broker"))[0]["broker.1"]

    own = rating("第八条 公司建立客户培训制度，每年至少举办一次客户政策宣讲会，向客户讲解海关法律法规和申报要求。")
    assert own.rating == "basically_compliant", (own.rating, own.reasons)
    staff = rating("第八条 公司每年组织员工参加海关法律法规培训，培训计划由关务部制定。")
    assert staff.rating == "non_compliant", (staff.rating, staff.reasons)


def test_a_year_the_passage_also_dates_by_month_is_of_that_month():
    """An archive register's row lists 2025年度关务内审报告 formed in 2025-07: the row is of July 2025, not of
    a year reaching into a window that starts in October 2025 — no day of the window comes from it. A year
    alone still counts as its last day inside the window."""
    import datetime as dt

    from evidence_checker.propose import _dates

    start, as_of = dt.date(2025, 9, 30), dt.date(2026, 9, 30)
    listed = [{"text": "编号: RZ-03 | 资料名称: 2025年度关务内审报告 | 形式: 纸质 | 形成日期: 2025-07", "path": "台账.xlsx"}]
    assert not [d for d in _dates(listed, start, as_of) if start <= d.date <= as_of]
    alone = [{"text": "2025年度关务内审报告", "path": "内审/报告.pdf"}]
    assert [d.date for d in _dates(alone, start, as_of)] == [dt.date(2025, 12, 31)]


def test_an_open_finding_in_the_records_blocks_compliant():
    path = "23 场所安全/2026年巡查记录.xlsx"
    policy = "23 场所安全/厂区安全管理制度.docx"
    base = [hit("pol", policy, "第四条 围墙、停车场配备夜间照明。", "policy", core=("照明", "停车场")),
            hit("r1", path, "日期: 2026-06-01 | 检查情况: 照明正常", "record", core=("照明", "围墙"), name=0.6)]
    rows = [row("r1", path, "日期: 2026-06-01 | 检查情况: 照明正常", "巡查"), para("pol", policy, base[0].text)]
    assert run({"importer.10.3": base}, rows)[0]["importer.10.3"].rating == "compliant"
    bad = "日期: 2026-08-25 | 检查情况: 东侧路灯仍未修复，停车场照明偏暗"
    ev = {"importer.10.3": base + [hit("r2", path, bad, "record", core=("照明", "停车场"), score=0.7)]}
    p = run(ev, rows + [row("r2", path, bad, "巡查")])[0]["importer.10.3"]
    assert p.rating == "basically_compliant" and any("未解决的问题" in r for r in p.reasons)


def test_visitor_log_without_id_check_is_a_shortfall():
    policy = "24 进入安全/访客管理制度.docx"
    log = "24 进入安全/2026年访客登记表.xlsx"
    ev = {"common.24.3": [hit("v1", policy, "第四条 访客须出示身份证件并登记，佩戴临时访客证，由被访人陪同。", "policy",
                              core=("访客", "登记")),
                          hit("L1", log, "访客登记表", "record", core=("访客登记",), name=0.6)]}
    rows = [row("L1", log, "访客登记表", "1月"),
            row("L2", log, "日期: 2026-03-18 | 来访人员: 张三 | 单位: 某物流 | 事由: 提货", "1月"),
            para("v1", policy, ev["common.24.3"][0].text)]
    p = run(ev, rows)[0]["common.24.3"]
    assert p.rating == "basically_compliant"
    assert any("证件" in r and "陪同" in r for r in p.reasons)
    full = rows[:1] + [row("L2", log, "日期: 2026-03-18 | 来访人员: 张三 | 证件号码: 3201 | 访客证: V12 | 陪同人: 李四",
                           "1月"), rows[2]]
    assert run(ev, full)[0]["common.24.3"].rating == "compliant"


def test_items_take_their_worst_subitem():
    ev, ps = training(["2025-10-31", "2026-05-10"])
    props, items = run(ev, ps)
    assert props["common.1.2"].rating == "basically_compliant"
    assert items["common.1"]["rating"] in ("basically_compliant", "non_compliant")
    assert items["common.1"]["rating"] == ("non_compliant" if props["common.1.1"].rating == "non_compliant"
                                           else "basically_compliant")


def test_pure_trading_extension_wants_the_logistics_company_files():
    policy = "28 集装箱安全/集装箱检查规定.docx"
    own = {"importer.13.1": [hit("c1", policy, "第三条 装货前按前壁、左侧、右侧、地板、顶部、内外门、外部七点检查并登记。",
                                 "policy", core=("七点检查", "集装箱检查"))]}
    rows = [para("c1", policy, own["importer.13.1"][0].text)]
    plain = run(own, rows)[0]["importer.13.1"]
    extended = run(own, rows, prof=profile(pure_trading=True))[0]["importer.13.1"]
    assert not any("延伸认证" in r for r in plain.reasons)
    assert any("延伸认证" in r and "未见该企业的文件" in r for r in extended.reasons)
    assert any("物流运输企业" in m for m in extended.missing)
    partner = "延伸认证-顺港物流/集装箱7点检查表2026.xlsx"
    ev = {"importer.13.1": own["importer.13.1"] + [
        hit("k1", partner, "日期: 2026-05-12 | 柜号: TGHU1234567 | 7点检查: 合格 | 检查人: 王五", "record",
            core=("7点检查",), name=0.6)]}
    ok = run(ev, rows + [row("k1", partner, ev["importer.13.1"][1].text, "检查")],
             prof=profile(pure_trading=True))[0]["importer.13.1"]
    assert any("已见该企业材料" in r for r in ok.reasons)


def test_extension_without_the_company_files_leaves_a_compliant_reading_to_a_person():
    """The trader's own policy and check log would be 达标; with no file of the logistics company a person
    decides whether they cover it (达标 suggested) — no 基本达标 the standard does not give."""
    policy = "28 集装箱安全/集装箱检查规定.docx"
    log = "台账/集装箱7点检查表2026.xlsx"
    ev = {"importer.13.1": [
        hit("c1", policy, "第三条 装货前按前壁、左侧、右侧、地板、顶部、内外门、外部七点检查并登记。",
            "policy", core=("七点检查", "集装箱检查")),
        hit("k1", log, "日期: 2026-05-12 | 柜号: TGHU1234567 | 前壁: 完好 | 左侧: 完好 | 右侧: 完好 | 地板: 完好 | "
            "顶部: 完好 | 内/外门及锁闭系统: 完好 | 外部/起落架: 完好 | 检查人: 王五", "record", core=("7点检查",), name=0.6)]}
    rows = [para("c1", policy, ev["importer.13.1"][0].text), row("k1", log, ev["importer.13.1"][1].text, "检查")]
    plain = run(ev, rows)[0]["importer.13.1"]
    assert plain.rating == "compliant", plain.reasons
    extended = run(ev, rows, prof=profile(pure_trading=True))[0]["importer.13.1"]
    assert extended.status == "needs_review" and extended.rating is None
    assert extended.suggested == "compliant"
    assert any("是否涵盖该企业须人工确认" in r for r in extended.reasons)
    assert any("物流运输企业" in m for m in extended.missing)


def test_extended_company_without_policy_or_records_for_the_item_is_non_compliant():
    policy = "28 集装箱安全/集装箱检查规定.docx"
    note = "延伸认证-顺驰运输/顺驰运输关于集装箱检查情况的说明.docx"
    ev = {"importer.13.1": [
        hit("c1", policy, "第三条 装货前按七点检查法检查集装箱并登记。", "policy", core=("七点检查", "集装箱检查")),
        hit("n1", note, "我司提箱时由司机目视检查箱体外观，未按七点检查法检查。", "other", core=("七点检查",))]}
    rows = [para("c1", policy, ev["importer.13.1"][0].text), para("n1", note, ev["importer.13.1"][1].text)]
    p = run(ev, rows, prof=profile(pure_trading=True))[0]["importer.13.1"]
    assert p.rating == "non_compliant"
    assert "该企业的材料中未见本项的制度或记录" in p.reasons[0]


def test_a_log_named_for_a_record_that_is_the_units_alone_counts_row_by_row():
    """names_log (elements.yaml): a sheet named 证书登记 is the certificate review record, though its rows name
    no core term of the unit (报关单号, 复核人); without the mark only rows naming the unit count."""
    from dataclasses import replace

    from evidence_checker.elements import load_elements

    policy = "制度/单证复核规定.docx"
    log = "台账/2026台账.xlsx"
    ev = {"importer.1.2": [hit("p1", policy, "第五条 进口许可证、原产地证书等随附单证由关务部复核后方可申报。", "policy",
                               core=("许可证",))]}
    rows = [para("p1", policy, ev["importer.1.2"][0].text),
            row("h", log, "日期 | 报关单号 | 单证 | 复核人", "证书登记"),
            row("r1", log, "日期: 2026-05-12 | 报关单号: 310120260001 | 单证: 齐全 | 复核人: 李四", "证书登记"),
            row("r2", log, "日期: 2026-08-03 | 报关单号: 310120260077 | 单证: 齐全 | 复核人: 李四", "证书登记")]
    licensed = profile(licensed_goods=True)
    marked = run(ev, rows, prof=licensed)[0]["importer.1.2"]
    elements = load_elements()
    key = ("advanced", "importer.1.2")
    assert any(e.names_log for e in elements[key].elements)
    unmarked = dict(elements)
    unmarked[key] = replace(elements[key], elements=tuple(replace(e, names_log=False) for e in elements[key].elements))
    plain = run(ev, rows, prof=licensed, elements=unmarked)[0]["importer.1.2"]
    assert plain.rating == "basically_compliant", plain.reasons
    assert not any("2026-05-12" in str(f) for f in plain.facts)
    assert any("2026-05-12" in str(f) for f in marked.facts), marked.reasons


def test_a_row_of_the_event_log_telling_the_event_and_what_was_done_is_the_record():
    """A sheet named for the record (应急演练 for 演练记录) whose row tells an emergency and what was done
    (台风 … 漏水 | 受潮纸箱转移) is the record of an emergency handled, though it names no core term."""
    policy = "制度/应急管理制度.docx"
    log = "台账汇总2026.xlsx"
    ev = {"common.30.2": [hit("p1", policy, "第三条 事件发生后，现场人员立即报告，应急小组启动应急处置，保护货物与人员安全。",
                              "policy", core=("应急处置",))]}
    rows = [para("p1", policy, ev["common.30.2"][0].text),
            row("h", log, "日期 | 类型 | 内容 | 参加 | 措施", "应急演练"),
            row("e1", log, "日期: 2026-08-01 | 类型: 实际事件 | 内容: 台风致保税仓库东侧漏水 | 参加: 仓储、保安 | "
                           "措施: 受潮纸箱转移，当日报告主管海关", "应急演练")]
    p = run(ev, rows)[0]["common.30.2"]
    assert any("2026-08-01" in str(f) for f in p.facts), p.reasons
    quiet = rows[:2] + [row("e1", log, "日期: 2026-08-01 | 类型: 例会 | 内容: 仓库月度例会 | 参加: 仓储、保安 | "
                                       "措施: 无", "应急演练")]
    assert not any("2026-08-01" in str(f) for f in run(ev, quiet)[0]["common.30.2"].facts)


def test_policy_and_records_in_neighbouring_words_go_to_a_person_suggesting_compliant():
    """The leaving rule and the badge log are there, but in words near the unit's and not its own (收回工牌,
    离职回收 — no core concept of 离职停职收回证件设备 named): not 达标 unattended, and the suggestion is the
    rating the evidence would earn (达标), not 不达标 — the writers rated 26 of 28 such units 达标."""
    policy = "第十二条 员工离职须办理交接：收回工牌、门禁卡、电脑及钥匙，IT 当日停用系统账号。"
    rows = ["日期: 2026-02-27 | 姓名: 李娜 | 事项: 离职回收 | 工牌号: XY-022 | 经办: 行政专员 黄琳",
            "日期: 2026-08-31 | 姓名: 杨帆 | 事项: 离职回收 | 工牌号: XY-017 | 经办: 行政专员 黄琳"]
    ev = {"common.25.4": [hit("p1", "人事管理办法.docx", policy, "policy", score=0.64, core=()),
                          hit("r1", "办公台账2026.xlsx", rows[0], "record", score=0.58, core=()),
                          hit("r2", "办公台账2026.xlsx", rows[1], "record", score=0.58, core=())]}
    passages = [para("p1", "人事管理办法.docx", policy),
                row("r1", "办公台账2026.xlsx", rows[0], sheet="工牌发放回收"),
                row("r2", "办公台账2026.xlsx", rows[1], sheet="工牌发放回收")]
    p = run(ev, passages, elements={})[0]["common.25.4"]  # (no element coverage: the core-concept test alone)
    assert p.status == "needs_review" and p.rating is None, (p.rating, p.status, p.reasons)
    assert any("核心内容" in r for r in p.reasons), p.reasons
    assert p.suggested == "compliant", (p.suggested, p.reasons)



def test_a_finding_that_names_more_of_another_units_concepts_is_that_units():
    """The audit's finding 法定代表人本年度未参加海关法律法规培训 names one core concept of the training-policy
    unit (common.1.1) and three of the unit on the managers' own training (common.1.2): it is that unit's
    problem. The policy unit, its rule and two trainings in the window, is 达标 — while a finding naming no
    other unit more and no manager whose attendance common.1.2 counts (培训课件未归档) still sends it to a
    person."""
    policy = "第三条 公司建立海关法律法规内部培训制度，关务部每年制定培训计划并组织实施。"
    rows = ["日期: 2026-03-12 | 培训内容: 海关法律法规更新 | 参加人员: 关务部全体 | 签到: 已签",
            "日期: 2026-09-08 | 培训内容: 海关法律法规更新（下半年） | 参加人员: 关务部全体 | 签到: 已签"]
    finding = "6 | 法定代表人本年度未参加海关法律法规培训 | 人力资源部 | 2026-12-31 | 未完成"

    def proposal(elsewhere: tuple[str, ...], finding: str = finding):
        ev = {"common.1.1": [hit("p1", "培训制度.docx", policy, "policy", core=("培训制度", "海关法律法规")),
                             hit("r1", "培训签到.xlsx", rows[0], "record", score=0.75, core=("海关法律法规",)),
                             hit("r2", "培训签到.xlsx", rows[1], "record", score=0.75, core=("海关法律法规",)),
                             hit("f1", "内审报告.pdf", finding, "record", score=0.6, core=("海关法律法规",))],
              "common.1.2": [hit("f1", "内审报告.pdf", finding, "record", score=0.7, core=elsewhere)]}
        passages = [para("p1", "培训制度.docx", policy), row("r1", "培训签到.xlsx", rows[0]),
                    row("r2", "培训签到.xlsx", rows[1]),
                    {"id": "f1", "path": "内审报告.pdf", "page": 2, "locator": "p2 table1 r7", "text": finding,
                     "norm": finding, "kind": "table_row"}]
        return run(ev, passages, elements={})[0]["common.1.1"]

    p = proposal(("法定代表人", "海关法律法规", "参加"))
    assert p.status == "proposed" and p.rating == "compliant", (p.rating, p.status, p.reasons)
    q = proposal(("归档",), "6 | 海关法律法规培训课件本年度未归档 | 关务部 | 2026-12-31 | 未完成")
    assert q.status == "needs_review" and any("内审报告.pdf" in r for r in q.reasons), (q.status, q.reasons)


def _rule_and_log(unit: str, rule: tuple[str, str], log: tuple[str, str, list[str]], core: tuple[str, ...], **kw):
    """The proposal for ``unit`` given one rule paragraph (file, text) and the rows of one log sheet (file,
    sheet, rows) as its hits, with no requirement elements (the rule's path, not coverage, is under test)."""
    (rule_file, policy), (log_file, sheet, rows) = rule, log
    ev = {unit: [hit("p1", rule_file, policy, "policy", core=core)]
          + [hit(f"r{i}", log_file, text, "record", score=0.7, core=core) for i, text in enumerate(rows, 1)]}
    passages = [para("p1", rule_file, policy)] + [row(f"r{i}", log_file, text, sheet=sheet)
                                                  for i, text in enumerate(rows, 1)]
    return run(ev, passages, elements={}, **kw)[0][unit]


def test_a_warning_log_row_handled_in_its_outcome_cell_is_the_control_working():
    """A platform's warning log (预警类型: 归类异常 | 规则: 品名与商品编码逻辑不符 | 处置结果: 修改申报后放行)
    records what the pre-declaration check caught and what was done: its 不符 is what was caught, not a
    problem still open, so the unit with its rule and the log is 达标. The same row left open (处置结果:
    待处理) still keeps it from 达标."""
    ftsp = STD.assessment("advanced", "ftsp")
    prof = profile_from_dict({"enterprise": "测试平台", "level": "advanced", "business_type": "ftsp",
                              "as_of": "2026-11-01", "flags": {}})
    policy = "第十条 平台在申报前对报关单申报要素进行逻辑校验，利用平台数据对商品价格、归类进行监控预警。"
    core = ("逻辑校验", "预警")

    def proposal(outcome: str):
        rows = [f"预警编号: YJ2026030002 | 预警时间: 2026-03-16 | 预警类型: 归类异常 | 规则: 品名与商品编码逻辑不符 | "
                f"处置结果: {outcome} | 处置人: 张凯",
                "预警编号: YJ2026050016 | 预警时间: 2026-05-30 | 预警类型: 价格偏离 | 规则: 申报单价低于价格库下限30% | "
                "处置结果: 补充合同发票后放行 | 处置人: 张凯"]
        return _rule_and_log("ftsp.3.2", ("平台风控规则.docx", policy), ("预警记录.xlsx", "预警记录", rows), core,
                             prof=prof, assessment=ftsp)

    p = proposal("修改申报后放行")
    assert p.status == "proposed" and p.rating == "compliant", (p.rating, p.status, p.reasons)
    q = proposal("待处理")
    assert not (q.status == "proposed" and q.rating == "compliant"), (q.rating, q.status, q.reasons)


def test_a_building_check_row_whose_damage_was_put_right_on_a_day_reports_no_open_problem():
    """A quarterly building check (发现问题: 仓库北侧1处窗锁损坏 | 处理: 1月18日更换) records a lock found broken and
    replaced three days later: the check working, not a problem still open, so the unit with its rule and its
    checks is 达标. The same row with only a deadline (整改期限: 2026-12-31 | 整改情况: 未完成) or a plan (计划12月
    15日更换) still keeps it from 达标."""
    policy = "第二十条 仓库建筑采用钢筋混凝土结构，门窗设防盗网和锁具，行政部每季度检查建筑物及门窗并及时修缮。"
    core = ("建筑物", "门窗", "修缮")

    def proposal(outcome: str):
        rows = [f"检查日期: 2026-01-15 | 检查项目: 建筑物、门窗锁具 | 发现问题: 仓库北侧1处窗锁损坏 | {outcome} | 检查人: 孙莉",
                "检查日期: 2026-04-12 | 检查项目: 建筑物、门窗锁具 | 发现问题: 无 | 处理: - | 检查人: 孙莉"]
        return _rule_and_log("importer.10.2", ("场所安全管理规定.docx", policy), ("建筑物检查记录.xlsx", "季度检查", rows), core)

    for done in ("处理: 1月18日更换", "修缮情况: 2026-01-18更换", "整改: 已更换，复查合格", "结果: 已于1月18日修复"):
        p = proposal(done)
        assert p.status == "proposed" and p.rating == "compliant", (done, p.rating, p.status, p.reasons)
    for still in ("整改期限: 2026-12-31 | 整改情况: 未完成", "整改措施: 计划12月15日更换", "要求: 1月30日前完成"):
        q = proposal(still)
        assert not (q.status == "proposed" and q.rating == "compliant"), (still, q.rating, q.status, q.reasons)


def test_a_declaration_listing_what_did_not_happen_reports_no_problem():
    """本公司近两年内不存在海关责令限期改正而逾期不改、… lists what did not happen: 逾期 stands far from
    its negator but in the same clause. A clause of its own (…，但钥匙登记逾期未补) is still a problem."""
    from evidence_checker.propose import ProposeSettings, _open_problem

    s = ProposeSettings.load()
    assert not _open_problem("2. 本公司近两年内不存在海关责令限期改正而逾期不改、向海关提供虚假情况、拒绝或拖延提供账簿单证等情形。", s)
    assert _open_problem("本公司近两年内不存在违法情形，但钥匙领用登记逾期未补。", s)


def test_a_review_decision_to_complete_a_record_reports_that_record_incomplete():
    """A management review decides "人力资源部完善背景调查记录" (ho27): the background-check records are not
    complete yet, whatever the roster shows; a record already completed (已完善) reports nothing open."""
    from evidence_checker.propose import ProposeSettings, _open_problem

    s = ProposeSettings.load()
    assert _open_problem("八、决议：1. 法定代表人11月补参加海关法规培训；2. 人力资源部完善背景调查记录。", s)
    assert _open_problem("决议：仓储部补齐钥匙领用登记。", s)
    assert not _open_problem("人力资源部已完善背景调查记录，经复核关闭。", s)
    assert not _open_problem("第十二条 各部门应不断完善管理制度和操作规程。", s)


def test_background_checks_wanting_completion_by_a_review_are_not_达标(tmp_path):
    from evidence_checker.pipeline import run_pipeline
    from test_trust_classes import docx, workbook

    policy = ["人员安全管理规定", "第十条 录用前核实应聘人员身份证件、工作经历，并对拟聘用的关务、仓储人员开展违法记录调查。"]
    roster = [["姓名", "岗位", "入职日期", "身份证核实", "工作经历核实", "无犯罪记录证明"],
              ["周敏", "关务专员", "2026-03-02", "已核实", "已核实", "已提交"],
              ["王强", "仓管员", "2026-05-11", "已核实", "已核实", "已提交"]]

    def proposal(name: str, review: list[str]):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", policy)
        workbook(b / "人事" / "员工花名册.xlsx", {"在职员工": roster})
        if review:
            docx(b / "管理评审报告2026.docx", review)
        return run_pipeline(b, profile=profile(), write=False).proposals["common.25.3"]

    plain = proposal("plain", [])
    assert plain.rating == "compliant", (plain.rating, plain.status, plain.reasons, plain.missing)
    review = proposal("review", ["2026年管理评审报告", "评审日期：2026-09-20",
                                 "八、决议：1. 行政部更新门禁权限清单；2. 人力资源部完善背景调查记录。"])
    assert not (review.status == "proposed" and review.rating == "compliant"), (review.rating, review.reasons)


def test_the_article_holding_a_rules_missing_element_is_found_in_another_policy():
    """The matcher brought the information-security policy's account article; the accountability for
    breaches is written in the 员工奖惩办法 (第八条 违反信息安全规定造成数据泄露的，给予警告…). The policy element
    the first rule lacks is looked for in the bundle's other rules, as an auditor turns to the one that
    holds it; a sanction for customs penalties does not hold it."""
    path = "11 信息安全/信息安全管理制度.docx"
    first = "第三条 员工账号一人一号，密码每90日更换，离职当日停用。"

    def proposal(article: str):
        ev = {"common.11.3": [hit("p1", path, first, "policy", core=("信息安全",))]}
        ps = [para("t1", path, "信息安全管理制度"), para("p1", path, first),
              para("t2", "员工奖惩办法.docx", "员工奖惩办法"), para("a8", "员工奖惩办法.docx", article)]
        return run(ev, ps)[0]["common.11.3"]

    found = proposal("第八条 违反信息安全规定造成数据泄露或系统损坏的，视情节给予警告、罚款直至解除劳动合同。")
    assert found.rating == "compliant", (found.rating, found.status, found.reasons, found.missing)
    customs = proposal("第八条 因申报差错造成海关罚款的，视情节给予警告、扣减绩效。")
    assert not (customs.status == "proposed" and customs.rating == "compliant"), (customs.rating, customs.reasons)
