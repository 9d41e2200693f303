"""A passage under a heading is about what its heading names (``match._section_concepts``); a line that
says its section is still to be written (（本章内容待补充）) is no content (``navigation_patterns``).
Both on a compiled handbook with a neutral file name, read by the real pipeline (ingest → match → propose)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict


def handbook(path: Path, chapters: list[tuple[str, list[str]]]) -> Path:
    """A Word handbook: a title, then chapters (Heading 1) of numbered items."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_heading("一体化管理手册", level=0)
    for title, items in chapters:
        doc.add_heading(title, level=1)
        for item in items:
            doc.add_paragraph(item)
    doc.save(path)
    return path


INTRO = ("第1章 总则", ["1.1 本手册适用于公司进出口、仓储、物流各环节。", "1.2 关务部负责本手册的解释和修订。"])
PROCESS_STEPS = [
    "5.1 进口：采购订单→供应商发货通知→关务部审单（品名、规格、数量、价格）→报关→缴税→放行→仓库收货入库。",
    "5.2 出口：销售订单→生产计划→成品入库→物流部装箱（专人监装）→关务部制单、复核→申报→放行→装船。",
    "5.3 单证复核：制单人完成后，由关务部另一名复核员对照合同、发票、箱单逐项复核并签字。",
]


def _proposal(bundle: Path, level: str, btype: str, unit: str):
    prof = profile_from_dict({"enterprise": "测试公司", "level": level, "business_type": btype,
                              "as_of": "2026-11-01", "flags": {}})
    return run_pipeline(bundle, profile=prof, write=False).proposals[unit]


def test_steps_under_a_process_chapter_are_the_process_though_they_never_say_it(tmp_path):
    """第5章 进出口业务过程 gives the import and export process as chains of steps (采购订单→…→放行): the
    chapter's items are the process the unit asks for, not just its heading. The same items under a
    chapter named for something else are no process policy."""
    named = handbook(tmp_path / "a" / "QM-01.docx", [INTRO, ("第5章 进出口业务过程", PROCESS_STEPS)])
    p = _proposal(named.parent, "advanced", "importer", "common.5")
    assert (p.rating or p.suggested) == "compliant", p.reasons
    assert any("5.1 进口" in h or "5.2 出口" in h for h in _cited_texts(named.parent, p)), p.evidence

    other = handbook(tmp_path / "b" / "QM-01.docx", [INTRO, ("第5章 其他规定", PROCESS_STEPS)])
    q = _proposal(other.parent, "advanced", "importer", "common.5")
    assert q.rating == "non_compliant", q.reasons


def _cited_texts(bundle: Path, prop) -> list[str]:
    from evidence_checker.ingest import ingest_bundle
    by_id = {p.id: p.text for p in ingest_bundle(bundle, use_cache=False).passages}
    return [by_id.get(i, "") for i in prop.evidence]


def test_a_chapter_still_to_be_written_is_no_internal_audit_policy(tmp_path):
    """A handbook's 第六章 内部审计 holds only （本章内容待补充）: the chapter's heading lends that line the
    words 内部审计, but a line saying the content is still to come is no policy — the unit has neither
    policy nor record (不达标), as an auditor rates it."""
    book = handbook(tmp_path / "QM-02.docx", [INTRO, ("第6章 内部审计", ["（本章内容待补充）"]),
                                              ("第7章 附则", ["7.1 本手册自发布之日起施行。"])])
    p = _proposal(book.parent, "general", "broker", "common.5.1")
    assert p.rating == "non_compliant", (p.rating, p.suggested, p.reasons)



def test_a_passage_naming_the_thing_ranks_above_one_that_only_stands_under_a_heading_naming_it(corpora_built):
    """A heading's words count for the passages under it (``section_weight``) less than a passage's own. At
    full weight, items that only stand under 一、演练科目 or 四、整改跟踪 took the places of the drill record's
    title line and of the tracking rule in the demo bundle's top hits, and its drill (common.31.3) and system
    tracking (importer.6.2) units fell to review: the demo no longer passed like its gold."""
    from evidence_checker.evaluate import load_gold

    bundle = corpora_built / "adv-importer-pass"
    proposals = run_pipeline(bundle, profile=load_gold(bundle).profile, write=False).proposals
    for unit in ("common.31.3", "importer.6.2"):
        assert proposals[unit].rating == "compliant", (unit, proposals[unit].reasons)
