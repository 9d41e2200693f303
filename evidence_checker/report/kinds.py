"""Evidence kinds (policy / record / statement) a rated unit expects — the matcher's lexicon says —
and the documents an assessor expects per item (``documents.yaml``), for the gap analysis's to-do list."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..catalog import Assessment, CatalogError, Item, SubItem
from ..data import read_yaml
from ..lexicon import load_lexicon

DOCUMENTS_FILE = Path(__file__).resolve().parent / "documents.yaml"


@lru_cache(maxsize=1)
def _documents() -> dict:
    """documents.yaml, checked: every entry a [中文, English] pair."""
    data = read_yaml(DOCUMENTS_FILE)
    for where, pairs in [("kinds", list(data["kinds"].values()))] + list(data["items"].items()):
        for pair in pairs:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                raise ValueError(f"{DOCUMENTS_FILE.name}: {where}: {pair!r} is not a [中文, English] pair")
    return data


def kind_label(kind: str, lang: str = "zh") -> str:
    """What a kind of evidence is, in words (e.g. 制度文件（制度、办法…）)."""
    pair = _documents()["kinds"].get(kind)
    return (pair[1] if lang == "en" else pair[0]) if pair else kind


def item_documents(item: Item, lang: str = "zh") -> tuple[str, ...]:
    """The documents an assessor expects for ``item`` (empty when the title is not listed)."""
    pairs = _documents()["items"].get(item.title) or ()
    return tuple(p[1] if lang == "en" else p[0] for p in pairs)


def expected_kinds(assessment: Assessment, unit: Item | SubItem) -> tuple[str, ...]:
    """The kinds of evidence ``unit`` expects, from the matcher's lexicon (empty without one)."""
    try:
        entry = load_lexicon(assessment.standard.edition).unit(assessment.level, unit.id)
    except CatalogError:  # no lexicon for this edition
        return ()
    return entry.kinds if entry is not None else ()
