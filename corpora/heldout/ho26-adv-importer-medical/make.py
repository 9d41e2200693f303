"""ho26-adv-importer-medical: 苏州瑞康医疗器械有限公司 re-certification bundle (advanced, importer)."""
from __future__ import annotations

import csv
import datetime as dt
import pathlib
import random
import shutil
import subprocess

NAME = "ho26-adv-importer-medical"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _docx(path, blocks):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('br',)"""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
    d.save(path)


MANUAL = [
    ("h", "苏州瑞康医疗器械有限公司 质量与合规管理手册（QM-2026，第6版）", 0),
    ("p", "文件编号：RK-QM-001　版本：V6.0　生效日期：2026年1月5日　批准：总经理 沈立衡"),
    ("p", "本手册依据ISO 13485:2016、《医疗器械经营质量管理规范》及海关对认证企业的要求编写，覆盖公司进口医疗器械与体外诊断试剂的采购、进口、仓储（含委托保税仓储）、销售、售后及退运全过程。"),
    ("h", "第1章 组织与职责", 1),
    ("p", "1.1 公司设质量部、法规事务部(RA)、供应链部（下设关务组、物流组）、财务部、人事行政部、信息技术部、内审办公室、销售与市场部。各部门职责见附表1。"),
    ("p", "1.2 公司指定供应链副总裁 顾文杰 为负责关务的高级管理人员，统筹报关、单证、海关认证及与海关的联络；关务组组长 陈佳 为关务负责人；行政副总裁 王敏 负责贸易安全（场所、人员、商业伙伴、货物安全）。"),
    ("p", "1.3 内审办公室直接向总经理报告，独立于供应链部和财务部。"),
    ("t", [["部门", "主要职责", "负责人"],
           ["供应链部-关务组", "报关单证制作与复核、归类价格原产地审核、单证归档、海关事务联络", "关务组长 陈佳"],
           ["财务部", "税费缴纳、会计核算、年度审计配合、保证金保函管理", "财务总监 李慧"],
           ["人事行政部", "员工入离职、门禁与证件、访客、场所安全、贸易安全培训组织", "行政副总裁 王敏"],
           ["内审办公室", "年度内部审计（含海关认证标准符合性）、整改跟踪", "内审经理 周涛"],
           ["质量部", "进货验收、不合格品、召回、冷链质量放行、投诉", "质量总监 许静"]]),
    ("h", "第2章 文件与记录控制", 1),
    ("p", "2.1 质量文件、技术文件按QP-02控制。"),
    ("p", "2.2 进口单证（合同、发票、装箱单、提运单、报关单、税单、注册证复印件、检验记录）由关务组按票建立电子档案和纸质档案，货物放行后5个工作日内归档，保存期限不少于自办结海关手续之日起5年；档案室上锁，借阅须登记并经关务组长批准。"),
    ("p", "2.3 产品技术要求、说明书、注册检验报告等技术资料由RA部统一保管，按注册证号建档，更新时替换并保留旧版。"),
    ("p", "2.4 报关专用章、海关发放的证书（认证证书、备案回执）及海关法律文书由关务组长专人保管于保险柜，用印须在《用印登记表》登记。"),
    ("p", "2.5 设立海关认证专档（电子目录\\\\fs01\\customs\\AEO），存放认证申请、内审报告、整改记录、培训记录和年度自评材料，由关务组长维护。"),
    ("h", "第3章 进口业务流程", 1),
    ("p", "3.1 流程：采购订单→境外供应商发货通知→关务预审（品名、规格、HS编码、价格、原产地、数量、注册证、储存条件、标签）→委托报关行申报（或自理）→查验配合→缴税放行→进入保税仓或一般仓→质量验收→入库上架→销售出库。各环节在SAP与关务系统中留痕。"),
    ("p", "3.2 申报前复核：关务专员制单后，由另一名关务专员按《单证复核清单》逐项复核价格、归类、原产地、数量、品名规格、境外发货人、包装种类、存放地点、运输路线、储存温度、拆检注意事项、标签，复核人在关务系统中签名确认后方可发送报关行。发现差错须在系统中记录更正原因。"),
    ("p", "3.3 退运与返修出口：对境外制造商召回或返修的产品，由物流组安排装运，物流服务商按其安全程序监装、施封，关务组核对出口单证与退运清单。"),
    ("h", "第4章 质量控制（含法定检验商品）", 1),
    ("p", "4.1 进口医疗器械中属于法定检验目录的商品，按QP-07执行：到货核对注册证与标签，配合海关检验，质量部验收检测，合格后放行。"),
    ("p", "4.2 不合格品处置：隔离、标识、评审，结论为退运、销毁或返修，处置记录由质量部登记；涉及海关监管的商品，处置前由关务组向海关报告。"),
    ("p", "4.3 质量风险信息：收到境外制造商召回通知、不良事件或海关风险警示后，质量总监组织评估，在24小时内决定暂停销售、召回或报告，涉及进口环节的同时报关务组。"),
    ("p", "4.4 冷链产品（2–8℃试剂）由物流服务商全程温度监控，超温时按第9章处置。"),
    ("h", "第5章 信息系统与数据", 1),
    ("p", "5.1 公司使用SAP S/4HANA（客户、合同、采购、销售、财务）、关务系统（报关单预录入、复核、归档、海关回执跟踪）、物流服务商WMS（库存、温度、出入库），三者通过接口每日对账，可按订单号、报关单号追溯全流程并设置效期、温度、税款到期预警。"),
    ("p", "5.2 系统数据每日备份，异地保存；与进出口有关的数据保存不少于5年。"),
    ("p", "5.3 信息安全：账号按岗位授权，离职当天停用；口令90天更换；禁止使用个人U盘拷贝客户和报关数据；服务器机房门禁管理。违反信息安全规定造成数据泄露或损失的，按《员工奖惩办法》给予警告至解除劳动合同处理，并可追究赔偿责任。"),
    ("h", "第6章 人员管理", 1),
    ("p", "6.1 入职：核验身份证原件、学历与前雇主离职证明，关键岗位（关务、仓储、财务）另行核实工作经历。"),
    ("p", "6.2 员工花名册由人事行政部每月更新。离职或停职员工在最后工作日交回工牌、电脑、钥匙，IT当天停用账号，门禁权限同时注销。"),
    ("p", "6.3 工牌分级授权，员工仅可进入其岗位所需区域；员工车辆停放在园区B区员工停车场。"),
    ("h", "第7章 培训", 1),
    ("p", "7.1 每年制定培训计划，海关法规培训每年不少于2次，对象包括总经理、供应链副总裁、关务组全体、行政副总裁；贸易安全与应急培训每年1次以上并组织演练。培训须有签到表与课件存档。"),
    ("p", "7.2 新产品上市前由销售与市场部组织产品知识培训（面向销售与临床支持人员）。"),
    ("h", "第8章 商业伙伴管理", 1),
    ("p", "8.1 对境外制造商、报关行、物流服务商、承运商实施准入评估，评估内容包括资质、守法记录（信用中国、海关信用等级）、贸易安全措施；评估结果分A/B/C级，C级不得合作。"),
    ("p", "8.2 与物流服务商、报关行签订的合同须附安全协议，要求其按海关认证企业标准完善安全管理。"),
    ("p", "8.3 每年对物流服务商进行一次现场安全检查，对报关行进行一次书面复评，结果纳入年度评估。"),
    ("h", "第9章 应急管理", 1),
    ("p", "9.1 应急情形：火灾、停电、冷库或冷藏车温控失效、台风暴雨、疫情、信息系统瘫痪、货物被盗或失踪。"),
    ("p", "9.2 冷链超温：物流服务商值班员发现超温报警后15分钟内转移货物至备用冷库并通知质量部，质量部评估是否可放行。"),
    ("p", "9.3 影响保税货物或海关监管货物的紧急情况，由关务组长在24小时内书面报告主管海关。"),
    ("h", "第10章 内部审计与改进", 1),
    ("p", "10.1 内审办公室每年至少开展一次覆盖进出口活动的内部审计，并对照海关高级认证企业标准逐项检查，形成书面报告归入认证专档。"),
    ("p", "10.2 审计发现及海关要求整改的事项录入《整改跟踪表》，明确责任人与期限；海关要求的整改由供应链副总裁组织实施。对违规行为按《员工奖惩办法》追究责任。"),
]

TRAIN = [
    ("h", "2025-2026培训签到汇总", 1),
    ("p", "整理：关务组 陈佳　更新于2026-08-20"),
    ("t", [["日期", "主题", "讲师", "参加人员（签到）", "时长"],
           ["2025-06-18", "进出口商品归类与申报要素（医疗器械）", "外聘 苏州某报关协会讲师", "顾文杰(供应链副总裁)、陈佳(关务组长)、关务专员6人", "3h"],
           ["2025-10-22", "海关稽查与主动披露政策解读", "关务组长 陈佳", "沈立衡(总经理)、顾文杰、王敏(行政副总裁)、陈佳、关务专员5人、财务2人", "2h"],
           ["2025-11-26", "供应链安全与货物完整性（含封条、七点检查）", "物流服务商安全经理 Tom Li", "王敏、陈佳、物流组4人、质量部2人、服务商仓管8人", "2h"],
           ["2026-03-12", "2026年海关法规更新：税则调整与RCEP原产地", "关务组长 陈佳", "顾文杰、王敏、陈佳、关务专员6人（总经理沈立衡因出差请假）", "2h"],
           ["2026-05-20", "冷链超温应急与报告流程（课堂培训，未组织演练）", "质量总监 许静", "质量部5人、物流组4人、服务商值班员6人", "1.5h"],
           ["2026-07-09", "海关认证标准与员工在货物安全中的职责", "行政副总裁 王敏", "仓储与物流相关员工32人", "1.5h"],
           ["2025-05-20", "消防疏散演练（年度）", "行政部", "全体办公室员工", "1h"]]),
    ("p", "备注：2025-05-20演练后至今未再组织实操演练，计划于2026年10月补做。"),
]

PROVIDER = [
    ("h", "Suzhou HengTong Bonded Logistics Co., Ltd. 苏州恒通保税物流有限公司", 0),
    ("h", "Site Security Policy 场所安全管理规程 SEC-01 Rev.4 (2025-12-01)", 1),
    ("p", "Scope: Bonded warehouse No.3, 88 Huayun Road, Suzhou Industrial Park, incl. cold rooms (2–8℃), container yard and truck docks. 范围：3号保税仓库、冷库、集装箱堆场、装卸月台。"),
    ("p", "1. Perimeter: 2.5 m steel fence with anti-climb top; main gate and truck gate staffed by guards 24/7. 周界2.5米钢围栏，主门和货车门24小时保安值守。"),
    ("p", "2. Building: steel-frame walls, roller doors with bolt locks, no openable windows at ground level. 建筑为钢结构，地面层无可开启窗户，卷帘门配插销锁。"),
    ("p", "3. Lighting: LED floodlights cover gates, docks, storage area, fence line and parking, on from dusk to dawn. 出入口、月台、仓储区、围墙周边及停车场全部夜间照明。"),
    ("p", "4. CCTV: 64 cameras covering gates, docks, storage aisles, cold rooms, fence line and parking; recording kept 90 days; monitored in the control room. 视频监控64路，录像保存90天。"),
    ("p", "5. Storage: bonded goods stored in a caged area separated from non-bonded goods; access by badge only; cold room doors alarmed. 保税货物隔离存放，仅授权人员刷卡进入。"),
    ("p", "6. All external doors and windows are fitted with locks. 所有外部门窗均配锁。"),
    ("br",),
    ("h", "Access Control 出入管理", 1),
    ("p", "7. Staff: photo badges, zoned access; staff cars park in lot P2. 员工佩戴照片工牌、分区授权，员工车辆停放P2。"),
    ("p", "8. Visitors: register at the gate, show photo ID, wear a visitor badge, escorted in storage areas; visitor cars park in lot P1. 访客登记并出示带照片证件，佩戴访客证，由员工陪同进入仓储区。"),
    ("p", "9. Drivers: guard checks driver licence / ID against the booking before loading or receiving; vehicle registered in Gate Log. 司机身份核对后方可装卸。"),
    ("p", "10. Unknown persons: any staff member who sees a person without badge must challenge and escort to the guard room; guard reports to Security Manager and, if needed, calls police. 发现无证人员须盘问并交保安处理。"),
    ("br",),
    ("h", "Container and Vehicle Security 集装箱与运输工具安全", 1),
    ("p", "11. Before stuffing or after arrival, each container is inspected with the 7-point method (front wall, left side, right side, floor, ceiling/roof, inside/outside doors, outside/undercarriage) and recorded in the Seal Register. 七点检查并登记。"),
    ("p", "12. Seals: only ISO 17712 high-security bolt seals bought from approved suppliers; kept in a locked cabinet by the seal custodian; issue and use logged; seal numbers verified against documents on arrival; broken or mismatched seals are reported to the Security Manager and the customer within 2 hours. 封条专人保管登记，异常2小时内报告。"),
    ("p", "13. Containers are kept in the fenced yard under CCTV; any unauthorised entry is reported and investigated. 集装箱存放于围栏堆场。"),
    ("p", "14. Vehicle inspection: trucks are checked (cab, trailer, undercarriage, refrigeration unit) before loading and after arrival; results in the Vehicle Check log. Vehicles waiting are parked in the secured yard; damage or intrusion is reported. 运输车辆装卸前检查并停放于安全区域。"),
    ("br",),
    ("h", "Emergency 应急", 1),
    ("p", "15. Fire, power failure, cold room failure: back-up generator 500 kVA; spare cold room; duty officer notifies customer QA within 15 minutes. 备用发电机与备用冷库。"),
    ("p", "Approved: HengTong General Manager 赵国平　2025-12-01"),
]

AGREEMENT = [
    ("h", "供应链安全协议（《仓储物流服务合同》附件2）", 0),
    ("p", "甲方：苏州瑞康医疗器械有限公司　乙方：苏州恒通保税物流有限公司　协议编号：RK-LOG-2025-017-A2"),
    ("p", "第一条 乙方按照海关高级认证企业标准中关于场所安全、进入安全、人员安全、货物安全、集装箱与运输工具安全的要求，持续优化和完善其在3号保税仓库及承运环节的安全管理。"),
    ("p", "第二条 乙方对甲方货物实施七点检查、高安全封条管理、司机身份核实和全程温度记录，并按月向甲方提供仓库日志（温度、收货、门卫、车辆、封条）。"),
    ("p", "第三条 甲方每年至少一次对乙方进行现场安全检查，乙方予以配合并在30日内完成整改。"),
    ("p", "第四条 发生货物短少、封条异常、超温或安全事件，乙方2小时内通知甲方关务组及质量部。"),
    ("p", "第五条 乙方如被海关降级或列入失信名单，应在5个工作日内书面告知甲方。"),
    ("br",),
    ("p", "第六条 本协议有效期自2025年9月1日至2027年8月31日。"),
    ("p", "甲方（盖章）：苏州瑞康医疗器械有限公司　授权代表：顾文杰（签字）　日期：2025-08-28"),
    ("p", "乙方（盖章）：苏州恒通保税物流有限公司　授权代表：赵国平（签字）　日期：2025-08-29"),
]

FIN = [
    ("h", "审计报告", 0),
    ("p", "苏会审字[2026]第0417号"),
    ("p", "苏州瑞康医疗器械有限公司全体股东：我们审计了贵公司2025年12月31日的资产负债表，2025年度的利润表、现金流量表、所有者权益变动表以及财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2025年12月31日的财务状况以及2025年度的经营成果和现金流量。"),
    ("p", "苏州东吴正信会计师事务所（特殊普通合伙）　中国注册会计师：钱宇、孙丽　2026年3月28日"),
    ("br",),
    ("h", "资产负债表及利润表摘要（单位：万元）", 1),
    ("t", [["项目", "2025年", "2024年"],
           ["资产总额", "86,420", "79,310"], ["负债总额", "41,180", "38,960"],
           ["流动资产", "71,250", "65,030"], ["存货", "24,630", "22,870"],
           ["流动负债", "37,950", "35,420"], ["营业收入", "132,600", "121,900"],
           ["营业利润", "9,870", "8,640"], ["净利润", "7,410", "6,480"],
           ["经营活动现金流量净额", "8,150", "6,920"]]),
]

BROCHURE = [
    ("h", "瑞康医疗 · 进口超声诊断系统 SonoView X8", 0),
    ("p", "高清成像、智能测量，适用于心血管、腹部、妇产与急诊。设备安全设计符合IEC 60601-1，数据安全：患者数据本地加密存储，支持DICOM导出。"),
    ("p", "售后服务：全国48小时上门，原厂工程师培训，年度预防性维护。咨询热线 400-820-xxxx"),
]

MENU = [("h", "员工食堂 8月第3周菜单", 1),
        ("t", [["", "周一", "周二", "周三", "周四", "周五"],
               ["午餐", "红烧鸡块", "清蒸鲈鱼", "番茄牛腩", "宫保鸡丁", "糖醋排骨"],
               ["素菜", "蒜蓉西兰花", "麻婆豆腐", "清炒菜心", "地三鲜", "干煸豆角"]])]


def _xlsx_logs(path, rng):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Temperature Log"
    ws.append(["Date", "Time", "Cold Room", "Temp (C)", "Humidity (%)", "Alarm", "Action Taken", "Checked By"])
    d = dt.date(2026, 3, 1)
    while d <= dt.date(2026, 8, 28):
        for tm in ("08:00", "14:00", "20:00"):
            for room in ("CR-1", "CR-2"):
                t = round(rng.uniform(3.1, 6.8), 1)
                alarm, act = "N", ""
                if d == dt.date(2026, 7, 12) and tm == "14:00" and room == "CR-2":
                    t, alarm = 9.6, "Y"
                    act = "Compressor failure; goods moved to CR-1 in 12 min; Ruikang QA (Xu Jing) notified; 3 lots held for QA review, released 07-14"
                ws.append([d.isoformat(), tm, room, t, rng.randint(45, 62), alarm, act, rng.choice(["Zhang Wei (Duty Officer)", "Liu Yang (Duty Officer)"])])
        d += dt.timedelta(days=1)
    ws = wb.create_sheet("Inbound Receiving")
    ws.append(["Receipt Date", "Customs Dec No.", "Container/AWB", "Item", "Pkgs on Doc", "Pkgs Counted", "Gross Wt Doc (kg)", "Gross Wt Actual (kg)", "Label OK", "Temp on Arrival (C)", "Discrepancy", "Received By", "Ruikang QA Check"])
    items = ["Ultrasound probe", "IVD reagent kit (2-8C)", "Infusion pump", "Surgical stapler", "Patient monitor", "Catheter set"]
    for i in range(60):
        rd = dt.date(2026, 3, 2) + dt.timedelta(days=i * 3)
        pk = rng.randint(10, 120)
        cnt, disc = pk, ""
        if i == 23:
            cnt, disc = pk - 2, "Short 2 ctns; reported to Ruikang customs team & QA same day; carrier claim CL-0611"
        wt = round(pk * rng.uniform(4, 15), 1)
        it = rng.choice(items)
        ws.append([rd.isoformat(), f"2301202616{rng.randint(10000000, 99999999)}", f"MSKU{rng.randint(1000000, 9999999)}" if i % 3 else f"AWB 176-{rng.randint(10000000, 99999999)}",
                   it, pk, cnt, wt, round(wt * rng.uniform(0.995, 1.005), 1), "Y", round(rng.uniform(3, 7), 1) if "2-8C" in it else "", disc,
                   rng.choice(["Sun Hao (Receiving Clerk)", "Ma Lin (Receiving Clerk)"]),
                   "Rejected - damaged outer pack, quarantined NC-2026-09" if i == 41 else "Pass"])
    ws = wb.create_sheet("Gate Log")
    ws.append(["Date", "Time In", "Time Out", "Type", "Name", "Company", "Photo ID Checked", "Badge No.", "Vehicle Plate", "Parking", "Escort", "Guard"])
    for i in range(120):
        gd = dt.date(2026, 6, 1) + dt.timedelta(days=i // 2)
        typ = rng.choice(["Visitor", "Driver", "Driver", "Contractor"])
        idc = "Y"
        if typ == "Visitor" and i % 7 == 0:
            idc = ""
        ws.append([gd.isoformat(), f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(17, 19):02d}:{rng.randint(0, 59):02d}", typ,
                   rng.choice(["王*", "李*", "张*", "刘*", "陈*", "杨*"]), rng.choice(["Ruikang", "SF Cold Chain", "Maersk Trucking", "Siemens Service", "Fire Dept"]),
                   idc, f"V-{rng.randint(100, 999)}", f"苏E{rng.randint(10000, 99999)}", "P1" if typ != "Driver" else "Truck Yard",
                   "Sun Hao" if typ != "Driver" else "", rng.choice(["Guard Qian", "Guard Zhou"])])
    ws = wb.create_sheet("Vehicle Check")
    ws.append(["Date", "Plate", "Driver", "Driver ID Verified", "Cab", "Trailer", "Undercarriage", "Reefer Unit", "Result", "Inspector"])
    for i in range(40):
        ws.append([(dt.date(2026, 4, 1) + dt.timedelta(days=i * 3)).isoformat(), f"苏E{rng.randint(10000, 99999)}", rng.choice(["赵*", "钱*", "孙*"]),
                   "Y", "OK", "OK", "OK", "OK" if i % 2 else "N/A", "Pass", "Guard Qian"])
    ws = wb.create_sheet("Seal Register")
    ws.append(["Date", "Container No.", "Inbound/Outbound", "Seal No.", "Seal Type", "Seal Matches Docs", "7-Point Check", "Exception", "Custodian"])
    for i in range(30):
        ex = "Seal number differed from B/L; reported to Security Mgr and Ruikang 2026-05-06 10:40; carrier confirmed re-seal at port, customs notified" if i == 9 else ""
        ws.append([(dt.date(2026, 3, 5) + dt.timedelta(days=i * 5)).isoformat(), f"MSKU{rng.randint(1000000, 9999999)}", "Inbound" if i % 6 else "Outbound (return to OEM)",
                   f"HT{rng.randint(100000, 999999)}", "ISO 17712 H bolt seal", "N" if i == 9 else "Y",
                   "Front/Left/Right/Floor/Roof/Doors/Undercarriage - OK", ex, "Seal custodian Ma Lin"])
    wb.save(path)


def _xlsx_audit(path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "内审报告"
    rows = [
        ["2026年度海关认证标准符合性内部审计报告", ""],
        ["审计期间", "2026-06-08 至 2026-06-19"],
        ["审计范围", "进出口业务全流程；对照海关高级认证企业标准逐项检查（内部控制、财务、守法、贸易安全）；抽查报关单60票（2025-07至2026-05）"],
        ["审计组", "内审经理 周涛（组长）、质量部 许静、外聘顾问 苏州某关务咨询公司 林工"],
        ["主要结论", "整体持续符合高级认证标准；单证复核、归档、报关差错控制有效；认证专档齐全"],
        ["发现1", "总经理2025-2026年度仅参加1次海关法规培训，未达公司要求的2次"],
        ["发现2", "信息安全培训未纳入年度计划，未见培训记录"],
        ["发现3", "物流服务商2026年度现场安全检查尚未开展"],
        ["发现4", "访客登记中有部分记录未勾选身份证件核验"],
        ["发现5", "应急演练超过12个月未组织"],
        ["发现6", "报关专用章用印登记表自2026-04起未见登记"],
        ["报告日期", "2026-06-30"],
        ["审批", "总经理 沈立衡 2026-07-02"],
    ]
    for r in rows:
        ws.append(r)
    ws = wb.create_sheet("整改跟踪")
    ws.append(["编号", "来源", "问题描述", "整改措施", "责任人", "计划完成", "实际完成", "状态", "验证人"])
    data = [
        ["C-2025-07", "海关稽查（苏州工业园区海关 2025-09）", "3票超声探头申报规格型号要素不全", "修订申报要素模板，全员培训，补充申报", "供应链副总裁 顾文杰", "2025-11-30", "2025-11-20", "已关闭", "内审经理 周涛"],
        ["C-2026-01", "2026内审发现1", "总经理海关法规培训次数不足", "安排2026-09专场培训", "关务组长 陈佳", "2026-08-15", "", "逾期", ""],
        ["C-2026-02", "2026内审发现2", "无信息安全培训", "IT部编写课件并组织全员培训", "IT经理 黄磊", "2026-08-31", "", "进行中", ""],
        ["C-2026-03", "2026内审发现3", "未开展物流服务商年度现场检查", "行政部联合质量部现场检查恒通保税", "行政副总裁 王敏", "2026-07-31", "", "逾期", ""],
        ["C-2026-04", "2026内审发现4", "访客证件核验勾选缺失", "服务商保安重新培训，门卫日志增加必填校验", "行政副总裁 王敏", "2026-07-31", "2026-07-25", "已关闭", "内审经理 周涛"],
        ["C-2026-05", "2026内审发现5", "应急演练超期", "2026-10组织冷链失效与消防联合演练", "质量总监 许静", "2026-10-31", "", "进行中", ""],
        ["C-2026-06", "2026内审发现6", "用印登记缺失", "恢复用印登记，补登4-6月用印", "关务组长 陈佳", "2026-07-15", "", "逾期", ""],
        ["C-2026-07", "客户投诉", "1批导管外包装破损", "供应商8D报告，加强收货检查", "质量总监 许静", "2026-06-30", "2026-06-22", "已关闭", "质量部 许静"],
    ]
    for r in data:
        ws.append(r)
    ws = wb.create_sheet("商业伙伴评估")
    ws.append(["伙伴", "类别", "评估日期", "资质", "海关信用/信用中国查询", "贸易安全措施", "等级", "评估人"])
    for r in [["苏州恒通保税物流有限公司", "物流服务商/保税仓", "2025-08-20", "保税仓库注册、道路运输许可", "高级认证企业，无失信", "已签安全协议，现场检查合格", "A", "行政副总裁 王敏"],
              ["苏州捷通报关有限公司", "报关行", "2026-01-15", "报关企业备案", "高级认证企业，无失信", "书面问卷复评合格", "A", "关务组长 陈佳"],
              ["Medisonic GmbH", "境外制造商", "2026-02-10", "CE/ISO 13485证书", "—", "供应商安全问卷", "A", "质量总监 许静"],
              ["顺丰冷运（苏州）", "承运商", "2026-04-02", "道路运输许可、GSP冷链验证", "一般信用，无失信", "GPS温控、司机实名", "B", "物流组 孙浩"]]:
        ws.append(r)
    wb.save(path)


def _xlsx_hr(path, rng):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "在职名单"
    ws.append(["工号", "姓名", "部门", "岗位", "入职日期", "身份核验", "工作经历核实", "门禁级别", "更新日期"])
    depts = [("供应链部", "关务专员"), ("供应链部", "物流专员"), ("销售与市场部", "销售代表"), ("质量部", "质量工程师"), ("财务部", "会计"), ("人事行政部", "行政专员"), ("信息技术部", "IT工程师")]
    sur = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗"
    for i in range(398):
        dep, pos = rng.choice(depts)
        hd = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 4500))
        ws.append([f"RK{1000 + i}", rng.choice(sur) + "*", dep, pos, hd.isoformat(), "已核验", "已核验" if pos in ("关务专员", "物流专员", "会计") else "", "L2" if dep == "供应链部" else "L1", "2026-08-25"])
    ws = wb.create_sheet("离职交接")
    ws.append(["工号", "姓名", "岗位", "最后工作日", "工牌收回", "电脑/设备收回", "系统账号停用", "门禁注销", "经办人"])
    for i in range(14):
        ld = dt.date(2025, 9, 5) + dt.timedelta(days=i * 25)
        ws.append([f"RK{900 + i}", rng.choice(sur) + "*", rng.choice(["销售代表", "关务专员", "行政专员", "质量工程师"]), ld.isoformat(), "是", "是", ld.isoformat(), ld.isoformat(), "人事专员 高敏"])
    wb.save(path)


def _declarations(path, rng):
    hs = [("9018129100", "彩色超声波诊断仪", "DE"), ("9018199000", "患者监护仪", "US"), ("3822190090", "体外诊断试剂盒", "US"),
          ("9018390000", "导管", "IE"), ("9018909010", "吻合器", "US"), ("9018909919", "输液泵", "JP"), ("9018121000", "超声探头", "KR")]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["报关单号", "申报日期", "进出口", "商品编码", "商品名称", "原产国", "数量", "成交总价(USD)", "监管方式", "存放地点", "制单人", "复核人", "复核日期", "放行日期", "归档状态"])
        d = dt.date(2024, 9, 2)
        n = 0
        while d <= dt.date(2026, 8, 28):
            for _ in range(rng.randint(3, 7) if d.weekday() < 5 else 0):
                n += 1
                code, nm, og = rng.choice(hs)
                mode = rng.choice(["一般贸易", "一般贸易", "一般贸易", "保税仓库货物"])
                rev = d + dt.timedelta(days=rng.randint(0, 1))
                w.writerow([f"2301{d.year}{rng.randint(10**9, 10**10 - 1)}", d.isoformat(), "进口" if n % 80 else "出口", code, nm, og, rng.randint(1, 400),
                            round(rng.uniform(2000, 380000), 2), mode, "恒通3号保税仓" if mode != "一般贸易" else "园区一般仓",
                            rng.choice(["关务专员 吴倩", "关务专员 郑凯", "关务专员 林悦"]), rng.choice(["关务专员 何斌", "关务组长 陈佳"]), rev.isoformat(),
                            (rev + dt.timedelta(days=rng.randint(0, 3))).isoformat(), "已归档"])
            d += dt.timedelta(days=1)


def _fire_cert(path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    img = Image.new("L", (900, 1200), 238)
    dr = ImageDraw.Draw(img)
    f1 = ImageFont.truetype(FONT, 46, index=2)
    f2 = ImageFont.truetype(FONT, 26, index=2)
    dr.rectangle([40, 40, 860, 1160], outline=60, width=6)
    dr.text((170, 110), "消防安全检查合格证", font=f1, fill=20)
    y = 260
    for line in ["苏园消安检字〔2026〕第0312号", "", "单位名称：苏州恒通保税物流有限公司", "场所地址：苏州工业园区华云路88号3号仓库",
                 "建筑面积：18,600平方米", "使用性质：仓储（含冷库）", "", "经检查，该场所符合消防安全要求，准予投入使用。", "",
                 "检查日期：2026年3月10日", "发证日期：2026年3月14日"]:
        dr.text((110, y), line, font=f2, fill=25)
        y += 52
    dr.ellipse([560, 860, 800, 1100], outline=90, width=5)
    dr.text((600, 960), "消防救援大队", font=f2, fill=90)
    img = img.rotate(1.3, fillcolor=200).filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, "JPEG", quality=60)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    src = pathlib.Path(f"/tmp/{NAME}-src")
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    for sub in ("物流服务商", "内审", "2026资料", "新建文件夹", "财务"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    _docx(out / "质量与合规管理手册QM-2026.docx", MANUAL)
    _docx(out / "doc12.docx", TRAIN)
    _docx(out / "食堂菜单0817.docx", MENU)
    _docx(src / "Provider_Security_Policy.docx", PROVIDER)
    _docx(src / "附件2.docx", AGREEMENT)
    _docx(src / "2025年度审计报告.docx", FIN)
    _docx(src / "SonoView_X8彩页.docx", BROCHURE)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf", "--outdir", str(src),
                    *[str(src / n) for n in ("Provider_Security_Policy.docx", "附件2.docx", "2025年度审计报告.docx", "SonoView_X8彩页.docx")]],
                   check=True, capture_output=True)
    shutil.copy(src / "Provider_Security_Policy.pdf", out / "物流服务商" / "Provider_Security_Policy.pdf")
    shutil.copy(src / "附件2.pdf", out / "物流服务商" / "附件2.pdf")
    shutil.copy(src / "2025年度审计报告.pdf", out / "财务" / "2025年度审计报告.pdf")
    shutil.copy(src / "SonoView_X8彩页.pdf", out / "SonoView_X8彩页.pdf")
    _xlsx_logs(out / "物流服务商" / "WH-Logs-2026.xlsx", rng)
    _xlsx_audit(out / "内审" / "2026年内审报告及整改跟踪.xlsx")
    _xlsx_hr(out / "新建文件夹" / "员工花名册.xlsx", rng)
    _declarations(out / "2026资料" / "进口报关单明细_202409-202608.csv", rng)
    _fire_cert(out / "物流服务商" / "IMG_20260314_093015.jpg")
    (out / "通知-中秋国庆放假安排.txt").write_text("各位同事：2026年中秋、国庆假期为10月1日至10月8日，9月27日、10月10日正常上班。行政部 2026-08-26\n", encoding="utf-8")
    shutil.rmtree(src)
