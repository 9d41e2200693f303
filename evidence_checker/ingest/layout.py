"""Page geometry, pure: text lines with boxes → paragraphs; running headers and footers.

Boxes are ``(x0, top, x1, bottom)`` with the origin at the top-left of the page, in points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from evidence_checker.ingest.passage import BBox
from evidence_checker.ingest.segment import starts_section

MARGIN_ZONE = 0.09  # top/bottom share of the page where running headers and footers stand
# A line ending this many line heights before the right edge ends its paragraph. Left-aligned
# Chinese lines end up to ~2 characters short (a half-width space, a full stop that may not
# start a line pulls the character before it down); a paragraph's last line usually ends further.
SHORT_LINE = 2.5
MIN_LEADING_PAIRS = 5  # full-line pairs needed before a document's own line spacing is trusted
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页"
    r"|\d+\s*/\s*\d+|(?i:page)\s*\d+(?:\s*(?i:of)\s*\d+)?)$"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One text line of a page with its box; ``cells`` and their left edges ``starts`` when it reads as
    a row of a table set without rules (:func:`split_cells`), else empty."""

    text: str
    bbox: BBox
    starts: tuple[float, ...] = ()
    cells: tuple[str, ...] = ()

    @property
    def height(self) -> float:
        return max(self.bbox[3] - self.bbox[1], 1.0)


def union(boxes: Iterable[BBox]) -> BBox:
    """The smallest box holding all ``boxes``."""
    items = list(boxes)
    return (
        min(b[0] for b in items),
        min(b[1] for b in items),
        max(b[2] for b in items),
        max(b[3] for b in items),
    )


def inside(box: BBox, region: BBox, *, slack: float = 2.0) -> bool:
    """True when the centre of ``box`` lies in ``region`` (grown by ``slack`` points)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] - slack <= cx <= region[2] + slack and region[1] - slack <= cy <= region[3] + slack


def group_paragraphs(lines: Sequence[Line], *, right: float = 0.0, leading: float = 0.0) -> list[list[Line]]:
    """Group a page's lines (in reading order) into paragraphs.

    A line continues the paragraph above unless: it starts with a structure marker (第X条, 一、,
    （一）, 1. …); there is a vertical gap of about a line more than the document's ``leading``
    (the usual gap between two lines of one paragraph, :func:`line_leading`: 1.5- and double-spaced
    documents, and Chinese official documents set at a fixed 28 pt, have a gap of a line or more
    inside a paragraph); the line above ended :data:`SHORT_LINE` line heights or more before the
    right edge of the text (a paragraph's last line); the line is indented against the line above
    (a first-line indent) — except under a paragraph's first line (hanging indents of list items).
    ``right`` is where full lines end (default: the rightmost of ``lines``).
    """
    if not lines:
        return []
    right = max(right, max(line.bbox[2] for line in lines))
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _continues(groups[-1], line, right, leading):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def line_leading(pages: Iterable[Sequence[Line]], right: float) -> float:
    """The usual vertical gap between a full line and the line under it (the median over every page
    of such pairs, in points; 0 when there are fewer than :data:`MIN_LEADING_PAIRS`). A full line —
    one that reaches the right edge ``right`` — is nearly always followed by its paragraph's next
    line, so these gaps measure the document's line spacing, not its paragraph spacing."""
    gaps: list[float] = []
    for lines in pages:
        for prev, line in zip(lines, lines[1:]):
            h = max(prev.height, line.height)
            gap = line.bbox[1] - prev.bbox[3]
            if prev.bbox[2] >= right - SHORT_LINE * h and 0 <= gap <= 3 * h and not starts_section(line.text):
                gaps.append(gap)
    if len(gaps) < MIN_LEADING_PAIRS:
        return 0.0
    gaps.sort()
    return gaps[len(gaps) // 2]


def _continues(group: list[Line], line: Line, right: float, leading: float = 0.0) -> bool:
    prev = group[-1]
    h = max(prev.height, line.height)
    if starts_section(line.text):
        return False
    if line.bbox[1] - prev.bbox[3] > max(0.9 * h, leading + 0.5 * h) or line.bbox[1] < prev.bbox[1] - 0.5 * h:
        return False
    if prev.bbox[2] < right - SHORT_LINE * h:
        return False
    return not (len(group) > 1 and line.bbox[0] > prev.bbox[0] + 1.5 * h)


def running_lines(pages: Sequence[Sequence[Line]], heights: Sequence[float]) -> dict[tuple[int, int], str]:
    """Find running headers and footers: ``{(page index, line index): "header" | "footer"}``.

    A line in the top or bottom margin zone is one when it is a page number (``第 3 页``, ``3/10``,
    ``- 3 -``) or when its text, digits ignored, recurs in the same zone on another page.
    """
    candidates: dict[tuple[int, int], tuple[str, str]] = {}
    seen: dict[tuple[str, str], set[int]] = {}
    for p, (lines, height) in enumerate(zip(pages, heights)):
        for i, line in enumerate(lines):
            zone = _zone(line, height)
            if zone is None:
                continue
            key = re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))
            candidates[(p, i)] = (zone, key)
            seen.setdefault((zone, key), set()).add(p)
    found: dict[tuple[int, int], str] = {}
    for where, (zone, key) in candidates.items():
        text = pages[where[0]][where[1]].text.strip()
        if _PAGE_NUMBER.match(text) or len(seen[(zone, key)]) >= 2:
            found[where] = zone
    return found


def _zone(line: Line, height: float) -> str | None:
    if line.bbox[3] <= height * MARGIN_ZONE:
        return "header"
    if line.bbox[1] >= height * (1 - MARGIN_ZONE):
        return "footer"
    return None


_GAP = re.compile(r"\s+")
MIN_CELLS = 3  # a line split by column gaps into this many cells may be a table row …
MIN_ROWS = 3  # … when at least this many lines in a row are, with the same cells …
ALIGN_SLACK = 1.0  # … starting within this many line heights of each other's column
COLUMN_GAP = 0.8  # a space this many line heights wide or wider separates two columns, not two words


def split_cells(text: str, gap_width: Callable[[int, int], float]) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a line set as a table row without rules ("F-02 访客进入危险品仓部分
    无陪同人记录 安保部 … 2026-12-31 整改中"): the text layer puts spaces both between words ("ISO 9001",
    "第 6 条") and for column gaps; ``gap_width(start, end)`` says how wide the space ``text[start:end]``
    is on the page, in line heights, and only spaces :data:`COLUMN_GAP` wide or wider cut."""
    cells: list[tuple[int, str]] = []
    pos = 0
    for gap in [*_GAP.finditer(text), None]:
        if gap is not None and (gap.start() == 0 or gap.end() == len(text)
                                or gap_width(gap.start(), gap.end()) < COLUMN_GAP):
            continue
        end = gap.start() if gap else len(text)
        if text[pos:end]:
            cells.append((pos, text[pos:end]))
        pos = gap.end() if gap else len(text)
    return cells


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def table_runs(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(first, end) index ranges of ``lines`` that are the rows of a table set without rules: at least
    :data:`MIN_ROWS` lines in a row, each with the same number (>= :data:`MIN_CELLS`) of cells whose left
    edges line up column by column. Chinese prose has no gaps inside a line, so it never qualifies."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if len(lines[i].starts) >= MIN_CELLS:
            while j < len(lines) and _same_columns(lines[i], lines[j]):
                j += 1
            if j - i >= MIN_ROWS and any(_has_cjk(line.text) for line in lines[i:j]):
                runs.append((i, j))
                i = j
                continue
        i = j
    return runs


def _same_columns(first: Line, line: Line) -> bool:
    if len(line.starts) != len(first.starts):
        return False
    slack = ALIGN_SLACK * max(first.height, line.height)
    aligned = sum(1 for a, b in zip(first.starts, line.starts) if abs(a - b) <= slack)
    return aligned >= len(first.starts) - 1  # one column may be set right-aligned (amounts)
