"""Where a passage is, in words a person reads: ``p1 table1 r3`` → 第1页表1第3行, ``¶8`` → 第8段,
``目录!A2:E2`` → 工作表“目录”第2行 (English with ``lang="en"``).

The reading stage writes compact locators (``ingest``): ``¶N`` (paragraph), ``pN ¶M`` (paragraph M
of page N), ``tableN rM`` / ``pN tableN rM`` (a table row), ``pN ocr-block M`` (a block of OCR text;
``M.L`` its line L),
``header`` / ``footer``, and ``SHEET!A2:E2`` for a spreadsheet row. A spreadsheet has no pages: its
``page`` is the sheet's number and is never shown as a page; a CSV file has one sheet, so only its
rows are shown; an image is one page, so no page is shown. The words come from i18n (``loc.*``);
a locator of another shape is shown as it is.
"""

from __future__ import annotations

import re

from .i18n import t

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".et", ".ods")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")  # one page: no page number shown
_PART = re.compile(r"(?:p(?P<page>\d+)|table(?P<table>\d+)|r(?P<row>\d+)|¶(?P<para>\d+)|ocr-block"
                   r"|(?P<num>\d+)(?:\.(?P<line>\d+))?)$")  # OCR: block 4, or line 2 of block 4 (4.2)
_CELLS = re.compile(r"^(?P<sheet>.*)!\$?[A-Z]+\$?(?P<r1>\d+)(?::\$?[A-Z]+\$?(?P<r2>\d+))?$")


def is_sheet(path: str) -> bool:
    """A spreadsheet file (its 'pages' are sheets)."""
    return path.lower().endswith(SHEET_SUFFIXES)


def _is_image(path: str) -> bool:
    return path.lower().endswith(IMAGE_SUFFIXES)


def _sheet(path: str, name: str, lang: str) -> str:
    return "" if path.lower().endswith(".csv") else t("loc.sheet", lang).format(sheet=name)


def _sheet_place(path: str, locator: str, lang: str) -> str | None:
    m = _CELLS.match(locator)
    if not m:
        return None
    r1, r2 = int(m["r1"]), int(m["r2"] or m["r1"])
    rows = t("loc.row", lang).format(n=r1) if r1 == r2 else t("loc.rows", lang).format(a=r1, b=r2)
    return _sheet(path, m["sheet"], lang) + rows


def place(path: str, page: int | None, locator: str, lang: str = "zh") -> str:
    """The full place of a passage in its file (without the file's name): page, paragraph, table
    row, OCR block or sheet and row; '' when nothing is known."""
    locator = (locator or "").strip()
    if is_sheet(path) or "!" in locator:
        sheet = _sheet_place(path, locator, lang)
        if sheet is not None:
            return sheet
    if locator in ("header", "footer"):
        return t(f"loc.{locator}", lang)
    parts, shown_page, ocr = [], False, False
    for token in locator.split():
        m = _PART.match(token)
        if m is None:
            return (page_place(path, page, lang) + " " + locator).strip()  # an unknown shape: as it is
        if m["page"]:
            if not _is_image(path):
                parts.append(t("report.page", lang).format(page=m["page"]))
            shown_page = True
        elif m["table"]:
            parts.append(t("loc.table", lang).format(n=m["table"]))
        elif m["row"]:
            parts.append(t("loc.row", lang).format(n=m["row"]))
        elif m["para"]:
            parts.append(t("loc.para", lang).format(n=m["para"]))
        elif token == "ocr-block":
            ocr = True
        elif m["num"]:
            parts.append(t("loc.ocr_block" if ocr else "loc.number", lang).format(n=m["num"]))
            if m["line"]:
                parts.append(t("loc.row", lang).format(n=m["line"]))
    if page and not shown_page and not _is_image(path):
        parts.insert(0, t("report.page", lang).format(page=page))
    return (" " if lang == "en" else "").join(parts)


def page_place(path: str, page: int | None, lang: str = "zh", locator: str = "") -> str:
    """The coarse place: the page of a paged file, the sheet of a spreadsheet ('' when neither)."""
    if is_sheet(path) or "!" in (locator or ""):
        m = _CELLS.match(locator or "")
        return _sheet(path, m["sheet"], lang).strip() if m else ""
    return t("report.page", lang).format(page=page) if page and not _is_image(path) else ""


def sheet_name(locator: str) -> str | None:
    """The sheet a spreadsheet locator names (None for other locators)."""
    m = _CELLS.match(locator or "")
    return m["sheet"] if m else None


def cite(path: str, page: int | None, locator: str, lang: str = "zh") -> str:
    """``《file name》place`` (``"file name" place`` in English), as reasons quote a passage."""
    name = path.split("!")[-1].rsplit("/", 1)[-1]
    where = place(path, page, locator, lang)
    return f"《{name}》{where}" if lang == "zh" else f"“{name}” {where}".strip()
