"""Facts cross from the rules to the reports as typed Fact objects: the rules' mappings become Facts in
a Proposal, proposals.json keeps the same JSON, and reports read kind, name, value and source."""

from __future__ import annotations

import json
import pickle

from evidence_checker.catalog import load_standard
from evidence_checker.proposal_facts import Fact
from evidence_checker.report.fact_lines import fact_text
from evidence_checker.results import Proposal

THRESHOLD = {"threshold": "training_min_per_year", "required": 2, "found": 1}
INDICATOR = {"kind": "indicator", "name": "late_tax_rate", "value": 0.002, "limit": 0.001, "op": "<=",
             "file": "records/报关单统计.csv", "row": 4}
RULE = {"rule": "condition", "flags": ["special_zone"]}


def test_a_proposal_holds_typed_facts_and_writes_the_same_json():
    raw = (THRESHOLD, INDICATOR, RULE, {"dates_in_window": ["2026-03-01"]}, "a plain line")
    p = Proposal("common.1.1", "basically_compliant", "proposed", 0.8, (), facts=raw)
    assert [type(f).__name__ for f in p.facts] == ["Fact", "Fact", "Fact", "Fact", "str"]
    assert [f.kind for f in p.facts[:4]] == ["threshold", "indicator", "rule", "observation"]
    assert (p.facts[0].name, p.facts[0].value, p.facts[0].source) == ("training_min_per_year", 1, None)
    assert (p.facts[1].name, p.facts[1].value, p.facts[1].source) == ("late_tax_rate", 0.002,
                                                                      ("records/报关单统计.csv", 4))
    assert json.dumps(p.to_json()["facts"], ensure_ascii=False) == json.dumps(list(raw), ensure_ascii=False)
    back = Proposal.from_json(p.id, json.loads(json.dumps(p.to_json())))
    assert back.facts == p.facts and isinstance(back.facts[1], Fact)
    assert pickle.loads(pickle.dumps(p)).facts == p.facts  # a proposal still crosses process pools


def test_a_fact_is_a_copy_of_what_the_rule_wrote():
    written = dict(THRESHOLD)
    fact = Fact.of(written)
    written["found"] = 5
    assert fact["found"] == 1 and Fact.of(fact) is fact and Fact.of("text") == "text"


def test_the_report_line_reads_the_typed_fact():
    std = load_standard("2018-177")
    unit = next(u for _, u in std.assessment("advanced", "importer").rated_units())
    line = fact_text(Fact.of(INDICATOR), unit)
    assert line.endswith("（records/报关单统计.csv 第4行）") and "0.20%" in line
    assert fact_text(INDICATOR, unit) == line  # a mapping reads the same


def test_an_evidence_hit_holds_a_typed_why_and_writes_the_same_json():
    from dataclasses import replace

    from evidence_checker.hit_why import Why
    from evidence_checker.results import EvidenceHit

    why = {"terms": ["门卫管理"], "kind": "policy", "fuzzy": 61.5, "parts": {"terms": 0.4, "fuzzy": 0.6}}
    hit = EvidenceHit("p1", "制度/门卫.docx", 2, "para:3", "门卫管理制度……", 0.71, why)
    assert isinstance(hit.why, Why) and (hit.why.kind, hit.why.terms, hit.why.role) == ("policy", ["门卫管理"], None)
    assert hit.to_json()["why"] == why and EvidenceHit.from_json(hit.to_json()).why == hit.why
    roled = replace(hit, why={**hit.why, "role": "content"})  # as support.py assigns a role
    assert roled.why.role == "content" and roled.why.parts == {"terms": 0.4, "fuzzy": 0.6}
    assert EvidenceHit("p2", "x.pdf", None, "", "", 0.0, {}).why.kind is None
    assert pickle.loads(pickle.dumps(roled)).why == roled.why
