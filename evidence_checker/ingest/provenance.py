"""Where a passage stands, said as an auditor says it: ``《管理制度汇编》门卫管理制度 第六章 门卫管理
第十二条, p.27`` (document, policy, chapter, article, page), from a passage's provenance fields."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any, Mapping

from evidence_checker.ingest.handbook import title_level
from evidence_checker.ingest.passage import Passage


def pointer(passage: Passage | Mapping[str, Any], *, lang: str = "zh") -> str:
    """The document in 《》, the policy title inside a compilation, the chapter, the article and
    the page (``p.27``) or sheet row (``第5行`` / ``row 5``) — the parts the passage knows."""
    get = _getter(passage)
    name = PurePosixPath(str(get("path") or "").split("!")[-1]).stem
    parts = [f"《{name}》"] if name else []
    parts += [p for p in section_parts(passage) if p not in parts]
    where = " ".join(parts).replace("》 ", "》")
    if get("sheet") and get("row"):
        row = f"第{get('row')}行" if lang == "zh" else f"row {get('row')}"
        return f"{where} {get('sheet')} {row}".strip()
    return f"{where}, p.{get('page')}" if get("page") else where


def _getter(passage: Passage | Mapping[str, Any]):
    return (lambda k: getattr(passage, k, None)) if isinstance(passage, Passage) else passage.get


def section_parts(passage: Passage | Mapping[str, Any] | None) -> list[str]:
    """The policy inside a compilation, the chapter and the article a passage belongs to (those known)."""
    if passage is None:
        return []
    get = _getter(passage)
    policy = next((t for t in (get("section_path") or ()) if title_level(t) == 0), None)
    parts: list[str] = []
    for part in (policy, get("chapter"), get("article")):
        if part and str(part) not in parts:
            parts.append(str(part))
    return parts
