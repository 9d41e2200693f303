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


def scrub(obj: Any, _seen: dict[int, Any] | None = None) -> Any:
    """A copy of ``obj`` (strings, lists, tuples, dicts, dataclasses, nested) with the control
    characters an Office XML part cannot hold removed: for writers (Word) that take text in many
    places. Other objects are returned as they are."""
    import copy
    import dataclasses

    seen = {} if _seen is None else _seen
    if isinstance(obj, str):
        return clean(obj)
    if id(obj) in seen:
        return seen[id(obj)]
    if isinstance(obj, dict):
        out: Any = {scrub(k, seen): scrub(v, seen) for k, v in obj.items()}
    elif isinstance(obj, (list, tuple)) and not hasattr(obj, "_fields"):
        out = type(obj)(scrub(v, seen) for v in obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = copy.copy(obj)
        seen[id(obj)] = out
        for f in dataclasses.fields(obj):
            object.__setattr__(out, f.name, scrub(getattr(obj, f.name), seen))
        return out
    else:
        return obj
    seen[id(obj)] = out
    return out


def formula_cells(path: Any) -> list[str]:
    """``Sheet!A1`` of every formula cell in a saved workbook (for checks and tests)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    try:
        return [f"{ws.title}!{c.coordinate}" for ws in book.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    finally:
        book.close()
