"""The review list for real work: filters by rating, category and text, confirming a filtered set in
one step (all or nothing), item names in the score panel, local times; j/k/c in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from evidence_checker.catalog import load_standard
from evidence_checker.review import confirmed_ratings
from evidence_checker.review.store import decide, ensure_run
from evidence_checker.review.web import create_app, localtime
from test_review_bundle import make_run
from test_review_web import LOCAL, csrf_of

ADV = load_standard().assessment("advanced", "importer")


@pytest.fixture()
def site(tmp_path):
    _, out = make_run(tmp_path)
    return out, create_app(out, reviewer="张三")


def shown_units(html: str) -> set[str]:
    return set(re.findall(r'href="/item/[^"#]+#u-([^"]+)"', html))


def test_filters_by_rating_category_and_text(site):
    _, app = site
    c = TestClient(app, base_url=LOCAL)
    every = shown_units(c.get("/").text)
    assert every == {u.id for _, u in ADV.rated_units()}
    legal = shown_units(c.get("/?category=legal_compliance").text)
    assert legal and legal == {u.id for i, u in ADV.rated_units() if i.category == "legal_compliance"}
    unrated = shown_units(c.get("/?rating=unrated").text)
    assert unrated == {"common.1.2"}  # the one the tool left to a person
    training = shown_units(c.get("/?q=培训 法定代表人").text)  # every word must be found
    assert "common.1.2" in training and len(training) < 5
    assert shown_units(c.get("/?category=financial&q=培训").text) == set()
    # the choices are kept in the form and in the status links
    html = c.get("/?category=trade_security&q=集装箱").text
    assert 'value="trade_security" selected' in html and 'value="集装箱"' in html
    assert 'href="/?filter=unreviewed&amp;category=trade_security&amp;q=' in html


def test_confirm_a_filtered_set_in_one_step(site):
    out, app = site
    c = TestClient(app, base_url=LOCAL)
    html = c.get("/?category=financial").text
    expected = re.search(r'name="expected" value="([^"]*)"', html).group(1).split(",")
    assert set(expected) == {u.id for i, u in ADV.rated_units() if i.category == "financial"}
    form = {"csrf": csrf_of(html), "filter": "all", "rating": "", "category": "financial", "q": "",
            "reviewer_name": "李四", "expected": ",".join(expected)}
    r = c.post("/confirm-shown", data=form, follow_redirects=False)
    assert r.status_code == 303 and "confirmed=2" in r.headers["location"]
    decided = confirmed_ratings(out)
    assert set(decided) == set(expected) and all(d.reviewer == "李四" and d.action == "confirm"
                                                 for d in decided.values())
    assert "已确认 2 项系统建议" in c.get(r.headers["location"]).text
    # the list of internal-control items changed after it was shown: nothing is saved
    html = c.get("/?category=internal_control").text
    stale_expected = re.search(r'name="expected" value="([^"]*)"', html).group(1)
    store, _ = ensure_run(out)
    try:
        decide(store, "common.3", "compliant", reviewer="王五")
    finally:
        store.close()
    r = c.post("/confirm-shown", data={**form, "category": "internal_control", "expected": stale_expected},
               follow_redirects=False)
    assert r.status_code == 409 and "本次未保存" in r.text
    assert set(confirmed_ratings(out)) == set(expected) | {"common.3"}
    # needs-review units are never confirmed in bulk
    html = c.get("/?rating=unrated").text
    assert 'action="/confirm-shown"' not in html


def test_score_panel_names_items_and_times_are_local(site):
    out, app = site
    c = TestClient(app, base_url=LOCAL)
    panel = c.get("/score").text
    assert "common.1 海关业务培训" in panel  # the unrated item with its name
    store, _ = ensure_run(out)
    try:
        event = decide(store, "common.3", "compliant", reviewer="王五")
    finally:
        store.close()
    html = c.get("/item/common.3").text
    shown = localtime(event.at)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", shown)
    assert f">{shown}</time>" in html and f">{event.at}<" not in html
    assert localtime("2026-11-01T08:30:00+00:00") == localtime("2026-11-01T16:30:00+08:00")


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")
def test_keys_j_k_and_c_confirm_in_a_browser(tmp_path):
    from playwright.sync_api import sync_playwright

    from test_review_browser import ARGS, serving

    _, out = make_run(tmp_path)
    with serving(create_app(out, reviewer="张三")) as port:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/item/common.6")
                page.keyboard.press("j")
                page.keyboard.press("j")
                page.keyboard.press("k")
                assert page.evaluate("document.querySelector('section.unit.current').dataset.unit") == "common.6.1"
                page.keyboard.press("j")
                with page.expect_navigation():
                    page.keyboard.press("c")
                assert "已保存" in page.content()
            finally:
                browser.close()
    decided = confirmed_ratings(out)
    assert set(decided) == {"common.6.2"} and decided["common.6.2"].action == "confirm"
