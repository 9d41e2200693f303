"""Whose document a file is: the applicant's own, or another company's (the cold store it rents space
in, the haulier it hires) that the bundle carries along.

A file is another company's when a folder or the file itself is named after that company — its name
begins with a trade name (恒冷-2026Q1检查记录导出.xlsx, 恒冷物流冷链中心安全管理规定.pdf), or names one in
brackets (第三方仓库（港申仓储）/), that the bundle shows beginning a company's full name (恒冷物流（太仓）有限公司;
after the place the company is registered in for a bracketed one: 上海港申仓储物流有限公司) and that is not in the
applicant's own name — and is not a document both sides share (a contract, an agreement, the applicant's
evaluation of that company).
The words are data (``rating_rules.yaml``: ``company_suffixes``, ``shared_document_words``,
``trade_name_chars``).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]+)[）)]")


def _components(path: str) -> list[str]:
    """The folder names and the file's stem of a bundle path (a zip member's too)."""
    parts: list[str] = []
    for piece in path.split("!"):
        p = PurePosixPath(piece)
        parts += list(p.parent.parts) + [p.stem]
    return [c for c in parts if c not in ("", ".")]


def other_company_files(texts_by_path: dict[str, list[str]], enterprise: str, *, suffixes: tuple[str, ...],
                        shared_words: tuple[str, ...], not_names: tuple[str, ...] = (), name_chars: int = 2,
                        gap: int = 8, place_chars: int = 3) -> set[str]:
    """The paths of files that are another company's documents (see the module docstring).
    ``texts_by_path``: each file's passage texts; ``enterprise``: the applicant's name; ``suffixes``:
    what ends a company's name (有限公司, 物流 …); ``shared_words``: names of documents both sides
    share (合同, 协议, 评估 …) or that are the applicant's own (分公司); ``not_names``: words that begin
    file names but are no trade name (客户, 物流, 人事 …); ``name_chars``: how many leading characters of a name are its trade name;
    ``gap``: at most this many characters between the trade name and the suffix; ``place_chars``: at most
    this many characters of a place before a bracketed trade name in the company's full name."""
    if not suffixes or name_chars < 1:
        return set()
    leads: dict[tuple[str, bool], set[str]] = {}  # (trade name, in brackets) -> paths named by it
    for path in texts_by_path:
        if any(w in path for w in shared_words):
            continue
        for comp in _components(path):
            m = _HAN.match(comp)
            names = [(m.group(), False)] if m else []
            names += [(b, True) for b in _BRACKETED.findall(comp)]
            for name, bracketed in names:
                token = name[:name_chars]
                if len(name) < name_chars or token in enterprise or token in not_names:
                    continue
                leads.setdefault((token, bracketed), set()).add(path)
    if not leads:
        return set()
    text = "\n".join(t for texts in texts_by_path.values() for t in texts)
    suffix = "|".join(re.escape(s) for s in suffixes)
    out: set[str] = set()
    for (token, bracketed), paths in leads.items():
        # the trade name beginning a company's name (伙伴: 恒冷物流（太仓）有限公司), not inside a word; a
        # bracketed one may follow the place (上海港申仓储物流有限公司)
        place = r"[\u4e00-\u9fff]{0,%d}?" % place_chars if bracketed else ""
        if re.search(r"(?<![\u4e00-\u9fff])" + place + re.escape(token) + r"[\u4e00-\u9fff（）()]{0,%d}?(?:%s)" % (gap, suffix),
                     text):
            out |= paths
    return out
