"""Names of an edition's levels, business types, categories and pass conditions in outputs, from the
edition's own data (edition.yaml, rules.yaml), falling back to the shared labels of :mod:`.i18n`."""

from __future__ import annotations

from .catalog import Standard
from .i18n import t


def level_label(std: Standard, level: str, lang: str = "zh") -> str:
    n = std.shape.levels.get(level)
    return (n.zh if lang == "zh" else n.en) if n else t(level, lang)


def business_label(std: Standard, business_type: str, lang: str = "zh") -> str:
    return std.shape.business_type_label(business_type, lang)


def category_label(std: Standard, category: str, lang: str = "zh") -> str:
    if lang == "zh":
        return std.rules.category_labels.get(category, t(category, "zh"))
    label = t(category, "en")
    return label if label != category else category.replace("_", " ").capitalize()


def condition_label(std: Standard, cid: str, lang: str = "zh") -> str:
    pc = next((c for c in std.rules.pass_conditions if c.id == cid), None)
    if pc is not None and pc.label:
        return pc.label.get(lang) or pc.label.get("zh") or t(cid, lang)
    return t(cid, lang)
