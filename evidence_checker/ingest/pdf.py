"""PDF reader: text with pypdfium2, ruled tables with pdfplumber's lattice algorithm on pdfium's
paths (``pdf_tables.py``), image-only pages with OCR.

Why pypdfium2 for the text and not pdfplumber's words: measured here, pdfplumber (pdfminer)
decodes some non-embedded Chinese CID fonts wrongly (reportlab ``MSung-Light``, also after RC4
encryption ``STSong-Light``: ``(cid:4538)`` garbage) where pdfium gives the right characters, and
pdfminer's page interpretation costs ~140 ms per page against pdfium's few ms (see
bench/README-ingest.md). Table cell text is read from pdfium inside each cell box.

Per page: lines with boxes (Symbol-font bullets as ``•``) → running headers/footers and
table-of-contents lines (left out) → paragraphs (hard line breaks joined) and
table rows (ruled tables, and tables set without rules: runs of lines whose cells, cut at column-wide
gaps, line up — see ``layout.table_runs``); a page with (almost) no text but an image, or mostly
covered by images, or a scan whose text layer is garbage (mojibake, private-use glyphs), is rendered
and OCRed. Passages say
which was read: ``source`` ``text_layer`` or ``ocr``. A page that fails makes the result
partial; an encrypted or unreadable file raises.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from evidence_checker.ingest import budget
from evidence_checker.ingest.dates import dated_cells
from evidence_checker.ingest.errors import CorruptError, EncryptedError, why
from evidence_checker.ingest.handbook import SYMBOL_BULLETS, toc_lines
from evidence_checker.ingest.image_ocr import missing_engine, ocr_blocks
from evidence_checker.ingest.layout import (MIN_CELLS, Line, group_paragraphs, inside, line_leading, running_lines,
                                            split_cells, table_runs, union)
from evidence_checker.ingest.ocr_layout import readable_share
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import BBox, Passage
from evidence_checker.ingest.pdf_tables import find_tables
from evidence_checker.ingest.segment import Block, join_lines, to_passages
from evidence_checker.ingest.settings import load as load_settings
from evidence_checker.ingest.sheet import labelled, names_columns

OCR_COVER_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class _PageText:
    lines: list[Line]
    chars: int  # non-space characters of the text layer
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class _Table:
    bbox: BBox
    rows: list[list[str]]


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read a PDF into passages (``p3 ¶2``, ``p3 table1 r2``, ``p1 ocr-block 4``, ``p3 header``)."""
    notes = notes if notes is not None else ReadNotes()
    with notes.stage("pdf.open"):
        doc = _open(path, rel_path)
    try:
        notes.pages = len(doc)
        if notes.pages == 0:
            raise CorruptError(rel_path, why("read_pdf_no_pages"))
        pages = budget.page_count(notes.pages, notes)
        texts: list[_PageText | None] = []
        first, last = options.page_range or (0, pages)
        with notes.stage("pdf.text"):
            for index in range(pages):
                texts.append(_page_text_or_note(doc, index, notes) if first <= index < last else None)
        marks = running_lines([t.lines if t else [] for t in texts], [t.height if t else 0 for t in texts])
        for index, text in enumerate(texts):  # a compiled handbook's contents are no evidence
            for i in toc_lines([line.text for line in text.lines]) if text else ():
                marks.setdefault((index, i), "toc")
        right = _text_right_edge(texts, marks)
        leading = line_leading(_body_lines(texts, marks), right)
        blocks: list[Block] = []
        for index, text in enumerate(texts):
            if text is None:
                continue
            page = doc[index]
            try:
                blocks.extend(_page_blocks(page, index, text, marks, right, leading, options, notes))
            except Exception as exc:  # noqa: BLE001 - one bad page makes the file partial
                notes.problem(why("read_page_error", page=index + 1, error=f"{type(exc).__name__}: {exc}"))
            finally:
                page.close()
    finally:
        doc.close()
    with notes.stage("segment"):
        return to_passages(blocks, rel_path, max_chars=options.max_chars)


def _open(path: Path, rel_path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedError(rel_path, why("read_pdf_encrypted")) from exc
        detail = str(exc).split("PDFium: ")[-1].rstrip(").")
        raise CorruptError(rel_path, why("read_pdf_corrupt", error=detail)) from exc


def _page_text_or_note(doc: pdfium.PdfDocument, index: int, notes: ReadNotes) -> _PageText | None:
    try:
        page = doc[index]
        try:
            return page_text(page)
        finally:
            page.close()
    except Exception as exc:  # noqa: BLE001
        notes.problem(why("read_page_error", page=index + 1, error=f"{type(exc).__name__}: {exc}"))
        return None


def page_text(page: pdfium.PdfPage) -> _PageText:
    """The text lines of a page with boxes (top-left origin, points)."""
    left, _, _, top = page.get_cropbox()
    width, height = page.get_width(), page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        boxes_ok = len(text) == count
        lines: list[Line] = []
        start = 0
        for end in [*_line_ends(text), len(text)]:
            piece = text[start:end]
            if piece.strip():
                piece = piece.translate(SYMBOL_BULLETS)
                box = _line_box(textpage, piece, start, left, top) if boxes_ok else (0.0, 0.0, 0.0, 0.0)
                stripped = piece.strip()
                cells: tuple[str, ...] = ()
                starts: tuple[float, ...] = ()
                if boxes_ok and len(_GAPS.findall(stripped)) >= MIN_CELLS - 1:
                    lead = start + len(piece) - len(piece.lstrip())
                    found = split_cells(stripped, _gap_width(textpage, lead, max(box[3] - box[1], 1.0)))
                    if len(found) >= MIN_CELLS:
                        cells = tuple(c for _, c in found)
                        starts = tuple(round(textpage.get_charbox(lead + at, loose=True)[0] - left, 2)
                                       for at, _ in found)
                lines.append(Line(stripped, box, starts, cells))
            start = end + 1
        chars = sum(1 for ch in text if not ch.isspace())
    finally:
        textpage.close()
    return _PageText(lines, chars, width, height)


_GAPS = re.compile(r"\s+")


def _gap_width(textpage: pdfium.PdfTextPage, lead: int, height: float):
    """How wide (in line heights) the space between two characters of a line is on the page."""
    def width(start: int, end: int) -> float:
        before = textpage.get_charbox(lead + start - 1, loose=False)
        after = textpage.get_charbox(lead + end, loose=False)
        return (after[0] - before[2]) / height
    return width


def _line_ends(text: str) -> list[int]:
    """Indexes of line breaks (``\r\n`` counts once, at its ``\n``)."""
    return [i for i, ch in enumerate(text) if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")]


def _line_box(textpage: pdfium.PdfTextPage, piece: str, offset: int, left: float, top: float) -> BBox:
    marks = [i for i, ch in enumerate(piece) if not ch.isspace()]
    picks = {marks[0], marks[len(marks) // 2], marks[-1]}
    boxes = [textpage.get_charbox(offset + i, loose=True) for i in sorted(picks)]
    x0 = min(b[0] for b in boxes) - left
    x1 = max(b[2] for b in boxes) - left
    y0, y1 = top - max(b[3] for b in boxes), top - min(b[1] for b in boxes)
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def _text_right_edge(texts: list[_PageText | None], marks: dict[tuple[int, int], str]) -> float:
    """Where full lines end: the rightmost line end shared by at least 3 body lines (justified
    and full left-aligned lines end there), or at least the page width less the left margin
    (Word's margins are symmetric by default) — so a page of short lines is not one paragraph."""
    body = [(line, t.width) for p, t in enumerate(texts) if t for i, line in enumerate(t.lines) if (p, i) not in marks]
    if not body:
        return 0.0
    left = min(line.bbox[0] for line, _ in body)
    ends = Counter(round(line.bbox[2]) for line, _ in body)
    frequent = [float(x) for x, n in ends.items() if n >= 3]
    return max([*frequent, max(width for _, width in body) - left - 3])


def _body_lines(texts: list[_PageText | None], marks: dict[tuple[int, int], str]) -> list[list[Line]]:
    """Per page, its lines less running headers/footers and contents lines."""
    return [[line for i, line in enumerate(t.lines) if (p, i) not in marks] for p, t in enumerate(texts) if t]


def _page_blocks(
    page: pdfium.PdfPage,
    index: int,
    text: _PageText,
    marks: dict[tuple[int, int], str],
    right: float,
    leading: float,
    options: ReadOptions,
    notes: ReadNotes,
) -> list[Block]:
    number = index + 1
    paths, images, cover = _objects(page)
    scanned = text.chars < options.ocr_min_chars or (
        cover >= OCR_COVER_SHARE and text.chars < options.ocr_cover_chars
    )
    if images and not scanned:  # a scan whose text layer is garbage is read by OCR instead
        scanned = readable_share("".join(line.text for line in text.lines)) < load_settings().text_layer_min_good
    if images and scanned:
        return _ocr_page(page, number, options, notes)
    tables: list[_Table] = []
    if paths:
        with notes.stage("pdf.tables"):
            tables = _tables(page)
    return [replace(b, source="text_layer") for b in _layout_blocks(number, text, marks, index, tables, right, leading)]


def _layout_blocks(
    number: int, text: _PageText, marks: dict[tuple[int, int], str], index: int, tables: list[_Table], right: float,
    leading: float = 0.0,
) -> list[Block]:
    keyed: list[tuple[float, Block]] = []
    margins: dict[str, list[Line]] = {"header": [], "footer": []}
    body: list[tuple[int, Line]] = []
    for i, line in enumerate(text.lines):
        zone = marks.get((index, i))
        if zone == "toc":
            continue
        if zone:
            margins[zone].append(line)
        elif not any(inside(line.bbox, table.bbox) for table in tables):
            body.append((i, line))
    for zone, lines in margins.items():
        if lines:
            text_ = " ".join(line.text for line in lines)
            box = union(line.bbox for line in lines)
            block = Block(text_, zone, f"p{number} {zone}", page=number, bbox=box)
            keyed.append((-1.0 if zone == "header" else 1e9, block))
    # a table set without rules (columns of text at fixed positions): each line is a row, not a paragraph
    texts: list[_Table] = []
    in_text_table: set[int] = set()
    for first, end in table_runs([line for _, line in body]):
        rows = [line for _, line in body[first:end]]
        texts.append(_Table(union(line.bbox for line in rows), [list(line.cells) for line in rows]))
        in_text_table.update(id(line) for line in rows)
    body = [(i, line) for i, line in body if id(line) not in in_text_table]
    order = {id(line): i for i, line in body}
    paragraph = 0
    for group in group_paragraphs([line for _, line in body], right=right, leading=leading):
        paragraph += 1
        block = Block(
            join_lines(line.text for line in group),
            "paragraph",
            f"p{number} ¶{paragraph}",
            page=number,
            bbox=union(line.bbox for line in group),
            paragraph=paragraph,
        )
        keyed.append((float(order[id(group[0])]), block))
    for t, table in enumerate([*tables, *texts], 1):
        key = _table_position(table, text.lines)
        header = " | ".join(c for c in table.rows[0] if c) if table.rows else ""
        # rows under a first row that names the columns are labelled with them, as a sheet's rows are
        names = bool(table.rows) and any(table.rows[0]) and names_columns(
            [(r, cells) for r, cells in enumerate(table.rows) if any(cells)])
        for r, cells in enumerate(table.rows, 1):
            if any(cells):
                locator = f"p{number} table{t} r{r}"
                dated = dated_cells(cells, table.rows[0] if r > 1 else None)
                label = names and r > 1
                written = " | ".join(labelled(cells, table.rows[0]) if label else cells)
                text_ = " | ".join(labelled(dated, table.rows[0]) if label else dated)
                block = Block(
                    text_, "table_row", locator, page=number, bbox=table.bbox, table=t, row=r, split=False,
                    header=header if r > 1 and header else None, raw=written if written != text_ else None,
                )
                keyed.append((key + r / 1000, block))
    keyed.sort(key=lambda kb: kb[0])
    return [b for _, b in keyed]


def _table_position(table: _Table, lines: list[Line]) -> float:
    for i, line in enumerate(lines):
        if inside(line.bbox, table.bbox) or line.bbox[1] >= table.bbox[1]:
            return i - 0.5
    return float(len(lines))


def _objects(page: pdfium.PdfPage) -> tuple[int, int, float]:
    """Counts of top-level path and image objects, and the share of the page images cover."""
    width, height = page.get_width(), page.get_height()
    paths = images = 0
    covered = 0.0
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            l, b, r, t = obj.get_bounds()
            covered += max(0.0, min(r, width) - max(l, 0.0)) * max(0.0, min(t, height) - max(b, 0.0))
    return paths, images, min(covered / max(width * height, 1.0), 1.0)


def _ocr_page(page: pdfium.PdfPage, number: int, options: ReadOptions, notes: ReadNotes) -> list[Block]:
    reason = missing_engine(options.ocr_lang)
    if reason:
        notes.problem(why("read_page_scan", page=number, reason=reason), cacheable=False)
        return []
    with notes.stage("pdf.render"):
        scale = budget.render_scale(page.get_width(), page.get_height(), options.ocr_dpi / 72)
        image = page.render(scale=scale, grayscale=True).to_pil()
    with notes.stage("ocr"):
        return ocr_blocks(image, number, options, notes, locator_prefix=f"p{number} ", to_points=1 / scale)


def _tables(page: pdfium.PdfPage) -> list[_Table]:
    """Ruled tables (``pdf_tables``), each cell's text read from pdfium inside the cell box."""
    grids = find_tables(page)
    if not grids:
        return []
    left, _, _, top = page.get_cropbox()
    textpage = page.get_textpage()
    try:
        return [
            _Table(
                tuple(round(v, 2) for v in grid.bbox),  # type: ignore[arg-type]
                [[_cell_text(textpage, cell, left, top) for cell in row] for row in grid.rows],
            )
            for grid in grids
        ]
    finally:
        textpage.close()


def _cell_text(textpage: pdfium.PdfTextPage, cell: BBox, left: float, top: float) -> str:
    x0, y0, x1, y1 = cell
    return join_lines(textpage.get_text_bounded(left + x0, top - y1, left + x1, top - y0).splitlines())
