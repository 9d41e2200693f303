"""Matching: for every rated unit, the few passages that evidence it, best first, with the reason.

Two stages. **Retrieval**: an Aho–Corasick automaton over every lexicon term finds, in one pass over
each passage, which terms it holds; an inverted index (canonical term → passages) gives each unit
its candidates — passages holding one of its core terms, or lying in a file whose folder or name
speaks of the unit. **Scoring** of the candidates only (never all pairs):

    score = w_terms·terms + w_fuzzy·fuzzy + w_name·name + w_kind·kind + w_fact·fact − w_negative·negative

- ``terms``   weighted concepts hit (core 1.0, support 0.4), saturating at two core concepts (no
  weighting by the bundle's own statistics: a proposal must not depend on files that are not its evidence);
- ``fuzzy``   on segmented text: the mean of (a) rapidfuzz ``partial_ratio`` of the unit's clauses (its
  text cut at punctuation) against the passage, best two, /100, and (b) the share of the unit text's
  words (jieba through the spaCy pipeline of ``models/``, stop terms removed) found in the passage;
- ``name``    the file and folder names: the item title in a folder or file name, or the unit's
  core concepts there (real bundles name folders after items); the ``records/`` file a unit's
  records evaluator reads counts as named after it (``record_evidence.py``);
- ``kind``    1 when the passage is of an evidence kind the unit expects (policy/record/statement);
- ``fact``    1 when the passage states the kind of fact the unit's typed threshold is about
  (a retention period, a frequency), even in words the lexicon does not list;
- ``negative`` 1 when the passage holds a negative term of the unit.

Weights and cut-offs live in ``models/thresholds.yaml``. Near-duplicate passages (the same policy as
DOCX and as PDF) are collapsed, the copies listed in ``why.duplicates``; at most ``per_file``
passages of one file, and ``per_place`` of one page or sheet, are kept in a unit's list.
"""

from __future__ import annotations

import copy
import gc
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import ahocorasick
from rapidfuzz import fuzz

from .catalog import Assessment, CatalogError, Item, SubItem
from .data import models_root, read_yaml
from .ingest.formats import EXTENSIONS
from .ingest.normalize import normalize
from .ingest.passage import Passage
from .lexicon import COMPOUND, Lexicon, UnitLexicon, load_lexicon
from .nlp import unit_tokens
from .record_evidence import record_stem, unit_record_files
from .results import EvidenceHit
from .roles import default_settings as role_settings, document_title
from .wording import alt, load_wording

MODELS_DIR = models_root()  # inside the wheel, or the checkout's models/ (see data.py)


@dataclass(frozen=True)
class MatchSettings:
    """Weights and cut-offs of the score (``models/thresholds.yaml`` → ``match``)."""

    w_terms: float
    w_fuzzy: float
    w_name: float
    w_kind: float
    w_negative: float
    w_fact: float
    top_k: int
    per_file: int
    per_place: int
    candidates: int
    min_score: float
    name_fuzzy_cutoff: float
    duplicate_ratio: float
    saturation_concepts: float
    caption_max_chars: int
    section_max_passages: int
    section_weight: float

    @classmethod
    def load(cls, path: Path | None = None) -> "MatchSettings":
        path = path or MODELS_DIR / "thresholds.yaml"
        try:
            data = (read_yaml(path) or {}).get("match") or {}
        except FileNotFoundError:
            raise CatalogError(f"{path}: missing (match settings)") from None
        missing = [f for f in cls.__dataclass_fields__ if f not in data]
        unknown = [k for k in data if k not in cls.__dataclass_fields__]
        if missing or unknown:
            raise CatalogError(f"{path.name}: match: missing {missing or '-'}, unknown {unknown or '-'}")
        return cls(**data)


def place_key(p: Passage) -> tuple[str, str] | None:
    """The named place of a passage inside its file: its sheet, or its table (page and number); None else."""
    if p.sheet:
        return (p.path, p.sheet)
    if p.kind == "table_row" and p.table is not None:
        return (p.path, f"\x00table {p.page or 0}/{p.table}")
    return None


def _place_label(p: Passage, before: Passage | None, s: "MatchSettings") -> str:
    """What names a place: a sheet's name; a table's heading and its caption, the short line just above
    it (培训实施记录（2024—2026）), which the readers keep as a paragraph of its own."""
    if p.sheet:
        return normalize(p.sheet)
    caption = ""
    if before is not None and before.path == p.path and before.kind in ("paragraph", "heading") \
            and len(before.norm) <= s.caption_max_chars:
        caption = before.norm
    return normalize(p.heading or "") + " " + caption


def _as_passage(p) -> Passage:
    """A Passage from a Passage or a passages.jsonl dict (``norm`` computed when a dict lacks it)."""
    if isinstance(p, Passage):
        return p
    d = dict(p)
    d.setdefault("norm", normalize(d.get("text") or ""))
    d.setdefault("kind", "paragraph")
    return Passage.from_json(d)


_DATE = re.compile(r"(19|20)\d{2}\s*[年\-/.]\s*\d{1,2}")
_CLAUSE_SPLIT = re.compile(r"[，,。；;：:、（）()“”\"]+")


@dataclass
class PassageIndex:
    """Term hits per passage and the inverted index, built once per bundle."""

    passages: list[Passage]
    terms: list[dict[str, int]]  # per passage: canonical concept -> occurrences
    raw_terms: list[set[str]]  # per passage: surface terms found (for `why`)
    postings: dict[str, list[int]]  # canonical concept -> passage indices
    idf: dict[str, float]
    path_terms: dict[str, set[str]]  # path -> canonical concepts in its folder/file names
    kinds: list[str]  # per passage: policy | record | statement | other
    facts: list[frozenset[str]]  # per passage: the kinds of fact it states (retention, frequency)
    dirs: dict[str, str]  # path -> its folder and file names, normalised
    by_path: dict[str, list[int]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # per passage: its norm with the enterprise's own name masked
    lent: list[set[str]] = field(default_factory=list)  # per passage: concepts only its headings name (_section_concepts)
    title_hits: dict[tuple[str, str], bool] = field(default_factory=dict)  # (item title, path) memo
    # a place with a name of its own inside a file: a workbook's sheet, or a table of a PDF or Word file
    # under its caption and heading (培训实施记录 in 第二章 培训管理制度), keyed by :func:`place_key`
    sheet_terms: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # place -> concepts in its name
    by_sheet: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # place -> its passages
    sheet_postings: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # concept -> places named with it


def _automaton(lexicon: Lexicon) -> tuple[ahocorasick.Automaton, dict[str, str]]:
    canonical: dict[str, str] = {}
    for u in lexicon.units.values():
        for mapping in (u.core, u.support):
            for term, canon in mapping.items():
                canonical.setdefault(normalize(term), normalize(canon))
    # a unit's negative term is another's concept word (反恐培训 is 贸易安全培训 for the training unit): it
    # keeps that concept, and is its own only where no unit names it
    for u in lexicon.units.values():
        for term in u.negative:
            canonical.setdefault(normalize(term), normalize(term))
    auto = ahocorasick.Automaton()
    for term, canon in canonical.items():
        if term and COMPOUND not in term:
            auto.add_word(term, (term, canon))
    auto.make_automaton()
    return auto, canonical


def _compounds(canonical: dict[str, str], gap: int) -> list[tuple[str, re.Pattern, str]]:
    """The lexicon's compound terms (供应链安全+培训): (term, a pattern of its two words at most ``gap``
    characters apart in either order, canonical)."""
    out = []
    for t, c in canonical.items():
        if COMPOUND in t:
            a, b = (re.escape(w) for w in t.split(COMPOUND) if w)
            out.append((t, re.compile(f"{a}.{{0,{gap}}}?{b}|{b}.{{0,{gap}}}?{a}"), c))
    return out


def _find_compounds(compounds: list[tuple[str, re.Pattern, str]], text: str) -> list[tuple[str, str]]:
    """The compound terms standing in ``text``, as (term, canonical) like :func:`_find`."""
    return [(t, c) for t, pattern, c in compounds if pattern.search(text)]


@lru_cache(maxsize=4)
def _cached_automaton(edition: str) -> tuple[ahocorasick.Automaton, dict[str, str]]:
    return _automaton(load_lexicon(edition))


def _find(auto: ahocorasick.Automaton, text: str) -> list[tuple[str, str]]:
    if not text or len(auto) == 0:
        return []
    return [v for _, v in auto.iter(text)]


def _name_kind(name: str, lexicon: Lexicon) -> str | None:
    for kind in ("statement", "policy", "record"):
        if any(w in name for w in lexicon.kinds.get(kind, ())):
            return kind
    return None


def _passage_kind(p: Passage, lexicon: Lexicon, memo: dict[tuple[str, str], str | None],
                  titles: dict[str, str] | None = None) -> str:
    key = (p.path, p.heading or "")
    if key not in memo:
        memo[key] = _name_kind(normalize(Path(p.path.split("!")[-1]).stem) + " " + normalize(p.heading or ""),
                               lexicon)
        if memo[key] is None and titles and titles.get(p.path):
            # a neutral file name (附件2.docx) and no heading: the document's own title line says what it is
            # (厂区保安及门卫管理制度)
            kind = _name_kind(titles[p.path], lexicon)
            memo[key] = kind if kind in role_settings().title_kinds else None
    if memo[key]:
        return memo[key]
    if p.kind in ("sheet_row", "table_row") and _DATE.search(p.norm):
        return "record"
    if re.match(r"^第[一二三四五六七八九十百\d]+条", p.norm):
        return "policy"
    if EXTENSIONS.get(Path(p.path.split("!")[-1]).suffix.lower()) == "image":
        return "record"  # a screenshot of a system, a photo of a site or of a signed sheet shows practice
    return "other"


def _document_titles(ps: list[Passage]) -> dict[str, str]:
    """path -> its document's title line (:func:`roles.document_title`)."""
    by_path: dict[str, list[Passage]] = defaultdict(list)
    for p in ps:
        if len(by_path[p.path]) < 4:
            by_path[p.path].append(p)
    return {path: document_title(rows) for path, rows in by_path.items()}


def own_name_mask(text: str, names: tuple[str, ...]) -> str:
    """``text`` with the enterprise's own name blanked out: a letterhead, a signature or a cover
    line saying 浙江某某外贸综合服务有限公司 speaks of who wrote it, not of what the unit asks
    (its words — 外贸综合服务, 报关, 物流 — would otherwise count as the unit's terms)."""
    for name in names:
        if name and name in text:
            text = text.replace(name, MASK)
    return text


MASK = "□"


def build_index(passages: Iterable, lexicon: Lexicon | None = None, edition: str = "2018-177",
                own_names: Iterable[str] = (), settings: MatchSettings | None = None) -> PassageIndex:
    """Index passages (Passage objects or passages.jsonl dicts) for matching; ``own_names`` (the
    enterprise's name) are masked before terms are found and texts compared. The cyclic garbage
    collector is off meanwhile (see :func:`match_passages`: 20,000 → 40,000 passages took 2.9× with it on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_index(passages, lexicon, edition, own_names, settings or MatchSettings.load())
    finally:
        if was_enabled:
            gc.enable()


def _build_index(passages: Iterable, lexicon: Lexicon | None, edition: str, own_names: Iterable[str],
                 settings: MatchSettings) -> PassageIndex:
    lexicon = lexicon or load_lexicon(edition)
    auto, canonical = _cached_automaton(edition) if lexicon is load_lexicon(edition) else _automaton(lexicon)
    compounds = _compounds(canonical, lexicon.compound_gap)
    ps = [_as_passage(p) for p in passages]
    names = tuple(sorted({normalize(n) for n in own_names if n and len(normalize(n)) >= 4}, key=len, reverse=True))
    texts = [own_name_mask(p.norm, names) for p in ps]
    terms: list[dict[str, int]] = []
    raw_terms: list[set[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    path_terms: dict[str, set[str]] = {}
    dirs: dict[str, str] = {}
    by_path: dict[str, list[int]] = defaultdict(list)
    sheet_terms: dict[tuple[str, str], set[str]] = {}
    by_sheet: dict[tuple[str, str], list[int]] = defaultdict(list)
    sheet_postings: dict[str, list[tuple[str, str]]] = defaultdict(list)
    dated_tables: set[tuple[str, str]] = set()
    labels: dict[tuple[str, str], str] = {}
    for i, p in enumerate(ps):
        counts: dict[str, int] = defaultdict(int)
        surface: set[str] = set()
        for term, canon in _find(auto, texts[i]) + _find_compounds(compounds, texts[i]):
            counts[canon] += 1
            surface.add(term)
        terms.append(dict(counts))
        raw_terms.append(surface)
        for canon in counts:
            postings[canon].append(i)
        by_path[p.path].append(i)
        if p.path not in path_terms:
            name = normalize(re.sub(r"[_\-]+", " ", p.path))
            path_terms[p.path] = {canon for _, canon in _find(auto, name)}
            dirs[p.path] = normalize(p.path.replace("!", "/"))
        key = place_key(p)
        if key is not None:
            if key not in sheet_terms:
                labels[key] = label = _place_label(p, ps[i - 1] if i else None, settings)
                sheet_terms[key] = {canon for _, canon in _find(auto, label)}
                for canon in sheet_terms[key]:
                    sheet_postings[canon].append(key)
            by_sheet[key].append(i)
            if not p.sheet and _DATE.search(p.norm):
                dated_tables.add(key)
    # a table is named by its heading only when it is a log (a dated row): a blank form's labels under
    # 应急演练记录表 would otherwise outrank the passages that answer the unit
    for canon, keys in sheet_postings.items():
        keys[:] = [key for key in keys if key in dated_tables or not key[1].startswith("\x00table")]
    _place_compounds(compounds, labels, dated_tables, by_sheet, texts, terms, raw_terms, postings)
    titles = _document_titles(ps)
    lent = _section_concepts(ps, titles, auto, settings.section_max_passages, terms, postings)
    # no bundle-relative weighting (idf over the bundle's passages): a concept's weight must not change
    # when an unrelated file is added, or a proposal would depend on files that are not its evidence
    idf = {c: 1.0 for c in postings}
    memo: dict[tuple[str, str], str | None] = {}
    kinds = [_passage_kind(p, lexicon, memo, titles) for p in ps]
    facts = [frozenset(f for f, pattern in _FACT_PATTERNS.items() if pattern.search(p.norm)) for p in ps]
    return PassageIndex(ps, terms, raw_terms, dict(postings), idf, path_terms, kinds, facts, dirs, dict(by_path),
                        texts, sheet_terms=sheet_terms, by_sheet=dict(by_sheet), sheet_postings=dict(sheet_postings),
                        lent=lent)


@dataclass(frozen=True)
class _Query:
    unit_id: str
    item: Item
    lex: UnitLexicon
    core: dict[str, str]  # normalised term -> canonical (normalised)
    support: dict[str, str]
    negative: tuple[str, ...]
    clauses: tuple[str, ...]
    title: str
    fact_kinds: tuple[str, ...]  # kinds of typed thresholds of the unit (retention, frequency …)
    tokens: tuple[str, ...] = ()  # the unit text's words (jieba via the spaCy pipeline), stop terms removed
    record_files: frozenset[str] = frozenset()  # stems of the records/ files its rating reads (财务数据)


# A passage stating the kind of fact a unit's threshold is about (保存五年以上, 每年两次) is evidence
# for it even when the lexicon's words are not there.
_FP = load_wording().fact_patterns  # the words: models/wording.yaml fact_patterns
_FACT_PATTERNS = {
    "retention": re.compile(rf"({alt(_FP['retention']['keep_words'])})[^。；;]{{0,12}}?([0-9一二两三四五六七八九十]+)\s*"
                            rf"({alt(_FP['retention']['units'])})"),
    "frequency": re.compile(rf"每({alt(_FP['frequency']['periods'])})[^。；;]{{0,6}}?([0-9一二两三四五六七八九十]+)\s*次"),
}


def query_text(unit: Item | SubItem) -> str:
    """A unit's text as the matcher queries it: normalised, without a leading label like "出入口：".
    Its tokens are computed once when the models are built (``nlp.unit_tokens``)."""
    return re.sub(r"^[^：:]{1,12}[：:]", "", normalize(unit.text or ""))


def _query(item: Item, unit: Item | SubItem, lex: UnitLexicon, stop_terms: frozenset[str] = frozenset(),
           record_files: frozenset[str] = frozenset()) -> _Query:
    text = query_text(unit)
    clauses = [c for c in _CLAUSE_SPLIT.split(text) if len(c) >= 4]
    words = tuple(dict.fromkeys(w for w in unit_tokens(text) if len(w) >= 2 and w not in stop_terms))
    return _Query(
        unit_id=unit.id, item=item, lex=lex,
        core={normalize(t): normalize(c) for t, c in lex.core.items()},
        support={normalize(t): normalize(c) for t, c in lex.support.items()},
        negative=tuple(normalize(t) for t in lex.negative),
        clauses=tuple(clauses[:8]), title=normalize(item.title),
        fact_kinds=tuple(sorted({t.kind for t in unit.thresholds if t.kind in _FACT_PATTERNS})),
        tokens=words, record_files=record_files,
    )


def _name_signal(q: _Query, path: str, ix: "PassageIndex", cutoff: float) -> float:
    """How much the file and folder names speak of the unit: the item title in them (0.6), or the
    unit's core concepts (a support concept counts half), saturating at two."""
    if q.record_files and record_stem(path) in q.record_files:
        return 1.0  # the records/ file the unit's rating reads
    path_concepts = ix.path_terms[path]
    key = (q.title, path)
    if key not in ix.title_hits:
        ix.title_hits[key] = bool(q.title) and fuzz.partial_ratio(q.title, ix.dirs[path]) >= cutoff
    return max(0.6 if ix.title_hits[key] else 0.0, _concept_signal(q, path_concepts))


def match_passages(passages, assessment: Assessment, *, profile=None, top_k: int | None = None,
                   settings: MatchSettings | None = None, lexicon: Lexicon | None = None,
                   index: PassageIndex | None = None, reuse: dict | None = None,
                   keep: dict | None = None) -> dict[str, list[EvidenceHit]]:
    """Evidence for every rated unit of ``assessment`` (units not applicable by ``profile`` are kept
    too: the proposal stage decides). ``passages`` may be Passage objects or passages.jsonl dicts.

    A unit's evidence depends only on its candidates (the passages retrieval finds for it). With
    ``keep`` (a dict), each unit's evidence is stored there under the key of its candidates (the
    content of every file they come from, in order); with ``reuse`` (a previous run's ``keep``, same
    program, edition, lexicon and settings) a unit whose key is there takes that evidence instead of
    being scored again: a re-check after one changed file scores only the units it touches."""
    settings = settings or MatchSettings.load()
    lexicon = lexicon or load_lexicon(assessment.standard.edition)
    # the index allocates millions of small objects and frees none of them while matching: the
    # cyclic garbage collector's passes over them cost as much as the work (time grew as N^1.18)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        own = (getattr(profile, "enterprise", None) or "",)
        index = index or build_index(passages, lexicon, assessment.standard.edition, own_names=own,
                                     settings=settings)
        k = top_k or settings.top_k
        record_files = unit_record_files(assessment)
        digests: dict[str, str] = {}
        out: dict[str, list[EvidenceHit]] = {}
        for item, unit in assessment.rated_units():
            lex = lexicon.unit(assessment.level, unit.id)
            if lex is None:
                out[unit.id] = []
                continue
            q = _query(item, unit, lex, lexicon.stop_terms, record_files.get(unit.id, frozenset()))
            if keep is None and reuse is None:
                out[unit.id] = _rank(q, index, settings, k)
                continue
            cand, names, sheets = _candidates(q, index, settings)
            key = (unit.id, k, own, _candidate_key(index, cand, names, digests, sheets))
            hits = (reuse or {}).get(key)
            if hits is None:
                hits = _score(q, index, settings, k, cand, names, sheets)
            if keep is not None:
                keep[key] = copy.deepcopy(hits)  # as matched: later stages must not change the kept copy
            out[unit.id] = hits
    finally:
        if was_enabled:
            gc.enable()
    return out


def _kind(q: _Query, ix: PassageIndex, i: int) -> str:
    """The passage's evidence kind; a row of the records/ file the unit's rating reads is a record
    (an 异常名录 of a header and 无 has no date to tell)."""
    if q.record_files and record_stem(ix.passages[i].path) in q.record_files:
        return "record"
    return ix.kinds[i]


def _file_digest(ix: PassageIndex, path: str, digests: dict[str, str]) -> str:
    """Everything the matcher reads of one file's passages, hashed (memoised in ``digests``)."""
    if path not in digests:
        h = hashlib.blake2b(digest_size=16)
        for i in ix.by_path[path]:
            p = ix.passages[i]
            h.update(repr((p.id, p.path, p.page, p.locator, p.text, p.norm, p.kind, p.heading,
                           ix.kinds[i])).encode("utf-8", "surrogatepass"))
        digests[path] = h.hexdigest()
    return digests[path]


def _candidate_key(ix: PassageIndex, cand: set[int], names: dict[str, float], digests: dict[str, str],
                   sheets: dict[tuple[str, str], float] | None = None) -> tuple:
    """What a unit's ranking depends on: its candidates' files (content, and order in the bundle)
    and the name signal of each file and sheet; the unit, lexicon and settings are the caller's part of
    the key."""
    paths = list(dict.fromkeys(ix.passages[i].path for i in sorted(cand)))
    kept = set(paths)
    return (tuple((path, _file_digest(ix, path, digests)) for path in paths),
            tuple(sorted((path, sig) for path, sig in names.items() if path in kept)),
            tuple(sorted((key, sig) for key, sig in (sheets or {}).items() if key[0] in kept)))


def _rank(q: _Query, ix: PassageIndex, s: MatchSettings, k: int) -> list[EvidenceHit]:
    cand, names, sheets = _candidates(q, ix, s)
    return _score(q, ix, s, k, cand, names, sheets)


def _concept_signal(q: _Query, concepts: set[str]) -> float:
    """How much a name speaks of the unit through its concepts: core ones count 1, support ones half,
    saturating at two."""
    core = set(q.core.values())
    named = len(core & concepts) + 0.5 * len((set(q.support.values()) - core) & concepts)
    return min(1.0, named / 2)


def _place_compounds(compounds, labels, dated_tables, by_sheet, texts, terms, raw_terms, postings) -> None:
    """A row of a log completes a compound term with its place's name: 供应链安全与订单货物核查要点 in a
    table captioned 培训实施记录 (or a sheet named 培训签到) is a 供应链安全+培训 row."""
    parts = [(t, [w for w in t.split(COMPOUND) if w], c) for t, _, c in compounds]
    for key, label in labels.items():
        if key[1].startswith("\x00table") and key not in dated_tables:
            continue
        in_label = [(t, words, c) for t, words, c in parts if any(w in label for w in words)]
        for i in by_sheet.get(key, ()):
            for t, words, c in in_label:
                if c not in terms[i] and any(w in texts[i] for w in words) \
                        and all(w in label or w in texts[i] for w in words):
                    terms[i][c] = 1
                    raw_terms[i].add(t)
                    postings.setdefault(c, []).append(i)


def _section_concepts(ps: list[Passage], titles: dict[str, str], auto, max_passages: int,
                      terms, postings) -> list[set[str]]:
    """A passage under a heading is about what its heading names: the steps under 5 代理报关业务流程
    (接单 → 审核 → 制单 …, 5.2 货物流) are the business process though they never say 流程. Each passage
    takes the concepts of the headings it stands under — not of its document's title or first heading
    (关务及供应链安全管理手册 would lend 供应链安全 to every line; the file's name and title speak for the
    file), nor of a section longer than ``max_passages`` (a part of a compiled handbook is too broad to lend
    its words). Returns each passage's lent concepts (those its own text does not name): they make it a
    candidate and count ``section_weight`` of its own words in its score, so a passage saying the thing ranks
    above one that only stands under a heading saying it."""
    first: dict[str, str] = {}  # path -> its first heading, which stands for the whole file
    for p in ps:
        if p.kind == "heading":
            first.setdefault(p.path, p.norm)
    title_of = {path: normalize(t or "") for path, t in titles.items()}
    norm_of: dict[str, str] = {}  # a heading as written -> normalised (a handbook repeats each for every line under it)
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(ps):
        for heading in p.section_path or ():
            h = norm_of.get(heading)
            if h is None:
                h = norm_of[heading] = normalize(heading)
            if h and h != p.norm and h != first.get(p.path) and h != title_of.get(p.path, ""):
                members[(p.path, h)].append(i)
    lent: list[set[str]] = [set() for _ in ps]
    for (_, heading), idx in members.items():
        if len(idx) > max_passages:
            continue
        found = {canon for _, canon in _find(auto, heading)}
        for i in idx:
            for canon in found - terms[i].keys() - lent[i]:
                lent[i].add(canon)
                postings[canon].append(i)
    return lent


def _candidates(q: _Query, ix: PassageIndex, s: MatchSettings
                ) -> tuple[set[int], dict[str, float], dict[tuple[str, str], float]]:
    """Retrieval: the unit's candidate passages, the name signal of the files named after it and that
    of the sheets named after it (a 车辆检查 sheet in a workbook called 台账汇总)."""
    core_concepts = set(q.core.values())
    support_concepts = set(q.support.values()) - core_concepts
    w_core, w_support = 1.0, 0.4
    # retrieval: passages with a core concept, and the first passages of files named after the unit
    cand: set[int] = set()
    for c in core_concepts:
        cand.update(ix.postings.get(c, ()))
    if not cand:
        # the bundle never uses the unit's core words (its writer has words of its own): the
        # passages holding its support words (签到表, 供应链安全) are what there is to look at
        for c in support_concepts:
            cand.update(ix.postings.get(c, ()))
    names: dict[str, float] = {}
    unit_concepts = core_concepts | support_concepts
    for path in ix.path_terms:
        sig = _name_signal(q, path, ix, s.name_fuzzy_cutoff)
        if sig > 0:
            names[path] = sig
            # a file named after the unit: its passages holding one of the unit's concepts, and of the
            # rest (which all score alike: same name, no terms) the first few of each kind/fact class
            taken: dict[tuple[bool, bool], int] = defaultdict(int)
            for i in ix.by_path[path]:
                if unit_concepts & ix.terms[i].keys():
                    cand.add(i)
                    continue
                cls = (_kind(q, ix, i) in q.lex.kinds, bool(ix.facts[i] & set(q.fact_kinds)))
                if taken[cls] < 3 * s.per_file:
                    taken[cls] += 1
                    cand.add(i)
    sheets: dict[tuple[str, str], float] = {}
    named_sheets = {key for c in unit_concepts for key in ix.sheet_postings.get(c, ())}
    for key in named_sheets:
        sig = _concept_signal(q, ix.sheet_terms[key])
        if sig <= 0:
            continue
        sheets[key] = sig
        # a sheet named after the unit: its rows holding one of the unit's concepts, and its first rows
        # (a log's rows seldom repeat the name of what they record)
        first = 0
        for i in ix.by_sheet[key]:
            if unit_concepts & ix.terms[i].keys():
                cand.add(i)
            elif first < 3 * s.per_file:
                first += 1
                cand.add(i)
    return cand, names, sheets


def _score(q: _Query, ix: PassageIndex, s: MatchSettings, k: int, cand: set[int],
           names: dict[str, float], sheets: dict[tuple[str, str], float] | None = None) -> list[EvidenceHit]:
    """Scoring of the candidates, best first, near-duplicates collapsed."""
    if not cand:
        return []
    core_concepts = set(q.core.values())
    support_concepts = set(q.support.values()) - core_concepts
    w_core, w_support = 1.0, 0.4
    mean_idf = (sum(ix.idf.get(c, 1.0) for c in core_concepts) / max(len(core_concepts), 1)) or 1.0
    fact_kinds = frozenset(q.fact_kinds)
    pre: list[tuple[float, int, float, list[str], float]] = []
    for i in cand:
        hits = ix.terms[i]
        lent = ix.lent[i] if ix.lent else ()
        raw = 0.0
        hit_names = []
        for concepts, weight in ((core_concepts, w_core), (support_concepts, w_support)):
            for c in concepts:
                if c in hits or c in lent:
                    raw += weight * ix.idf.get(c, 1.0) * (1.0 if c in hits else s.section_weight)
                    hit_names.append(c)
        term_score = min(1.0, raw / (s.saturation_concepts * mean_idf))
        name = _place_name(ix.passages[i], names, sheets)
        kind = 1.0 if _kind(q, ix, i) in q.lex.kinds else 0.0
        fact = 1.0 if ix.facts[i] & fact_kinds else 0.0
        pre.append((s.w_terms * term_score + s.w_name * name + s.w_kind * kind + s.w_fact * fact,
                     i, term_score, hit_names, raw))
    # ties (one core concept saturates the term score) go to the passage holding more of the unit's
    # concepts, not to the one earliest in its file: in a long compiled handbook the article that
    # answers the unit may stand on page 32, after the per-file share of candidates is taken
    pre.sort(key=lambda t: (-t[0], -t[4], ix.passages[t[1]].path, t[1]))
    # keep the candidates diverse: a long log must not crowd out the policy beside it
    per_path: dict[str, int] = defaultdict(int)
    chosen = []
    for row in pre:
        path = ix.passages[row[1]].path
        if per_path[path] < 3 * s.per_file:
            per_path[path] += 1
            chosen.append(row)
            if len(chosen) >= s.candidates:
                break
    scored = []
    for base, i, term_score, hit_names, _ in chosen:
        p = ix.passages[i]
        window = ix.texts[i][:400]
        ratios = sorted((fuzz.partial_ratio(c, window) for c in q.clauses), reverse=True)[:2]
        clause_fit = (sum(ratios) / len(ratios) / 100.0) if ratios else 0.0
        word_fit = sum(1 for w in q.tokens if w in window) / len(q.tokens) if q.tokens else 0.0
        fuzzy = (clause_fit + word_fit) / 2
        negative = 1.0 if any(t and t in ix.texts[i] for t in q.negative) else 0.0
        total = base + s.w_fuzzy * fuzzy - s.w_negative * negative
        if total < s.min_score:
            continue
        surface = sorted(t for t in ix.raw_terms[i]
                         if q.core.get(t) in hit_names or q.support.get(t) in hit_names)
        why = {
            "terms": surface,
            "concepts": sorted(hit_names),
            "core_hits": sum(1 for c in hit_names if c in core_concepts),
            "core": sorted(c for c in hit_names if c in core_concepts),
            **({"from_heading": sorted(c for c in hit_names if c not in ix.terms[i])}
               if any(c not in ix.terms[i] for c in hit_names) else {}),
            "fuzzy": round(fuzzy * 100, 1),
            "name": round(names.get(p.path, 0.0), 2),
            **({"sheet_name": round(sheets[place], 2)} if (place := place_key(p)) in (sheets or {}) else {}),
            "kind": _kind(q, ix, i),
            "kind_expected": list(q.lex.kinds),
            "fact": bool(ix.facts[i] & fact_kinds),
            "negative": bool(negative),
            "parts": {"terms": round(term_score, 3), "fuzzy": round(fuzzy, 3),
                      "name": round(_place_name(p, names, sheets), 3),
                      "kind": 1.0 if _kind(q, ix, i) in q.lex.kinds else 0.0},
        }
        scored.append((round(total, 6), i, why))
    scored.sort(key=lambda t: (-t[0], ix.passages[t[1]].path, t[1]))
    return _collapse(scored, ix, s, k)


def _place_name(p: Passage, names: dict[str, float], sheets: dict[tuple[str, str], float] | None) -> float:
    """The name signal of a passage's place: its file's, or its sheet's or table's when that is higher."""
    place = place_key(p)
    return max(names.get(p.path, 0.0), (sheets or {}).get(place, 0.0) if place else 0.0)


def _collapse(scored, ix: PassageIndex, s: MatchSettings, k: int) -> list[EvidenceHit]:
    kept: list[tuple[float, int, dict]] = []
    per_file: dict[str, int] = defaultdict(int)
    per_place: dict[tuple, int] = defaultdict(int)
    for total, i, why in scored:
        p = ix.passages[i]
        dup_of = None
        for _, j, jwhy in kept:
            q = ix.passages[j]
            if q.path != p.path and (q.norm == p.norm or fuzz.ratio(q.norm[:300], p.norm[:300]) >= s.duplicate_ratio):
                dup_of = jwhy
                break
        if dup_of is not None:
            dup_of.setdefault("duplicates", []).append({"path": p.path, "page": p.page, "locator": p.locator})
            continue
        # one page or sheet (a log's look-alike rows, one policy's articles) must not take the
        # places of the other files and pages the unit's evidence lies on
        place = (p.path, p.page, p.sheet)
        if per_file[p.path] >= s.per_file or per_place[place] >= s.per_place:
            continue
        per_file[p.path] += 1
        per_place[place] += 1
        kept.append((total, i, why))
        if len(kept) >= k:
            break
    return [EvidenceHit(passage_id=ix.passages[i].id, path=ix.passages[i].path, page=ix.passages[i].page,
                        locator=ix.passages[i].locator, text=ix.passages[i].text, score=total, why=why)
            for total, i, why in kept]
