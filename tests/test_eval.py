"""`eval` on the sample corpora: the quality targets of matching and proposals, measured beside BM25,
reported per set (blind held-out first, in-sample beside it).

These are the numbers the README states, as floors set just under what was measured; a change that
makes them worse fails here. Held-out floors are the ones that count (documents we did not write)."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from evidence_checker.cli import app
from evidence_checker.evaluate import Gold, RatingMetrics, rating_metrics, retrieval_metrics  # noqa: F401

runner = CliRunner()
IN_SAMPLE = {"adv-importer-pass", "gen-broker-fail", "adv-ftsp-basic", "gen-importer-food", "messy",
             # the first twenty-three blind sets, in-sample since their failures were read for issue-12 fixes
             "ho-adv-importer-handbook", "ho-gen-broker-extension", "ho-adv-ftsp-questionnaire",
             "ho-gen-importer-policies",
             "ho2-adv-importer-pass", "ho2-adv-importer-group", "ho2-gen-broker-scans", "ho2-gen-ftsp-mixed",
             "ho3-adv-broker-handbook", "ho3-gen-importer-policyonly", "ho3-adv-ftsp-platform",
             "ho3-adv-importer-scanmix",
             "ho4-gen-broker-records", "ho4-adv-importer-audit", "ho4-gen-ftsp-handbook", "ho4-adv-importer-pass",
             "ho5-adv-broker-pass", "ho5-gen-importer-group", "ho5-adv-ftsp-scans", "ho5-gen-importer-workbook",
             "ho6-gen-broker-pass", "ho6-adv-importer-handbook-scans", "ho6-gen-ftsp-records",
             "ho6-adv-importer-partners",
             "ho7-adv-importer-retail", "ho7-gen-broker-small", "ho7-adv-ftsp-pass", "ho7-gen-importer-processing",
             "ho8-adv-broker-branches", "ho8-gen-ftsp-startup", "ho8-adv-importer-factory", "ho8-gen-importer-legacy",
             "ho9-adv-ftsp-growth", "ho9-gen-broker-family", "ho9-adv-importer-food", "ho9-gen-importer-processing",
             "ho10-adv-importer-chemicals", "ho10-gen-ftsp-regional", "ho10-adv-broker-pass", "ho10-gen-importer-scans",
             "ho11-adv-importer-auto", "ho11-gen-broker-newcomer", "ho11-adv-ftsp-pass", "ho11-gen-importer-cosmetics",
             "ho12-adv-broker-logistics", "ho12-gen-importer-textiles", "ho12-gen-ftsp-pass", "ho12-adv-importer-medical",
             "ho13-adv-importer-electronics", "ho13-gen-broker-port", "ho13-adv-ftsp-crossborder", "ho13-gen-importer-agri",
             "ho14-adv-importer-pharma", "ho14-gen-broker-inland", "ho14-adv-ftsp-platform", "ho14-gen-importer-toys",
             "ho15-adv-broker-group", "ho15-gen-ftsp-small", "ho15-adv-importer-auto", "ho15-gen-importer-wine",
             "ho16-adv-ftsp-export", "ho16-gen-broker-airport", "ho16-adv-importer-food", "ho16-gen-importer-machinery",
             "ho17-adv-importer-pharma", "ho17-gen-broker-port", "ho17-adv-broker-air", "ho17-gen-importer-textile",
             "ho18-adv-ftsp-crossborder", "ho18-gen-broker-inland", "ho18-adv-importer-electronics",
             "ho18-gen-importer-food",
             "ho19-adv-broker-seaport", "ho19-gen-importer-chemicals", "ho19-adv-importer-machinery",
             "ho19-gen-ftsp-regional",
             "ho20-gen-broker-express", "ho20-adv-importer-auto", "ho20-adv-ftsp-yiwu", "ho20-gen-importer-cosmetics",
             "ho21-adv-broker-tianjin", "ho21-adv-importer-coldchain", "ho21-gen-ftsp-shenzhen",
             "ho21-gen-importer-electronics",
             "ho22-gen-broker-ningbo", "ho22-adv-importer-pharma", "ho22-adv-ftsp-xiamen", "ho22-gen-importer-furniture",
             "ho23-adv-broker-shanghai", "ho23-gen-importer-textile", "ho23-adv-importer-semiconductor",
             "ho23-gen-ftsp-jinhua", "ho24-gen-broker-qingdao", "ho24-adv-importer-coffee", "ho24-adv-ftsp-guangzhou",
             "ho24-gen-importer-autoparts", "ho25-adv-broker-airfreight", "ho25-gen-importer-seafood",
             "ho25-adv-ftsp-ningbo", "ho25-gen-broker-shenzhen", "ho26-adv-importer-battery",
             "ho26-gen-importer-furniture", "ho26-adv-broker-port", "ho26-gen-broker-inland", "ho26-gen-ftsp-hangzhou",
             "ho26-adv-importer-medical"}


@pytest.fixture(scope="module")
def report(corpora_built):
    res = runner.invoke(app, ["eval", str(corpora_built), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_every_bundle_is_evaluated_in_its_set(report):
    by_set = {b["bundle"]: b["set"] for b in report["bundles"]}
    assert IN_SAMPLE <= set(by_set)
    assert all(by_set[n] == "in-sample" for n in IN_SAMPLE)
    assert all(b["ours"]["units"] > 40 for b in report["bundles"])
    assert list(report["summary"])[0] == ("heldout" if "heldout" in report["summary"] else "in-sample")


HELDOUT = {"ho31-gen-importer-cosmetics", "ho31-adv-importer-steel", "ho31-gen-broker-chongqing",
           "ho31-adv-broker-xiamen", "ho31-gen-ftsp-wuhan", "ho31-adv-importer-dairy",
           "ho32-adv-importer-optics", "ho32-gen-importer-petfood", "ho32-adv-broker-lianyungang",
           "ho32-gen-broker-erenhot", "ho32-adv-ftsp-quanzhou", "ho32-gen-ftsp-nanning",
           "ho33-adv-importer-marine", "ho33-gen-importer-seafood", "ho33-adv-broker-ningbo",
           "ho33-gen-broker-manzhouli", "ho33-adv-ftsp-dongguan", "ho33-gen-ftsp-kunming",
           "ho34-adv-importer-aviation", "ho34-gen-importer-coffee", "ho34-adv-broker-pudong",
           "ho34-gen-broker-suifenhe", "ho34-adv-ftsp-ningbo", "ho34-gen-importer-battery"}
FORMER_HELDOUT = {"ho27-adv-importer-chemicals", "ho27-gen-importer-food", "ho27-adv-ftsp-shenzhen",
                  "ho27-gen-broker-airport", "ho27-adv-broker-group", "ho27-adv-importer-textile",
                  "ho28-adv-importer-semicon", "ho28-gen-importer-wine", "ho28-adv-broker-port", "ho28-gen-ftsp-yiwu",
                  "ho28-adv-importer-autoparts", "ho28-gen-broker-land",  # read unit by unit on 2026-12-04 (late night)
                  "ho29-adv-importer-apichem", "ho29-gen-importer-furniture", "ho29-adv-broker-shenzhen",
                  "ho29-gen-ftsp-qingdao", "ho29-adv-ftsp-xian", "ho29-gen-broker-dalian",
                  "ho30-adv-importer-medtech", "ho30-gen-importer-appliances", "ho30-adv-broker-tianjin",
                  "ho30-gen-broker-hekou", "ho30-adv-ftsp-hangzhou", "ho30-adv-importer-beverage"}  # … on 2026-12-06


def test_the_blind_held_out_set_is_evaluated_first(report):
    names = {b["bundle"] for b in report["bundles"] if b["set"] == "heldout"}
    assert HELDOUT <= names
    assert not (FORMER_HELDOUT & names)  # a set read to design a fix is in-sample
    assert list(report["summary"]) == ["heldout", "in-sample"]


def test_held_out_retrieval_floors(report):
    """The blind sets ho27-* and ho28-* (twelve bundles), measured 2026-12-04 on 323c094 and 40a2a8d: R@5 0.96,
    page/sheet-level R@5 0.95, MRR 0.89 (BM25 0.65); ho27-* alone 0.96, 0.95, 0.90 on 41ad54c; with ho29-*
    (eighteen bundles, ab1f615) 0.95, 0.94, 0.89 (BM25 0.67) — ho29-* alone 0.93, 0.91, 0.89. Since
    2026-12-04 (late night) the held-out set is ho29-* and ho30-* (twelve bundles, 54e2ab0): 0.95, 0.92, 0.88 (BM25 0.67); with
    ho31-* (eighteen bundles, 94aa1b3 and 69bcae6) 0.96, 0.93, 0.88 (BM25 0.68). Since 2026-12-06 the held-out set
    is ho31-* to ho34-* (twenty-four bundles; ho33-*/ho34-* written blind that night): 0.96, 0.95, 0.89 (BM25 0.68)
    on 191c74c."""
    s = report["summary"]["heldout"]
    ours, bm25 = s["ours"], s["bm25"]
    assert ours["recall_at_5"] >= 0.94
    assert ours["recall_at_5_page"] >= 0.92
    assert ours["mrr"] >= bm25["mrr"] + 0.10


def test_held_out_rating_floors(report):
    """The blind sets ho27-* (463 units) and ho28-* (453), measured 2026-12-04: on 682e175 (the evening
    session's start) accuracy 0.676, 25 over-optimistic (20 达标); on 323c094 (records of events handled,
    sign-in sheets headed by their day, the standard's own words) accuracy 0.688; on 40a2a8d 0.690, 84 %
    decided automatically, 25 over-optimistic (20 达标), no pass verdict where the gold fails; on 9f787c6
    (events told across a report's paragraphs, compound lexicon terms) 0.697, 84 %, 25 (20 达标).
    With the twenty-ninth set ho29-* (423 units, measured first on ab1f615: 0.671, 85 %, 27 (24 达标))
    the held-out set is 1,339 units: 0.689, 84 %, 52 over-optimistic (44 达标), no pass verdict where the
    gold fails. Since 2026-12-04 (late night) (ho27-* and ho28-* read unit by unit, in-sample) the held-out set is
    ho29-* and ho30-* (908 units; ho30-* 485, written blind that night): on 8f5633a and on 54e2ab0 alike
    0.751, 89 % automatic, 45 over-optimistic (41 达标), no pass verdict where the gold fails. With
    ho31-* (written blind the same night; 1,355 units) 0.744 on 8f5633a, 0.743 on 94aa1b3, 0.744 on 69bcae6, 88 % automatic,
    58 over-optimistic (52 达标) both times. With the thirty-second set ho32-* (written blind 2026-12-05,
    445 units, first measured on 9ea7055: 0.784, 88 %, 12 (9 达标)) the held-out set is 1,800 units: 0.757,
    88 % automatic, 70 over-optimistic (61 达标), no pass verdict where the gold fails; on 562c59b (Word and
    PDF tables read like sheets) 0.758, 88 %, 69 (60 达标); the same on ee09feb. Since 2026-12-06 (ho29-* and
    ho30-* read unit by unit, in-sample) the held-out set is ho31-* to ho34-* (1,826 units; ho33-*/ho34-*, 934
    units, written blind that night): on e4ae8fb (the session's start) 0.7558, 86 % automatic, 44 over-optimistic
    (36 达标), no pass verdict where the gold fails; on 191c74c 0.7585, 86 %, 43 (35); on b7df9e2 (one
    concept per lexicon term, emergencies told in minutes) 0.7634, 86 %, 43 (34); on e2f4d56 (a fact seen in a
    check record or a screenshot, periods compared as written, a staff list live for six months, no client
    training beside a client policy 基本达标) 0.7689, 86 %, 43 (34); on 5c74a68 (label/value pairs heading a
    session sheet, a site's log that stopped, a missed training the attendance sub-item's) 0.7700, 86 %, 43 (34);
    on 3a61a4d (an open item's deadline from the report that numbers it, a policy's own quarterly rhythm)
    0.7678, 86 %, 43 (34); the same after the thirteenth session's draft rule; on bf7d0c6 (outcome words) 0.7689,
    86 %, 43 (34); on 02ddd1d (an incident report found without a rule, sign-in rows by their topic) 0.7694,
    86 %, 43 (34); on the sixteenth session's rules (sanctions as accountability, data kept from a recent day
    short, an item of a neutrally named policy read by its title) 0.7733, 87 %, 43 (34); on the seventeenth
    session's (problems put right on a day, steps not owed, systems seen in their exports) 0.7755, 87 %,
    43 (34); on the eighteenth's (passages read under their headings, 业务过程 a process word, signed contracts
    the contracts kept) 0.7766, 87 %, 43 (34); the same on the nineteenth's (on-site re-checks, blank
    columns, audits held); 0.7782, 87 %, 40 (33) on the twentieth's (an audit counted from the audit report,
    not minutes nor the year in an old report's name; a year's log that stops early). Floors only stop a regression:
    issue 12 stays open until the count is 0."""
    r = report["summary"]["heldout"]["ratings"]
    assert r["units"] == 1826  # the floors below are for this set; a new blind set moves them
    assert r["accuracy"] >= 0.775
    assert r["over_optimistic"] <= 40
    assert r["over_optimistic_compliant"] <= 33
    assert r["over_optimistic_verdicts"] == 0


def test_in_sample_recall_and_mrr_beat_the_search_engine_baseline(report):
    s = report["summary"]["in-sample"]
    ours, bm25 = s["ours"], s["bm25"]
    assert ours["recall_at_5"] >= 0.96  # 0.97 on 111 bundles (2026-12-04, 41ad54c)
    assert ours["recall_at_5_page"] >= 0.94  # 0.95
    assert ours["mrr"] >= bm25["mrr"] + 0.10  # a clear margin over BM25 on the same passages
    assert ours["recall_at_1"] > bm25["recall_at_1"]


ORIGINAL = {"adv-importer-pass", "gen-broker-fail", "adv-ftsp-basic", "gen-importer-food", "messy"}


def test_an_irrelevant_document_is_never_in_a_top_5_of_our_own_bundles(report):
    assert sum(b["ours"]["irrelevant_in_top5"] for b in report["bundles"] if b["bundle"] in ORIGINAL) == 0


def test_in_sample_rating_quality(report):
    """A hundred and eleven bundles (the five and the first twenty-six blind sets, 8,468 units), measured
    2026-12-04 with `eval`: on c774449 (the behaviour of 802fb57, the session's start) accuracy 0.747, 87 %
    automatic, 139 over-optimistic (110 达标); on 41ad54c, after the rules read off ho26-* (admissions only,
    drafts, titles of neutrally named policies, tables set without rules in PDFs, the four managers of the
    training requirement, finding patterns), accuracy 0.749, 87 % automatic, 130 over-optimistic (104 达标); with the log named for the record that
    stopped behind another sheet (the evening of 2026-12-04) 129 (103 达标); on 323c094 (records of
    events handled, sign-in sheets headed by their day, the standard's own words) accuracy 0.762, 128 (103 达标);
    on 40a2a8d 0.765, 87 % automatic, 128 (103 达标); on 9f787c6 0.773, 87 %, 128 (103 达标); with
    ho27-* and ho28-* (123 bundles, 9,384 units) 0.7656, 153 (123 达标) on 8f5633a, 0.7660, 151 (121) on 54e2ab0, 0.7650, 147 (117) on b75bc25, 0.7651 on 69bcae6,
    all on the former blind bundles; 0.7756, 144 (114) on 562c59b; 0.7808, 144 (114) on ee09feb (quarterly
    indicators as the standard writes them, wide tables, undertakings known by their title); with ho29-* and
    ho30-* (135 bundles, 10,292 units) 0.7784, 189 (155) on e4ae8fb, 0.7814, 184 (146) on 191c74c (findings,
    put-off messages and coarse dates no records; a contract beside others without their clause), 0.7837, 181 (143)
    on 8223993 (caught-and-handled rows, negated declarations, registers left blank for months), 0.7864, 181 (143)
    on b7df9e2 (one concept per lexicon term, emergencies told in minutes), 0.7886, 181 (143) on e2f4d56 (facts
    seen in check records, periods as written, a staff list live for six months, a year without client
    training), 0.7894, 179 (141) on 5c74a68 (session sheets headed by pairs, a site's log that stopped, a
    missed training the attendance sub-item's), 0.7891, 177 (139) on 3a61a4d (an open item's deadline from the
    report that numbers it, a policy's own quarterly rhythm), 0.7892, 176 (139) after (a draft all there is
    for a records-only sub-item: 不达标), 0.7896, 176 (139) on bf7d0c6 (未列入, 未抽中, 未进入 are outcomes,
    not steps left undone), 0.7910, 176 (139) on 02ddd1d (an incident report found without a rule, sign-in
    rows by their topic), 0.7941, 176 (139) on the sixteenth session's rules, 0.7988, 179 (142) on the
    seventeenth's (three staff-identification units its writers rate 基本达标 for want of access-rights or
    badge-issue records, hidden until then behind a wrong shortfall: blank 工牌收回 cells of staff still
    employed; held-out over-optimistic unchanged), 0.8011, 179 (142) on the eighteenth's (passages read
    under their headings, signed contracts the contracts kept), 0.8015, 176 (139) on the nineteenth's (a
    platform's re-checks on site, a column no row fills no record, a year's audit from audit records only;
    4 units right, none wrong), 0.8014, 174 (137) on the twentieth's (an audit counted from the audit report:
    2 达标 out, one unit under-rated), 0.8016, 172 (135) on the twenty-second's (a leaving step left blank for
    a few who left: 2 达标 out, none in); 不适用 right
    for at least 0.63 per bundle (the blind writers' own calls on flags: an airport broker rating container items
    不适用); on the five we wrote 0 达标 too many."""
    r = report["summary"]["in-sample"]["ratings"]
    assert r["accuracy"] >= 0.800
    assert r["over_optimistic"] <= 172
    assert r["over_optimistic_compliant"] <= 135
    assert r["na_accuracy"] >= 0.63
    assert r["automatic_share"] >= 0.86
    ours = [b["ratings"] for b in report["bundles"] if b["bundle"] in ORIGINAL]
    assert sum(x["over_optimistic_compliant"] for x in ours) == 0  # never 达标 where our gold says less
    assert all(x["na_accuracy"] == 1.0 for x in ours)
    # one known 基本达标 where the gold says 不达标 (gen-broker-fail broker.11: the extended company's
    # missing 7点检查); no more than that
    assert sum(x["over_optimistic"] for x in ours) <= 1


def test_the_demo_bundle_is_proposed_to_pass_like_its_gold(report):
    demo = next(b for b in report["bundles"] if b["bundle"] == "adv-importer-pass")
    assert demo["expected_passed"] is True and demo["passed"] is True
    assert abs(demo["total"] - demo["expected_total"]) <= 2


def test_reliability_table_counts_every_automatic_proposal(report):
    for name, s in report["summary"].items():
        r = s["ratings"]
        assert sum(b["n"] for b in r["reliability"]) == round(r["automatic_share"] * r["units"])
        assert all(0.0 <= b["accuracy"] <= 1.0 and b["low"] < b["high"] for b in r["reliability"])


def test_eval_prints_both_tables(corpora_built):
    res = runner.invoke(app, ["eval", str(corpora_built / "gen-broker-fail"), "--workers", "1"])
    assert res.exit_code == 0
    assert "BM25" in res.output and "过度乐观" in res.output and "gen-broker-fail" in res.output
    assert "样本集" in res.output and "页级R@5" in res.output and "置信度可靠性" in res.output


def test_an_unknown_set_is_a_usage_error(corpora_built):
    res = runner.invoke(app, ["eval", str(corpora_built), "--set", "tuned"])
    assert res.exit_code == 2 and "heldout" in res.output


def test_held_out_confidence_means_what_it_says(report):
    """Issue 12: on the blind sets, proposals with confidence ≥ 0.9 are right at least 90 % of the time
    (measured 2026-12-04 on ho27-*: 219 of 231, 0.95, on 41ad54c; on ho27-* and ho28-*: 473 of 492, 0.96,
    on 40a2a8d; with ho29-* 649 of 688, 0.94, on ab1f615 — ho29-* alone 170 of 190, 0.89; on ho29-* and
    ho30-* 472 of 517, 0.91, on 54e2ab0; with ho31-* 729 of 784, 0.93, on 94aa1b3, 730 of 785 on 69bcae6; on
    ho31-* to ho34-* 1,278 of 1,316, 0.97, on d3fc907)."""
    top = [b for b in report["summary"]["heldout"]["ratings"]["reliability"] if b["low"] >= 0.9]
    n = sum(b["n"] for b in top)
    assert n >= 50 and sum(b["right"] for b in top) / n >= 0.90


def test_held_out_confidence_is_fitted_not_guessed(report):
    """Confidence per decision path and rating fitted on the in-sample corpora (models/calibration.yaml):
    on the blind sets the Brier score fell from 0.1152 (the hand-set path priors) to 0.0960 on the same
    ratings (2026-12-05); the calibration error rose from 0.031 to 0.058 — the fit is over-confident at the
    top (0.98 stated, 0.94 right): in-sample accuracy is what the rules were tuned to."""
    r = report["summary"]["heldout"]["ratings"]
    assert r["brier"] <= 0.10
    assert r["calibration_error"] <= 0.07


def test_a_bundle_whose_profile_cannot_be_read_is_named_and_the_others_are_evaluated(tmp_path):
    """A held-out bundle whose profile.yaml gives a branch as a number stops nothing: `eval` names the file,
    the field and the reason, evaluates the other bundle, and exits 3 (some bundle not evaluated)."""
    good = tmp_path / "good"
    (good / "制度").mkdir(parents=True)
    (good / "制度" / "培训管理办法.txt").write_text(
        "第一条 公司每年组织两次海关法律法规培训，法定代表人、关务负责人参加。\n", encoding="utf-8")
    profile = {"enterprise": "测试公司", "edition": "2018-177", "level": "general", "business_type": "importer",
               "as_of": "2026-11-01", "flags": {}, "branches": []}
    (good / "gold.yaml").write_text(yaml.safe_dump({"bundle": "good", "set": "in-sample", "profile": profile,
                                                    "subitems": {"common.1.1": {"rating": "basically_compliant"}}},
                                                   allow_unicode=True), encoding="utf-8")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "gold.yaml").write_text(yaml.safe_dump({"bundle": "bad", "set": "heldout", "subitems": {}}),
                                   encoding="utf-8")
    (bad / "profile.yaml").write_text(yaml.safe_dump({**profile, "branches": [5]}, allow_unicode=True),
                                      encoding="utf-8")
    res = runner.invoke(app, ["eval", str(tmp_path), "--json", "--workers", "1"])
    assert res.exit_code == 3, res.output
    out = json.loads(res.stdout)
    by_name = {b["bundle"]: b for b in out["bundles"]}
    assert by_name["bad"]["errors"] and "profile.yaml" in by_name["bad"]["errors"][0]
    assert "branches[0]" in by_name["bad"]["errors"][0] and by_name["bad"]["set"] == "heldout"
    assert by_name["good"]["ratings"]["units"] >= 1 and not by_name["good"]["errors"]
    assert list(out["summary"]) == ["in-sample"]  # (the bundle not evaluated counts in no set)


def test_bundles_evaluated_in_parallel_give_the_results_of_one_process(tiny_corpus):
    """`eval --workers 2` spreads the bundles over two processes: the JSON is the one of `--workers 1`,
    bundle for bundle and in the same order, and the progress names every bundle as it ends."""
    one = runner.invoke(app, ["eval", str(tiny_corpus), "--json", "--workers", "1"])
    two = runner.invoke(app, ["eval", str(tiny_corpus), "--json", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert [b["bundle"] for b in json.loads(two.stdout)["bundles"]] == ["a", "b", "c"]
    assert json.loads(two.stdout) == json.loads(one.stdout)
    assert all(f"已评测 {n}" in two.stderr and f"评测 {n} …" in one.stderr for n in "abc"), two.stderr


def test_a_bundle_with_nothing_readable_is_evaluated_not_a_crash(tmp_path):
    """Every file of the bundle fails to read: no passage at all. The baseline ranks nothing and the bundle is
    rated (not found) beside the others; before, `eval` stopped on bm25s indexing an empty corpus."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "制度.pdf").write_bytes(b"not a pdf")
    profile = {"enterprise": "测试公司", "edition": "2018-177", "level": "general", "business_type": "importer",
               "as_of": "2026-11-01", "flags": {}, "branches": []}
    (bundle / "gold.yaml").write_text(yaml.safe_dump({"bundle": "b", "set": "in-sample", "profile": profile,
                                                      "subitems": {"common.1.1": {"rating": "basically_compliant"}}},
                                                     allow_unicode=True), encoding="utf-8")
    res = runner.invoke(app, ["eval", str(tmp_path), "--json", "--workers", "1"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)["bundles"][0]
    assert out["bundle"] == "b" and out["ratings"]["units"] == 1 and out["bm25"]["recall_at_5"] == 0.0
