"""The typed rows of ``records/`` and :func:`read_records`: every kind of
:mod:`evidence_checker.record_templates`, read with the shared typed-table reader
(:mod:`evidence_checker.tables`), checked for duplicates and impossible values, and collected in
:class:`Records`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from ..facts import Quarter, add_months
from ..messages import Msg, name as _name
from ..record_templates import SCHEMAS, RecordSchema
from ..tables import RecordProblem, read_record_file

__all__ = ["Penalty", "DeclarationMonth", "QuarterIndicator", "FinanceYear", "AbnormalListing", "Records",
           "read_records"]


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


_FINANCE_AMOUNTS = ("total_assets", "total_liabilities", "current_assets", "inventory", "current_liabilities",
                    "revenue", "operating_profit", "net_profit", "equity_begin", "equity_end", "operating_cash_flow")


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
        if self.skipped.get(key, 0) or any(p.row == 1 and p.missing_column
                                          for p in self.problems if p.file in self.files[key]):
            return "unusable"
        return "empty"

    def to_json(self) -> dict:
        return {"files": self.files, "none_declared": sorted(self.none_declared), "skipped": self.skipped,
                "problems": [p.to_json() for p in self.problems],
                "counts": {k: len(self.rows(k)) for k in SCHEMAS}}


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
            rec.problems.append(RecordProblem(f"{prefix}/{p.name}", None, None, Msg("rec_xls")))
        elif p.stem not in known or p.suffix.lower() not in (".csv", ".xlsx", ".txt", ".tsv"):
            rec.problems.append(RecordProblem(f"{prefix}/{p.name}", None, None, Msg(
                "rec_unknown_file", names={"list": [_name(s.filename) for s in SCHEMAS.values()]})))
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
            _BUILDERS[key](rec, label, _by_field(schema, rows))
        if len(with_rows) > 1:
            rec.problems.append(RecordProblem(with_rows[-1], None, None,
                                              Msg("rec_files_merged", file=_name(with_rows[0]), kind=schema.name)))
        if rec.rows(key) and key in rec.none_declared:
            rec.none_declared.discard(key)
    return rec


def _dup(rec: Records, key: str, file: str, row: int, first: tuple[str, int], what: Msg) -> None:
    rec.problems.append(RecordProblem(file, row, None, Msg("rec_duplicate", what=what, file=_name(first[0]),
                                                           row=first[1])))
    rec.skipped[key] = rec.skipped.get(key, 0) + 1


def _build_penalties(rec: Records, file: str, rows) -> None:
    seen: dict[str, tuple[str, int]] = {(p.number): (p.file, p.row) for p in rec.penalties if p.number}
    for i, r in rows:
        number = r["number"] or ""
        if number and number in seen:
            _dup(rec, "penalties", file, i, seen[number], Msg("rec_dup_number", number=number))
            continue
        if number:
            seen[number] = (file, i)
        rec.penalties.append(Penalty(date=r["date"], kind=r["kind"], amount=r["amount"], number=number,
                                     note=r["note"] or "", file=file, row=i))


def _build_declarations(rec: Records, file: str, rows) -> None:
    seen = {(m.year, m.month): (m.file, m.row) for m in rec.declarations}
    for i, r in rows:
        y, mo = r["month"]
        if (y, mo) in seen:
            _dup(rec, "declarations", file, i, seen[(y, mo)], Msg("rec_dup_month", month=f"{y}-{mo:02d}"))
            continue
        late = r["late_tax"]
        if late is not None and late > r["declarations"]:
            rec.problems.append(RecordProblem(file, i, "滞纳税款报关单票数", Msg(
                "rec_late_over", late=late, declarations=r["declarations"])))
            rec.skipped["declarations"] = rec.skipped.get("declarations", 0) + 1
            continue
        seen[(y, mo)] = (file, i)
        rec.declarations.append(DeclarationMonth(year=y, month=mo, declarations=r["declarations"], late_tax=late,
                                                 manifests=r["manifests"], file=file, row=i))


def _build_quarterly(rec: Records, file: str, rows) -> None:
    seen = {(q.quarter, q.indicator): (q.file, q.row) for q in rec.quarterly}
    for i, r in rows:
        k = (r["quarter"], r["indicator"])
        if k in seen:
            _dup(rec, "quarterly", file, i, seen[k], Msg("rec_dup_quarter", quarter=k[0].label, indicator=_name(k[1])))
            continue
        seen[k] = (file, i)
        rec.quarterly.append(QuarterIndicator(quarter=r["quarter"], indicator=r["indicator"], value=r["value"],
                                              national=r["national"], file=file, row=i))


def _build_finance(rec: Records, file: str, rows) -> None:
    seen = {f.year: (f.file, f.row) for f in rec.finance}
    for i, r in rows:
        if r["year"] in seen:
            _dup(rec, "finance", file, i, seen[r["year"]], Msg("rec_dup_year", year=r["year"]))
            continue
        seen[r["year"]] = (file, i)
        rec.finance.append(FinanceYear(year=r["year"], opinion=r["opinion"], file=file, row=i,
                                       **{attr: r[attr] for attr in _FINANCE_AMOUNTS}))


def _build_abnormal(rec: Records, file: str, rows) -> None:
    for i, r in rows:
        if r["removed"] is not None and r["removed"] < r["listed"]:
            rec.problems.append(RecordProblem(file, i, "移出日期", Msg("rec_removed_early")))
            rec.skipped["abnormal"] = rec.skipped.get("abnormal", 0) + 1
            continue
        rec.abnormal.append(AbnormalListing(listed=r["listed"], removed=r["removed"], reason=r["reason"] or "",
                                            file=file, row=i))


def _by_field(schema: RecordSchema, rows: list) -> list:
    """(row number, cells by the columns' ``field``) of typed rows keyed by header: the builders read
    columns by field, the headers stay in record_templates.py."""
    return [(i, {c.field: r[c.name] for c in schema.columns if c.name in r}) for i, r in rows]


_BUILDERS: dict[str, Callable[[Records, str, list], None]] = {
    "penalties": _build_penalties, "declarations": _build_declarations, "quarterly": _build_quarterly,
    "finance": _build_finance, "abnormal": _build_abnormal,
}
