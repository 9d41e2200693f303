"""The spaCy Chinese pipeline in ``models/zh_aeo``: jieba segmentation with the domain dictionary, and
entity patterns for dates, periods, counts, frequencies, amounts, percentages and roles.

Built offline by ``evidence-checker models build`` (``spacy.blank("zh")`` with the jieba segmenter —
pkuseg needs a download and no trained Chinese pipeline installs here) and saved with
``nlp.to_disk``; loaded once per run by :func:`load_pipeline`.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from .data import models_root, read_yaml
from .lexicon import COMPOUND, load_lexicon
from .wording import load_wording

MODELS_DIR = models_root()  # inside the wheel, or the checkout's models/ (see data.py)
PIPELINE_DIR = MODELS_DIR / "zh_aeo"
UNIT_TOKENS = "unit_tokens.json"  # tokens of the standard's unit texts (models build)
DOMAIN_DICT = "domain_dict.txt"
ROLES_FILE = MODELS_DIR / "facts.yaml"  # the role lexicon shared with facts.py

# Token patterns (over jieba tokens) for the quantities the rules read: models/wording.yaml entity_patterns.
ENTITY_PATTERNS: list[dict] = load_wording().entity_patterns


def _roles() -> dict[str, list[str]]:
    """Role lexicon: standard wording -> written variants (``models/facts.yaml`` ``roles:``)."""
    data = read_yaml(ROLES_FILE) or {}
    return {str(r["label"]): [str(a) for a in r.get("aliases") or []] for r in (data.get("roles") or {}).values()}


def domain_words(edition: str = "2018-177") -> list[str]:
    """Every lexicon term, synonym and role name: the jieba user dictionary, sorted."""
    lex = load_lexicon(edition)
    words = set(lex.all_terms())
    for canonical, variants in lex.synonyms.items():
        words.add(canonical)
        words.update(variants)
    for canonical, variants in _roles().items():
        words.add(canonical)
        words.update(variants)
    words = {part for w in words for part in w.split(COMPOUND)}  # (甲+乙: each word on its own)
    return sorted(w for w in words if len(w) >= 2 and " " not in w)


def build_pipeline(out_dir: Path = PIPELINE_DIR, edition: str = "2018-177") -> Path:
    """Build and save the pipeline and its domain dictionary (deterministic: same input, same files)."""
    import jieba
    import spacy

    jieba.setLogLevel(logging.WARNING)
    words = domain_words(edition)
    for w in words:
        jieba.add_word(w, freq=2000)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "TEXT", "overwrite_ents": True})
    patterns = list(ENTITY_PATTERNS)
    for canonical, variants in sorted(_roles().items()):
        for v in sorted(set(variants) | {canonical}):
            patterns.append({"label": "ROLE", "pattern": v, "id": canonical})
    ruler.add_patterns(patterns)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    (out_dir / DOMAIN_DICT).write_text("".join(f"{w} 2000\n" for w in words), encoding="utf-8")
    table = _unit_token_table(nlp, edition)
    lines = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(table[k], ensure_ascii=False)}" for k in sorted(table))
    (out_dir / UNIT_TOKENS).write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    return out_dir


def _unit_token_table(nlp, edition: str) -> dict[str, list[str]]:
    """The tokens of every unit text of the edition, as the matcher queries it: the standard's text
    never changes between runs, so ``check`` need not load spaCy to tokenise it."""
    from .catalog import load_standard
    from .match import query_text

    table: dict[str, list[str]] = {}
    for tb in load_standard(edition).tables:
        for item in tb.items:
            for unit in item.rated_units:
                text = query_text(unit)
                table[text] = [t.text for t in nlp.make_doc(text) if not t.is_space and not t.is_punct]
    return table


@lru_cache(maxsize=1)
def _unit_token_cache(path: Path = PIPELINE_DIR) -> dict[str, list[str]]:
    try:
        return json.loads((path / UNIT_TOKENS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def unit_tokens(text: str) -> list[str]:
    """:func:`tokenize` of a unit text, from the table built with the models (the pipeline is
    loaded only for a text not in it, e.g. a user's own edition)."""
    hit = _unit_token_cache().get(text)
    return list(hit) if hit is not None else tokenize(text)


@lru_cache(maxsize=1)
def load_pipeline(path: Path = PIPELINE_DIR):
    """Load the saved pipeline once per process (with its domain dictionary in jieba)."""
    import jieba
    import spacy

    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"NLP pipeline missing at {path}: run `evidence-checker models build`")
    jieba.setLogLevel(logging.WARNING)
    if (path / DOMAIN_DICT).exists():
        jieba.load_userdict(str(path / DOMAIN_DICT))
    return spacy.load(path)


def tokenize(text: str) -> list[str]:
    """jieba tokens of ``text`` with the domain dictionary (whitespace and punctuation dropped)."""
    nlp = load_pipeline()
    return [t.text for t in nlp.make_doc(text) if not t.is_space and not t.is_punct]


def entities(text: str) -> list[tuple[str, str, int, int]]:
    """(label, text, start char, end char) of the entities the patterns find in ``text``."""
    doc = load_pipeline()(text)
    return [(e.label_, e.text, e.start_char, e.end_char) for e in doc.ents]
