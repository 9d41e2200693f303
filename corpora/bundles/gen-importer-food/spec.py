"""gen-importer-food — 厦门金果源食品有限公司, a general-certification importer re-certifying.

Imports juice concentrate and citric acid under a processing-trade manual (进料加工) and exports
juice drinks and jam; also imports food for domestic sale, with official health certificates. So
the processing-trade, food, statutory-inspection and licence sub-items apply (profile flags
processing_trade, food, statutory_inspection, licensed_goods, recertification).

Exactly three items are 基本达标 — the limit: the managers' last customs training was May 2025
(nothing in 2026; the 2024 and 2025 sheets do not count for this year, common.1), the paper patrol
log stops after March 2026 (common.22), and a 36-carton short delivery in July 2026 was written on
the receiving record but never reported or handled as the discrepancy procedure requires
(importer.9). Expected: 97, passed. The 2025Q4 seizure ratio above the national average is
outside the "2 consecutive quarters" window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from corpora import records as R
from corpora import templates as T
from corpora.company import Company
from corpora.model import Bundle, Doc, d

HERE = Path(__file__).resolve().parent

CO = Company(
    key="jinguoyuan", name="厦门金果源食品有限公司", short="金果源", prefix="JGY",
    address="福建省厦门市海沧区新阳街道翁角路2026号", customs="海沧海关", customs_code="3502960732",
    credit_code="91350205MA31KQ8U4D",
    people={"legal_rep": "黄志明", "customs_vp": "苏国华", "security_vp": "苏国华", "customs_head": "林雅琴",
            "clerk1": "郭晓婷", "clerk2": "蔡俊杰", "finance": "陈美玲", "it": "洪伟", "hr": "杨淑芬", "warehouse": "李建平",
            "admin": "吴金水", "audit": "许丽华", "quality": "庄文斌", "logistics": "张清泉"},
    visitor="外来人员", guard="门卫", seal="铅封", security="反恐", erp="金蝶K/3 WISE", customs_sys="加工贸易账册管理系统",
    staff=210, business="果汁饮料、果酱生产及出口，进口浓缩果汁、柠檬酸及进口食品分销",
    extra={"port": "3714", "fleets": ["厦门象屿速传物流有限公司", "厦门海翼集装箱运输有限公司"], "cpa": "王淑贞、郑凯"},
)
GOODS = ["浓缩橙汁", "浓缩苹果汁", "柠檬酸", "橙汁饮料", "草莓果酱", "进口芒果汁"]
C = "common"
I = "importer"


def build() -> Bundle:
    b = Bundle("gen-importer-food", "一般认证·进出口货物收发货人（加工贸易＋食品，重新认证），通过：97分，基本达标恰好3项")
    co = CO
    fins = R.read_csv(HERE / "records" / "财务数据.csv")
    mgr = [(co.p("legal_rep"), "总经办", "总经理/法定代表人"), (co.p("customs_vp"), "总经办", "副总经理（分管关务、安全）"),
           (co.p("customs_head"), "关务部", "关务主管")]

    # ---------------------------------------------------------------- 1 培训
    b.add(T.training_policy(co, "01.海关业务培训/海关法律法规培训制度.docx", d("2024-03-01"), times=1,
                            roles={"policy": f"{C}.1.1", "managers": f"{C}.1.2"}))
    b.add(R.xlsx(co, "01.海关业务培训/2024年培训签到表.xlsx", {
        "签到": R.signin_sheet(co, d("2024-04-18"), "一般认证企业标准解读", co.p("customs_head"),
                             mgr + R.staff_attendees(co, "t24", 10, ["关务部", "品管部"]))}, d("2024-04-18")))
    b.add(R.xlsx(co, "01.海关业务培训/2025年5月培训签到表.xlsx", {
        "签到": R.signin_sheet(co, d("2025-05-13"), "进口食品境外生产企业注册及加工贸易单耗管理", co.p("customs_head"),
                             mgr + R.staff_attendees(co, "t25", 12, ["关务部", "品管部", "生产部"]))},
        d("2025-05-13"), ev={f"{C}.1.1": "培训日期：2025年5月13日", f"{C}.1.2": "总经理/法定代表人"}))
    b.add(R.xlsx(co, "01.海关业务培训/2026年关务部内部学习记录.xlsx", {
        "学习": {"title": "关务部内部学习记录", "header": ["日期", "内容", "参加人", "记录人"],
               "rows": [[d("2026-03-10"), "加工贸易手册核销新流程", f"{co.p('clerk1')}、{co.p('clerk2')}", co.p("customs_head")],
                        [d("2026-08-12"), "2026年进口食品标签要求", f"{co.p('clerk1')}、{co.p('clerk2')}", co.p("customs_head")]]}},
        d("2026-08-12"), ev={f"{C}.1.1": "关务部内部学习记录"}))

    # ---------------------------------------------------------------- 2 组织
    b.add(T.appointment(co, "02.组织架构/关于关务负责人及分管领导的通知.docx", d("2024-03-01"),
                        roles={"customs_vp": f"{C}.2", "customs_head": f"{C}.2"}))

    # ---------------------------------------------------------------- 3 单证控制
    b.add(T.review_policy(co, "03.单证控制/进出口单证复核制度.docx", d("2024-03-01"), licensed=True, processing=True,
                          roles={"policy": [f"{C}.3", f"{I}.1.1"], "fields": f"{I}.1.1", "licensed": f"{I}.1.2",
                                 "processing": f"{I}.1.3", "errors": f"{C}.3"}))
    b.add(R.review_log(co, "03.单证控制/2026年报关单复核记录.xlsx", d("2026-01-05"), d("2026-10-30"), 2, GOODS,
                       roles={"log": [f"{C}.3", f"{I}.1.1"]}))
    rnd = co.rnd("cert")
    cert = []
    for day in R.workdays(d("2026-01-05"), d("2026-10-30")):
        if rnd.random() < 0.06:
            origin = rnd.choice(["巴西", "美国", "泰国", "西班牙"])
            cert.append([day, rnd.choice(["浓缩橙汁", "浓缩苹果汁", "进口芒果汁"]), origin, f"{origin}官方卫生证书",
                         f"HC{rnd.randint(100000, 999999)}", "原件核对，编号、品名、数量、批号一致", "原产地证书已核", co.p("clerk2")])
    b.add(R.xlsx(co, "03.单证控制/输华食品官方证书核对表2026.xlsx", {
        "核对": {"title": "进口食品官方证书及随附单证核对表", "header": ["日期", "品名", "原产国", "证书", "证书编号", "核对结果", "原产地", "核对人"],
               "rows": cert}}, d("2026-10-30"), ev={f"{I}.1.2": "进口食品官方证书及随附单证核对表"}))
    rows = []
    for m in range(1, 11):
        rows.append([f"2026-{m:02d}", "C371426A0012", f"{rnd.randint(180, 260)}吨", f"{rnd.randint(150, 240)}吨", f"{rnd.randint(20, 60)}吨",
                     "一致", co.p("clerk1"), co.p("customs_head")])
    b.add(R.xlsx(co, "03.单证控制/手册核销对账表2026.xlsx", {
        "对账": {"title": "加工贸易手册核销对账表", "header": ["月份", "手册号", "料件进口", "成品折料出口", "库存", "账实核对", "编制", "复核"],
               "rows": rows}}, d("2026-10-31"),
        ev={f"{I}.1.3": "加工贸易手册核销对账表", f"{I}.2.2": "C371426A0012"}))

    # ---------------------------------------------------------------- 4 单证保管
    b.add(T.archive_policy(co, "04.单证保管/进出口单证及档案管理制度.docx", d("2024-03-01"), years=3, processing=True, food=True,
                           roles={"policy": [f"{C}.4.1", f"{I}.2.1"], "retention": f"{I}.2.1", "tech": f"{C}.4.3",
                                  "seals": f"{C}.4.4", "aeo_file": f"{C}.4.5", "processing": f"{I}.2.2", "food": f"{I}.2.6"}))
    b.add(R.stamp_ledger(co, "04.单证保管/报关专用章使用登记表.xlsx", d("2026-01-05"), d("2026-10-30"), roles={"ledger": f"{C}.4.4"}))
    b.add(R.aeo_index(co, "04.单证保管/认证专档目录.xlsx", d("2026-10-15"), [
        ("单证控制", "复核记录、官方证书核对表、手册对账表", "关务部"), ("食品记录", "进口和销售记录", "品管部专用档案室"),
        ("内审", "2025、2026年度内审报告", "审计")], roles={"index": f"{C}.4.5"}))
    rnd = co.rnd("foodrec")
    fr = []
    for day in R.workdays(d("2026-01-05"), d("2026-10-30")):
        if rnd.random() < 0.12:
            fr.append([day, "进口芒果汁（NFC）", "1L×12", rnd.randint(200, 1800), f"LOT{day:%y%m%d}", decl(co, day), rnd.choice(
                ["厦门元初食品股份有限公司", "福州永辉超市有限公司", "泉州市华联商厦"]), "0592-55XXXXX", day + dt.timedelta(days=rnd.randint(3, 12))])
    b.add(R.xlsx(co, "04.单证保管/进口食品进口和销售记录2026.xlsx", {
        "记录": {"title": "进口食品进口和销售记录", "header": ["进口日期", "品名", "规格", "数量(箱)", "批号", "报关单号", "购货者", "联系方式", "交货日期"],
               "rows": fr, "footer": ["保管：品管部专用档案室，专人：庄文斌"]}},
        d("2026-10-30"), author=co.p("quality"), ev={f"{I}.2.6": "保管：品管部专用档案室，专人：庄文斌"}))

    # ---------------------------------------------------------------- 5 内审 / 7 改进
    b.add(T.audit_policy(co, "05.内部审计/内部审计制度.docx", d("2024-03-01"), level="一般",
                         roles={"policy": [f"{C}.5.1", f"{C}.5.2"], "archive": f"{C}.5.2"}))
    b.add(T.audit_report(co, "05.内部审计/2025年度内审报告.pdf", 2025, d("2025-10-17"), [
        ("加工贸易", "2票深加工结转未及时录入账册", "当日录入并月度对账", "郭晓婷/2025-11-30")],
        roles={"report": f"{C}.5.2", "continuing": f"{C}.5.3"}, level="一般", continuing=True, period="2024年7月至2025年9月"))
    b.add(T.audit_report(co, "05.内部审计/2026年度内审报告（一般认证持续符合自评）.pdf", 2026, d("2026-10-16"), [
        ("海关业务培训", "2026年管理层未参加海关法律法规培训", "12月组织培训", "林雅琴/2026-12-15"),
        ("场所安全", "2026年4月起门卫巡查记录缺失", "恢复巡查记录并改用电子巡更", "吴金水/2026-11-30")],
        roles={"report": [f"{C}.5.1", f"{C}.5.2"], "continuing": f"{C}.5.3"}, level="一般", continuing=True,
        period="2025年10月至2026年9月"))
    b.add(R.rectification(co, "05.内部审计/内审整改跟踪表.xlsx", [
        ("2025年内审", "深加工结转未及时录入", "月度对账", co.p("clerk1"), d("2025-11-30"), d("2025-11-20"), co.p("customs_vp")),
        ("2026年内审", "管理层未参加培训", "12月培训", co.p("customs_head"), d("2026-12-15"), None, co.p("customs_vp")),
        ("2026年内审", "巡查记录缺失", "恢复巡查", co.p("admin"), d("2026-11-30"), None, co.p("customs_vp")),
    ], d("2026-10-28"), roles={"tracking": [f"{C}.5.1", f"{C}.7.1"]}, ev={f"{C}.7.2": "深加工结转未及时录入"}))
    b.add(T.improvement_policy(co, "05.内部审计/整改及责任追究办法.docx", d("2024-03-01"),
                               roles={"policy": f"{C}.7.1", "accountability": f"{C}.7.1", "leader": f"{C}.7.2"}))

    # ---------------------------------------------------------------- 6 质量管理
    b.add(T.quality_policy(co, "06.质量管理/食品安全及质量管控程序.docx", d("2024-03-01"), food=True,
                           roles={"policy": f"{C}.6", "food_audit": f"{C}.6", "nonconform": f"{C}.6"}))
    b.add(R.inspection_ledger(co, "06.质量管理/进口食品检验监管台账2026.xlsx", d("2026-01-05"), d("2026-10-30"),
                              [("浓缩橙汁", "2009119000"), ("浓缩苹果汁", "2009799000"), ("柠檬酸", "2918140000"),
                               ("进口芒果汁", "2009899990")], food=True,
                              roles={"ledger": [f"{C}.6", f"{I}.2.5"]}, ev={f"{I}.6.2": "进口食品检验监管台账"}))

    # ---------------------------------------------------------------- 信息系统
    b.add(T.it_policy(co, "07.信息系统/信息系统管理制度.docx", d("2024-03-01"), years=3,
                      modules="销售、采购、生产、仓储、财务及加工贸易账册等模块",
                      roles={"policy": f"{C}.9", "trace": [f"{C}.8", f"{I}.3"], "backup": f"{C}.9"}))
    b.add(T.infosec_policy(co, "07.信息系统/信息安全管理制度.docx", d("2024-03-01"),
                           roles={"policy": f"{C}.10.1", "accountability": f"{C}.10.3"}))
    b.add(R.xlsx(co, "07.信息系统/2026年信息安全培训签到表.xlsx", {
        "签到": R.signin_sheet(co, d("2026-04-22"), "信息安全：钓鱼邮件识别与账号管理", co.p("it"),
                             R.staff_attendees(co, "is", 26, ["关务部", "财务部", "采购部", "品管部"]))},
        d("2026-04-22"), ev={f"{C}.10.2": "信息安全：钓鱼邮件识别与账号管理 培训签到表"}))
    b.add(R.screenshot("07.信息系统/加工贸易手册及账册系统截图.png", {
        "window": "金蝶K/3 WISE — 加工贸易账册管理", "menu": ["采购管理", "生产管理", "仓存管理", "应收应付", "加工贸易", "报表"],
        "active": "加工贸易", "breadcrumb": "加工贸易 > 手册管理", "heading": "手册执行情况",
        "columns": ["手册号", "备案日期", "有效期", "料件进口", "成品出口", "核销状态", "报核期限"],
        "rows": [["C371426A0012", "2026-01-08", "2026-12-31", "2,046吨", "1,738吨（折料）", "执行中", "2027-01-30"],
                 ["C371425A0031", "2025-01-10", "2025-12-31", "2,318吨", "2,295吨（折料）", "已核销（2026-01-22）", "2026-01-30"],
                 ["C371424A0027", "2024-01-05", "2024-12-31", "1,980吨", "1,962吨（折料）", "已核销（2025-01-17）", "2025-01-30"]],
        "status": "数据自2018-03起保存　用户：guoxt",
    }, ev={f"{C}.8": "手册执行情况", f"{I}.3": "手册执行情况", f"{I}.5.2": "已核销（2026-01-22）"}, day=d("2026-10-28")))

    # ---------------------------------------------------------------- 财务
    for f in fins:
        b.add(R.cpa_report(co, f"08.财务状况/{f['年度']}年度审计报告.pdf", f, firm="厦门天健会计师事务所有限公司",
                           opinion=f["审计意见"], roles={"opinion": f"{C}.11"}))
    b.add(R.ratio_sheet(co, "08.财务状况/财务指标计算.xlsx", fins, roles={"ratios": f"{C}.12"}))

    # ---------------------------------------------------------------- 守法
    b.add(R.no_violation_statement(co, "09.守法规范/守法经营承诺书.docx", d("2026-10-20"),
                                   extra=["近一年未发生因食品安全、品质问题被境外官方通报或客户退货索赔的情况；上年度海关查验未发现不合格；",
                                          "加工贸易手册均在规定期限内报核，未发生超期未报核情形；本公司作为进口商未被列入进口食品不良记录名单。"],
                                   roles={"registration": f"{C}.15", "penalty": [f"{I}.4.1", f"{I}.4.2", f"{I}.4.3"],
                                          "tax": f"{C}.19.1", "correction": f"{C}.20.1", "false_info": f"{C}.20.2",
                                          "disposal": f"{C}.20.3", "risk": f"{C}.20.4", "books": f"{C}.20.5", "docs": f"{C}.20.6",
                                          "conduct": f"{C}.20.7", "bond": f"{C}.20.8", "bribe": f"{C}.20.9",
                                          "blacklist": f"{C}.21", "abnormal": f"{C}.14"},
                                   ev={f"{I}.6.1": "被境外官方通报或客户退货索赔", f"{I}.6.2": "上年度海关查验未发现不合格",
                                       f"{I}.5.2": "未发生超期未报核情形", f"{I}.6.4": "未被列入进口食品不良记录名单"}))
    b.add(R.no_crime_declaration(co, "09.守法规范/无犯罪记录声明.docx", d("2026-10-20"), [
        (co.p("legal_rep"), "总经理"), (co.p("customs_vp"), "副总经理"), (co.p("customs_head"), "关务主管"), (co.p("finance"), "财务经理")],
        fmt="docx", years=1, roles={"declaration": f"{C}.13"}))
    b.add(Doc("09.守法规范/信用中国查询结果.pdf", "pdf", [
        ("title", "信用中国 — 信用信息查询结果"),
        ("p", f"查询对象：{co.name}　统一社会信用代码：{co.credit_code}"),
        ("table", [["类别", "结果"], ["行政处罚", "0条"], ["严重失信主体名单", "暂无"], ["经营异常名录", "暂无"]]),
        ("p", "打印日期：2026-10-19"),
    ], date=d("2026-10-19"), evidence={f"{C}.21": "严重失信主体名单"}))

    # ---------------------------------------------------------------- 场所 / 进入 / 人员
    b.add(T.premises_policy(co, "10.场所安全/厂区安全管理制度.docx", d("2024-03-01"), lighting_scope="大门、仓库装卸区、围墙周边及停车场",
                            roles={"policy": f"{C}.22.1", "gate": [f"{C}.22.2", f"{I}.7.1"], "building": f"{I}.7.2",
                                   "keys": f"{I}.7.3", "patrol": f"{C}.22.1"}))
    weeks = [[f"第{w}周", (d("2026-01-05") + dt.timedelta(weeks=w - 1)).strftime("%m-%d"), "大门/围墙/仓库/停车场", "正常" if w != 6 else "北侧围墙铁丝网松脱，已修复",
              co.names(f"g{w}", 1)[0]] for w in range(1, 14)]
    b.add(Doc("10.场所安全/2026年第一季度门卫巡查记录（扫描件）.jpg", "scan", [
        ("title", "门卫巡查记录（2026年第一季度）"),
        ("table", [["周次", "日期", "巡查区域", "情况", "巡查人"]] + weeks),
        ("p", "行政部审核：吴金水"),
    ], date=d("2026-04-01"), seed=21, evidence={f"{C}.22.1": "门卫巡查记录（2026年第一季度）"}))
    b.add(R.key_ledger(co, "10.场所安全/钥匙领用登记表2026.xlsx", d("2026-01-05"), d("2026-10-30"),
                       ["K01 大门", "K02 原料仓", "K03 成品仓", "K04 保税仓", "K05 实验室"], roles={"ledger": f"{I}.7.3"}))
    b.add(T.access_policy(co, "11.进入安全/门卫及外来人员管理制度.docx", d("2024-03-01"),
                          roles={"policy": f"{C}.23.1", "employees": f"{C}.23.2", "parking": f"{C}.23.2",
                                 "visitor": f"{C}.23.3", "escort": f"{C}.23.3"}))
    b.add(R.visitor_log(co, "11.进入安全/外来人员登记表2026.xlsx", d("2026-01-05"), d("2026-10-30"), per_day=0.9, plate_prefix="闽D",
                        units=["厦门象屿速传物流有限公司", "海沧海关（查验）", "巴西Citrosuco公司（审厂）", "厦门市场监管局", "设备维修", "应聘人员"],
                        roles={"log": f"{C}.23.3", "id": f"{C}.23.3"}))
    b.add(R.badge_log(co, "11.进入安全/工牌发放回收登记.xlsx", d("2026-01-05"), d("2026-10-30"), roles={"log": f"{C}.23.2"}))
    b.add(T.hr_policy(co, "12.人员安全/员工入离职管理制度.docx", d("2024-03-01"),
                      roles={"policy": f"{C}.24.1", "background": f"{C}.24.3", "roster": f"{C}.24.2", "exit": f"{C}.24.4"}))
    b.add(R.roster(co, "12.人员安全/员工花名册2026-10.xlsx", d("2026-10-31"), n=45, roles={"roster": f"{C}.24.2"}))
    b.add(R.background_checks(co, "12.人员安全/2026年背景调查表.xlsx", d("2026-01-05"), d("2026-10-30"), 8, roles={"log": f"{C}.24.3"}))
    b.add(R.exit_checklist(co, "12.人员安全/2026年离职交接清单.xlsx", d("2026-01-05"), d("2026-10-30"), 5,
                           roles={"log": [f"{C}.24.1", f"{C}.24.4"]}))

    # ---------------------------------------------------------------- 商业伙伴 / 货物 / 集装箱 / 运输工具
    b.add(T.partner_policy(co, "13.商业伙伴安全/商业伙伴安全管理程序.docx", d("2024-03-01"),
                           roles={"policy": f"{C}.25", "review": f"{C}.25", "clause": f"{I}.8"}))
    b.add(T.contract_clause(co, "13.商业伙伴安全/运输服务合同反恐条款.docx", d("2025-12-28"), "厦门海翼集装箱运输有限公司",
                            roles={"clause": f"{I}.8"}))
    b.add(T.cargo_policy(co, "14.货物安全/货物收发及异常处理程序.docx", d("2024-03-01"), producer=True,
                         roles={"policy": f"{C}.26", "receiving": f"{I}.9.1", "handover": f"{I}.9.1", "discrepancy": f"{I}.9.2"}))
    rnd = co.rnd("recv")
    recv = []
    for day in R.workdays(d("2026-01-05"), d("2026-10-30")):
        if rnd.random() < 0.1:
            n = rnd.randint(200, 900)
            recv.append([day, rnd.choice(["浓缩橙汁（桶）", "浓缩苹果汁（桶）", "柠檬酸（袋）", "进口芒果汁（箱）"]), n, n, "一致", co.p("warehouse"), ""])
    recv.append([d("2026-07-14"), "进口芒果汁（箱）", 1200, 1164, "短少36箱", co.p("warehouse"), ""])
    recv.sort(key=lambda r: r[0])
    b.add(R.xlsx(co, "14.货物安全/进口货物收货记录2026.xlsx", {
        "收货": {"title": "进口货物收货核对记录", "header": ["日期", "品名", "单证数量", "实收数量", "核对结果", "收货人", "异常处理"], "rows": recv}},
        d("2026-10-30"), author=co.p("warehouse"), ev={f"{I}.9.1": "进口货物收货核对记录", f"{I}.9.2": "短少36箱"}))
    b.add(T.container_policy(co, "15.集装箱安全/集装箱检查及铅封管理规定.docx", d("2024-03-01"),
                             roles={"policy": f"{C}.27", "seven": f"{I}.10"}))
    b.add(R.loading_log(co, "15.集装箱安全/2026年出口装柜及7点检查记录.xlsx", d("2026-01-05"), d("2026-10-30"),
                        prefix="JGY", roles={"loading": f"{C}.26", "seven": [f"{C}.27", f"{I}.10"]}))
    b.add(T.vehicle_policy(co, "16.运输工具安全/运输车辆检查规定.docx", d("2024-03-01"),
                           roles={"policy": f"{C}.28", "inspection": f"{I}.11"}))
    b.add(R.vehicle_log(co, "16.运输工具安全/2026年车辆进出及检查记录.xlsx", d("2026-07-01"), d("2026-10-30"), plate_prefix="闽D",
                        roles={"log": [f"{C}.28", f"{C}.23.1"], "check": f"{I}.11"}))

    # ---------------------------------------------------------------- 危机管理
    b.add(T.emergency_plan(co, "17.危机管理/突发事件应急预案.docx", d("2024-03-01"), roles={"policy": f"{C}.29.1"}))
    b.add(R.xlsx(co, "17.危机管理/2026年反恐培训签到表.xlsx", {
        "签到": R.signin_sheet(co, d("2026-05-27"), "反恐培训：集装箱7点检查、铅封管理与异常报告", co.p("admin"),
                             R.staff_attendees(co, "ct", 24, ["仓储部", "门卫", "关务部", "生产部"]))},
        d("2026-05-27"), author=co.p("admin"), ev={f"{C}.29.2": "反恐培训：集装箱7点检查、铅封管理与异常报告"}))
    b.add(Doc("17.危机管理/2026年台风应急演练记录.docx", "docx", [
        ("title", "2026年防台风应急演练记录"),
        ("meta", [("时间", "2026年6月18日"), ("参加人员", "仓储部、生产部、门卫、关务部共38人"), ("组织", "行政部")]),
        ("p", "演练内容：台风预警发布后保税仓货物加固、转移，集装箱绑扎，停电时冷库货物温度监控及向海沧海关报告保税货物受损的流程。"),
        ("p", "评估：各岗位职责清楚，冷库备用发电机启动用时6分钟。"),
        ("sign", ["记录：吴金水", "2026年6月18日"]),
    ], date=d("2026-06-18"), author=co.p("admin"), header=co.header(), evidence={f"{C}.29.3": "2026年防台风应急演练记录"}))

    rate_all(b)
    return b


def decl(co: Company, day: dt.date) -> str:
    return R.decl_no(co, day, day.toordinal() % 997)


def rate_all(b: Bundle) -> None:
    r = b.rate
    CR, BC, NC, NA = "compliant", "basically_compliant", "non_compliant", "not_applicable"
    rec = "records/报关单统计.csv"
    r(f"{C}.1.1", CR, "培训制度（每年至少一次）＋2024、2025年培训签到及2026年关务部内部学习")
    r(f"{C}.1.2", BC, "管理层最近一次海关法规培训为2025年5月13日，2026年未参加；2024、2025年记录不计入本年度")
    r(f"{C}.2", CR, "通知：副总经理苏国华分管关务")
    r(f"{C}.3", CR, "单证复核制度＋2026年复核记录")
    r(f"{C}.4.1", CR, "进出口单证及档案管理制度")
    r(f"{C}.4.2", NA, "不涉及出入境特殊物品")
    r(f"{C}.4.3", CR, "技术标准、检测报告由技术部与关务部共同保管")
    r(f"{C}.4.4", CR, "报关专用章专人保管＋登记表")
    r(f"{C}.4.5", CR, "认证专档目录")
    r(f"{C}.5.1", CR, "内部审计制度＋2025、2026年度内审报告")
    r(f"{C}.5.2", CR, "2025年10月、2026年10月各实施一次内审")
    r(f"{C}.5.3", CR, "已是一般认证企业，2025、2026年度内审报告结论为持续符合一般认证企业标准")
    r(f"{C}.6", CR, "食品安全及质量管控程序（境外生产企业审核、出厂检验）＋进口食品检验监管台账")
    r(f"{C}.7.1", CR, "整改及责任追究办法＋整改跟踪表")
    r(f"{C}.7.2", CR, "整改由分管副总苏国华验证")
    r(f"{C}.8", CR, "金蝶K/3 WISE含加工贸易账册模块")
    r(f"{C}.9", CR, "信息系统管理制度：数据保存不少于3年，系统数据自2018年起")
    r(f"{C}.10.1", CR, "信息安全管理制度")
    r(f"{C}.10.2", CR, "2026年4月信息安全培训签到")
    r(f"{C}.10.3", CR, "制度规定责任追究")
    r(f"{C}.11", CR, "重新认证：2024、2025年度审计报告均为无保留意见")
    r(f"{C}.12", CR, "资产负债率53.1%，营业利润率6.5%，速动比率0.86，现金流动负债比率0.24",
      ("records/财务数据.csv", "无保留意见"))
    r(f"{C}.13", CR, "总经理、副总、关务主管、财务经理无犯罪记录声明（1年内）")
    r(f"{C}.14", CR, "未被列入异常名录", ("records/异常名录.csv", "列入日期"))
    r(f"{C}.15", CR, "承诺书：注册信息与实际一致")
    r(f"{C}.16", CR, "2025年至2026年10月每月均有报关", (rec, "2026-10"))
    r(f"{C}.19.1", CR, "承诺书：无超期未缴税款")
    r(f"{C}.19.2", CR, "滞纳税款报关单率约0.4%，低于5%", (rec, "滞纳税款报关单票数"))
    for k, why in R.MANAGEMENT_NEGATIVES:
        r(f"{C}.20.{k}", CR, f"1年内{why}（守法经营承诺书）")
    r(f"{C}.20.10", NA, "非统计调查样本企业")
    r(f"{C}.20.11", NA, "无减免税货物")
    r(f"{C}.21", CR, "信用中国：无严重失信记录")
    r(f"{C}.22.1", BC, "厂区安全管理制度规定每晚巡查，但巡查记录仅有2026年第一季度纸质记录，4月起缺失")
    r(f"{C}.22.2", CR, "门卫24小时值守、围墙、监控设施")
    r(f"{C}.23.1", CR, "门卫及外来人员管理制度＋车辆进出记录")
    r(f"{C}.23.2", CR, "工牌发放回收登记，员工车辆停放指定区域")
    r(f"{C}.23.3", CR, "外来人员登记表记录身份证、访客证、陪同人")
    r(f"{C}.24.1", CR, "员工入离职管理制度＋离职交接清单")
    r(f"{C}.24.2", CR, "员工花名册更新至2026年10月")
    r(f"{C}.24.3", CR, "2026年背景调查表")
    r(f"{C}.24.4", CR, "离职交接清单")
    r(f"{C}.25", CR, "商业伙伴安全管理程序＋运输合同反恐条款")
    r(f"{C}.26", CR, "货物收发程序＋出口监装记录")
    r(f"{C}.27", CR, "集装箱检查及铅封管理规定＋7点检查记录")
    r(f"{C}.28", CR, "运输车辆检查规定＋车辆检查记录")
    r(f"{C}.29.1", CR, "突发事件应急预案")
    r(f"{C}.29.2", CR, "2026年5月反恐培训")
    r(f"{C}.29.3", CR, "2026年6月防台风应急演练")
    r(f"{I}.1.1", CR, "复核制度列明品名、归类、价格、原产地等＋复核记录")
    r(f"{I}.1.2", CR, "进口食品官方卫生证书、原产地证书逐票核对表")
    r(f"{I}.1.3", CR, "保税专员每月编制手册核销对账表，关务主管复核")
    r(f"{I}.2.1", CR, "档案管理制度＋保存3年")
    r(f"{I}.2.2", CR, "保税单证独立立卷保管至核销后三年；手册对账表")
    r(f"{I}.2.3", NA, "不涉及出入境特殊物品")
    r(f"{I}.2.4", NA, "不涉及进出境动植物及其产品检疫监管")
    r(f"{I}.2.5", CR, "进口食品检验监管台账（检验结果、不合格处置）")
    r(f"{I}.2.6", CR, "进口和销售记录由品管部专用档案室专人保管")
    r(f"{I}.3", CR, "ERP记录生产经营、进出口、财务，可按手册、报关单查询")
    r(f"{I}.4.1", CR, "1年内无海关处罚（处罚记录为空）", ("records/处罚记录.csv", "处罚日期"))
    r(f"{I}.4.2", CR, "1年内无检疫、商检处罚", ("records/处罚记录.csv", "违法类别"))
    r(f"{I}.4.3", CR, "1年内无违反海关监管规定行为")
    r(f"{I}.4.4", NA, "非当年注册登记")
    r(f"{I}.5.1", CR, "最近连续2个季度（2026Q2、Q3）查获比率低于全国平均；2025Q4超过但不在窗口内",
      ("records/季度指标.csv", "查获比率"))
    r(f"{I}.5.2", CR, "2025年、2024年手册均在报核期限内核销（截图）")
    r(f"{I}.5.3", CR, "最近连续2个季度手册规范申报率高于全国平均", ("records/季度指标.csv", "手册规范申报率"))
    r(f"{I}.6.1", CR, "承诺书：1年内无境外通报或退货索赔")
    r(f"{I}.6.2", CR, "承诺书及检验台账：上年度查验未发现不合格")
    r(f"{I}.6.3", NA, "不出口动植物及其产品（animal_plant=false）")
    r(f"{I}.6.4", CR, "承诺书：未被列入进口食品不良记录名单")
    r(f"{I}.7.1", CR, "大门门卫24小时值守")
    r(f"{I}.7.2", CR, "每月检查围墙、门窗、屋顶")
    r(f"{I}.7.3", CR, "钥匙编号管理＋领用登记")
    r(f"{I}.8", CR, "运输合同含反恐条款；程序要求合同载明安全条款")
    r(f"{I}.9.1", CR, "收货核对记录（单证数量与实收数量）及交接签字")
    r(f"{I}.9.2", BC, "有异常处理程序，但2026年7月14日进口芒果汁短少36箱未填写异常报告、未处理")
    r(f"{I}.10", CR, "出口装柜7点检查记录")
    r(f"{I}.11", CR, "车辆检查规定＋车辆检查记录")
