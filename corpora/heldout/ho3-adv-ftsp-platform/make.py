"""Held-out bundle ho3-adv-ftsp-platform: 杭州融通汇达供应链服务有限公司 (外贸综合服务平台),
高级认证申请材料 as the company's AEO project team handed it in (as_of 2026-12-31).

Deterministic: fixed dates, random.Random(NAME); DOCX -> PDF through LibreOffice in a temp dir.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

NAME = "ho3-adv-ftsp-platform"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CO = "杭州融通汇达供应链服务有限公司"
PLAT = "汇达通外贸综合服务平台"

# people (job titles appear next to names in the documents)
WANG = "王建平"   # 董事长兼总经理、法定代表人
CHEN = "陈思远"   # 副总经理（分管关务与贸易安全）
LI = "李娜"       # 关务部经理（关务负责人）
ZHAO = "赵磊"     # 风险管理部经理
SUN = "孙浩"      # 信息技术部经理
ZHOU = "周敏"     # 行政人事部主管
LIU = "刘洋"      # 单证审核专员
WU = "吴婷"       # 内审专员（财务部）


# ----------------------------------------------------------------------------- docx helpers
def _doc(font: str = "Noto Serif CJK SC", size: float = 10.5) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.line_spacing = 1.15
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(2.2)
        s.left_margin = s.right_margin = Cm(2.4)
    return d


def _p(d, text: str, bold: bool = False, size: float | None = None, center: bool = False,
       right: bool = False, color: RGBColor | None = None):
    para = d.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para


def _table(d, rows: list[list[str]], widths: list[float] | None = None, size: float = 9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.font.size = Pt(size)
            run.bold = i == 0
            if widths:
                cell.width = Cm(widths[j])
    return t


def _stamp(path: Path, text: str, sub: str = "合同专用章") -> Path:
    """A red round company seal as a small PNG (inserted into Word documents)."""
    im = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    red = (200, 30, 30, 230)
    dr.ellipse((10, 10, 290, 290), outline=red, width=9)
    f = ImageFont.truetype(SANS, 26, index=2)
    star = ImageFont.truetype(SANS, 60, index=2)
    dr.text((150, 150), "★", font=star, fill=red, anchor="mm")
    n = len(text)
    import math
    for k, ch in enumerate(text):
        ang = math.radians(200 + k * (140 / max(n - 1, 1)))
        x, y = 150 + 108 * math.cos(ang), 150 + 108 * math.sin(ang)
        dr.text((x, y), ch, font=f, fill=red, anchor="mm")
    dr.text((150, 222), sub, font=ImageFont.truetype(SANS, 22, index=2), fill=red, anchor="mm")
    im.save(path)
    return path


def _convert(files: list[Path], outdir: Path) -> None:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for f in files:  # fixed creation date (same byte length, so the xref table stays valid)
        pdf = outdir / (f.stem + ".pdf")
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20261201090000", pdf.read_bytes())
        data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)  # trailer /ID
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
        pdf.write_bytes(data)


# ----------------------------------------------------------------------------- 管理制度汇编
CHAPTERS: list[tuple[str, list[str]]] = [
    ("第一章  关务法规培训管理办法", [
        "第一条  为使公司员工及时掌握海关法律法规和监管要求，制定本办法。本办法由关务部归口管理，行政人事部配合组织。",
        "第二条  关务部每年12月编制下一年度《关务法规培训计划》，报分管副总经理批准后执行。年度内部培训不少于两期，上半年、下半年各一期。",
        "第三条  董事长（法定代表人）、分管关务与贸易安全的副总经理、关务部经理应当参加每一期内部培训；因故不能参加的，须书面请假并在一个月内参加补训。",
        "第四条  每期培训须留存培训通知、课件、签到表及现场照片；签到表须由本人签名，不得代签。",
        "第五条  培训结束后由关务部组织随堂测试，测试成绩归入员工培训档案，作为年度考核参考。",
        "第六条  海关发布新的监管规定时，关务部应在15个工作日内组织专题学习。",
    ]),
    ("第二章  组织机构与岗位职责", [
        "第七条  公司设关务部、风险管理部、单证审核中心、信息技术部、财务部、行政人事部及业务运营部。",
        "第八条  副总经理陈思远分管关务及贸易安全工作，对公司海关事务负领导责任；关务部经理李娜为关务负责人，负责日常报关、退税申报的组织与对外联络。",
        "第九条  风险管理部负责平台客户的准入审核、风险评级、日常风险监控和预警处置，重点关注客户及其生产工厂的内控状况、守法记录和供应链安全状况，每月向总经理办公会报告风险情况。",
        "第十条  单证审核中心设专职审核员，负责对客户订单对应的货物、生产工厂、品牌授权或进货凭证、监管证件及商业单据进行审核。",
        "第十一条  财务部负责会计核算、结算与退税资金管理，并设内审专员一名，独立开展内部审计。",
        "第十二条  信息技术部负责平台及内部系统的运行维护、数据备份与信息安全。行政人事部负责办公场所安全、出入管理和人事管理。",
    ]),
    ("第三章  报关单证审核与差错纠正规定", [
        "第十三条  所有委托报关的单证实行“一审一复”：单证审核专员初审，关务部指定人员复核，复核人在平台审核记录中签署意见后方可申报。",
        "第十四条  复核内容包括品名、商品编码、申报要素、数量重量、价格、贸易方式、运抵国及随附单证的一致性。",
        "第十五条  发现差错的，审核人员退回业务运营部或客户补正，并在《单证复核及差错登记表》中登记差错类型、原因及处理结果。",
        "第十六条  已申报单证发现差错的，关务部应在当日报告关务负责人，按海关规定办理修改或撤销手续。",
        "第十七条  关务部每季度汇总差错情况，分析原因，提出改进措施。",
    ]),
    ("第四章  单证与档案管理办法", [
        "第十八条  报关单、合同、发票、装箱单、提单、退税申报资料等纸质单证由关务部按月装订归档，电子单证在平台档案库同步保存，保存期限不少于五年。",
        "第十九条  与平台客户签订的外贸综合服务协议原件由法务专员统一编号、登记台账后存入档案室。",
        "第二十条  装货现场照片和视频由业务运营部上传平台，视频文件在平台服务器保存30日后自动覆盖。",
        "第二十一条  出口货物涉及的产品技术标准、检测报告由客户提供，随订单资料一并归档。",
        "第二十二条  报关专用章、海关核发的各类证书和法律文书由关务部指定专人保管，使用时登记。",
        "第二十三条  公司为海关认证工作建立专门档案（纸质及电子），由关务部负责收集、更新。",
        "第二十四条  档案借阅须经关务部经理批准并登记；单证不得擅自销毁、涂改。",
    ]),
    ("第五章  内部审计制度", [
        "第二十五条  内审专员每年至少对公司进出口及平台服务活动开展一次全面内部审计，审计范围包括单证管理、客户准入、风险监控、信息系统、贸易安全等环节。",
        "第二十六条  内审工作按照“计划—现场检查—出具报告—跟踪整改”程序开展，审计底稿和报告归档保存。",
        "第二十七条  审计报告报董事长和分管副总经理，对发现的问题明确责任部门和整改期限。",
        "第二十八条  内审专员对整改情况进行跟踪验证，整改结果由分管副总经理签字确认。",
    ]),
    ("第六章  问题整改与责任追究办法", [
        "第二十九条  对内部审计、日常检查、客户投诉及海关监管中发现的问题，由责任部门制定整改方案，明确整改时限和责任人。",
        "第三十条  海关要求改正或限期整改的事项，由分管关务的副总经理牵头组织，董事长督办，整改完成后向海关书面反馈。",
        "第三十一条  因故意或重大过失导致申报差错、违反海关规定的，视情节给予通报批评、扣减绩效、调岗直至解除劳动合同；给公司造成损失的，依法追偿。",
        "第三十二条  整改及追责情况由关务部登记，在总经理办公会上通报。",
    ]),
    ("第七章  信息系统与数据管理办法", [
        "第三十三条  公司使用汇达通平台（含订单、关务、物流、退税、结算、信保、风控模块）及用友财务系统开展经营管理。",
        "第三十四条  平台业务数据、单证影像和操作日志实时写入数据库，每日增量备份，每周全量备份至异地机房。",
        "第三十五条  平台数据及财务数据保存期限不少于五年；系统上线（2019年3月）以来的业务数据均在线可查。",
        "第三十六条  数据录入以客户提交和系统对接数据为准，任何人员不得擅自修改已提交数据；确需更正的，须经审批并保留修改痕迹。",
        "第三十七条  信息技术部每季度检查数据完整性和备份可恢复性，并形成检查记录。",
    ]),
    ("第八章  信息安全管理规定", [
        "第三十八条  员工使用个人账号登录系统，密码长度不少于8位并每90天更换；禁止共用账号。",
        "第三十九条  服务器机房实行门禁管理，非信息技术部人员进入须登记并由专人陪同。",
        "第四十条  办公电脑统一安装防病毒软件，禁止私自安装软件和使用未经登记的移动存储设备。",
        "第四十一条  员工离职当日由信息技术部停用其全部系统账号。",
        "第四十二条  信息技术部每年至少组织一次信息安全培训。",
        "第四十三条  违反本规定泄露客户数据或造成系统损害的，按第三十一条追究责任；情节严重的移交司法机关。",
    ]),
    ("第九章  办公场所安全与出入管理规定", [
        "第四十四条  公司办公区位于融通大厦12层，实行刷卡门禁；前台在工作时间值守，非工作时间由大厦保安巡查。",
        "第四十五条  员工凭工牌刷卡进入，工牌由行政人事部统一制发、登记和回收；档案室、机房、单证室为限制区域，仅授权人员可进入。",
        "第四十六条  来访人员须在前台出示身份证件并登记，领取访客卡，由被访人陪同进入办公区；离开时交回访客卡。",
        "第四十七条  来访车辆停放在大厦B2层访客车位，员工车辆停放在公司租用车位。",
        "第四十八条  发现身份不明人员或未经许可进入限制区域的，前台或员工应立即询问、劝离，并报告行政人事部，必要时报警。",
        "第四十九条  行政人事部每月检查门禁、监控设备运行情况。",
    ]),
    ("第十章  人事安全管理规定", [
        "第五十条  招聘时核验应聘人员身份证件、学历和工作经历，关键岗位（关务、单证、风控、信息技术、财务）须提交无犯罪记录证明。",
        "第五十一条  行政人事部建立员工档案和员工花名册，入职、调岗、离职当月更新。",
        "第五十二条  员工离职须办理交接：收回工牌、电脑及设备、钥匙，停用系统账号，交接单由部门负责人和行政人事部签字。",
        "第五十三条  离职人员不得再进入公司办公区；确需来访的，按来访人员管理。",
    ]),
    ("第十一章  物流服务商及合作伙伴安全管理办法", [
        "第五十四条  本办法适用于为平台订单提供运输、仓储、货代服务的物流服务商及报关合作单位。",
        "第五十五条  选择物流服务商前，风险管理部发放安全调查问卷，了解其资质、安全管理和海关信用等级。",
        "第五十六条  公司与物流服务商签订的合同中应包含货物安全、单证真实和信息保密条款。",
        "第五十七条  风险管理部每年对主要物流服务商进行一次评价，评价结果分为合格、限期整改、淘汰。已取得海关高级认证的服务商可免于现场评价。",
    ]),
    ("第十二章  货物运输与车辆管理规定", [
        "第五十八条  出口货物由客户工厂或公司合作仓库装货，物流服务商负责运输至港区；货物交接须清点件数并签字。",
        "第五十九条  装货完成后由物流服务商施加封条，封条号码记录在平台订单中。",
        "第六十条  集装箱由物流服务商负责提箱和检查。",
        "第六十一条  物流服务商派出的运输车辆须在平台登记车牌号和驾驶员信息，驾驶员到厂提货时出示身份证件。",
        "第六十二条  运输途中发生异常（延误、封条破损、事故）的，物流服务商须立即通知公司业务运营部。",
    ]),
    ("第十三章  突发事件应急预案", [
        "第六十三条  公司成立应急领导小组，组长为董事长王建平，副组长为副总经理陈思远，成员为各部门负责人。",
        "第六十四条  本预案适用于台风、火灾、系统瘫痪、数据泄露、货物被盗或被调包、港区停运等突发事件。",
        "第六十五条  事件发生后，发现人立即报告部门负责人及应急领导小组；领导小组启动响应，组织处置并通知受影响客户。",
        "第六十六条  突发事件影响货物申报、查验、放行或监管货物安全的，关务部应在24小时内向主管海关报告。",
        "第六十七条  应急领导小组每年组织至少一次应急演练，演练记录存档。",
    ]),
    ("第十四章  供应链安全培训管理", [
        "第六十八条  行政人事部会同关务部每年组织供应链安全培训，内容包括货物装运安全、封条管理、可疑情况识别与报告、客户风险识别等。",
        "第六十九条  新员工入职一个月内须完成供应链安全基础培训。",
        "第七十条  应急处置和异常报告的培训结合年度应急演练进行。",
        "第七十一条  培训签到表、课件和测试结果归入培训档案。",
    ]),
]


def huibian(tmp: Path) -> Path:
    d = _doc()
    for _ in range(6):
        _p(d, "")
    _p(d, CO, bold=True, size=20, center=True)
    _p(d, "管理制度汇编", bold=True, size=26, center=True)
    _p(d, "（2026年修订版）", size=14, center=True)
    _p(d, "")
    _p(d, "编号：RTHD-GL-2026-01        受控状态：受控", center=True)
    _p(d, "发布日期：2026年2月20日        实施日期：2026年3月1日", center=True)
    _p(d, "")
    _p(d, "目  录", bold=True, size=14, center=True)
    for k, (title, _arts) in enumerate(CHAPTERS, start=2):
        _p(d, f"{title} …………………… {k}", center=True)
    for title, arts in CHAPTERS:
        d.add_page_break()
        _p(d, title, bold=True, size=15, center=True)
        _p(d, "")
        for a in arts:
            _p(d, a)
        _p(d, "")
        _p(d, f"{CO}  2026年修订", size=9, right=True)
    path = tmp / "融通汇达管理制度汇编（2026年修订）.docx"
    d.save(path)
    return path


# ----------------------------------------------------------------------------- 平台运营规则 (DOCX)
RULES = [
    ("第一章  总则", [
        f"第一条  为规范{PLAT}（以下简称“平台”）的运营，保障平台客户进出口业务真实合规，根据国家有关法律法规及海关监管要求，制定本规则。",
        "第二条  本规则适用于通过平台办理通关、物流、出口退税、外汇结算、出口信用保险等综合服务的全部客户。",
        "第三条  本规则及其附件《禁止及限制承接品类目录》《客户准入审查标准》在平台官网“规则中心”栏目向社会公开。",
    ]),
    ("第二章  客户准入", [
        "第四条  申请使用平台服务的客户，须在线提交营业执照、海关备案信息、法定代表人身份证明、生产工厂信息（自有或委托加工）、主要出口产品清单及近一年出口情况。",
        "第五条  风险管理部在5个工作日内完成准入审核，审核内容包括：主体资质、海关信用等级、是否被列入失信联合惩戒对象、近两年海关行政处罚记录、生产能力与申报出口规模是否匹配。",
        "第六条  对生产型客户或其委托工厂的核查，可采取视频远程核验、查验工厂照片和水电费凭证等方式进行；风险管理部认为必要时，可安排实地走访。",
        "第七条  被列入失信联合惩戒对象、海关失信企业的，一律不予准入；已准入客户被列入的，立即暂停服务。",
    ]),
    ("第三章  客户分级与持续监控", [
        "第八条  平台根据准入审核结果、交易数据、违法记录和风险预警情况，将客户分为A（低风险）、B（一般风险）、C（较高风险）三级，每季度调整一次。",
        "第九条  C级客户的每票订单须经风险管理部人工复核后方可申报；年出口额超过3000万美元或近一年有违法记录的客户，风险管理部每半年进行一次重新核查。",
        "第十条  客户被海关处罚或发现违规行为的，风险管理部对其近12个月经平台办理的订单进行回溯检查，查明是否存在同类问题，并视情况调降等级或终止合作。",
    ]),
    ("第四章  禁止及限制承接品类", [
        "第十一条  平台不承接下列货物：国家禁止进出口货物；两用物项和技术；濒危物种及其制品；固体废物；涉嫌侵犯知识产权的货物；易制毒化学品。",
        "第十二条  下列货物须经风险管理部专项审批后方可承接：需取得许可证件的货物；食品、化妆品；锂电池等危险品；品牌类服装、鞋帽、箱包（须提供品牌授权）。",
        "第十三条  《客户准入审查标准》和本章目录随本规则一并公开，修订时提前15日公告。",
    ]),
    ("第五章  单证审核与申报前校验", [
        "第十四条  单证审核中心对每票订单审核：生产工厂信息、品牌授权书或合法进货凭证、监管证件、合同发票箱单的真实性和一致性。审核不通过的订单不得进入申报环节。",
        "第十五条  报关单草稿生成后，平台自动进行申报要素逻辑校验，并调用价格数据库和历史交易库进行价格偏离、归类一致性比对；出现预警的，由关务部人工复核处理。",
        "第十六条  关务部每月分析价格、归类预警数据，对重复出现问题的客户和商品加强监控。",
    ]),
    ("第六章  货物核查与装运监督", [
        "第十七条  单笔货值超过50万美元的订单，由业务运营部派员到厂验货并现场监装。",
        "第十八条  交易额小但频繁、年累计超过500万美元的客户，每季度至少抽取一票派员查验。",
        "第十九条  其他订单由客户上传装货现场照片或视频，须能反映产品外包装、堆放、装箱过程及运输车辆车牌。",
        "第二十条  发现货物与申报不符或存在违法嫌疑的，立即停止申报，报告关务部经理和分管副总经理，由关务部向海关报告。",
    ]),
    ("第七章  资料保存", [
        "第二十一条  报关单证、物流单据、退税申报资料、与客户签订的综合服务协议在平台档案库电子化保存，保存期限不少于五年。",
        "第二十二条  平台为客户办理出口退税的，退税申报表、报关单、发票、收汇凭证等资料按退税申报批次归档，由财务部负责保管。",
    ]),
    ("第八章  客户培训", [
        "第二十三条  关务部每半年面向平台客户举办一次海关法规与合规操作培训（线上直播或线下），新准入客户须在首票业务前完成平台合规课程。",
        "第二十四条  每次培训后进行在线测试和满意度评价，关务部汇总测试通过率和评价结果，用于改进下一期培训内容。",
    ]),
    ("第九章  附则", [
        "第二十五条  本规则由风险管理部负责解释，自2026年1月1日起施行。2024年5月发布的V2.0同时废止。",
    ]),
]


def rules_docx(out: Path) -> None:
    d = _doc()
    _p(d, f"{PLAT}运营规则", bold=True, size=18, center=True)
    _p(d, "（V3.2  2025年12月28日发布）", center=True)
    for title, arts in RULES:
        _p(d, title, bold=True, size=12, center=True)
        for a in arts:
            _p(d, a)
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


# ----------------------------------------------------------------------------- service agreement
AGREE_CLAUSES = [
    ("第一条  服务内容", "乙方通过汇达通平台为甲方提供出口通关、国际物流、出口退税代办、外汇结算及出口信用保险投保等综合服务，具体以甲方在平台提交的订单为准。"),
    ("第二条  甲方义务", "甲方保证提交的订单、工厂信息、品牌授权或进货凭证、合同发票箱单等资料真实、完整、有效，货物与申报一致；不得利用乙方平台出口禁止或未经审批的限制类货物。"),
    ("第三条  乙方义务", "乙方按平台运营规则审核单证、办理申报，及时向甲方反馈海关查验、退单等信息，并对甲方商业信息保密。"),
    ("第四条  装运与验货", "甲方同意乙方或乙方委托人员到甲方工厂验货、监装，并按乙方要求上传装货现场照片或视频。"),
    ("第五条  费用与结算", "服务费按平台公示标准收取，每月结算一次。"),
    ("第六条  资料保存", "双方对本协议项下的进出口单证各自保存不少于五年，海关核查时应相互配合提供。"),
    ("第七条  贸易安全", "甲方应参照海关认证企业标准的要求，建立并持续完善本企业在货物生产、包装、仓储、装运环节的安全管理，包括厂区出入管理、装货区域监控、封条使用和人员安全管理；乙方有权每年对甲方的贸易安全管理情况进行检查，甲方应予配合并对发现的问题限期整改。"),
    ("第八条  违约责任", "甲方提供虚假资料或瞒报货物的，乙方有权立即终止服务，由此产生的海关处罚、税款及损失由甲方承担。"),
    ("第九条  协议期限", "本协议有效期自签订之日起两年。期满前30日双方无异议的，自动续期一年。"),
    ("第十条  争议解决", "因本协议引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。"),
]


def agreement(tmp: Path, signed: bool, stamp_a: Path | None = None, stamp_b: Path | None = None) -> Path:
    d = _doc()
    _p(d, "外贸综合服务协议", bold=True, size=18, center=True)
    if signed:
        _p(d, "协议编号：HDT-FW-2026-0117", right=True)
        _p(d, "甲方（客户）：宁波恒润五金制品有限公司")
        _p(d, "统一社会信用代码：91330206MA2H3K7L5X")
        _p(d, f"乙方（服务方）：{CO}")
    else:
        _p(d, "协议编号：HDT-FW-______-______", right=True)
        _p(d, "甲方（客户）：________________________________")
        _p(d, "统一社会信用代码：____________________________")
        _p(d, f"乙方（服务方）：{CO}")
    _p(d, "甲乙双方经平等协商，就乙方为甲方提供外贸综合服务事宜达成如下协议：")
    for head, body in AGREE_CLAUSES:
        _p(d, head, bold=True)
        _p(d, body)
    _p(d, "")
    if signed:
        _p(d, "甲方（盖章）：宁波恒润五金制品有限公司        乙方（盖章）：" + CO)
        para = d.add_paragraph()
        para.add_run().add_picture(str(stamp_a), width=Cm(3.2))
        para.add_run("                                    ")
        para.add_run().add_picture(str(stamp_b), width=Cm(3.2))
        _p(d, "授权代表（签字）：徐国栋（总经理）              授权代表（签字）：陈思远（副总经理）")
        _p(d, "签订日期：2026年3月9日                          签订日期：2026年3月9日")
        name = "外贸综合服务协议_宁波恒润_已签.docx"
    else:
        _p(d, "甲方（盖章）：                                  乙方（盖章）：")
        _p(d, "授权代表（签字）：                              授权代表（签字）：")
        _p(d, "签订日期：     年   月   日                      签订日期：     年   月   日")
        name = "外贸综合服务协议（模板）.docx"
    path = tmp / name
    d.save(path)
    return path


# ----------------------------------------------------------------------------- meeting minutes
MEETINGS = [
    ("2026年第1次总经理办公会纪要", "2026年1月12日 9:30", [
        f"出席：{WANG}（董事长兼总经理）、{CHEN}（副总经理）、{LI}（关务部经理）、{ZHAO}（风险管理部经理）、{SUN}（信息技术部经理）、财务部经理杨帆、{ZHOU}（行政人事部主管）",
        "记录：王小雨（总经办）",
        f"一、会议决定由副总经理{CHEN}分管关务及贸易安全工作，{LI}任关务负责人。相关分工写入2026年修订的管理制度汇编第二章。",
        f"二、原风控专员岗位升格为风险管理部，{ZHAO}任部门经理，编制4人，负责客户准入审核、分级和日常预警处置，每月在办公会上报告风险情况。",
        "三、同意启动海关高级认证申请工作，成立认证工作小组，由关务部建立认证专门档案（纸质档案盒及共享盘“AEO认证”目录）。",
        "四、风险管理部报告：2025年12月平台风险预警87条，已处置85条，2条待客户补充资料。",
    ]),
    ("2026年第6次总经理办公会纪要", "2026年6月22日 14:00", [
        f"出席：{WANG}、{CHEN}、{LI}、{ZHAO}、{SUN}、杨帆、{WU}（内审专员）",
        "记录：王小雨（总经办）",
        f"一、{WU}汇报2026年度内部审计情况（报告编号NS-2026-01），共发现问题4项。会议要求各责任部门按报告所列期限整改，由{CHEN}牵头督促。",
        "二、关于5月杭州海关稽查科对我司2025年部分出口报关单的核查，海关要求对3票申报要素填报不规范的情况予以改正并完善复核流程。会议决定：由{0}组织关务部于7月15日前完成更正及流程修订，并向海关书面反馈。".format(CHEN),
        "三、风险管理部报告：5月、6月共暂停2家客户服务（1家被列入失信名单，1家工厂产能与申报量明显不符）。",
        "四、同意信息技术部采购平台服务器扩容，用于延长装货视频保存时间，预算待财务部审核。",
    ]),
    ("2026年第9次总经理办公会纪要", "2026年9月16日 9:00", [
        f"出席：{WANG}、{CHEN}、{LI}、{ZHAO}、{SUN}、杨帆、{ZHOU}",
        "记录：王小雨（总经办）",
        "一、台风“海葵”影响处置情况：9月11日至12日宁波舟山港北仑港区停止作业，应急领导小组于9月10日启动应急预案，业务运营部逐一通知受影响的37票订单客户，协调物流服务商调整船期；"
        f"关务部{LI}于9月11日电话并书面告知北仑海关现场业务科，对已申报未装船的12票报关单办理改配手续。各项工作已于9月15日恢复正常。",
        f"二、关务部确认：7月已完成海关要求的3票报关单改正，复核流程已修订并于7月12日书面报送海关（见关务部发文RTHD-GW-2026-031）。",
        "三、服务器扩容推迟至2027年第一季度，装货视频暂维持现有保存方式。",
        "四、下半年关务法规培训定于9月22日举行，请各位领导准时参加。",
    ]),
]


def minutes(tmp: Path) -> Path:
    d = _doc()
    for k, (title, when, lines) in enumerate(MEETINGS):
        if k:
            d.add_page_break()
        _p(d, CO, bold=True, size=12, center=True)
        _p(d, title, bold=True, size=16, center=True)
        _p(d, f"时间：{when}        地点：融通大厦12层第一会议室")
        for line in lines:
            _p(d, line)
        _p(d, "")
        _p(d, f"签发：{WANG}", right=True)
    path = tmp / "2026年总经理办公会纪要.docx"
    d.save(path)
    return path


# ----------------------------------------------------------------------------- internal audit report
def audit_report(tmp: Path) -> Path:
    d = _doc()
    _p(d, CO, bold=True, size=12, center=True)
    _p(d, "2026年度进出口及平台服务活动内部审计报告", bold=True, size=16, center=True)
    _p(d, "报告编号：NS-2026-01        审计期间：2025年6月1日至2026年5月31日")
    _p(d, f"审计人员：{WU}（内审专员）        现场审计时间：2026年6月2日至6月9日        报告日期：2026年6月10日")
    _p(d, "一、审计范围", bold=True)
    _p(d, "本次审计覆盖关务部、单证审核中心、风险管理部、业务运营部、信息技术部、行政人事部，抽查报关单120票、客户准入档案40份、服务协议30份、装货照片和视频记录60票、来访登记6个月、离职交接单9份。")
    _p(d, "二、总体评价", bold=True)
    _p(d, "公司单证复核、客户准入和风险预警流程总体运行有效，平台数据保存完整；装运监督、来访管理和合作伙伴管理存在薄弱环节。")
    _p(d, "三、发现的问题", bold=True)
    _table(d, [
        ["序号", "问题描述", "责任部门", "整改期限"],
        ["1", "抽查3票报关单申报要素（品牌类型、出口享惠情况）填报不完整，复核未发现。", "关务部", "2026-07-15"],
        ["2", "装货视频平台仅保留30日，审计时已无法调阅2026年3月前的视频；派员现场监装票数占比偏低。", "业务运营部/信息技术部", "2026-12-31"],
        ["3", "来访登记表中有6人次未记录证件号码。", "行政人事部", "2026-07-31"],
        ["4", "2025年度未对主要物流服务商开展年度评价，仅收回调查问卷。", "风险管理部", "2026-09-30"],
    ], widths=[1.2, 9.5, 3.2, 2.3])
    d.add_page_break()
    _p(d, "四、整改跟踪记录", bold=True, size=13)
    _table(d, [
        ["序号", "整改措施", "完成情况", "验证人/日期"],
        ["1", "对3票报关单办理更正；修订复核清单，增加申报要素逐项勾选。", "已完成", f"{WU} 2026-07-14"],
        ["2", "提出服务器扩容方案；监装比例提升计划。", "未完成（扩容推迟至2027年一季度）", f"{WU} 2026-11-30"],
        ["3", "前台登记改用带证件号必填项的新表格，对前台人员进行提醒。", "已完成", f"{WU} 2026-07-20"],
        ["4", "风险管理部已制定评价表，计划年底前完成评价。", "进行中", f"{WU} 2026-11-30"],
    ], widths=[1.2, 8.0, 4.5, 2.5])
    _p(d, "")
    _p(d, "五、结论", bold=True)
    _p(d, "问题1、3已整改完毕；问题2、4尚未完成，继续跟踪。")
    _p(d, "")
    _p(d, f"内审专员：{WU}            审核：杨帆（财务部经理）")
    _p(d, f"整改确认：{CHEN}（副总经理）  2026年11月30日")
    _p(d, f"呈报：{WANG}（董事长）")
    path = tmp / "内审报告NS-2026-01.docx"
    d.save(path)
    return path


# ----------------------------------------------------------------------------- declaration
def declaration(tmp: Path) -> Path:
    d = _doc()
    _p(d, "无犯罪记录声明", bold=True, size=18, center=True)
    _p(d, "")
    _p(d, "杭州海关：")
    _p(d, f"本人郑重声明：截至本声明签署之日，本人在最近两年内未因故意犯罪受过刑事处罚，亦未被列入失信被执行人等联合惩戒名单。如有不实，愿承担相应法律责任。")
    _p(d, "")
    _table(d, [
        ["姓名", "职务", "身份证号（后四位）", "签名", "日期"],
        [WANG, "董事长兼总经理（法定代表人）", "3517", WANG, "2026-11-20"],
        [CHEN, "副总经理（分管关务、贸易安全）", "0426", CHEN, "2026-11-20"],
        [LI, "关务部经理（关务负责人）", "2248", LI, "2026-11-20"],
        ["杨帆", "财务部经理", "1093", "杨帆", "2026-11-21"],
    ], widths=[2.2, 5.5, 3.2, 2.2, 2.5], size=10)
    _p(d, "")
    _p(d, "附：上述人员户籍地公安机关出具的无犯罪记录证明复印件（4份，另册）")
    _p(d, f"{CO}（盖章）", right=True)
    path = tmp / "附件5.docx"
    d.save(path)
    return path


# ----------------------------------------------------------------------------- partner questionnaire (quotes the standard)
def questionnaire(out: Path) -> None:
    d = _doc()
    _p(d, f"{CO}", bold=True, center=True)
    _p(d, "物流服务商供应链安全调查问卷（回函）", bold=True, size=16, center=True)
    _p(d, "填报单位：宁波港通国际物流有限公司        填报人：鲍志强（安全主管）        日期：2025年11月6日")
    rows = [
        ["序号", "调查问题", "服务商回复"],
        ["1", "贵司是否取得海关认证？信用等级？", "目前为海关注册登记企业，尚未认证，计划2027年申请。"],
        ["2", "贵司是否建立集装箱检查制度？", "我司已建立保证集装箱完整性、安全性的管理制度并有效落实。"],
        ["3", "贵司如何保证运输车辆安全？", "我司已建立保证运输工具的完整性、安全性的管理制度并有效落实。"],
        ["4", "货物在运输、装卸和存储过程中如何保证安全？", "我司建立保证进出口货物、进出境物品在运输、装卸和存储过程中的完整性、安全性的管理制度并有效落实。"],
        ["5", "是否对员工开展安全培训？", "定期对员工进行与国际贸易供应链中货物流动相关风险的教育和培训。"],
        ["6", "是否制定应急预案？", "建立应对灾害、紧急情况的应急预案。"],
        ["7", "封条使用情况", "使用船公司提供的封条。"],
    ]
    _table(d, rows, widths=[1.2, 6.0, 9.0], size=10)
    _p(d, "")
    _p(d, "（以上内容由服务商自行填写，附件：营业执照复印件）")
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


# ----------------------------------------------------------------------------- irrelevant
def menu(out: Path) -> None:
    d = _doc(font="Noto Sans CJK SC")
    _p(d, "融通大厦员工餐厅  本周午餐菜单（12月7日—12月11日）", bold=True, size=14, center=True)
    _table(d, [
        ["日期", "荤菜", "素菜", "汤", "主食"],
        ["周一", "红烧狮子头 / 香煎鸡腿", "清炒西兰花", "番茄蛋汤", "米饭、花卷"],
        ["周二", "糖醋里脊 / 清蒸鲈鱼", "蒜蓉空心菜", "紫菜虾皮汤", "米饭、葱油拌面"],
        ["周三", "东坡肉 / 宫保鸡丁", "手撕包菜", "冬瓜排骨汤", "米饭、馒头"],
        ["周四", "梅菜扣肉 / 咖喱牛肉", "干煸四季豆", "酸辣汤", "米饭、炒饭"],
        ["周五", "西湖醋鱼 / 可乐鸡翅", "香菇青菜", "玉米排骨汤", "米饭、片儿川"],
    ], size=10)
    _p(d, "用餐时间 11:30—13:00，请自觉排队、光盘行动。餐卡充值请到B1层服务台。")
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


def notice(out: Path) -> None:
    d = _doc()
    _p(d, "关于2027年元旦放假安排的通知", bold=True, size=16, center=True)
    _p(d, "各部门：")
    _p(d, "根据国务院办公厅通知，2027年元旦放假时间为1月1日至1月3日，共3天。放假期间平台客服热线正常值守，"
          "紧急订单请联系业务运营部值班人员。请各部门做好节前安全检查，关闭电源门窗。")
    _p(d, "行政人事部", right=True)
    _p(d, "2026年12月24日", right=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


# ----------------------------------------------------------------------------- workbooks
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")


def _sheet(ws, title: str, groups: list[tuple[str, list[str]]], rows: list[list], date_cols=(), widths=None):
    """Row 1: merged title; rows 2-3: two-level header (a group merges across its sub-columns;
    a single column merges vertically); data from row 4. Dates as real Excel dates."""
    ncols = sum(len(subs) or 1 for _g, subs in groups)
    ws.cell(1, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    c = 1
    for g, subs in groups:
        if subs:
            ws.cell(2, c, g)
            ws.merge_cells(start_row=2, start_column=c, end_row=2, end_column=c + len(subs) - 1)
            for k, s in enumerate(subs):
                ws.cell(3, c + k, s)
            c += len(subs)
        else:
            ws.cell(2, c, g)
            ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
            c += 1
    for r in (2, 3):
        for cc in range(1, ncols + 1):
            cell = ws.cell(r, cc)
            cell.font = Font(bold=True)
            cell.fill = HEAD
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            cell = ws.cell(i, j, v)
            cell.border = BOX
            if j in date_cols and isinstance(v, (dt.date, dt.datetime)):
                cell.number_format = "yyyy/m/d"
    for j in range(1, ncols + 1):
        ws.column_dimensions[get_column_letter(j)].width = (widths or {}).get(j, 14)
    ws.freeze_panes = "A4"


CLIENTS = [
    ("宁波恒润五金制品有限公司", "91330206MA2H3K7L5X", "五金工具", "生产型"),
    ("义乌市佳禾日用品有限公司", "91330782MA29RT0Q8B", "日用百货", "贸易型"),
    ("绍兴柯桥锦纶纺织有限公司", "91330621MA2BC84Y1D", "化纤面料", "生产型"),
    ("温州鹿城鞋业有限公司", "91330302MA2CTH5N3W", "鞋类", "生产型"),
    ("台州黄岩模塑科技有限公司", "91331003MA2DX0P29K", "塑料模具", "生产型"),
    ("金华市永盛户外用品有限公司", "91330702MA2E7LQ64F", "户外用品", "生产型"),
    ("杭州桐庐笔业有限公司", "91330122MA2GJ91T7H", "文具", "生产型"),
    ("湖州安吉竹木家居有限公司", "91330523MA2FR5S02P", "竹木家具", "生产型"),
    ("嘉兴海宁经编有限公司", "91330481MA2JH8V43C", "经编布", "生产型"),
    ("义乌市星辰饰品商行", "92330782MA2K1PE56R", "饰品", "贸易型"),
    ("慈溪市蓝海小家电有限公司", "91330282MA2LW7C38E", "小家电", "生产型"),
    ("上虞区东方化工贸易有限公司", "91330604MA2MF2H71A", "化工原料", "贸易型"),
    ("永康市锐达电动工具有限公司", "91330784MA2NQ9J85G", "电动工具", "生产型"),
    ("宁海县星光文具有限公司", "91330226MA2PX3K17U", "文具", "生产型"),
]


def platform_export(out: Path, rng: random.Random) -> None:
    wb = Workbook()
    # 1 客户准入审核
    ws = wb.active
    ws.title = "客户准入审核"
    rows = []
    base = dt.date(2025, 9, 3)
    for k, (n, code, goods, kind) in enumerate(CLIENTS):
        apply = base + dt.timedelta(days=29 * k + rng.randint(0, 9))
        done = apply + dt.timedelta(days=rng.randint(2, 5))
        credit = "失信企业" if k == 11 else rng.choice(["注册登记企业", "注册登记企业", "一般认证企业", "高级认证企业"])
        blacklist = "已列入（失信被执行人）" if k == 11 else "未列入"
        verify = "—" if kind == "贸易型" else rng.choice(["视频远程核验", "视频远程核验", "工厂照片+水电凭证"])
        cap = "不匹配" if k == 6 else ("—" if kind == "贸易型" else "匹配")
        res = "不予准入" if k in (11,) else ("退回补件" if k == 6 else "准入")
        grade = "—" if res != "准入" else ("C" if k in (3, 8) else rng.choice(["A", "B", "B"]))
        rows.append([f"ZR{apply:%Y%m}{k+1:03d}", n, code, kind, goods, apply, "齐全" if k != 6 else "缺工厂租赁合同",
                     credit, blacklist, ("2025年1票申报不实（已结案）" if k in (3, 8) else "无") if k != 11 else "有",
                     verify, "", cap, res, grade, rng.choice([ZHAO, "钱佳琪", "钱佳琪"]), done])
    _sheet(ws, f"{PLAT}  客户准入审核结果导出（2025-09-01至2026-12-15）",
           [("申请编号", []), ("客户名称", []), ("统一社会信用代码", []), ("客户类型", []), ("主营商品", []),
            ("申请日期", []), ("资质核查", ["证照资料", "海关信用等级", "联合惩戒/失信核查", "两年内海关处罚"]),
            ("生产能力核查", ["核查方式", "实地考察日期", "产能与出口规模"]), ("审核结论", ["结论", "初始分级", "审核人", "完成日期"])],
           rows, date_cols=(6, 12, 17), widths={2: 28, 3: 22, 8: 14, 9: 20, 10: 24, 11: 18, 12: 14})
    # 2 风险预警
    ws = wb.create_sheet("风险预警")
    kinds = [("价格偏离", "申报单价低于价格库同类商品均价35%以上"), ("归类不一致", "同一商品与历史申报商品编码不一致"),
             ("产能不符", "月出口量超过准入核定产能"), ("品牌授权缺失", "品名含品牌但未上传授权书"),
             ("违法记录", "客户新增海关行政处罚记录"), ("收汇异常", "出口后90日未收汇")]
    rows = []
    d0 = dt.date(2025, 11, 4)
    for k in range(26):
        day = d0 + dt.timedelta(days=15 * k + rng.randint(0, 6))
        kd, desc = kinds[k % len(kinds)]
        cl = CLIENTS[rng.randrange(len(CLIENTS))][0]
        if kd == "违法记录":
            act = "回溯该客户近12个月订单，调整为C级"
        elif kd == "价格偏离":
            act = "退回客户补充成交价格说明，关务复核后申报"
        elif kd == "产能不符":
            act = "暂停接单，要求补充委托加工合同"
        else:
            act = rng.choice(["补充资料后放行", "更正商品编码后申报", "取消订单"])
        closed = day + dt.timedelta(days=rng.randint(1, 8)) if k < 24 else None
        rows.append([f"FX{day:%Y%m%d}{k:02d}", day, cl, f"HD{day:%y%m}{rng.randint(1000, 9999)}", kd, desc,
                     rng.choice(["高", "中", "中", "低"]), act, rng.choice([ZHAO, "钱佳琪", "孟凡"]), closed,
                     "已关闭" if closed else "处理中"])
    _sheet(ws, "平台风险预警及处置记录", [("预警编号", []), ("触发日期", []), ("客户", []), ("订单号", []),
           ("预警内容", ["类型", "规则说明"]), ("风险等级", []), ("处置", ["处置措施", "处置人", "关闭日期", "状态"])],
           rows, date_cols=(2, 10), widths={3: 28, 6: 34, 8: 34})
    # 3 服务合同台账
    ws = wb.create_sheet("服务合同台账")
    rows = []
    for k, (n, _c, _g, _kind) in enumerate(CLIENTS):
        if k in (6, 11):
            continue
        signed = dt.date(2024, 4, 8) + dt.timedelta(days=61 * k + rng.randint(0, 20))
        if n.startswith("宁波恒润"):
            signed = dt.date(2026, 3, 9)
        ver = "2026版" if signed >= dt.date(2026, 1, 1) else ("2025版" if signed >= dt.date(2025, 1, 1) else "2024版")
        sec = "否" if ver == "2024版" else "是"
        no = "HDT-FW-2026-0117" if n.startswith("宁波恒润") else f"HDT-FW-{signed:%Y}-{rng.randint(1, 300):04d}"
        rows.append([no, n, ver, signed, signed.replace(year=signed.year + 2), sec, "档案室A-3柜 / 平台档案库",
                     "法务专员 沈丽"])
    _sheet(ws, "外贸综合服务协议登记台账", [("协议编号", []), ("客户名称", []), ("合同信息", ["文本版本", "签订日期", "到期日期", "含贸易安全条款"]),
           ("归档", ["存放位置", "登记人"])], rows, date_cols=(4, 5), widths={1: 20, 2: 28, 7: 24})
    # 4 客户投诉
    ws = wb.create_sheet("客户投诉")
    topics = ["退税款到账慢于承诺时限", "平台结算页面显示汇率与银行不一致", "客服电话高峰时段无人接听",
              "订舱确认延迟导致甩柜", "发票开具信息错误", "报关单状态未及时更新"]
    rows = []
    for k, t in enumerate(topics):
        day = dt.date(2026, 2, 10) + dt.timedelta(days=47 * k)
        rows.append([f"TS2026{k+1:03d}", day, CLIENTS[(k * 5) % len(CLIENTS)][0], "400热线" if k % 2 else "平台在线客服",
                     t, rng.choice(["业务运营部", "财务部", "客服中心"]), "已回复客户并改进", day + dt.timedelta(days=3)])
    _sheet(ws, "客户投诉登记", [("投诉编号", []), ("日期", []), ("客户", []), ("渠道", []), ("投诉内容", []),
           ("处理", ["责任部门", "处理结果", "办结日期"])], rows, date_cols=(2, 8), widths={3: 28, 5: 36, 7: 20})
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def review_log(out: Path, rng: random.Random) -> None:
    """附件1.xlsx: 单证审核及复核差错登记 (2026)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "单证复核登记2026"
    errs = ["申报要素缺“品牌类型”", "毛重与箱单不符", "商品编码错误", "发票单价与合同不一致", "—", "—", "—", "—", "—", "—"]
    rows = []
    for k in range(30):
        day = dt.date(2026, 1, 6) + dt.timedelta(days=11 * k + rng.randint(0, 3))
        cl = CLIENTS[rng.randrange(len(CLIENTS))][0]
        e = rng.choice(errs)
        rows.append([f"HD{day:%y%m}{rng.randint(1000, 9999)}", day, cl,
                     rng.choice(["已核（委托加工合同）", "已核（自有工厂）"]), rng.choice(["无品牌", "已上传授权书", "无品牌"]),
                     "齐全", LIU, rng.choice(["马骏", LI]), e, "退回补正" if e != "—" else "通过",
                     day if e == "—" else day + dt.timedelta(days=1)])
    _sheet(ws, "报关单证审核及复核差错登记表（2026年）",
           [("订单号", []), ("审核日期", []), ("客户", []),
            ("初审（单证审核中心）", ["工厂信息", "品牌授权/进货凭证", "合同发票箱单"]),
            ("签名", ["初审人", "复核人"]), ("差错情况", ["差错内容", "处理"]), ("申报日期", [])],
           rows, date_cols=(2, 11), widths={3: 28, 4: 20, 5: 16, 9: 22})
    ws2 = wb.create_sheet("差错季度分析")
    _sheet(ws2, "单证差错季度分析", [("季度", []), ("审核票数", []), ("差错票数", []), ("主要问题", []), ("改进措施", [])], [
        ["2026Q1", 412, 9, "申报要素漏项", "复核清单增加逐项勾选"],
        ["2026Q2", 455, 7, "毛重与箱单不符", "要求客户上传过磅单"],
        ["2026Q3", 498, 4, "商品编码错误", "平台增加历史编码比对提示"],
    ], widths={4: 22, 5: 30})
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def loading_log(out: Path, rng: random.Random) -> None:
    """附件3.xlsx: 验货及监装记录 (2026-01..2026-11), summary sheet with the supervision share."""
    wb = Workbook()
    ws = wb.active
    ws.title = "监装验货记录"
    rows = []
    for k in range(24):
        day = dt.date(2026, 1, 9) + dt.timedelta(days=13 * k + rng.randint(0, 4))
        cl = CLIENTS[rng.randrange(len(CLIENTS))][0]
        big = k % 3 == 0
        way = "派员现场监装" if big else rng.choice(["客户上传照片/视频", "客户上传照片/视频", "抽样查验（派员）"])
        amt = rng.randint(520, 1300) * 1000 if big else rng.randint(8, 180) * 1000
        rows.append([f"HD{day:%y%m}{rng.randint(1000, 9999)}", day, cl, amt, way,
                     rng.choice(["马骏", "黄晓东"]) if "派员" in way else "—",
                     f"浙B{rng.randint(10000, 99999)}", f"{rng.choice(['TGHU', 'MSKU', 'CSNU'])}{rng.randint(1000000, 9999999)}",
                     f"YM{rng.randint(100000, 999999)}", "相符", "照片12张/视频1段"])
    _sheet(ws, "出口订单验货及监装记录（2026年）",
           [("订单号", []), ("装货日期", []), ("客户", []), ("货值(美元)", []), ("核查方式", []), ("监装人", []),
            ("装运信息", ["车牌号", "箱号", "封条号"]), ("核查结果", ["货物与申报", "影像资料"])],
           rows, date_cols=(2,), widths={3: 28, 5: 18, 11: 18})
    ws2 = wb.create_sheet("月度汇总")
    months = [(f"2026-{m:02d}", n) for m, n in zip(range(1, 12), [128, 117, 141, 139, 152, 150, 163, 171, 166, 172, 181])]
    rows = []
    for m, n in months:
        sup = max(1, round(n * rng.uniform(0.04, 0.08)))
        rows.append([m, n, sup, f"{sup / n:.1%}", "30日（平台自动覆盖）"])
    tot = sum(r[1] for r in rows)
    sup = sum(r[2] for r in rows)
    rows.append(["合计", tot, sup, f"{sup / tot:.1%}", ""])
    _sheet(ws2, "出口装运监督月度汇总", [("月份", []), ("出口票数", []), ("派员现场监装/查验票数", []), ("占比", []), ("装货视频保存期限", [])],
           rows, widths={3: 22, 5: 24})
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def training_book(out: Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年培训计划"
    _sheet(ws, "2026年度培训计划", [("序号", []), ("培训名称", []), ("对象", []), ("计划时间", []), ("组织部门", [])], [
        [1, "海关法规与申报规范培训（上半年）", "公司领导、关务部、单证审核中心", dt.date(2026, 3, 18), "关务部"],
        [2, "平台客户合规培训（第一期）", "平台客户", dt.date(2026, 4, 23), "关务部"],
        [3, "信息安全培训", "全体员工", dt.date(2026, 5, 14), "信息技术部"],
        [4, "供应链安全培训", "业务运营部、风险管理部、行政人事部", dt.date(2026, 7, 8), "行政人事部"],
        [5, "海关法规与申报规范培训（下半年）", "公司领导、关务部、单证审核中心", dt.date(2026, 9, 22), "关务部"],
        [6, "平台客户合规培训（第二期）", "平台客户", dt.date(2026, 10, 27), "关务部"],
        [7, "应急演练（台风及系统故障）", "全体员工", dt.date(2026, 11, 19), "行政人事部"],
    ], date_cols=(4,), widths={2: 34, 3: 34})

    def signin(title, name, day, people, extra_note=None):
        ws = wb.create_sheet(title)
        rows = [[k + 1, n, job, "本人签到" if ok else "请假", "" if ok else note] for k, (n, job, ok, note) in enumerate(people)]
        _sheet(ws, f"{name}  签到表（{day:%Y年%m月%d日}  融通大厦12层第一会议室）",
               [("序号", []), ("姓名", []), ("职务", []), ("签到", []), ("备注", [])], rows, widths={3: 30, 5: 30})
        if extra_note:
            ws.cell(len(rows) + 5, 1, extra_note)
        return ws

    staff = [("马骏", "关务专员"), (LIU, "单证审核专员"), ("黄晓东", "业务运营专员"), ("钱佳琪", "风控专员"), ("孟凡", "风控专员"), ("沈丽", "法务专员")]
    signin("20260318签到", "海关法规与申报规范培训（上半年）", dt.date(2026, 3, 18),
           [(WANG, "董事长兼总经理", True, ""), (CHEN, "副总经理", True, ""), (LI, "关务部经理", True, "")]
           + [(n, j, True, "") for n, j in staff],
           "授课：杭州某报关协会讲师 张卫东；内容：2026年申报要素变化、出口退税监管要点；随堂测试平均分86分。")
    signin("20260922签到", "海关法规与申报规范培训（下半年）", dt.date(2026, 9, 22),
           [(WANG, "董事长兼总经理", False, "出差（法兰克福展会），未补训"), (CHEN, "副总经理", True, ""), (LI, "关务部经理", True, "")]
           + [(n, j, True, "") for n, j in staff],
           f"授课：{LI}；内容：海关稽查常见问题、知识产权海关保护；随堂测试平均分88分。")
    signin("20260514信息安全", "信息安全培训", dt.date(2026, 5, 14),
           [(SUN, "信息技术部经理", True, "")] + [(n, j, True, "") for n, j in staff] + [(ZHOU, "行政人事部主管", True, "")],
           f"授课：{SUN}；内容：账号密码管理、钓鱼邮件识别、客户数据保密。")
    signin("20260708供应链安全", "供应链安全培训", dt.date(2026, 7, 8),
           [(CHEN, "副总经理", True, ""), (ZHAO, "风险管理部经理", True, ""), (ZHOU, "行政人事部主管", True, "")]
           + [(n, j, True, "") for n, j in staff],
           "内容：装货环节安全、封条核对、可疑货物识别与报告流程；测试平均分84分。")
    ws = wb.create_sheet("客户培训及评估")
    _sheet(ws, "平台客户合规培训及效果评估", [("期次", []), ("日期", []), ("形式", []), ("主题", []),
           ("参训情况", ["报名客户数", "参训人数"]), ("效果评估", ["在线测试通过率", "满意度(5分制)", "改进意见"])], [
        ["2025年第二期", dt.date(2025, 10, 30), "线上直播", "出口退税资料要求", 58, 91, "82%", 4.3, "增加案例讲解"],
        ["2026年第一期", dt.date(2026, 4, 23), "线上直播", "申报要素填报与品牌授权", 64, 103, "87%", 4.5, "分行业开设专场"],
        ["2026年第二期", dt.date(2026, 10, 27), "线下+直播", "知识产权、禁限品类与装货影像要求", 71, 126, "90%", 4.6, "下期增加装货视频拍摄示范"],
    ], date_cols=(2,), widths={4: 36, 9: 28})
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def hr_book(out: Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "员工花名册"
    depts = ["关务部", "单证审核中心", "风险管理部", "业务运营部", "信息技术部", "财务部", "行政人事部", "客服中心"]
    sur = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何林罗高"
    given = "伟芳娜敏静磊洋勇艳杰涛明超霞平刚桂英华玲"
    rows = []
    for k in range(38):
        nm = sur[rng.randrange(len(sur))] + given[rng.randrange(len(given))] + rng.choice(["", given[rng.randrange(len(given))]])
        dep = depts[k % len(depts)]
        start = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randint(0, 2700))
        left = start + dt.timedelta(days=rng.randint(200, 900)) if k % 9 == 4 else None
        if left and left > dt.date(2026, 12, 15):
            left = None
        rows.append([f"RT{k+1:04d}", nm, dep, rng.choice(["专员", "主管", "专员", "助理"]), start,
                     "已核验", "已提交" if dep in ("关务部", "单证审核中心") else "—",
                     "离职" if left else "在职", left])
    _sheet(ws, "员工花名册（动态）  更新至2026年12月15日", [("工号", []), ("姓名", []), ("部门", []), ("岗位", []), ("入职日期", []),
           ("入职核查", ["身份/学历/履历", "无犯罪记录证明"]), ("状态", ["在职状态", "离职日期"])],
           rows, date_cols=(5, 9), widths={6: 16, 7: 16})
    ws2 = wb.create_sheet("离职交接")
    rows2 = []
    for r in rows:
        if r[8]:
            rows2.append([r[1], r[2], r[8], "已收回", "已收回", "已停用（当日）", ZHOU, "部门负责人已签"])
    rows2.append(["钱多多", "业务运营部", dt.date(2026, 8, 14), "已收回", "已收回", "已停用（当日）", ZHOU, "部门负责人已签"])
    _sheet(ws2, "离职人员交接登记", [("姓名", []), ("部门", []), ("离职日期", []),
           ("交接", ["工牌", "电脑/设备", "系统账号"]), ("签字", ["行政人事部", "部门"])], rows2, date_cols=(3,))
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def visitor_book(out: Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "来访登记"
    rows = []
    who = ["顺丰速运快递员", "宁波恒润 徐国栋", "会计师事务所审计员", "打印机维修工程师", "义乌佳禾 业务员", "银行客户经理", "面试人员"]
    for k in range(40):
        day = dt.datetime(2025, 10, 8, 9, 0) + dt.timedelta(days=11 * k + rng.randint(0, 3), minutes=rng.randint(0, 420))
        idno = f"3301{rng.randint(10, 99)}********{rng.randint(1000, 9999)}" if (k > 20 or k % 4) else ""
        rows.append([day.date(), day.strftime("%H:%M"), rng.choice(who), "身份证" if idno else "", idno,
                     f"访客{rng.randint(1, 12):02d}", rng.choice([LI, ZHAO, "杨帆", ZHOU]),
                     (day + dt.timedelta(minutes=rng.randint(20, 150))).strftime("%H:%M"),
                     rng.choice(["—", f"浙A{rng.randint(10000, 99999)}（B2访客位）"])])
    _sheet(ws, "融通汇达 来访人员登记表（前台）", [("日期", []), ("到达时间", []), ("来访人/单位", []),
           ("证件核验", ["证件类型", "证件号码"]), ("访客卡号", []), ("被访人（陪同）", []), ("离开时间", []), ("车辆", [])],
           rows, date_cols=(1,), widths={3: 24, 5: 24, 9: 22})
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


# ----------------------------------------------------------------------------- screenshots
def _screen(path: Path, title: str, nav: list[str], active: int, header: str, rows: list[tuple[str, str]],
            footer: str) -> None:
    W, H = 1280, 760
    im = Image.new("RGB", (W, H), (243, 245, 248))
    dr = ImageDraw.Draw(im)
    f14 = ImageFont.truetype(SANS, 17, index=2)
    f16 = ImageFont.truetype(SANS, 19, index=2)
    f20 = ImageFont.truetype(SANS, 24, index=2)
    dr.rectangle((0, 0, W, 56), fill=(22, 78, 145))
    dr.text((24, 14), title, font=f20, fill="white")
    dr.text((W - 300, 18), f"{LIU} | 单证审核中心  退出", font=f14, fill=(220, 230, 245))
    dr.rectangle((0, 56, 190, H), fill=(34, 45, 62))
    for k, n in enumerate(nav):
        y = 76 + k * 44
        if k == active:
            dr.rectangle((0, y - 8, 190, y + 30), fill=(22, 110, 200))
        dr.text((26, y), n, font=f16, fill="white")
    dr.rectangle((215, 76, W - 25, H - 50), fill="white", outline=(210, 214, 220))
    dr.text((240, 92), header, font=f20, fill=(30, 30, 30))
    dr.line((240, 132, W - 50, 132), fill=(225, 228, 232), width=2)
    y = 150
    for label, value in rows:
        dr.text((250, y), label, font=f16, fill=(100, 106, 115))
        col = (200, 40, 40) if value.startswith("预警") or "未接入" in value else (25, 25, 25)
        dr.text((520, y), value, font=f16, fill=col)
        y += 38
    dr.text((240, H - 40), footer, font=f14, fill=(120, 120, 120))
    im.save(path, optimize=True)


def screenshots(d1: Path, d2: Path) -> None:
    nav = ["工作台", "订单管理", "关务申报", "物流跟踪", "退税办理", "结算中心", "信保服务", "风控中心", "客户管理", "系统设置"]
    _screen(d1, f"{PLAT}  v3.2", nav, 2, "报关单申报前校验结果  —  草稿号 BGD-2026-118734", [
        ("客户", "慈溪市蓝海小家电有限公司（B级）"),
        ("订单号", "HD2612-5583"),
        ("商品编码", "8516.7910  电热水壶"),
        ("申报要素逻辑校验", "通过（12/12项）"),
        ("价格比对（价格数据库）", "预警：申报单价 4.10 USD/台，低于近6个月均价 6.62 USD/台 38.1%"),
        ("归类比对（历史交易库）", "一致：该客户近12个月同品名均申报 8516.7910"),
        ("客户信息库核查", "未列入失信 / 海关信用：注册登记企业"),
        ("调用风险库", "价格数据库、历史交易库、客户信息库"),
        ("处理结果", "已退回客户补充成交价格说明（关务复核：马骏）"),
        ("校验时间", "2026-12-08 10:15:22"),
    ], "数据来源：单一窗口标准版接口 | 本页为关务申报模块截图 2026-12-08")
    _screen(d2, f"{PLAT}  v3.2", nav, 3, "物流跟踪  —  订单 HD2611-4172（永康市锐达电动工具有限公司）", [
        ("报关单号", "310420261000987654"),
        ("集装箱号 / 封条号", "TGHU6620814 / YM558201"),
        ("当前节点", "已装船  2026-11-21 18:40  宁波北仑港区"),
        ("轨迹", "工厂装货 11-18 → 进港 11-19 → 放行 11-20 → 装船 11-21"),
        ("海关回执", "单一窗口实时回执已接收（放行）"),
        ("月度数据核对", "2026年11月报关数据与海关回执比对完成，差异0票（2026-12-03）"),
        ("装货影像", "照片12张  视频1段（保存至2026-12-18）"),
        ("流程检索", "订单→单证审核→申报→物流→退税→结算  全流程可查"),
        ("历史数据", "在线保存范围：2019-03-15 至今"),
    ], "截图时间 2026-12-14 16:02 | 信息技术部 孙浩 提供")


# ----------------------------------------------------------------------------- build
def build(out: Path) -> None:
    rng = random.Random(NAME)
    out = Path(out)
    tmp = Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        sa = _stamp(tmp / "stamp_a.png", "宁波恒润五金制品有限公司")
        sb = _stamp(tmp / "stamp_b.png", CO)
        srcs = [huibian(tmp), minutes(tmp), audit_report(tmp), declaration(tmp),
                agreement(tmp, True, sa, sb)]
        _convert(srcs, tmp)
        (out / "01制度").mkdir(parents=True)
        shutil.copy(tmp / "融通汇达管理制度汇编（2026年修订）.pdf", out / "01制度" / "融通汇达管理制度汇编（2026年修订）.pdf")
        rules_docx(out / "01制度" / "平台运营规则V3.2.docx")
        (out / "会议纪要").mkdir()
        shutil.copy(tmp / "2026年总经理办公会纪要.pdf", out / "会议纪要" / "2026年总经理办公会纪要.pdf")
        shutil.copy(tmp / "内审报告NS-2026-01.pdf", out / "扫描件003.pdf")
        (out / "合同").mkdir()
        shutil.copy(tmp / "外贸综合服务协议_宁波恒润_已签.pdf", out / "合同" / "外贸综合服务协议_宁波恒润_已签.pdf")
        agreement(out / "合同", False)
        (out / "2026资料").mkdir()
        platform_export(out / "2026资料" / "平台数据导出_20261215.xlsx", rng)
        review_log(out / "2026资料" / "附件1.xlsx", rng)
        loading_log(out / "2026资料" / "附件3.xlsx", rng)
        training_book(out / "2026资料" / "2026培训记录.xlsx", rng)
        hr_book(out / "2026资料" / "员工花名册及离职交接.xlsx", rng)
        visitor_book(out / "新建文件夹" / "来访登记.xlsx", rng)
        shutil.copy(tmp / "附件5.pdf", out / "附件5.pdf")
        questionnaire(out / "附件2.docx")
        screenshots(out / "IMG_20261208_101522.png", out / "2026资料" / "截图_物流跟踪.png")
        menu(out / "doc12.docx")
        notice(out / "新建文件夹" / "元旦放假通知.docx")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
