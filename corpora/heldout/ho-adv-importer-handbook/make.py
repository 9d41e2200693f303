"""Held-out bundle ho-adv-importer-handbook: 苏州瑞联电子科技有限公司 (electronics manufacturer),
高级认证 / 进出口货物收发货人, as_of 2026-10-20.  build(out) writes every document into ``out``."""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAME = "ho-adv-importer-handbook"
HERE = pathlib.Path(__file__).resolve().parent
CO = "苏州瑞联电子科技有限公司"
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
HANDBOOK = "2026资料/管理制度汇编（2026版）.pdf"
WORKBOOK = "2026资料/附件3.xlsx"

CN_NUM = "零一二三四五六七八九"


def cn(n: int) -> str:
    """1 -> 一, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五."""
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return CN_NUM[h] + "百"
    if r < 10:
        return CN_NUM[h] + "百零" + CN_NUM[r]
    return CN_NUM[h] + "百" + (CN_NUM[r // 10] if r >= 20 else "一") + "十" + (CN_NUM[r % 10] if r % 10 else "")


# --------------------------------------------------------------------------- docx helpers
def _font(run, name=SERIF, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def new_doc(body_size=12, margins=(2.5, 2.5, 2.8, 2.8)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = SERIF
    st.font.size = Pt(body_size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), SERIF)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(x) for x in margins)
    return d


def para(d, text="", size=None, bold=False, align=None, font=SERIF, indent=False, space_after=0, line=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt((size or 12) * 2)
    if text:
        _font(p.add_run(text), font, size, bold)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)
    return p


def table(d, rows, widths=None, size=10.5, header=True, height=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            _font(p.add_run(str(val)), SANS if (header and i == 0) else SERIF, size, header and i == 0)
            if widths:
                c.width = Cm(widths[j])
        if height:
            t.rows[i].height = Cm(height)
    return t


def _field(run, instr):
    for tag, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
            run._r.append(el)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def header_footer(d, head, page_numbers=True):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(hp.add_run(head), SANS, 9)
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        b.set(qn(k), v)
    pbdr.append(b)
    hp._p.get_or_add_pPr().append(pbdr)
    if page_numbers:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(fp.add_run("第 "), SERIF, 9)
        r = _font(fp.add_run(), SERIF, 9)
        _field(r, "PAGE")
        _font(fp.add_run(" 页"), SERIF, 9)


def soffice(files: list[pathlib.Path], outdir: pathlib.Path, fmt="pdf"):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def pdf_pages_text(path: pathlib.Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


# --------------------------------------------------------------------------- the handbook
def parse_handbook():
    chapters = []
    for line in (HERE / "handbook.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            chapters.append({"title": line[2:].strip(), "blocks": []})
        elif line.startswith("- "):
            chapters[-1]["blocks"].append(("art", line[2:].strip()))
        elif line.startswith("| "):
            row = [c.strip() for c in line[2:].split("|")]
            bl = chapters[-1]["blocks"]
            if bl and bl[-1][0] == "tab":
                bl[-1][1].append(row)
            else:
                bl.append(("tab", [row]))
    return chapters


BODY = 14      # 四号
LINE = 30      # fixed line pitch


def handbook_docx(path: pathlib.Path, toc_pages: dict[str, int]) -> None:
    chapters = parse_handbook()
    d = new_doc(BODY, margins=(2.6, 2.6, 2.8, 2.6))
    header_footer(d, f"{CO}　　管理制度汇编")
    # cover
    for _ in range(4):
        para(d, "", line=LINE)
    para(d, CO, 22, True, "c", SANS, line=40)
    para(d, "", line=LINE)
    para(d, "管理制度汇编", 36, True, "c", SANS, line=60)
    para(d, "（2026版）", 18, False, "c", SANS, line=40)
    for _ in range(5):
        para(d, "", line=LINE)
    for s in ("文件编号：RL-GL-2026-01", "版　　本：C/0", "受控状态：受控　　分发号：07",
              "发布日期：2025年12月20日", "实施日期：2026年1月1日"):
        p = para(d, s, 14, False, None, SERIF, line=LINE)
        p.paragraph_format.left_indent = Cm(4.5)
    para(d, "", line=LINE)
    table(d, [["编制", "审核", "批准"], ["王晓琳", "周立新", "陈国栋"], ["2025.12.10", "2025.12.16", "2025.12.20"]],
          [4, 4, 4], 12)
    # 发布令
    _pb = para(d, "发　布　令", 20, True, "c", SANS, line=44)
    _pb.paragraph_format.page_break_before = True
    para(d, "", line=LINE)
    for s in ("为适应公司进出口业务发展和海关企业信用管理的要求，进一步规范公司内部控制和供应链安全管理，"
              "总经理办公室组织关务部、仓储物流部、行政安保部、信息技术部、品质部、人力资源部和审计室，"
              "在《管理制度汇编（2024版）》的基础上修订形成《管理制度汇编（2026版）》。",
              "本汇编经公司经理办公会审议通过，现予发布，自2026年1月1日起施行。各部门应组织员工认真学习，严格执行。",
              "执行中发现的问题，请及时反馈总经理办公室。"):
        para(d, s, BODY, indent=True, line=LINE)
    para(d, "", line=LINE)
    para(d, "总经理：陈国栋", BODY, align="r", line=LINE)
    para(d, "二〇二五年十二月二十日", BODY, align="r", line=LINE)
    # 目录
    _pb = para(d, "目　　录", 20, True, "c", SANS, line=44)
    _pb.paragraph_format.page_break_before = True
    entries = [(f"第{cn(i + 1)}章　{c['title']}", f"第{cn(i + 1)}章　{c['title']}") for i, c in enumerate(chapters)]
    entries += [("附录　记录样表", "附录　记录样表"), ("　附表1　培训签到表", "附表1　培训签到表"),
                ("　附表2　来访人员登记表", "附表2　来访人员登记表"), ("　附表3　集装箱七点检查记录表", "附表3　集装箱七点检查记录表")]
    entries.insert(0, ("修订记录", "修订记录"))
    for label, key in entries:
        p = para(d, "", line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        _font(p.add_run(f"{label}\t{toc_pages.get(key, 0)}"), SERIF, 13)
    # 修订记录
    _pb = para(d, "修订记录", 18, True, "c", SANS, line=40)
    _pb.paragraph_format.page_break_before = True
    para(d, "", line=LINE)
    table(d, [["版本", "修订日期", "修订内容摘要", "修订人"],
              ["A/0", "2021.03.01", "首次发布（行政、仓储、关务制度合订）", "王晓琳"],
              ["B/0", "2024.01.05", "增加信息安全、商业伙伴、集装箱与封条等章节；调整组织机构", "王晓琳"],
              ["C/0", "2025.12.20", "加工贸易相关条款删除；增加法检商品质量安全管理、危机管理与应急预案；"
                                    "培训次数要求调整", "王晓琳"]], [1.8, 2.6, 9, 2.2], 11)
    # chapters
    art = 0
    for i, c in enumerate(chapters):
        _pb = para(d, f"第{cn(i + 1)}章　{c['title']}", 18, True, "c", SANS, space_after=10, line=40)
        _pb.paragraph_format.page_break_before = True
        for bi, (kind, val) in enumerate(c["blocks"]):
            if kind == "art":
                art += 1
                p = para(d, "", line=LINE)
                p.paragraph_format.first_line_indent = Pt(BODY * 2)
                _font(p.add_run(f"第{cn(art)}条　"), SANS, BODY, True)
                _font(p.add_run(val), SERIF, BODY)
            else:
                n = len(val[0])
                w = [15.8 / n] * n if n != 3 else [7.5, 4.3, 4]
                table(d, val, w, 11)
                if bi < len(c["blocks"]) - 1:
                    para(d, "", line=12)
    # appendix
    _pb = para(d, "附录　记录样表", 18, True, "c", SANS, space_after=10, line=40)
    _pb.paragraph_format.page_break_before = True
    para(d, "本附录所列样表为推荐格式，使用时按实际内容填写，填写完毕后由记录部门按各章规定归档保存。", BODY, indent=True, line=LINE)
    _pb = para(d, "附表1　培训签到表", 16, True, "c", SANS, line=36)
    _pb.paragraph_format.page_break_before = True
    para(d, "培训主题：______________________　　日期：____年__月__日　　讲师：__________", 12, line=26)
    para(d, "培训地点：______________________　　学时：______　　考核方式：__________", 12, line=26)
    table(d, [["序号", "姓名", "部门", "职务", "签到", "考核成绩"]] + [[str(k), "", "", "", "", ""] for k in range(1, 16)],
          [1.4, 3, 3.2, 3.2, 2.8, 2.2], 11, height=0.8)
    para(d, "记录人：__________　　　　审核：__________", 12, line=30)
    _pb = para(d, "附表2　来访人员登记表", 16, True, "c", SANS, line=36)
    _pb.paragraph_format.page_break_before = True
    table(d, [["日期", "姓名", "单位", "证件类型及号码", "事由", "被访人", "访客证号", "陪同人", "车牌号", "进入", "离开"]]
          + [[""] * 11 for _ in range(16)], [1.4, 1.4, 1.6, 2.2, 1.3, 1.3, 1.3, 1.3, 1.4, 1.2, 1.2], 9, height=0.8)
    para(d, "值班保安：__________　　　　查验证件须为带照片的有效身份证件", 12, line=30)
    _pb = para(d, "附表3　集装箱七点检查记录表", 16, True, "c", SANS, line=36)
    _pb.paragraph_format.page_break_before = True
    para(d, "集装箱号：______________　箱型：______　报关单号：____________________", 12, line=26)
    para(d, "检查日期：____年__月__日　　车牌号：__________　　司机：__________", 12, line=26)
    table(d, [["序号", "检查部位", "检查要点", "结果（√/×）", "说明"],
              ["1", "前壁", "", "", ""], ["2", "左侧", "", "", ""], ["3", "右侧", "", "", ""],
              ["4", "地板", "", "", ""], ["5", "顶部", "", "", ""], ["6", "内/外门", "", "", ""],
              ["7", "外部/起落架", "", "", ""], ["8", "门锁装置", "", "", ""]],
          [1.4, 3, 5.6, 2.6, 3.2], 11, height=1.0)
    para(d, "封条号：____________________　施封时间：______", 12, line=30)
    para(d, "监装员签名：__________　　司机签名：__________", 12, line=30)
    d.save(path)


def find_toc_pages(pdf: pathlib.Path) -> dict[str, int]:
    chapters = parse_handbook()
    texts = pdf_pages_text(pdf)
    keys = ["修订记录"] + [f"第{cn(i + 1)}章　{c['title']}" for i, c in enumerate(chapters)] + [
        "附录　记录样表", "附表1　培训签到表", "附表2　来访人员登记表", "附表3　集装箱七点检查记录表"]
    toc_end = next(i for i, t in enumerate(texts) if "修订记录" in t and "目" not in t.replace("目的", "")[:40]) if False else None
    # the TOC pages are the pages holding "目　　录" and the following ones until 修订记录 page
    toc_start = next(i for i, t in enumerate(texts) if "目　　录" in t or "目 录" in t or "目　录" in t)
    found, pos = {}, toc_start + 1
    for k in keys:
        for i in range(pos, len(texts)):
            first = "\n".join(texts[i].replace("\r", "").split("\n")[1:4]).replace(" ", "")  # under the running header
            if k in first and "……" not in first and "..." not in first:
                found[k] = i + 1
                pos = i
                break
    return found


def build_handbook(tmp: pathlib.Path) -> pathlib.Path:
    src = tmp / "hb"
    src.mkdir()
    docx_path = src / "管理制度汇编（2026版）.docx"
    handbook_docx(docx_path, {})
    soffice([docx_path], src)
    pages = find_toc_pages(src / "管理制度汇编（2026版）.pdf")
    handbook_docx(docx_path, pages)
    return docx_path


# --------------------------------------------------------------------------- workbook
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
EPOCH = dt.date(1899, 12, 30)


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def put_date(ws, r, c, d: dt.date, how: str):
    cell = ws.cell(r, c)
    if how == "date":
        cell.value = d
        cell.number_format = "yyyy-mm-dd"
    elif how == "serial":
        cell.value = (d - EPOCH).days          # a bare serial, formatted as a number
        cell.number_format = "0"
    elif how == "cn":
        cell.value = f"{d.year}年{d.month}月{d.day}日"
    else:
        cell.value = f"{d.year}/{d.month}/{d.day}"
    return cell


HOWS = ("date", "serial", "cn", "slash")


def sheet(wb, name, title, header, rows, widths=None, date_cols=(), rng=None, fixed_how=None):
    ws = wb.create_sheet(name)
    ws.cell(1, 1, title).font = Font(name="宋体", size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for j, h in enumerate(header, 1):
        c = ws.cell(2, j, h)
        c.font = Font(name="宋体", bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            if (j - 1) in date_cols and isinstance(v, dt.date):
                how = fixed_how or rng.choice(HOWS)
                put_date(ws, i, j, v, how)
            else:
                ws.cell(i, j, v)
            ws.cell(i, j).border = BOX
            ws.cell(i, j).alignment = Alignment(vertical="center", wrap_text=True)
    for j in range(1, len(header) + 1):
        ws.column_dimensions[get_column_letter(j)].width = (widths[j - 1] if widths else 12)
    return ws


PEOPLE = {
    "陈国栋": "总经理（法定代表人）", "周立新": "副总经理（分管关务、贸易安全）", "王晓琳": "关务部经理",
    "李婷": "关务专员", "赵磊": "关务复核专员", "孙海涛": "仓储物流部经理", "吴敏": "财务经理",
    "刘建军": "行政安保主管", "徐帆": "采购主管", "杨雪": "销售跟单", "林小燕": "仓管员", "张志远": "仓管员/监装员",
    "钱伟": "保安队长", "马强": "保安", "邓峰": "保安", "黄蕾": "审计专员", "郑凯": "信息技术主管",
}

TRAININGS = [
    (D("2025-06-18"), "date", "海关法规年度更新（2025年新规解读）", "王晓琳（关务部经理）",
     ["陈国栋", "周立新", "王晓琳", "李婷", "赵磊", "孙海涛"], {}),
    (D("2025-09-12"), "date", "海关稽查与企业信用管理", "沈洁（外请，苏州衡信关务咨询）",
     ["陈国栋", "周立新", "王晓琳", "李婷", "赵磊", "吴敏"], {}),
    (D("2026-03-05"), "cn", "海关认证企业标准与关务内部控制", "王晓琳（关务部经理）",
     ["陈国栋", "周立新", "王晓琳", "李婷", "赵磊", "孙海涛", "吴敏", "刘建军", "徐帆", "杨雪"], {}),
    (D("2026-05-21"), "slash", "信息安全与数据保密", "郑凯（信息技术主管）",
     ["周立新", "王晓琳", "李婷", "赵磊", "吴敏", "徐帆", "杨雪", "林小燕", "黄蕾"], {}),
    (D("2026-06-18"), "date", "供应链安全（反恐）与应急处置", "刘建军（行政安保主管）",
     ["周立新", "王晓琳", "孙海涛", "林小燕", "张志远", "钱伟", "马强", "邓峰", "李婷"], {}),
    (D("2026-08-27"), "serial", "进口申报要素：归类、价格与原产地", "顾明（外请，苏州市报关协会）",
     ["陈国栋", "周立新", "王晓琳", "李婷", "赵磊", "徐帆"], {"陈国栋": "请假（出差）"}),
]


def build_workbook(path: pathlib.Path, rng: random.Random):
    wb = Workbook()
    wb.remove(wb.active)
    # 1 培训签到 — 日期/课程/讲师 merged over the attendees' rows
    ws = wb.create_sheet("培训签到")
    hdr = ["日期", "课程", "讲师", "序号", "姓名", "部门/职务", "签到", "考核"]
    ws.cell(1, 1, "2025—2026年度培训签到汇总（关务部整理）").font = Font(name="宋体", size=14, bold=True)
    ws.merge_cells("A1:H1")
    for j, h in enumerate(hdr, 1):
        ws.cell(2, j, h).font = Font(bold=True)
        ws.cell(2, j).border = BOX
    r = 3
    for d, how, course, teacher, names, notes in TRAININGS:
        top = r
        for k, n in enumerate(names, 1):
            ws.cell(r, 4, k)
            ws.cell(r, 5, n)
            ws.cell(r, 6, PEOPLE[n])
            ws.cell(r, 7, notes.get(n, "√本人签名"))
            ws.cell(r, 8, "—" if n in notes else rng.choice(["合格", "合格", "良好", "优秀"]))
            for j in range(1, 9):
                ws.cell(r, j).border = BOX
            r += 1
        put_date(ws, top, 1, d, how)
        ws.cell(top, 2, course)
        ws.cell(top, 3, teacher)
        for col in (1, 2, 3):
            ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(top, col).alignment = Alignment(vertical="center", wrap_text=True)
    for j, w in enumerate([14, 30, 26, 6, 10, 30, 14, 8], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    # 2 报关单复核
    goods = [("进口", "集成电路（电源管理IC）", "8542319000"), ("进口", "铝电解电容器", "8532220000"),
             ("进口", "磁性铁氧体磁芯", "8505119000"), ("出口", "电源适配器 65W", "8504401400"),
             ("出口", "LED驱动电源 100W", "8504409999"), ("进口", "贴片多层陶瓷电容", "8532241000"),
             ("出口", "PCBA组件（电源控制板）", "8504909990")]
    dates = [D("2025-07-08"), D("2025-08-19"), D("2025-09-23"), D("2025-11-04"), D("2025-12-16"), D("2026-01-13"),
             D("2026-02-26"), D("2026-03-18"), D("2026-04-09"), D("2026-05-12"), D("2026-06-23"), D("2026-07-15"),
             D("2026-08-20"), D("2026-09-17")]
    rows = []
    for i, d in enumerate(dates):
        ie, g, hs = goods[i % len(goods)]
        no = f"2322{d.year}{'0' if ie == '进口' else '1'}{rng.randint(10000000, 99999999)}"
        err, concl = "无", "通过"
        if d == D("2026-01-13"):
            err, concl = "原产地填写为日本，发票显示马来西亚，已退回制单人修改后复核通过", "退回修改"
        if d == D("2026-06-23"):
            err, concl = "件数与装箱单不符（48→46），已更正", "退回修改"
        items = "品名/规格/归类/价格/原产地/数量/境外发货人/包装/存放地点/运输/储存/拆检/标签" if ie == "进口" \
            else "品名/规格/归类/价格/数量/境外收货人/包装/运抵港/监管证件"
        rows.append([i + 1, no, ie, d, g, hs, items, concl, err, "李婷", "赵磊", d])
    sheet(wb, "报关单复核", "进出口报关单复核记录（抽取，2025.07—2026.09）",
          ["序号", "报关单号", "进/出口", "申报日期", "商品名称", "商品编码", "复核项目（逐项勾选）", "复核结论",
           "差错及纠正", "制单人", "复核人", "复核日期"], rows,
          [5, 22, 7, 13, 24, 12, 40, 10, 34, 8, 8, 13], date_cols=(3, 11), rng=rng)
    decl_nos = [r_[1] for r_ in rows]
    rev = rows

    # 3 单证归档
    rows = rows_src(decl_nos, dates)
    sheet(wb, "单证归档", "进出口单证归档登记表",
          ["归档日期", "报关单号", "单证内容", "页数", "归档位置", "经办人", "核对人"], rows,
          [13, 22, 46, 6, 16, 8, 8], date_cols=(0,), rng=rng)

    # 4 法检台账
    def fj(i, how, res="合格"):
        r_ = rev[i]
        return [r_[3], r_[1], r_[2], r_[4], how, res, "无", "—", "李婷" if i % 3 else "赵磊"]
    rows = [fj(1, "口岸查验（抽样送检）"), fj(3, "出口法检，产地检验"), fj(4, "出口法检，产地检验"),
            [D("2026-02-03"), "（来料检验）", "进口", "铝电解电容器 批次2601-17", "品质部来料检验",
             "—", "容量偏低，批次不合格（AQL超标）", "整批退货供应商，品质部评审单QR-2602-03", "何勇"],
            fj(6, "出口法检，产地检验"), fj(9, "口岸查验（机检）"), fj(10, "出口法检，产地检验"),
            [D("2026-08-06"), "—", "出口", "电源适配器 45W（2026年4月批次）", "客户反馈/风险排查",
             "—", "客户反馈标签能效等级印刷模糊，非安全项目", "补发标签，境外客户自行更换；未召回；已报副总经理", "何勇"],
            fj(13, "出口法检，产地检验")]
    sheet(wb, "法检台账", "法检商品检验监管台账（含不合格处置）",
          ["日期", "报关单号", "进/出口", "商品名称", "检验/监管方式", "海关检验结果", "不合格情况", "处置（退运/销毁/召回等）",
           "登记人"], rows, [13, 22, 7, 28, 20, 12, 30, 34, 8], date_cols=(0,), rng=rng)

    # 5 访客登记
    visitors = [("2025-09-03", "程伟", "苏州顺达物流有限公司", "身份证", "3215", "运费对账", "孙海涛", "F-03", "孙海涛", "苏E·7K2M1"),
                ("2025-11-12", "Hans Becker", "Vogt Elektronik GmbH", "护照", "C4F81932", "客户验厂", "杨雪", "F-01", "杨雪", ""),
                ("2026-01-08", "陶静", "苏州衡信关务咨询", "身份证", "0427", "认证辅导", "王晓琳", "F-02", "王晓琳", "苏E·3P9Q6"),
                ("2026-02-24", "郭晨", "江苏华电检测技术有限公司", "身份证", "6631", "安规抽检", "何勇", "F-04", "何勇", "苏A·6F2N8"),
                ("2026-03-11", "王磊", "苏州凯达消防设备", "驾驶证", "1908", "消防设施年检", "刘建军", "F-02", "刘建军", "苏E·M1W55"),
                ("2026-04-20", "Lim Wei Ling", "Tanaka Components (M) Sdn Bhd", "护照", "A3308126", "供应商拜访", "徐帆", "F-01", "徐帆", ""),
                ("2026-05-27", "蔡志强", "中国电信吴中分公司", "身份证", "5572", "专线维护（机房）", "郑凯", "F-05", "郑凯", "苏E·D0R73"),
                ("2026-06-30", "沈洁", "苏州衡信关务咨询", "身份证", "2214", "认证预评估", "周立新", "F-03", "王晓琳", "苏E·5T8C2"),
                ("2026-08-04", "刘晓", "苏州顺达物流有限公司", "身份证", "8842", "年度运费报价沟通", "孙海涛", "F-02", "孙海涛", "苏E·7K2M1"),
                ("2026-09-22", "周雨", "个人（应聘）", "身份证", "4409", "面试", "蒋丽", "F-04", "—（仅办公楼一层）", "")]
    rows = []
    for v in visitors:
        d = D(v[0])
        tin = f"{rng.randint(8, 14):02d}:{rng.choice(['05', '20', '35', '50'])}"
        tout = f"{int(tin[:2]) + rng.randint(1, 3):02d}:{rng.choice(['10', '25', '40', '55'])}"
        rows.append([d, v[1], v[2], v[3] + "（已核验照片）", "****" + v[4][-4:], v[5], v[6], v[7], v[8],
                     v[9] or "—", "访客停车区" if v[9] else "—", tin, tout, rng.choice(["钱伟", "马强", "邓峰"])])
    sheet(wb, "访客登记", "来访人员登记表（东门门卫室）",
          ["日期", "姓名", "单位", "证件类型", "证件号码", "事由", "被访人", "访客证号", "陪同人", "车牌号", "停车位置",
           "进入时间", "离开时间", "值班保安"], rows, [13, 12, 28, 16, 10, 16, 8, 8, 16, 11, 10, 8, 8, 8],
          date_cols=(0,), rng=rng)

    # 6 车辆检查
    carriers = [("苏州顺达物流有限公司", "苏E·8H6J2", "蒋国华"), ("上海港联集卡运输有限公司", "沪D·K3172", "朱永强"),
                ("苏州顺达物流有限公司", "苏E·2B7F9", "陈亮"), ("昆山通运物流有限公司", "苏E·Q5M21", "杜海")]
    vdates = [D("2025-09-23"), D("2025-11-04"), D("2025-12-16"), D("2026-01-20"), D("2026-03-18"),
              D("2026-05-06"), D("2026-06-23"), D("2026-07-15"), D("2026-08-20"), D("2026-09-17")]
    rows = []
    for i, d in enumerate(vdates):
        c, plate, drv = carriers[i % 4]
        res = "正常"
        if d == D("2026-05-06"):
            res = "司机与预报信息不符（临时换人），暂停装货，经顺达物流书面确认后放行"
        rows.append([d, plate, c, drv, "身份证已核验", "驾驶证已核验", "√", "√", "√", "√", res, "南门货车待装区",
                     rng.choice(["钱伟", "马强", "邓峰"])])
    sheet(wb, "车辆检查", "进出车辆检查登记表（南门）",
          ["日期", "车牌号", "承运单位", "司机", "身份证", "驾驶证", "驾驶室", "车厢", "底盘", "油箱外部", "检查结果/处理",
           "停放区域", "保安"], rows, [13, 11, 24, 8, 12, 12, 7, 7, 7, 8, 40, 14, 8], date_cols=(0,), rng=rng)

    # 7 集装箱检查 (export loading supervision, seven points)
    cdates = [D("2025-08-05")] + [dates[i] for i in (3, 4, 6, 10, 11, 13)]
    rows = []
    seal0 = 2605101
    boxes = []
    for i, d in enumerate(cdates):
        box = f"{rng.choice(['TGHU', 'MSKU', 'OOLU', 'CSNU'])}{rng.randint(1000000, 9999999)}"
        rmk = "—"
        pts = ["√"] * 8
        if d == D("2026-06-23"):
            rmk = "首箱MSKU右侧有补焊痕迹，拒用，承运人更换为本箱后重新检查"
        boxes.append(box)
        rows.append([d, box, "40HQ" if i % 2 else "20GP", decl_nos[dates.index(d)] if d in dates else "（未抽取）", *pts,
                     f"RL{seal0 + i * 7}", "张志远", carriers[i % 4][2], rmk])
    sheet(wb, "集装箱检查", "集装箱七点检查及监装记录",
          ["装箱日期", "集装箱号", "箱型", "报关单号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架",
           "门锁", "封条号", "监装人", "司机签名", "备注"], rows,
          [13, 14, 7, 22, 6, 6, 6, 6, 6, 7, 10, 6, 12, 8, 8, 40], date_cols=(0,), rng=rng)

    # 8 封条台账
    rows = [[D("2025-07-28"), "入库", "RL2605100-RL2605149", 50, "—", "—", "徐帆", "张志远", "ISO 17712 H级，供应商符合性声明已存档"]]
    for i, d in enumerate(cdates):
        rows.append([d, "领用/施封", f"RL{seal0 + i * 7}", 1, boxes[i], "见集装箱检查表", "张志远", "林小燕", "—"])
    rows.insert(3, [D("2025-10-15"), "作废", "RL2605112", 1, "—", "—", "张志远", "林小燕", "封条掉地变形；2025-12-10内审后补登"])
    rows.insert(5, [D("2026-01-20"), "作废", "RL2605133", 1, "—", "—", "张志远", "林小燕", "施封时锁杆弯曲，剪断交回"])
    sheet(wb, "封条台账", "高安全封条管理台账",
          ["日期", "类型", "封条号/号段", "数量", "集装箱号", "报关单号", "经办人", "保管人确认", "备注"], rows,
          [13, 10, 22, 6, 12, 16, 8, 10, 36], date_cols=(0,), rng=rng)

    # 9 商业伙伴
    rows = [
        ["Tanaka Components (M) Sdn Bhd", "境外供应商", "马来西亚槟城", "—（AEO：MY AEO）", D("2024-03-15"), "问卷+资料审查", "合格", D("2026-03-10"), "合格", "徐帆"],
        ["Shenzhen Xinrui IC Trading Ltd（香港）", "境外供应商", "中国香港", "—", D("2024-05-20"), "问卷", "合格", D("2026-03-10"), "合格", "徐帆"],
        ["Vogt Elektronik GmbH", "境外客户", "德国", "—（EU AEO）", D("2023-11-02"), "资料审查", "合格", D("2026-04-02"), "合格", "杨雪"],
        ["苏州顺达物流有限公司", "承运人", "苏州吴中", "高级认证企业", D("2023-06-01"), "实地考察", "合格", D("2026-02-27"), "合格", "孙海涛"],
        ["上海港联集卡运输有限公司", "承运人", "上海宝山", "一般信用", D("2024-08-12"), "问卷+实地考察", "待改进（司机预报不及时）", D("2026-02-27"), "合格", "孙海涛"],
        ["昆山通运物流有限公司", "承运人", "昆山", "一般信用", D("2026-04-15"), "问卷+实地考察", "合格", "—", "—（新增）", "孙海涛"],
        ["苏州吴中汇通报关有限公司", "报关企业", "苏州吴中", "高级认证企业", D("2022-09-01"), "资料审查（简化）", "合格", D("2026-01-15"), "合格", "王晓琳"],
        ["上海远帆国际货运代理有限公司", "货运代理", "上海", "一般信用", D("2023-03-20"), "问卷", "合格", D("2025-03-18"), "合格", "王晓琳"],
    ]
    sheet(wb, "商业伙伴", "合格商业伙伴名录及评估记录",
          ["名称", "类别", "所在地", "海关信用/AEO", "首次评估日期", "评估方式", "评估结论", "最近复评日期", "复评结论", "评估人"],
          rows, [36, 10, 12, 16, 13, 16, 24, 13, 10, 8], date_cols=(4, 7), rng=rng)

    # 10 员工花名册
    staff = [("RL0012", "陈国栋", "总经理办公室", "总经理", "2012-05-02", ""), ("RL0031", "周立新", "总经理办公室", "副总经理", "2014-03-10", ""),
             ("RL0158", "王晓琳", "关务部", "关务部经理", "2017-07-01", ""), ("RL0376", "李婷", "关务部", "关务专员", "2021-02-22", ""),
             ("RL0402", "赵磊", "关务部", "关务复核专员", "2021-09-06", ""), ("RL0219", "孙海涛", "仓储物流部", "经理", "2018-04-16", ""),
             ("RL0455", "林小燕", "仓储物流部", "仓管员", "2022-06-13", ""), ("RL0517", "张志远", "仓储物流部", "仓管员/监装员", "2023-08-01", ""),
             ("RL0288", "刘建军", "行政安保部", "安保主管", "2019-03-04", ""), ("RL0330", "郑凯", "信息技术部", "主管", "2020-05-18", ""),
             ("RL0541", "黄蕾", "审计室", "审计专员", "2024-02-19", ""), ("RL0560", "何勇", "品质部", "经理", "2024-06-03", ""),
             ("RL0498", "陈晨", "仓储物流部", "仓管员", "2023-03-13", "2025-08-29"),
             ("RL0573", "吴浩", "关务部", "关务助理", "2025-03-03", "2026-04-30"),
             ("RL0588", "彭丽", "财务部", "出纳", "2025-10-20", "2026-07-31"),
             ("RL0601", "方宇", "仓储物流部", "仓管员", "2026-05-11", ""), ("RL0612", "高雅", "关务部", "关务助理", "2026-06-01", "")]
    rows = []
    for s in staff:
        left = D(s[5]) if s[5] else None
        key = s[3] in ("关务专员", "关务复核专员", "仓管员", "仓管员/监装员", "安保主管", "关务助理", "出纳", "主管", "经理", "关务部经理")
        bg = "已提交无犯罪记录证明" if key else "身份及履历核实"
        rows.append([s[0], s[1], s[2], s[3], D(s[4]), "身份证核验", bg, "B" + s[0][2:],
                     left or "在职", "已收回" if left else "—", "当日停用" if left else "—",
                     "当日注销" if left else "—"])
    sheet(wb, "员工花名册", f"员工花名册（动态，更新至2026年10月15日）",
          ["工号", "姓名", "部门", "岗位", "入职日期", "身份核验", "背景调查", "工牌号", "离职日期", "工牌/钥匙回收",
           "系统账号", "门禁权限"], rows, [8, 8, 12, 14, 13, 11, 22, 8, 13, 12, 10, 10], date_cols=(4, 8), rng=rng)

    # 11 钥匙登记
    keys = ["K-07 成品仓库南门", "K-12 关务档案柜", "K-03 进口原材料库", "K-15 封条柜", "K-21 监控室备用钥匙", "K-07 成品仓库南门"]
    kd = [D("2025-10-09"), D("2025-12-30"), D("2026-02-14"), D("2026-04-03"), D("2026-06-19"), D("2026-08-28"),
          D("2026-09-30"), D("2026-10-12")]
    rows = []
    for i, d in enumerate(kd):
        k = keys[i % len(keys)]
        who = {"K-07": "林小燕", "K-12": "李婷", "K-03": "张志远", "K-15": "张志远", "K-21": "郑凯"}[k[:4]]
        rows.append([d, k, who, "加班/节假日值守" if i % 2 else "日常作业", "07:50", "18:10", rng.choice(["钱伟", "马强", "邓峰"])])
    sheet(wb, "钥匙登记", "钥匙领用登记表", ["日期", "钥匙编号/名称", "领用人", "事由", "领用时间", "归还时间", "保安签字"],
          rows, [13, 22, 8, 16, 9, 9, 9], date_cols=(0,), rng=rng)

    # 12 安保巡查
    pd_ = [D("2025-10-18"), D("2025-12-07"), D("2026-01-26"), D("2026-03-15"), D("2026-04-11"), D("2026-05-30"),
           D("2026-07-08"), D("2026-08-16"), D("2026-09-25"), D("2026-10-14")]
    rows = []
    for d in pd_:
        note = "无异常"
        light = "正常"
        if d == D("2026-04-11"):
            note = "22:40 南门装卸区发现一名未佩戴工牌人员，询问系外卖配送员误入，带至门卫室登记身份证后劝离，已报刘建军"
        if d == D("2026-08-16"):
            light = "北侧围墙3号灯不亮，已报修，次日修复"
        rows.append([d, "夜班", "22:00/00:00/02:00/04:00", "完好", light, "正常（录像可回放）", "已锁", "正常", note,
                     rng.choice(["钱伟", "马强", "邓峰"])])
    sheet(wb, "安保巡查", "安保巡查记录（摘录）",
          ["日期", "班次", "巡查时间", "围墙", "照明", "视频监控", "仓库门锁", "停车区", "异常情况及处置", "巡查人"],
          rows, [13, 6, 22, 6, 30, 16, 8, 8, 60, 8], date_cols=(0,), rng=rng)

    # 13 收发货记录
    rows = []
    for i, d in enumerate(dates[3:]):
        ie = goods[(i + 3) % len(goods)][0]
        n = rng.randint(20, 160)
        got, diff, act = n, "无", "—"
        if d == D("2026-05-12"):
            got, diff, act = n - 2, "短少2箱", "拍照，当日填写异常报告，通知关务部和供应商，供应商补发并确认"
        rows.append([d, "收货" if ie == "进口" else "发货", decl_nos[i + 3], goods[(i + 3) % len(goods)][1], n, got,
                     "相符", "相符", "完好，号码一致" if ie == "进口" else "已施封", diff, act,
                     "林小燕/" + carriers[i % 4][2]])
    sheet(wb, "收发货记录", "进出口货物收发货及交接记录",
          ["日期", "收/发", "报关单号", "品名", "单证件数", "实收/实发件数", "重量", "标签", "封条", "差异", "处理",
           "交接签字（仓管/司机）"], rows, [13, 6, 22, 24, 8, 10, 6, 6, 14, 10, 50, 18], date_cols=(0,), rng=rng)

    # 14 应急演练
    rows = [
        [D("2025-05-20"), "演练", "消防疏散演练", "全体在岗员工约180人", "疏散用时4分10秒", "否", "南侧通道指示灯需增加", "刘建军"],
        [D("2026-06-18"), "演练", "桌面推演：出口集装箱封条被破坏、货物疑似被调换的报告与处置；随后进行消防疏散",
         "周立新、王晓琳、孙海涛、刘建军、张志远、保安4人", "按预案完成报告链：监装员→仓储经理→关务部→海关（模拟）",
         "模拟向海关报告", "报告电话清单更新；增加封条异常拍照要求", "刘建军"],
        [D("2026-07-22"), "事件", "暴雨致进口原材料库东侧漏水", "孙海涛、林小燕、刘建军、维修2人",
         "2小时内将受影响托盘转移至备用区，清点无货损，屋面于7月24日修复", "否（未涉及海关监管货物和申报时效）", "屋面排水沟清理纳入季度检查", "孙海涛"],
    ]
    sheet(wb, "应急演练", "应急演练及突发事件处置记录",
          ["日期", "类型", "内容", "参加人员", "处置情况", "是否涉及海关业务/报告", "评估与改进", "记录人"],
          rows, [13, 6, 44, 34, 44, 22, 34, 8], date_cols=(0,), rng=rng)

    # 15 整改跟踪
    rows = [
        ["IA2025-01", "2025年度内审", "2票报关单复核记录无复核日期", "关务部", "王晓琳", "复核记录增加必填复核日期；补签", D("2026-01-31"), D("2026-01-20"), "黄蕾", "已关闭"],
        ["IA2025-02", "2025年度内审", "1枚作废封条未及时登记", "仓储物流部", "孙海涛", "作废封条当日登记并剪断交回", D("2026-01-31"), D("2026-01-28"), "黄蕾", "已关闭"],
        ["IA2025-03", "2025年度内审", "未见建筑物季度安全检查表", "行政安保部", "刘建军", "按季度开展检查并填表", D("2026-03-31"), "", "黄蕾", "未关闭（延期）"],
        ["IA2025-04", "2025年度内审", "法定代表人年度海关法规培训仅1次", "关务部", "王晓琳", "2026年培训计划单列管理层场次", D("2026-06-30"), "", "黄蕾", "未关闭"],
        ["QC2026-05", "海关行政处罚（吴关缉违字〔2026〕0112号）", "进口报关单原产地申报不实，罚款6000元", "关务部", "赵磊",
         "原产地与发票、原产地证三方核对；制单人李婷书面警告；8月27日专题培训", D("2026-05-31"), D("2026-05-20"), "王晓琳", "已关闭"],
    ]
    sheet(wb, "整改跟踪", "问题整改跟踪表",
          ["编号", "来源", "问题描述", "责任部门", "责任人", "整改措施", "期限", "完成日期", "验证人", "状态"],
          rows, [11, 14, 34, 12, 8, 34, 13, 13, 8, 14], date_cols=(6, 7), rng=rng)
    wb.save(path)


def rows_src(decl_nos, dates):
    out = []
    for no, d in zip(decl_nos, dates):
        out.append([d + dt.timedelta(days=6), no, "报关单、合同、发票、装箱单、提运单、缴款书/放行通知、复核记录",
                    random.Random(no).randint(9, 26), f"关务档案柜A{d.month:02d}-{d.year % 100}", "李婷", "王晓琳"])
    return out


# --------------------------------------------------------------------------- small Word documents
def doc_audit_report(path):
    d = new_doc(12)
    header_footer(d, f"{CO}　审计室")
    para(d, "2025年度进出口活动内部审计报告", 18, True, "c", SANS, space_after=6)
    para(d, "报告编号：RL-AUD-2025-02　　报告日期：2025年12月15日", 11, align="c", space_after=12)
    secs = [
        ("一、审计依据与范围", "依据《管理制度汇编（2024版）》第八章及总经理批准的审计方案（2025年11月24日），审计室对2025年1月1日至"
         "2025年11月30日期间的进出口活动开展内部审计，范围包括报关单证复核与归档、报关专用章使用、培训、场所与出入管理、"
         "集装箱与封条管理、商业伙伴评估、信息系统数据保存。"),
        ("二、审计组与方法", "组长黄蕾（审计专员），成员吴敏（财务经理）、刘建军（行政安保主管，不审计本部门）。采用资料查阅、"
         "抽样检查、现场查看和人员访谈。审计期间进出口报关单共812票，抽查45票（5.5%）。"),
        ("三、主要发现", "1. 抽查45票报关单均有复核记录，其中2票复核记录缺少复核日期（一般问题）。\n"
         "2. 封条台账中1枚作废封条未在当日登记（一般问题）。\n"
         "3. 行政安保部未能提供建筑物季度安全检查表（一般问题）。\n"
         "4. 法定代表人2025年度参加海关法律法规培训1次（9月12日），未达到汇编规定的每年2次（观察项）。\n"
         "5. 关务管理系统可查询2019年以来的报关数据，数据保存符合要求；访客登记、车辆检查记录完整。"),
        ("四、整改要求", "责任部门应于2026年1月31日前（第3项于2026年3月31日前、第4项于2026年6月30日前）完成整改，"
         "整改情况录入《问题整改跟踪表》，由审计室验证。"),
        ("五、结论", "公司进出口活动内部控制总体有效，上述问题不构成重大缺陷。"),
    ]
    for h, body in secs:
        para(d, h, 13, True, font=SANS, space_after=4)
        for line in body.split("\n"):
            para(d, line, 12, indent=True, space_after=4)
    para(d, "", space_after=12)
    para(d, "审计组长：黄蕾　　　　审核：周立新（副总经理）　　　　批准：陈国栋（总经理）", 11, space_after=4)
    para(d, "抄送：关务部、仓储物流部、行政安保部、信息技术部", 10)
    d.save(path)


def doc_appointment(path):
    d = new_doc(14)
    para(d, CO, 20, True, "c", SANS, space_after=4)
    para(d, "瑞联总办〔2024〕3号", 12, align="c", space_after=16)
    para(d, "关于指定关务负责人及贸易安全负责人的通知", 16, True, "c", SANS, space_after=16)
    para(d, "公司各部门：", 14, space_after=6)
    for s in ("根据公司经理办公会决定，现指定副总经理周立新同志分管公司关务工作，负责与海关的联系和公司进出口合规管理，"
              "同时担任公司贸易安全负责人，组织供应链安全各项措施的落实。",
              "关务部经理王晓琳同志为公司关务负责人，在周立新同志领导下负责日常关务工作。",
              "本通知自发文之日起执行，原《关于关务工作分工的通知》（瑞联总办〔2021〕5号）同时废止。"):
        para(d, s, 14, indent=True, space_after=6, line=28)
    para(d, "", space_after=20)
    para(d, f"{CO}（盖章）", 14, align="r")
    para(d, "2024年1月8日", 14, align="r")
    d.save(path)


def doc_quality_training(path):
    d = new_doc(11)
    para(d, "品质部培训签到表", 16, True, "c", SANS, space_after=6)
    para(d, "课程：IPC-A-610 电子组件可接受性（焊接质量）及产品质量意识培训", 11, space_after=2)
    para(d, "日期：2026年7月9日 14:00-16:30　　地点：二楼培训室　　讲师：何勇（品质部经理）", 11, space_after=2)
    para(d, "内容：焊点润湿、虚焊、锡珠、元件偏移判定；客户质量要求与8D报告填写；质量月活动安排。", 11, space_after=8)
    names = [("陈国栋", "总经理"), ("何勇", "品质部经理"), ("梁文", "生产部经理"), ("刘芳", "SMT线长"), ("胡敏", "插件线长"),
             ("董杰", "IPQC"), ("曹艳", "OQC"), ("苏静", "IQC"), ("任波", "维修技术员"), ("韩梅", "工艺工程师")]
    table(d, [["序号", "姓名", "岗位", "签到", "考试成绩"]] + [[str(i + 1), n, p, "√", str(80 + (i * 7) % 19)] for i, (n, p) in enumerate(names)],
          [1.5, 3, 4, 3, 3], 11)
    para(d, "", space_after=6)
    para(d, "备注：本次培训为品质月系列课程之一，考试不合格（<80分）人员于7月16日补考。", 10)
    d.save(path)


def doc_menu(path):
    d = new_doc(12)
    para(d, "员工食堂 11月第一周菜谱（11.2—11.6）", 16, True, "c", SANS, space_after=8)
    rows = [["日期", "午餐主菜", "午餐素菜", "汤", "晚餐（加班）"],
            ["周一", "红烧狮子头", "清炒西兰花", "冬瓜排骨汤", "青菜肉丝面"],
            ["周二", "糖醋里脊", "蒜蓉生菜", "紫菜蛋花汤", "扬州炒饭"],
            ["周三", "清蒸鲈鱼", "手撕包菜", "番茄牛腩汤", "馄饨"],
            ["周四", "宫保鸡丁", "干煸四季豆", "玉米排骨汤", "咖喱鸡饭"],
            ["周五", "红烧肉", "醋溜土豆丝", "酸辣汤", "大排面"]]
    table(d, rows, [2, 3.5, 3.5, 3.5, 3.5], 11)
    para(d, "", space_after=6)
    para(d, "行政部　食堂服务热线：8021", 10, align="r")
    d.save(path)


def doc_holiday(path):
    d = new_doc(14)
    para(d, "关于2026年国庆节放假安排的通知", 16, True, "c", SANS, space_after=12)
    para(d, "各部门：", 14, space_after=6)
    for s in ("根据国务院办公厅通知精神，结合公司生产计划，现将2026年国庆节放假安排通知如下：10月1日至10月7日放假调休，共7天。"
              "9月27日（星期日）、10月10日（星期六）上班。",
              "生产部、仓储物流部如有订单需要加班，请提前报人力资源部备案。放假期间请各部门关闭电源、锁好门窗。",):
        para(d, s, 14, indent=True, space_after=6, line=28)
    para(d, "人力资源部", 14, align="r")
    para(d, "2026年9月15日", 14, align="r")
    d.save(path)


def doc_it_notice(path):
    d = new_doc(13)
    para(d, "IT服务台来访须知", 18, True, "c", SANS, space_after=10)
    for s in ("1. IT服务台位于办公楼三层301室，服务时间为工作日8:30-12:00、13:00-17:30。",
              "2. 来访同事请先在服务台前的平板上取号登记，填写工号、部门和问题类别（电脑故障、打印机、邮箱、ERP权限等），按叫号顺序办理。",
              "3. 送修电脑请携带电源适配器，并提前备份个人文件；维修完成后凭取号单领取，领取时在登记本上签名。",
              "4. 申请ERP或关务系统权限的，请通过OA提交账号申请流程，服务台不受理口头申请。",
              "5. 紧急故障（如整条产线的终端无法使用）请直接拨打内线8000。",
              "信息技术部　2026年3月"):
        para(d, s, 13, space_after=8, line=26)
    d.save(path)


def doc_brochure(path):
    d = new_doc(12)
    para(d, "瑞联电子 2026 产品手册", 24, True, "c", SANS, space_after=10)
    para(d, "专注电源管理二十年 · 安全 · 高效 · 绿色", 14, align="c", space_after=16)
    for h, body in (("公司简介", "苏州瑞联电子科技有限公司成立于2006年，位于苏州市吴中区，拥有6条SMT产线和4条组装线，"
                     "年产电源适配器800万只、LED驱动电源200万只，通过ISO 9001、ISO 14001认证，产品取得CCC、CE、UL、PSE等认证。"),
                    ("主要产品", "1. 桌面式/壁插式电源适配器 12W—150W，六级能效；\n2. LED恒流驱动电源 20W—240W，IP67防水；\n"
                     "3. 定制PCBA电源控制板。"),
                    ("联系我们", "销售热线：0512-6xxx8899　邮箱：sales@ruilian-elec.example　地址：苏州市吴中区胥口镇瑞联路18号")):
        para(d, h, 16, True, font=SANS, space_after=6)
        for line in body.split("\n"):
            para(d, line, 12, indent=True, space_after=6)
    table(d, [["型号", "功率", "输入", "输出", "能效"], ["RL-A65", "65W", "100-240V~", "19V 3.42A", "VI"],
              ["RL-A45", "45W", "100-240V~", "15V 3A", "VI"], ["RL-L100", "100W", "100-277V~", "2.8A 恒流", "—"]],
          [3, 2.5, 3.5, 3.5, 2.5], 11)
    d.save(path)


def doc_cpa_report(path):
    d = new_doc(12)
    header_footer(d, "苏州信诚会计师事务所（普通合伙）　审计报告　苏信诚审字〔2026〕第0217号")
    para(d, "审 计 报 告", 20, True, "c", SANS, space_after=6)
    para(d, "苏信诚审字〔2026〕第0217号", 12, align="c", space_after=12)
    para(d, f"{CO}全体股东：", 12, space_after=6)
    for h, body in (("一、审计意见", f"我们审计了{CO}（以下简称瑞联电子公司）财务报表，包括2025年12月31日的资产负债表，2025年度的利润表、"
                     "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                     "公允反映了瑞联电子公司2025年12月31日的财务状况以及2025年度的经营成果和现金流量。"),
                    ("二、形成审计意见的基础", "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”"
                     "部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于瑞联电子公司，并履行了职业道德方面的其他责任。"
                     "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
                    ("三、管理层和治理层对财务报表的责任", "瑞联电子公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，"
                     "并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。"),
                    ("四、注册会计师对财务报表审计的责任", "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，"
                     "并出具包含审计意见的审计报告。")):
        para(d, h, 13, True, font=SANS, space_after=4)
        para(d, body, 12, indent=True, space_after=8, line=22)
    para(d, "苏州信诚会计师事务所（普通合伙）　　中国注册会计师：孔令辉　许晴", 11, space_after=2)
    para(d, "中国·苏州　　　　二〇二六年三月二十日", 11, space_after=2)
    page_break(d)
    para(d, "资产负债表（简表）", 16, True, "c", SANS, space_after=4)
    para(d, "编制单位：苏州瑞联电子科技有限公司　　2025年12月31日　　单位：人民币万元", 10, align="c", space_after=6)
    table(d, [["项目", "年末数", "年初数"], ["货币资金", "6,420", "5,180"], ["应收账款", "8,960", "8,210"],
              ["存货", "7,050", "6,630"], ["其他流动资产", "570", "480"], ["流动资产合计", "23,000", "20,500"],
              ["固定资产", "9,800", "9,950"], ["无形资产及其他", "1,200", "1,250"], ["资产总计", "34,000", "31,700"],
              ["短期借款", "3,500", "4,000"], ["应付账款", "6,900", "6,300"], ["其他流动负债", "1,600", "1,400"],
              ["流动负债合计", "12,000", "11,700"], ["长期借款", "4,000", "4,000"], ["负债合计", "16,000", "15,700"],
              ["实收资本", "8,000", "8,000"], ["未分配利润及公积", "10,000", "8,000"], ["所有者权益合计", "18,000", "16,000"],
              ["负债和所有者权益总计", "34,000", "31,700"]], [7, 4, 4], 10.5)
    page_break(d)
    para(d, "利润表及现金流量表（简表）", 16, True, "c", SANS, space_after=4)
    para(d, "2025年度　　单位：人民币万元", 10, align="c", space_after=6)
    table(d, [["项目", "本年数", "上年数"], ["营业收入", "42,000", "38,600"], ["营业成本", "35,300", "32,600"],
              ["税金及附加、期间费用", "4,100", "3,800"], ["营业利润", "2,600", "2,200"], ["利润总额", "2,640", "2,230"],
              ["净利润", "2,250", "1,890"], ["经营活动产生的现金流量净额", "3,100", "2,400"],
              ["投资活动产生的现金流量净额", "-1,160", "-1,900"], ["筹资活动产生的现金流量净额", "-700", "300"]], [7, 4, 4], 10.5)
    d.save(path)


# --------------------------------------------------------------------------- scans / screenshots (Pillow)
def _img_font(size, serif=False):
    from PIL import ImageFont
    return ImageFont.truetype(FONT_SERIF if serif else FONT_SANS, size, index=2)


def _scanify(img, rng, angle):
    from PIL import Image, ImageFilter
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(246, 245, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(1500):
        x, y = rng.randrange(w), rng.randrange(h)
        g = rng.randint(120, 200)
        px[x, y] = (g, g, g)
    return img


def _stamp(dr, cx, cy, r, text):
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 30, 30), width=5)
    f = _img_font(int(r / 4))
    dr.text((cx, cy - r * 0.15), "★", font=_img_font(int(r / 2.5)), fill=(200, 30, 30), anchor="mm")
    dr.text((cx, cy + r * 0.45), text, font=f, fill=(200, 30, 30), anchor="mm")


def _hand(dr, xy, text, size, rng, color=(20, 30, 90)):
    x, y = xy
    f = _img_font(size, serif=True)
    for ch in text:
        dr.text((x, y + rng.randint(-3, 3)), ch, font=f, fill=color)
        x += int(f.getlength(ch) * rng.uniform(0.95, 1.1))


def scan_seal_ledger(path, rng):
    from PIL import Image, ImageDraw
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (250, 250, 246))
    dr = ImageDraw.Draw(img)
    dr.text((W // 2, 110), "报关专用章使用登记簿", font=_img_font(46), fill=(0, 0, 0), anchor="mm")
    dr.text((W // 2, 170), "保管部门：关务部　　保管人：李婷　　第 3 页", font=_img_font(24), fill=(0, 0, 0), anchor="mm")
    cols = [60, 260, 570, 650, 870, 1020, 1180]
    heads = ["日期", "用印文件", "份数", "用途", "使用人", "批准人"]
    top, rh = 220, 74
    for i in range(17):
        dr.line([(cols[0], top + i * rh), (cols[-1], top + i * rh)], fill=(0, 0, 0), width=2)
    for x in cols:
        dr.line([(x, top), (x, top + 16 * rh)], fill=(0, 0, 0), width=2)
    for j, h in enumerate(heads):
        dr.text(((cols[j] + cols[j + 1]) // 2, top + rh // 2), h, font=_img_font(26), fill=(0, 0, 0), anchor="mm")
    entries = [("2026.7.3", "代理报关委托书", "2", "委托汇通报关", "李婷", "王晓琳"),
               ("2026.7.15", "出口报关单", "1", "修改申请", "赵磊", "王晓琳"),
               ("2026.7.28", "情况说明", "1", "查验说明", "李婷", "王晓琳"),
               ("2026.8.6", "代理报关委托书", "3", "委托汇通报关", "李婷", "王晓琳"),
               ("2026.8.20", "进口报关单", "1", "删单申请", "赵磊", "王晓琳"),
               ("2026.9.2", "担保函", "1", "税款担保", "李婷", "周立新"),
               ("2026.9.17", "代理报关委托书", "2", "委托汇通报关", "李婷", "王晓琳"),
               ("2026.9.29", "情况说明", "1", "归类说明", "赵磊", "王晓琳"),
               ("2026.10.13", "代理报关委托书", "2", "委托汇通报关", "李婷", "王晓琳")]
    for i, e in enumerate(entries, 1):
        y = top + i * rh + 18
        for j, v in enumerate(e):
            _hand(dr, (cols[j] + 10, y), v, 24, rng)
    _stamp(dr, 1010, 1540, 95, "关务部")
    img = _scanify(img, rng, -0.7)
    img = img.resize((W * 3 // 4, H * 3 // 4))
    img.save(path, "PDF", resolution=110.0, quality=60)


def scan_declaration(path, rng):
    from PIL import Image, ImageDraw
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (250, 250, 246))
    dr = ImageDraw.Draw(img)
    dr.text((W // 2, 150), "无犯罪记录承诺书", font=_img_font(50), fill=(0, 0, 0), anchor="mm")
    body = ["本人承诺：截至本承诺书签署之日，本人近两年内未因故意犯罪受过刑事处罚，",
            "未被列入国家失信联合惩戒名单。如有不实，本人愿承担相应责任。",
            "本承诺书用于苏州瑞联电子科技有限公司申请海关企业认证。"]
    for i, s in enumerate(body):
        dr.text((120, 280 + i * 60), s, font=_img_font(30), fill=(0, 0, 0))
    rows = [("陈国栋", "总经理（法定代表人）"), ("周立新", "副总经理（分管关务、贸易安全）"), ("王晓琳", "关务部经理（关务负责人）"),
            ("吴敏", "财务经理")]
    y0 = 560
    dr.text((140, y0), "姓名", font=_img_font(30), fill=(0, 0, 0))
    dr.text((420, y0), "职务", font=_img_font(30), fill=(0, 0, 0))
    dr.text((900, y0), "签名", font=_img_font(30), fill=(0, 0, 0))
    for i, (n, p) in enumerate(rows, 1):
        y = y0 + i * 110
        dr.text((140, y), n, font=_img_font(30), fill=(0, 0, 0))
        dr.text((420, y), p, font=_img_font(26), fill=(0, 0, 0))
        _hand(dr, (900, y - 10), n, 44, rng)
        dr.line([(880, y + 50), (1150, y + 50)], fill=(0, 0, 0), width=2)
    _hand(dr, (760, 1300), "2026年9月18日", 36, rng)
    _stamp(dr, 980, 1420, 120, "苏州瑞联电子科技有限公司")
    img = _scanify(img, rng, 0.5)
    img = img.resize((W * 3 // 4, H * 3 // 4))
    img.save(path, "PDF", resolution=110.0, quality=60)


def screenshot_system(path, rng):
    from PIL import Image, ImageDraw
    W, H = 1366, 768
    img = Image.new("RGB", (W, H), (240, 242, 245))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, W, 48], fill=(32, 78, 140))
    dr.text((18, 12), "瑞联关务管理系统 V3.2　|　报关单查询", font=_img_font(20), fill=(255, 255, 255))
    dr.text((1080, 14), "用户：wangxl（关务部）", font=_img_font(16), fill=(255, 255, 255))
    dr.rectangle([0, 48, 180, H], fill=(225, 229, 236))
    for i, m in enumerate(["商品归类库", "报关单查询", "申报回执", "单证影像", "税费统计", "预警提示", "数据归档库"]):
        dr.text((20, 70 + i * 40), m, font=_img_font(17), fill=(30, 30, 30) if i != 1 else (32, 78, 140))
    dr.text((200, 62), "申报日期：2019-01-01 至 2026-09-15　进出口：全部　状态：已结关　　[查询]  [导出Excel]",
            font=_img_font(16), fill=(30, 30, 30))
    hdr = ["报关单号", "申报日期", "进/出口", "商品名称", "ERP订单号", "放行日期", "单证影像", "结关"]
    xs = [200, 420, 540, 620, 850, 1000, 1120, 1230]
    dr.rectangle([195, 100, W - 10, 132], fill=(210, 220, 235))
    for x, h in zip(xs, hdr):
        dr.text((x, 106), h, font=_img_font(16), fill=(0, 0, 0))
    data = [("232220190012837461", "2019-03-14", "进口", "集成电路", "PO190311", "2019-03-16"),
            ("232220191045920318", "2019-07-02", "出口", "电源适配器", "SO190627", "2019-07-03"),
            ("232220200017263354", "2020-05-21", "进口", "铝电解电容器", "PO200518", "2020-05-22"),
            ("232220211093847102", "2021-10-12", "出口", "LED驱动电源", "SO211008", "2021-10-13"),
            ("232220220028374655", "2022-08-30", "进口", "磁芯", "PO220826", "2022-09-01"),
            ("232220231038475921", "2023-11-07", "出口", "电源适配器", "SO231102", "2023-11-08"),
            ("232220240019283746", "2024-06-18", "进口", "贴片电容", "PO240614", "2024-06-19"),
            ("232220251047382910", "2025-12-16", "出口", "LED驱动电源", "SO251211", "2025-12-17"),
            ("232220260011928374", "2026-09-11", "进口", "集成电路", "PO260908", "2026-09-12")]
    for i, r in enumerate(data):
        y = 142 + i * 36
        if i % 2:
            dr.rectangle([195, y - 6, W - 10, y + 26], fill=(250, 250, 252))
        for x, v in zip(xs, list(r) + ["查看", "是"]):
            dr.text((x, y), v, font=_img_font(15), fill=(20, 20, 20) if v != "查看" else (32, 78, 140))
    dr.text((200, 480), "共 6,934 条记录（最早：2019-01-08）　第 1/771 页", font=_img_font(16), fill=(80, 80, 80))
    dr.text((200, 520), "预警：3 票报关单税款缴纳期限剩余 ≤3 天（请至“税费统计”处理）", font=_img_font(16), fill=(190, 60, 20))
    dr.text((W - 300, H - 30), "2026-09-15 10:42", font=_img_font(14), fill=(90, 90, 90))
    img.save(path, "PNG", optimize=True)


# --------------------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    (out / "2026资料").mkdir(parents=True, exist_ok=True)
    (out / "新建文件夹").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hoimp-") as t:
        tmp = pathlib.Path(t)
        hb_docx = build_handbook(tmp)
        src = tmp / "src"
        src.mkdir()
        doc_audit_report(src / "2025年度关务内部审计报告.docx")
        doc_cpa_report(src / "2025年度审计报告.docx")
        doc_it_notice(src / "IT服务台来访须知.docx")
        doc_brochure(src / "瑞联电子产品手册2026.docx")
        pdf_dir = tmp / "pdf"
        pdf_dir.mkdir()
        soffice([hb_docx, src / "2025年度审计报告.docx", src / "IT服务台来访须知.docx",
                 src / "瑞联电子产品手册2026.docx"], pdf_dir)
        shutil.copy(pdf_dir / "管理制度汇编（2026版）.pdf", out / HANDBOOK)
        shutil.copy(pdf_dir / "2025年度审计报告.pdf", out / "2025年度审计报告.pdf")
        shutil.copy(pdf_dir / "IT服务台来访须知.pdf", out / "IT服务台来访须知.pdf")
        shutil.copy(pdf_dir / "瑞联电子产品手册2026.pdf", out / "瑞联电子产品手册2026.pdf")
        shutil.copy(src / "2025年度关务内部审计报告.docx", out / "2025年度关务内部审计报告.docx")
    doc_appointment(out / "doc12.docx")
    doc_quality_training(out / "新建文件夹" / "附件2.docx")
    doc_menu(out / "11月第一周菜谱.docx")
    doc_holiday(out / "关于2026年国庆节放假安排的通知.docx")
    build_workbook(out / WORKBOOK, rng)
    scan_seal_ledger(out / "扫描件003.pdf", random.Random(NAME + "seal"))
    scan_declaration(out / "扫描件005.pdf", random.Random(NAME + "decl"))
    screenshot_system(out / "新建文件夹" / "截图20260915.png", random.Random(NAME + "shot"))


if __name__ == "__main__":
    import sys
    o = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ho-imp-out")
    if o.exists():
        shutil.rmtree(o)
    o.mkdir(parents=True)
    build(o)
    print("built", o)
