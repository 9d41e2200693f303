"""Held-out bundle ho-gen-importer-policies: 上海禾鲜食品进出口有限公司 (food importer/distributor),
一般认证 · 进出口货物收发货人, as_of 2026-08-15. Many policies, very few records."""
from __future__ import annotations

import datetime as dt
import pathlib
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

import importlib.util as _ilu

_spec = _ilu.spec_from_file_location("ho_gen_importer_policies_content", pathlib.Path(__file__).with_name("content.py"))
_content = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(_content)
POLICIES, HANDBOOK, APPOINTMENT, NOTICE_IRRELEVANT = _content.POLICIES, _content.HANDBOOK, _content.APPOINTMENT, _content.NOTICE_IRRELEVANT

NAME = "ho-gen-importer-policies"
CO = "上海禾鲜食品进出口有限公司"
FIXED = dt.datetime(2026, 7, 1, 9, 0, 0)
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CN_NUM = "零一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN_NUM[t] + "十" + (CN_NUM[u] if u else "")


def _font(run, size=10.5, bold=False, name="宋体"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text, size=10.5, bold=False, align=None, space_after=3, name="宋体"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    _font(r, size, bold, name)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            _font(r, size, bold=(i == 0))
            if widths:
                c.width = Cm(widths[j])
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.author = "禾鲜-行政部"
    cp.last_modified_by = "禾鲜-行政部"
    return doc


def policy_doc(spec: dict) -> Document:
    """A policy in the company's house style: header block, 修订记录, chapters/articles,
    approval lines, then blank 样表 (each on a new page)."""
    doc = new_doc()
    para(doc, CO, 12, True, "c")
    para(doc, spec["title"], 16, True, "c", 6, name="黑体")
    table(doc, [["文件编号", spec["code"], "版本/修订", spec["version"]],
                ["编制部门", spec["dept"], "生效日期", spec["effective"]]], 9)
    para(doc, "")
    para(doc, "修订记录", 10.5, True)
    table(doc, [["版本", "日期", "修订内容", "修订人"]] + spec["revisions"], 9)
    para(doc, "")
    n = 0
    for ch_title, arts in spec["chapters"]:
        if ch_title:
            para(doc, ch_title, 11.5, True, "c", 4, name="黑体")
        for a in arts:
            n += 1
            para(doc, f"第{cn(n)}条　{a}")
    para(doc, "")
    para(doc, spec.get("approval", "编制：李敏（关务主管）　　审核：周建华（副总经理）　　批准：陈国栋（总经理）"))
    para(doc, f"发布日期：{spec['issued']}", align="r")
    for f in spec.get("forms", []):
        page_break(doc)
        para(doc, f"附件{f['no']}：", 10.5, True)
        para(doc, f["title"] + "（样表）", 13, True, "c", 6)
        if f.get("top"):
            para(doc, f["top"], 9.5)
        rows = [f["headers"]] + [[""] * len(f["headers"]) for _ in range(f.get("n", 8))]
        table(doc, rows, 9)
        if f.get("foot"):
            para(doc, f["foot"], 9.5)
    return doc


def handbook_doc() -> Document:
    doc = new_doc()
    para(doc, "")
    para(doc, "")
    para(doc, CO, 16, True, "c", 12, name="黑体")
    para(doc, "员　工　手　册", 28, True, "c", 24, name="黑体")
    para(doc, "（2026年版）", 14, False, "c", 60)
    para(doc, "文件编号：HX-RS-00　　版本：C/0　　生效日期：2026年1月1日", 11, align="c")
    para(doc, "人事行政部　编制", 11, align="c")
    para(doc, "")
    para(doc, "员工签收：本人已收到并阅读本手册。签名：__________　日期：__________", 10, align="c")
    page_break(doc)
    para(doc, "目　录", 16, True, "c", 10, name="黑体")
    for i, (t, _paras) in enumerate(HANDBOOK):
        para(doc, f"{t}{'·' * 30}{i + 3}", 11)
    para(doc, "")
    para(doc, "修订记录", 10.5, True)
    table(doc, [["版本", "日期", "修订内容", "修订人"],
                ["A/0", "2016-03-01", "首次发布", "孙蕾"],
                ["B/0", "2021-01-01", "依据新考勤系统修订第四章", "孙蕾"],
                ["C/0", "2026-01-01", "增加第六章保密及信息使用要求；第七章后勤与安全调整门卫安排", "孙蕾"]], 9)
    for i, (t, paras) in enumerate(HANDBOOK):
        page_break(doc)
        para(doc, t, 15, True, "c", 10, name="黑体")
        for p in paras:
            if isinstance(p, tuple):  # section heading
                para(doc, p[0], 11.5, True, space_after=4)
            else:
                para(doc, p, 10.5, space_after=4)
    return doc


def appointment_doc() -> Document:
    doc = new_doc()
    para(doc, CO, 16, True, "c", 4, name="黑体")
    para(doc, "禾鲜〔2025〕人字第017号", 10.5, align="c", space_after=10)
    para(doc, APPOINTMENT["title"], 15, True, "c", 10, name="黑体")
    for p in APPOINTMENT["body"]:
        para(doc, p, 11, space_after=6)
    para(doc, "")
    para(doc, "上海禾鲜食品进出口有限公司（盖章）", 11, align="r")
    para(doc, "总经理：陈国栋", 11, align="r")
    para(doc, "二〇二五年九月一日", 11, align="r")
    para(doc, "")
    para(doc, "抄送：各部门；存档：人事行政部", 9.5)
    return doc


def notice_doc() -> Document:
    doc = new_doc()
    para(doc, NOTICE_IRRELEVANT["title"], 15, True, "c", 10, name="黑体")
    for p in NOTICE_IRRELEVANT["body"]:
        para(doc, p, 11, space_after=6)
    para(doc, "人事行政部", 11, align="r")
    para(doc, "2026年5月20日", 11, align="r")
    return doc


# --------------------------------------------------------------------------- workbooks
def _wb():
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "禾鲜-关务部"
    wb.properties.created = wb.properties.modified = FIXED
    return wb


def training_2026(path: pathlib.Path):
    from openpyxl.styles import Font
    wb = _wb()
    ws = wb.active
    ws.title = "签到表"
    ws.append([f"{CO}　培训签到表"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["培训主题", "进口食品相关海关法规及申报要点培训（2026年第1期）"])
    ws.append(["培训日期", "2026-03-20 14:00-16:30", "地点", "三楼会议室"])
    ws.append(["讲师", "李敏（关务主管）；外请：上海某报关协会讲师 黄老师"])
    ws.append(["组织部门", "关务部", "记录人", "张婷（单证员）"])
    ws.append([])
    ws.append(["序号", "部门", "姓名", "职务", "签到", "备注"])
    people = [
        ("管理层", "周建华", "副总经理（分管关务）", "周建华", ""),
        ("行政部", "王立新", "行政总监（负责贸易安全）", "王立新", ""),
        ("关务部", "李敏", "关务主管", "李敏", "讲师"),
        ("关务部", "张婷", "单证员", "张婷", ""),
        ("关务部", "何佳", "单证员", "何佳", ""),
        ("仓储部", "刘洋", "仓储主管", "刘洋", ""),
        ("品控部", "吴强", "品控经理", "吴强", ""),
        ("采购部", "马晓东", "采购经理", "马晓东", ""),
        ("财务部", "冯丽", "财务经理", "冯丽", ""),
        ("内勤", "钱芳", "内勤专员", "钱芳", ""),
        ("管理层", "陈国栋", "总经理", "", "出差请假"),
    ]
    for i, p in enumerate(people, 1):
        ws.append([i, p[0], p[1], p[2], p[3], p[4]])
    ws.append([])
    ws.append(["应到11人，实到10人。考核方式：现场提问。"])
    for col, w in zip("ABCDEF", (8, 12, 10, 26, 10, 12)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("培训内容")
    ws2.append(["序号", "内容", "时长"])
    for r in [(1, "《海关法》《进出口食品安全管理办法》（海关总署令第249号）要点", "40分钟"),
              (2, "进口预包装食品标签要求及常见申报差错（品名、规格、原产地）", "40分钟"),
              (3, "归类与价格申报注意事项；滞纳金与补税案例", "30分钟"),
              (4, "海关认证企业标准（一般认证）简介", "20分钟"),
              (5, "现场问答", "20分钟")]:
        ws2.append(list(r))
    ws2.column_dimensions["B"].width = 60
    wb.save(path)


def empty_templates(path: pathlib.Path):
    wb = _wb()
    sheets = {
        "钥匙领用登记": ["日期", "钥匙编号", "对应门锁/区域", "领用人", "领用时间", "归还时间", "归还人签字", "管理员签字"],
        "集装箱七点检查": ["日期", "柜号", "封条号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "检查人", "复核人"],
        "车辆检查": ["日期", "车牌号", "司机姓名", "证件核对", "车厢检查", "异常情况", "检查人"],
        "员工花名册": ["工号", "姓名", "部门", "岗位", "入职日期", "离职日期", "状态", "工牌号"],
        "用印登记": ["日期", "用印文件", "份数", "用印类别", "申请人", "批准人", "监印人"],
        "数据备份记录": ["日期", "备份类型", "备份内容", "介质/位置", "结果", "执行人"],
        "安全巡查": ["日期", "时间", "巡查区域", "门窗/围墙", "照明", "监控", "异常", "巡查人"],
        "检验及不合格处置台账": ["报关单号", "品名", "批次", "检验结果", "不合格项目", "处置方式(退运/销毁/召回)", "完成日期", "经办人"],
    }
    first = True
    for name, hdr in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        if first:
            ws.title = name
            first = False
        ws.append(hdr)
    wb.save(path)


# --------------------------------------------------------------------------- images / scans
def visitor_log_jpg(path: pathlib.Path, rng: random.Random):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1500, 1060
    img = Image.new("L", (W, H), 236)
    d = ImageDraw.Draw(img)
    f_t = ImageFont.truetype(SANS, 34, index=2)
    f_h = ImageFont.truetype(SANS, 20, index=2)
    f_c = ImageFont.truetype(SERIF, 21, index=2)
    d.text((420, 28), "来访人员及车辆登记表", font=f_t, fill=30)
    d.text((60, 88), "上海禾鲜食品进出口有限公司　门卫室　　　　第 0612 页　　　2026年6月", font=f_h, fill=40)
    cols = ["日期", "来访人", "单位", "证件/号码(后四位)", "事由", "被访人", "车牌号", "临时证号", "进入", "离开", "门卫"]
    xs = [40, 130, 230, 420, 610, 760, 860, 1000, 1110, 1200, 1290, 1460]
    y0, rh = 130, 62
    rows = [
        ("6/10", "林志强", "华东冷链物流", "身份证 3318", "送货对单", "刘洋", "沪D·6K21X", "V-03", "08:42", "10:05", "郑伟"),
        ("6/10", "Marco R.", "意大利供应商", "护照 7702", "供应商拜访", "马晓东", "—", "V-05", "13:30", "16:10", "郑伟"),
        ("6/11", "陶敏", "安保设备公司", "身份证 0526", "监控维修", "王立新", "沪A·3M8Q7", "V-02", "09:15", "11:40", "顾海"),
        ("6/11", "许杰", "某报关行", "身份证 1147", "单证交接", "李敏", "—", "V-01", "14:02", "14:35", "顾海"),
        ("6/12", "周红", "某连锁超市", "身份证 6630", "商务洽谈", "陈国栋", "沪B·91F36", "V-04", "09:58", "", "郑伟"),
        ("6/12", "赵强", "顺X快运", "驾驶证 8815", "提货", "刘洋", "苏E·L3302", "V-06", "10:12", "", "郑伟"),
    ]
    for i in range(len(rows) + 3):
        y = y0 + i * rh
        d.line([(xs[0], y), (xs[-1], y)], fill=60, width=2)
    yend = y0 + (len(rows) + 3) * rh
    d.line([(xs[0], yend), (xs[-1], yend)], fill=60, width=2)
    for x in xs:
        d.line([(x, y0), (x, yend)], fill=60, width=2)
    for j, c in enumerate(cols):
        d.text((xs[j] + 4, y0 + 18), c, font=ImageFont.truetype(SANS, 15 if len(c) > 5 else 18, index=2), fill=20)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            jit = rng.randint(-3, 3)
            fsz = 17 if len(v) > 6 else 20
            d.text((xs[j] + 5 + jit, y0 + i * rh + 18 + jit), v, font=ImageFont.truetype(SERIF, fsz, index=2), fill=rng.randint(15, 55))
    d.text((60, yend + 25), "注：来访人员须出示有效证件并佩戴临时访客证，进入仓库须由被访部门人员陪同；车辆停放于东门外访客车位。", font=f_h, fill=40)
    img = img.rotate(-1.2, resample=Image.BICUBIC, fillcolor=200, expand=False)
    px = img.load()
    for _ in range(9000):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = max(0, px[x, y] - rng.randint(20, 90))
    img = img.filter(ImageFilter.GaussianBlur(0.6)).resize((1200, 848))
    img.convert("RGB").save(path, "JPEG", quality=62)


def old_signin_scan(path: pathlib.Path, rng: random.Random):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 240)
    d = ImageDraw.Draw(img)
    ft = ImageFont.truetype(SANS, 40, index=2)
    fh = ImageFont.truetype(SANS, 24, index=2)
    fc = ImageFont.truetype(SERIF, 26, index=2)
    d.text((300, 110), "上海禾鲜食品进出口有限公司", font=ft, fill=25)
    d.text((480, 175), "培训签到表", font=ft, fill=25)
    d.text((110, 270), "培训主题：海关法律法规及进口申报规范培训", font=fh, fill=30)
    d.text((110, 315), "培训时间：2024年5月16日 14:00-16:00　　地点：三楼会议室", font=fh, fill=30)
    d.text((110, 360), "主讲：李敏（关务主管）", font=fh, fill=30)
    xs = [110, 210, 380, 560, 900, 1130]
    hdr = ["序号", "部门", "姓名", "职务", "签名"]
    y0, rh = 420, 70
    ppl = [("管理层", "陈国栋", "总经理"), ("管理层", "周建华", "副总经理"), ("行政部", "王立新", "行政总监"),
           ("关务部", "李敏", "关务主管"), ("关务部", "张婷", "单证员"), ("仓储部", "刘洋", "仓储主管"),
           ("品控部", "吴强", "品控经理"), ("财务部", "冯丽", "财务经理")]
    for i in range(len(ppl) + 2):
        d.line([(xs[0], y0 + i * rh), (xs[-1], y0 + i * rh)], fill=50, width=2)
    for x in xs:
        d.line([(x, y0), (x, y0 + (len(ppl) + 1) * rh)], fill=50, width=2)
    for j, h in enumerate(hdr):
        d.text((xs[j] + 10, y0 + 20), h, font=fh, fill=20)
    for i, p in enumerate(ppl, 1):
        y = y0 + i * rh + 20
        d.text((xs[0] + 20, y), str(i), font=fc, fill=30)
        d.text((xs[1] + 10, y), p[0], font=fc, fill=30)
        d.text((xs[2] + 10, y), p[1], font=fc, fill=30)
        d.text((xs[3] + 10, y), p[2], font=fc, fill=30)
        d.text((xs[4] + 20 + rng.randint(-8, 8), y + rng.randint(-4, 4)), p[1], font=ImageFont.truetype(SERIF, 30, index=2), fill=rng.randint(10, 45))
    d.text((110, y0 + (len(ppl) + 1) * rh + 40), "应到8人，实到8人。　　　记录：张婷", font=fh, fill=30)
    img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=225)
    px = img.load()
    for _ in range(12000):
        x, y = rng.randrange(W), rng.randrange(H)
        px[x, y] = max(0, px[x, y] - rng.randint(20, 80))
    img = img.filter(ImageFilter.GaussianBlur(0.5)).resize((992, 1403))
    img.convert("RGB").save(path, "PDF", resolution=120.0, quality=55, title="扫描件003", creationDate=dt.datetime(2024, 5, 17, 9, 12).timetuple(), modDate=dt.datetime(2024, 5, 17, 9, 12).timetuple())


def catalogue_pdf(path: pathlib.Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    c.setFont("STSong-Light", 24)
    c.drawString(60, h - 90, "禾鲜优选 · 2026 经销商产品目录")
    c.setFont("STSong-Light", 11)
    c.drawString(60, h - 115, "意大利 · 西班牙 · 法国 · 智利　原装进口　　经销热线 400-8XX-1288")
    items = [("HX-W01", "智利赤霞珠干红葡萄酒 750ml×6", "常温避光，10-18℃最佳", "¥ 468/箱"),
             ("HX-W07", "法国波尔多AOC红葡萄酒 750ml×6", "卧放，恒温酒库", "¥ 1,080/箱"),
             ("HX-O02", "西班牙特级初榨橄榄油 1L×12", "阴凉干燥处", "¥ 1,236/箱"),
             ("HX-B11", "意大利黄油曲奇 400g×12", "常温，避免高温", "¥ 552/箱"),
             ("HX-C05", "比利时黑巧克力 100g×24", "18℃以下储存", "¥ 696/箱"),
             ("HX-T03", "意大利去皮番茄罐头 400g×24", "常温", "¥ 312/箱"),
             ("HX-P08", "意大利杜兰小麦意面 500g×20", "常温干燥", "¥ 380/箱")]
    y = h - 170
    c.setFont("STSong-Light", 11)
    c.drawString(60, y, "货号　　　品名规格　　　　　　　　　　　　储存条件　　　　　　　　经销价")
    for it in items:
        y -= 30
        c.drawString(60, y, it[0]); c.drawString(130, y, it[1]); c.drawString(340, y, it[2]); c.drawString(490, y, it[3])
    y -= 50
    c.drawString(60, y, "订货满20箱包邮（江浙沪）；整柜订货请联系采购部。所有产品均附中文标签及入境货物检验检疫证明。")
    c.drawString(60, y - 20, "本目录价格自2026年3月1日起执行，以最新报价单为准。")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- build
def _soffice(fmt: str, files: list[pathlib.Path], outdir: pathlib.Path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        to_pdf, to_doc = [], []
        for spec in POLICIES:
            doc = policy_doc(spec)
            dest = out / spec["path"]
            dest.parent.mkdir(parents=True, exist_ok=True)
            if spec["path"].endswith(".docx"):
                doc.save(dest)
            else:
                src = tmp / (pathlib.Path(spec["path"]).stem + ".docx")
                doc.save(src)
                (to_pdf if spec["path"].endswith(".pdf") else to_doc).append((src, dest))
        hb_src = tmp / "员工手册（2026版）.docx"
        handbook_doc().save(hb_src)
        to_pdf.append((hb_src, out / "员工手册（2026版）.pdf"))
        (out / "新建文件夹").mkdir(exist_ok=True)
        appointment_doc().save(out / "新建文件夹" / "doc07.docx")
        notice_doc().save(out / "2026年端午节放假安排.docx")
        d26 = out / "2026资料"
        d26.mkdir(exist_ok=True)
        training_2026(d26 / "2026年3月关务培训签到表.xlsx")
        empty_templates(d26 / "AEO记录表格模板.xlsx")
        visitor_log_jpg(d26 / "IMG_20260612_101533.jpg", rng)
        old_signin_scan(out / "新建文件夹" / "扫描件003.pdf", rng)
        catalogue_pdf(out / "产品目录2026（经销商版）.pdf")
        if to_pdf:
            _soffice("pdf", [s for s, _ in to_pdf], tmp)
            for s, dest in to_pdf:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(tmp / (s.stem + ".pdf")), dest)
        if to_doc:
            _soffice("doc", [s for s, _ in to_doc], tmp)
            for s, dest in to_doc:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(tmp / (s.stem + ".doc")), dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
