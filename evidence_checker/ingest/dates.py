"""Dates in table cells → ISO ``2026-03-05``, so the matcher's date reading finds them.

A cell is a date when it is written as one with a four-digit year (``2026年3月5日``, ``2026/3/5``,
``2026.3.5``, ``2026-3-5``, optionally with a time) or, in a date column only (its header holds a
word of ``date_header_words`` in ``models/ingest.yaml``), when it is an Excel date serial
(``46100`` — a number in a cell left in the General format) or has a two-digit year (``26-3-5``)
or is compact (``20260305``) or puts the year last (``3/5/2026``, the text an English Excel exports:
month first unless ``month_first`` is off or the first number cannot be a month). Cells Excel formats
as dates arrive as dates already.
"""

from __future__ import annotations

import datetime as dt
import re

from evidence_checker.ingest.settings import IngestSettings, load

_TIME = r"(?:\s*(?:[ T]|日\s*)?(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?)?"
_FULL = re.compile(
    r"^(?P<y>\d{4})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]?"
    r"|(?P<sep>[-/.．])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2}))" + _TIME + r"$"
)
_SHORT = re.compile(r"^(?P<y>\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _TIME + r"$")
_YEAR_LAST = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})" + _TIME + r"$")
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_WIDTH = str.maketrans("０１２３４５６７８９／－：", "0123456789/-:")


def is_date_header(header: str, settings: IngestSettings | None = None) -> bool:
    """True when a column header names a date (``日期``, ``签到时间`` …)."""
    words = (settings or load()).date_header_words
    return any(w in header for w in words)


def cell_date(text: str, *, date_column: bool = False, settings: IngestSettings | None = None) -> str | None:
    """The ISO form of a cell that is a date (``2026-03-05``, ``2026-03-05 08:30``), else None."""
    s = (settings or load())
    value = text.strip().translate(_WIDTH)
    if not value or len(value) > 24 or not value[0].isdigit():
        return None
    m = _FULL.match(value)
    if m:
        return _iso(int(m["y"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]), m["h"], m["mi"])
    if not date_column:
        return None
    m = _SHORT.match(value)
    if m:
        return _iso(s.two_digit_year_base + int(m["y"]), int(m["m"]), int(m["d"]), m["h"], m["mi"])
    m = _COMPACT.match(value)
    if m:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]), None, None)
    m = _YEAR_LAST.match(value)
    if m:
        a, b = int(m["a"]), int(m["b"])
        month, day = (a, b) if (s.month_first and a <= 12) or b > 12 else (b, a)
        return _iso(int(m["y"]), month, day, m["h"], m["mi"])
    if _SERIAL.match(value) and s.serial_min <= float(value) <= s.serial_max:
        return serial_iso(float(value))
    return None


def serial_iso(serial: float) -> str:
    """An Excel (1900 system) date serial as ISO; the time of day kept when not midnight."""
    moment = dt.datetime(1899, 12, 30) + dt.timedelta(days=serial)
    moment = moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))
    if moment.time() == dt.time():
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M")


def _iso(y: int, m: int, d: int, h: str | None, mi: str | None) -> str | None:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if h is None or (int(h) == 0 and int(mi or 0) == 0):
        return day.isoformat()
    if int(h) > 23 or int(mi or 0) > 59:
        return day.isoformat()
    return f"{day.isoformat()} {int(h):02d}:{mi}"


def date_cells(cells: list[str], header: list[str] | None, settings: IngestSettings | None = None) -> set[int]:
    """Indexes of a row's cells that stand for dates: under a date header, or right of a date
    label in the same row (a form: ``培训日期 | 46100 | 地点 | 会议室``)."""
    s = settings or load()
    out = {i for i, h in enumerate(header or []) if h and is_date_header(h, s)}
    for i in range(1, len(cells)):
        label = cells[i - 1].strip().rstrip("：:")
        if label and not label[0].isdigit() and len(label) <= 12 and is_date_header(label, s):
            out.add(i)
    return out


def dated_cells(cells: list[str], header: list[str] | None) -> list[str]:
    """A table row's cells with its date cells (:func:`date_cells`) written ISO (serials,
    two-digit years and compact dates included); other cells as they are."""
    s = load()
    columns = date_cells(cells, header, s)
    return [cell_date(text, date_column=True, settings=s) or text if i in columns and text else text
            for i, text in enumerate(cells)]
