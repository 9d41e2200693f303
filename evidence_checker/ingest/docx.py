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
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

import docx
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from evidence_checker.ingest.dates import dated_cells
from evidence_checker.ingest.docx_numbering import Numbering
from evidence_checker.ingest.budget import check_office_package
from evidence_checker.ingest.errors import CorruptError, EncryptedError, why
from evidence_checker.ingest.formats import is_encrypted_ooxml
from evidence_checker.ingest.image_ocr import missing_engine, ocr_blocks
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, join_lines, to_passages
from evidence_checker.ingest.sheet import labelled, names_columns

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^(?:toc|contents|目录)\s*\d$", re.IGNORECASE)
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
        raise EncryptedError(rel_path, why("read_docx_encrypted"))
    check_office_package(path, rel_path)
    try:
        return docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:
        raise CorruptError(rel_path, why("read_docx_corrupt", error=type(exc).__name__)) from exc


class _Styles:
    """Heading level and list numbering per paragraph style, resolved once per document along
    ``basedOn`` chains (python-docx's ``paragraph.style`` scans all styles on every call)."""

    def __init__(self, document: Any) -> None:
        self._elements: dict[str, Any] = {}
        self._default: str | None = None
        for style in document.styles.element.iter(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            style_id = style.get(qn("w:styleId"))
            self._elements[style_id] = style
            if style.get(qn("w:default")) in ("1", "true"):
                self._default = style_id
        self._cache: dict[str | None, tuple[int | None, tuple[str, int] | None]] = {}

    def of(self, paragraph: Paragraph) -> tuple[int | None, tuple[str, int] | None]:
        """``(heading level, (numId, ilvl))`` of the paragraph's style (either may be None)."""
        ppr = paragraph._p.find(qn("w:pPr"))
        ref = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style_id = ref.get(qn("w:val")) if ref is not None else self._default
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id, depth=0)
        return self._cache[style_id]

    def is_toc(self, paragraph: Paragraph) -> bool:
        """True for a table-of-contents entry (styles ``toc 1``, ``Contents 1``, ``目录 1``)."""
        ppr = paragraph._p.find(qn("w:pPr"))
        ref = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style = self._elements.get(ref.get(qn("w:val")) if ref is not None else "")
        name_el = style.find(qn("w:name")) if style is not None else None
        name = name_el.get(qn("w:val"), "") if name_el is not None else ""
        return bool(_TOC_STYLE.match(name.strip()))

    def _resolve(self, style_id: str | None, depth: int) -> tuple[int | None, tuple[str, int] | None]:
        style = self._elements.get(style_id or "")
        if style is None or depth > 10:
            return None, None
        name_el = style.find(qn("w:name"))
        name = (name_el.get(qn("w:val"), "") if name_el is not None else "").strip().lower()
        match = _HEADING_STYLE.match(name)
        level = int(match.group(1)) if match else (1 if name in _TITLE_STYLES else _outline_level(style))
        num = _num_pr_of(style)
        if level is None or num is None:
            based = style.find(qn("w:basedOn"))
            if based is not None:
                parent_level, parent_num = self._resolve(based.get(qn("w:val")), depth + 1)
                level = level if level is not None else parent_level
                num = num if num is not None else parent_num
        return level, num


def _outline_level(element: Any) -> int | None:
    ppr = element.find(qn("w:pPr"))
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    value = outline.get(qn("w:val"), "9") if outline is not None else "9"
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


def _num_pr_of(element: Any) -> tuple[str, int] | None:
    """``(numId, ilvl)`` set on a paragraph or style element; ``("0", 0)`` switches numbering off."""
    ppr = element.find(qn("w:pPr"))
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    value = num_id.get(qn("w:val")) if num_id is not None else None
    if value is None:
        return None
    return value, int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0


def _body_blocks(document: Any, numbering: Numbering, options: ReadOptions, notes: ReadNotes) -> Iterator[Block]:
    styles = _Styles(document)
    paragraph_no = table_no = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            table_no += 1
            yield from _table_blocks(item, table_no)
            continue
        if styles.is_toc(item):
            continue  # a table of contents is no evidence
        style_level, style_num = styles.of(item)
        num = _num_pr_of(item._p) or style_num
        num = None if num is None or num[0] == "0" else num
        text = _paragraph_text(item, numbering, num)
        images = _image_ids(item)
        boxes = _text_box_paragraphs(item)
        if not text and not images and not boxes:
            continue
        paragraph_no += 1
        if text:
            level = _outline_level(item._p) or style_level
            kind = "heading" if level is not None else ("list_item" if num else "paragraph")
            yield Block(text, kind, f"¶{paragraph_no}", paragraph=paragraph_no, level=level)
        for n, box_text in enumerate(boxes, 1):
            yield Block(box_text, "paragraph", f"¶{paragraph_no} textbox{n}", paragraph=paragraph_no)
        for n, rid in enumerate(images, 1):
            yield from _image_blocks(document, rid, f"¶{paragraph_no} image{n} ", paragraph_no, options, notes)


def _paragraph_text(paragraph: Paragraph, numbering: Numbering, num: tuple[str, int] | None) -> str:
    text = join_lines(paragraph.text.splitlines()) if "\n" in paragraph.text else paragraph.text.strip()
    if num is None or not text:
        return text
    label = numbering.label(*num)
    if not label:
        return text
    return f"{label}{'' if label.endswith(('、', '）', ')', '．')) else ' '}{text}"


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
        notes.problem(why("read_picture_no_ocr", where=prefix.strip(), reason=reason), cacheable=False)
        return []
    with notes.stage("ocr"):
        blocks = ocr_blocks(image, None, options, notes, locator_prefix=prefix)
    return [_with_paragraph(b, paragraph_no) for b in blocks]


def _with_paragraph(block: Block, paragraph_no: int) -> Block:
    """An OCR block of a picture in the document: no page box (the picture has no page)."""
    return replace(block, paragraph=paragraph_no, page=None, bbox=None, line_boxes=None)


def _table_blocks(table: Table, table_no: int) -> Iterator[Block]:
    """One block per row; a cell merged down (``w:vMerge``) is read on every row it covers. When the
    first row names the columns, the rows under it are labelled with them, as a sheet's rows are."""
    above: dict[int, str] = {}
    rows: list[tuple[int, list[str]]] = []
    for r, tr in enumerate(table._tbl.tr_lst, 1):
        cells, above = _row_cells(tr, above)
        if any(cells):
            rows.append((r, cells))
    names = names_columns(rows)
    header: list[str] | None = None
    for r, cells in rows:
        dated = dated_cells(cells, header if header else None)
        written = " | ".join(labelled(cells, header) if header and names else cells)
        text = " | ".join(labelled(dated, header) if header and names else dated)
        yield Block(text, "table_row", f"table{table_no} r{r}", table=table_no, row=r, split=False,
                    header=" | ".join(c for c in header if c) if header else None,
                    raw=written if written != text else None)
        header = header or cells


def _row_cells(tr: Any, above: dict[int, str]) -> tuple[list[str], dict[int, str]]:
    """The row's cell texts (continuations of a vertical merge take the text above) and the
    texts by grid column for the next row."""
    cells: list[str] = []
    here: dict[int, str] = {}
    column = 0
    for tc in tr.tc_lst:
        tc_pr = tc.find(qn("w:tcPr"))
        span_el = tc_pr.find(qn("w:gridSpan")) if tc_pr is not None else None
        merge_el = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
        text = _cell_text(tc)
        if merge_el is not None and merge_el.get(qn("w:val"), "continue") == "continue" and not text:
            text = above.get(column, "")
        cells.append(text)
        here[column] = text
        span = span_el.get(qn("w:val")) if span_el is not None else "1"
        column += int(span) if span and span.isdigit() else 1
    return cells, here


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
