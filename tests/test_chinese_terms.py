"""scripts/chinese_terms.py finds Python that chooses behaviour by a Chinese term of the standard, and
nothing else: each kind of site in a small file counts, a message, a docstring or a word the standard
never uses does not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("chinese_terms", ROOT / "scripts" / "chinese_terms.py")
ct = importlib.util.module_from_spec(_spec)
sys.modules["chinese_terms"] = ct
_spec.loader.exec_module(ct)

CODE = '''
"""资产负债率 in a docstring does not count."""
import re

_OPINIONS = ("无保留意见", "保留意见")
_UNUSED = ("无保留意见",)  # never tested: not a site
_RE = re.compile(r"审计意见[:：]")
PATTERNS = [{"TEXT": {"IN": ["资产负债率"]}}]


def rate(text, item, table):
    if "资产负债率" in text:
        return 1
    if item.title == "会计信息":
        return 2
    if text.startswith("审计意见"):
        return 3
    if text in _OPINIONS:
        return 4
    print(f"资产负债率过高：{text}")  # a message: not a site
    if text == "苹果香蕉":  # not a word of the standard
        return 5
    return {"无保留意见": 0}.get(text, table["会计信息"])
'''


def test_each_kind_of_site_counts_and_nothing_else(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text(CODE, encoding="utf-8")
    terms = ct._Terms("资产负债率 会计信息 审计意见 无保留意见 保留意见")
    sites = ct.scan_file(pkg / "m.py", terms, tmp_path)
    kinds = sorted((s.line, s.kind, s.terms) for s in sites)
    assert kinds == [
        (5, "set", ("保留意见", "无保留意见")),
        (7, "regex", ("审计意见",)),
        (8, "pattern", ("资产负债率",)),
        (12, "compare", ("资产负债率",)),
        (14, "compare", ("会计信息",)),
        (16, "method", ("审计意见",)),
        (23, "key", ("会计信息", "无保留意见")),
    ]


def test_the_standard_text_is_the_shipped_editions():
    text = ct.standard_text()
    assert "资产负债率" in text and "认证标准" in text
    assert ct._Terms(text)("苹果香蕉；年") == ()


def test_no_python_of_the_package_chooses_behaviour_by_a_term_of_the_standard():
    sites = ct.scan()
    assert sites == [], "move these words into standards/ or models/ YAML:\n" + "\n".join(
        f"{s.file}:{s.line}: {s.kind}: {'、'.join(s.terms)}" for s in sites)
