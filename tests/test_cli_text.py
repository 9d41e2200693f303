"""The command line's own words are Chinese by default (usage, help option, parse errors) and
English with --lang en; Typer's built-in texts are English only."""

from __future__ import annotations

from typer.testing import CliRunner

from evidence_checker.cli import app

runner = CliRunner()
ENGLISH = ("Missing argument", "Show this message and exit", "Usage:", "No such option", "Try '", "Options ",
           "Arguments ", "Commands ", "[required]", "[default:")


def _english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if w in text]


def test_help_and_parse_errors_are_chinese():
    for args in (["--help"], ["check", "--help"], ["review", "import", "--help"], ["standards", "show", "--help"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
        assert "显示此帮助并退出" in res.output and "用法：" in res.output, res.output
        assert not _english_in(res.output), (args, _english_in(res.output))
    missing = runner.invoke(app, ["check"])
    assert missing.exit_code == 2 and "缺少参数 bundle" in missing.output and not _english_in(missing.output)
    nested = runner.invoke(app, ["review", "import"])
    assert nested.exit_code == 2 and "缺少参数 DIR" in nested.output
    bad = runner.invoke(app, ["check", ".", "--bogus"])
    assert bad.exit_code == 2 and "没有选项 --bogus" in bad.output and not _english_in(bad.output)
    wrong = runner.invoke(app, ["check", ".", "--workers", "abc"])
    assert wrong.exit_code == 2 and "--workers 的值应为整数" in wrong.output
    lang = runner.invoke(app, ["check", ".", "--lang", "fr"])
    assert lang.exit_code == 2 and "--lang 的值 fr 无效" in lang.output
    unknown = runner.invoke(app, ["nosuch"])
    assert unknown.exit_code == 2 and "没有命令 nosuch" in unknown.output


def test_lang_en_keeps_typer_english():
    res = runner.invoke(app, ["check", "--lang", "en"])
    assert res.exit_code == 2 and "Missing argument" in res.output and "缺少" not in res.output
    again = runner.invoke(app, ["check"])  # the language is chosen per invocation
    assert "缺少参数 bundle" in again.output
