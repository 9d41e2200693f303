"""Evidence kinds (policy / record / statement) a rated unit expects, and the documents an
assessor expects per item (``documents.yaml``), for the gap analysis's to-do list."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from ..catalog import Assessment, CatalogError, Item, SubItem

DOCUMENTS_FILE = Path(__file__).resolve().parent / "documents.yaml"
KINDS = ("policy", "record", "statement")


@lru_cache(maxsize=1)
def _documents() -> dict:
    """documents.yaml, checked: every entry a [中文, English] pair."""
    data = yaml.safe_load(DOCUMENTS_FILE.read_text(encoding="utf-8"))
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


def expected_kinds(assessment: Assessment, item: Item, unit: Item | SubItem) -> tuple[str, ...]:
    """The kinds of evidence ``unit`` expects: from the matcher's lexicon when it has the unit,
    else read from the standard's words (建立…制度 → policy; 落实/记录/每年… → record; 守法规范
    → statement; anything else → record)."""
    try:
        from ..lexicon import load_lexicon

        entry = load_lexicon(assessment.standard.edition).unit(assessment.level, unit.id)
        if entry is not None and entry.kinds:
            return entry.kinds
    except (ImportError, CatalogError):  # no lexicon for this edition: read the standard's words
        pass
    text = unit.text or ""
    kinds = []
    if any(w in text for w in ("制度", "程序", "预案", "机制", "体系", "办法")):
        kinds.append("policy")
    if any(w in text for w in ("落实", "执行", "记录", "台账", "档案", "每年", "定期", "登记", "保存", "留存",
                               "实施", "培训", "检查")):
        kinds.append("record")
    if item.category == "legal_compliance":
        kinds.append("statement")
    return tuple(dict.fromkeys(kinds or ["record"]))

