"""ho21-gen-importer-electronics: 苏州昱晟电子科技有限公司（台资，加工贸易，一般认证，收发货人）."""
from __future__ import annotations

import csv
import os
import datetime
import re
import pathlib
import random
import shutil
import subprocess
import tempfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

NAME = "ho21-gen-importer-electronics"
CO = "苏州昱晟电子科技有限公司"
CO_EN = "Suzhou Yusheng Electronics Technology Co., Ltd."
FIXED = datetime.datetime(2026, 1, 1)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _doc(title, paras, path, title_en=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    d.add_heading(title, level=1)
    if title_en:
        d.add_paragraph(title_en)
    for p in paras:
        if p == "<PB>":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(p, tuple):
            d.add_paragraph(p[0])
            d.add_paragraph(p[1])
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


def _soffice(fmt, files, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})


def _policies(out: pathlib.Path):
    g = out / "01关务制度"
    _doc("海关业务培训管理制度", [
        "文件编号：YS-GW-003  版本：A/1  生效日期：2025年3月1日  制定：关务课  核准：总经理 陈国华",
        ("第一条 为使公司人员熟悉海关及加工贸易监管规定，减少申报差错，特制定本制度。",
         "Article 1. This rule makes sure our staff understand customs and processing-trade regulations and reduces declaration errors."),
        ("第二条 关务课每年12月编制次年度关务培训计划，报管理部长审核、总经理核准后执行。",
         "Article 2. Each December the Customs Section drafts the next year's customs training plan, reviewed by the Administration Manager and approved by the General Manager."),
        ("第三条 总经理（法定代表人）、分管关务及厂区安全的副总经理、关务课长每年至少参加一次公司组织的海关法规内训；关务、仓储、船务人员每半年至少一次。",
         "Article 3. The General Manager (legal representative), the Deputy GM in charge of customs and site security, and the Customs Section Chief attend at least one in-house customs session a year; customs, warehouse and shipping staff at least every six months."),
        ("第四条 培训内容包括：海关新发布的公告、商品归类与申报要素、加工贸易手册管理、单耗与核销、供应链安全要求等。",
         "Article 4. Topics include new customs announcements, classification and declaration elements, processing-trade manual management, consumption ratios and write-off, and supply-chain security."),
        ("第五条 每次培训须有签到表、课件及考核记录，由关务课归档保存三年。",
         "Article 5. Each session keeps a sign-in sheet, slides and a quiz record, filed by the Customs Section for three years."),
        ("第六条 本制度自发布之日起施行。", "Article 6. This rule takes effect on issue."),
    ], g / "海关业务培训管理制度.docx", "Customs Training Procedure (bilingual)")
    _doc("关务组织及职责分工", [
        "附件2  YS-GW-001 附件  2025年2月修订",
        ("一、公司指定副总经理林志明先生为关务及贸易安全负责高管，对进出口申报、加工贸易手册及厂区与货物安全全面负责。",
         "1. The company appoints Mr. Lin Zhiming, Deputy General Manager, as the senior manager responsible for customs affairs and trade security."),
        ("二、关务课隶属管理部，设课长一名（王慧）、关务专员二名（周婷、许文杰），负责报关资料准备、手册备案、变更、核销及与海关联络。",
         "2. The Customs Section sits in the Administration Department: one chief (Wang Hui) and two specialists (Zhou Ting, Xu Wenjie), handling declaration documents, manual filing, amendment, write-off and customs liaison."),
        ("三、资材部仓储课负责料件收货、成品出货及装柜监装；行政课负责门卫保安、访客及车辆管理；资讯课负责ERP及网络安全。",
         "3. The Materials warehouse receives parts, ships finished boards and supervises container loading; General Affairs runs guards, visitors and vehicles; IT runs the ERP and network security."),
        ("四、财务部负责税款缴纳、保证金及年度审计事宜。", "4. Finance handles duty payment, deposits and the annual audit."),
        "组织架构图：总经理 → 副总经理（关务/安全） → 管理部（关务课、行政课、资讯课）、资材部（仓储课、采购课）；财务部直属总经理。",
    ], g / "附件2.docx", "Customs organisation and duties")
    _doc("进出口单证复核及档案管理办法", [
        "文件编号：YS-GW-005  版本：B/0  生效：2025年1月1日  核准：林志明",
        "## 一、申报前复核",
        "1. 关务专员依据商业发票、装箱单、合同及ERP出入库资料制作报关资料，课长王慧在申报前逐票复核品名、规格型号、商品编号、数量、单价及总价、原产地、境外收发货人、包装种类、运输方式与存放地点。",
        "2. 复核发现错误的，退回制单人更正；申报后发现错误的，由课长报副总经理，按规定向海关申请修改或撤销，并登记于《报关差错登记表》。",
        "## 二、加工贸易账册复核",
        "3. 关务课每月将ERP料件进口、领用、成品入库、出口及边角料数据与手册备案数据对账，编制《手册核销对账表》，由财务部成本会计交叉复核并签名。单耗变更须经工程部确认BOM后方可申报。",
        "## 三、单证归档",
        "4. 报关单、合同、发票、装箱单、提运单、手册核销资料按手册编号及月份装订归档，纸本保存至少三年，电子档保存于文件服务器并每日备份。",
        "5. 产品技术资料（BOM、规格书、料号对照表）由工程部文控保管，变更须留版本记录，供归类及单耗核查使用。",
        "6. 报关专用章、海关核发的证书及法律文书由关务课长专柜加锁保管，用印须登记。",
        "7. 为申请海关认证，关务课另设“AEO认证资料”专档，按标准条目分册存放制度与记录。",
    ], g / "单证复核及档案管理办法.docx")
    _doc("内部稽核及改进管理程序", [
        "文件编号：YS-QA-012  版本：A/2  生效：2025年4月1日",
        "1. 目的：定期检查进出口及加工贸易作业是否符合海关规定及公司制度，及时纠正问题。",
        "2. 每年至少实施一次关务内部稽核，由稽核室会同关务课执行，范围含申报、手册、单证保管、信息系统及厂区/货物安全。",
        "3. 稽核结束后十个工作日内出具稽核报告，发现事项须填写《矫正预防措施单》，明确责任部门及完成期限。",
        "4. 海关要求改正或规范改进的事项，由副总经理林志明组织相关部门实施并向海关回复。",
        "5. 因故意或重大过失造成违规的，依《员工奖惩办法》追究责任人责任。",
        "6. 稽核报告及追踪记录由稽核室保存，并提报年度管理评审。",
    ], g / "doc12.docx")
    s = out / "02信息系统"
    _doc("信息系统及信息安全管理规定", [
        "文件编号：YS-IT-002  生效：2025年1月15日  制定：资讯课",
        "1. 公司以鼎新ERP管理采购、仓储、生产、销售及财务，以MES管理SMT产线报工，以关务系统管理手册料号及报关资料，三者每日同步。",
        "2. 所有业务数据保存不少于十年，数据库每日增量备份、每周全量备份，备份介质异地存放。",
        "3. 账号实行一人一号，密码90天更换；离职人员账号于离职当日停用。",
        "4. 服务器机房实行门禁管理，外来人员进入须登记并由资讯人员陪同。",
        "5. 所有电脑安装防病毒软件，禁止私自安装软件及使用未经授权的U盘。",
        "6. 违反本规定造成数据泄露或损失的，视情节给予警告、记过直至解除劳动合同，并追偿损失。",
        "7. 资讯课每年对新进及在职员工进行信息安全宣导。",
    ], s / "信息系统及信息安全管理规定.docx")


def _security(out: pathlib.Path):
    t = out / "03贸易安全"
    _doc("厂区安全及人员车辆出入管理规定", [
        "文件编号：YS-GA-004  版本：C/0  生效：2025年5月1日  核准：副总经理 林志明",
        ("第一条 厂区四周设2.4米围墙及红外对射，大门、货车门及仓库出入口装设监控摄像机，影像保存不少于90天。",
         "Art. 1 The site has a 2.4 m perimeter wall with infrared beams; cameras cover the main gate, truck gate and warehouse doors, recordings kept at least 90 days."),
        ("第二条 大门及货车门24小时由保安驻守，保安每两小时巡逻一次并记录。",
         "Art. 2 The main and truck gates are guarded 24 hours; guards patrol every two hours and log it."),
        ("第三条 员工凭刷卡工牌进出，SMT车间、成品仓及机房仅授权人员可刷入；工牌由行政课发放，离职时收回。员工车辆停放于东侧员工停车场。",
         "Art. 3 Employees enter with badges; SMT, the finished-goods store and the server room open only to authorised badges. General Affairs issues badges and collects them on exit. Staff cars park in the east lot."),
        ("第四条 来访人员须出示有照片的身份证件，于门卫登记姓名、证件号、单位、事由及受访人，领取访客证，进入车间、仓库须由受访人陪同。访客车辆登记车牌后停放于访客车位。",
         "Art. 4 Visitors show photo ID, are logged at the gate, wear a visitor badge and are escorted in production and storage areas; their cars are logged and park in visitor bays."),
        ("第五条 厂房门窗及仓库卷帘门配锁，钥匙由行政课统一保管，借用须登记。厂务课每季度检查厂房结构、围墙及门窗。",
         "Art. 5 Doors, windows and roller shutters are locked; keys are held by General Affairs and logged when borrowed. Facilities inspect buildings, walls and windows every quarter."),
    ], t / "厂区安全及人员车辆出入管理规定.docx", "Site Security and Access Rules")
    _doc("货物、集装箱及运输车辆安全管理规定", [
        "文件编号：YS-WH-007  生效：2025年3月1日",
        ("1. 料件到厂：仓管员依送货单、装箱单核对料号、件数、箱数及毛重，检查外箱及标签，双方签字后入ERP。",
         "1. Incoming parts: the storekeeper checks part numbers, cartons, counts and gross weight against the delivery note and packing list, and both sides sign."),
        ("2. 成品出货：依出货通知单及客户订单核对料号、数量及箱唛，由仓储课指派监装员全程监装，签名确认。",
         "2. Shipments: goods are checked against the shipping notice and customer PO; an assigned loading supervisor attends and signs."),
        ("3. 发现短溢装、破损或标签不符时，当班仓管员于2小时内报告仓储课长及关务课，填写《异常处理单》，涉及已申报货物的由关务课联系海关处理。",
         "3. Shortages, overages, damage or label mismatch are reported within 2 hours to the warehouse chief and Customs Section on an exception form; declared goods are handled with customs."),
        ("4. 集装箱装货前，由监装员按七点检查（前壁、左侧、右侧、地板、顶部、内/外门、外部/起落架）检查并记录，箱门锁闭装置须完好。",
         "4. Before loading, the supervisor inspects the container at seven points (front wall, left, right, floor, roof, inside/outside doors, outside/undercarriage) and records it."),
        ("5. 装箱完毕由监装员施加高保封条，封条号登记于装箱检查记录，封条存放于仓储课长上锁抽屉。",
         "5. After loading the supervisor applies a high-security seal, logs its number, and seals are stored locked by the warehouse chief."),
        ("6. 拖车到厂时，门卫核对司机身份证及车牌，检查车头、底盘及货箱有无夹藏并记录。",
         "6. On arrival the guard checks the driver's ID and plate and inspects cab, chassis and box for hidden items, and logs it."),
    ], t / "货物、集装箱及运输车辆安全管理规定.docx", "Cargo, Container and Vehicle Security")
    _doc("员工入职及离职管理程序", [
        "文件编号：YS-HR-001  生效：2024年7月1日",
        "1. 用人部门提出需求，人事课招聘，面试合格后发放录用通知。",
        "2. 报到时收取身份证复印件、学历证明、体检报告，签订劳动合同，建立员工档案并录入人事系统。",
        "3. 人事课每月更新在职员工名单。",
        "4. 离职员工须办理交接：交回工牌、工衣、电脑及工具，资讯课停用账号，门禁权限同日注销，经各部门签核后结算工资。",
        "5. 停职人员期间门禁权限暂停。",
    ], t / "人事" / "员工入职及离职管理程序.docx")
    _doc("商业伙伴安全管理办法", [
        "文件编号：YS-PU-006  生效：2025年6月1日",
        "1. 适用于料件供应商、货运代理、报关行及拖车公司。",
        "2. 新伙伴导入前由采购或船务填写《伙伴安全评估表》，评估其资质、海关信用等级、场所及货物安全措施。",
        "3. 对主要伙伴每年复评一次，评分低于70分者限期改善。",
        "4. 与伙伴签订的合同或《供应链安全协议》中要求其按海关认证企业标准完善贸易安全管理。",
        "5. 已为海关高级认证企业的伙伴可免评估，仅留存认证证明。",
    ], t / "商业伙伴安全管理办法.docx")
    _doc("突发事件应急预案", [
        "文件编号：YS-GA-009  生效：2025年3月1日",
        "1. 成立应急小组：组长副总经理林志明，成员行政课、厂务、仓储、关务、资讯。",
        "2. 适用于火灾、台风暴雨、停电、化学品泄漏、货物被盗或封条异常、信息系统中断等。",
        "3. 发现货物丢失、封条破损或可疑物品，须立即报告组长，关务课当日报告主管海关。",
        "4. 每年组织一次应急演练，并对员工开展应急处置培训。",
        "5. 应急通讯录附后（略）。",
    ], t / "突发事件应急预案.docx")
    _doc("门卫管理规定（2019版）", [
        "文件编号：YS-GA-004  版本：A/0  生效：2019年3月1日（已由C版取代）",
        "1. 门卫白天一人值守，夜间锁闭大门。",
        "2. 外来人员口头说明来意后即可进入。",
        "3. 送货车辆停放在仓库门口卸货。",
    ], out / "旧版" / "2019门卫管理规定.docx")


def _minutes_src(src: pathlib.Path):
    _doc("2025年度管理评审会议纪要", [
        "会议时间：2025年12月18日 14:00-16:30  地点：三楼会议室",
        "主持：总经理 陈国华   记录：管理部 刘佳",
        "出席：副总经理 林志明、管理部经理 张伟、关务课长 王慧、资材部经理 黄俊、财务经理 吴敏、稽核室 郑凯、资讯课长 李强、行政课长 赵磊",
        "## 议程",
        "一、年度经营及进出口情况；二、关务内部稽核结果；三、上次评审决议追踪；四、2026年工作安排。",
        "## 一、年度经营及进出口情况",
        "2025年营业收入约6.1亿元，出口报关单约1,150票、进口约560票，加工贸易手册两本均按期报核。",
        "<PB>",
        "## 二、关务内部稽核结果",
        "稽核室郑凯报告：2025年11月10日至14日由稽核室会同关务课对申报、手册、单证归档、信息系统及厂区安全进行内部稽核，抽查报关单60票，出具稽核报告YS-AUD-2025-02。",
        "发现事项：（1）2票出口报关单净重与装箱单不一致，已申报修改；（2）部分伙伴未签署供应链安全协议；（3）信息安全宣导未留记录；（4）钥匙借用未统一登记。",
        "决议：由副总经理林志明督导各部门于2026年3月31日前完成矫正，稽核室追踪。2025年8月海关对申报数量不实处罚一案，林志明已组织关务课修订复核清单并对制单人员进行追责。",
        "<PB>",
        "## 三、上次评审决议追踪",
        "2024年决议“建立装箱七点检查记录”已完成（自2025年3月起执行）；“更换高保封条”已完成。",
        "## 四、2026年工作安排",
        "1. 2026年第二季度申请海关一般认证，由王慧统筹资料；2. 上半年组织一次应急演练（消防及货物安全）；3. 完成剩余伙伴协议签署。",
        "总经理签字：陈国华    日期：2025年12月18日",
    ], src / "管理评审会议纪要2025.docx")


def _workbooks(out: pathlib.Path, src: pathlib.Path, rnd: random.Random):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    for r in [["手册核销对账表（2025年度）", None], ["企业", CO], ["编制", "关务课 周婷"], ["复核", "财务部成本会计 何雪"],
              ["数据来源", "鼎新ERP进出存报表 / 金关二期手册数据"], ["单位", "PCS / KG"]]:
        ws.append(r)
    ws = wb.create_sheet("料件平衡")
    ws.append(["手册号", "备案序号", "料号", "品名", "单位", "进口数量", "成品耗用", "边角料", "库存", "差异"])
    parts = [("IC芯片", "PCS"), ("贴片电容", "PCS"), ("贴片电阻", "PCS"), ("PCB光板", "PCS"), ("连接器", "PCS"), ("锡膏", "KG")]
    for man in ("C2325A0001234", "C2325A0004567"):
        for i, (p, u) in enumerate(parts, 1):
            imp = rnd.randint(200, 900) * 1000 if u == "PCS" else rnd.randint(300, 900)
            used = int(imp * rnd.uniform(0.82, 0.9))
            scrap = int(imp * 0.004)
            stock = imp - used - scrap
            ws.append([man, i, f"YS-M{rnd.randint(10000, 99999)}", p, u, imp, used, scrap, stock, 0])
    ws = wb.create_sheet("成品出口")
    ws.append(["月份", "手册号", "成品名称", "出口数量(PCS)", "报关单票数", "ERP出货数量", "差异"])
    for m in range(1, 13):
        q = rnd.randint(40, 70) * 1000
        ws.append([f"2025-{m:02d}", "C2325A0001234" if m < 7 else "C2325A0004567", "PCBA主板组件", q, rnd.randint(80, 110), q, 0])
    ws = wb.create_sheet("手册核销情况")
    ws.append(["手册号", "有效期至", "报核日期", "结案日期", "状态"])
    ws.append(["C2325A0001234", "2025-09-30", "2025-09-12", "2025-10-28", "已结案"])
    ws.append(["C2325A0004567", "2026-06-30", None, None, "执行中"])
    ws = wb.create_sheet("复核签核")
    ws.append(["月份", "对账人", "对账日期", "复核人", "复核日期", "差异说明"])
    for m in range(6, 13):
        ws.append([f"2025-{m:02d}", "周婷", f"2025-{m:02d}-0{rnd.randint(3, 6)}" if m < 12 else "2025-12-05", "何雪",
                   f"2025-{m:02d}-{rnd.randint(8, 12)}", "无" if m != 9 else "锡膏损耗超备案，已申请单耗变更"])
    for m in range(1, 5):
        ws.append([f"2026-{m:02d}", "许文杰", f"2026-{m:02d}-05", "何雪", f"2026-{m:02d}-10", "无"])
    ws = wb.create_sheet("归档清单")
    ws.append(["档案盒号", "内容", "期间", "归档日期", "归档人", "存放位置"])
    for i, m in enumerate(range(1, 13), 1):
        ws.append([f"GW-2025-{i:02d}", "报关单、发票、装箱单、提单、手册核销资料", f"2025-{m:02d}", f"2025-{m:02d}-28" if m != 2 else "2025-02-26", "周婷", "关务档案柜B"])
    for m in range(1, 5):
        ws.append([f"GW-2026-{m:02d}", "报关单、发票、装箱单、提单", f"2026-{m:02d}", f"2026-{m:02d}-27", "许文杰", "关务档案柜B"])
    d = out / "2026资料"
    d.mkdir(parents=True, exist_ok=True)
    wb.save(d / "手册核销对账表2025.xlsx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年度"
    ws.append(["日期", "课程", "讲师", "学员", "职务", "签到", "考核"])
    sess = [("2025-06-20", "加工贸易手册管理及单耗申报", "王慧"), ("2025-12-12", "海关新规及申报要素解读；供应链安全要求", "外部顾问 钱立")]
    people = [("陈国华", "总经理/法定代表人"), ("林志明", "副总经理（关务/安全）"), ("王慧", "关务课长"), ("周婷", "关务专员"),
              ("许文杰", "关务专员"), ("黄俊", "资材部经理"), ("孙丽", "仓储课长"), ("马超", "船务")]
    for dte, c, tch in sess:
        for n, j in people:
            if dte == "2025-06-20" and n == "陈国华":
                continue
            ws.append([dte, c, tch, n, j, "已签", rnd.choice([85, 90, 92, 95])])
    ws = wb.create_sheet("2026年度")
    ws.append(["日期", "课程", "讲师", "学员", "职务", "签到", "考核"])
    for n, j in people[2:]:
        ws.append(["2026-04-17", "2026年海关公告解读", "王慧", n, j, "已签", rnd.choice([88, 90, 96])])
    wb.save(d / "关务培训签到汇总.xlsx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "在职名单"
    ws.append(["工号", "姓名", "部门", "职务", "入职日期", "状态"])
    depts = ["SMT", "SMT", "测试", "仓储", "品保", "管理部"]
    fam = "陈林王周许黄孙马张吴李赵刘何郑钱杨胡"
    giv = "伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚"
    for i in range(1, 31):
        ws.append([f"YS{2015 + i % 10}{i:03d}", rnd.choice(fam) + rnd.choice(giv), rnd.choice(depts), "作业员" if i > 8 else "组长",
                   f"20{15 + i % 11}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "在职"])
    ws = wb.create_sheet("本月异动")
    ws.append(["工号", "姓名", "异动", "日期", "工牌收回", "账号停用"])
    ws.append(["YS2026112", "杨帆", "离职", "2026-05-08", "是", "是"])
    ws.append(["YS2026118", "胡静", "入职", "2026-05-12", "", ""])
    (out / "03贸易安全" / "人事").mkdir(parents=True, exist_ok=True)
    wb.save(out / "03贸易安全" / "人事" / "员工名单202605.xlsx")

    # legacy xls source
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集装箱检查"
    ws.append(["日期", "出货单号", "订单核对", "柜号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "门锁", "封条号", "监装员", "课长确认"])
    dates = ["2025-03-12", "2025-05-07", "2025-07-15", "2025-09-03", "2025-10-21", "2025-12-02", "2026-01-13", "2026-03-10", "2026-04-22", "2026-05-19"]
    for k, dt in enumerate(dates):
        ws.append([dt, f"SO2{dt[2:4]}{k:04d}", "相符", f"{rnd.choice(['TGHU', 'MSKU', 'OOLU'])}{rnd.randint(1000000, 9999999)}"]
                  + ["OK"] * 8 + [f"YS{rnd.randint(100000, 999999)}", rnd.choice(["马超", "孙丽"]), "黄俊"])
    ws = wb.create_sheet("车辆检查")
    ws.append(["日期", "车牌", "司机", "身份证核对", "车头", "底盘", "货箱", "结果", "门卫"])
    for dt in dates:
        ws.append([dt, f"苏E{rnd.randint(10000, 99999)}", rnd.choice(fam) + "师傅", "已核对", "OK", "OK", "OK", "放行", rnd.choice(["赵刚", "钱勇"])])
    ws = wb.create_sheet("巡逻记录")
    ws.append(["日期", "时段", "路线", "异常", "保安"])
    for m in range(1, 6):
        for dd in (3, 17):
            ws.append([f"2026-{m:02d}-{dd:02d}", "22:00-06:00", "大门-仓库-围墙-货车门", "无", rnd.choice(["赵刚", "钱勇"])])
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(src / "装箱检查记录2025.xlsx")


def _img_notice(path: pathlib.Path):
    im = Image.new("RGB", (900, 1200), (196, 190, 178))
    d = ImageDraw.Draw(im)
    d.rectangle([90, 80, 810, 1120], fill=(250, 250, 246), outline=(120, 120, 120), width=4)
    f1, f2 = ImageFont.truetype(FONT, 52, index=2), ImageFont.truetype(FONT, 30, index=2)
    d.text((250, 130), "外来人员入厂须知", font=f1, fill=(180, 20, 20))
    lines = ["1. 请出示有照片的身份证件并登记。", "2. 领取访客证，全程佩戴。", "3. 进入车间、仓库须由受访人陪同。",
             "4. 车辆请登记车牌，停放访客车位。", "5. 厂区内禁止拍照、吸烟。", "6. 离厂时交回访客证。", "",
             "Visitors: show photo ID, wear badge,", "stay with your host.", "", f"{CO} 行政课", "2025年5月1日"]
    for i, t in enumerate(lines):
        d.text((140, 260 + i * 62), t, font=f2, fill=(30, 30, 30))
    im = im.rotate(2, fillcolor=(120, 115, 105)).quantize(32)
    im.save(path, optimize=True)


def _img_register(path: pathlib.Path, rnd: random.Random):
    im = Image.new("RGB", (1220, 520), (236, 232, 220))
    d = ImageDraw.Draw(im)
    f1, f2 = ImageFont.truetype(FONT, 36, index=2), ImageFont.truetype(FONT, 22, index=2)
    d.text((330, 30), "来访人员及车辆登记簿（2026年4月）", font=f1, fill=(20, 20, 60))
    cols = ["日期", "姓名", "身份证号(后4位)", "单位", "事由", "受访人", "访客证", "车牌", "进/出", "保安"]
    xs = [30, 120, 220, 400, 530, 620, 720, 810, 940, 1100]
    for x, c in zip(xs, cols):
        d.text((x, 100), c, font=f2, fill=(0, 0, 0))
    d.line([20, 135, 1180, 135], fill=(0, 0, 0), width=2)
    rows = [("4/2", "周建国", "3518", "顺达货运", "提柜", "孙丽", "V03", "沪D7215", "8:40/9:55", "赵刚"),
            ("4/2", "陈美玲", "0022", "客户稽核", "验厂", "王慧", "V05", "—", "9:30/16:10", "赵刚"),
            ("4/2", "蔡志远", "6641", "台湾总公司", "会议", "林志明", "V01", "苏E3K2", "10:05/", "赵刚"),
            ("4/2", "李强生", "1907", "空调维保", "维修", "刘佳", "V02", "苏E8L61", "13:20/15:00", "钱勇")]
    for i, r in enumerate(rows):
        for x, c in zip(xs, r):
            d.text((x, 150 + i * 60), c, font=f2, fill=(25, 40, 110))
        d.line([20, 195 + i * 60, 1180, 195 + i * 60], fill=(150, 150, 150), width=1)
    im = im.rotate(-1.5, fillcolor=(90, 80, 70)).quantize(32)
    im.save(path, optimize=True)


def _pdfs(out: pathlib.Path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out / "扫描件003.pdf"), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 18)
    c.drawString(200, 760, "关于2026年端午节放假的通知")
    c.setFont("STSong-Light", 12)
    for i, t in enumerate(["各部门：", "根据国务院办公厅通知，2026年6月19日至21日放假，共3天。", "SMT产线按生产计划排班，加班人员由各课长报备。",
                           "放假期间门卫及仓库值班照常，请各部门做好防火防盗。", "", "管理部  2026年5月25日"]):
        c.drawString(80, 700 - i * 26, t)
    c.save()
    c = canvas.Canvas(str(out / "产品简介brochure.pdf"), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 20)
    c.drawString(80, 760, "昱晟电子  PCBA一站式代工服务")
    c.setFont("STSong-Light", 12)
    for i, t in enumerate(["· 6条SMT高速线，01005元件贴装能力", "· ICT/FCT全检，良率99.6%", "· 产品：工控主板、网通模块、车载电子",
                           "· 通过ISO 9001 / IATF 16949 / ISO 14001", "· 安全可靠的交付：准时出货率98%", "联系我们：sales@yusheng-pcba.example"]):
        c.drawString(80, 700 - i * 26, t)
    c.save()


def _fix_pdf(path: pathlib.Path):
    """Same-length replacement of the dates and ID LibreOffice stamps (keeps xref offsets)."""
    b = path.read_bytes()
    b = re.sub(rb"\(D:\d{14}([^)]*)\)", lambda m: b"(D:20260101000000" + m.group(1) + b")", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    b = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", b)
    path.write_bytes(b)


def _fix_xls(path: pathlib.Path):
    """Fixed FILETIME values (VT_FILETIME 0x40) in the OLE summary streams LibreOffice stamps."""
    b = bytearray(path.read_bytes())
    fixed = (int(datetime.datetime(2026, 1, 1).timestamp()) + 11644473600) * 10_000_000
    for m in re.finditer(rb"\x40\x00\x00\x00(.{8})", bytes(b), re.S):
        v = int.from_bytes(m.group(1), "little")
        if 1.30e17 < v < 1.40e17:
            b[m.start(1):m.end(1)] = fixed.to_bytes(8, "little")
    path.write_bytes(bytes(b))


def build(out: pathlib.Path) -> None:
    rnd = random.Random(NAME)
    out.mkdir(parents=True, exist_ok=True)
    src = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        _policies(out)
        _security(out)
        _minutes_src(src)
        _workbooks(out, src, rnd)
        _soffice("pdf", [src / "管理评审会议纪要2025.docx"], out / "01关务制度")
        _fix_pdf(out / "01关务制度" / "管理评审会议纪要2025.pdf")
        (out / "新建文件夹").mkdir(exist_ok=True)
        _soffice("xls", [src / "装箱检查记录2025.xlsx"], out / "新建文件夹")
        _fix_xls(out / "新建文件夹" / "装箱检查记录2025.xls")
        _img_notice(out / "IMG_20260314_093015.png")
        _img_register(out / "03贸易安全" / "IMG_20260402_081244.png", rnd)
        _pdfs(out)
        _doc("五月份员工餐厅菜单", ["周一：红烧肉、番茄炒蛋、清炒时蔬", "周二：宫保鸡丁、麻婆豆腐", "周三：卤鸡腿、青椒肉丝",
                               "周四：糖醋里脊、蒜蓉西兰花", "周五：台式卤肉饭、贡丸汤"], out / "食堂菜单.docx")
        with open(out / "03贸易安全" / "供应商及货代名单.csv", "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["名称", "类别", "海关信用等级", "上次评估日期", "评估得分", "安全协议", "备注"])
            for r in [("苏州顺达国际货运代理有限公司", "货代", "高级认证", "", "", "免签", "AEO证书已留存"),
                      ("昆山华通报关有限公司", "报关行", "一般认证", "2025-08-12", "88", "已签(2025-08)", ""),
                      ("苏州永兴物流运输有限公司", "拖车", "无", "2025-08-20", "76", "已签(2025-09)", ""),
                      ("深圳讯科电子元件有限公司", "料件供应商", "无", "2025-10-08", "82", "已签(2025-10)", ""),
                      ("台湾嘉鸿科技股份有限公司", "料件供应商(境外)", "-", "2025-10-15", "90", "已签(2025-11)", "繁体协议"),
                      ("Murata Electronics Trading (Shanghai)", "料件供应商", "高级认证", "", "", "免签", ""),
                      ("无锡恒瑞线路板有限公司", "PCB供应商", "无", "", "", "未签", "2026年待评"),
                      ("上海锦程国际物流有限公司", "货代", "无", "", "", "未签", ""),
                      ("东莞立泰连接器有限公司", "料件供应商", "无", "2024-11-02", "71", "未签", "协议退回修改中"),
                      ("苏州安运包装材料有限公司", "包材", "无", "", "", "未签", "")]:
                w.writerow(r)
    finally:
        shutil.rmtree(src, ignore_errors=True)
