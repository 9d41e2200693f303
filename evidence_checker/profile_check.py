"""Warnings about a profile that loads but is probably not what its author meant: keys the tool
does not know (a typo such as ``flag:`` is otherwise ignored silently), named with their line, and
an assessment date in the future."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import fields
from pathlib import Path

import yaml

from .profile import Profile


def known_keys() -> list[str]:
    """The top-level keys profile.yaml may hold (the fields of :class:`Profile`)."""
    return [f.name for f in fields(Profile)]


def unknown_keys(path: Path, lang: str = "zh") -> list[str]:
    """``profile.yaml 第N行：未知的键 …`` for every top-level key the tool does not read."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []  # load_profile reports these
    if not isinstance(node, yaml.MappingNode):
        return []
    known = known_keys()
    out = []
    for key, _ in node.value:
        name = str(key.value)
        if name in known:
            continue
        guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        line = key.start_mark.line + 1
        if lang == "en":
            hint = f"; did you mean {guess[0]}?" if guess else f" (known keys: {', '.join(known)})"
            out.append(f"{path.name} line {line}: unknown key {name}, ignored{hint}")
        else:
            hint = f"，是否想写 {guess[0]}？" if guess else f"（可用的键：{'、'.join(known)}）"
            out.append(f"{path.name} 第{line}行：未知的键 {name}，已忽略{hint}")
    return out


def future_date(profile: Profile, today: dt.date | None = None, lang: str = "zh") -> list[str]:
    """A warning when the assessment date lies after today."""
    today = today or dt.date.today()
    if profile.as_of <= today:
        return []
    if lang == "en":
        return [f"the assessment date {profile.as_of.isoformat()} is after today ({today.isoformat()}); "
                "periods such as 'within 1 year' count back from it: check that this is the date you mean"]
    return [f"评估基准日 {profile.as_of.isoformat()} 晚于今天（{today.isoformat()}）；“1年内”等期间将从该日向前计算，"
            "请确认这是想要的日期"]


def profile_warnings(profile: Profile, path: Path | None, today: dt.date | None = None,
                     lang: str = "zh") -> list[str]:
    """Every warning about ``profile`` (read from ``path`` when it came from a file)."""
    keys = unknown_keys(path, lang) if path is not None and path.is_file() else []
    return keys + future_date(profile, today, lang)
