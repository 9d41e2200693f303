"""Segmentation: reader blocks → passages that follow the document's structure.

Readers turn a file into :class:`Block` s (a paragraph, a heading, a table row, an OCR block …)
with their location. :func:`to_passages` then recognises structure markers (第X章, 第X条, 一、,
（一）, 1., (1), ①, headings), keeps the nearest enclosing heading with every passage, splits
long paragraphs at sentence ends and normalises the text.

Marker levels (smaller is higher): 第X编/篇 1, 第X章 1, 第X节 2, 一、 3, （一） 4, 1. / 1.1 5,
(1) 6, ① 7; Word heading styles give their own level (Heading 2 → 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from evidence_checker.ingest.handbook import article_label, is_chapter, title_level, toc_lines
from evidence_checker.ingest.normalize import is_cjk, normalize
from evidence_checker.ingest.passage import BBox, Passage
from evidence_checker.ingest.settings import load as load_settings

MAX_CHARS = 300
_NUM = r"[一二三四五六七八九十百零〇两\d]+"
_CN = r"[一二三四五六七八九十]+"

# (pattern, level, kind): kind "heading" is a heading whatever its length (chapters); "article"
# starts a new block but is a paragraph; "item" is a heading when short, else a list item.
_MARKERS: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(rf"^第{_NUM}[编篇](?:\s|$)"), 1, "heading"),
    (re.compile(rf"^第{_NUM}章"), 1, "heading"),
    (re.compile(rf"^第{_NUM}节"), 2, "heading"),
    (re.compile(rf"^第{_NUM}条"), 0, "article"),
    (re.compile(rf"^{_CN}\s*[、.．]"), 3, "item"),
    (re.compile(rf"^[（(]\s*{_CN}\s*[)）]"), 4, "item"),
    (re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s"), 5, "item"),
    (re.compile(r"^\d{1,2}\s*[、.．](?![\d．.])"), 5, "item"),
    (re.compile(r"^[（(]\s*\d{1,2}\s*[)）]"), 6, "item"),
    (re.compile(r"^[①-⑳⑴-⒇⒈-⒛]"), 7, "item"),
)
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
_CLAUSE_END = re.compile(r"(?<=[，,、])")
_TERMINAL = tuple("。；;！!？?，,：:")
HEADING_MAX_CHARS = 40


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit a reader found, before splitting and normalising.

    ``level`` is a heading level a reader knows from styles (Word ``Heading 2`` → 2); ``context``
    the heading to use when the document has none above (a sheet's title). ``split`` False keeps
    rows whole however long.
    """

    text: str
    kind: str
    locator: str
    page: int | None = None
    bbox: BBox | None = None
    sheet: str | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    line: int | None = None
    level: int | None = None
    context: str | None = None
    split: bool = True
    header: str | None = None
    raw: str | None = None
    source: str | None = None
    ocr_conf: float | None = None
    line_boxes: tuple[tuple[str, float, float, float, float], ...] | None = None


@dataclass(frozen=True, slots=True)
class Structure:
    """What the start of a text says about it: ``kind`` and heading ``level`` (None: no marker)."""

    kind: str
    level: int | None


def marker(text: str) -> tuple[int, str] | None:
    """The structure marker ``text`` starts with, as ``(level, marker kind)``, or None."""
    head = text.lstrip()[:16]
    for pattern, level, kind in _MARKERS:
        if pattern.match(head):
            return level, kind
    return None


def starts_section(text: str) -> bool:
    """True when ``text`` starts with a structure marker (a new paragraph, heading or item)."""
    return marker(text) is not None


def looks_like_heading(text: str) -> bool:
    """Short, one clause, no sentence punctuation at the end: the shape of a heading."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= HEADING_MAX_CHARS
        and not stripped.endswith(_TERMINAL)
        and "。" not in stripped
    )


def classify(text: str, kind: str = "paragraph") -> Structure:
    """Decide the kind of a paragraph-like ``text`` from its structure marker and shape."""
    found = marker(text)
    if found is None:
        return Structure(kind, None)
    level, marker_kind = found
    if marker_kind == "article":
        return Structure(kind, None)
    if marker_kind == "heading" and len(text.strip()) <= 60:
        return Structure("heading", level)
    if looks_like_heading(text):
        return Structure("heading", level)
    return Structure("list_item", level)


def join_lines(lines: Iterable[str]) -> str:
    """Join hard-wrapped lines of one paragraph: no space between CJK, one space otherwise."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def split_long(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Split ``text`` longer than ``max_chars`` at sentence ends (then clause ends, then hard)."""
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    for sentence in _pieces(text, max_chars):
        if parts and len(parts[-1]) + len(sentence) <= max_chars:
            parts[-1] += sentence
        else:
            parts.append(sentence)
    return [p.strip() for p in parts if p.strip()]


def _pieces(text: str, max_chars: int) -> Iterable[str]:
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) <= max_chars:
            yield sentence
            continue
        for clause in _CLAUSE_END.split(sentence):
            for start in range(0, len(clause), max_chars):
                yield clause[start : start + max_chars]


def to_passages(blocks: Iterable[Block], rel_path: str, *, max_chars: int = MAX_CHARS) -> list[Passage]:
    """Turn a document's blocks (in reading order) into passages with heading context.

    Table-of-contents leader lines are dropped; a lead-in line ending with ``：`` takes the short
    list items that follow it (:func:`join_lead_ins`); policy and compilation titles head their
    chapters (:func:`~evidence_checker.ingest.handbook.title_level`). Every passage carries its
    ``section_path``, ``chapter`` and ``article`` (kept across page breaks until the next one).
    """
    stack: list[tuple[int, str]] = []
    article: str | None = None
    out: list[Passage] = []
    for block in join_lead_ins(_without_toc(blocks)):
        text = block.text.strip()
        kind, level = block.kind, block.level
        if kind in ("paragraph", "line", "list_item") and level is None:
            kind, level = _classified(text, kind)
        if kind in ("paragraph", "line", "heading"):
            titled = title_level(text)
            if titled is not None:
                kind, level = "heading", titled
        if kind in ("header", "footer"):
            heading = None
        elif kind == "heading":
            level = level if level is not None else 9
            while stack and stack[-1][0] >= level:
                stack.pop()
            heading = stack[-1][1] if stack else block.context
            stack.append((level, text))
            article = None
        else:
            heading = stack[-1][1] if stack else block.context
            if kind not in ("sheet_row", "table_row"):
                article = article_label(text) or article
        margin = kind in ("header", "footer")
        path = tuple(t for _, t in stack) if stack and not margin else None
        chapter = next((t for _, t in reversed(stack) if is_chapter(t)), None) if not margin else None
        pieces = split_long(text, max_chars) if block.split and kind != "heading" else [text]
        for number, piece in enumerate(pieces, 1):
            locator = block.locator if len(pieces) == 1 else f"{block.locator}.{number}"
            out.append(
                Passage.new(
                    path=rel_path,
                    page=block.page,
                    locator=locator,
                    text=piece,
                    norm=normalize(piece),
                    kind=kind,
                    heading=heading,
                    bbox=block.bbox,
                    sheet=block.sheet,
                    paragraph=block.paragraph,
                    table=block.table,
                    row=block.row,
                    column=block.column,
                    line=block.line,
                    section_path=path,
                    chapter=chapter,
                    article=None if margin or kind == "heading" else article,
                    header=block.header,
                    raw=block.raw,
                    source=block.source,
                    ocr_conf=block.ocr_conf,
                    line_boxes=block.line_boxes,
                )
            )
    return out


_TEXT_KINDS = ("paragraph", "line", "list_item", "heading")


def _without_toc(blocks: Iterable[Block]) -> list[Block]:
    """Non-empty blocks less the table of contents (leader lines; a 目录 title and its entries)."""
    kept = [b for b in blocks if b.text.strip()]
    texts = [(k, b.text.strip()) for k, b in enumerate(kept) if b.kind in _TEXT_KINDS]
    toc = {texts[i][0] for i in toc_lines([t for _, t in texts], page=False)}
    return [b for k, b in enumerate(kept) if k not in toc]


_BULLET_ITEM = re.compile(r"^[●•·○◆◇■□▪►▶√✓☑\-—*]\s*\S")


def is_list_item(text: str) -> bool:
    """A bulleted or numbered item (●前门, 1. 前门, (1) 前门, ① 前门): a list's member."""
    stripped = text.lstrip()
    if stripped[:1] in load_settings().bullets and len(stripped) > 1:
        return True
    found = marker(stripped)
    return found is not None and found[0] >= 5


def join_lead_ins(blocks: Iterable[Block]) -> Iterator[Block]:
    """A lead-in (``装柜前检查以下部位：``) followed by short list items (``●前门``, ``●左侧面`` …)
    becomes one block, so the list is read with what it is a list of."""
    settings = load_settings()
    pending: Block | None = None
    items: list[Block] = []

    def flush() -> Iterator[Block]:
        if pending is not None and items:
            yield _joined(pending, items)
        else:
            if pending is not None:
                yield pending
            yield from items

    for block in blocks:
        text = block.text.strip()
        short_item = len(text) <= settings.max_item_chars and is_list_item(text)
        if pending is not None and block.kind in _LIST_KINDS and short_item:
            items.append(block)
            continue
        yield from flush()
        pending, items = None, []
        if block.kind in _LIST_KINDS and text.endswith(settings.lead_in_endings):
            pending = block
        else:
            yield block
    yield from flush()


_LIST_KINDS = ("paragraph", "line", "list_item", "ocr")


def _joined(lead: Block, items: list[Block]) -> Block:
    text = lead.text.strip() + " ".join(b.text.strip() for b in items)
    same_page = all(b.page == lead.page and b.bbox is not None for b in items) and lead.bbox is not None
    bbox = (
        (min(b.bbox[0] for b in (lead, *items)), min(b.bbox[1] for b in (lead, *items)),  # type: ignore[index]
         max(b.bbox[2] for b in (lead, *items)), max(b.bbox[3] for b in (lead, *items)))  # type: ignore[index]
        if same_page else lead.bbox
    )
    return replace(lead, text=text, kind="paragraph" if lead.kind == "list_item" else lead.kind, bbox=bbox)


def _classified(text: str, kind: str) -> tuple[str, int | None]:
    found = classify(text, kind)
    return found.kind, found.level
