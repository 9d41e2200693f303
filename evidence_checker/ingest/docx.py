"""Word (.docx) reader: body paragraphs and tables in document order, headers and footers.

Paragraphs keep their heading level (``Heading N`` / ``标题 N`` styles, outline levels) and the
list label Word shows (``1.``, ``一、``, see ``docx_numbering.py``); text boxes are read after
their anchor paragraph; tables give one passage per row, cells joined with `` | ``; pictures
large enough to be a scan or screenshot are OCRed (``¶14 image1 ocr-block 2``).
Locators: ``¶14`` (the 14th non-empty body paragraph), ``table2 r3``, ``header``, ``footer``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any, Iterator

import docx
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from evidence_checker.ingest.docx_numbering import Numbering
from evidence_checker.ingest.errors import CorruptError, EncryptedError
from evidence_checker.ingest.formats import is_encrypted_ooxml
from evidence_checker.ingest.image_ocr import missing_engine, ocr_blocks
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, join_lines, to_passages

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "标题", "subtitle", "副标题"}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_R_EMBED = qn("r:embed")
_R_ID = qn("r:id")
_VML_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read a .docx file into passages."""
    notes = notes if notes is not None else ReadNotes()
    with notes.stage("docx.parse"):
        document = _open(path, rel_path)
        numbering = Numbering.of(document)
        blocks = list(_margin_blocks(document, "header"))
        blocks.extend(_body_blocks(document, numbering, options, notes))
        blocks.extend(_margin_blocks(document, "footer"))
    with notes.stage("segment"):
        return to_passages(blocks, rel_path, max_chars=options.max_chars)


def _open(path: Path, rel_path: str) -> Any:
    if is_encrypted_ooxml(path):
        raise EncryptedError(rel_path, "Word 文件已加密，需要密码才能打开")
    try:
        return docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:
        raise CorruptError(rel_path, f"Word 文件已损坏或不是 .docx 格式（{type(exc).__name__}）") from exc


def _body_blocks(document: Any, numbering: Numbering, options: ReadOptions, notes: ReadNotes) -> Iterator[Block]:
    paragraph_no = table_no = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            table_no += 1
            yield from _table_blocks(item, table_no)
            continue
        text = _paragraph_text(item, numbering)
        images = _image_ids(item)
        boxes = _text_box_paragraphs(item)
        if not text and not images and not boxes:
            continue
        paragraph_no += 1
        if text:
            kind, level = _kind(item)
            yield Block(text, kind, f"¶{paragraph_no}", paragraph=paragraph_no, level=level)
        for n, box_text in enumerate(boxes, 1):
            yield Block(box_text, "paragraph", f"¶{paragraph_no} textbox{n}", paragraph=paragraph_no)
        for n, rid in enumerate(images, 1):
            yield from _image_blocks(document, rid, f"¶{paragraph_no} image{n} ", paragraph_no, options, notes)


def _paragraph_text(paragraph: Paragraph, numbering: Numbering) -> str:
    text = join_lines(paragraph.text.splitlines()) if "\n" in paragraph.text else paragraph.text.strip()
    num = _num_pr(paragraph)
    if num is None:
        return text
    label = numbering.label(*num)
    if not label or not text:
        return text
    return f"{label}{'' if label.endswith(('、', '）', ')', '．')) else ' '}{text}"


def _num_pr(paragraph: Paragraph) -> tuple[str, int] | None:
    """``(numId, ilvl)`` from the paragraph or its style chain; None when not numbered."""
    elements = [paragraph._p]
    style = paragraph.style
    while style is not None:
        elements.append(style.element)
        style = style.base_style
    for element in elements:
        ppr = element.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        value = num_id.get(qn("w:val")) if num_id is not None else None
        if value in (None, "0"):
            return None
        return value, int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
    return None


def _kind(paragraph: Paragraph) -> tuple[str, int | None]:
    level = _heading_level(paragraph)
    if level is not None:
        return "heading", level
    if _num_pr(paragraph) is not None:
        return "list_item", None
    return "paragraph", None


def _heading_level(paragraph: Paragraph) -> int | None:
    style = paragraph.style
    name = (style.name or "").strip().lower() if style is not None else ""
    match = _HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    if name in _TITLE_STYLES:
        return 1
    elements = [paragraph._p] + ([style.element] if style is not None else [])
    for element in elements:
        ppr = element.find(qn("w:pPr"))
        outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if outline is not None and outline.get(qn("w:val"), "9").isdigit():
            value = int(outline.get(qn("w:val")))
            return value + 1 if value < 9 else None
    return None


def _text_box_paragraphs(paragraph: Paragraph) -> list[str]:
    out: list[str] = []
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue  # the same box again, for old Word versions
        text = join_lines(_xml_text(p) for p in box.iter(qn("w:p")))
        if text and text not in out:
            out.append(text)
    return out


def _xml_text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _image_ids(paragraph: Paragraph) -> list[str]:
    ids = [blip.get(_R_EMBED) for blip in paragraph._p.iter(qn("a:blip"))]
    ids += [data.get(_R_ID) for data in paragraph._p.iter(_VML_IMAGEDATA)]
    return [rid for rid in dict.fromkeys(ids) if rid]


def _image_blocks(
    document: Any, rid: str, prefix: str, paragraph_no: int, options: ReadOptions, notes: ReadNotes
) -> list[Block]:
    if not options.ocr_document_images:
        return []
    from PIL import Image

    try:
        blob = document.part.related_parts[rid].blob
        image = Image.open(io.BytesIO(blob))
        if image.width * image.height < options.ocr_min_image_pixels:
            return []
        image = image.convert("RGB")
    except Exception:  # noqa: BLE001 - an unreadable picture (EMF, linked) is no text evidence
        return []
    reason = missing_engine(options.ocr_lang)
    if reason:
        notes.problem(f"{prefix.strip()}：图片未识别（{reason}）", cacheable=False)
        return []
    with notes.stage("ocr"):
        blocks = ocr_blocks(image, None, options, notes, locator_prefix=prefix)
    return [_with_paragraph(b, paragraph_no) for b in blocks]


def _with_paragraph(block: Block, paragraph_no: int) -> Block:
    return Block(block.text, block.kind, block.locator, paragraph=paragraph_no)


def _table_blocks(table: Table, table_no: int) -> Iterator[Block]:
    for r, tr in enumerate(table._tbl.tr_lst, 1):
        cells = [_cell_text(tc) for tc in tr.tc_lst]
        if any(cells):
            yield Block(" | ".join(cells), "table_row", f"table{table_no} r{r}", table=table_no, row=r, split=False)


def _cell_text(tc: Any) -> str:
    return join_lines(_xml_text(p) for p in tc.iter(qn("w:p")))


def _margin_blocks(document: Any, kind: str) -> Iterator[Block]:
    """Header or footer text of all sections, each distinct text once."""
    seen: list[str] = []
    for section in document.sections:
        parts = [getattr(section, kind)]
        if section.different_first_page_header_footer:
            parts.append(getattr(section, f"first_page_{kind}"))
        for part in parts:
            if part.is_linked_to_previous and seen:
                continue
            text = _margin_text(part)
            if text and text not in seen:
                seen.append(text)
    for n, text in enumerate(seen, 1):
        yield Block(text, kind, kind if n == 1 else f"{kind} {n}")


def _margin_text(part: Any) -> str:
    pieces = [p.text.strip() for p in part.paragraphs if p.text.strip()]
    for table in part.tables:
        for tr in table._tbl.tr_lst:
            cells = [_cell_text(tc) for tc in tr.tc_lst]
            if any(cells):
                pieces.append(" | ".join(cells))
    return " ".join(pieces)
