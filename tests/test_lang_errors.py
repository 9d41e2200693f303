"""``--lang en`` on what goes wrong: a bad profile or reading, the files the reading stage could not
read, check's progress bar, and the review store's messages. Each is run through the real command on
a real bad input; the English names the file, row or field and has no Chinese, and the default stays
Chinese."""

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


def _error(output: str) -> str:
    """The error line(s) of a failed command, joined (rich may wrap a long one)."""
    text = " ".join(output.split())
    start = max(text.find("Error: "), text.find("错误："))
    assert start >= 0, output
    return text[start:]


# ---------------------------------------------------------------------------------------------
# 1. ProfileError and ReadingError

PROFILES = [  # (profile.yaml text, the English message, the Chinese message)
    ("level: superior\nbusiness_type: importer\nas_of: 2026-11-01\n",
     "bad.yaml: level 'superior' is not valid (options: advanced, general)",
     "bad.yaml：level 'superior' 无效（可选 advanced、general）"),
    ("level: advanced\nbusiness_type: importer\nas_of: 2026-11-01\nflags:\n  food: maybe\n",
     "bad.yaml: flags.food must be true or false, not 'maybe'",
     "bad.yaml：flags.food 应为 true 或 false，而不是 'maybe'"),
    ("level: advanced\nbusiness_type: importer\n",
     "bad.yaml: as_of (the assessment date, YYYY-MM-DD) is missing",
     "bad.yaml：缺少 as_of（评估基准日，YYYY-MM-DD）"),
    ("level: advanced\nbusiness_type: importer\nas_of: 2026-11-01\nbranches:\n  - path: x\n",
     "bad.yaml: branches[0] needs a name",
     "bad.yaml：branches[0] 须有 name"),
]


@pytest.mark.parametrize("text, english, chinese", PROFILES)
def test_check_with_a_bad_profile_in_english_and_chinese(tmp_path, text, english, chinese):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    args = ["check", str(bundle), "--profile", str(tmp_path / "bad.yaml")]
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert en.exit_code == 2, en.output
    line = _error(en.output)
    assert line.startswith("Error: " + english), line
    assert not CJK.search(line), line
    zh = runner.invoke(app, args)
    assert zh.exit_code == 2 and _error(zh.output).startswith("错误：" + chinese), zh.output


def test_missing_profile_in_english_and_chinese(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    en = runner.invoke(app, ["check", str(bundle), "--lang", "en"])
    assert en.exit_code == 2
    line = _error(en.output)
    assert f"{bundle / 'profile.yaml'}: no such file" in line and "--level and --type" in line, line
    assert not CJK.search(line.replace(str(bundle), ""))
    zh = runner.invoke(app, ["check", str(bundle)])
    assert "profile.yaml：文件不存在；请运行 evidence-checker init" in _error(zh.output)


def test_bad_as_of_in_english(tmp_path):
    ratings = tmp_path / "r.yaml"
    ratings.write_text("level: advanced\nbusiness_type: importer\nratings:\n  common.1.1: 达标\n", encoding="utf-8")
    en = runner.invoke(app, ["score", str(ratings), "--as-of", "2026-13-01", "--lang", "en"])
    assert en.exit_code == 2
    assert _error(en.output) == "Error: --as-of: '2026-13-01' is not a date (expected YYYY-MM-DD)"
    zh = runner.invoke(app, ["score", str(ratings), "--as-of", "2026-13-01"])
    assert _error(zh.output) == "错误：--as-of：'2026-13-01' 不是日期（应为 YYYY-MM-DD）"


def test_score_with_a_bad_reading_in_english_and_chinese(tmp_path):
    ratings = tmp_path / "r.yaml"
    ratings.write_text("level: advanced\nbusiness_type: importer\nratings:\n  common.1.1: 达标\n", encoding="utf-8")
    cases = [
        (["--reading", "lenient=yes"], "Error: --reading: reading 'lenient' is not defined (available: ",
         "错误：--reading：解读 'lenient' 未定义（可用："),
        (["--reading", "unset_flags=maybe"],
         "Error: --reading: reading unset_flags: 'maybe' is not a valid option "
         "(options: not_applicable, needs_review)",
         "错误：--reading：解读 unset_flags 的取值 'maybe' 无效（可选：not_applicable、needs_review）"),
        (["--reading", "oops"], "Error: --reading oops: expected reading=option, e.g. unset_flags=needs_review",
         "错误：--reading oops 格式应为 解读=取值，例如 unset_flags=needs_review"),
    ]
    for extra, english, chinese in cases:
        en = runner.invoke(app, ["score", str(ratings), *extra, "--lang", "en"])
        assert en.exit_code == 2, en.output
        line = _error(en.output)
        assert line.startswith(english) and not CJK.search(line), line
        zh = runner.invoke(app, ["score", str(ratings), *extra])
        assert zh.exit_code == 2 and _error(zh.output).startswith(chinese), zh.output


def test_other_command_line_errors_in_english(tmp_path):
    ratings = tmp_path / "r.yaml"
    ratings.write_text("level: advanced\nbusiness_type: importer\nratings:\n  common.1.1: 达标\n", encoding="utf-8")
    bad_set = runner.invoke(app, ["score", str(ratings), "--set", "common.1.1", "--lang", "en"])
    assert _error(bad_set.output) == "Error: --set common.1.1: expected ID=rating, e.g. common.1.2=compliant"
    ratings.write_text("level: advanced\nbusiness_type: importer\nratings:\n  common.1.1: maybe\n", encoding="utf-8")
    bad_file = runner.invoke(app, ["score", str(ratings), "--lang", "en"])
    assert bad_file.exit_code == 2 and "The ratings file has 1 error(s); nothing was scored:" in bad_file.output
    from evidence_checker.data import set_standards_dirs

    nowhere = str(tmp_path / "nowhere")
    try:
        missing = runner.invoke(app, ["--standards-dir", nowhere, "standards", "export", "--lang", "en"])
        assert missing.exit_code == 2
        assert _error(missing.output).startswith(f"Error: standards folder not found: {nowhere}")
        zh = runner.invoke(app, ["--standards-dir", nowhere, "standards", "export"])
        assert _error(zh.output).startswith(f"错误：标准文件夹不存在：{nowhere}")
    finally:
        set_standards_dirs([])


def test_propose_with_a_bad_reading_in_the_profile(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "profile.yaml").write_text("level: advanced\nbusiness_type: importer\nas_of: 2026-11-01\n"
                                         "readings:\n  unset_flags: maybe\n", encoding="utf-8")
    en = runner.invoke(app, ["propose", str(bundle), "--lang", "en"])
    assert en.exit_code == 2, en.output
    line = _error(en.output)
    assert line.startswith("Error: profile.yaml: reading unset_flags: 'maybe' is not a valid option (options: "
                           "not_applicable, needs_review)"), line
    assert not CJK.search(line)
    zh = runner.invoke(app, ["propose", str(bundle)])
    assert _error(zh.output).startswith("错误：profile.yaml：解读 unset_flags 的取值 'maybe' 无效")


def test_profile_errors_keep_their_chinese_text_and_pickle():
    import pickle

    from evidence_checker.profile import ProfileError, profile_from_dict

    with pytest.raises(ProfileError) as caught:
        profile_from_dict({"level": "superior", "business_type": "importer", "as_of": "2026-11-01"}, src="p.yaml")
    e = caught.value
    assert str(e) == "p.yaml：level 'superior' 无效（可选 advanced、general）"
    back = pickle.loads(pickle.dumps(e))
    assert str(back) == str(e) and back.text("en") == e.text("en") == (
        "p.yaml: level 'superior' is not valid (options: advanced, general)")


# ---------------------------------------------------------------------------------------------
# 2. why a file was not read

@pytest.fixture()
def unreadable(tmp_path) -> Path:
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "empty.txt").write_bytes(b"")
    (bundle / "broken.docx").write_bytes(b"not a word file")
    (bundle / "slides.pptx").write_bytes(b"PK\x03\x04 not really")
    (bundle / "scan0001").write_bytes(b"\x00\x01")
    return bundle


REASONS_EN = {
    "empty.txt": "empty file (0 bytes)",
    "broken.docx": "the Word file is damaged or not a .docx file (PackageNotFoundError)",
    "slides.pptx": "slide shows (.pptx) are not supported yet; save it as PDF",
    "scan0001": "file type not supported (no extension)",
}
REASONS_ZH = {
    "empty.txt": "空文件（0 字节）",
    "broken.docx": "Word 文件已损坏或不是 .docx 格式（PackageNotFoundError）",
    "slides.pptx": "暂不支持演示文稿（.pptx），请另存为 PDF",
    "scan0001": "不支持的文件类型（无扩展名）",
}


def test_ingest_gives_the_reasons_in_english_and_chinese(unreadable):
    en = runner.invoke(app, ["ingest", str(unreadable), "--workers", "0", "--lang", "en"])
    assert en.exit_code == 3, en.output
    for name, reason in REASONS_EN.items():
        line = next(ln for ln in en.output.splitlines() if f"] {name}:" in ln)
        assert line.endswith(f"{name}: {reason}"), line
        assert not CJK.search(line), line
    zh = runner.invoke(app, ["ingest", str(unreadable), "--workers", "0"])
    for name, reason in REASONS_ZH.items():
        assert f"] {name}：{reason}" in zh.output, zh.output
    # inventory.json keeps the Chinese reasons whatever the language
    inventory = json.loads((unreadable / ".evidence-checker" / "inventory.json").read_text(encoding="utf-8"))
    files = inventory["files"] if isinstance(inventory, dict) else inventory
    assert {f["path"]: f["error"] for f in files} == REASONS_ZH


def test_check_summary_and_report_give_the_reasons_in_english(unreadable, tmp_path):
    en = runner.invoke(app, ["check", str(unreadable), *SHOW, "--workers", "0", "--out", str(tmp_path / "en"),
                             "--lang", "en"])
    assert en.exit_code == 3, en.output
    for name, reason in REASONS_EN.items():
        line = next(ln.strip() for ln in en.output.splitlines() if ln.strip().startswith(f"unread {name}"))
        assert line == f"unread {name}: {reason}" and not CJK.search(line), line
    report = (tmp_path / "en" / "report.md").read_text(encoding="utf-8")
    section = report[report.index("## Files not read"):]
    for name, reason in REASONS_EN.items():
        row = next(ln for ln in section.splitlines() if name in ln)
        assert row.rstrip(" |").endswith(reason) and not CJK.search(row), row
    zh = runner.invoke(app, ["check", str(unreadable), *SHOW, "--workers", "0", "--out", str(tmp_path / "zh")])
    assert zh.exit_code == 3
    for name, reason in REASONS_ZH.items():
        assert f"未读取 {name}：{reason}" in zh.output, zh.output
    assert "空文件（0 字节）" in (tmp_path / "zh" / "report.md").read_text(encoding="utf-8")


def test_every_reading_reason_has_both_languages_and_reads_back():
    from evidence_checker.ingest.errors import reason_text, why
    from evidence_checker.messages import templates

    keys = [k for k in templates() if k.startswith("read_")]
    assert len(keys) > 50
    for k in keys:
        assert set(templates()[k]) == {"zh", "en"}, k
        assert not CJK.search(templates()[k]["en"]), k
    assert reason_text(why("read_too_large", size="120", limit="100"), "en") == (
        "file too large (120 MB, limit 100 MB)")
    nested = why("read_page_scan", page=3, reason=why("read_no_tesseract"))
    assert not CJK.search(reason_text(nested, "en")) and reason_text(nested, "zh") == nested
    joined = "；".join([why("read_page_error", page=2, error="ValueError: x"), why("read_more", n="12")])
    assert reason_text(joined, "en") == "page 2 could not be read (ValueError: x); 12 more problems of this kind"
    assert reason_text("某个旧版本写下的原因", "en") == "某个旧版本写下的原因"  # not ours: as it is


# ---------------------------------------------------------------------------------------------
# 3. check's progress bar

def test_check_progress_bar_labels_in_english_and_chinese(tmp_path, monkeypatch):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "notes.txt").write_text("Visitors sign in at the gate.", encoding="utf-8")
    labels: list[str] = []

    class Recording(rich.progress.Progress):
        def add_task(self, description, *a, **kw):
            labels.append(description)
            return super().add_task(description, *a, **kw)

        def update(self, task_id, *a, description=None, **kw):
            if description is not None:
                labels.append(description)
            return super().update(task_id, *a, description=description, **kw)

    monkeypatch.setattr(rich.progress, "Progress", Recording)
    en = runner.invoke(app, ["check", str(bundle), *SHOW, "--workers", "0", "--lang", "en"])
    assert en.exit_code in (0, 1), en.output
    stages = [s for s in labels if not s.startswith("  ")]  # not the file names
    assert stages[:2] == ["Starting", "Files"], labels
    assert {"Reading the documents", "Locating evidence", "Proposing ratings", "Scoring"} <= set(stages), labels
    assert not any(CJK.search(s) for s in labels), labels
    labels.clear()
    zh = runner.invoke(app, ["check", str(bundle), *SHOW, "--workers", "0"])
    assert zh.exit_code in (0, 1), zh.output
    assert {"开始", "文件", "读取材料", "定位证据", "初步评分", "正式计分"} <= set(labels), labels


# ---------------------------------------------------------------------------------------------
# 4. the review store: a bad level in a run folder, the note that the evidence changed

def test_review_bad_level_in_a_run_folder(tmp_path):
    from evidence_checker.review.cli import review_app
    from test_review_bundle import make_run

    _, out = make_run(tmp_path)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    (out / "run.json").write_text(json.dumps({**run, "level": "superior"}, ensure_ascii=False), encoding="utf-8")
    en = runner.invoke(review_app, ["export", str(out), "--lang", "en"])
    assert en.exit_code == 2, en.output
    line = _error(en.output)
    assert line.startswith("Error: run.json: the level or business type is missing or wrong (unknown level "
                           "'superior'"), line
    assert not CJK.search(line)
    zh = runner.invoke(review_app, ["export", str(out)])
    assert zh.exit_code == 2
    assert _error(zh.output).startswith("错误：运行结果缺少或写错了认证类型/经营类别（unknown level")


def test_review_history_says_the_evidence_changed_in_english(tmp_path, monkeypatch):
    import uvicorn
    from fastapi.testclient import TestClient

    from evidence_checker.review.cli import review_app
    from evidence_checker.review.store import decide, ensure_run
    from test_review_bundle import build_bundle, make_run, write_run

    bundle, out = make_run(tmp_path)
    store, _ = ensure_run(out)
    decide(store, "common.1.1", "达标", reviewer="张三")
    store.close()
    write_run(bundle, out, build_bundle(bundle, training_extra="第四条 新员工入职须参加关务培训。"))
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: served.append(web))
    en = runner.invoke(review_app, ["serve", str(out), "--lang", "en"])
    assert en.exit_code == 0, en.output
    page = TestClient(served[-1], base_url="http://127.0.0.1:8765").get("/item/common.1").text
    history = page[page.index('<details class="history">'):]
    history = " ".join(history[:history.index("</details>")].split())
    assert "marked for re-check · the evidence changed</li>" in history, history
    assert "证据已变化" not in page
    zh = runner.invoke(review_app, ["serve", str(out)])
    assert zh.exit_code == 0
    page = TestClient(served[-1], base_url="http://127.0.0.1:8765").get("/item/common.1").text
    assert "标记需复核 · 证据已变化</li>" in " ".join(page.split())
