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
from dataclasses import dataclass
from typing import Iterable

from evidence_checker.ingest.normalize import is_cjk, normalize
from evidence_checker.ingest.passage import BBox, Passage

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
    """Turn a document's blocks (in reading order) into passages with heading context."""
    stack: list[tuple[int, str]] = []
    out: list[Passage] = []
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        kind, level = block.kind, block.level
        if kind in ("paragraph", "line", "list_item") and level is None:
            kind, level = _classified(text, kind)
        if kind in ("header", "footer"):
            heading = None
        elif kind == "heading":
            level = level if level is not None else 9
            while stack and stack[-1][0] >= level:
                stack.pop()
            heading = stack[-1][1] if stack else block.context
            stack.append((level, text))
        else:
            heading = stack[-1][1] if stack else block.context
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
                )
            )
    return out


def _classified(text: str, kind: str) -> tuple[str, int | None]:
    found = classify(text, kind)
    return found.kind, found.level
