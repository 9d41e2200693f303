"""A generated corpus of hostile and careless bundle entries (tiny files; the budgets keep reading
them cheap). ``build(bundle, outside)`` writes every entry and returns what each one is.

``outside`` is a folder next to the bundle holding :data:`CANARY` text: nothing of it may ever
reach the tool's outputs (links, XXE entities and zip members all point at it).
"""

from __future__ import annotations

import os
import random
import socket
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

CANARY = "OUTSIDE-CANARY-7781-本文件在材料之外"
POLICY = ("内部审计管理制度\n第一条 公司每年至少开展一次内部审计，审计范围覆盖海关业务全流程。\n"
          "第二条 内部审计发现的问题应当在规定期限内整改，整改情况报管理层。\n")


@dataclass(frozen=True)
class Hostile:
    """One top-level entry: its kind (for the README's list) and what a reader should make of it."""

    kind: str
    note: str


ENTRIES: dict[str, Hostile] = {}


def _entry(name: str, kind: str, note: str) -> Callable[[Callable[[Path, Path], None]], Callable[[Path, Path], None]]:
    def register(fn: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
        ENTRIES[name] = Hostile(kind, note)
        _MAKERS[name] = fn
        return fn
    return register


_MAKERS: dict[str, Callable[[Path, Path], None]] = {}


# --- small builders --------------------------------------------------------------------------

def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)


def _stream_member(zf: zipfile.ZipFile, name: str, chunk: bytes, repeat: int,
                   head: bytes = b"", tail: bytes = b"") -> None:
    with zf.open(_deflate_info(name), "w", force_zip64=True) as fh:
        fh.write(head)
        for _ in range(repeat):
            fh.write(chunk)
        fh.write(tail)


def _deflate_info(name: str, **attrs: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


_CT = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       b'<Default Extension="xml" ContentType="application/xml"/>%s</Types>')
_REL = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>')
_NS_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_parts(sheet_xml: bytes, shared: bytes | None = None) -> list[tuple[str, bytes]]:
    """The parts of a minimal workbook with one sheet (and optionally a shared-strings part)."""
    over = (b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
            b'"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    rels = (b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'worksheet" Target="worksheets/sheet1.xml"/>')
    if shared is not None:
        over += (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                 b'officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels += (b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 b'relationships/sharedStrings" Target="sharedStrings.xml"/>')
    parts = [
        ("[Content_Types].xml", _CT % over),
        ("_rels/.rels", _REL % (b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                                b'2006/relationships/officeDocument" Target="xl/workbook.xml"/>')),
        ("xl/workbook.xml", b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s"><sheets>'
                            b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % (_NS_MAIN, _NS_R)),
        ("xl/_rels/workbook.xml.rels", _REL % rels),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    return parts


def _sheet(rows: bytes, dimension: bytes = b"A1") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><dimension ref="%s"/><sheetData>%s'
            b'</sheetData></worksheet>' % (_NS_MAIN, dimension, rows))


def _cell(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


_DOCX_CT = (b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'wordprocessingml.document.main+xml"/>')
_DOCX_REL = (b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             b'officeDocument" Target="word/document.xml"/>')
_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes_parts(document_xml: bytes) -> list[tuple[str, bytes]]:
    return [("[Content_Types].xml", _CT % _DOCX_CT), ("_rels/.rels", _REL % _DOCX_REL),
            ("word/document.xml", document_xml)]


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 0 obj …), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def million_pages_pdf() -> bytes:
    """615 bytes: one real page, a page tree declaring /Count 1000000."""
    content = b"BT /F1 24 Tf 72 700 Td (Internal audit policy) Tj ET"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def giant_page_pdf(points: int = 14400) -> bytes:
    """~1 KB: one image-only page ``points`` pt square (rendering it at 300 dpi: 3.6 G pixels)."""
    pixel = _stream(b"\xff", b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                             b"/BitsPerComponent 8")
    content = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (points, points)
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (points, points),
        _stream(content),
        pixel,
    ])


def huge_png(width: int = 30000, height: int = 30000) -> bytes:
    """A PNG header declaring ``width`` × ``height`` pixels, with almost no data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + \
        chunk(b"IEND", b"")


def nested_zip(levels: int, fan: int, leaf_members: int, leaf_bytes: int) -> bytes:
    """A zip of ``fan`` zips of … (``levels`` deep); leaves hold members of zeros (ratio ~1000:1)."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(leaf_members):
            zf.writestr(f"zeros{i}.txt", b"0" * leaf_bytes)
    data = buf.getvalue()
    for _ in range(levels - 1):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for i in range(fan):
                zf.writestr(f"inner{i}.zip", data)
        data = buf.getvalue()
    return data


# --- the entries -----------------------------------------------------------------------------

@_entry("link-outside.txt", "symlink", "a link to a file outside the bundle: refused")
def _(b: Path, o: Path) -> None:
    (b / "link-outside.txt").symlink_to(o / "secret.txt")


@_entry("link-outside-dir", "symlink", "a link to a folder outside the bundle: refused")
def _(b: Path, o: Path) -> None:
    (b / "link-outside-dir").symlink_to(o)


@_entry("link-etc", "symlink", "a link to /etc: refused")
def _(b: Path, o: Path) -> None:
    (b / "link-etc").symlink_to("/etc")


@_entry("link-dangling.docx", "symlink", "a dangling link: listed as failed")
def _(b: Path, o: Path) -> None:
    (b / "link-dangling.docx").symlink_to(b / "no-such-file.docx")


@_entry("link-inside.txt", "symlink", "a link to a file inside: its target is read once")
def _(b: Path, o: Path) -> None:
    (b / "link-inside.txt").symlink_to("正常制度.txt")


@_entry("link-inside-dir", "symlink", "a link to a folder inside: not followed")
def _(b: Path, o: Path) -> None:
    (b / "link-inside-dir").symlink_to("正常文件夹")


@_entry("fifo.txt", "special file", "a named pipe: never opened (it would block)")
def _(b: Path, o: Path) -> None:
    os.mkfifo(b / "fifo.txt")


@_entry("socket.sock", "special file", "a Unix socket: never opened")
def _(b: Path, o: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(b / "socket.sock"))
    finally:
        s.close()


@_entry("huge-dimension.xlsx", "memory", "declares A1:XFD1048576, one cell on row 1,048,576")
def _(b: Path, o: Path) -> None:
    rows = b'<row r="1">' + _cell("A1", "访客登记") + b'</row><row r="1048576">' + \
        _cell("XFD1048576", "末行") + b"</row>"
    _zip(b / "huge-dimension.xlsx", xlsx_parts(_sheet(rows, b"A1:XFD1048576")))  # type: ignore[arg-type]


@_entry("wide-rows.xlsx", "memory", "130 rows each 16,384 cells wide: over the cells budget, partial")
def _(b: Path, o: Path) -> None:
    rows = b"".join(b'<row r="%d">' % r + _cell(f"A{r}", f"记录{r}") + _cell(f"XFD{r}", "x") + b"</row>"
                    for r in range(1, 131))
    _zip(b / "wide-rows.xlsx", xlsx_parts(_sheet(rows)))  # type: ignore[arg-type]


@_entry("shared-strings.xlsx", "memory", "9 M shared strings in a few hundred KB: refused before parsing")
def _(b: Path, o: Path) -> None:
    with zipfile.ZipFile(b / "shared-strings.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in xlsx_parts(_sheet(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>')):
            zf.writestr(name, data)
        head = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="9000000" uniqueCount="9000000">' % _NS_MAIN
        _stream_member(zf, "xl/sharedStrings.xml", b"<si><t>a</t></si>" * 1000, 9000, head, b"</sst>")


@_entry("million-pages.pdf", "time", "615 bytes declaring /Count 1000000 with one real page")
def _(b: Path, o: Path) -> None:
    (b / "million-pages.pdf").write_bytes(million_pages_pdf())


@_entry("giant-page.pdf", "memory", "one image page 14,400 pt square: rendered scaled down to the pixel cap")
def _(b: Path, o: Path) -> None:
    (b / "giant-page.pdf").write_bytes(giant_page_pdf())


@_entry("huge-image.png", "memory", "a PNG declaring 30,000 × 30,000 pixels: refused")
def _(b: Path, o: Path) -> None:
    (b / "huge-image.png").write_bytes(huge_png())


@_entry("bomb.docx", "memory", "a .docx whose document.xml unpacks to 48 MB of blanks: refused")
def _(b: Path, o: Path) -> None:
    with zipfile.ZipFile(b / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in docx_bytes_parts(b"")[:2]:
            zf.writestr(name, data)
        head = b'<?xml version="1.0"?><w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % _W
        _stream_member(zf, "word/document.xml", b" " * 65536, 768, head, b"</w:t></w:r></w:p></w:body></w:document>")


@_entry("xxe.docx", "outside", "a .docx whose XML declares an external entity to a file outside: not resolved")
def _(b: Path, o: Path) -> None:
    doc = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://%s">]>'
           b'<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
           % (str(o / "secret.txt").encode(), _W))
    _zip(b / "xxe.docx", docx_bytes_parts(doc))  # type: ignore[arg-type]


@_entry("xxe.xlsx", "outside", "a .xlsx whose sheet declares an external entity: not resolved")
def _(b: Path, o: Path) -> None:
    sheet = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://%s">]>'
             b'<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c>'
             b'</row></sheetData></worksheet>' % (str(o / "secret.txt").encode(), _NS_MAIN))
    _zip(b / "xxe.xlsx", xlsx_parts(sheet))  # type: ignore[arg-type]


@_entry("traversal.zip", "zip", "members named ../x and /etc/x: refused")
def _(b: Path, o: Path) -> None:
    _zip(b / "traversal.zip", [("../../escape.txt", b"escape"), ("/etc/cron.d/x", b"abs"),
                               ("C:\\Windows\\x.txt", b"drive"), ("ok.txt", POLICY.encode())])


@_entry("symlink-member.zip", "zip", "a member that is a symbolic link to a file outside: refused")
def _(b: Path, o: Path) -> None:
    info = zipfile.ZipInfo("secret-link.txt")
    info.external_attr = (0o120777 << 16)
    _zip(b / "symlink-member.zip", [(info, str(o / "secret.txt").encode())])


@_entry("encrypted-member.zip", "zip", "a member flagged as encrypted: failed with a reason")
def _(b: Path, o: Path) -> None:
    path = b / "encrypted-member.zip"
    _zip(path, [("locked.txt", b"x" * 100)])
    data = bytearray(path.read_bytes())  # set the "encrypted" flag in the local and the central header
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))


@_entry("nested-bomb.zip", "zip", "zips of zips of members under 1 MiB at 1000:1 (once 2 GB from 24 KB)")
def _(b: Path, o: Path) -> None:
    (b / "nested-bomb.zip").write_bytes(nested_zip(levels=3, fan=8, leaf_members=20, leaf_bytes=900 * 1024))


@_entry("small-members-bomb.zip", "zip", "400 members of 60 KB zeros each (under the ratio floor): archive ratio")
def _(b: Path, o: Path) -> None:
    _zip(b / "small-members-bomb.zip", [(f"m{i}.txt", b"0" * 60 * 1024) for i in range(400)])


@_entry("deep.zip", "zip", "zips nested 6 deep: refused below the depth limit")
def _(b: Path, o: Path) -> None:
    (b / "deep.zip").write_bytes(nested_zip(levels=6, fan=1, leaf_members=1, leaf_bytes=10))


@_entry("many-members.zip", "zip", "150 small text members: each listed")
def _(b: Path, o: Path) -> None:
    _zip(b / "many-members.zip", [(f"记录/{i:03d}.txt", f"第{i}号记录 培训签到 2026-03-{1 + i % 28:02d}".encode())
                                  for i in range(150)])


@_entry("fake.zip", "damaged", "text named .zip")
def _(b: Path, o: Path) -> None:
    (b / "fake.zip").write_text("not a zip", encoding="utf-8")


@_entry("truncated.zip", "damaged", "a zip cut in half")
def _(b: Path, o: Path) -> None:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", POLICY * 20)
    (b / "truncated.zip").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])


@_entry("fake.pdf", "damaged", "text named .pdf")
def _(b: Path, o: Path) -> None:
    (b / "fake.pdf").write_text("这不是 PDF", encoding="utf-8")


@_entry("truncated.pdf", "damaged", "a PDF cut in half")
def _(b: Path, o: Path) -> None:
    data = million_pages_pdf()
    (b / "truncated.pdf").write_bytes(data[: len(data) // 2])


@_entry("encrypted.pdf", "damaged", "a password-protected PDF")
def _(b: Path, o: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(b / "encrypted.pdf"), encrypt=pdfencrypt.StandardEncryption("pw", ownerPassword="o"))
    c.drawString(72, 700, "secret")
    c.showPage()
    c.save()


@_entry("fake.docx", "damaged", "random bytes named .docx")
def _(b: Path, o: Path) -> None:
    (b / "fake.docx").write_bytes(random.Random(1).randbytes(3000))


@_entry("truncated.docx", "damaged", "a .docx cut in half")
def _(b: Path, o: Path) -> None:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in docx_bytes_parts(b'<w:document xmlns:w="%s"><w:body/></w:document>' % _W):
            zf.writestr(name, data * 1)
    (b / "truncated.docx").write_bytes(buf.getvalue()[:200])


@_entry("garbage.wps", "careless", "random bytes named .wps: undecodable text is refused, not read as evidence")
def _(b: Path, o: Path) -> None:
    (b / "garbage.wps").write_bytes(random.Random(7).randbytes(4000))


@_entry("empty.pdf", "careless", "0 bytes")
def _(b: Path, o: Path) -> None:
    (b / "empty.pdf").write_bytes(b"")


@_entry("unknown.xyz", "careless", "an unsupported type")
def _(b: Path, o: Path) -> None:
    (b / "unknown.xyz").write_bytes(b"\x00\x01")


@_entry('=HYPERLINK("http:evil","点击").txt', "formula", "a file name that is a formula; its text starts with =")
def _(b: Path, o: Path) -> None:
    (b / '=HYPERLINK("http:evil","点击").txt').write_text(
        "=1+1 内部审计制度：公司每年开展一次内部审计并出具内部审计报告\n", encoding="utf-8")


@_entry("+cmd.txt", "formula", "a name starting with +; text starting with +")
def _(b: Path, o: Path) -> None:
    (b / "+cmd.txt").write_text("+SUM(1,2) 海关业务培训记录：2026年3月1日开展海关业务培训\n", encoding="utf-8")


@_entry("-minus.txt", "formula", "a name starting with -")
def _(b: Path, o: Path) -> None:
    (b / "-minus.txt").write_text("-2+3 访客登记制度：来访人员须出示身份证件并登记\n", encoding="utf-8")


@_entry("@at.txt", "formula", "a name starting with @")
def _(b: Path, o: Path) -> None:
    (b / "@at.txt").write_text("@SUM(A1) 进入安全：门卫核对来访人员身份\n", encoding="utf-8")


@_entry("formula.csv", "formula", "CSV cells that are formulas (=cmd|…, @SUM)")
def _(b: Path, o: Path) -> None:
    (b / "formula.csv").write_text("日期,内容\n2026-03-01,\"=cmd|' /C calc'!A0\"\n2026-03-02,@SUM(1+1)*cmd|' /C calc'!A0\n",
                                   encoding="utf-8")


@_entry("bell\x07name.txt", "name", "a control character in the name (once crashed report.xlsx)")
def _(b: Path, o: Path) -> None:
    (b / "bell\x07name.txt").write_text("内部审计报告：2026年度内部审计发现问题已整改\n", encoding="utf-8")


@_entry("\x1b[31mred\x1b[0m.txt", "name", "a terminal escape sequence in the name")
def _(b: Path, o: Path) -> None:
    (b / "\x1b[31mred\x1b[0m.txt").write_text("培训计划\n", encoding="utf-8")


@_entry("[bold]markup[red].txt", "name", "rich markup in the name")
def _(b: Path, o: Path) -> None:
    (b / "[bold]markup[red].txt").write_text("培训签到表\n", encoding="utf-8")


@_entry("line\nbreak.txt", "name", "a newline in the name")
def _(b: Path, o: Path) -> None:
    (b / "line\nbreak.txt").write_text("应急预案\n", encoding="utf-8")


@_entry("长" * 80 + ".txt", "name", "a 240-byte name")
def _(b: Path, o: Path) -> None:
    (b / ("长" * 80 + ".txt")).write_text("长文件名制度\n", encoding="utf-8")


@_entry("script.html", "name", "HTML with a script and an onerror handler: text only")
def _(b: Path, o: Path) -> None:
    (b / "script.html").write_text('<html><body><script>alert(1)</script><img src=x onerror="alert(2)">'
                                   "<p>信息安全制度 &lt;script&gt;alert(3)&lt;/script&gt;</p></body></html>",
                                   encoding="utf-8")


@_entry("old-results", "own output", "this tool's earlier output folder (run marker) inside the bundle: skipped")
def _(b: Path, o: Path) -> None:
    folder = b / "old-results"
    folder.mkdir()
    (folder / ".evidence-checker-run.json").write_text('{"tool": "evidence-checker"}', encoding="utf-8")
    (folder / "report.md").write_text("# 报告\n" + POLICY * 5, encoding="utf-8")
    (folder / "inventory.json").write_text("{}", encoding="utf-8")


@_entry("子目录", "own output", "an output folder deeper in the bundle, next to real evidence")
def _(b: Path, o: Path) -> None:
    deep = b / "子目录" / "检查结果"
    deep.mkdir(parents=True)
    (deep / ".evidence-checker-run.json").write_text('{"tool": "evidence-checker"}', encoding="utf-8")
    (deep / "report.md").write_text(POLICY * 3, encoding="utf-8")
    (b / "子目录" / "培训记录.txt").write_text("海关业务培训签到表 2026-03-05 张三 李四\n", encoding="utf-8")


@_entry("records", "records", "structured records: a link to a CSV outside, a sheet spanning XFD1048576")
def _(b: Path, o: Path) -> None:
    (o / "处罚记录.csv").write_text("处罚日期,处罚类型,说明\n2026-01-01,警告," + CANARY + "\n", encoding="utf-8")
    (b / "records").mkdir()
    (b / "records" / "处罚记录.csv").symlink_to(o / "处罚记录.csv")
    rows = b'<row r="1">' + _cell("A1", "月份") + b'</row><row r="1048576">' + _cell("XFD1048576", "x") + b"</row>"
    _zip(b / "records" / "报关单统计.xlsx", xlsx_parts(_sheet(rows, b"A1:XFD1048576")))  # type: ignore[arg-type]


@_entry("正常制度.txt", "normal", "an ordinary policy: read")
def _(b: Path, o: Path) -> None:
    (b / "正常制度.txt").write_text(POLICY, encoding="utf-8")


@_entry("正常文件夹", "normal", "an ordinary folder with a policy: read")
def _(b: Path, o: Path) -> None:
    (b / "正常文件夹").mkdir()
    (b / "正常文件夹" / "访客管理制度.txt").write_text("访客管理制度\n来访人员须登记并由专人陪同。\n", encoding="utf-8")


def build(bundle: Path, outside: Path) -> dict[str, Hostile]:
    """Write every entry into ``bundle`` (created) and the canary into ``outside``; returns ENTRIES."""
    bundle.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    bundle, outside = bundle.resolve(), outside.resolve()
    (outside / "secret.txt").write_text(CANARY + "\n" + POLICY, encoding="utf-8")
    for maker in _MAKERS.values():
        maker(bundle, outside)
    return dict(ENTRIES)
