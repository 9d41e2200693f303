"""ho31-gen-importer-cosmetics: 上海澜研美妆贸易有限公司 — 一般认证 · 进出口货物收发货人 (as_of 2026-10-15)."""
from __future__ import annotations

import datetime as dt
import pathlib
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

NAME = "ho31-gen-importer-cosmetics"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CO = "上海澜研美妆贸易有限公司"


def _font(doc: Document) -> None:
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def _page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- employee handbook (PDF)
HANDBOOK = [
    ("第一章 总则与公司简介", [
        "1.1 本手册适用于上海澜研美妆贸易有限公司（以下简称“公司”）全体员工，包括试用期员工及劳务派遣人员。",
        "1.2 公司成立于2017年，主营进口化妆品、护肤品的一般贸易进口及国内分销，主要货源来自韩国、法国和日本的品牌方及其授权工厂。",
        "1.3 公司办公地点：上海市闵行区申长路某号虹桥商务园B座7楼；仓储：租用上海闵发仓储有限公司闵行园区3号库东区（约1,200平方米），由公司仓储组员工负责收发货。",
        "1.4 公司进口报关委托上海申港报关有限公司办理，公司关务部负责单证准备、复核及与报关行、海关的联络。",
        "1.5 本手册由人力行政部编制，经总经理办公会审议通过，自2026年1月1日起施行，2023版同时废止。",
    ]),
    ("第二章 招聘、入职与离职", [
        "2.1 招聘：用人部门提出需求，人力行政部统一发布招聘信息、组织面试。",
        "2.2 入职核实：拟录用人员须提交身份证原件供核验，人力行政部对其近两段工作经历进行电话背景调查；关务、仓储、财务岗位拟录用人员须另行提交户籍地或居住地派出所出具的无犯罪记录证明。核实结果记入员工档案。",
        "2.3 员工档案：人力行政部为每位员工建立人事档案，并维护在职员工花名册，人员入职、调岗、离职后5个工作日内更新。",
        "2.4 工牌：员工入职当日领取带照片的工牌及门禁卡，工牌编号登记在册；遗失须当日报告并补办。",
        "2.5 离职：员工离职须办理交接，交回工牌、门禁卡、钥匙、笔记本电脑及其他公司财物；IT专员于最后工作日当日注销其邮箱、ERP及共享盘账号；离职人员不得再进入办公区及仓库。",
        "2.6 停职：员工因调查等原因停职期间，其门禁权限及系统账号暂停。",
    ]),
    ("第三章 考勤与休假", [
        "3.1 公司实行标准工时制，工作时间为周一至周五9:00—18:00，午休一小时。",
        "3.2 员工上下班及外出须通过企业微信打卡，因公外出应在系统中提交外出申请；出入办公楼以门禁卡刷卡记录作为考勤参考。",
        "3.3 迟到、早退15分钟以内每月累计不超过3次的，不扣发工资；超过的按考勤制度处理。",
        "3.4 年休假、婚假、产假、陪产假、丧假按国家及上海市规定执行；病假须提供医院证明。",
        "3.5 加班须事先经部门负责人批准，优先安排调休。",
    ]),
    ("第四章 薪酬、福利与培训", [
        "4.1 员工薪酬由基本工资、岗位津贴、绩效奖金组成，每月10日发放上月工资。",
        "4.2 公司为员工缴纳社会保险及住房公积金，并提供年度体检、节日福利及员工内购折扣。",
        "4.3 培训：公司每年制定培训计划，包括新员工入职培训、产品知识培训、专业岗位培训；员工参加经批准的外部资格培训的，可按规定申请培训补贴。",
        "4.4 员工参加培训须签到，培训资料由组织部门留存。",
    ]),
    ("第五章 信息安全与保密", [
        "5.1 员工使用公司电脑须设置开机密码，密码至少8位并每90天更换；不得将账号借给他人使用。",
        "5.2 ERP系统（用友U8）、报关资料共享盘按岗位分配权限，权限由IT专员根据部门负责人书面申请开通或调整。",
        "5.3 禁止在办公电脑安装未经许可的软件，禁止使用个人U盘拷贝客户、价格及报关资料。",
        "5.4 公司服务器每周备份一次，业务数据保存期限不少于2年。",
        "5.5 员工对在工作中知悉的品牌授权、采购价格、客户资料负有保密义务，离职后仍须遵守。",
        "5.6 新员工入职培训包含信息安全内容。",
    ]),
    ("第六章 海关合规与供应链安全", [
        "6.1 公司指定副总经理周敏分管关务及贸易安全工作，关务部主管陈晓负责日常关务；关务部设立海关认证资料专档，由关务主管保管。",
        "6.2 公司每年至少组织一次海关法律法规培训，总经理、分管副总经理、关务人员、仓储组长必须参加。",
        "6.3 办公区与仓库均实行门禁管理。仓库所在园区大门由园区门卫24小时值守；公司租用库区设独立卷帘门及门禁，库区内监控覆盖收发货区和货架区，录像由园区保存。",
        "6.4 来访人员须在前台或仓库门卫处登记姓名、单位、事由及来访时间，由被访员工接待，不得单独进入库区。",
        "6.5 员工车辆停放于园区P2停车场，不得驶入装卸区；送货、提货车辆须在园区门卫登记车牌号后进入装卸区。",
        "6.6 办公室及库区钥匙由行政专员统一保管，领用、归还须登记。",
        "6.7 仓储组长每日下班前检查库区门窗及卷帘门锁闭情况。",
        "6.8 发现货物异常、可疑人员或可疑包裹，应立即报告仓储组长及关务主管。",
    ]),
    ("第七章 奖励与处分", [
        "7.1 对在工作中避免公司重大损失、提出合理化建议被采纳的员工，给予通报表扬及奖金奖励。",
        "7.2 员工违反本手册的，视情节给予口头警告、书面警告、降职降薪直至解除劳动合同。",
        "7.3 违反第五章信息安全规定造成资料泄露或系统损坏的，给予书面警告以上处分，并依法追偿损失。",
        "7.4 因故意或重大过失导致申报不实、被海关处罚的，追究当事人及直接主管的责任，处分结果在部门内通报。",
        "7.5 员工对处分有异议的，可在收到处分通知后7日内向人力行政部书面申诉。",
    ]),
]


def handbook_docx(path: pathlib.Path) -> None:
    doc = Document()
    _font(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO} 员工手册（2026版）"
    doc.add_paragraph().add_run("\n\n\n")
    p = doc.add_paragraph()
    r = p.add_run(f"{CO}\n员工手册\n（2026版）")
    r.font.size = Pt(26)
    r.bold = True
    doc.add_paragraph("编制：人力行政部　　批准：总经理 张立诚　　生效日期：2026年1月1日")
    doc.add_paragraph("目录")
    for i, (title, _) in enumerate(HANDBOOK):
        doc.add_paragraph(f"{title} …………………… {i + 2}")
    for title, arts in HANDBOOK:
        _page_break(doc)
        h = doc.add_paragraph()
        rr = h.add_run(title)
        rr.bold = True
        rr.font.size = Pt(15)
        for a in arts:
            doc.add_paragraph(a)
    doc.save(path)


# ---------------------------------------------------------------- quality / import compliance procedure (DOCX)
QP = [
    ("1 目的", ["规范进口化妆品从采购、单证、到货检验到入库销售的全过程管理，确保进口申报真实准确、产品质量安全符合我国法规要求。"]),
    ("2 范围", ["适用于公司以一般贸易方式进口的全部化妆品、护肤品及赠品小样。"]),
    ("3 职责", [
        "3.1 分管副总经理：批准本程序，组织对海关要求整改事项的落实。",
        "3.2 关务部：进口单证制作与申报前复核、与报关行对接、单证归档。",
        "3.3 质量合规专员：产品注册/备案资料、中文标签、技术标准资料的管理，不合格品处置。",
        "3.4 仓储组：到货核对、入库、储存及发货。",
    ]),
    ("4 申报前单证复核", [
        "4.1 报关行发来报关单草单后，由关务专员（制单）与关务主管（复核）双人核对，核对项目包括：商品名称及规格、HS编码、申报价格及成交方式、原产地、数量及包装种类、境外发货人、运输路线、货物存放地点、储存条件（温度要求）、中文标签、拆检注意事项。",
        "4.2 复核发现错误的，在《单证复核记录》中记录差错内容并通知报关行改正，改正后重新核对，无误后方可回复确认申报。",
        "4.3 每月由关务主管汇总差错类型，在部门例会通报。",
    ]),
    ("5 单证归档与印章", [
        "5.1 每票进口的合同、发票、装箱单、提单、报关单、税单、检验检疫相关单证在放行后10个工作日内按票归档，纸质档案存放于关务部带锁档案柜，电子件上传共享盘“报关档案”目录。",
        "5.2 进口单证保存期限为自放行之日起3年。",
        "5.3 报关专用章及海关、药监部门核发的证书原件由关务主管保管，放置于带锁柜，使用须登记。",
    ]),
    ("6 质量安全管控", [
        "6.1 采购前，质量合规专员确认产品已取得国家药监局注册证或完成进口普通化妆品备案，并确认配方符合《化妆品安全技术规范》。",
        "6.2 技术标准资料（化妆品安全技术规范、相关国家标准、品牌方产品技术要求）由质量合规专员统一保管，更新时替换旧版并标注作废。",
        "6.3 到货后，仓储组按《收货核对记录》核对品名、批号、数量、件数、毛重、外包装及中文标签；海关检验结果未出具前，货物存放于待检区，不得销售。",
        "6.4 海关检验不合格或自检发现标签、质量问题的，质量合规专员建立不合格品台账，按海关要求实施技术处理、退运或销毁，并记录处置结果；必要时启动召回。",
        "6.5 溢装、短装、破损或与单证不符的，仓储组长当日在收货记录中注明并报告关务主管，由关务主管判断是否需要向海关报告或更正申报。",
    ]),
    ("7 运输与仓储", [
        "7.1 货物由报关行安排的运输公司从洋山/外高桥港区提柜运至闵发仓库。集装箱到仓时，仓储组核对封条号与提单一致后方可拆封卸货。",
        "7.2 提货、送货车辆到仓后，由仓储组员工查看车厢内有无与本批货物无关的物品。",
    ]),
    ("8 供应商与服务商管理", [
        "8.1 新增境外供应商、报关行、运输公司、仓储服务商时，发放《供应商评估问卷》，内容包括资质、质量体系、生产及仓储安全、人员管理、海关认证情况等；评估合格后列入合格供方名录。",
        "8.2 每年对合格供方复评一次。",
        "8.3 新签订的采购合同、物流服务合同中应加入供应链安全条款。",
    ]),
    ("9 信息系统", [
        "9.1 公司使用用友U8 ERP管理采购、进口、库存、销售和财务数据，每票进口在系统中对应采购订单号和报关单号，可按批号查询来源和去向。",
    ]),
    ("10 内部审核与改进", [
        "10.1 每年由分管副总经理组织一次对进口业务的内部审核，范围包括单证、归档、质量、贸易安全，形成审核报告。",
        "10.2 审核发现的问题由责任部门制定纠正措施，关务主管跟踪验证并关闭；涉及人员违规的按员工手册第七章追究责任。",
    ]),
]


def qp_docx(path: pathlib.Path) -> None:
    doc = Document()
    _font(doc)
    doc.sections[0].header.paragraphs[0].text = "文件编号：LY-QP-07　版本：B/1　生效日期：2025-11-01"
    t = doc.add_paragraph().add_run("进口化妆品质量与合规管理程序")
    t.bold = True
    t.font.size = Pt(16)
    doc.add_paragraph("编制：质量合规专员 刘佳　审核：关务主管 陈晓　批准：副总经理 周敏")
    for h, ps in QP:
        r = doc.add_paragraph().add_run(h)
        r.bold = True
        for x in ps:
            doc.add_paragraph(x)
    doc.save(path)


# ---------------------------------------------------------------- emergency plan (neutral name)
def emergency_docx(path: pathlib.Path) -> None:
    doc = Document()
    _font(doc)
    doc.add_paragraph().add_run("仓储及办公场所突发事件应急预案").bold = True
    doc.add_paragraph("版本：2026-02　批准：总经理 张立诚（2026年2月16日）")
    for x in [
        "一、适用范围：闵发仓库3号库东区及虹桥商务园办公区发生火灾、台风暴雨、停电、货物被盗或失窃、可疑包裹、人员受伤等突发事件。",
        "二、应急小组：组长 副总经理周敏；副组长 仓储组长王建国；成员 关务主管陈晓、行政专员许婷、质量合规专员刘佳。",
        "三、报告：发现人立即电话报告仓储组长，仓储组长10分钟内报告组长；涉及海关监管货物被盗、短少、受损或疑似夹带的，关务主管当日向主管海关报告并书面说明。",
        "四、处置：火灾——报警119、切断电源、按疏散路线撤离至园区南广场集合；台风暴雨——提前将低层货物上架、检查卷帘门及排水；失窃——保护现场、调取监控、报警110并清点库存。",
        "五、恢复：事件处置后3日内由组长组织评估损失，形成事件报告，必要时修订本预案。",
        "六、培训与演练：应急小组每年组织至少一次应急演练（消防疏散或防汛），全体仓储组员工参加。",
        "附：应急联系人电话表（略）",
    ]:
        doc.add_paragraph(x)
    doc.save(path)


# ---------------------------------------------------------------- internal audit report
def audit_docx(path: pathlib.Path) -> None:
    doc = Document()
    _font(doc)
    doc.add_paragraph().add_run("2026年度进口业务内部审核报告").bold = True
    for x in [
        "审核时间：2026年7月20日—7月22日　　审核组长：副总经理 周敏　　审核员：财务经理 孙蕾、质量合规专员 刘佳",
        "审核范围：2025年8月至2026年6月的进口单证及复核、单证归档、质量安全管控、仓储收货、访客及钥匙管理、供应商评估。",
        "抽样：抽查进口报关单30票（全部为一般贸易），收货核对记录30份，访客登记2个月。",
        "审核结论：进口业务总体按《进口化妆品质量与合规管理程序》运行，发现不符合项3项。",
    ]:
        doc.add_paragraph(x)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["编号", "发现的问题", "纠正措施", "责任人", "关闭情况"]):
        c.text = h
    rows = [
        ("NC-01", "2票报关单复核记录缺复核人签字（2026-01、2026-02）", "补签并在例会重申双人复核", "关务主管 陈晓", "已关闭 2026-08-05 周敏验证"),
        ("NC-02", "1票赠品小样未单独列明品名，申报时归入正装商品", "与报关行确认赠品申报规则，更新制单要点", "关务专员 何雨", "已关闭 2026-08-12 周敏验证"),
        ("NC-03", "访客登记未记录证件核验情况", "修改访客登记表，增加证件号码栏", "行政专员 许婷", "未关闭，计划2026-10-31前完成"),
    ]
    for r in rows:
        cells = tb.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("审核组长签字：周敏　　2026年7月28日")
    doc.save(path)


# ---------------------------------------------------------------- workbook of logs
def workbook(path: pathlib.Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "单证复核"
    ws.append(["序号", "报关单号", "放行日期", "商品", "复核项目", "差错内容", "制单", "复核", "归档号"])
    items = ["玻尿酸保湿精华液", "氨基酸洁面乳", "防晒乳SPF50+", "修护面霜", "卸妆油", "补水面膜", "香水30ml", "眼霜"]
    errs = ["无", "无", "无", "HS编码3304991000误为3304990099，已改", "无", "原产地韩国误填日本，已改", "无", "毛重与装箱单不符，已改"]
    d = dt.date(2025, 10, 8)
    for i in range(1, 29):
        d += dt.timedelta(days=rng.randint(8, 16))
        ws.append([i, f"2201202{6 if d.year == 2026 else 5}1{rng.randint(1000000, 9999999):07d}"[:18], d.isoformat(),
                   items[i % 8], "品名/规格/HS/价格/原产地/数量/包装/发货人/标签", errs[i % 8 if i % 3 == 0 else 0],
                   "何雨", "陈晓" if i not in (9, 11) else "", f"BG-{d:%Y%m}-{i:03d}"])
    ws2 = wb.create_sheet("培训记录")
    ws2.merge_cells("A1:F1")
    ws2["A1"] = "2025-2026 年度培训台账（行政部）"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["培训日期", "主题", "讲师", "参训人数", "参训人员（摘要）", "备注"])
    base = dt.date(1899, 12, 30)
    trainings = [
        (dt.date(2025, 9, 20), "仓库消防疏散演练", "园区消防中控", 9, "仓储组全员", "与园区联合"),
        (dt.date(2025, 12, 10), "新员工入职培训（含信息安全）", "许婷", 4, "新入职4人", ""),
        (dt.date(2026, 3, 18), "海关法规与进口化妆品监管要求", "申港报关 林经理", 11, "见签到表", "签到表扫描件"),
        (dt.date(2026, 5, 21), "信息安全与数据保密", "IT专员 郑凯", 38, "全体办公室员工", ""),
        (dt.date(2026, 6, 25), "供应链安全与货物异常报告", "陈晓", 12, "关务部、仓储组", ""),
        (dt.date(2026, 9, 9), "化妆品标签新规", "刘佳", 15, "质量、销售、仓储", ""),
    ]
    for t in trainings:
        ws2.append([(t[0] - base).days, *t[1:]])
    for row in ws2.iter_rows(min_row=4, max_col=1):
        for c in row:
            c.number_format = "General"
    ws3 = wb.create_sheet("收货核对")
    ws3.append(["到货日期", "提单号/柜号", "封条号", "品名", "批号", "单证件数", "实收件数", "毛重kg", "中文标签", "海关检验", "异常", "车辆检查", "收货人签字", "仓储组长签字"])
    d = dt.date(2025, 10, 2)
    for i in range(18):
        d += dt.timedelta(days=rng.randint(12, 20))
        n = rng.randint(120, 600)
        short = (i == 11)
        ws3.append([d.strftime("%Y/%m/%d"), f"HDMU{rng.randint(1000000, 9999999)}", f"H{rng.randint(100000, 999999)}",
                    items[i % 8], f"L{d:%y%m}{i:02d}", n, n - 6 if short else n, round(n * 8.4, 1), "已贴", "合格" if i != 6 else "标签不合格，已整改后合格",
                    "短少6箱，已报告关务主管" if short else "无", "车厢已查，无夹带", "赵磊" if i % 2 else "钱峰", "王建国"])
    ws4 = wb.create_sheet("来访登记")
    ws4["A1"] = "仓库来访登记（门卫）"
    ws4.append(["日期", "时间", "来访人", "单位", "事由", "被访人", "车牌", "离开时间", "门卫"])
    names = ["李强", "Kim Jiwoo", "黄涛", "吴倩", "刘洋", "马骏", "徐敏"]
    units = ["申港报关", "韩国品牌方", "顺达物流", "某电商客户", "消防维保", "申港报关", "审计所"]
    d = dt.date(2026, 4, 1)
    for i in range(14):
        d += dt.timedelta(days=rng.randint(4, 12))
        ws4.append([d.isoformat(), f"{rng.randint(9, 15)}:{rng.choice(['05', '20', '40'])}", names[i % 7], units[i % 7],
                    ["查验陪同", "工厂审核", "提货", "看样", "消防检查", "单证交接", "盘点"][i % 7], "王建国",
                    f"沪{rng.choice('ABDEF')}{rng.randint(10000, 99999)}" if i % 2 else "", f"{rng.randint(15, 17)}:30", "园区门卫 老宋"])
    ws5 = wb.create_sheet("钥匙领用")
    ws5.append(["钥匙编号", "区域", "领用人", "领用日期", "归还日期", "行政签字"])
    for k, (area, who, a, b) in enumerate([
        ("3号库东区卷帘门", "王建国", "2025-06-01", ""), ("3号库东区卷帘门(备)", "赵磊", "2026-02-03", "2026-02-04"),
        ("办公室正门", "许婷", "2025-03-15", ""), ("档案柜", "陈晓", "2025-11-01", ""), ("印章柜", "陈晓", "2025-11-01", ""),
        ("待检区笼门", "钱峰", "2026-08-10", "2026-08-10")], start=1):
        ws5.append([f"K-{k:02d}", area, who, a, b, "许婷"])
    ws6 = wb.create_sheet("离职交接")
    ws6.append(["姓名", "部门/岗位", "最后工作日", "工牌", "门禁卡", "钥匙", "电脑", "ERP/邮箱注销", "经办"])
    for r in [("蒋文", "销售部/销售专员", "2025-12-31", "已交", "已交", "无", "已交", "2025-12-31", "许婷/郑凯"),
              ("曹颖", "关务部/关务专员", "2026-05-08", "已交", "已交", "无", "已交", "2026-05-08", "许婷/郑凯"),
              ("钟亮", "仓储组/仓管员", "2026-07-15", "已交", "已交", "K-06已交", "无", "2026-07-16", "许婷/郑凯")]:
        ws6.append(list(r))
    ws7 = wb.create_sheet("库区巡查")
    ws7.append(["3号库东区 周巡查记录（仓储组）"])
    ws7.append(["巡查日期", "门窗", "卷帘门锁", "墙体/屋顶", "监控画面", "消防器材", "异常及处理", "巡查人"])
    d = dt.date(2025, 10, 6)
    k = 0
    while d <= dt.date(2026, 9, 28):
        note = "无"
        if k == 17:
            note = "东北角采光窗密封条老化，报园区物业更换（2026-02-10完成）"
        if k == 40:
            note = "3号摄像头画面模糊，园区已调整"
        ws7.append([d.strftime("%Y年%m月%d日"), "完好", "正常", "完好", "正常", "在位", note, ["王建国", "赵磊", "钱峰"][k % 3]])
        d += dt.timedelta(days=7)
        k += 1
    ws8 = wb.create_sheet("花名册")
    ws8.append(["工号", "姓名", "部门", "岗位", "入职日期", "身份证核验", "背景调查", "无犯罪记录证明", "状态"])
    fam = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾"
    giv = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "佳怡", "子涵", "雨桐", "浩然"]
    fixed = [("张立诚", "总经理办", "总经理"), ("周敏", "管理层", "副总经理"), ("陈晓", "关务部", "关务主管"), ("何雨", "关务部", "关务专员"),
             ("王建国", "仓储组", "仓储组长"), ("赵磊", "仓储组", "仓管员"), ("钱峰", "仓储组", "仓管员"), ("刘佳", "质量合规", "合规专员"),
             ("孙蕾", "财务部", "财务经理"), ("韩梅", "采购部", "采购主管"), ("许婷", "人力行政部", "行政专员"), ("郑凯", "人力行政部", "IT专员")]
    deps = [("销售部", "销售专员"), ("电商运营部", "运营专员"), ("市场部", "市场专员"), ("财务部", "会计"), ("客服部", "客服专员")]
    for i in range(58):
        if i < len(fixed):
            nm, dep, pos = fixed[i]
        else:
            nm = rng.choice(fam) + rng.choice(giv)
            dep, pos = rng.choice(deps)
        start = dt.date(2017, 5, 1) + dt.timedelta(days=rng.randint(0, 3300))
        key = dep in ("关务部", "仓储组", "财务部")
        ws8.append([f"LY{i + 1:04d}", nm, dep, pos, (start - base).days, "已核验", "已完成",
                    "已提交" if key else "—", "在职"])
    for row in ws8.iter_rows(min_row=2, min_col=5, max_col=5):
        for c in row:
            c.number_format = "General"
    for w in wb.worksheets:
        for col in "ABCDEFGHIJKLM":
            w.column_dimensions[col].width = 16
    wb.save(path)


# ---------------------------------------------------------------- scanned signed sign-in (1 page)
def signin_scan(path: pathlib.Path, rng: random.Random) -> None:
    W, H = 1240, 1754
    im = Image.new("L", (W, H), 245)
    dr = ImageDraw.Draw(im)
    f_t = ImageFont.truetype(SANS, 44, index=2)
    f = ImageFont.truetype(SANS, 30, index=2)
    fh = ImageFont.truetype(SERIF, 34, index=2)
    dr.text((260, 110), "培 训 签 到 表", font=f_t, fill=20)
    dr.text((110, 210), "培训主题：海关法规与进口化妆品监管要求", font=f, fill=25)
    dr.text((110, 260), "时间：2026年3月18日 14:00-16:30   地点：7楼会议室", font=f, fill=25)
    dr.text((110, 310), "讲师：上海申港报关有限公司 林经理   组织：关务部", font=f, fill=25)
    cols = [110, 200, 470, 830, 1130]
    y0 = 380
    heads = ["序号", "部门", "职务", "签名"]
    rows = [("总经理办", "总经理(法定代表人)", "张立诚"), ("管理层", "副总经理", "周敏"), ("关务部", "关务主管", "陈晓"),
            ("关务部", "关务专员", "何雨"), ("关务部", "关务专员", "曹颖"), ("仓储组", "仓储组长", "王建国"),
            ("仓储组", "仓管员", "赵磊"), ("仓储组", "仓管员", "钱峰"), ("质量合规", "合规专员", "刘佳"),
            ("财务部", "财务经理", "孙蕾"), ("采购部", "采购主管", "韩梅")]
    rh = 78
    for i in range(len(rows) + 2):
        dr.line((cols[0], y0 + i * rh, cols[-1], y0 + i * rh), fill=40, width=2)
    for x in cols:
        dr.line((x, y0, x, y0 + (len(rows) + 1) * rh), fill=40, width=2)
    for j, h in enumerate(heads):
        dr.text((cols[j] + 12, y0 + 20), h, font=f, fill=20)
    for i, (dep, pos, nm) in enumerate(rows, start=1):
        y = y0 + i * rh + 20
        dr.text((cols[0] + 20, y), str(i), font=f, fill=30)
        dr.text((cols[1] + 12, y), dep, font=f, fill=30)
        dr.text((cols[2] + 12, y), pos, font=f, fill=30)
        dr.text((cols[3] + 30 + rng.randint(-8, 8), y - 6 + rng.randint(-4, 4)), nm, font=fh, fill=60)
    yb = y0 + (len(rows) + 1) * rh + 60
    dr.text((110, yb), "应到 11 人，实到 11 人。        记录人：陈晓", font=f, fill=25)
    dr.ellipse((820, yb + 40, 1060, yb + 280), outline=110, width=5)
    dr.text((860, yb + 140), "澜研美妆 关务部", font=ImageFont.truetype(SANS, 24, index=2), fill=110)
    im = im.rotate(0.8, fillcolor=235, expand=False).filter(ImageFilter.GaussianBlur(0.6))
    im = im.resize((W * 3 // 4, H * 3 // 4))
    jpg = path.with_suffix(".jpg")
    im.save(jpg, quality=55)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(str(jpg), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    jpg.unlink()


# ---------------------------------------------------------------- supplier questionnaire (filled by supplier)
def supplier_pdf(path: pathlib.Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 15)
    c.drawString(60, 800, "供应商评估问卷（境外供应商版）   表号 LY-QP-07-F3")
    c.setFont("STSong-Light", 10)
    lines = [
        "致：上海澜研美妆贸易有限公司 采购部",
        "填表单位：韩国 Seorin Cosmetics Co., Ltd.（瑞琳化妆品株式会社）  地址：京畿道华城市",
        "填表人：崔秀珍 / 出口业务部长   填表日期：2026年4月9日",
        "",
        "一、资质",
        "1. 营业执照/工厂登记：有（附件）   2. CGMP / ISO 22716 认证：ISO 22716，有效期至2027-05",
        "3. 是否取得AEO认证：韩国海关AEO（A级），证书号 KR-AEO-2021-0xxx",
        "二、质量管理",
        "4. 是否每批出具成品检验报告（COA）：是   5. 近一年是否发生产品召回：否",
        "三、生产及仓储安全",
        "6. 厂区是否有围墙、门卫及监控：有，24小时保安，监控保存60天",
        "7. 成品仓库是否限制无关人员进入：是，刷卡进入",
        "8. 装柜时是否检查集装箱并施加封条：是，装柜前检查箱体，施加高保封条并记录封条号",
        "四、人员管理",
        "9. 是否对员工进行背景审查：是（入职时）   10. 是否对员工进行供应链安全培训：每年一次",
        "五、运输",
        "11. 出口运输由谁安排：FOB仁川港，由买方指定货代安排",
        "",
        "供应商签章：（Seorin Cosmetics 公司印章）   崔秀珍",
        "",
        "以下由澜研美妆填写：",
        "评估意见：资质齐全，质量及安全控制良好，同意列入合格供方名录。",
        "评估人：采购主管 韩梅  2026-04-15     审核：质量合规专员 刘佳  2026-04-16",
    ]
    y = 770
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 20
    c.showPage()
    c.save()


# ---------------------------------------------------------------- WeChat export
WECHAT = """微信聊天记录导出
聊天对象：澜研-申港 关务对接群
导出时间：2026-10-12 17:40

2026-08-19 10:12 林经理(申港报关)
[文件] 2201202618xxxx 草单.pdf 陈工请核一下，瑞琳这票3个品名

2026-08-19 10:40 何雨
第2项精华液HS跟上一票一致，发票单价跟合同一致，原产地韩国

2026-08-19 11:05 陈晓
核过了，第3项面霜净重和装箱单差了2kg，麻烦改一下再发我，改完可以申报

2026-08-19 11:30 林经理(申港报关)
已改，新草单见附件
[文件] 草单v2.pdf

2026-08-19 11:42 陈晓
OK，确认申报

2026-04-16 16:20 王建国
HDMU的那个柜到了，封条号和提单对得上，拆了，少了6箱洁面乳，收货单上已经写了

2026-04-16 16:31 陈晓
收到，我先跟瑞琳和货代确认是装港短装还是途中，今天给海关这边要不要报我问下林经理

2026-04-16 16:45 林经理(申港报关)
先确认是不是短装，短装的话按实际数量走更正，我们这边配合

2026-04-17 09:15 陈晓
瑞琳回复装港少装6箱，已出具说明，按更正流程办

2026-09-25 14:02 周敏
下周园区消防维保，仓库有人需要配合一下，国庆前后库区巡查大家多注意

2026-09-25 14:10 王建国
收到
"""


# ---------------------------------------------------------------- unrelated: event flyer
def flyer_pdf(path: pathlib.Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFillColorRGB(0.98, 0.88, 0.9)
    c.rect(0, 0, A4[0], A4[1], fill=1, stroke=0)
    c.setFillColorRGB(0.5, 0.1, 0.25)
    c.setFont("STSong-Light", 30)
    c.drawString(70, 740, "秋日美妆市集 · 品牌体验日")
    c.setFont("STSong-Light", 14)
    y = 690
    for ln in ["时间：2026年10月24日（周六）10:00-18:00", "地点：闵行区虹桥天地 一层中庭",
               "参展品牌：瑞琳、Maison Clair、花见 等12个进口品牌", "现场活动：肤质检测、新品试用、满199元赠旅行装",
               "同期：进口美妆供应链交流沙龙（14:00，仅限受邀嘉宾）", "扫码报名，前200名到场可领取精美礼袋",
               "主办：上海澜研美妆贸易有限公司 市场部"]:
        c.drawString(70, y, ln)
        y -= 34
    c.showPage()
    c.save()


# ---------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        d_hr = out / "01 制度文件"
        d_rec = out / "02 记录台账"
        d_misc = out / "新建文件夹"
        for d in (d_hr, d_rec, d_misc):
            d.mkdir(parents=True, exist_ok=True)
        handbook_docx(tmp / "员工手册（2026版）.docx")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/{NAME}-lo",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(tmp / "员工手册（2026版）.docx")],
                       check=True, capture_output=True, timeout=240)
        shutil.copy(tmp / "员工手册（2026版）.pdf", d_hr / "员工手册（2026版）.pdf")
        qp_docx(d_hr / "进口化妆品质量与合规管理程序 LY-QP-07.docx")
        emergency_docx(d_misc / "新建 Microsoft Word 文档.docx")
        audit_docx(d_rec / "2026年度进口业务内部审核报告.docx")
        workbook(d_rec / "关务及仓储台账2025-2026.xlsx", rng)
        signin_scan(d_rec / "扫描件002.pdf", rng)
        supplier_pdf(d_misc / "附件1.pdf")
        (d_misc / "微信聊天记录_澜研-申港关务对接群.txt").write_text(WECHAT, encoding="utf-8")
        flyer_pdf(d_misc / "秋日美妆市集海报.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import sys
    o = pathlib.Path(sys.argv[1])
    o.mkdir(parents=True, exist_ok=True)
    build(o)
