"""messy — 深圳市华创芯源电子有限公司, a general-certification trading company, handed in as found.

An electronic-components trader (no production, so container and vehicle security are checked at
its contracted logistics company 深圳市顺港物流有限公司). The bundle is what a small company
actually sends: half-sorted folders ("新建文件夹", "扫描件"), evidence for some items only as scans
(the 2026 training sign-in sheet, the visitor book, the logistics company's seven-point sheet, the
no-criminal-record declaration), partner letters in traditional Chinese (Hong Kong and Taiwan), a
GBK-encoded system note, a legacy .doc, a zip of old records, a corrupt PDF, an encrypted PDF (a copy
of the internal-audit report that is also there as DOCX), an empty "新建 Microsoft Word 文档.docx",
the same policy as DOCX and PDF, and two irrelevant files (the canteen menu, a holiday notice) that
must never become evidence.

Ratings: the 2025 audit report is qualified (保留意见 → common.11 基本达标, financial, does not
count toward the limit of 3), no information-security training (common.10 基本达标), and the
visitor book records neither ID checks nor visitor badges (common.23 基本达标). Expected: 97, passed.
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
    key="huachuang", name="深圳市华创芯源电子有限公司", short="华创芯源", prefix="HC",
    address="广东省深圳市福田区华强北街道深南中路3018号世纪汇广场21楼", customs="福中海关", customs_code="4403160958",
    credit_code="91440300MA5F2R7X9B",
    people={"legal_rep": "邓伟明", "customs_vp": "罗嘉欣", "security_vp": "罗嘉欣", "customs_head": "钟思敏",
            "clerk1": "黎小燕", "clerk2": "温浩", "finance": "谭秀珍", "it": "欧阳杰", "hr": "梁晓琳", "warehouse": "赖永强",
            "admin": "麦志豪", "audit": "曾婉婷", "quality": "邱文", "logistics": "廖国平"},
    visitor="访客", guard="保安", seal="封条", security="反恐", erp="金蝶精斗云", customs_sys="单一窗口",
    staff=36, business="电子元器件进出口贸易（集成电路、被动元件），无生产",
    extra={"port": "5316", "fleets": ["深圳市顺港物流有限公司"], "cpa": "黄凯、陈颖"},
)
LOGI = "深圳市顺港物流有限公司"
HK = "香港永顺国际货运有限公司"
TW = "台湾联咏精密股份有限公司"
C = "common"
I = "importer"


def build() -> Bundle:
    b = Bundle("messy", "一般认证·进出口货物收发货人（单纯贸易），杂乱资料包：扫描件、繁体函件、GBK文本、损坏/加密/空文件、重复件、无关文件；通过：97分")
    co = CO
    fins = R.read_csv(HERE / "records" / "财务数据.csv")
    A = "AEO资料"

    # ---------------------------------------------------------------- policies, loosely sorted
    b.add(T.training_policy(co, f"{A}/制度/海关业务培训制度.docx", d("2025-08-01"), times=1,
                            roles={"policy": f"{C}.1.1", "managers": f"{C}.1.2"}))
    b.add(Doc("扫描件/2026年海关培训签到表（扫描）.jpg", "scan", [
        ("title", "海关业务培训签到表"),
        ("p", "培训时间：2026年6月10日下午　地点：21楼会议室　讲师：钟思敏"),
        ("p", "主题：2026年集成电路进口申报要素及原产地规则"),
        ("table", [["序号", "姓名", "部门", "职务", "签名"],
                   ["1", co.p("legal_rep"), "总经办", "总经理（法人）", ""], ["2", co.p("customs_vp"), "总经办", "副总经理", ""],
                   ["3", co.p("customs_head"), "关务部", "关务主管", ""], ["4", co.p("clerk1"), "关务部", "关务专员", ""],
                   ["5", co.p("clerk2"), "关务部", "关务专员", ""], ["6", co.p("finance"), "财务部", "财务经理", ""],
                   ["7", co.p("logistics"), "物流部", "物流主管", ""], ["8", co.p("warehouse"), "仓库", "仓管", ""]]),
        ("signature", "记录人"),
    ], date=d("2026-06-10"), seed=31,
        evidence={f"{C}.1.1": "培训时间：2026年6月10日", f"{C}.1.2": "总经理（法人）"}))
    b.add(T.appointment(co, "新建文件夹/关于指定关务负责人的决定.docx", d("2025-08-01"),
                        roles={"customs_vp": f"{C}.2", "customs_head": f"{C}.2"}))
    b.add(T.review_policy(co, f"{A}/制度/单证复核规定.docx", d("2025-08-01"),
                          roles={"policy": [f"{C}.3", f"{I}.1.1"], "fields": f"{I}.1.1"}))
    b.add(R.review_log(co, f"{A}/记录/报关单复核记录2026.xlsx", d("2026-01-05"), d("2026-10-30"), 2,
                       ["集成电路", "片式电容", "贴片电阻", "电感器", "晶体振荡器"], roles={"log": [f"{C}.3", f"{I}.1.1"]}))
    b.add(T.archive_policy(co, f"{A}/制度/单证档案管理制度.docx", d("2025-08-01"), years=3,
                           tech_text="元器件规格书（datasheet）、原厂授权书按料号存放于共享盘，供归类及查验时调阅。",
                           roles={"policy": [f"{C}.4.1", f"{I}.2.1"], "retention": f"{I}.2.1", "tech": f"{C}.4.3",
                                  "seals": f"{C}.4.4", "aeo_file": f"{C}.4.5"}))
    b.add(R.stamp_ledger(co, f"{A}/记录/报关章使用登记.xlsx", d("2026-03-02"), d("2026-10-30"), roles={"ledger": f"{C}.4.4"}))
    b.add(T.audit_policy(co, f"{A}/制度/内部审计制度.docx", d("2025-08-01"), level="一般",
                         roles={"policy": [f"{C}.5.1", f"{C}.5.2"]}))
    report_findings = [
        ("信息安全", "制度要求每年培训，2026年未开展信息安全培训", "制定培训计划", "欧阳杰/2026-12-31"),
        ("进入安全", "访客登记本无证件号码及访客证编号", "更换登记本格式", "麦志豪/2026-11-30"),
    ]
    report = b.add(T.audit_report(co, f"{A}/内审/2026年内审报告.docx", 2026, d("2026-09-18"), report_findings, fmt="docx",
                                  level="一般", roles={"report": [f"{C}.5.1", f"{C}.5.2"]}, period="2025年9月至2026年8月"))
    b.add(Doc(f"{A}/内审/2026年内审报告(加密).pdf", "encrypted_pdf", report.blocks, date=d("2026-09-18")))
    b.add(T.improvement_policy(co, f"{A}/制度/整改与追责办法.docx", d("2025-08-01"),
                               roles={"policy": f"{C}.7.1", "accountability": f"{C}.7.1", "leader": f"{C}.7.2"}))
    b.add(R.rectification(co, f"{A}/内审/整改跟踪.xlsx", [
        ("2025年内审", "报关章使用未登记", "建立使用登记表", co.p("customs_head"), d("2025-10-31"), d("2026-03-02"), co.p("customs_vp")),
        ("2026年内审", "未开展信息安全培训", "制定计划", co.p("it"), d("2026-12-31"), None, co.p("customs_vp")),
        ("2026年内审", "访客登记不规范", "更换登记本", co.p("admin"), d("2026-11-30"), None, co.p("customs_vp")),
    ], d("2026-10-20"), roles={"tracking": [f"{C}.5.1", f"{C}.7.1"]}, ev={f"{C}.7.2": "建立使用登记表"}))

    # ---------------------------------------------------------------- system note in GBK, duplicate policy
    b.add(Doc("系统说明及数据备份日志.txt", "txt", [
        ("p", "华创芯源 信息系统说明（IT外包：深圳云启科技）"),
        ("p", "一、系统：金蝶精斗云（采购、销售、库存、财务），关务通过单一窗口申报，报关数据每日从单一窗口导出归档到NAS。"),
        ("p", "二、可按合同号、料号、报关单号查询进出口及库存、收付汇记录；数据保存：精斗云自2020年起全部在线，NAS归档不删除。"),
        ("p", "三、备份：NAS每日23:00增量备份，每周日全量备份并同步到阿里云OSS。"),
        ("p", "备份日志（节选）"),
        ("p", "2026-10-25 23:00 增量备份 成功 2.1GB"),
        ("p", "2026-10-26 03:00 全量备份 成功 186.4GB 已同步OSS"),
        ("p", "2026-10-27 23:00 增量备份 成功 1.8GB"),
        ("p", "2026-10-28 23:00 增量备份 成功 2.4GB"),
    ], encoding="gbk", date=d("2026-10-29"),
        evidence={f"{C}.8": "金蝶精斗云（采购、销售、库存、财务）", f"{C}.9": "精斗云自2020年起全部在线",
                  f"{I}.3": "可按合同号、料号、报关单号查询进出口及库存、收付汇记录"}))
    b.add(T.it_policy(co, f"{A}/制度/信息系统管理制度.docx", d("2025-08-01"), years=3,
                      roles={"policy": f"{C}.9", "backup": f"{C}.9"}))
    for fmt in ("docx", "pdf"):
        b.add(T.infosec_policy(co, f"{A}/制度/信息安全管理制度.{fmt}", d("2025-08-01"), fmt=fmt,
                               roles={"policy": f"{C}.10.1", "accountability": f"{C}.10.3", "training": f"{C}.10.2"}))
    b.duplicates.append([f"{A}/制度/信息安全管理制度.docx", f"{A}/制度/信息安全管理制度.pdf"])
    b.duplicates.append([f"{A}/内审/2026年内审报告.docx", f"{A}/内审/2026年内审报告(加密).pdf"])

    # ---------------------------------------------------------------- finance and legal
    for f in fins:
        b.add(R.cpa_report(co, f"财务/{f['年度']}年审计报告.pdf", f, firm="深圳中瑞会计师事务所（普通合伙）", opinion=f["审计意见"],
                           basis="贵公司2025年12月31日存放于香港第三方仓库的存货账面价值约人民币82万元，我们未能实施监盘，也无法实施替代审计程序。",
                           roles={"opinion": f"{C}.11", "report": f"{C}.11"}))
    b.add(R.ratio_sheet(co, "财务/财务指标.xlsx", fins, roles={"ratios": f"{C}.12"}))
    b.add(R.no_violation_statement(co, "新建文件夹/无违法违规承诺书.docx", d("2026-10-22"),
                                   extra=["近一年未发生因产品质量或欺诈行为被境外官方通报或客户退货索赔并经查实属我公司责任的情况。"],
                                   roles={"registration": f"{C}.15", "penalty": [f"{I}.4.1", f"{I}.4.2", f"{I}.4.3"],
                                          "tax": f"{C}.19.1", "correction": f"{C}.20.1", "false_info": f"{C}.20.2",
                                          "disposal": f"{C}.20.3", "risk": f"{C}.20.4", "books": f"{C}.20.5",
                                          "docs": f"{C}.20.6", "conduct": f"{C}.20.7", "bond": f"{C}.20.8",
                                          "bribe": f"{C}.20.9", "blacklist": f"{C}.21", "abnormal": f"{C}.14"},
                                   ev={f"{I}.6.1": "被境外官方通报或客户退货索赔"}))
    b.add(R.no_crime_declaration(co, "扫描件/无犯罪记录声明（扫描）.pdf", d("2026-10-22"), [
        (co.p("legal_rep"), "总经理"), (co.p("customs_vp"), "副总经理"), (co.p("customs_head"), "关务主管")],
        years=1, roles={"declaration": f"{C}.13"}, seed=33))
    b.add(R.screenshot("扫描件/微信图片_20261021.png", {
        "window": "信用中国 — 查询结果", "url": "https://www.creditchina.gov.cn/",
        "heading": co.name, "columns": ["信息类别", "结果"],
        "rows": [["统一社会信用代码", co.credit_code], ["行政处罚", "0条"], ["严重失信主体名单", "暂无"], ["经营异常名录", "暂无"]],
        "status": "2026-10-21 16:42", "size": (1000, 520),
    }, ev={f"{C}.21": "严重失信主体名单", f"{C}.16": co.credit_code}, day=d("2026-10-21")))

    # ---------------------------------------------------------------- premises, access, people
    b.add(T.premises_policy(co, f"{A}/制度/办公及仓库安全管理制度.docx", d("2025-08-01"), office_only=True,
                            lighting_scope="大堂入口、办公区走廊", roles={"policy": f"{C}.22.1", "gate": [f"{C}.22.2", f"{I}.7.1"],
                                                                       "building": f"{I}.7.2", "keys": f"{I}.7.3",
                                                                       "patrol": f"{C}.22.1"}))
    b.add(R.patrol_log(co, f"{A}/记录/保安巡查记录2026.xlsx", d("2026-01-01"), d("2026-10-31"), sheet_by="month",
                       areas=["21楼入口", "样品仓", "机房", "办公区门窗"],
                       ev={f"{C}.22.1": "安全巡查记录", f"{I}.7.1": "21楼入口", f"{I}.7.2": "办公区门窗"}))
    b.add(R.key_ledger(co, f"{A}/记录/钥匙登记.xlsx", d("2026-01-05"), d("2026-10-30"),
                       ["K01 21楼大门", "K02 样品仓", "K03 机房", "K04 财务室"], roles={"ledger": f"{I}.7.3"}))
    b.add(Doc(f"{A}/制度/保安及访客管理制度.doc", "doc", T.access_policy(co, "x.docx", d("2025-08-01")).blocks,
              date=d("2025-08-01"), header=co.header(),
              evidence={f"{C}.23.1": "规范员工、访客及车辆出入", f"{C}.23.2": "员工凭工牌及门禁卡出入",
                        f"{C}.23.3": "须查验其身份证等带照片的有效证件"}))
    vis = [["日期", "姓名", "单位", "事由", "被访人", "进入", "离开"]]
    rnd = co.rnd("visitbook")
    for i in range(14):
        day = d("2026-10-08") + dt.timedelta(days=i * 1.5)
        vis.append([day.strftime("%m-%d"), co.names(f"vb{i}", 1)[0],
                    rnd.choice(["顺港物流", "安富利", "快递", "客户-比亚迪", "大楼物业", "面试"]), rnd.choice(["送货", "对账", "面试", "维修", "拜访"]),
                    rnd.choice([co.p("customs_head"), co.p("logistics"), co.p("finance"), co.p("hr")]),
                    f"{rnd.randint(9, 15)}:{rnd.randint(0, 5)}0", f"{rnd.randint(15, 17)}:{rnd.randint(0, 5)}0"])
    b.add(Doc("扫描件/访客登记本2026年10月（扫描）.jpg", "scan", [
        ("title", "访客登记本（2026年10月）"), ("table", vis)], date=d("2026-10-31"), seed=35,
        evidence={f"{C}.23.3": "访客登记本（2026年10月）"}))
    b.add(R.badge_log(co, f"{A}/记录/工牌发放回收.xlsx", d("2026-01-05"), d("2026-10-30"), roles={"log": f"{C}.23.2"}))
    b.add(T.hr_policy(co, f"{A}/制度/人事管理制度（入离职）.docx", d("2025-08-01"),
                      roles={"policy": f"{C}.24.1", "background": f"{C}.24.3", "roster": f"{C}.24.2", "exit": f"{C}.24.4"}))
    b.add(R.roster(co, f"{A}/记录/员工名单202610.xlsx", d("2026-10-31"), n=36, leavers=3, roles={"roster": f"{C}.24.2"}))
    b.add(R.background_checks(co, f"{A}/记录/入职背调2026.xlsx", d("2026-01-05"), d("2026-10-30"), 5, roles={"log": f"{C}.24.3"}))
    b.add(R.exit_checklist(co, f"{A}/记录/离职交接2026.xlsx", d("2026-01-05"), d("2026-10-30"), 3,
                           roles={"log": [f"{C}.24.1", f"{C}.24.4"]}))

    # ---------------------------------------------------------------- partners (traditional Chinese letters)
    b.add(T.partner_policy(co, f"{A}/制度/商业伙伴安全管理程序.docx", d("2025-08-01"),
                           roles={"policy": f"{C}.25", "clause": f"{I}.8"}))
    b.add(R.letter(co, "伙伴函件/永顺货运-供应链安全承诺函.docx", d("2026-03-16"), "供应链安全承诺函", co.name, [
        f"本公司{HK}为贵司提供香港至深圳的进口货物集运及跨境陆路运输服务。应贵司要求，本公司承诺：",
        "一、遵守中国海关认证企业标准及美国C-TPAT对货运代理的安全要求，按照该等标准持续完善本公司贸易安全管理；",
        "二、所有出仓货柜于装货前实施七点检查，施加符合ISO 17712标准的高保安封条，并于交接单上记录封条编号；",
        "三、跨境司机须持有效回乡证及驾驶执照，出车前由调度核对身份；",
        "四、如发生货物被盗、封条异常等事件，于两小时内通知贵司。",
    ], f"{HK}　营运总监 陈家豪", script="traditional-hk", seal="永顺国际货运",
        frags={"commit": "按照该等标准持续完善本公司贸易安全管理"}, roles={"commit": [f"{I}.8", f"{C}.25"]}))
    b.add(R.letter(co, "伙伴函件/聯詠精密-供應商安全聲明.pdf", d("2026-04-08"), "供应商供应链安全声明书", co.name, [
        f"{TW}（以下简称本公司）为贵司之电子元器件供应商。本公司声明：",
        "一、本公司已通过台湾AEO（优质企业）认证，证书编号AEO-TW-2019-0457，有效期至2027年12月；",
        "二、本公司厂区设有门禁、监视系统及出货监装程序，出口货物由专人监装并施加封条；",
        "三、本公司同意贵司每年对本公司之安全措施进行书面或实地查核。",
    ], f"{TW}　品保处 林志伟", fmt="pdf", script="traditional-tw",
        frags={"aeo": "本公司已通过台湾AEO（优质企业）认证"}, roles={"aeo": f"{C}.25"}))
    b.add(R.partner_list(co, f"{A}/记录/合作伙伴名录及评估2026.xlsx", d("2026-10-15"), [
        (LOGI, "物流（延伸认证）", "一般认证企业", "2026-09-20", "合格"), (HK, "香港货运", "—", "2026-03-16", "已签安全承诺函"),
        (TW, "境外供应商", "台湾AEO", "2026-04-08", "认证企业，免于评估"), ("安富利电子（深圳）", "国内供应商", "高级认证企业", "2026-09-20", "认证企业，免于评估"),
    ], roles={"list": f"{C}.25"}))

    # ---------------------------------------------------------------- goods / containers / vehicles (extension)
    X = "延伸认证-顺港物流"
    b.add(T.cargo_policy(co, f"{X}/货物安全管理程序.docx", d("2025-08-01"), producer=False,
                         roles={"policy": f"{C}.26", "receiving": f"{I}.9.1", "handover": f"{I}.9.1", "discrepancy": f"{I}.9.2"}))
    b.add(Doc(f"{X}/货物溢短装报告（2026-05-12）.docx", "docx", [
        ("title", "货物溢短装报告"),
        ("p", "2026年5月12日顺港物流仓库收货：进口片式电容（料号GRM188R71H104K）装箱单记载60箱，实收62箱，溢装2箱。"
              "已拍照封存，通知供应商及关务部，关务部当日联系福中海关说明情况并按规定办理。"),
        ("sign", ["顺港物流仓库：" + co.names("sg", 1)[0], "华创芯源关务部：钟思敏", "2026年5月12日"]),
    ], date=d("2026-05-12"), author=co.p("logistics"), evidence={f"{I}.9.2": "溢装2箱"}))
    b.add(T.container_policy(co, f"{X}/集装箱及封条管理规定.docx", d("2025-08-01"),
                             roles={"policy": f"{C}.27", "seven": [f"{C}.27", f"{I}.10"]}))
    seven = [["日期", "柜号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "封条号", "检查人"]]
    rnd = co.rnd("sg7")
    for i in range(12):
        day = d("2026-09-01") + dt.timedelta(days=i * 5)
        seven.append([day.strftime("%m-%d"), f"{rnd.choice(['OOLU', 'TGHU', 'SEGU'])}{rnd.randint(1000000, 9999999)}", "√", "√", "√", "√", "√", "√", "√",
                      f"SG{rnd.randint(300000, 399999)}", co.names(f"sgi{i}", 1)[0]])
    b.add(Doc(f"{X}/顺港物流集装箱7点检查表（扫描件）.pdf", "scan", [
        ("title", "深圳市顺港物流有限公司 集装箱七点检查表"), ("p", "2026年9—10月（华创芯源货物）"), ("table", seven),
        ("seal", "深圳市顺港物流有限公司")], date=d("2026-10-31"), seed=37,
        evidence={f"{I}.10": "集装箱七点检查表", f"{C}.27": "集装箱七点检查表"}))
    rnd = co.rnd("sgho")
    ho = []
    for day in R.workdays(d("2026-01-05"), d("2026-10-30")):
        if rnd.random() < 0.3:
            n = rnd.randint(20, 90)
            ho.append([day, f"HC-PO{day:%y%m}{rnd.randint(10, 99)}", n, n, "一致", R.plate(rnd, "粤B"), co.names(f"dr{day}", 1)[0],
                       "身份证/回乡证已核", "车厢/底盘检查无异常", co.p("warehouse")])
    b.add(R.xlsx(co, f"{X}/顺港物流收发货交接及车辆检查记录2026.xlsx", {
        "交接": {"title": "收发货交接及车辆检查记录", "header": ["日期", "单号", "单证件数", "实收件数", "核对", "车牌", "司机", "司机身份核实",
                                                    "车辆检查", "收货人"], "rows": ho}},
        d("2026-10-30"), author="顺港物流",
        ev={f"{I}.9.1": "收发货交接及车辆检查记录", f"{C}.26": "收发货交接及车辆检查记录", f"{I}.11": "车厢/底盘检查无异常",
            f"{C}.28": "身份证/回乡证已核"}))
    b.add(T.vehicle_policy(co, f"{X}/运输车辆检查规定.docx", d("2025-08-01"), roles={"policy": f"{C}.28", "inspection": f"{I}.11"}))

    # ---------------------------------------------------------------- crisis
    b.add(T.emergency_plan(co, f"{A}/制度/应急预案.docx", d("2025-08-01"), roles={"policy": f"{C}.29.1"}))
    b.add(R.xlsx(co, f"{A}/记录/反恐培训签到2026.xlsx", {
        "签到": R.signin_sheet(co, d("2026-07-08"), "反恐（C-TPAT）与供应链安全基础", co.p("customs_head"),
                             R.staff_attendees(co, "ct", 14, ["关务部", "物流部", "仓库"]), place="21楼会议室")},
        d("2026-07-08"), ev={f"{C}.29.2": "反恐（C-TPAT）与供应链安全基础"}))
    b.add(Doc(f"{A}/记录/2026年消防演练记录.docx", "docx", [
        ("title", "2026年消防疏散演练记录"),
        ("p", "时间：2026年8月27日14:30；参加：全体员工32人；内容：大厦联合消防疏散、样品仓初起火灾扑救、报警及向物业和海关报告流程（模拟）。用时4分05秒。"),
        ("sign", ["记录：麦志豪"]),
    ], date=d("2026-08-27"), author=co.p("admin"), evidence={f"{C}.29.3": "2026年消防疏散演练记录"}))
    b.add(Doc(f"{A}/记录/2025年消防演练照片.pdf", "corrupt_pdf", [
        ("title", "2025年消防演练照片"), ("p", "照片1：疏散集合点　照片2：灭火器实操　照片3：样品仓疏散通道")], date=d("2025-09-10")))

    # ---------------------------------------------------------------- noise
    b.add(Doc("新建文件夹/新建 Microsoft Word 文档.docx", "empty", date=d("2026-10-22")))
    b.add(R.xlsx(co, "新建文件夹/食堂菜单2026年10月.xlsx", {
        "10月第4周": {"title": "员工食堂菜单（10月第4周）", "header": ["日期", "午餐主菜", "午餐副菜", "汤", "晚餐"],
                   "rows": [[d("2026-10-26"), "梅菜扣肉", "清炒菜心", "冬瓜排骨汤", "番茄牛腩饭"],
                            [d("2026-10-27"), "白切鸡", "蒜蓉西兰花", "紫菜蛋花汤", "叉烧饭"],
                            [d("2026-10-28"), "豉汁蒸排骨", "手撕包菜", "玉米胡萝卜汤", "干炒牛河"],
                            [d("2026-10-29"), "可乐鸡翅", "麻婆豆腐", "西洋菜汤", "云吞面"],
                            [d("2026-10-30"), "清蒸鲈鱼", "炒时蔬", "老火靓汤", "自选"]],
                   "footer": ["行政部 食堂管理员：" + co.names("canteen", 1)[0]]}},
        d("2026-10-23"), author=co.p("admin")))
    b.add(Doc("新建文件夹/2026年中秋福利发放通知.docx", "docx", [
        ("title", "关于2026年中秋节福利发放的通知"),
        ("p", "各位同事：中秋节将至，公司为每位员工准备月饼礼盒一份及购物卡500元，请于9月22日前到行政部领取并签字。"),
        ("sign", ["行政部", "2026年9月18日"]),
    ], date=d("2026-09-18"), author=co.p("admin"), header=co.header()))
    b.irrelevant += ["新建文件夹/食堂菜单2026年10月.xlsx", "新建文件夹/2026年中秋福利发放通知.docx"]
    b.unreadable += [f"{A}/记录/2025年消防演练照片.pdf", f"{A}/内审/2026年内审报告(加密).pdf",
                     "新建文件夹/新建 Microsoft Word 文档.docx"]
    b.add(Doc("资料清单说明.txt", "txt", [
        ("p", "AEO认证资料清单（华创芯源 关务部 钟思敏 整理 2026-10-29）"),
        ("p", "1. AEO资料\\制度：各项管理制度"),
        ("p", "2. AEO资料\\记录：2026年各类记录表"),
        ("p", "3. 扫描件：培训签到、访客登记本、无犯罪声明等纸质文件扫描"),
        ("p", "4. 伙伴函件：香港永顺、台湾联咏的安全承诺（繁体）"),
        ("p", "5. 延伸认证-顺港物流：物流商的检查记录"),
        ("p", "6. 2025年旧资料.zip：去年的记录，仅供参考"),
        ("p", "注：内审报告PDF版设置了密码，请看DOCX版。"),
    ], encoding="gbk", date=d("2026-10-29")))
    b.add(Doc("2025年旧资料.zip", "zip", members=[
        R.xlsx(co, "2025/海关培训签到2025.xlsx", {
            "签到": R.signin_sheet(co, d("2025-09-03"), "海关企业信用管理办法解读", co.p("customs_head"),
                                 [(co.p("legal_rep"), "总经办", "总经理"), (co.p("customs_head"), "关务部", "关务主管")] +
                                 R.staff_attendees(co, "t25", 6, ["关务部"]))}, d("2025-09-03"),
            ev={f"{C}.1.1": "培训日期：2025年9月3日"}),
        R.patrol_log(co, "2025/保安巡查记录2025Q4.xlsx", d("2025-10-01"), d("2025-12-31"),
                     areas=["21楼入口", "样品仓", "机房"]),
        Doc("2025/说明.txt", "txt", [("p", "2025年资料，部分纸质记录已遗失。")], encoding="gbk", date=d("2026-01-05")),
    ]))

    rate_all(b)
    return b


def rate_all(b: Bundle) -> None:
    r = b.rate
    CR, BC, NC, NA = "compliant", "basically_compliant", "non_compliant", "not_applicable"
    rec = "records/报关单统计.csv"
    r(f"{C}.1.1", CR, "培训制度＋2026年6月培训签到（仅有扫描件）＋2025年9月签到（旧资料压缩包）")
    r(f"{C}.1.2", CR, "总经理、副总经理、关务主管参加2026年6月10日培训（扫描签到表）")
    r(f"{C}.2", CR, "决定：副总经理罗嘉欣分管关务")
    r(f"{C}.3", CR, "单证复核规定＋2026年复核记录")
    r(f"{C}.4.1", CR, "单证档案管理制度")
    r(f"{C}.4.2", NA, "不涉及出入境特殊物品")
    r(f"{C}.4.3", CR, "元器件规格书、原厂授权书按料号保管")
    r(f"{C}.4.4", CR, "报关章专人保管＋2026年3月起使用登记")
    r(f"{C}.4.5", CR, "制度规定建立认证专门档案，资料清单按条目整理")
    r(f"{C}.5.1", CR, "内部审计制度＋2026年内审报告（DOCX；加密PDF为同一报告）")
    r(f"{C}.5.2", CR, "2026年9月实施内审")
    r(f"{C}.5.3", NA, "首次申请一般认证")
    r(f"{C}.6", NA, "贸易企业不涉及食品、动植物、法检商品")
    r(f"{C}.7.1", CR, "整改与追责办法＋整改跟踪")
    r(f"{C}.7.2", CR, "整改事项由副总经理罗嘉欣验证")
    r(f"{C}.8", CR, "金蝶精斗云＋单一窗口（GBK编码的系统说明）")
    r(f"{C}.9", CR, "数据自2020年起在线，NAS每日备份（系统说明及备份日志）")
    r(f"{C}.10.1", CR, "信息安全管理制度（DOCX与PDF相同）")
    r(f"{C}.10.2", BC, "制度规定每年培训，但无信息安全培训记录（2026年内审已指出）")
    r(f"{C}.10.3", CR, "制度规定违规责任追究")
    r(f"{C}.11", BC, "2025年度审计报告为保留意见（香港仓存货未能监盘）")
    r(f"{C}.12", CR, "资产负债率55.2%，营业利润率3.7%，速动比率1.16，现金流动负债比率0.22",
      ("records/财务数据.csv", "保留意见"))
    r(f"{C}.13", CR, "总经理、副总、关务主管无犯罪记录声明（扫描件）")
    r(f"{C}.14", CR, "未被列入异常名录", ("records/异常名录.csv", "列入日期"))
    r(f"{C}.15", CR, "承诺书：注册信息与实际一致")
    r(f"{C}.16", CR, "2025年至2026年10月每月均有报关", (rec, "2026-10"))
    r(f"{C}.19.1", CR, "承诺书：无超期未缴税款")
    r(f"{C}.19.2", CR, "滞纳税款报关单率约0.3%，低于5%", (rec, "滞纳税款报关单票数"))
    for k, why in R.MANAGEMENT_NEGATIVES:
        r(f"{C}.20.{k}", CR, f"1年内{why}（无违法违规承诺书）")
    r(f"{C}.20.10", NA, "非统计调查样本企业")
    r(f"{C}.20.11", NA, "无减免税货物")
    r(f"{C}.21", CR, "信用中国截图（微信图片）：无严重失信记录")
    r(f"{C}.22.1", CR, "办公及仓库安全管理制度＋2026年保安巡查记录")
    r(f"{C}.22.2", CR, "大楼入口保安、样品仓上锁")
    r(f"{C}.23.1", CR, "保安及访客管理制度（旧版.doc）")
    r(f"{C}.23.2", CR, "工牌发放回收登记")
    r(f"{C}.23.3", BC, "制度要求查验证件、发访客证，但访客登记本（扫描件）无证件号码、访客证及陪同记录")
    r(f"{C}.24.1", CR, "人事管理制度（入离职）＋离职交接")
    r(f"{C}.24.2", CR, "员工名单更新至2026年10月")
    r(f"{C}.24.3", CR, "2026年入职背调")
    r(f"{C}.24.4", CR, "离职交接（账号停用）")
    r(f"{C}.25", CR, "商业伙伴安全管理程序＋永顺货运安全承诺函（繁体）＋联咏精密台湾AEO声明（繁体）＋名录")
    r(f"{C}.26", CR, "货物安全管理程序＋顺港物流收发货交接记录")
    r(f"{C}.27", CR, "集装箱及封条管理规定＋顺港物流7点检查表（扫描件）")
    r(f"{C}.28", CR, "车辆检查规定＋顺港物流司机身份核实及车辆检查记录")
    r(f"{C}.29.1", CR, "应急预案")
    r(f"{C}.29.2", CR, "2026年7月反恐培训")
    r(f"{C}.29.3", CR, "2026年8月消防疏散演练记录（2025年照片PDF已损坏，不作证据）")
    r(f"{I}.1.1", CR, "单证复核规定列明复核内容＋复核记录")
    r(f"{I}.1.2", NA, "不涉及许可证或输华官方证书")
    r(f"{I}.1.3", NA, "无加工贸易")
    r(f"{I}.2.1", CR, "单证档案管理制度（保存3年）")
    r(f"{I}.2.2", NA, "无加工贸易及保税业务")
    r(f"{I}.2.3", NA, "不涉及出入境特殊物品")
    r(f"{I}.2.4", NA, "不涉及动植物及其产品")
    r(f"{I}.2.5", NA, "不涉及法定检验商品")
    r(f"{I}.2.6", NA, "不进出口食品")
    r(f"{I}.3", CR, "精斗云可按合同号、料号、报关单号查询进出口、库存和收付汇")
    r(f"{I}.4.1", CR, "1年内无海关处罚（处罚记录为空）", ("records/处罚记录.csv", "处罚日期"))
    r(f"{I}.4.2", CR, "1年内无检疫、商检处罚", ("records/处罚记录.csv", "违法类别"))
    r(f"{I}.4.3", CR, "1年内无违反海关监管规定行为")
    r(f"{I}.4.4", NA, "非当年注册登记")
    r(f"{I}.5.1", CR, "2026Q2、Q3查获比率均低于全国平均", ("records/季度指标.csv", "查获比率"))
    r(f"{I}.5.2", NA, "无加工贸易手（账）册")
    r(f"{I}.5.3", NA, "无加工贸易手（账）册")
    r(f"{I}.6.1", CR, "承诺书：无境外通报或退货索赔")
    r(f"{I}.6.2", NA, "不涉及法定检验商品")
    r(f"{I}.6.3", NA, "不出口动植物及其产品")
    r(f"{I}.6.4", NA, "不进口食品")
    r(f"{I}.7.1", CR, "大楼入口保安值守，巡查记录")
    r(f"{I}.7.2", CR, "每月门窗门禁检查（制度及巡查记录）")
    r(f"{I}.7.3", CR, "钥匙登记")
    r(f"{I}.8", CR, "香港永顺货运书面承诺按认证标准完善贸易安全管理（繁体函件）；程序要求合同含安全条款")
    r(f"{I}.9.1", CR, "顺港物流收发货交接记录（件数核对、签字）")
    r(f"{I}.9.2", CR, "货物安全管理程序含异常报告；2026年5月溢装报告")
    r(f"{I}.10", CR, "单纯贸易企业，延伸认证顺港物流：7点检查表（扫描件）")
    r(f"{I}.11", CR, "顺港物流车辆检查记录及检查规定")
