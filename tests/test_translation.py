"""The edition's unofficial English translation (standards/<edition>/translation.en.yaml): complete,
not stale, never used for scoring, and shown by English reports beside the Chinese."""

from __future__ import annotations

import re

import pytest
import yaml

from evidence_checker.catalog import CatalogError, load_standard, normalize_ws
from evidence_checker.score import score
from evidence_checker.translation import (TRANSLATION_FILE, edition_texts, english_texts, localized, missing_english,
                                          translate)

CJK = re.compile(r"[\u4e00-\u9fff]")
STD = load_standard()


def test_every_title_text_note_and_threshold_of_the_edition_has_english():
    assert missing_english(STD) == []
    assert not [en for en in english_texts(STD.root).values() if CJK.search(en)]


def test_no_entry_translates_a_text_the_edition_does_not_have():
    data = yaml.safe_load((STD.root / TRANSLATION_FILE).read_text(encoding="utf-8"))
    texts = {normalize_ws(x) for x in edition_texts(STD)}
    assert [e["zh"] for entries in data.values() for e in entries if normalize_ws(e["zh"]) not in texts] == []


@pytest.mark.parametrize("level", ["advanced", "general"])
@pytest.mark.parametrize("btype", ["importer", "broker", "ftsp"])
def test_the_english_edition_scores_exactly_as_the_chinese(level, btype):
    zh = STD.assessment(level, btype)
    en = localized(STD, "en").assessment(level, btype)
    units = [u.id for _, u in zh.rated_units()]
    assert units == [u.id for _, u in en.rated_units()]
    cycle = ["compliant", "basically_compliant", "compliant", "non_compliant", "compliant"]
    ratings = {}
    for n, (item, unit) in enumerate(zh.rated_units()):
        wanted = cycle[n % len(cycle)]
        ratings[unit.id] = wanted if wanted in item.options else item.options[0]
    a, b = score(zh, ratings), score(en, ratings)
    assert (a.total, a.passed, [(r.id, r.rating, r.score) for r in a.items]) == \
        (b.total, b.passed, [(r.id, r.rating, r.score) for r in b.items])
    assert en.item("common.1").title != zh.item("common.1").title and not CJK.search(en.item("common.1").title)


def test_chinese_is_the_edition_itself_and_an_unknown_text_stays_as_it_is():
    assert localized(STD, "zh") is STD
    assert translate(STD, "建立海关法律法规等相关规定的内部培训制度并有效落实。", "zh").startswith("建立")
    assert not CJK.search(translate(STD, "建立海关法律法规等相关规定的内部培训制度并有效落实。", "en"))
    assert translate(STD, "不是标准里的话", "en") == "不是标准里的话"


def test_a_malformed_translation_names_the_file_and_the_entry(tmp_path):
    (tmp_path / TRANSLATION_FILE).write_text("titles:\n- {zh: 海关业务培训, en: Customs training}\n- {zh: 内审制度}\n",
                                             encoding="utf-8")
    with pytest.raises(CatalogError, match=r"translation\.en\.yaml: titles entry 2: needs a Chinese text zh"):
        english_texts(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / TRANSLATION_FILE).write_text("headings: []\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="expected the lists"):
        english_texts(other)
    assert english_texts(tmp_path / "none") == {}  # an edition without a translation: Chinese everywhere


def test_standards_list_and_show_speak_english_and_stay_chinese_by_default():
    from typer.testing import CliRunner

    from evidence_checker.cli import app

    runner = CliRunner()
    for args in (["standards", "list", "--level", "general", "--type", "broker"],
                 ["standards", "show", "common.21", "--level", "general", "--type", "broker"],
                 ["standards", "show", "importer.10"]):
        en = runner.invoke(app, [*args, "--lang", "en"], terminal_width=200)
        assert en.exit_code == 0, en.output
        assert not CJK.search(en.output), [line for line in en.output.splitlines() if CJK.search(line)][:3]
        zh = runner.invoke(app, args, terminal_width=200)
        assert zh.exit_code == 0 and CJK.search(zh.output)
    show = runner.invoke(app, ["standards", "show", "common.21.10", "--lang", "en"], terminal_width=200).output
    assert "Applies when: sample enterprise of customs statistical surveys" in show
    assert "Within 1 year" in show or "within 1 year" in show
    listed = runner.invoke(app, ["standards", "list", "--level", "general", "--type", "broker", "--lang", "en"],
                           terminal_width=200).output
    assert "(Attachment 3)" in listed and "Customs business training" in listed
    bad = runner.invoke(app, ["standards", "list", "--level", "gold", "--lang", "en"])
    assert bad.exit_code == 2 and "--level gold is not valid (choices: advanced, general)" in bad.output


def test_the_standards_words_in_a_message_read_in_english_where_translated():
    from evidence_checker.messages import Msg, std

    threshold = load_standard("2018-177").assessment("advanced", "importer") \
        .lookup("common.1.2").thresholds[0].text
    m = Msg("too_few_occasions", n=1, required=std(threshold))
    assert str(m) == f"评估期内仅有1次记录，要求{threshold}"
    assert m.render("en") == "only 1 record(s) in the window; required: “attend at least twice a year”"
    # a text the translation does not have stays as it is, quoted
    assert Msg("too_few_occasions", n=1, required=std("某段不在标准里的话")).render("en").endswith("“某段不在标准里的话”")
