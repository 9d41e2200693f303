"""ho16-gen-broker-airport: 上海翔宇空港报关有限公司 (浦东机场, 纯报关) + 捷航地服 (延伸认证物流企业)."""
from __future__ import annotations

import csv
import pathlib
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta

NAME = "ho16-gen-broker-airport"
CO = "上海翔宇空港报关有限公司"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# (file name without .pdf, subfolder, title, paragraphs)
POLICIES = [
    ("关务管理及培训制度", "", "翔宇空港 关务管理及培训制度（XY-GW-01，2025年10月修订）", [
        "一、公司由常务副总经理周建华分管关务工作，对报关业务合规负总责；报关部经理沈丽萍为日常关务负责人；行政副总经理钱海峰分管场所与供应链安全。",
        "二、公司每年制定内部培训计划，内容包括海关法规、申报规范、归类估价及最新公告解读，由报关部组织，人事行政部存档签到表。",
        "三、法定代表人、分管关务和分管安全的副总经理、报关部经理每年至少参加一次内部海关法规培训，缺席者须补训。",
        "四、面向客户：公司每年至少举办一次客户关务培训（线下或线上），向委托客户讲解申报要素、随附单证要求及常见差错，报名及签到留存。",
        "五、新入职报关员上岗前须完成不少于16学时的岗前培训。",
    ]),
    ("附件2", "", "报关单证复核与档案管理规定（XY-GW-03）", [
        "第一条 委托客户提交的发票、装箱单、提单/运单、合同及监管证件，由制单员录入后，必须经复核岗（报关部复核组）逐票比对后方可申报。",
        "第二条 复核内容：商品名称、编码、申报要素、数量重量、价格条款、运单号与舱单信息一致性，以及随附单证的真实性、完整性和有效期。复核结果在报关系统“复核日志”中留痕，发现差错退回制单员更正并记录差错类型。",
        "第三条 报关单证及随附资料按票电子化归档，纸质件按月装盒，保管期限不少于三年；档案室由档案员管理，借阅须登记。",
        "第四条 报关专用章、海关注册登记证书、海关法律文书由综合办专人保管，放置于保险柜，用印须经报关部经理签批并登记。",
        "第五条 公司为申请海关认证单独设立认证档案盒（纸质）及共享盘“AEO认证”目录，由报关部经理负责更新。",
    ]),
    ("doc12", "", "内部审计及问题改进办法", [
        "1. 公司每年至少组织一次对报关业务的内部审计，由审计小组（财务部牵头、报关部配合）按认证标准逐项检查，形成书面内审报告并归档。",
        "2. 内审或海关监管中发现的问题，由责任部门制定整改措施，常务副总经理周建华组织实施并验收。",
        "3. 因员工故意或重大过失导致申报差错、被海关处罚的，按《员工奖惩办法》追究责任，扣减绩效并通报。",
        "4. 海关要求改正或规范改进的事项，由分管关务的常务副总经理亲自组织，整改结果书面报送海关。",
    ]),
    ("信息系统与信息安全管理规定", "", "信息系统与信息安全管理规定（XY-IT-01）", [
        "一、公司使用“翔宇关务通”报关管理系统（对接单一窗口）管理委托接单、制单、复核、申报、回执和收费，与财务系统（用友U8）对接，所有操作留有日志，可按运单号、报关单号查询追溯。",
        "二、业务数据每日自动备份至异地云端，保存期限不少于五年；系统操作日志保存三年以上。",
        "三、账号实行一人一号，离职当日停用；密码90天更换；禁止使用U盘拷贝客户资料；电脑安装防病毒软件。",
        "四、每年对全体员工进行一次信息安全培训。",
        "五、违反本规定造成数据泄露或损失的，视情节给予警告、罚款直至解除劳动合同，并追究经济责任。",
    ]),
    ("扫描件003", "", "办公场所安全与出入管理规定", [
        "1. 公司办公区位于浦东机场货运区空港商务楼5层，大楼入口由物业保安24小时值守，公司门口设门禁刷卡系统和监控摄像头，单证档案室和机房为重点区域，另设门锁。",
        "2. 员工凭工牌刷卡进出，工牌由人事行政部统一发放、回收并登记；员工车辆停放于大楼B2员工车位。",
        "3. 来访人员在前台出示带照片的身份证件登记，领取访客证，进入档案室、机房须由员工陪同；访客车辆登记后停放于访客车位。",
        "4. 门窗锁具、档案柜钥匙由行政专员统一保管，领用、归还登记。",
        "5. 行政部每季度对门窗、门禁、监控进行一次检查，问题报物业维修。",
    ]),
    ("人事管理办法", "", "人事管理办法（节选）", [
        "第五条 录用前核验应聘人员身份证、学历证书原件，并电话核实上一工作单位的任职经历。",
        "第八条 人事行政部建立员工档案，每月更新在职员工花名册。",
        "第十二条 员工离职须办理交接：收回工牌、门禁卡、电脑及钥匙，IT当日停用系统账号，交接单由部门经理签字。",
        "第十三条 停职员工期间不得进入办公区及登录业务系统。",
    ]),
    ("通知-2026-05", "", "关于加强商业伙伴安全管理的通知", [
        "各部门：为落实供应链安全要求，现规定如下：",
        "一、对合作的地面服务/物流企业、主要委托客户，每年进行一次安全评估（问卷+现场检查），评估表由行政副总经理钱海峰审批。",
        "二、新签或续签的服务合同中，应加入“乙方应按照海关认证企业标准完善其贸易安全管理”的条款。",
        "三、评估不合格的伙伴限期整改，整改不到位的停止合作。",
        "特此通知。 2026年5月6日",
    ]),
    ("附件5", "", "突发事件应急预案", [
        "1. 适用：火灾、台风、系统瘫痪、疫情、货物异常等突发事件。",
        "2. 应急小组：组长周建华，副组长钱海峰，成员各部门经理；值班电话7×24。",
        "3. 系统瘫痪时启用单一窗口网页端手工申报，并通知客户及海关现场。",
        "4. 每年组织一次应急演练，演练后书面总结。",
        "5. 每年组织一次供应链安全与货物风险培训。",
    ]),
    ("货物交接与运输安全规程", "捷航地服", "上海捷航航空地面服务有限公司 货物交接与运输安全规程（JH-AQ-02）", [
        "一、进港货物：按货运单核对件数、重量、标签，交接双方在交接单上签名；出港货物按订舱单/装运单核对后收货入库。",
        "二、发现溢短装、破损、标签不符等异常，当班主管30分钟内报告并拍照，书面通知报关行和航空公司。",
        "三、集装器（ULD）装货前检查底板、侧壁、网套、锁扣完整性，填写ULD检查表。",
        "四、运货车辆出车前检查车厢、底盘、驾驶室有无夹藏，车门施封，填写车辆检查记录。",
        "五、货物在库及运输途中全程监控，施封号码在交接单上记录。",
    ]),
]

DINNER = ("团建聚餐通知", "2026资料", "关于9月团队聚餐的通知", [
    "各位同事：定于2026年9月25日（周五）18:00在空港一路“渔家小馆”举行季度团队聚餐，请于9月22日前向行政部报名，注明忌口。",
    "菜单：椒盐皮皮虾、清蒸鲈鱼、红烧肉、时蔬两份、酒酿圆子。 行政部 2026年9月15日",
])


def _docx(path, title, paras):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    d.save(path)


def _xlsx(path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "访客登记"
    ws.append(["日期", "访客姓名", "单位", "证件类型", "证件号后四位", "访客证号", "陪同人", "车牌", "离开时间"])
    rng = random.Random(NAME)
    d0 = date(2025, 10, 9)
    for i in range(18):
        d = d0 + timedelta(days=19 * i)
        ws.append([d.isoformat(), rng.choice(["王磊", "刘芳", "陈涛", "赵敏", "孙亮"]), rng.choice(["某物流公司", "委托客户", "软件供应商"]),
                   "身份证", f"{rng.randint(1000, 9999)}", f"V{i+1:03d}", "沈丽萍", rng.choice(["", "沪A3K21", "沪B8812"]), "17:00"])
    ws = wb.create_sheet("钥匙领用")
    ws.append(["日期", "钥匙编号", "用途", "领用人", "归还日期", "经办"])
    for i, d in enumerate([date(2025, 10, 13), date(2025, 11, 20), date(2026, 1, 8), date(2026, 2, 26), date(2026, 3, 17)]):
        ws.append([d.isoformat(), f"K-0{i+1}", "档案室", "档案员 许静", (d + timedelta(days=1)).isoformat(), "行政专员 黄琳"])
    ws = wb.create_sheet("工牌发放回收")
    ws.append(["日期", "姓名", "岗位", "事项", "工牌号", "经办"])
    for r in [("2025-11-03", "何宇", "制单员", "发放", "XY-041"), ("2026-02-27", "李娜", "报关员", "离职回收", "XY-022"),
              ("2026-04-15", "吴凡", "复核员", "发放", "XY-042"), ("2026-08-31", "杨帆", "财务", "离职回收", "XY-017")]:
        ws.append(list(r) + ["行政专员 黄琳"])
    ws = wb.create_sheet("培训签到")
    ws.append(["日期", "培训主题", "对象", "讲师", "参加人数", "备注"])
    ws.append(["2025-08-22", "应急疏散及系统瘫痪应急演练", "全体员工", "钱海峰", 31, "演练总结见共享盘"])
    ws.append(["2026-03-14", "海关法规及申报规范内部培训", "管理层及报关部", "沈丽萍", 22, "签到表照片IMG_20260314_093015"])
    ws.append(["2026-04-23", "供应链安全与货物风险培训", "全体员工", "钱海峰", 29, ""])
    ws.append(["2026-06-18", "信息安全培训（钓鱼邮件、账号密码）", "全体员工", "IT 马骏", 30, ""])
    ws.append(["2026-07-09", "客户关务培训：空运申报要素与常见差错", "委托客户", "沈丽萍", 46, "线上，报名名单见邮件"])
    wb.save(path)


def _photo(path):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (1000, 760), (236, 232, 222))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30, index=2)
    s = ImageFont.truetype(FONT, 24, index=2)
    dr.text((60, 30), "海关法规及申报规范内部培训 签到表", font=f, fill=(20, 20, 20))
    dr.text((60, 80), "时间：2026年3月14日 9:30  地点：5楼会议室  讲师：沈丽萍", font=s, fill=(30, 30, 30))
    rows = [("姓名", "职务", "签名"), ("王国栋", "法定代表人、总经理", "王国栋"), ("周建华", "常务副总经理（分管关务）", "周建华"),
            ("钱海峰", "行政副总经理（分管安全）", "钱海峰"), ("沈丽萍", "报关部经理", "沈丽萍"), ("吴凡", "复核员", "吴凡"),
            ("何宇", "制单员", "何宇"), ("许静", "档案员", "许静")]
    y = 130
    for r in rows:
        dr.line((50, y, 950, y), fill=(90, 90, 90), width=2)
        for x, t in zip((70, 300, 720), r):
            dr.text((x, y + 12), t, font=s, fill=(25, 25, 60))
        y += 70
    dr.line((50, y, 950, y), fill=(90, 90, 90), width=2)
    img = img.rotate(1.5, expand=True, fillcolor=(200, 196, 186))
    img.save(path, "JPEG", quality=60)


EMAIL = """From: 沈丽萍 <shenlp@xiangyu-customs.cn>
To: 客户群发 <clients@xiangyu-customs.cn>
Date: Mon, 29 Jun 2026 10:12:00 +0800
Subject: 【翔宇空港】7月9日客户关务培训邀请

各位客户：
我司定于2026年7月9日14:00举办线上客户关务培训，主题为空运进出口申报要素与常见差错，请回复报名。

------------------------------------------------------------
From: 周建华 <zhoujh@xiangyu-customs.cn>
To: 审计小组; 沈丽萍
Date: Fri, 12 Dec 2025 16:40:00 +0800
Subject: 2025年度内审报告及整改安排

2025年度内审已于12月1日至10日完成，报告已归档（AEO认证/内审/2025）。发现问题3项：
1. 部分纸质单证未按月装盒（已整改，12月20日前完成）；
2. 复核日志中有7票未填差错类型（报关部补录）；
3. 钥匙领用登记不连续（行政部负责，2026年1月底前整改）。
请各责任部门按期完成并书面回复，我将组织验收。

------------------------------------------------------------
From: 马骏 <majun@xiangyu-customs.cn>
To: 全体
Date: Wed, 2 Sep 2026 09:05:00 +0800
Subject: 报关系统升级通知

本周六22:00-24:00“翔宇关务通”升级，期间暂停申报，请提前安排。
"""


def _fix_pdf(src, dst):
    """Same-length replacement of LibreOffice's timestamps and /ID so builds are byte-identical."""
    import re
    data = src.read_bytes()
    data = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20260101000000" + b"Z" * (len(m.group(0)) - 18) + b")", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    dst.write_bytes(data)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        srcs = []
        for stem, sub, title, paras in POLICIES + [DINNER]:
            p = tmp / f"{stem}.docx"
            _docx(p, title, paras)
            srcs.append((p, sub))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf",
                        "--outdir", str(tmp / "pdf")] + [str(p) for p, _ in srcs], check=True, capture_output=True)
        for p, sub in srcs:
            dst = out / sub if sub else out
            dst.mkdir(parents=True, exist_ok=True)
            _fix_pdf(tmp / "pdf" / f"{p.stem}.pdf", dst / f"{p.stem}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # logistics company's check logs
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "货物交接"
    ws.append(["日期", "运单号", "件数(单证)", "件数(实收)", "重量kg", "异常", "交接人", "接收人"])
    d0 = date(2025, 10, 6)
    for i in range(24):
        n = rng.randint(3, 60)
        ws.append([(d0 + timedelta(days=15 * i)).isoformat(), f"784-{rng.randint(10000000, 99999999)}", n,
                   n if i != 9 else n - 1, rng.randint(80, 2400), "短少1件，已报告" if i == 9 else "无", "捷航 陆强", "捷航 顾晨"])
    ws = wb.create_sheet("车辆检查")
    ws.append(["日期", "车牌", "车厢", "底盘", "驾驶室", "施封号", "检查人"])
    for i in range(20):
        ws.append([(d0 + timedelta(days=17 * i)).isoformat(), rng.choice(["沪D7731", "沪D6620", "沪EB093"]), "正常", "正常", "正常",
                   f"JH{rng.randint(100000, 999999)}", "捷航 顾晨"])
    (out / "捷航地服").mkdir(exist_ok=True)
    wb.save(out / "捷航地服" / "2026交接及车辆检查记录.xlsx")
    _xlsx(out / "办公台账2026.xlsx")
    _photo(out / "IMG_20260314_093015.jpg")
    (out / "新建文件夹").mkdir(exist_ok=True)
    (out / "新建文件夹" / "邮件导出.txt").write_text(EMAIL, encoding="utf-8")
    # declaration-system exports
    with open(out / "关务通_复核日志导出.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["复核时间", "报关单号", "运单号", "制单员", "复核员", "复核结果", "差错类型"])
        d = date(2025, 10, 2)
        for i in range(40):
            err = rng.random() < 0.15
            w.writerow([(d + timedelta(days=9 * i)).isoformat() + " 10:%02d" % rng.randint(0, 59),
                        f"2244{rng.randint(10**13, 10**14 - 1)}", f"784-{rng.randint(10000000, 99999999)}",
                        rng.choice(["何宇", "李娜"]), rng.choice(["吴凡", "沈丽萍"]),
                        "退回更正" if err else "通过", rng.choice(["数量单位", "申报要素", "价格条款"]) if err else ""])
    with open(out / "月度差错统计.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["月份", "申报票数", "内部复核拦截差错", "海关退单/修撤单", "备注"])
        for m in range(12):
            y, mo = (2025, 9 + m) if m < 4 else (2026, m - 3)
            w.writerow([f"{y}-{mo:02d}", rng.randint(3300, 3900), rng.randint(20, 45), rng.randint(1, 4), ""])
