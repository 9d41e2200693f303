"""Chinese numerals 1–99 are read without cn2an (facts._small_cn) and give cn2an's values."""

from __future__ import annotations

import cn2an

from evidence_checker.facts import _small_cn, cn_number

DIGITS = "一二三四五六七八九"


def test_every_small_numeral_reads_as_cn2an_reads_it():
    cases = ["两", "十", *DIGITS, *("十" + d for d in DIGITS), *(a + "十" for a in DIGITS[1:]),
             *(a + "十" + b for a in DIGITS[1:] for b in DIGITS)]
    assert len(cases) == 100
    for text in cases:
        assert _small_cn(text) == cn2an.cn2an(text, "smart"), text
        assert cn_number(text) == float(cn2an.cn2an(text, "smart")), text


def test_other_numerals_are_left_to_cn2an():
    for text in ("一十五", "一百二十", "二〇二六", "两千", "三点五", "零", "十十"):
        assert _small_cn(text) is None, text
    assert cn_number("一百二十") == 120.0 and cn_number("两千") == 2000.0 and cn_number("三点五") == 3.5
