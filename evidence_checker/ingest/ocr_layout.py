"""OCR layout: Tesseract's word boxes (TSV) → table rows, label–value lines and paragraphs.

Tesseract's own page segmentation reads a ruled, scanned log table badly (the ruling lines hide
most cells; the cells it keeps come out column by column) and splits a screenshot's label from
its value. So: ruling lines are erased before OCR (:func:`erase_rules`); the page is turned
upright first (Tesseract's orientation detection, :func:`upright`); afterwards the words are
chained into visual rows (tolerant of a slight skew) and a row is cut into cells where the gap
between words is wide (``cell_gap_heights`` word heights). A run of at least ``table_min_rows``
rows of two or more short cells is a table: its first row, when it is all labels, is the header
and every other row is read as ``日期: 2026-03-05 | 姓名: 张三``; a row whose first cell ends with
``：`` is a label–value line (``日志保存期限：180天``). The remaining words keep Tesseract's
paragraphs. Every block keeps its mean word confidence and its line boxes. Thresholds are in
``models/ingest.yaml`` (``ocr``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Any

from PIL import Image

from evidence_checker.ingest.dates import cell_date, is_date_header
from evidence_checker.ingest.normalize import is_cjk
from evidence_checker.ingest.passage import BBox
from evidence_checker.ingest.settings import IngestSettings, load

MIN_CONFIDENCE = 30.0
RULE_GRAY = 200  # pixels darker than this can belong to a ruling
TABLE_CELL_MAX_CHARS = 24  # longer cells are running text (two text columns), not a table
LineBox = tuple[str, float, float, float, float]
_RULE_MARKS = "|¦丨"  # remnants of a table's rulings read as characters


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    box: BBox
    conf: float
    key: tuple[int, int, int]  # Tesseract's (block, paragraph, line)

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


@dataclass(frozen=True, slots=True)
class OcrBlock:
    """One read piece of a picture: text, box (the OCRed image's pixels), mean confidence,
    ``kind`` (``ocr`` or ``table_row``), the table's column ``header`` and the line boxes."""

    text: str
    bbox: BBox
    confidence: float
    kind: str = "ocr"
    header: str | None = None
    lines: tuple[LineBox, ...] = field(default_factory=tuple)


def upright(
    image: Image.Image, settings: IngestSettings | None = None, *, timeout: float = 0
) -> tuple[Image.Image, int]:
    """``image`` turned upright by Tesseract's orientation detection, and the clockwise angle it
    was turned by (0 when unsure or when the picture has too little text to tell)."""
    import pytesseract

    s = settings or load()
    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=timeout)
    except Exception:  # noqa: BLE001 - too few characters to tell (or no OSD data): leave it as it is
        return image, 0
    angle = int(osd.get("rotate", 0)) % 360
    if angle == 0 or float(osd.get("orientation_conf", 0.0)) < s.osd_min_confidence:
        return image, 0
    return image.rotate(-angle, expand=True, fillcolor=255), angle


def looks_sideways(gray: Image.Image) -> bool:
    """True when, inside the ink's box, more pixel columns than rows are blank: lines of text run
    down the picture. Measured: upright prose scans 58-69 % blank rows, 1-2 % blank columns;
    sideways log tables 40 % rows, 53-58 % columns; an upright screenshot 65 % / 62 %."""
    import numpy as np

    dark = np.asarray(gray) < 128
    if not dark.any():
        return False
    ys, xs = np.nonzero(dark)
    box = dark[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    return float((~box.any(axis=0)).mean()) > float((~box.any(axis=1)).mean())


def unrotate(box: BBox, angle: int, size: tuple[int, int]) -> BBox:
    """A box in the upright image (``size`` = its width, height) back in the picture as given,
    which was turned ``angle`` degrees clockwise to make it upright."""
    w, h = size
    x0, y0, x1, y1 = box
    if angle == 90:  # upright = original turned clockwise: original x = upright y, y = w - x
        return (y0, w - x1, y1, w - x0)
    if angle == 180:
        return (w - x1, h - y1, w - x0, h - y0)
    if angle == 270:
        return (h - y1, x0, h - y0, x1)
    return box


def erase_rules(gray: Image.Image) -> tuple[Image.Image, bool]:
    """``gray`` with long horizontal and vertical dark runs (table rulings) painted white, and
    whether it holds a ruled grid (rulings both ways: then it is read as sparse text, since
    Tesseract's page layout drops whole columns of a table)."""
    import numpy as np

    a = np.asarray(gray)
    dark = a < RULE_GRAY  # grey too: a thin, slightly skewed rule is anti-aliased to grey
    length = max(60, min(a.shape) // 20)
    across = _long_runs(_thick(dark, 0), length) & dark
    down = _long_runs(_thick(dark, 1).T, length).T & dark
    mask = across | down
    if not mask.any():
        return gray, False
    grid = bool(across.any(axis=1).sum() >= 2 and down.any(axis=0).sum() >= 2)
    grown = mask.copy()  # anti-aliased edges of the rules too
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    out = a.copy()
    out[grown] = 255
    return Image.fromarray(out), grid


def _thick(dark: Any, axis: int) -> Any:
    """``dark`` grown by two pixels both ways across ``axis`` (0: up/down, 1: left/right), so a
    rule skewed by a degree or two still makes one unbroken run along the other axis."""
    out = dark.copy()
    for shift in (1, 2):
        if axis == 0:
            out[shift:, :] |= dark[:-shift, :]
            out[:-shift, :] |= dark[shift:, :]
        else:
            out[:, shift:] |= dark[:, :-shift]
            out[:, :-shift] |= dark[:, shift:]
    return out


def _long_runs(dark: Any, length: int) -> Any:
    """Cells of ``dark`` that lie in a horizontal run of at least ``length`` dark cells."""
    import numpy as np

    padded = np.pad(dark, ((0, 0), (1, 1))).astype(np.int8)
    diff = np.diff(padded, axis=1)
    mask = np.zeros_like(dark)
    rows_start, cols_start = np.nonzero(diff == 1)
    _, cols_end = np.nonzero(diff == -1)
    long = (cols_end - cols_start) >= length
    for r, c0, c1 in zip(rows_start[long], cols_start[long], cols_end[long]):
        mask[r, c0:c1] = True
    return mask


def words_of(data: dict[str, list], scale: float) -> list[Word]:
    """Tesseract's recognised words (confidence ≥ 0) with boxes divided by ``scale``."""
    out = []
    for i, text in enumerate(data["text"]):
        text = str(text).strip().strip(_RULE_MARKS)
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        box = (data["left"][i] / scale, data["top"][i] / scale, (data["left"][i] + data["width"][i]) / scale,
               (data["top"][i] + data["height"][i]) / scale)
        out.append(Word(text, box, conf, (data["block_num"][i], data["par_num"][i], data["line_num"][i])))
    return out


def unread_ink(gray: Image.Image, words: list[Word]) -> float:
    """The share of the picture's dark pixels that lie outside every read word's box."""
    import numpy as np

    dark = np.asarray(gray) < 128
    total = int(dark.sum())
    if total == 0:
        return 0.0
    covered = np.zeros_like(dark)
    for w in words:
        pad = 0.2 * w.height
        x0, y0 = max(int(w.box[0] - pad), 0), max(int(w.box[1] - pad), 0)
        covered[y0 : int(w.box[3] + pad) + 1, x0 : int(w.box[2] + pad) + 1] = True
    return float((dark & ~covered).sum()) / total


def with_missed_words(words: list[Word], sparse: list[Word]) -> list[Word]:
    """``words`` and the words of a sparse-text reading that overlap none of them (each kept as
    its own line, so rows are rebuilt from position)."""
    def overlaps(a: Word, b: Word) -> bool:
        return min(a.box[2], b.box[2]) > max(a.box[0], b.box[0]) and min(a.box[3], b.box[3]) > max(a.box[1], b.box[1])

    extra = [w for w in sparse if not any(overlaps(w, v) for v in words)]
    return words + [Word(w.text, w.box, w.conf, (100_000 + w.key[0], w.key[1], w.key[2])) for w in extra]


def visual_rows(words: list[Word]) -> list[list[Word]]:
    """Tesseract's lines joined into visual rows: a line belongs to the row one of whose lines
    it overlaps vertically by half its height (cells of a table row come from different
    Tesseract blocks; a slight skew still leaves neighbours overlapping). Words left to right."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.key, []).append(w)
    spans = sorted(((min(w.box[1] for w in ws), max(w.box[3] for w in ws), ws) for ws in lines.values()),
                   key=lambda t: (t[0] + t[1]) / 2)
    rows: list[list[tuple[float, float]]] = []
    members: list[list[Word]] = []
    for top, bottom, ws in spans:
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            if any(min(bottom, b) - max(top, t) >= 0.5 * min(bottom - top, b - t) for t, b in rows[k]):
                rows[k].append((top, bottom))
                members[k].extend(ws)
                break
        else:
            rows.append([(top, bottom)])
            members.append(list(ws))
    return [sorted(m, key=lambda w: w.box[0]) for m in members]


def cells_of(row: list[Word], gap: float) -> list[list[Word]]:
    """The row (words left to right) cut where the next word starts more than ``gap`` after the
    rightmost end so far (Tesseract's boxes of Chinese words may overlap)."""
    cells = [[row[0]]]
    right = row[0].box[2]
    for word in row[1:]:
        if word.box[0] - right > gap:
            cells.append([word])
        else:
            cells[-1].append(word)
        right = max(right, word.box[2]) if len(cells[-1]) > 1 else word.box[2]
    return cells


def layout_blocks(words: list[Word], settings: IngestSettings | None = None) -> list[OcrBlock]:
    """Blocks in reading order: table rows, label–value lines, then Tesseract paragraphs."""
    s = settings or load()
    if not words:
        return []
    h = median(w.height for w in words)
    rows = visual_rows(words)
    cut = [cells_of(r, s.cell_gap_heights * h) for r in rows]
    used: set[int] = set()
    keyed: list[tuple[float, OcrBlock]] = []
    k = 0
    while k < len(rows):
        end = k
        while end < len(rows) and _tabular(cut[end]):
            end += 1
        if end - k >= s.table_min_rows:
            keyed.extend(_table(rows[k:end], cut[k:end], s))
            used.update(id(w) for r in rows[k:end] for w in r)
            k = end
            continue
        if _tabular(cut[k]) and _text(cut[k][0]).endswith(s.label_endings):
            keyed.append(_row_block(rows[k], cut[k], None, None, s))
            used.update(id(w) for w in rows[k])
        k += 1
    rest = [w for w in words if id(w) not in used]
    keyed.extend(_paragraphs(rest))
    keyed.sort(key=lambda kb: kb[0])
    return [b for _, b in keyed if b.confidence >= MIN_CONFIDENCE]


def _tabular(cells: list[list[Word]]) -> bool:
    return len(cells) >= 2 and all(len(_text(c)) <= TABLE_CELL_MAX_CHARS for c in cells)


def _table(rows: list[list[Word]], cut: list[list[list[Word]]], s: IngestSettings) -> list[tuple[float, OcrBlock]]:
    labelled = sum(1 for cells in cut if _text(cells[0]).endswith(s.label_endings))
    if labelled * 2 >= len(cut):  # a settings screen: label–value lines
        return [_row_block(r, c, None, None, s) for r, c in zip(rows, cut)]
    first = cut[0]
    is_header = all(not _is_value(_text(c)) for c in first)
    spans = [(min(w.box[0] for w in c), max(w.box[2] for w in c)) for c in first] if is_header else None
    header = " | ".join(_text(c) for c in first) if is_header else None
    labels = [_text(x) for x in first] if is_header else None
    return [_row_block(r, c, spans if n else None, labels if n else None, s, header=header if n else None, table=True)
            for n, (r, c) in enumerate(zip(rows, cut))]


def _row_block(row: list[Word], cells: list[list[Word]], spans: list[tuple[float, float]] | None,
               labels: list[str] | None, s: IngestSettings, *, header: str | None = None,
               table: bool = False) -> tuple[float, OcrBlock]:
    texts = [_text(c) for c in cells]
    if spans and labels:
        parts = []
        for c, t in zip(cells, texts):
            col = _column(c, spans)
            if col is not None:
                t = cell_date(t, date_column=is_date_header(labels[col], s), settings=s) or t
            parts.append(f"{labels[col]}: {t}" if col is not None else t)
        text, kind = " | ".join(parts), "table_row"
    elif texts[0].endswith(s.label_endings):
        text, kind = texts[0] + " ".join(texts[1:]), "ocr"
    else:
        text, kind = " | ".join(texts), "table_row" if table else "ocr"
    box = _union([w.box for w in row])
    conf = sum(w.conf for w in row) / len(row)
    return min(w.cy for w in row), OcrBlock(text, box, conf, kind, header, ((text, *box),))


def _column(cell: list[Word], spans: list[tuple[float, float]]) -> int | None:
    x0, x1 = min(w.box[0] for w in cell), max(w.box[2] for w in cell)
    overlaps = [max(0.0, min(x1, b) - max(x0, a)) for a, b in spans]
    best = max(range(len(spans)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    centre = (x0 + x1) / 2
    return min(range(len(spans)), key=lambda i: abs((spans[i][0] + spans[i][1]) / 2 - centre))


def _paragraphs(words: list[Word]) -> list[tuple[float, OcrBlock]]:
    groups: dict[tuple[int, int], dict[int, list[Word]]] = {}
    for w in words:
        groups.setdefault(w.key[:2], {}).setdefault(w.key[2], []).append(w)
    out = []
    for lines in groups.values():
        all_words = [w for line in lines.values() for w in line]
        line_boxes = tuple(
            (join_words([w.text for w in line]), *_union([w.box for w in line])) for line in lines.values()
        )
        text = join_words([lb[0] for lb in line_boxes])
        box = _union([w.box for w in all_words])
        conf = sum(w.conf for w in all_words) / len(all_words)
        out.append((min(w.cy for w in all_words), OcrBlock(text, box, conf, "ocr", None, line_boxes)))
    return out


def _text(cell: list[Word]) -> str:
    return join_words([w.text for w in cell])


def _is_value(text: str) -> bool:
    stripped = text.replace("-", "").replace("/", "").replace(".", "").replace(":", "").replace(" ", "")
    return stripped.isdigit()


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def join_words(words: list[str]) -> str:
    """Join words with a space, except between CJK characters (where Tesseract adds one)."""
    out = ""
    for word in words:
        if out and not (is_cjk(out[-1]) and is_cjk(word[0])):
            out += " "
        out += word
    return out


def readable_share(text: str) -> float:
    """The share of ``text``'s visible characters that are readable (CJK, ASCII letters and
    digits, common punctuation) — a scan's text layer of mojibake (``ÉÌÒµ``), private-use glyphs
    or ``(cid:12)`` codes scores low. 1.0 for empty text."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 1.0
    cid = text.count("(cid:") * 6
    good = sum(1 for ch in visible if _readable(ch))
    return max(0.0, (good - cid) / len(visible))


def _readable(ch: str) -> bool:
    o = ord(ch)
    return (
        is_cjk(ch)
        or 0x20 < o < 0x7F
        or 0x3000 <= o <= 0x303F  # CJK punctuation
        or 0xFF01 <= o <= 0xFF5E  # full-width forms
        or ch in "“”‘’—…·•●○■□◆◇★☆√×÷±≤≥℃％№"
    )
