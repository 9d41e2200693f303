"""The evidence lexicon (standards/2018-177/lexicon.yaml) against the standards catalog.

The matcher's recall depends on this file and a domain expert edits it by hand, so every test checks
something a careless edit would break: a rated unit left without terms, a ``same_as`` pointing nowhere
or at the wrong requirement, an entry under an id that does not exist at that level (numbers shift
between the advanced and general standards), a term in two synonym groups, a stop term used as a
core term, and core terms that have nothing to do with the unit they are attached to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import pytest
import yaml
from rapidfuzz import fuzz

from evidence_checker.catalog import BUSINESS_TYPES, LEVELS, STANDARDS_DIR, load_standard

LEXICON = STANDARDS_DIR / "2018-177" / "lexicon.yaml"
KNOWN_KINDS = {"policy", "record", "statement"}
ENTRY_KEYS = {"core", "support", "negative", "kinds", "note"}
SAME_AS_KEYS = {"same_as", "note"}


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load(text: str) -> dict:
    return yaml.load(text, Loader=_UniqueKeyLoader)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return _load(LEXICON.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def standard():
    return load_standard("2018-177")


@lru_cache(maxsize=4)
def rated(level: str) -> dict[str, tuple]:
    """unit id -> (item, unit) over every business type's assessment at ``level``."""
    out = {}
    for bt in BUSINESS_TYPES:
        for item, unit in standard().assessment(level, bt).rated_units():
            out[unit.id] = (item, unit)
    return out


def units(level: str) -> dict:
    return lexicon()["units"][level]


def resolve(level: str, uid: str) -> dict:
    """The full entry for a unit (following one same_as)."""
    entry = units(level)[uid]
    if "same_as" in entry:
        tlevel, tid = entry["same_as"].split("/", 1)
        return units(tlevel)[tid]
    return entry


@lru_cache(maxsize=1)
def groups() -> dict[str, set[str]]:
    """term -> every term of its synonym group (canonical and variants), itself included."""
    out = {}
    for canon, variants in lexicon()["synonyms"].items():
        members = {canon, *variants}
        for m in members:
            out[m] = members
    return out


def expand(term: str) -> set[str]:
    return groups().get(term, {term})


def canonical(term: str) -> str:
    for canon, variants in lexicon()["synonyms"].items():
        if term == canon or term in variants:
            return canon
    return term


def unit_text(item, unit) -> str:
    """The unit's own words: the sub-item text, or title and text of an item without sub-items."""
    text = unit.text if unit is not item else f"{item.title} {item.text}"
    return re.sub(r"\s+", "", text)


def full_entries():
    for level in LEVELS:
        for uid, entry in units(level).items():
            if "same_as" not in entry:
                yield level, uid, entry


# ------------------------------------------------------------------------------------------------
# Shape

def test_top_level_schema():
    lex = lexicon()
    assert set(lex) == {"version", "weights", "compound_gap", "kinds", "synonyms", "stop_terms", "units"}
    assert lex["version"] == 1
    assert isinstance(lex["compound_gap"], int) and 0 < lex["compound_gap"] <= 30
    w = lex["weights"]
    assert set(w) == {"core", "support"}
    assert 0 < w["support"] < w["core"] <= 1.0
    assert set(lex["kinds"]) == KNOWN_KINDS
    assert set(lex["units"]) == set(LEVELS)
    assert all(isinstance(x, str) and x for x in lex["stop_terms"])


def test_loader_rejects_duplicate_keys():
    # the guard the fixture relies on: a unit defined twice must not silently win
    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key"):
        _load("units:\n  advanced:\n    common.3: {core: [a, b]}\n    common.3: {core: [c, d]}\n")
    lexicon()  # and the real file has none


def test_kind_words_are_distinct_between_kinds():
    seen = {}
    for kind, words in lexicon()["kinds"].items():
        assert words, f"kind {kind} has no words"
        for w in words:
            assert w not in seen, f"kind word {w!r} in both {seen[w]} and {kind}"
            seen[w] = kind


# ------------------------------------------------------------------------------------------------
# Coverage

@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("business_type", BUSINESS_TYPES)
def test_every_rated_unit_has_an_entry(level, business_type):
    missing, thin = [], []
    for item, unit in standard().assessment(level, business_type).rated_units():
        if unit.id not in units(level):
            missing.append(unit.id)
            continue
        entry = resolve(level, unit.id)
        if len(entry.get("core") or []) < 2 or not entry.get("kinds"):
            thin.append(unit.id)
    assert not missing, f"{level}/{business_type}: no lexicon entry for {missing}"
    assert not thin, f"{level}/{business_type}: fewer than 2 core terms or no kinds: {thin}"


@pytest.mark.parametrize("level", LEVELS)
def test_no_entry_for_an_id_that_is_not_rated_at_that_level(level):
    extra = sorted(set(units(level)) - set(rated(level)))
    assert not extra, f"{level}: entries for ids that are not rated units at this level: {extra}"


def test_same_as_points_at_a_full_entry():
    for level in LEVELS:
        for uid, entry in units(level).items():
            if "same_as" not in entry:
                continue
            assert set(entry) <= SAME_AS_KEYS, f"{level}/{uid}: same_as entry has extra keys {set(entry) - SAME_AS_KEYS}"
            ref = entry["same_as"]
            assert re.fullmatch(r"(advanced|general)/[a-z]+(\.\d+){1,2}", ref), f"{level}/{uid}: bad same_as {ref!r}"
            tlevel, tid = ref.split("/", 1)
            assert (tlevel, tid) != (level, uid), f"{level}/{uid}: same_as points at itself"
            assert tid in units(tlevel), f"{level}/{uid}: same_as {ref} does not exist"
            assert "same_as" not in units(tlevel)[tid], f"{level}/{uid}: same_as {ref} is itself a same_as (chain)"
            assert tid in rated(tlevel), f"{level}/{uid}: same_as {ref} is not a rated unit"


def test_same_as_reuses_the_same_requirement():
    """A same_as must point at a unit whose standard text says nearly the same (numbers aside),
    or carry a note saying why the evidence is the same. Catches same_as attached by number, not meaning."""
    bad = []
    for level in LEVELS:
        for uid, entry in units(level).items():
            if "same_as" not in entry or entry.get("note"):
                continue
            tlevel, tid = entry["same_as"].split("/", 1)
            a = re.sub(r"[\d%]", "", unit_text(*rated(level)[uid]))
            b = re.sub(r"[\d%]", "", unit_text(*rated(tlevel)[tid]))
            score = fuzz.ratio(a, b)
            if score < 80:
                bad.append(f"{level}/{uid} -> {tlevel}/{tid} ({score:.0f})")
    assert not bad, "same_as between different requirements (add a note or a full entry): " + "; ".join(bad)


# ------------------------------------------------------------------------------------------------
# Entries

def test_full_entries_are_well_formed():
    stop = set(lexicon()["stop_terms"])
    for level, uid, entry in full_entries():
        where = f"{level}/{uid}"
        assert set(entry) <= ENTRY_KEYS, f"{where}: unknown keys {set(entry) - ENTRY_KEYS}"
        core, support = entry.get("core") or [], entry.get("support") or []
        assert 2 <= len(core) <= 6, f"{where}: {len(core)} core terms (want 2-6)"
        assert 2 <= len(support) <= 8, f"{where}: {len(support)} support terms (want 2-8)"
        kinds = entry.get("kinds") or []
        assert kinds and set(kinds) <= KNOWN_KINDS, f"{where}: kinds {kinds} (known: {sorted(KNOWN_KINDS)})"
        assert len(set(kinds)) == len(kinds), f"{where}: repeated kind"
        terms = core + support + list(entry.get("negative") or [])
        assert len(set(terms)) == len(terms), f"{where}: a term is listed twice"
        for t in terms:
            assert isinstance(t, str) and t.strip() == t and t, f"{where}: bad term {t!r}"
            assert len(t) <= 12, f"{where}: term {t!r} is too long; use the words documents use"
            assert not re.search(r"[，。；、,;]", t), f"{where}: term {t!r} looks like a sentence or a list"
        stop_core = [t for t in core if t in stop]
        assert not stop_core, f"{where}: core terms that are stop terms: {stop_core}"


def test_synonym_groups():
    syn = lexicon()["synonyms"]
    stop = set(lexicon()["stop_terms"])
    owner = {}
    for canon, variants in syn.items():
        assert isinstance(variants, list) and variants, f"synonym group {canon!r} has no variants"
        for term in [canon, *variants]:
            assert isinstance(term, str) and term, f"group {canon!r}: bad term {term!r}"
            assert term not in stop, f"group {canon!r}: {term!r} is a stop term"
            assert term not in owner or owner[term] == canon, (
                f"{term!r} is in synonym groups {owner[term]!r} and {canon!r}")
            assert not (term in owner and owner[term] == canon), f"{term!r} repeated in group {canon!r}"
            owner[term] = canon
    assert 60 <= len(syn) <= 120, f"{len(syn)} synonym groups (the brief: 60-120; fold single-use variants into the unit)"


def test_core_terms_are_not_stop_terms_even_through_synonyms():
    stop = set(lexicon()["stop_terms"])
    for level, uid, entry in full_entries():
        for t in entry["core"]:
            assert not (expand(t) & stop), f"{level}/{uid}: core term {t!r} expands to a stop term"


def test_core_terms_are_grounded_in_the_units_own_text():
    """Every unit (same_as ones included, judged against their own text): some core term or one of
    its synonyms is in the unit's standard text, or the entry has a note explaining the real wording.
    This is what catches an entry attached to the wrong unit."""
    bad = []
    for level in LEVELS:
        for uid, (item, unit) in rated(level).items():
            own = units(level).get(uid)
            if own is None or own.get("note"):
                continue
            text = unit_text(item, unit)
            core = resolve(level, uid)["core"]
            if not any(all(w in text for w in v.split("+")) for t in core for v in expand(t)):  # (甲+乙: both)
                bad.append(f"{level}/{uid}")
    assert not bad, f"no core term (or synonym) occurs in the unit's text and no note: {bad}"


def test_no_term_repeats_a_group_already_in_the_entry():
    """The matcher expands every term through its group, so two core terms from one group, or a
    support term from a core term's group, add nothing and hide that the entry is thinner than it looks."""
    for level, uid, entry in full_entries():
        core_groups = [canonical(t) for t in entry["core"]]
        assert len(set(core_groups)) == len(core_groups), f"{level}/{uid}: two core terms from one synonym group"
        dup = [t for t in entry["support"] if canonical(t) in core_groups]
        assert not dup, f"{level}/{uid}: support terms already covered by a core term's synonym group: {dup}"


def test_negative_terms_do_not_contradict_the_entry():
    """A negative term that is (a variant of, or inside) one of the entry's own terms would cancel every hit."""
    for level, uid, entry in full_entries():
        own = {v for t in entry["core"] + entry["support"] for v in expand(t)}
        for neg in entry.get("negative") or []:
            for v in expand(neg):
                clash = [o for o in own if v in o]
                assert not clash, f"{level}/{uid}: negative {neg!r} ({v!r}) occurs in its own terms {clash}"


def test_notes_are_real_explanations():
    for level in LEVELS:
        for uid, entry in units(level).items():
            if "note" in entry:
                assert isinstance(entry["note"], str) and len(entry["note"].strip()) >= 8, f"{level}/{uid}: empty note"


def test_no_two_full_entries_have_the_same_core():
    """Two units with the same core terms cannot be told apart; one should be a same_as of the other."""
    seen = {}
    for level, uid, entry in full_entries():
        key = frozenset(canonical(t) for t in entry["core"])
        assert key not in seen, f"{level}/{uid} has the same core terms as {seen[key]}"
        seen[key] = f"{level}/{uid}"


def test_core_terms_are_specific():
    """A core term shared by many units is not evidence for any of them."""
    users = defaultdict(set)
    for level, uid, entry in full_entries():
        for t in entry["core"]:
            users[canonical(t)].add(f"{level}/{uid}")
    crowded = {t: sorted(u) for t, u in users.items() if len(u) > 4}
    assert not crowded, f"core terms used by more than 4 units: {crowded}"


# Units whose numbers shift between levels or whose meaning is easy to confuse: the entry must carry
# the term that names its topic. Catches an entry (or a same_as) attached by number instead of meaning.
MEANING_ANCHORS = [
    ("advanced", "common.5", "进出口流程"),
    ("advanced", "common.6.1", "内部审计"),
    ("general", "common.5.1", "内部审计"),
    ("general", "common.5.2", "内审报告"),
    ("advanced", "common.7", "质量安全"),
    ("general", "common.6", "质量安全"),
    ("general", "common.7.1", "责任追究"),
    ("general", "common.8", "信息系统"),
    ("general", "common.9", "数据保存"),
    ("general", "common.11", "审计报告"),
    ("general", "common.12", "资产负债率"),
    ("general", "common.13", "无犯罪记录"),
    ("general", "common.21", "失信被执行人"),
    ("general", "common.22.1", "场所安全"),
    ("advanced", "common.24.3", "来访人员"),
    ("advanced", "common.24.4", "身份不明的人员"),
    ("general", "common.23.3", "访客"),
    ("general", "common.24.2", "员工花名册"),
    ("general", "common.24.4", "离职交接单"),
    ("general", "common.29.1", "应急预案"),
    ("general", "common.29.2", "供应链风险"),
    ("general", "common.29.3", "应急演练"),
    ("advanced", "common.31.3", "演练"),
    ("advanced", "importer.10.1", "门卫"),
    ("advanced", "importer.10.4", "监控录像"),
    ("advanced", "importer.10.6", "钥匙领用登记"),
    ("advanced", "importer.13.1", "7点检查"),
    ("advanced", "importer.13.2", "铅封"),
    ("general", "importer.3", "ERP"),
    ("general", "importer.7.3", "钥匙管理"),
    ("general", "importer.8", "安全协议"),
    ("general", "importer.10", "七点检查"),
    ("general", "broker.4", "关务系统"),
    ("general", "broker.8.3", "钥匙管理"),
    ("general", "broker.6", "报关差错率"),
    ("general", "ftsp.3", "生产工厂"),
    ("general", "ftsp.7", "综合服务合同"),
    ("general", "ftsp.8.2", "向海关报告"),
]


@pytest.mark.parametrize(("level", "uid", "term"), MEANING_ANCHORS)
def test_meaning_anchors(level, uid, term):
    assert uid in rated(level), f"{level}/{uid} is not a rated unit"
    core = resolve(level, uid)["core"]
    # the matcher finds terms as substrings, so a core term (or variant) inside the anchor word covers it
    assert any(v in term for t in core for v in expand(t)), f"{level}/{uid}: core {core} does not cover {term!r}"


def test_a_compound_term_is_its_two_words_close_together_in_either_order():
    """``供应链安全+培训`` is met by 培训主题: 供应链安全：… and by 供应链安全和应急处置培训 — and, through the
    synonym group, by 反恐…培训 — but not by an audit row naming 贸易安全 and, far on, a client training;
    it is one concept with 贸易安全培训 (a passage saying that shows it once)."""
    from evidence_checker.lexicon import load_lexicon
    from evidence_checker.match import build_index

    lex = load_lexicon()
    core = lex.unit("advanced", "common.31.1").core
    assert core["供应链安全+培训"] == core["贸易安全培训"] == core["反恐+培训"]
    concept = core["贸易安全培训"]
    texts = ["日期: 2026-03-19 | 培训主题: 供应链安全：集装箱七点检查、封条管理",
             "第50条 员工每年接受供应链安全和应急处置培训。",
             "2026年反恐（C-TPAT）专题培训签到",
             "贸易安全 | 基本符合 | 钥匙归还登记不完整（发现1）；客户培训 2026 年尚未举办",
             "2026年贸易安全培训签到表"]
    ix = build_index([{"id": f"p{i}", "path": "a.docx", "text": t, "locator": f"¶{i + 1}", "page": None,
                      "file_type": "docx"} for i, t in enumerate(texts)], lex)
    assert [bool(ix.terms[i].get(concept)) for i in range(len(texts))] == [True, True, True, False, True]
    assert not {"供应链安全+培训", "供应链安全培训"} & set(ix.terms[4]), ix.terms[4]  # (no second concept)


def test_a_compound_of_three_words_is_refused(tmp_path):
    import yaml as _yaml

    from evidence_checker.catalog import CatalogError
    from evidence_checker.lexicon import load_lexicon_from

    data = lexicon()
    data["units"]["advanced"]["common.31.1"] = {**data["units"]["advanced"]["common.31.1"],
                                                "core": ["贸易安全培训", "供应链+安全+培训"]}
    path = tmp_path / "lexicon.yaml"
    path.write_text(_yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match="common.31.1"):
        load_lexicon_from(path)


def test_a_term_names_one_concept_in_every_unit(tmp_path):
    """The matcher indexes a passage's terms once for all units. A compound resolved through one unit's
    list (供应链安全+培训 is 贸易安全培训 where common.31.1 lists that word) and through another's (common.31.2,
    which does not) must still be one concept, or the training row "供应链安全与货物交接风险培训" is no core
    evidence of the supply-chain training it records. A lexicon written with the two lists alone shows it."""
    from evidence_checker.lexicon import load_lexicon, load_lexicon_from

    concepts = defaultdict(set)
    for u in load_lexicon("2018-177").units.values():
        for mapping in (u.core, u.support):
            for term, canon in mapping.items():
                concepts[term].add(canon)
    assert not {t: c for t, c in concepts.items() if len(c) > 1}
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump({"synonyms": {"贸易安全": ["供应链安全"]}, "units": {"advanced": {
        "a.1": {"core": ["贸易安全培训", "供应链安全+培训"], "kinds": ["policy"]},
        "a.2": {"core": ["供应链安全+培训", "可疑货物"], "kinds": ["record"]}}}}, allow_unicode=True), encoding="utf-8")
    lex = load_lexicon_from(path)
    one, two = lex.unit("advanced", "a.1"), lex.unit("advanced", "a.2")
    assert one.core["供应链安全+培训"] == two.core["供应链安全+培训"] == two.core["供应链安全培训"]
    assert two.core["可疑货物"] == "可疑货物"


def test_a_supply_chain_training_row_is_core_evidence_of_the_training_unit(tmp_path):
    from evidence_checker.ingest import ingest_bundle
    from evidence_checker.match import match_passages
    from test_trust_classes import workbook

    workbook(tmp_path / "2026年04月台账.xlsx", {"培训签到": [
        ["日期", "主题", "姓名", "职务", "签到"], ["2026-04-18", "供应链安全与货物交接风险培训", "孙涛", "仓储员", "已签"]]})
    result = ingest_bundle(tmp_path, out_dir=tmp_path / ".out", workers=0)
    hits = match_passages(result.passages, load_standard("2018-177").assessment("advanced", "importer"))["common.31.2"]
    row = [h for h in hits if "货物交接风险培训" in h.text]
    assert row and row[0].why["core_hits"] >= 1, [(h.text, h.why.get("concepts")) for h in hits]
