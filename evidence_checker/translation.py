"""English for the standard's own words: table titles, sections, item titles, requirement texts, notes,
threshold phrases and the profile flags' labels, from ``standards/<edition>/translation.en.yaml`` — an unofficial translation kept
as data beside the verbatim Chinese tables (the Chinese is authoritative).

Reports and the command line show an edition in English through :func:`localized`, a copy of the
:class:`~evidence_checker.catalog.Standard` whose texts are English; matching, rating and scoring always
read the Chinese. A text without an English entry stays Chinese; ``tests/test_translation.py`` checks the
bundled edition has every one.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .catalog import CatalogError, Item, Standard, Table, Threshold, normalize_ws

TRANSLATION_FILE = "translation.en.yaml"
KINDS = ("tables", "sections", "titles", "texts", "notes", "thresholds", "flags")


@lru_cache(maxsize=8)
def english_texts(root: Path) -> dict[str, str]:
    """Chinese text (whitespace normalised) → English, from the edition folder's translation file;
    empty when the edition has none. A malformed file raises :class:`CatalogError` naming the entry."""
    path = Path(root) / TRANSLATION_FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise CatalogError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict) or set(data) - set(KINDS):
        raise CatalogError(f"{path}: expected the lists {', '.join(KINDS)}; found {sorted(data or {})}")
    out: dict[str, str] = {}
    for kind, entries in data.items():
        for n, entry in enumerate(entries or [], 1):
            zh, en = (entry.get("zh"), entry.get("en")) if isinstance(entry, dict) else (None, None)
            if not isinstance(zh, str) or not zh.strip() or not isinstance(en, str):
                raise CatalogError(f"{path}: {kind} entry {n}: needs a Chinese text zh and its English en")
            if en.strip():
                out[normalize_ws(zh)] = en.strip()
    return out


def translate(std: Standard, text: str | None, lang: str) -> str:
    """``text`` (one of the edition's own texts) in ``lang``: the English entry, else the text itself."""
    if not text or lang != "en":
        return text or ""
    return english_texts(std.root).get(normalize_ws(text), text)


def localized(std: Standard, lang: str) -> Standard:
    """The edition with its texts in ``lang`` (the same object for Chinese): ids, categories, conditions
    and numbers unchanged, so an assessment of it scores exactly as the original."""
    if lang != "en" or not english_texts(std.root):
        return std
    return _english(std)


@lru_cache(maxsize=8)
def _english(std: Standard) -> Standard:
    en = english_texts(std.root)

    def tr(text: str | None) -> str | None:
        return en.get(normalize_ws(text), text) if text else text

    def thresholds(ths: tuple[Threshold, ...]) -> tuple[Threshold, ...]:
        return tuple(th.model_copy(update={"text": tr(th.text)}) for th in ths)

    def item(i: Item) -> Item:
        return i.model_copy(update={
            "title": tr(i.title), "section": tr(i.section), "text": tr(i.text), "thresholds": thresholds(i.thresholds),
            "notes": tuple(n.model_copy(update={"text": tr(n.text), "thresholds": thresholds(n.thresholds)})
                           for n in i.notes),
            "subitems": tuple(s.model_copy(update={"text": tr(s.text), "thresholds": thresholds(s.thresholds)})
                              for s in i.subitems)})

    tables: list[Table] = [t.model_copy(update={"title": tr(t.title), "items": tuple(item(i) for i in t.items)})
                           for t in std.tables]
    flags = [f.model_copy(update={"label": tr(f.label)}) for f in std.flags.values()]
    from .validity import read_edition_meta

    title = read_edition_meta(Path(std.root)).title_en or std.title  # edition.yaml ``title_en``
    return Standard(std.edition, tables, std.rules, flags, std.root, title=title, shape=std.shape)


def edition_texts(std: Standard) -> list[str]:
    """Every text of the edition a translation covers, once each, in printed order."""
    seen: dict[str, None] = dict.fromkeys(f.label for f in std.flags.values())
    for t in std.tables:
        seen[t.title] = None
        for i in t.items:
            thresholds = (*i.thresholds, *(x for s in i.subitems for x in s.thresholds),
                          *(x for n in i.notes for x in n.thresholds))
            for text in (i.title, i.section, i.text, *(n.text for n in i.notes), *(s.text for s in i.subitems),
                         *(th.text for th in thresholds)):
                if text:
                    seen[text] = None
    return list(seen)


def missing_english(std: Standard) -> list[str]:
    """The edition's texts that have no English entry (the completeness test)."""
    en = english_texts(std.root)
    return [text for text in edition_texts(std) if normalize_ws(text) not in en]


__all__ = ["TRANSLATION_FILE", "edition_texts", "english_texts", "localized", "missing_english", "translate"]
