"""The command line's own words (usage line, help option, error panel, parse errors) in Chinese by
default, in English with ``--lang en``: Typer's built-in texts are English only.

:class:`LocalGroup` is the typer group class of the app and of its sub-apps (``typer.Typer(cls=
LocalGroup)``): every command it hands out gets the Chinese usage prefix and help-option text, and
a parse error (missing argument, unknown option, bad value) is re-raised with its message in the
user's language. The wording lives in :data:`TEXTS`.

The help of the commands themselves (descriptions, argument and option help) is written in Chinese
in the code; with ``--lang en`` it is replaced by its English from ``cli_help_en.yaml`` (keyed by
command path and parameter name), and put back for a Chinese call (:func:`_localise_help`).
The app and its groups take ``--lang`` too (``evidence-checker --lang en --help``); given before a
command, it is that command's default ``--lang``.
"""

from __future__ import annotations

import re
import sys
from enum import Enum
from functools import lru_cache
from pathlib import Path

import typer
from typer import rich_utils
from typer._click.exceptions import UsageError
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup


class Lang(str, Enum):
    """The language of a command's own words (``--lang``): Chinese by default, English on request."""

    zh = "zh"
    en = "en"


LangOpt = typer.Option(Lang.zh, "--lang", help="输出语言：zh 中文（默认）或 en 英文。")

HELP_EN_FILE = Path(__file__).with_name("cli_help_en.yaml")
HELP_EN_ROOT = "evidence-checker"  # the key of the app itself in cli_help_en.yaml

TEXTS = {
    "zh": {
        "usage": "用法：",
        "help": "显示此帮助并退出。",
        "arguments": "参数",
        "options": "选项",
        "commands": "命令",
        "error": "错误",
        "aborted": "已中止。",
        "try": "运行 [blue]'{command_path} {help_option}'[/] 查看帮助。",
        "required": "[必填]",
        "default": "[默认：{}]",
    },
    "en": {
        "usage": "Usage: ",
        "help": "Show this message and exit.",
        "arguments": "Arguments",
        "options": "Options",
        "commands": "Commands",
        "error": "Error",
        "aborted": "Aborted.",
        "try": "Try [blue]'{command_path} {help_option}'[/] for help.",
        "required": "[required]",
        "default": "[default: {}]",
    },
}

# Typer's parse errors → Chinese (pattern on the English message, replacement).
ERRORS_ZH = (
    (r"^Missing argument '?([^'.]+)'?\.?$", r"缺少参数 \1。"),
    (r"^Missing option '?([^'.]+)'?\.?$", r"缺少选项 \1。"),
    (r"^Missing parameter: (.+)$", r"缺少参数 \1。"),
    (r"^No such option: (\S+) \(Possible options: (.+)\)\s*$", r"没有选项 \1（可能是：\2）。"),
    (r"^No such option: (\S+)(?: Did you mean (\S+)\?)?\s*$", r"没有选项 \1。"),
    (r"^No such command '?([^'.]+)'?\.?$", r"没有命令 \1。"),
    (r"^Missing command\.?$", "缺少命令。"),
    (r"^Got unexpected extra arguments? \((.+)\)$", r"多余的参数：\1"),
    (r"^Option '?([^'\s]+)'? requires an argument\.?$", r"选项 \1 需要一个值。"),
    (r"^Option '?([^'\s]+)'? requires (\d+) arguments\.?$", r"选项 \1 需要 \2 个值。"),
    (r"^Invalid value for '?([^':]+)'?: (?:Value error, )?'?([^']*)'? is not one of (.+?)\.?$",
     r"\1 的值 \2 无效，可选：\3。"),
    (r"^Invalid value for '?([^':]+)'?: '?(.*?)'? is not a valid integer\.?$", r"\1 的值 \2 不是整数。"),
    (r"^Invalid value for '?([^':]+)'?: Input should be a valid integer.*$", r"\1 的值应为整数。"),
    (r"^Invalid value for '?([^':]+)'?: Input should be a valid number.*$", r"\1 的值应为数字。"),
    (r"^Invalid value for '?([^':]+)'?: (.+)$", r"\1 的值无效：\2"),
)


def lang_of(args) -> str:
    """'en' when the command line asks for ``--lang en`` (or ``--lang=en``), else 'zh'."""
    args = list(args)
    for i, a in enumerate(args):
        if a == "--lang=en" or (a == "--lang" and i + 1 < len(args) and args[i + 1] == "en"):
            return "en"
    return "zh"


def translate_error(message: str, lang: str) -> str:
    """A Typer parse-error message in ``lang`` (unknown messages are kept as they are)."""
    if lang != "zh":
        return message
    for pattern, repl in ERRORS_ZH:
        if re.match(pattern, message, flags=re.S):
            return re.sub(pattern, repl, message, flags=re.S)
    return message


def _set_panel_texts(lang: str) -> None:
    w = TEXTS[lang]
    rich_utils.ARGUMENTS_PANEL_TITLE = w["arguments"]
    rich_utils.OPTIONS_PANEL_TITLE = w["options"]
    rich_utils.COMMANDS_PANEL_TITLE = w["commands"]
    rich_utils.ERRORS_PANEL_TITLE = w["error"]
    rich_utils.ABORTED_TEXT = w["aborted"]
    rich_utils.RICH_HELP = w["try"]
    rich_utils.REQUIRED_LONG_STRING = w["required"]
    rich_utils.DEFAULT_STRING = w["default"]


class _Formatter(HelpFormatter):
    lang = "zh"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, TEXTS[self.lang]["usage"] if prefix is None else prefix)


@lru_cache(maxsize=1)
def help_en() -> dict[str, dict]:
    """The English help of the commands (``cli_help_en.yaml``): command path → help and params."""
    from .data import read_yaml  # libyaml when installed

    return read_yaml(HELP_EN_FILE) or {}


def _root_path(group) -> str:
    """The path of the command a program was started with: '' for the app; for one of its groups
    started on its own (tests call the review app directly), that group's path in the app, found by
    its commands' names."""
    names = set(getattr(group, "commands", None) or ())
    keys = [k for k in help_en() if k != HELP_EN_ROOT]
    for key in keys:
        if names and names == {k[len(key) + 1:] for k in keys if k.rpartition(" ")[0] == key}:
            return key
    return ""


def _path(cmd, ctx) -> str:
    """The command path of ``cmd`` ("standards list"; '' for the app); ``ctx`` is its parent's
    context (None for the command a program was started with)."""
    if ctx is None:
        return _root_path(cmd)
    names = [cmd.name or ""]
    while ctx.parent is not None:
        names.append(ctx.command.name or ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(p for p in [_root_path(ctx.command), *reversed(names)] if p)


def _localise_help(cmd, ctx, lang: str) -> None:
    """The help of ``cmd`` and of its parameters in ``lang``: English from ``cli_help_en.yaml``, or
    the Chinese of the code, kept on first change and put back, as command objects may serve more
    than one call in a process."""
    objs = [cmd, *(p for p in cmd.params if getattr(p, "help", None))]
    if lang != "en":
        for obj in objs:
            if "_help_zh" in obj.__dict__:
                obj.help, obj.short_help = obj._help_zh if obj is cmd else (obj._help_zh, None)
        return
    entry = help_en().get(_path(cmd, ctx) or HELP_EN_ROOT)
    if not entry:
        return
    for obj in objs:
        obj.__dict__.setdefault("_help_zh", (obj.help, obj.short_help) if obj is cmd else obj.help)
    cmd.help = entry.get("help") or cmd.help
    cmd.short_help = entry.get("short_help") or (None if entry.get("help") else cmd.short_help)
    params = entry.get("params") or {}
    for p in objs[1:]:
        p.help = params.get(p.name) or p.help


def _localise(cmd, ctx, lang: str) -> None:
    """Usage prefix, help-option text and help texts of one command in ``lang``; ``ctx`` is the
    context of its group (None for the command a program was started with)."""
    formatter = type("Formatter", (_Formatter,), {"lang": lang})
    cmd.context_class = type("Context", (cmd.context_class,), {"formatter_class": formatter})
    opt = cmd.get_help_option(ctx) if ctx is not None else None
    if opt is not None:
        opt.help = TEXTS[lang]["help"]
    _localise_help(cmd, ctx, lang)


def _lang_option():
    """A ``--lang`` option for a group, made by typer from :data:`LangOpt` as for a command."""
    probe = typer.Typer(add_completion=False)

    @probe.command()
    def _probe(lang: Lang = LangOpt) -> None:  # pragma: no cover - never run
        pass

    opt = next(p for p in typer.main.get_command(probe).params if p.name == "lang")
    opt.expose_value = False  # the group's callback does not take it
    opt.callback = _lang_for_commands
    return opt


def _lang_for_commands(ctx, param, value):
    """``--lang en`` before a command: the default ``--lang`` of the commands under the group."""
    if getattr(value, "value", value) == Lang.en.value:
        ctx.default_map = {**_lang_defaults(ctx.command, Lang.en.value), **(ctx.default_map or {})}
    return value


def _lang_defaults(group, lang: str) -> dict:
    out = {}
    for name, cmd in (getattr(group, "commands", None) or {}).items():
        sub = _lang_defaults(cmd, lang)
        if any(p.name == "lang" for p in cmd.params):
            sub["lang"] = lang
        if sub:
            out[name] = sub
    return out


class LocalGroup(TyperGroup):
    """A typer group whose commands speak the user's language (see the module docstring)."""

    _lang = "zh"

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        if not any(p.name == "lang" for p in self.params):
            self.params.append(_lang_option())

    def main(self, args=None, *a, **kw):
        LocalGroup._lang = lang_of(sys.argv[1:] if args is None else args)
        _set_panel_texts(LocalGroup._lang)
        return super().main(args, *a, **kw)

    def make_context(self, info_name, args, parent=None, **extra):
        _localise(self, None if parent is None else parent, LocalGroup._lang)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except UsageError as e:
            raise self._translated(e) from None

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None:
            _localise(cmd, ctx, LocalGroup._lang)
        return cmd

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = TEXTS[LocalGroup._lang]["help"]
        return opt

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as e:
            raise self._translated(e) from None

    @staticmethod
    def _translated(e: UsageError) -> UsageError:
        if getattr(e, "_localised", False) or type(e).__name__ == "NoArgsIsHelpError":
            return e
        out = UsageError(translate_error(e.format_message(), LocalGroup._lang), ctx=e.ctx)
        out._localised = True
        return out


__all__ = ["LocalGroup", "TEXTS", "help_en", "lang_of", "translate_error"]
