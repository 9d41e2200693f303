"""Spreadsheet reader (.xlsx via openpyxl, .xls via xlrd, .csv): one passage per row.

Each data row is read with its header row as context: ``日期: 2026-03-18 | 来访人员: 张三 | …``.
The header row is the first of the top rows with at least two text cells and about as many
filled cells as the rows below; single-cell rows above it are the sheet's title (the ``heading``
of its rows; the sheet name otherwise). A sheet may open with label/value rows before its table
(``培训日期 | 2026-03-26``, ``主题 | 供应链安全`` above ``姓名 | 职务 | 签到``), or pairs side by side in
one row (``培训日期 | 2026-03-26 | 主题 | 供应链安全``): they are read ``培训日期: 2026-03-26`` and head the
table's rows with the title; the table's own header row is the header. ``page`` is the sheet number,
``sheet`` its name, ``row`` the row number; the locator is the filled cell range, ``Sheet1!A5:F5``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from evidence_checker.ingest.budget import check_office_package, sheet_rows, xls_rows
from evidence_checker.ingest.dates import cell_date, date_cells, is_date_header
from evidence_checker.ingest.errors import CorruptError, EncryptedError, why
from evidence_checker.ingest.formats import OLE_MAGIC, ZIP_MAGIC, is_encrypted_ooxml
from evidence_checker.ingest.merged import Range, fill_down, fill_down_rows, xlsx_merged_ranges
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, join_lines, to_passages
from evidence_checker.ingest.text import decode

HEADER_SCAN_ROWS = 30
LABEL_MAX_CHARS = 8  # the label of a label/value row above a sheet's table (培训日期, 主题, 讲师)
Row = tuple[int, list[str]]  # (1-based row number, cell texts; "" for empty)


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Read a workbook or CSV file into ``sheet_row`` passages (format chosen by content)."""
    notes = notes if notes is not None else ReadNotes()
    with notes.stage("sheet.parse"):
        sheets = list(_sheets(path, rel_path, notes))
        notes.pages = len(sheets)
        blocks = [b for number, (name, rows) in enumerate(sheets, 1) for b in sheet_blocks(name, number, rows)]
    with notes.stage("segment"):
        return to_passages(blocks, rel_path, max_chars=options.max_chars)


def _sheets(path: Path, rel_path: str, notes: ReadNotes) -> Iterator[tuple[str, list[Row]]]:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(ZIP_MAGIC):
        yield from _xlsx(path, rel_path, notes)
    elif head.startswith(OLE_MAGIC):
        if is_encrypted_ooxml(path):
            raise EncryptedError(rel_path, why("read_xlsx_encrypted"))
        yield from _xls(path, rel_path, notes)
    else:
        yield path.stem, _csv_rows(path.read_bytes())


def _xlsx(path: Path, rel_path: str, notes: ReadNotes) -> Iterator[tuple[str, list[Row]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    check_office_package(path, rel_path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptError(rel_path, why("read_xlsx_corrupt", error=type(exc).__name__)) from exc
    try:
        sheets = []
        for ws in book.worksheets:
            # rows within the reading budget (empty rows left out), merged values carried down
            rows = {r: [cell_text(v) for v in values] for r, values in sheet_rows(ws, notes)}
            fill_down_rows(rows, _merged_ranges(book, ws))
            sheets.append((ws.title, sorted(rows.items())))
    finally:
        book.close()
    yield from sheets


def _merged_ranges(book: Any, ws: Any) -> list[Range]:
    """The sheet's merged ranges (openpyxl's read-only mode does not read them)."""
    try:
        with book._archive.open(ws._worksheet_path) as stream:
            return xlsx_merged_ranges(stream)
    except (AttributeError, KeyError, OSError, zipfile.BadZipFile):
        return []


def _xls(path: Path, rel_path: str, notes: ReadNotes) -> Iterator[tuple[str, list[Row]]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise EncryptedError(rel_path, why("read_xlsx_encrypted")) from exc
        raise CorruptError(rel_path, why("read_xls_unparsable", error=exc)) from exc
    except Exception as exc:  # noqa: BLE001 - xlrd raises assorted errors on damaged files
        raise CorruptError(rel_path, why("read_xls_corrupt", error=type(exc).__name__)) from exc
    try:
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            texts = [[_xls_cell(book, ws.cell(r, c)) for c in range(ws.ncols)]
                     for r in range(xls_rows(ws.name, ws.nrows, ws.ncols, notes))]
            fill_down(texts, [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in ws.merged_cells])
            yield ws.name, list(enumerate(texts, 1))
    finally:
        book.release_resources()


def _xls_cell(book: Any, cell: Any) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)


def _csv_rows(data: bytes) -> list[Row]:
    text = decode(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return [(r, [cell_text(v) for v in values]) for r, values in enumerate(csv.reader(io.StringIO(text), dialect), 1)]


def cell_text(value: Any) -> str:
    """A cell value as text: dates ``2026-03-18`` (with ``HH:MM`` when not midnight), whole floats
    without ``.0``, wrapped text joined."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.10g}"
    text = str(value)
    return join_lines(text.splitlines()) if "\n" in text or "\r" in text else text.strip()


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def find_header(rows: list[Row]) -> int | None:
    """Index (in ``rows``) of the header row among the first rows, or None. Label/value rows above a
    wider header (``主题 | 供应链安全`` above ``姓名 | 职务 | 签到``) are not it."""
    top = rows[:HEADER_SCAN_ROWS]
    widest = max((_filled(cells) for _, cells in top), default=0)

    def names(cells: list[str]) -> bool:
        filled = [c for c in cells if c]
        return len(filled) >= 2 and len(filled) >= 0.6 * widest and all(not _is_value(c) for c in filled)

    for k, (_, cells) in enumerate(top):
        if not names(cells):
            continue
        if _label_row(cells):
            for j in range(k + 1, len(top)):
                wide = top[j][1]
                if _filled(wide) >= 3 and _filled(wide) >= 0.8 * widest and names(wide):
                    return j
                if not (_label_row(wide) or _label_pairs(wide) or _filled(wide) == 1):
                    break
        return k
    return None


def names_columns(rows: list[Row]) -> bool:
    """The first of a Word or PDF table's rows names its columns: at least three names and no digit
    in any (a control block's 文件编号 | QG-GL-03 | 版本 | B/0 is labels beside values, not a header)."""
    if not rows:
        return False
    filled = [c for c in rows[0][1] if c]
    return len(filled) >= 3 and not any(ch.isdigit() for c in filled for ch in c) and find_header(rows) == 0


def labelled(cells: list[str], header: list[str]) -> list[str]:
    """A data row's filled cells, each with its column's name: ``日期: 2026-03-18`` (as a sheet's rows)."""
    return [f"{header[i]}: {c}" if i < len(header) and header[i] else c for i, c in enumerate(cells) if c]


def _label_row(cells: list[str]) -> bool:
    """A label/value row (``培训日期 | 2026-03-26``): two filled cells, the first a short label."""
    filled = [c for c in cells if c]
    return (len(filled) == 2 and len(filled[0]) <= LABEL_MAX_CHARS
            and not any(ch.isdigit() for ch in filled[0]))


def _filled(cells: Iterable[str]) -> int:
    return sum(1 for c in cells if c)


def _is_value(text: str) -> bool:
    """Numbers and dates are data, not column names."""
    stripped = text.replace("-", "").replace("/", "").replace(".", "").replace(":", "").replace(" ", "")
    return stripped.isdigit()


def sheet_blocks(name: str, number: int, rows: list[Row]) -> list[Block]:
    """One ``sheet_row`` block per non-empty row, data rows labelled with their column headers.

    Date cells are written ISO (:func:`~evidence_checker.ingest.dates.cell_date`; serials and
    two-digit years only under a date header); the row as written is kept in ``raw`` when a
    cell changed, the header row's labels in ``header``.
    """
    rows = [(r, cells) for r, cells in rows if any(cells)]
    header_at = find_header(rows)
    header = rows[header_at][1] if header_at is not None else []
    date_columns = {i for i, h in enumerate(header) if h and is_date_header(h)}
    header_text = " | ".join(h for h in header if h) or None
    above = rows[: header_at or 0]
    preamble = {k for k, (_, cells) in enumerate(above) if _label_row(cells) or _label_pairs(cells)} \
        if header_at and _filled(rows[header_at][1]) >= 3 else set()
    titles = [_preamble_text(cells) if k in preamble else " ".join(c for c in cells if c)
              for k, (_, cells) in enumerate(above) if _filled(cells) == 1 or k in preamble]
    context = " ".join(titles) or name
    blocks = []
    for k, (r, cells) in enumerate(rows):
        filled = [i for i, c in enumerate(cells) if c]
        is_data = header_at is not None and k > header_at
        columns = (date_columns if is_data else set()) | date_cells(cells, None)
        values = [_dated(c, i in columns) for i, c in enumerate(cells)]
        if is_data:
            parts = labelled(values, header)  # (a value is empty exactly where its cell is)
            written = labelled(cells, header)
        elif k in preamble:
            parts = [_preamble_text(cells)]
            written = [f"{cells[i]}: {cells[j]}" for i, j in zip(filled[::2], filled[1::2])]
        else:
            parts = [values[i] for i in filled]
            written = [cells[i] for i in filled]
        locator = f"{name}!{column_letter(filled[0] + 1)}{r}:{column_letter(filled[-1] + 1)}{r}"
        text, raw = " | ".join(parts), " | ".join(written)
        blocks.append(
            Block(text, "sheet_row", locator, page=number, sheet=name, row=r, context=context, split=False,
                  header=header_text if is_data else None, raw=raw if raw != text else None)
        )
    return blocks


def _label_pairs(cells: list[str]) -> bool:
    """A row of label/value pairs side by side (``培训日期 | 2026-03-26 | 主题 | 供应链安全``): an even
    number of filled cells, at least four, each pair's first a short label, and a value among them that
    is a number or a date (a row of column names, or of column groups above them, has none)."""
    filled = [c for c in cells if c]
    return len(filled) >= 4 and not len(filled) % 2 and any(_is_value(v) for v in filled[1::2]) and all(
        _label_row([label, value]) for label, value in zip(filled[::2], filled[1::2]))


def _preamble_text(cells: list[str]) -> str:
    """A label/value row read as fields: ``培训日期: 2026-03-26`` (a date cell written ISO), pairs side by
    side joined by a space."""
    filled = [c for c in cells if c]
    return " ".join(f"{label}: {_dated(value, True) if is_date_header(label) else _dated(value, False)}"
                    for label, value in zip(filled[::2], filled[1::2]))


def _dated(text: str, date_column: bool) -> str:
    return cell_date(text, date_column=date_column) or text if text else text
