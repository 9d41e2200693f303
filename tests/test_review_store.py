"""The review store: append-only history, current decision derived, stale marking, conflicts, options."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from sqlalchemy import select, text

from evidence_checker.results import load_results
from evidence_checker.review import Decision, confirmed_ratings
from evidence_checker.review.store import (DB_FILE, MIGRATIONS, ConflictError, ReviewError, decide, ensure_run,
                                           events, history, migrate, open_store, record_run, state)
from test_review_bundle import make_run, write_run, build_bundle


@pytest.fixture()
def run(tmp_path):
    bundle, out = make_run(tmp_path)
    store, results = ensure_run(out)
    yield bundle, out, store
    store.close()


def test_no_review_yet_means_no_confirmed_ratings_and_no_file(tmp_path):
    _, out = make_run(tmp_path)
    assert confirmed_ratings(out) == {}
    assert not (out / DB_FILE).exists()


def test_schema_is_migrated_and_versioned(run):
    _, out, store = run
    con = sqlite3.connect(out / DB_FILE)
    assert con.execute("select version from schema_version").fetchall() == [(len(MIGRATIONS),)]
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"runs", "proposals", "events", "meta", "schema_version"} <= tables
    con.close()
    assert migrate(store.engine) == len(MIGRATIONS)  # idempotent


def test_a_newer_schema_is_refused_with_a_clear_message(run):
    _, out, store = run
    with store.engine.begin() as conn:
        conn.execute(text("update schema_version set version = 99"))
    store.close()
    with pytest.raises(ReviewError, match="比本程序支持的"):
        open_store(out)


def test_history_is_append_only_and_the_current_decision_is_derived(run):
    _, out, store = run
    decide(store, "common.1.1", "达标", reviewer="张三", expected_version=0)
    decide(store, "common.1.1", "basically_compliant", reviewer="李四", note="记录只有一次", expected_version=1)
    decide(store, "common.1.1", None, reviewer="王五", note="已电话核实", action="note")
    kinds = [e.kind for e in history(store, "common.1.1")]
    assert kinds == ["proposal", "confirm", "override", "note"]
    st = state(store, "common.1.1")
    assert st.version == 2
    assert st.decision.rating == "basically_compliant" and st.decision.reviewer == "李四"
    assert st.decision.action == "override" and st.decision.note == "记录只有一次"
    got = confirmed_ratings(out)
    assert isinstance(got["common.1.1"], Decision) and got["common.1.1"].rating == "basically_compliant"
    assert set(got) == {"common.1.1"}
    # the database itself refuses to rewrite history
    con = sqlite3.connect(out / DB_FILE)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("update events set rating = 'compliant'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("delete from events")
    con.close()


def test_ratings_are_checked_against_the_items_options(run):
    _, _, store = run
    with pytest.raises(ReviewError, match="不是common.14.*可选评分.*达标、不达标、不适用"):
        decide(store, "common.14", "基本达标", reviewer="张三", note="x")  # 守法规范: no 基本达标
    with pytest.raises(ReviewError, match="不是common.12"):
        decide(store, "common.12", "不适用", reviewer="张三", note="x")  # 财务状况: no 不适用
    with pytest.raises(ReviewError, match="不是本次评估"):
        decide(store, "common.99.1", "达标", reviewer="张三")
    with pytest.raises(ReviewError, match="未填写复核人"):
        decide(store, "common.1.1", "达标", reviewer=" ")
    with pytest.raises(ReviewError, match="改判须填写理由"):
        decide(store, "common.1.1", "不达标", reviewer="张三")
    with pytest.raises(ReviewError, match="系统未给出建议评分"):
        decide(store, "common.1.2", None, reviewer="张三", action="confirm")
    assert [e.kind for e in history(store, "common.14")] == ["proposal"]
    decide(store, "common.14", "不达标", reviewer="张三", note="有行政处罚")
    assert state(store, "common.14").decision.rating == "non_compliant"


def test_a_stale_save_is_a_conflict_naming_who_saved_first(run):
    _, _, store = run
    decide(store, "common.3", "达标", reviewer="张三", expected_version=0)
    with pytest.raises(ConflictError, match="张三 已于 .* 保存（达标）"):
        decide(store, "common.3", "不达标", reviewer="李四", note="未见复核记录", expected_version=0)
    assert state(store, "common.3").decision.reviewer == "张三"
    assert [e.kind for e in history(store, "common.3")] == ["proposal", "confirm"]


def test_two_reviewers_racing_for_the_same_version_never_lose_an_update(run):
    """Both threads read version 0 and write; the database lets exactly one through."""
    _, out, store = run
    barrier = threading.Barrier(2)
    outcome = {}

    def save(name, rating, note):
        s = open_store(out)
        barrier.wait()
        try:
            decide(s, "common.5", rating, reviewer=name, note=note, expected_version=0)
            outcome[name] = "saved"
        except ConflictError as e:
            outcome[name] = str(e)
        finally:
            s.close()

    ts = [threading.Thread(target=save, args=("张三", "达标", "")),
          threading.Thread(target=save, args=("李四", "不达标", "没有流程制度"))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert sorted(v == "saved" for v in outcome.values()) == [False, True]
    loser = next(k for k, v in outcome.items() if v != "saved")
    winner = next(k for k, v in outcome.items() if v == "saved")
    assert winner in outcome[loser]
    assert state(store, "common.5").version == 1


def test_rerun_with_changed_evidence_marks_decisions_stale_and_keeps_them(tmp_path):
    bundle, out = make_run(tmp_path)
    store, _ = ensure_run(out)
    decide(store, "common.1.1", "达标", reviewer="张三")
    decide(store, "common.6.1", "达标", reviewer="张三")
    decide(store, "common.3", "达标", reviewer="张三")
    decide(store, "common.5", "达标", reviewer="张三")  # no evidence at all, before and after
    runs_before = len(history(store, "common.5"))
    # the same outputs again: nothing new
    first = record_run(store, load_results(out))
    assert record_run(store, load_results(out)) == first
    assert len(history(store, "common.5")) == runs_before

    # the training policy is edited (a passage changes) and the audit report's evidence disappears
    passages = build_bundle(bundle, training_extra="第四条 新员工入职须参加关务培训。")
    write_run(bundle, out, passages)
    ev = (out / "evidence.json").read_text(encoding="utf-8")

    data = json.loads(ev)
    data["common.6.1"] = []
    (out / "evidence.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert record_run(store, load_results(out)) != first

    got = confirmed_ratings(out)
    assert got["common.1.1"].stale and got["common.1.1"].rating == "compliant"
    assert got["common.6.1"].stale
    assert not got["common.3"].stale and not got["common.5"].stale
    assert history(store, "common.6.1")[-1].note == "证据已不存在"
    assert history(store, "common.1.1")[-1].note == "证据已变化"
    # a fresh decision clears the mark; recording again does not re-mark it
    decide(store, "common.1.1", "达标", reviewer="李四", expected_version=1)
    record_run(store, load_results(out))
    assert not confirmed_ratings(out)["common.1.1"].stale
    with store.engine.connect() as conn:
        stale_marks = conn.execute(select(events).where(events.c.kind == "stale")).all()
    assert sorted(r.unit_id for r in stale_marks) == ["common.1.1", "common.6.1"]
    store.close()
