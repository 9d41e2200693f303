"""ho24-gen-importer-autoparts: 长春博锐汽车零部件进出口有限公司 的认证材料（一般认证，进出口货物收发货人）。"""
from __future__ import annotations

import csv
import datetime as dt
import pathlib
import random
import shutil
import subprocess
import tempfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

NAME = "ho24-gen-importer-autoparts"
CO = "长春博锐汽车零部件进出口有限公司"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Noto Sans CJK SC")
    return d


def _pbreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _soffice(fmt, outdir, files):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True, capture_output=True, timeout=300)


# ---------------------------------------------------------------- 制度汇编（PDF，每章一页）
CHAPTERS = [
    ("第一章 关务培训管理", [
        "第一条 公司每年年初由关务部编制年度关务培训计划，报分管关务的副总经理批准后执行。",
        "第二条 培训内容包括海关申报、商品归类、原产地、完税价格、检验监管等法规和公司内部作业要求。",
        "第三条 法定代表人、分管关务副总经理、关务部经理、分管安全的副总经理每年至少参加一次内部关务培训。",
        "第四条 每次培训须留存签到表、课件和考核结果，由关务部归档保存三年。",
    ]),
    ("第二章 报关单证复核", [
        "第五条 报关资料由关务专员制单后，由关务部复核岗进行第二人复核，复核未通过的不得发送申报。",
        "第六条 复核内容：成交价格及运保费、HS编码、原产国（地区）、数量及单位、品名规格型号、境外发货人、包装种类、存放地点、运输路线等。",
        "第七条 复核岗发现差错时在《单证复核登记表》中记录差错内容及纠正情况；申报后发现差错的，由关务部经理报告分管副总经理并按规定向海关申请修改或撤销。",
    ]),
    ("第三章 单证、印章及认证资料管理", [
        "第八条 每票进出口业务的合同、发票、箱单、提运单、报关单及税单按票装订归档，电子档案同步上传ERP附件库，保存期限不少于三年。",
        "第九条 归档须在海关放行后十个工作日内完成，档案室实行借阅登记。",
        "第十条 进口零部件的技术标准、图纸、规格书由质量部按车型项目分类保管，变更时更新版本号。",
        "第十一条 报关专用章由关务部经理指定专人保管，用章须登记；海关核发的注册登记证书、法律文书原件由行政部保险柜保存。",
        "第十二条 关务部设立企业认证专门档案，收集认证相关的制度、记录和自评估资料。",
    ]),
    ("第四章 内部审计", [
        "第十三条 审计监察部每年至少组织一次对进出口业务的内部审计，审计范围包括单证、归类、价格、贸易安全和信息系统。",
        "第十四条 审计结束后出具书面内审报告，列明发现问题、责任部门和整改期限，报总经理审阅。",
        "第十五条 内审报告及工作底稿由审计监察部归档，保存期限五年。",
    ]),
    ("第五章 问题改进与责任追究", [
        "第十六条 内审、海关稽核查及日常工作中发现的问题，由责任部门在三十日内制定整改措施并报审计监察部验证关闭。",
        "第十七条 海关要求改正或规范改进的事项，由分管关务的副总经理组织实施，并将结果书面报送海关。",
        "第十八条 因故意或重大过失造成违法行为的，视情节给予通报批评、扣减绩效直至解除劳动合同。",
    ]),
    ("第六章 信息系统及信息安全", [
        "第十九条 公司采用ERP系统（采购、库存、销售、财务模块）和关务管理系统管理经营活动，系统数据在本地服务器及异地云备份双份保存，保存期限不少于五年。",
        "第二十条 信息部负责账号开通与注销，员工离职当日停用其系统账号；密码每九十天更换。",
        "第二十一条 严禁使用外部存储设备拷贝客户及报关数据；违反规定造成数据泄露或损失的，追究当事人责任并赔偿损失。",
        "第二十二条 信息部每年对全体员工进行一次信息安全培训。",
    ]),
    ("第七章 法检商品质量管控", [
        "第二十三条 列入法检目录的进口零部件（轮胎、灯具、安全玻璃等）由质量部在到货后核对CCC证书及标签，不合格的隔离存放。",
        "第二十四条 质量部建立法检商品台账，记录报检、海关查验结果、不合格品处置、退运及召回情况。",
        "第二十五条 海关检验不合格的货物，按海关处理决定执行退运或销毁，并在台账中登记结果。",
    ]),
]


def policy_pdf(tmp, out):
    d = _doc()
    d.add_heading(f"{CO}\n关务管理制度汇编（2025年修订版）", 0)
    d.add_paragraph("文件编号：BR-GW-2025-01　　批准：总经理 孙立群　　生效日期：2025年3月1日")
    d.add_paragraph("编制：关务部　　修订记录：2021年首次发布；2025年3月第二次修订（增加第七章）。")
    for title, arts in CHAPTERS:
        _pbreak(d)
        d.add_heading(title, 1)
        for a in arts:
            d.add_paragraph(a)
    src = tmp / "关务管理制度汇编2025.docx"
    d.save(src)
    return src


# ---------------------------------------------------------------- 2019 贸易安全规定（.doc）
SECURITY = [
    ("一、经营场所", "公司仓库位于长春兴隆综合保税区外的华信物流园5号库（租赁），园区大门及围墙由园区物业负责，公司负责库内安全。库管员每天下班前检查门窗锁闭情况。"),
    ("二、人员及车辆出入", "员工凭工牌进入库区，非仓储人员进入收货区需经仓储主管同意。员工车辆停放在园区东侧停车场。访客须在前台登记，出示身份证，领取访客证，由接待人员陪同。外来车辆在园区门卫登记。"),
    ("三、员工入职和离职", "人事部对拟录用人员核查身份证、学历及上家单位离职证明，必要时要求提供无犯罪记录证明。员工离职时须交回工牌、钥匙、电脑等物品，人事部通知信息部停用账号。"),
    ("四、钥匙管理", "库房及办公室钥匙由行政部统一管理，领用和归还在《钥匙及封条领用登记表》上登记签字。"),
    ("五、商业伙伴", "对承运商、报关行、仓储服务商每年进行一次安全评估，评估结果记入合格供应商名录。"),
    ("六、货物安全", "到货时核对件数、毛重、唛头、封志号，与装箱单和提单一致后方可签收；发现溢短装、破损或封志异常，当日书面报告仓储主管和关务部。"),
    ("七、集装箱", "收货前对集装箱按七点检查法检查（前壁、左侧、右侧、地板、顶部、内外门、外部及底盘），记录封志号和检查结果。"),
    ("八、运输工具", "承运车辆进出库区前由库管员检查车厢、驾驶室及底盘有无藏匿物品。"),
    ("九、应急预案", "发生火灾、盗窃、暴雨、货物被截留等紧急情况，现场人员立即报告仓储主管和安全负责人，按预案疏散人员、保护现场、通知园区和公安、消防，事后24小时内书面报告总经理；涉及海关监管货物的同时报告海关。公司每年组织一次应急演练，并对员工进行供应链安全教育。"),
]


def security_doc(tmp):
    d = _doc()
    d.add_heading("贸易安全管理规定", 0)
    d.add_paragraph(f"{CO}　　BR-AQ-2019-03　　2019年6月10日发布　　安全负责人：副总经理 赵建明")
    for t, body in SECURITY:
        d.add_heading(t, 2)
        d.add_paragraph(body)
    src = tmp / "贸易安全管理规定.docx"
    d.save(src)
    return src


# ---------------------------------------------------------------- 内审报告（附件2.docx）
def audit_docx(path):
    d = _doc()
    d.add_heading("2025年度进出口业务内部审计报告", 0)
    d.add_paragraph(f"被审计单位：{CO} 关务部、物流部、仓储部、信息部")
    d.add_paragraph("审计期间：2024年11月1日至2025年10月31日　　现场审计：2025年11月17日至11月21日")
    d.add_paragraph("审计组：审计监察部经理 周海燕（组长）、审计专员 林晓东")
    d.add_paragraph("一、审计结论：公司进出口业务总体运行正常，抽查报关单60票，单证复核记录完整，发现以下问题。")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "发现问题", "责任部门", "整改期限", "状态"]):
        c.text = h
    rows = [
        ("1", "2025年6月一票德国进口刹车盘归类差错被海关处罚8000元，事后未修订归类作业指导", "关务部", "2025-12-31", "未关闭"),
        ("2", "钥匙领用表多处无归还记录，离职人员钥匙未收回", "行政部", "2025-12-31", "未关闭"),
        ("3", "未对承运商进行年度安全评估", "物流部", "2026-01-31", "未关闭"),
        ("4", "信息安全培训2025年未开展", "信息部", "2026-02-28", "未关闭"),
        ("5", "档案室借阅登记不完整", "关务部", "2025-12-15", "已整改"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("二、要求：各责任部门按期整改，审计监察部跟踪验证。")
    d.add_paragraph("报送：总经理 孙立群　　2025年11月28日")
    d.save(path)


# ---------------------------------------------------------------- 任命（doc12.docx）
def appoint_docx(path):
    d = _doc()
    d.add_heading("关于明确关务管理职责的通知", 1)
    d.add_paragraph("博锐发〔2024〕7号")
    d.add_paragraph("各部门：经总经理办公会研究决定，由副总经理刘振宇分管公司关务工作，负责进出口申报合规、"
                    "海关事务联络及海关要求整改事项的组织落实；关务部经理王婷为关务负责人。副总经理赵建明分管贸易安全。")
    d.add_paragraph(f"{CO}　　2024年3月5日")
    d.save(path)


# ---------------------------------------------------------------- 信息系统说明
def system_docx(path):
    d = _doc()
    d.add_heading("公司信息系统情况说明", 1)
    d.add_paragraph("1. ERP：用友U8（2018年上线），模块包括采购、库存、销售、应收应付、总账；进口采购订单、到货、入库、销售出库、发票全流程记录，可按订单号、报关单号、批次号追溯查询。")
    d.add_paragraph("2. 关务系统：单一窗口客户端及自建关务台账，报关单号与ERP采购订单号关联。")
    d.add_paragraph("3. 数据保存：自2018年上线起全部业务数据在线可查；每日增量备份至本地NAS，每周全量备份至阿里云，最近一次恢复测试 2026年1月9日。")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["查询示例", "报关单号", "ERP订单号", "入库单号"]):
        c.text = h
    for r in [("2025-09德国刹车片", "220120250001873645", "PO-DE-2509-021", "RK250917-03"),
              ("2026-01日本传感器", "220120260000214578", "PO-JP-2601-004", "RK260115-01")]:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    d.add_paragraph("信息部 郑凯　2026年2月")
    d.save(path)


# ---------------------------------------------------------------- 运输合同（商业伙伴）
def contract_docx(path):
    d = _doc()
    d.add_heading("铁路集装箱运输及短驳服务合同（节选）", 1)
    d.add_paragraph(f"甲方：{CO}　　乙方：长春中欧通达国际物流有限公司　　合同编号：BR-WL-2025-002　　签订日期：2025年1月6日")
    d.add_paragraph("第六条 运输安全：乙方应按照海关认证企业贸易安全要求完善其运输、装卸和场站安全管理，"
                    "确保集装箱在运输途中封志完好，车辆不得夹带与运单不符的货物；乙方驾驶员应接受甲方库管员的车辆检查。")
    d.add_paragraph("第七条 乙方发现封志破损、箱体异常，应在1小时内通知甲方物流部。")
    d.add_paragraph("第十二条 本合同有效期至2026年12月31日。")
    d.save(path)


# ---------------------------------------------------------------- 无关文件
def menu_docx(path):
    d = _doc()
    d.add_heading("员工食堂 第12周菜单（3月16日—3月20日）", 1)
    for day, m in [("周一", "红烧排骨、土豆丝"), ("周二", "锅包肉、酸菜粉"), ("周三", "小鸡炖蘑菇"), ("周四", "溜肉段、拌菜"), ("周五", "饺子")]:
        d.add_paragraph(f"{day}：{m}")
    d.save(path)


def brochure_pdf(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 20)
    c.drawString(60, 780, "博锐汽配 — 德系日系原厂零部件供应")
    c.setFont("STSong-Light", 12)
    y = 740
    for line in ["制动系统：刹车盘、刹车片、ABS传感器", "电子电器：氧传感器、点火线圈、车灯总成",
                 "服务客户：一汽系主机厂及二级供应商", "铁路中欧班列到长春，7天交付", "销售热线：0431-8188 6620"]:
        c.drawString(60, y, line)
        y -= 26
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 园区通知（扫描件003.pdf，文字PDF）
def park_notice_pdf(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 16)
    c.drawString(150, 790, "华信物流园 关于加强园区治安管理的通知")
    c.setFont("STSong-Light", 10.5)
    lines = [
        "华信物业〔2025〕18号　　各入驻企业：",
        "为保障园区财产安全，现将园区安全管理规定重申如下：",
        "1. 园区设南门（货运）、东门（人行及小车）两个出入口，由物业保安24小时驻守，夜间两人值班。",
        "2. 园区四周设2.5米实体围墙，围墙顶部设电子围栏；主要道路、库区出入口设监控摄像头共86路，录像保存30天。",
        "3. 外来货车凭入驻企业预约单进入南门，保安登记车牌、司机身份证号和进出时间；无预约车辆不得入园。",
        "4. 来访人员在东门登记身份证件后进入，由被访企业人员到门口接领。",
        "5. 各库房建筑为钢结构彩板墙体，库门为电动卷帘门，物业每季度检查一次墙体及卷帘门，",
        "   发现损坏通知入驻企业报修；库内门锁及钥匙由入驻企业自行管理。",
        "6. 园区消防演练定于2025年10月22日下午举行，各企业至少派2人参加。",
        "特此通知。",
        "",
        "华信物流园物业服务中心　　2025年4月8日",
    ]
    y = 750
    for line in lines:
        c.drawString(50, y, line)
        y -= 22
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 工作簿
def rail_log_xlsx(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "到货登记"
    ws.append(["到货日期", "班列/车次", "箱号", "封志号", "提单件数", "实收件数", "提单毛重kg", "复磅毛重kg", "标签核对", "封志完好", "收货人", "关务确认"])
    boxes = []
    start = dt.date(2025, 4, 7)
    for i in range(18):
        d = start + dt.timedelta(days=19 * i + rng.randint(0, 4))
        box = f"{rng.choice(['TGHU', 'CAIU', 'BMOU', 'TCNU'])}{rng.randint(1000000, 9999999)}"
        seal = f"DE{rng.randint(100000, 999999)}" if i % 3 else f"JP{rng.randint(100000, 999999)}"
        pk = rng.randint(40, 220)
        gw = pk * rng.randint(18, 30)
        short = i == 11
        ws.append([d.isoformat(), rng.choice(["X8044", "X8426", "海铁联运-大连"]), box, seal, pk, pk - 2 if short else pk,
                   gw, gw - 41 if short else gw + rng.randint(-5, 5), "一致", "完好", rng.choice(["库管员 陈强", "库管员 孟凡"]), "关务专员 高雪"])
        boxes.append((d, box, seal, short))
    ws2 = wb.create_sheet("七点检查")
    ws2.append(["检查日期", "箱号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门及锁杆", "外部/底盘", "结论", "检查人"])
    for d, box, seal, short in boxes:
        ws2.append([d.isoformat(), box, "√", "√", "√", "√", "√", "√", "√", "正常", "库管员 陈强"])
    ws3 = wb.create_sheet("异常报告")
    ws3.append(["日期", "箱号", "异常", "报告对象", "处理"])
    for d, box, seal, short in boxes:
        if short:
            ws3.append([d.isoformat(), box, "短少2件（刹车盘），封志完好", "仓储主管 李旭、关务部 王婷",
                        "拍照留存，向发货人索赔，关务部核对报关数量无误（按实到数量申报前已发现）"])
    wb.save(path)


def review_xlsx(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "复核登记"
    ws.append(["日期", "报关单/预录入号", "制单人", "复核人", "价格", "归类", "原产地", "数量", "品名规格", "复核结果", "差错及纠正"])
    for i in range(22):
        d = dt.date(2025, 4, 3) + dt.timedelta(days=15 * i + rng.randint(0, 3))
        err = "" if i not in (5, 14) else ("原产地德国误录为奥地利，已改正" if i == 5 else "件数与箱单不符，退回制单人")
        ws.append([d.isoformat(), f"2201{d.year}{rng.randint(10**9, 10**10 - 1)}", "关务专员 高雪", "复核岗 许薇",
                   "√", "√", "√" if i != 5 else "×", "√" if i != 14 else "×", "√", "退回修改" if err else "通过", err])
    wb.save(path)


def training_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025培训签到"
    ws.append(["培训日期", "主题", "讲师", "姓名", "职务", "签到"])
    sessions = [("2025-04-18", "进口汽车零部件归类与申报要素", "报关行讲师 吴迪"),
                ("2025-09-12", "原产地规则与RCEP优惠", "关务部经理 王婷")]
    people = [("刘振宇", "分管关务副总经理"), ("王婷", "关务部经理"), ("高雪", "关务专员"), ("许薇", "复核岗"),
              ("赵建明", "分管安全副总经理"), ("李旭", "仓储主管")]
    for dte, topic, lec in sessions:
        for n, j in people:
            if dte.startswith("2025-09") and n == "赵建明":
                continue
            ws.append([dte, topic, lec, n, j, "已签"])
    ws2 = wb.create_sheet("2024培训签到")
    ws2.append(["培训日期", "主题", "讲师", "姓名", "职务", "签到"])
    for n, j in [("孙立群", "总经理（法定代表人）"), ("刘振宇", "分管关务副总经理"), ("王婷", "关务部经理")]:
        ws2.append(["2024-05-20", "海关稽查与企业信用管理", "关务部经理 王婷", n, j, "已签"])
    wb.save(path)


def key_log_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "钥匙封条领用"
    ws.append(["领用日期", "物品", "编号", "领用人", "用途", "归还日期", "归还签字", "经办"])
    rows = [
        ("2023-08-01", "库房大门钥匙", "K-01", "库管员 陈强", "日常", "", "", "行政 张丽"),
        ("2023-08-01", "库房大门钥匙", "K-02", "库管员 孟凡", "日常", "", "", "行政 张丽"),
        ("2024-02-19", "收货区侧门钥匙", "K-05", "叉车工 田宇", "夜班卸车", "", "", "行政 张丽"),
        ("2024-11-04", "办公室钥匙", "K-11", "销售 何明", "加班", "2024-11-05", "何明", "行政 张丽"),
        ("2025-03-10", "铅封 20枚", "F250301-20", "库管员 陈强", "出口装箱", "", "", "行政 张丽"),
        ("2025-06-23", "档案室钥匙", "K-08", "关务专员 高雪", "归档", "2025-06-23", "高雪", "行政 张丽"),
        ("2025-08-14", "收货区侧门钥匙", "K-06", "库管员 谭磊", "日常", "", "", "行政 张丽"),
        ("2025-10-09", "铅封 10枚", "F251009-10", "库管员 孟凡", "出口装箱", "", "", "行政 张丽"),
        ("2026-01-12", "办公室钥匙", "K-12", "财务 姜月", "年结加班", "2026-01-20", "姜月", "行政 张丽"),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def roster_csv(path, rng):
    surn = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉宇浩凯健俊帆帅雪莉琳晨阳"
    depts = ["关务部", "物流部", "仓储部", "销售部", "财务部", "质量部", "信息部", "行政部", "人事部", "采购部"]
    rows = []
    fixed = [("孙立群", "总经理办公室", "总经理（法定代表人）", "2012-05-02", ""),
             ("刘振宇", "总经理办公室", "副总经理（分管关务）", "2014-03-01", ""),
             ("赵建明", "总经理办公室", "副总经理（分管安全）", "2015-07-15", ""),
             ("王婷", "关务部", "经理", "2016-09-01", ""), ("高雪", "关务部", "关务专员", "2020-04-13", ""),
             ("许薇", "关务部", "复核岗", "2021-06-07", ""), ("陈强", "仓储部", "库管员", "2019-02-25", "2025-12-31"),
             ("孟凡", "仓储部", "库管员", "2022-03-14", ""), ("田宇", "仓储部", "叉车工", "2023-11-20", "2024-09-30"),
             ("谭磊", "仓储部", "库管员", "2025-08-11", ""), ("李旭", "仓储部", "主管", "2018-05-08", ""),
             ("郑凯", "信息部", "主管", "2017-10-09", ""), ("周海燕", "审计监察部", "经理", "2016-01-04", ""),
             ("张丽", "行政部", "行政专员", "2020-08-17", "")]
    rows += fixed
    used = {r[0] for r in fixed}
    while len(rows) < 146:
        n = rng.choice(surn) + rng.choice(given) + (rng.choice(given) if rng.random() < 0.6 else "")
        if n in used:
            continue
        used.add(n)
        d = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 5800))
        left = ""
        if rng.random() < 0.06:
            left = (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 440))).isoformat()
        rows.append((n, rng.choice(depts), "职员", d.isoformat(), left))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["工号", "姓名", "部门", "岗位", "入职日期", "离职日期", "状态"])
        for i, (n, dep, job, a, b) in enumerate(rows, 1):
            w.writerow([f"BR{i:04d}", n, dep, job, a, b, "离职" if b else "在职"])


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        for sub in ["01制度", "2019老制度", "台账", "人事", "新建文件夹", "2026资料"]:
            (out / sub).mkdir(parents=True, exist_ok=True)
        # PDF from DOCX
        pol = policy_pdf(tmp, out)
        _soffice("pdf", tmp, [pol])
        shutil.copy(tmp / "关务管理制度汇编2025.pdf", out / "01制度" / "关务管理制度汇编2025.pdf")
        # legacy .doc and .xls
        sec = security_doc(tmp)
        _soffice("doc", tmp, [sec])
        shutil.copy(tmp / "贸易安全管理规定.doc", out / "2019老制度" / "贸易安全管理规定.doc")
        key_log_xlsx(tmp / "钥匙及封条领用登记.xlsx")
        _soffice("xls", tmp, [tmp / "钥匙及封条领用登记.xlsx"])
        shutil.copy(tmp / "钥匙及封条领用登记.xls", out / "台账" / "钥匙及封条领用登记.xls")
        # newer files
        audit_docx(out / "附件2.docx")
        appoint_docx(out / "doc12.docx")
        system_docx(out / "2026资料" / "信息系统情况说明.docx")
        contract_docx(out / "2026资料" / "运输合同_中欧通达.docx")
        rail_log_xlsx(out / "台账" / "铁路集装箱到货登记2025.xlsx", rng)
        review_xlsx(out / "台账" / "单证复核登记表2025.xlsx", rng)
        training_xlsx(out / "台账" / "关务培训签到.xlsx")
        roster_csv(out / "人事" / "员工花名册_202603.csv", rng)
        park_notice_pdf(out / "扫描件003.pdf")
        brochure_pdf(out / "新建文件夹" / "产品宣传册.pdf")
        menu_docx(out / "新建文件夹" / "食堂菜单第12周.docx")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
