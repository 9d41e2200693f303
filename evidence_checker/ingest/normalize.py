"""Text normalisation for matching: pure functions, used on passages and (later) on query text.

:func:`normalize` applies, in order:

1. Unicode NFKC: full-width ASCII letters, digits, punctuation and the ideographic space become
   their half-width forms (``ＡＢＣ１２３`` → ``ABC123``, ``，；：（）！？`` → ``,;:()!?``);
   compatibility characters become the ordinary ones (Kangxi radicals ``⽇`` → ``日``, which
   Word-exported PDFs contain; ``㈠`` → ``(一)``; ``①`` → ``1``).
2. :data:`PUNCTUATION` — the remaining Chinese punctuation mapped to one form each:
   brackets ``【】〔〕〖〗`` → ``[]``; quotes ``“”‘’「」『』〝〞`` → ``"``; dashes ``—–―‐‑‒`` → ``-``;
   ``～〜`` → ``~``; middle dots ``・•`` → ``·``; zero-width characters removed. ``、``, ``。``
   and ``《》`` are kept: they carry meaning (list markers, sentence ends, document titles).
3. Traditional → simplified Chinese with OpenCC ``t2s`` (characters and common phrases).
4. Whitespace next to a CJK character removed (PDF extraction and OCR put spaces between Chinese
   characters: ``内 部 审 计`` → ``内部审计``, ``第 3 页`` → ``第3页``), and next to punctuation
   that touches one (``日期: 2026`` → ``日期:2026``); all other whitespace runs collapsed to one
   space. The cell separator `` | `` of table and sheet rows is kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

PUNCTUATION: dict[str, str] = {
    **dict.fromkeys("【〔〖［", "["),
    **dict.fromkeys("】〕〗］", "]"),
    **dict.fromkeys("“”‘’「」『』〝〞＂″", '"'),
    **dict.fromkeys("—–―‐‑‒－", "-"),
    **dict.fromkeys("～〜", "~"),
    **dict.fromkeys("・•‧", "·"),
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
}
_PUNCT_TABLE = str.maketrans(PUNCTUATION)

# Ideographs (incl. extension A and compatibility), CJK symbols and punctuation, kana, radicals.
CJK_CLASS = r"\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u31c0-\u31ef\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_SPACE = re.compile(rf"\s+(?=[{CJK_CLASS}])|(?<=[{CJK_CLASS}])\s+")
# spaces after "日期:" / before "(张三" — punctuation that Chinese text wrote full-width
_CJK_PUNCT_SPACE = re.compile(rf"(?<=[{CJK_CLASS}][,;:!?)\]])\s+|\s+(?=[,;:!?(\[][{CJK_CLASS}])")
_WS = re.compile(r"\s+")
_CELL_SEP = " | "


@lru_cache(maxsize=1)
def _opencc(config: str = "t2s"):  # noqa: ANN202 - opencc has no stubs
    import opencc

    return opencc.OpenCC(config)


def to_halfwidth(text: str) -> str:
    """NFKC: full-width ASCII and the ideographic space to half-width, compatibility forms folded."""
    return unicodedata.normalize("NFKC", text)


def unify_punctuation(text: str) -> str:
    """Map Chinese punctuation variants to one form each (see :data:`PUNCTUATION`)."""
    return text.translate(_PUNCT_TABLE)


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC ``t2s``); simplified text passes unchanged."""
    return _opencc().convert(text) if text else text


def squeeze_spaces(text: str) -> str:
    """Remove whitespace next to CJK characters, collapse other whitespace, strip."""
    return _WS.sub(" ", _CJK_PUNCT_SPACE.sub("", _CJK_SPACE.sub("", text))).strip()


def normalize(text: str) -> str:
    """The matching form of ``text`` (steps in the module docstring)."""
    text = to_simplified(unify_punctuation(to_halfwidth(text)))
    if _CELL_SEP in text:
        return _CELL_SEP.join(squeeze_spaces(part) for part in text.split(_CELL_SEP))
    return squeeze_spaces(text)


_CJK_CHAR = re.compile(f"[{CJK_CLASS}\uff00-\uffef]")


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph, kana, CJK or full-width punctuation character."""
    return bool(char) and _CJK_CHAR.match(char) is not None
