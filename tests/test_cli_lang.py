"""``--lang en`` on init, match, propose, eval, calibrate, ingest, standards export and models build:
the tool's own words come out in English, the default stays Chinese, ``--json`` is the same in both.
File names, reasons read from files and the standard's own text stay as they are (often Chinese),
so the checks below look at the tool's framing lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.cli_messages import COLUMNS, MESSAGES

runner = CliRunner()
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SHOW = ["--level", "advanced", "--type", "importer", "--as-of", "2026-11-01"]


def _cjk(text: str) -> list[str]:
    return CJK.findall(text)


def _line(output: str, start: str) -> str:
    """The first line of ``output`` that starts with ``start`` (after leading blanks), stripped."""
    return next(line.strip() for line in output.splitlines() if line.strip().startswith(start))


def test_every_message_has_both_languages():
    assert MESSAGES["zh"].keys() == MESSAGES["en"].keys()
    assert {k: len(v) for k, v in COLUMNS["zh"].items()} == {k: len(v) for k, v in COLUMNS["en"].items()}
    # the only Chinese in the English texts is the value a user writes into a record (“无”)
    assert [k for k, v in MESSAGES["en"].items() if _cjk(v)] == ["next.records"]
    assert not any(_cjk(c) for cols in COLUMNS["en"].values() for c in cols)


# ---------------------------------------------------------------------------------------------
# init

def test_init_in_english(tmp_path):
    from evidence_checker.profile import load_profile

    bundle = tmp_path / "b"
    bundle.mkdir()
    res = runner.invoke(app, ["init", str(bundle), "--as-of", "2026-11-01", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert f"written: {bundle / 'profile.yaml'}" in res.output and "已生成" not in res.output
    assert "Next steps:" in res.output and "下一步" not in res.output
    for start in ("1. Open", "3. For the legal-compliance items", "4. Run evidence-checker check"):
        assert not _cjk(_line(res.output, start)), start
    # the item title in the edition's English translation; the documents asked for are English
    common14 = _line(res.output, "common.14 ")
    assert common14.startswith("common.14 Legal compliance of personnel: ") and not _cjk(common14)
    text = (bundle / "profile.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Enterprise profile:") and "# a flag left out counts as false" in text
    assert "企业概况：" not in text
    prof = load_profile(bundle / "profile.yaml")
    assert (prof.level, prof.business_type, prof.as_of.isoformat()) == ("advanced", "importer", "2026-11-01")
    again = runner.invoke(app, ["init", str(bundle), "--lang", "en"])
    assert again.exit_code == 0 and "exists, not overwritten:" in again.output and "未覆盖" not in again.output


def test_init_in_chinese_by_default(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    res = runner.invoke(app, ["init", str(bundle), "--as-of", "2026-11-01"])
    assert res.exit_code == 0, res.output
    assert "已生成：" in res.output and "下一步：" in res.output and "Next steps" not in res.output
    text = (bundle / "profile.yaml").read_text(encoding="utf-8")
    assert text.startswith("# 企业概况：评估对象、认证类型、经营类别、评估基准日，以及决定分项是否适用的标志。\n")
    assert "Enterprise profile" not in text


def test_init_ask_and_errors_in_english(tmp_path):
    from evidence_checker.profile import load_profile

    bundle = tmp_path / "b"
    bundle.mkdir()
    res = runner.invoke(app, ["init", str(bundle), "--ask", "--as-of", "2026-11-01", "--lang", "en"],
                        input="y\n" * 3 + "\n" * 20)
    assert res.exit_code == 0, res.output
    assert "(food)? y yes / n no / ? unknown" in res.output and "y 是 / n 否" not in res.output
    flags = load_profile(bundle / "profile.yaml").flags
    assert flags["processing_trade"] is True and "food" not in flags  # "y" answered; empty left unknown
    missing = runner.invoke(app, ["init", str(tmp_path / "nope"), "--lang", "en"])
    assert missing.exit_code == 2 and "Error: bundle folder not found:" in missing.output
    assert not _cjk(missing.output)
    bad = runner.invoke(app, ["init", str(bundle), "--as-of", "x", "--lang", "en"])
    assert bad.exit_code == 2 and "is not a date (expected YYYY-MM-DD)" in bad.output and not _cjk(bad.output)
    zh = runner.invoke(app, ["init", str(tmp_path / "nope")])
    assert zh.exit_code == 2 and "错误：材料文件夹不存在" in zh.output


# ---------------------------------------------------------------------------------------------
# match, propose (a one-document bundle)

@pytest.fixture()
def visitor_bundle(tmp_path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("第三条 来访人员须出示身份证件登记，佩戴临时访客证，由被访人员陪同。")
    (tmp_path / "b" / "24 进入安全").mkdir(parents=True)
    doc.save(tmp_path / "b" / "24 进入安全" / "访客管理制度.docx")
    return tmp_path / "b"


def test_match_in_english_and_chinese(visitor_bundle, tmp_path):
    args = ["match", str(visitor_bundle), *SHOW, "--out", str(tmp_path / "out"), "--show", "common.24.3"]
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert en.exit_code == 0, en.output
    head = _line(en.output, "common.24.3")
    assert re.fullmatch(r"common\.24\.3  \d+ passage\(s\) of evidence", head), head
    assert f"written: {tmp_path / 'out' / 'evidence.json'}" in en.output
    assert "条证据" not in en.output and "已写出" not in en.output
    zh = runner.invoke(app, args)
    assert zh.exit_code == 0 and "条证据" in zh.output and "已写出" in zh.output and "passage(s)" not in zh.output


def test_requirement_elements_are_named_by_their_english_labels(visitor_bundle, tmp_path):
    # a policy only: the elements no passage covers are listed by elements.yaml label_en in English,
    # by label in Chinese — not the Chinese label in quotes
    args = ["propose", str(visitor_bundle), *SHOW, "--out", str(tmp_path / "out"), "--show", "common.24.3"]
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert en.exit_code == 0, en.output
    line = _line(en.output, "missing: not covered: ")
    assert "visitors registered" in line and not _cjk(line), line
    zh = runner.invoke(app, args)
    assert "未覆盖：访客登记" in zh.output and "visitors" not in zh.output, zh.output


def test_propose_in_english_and_chinese(visitor_bundle, tmp_path):
    out = ["--out", str(tmp_path / "out")]
    full = runner.invoke(app, ["propose", str(visitor_bundle), *SHOW, *out, "--lang", "en"])
    assert full.exit_code == 0, full.output
    assert f"written: {tmp_path / 'out' / 'proposals.json'}" in full.output and "已写出" not in full.output
    en = runner.invoke(app, ["propose", str(visitor_bundle), *SHOW, *out, "--show", "common.24.3", "--lang", "en"])
    assert en.exit_code == 0, en.output
    head = _line(en.output, "common.24.3")
    assert re.fullmatch(r"common\.24\.3 [a-z ]+ \(confidence \d\.\d\d\)", head), head
    assert "missing:" in en.output and "缺少" not in en.output and "置信度" not in en.output
    assert "policy: “访客管理制度.docx”" in en.output  # the file name as it is, the reason in English
    bad = runner.invoke(app, ["propose", str(visitor_bundle), *SHOW, *out, "--show", "common.99.9", "--lang", "en"])
    assert bad.exit_code == 2 and not _cjk(bad.output)
    assert "Error: --show common.99.9: not a rated sub-item of advanced certification" in bad.output
    zh = runner.invoke(app, ["propose", str(visitor_bundle), *SHOW, *out, "--show", "common.24.3"])
    assert zh.exit_code == 0 and "置信度" in zh.output and "缺少" in zh.output and "confidence" not in zh.output


# ---------------------------------------------------------------------------------------------
# ingest

def test_ingest_in_english_and_chinese(tmp_path):
    bundle = tmp_path / "材料"
    bundle.mkdir()
    (bundle / "记录.txt").write_text("巡查记录：正常。", encoding="utf-8")
    (bundle / "空.txt").write_bytes(b"")
    en = runner.invoke(app, ["ingest", str(bundle), "--workers", "0", "--lang", "en"])
    assert en.exit_code == 3, en.output
    assert en.output.startswith("2 files: 1 read, 0 partly read, 0 not read, 1 skipped; 1 passage(s) of text")
    assert "Files not read in full (1):" in en.output and "  - [skipped] 空.txt: " in en.output
    assert "By format: text 1/2, 1 passage(s)." in en.output
    for start in ("2 files:", "By format:", "Files not read", "Written:"):
        assert not _cjk(_line(en.output, start).replace(str(bundle), "")), start
    assert "共 2 个文件" not in en.output
    zh = runner.invoke(app, ["ingest", str(bundle), "--workers", "0"])
    assert zh.exit_code == 3 and "共 2 个文件：已读 1 个" in zh.output and "files:" not in zh.output
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--lang", "en"])
    assert missing.exit_code == 2 and "Error: bundle folder not found:" in missing.output


def test_ingest_progress_bar_in_english():
    from types import SimpleNamespace

    from evidence_checker.cli import _reading_bar_en

    with _reading_bar_en(False) as bar:
        assert bar is None
    with _reading_bar_en(True) as bar:
        bar(SimpleNamespace(path="记录.txt"), 1, 2)  # a file done: no error, the bar moves on


def test_check_missing_bundle_in_english(tmp_path):
    en = runner.invoke(app, ["check", str(tmp_path / "nope"), "--lang", "en"])
    assert en.exit_code == 2 and "Error: bundle folder not found:" in en.output and not _cjk(en.output)


def test_ingest_json_is_the_same_in_both_languages(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "记录.txt").write_text("巡查记录：正常。", encoding="utf-8")
    runs = [json.loads(runner.invoke(app, ["ingest", str(bundle), "--workers", "0", "--json", *lang]).stdout)
            for lang in ([], ["--lang", "en"])]
    for r in runs:
        r.pop("seconds"), r.pop("cached")
    assert runs[0] == runs[1] and runs[0]["files"] == 1


# ---------------------------------------------------------------------------------------------
# standards export, models build

def test_standards_export_in_english_and_chinese():
    en = runner.invoke(app, ["standards", "export", "--edition", "nosuch", "--lang", "en"])
    assert en.exit_code == 2 and "Error: cannot load the standard:" in en.output and not _cjk(en.output)
    zh = runner.invoke(app, ["standards", "export", "--edition", "nosuch"])
    assert zh.exit_code == 2 and "错误：标准数据无法加载" in zh.output
    assert (runner.invoke(app, ["standards", "export", "--lang", "en"]).stdout
            == runner.invoke(app, ["standards", "export"]).stdout)


def test_models_build_in_english_and_chinese(tmp_path, monkeypatch):
    import evidence_checker.nlp as nlp

    built = []
    monkeypatch.setattr(nlp, "build_pipeline", lambda path: built.append(path) or tmp_path / "zh_aeo")
    en = runner.invoke(app, ["models", "build", "--lang", "en"])
    assert en.exit_code == 0 and en.output.strip() == f"built {tmp_path / 'zh_aeo'}"
    zh = runner.invoke(app, ["models", "build"])
    assert zh.exit_code == 0 and zh.output.strip() == f"已生成 {tmp_path / 'zh_aeo'}"
    assert built == [nlp.PIPELINE_DIR] * 2


# ---------------------------------------------------------------------------------------------
# eval, calibrate (one small bundle of the built corpora)

def test_eval_in_english_and_chinese(tiny_corpus):
    bundle = str(tiny_corpus)
    en = runner.invoke(app, ["eval", bundle, "--lang", "en", "--workers", "1"])
    assert en.exit_code == 0, en.output
    for words in ("evaluating a", "evaluating c", "In-sample set", "Evidence location: this tool vs the BM25 baseline",
                  "Proposals vs the gold standard", "Page R@5", "Total: rating accuracy",
                  "Confidence reliability (automatic):", "By decision path (automatic):", "right, 0 over-optimistic"):
        assert words in en.output, words
    assert not _cjk(en.output)  # bundle names and numbers only: nothing Chinese is left
    zh = runner.invoke(app, ["eval", bundle, "--workers", "1"])
    assert zh.exit_code == 0 and "证据定位：本工具 vs BM25基线" in zh.output and "合计：评分准确率" in zh.output
    assert "按判定路径（自动判定）：" in zh.output
    assert "Evidence location" not in zh.output
    bad = runner.invoke(app, ["eval", bundle, "--set", "tuned", "--lang", "en"])
    assert bad.exit_code == 2 and "Error: --set must be heldout or in-sample, not 'tuned'" in bad.output


def test_calibrate_in_english_and_chinese(tiny_corpus, tmp_path):
    bundle = str(tiny_corpus)
    en = runner.invoke(app, ["calibrate", bundle, "--out", str(tmp_path / "en.yaml"), "--min-n", "1", "--lang", "en", "--workers", "1"])
    assert en.exit_code == 0, en.output
    assert "fitting a" in en.output and "Confidence per decision path (3 in-sample bundle(s))" in en.output
    assert "Decision path/rating" in en.output and f"written: {tmp_path / 'en.yaml'}" in en.output
    assert not _cjk(en.output)
    zh = runner.invoke(app, ["calibrate", bundle, "--out", str(tmp_path / "zh.yaml"), "--min-n", "1", "--workers", "1"])
    assert zh.exit_code == 0 and "各判定路径的置信度（3 个样本集材料包）" in zh.output and "已写出" in zh.output
    assert (tmp_path / "en.yaml").read_bytes() == (tmp_path / "zh.yaml").read_bytes()
    (tmp_path / "empty").mkdir()
    none = runner.invoke(app, ["calibrate", str(tmp_path / "empty"), "--lang", "en"])
    assert none.exit_code == 2 and "Error: no bundle folder with a gold.yaml in" in none.output
