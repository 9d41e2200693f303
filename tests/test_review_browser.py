"""The review page in a real browser (Chromium via Playwright) against a real uvicorn server."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest
import uvicorn

from evidence_checker.review import confirmed_ratings
from evidence_checker.review.web import create_app
from test_review_bundle import make_run

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app) -> Iterator[int]:
    """uvicorn serving ``app`` on a free localhost port in a background thread; yields the port."""
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield port
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def server(tmp_path):
    """uvicorn serving the review app of a fresh run on a free localhost port, in a background thread."""
    _, out = make_run(tmp_path)
    with serving(create_app(out, reviewer="张三")) as port:
        yield f"http://127.0.0.1:{port}", port, out


def test_a_literal_dot_dot_path_is_not_served(server):
    """Sent byte for byte (no client-side normalisation), /file/../../etc/passwd is a 404."""
    _, port, _ = server
    for raw in ("/file/../../etc/passwd", "/file/%2e%2e/%2e%2e/etc/passwd",
                "/file/" + quote("制度") + "/../../../../etc/passwd"):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.putrequest("GET", raw, skip_accept_encoding=True)
        conn.endheaders()
        resp = conn.getresponse()
        body = resp.read()
        conn.close()
        assert resp.status == 404, raw
        assert b"root:" not in body


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_confirm_and_override_in_the_browser_change_the_score_and_persist(server):
    from playwright.sync_api import expect, sync_playwright

    base, _, out = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(10_000)
            page.goto(base + "/")
            expect(page.locator("#score-total")).to_have_text("100")
            expect(page.locator("#count-unrated")).to_have_text("1")
            expect(page.locator("#score-verdict")).to_have_text("尚有未评项")
            page.locator("table.items").get_by_role("link", name="common.1", exact=True).click()
            expect(page.locator("h1")).to_contain_text("common.1")

            # confirm (1): the proposal 达标
            first = page.locator('section[data-unit="common.1.1"]')
            expect(first.locator('input[name="reviewer_name"]')).to_have_value("张三")
            first.get_by_role("button", name="确认建议（达标）").click()
            first = page.locator('section[data-unit="common.1.1"]')
            expect(first.locator(".saved")).to_have_text("已保存。")
            expect(first.locator(".decision")).to_contain_text("达标")
            expect(page.locator("#count-confirmed")).to_have_text("1")
            expect(page.locator("#score-total")).to_have_text("100")

            # override (2), which needed a person: 基本达标 with a reason, by another reviewer
            second = page.locator('section[data-unit="common.1.2"]')
            expect(second.get_by_role("button", name="确认建议")).to_be_disabled()
            second.locator('input[name="reviewer_name"]').fill("李四")
            second.locator('select[name="rating"]').select_option(label="基本达标")
            second.locator('textarea[name="note"]').fill("负责关务的高管未参加培训")
            second.get_by_role("button", name="改判").click()

            expect(page.locator("#score-total")).to_have_text("99")
            expect(page.locator("#count-unrated")).to_have_text("0")
            expect(page.locator("#count-confirmed")).to_have_text("2")
            expect(page.locator("#score-verdict")).to_have_text("通过")

            page.reload()
            expect(page.locator('section[data-unit="common.1.1"] .decision')).to_have_attribute(
                "data-decision", "compliant")
            second = page.locator('section[data-unit="common.1.2"]')
            expect(second.locator(".decision")).to_have_attribute("data-decision", "basically_compliant")
            expect(second.locator(".decision")).to_contain_text("负责关务的高管未参加培训")
            expect(second.locator(".decision")).to_contain_text("李四")
            expect(page.locator("#score-total")).to_have_text("99")
            # the evidence source opens in place: the PDF page image loads
            src = page.locator('section[data-unit="common.1.1"] details.source:has(img)').first
            src.locator("summary").click()
            expect(src.locator("img")).to_be_visible()
            page.wait_for_function("img => img.complete && img.naturalWidth > 500",
                                   arg=src.locator("img").element_handle())
        finally:
            browser.close()
    got = confirmed_ratings(out)
    assert {u: (d.rating, d.action, d.reviewer) for u, d in got.items()} == {
        "common.1.1": ("compliant", "confirm", "张三"),
        "common.1.2": ("basically_compliant", "override", "李四"),
    }
