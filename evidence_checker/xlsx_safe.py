"""Writing text into a spreadsheet cell safely: every cell this project writes goes through here.

Text from a bundle (file and folder names, passage text, reviewers' notes) may start with ``=``,
``+``, ``-`` or ``@``: openpyxl would store ``=…`` as a formula, and Excel turns any of them into
one when the cell is edited. Such text is stored as a string (openpyxl data type ``s``) with
Excel's quote prefix, so it shows and reads back exactly as written and never runs. Control
characters, which a worksheet cannot hold (a file name with ``\\x07``), are removed.
"""

from __future__ import annotations

from typing import Any, Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean(value: Any) -> Any:
    """``value`` with the control characters a worksheet cannot hold removed (other types as they are)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def risky(value: Any) -> bool:
    """Whether ``value`` is text a spreadsheet would read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def harden(cell: Any) -> Any:
    """Make a cell already holding a value safe: text is a string, never a formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if risky(cell.value):
            cell.quotePrefix = True
    return cell


def write(ws: Any, row: int, column: int, value: Any) -> Any:
    """``ws.cell(row, column, value)`` with ``value`` made safe; returns the cell."""
    cell = ws.cell(row=row, column=column)
    cell.value = clean(value)
    return harden(cell)


def append(ws: Any, values: Iterable[Any]) -> None:
    """``ws.append(values)`` with every value made safe."""
    values = [clean(v) for v in values]
    ws.append(values)
    row = ws._current_row  # the row append just wrote
    for column, value in enumerate(values, 1):
        if isinstance(value, str):
            harden(ws.cell(row=row, column=column))


def formula_cells(path: Any) -> list[str]:
    """``Sheet!A1`` of every formula cell in a saved workbook (for checks and tests)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    try:
        return [f"{ws.title}!{c.coordinate}" for ws in book.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    finally:
        book.close()
