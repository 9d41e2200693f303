"""The records/ schemas as data (models/records.yaml): the loader's checks, headers read by the
spellings enterprises' own systems write (aliases), the note that says so, and templates that stay
byte-for-byte what ``init`` wrote before the schemas moved out of Python."""

from __future__ import annotations

import csv
import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from docx import Document
from openpyxl import Workbook
from typer.testing import CliRunner

from evidence_checker.data import models_root
from evidence_checker.messages import text
from evidence_checker.record_templates import (RECORDS_FILE, SCHEMAS, RecordSchemaError, load_schemas, norm_header,
                                               write_templates)
from evidence_checker.records import read_records
from evidence_checker.tables import read_record_file

GOLDEN = Path(__file__).with_name("record_templates")  # the templates as init wrote them from the Python schemas

# One real row per kind, and the same file as an enterprise's system exports it: other header
# spellings (full-width brackets, spaces, units left out), columns in another order.
CANONICAL = {
    "处罚记录": (["处罚日期", "决定书编号", "违法类别", "处罚金额(元)", "说明"],
             [["2026-03-18", "某关缉违字〔2026〕12号", "海关监管", "45000", "申报不实"],
              ["2025-12-02", "某关缉违字〔2025〕9号", "进出口商品检验", "3000", ""]]),
    "报关单统计": (["月份", "报关单及备案清单票数", "滞纳税款报关单票数", "舱单票数"],
              [["2025-01", "215", "1", ""], ["2025-02", "198", "0", "12"]]),
    "季度指标": (["季度", "指标", "企业值(%)", "全国平均(%)"],
             [["2025Q3", "查获比率", "0.55", "1.11"], ["2025Q3", "报关差错率", "0.2", "0.9"]]),
    "财务数据": (["年度", "审计意见", "资产总额", "负债总额", "流动资产", "存货", "流动负债", "营业收入", "营业利润",
              "净利润", "年初所有者权益", "年末所有者权益", "经营活动现金流量净额"],
             [["2025", "无保留意见", "52000000", "21450000", "30100000", "8200000", "18240000", "78200000",
               "7112000", "-4610000", "28500000", "30550000", "6600000"]]),
    "异常名录": (["列入日期", "移出日期", "原因", "说明"], [["2025-06-03", "2025-07-15", "未按规定报送年报", ""]]),
}
ALIASED = {  # canonical header → the header written instead
    "处罚记录": {"处罚日期": "处罚时间", "决定书编号": "案号", "违法类别": "违法类型", "处罚金额(元)": "罚款金额（元）",
             "说明": "备注"},
    "报关单统计": {"月份": "年月", "报关单及备案清单票数": "申报票数", "滞纳税款报关单票数": "滞纳税款报关单数",
              "舱单票数": "舱单数"},
    "季度指标": {"季度": "期间", "指标": "指标名称", "企业值(%)": "本企业（％）", "全国平均(%)": "全国平均值"},
    "财务数据": {"年度": "年份", "审计意见": "审计报告意见", "资产总额": "资产总计", "负债总额": "负债合计",
             "流动资产": "流动资产合计", "流动负债": "流动负债合计", "年初所有者权益": "期初所有者权益",
             "年末所有者权益": "期末 所有者权益", "经营活动现金流量净额": "经营活动产生的现金流量净额"},
    "异常名录": {"列入日期": "列入时间", "移出日期": "移出时间", "原因": "列入原因", "说明": "备注"},
}


def _write(d: Path, stem: str, header: list[str], rows: list[list], fmt: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        p = d / f"{stem}.csv"
        with p.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([header, *rows])
        return p
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    p = d / f"{stem}.xlsx"
    wb.save(p)
    return p


def _rows(rec, key: str) -> list[dict]:
    """The rows of a kind without where they came from (file, row)."""
    return [{k: v for k, v in dataclasses.asdict(r).items() if k not in ("file", "row")} for r in rec.rows(key)]


def _aliased_file(stem: str, order=reversed) -> tuple[list[str], list[list]]:
    header, rows = CANONICAL[stem]
    idx = list(order(range(len(header))))
    return [ALIASED[stem].get(header[i], header[i]) for i in idx], [[r[i] for i in idx] for r in rows]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_aliased_headers_read_the_same_values_as_the_template_headers(tmp_path, fmt):
    for stem, (header, rows) in CANONICAL.items():
        _write(tmp_path / "canon" / "records", stem, header, rows, fmt)
        _write(tmp_path / "alias" / "records", stem, *_aliased_file(stem), fmt)
    canon = read_records(tmp_path / "canon" / "records")
    alias = read_records(tmp_path / "alias" / "records")
    assert not [p for p in canon.problems], canon.problems
    for key in SCHEMAS:
        assert alias.status(key) == "rows", (key, alias.problems)
        assert _rows(alias, key) == _rows(canon, key) != []
    # no problem but one note per file, naming every header read by another name
    assert not [p for p in alias.problems if not p.note]
    notes = {p.file: p for p in alias.problems}
    assert sorted(notes) == sorted(f"records/{s}.{fmt}" for s in CANONICAL) and len(alias.problems) == 5
    pen = notes[f"records/处罚记录.{fmt}"]
    assert pen.row is None and pen.column is None
    assert "“罚款金额（元）”读作“处罚金额(元)”" in pen.message and "“案号”读作“决定书编号”" in pen.message
    fin = str(notes[f"records/财务数据.{fmt}"].message)
    assert "存货" not in fin and "“期末 所有者权益”读作“年末所有者权益”" in fin  # only the headers read by alias


def test_the_note_is_chinese_by_default_and_english_on_request(tmp_path):
    d = tmp_path / "records"
    _write(d, "处罚记录", ["日期", "违法类别", "金额"], [["2026-03-18", "海关监管", "45000"]], "csv")
    rec = read_records(d)
    (p,) = rec.problems
    assert p.note and rec.penalties[0].amount == 45000
    line = p.line()
    assert str(line) == str(p) == ("records/处罚记录.csv：以下列名按别名读取（models/records.yaml），请核对："
                                   "“日期”读作“处罚日期”、“金额”读作“处罚金额(元)”")
    assert text(line, "en") == ("“records/处罚记录.csv”: headers read by another name (models/records.yaml), "
                                "please check: “日期” as “处罚日期”, “金额” as “处罚金额(元)”")
    assert p.to_json()["note"] is True and "note" not in dataclasses.replace(p, note=False).to_json()


def test_template_headers_in_other_widths_and_spacing_are_no_alias(tmp_path):
    d = tmp_path / "records"
    _write(d, "季度指标", ["季 度", "指标", "企业值（％）", "全国平均"], [["2025Q3", "查获比率", "0.5", "1.1"]], "xlsx")
    rec = read_records(d)
    assert rec.problems == [] and rec.quarterly[0].value == Decimal("0.5")
    assert norm_header("企业值 【％】") == norm_header("企业值(%)") == "企业值(%)"


def test_a_header_that_names_two_columns_is_refused_with_both_named(tmp_path):
    path = _write(tmp_path, "财务数据", ["年度", "所有者权益", "资产总额"], [["2025", "1000", "5000"]], "csv")
    rows, problems, _, _ = read_record_file(path, SCHEMAS["finance"], label="records/财务数据.csv")
    (p,) = problems
    assert p.row == 1 and p.column == "所有者权益" and not p.note
    assert "年初所有者权益、年末所有者权益中的任一列" in p.message and "无法确定" in p.message
    (_, row), = rows
    assert row["年初所有者权益"] is None and row["年末所有者权益"] is None and row["资产总额"] == 5000


def test_the_template_header_wins_over_an_alias_of_the_same_column(tmp_path):
    path = _write(tmp_path, "处罚记录", ["日期", "处罚日期", "违法类别", "处罚金额(元)"],
                  [["2020-01-01", "2026-03-18", "海关监管", "100"]], "csv")
    rows, problems, _, _ = read_record_file(path, SCHEMAS["penalties"], label="处罚记录.csv")
    (_, row), = rows
    assert str(row["处罚日期"]) == "2026-03-18"
    (p,) = problems
    assert p.column == "日期" and "同为“处罚日期”列" in p.message and not p.note


def test_an_unknown_header_keeps_its_message_and_a_missing_column_refuses_the_file(tmp_path):
    path = _write(tmp_path, "处罚记录", ["处罚日期", "违法类别", "罚金"], [["2026-03-18", "海关监管", "100"]], "csv")
    rows, problems, _, _ = read_record_file(path, SCHEMAS["penalties"], label="处罚记录.csv")
    assert rows == []
    assert [str(p) for p in problems] == [
        "处罚记录.csv 第1行“罚金”：未识别的列，该列内容未使用（应为：处罚日期、决定书编号、违法类别、处罚金额(元)、说明）",
        "处罚记录.csv 第1行“处罚金额(元)”：缺少必填列“处罚金额(元)”，本文件未使用"]


def test_templates_are_byte_for_byte_those_written_before_the_move(tmp_path):
    written = write_templates(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in GOLDEN.iterdir())
    for p in written:
        assert p.read_bytes() == (GOLDEN / p.name).read_bytes(), p.name


def _bad(tmp_path: Path, edit) -> str:
    data = yaml.safe_load((models_root() / RECORDS_FILE).read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / RECORDS_FILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(RecordSchemaError) as e:
        load_schemas(path)
    return str(e.value)


def _col(data, key, name):
    return next(c for c in data[key]["columns"] if c["name"] == name)


@pytest.mark.parametrize("edit, words", [
    (lambda d: _col(d, "penalties", "处罚金额(元)").update(kind="mony"),
     ["records.yaml", "penalties", "处罚金额(元)", "kind", "mony"]),
    (lambda d: _col(d, "penalties", "处罚日期").update(field="when"),
     ["records.yaml", "penalties", "处罚日期", "field", "when", "date"]),
    (lambda d: _col(d, "penalties", "处罚日期").update(required=False),
     ["records.yaml", "penalties", "处罚日期", "required"]),
    (lambda d: _col(d, "finance", "存货").update(aliases=["资产总计"]),
     ["records.yaml", "finance", "存货", "aliases", "资产总计", "资产总额"]),
    (lambda d: _col(d, "quarterly", "指标").pop("choices"), ["records.yaml", "quarterly", "指标", "choices"]),
    (lambda d: _col(d, "abnormal", "原因").update(kind="choice", choices=["a"]),
     ["records.yaml", "abnormal", "原因", "kind", "reason"]),
    (lambda d: _col(d, "declarations", "月份").update(colour="red"), ["records.yaml", "declarations", "colour"]),
    (lambda d: d.pop("finance"), ["records.yaml", "finance"]),
    (lambda d: d["quarterly"].update(name="处罚记录"), ["records.yaml", "quarterly", "name", "处罚记录"]),
    (lambda d: d["penalties"]["columns"].pop(3), ["records.yaml", "penalties", "amount"]),
    (lambda d: _col(d, "quarterly", "指标").update(choice_aliases={"查获率": ["查获比例"]}),
     ["records.yaml", "quarterly", "指标", "choice_aliases", "查获率"]),
    (lambda d: d["quarterly"]["wide"].update(value="本企业值"), ["records.yaml", "quarterly", "wide", "本企业值"]),
])
def test_the_loader_refuses_a_bad_schema_naming_file_kind_and_field(tmp_path, edit, words):
    msg = _bad(tmp_path, edit)
    assert all(w in msg for w in words), msg


def test_the_shipped_schemas_load_and_name_each_alias_once():
    schemas = load_schemas()
    assert schemas == SCHEMAS
    for s in schemas.values():
        seen = [norm_header(h) for c in s.columns for h in (c.name, *c.aliases)]
        assert len(seen) == len(set(seen)), s.key


def test_check_reads_an_exported_xlsx_by_its_aliases_and_says_so_in_english(tmp_path):
    from evidence_checker.cli import app
    from evidence_checker.results import load_results

    root = tmp_path / "材料"
    root.mkdir()
    doc = Document()
    doc.add_paragraph("海关法律法规培训管理办法：关务部每年组织海关法律法规内部培训不少于两次。")
    doc.save(root / "培训管理办法.docx")
    runner = CliRunner()
    assert runner.invoke(app, ["init", str(root), "--as-of", "2026-11-01"]).exit_code == 0
    (root / "records" / "处罚记录.csv").unlink()
    _write(root / "records", "处罚记录", ["处罚时间", "文书编号", "违法类型", "罚款金额(元)"],
           [["2026-04-10", "北关缉违字〔2026〕12号", "海关监管", 45000]], "xlsx")
    out = tmp_path / "out"
    res = runner.invoke(app, ["check", str(root), "--out", str(out), "--lang", "en"])
    assert res.exit_code in (0, 1), res.output
    shown = "".join(res.output.split())  # the console wraps lines
    assert "recordsnote" in shown and "headersreadbyanothername" in shown, res.output
    assert "“罚款金额(元)”as“处罚金额(元)”" in shown and "读作" not in shown
    results = load_results(out)
    p = results.proposals["importer.7.1"]  # 1年内无因违反海关监管规定被处罚金额超过3万元的行为: decided from the data
    assert p.rating == "non_compliant", p.reasons
    assert any("按别名读取" in m for m in json.loads((out / "run.json").read_text(encoding="utf-8"))["record_problems"])


def test_an_amount_in_another_unit_is_not_read_as_yuan(tmp_path):
    """处罚金额(万元) left the bracket out and was read as 处罚金额(元): 4.5 万元 as 4.5 元. A header naming a
    different unit matches no column, and the file is refused with the columns it expects; the same
    header without a unit, or with the template's unit in other brackets, is read."""
    path = _write(tmp_path / "a", "处罚记录", ["处罚日期", "违法类别", "处罚金额(万元)"],
                  [["2026-03-18", "海关监管", "4.5"]], "csv")
    rows, problems, _, _ = read_record_file(path, SCHEMAS["penalties"], label="处罚记录.csv")
    assert rows == []
    assert any("处罚金额(万元)" in str(p) and "未识别的列" in str(p) for p in problems), [str(p) for p in problems]
    for header in ("处罚金额【元】", "处罚金额"):
        path = _write(tmp_path / header, "处罚记录", ["处罚日期", "违法类别", header],
                      [["2026-03-18", "海关监管", "45000"]], "csv")
        rows, problems, _, _ = read_record_file(path, SCHEMAS["penalties"], label="处罚记录.csv")
        assert len(rows) == 1, (header, [str(p) for p in problems])
