"""ho8-gen-importer-legacy: 上海恒昌五金进出口有限公司 — an older pure trading company whose
files are partly legacy (.doc/.xls), a zip of last year's records, TXT notes and DOCX policies."""
from __future__ import annotations

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

NAME = "ho8-gen-importer-legacy"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CO = "上海恒昌五金进出口有限公司"


# ---------------------------------------------------------------- helpers
def _doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def _docx(path: pathlib.Path, title: str, blocks, breaks: bool = False):
    """blocks: list of (heading or None, [paragraphs]); breaks → page break before each heading."""
    d = _doc()
    d.add_heading(title, level=0)
    first = True
    for head, paras in blocks:
        if head:
            if breaks and not first:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            d.add_heading(head, level=1)
        first = False
        for p in paras:
            if isinstance(p, list):  # a table
                t = d.add_table(rows=0, cols=len(p[0]))
                t.style = "Table Grid"
                for row in p:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        c.text = str(v)
            else:
                d.add_paragraph(p)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


def _xlsx(path: pathlib.Path, sheets: dict):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col in "ABCDEFGHIJ":
            ws.column_dimensions[col].width = 16
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _fixed_zip_bytes(path: pathlib.Path) -> bytes:
    """A DOCX/XLSX with fixed entry times and core dates (so the zip of last year's files is stable)."""
    import io
    import re
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for i in zin.infolist():
            data = zin.read(i.filename)
            if i.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-12-01T00:00:00Z\g<2>", data)
            zout.writestr(zipfile.ZipInfo(i.filename, date_time=(2025, 12, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _fixed_xls(src: pathlib.Path, dst: pathlib.Path) -> None:
    """Copy an .xls written by LibreOffice with its summary FILETIMEs (VT_FILETIME, 2020–2035) fixed."""
    import datetime as _dt
    import struct
    data = bytearray(src.read_bytes())
    fixed = struct.pack("<Q", int((_dt.datetime(2026, 4, 28, 9, 0) - _dt.datetime(1601, 1, 1)).total_seconds()) * 10**7)
    i = data.find(b"\x40\x00\x00\x00")
    while 0 <= i <= len(data) - 12:
        ft = struct.unpack("<Q", bytes(data[i + 4:i + 12]))[0]
        year = 1601 + ft // (10**7 * 86400 * 365.2425)
        if 2020 <= year <= 2035:
            data[i + 4:i + 12] = fixed
        i = data.find(b"\x40\x00\x00\x00", i + 1)
    dst.write_bytes(bytes(data))


def _soffice(fmt: str, outdir: pathlib.Path, files):
    import os
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", TZ="UTC")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/{NAME}-lo",
                    "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, env=env)


def _font(size, serif=False):
    return ImageFont.truetype(SERIF if serif else SANS, size, index=2)


def _table_image(title, header, rows, size=(1240, 900), rnd=None, note=""):
    img = Image.new("L", size, 246)
    dr = ImageDraw.Draw(img)
    dr.text((60, 30), title, font=_font(34), fill=20)
    x0, y0 = 50, 100
    n = len(header)
    cw = (size[0] - 100) // n
    rh = 46
    f = _font(20)
    for i, row in enumerate([header] + rows):
        y = y0 + i * rh
        for j, v in enumerate(row):
            dr.rectangle([x0 + j * cw, y, x0 + (j + 1) * cw, y + rh], outline=60)
            jitter = rnd.randint(-2, 2) if rnd else 0
            dr.text((x0 + j * cw + 8, y + 10 + jitter), str(v), font=f, fill=30)
    if note:
        dr.text((60, y0 + (len(rows) + 1) * rh + 30), note, font=_font(22), fill=40)
    return img


# ---------------------------------------------------------------- documents
def _policy_customs(p):
    _docx(p, f"{CO}关务管理制度（2019年修订，2024年3月第三次修订）", [
        ("第一章 总则", [
            "第一条 为规范公司进出口业务操作，确保如实申报、依法纳税，依据《海关法》等规定，结合公司作为纯贸易型进出口企业的实际，制定本制度。",
            "第二条 本制度适用于公司关务部、业务部、财务部、行政部。公司不设生产车间，货物由委托的物流公司自港口直送客户或暂存于物流公司仓库。",
        ]),
        ("第二章 关务组织与职责", [
            "第三条 公司由副总经理王丽萍分管关务工作及供应链安全工作（见2023年7月《关于明确关务分管领导的通知》）；关务部经理刘建华为关务负责人，具体负责报关事务。",
            "第四条 关务部设报关员、单证员岗位，岗位职责见附表。",
        ]),
        ("第三章 海关法规学习", [
            "第五条 关务部每年年初编制海关法规学习计划，报副总经理批准。公司每年至少组织一次海关法律法规内部学习，董事长（法定代表人）、分管副总经理、关务部经理必须参加；因故缺席的须在三个月内补学并签字。",
            "第六条 每次学习须有签到表、课件或讲义，由关务部存档，保存不少于三年。",
            "第七条 海关新发布的公告、规定由关务部经理在发布后十个工作日内在部门内传达。",
        ]),
        ("第四章 申报前单证审核", [
            "第八条 所有进口货物在委托报关行申报前，由单证员按合同、发票、装箱单、提单制作报关资料草单，再由关务部经理逐票审核。",
            "第九条 审核内容包括：商品名称、规格型号、HS编码归类、成交价格及运保费、原产地、数量及包装种类、境外发货人、货物存放地点及运输路线、标签标识等；审核人在《单证复核登记表》上签字后方可发送报关行。",
            "第十条 报关行回传的报关单草稿，由报关员与草单核对无误后确认。发现差错的，登记《差错登记》，分析原因并在月度关务例会上通报。",
        ]),
        ("第五章 单证归档与印章证书", [
            "第十一条 每票进口业务的合同、发票、装箱单、提单、报关单、税单、委托协议等在货物放行后十个工作日内整理归档，电子扫描件同步上传ERP系统附件，纸质档案按年度、按报关单号装盒，保存期限不少于十年。",
            "第十二条 归档资料借阅须在《档案借阅登记》登记，经关务部经理同意，借阅不超过五个工作日。档案室钥匙由单证员保管。",
            "第十三条 商品技术资料（说明书、规格书）随该票单证一并归档。",
            "第十四条 报关专用章、海关注册登记证书及海关出具的法律文书由关务部经理专人保管，存放于带锁文件柜；用印须填写《印章使用登记》，写明用途、经办人、批准人。",
            "第十五条 公司申请海关企业认证的全部书面和电子资料由关务部单独立卷，编号为“AEO-年份-序号”，集中保管。",
        ]),
        ("第六章 内部审计", [
            "第十六条 公司每年至少开展一次进出口业务内部审计，由副总经理牵头组成内审小组（成员不得审核本部门工作），覆盖申报、单证、归档、税费、贸易安全等环节。",
            "第十七条 内审小组出具书面内审报告，列明发现的问题、整改要求和期限，内审报告及工作底稿由关务部归档保存。",
        ]),
        ("第七章 问题整改与责任追究", [
            "第十八条 内审、海关稽查核查或日常工作中发现的问题，由责任部门制定整改措施，填写《整改跟踪表》，副总经理王丽萍负责督促并验收签字。",
            "第十九条 海关要求公司改正或者规范改进的事项，由董事长或分管副总经理亲自组织实施，并在期限内向海关书面报告结果。",
            "第二十条 因故意或重大过失造成申报差错、被海关处罚的，视情节对责任人给予通报批评、扣减绩效直至解除劳动合同；涉嫌违法犯罪的移送司法机关。",
            "第二十一条 本制度由关务部负责解释，自发布之日起施行。",
        ]),
    ])


def _appointment(p):
    _docx(p, "关于明确关务分管领导的通知", [(None, [
        "恒昌行〔2023〕12号",
        "公司各部门：",
        "经总经理办公会研究决定，自2023年7月1日起，由副总经理王丽萍同志分管关务部工作，负责公司进出口通关、海关事务联络及供应链安全管理；关务部经理刘建华同志任关务负责人，协助分管领导开展工作。",
        "原由总经理办公室代管关务的安排同时废止。",
        "特此通知。",
        f"{CO}（盖章）",
        "2023年6月26日",
    ])])


def _policy_it(p):
    _docx(p, "信息系统及数据安全管理规定", [
        ("一、系统范围", [
            "公司使用“用友U8”ERP系统（2013年上线）管理采购、销售、库存、进出口单证及财务核算；关务部另使用单一窗口客户端。ERP服务器放置于公司机房，由IT专员黄磊维护。",
        ]),
        ("二、数据保存", [
            "ERP业务数据及财务数据在系统内永久保留，不得删除；每日22:00自动增量备份至NAS，每周日全量备份一次并异地存放移动硬盘；备份介质保存期不少于五年。",
            "进出口单证电子扫描件作为ERP附件保存，保存期限不少于十年。",
        ]),
        ("三、账号与权限", [
            "员工账号实行一人一号，按岗位分配权限，密码不少于8位且每90天更换；员工调岗、离职当日由IT专员停用或调整账号。",
            "机房门禁仅限IT专员及行政部主管，其他人员进入须登记并由IT专员陪同。",
        ]),
        ("四、安全防护", [
            "所有电脑安装统一杀毒软件，禁止私自安装软件，禁止使用个人U盘拷贝业务数据。",
            "每年对全体员工进行一次信息安全教育。",
        ]),
        ("五、责任追究", [
            "违反本规定造成数据泄露、丢失或系统损坏的，视情节给予警告、罚款、降职直至解除劳动合同，造成损失的依法追偿。",
        ]),
        ("附：备份检查", [
            "IT专员每月检查一次备份完整性，并在《备份检查记录》中登记（2026年1-4月记录见下表）。",
            [["月份", "检查日期", "增量备份", "全量备份", "恢复抽测", "检查人"],
             ["2026-01", "2026-01-29", "正常", "正常", "抽测2025-12凭证，成功", "黄磊"],
             ["2026-02", "2026-02-26", "正常", "正常", "抽测报关附件，成功", "黄磊"],
             ["2026-03", "2026-03-30", "正常", "第3周失败，已重做", "成功", "黄磊"],
             ["2026-04", "2026-04-28", "正常", "正常", "成功", "黄磊"]],
            "发布：行政部　　2021年9月1日　　修订：2025年8月",
        ]),
    ])


def _security_manual(p):
    _docx(p, "贸易安全管理手册（第2版）", [
        (None, [f"编制：{CO} 行政部 / 关务部", "批准：副总经理 王丽萍", "版本日期：2025年6月16日",
                "说明：公司为单纯国际贸易企业，无生产场所。集装箱及运输工具的检查由委托的主要物流企业上海恒通国际物流有限公司执行，本手册第六章规定对其的要求。"]),
        ("第一章 经营场所安全", [
            "1.1 公司办公场所位于上海市虹口区东大名路某大厦12层整层，大楼由物业公司实行24小时门岗值守和监控。",
            "1.2 公司楼层入口设门禁刷卡，前台工作时间有专人值守；机房、档案室、财务室为重点区域，单独上锁。",
            "1.3 行政部每周巡查一次办公区门窗、锁具、监控和照明，填写《安保巡查记录》；发现损坏的当日报物业维修。",
            "1.4 全部外门、档案室、机房、财务室钥匙实行登记发放与回收，由行政部主管赵志强管理《钥匙领用登记》，人员离职时收回。",
            "1.5 物业每季度对大楼结构、门窗、消防设施进行检查，行政部留存检查记录复印件。",
        ]),
        ("第二章 人员和车辆进出", [
            "2.1 员工凭本人门禁卡进出，门禁卡由行政部统一发放、登记，按岗位设定可进入区域；离职时收回。",
            "2.2 来访人员须在前台出示带照片的身份证件，由前台登记姓名、证件号、单位、事由、被访人，发放临时访客卡；进入档案室、机房须由被访人全程陪同，离开时交回访客卡。",
            "2.3 员工车辆停放在大楼地下车库B2层公司租用车位；来访车辆由前台登记车牌后停放于B2访客车位。",
        ]),
        ("第三章 员工入职、在职与离职", [
            "3.1 拟聘人员须提交身份证、学历证明和前雇主离职证明，行政部核实身份和工作经历；关务、财务、IT岗位还须提交无犯罪记录证明。",
            "3.2 行政部维护员工花名册，人员变动当月更新。",
            "3.3 员工离职须办理《离职交接单》：交回门禁卡、钥匙、电脑及其他设备，IT专员当日停用ERP及邮箱账号。",
        ]),
        ("第四章 商业伙伴", [
            "4.1 商业伙伴包括境外供应商、物流公司、报关行及仓库。关务部每年对主要商业伙伴开展一次供应链安全评估，填写《商业伙伴安全评估表》，评估结果分为合格、整改后合格、不合格。",
            "4.2 已取得海关认证的合作方可免于评估，但须留存其认证证明。",
            "4.3 与物流公司、报关行签订的合同应包含贸易安全条款；境外供应商须签署《供应链安全承诺书》。",
        ]),
        ("第五章 货物安全", [
            "5.1 货物到达物流公司仓库或客户处时，由物流公司收货员和我司业务员按装箱单核对件数、重量、唛头及标签，双方在《到货验收单》上签字。",
            "5.2 发现溢装、短装、破损或其他异常时，业务员须在24小时内填写《货物异常报告》，报关务部经理；涉及申报数据的，由关务部联系报关行向海关办理修改或报告。",
            "5.3 转关、调拨货物须与采购订单或出货通知核对后放行。",
        ]),
        ("第六章 集装箱及运输工具（委托物流企业）", [
            "6.1 物流公司在提箱、装卸前须按“七点检查法”检查集装箱：前壁、左侧、右侧、地板、顶部、内/外门、外部/起落架，并登记检查结果和施封号。",
            "6.2 物流公司须对承运车辆进行出车前安全检查（驾驶室、车厢、底盘、油箱等隐蔽部位），核实司机身份，并保存记录。",
            "6.3 关务部每半年抽查一次物流公司的检查记录。",
        ]),
        ("第七章 危机管理", [
            "7.1 发生火灾、台风、盗窃、货物被海关查获异常、信息系统瘫痪等情况，按《突发事件应急预案》处理，当班负责人立即报告副总经理。",
            "7.2 涉及海关监管货物的异常情况，由关务部经理在24小时内向主管海关报告。",
            "7.3 公司每年组织一次应急演练，并对员工进行供应链安全和应急处置培训。",
            "附：突发事件应急预案要点——组织：总指挥王丽萍，副总指挥赵志强；报告流程：发现人→部门负责人→总指挥→（涉海关事项）关务部经理报主管海关；通讯录见行政部。",
        ]),
    ], breaks=True)


def _declaration(p):
    _docx(p, "守法声明书", [(None, [
        "致：上海海关",
        f"本公司及下列人员郑重声明：自2025年6月1日至今，法定代表人、分管关务副总经理、关务负责人、财务负责人均未因故意犯罪受过刑事处罚，未被列入失信被执行人或其他联合惩戒名单。如有不实，愿承担法律责任。",
        [["姓名", "职务", "签字", "日期"],
         ["陈国栋", "董事长兼总经理（法定代表人）", "陈国栋", "2026-05-06"],
         ["王丽萍", "副总经理（分管关务、贸易安全）", "王丽萍", "2026-05-06"],
         ["刘建华", "关务部经理", "刘建华", "2026-05-06"],
         ["吴慧", "财务经理", "吴慧", "2026-05-07"]],
        f"{CO}（盖章）",
    ])])


def _contract(p):
    _docx(p, "物流服务合同（节选）", [
        (None, ["合同编号：HC-WL-2025-003", f"甲方：{CO}", "乙方：上海恒通国际物流有限公司",
                "有效期：2025年7月1日至2027年6月30日"]),
        ("第三条 服务内容", ["乙方为甲方进口货物提供提箱、拖运、仓储、分拨及送货服务。"]),
        ("第八条 安全要求", [
            "8.1 乙方应按照海关认证企业标准中贸易安全的要求，建立并完善自身的场所、人员、集装箱和运输工具安全管理。",
            "8.2 乙方应对每一个承运集装箱实施七点检查并记录，对承运车辆进行出车前检查，核实驾驶员身份，相关记录保存不少于一年，甲方有权随时抽查。",
            "8.3 乙方发现封志异常、箱体破损或可疑物品时，应立即停止作业并通知甲方。",
            "8.4 乙方应配合甲方每年一次的供应链安全评估。",
        ]),
        ("签署", ["甲方代表：王丽萍（签字）　乙方代表：沈建（签字）　2025年6月20日"]),
    ])


def _audit_report(p):
    _docx(p, "2025年度进出口业务内部审计报告", [
        (None, ["审计期间：2025年1月1日—2025年10月31日", "审计时间：2025年11月17日—11月20日",
                "内审小组：组长 王丽萍（副总经理），成员 吴慧（财务经理）、赵志强（行政部主管）",
                "报告日期：2025年11月24日"]),
        ("一、审计范围与方法", ["抽查2025年进口报关单60票（1—10月共八百余票）的单证复核、归档、税费缴纳；检查培训、印章、信息系统备份、访客登记、商业伙伴评估及应急管理记录。"]),
        ("二、总体结论", ["进口申报审核和归档执行较好，抽查60票均有复核签字；税款均在期限内缴纳。发现问题3项，需整改。"]),
        ("三、发现的问题", [
            [["序号", "问题", "整改要求", "责任人", "期限"],
             ["1", "2票报关单原产地与原产地证不一致（已由报关行修改，未造成后果）", "增加原产地证核对项", "刘建华", "2025-12-31"],
             ["2", "7家合作方中仅3家做过安全评估", "补做其余合作方评估", "刘建华", "2026-06-30"],
             ["3", "2025年未组织应急演练", "2026年上半年组织一次演练", "赵志强", "2026-06-30"]]]),
        ("四、附件", ["整改跟踪表（另见）。"]),
        ("审批", ["副总经理：王丽萍　2025-11-24"]),
    ])


def _receiving(p):
    rnd = random.Random(NAME + "recv")
    rows = [("日期", "报关单号", "提单号", "箱号", "品名", "应到件数", "实到件数", "毛重KG", "异常", "物流收货员", "我司业务员")]
    days = ["2025-04-08", "2025-09-12", "2025-11-03", "2026-01-15", "2026-02-27", "2026-03-18", "2026-04-09", "2026-05-12"]
    items = ["深沟球轴承", "不锈钢球阀", "液压接头", "气动元件", "铜质管件"]
    for i, d in enumerate(days):
        n = rnd.randint(80, 400)
        short = 2 if d == "2026-03-18" else 0
        rows.append((d, f"2201{d[2:4]}{rnd.randint(10**9, 10**10 - 1)}", f"COSU{rnd.randint(6000000, 6999999)}",
                     f"TGHU{rnd.randint(1000000, 9999999)}", items[i % 5], n, n - short, rnd.randint(3000, 18000),
                     "短少2箱，已报告" if short else "无", "钱勇" if i % 2 else "高峰", "马骏" if i % 3 else "林晓"))
    exc = [("报告日期", "报关单号", "异常情况", "处理措施", "报告人", "关务部经理意见"),
           ("2026-03-19", rows[6][1], "气动元件应到312箱实到310箱，短少2箱，箱体封志完好", "通知供应商核实，确认漏装；报关行向海关办理报关单修改，补发货物另行申报", "马骏", "同意，刘建华 2026-03-19")]
    _xlsx(p, {"到货验收": rows, "货物异常报告": exc})


def build(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    rnd = random.Random(NAME)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        src = tmp / "src"
        src.mkdir()
        # ---- legacy Word files (.doc) made from DOCX
        _policy_customs(src / "doc12.docx")
        _appointment(src / "附件2.docx")
        # ---- PDF from DOCX
        _security_manual(src / "贸易安全管理手册.docx")
        # ---- legacy Excel files (.xls) made from XLSX
        train26 = [("培训日期", "培训主题", "讲师", "姓名", "部门/职务", "签到", "学时")]
        people26 = [("王丽萍", "副总经理"), ("刘建华", "关务部经理"), ("周敏", "关务部报关员"), ("孙倩", "关务部单证员"),
                    ("马骏", "业务部业务员"), ("林晓", "业务部业务员")]
        for n, r in people26:
            train26.append(("2026-03-12", "2026年海关法规更新：申报要素、两步申报、原产地规则", "刘建华", n, r, "已签", 2))
        sales = [("日期", "主题", "讲师", "姓名", "部门", "签到")]
        for n, r in [("马骏", "业务部"), ("林晓", "业务部"), ("郑涛", "业务部"), ("陈雪", "业务部")]:
            sales.append(("2026-04-16", "新品轴承产品知识与报价技巧", "供应商SKF代表", n, r, "已签"))
        _xlsx(src / "培训签到2026.xlsx", {"海关法规学习": train26, "销售培训": sales})
        review = [("申报日期", "合同号", "品名", "HS编码", "数量", "原产地", "制单", "复核", "复核意见")]
        for i in range(14):
            m = 1 + i // 3
            d = f"2026-{m:02d}-{rnd.randint(3, 27):02d}" if i != 6 else "2026-02-11"
            hs = rnd.choice(["8482102000", "8481804090", "8412210000", "7412209000", "8481300000"])
            review.append((d, f"HC26-{i + 5:03d}", {"848": "轴承/阀门", "841": "气缸", "741": "铜管件"}[hs[:3]], hs,
                           rnd.randint(50, 900), rnd.choice(["日本", "德国", "意大利", "韩国"]), "孙倩", "刘建华",
                           "原产地与原产地证不符，退回修改" if i == 6 else "同意"))
        review.sort(key=lambda r: r[0] if r[0] != "申报日期" else "")
        errs = [("日期", "报关单号/合同号", "差错内容", "原因", "处理", "登记人"),
                ("2026-02-11", "HC26-011", "草单原产地填德国，原产地证为意大利", "单证员未核对原产地证", "退回修改，月度例会通报", "刘建华"),
                ("2025-12-05", "HC25-298", "申报数量单位千克误为个", "报关行录入错误", "要求报关行修改后再申报", "周敏")]
        seal = [("日期", "用印文件", "份数", "经办人", "批准人")]
        for d, f, _n in [("2025-07-10", "代理报关委托书（恒通）", 1), ("2025-12-22", "报关单修改申请表", 1), ("2026-03-19", "报关单修改申请表", 1),
                     ("2026-04-22", "海关企业信息变更申请（联系人）", 1)]:
            seal.append((d, f, 1, "周敏", "刘建华"))
        _xlsx(src / "单证复核登记.xlsx", {"2026复核": review, "差错登记": errs, "印章使用登记": seal})
        partners = [("序号", "名称", "类别", "国家/地区", "合作起始", "是否海关认证", "最近安全评估日期", "评估结果", "安全承诺/合同条款")]
        partners += [
            (1, "上海恒通国际物流有限公司", "物流/仓储", "中国", "2016", "否", "2025-09-08", "合格", "合同第八条"),
            (2, "上海浦江报关有限公司", "报关行", "中国", "2012", "高级认证企业", "免评估（认证证书复印件）", "—", "委托协议安全条款"),
            (3, "Nakamura Bearing Co., Ltd.", "供应商", "日本", "2009", "—", "2025-10-15", "合格", "承诺书2025"),
            (4, "Rheinhold Armaturen GmbH", "供应商", "德国", "2014", "—", "", "", "承诺书2019"),
            (5, "Valvole Nord S.r.l.", "供应商", "意大利", "2018", "—", "", "", "采购合同第9条（2024版）"),
            (6, "Daesung Pneumatic Co.", "供应商", "韩国", "2021", "—", "2024-03-20", "整改后合格", "承诺书2024"),
            (7, "宁波港东物流有限公司（备用承运）", "物流", "中国", "2023", "否", "", "", "承运协议第六条安全条款"),
        ]
        _xlsx(src / "合作方名单.xlsx", {"合作方清单": partners})
        # ---- plain XLSX records
        _receiving(src / "到货验收及异常.xlsx")
        visit = [("日期", "来访人", "证件类型", "证件号(后4位)", "单位", "事由", "被访人", "访客卡号", "进入区域", "陪同人", "车牌", "离开时间")]
        for d, nm, u, why, host, area, car, leave_t in [
            ("2025-06-18", "许志伟", "恒通物流", "对账", "吴慧", "财务室", "沪A·3K5", "11:20"),
            ("2025-09-08", "沈建", "恒通物流", "安全评估座谈", "刘建华", "会议室", "", "16:05"),
            ("2026-01-09", "田中 聪", "Nakamura Bearing", "年度拜访", "王丽萍", "会议室", "", "15:30"),
            ("2026-02-24", "李强", "网络公司", "机房交换机更换", "黄磊", "机房", "沪C·77B", "17:40"),
            ("2026-04-15", "郑海燕", "浦江报关", "单证交接", "周敏", "档案室", "", "10:45"),
            ("2026-05-20", "周立", "会计师事务所", "审计资料", "吴慧", "财务室", "沪B·1M2", "16:00")]:
            host_escort = host if area in ("机房", "档案室", "财务室") else ""
            visit.append((d, nm, "护照" if "田中" in nm else "身份证", f"{rnd.randint(1000, 9999)}", u, why, host,
                          f"V-{rnd.randint(1, 20):02d}", area, host_escort, car, leave_t))
        badges = [("日期", "姓名", "部门", "事项", "卡号", "权限区域", "经办")]
        badges += [("2025-08-04", "郑涛", "业务部", "发放", "E-031", "办公区", "赵志强"),
                   ("2025-12-31", "陈雪", "业务部", "发放", "E-032", "办公区", "赵志强"),
                   ("2026-01-20", "何斌", "业务部", "回收(离职)", "E-024", "办公区", "赵志强"),
                   ("2026-03-02", "孙倩", "关务部", "权限增加", "E-017", "办公区+档案室", "赵志强")]
        patrol = [("日期", "门窗锁具", "门禁", "监控", "照明", "档案室/机房", "异常及处理", "巡查人")]
        import datetime as _dt
        for k in range(13):  # every Friday, 2026-03-06 … 2026-05-29 (earlier sheets kept on paper)
            d = (_dt.date(2026, 3, 6) + _dt.timedelta(days=7 * k)).isoformat()
            note = "机房门锁卡涩，当日报物业更换锁芯" if d == "2026-03-06" else "无"
            patrol.append((d, "正常" if note == "无" else "异常", "正常", "正常", "正常", "已锁", note, "赵志强"))
        _xlsx(src / "来访及门禁登记.xlsx", {"来访登记": visit, "门禁卡发放回收": badges, "安保巡查": patrol})
        staff = [("工号", "姓名", "部门", "职务", "入职日期", "状态", "离职日期")]
        staff += [("001", "陈国栋", "总经办", "董事长兼总经理", "1998-05-01", "在职", ""),
                  ("006", "王丽萍", "总经办", "副总经理", "2003-03-10", "在职", ""),
                  ("011", "刘建华", "关务部", "关务部经理", "2008-07-01", "在职", ""),
                  ("015", "周敏", "关务部", "报关员", "2013-02-18", "在职", ""),
                  ("017", "孙倩", "关务部", "单证员", "2019-09-02", "在职", ""),
                  ("009", "吴慧", "财务部", "财务经理", "2006-04-01", "在职", ""),
                  ("012", "赵志强", "行政部", "行政部主管", "2010-11-15", "在职", ""),
                  ("020", "黄磊", "行政部", "IT专员", "2017-06-01", "在职", ""),
                  ("024", "何斌", "业务部", "业务员", "2020-03-01", "离职", "2026-01-20"),
                  ("027", "马骏", "业务部", "业务员", "2021-08-09", "在职", ""),
                  ("029", "林晓", "业务部", "业务员", "2023-02-13", "在职", ""),
                  ("031", "郑涛", "业务部", "业务员", "2025-08-04", "在职", ""),
                  ("032", "陈雪", "业务部", "业务助理", "2025-12-31", "在职", "")]
        bg = [("姓名", "应聘岗位", "身份证核验", "学历核验", "前雇主核实", "无犯罪记录证明", "核实人", "核实日期")]
        bg += [("郑涛", "业务员", "已核验（联网核查）", "学信网已核", "电话核实前雇主宁波某进出口公司人事", "本人无违法犯罪承诺书＋信用中国查询无记录", "赵志强", "2025-07-25"),
               ("陈雪", "业务助理", "已核验", "学信网已核", "应届毕业生，实习单位证明", "已提供（派出所2025-12-20）", "赵志强", "2025-12-24")]
        leave = [("姓名", "离职日期", "门禁卡", "钥匙", "笔记本电脑", "ERP账号停用", "邮箱停用", "交接确认")]
        leave += [("何斌", "2026-01-20", "已收回 E-024", "无", "已收回 HC-NB-08", "2026-01-20 黄磊", "2026-01-20 黄磊", "赵志强 / 部门经理 马骏代")]
        _xlsx(src / "员工花名册2026.xlsx", {"花名册(2026-05)": staff, "入职背景核实": bg, "离职交接": leave})
        wl = [("日期", "箱号", "封志号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "检查人")]
        for d in ["2025-11-02", "2026-01-14", "2026-02-26", "2026-03-17", "2026-04-08", "2026-05-11"]:
            wl.append((d, f"TGHU{rnd.randint(1000000, 9999999)}", f"HT{rnd.randint(100000, 999999)}", "√", "√", "√", "√", "√", "√", "√", "钱勇"))
        veh = [("日期", "车牌", "司机", "驾驶证核对", "驾驶室", "车厢/底板", "底盘", "油箱/备胎", "结果", "检查人")]
        for d, car, drv in [("2026-01-14", "沪D·6A12挂", "顾卫东"), ("2026-02-26", "沪D·3F88挂", "孙宏"),
                            ("2026-03-17", "沪D·6A12挂", "顾卫东"), ("2026-05-11", "沪D·9C05挂", "彭亮")]:
            veh.append((d, car, drv, "已核", "√", "√", "√", "√", "正常", "高峰"))
        (src / "恒通物流资料").mkdir()
        _xlsx(src / "恒通物流资料" / "提箱检查记录.xlsx", {"集装箱七点检查": wl, "车辆出车检查": veh})
        # ---- zip content (last year's records)
        z = src / "zip" / "2025资料"
        _audit_report(z / "2025年度内部审计报告.docx")
        train25 = [("日期", "主题", "讲师", "姓名", "职务", "签到")]
        for n, r in [("陈国栋", "董事长兼总经理"), ("王丽萍", "副总经理"), ("刘建华", "关务部经理"), ("周敏", "报关员"), ("孙倩", "单证员")]:
            train25.append(("2025-04-15", "海关稽查与主动披露政策解读", "浦江报关 郑海燕", n, r, "已签"))
        sc = [("日期", "主题", "讲师", "姓名", "职务", "签到")]
        for n, r in [("王丽萍", "副总经理"), ("刘建华", "关务部经理"), ("赵志强", "行政部主管"), ("周敏", "报关员"), ("孙倩", "单证员"),
                     ("马骏", "业务员"), ("林晓", "业务员"), ("黄磊", "IT专员")]:
            sc.append(("2025-10-22", "供应链安全：货物交接、封志与异常报告；海关认证企业的安全责任", "刘建华", n, r, "已签"))
        _xlsx(z / "2025培训签到.xlsx", {"4月法规培训": train25, "10月供应链安全培训": sc})
        track = [("序号", "问题", "整改措施", "责任人", "完成日期", "验收", "状态")]
        track += [(1, "原产地与原产地证不一致", "《单证复核登记表》增加原产地证核对栏", "刘建华", "2025-12-15", "王丽萍 2025-12-18", "已关闭"),
                  (2, "合作方安全评估不全", "补评估德国、意大利供应商及宁波港东物流", "刘建华", "", "", "进行中（已发问卷，未收回）"),
                  (3, "2025年未组织应急演练", "计划2026年6月消防及系统瘫痪联合演练", "赵志强", "", "", "未开始")]
        _xlsx(z / "整改跟踪表.xlsx", {"整改跟踪": track})
        _xlsx(z / "供应商评估" / "Nakamura评估表.xlsx", {"评估表": [
            ("项目", "内容", "结果"), ("评估对象", "Nakamura Bearing Co., Ltd.", ""), ("评估日期", "2025-10-15", ""),
            ("出货场所安全", "工厂有围墙、门卫、CCTV", "符合"), ("装箱监管", "装箱时有专人监装并拍照", "符合"),
            ("封志管理", "使用ISO17712高保封志，台账完整", "符合"), ("人员安全", "员工入职背景审查", "符合"),
            ("结论", "合格", "评估人：刘建华")]})
        _xlsx(z / "供应商评估" / "恒通物流评估表.xlsx", {"评估表": [
            ("项目", "内容", "结果"), ("评估对象", "上海恒通国际物流有限公司", ""), ("评估日期", "2025-09-08", ""),
            ("仓库安全", "仓库围墙、门卫24小时、监控保存90天", "符合"), ("集装箱检查", "七点检查记录齐全", "符合"),
            ("车辆管理", "出车检查、司机身份核对", "符合"), ("结论", "合格", "评估人：刘建华")]})
        (z / "演练记录.txt").write_text(
            "消防疏散演练记录\r\n时间：2024年11月21日 14:00-14:40\r\n地点：大厦12层及消防楼梯\r\n组织：行政部 赵志强\r\n"
            "参加：全体在岗员工18人\r\n内容：火警报警、疏散至东大名路广场集合点、清点人数、灭火器使用\r\n"
            "问题：2人未按路线疏散；集合点清点用时6分钟，偏长\r\n记录人：赵志强\r\n", encoding="gbk")
        (z / "客户退货说明.txt").write_text(
            "2025年8月 客户 苏州某机械厂 退回液压接头3箱\r\n原因：运输途中外包装受潮，客户拒收外包装破损件\r\n"
            "处理：由承运人赔付，非产品质量问题，未涉及境外通报\r\n经办：马骏 2025-08-19\r\n", encoding="gbk")
        # ---- conversions
        conv = tmp / "conv"
        conv.mkdir()
        _soffice("doc", conv, [src / "doc12.docx", src / "附件2.docx"])
        _soffice("pdf", conv, [src / "贸易安全管理手册.docx"])
        _soffice("xls", conv, [src / "培训签到2026.xlsx", src / "单证复核登记.xlsx", src / "合作方名单.xlsx"])
        # ---- assemble the bundle
        nf = out / "新建文件夹"
        nf.mkdir(parents=True)
        shutil.copy(conv / "doc12.doc", out / "doc12.doc")
        shutil.copy(conv / "附件2.doc", out / "附件2.doc")
        (out / "制度").mkdir()
        _policy_it(out / "制度" / "信息系统及数据安全管理规定.docx")
        import re
        pdf = (conv / "贸易安全管理手册.pdf").read_bytes()  # fixed dates and /ID, same lengths
        pdf = re.sub(rb"D:\d{14}", b"D:20250616090000", pdf)
        pdf = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                     lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))), pdf)
        pdf = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]{10,40}</xmp",
                     lambda m: m.group(0)[:m.group(0).index(b">") + 1] + b"2025-06-16T09:00:00"[:len(m.group(0)) - m.group(0).index(b">") - 6].ljust(len(m.group(0)) - m.group(0).index(b">") - 6, b"Z") + b"</xmp", pdf)
        pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, pdf)
        (out / "制度" / "贸易安全管理手册.pdf").write_bytes(pdf)
        _fixed_xls(conv / "培训签到2026.xls", nf / "培训签到2026.xls")
        _fixed_xls(conv / "单证复核登记.xls", nf / "单证复核登记.xls")
        _fixed_xls(conv / "合作方名单.xls", out / "合作方名单.xls")
        shutil.copy(src / "到货验收及异常.xlsx", nf / "到货验收及异常.xlsx")
        shutil.copy(src / "来访及门禁登记.xlsx", out / "来访及门禁登记.xlsx")
        shutil.copy(src / "员工花名册2026.xlsx", out / "员工花名册2026.xlsx")
        shutil.copytree(src / "恒通物流资料", out / "恒通物流资料")
        _contract(out / "恒通物流资料" / "物流服务合同HC-WL-2025-003.docx")
        _declaration(out / "守法声明书.docx")
        with zipfile.ZipFile(out / "2025资料.zip", "w", zipfile.ZIP_DEFLATED) as zf:
            for f in sorted((src / "zip").rglob("*")):
                if f.is_file():
                    data = _fixed_zip_bytes(f) if f.suffix in (".docx", ".xlsx") else f.read_bytes()
                    info = zipfile.ZipInfo(f.relative_to(src / "zip").as_posix(), date_time=(2026, 1, 5, 9, 30, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    zf.writestr(info, data)
        _texts(out)
        _images(out, rnd)
        _irrelevant(out)
        _audit_pdf(out / "财务" / "审计报告2025.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _texts(out):
    (out / "备忘.txt").write_text(
        "备忘（刘建华）\n\n"
        "2026-04-22  单一窗口企业信息核对：\n"
        "  海关编码 3122960XXX，企业名称、统一社会信用代码、注册地址（虹口区东大名路…12层）、法定代表人陈国栋，与营业执照一致。\n"
        "  报关联系人原为何斌（已于1月离职），已提交变更为周敏，4月24日海关审核通过。\n"
        "  经营范围：五金、轴承、阀门、气动元件的进出口及批发；无加工贸易手册，无减免税设备。\n\n"
        "2026-05-08  认证准备：问审计报告（吴慧说5月20日事务所来取资料，报告已出）。\n"
        "  演练还没做，赵志强说6月跟大楼消防演习一起搞。\n"
        "  德国、意大利两家供应商评估问卷还没回。\n", encoding="utf-8")
    (out / "端午放假通知.txt").write_text(
        "各部门：\n根据国务院办公厅通知，2026年端午节放假安排如下：6月19日（周五）至6月21日（周日）放假调休，共3天。\n"
        "放假前请各部门做好门窗、电源检查。\n行政部\n2026年6月10日\n", encoding="utf-8")


def _images(out, rnd):
    # 1. photo of the key ledger (one page, jpg)
    img = _table_image("钥匙领用登记（行政部）", ["日期", "钥匙", "编号", "领用人", "归还日期", "经办"],
                       [["2025-07-01", "档案室", "K-03", "孙倩", "", "赵志强"],
                        ["2025-08-04", "公司正门", "K-11", "郑涛", "", "赵志强"],
                        ["2026-01-20", "公司正门", "K-07", "何斌", "2026-01-20收回", "赵志强"],
                        ["2026-02-24", "机房", "K-05", "黄磊", "", "赵志强"],
                        ["2026-03-02", "档案室(备)", "K-04", "刘建华", "", "赵志强"]],
                       size=(1240, 560), rnd=rnd, note="钥匙柜位于行政部，共 14 把，每季度盘点一次（2025-12-31 盘点：齐全 赵志强）")
    img = img.rotate(1.2, fillcolor=235, expand=False).convert("RGB")
    img.save(out / "IMG_20260314_093015.jpg", quality=70)
    # 2. scan of the property-management inspection and guard-duty record (image-only PDF)
    sc = _table_image("东大名路大厦物业 季度巡检及门岗值守记录（复印件）", ["日期", "检查项目", "结果", "门岗值班", "检查人"],
                      [["2025-06-27", "外墙/门窗/屋面", "正常", "24h 三班", "物业 韩军"],
                       ["2025-09-26", "门窗锁具/监控", "12F消防门闭门器更换", "24h 三班", "物业 韩军"],
                       ["2025-12-29", "结构/玻璃幕墙", "正常", "24h 三班", "物业 韩军"],
                       ["2026-03-27", "门窗/门禁/监控", "正常", "24h 三班", "物业 韩军"]],
                      size=(1240, 760), rnd=rnd, note="恒昌公司 行政部 确认：赵志强")
    sc = sc.rotate(-0.8, fillcolor=230).convert("RGB")
    sc.save(out / "扫描件003.pdf", "PDF", resolution=150)
    import re
    pdf = out / "扫描件003.pdf"  # same-length replacement keeps the xref offsets valid
    pdf.write_bytes(re.sub(rb"D:\d{14}", b"D:20260402100000", pdf.read_bytes()))
    # 3. ERP screenshot
    sh = Image.new("RGB", (1200, 520), (236, 240, 245))
    d = ImageDraw.Draw(sh)
    d.rectangle([0, 0, 1200, 40], fill=(30, 80, 150))
    d.text((12, 6), "用友U8 — 进口业务单据查询", font=_font(22), fill="white")
    f = _font(19)
    lines = ["查询条件：单据日期 2013-01-01 至 2026-05-29    单据类型：进口采购订单",
             "查询结果：共 14,862 条     最早单据：2013-04-08  HC13-001  Nakamura 深沟球轴承",
             "", "单据号        日期          供应商                 报关单号              状态",
             "HC13-001     2013-04-08   Nakamura Bearing     220113XXXXXXXXX   已归档",
             "HC19-077     2019-06-21   Rheinhold Armaturen  220119XXXXXXXXX   已归档",
             "HC25-298     2025-12-05   Valvole Nord         220125XXXXXXXXX   已归档",
             "HC26-011     2026-02-11   Valvole Nord         220126XXXXXXXXX   已归档",
             "HC26-018     2026-05-12   Daesung Pneumatic    220126XXXXXXXXX   在途",
             "", "操作员：刘建华    2026-05-29 10:42"]
    for i, t in enumerate(lines):
        d.text((20, 60 + i * 38), t, font=f, fill=(20, 20, 20))
    (out / "截图").mkdir()
    sh.save(out / "截图" / "ERP查询.png", optimize=True)
    # 4. credit check screenshot
    cr = Image.new("RGB", (1100, 440), "white")
    d = ImageDraw.Draw(cr)
    d.rectangle([0, 0, 1100, 50], fill=(200, 30, 30))
    d.text((16, 10), "信用中国  信用信息查询", font=_font(24), fill="white")
    rows = [f"查询对象：{CO}", "统一社会信用代码：91310109XXXXXXXXXX",
            "失信惩戒对象名单：暂无", "重大税收违法失信主体：暂无", "政府采购严重违法失信行为记录：暂无",
            "法定代表人 陈国栋：失信被执行人 暂无", "查询时间：2026-05-18 09:15"]
    for i, t in enumerate(rows):
        d.text((30, 70 + i * 48), t, font=_font(21), fill=(30, 30, 30))
    cr.save(out / "截图" / "信用中国查询20260518.png", optimize=True)


def _irrelevant(out):
    _docx(out / "食堂菜单0518.docx", "五月第三周午餐菜单", [(None, [
        [["星期", "荤菜", "素菜", "汤"], ["一", "红烧大排", "清炒油麦菜", "番茄蛋汤"], ["二", "宫保鸡丁", "手撕包菜", "紫菜汤"],
         ["三", "糖醋小排", "蒜蓉西兰花", "冬瓜汤"], ["四", "咖喱牛肉", "地三鲜", "罗宋汤"], ["五", "清蒸鲈鱼", "麻婆豆腐", "酸辣汤"]],
        "大厦餐厅 供餐时间 11:30-13:00"])])
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out / "产品手册2026.pdf"), pagesize=A4, invariant=1)
    for title, body in [("恒昌五金 · 2026产品手册", ["代理日本、德国、意大利、韩国优质轴承、阀门、气动元件", "库存充足 · 48小时送达长三角", "服务热线 021-6XXX XXXX"]),
                        ("深沟球轴承 / 不锈钢球阀", ["内径 10-120mm，全系列现货", "球阀 DN15-DN100，PN16/PN40", "所有产品均附原厂技术规格书及质保书，客户可索取", "批量采购享阶梯价格"])]:
        c.setFont("STSong-Light", 22)
        c.drawString(60, 780, title)
        c.setFont("STSong-Light", 13)
        for i, t in enumerate(body):
            c.drawString(60, 730 - i * 26, t)
        c.showPage()
    c.save()


def _audit_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = [
        ("审 计 报 告", ["沪信会审字（2026）第0417号", f"{CO}全体股东：", "一、审计意见",
                     "我们审计了贵公司财务报表，包括2025年12月31日的资产负债表，2025年度的利润表、现金流量表、",
                     "所有者权益变动表以及相关财务报表附注。",
                     "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司",
                     "2025年12月31日的财务状况以及2025年度的经营成果和现金流量。",
                     "二、形成审计意见的基础（略）", "", "上海信诚会计师事务所（特殊普通合伙）",
                     "中国注册会计师：周立　　2026年4月17日"]),
        ("主要财务数据摘要（单位：元）", ["资产总额　　　　 38,650,000", "负债总额　　　　 17,420,000", "流动资产　　　　 33,980,000",
                                  "其中：存货　　　　 9,860,000", "流动负债　　　　 16,900,000", "营业收入　　　 126,300,000",
                                  "营业利润　　　　　 5,720,000", "净利润　　　　　　 4,290,000", "年初所有者权益　 19,100,000",
                                  "年末所有者权益　 21,230,000", "经营活动现金流量净额 3,860,000"]),
    ]
    for title, body in pages:
        c.setFont("STSong-Light", 20)
        c.drawString(220, 780, title)
        c.setFont("STSong-Light", 12)
        for i, t in enumerate(body):
            c.drawString(60, 730 - i * 24, t)
        c.showPage()
    c.save()
