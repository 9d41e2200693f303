"""Readings (解读): the named, switchable interpretations of an edition (``readings.yaml``).

Each reading has a title, options with their texts (Chinese and English) and a default. The chosen
options come from the profile (``readings:``) or the command line (``--reading key=option``); the code
asks :func:`chosen` for an option by key, and every report lists the readings used (:func:`describe`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from .data import read_yaml
from .messages import MessageError

READINGS_FILE = "readings.yaml"


class ReadingError(MessageError):
    """An unknown reading or option; the message names both and the choices: ``str(e)`` in
    Chinese, ``e.text(lang)`` in ``lang`` (a ``reading_*`` message of messages.yaml)."""


@dataclass(frozen=True)
class Reading:
    key: str
    title: dict[str, str]
    default: str
    options: dict[str, dict[str, str]]


@lru_cache(maxsize=8)
def _load(path: str) -> dict[str, Reading]:
    p = Path(path)
    if not p.exists():
        return {}
    data = read_yaml(p) or {}
    out = {}
    for key, raw in (data.get("readings") or {}).items():
        if not isinstance(raw, dict) or raw.get("default") not in (raw.get("options") or {}):
            raise ReadingError(f"{p.name}: readings.{key}: needs options and a default that is one of them")
        out[str(key)] = Reading(str(key), dict(raw.get("title") or {}), str(raw["default"]),
                                {str(k): dict(v) for k, v in raw["options"].items()})
    return out


def readings_of(root: Path) -> dict[str, Reading]:
    """The readings the edition folder ``root`` declares ({} when it has no readings.yaml)."""
    return _load(str(Path(root) / READINGS_FILE))


def validate(root: Path, chosen: Mapping[str, str], *, where: object = "") -> dict[str, str]:
    """``chosen`` checked against the edition's readings; ReadingError names the bad key or option
    and, first, ``where`` they come from (``--reading``, the profile's file name)."""
    known = readings_of(root)
    at = {"key": "where_prefix", "args": {"where": where}} if where else ""
    for key, value in chosen.items():
        if key not in known:
            raise ReadingError("reading_unknown", where=at, reading=repr(key),
                               options={"list": list(known)} if known else {"key": "reading_none"})
        if value not in known[key].options:
            raise ReadingError("reading_bad_option", where=at, reading=key, value=repr(value),
                               options={"list": list(known[key].options)})
    return dict(chosen)


def chosen(root: Path, selected: Mapping[str, str] | None, key: str) -> str | None:
    """The option in force for ``key``: the selected one, else the default (None if undeclared)."""
    r = readings_of(root).get(key)
    if r is None:
        return None
    return (selected or {}).get(key, r.default)


def in_force(root: Path, selected: Mapping[str, str] | None) -> dict[str, str]:
    """Every declared reading with the option in force (the selected one, else the default)."""
    return {k: (selected or {}).get(k, r.default) for k, r in readings_of(root).items()}


def describe(root: Path, selected: Mapping[str, str] | None, lang: str = "zh", *,
             overrides: Mapping[str, str] | None = None) -> list[str]:
    """One line per reading for the report's method section: title, the option used, (默认) or not."""
    out = []
    for key, r in readings_of(root).items():
        value = (overrides or {}).get(key) or (selected or {}).get(key, r.default)
        text = r.options.get(value, {})
        title = r.title.get(lang) or r.title.get("zh") or key
        body = text.get(lang) or text.get("zh") or value
        default = value == r.default
        if lang == "en":
            out.append(f"Reading — {title}: {body} ({'default' if default else 'chosen'}: {key}={value})")
        else:
            out.append(f"解读 — {title}：{body}（{'默认' if default else '已选'}）")  # no raw keys in Chinese
    return out


def parse_cli(pairs: list[str]) -> dict[str, str]:
    """``--reading key=option`` pairs as a mapping; ReadingError for a pair without ``=``."""
    out = {}
    for s in pairs:
        if "=" not in s:
            raise ReadingError("reading_pair", pair=s)
        k, v = s.split("=", 1)
        out[k.strip()] = v.strip()
    return out
