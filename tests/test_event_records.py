"""Records of events handled: a shipment found short, a typhoon. A row that names the event and what was
done about it is the record the requirement asks for — whatever its log is called — and needs no separate
exception report; a row naming the event with nothing done is a shortfall; a wall found broken on a patrol
is no shipment short."""

from __future__ import annotations

from pathlib import Path

from evidence_checker.elements import Element, element_in, normalize
from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx, workbook

PROFILE = profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "importer",
                             "as_of": "2026-11-01", "flags": {}})

DISCREPANCY_POLICY = [
    "货物差异处理规程",
    "第一条 仓库收货时核对件数、箱数与装箱单、提单是否一致。",
    "第二条 发现溢装、短装、破损或法检商品安全、卫生、环保指标不合格的，仓库当日书面报告关务部，"
    "关务部两个工作日内通知供应商并视情况向海关报告，处理结果记入收货记录。",
]
RECEIVING_HEAD = ["到货日期", "提单号", "品名", "单证件数", "实收件数", "核对结果", "处理"]


def _discrepancy(tmp_path: Path, name: str, rows: list[list], patrol: list[list] | None = None):
    b = tmp_path / name
    docx(b / "制度" / "附件3.docx", DISCREPANCY_POLICY)
    sheets = {"收货": [RECEIVING_HEAD] + rows}
    if patrol:
        sheets["巡查"] = [["检查日期", "范围", "发现问题", "检查人"]] + patrol
    workbook(b / "2026资料" / "台账2026.xlsx", sheets)
    return run_pipeline(b, profile=PROFILE, write=False).proposals["importer.12.3"]


REGULAR = [["2026-03-02", "MEDU8813117", "轴承", 120, 120, "一致", ""],
           ["2026-05-19", "COSU6912034", "密封圈", 300, 300, "一致", ""]]


def test_a_short_shipment_row_that_records_its_report_needs_no_separate_report(tmp_path):
    """"短装2箱 | 处理: 当日书面报告关务部并通知供应商补发" is the report and the action: the sub-item is
    not held back for want of an exception-report file; the same row with its 处理 cell left empty is."""
    handled = _discrepancy(tmp_path, "handled", REGULAR + [
        ["2026-06-14", "NGB26760097", "轴承", 40, 38, "短装2箱", "当日书面报告关务部并通知供应商补发"]])
    assert not any("未见相应的异常报告" in r for r in handled.reasons), handled.reasons
    assert handled.rating == "compliant", (handled.rating, handled.status, handled.reasons)
    left = _discrepancy(tmp_path, "left", REGULAR + [
        ["2026-06-14", "NGB26760097", "轴承", 40, 38, "短装2箱", ""]])
    assert any("未见相应的异常报告" in r for r in left.reasons), left.reasons
    assert left.rating != "compliant"


def test_a_shortage_reported_in_another_sheet_is_followed_up(tmp_path):
    """The receiving log notes 短少2箱 with no action in its row; the workbook's sheet 差异记录 (a name the
    check does not know) tells the same declaration's shortage reported and handled: that is the follow-up.
    A sheet that reports another shipment is not."""
    def bundle(name: str, report_row: list):
        b = tmp_path / name
        docx(b / "制度" / "附件3.docx", DISCREPANCY_POLICY)
        workbook(b / "2026资料" / "台账2026.xlsx", {
            "收货": [RECEIVING_HEAD] + REGULAR + [
                ["2026-06-14", "NGB26760097", "轴承", 40, 38, "短少2箱", ""]],
            "差异记录": [["日期", "提单号", "情况", "报告及处理"], report_row]})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["importer.12.3"]

    same = bundle("same", ["2026-06-14", "NGB26760097", "轴承短少2箱", "当日报告关务部，供应商补发"])
    assert not any("未见相应的异常报告" in r for r in same.reasons), same.reasons
    other = bundle("other", ["2026-03-02", "MEDU8813117", "轴承短少1箱", "当日报告关务部，供应商补发"])
    assert any("未见相应的异常报告" in r for r in other.reasons), other.reasons


def test_a_wall_found_broken_on_a_patrol_is_no_shipment_short(tmp_path):
    """The patrol sheet beside the receiving log finds "北侧围墙一处破损": not a goods discrepancy
    that wants an exception report (the receiving log has none)."""
    p = _discrepancy(tmp_path, "patrol", REGULAR + [
        ["2026-06-14", "NGB26760097", "轴承", 40, 38, "短装2箱", "已报告关务部，供应商补发2箱"]],
        patrol=[["2026-07-10", "厂房外墙、围墙、门窗", "北侧围墙一处破损", "王强"]])
    assert not any("未见相应的异常报告" in r for r in p.reasons), p.reasons


EMERGENCY_POLICY = [
    "应急管理规定",
    "第一条 公司制定突发事件应急预案，覆盖台风、暴雨、火灾、停电、系统故障等情形。",
    "第二条 突发事件发生后，现场人员立即报告应急小组，启动预案，采取措施减少对进出口业务和货物的影响，事后形成处置记录。",
]


def _emergency(tmp_path: Path, name: str, row: list) -> object:
    b = tmp_path / name
    docx(b / "制度" / "附件5.docx", EMERGENCY_POLICY)
    workbook(b / "堆场" / "2026-08堆场日志.xlsx", {
        "作业": [["日期", "作业", "箱量", "值班"], ["2026-08-03", "提箱", 12, "陈刚"], ["2026-08-04", "还箱", 9, "陈刚"]],
        "异常报告": [["日期", "情况", "处理", "记录人"], row],
    })
    return run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]


def test_a_typhoon_row_in_a_yard_log_is_the_record_of_an_emergency_handled(tmp_path):
    """The sheet 异常报告 of a yard log is named for nothing of the sub-item, but its row says a typhoon
    came and what was done (按预案加固堆垛、断电，次日复工): that is the record of an emergency handled.
    A row there about a forklift's service is not."""
    typhoon = _emergency(tmp_path, "typhoon", ["2026-07-30", "台风过境", "按应急预案加固堆垛、断电，次日复工", "陈刚"])
    assert typhoon.rating == "compliant", (typhoon.rating, typhoon.status, typhoon.reasons)
    assert any("堆场日志" in r for r in typhoon.reasons), typhoon.reasons
    service = _emergency(tmp_path, "service", ["2026-07-30", "3号叉车保养", "更换机油", "陈刚"])
    assert service.rating != "compliant", (service.rating, service.reasons)


def test_an_emergency_handled_needs_no_rule_beside_its_record(tmp_path):
    """common.30.2 asks that emergencies be handled (对发生的灾害或者紧急情况进行应急处置), not for a rule: a
    yard log's row telling a rainstorm and what was done is its evidence though no policy stands beside it
    and the row holds few of the sub-item's words. It is not rated down for a weak match; one row is one
    source, so a person confirms the 达标 the tool suggests."""
    b = tmp_path / "rain"
    workbook(b / "堆场" / "2026-08堆场日志.xlsx", {
        "作业": [["日期", "作业", "箱量", "值班"], ["2026-08-03", "提箱", 12, "陈刚"]],
        "异常报告": [["日期", "情况", "处理", "记录人"], ["2026-07-24", "C区暴雨积水", "12个监管箱转移至B区，报告现场组", "田野"]],
    })
    p = run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]
    assert not any("匹配度不高" in m for m in p.missing), p.missing
    assert p.status == "needs_review" and p.suggested == "compliant", (p.rating, p.status, p.suggested, p.reasons)


def test_a_word_with_groups_needs_one_alternative_of_each():
    """``短装|短少&报告|补发`` is shown by a text naming one of the events and one of the actions."""
    e = Element(id="report", label="x", label_en="x", kind="record", any=("异常报告", "短装|短少&报告|补发"))
    assert element_in(e, normalize("短少2箱，已报告关务部"))
    assert element_in(e, normalize("异常报告单 RK-07"))
    assert not element_in(e, normalize("短少2箱"))
    assert not element_in(e, normalize("已报告关务部"))


def test_rows_that_record_an_intruder_turned_away_or_an_emergency_reported_to_customs():
    """An incident row (一名未登记人员尾随车辆进入 | 保安拦截询问后劝离) is the record of unknown people
    handled; a typhoon row that says the affected declarations were reported to 北仑海关 is the record of
    a report to customs — one that only told the emergency team is not."""
    from evidence_checker.elements import load_elements

    els = load_elements()
    intruder = els[("advanced", "common.24.4")].element("record")
    assert element_in(intruder, normalize("日期: 2026-08-21 | 经过: 一名未登记人员从侧门尾随车辆进入 | 处置: 保安拦截询问后劝离"))
    assert not element_in(intruder, normalize("日期: 2026-08-21 | 访客: 张三 | 被访人: 李四 | 离开: 17:00"))
    # a report told in prose: someone without a visitor badge walked in, the guard checked who he was
    assert element_in(intruder, normalize("情况：一名未佩戴访客证的人员进入成品仓库，门卫将其带至门卫室核实身份。"))
    assert not element_in(intruder, normalize("日期: 2026-08-22 | 访客: 王五 | 备注: 未佩戴访客证，已补发"))
    reported = els[("advanced", "common.30.3")].element("reported")
    assert element_in(reported, normalize("日期: 2026-07-30 | 事件: 台风停工 | 处理: 两票已申报货物改配，当日书面告知北仑海关"))
    assert not element_in(reported, normalize("日期: 2026-07-30 | 事件: 台风停工 | 报告对象: 应急小组组长"))


def test_an_intruder_told_in_the_reason_cell_of_a_gate_log_is_the_record_of_handling_unknown_people(tmp_path):
    """The gate log's 事由 cell tells the incident (尾随员工欲进东门，拒绝出示证件) and the guard's cell what
    was done (已劝离): that row is the record of unknown people handled, though a reason cell alone never
    makes a row the record asked for. Without the incident row the sub-item is not 达标."""
    def bundle(name: str, rows: list[list]):
        b = tmp_path / name
        docx(b / "制度" / "附件4.docx", [
            "门卫管理规定",
            "第九条 发现无证、身份不明或强行进入人员，保安应立即拦截、询问，报告安保主管，必要时报警，并在门卫记录中登记。"])
        head = ["日期", "类别", "姓名", "证件类型", "事由/单位", "被访人/陪同人", "值班保安"]
        workbook(b / "2026资料" / "台账汇总.xlsx", {"门卫登记": [head] + rows})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.24.4"]

    visits = [["2026-02-09", "访客", "赵工", "身份证", "客户验厂", "周振", "刘强"],
              ["2026-03-11", "访客", "吴经理", "身份证", "供应商来访", "孙丽", "刘强"]]
    incident = ["2026-05-09", "异常", "不明男子", "无", "尾随员工欲进东门，拒绝出示证件", "安保主管 何建", "刘强；已劝离并记录"]
    handled = bundle("handled", visits + [incident])
    assert handled.rating == "compliant", (handled.rating, handled.status, handled.reasons)
    plain = bundle("plain", visits)
    assert plain.rating != "compliant", (plain.rating, plain.reasons)


def test_an_account_disabled_at_leaving_is_a_security_record_words_met_by_chance_in_a_report_are_not(tmp_path):
    """A leavers' handover sheet whose row says the ERP account was disabled (ERP账号: 已停用) records the
    information-security rule carried out. An audit report whose opening names the ERP in one paragraph
    and a closed finding in another (已关闭) does not: an event and its action must stand in one row."""
    policy = ["信息安全管理制度",
              "第一条 员工使用ERP、OA系统实行一人一号，离职当日由信息部停用其全部系统账号。",
              "第二条 信息部每季度检查账号权限，服务器每日备份，终端统一安装杀毒软件。"]

    def bundle(name: str, leavers: bool):
        b = tmp_path / name
        docx(b / "制度" / "附件6.docx", policy)
        docx(b / "内审" / "2026年内部审计报告.docx", [
            "2026年度内部审计报告", "审计日期：2026年6月15日",
            "一、本次审计覆盖关务、仓储、ERP系统使用和信息安全。",
            "二、上年度发现的3项问题均已关闭。"])
        if leavers:
            workbook(b / "人事" / "人事台账2026.xlsx", {"离职交接": [
                ["离职日期", "姓名", "部门", "ERP账号", "工牌", "经办人"],
                ["2026-03-31", "王强", "仓储部", "已停用", "已收回", "周婷"],
                ["2026-07-15", "李娜", "关务部", "已停用", "已收回", "周婷"]]})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.11.1"]

    assert bundle("report_only", leavers=False).rating != "compliant"
    with_leavers = bundle("leavers", leavers=True)
    assert with_leavers.rating == "compliant", (with_leavers.rating, with_leavers.status, with_leavers.reasons)


REPORTING_POLICY = [
    "突发事件报告规定",
    "第一条 公司制定台风、火灾、停电、系统故障等突发事件应急预案。",
    "第二条 突发事件影响已申报货物或通关的，关务部须在2小时内向主管海关报告，并于次日书面说明。",
]
TYPHOON_ACCOUNT = [
    "台风“海燕”应急处置报告",
    "事件：2026年8月2日台风过境，厂区停电约6小时，两只待运集装箱受雨淋。",
    "处置：启动台风预案，转移待运货物，恢复供电后开箱复检无受损。",
    "海关报告：关务部8月2日下午电话报告北仑海关，8月3日书面说明两票出口改配船期。",
]


def _reported(tmp_path: Path, name: str, file: str, account: list[str]):
    b = tmp_path / name
    docx(b / "制度" / "附件2.docx", REPORTING_POLICY)
    docx(b / "2026资料" / file, account)
    workbook(b / "2026资料" / "台账2026.xlsx", {"培训": [["日期", "主题", "人数"], ["2026-04-10", "关务培训", 12]]})
    return run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.3"]


def test_an_emergency_told_in_a_reports_paragraphs_is_the_record_of_a_report_to_customs(tmp_path):
    """A report's paragraphs tell the event (事件：2026年8月2日台风…) and, a few lines on, that customs was told
    (海关报告：…电话报告北仑海关): read together they are the record of an emergency reported to customs,
    though no one paragraph names both, the last has no year and the file's name says nothing."""
    p = _reported(tmp_path, "report", "附件3.docx", TYPHOON_ACCOUNT)
    assert p.rating == "compliant", (p.rating, p.status, p.reasons)
    assert any("附件3.docx" in r for r in p.reasons), p.reasons


def test_an_emergency_told_in_training_slides_or_long_ago_or_as_a_rule_is_no_record_of_one(tmp_path):
    """The same account in training slides or a collection of cases is an example told to staff; dated 2024
    it lies outside the window; written as articles (第三条 …须…报告海关) it is a rule: none is a record of a
    report to customs."""
    slides = _reported(tmp_path, "slides", "供应链安全培训课件.docx", TYPHOON_ACCOUNT)
    assert slides.rating != "compliant", (slides.rating, slides.reasons)
    cases = _reported(tmp_path, "cases", "应急案例汇编.docx", TYPHOON_ACCOUNT)  # (element_report_not_files)
    assert cases.rating != "compliant", (cases.rating, cases.reasons)
    old = _reported(tmp_path, "old", "附件3.docx", [t.replace("2026年", "2024年") for t in TYPHOON_ACCOUNT])
    assert old.rating != "compliant", (old.rating, old.reasons)
    rule = _reported(tmp_path, "rule", "附件3.docx", [
        "台风应急处置程序",
        "第三条 2026年8月2日起施行。台风过境、停电时启动台风预案，转移待运货物。",
        "第四条 涉及已申报货物的，关务部须电话报告主管海关，次日书面说明。"])
    assert rule.rating != "compliant", (rule.rating, rule.reasons)


def test_an_event_handled_is_evidence_when_the_matcher_finds_nothing(tmp_path):
    """No policy and no passage with the sub-item's words — but a security log's row tells a typhoon and
    what was done (柜子加锁、改配下一航次): the sub-item has a record of an emergency handled, it is not
    "no evidence" (不达标), nor 达标 unattended; the written procedure is still listed as not covered."""
    b = tmp_path / "log_only"
    workbook(b / "2026资料" / "安保台账2026.xlsx", {
        "巡查": [["日期", "区域", "结果", "巡查人"], ["2026-05-03", "仓库", "正常", "钱丽"]],
        "异常事件": [["日期", "事件", "处置", "报告人"],
                  ["2026-07-29", "台风致港区停工，3个出口柜延误", "柜子存放装卸平台并加锁，改配下一航次", "钱丽"]]})
    p = run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]
    assert p.rating not in ("non_compliant", "compliant"), (p.rating, p.status, p.reasons)
    assert any("安保台账2026.xlsx" in r for r in p.reasons), p.reasons
    assert any("应急处置措施" in m for m in p.missing), p.missing


def test_an_export_from_the_system_shows_the_system_though_its_rows_do_not_name_it(tmp_path):
    """common.9 asks for an information system. The policy says the company runs 用友U8 ERP; a workbook
    named 《WMS_ERP导出》 holds the monthly bonded-stock reconciliation from it, rows that name no system.
    The export is the proof beside the policy (not "only the policy says so"); without it, it is not."""
    def bundle(name: str, export: bool):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", [
            "信息系统管理制度",
            "第一条 公司使用用友U8 ERP系统管理采购、销售、库存和财务业务，进出口合同、入库、出库在系统中逐笔记录。",
            "第二条 信息部负责系统运行维护和用户权限管理。"])
        if export:
            workbook(b / "2026资料" / "WMS_ERP导出_20260918.xlsx", {"保税库存对账": [
                ["对账月份", "账册号", "料号数", "账册结余数量", "WMS库存数量", "差异"],
                ["2026-06", "T3901W000125", 415, 18178, 18178, 0], ["2026-07", "T3901W000125", 404, 19210, 19210, 0],
                ["2026-08", "T3901W000125", 409, 18822, 18822, 0]]})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.9"]

    shown = bundle("export", True)
    assert shown.rating == "compliant" and shown.basis == "compliant_fact", (shown.rating, shown.basis, shown.reasons)
    told = bundle("policy", False)
    assert told.rating == "basically_compliant" and told.basis == "basically_fact_in_policy", (told.rating, told.basis)


def test_a_course_not_yet_taken_in_a_training_matrix_is_no_step_of_handling_an_emergency(tmp_path):
    """A training matrix's column C6应急处置 left 未完成 says who has not yet taken the course; it says nothing
    of how the typhoon in the yard log was handled. The emergency unit is not rated down for it."""
    b = tmp_path / "matrix"
    docx(b / "制度" / "附件5.docx", EMERGENCY_POLICY)
    workbook(b / "堆场" / "2026-08堆场日志.xlsx", {
        "作业": [["日期", "作业", "箱量", "值班"], ["2026-08-03", "提箱", 12, "陈刚"], ["2026-08-04", "还箱", 9, "陈刚"]],
        "异常报告": [["日期", "情况", "处理", "记录人"], ["2026-07-30", "台风过境", "按应急预案加固堆垛、断电，次日复工", "陈刚"]],
    })
    workbook(b / "2026资料" / "培训矩阵2026.xlsx", {"培训矩阵": [
        ["姓名", "岗位", "C1 海关法规更新", "C6应急处置"],
        ["周振国", "总经理", "2026-04-16", "未完成"],
        ["陆建华", "关务经理", "2026-04-16", "未完成"],
        ["孙丽", "物流主管", "2026-04-16", "2026-05-20"]]})
    p = run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]
    assert not any("培训矩阵" in r and "未做的步骤" in r for r in p.reasons), p.reasons
    assert p.rating != "basically_compliant", (p.rating, p.status, p.reasons)


HANDLING_POLICY = [
    "突发事件应急预案",
    "第一条 发生台风、停电等突发事件时，应急小组启动应急预案，采取转移货物、启用备用电源等处置措施，"
    "降低对进出口活动的影响。",
]


def _handled(tmp_path: Path, name: str, account: list[str]):
    b = tmp_path / name
    docx(b / "制度" / "附件2.docx", HANDLING_POLICY)
    docx(b / "2026资料" / "附件5.docx", account)
    workbook(b / "2026资料" / "台账2026.xlsx", {"培训": [["日期", "主题", "人数"], ["2026-04-10", "关务培训", 12]]})
    return run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]


MINUTES = [
    "2026年风险管理季度会议纪要",
    "[第二季度]2026年6月26日 主持：总经理蒋立群",
    "1. 客户数突破1000户；复核排期执行率下降。",
    "2. 行动：物流部增加2名监装员（责任人许超，期限2026-08-31）——未完成，招聘中。",
    "[第三季度]2026年9月25日 主持：总经理蒋立群",
    "1. 9月11日台风影响宁波港，12票货物延误；应急小组启动预案，改由上海港出运3票。",
]


def test_an_emergency_handled_in_minutes_beside_an_unfinished_action_is_a_record(tmp_path):
    """Quarterly minutes tell, under the meeting's dated heading, a typhoon and what the emergency team
    did (启动预案，改由上海港出运): the record of an emergency handled. The unfinished action two lines
    above it (增加监装员——未完成) is a point of its own, not this account's open problem; an account that
    itself says the handling is unfinished is no record of it."""
    p = _handled(tmp_path, "minutes", MINUTES)
    assert p.rating == "compliant", (p.rating, p.status, p.reasons)
    assert any("附件5.docx" in r for r in p.reasons), p.reasons
    open_ = _handled(tmp_path, "open", MINUTES[:-1] + [MINUTES[-1] + "截至会议日货物仍滞港，处置未完成。"])
    assert open_.rating != "compliant", (open_.rating, open_.reasons)


def test_an_incident_report_under_a_dated_heading_is_a_record(tmp_path):
    """An incident report whose heading carries the day (事件：2026年3月8日监管库停电) and whose
    paragraphs tell, without a year, what was done (启用应急照明和UPS … 恢复供电后清点) records an
    emergency handled, though no paragraph reads as a dated log row; dated 2024 it lies outside the window."""
    report = ["事件：2026年3月8日监管库停电",
              "3月8日19:40园区线路故障，监管库停电。值班保安立即报告，启用应急照明和UPS，封闭库门，安排两人驻守。",
              "21:30恢复供电后清点库存无差异，次日书面报告海关。"]
    p = _handled(tmp_path, "report", report)
    assert p.rating == "compliant", (p.rating, p.status, p.reasons)
    old = _handled(tmp_path, "old", [t.replace("2026年", "2024年") for t in report])
    assert old.rating != "compliant", (old.rating, old.reasons)


CCTV_POLICY = ["贸易安全管理制度",
               "第二十条 公司在大门出入口、装卸月台、仓库库区、停车场和围墙周边安装视频监控，录像保存不少于90天。",
               "第二十一条 视频监控主机设在门卫室，由保安24小时值守查看监控画面，安保主管负责视频监控系统维护。",
               "第二十二条 保安每晚巡查照明、监控和围墙，异常及时报告安保主管。"]


def test_a_patrol_log_checking_the_cameras_shows_them_a_visit_to_mend_them_does_not(tmp_path):
    """importer.10.4 asks for cameras (a fact): a policy that describes them is a document, not the
    proof. A patrol log whose 监控 column records 正常 night after night shows them in use, wherever it
    is filed; a visitor register whose 事由 says 监控维修 names the cameras but checks nothing."""
    def bundle(name: str, rows: dict) -> object:
        b = tmp_path / name
        docx(b / "制度汇编.docx", CCTV_POLICY)
        workbook(b / "2026资料" / "台账.xlsx", rows)
        return run_pipeline(b, profile=PROFILE, write=False).proposals["importer.10.4"]

    checked = bundle("patrol", {"巡查": [
        ["日期", "巡查区域", "围墙/周界", "照明", "监控", "巡查人"],
        ["2026-05-03", "大门/月台/仓库", "完好", "正常", "正常", "钱丽"],
        ["2026-05-10", "大门/月台/仓库", "完好", "正常", "正常", "钱丽"]]})
    assert checked.rating == "compliant" and checked.basis == "compliant_fact", (checked.rating, checked.reasons)
    assert any("见于记录" in r and "台账.xlsx" in r for r in checked.reasons), checked.reasons
    named = bundle("visit", {"来访": [
        ["日期", "来访人", "单位", "事由", "门卫"],
        ["2026-05-03", "周强", "安防公司", "围墙周边监控维修", "钱丽"]]})
    assert named.rating == "basically_compliant" and named.basis == "basically_fact_in_policy", (
        named.rating, named.basis, named.reasons)


def test_a_screenshot_of_the_platform_shows_it_a_photo_of_a_register_does_not(tmp_path):
    """ftsp.5.1 asks for the business system and the platform (a fact). A screenshot (an image in a
    folder 截图) whose text shows the platform's modules shows the platform in use; the same text in a
    photo named only IMG_… may be any paper, and the policy alone stays 基本达标."""
    from test_ingest_builders import needs_ocr, scan_image

    needs_ocr()
    profile = profile_from_dict({"enterprise": "测试公司", "level": "advanced", "business_type": "ftsp",
                                 "as_of": "2026-09-30", "flags": {}})
    lines = ["链通云平台 订单跟踪", "客户管理 关务 物流 结算 风控", "当前节点：报关单复核 2026-07-12"]

    def bundle(name: str, image: str) -> object:
        b = tmp_path / name
        docx(b / "信息系统管理规定.docx", [
            "信息系统管理规定",
            "第一条 公司经营活动通过链通云外贸综合服务平台运行，平台包括客户管理、订单、关务、物流、结算与风控模块。",
            "第二条 平台财务结算模块与金蝶财务系统对接，关务模块与单一窗口联网。"])
        (b / Path(image).parent).mkdir(parents=True, exist_ok=True)
        scan_image(lines).save(b / image)
        return run_pipeline(b, profile=profile, write=False).proposals["ftsp.5.1"]

    shown = bundle("screen", "截图/IMG_20260714_101532.png")
    assert shown.rating == "compliant", (shown.rating, shown.basis, shown.reasons)
    assert any("见于记录" in r and "IMG_20260714_101532.png" in r for r in shown.reasons), shown.reasons
    photo = bundle("photo", "IMG_20260714_101532.png")
    assert photo.rating == "basically_compliant" and photo.basis == "basically_fact_in_policy", (
        photo.rating, photo.basis, photo.reasons)


def test_a_systems_export_shows_the_system_in_use_a_ledger_kept_by_hand_does_not(tmp_path):
    """General common.8 asks for an information system that manages the business (a fact). A table the
    system exported (系统导出/U8采购入库导出_2026.xlsx, rows of its documents) shows the system in use, though its
    rows never say 用友, as does such a table pasted into a sheet 系统导出 of the bundle's workbook; the same rows in a hand-kept ledger (进口台账.xlsx) show a ledger, and the policy
    alone stays 基本达标."""
    profile = profile_from_dict({"enterprise": "测试公司", "level": "general", "business_type": "importer",
                                 "as_of": "2026-09-30", "flags": {}})
    rows = [["单据号", "单据日期", "存货名称", "数量(箱)", "供应商", "制单人", "审核人"],
            ["RK2026050011", "2026-05-21", "冷冻南美白虾", 1000, "Ecuapesca", "许晴", "孙立新"],
            ["RK2026060003", "2026-06-04", "马苏里拉奶酪", 1200, "Kaimai", "许晴", "孙立新"]]

    def bundle(name: str, table: str, sheet: str = "Sheet1"):
        b = tmp_path / name
        docx(b / "信息系统管理制度.docx", [
            "信息系统管理制度",
            "第一条 公司使用用友U8管理采购、库存、销售和财务，进口业务单据均在系统中录入、审核。",
            "第二条 信息部负责系统账号、权限和数据备份。"])
        workbook(b / table, {sheet: rows})
        return run_pipeline(b, profile=profile, write=False).proposals["common.8"]

    shown = bundle("export", "系统导出/U8采购入库导出_2026.xlsx")
    assert shown.rating == "compliant", (shown.rating, shown.basis, shown.reasons)
    assert any("见于记录" in r and "U8采购入库导出_2026" in r for r in shown.reasons), shown.reasons
    sheet = bundle("sheet", "2025-2026台账.xlsx", sheet="系统导出")  # an export pasted into the bundle's workbook
    assert sheet.rating == "compliant", (sheet.rating, sheet.basis, sheet.reasons)
    ledger = bundle("ledger", "进口台账.xlsx")
    assert ledger.rating == "basically_compliant" and ledger.basis == "basically_fact_in_policy", (
        ledger.rating, ledger.basis, ledger.reasons)


def test_an_emergency_sheet_in_a_workbook_named_for_training_is_the_record_of_an_emergency_handled(tmp_path):
    """A workbook 培训及应急记录.xlsx keeps its sign-in sheet and its sheet 应急处置记录 side by side: the
    file's name says training, but the row's own sheet is named for the record the unit asks for, so the
    typhoon handled there is that record. The same typhoon written as a training's topic in the sign-in
    sheet is not (a training is no handling of an emergency)."""
    def run(name: str, sheets: dict):
        b = tmp_path / name
        docx(b / "制度" / "附件5.docx", EMERGENCY_POLICY)
        workbook(b / "新建文件夹" / "培训及应急记录.xlsx", sheets)
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]

    signin = [["日期", "培训主题", "讲师", "参训人数"], ["2026-03-12", "海关法规更新", "关务部 周敏", 18]]
    handled = run("handled", {"培训签到": signin, "应急处置记录": [
        ["日期", "事件", "处置", "对进出口影响"],
        ["2026-09-24", "台风登陆，港区停工", "启动台风预案，在途6个柜改港，提前转移档案室资料", "延误2天，无货损"]]})
    assert handled.rating == "compliant", (handled.rating, handled.status, handled.reasons)
    assert any("培训及应急记录" in r for r in handled.reasons), handled.reasons
    taught = run("taught", {"培训签到": signin + [
        ["2026-09-24", "台风应急预案：港区停工时改港、转移档案室资料", "安保部 赵强", 20]]})
    assert taught.rating != "compliant", (taught.rating, taught.status, taught.reasons)


def test_an_incident_report_is_found_beside_an_old_drill_though_no_rule_was(tmp_path):
    """No rule of the bundle speaks of emergencies; the matcher brings only a drill held in 2024, outside
    the window. The incident report 附件3.docx tells a typhoon in 2026 and what was done: common.30.2 asks
    for emergencies handled, not for a rule, so that report is looked for and found (ho15). Without it the
    sub-item has no record in the window and is not 达标."""
    def bundle(name: str, report: bool):
        b = tmp_path / name
        workbook(b / "培训" / "培训签到汇总.xlsx", {"应急演练": [
            ["日期", "演练名称", "过程", "参加人数"],
            ["2024-05-20", "火灾疏散及货物异常报告演练", "模拟起火报警→疏散集合→微型消防站处置→模拟封条破损报告", 46]]})
        if report:
            docx(b / "附件3.docx", [
                "关于台风“海燕”影响我司出口货物装运的情况报告",
                "2026年8月2日凌晨台风“海燕”过境，厂区停电约6小时，两只已施封待运集装箱受雨淋。我司当日启动应急预案，"
                "安保人员加密巡逻，恢复供电后转移货物并开箱复检，无受损。",
                "宁波恒驰汽车零部件有限公司    2026年8月3日"])
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.30.2"]

    found = bundle("report", report=True)
    assert any("附件3.docx" in r for r in found.reasons), (found.rating, found.reasons)
    assert (found.suggested or found.rating) == "compliant", (found.rating, found.status, found.reasons)
    alone = bundle("drill_only", report=False)
    assert (alone.suggested or alone.rating) != "compliant", (alone.rating, alone.status, alone.reasons)

