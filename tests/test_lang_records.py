"""``--lang en`` on the problems found in the content of a bundle's ``records/`` files (tables.py,
records/rows.py): every kind of problem, each in a records/ file of a bundle built here, run through
the real ``check``. The English names the file, the row and the column and says why with no Chinese
but the names and values quoted from the files; the default stays Chinese, word for word, and
run.json keeps the Chinese."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidence_checker.cli import app

runner = CliRunner()
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SHOW = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01", "--workers", "0"]


def _xlsx(path: Path, rows) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)


def _bundle(root: Path) -> Path:
    """A bundle whose records/ files have every kind of problem the reader reports."""
    b = root / "b"
    r = b / "records"
    r.mkdir(parents=True)
    (b / "notes.txt").write_text("Visitors sign in at the gate.", encoding="utf-8")
    (r / "处罚记录.csv").write_text(
        "处罚日期,决定书编号,违法类别,处罚金额(元),说明,备注X\n"
        ",A1,海关监管,100,,\n"              # 2: required cell empty
        "2025-13-45,A2,海关监管,100,,\n"    # 3: no date
        "2025-03-01,A3,走私,100,,\n"        # 4: not a choice
        "2025-03-01,A4,海关监管,-5,,\n"     # 5: negative amount
        "2025-03-01,A5,海关监管,abc,,\n"    # 6: no amount
        "2025-03-01,A6,海关监管,100,,,多出\n"  # 7: a cell beyond the headers
        "2025-03-02,A6,海关监管,100,,\n",   # 8: the decision number again
        encoding="utf-8")
    _xlsx(r / "处罚记录.xlsx", [("处罚日期", "决定书编号", "违法类别", "处罚金额(元)"), ("2025-04-01", "B1", "海关监管", 50)])
    (r / "报关单统计.csv").write_text(
        "年月,月份,报关单及备案清单票数,滞纳税款报关单票数\n"
        ",2025-13,10,\n,2025-01,1.5,\n,2025-02,-3,\n,2025-03,10,20\n,2025-04,10,\n,2025-04,11,\n,2025-05,abc,\n",
        encoding="utf-8")
    (r / "报关单统计.tsv").write_bytes(b"\xff\xfe\xff\x80\x81")  # neither UTF-8 nor GBK
    (r / "季度指标.csv").write_text(
        "季度,指标,企业值(%),全国平均(%),指标名称\n2025Q5,查获比率,1,1,\n2025Q1,查获比率,1,1,\n2025Q1,查获比率,2,1,\n"
        "2025Q2,查获比率,abc,1,\n2025Q3,查获比率,-1,1,\n", encoding="utf-8")
    _xlsx(r / "季度指标.xlsx", [])
    (r / "财务数据.csv").write_text("年度,资产总额,资产总额,所有者权益\n25,1,1,\n2024,1,1,\n2024,2,2,\n2023,1.5.5,1,\n",
                                  encoding="utf-8")
    (r / "财务数据.txt").write_text("年度,审计意见\n2022,很好\n2021,无保留意见\n", encoding="utf-8")
    with zipfile.ZipFile(r / "财务数据.xlsx", "w") as z:  # a zip, but no workbook in it
        z.writestr("hello.txt", "x")
    (r / "异常名录.csv").write_text("列入日期,移出日期,原因\n2025-05-01,2025-01-01,x\n,,无\n2025-06-01,,y\n", encoding="utf-8")
    _xlsx(r / "异常名录.xlsx", [("移出日期", "原因"), ("2025-01-01", "x")])
    (r / "处罚记录.xls").write_bytes(b"old")
    (r / "其他.csv").write_text("a\n", encoding="utf-8")
    return b


P, D, Q, F, A = ("records/处罚记录.csv", "records/报关单统计.csv", "records/季度指标.csv", "records/财务数据.csv",
                 "records/异常名录.csv")
EXPECTED = [  # (English line, Chinese line) of each problem
    ("“records/其他.csv”: not a record file this tool knows; not used (the file names it reads: “处罚记录.csv”, "
     "“报关单统计.csv”, “季度指标.csv”, “财务数据.csv”, “异常名录.csv”, or the same names with .xlsx)",
     "records/其他.csv：未识别的记录文件，未使用（可用的文件名：处罚记录.csv、报关单统计.csv、季度指标.csv、财务数据.csv、"
     "异常名录.csv，或同名 .xlsx）"),
    ("“records/处罚记录.xls”: old-style .xls is not supported: save it as .xlsx or .csv; this file is not used",
     "records/处罚记录.xls：不支持旧版 .xls，请另存为 .xlsx 或 .csv；本文件未使用"),
    (f"“{P}”, row 1, column “备注X”: a column the template does not have; its contents are not used (the headers "
     "are: “处罚日期”, “决定书编号”, “违法类别”, “处罚金额(元)”, “说明”)",
     f"{P} 第1行“备注X”：未识别的列，该列内容未使用（应为：处罚日期、决定书编号、违法类别、处罚金额(元)、说明）"),
    (f"“{P}”, row 2, column “处罚日期”: a required cell is empty", f"{P} 第2行“处罚日期”：必填项为空"),
    (f"“{P}”, row 3, column “处罚日期”: “2025-13-45” is not a valid date (it should be YYYY-MM-DD)",
     f"{P} 第3行“处罚日期”：“2025-13-45”不是有效日期（应为 YYYY-MM-DD）"),
    (f"“{P}”, row 4, column “违法类别”: “走私” is not one of the values allowed (“海关监管|进出境动植物检疫|国境卫生检疫|"
     "进出口商品检验”)", f"{P} 第4行“违法类别”：“走私”不是可选值之一（海关监管|进出境动植物检疫|国境卫生检疫|进出口商品检验）"),
    (f"“{P}”, row 5, column “处罚金额(元)”: the amount “-5” is negative", f"{P} 第5行“处罚金额(元)”：金额“-5”为负数"),
    (f"“{P}”, row 6, column “处罚金额(元)”: “abc” is not an amount", f"{P} 第6行“处罚金额(元)”：“abc”不是金额"),
    (f"“{P}”, row 7: cells beyond the header's columns are not used: “多出”", f"{P} 第7行：表头之外多出的内容未使用：多出"),
    (f"“{P}”, row 8: the decision number “A6” again (first in “{P}”, row 7); this row is not used",
     f"{P} 第8行：决定书编号“A6”与 {P} 第7行重复，本行未使用"),
    (f"“records/处罚记录.xlsx”: the same kind of record as “{P}”: the rows of both files were combined; make sure "
     "none is there twice", f"records/处罚记录.xlsx：与 {P} 同为处罚记录，两个文件的行已合并，请确认没有重复"),
    (f"“{D}”, row 1, column “年月”: like “月份”, it is the column “月份”: “月份” is used, this column's contents are not",
     f"{D} 第1行“年月”：与“月份”同为“月份”列，使用“月份”列，该列内容未使用"),
    (f"“{D}”, row 2, column “月份”: “2025-13” is not a valid month (it should be YYYY-MM)",
     f"{D} 第2行“月份”：“2025-13”不是有效月份（应为 YYYY-MM）"),
    (f"“{D}”, row 3, column “报关单及备案清单票数”: “1.5” is not a whole number", f"{D} 第3行“报关单及备案清单票数”：“1.5”不是整数"),
    (f"“{D}”, row 4, column “报关单及备案清单票数”: “-3” is negative", f"{D} 第4行“报关单及备案清单票数”：“-3”为负数"),
    (f"“{D}”, row 8, column “报关单及备案清单票数”: “abc” is not a number of declarations or times",
     f"{D} 第8行“报关单及备案清单票数”：“abc”不是票数/次数"),
    (f"“{D}”, row 5, column “滞纳税款报关单票数”: more late-tax declarations (20) than declarations and filing lists "
     "(10); this row is not used", f"{D} 第5行“滞纳税款报关单票数”：滞纳税款报关单票数（20）多于报关单及备案清单票数（10），本行未使用"),
    (f"“{D}”, row 7: the month 2025-04 again (first in “{D}”, row 6); this row is not used",
     f"{D} 第7行：月份 2025-04 与 {D} 第6行重复，本行未使用"),
    ("“records/报关单统计.tsv”: the file's text encoding is not recognised (it should be UTF-8 or GBK)",
     "records/报关单统计.tsv：无法识别文件编码（应为 UTF-8 或 GBK）"),
    (f"“{Q}”, row 1, column “指标名称”: like “指标”, it is the column “指标”; only the first of them is used",
     f"{Q} 第1行“指标名称”：与“指标”同为“指标”列，只使用第一列"),
    (f"“{Q}”, row 2, column “季度”: “2025Q5” is not a valid quarter (it should be YYYYQn, e.g. 2025Q3)",
     f"{Q} 第2行“季度”：“2025Q5”不是有效季度（应为 YYYYQn，如 2025Q3）"),
    (f"“{Q}”, row 5, column “企业值(%)”: “abc” is not a percentage", f"{Q} 第5行“企业值(%)”：“abc”不是百分数"),
    (f"“{Q}”, row 6, column “企业值(%)”: “-1” is negative", f"{Q} 第6行“企业值(%)”：“-1”为负数"),
    (f"“{Q}”, row 4: the quarter 2025Q1 and indicator “查获比率” again (first in “{Q}”, row 3); this row is not used",
     f"{Q} 第4行：2025Q1 查获比率 与 {Q} 第3行重复，本行未使用"),
    ("“records/季度指标.xlsx”: the file is empty (no header row)", "records/季度指标.xlsx：文件为空（缺少表头行）"),
    (f"“{F}”, row 1, column “资产总额”: the header is there twice; only the first of those columns is used",
     f"{F} 第1行“资产总额”：列名重复，只使用第一列"),
    (f"“{F}”, row 1, column “所有者权益”: the header could name any of the columns “年初所有者权益”, “年末所有者权益”; "
     "its contents are not used (use one of those headers)",
     f"{F} 第1行“所有者权益”：列名可指年初所有者权益、年末所有者权益中的任一列，无法确定，该列内容未使用（请改用其中一个列名）"),
    (f"“{F}”, row 2, column “年度”: “25” is not a valid year (it should be four digits, e.g. 2025)",
     f"{F} 第2行“年度”：“25”不是有效年度（应为四位年份，如 2025）"),
    (f"“{F}”, row 5, column “资产总额”: “1.5.5” is not an amount", f"{F} 第5行“资产总额”：“1.5.5”不是金额"),
    (f"“{F}”, row 4: the year 2024 again (first in “{F}”, row 3); this row is not used",
     f"{F} 第4行：年度 2024 与 {F} 第3行重复，本行未使用"),
    ("“records/财务数据.txt”, row 2, column “审计意见”: “很好” is not one of the values allowed "
     "(“无保留意见|保留意见|否定意见|无法表示意见|无审计报告”)",
     "records/财务数据.txt 第2行“审计意见”：“很好”不是可选值之一（无保留意见|保留意见|否定意见|无法表示意见|无审计报告）"),
    (f"“records/财务数据.txt”: the same kind of record as “{F}”: the rows of both files were combined; make sure "
     "none is there twice", f"records/财务数据.txt：与 {F} 同为财务数据，两个文件的行已合并，请确认没有重复"),
    ("“records/财务数据.xlsx”: the file cannot be read: KeyError: \"There is no item named '[Content_Types].xml' in "
     "the archive\"", "records/财务数据.xlsx：无法读取文件：KeyError: \"There is no item named '[Content_Types].xml' "
     "in the archive\""),
    (f"“{A}”: both a “无” (none) row and records are filled in; the records count",
     f"{A}：既填写了“无”又填写了记录；按记录计算"),
    (f"“{A}”, row 2, column “移出日期”: the removal date is earlier than the listing date; this row is not used",
     f"{A} 第2行“移出日期”：移出日期早于列入日期，本行未使用"),
    ("“records/异常名录.xlsx”, row 1, column “列入日期”: the required column “列入日期” is missing; this file is not "
     "used", "records/异常名录.xlsx 第1行“列入日期”：缺少必填列“列入日期”，本文件未使用"),
]


def _lines(output: str) -> list[str]:
    """The record problems ``check --lang en`` prints, each after the label ``records`` (rich wraps a
    long line)."""
    flat = " ".join(output.split())
    flat = flat[:flat.index(" Rating sources: ")]
    return [s.strip() for s in re.split(r" records (?=“records/)", flat)[1:]]


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The bundle checked in English and in Chinese: (English lines, Chinese output, the run folders)."""
    root = tmp_path_factory.mktemp("lang_records")
    bundle = _bundle(root)
    en = runner.invoke(app, ["check", str(bundle), *SHOW, "--out", str(root / "en"), "--lang", "en"])
    assert en.exit_code in (0, 1, 3), en.output
    zh = runner.invoke(app, ["check", str(bundle), *SHOW, "--out", str(root / "zh")])
    assert zh.exit_code in (0, 1, 3), zh.output
    return _lines(en.output), zh.output, root, bundle


@pytest.mark.parametrize("english,chinese", EXPECTED, ids=[f"{n:02d}" for n in range(len(EXPECTED))])
def test_check_says_each_record_problem_in_english_and_chinese(checked, english, chinese):
    en_lines, zh_output, _, _ = checked
    assert english in en_lines, "\n".join(en_lines)
    assert not CJK.search(re.sub(r"“[^”]*”", "", english)), english  # only the quoted names and values
    assert f"记录有误 {chinese}" in " ".join(zh_output.split()), zh_output


def test_every_record_problem_is_in_english(checked):
    en_lines, _, _, _ = checked
    assert sorted(en_lines) == sorted(e for e, _ in EXPECTED)


def test_run_json_keeps_the_chinese_and_a_rerun_stays_english(checked):
    _, _, root, bundle = checked
    for folder in ("en", "zh"):
        kept = json.loads((root / folder / "run.json").read_text(encoding="utf-8"))["record_problems"]
        assert sorted(kept) == sorted(c for _, c in EXPECTED)
    again = runner.invoke(app, ["check", str(bundle), *SHOW, "--out", str(root / "en"), "--lang", "en"])
    assert sorted(_lines(again.output)) == sorted(e for e, _ in EXPECTED)
