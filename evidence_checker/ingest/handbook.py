"""Compiled handbooks (《管理制度汇编》): table-of-contents lines, policy and compilation titles,
article labels — so every passage knows the policy, chapter and article it belongs to.

Word lists and limits come from ``models/ingest.yaml`` (``handbook``, ``titles``).
"""

from __future__ import annotations

import re
from typing import Sequence

from evidence_checker.ingest.settings import IngestSettings, load

_LEADER_PAGE = re.compile(r"(?:\.{3,}|…{1,}|·{3,}|_{3,}|-{4,}|—{2,}|\s\.\s\.\s\.)[\s.·…_—-]*\d{1,4}\s*$")
_TRAILING_PAGE = re.compile(r"\S\s+\d{1,4}\s*$")
_ARTICLE = re.compile(r"^\s*(第[一二三四五六七八九十百零〇两\d]+条)")
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d]+章")
_END_PUNCT = tuple("。；;！!？?，,：:")


def is_leader_line(text: str) -> bool:
    """A line ending with a dot leader and a page number: ``第六章 门卫管理 ……… 27``."""
    return bool(_LEADER_PAGE.search(text))


def toc_lines(texts: Sequence[str], settings: IngestSettings | None = None) -> set[int]:
    """Indexes of a page's lines that are its table of contents.

    Leader lines always are. Without leaders, a page that has a 目录 title line, or at least
    ``toc_min_lines`` lines of a structure marker + title + page number, has those lines (and
    its title line) as its contents.
    """
    s = settings or load()
    found = {i for i, t in enumerate(texts) if is_leader_line(t)}
    titles = {i for i, t in enumerate(texts) if _squeeze(t) in {_squeeze(x) for x in s.toc_titles}}
    numbered = {i for i, t in enumerate(texts) if _TRAILING_PAGE.search(t) and marker(t) is not None}
    if titles or len(numbered) >= s.toc_min_lines:
        found |= numbered
    if found:
        found |= titles
    return found


def marker(text: str) -> object:
    """The structure marker of ``text`` (see :func:`evidence_checker.ingest.segment.marker`)."""
    from evidence_checker.ingest.segment import marker as segment_marker

    return segment_marker(text)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def article_label(text: str) -> str | None:
    """``第十二条`` when ``text`` starts an article, else None."""
    m = _ARTICLE.match(text)
    return m.group(1) if m else None


def is_chapter(text: str) -> bool:
    """True for a 第X章 heading."""
    return bool(_CHAPTER.match(text))


def title_level(text: str, settings: IngestSettings | None = None) -> int | None:
    """-1 for a compilation's title (…管理制度汇编), 0 for a policy's title (门卫管理制度), None
    otherwise: a short line without sentence punctuation ending with a title word."""
    s = settings or load()
    core = text.strip().strip("《》〈〉\"“”")
    if not core or len(core) > 40 or core.endswith(_END_PUNCT) or "。" in core or marker(text) is not None:
        return None
    if core.endswith(s.compilation_title_endings):
        return -1
    if core.endswith(s.policy_title_endings):
        return 0
    return None
