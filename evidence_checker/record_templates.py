"""The structured records a bundle may carry under ``records/``: their columns, and empty templates.

One file per kind, named after it, CSV (UTF-8 with or without BOM, or GBK) or XLSX (the same
headers in row 1 of the first sheet):

=================  ==========================================================================
``处罚记录``        处罚日期, 决定书编号, 违法类别, 处罚金额(元), 说明
``报关单统计``      月份, 报关单及备案清单票数, 滞纳税款报关单票数, 舱单票数 (报关企业填)
``季度指标``        季度, 指标, 企业值(%), 全国平均(%)
``财务数据``        年度, 审计意见, 资产总额 … 经营活动现金流量净额
``异常名录``        列入日期, 移出日期, 原因
=================  ==========================================================================

:func:`write_templates` writes the header row and one example row (UTF-8 with BOM so Excel shows
the Chinese headers) and never overwrites a file that is there. The example row's first cell starts
with ``#``: a row so marked is a comment, never read as a record, so the template as written still
decides nothing. :mod:`evidence_checker.records` reads them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

RECORDS_DIR = "records"

ColumnKind = Literal["day", "month", "quarter", "year", "count", "money", "signed_money", "percent",
                     "choice", "text"]


@dataclass(frozen=True)
class Column:
    """One column of a record file. ``kind`` says how a cell is read:

    day (a date), month (``2025-01``), quarter (``2025Q1``), year (``2025``), count (a whole
    number >= 0), money (yuan >= 0), signed_money (yuan, may be negative), percent (a number in
    percent >= 0, ``0.35`` or ``0.35%``), choice (one of ``choices``), text.
    """

    name: str
    kind: ColumnKind
    required: bool = True
    choices: tuple[str, ...] = ()
    hint: str = ""
    example: str = ""  # the value of the template's commented example row
    field: str = ""  # the name the code reads the column by (the header is for people, the field for code)


COMMENT = "#"  # a row whose first filled cell starts with this is a comment (the templates' example rows)


@dataclass(frozen=True)
class RecordSchema:
    """A kind of record file: ``name`` is the file stem (``处罚记录`` → ``处罚记录.csv``)."""

    key: str
    name: str
    title: str
    columns: tuple[Column, ...]
    # a row whose only content is one of these words (in a text column) says "there are none"
    none_words: tuple[str, ...] = ()
    none_hint: str = ""

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def example(self) -> list[str]:
        """The template's commented example row (its first cell starts with ``#``)."""
        row = [c.example for c in self.columns]
        return [f"{COMMENT}示例（以#开头的行不会被读取）：{row[0]}"] + row[1:]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


PENALTY_KINDS = ("海关监管", "进出境动植物检疫", "国境卫生检疫", "进出口商品检验")
INDICATORS = ("查获比率", "报关差错率", "舱单传输差错率", "物流申报差错率", "手册规范申报率")
AUDIT_OPINIONS = ("无保留意见", "保留意见", "否定意见", "无法表示意见", "无审计报告")
_NONE_WORDS = ("无", "没有", "无处罚", "无处罚记录", "没有处罚", "无记录", "未被列入", "无列入记录", "从未列入")

PENALTIES = RecordSchema(
    key="penalties", name="处罚记录", title="行政处罚记录",
    columns=(
        Column("处罚日期", "day", field="date", hint="处罚决定书的日期，如 2026-03-18", example="2026-03-18"),
        Column("决定书编号", "text", field="number", required=False, example="某关缉违字〔2026〕12号"),
        Column("违法类别", "choice", field="kind", choices=PENALTY_KINDS, example="海关监管"),
        Column("处罚金额(元)", "money", field="amount", hint="以元为单位；警告等无罚款的填 0", example="45000"),
        Column("说明", "text", field="note", required=False, example="申报不实；确无处罚的只填一行，本列写“无”"),
    ),
    none_words=_NONE_WORDS,
    none_hint="若确无处罚，请只填一行：说明列写“无”",
)
DECLARATIONS = RecordSchema(
    key="declarations", name="报关单统计", title="报关单票数（按月）",
    columns=(
        Column("月份", "month", field="month", hint="YYYY-MM", example="2025-01"),
        Column("报关单及备案清单票数", "count", field="declarations", example="215"),
        Column("滞纳税款报关单票数", "count", field="late_tax", required=False, example="0"),
        Column("舱单票数", "count", field="manifests", required=False, hint="报关企业：代理申报的进出境运输工具舱单票数",
               example="（报关企业填）"),
    ),
)
QUARTERLY = RecordSchema(
    key="quarterly", name="季度指标", title="季度申报/传输指标与全国平均",
    columns=(
        Column("季度", "quarter", field="quarter", hint="YYYYQn，如 2025Q3", example="2025Q3"),
        Column("指标", "choice", field="indicator", choices=INDICATORS, example="查获比率"),
        Column("企业值(%)", "percent", field="value", example="0.55"),
        Column("全国平均(%)", "percent", field="national", example="1.11"),
    ),
)
FINANCE = RecordSchema(
    key="finance", name="财务数据", title="年度财务数据与审计意见",
    columns=(
        Column("年度", "year", field="year", example="2025"),
        Column("审计意见", "choice", field="opinion", required=False, choices=AUDIT_OPINIONS,
               hint="会计师事务所审计报告的意见类型；没有审计报告的填“无审计报告”", example="无保留意见"),
        Column("资产总额", "money", field="total_assets", required=False, example="52000000"),
        Column("负债总额", "money", field="total_liabilities", required=False, example="21450000"),
        Column("流动资产", "money", field="current_assets", required=False, example="30100000"),
        Column("存货", "money", field="inventory", required=False, example="8200000"),
        Column("流动负债", "money", field="current_liabilities", required=False, example="18240000"),
        Column("营业收入", "money", field="revenue", required=False, example="78200000"),
        Column("营业利润", "signed_money", field="operating_profit", required=False, example="7112000"),
        Column("净利润", "signed_money", field="net_profit", required=False, example="4610000"),
        Column("年初所有者权益", "signed_money", field="equity_begin", required=False, example="28500000"),
        Column("年末所有者权益", "signed_money", field="equity_end", required=False, example="30550000"),
        Column("经营活动现金流量净额", "signed_money", field="operating_cash_flow", required=False, example="6600000"),
    ),
)
ABNORMAL = RecordSchema(
    key="abnormal", name="异常名录", title="被列入信用信息异常企业名录的记录",
    columns=(
        Column("列入日期", "day", field="listed", example="2025-06-03"),
        Column("移出日期", "day", field="removed", required=False, hint="仍在名录中的留空", example="2025-07-15"),
        Column("原因", "text", field="reason", required=False, example="未按规定报送年报"),
        Column("说明", "text", field="note", required=False, example="从未被列入的只填一行，本列写“无”"),
    ),
    none_words=_NONE_WORDS,
    none_hint="若从未被列入，请只填一行：说明列写“无”",
)

SCHEMAS: dict[str, RecordSchema] = {s.key: s for s in (PENALTIES, DECLARATIONS, QUARTERLY, FINANCE, ABNORMAL)}


def template_text(schema: RecordSchema) -> str:
    """The template's content: the header row and the commented example row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(schema.header)
    w.writerow(schema.example)
    return buf.getvalue()


def is_comment(values) -> bool:
    """A row whose first filled cell starts with ``#`` (the templates' example rows)."""
    first = next((v for v in values if v is not None and str(v).strip()), None)
    return first is not None and str(first).strip().startswith(COMMENT)


def write_templates(records_dir: str | Path) -> list[Path]:
    """Write an empty template (header row and a commented example row, UTF-8 with BOM) for every record kind into
    ``records_dir`` (created if needed). A kind that already has a file there — ``.csv`` or
    ``.xlsx`` — is left alone: nothing is ever overwritten. Returns the files written."""
    d = Path(records_dir)
    d.mkdir(parents=True, exist_ok=True)
    written = []
    for schema in SCHEMAS.values():
        if any((d / f"{schema.name}{ext}").exists() for ext in (".csv", ".xlsx", ".CSV", ".XLSX")):
            continue
        path = d / schema.filename
        with path.open("x", encoding="utf-8-sig", newline="") as fh:  # "x": fail rather than overwrite
            fh.write(template_text(schema))
        written.append(path)
    return written
