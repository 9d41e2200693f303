"""Builders of small real files for the ingest tests (imported by the test_ingest_* modules).

Chinese PDFs use reportlab's CID fonts (STSong-Light simplified, MSung-Light traditional): the
Noto CJK fonts installed here are CFF-based, which reportlab's TTF embedding refuses. Scans are
rendered with Pillow and the Noto Sans CJK SC face; legacy .doc/.xls are made by LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_SC_INDEX = 2  # faces in the collection: JP, KR, SC, TC, HK


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in ("STSong-Light", "MSung-Light"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def wrap(text: str, per_line: int) -> list[str]:
    """Hard-wrap ``text`` every ``per_line`` characters (as a PDF exported from Word is)."""
    return [text[i : i + per_line] for i in range(0, len(text), per_line)]


PAGE = (576.0, 842.0)  # 72 pt margins leave 432 pt: 36 characters of 12 pt per full line


def text_pdf(path: Path, pages: list[list[str]], *, font: str = "STSong-Light", size: float = 12,
             encrypt: str | None = None, footer: str | None = None, header: str | None = None) -> Path:
    """A text PDF: each page a list of lines drawn top-down from y=760 (``""`` leaves a blank
    line); ``footer`` may contain ``{n}`` for the page number. Full lines hold 36 characters."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    _fonts()
    enc = pdfencrypt.StandardEncryption(encrypt, ownerPassword="owner") if encrypt else None
    c = canvas.Canvas(str(path), pagesize=PAGE, encrypt=enc)
    for n, lines in enumerate(pages, 1):
        c.setFont(font, size)
        if header:
            c.drawString(72, 800, header)
        y = 760.0
        for line in lines:
            if line:
                c.drawString(72, y, line)
            y -= size * 1.5
        if footer:
            c.drawString(280, 30, footer.format(n=n))
        c.showPage()
    c.save()
    return path


def table_pdf(path: Path, title: str, rows: list[list[str]], *, pages: int = 1) -> Path:
    """A PDF with a title paragraph and a ruled table on each of ``pages`` pages."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    _fonts()
    style = ParagraphStyle("cjk", fontName="STSong-Light", fontSize=12, leading=16)
    story: list = []
    for n in range(pages):
        table = Table(rows)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [Paragraph(title, style), table]
        if n < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path)).build(story)
    return path


def scan_image(lines: list[str], *, size: int = 48, width: int = 1600) -> "Image.Image":  # noqa: F821
    """A white page with black Chinese text, like a clean 300 dpi scan."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(NOTO_CJK), size, index=NOTO_SC_INDEX)
    image = Image.new("L", (width, int(size * 2.5 * len(lines) + size * 2)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((size * 2, size + i * size * 2.5), line, font=font, fill=0)
    return image


def scanned_pdf(path: Path, text_page: list[str], scan_lines: list[str]) -> Path:
    """A two-page PDF: page 1 with a text layer, page 2 only an image of text (a scan)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    _fonts()
    image = scan_image(scan_lines)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(text_page):
        c.drawString(72, 760 - 18 * i, line)
    c.showPage()
    width = 595 - 72
    height = width * image.height / image.width
    c.drawImage(ImageReader(image), 36, 842 - 72 - height, width=width, height=height)
    c.showPage()
    c.save()
    return path


def docx_file(path: Path) -> Path:
    """A Word file with headings, numbered items, a table, a header and a footer."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "示例进出口有限公司 受控文件"
    d.sections[0].footer.paragraphs[0].text = "内部资料 注意保密"
    d.add_heading("内部审计管理制度", 1)
    d.add_heading("第一章 总则", 2)
    d.add_paragraph("第一条 为规范内部审计工作，根据海关认证企业标准制定本制度。")
    d.add_paragraph("审计范围", style="List Number")
    d.add_paragraph("审计频次", style="List Number")
    d.add_heading("第二章 访客管理", 2)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["日期", "来访人员", "事由"], ["2026-03-18", "张三", "设备检修"],
                             ["2026-03-19", "李四", "年度审计"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("门卫核对来访人员身份证件并登记。")
    d.save(str(path))
    return path


def xlsx_file(path: Path) -> Path:
    """A workbook: sheet 访客登记 (title row, header, dated rows) and sheet 车辆 (no title)."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "访客登记"
    ws.append(["2026年来访人员登记表"])
    ws.append(["日期", "来访人员", "证件核对", "陪同人"])
    ws.append([dt.datetime(2026, 3, 18), "张三", "已核对", "王五"])
    ws.append([dt.datetime(2026, 3, 19, 14, 30), "李四", None, "王五"])
    cars = wb.create_sheet("车辆")
    cars.append(["车牌", "司机", "检查结果"])
    cars.append(["沪A12345", "赵六", 7])
    wb.save(str(path))
    return path


def soffice_convert(source: Path, target: str, out_dir: Path) -> Path:
    """Convert with LibreOffice (own profile); skips the test when LibreOffice is absent."""
    program = shutil.which("soffice")
    if program is None:
        pytest.skip("LibreOffice (soffice) 未安装：无法制作旧版 Office 文件")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True, timeout=120)
    result = out_dir / f"{source.stem}.{target}"
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


def zip_with_raw_name(path: Path, name_bytes: bytes, data: bytes) -> Path:
    """A zip whose member name is stored as raw bytes (e.g. GBK) with the UTF-8 flag unset."""
    placeholder = "N" * len(name_bytes)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(placeholder, data)
    raw = path.read_bytes().replace(placeholder.encode("ascii"), name_bytes)
    path.write_bytes(raw)
    return path


def needs_ocr() -> None:
    """Skip unless Tesseract with Chinese (chi_sim) is installed."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract 未安装：无法测试 OCR")
    import pytesseract

    if "chi_sim" not in pytesseract.get_languages(config=""):
        pytest.skip("Tesseract 缺少中文语言包 chi_sim：无法测试 OCR")
    if not NOTO_CJK.exists():
        pytest.skip(f"缺少中文字体 {NOTO_CJK}：无法制作扫描件")
