"""Facts a proposal read, as lines a person reads: ``{"threshold": "training_min_per_year",
"required": 2, "found": 1}`` → ``每年参加2次以上：要求 2，材料显示 1``.

The propose stage writes facts as small mappings; known keys get labels (``fact.<key>`` in i18n),
thresholds are named by their phrase in the standard, role keys by the standard's wording.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from ..catalog import Item, SubItem
from ..i18n import _LABELS, t

NAME_KEYS = ("threshold", "name")
VALUE_KEYS = ("found", "value", "stated_years")  # what the documents show, for a threshold
MAX_LISTED = 4  # values of a list shown before "… 共N个"


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    try:
        from ..facts import role_labels

        return role_labels()
    except Exception:  # the facts lexicon is optional for a report: keys are shown as they are
        return {}


def threshold_phrases(unit: Item | SubItem) -> dict[str, str]:
    return {th.name: th.text for th in unit.thresholds}


def fact_value(fact: Mapping) -> object | None:
    """The number the documents show for a threshold fact (None when the fact has none)."""
    return next((fact[k] for k in VALUE_KEYS if fact.get(k) is not None), None)


def fact_name(fact: Mapping) -> str | None:
    return next((str(fact[k]) for k in NAME_KEYS if fact.get(k)), None)


def _value(v: object, sep: str, lang: str = "zh") -> str:
    if isinstance(v, (list, tuple)):
        shown = sep.join(_value(x, sep, lang) for x in v[:MAX_LISTED])
        if len(v) > MAX_LISTED:
            shown += t("report.and_more", lang).format(n=len(v))
        return shown
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return _roles().get(v, str(v)) if isinstance(v, str) else str(v)


def fact_text(fact: object, unit: Item | SubItem, lang: str = "zh") -> str:
    """One fact as a line in ``lang`` (plain text facts pass through)."""
    if not isinstance(fact, Mapping):
        return str(fact)
    sep, colon = ("、", "：") if lang == "zh" else (", ", ": ")
    if fact.get("text"):  # a fact that says itself
        value = fact_value(fact)
        return f"{fact['text']}{colon}{_value(value, sep, lang)}" if value is not None else str(fact["text"])
    name = fact_name(fact)
    head = threshold_phrases(unit).get(name, name) if name else ""
    parts = []
    for key, v in fact.items():
        if key in NAME_KEYS:
            continue
        label = t(f"fact.{key}", lang) if f"fact.{key}" in _LABELS else key
        parts.append(f"{label} {_value(v, sep, lang)}")
    body = ("，" if lang == "zh" else "; ").join(parts)
    return f"{head}{colon}{body}" if head else body
