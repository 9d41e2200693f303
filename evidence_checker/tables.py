"""The typed-table reader: a CSV (UTF-8 with or without BOM, or GBK; comma or tab) or XLSX (first
sheet, headers in the first row) read against a :class:`~evidence_checker.record_templates.RecordSchema`.

Each cell is parsed by its column's kind (text, day, month, quarter, year, count, money, percent,
choice). A cell that cannot be read makes a :class:`RecordProblem` (file, row, column, and a message
of messages.yaml: its Chinese text, English with ``render("en")``) and its row is skipped; every
other row is used. Rows are numbered as a spreadsheet shows them (the header is row 1). Used by
:mod:`evidence_checker.records` for ``records/``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .facts import Quarter, cn_number, parse_day
from .ingest.budget import BudgetError, check_cells, record_file_problem
from .messages import MessageError, Msg, name as _name
from .record_templates import Column, RecordSchema, bare_header, is_comment, norm_header
from .wording import alt, load_wording

__all__ = ["RecordProblem", "read_record_file", "read_table_rows"]


@dataclass(frozen=True)
class RecordProblem:
    """Something in a record file that could not be used as written. ``row`` is the spreadsheet
    row (header = 1), None for the whole file; ``column`` the header, None for the whole row;
    ``message`` a message of messages.yaml (``rec_*``, a :class:`~evidence_checker.messages.Msg`:
    ``str()`` the Chinese, as kept in run.json)."""

    file: str
    row: int | None
    column: str | None
    message: str
    missing_column: bool = False  # a required column is missing: the whole file is unusable
    note: bool = False  # not a problem: something the reader did that a person should know (headers read by alias)

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" 第{self.row}行"
        if self.column:
            where += f"“{self.column}”"
        return f"{where}：{self.message}"

    def to_json(self) -> dict:
        out = {"file": self.file, "row": self.row, "column": self.column, "message": str(self.message)}
        return {**out, "note": True} if self.note else out

    def line(self) -> str:
        """The problem as one line (``str(self)``); a message that has its English
        (:class:`~evidence_checker.messages.Msg`) stays one, so ``text(line, "en")`` renders it with
        the file, row and column."""
        if not isinstance(self.message, Msg):
            return str(self)
        file = _name(self.file)
        if self.row is None and not self.column:
            return Msg("rec_file_note" if self.note else "rec_file_problem", file=file, text=self.message)
        if self.row is None:
            return Msg("rec_column_problem", file=file, column=self.column, text=self.message)
        if not self.column:
            return Msg("rec_row_problem", file=file, row=self.row, text=self.message)
        return Msg("rec_cell_problem", file=file, row=self.row, column=self.column, text=self.message)


# ---------------------------------------------------------------------------------------------
# Reading files

class _CellError(MessageError):
    """Why a cell cannot be read: a message of messages.yaml (``rec_*``)."""


def _decode(data: bytes) -> tuple[str, str]:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("gb18030", data, 0, 1, "neither UTF-8 nor GBK")


def _read_csv(path: Path) -> list[tuple[int, list[Any], list[str]]]:
    """(row number, values, number formats) per row; formats are empty for CSV."""
    text, _ = _decode(path.read_bytes())
    sample = text[:4096]
    delim = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    # rows are counted as a spreadsheet shows them (a quoted cell may span lines)
    return [(i, row, []) for i, row in enumerate(reader, start=1)]


def _read_xlsx(path: Path) -> list[tuple[int, list[Any], list[str]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)  # not read_only: its dimensions can be wrong
    try:
        ws = wb.worksheets[0]
        check_cells(ws.max_row, ws.max_column)  # one cell at XFD1048576 would make 17 G cells
        out = []
        for i, row in enumerate(ws.iter_rows(), start=1):
            vals = [getattr(c, "value", None) for c in row]
            fmts = [str(getattr(c, "number_format", "") or "") for c in row]
            out.append((i, vals, fmts))
        return out
    finally:
        wb.close()


def read_table_rows(path: str | Path) -> list[tuple[int, list[Any], list[str]]]:
    """(row number, values, number formats) of every row of an XLSX (first sheet) or a CSV/TSV
    (UTF-8 or GBK; raises UnicodeDecodeError when neither)."""
    path = Path(path)
    return _read_xlsx(path) if path.suffix.lower() == ".xlsx" else _read_csv(path)


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


_MONEY_STRIP = re.compile(r"[\s,，¥￥]|人民币|RMB|CNY|元整?$")


def _decimal(v: Any, *, what: str) -> Decimal:
    """``what``: the kind of number, as in the message ``rec_not_{what}`` (count, money, percent)."""
    if isinstance(v, bool):
        raise _CellError(f"rec_not_{what}", value=str(v))
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(repr(v))
    s = _MONEY_STRIP.sub("", str(v).strip().replace("％", "%"))
    mult = Decimal(1)
    for suffix, m in (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千", Decimal(1000))):
        if s.endswith(suffix) and len(s) > 1:
            s, mult = s[:-1], m
            break
    try:
        return Decimal(s) * mult
    except InvalidOperation:
        n = cn_number(s)
        if n is None:
            raise _CellError(f"rec_not_{what}", value=_text(v)) from None
        return Decimal(repr(n)) * mult


def _parse_cell(col: Column, v: Any, fmt: str) -> Any:
    """The typed value of a non-blank cell, or _CellError with a message."""
    k = col.kind
    if k == "text":
        return _text(v)
    if k == "day":
        if isinstance(v, dt.datetime):
            return v.date()
        if isinstance(v, dt.date):
            return v
        if isinstance(v, (int, float)) and not isinstance(v, bool) and 20000 < v < 80000:
            from openpyxl.utils.datetime import from_excel
            return from_excel(v).date()
        d = parse_day(_text(v))
        if d is None:
            raise _CellError("rec_bad_day", value=_text(v))
        return d
    if k == "month":
        if isinstance(v, (dt.date, dt.datetime)):
            return (v.year, v.month)
        s = _text(v)
        m = re.fullmatch(r"(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?份?|(\d{2}))", s)
        if m:
            y, mo = int(m.group(1)), int(m.group(2) or m.group(3))
            if 1900 <= y <= 2100 and 1 <= mo <= 12:
                return (y, mo)
        d = parse_day(s)
        if d is not None:
            return (d.year, d.month)
        raise _CellError("rec_bad_month", value=s)
    if k == "quarter":
        q = Quarter.parse(_text(v))
        if q is None:
            raise _CellError("rec_bad_quarter", value=_text(v))
        return q
    if k == "year":
        if isinstance(v, (dt.date, dt.datetime)):
            return v.year
        s = _text(v)
        m = re.fullmatch(rf"(\d{{4}})\s*(?:{alt(load_wording().year_words)})?", s)  # 2025, 2025年度
        if not m or not 1900 <= int(m.group(1)) <= 2100:
            raise _CellError("rec_bad_year", value=s)
        return int(m.group(1))
    if k == "count":
        d = _decimal(v, what="count")
        if d != d.to_integral_value():
            raise _CellError("rec_not_integer", value=_text(v))
        if d < 0:
            raise _CellError("rec_negative", value=_text(v))
        return int(d)
    if k in ("money", "signed_money"):
        d = _decimal(v, what="money")
        if k == "money" and d < 0:
            raise _CellError("rec_negative_money", value=_text(v))
        return d
    if k == "percent":
        if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in fmt:
            d = _decimal(v, what="percent") * 100  # an Excel cell formatted as percent holds 0.0035
        else:
            s = _text(v).rstrip("%％").strip() if isinstance(v, str) else v
            d = _decimal(s, what="percent")
        if d < 0:
            raise _CellError("rec_negative", value=_text(v))
        return d
    if k == "choice":
        s = re.sub(r"\s+", "", _text(v))
        if s in col.choices:
            return s
        alias = next((choice for spelling, choice in col.choice_aliases if spelling == s), None)
        if alias:
            return alias  # the standard's own wording (手(账)册规范申报率), or another usual one
        inside = sorted((c for c in col.choices if c in s), key=len, reverse=True)
        if inside and all(c in inside[0] for c in inside):
            return inside[0]
        around = [c for c in col.choices if len(s) >= 2 and s in c]
        if len(around) == 1:
            return around[0]
        raise _CellError("rec_not_choice", value=_text(v), choices=_name("|".join(col.choices)))
    raise AssertionError(k)


def _unpivoted(raw: list, schema: RecordSchema) -> tuple[list, list[str]]:
    """A wide table (one column per choice: 季度 | 本企业查获比率 | 全国平均查获比率) as the rows of the long
    one (季度 | 指标 | 企业值(%) | 全国平均(%)), and the headers it spread; ``raw`` unchanged when the
    schema has no wide layout, the table has its choice column, or no header names a choice."""
    wide = schema.wide
    if wide is None:
        return raw, []
    _, headers, _ = raw[0]
    known = {j: schema.match_header(h)[0] for j, h in enumerate(headers) if not _blank(h)}  # j → its columns
    if any(c.name == wide.choice for cols in known.values() for c in cols):
        return raw, []
    col = schema.column(wide.choice)
    spellings = sorted([(bare_header(norm_header(c)), c) for c in col.choices] +
                       [(bare_header(norm_header(x)), c) for x, c in col.choice_aliases],
                       key=lambda p: len(p[0]), reverse=True)
    values: dict[int, str] = {}  # column → the choice whose company value it holds
    nationals: dict[str, int] = {}  # choice → the column of its national value
    last = None
    for j, h in enumerate(headers):
        if _blank(h):
            continue
        hn = bare_header(norm_header(h))
        choice = next((c for sp, c in spellings if sp and sp in hn), None)
        if any(w in hn for w in wide.national_words):
            choice = choice or last
            if choice and choice not in nationals:
                nationals[choice] = j
        elif choice:
            values[j] = last = choice
    if not values:
        return raw, []
    keep = [j for j, cols in known.items() if cols and j not in values and j not in nationals.values()]
    hrow = raw[0][0]
    out = [(hrow, [headers[j] for j in keep] + [wide.choice, wide.value, wide.national], [""] * (len(keep) + 3))]
    for i, vals, fmts in raw[1:]:
        for j, choice in values.items():
            n = nationals.get(choice)
            if _blank(_at(vals, j)) and _blank(_at(vals, n)):
                continue  # (不涉及舱单: both cells left empty)
            out.append((i, [_at(vals, k) for k in keep] + [choice, _at(vals, j), _at(vals, n)],
                        [_at(fmts, k) or "" for k in keep] + ["", _at(fmts, j) or "", _at(fmts, n) or ""]))
    return out, [headers[j] for j in sorted([*values, *nationals.values()])]


def _at(seq: list, j: int | None) -> Any:
    """The cell at ``j`` of a row (None past its end, or when there is no such column)."""
    return seq[j] if j is not None and j < len(seq) else None


def read_record_file(path: str | Path, schema: RecordSchema, *, label: str | None = None
                     ) -> tuple[list[tuple[int, dict[str, Any]]], list[RecordProblem], bool, int]:
    """Read one record file against its schema.

    Returns (rows as (row number, {column: typed value or None}), problems, none_declared,
    number of data rows skipped). A missing required column makes the whole file unusable (one
    problem on row 1); an unknown column is reported and ignored.
    """
    path = Path(path)
    name = label or path.name
    problems: list[RecordProblem] = []
    refused = record_file_problem(path)  # a link, a FIFO, a bomb: not read (models/limits.yaml)
    if refused:
        return [], [RecordProblem(name, None, None, refused)], False, 0
    try:
        raw = read_table_rows(path)
    except UnicodeDecodeError:
        return [], [RecordProblem(name, None, None, Msg("rec_encoding"))], False, 0
    except BudgetError as e:
        return [], [RecordProblem(name, None, None, e.message())], False, 0
    except Exception as e:  # a damaged XLSX, a locked file …
        return [], [RecordProblem(name, None, None, Msg("rec_cannot_read", error=f"{type(e).__name__}: {e}"))], False, 0

    raw = [(i, vals, fmts) for i, vals, fmts in raw if not all(_blank(v) for v in vals) and not is_comment(vals)]
    if not raw:
        return [], [RecordProblem(name, None, None, Msg("rec_empty_file"))], False, 0
    raw, spread = _unpivoted(raw, schema)
    if spread:
        problems.append(RecordProblem(name, None, None, Msg(
            "rec_wide_table", columns={"list": [_name(h) for h in spread]}, choice=schema.wide.choice), note=True))
    hrow, headers, _ = raw[0]
    colmap: dict[int, Column] = {}
    by_alias: dict[int, bool] = {}
    for j, h in enumerate(headers):
        if _blank(h):
            continue
        cols, alias = schema.match_header(h)
        if not cols:
            problems.append(RecordProblem(name, hrow, _text(h), Msg(
                "rec_unknown_column", headers={"list": [_name(x) for x in schema.header]})))
            continue
        if len(cols) > 1:
            problems.append(RecordProblem(name, hrow, _text(h), Msg(
                "rec_ambiguous_column", columns={"list": [_name(c.name) for c in cols]})))
            continue
        col = cols[0]
        first = next((i for i, c in colmap.items() if c == col), None)
        if first is None:
            colmap[j], by_alias[j] = col, alias
        elif by_alias[first] and not alias:  # the template's own header wins over another spelling
            problems.append(RecordProblem(name, hrow, _text(headers[first]),
                                          Msg("rec_column_replaced", header=_text(h), column=col.name)))
            del colmap[first], by_alias[first]
            colmap[j], by_alias[j] = col, alias
        else:
            problems.append(RecordProblem(name, hrow, _text(h), Msg("rec_column_twice") if not alias else
                                          Msg("rec_column_again", header=_text(headers[first]), column=col.name)))
    read_by_alias = [(_text(headers[j]), colmap[j].name) for j in sorted(colmap) if by_alias[j]]
    if read_by_alias:
        problems.append(RecordProblem(name, None, None, Msg(
            "rec_header_aliases", pairs={"list": [Msg("rec_header_alias", header=_name(h), column=_name(c))
                                                  for h, c in read_by_alias]}), note=True))
    missing = [c.name for c in schema.columns if c.required and c not in colmap.values()]
    if missing:
        for c in missing:
            problems.append(RecordProblem(name, hrow, c, Msg("rec_missing_column", column=c), missing_column=True))
        return [], problems, False, sum(1 for _ in raw[1:])

    rows: list[tuple[int, dict[str, Any]]] = []
    none_declared = False
    skipped = 0
    for i, vals, fmts in raw[1:]:
        extra = [v for j, v in enumerate(vals) if j not in colmap and not _blank(v) and j >= len(headers)]
        if extra:
            problems.append(RecordProblem(name, i, None, Msg(
                "rec_extra_cells", values={"list": [_name(_text(v)) for v in extra]})))
        cells = {c.name: (vals[j] if j < len(vals) else None, fmts[j] if j < len(fmts) else "")
                 for j, c in colmap.items()}
        filled = {k: v for k, (v, _) in cells.items() if not _blank(v)}
        if schema.none_words and len(filled) == 1:
            (only_col, only_val), = filled.items()
            if schema.column(only_col).kind == "text" and re.sub(r"[\s。.]", "", _text(only_val)) in schema.none_words:
                none_declared = True
                continue
        typed: dict[str, Any] = {}
        bad = False
        for col in schema.columns:
            if col not in colmap.values():
                typed[col.name] = None
                continue
            v, fmt = cells[col.name]
            if _blank(v):
                if col.required:
                    problems.append(RecordProblem(name, i, col.name, Msg("rec_required_empty")))
                    bad = True
                typed[col.name] = None
                continue
            try:
                typed[col.name] = _parse_cell(col, v, fmt)
            except _CellError as e:
                problems.append(RecordProblem(name, i, col.name, e.message()))
                bad = True
        if bad:
            skipped += 1
            continue
        rows.append((i, typed))
    if none_declared and rows:
        problems.append(RecordProblem(name, None, None, Msg("rec_none_and_rows")))
        none_declared = False
    return rows, problems, none_declared, skipped
