"""ho25-gen-importer-seafood: 大连海晟冷链水产有限公司 (frozen-seafood importer/processor) bundle."""
from __future__ import annotations

import datetime as dt
import io
import pathlib
import random

import openpyxl
from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

NAME = "ho25-gen-importer-seafood"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CO = "大连海晟冷链水产有限公司"


def font(size):
    return ImageFont.truetype(SANS, size, index=2)


# ---------------------------------------------------------------- handbook (DOCX)
HANDBOOK = [
    ("第一章 关务培训管理办法", [
        "第一条 为使公司员工掌握海关、检疫方面的法规和操作要求，制定本办法。",
        "第二条 关务部每年12月编制下一年度培训计划，报关务副总批准后实施；培训内容包括海关法规、申报规范、进境水产品检疫要求、信息安全保密等。",
        "第三条 公司总经理、关务副总、关务部经理、安保负责人每年至少参加一次公司组织的海关法规内部培训。",
        "第四条 每次培训须有签到表、课件，签到表由关务部存档保存三年。",
    ]),
    ("第二章 关务组织与职责", [
        "第一条 公司指定副总经理王海涛分管关务工作，是公司关务负责的高级管理人员，对进出口申报合规负总责。",
        "第二条 关务部经理刘静负责日常报关、报检、手册管理；品控部经理孙立新负责检疫及质量安全；行政部经理赵国强负责安保及场所安全。",
        "第三条 海关要求的整改事项，由王海涛副总组织相关部门落实并向海关反馈。",
    ]),
    ("第三章 进出口单证复核规定", [
        "第一条 所有进出口报关单在申报前由关务部复核岗进行复核，制单人与复核人不得为同一人。",
        "第二条 复核内容：品名、规格、数量、重量、价格及成交方式、商品编码、原产国、境外发货人、包装种类、存放冷库、运输路线、储存温度要求、拆检注意事项、标签。",
        "第三条 进境水产品须逐票核对输出国官方卫生证书、原产地证书、检疫许可证与合同、提单的一致性，并在《单证复核登记》中签字。",
        "第四条 进料加工手册项下的进口、出口、结转、边角料及损耗，由手册专员每月与仓库账、生产领料单核对一次，填写《手册核对表》，异常报关务部经理。",
        "第五条 申报后发现差错的，填写差错记录，分析原因并在部门例会通报。",
    ]),
    ("第四章 单证与档案管理", [
        "第一条 报关单、合同、发票、装箱单、提单、检疫证书、手册资料按票归档，申报放行后7个工作日内归档，保存期不少于三年，纸质档案存放于关务部档案柜并上锁，电子档案存于ERP文档服务器。",
        "第二条 出口产品执行的技术标准、客户技术规格书、进口国标准文本由品控部统一登记保管，更新时替换旧版并留存记录。",
        "第三条 报关专用章由关务部经理保管，使用时登记《印章使用登记》；海关核发的证书、行政文书原件由关务部统一保管。",
        "第四条 关务部设立海关认证专门档案（纸质一柜、电子一目录），收集认证相关的制度、记录、报告。",
    ]),
    ("第五章 内部审计制度", ["（见另册《内部审计管理制度》）"]),
    ("第六章 进口水产品质量安全与检疫管控", [
        "第一条 进境冷冻水产品须来自海关总署注册的境外生产企业，随附输出国官方卫生证书。",
        "第二条 货物运抵后存放于本公司海关指定监管冷库，未经海关检疫合格不得调离、加工或销售。",
        "第三条 品控部建立检疫台账，逐票记录装卸、调离、运输、存放、加工、检疫处理情况；不合格货物按海关要求退运或销毁并记录。",
        "第四条 进口和销售记录由品控部专人（资料员陈敏）保管于二楼品控档案室，保存期限不少于两年。",
    ]),
    ("第七章 问题整改与责任追究", [
        "第一条 内外部检查、海关查验、客户投诉中发现的问题，由责任部门填写整改单，限期整改，关务部跟踪销号。",
        "第二条 因个人原因造成申报差错、违规的，视情节给予警告、扣发绩效直至解除劳动合同。",
        "第三条 海关要求的改正事项由关务副总组织实施。",
    ]),
    ("第八章 信息系统与信息安全管理", [
        "第一条 公司使用ERP系统管理采购、仓储、生产、销售、关务、财务，数据在服务器保存不少于五年，每日自动备份。",
        "第二条 系统账户实行一人一号，密码90天更换；离职人员账户当日停用。",
        "第三条 员工不得外传客户资料、报关数据；违反规定造成损失的，按第七章追究责任。",
        "第四条 信息部每季度检查一次账户权限和备份情况，并填写检查记录。",
    ]),
    ("第九章 厂区安保与出入管理", [
        "第一条 厂区四周设围墙和电子围栏，南门为唯一车辆出入口，门卫24小时值班。",
        "第二条 外来人员凭身份证登记，领取访客证，由被访部门人员陪同进入冷库及生产区。",
        "第三条 进出车辆在门卫处登记，由门卫检查驾驶室、车厢，检查结果记入登记表；外来车辆停放在货车场指定车位，员工车辆停放在东侧停车场。",
        "第四条 员工凭工卡进出，冷库、关务档案室实行门禁权限管理。",
        "第五条 行政部每季度检查围墙、门窗、锁具，钥匙发放回收登记管理。",
    ]),
    ("第十章 员工入职离职管理", ["（见另册《人力资源管理制度》）"]),
    ("第十一章 合作伙伴管理", [
        "第一条 供应商、物流商、报关行、冷库外协方纳入合作伙伴名录，每年评估一次，评估内容含资质、质量、供应链安全。",
        "第二条 新签或续签合同应附安全条款，要求对方执行货物安全、人员安全等方面的要求。",
    ]),
    ("第十二章 货物、集装箱与运输工具安全", [
        "第一条 冷库收货时核对提单、箱号、封号、品名、件数、重量、标签，收发双方签字。",
        "第二条 出库装车核对销售订单或出口装运单，装车完毕施封并登记封号。",
        "第三条 货物溢短装、破损、温度异常或检疫不合格时，仓库当班主管立即报品控部和关务部，由关务部向海关报告。",
        "第四条 集装箱检查、封志管理（见另册《集装箱检查作业指导书》）。",
        "第五条 进出库车辆由门卫检查车厢有无夹藏物品，异常的拒绝放行并报行政部。",
    ]),
    ("第十三章 应急预案", [
        "第一条 公司制定液氨泄漏、火灾、停电、台风、冷库温度失控的应急处置方案，成立应急小组，组长为总经理。",
        "第二条 每年至少组织一次应急演练。",
        "第三条 发生影响进出口货物的突发事件时，关务部2小时内报告大连海关。",
        "第四条 公司每年组织员工进行供应链货物安全教育。",
    ]),
]


def handbook(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    d.add_heading(f"{CO}\n管理制度汇编（2026年版）", 0)
    d.add_paragraph("编制：关务部　　批准：总经理 何建平　　发布日期：2026年1月5日")
    d.add_heading("目录", 1)
    for t, _ in HANDBOOK:
        d.add_paragraph(t)
    for t, body in HANDBOOK:
        d.add_page_break()
        d.add_heading(t, 1)
        for p in body:
            d.add_paragraph(p)
    d.save(path)


# ---------------------------------------------------------------- workbooks
SPECIES = [("冷冻狭鳕鱼", "俄罗斯"), ("冷冻鳕鱼", "挪威"), ("冷冻鲑鱼", "智利"), ("冷冻鱿鱼", "秘鲁"),
           ("冷冻北极甜虾", "加拿大"), ("冷冻鲽鱼", "美国")]
STAFF_WH = ["仓管 周强", "仓管 李晓东", "仓管 马红"]


def month_days(y, m):
    d = dt.date(y, m, 1)
    while d.month == m:
        yield d
        d += dt.timedelta(days=1)


def quarantine_book(path, y, m, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "检疫台账"
    ws.append([f"{CO} 进境水产品检疫监管台账 {y}年{m}月"])
    ws.append(["日期", "报关单号", "品名", "原产国", "箱号", "件数", "净重(kg)", "卫生证书号",
               "存放冷库", "检疫状态", "调离/加工日期", "检疫处理", "记录人"])
    for d in month_days(y, m):
        if rng.random() < 0.45:
            continue
        for _ in range(rng.randint(1, 3)):
            sp, origin = rng.choice(SPECIES)
            n = rng.randint(900, 2400)
            ok = rng.random() > 0.03
            ws.append([d.isoformat(), f"0909{y}{rng.randint(10**9, 10**10 - 1)}", sp, origin,
                       f"MSKU{rng.randint(1000000, 9999999)}", n, n * 20,
                       f"HC-{rng.randint(100000, 999999)}", rng.choice(["1号冷库", "2号冷库", "3号冷库"]),
                       "合格放行" if ok else "待复检", (d + dt.timedelta(days=rng.randint(3, 9))).isoformat() if ok else "",
                       "" if ok else "封存待处理", "品控 陈敏"])
    ws2 = wb.create_sheet("不合格处置")
    ws2.append(["日期", "报关单号", "品名", "问题", "处置方式", "海关文书", "完成日期", "经办人"])
    if m == 8:
        ws2.append([f"{y}-08-12", f"0909{y}0812003417", "冷冻鱿鱼", "包装标签不符", "退运",
                    "检疫处理通知书", f"{y}-08-29", "品控部经理 孙立新"])
    else:
        ws2.append(["本月无"])
    wb.save(path)


def coldstore_book(path, y, m, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "出入库"
    ws.append(["日期", "类型", "单据号", "品名", "件数", "重量(kg)", "库温(℃)", "车牌号", "封号",
               "核对情况", "仓管签字", "司机/收货人签字"])
    for d in month_days(y, m):
        for _ in range(rng.randint(2, 5)):
            typ = rng.choice(["入库", "出库", "出库", "生产领料"])
            sp, _o = rng.choice(SPECIES)
            n = rng.randint(200, 2000)
            ws.append([d.strftime("%Y/%m/%d"), typ, f"{'RK' if typ == '入库' else 'CK'}{d:%Y%m%d}{rng.randint(10, 99)}",
                       sp, n, n * 20, round(rng.uniform(-22.5, -18.2), 1),
                       f"辽B{rng.randint(10000, 99999)}", f"SL{rng.randint(100000, 999999)}" if typ != "生产领料" else "",
                       "件数重量标签相符" if rng.random() > 0.05 else "短少2件，已报品控",
                       rng.choice(STAFF_WH), "已签"])
    wb.save(path)


def gate_book(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车辆登记"
    ws.append(["日期", "进入时间", "离开时间", "车牌号", "驾驶员", "单位", "事由", "车辆检查（驾驶室/车厢）", "停放位置", "值班门卫"])
    guards = ["门卫 张德福", "门卫 王成", "门卫 吕建军"]
    for d in month_days(2026, 8):
        for _ in range(rng.randint(4, 8)):
            h = rng.randint(6, 20)
            check = "已查，无异常" if rng.random() < 0.35 else ""
            ws.append([d.isoformat(), f"{h:02d}:{rng.randint(0, 59):02d}", f"{min(h + rng.randint(1, 3), 23):02d}:{rng.randint(0, 59):02d}",
                       f"辽B{rng.randint(10000, 99999)}", rng.choice(["刘师傅", "韩师傅", "宋师傅", "高师傅", "徐师傅"]),
                       rng.choice(["大连港集装箱码头", "顺达冷链物流", "鑫海运输", "客户自提"]),
                       rng.choice(["送货入库", "提货", "提货", "拉空箱"]), check, "货车场", rng.choice(guards)])
    ws2 = wb.create_sheet("来访人员")
    ws2.append(["日期", "姓名", "单位", "证件类型", "证件号后四位", "访客证号", "被访人", "陪同人", "车牌", "进入时间", "离开时间"])
    for i, d in enumerate(list(month_days(2026, 8))[::3]):
        ws2.append([d.isoformat(), rng.choice(["李明", "王芳", "Kim Jisoo", "张伟", "赵磊"]),
                    rng.choice(["挪威海产局", "某检测公司", "韩国客户", "设备维修"]), "身份证" if i % 4 else "护照",
                    f"{rng.randint(1000, 9999)}", f"V{i + 1:03d}", "品控部 孙立新", "品控部 陈敏",
                    rng.choice(["", "辽B" + str(rng.randint(10000, 99999))]), "09:10", "11:40"])
    wb.save(path)


def review_book(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "单证复核"
    ws.append(["申报日期", "报关单号", "进/出口", "品名", "商品编码", "原产国/目的国", "价格条款", "官方证书核对",
               "制单人", "复核人", "复核结果"])
    d = dt.date(2025, 7, 1)
    while d <= dt.date(2026, 9, 25):
        ie = rng.choice(["进口", "进口", "出口"])
        sp, o = rng.choice(SPECIES)
        ws.append([d.isoformat(), f"0909{d.year}{rng.randint(10**9, 10**10 - 1)}", ie,
                   sp if ie == "进口" else sp.replace("冷冻", "冷冻调理") + "片",
                   "0304751000" if "鳕" in sp else "0307430000", o if ie == "进口" else rng.choice(["日本", "韩国", "德国"]),
                   rng.choice(["CFR", "CIF", "FOB"]), "卫生证书/原产地证/许可证相符" if ie == "进口" else "出口卫生证书已申领",
                   "关务 杨帆", "关务主管 吴琳", "通过" if rng.random() > 0.08 else "退回修改：净重与箱单不符"])
        d += dt.timedelta(days=rng.randint(2, 5))
    ws2 = wb.create_sheet("手册核对")
    ws2.append(["月份", "手册号", "进口料件(kg)", "出口成品折料(kg)", "边角料(kg)", "库存(kg)", "差异", "核对人", "关务部经理"])
    for i in range(14):
        y, m = (2025, 8 + i) if i < 5 else (2026, i - 4)
        ws2.append([f"{y}-{m:02d}", "C0909260001" if y == 2026 else "C0909250007", rng.randint(300, 600) * 1000,
                    rng.randint(200, 450) * 1000, rng.randint(5, 20) * 1000, rng.randint(100, 300) * 1000,
                    "无" if i != 9 else "单耗偏差0.8%，已说明", "手册专员 邓雪", "刘静"])
    ws2.append(["2025-12-20", "C0909250007", "", "", "", "", "手册按期报核结案", "手册专员 邓雪", "刘静"])
    ws3 = wb.create_sheet("归档登记")
    ws3.append(["归档日期", "报关单号", "份数", "资料", "归档人", "档案柜号"])
    for r in list(ws.iter_rows(min_row=2, values_only=True))[-40:]:
        ad = dt.date.fromisoformat(r[0]) + dt.timedelta(days=rng.randint(2, 6))
        ws3.append([ad.isoformat(), r[1], rng.randint(5, 9), "报关单/合同/发票/箱单/提单/证书", "关务 杨帆", "A-03"])
    ws4 = wb.create_sheet("印章登记")
    ws4.append(["日期", "用印文件", "份数", "用印人", "批准人"])
    for i in range(18):
        dd = dt.date(2025, 10, 8) + dt.timedelta(days=19 * i)
        ws4.append([dd.isoformat(), rng.choice(["报关委托书", "情况说明", "手册变更申请", "复出口说明"]), 1, "关务 杨帆", "刘静"])
    wb.save(path)


def staff_book(path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "在册员工"
    ws.append(["工号", "姓名", "部门", "岗位", "入职日期", "身份证核验", "工卡号", "状态"])
    fam = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
    giv = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀兰霞平刚桂英"
    depts = [("生产部", "加工工"), ("生产部", "分拣工"), ("仓储部", "仓管"), ("品控部", "检验员"),
             ("关务部", "关务"), ("行政部", "门卫"), ("销售部", "业务员"), ("财务部", "会计")]
    for i in range(1, 296):
        dp, job = depts[0] if i < 180 else rng.choice(depts)
        ws.append([f"HS{i:04d}", rng.choice(fam) + rng.choice(giv) + (rng.choice(giv) if rng.random() < .5 else ""),
                   dp, job, (dt.date(2012, 3, 1) + dt.timedelta(days=rng.randint(0, 5000))).isoformat(),
                   "已核验身份证原件", f"K{i:04d}", "在职"])
    ws2 = wb.create_sheet("离职交接")
    ws2.append(["离职日期", "工号", "姓名", "部门", "工卡收回", "钥匙/设备收回", "ERP账户停用", "门禁删除", "经办人"])
    for i in range(16):
        dd = dt.date(2025, 9, 3) + dt.timedelta(days=24 * i)
        ws2.append([dd.isoformat(), f"HS{300 + i:04d}", rng.choice(fam) + rng.choice(giv), rng.choice(["生产部", "仓储部", "销售部"]),
                    "已收回", "已收回" if i % 5 else "无", "已停用", "已删除", "人事 田甜"])
    wb.save(path)


def selfcheck_book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自查表"
    ws.append([f"{CO} 2026年度海关合规自查表"])
    ws.append(["检查日期：2026-06-18", "检查组：内审专员 韩冰、关务部经理 刘静、行政部经理 赵国强", "审阅：副总经理 王海涛"])
    ws.append(["序号", "我们查什么", "怎么查", "查到的情况", "结论", "整改责任人", "整改期限", "整改情况"])
    rows = [
        ("报关单填得对不对", "抽查2026年1-5月报关单30票对照合同发票", "2票净重与箱单差0.2%，已修改", "基本符合", "关务部 刘静", "2026-07-15", "已完成"),
        ("手册料件账是否平", "对照仓库账与手册数据", "单耗偏差0.8%，已书面说明", "符合", "手册专员 邓雪", "", ""),
        ("检疫台账有没有漏记", "抽查3个月台账与冷库出入库", "5月有2票调离日期未填", "基本符合", "品控部 孙立新", "2026-07-10", "已完成"),
        ("门卫有没有查车", "看8月前的车辆登记", "车辆检查栏空白较多", "不符合", "行政部 赵国强", "2026-08-31", "未完成"),
        ("集装箱检查有没有记录", "询问仓库主管", "作业指导书未下发，无检查记录", "不符合", "仓储部 周强", "2026-09-30", "未完成"),
        ("员工离职收卡收账号", "抽查离职交接单", "齐全", "符合", "", "", ""),
        ("培训是否覆盖管理层", "看签到表", "总经理5月培训未到场", "基本符合", "关务部 刘静", "2026-12-31", "计划补训"),
        ("合作伙伴是否签安全条款", "核对合作伙伴名录", "部分物流商未签", "基本符合", "采购部", "2026-12-31", "进行中"),
    ]
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    wb.save(path)


# ---------------------------------------------------------------- images
def scan_signin(path):
    img = Image.new("L", (1240, 1754), 250)
    dr = ImageDraw.Draw(img)
    dr.text((300, 110), "海关法规及信息安全培训签到表", font=font(44), fill=20)
    dr.text((120, 210), "培训日期：2026年5月21日　地点：三楼会议室　讲师：大连某关务咨询公司 郑老师", font=font(24), fill=30)
    dr.text((120, 255), "内容：进境水产品检疫监管新规；报关单规范申报；进料加工手册管理；信息安全与保密", font=font(24), fill=30)
    x0, y0, rowh = 120, 320, 62
    cols = [120, 220, 520, 820, 1120]
    heads = ["序号", "部门", "职务", "签名"]
    people = [("管理层", "副总经理(分管关务)", "王海涛"), ("关务部", "经理", "刘静"), ("关务部", "关务主管", "吴琳"),
              ("关务部", "关务", "杨帆"), ("关务部", "手册专员", "邓雪"), ("行政部", "经理(安保负责)", "赵国强"),
              ("品控部", "经理", "孙立新"), ("品控部", "资料员", "陈敏"), ("仓储部", "主管", "周强"),
              ("信息部", "工程师", "白云飞"), ("财务部", "会计", "林晓"), ("销售部", "单证", "胡佳")]
    for i in range(len(people) + 2):
        dr.line((x0, y0 + i * rowh, cols[-1], y0 + i * rowh), fill=40, width=2)
    for c in cols:
        dr.line((c, y0, c, y0 + (len(people) + 1) * rowh), fill=40, width=2)
    for j, h in enumerate(heads):
        dr.text((cols[j] + 15, y0 + 14), h, font=font(26), fill=20)
    rng = random.Random(NAME + "sig")
    for i, (dp, job, nm) in enumerate(people, 1):
        y = y0 + i * rowh + 14
        dr.text((cols[0] + 25, y), str(i), font=font(24), fill=30)
        dr.text((cols[1] + 15, y), dp, font=font(24), fill=30)
        dr.text((cols[2] + 15, y), job, font=font(22), fill=30)
        dr.text((cols[3] + 30 + rng.randint(0, 40), y - 4 + rng.randint(-4, 4)), nm, font=font(32), fill=60)
    dr.text((120, y0 + (len(people) + 1) * rowh + 40), "备注：总经理何建平出差未参加。　记录：关务部 吴琳", font=font(24), fill=30)
    img = img.rotate(0.8, fillcolor=250)
    img.save(path, "PDF", resolution=150, creationDate=dt.datetime(2026, 5, 22, 9, 0).timetuple(), modDate=dt.datetime(2026, 5, 22, 9, 0).timetuple())


def gate_photo(path):
    img = Image.new("RGB", (1024, 768), (150, 180, 210))
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 470, 1024, 768), fill=(110, 110, 105))
    dr.rectangle((0, 330, 1024, 470), fill=(200, 200, 195))          # wall
    for x in range(0, 1024, 24):
        dr.line((x, 300, x, 330), fill=(60, 60, 60), width=2)       # fence wire posts
    dr.rectangle((380, 320, 700, 470), fill=(90, 90, 95))           # gate opening
    for x in range(390, 700, 30):
        dr.line((x, 330, x, 470), fill=(180, 180, 180), width=4)    # sliding gate
    dr.rectangle((730, 250, 900, 470), fill=(230, 230, 220))        # guard booth
    dr.rectangle((760, 290, 870, 360), fill=(120, 160, 190))
    dr.text((742, 260), "门卫室", font=font(28), fill=(20, 20, 20))
    dr.rectangle((380, 200, 700, 250), fill=(180, 30, 30))
    dr.text((395, 205), CO, font=font(24), fill=(255, 255, 255))
    dr.text((20, 730), "2026-03-14 09:30", font=font(22), fill=(255, 200, 0))
    img.save(path, "JPEG", quality=70)


def erp_shot(path):
    img = Image.new("RGB", (1280, 720), (245, 246, 248))
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, 1280, 48), fill=(30, 80, 140))
    dr.text((16, 10), "海晟ERP v6.2　关务模块 > 报关单查询", font=font(22), fill=(255, 255, 255))
    dr.text((20, 64), "查询条件：申报日期 2019-01-01 至 2026-09-28　　结果：共 6,412 条", font=font(20), fill=(30, 30, 30))
    heads = ["申报日期", "报关单号", "进出口", "品名", "净重(kg)", "状态", "关联入库单", "财务凭证"]
    xs = [20, 170, 400, 490, 680, 800, 900, 1080]
    for x, h in zip(xs, heads):
        dr.text((x, 110), h, font=font(18), fill=(0, 0, 0))
    rows = [("2019-01-07", "090920190001034512", "进口", "冷冻狭鳕鱼", "48,000", "已结关", "RK2019010702", "记-2019-01-0087"),
            ("2019-03-22", "090920190003221876", "出口", "冷冻鳕鱼片", "22,400", "已结关", "CK2019032211", "记-2019-03-0412"),
            ("2021-06-15", "090920210006150233", "进口", "冷冻鱿鱼", "26,000", "已结关", "RK2021061504", "记-2021-06-0301"),
            ("2023-11-02", "090920230011020957", "出口", "冷冻调理鱿鱼片", "18,000", "已结关", "CK2023110208", "记-2023-11-0055"),
            ("2025-09-18", "090920250009183320", "进口", "冷冻鲑鱼", "24,500", "已结关", "RK2025091803", "记-2025-09-0260"),
            ("2026-09-26", "090920260009260418", "进口", "冷冻北极甜虾", "27,000", "已放行", "RK2026092601", "记-2026-09-0377")]
    for i, r in enumerate(rows):
        y = 150 + i * 40
        dr.rectangle((10, y - 6, 1270, y + 30), fill=(255, 255, 255) if i % 2 else (235, 240, 248))
        for x, v in zip(xs, r):
            dr.text((x, y), v, font=font(17), fill=(40, 40, 40))
    dr.text((20, 420), "数据保存：2019年起全部在线可查；每日02:00自动备份至异地备份服务器", font=font(20), fill=(150, 30, 30))
    dr.text((20, 680), "操作员：关务主管 吴琳　　2026-09-28 10:15", font=font(18), fill=(90, 90, 90))
    img.save(path, "PNG", optimize=True)


# ---------------------------------------------------------------- text, csv, others
MINUTES = """大连海晟冷链水产有限公司 关务及安保工作例会纪要
时间：2026年7月15日 14:00-15:30
地点：三楼会议室
主持：副总经理 王海涛
参加：关务部经理 刘静、品控部经理 孙立新、行政部经理 赵国强、仓储部主管 周强、内审专员 韩冰
记录：关务主管 吴琳

一、上半年自查发现问题的整改
1. 报关差错：6月有2票出口调理鱿鱼片净重与箱单不一致，复核岗已在申报前退回修改，未造成申报差错。刘静要求复核岗在复核登记中写明退回原因。
2. 检疫台账：5月有2票调离日期漏填，孙立新已补登，以后每周五由陈敏自查一次。
3. 门卫查车：车辆登记表“车辆检查”一栏很多空着，门卫说提货车辆多时来不及查。赵国强表示8月底前调整门卫排班，高峰时段增加1人，并在表上逐车填写。（8月抽查仍有大量空白，问题未关闭。）
4. 集装箱检查：仓库装出口柜时只看箱门封条，没有按七个部位检查也没有记录。《集装箱检查作业指导书》还没有定稿。周强负责9月底前拿出指导书和检查记录表。

二、海关核查要求的事项
4月大连海关稽查处到场核查时要求补充冷库出入库台账中“库温”一栏，王海涛组织仓储部5月起逐笔记录，已于5月20日向海关书面反馈。

三、应急演练
7月8日组织了液氨泄漏应急演练，参加62人，用时18分钟完成疏散，演练记录和照片存行政部。下一次为台风防汛演练。

四、其他
1. 部分物流商未签安全条款，采购部年底前补签。
2. 新冷库（4号库）门禁系统8月安装。
3. 食堂9月起调整供餐时间，见行政通知。

下次例会：2026年10月中旬
"""

NOTICE = """关于2026年中秋节、国庆节放假安排的通知

各部门：
根据国家规定，结合公司生产安排，现将2026年中秋节、国庆节放假安排通知如下：
一、行政、财务、销售部门10月1日至10月7日放假，共7天。
二、生产部、仓储部按冷库作业排班轮休，具体由部门安排。
三、放假期间门卫正常值班，冷库温度每2小时巡查一次，值班人员名单由行政部另行公布。
四、节前各部门做好安全检查，关闭门窗电源。

行政部
2026年9月20日
"""

PARTNERS = [
    ("供应商", "Norway Arctic Seafood AS", "挪威", "冷冻鳕鱼", "2025-11-20", "合格", "已签"),
    ("供应商", "Pesquera del Sur S.A.", "智利", "冷冻鲑鱼", "2025-11-20", "合格", "已签"),
    ("供应商", "ООО Приморрыба", "俄罗斯", "冷冻狭鳕鱼", "2025-12-03", "合格", "已签"),
    ("供应商", "Pacific Squid Corp.", "秘鲁", "冷冻鱿鱼", "2025-12-03", "整改后合格", "未签"),
    ("物流商", "顺达冷链物流有限公司", "大连", "冷藏车运输", "2026-01-10", "合格", "已签"),
    ("物流商", "鑫海运输有限公司", "大连", "集装箱拖车", "2026-01-10", "合格", "未签"),
    ("报关行", "大连港通报关有限公司", "大连", "部分出口代理申报", "2026-01-12", "合格（AEO高级认证）", "已签"),
    ("船代/货代", "中远海运物流（大连）", "大连", "订舱", "2026-01-12", "合格（AEO高级认证）", "未签"),
    ("外协冷库", "大连湾冷藏有限公司", "大连", "旺季外租冷库", "2026-02-18", "合格", "未签"),
    ("客户", "株式会社マルハ食品", "日本", "冷冻鳕鱼片", "2026-03-05", "-", "-"),
    ("包材", "大连华印包装有限公司", "大连", "外箱、标签", "2026-03-05", "合格", "已签"),
]


def brochure(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 26)
    c.drawString(60, 760, "海晟 · 来自深海的新鲜")
    c.setFont("STSong-Light", 13)
    lines = ["大连海晟冷链水产有限公司产品手册 2026",
             "全程冷链：-18℃以下储存运输，锁住鲜味，品质安全有保障。",
             "主营：冷冻鳕鱼片、鲑鱼排、调理鱿鱼圈、北极甜虾仁，出口日本、韩国、欧洲。",
             "自有万吨级冷库，BRC、HACCP体系认证，欢迎来厂参观。",
             "订货热线：0411-8xxxxxxx　微信公众号：海晟水产"]
    for i, t in enumerate(lines):
        c.drawString(60, 700 - i * 30, t)
    c.showPage()
    c.save()


def menu(path):
    d = Document()
    d.add_heading("员工食堂本周菜谱（9月21日-9月25日）", 1)
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "日期", "午餐", "晚餐（夜班）"
    for day, a, b in [("周一", "红烧鲅鱼、炒土豆丝", "饺子"), ("周二", "宫保鸡丁、拌海带", "面条"),
                      ("周三", "鲅鱼丸子汤、米饭", "炒饭"), ("周四", "炖排骨、醋溜白菜", "包子"), ("周五", "焖子、海鲜疙瘩汤", "馄饨")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = day, a, b
    d.save(path)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    for sub in ["01制度", "2026资料/检疫台账", "2026资料/冷库出入库", "门卫", "新建文件夹", "其他"]:
        (out / sub).mkdir(parents=True, exist_ok=True)
    handbook(out / "01制度" / "管理制度汇编2026.docx")
    for m in (7, 8, 9):
        quarantine_book(out / "2026资料/检疫台账" / f"进境水产品检疫台账_2026-{m:02d}.xlsx", 2026, m, rng)
        coldstore_book(out / "2026资料/冷库出入库" / f"冷库出入库记录2026年{m}月.xlsx", 2026, m, rng)
    gate_book(out / "门卫" / "车辆人员出入登记_2026-08.xlsx", rng)
    review_book(out / "附件3.xlsx", rng)
    staff_book(out / "doc12.xlsx", rng)
    selfcheck_book(out / "2026年关务自查表.xlsx")
    scan_signin(out / "扫描件003.pdf")
    gate_photo(out / "IMG_20260314_093015.jpg")
    erp_shot(out / "截图1.png")
    (out / "新建文件夹" / "纪要0715.txt").write_text(MINUTES, encoding="utf-8")
    (out / "其他" / "中秋国庆放假通知.txt").write_text(NOTICE, encoding="utf-8")
    with open(out / "合作伙伴名录.csv", "w", encoding="utf-8-sig", newline="") as f:
        import csv
        w = csv.writer(f)
        w.writerow(["类别", "名称", "国家/地区", "业务", "年度评估日期", "评估结论", "安全条款"])
        w.writerows(PARTNERS)
    brochure(out / "其他" / "产品宣传册.pdf")
    menu(out / "其他" / "附件2.docx")
