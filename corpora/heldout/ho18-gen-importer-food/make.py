"""ho18-gen-importer-food: 青岛海澜冷链贸易有限公司 — a Qingdao importer of frozen seafood and dairy.

Builds the bundle deterministically (fixed dates, random.Random("ho18-gen-importer-food")).
"""
from __future__ import annotations

import csv
import pathlib
import random
import shutil
import subprocess
import tempfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFont

NAME = "ho18-gen-importer-food"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CO = "青岛海澜冷链贸易有限公司"
WH = "青岛港远冷藏物流有限公司"

CN = "零一二三四五六七八九"


def cn(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def font(size):
    return ImageFont.truetype(SANS, size, index=2)


# ---------------------------------------------------------------- docx helpers
def new_doc() -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for s in ("Heading 1", "Heading 2", "Title"):
        d.styles[s].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.4)
    return d


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    return t


def seal_png(path: pathlib.Path, name: str, sub: str = "业务专用章"):
    img = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    dr = ImageDraw.Draw(img)
    red = (205, 30, 30, 235)
    dr.ellipse((8, 8, 292, 292), outline=red, width=9)
    dr.text((150, 150), "★", font=font(64), fill=red, anchor="mm")
    # company name along the upper arc, approximated by chars on a circle
    import math
    chars = list(name)
    n = len(chars)
    for i, ch in enumerate(chars):
        ang = math.radians(200 + i * (140 / max(n - 1, 1)))
        x = 150 + 108 * math.cos(ang)
        y = 150 + 108 * math.sin(ang)
        dr.text((x, y), ch, font=font(26), fill=red, anchor="mm")
    dr.text((150, 230), sub, font=font(24), fill=red, anchor="mm")
    img.save(path)


# ---------------------------------------------------------------- policies
HANDBOOK = [
    ("第一章 关务组织与培训", [
        "公司设关务部，负责进口申报资料准备、与报关行对接、海关事务联络。关务部经理王磊为关务负责人。",
        "公司指定副总经理刘海燕分管关务工作，对进口申报合规、海关认证及整改事项负总责；副总经理刘海燕同时负责贸易安全。",
        "关务部每年年初编制海关法律法规培训计划，报副总经理批准后执行。",
        "培训的组织形式、签到、考核及档案保存，参照《员工培训管理办法》执行。",
        "总经理（法定代表人）、分管关务副总经理、关务部经理每年至少参加一次海关法律法规内部培训。",
        "海关发布与冷冻水产品、乳制品进口有关的新公告，关务部应在十个工作日内在部门内传达并留存传达记录。",
    ]),
    ("第二章 申报单证复核与纠错", [
        "公司进口货物委托青岛通关达报关有限公司申报。报关行制作的报关单草单，须经公司关务部单证复核岗复核后方可确认申报。",
        "复核内容包括：商品编码、品名及规格型号、申报价格及成交方式、原产国、数量与净重、境外发货人、包装种类、存放地点、运输路线、储存温度要求、标签。",
        "涉及境外官方卫生证书、原产地证书、境外生产企业注册号的，复核岗应逐项核对证书编号、有效期、品名、重量与报关单一致。",
        "复核结果逐票登记于《报关单复核记录》，记录复核人、复核日期、发现的问题及处理结果。",
        "申报后发现差错的，关务部经理应当当日通知报关行，按规定向海关申请修改或撤销，并报分管副总经理。",
        "因个人原因造成申报差错的，按本汇编第四章责任追究条款处理。",
    ]),
    ("第三章 单证档案与印章证书管理", [
        "进口合同、发票、装箱单、提单、卫生证书、原产地证书、报关单及放行信息，于货物放行后十个工作日内由关务部归档。",
        "纸质档案存放于公司三楼档案室，电子档案保存于公司文件服务器，保存期限不少于五年。",
        "档案借阅须登记，不得涂改、抽取或销毁。",
        "公司进口商品的技术标准、产品规格及标签资料的保管，参照《质量安全手册》有关规定执行。",
        "报关专用章、海关核发的证书及法律文书由关务部经理指定专人保管，使用时登记。",
        "申请海关认证形成的资料由关务部建立专门档案，纸质与电子各一份。",
    ]),
    ("第四章 内部审计与改进", [
        "公司每年至少开展一次进出口业务内部审计，由财务部牵头、关务部配合，审计范围覆盖申报、单证、档案、贸易安全。",
        "审计结束后十五个工作日内出具内审报告，报总经理审阅，报告及底稿归档保存。",
        "对审计和日常工作中发现的问题，责任部门应制定整改措施并限期完成，关务部跟踪至关闭。",
        "海关要求改正或规范改进的事项，由分管关务副总经理组织实施，并将结果报海关。",
        "对造成申报差错、延误或被海关处罚的责任人，视情节给予通报批评、扣减绩效或解除劳动合同。",
    ]),
    ("第五章 信息系统与信息安全", [
        "公司使用用友U8管理采购、销售、库存及财务业务，进口合同、入库、销售出库在系统中逐笔记录。",
        "系统数据每日自动备份，业务数据在线保存不少于五年，不得删除历史单据。",
        "系统账号一人一号，密码不少于八位并每九十天更换，员工离职当日停用账号。",
        "服务器机柜上锁，由信息专员保管钥匙；办公电脑安装杀毒软件。",
        "每年组织一次信息安全培训，新员工入职时进行信息安全告知。",
        "违反本章规定造成数据泄露、丢失或系统损坏的，追究责任人责任，造成损失的依法要求赔偿。",
    ]),
    ("第六章 进口食品质量安全", [
        "公司只从已在海关总署注册的境外生产企业采购冷冻水产品和乳制品，采购前由质量部核对注册号。",
        "每批货物须随附出口国官方卫生证书，到港后由质量部核对证书与货物、标签一致。",
        "冷链货物全程温度不得高于零下十八摄氏度（乳制品按产品要求），入库时由仓储方记录箱内温度。",
        "进口食品取得海关检验检疫合格证明前不得销售；不合格货物按海关要求退运或销毁，并通知客户召回已售产品。",
        "质量部设专人（内勤主管赵敏）在二楼质量部资料室保管进口记录和销售记录，保存期限不少于两年且不少于保质期满后六个月。",
        "发生境外官方通报、客户投诉或退货的，质量部应在二十四小时内报告分管副总经理。",
    ]),
    ("第七章 场所与进入安全", [
        "公司办公场所位于青岛市市北区港华路18号海港大厦11层，大厦出入口由物业保安二十四小时值守。",
        "公司楼层入口设门禁，员工凭工牌刷卡进入；档案室、服务器间仅限授权人员。",
        "来访人员须在前台登记，出示带照片的身份证件，领取访客证，由被访人员全程陪同；来访车辆登记车牌并停放在大厦访客车位。",
        "员工工牌由行政部统一发放和回收，员工车辆停放于大厦地下二层公司租赁车位。",
        "行政部每季度对办公场所门窗、门禁及监控进行检查，发现损坏及时报修。",
        "办公室门窗及档案室钥匙由行政部登记发放，领用、归还均须签字。",
    ]),
    ("第八章 人员安全", [
        "拟录用人员须提供身份证、学历及前雇主离职证明，关键岗位（关务、质量、财务）人员须提供无犯罪记录证明。",
        "人事专员负责核实应聘人员身份及工作经历，核实结果存入员工档案。",
        "人事专员每月更新在职员工花名册，记录入职、调岗及离职情况。",
        "员工离职时填写离职交接单，收回工牌、门禁卡、电脑及其他设备，信息专员当日停用系统账号。",
        "停职员工在停职期间不得进入公司办公区域，不得使用公司信息系统。",
    ]),
    ("第九章 商业伙伴与货物运输安全", [
        "公司每年对境外供应商、报关行、仓储及运输服务商进行一次安全评估，形成评估表，评估不合格的暂停合作。",
        "与仓储、运输、报关服务商签订的合同中应写明贸易安全条款。",
        "货物入库时，仓储方按提单及装箱单核对箱号、铅封号、件数、重量和标签，双方在入库单上签字确认。",
        "发现货物溢短装、破损、温度异常或检验检疫不合格时，仓储方应当立即通知公司，质量部当日报告分管副总经理并书面记录处理结果。",
        "集装箱拆箱前的检查及铅封核对，参照仓储方《冷库作业及安全管理规程》执行。",
        "提货车辆的检查，参照仓储方《冷库作业及安全管理规程》执行。",
    ]),
    ("第十章 应急管理与安全教育", [
        "公司针对冷库断电、制冷剂泄漏、火灾、冷链运输中断及疑似藏匿物品等情况制定应急处置流程，明确报告路线：发现人—部门经理—分管副总经理—海关及相关部门。",
        "冷库断电超过两小时的，由仓储方启动备用电源，公司质量部评估货物温度并决定是否封存。",
        "发现集装箱内有可疑物品或与申报不符货物的，停止拆箱，保护现场，立即报告海关。",
        "公司每年对员工开展一次供应链安全教育，内容包括货物安全、铅封管理、异常报告。",
        "公司每年组织一次应急演练，演练记录由行政部保存。",
    ]),
]


def handbook_docx(path: pathlib.Path):
    d = new_doc()
    d.add_heading(CO + "\n关务管理制度汇编", 0)
    d.add_paragraph("文件编号：HL-GW-2025  版本：A/2  生效日期：2025年3月1日")
    d.add_paragraph("编制：关务部  审核：刘海燕  批准：周志远")
    d.add_paragraph("目录")
    for i, (h, _) in enumerate(HANDBOOK):
        d.add_paragraph(f"{h} ………… {i + 2}")
    n = 0
    for h, arts in HANDBOOK:
        page_break(d)
        d.add_heading(h, 1)
        for a in arts:
            n += 1
            d.add_paragraph(f"第{cn(n)}条 {a}")
    d.save(path)


def training_rules_docx(path):
    d = new_doc()
    d.add_heading("员工培训管理办法", 0)
    d.add_paragraph("HL-HR-007  行政人事部  2024年6月修订")
    arts = [
        "本办法适用于公司全体员工的入职培训、岗位培训和专题培训。",
        "各部门每年一月提交年度培训需求，行政人事部汇总形成年度培训计划，经总经理批准后实施。",
        "每次培训须有签到表，签到表由参训人员本人签名，注明职务。",
        "培训结束后由组织部门进行书面或口头考核，考核结果记入员工培训档案。",
        "培训课件、签到表、考核记录及现场照片由组织部门在培训后五个工作日内交行政人事部存档，保存三年。",
        "无故缺席培训的，按考勤制度处理；因公缺席的应在下次培训时补训。",
    ]
    for i, a in enumerate(arts, 1):
        d.add_paragraph(f"第{cn(i)}条 {a}")
    d.save(path)


def audit_report_docx(path):
    d = new_doc()
    d.add_heading("2024年度进出口业务内部审计报告", 0)
    d.add_paragraph(f"{CO}  审计组：财务部经理孙立新（组长）、关务部经理王磊、质量部内勤主管赵敏")
    d.add_paragraph("审计期间：2024年1月1日—2024年11月30日   现场审计：2024年12月9日—12月13日   报告日期：2024年12月20日")
    d.add_heading("一、审计范围与方法", 2)
    d.add_paragraph("抽查2024年进口报关单60票（冷冻水产42票、乳制品18票），核对合同、发票、卫生证书、报关单及入库单；检查档案室、报关专用章保管及系统账号。")
    d.add_heading("二、发现的问题", 2)
    table(d, [["序号", "问题", "责任部门", "整改要求", "完成时间", "状态"],
              ["1", "3票报关单净重与装箱单不一致，复核记录未体现", "关务部", "复核表增加净重核对栏", "2025-01-15", "已完成"],
              ["2", "2名离职员工U8账号未及时停用", "信息专员", "离职当日停用账号", "2025-01-10", "已完成"],
              ["3", "档案借阅未登记", "关务部", "启用借阅登记簿", "2025-01-31", "已完成"]])
    d.add_heading("三、结论", 2)
    d.add_paragraph("公司进口业务单证总体完整，上述问题已明确责任人和整改期限。下一次内部审计计划于2025年第四季度开展。")
    d.add_paragraph("审阅：总经理 周志远  2024年12月23日")
    d.save(path)


def contract_docx(path, seal):
    d = new_doc()
    d.add_heading("冷库仓储及配送服务合同（节选）", 0)
    d.add_paragraph(f"合同编号：GY-CC-2025-031   甲方：{CO}   乙方：{WH}   签订日期：2025年1月8日   有效期：2025年1月8日至2027年1月7日")
    arts = [
        "乙方为甲方进口冷冻水产品及乳制品提供港区提箱、拆箱、冷库存储（零下18℃至零下22℃）及青岛市内配送服务。",
        "乙方在拆箱前对集装箱实施检查并核对铅封，在入库单上记录箱号、铅封号、件数、重量、箱内温度，由双方签字。",
        "乙方应按照海关认证企业标准的要求，持续完善库区出入、集装箱、运输车辆及货物的安全管理，并接受甲方每年一次的安全评估和现场检查。",
        "发现货物短少、破损、温度异常或可疑物品时，乙方应在两小时内通知甲方。",
        "乙方保存库区监控录像不少于九十天，甲方因海关核查需要调取的，乙方应予配合。",
    ]
    for i, a in enumerate(arts, 3):
        d.add_paragraph(f"第{cn(i)}条 {a}")
    d.add_paragraph("（以下为签章页）")
    d.add_paragraph(f"甲方：{CO}（盖章）    乙方：{WH}（盖章）")
    d.add_picture(str(seal), width=Cm(3.2))
    d.save(path)


def wh_rules_docx(path, seal):
    d = new_doc()
    d.add_heading(WH + "\n冷库作业及安全管理规程", 0)
    d.add_paragraph("GY-AQ-03  第3版  2024年10月1日起施行  本规程适用于本公司城阳冷库库区")
    d.add_heading("第一章 库区出入管理", 1)
    for t in ["库区大门设保安岗，二十四小时值守。",
              "外来人员进入库区须登记，领取临时通行证；外来车辆须登记车牌并按指定线路行驶。",
              "司机不得进入冷库作业区，只在司机休息室等候。",
              "库区周界设围墙及红外报警，监控录像保存九十天。"]:
        d.add_paragraph(t)
    d.add_picture(str(seal), width=Cm(3.0))
    page_break(d)
    d.add_heading("第二章 集装箱检查与铅封管理", 1)
    for t in ["冷藏集装箱到库后、拆箱前，由仓管员按七点检查法检查：前壁、左侧、右侧、地板、顶部、内/外门（含门锁、铰链）、外部/起落架（含冷机）。",
              "核对铅封号与提单、设备交接单一致，铅封有无被撬、更换痕迹；铅封剪断后保留七天。",
              "检查结果逐项登记在《集装箱检查及车辆检查记录》，仓管员和货主代表签字。",
              "发现箱体破损、夹层、异常焊接、铅封不符的，停止拆箱，通知货主和海关。"]:
        d.add_paragraph(t)
    page_break(d)
    d.add_heading("第三章 运输车辆检查", 1)
    for t in ["配送冷藏车出车前，由调度员检查车厢、底盘、驾驶室及冷机，确认无藏匿物品，车厢门加施封条。",
              "外来提货车辆进入月台前，保安核对司机身份证、提货单和车牌号。",
              "检查情况登记在《集装箱检查及车辆检查记录》车辆栏内。"]:
        d.add_paragraph(t)
    d.add_paragraph(f"{WH} 安全管理部 发布")
    d.add_picture(str(seal), width=Cm(3.0))
    d.save(path)


def wh_records_docx(path, seal, rng):
    d = new_doc()
    d.add_heading("集装箱检查及车辆检查记录（2026年3月）", 1)
    d.add_paragraph(f"{WH} 城阳冷库   货主：{CO}   表号：GY-JL-03-07")
    rows = [["日期", "箱号", "铅封号", "七点检查(前/左/右/地/顶/门/外)", "车牌", "车辆检查", "仓管员", "货主代表"]]
    boxes = ["MSKU", "SUDU", "CMAU", "MNBU", "TRIU"]
    for i, day in enumerate([3, 6, 11, 14, 19, 24, 27]):
        box = f"{boxes[i % 5]}{rng.randint(1000000, 9999999)}"
        seal_no = f"H{rng.randint(100000, 999999)}"
        plate = f"鲁B{rng.randint(10000, 99999)}"
        rows.append([f"2026-03-{day:02d}", box, seal_no, "✓✓✓✓✓✓✓", plate, "车厢/底盘/驾驶室 正常", ["陈强", "李敏"][i % 2], "关务部 周涛"])
    table(d, rows)
    d.add_paragraph("备注：3月19日MNBU箱冷机外壳凹陷一处，已拍照并告知船代，箱体无孔洞，铅封完好，正常拆箱。")
    d.add_paragraph("仓储主管：孙建华   2026年3月31日")
    d.add_picture(str(seal), width=Cm(3.0))
    d.save(path)


def selfcheck_docx(path):
    d = new_doc()
    d.add_heading("海关一般认证企业标准自评表（初稿）", 1)
    d.add_paragraph("填表：关务部 2026年5月   说明：本表依据标准原文逐项自评，证明材料另附。")
    table(d, [["标准项目", "标准内容", "自评"],
              ["海关业务培训", "建立海关法律法规等相关规定的内部培训制度并有效落实。", "达标"],
              ["单证控制", "建立进出口单证复核或者纠错制度并有效落实。", "达标"],
              ["内审制度", "每年实施1次以上的内部审计并建立书面或者电子资料的档案。", "达标"],
              ["信息安全", "建立信息安全管理并有效落实。", "达标"],
              ["进入安全", "实行访客登记管理,登记时必须检查带有照片的身份证件。", "达标"],
              ["集装箱安全", "在装货前检查集装箱结构的物理完整性和可靠性，检查采取“七点检查法”。", "达标"],
              ["危机管理", "定期对员工进行危机管理的培训和危机处理模拟演练。", "达标"]])
    d.save(path)


def holiday_docx(path):
    d = new_doc()
    d.add_heading("关于2026年端午节放假安排的通知", 1)
    d.add_paragraph("各部门：根据国务院办公厅通知，2026年端午节放假时间为6月19日至6月21日，共3天。请各部门做好节前安全检查，冷链值班人员名单于6月15日前报行政部。")
    d.add_paragraph("行政部  2026年5月28日")
    d.save(path)


# ---------------------------------------------------------------- workbooks
def training_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年培训计划"
    ws.append(["序号", "培训主题", "计划时间", "对象", "组织部门"])
    ws.append([1, "海关法律法规及进口食品监管新规", "2025年11月", "管理层、关务部、质量部", "关务部"])
    ws.append([2, "信息安全与供应链安全", "2026年3月", "全体员工", "行政人事部"])
    ws.append([3, "冷库断电应急演练", "2025年10月", "仓储对接人员", "行政人事部"])
    ws2 = wb.create_sheet("20251118海关法规培训")
    ws2.append(["培训主题：进口冷冻水产品及乳制品监管规定、申报要素、海关处罚案例"])
    ws2.append(["时间：2025-11-18 14:00-17:00  地点：11楼会议室  讲师：青岛通关达报关有限公司 业务总监 韩晓东"])
    ws2.append(["姓名", "职务", "签到", "考核成绩"])
    for r in [["刘海燕", "副总经理（分管关务、贸易安全）", "刘海燕", 92], ["王磊", "关务部经理", "王磊", 95],
              ["周涛", "关务专员", "周涛", 88], ["吴婷", "单证复核岗", "吴婷", 90], ["赵敏", "质量部内勤主管", "赵敏", 86],
              ["孙立新", "财务部经理", "孙立新", 84], ["周志远", "总经理（法定代表人）", "（出差，未参加）", ""]]:
        ws2.append(r)
    ws3 = wb.create_sheet("20260312供应链安全培训")
    ws3.append(["培训主题：信息安全（账号密码、钓鱼邮件）、货物与铅封安全、异常情况报告流程"])
    ws3.append(["时间：2026-03-12 09:30-11:30  地点：11楼会议室  讲师：行政人事部 郑丽、关务部 王磊"])
    ws3.append(["姓名", "职务", "签到", "考核"])
    names = [("刘海燕", "副总经理"), ("王磊", "关务部经理"), ("周涛", "关务专员"), ("吴婷", "单证复核岗"), ("赵敏", "质量部内勤主管"),
             ("高翔", "信息专员"), ("郑丽", "行政人事专员"), ("马骏", "销售一部经理"), ("唐悦", "销售内勤"), ("许亮", "采购主管"),
             ("冯博", "物流调度"), ("何静", "会计")]
    for n, j in names:
        ws3.append([n, j, n, "合格"])
    wb.save(path)


def review_xlsx(path, rng):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    goods = [("0303149000", "冷冻大西洋鲑鱼", "挪威"), ("0306171900", "冷冻阿根廷红虾", "阿根廷"),
             ("0306171900", "冷冻南美白虾", "厄瓜多尔"), ("0405100000", "黄油", "新西兰"), ("0406900000", "马苏里拉奶酪", "新西兰")]
    for ym, nday in [("2025-12", 31), ("2026-01", 31), ("2026-02", 28), ("2026-03", 31), ("2026-04", 30)]:
        ws = wb.create_sheet(ym)
        ws.append(["复核日期", "报关单草单号", "商品编码", "品名", "原产国", "净重(kg)", "卫生证书核对", "原产地证核对", "发现问题", "处理结果", "复核人", "归档日期"])
        for k in range(rng.randint(5, 8)):
            day = sorted(rng.sample(range(2, nday - 1), 1))[0]
            code, name, origin = rng.choice(goods)
            prob, fix = "无", "—"
            if ym == "2026-02" and k == 1:
                prob, fix = "草单净重按毛重填报", "退回报关行更正后申报"
            if ym == "2026-04" and k == 2:
                prob, fix = "卫生证书有效期与提单日期不符", "暂缓申报，联系境外供应商补发证书"
            ws.append([f"{ym}-{day:02d}", f"TGD{ym.replace('-', '')}{k + 1:03d}", code, name, origin, rng.randint(18, 26) * 1000,
                       "一致", "一致" if origin != "厄瓜多尔" else "无需", prob, fix, "吴婷", f"{ym}-{min(day + 6, nday):02d}"])
    wb.save(path)


def staff_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册2026-05"
    ws.append(["工号", "姓名", "部门", "职务", "入职日期", "状态", "离职日期"])
    rows = [("HL001", "周志远", "总经办", "总经理", "2012-05-02"), ("HL002", "刘海燕", "总经办", "副总经理", "2013-03-18"),
            ("HL010", "王磊", "关务部", "关务部经理", "2016-07-01"), ("HL021", "吴婷", "关务部", "单证复核岗", "2019-09-09"),
            ("HL033", "周涛", "关务部", "关务专员", "2021-04-12"), ("HL015", "赵敏", "质量部", "内勤主管", "2017-02-20"),
            ("HL018", "孙立新", "财务部", "财务部经理", "2015-11-01"), ("HL040", "高翔", "行政人事部", "信息专员", "2022-06-06"),
            ("HL041", "郑丽", "行政人事部", "行政人事专员", "2022-08-15"), ("HL077", "唐悦", "销售一部", "销售内勤", "2026-02-23")]
    for r in rows:
        ws.append(list(r) + ["在职", ""])
    ws.append(["HL052", "林峰", "销售二部", "销售代表", "2023-03-01", "离职", "2026-01-20"])
    ws.append(["HL061", "许可", "关务部", "关务助理", "2024-07-08", "离职", "2025-10-31"])
    ws.append(["合计在职：88人（其余人员略）"])
    ws2 = wb.create_sheet("离职交接")
    ws2.append(["姓名", "部门", "离职日期", "工牌/门禁卡", "电脑", "U8账号停用", "邮箱停用", "经办人", "部门负责人签字"])
    ws2.append(["许可", "关务部", "2025-10-31", "已收回", "已收回", "2025-10-31 高翔", "2025-10-31", "郑丽", "王磊"])
    ws2.append(["林峰", "销售二部", "2026-01-20", "已收回", "已收回（笔记本SN:5CG8...）", "2026-01-20 高翔", "2026-01-20", "郑丽", "马骏"])
    wb.save(path)


def visitor_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年3-5月"
    ws.append(["日期", "来访人", "单位", "证件类型", "证件号后四位", "访客证号", "被访人/陪同", "车牌", "停放位置", "进入时间", "离开时间"])
    for r in [["2026-03-05", "韩晓东", "青岛通关达报关有限公司", "身份证", "3516", "V03", "王磊", "鲁B7Q2N1", "访客车位", "09:40", "11:20"],
              ["2026-03-18", "Erik Hansen", "Nordfjord Seafood AS", "护照", "4471", "V01", "刘海燕", "—", "—", "14:00", "16:30"],
              ["2026-04-02", "孙建华", "青岛港远冷藏物流有限公司", "身份证", "0825", "V02", "周涛", "鲁B3M66K", "访客车位", "10:10", "10:55"],
              ["2026-04-21", "李明", "中国移动青岛分公司", "身份证", "1290", "V04", "高翔（陪同至机柜间）", "鲁U5K772", "访客车位", "15:00", "15:45"],
              ["2026-05-13", "陈颖", "立信会计师事务所", "身份证", "6608", "V02", "孙立新", "—", "—", "09:00", "17:30"]]:
        ws.append(r)
    wb.save(path)


def partners_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名录"
    ws.append(["类别", "名称", "是否海关认证企业", "合作起始"])
    for r in [["境外供应商", "Nordfjord Seafood AS（挪威）", "—", "2018"], ["境外供应商", "Pesquera Austral S.A.（阿根廷）", "—", "2020"],
              ["境外供应商", "Kaimai Dairy Ltd（新西兰）", "—", "2019"], ["报关行", "青岛通关达报关有限公司", "一般认证", "2016"],
              ["仓储运输", WH, "否", "2021"]]:
        ws.append(r)
    ws2 = wb.create_sheet("2025年度评估")
    ws2.append(["评估日期", "对象", "评估内容", "得分", "结论", "评估人"])
    for r in [["2025-09-16", WH, "库区门卫、监控、七点检查记录、铅封管理、车辆检查、温控记录现场检查", 88, "合格，要求补充铅封作废登记", "王磊、周涛"],
              ["2025-09-22", "青岛通关达报关有限公司", "查验认证证书、申报差错统计", 93, "合格（认证企业）", "王磊"],
              ["2025-10-10", "Nordfjord Seafood AS", "问卷：注册号、装箱监装、铅封使用", 85, "合格", "许亮"],
              ["2025-10-10", "Pesquera Austral S.A.", "问卷：注册号、装箱监装、铅封使用", 80, "合格", "许亮"],
              ["2025-10-12", "Kaimai Dairy Ltd", "问卷：注册号、装箱监装、铅封使用", 86, "合格", "许亮"]]:
        ws2.append(r)
    ws2.append(["批准：刘海燕 2025-10-20"])
    wb.save(path)


# ---------------------------------------------------------------- text & csv
def wms_csv(path, rng):
    items = [("冷冻大西洋鲑鱼", "Nordfjord Seafood AS"), ("冷冻阿根廷红虾", "Pesquera Austral S.A."),
             ("冷冻南美白虾", "Ecuapesca Cia. Ltda."), ("黄油25kg", "Kaimai Dairy Ltd"), ("马苏里拉奶酪", "Kaimai Dairy Ltd")]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["单据号", "作业类型", "日期", "货主", "品名", "境外生产商", "箱号", "铅封号", "应收件数", "实收件数", "净重kg", "箱内温度℃",
                    "卫生证书号", "合格证明编号", "异常说明", "仓管员签字", "货主签字"])
        n = 0
        for m in (1, 2, 3, 4):
            days = sorted(set(rng.sample(range(2, 28), 7)) | ({19} if m == 3 else set()))
            for d in days:
                n += 1
                it, mk = rng.choice(items)
                cartons = rng.choice([1000, 1080, 1200, 1320])
                got = cartons
                note = ""
                if (m, d) == (3, 19):
                    got = cartons - 2
                    note = "短少2箱，已当场通知货主，见短少报告GY-DF-2026-004"
                w.writerow([f"RK2026{m:02d}{n:03d}", "入库", f"2026/{m}/{d}", "海澜冷链", it, mk, f"MSKU{rng.randint(1000000, 9999999)}",
                            f"H{rng.randint(100000, 999999)}", cartons, got, cartons * 20, -rng.randint(19, 22),
                            f"HC-{rng.randint(10000, 99999)}", "", note, rng.choice(["陈强", "李敏"]), "周涛"])
                w.writerow([f"CK2026{m:02d}{n:03d}", "出库", f"2026/{m}/{min(d + 9, 28)}", "海澜冷链", it, mk, "", "", 400, 400, 8000,
                            -rng.randint(18, 21), "", f"3702{rng.randint(10000000, 99999999)}", "", rng.choice(["陈强", "李敏"]), "冯博"])


WECHAT = """微信聊天记录导出
群聊：海澜-通关达 关务对接群（12人）
导出时间：2026-04-09 18:02

2026-03-24 09:12 王磊（海澜关务部经理）：@韩晓东 上周五放行的那票阿根廷红虾（报关单号422020260000187365），我们对入库单发现净重报的是24,000，实际入库净重23,760，装箱单是23,760，草单当时写错了没复核出来
2026-03-24 09:15 韩晓东（通关达）：收到，我查一下，是我们录入员按提单毛重填的
2026-03-24 09:31 韩晓东（通关达）：已放行的要走报关单修改，需要贵司出情况说明盖章，加上装箱单、入库单
2026-03-24 10:02 刘海燕（海澜副总）：王磊今天把情况说明做好给我签字，今天必须交，别再拖
2026-03-24 16:48 王磊（海澜关务部经理）：情况说明已盖章，扫描件发群里了 [文件] 情况说明-0187365.pdf
2026-03-25 11:20 韩晓东（通关达）：修改申请已提交，现场科说超过了他们要求的时间，要我们补一份差错原因和改进措施
2026-03-25 11:23 刘海燕（海澜副总）：我来牵头写改进措施。复核表加一栏“净重与装箱单核对”，吴婷逐票签字；通关达那边录入员换人复核
2026-03-26 15:40 韩晓东（通关达）：海关已同意修改，报关单已更新
2026-03-27 09:05 刘海燕（海澜副总）：这次按关务制度汇编第二十三条处理：单证复核岗吴婷扣当月绩效20%，部门内通报。王磊下周一把整改落实情况报我
2026-03-30 17:10 王磊（海澜关务部经理）：整改完成：复核表已加净重核对栏，3月剩余7票全部复核过，无差错。改进措施已报海关现场科
2026-03-30 17:12 刘海燕（海澜副总）：好
2026-04-09 17:58 周涛（海澜关务专员）：提醒：端午前最后一个船期是6月12日，各位提前备好卫生证书
"""


# ---------------------------------------------------------------- images
def notice_photo(path, lines, seed):
    rng = random.Random(seed)
    img = Image.new("RGB", (960, 720), (120, 98, 72))
    dr = ImageDraw.Draw(img)
    dr.rectangle((60, 50, 900, 670), fill=(200, 186, 150))
    dr.rectangle((170, 100, 800, 620), fill=(250, 250, 244))
    y = 140
    for i, ln in enumerate(lines):
        dr.text((480, y), ln, font=font(40 if i == 0 else 28), fill=(20, 20, 20), anchor="mm")
        y += 70 if i == 0 else 48
    for _ in range(3000):
        x, yy = rng.randrange(960), rng.randrange(720)
        c = rng.randint(-20, 20)
        p = img.getpixel((x, yy))
        img.putpixel((x, yy), tuple(max(0, min(255, v + c)) for v in p))
    img = img.rotate(2.5, fillcolor=(90, 80, 60))
    img = img.quantize(64)
    img.save(path, optimize=True)


def erp_screenshot(path):
    img = Image.new("RGB", (1200, 560), (236, 240, 245))
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, 1200, 40), fill=(32, 80, 150))
    dr.text((14, 8), "用友U8+  采购入库单列表   [" + CO + "]", font=font(20), fill="white")
    dr.text((14, 52), "查询条件：单据日期 2021-01-01 至 2026-05-29   仓库：港远城阳冷库   共 1,946 条", font=font(18), fill="black")
    hdr = ["单据号", "单据日期", "存货名称", "数量(箱)", "供应商", "制单人", "审核人"]
    xs = [14, 200, 360, 600, 720, 960, 1080]
    for x, h in zip(xs, hdr):
        dr.text((x, 90), h, font=font(17), fill=(30, 30, 30))
    data = [["0000000001", "2021-01-06", "冷冻大西洋鲑鱼", "1,080", "Nordfjord", "许亮", "孙立新"],
            ["0000000002", "2021-01-19", "黄油25kg", "1,200", "Kaimai", "许亮", "孙立新"],
            ["0000000003", "2021-02-03", "冷冻阿根廷红虾", "1,320", "Pesquera", "许亮", "孙立新"],
            ["……", "", "", "", "", "", ""],
            ["0000001944", "2026-04-16", "冷冻南美白虾", "1,000", "Ecuapesca", "许亮", "孙立新"],
            ["0000001945", "2026-04-28", "马苏里拉奶酪", "1,200", "Kaimai", "许亮", "孙立新"],
            ["0000001946", "2026-05-21", "冷冻大西洋鲑鱼", "1,080", "Nordfjord", "许亮", "孙立新"]]
    for i, r in enumerate(data):
        y = 124 + i * 34
        if i % 2 == 0:
            dr.rectangle((8, y - 4, 1192, y + 26), fill=(250, 250, 252))
        for x, v in zip(xs, r):
            dr.text((x, y), v, font=font(17), fill=(20, 20, 20))
    dr.text((14, 520), "截图：信息专员高翔  2026-05-29", font=font(16), fill=(90, 90, 90))
    img.quantize(32).save(path, optimize=True)


def key_ledger_scan(path):
    img = Image.new("L", (1240, 1754), 246)
    dr = ImageDraw.Draw(img)
    dr.text((620, 110), "钥匙领用登记表", font=font(48), fill=20, anchor="mm")
    dr.text((620, 170), CO + "  行政人事部", font=font(26), fill=40, anchor="mm")
    hdr = ["日期", "钥匙名称/编号", "领用人", "用途", "归还日期", "归还人签字", "经办"]
    xs = [70, 230, 470, 610, 800, 960, 1110]
    y0 = 230
    for x, h in zip(xs, hdr):
        dr.text((x, y0), h, font=font(24), fill=20)
    rows = [["2025-07-01", "档案室 K-03", "赵敏", "新任管理员", "—", "—", "郑丽"],
            ["2025-11-03", "11F东侧窗 K-09", "高翔", "空调维修", "2025-11-03", "高翔", "郑丽"],
            ["2026-01-20", "销售二部柜 K-14", "林峰", "离职交回", "2026-01-20", "林峰", "郑丽"],
            ["2026-02-24", "大门备用 K-01B", "唐悦", "新员工", "—", "—", "郑丽"],
            ["2026-04-21", "机柜间 K-05", "高翔", "移动线路检修", "2026-04-21", "高翔", "郑丽"]]
    for i, r in enumerate(rows):
        y = y0 + 60 + i * 60
        dr.line((60, y - 10, 1200, y - 10), fill=120, width=2)
        for x, v in zip(xs, r):
            dr.text((x, y), v, font=font(22), fill=30)
    img = img.rotate(-1.2, fillcolor=230).resize((930, 1316))
    import time
    fixed = time.gmtime(1779269400)  # 2026-05-20
    img.convert("RGB").save(path, "PDF", resolution=110, quality=55, creationDate=fixed, modDate=fixed)


def _fix_pdf(path: pathlib.Path):
    """Same bytes on every build: replace LibreOffice's time stamps and document id, keeping lengths."""
    import re
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: (b"D:20260520093000" + b"Z" * len(m.group(0)))[:len(m.group(0))], data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def convert(files, outdir, name):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{name}", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True, capture_output=True, timeout=300)
    for f in files:
        _fix_pdf(pathlib.Path(outdir) / (pathlib.Path(f).stem + ".pdf"))


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        seal = tmp / "seal_gy.png"
        seal_png(seal, WH)
        for sub in ("01-管理制度", "2026资料", "港远冷藏资料", "人事", "新建文件夹", "商业伙伴", "系统截图"):
            (out / sub).mkdir(parents=True, exist_ok=True)
        handbook_docx(tmp / "海澜冷链关务管理制度汇编.docx")
        wh_rules_docx(tmp / "冷库作业及安全管理规程（港远冷藏）.docx", seal)
        wh_records_docx(tmp / "附件3.docx", seal, rng)
        convert([tmp / "海澜冷链关务管理制度汇编.docx", tmp / "冷库作业及安全管理规程（港远冷藏）.docx", tmp / "附件3.docx"], tmp, NAME)
        shutil.copy(tmp / "海澜冷链关务管理制度汇编.pdf", out / "01-管理制度" / "海澜冷链关务管理制度汇编.pdf")
        shutil.copy(tmp / "冷库作业及安全管理规程（港远冷藏）.pdf", out / "港远冷藏资料" / "冷库作业及安全管理规程（港远冷藏）.pdf")
        shutil.copy(tmp / "附件3.pdf", out / "港远冷藏资料" / "附件3.pdf")
        training_rules_docx(out / "01-管理制度" / "doc12.docx")
        audit_report_docx(out / "附件2.docx")
        contract_docx(out / "商业伙伴" / "仓储服务合同-港远冷藏（节选）.docx", seal)
        selfcheck_docx(out / "自评表（初稿）.docx")
        holiday_docx(out / "关于端午节放假安排的通知.docx")
        training_xlsx(out / "2026资料" / "培训记录.xlsx")
        review_xlsx(out / "2026资料" / "报关单复核记录.xlsx", rng)
        wms_csv(out / "2026资料" / "WMS出入库导出_20260101-20260430.csv", rng)
        (out / "2026资料" / "微信聊天记录_海澜通关达对接群.txt").write_text(WECHAT, encoding="utf-8")
        staff_xlsx(out / "人事" / "员工花名册及离职交接.xlsx")
        visitor_xlsx(out / "新建文件夹" / "来访人员登记2026.xlsx")
        partners_xlsx(out / "商业伙伴" / "合格供方及物流商评估2025.xlsx")
        erp_screenshot(out / "系统截图" / "U8采购入库查询.png")
        key_ledger_scan(out / "扫描件003.pdf")
        notice_photo(out / "IMG_20260314_093015.png",
                     ["来访人员须知", "1. 请在前台登记并出示身份证件", "2. 领取并佩戴访客证", "3. 由被访人陪同进入办公区", "4. 离开时交回访客证", "行政人事部 2025年6月"], 1)
        notice_photo(out / "IMG_20260314_093122.png",
                     ["员工食堂 本周菜单", "周一  红烧鸡块 清炒油麦菜", "周二  番茄牛腩 蒜蓉西兰花", "周三  清蒸鲅鱼 醋溜土豆丝",
                      "周四  宫保鸡丁 紫菜蛋花汤", "周五  饺子（三鲜/白菜猪肉）"], 2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
