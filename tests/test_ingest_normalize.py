"""Normalisation and segmentation: pure functions the matcher reuses for query text."""

from __future__ import annotations

from evidence_checker.ingest.normalize import normalize, squeeze_spaces, to_halfwidth, to_simplified
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.segment import Block, classify, join_lines, split_long, to_passages


def test_traditional_becomes_simplified():
    assert to_simplified("第二條 軟體系統資料保存三年以上") == "第二条 软体系统资料保存三年以上"
    assert normalize("訪客登記簿") == "访客登记簿"


def test_fullwidth_ascii_and_ideographic_space_become_halfwidth():
    assert to_halfwidth("ＩＳＯ　１７７１２") == "ISO 17712"
    assert normalize("ＩＳＯ　１７７１２ 高安全封条") == "ISO 17712高安全封条"


def test_spaces_between_cjk_removed_other_whitespace_collapsed():
    assert normalize("内 部 审 计  报 告") == "内部审计报告"
    assert normalize("第 3 页  共 10 页") == "第3页共10页"
    assert squeeze_spaces("  ERP   system \n\t log ") == "ERP system log"


def test_punctuation_unified():
    assert normalize("日期：2026年；人员（张三）") == "日期:2026年;人员(张三)"
    assert normalize("【制度】“七点检查”—铅封～") == '[制度]"七点检查"-铅封~'
    assert normalize("「門衛」") == '"门卫"'
    # kept: enumeration comma, full stop, book-title marks
    assert normalize("一、《管理办法》。") == "一、《管理办法》。"


def test_kangxi_radicals_from_pdf_export_fold_to_ideographs():
    assert normalize("⽇期") == "日期"


def test_row_separator_survives_normalisation():
    assert normalize("日期: 2026-03-18 | 来访人员: 张 三") == "日期:2026-03-18 | 来访人员:张三"


def test_classify_structure_markers():
    assert (classify("第一章 总则").kind, classify("第一章 总则").level) == ("heading", 1)
    assert classify("第二节 培训").level == 2
    assert classify("一、培训管理").kind == "heading"
    assert classify("（一）培训计划").level == 4
    assert classify("1. 审计范围").level == 5
    assert classify("(1) 审计频次").level == 6
    long_item = "（一）企业应当建立内部审计制度，每年至少开展一次内部审计，并形成书面报告。"
    assert classify(long_item).kind == "list_item"
    assert classify("第三条 本办法自发布之日起施行。").kind == "paragraph"
    assert classify("2026.03.18 检查记录").level is None
    assert classify("1.5倍").level is None


def test_split_long_at_sentence_ends():
    sentence = "企业建立并执行内部审计制度，每年至少开展一次审计。"
    text = sentence * 20
    parts = split_long(text, 300)
    assert len(parts) > 1
    assert all(len(p) <= 300 for p in parts)
    assert all(p.endswith("。") for p in parts)
    assert "".join(parts) == text


def test_split_long_without_punctuation_cuts_hard():
    parts = split_long("检" * 700, 300)
    assert [len(p) for p in parts] == [300, 300, 100]


def test_join_lines_cjk_without_space_latin_with_space():
    assert join_lines(["为加强海关认证企业管", "理，制定本办法。"]) == "为加强海关认证企业管理，制定本办法。"
    assert join_lines(["ISO 17712 high", "security seal"]) == "ISO 17712 high security seal"


def test_to_passages_keeps_nearest_heading_and_splits_locators():
    blocks = [
        Block("第一章 总则", "paragraph", "¶1"),
        Block("一、培训管理", "paragraph", "¶2"),
        Block("每年组织培训。" * 60, "paragraph", "¶3"),
        Block("第二章 访客", "paragraph", "¶4"),
        Block("来访人员登记。", "paragraph", "¶5"),
    ]
    out = to_passages(blocks, "制度/培训.docx", max_chars=300)
    kinds = [(p.locator, p.kind, p.heading) for p in out]
    assert kinds[0] == ("¶1", "heading", None)
    assert kinds[1] == ("¶2", "heading", "第一章 总则")
    assert kinds[2] == ("¶3.1", "paragraph", "一、培训管理")
    assert kinds[-2] == ("¶4", "heading", None)
    assert kinds[-1] == ("¶5", "paragraph", "第二章 访客")


def test_passage_id_stable_and_json_round_trip():
    p = Passage.new(path="a/b.pdf", page=3, locator="p3 ¶2", text="内部审计", norm="内部审计", kind="paragraph",
                    bbox=(1.0, 2.0, 3.0, 4.0))
    q = Passage.new(path="a/b.pdf", page=3, locator="p3 ¶2", text="内部审计", norm="内部审计", kind="paragraph")
    assert p.id == q.id and len(p.id) == 16
    assert p.id != p.with_path("c.pdf").id
    data = p.to_json()
    assert list(data)[:5] == ["id", "path", "page", "locator", "text"]
    assert Passage.from_json(data) == p
