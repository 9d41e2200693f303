# -*- coding: utf-8 -*-
"""Held-out bundle ho2-adv-importer-pass: 苏州瑞芯达电子科技有限公司（电子元器件生产型企业，一般贸易进口料件、
出口成品），申请高级认证（进出口货物收发货人），评估日 2026-10-15。"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import pathlib
import random
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NAME = "ho2-adv-importer-pass"
HERE = pathlib.Path(__file__).resolve().parent
RNG = random.Random(NAME)
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _policies():
    spec = importlib.util.spec_from_file_location("ho2_policies", HERE / "policies.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


POL = _policies()
CO = POL.COMPANY

CN = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


# ---------------------------------------------------------------- docx helpers
def _font(run, name="宋体", size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def new_doc(size=12, margins=2.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for s in ("Heading 1", "Heading 2", "Title"):
        hs = d.styles[s]
        hs.font.name = "黑体"
        hs.font.color.rgb = RGBColor(0, 0, 0)
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), "黑体")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return d


def para(d, text, size=None, bold=False, align=None, indent=True, space_after=4, line=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    _font(r, size=size, bold=bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt((size or 12) * 2)
    p.paragraph_format.space_after = Pt(space_after)
    if line:
        p.paragraph_format.line_spacing = line
    return p


def table(d, rows, widths=None, size=10.5, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            _font(r, size=size, bold=(header and i == 0))
            if widths:
                c.width = Cm(widths[j])
    return t


def page_field(paragraph):
    r = paragraph.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._element.append(el)


def signature_block(d, lines):
    for ln in lines:
        para(d, ln, align="r", space_after=2)


# ---------------------------------------------------------------- 管理制度汇编
def build_handbook(path: pathlib.Path, toc_pages: dict | None):
    d = new_doc(size=14, margins=2.6)
    d.styles["Heading 1"].font.size = Pt(18)
    d.styles["Heading 2"].font.size = Pt(14)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(f"{CO}  管理制度汇编（2026版）")
    _font(hr, size=9)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    # 封面
    for _ in range(5):
        para(d, "", indent=False)
    para(d, CO, size=22, bold=True, align="c")
    para(d, "公司管理制度汇编", size=26, bold=True, align="c", space_after=12)
    para(d, "（2026版）", size=18, align="c")
    for _ in range(8):
        para(d, "", indent=False)
    para(d, "文件编号：RXD-HB-2026", size=12, align="c")
    para(d, "编制：关务部　　审核：周海燕（副总经理）　　批准：陈立新（总经理）", size=12, align="c")
    para(d, "发布日期：2025年12月26日　　实施日期：2026年1月1日", size=12, align="c")
    para(d, "受控状态：受控　　分发号：07", size=12, align="c")

    # 目录（静态，页码来自上一次导出）
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "目　　录", size=18, bold=True, align="c", space_after=14)
    para(d, "发布令 " + "…" * 20 + f" {toc_pages.get(0, '') if toc_pages else ''}", indent=False, size=13)
    for i, (title, code, _arts) in enumerate(POL.CHAPTERS, 1):
        pg = toc_pages.get(i, "") if toc_pages else ""
        para(d, f"第{cn_num(i)}章　{title} " + "…" * 8 + f" {pg}", indent=False, size=13, space_after=3)
    para(d, "附录　常用记录表格（样表） " + "…" * 8 + f" {toc_pages.get(99, '') if toc_pages else ''}", indent=False, size=13)

    # 发布令
    h = d.add_heading("发 布 令", level=1)
    h.paragraph_format.page_break_before = True
    para(d, "为适应公司进出口业务规模扩大和海关对认证企业的管理要求，公司于2025年第四季度对原有各项关务、安全及内控管理制度进行了全面梳理和修订，汇编成《公司管理制度汇编（2026版）》，共十八章，现予发布，自2026年1月1日起施行。")
    para(d, "各部门负责人应组织本部门员工学习，严格执行。执行中发现的问题，请书面反馈至关务部，由AEO管理小组统一研究修订。")
    para(d, "本汇编由关务部负责解释。")
    signature_block(d, ["总经理：陈立新", "2025年12月26日"])

    for i, (title, code, arts) in enumerate(POL.CHAPTERS, 1):
        h = d.add_heading(f"第{cn_num(i)}章　{title}", level=1)
        h.paragraph_format.page_break_before = True
        t = table(d, [["文件编号", code, "版本", "C/2"],
                      ["编制部门", _owner(code), "生效日期", "2026-01-01"]],
                  widths=[3, 5, 3, 4], size=10.5, header=False)
        para(d, "", indent=False, space_after=2)
        for k, art in enumerate(arts, 1):
            p = d.add_paragraph()
            r1 = p.add_run(f"第{cn_num(k)}条　")
            _font(r1, bold=True)
            r2 = p.add_run(art)
            _font(r2)
            p.paragraph_format.first_line_indent = Pt(28)
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.line_spacing = 1.6
        p = para(d, f"本{'规定' if title.endswith('规定') else ('预案' if title.endswith('预案') else '办法')}由{_owner(code)}负责解释，自2026年1月1日起施行。", size=12, space_after=2)
        p = para(d, f"（编制：{_owner(code)}　审核：周海燕　批准：陈立新）", size=10.5, align="r")

    # 附录：样表（空白表格，不是执行记录）
    h = d.add_heading("附录　常用记录表格（样表）", level=1)
    h.paragraph_format.page_break_before = True
    d.add_heading("附表1　货柜检查记录（样表）", level=2)
    table(d, [["日期", "柜号", "封号", "前壁", "左侧", "右侧", "地板", "顶板", "柜门", "底盘", "检查人"],
              ["", "", "", "□", "□", "□", "□", "□", "□", "□", ""],
              ["", "", "", "□", "□", "□", "□", "□", "□", "□", ""]], size=9)
    para(d, "", indent=False)
    d.add_heading("附表2　来访人员登记簿（样表）", level=2)
    table(d, [["日期", "姓名", "单位", "证件号后四位", "事由", "被访人", "访客卡号", "进入时间", "离开时间"],
              ["", "", "", "", "", "", "", "", ""], ["", "", "", "", "", "", "", "", ""]], size=9)
    para(d, "", indent=False)
    d.add_heading("附表3　离职交接清单（样表）", level=2)
    table(d, [["姓名", "部门", "最后工作日", "厂牌", "钥匙", "电脑/设备", "系统账号停用", "签字"],
              ["", "", "", "", "", "", "", ""]], size=9)
    d.save(path)


def _owner(code):
    return {"GL": "总经理办公室", "GW": "关务部", "SJ": "审计监察部", "XX": "信息部", "XZ": "行政部",
            "RS": "人力资源部", "CG": "采购部", "WL": "仓储物流部", "AQ": "行政部"}[code.split("-")[1]]


# ---------------------------------------------------------------- workbook
def D(y, m, d):
    return dt.date(y, m, d)


def t_cn(x: dt.date):
    return f"{x.year}年{x.month}月{x.day}日"


def t_dot(x: dt.date):
    return f"{x.year}.{x.month}.{x.day}"


PEOPLE = {
    "陈立新": "总经理（法定代表人）", "周海燕": "副总经理（分管关务）", "王晓婷": "关务经理",
    "刘洋": "关务专员", "赵敏": "关务专员", "孙丽": "财务经理", "钱伟": "仓储物流部经理",
    "郑国强": "行政部经理", "吴昊": "信息部主管", "冯静": "审计监察专员", "何佳": "人力资源部经理",
    "林峰": "采购部经理", "黄斌": "品质部经理", "张涛": "仓管员", "李强": "装柜组长", "邓超": "仓管员",
    "马俊": "保安班长", "胡斌": "保安", "陆文": "保安", "沈佳琪": "仓储文员", "朱磊": "出货检验员",
}


def _hdr(ws, row, widths=None):
    ws.append(row)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def _containers():
    rng = random.Random(NAME + "containers")
    out, day, k = [], D(2025, 10, 8), 0
    n25, n26 = 250800, 260111
    void = None
    while True:
        day += dt.timedelta(days=rng.randint(5, 9))
        if day > D(2026, 10, 12):
            break
        if out and out[-1][0] < D(2026, 9, 18) <= day:
            day = D(2026, 9, 18)
        cno = rng.choice(["TGHU", "MSKU", "OOLU", "CSNU", "TCNU"]) + str(rng.randint(1000000, 9999999))
        if day == D(2026, 9, 18):
            cno = "TGHU8830571"
        kind = rng.choice(["40HQ", "20GP", "40HQ"])
        insp = rng.choice(["李强", "邓超", "张涛"])
        if k == 9:
            out.append((day, cno, "拒收", kind, insp))
            cno = "TCNU" + str(rng.randint(1000000, 9999999))
        if day.year == 2025:
            seal = f"RXD{n25}"; n25 += 1
        else:
            if void is None and day >= D(2026, 5, 25):
                void = (day, f"RXD{n26}"); n26 += 1
            seal = f"RXD{n26}"; n26 += 1
        out.append((day, cno, seal, kind, insp))
        k += 1
    return out, void


CONTAINERS, VOID_SEAL = _containers()
SCAN_SEAL = next(s for d_, c_, s, _k, _i in CONTAINERS if c_ == "TGHU8830571")


def build_workbook(path: pathlib.Path):
    wb = Workbook()
    # 培训签到：日期/课题/讲师合并单元格，日期为真实Excel日期
    ws = wb.active
    ws.title = "培训签到"
    ws.append([f"{CO}  培训签到汇总（2025.10—2026.10）"])
    _hdr(ws, ["培训日期", "培训课题", "讲师", "类别", "序号", "姓名", "岗位", "签到", "测试成绩"],
         [12, 34, 16, 10, 6, 10, 20, 8, 9])
    sessions = [
        (D(2025, 11, 20), "海关法规培训：《海关稽查条例》要点及申报要素规范", "外聘：苏州报关协会 严志刚", "关务法规",
         ["陈立新", "周海燕", "王晓婷", "刘洋", "赵敏", "孙丽", "钱伟"]),
        (D(2026, 3, 5), "海关法规培训：商品归类、原产地规则与认证企业标准解读", "王晓婷", "关务法规",
         ["周海燕", "王晓婷", "刘洋", "赵敏", "孙丽", "林峰", "黄斌"]),
        (D(2026, 4, 22), "供应链安全培训：七点检柜、铅封管理、来访人员管控与可疑情况报告", "钱伟、郑国强", "供应链安全",
         ["周海燕", "钱伟", "郑国强", "张涛", "李强", "邓超", "沈佳琪", "马俊", "胡斌", "陆文", "刘洋"]),
        (D(2026, 6, 12), "危机管理培训及应急演练：火灾疏散、货物被盗、铅封异常报告", "郑国强", "应急管理",
         ["周海燕", "郑国强", "钱伟", "王晓婷", "张涛", "李强", "邓超", "马俊", "胡斌", "陆文", "吴昊", "朱磊"]),
        (D(2026, 7, 16), "海关法规培训：企业信用管理新规、主动披露与信用修复", "外聘：海关政策宣讲 志愿讲师 顾明", "关务法规",
         ["陈立新", "周海燕", "王晓婷", "刘洋", "赵敏", "孙丽", "冯静", "钱伟"]),
    ]
    for date, topic, teacher, kind, names in sessions:
        start = ws.max_row + 1
        for k, n in enumerate(names, 1):
            score = RNG.choice([88, 90, 92, 95, 85, 96]) if PEOPLE[n] in ("关务专员",) else ""
            ws.append([date if k == 1 else None, topic if k == 1 else None, teacher if k == 1 else None,
                       kind if k == 1 else None, k, n, PEOPLE[n], "√", score])
        end = ws.max_row
        for col in "ABCD":
            ws.merge_cells(f"{col}{start}:{col}{end}")
            ws[f"{col}{start}"].alignment = Alignment(vertical="center", wrap_text=True)
        ws[f"A{start}"].number_format = "yyyy-mm-dd"
    ws.append([])
    ws.append(["注：2026年3月5日陈立新总经理出差（深圳客户审厂），按制度参加7月16日培训；2025年上半年签到见2025年度记录。"])

    # 单证复核（文本日期 2026年3月5日）
    ws = wb.create_sheet("单证复核")
    _hdr(ws, ["复核日期", "委托编号/报关单号", "进/出", "制单人", "复核人", "复核项目", "发现问题", "处理结果"],
         [14, 22, 6, 8, 8, 44, 30, 24])
    items = "价格/成交方式、归类、原产地、数量单位、品名规格、境外收发货人、包装件数、存放地点、运输路线、储存条件、唛头标签"
    issues = [("", "无"), ("规格型号漏填电感值", "退回制单人补正后放行"), ("", "无"), ("原产地应为日本，发票写马来西亚", "核对原产地证后更正"),
              ("", "无"), ("", "无"), ("包装种类应为纸箱，误选托盘", "更正后申报"), ("", "无"), ("", "无"),
              ("运费未计入完税价格（CFR误按FOB）", "退回，重算完税价格"), ("", "无"), ("", "无")]
    day = D(2025, 10, 20)
    for k in range(26):
        day += dt.timedelta(days=RNG.randint(9, 16))
        if day > D(2026, 10, 9):
            break
        io_ = RNG.choice(["进", "出", "进"])
        maker, checker = ("刘洋", "赵敏") if k % 3 else ("赵敏", "王晓婷")
        iss, res = issues[k % len(issues)]
        ws.append([t_cn(day), f"2232{day.year}{RNG.randint(10, 99)}{RNG.randint(100000, 999999)}", io_, maker, checker,
                   items, iss or "无", res])
    ws.append(["2026年5月18日", "223220261000456721（已申报）", "进", "刘洋", "王晓婷", "申报后发现",
               "归类错误：8504.50误报8504.40，海关审单要求改正", "周海燕组织修改报关单，补缴税款，见稽核发现F2026-04"])

    # 货柜检查（文本日期 2026.3.5）
    ws = wb.create_sheet("货柜检查")
    _hdr(ws, ["装柜日期", "柜号", "柜型", "封号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门及锁", "外部/底盘",
              "异味/夹层", "结论", "监装员", "备注"], [11, 14, 6, 12, 5, 5, 5, 5, 5, 8, 8, 7, 6, 8, 22])
    for k, (day, cno, seal, kind, inspector) in enumerate(CONTAINERS):
        if seal == "拒收":
            ws.append([t_dot(day), cno, kind, "—", "√", "√", "√", "×", "√", "√", "√", "无", "拒收", inspector,
                       "地板有破洞约5cm，拒收，通知货代更换"])
        else:
            ws.append([t_dot(day), cno, kind, seal, "√", "√", "√", "√", "√", "√", "√", "无", "合格", inspector, ""])
    seals = [(d_, c_, s_) for d_, c_, s_, _k, _i in CONTAINERS if s_ != "拒收"]

    # 铅封台账
    ws = wb.create_sheet("铅封台账")
    ws.append(["ISO 17712 H级螺栓封  供应商：宁波安途封条有限公司  2025年8月入库 RXD250780—RXD250879；2026年1月8日入库 RXD260100—RXD260199（各100枚），存放：仓储物流部经理室文件柜（上锁）"])
    _hdr(ws, ["领用日期", "封号", "柜号", "领用人", "发放人", "施封复核", "状态", "备注"], [11, 12, 14, 8, 10, 8, 8, 26])
    for day, cno, seal in seals:
        if seal == VOID_SEAL[1]:
            continue
        if day == VOID_SEAL[0]:
            ws.append([t_dot(day), VOID_SEAL[1], cno, "邓超", "沈佳琪", "—", "作废", "施封时螺栓变形，实物留存，改用下一枚"])
        ws.append([t_dot(day), seal, cno, RNG.choice(["李强", "邓超"]), "沈佳琪", "√", "已施封", ""])
    ws.append(["2026.8.3", "进口柜 MSKU7713420", "提单封号 ML-CN4471205", "张涛", "—", "—", "异常",
               "到厂封号为ML-CN4471250与提单不符，停止开柜，当日报告海关，见附件2"])

    # 来访登记（文本日期）
    ws = wb.create_sheet("来访登记")
    _hdr(ws, ["日期", "姓名", "单位", "证件类型", "证件号后四位", "事由", "被访人", "访客卡号", "陪同人", "车牌", "停车区",
              "进入", "离开", "门卫"], [14, 8, 20, 8, 8, 12, 8, 8, 8, 10, 8, 6, 6, 6])
    visitors = [("赵建国", "苏州顺安物流有限公司", "业务对接", "钱伟"), ("Tanaka K.", "村田电子（日本）", "供应商审核", "黄斌"),
                ("孙海", "吴中区消防大队", "消防检查", "郑国强"), ("李梅", "上海德锐电子", "客户来访", "周海燕"),
                ("王磊", "苏州联讯报关有限公司", "单证核对", "王晓婷"), ("陈晨", "个人", "应聘面试", "何佳"),
                ("Park J.", "Samsung EM 韩国", "客户审厂", "周海燕"), ("吴斌", "昆山恒通叉车维修", "设备维修", "钱伟")]
    day = D(2025, 10, 10)
    for k in range(34):
        day += dt.timedelta(days=RNG.randint(5, 13))
        if day > D(2026, 10, 13):
            break
        n, u, why, host = visitors[k % len(visitors)]
        idt = "护照" if n[0].isascii() else "身份证"
        car = RNG.choice(["苏E·" + str(RNG.randint(10000, 99999)), "—", "沪A·" + str(RNG.randint(10000, 99999))])
        ws.append([t_cn(day), n, u, idt, str(RNG.randint(1000, 9999)), why, host, f"V{RNG.randint(1, 20):02d}",
                   host, car, "访客P区" if car != "—" else "—", f"{RNG.randint(8, 14)}:{RNG.randint(10, 59)}",
                   f"{RNG.randint(15, 17)}:{RNG.randint(10, 59)}", RNG.choice(["马俊", "胡斌", "陆文"])])

    # 钥匙交接（真实日期）
    ws = wb.create_sheet("钥匙交接")
    _hdr(ws, ["日期", "钥匙编号", "钥匙名称", "事项", "领用/交出人", "接收人", "备注"], [12, 10, 22, 8, 12, 10, 24])
    keys = [("K-01", "成品仓卷帘门"), ("K-02", "原料仓卷帘门"), ("K-05", "关务档案室"), ("K-07", "服务器机房"),
            ("K-09", "物流门挂锁"), ("K-12", "铅封文件柜")]
    rows = [(D(2025, 11, 3), 0, "领用", "张涛", "郑国强", ""), (D(2025, 12, 15), 4, "交接", "马俊", "陆文", "班组调整"),
            (D(2026, 1, 8), 5, "领用", "钱伟", "郑国强", "新文件柜"), (D(2026, 2, 20), 1, "归还", "邓超", "郑国强", "调岗"),
            (D(2026, 2, 20), 1, "领用", "张涛", "郑国强", ""), (D(2026, 4, 2), 3, "临时借用", "外包工程师（吴昊陪同）", "吴昊", "当日归还"),
            (D(2026, 6, 30), 2, "交接", "赵敏", "王晓婷", "休产假"), (D(2026, 9, 1), 2, "归还", "王晓婷", "赵敏", "返岗")]
    for r in rows:
        ws.append([r[0], keys[r[1]][0], keys[r[1]][1], r[2], r[3], r[4], r[5]])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"

    # 车辆检查（文本日期 2026.3.5）
    ws = wb.create_sheet("车辆检查")
    _hdr(ws, ["日期", "车牌", "承运单位", "司机", "身份证核对", "驾驶证核对", "驾驶室", "车厢四壁", "底板/底盘", "顶部",
              "检查结论", "保安", "仓管员"], [10, 12, 18, 8, 9, 9, 7, 7, 8, 6, 8, 6, 7])
    for day, cno, seal in seals:
        ws.append([t_dot(day), "苏E·" + str(RNG.randint(10000, 99999)) + "挂", "苏州顺安物流有限公司",
                   RNG.choice(["王师傅（王建平）", "刘文军", "蒋伟"]), "一致", "一致", "√", "√", "√", "√", "正常",
                   RNG.choice(["马俊", "胡斌"]), RNG.choice(["李强", "邓超"])])

    # 收发货核对
    ws = wb.create_sheet("收发货核对")
    _hdr(ws, ["日期", "单号", "收/发", "品名料号", "应收/应发件数", "实收/实发件数", "毛重kg", "标签", "外包装", "差异",
              "仓管员", "交接方签字"], [10, 14, 6, 22, 9, 9, 8, 6, 6, 18, 7, 10])
    day = D(2025, 10, 12)
    mats_in = ["铁氧体磁芯 FC-3020", "漆包铜线 0.12mm", "银电极浆料 AG-55", "端子排 TB-08"]
    mats_out = ["贴片电感 RXP0630-4R7", "功率电感 RXD1265-100", "共模电感 RXC2010-501"]
    for k in range(30):
        day += dt.timedelta(days=RNG.randint(7, 12))
        if day > D(2026, 10, 10):
            break
        n = RNG.randint(40, 320)
        diff, real = "无", n
        if k == 13:
            real, diff = n - 3, "短少3箱，已填货物差异报告GD-2026-03，通知供应商补发"
        ws.append([t_dot(day), f"{'RK' if k % 2 else 'CK'}{day.strftime('%y%m%d')}{k:02d}", "收" if k % 2 else "发",
                   (mats_in if k % 2 else mats_out)[k % 3], n, real, round(n * 12.5, 1), "符", "完好", diff, RNG.choice(["张涛", "邓超"]),
                   "司机签字" if k % 2 else "监装员李强"])

    # IT备份（真实日期）
    ws = wb.create_sheet("IT备份")
    _hdr(ws, ["日期", "系统", "类型", "结果", "异地副本", "恢复测试", "执行人", "备注"], [12, 16, 8, 6, 8, 8, 6, 30])
    day = D(2025, 10, 5)
    for k in range(54):
        day += dt.timedelta(days=7)
        if day > D(2026, 10, 11):
            break
        rt = "通过" if day.month in (1, 4, 7, 10) and day.day <= 7 else ""
        ws.append([day, "ERP+睿关通", "全量", "成功", "已同步", rt, "吴昊", "恢复测试：抽查2023年3月报关单可正常调阅" if rt else ""])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
    ws.append([D(2026, 3, 2), "防病毒", "病毒库", "成功", "—", "", "吴昊", "终端128台，病毒库自动更新率100%"])
    ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
    ws.append([D(2026, 9, 28), "账号复核", "季度", "完成", "—", "", "吴昊", "停用离职账号3个（李晨、宋雨、钟一鸣），无异常登录"])
    ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"

    # 稽核发现及整改（文本日期）
    ws = wb.create_sheet("稽核发现及整改")
    _hdr(ws, ["编号", "来源", "发现日期", "问题描述", "责任部门", "整改措施", "期限", "状态", "验证人", "关闭签字"],
         [10, 14, 14, 40, 10, 36, 14, 8, 8, 10])
    rows = [
        ("F2025-01", "2025年度内部稽核", "2025年12月12日", "2025年8月两份复核记录缺复核人签名", "关务部",
         "补签并在系统中设置复核人必填", "2026年1月15日", "已关闭", "冯静", "周海燕"),
        ("F2025-02", "2025年度内部稽核", "2025年12月12日", "西侧围墙2号摄像头夜间画面模糊", "行政部",
         "更换为红外摄像头", "2026年1月10日", "已关闭", "冯静", "周海燕"),
        ("F2025-03", "2025年度内部稽核", "2025年12月12日", "离职员工宋雨厂牌回收后门禁未及时注销（延迟2天）", "人力资源部",
         "离职交接清单增加门禁注销确认栏", "2026年1月31日", "已关闭", "冯静", "周海燕"),
        ("F2026-04", "海关审单要求改正", "2026年5月18日", "进口功率电感磁芯归类错误（8504.50误报8504.40）", "关务部",
         "分管副总组织修改报关单、补缴税款；更新归类库并对关务专员专题培训", "2026年6月15日", "已关闭", "王晓婷", "周海燕"),
        ("F2026-05", "2026年8月专项稽核", "2026年8月27日", "信息安全年度培训未按计划开展（计划6月）", "信息部",
         "2026年11月底前组织全员信息安全培训", "2026年11月30日", "进行中", "", ""),
        ("F2026-06", "2026年8月专项稽核", "2026年8月27日", "商业伙伴年度复评仅完成4家，货代、车队等5家未复评", "采购部/仓储物流部",
         "9月底前完成剩余复评", "2026年10月31日", "进行中", "", ""),
    ]
    for r in rows:
        ws.append(list(r))

    # 员工名册（真实日期），截取敏感岗位
    ws = wb.create_sheet("员工名册")
    _hdr(ws, ["工号", "姓名", "部门", "岗位", "入职日期", "背景核查", "无犯罪记录证明", "状态", "离职日期"],
         [8, 8, 12, 14, 12, 24, 14, 6, 12])
    staff = [("R0001", "陈立新", "总经理办", "总经理", D(2012, 5, 2)), ("R0008", "周海燕", "总经理办", "副总经理", D(2013, 3, 1)),
             ("R0031", "王晓婷", "关务部", "关务经理", D(2016, 7, 11)), ("R0102", "刘洋", "关务部", "关务专员", D(2019, 4, 8)),
             ("R0145", "赵敏", "关务部", "关务专员", D(2021, 9, 1)), ("R0040", "钱伟", "仓储物流部", "经理", D(2015, 2, 16)),
             ("R0066", "郑国强", "行政部", "经理", D(2017, 6, 5)), ("R0120", "吴昊", "信息部", "主管", D(2020, 3, 2)),
             ("R0130", "冯静", "审计监察部", "专员", D(2020, 10, 12)), ("R0201", "张涛", "仓储物流部", "仓管员", D(2022, 8, 1)),
             ("R0233", "邓超", "仓储物流部", "仓管员", D(2023, 5, 15)), ("R0188", "李强", "仓储物流部", "装柜组长", D(2021, 11, 1)),
             ("R0240", "马俊", "行政部", "保安班长", D(2023, 9, 4)), ("R0251", "陆文", "行政部", "保安", D(2024, 6, 17))]
    for s in staff:
        ws.append(list(s) + ["身份证、学历、工作经历已核实", "已提交", "在职", None])
    new = [("R0318", "胡斌", "行政部", "保安", D(2025, 11, 17), "身份证核验；原单位吴中保安公司电话背调", "已提交（吴中公安）", "在职", None),
           ("R0322", "沈佳琪", "仓储物流部", "仓储文员", D(2026, 1, 5), "身份证核验；前雇主苏州佳利电子背调", "已提交", "在职", None),
           ("R0329", "朱磊", "品质部", "出货检验员", D(2026, 3, 16), "身份证、学历核验；前雇主背调", "非敏感岗位免提交", "在职", None),
           ("R0335", "唐悦", "关务部", "关务助理（实习转正）", D(2026, 7, 1), "身份证、学历核验；实习期表现", "已提交", "在职", None),
           ("R0214", "宋雨", "仓储物流部", "叉车工", D(2022, 3, 1), "已核实", "已提交", "离职", D(2025, 12, 5)),
           ("R0190", "李晨", "行政部", "保安", D(2021, 12, 1), "已核实", "已提交", "离职", D(2026, 6, 30)),
           ("R0266", "钟一鸣", "信息部", "桌面运维", D(2024, 2, 19), "已核实", "已提交", "离职", D(2026, 9, 18))]
    for s in new:
        ws.append(list(s))
    for r in ws.iter_rows(min_row=2):
        for c in (r[4], r[8]):
            c.number_format = "yyyy-mm-dd"
    ws.append([])
    ws.append(["更新：何佳（人力资源部经理）2026-10-09；本表为敏感岗位及管理人员摘录，全员名册见HR系统"])

    # 离职交接
    ws = wb.create_sheet("离职交接")
    _hdr(ws, ["姓名", "部门", "最后工作日", "厂牌", "钥匙", "电脑/设备", "门禁注销", "系统账号停用", "部门签字", "HR", "IT"],
         [8, 12, 14, 6, 8, 10, 12, 12, 8, 6, 6])
    ws.append(["宋雨", "仓储物流部", "2025-12-05", "已收回", "无", "无", "2025-12-07（延迟）", "无账号", "钱伟", "何佳", "—"])
    ws.append(["李晨", "行政部", "2026-06-30", "已收回", "交回K-09备用", "对讲机已收回", "2026-06-30", "无账号", "郑国强", "何佳", "—"])
    ws.append(["钟一鸣", "信息部", "2026-09-18", "已收回", "K-07已收回", "笔记本RXD-NB-077已收回", "2026-09-18", "2026-09-18 AD/ERP/VPN已停用", "吴昊", "何佳", "吴昊"])

    # 厂牌及门禁权限
    ws = wb.create_sheet("厂牌门禁")
    _hdr(ws, ["日期", "姓名", "事项", "厂牌号", "门禁区域", "审批人", "经办"], [12, 8, 8, 8, 34, 8, 8])
    for r in [("2025-11-17", "胡斌", "发放", "C0318", "主大门、物流门、门卫室监控中心", "郑国强", "何佳"),
              ("2025-12-05", "宋雨", "回收", "C0214", "注销", "钱伟", "何佳"),
              ("2026-01-05", "沈佳琪", "发放", "C0322", "办公楼、成品仓、原料仓", "钱伟", "何佳"),
              ("2026-03-16", "朱磊", "发放", "C0329", "办公楼、成品仓（出货区）", "黄斌", "何佳"),
              ("2026-06-30", "李晨", "回收", "C0190", "注销", "郑国强", "何佳"),
              ("2026-07-01", "唐悦", "发放", "C0335", "办公楼、关务档案室", "王晓婷", "何佳"),
              ("2026-09-18", "钟一鸣", "回收", "C0266", "注销（含机房）", "吴昊", "何佳")]:
        ws.append(list(r))

    # 安防巡检
    ws = wb.create_sheet("安防巡检")
    _hdr(ws, ["检查日期", "检查项目", "检查结果", "问题及维修", "检查人"], [12, 30, 30, 36, 8])
    months = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5), (2026, 6),
              (2026, 7), (2026, 8), (2026, 9)]
    for y, m in months:
        ws.append([f"{y}/{m}/28", "照明（出入口、装卸区、仓库、围墙、停车场）", "正常",
                   "物流门北侧灯杆1盏损坏，3日内更换" if (y, m) == (2026, 2) else "", "郑国强"])
        ws.append([f"{y}/{m}/28", "监控46路及录像保存天数", "在线46/46，保存天数92天" if (y, m) != (2025, 11) else "在线45/46", 
                   "西围墙2号夜间模糊，已报修（见F2025-02）" if (y, m) == (2025, 11) else "", "郑国强"])
        if m in (3, 6, 9, 12):
            ws.append([f"{y}/{m}/28", "建筑物、围墙、刺网、门窗、卷帘门季度检查", "完好" if (y, m) != (2026, 6) else "原料仓卷帘门底部锁扣松动",
                       "6月30日更换锁扣（苏州安固门业）" if (y, m) == (2026, 6) else "", "郑国强、钱伟"])
    ws.append(["2026/4/9", "可疑人员处置", "夜间23:40西侧围墙外有人徘徊", "保安陆文上前询问，系附近工地人员寻找车辆，登记后离开；已通报行政部", "马俊"])

    # 伙伴评估
    ws = wb.create_sheet("伙伴评估")
    _hdr(ws, ["伙伴名称", "类别", "海关信用/AEO", "首次评估日期", "首次得分", "2026年度复评日期", "复评方式", "复评结论", "评估人"],
         [26, 10, 14, 12, 8, 14, 10, 10, 10])
    partners = [
        ("村田电子（日本）株式会社", "境外供应商", "日本AEO", "2019-05-10", 92, "2026-07-20", "问卷+AEO证书", "合格", "林峰"),
        ("TDK Electronics (Malaysia)", "境外供应商", "—", "2021-03-18", 85, "2026-07-22", "问卷", "合格", "林峰"),
        ("Samsung Electro-Mechanics", "境外客户", "韩国AEO", "2020-09-01", 90, "2026-08-05", "AEO证书", "合格", "周海燕"),
        ("德国 Würth Elektronik eiSos", "境外客户", "EU AEO", "2022-02-14", 88, "2026-08-11", "AEO证书", "合格", "周海燕"),
        ("苏州联讯报关有限公司", "报关行", "高级认证", "2018-11-20", 95, "", "", "待复评", "王晓婷"),
        ("苏州顺安物流有限公司", "运输车队", "一般信用", "2020-06-03", 78, "", "", "待复评", "钱伟"),
        ("上海远畅国际货运代理有限公司", "货运代理", "一般信用", "2021-08-16", 80, "", "", "待复评", "钱伟"),
        ("宁波安途封条有限公司", "封条供应商", "—", "2023-12-20", 82, "", "", "待复评", "钱伟"),
        ("东莞精密磁材有限公司", "境内供应商", "—", "2024-04-09", 76, "", "", "待复评", "林峰"),
    ]
    for p in partners:
        ws.append(list(p))
    ws.append([])
    ws.append(["截至2026年10月9日：应复评9家，已完成4家（见稽核发现F2026-06）"])

    # 印章使用
    ws = wb.create_sheet("印章使用")
    _hdr(ws, ["日期", "印章", "文件名称", "份数", "用章人", "批准人"], [12, 12, 36, 6, 8, 8])
    for r in [("2025-11-06", "报关专用章", "代理报关委托书（联讯报关 年度）", 2, "刘洋", "王晓婷"),
              ("2026-01-12", "合同章", "物流服务合同（苏州顺安）", 2, "钱伟", "周海燕"),
              ("2026-03-20", "报关专用章", "海关注册信息变更申请（地址门牌号更正）", 1, "王晓婷", "周海燕"),
              ("2026-05-20", "报关专用章", "报关单修改申请（223220261000456721）", 1, "王晓婷", "周海燕"),
              ("2026-08-04", "报关专用章", "铅封异常情况报告（致吴中海关）", 1, "王晓婷", "周海燕")]:
        ws.append(list(r))

    # 认证档案目录
    ws = wb.create_sheet("认证档案目录")
    _hdr(ws, ["盒号", "内容", "对应标准项", "更新日期", "维护人"], [8, 40, 20, 12, 8])
    for r in [("A01", "管理制度汇编2026版（受控本）", "内部控制/贸易安全", "2026-01-05", "唐悦"),
              ("A02", "培训计划、签到表、课件", "海关业务培训/安全培训", "2026-07-20", "唐悦"),
              ("A03", "内部稽核报告及整改跟踪", "内审制度/改进机制", "2026-09-02", "唐悦"),
              ("A04", "货柜检查、铅封台账、车辆检查", "集装箱/运输工具安全", "2026-09-02", "唐悦"),
              ("A05", "审计报告、纳税资料", "财务状况", "2026-04-10", "唐悦"),
              ("A06", "商业伙伴评估表及合同", "商业伙伴安全", "2026-08-15", "唐悦")]:
        ws.append(list(r))
    wb.save(path)


# ---------------------------------------------------------------- other Word documents
def doc_audit_2026(path):
    d = new_doc()
    para(d, f"{CO}", size=14, bold=True, align="c")
    para(d, "2026年度专项内部稽核报告", size=16, bold=True, align="c")
    para(d, "报告编号：SJ-2026-02　　稽核期间：2026年8月17日—8月26日　　报告日期：2026年8月31日", align="c", size=10.5)
    d.add_heading("一、稽核目的与范围", level=2)
    para(d, "为迎接海关高级认证，审计监察部按《内部稽核管理办法》对2025年12月至2026年7月进出口活动及供应链安全各项要求的执行情况进行专项稽核。范围包括：关务培训、单证复核、档案与印章、信息系统与信息安全、厂区安全、人员及访客、商业伙伴、货物收发、货柜与铅封、运输车辆、应急管理。")
    d.add_heading("二、稽核方法", level=2)
    para(d, "查阅制度和记录；抽取进出口报关单40票核对复核记录与归档情况；现场查看门卫、仓库、货柜待装区、机房；访谈关务专员、仓管员、保安共9人；抽查监控录像保存天数。")
    d.add_heading("三、稽核结论", level=2)
    para(d, "总体评价：各项制度基本得到执行。抽查40票报关单均有复核记录且制单、复核分离；货柜检查记录完整、封号与单证一致；访客登记均查验证件并发放访客卡；上次稽核3项发现已全部关闭。")
    d.add_heading("四、稽核发现", level=2)
    table(d, [["编号", "发现", "风险", "责任人", "期限"],
              ["F2026-05", "信息部年度信息安全培训计划于6月开展，实际未开展，新员工仅签署保密承诺", "中", "吴昊", "2026-11-30"],
              ["F2026-06", "商业伙伴年度复评完成4家（境外供应商2家、境外客户2家），报关行、车队、货代、封条供应商、境内供应商共5家未复评", "中", "林峰、钱伟", "2026-10-31"]],
          widths=[2.2, 8.5, 1.2, 2.2, 2.4])
    para(d, "")
    para(d, "另：2026年5月海关审单要求改正的归类问题（F2026-04）已由周海燕副总组织整改完毕，本次稽核验证有效。")
    signature_block(d, ["稽核人：冯静（审计监察部）", "审阅：周海燕（副总经理）　　批准：陈立新（总经理）", "2026年8月31日"])
    d.save(path)


def doc_audit_2025(path):
    d = new_doc()
    para(d, f"{CO}", size=14, bold=True, align="c")
    para(d, "2025年度内部稽核报告（进出口及AEO）", size=16, bold=True, align="c")
    para(d, "报告编号：SJ-2025-01　　现场稽核：2025年12月3日—12月10日　　报告日期：2025年12月12日", align="c", size=10.5)
    para(d, "一、范围：2025年1月至11月进出口活动，包括关务培训、单证复核、档案、信息系统、厂区安全、人员、商业伙伴、货物货柜、车辆、应急各项。")
    para(d, "二、方法：抽查报关单60票、货柜检查记录30份、访客登记3个月、离职交接5人；现场查看围墙、照明、监控。")
    para(d, "三、发现：F2025-01 2025年8月两份复核记录缺复核人签名；F2025-02 西侧围墙2号摄像头夜间画面模糊；F2025-03 离职员工宋雨门禁注销延迟2天。均已录入整改跟踪表，限期整改。")
    para(d, "四、结论：公司进出口活动总体受控，制度执行情况良好，上述问题属个别执行偏差。")
    signature_block(d, ["稽核人：冯静　　审阅：周海燕　　批准：陈立新", "2025年12月12日"])
    d.save(path)


def doc_emergency(path):
    d = new_doc()
    para(d, "附件2", indent=False, bold=True)
    para(d, "应急演练报告及异常事件报告", size=16, bold=True, align="c")
    d.add_heading("一、2026年度综合应急演练报告", level=2)
    para(d, "演练时间：2026年6月12日14:00—15:30。地点：成品仓及货柜待装区。组织：行政部郑国强；总指挥：周海燕副总经理。参加人员：仓储物流部、门卫班组、关务部、信息部共46人。")
    para(d, "演练科目：（1）成品仓火情报警、人员疏散和初期灭火；（2）货柜待装区发现封条被破坏、疑似货物被调包的报告与处置；（3）机房停电后ERP切换备用电源。")
    para(d, "演练过程：14:02仓管员发现烟雾按下手报，监控中心3分钟内通知指挥组，全部人员6分40秒疏散到集合点并清点人数；14:40模拟保安巡查发现TCNU货柜封条断裂，立即封控现场、调取录像、报告关务经理，关务经理按预案模拟向海关报告；15:10信息部完成电源切换，系统无数据丢失。")
    para(d, "问题与改进：集合点清点用时偏长，行政部已于6月20日制作部门人员卡并更新疏散图。")
    signature_block(d, ["编写：郑国强　　审核：周海燕", "2026年6月16日"])
    d.add_heading("二、进口货柜铅封异常事件报告", level=2)
    para(d, "事件时间：2026年8月3日10:20。进口货柜MSKU7713420（村田电子供货，磁芯及电极材料）到厂后，仓管员张涛开柜前核对封号，发现实际封号ML-CN4471250与提单记载ML-CN4471205不一致，封条外观完好。")
    para(d, "处置：张涛立即停止开柜，报告钱伟经理和王晓婷经理；货柜留置在货柜待装区并由保安看守，拍照留存。王晓婷于当日11:05电话报告吴中海关查验科，12:30提交书面《铅封异常情况报告》（加盖报关专用章）。海关于8月4日派员到厂监督开柜，货物品名、数量与申报一致；经船公司确认系提单录入封号笔误，出具更正函。")
    para(d, "影响：货物延迟一天入库，对生产无影响。改进：要求货代在提单确认环节核对封号，已于8月10日书面通知上海远畅国际货运代理有限公司。")
    signature_block(d, ["报告人：王晓婷（关务经理）　　审核：周海燕", "2026年8月5日"])
    d.save(path)


def doc_contract(path):
    d = new_doc()
    para(d, "物流运输服务合同（节选）", size=16, bold=True, align="c")
    para(d, "合同编号：RXD-WL-2026-003", align="c", size=10.5)
    para(d, f"甲方：{CO}　　乙方：苏州顺安物流有限公司", indent=False)
    para(d, "……（第一条至第七条 运输范围、运价、结算，略）", indent=False)
    para(d, "第八条　供应链安全要求", bold=True, indent=False)
    para(d, "8.1 乙方应参照海关认证企业标准建立并持续完善车辆、司机、货物和信息安全管理，配合甲方的年度安全评估和现场检查，并在甲方要求时提供相关记录。")
    para(d, "8.2 乙方应于每次派车前一天将车牌号、司机姓名及身份证号报甲方仓储物流部；未经报备的车辆和司机甲方有权拒绝装卸。")
    para(d, "8.3 乙方车辆在运输途中不得擅自开启铅封、不得绕行或在非指定地点停留，发现封条异常或货物被盗应立即通知甲方并报警。")
    para(d, "8.4 乙方被海关降低信用等级、受到行政处罚或发生货物安全事件的，应在三日内书面告知甲方。乙方违反本条约定的，甲方有权解除合同。")
    para(d, "第九条　合同期限：2026年1月1日至2026年12月31日。", indent=False)
    signature_block(d, ["甲方（盖章）：苏州瑞芯达电子科技有限公司　　代表：周海燕",
                        "乙方（盖章）：苏州顺安物流有限公司　　代表：顾卫东", "签订日期：2026年1月12日"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "代理报关委托协议（节选）——安全与合规条款", size=14, bold=True, align="c")
    para(d, "甲方：苏州瑞芯达电子科技有限公司　　乙方：苏州联讯报关有限公司　　协议期：2025年11月1日—2026年10月31日", indent=False)
    para(d, "第五条　乙方应保持海关高级认证资格，保证报关数据传输和单证保管安全；报关单草单须经甲方复核人确认后方可申报；乙方应配合甲方按海关认证标准开展的合作伙伴评估。")
    signature_block(d, ["甲方：王晓婷（关务经理）　乙方：王磊", "2025年11月6日"])
    d.save(path)


def doc_legal(path):
    d = new_doc()
    para(d, "管理层及关务人员无犯罪记录情况声明", size=16, bold=True, align="c")
    para(d, f"本公司{CO}（统一社会信用代码91320506MA1XXXX7R2，海关编码3205961ABC）郑重声明：下列人员近两年内未因故意犯罪受过刑事处罚，各人员户籍地或居住地公安机关出具的无犯罪记录证明原件已收集存档（档案盒A07）。")
    table(d, [["姓名", "职务", "证明出具机关", "证明编号", "出具日期"],
              ["陈立新", "法定代表人、总经理", "苏州市公安局吴中分局", "苏公吴证〔2026〕0913号", "2026-09-14"],
              ["周海燕", "副总经理（分管关务及贸易安全）", "苏州市公安局吴中分局", "苏公吴证〔2026〕0914号", "2026-09-14"],
              ["王晓婷", "关务经理（关务负责人）", "苏州市公安局姑苏分局", "苏公姑证〔2026〕2207号", "2026-09-16"],
              ["孙丽", "财务经理", "苏州市公安局工业园区分局", "苏园公证〔2026〕1185号", "2026-09-17"]],
          widths=[2, 5, 4.5, 4, 2.5])
    signature_block(d, ["声明单位（盖章）：苏州瑞芯达电子科技有限公司", "法定代表人签字：陈立新", "2026年9月20日"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "海关注册信息核对表", size=16, bold=True, align="c")
    para(d, "核对日期：2026年9月22日　核对人：王晓婷　复核人：周海燕", align="c", size=10.5)
    table(d, [["项目", "海关注册登记信息（单一窗口）", "实际情况（营业执照等）", "一致"],
              ["企业名称", CO, CO, "是"],
              ["统一社会信用代码", "91320506MA1XXXX7R2", "91320506MA1XXXX7R2", "是"],
              ["注册地址", "苏州市吴中经济开发区郭巷街道淞苇路1688号", "同左（2026年3月已更正门牌号）", "是"],
              ["法定代表人", "陈立新", "陈立新", "是"],
              ["经营类别", "进出口货物收发货人", "进出口货物收发货人", "是"],
              ["关务负责人/联系人", "王晓婷 0512-6588XXXX", "王晓婷", "是"]], widths=[3.5, 5.5, 5.5, 1.5])
    para(d, "说明：2026年3月发现注册地址门牌号与营业执照不一致（1686号/1688号），已于3月20日向海关申请变更，3月24日完成。", size=10.5)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "守法合规自查情况说明", size=16, bold=True, align="c")
    para(d, "经关务部、财务部对照海关执法信息和公司账务自查（2024年10月—2026年9月）：公司无海关行政处罚、无检验检疫处罚；无超过法定缴款期限未缴纳的税款及罚没款；无海关责令限期改正而逾期未改的情形（2026年5月审单要求改正的归类问题已于期限内改正）；未向海关提供虚假情况；无逾期不履行退运、销毁义务的情形；未拒绝或拖延提供账簿单证；未转移、隐匿、篡改、毁弃单证；无拒不配合执法；无保证金保函逾期手续；未向海关人员行贿；未被列入信用信息异常企业名录；公司产品近两年无因质量、安全问题被境外官方通报或客户索赔退货造成不良影响的情况。")
    signature_block(d, ["关务经理：王晓婷　　财务经理：孙丽　　法定代表人：陈立新", "2026年9月25日"])
    d.save(path)


def doc_credit(path):
    d = new_doc(size=10.5)
    para(d, "信用中国（江苏苏州）  查询结果打印  2026/9/24 09:41", size=9, indent=False)
    para(d, "https://www.creditchina.gov.cn/  严重失信主体名单查询", size=9, indent=False)
    table(d, [["查询对象", "类型", "查询结果"],
              [CO, "企业", "未查询到严重失信主体名单信息；行政处罚 0 条"],
              ["陈立新", "法定代表人", "未查询到失信被执行人信息"],
              ["周海燕", "高管", "未查询到失信被执行人信息"],
              ["王晓婷", "关务负责人", "未查询到失信被执行人信息"],
              ["孙丽", "财务负责人", "未查询到失信被执行人信息"]], widths=[6, 3, 8])
    para(d, "")
    para(d, "中国海关企业进出口信用信息公示平台  查询时间 2026/9/24 09:55", size=9, indent=False)
    table(d, [["企业名称", "海关注册编码", "信用等级", "行政处罚信息", "异常名录"],
              [CO, "3205961ABC", "一般认证企业（2023-05-18）", "无", "无"]], widths=[5, 3, 4, 2.5, 2.5])
    para(d, "打印人：唐悦（关务部）", size=9, indent=False, align="r")
    d.save(path)


def doc_cpa(path):
    d = new_doc()
    para(d, "审 计 报 告", size=18, bold=True, align="c")
    para(d, "苏信会审字〔2026〕第0318号", align="c")
    para(d, f"{CO}全体股东：", indent=False)
    para(d, "一、审计意见", bold=True, indent=False)
    para(d, f"我们审计了{CO}（以下简称瑞芯达公司）财务报表，包括2025年12月31日的资产负债表，2025年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了瑞芯达公司2025年12月31日的财务状况以及2025年度的经营成果和现金流量。")
    para(d, "二、形成审计意见的基础", bold=True, indent=False)
    para(d, "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于瑞芯达公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    para(d, "三、管理层和治理层对财务报表的责任（略）", indent=False)
    para(d, "四、注册会计师对财务报表审计的责任（略）", indent=False)
    signature_block(d, ["苏州信诚会计师事务所（特殊普通合伙）", "中国注册会计师：高振华　　中国注册会计师：潘晓雯",
                        "中国·苏州　　二〇二六年三月二十七日"])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "主要财务数据摘要（单位：万元）", size=14, bold=True, align="c")
    table(d, [["项目", "2025年末/2025年度", "2024年末/2024年度"],
              ["资产总计", "38,260", "34,110"], ["负债合计", "14,080", "13,020"], ["流动资产", "23,150", "20,870"],
              ["其中：存货", "7,020", "6,480"], ["流动负债", "12,040", "11,260"], ["所有者权益", "24,180", "21,090"],
              ["营业收入", "46,350", "41,720"], ["营业利润", "3,920", "3,310"], ["净利润", "3,290", "2,780"],
              ["经营活动现金流量净额", "4,810", "3,650"]], widths=[6, 5, 5])
    d.save(path)


def doc_siteplan(path):
    d = new_doc(size=10.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    para(d, "厂区平面示意及安防设施分布（2026年1月更新）", size=15, bold=True, align="c")
    grid = [["北围墙（2.4m实体墙+刺网） 照明L1-L8  摄像头C01-C06", "", "", ""],
            ["西围墙\n照明L9-L13\n摄像头C07-C10", "原料仓（门禁，隔离网）\n摄像头C11-C16\n卷帘门锁 K-02", "成品仓（门禁，出口待运区）\n摄像头C17-C24\n卷帘门锁 K-01", "东围墙\n照明L14-L18\n摄像头C25-C28"],
            ["货车停车区（司机休息室）\n摄像头C29-C31", "装卸平台（6个月台）\n摄像头C32-C37 照明L19-L26", "货柜待装区\n摄像头C38-C40 照明L27-L30", "生产厂房\n（与仓库间设隔离网）"],
            ["物流门 门卫室2（24h）\n摄像头C41-C42", "访客停车位（西侧）\n摄像头C43", "主大门 门卫室1（监控中心，24h）\n摄像头C44-C45", "员工停车场（东侧）\n摄像头C46 照明L31-L36"]]
    t = table(d, grid, size=9.5, header=False)
    t.cell(0, 0).merge(t.cell(0, 3))
    para(d, "")
    table(d, [["设施", "数量/配置", "覆盖区域", "维护"],
              ["门卫室", "2处，24小时三班值守", "主大门（人员、小车）、物流门（货车）", "行政部"],
              ["围墙", "2.4米实体墙+防攀爬刺网，周长约560米", "厂区四周", "季度检查"],
              ["照明", "LED灯36组（含灯杆），夜间常亮", "出入口、装卸区、仓储区、货柜待装区、围墙周边、停车场", "月度检查"],
              ["视频监控", "高清摄像头46路，NVR录像保存≥90天（实测92天）", "同上，监控中心实时值守", "月度检查"],
              ["门禁", "刷卡门禁12处", "仓库、机房、档案室、监控中心", "人力资源部/行政部"]],
          widths=[3, 8, 10, 4])
    para(d, "附：2026年1月20日夜间照明及监控实拍照片共12张存档于行政部（略）。", size=9)
    d.save(path)


def doc_system(path):
    d = new_doc(size=10.5)
    para(d, "睿关通关务管理系统 V5.2 及金蝶云星空ERP 功能说明（节选）", size=15, bold=True, align="c")
    para(d, "编制：信息部 吴昊　2026年2月", align="c", size=9)
    d.add_heading("1. 系统架构", level=2)
    para(d, "ERP（金蝶云星空）管理客户、销售合同、采购订单、生产工单、库存、财务总账及应收应付；睿关通管理报关单草单、归类库、申报要素、复核、海关回执、归档。两系统每15分钟同步订单、物料、出入库数据。服务器位于办公楼3楼机房，昆山仓库机房保存备份副本。")
    d.add_heading("2. 主要功能", level=2)
    table(d, [["模块", "记录", "追溯/查询", "分析/预警"],
              ["客户管理", "客户档案、信用额度", "按客户查订单、出货、报关", "逾期应收预警"],
              ["合同管理", "销售/采购合同、审批流", "合同→订单→报关单关联", "合同到期提醒"],
              ["财务管理", "凭证、税款缴纳、收付汇", "报关单号查税单及付款凭证", "税款缴款期限预警（第10天）"],
              ["关务管理", "草单、复核、回执、归档", "报关单号/物料号/日期多维检索，查看流程节点", "超48小时未放行预警、证书到期预警"],
              ["物流管理", "订舱、装柜、封号、车辆", "柜号/封号追溯至报关单和出库单", "到港未提货预警"]], widths=[3, 5, 6, 5])
    d.add_heading("3. 数据保存", level=2)
    para(d, "系统自2019年上线以来数据全部在线保存，未做归档清理；截至2026年9月在线可查最早报关单为2019年6月。作废单据保留操作痕迹。")
    para(d, "界面示例：报关单跟踪页面显示“订单创建—草单—复核—申报—查验/放行—结关—归档”各节点时间及经办人（截图存档于信息部）。", size=9.5)
    d.save(path)


def doc_brochure(path):
    d = new_doc(size=11)
    para(d, "RXD 功率电感 · 2026产品手册", size=20, bold=True, align="c")
    para(d, "瑞芯达——您身边的磁性元件专家", size=13, align="c")
    para(d, "瑞芯达专注片式功率电感、共模电感与电源模块十余年，产品广泛应用于新能源汽车、光伏逆变器、通信基站和消费电子。公司通过IATF 16949、ISO 9001、ISO 14001认证，产品符合RoHS和REACH要求。")
    table(d, [["系列", "尺寸", "电感范围", "额定电流", "应用"],
              ["RXD1265", "12.5×12.5×6.5mm", "1.0–100µH", "最高25A", "车载DC-DC"],
              ["RXP0630", "6.6×7.0×3.0mm", "0.47–22µH", "最高12A", "消费电子"],
              ["RXC2010", "20×10mm", "共模", "—", "光伏逆变器"]])
    para(d, "客户服务：我们为客户工程师提供免费的选型培训和应用安全讲座，可派FAE现场支持。大批量订单可按客户要求整柜（20GP/40HQ）直发，包装采用防静电卷带及纸箱，托盘均为免熏蒸塑料托盘。")
    para(d, "销售热线：0512-6588XXXX　　sales@ruixinda-demo.cn")
    d.save(path)


def doc_menu(path):
    d = new_doc(size=12)
    para(d, "员工食堂菜单（10月第2周 10.12—10.16）", size=16, bold=True, align="c")
    table(d, [["", "周一", "周二", "周三", "周四", "周五"],
              ["午餐荤菜", "红烧狮子头", "糖醋小排", "清蒸鲈鱼", "土豆烧牛肉", "酱鸭"],
              ["午餐素菜", "清炒菠菜", "地三鲜", "番茄炒蛋", "蒜蓉西兰花", "麻婆豆腐"],
              ["汤", "紫菜蛋汤", "冬瓜排骨汤", "酸辣汤", "罗宋汤", "鸡毛菜汤"],
              ["晚餐（加班）", "面条", "炒饭", "馄饨", "盖浇饭", "饺子"]])
    para(d, "行政部　如有意见请联系食堂管理员（分机8012）。消防安全提示：食堂后厨每日下班前关闭燃气总阀。", size=10)
    d.save(path)


# ---------------------------------------------------------------- images
def _f(size, sans=False):
    return ImageFont.truetype(SANS if sans else SERIF, size, index=2)


def _signature(dr, x, y, rng, w=160, fill=(20, 30, 90)):
    pts = [(x, y)]
    for i in range(14):
        pts.append((x + (i + 1) * w / 14, y + rng.randint(-18, 18)))
    dr.line(pts, fill=fill, width=3)


def _seal(img, cx, cy, r, text):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    red = (205, 30, 40, 170)
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=6)
    f = _f(22)
    for i, ch in enumerate(text):
        import math
        a = math.radians(200 + i * (140 / max(1, len(text) - 1)))
        dr.text((cx + (r - 32) * math.cos(a) - 11, cy + (r - 32) * math.sin(a) - 11), ch, font=f, fill=red)
    dr.text((cx - 22, cy - 26), "★", font=_f(44), fill=red)
    img.paste(layer, (0, 0), layer)


def photo_appointment(path):
    rng = random.Random(NAME + "appt")
    W, H = 1100, 1500
    img = Image.new("RGB", (W, H), (246, 243, 236))
    dr = ImageDraw.Draw(img)
    dr.text((W // 2 - 120, 120), "任 命 书", font=_f(56), fill=(25, 25, 25))
    dr.text((W // 2 - 160, 210), "瑞芯达人字〔2026〕第03号", font=_f(28), fill=(40, 40, 40))
    lines = ["公司各部门：",
             "    为加强进出口关务及供应链安全管理，经公司研",
             "究决定：",
             "    一、任命周海燕同志为分管关务及供应链安全的",
             "副总经理，负责公司海关事务及AEO认证管理工作，",
             "对外作为公司与海关联系的高级管理人员；",
             "    二、任命王晓婷同志为关务经理（关务负责人），",
             "负责日常报关、单证复核及海关联络。",
             "    以上任命自2026年1月1日起生效。",
             "    特此通知。"]
    y = 320
    for ln in lines:
        dr.text((110, y), ln, font=_f(34), fill=(30, 30, 30))
        y += 70
    dr.text((600, 1080), "苏州瑞芯达电子科技有限公司", font=_f(30), fill=(30, 30, 30))
    dr.text((640, 1140), "总经理：", font=_f(30), fill=(30, 30, 30))
    _signature(dr, 780, 1160, rng)
    dr.text((660, 1210), "2025年12月29日", font=_f(30), fill=(30, 30, 30))
    _seal(img, 790, 1140, 120, "苏州瑞芯达电子科技有限公司")
    img = img.rotate(-2.3, expand=True, fillcolor=(90, 80, 70)).filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    for _ in range(9000):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        v = rng.randint(-30, 30)
        r, g, b = px[x, y]
        px[x, y] = (max(0, min(255, r + v)), max(0, min(255, g + v)), max(0, min(255, b + v)))
    img = img.resize((img.width * 3 // 4, img.height * 3 // 4))
    img.save(path, "JPEG", quality=55)


def scan_container_sheet(path):
    rng = random.Random(NAME + "scan")
    W, H = 1654, 1169  # A4 横向 ~140dpi
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    dr.text((420, 40), "苏州瑞芯达电子科技有限公司  货柜七点检查表", font=_f(40), fill=20)
    dr.text((80, 120), f"装柜日期：2026年9月18日    柜号：TGHU8830571    柜型：40HQ    封号：{SCAN_SEAL}", font=_f(28), fill=30)
    dr.text((80, 165), "出货单号：CK26091803    目的港：BUSAN    客户：Samsung Electro-Mechanics", font=_f(28), fill=30)
    rows = [("检查部位", "检查内容", "结果"), ("1 前壁", "结构完好、无夹层、无新焊接", "√"), ("2 左侧", "无孔洞、无修补痕迹", "√"),
            ("3 右侧", "无孔洞、无修补痕迹", "√"), ("4 地板", "平整、无破损、高度一致", "√"), ("5 顶部", "无漏光、无破损", "√"),
            ("6 内/外门", "门锁、铰链、封条座可靠，门封胶条完好", "√"), ("7 外部/底盘", "底盘横梁、起落架无藏匿物", "√"),
            ("其他", "无异味、柜内清洁干燥", "√")]
    x0, y0, cw = 80, 230, [260, 980, 200]
    for i, row in enumerate(rows):
        y = y0 + i * 70
        x = x0
        for j, val in enumerate(row):
            dr.rectangle([x, y, x + cw[j], y + 70], outline=40, width=2)
            dr.text((x + 14, y + 18), val, font=_f(30), fill=25)
            x += cw[j]
    dr.text((80, 890), "检查结论：合格，准予装货。  装货件数：412箱  已施封，封号与单证核对一致。", font=_f(28), fill=30)
    dr.text((80, 960), "检查/监装人：", font=_f(30), fill=30)
    _signature(dr, 290, 985, rng, 150, fill=35)
    dr.text((700, 960), "司机：", font=_f(30), fill=30)
    _signature(dr, 800, 985, rng, 120, fill=35)
    dr.text((1100, 960), "仓储物流部经理：", font=_f(30), fill=30)
    _signature(dr, 1350, 985, rng, 140, fill=35)
    dr.text((80, 1060), "RXD-WL-015-F01  C/2", font=_f(22), fill=90)
    img = img.rotate(0.9, expand=False, fillcolor=255).filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    for _ in range(12000):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = max(0, min(255, px[x, y] + rng.randint(-50, 20)))
    img = img.resize((W * 3 // 4, H * 3 // 4))
    img.save(path, "PDF", resolution=105)


# ---------------------------------------------------------------- CSV export and zip
def system_csv(path):
    rng = random.Random(NAME + "csv")
    rows = []
    day = D(2023, 1, 9)
    seq = 0
    while day < D(2026, 10, 8):
        day += dt.timedelta(days=rng.randint(18, 30))
        seq += 1
        ie = rng.choice(["I", "E", "E"])
        rows.append([seq, f"2232{day.year}{rng.randint(0, 1)}{rng.randint(10000000, 99999999)}", ie, day.isoformat(), "一般贸易", "0110",
                     rng.choice(["MURATA MFG CO LTD", "TDK ELECTRONICS MY"]) if ie == "I" else rng.choice(["SAMSUNG ELECTRO-MECHANICS", "WURTH ELEKTRONIK EISOS"]),
                     rng.choice(["铁氧体磁芯", "电极浆料"]) if ie == "I" else rng.choice(["功率电感", "共模电感"]),
                     rng.choice(["8505190090", "3824999999"]) if ie == "I" else "8504500000",
                     rng.choice(["日本", "马来西亚"]) if ie == "I" else "中国",
                     rng.choice(["CIF", "FOB"]), rng.choice(["赵敏", "王晓婷"]) if day.year >= 2025 else rng.choice(["赵敏", "王晓婷", "刘洋"]),
                     "结关-已归档", (day + dt.timedelta(days=rng.randint(5, 12))).isoformat(), f"GW-{day.year}-{seq:03d}"])
    rows[-1][12] = "放行-待归档"
    rows[-1][13] = ""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["序号", "报关单号", "进出口标志", "申报日期", "贸易方式", "监管方式代码", "境外收发货人", "商品名称", "商品编码",
                    "原产国", "成交方式", "复核人", "流程节点", "归档日期", "档案盒号"])
        w.writerows(rows)


def zip_2025(path, tmp):
    a = tmp / "2025年内部稽核报告.docx"
    doc_audit_2025(a)
    wb = Workbook()
    ws = wb.active
    ws.title = "2025培训签到"
    ws.append(["日期", "课题", "姓名", "岗位", "签到"])
    for date, topic, names in [("2025年3月14日", "海关法规：2025年税则调整与申报要素", ["陈立新", "周海燕", "王晓婷", "刘洋", "赵敏"]),
                               ("2025年6月20日", "供应链安全：七点检柜与铅封", ["周海燕", "钱伟", "张涛", "李强", "马俊"]),
                               ("2025年9月10日", "海关法规：稽查与主动披露", ["周海燕", "王晓婷", "刘洋", "赵敏", "孙丽"])]:
        for n in names:
            ws.append([date, topic, n, PEOPLE[n], "√"])
    b = tmp / "2025年培训签到.xlsx"
    wb.save(b)
    wb = Workbook()
    ws = wb.active
    ws.title = "2025伙伴复评"
    ws.append(["伙伴", "复评日期", "方式", "结论", "评估人"])
    for r in [("村田电子", "2025.8.12", "问卷", "合格", "林峰"), ("苏州联讯报关", "2025.8.20", "现场", "合格", "王晓婷"),
              ("苏州顺安物流", "2025.8.25", "现场", "合格", "钱伟"), ("上海远畅货代", "2025.9.3", "问卷", "合格", "钱伟")]:
        ws.append(list(r))
    c = tmp / "2025年伙伴复评.xlsx"
    wb.save(c)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for f in (a, b, c):
            _fix_zip(f)
            zi = zipfile.ZipInfo(f.name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, f.read_bytes())


# ---------------------------------------------------------------- build
def _soffice(files, outdir, tmp):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True, capture_output=True, timeout=300)


def _chapter_pages(pdf: pathlib.Path) -> dict:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    pages = {}
    heads = {0: "发 布 令"} | {i: f"第{cn_num(i)}章　{t}" for i, (t, _c, _a) in enumerate(POL.CHAPTERS, 1)} | {99: "附录　常用记录表格（样表）"}
    for k, h in heads.items():
        for n, tx in enumerate(texts[2:], 3):
            if h.replace("　", "").replace(" ", "") in tx.replace("　", "").replace(" ", "")[:200]:
                pages[k] = n
                break
    return pages


def build(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    with tempfile.TemporaryDirectory(prefix="ho2-") as t:
        tmp = pathlib.Path(t)
        src = tmp / "src"
        pdf = tmp / "pdf"
        src.mkdir()
        pdf.mkdir()
        hb = src / "hb.docx"
        build_handbook(hb, None)
        _soffice([hb], pdf, tmp)
        pages = _chapter_pages(pdf / "hb.pdf")
        build_handbook(hb, pages)
        docs = {"cpa": doc_cpa, "credit": doc_credit, "site": doc_siteplan, "sys": doc_system, "brochure": doc_brochure}
        for k, fn in docs.items():
            fn(src / f"{k}.docx")
        _soffice([hb] + [src / f"{k}.docx" for k in docs], pdf, tmp)

        (out / "扫描归档").mkdir()
        (out / "记录台账").mkdir()
        (out / "系统导出").mkdir()
        (out / "2026资料").mkdir()
        (out / "新建文件夹").mkdir()
        (out / "法务").mkdir()
        shutil.copy(hb, out / "公司管理制度汇编(2026版).docx")
        shutil.copy(pdf / "hb.pdf", out / "扫描归档" / "0007.pdf")
        shutil.copy(pdf / "cpa.pdf", out / "2026资料" / "审计报告(2025年度).pdf")
        shutil.copy(pdf / "credit.pdf", out / "法务" / "信用查询打印20260924.pdf")
        shutil.copy(pdf / "site.pdf", out / "新建文件夹" / "厂区平面及安防设施.pdf")
        shutil.copy(pdf / "sys.pdf", out / "新建文件夹" / "系统功能说明(节选).pdf")
        shutil.copy(pdf / "brochure.pdf", out / "产品手册_功率电感2026.pdf")
        build_workbook(out / "记录台账" / "2026年关务及供应链安全记录.xlsx")
        doc_audit_2026(out / "2026资料" / "内部稽核报告-2026年8月.docx")
        doc_emergency(out / "附件2.docx")
        doc_contract(out / "doc12.docx")
        doc_legal(out / "法务" / "无犯罪记录声明及守法自查.docx")
        doc_menu(out / "食堂菜单(10月第2周).docx")
        photo_appointment(out / "IMG_20260314_093015.jpg")
        scan_container_sheet(out / "扫描归档" / "扫描件003.pdf")
        system_csv(out / "系统导出" / "报关单台账_导出20261009.csv")
        zip_2025(out / "2025年度记录.zip", tmp)
        for p in out.rglob("*.pdf"):
            _fix_pdf(p)


# ---------------------------------------------------------------- determinism helpers
import re as _re

_PDF_DATE = _re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*)\)")
_XMP_DATE = _re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)")


def _fix_pdf(p: pathlib.Path):
    b = p.read_bytes()
    b = _PDF_DATE.sub(lambda m: m.group(1) + b"20260101000000" + b"Z" * 0 + m.group(3) + b")", b)
    b = _XMP_DATE.sub(lambda m: m.group(1) + (b"2026-01-01T00:00:00" + b" " * 40)[:len(m.group(2))] + m.group(3), b)
    b = _re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", b)
    b = _re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    p.write_bytes(b)


def _fix_zip(p: pathlib.Path):
    with zipfile.ZipFile(p) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    p.write_bytes(buf.getvalue())
