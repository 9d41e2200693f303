"""How Chinese writes quantities, periods, dates and signatures — the words of ``models/wording.yaml``.

facts.py, match.py, nlp.py and tables.py build their patterns from these lists, so that no Python
chooses behaviour by a Chinese word of its own (``scripts/chinese_terms.py`` counts those). The order
of each list is the order a pattern tries its words in (:func:`alt`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from .data import models_root, read_yaml

WORDING_FILE = "wording.yaml"


@dataclass(frozen=True)
class Duration:
    unit: str  # month | day | hour | year | week
    not_before: tuple[str, ...] = ()  # characters after which the word is no duration (年度, 日期)


@dataclass(frozen=True)
class Wording:
    min_words: tuple[str, ...]
    max_words: tuple[str, ...]
    more_suffixes: tuple[str, ...]
    periods: dict[str, float]  # word -> length in years
    keep_words: tuple[str, ...]
    durations: dict[str, Duration]
    count_units: tuple[str, ...]
    count_bounds: dict[str, str]  # word -> min | max
    percent_words: dict[str, float]  # word -> denominator
    quarter_words: tuple[str, ...]
    year_words: tuple[str, ...]
    signature_in_brackets: tuple[str, ...]
    signature_after_role: tuple[str, ...]
    fact_patterns: dict
    entity_patterns: list


def alt(words) -> str:
    """The words as a regex alternation in their order (``保存|保留``), each escaped."""
    return "|".join(re.escape(str(w)) for w in words)


def _number(v: object, where: str) -> float:
    try:
        return float(Fraction(str(v).strip()))
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"{WORDING_FILE}: {where}: {v!r} is not a number (write 0.5 or 1/12)") from None


def _words(data: dict, key: str) -> tuple[str, ...]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise ValueError(f"{WORDING_FILE}: {key}: must be a non-empty list of words")
    return tuple(raw)


def _map(data: dict, key: str) -> dict:
    raw = data.get(key)
    if not isinstance(raw, dict) or not raw:
        raise ValueError(f"{WORDING_FILE}: {key}: must be a non-empty mapping")
    return raw


def parse_wording(data: dict) -> Wording:
    """Validate the contents of wording.yaml (ValueError naming the field)."""
    if not isinstance(data, dict):
        raise ValueError(f"{WORDING_FILE}: must be a mapping")
    durations = {}
    for word, d in _map(data, "durations").items():
        if not isinstance(d, dict) or d.get("unit") not in {"month", "day", "hour", "year", "week"}:
            raise ValueError(f"{WORDING_FILE}: durations.{word}: unit must be month, day, hour, year or week")
        durations[str(word)] = Duration(d["unit"], tuple(str(c) for c in d.get("not_before") or ()))
    bounds = {str(k): str(v) for k, v in _map(data, "count_bounds").items()}
    if set(bounds.values()) - {"min", "max"}:
        raise ValueError(f"{WORDING_FILE}: count_bounds: each word is min or max")
    sig = _map(data, "signature")
    return Wording(
        min_words=_words(data, "min_words"), max_words=_words(data, "max_words"),
        more_suffixes=_words(data, "more_suffixes"),
        periods={str(k): _number(v, f"periods.{k}") for k, v in _map(data, "periods").items()},
        keep_words=_words(data, "keep_words"), durations=durations, count_units=_words(data, "count_units"),
        count_bounds=bounds,
        percent_words={str(k): _number(v, f"percent_words.{k}") for k, v in _map(data, "percent_words").items()},
        quarter_words=_words(data, "quarter_words"), year_words=_words(data, "year_words"),
        signature_in_brackets=_words(sig, "in_brackets"), signature_after_role=_words(sig, "after_role"),
        fact_patterns=_map(data, "fact_patterns"), entity_patterns=list(data.get("entity_patterns") or []),
    )


@lru_cache(maxsize=4)
def load_wording(path: str | None = None) -> Wording:
    """The wording of ``models/wording.yaml`` (or ``path``), read once."""
    return parse_wording(read_yaml(Path(path) if path else models_root() / WORDING_FILE))
