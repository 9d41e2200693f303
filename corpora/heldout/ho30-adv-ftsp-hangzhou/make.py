"""ho30-adv-ftsp-hangzhou: 杭州汇通外贸综合服务有限公司, advanced / ftsp, as_of 2026-11-30."""
from __future__ import annotations

import datetime as dt
import io
import re
import pathlib
import random
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

NAME = "ho30-adv-ftsp-hangzhou"
CO = "杭州汇通外贸综合服务有限公司"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
D = dt.date

# people
LEGAL = "陈国栋"      # 法定代表人、总经理
CUSTOMS_VP = "王莉"   # 副总经理（分管关务）
CUSTOMS_MGR = "周建华"  # 关务部经理
SEC_VP = "刘志强"     # 副总经理（分管贸易安全、行政）
RISK_MGR = "孙晓燕"   # 风险管理部经理
AUDIT = "郑敏"        # 内审主管
IT_MGR = "吴昊"       # 信息技术部经理
HR = "钱芳"           # 人事主管
REVIEWERS = ["李婷", "何磊", "蒋雯"]
FIELD = ["马骏", "邵一帆", "韩东", "杨帆"]


# ---------------------------------------------------------------- docx helpers
def new_doc(size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    for s in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[s]
        hs.font.name = "Noto Sans CJK SC"
        hs.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Pt(60)
    sec.left_margin = sec.right_margin = Pt(64)
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    p.paragraph_format.space_after = Pt(3)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = str(v)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
                    r.bold = i == 0
    return t


# ---------------------------------------------------------------- rules (12 pages)
RULES_CHAPTERS = [
    ("第一章 总则与组织职责", [
        "第一条 为规范本公司外贸综合服务平台（以下简称“汇通平台”）的运营，防范客户代理出口中的申报、物流、退税及贸易安全风险，制定本规则。本规则适用于公司各部门及通过汇通平台接受服务的全部客户。",
        "第二条 公司设风险管理委员会，由总经理陈国栋任主任，每季度召开一次会议，审议客户风险评级结果、重大风险事项和整改情况，会议形成纪要存档。",
        "第三条 公司设风险管理部（经理：孙晓燕），为专职业务风险管理部门，负责：（一）平台客户准入审核和风险评级；（二）围绕客户的内部控制、守法情况和贸易安全开展风险评估与日常监控；（三）维护平台风险规则及风险数据库；（四）组织实地考察和年度复核；（五）向风险管理委员会报告。",
        "第四条 关务部负责报关单证审核、申报前校验、申报及与海关的日常联系；财务部负责结算、退税申报资料和会计核算；行政安全部负责经营场所、人员出入和贸易安全管理；信息技术部负责平台系统运行和信息安全；内审岗直接向总经理报告，负责内部审计。",
        "第五条 公司指定副总经理王莉为负责关务的高级管理人员（关务总监），对公司关务合规全面负责；关务部经理周建华为关务负责人；副总经理刘志强负责贸易安全管理。上述指定经2026年1月5日总经理办公会决定并发文（汇通发〔2026〕1号）。",
        "第六条 各部门岗位职责以《岗位说明书》为准，人员变动时由人事部门在十个工作日内更新。关务部每年年初制定内部海关法规培训计划并组织实施，公司法定代表人、关务总监、关务部经理和分管贸易安全的副总经理每年参加不少于2次。",
    ]),
    ("第二章 客户准入、实地核查与分级管理", [
        "第七条 客户申请使用汇通平台，应提交营业执照、对外贸易经营者备案（或海关收发货人备案）、法定代表人身份证明、主要产品清单、生产工厂信息或合法进货渠道证明。风险管理部在五个工作日内完成资质审核，形成准入结论，录入《客户准入登记》。",
        "第八条 风险管理部在准入前通过信用中国、国家企业信用信息公示系统及海关企业信用信息公示平台查询客户及其法定代表人，被列入失信联合惩戒对象名单的，一律不予准入；已准入客户每月批量复查一次，发现被列入的立即停止代理其进出口业务。",
        "第九条 对生产型客户，首次准入后三个月内由风险管理部派员实地考察，核查生产设备、员工规模、月产能与申报出口量是否匹配，核查订单和收汇的真实性，形成《实地考察记录》并附现场照片。",
        "第十条 风险管理部每半年对客户进行风险评级，评分要素包括年度出口额、违法记录、单证差错、查验异常、收汇及退税异常等，评级分为A（低风险）、B（一般）、C（较高）、D（高风险）四级。C级客户的订单一律人工审单；D级客户暂停新订单。",
        "第十一条 客户发生海关违法记录的，风险管理部应在十个工作日内完成责任回溯，查明涉及订单、责任环节和内部审核缺陷，提出降级、暂停或终止服务的意见，报风险管理委员会审议。",
        "第十二条 对年度出口额在500万美元以上、有两次以上违法记录或评级为C、D级的客户，风险管理部每季度监控其交易数据，并每年至少一次通过实地考察进行重新核查，结果录入《年度复核》。",
    ]),
    ("第三章 禁限品类与审查标准", [
        "第十三条 汇通平台不承接下列货物：（一）国家禁止出口的货物；（二）需出口许可证或其他出口许可管理的货物；（三）实施出口法定检验的商品；（四）危险化学品及危险货物；（五）食品、化妆品、动植物及其产品；（六）无法提供知识产权授权或合法来源证明的品牌商品。",
        "第十四条 平台受理的主要品类为纺织服装、五金工具、日用百货和跨境电商一般贸易货物。品类目录由风险管理部维护，每年一月更新。",
        "第十五条 订单审查标准包括：品名与客户经营范围一致；申报价格不偏离平台价格数据库同类商品均价30%以上，偏离的须提供说明；带品牌商品须提供授权书；客户近12个月出口量不超过实地核实产能的120%。",
        "第十六条 本章禁限品类目录及审查标准在汇通平台客户端首页“禁限品类及审查标准”栏目公开，并作为《外贸综合服务协议》附件一提供给每一位客户。",
    ]),
    ("第四章 订单与单证审核、申报前校验", [
        "第十七条 关务部设单证审核岗（李婷、何磊、蒋雯），对客户订单对应的货物信息、生产工厂信息、知识产权授权或合法渠道进货证明、监管证件、合同、发票、装箱单等资料的真实性、完整性、有效性进行审查，审查记录在平台留痕。",
        "第十八条 报关单在申报前须经平台“申报前校验”模块进行申报要素逻辑检验，并与价格数据库、历史交易库比对商品价格和归类；系统提示异常的，由单证审核岗复核处理，必要时退回客户补正。",
        "第十九条 报关单申报后发现差错的，由关务部登记《报关单纠错登记》，分析原因，按海关规定办理修改或撤销，并通报风险管理部计入客户评分。",
        "第二十条 订单处理流程：客户下单—资质及品类校验—单证审核—申报前校验—委托申报—物流跟踪—放行结关—收汇结算—退税申报—归档。各环节在平台上留存操作记录，可按订单号检索全流程。",
    ]),
    ("第五章 货物真实性核查与监装", [
        "第二十一条 单票货值在5万美元以上的订单，由风险管理部或关务部派员跟踪验货并现场监装；交易额小但频繁、月累计货值在20万美元以上的客户，每月至少抽样查验一票并派人现场监督。",
        "第二十二条 其他小额订单，客户须在装运当日通过平台上传货物包装、堆放、装箱过程和运输车辆（含车牌）的现场照片或视频，未上传的不予申报。",
        "第二十三条 公司派员实地监装的票数每月不低于当月出口报关单票数的10%。监装人员按七点检查法检查集装箱，核对封志号、车牌和司机身份，填写《监装记录》，监装视频上传平台永久保存。",
        "第二十四条 公司合作的装箱仓库须对装运区域实施视频监控，监控录像保存不少于3个月，公司每季度抽查一次。",
        "第二十五条 发现货物与申报不符、夹带或其他违法嫌疑的，监装人员立即停止装运，报告关务总监，由关务总监决定处置措施并向海关报告。",
    ]),
    ("第六章 单证、合同与退税资料保管", [
        "第二十六条 报关单及随附单证、装箱单、提单、监装记录和视频等物流单据，在平台电子档案中按订单号归档，纸质资料由关务部档案室保管，保存期限不少于10年。",
        "第二十七条 与客户签订的《外贸综合服务协议》及补充协议、授权委托书，由法务专员统一编号登记，原件存档案室，扫描件上传平台客户档案。",
        "第二十八条 出口退税申报资料（报关单、发票、收汇凭证、购货合同、增值税专用发票等）由财务部按退税批次装订，专柜保管。",
        "第二十九条 报关专用章、海关核发的证书和法律文书由关务部指定专人保管，使用须登记；认证资料由关务部设专门档案保管。",
        "第三十条 客户随订单提供的检测报告等资料随订单一并归档。",
    ]),
    ("第七章 平台客户培训", [
        "第三十一条 关务部每年至少组织三次面向平台客户的海关法规和申报规范培训，可采用线下讲座、线上直播方式，内容包括申报要素、知识产权、原产地、出口退税和贸易安全要求。",
        "第三十二条 每次培训后通过平台发放测试问卷，统计参训率、测试合格率（60分以上为合格）和满意度，形成《培训效果评估》；合格率低于80%的主题，下次培训时重讲。",
        "第三十三条 新准入客户须在准入后一个月内完成平台线上课程“出口申报基础”。",
    ]),
    ("第八章 内部审计、问题整改与责任追究", [
        "第三十四条 内审岗每年至少开展一次进出口业务内部审计，审计范围覆盖关务、物流、退税、客户管理和贸易安全，出具内部审计报告并存档。",
        "第三十五条 审计发现的问题由责任部门制定整改措施和期限，关务总监跟踪督办，内审岗验证关闭。",
        "第三十六条 海关要求改正或规范改进的事项，由关务总监组织实施并向总经理报告。",
        "第三十七条 员工在进出口业务中违反本规则造成申报差错、海关处罚或其他损失的，视情节给予通报批评、扣减绩效直至解除劳动合同；涉嫌违法的移送有关机关。",
    ]),
]


def build_rules(src: pathlib.Path) -> pathlib.Path:
    doc = new_doc(10.5)
    for _ in range(6):
        para(doc, "")
    para(doc, CO, bold=True, size=20, center=True)
    para(doc, "汇通外贸综合服务平台运营管理规则", bold=True, size=24, center=True)
    para(doc, "（2026年修订）", size=14, center=True)
    for _ in range(8):
        para(doc, "")
    para(doc, "文件编号：HT-GL-001    版本：V4.0", center=True)
    para(doc, "发布日期：2026年1月8日    实施日期：2026年1月15日", center=True)
    para(doc, "批准：陈国栋    审核：王莉    编制：孙晓燕、周建华", center=True)
    page_break(doc)
    para(doc, "目  录", bold=True, size=16, center=True)
    toc = [(t, i + 3) for i, (t, _) in enumerate(RULES_CHAPTERS)]
    toc += [("附录一 客户准入申请表（样表）", 11), ("附录二 实地考察及监装记录表（样表）", 12)]
    for t, p in toc:
        para(doc, f"{t} {'.' * (60 - 2 * len(t))} {p}")
    for title, arts in RULES_CHAPTERS:
        page_break(doc)
        para(doc, title, bold=True, size=15, center=True)
        for a in arts:
            para(doc, a)
    page_break(doc)
    para(doc, "附录一 客户准入申请表（样表）", bold=True, size=15, center=True)
    table(doc, [["项目", "填写内容"], ["客户名称", ""], ["统一社会信用代码", ""], ["法定代表人", ""],
                ["对外贸易经营者备案号", ""], ["海关编码", ""], ["主营产品", ""], ["生产工厂名称及地址", ""],
                ["年出口额（万美元）", ""], ["失信名单查询结果", "□未列入  □已列入"], ["资质审核意见", ""],
                ["审核人 / 日期", ""], ["准入结论", "□准入  □不予准入"]])
    page_break(doc)
    para(doc, "附录二 实地考察及监装记录表（样表）", bold=True, size=15, center=True)
    para(doc, "（一）实地考察记录", bold=True)
    table(doc, [["考察日期", "", "客户名称", ""], ["生产设备及数量", "", "员工人数", ""],
                ["月产能", "", "近12个月出口量", ""], ["产能匹配结论", "", "考察人", ""]])
    para(doc, "")
    para(doc, "（二）监装记录", bold=True)
    table(doc, [["监装日期", "", "订单号", ""], ["集装箱号", "", "封志号", ""],
                ["七点检查", "前壁□ 左侧□ 右侧□ 地板□ 顶部□ 内外门□ 外部/底架□", "", ""],
                ["车牌号", "", "司机身份核验", "□已核验"], ["监装人", "", "视频编号", ""]])
    p = src / "汇通外贸综合服务平台运营管理规则（2026年修订）.docx"
    doc.save(p)
    return p


# ---------------------------------------------------------------- IT policy (neutral name doc12.docx)
def build_it(out: pathlib.Path):
    doc = new_doc()
    para(doc, CO, bold=True, size=14, center=True)
    para(doc, "信息系统与数据安全管理办法", bold=True, size=16, center=True)
    para(doc, "HT-GL-007  2025年12月20日修订  批准：陈国栋", center=True)
    arts = [
        "第一条 公司经营活动通过“汇通外综服平台”（自研，2019年3月上线）和金蝶财务系统运行。平台设关务、物流、退税、结算、信保、财务对接和风控中心七个模块，客户下单、报关委托、物流跟踪、退税申报、结汇结算和出口信用保险投保均在平台线上办理。",
        "第二条 平台通过国际贸易“单一窗口”标准版接口与海关联网，报关数据、回执和放行信息实时回传；关务部每月将平台出口数据与单一窗口导出数据逐票核对，差异在五个工作日内查明并记录在《数据核对》台账。",
        "第三条 风控中心包含风险规则库、知识产权库、价格数据库、历史交易库和客户（买方、卖方）信息库，对下单、审单、申报、物流、收汇、退税全流程进行风险识别、分析和处置，处置结果留痕。",
        "第四条 平台业务数据、操作日志和电子档案在线保存不少于5年，超过5年的转入归档库，不作删除；财务系统数据永久保存。",
        "第五条 信息技术部每日增量备份、每周全量备份至异地机房（阿里云杭州可用区B），每季度进行一次恢复测试。",
        "第六条 员工账号实行实名制，按岗位最小权限授权；入职时由人事部门提交开通申请，离职当日停用全部系统账号。密码不少于10位并每90天更换，禁止共用账号。",
        "第七条 服务器机房实行门禁管理，非信息技术部人员进入须登记并由信息技术部人员陪同。所有办公电脑安装终端防病毒软件并统一更新。",
        "第八条 信息技术部每年至少组织一次全员信息安全培训，新员工入职培训包含信息安全内容。",
        "第九条 违反本办法，造成数据泄露、系统中断或其他损害的，视情节给予通报批评、扣减当月绩效、赔偿损失直至解除劳动合同。",
    ]
    for a in arts:
        para(doc, a)
    doc.save(out)


# ---------------------------------------------------------------- trade security policy
def build_security(out: pathlib.Path):
    doc = new_doc()
    para(doc, CO, bold=True, size=14, center=True)
    para(doc, "贸易安全管理制度", bold=True, size=16, center=True)
    para(doc, "HT-AQ-001  V3.0  2025年11月修订  批准：陈国栋  编制：行政安全部", center=True)
    secs = [
        ("一、经营场所安全", [
            "1.1 公司办公场所位于杭州市滨江区江南大道“汇智大厦”12—13层，档案室和服务器机房位于13层。行政安全部负责场所安全管理，保安每日两次巡查，记录《巡查记录》。",
            "1.2 出入口设门禁闸机，档案室、机房、财务室为敏感区域，安装电子门禁和监控摄像头，监控录像保存90天；大厦夜间由物业保安值守。",
        ]),
        ("二、人员和车辆出入", [
            "2.1 员工凭本人工卡刷卡出入，工卡由行政安全部统一制发、登记和回收，不同岗位授予不同门禁权限，敏感区域仅对授权人员开放。",
            "2.2 来访人员在前台登记姓名、单位、事由、被访人，领取临时访客卡，离开时交回；进入档案室、机房须由本公司员工全程陪同。",
            "2.3 员工车辆停放在大厦地下二层公司固定车位；来访车辆在前台登记车牌后停放在访客车位。",
            "2.4 发现无证、尾随或身份不明人员，员工应立即询问并通知前台或保安，必要时报警。",
        ]),
        ("三、人员安全", [
            "3.1 人事部门在录用前核验应聘人员身份证件、学历及前两家单位工作经历，关键岗位（关务、单证审核、财务、风控、信息技术）取得无犯罪记录证明。",
            "3.2 人事部门建立员工档案和动态员工清单，入职、调岗、离职当日更新。",
            "3.3 员工离职当日办理交接：收回工卡、电脑及其他设备，停用门禁权限和全部系统账号。",
        ]),
        ("四、商业伙伴安全", [
            "4.1 对合作的物流公司、装箱仓库、报关行和车队，在合作前由风险管理部进行安全评估，评估内容包括资质、场所安全、人员管理、集装箱和封志管理、视频监控；合作期内每年复评一次。已获海关高级认证的合作方可简化评估。",
            "4.2 平台客户的准入、考察和分级按《平台运营管理规则》第二章执行。",
        ]),
        ("五、货物、集装箱和运输工具安全", [
            "5.1 公司本身不设仓库，货物由客户工厂或合作装箱仓库装运。监装人员检查货物件数、唛头与装箱单一致，发现短装、溢装或包装破损立即报告。",
            "5.2 装箱前按七点检查法检查集装箱（前壁、左侧、右侧、地板、顶部、内/外门、外部/底架），施加符合ISO 17712标准的高保封志，封志由关务部统一采购、登记、发放和作废登记。",
            "5.3 监装人员核对拖车车牌、司机身份证和驾驶证，检查车辆有无暗格和改装痕迹，记录在《监装记录》中。",
        ]),
        ("六、危机管理", [
            "6.1 公司制定《突发事件应急预案》，涵盖火灾、台风暴雨、系统中断、货物被盗或被夹带、海关查验异常等情形，由刘志强任应急小组组长。",
            "6.2 发生突发事件，应急小组组织处置，记录处置过程；影响在途货物通关、监管或涉及海关业务的，由关务总监在24小时内向主管海关报告。",
            "6.3 每年至少组织一次应急演练和一次危机管理培训。",
        ]),
        ("七、贸易安全培训", [
            "7.1 行政安全部每年制定培训计划，组织全员贸易安全培训，内容包括供应链安全风险、监装与封志、异常情况报告，新员工入职培训包含贸易安全内容。",
        ]),
    ]
    for h, arts in secs:
        para(doc, h, bold=True)
        for a in arts:
            para(doc, a)
    doc.save(out)


# ---------------------------------------------------------------- minutes
def build_minutes_q2(out: pathlib.Path):
    doc = new_doc()
    para(doc, "风险管理委员会2026年第二季度会议纪要", bold=True, size=15, center=True)
    para(doc, "时间：2026年6月26日 14:00—16:30    地点：13楼第一会议室")
    para(doc, f"主持：{LEGAL}（总经理）    记录：{RISK_MGR}")
    para(doc, f"出席：{LEGAL}、{CUSTOMS_VP}（副总经理、关务总监）、{SEC_VP}（副总经理）、{RISK_MGR}（风险管理部经理）、{CUSTOMS_MGR}（关务部经理）、张宏（财务部经理）、{AUDIT}（内审主管）")
    items = [
        ("一、上半年客户风险评级结果", "风险管理部报告：截至6月20日在册客户596家，本期评级A级298家、B级239家、C级49家、D级10家。较上期C级增加8家，主要原因为单证差错率上升和收汇延迟。会议同意评级结果，D级客户自7月1日起暂停新订单，C级客户订单全部转人工审单。"),
        ("二、客户违法记录责任回溯", "客户HT-C0207（义乌市森禾日用品有限公司）2026年2月一票出口报关单申报数量与实际不符，公司作为申报单位被杭州海关处以罚款人民币5000元。风险管理部已完成责任回溯：客户装箱后临时加货未告知平台，平台监装为照片方式，单证审核未发现。处理意见：该客户降为D级并暂停服务三个月；补充规定该类客户改为派员监装。会议同意。"),
        ("三、失信名单筛查", "6月月度筛查发现客户HT-C0318（绍兴柯桥锦程纺织有限公司）于6月9日被列入失信被执行人名单，风险管理部当日冻结其账户，已申报未放行订单0票，在途订单2票由客户另行委托他人办理。会议决定终止与该客户的服务协议。"),
        ("四、海关稽查整改事项", "杭州海关稽查处4月对公司2025年出口数据开展稽查，要求对“针织服装”申报要素中成分含量填报不规范问题进行规范改进。关务总监王莉牵头，关务部已修订申报前校验规则12条、完成历史订单自查，整改报告于5月30日报送海关。"),
        ("五、下半年工作安排", "风险管理部9月完成下半年评级；内审于10月开展年度内部审计；关务部8月组织客户专题培训（原产地与RCEP）。"),
    ]
    for h, t in items:
        para(doc, h, bold=True)
        para(doc, t)
    para(doc, "")
    para(doc, f"签发：{LEGAL}        2026年6月28日")
    doc.save(out)


def build_minutes_q3(out: pathlib.Path, cl):
    from collections import Counter
    n = Counter(c.get("lvl") for c in cl if c.get("lvl"))
    big = sum(1 for c in cl if c.get("exp", 0) >= 500)
    doc = new_doc()
    para(doc, "风险管理委员会2026年第三季度会议纪要", bold=True, size=15, center=True)
    para(doc, "时间：2026年9月29日 9:30—11:40    地点：13楼第一会议室")
    para(doc, f"主持：{LEGAL}    记录：{RISK_MGR}")
    para(doc, f"出席：{LEGAL}、{CUSTOMS_VP}、{SEC_VP}、{RISK_MGR}、{CUSTOMS_MGR}、张宏、{AUDIT}、{IT_MGR}")
    items = [
        ("一、下半年客户风险评级", f"本期参评客户{sum(n.values())}家，评级A级{n['A']}家、B级{n['B']}家、C级{n['C']}家、D级{n['D']}家。风险管理部对年出口额500万美元以上的{big}家客户和C、D级客户完成季度交易数据监控，其中大部分已完成年度实地复核，其余在11月底前完成。"),
        ("二、台风“桦加沙”应急处置情况", "9月18日至19日台风影响期间，宁波北仑港区停止作业。应急小组启动预案，逐票通知客户在途货物情况，对已申报未装船的37票货物协调改配船期；涉及2票需改港出运的报关单，关务总监于9月19日书面报告杭州海关所属隶属海关并按要求办理修改手续。未发生货物损失。"),
        ("三、可疑货物处置", "8月14日监装人员在客户HT-C0452（永康市铭锐五金工具有限公司）装箱现场发现箱内有20箱货物唛头为某国际品牌，客户无法提供授权。监装人员当即停止装运，关务总监决定撤回该票委托并向金华海关报告。风险管理部将该客户列为D级。"),
        ("四、平台系统", "信息技术部报告：申报前校验规则新增价格偏离预警和品牌词识别，知识产权库更新至12,486条；7月一名单证员借用同事账号登录平台，已按《信息系统与数据安全管理办法》第九条给予通报批评并扣减当月绩效。"),
        ("五、其他", "内审10月启动年度审计；关务部11月组织第三次客户培训。"),
    ]
    for h, t in items:
        para(doc, h, bold=True)
        para(doc, t)
    para(doc, f"签发：{LEGAL}        2026年9月30日")
    doc.save(out)


# ---------------------------------------------------------------- internal audit report (3 pages)
def build_audit(out: pathlib.Path):
    doc = new_doc()
    para(doc, CO, bold=True, size=14, center=True)
    para(doc, "2026年度进出口业务内部审计报告", bold=True, size=16, center=True)
    para(doc, "报告编号：HT-NS-2026-01    报告日期：2026年11月10日", center=True)
    para(doc, "一、审计概况", bold=True)
    para(doc, f"审计期间：2025年10月1日至2026年9月30日。审计人员：{AUDIT}（内审主管）、张蕾（财务部，交叉审计）。现场工作时间：2026年10月12日至10月30日。")
    para(doc, "审计范围：关务单证审核与申报前校验、客户准入与分级、实地考察与复核、货物监装、单证及退税资料保管、信息系统与数据、贸易安全（场所、出入、人员）、培训。审计方法：制度查阅、人员访谈、抽样检查（抽查报关单120票、监装记录40份、客户档案60户）、现场查看。")
    para(doc, "二、总体结论", bold=True)
    para(doc, "公司进出口业务内部控制总体健全并有效运行。抽查报关单申报前校验留痕率100%，单证差错率0.21%；派员监装比例各月在10.6%—13.9%之间；客户档案资料齐全率98.3%。审计发现问题4项，其中3项已在审计期间整改完毕，1项尚在整改中。")
    page_break(doc)
    para(doc, "三、审计发现及整改情况", bold=True)
    table(doc, [
        ["编号", "发现问题", "责任部门", "整改措施", "期限", "状态"],
        ["F1", "抽查60户客户档案，1户缺少法定代表人身份证明复印件", "风险管理部", "已补齐，并在准入清单增加必填校验", "2026-10-31", "已关闭"],
        ["F2", "2份监装记录未填写司机身份核验栏", "关务部", "已补记，监装记录表改为必填项", "2026-10-31", "已关闭"],
        ["F3", "离职员工1人系统账号在离职后第3天才停用", "信息技术部/人事", "已停用，改为人事系统离职审批自动触发", "2026-10-31", "已关闭"],
        ["F4", "合作装箱仓库“杭州城西恒运仓储”装运区视频监控录像仅保存约45天，不满足公司规定及海关要求的3个月；关务部2026年二、三季度未按规定对合作仓库录像保存情况进行季度抽查", "关务部/风险管理部", "要求仓库扩容硬盘录像机并出具书面承诺；恢复季度抽查并在台账中记录", "2026-12-31", "整改中（未关闭）"],
    ])
    para(doc, "")
    para(doc, "说明：公司派员监装时拍摄的监装过程视频均已上传平台电子档案，不受F4影响；F4涉及的是合作仓库装运区的固定监控录像。")
    page_break(doc)
    para(doc, "四、上年度审计问题跟踪", bold=True)
    para(doc, "2025年度内部审计报告（HT-NS-2025-01，2025年11月18日）提出问题3项：客户培训效果评估未覆盖线上培训；封志作废未登记；访客登记未记录离开时间。经复查，3项均已于2026年3月前整改关闭，由关务总监王莉签字确认。")
    para(doc, "五、审计建议", bold=True)
    para(doc, "1. 关务部按期完成F4整改，12月底前提交仓库扩容证明和抽查记录；2. 前台访客登记表增加证件核验栏；3. 继续保持季度风险评级和年度复核。")
    para(doc, "")
    para(doc, f"内审主管：{AUDIT}        审阅：{LEGAL}（总经理）        整改督办：{CUSTOMS_VP}（关务总监）")
    doc.save(out)


# ---------------------------------------------------------------- client agreements (zip)
AGREEMENTS = [
    ("HT-C0152", "杭州萧山恒达纺织品有限公司", "2026-01-12", "HT-FW-2026-0012", True),
    ("HT-C0207", "义乌市森禾日用品有限公司", "2026-02-03", "HT-FW-2026-0031", True),
    ("HT-C0388", "宁波鄞州锐克五金制品有限公司", "2026-03-20", "HT-FW-2026-0077", True),
    ("HT-C0533", "温州鹿城佳美服饰有限公司", "2026-05-08", "HT-FW-2026-0119", False),  # old V2 template
    ("HT-C0571", "杭州跨越电子商务有限公司", "2026-07-15", "HT-FW-2026-0164", True),
    ("HT-C0602", "金华东阳鸿运工艺品有限公司", "2026-10-21", "HT-FW-2026-0230", True),
]


def agreement_doc(code, name, date, no, full) -> Document:
    doc = new_doc(10)
    para(doc, "外贸综合服务协议", bold=True, size=16, center=True)
    para(doc, f"协议编号：{no}    模板版本：{'HT-HT-003 V3（2025年12月）' if full else 'HT-HT-003 V2（2023年6月）'}", center=True)
    para(doc, f"甲方（客户）：{name}（平台客户编号 {code}）")
    para(doc, f"乙方（服务商）：{CO}")
    arts = [
        "第一条 服务内容：乙方通过汇通平台为甲方提供出口报关（委托申报）、国际物流订舱、出口退税申报协助、外汇结算和出口信用保险投保等综合服务，甲方通过平台下单并查询办理进度。",
        "第二条 甲方保证其提供的合同、发票、装箱单、生产工厂信息、知识产权授权或进货凭证等资料真实、完整、有效，货物与申报一致；因甲方资料不实造成的海关处罚和损失由甲方承担。",
        "第三条 甲方不得通过乙方平台出口附件一《禁限品类及审查标准》所列货物；乙方有权按该标准审查订单并拒绝受理。",
        "第四条 甲方应配合乙方的实地考察、验货和现场监装；小额订单按乙方要求上传货物包装、堆放、装运和车辆照片或视频。",
    ]
    if full:
        arts.append("第五条 贸易安全：甲方应参照海关认证企业标准中的贸易安全要求，建立并不断完善本企业的场所安全、人员安全、货物和集装箱装载安全管理，指定贸易安全联系人；乙方每年对甲方贸易安全管理情况进行评估，甲方应予配合并按乙方建议改进。")
        n = 6
    else:
        n = 5
    rest = [
        "乙方按海关规定保存本协议项下的报关单证、物流单据和往来资料，保存期限不少于10年。",
        "甲方如被列入失信联合惩戒对象名单或发生海关违法记录，应在3个工作日内告知乙方，乙方有权暂停或终止服务。",
        "服务费用按平台公示价格和双方确认的报价单结算。",
        "本协议有效期一年，期满双方无异议自动续期一年。",
    ]
    cn = "零一二三四五六七八九十"
    for i, t in enumerate(rest):
        arts.append(f"第{cn[n + i]}条 {t}")
    for a in arts:
        para(doc, a)
    para(doc, "附件一：禁限品类及审查标准（见平台公示版本）")
    para(doc, "")
    para(doc, f"甲方（盖章）：{name}        乙方（盖章）：{CO}")
    para(doc, f"签订日期：{date}")
    return doc


def build_agreements_zip(out: pathlib.Path, tmp: pathlib.Path):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for code, name, date, no, full in AGREEMENTS:
            doc = agreement_doc(code, name, date, no, full)
            doc.core_properties.created = dt.datetime(2026, 1, 1)
            doc.core_properties.modified = dt.datetime(2026, 1, 1)
            buf = io.BytesIO()
            doc.save(buf)
            fixed = io.BytesIO()
            with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in zin.infolist():
                    data = zin.read(info.filename)
                    if info.filename == "docProps/core.xml":
                        data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                      rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
                    zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), data)
            z.writestr(zipfile.ZipInfo(f"客户服务协议/{no}_{name}.docx", date_time=(2026, 1, 1, 0, 0, 0)), fixed.getvalue())


# ---------------------------------------------------------------- brochure (distractor) and menu (irrelevant)
def build_brochure(out: pathlib.Path):
    doc = new_doc(11)
    para(doc, "汇通外综服 · 让小微外贸更简单", bold=True, size=18, center=True)
    para(doc, "一站式出口服务：报关、物流、退税、结汇、信保，手机下单，全程在线。")
    para(doc, "为什么选择汇通？", bold=True)
    for t in ["· 9年外贸服务经验，服务浙江600余家工厂和电商卖家；",
              "· 智能风控：大数据模型帮您提前发现申报风险，通关更顺畅；",
              "· 退税快：资料齐全最快5个工作日垫付退税款；",
              "· 专属客户经理，7×24小时在线客服；",
              "· 已申请海关高级认证（AEO），通关便利即将升级！"]:
        para(doc, t)
    para(doc, "服务价格（2026年）", bold=True)
    table(doc, [["服务", "标准价", "会员价"], ["出口报关（每票）", "200元", "150元"],
                ["退税垫付服务费", "退税额1.5%", "退税额1.0%"], ["整柜订舱", "按运价", "运价9.5折"],
                ["出口信保代投保", "免费", "免费"]])
    para(doc, "")
    para(doc, "咨询热线：0571-8888 6620    地址：杭州市滨江区江南大道汇智大厦12层")
    doc.save(out)


def build_menu(out: pathlib.Path):
    doc = new_doc(11)
    para(doc, "汇智大厦员工餐厅 12月第一周菜单", bold=True, size=15, center=True)
    table(doc, [["日期", "午餐", "晚餐"],
                ["12月1日（周二）", "红烧肉、清炒油麦菜、番茄蛋汤", "鱼香肉丝、蒜蓉西兰花"],
                ["12月2日（周三）", "东坡肉、西湖醋鱼、紫菜汤", "宫保鸡丁、炒青菜"],
                ["12月3日（周四）", "糖醋排骨、手撕包菜、冬瓜汤", "回锅肉、麻婆豆腐"],
                ["12月4日（周五）", "片儿川、葱包桧、小笼包", "—"]])
    para(doc, "温馨提示：12月起餐卡充值请至大厦一楼物业服务中心办理。")
    doc.save(out)


# ---------------------------------------------------------------- screenshots
def _font(size):
    return ImageFont.truetype(FONT, size, index=2)


def build_shot_riskcenter(out: pathlib.Path):
    im = Image.new("RGB", (1280, 780), (244, 246, 249))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1280, 56], fill=(22, 93, 168))
    d.text((20, 12), "汇通外综服平台  |  风控中心", font=_font(24), fill="white")
    d.text((900, 18), "用户：sunxy（风险管理部）  2026-10-15 10:12", font=_font(16), fill="white")
    d.rectangle([0, 56, 190, 780], fill=(33, 41, 54))
    for i, m in enumerate(["工作台", "关务", "物流跟踪", "退税", "结算", "信保", "财务对接", "风控中心", "客户档案", "系统管理"]):
        d.text((24, 80 + i * 46), m, font=_font(18), fill=(255, 210, 80) if m == "风控中心" else (220, 220, 220))
    d.text((220, 76), "风险数据库", font=_font(20), fill=(30, 30, 30))
    cards = [("知识产权库", "12,486 条", "更新：2026-10-14"), ("价格数据库", "386,204 条", "覆盖HS编码 4,117 个"),
             ("历史交易库", "1,204,557 票", "数据起始：2019-03-01"), ("客户（买卖）信息库", "买方 8,932 / 卖方 603", "更新：2026-10-15")]
    for i, (a, b, c) in enumerate(cards):
        x = 220 + i * 260
        d.rectangle([x, 110, x + 240, 230], fill="white", outline=(210, 214, 220))
        d.text((x + 14, 122), a, font=_font(17), fill=(90, 90, 90))
        d.text((x + 14, 152), b, font=_font(22), fill=(22, 93, 168))
        d.text((x + 14, 195), c, font=_font(14), fill=(120, 120, 120))
    d.text((220, 256), "风险监控（今日）", font=_font(20), fill=(30, 30, 30))
    rows = [("启用风险规则", "148 条"), ("今日预警", "23 笔"), ("已处置", "19 笔"), ("待处置", "4 笔"),
            ("在途物流追踪", "412 票"), ("单一窗口接口状态", "正常（最近同步 2026-10-15 10:11）"),
            ("上月数据核对（2026-09）", "平台 1,986 票 / 单一窗口 1,986 票  差异 0")]
    for i, (a, b) in enumerate(rows):
        y = 292 + i * 38
        d.text((230, y), a + "：", font=_font(17), fill=(60, 60, 60))
        d.text((520, y), b, font=_font(17), fill=(20, 20, 20))
    d.text((220, 575), "预警处置（最近5笔）", font=_font(20), fill=(30, 30, 30))
    hdr = ["时间", "订单号", "预警类型", "处置人", "处置结果"]
    data = [["10:05", "HT2610150318", "价格偏离 -41%", "李婷", "退回补正"],
            ["09:52", "HT2610150297", "品牌词命中", "何磊", "已提供授权，放行"],
            ["09:40", "HT2610150281", "产能超限 126%", "孙晓燕", "转人工审核"],
            ["09:21", "HT2610150266", "归类不一致", "蒋雯", "已修改商品编码"],
            ["09:03", "HT2610150240", "D级客户下单", "系统", "自动拦截"]]
    xs = [230, 320, 480, 680, 800]
    for j, h in enumerate(hdr):
        d.text((xs[j], 610), h, font=_font(15), fill=(100, 100, 100))
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            d.text((xs[j], 640 + i * 26), v, font=_font(15), fill=(30, 30, 30))
    im.save(out, optimize=True)


def build_shot_precheck(out: pathlib.Path):
    im = Image.new("RGB", (1200, 720), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1200, 50], fill=(22, 93, 168))
    d.text((20, 10), "关务 > 申报前校验 > 订单 HT2610090144", font=_font(22), fill="white")
    kv = [("客户", "HT-C0152 杭州萧山恒达纺织品有限公司（B级）"), ("商品", "6110.2000 棉制针织套头衫"),
          ("申报单价", "USD 4.20/件    价格库均价 USD 4.65/件    偏离 -9.7%（正常）"),
          ("申报要素", "品名|材质：棉95%氨纶5%|织造方法：针织|种类：套头衫|品牌：无品牌  校验通过"),
          ("归类比对", "与历史交易库一致（近12个月 46 票）"), ("产能匹配", "近12个月出口 18.6 万件 / 核实年产能 24 万件（78%）"),
          ("复核人", "何磊   2026-10-09 14:26   结论：同意申报")]
    for i, (a, b) in enumerate(kv):
        d.text((30, 76 + i * 42), a + "：", font=_font(18), fill=(80, 80, 80))
        d.text((150, 76 + i * 42), b, font=_font(18), fill=(20, 20, 20))
    d.text((30, 390), "流程跟踪", font=_font(20), fill=(30, 30, 30))
    steps = [("下单", "10-08 16:02"), ("资质品类校验", "10-08 16:02"), ("单证审核", "10-09 10:15"),
             ("申报前校验", "10-09 14:26"), ("委托申报", "10-09 15:10"), ("放行", "10-10 09:48"),
             ("装船", "10-12"), ("收汇", "—"), ("退税", "—")]
    for i, (s, t) in enumerate(steps):
        x = 40 + i * 126
        done = t != "—"
        d.ellipse([x, 430, x + 26, 456], fill=(46, 160, 90) if done else (200, 200, 200))
        d.text((x - 6, 466), s, font=_font(15), fill=(30, 30, 30))
        d.text((x - 6, 490), t, font=_font(14), fill=(110, 110, 110))
        if i < len(steps) - 1:
            d.line([x + 28, 443, x + 124, 443], fill=(180, 180, 180), width=3)
    d.text((30, 560), "报关单号：290120261000384517    申报口岸：北仑海关    监装方式：照片视频（小额订单）", font=_font(16), fill=(60, 60, 60))
    im.save(out, optimize=True)


# ---------------------------------------------------------------- workbooks
SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIV = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "佳", "晨", "宇", "欣怡", "浩然", "子涵", "思远", "婷婷", "建国", "海燕", "晓东", "一鸣", "雪", "俊杰"]
PLACES = ["杭州萧山", "绍兴柯桥", "义乌市", "宁波鄞州", "永康市", "温州鹿城", "金华东阳", "湖州织里", "台州路桥", "杭州余杭", "海宁市", "桐乡市"]
ZIHAO = ["恒达", "森禾", "锦程", "锐克", "铭锐", "佳美", "跨越", "鸿运", "华顺", "天成", "嘉利", "博远", "永盛", "新峰", "瑞丰", "金帆", "润泽", "辰星", "宏图", "安达", "众诚", "联盛", "鑫源", "凯越", "明辉", "盛泰", "丰禾", "卓越", "兴隆", "海纳"]
TRADES = [("纺织品", "纺织服装", "生产型"), ("服饰", "纺织服装", "生产型"), ("五金工具", "五金工具", "生产型"),
          ("五金制品", "五金工具", "生产型"), ("日用品", "日用百货", "贸易型"), ("电子商务", "跨境电商一般贸易", "电商"),
          ("工艺品", "日用百货", "生产型"), ("家居用品", "日用百货", "贸易型")]
FIXED = {152: ("杭州萧山恒达纺织品有限公司", 0), 207: ("义乌市森禾日用品有限公司", 4), 318: ("绍兴柯桥锦程纺织有限公司", 0),
         388: ("宁波鄞州锐克五金制品有限公司", 3), 452: ("永康市铭锐五金工具有限公司", 2), 533: ("温州鹿城佳美服饰有限公司", 1),
         571: ("杭州跨越电子商务有限公司", 5), 602: ("金华东阳鸿运工艺品有限公司", 6)}


def person(rng):
    return rng.choice(SUR) + rng.choice(GIV)


def dstr(d):
    return d.isoformat()


def add_sheet(wb, title, header, rows, widths=None):
    ws = wb.create_sheet(title)
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    for i, h in enumerate(header):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = max(10, min(40, len(str(h)) * 2 + 4))
    return ws


def clients(rng):
    out = []
    used = set()
    for i in range(1, 604):
        if i in FIXED:
            name, t = FIXED[i]
        else:
            while True:
                t = rng.randrange(len(TRADES))
                name = f"{rng.choice(PLACES)}{rng.choice(ZIHAO)}{TRADES[t][0]}有限公司"
                if name not in used:
                    break
        used.add(name)
        code = "91330" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(13))
        start = D(2019, 3, 10) + dt.timedelta(days=int((i / 603) ** 1.2 * (D(2026, 11, 5) - D(2019, 3, 10)).days))
        out.append({"no": f"HT-C{i:04d}", "i": i, "name": name, "uscc": code, "trade": TRADES[t], "date": start})
    return out


def build_client_wb(out: pathlib.Path, rng, cl):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    rows = []
    for c in cl:
        status = "正常"
        if c["i"] == 318:
            status = "已终止（2026-06-09 列入失信名单）"
        elif c["i"] in (207, 452):
            status = "暂停（D级）"
        elif rng.random() < 0.05:
            status = "退出"
        rows.append([c["no"], c["name"], c["uscc"], c["trade"][2], c["trade"][1], dstr(c["date"]), "已核验", "已核验",
                     "未列入", rng.choice(["孙晓燕", "陆佳琪", "方振宇"]), dstr(c["date"] + dt.timedelta(days=rng.randint(2, 5))), "准入", status])
    add_sheet(wb, "准入登记", ["客户编号", "客户名称", "统一社会信用代码", "客户类型", "主营品类", "申请日期", "营业执照",
                              "外贸/海关备案", "失信名单查询", "审核人", "准入日期", "当前状态"], rows)
    # rating
    rows = []
    for c in cl:
        if c["i"] == 318:
            continue
        exp = round(rng.lognormvariate(4.2, 1.0), 1)
        vio = 1 if c["i"] in (207,) else (0 if rng.random() > 0.03 else 1)
        err = rng.choice([0, 0, 0, 1, 1, 2, 3])
        score = max(30, min(98, 92 - vio * 25 - err * 6 - (8 if c["trade"][2] == "电商" else 0) + rng.randint(-8, 5)))
        lvl = "A" if score >= 85 else "B" if score >= 70 else "C" if score >= 55 else "D"
        if c["i"] in (207, 452):
            lvl, score = "D", min(score, 50)
        c["lvl"], c["exp"] = lvl, exp
        rows.append([c["no"], c["name"], exp, vio, err, score, lvl, "2026-09-20", rng.choice(["孙晓燕", "陆佳琪"])])
    add_sheet(wb, "风险评级2026H2", ["客户编号", "客户名称", "近12个月出口额(万美元)", "违法记录(次)", "单证差错(次)", "评分", "风险等级", "评级日期", "评级人"], rows)
    # site visits
    rows = []
    prod = [c for c in cl if c["trade"][2] == "生产型"]
    visits = sorted(rng.sample(prod, 96), key=lambda c: c["i"])
    for k, c in enumerate(visits):
        vd = D(2025, 6, 1) + dt.timedelta(days=int(k * 545 / 96) + rng.randint(0, 3))
        cap = rng.choice([8, 12, 15, 20, 24, 30, 40, 60])
        used = round(cap * rng.uniform(0.45, 1.05), 1)
        concl = "匹配" if used <= cap * 1.0 else "基本匹配（旺季外协，已核外协合同）"
        rows.append([dstr(vd), c["no"], c["name"], rng.choice(FIELD) + "、" + rng.choice(["孙晓燕", "陆佳琪"]),
                     f"{rng.randint(12, 90)}台", rng.randint(25, 260), f"{cap}万件", f"{used}万件", concl,
                     "订单、收汇抽查3笔，一致", f"KC{vd.strftime('%Y%m%d')}-{k + 1:02d}"])
    add_sheet(wb, "实地考察", ["考察日期", "客户编号", "客户名称", "考察人", "主要设备", "员工人数", "核实月产能",
                              "近12个月月均出口", "产能匹配结论", "贸易真实性核查", "照片编号"], rows)
    # yearly re-check
    big = [c for c in cl if c.get("lvl") in ("C", "D") or c.get("exp", 0) >= 500]
    rows = []
    for k, c in enumerate(sorted(big, key=lambda c: c["i"])):
        reason = "年出口额≥500万美元" if c.get("exp", 0) >= 500 else f"{c['lvl']}级"
        if c["i"] in (207, 452):
            reason = "违法记录/高风险"
        rd = D(2026, 3, 2) + dt.timedelta(days=int(k * 260 / len(big)))
        rows.append([c["no"], c["name"], reason, "每季度", "2026Q1-Q3已监控", dstr(rd), "实地复核",
                     rng.choice(FIELD), "维持等级" if c["i"] not in (207, 452) else "维持D级，暂停新订单"])
    add_sheet(wb, "年度复核", ["客户编号", "客户名称", "列入原因", "监控频率", "交易数据监控", "复核日期", "复核方式", "复核人", "复核结论"], rows)
    rows = []
    for m in range(12):
        y, mo = (2025, 12) if m == 0 else (2026, m)
        hit = "1（HT-C0318 绍兴柯桥锦程纺织有限公司，失信被执行人）" if (y, mo) == (2026, 6) else "0"
        act = "当日冻结账户，终止服务（见6月风控会纪要）" if hit != "0" else "—"
        rows.append([f"{y}-{mo:02d}-05", "信用中国/国家企业信用信息公示系统/海关信用公示平台", 580 + m * 2, hit, act, "陆佳琪"])
    add_sheet(wb, "失信名单筛查", ["筛查日期", "查询渠道", "筛查客户数", "命中数", "处理措施", "经办人"], rows)
    wb.save(out)


MONTHS = [(2025, 12)] + [(2026, m) for m in range(1, 11)]
DECL = {(2025, 12): 2104, (2026, 1): 1897, (2026, 2): 1312, (2026, 3): 2015, (2026, 4): 2088, (2026, 5): 2131,
        (2026, 6): 2060, (2026, 7): 2012, (2026, 8): 1944, (2026, 9): 1986, (2026, 10): 1925}


def build_customs_wb(out: pathlib.Path, rng, cl):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    active = [c for c in cl if c["i"] not in (318,)]
    rows = []
    warn = ["价格偏离", "品牌词命中", "归类不一致", "申报要素缺项", "产能超限", "数量单位不符"]
    for k in range(220):
        d = D(2026, 10, 1) + dt.timedelta(days=k * 31 // 220)
        c = rng.choice(active)
        if rng.random() < 0.82:
            res, note, act = "通过", "—", "同意申报"
        else:
            w = rng.choice(warn)
            res, note = "预警", w
            act = rng.choice(["退回补正后申报", "客户补充说明，同意申报", "已修改商品编码", "转风控人工审核"])
        rows.append([dstr(d), f"HT{d.strftime('%y%m%d')}{k + 100:04d}", c["no"], f"2901{d.year}{rng.randint(10**9, 10**10 - 1)}",
                     rng.choice(["6110200000", "6204620000", "8205590000", "8467210000", "3924100000", "6307900010", "4202920000"]),
                     res, note, rng.choice(REVIEWERS), act])
    add_sheet(wb, "申报前校验（10月）", ["日期", "订单号", "客户编号", "报关单号", "商品编码", "系统校验结果", "预警内容", "复核人", "处理结果"], rows)
    rows = []
    for k, d in enumerate(sorted(D(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 330)) for _ in range(14))):
        rows.append([dstr(d), f"2901{d.year}{rng.randint(10**9, 10**10 - 1)}", rng.choice(active)["no"],
                     rng.choice(["毛重填报错误", "申报要素成分含量与发票不一致", "运抵国错误", "件数与装箱单不符", "监管方式错误"]),
                     rng.choice(["申请修改", "申请修改", "申请撤销重报"]), "已完成", rng.choice(REVIEWERS), CUSTOMS_MGR])
    add_sheet(wb, "纠错登记", ["发现日期", "报关单号", "客户编号", "差错内容", "处理方式", "海关办理结果", "经办人", "审核"], rows)
    rows = []
    seal = 7750120
    for k in range(236):
        d = D(2026, 10, 1) + dt.timedelta(days=k * 31 // 236)
        c = rng.choice(active)
        big = rng.random() < 0.7
        val = rng.randint(50000, 260000) if big else rng.randint(12000, 48000)
        seal += rng.randint(1, 3)
        rows.append([dstr(d), f"HT{d.strftime('%y%m%d')}{rng.randint(1000, 9999)}", c["no"], val,
                     "派员监装（单票≥5万美元）" if big else "抽样查验派人监督", rng.choice(FIELD + ["周建华", "沈立"]),
                     f"{rng.choice(['TGHU', 'MSKU', 'CMAU', 'OOLU', 'TCNU'])}{rng.randint(1000000, 9999999)}", f"HT{seal}",
                     "7点全部正常", f"浙{rng.choice('ABGLK')}{rng.choice('DF')}{rng.randint(10000, 99999)}", "身份证+驾驶证已核验",
                     f"V{d.strftime('%Y%m%d')}{k + 1:03d}"])
    add_sheet(wb, "监装记录（10月）", ["监装日期", "订单号", "客户编号", "货值(美元)", "监装方式", "监装人", "集装箱号", "封志号",
                                       "七点检查", "车牌号", "司机身份核验", "监装视频编号"], rows)
    rows = []
    for (y, m) in MONTHS:
        n = DECL[(y, m)]
        sup = int(n * rng.uniform(0.106, 0.139))
        small = int(n * 0.62)
        rows.append([f"{y}-{m:02d}", n, sup, f"{sup / n:.1%}", small, small - rng.randint(0, 3), "是"])
    add_sheet(wb, "监装比例统计", ["月份", "出口报关单票数", "派员监装票数", "监装比例", "小额订单票数", "照片/视频上传票数", "≥10%"], rows)
    rows = []
    for (y, m) in MONTHS:
        n = DECL[(y, m)]
        rows.append([f"{y}-{m:02d}", n, n, 0, "—", f"{y if m < 12 else y + 1}-{(m % 12) + 1:02d}-0{rng.randint(3, 8)}", CUSTOMS_MGR])
    add_sheet(wb, "数据核对", ["月份", "平台出口票数", "单一窗口票数", "差异票数", "差异说明", "核对日期", "核对人"], rows)
    rows = []
    for k, (y, m) in enumerate(MONTHS):
        rows.append([f"TS{y}{m:02d}", f"{y}-{m:02d}", rng.randint(140, 260), "报关单、出口发票、收汇凭证、购货合同、增值税专用发票",
                     f"{y if m < 12 else y + 1}-{(m % 12) + 1:02d}-2{rng.randint(0, 8)}", f"财务档案柜C-{k + 1:02d}", "张宏"])
    add_sheet(wb, "退税资料归档", ["批次", "申报所属期", "户数/票数", "资料内容", "装订归档日期", "存放位置", "保管人"], rows)
    rows = []
    for k, d in enumerate(sorted(D(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 360)) for _ in range(18))):
        rows.append([dstr(d), rng.choice(["报关专用章", "报关专用章", "海关备案证明（复印件）", "公章"]),
                     rng.choice(["纸质报关单补盖章", "海关稽查资料提交", "退税资料盖章", "修改撤销申请"]),
                     rng.choice(REVIEWERS + [CUSTOMS_MGR]), CUSTOMS_MGR, "当日归还"])
    add_sheet(wb, "印章证书使用登记", ["日期", "印章/证书", "用途", "使用人", "批准人", "归还情况"], rows)
    rows = [[f"RZ-{k + 1:02d}", t, "关务部档案室A柜", "电子版同步", CUSTOMS_MGR] for k, t in enumerate([
        "2024年一般认证企业认证资料及海关认证结论", "2025年度AEO自评估报告", "2026年度AEO自评估报告",
        "认证标准对照表及佐证材料目录", "历年内部审计报告（2023—2026）", "风险管理委员会会议纪要（2024—2026）",
        "海关稽查整改报告（2026-05-30）", "海关认证培训课件及签到", "财务审计报告（2023—2025）"])]
    add_sheet(wb, "认证档案目录", ["档案编号", "档案名称", "存放位置", "电子档案", "保管人"], rows)
    wb.save(out)


def build_training_wb(out: pathlib.Path, rng):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    core = f"{CUSTOMS_VP}、{CUSTOMS_MGR}、{SEC_VP}、{RISK_MGR}"
    rows = [
        ["2025-10-28", "海关法规", "2025年海关企业信用管理新规解读", "外聘：浙江某律所 罗律师", f"{LEGAL}、{core}、单证审核岗3人、关务部8人", 15],
        ["2026-01-16", "海关法规", "出口申报要素与商品归类实务", CUSTOMS_MGR, f"{core}、单证审核岗3人、关务部8人（{LEGAL}出差请假）", 14],
        ["2026-03-12", "信息安全", "账号密码与数据保密", IT_MGR, "全体员工（分3场）", 141],
        ["2026-04-22", "海关法规", "海关稽查与知识产权边境保护", "外聘：杭州海关退休关员 叶老师", f"{LEGAL}、{core}、关务部及风控部共22人", 27],
        ["2026-05-20", "贸易安全", "供应链安全风险与监装、封志管理", SEC_VP, "关务部、风控部、行政安全部共36人", 36],
        ["2026-06-17", "危机管理", "突发事件应急预案培训及火灾疏散演练", SEC_VP, "全体员工", 138],
        ["2026-09-18", "海关法规", "出口退税与原产地规则（RCEP）", "张宏、周建华", f"{core}、关务部及财务部共19人（{LEGAL}参加广交会请假）", 23],
        ["2026-10-23", "危机管理", "桌面推演：在途货物海关查验异常及系统中断报告流程", CUSTOMS_VP, "关务部、风控部、信息技术部共31人", 31],
        ["2026-11-06", "贸易安全", "新员工入职培训：贸易安全与信息安全", HR, "2026年下半年新入职员工11人", 11],
    ]
    add_sheet(wb, "内部培训签到汇总", ["日期", "类别", "主题", "讲师", "参训人员", "人数"], rows)
    rows = [
        ["2026-03-26", "出口申报规范与常见差错（线下+直播）", CUSTOMS_MGR, 212, "线下86家/线上126家"],
        ["2026-08-13", "原产地证书与RCEP关税减让（直播）", "周建华、外聘贸促会讲师", 268, "线上"],
        ["2026-11-19", "知识产权海关保护与品牌授权审查（线下）", RISK_MGR, 143, "线下"],
        ["全年", "新客户线上课程“出口申报基础”", "平台录播", 58, "2026年新准入客户完成率100%"],
    ]
    add_sheet(wb, "客户培训", ["日期", "主题", "讲师", "参训客户数", "形式"], rows)
    rows = [
        ["2026-03-26", "出口申报规范与常见差错", 188, 81.4, "91.0%", "4.5/5", "“申报要素成分填报”合格率偏低，8月培训加讲"],
        ["2026-08-13", "原产地证书与RCEP", 231, 84.2, "93.5%", "4.6/5", "—"],
        ["2026-11-19", "知识产权海关保护", 129, 79.8, "86.8%", "4.4/5", "品牌授权判断题错误率较高，制作问答手册"],
    ]
    add_sheet(wb, "客户培训效果评估", ["培训日期", "主题", "问卷回收(份)", "平均分", "合格率(≥60分)", "满意度", "改进措施"], rows)
    wb.save(out)


DEPTS = [("关务部", ["单证员", "报关员", "关务专员"]), ("风险管理部", ["风控专员", "考察专员"]), ("客户服务部", ["客户经理"]),
         ("物流部", ["物流专员"]), ("财务部", ["会计", "退税专员"]), ("信息技术部", ["开发工程师", "运维工程师"]),
         ("行政安全部", ["行政专员", "前台"]), ("人事部", ["人事专员"])]


def build_security_wb(out: pathlib.Path, rng):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    rows = []
    for k in range(64):
        d = D(2026, 9, 1) + dt.timedelta(days=k * 90 // 64)
        t_in = f"{rng.randint(9, 16)}:{rng.choice(['05', '20', '35', '50'])}"
        car = f"浙A{rng.choice('BCDF')}{rng.randint(1000, 9999)}" if rng.random() < 0.35 else ""
        rows.append([dstr(d), person(rng), rng.choice(["客户", "物流公司", "银行", "供应商", "求职面试", "海关"]),
                     rng.choice(["业务洽谈", "签协议", "面试", "设备维修", "资料交接"]), rng.choice([RISK_MGR, CUSTOMS_MGR, HR, IT_MGR, "张宏"]),
                     f"F{rng.randint(1, 30):02d}", t_in, f"{int(t_in.split(':')[0]) + 1}:{t_in.split(':')[1]}", car, "已归还"])
    add_sheet(wb, "来访登记", ["日期", "来访人", "单位类别", "事由", "被访人", "访客卡号", "进入时间", "离开时间", "车牌号", "访客卡归还"], rows)
    rows = []
    for k in range(40):
        d = D(2026, 9, 1) + dt.timedelta(days=k * 90 // 40)
        rows.append([dstr(d), f"浙{rng.choice('ABCG')}{rng.choice('DF')}{rng.randint(10000, 99999)}", rng.choice(["送货", "来访", "快递", "维修"]),
                     person(rng), "B2访客车位", f"{rng.randint(9, 16)}:{rng.randint(10, 59)}", "王保安"])
    add_sheet(wb, "车辆登记", ["日期", "车牌号", "事由", "驾驶人", "停放位置", "进入时间", "登记人"], rows)
    rows = []
    for k in range(60):
        d = D(2026, 9, 1) + dt.timedelta(days=k * 90 // 60)
        ab = "13楼消防通道门未关，已关闭" if k == 17 else ("发现一名未佩戴工卡人员在13楼走廊，经询问为送水工，已引导至前台登记" if k == 41 else "正常")
        rows.append([dstr(d), rng.choice(["09:30", "18:30"]), "12—13层、档案室、机房门禁、监控", ab, rng.choice(["王保安", "许保安"]), "陆明（行政安全部）"])
    add_sheet(wb, "巡查记录", ["日期", "时间", "巡查范围", "异常情况及处理", "巡查人", "复核人"], rows)
    rows = []
    seen = set()
    for k in range(158):
        dep, jobs = DEPTS[k % len(DEPTS)]
        while True:
            nm = person(rng)
            if nm not in seen:
                break
        seen.add(nm)
        ind = D(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3900))
        left = ""
        status = "在职"
        if k in (12, 37, 58, 77, 103, 121, 140, 151):
            left = dstr(D(2025, 12, 20) + dt.timedelta(days=(k * 7) % 320))
            status = "离职"
        key = dep in ("关务部", "风险管理部", "财务部", "信息技术部")
        rows.append([f"HT{k + 1:04d}", nm, dep, rng.choice(jobs), dstr(ind), "身份证原件核验", "前两家单位电话核实",
                     "已取得" if key else "—", status, left, "2026-11-27"])
    add_sheet(wb, "员工花名册（动态）", ["工号", "姓名", "部门", "岗位", "入职日期", "身份核验", "工作经历核实", "无犯罪记录证明", "状态", "离职日期", "更新日期"], rows)
    leavers = [r for r in rows if r[8] == "离职"]
    rows2 = []
    for r in leavers:
        ld = D.fromisoformat(r[9])
        stop = ld + dt.timedelta(days=2) if r[0] == "HT0104" else ld
        rows2.append([r[0], r[1], r[2], r[9], "已收回", "已收回（笔记本1台）", dstr(ld), dstr(stop), HR, IT_MGR])
    add_sheet(wb, "离职交接", ["工号", "姓名", "部门", "离职日期", "工卡", "电脑设备", "门禁权限注销", "系统账号停用", "人事经办", "IT确认"], rows2)
    rows = []
    for k in range(30):
        d = D(2025, 12, 3) + dt.timedelta(days=k * 360 // 30)
        rows.append([dstr(d), rng.choice(["发放", "发放", "回收", "补办"]), f"HT{rng.randint(1, 158):04d}", f"C{rng.randint(10000, 99999)}",
                     rng.choice(["普通", "普通", "档案室", "机房"]), "陆明"])
    add_sheet(wb, "工卡发放回收", ["日期", "类型", "工号", "卡号", "门禁权限", "经办人"], rows)
    rows = [
        ["宁波港联国际物流有限公司", "货代/订舱", "高级认证企业", "2026-03-10", "简化评估（核验认证证书）", "合格", RISK_MGR],
        ["杭州城西恒运仓储有限公司", "装箱仓库", "未认证", "2026-03-18", "现场评估：场所、人员、封志、视频监控", "合格（建议监控扩容）", RISK_MGR],
        ["义乌陆港集装箱服务有限公司", "装箱仓库/堆场", "未认证", "2026-04-02", "现场评估", "合格", RISK_MGR],
        ["浙江通衢运输有限公司", "集卡车队", "未认证", "2026-04-15", "现场评估：车辆、司机管理、GPS", "合格", RISK_MGR],
        ["宁波北仑兴港报关有限公司", "报关行", "高级认证企业", "2026-05-06", "简化评估", "合格", RISK_MGR],
        ["金华顺达物流有限公司", "集卡车队", "未认证", "2026-05-21", "现场评估", "合格", RISK_MGR],
    ]
    add_sheet(wb, "合作物流商安全评估", ["合作方", "类别", "认证情况", "评估日期", "评估方式", "结论", "评估人"], rows)
    rows = [
        ["2026-06-17", "演练", "火灾疏散演练（12—13层）", "全体员工138人参加，疏散用时4分20秒", SEC_VP, "—"],
        ["2026-09-18", "突发事件", "台风“桦加沙”致北仑港区停工", "启动预案，37票改配船期，2票改港", SEC_VP, "2026-09-19 关务总监王莉书面报告主管海关"],
        ["2026-08-14", "突发事件", "客户HT-C0452装箱现场发现疑似侵权货物", "停止装运、撤回委托", CUSTOMS_VP, "2026-08-14 向金华海关报告"],
        ["2026-10-23", "演练", "桌面推演：海关查验异常与系统中断", "31人参加，修订报告流程1处", CUSTOMS_VP, "—"],
    ]
    add_sheet(wb, "应急处置与演练", ["日期", "类型", "事件/科目", "处置/演练情况", "负责人", "向海关报告"], rows)
    rows = [["2026-07-08", "单证员蒋某借用同事账号登录平台", "违反第六条", "通报批评、扣减当月绩效", IT_MGR, LEGAL],
            ["2026-02-21", "钓鱼邮件点击1起，终端杀毒拦截", "未造成损失", "专项提醒", IT_MGR, "—"]]
    add_sheet(wb, "信息安全事件", ["日期", "事件", "性质", "处理", "经办", "批准"], rows)
    rows = [[f"2026-{m:02d}-{rng.randint(2, 6):02d}", "全量备份恢复测试" if m in (3, 6, 9) else "周备份检查", "成功", IT_MGR] for m in range(1, 12)]
    add_sheet(wb, "备份检查", ["日期", "内容", "结果", "检查人"], rows)
    wb.save(out)


# ---------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        src = tmp / "src"
        src.mkdir()
        pdf = tmp / "pdf"
        pdf.mkdir()
        rules = build_rules(src)
        build_audit(src / "扫描件003.docx")
        build_brochure(src / "平台服务介绍.docx")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/{NAME}-lo", "--convert-to", "pdf",
                        "--outdir", str(pdf), str(rules), str(src / "扫描件003.docx"), str(src / "平台服务介绍.docx")],
                       check=True, capture_output=True, timeout=300)
        d1 = out / "01平台制度"
        d2 = out / "02客户管理"
        d3 = out / "03风险管理委员会"
        d4 = out / "04关务"
        d5 = out / "05培训"
        d6 = out / "06内审"
        d7 = out / "07贸易安全"
        nf = out / "新建文件夹"
        misc = out / "2026资料"
        for d in (d1, d2, d3, d4, d5, d6, d7, nf, misc):
            d.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf / (rules.stem + ".pdf"), d1 / (rules.stem + ".pdf"))
        build_it(d1 / "doc12.docx")
        build_security(d1 / "贸易安全管理制度.docx")
        cl = clients(rng)
        build_client_wb(d2 / "客户准入与风险评级台账.xlsx", rng, cl)
        build_agreements_zip(d2 / "客户服务协议.zip", tmp)
        build_minutes_q2(d3 / "2026年第二季度风险管理委员会会议纪要.docx")
        build_minutes_q3(d3 / "附件2.docx", cl)
        build_customs_wb(d4 / "关务台账2026.xlsx", rng, cl)
        build_training_wb(d5 / "培训记录2026.xlsx", rng)
        shutil.copy(pdf / "扫描件003.pdf", d6 / "扫描件003.pdf")
        build_security_wb(d7 / "安全管理台账.xlsx", rng)
        build_shot_riskcenter(out / "IMG_20261015_101233.png")
        build_shot_precheck(nf / "截图2.png")
        shutil.copy(pdf / "平台服务介绍.pdf", nf / "平台服务介绍.pdf")
        build_menu(misc / "食堂菜单1201.docx")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
