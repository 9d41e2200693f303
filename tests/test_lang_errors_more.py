"""``--lang en`` on more of what goes wrong, each run through the real command on a real bad input built
here: the problems of a ratings file (score), record files and workbooks beyond a reading budget and a
limits file naming an unknown budget (check, score, review import), a folder that is no run (report),
a batch's sources and bundles (batch), and a run that turns bad while the review page shows it. The
English names the file, row, key or field and has no Chinese in what it says; the default stays
Chinese, word for word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rich.progress
from typer.testing import CliRunner

from evidence_checker.cli import app

runner = CliRunner()
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SHOW = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01"]


def _flat(output: str) -> str:
    """The output on one line (rich wraps a long line at 140 columns)."""
    return " ".join(output.split())


def _error(output: str) -> str:
    text = _flat(output)
    start = max(text.find("Error: "), text.find("错误："))
    assert start >= 0, output
    return text[start:]


def _problems(output: str) -> list[str]:
    """The problems ``score`` lists under its header line, one per ``  - `` line."""
    lines: list[str] = []
    for line in output.splitlines():
        if line.startswith("  - "):
            lines.append(line[4:])
        elif lines and line.strip():  # a long problem wrapped by rich
            lines[-1] += " " + line
    return [" ".join(line.split()) for line in lines]


@pytest.fixture()
def tiny_limits(tmp_path, monkeypatch):
    """Reading budgets small enough for a test file to exceed (``$EVIDENCE_CHECKER_LIMITS``)."""

    def use(**budgets) -> Path:
        path = tmp_path / f"limits-{len(list(tmp_path.glob('limits-*')))}.yaml"
        path.write_text("reader:\n" + "".join(f"  {k}: {v}\n" for k, v in budgets.items()), encoding="utf-8")
        monkeypatch.setenv("EVIDENCE_CHECKER_LIMITS", str(path))
        return path

    return use


def _xlsx(path: Path, rows, title: str = "Ratings") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# 1. score: every problem of a bad ratings file

RATINGS = [  # (file, its text, extra options, [(English, Chinese) of each problem in order])
    ("dup.yaml", "level: advanced\nbusiness_type: importer\nfoo: 1\nratings:\n  common.1.1: compliant\n"
                 "  common.1.1: non_compliant\n", [],
     [("dup.yaml, line 6: ID common.1.1 is given more than once", "dup.yaml 第6行：编号 common.1.1 重复"),
      ("dup.yaml, key foo: unknown key", "dup.yaml 键 foo：未知的键")]),
    ("bad.yaml", "level: advanced\nbusiness_type: importer\ndefault: maybe\nratings:\n  common.99: compliant\n"
                 "  common.14: basically_compliant\n  common.1.2: x\n  common.1: compliant\n  common.1.1: non_compliant\n"
                 "branches:\n  - name: Shanghai\n    ratings: {common.99: compliant}\n", [],
     [("bad.yaml, key default: unrecognised rating 'maybe'", "bad.yaml 键 default：无法识别的评分 'maybe'"),
      ("bad.yaml, key ratings.common.99: unknown ID common.99 (no such item or sub-item in advanced/importer)",
       "bad.yaml 键 ratings.common.99：未知的编号 common.99（advanced/importer 中没有此标准项或分项）"),
      ("bad.yaml, key ratings.common.14: common.14 is in the category Legal compliance: it cannot be rated "
       "basically compliant (options: compliant, non-compliant, not applicable)",
       "bad.yaml 键 ratings.common.14：common.14 属于守法规范类，不能评为基本达标（可选：达标、不达标、不适用）"),
      ("bad.yaml, key ratings.common.1.2: unrecognised rating 'x' (accepted: compliant/basically_compliant/"
       "non_compliant/not_applicable, 0/-1/-2/na, or the edition's Chinese rating names)",
       "bad.yaml 键 ratings.common.1.2：无法识别的评分 'x'（可用：达标/基本达标/不达标/不适用、0/-1/-2/na、compliant …）"),
      ("bad.yaml, key ratings.common.1: common.1 is rated compliant as a whole, but its sub-items add up to "
       "non-compliant", "bad.yaml 键 ratings.common.1：common.1 整项评为达标，但其分项评分汇总为不达标，二者不一致"),
      ("bad.yaml, branch Shanghai, key branches[0].ratings.common.99: unknown ID common.99 (no such item or "
       "sub-item in advanced/importer)",
       "bad.yaml 分支机构Shanghai 键 branches[0].ratings.common.99：未知的编号 common.99（advanced/importer "
       "中没有此标准项或分项）")]),
    ("single.yaml", "level: advanced\nbusiness_type: importer\nratings:\n  common.18: compliant\n", [],
     [("single.yaml, key ratings.common.18: common.18 (", "single.yaml 键 ratings.common.18：common.18 ")]),
    ("rows.csv", "id,rating,level\ncommon.1.1,compliant,advanced\n,compliant,\ncommon.1.2,compliant,general\n", [],
     [("rows.csv, row 3: the ID (id) is empty", "rows.csv 第3行：编号（id）为空"),
      ("rows.csv, row 4: level is general, unlike the advanced above", "rows.csv 第4行：level 为 general，与前面的 advanced 不一致")]),
    ("cols.csv", "id,score\ncommon.1.1,compliant\n", [],
     [("cols.csv, row 1: column rating is missing (the header must hold id and rating, optionally note)",
       "cols.csv 第1行：缺少列 rating（表头须含 id、rating，可选 note）")]),
    ("which.yaml", "level: superior\nbusiness_type: trader\nas_of: '2026-13-01'\nratings: {}\n", [],
     [("which.yaml, level: 'superior' is not a valid value (options: advanced, general)",
       "which.yaml level：'superior' 不是有效值（可选：advanced、general）"),
      ("which.yaml, business_type: 'trader' is not a valid value (options: importer, broker, ftsp)",
       "which.yaml business_type：'trader' 不是有效值（可选：importer、broker、ftsp）"),
      ("which.yaml, level: no level given (level in the file, or --level advanced|general)",
       "which.yaml level：未指定认证类型（文件中的 level 或 --level advanced|general）"),
      ("which.yaml, business_type: no business type given (business_type in the file, or --type "
       "importer|broker|ftsp)", "which.yaml business_type：未指定经营类别（文件中的 business_type 或 --type "
                                "importer|broker|ftsp）"),
      ("which.yaml, as_of: the assessment date '2026-13-01' is not a YYYY-MM-DD date",
       "which.yaml as_of：评估基准日 '2026-13-01' 不是 YYYY-MM-DD 格式的日期")]),
    ("date.yaml", "level: advanced\nbusiness_type: importer\nas_of: 2026-13-01\nratings: {}\n", [],  # unquoted
     [("date.yaml: holds an invalid date (month must be in 1..12); dates must be valid YYYY-MM-DD dates",
       "date.yaml：含无效的日期（month must be in 1..12），日期应为有效的 YYYY-MM-DD")]),
    ("cli.yaml", "level: advanced\nbusiness_type: importer\nratings: {}\n", ["--level", "general", "--type", "broker"],
     [("cli.yaml, level: the file says advanced, which differs from the command line's --level general",
       "cli.yaml level：文件为 advanced，与命令行 --level general 不一致"),
      ("cli.yaml, business_type: the file says importer, which differs from the command line's --type broker",
       "cli.yaml business_type：文件为 importer，与命令行 --type broker 不一致")]),
    ("list.yaml", "- level\n", [],
     [("list.yaml: the top level must be a mapping (edition, level, business_type, ratings …)",
       "list.yaml：顶层应为映射（edition、level、business_type、ratings …）")]),
    ("notes.txt", "x", [],
     [("notes.txt: file type .txt not supported (YAML, CSV or XLSX)", "notes.txt：不支持的文件类型 .txt（支持 YAML、CSV、XLSX）")]),
    ("set.yaml", "level: advanced\nbusiness_type: importer\nratings: {}\n", ["--set", "common.77=compliant"],
     [("set.yaml, --set common.77: unknown ID common.77", "set.yaml --set common.77：未知的编号 common.77")]),
]


@pytest.mark.parametrize("name, text, extra, expected", RATINGS, ids=[r[0] for r in RATINGS])
def test_score_lists_a_ratings_files_problems_in_english_and_chinese(tmp_path, name, text, extra, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    en = runner.invoke(app, ["score", str(path), *extra, "--lang", "en"])
    assert en.exit_code == 2, en.output
    assert f"The ratings file has {len(expected)} error(s); nothing was scored:" in en.output, en.output
    problems = _problems(en.output)
    assert len(problems) == len(expected), en.output
    for line, (english, _) in zip(problems, expected):
        assert line.startswith(english), line
        assert not CJK.search(line), line  # the file, the row, the key, the field and what is wrong: English
    zh = runner.invoke(app, ["score", str(path), *extra])
    assert zh.exit_code == 2 and f"评分文件有 {len(expected)} 处错误，未计分：" in zh.output
    for line, (_, chinese) in zip(_problems(zh.output), expected):
        assert line.startswith(chinese), line


def test_a_ratings_workbook_names_its_sheet_and_row(tmp_path):
    path = _xlsx(tmp_path / "r.xlsx", [("id", "rating"), ("common.1.1", "compliant"), (None, "compliant")])
    en = runner.invoke(app, ["score", str(path), *SHOW[:4], "--lang", "en"])
    assert en.exit_code == 2
    assert _problems(en.output) == ["r.xlsx, sheet Ratings, row 3: the ID (id) is empty"], en.output
    zh = runner.invoke(app, ["score", str(path), *SHOW[:4]])
    assert _problems(zh.output) == ["r.xlsx 工作表Ratings 第3行：编号（id）为空"], zh.output


def test_missing_ratings_file_in_english(tmp_path):
    en = runner.invoke(app, ["score", str(tmp_path / "nope.yaml"), "--lang", "en"])
    assert en.exit_code == 2 and _problems(en.output) == ["nope.yaml: no such file"], en.output
    zh = runner.invoke(app, ["score", str(tmp_path / "nope.yaml")])
    assert _problems(zh.output) == ["nope.yaml：文件不存在"]


# ---------------------------------------------------------------------------------------------
# 2. files beyond a reading budget: ratings and review workbooks, record files; a bad limits file

def test_score_refuses_a_ratings_workbook_over_the_cells_budget(tmp_path, tiny_limits):
    path = _xlsx(tmp_path / "r.xlsx", [("id", "rating"), ("common.1.1", "compliant"), ("common.1.2", "compliant")])
    tiny_limits(max_cells_per_sheet=4)
    en = runner.invoke(app, ["score", str(path), "--lang", "en"])
    assert en.exit_code == 2
    assert _problems(en.output) == ["r.xlsx: the sheet has more than 4 cells; not read"], en.output
    zh = runner.invoke(app, ["score", str(path)])
    assert _problems(zh.output) == ["r.xlsx：工作表超过 4 个单元格，未读取"], zh.output


def test_score_refuses_a_ratings_workbook_with_a_part_too_large(tmp_path, tiny_limits):
    path = _xlsx(tmp_path / "r.xlsx", [("id", "rating")] + [(f"x{i}" * 20, f"y{i}" * 20) for i in range(1500)])
    tiny_limits(max_xml_part_bytes=60000)
    en = runner.invoke(app, ["score", str(path), "--lang", "en"])
    assert en.exit_code == 2
    [line] = _problems(en.output)
    assert re.fullmatch(r"r\.xlsx: the part xl/\S+\.xml inside the file is too large unpacked \(\d+ MB, limit 0 MB\); "
                        r"not read", line), line
    zh = runner.invoke(app, ["score", str(path)])
    [line] = _problems(zh.output)
    assert re.fullmatch(r"r\.xlsx：文件内部件 xl/\S+\.xml 解压后过大（\d+ MB，上限 0 MB），未读取", line), line


def test_check_names_the_record_files_it_did_not_read_in_english(tmp_path, tiny_limits):
    bundle = tmp_path / "b"
    (bundle / "records").mkdir(parents=True)
    (bundle / "notes.txt").write_text("Visitors sign in at the gate.", encoding="utf-8")
    (tmp_path / "outside.csv").write_text("a,b\n", encoding="utf-8")
    (bundle / "records" / "处罚记录.csv").symlink_to(tmp_path / "outside.csv")
    (bundle / "records" / "报关单统计.csv").write_text("x" * 12000, encoding="utf-8")
    _xlsx(bundle / "records" / "季度指标.xlsx", [("a", "b", "c")] * 3, title="Sheet")
    tiny_limits(max_cells_per_sheet=4, max_record_bytes=10000)
    expected = {  # the record file (its name is Chinese), and what the check says about it
        "records/处罚记录.csv": ("a symbolic link, not read (a record file must be a regular file inside the "
                                "bundle folder)", "是符号链接，未读取（记录文件须是材料文件夹内的普通文件）"),
        "records/报关单统计.csv": ("file too large (0 MB, limit 0 MB); not read", "文件过大（0 MB，上限 0 MB），未读取"),
        "records/季度指标.xlsx": ("the sheet's range is too large (3 rows × 3 columns, limit 4 cells); not read",
                               "工作表范围过大（3 行 × 3 列，上限 4 个单元格），未读取"),
    }
    en = runner.invoke(app, ["check", str(bundle), *SHOW, "--workers", "0", "--out", str(tmp_path / "en"),
                             "--lang", "en"])
    assert en.exit_code in (0, 1, 3), en.output
    for file, (english, _) in expected.items():
        line = next((ln.strip() for ln in en.output.splitlines() if ln.strip().startswith(f"records “{file}”")), None)
        assert line == f"records “{file}”: {english}", en.output
        assert not CJK.search(line.replace(file, "")), line
    zh = runner.invoke(app, ["check", str(bundle), *SHOW, "--workers", "0", "--out", str(tmp_path / "zh")])
    for file, (_, chinese) in expected.items():
        assert f"记录有误 {file}：{chinese}" in zh.output, zh.output


def test_review_import_refuses_a_workbook_over_the_cells_budget(tmp_path, tiny_limits):
    from evidence_checker.review.cli import review_app
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    assert runner.invoke(review_app, ["export", str(out)]).exit_code == 0
    tiny_limits(max_cells_per_sheet=4)
    en = runner.invoke(review_app, ["import", str(out), str(out / "review.xlsx"), "--lang", "en"])
    assert en.exit_code == 2, en.output
    [line] = _problems(en.output)
    assert re.fullmatch(r"review\.xlsx: the sheet's range is too large \(\d+ rows × \d+ columns, limit 4 cells\); "
                        r"not read", line), line
    zh = runner.invoke(review_app, ["import", str(out), str(out / "review.xlsx")])
    [line] = _problems(zh.output)
    assert re.fullmatch(r"review\.xlsx：工作表范围过大（\d+ 行 × \d+ 列，上限 4 个单元格），未读取", line), line


def _as_the_console_script(args: list[str], capsys) -> tuple[int, str]:
    """Run the command line as ``evidence-checker`` does (its last guard included): exit code, stderr."""
    from evidence_checker.cli import guarded

    with pytest.raises(SystemExit) as exited:
        guarded(lambda: app(args, standalone_mode=False))
    return exited.value.code, _flat(capsys.readouterr().err)


def test_a_limits_file_naming_an_unknown_budget(tmp_path, monkeypatch, capsys):
    limits = tmp_path / "limits.yaml"
    limits.write_text("reader:\n  max_cellz: 4\n", encoding="utf-8")
    monkeypatch.setenv("EVIDENCE_CHECKER_LIMITS", str(limits))
    path = _xlsx(tmp_path / "r.xlsx", [("id", "rating"), ("common.1.1", "compliant")])
    code, err = _as_the_console_script(["score", str(path), *SHOW[:4], "--lang", "en"], capsys)
    assert code == 2 and err == f"Error: {limits}: unknown budget item(s) max_cellz", err
    code, err = _as_the_console_script(["score", str(path), *SHOW[:4]], capsys)
    assert code == 2 and err == f"错误：{limits}：未知的预算项 max_cellz", err


# ---------------------------------------------------------------------------------------------
# 3. report: a folder that is no run, and the summary line

def test_report_on_a_folder_that_is_no_run(tmp_path):
    missing, empty = tmp_path / "nowhere", tmp_path / "empty"
    empty.mkdir()
    en = runner.invoke(app, ["report", str(missing), "--lang", "en"])
    assert en.exit_code == 2 and _error(en.output) == f"Error: results folder not found: {missing}", en.output
    en = runner.invoke(app, ["report", str(empty), "--lang", "en"])
    assert en.exit_code == 2
    assert _error(en.output) == (f"Error: {empty}: no run.json or proposals.json, so the level and business type "
                                 "are unknown"), en.output
    zh = runner.invoke(app, ["report", str(missing)])
    assert zh.exit_code == 2 and _error(zh.output) == f"错误：结果目录不存在：{missing}"
    zh = runner.invoke(app, ["report", str(empty)])
    assert _error(zh.output) == f"错误：{empty}：缺少 run.json 或 proposals.json，无法确定认证类型和经营类别"


def test_report_summary_line_in_english(tmp_path):
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    en = runner.invoke(app, ["report", str(out), "--lang", "en"])
    assert en.exit_code == 0, en.output
    summary = en.output.splitlines()[0]
    assert re.fullmatch(r"Total \d+ {2}(PASS|FAIL) {2}proposed \d+, needs review \d+", summary), summary
    zh = runner.invoke(app, ["report", str(out)])
    assert re.fullmatch(r"总分 \d+ {2}(通过|未通过) {2}初步建议 \d+，待人工判断 \d+", zh.output.splitlines()[0])


# ---------------------------------------------------------------------------------------------
# 4. batch: its messages, progress labels and why a bundle did not finish

@pytest.fixture()
def batch_source(tmp_path) -> Path:
    src = tmp_path / "src"
    (src / "nobundle").mkdir(parents=True)
    (src / "badprofile").mkdir()
    (src / "badprofile" / "profile.yaml").write_text("level: superior\nbusiness_type: importer\nas_of: 2026-11-01\n",
                                                     encoding="utf-8")
    return src


def _recording_progress(monkeypatch) -> list[str]:
    labels: list[str] = []

    class Recording(rich.progress.Progress):
        def add_task(self, description, *a, **kw):
            labels.append(description)
            return super().add_task(description, *a, **kw)

    monkeypatch.setattr(rich.progress, "Progress", Recording)
    return labels


def test_batch_in_english_and_chinese(batch_source, monkeypatch):
    labels = _recording_progress(monkeypatch)
    profile = batch_source / "badprofile" / "profile.yaml"
    en = runner.invoke(app, ["batch", str(batch_source), "--workers", "1", "--json", "--lang", "en"])
    assert en.exit_code == 3, en.output
    assert "Checking 1 bundle(s) on a local process pool (1 process(es))" in en.output, en.output
    assert labels == ["Bundles", "Files", "Scanned pages"], labels
    data = json.loads(en.output[en.output.index("{"):])
    reasons = {b["name"]: b["reason"] for b in data["bundles"]}
    assert reasons == {
        "nobundle": "nobundle: no profile.yaml, not a bundle (run evidence-checker init to write the enterprise "
                    "profile)",
        "badprofile": f"{profile}: the enterprise profile is wrong: profile.yaml: level 'superior' is not valid "
                      "(options: advanced, general)"}, reasons
    assert not any(CJK.search(r) for r in reasons.values())
    html = (batch_source / "portfolio" / "portfolio.html").read_text(encoding="utf-8")
    assert "the enterprise profile is wrong" in html and "企业概况有误" not in html
    table = runner.invoke(app, ["batch", str(batch_source), "--workers", "1", "--lang", "en"])
    assert table.exit_code == 3
    assert "enterprise" in table.output and not CJK.search(table.output), table.output  # reasons, names, words
    labels.clear()
    zh = runner.invoke(app, ["batch", str(batch_source), "--workers", "1", "--json"])
    assert zh.exit_code == 3
    assert "批量检查 1 个材料包，执行于本机进程池（1 个进程）" in zh.output
    assert labels == ["材料包", "文件", "扫描页"], labels
    data = json.loads(zh.output[zh.output.index("{"):])
    assert {b["name"]: b["reason"] for b in data["bundles"]} == {
        "nobundle": "nobundle：没有 profile.yaml，不是材料包（请运行 evidence-checker init 写入企业概况）",
        "badprofile": f"{profile}：企业概况有误：profile.yaml：level 'superior' 无效（可选 advanced、general）"}


def test_batch_manifest_rows_in_english_and_chinese(tmp_path):
    manifest = tmp_path / "list.csv"
    manifest.write_text("bundle,as_of\nmissing_dir,2026-01-01\n,2026-01-01\n", encoding="utf-8")
    en = runner.invoke(app, ["batch", str(manifest), "--workers", "1", "--json", "--lang", "en"])
    assert en.exit_code == 3, en.output
    rows = [(b["name"], b["reason"]) for b in json.loads(en.output[en.output.index("{"):])["bundles"]]
    assert rows == [("missing_dir", "list.csv, row 2: bundle folder not found: missing_dir"),
                    ("row 3", "list.csv, row 3: the bundle path is empty")], rows
    zh = runner.invoke(app, ["batch", str(manifest), "--workers", "1", "--json"])
    rows = [(b["name"], b["reason"]) for b in json.loads(zh.output[zh.output.index("{"):])["bundles"]]
    assert rows == [("missing_dir", "list.csv 第2行：材料包文件夹不存在：missing_dir"),
                    ("第3行", "list.csv 第3行：材料包路径为空")], rows


def test_batch_sources_that_cannot_be_run(tmp_path):
    nowhere, empty_list, no_column, empty_dir = (tmp_path / "nowhere", tmp_path / "empty.csv", tmp_path / "cols.csv",
                                                 tmp_path / "none")
    empty_list.write_text("", encoding="utf-8")
    no_column.write_text("path_to,x\na,b\n", encoding="utf-8")
    empty_dir.mkdir()
    cases = [
        (nowhere, f"Error: batch source not found: {nowhere} (a folder, or a .csv/.xlsx list of bundles)",
         f"错误：找不到批量检查的来源：{nowhere}（应为文件夹，或 .csv/.xlsx 清单）"),
        (empty_list, "Error: empty.csv: the list is empty", "错误：empty.csv：清单为空"),
        (no_column, "Error: cols.csv: no bundle column (its header may be bundle / ",
         "错误：cols.csv：缺少“材料包”列（表头可写 bundle / "),
        (empty_dir, f"Error: no bundle in {empty_dir} (each sub-folder needs a profile.yaml)",
         f"错误：{empty_dir} 中没有材料包（子文件夹应含 profile.yaml）"),
    ]
    for source, english, chinese in cases:
        en = runner.invoke(app, ["batch", str(source), "--lang", "en"])
        assert en.exit_code == 2 and _error(en.output).startswith(english), en.output
        assert not CJK.search(_error(en.output).split(" (its header may be ")[0].replace(str(source), ""))
        zh = runner.invoke(app, ["batch", str(source)])
        assert zh.exit_code == 2 and _error(zh.output).startswith(chinese), zh.output


# ---------------------------------------------------------------------------------------------
# 5. the review page: a run refreshed on disk that can no longer be shown

def test_review_page_says_why_a_refreshed_run_cannot_be_shown_in_its_language(tmp_path, monkeypatch):
    import uvicorn
    from fastapi.testclient import TestClient

    from evidence_checker.review.cli import review_app
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: served.append(web))
    en = runner.invoke(review_app, ["serve", str(out), "--lang", "en"])
    assert en.exit_code == 0, en.output
    client = TestClient(served[-1], base_url="http://127.0.0.1:8765")
    assert client.get("/").status_code == 200
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    (out / "run.json").write_text(json.dumps({**run, "level": "superior"}, ensure_ascii=False), encoding="utf-8")
    page = client.get("/")
    assert page.status_code == 500
    assert "run.json: the level or business type is missing or wrong (unknown level &#39;superior&#39;" in page.text \
        or "run.json: the level or business type is missing or wrong (unknown level 'superior'" in page.text, page.text
    assert not CJK.search(page.text), page.text
    page = client.get("/item/common.1?lang=zh")
    assert page.status_code == 500 and "运行结果缺少或写错了认证类型/经营类别" in page.text, page.text
