"""Images (PNG/JPG/TIFF …) and image-only pages: OCR with Tesseract via pytesseract.

Tesseract's word boxes are laid out by ``ocr_layout.py`` (upright page, rulings erased, table
rows with their column headers, label–value lines, paragraphs); each becomes one ``ocr`` (or
``table_row``) passage with its box, ``source="ocr"``, its mean confidence and its line boxes. Tiny text (screenshots) is OCRed again at twice the size. Tesseract puts spaces between Chinese characters: they are removed from
``text`` too. ``OMP_THREAD_LIMIT=1`` is set (measured: halves the time on 2 cores).
Standalone images give ``bbox`` in image pixels; PDF pages convert to points (see ``pdf.py``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps

from evidence_checker.ingest import budget
from evidence_checker.ingest.errors import CorruptError, EngineMissingError, why
from evidence_checker.ingest.ocr_layout import (
    OcrBlock,
    Word,
    erase_rules,
    layout_blocks,
    looks_sideways,
    unread_ink,
    unrotate,
    upright,
    with_missed_words,
    words_of,
)
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import BBox, Passage
from evidence_checker.ingest.segment import Block, to_passages

# Median word height below this: OCR again at twice the size. Measured on rendered Chinese text:
# 2x fixes 9-10 px text, changes nothing at 12 px and makes 14-18 px text worse.
SMALL_TEXT_PX = 12
MAX_PIXELS = 60_000_000
PAGE_PSM = 3  # Tesseract's full page layout: paragraphs of running text
SPARSE_PSM = 11  # sparse text: what the page layout left unread
# Share of the ink outside every word Tesseract's page layout read above which the picture is
# read again as sparse text. Measured: a settings screenshot whose values (in input boxes) were
# dropped whole 0.20; the bench's prose scans 0.04-0.14 (a second pass added nothing there).
UNREAD_INK_SHARE = 0.15
# A reading this unsure, or leaving this much ink unread, is tried again upright (OSD).
POOR_CONFIDENCE = 60.0
POOR_UNREAD_INK = 0.5
# A ruled table (rulings erased) is read as one uniform block: its page layout drops whole
# columns of a table, and sparse-text mode misreads short cells (measured on the test tables).
TABLE_PSM = 6  # larger pictures are scaled down before OCR


def missing_engine(lang: str) -> str | None:
    """Why OCR in ``lang`` cannot run here (Chinese), or None when it can."""
    return _missing_engine(lang)


@lru_cache(maxsize=4)
def _missing_engine(lang: str) -> str | None:
    if shutil.which("tesseract") is None:
        return why("read_no_tesseract")
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - any failure of the engine is reported, not raised
        return why("read_tesseract_broken", error=exc)
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        return why("read_tesseract_langs", langs={"list": missing})
    return None


def ocr_image(image: Image.Image, *, lang: str, timeout: float) -> list[OcrBlock]:
    """OCR ``image``; blocks in reading order with boxes in ``image``'s pixel coordinates.

    The picture is turned upright (orientation detection), table rulings are erased, and the
    words are laid out into table rows, label–value lines and paragraphs (``ocr_layout``).
    Raises :class:`EngineMissingError` when Tesseract or the language is missing, RuntimeError on
    a Tesseract timeout.
    """
    reason = missing_engine(lang)
    if reason:
        raise EngineMissingError("OCR", reason)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    gray, ruled = erase_rules(ImageOps.grayscale(image))
    # Orientation detection costs ~3 s a page, reading a sideways page before it ~17 s: it runs
    # first when the ink runs in columns, and after a reading that looks sideways or upside down.
    asked = looks_sideways(gray)
    turned, angle = upright(gray, timeout=timeout) if asked else (gray, 0)
    gray = turned
    words = _read(gray, lang, timeout, ruled)
    if not asked and _poor(words, gray):
        turned, angle = upright(gray, timeout=timeout)
        if angle:
            gray, words = turned, _read(turned, lang, timeout, ruled)
    blocks = layout_blocks(words)
    if angle:
        blocks = [_unrotated(b, angle, gray.size) for b in blocks]
    return blocks


def _read(gray: Image.Image, lang: str, timeout: float, ruled: bool) -> list[Word]:
    """Tesseract's words on ``gray`` (boxes in its pixels): small text read at twice the size; text
    the page layout left unread read again as sparse text."""
    psm = TABLE_PSM if ruled else PAGE_PSM
    picture, scale = gray, 1.0
    data = _tesseract(picture, lang, timeout, psm)
    if _median_height(data) < SMALL_TEXT_PX and gray.width * gray.height * 4 <= MAX_PIXELS:
        picture, scale = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.LANCZOS), 2.0
        data = _tesseract(picture, lang, timeout, psm)
    words = words_of(data, scale)
    if psm == PAGE_PSM and words and unread_ink(gray, words) > UNREAD_INK_SHARE:
        words = with_missed_words(words, words_of(_tesseract(picture, lang, timeout, SPARSE_PSM), scale))
    return words


def _poor(words: list[Word], gray: Image.Image) -> bool:
    """A reading that looks like the picture is not upright: little read, or read unsure."""
    if not words:
        return True
    confidence = sum(w.conf for w in words) / len(words)
    return confidence < POOR_CONFIDENCE or unread_ink(gray, words) > POOR_UNREAD_INK


def _unrotated(block: OcrBlock, angle: int, size: tuple[int, int]) -> OcrBlock:
    lines = tuple((t, *unrotate((x0, y0, x1, y1), angle, size)) for t, x0, y0, x1, y1 in block.lines)
    return replace(block, bbox=unrotate(block.bbox, angle, size), lines=lines)


def _tesseract(image: Image.Image, lang: str, timeout: float, psm: int = 3) -> dict[str, list]:
    import pytesseract

    return pytesseract.image_to_data(
        image, lang=lang, config=f"--psm {psm}", output_type=pytesseract.Output.DICT, timeout=timeout
    )


def _median_height(data: dict[str, list]) -> float:
    heights = sorted(h for h, w in zip(data["height"], data["text"]) if str(w).strip())
    return heights[len(heights) // 2] if heights else float("inf")


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """OCR every frame of an image file; one ``ocr`` passage per Tesseract block."""
    notes = notes if notes is not None else ReadNotes()
    try:
        image = Image.open(path)
        frames = getattr(image, "n_frames", 1)
        budget.check_image_pixels(image.width, image.height, rel_path)
    except Image.DecompressionBombError as exc:
        raise CorruptError(rel_path, why("read_image_bomb")) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptError(rel_path, why("read_image_open", error=exc)) from exc
    notes.pages = frames
    reason = missing_engine(options.ocr_lang)
    if reason:
        raise EngineMissingError(rel_path, reason)
    blocks: list[Block] = []
    for frame in range(budget.page_count(frames, notes)):
        try:
            image.seek(frame)
            picture = _bounded(image.convert("RGB"))
        except (OSError, ValueError) as exc:
            notes.problem(why("read_frame", frame=frame + 1, error=exc))
            continue
        with notes.stage("ocr"):
            blocks.extend(ocr_blocks(picture, frame + 1, options, notes, locator_prefix=f"p{frame + 1} "))
    with notes.stage("segment"):
        return to_passages(blocks, rel_path, max_chars=options.max_chars)


def _bounded(image: Image.Image) -> Image.Image:
    if image.width * image.height <= MAX_PIXELS:
        return image
    factor = (MAX_PIXELS / (image.width * image.height)) ** 0.5
    return image.resize((int(image.width * factor), int(image.height * factor)))


def ocr_blocks(
    image: Image.Image,
    page: int | None,
    options: ReadOptions,
    notes: ReadNotes,
    *,
    locator_prefix: str,
    to_points: float = 1.0,
    paragraph_base: int = 0,
) -> list[Block]:
    """OCR one picture into ``ocr`` blocks (boxes × ``to_points``); a Tesseract failure becomes a note."""
    try:
        found = ocr_image(image, lang=options.ocr_lang, timeout=options.ocr_timeout)
    except EngineMissingError as exc:
        where = locator_prefix.strip() or why("read_image")
        notes.problem(why("read_in", where=where, reason=exc.reason), cacheable=False)
        return []
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        where = locator_prefix.strip() or why("read_image")
        notes.problem(why("read_ocr_failed", where=where, error=exc), cacheable=False)
        return []
    return [
        Block(
            text=block.text,
            kind=block.kind,
            locator=f"{locator_prefix}ocr-block {n}",
            page=page,
            bbox=_scaled(block.bbox, to_points),
            paragraph=paragraph_base + n,
            header=block.header,
            source="ocr",
            ocr_conf=round(block.confidence, 1),
            line_boxes=tuple((t, *_scaled((x0, y0, x1, y1), to_points)) for t, x0, y0, x1, y1 in block.lines),
            split=block.kind != "table_row",
        )
        for n, block in enumerate(found, 1)
    ]


def _scaled(box: BBox, factor: float) -> BBox:
    return tuple(round(v * factor, 2) for v in box)  # type: ignore[return-value]


