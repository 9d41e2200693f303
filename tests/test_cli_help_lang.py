"""``--help`` follows ``--lang en``: the description of every command and the help of every argument
and option come out in English (from ``evidence_checker/cli_help_en.yaml``), the default stays
Chinese, and an English help call leaves nothing English behind for a later Chinese one."""

from __future__ import annotations

import re

import pytest
import typer
import typer.testing
import yaml
from typer.testing import CliRunner

from evidence_checker.cli import app

HELP_FILE = "cli_help_en.yaml"
ROOT = "evidence-checker"  # the yaml's key for the app itself
# CJK ideographs, plus CJK and full-width punctuation (“（”, “：”, “；”): none may be left in English help
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
runner = CliRunner()


def _walk(cmd, path=()):
    yield path, cmd
    for name, sub in sorted(getattr(cmd, "commands", {}).items()):
        yield from _walk(sub, (*path, name))


def _tree():
    """(command path, command) of the app and of every group and command under it."""
    return list(_walk(typer.main.get_command(app)))


def _key(path) -> str:
    return " ".join(path) or ROOT


def _english() -> dict:
    from importlib.resources import files

    return yaml.safe_load(files("evidence_checker").joinpath(HELP_FILE).read_text(encoding="utf-8"))


def _words(text: str) -> str:
    """``text`` on one line, without the panels' borders (help wraps within its column)."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


def _help(args, lang=None):
    res = runner.invoke(app, [*args, *(["--lang", lang] if lang else []), "--help"])
    assert res.exit_code == 0, (args, lang, res.output)
    return res.output


# ---------------------------------------------------------------------------------------------
# (a) the yaml and the commands agree, both ways


def test_every_chinese_help_has_exactly_one_english_entry():
    chinese = {}
    for path, cmd in _tree():
        texts = {"help": cmd.help, "short_help": cmd.short_help}
        texts.update({("param", p.name): getattr(p, "help", None) for p in cmd.params})
        chinese[_key(path)] = {k: v for k, v in texts.items() if v and CJK.search(v)}
    english = _english()
    assert isinstance(english, dict)
    assert sorted(set(english) - set(chinese)) == [], "the yaml names commands that do not exist"
    for key, texts in chinese.items():
        entry = english.get(key)
        assert isinstance(entry, dict), f"no English entry for {key!r}"
        assert set(entry) <= {"help", "short_help", "params"}, (key, sorted(entry))
        params = entry.get("params") or {}
        wanted = {k[1] for k in texts if isinstance(k, tuple)}
        assert sorted(set(params) - wanted) == [], f"{key}: parameters without Chinese help (or none such)"
        assert sorted(wanted - set(params)) == [], f"{key}: parameters without English help"
        for field in ("help", "short_help"):
            assert (field in texts) == bool(entry.get(field)), (key, field)
        for text in [entry.get("help"), entry.get("short_help"), *params.values()]:
            assert text is None or (isinstance(text, str) and text.strip() and not CJK.search(text)), (key, text)


def test_english_keeps_the_exit_codes_and_paragraphs():
    """Each English description has as many paragraphs as the Chinese (typer shows the first in the
    command lists) and keeps the exit codes."""
    english = _english()
    for path, cmd in _tree():
        en = english[_key(path)]["help"]
        assert en.count("\n\n") == cmd.help.count("\n\n"), path
        if "退出码" in cmd.help:
            assert "Exit codes:" in en, path
            assert re.findall(r"(?<![\w.])\d(?= )", cmd.help.split("退出码", 1)[1]) == \
                re.findall(r"(?<![\w.])\d(?= )", en.split("Exit codes:", 1)[1]), path


# ---------------------------------------------------------------------------------------------
# (b) --lang en --help is English for every command path


def _literal_defaults(cmd) -> list[str]:
    """Default values shown as they are (``[default: …]``): the value itself, in any language (init's
    ``--enterprise`` sample name is Chinese, and so is what it writes to profile.yaml)."""
    return [p.default for p in cmd.params if isinstance(p.default, str) and CJK.search(p.default)]


@pytest.mark.parametrize("path", [p for p, _ in _tree()], ids=lambda p: _key(p))
def test_help_in_english_has_no_chinese(path):
    out = _help(path, "en")
    cmd = dict(_tree())[path]
    for literal in _literal_defaults(cmd):
        out = out.replace(f"[default: {literal}]", "[default: …]")
    assert not CJK.findall(out), (path, CJK.findall(out), out)
    entry = _english()[_key(path)]
    assert " ".join(entry["help"].split()[:4]) in _words(out), out
    assert "Show this message and exit." in _words(out) and "Output language: zh Chinese" in _words(out)


def test_group_command_lists_are_english():
    out = _words(_help([], "en"))
    english = _english()
    for name in ("check", "score", "standards", "review"):
        assert " ".join(english[name]["help"].split()[:3]) in out, name
    review = _words(_help(["review"], "en"))
    assert " ".join(english["review serve"]["help"].split()[:3]) in review


def test_lang_en_before_the_command_is_the_commands_language(tmp_path):
    """``evidence-checker --lang en CMD`` (the app's own --lang) makes the command English too."""
    res = runner.invoke(app, ["--lang", "en", "init", str(tmp_path / "nowhere")])
    assert res.exit_code == 2 and "bundle folder not found" in res.output, res.output
    res = runner.invoke(app, ["init", str(tmp_path / "nowhere")])
    assert res.exit_code == 2 and "材料文件夹不存在" in res.output, res.output


# ---------------------------------------------------------------------------------------------
# (c) no English left behind for a later Chinese call


def _all_help(lang=None):
    return {_key(p): _help(p, lang) for p, _ in _tree()}


def test_chinese_help_unchanged_after_english():
    before = _all_help()
    for key, out in before.items():
        assert "显示此帮助并退出" in out, key
    english = _all_help("en")
    assert [k for k, out in english.items() if CJK.search(out)] == ["init"]  # its --enterprise default
    after = _all_help()
    assert after == before
    assert "主流程：读取材料" in after["check"] and "输出语言：zh 中文（默认）或 en 英文。" in _words(after["check"])
    assert "The main job" not in after["check"]


def test_shared_command_objects_do_not_keep_english(monkeypatch):
    """The same click command objects serve every call (as when a program builds them once)."""
    shared = typer.main.get_command(app)
    monkeypatch.setattr(typer.testing, "_get_command", lambda _app: shared)
    before = {k: _help(k.split(), None) for k in ("score", "standards show", "review serve")}
    for _ in range(2):
        for key, zh in before.items():
            en = _help(key.split(), "en")
            assert not CJK.search(en), (key, en)
            again = _help(key.split(), None)
            assert again == zh, key
    assert "显示此帮助并退出" in _help([], None) and "Commands" not in _help([], None)
