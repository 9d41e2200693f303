"""The command line's own words (usage line, help option, error panel, parse errors) in Chinese by
default, in English with ``--lang en``: Typer's built-in texts are English only.

:class:`LocalGroup` is the typer group class of the app and of its sub-apps (``typer.Typer(cls=
LocalGroup)``): every command it hands out gets the Chinese usage prefix and help-option text, and
a parse error (missing argument, unknown option, bad value) is re-raised with its message in the
user's language. The wording lives in :data:`TEXTS`.
"""

from __future__ import annotations

import re
import sys
from enum import Enum

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


def _localise(cmd, ctx, lang: str) -> None:
    """Usage prefix and help-option text of one command in ``lang``."""
    formatter = type("Formatter", (_Formatter,), {"lang": lang})
    cmd.context_class = type("Context", (cmd.context_class,), {"formatter_class": formatter})
    opt = cmd.get_help_option(ctx) if ctx is not None else None
    if opt is not None:
        opt.help = TEXTS[lang]["help"]


class LocalGroup(TyperGroup):
    """A typer group whose commands speak the user's language (see the module docstring)."""

    _lang = "zh"

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


__all__ = ["LocalGroup", "TEXTS", "lang_of", "translate_error"]
