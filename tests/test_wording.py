"""models/wording.yaml holds how quantities, periods and signatures are written; facts.py reads its
words (no Chinese word of its own), and a bad file is a clear error naming the field."""

from __future__ import annotations

import pytest
import yaml

from evidence_checker.data import models_root
from evidence_checker.facts import extract_facts
from evidence_checker.wording import load_wording, parse_wording


def test_every_period_and_count_bound_of_the_file_is_read():
    w = load_wording()
    for word, years in w.periods.items():
        facts = extract_facts(f"每{word}2次")
        assert [round(f.times_per_year, 6) for f in facts.frequencies] == [round(2 / years, 6)], word
    for word, bound in w.count_bounds.items():
        counts = extract_facts(f"培训5人次{word}").counts
        assert [(c.value, c.bound) for c in counts] == [(5, bound)], word
    assert w.periods["个月"] == 1 / 12 and w.percent_words["万分之"] == 10000.0


def test_a_duration_word_is_no_duration_before_its_excluded_characters():
    assert [d.unit for d in extract_facts("保存3年以上").durations] == ["year"]
    assert "年" in load_wording().durations and "度" in load_wording().durations["年"].not_before
    assert extract_facts("2025年度报告").durations == []


def test_a_bad_wording_file_names_the_field():
    data = yaml.safe_load((models_root() / "wording.yaml").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="periods.年: 'a year'"):
        parse_wording(data | {"periods": {"年": "a year"}})
    with pytest.raises(ValueError, match="durations.天: unit"):
        parse_wording(data | {"durations": {"天": {"unit": "fortnight"}}})
    with pytest.raises(ValueError, match="min_words"):
        parse_wording(data | {"min_words": []})
