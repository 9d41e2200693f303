"""Structured records (``records/``) → the standard's quantitative legal-compliance and financial rules.

Reading: :func:`read_records` ``(records_dir) -> Records`` reads every kind of
:mod:`evidence_checker.record_templates` (CSV in UTF-8 with or without BOM, or GBK; or XLSX with the
headers in the first row of the first sheet). A cell that cannot be read makes a
:class:`RecordProblem` (file, row, column, message in Chinese) and its row is skipped; every other
row is used. Rows are numbered as a spreadsheet shows them (the header is row 1).

Rating: :func:`evaluate_records` ``(assessment, profile, records) -> {unit_id: RecordVerdict}`` for
the rated units whose rule the records decide:

- 企业守法 penalties (amount per kind, single and cumulative; violation count; the ratio of
  violations to last year's declarations; the 当年注册登记 variants; the amount band of the
  general standard) — from 处罚记录 (+ 报关单统计 for the ratio);
- 税款缴纳 late-tax rate over 上年度以及本年度1月至上月 — from 报关单统计;
- 申报规范 / 传输规范 quarterly indicators over 连续N个季度 against the national average — 季度指标;
- 企业守法 异常名录 (times and days within 1年内) — 异常名录;
- 进出口记录 (有进出口活动 within the window; only 达标 or 待复核) — 报关单统计;
- 会计信息 (audit opinion) and 综合财务状况 (debt ratio, composite score) — 财务数据 and
  ``standards/<edition>/finance.yaml``.

Every number that decides comes from the catalog's :class:`~evidence_checker.catalog.Threshold`
by name, or from ``finance.yaml``; units are recognised by their thresholds' names and their own
text, never by id. ``rating`` is None when the records needed are missing or incomplete (the
engine then asks a person); units the records cannot speak to are not in the result.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

from .catalog import STANDARDS_DIR, Assessment, Item, SubItem, Threshold
from .facts import Quarter, add_months, cn_number, consecutive_quarters, last_year_and_ytd, parse_day, window_start
from .profile import Profile
from .record_templates import (
    ABNORMAL,
    DECLARATIONS,
    FINANCE,
    PENALTIES,
    QUARTERLY,
    SCHEMAS,
    Column,
    RecordSchema,
    is_comment,
    write_templates,
)

__all__ = [
    "RecordProblem", "Penalty", "DeclarationMonth", "QuarterIndicator", "FinanceYear", "AbnormalListing",
    "Records", "RecordVerdict", "FinanceSettings", "FinancialRatios", "read_records", "read_record_file",
    "write_templates", "evaluate_records", "load_finance_settings", "financial_ratios", "composite_score",
]

FINANCE_FILE = "finance.yaml"


# ---------------------------------------------------------------------------------------------
# Typed rows

@dataclass(frozen=True)
class RecordProblem:
    """Something in a record file that could not be used as written. ``row`` is the spreadsheet
    row (header = 1), None for the whole file; ``column`` the header, None for the whole row."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" 第{self.row}行"
        if self.column:
            where += f"“{self.column}”"
        return f"{where}：{self.message}"

    def to_json(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class Penalty:
    """One row of 处罚记录."""

    date: dt.date
    kind: str  # 海关监管 | 进出境动植物检疫 | 国境卫生检疫 | 进出口商品检验
    amount: Decimal  # yuan
    number: str
    note: str
    file: str
    row: int

    def to_fact(self) -> dict:
        return {"kind": "penalty", "date": self.date.isoformat(), "violation": self.kind,
                "amount": float(self.amount), "number": self.number, "file": self.file, "row": self.row}


@dataclass(frozen=True)
class DeclarationMonth:
    """One row of 报关单统计 (declarations of one month)."""

    year: int
    month: int
    declarations: int
    late_tax: int | None
    manifests: int | None
    file: str
    row: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        return add_months(self.start, 1) - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True)
class QuarterIndicator:
    """One row of 季度指标: the enterprise's value and the national average, in percent."""

    quarter: Quarter
    indicator: str
    value: Decimal
    national: Decimal
    file: str
    row: int


@dataclass(frozen=True)
class FinanceYear:
    """One row of 财务数据 (amounts in yuan; None where the cell is empty)."""

    year: int
    opinion: str | None
    total_assets: Decimal | None
    total_liabilities: Decimal | None
    current_assets: Decimal | None
    inventory: Decimal | None
    current_liabilities: Decimal | None
    revenue: Decimal | None
    operating_profit: Decimal | None
    net_profit: Decimal | None
    equity_begin: Decimal | None
    equity_end: Decimal | None
    operating_cash_flow: Decimal | None
    file: str
    row: int


_FINANCE_FIELDS = {
    "资产总额": "total_assets", "负债总额": "total_liabilities", "流动资产": "current_assets", "存货": "inventory",
    "流动负债": "current_liabilities", "营业收入": "revenue", "营业利润": "operating_profit", "净利润": "net_profit",
    "年初所有者权益": "equity_begin", "年末所有者权益": "equity_end", "经营活动现金流量净额": "operating_cash_flow",
}


@dataclass(frozen=True)
class AbnormalListing:
    """One row of 异常名录; ``removed`` None means still listed."""

    listed: dt.date
    removed: dt.date | None
    reason: str
    file: str
    row: int


@dataclass
class Records:
    """Everything read from ``records/``.

    ``files[key]`` are the files read for a kind (paths as ``records/处罚记录.csv``);
    ``none_declared`` the kinds for which the user wrote a single 无 row; ``skipped[key]`` how many
    data rows of that kind could not be used (each has a problem in ``problems``).
    """

    penalties: list[Penalty] = field(default_factory=list)
    declarations: list[DeclarationMonth] = field(default_factory=list)
    quarterly: list[QuarterIndicator] = field(default_factory=list)
    finance: list[FinanceYear] = field(default_factory=list)
    abnormal: list[AbnormalListing] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    files: dict[str, list[str]] = field(default_factory=dict)
    none_declared: set[str] = field(default_factory=set)
    skipped: dict[str, int] = field(default_factory=dict)

    def rows(self, key: str) -> list:
        return getattr(self, key)

    def status(self, key: str) -> str:
        """``absent`` (no file), ``unusable`` (a file, but its header is wrong), ``empty`` (header
        only), ``none_declared`` (a single 无 row), or ``rows``."""
        if not self.files.get(key):
            return "absent"
        if self.rows(key):
            return "rows"
        if key in self.none_declared:
            return "none_declared"
        if self.skipped.get(key, 0) or any(p.row == 1 and p.message.startswith("缺少必填列")
                                          for p in self.problems if p.file in self.files[key]):
            return "unusable"
        return "empty"

    def to_json(self) -> dict:
        return {"files": self.files, "none_declared": sorted(self.none_declared), "skipped": self.skipped,
                "problems": [p.to_json() for p in self.problems],
                "counts": {k: len(self.rows(k)) for k in SCHEMAS}}


# ---------------------------------------------------------------------------------------------
# Reading files

class _CellError(ValueError):
    pass


def _norm_header(h: object) -> str:
    s = "" if h is None else str(h)
    s = s.replace("\ufeff", "").replace("（", "(").replace("）", ")").replace("％", "%")
    return re.sub(r"\s+", "", s)


def _bare(h: str) -> str:
    return re.sub(r"\(.*?\)", "", h)


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
        out = []
        for i, row in enumerate(ws.iter_rows(), start=1):
            vals = [getattr(c, "value", None) for c in row]
            fmts = [str(getattr(c, "number_format", "") or "") for c in row]
            out.append((i, vals, fmts))
        return out
    finally:
        wb.close()


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
    if isinstance(v, bool):
        raise _CellError(f"“{v}”不是{what}")
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
            raise _CellError(f"“{_text(v)}”不是{what}") from None
        return Decimal(repr(n)) * mult


def _parse_cell(col: Column, v: Any, fmt: str) -> Any:
    """The typed value of a non-blank cell, or _CellError with a Chinese message."""
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
            raise _CellError(f"“{_text(v)}”不是有效日期（应为 YYYY-MM-DD）")
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
        raise _CellError(f"“{s}”不是有效月份（应为 YYYY-MM）")
    if k == "quarter":
        q = Quarter.parse(_text(v))
        if q is None:
            raise _CellError(f"“{_text(v)}”不是有效季度（应为 YYYYQn，如 2025Q3）")
        return q
    if k == "year":
        if isinstance(v, (dt.date, dt.datetime)):
            return v.year
        s = _text(v)
        m = re.fullmatch(r"(\d{4})\s*(?:年度?)?", s)
        if not m or not 1900 <= int(m.group(1)) <= 2100:
            raise _CellError(f"“{s}”不是有效年度（应为四位年份，如 2025）")
        return int(m.group(1))
    if k == "count":
        d = _decimal(v, what="票数/次数")
        if d != d.to_integral_value():
            raise _CellError(f"“{_text(v)}”不是整数")
        if d < 0:
            raise _CellError(f"“{_text(v)}”为负数")
        return int(d)
    if k in ("money", "signed_money"):
        d = _decimal(v, what="金额")
        if k == "money" and d < 0:
            raise _CellError(f"金额“{_text(v)}”为负数")
        return d
    if k == "percent":
        if isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in fmt:
            d = _decimal(v, what="百分数") * 100  # an Excel cell formatted as percent holds 0.0035
        else:
            s = _text(v).rstrip("%％").strip() if isinstance(v, str) else v
            d = _decimal(s, what="百分数")
        if d < 0:
            raise _CellError(f"“{_text(v)}”为负数")
        return d
    if k == "choice":
        s = re.sub(r"\s+", "", _text(v))
        if s in col.choices:
            return s
        inside = sorted((c for c in col.choices if c in s), key=len, reverse=True)
        if inside and all(c in inside[0] for c in inside):
            return inside[0]
        around = [c for c in col.choices if len(s) >= 2 and s in c]
        if len(around) == 1:
            return around[0]
        raise _CellError(f"“{_text(v)}”不是可选值之一（{'|'.join(col.choices)}）")
    raise AssertionError(k)


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
    try:
        if path.suffix.lower() == ".xlsx":
            raw = _read_xlsx(path)
        else:
            raw = _read_csv(path)
    except UnicodeDecodeError:
        return [], [RecordProblem(name, None, None, "无法识别文件编码（应为 UTF-8 或 GBK）")], False, 0
    except Exception as e:  # a damaged XLSX, a locked file …
        return [], [RecordProblem(name, None, None, f"无法读取文件：{type(e).__name__}: {e}")], False, 0

    raw = [(i, vals, fmts) for i, vals, fmts in raw if not all(_blank(v) for v in vals) and not is_comment(vals)]
    if not raw:
        return [], [RecordProblem(name, None, None, "文件为空（缺少表头行）")], False, 0
    hrow, headers, _ = raw[0]
    wanted = {_norm_header(c.name): c for c in schema.columns}
    bare = {_bare(k): c for k, c in wanted.items()}
    colmap: dict[int, Column] = {}
    for j, h in enumerate(headers):
        if _blank(h):
            continue
        nh = _norm_header(h)
        col = wanted.get(nh) or bare.get(_bare(nh))
        if col is None:
            problems.append(RecordProblem(name, hrow, _text(h), f"未识别的列，该列内容未使用（应为：{'、'.join(schema.header)}）"))
        elif col in colmap.values():
            problems.append(RecordProblem(name, hrow, _text(h), "列名重复，只使用第一列"))
        else:
            colmap[j] = col
    missing = [c.name for c in schema.columns if c.required and c not in colmap.values()]
    if missing:
        for c in missing:
            problems.append(RecordProblem(name, hrow, c, "缺少必填列“%s”，本文件未使用" % c))
        return [], problems, False, sum(1 for _ in raw[1:])

    rows: list[tuple[int, dict[str, Any]]] = []
    none_declared = False
    skipped = 0
    for i, vals, fmts in raw[1:]:
        extra = [v for j, v in enumerate(vals) if j not in colmap and not _blank(v) and j >= len(headers)]
        if extra:
            problems.append(RecordProblem(name, i, None, f"表头之外多出的内容未使用：{'、'.join(_text(v) for v in extra)}"))
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
                    problems.append(RecordProblem(name, i, col.name, "必填项为空"))
                    bad = True
                typed[col.name] = None
                continue
            try:
                typed[col.name] = _parse_cell(col, v, fmt)
            except _CellError as e:
                problems.append(RecordProblem(name, i, col.name, str(e)))
                bad = True
        if bad:
            skipped += 1
            continue
        rows.append((i, typed))
    if none_declared and rows:
        problems.append(RecordProblem(name, None, None, "既填写了“无”又填写了记录；按记录计算"))
        none_declared = False
    return rows, problems, none_declared, skipped


def _files_for(records_dir: Path, schema: RecordSchema) -> list[Path]:
    out = []
    for p in sorted(records_dir.iterdir()):
        if p.is_file() and p.stem == schema.name and p.suffix.lower() in (".csv", ".xlsx", ".txt", ".tsv"):
            out.append(p)
    return out


def read_records(records_dir: str | Path) -> Records:
    """Read every record kind from ``records_dir`` (missing folder or files: nothing read, no
    problem). Both a ``.csv`` and an ``.xlsx`` of one kind are read and their rows combined."""
    d = Path(records_dir)
    rec = Records()
    if not d.is_dir():
        return rec
    prefix = d.name
    known = {s.name for s in SCHEMAS.values()}
    for p in sorted(d.iterdir()):
        if p.name.startswith((".", "~$")) or not p.is_file():
            continue
        if p.stem in known and p.suffix.lower() == ".xls":
            rec.problems.append(RecordProblem(f"{prefix}/{p.name}", None, None,
                                              "不支持旧版 .xls，请另存为 .xlsx 或 .csv；本文件未使用"))
        elif p.stem not in known or p.suffix.lower() not in (".csv", ".xlsx", ".txt", ".tsv"):
            rec.problems.append(RecordProblem(f"{prefix}/{p.name}", None, None,
                                              f"未识别的记录文件，未使用（可用的文件名：{'、'.join(s.filename for s in SCHEMAS.values())}，或同名 .xlsx）"))
    for key, schema in SCHEMAS.items():
        files = _files_for(d, schema)
        rec.files[key] = [f"{prefix}/{p.name}" for p in files]
        with_rows = []
        for p in files:
            label = f"{prefix}/{p.name}"
            rows, problems, none_declared, skipped = read_record_file(p, schema, label=label)
            rec.problems.extend(problems)
            rec.skipped[key] = rec.skipped.get(key, 0) + skipped
            if none_declared:
                rec.none_declared.add(key)
            if rows:
                with_rows.append(label)
            _BUILDERS[key](rec, label, rows)
        if len(with_rows) > 1:
            rec.problems.append(RecordProblem(with_rows[-1], None, None,
                                              f"与 {with_rows[0]} 同为{schema.name}，两个文件的行已合并，请确认没有重复"))
        if rec.rows(key) and key in rec.none_declared:
            rec.none_declared.discard(key)
    return rec


def _dup(rec: Records, key: str, file: str, row: int, first: tuple[str, int], what: str) -> None:
    rec.problems.append(RecordProblem(file, row, None, f"{what}与 {first[0]} 第{first[1]}行重复，本行未使用"))
    rec.skipped[key] = rec.skipped.get(key, 0) + 1


def _build_penalties(rec: Records, file: str, rows) -> None:
    seen: dict[str, tuple[str, int]] = {(p.number): (p.file, p.row) for p in rec.penalties if p.number}
    for i, r in rows:
        number = r["决定书编号"] or ""
        if number and number in seen:
            _dup(rec, "penalties", file, i, seen[number], f"决定书编号“{number}”")
            continue
        if number:
            seen[number] = (file, i)
        rec.penalties.append(Penalty(date=r["处罚日期"], kind=r["违法类别"], amount=r["处罚金额(元)"], number=number,
                                     note=r["说明"] or "", file=file, row=i))


def _build_declarations(rec: Records, file: str, rows) -> None:
    seen = {(m.year, m.month): (m.file, m.row) for m in rec.declarations}
    for i, r in rows:
        y, mo = r["月份"]
        if (y, mo) in seen:
            _dup(rec, "declarations", file, i, seen[(y, mo)], f"月份 {y}-{mo:02d} ")
            continue
        late = r["滞纳税款报关单票数"]
        if late is not None and late > r["报关单及备案清单票数"]:
            rec.problems.append(RecordProblem(file, i, "滞纳税款报关单票数",
                                              f"滞纳税款报关单票数（{late}）多于报关单及备案清单票数（{r['报关单及备案清单票数']}），本行未使用"))
            rec.skipped["declarations"] = rec.skipped.get("declarations", 0) + 1
            continue
        seen[(y, mo)] = (file, i)
        rec.declarations.append(DeclarationMonth(year=y, month=mo, declarations=r["报关单及备案清单票数"], late_tax=late,
                                                 manifests=r["舱单票数"], file=file, row=i))


def _build_quarterly(rec: Records, file: str, rows) -> None:
    seen = {(q.quarter, q.indicator): (q.file, q.row) for q in rec.quarterly}
    for i, r in rows:
        k = (r["季度"], r["指标"])
        if k in seen:
            _dup(rec, "quarterly", file, i, seen[k], f"{k[0].label} {k[1]} ")
            continue
        seen[k] = (file, i)
        rec.quarterly.append(QuarterIndicator(quarter=r["季度"], indicator=r["指标"], value=r["企业值(%)"],
                                              national=r["全国平均(%)"], file=file, row=i))


def _build_finance(rec: Records, file: str, rows) -> None:
    seen = {f.year: (f.file, f.row) for f in rec.finance}
    for i, r in rows:
        if r["年度"] in seen:
            _dup(rec, "finance", file, i, seen[r["年度"]], f"年度 {r['年度']} ")
            continue
        seen[r["年度"]] = (file, i)
        rec.finance.append(FinanceYear(year=r["年度"], opinion=r["审计意见"], file=file, row=i,
                                       **{attr: r[col] for col, attr in _FINANCE_FIELDS.items()}))


def _build_abnormal(rec: Records, file: str, rows) -> None:
    for i, r in rows:
        if r["移出日期"] is not None and r["移出日期"] < r["列入日期"]:
            rec.problems.append(RecordProblem(file, i, "移出日期", "移出日期早于列入日期，本行未使用"))
            rec.skipped["abnormal"] = rec.skipped.get("abnormal", 0) + 1
            continue
        rec.abnormal.append(AbnormalListing(listed=r["列入日期"], removed=r["移出日期"], reason=r["原因"] or "",
                                            file=file, row=i))


_BUILDERS: dict[str, Callable[[Records, str, list], None]] = {
    "penalties": _build_penalties, "declarations": _build_declarations, "quarterly": _build_quarterly,
    "finance": _build_finance, "abnormal": _build_abnormal,
}


# ---------------------------------------------------------------------------------------------
# finance.yaml

@dataclass(frozen=True)
class Band:
    score: float
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class RatioBands:
    direction: str  # higher_better | lower_better
    bands: tuple[Band, ...]

    def score(self, value: Decimal) -> float:
        for b in self.bands:
            if b.min is not None and value < _dec(b.min):
                continue
            if b.max is not None and value > _dec(b.max):
                continue
            return b.score
        raise AssertionError("the last band catches everything")  # validated on load


@dataclass(frozen=True)
class FinanceSettings:
    """``standards/<edition>/finance.yaml``: opinions → ratings, the composite score's weights,
    cut-offs and (assumed) bands, and the interpretation settings for records."""

    opinions: dict[str, str]
    debt_ratio_max: float
    weights: dict[str, float]
    compliant_min: float
    basically_compliant_min: float
    bands: dict[str, RatioBands]
    bands_assumed: bool
    interpretations: dict[str, Any]
    source: str = FINANCE_FILE

    def setting(self, key: str) -> Any:
        return self.interpretations[key]


RATIO_KEYS = ("operating_profit_margin", "return_on_equity", "quick_ratio", "cash_to_current_liabilities",
              "debt_ratio")
RATIO_LABELS = {"operating_profit_margin": "营业利润率", "return_on_equity": "净资产收益率", "quick_ratio": "速动比率",
                "cash_to_current_liabilities": "现金流动负债比率", "debt_ratio": "资产负债率"}
_INTERPRETATIONS = {
    "audit_year_offset": (int, None),
    "empty_record_file": (str, ("unknown", "none")),
    "abnormal_list_window": (str, ("overlap", "listed_in_window")),
    "abnormal_list_days": (str, ("cumulative", "per_listing")),
    "unreadable_rows_block_compliant": (bool, None),
}


class FinanceSettingsError(ValueError):
    """finance.yaml is malformed; the message names the field."""


def _dec(x: float | int | str | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


@lru_cache(maxsize=8)
def _load_finance(path: str) -> FinanceSettings:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise FinanceSettingsError(f"{p.name}: {e}") from None

    def need(d: dict, key: str, where: str):
        if not isinstance(d, dict) or key not in d:
            raise FinanceSettingsError(f"{p.name}: missing field {where}{key}")
        return d[key]

    acc = need(data, "accounting_info", "")
    opinions = dict(need(acc, "opinions", "accounting_info."))
    for k, v in opinions.items():
        if v not in ("compliant", "basically_compliant", "non_compliant"):
            raise FinanceSettingsError(f"{p.name}: accounting_info.opinions.{k}: {v!r} is not a rating")
    comp = need(data, "composite", "")
    weights = {k: float(v) for k, v in need(comp, "weights", "composite.").items()}
    if set(weights) != set(RATIO_KEYS):
        raise FinanceSettingsError(f"{p.name}: composite.weights must name exactly {', '.join(RATIO_KEYS)}")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise FinanceSettingsError(f"{p.name}: composite.weights sum to {sum(weights.values())}, not 1")
    cut = need(comp, "cutoffs", "composite.")
    bands_raw = need(comp, "bands", "composite.")
    bands = {}
    for key in RATIO_KEYS:
        raw = need(bands_raw, key, "composite.bands.")
        direction = need(raw, "direction", f"composite.bands.{key}.")
        if direction not in ("higher_better", "lower_better"):
            raise FinanceSettingsError(f"{p.name}: composite.bands.{key}.direction {direction!r}")
        bl = []
        for i, b in enumerate(need(raw, "bands", f"composite.bands.{key}.")):
            bound = "min" if direction == "higher_better" else "max"
            other = "max" if bound == "min" else "min"
            if other in b:
                raise FinanceSettingsError(f"{p.name}: composite.bands.{key}.bands[{i}]: {direction} uses {bound}")
            bl.append(Band(score=float(need(b, "score", f"composite.bands.{key}.bands[{i}].")),
                           **({bound: float(b[bound])} if bound in b else {})))
        if not bl or bl[-1].min is not None or bl[-1].max is not None:
            raise FinanceSettingsError(f"{p.name}: composite.bands.{key}: the last band must have no bound")
        bands[key] = RatioBands(direction=direction, bands=tuple(bl))
    interp = dict(need(data, "interpretations", ""))
    for k, (typ, allowed) in _INTERPRETATIONS.items():
        v = need(interp, k, "interpretations.")
        if not isinstance(v, typ) or (allowed and v not in allowed):
            raise FinanceSettingsError(f"{p.name}: interpretations.{k}: {v!r} (expected {allowed or typ.__name__})")
    return FinanceSettings(
        opinions=opinions, debt_ratio_max=float(need(comp, "debt_ratio_max", "composite.")), weights=weights,
        compliant_min=float(need(cut, "compliant_min", "composite.cutoffs.")),
        basically_compliant_min=float(need(cut, "basically_compliant_min", "composite.cutoffs.")),
        bands=bands, bands_assumed=bool(bands_raw.get("assumed", True)), interpretations=interp,
        source=f"standards/{p.parent.name}/{p.name}",
    )


def load_finance_settings(edition: str = "2018-177", *, path: str | Path | None = None) -> FinanceSettings:
    """Read and validate ``standards/<edition>/finance.yaml`` (or ``path``); cached."""
    return _load_finance(str(path or STANDARDS_DIR / edition / FINANCE_FILE))


# ---------------------------------------------------------------------------------------------
# Financial ratios (NOTES §3)

@dataclass(frozen=True)
class FinancialRatios:
    """The five ratios of 综合财务状况 for one year (None where a figure is missing or a
    denominator is not positive; ``why_missing`` says which)."""

    year: int
    operating_profit_margin: Decimal | None  # 营业利润 / 营业收入
    return_on_equity: Decimal | None  # 净利润 / ((年初 + 年末所有者权益) / 2)
    quick_ratio: Decimal | None  # (流动资产 − 存货) / 流动负债
    cash_to_current_liabilities: Decimal | None  # 经营活动现金流量净额 / 年末流动负债
    debt_ratio: Decimal | None  # 负债总额 / 资产总额
    why_missing: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> Decimal | None:
        return getattr(self, key)

    def to_json(self) -> dict:
        return {"kind": "financial_ratios", "year": self.year,
                **{k: (float(v) if v is not None else None) for k in RATIO_KEYS for v in [self.get(k)]},
                "why_missing": dict(self.why_missing)}


def _ratio(num: Decimal | None, den: Decimal | None, names: tuple[str, str], why: dict, key: str
           ) -> Decimal | None:
    absent = [n for n, v in zip(names, (num, den)) if v is None]
    if absent:
        why[key] = f"缺少{'、'.join(absent)}"
        return None
    if den <= 0:
        why[key] = f"{names[1]}为{_num(den)}，无法计算"
        return None
    return num / den


def financial_ratios(fy: FinanceYear) -> FinancialRatios:
    """The ratios of NOTES §3, exactly (Decimal arithmetic)."""
    why: dict[str, str] = {}
    opm = _ratio(fy.operating_profit, fy.revenue, ("营业利润", "营业收入"), why, "operating_profit_margin")
    if fy.equity_begin is None or fy.equity_end is None:
        avg = None
        roe = _ratio(fy.net_profit, None, ("净利润", "年初/年末所有者权益"), why, "return_on_equity")
    else:
        avg = (fy.equity_begin + fy.equity_end) / 2
        roe = _ratio(fy.net_profit, avg, ("净利润", "平均所有者权益"), why, "return_on_equity")
    quick_num = (fy.current_assets - fy.inventory) if fy.current_assets is not None and fy.inventory is not None else None
    if quick_num is None:
        why["quick_ratio"] = "缺少" + "、".join(n for n, v in (("流动资产", fy.current_assets), ("存货", fy.inventory))
                                              if v is None)
        quick = None
        if fy.current_liabilities is None:
            why["quick_ratio"] += "、流动负债"
    else:
        quick = _ratio(quick_num, fy.current_liabilities, ("流动资产−存货", "流动负债"), why, "quick_ratio")
    cash = _ratio(fy.operating_cash_flow, fy.current_liabilities, ("经营活动现金流量净额", "流动负债"), why,
                  "cash_to_current_liabilities")
    debt = _ratio(fy.total_liabilities, fy.total_assets, ("负债总额", "资产总额"), why, "debt_ratio")
    return FinancialRatios(year=fy.year, operating_profit_margin=opm, return_on_equity=roe, quick_ratio=quick,
                           cash_to_current_liabilities=cash, debt_ratio=debt, why_missing=why)


def composite_score(ratios: FinancialRatios, settings: FinanceSettings) -> tuple[Decimal, dict[str, float]] | None:
    """综合分值 and each ratio's 分值 from the (assumed) bands; None when a ratio is missing."""
    scores = {}
    for key in RATIO_KEYS:
        v = ratios.get(key)
        if v is None:
            return None
        scores[key] = settings.bands[key].score(v)
    total = sum((_dec(settings.weights[k]) * _dec(scores[k]) for k in RATIO_KEYS), Decimal(0))
    return total, scores


# ---------------------------------------------------------------------------------------------
# Verdicts

@dataclass(frozen=True)
class RecordVerdict:
    """What the records say about one rated unit.

    ``rating``: compliant | basically_compliant | non_compliant, or None when the records needed
    are missing or incomplete (the engine marks the unit needs_review). ``reasons`` are Chinese
    sentences with the numbers; ``facts`` the rows and computed values used (JSON-ready);
    ``missing`` what to add to decide; ``thresholds`` the catalog threshold names (and
    ``finance.yaml:`` keys, interpretation settings) the verdict rests on.
    """

    rating: str | None
    reasons: list[str]
    facts: list[dict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    thresholds: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"rating": self.rating, "reasons": list(self.reasons), "facts": list(self.facts),
                "missing": list(self.missing), "thresholds": list(self.thresholds)}


@dataclass
class _Check:
    ok: bool | None
    reasons: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    files: tuple[str, ...] = ()  # record kinds the check read


def _combine(checks: list[_Check], ctx: "_Ctx") -> RecordVerdict:
    if any(c.ok is False for c in checks):
        rating = "non_compliant"
    elif any(c.ok is None for c in checks):
        rating = None
    else:
        rating = "compliant"
    reasons, facts, missing, names = [], [], [], []
    for c in checks:
        reasons += c.reasons
        facts += c.facts
        missing += [m for m in c.missing if m not in missing]
        names += [n for n in c.names if n not in names]
    kinds = sorted({k for c in checks for k in c.files})
    rating, extra = ctx.unreadable_note(kinds, rating)
    return RecordVerdict(rating=rating, reasons=reasons + extra, facts=facts, missing=missing, thresholds=names)


def _num(x: Decimal | float | int) -> str:
    d = _dec(x)
    s = format(d.quantize(Decimal("0.0001")) if d != d.to_integral_value() else d.to_integral_value(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _ratio_text(d: Decimal) -> str:
    s = format(d.quantize(Decimal("0.00000001")), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _yuan(x: Decimal | float | int) -> str:
    d = _dec(x)
    if abs(d) >= 10000:
        return f"{_num(d / 10000)}万元"
    return f"{_num(d)}元"


def _pct(x: Decimal | Fraction) -> str:
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else x
    return f"{(d * 100).quantize(Decimal('0.01'))}%"


def _frac(x: Decimal | float | int) -> Fraction:
    return Fraction(str(x)) if not isinstance(x, Fraction) else x


_OPS: dict[str, Callable[[Fraction, Fraction], bool]] = {
    "<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
}


def _meets(value, th: Threshold) -> bool:
    """Whether ``value`` satisfies the threshold as the catalog states it (``op`` against ``value``),
    exactly (fractions, so 3/100 is 3% and 6/6000 is 千分之一)."""
    return _OPS[th.op](_frac(value), _frac(th.value))


_OP_WORDS = {"<=": ("未超过", "超过"), "<": ("低于", "不低于"), ">=": ("达到", "未达到"), ">": ("超过", "未超过")}


class _Ctx:
    def __init__(self, assessment: Assessment, profile: Profile, records: Records, fin: FinanceSettings,
                 certified_since: int | None):
        self.assessment = assessment
        self.profile = profile
        self.as_of = profile.as_of
        self.records = records
        self.fin = fin
        self.certified_since = certified_since

    def file_label(self, schema: RecordSchema) -> str:
        got = self.records.files.get(schema.key) or []
        return "、".join(got) if got else f"records/{schema.filename}（或 .xlsx）"

    def unreadable_note(self, kinds: list[str], rating: str | None) -> tuple[str | None, list[str]]:
        notes = []
        for k in kinds:
            n = self.records.skipped.get(k, 0)
            if n:
                notes.append(f"{SCHEMAS[k].name}有{n}行未能使用（见记录问题列表），以上按其余各行计算")
        if notes and rating == "compliant" and self.fin.setting("unreadable_rows_block_compliant"):
            notes.append("因有未能读取的行，“达标”改为待人工复核")
            rating = None
        return rating, notes

    def absent_check(self, schema: RecordSchema, what: str) -> _Check | None:
        """A check that cannot run because the file is absent, unusable or (by setting) empty."""
        st = self.records.status(schema.key)
        if st == "absent":
            return _Check(None, [f"未提供{schema.name}（{what}）"], missing=[f"records/{schema.filename}（或 .xlsx）：{what}"],
                          files=(schema.key,))
        if st == "unusable":
            return _Check(None, [f"{self.file_label(schema)}无法使用（见记录问题列表）"],
                          missing=[f"{self.file_label(schema)}：按模板表头填写{what}"], files=(schema.key,))
        if st == "empty" and not schema.none_words:
            return _Check(None, [f"{self.file_label(schema)}没有数据行"],
                          missing=[f"{self.file_label(schema)}：{what}"], files=(schema.key,))
        if st == "empty" and self.fin.setting("empty_record_file") == "unknown":
            return _Check(None, [f"{self.file_label(schema)}只有表头，视为尚未填写（{schema.none_hint}）"],
                          missing=[f"{self.file_label(schema)}：{what}；{schema.none_hint}"], files=(schema.key,),
                          names=["finance.yaml:interpretations.empty_record_file"])
        return None


def _th(unit: Item | SubItem, name: str) -> Threshold | None:
    for t in unit.thresholds:
        if t.name == name:
            return t
    return None


def _window_text(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}至{end.isoformat()}"


# --- penalties ---------------------------------------------------------------------------------

_PENALTY_NAMES = {"customs_penalty_single_max", "quarantine_penalty_cumulative_max", "inspection_penalty_single_max",
                  "customs_penalty_cumulative_max", "violation_count_max", "violation_ratio_max", "penalty_band_min",
                  "penalty_band_max", "penalty_band_max_count", "penalty_count_max"}
CUSTOMS = "海关监管"
QUARANTINE = ("进出境动植物检疫", "国境卫生检疫")
INSPECTION = "进出口商品检验"


def _is_penalty_unit(unit) -> bool:
    return bool({t.name for t in unit.thresholds} & _PENALTY_NAMES)


def _eval_penalties(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    win = _th(unit, "window_years")
    years = win.value if win else None
    start = window_start(ctx.as_of, years=years) if years else None
    names_used = ["window_years"] if win else []
    absent = ctx.absent_check(PENALTIES, f"{_num(years) if years else ''}年内的行政处罚记录")
    if absent:
        return _combine([absent], ctx)
    all_p = ctx.records.penalties
    inwin = [p for p in all_p if start is None or start <= p.date <= ctx.as_of]
    later = [p for p in all_p if p.date > ctx.as_of]
    wtxt = f"{_num(years)}年内（{_window_text(start, ctx.as_of)}）" if start else ""
    checks: list[_Check] = []
    base_facts = [p.to_fact() for p in inwin]
    if later:
        checks.append(_Check(True, [f"{len(later)}条处罚日期晚于评估基准日{ctx.as_of.isoformat()}，未计入"]))

    customs = [p for p in inwin if p.kind == CUSTOMS]

    def single(name: str, kinds: tuple[str, ...], label: str):
        th = _th(unit, name)
        if not th:
            return
        rows = [p for p in inwin if p.kind in kinds]
        over = [p for p in rows if not _meets(p.amount, th)]
        if over:
            reasons = [f"{wtxt}{p.date.isoformat()}因违反{label}被处罚{_yuan(p.amount)}"
                       f"（{p.file} 第{p.row}行{('，' + p.number) if p.number else ''}），超过{_yuan(th.value)}"
                       for p in over]
            checks.append(_Check(False, reasons, names=[name], files=("penalties",)))
        else:
            top = max((p.amount for p in rows), default=Decimal(0))
            checks.append(_Check(True, [f"{wtxt}因违反{label}的单次处罚金额最高{_yuan(top)}，未超过{_yuan(th.value)}"
                                        if rows else f"{wtxt}无因违反{label}被处罚的记录"],
                                 facts=[{"kind": "indicator", "name": name, "value": float(top), "limit": th.value,
                                         "op": th.op}], names=[name], files=("penalties",)))

    def cumulative(name: str, kinds: tuple[str, ...], label: str):
        th = _th(unit, name)
        if not th:
            return
        total = sum((p.amount for p in inwin if p.kind in kinds), Decimal(0))
        ok = _meets(total, th)
        n = sum(1 for p in inwin if p.kind in kinds)
        checks.append(_Check(ok, [f"{wtxt}因违反{label}被处罚{n}次，金额累计{_yuan(total)}，"
                                  f"{'未超过' if ok else '超过'}{_yuan(th.value)}"],
                             facts=[{"kind": "indicator", "name": name, "value": float(total), "limit": th.value,
                                     "op": th.op, "window": [start.isoformat() if start else None, ctx.as_of.isoformat()]}],
                             names=[name], files=("penalties",)))

    single("customs_penalty_single_max", (CUSTOMS,), "海关监管规定")
    single("inspection_penalty_single_max", (INSPECTION,), "进出口商品检验监管规定")
    cumulative("quarantine_penalty_cumulative_max", QUARANTINE, "进出境动植物检疫、国境卫生检疫法律法规")
    cumulative("customs_penalty_cumulative_max", (CUSTOMS,), "海关监管规定")

    # the band: penalties with band_min < amount <= band_max, at most band_max_count of them
    bmin, bmax, bcount = (_th(unit, n) for n in ("penalty_band_min", "penalty_band_max", "penalty_band_max_count"))
    if bmin and bmax and bcount:
        inband = [p for p in customs if _meets(p.amount, bmin) and _meets(p.amount, bmax)]
        ok = _meets(len(inband), bcount)
        lo, hi = _yuan(bmin.value), _yuan(bmax.value)
        checks.append(_Check(ok, [f"{wtxt}因违反海关监管规定被处罚金额超过{lo}且{hi}以下的行为{len(inband)}次，"
                                  f"{'未超过' if ok else '超过'}{_num(bcount.value)}次"
                                  + (f"：{'、'.join(f'{p.date.isoformat()} {_yuan(p.amount)}' for p in inband)}" if inband else "")],
                             facts=[{"kind": "indicator", "name": "penalty_band_count", "value": len(inband),
                                     "limit": bcount.value, "band": [bmin.value, bmax.value]}],
                             names=["penalty_band_min", "penalty_band_max", "penalty_band_max_count"], files=("penalties",)))

    th_pc = _th(unit, "penalty_count_max")
    if th_pc:
        ok = _meets(len(customs), th_pc)
        limit = f"{'未超过' if ok else '超过'}{_num(th_pc.value)}次" if th_pc.value else ("标准要求无此类处罚" if not ok else "无此类处罚")
        checks.append(_Check(ok, [f"{wtxt}因违反海关监管规定被处罚{len(customs)}次，{limit}"],
                             facts=[{"kind": "indicator", "name": "penalty_count", "value": len(customs),
                                     "limit": th_pc.value}], names=["penalty_count_max"], files=("penalties",)))

    vc, vr = _th(unit, "violation_count_max"), _th(unit, "violation_ratio_max")
    if vc or vr:
        checks.append(_violations(ctx, unit, customs, vc, vr, wtxt))

    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, base_facts + v.facts, v.missing, names_used + v.thresholds)


def _last_year_declarations(ctx: _Ctx, with_manifests: bool) -> tuple[int | None, list[str], list[str], list[dict]]:
    """(total or None, missing months, notes, facts) for the calendar year before as_of."""
    y = ctx.as_of.year - 1
    months = {(m.year, m.month): m for m in ctx.records.declarations if m.year == y}
    absent = [f"{y}-{mo:02d}" for mo in range(1, 13) if (y, mo) not in months]
    if absent:
        return None, absent, [], []
    total = sum(m.declarations for m in months.values())
    notes = []
    if with_manifests:
        if all(m.manifests is not None for m in months.values()):
            total += sum(m.manifests for m in months.values())
            notes.append(f"分母含舱单票数{sum(m.manifests for m in months.values())}票")
        else:
            notes.append("报关单统计未填全年舱单票数，分母只含报关单及备案清单（比例偏高，结论偏严）")
    return total, [], notes, [{"kind": "indicator", "name": "last_year_declarations", "year": y, "value": total}]


def _violations(ctx: _Ctx, unit, customs: list[Penalty], vc: Threshold | None, vr: Threshold | None,
                wtxt: str) -> _Check:
    n = len(customs)
    either = bool(vc and vr and "或者" in unit.text)
    parts: list[_Check] = []
    if vc:
        ok = _meets(n, vc)
        parts.append(_Check(ok, [f"{wtxt}违反海关监管规定{n}次，{'未超过' if ok else '超过'}{_num(vc.value)}次"],
                            facts=[{"kind": "indicator", "name": "violation_count", "value": n, "limit": vc.value}],
                            names=["violation_count_max"], files=("penalties",)))
    if vr and not (either and parts[0].ok):
        with_manifests = "舱单" in unit.text
        y = ctx.as_of.year - 1
        if n == 0:
            parts.append(_Check(True, [f"{wtxt}无违反海关监管规定的行为，比例为0"], names=["violation_ratio_max"],
                                files=("penalties",)))
        else:
            st = ctx.records.status("declarations")
            total, absent, notes, facts = _last_year_declarations(ctx, with_manifests) if st == "rows" else (None, [], [], [])
            if total is None:
                what = f"{y}年（上年度）1–12月的报关单及备案清单票数" + ("及舱单票数" if with_manifests else "")
                why = f"缺少月份：{'、'.join(absent)}" if absent else "未提供"
                parts.append(_Check(None, [f"违法次数与上年度总票数的比例无法计算：报关单统计{why}"],
                                    missing=[f"{ctx.file_label(DECLARATIONS)}：{what}" + (f"（{why}）" if absent else "")],
                                    names=["violation_ratio_max"], files=("declarations",)))
            else:
                ratio = Fraction(n, total) if total else None
                ok = ratio is not None and _meets(ratio, vr)
                shown = f"{n}/{total}={_ratio_text(Decimal(n) / Decimal(total))}" if total else f"{n}/0"
                parts.append(_Check(ok, [f"违法次数与{y}年（上年度）总票数之比 {shown}，"
                                         f"{'未超过' if ok else '超过'}{vr.text.replace('不超过', '').replace('总票数的', '')}"
                                         f"（{_num(vr.value)}）" + (f"；{'；'.join(notes)}" if notes else "")],
                                    facts=facts + [{"kind": "indicator", "name": "violation_ratio", "value":
                                                    (n / total) if total else None, "limit": vr.value}],
                                    names=["violation_ratio_max"], files=("penalties", "declarations")))
    if either:
        ok_any = any(p.ok for p in parts)
        ok = True if ok_any else (None if any(p.ok is None for p in parts) else False)
        head = "违法次数与比例二者满足其一即可：" + ("满足" if ok else ("无法判断" if ok is None else "均不满足"))
        return _Check(ok, [head] + [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                      [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                      tuple(k for p in parts for k in p.files))
    ok = False if any(p.ok is False for p in parts) else (None if any(p.ok is None for p in parts) else True)
    return _Check(ok, [r for p in parts for r in p.reasons], [f for p in parts for f in p.facts],
                  [m for p in parts for m in p.missing], [x for p in parts for x in p.names],
                  tuple(k for p in parts for k in p.files))


# --- declarations: late tax, 进出口记录 -----------------------------------------------------------

def _months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _eval_late_tax(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    th = _th(unit, "late_tax_declaration_rate_max")
    names = ["window_last_year_and_ytd", "late_tax_declaration_rate_max"]
    start, end = last_year_and_ytd(ctx.as_of)
    span = f"{start.year}-{start.month:02d}至{end.year}-{end.month:02d}"
    absent = ctx.absent_check(DECLARATIONS, f"上年度以及本年度1月至上月（{span}）每月的报关单票数和滞纳税款报关单票数")
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    by = {(m.year, m.month): m for m in ctx.records.declarations}
    need = _months_between(start, end)
    lacking = [f"{y}-{m:02d}" for y, m in need if (y, m) not in by]
    no_late = [f"{y}-{m:02d}" for y, m in need if (y, m) in by and by[(y, m)].late_tax is None]
    if lacking or no_late:
        msg = []
        if lacking:
            msg.append(f"缺少月份：{'、'.join(lacking)}")
        if no_late:
            msg.append(f"未填滞纳税款报关单票数的月份：{'、'.join(no_late)}")
        return _combine([_Check(None, [f"上年度以及本年度1月至上月（{span}）的报关单统计不全（{'；'.join(msg)}）"],
                                missing=[f"{ctx.file_label(DECLARATIONS)}：{'；'.join(msg)}"], names=names,
                                files=("declarations",))], ctx)
    total = sum(by[k].declarations for k in need)
    late = sum(by[k].late_tax for k in need)
    facts = [{"kind": "indicator", "name": "late_tax_rate", "declarations": total, "late_tax": late,
              "value": (late / total) if total else None, "limit_percent": th.value, "window": [start.isoformat(), end.isoformat()]}]
    if total == 0:
        return _combine([_Check(None, [f"上年度以及本年度1月至上月（{span}）报关单票数为0，滞纳税款报关单率无从计算"],
                                facts=facts, names=names, files=("declarations",))], ctx)
    rate = Fraction(late, total)
    ok = _meets(rate * 100, th)  # the threshold is in percent
    return _combine([_Check(ok, [f"上年度以及本年度1月至上月（{span}）滞纳税款报关单{late}票/报关单及备案清单{total}票"
                                 f"={_pct(rate)}，{'未超过' if ok else '超过'}{_num(th.value)}%"],
                            facts=facts, names=names, files=("declarations",))], ctx)


_ACTIVITY = re.compile(r"有进出口活动")


def _eval_activity(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    win = _th(unit, "window_years")
    start = window_start(ctx.as_of, years=win.value)
    wtxt = f"{_num(win.value)}年内（{_window_text(start, ctx.as_of)}）"
    st = ctx.records.status("declarations")
    if st != "rows":
        return RecordVerdict(None, [f"报关单统计未提供，{wtxt}有无进出口活动须看其他材料"],
                             missing=[f"{ctx.file_label(DECLARATIONS)}：{wtxt}每月的报关单票数（或其他进出口活动证明）"],
                             thresholds=["window_years"])
    rows = [m for m in ctx.records.declarations if m.end >= start and m.start <= ctx.as_of]
    total = sum(m.declarations + (m.manifests or 0) for m in rows)
    facts = [{"kind": "indicator", "name": "declarations_in_window", "value": total,
              "window": [start.isoformat(), ctx.as_of.isoformat()]}]
    if total > 0:
        return RecordVerdict("compliant", [f"{wtxt}报关单及备案清单等共{total}票，有进出口活动"], facts,
                             thresholds=["window_years"])
    return RecordVerdict(None, [f"报关单统计中{wtxt}的票数为0；是否为进出口活动提供相关服务须看其他材料"], facts,
                         missing=[f"{wtxt}进出口活动或相关服务的证明"], thresholds=["window_years"])


# --- quarterly indicators ------------------------------------------------------------------------

# (words in the unit text, the 指标 value in 季度指标.csv)
_QUARTER_INDICATORS: tuple[tuple[str, str], ...] = (
    ("查获比率", "查获比率"),
    ("手(账)册规范申报率", "手册规范申报率"),
    ("报关差错率", "报关差错率"),
    ("舱单及相关电子数据传输差错率", "舱单传输差错率"),
    ("物流信息的申报差错率", "物流申报差错率"),
)


def _indicator_rules(text: str) -> list[tuple[str, bool]]:
    """(indicator, must_be_above) for each indicator the unit text names; the direction is read
    from the text: 不超过同期… → not above; 超过同期… → above."""
    out = []
    for words, ind in _QUARTER_INDICATORS:
        i = text.find(words)
        if i < 0:
            continue
        j = text.find("超过", i + len(words))
        if j < 0:
            continue
        out.append((ind, text[j - 1] != "不"))
    return out


def _eval_quarterly(ctx: _Ctx, item: Item, unit) -> RecordVerdict | None:
    th = _th(unit, "consecutive_quarters")
    rules = _indicator_rules(unit.text)
    if not rules:
        return None  # e.g. a rule over quarters the records do not carry
    n = int(th.value)
    qs = consecutive_quarters(ctx.as_of, n)
    qtxt = f"连续{n}个季度（{qs[0].label}至{qs[-1].label}）"
    absent = ctx.absent_check(QUARTERLY, f"{qtxt}的{'、'.join(r[0] for r in rules)}及同期全国平均")
    if absent:
        absent.names = ["consecutive_quarters"]
        return _combine([absent], ctx)
    by = {(q.quarter, q.indicator): q for q in ctx.records.quarterly}
    checks = []
    for ind, above in rules:
        lacking = [q.label for q in qs if (q, ind) not in by]
        if lacking:
            checks.append(_Check(None, [f"{ind}：缺少{'、'.join(lacking)}的数据"],
                                 missing=[f"{ctx.file_label(QUARTERLY)}：{ind} {'、'.join(lacking)}"],
                                 names=["consecutive_quarters"], files=("quarterly",)))
            continue
        bad, shown, facts = [], [], []
        for q in qs:
            r = by[(q, ind)]
            ok = r.value > r.national if above else r.value <= r.national
            shown.append(f"{q.label} {_num(r.value)}%/{_num(r.national)}%")
            facts.append({"kind": "quarter_indicator", "quarter": q.label, "indicator": ind, "value": float(r.value),
                          "national": float(r.national), "ok": ok, "file": r.file, "row": r.row})
            if not ok:
                bad.append(q.label)
        rel = "超过" if above else "不超过"
        if bad:
            reason = f"{ind}{qtxt}须每季{rel}同期全国平均，{'、'.join(bad)}不满足（企业/全国：{'；'.join(shown)}）"
        else:
            reason = f"{ind}{qtxt}每季均{rel}同期全国平均（企业/全国：{'；'.join(shown)}）"
        checks.append(_Check(not bad, [reason], facts, names=["consecutive_quarters"], files=("quarterly",)))
    return _combine(checks, ctx)


# --- 异常名录 --------------------------------------------------------------------------------------

def _eval_abnormal(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    win = _th(unit, "window_years")
    t_times, t_days = _th(unit, "abnormal_list_max_times"), _th(unit, "abnormal_list_max_days")
    names = [n for n in ("window_years", "abnormal_list_max_times", "abnormal_list_max_days") if _th(unit, n)]
    start = window_start(ctx.as_of, years=win.value)
    wtxt = f"{_num(win.value)}年内（{_window_text(start, ctx.as_of)}）"
    absent = ctx.absent_check(ABNORMAL, f"{wtxt}被列入信用信息异常企业名录的记录")
    if absent:
        absent.names = names + absent.names
        return _combine([absent], ctx)
    reading = ctx.fin.setting("abnormal_list_window")
    days_rule = ctx.fin.setting("abnormal_list_days")
    if reading == "overlap":
        rows = [a for a in ctx.records.abnormal if a.listed <= ctx.as_of and (a.removed or ctx.as_of) >= start]
    else:
        rows = [a for a in ctx.records.abnormal if start <= a.listed <= ctx.as_of]
    lengths = [((a.removed or ctx.as_of) - a.listed).days for a in rows]
    days = (sum(lengths) if days_rule == "cumulative" else max(lengths, default=0))
    checks = []
    facts = [{"kind": "abnormal_listing", "listed": a.listed.isoformat(),
              "removed": a.removed.isoformat() if a.removed else None, "days": d, "file": a.file, "row": a.row}
             for a, d in zip(rows, lengths)]
    interp = ["finance.yaml:interpretations.abnormal_list_window", "finance.yaml:interpretations.abnormal_list_days"]
    if t_times:
        ok = _meets(len(rows), t_times)
        checks.append(_Check(ok, [f"{wtxt}被列入信用信息异常企业名录{len(rows)}次，{'未超过' if ok else '超过'}{_num(t_times.value)}次"],
                             names=names, files=("abnormal",)))
    if t_days:
        ok = _meets(days, t_days)
        how = "合计" if days_rule == "cumulative" else "最长一次"
        still = [a for a in rows if a.removed is None]
        detail = "；".join(f"{a.listed.isoformat()}列入、{a.removed.isoformat() + '移出' if a.removed else '至评估基准日仍在名录中'}，{d}日"
                          for a, d in zip(rows, lengths))
        checks.append(_Check(ok, [f"在名录中的天数{how}{days}日，{'未超过' if ok else '超过'}{_num(t_days.value)}日"
                                  + (f"（{detail}）" if detail else "")],
                             names=names + interp, files=("abnormal",)))
        if still:
            checks[-1].reasons.append("至评估基准日仍在异常名录中")
    v = _combine(checks, ctx)
    return RecordVerdict(v.rating, v.reasons, facts + v.facts, v.missing, v.thresholds)


# --- financial -----------------------------------------------------------------------------------

_RATING_ZH = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标", None: "待复核"}


def _eval_accounting(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    th = _th(unit, "cpa_audit_min_per_year")
    offset = ctx.fin.setting("audit_year_offset")
    target = ctx.as_of.year - offset
    names = (["cpa_audit_min_per_year"] if th else []) + ["finance.yaml:accounting_info.opinions",
                                                           "finance.yaml:interpretations.audit_year_offset"]
    absent = ctx.absent_check(FINANCE, f"{target}年度的审计意见")
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    by = {f.year: f for f in ctx.records.finance}
    recert = ctx.profile.flag("recertification")
    if recert:
        first = ctx.certified_since or min([y for y in by if y <= target], default=target)
        years = list(range(first, target + 1))
        start_note = (f"认证年份{first}年" if ctx.certified_since else
                      f"认证年份未知，从财务数据最早年度{first}年起核对")
    else:
        years = [target]
        start_note = ""
    reasons, facts, missing = [], [], []
    ratings = []
    min_reports = int(th.value) if th else 1
    for y in years:
        fy = by.get(y)
        if fy is None or fy.opinion is None:
            missing.append(f"{ctx.file_label(FINANCE)}：{y}年度的审计意见（没有审计报告的填“无审计报告”）")
            ratings.append(None)
            continue
        r = ctx.fin.opinions.get(fy.opinion)
        ratings.append(r)
        facts.append({"kind": "audit_opinion", "year": y, "opinion": fy.opinion, "rating": r, "file": fy.file,
                      "row": fy.row})
        reasons.append(f"{y}年度审计意见：{fy.opinion} → {_RATING_ZH[r]}")
    if recert:
        have = [y for y, r in zip(years, ratings) if r is not None]
        lacking = [y for y, r in zip(years, ratings) if r is None]
        head = (f"重新认证：须自成为认证企业起每年（每年{min_reports}次以上）接受会计师事务所审计；{start_note}，"
                f"应有{years[0]}–{years[-1]}年共{len(years)}个年度的审计报告，已有{len(have)}个")
        if lacking:
            head += f"，缺少{'、'.join(str(y) for y in lacking)}年度"
        reasons.insert(0, head)
    else:
        reasons.insert(0, f"申请认证：须提交{target}年度（评估基准日上一会计年度）的会计师事务所审计报告")
    order = {"non_compliant": 0, "basically_compliant": 1, "compliant": 2}
    known = [r for r in ratings if r is not None]
    if "non_compliant" in known:
        rating = "non_compliant"
    elif None in ratings:
        rating = None
    else:
        rating = min(known, key=order.get)
    rating, extra = ctx.unreadable_note(["finance"], rating)
    return RecordVerdict(rating, reasons + extra, facts, missing, names)


def _eval_composite(ctx: _Ctx, item: Item, unit) -> RecordVerdict:
    fin = ctx.fin
    target = ctx.as_of.year - fin.setting("audit_year_offset")
    names = ["finance.yaml:composite.debt_ratio_max", "finance.yaml:composite.weights",
             "finance.yaml:composite.cutoffs", "finance.yaml:composite.bands",
             "finance.yaml:interpretations.audit_year_offset"]
    absent = ctx.absent_check(FINANCE, f"{target}年度的资产负债表、利润表、现金流量表数据")
    if absent:
        absent.names = names
        return _combine([absent], ctx)
    fy = next((f for f in ctx.records.finance if f.year == target), None)
    if fy is None:
        return RecordVerdict(None, [f"财务数据中没有{target}年度"],
                             missing=[f"{ctx.file_label(FINANCE)}：{target}年度的财务数据"], thresholds=names)
    ratios = financial_ratios(fy)
    facts = [ratios.to_json() | {"file": fy.file, "row": fy.row}]
    shown = "；".join(f"{RATIO_LABELS[k]}{_pct(ratios.get(k)) if k != 'quick_ratio' else _num(ratios.get(k))}"
                     if ratios.get(k) is not None else f"{RATIO_LABELS[k]}无法计算（{ratios.why_missing.get(k)}）"
                     for k in RATIO_KEYS)
    reasons = [f"{target}年度：{shown}"]
    missing = [f"{ctx.file_label(FINANCE)}：{target}年度 {RATIO_LABELS[k]}所需数据（{w}）"
               for k, w in ratios.why_missing.items()]
    debt = ratios.debt_ratio
    debt_max = _dec(fin.debt_ratio_max)
    if debt is not None and debt > debt_max:
        reasons.append(f"资产负债率{_pct(debt)}超过{_pct(debt_max)}，综合财务状况不达标")
        return _with_unreadable(ctx, RecordVerdict("non_compliant", reasons, facts, [], names))
    if debt is None:
        reasons.append("资产负债率无法计算")
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    reasons.append(f"资产负债率{_pct(debt)}，未超过{_pct(debt_max)}")
    got = composite_score(ratios, fin)
    if got is None:
        reasons.append("综合分值无法计算（有比率缺数据）")
        return _with_unreadable(ctx, RecordVerdict(None, reasons, facts, missing, names))
    total, scores = got
    if total >= _dec(fin.compliant_min):
        rating = "compliant"
    elif total >= _dec(fin.basically_compliant_min):
        rating = "basically_compliant"
    else:
        rating = "non_compliant"
    terms = " + ".join(f"{RATIO_LABELS[k]}{_num(scores[k])}×{_num(fin.weights[k])}" for k in RATIO_KEYS)
    reasons.append(f"综合分值 = {terms} = {_num(total)} → {_RATING_ZH[rating]}"
                   f"（>= {_num(fin.compliant_min)} 达标，{_num(fin.basically_compliant_min)} 至 < {_num(fin.compliant_min)} 基本达标）")
    if fin.bands_assumed:
        reasons.append(f"注意：各比率的分值对应表为假设值（见{fin.source}），须以官方行业参考值核对")
    facts.append({"kind": "indicator", "name": "composite_score", "value": float(total),
                  "scores": scores, "bands_assumed": fin.bands_assumed})
    return _with_unreadable(ctx, RecordVerdict(rating, reasons, facts, [], names))


def _with_unreadable(ctx: _Ctx, v: RecordVerdict) -> RecordVerdict:
    rating, extra = ctx.unreadable_note(["finance"], v.rating)
    return RecordVerdict(rating, v.reasons + extra, v.facts, v.missing, v.thresholds)


# ---------------------------------------------------------------------------------------------
# Dispatch

def _rule_for(item: Item, unit) -> Callable[[_Ctx, Item, Any], RecordVerdict | None] | None:
    """Which evaluator decides a unit, from its thresholds' names and its text (never its id)."""
    names = {t.name for t in unit.thresholds}
    text = unit.text or ""
    if item.category == "financial":
        if "cpa_audit_min_per_year" in names or item.title == "会计信息":
            return _eval_accounting
        if "资产负债率" in text:
            return _eval_composite
        return None
    if _is_penalty_unit(unit):
        return _eval_penalties
    if "late_tax_declaration_rate_max" in names:
        return _eval_late_tax
    if names & {"abnormal_list_max_times", "abnormal_list_max_days"}:
        return _eval_abnormal
    if "consecutive_quarters" in names:
        return _eval_quarterly
    if "window_years" in names and _ACTIVITY.search(text):
        return _eval_activity
    return None


def evaluate_records(assessment: Assessment, profile: Profile, records: Records | None, *,
                     finance: FinanceSettings | None = None, certified_since: int | None = None
                     ) -> dict[str, RecordVerdict]:
    """Verdicts for every applicable rated unit whose rule the records decide (see the module
    docstring). Units that do not apply to the profile, or that only documents can decide, are
    not in the result. ``certified_since`` (the year the enterprise became certified) makes the
    re-certification check of 会计信息 exact; without it the earliest year in 财务数据 is used.
    Pure: reads nothing but ``finance.yaml`` (cached)."""
    fin = finance or load_finance_settings(assessment.standard.edition)
    ctx = _Ctx(assessment, profile, records or Records(), fin, certified_since)
    out: dict[str, RecordVerdict] = {}
    for item, unit in assessment.rated_units():
        if not profile.applies(unit, item):
            continue
        rule = _rule_for(item, unit)
        if rule is None:
            continue
        v = rule(ctx, item, unit)
        if v is not None:
            out[unit.id] = v
    return out


def served_units(assessment: Assessment) -> dict[str, list[str]]:
    """unit id → the threshold names its records rule uses (for documentation and the engine);
    every unit records can speak to, applicable or not."""
    out = {}
    for item, unit in assessment.rated_units():
        rule = _rule_for(item, unit)
        if rule is not None:
            out[unit.id] = [t.name for t in unit.thresholds] or [rule.__name__.removeprefix("_eval_")]
    return out
