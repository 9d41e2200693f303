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


def _pairs(day: str, topic: str) -> list[list]:
    """The same session laid out as label/value pairs side by side in one row."""
    return [["培训日期", day, "主题", topic], ["讲师", "关务组 周敏", "学时", "2"],
            ["序号", "姓名", "职务", "签到"], ["1", "陈立群", "副总经理", "陈立群"], ["2", "林涛", "仓储主管", "林涛"]]


def _proposal(tmp_path: Path, name: str, day: str, session=_session):
    b = tmp_path / name
    docx(b / "制度" / "附件1.docx", POLICY)
    workbook(b / "培训" / "2025-2026培训签到.xlsx", {
        "20250918海关法规": session("2025-09-18", "进口危险化学品申报新规"),
        "供应链": session(day, "供应链安全与封条查验"),
    })
    return run_pipeline(b, profile=PROFILE, write=False).proposals["common.31.2"]


def test_a_session_sheet_headed_by_its_day_is_a_dated_training_record(tmp_path):
    inside = _proposal(tmp_path, "inside", "2026-03-26")
    assert inside.rating == "compliant", (inside.rating, inside.status, inside.reasons)
    assert any("培训签到" in r for r in inside.reasons), inside.reasons
    before = _proposal(tmp_path, "before", "2024-03-26")  # the same session two years before the window
    assert before.rating != "compliant", (before.rating, before.reasons)


def test_a_session_sheet_headed_by_pairs_side_by_side_is_a_dated_training_record(tmp_path):
    """The same sessions laid out as label/value pairs in one row (培训日期 | 2026-03-26 | 主题 | …)."""
    inside = _proposal(tmp_path, "inside", "2026-03-26", _pairs)
    assert inside.rating == "compliant", (inside.rating, inside.status, inside.reasons)
    before = _proposal(tmp_path, "before", "2024-03-26", _pairs)
    assert before.rating != "compliant", (before.rating, before.reasons)


def test_an_attendees_title_on_a_session_sheet_names_no_topic_of_the_training(tmp_path):
    """A session on customs law, headed by its day and topic; among its attendees the administrative
    director whose title says he is in charge of trade security (行政总监（负责贸易安全）). What was taught
    is in the heading: this is no supply-chain security training. A session headed so is."""
    def proposal(name: str, topic: str):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", POLICY)
        workbook(b / "培训" / "2026年3月培训签到表.xlsx", {"签到表": [
            ["培训日期", "2026-03-20", "培训主题", topic], ["讲师", "关务主管 李敏", "学时", "2"],
            ["序号", "部门", "姓名", "职务", "签到"],
            ["1", "管理层", "周建华", "副总经理", "周建华"],
            ["2", "行政部", "王立新", "行政总监（负责贸易安全）", "王立新"],
            ["3", "关务部", "李敏", "关务主管", "李敏"]]})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.31.2"]

    customs = proposal("customs", "进口食品相关海关法规及申报要点")
    assert customs.rating != "compliant", (customs.rating, customs.status, customs.reasons)
    security = proposal("security", "供应链安全：货物藏匿风险与封条查验")
    assert security.rating == "compliant", (security.rating, security.status, security.reasons)


def test_session_sheets_of_customs_training_in_a_neutral_workbook_carry_out_the_training_policy(tmp_path):
    """附件2.xlsx: one sheet per session of customs training (0618海关法规 …), each opening with its day and
    topic as pairs side by side above 序号 | 姓名 | 职务 | 签到. Its column names say it is a sign-in sheet, its
    heading says when and on what: the training policy is carried out in the window. The same sessions a
    year before the window are not."""
    policy = ["关务培训管理办法", "第一条 关务部每年组织海关法律法规内部培训不少于两次，内容包括申报、归类、原产地等海关规定。",
              "第二条 每次培训须有签到表和课件，由关务部归档保存三年。"]

    def session(day: str, topic: str) -> list[list]:
        return [["培训日期", day, "主题", topic], ["讲师", "外聘 张老师", "学时", "2"],
                ["序号", "姓名", "职务", "签到"], ["1", "陈立群", "总经理（法定代表人）", "陈立群"], ["2", "刘文博", "关务部经理", "刘文博"]]

    def proposal(name: str, year: int):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", policy)
        workbook(b / "培训" / "附件2.xlsx", {"0618海关法规": session(f"{year}-06-18", "进口食品监管与申报要素"),
                                            "1209海关法规": session(f"{year}-12-09", "归类、价格与原产地")})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.1.1"]

    inside = proposal("inside", 2025)
    assert inside.rating == "compliant", (inside.rating, inside.status, inside.reasons)
    before = proposal("before", 2024)
    assert before.rating != "compliant", (before.rating, before.reasons)


def test_sign_in_rows_naming_a_customs_topic_carry_out_the_training_policy_in_a_sheet_that_does_not(tmp_path):
    """A ledger's sheet 培训签到 (日期 | 培训主题 | 类别 | 讲师 | 姓名 | 签到) names no customs subject in its
    name or header, and the matcher brings its oldest rows, out of the window (ho3). The rows of a later
    session whose topic is customs (报关单填制规范修订及申报差错案例), read with the sheet's name and header,
    are sign-ins to a customs training: the policy is carried out. Rows of a fire-safety session are not."""
    policy = ["关务培训管理办法", "第一条 关务部每年1月编制海关法律法规培训计划，组织全体员工内部培训。",
              "第二条 每次培训须有签到表，由关务部归档保存三年。"]
    head = ["日期", "培训主题", "类别", "讲师", "姓名", "部门", "签到"]
    staff = [("王建国", "总经理办公室"), ("刘海燕", "总经理办公室"), ("陈晓东", "关务部")]

    def session(day: str, topic: str) -> list[list]:
        return [[day, topic, "内部", "陈晓东", name, dept, "已签"] for name, dept in staff]

    def proposal(name: str, later_topic: str):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", policy)
        workbook(b / "2025-2026台账汇总.xlsx", {
            "报关复核日志": [["日期", "报关单号", "复核人"], ["2026-04-02", "422720267586798987", "陈晓东"]],
            "培训签到": [head] + session("2025-03-20", "2025年海关法规及公告更新") + session("2026-05-20", later_topic)})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.1.1"]

    customs = proposal("customs", "报关单填制规范修订及申报差错案例")
    assert customs.rating == "compliant", (customs.rating, customs.status, customs.reasons)
    fire = proposal("fire", "消防器材使用与疏散")
    assert fire.rating != "compliant", (fire.rating, fire.status, fire.reasons)


def test_a_key_log_row_for_the_archive_cabinet_is_no_filing_record(tmp_path):
    """A gate workbook's sheet 钥匙领用 (日期 | 钥匙 | 领用人) lends the key of 档案柜A3 (ho12). The row names the
    cabinet the files are kept in, but the sheet is a key log, not a filing or lending register of the files:
    the filing rule is not shown carried out by it. A sheet 档案借阅登记 with the same row is such a register."""
    policy = ["进口单证复核与档案管理程序",
              "第三条 每票报关单及合同、发票、装箱单、提单在放行后10个工作日内扫描归档，纸质档案专柜上锁，保存期限不少于5年。"]

    def proposal(name: str, sheet: str):
        b = tmp_path / name
        docx(b / "01体系文件" / "KR-QP-02.docx", policy)
        workbook(b / "02记录" / "门卫访客登记.xlsx", {
            "访客": [["日期", "来访人", "单位", "被访人"], ["2026-03-02", "张伟", "顺丰", "何佳"]],
            sheet: [["日期", "钥匙", "领用人"], ["2026-02-01", "档案柜A3", "何佳(关务专员)"],
                    ["2026-05-11", "档案柜A3", "刘晨(关务经理)"]]})
        return run_pipeline(b, profile=PROFILE, write=False).proposals["common.4.1"]

    keys = proposal("keys", "钥匙领用")
    assert keys.rating != "compliant", (keys.rating, keys.status, keys.reasons)
    assert not any("门卫访客登记.xlsx" in r for r in keys.reasons if r.startswith("按台账")), keys.reasons
    lending = proposal("lending", "档案借阅登记")
    assert any("门卫访客登记.xlsx" in r for r in lending.reasons if r.startswith("按台账")), lending.reasons


def test_an_attendee_from_the_client_service_department_makes_no_internal_session_a_client_training(tmp_path):
    """A broker's sheet 培训签到 holds an internal customs session (类别: 内部); one attendee's 部门/单位 is
    客户服务部 (ho3). Who attended says nothing about whom the training was for: the session is no record
    of training clients, and the client-training sub-item stays short of its yearly training. A session
    whose topic names the clients (客户报关业务培训) is such a record."""
    broker = profile_from_dict({"enterprise": "测试报关行", "level": "advanced", "business_type": "broker",
                                "as_of": "2026-07-31", "flags": {}})
    policy = ["客户培训管理规定", "第一条 客户服务部每年至少组织一次面向委托客户的海关法律法规及报关业务培训，培训须有签到表。"]
    head = ["日期", "培训主题", "类别", "讲师", "姓名", "部门/单位", "签到"]

    def proposal(name: str, rows: list[list]):
        b = tmp_path / name
        docx(b / "制度" / "附件1.docx", policy)
        workbook(b / "2025-2026台账汇总.xlsx", {"培训签到": rows})
        return run_pipeline(b, profile=broker, write=False).proposals["broker.1"]

    def attendees(topic: str, kind: str) -> list[list]:
        return [head] + [["2026-05-20", topic, kind, "陈晓东", person, dept, "已签"]
                         for person, dept in (("王建国", "总经理办公室"), ("许静", "客户服务部"), ("李娜", "关务部"))]

    internal = proposal("internal", attendees("报关单填制规范修订及海关法规更新", "内部"))
    assert not any(r.startswith("按台账") for r in internal.reasons), internal.reasons
    assert internal.rating != "compliant", (internal.rating, internal.reasons)
    clients = proposal("clients", attendees("客户报关业务及海关法规培训", "外部"))
    assert clients.rating == "compliant", (clients.rating, clients.status, clients.reasons)
    # a session's audience cell says whom the training was for: clients
    audience = proposal("audience", [["日期", "培训主题", "参加人员", "人数", "签到"],
                                     ["2026-05-20", "报关单填制规范修订及海关法规更新", "委托客户代表（12家）", 15, "已签"]])
    assert audience.rating == "compliant", (audience.rating, audience.status, audience.reasons)
