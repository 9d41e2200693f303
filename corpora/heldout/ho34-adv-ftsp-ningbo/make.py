"""ho34-adv-ftsp-ningbo: 宁波甬贸通外贸综合服务有限公司 — re-certification bundle (advanced, ftsp).

Deterministic: fixed dates, random.Random("ho34-adv-ftsp-ningbo"), fixed zip entry times.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import pathlib
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl.styles import Font, PatternFill
from PIL import Image, ImageDraw, ImageFont

NAME = "ho34-adv-ftsp-ningbo"
FIX = dt.datetime(2026, 11, 28, 9, 0, 0)
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
COMPANY = "宁波甬贸通外贸综合服务有限公司"


# ---------------------------------------------------------------- helpers
def new_doc() -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.created = FIX
    cp.modified = FIX
    cp.last_modified_by = "admin"
    cp.author = "甬贸通"
    return d


def fixed_zip_bytes(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    return buf.getvalue()


def doc_bytes(d: Document) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return fixed_zip_bytes(b.getvalue())


def save_doc(d: Document, path: pathlib.Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(doc_bytes(d))


def para(d, text, bold=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 1. rules compilation (DOCX, 第N条)
RULES = [
    ("第一章 总则", [
        "为规范本公司外贸综合服务平台（以下简称“平台”）的运营，保障客户出口业务合法合规和供应链安全，依据《中华人民共和国海关法》及海关企业信用管理相关规定，结合本公司实际，制定本规则汇编。",
        "本汇编适用于本公司各部门、全体员工以及在平台注册并签订综合服务协议的客户（以下简称“平台客户”）。",
        "本汇编由风控合规部负责解释和每年修订一次，经总经理办公会审议后发布。本版为2026年3月修订版，自2026年4月1日起施行。",
    ]),
    ("第二章 组织机构与职责", [
        "公司设关务部、风控合规部、单证审核中心、物流服务部、财务结算部、信息技术部、行政安全部和内审岗，各部门职责见本章各条及附表《部门职责分工表》。",
        "公司指定副总经理林慧分管关务工作，对海关事务承担管理责任，负责组织落实海关要求的改正和规范改进事项；关务部经理周志远为关务负责人。",
        "风控合规部为专门的业务风险管理部门，负责平台客户准入审核、风险评估与分级、日常监控、实地核查安排，重点围绕平台客户的内部控制、守法情况和贸易安全开展评估，每季度向风险管理委员会报告。",
        "公司设风险管理委员会，由总经理陈国栋任主任，分管关务副总经理、风控合规部经理吴佳琪、关务部经理、财务总监、行政安全部经理赵敏为委员，每季度召开一次例会，形成会议纪要。",
        "财务结算部负责平台结算、垫付退税款核算和出口退税资料的整理；行政安全部负责办公场所安全、门禁、访客、员工证件管理和贸易安全培训的组织，行政安全部经理为贸易安全负责人。",
        "内审岗直接向总经理报告，独立开展内部审计，不参与被审计业务。",
    ]),
    ("第三章 平台客户准入与分级管理", [
        "申请使用平台的客户应当提交营业执照、海关备案信息、生产工厂信息（自有工厂或委托加工工厂的名称、地址、产能）、近一年主要出口品类和出口额，并签署《外贸综合服务协议》。",
        "风控合规部对申请客户进行资质审核：核验主体资格和海关信用等级，查询是否被列入失信联合惩戒名单、经营异常名录，查询近两年海关行政处罚情况。被列入联合惩戒对象的企业一律不予准入，已准入的立即停止代理其进出口业务。",
        "新准入客户原则上在准入前或首票出货前由风控合规部派员实地考察，核查其生产能力、贸易真实性以及出口规模与产能是否匹配，填写《实地考察记录》。",
        "平台按风险评估结果和违法记录将客户分为A（低风险）、B（一般）、C（关注）、D（高风险）四级。评分要素包括：海关信用等级、近两年违法记录、单证退回率、申报前校验拦截次数、出口额与产能匹配度、收汇异常。分级每季度调整一次。",
        "C级客户每票申报前人工复核；D级客户暂停新增订单，经实地重新核查并整改后方可恢复。对有违法记录的客户，风控合规部应当进行责任回溯，查明违法订单的经办环节和责任人员，形成回溯记录。",
        "对年出口额在500万美元以上、近两年有违法记录或者评级为C、D级的客户，风控合规部每月监控其订单和申报数据，并每年至少一次实地重新核查。",
    ]),
    ("第四章 出口货物品类限制与审查标准", [
        "平台仅承接小家电、文具及办公用品、日用五金三大类商品的出口综合服务。禁止出口货物、濒危物种及其制品、两用物项、需出口许可证的货物以及涉嫌侵犯知识产权的货物不在平台服务范围内。",
        "平台品类限制清单和客户准入审查标准在平台首页“规则公示”栏目向全体客户公开，调整时提前15日公告。",
    ]),
    ("第五章 单证审核", [
        "单证审核中心设单证审核专员，对平台客户每笔订单对应的出口货物信息、生产工厂信息、品牌授权书或合法进货凭证、客户提供的监管证件、商业发票、装箱单、合同等资料的真实性、完整性和有效性进行审核，审核结论在平台留痕。",
        "涉及品牌商品的，客户应当提供品牌权利人授权书或者合法渠道进货证明；无法提供的，单证审核专员应当退回订单。",
        "报关单草单由关务部制单员录入后，由另一名关务专员复核；发现错误的，在平台纠错登记中记录错误类型和纠正结果。",
    ]),
    ("第六章 申报前逻辑校验与税收要素监控", [
        "平台在报关数据发送前自动执行申报要素逻辑校验，包括：商品编码与品名、申报要素匹配；数量与重量逻辑；单价与平台价格数据库同类商品价格偏离度；贸易国别与运抵国逻辑。",
        "单价偏离价格库均值30%以上、商品编码与历史归类不一致或者申报要素缺失的，系统自动拦截，由关务部人工核实后方可放行，拦截和处理情况在平台保存。",
        "风控合规部每月利用平台历史交易数据对客户商品的价格、归类和质量投诉情况进行分析，发现异常的列入重点监控。",
    ]),
    ("第七章 单证资料保管", [
        "出口报关单及随附单证、装箱单、提单、订舱确认、监装照片和监装过程视频等物流单据和信息，由关务部和物流服务部在业务完成后10个工作日内上传平台电子档案，纸质单证按月装订归档。",
        "与平台客户签订的外贸综合服务协议、补充协议、终止协议以及客户资质资料，由风控合规部统一编号归档，协议终止后继续保存不少于5年。",
        "办理出口退税申报的，财务结算部应当将出口发票、报关单电子信息、收汇凭证、退税申报表等退税资料按批次装订并在平台电子存档，保存不少于5年。",
        "客户提交的产品技术标准、检测报告、说明书等技术资料随订单电子归档，由单证审核中心负责保管和查阅登记。",
        "电子档案实行分级授权查阅，纸质档案存放于档案室，借阅须登记。",
        "报关专用印章、海关核发的证书和海关法律文书由关务部专人保管，使用和借出须在《印章使用登记簿》登记，海关法律文书原件归档保存。",
        "公司设立认证企业专门档案，按认证标准条目归集制度、记录和报告的书面及电子资料，由风控合规部维护。",
    ]),
    ("第八章 信息系统与数据管理", [
        "公司自主运营“甬贸通”外贸综合服务平台，设关务、物流、退税、结算、信保、风控、财务等功能模块，通过国际贸易“单一窗口”接口与海关联网申报。",
        "平台业务数据和电子档案在线保存不少于5年，不得少于海关要求的3年；信息技术部每日增量备份、每周全量备份，每月将全量备份归档至异地机房，备份日志由系统自动生成。",
        "信息技术部负责平台账号和权限管理。员工账号实行一人一号，密码长度不少于10位、每90天更换；员工离职当日停用账号。",
        "服务器部署防火墙和防病毒软件，机房实行门禁管理，外来人员进入机房须登记并由信息技术部人员陪同。",
        "员工违反信息安全规定，造成数据泄露、篡改、丢失或系统损害的，视情节给予通报批评、扣减绩效、解除劳动合同等处理；构成犯罪的，移送司法机关。",
    ]),
    ("第九章 平台客户培训", [
        "风控合规部和关务部每半年至少组织一次面向平台客户的海关法规和平台规则培训，内容包括出口申报规范、知识产权保护、原产地、贸易安全要求等。",
        "每次客户培训后进行线上测试和满意度调查，测试合格率低于80%的，下次培训针对薄弱内容重点讲解；培训效果评估结果记入《客户培训台账》。",
    ]),
    ("第十章 员工培训", [
        "公司每年制定员工培训计划。法定代表人、分管关务副总经理、关务负责人和贸易安全负责人每年参加海关法律法规内部培训不少于2次。",
        "关务、单证、风控岗位员工每年参加海关业务培训不少于4次；全体员工每年参加信息安全培训和贸易安全培训各不少于1次。",
        "行政安全部每年组织一次应急处置培训和应急演练，演练后进行总结评估。",
        "培训须有签到表、课件和考核记录，由行政安全部统一存档。",
    ]),
    ("第十一章 内部审计", [
        "内审岗每年至少开展一次进出口业务内部审计，审计范围覆盖单证、申报、退税、客户管理和贸易安全；公司成为高级认证企业后，每年对持续符合海关高级认证企业标准情况进行专项内审。",
        "内审报告报总经理和风险管理委员会，审计发现问题由责任部门制定整改措施，内审岗跟踪验证，整改结果由分管关务副总经理签字确认。",
        "内审报告、工作底稿和整改跟踪记录保存不少于5年。",
    ]),
    ("第十二章 问题改进与责任追究", [
        "对内审、海关稽核查、客户投诉中发现的问题，责任部门应当在规定期限内整改，风控合规部建立问题整改台账。",
        "海关要求企业改正或者规范改进的事项，由分管关务副总经理组织实施，并在规定期限内向海关书面反馈。",
        "员工因故意或重大过失导致申报差错、违法行为的，按《员工奖惩办法》追究责任；涉嫌违法的，配合海关调查。",
    ]),
    ("第十三章 货物真实性核查与监装", [
        "物流服务部对平台客户订单装运货物的真实性进行核查：单票货值在5万美元以上的订单，派员到工厂跟踪验货并现场监装；单票货值较小但月出货10票以上或月出货总额在20万美元以上的客户，每月抽取不少于2票派员现场查验监装。",
        "其他小额订单，客户应当在装运时通过平台APP上传产品包装、堆放、装箱过程和运输车辆车牌的现场照片或视频，未上传的订单不予放行。",
        "派员实地监装的票数占当月出口票数的比例不低于10%。监装人员应当核对品名、数量、唛头，检查集装箱和车辆，记录封条号，全程拍摄视频。",
        "装运过程视频监控记录由物流服务部保存不少于3个月。",
        "发现货物与申报不符、夹带或其他违法嫌疑，或者高风险货物的，监装人员应当立即暂停装运，报告风控合规部，由关务部在24小时内向海关报告。",
    ]),
    ("第十四章 办公场所与出入管理", [
        "公司办公场所位于宁波市鄞州区，前台设门禁闸机，员工凭工牌刷卡出入，机房、档案室、财务室为重点区域，仅授权人员可进入。",
        "来访人员须在前台出示带照片的身份证件登记，领取访客卡，进入重点区域须由接待员工全程陪同；来访车辆在地下车库访客区停放并登记车牌。",
        "员工车辆停放在员工车位。前台和保安发现无证件或身份不明人员的，应当询问核实并劝离，必要时报警。",
        "行政安全部每月对门禁、视频监控、消防设施进行巡检并记录。",
    ]),
    ("第十五章 人员安全", [
        "招聘员工前，人力资源专员核实应聘人员身份证件、学历和工作经历，关务、单证、风控、财务岗位须提供无违法犯罪记录证明。",
        "人力资源专员维护动态员工花名册，员工入职、调岗、离职的当月更新。",
        "员工离职或停职时，须在离职当日交回工牌、门禁卡、电脑及其他设备，信息技术部当日停用全部系统账号，并在《离职交接清单》签字确认。",
    ]),
    ("第十六章 物流及其他合作伙伴安全", [
        "物流服务部对合作的货运代理、拖车公司、仓储服务商进行准入评估，优先选择海关认证企业；非认证企业须提交安全自评问卷。",
        "每年对合作物流商开展一次供应链安全复评，复评结果报风险管理委员会。",
        "与平台客户和物流合作方签订的协议中应当包含贸易安全条款，要求对方参照海关认证企业标准完善其场所、货物、集装箱和人员安全管理。",
    ]),
    ("第十七章 集装箱与运输工具安全", [
        "整箱货物由合作货代提供集装箱。装箱前监装人员或货代人员按七点检查法（前壁、左侧、右侧、地板、顶部、内外门、外部及底架）检查集装箱，记录检查结果和封条号。",
        "运输车辆到达工厂后，监装人员核对车牌和司机身份，检查车厢有无夹层和改装痕迹。",
        "施封使用符合ISO 17712标准的高保封条，封条由合作货代领用登记。",
    ]),
    ("第十八章 应急管理", [
        "公司制定台风及汛期、平台系统故障、货物异常（夹带、短装、被盗）和公共卫生事件四类应急预案，明确应急小组、处置流程和报告路径。",
        "突发事件影响海关申报、查验或货物通关的，关务部应当在发生后24小时内向主管海关报告，并记录报告情况。",
    ]),
    ("第十九章 贸易安全培训", [
        "行政安全部每年组织全体员工参加贸易安全培训，内容包括供应链货物流动风险、监装要求、异常情况识别和报告。",
        "新员工入职培训包含贸易安全和信息安全内容。",
    ]),
    ("第二十章 附则", [
        "本汇编未尽事宜，按国家法律法规和海关规定执行。",
        "本汇编自发布之日起施行，原《平台运营管理规定（2024版）》同时废止。",
    ]),
]

CN_NUM = "零一二三四五六七八九"


def cn(n: int) -> str:
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def make_rules(path):
    d = new_doc()
    para(d, "宁波甬贸通外贸综合服务有限公司", bold=True, size=16, center=True)
    para(d, "平台运营管理规则汇编（2026年修订）", bold=True, size=16, center=True)
    para(d, "文件编号：YMT-GZ-2026-01    发布日期：2026年3月20日    批准：陈国栋", center=True)
    n = 0
    for ch, arts in RULES:
        para(d, ch, bold=True, size=13, center=True)
        for a in arts:
            n += 1
            para(d, f"第{cn(n)}条  {a}")
    para(d, "附表：部门职责分工表", bold=True)
    table(d, ["部门", "负责人", "主要职责"], [
        ("关务部", "周志远（经理）", "报关单制单复核、海关事务对接、印章证书保管"),
        ("风控合规部", "吴佳琪（经理）", "客户准入、风险评估分级、日常监控、实地核查、协议归档"),
        ("单证审核中心", "王蕾（主管）", "订单单证真实性、完整性、有效性审核"),
        ("物流服务部", "钱海峰（经理）", "订舱、监装、物流跟踪、物流商管理"),
        ("财务结算部", "许蓉（财务总监）", "结算、退税资料、财务控制"),
        ("信息技术部", "郑浩（主管）", "平台运维、账号权限、备份与信息安全"),
        ("行政安全部", "赵敏（经理）", "场所安全、门禁访客、员工证件、贸易安全培训"),
        ("内审岗", "孙立（内审专员）", "内部审计、整改跟踪"),
    ])
    save_doc(d, path)


# ---------------------------------------------------------------- 2. client workbook (9 sheets)
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾"
PLACE = ["慈溪", "余姚", "宁海", "象山", "奉化", "鄞州", "北仑", "镇海", "江北", "海曙", "宁海", "慈溪"]
WORD = ["美佳", "恒达", "新宇", "佳宏", "博远", "欣悦", "立信", "晨光", "鑫源", "华盛", "瑞丰", "永安",
        "金帆", "天成", "浩然", "创维", "海派", "明辉", "嘉禾", "锐力"]
CAT_A = ["电器", "家电", "电子电器", "小家电"]
CAT_B = ["文具", "办公用品", "笔业", "文化用品"]


def clients(rng):
    out = []
    seen = set()
    i = 0
    while len(out) < 500:
        i += 1
        kind = "小家电" if rng.random() < 0.55 else "文具"
        nm = f"{rng.choice(PLACE)}市{rng.choice(WORD)}{rng.choice(CAT_A if kind == '小家电' else CAT_B)}有限公司"
        if nm in seen:
            nm = nm.replace("有限公司", f"{rng.choice('一二三')}厂有限公司")
        if nm in seen:
            continue
        seen.add(nm)
        out.append((f"YMT-C{len(out)+1:04d}", nm, kind))
    return out


def make_client_workbook(path, rng):
    cl = clients(rng)
    wb = openpyxl.Workbook()
    hdr = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")

    def sheet(title, header, rows, first=False):
        ws = wb.active if first else wb.create_sheet()
        ws.title = title
        ws.append(header)
        for c in ws[1]:
            c.font = hdr
            c.fill = fill
        for r in rows:
            ws.append(list(r))
        for col in "ABCDEFGHIJK":
            ws.column_dimensions[col].width = 16
        ws.column_dimensions["B"].width = 30
        return ws

    grade = {}
    rows = []
    for cid, nm, kind in cl:
        g = rng.choices("ABCD", weights=[52, 38, 8, 2])[0]
        grade[cid] = g
        y = rng.choice([2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025, 2026])
        d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if d > dt.date(2026, 11, 20):
            d = dt.date(2026, 10, rng.randint(1, 28))
        status = "正常" if rng.random() > 0.04 else "已终止"
        rows.append((cid, nm, kind, d, "通过", "是" if rng.random() > 0.1 else "否（委托加工）",
                     g, dt.date(2026, rng.choice([7, 8, 9, 10]), rng.randint(1, 28)), "未列入", status))
    sheet("客户名录", ["客户编号", "客户名称", "主营品类", "准入日期", "资质审核结论", "自有工厂",
                      "当前风险等级", "联合惩戒名单核查日期", "核查结果", "合作状态"], rows, first=True)

    # 风险分级调整记录
    rows = []
    cds = [c for c in cl if grade[c[0]] in "CD"]
    for q, day in (("2025Q4", dt.date(2025, 12, 26)), ("2026Q1", dt.date(2026, 3, 27)),
                   ("2026Q2", dt.date(2026, 6, 26)), ("2026Q3", dt.date(2026, 9, 25))):
        for cid, nm, kind in rng.sample(cds, 14):
            old = rng.choice("BC")
            new = grade[cid]
            reason = rng.choice(["单证退回率偏高", "申报前校验价格偏离拦截3次以上", "出口额与产能不匹配",
                                 "收汇延迟", "近两年有海关行政处罚记录", "品牌授权资料过期"])
            back = "已回溯：经办单证专员与客户业务员约谈，订单补正" if "处罚" in reason else "—"
            rows.append((q, cid, nm, old, new, rng.randint(45, 69), reason, back, day, "吴佳琪"))
    sheet("风险分级", ["季度", "客户编号", "客户名称", "原等级", "调整后等级", "评分", "调整原因",
                      "责任回溯", "评定日期", "评定人"], rows)

    # 实地考察
    rows = []
    for i in range(40):
        cid, nm, kind = rng.choice(cl)
        typ = "准入考察" if i < 24 else "年度重新核查"
        d = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 350))
        cap = rng.randint(8, 60) * 1000
        rows.append((d, cid, nm, typ, f"月产能约{cap}件", f"近3月出口{rng.randint(2, int(cap/1000)*3)}千件，匹配",
                     "核验生产线、原料库、成品库及出货单据，贸易真实",
                     rng.choice(["风控专员 马骏", "风控专员 谢婷", "风控合规部经理 吴佳琪"]), "通过"))
    rows.sort(key=lambda r: r[0])
    sheet("实地考察", ["考察日期", "客户编号", "客户名称", "类型", "生产能力", "出口与产能匹配",
                      "贸易真实性核查", "考察人", "结论"], rows)

    # 单证审核
    rows = []
    for i in range(80):
        cid, nm, kind = rng.choice(cl)
        d = dt.date(2026, 8, 1) + dt.timedelta(days=rng.randint(0, 110))
        ok = rng.random() > 0.12
        rows.append((f"SO2026{rng.randint(10000, 99999)}", d, cid, nm, "已核", rng.choice(["品牌授权书", "进货发票", "自主品牌", "无品牌"]),
                     "齐全" if ok else "缺装箱单", "通过" if ok else "退回补正", rng.choice(["单证审核专员 何静", "单证审核主管 王蕾"])))
    rows.sort(key=lambda r: r[1])
    sheet("单证审核", ["订单号", "审核日期", "客户编号", "客户名称", "生产工厂信息", "知识产权/进货来源",
                      "商业及监管单证", "审核结论", "审核人"], rows)

    # 申报前校验拦截
    rows = []
    for i in range(50):
        cid, nm, kind = rng.choice(cl)
        d = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 170))
        why = rng.choice(["单价偏离价格库均值42%", "商品编码与历史归类不一致", "申报要素缺“品牌类型”",
                          "净重大于毛重", "单价偏离价格库均值35%"])
        rows.append((d, f"SO2026{rng.randint(10000, 99999)}", cid, why, rng.choice(["更正后放行", "客户补充说明后放行", "退回客户"]),
                     rng.choice(["关务专员 黄磊", "关务部经理 周志远"])))
    rows.sort(key=lambda r: r[0])
    sheet("申报前校验拦截", ["拦截日期", "订单号", "客户编号", "拦截规则", "处理结果", "处理人"], rows)

    # 出货汇总 (monthly)
    months = []
    total = mon = 0
    for m in range(12):
        y, mo = (2025, 12) if m == 0 else (2026, m)
        n = rng.randint(2750, 3400)
        s = round(n * rng.uniform(0.055, 0.068))
        total += n
        mon += s
        months.append((f"{y}-{mo:02d}", n, s, f"{s / n * 100:.1f}%", rng.randint(0, 3)))
    months.append(("合计", total, mon, f"{mon / total * 100:.1f}%", ""))
    # monitoring rows (detail)
    rows = []
    for i in range(45):
        cid, nm, kind = rng.choice(cl)
        d = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randint(0, 85))
        big = rng.random() < 0.6
        rows.append((d, f"SO2026{rng.randint(10000, 99999)}", cid, nm, f"{rng.randint(50, 180) if big else rng.randint(8, 40)}千美元",
                     "大额跟踪验货" if big else "高频客户抽样", f"{rng.choice(['ZJ', 'NB'])}{rng.randint(10000, 99999)}",
                     f"{rng.choice(['浙B', '浙B', '浙A'])}{rng.choice('ABCDFG')}{rng.randint(1000, 9999)}", "已核对",
                     rng.choice(["七点检查完好", "七点检查完好", "散货拼箱-不适用"]),
                     f"{rng.choice(['TGHU', 'MSKU', 'CMAU'])}{rng.randint(1000000, 9999999)}",
                     f"YM{rng.randint(100000, 999999)}", rng.choice(["物流专员 钱斌", "物流专员 陆晓", "物流服务部经理 钱海峰"])))
    rows.sort(key=lambda r: r[0])
    sheet("监装记录", ["监装日期", "订单号", "客户编号", "客户名称", "货值", "监装类型", "封条号",
                      "车牌号", "司机身份核验", "集装箱检查", "箱号", "视频编号", "监装人"], rows)
    sheet("出货汇总", ["月份", "出口票数", "派员监装票数", "监装比例", "发现异常票数"], months)

    # 客户培训
    rows = [
        (dt.date(2025, 11, 26), "出口申报要素与归类常见差错", "线上直播", 212, 191, "90.1%", "4.6/5", "关务部经理 周志远"),
        (dt.date(2026, 1, 15), "知识产权海关保护与品牌授权", "线下（鄞州总部）", 86, 80, "93.0%", "4.7/5", "风控合规部经理 吴佳琪"),
        (dt.date(2026, 4, 22), "平台新规则解读（2026修订）", "线上直播", 305, 268, "87.9%", "4.5/5", "风控合规部经理 吴佳琪"),
        (dt.date(2026, 6, 18), "出口货物装运安全与监装配合", "线下（慈溪）", 64, 49, "76.6%", "4.2/5", "物流服务部经理 钱海峰"),
        (dt.date(2026, 9, 10), "装运安全复训（针对6月测试薄弱项）", "线上直播", 118, 110, "93.2%", "4.6/5", "物流服务部经理 钱海峰"),
        (dt.date(2026, 10, 28), "原产地规则与RCEP证书", "线上直播", 246, 221, "89.8%", "4.4/5", "关务专员 黄磊"),
    ]
    sheet("客户培训", ["培训日期", "主题", "方式", "参训客户数", "测试合格数", "测试合格率", "满意度", "讲师"], rows)

    # 小额订单影像核查
    rows = []
    for i in range(60):
        cid, nm, kind = rng.choice(cl)
        d = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randint(0, 55))
        r = rng.random()
        st = "照片+视频齐全" if r > 0.3 else ("仅照片，缺车辆信息" if r > 0.15 else "未上传，已放行（系统未拦截）")
        rows.append((d, f"SO2026{rng.randint(10000, 99999)}", cid, f"{rng.randint(2, 15)}千美元", st,
                     rng.choice(["风控专员 马骏", "风控专员 谢婷"])))
    rows.sort(key=lambda r: r[0])
    sheet("小额订单影像", ["出货日期", "订单号", "客户编号", "货值", "影像上传情况", "核查人"], rows)

    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
    wb.save(path)
    return months


# ---------------------------------------------------------------- 3. service agreements (zip of DOCX)
SEC_CLAUSE = ("第九条 贸易安全  乙方应当参照海关认证企业标准，建立并完善其生产场所、货物装运、集装箱与运输车辆、"
              "人员和合作方的安全管理措施；配合甲方的实地考察、跟踪验货和现场监装；发现货物被夹带、调换或其他安全"
              "异常时立即通知甲方。乙方未履行本条义务的，甲方有权暂停服务直至解除本协议。")


def agreement(no, client, date, with_sec=True, version="2025版"):
    d = new_doc()
    para(d, f"外贸综合服务协议（{version}）", bold=True, size=15, center=True)
    para(d, f"协议编号：{no}")
    para(d, f"甲方：{COMPANY}")
    para(d, f"乙方：{client}")
    arts = [
        "第一条 服务内容  甲方通过“甬贸通”平台为乙方提供出口报关、订舱物流、出口退税代办、外汇结算和出口信用保险投保协助等综合服务。",
        "第二条 乙方义务  乙方保证所提供的货物信息、生产工厂信息、品牌授权或进货来源、发票、装箱单等资料真实、完整、有效，并对其真实性承担法律责任。",
        "第三条 品类限制  乙方委托出口的货物应当属于甲方平台公示的可服务品类，不得夹带禁止、限制出口货物或侵权货物。",
        "第四条 审核与核查  甲方有权对乙方订单进行单证审核、申报前校验，有权派员到乙方工厂实地考察、跟踪验货。",
        "第五条 费用  服务费按每票报关金额的千分之三收取，退税垫付按另行签订的补充协议执行。",
        "第六条 资料保存  双方应当按海关要求保存与本协议项下业务相关的单证资料不少于5年。",
        "第七条 违约责任  因乙方提供虚假资料造成甲方被海关处罚的，乙方承担全部损失。",
        "第八条 保密  双方对在合作中知悉的商业秘密负有保密义务。",
    ]
    for a in arts:
        para(d, a)
    if with_sec:
        para(d, SEC_CLAUSE)
        para(d, "第十条 期限  本协议有效期三年，期满双方无异议的自动续期一年。")
    else:
        para(d, "第九条 期限  本协议有效期三年，期满双方无异议的自动续期一年。")
    para(d, f"甲方（盖章）：{COMPANY}        乙方（盖章）：{client}")
    para(d, f"签订日期：{date}")
    return doc_bytes(d)


def termination(no, client):
    d = new_doc()
    para(d, "协议终止确认书", bold=True, size=15, center=True)
    para(d, f"甲方：{COMPANY}\n乙方：{client}")
    para(d, f"双方于2023年6月12日签订的《外贸综合服务协议》（编号{no}）自2026年8月31日起终止。终止原因：乙方2026年第二季度"
            "风险评级调整为D级（出口额与产能不匹配，实地重新核查未通过），经甲方风险管理委员会2026年第二季度会议决定不再提供服务。")
    para(d, "终止后，乙方未完结的订单按原协议办理完毕；双方相关单证资料继续保存不少于5年。")
    para(d, "甲方（盖章）                乙方（盖章）\n2026年8月25日")
    return doc_bytes(d)


def make_agreements(path, cl_names):
    items = [
        ("综合服务协议_YMT-C0012.docx", agreement("YMT-FW-2024-0012", cl_names[11], "2024年9月3日", True, "2024版")),
        ("综合服务协议_YMT-C0157.docx", agreement("YMT-FW-2022-0157", cl_names[156], "2022年11月18日", False, "2022版")),
        ("综合服务协议_YMT-C0388.docx", agreement("YMT-FW-2026-0388", cl_names[387], "2026年2月9日", True, "2025版")),
        ("已终止/YMT-C0309协议终止确认书.docx", termination("YMT-FW-2023-0309", cl_names[308])),
        ("已终止/综合服务协议_YMT-C0309.docx", agreement("YMT-FW-2023-0309", cl_names[308], "2023年6月12日", True, "2023版")),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800  # UTF-8 names
            z.writestr(zi, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- 4. risk committee minutes
MINUTES = {
    "doc07.docx": ("2025年第四季度", "2025年12月26日", [
        "风控合规部吴佳琪汇报本季度客户风险评估情况：在册客户496家，A级259家、B级190家、C级39家、D级8家；本季度新准入客户21家，均完成资质审核和联合惩戒名单查询，其中17家完成准入实地考察，4家安排在首票出货前考察。",
        "日常监控发现3家客户出口单价持续低于价格库均值40%以上，已列为C级并每票人工复核。",
        "关务部周志远汇报：本季度申报前校验拦截312票，主要为申报要素缺失和价格偏离；报关差错率0.11%。",
        "决议：对8家D级客户暂停新增订单，于2026年1月底前完成实地重新核查。",
    ]),
    "doc08.docx": ("2026年第一季度", "2026年3月27日", [
        "风控合规部汇报：完成8家D级客户重新核查，5家整改后调为C级，3家维持D级继续暂停；对年出口额500万美元以上的27家重点客户完成月度监控。",
        "北仑海关稽核查中指出2025年10月1票报关单“品牌类型”申报要素填报错误，要求规范改进。分管关务副总经理林慧组织关务部修订申报要素校验规则，已于3月15日上线，并向海关书面反馈。",
        "信息技术部郑浩汇报：一季度平台与单一窗口数据比对3次，差异均已核实；备份恢复测试1次，成功。",
        "决议：审议通过《平台运营管理规则汇编（2026年修订）》，4月1日起施行。",
    ]),
    "doc09.docx": ("2026年第二季度", "2026年6月26日", [
        "风控合规部汇报本季度风险分级调整14家，客户YMT-C0309实地重新核查发现出口额与产能明显不匹配，评级调为D级；委员会决定终止与该客户的服务协议。",
        "物流服务部钱海峰汇报2026年度物流合作方复评：合作货代4家（其中3家为海关高级认证企业），拖车公司2家完成安全自评问卷复核，均合格继续合作。",
        "物流服务部报告：二季度派员监装比例约6%，主要因监装人员仅3名、客户工厂分散。委员会要求三季度增加兼职监装人员，目标恢复到10%以上。",
        "6月12日组织了台风应急演练（平台切换备用机房、通知客户调整出货计划），总结报告已存档。",
    ]),
    "doc11.docx": ("2026年第三季度", "2026年9月25日", [
        "行政安全部赵敏汇报：9月13日至15日台风“海葵”影响宁波，北仑港区停止作业，公司启动台风应急预案，物流服务部逐票通知客户暂缓进港，关务部9月13日上午电话并书面向北仑海关报告受影响的在港待查验货物38票，台风过后于9月17日前全部完成查验放行。",
        "风控合规部汇报：三季度对C、D级客户和重点客户重新实地核查9家；风险分级调整14家。",
        "物流服务部汇报：三季度监装比例仍为6%左右，新招聘监装人员尚未到岗。9月18日监装中发现1票文具货物实际数量多于申报数量约20%，已暂停装运并于当日向海关报告，客户降为C级。",
        "信息技术部汇报：平台数据已完整保存自2021年3月上线以来的全部订单和申报数据，三季度备份恢复测试1次，成功。",
        "决议：四季度由内审岗开展年度内审，重点检查监装比例和协议条款。",
    ]),
}


def make_minutes(folder):
    for fn, (q, date, items) in MINUTES.items():
        d = new_doc()
        para(d, f"风险管理委员会{q}例会纪要", bold=True, size=14, center=True)
        para(d, f"时间：{date} 14:00    地点：公司三楼会议室")
        para(d, "出席：陈国栋（总经理，主任）、林慧（副总经理）、吴佳琪（风控合规部经理）、周志远（关务部经理）、许蓉（财务总监）、赵敏（行政安全部经理）")
        para(d, "列席：钱海峰（物流服务部经理）、郑浩（信息技术部主管）    记录：谢婷")
        para(d, "一、会议内容", bold=True)
        for i, t in enumerate(items, 1):
            para(d, f"{i}. {t}")
        para(d, "主持人签字：陈国栋        记录人：谢婷")
        save_doc(d, folder / fn)


# ---------------------------------------------------------------- 5. internal audit report (DOCX -> PDF)
def make_audit_docx(path, months):
    n = sum(m[1] for m in months[:11])
    s = sum(m[2] for m in months[:11])
    tot = ("", n, s, f"{s / n * 100:.1f}%")
    d = new_doc()
    # page 1
    para(d, COMPANY, bold=True, size=16, center=True)
    para(d, "2026年度内部审计报告", bold=True, size=18, center=True)
    para(d, "（含持续符合海关高级认证企业标准专项审计）", size=12, center=True)
    para(d, "报告编号：YMT-NS-2026-01", center=True)
    para(d, "审计期间：2025年12月1日至2026年10月31日    现场审计：2026年11月2日至11月13日", center=True)
    para(d, "审计人员：孙立（内审专员）、外聘顾问 冯立群    报告日期：2026年11月20日", center=True)
    para(d, "一、审计概要", bold=True)
    para(d, "根据《平台运营管理规则汇编》第十一章和年度审计计划，内审岗对公司进出口业务及持续符合海关高级认证企业标准情况开展了年度内部审计。"
            "本次审计对照认证标准通用标准和外贸综合服务企业单项标准逐项检查，共发现问题4项，其中重要问题2项。")
    para(d, "上年度（2025年11月，报告编号YMT-NS-2025-01）提出的5项整改事项已全部关闭，详见第4页。")
    page_break(d)
    # page 2
    para(d, "二、审计范围与方法", bold=True)
    para(d, "审计范围：单证审核与申报、单证保管、出口退税资料、客户准入与分级、实地考察、服务协议、货物监装、信息系统与数据、培训、场所与人员安全、应急管理。")
    para(d, "审计方法：查阅制度和台账；平台抽样30票出口订单追溯全流程；抽查退税资料20批次；抽查服务协议12份；访谈风控、关务、物流、行政人员8人；现场查看办公场所门禁和机房。")
    para(d, "抽样结果：30票订单的报关单、装箱单、提单、单证审核记录在平台电子档案中均可检索，归档及时；20批次退税资料装订完整，与申报数据一致；印章使用登记连续完整；认证企业专门档案已按标准条目建立并更新至2026年10月。")
    page_break(d)
    # page 3
    para(d, "三、审计发现", bold=True)
    para(d, f"发现1（重要）：派员实地监装比例不足。2025年12月至2026年10月累计出口{tot[1]}票，派员监装{tot[2]}票，比例{tot[3]}，"
            "每个月均低于规则汇编第十三章和认证标准要求的10%。原因是监装人员配置不足。")
    para(d, "发现2（重要）：服务协议贸易安全条款缺失。抽查的12份在执行协议中，2022版协议3份（如YMT-FW-2022-0157）无贸易安全条款，未要求客户按认证标准完善贸易安全管理，"
            "按2022版签订且仍在执行的协议约占在执行协议的三分之一。")
    para(d, "发现3（一般）：小额订单现场影像不全。抽查10月至11月小额订单60票，约三成未上传车辆信息或未上传影像，平台“未上传不予放行”控制未生效。")
    para(d, "发现4（一般）：贸易安全负责人赵敏2026年仅参加1次海关法律法规内部培训（9月22日），未达到每年2次的要求（3月18日培训请假）。")
    para(d, "其他检查事项未发现问题：客户准入、分级、联合惩戒名单核查、实地考察和重新核查记录完整；申报前校验规则运行正常；平台数据自2021年3月起完整保存；台风应急处置和向海关报告及时。")
    page_break(d)
    # page 4
    para(d, "四、整改跟踪", bold=True)
    table(d, ["编号", "问题", "整改措施", "责任人", "完成期限", "状态"], [
        ("2025-1", "印章借出未登记", "启用《印章使用登记簿》", "周志远", "2025-12-31", "已关闭"),
        ("2025-2", "离职账号停用滞后", "离职当日停用并签字", "郑浩", "2025-12-31", "已关闭"),
        ("2025-3", "客户培训无效果评估", "增加线上测试和满意度调查", "吴佳琪", "2026-01-31", "已关闭"),
        ("2025-4", "访客登记未核证件", "前台核验带照片证件", "赵敏", "2025-12-31", "已关闭"),
        ("2025-5", "备份恢复未测试", "每季度恢复测试", "郑浩", "2026-03-31", "已关闭"),
        ("2026-1", "监装比例不足10%", "新招监装员2名，外包第三方监装", "钱海峰", "2027-01-31", "整改中"),
        ("2026-2", "2022版协议缺安全条款", "与在执行客户签订补充协议", "吴佳琪", "2027-02-28", "整改中"),
        ("2026-3", "小额订单影像不全", "修复放行拦截逻辑", "郑浩", "2026-12-15", "整改中"),
        ("2026-4", "安全负责人培训不足", "12月补训", "赵敏", "2026-12-31", "整改中"),
    ])
    para(d, "内审专员：孙立              分管关务副总经理（确认）：林慧")
    para(d, "总经理审阅：陈国栋          2026年11月24日")
    d.save(path)


# ---------------------------------------------------------------- 6. backup log CSV
def make_backup_log(path, rng):
    lines = []
    start = dt.date(2026, 9, 1)
    for i in range(91):
        day = start + dt.timedelta(days=i)
        full = day.weekday() == 6
        job = "FULL_weekly" if full else "INCR_daily"
        size = rng.randint(1480, 1560) if full else rng.randint(6, 19)
        ts = dt.datetime(day.year, day.month, day.day, 2, 0) + dt.timedelta(minutes=rng.randint(0, 9))
        dur = rng.randint(95, 140) if full else rng.randint(4, 12)
        end = ts + dt.timedelta(minutes=dur)
        status = "SUCCESS"
        note = ""
        if day == dt.date(2026, 9, 14):
            status, note = "FAILED", "storage unreachable (typhoon power cut), rerun 09-15"
        lines.append([f"{ts:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}", job, "ymt-db01:/data/ymt_platform",
                      f"{size}" + ("GB" if full else "GB"), status, "1825d" if full else "35d", note])
        if day.day == 1:
            lines.append([f"{ts:%Y-%m-%d} 05:30:00", f"{ts:%Y-%m-%d} 07:42:00", "ARCHIVE_monthly_offsite",
                          "nas-hz02:/archive/ymt", "1512GB", "SUCCESS", "1825d", "offsite copy Hangzhou DC"])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("# backup job log exported from ymt-bak01 (Bacula) 2026-11-30 18:02\n")
        w = csv.writer(f)
        w.writerow(["start_time", "end_time", "job", "source", "size", "status", "retention", "note"])
        w.writerows(lines)
        w.writerow(["2026-11-30 18:01:55", "", "CATALOG_QUERY", "oldest restorable full backup", "", "INFO",
                    "", "2021-12-05 FULL_weekly (archived), oldest order record in DB: 2021-03-08"])


# ---------------------------------------------------------------- 7. screenshots
def font(sz):
    return ImageFont.truetype(SANS, sz, index=2)


def shot_base(title, w=1280, h=760):
    im = Image.new("RGB", (w, h), "#f3f5f8")
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w, 56], fill="#1f4e8c")
    dr.text((20, 12), "甬贸通 · 外贸综合服务平台", font=font(24), fill="white")
    dr.text((w - 330, 18), "用户：zhouzy（关务部）  2026-11-03 10:15", font=font(16), fill="white")
    dr.rectangle([0, 56, 190, h], fill="#e3e8ef")
    for i, m in enumerate(["工作台", "订单中心", "关务申报", "物流跟踪", "退税服务", "结算中心", "信保服务", "风控中心", "客户管理", "财务管理", "系统设置"]):
        dr.text((24, 76 + i * 40), m, font=font(18), fill="#1f2d3d")
    dr.text((215, 70), title, font=font(22), fill="#1f2d3d")
    return im, dr


def box(dr, x, y, w, h, title, lines, col="#ffffff"):
    dr.rectangle([x, y, x + w, y + h], fill=col, outline="#c5ccd6")
    dr.text((x + 12, y + 8), title, font=font(18), fill="#1f4e8c")
    for i, l in enumerate(lines):
        dr.text((x + 12, y + 38 + i * 26), l, font=font(16), fill="#333333")


def make_screens(folder):
    folder.mkdir(parents=True, exist_ok=True)
    im, dr = shot_base("工作台 · 运营概览")
    box(dr, 215, 110, 330, 170, "关务申报", ["本月申报票数：186（11月1日起）", "单一窗口联网状态：正常", "最近回执：2026-11-03 10:12"])
    box(dr, 565, 110, 330, 170, "物流服务", ["在途订单：418", "本月已装船：171", "物流轨迹接口：正常"])
    box(dr, 915, 110, 330, 170, "退税服务", ["本月申报退税批次：3", "本年已到账：291", "退税资料电子存档：正常"])
    box(dr, 215, 300, 330, 170, "结算中心", ["本月收汇笔数：164", "待核销：87", "财务凭证自动生成：正常"])
    box(dr, 565, 300, 330, 170, "信保服务", ["状态：线下办理", "请联系客户经理提交投保资料", "线上投保功能建设中"], col="#fff7e6")
    box(dr, 915, 300, 330, 170, "风控中心", ["C级客户：41  D级客户：6", "今日拦截：17", "待人工复核：9"])
    box(dr, 215, 490, 1030, 120, "规则公示", ["《平台可服务品类及禁限品清单（2026.4）》  《客户准入审查标准》  《监装与影像上传要求》",
                                           "以上文件对全体平台客户公开，更新于2026-04-01"])
    im.save(folder / "IMG_20261103_101522.png", optimize=True)

    im, dr = shot_base("风控中心 · 风险识别与处置")
    box(dr, 215, 110, 500, 200, "风险数据库", ["知识产权库（品牌/授权）：12,468 条", "价格数据库（HS+规格）：86,215 条",
                                          "历史交易库（2021.03起）：1,902,337 票", "客户（买卖方）信息库：500 家客户 / 23,806 个境外买家"])
    box(dr, 735, 110, 510, 200, "风险识别规则（运行中）", ["价格偏离度 > 30%  →  拦截", "归类与历史不一致  →  拦截",
                                                 "品牌无授权  →  退回", "出口额/产能 > 1.5  →  预警"])
    box(dr, 215, 330, 1030, 280, "今日风险事件", [
        "10:02  SO202691123  YMT-C0233  单价偏离价格库均值42%      分析：同型号电热水壶近90日均价  →  处置：人工复核中",
        "09:47  SO202690877  YMT-C0071  品牌“Deli”无授权文件        分析：知识产权库命中  →  处置：退回客户",
        "09:31  SO202690850  YMT-C0415  商品编码与历史归类不一致    分析：8516.79 / 历史 8516.71  →  处置：已更正",
        "09:05  YMT-C0190  月出口额/产能比 1.8                      分析：产能数据来自实地考察  →  处置：列入监控",
        "08:40  SO202690612  YMT-C0388  申报要素缺“品牌类型”         →  处置：已补正放行",
    ])
    im.save(folder / "截图_风控中心.png", optimize=True)

    im, dr = shot_base("订单中心 · 流程检索与物流追踪")
    dr.text((215, 110), "检索条件：订单日期 2021-03-01 至 2026-11-03   客户：全部   关键词：SO2021", font=font(16), fill="#333")
    dr.text((215, 136), "检索结果：共 18,604 条（最早记录 SO202100015，2021-03-08）", font=font(16), fill="#333")
    box(dr, 215, 170, 1030, 200, "订单 SO202690612 全流程节点", [
        "接单 10-21 09:12 → 单证审核 10-21 15:40（何静） → 申报前校验 10-22 09:03（补正后通过） → 申报 10-22 10:17",
        "→ 海关放行 10-22 14:55 → 监装/影像 10-24（照片+视频） → 装船 10-26 NINGBO→ROTTERDAM MSKU7741209",
        "→ 收汇 11-18 USD 18,420.00 → 退税申报 11-25（批次 TS202611-07）",
    ])
    box(dr, 215, 390, 1030, 220, "物流追踪（船公司/码头接口）", [
        "2026-10-24 16:20  工厂装箱完成，封条 NB73812，车牌 浙B·D6612",
        "2026-10-25 08:05  进北仑港区 第三集装箱码头",
        "2026-10-26 21:40  装船 MAERSK ESSEN 643W",
        "2026-11-02 06:00  途经 新加坡     2026-11-27（预计）到港 鹿特丹",
        "贸易数据验核：与单一窗口报关数据比对一致（每月1日自动比对）",
    ])
    im.save(folder / "Screenshot_2026-11-05_订单追踪.png", optimize=True)


# ---------------------------------------------------------------- 8. admin / training workbooks
def make_training(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训记录"
    ws.append(["日期", "培训主题", "类别", "讲师", "参训人数", "考核方式", "资料存档"])
    sessions = [
        (dt.date(2025, 11, 12), "海关企业信用管理与认证标准解读", "海关法规", "北仑海关企管科讲座（外请）", 46, "笔试", "课件+签到"),
        (dt.date(2026, 3, 18), "2026年海关申报新规与归类要点", "海关法规", "关务部经理 周志远", 52, "笔试", "课件+签到"),
        (dt.date(2026, 4, 20), "信息安全与数据保密", "信息安全", "信息技术部主管 郑浩", 88, "线上测试", "课件+签到"),
        (dt.date(2026, 6, 10), "国际供应链货物流动风险与监装要点", "贸易安全", "物流服务部经理 钱海峰", 79, "笔试", "课件+签到"),
        (dt.date(2026, 6, 12), "台风应急处置培训及演练（备用机房切换）", "应急管理", "行政安全部经理 赵敏", 91, "演练评估", "总结报告+照片"),
        (dt.date(2026, 9, 22), "出口退税与外综服企业海关监管要求", "海关法规", "外聘律师 蒋文", 49, "笔试", "课件+签到"),
        (dt.date(2026, 11, 6), "贸易安全复训：异常情况识别与报告", "贸易安全", "行政安全部经理 赵敏", 83, "笔试", "课件+签到"),
    ]
    for s in sessions:
        ws.append(list(s))
    ws2 = wb.create_sheet("签到")
    ws2.append(["日期", "培训主题", "姓名", "职务", "签到"])
    mgmt = [("陈国栋", "法定代表人/总经理"), ("林慧", "副总经理（分管关务）"), ("周志远", "关务部经理"), ("赵敏", "行政安全部经理（贸易安全负责人）")]
    staff = [("吴佳琪", "风控合规部经理"), ("王蕾", "单证审核主管"), ("何静", "单证审核专员"), ("黄磊", "关务专员"),
             ("钱海峰", "物流服务部经理"), ("马骏", "风控专员"), ("谢婷", "风控专员"), ("郑浩", "信息技术部主管"),
             ("钱斌", "物流专员"), ("陆晓", "物流专员"), ("孙立", "内审专员")]
    for s in sessions:
        for nm, role in mgmt:
            mark = "√"
            if s[2] == "海关法规" and nm == "赵敏" and s[0] == dt.date(2026, 3, 18):
                mark = "请假"
            if s[2] not in ("海关法规",) and nm == "陈国栋" and s[2] == "信息安全":
                mark = "√"
            ws2.append([s[0], s[1], nm, role, mark])
        for nm, role in staff:
            ws2.append([s[0], s[1], nm, role, "√" if rng.random() > 0.05 else "缺席"])
    for w in wb.worksheets:
        for row in w.iter_rows(min_row=2):
            if isinstance(row[0].value, dt.date):
                row[0].number_format = "yyyy-mm-dd"
    wb.save(path)


def make_admin(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "员工花名册"
    ws.append(["工号", "姓名", "部门", "岗位", "入职日期", "身份核验", "工作经历核实", "无犯罪记录证明", "状态", "更新日期"])
    depts = ["关务部", "风控合规部", "单证审核中心", "物流服务部", "财务结算部", "信息技术部", "行政安全部", "客户服务部"]
    for i in range(96):
        nm = rng.choice(SURN) + rng.choice("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华")
        dep = rng.choice(depts)
        d = dt.date(rng.choice([2021, 2022, 2023, 2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
        if d > dt.date(2026, 11, 1):
            d = dt.date(2026, 6, 3)
        st = "在职" if i < 88 else "离职"
        ws.append([f"YMT{i+1:04d}", nm, dep, "专员", d, "已核验", "已核实", "已提供" if dep in ("关务部", "风控合规部", "单证审核中心", "财务结算部") else "—", st, dt.date(2026, 11, 1)])
    ws = wb.create_sheet("离职交接")
    ws.append(["姓名", "部门", "离职日期", "工牌门禁卡", "电脑设备", "平台账号停用", "停用时间", "经办"])
    for i in range(8):
        d = dt.date(2026, 1, 10) + dt.timedelta(days=rng.randint(0, 300))
        ws.append([rng.choice(SURN) + rng.choice("伟芳娜敏静丽强"), rng.choice(depts), d, "已收回", "已收回", "已停用", f"{d} 17:{rng.randint(10, 59)}", "人力资源专员 邵琳"])
    ws = wb.create_sheet("访客登记")
    ws.append(["日期", "来访人", "单位", "证件类型", "证件核验", "访客卡号", "被访人", "进入重点区域", "陪同人", "车牌", "离开时间"])
    for i in range(70):
        d = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randint(0, 88))
        key = rng.random() < 0.15
        ws.append([d, rng.choice(SURN) + "先生" if rng.random() < 0.6 else rng.choice(SURN) + "女士", rng.choice(["客户", "货代", "银行", "维保公司", "海关"]) ,
                   "身份证", "已核验", f"V{rng.randint(1, 30):03d}", rng.choice(["吴佳琪", "周志远", "钱海峰", "郑浩"]),
                   "机房" if key else "否", "郑浩" if key else "—", rng.choice(["", "", f"浙B{rng.randint(10000, 99999)}"]), f"{rng.randint(10, 17)}:{rng.randint(10, 59)}"])
    ws = wb.create_sheet("门禁卡发放")
    ws.append(["卡号", "姓名", "权限区域", "发放日期", "回收日期"])
    for i in range(40):
        ws.append([f"C{2000+i}", rng.choice(SURN) + rng.choice("伟芳娜敏静丽强磊"), rng.choice(["办公区", "办公区", "办公区+档案室", "办公区+机房"]),
                   dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300)), ""])
    ws = wb.create_sheet("安防巡检")
    ws.append(["月份", "门禁闸机", "视频监控（16路）", "机房门禁", "消防设施", "检查人", "问题及处理"])
    for m in range(1, 12):
        ws.append([f"2026-{m:02d}", "正常", "正常" if m != 7 else "3号摄像头故障，7月9日更换", "正常", "正常", "行政安全部 邵琳", "" if m != 7 else "已处理"])
    ws = wb.create_sheet("印章使用登记")
    ws.append(["日期", "印章/证书", "用途", "使用人", "审批人", "归还"])
    for i in range(30):
        d = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320))
        ws.append([d, rng.choice(["报关专用章", "报关专用章", "海关备案回执（原件）", "公章"]), rng.choice(["报关单纸质补签", "海关稽核查资料盖章", "退税资料盖章"]),
                   rng.choice(["黄磊", "周志远"]), "周志远", "已归还"])
    for w in wb.worksheets:
        for row in w.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
    wb.save(path)


# ---------------------------------------------------------------- 9. party notice
def make_party(path):
    d = new_doc()
    para(d, "关于举办2027迎新年联欢会的通知", bold=True, size=15, center=True)
    para(d, "各部门、全体同事：")
    para(d, "为感谢大家一年来的辛勤付出，公司定于2026年12月30日（星期三）18:00在鄞州万达喜来登酒店二楼宴会厅举办迎新年联欢会，现将有关事项通知如下：")
    para(d, "一、节目报名：每个部门至少出一个节目，请于12月15日前报行政安全部邵琳。")
    para(d, "二、家属参加：员工可携带一名家属，家属须凭邀请函在签到台登记并领取胸牌。")
    para(d, "三、安全提示：会场禁止燃放烟花和使用明火，散场后请勿酒后驾车，公司安排班车送至鄞州、北仑、江北三个站点。")
    para(d, "四、抽奖：设一等奖3名（扫地机器人）、二等奖10名、参与奖若干。")
    para(d, "行政安全部\n2026年11月25日")
    save_doc(d, path)


# ---------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    for sub in ("02台账", "系统资料"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    make_rules(out / "01平台制度" / "平台运营管理规则汇编（2026年修订）.docx")
    months = make_client_workbook(out / "02台账" / "客户管理台账2026.xlsx", rng)
    cl_names = [c[1] for c in clients(random.Random(NAME))]
    make_agreements(out / "03合同" / "服务协议抽样.zip", cl_names)
    make_minutes(out / "新建文件夹")
    make_training(out / "02台账" / "员工培训记录2026.xlsx", rng)
    make_admin(out / "02台账" / "行政人事台账.xlsx", rng)
    make_backup_log(out / "系统资料" / "backup_joblog_20261130.csv", rng)
    make_screens(out / "系统资料" / "截图")
    make_party(out / "新年联欢会通知.docx")
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        src = tmp / "2026年度内部审计报告.docx"
        make_audit_docx(src, months)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        dst = out / "2026资料" / "2026年度内部审计报告.pdf"
        dst.parent.mkdir(parents=True, exist_ok=True)
        data = (tmp / "2026年度内部审计报告.pdf").read_bytes()
        data = re.sub(rb"\(D:[0-9]{14}[^)]*\)", lambda m: b"(D:20261120100000" + b"0" * (len(m.group(0)) - 18) + b")", data)
        data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
        dst.write_bytes(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
