"""One small writer per format. Every writer is deterministic: fixed dates, seeded randomness,
fixed zip timestamps, so two builds of a spec give the same DOCX text and XLSX cells (and, for
everything except LibreOffice's PDFs, the same bytes)."""

from __future__ import annotations

import datetime as dt
import io
from copy import copy
from functools import lru_cache
import math
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .model import Doc, cn_num

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
SANS = FONT_DIR / "NotoSansCJK-Regular.ttc"
SANS_BOLD = FONT_DIR / "NotoSansCJK-Bold.ttc"
SERIF = FONT_DIR / "NotoSerifCJK-Regular.ttc"
SERIF_BOLD = FONT_DIR / "NotoSerifCJK-Bold.ttc"
FACE_INDEX = {"simplified": 2, "traditional-tw": 3, "traditional-hk": 4}
ZIP_EPOCH = (2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# Script conversion (traditional-Chinese partner letters)

@lru_cache(maxsize=None)
def _converter(script: str):
    import opencc  # a project dependency

    return opencc.OpenCC({"traditional-tw": "s2tw", "traditional-hk": "s2hk"}[script])


def convert_script(text: str, script: str) -> str:
    if script == "simplified" or not text:
        return text
    return _converter(script).convert(text)


def convert_blocks(blocks: list[tuple], script: str) -> list[tuple]:
    if script == "simplified":
        return blocks

    def conv(x):
        if isinstance(x, str):
            return convert_script(x, script)
        if isinstance(x, (list, tuple)):
            return type(x)(conv(v) for v in x)
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        return x

    return [conv(b) for b in blocks]


# ---------------------------------------------------------------------------------------------
# Zip normalisation: fixed timestamps and fixed core-property dates

def _iso(day: dt.date | None) -> str:
    day = day or dt.date(2026, 1, 1)
    return f"{day.isoformat()}T09:00:00Z"


def normalize_ooxml(data: bytes, day: dt.date | None) -> bytes:
    """Rewrite an OOXML zip with fixed entry timestamps and core.xml dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{_iso(day)}\g<2>", text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# DOCX

def render_docx(doc: Doc) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    blocks = convert_blocks(doc.blocks, doc.script)
    document = Document()

    def set_font(style_or_run, latin: str, east: str, size: float | None = None, bold: bool | None = None):
        font = style_or_run.font
        font.name = latin
        if size:
            font.size = Pt(size)
        if bold is not None:
            font.bold = bold
        el = style_or_run.element if hasattr(style_or_run, "element") else style_or_run._element
        rpr = el.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), east)

    east_body = "宋体" if doc.script == "simplified" else "新細明體"
    set_font(document.styles["Normal"], "Times New Roman", east_body, 10.5)
    for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12)):
        st = document.styles[name]
        set_font(st, "Times New Roman", "黑体", size, True)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.italic = False

    props = document.core_properties
    title = next((b[1] for b in blocks if b[0] == "title"), Path(doc.path).stem)
    props.title = title
    props.author = doc.author or (doc.header or "")
    props.last_modified_by = doc.author or ""
    props.revision = 1
    props.comments = ""
    props.keywords = ""
    day = doc.date or dt.date(2026, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, 9, 0, 0)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp

    section = document.sections[0]
    if doc.header:
        p = section.header.paragraphs[0]
        p.text = convert_script(doc.header, doc.script)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.footer:
        p = section.footer.paragraphs[0]
        p.text = convert_script(doc.footer, doc.script)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    clause_no = 0
    art = convert_script("第{}条", doc.script)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            p = document.add_paragraph(block[1], style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = document.add_paragraph(block[1], style="Heading 1")
            if re.match(r"^第[一二三四五六七八九十]+章", block[1]):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h2":
            document.add_paragraph(block[1], style="Heading 2")
        elif kind == "p":
            p = document.add_paragraph(block[1])
            p.paragraph_format.first_line_indent = Pt(21)
        elif kind == "clause":
            clause_no += 1
            p = document.add_paragraph()
            r = p.add_run(art.format(cn_num(clause_no)))
            r.bold = True
            p.add_run("\u3000" + block[1])
        elif kind == "list":
            for i, text in enumerate(block[1], 1):
                p = document.add_paragraph(f"{i}. {text}")
                p.paragraph_format.left_indent = Pt(21)
        elif kind in ("table", "meta"):
            rows = block[1] if kind == "table" else [[k, v] for k, v in block[1]]
            ncols = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j in range(ncols):
                    cell = table.cell(i, j)
                    cell.text = str(row[j]) if j < len(row) else ""
                    if (kind == "table" and i == 0) or (kind == "meta" and j == 0):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            document.add_paragraph()
        elif kind == "sign":
            for line in block[1]:
                p = document.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "signature":
            p = document.add_paragraph(f"{block[1]}：____________")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "seal":
            continue  # a seal only exists on paper
        elif kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "screen":
            raise ValueError(f"{doc.path}: a screen block needs the screenshot format")
        else:
            raise ValueError(f"{doc.path}: unknown block {kind!r}")

    buf = io.BytesIO()
    document.save(buf)
    return normalize_ooxml(buf.getvalue(), doc.date)


# ---------------------------------------------------------------------------------------------
# XLSX

def _text_width(value) -> int:
    s = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value if value is not None else "")
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def render_xlsx(doc: Doc) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for name, sheet in doc.sheets.items():
        ws = wb.create_sheet(convert_script(name, doc.script))
        header = [convert_script(h, doc.script) for h in sheet["header"]]
        rows = [[convert_script(v, doc.script) if isinstance(v, str) else v for v in r] for r in sheet["rows"]]
        r0 = 1
        if sheet.get("title"):
            ws.cell(row=1, column=1, value=convert_script(sheet["title"], doc.script))
            ws.cell(row=1, column=1).font = Font(bold=True, size=14)
            ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
            if len(header) > 1:
                ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            r0 = 2
        for j, h in enumerate(header, 1):
            c = ws.cell(row=r0, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.border = border
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        # styling each cell through openpyxl's descriptors is slow; copy prepared style arrays instead
        protos = {}
        for key, fmt in (("plain", None), ("date", "yyyy-mm-dd"), ("datetime", "yyyy-mm-dd hh:mm")):
            proto = ws.cell(row=r0 + 1, column=1)
            proto.border = border
            proto.number_format = fmt or "General"
            protos[key] = copy(proto._style)
        if not rows:
            ws._cells.pop((r0 + 1, 1), None)
        for i, row in enumerate(rows, r0 + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(row=i, column=j, value=v)
                key = "datetime" if isinstance(v, dt.datetime) else "date" if isinstance(v, dt.date) else "plain"
                c._style = copy(protos[key])
        for foot in sheet.get("footer", []):
            ws.append([])
            ws.append([convert_script(foot, doc.script)])
        for j, h in enumerate(header, 1):
            width = max([_text_width(h)] + [_text_width(r[j - 1]) for r in rows if j - 1 < len(r)])
            ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), 48)
        ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
    day = doc.date or dt.date(2026, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, 9, 0, 0)
    wb.properties.creator = doc.author or "Administrator"
    wb.properties.lastModifiedBy = doc.author or "Administrator"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue(), doc.date)


# ---------------------------------------------------------------------------------------------
# Scans and screenshots (Pillow)

def _font(path: Path, size: int, script: str = "simplified"):
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size, index=FACE_INDEX.get(script, 2))


def _wrap(text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if font.getlength(line + ch) > width and line:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
    return lines


def _draw_seal(img, center: tuple[int, int], company: str, rnd: random.Random, radius: int = 92) -> None:
    from PIL import Image, ImageDraw

    size = radius * 2 + 20
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    red = (205, 30, 35, 215)
    c = size // 2
    dr.ellipse([c - radius, c - radius, c + radius, c + radius], outline=red, width=6)
    # five-pointed star
    pts = []
    for k in range(10):
        r = radius * (0.3 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    dr.polygon(pts, fill=red)
    # company name along the upper arc
    font = _font(SANS_BOLD, int(radius * 0.26))
    n = len(company)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(company):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = radius * 0.72
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - 30), int(y - 30)))
    layer = layer.rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
    img.paste(layer, (center[0] - c, center[1] - c), layer)


def _draw_scribble(draw, x: int, y: int, rnd: random.Random, width: int = 170) -> None:
    pts = []
    steps = 60
    loops = rnd.randint(3, 5)
    for k in range(steps + 1):
        t = k / steps
        px = x + t * width + 14 * math.sin(t * loops * 2 * math.pi + rnd.uniform(-0.15, 0.15))
        py = y - 10 * math.cos(t * loops * 2 * math.pi) * (1 - 0.5 * t) + rnd.uniform(-1.5, 1.5)
        pts.append((px, py))
    draw.line(pts, fill=(20, 30, 90), width=3, joint="curve")
    draw.line([(x + width * 0.55, y + 8), (x + width * 1.05, y - 6)], fill=(20, 30, 90), width=2)


def render_scan_pages(doc: Doc, dpi: int = 150) -> list:
    """Lay the blocks out on A4 pages and age them like a scan; returns RGB images."""
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(f"{doc.path}|{doc.seed}")
    blocks = convert_blocks(doc.blocks, doc.script)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    margin = int(0.75 * dpi)
    px = dpi / 72.0
    body = _font(SERIF, int(11 * px), doc.script)
    bold = _font(SANS_BOLD, int(11 * px), doc.script)
    title_font = _font(SANS_BOLD, int(17 * px), doc.script)
    head_font = _font(SANS_BOLD, int(12.5 * px), doc.script)
    small = _font(SERIF, int(9.5 * px), doc.script)
    line_h = int(11 * px * 1.65)
    pages = []
    page = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    y = margin
    clause_no = 0
    pending_seal = None
    art = convert_script("第{}条", doc.script)

    def new_page():
        nonlocal page, draw, y
        pages.append(page)
        page = Image.new("RGB", (w, h), (255, 255, 255))
        draw = ImageDraw.Draw(page)
        y = margin

    def text_lines(text, font, indent=0, align="left", lh=line_h):
        nonlocal y
        for line in _wrap(text, font, w - 2 * margin - indent):
            if y + lh > h - margin:
                new_page()
            if align == "center":
                draw.text((w // 2, y), line, font=font, fill=(25, 25, 25), anchor="ma")
            elif align == "right":
                draw.text((w - margin, y), line, font=font, fill=(25, 25, 25), anchor="ra")
            else:
                draw.text((margin + indent, y), line, font=font, fill=(25, 25, 25))
            y += lh

    for block in blocks:
        kind = block[0]
        if kind == "title":
            y += line_h // 2
            text_lines(block[1], title_font, align="center", lh=int(line_h * 1.5))
            y += line_h // 2
        elif kind in ("h", "h2"):
            y += line_h // 3
            text_lines(block[1], head_font, align="center" if block[1].startswith("第") else "left")
        elif kind == "p":
            text_lines(block[1], body, indent=0)
        elif kind == "clause":
            clause_no += 1
            text_lines(art.format(cn_num(clause_no)) + "\u3000" + block[1], body)
        elif kind == "list":
            for i, t in enumerate(block[1], 1):
                text_lines(f"{i}. {t}", body, indent=int(20 * px))
        elif kind in ("table", "meta"):
            rows = block[1] if kind == "table" else [[k, v] for k, v in block[1]]
            ncols = max(len(r) for r in rows)
            widths = [max(_text_width(r[j]) if j < len(r) else 0 for r in rows) + 2 for j in range(ncols)]
            total = sum(widths)
            avail = w - 2 * margin
            colw = [int(avail * x / total) for x in widths]
            for i, row in enumerate(rows):
                cells = [_wrap(str(row[j]) if j < len(row) else "", small, colw[j] - 12) for j in range(ncols)]
                rh = max(len(c) for c in cells) * int(line_h * 0.85) + 10
                if y + rh > h - margin:
                    new_page()
                x = margin
                for j in range(ncols):
                    draw.rectangle([x, y, x + colw[j], y + rh], outline=(40, 40, 40), width=2)
                    yy = y + 5
                    for ln in cells[j]:
                        f = bold if (kind == "table" and i == 0) else small
                        draw.text((x + 6, yy), ln, font=f if f is small else _font(SANS_BOLD, int(9.5 * px), doc.script),
                                  fill=(25, 25, 25))
                        yy += int(line_h * 0.85)
                    x += colw[j]
                y += rh
            y += line_h // 2
        elif kind == "sign":
            top = y
            for line in block[1]:
                text_lines(line, body, align="right")
            if pending_seal:  # the seal sits on the company name / date, as stamped by hand
                _draw_seal(page, (w - margin - int(0.9 * dpi), min(h - margin, top + line_h)), pending_seal, rnd,
                           radius=int(0.62 * dpi))
                pending_seal = None
        elif kind == "signature":
            if y + line_h * 2 > h - margin:
                new_page()
            label = block[1] + "："
            lx = w - margin - int(3.2 * dpi)
            draw.text((lx, y), label, font=body, fill=(25, 25, 25))
            sx = lx + int(body.getlength(label)) + 10
            draw.line([(sx, y + line_h), (sx + int(1.7 * dpi), y + line_h)], fill=(60, 60, 60), width=1)
            _draw_scribble(draw, sx + 10, y + line_h // 2, rnd, width=int(1.3 * dpi))
            y += int(line_h * 1.6)
        elif kind == "seal":
            pending_seal = block[1]
        elif kind == "pagebreak":
            new_page()
        else:
            raise ValueError(f"{doc.path}: block {kind!r} cannot be scanned")
    if pending_seal:
        _draw_seal(page, (w - margin - int(0.9 * dpi), min(h - margin - int(0.7 * dpi), y + int(0.7 * dpi))),
                   pending_seal, rnd, radius=int(0.62 * dpi))
    pages.append(page)

    aged = []
    for k, pg in enumerate(pages):
        tone = 236 + rnd.randint(0, 10)
        bg = Image.new("RGB", pg.size, (tone, tone, tone - 3))
        gray = pg.convert("L")
        # paper tone where the page is white; ink stays dark
        pg = Image.composite(pg, bg, gray.point(lambda v: 255 if v < 200 else 0))
        dr = ImageDraw.Draw(pg)
        for _ in range(400):
            x, yy = rnd.randrange(pg.width), rnd.randrange(pg.height)
            s = rnd.choice((1, 1, 1, 2))
            g = rnd.randint(120, 200)
            dr.ellipse([x, yy, x + s, yy + s], fill=(g, g, g))
        pg = pg.filter(ImageFilter.GaussianBlur(0.6))
        pg = pg.rotate(rnd.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=(252, 252, 252), expand=False)
        aged.append(pg)
    return aged


def _struct(day: dt.date | None):
    import time

    day = day or dt.date(2026, 1, 1)
    return time.gmtime(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.timezone.utc).timestamp())


def render_scan(doc: Doc) -> bytes:
    pages = render_scan_pages(doc)
    buf = io.BytesIO()
    suffix = Path(doc.path).suffix.lower()
    if suffix == ".pdf":  # an image-only PDF, as a scanner writes it
        pages[0].save(buf, "PDF", resolution=150.0, save_all=True, append_images=pages[1:],
                      title=Path(doc.path).stem, creationDate=_struct(doc.date), modDate=_struct(doc.date))
    elif suffix in (".jpg", ".jpeg"):
        if len(pages) > 1:
            raise ValueError(f"{doc.path}: {len(pages)} pages do not fit one JPEG; use .pdf")
        pages[0].save(buf, "JPEG", quality=72, optimize=True)
    elif suffix == ".png":
        if len(pages) > 1:
            raise ValueError(f"{doc.path}: {len(pages)} pages do not fit one PNG; use .pdf")
        pages[0].convert("L").save(buf, "PNG", optimize=True)
    else:
        raise ValueError(f"{doc.path}: a scan must be .jpg, .png or .pdf")
    return buf.getvalue()


def render_screenshot(doc: Doc) -> bytes:
    """A business-system screenshot: title bar, menu, filter line, a data grid, a status bar."""
    from PIL import Image, ImageDraw

    spec = next(b[1] for b in doc.blocks if b[0] == "screen")
    spec = convert_blocks([("screen", spec)], doc.script)[0][1]
    w, h = spec.get("size", (1280, 760))
    img = Image.new("RGB", (w, h), (245, 246, 248))
    dr = ImageDraw.Draw(img)
    f = _font(SANS, 15, doc.script)
    fb = _font(SANS_BOLD, 15, doc.script)
    fs = _font(SANS, 13, doc.script)
    # window bar
    dr.rectangle([0, 0, w, 34], fill=(32, 60, 110))
    dr.text((14, 8), spec.get("window", ""), font=fb, fill=(255, 255, 255))
    for k, col in enumerate(((236, 95, 90), (245, 190, 80), (98, 197, 85))):
        dr.ellipse([w - 80 + k * 22, 11, w - 66 + k * 22, 25], fill=col)
    if spec.get("url"):
        dr.rectangle([0, 34, w, 64], fill=(230, 232, 236))
        dr.rounded_rectangle([60, 39, w - 60, 59], radius=8, fill=(255, 255, 255), outline=(200, 200, 200))
        dr.text((72, 41), spec["url"], font=fs, fill=(60, 60, 60))
        top = 64
    else:
        top = 34
    # menu
    dr.rectangle([0, top, 190, h - 28], fill=(40, 48, 62))
    y = top + 16
    for m in spec.get("menu", []):
        active = m == spec.get("active")
        if active:
            dr.rectangle([0, y - 6, 190, y + 24], fill=(64, 120, 200))
        dr.text((20, y), m, font=f, fill=(255, 255, 255) if active else (200, 205, 215))
        y += 36
    x0 = 210
    y = top + 14
    dr.text((x0, y), spec.get("breadcrumb", ""), font=fs, fill=(110, 110, 110))
    y += 28
    dr.text((x0, y), spec.get("heading", ""), font=_font(SANS_BOLD, 20, doc.script), fill=(30, 30, 30))
    y += 38
    if spec.get("filters"):
        dr.rectangle([x0, y, w - 20, y + 40], fill=(255, 255, 255), outline=(220, 220, 220))
        dr.text((x0 + 12, y + 10), spec["filters"], font=fs, fill=(70, 70, 70))
        y += 54
    cols = spec.get("columns", [])
    rows = spec.get("rows", [])
    if cols:
        avail = w - 20 - x0
        widths = [max(_text_width(c), *(_text_width(r[j]) for r in rows)) + 3 for j, c in enumerate(cols)]
        tot = sum(widths)
        colw = [avail * x / tot for x in widths]
        dr.rectangle([x0, y, w - 20, y + 32], fill=(222, 232, 246))
        x = x0
        for j, c in enumerate(cols):
            dr.text((x + 8, y + 7), c, font=fb, fill=(30, 30, 30))
            x += colw[j]
        y += 32
        for i, r in enumerate(rows):
            dr.rectangle([x0, y, w - 20, y + 30], fill=(255, 255, 255) if i % 2 == 0 else (248, 249, 251))
            x = x0
            for j, v in enumerate(r):
                dr.text((x + 8, y + 6), str(v), font=fs, fill=(40, 40, 40))
                x += colw[j]
            dr.line([(x0, y + 30), (w - 20, y + 30)], fill=(230, 230, 230))
            y += 30
    for line in spec.get("notes", []):
        y += 8
        dr.text((x0, y), line, font=f, fill=(40, 40, 40))
        y += 24
    dr.rectangle([0, h - 28, w, h], fill=(225, 228, 233))
    dr.text((12, h - 23), spec.get("status", ""), font=fs, fill=(60, 60, 60))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Plain text, PDFs made by reportlab, archives

def blocks_to_text(blocks: list[tuple]) -> str:
    out: list[str] = []
    clause_no = 0
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "h2", "p"):
            out.append(b[1])
        elif kind == "clause":
            clause_no += 1
            out.append(f"第{cn_num(clause_no)}条　{b[1]}")
        elif kind == "list":
            out.extend(f"{i}. {t}" for i, t in enumerate(b[1], 1))
        elif kind in ("table", "meta"):
            rows = b[1] if kind == "table" else [[k, v] for k, v in b[1]]
            out.extend("\t".join(str(c) for c in r) for r in rows)
        elif kind == "sign":
            out.extend(b[1])
        elif kind == "signature":
            out.append(f"{b[1]}：")
    return "\n".join(out)


def render_txt(doc: Doc) -> bytes:
    text = convert_script(blocks_to_text(doc.blocks), doc.script)
    return text.replace("\n", "\r\n").encode(doc.encoding) + b"\r\n"


def _reportlab_pdf(doc: Doc, encrypt: str | None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, invariant=1)
    c.setTitle(Path(doc.path).stem)
    c.setFont("STSong-Light", 11)
    y = 800
    for line in blocks_to_text(doc.blocks).split("\n"):
        while line:
            chunk, line = line[:40], line[40:]
            c.drawString(60, y, chunk)
            y -= 18
            if y < 60:
                c.showPage()
                c.setFont("STSong-Light", 11)
                y = 800
    c.save()
    return buf.getvalue()


def render_encrypted_pdf(doc: Doc) -> bytes:
    return _reportlab_pdf(doc, encrypt="secret")


def render_corrupt_pdf(doc: Doc) -> bytes:
    data = _reportlab_pdf(doc, encrypt=None)
    return data[: int(len(data) * 0.45)]


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.flag_bits |= 0x800  # names are UTF-8
            z.writestr(zi, blob)


# ---------------------------------------------------------------------------------------------
# LibreOffice

def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(jobs: list[tuple[Path, Path]], target: str, timeout: int = 240) -> None:
    """Convert DOCX files to ``target`` (pdf | doc) in one LibreOffice call, then move each output to
    its destination. ``jobs`` are (source.docx, destination) pairs; source stems must be unique."""
    if not jobs:
        return
    exe = soffice_path()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) not found")
    filt = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97"}[target]
    with tempfile.TemporaryDirectory(prefix="corpora-lo-") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        cmd = [exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", filt, "--outdir", str(outdir)] + [str(src) for src, _ in jobs]
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp")
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        missing = []
        for src, dst in jobs:
            out = outdir / f"{src.stem}.{target}"
            if not out.exists():
                missing.append(src.name)
                continue
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(out), dst)
        if missing:
            raise RuntimeError(f"soffice did not convert {missing[:5]} (exit {proc.returncode}): "
                               f"{proc.stderr.strip()[-400:]}")
