"""The spaCy pipeline in models/: rebuilt by `models build` to exactly what is committed, segmenting
with the domain dictionary, and finding dates, frequencies, amounts and roles."""

from __future__ import annotations

import filecmp
from pathlib import Path

from evidence_checker.nlp import PIPELINE_DIR, build_pipeline, entities, tokenize


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_models_build_reproduces_the_committed_pipeline(tmp_path):
    built = build_pipeline(tmp_path / "zh_aeo")
    assert _files(built) == _files(PIPELINE_DIR), "models/zh_aeo is stale: run `evidence-checker models build`"


def test_the_build_is_deterministic(tmp_path):
    a = build_pipeline(tmp_path / "a")
    b = build_pipeline(tmp_path / "b")
    cmp = filecmp.dircmp(a, b)
    assert not cmp.diff_files and not cmp.left_only and not cmp.right_only


def test_domain_words_stay_whole():
    tokens = tokenize("来访人员须在门卫处登记，施封锁由专人管理，集装箱装货前进行7点检查")
    for word in ("来访人员", "施封锁", "门卫"):
        assert word in tokens, tokens


def test_entity_patterns_find_quantities_and_roles():
    found = {(label, text) for label, text, _, _ in
             entities("法定代表人张伟于2026年3月18日参加培训，关务负责人每年至少2次参加，罚款3万元，占比3%")}
    assert ("ROLE", "法定代表人") in found
    assert ("DATE", "2026年3月18日") in found
    assert ("FREQUENCY", "每年至少2次") in found
    assert any(label == "MONEY" for label, _ in found)
    assert any(label == "PERCENT" for label, _ in found)


def test_the_unit_token_table_is_what_the_pipeline_gives():
    """check does not load spaCy for the standard's texts: their tokens are built with the models.
    They must be exactly the pipeline's tokens (a stale table would change every match)."""
    import json

    from evidence_checker.catalog import load_standard
    from evidence_checker.match import query_text
    from evidence_checker.nlp import UNIT_TOKENS, tokenize, unit_tokens

    table = json.loads((PIPELINE_DIR / UNIT_TOKENS).read_text(encoding="utf-8"))
    texts = {query_text(u) for tb in load_standard("2018-177").tables for it in tb.items for u in it.rated_units}
    assert texts == set(table)
    for text in sorted(texts):
        assert table[text] == tokenize(text) == unit_tokens(text), text
    assert unit_tokens("一句不在标准里的话") == tokenize("一句不在标准里的话")
