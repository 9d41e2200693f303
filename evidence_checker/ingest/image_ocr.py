"""Images (PNG/JPG/TIFF …) and image-only pages: OCR with Tesseract via pytesseract.

Tesseract's word boxes are grouped into its own blocks/paragraphs; each becomes one ``ocr``
passage with its box. Tiny text (screenshots) is OCRed again at twice the size. Tesseract puts spaces between Chinese characters: they are removed from
``text`` too. ``OMP_THREAD_LIMIT=1`` is set (measured: halves the time on 2 cores).
Standalone images give ``bbox`` in image pixels; PDF pages convert to points (see ``pdf.py``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps

from evidence_checker.ingest import budget
from evidence_checker.ingest.errors import CorruptError, EngineMissingError
from evidence_checker.ingest.normalize import is_cjk
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import BBox, Passage
from evidence_checker.ingest.segment import Block, to_passages

MIN_CONFIDENCE = 30.0
# Median word height below this: OCR again at twice the size. Measured on rendered Chinese text:
# 2x fixes 9-10 px text, changes nothing at 12 px and makes 14-18 px text worse.
SMALL_TEXT_PX = 12
MAX_PIXELS = 60_000_000  # larger pictures are scaled down before OCR


@dataclass(frozen=True, slots=True)
class OcrBlock:
    """One Tesseract paragraph: its text (lines joined), box in the OCRed image's pixels, mean confidence."""

    text: str
    bbox: BBox
    confidence: float


def missing_engine(lang: str) -> str | None:
    """Why OCR in ``lang`` cannot run here (Chinese), or None when it can."""
    return _missing_engine(lang)


@lru_cache(maxsize=4)
def _missing_engine(lang: str) -> str | None:
    if shutil.which("tesseract") is None:
        return "未安装 OCR 引擎 Tesseract（Debian: apt install tesseract-ocr tesseract-ocr-chi-sim），扫描件和图片无法识别"
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - any failure of the engine is reported, not raised
        return f"OCR 引擎 Tesseract 无法运行（{exc}）"
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        return f"Tesseract 缺少语言包 {'、'.join(missing)}（Debian: apt install tesseract-ocr-chi-sim）"
    return None


def ocr_image(image: Image.Image, *, lang: str, timeout: float) -> list[OcrBlock]:
    """OCR ``image``; blocks in reading order with boxes in ``image``'s pixel coordinates.

    Raises :class:`EngineMissingError` when Tesseract or the language is missing, RuntimeError on
    a Tesseract timeout.
    """
    reason = missing_engine(lang)
    if reason:
        raise EngineMissingError("OCR", reason)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    gray = ImageOps.grayscale(image)
    data = _tesseract(gray, lang, timeout)
    if _median_height(data) < SMALL_TEXT_PX and gray.width * gray.height * 4 <= MAX_PIXELS:
        bigger = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.LANCZOS)
        return _blocks(_tesseract(bigger, lang, timeout), 2)
    return _blocks(data, 1)


def _tesseract(image: Image.Image, lang: str, timeout: float) -> dict[str, list]:
    import pytesseract

    return pytesseract.image_to_data(
        image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT, timeout=timeout
    )


def _median_height(data: dict[str, list]) -> float:
    heights = sorted(h for h, w in zip(data["height"], data["text"]) if str(w).strip())
    return heights[len(heights) // 2] if heights else float("inf")


def _blocks(data: dict[str, list], scale: int) -> list[OcrBlock]:
    paragraphs: dict[tuple[int, int], dict[int, list[int]]] = {}
    for i, word in enumerate(data["text"]):
        if not str(word).strip() or float(data["conf"][i]) < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i])
        paragraphs.setdefault(key, {}).setdefault(data["line_num"][i], []).append(i)
    out: list[OcrBlock] = []
    for lines in paragraphs.values():
        words = [i for line in lines.values() for i in line]
        confidence = sum(float(data["conf"][i]) for i in words) / len(words)
        if confidence < MIN_CONFIDENCE:
            continue
        text_lines = [_join_words([str(data["text"][i]).strip() for i in line]) for line in lines.values()]
        text = _join_words(text_lines)
        box = (
            min(data["left"][i] for i in words) / scale,
            min(data["top"][i] for i in words) / scale,
            max(data["left"][i] + data["width"][i] for i in words) / scale,
            max(data["top"][i] + data["height"][i] for i in words) / scale,
        )
        out.append(OcrBlock(text, box, confidence))
    return out


def _join_words(words: list[str]) -> str:
    """Join words with a space, except between CJK characters (where Tesseract adds one)."""
    out = ""
    for word in words:
        if out and not (is_cjk(out[-1]) and is_cjk(word[0])):
            out += " "
        out += word
    return out


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
        raise CorruptError(rel_path, "图片像素过多（疑似损坏或恶意文件），未读取") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptError(rel_path, f"图片无法打开（{exc}）") from exc
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
            notes.problem(f"第{frame + 1}帧图像无法解码（{exc}）")
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
        notes.problem(f"{locator_prefix.strip() or '图片'}：{exc.reason}", cacheable=False)
        return []
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        notes.problem(f"{locator_prefix.strip() or '图片'}：OCR 超时或失败（{exc}）", cacheable=False)
        return []
    return [
        Block(
            text=block.text,
            kind="ocr",
            locator=f"{locator_prefix}ocr-block {n}",
            page=page,
            bbox=tuple(round(v * to_points, 2) for v in block.bbox),  # type: ignore[arg-type]
            paragraph=paragraph_base + n,
        )
        for n, block in enumerate(found, 1)
    ]


