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
# Word's bullets drawn in the Symbol/Wingdings fonts come out of PDFs as private-use characters
SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf06c": "●", "\uf0a7": "▪", "\uf0d8": "►", "\uf076": "◆",
                                "\uf0fc": "✓", "\uf06e": "■", "\uf0a8": "□", "\uf06f": "□"})


def is_leader_line(text: str) -> bool:
    """A line ending with a dot leader and a page number: ``第六章 门卫管理 ……… 27``."""
    return bool(_LEADER_PAGE.search(text))


def toc_lines(texts: Sequence[str], settings: IngestSettings | None = None, *, page: bool = True) -> set[int]:
    """Indexes of the lines (or paragraphs) in ``texts`` that are a table of contents.

    Leader lines always are; so are a 目录 title and the run of lines after it that end with a
    page number (``第一章 总则	3``). On a ``page`` (a PDF page's lines), at least
    ``toc_min_lines`` lines of a structure marker + title + page number are too.
    """
    s = settings or load()
    names = {_squeeze(x) for x in s.toc_titles}
    found = {i for i, t in enumerate(texts) if is_leader_line(t)}
    for i, t in enumerate(texts):
        if _squeeze(t) not in names:
            continue
        k = i + 1
        while k < len(texts) and (_TRAILING_PAGE.search(texts[k]) or is_leader_line(texts[k])):
            found.add(k)
            k += 1
        if k > i + 1 or page:
            found.add(i)
    if page:
        numbered = {i for i, t in enumerate(texts) if _TRAILING_PAGE.search(t) and marker(t) is not None}
        if len(numbered) >= s.toc_min_lines:
            found |= numbered
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
