"""The standards catalog (standards/2018-177/tables/*.yaml) against the official text and the loader's rules.

Every test asserts something about the data that a wrong edit would break: item counts, texts verbatim
from source.txt, printed order, options per category, thresholds covering every number, conditions
naming known flags, ids, the JSON export round trip, and the loader's error messages on broken copies.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from evidence_checker import catalog
from evidence_checker.catalog import (
    CatalogError,
    STANDARDS_DIR,
    load_export,
    load_standard,
    load_standard_from,
    normalize_ws,
    table_to_dict,
)

EDITION_DIR = STANDARDS_DIR / "2018-177"
SOURCE = EDITION_DIR / "source.txt"

EXPECTED_COUNTS = {  # attachment -> (level, part, items)
    2: ("advanced", "common", 31),
    3: ("general", "common", 29),
    4: ("advanced", "importer", 14),
    5: ("general", "importer", 11),
    6: ("advanced", "broker", 14),
    7: ("general", "broker", 12),
    8: ("advanced", "ftsp", 8),
    9: ("general", "ftsp", 8),
}

# A number in a text: digits (with decimals and %), or 千分之一 / 万分之三 style ratios.
NUMBER = re.compile(r"\d+(?:\.\d+)?%?|[千万]分之[一二三四五六七八九十]+")
CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@pytest.fixture(scope="module")
def std():
    return load_standard("2018-177")


def _units(item):
    """(where, text, thresholds) for the item's own text, each sub-item and each note."""
    out = []
    if item.text:
        out.append((item.id, item.text, item.thresholds))
    for s in item.subitems:
        out.append((s.id, s.text, s.thresholds))
    for k, n in enumerate(item.notes):
        out.append((f"{item.id} notes[{k}]", n.text, n.thresholds))
    return out


def _all_units(std):
    for t in std.tables:
        for item in t.items:
            for where, text, ths in _units(item):
                yield t, item, where, text, ths


def _strip_p(raw: str) -> str:
    # The broker tables carry <p>…</p> HTML artefacts; they separate cell parts, so they become a space.
    return re.sub(r"</?p>", " ", raw)


@pytest.fixture(scope="module")
def source_raw() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def attachment_chunks(source_raw) -> dict[int, str]:
    parts = re.split(r"\n附件\s*(\d)\s*\n", source_raw)
    return {int(parts[k]): parts[k + 1] for k in range(1, len(parts), 2)}


@pytest.fixture(scope="module")
def source_cells(source_raw) -> set[str]:
    """Every printed cell of the source, normalised: a table row split at tabs and <p> tags, a cell
    split before each '(n) ' (two sub-items printed in one cell), the '(n) ' numbering removed."""
    cells = set()
    for line in source_raw.splitlines():
        for cell in re.split(r"\t|</?p>", line):
            for part in re.split(r"(?=\(\d+\)\s)", cell):
                part = re.sub(r"^\(\d+\)\s*", "", part.strip())
                if part:
                    cells.add(normalize_ws(part))
    return cells


# ------------------------------------------------------------------------------------------- shape

def test_tables_and_item_counts(std):
    got = {t.attachment: (t.level, t.part, len(t.items)) for t in std.tables}
    assert got == EXPECTED_COUNTS


def test_table_files_are_named_by_attachment_level_part(std):
    for t in std.tables:
        assert t.source_file == f"{t.attachment:02d}-{t.level}-{t.part}.yaml"
    assert sorted(p.name for p in (EDITION_DIR / "tables").glob("*.yaml")) == sorted(
        f"{a:02d}-{lv}-{pt}.yaml" for a, (lv, pt, _) in EXPECTED_COUNTS.items())


def test_titles_match_the_attachment_headings(std, attachment_chunks):
    for t in std.tables:
        m = re.search(r"\((.+?)\)", attachment_chunks[t.attachment])
        assert t.title == f"海关认证企业标准（{normalize_ws(m.group(1))}）"


def test_ids_unique_and_well_formed(std):
    pat = re.compile(r"^(common|importer|broker|ftsp)\.[1-9]\d*(\.[1-9]\d*)?$")
    for t in std.tables:
        ids = []
        for item in t.items:
            assert item.id == f"{t.part}.{item.number}"
            ids.append(item.id)
            for s in item.subitems:
                assert s.id == f"{item.id}.{s.number}"
                ids.append(s.id)
        assert all(pat.match(i) for i in ids), [i for i in ids if not pat.match(i)]
        assert len(ids) == len(set(ids))
    for level in ("advanced", "general"):
        for bt in ("importer", "broker", "ftsp"):
            a = std.assessment(level, bt)
            ids = [i.id for i in a.items] + [s.id for i in a.items for s in i.subitems]
            assert len(ids) == len(set(ids)), (level, bt)


def test_spot_ids(std):
    a = std.assessment("advanced", "importer")
    assert a.item("common.21").title == "管理要求"
    assert a.subitem("common.21.3").text.startswith("2年内无由海关要求承担技术处理")
    assert a.subitem("importer.10.4").text.startswith("视频监控")
    assert a.parent("importer.10.4").title == "场所安全"


def test_items_have_text_or_subitems_and_sections_are_whole(std):
    section = re.compile(r"^\([一二三四五六七八九十]+\)\S+$")
    for t in std.tables:
        for item in t.items:
            assert bool(item.text) != bool(item.subitems), item.id
            assert section.match(item.section), (t.source_file, item.id, item.section)


def test_repaired_sections(std):
    """Headings the PDF printed a row late or split over two rows (see README)."""
    assert std.table("general", "common").items[12].section == "(六)遵守法律法规"
    assert std.table("general", "common").items[13].section == "(六)遵守法律法规"
    assert std.table("advanced", "broker").items[10].section == "(七)商业伙伴安全控制措施"
    assert std.table("general", "broker").items[4].section == "(四)遵守法律法规"
    assert [i.section for i in std.table("general", "broker").items[5:7]] == ["(五)进出口业务规范"] * 2
    for level in ("advanced", "general"):
        ftsp = std.table(level, "ftsp")
        assert ftsp.items[4].title == "信息系统"
        assert ftsp.items[4].section == "(三)信息系统控制"
        assert ftsp.items[2].section == "(二)进出口业务控制"


def test_general_ftsp_last_item_as_printed(std):
    last = std.table("general", "ftsp").items[-1]
    assert last.title == "货物、物品安全"
    assert [s.number for s in last.subitems] == [1, 2]
    assert last.subitems[1].text == "发现有违法嫌疑或者高风险的货物、物品,及时采取合理的处置措施,并向海关报告。"


# ------------------------------------------------------------------------------------------- texts

def test_every_text_is_in_the_source(std, source_raw):
    whole = normalize_ws(_strip_p(source_raw))
    missing = [(t.source_file, where) for t, _, where, text, _ in _all_units(std) if text not in whole]
    assert not missing


def test_every_text_is_one_whole_printed_cell(std, source_cells):
    """Stricter than a substring: normalize_ws joins CJK across tabs and line breaks, so a text could
    match across two cells; here each text must be exactly one printed cell (or one '(n) …' part)."""
    bad = [(t.source_file, where, text) for t, _, where, text, _ in _all_units(std) if text not in source_cells]
    assert not bad


def test_texts_follow_the_printed_order(std, attachment_chunks):
    """Within its attachment, each item title, note and (sub-)item text comes after the previous one:
    catches a sub-item filed under the wrong item."""
    for t in std.tables:
        chunk = normalize_ws(_strip_p(attachment_chunks[t.attachment]))
        pos = 0
        for item in t.items:
            seq = [item.title] + [n.text for n in item.notes] + ([item.text] if item.text else [])
            seq += [s.text for s in item.subitems]
            for text in seq:
                found = chunk.find(text, pos)
                assert found >= 0, (t.source_file, item.id, text)
                pos = found + (len(text) if text != item.title else 0)


def test_no_artefacts_left_in_texts(std):
    for t, item, where, text, _ in _all_units(std):
        assert "<p>" not in text and "</p>" not in text, where
        assert not re.match(r"^\(\d+\)", text), where  # numbering belongs in `number`
        assert not re.search(r"\s\(\d+\)\s", text), where  # two sub-items left in one text
    for path in (EDITION_DIR / "tables").glob("*.yaml"):
        raw = path.read_text(encoding="utf-8")
        assert "_loose" not in raw and "<p>" not in raw, path.name  # the draft parser's leftovers


def test_see_single_item_standard(std):
    expected = {"advanced": {18: "申报规范", 19: "传输规范"}, "general": {17: "申报规范", 18: "传输规范"}}
    for level, items in expected.items():
        common = std.table(level, "common")
        flagged = {i.number: i.title for i in common.items if i.scored_via_single_item}
        assert flagged == items
        for n in items:
            assert common.items[n - 1].text == "见单项标准。"
    for level in ("advanced", "general"):
        titles = {p: {i.title for i in std.table(level, p).items} for p in ("importer", "broker", "ftsp")}
        assert "申报规范" in titles["importer"] and "传输规范" not in titles["importer"]
        assert {"申报规范", "传输规范"} <= titles["broker"]
        assert not {"申报规范", "传输规范"} & titles["ftsp"]
    a = std.assessment("advanced", "importer")
    assert "common.18" not in {i.id for i in a.scored_items}
    assert "common.18" in {i.id for i in a.items}


# ------------------------------------------------------------------------------------ options

def test_options_by_category(std):
    rules = std.rules
    assert "basically_compliant" not in rules.options_by_category["legal_compliance"]
    assert "not_applicable" not in rules.options_by_category["financial"]
    seen = set()
    for t in std.tables:
        for item in t.items:
            seen.add(item.category)
            assert item.options == tuple(rules.options_by_category[item.category]), item.id
            if item.category == "legal_compliance":
                assert "basically_compliant" not in item.options
            if item.category == "financial":
                assert "not_applicable" not in item.options
            if item.category in ("internal_control", "trade_security"):
                assert set(item.options) == {"compliant", "basically_compliant", "non_compliant", "not_applicable"}
    assert seen == set(catalog.CATEGORIES)


def test_categories_follow_the_printed_blocks(std):
    # common: 1–11 internal control, 12–13 financial, 14–22 legal, 23–31 trade security (advanced)
    cats = [i.category for i in std.table("advanced", "common").items]
    assert cats == ["internal_control"] * 11 + ["financial"] * 2 + ["legal_compliance"] * 9 + ["trade_security"] * 9
    cats = [i.category for i in std.table("general", "common").items]
    assert cats == ["internal_control"] * 10 + ["financial"] * 2 + ["legal_compliance"] * 9 + ["trade_security"] * 8
    # the general broker trade-security header lacks 不适用 in the PDF; the category still allows it
    assert "not_applicable" in std.table("general", "broker").items[7].options


# --------------------------------------------------------------------------------- conditions

def test_every_condition_names_known_flags(std):
    flags = set(std.flags)
    conds = []
    for t in std.tables:
        for item in t.items:
            conds += [(item.id, item.condition)] if item.condition else []
            conds += [(s.id, s.condition) for s in item.subitems if s.condition]
            for n in item.notes:
                assert n.flag is None or n.flag in flags, item.id
    assert conds
    for where, c in conds:
        assert c.any_of or c.none_of, where
        assert set(c.any_of) | set(c.none_of) <= flags, where
        assert c.text, where


EXPECTED_CONDITIONS = {  # (level, id) -> any_of / none_of of the condition
    ("advanced", "common.4.2"): ("any", {"special_items"}),
    ("advanced", "common.6.3"): ("any", {"recertification"}),
    ("general", "common.5.3"): ("any", {"recertification"}),
    ("advanced", "common.7"): ("any", {"food", "animal_plant", "statutory_inspection"}),
    ("general", "common.6"): ("any", {"food", "animal_plant", "statutory_inspection"}),
    ("advanced", "common.21.10"): ("any", {"survey_sample"}),
    ("general", "common.20.10"): ("any", {"survey_sample"}),
    ("advanced", "common.21.11"): ("any", {"duty_reduced_goods"}),
    ("general", "common.20.11"): ("any", {"duty_reduced_goods"}),
    ("advanced", "importer.1.2"): ("any", {"licensed_goods"}),
    ("advanced", "importer.1.3"): ("any", {"processing_trade"}),
    ("advanced", "importer.2.2"): ("any", {"processing_trade"}),
    ("advanced", "importer.2.3"): ("any", {"special_items"}),
    ("advanced", "importer.2.4"): ("any", {"animal_plant"}),
    ("advanced", "importer.2.5"): ("any", {"statutory_inspection"}),
    ("advanced", "importer.2.6"): ("any", {"food"}),
    ("advanced", "importer.4.1"): ("any", {"special_items"}),
    ("advanced", "importer.4.2"): ("any", {"animal_plant"}),
    ("advanced", "importer.4.3"): ("any", {"food"}),
    ("advanced", "importer.4.4"): ("any", {"statutory_inspection"}),
    ("advanced", "importer.7.3"): ("none", {"newly_registered"}),
    ("advanced", "importer.7.4"): ("any", {"newly_registered"}),
    ("advanced", "importer.8.2"): ("any", {"processing_trade"}),
    ("advanced", "importer.8.3"): ("any", {"processing_trade"}),
    ("advanced", "importer.9.3"): ("any", {"animal_plant"}),
    ("advanced", "importer.9.4"): ("any", {"food"}),
    ("general", "importer.4.4"): ("any", {"newly_registered"}),
    ("general", "importer.5.2"): ("any", {"processing_trade"}),
    ("general", "importer.6.3"): ("any", {"animal_plant"}),
    ("general", "importer.6.4"): ("any", {"food"}),
    ("advanced", "broker.2.2"): ("any", {"licensed_goods"}),
    ("advanced", "broker.7.3"): ("any", {"newly_registered"}),
    ("general", "broker.5.3"): ("any", {"newly_registered"}),
    ("general", "broker.2.2"): ("any", {"licensed_goods"}),
}


def test_expected_conditions(std):
    for (level, uid), (kind, flags) in EXPECTED_CONDITIONS.items():
        bt = uid.split(".")[0] if not uid.startswith("common") else "importer"
        unit = std.assessment(level, bt).lookup(uid)
        assert unit.condition is not None, (level, uid)
        got = set(unit.condition.any_of if kind == "any" else unit.condition.none_of)
        assert got == flags, (level, uid)


def test_unconditional_where_no_flag_exists(std):
    # 办理退税申报业务的: no profile flag for it, left unconditional (README)
    for level in ("advanced", "general"):
        sub = std.table(level, "ftsp").items[3].subitems[2]
        assert sub.text.startswith("办理退税申报业务的") and sub.condition is None


def test_condition_holds(std):
    c = std.assessment("advanced", "importer").subitem("importer.7.3").condition
    assert c.holds({}) and not c.holds({"newly_registered": True})
    c = std.assessment("advanced", "importer").item("common.7").condition
    assert not c.holds({}) and c.holds({"food": True}) and c.holds({"statutory_inspection": True})


def test_notes(std):
    want = {
        ("advanced", "importer", 10): ("special_zone_deemed_met", "special_zone"),
        ("general", "importer", 7): ("special_zone_deemed_met", "special_zone"),
        ("advanced", "importer", 11): ("certified_partner_exempt", None),
        ("general", "importer", 8): ("certified_partner_exempt", None),
        ("advanced", "importer", 13): ("pure_trading_extension", "pure_trading"),
        ("advanced", "importer", 14): ("pure_trading_extension", "pure_trading"),
        ("general", "importer", 10): ("pure_trading_extension", "pure_trading"),
        ("general", "importer", 11): ("pure_trading_extension", "pure_trading"),
        ("advanced", "broker", 11): ("certified_partner_exempt", None),
        ("general", "broker", 9): ("certified_partner_exempt", None),
        **{("advanced", "broker", n): ("pure_brokerage_extension", "pure_brokerage") for n in (12, 13, 14)},
        **{("general", "broker", n): ("pure_brokerage_extension", "pure_brokerage") for n in (10, 11, 12)},
    }
    got = {}
    for t in std.tables:
        for item in t.items:
            for n in item.notes:
                got[(t.level, t.part, item.number)] = (n.kind, n.flag)
    assert got == want
    # a note is never also the item's text (the draft had joined them)
    gi8 = std.table("general", "importer").items[7]
    assert gi8.text == "在合同、协议或者其他书面资料中要求商业伙伴按照本认证标准优化和完善贸易安全管理。"
    for t in std.tables:
        for item in t.items:
            for n in item.notes:
                assert item.text is None or n.text not in item.text


# --------------------------------------------------------------------------------- thresholds

def _spans(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def test_every_number_is_covered_by_a_threshold(std):
    uncovered = []
    for t, _, where, text, ths in _all_units(std):
        spans = [sp for th in ths for sp in _spans(text, th.text)]
        for m in NUMBER.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                uncovered.append((t.source_file, where, m.group()))
    assert not uncovered


def _value_of(phrase: str) -> float | None:
    m = NUMBER.search(phrase)
    if not m:
        return None
    tok = m.group()
    if tok.startswith(("千分之", "万分之")):
        return CN_DIGIT[tok[3:]] / (1000 if tok[0] == "千" else 10000)
    value = float(tok.rstrip("%"))
    if phrase[m.end():m.end() + 1] == "万":
        value *= 10000
    return value


def test_threshold_values_match_their_text(std):
    checked = 0
    for t, _, where, text, ths in _all_units(std):
        for th in ths:
            assert th.text in text, (where, th.name)
            v = _value_of(th.text)
            if v is None or th.kind == "window" and th.unit != "years":
                continue
            assert th.value == pytest.approx(v), (t.source_file, where, th.name, th.text, th.value)
            checked += 1
    assert checked > 80


def test_threshold_units_and_ops(std):
    by_name = defaultdict(set)
    for t, _, where, text, ths in _all_units(std):
        for th in ths:
            by_name[th.name].add((th.kind, th.unit, th.op, th.cumulative))
            if th.kind == "amount":
                assert th.unit == "yuan" and "万" in th.text, where
            if th.kind == "percentage":
                assert th.unit == "percent" and th.text.endswith(("%", "%以上")), where
            if "累计" in th.text:
                assert th.cumulative, (where, th.name)
            if th.text.endswith("以上") or "不低于" in th.text:
                assert th.op == ">=", (where, th.name)
            if th.text.endswith("以下") or "不超过" in th.text or "不得超过" in th.text:
                assert th.op == "<=", (where, th.name)
    # one name means one rule: same kind, unit, op and cumulation everywhere it is used
    assert {n: v for n, v in by_name.items() if len(v) > 1} == {}


def test_advanced_and_general_differ_only_in_values(std):
    def named(level, part, num):
        item = std.table(level, part).items[num - 1]
        return {th.name: th.value for _, _, ths in _units(item) for th in ths}

    assert named("advanced", "common", 1)["training_min_per_year"] == 2
    assert named("general", "common", 1)["training_min_per_year"] == 1
    adv = std.table("advanced", "common").items[19].subitems[1]
    gen = std.table("general", "common").items[18].subitems[1]
    assert {t.name: t.value for t in adv.thresholds}["late_tax_declaration_rate_max"] == 3
    assert {t.name: t.value for t in gen.thresholds}["late_tax_declaration_rate_max"] == 5
    assert {t.name for t in adv.thresholds} == {t.name for t in gen.thresholds}
    assert named("advanced", "broker", 7)["violation_ratio_max"] == pytest.approx(0.0001)
    assert named("general", "broker", 5)["violation_ratio_max"] == pytest.approx(0.0003)
    assert named("advanced", "importer", 7)["violation_ratio_max"] == pytest.approx(0.001)
    assert named("advanced", "importer", 8)["consecutive_quarters"] == 4
    assert named("general", "importer", 5)["consecutive_quarters"] == 2


def test_spot_thresholds(std):
    a = std.assessment("advanced", "ftsp")
    ths = {t.name: t for t in a.subitem("ftsp.8.2").thresholds}
    assert (ths["video_retention_months"].value, ths["video_retention_months"].unit) == (3, "months")
    assert ths["onsite_loading_supervision_min_pct"].value == 10
    seal = {t.name: t for t in std.table("advanced", "importer").items[12].subitems[1].thresholds}["seal_standard"]
    assert seal.kind == "standard_ref" and seal.text == "PAS ISO 17712"
    note = std.table("general", "importer").items[9].notes[0]
    assert [(t.name, t.value, t.text) for t in note.thresholds] == [("extension_companies", 1, "1家")]


# ----------------------------------------------------------------------------- export round trip

def test_export_round_trip(std):
    exported = json.loads(json.dumps(std.to_export(), ensure_ascii=False))
    assert [t["attachment"] for t in exported] == list(range(2, 10))
    first = exported[0]["items"][0]
    assert set(first) >= {"id", "number", "title", "category", "section", "options", "notes", "subitems"}
    assert set(first["subitems"][0]) >= {"id", "number", "text", "conditions"}
    back = load_export(exported)
    again = json.loads(json.dumps([table_to_dict(t) for t in back.tables], ensure_ascii=False))
    assert again == exported
    for a, b in zip(std.tables, back.tables):
        assert a.model_copy(update={"source_file": ""}) == b.model_copy(update={"source_file": ""})


# ------------------------------------------------------------------------------- broken copies

@pytest.fixture
def edition_copy(tmp_path) -> Path:
    dst = tmp_path / "2018-177"
    shutil.copytree(EDITION_DIR, dst)
    load_standard_from(dst)  # the unbroken copy loads: a failure below comes from the edit
    return dst


def _edit(root: Path, name: str, fn) -> None:
    path = root / "tables" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fn(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _fails(root: Path, *fragments: str) -> str:
    with pytest.raises(CatalogError) as e:
        load_standard_from(root)
    msg = str(e.value)
    for f in fragments:
        assert f in msg, (f, msg)
    return msg


def test_rejects_unknown_category(edition_copy):
    _edit(edition_copy, "02-advanced-common.yaml", lambda d: d["items"][2].update(category="security"))
    _fails(edition_copy, "02-advanced-common.yaml", "item common.3", "category", "security")


def test_rejects_subitem_out_of_order(edition_copy):
    def swap(d):
        subs = d["items"][0]["subitems"]
        subs[0]["number"], subs[1]["number"] = 2, 1
    _edit(edition_copy, "02-advanced-common.yaml", swap)
    _fails(edition_copy, "02-advanced-common.yaml", "sub-item common.1.1", "number")


def test_rejects_threshold_text_not_in_subitem(edition_copy):
    def bad(d):
        d["items"][0]["subitems"][1]["thresholds"][0]["text"] = "每年参加3次以上"
    _edit(edition_copy, "02-advanced-common.yaml", bad)
    _fails(edition_copy, "02-advanced-common.yaml", "sub-item common.1.2", "thresholds[0]",
           "training_min_per_year", "每年参加3次以上")


def test_rejects_threshold_text_not_in_note(edition_copy):
    def bad(d):
        d["items"][12]["notes"][0]["thresholds"][0]["text"] = "2家"
    _edit(edition_copy, "04-advanced-importer.yaml", bad)
    _fails(edition_copy, "04-advanced-importer.yaml", "item importer.13 notes[0]", "extension_companies")


def test_rejects_unknown_flag_in_condition(edition_copy):
    _edit(edition_copy, "04-advanced-importer.yaml",
          lambda d: d["items"][1]["subitems"][2]["condition"].update(any_of=["dangerous_goods"]))
    _fails(edition_copy, "04-advanced-importer.yaml", "sub-item importer.2.3", "condition", "dangerous_goods")


def test_rejects_leftover_draft_keys(edition_copy):
    _edit(edition_copy, "05-general-importer.yaml", lambda d: d["items"][6].update(_loose=["x"]))
    _fails(edition_copy, "05-general-importer.yaml", "item importer.7", "_loose")


def test_rejects_invalid_yaml(edition_copy):
    path = edition_copy / "tables" / "09-general-ftsp.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - number: [unclosed\n", encoding="utf-8")
    _fails(edition_copy, "09-general-ftsp.yaml", "not valid YAML")
