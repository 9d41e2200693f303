"""ho23-adv-importer-semiconductor: 无锡芯锐半导体封测有限公司（外商投资，综保区内）。"""
import csv, datetime as dt, pathlib, random, re, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK
import openpyxl
from PIL import Image, ImageDraw, ImageFont

NAME = "ho23-adv-importer-semiconductor"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _doc(title, docno=None, revs=None):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading(title, 1)
    if docno:
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Doc No. 文件编号", docno, "Owner 归口", revs[0][3] if revs else ""]):
            c.text = v
        d.add_paragraph("Revision History 修订记录")
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Rev 版本", "Date 日期", "Change 修订内容", "Approved 批准"]):
            c.text = v
        for r in revs:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
    return d


def _paras(d, items):
    for it in items:
        if it.startswith("## "):
            d.add_heading(it[3:], 2)
        elif it == "PAGEBREAK":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            d.add_paragraph(it)


def _table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header):
        c.text = v
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = str(v)


def customs_sop(path):
    d = _doc("SOP-CUS-001 进出口关务管理程序 Import/Export Customs Management Procedure", "SOP-CUS-001",
             [("A", "2021-03-15", "首次发布 Initial release", "Daniel Koh 运营副总裁"),
              ("B", "2023-09-01", "增加电子账册核对 Add e-account reconciliation", "Daniel Koh 运营副总裁"),
              ("C", "2025-11-20", "更新复核清单与档案要求 Update review checklist & archive", "Daniel Koh 运营副总裁")])
    _paras(d, [
        "## 1. Purpose 目的",
        "规范本公司进口晶圆、生产设备及出口芯片成品的报关、电子账册和单证管理。To control declarations, the bonded e-account and trade documents of wafers, equipment and finished chips.",
        "## 2. Roles 职责",
        "运营副总裁 Daniel Koh（VP Operations）经董事会任命为公司关务负责高管，对海关事务及本程序负总责；关务经理 周晓岚 负责日常申报与电子账册；财务部负责完税价格资料、税款支付及账实核对；EHS与安保部（主管 钱国栋）负责供应链安全；内审部（内审主管 孙琳）每年对进出口活动进行审计。",
        "The VP Operations is the senior manager appointed for customs matters. Trade Compliance (关务部) prepares declarations; Finance pays duties and reconciles; EHS & Security owns supply-chain security; Internal Audit audits import/export once a year or more.",
        "## 3. Declaration flow 申报流程",
        "采购订单（SAP PO）→ 到货通知（航空主运单/分运单）→ 关务专员制单 → 关务复核员二级复核 → 经理抽核 → 单一窗口发送 → 放行 → 收货入账（SAP GR）→ 电子账册核注。出口：销售订单 → 交货单 → 装箱单/发票 → 制单复核 → 申报 → 专人监装 → 监管车辆施封 → 离厂。",
        "## 4. Pre-declaration review 申报前复核",
        "每票报关单由非制单人员按《报关复核清单》逐项核对：商品编码归类、申报价格及运保费、原产地、数量和净重、品名规格型号、境外收发货人、包装种类、货物存放地点、运输路线、储存条件（晶圆需氮气柜/恒温恒湿）、拆检注意事项（洁净室开箱，严禁开舱拆检除经批准）、标签标志。复核人在SAP GTS中电子签核，差错记入《报关差错登记表》并每月分析。",
        "## 5. Bonded e-account 保税电子账册",
        "关务部每月将SAP库存（原材料、在制品、成品、边角料）与海关电子账册数据进行核对，由财务复核签字，差异在5个工作日内查明并更正；核销期前30天启动报核准备。",
        "## 6. Records 单证与档案",
        "报关单、合同、发票、装箱单、提运单、账册核注清单、归类/价格资料以电子扫描件存于SAP文档服务器并保存纸本，保存期限自办结海关手续之日起不少于10年；报关专用章由关务经理保管，用印登记；海关出具的证书、决定书原件存放于关务部档案柜（上锁）。设立‘海关认证’专门档案夹（纸本及共享盘 \\\\wx-fs01\\AEO）。",
        "技术标准资料（产品规格书、设备技术文件、BOM）由工程部文控中心按受控文件管理，关务可查询。",
        "## 7. Improvement & accountability 改进与追责",
        "海关或内审发现的问题登记于《纠正预防措施(CAPA)跟踪表》，责任部门分析原因并限期整改；违反本程序造成海关违规的，按《员工奖惩制度》追究责任。海关要求的改正事项由运营副总裁组织实施并签字关闭。",
        "## 8. Emergency reporting 异常报告",
        "发生影响海关监管货物的火灾、断电、盗窃、数据中断等，关务经理应在24小时内书面报告无锡海关驻区办事处。",
    ])
    d.save(path)


def security_sop(path):
    d = _doc("SOP-SEC-002 供应链安全管理程序 Supply Chain Security Procedure", "SOP-SEC-002",
             [("A", "2022-06-01", "Initial release 首次发布", "钱国栋 EHS&安保主管"),
              ("B", "2025-12-10", "增加访客陪同与卡车封条要求 Visitor escort & truck seal", "Daniel Koh 运营副总裁")])
    _paras(d, [
        "## 1. Site 厂区",
        "厂区位于无锡高新区综合保税区内，四周设2.4米实体围墙及红外对射，南门（人员）与东门（货车）24小时保安驻守；厂房为钢筋混凝土结构，设施部每季度检查屋面、外墙与门窗并记录；出入口、装卸平台、仓库、围墙周边及停车场均有LED照明及摄像头覆盖，录像保存90天。",
        "## 2. Access control 出入控制",
        "员工凭工卡（卡号8位）刷卡进出，门禁系统按岗位授予权限；洁净室（FAB-A/B）、保税仓库、服务器机房为敏感区域，仅授权人员可进入，系统记录每次刷卡及拒绝记录。工卡由人事部统一发放、登记、回收。员工车辆停放于北侧员工停车场。",
        "访客须在南门出示带照片的身份证件（身份证/护照）登记，领取临时访客证，由接待员工全程陪同进入生产及仓库区域；访客车辆登记后停放于访客车位。保安发现未佩戴证件或身份不明人员应立即询问、劝离并报告安保主管。",
        "## 3. Personnel 人员",
        "录用前核实身份证、学历与工作经历，关键岗位（关务、仓库、安保、IT）须提供无犯罪记录证明；离职当日收回工卡、电脑及钥匙，IT同日停用SAP及邮箱账号，填写《离职交接清单》。人事部每月更新员工花名册。",
        "## 4. Business partners 商业伙伴",
        "对货代、报关行、承运人、关键原材料及设备供应商每年发放《供应链安全问卷》，按守法合规、贸易安全、供货资质评分（≥80合格）；已获AEO高级认证的伙伴可免于问卷。采购合同及物流服务协议中包含供应链安全条款（附件C）。",
        "## 5. Cargo 货物",
        "收货：仓库按提运单/装箱单核对件数、毛重、标签及封条，签名交接；异常（溢短装、破损、封条异常）填《货物异常报告》并通知关务及采购。出口：由仓库指定监装员全程监装，拍照并记录于《出口监装记录》；监管车辆施加ISO 17712 高安全封条，封条由安保专人领用登记。",
        "## 6. Vehicles 车辆",
        "货车进厂前保安核对司机身份证与预约信息，检查车厢、底盘、驾驶室无藏匿物品；等待装卸的车辆停放于东门货车待检区（围栏、监控覆盖）。",
        "## 7. Crisis 危机管理",
        "依据《综合应急预案》（ERP-001）处置火灾、化学品泄漏、断电、台风等；每年至少组织一次综合演练；涉及海关监管货物的，按SOP-CUS-001第8条报告海关。",
        "## 8. Training 培训",
        "新员工入职培训包含供应链安全内容；关务、仓库、安保人员每年接受供应链安全及危机处理培训，记录于培训矩阵。",
    ])
    d.save(path)


def it_sop(path):
    d = _doc("SOP-IT-003 信息系统与信息安全管理程序 IT Systems & Information Security", "SOP-IT-003",
             [("A", "2020-05-01", "Initial release", "Kevin Wu IT经理"),
              ("B", "2024-07-15", "备份策略更新 Backup policy update", "Kevin Wu IT经理")])
    _paras(d, [
        "## 1. Systems 系统",
        "SAP S/4HANA（SD/MM/PP/FI/CO）管理客户、合同、采购、生产、库存与财务；SAP GTS海关模块管理归类、报关单、电子账册核注及预警（账册余量、核销期、许可到期）；MES记录批次追溯。",
        "## 2. Data retention 数据保存",
        "业务及关务数据在线保存不少于10年，归档至存档服务器；每日增量、每周全量备份，异地（上海数据中心）保存，每季度恢复演练。",
        "## 3. Security 安全",
        "账号按岗位授权，密码12位以上每90天更换；服务器机房门禁+监控；终端统一安装防病毒软件；禁止私自拷贝客户数据。违反本程序的，按《员工奖惩制度》给予警告至解除劳动合同处理，造成损失的追偿。",
        "## 4. Training 培训",
        "全员每年完成一次信息安全在线课程（IS-101），完成情况记录于培训矩阵。",
    ])
    d.save(path)


def audit_report(path):
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    _paras(d, [
        "2026年度进出口合规内部审计报告 2026 Trade Compliance Internal Audit Report",
        "报告编号 IA-2026-03    审计期间：2025-07-01 至 2026-03-31    现场日期：2026-04-13 至 2026-04-17",
        "审计组：孙琳（内审主管）、刘畅（内审专员）；陪同：周晓岚（关务经理）",
        "范围：报关单复核、电子账册核对、单证归档、门禁与访客管理、供应商安全评估、IT备份。抽样报关单60票、账册核对记录9个月、访客记录3个月。",
        "结论：进出口内部控制总体有效，发现3项需改进事项。",
        "PAGEBREAK",
        "发现与整改跟踪 Findings & CAPA",
    ])
    _table(d, ["编号", "发现", "责任人", "整改期限", "状态"], [
        ["F1", "2票出口报关单净重与装箱单不一致（已申请修改）", "周晓岚", "2026-05-15", "已关闭 2026-05-08"],
        ["F2", "供应商安全问卷回收率仅58%", "采购经理 马俊", "2026-07-31", "进行中"],
        ["F3", "2个离职员工SAP账号延迟3天停用", "IT经理 Kevin Wu", "2026-05-31", "已关闭 2026-05-20"],
    ])
    _paras(d, ["审阅：Daniel Koh 运营副总裁  2026-04-28    批准：林志远 总经理/法定代表人 2026-04-30"])
    d.save(path)


def questionnaire(path, supplier, answers):
    d = Document()
    d.add_heading("供应链安全问卷 Supply Chain Security Questionnaire", 1)
    d.add_paragraph("致：无锡芯锐半导体封测有限公司 采购部。请于收到后30日内填写返回。")
    qs = ["公司名称 Company", "是否获得AEO/C-TPAT认证 AEO status", "近2年有无海关处罚 Penalties (2 yrs)",
          "仓库门禁与监控 Access control & CCTV", "员工背景调查 Background checks", "封条管理 Seal control",
          "填写人/职务 Completed by", "日期 Date"]
    _table(d, ["问题 Question", "回答 Answer"], list(zip(qs, answers)))
    d.save(path)


def xlsx_training(path, rng):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Matrix 培训矩阵"
    courses = ["C01 海关法规更新(上) 2025-10", "C02 海关法规更新(下) 2026-04", "C03 AEO供应链安全", "IS-101 信息安全", "C05 应急处置与疏散"]
    ws.append(["工号", "姓名", "部门", "职务"] + courses)
    people = [("E0001", "林志远", "总经办", "总经理/法定代表人", ["2025-10-23", "", "2026-03-06", "2026-02-11", ""]),
              ("E0007", "Daniel Koh", "运营", "运营副总裁(关务高管)", ["2025-10-23", "2026-04-09", "2026-03-06", "2026-02-11", ""]),
              ("E0112", "周晓岚", "关务部", "关务经理", ["2025-10-23", "2026-04-09", "2026-03-06", "2026-01-20", ""]),
              ("E0095", "钱国栋", "EHS与安保", "EHS&安保主管(贸易安全负责人)", ["2025-10-23", "2026-04-09", "2026-03-06", "2026-01-20", ""])]
    for p in people:
        ws.append(list(p[:4]) + p[4])
    depts = ["关务部", "仓库", "仓库", "安保", "IT", "采购", "生产", "生产"]
    for i in range(60):
        dept = depts[i % len(depts)]
        row = [f"E{1200+i:04d}", f"员工{i+1:02d}", dept, "专员"]
        cus = dept == "关务部"
        row += ["2025-10-23" if cus else "", "2026-04-09" if cus else "",
                f"2026-0{rng.randint(1,6)}-{rng.randint(10,28)}" if dept in ("关务部", "仓库", "安保", "采购") else "",
                f"2026-0{rng.randint(1,7)}-{rng.randint(10,28)}", ""]
        ws.append(row)
    ws2 = wb.create_sheet("Plan 2026 培训计划")
    ws2.append(["课程", "对象", "计划月份", "讲师", "状态"])
    for r in [["海关法规更新(上)", "管理层+关务", "2025-10", "外部顾问 王律师", "完成"],
              ["海关法规更新(下)", "管理层+关务", "2026-04", "周晓岚", "完成（林总出差缺席）"],
              ["AEO供应链安全", "关务/仓库/安保/采购", "2026-03", "钱国栋", "完成"],
              ["信息安全 IS-101", "全员", "全年", "在线", "完成率96%"],
              ["应急处置与综合演练", "全员", "2026-06", "钱国栋", "延期至2026-10（产线扩建）"]]:
        ws2.append(r)
    ws3 = wb.create_sheet("2025 drill")
    ws3.append(["日期", "演练", "参加人数", "备注"])
    ws3.append(["2025-06-18", "洁净室化学品泄漏+疏散综合演练", 412, "消防队观摩"])
    wb.save(path)


def xlsx_security(path, rng):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "访客登记"
    ws.append(["日期", "访客姓名", "单位", "证件类型", "证件号后4位", "临时证号", "被访人", "陪同人", "车牌", "进入时间", "离开时间"])
    comp = ["应用材料", "东京电子", "ASML", "顺丰", "无锡海关", "某客户审核", "KLA", "德邦物流"]
    d0 = dt.date(2026, 5, 4)
    for i in range(140):
        d = d0 + dt.timedelta(days=i // 2)
        ws.append([d.isoformat(), f"访客{i+1:03d}", rng.choice(comp), rng.choice(["身份证", "身份证", "护照"]),
                   f"{rng.randint(1000,9999)}", f"V-{i%40+1:03d}", rng.choice(["周晓岚", "设备部 何工", "采购 马俊", "质量部 徐慧"]),
                   rng.choice(["何工", "马俊", "徐慧", "周晓岚"]), rng.choice(["", "", f"苏B{rng.randint(10000,99999)}"]),
                   f"{rng.randint(8,14):02d}:{rng.randint(0,59):02d}", f"{rng.randint(15,18):02d}:{rng.randint(0,59):02d}"])
    ws = wb.create_sheet("货车登记")
    ws.append(["日期", "车牌", "承运人", "司机", "身份证核对", "车厢/底盘检查", "封条号", "停放区", "保安"])
    for i in range(90):
        d = dt.date(2026, 6, 1) + dt.timedelta(days=i)
        ws.append([d.isoformat(), f"沪D{rng.randint(10000,99999)}", rng.choice(["嘉里大通", "DHL Global Forwarding", "锦程监管车队"]),
                   f"司机{rng.randint(1,30):02d}", "已核对", "正常", f"HS{2600000+i*3}", "东门待检区", rng.choice(["张伟", "李强", "王建"])])
    ws = wb.create_sheet("封条台账")
    ws.append(["封条号", "类型", "领用日期", "领用人", "车辆/航空货", "施封人", "验封结果", "作废原因"])
    for i in range(90):
        d = dt.date(2026, 6, 1) + dt.timedelta(days=i)
        ws.append([f"HS{2600000+i*3}", "ISO 17712 H级螺栓封", d.isoformat(), "安保 李强", "出口监管车", "监装员 赵敏", "完好", ""])
    ws.append(["HS2600300", "ISO 17712 H级螺栓封", "2026-08-20", "安保 李强", "", "", "", "施封时断裂作废"])
    ws = wb.create_sheet("出口监装")
    ws.append(["日期", "交货单", "箱数", "毛重kg", "监装员", "照片编号", "封条号", "复核"])
    for i in range(60):
        d = dt.date(2026, 6, 3) + dt.timedelta(days=i)
        ws.append([d.isoformat(), f"8000{rng.randint(100000,999999)}", rng.randint(4, 40), round(rng.uniform(50, 900), 1),
                   rng.choice(["赵敏", "钱磊"]), f"P{i+1:04d}", f"HS{2600000+i*3}", "周晓岚"])
    ws = wb.create_sheet("收货异常")
    ws.append(["日期", "空运单", "异常", "处理", "报告人", "关务确认"])
    ws.append(["2026-03-11", "160-55329871", "短装1箱晶圆盒", "通知货代查询，补到后签收", "仓库 陈波", "周晓岚"])
    ws.append(["2026-07-02", "618-20933410", "外包装破损，晶圆无损", "拍照留存，保险报案", "仓库 陈波", "周晓岚"])
    ws = wb.create_sheet("钥匙台账")
    ws.append(["钥匙编号", "区域", "领用人", "领用时间", "归还时间"])
    for i in range(40):
        d = dt.date(2026, 7, 1) + dt.timedelta(days=i)
        ws.append([f"K{rng.randint(1,25):02d}", rng.choice(["保税仓库", "化学品库", "档案室"]), rng.choice(["陈波", "李强", "周晓岚"]),
                   f"{d} 08:{rng.randint(0,59):02d}", f"{d} 17:{rng.randint(0,59):02d}"])
    ws = wb.create_sheet("离职清单")
    ws.append(["工号", "姓名", "离职日期", "工卡收回", "电脑收回", "SAP账号停用", "门禁权限删除", "HR签字"])
    for i in range(25):
        d = dt.date(2025, 9, 1) + dt.timedelta(days=i * 14)
        ws.append([f"E{900+i}", f"离职员工{i+1:02d}", d.isoformat(), "是", "是", d.isoformat(), d.isoformat(), "人事 高洁"])
    ws = wb.create_sheet("花名册")
    ws.append(["工号", "姓名", "部门", "入职日期", "背景调查", "无犯罪证明", "状态"])
    for i in range(120):
        ws.append([f"E{1000+i}", f"员工{i:03d}", rng.choice(["生产", "仓库", "关务部", "工程", "安保"]),
                   f"20{rng.randint(15,26)}-0{rng.randint(1,9)}-1{rng.randint(0,9)}", "已完成", rng.choice(["已提供", "不适用"]), "在职"])
    ws.cell(1, 9, "更新日期 2026-08-28")
    ws = wb.create_sheet("用印登记")
    ws.append(["日期", "印章", "文件", "份数", "申请人", "批准人", "保管人"])
    for i in range(30):
        d = dt.date(2026, 3, 2) + dt.timedelta(days=i * 5)
        ws.append([d.isoformat(), "报关专用章", rng.choice(["报关委托书", "情况说明", "账册变更申请", "核注清单"]), 1,
                   rng.choice(["关务专员 何敏", "关务专员 顾磊"]), "周晓岚", "周晓岚"])
    ws = wb.create_sheet("供应商评估")
    ws.append(["供应商", "类别", "AEO状态", "问卷发出", "问卷回收", "得分", "结论"])
    sup = [("上海嘉里大通物流", "货代", "AEO高级", "免", "", "", "合格(免评)"),
           ("DHL Global Forwarding", "货代", "AEO高级", "免", "", "", "合格(免评)"),
           ("锦程监管车队", "承运人", "无", "2026-02-10", "2026-03-02", 86, "合格"),
           ("苏州晶源材料", "化学品", "无", "2026-02-10", "2026-04-20", 72, "待改进"),
           ("SUMCO Corp.", "晶圆", "AEO(日本)", "免", "", "", "合格(免评)"),
           ("无锡精工治具", "治具", "无", "2026-02-10", "", "", "未回收"),
           ("上海华测报关", "报关行", "无", "2026-02-10", "", "", "未回收"),
           ("Kulicke & Soffa", "设备", "C-TPAT", "免", "", "", "合格(免评)")]
    for s in sup:
        ws.append(list(s))
    wb.save(path)


def access_csv(path, rng):
    doors = ["南门闸机-入", "南门闸机-出", "FAB-A 风淋室", "FAB-B 风淋室", "保税仓库-01", "机房MDF", "东门货车通道"]
    t0 = dt.datetime(2026, 8, 17, 6, 0)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["EventTime", "CardNo", "Name", "Dept", "Reader", "Result", "Reason"])
        for i in range(3200):
            t = t0 + dt.timedelta(seconds=i * 378 + rng.randint(0, 300))
            door = rng.choice(doors)
            card = f"{rng.randint(10020000, 10021200):08d}"
            ok = rng.random() > 0.02
            w.writerow([t.strftime("%Y/%m/%d %H:%M:%S"), card, f"U{card[-4:]}", rng.choice(["PROD", "WH", "TC", "ENG", "SEC"]), door,
                        "Granted" if ok else "Denied", "" if ok else rng.choice(["No privilege 无权限", "Card expired 卡已失效", "APB violation"])])


def backup_csv(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Job", "Start", "End", "Type", "Target", "SizeGB", "Status", "RetentionPoints"])
        d = dt.date(2026, 6, 1)
        for i in range(92):
            day = d + dt.timedelta(days=i)
            full = day.weekday() == 6
            for job in ("SAP_PRD_HANA", "GTS_PRD", "FileServer_AEO"):
                st = "Success" if not (job == "GTS_PRD" and i == 37) else "Warning: retry succeeded"
                w.writerow([job, f"{day} 01:30", f"{day} 0{3 if full else 2}:1{i%6}", "Full" if full else "Incremental",
                            "SH-DC Veeam repo", 410 if full else 23, st, "Daily 30 / Weekly 52 / Yearly 10"])


def sap_png(path):
    img = Image.new("RGB", (1100, 560), "white"); dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 15, index=2); fb = ImageFont.truetype(FONT, 18, index=2)
    dr.rectangle([0, 0, 1100, 36], fill=(30, 60, 110))
    dr.text((12, 8), "SAP GTS  海关管理 - 报关单查询 /SAPSLL/CUSDEC_DISPLAY   系统: PRD/800", font=fb, fill="white")
    dr.text((12, 50), "查询条件: 申报日期 2016-01-01 至 2026-03-14   电子账册号 E23026000XXX   状态: 全部", font=f, fill="black")
    hdr = ["报关单号", "申报日期", "进/出", "监管方式", "料号", "状态", "核注清单", "归档"]
    xs = [12, 200, 320, 390, 500, 640, 760, 950]
    for x, h in zip(xs, hdr):
        dr.text((x, 85), h, font=f, fill=(0, 0, 120))
    rows = [["223320160000187", "2016-02-03", "进", "进料对口", "WF-300-P", "已结关", "QD2302160001", "已归档"],
            ["223320190004512", "2019-07-11", "进", "进料对口", "EQ-DB-8800", "已结关", "QD2302190112", "已归档"],
            ["223320250021877", "2025-12-09", "出", "进料对口", "FG-QFN48", "已放行", "QD2302250931", "已归档"],
            ["223320260003301", "2026-03-12", "进", "进料对口", "WF-300-P", "已放行", "QD2302260204", "待归档"],
            ["223320260003315", "2026-03-13", "出", "进料对口", "FG-BGA256", "复核中", "-", "-"]]
    for i, r in enumerate(rows):
        for x, v in zip(xs, r):
            dr.text((x, 115 + i * 28), v, font=f, fill="black")
    dr.text((12, 280), "预警: 账册 E23026000XXX 核销期 2026-12-31 剩余 292 天;  许可证到期: 无;  料号 WF-300-P 余量 8.2%  ▲", font=f, fill=(180, 0, 0))
    dr.text((12, 320), "流程追踪 3301: PO 4500982211 → 到货 2026-03-12 → 制单 周晓岚 → 复核 何敏 → 发送 → 放行 → GR 5000112334", font=f, fill="black")
    dr.text((12, 520), "共 41,876 条记录 (2016-2026)   用户: ZHOUXL   2026-03-15 10:11", font=f, fill=(90, 90, 90))
    img.save(path, optimize=True)


def simple_docx(path, title, lines):
    d = Document(); d.add_heading(title, 1)
    for l in lines:
        d.add_paragraph(l)
    d.save(path)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        (out / "01 程序文件 Procedures").mkdir(parents=True)
        customs_sop(out / "01 程序文件 Procedures" / "SOP-CUS-001 进出口关务管理程序 RevC.docx")
        security_sop(out / "01 程序文件 Procedures" / "SOP-SEC-002_Supply Chain Security_RevB.docx")
        it_sop(out / "01 程序文件 Procedures" / "doc12.docx")
        audit_report(tmp / "IA-2026-03.docx")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(tmp / "IA-2026-03.docx")], check=True, capture_output=True, timeout=180)
        (out / "2026资料").mkdir()
        raw = (tmp / "IA-2026-03.pdf").read_bytes()  # fixed dates/ID, same byte lengths (xref offsets kept)
        raw = re.sub(rb"D:\d{14}", b"D:20260430103000", raw)
        raw = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"A1" * 16 + b">", raw)
        raw = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"B2" * 16, raw)
        (out / "2026资料" / "扫描件003.pdf").write_bytes(raw)
        xlsx_training(out / "2026资料" / "Training Matrix 2025-2026.xlsx", rng)
        xlsx_security(out / "2026资料" / "安保记录2026.xlsx", rng)
        access_csv(out / "2026资料" / "门禁导出_20260831.csv", rng)
        backup_csv(out / "2026资料" / "backup_job_history.csv")
        sap_png(out / "2026资料" / "IMG_20260315_101122.png")
        q = out / "供应商问卷"; q.mkdir()
        questionnaire(q / "问卷_锦程监管车队.docx", "锦程",
                      ["无锡锦程监管运输有限公司", "否（计划2027申请）", "无", "有，门禁+24h监控，录像30天", "司机入职查验驾驶证和身份证", "使用客户提供封条，交接签字", "运营经理 汪涛", "2026-03-02"])
        questionnaire(q / "附件2.docx", "晶源",
                      ["苏州晶源材料科技有限公司", "否", "", "仓库有监控", "", "", "销售 李娜", "2026-04-20"])
        questionnaire(q / "问卷模板_blank.docx", "",
                      ["", "", "", "", "", "", "", ""])
        simple_docx(out / "2026资料" / "声明书-相关人员无犯罪记录.docx", "声明书",
                    ["本公司法定代表人林志远、运营副总裁（负责关务高管）Daniel Koh、关务经理周晓岚、贸易安全负责人钱国栋，",
                     "近2年内均未因故意犯罪受到刑事处罚。附：无锡市公安局新吴分局出具的无犯罪记录证明（2026-07-21 开具）4份。",
                     "无锡芯锐半导体封测有限公司（盖章）  法定代表人：林志远  2026-07-25"])
        d = _doc("ERP-001 综合应急预案 Emergency Response Plan", "ERP-001",
                 [("A", "2022-06-01", "Initial", "钱国栋"), ("B", "2025-09-15", "增加海关报告要求 Add customs reporting", "Daniel Koh")])
        _paras(d, ["## 1. 组织 Organization", "应急总指挥：总经理林志远；副总指挥：运营副总裁Daniel Koh；现场指挥：EHS&安保主管钱国栋。",
                   "## 2. 情景 Scenarios", "火灾、特气/化学品泄漏、市电中断、台风暴雨、网络攻击/SAP宕机、保税货物被盗或封条异常。",
                   "## 3. 处置 Response", "报警→疏散/隔离→抢修→恢复；保税仓库断电时启用UPS与门禁备用电源，安保加派人员驻守；SAP宕机超过4小时启用手工台账。",
                   "## 4. 报告海关 Reporting to Customs", "涉及保税货物灭失、短少、账册数据中断或影响申报时效的，关务经理24小时内书面报告无锡海关驻区办事处并保存回执。",
                   "## 附录 事件记录 Incident log"])
        _table(d, ["日期", "事件", "处置", "影响海关业务", "报告海关"], [
            ["2026-02-03", "市电中断110分钟（园区变电站检修失误）", "UPS及柴油发电机切换，洁净室维持正压，保安加岗", "否", "不适用"],
            ["2026-07-29", "台风‘海葵’外围暴雨，东门货车待检区积水", "暂停收货4小时，货物转至2号月台，封条逐一复核完好", "是（2票进口延迟入库）", "2026-07-29 书面报告驻区办，回执 ZQB-260729-03"]])
        d.save(out / "01 程序文件 Procedures" / "ERP-001 Emergency Plan 应急预案.docx")
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "2026"
        ws.append(["月份", "电子账册号", "料号数", "SAP库存数量", "账册结余数量", "差异", "差异原因", "关务核对", "财务复核", "日期"])
        for m in range(1, 8):
            diff = 0 if m != 4 else 1200
            ws.append([f"2026-{m:02d}", "E23026000XXX", 312, 18452000 + m * 3111, 18452000 + m * 3111 - diff, diff,
                       "边角料未核注，5月已补" if diff else "", "周晓岚", "财务 沈佳", f"2026-{m+1:02d}-05"])
        ws2 = wb.create_sheet("2025")
        ws2.append(["月份", "电子账册号", "差异", "关务核对", "财务复核"])
        for m in range(1, 13):
            ws2.append([f"2025-{m:02d}", "E23026000XXX", 0, "周晓岚", "财务 沈佳"])
        wb.save(out / "2026资料" / "账册对账.xlsx")
        ck = out / "AEO自评"; ck.mkdir()
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Self-assessment"
        ws.append(["标准条款", "C-TPAT MSC", "自评", "备注"])
        for r in [["建立海关法律法规等相关规定的内部培训制度并有效落实", "Security Training", "是", ""],
                  ["每年实施1次以上的内部审计并建立书面或者电子资料的档案", "Risk Assessment", "是", ""],
                  ["定期对员工进行危机管理的培训和危机处理模拟演练", "Security Training", "是", ""],
                  ["集装箱检查：在装货前检查集装箱结构的物理完整性和可靠性", "Conveyance & IIT", "N/A", "空运"],
                  ["在合同、协议或者其他书面资料中要求商业伙伴按照本认证标准优化和完善贸易安全管理", "Business Partner", "是", ""]]:
            ws.append(r)
        wb.save(ck / "AEO_C-TPAT自评清单.xlsx")
        nf = out / "新建文件夹"; nf.mkdir()
        simple_docx(nf / "8月食堂菜单.docx", "员工餐厅8月菜单", ["周一：红烧肉、清炒时蔬、番茄蛋汤", "周二：糖醋排骨、麻婆豆腐", "周三：无锡酱排骨、冬瓜汤"])
        simple_docx(nf / "通知.docx", "关于高温天气调整作息的通知",
                    ["各部门：7月15日至8月31日期间，户外作业时间调整为7:00-11:00、15:30-19:00。行政部 2026-07-10"])
        simple_docx(out / "QFN_BGA封装服务介绍.docx", "芯锐封测能力介绍",
                    ["提供QFN、BGA、SiP封装与测试服务，月产能3.2亿颗。客户安全审核与访客参观请联系市场部。"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
