# -*- coding: utf-8 -*-
"""ho34-adv-importer-aviation: 天津滨航飞机部件维修有限公司 — re-certification bundle (advanced, importer)."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import pathlib
import random
import re
import shutil
import subprocess
import tempfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl.styles import Font, Alignment
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NAME = "ho34-adv-importer-aviation"
HERE = pathlib.Path(__file__).resolve().parent
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _text():
    spec = importlib.util.spec_from_file_location("ho34_manual_text", HERE / "manual_text.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def _doc(size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for s in d.sections:
        s.top_margin = s.bottom_margin = Cm(2)
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def _brk(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _ctl(d, code, owner):
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["文件编号", "版次", "生效日期", "归口部门"]):
        t.cell(0, i).text = v
    for i, v in enumerate([code, "G/7", "2026-03-01", owner]):
        t.cell(1, i).text = v


# ---------------------------------------------------------------- manual (24 pages)
def manual(src: pathlib.Path, m) -> pathlib.Path:
    d = _doc(10.5)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = f"{m.COMPANY}　质量与合规管理手册　QCM-01　G/7　受控文件"
    p = d.add_paragraph()
    p.add_run("\n\n\n\n" + m.COMPANY).font.size = Pt(20)
    p = d.add_paragraph()
    p.add_run("质量与合规管理手册").font.size = Pt(28)
    d.add_paragraph("Quality & Compliance Manual (QCM-01)")
    d.add_paragraph("\n版次：G/7　　生效日期：2026-03-01　　受控号：QCM-01-C05（关务部）")
    d.add_paragraph("编制：质量部 周敏　　审核：副总经理 孙卫东　　批准：总经理 刘振华")
    d.add_paragraph("\n\n本手册为公司受控文件，未经质量部许可不得复印或外传。")
    _brk(d)
    d.add_heading("文件控制与修订记录", level=1)
    _ctl(d, "QCM-01-00", "质量部")
    d.add_paragraph("")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, v in enumerate(["版次", "日期", "修订内容", "编制", "批准"]):
        t.cell(0, i).text = v
    for r in m.REVISIONS:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("\n分发清单：总经理、副总经理（2）、关务部、计划物流部、质量部、人力资源部、安保队、信息技术组。作废版本由质量部收回并加盖“作废”章。")
    _brk(d)
    d.add_heading("目录", level=1)
    d.add_paragraph("文件控制与修订记录 ………… 2")
    for i, (num, title, _o, _c) in enumerate(m.CHAPTERS):
        d.add_paragraph(f"第{num}章　{title} ………… {i + 4}")
    d.add_paragraph("附录A　记录表单清单 ………… 24")
    _brk(d)
    for num, title, owner, clauses in m.CHAPTERS:
        d.add_heading(f"第{num}章　{title}", level=1)
        _ctl(d, f"QCM-01-{int(num):02d}", owner)
        for c in clauses:
            d.add_paragraph(c)
        _brk(d)
    d.add_heading("附录A　记录表单清单", level=1)
    _ctl(d, "QCM-01-A", "质量部")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["表单编号", "名称", "保管部门"]):
        t.cell(0, i).text = v
    for r in m.APPENDIX:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    out = src / "QCM-01 质量与合规管理手册 G7.docx"
    d.save(out)
    return out


# ---------------------------------------------------------------- internal audit report
FINDINGS = [
    ("F-2026-01", "报关单复核记录中7月有3票缺复核日期", "一般", "关务部", "王珊", "2026-09-15", "已关闭", "2026-09-10", "补录并在ERP中设置复核日期必填"),
    ("F-2026-02", "单证归档：抽查30票中2票超过5个工作日归档", "一般", "关务部", "赵磊", "2026-09-15", "已关闭", "2026-09-12", "归档期限纳入月度抽查"),
    ("F-2026-03", "封志未建立领用、施封、作废台账（第17.2条），且无封志ISO 17712符合性证明", "严重", "计划物流部", "陈刚", "2026-09-30", "未关闭", "", "已向供应商索取证书，台账模板待发布"),
    ("F-2026-04", "2026年3月离职的车间技术员张某门禁卡注销较离职日晚1天", "一般", "人力资源部", "何丽", "2026-09-15", "已关闭", "2026-09-05", "离职交接单增加安保签字栏"),
    ("F-2026-05", "两名新入职仓管员未在上岗前完成法规培训", "一般", "人力资源部", "何丽", "2026-09-30", "已关闭", "2026-09-18", "已补训并考核"),
    ("F-2026-06", "2026年度应急演练（第19.4条）尚未组织，危机处理模拟演练无记录", "严重", "生产运营副总经理", "高建平", "2026-09-30", "未关闭", "", "演练方案起草中，计划10月下旬"),
    ("F-2026-07", "主要货代天津航捷国际货运代理有限公司年度现场检查记录未签字", "一般", "关务部", "王珊", "2026-09-15", "已关闭", "2026-09-08", "已补签"),
    ("F-2026-08", "2026年第二季度关务例会纪要未归档（第5.5条）", "一般", "关务部", "王珊", "2026-09-30", "未关闭", "", "纪要已补写，待分管副总签批"),
]


def audit_report(src: pathlib.Path) -> pathlib.Path:
    d = _doc(10.5)
    d.add_heading("2026年度海关高级认证标准符合性内部审计报告", level=1)
    d.add_paragraph("报告编号：IA-2026-01　　审计期间：2025年9月1日至2026年8月20日　　现场审核：2026年8月24日至26日")
    d.add_paragraph("审计组：组长 周敏（质量部经理）；组员 李晓雯（关务部，回避关务部条款）、吴芳（财务部经理）")
    d.add_paragraph("审计依据：海关认证企业标准（高级认证—通用标准、进出口货物收发货人单项标准）；公司QCM-01 G/7；审计计划 IAP-2026（2026-07-30总经理批准）")
    d.add_heading("一、审计范围与方法", level=2)
    d.add_paragraph("范围覆盖内部控制、财务状况、守法规范、贸易安全四类标准的全部适用条款。方法：文件审阅、ERP系统查询、记录抽样（报关单抽30票，装卸检查记录抽48条，手册核对表抽6个月）、现场巡视（北门、西门、仓库各库区、集装箱暂存区、监控室、机房、档案室）及人员访谈（12人）。")
    d.add_heading("二、上年度审计回顾", level=2)
    d.add_paragraph("2025年度内审（IA-2025-01，2025年9月16日至18日）发现问题6项，均已于2025年12月31日前关闭，详见纠正措施跟踪表“2025内审”页。")
    d.add_heading("三、主要审计结果", level=2)
    for s in [
        "1. 内部控制：组织职责与任命文件一致；报关单申报前复核覆盖率100%（抽查30票）；保税手册C0207260018按月核对，账实相符；手册C0207240031已于2026-05-12按期核销；ERP系统可查询2019年以来全部报关数据，每日备份记录完整；抽查12名离职人员系统账号均已停用；海关认证档案（AEO-01至AEO-12及共享盘）完整，收存2025年度内审报告、整改记录、培训记录及海关往来文书。",
        "2. 财务状况：2025年度财务报表经天津正诚会计师事务所审计，出具标准无保留意见。",
        "3. 守法规范：经查询，审计期间公司无海关行政处罚、无信用异常记录，法定代表人及高管无失信记录。",
        "4. 贸易安全：门禁、巡更、视频监控运行正常，录像可回放90天以上；访客登记、陪同执行良好；装卸检查记录完整，集装箱装箱前七点检查均有记录；商业伙伴评估及年度复查已完成。",
    ]:
        d.add_paragraph(s)
    d.add_heading("四、不符合项", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["编号", "描述", "等级", "责任部门"]):
        t.cell(0, i).text = v
    for f in FINDINGS:
        c = t.add_row().cells
        for i, v in enumerate(f[:4]):
            c[i].text = v
    d.add_heading("五、结论", level=2)
    d.add_paragraph("公司总体持续符合海关高级认证企业标准。F-2026-03（封志管理）和F-2026-06（应急演练）须在重新认证前整改完毕，请各责任部门于2026年9月30日前提交整改证据。")
    d.add_paragraph("编制：周敏　2026-09-02　　　审核：孙卫东　2026-09-03　　　批准：刘振华　2026-09-04")
    out = src / "2026年度内部审计报告IA-2026-01.docx"
    d.save(out)
    return out


def simple_docx(path: pathlib.Path, title: str, paras: list[str]):
    d = _doc(11)
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


# ---------------------------------------------------------------- workbooks
def _sheet(wb, title, header, rows, widths=None):
    ws = wb.create_sheet(title)
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    for r in rows:
        ws.append(r)
    for i in range(len(header)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = (widths or {}).get(i, 14)
    return ws


DRIVERS = [("张国强", "3712"), ("李建", "0458"), ("王海涛", "2291"), ("刘春生", "6630"), ("赵亮", "1187"), ("孙宏", "5502")]
PLATES = ["津A·K3821", "津C·62917", "津A·D7752", "冀J·3M218", "津B·H0932"]
def _checkers(day):
    if day < dt.date(2026, 6, 15):
        return ["陈刚", "张晓东"]
    if day <= dt.date(2026, 7, 31):
        return ["陈刚", "冯雪", "张晓东", "郭振"]
    return ["陈刚", "冯雪", "郭振"]


def loading_workbook(path: pathlib.Path, rng: random.Random):
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "填表说明"
    for line in ["装卸检查记录（QF-16-01）  计划物流部  每月一页", "进口收货：核对件数、重量、件号/序号、标签、适航文件；出口监装：按出口订单及工单核对，监装人签字。",
                 "车辆检查：车厢、底盘、驾驶室、油箱外侧等；集装箱：七点检查（前壁/左侧/右侧/地板/顶部/内外门/外部及底架）。", "司机身份：核验身份证并记录末四位。纸质签字原件存仓库办公室。"]:
        ws0.append([line])
    ws0.column_dimensions["A"].width = 110
    header = ["日期", "作业类型", "业务号", "运单号/箱号", "车牌", "司机", "司机证件核验", "车辆检查", "集装箱七点检查",
              "封志号", "封志状态", "单证件数", "实收/装箱件数", "毛重(kg)", "件号/标签核对", "差异", "检查人", "监装人", "司机签字"]
    months = [(2025, 10)] + [(2025, 11), (2025, 12)] + [(2026, i) for i in range(1, 10)]
    seq = 100
    for (y, mth) in months:
        rows = []
        days = sorted(rng.sample(range(1, 28), 9))
        for k, day in enumerate(days):
            seq += 1
            kind = ["进口收货", "进口收货", "出口监装", "进口收货", "出口监装", "出口装箱(集装箱)"][rng.randrange(6) if k else 0]
            if k == 4:
                kind = "出口装箱(集装箱)"
            drv, id4 = rng.choice(DRIVERS)
            n = rng.randint(1, 8)
            got = n
            diff = "无"
            if (y, mth, k) == (2026, 5, 2):
                kind = "进口收货"
                got = n - 1
                diff = "短少1件(P/N 2314500-3)，已填货物差异报告DR-2026-007报关务部王珊，次日报关企业确认"
            cont = kind.startswith("出口装箱")
            bill = (f"TGHU{rng.randint(1000000, 9999999)}" if cont else f"{rng.choice(['999', '160', '176', '784'])}-{rng.randint(10000000, 99999999)}")
            rows.append([
                dt.date(y, mth, day), kind, f"BH{y}{mth:02d}{seq:04d}", bill, rng.choice(PLATES), drv, f"身份证✓ 末四位{id4}",
                "✓ 车厢/底盘/驾驶室无异常", "✓ 前壁✓左侧✓右侧✓地板✓顶部✓内外门✓外部底架" if cont else "—（空运散货）",
                f"CN{rng.randint(2000000, 2999999)}" if cont else "—", "施封完好" if cont else "—",
                n, got, round(rng.uniform(15, 900) if not cont else rng.uniform(2500, 7800), 1),
                "一致" if diff == "无" else "一致（短少件除外）", diff, rng.choice(_checkers(dt.date(y, mth, day))),
                rng.choice(_checkers(dt.date(y, mth, day))[:2]) if kind.startswith("出口") else "", "已签"])
        _sheet(wb, f"{y}-{mth:02d}", header, rows, {0: 12, 1: 16, 6: 18, 7: 24, 8: 40, 15: 30})
    wb.save(path)


def patrol_csv(path: pathlib.Path, rng: random.Random):
    points = ["北门岗亭", "西门货运口", "仓库保税库区", "集装箱暂存区", "围墙东侧", "员工停车场", "监控室"]
    guards = [("0815", "马永强"), ("0822", "田伟"), ("0831", "侯建军"), ("0840", "钱磊")]
    rows = []
    d0 = dt.date(2026, 7, 1)
    special = {
        (dt.date(2026, 7, 22), "03:00"): ("异常处置", "仓库保税库区", "停电（区域电网故障）02:41-03:35，启动应急照明与发电机，保税库门禁改人工值守，已报高建平，事件报告ER-2026-03；保税货物未受影响，经关务部王珊确认无需向海关报告"),
        (dt.date(2026, 8, 13), "22:00"): ("异常处置", "围墙东侧", "发现1名无工牌男子在围墙外徘徊并试图翻越，保安喝止后劝离，调阅录像存档，已报高建平"),
        (dt.date(2026, 9, 5), "22:00"): ("巡更打卡", "员工停车场", "停车场2号灯杆不亮，已报修（9月6日修复）"),
    }
    for i in range(92):
        day = d0 + dt.timedelta(days=i)
        for hh in ("22:00", "03:00"):
            card, who = guards[(i + (hh == "03:00")) % 4]
            base = dt.datetime.combine(day, dt.time(int(hh[:2]), 0)) + (dt.timedelta(days=1) if hh == "03:00" else dt.timedelta())
            for j, pt in enumerate(points):
                t = base + dt.timedelta(minutes=j * 6 + rng.randint(0, 3))
                note = {"监控室": "录像回放正常，存储90天以上", "围墙东侧": "照明正常，围墙完好", "集装箱暂存区": "箱门封志完好" if rng.random() < .5 else "无箱"}.get(pt, "照明正常，门锁完好")
                ev, res = "巡更打卡", "正常"
                sp = special.get((day, hh))
                if sp and sp[1] == pt:
                    ev, note, res = sp[0], sp[2], "异常"
                rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), ev, pt, card, who, "安保队", res, note])
        if day.weekday() < 5 and rng.random() < .5:
            t = dt.datetime.combine(day, dt.time(9, rng.randint(0, 59)))
            host = rng.choice(["王珊", "陈刚", "周敏", "孙卫东"])
            rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), "访客登记", "北门岗亭", f"V{rng.randint(1, 20):02d}", rng.choice(["客户代表", "供应商工程师", "审核员", "维修厂商"]) + "·" + rng.choice("李王张刘陈杨"), "来访",
                         "放行", f"已核验身份证（照片相符），发临时访客卡，接待人{host}全程陪同；车辆{rng.choice(PLATES)}停访客车位"])
        if day.weekday() < 5:
            t = dt.datetime.combine(day, dt.time(8, rng.randint(0, 20)))
            rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), "钥匙领用", "智能钥匙柜", "0311", "陈刚", "计划物流部", "正常", "保税库区K-03"])
            t2 = dt.datetime.combine(day, dt.time(17, rng.randint(30, 59)))
            rows.append([t2.strftime("%Y-%m-%d %H:%M:%S"), "钥匙归还", "智能钥匙柜", "0311", "陈刚", "计划物流部", "正常", "保税库区K-03"])
    for when, who, card in [("2026-07-31 17:40:12", "张晓东", "0276"), ("2026-09-11 16:05:47", "刘颖", "0298")]:
        rows.append([when, "门禁卡注销", "人事同步", card, who, "人力资源部", "正常", "离职当日注销，工牌已收回"])
    rows.sort(key=lambda r: r[0])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["事件时间", "事件类型", "点位/设备", "卡号", "人员", "部门", "结果", "备注"])
        w.writerows(rows)


STAFF = [
    ("刘振华", "总经理（法定代表人）", "2009-03-01", "", "管理层"),
    ("孙卫东", "副总经理（关务）", "2012-07-16", "", "管理层"),
    ("高建平", "副总经理（生产运营/贸易安全）", "2014-02-10", "", "管理层"),
    ("王珊", "关务部经理", "2015-05-04", "", "关务部"),
    ("赵磊", "关务专员", "2019-08-12", "", "关务部"),
    ("李晓雯", "关务专员", "2022-03-21", "", "关务部"),
    ("陈刚", "仓库主管", "2013-10-08", "", "计划物流部"),
    ("冯雪", "仓管员", "2026-06-15", "", "计划物流部"),
    ("郭振", "仓管员", "2026-06-15", "", "计划物流部"),
    ("周敏", "质量部经理/内审组长", "2011-04-01", "", "质量部"),
    ("吴芳", "财务部经理", "2016-09-01", "", "财务部"),
    ("何丽", "人力资源主管", "2018-01-08", "", "人力资源部"),
    ("郑浩", "IT工程师", "2020-06-01", "", "信息技术组"),
    ("马永强", "安保队长", "2017-03-15", "", "安保队"),
    ("田伟", "保安", "2021-11-01", "", "安保队"),
    ("侯建军", "保安", "2023-05-20", "", "安保队"),
    ("钱磊", "保安", "2025-12-01", "", "安保队"),
    ("张晓东", "仓管员", "2020-04-13", "2026-07-31", "计划物流部"),
    ("刘颖", "关务助理", "2024-02-26", "2026-09-11", "关务部"),
]

SESSIONS = [
    ("T-2025-11", "2025-11-20", "海关法规：保税维修监管与手册核销要点", "津港通报关 培训讲师 邵春明", 3,
     ["刘振华", "孙卫东", "高建平", "王珊", "赵磊", "李晓雯", "刘颖", "陈刚", "吴芳"]),
    ("T-2025-12", "2025-12-10", "新员工入职培训（含海关法规、信息安全、门禁与访客管理）", "何丽/王珊/郑浩", 4, ["钱磊"]),
    ("T-2026-03", "2026-03-18", "海关法规：商品归类、原产地与价格申报；认证企业管理要求更新", "孙卫东/王珊", 3,
     ["刘振华", "孙卫东", "高建平", "王珊", "赵磊", "李晓雯", "刘颖", "陈刚", "吴芳", "张晓东"]),
    ("T-2026-04", "2026-04-15", "信息安全意识培训（账号密码、钓鱼邮件、数据保密）", "郑浩", 2,
     ["刘振华", "孙卫东", "高建平", "王珊", "赵磊", "李晓雯", "刘颖", "陈刚", "周敏", "吴芳", "何丽", "马永强", "田伟", "侯建军", "钱磊", "张晓东"]),
    ("T-2026-05", "2026-05-20", "供应链安全培训：货物交接、封志、七点检查、可疑情况报告", "高建平/陈刚", 2,
     ["高建平", "王珊", "赵磊", "陈刚", "马永强", "田伟", "侯建军", "钱磊", "张晓东"]),
    ("T-2026-06", "2026-06-24", "海关法规：海关稽查与企业信用管理、保税维修新公告解读", "外聘 天津海关业务专家（退休）韩立", 3,
     ["刘振华", "孙卫东", "高建平", "王珊", "赵磊", "李晓雯", "刘颖", "陈刚", "吴芳", "周敏"]),
    ("T-2026-07", "2026-07-08", "危机管理课堂培训：综合应急预案讲解（未含演练）", "高建平", 1.5,
     ["高建平", "王珊", "陈刚", "马永强", "田伟", "侯建军", "钱磊", "冯雪", "郭振"]),
    ("T-2026-09", "2026-09-17", "新员工补训：海关法规与保税料件管理（F-2026-05整改）", "王珊", 2, ["冯雪", "郭振"]),
]


def training_workbook(path: pathlib.Path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    codes = [s[0] for s in SESSIONS]
    header = ["姓名", "岗位", "部门"] + [f"{s[0]}\n{s[2][:10]}" for s in SESSIONS] + ["海关法规期数(近12月)", "应急演练"]
    rows = []
    for name, post, _in, out, dep in STAFF:
        if out:
            continue
        marks = []
        cnt = 0
        for s in SESSIONS:
            if name in s[5]:
                marks.append(s[1])
                if "海关法规" in s[2]:
                    cnt += 1
            else:
                marks.append("")
        rows.append([name, post, dep] + marks + [cnt, "未开展（计划2026-10）"])
    ws = _sheet(wb, "培训矩阵", header, rows, {1: 26})
    ws.row_dimensions[1].height = 48
    srows = [[s[0], s[1], s[2], s[3], s[4], len(s[5]), "、".join(s[5]), "签到表、课件、考试卷存HR档案盒TR-2026"] for s in SESSIONS]
    _sheet(wb, "培训记录", ["编号", "日期", "主题", "讲师", "学时", "人数", "参训人员（签到）", "附件"], srows, {2: 44, 3: 26, 6: 60, 7: 30})
    prow = []
    for name, post, din, dout, dep in STAFF:
        key = any(k in post for k in ("关务", "仓", "保安", "安保", "IT"))
        prow.append([name, dep, post, din, "在职" if not dout else "离职", dout,
                     "身份证核验✓ 履历核实✓" + (" 无犯罪记录证明✓" if key else ""),
                     ("工牌收回✓ 门禁注销✓ 系统账号停用✓（" + dout + "）") if dout else ""])
    _sheet(wb, "人员名册", ["姓名", "部门", "岗位", "入职日期", "状态", "离职日期", "入职背景核查", "离职交接"], prow, {2: 26, 6: 36, 7: 44})
    wb["人员名册"].append([])
    wb["人员名册"].append(["名册更新：何丽 2026-09-30（与门禁系统、ERP账号同步核对）"])
    wb["人员名册"].append(["注：本表为涉及进出口、仓储、安保、IT岗位人员节选，全员名册（148人）见HR系统，月度导出存档。"])
    wb.save(path)


def tracker_workbook(path: pathlib.Path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    h = ["编号", "问题描述", "等级", "责任部门", "责任人", "完成期限", "状态", "关闭日期", "整改措施/进展", "验证人"]
    _sheet(wb, "2026内审", h, [list(f) + ["周敏" if f[6] == "已关闭" else ""] for f in FINDINGS], {1: 50, 8: 40})
    ws = wb["2026内审"]
    ws.append([])
    ws.append(["统计：8项，已关闭5项，未关闭3项（逾期）。2026-10-09 周敏报总经理。"])
    old = [
        ("F-2025-01", "访客登记未记录陪同人", "一般", "安保队", "马永强", "2025-10-31", "已关闭", "2025-10-20", "门禁系统访客登记增加接待人必填", "周敏"),
        ("F-2025-02", "手册料件核对表8月缺复核签字", "一般", "关务部", "王珊", "2025-10-31", "已关闭", "2025-10-15", "补签并培训", "周敏"),
        ("F-2025-03", "ERP备份异地介质未按周轮换", "一般", "信息技术组", "郑浩", "2025-11-30", "已关闭", "2025-11-12", "改为自动同步至灾备服务器", "周敏"),
        ("F-2025-04", "运输商天津顺安物流合同缺安全条款", "一般", "关务部", "王珊", "2025-12-31", "已关闭", "2025-12-05", "签订补充协议", "周敏"),
        ("F-2025-05", "西门照明不足", "一般", "行政部", "马永强", "2025-11-30", "已关闭", "2025-11-02", "增设LED投光灯2盏", "周敏"),
        ("F-2025-06", "两名员工未参加信息安全培训", "一般", "人力资源部", "何丽", "2025-12-31", "已关闭", "2025-12-10", "入职培训补训", "周敏"),
    ]
    _sheet(wb, "2025内审", h, [list(r) for r in old], {1: 50, 8: 40})
    wb.save(path)


def review_workbook(path: pathlib.Path, rng: random.Random):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    parts = [("起落架作动筒", "8412290090", "法国"), ("液压泵", "8413503190", "美国"), ("APU起动机", "8501310000", "美国"),
             ("客舱座椅组件", "8803300000", "德国"), ("刹车组件", "8803300000", "英国"), ("燃油调节器", "8481804090", "美国")]
    shippers = ["Air France Industries", "Lufthansa Technik AG", "Cathay Pacific Airways", "Korean Air", "Honeywell Aerospace"]
    rows = []
    for i in range(36):
        day = dt.date(2026, 7, 1) + dt.timedelta(days=i * 2 + rng.randint(0, 1))
        nm, hs, org = rng.choice(parts)
        ie = "进口" if i % 3 else "出口"
        err = "无" if i not in (5, 17, 29) else ["原产地填写错误（应为法国），已退回更正", "件数单位千克/个混用，已更正", "境外收货人名称缺少后缀，已更正"][(i // 12)]
        rows.append([day, ie, f"02202026{rng.randint(10**9, 10**10 - 1)}", "C0207260018" if i % 4 else "一般贸易",
                     nm, f"P/N {rng.randint(100000, 999999)}-{rng.randint(1, 9)}", hs, org, rng.randint(1, 6), f"{rng.randint(3, 180)}000.00 USD",
                     rng.choice(shippers), "木箱", "本司保税库区" if i % 4 else "本司一般库区",
                     "✓价格✓归类✓原产地✓数量✓品名✓规格✓收发货人✓包装✓存放地✓运输路线✓储存条件✓拆检注意✓标签",
                     err, "津港通报关 制单", rng.choice(["赵磊", "李晓雯"]), "王珊" if i % 4 else "", day + dt.timedelta(days=rng.randint(3, 6))])
    _sheet(wb, "报关单复核", ["复核日期", "进/出口", "报关单号", "手册号", "品名", "件号", "商品编码", "原产国", "件数", "价格",
                          "境外收发货人", "包装", "存放地点", "复核项目", "差错及更正", "制单", "复核人", "二次复核", "归档日期"], rows, {13: 70, 14: 36})
    mrows = []
    bal = 42
    for mth in range(1, 10):
        imp = rng.randint(6, 14)
        exp = rng.randint(5, imp + 2)
        scrap = rng.randint(0, 1)
        end = bal + imp - exp - scrap
        mrows.append([f"2026-{mth:02d}", "C0207260018", bal, imp, exp, scrap, end, end, 0, "账实相符", "赵磊", "王珊", f"2026-{mth + 1:02d}-0{rng.randint(3, 8)}" if mth < 12 else ""])
        bal = end
    _sheet(wb, "手册料件核对", ["月份", "手册号", "期初（件）", "本月进口", "本月复出口", "报废/损耗", "ERP结余", "手册结余", "差异", "结论", "核对人", "复核人", "核对日期"], mrows)
    _sheet(wb, "手册核销", ["手册号", "备案日期", "有效期至", "报核日期", "结案日期", "是否超期", "负责人"], [
        ["C0207240031", "2024-04-18", "2026-04-17", "2026-04-09", "2026-05-12", "否", "王珊"],
        ["C0207260018", "2026-01-06", "2027-12-31", "（执行中）", "", "否（到期前60日启动核销准备）", "王珊"],
        ["C0207220107", "2022-06-01", "2024-05-31", "2024-05-20", "2024-06-25", "否", "王珊"]])
    _sheet(wb, "印章使用登记", ["日期", "印章/证件", "用途", "文件份数", "用印人", "批准人", "归还"], [
        ["2026-07-06", "报关专用章", "手册C0207260018变更申请", 1, "赵磊", "王珊", "✓"],
        ["2026-07-28", "报关专用章", "委托报关协议续签（津港通）", 2, "王珊", "孙卫东", "✓"],
        ["2026-08-19", "海关高级认证企业证书（复印件盖章）", "客户审核提供", 1, "李晓雯", "王珊", "✓"],
        ["2026-09-09", "报关专用章", "情况说明（运单号更正）", 1, "赵磊", "王珊", "✓"],
        ["2026-09-24", "报关专用章", "重新认证申请材料", 3, "王珊", "孙卫东", "✓"]])
    wb.save(path)


def partner_workbook(path: pathlib.Path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    partners = [
        ["天津津港通报关有限公司", "报关企业", "高级认证企业", "2024-03", 92, "准入", "2026-03-12", "信用查询正常；季度差错率0.4%；无安全事件", "现场检查 2026-03-12 王珊"],
        ["天津航捷国际货运代理有限公司", "货运代理", "一般信用", "2023-06", 81, "准入", "2026-04-22", "信用查询正常；仓库封志管理良好；1次延误", "现场检查 2026-04-22 王珊/陈刚（9-08补签）"],
        ["天津顺安物流运输有限公司", "陆路运输", "一般信用", "2022-11", 78, "准入", "2026-05-14", "司机名单更新；车辆GPS在线率99%；无安全事件", "现场检查 2026-05-14 陈刚"],
        ["Aviall Services Inc.", "航材供应商", "境外", "2019-02", 85, "准入", "2026-06-03", "FAA 8130-3文件齐全；C-TPAT成员", "书面问卷"],
        ["厦门某某航材贸易有限公司", "航材供应商", "一般信用", "2026-08", 54, "不予准入", "", "不能提供可追溯文件；仓库无监控", ""],
    ]
    _sheet(wb, "伙伴清单及年度复查", ["名称", "类别", "海关信用等级", "合作起始", "评估得分", "结论", "2026复查日期", "复查结果", "方式/检查人"], partners, {0: 30, 7: 44, 8: 34})
    ev = [["守法合规（30）", "海关信用等级、近2年行政处罚、失信名单", 28, 25, 23],
          ["贸易安全（40）", "场所门禁、监控、封志、司机身份核验、人员背景核查", 36, 32, 31],
          ["资质（30）", "营业执照、报关/货代/道路运输许可、保险", 28, 24, 24],
          ["合计", "", 92, 81, 78],
          ["评估人/日期", "", "王珊 2024-02-26", "王珊 2023-05-30", "王珊/陈刚 2022-10-20"]]
    _sheet(wb, "准入评估", ["评估项", "评估内容", "津港通报关", "航捷货代", "顺安物流"], ev, {0: 18, 1: 44, 2: 18, 3: 18, 4: 20})
    wb.save(path)


# ---------------------------------------------------------------- images
def _font(size, serif=False):
    return ImageFont.truetype(SERIF if serif else SANS, size, index=2)


def scan_cert(lines, title, path, rotate=0.6, seal=True):
    img = Image.new("L", (1240, 1754), 246)
    dr = ImageDraw.Draw(img)
    dr.rectangle([70, 70, 1170, 1684], outline=90, width=6)
    dr.text((620, 230), title, font=_font(64, True), fill=20, anchor="mm")
    y = 420
    for ln in lines:
        dr.text((150, y), ln, font=_font(34, True), fill=25)
        y += 78
    if seal:
        dr.ellipse([780, 1300, 1060, 1580], outline=70, width=8)
        dr.text((920, 1440), "专用章", font=_font(40), fill=70, anchor="mm")
    img = img.rotate(rotate, fillcolor=235, expand=False).filter(ImageFilter.GaussianBlur(0.7))
    img = img.resize((992, 1403))
    return img


def screenshot(path: pathlib.Path):
    img = Image.new("RGB", (1280, 720), (240, 242, 245))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, 1280, 44], fill=(32, 76, 140))
    dr.text((16, 8), "滨航ERP v8.4 — 关务管理 › 报关单综合查询", font=_font(22), fill="white")
    dr.text((20, 60), "查询条件：申报日期 2019-01-01 至 2026-09-11　　业务类型：全部　　结果：4,386 条　　数据保存策略：10年（系统参数 RET_YEARS=10）", font=_font(17), fill=(30, 30, 30))
    cols = ["业务号", "报关单号", "申报日期", "手册号", "状态", "工单", "出库", "复出口", "归档"]
    xs = [20, 170, 390, 520, 680, 790, 930, 1030, 1150]
    for x, c in zip(xs, cols):
        dr.text((x, 100), c, font=_font(17), fill=(0, 0, 0))
    data = [
        ["BH20190300112", "022020190001023458", "2019-03-14", "C0207180044", "已结关", "WO-19-0331", "✓", "✓", "✓"],
        ["BH20210800415", "022020210007781204", "2021-08-02", "C0207200093", "已结关", "WO-21-0807", "✓", "✓", "✓"],
        ["BH20230500226", "022020230004412390", "2023-05-19", "C0207220107", "已核销", "WO-23-0522", "✓", "✓", "✓"],
        ["BH20260901174", "022020260009918876", "2026-09-03", "C0207260018", "已放行", "WO-26-0904", "维修中", "—", "✓"],
        ["BH20260901181", "022020260009930021", "2026-09-08", "C0207260018", "申报中", "—", "—", "—", "—"],
    ]
    for r, row in enumerate(data):
        y = 135 + r * 34
        for x, v in zip(xs, row):
            dr.text((x, y), v, font=_font(16), fill=(40, 40, 40))
    dr.rectangle([20, 330, 1260, 700], outline=(180, 180, 180))
    dr.text((34, 340), "流程跟踪  BH20260901174", font=_font(19), fill=(32, 76, 140))
    steps = ["09-01 接单(客户送修通知)", "09-02 单证复核 赵磊/王珊", "09-03 申报 津港通", "09-03 放行", "09-04 收货检查 陈刚", "09-04 入保税库 B-12-03", "09-05 领料维修 WO-26-0904"]
    for i, s in enumerate(steps):
        dr.text((40, 380 + i * 38), "● " + s, font=_font(17), fill=(30, 30, 30))
    dr.text((700, 380), "⚠ 预警：手册C0207260018 剩余有效期 476 天", font=_font(17), fill=(180, 60, 0))
    dr.text((700, 420), "⚠ 预警：保税件在库超180天 2件", font=_font(17), fill=(180, 60, 0))
    dr.text((700, 660), "用户：zhaolei　2026-09-11 10:15:22", font=_font(15), fill=(90, 90, 90))
    img.save(path, optimize=True)


# ---------------------------------------------------------------- build
def _fix_pdf(path: pathlib.Path) -> None:
    """Same-length replacement of the time stamps and IDs writers put into a PDF (deterministic build)."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:20261001090000", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-10-01T09:00:00", b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
               lambda mm: mm.group(0).replace(mm.group(1), b"A" * len(mm.group(1))).replace(mm.group(2), b"B" * len(mm.group(2))), b)
    b = re.sub(rb"(<rdf:Description[^>]*xmpMM:DocumentID=\")([^\"]*)", lambda mm: mm.group(1) + b"0" * len(mm.group(2)), b)
    b = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda mm: b"/DocChecksum /" + b"0" * len(mm.group(1)), b)
    path.write_bytes(b)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    m = _text()
    src = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        d_manual = out / "01 管理手册"
        d_train = out / "02 培训"
        d_load = out / "03 货物装卸检查"
        d_sec = out / "04 安保巡查"
        d_ia = out / "05 内审与整改"
        d_cert = out / "06 证书"
        d_doc = out / "07 关务单证"
        d_pt = out / "08 商业伙伴"
        d_it = out / "2026资料"
        d_misc = out / "新建文件夹"
        for x in (d_manual, d_train, d_load, d_sec, d_ia, d_cert, d_doc, d_pt, d_it, d_misc):
            x.mkdir(parents=True, exist_ok=True)
        docs = [manual(src, m), audit_report(src)]
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf",
                        "--outdir", str(src)] + [str(p) for p in docs], check=True, capture_output=True, timeout=240)
        shutil.copy(src / "QCM-01 质量与合规管理手册 G7.pdf", d_manual / "QCM-01 质量与合规管理手册 G7.pdf")
        shutil.copy(docs[1], d_ia / "2026年度内部审计报告IA-2026-01.docx")
        tracker_workbook(d_ia / "纠正措施跟踪表QF-11-01.xlsx")
        training_workbook(d_train / "培训矩阵2026.xlsx")
        loading_workbook(d_load / "装卸检查记录QF-16-01（2025.10-2026.09）.xlsx", rng)
        patrol_csv(d_sec / "ACS_Export_巡更及事件_20260701-20260930.csv", rng)
        review_workbook(d_doc / "报关单复核及手册核对2026.xlsx", rng)
        partner_workbook(d_pt / "商业伙伴评估及年度复查2026.xlsx")
        simple_docx(d_pt / "附件2.docx", "委托报关协议（2026年续签）节选", [
            "甲方：天津滨航飞机部件维修有限公司　　乙方：天津津港通报关有限公司　　协议编号：BH-CB-2026-02　　签订日期：2026-07-28",
            "第九条　贸易安全：乙方应按照海关认证企业标准建立并持续完善本企业的贸易安全管理，包括单证安全、人员安全、信息安全；甲方有权每年对乙方进行一次检查，乙方应予配合。",
            "第十条　乙方发现甲方货物或单证存在异常、可疑情况的，应在24小时内通知甲方关务部。",
            "第十一条　乙方海关信用等级下调或受到海关处罚的，应在5个工作日内书面告知甲方。",
            "（以下签章页略）"])
        simple_docx(d_it / "doc12.docx", "管理层声明书", [
            "致：天津海关",
            "本公司及法定代表人刘振华、副总经理孙卫东、副总经理高建平、关务部经理王珊、财务部经理吴芳郑重声明：",
            "一、上述人员近2年内未因故意犯罪受过刑事处罚（各人无犯罪记录证明附后，开具日期2026-09）。",
            "二、本公司及上述人员近2年内未被列入国家失信联合惩戒名单（2026-10-08“信用中国”查询截图附后）。",
            "三、近2年内本公司不存在逾期未缴税款及罚没款、逾期不改正、提供虚假情况、逾期不履行退运销毁义务、瞒报漏报产品风险、拒绝拖延提供资料、转移隐匿篡改毁弃单证、拒不配合执法、保金保函逾期未办、行贿海关人员等情形。",
            "四、本公司在海关的备案信息（名称、地址、法定代表人、经营范围）与实际一致；近2年未发生因产品质量被境外官方通报或客户索赔并经查实属本公司责任的情况。",
            "声明人（签字）：刘振华　　2026年10月9日　（公司盖章）"])
        screenshot(d_it / "截图_ERP报关单查询_20260911.png")
        img = scan_cert(["统一社会信用代码：91120110MA05K8XQ3T", "海关编码：1207960419", "企业名称：天津滨航飞机部件维修有限公司",
                         "企业类别：进出口货物收发货人", "注册地址：天津市东丽区华明高新技术产业区航宇路18号", "法定代表人：刘振华",
                         "备案日期：2009年06月22日", "有效期：长期", "", "中华人民共和国天津海关"], "海关进出口货物收发货人备案回执", None)
        img.save(d_cert / "扫描件001.pdf", "PDF", resolution=150)
        _fix_pdf(d_cert / "扫描件001.pdf")
        _fix_pdf(d_manual / "QCM-01 质量与合规管理手册 G7.pdf")
        img2 = scan_cert(["证书编号：CAAC-145-D-0417", "单位名称：天津滨航飞机部件维修有限公司", "维修类别：部件（起落架、液压、APU附件、客舱设备）",
                          "地址：天津市东丽区航宇路18号", "颁发日期：2024年03月30日", "", "中国民用航空华北地区管理局"], "维修单位许可证", None, rotate=-0.9)
        img2.convert("L").save(d_cert / "IMG_20260314_093015.jpg", quality=60)
        (out / "安全海报文字.txt").write_text(
            "【车间安全海报】\n航材无小事　安全靠大家\n1. 进入车间必须佩戴工牌和护目镜，FOD（外来物）随手捡。\n2. 液压油、清洗剂存放于危险品柜，用后立即归位。\n"
            "3. 消防通道保持畅通，灭火器每月检查。\n4. 发现陌生人员、可疑包裹，请拨打安保值班电话 8110。\n5. 高压测试区非授权人员禁止入内。\n—— 质量部·安全生产委员会 2026年4月\n", encoding="utf-8")
        simple_docx(d_misc / "十月食堂菜单.docx", "职工食堂十月第二周菜谱", [
            "周一：红烧狮子头、清炒油麦菜、西红柿鸡蛋汤", "周二：宫保鸡丁、醋溜白菜、紫菜汤", "周三：天津煎饼果子（早）、糖醋里脊、麻婆豆腐",
            "周四：红烧带鱼、地三鲜、冬瓜汤", "周五：饺子（猪肉白菜/三鲜）", "行政部 2026-10-09"])
        simple_docx(out / "部件维修能力介绍.docx", "滨航维修 — 部件维修能力介绍（市场部）", [
            "我们为国内外航空公司提供A320/B737/A330/B787机型起落架、液压、APU附件和客舱部件的维修、翻修与交换件服务。",
            "平均周转时间（TAT）：液压泵12天，起落架作动筒18天，APU起动机15天。", "资质：CAAC 145、EASA 145、FAA 145。",
            "7×24 AOG响应热线：022-8xxx-0000　市场部：market@binhang-mro.example"])
    finally:
        shutil.rmtree(src, ignore_errors=True)
