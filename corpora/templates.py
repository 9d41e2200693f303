"""Policy documents (制度/办法/规定/程序) as companies write them, parameterised by company.

Every template returns a :class:`Doc`. ``roles`` maps a role the template knows (``"policy"``,
``"visitor"`` …) to the rated unit(s) it evidences in this bundle's assessment — unit numbers differ
between the advanced and the general standard, so the spec decides; the template supplies the
fragment. ``ev`` adds explicit ``{unit: fragment}`` pairs.
"""

from __future__ import annotations

import datetime as dt

from .company import Company
from .model import Doc, cn_date

Roles = dict[str, "str | list[str]"]


def merge_ev(roles: Roles | None, frags: dict[str, "str | list[str]"], ev: dict | None = None) -> dict:
    out: dict[str, list[str]] = {}
    for role, units in (roles or {}).items():
        if role not in frags:
            raise KeyError(f"template has no fragment for role {role!r} (has {', '.join(frags)})")
        for unit in [units] if isinstance(units, str) else units:
            fr = frags[role]
            out.setdefault(unit, []).extend([fr] if isinstance(fr, str) else fr)
    for unit, fr in (ev or {}).items():
        out.setdefault(unit, []).extend([fr] if isinstance(fr, str) else fr)
    return out


def policy(co: Company, path: str, title: str, code: str, effective: dt.date, chapters: list, *,
           version: str = "A/1", drafter: str = "", reviewer: str = "", approver: str = "",
           roles: Roles | None = None, frags: dict | None = None, ev: dict | None = None,
           fmt: str = "docx", tail: list | None = None, script: str = "simplified") -> Doc:
    blocks: list[tuple] = [("title", title),
                           co.meta(code, version, effective, drafter or co.p("customs_head"),
                                   reviewer or co.p("customs_vp"), approver or co.p("legal_rep"))]
    for ch_title, clauses in chapters:
        if ch_title:
            blocks.append(("h", ch_title))
        for c in clauses:
            blocks.append(c if isinstance(c, tuple) else ("clause", c))
    blocks += tail or []
    blocks.append(("sign", [co.name, cn_date(effective)]))
    return Doc(path=path, fmt=fmt, blocks=blocks, date=effective, author=drafter or co.p("customs_head"),
               header=co.header(), footer=co.footer(code), evidence=merge_ev(roles, frags or {}, ev),
               script=script)


# ---------------------------------------------------------------------------------------------
# 01 海关业务培训

def training_policy(co: Company, path: str, eff: dt.date, *, times: int = 2, roles: Roles | None = None,
                    ev: dict | None = None, fmt: str = "docx", version: str = "A/1") -> Doc:
    n = {1: "一", 2: "两"}[times]
    chapters = [
        ("第一章 总则", [
            f"为提高公司管理人员及关务人员的海关法律法规意识，规范进出口行为，防范通关风险，结合{co.short}实际情况，制定本办法。",
            "本办法适用于公司管理层、关务部、采购部、销售部、仓储物流部等与进出口业务相关的部门及人员。",
        ]),
        ("第二章 职责", [
            "关务部负责年度海关业务培训计划的编制、组织实施、签到及效果评估，培训资料由关务部统一归档，保存期限不少于三年。",
            "人事行政部负责协调培训场地、设备，并将培训情况纳入员工个人培训档案。",
            "法定代表人、分管关务副总经理、关务负责人及分管安全的副总经理应当按计划参加培训，因故不能参加的应书面请假并参加补训。",
        ]),
        ("第三章 培训内容与频次", [
            f"公司每年至少组织{n}次海关法律法规内部培训，培训内容包括但不限于：海关法及其实施条例、企业信用管理办法、进出口申报规范、商品归类与原产地、进出口商品检验、{co.security}管理要求等。",
            "海关发布新的法规、公告或公司认证要求发生变化时，关务部应在一个月内组织专题学习。",
            "培训可采用内部讲授、外聘讲师、参加海关及行业协会宣讲会等形式，参加外部培训的人员回公司后应进行内部转训。",
        ]),
        ("第四章 记录与考核", [
            "每次培训须填写培训签到表，保存课件、照片等资料；培训结束后进行书面测试或问卷评估，测试成绩记入培训档案。",
            "关务部每年12月对全年培训计划执行情况进行总结，报分管关务副总经理审阅。",
            "无故缺席培训的，按公司考勤管理制度处理。",
        ]),
        ("第五章 附则", ["本办法由关务部负责解释，自发布之日起施行。"]),
    ]
    frags = {
        "policy": f"公司每年至少组织{n}次海关法律法规内部培训",
        "managers": "法定代表人、分管关务副总经理、关务负责人及分管安全的副总经理应当按计划参加培训",
    }
    return policy(co, path, "海关法律法规培训管理办法", f"{co.prefix}-GW-01", eff, chapters, version=version,
                  roles=roles, frags=frags, ev=ev, fmt=fmt)


def training_plan(co: Company, path: str, year: int, sessions: list[tuple[str, str, str, str]], *,
                  roles: Roles | None = None, ev: dict | None = None) -> Doc:
    """sessions: (month, topic, lecturer, participants)"""
    rows = [["序号", "计划时间", "培训主题", "讲师", "参加人员", "形式"]]
    for i, (month, topic, lecturer, who) in enumerate(sessions, 1):
        rows.append([str(i), month, topic, lecturer, who, "内部授课"])
    day = dt.date(year - 1, 12, 20)
    blocks = [("title", f"{year}年度海关业务培训计划"),
              ("p", f"根据《海关法律法规培训管理办法》，结合{year}年海关政策变化及公司进出口业务情况，关务部制定本年度培训计划如下："),
              ("table", rows),
              ("p", "如遇海关新规发布，关务部另行安排专题培训；计划调整需报分管关务副总经理批准。"),
              ("sign", [f"编制：{co.p('customs_head')}　　审批：{co.p('customs_vp')}", cn_date(day)])]
    return Doc(path, "docx", blocks, date=day, author=co.p("customs_head"), header=co.header(),
               evidence=merge_ev(roles, {}, ev))


# ---------------------------------------------------------------------------------------------
# 02 组织架构

def org_duties(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
               fmt: str = "docx", depts: list[tuple[str, str, str]] | None = None) -> Doc:
    depts = depts or [
        ("关务部", co.p("customs_head"), "负责进出口申报、单证复核、商品归类与价格审核、海关手续办理、与主管海关的日常联系；组织海关业务培训；管理报关专用章及海关证书。"),
        ("财务部", co.p("finance"), "负责税款缴纳、进出口付汇收汇、成本核算及财务报表，配合会计师事务所年度审计，按月与关务部核对税费单据。"),
        ("安全保卫（行政部）", co.p("admin"), f"负责厂区{co.guard}、监控、钥匙、{co.visitor}及车辆出入管理，组织{co.security}检查与应急演练。"),
        ("审计部", co.p("audit"), "独立于业务部门，负责进出口活动的内部审计、认证标准符合性自查及整改跟踪，直接向董事长汇报。"),
        ("仓储物流部", co.p("warehouse"), f"负责货物收发、仓储、出口装柜监装、集装箱检查及{co.seal}管理。"),
        ("人事部", co.p("hr"), "负责员工招聘背景调查、入离职手续、员工档案及花名册的动态维护。"),
        ("信息部", co.p("it"), "负责ERP及关务系统运维、账号权限、数据备份与信息安全。"),
    ]
    rows = [["部门/岗位", "负责人", "主要职责"]] + [list(x) for x in depts]
    blocks = [("title", "公司组织架构及部门职责说明"),
              ("p", f"{co.name}实行董事会领导下的总经理负责制。为明确进出口业务、财务、贸易安全及内部审计的分工，现将组织架构及各部门职责说明如下。"),
              ("h", "一、组织架构"),
              ("p", f"董事长（法定代表人）：{co.p('legal_rep')}；分管关务副总经理：{co.p('customs_vp')}；分管行政与安全副总经理：{co.p('security_vp')}。"
                    f"关务部、仓储物流部向{co.p('customs_vp')}汇报，行政部、人事部向{co.p('security_vp')}汇报，审计部直接向董事长汇报。"),
              ("h", "二、部门职责"),
              ("table", rows),
              ("h", "三、岗位分离"),
              ("p", "报关单录入与复核岗位分设，不得由同一人兼任；印章保管与使用审批分离；仓库收发与账务记录分离。"),
              ("sign", [co.name, cn_date(eff)])]
    frags = {
        "duties": "关务部、仓储物流部向",
        "separation": "报关单录入与复核岗位分设",
        "customs_vp": f"分管关务副总经理：{co.p('customs_vp')}",
    }
    return Doc(path, fmt, blocks, date=eff, author=co.p("hr"), header=co.header(),
               evidence=merge_ev(roles, frags, ev))


def appointment(co: Company, path: str, day: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                fmt: str = "docx") -> Doc:
    blocks = [("title", "关于明确公司关务负责人及分管领导的通知"),
              ("p", f"{co.prefix}〔{day.year}〕人字第0{day.month}号"),
              ("p", "公司各部门："),
              ("p", f"为加强海关事务管理，经公司总经理办公会研究决定：由副总经理{co.p('customs_vp')}分管公司关务工作，"
                    f"对公司进出口活动的合规性负责；任命{co.p('customs_head')}为关务部经理（关务负责人），负责日常报关、"
                    f"单证管理及与海关的联络工作；由副总经理{co.p('security_vp')}分管公司贸易安全（{co.security}）工作。"),
              ("p", "以上人员如有变动，人事部应在变动后及时向主管海关办理相关信息变更。"),
              ("p", "特此通知。"),
              ("seal", co.name),
              ("sign", [co.name, cn_date(day)])]
    frags = {"customs_vp": f"由副总经理{co.p('customs_vp')}分管公司关务工作",
             "customs_head": f"任命{co.p('customs_head')}为关务部经理（关务负责人）"}
    return Doc(path, fmt, blocks, date=day, author=co.p("hr"), header=co.header(),
               evidence=merge_ev(roles, frags, ev))


# ---------------------------------------------------------------------------------------------
# 03 单证控制 / 04 单证保管 / 05 流程

def review_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                  licensed: bool = False, processing: bool = False, broker: bool = False, fmt: str = "docx") -> Doc:
    who = "报关业务部" if broker else "关务部"
    chapters = [
        ("第一章 总则", [
            "为确保向海关申报的数据真实、准确、规范、完整，减少申报差错，特制定本规定。",
            f"{who}设制单岗和复核岗，制单与复核不得为同一人。",
        ]),
        ("第二章 复核内容", [
            ("p", "申报（或委托申报）前，复核人员应逐票对照合同、发票、装箱单、提单等原始单证，重点核对以下内容："),
            ("list", ["商品名称、规格型号、申报要素是否与实物及技术资料一致；",
                      "商品编码（归类）是否正确，是否涉及监管证件；",
                      "成交价格、成交方式、运保费是否与合同发票一致；",
                      "原产地及优惠贸易协定适用是否正确；",
                      "数量、重量、包装种类、件数是否与装箱单一致；",
                      "境外收发货人、运输方式、运输路线、货物存放地点是否正确；",
                      "储存条件、拆检注意事项、标签标志等特殊要求是否已注明。"]),
        ]),
    ]
    extra = []
    if licensed:
        extra.append("涉及许可证件或输华官方证书的，复核人员应核验原产地证书、卫生证书、品质证书等随附单证的真伪、有效期，以及证书编号、品名、数量与报关数据的一致性，在《随附证书核验表》上签字。")
    if processing:
        extra.append("加工贸易手册项下业务，由保税专员每月对料件进口、成品出口、余料结转、边角料及损耗情况进行账册核对，编制《手册核销对账表》，由关务经理复核签字。")
    chapters.append(("第三章 特殊单证", extra or ["涉及监管证件的商品，复核人员应确认证件已取得且在有效期内。"]))
    chapters.append(("第四章 差错处理", [
        "复核发现差错的，退回制单人更正，并在《报关单复核记录》中记录差错类型及更正情况。",
        "申报后发现差错的，应在24小时内报告关务负责人，按海关规定办理修改或撤销手续，并填写《申报差错登记表》分析原因。",
        f"{who}每季度统计差错率，对重复出现的差错组织专项培训。",
    ]))
    chapters.append(("第五章 附则", ["本规定自发布之日起执行。"]))
    frags = {
        "policy": "制单与复核不得为同一人",
        "fields": "商品编码（归类）是否正确",
        "licensed": "原产地证书、卫生证书、品质证书等随附单证的真伪",
        "processing": "编制《手册核销对账表》",
        "errors": "《申报差错登记表》",
    }
    return policy(co, path, "进出口单证复核管理规定", f"{co.prefix}-GW-03", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt)


def archive_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx", years: int = 3, tech: bool = True, processing: bool = False,
                   food: bool = False, tech_text: str = "") -> Doc:
    chapters = [
        ("第一章 总则", [
            "为规范进出口单证的归档、保管和借阅，保证档案及时、完整、准确、安全，制定本制度。",
        ]),
        ("第二章 归档", [
            "每票报关单放行后5个工作日内，关务专员将报关单、合同、发票、装箱单、提运单、随附证件及税费单据整理成册，按报关单号顺序归档。",
            "电子单证在关务系统中按报关单号建立电子档案，纸质单证扫描件与电子档案一一对应。",
            f"进出口单证自海关放行之日起保存不少于{years}年，保管期满经关务负责人批准后方可销毁，并填写销毁清单。",
        ]),
        ("第三章 保管与借阅", [
            "档案室实行专人管理，配备防火、防潮、防盗设施，非档案管理人员不得擅自进入。",
            "借阅档案须填写《档案借阅登记表》，经关务负责人批准，借阅期限不超过7天。",
        ]),
    ]
    if tech:
        chapters.append(("第四章 技术资料", [tech_text or
            "进出口商品的技术标准、图纸、检测报告、产品说明书等由技术部与关务部共同保管，版本更新时及时替换并保留历史版本，供海关归类、查验时调阅。",
        ]))
    chapters.append(("第五章 印章与证书", [
        "报关专用章由关务负责人指定专人保管，存放于带锁文件柜，使用时须在《报关专用章使用登记表》登记用途、份数、经办人。",
        "海关核发的注册登记证书、认证证书、行政决定书等法律文书原件由关务部存档，复印使用需登记。",
    ]))
    chapters.append(("第六章 认证专档", [
        "关务部建立企业认证专门档案，按认证标准条目分类存放制度文件、执行记录、内审报告、整改资料，纸质与电子同步保存。",
    ]))
    if processing:
        chapters.append(("第七章 保税单证", [
            "加工贸易手册、料件进口及成品出口报关单、深加工结转、内销征税、边角料处置、核销资料及库存盘点表单独立卷保管，保存至手册核销结案后三年。",
        ]))
    if food:
        chapters.append(("第八章 食品进口与销售记录", [
            "进口食品的进口和销售记录由品管部指定专人在专用档案室保管，记录内容包括品名、规格、数量、生产日期、批号、进口报关单号、购货者名称及联系方式、交货日期等，保存期限不少于2年。",
        ]))
    frags = {
        "policy": "每票报关单放行后5个工作日内",
        "retention": f"自海关放行之日起保存不少于{years}年",
        "tech": tech_text.split("，")[0] if tech_text else "技术标准、图纸、检测报告、产品说明书等由技术部与关务部共同保管",
        "seals": "报关专用章由关务负责人指定专人保管",
        "aeo_file": "关务部建立企业认证专门档案",
        "processing": "加工贸易手册、料件进口及成品出口报关单",
        "food": "进口食品的进口和销售记录由品管部指定专人在专用档案室保管",
    }
    return policy(co, path, "进出口单证及档案管理制度", f"{co.prefix}-GW-04", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt)


def process_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx", broker: bool = False) -> Doc:
    if broker:
        steps = ["接单：客户提交委托书及合同、发票、箱单，业务员在系统中建立委托单并分配操作号。",
                 "审单：审单员审核单证及监管证件，不符的退客户补正，审核结果记入系统。",
                 "制单与复核：制单员按申报要素录入，复核员复核后方可发送。",
                 "申报与查验：申报后跟踪回执，海关布控查验的，由现场人员陪同查验并记录。",
                 "放行与交付：放行信息通知客户及车队，单证归档，费用结算。"]
    else:
        steps = ["合同评审：销售/采购签订合同前，由关务部确认商品编码、监管条件、贸易方式及原产地要求。",
                 "订舱与备货：物流部根据合同订舱，仓库按出货通知备货，质量部出具检验报告。",
                 "单证制作与复核：关务专员制作报关资料，复核岗复核后申报。",
                 "装运与放行：出口货物在厂内监装施封；进口货物放行后凭放行通知提货。",
                 "收付汇与核对：财务部按报关单核对收付汇，差异反馈关务部。",
                 "归档：单证按《进出口单证及档案管理制度》归档。"]
    chapters = [
        ("第一章 目的", [f"明确{'代理报关' if broker else '进出口'}业务各环节的职责和控制点，使货物流、单证流、信息流相互印证、全程可控。"]),
        ("第二章 流程", [("list", steps)]),
        ("第三章 控制要求", [
            "各环节在系统中留痕，单证流与货物流在出入库、装运、放行节点进行三方核对。",
            "流程中发现单货不符、数据异常的，立即暂停流转，报关务负责人处理。",
        ]),
    ]
    frags = {"policy": "货物流、单证流、信息流相互印证", "controls": "单证流与货物流在出入库、装运、放行节点进行三方核对"}
    return policy(co, path, "代理报关业务流程管理制度" if broker else "进出口业务流程管理制度", f"{co.prefix}-GW-05", eff,
                  chapters, roles=roles, frags=frags, ev=ev, fmt=fmt)


# ---------------------------------------------------------------------------------------------
# 06 内审 / 08 改进

def audit_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                 fmt: str = "docx", level: str = "高级") -> Doc:
    chapters = [
        ("第一章 总则", [
            f"为检查公司进出口活动及{co.security}管理的合规性和有效性，持续符合海关{level}认证企业标准，制定本制度。",
            "审计部为内部审计的归口管理部门，审计人员不得审计本人经办的业务。",
        ]),
        ("第二章 审计频次与范围", [
            "公司每年至少开展一次覆盖全部进出口业务及认证标准各条款的内部审计，一般在每年第三季度进行；发生重大违规或海关要求时开展专项审计。",
            "审计范围包括：单证复核与保管、商品归类与价格、加工贸易与保税管理、信息系统、财务与税款、场所与人员安全、商业伙伴、货物及集装箱安全等。",
        ]),
        ("第三章 审计程序", [
            "审计部编制年度审计计划，经董事长批准后实施；审计通过查阅资料、现场检查、抽样核对、人员访谈等方式进行，形成审计工作底稿。",
            "审计结束后10个工作日内出具内审报告，列明发现问题、整改要求和期限，报法定代表人及分管关务副总经理。",
            "被审计部门应在规定期限内完成整改，审计部跟踪验证并在《内审问题整改跟踪表》中关闭。",
        ]),
        ("第四章 档案", ["内审计划、工作底稿、报告、整改资料纸质及电子版由审计部存档，保存不少于三年。"]),
    ]
    frags = {"policy": "公司每年至少开展一次覆盖全部进出口业务及认证标准各条款的内部审计",
             "report": "审计结束后10个工作日内出具内审报告",
             "archive": "内审计划、工作底稿、报告、整改资料纸质及电子版由审计部存档"}
    return policy(co, path, "内部审计管理制度", f"{co.prefix}-GW-06", eff, chapters, roles=roles, frags=frags, ev=ev,
                  fmt=fmt, drafter=co.p("audit"))


def audit_report(co: Company, path: str, year: int, day: dt.date, findings: list[tuple[str, str, str, str]], *,
                 roles: Roles | None = None, ev: dict | None = None, fmt: str = "pdf", level: str = "高级",
                 scope_months: str = "", continuing: bool = False, period: str = "") -> Doc:
    """findings: (area, finding, corrective action, owner/deadline)"""
    rows = [["序号", "审计范围", "发现问题", "整改措施", "责任人/期限"]] + \
           [[str(i), *f] for i, f in enumerate(findings, 1)]
    blocks = [("title", f"{year}年度AEO内部审计报告"),
              ("p", f"报告编号：{co.prefix}-NS-{year}-01"),
              ("h", "一、审计概况"),
              ("p", f"审计时间：{cn_date(day - dt.timedelta(days=9))}至{cn_date(day - dt.timedelta(days=4))}；"
                    f"审计组长：{co.p('audit')}；审计期间：{period or f'{year - 1}年{10}月至{year}年{day.month - 1 or 1}月'}。"),
              ("p", f"审计依据：海关{level}认证企业标准（通用标准及单项标准）、公司内部控制制度。审计方法：资料查阅、现场检查、抽样（抽查报关单60票）、人员访谈。"),
              ("h", "二、审计结论"),
              ("p", ("本次审计对照认证标准逐条自评，公司持续符合海关" + level + "认证企业标准要求。") if continuing else
                    "本次审计覆盖认证标准全部条款，公司内部控制总体有效，以下问题需在规定期限内整改。"),
              ("h", "三、发现问题及整改要求"),
              ("table", rows),
              ("h", "四、整改跟踪"),
              ("p", "上述问题已录入《内审问题整改跟踪表》，由审计部跟踪验证，整改完成情况报分管关务副总经理确认。"),
              ("sign", [f"审计组长：{co.p('audit')}", f"批准：{co.p('legal_rep')}", cn_date(day)])]
    frags = {"report": f"{year}年度AEO内部审计报告",
             "continuing": "持续符合海关" + level + "认证企业标准要求",
             "sampling": "抽查报关单60票"}
    return Doc(path, fmt, blocks, date=day, author=co.p("audit"), header=co.header(),
               evidence=merge_ev(roles, frags, ev))


def improvement_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                       fmt: str = "docx") -> Doc:
    chapters = [
        ("第一章 总则", ["为对内审、海关稽查核查、日常工作中发现的问题及时纠正，追究违规责任，持续改进管理，制定本办法。"]),
        ("第二章 问题整改", [
            "问题来源包括：内部审计发现、海关书面通知或责令改正事项、查验异常、申报差错、客户投诉等。",
            "关务部对问题进行登记，分析原因并制定纠正措施，明确责任人和完成期限，录入整改跟踪表。",
            f"海关要求的改正或规范改进事项，由法定代表人或分管关务副总经理{co.p('customs_vp')}牵头组织实施，并在期限内向海关书面报告整改结果。",
        ]),
        ("第三章 责任追究", [
            "因故意或重大过失导致申报不实、单证遗失、违规被海关处罚的，视情节给予通报批评、扣减绩效、调岗直至解除劳动合同；涉嫌犯罪的移送司法机关。",
            "责任追究结果由人事部存档，并作为年度考核依据。",
        ]),
    ]
    frags = {"policy": "关务部对问题进行登记，分析原因并制定纠正措施",
             "accountability": "视情节给予通报批评、扣减绩效、调岗直至解除劳动合同",
             "leader": f"由法定代表人或分管关务副总经理{co.p('customs_vp')}牵头组织实施"}
    return policy(co, path, "问题整改与责任追究管理办法", f"{co.prefix}-GW-08", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt)


# ---------------------------------------------------------------------------------------------
# 07 质量管理

def quality_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx", food: bool = False) -> Doc:
    goods = "进口食品原料及出口食品" if food else "进出口法定检验商品"
    chapters = [
        ("第一章 目的与范围", [f"为控制{goods}的质量安全风险，落实企业质量安全主体责任，制定本程序。"]),
        ("第二章 进货验收", [
            "原料到货后由质量部按批抽样，核对检验检疫证书、品质证书与实物，验收合格后方可入库使用。",
            "对法检商品建立《检验监管台账》，记录报检（申报）、海关检验、合格评定结果及放行情况。",
        ]),
        ("第三章 检验检测", [
            "出厂产品由公司实验室按产品标准逐批检验，出具出厂检验报告，实验室仪器定期计量校准。",
            "对需委托检测的项目，委托具备CMA资质的第三方机构检测，检测报告由质量部保存。",
        ]),
        ("第四章 不合格处置与风险报告", [
            "发现不合格品时立即隔离、标识，填写《不合格品处置单》，按返工、退运、销毁等方式处置并记录。",
            "发现产品存在安全风险的，质量部经理应在24小时内报告分管副总，并按规定向主管海关报告，必要时启动召回。",
            "质量部每季度汇总质量数据，识别风险趋势，制定风险消减措施。",
        ]),
    ]
    if food:
        chapters.append(("第五章 进口食品专项", [
            "进口食品的境外出口商及境外生产企业，由品管部每年组织实地审核或委托第三方审核，形成审核报告；每批进口食品留存食品安全国家标准全项目检测报告。",
            "出口食品由公司自检实验室按批检验，出厂检测报告保存两年以上。",
        ]))
    frags = {"policy": "对法检商品建立《检验监管台账》",
             "lab": "出具出厂检验报告",
             "nonconform": "填写《不合格品处置单》",
             "risk_report": "按规定向主管海关报告，必要时启动召回",
             "food_audit": "由品管部每年组织实地审核或委托第三方审核"}
    return policy(co, path, "进出口商品质量安全管控程序", f"{co.prefix}-QP-01", eff, chapters, roles=roles,
                  frags=frags, ev=ev, fmt=fmt, drafter=co.p("quality"))


# ---------------------------------------------------------------------------------------------
# 09–11 信息系统

def it_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
              fmt: str = "docx", years: int = 5, modules: str = "") -> Doc:
    modules = modules or "客户管理、合同订单、采购、生产、仓储、财务、关务等模块"
    chapters = [
        ("第一章 总则", [f"公司使用{co.erp}及{co.customs_sys}管理生产经营和进出口业务，为保证系统稳定运行和数据完整，制定本制度。"]),
        ("第二章 系统与数据", [
            f"{co.erp}包含{modules}；{co.customs_sys}与{co.erp}接口对接，报关数据、物流节点、收付汇信息可按订单号、报关单号检索追踪。",
            "业务数据由各部门在业务发生当日录入，关务数据在申报当日录入，录入人、审核人在系统中留痕。",
            f"系统数据在线保存不少于{years}年，超过在线期限的数据归档至备份服务器，不得删除。",
        ]),
        ("第三章 备份", [
            "信息部每日凌晨对数据库进行自动增量备份，每周日全量备份，每月将全量备份拷贝至异地存储，备份日志每日检查。",
        ]),
        ("第四章 变更与运维", ["系统功能变更需提交变更申请，经业务部门负责人及信息部审批后实施，并保留测试记录。"]),
    ]
    frags = {"policy": f"系统数据在线保存不少于{years}年",
             "trace": "可按订单号、报关单号检索追踪",
             "backup": "每周日全量备份",
             "entry": "录入人、审核人在系统中留痕"}
    return policy(co, path, "信息系统管理制度", f"{co.prefix}-IT-01", eff, chapters, roles=roles, frags=frags, ev=ev,
                  fmt=fmt, drafter=co.p("it"))


def infosec_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx", script: str = "simplified") -> Doc:
    chapters = [
        ("第一章 总则", ["为保护公司信息系统及商业数据安全，防止数据泄露、篡改和丢失，制定本制度。"]),
        ("第二章 账号与密码", [
            "系统账号实行一人一号，权限按岗位最小化授予；员工调岗、离职当日由人事部通知信息部调整或停用账号。",
            "密码长度不少于8位，须包含字母和数字，每90天强制更换；连续5次输错密码锁定账号。",
        ]),
        ("第三章 终端与网络", [
            "所有电脑安装企业版杀毒软件并自动更新病毒库；禁止私自安装软件、使用未经登记的U盘。",
            "服务器机房实行门禁管理，进出机房须登记；防火墙日志保存不少于6个月。",
        ]),
        ("第四章 培训与追究", [
            "信息部每年对全体使用系统的员工开展信息安全培训，新员工入职培训包含信息安全内容。",
            "违反本制度造成数据泄露、系统损坏或经济损失的，视情节给予警告、罚款、解除劳动合同处理，并追究赔偿责任。",
        ]),
    ]
    frags = {"policy": "系统账号实行一人一号",
             "password": "每90天强制更换",
             "training": "信息部每年对全体使用系统的员工开展信息安全培训",
             "accountability": "视情节给予警告、罚款、解除劳动合同处理",
             "server_room": "进出机房须登记"}
    return policy(co, path, "信息安全管理制度", f"{co.prefix}-IT-02", eff, chapters, roles=roles, frags=frags, ev=ev,
                  fmt=fmt, drafter=co.p("it"), script=script)


# ---------------------------------------------------------------------------------------------
# 23 场所安全 / 24 进入安全

def premises_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                    fmt: str = "docx", lighting_scope: str = "大门、仓库装卸区", cctv_days: int = 30,
                    office_only: bool = False) -> Doc:
    site = "办公场所" if office_only else "厂区"
    chapters = [
        ("第一章 总则", [f"为保障{site}人员、货物及财产安全，防止未经许可的人员和未载明货物进入，制定本制度。行政部为归口管理部门。"]),
        ("第二章 出入口与围墙", [
            f"{site}大门实行24小时{co.guard}值守，{co.guard}负责人员、车辆、物品的出入查验和登记。",
            "围墙高度不低于2.2米，顶部设防攀爬设施；行政部每月对围墙、门窗、屋顶等建筑结构检查一次，发现破损及时报修并记录。" if not office_only else
            "办公区入口设门禁，下班后启用红外报警；行政部每月对门窗、门禁等设施检查一次并记录。",
        ]),
        ("第三章 照明与监控", [
            f"{lighting_scope}等区域配备夜间照明，照明设施由行政部每月检查。",
            f"出入口、{'单证存放区' if office_only else '装卸区、仓库、围墙周边及停车场'}安装监控摄像头，监控室24小时有人值守，录像保存不少于{cctv_days}天。",
        ]),
        ("第四章 仓储与钥匙", [
            ("仓库划分原料区、成品区、待检区、不合格品区，货物分区存放，仓库入口设隔离门，非仓库人员未经批准不得入内。" if not office_only else
             "单证室设独立隔间并上锁，非关务人员未经批准不得入内。"),
            "所有门窗配备锁具，钥匙由行政部统一编号管理，领用、归还须在《钥匙领用登记表》登记，钥匙遗失须立即报告并更换锁芯。",
        ]),
        ("第五章 巡查", [
            f"{co.guard}每晚22:00、02:00各巡查一次，行政部每周检查一次，巡查情况记入《安全巡查记录》，异常情况立即报告值班领导。",
        ]),
    ]
    frags = {"policy": "防止未经许可的人员和未载明货物进入",
             "gate": f"大门实行24小时{co.guard}值守",
             "building": "每月对围墙、门窗、屋顶等建筑结构检查一次" if not office_only else "每月对门窗、门禁等设施检查一次",
             "lighting": f"{lighting_scope}等区域配备夜间照明",
             "cctv": f"录像保存不少于{cctv_days}天",
             "storage": "货物分区存放" if not office_only else "单证室设独立隔间并上锁",
             "keys": "钥匙由行政部统一编号管理",
             "patrol": "巡查情况记入《安全巡查记录》"}
    return policy(co, path, "厂区安全管理制度" if not office_only else "办公场所安全管理制度", f"{co.prefix}-AQ-01", eff,
                  chapters, roles=roles, frags=frags, ev=ev, fmt=fmt, drafter=co.p("admin"),
                  reviewer=co.p("security_vp"))


def access_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                  fmt: str = "docx", check_id: bool = True) -> Doc:
    v = co.visitor
    chapters = [
        ("第一章 总则", [f"为加强{co.guard}管理，规范员工、{v}及车辆出入，制定本制度。"]),
        ("第二章 员工出入", [
            "员工凭工牌及门禁卡出入，工牌由人事部统一制作发放，离职时收回注销；门禁权限按岗位设置，仓库、机房、档案室等敏感区域仅授权人员可进入。",
            "员工车辆须在行政部登记备案，停放在东侧员工停车场，不得驶入仓储装卸区。",
        ]),
        ("第三章 " + v + "管理", [
            (f"{v}到访时，{co.guard}须查验其身份证等带照片的有效证件，在《{v}登记表》登记姓名、单位、证件号码、事由、被访人及进出时间，发放临时访客证。"
             if check_id else f"{v}到访时，{co.guard}在《{v}登记表》登记姓名、单位、事由及被访人，电话确认后放行。"),
            f"{v}须佩戴访客证，进入仓库、生产车间等区域须由被访部门人员全程陪同；离开时交回访客证。",
            f"{v}车辆须登记车牌号，停放在大门外侧访客车位。",
        ]),
        ("第四章 异常处置", [
            f"发现未佩戴工牌或访客证、身份不明的人员，员工应立即询问并通知{co.guard}；{co.guard}将其带至门卫室核实身份，无法说明来意的劝离，情况可疑的报告值班领导并视情况报警。",
        ]),
    ]
    frags = {"policy": f"规范员工、{v}及车辆出入",
             "employees": "员工凭工牌及门禁卡出入",
             "parking": "停放在东侧员工停车场",
             "visitor": "须查验其身份证等带照片的有效证件" if check_id else f"在《{v}登记表》登记姓名、单位、事由及被访人",
             "escort": "须由被访部门人员全程陪同",
             "unknown": "身份不明的人员，员工应立即询问并通知"}
    return policy(co, path, f"{co.guard}及{v}、车辆出入管理制度", f"{co.prefix}-AQ-02", eff, chapters, roles=roles,
                  frags=frags, ev=ev, fmt=fmt, drafter=co.p("admin"), reviewer=co.p("security_vp"))


# ---------------------------------------------------------------------------------------------
# 25 人员安全

def hr_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
              fmt: str = "docx") -> Doc:
    chapters = [
        ("第一章 总则", ["为规范员工入职、在职、离职及停职管理，降低人员安全风险，制定本制度。"]),
        ("第二章 入职", [
            "拟录用人员须提交身份证、学历证明、前单位离职证明，人事部核实身份及工作经历，必要时电话回访前雇主。",
            "关务、仓储、物流、财务、信息等关键岗位拟录用人员须提供《无犯罪记录证明》或签署无违法犯罪记录声明，人事部填写《员工背景调查表》。",
        ]),
        ("第三章 档案", [
            "人事部为每名员工建立档案，每月更新员工花名册（含入职、调岗、离职变动），花名册在人事系统中实时维护。",
        ]),
        ("第四章 离职与停职", [
            "员工离职或停职时，须办理《离职交接清单》：交回工牌、门禁卡、钥匙、电脑等设备，信息部当日停用系统账号，行政部注销门禁权限。",
            "离职人员不得再进入公司经营场所，确需返回的按来访人员管理。",
        ]),
    ]
    frags = {"policy": "规范员工入职、在职、离职及停职管理",
             "background": "人事部核实身份及工作经历",
             "criminal": "须提供《无犯罪记录证明》或签署无违法犯罪记录声明",
             "roster": "每月更新员工花名册",
             "exit": "信息部当日停用系统账号"}
    return policy(co, path, "员工入职离职管理制度", f"{co.prefix}-HR-01", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt, drafter=co.p("hr"), reviewer=co.p("security_vp"))


# ---------------------------------------------------------------------------------------------
# 26 商业伙伴

def partner_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx", script: str = "simplified") -> Doc:
    chapters = [
        ("第一章 总则", [f"为识别和控制供应商、物流商、报关行、客户等商业伙伴带来的{co.security}风险，制定本程序。"]),
        ("第二章 筛选与评估", [
            "新增商业伙伴前，采购部/物流部会同关务部进行评估，评估内容包括：海关信用等级及是否为认证企业、近两年违法记录、贸易安全措施（场所、人员、货物、集装箱、运输工具）、供货资质及经营资质。",
            "评估采用《商业伙伴安全评估表》打分，80分以上为合格，60至79分为整改后合格，60分以下不予合作；海关认证企业可简化评估。",
        ]),
        ("第三章 书面要求", [
            f"与商业伙伴签订的合同或协议中须包含{co.security}条款，要求对方按照海关认证企业标准完善贸易安全管理，或由对方签署《{co.security}承诺书》。",
        ]),
        ("第四章 监控与复评", [
            "关务部每年第四季度对在册商业伙伴进行年度复评，对重点物流商进行现场检查，检查结果记入复评表。",
            "发现商业伙伴存在重大安全隐患或违法记录的，书面要求限期整改，整改不合格的暂停合作。",
        ]),
    ]
    frags = {"policy": "评估内容包括：海关信用等级及是否为认证企业",
             "form": "《商业伙伴安全评估表》打分",
             "clause": f"合同或协议中须包含{co.security}条款",
             "review": "每年第四季度对在册商业伙伴进行年度复评"}
    return policy(co, path, "商业伙伴安全管理程序", f"{co.prefix}-AQ-05", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt, script=script)


def contract_clause(co: Company, path: str, day: dt.date, partner: str, *, roles: Roles | None = None,
                    ev: dict | None = None, fmt: str = "docx", script: str = "simplified", kind: str = "物流运输服务合同") -> Doc:
    blocks = [("title", f"{kind}（节选）"),
              ("p", f"甲方：{co.name}　　乙方：{partner}"),
              ("p", "……"),
              ("h", f"第九条 {co.security}"),
              ("p", "9.1 乙方应遵守中国海关认证企业标准中关于贸易安全的要求，对其场所、人员、运输工具及集装箱采取必要的安全措施。"),
              ("p", f"9.2 乙方在装货前应对集装箱实施7点检查，对已装货集装箱施加符合ISO 17712标准的高安全{co.seal}，并记录{co.seal}号。"),
              ("p", "9.3 乙方司机须随身携带身份证件，接受甲方门卫核验；运输途中不得擅自停车开箱。"),
              ("p", "9.4 甲方有权每年对乙方贸易安全措施进行检查，乙方应予配合；乙方发生可能影响货物安全的事件，应在2小时内通知甲方。"),
              ("p", "……"),
              ("sign", [f"甲方（盖章）：{co.name}", f"乙方（盖章）：{partner}", cn_date(day)])]
    frags = {"clause": "乙方应遵守中国海关认证企业标准中关于贸易安全的要求",
             "seal": f"施加符合ISO 17712标准的高安全{co.seal}",
             "inspection": "甲方有权每年对乙方贸易安全措施进行检查"}
    return Doc(path, fmt, blocks, date=day, author=co.p("logistics"), header=co.header(),
               evidence=merge_ev(roles, frags, ev), script=script)


def partner_assessment(co: Company, path: str, day: dt.date, partner: str, ptype: str, score: int, *,
                       roles: Roles | None = None, ev: dict | None = None, fmt: str = "docx",
                       certified: bool = False) -> Doc:
    rows = [["评估项目", "评估内容", "分值", "得分", "备注"],
            ["守法合规", "海关信用等级、近两年行政处罚", "20", str(min(20, score // 5)), "高级认证企业" if certified else "一般信用"],
            ["资质", "营业执照、道路运输许可/生产资质", "15", "15", "有效"],
            ["场所安全", "围墙、门卫、监控、照明", "15", str(min(15, score // 7)), ""],
            ["人员安全", "入职背景调查、离职管理", "10", "9", ""],
            ["货物/集装箱安全", "7点检查、施封、交接签字", "20", str(min(20, score // 5 - 1)), ""],
            ["运输工具安全", "车辆检查、GPS、司机核验", "10", "9", ""],
            ["信息安全", "系统权限、数据备份", "10", "8", ""]]
    blocks = [("title", "商业伙伴安全评估表"),
              ("meta", [("被评估单位", partner), ("类别", ptype), ("评估日期", cn_date(day)), ("评估方式", "资料审核＋现场检查")]),
              ("table", rows),
              ("p", f"评估总分：{score}分。评估结论：{'合格，纳入合格商业伙伴名录' if score >= 80 else '整改后合格'}。"),
              ("sign", [f"评估人：{co.p('customs_head')}、{co.p('logistics')}", f"审核：{co.p('customs_vp')}"])]
    frags = {"form": f"评估总分：{score}分", "onsite": "资料审核＋现场检查"}
    return Doc(path, fmt, blocks, date=day, author=co.p("customs_head"), header=co.header(),
               evidence=merge_ev(roles, frags, ev))


# ---------------------------------------------------------------------------------------------
# 27 货物 / 28 集装箱 / 29 运输工具

def cargo_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                 fmt: str = "docx", producer: bool = True) -> Doc:
    chapters = [
        ("第一章 总则", ["为保证进出口货物在运输、装卸、仓储过程中的完整和安全，防止夹带、调换、短少，制定本程序。"]),
        ("第二章 收货", [
            "进口货物到厂，仓管员核对提单/送货单、装箱单与实物的品名、件数、毛重、标签唛头，核对无误后在送货单上签字并加盖收货专用章。",
        ]),
        ("第三章 发货与监装", [
            "出口货物出库前，仓管员按出货通知单和装箱单核对品名、规格、数量、箱数，核对无误后方可装车装柜。",
            ("出口装柜由仓储物流部指定专职监装员全程监装，填写《出口监装记录》，记录柜号、封号、装柜开始结束时间并拍照留存。" if producer else
             "出口货物由合作物流商在其仓库装柜，公司指派专人对重点订单到场监装，其余订单由物流商提供装柜照片及监装记录。"),
            "货物交接环节（仓库—车队—码头）均须交接双方签字确认。",
        ]),
        ("第四章 异常", [
            "发现溢装、短装、破损、标签不符或法检指标不合格的，立即停止收发，填写《货物异常报告单》报关务部及分管副总，需向海关报告的由关务部在24小时内报告。",
        ]),
    ]
    frags = {"policy": "防止夹带、调换、短少",
             "receiving": "核对提单/送货单、装箱单与实物的品名、件数、毛重、标签唛头",
             "handover": "交接双方签字确认",
             "loading": "指定专职监装员全程监装" if producer else "公司指派专人对重点订单到场监装",
             "discrepancy": "填写《货物异常报告单》"}
    return policy(co, path, "货物收发及装运安全管理程序", f"{co.prefix}-AQ-06", eff, chapters, roles=roles,
                  frags=frags, ev=ev, fmt=fmt, drafter=co.p("warehouse"), reviewer=co.p("security_vp"))


def container_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                     fmt: str = "docx", seven_point: bool = True) -> Doc:
    s = co.seal
    inspect = ("装柜前由监装员按7点检查法逐项检查集装箱：1.前壁 2.左侧 3.右侧 4.地板 5.顶部 6.内/外门及锁闭装置 7.外部/底盘（起落架），"
               "在《集装箱7点检查记录表》逐项打勾签字，发现夹层、异常焊接、异味、破损的拒绝使用并报告。") if seven_point else \
        "装柜前由物流商司机目视检查箱体是否破损，发现问题通知车队更换。"
    chapters = [
        ("第一章 总则", [f"为保证集装箱及{s}的完整性，防止未经许可进入或改装，制定本规定。"]),
        ("第二章 集装箱检查", [inspect]),
        ("第三章 " + s + "管理", [
            f"公司使用符合ISO 17712标准的高安全{s}（H级），由行政部专人采购、入库保管于带锁柜内，领用时在《{s}台账》登记编号、柜号、领用人。",
            f"装柜完毕由监装员当场施加{s}，拍照记录{s}号和柜号；作废或损坏的{s}登记后交回销毁。",
            f"发现{s}号不符、{s}破损或有被动过痕迹的，立即报告关务部，必要时报告海关。",
        ]),
        ("第四章 存放", [
            "空箱及重箱停放在厂区西侧集装箱停放区，该区域有围栏和监控，夜间由保安巡查，发现箱体被打开或改动的按异常报告程序处理。",
        ]),
    ]
    frags = {"policy": f"为保证集装箱及{s}的完整性",
             "seven": "装柜前由监装员按7点检查法逐项检查集装箱",
             "seal": f"符合ISO 17712标准的高安全{s}（H级）",
             "ledger": f"《{s}台账》登记编号、柜号、领用人",
             "storage": "集装箱停放区，该区域有围栏和监控",
             "visual": "装柜前由物流商司机目视检查箱体是否破损"}
    return policy(co, path, f"集装箱检查及{s}管理规定", f"{co.prefix}-AQ-07", eff, chapters, roles=roles, frags=frags,
                  ev=ev, fmt=fmt, drafter=co.p("warehouse"), reviewer=co.p("security_vp"))


def vehicle_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx") -> Doc:
    chapters = [
        ("第一章 总则", ["为防止运输工具被用于藏匿可疑货物，制定本规定，适用于进出厂区装运进出口货物的所有货车、集卡。"]),
        ("第二章 车辆检查", [
            f"车辆进厂时，{co.guard}检查驾驶室、车厢底部、油箱周边、备胎及工具箱等部位，确认无可疑物品后登记放行，填写《运输车辆安全检查记录》。",
        ]),
        ("第三章 司机身份核实", [
            f"装货或卸货前，{co.guard}核对司机身份证、驾驶证与车队预约信息是否一致，不一致的不得装卸，并通知物流部核实。",
        ]),
        ("第四章 停放", [
            "待装卸车辆停放在指定的货车停车区，该区域在监控范围内；司机不得进入仓库及生产区域，发现车辆被擅自进入或损坏的立即报告。",
        ]),
    ]
    frags = {"policy": "防止运输工具被用于藏匿可疑货物",
             "inspection": "检查驾驶室、车厢底部、油箱周边、备胎及工具箱等部位",
             "driver": "核对司机身份证、驾驶证与车队预约信息是否一致",
             "parking": "待装卸车辆停放在指定的货车停车区"}
    return policy(co, path, "运输车辆检查及司机身份核实规定", f"{co.prefix}-AQ-08", eff, chapters, roles=roles,
                  frags=frags, ev=ev, fmt=fmt, drafter=co.p("logistics"), reviewer=co.p("security_vp"))


# ---------------------------------------------------------------------------------------------
# 30–31 危机管理与安全培训

def emergency_plan(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None, ev: dict | None = None,
                   fmt: str = "docx") -> Doc:
    chapters = [
        ("第一章 总则", ["为有效应对火灾、台风暴雨、治安事件、货物被盗或被调换、系统瘫痪等突发事件，减少对进出口活动的影响，制定本预案。"]),
        ("第二章 组织", [
            f"成立应急领导小组，组长：{co.p('legal_rep')}；副组长：{co.p('security_vp')}、{co.p('customs_vp')}；成员：各部门负责人。",
        ]),
        ("第三章 响应", [
            "事件发生后，发现人立即报告值班领导，值班领导视情况启动预案、组织处置并通知相关部门。",
            "涉及海关监管货物、报关单证或集装箱、封志异常的，关务部应在事发后24小时内向主管海关书面报告，并配合海关调查。",
            "处置结束后，由行政部编写事件处置报告，分析原因并提出改进措施。",
        ]),
        ("第四章 演练", ["公司每年至少组织一次综合应急演练，演练记录及评估报告由行政部存档。"]),
    ]
    frags = {"policy": "为有效应对火灾、台风暴雨、治安事件",
             "report_customs": "关务部应在事发后24小时内向主管海关书面报告",
             "drill": "公司每年至少组织一次综合应急演练",
             "handling": "处置结束后，由行政部编写事件处置报告"}
    return policy(co, path, "突发事件应急预案", f"{co.prefix}-AQ-09", eff, chapters, roles=roles, frags=frags, ev=ev,
                  fmt=fmt, drafter=co.p("admin"), reviewer=co.p("security_vp"))


def security_training_policy(co: Company, path: str, eff: dt.date, *, roles: Roles | None = None,
                             ev: dict | None = None, fmt: str = "docx") -> Doc:
    chapters = [
        ("第一章 总则", [f"为使员工了解{co.security}风险和公司安全措施，制定本规定。"]),
        ("第二章 培训安排", [
            f"行政部每年至少组织两次{co.security}培训，对象为仓储、物流、{co.guard}、关务及新入职员工；内容包括货物藏匿与调换风险、集装箱7点检查、{co.seal}管理、可疑人员识别、异常报告流程等。",
            "每年至少组织一次应急处置培训及模拟演练，使员工掌握报警、疏散、异常报告和货物保护的要求。",
        ]),
        ("第三章 记录", ["培训签到表、课件、测试卷及演练记录由行政部存档。"]),
    ]
    frags = {"policy": f"行政部每年至少组织两次{co.security}培训",
             "content": "货物藏匿与调换风险、集装箱7点检查",
             "drill": "每年至少组织一次应急处置培训及模拟演练"}
    return policy(co, path, f"{co.security}培训管理规定", f"{co.prefix}-AQ-10", eff, chapters, roles=roles,
                  frags=frags, ev=ev, fmt=fmt, drafter=co.p("admin"), reviewer=co.p("security_vp"))
