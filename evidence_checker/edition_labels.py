"""Names of an edition's levels, business types, categories, ratings and pass conditions in outputs, and
every label that quotes the edition's numbers ("不超过3项", "95分", "-2分"), from the edition's own data
(edition.yaml, rules.yaml) — so a new edition's reports say its own words with no code change.

The shared labels of :mod:`.i18n` hold the sentences; where a sentence names something of the edition
it has a placeholder (``{min}``, ``{points_nc}``, ``{cond_basic}``, ``{basic_cats}`` …) that
:class:`EditionLabels` fills from the data. Keys the edition names itself (a level id, a part id, a
category, a rating, a condition id, ``scope.<reading>``, ``report.basis``) are looked up in the edition
first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .catalog import Standard
from .i18n import t

_ZH_NUMERALS = "零一二三四五六七八九十"
_EN_NUMERALS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


class _Keep(dict):
    """format_map values: a placeholder nobody filled stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class EditionLabels:
    """The labels of one edition: its own names (``names``: key → {zh, en}) over the shared labels, and
    the values of the edition placeholders per language (``context``)."""

    names: dict[str, dict[str, str]]
    context: dict[str, dict[str, object]]

    def t(self, key: str, lang: str = "zh", **fmt) -> str:
        """The label of ``key`` in ``lang`` with the edition's placeholders and ``fmt`` filled in."""
        entry = self.names.get(key)
        text = (entry.get(lang) or entry.get("zh") or key) if entry else t(key, lang)
        if "{" not in text:
            return text
        return text.format_map(_Keep({**self.context.get(lang, {}), **fmt}))

    def business(self, business_type: str, lang: str = "zh") -> str:
        """A business type's name; a 1+N type (``bonded+food``) joins its parts' names."""
        if business_type in self.names:
            return self.t(business_type, lang)
        return self.t("punct.list", lang).join(self.t(p, lang) for p in business_type.split("+"))


def _numeral(n: int, lang: str) -> str:
    words = _ZH_NUMERALS if lang == "zh" else _EN_NUMERALS
    return words[n] if 0 <= n < len(words) else str(n)


def _signed(n: int) -> str:
    return str(n) if n <= 0 else f"+{n}"


@lru_cache(maxsize=8)
def _edition_meta(root: Path) -> dict:
    path = root / "edition.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _pair(zh: str, en: str | None) -> dict[str, str]:
    return {"zh": zh, "en": en or zh}


@lru_cache(maxsize=16)
def edition_labels(std: Standard) -> EditionLabels:
    """The labels of ``std`` built from its edition.yaml and rules.yaml (see the module docstring)."""
    rules, shape = std.rules, std.shape
    names: dict[str, dict[str, str]] = {}
    for key, n in shape.levels.items():
        names[key] = _pair(n.zh, n.en)
    for key, n in shape.parts.items():
        names[key] = _pair(n.zh, n.en)
    for key, zh in rules.labels.items():
        names[key] = _pair(zh, rules.labels_en.get(key) or t(key, "en"))
    for key, zh in rules.category_labels.items():
        en = rules.category_labels_en.get(key) or key.replace("_", " ").capitalize()
        names[key] = _pair(zh, en)
    for key, zh in rules.basic_limit_scopes.items():
        names[f"scope.{key}"] = _pair(zh, rules.basic_limit_scopes_en.get(key))
    cond_names: dict[str, dict[str, str]] = {}
    for pc in rules.pass_conditions:
        if pc.label:
            names[pc.id] = _pair(pc.label.get("zh") or pc.text, pc.label.get("en"))
        cond_names[pc.id] = dict(pc.name or pc.label or {"zh": pc.text})
    meta = _edition_meta(Path(std.root))
    basis = meta.get("basis")
    if isinstance(basis, dict) and basis.get("zh"):
        names["report.basis"] = _pair(str(basis["zh"]), basis.get("en"))
    elif std.title:
        names["report.basis"] = _pair(f"依据{std.title}", f"Under {meta.get('title_en') or std.title}")

    context: dict[str, dict[str, object]] = {}
    for lang in ("zh", "en"):
        scored = [(k, p) for k, p in rules.points.items() if p is not None]
        if lang == "zh":
            points_list = "，".join(f"{rules.labels.get(k, k)}{p}分" for k, p in scored)
        else:
            points_list = ", ".join(f"{names[k]['en']} {p}" for k, p in scored)
        bonus = ""
        if rules.bonus is not None:
            text = rules.bonus.text if lang == "zh" else (rules.bonus.text_en or rules.bonus.text)
            bonus = (f"{text}。" if lang == "zh" else f" Bonus: {text}.") if text else ""
        sep = "、" if lang == "zh" else " and "
        basic = cond_names.get("basic_limit", {})
        context[lang] = {
            "base": rules.base_score,
            "points_list": points_list,
            "points_nc": _signed(rules.points.get("non_compliant") or 0),
            "points_basic": _signed(rules.points.get("basically_compliant") or 0),
            "limit": rules.basic_limit_max,
            "min": rules.min_total,
            "basic_cats": sep.join(names[c][lang] if lang == "zh" else names[c][lang].lower()
                                   for c in rules.basic_limit_categories),
            "cond_basic": basic.get(lang) or basic.get("zh") or "",
            "n_conditions": _numeral(len(rules.pass_conditions), lang),
            "bonus_note": bonus,
        }
    return EditionLabels(names=names, context=context)


def level_label(std: Standard, level: str, lang: str = "zh") -> str:
    return edition_labels(std).t(level, lang)


def business_label(std: Standard, business_type: str, lang: str = "zh") -> str:
    return std.shape.business_type_label(business_type, lang)


def category_label(std: Standard, category: str, lang: str = "zh") -> str:
    return edition_labels(std).t(category, lang)


def condition_label(std: Standard, cid: str, lang: str = "zh") -> str:
    return edition_labels(std).t(cid, lang)
