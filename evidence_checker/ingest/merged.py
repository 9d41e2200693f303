"""Merged cells: a value merged over several rows belongs to every row it covers.

A session's 日期 and 课程 merged down over its attendees' rows are read on each attendee's row.
Only the first column of a merged range is filled (a title merged across a row stays one cell, so
it is not read as a row of column headers). Used by the sheet, Word and PDF table readers.
"""

from __future__ import annotations

import bisect

import re
from typing import IO, Iterable

Range = tuple[int, int, int, int]  # (first row, first column, last row, last column), 1-based inclusive
_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")
_CHUNK = 1 << 20


def fill_down(rows: list[list[str]], ranges: Iterable[Range], *, first_row: int = 1) -> list[list[str]]:
    """``rows`` (row ``first_row`` first) with each range's top-left value carried down its first
    column into the empty cells below it."""
    fill_down_rows(dict(enumerate(rows, first_row)), ranges)  # the same cell lists, filled in place
    return rows


def fill_down_rows(rows: dict[int, list[str]], ranges: Iterable[Range]) -> dict[int, list[str]]:
    """:func:`fill_down` for sparse rows (row number → cells; empty rows absent, as the reading
    budget gives them): only the rows present are filled, so a range declared over a million rows
    costs nothing."""
    numbers = sorted(rows)
    for r1, c1, r2, _ in ranges:
        top = rows.get(r1)
        if r2 <= r1 or top is None or c1 - 1 >= len(top) or not top[c1 - 1]:
            continue
        value = top[c1 - 1]
        for r in numbers[bisect.bisect_right(numbers, r1):bisect.bisect_right(numbers, r2)]:
            cells = rows[r]
            if len(cells) < c1:
                cells.extend([""] * (c1 - len(cells)))
            if not cells[c1 - 1]:
                cells[c1 - 1] = value
    return rows


def column_number(letters: str) -> int:
    """A → 1, AA → 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def xlsx_merged_ranges(stream: IO[bytes]) -> list[Range]:
    """The ``<mergeCell ref="A3:A6"/>`` ranges of a worksheet's XML, read in chunks (the sheet's
    data is never held whole)."""
    out: list[Range] = []
    tail = b""
    while True:
        chunk = stream.read(_CHUNK)
        data = tail + chunk
        last = 0
        for m in _REF.finditer(data):
            a, r1, b, r2 = m.groups()
            out.append((int(r1), column_number(a.decode()), int(r2), column_number(b.decode())))
            last = m.end()
        if not chunk:
            return out
        tail = data[max(last, len(data) - 200):]
