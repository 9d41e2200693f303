"""The review web page over HTTP: escaping, CSRF, token, host, traversal, conflicts, score panel, sources."""

from __future__ import annotations

import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from typer.testing import CliRunner

from evidence_checker.cli import app as cli_app
from evidence_checker.results import load_results
from evidence_checker.review import confirmed_ratings
from evidence_checker.review.web import create_app, highlight, inside
from test_review_bundle import build_bundle, make_run, write_run

LOCAL = "http://127.0.0.1:8765"


@pytest.fixture()
def site(tmp_path):
    bundle, out = make_run(tmp_path)
    app = create_app(out, reviewer="张三")
    return bundle, out, app


def client(app, **kw) -> TestClient:
    return TestClient(app, base_url=LOCAL, **kw)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def flat(html: str) -> str:
    return "".join(html.split())


def post(c: TestClient, item: str, **form):
    return c.post(f"/item/{item}/decide", data=form, follow_redirects=False)


def test_highlight_escapes_first_and_marks_only_real_matches():
    got = str(highlight("<b>培训</b> 内部培训 & <script>", ["培训", "script", "<b", ""]))
    assert got == ("<mark>&lt;b</mark>&gt;<mark>培训</mark>&lt;/b&gt; 内部<mark>培训</mark> &amp; "
                   "&lt;<mark>script</mark>&gt;")
    assert str(highlight("a&b", ["amp"])) == "a&amp;b"  # never matches inside an entity


def test_document_script_is_shown_as_text(site):
    _, _, app = site
    c = client(app)
    html = c.get("/item/common.3").text
    assert "<script>alert" not in html
    assert "&lt;<mark>script</mark>&gt;alert(&#39;xss&#39;)&lt;/<mark>script</mark>&gt;" in html
    # the neighbouring passages of the Word file are shown, the passage itself marked
    assert re.search(r'<li class="this"><span class="loc">第2段</span>', html)
    assert "进出口单证复核制度" in html
    # the only <script> tags are ours
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/review.js" defer>']
    assert "script-src 'self'" in c.get("/").headers["content-security-policy"]


def test_post_without_or_with_a_foreign_csrf_token_is_forbidden(site):
    _, out, app = site
    a, b = client(app), client(app)
    token_a = csrf_of(a.get("/item/common.1").text)
    csrf_of(b.get("/item/common.1").text)
    form = {"unit_id": "common.1.1", "action": "confirm", "reviewer_name": "张三", "version": "0"}
    assert post(a, "common.1", **form).status_code == 403
    assert post(a, "common.1", **form, csrf="forged").status_code == 403
    r = post(b, "common.1", **form, csrf=token_a)  # a's token in b's session
    assert r.status_code == 403 and "CSRF" in r.text
    assert confirmed_ratings(out) == {}
    r = post(a, "common.1", **form, csrf=token_a)
    assert r.status_code == 303
    assert set(confirmed_ratings(out)) == {"common.1.1"}


def test_a_post_from_another_origin_is_refused(site):
    _, out, app = site
    c = client(app)
    token = csrf_of(c.get("/item/common.1").text)
    r = c.post("/item/common.1/decide", headers={"Origin": "http://evil.example"}, follow_redirects=False,
               data={"unit_id": "common.1.1", "action": "confirm", "reviewer_name": "x", "version": "0", "csrf": token})
    assert r.status_code == 403 and confirmed_ratings(out) == {}


def test_only_files_the_run_read_inside_the_bundle_are_served(site, tmp_path):
    bundle, out, app = site
    secret = tmp_path / "secret.txt"
    secret.write_text("机密", encoding="utf-8")
    (bundle / "制度" / "link.txt").symlink_to(secret)
    inv = [{"path": "制度/关务培训制度.docx", "status": "ok"}, {"path": "制度/link.txt", "status": "ok"}]
    (out / "inventory.json").write_text(json.dumps(inv, ensure_ascii=False), encoding="utf-8")
    c = client(app)
    r = c.get("/file/制度/关务培训制度.docx")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    assert r.headers["content-disposition"].startswith("attachment")
    pdf = c.get("/file/记录/培训与审计记录.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    for bad in ("/file/..%2F..%2Fetc%2Fpasswd", "/file/%2Fetc%2Fpasswd", "/file/制度/..%2F..%2F..%2Fsecret.txt",
                "/file/.evidence-checker/review.sqlite", "/file/.evidence-checker/run.json", "/file/制度/link.txt"):
        r = c.get(bad)
        assert r.status_code == 404, bad
        assert "机密" not in r.text and "root:" not in r.text
    assert inside(bundle, "../secret.txt") is None and inside(bundle, "/etc/passwd") is None
    assert inside(bundle, "制度/link.txt") is None  # a link out of the bundle
    assert inside(bundle, "制度/关务培训制度.docx") == (bundle / "制度" / "关务培训制度.docx").resolve()


def test_token_is_required_on_every_request_and_kept_in_a_cookie(tmp_path):
    _, out = make_run(tmp_path)
    app = create_app(out, token="s3cret-token-1")
    c = TestClient(app, base_url="http://192.168.1.20:8765")
    assert c.get("/").status_code == 401
    assert c.get("/?token=wrong").status_code == 401
    assert c.get("/static/review.css").status_code == 401
    r = c.get("/item/common.1?token=s3cret-token-1", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/item/common.1"
    assert c.get("/item/common.1").status_code == 200  # the cookie now carries it
    assert TestClient(app, base_url="http://192.168.1.20:8765").get("/item/common.1").status_code == 401


def test_without_a_token_only_local_host_names_are_served(site):
    _, _, app = site
    assert TestClient(app, base_url="http://evil.example").get("/").status_code == 403  # DNS rebinding
    assert TestClient(app, base_url="http://localhost:8765").get("/").status_code == 200


def test_serving_on_a_non_local_address_without_a_token_is_refused(tmp_path):
    _, out = make_run(tmp_path)
    res = CliRunner().invoke(cli_app, ["review", "serve", str(out), "--host", "0.0.0.0"])
    assert res.exit_code == 2
    assert "不是本机地址" in res.output and "--token" in res.output
    assert "Traceback" not in res.output


def test_two_reviewers_saving_the_same_unit_get_a_conflict_not_a_lost_update(site):
    _, out, app = site
    a, b = client(app), client(app)
    ta, tb = csrf_of(a.get("/item/common.5").text), csrf_of(b.get("/item/common.5").text)
    r = post(a, "common.5", unit_id="common.5", action="confirm", reviewer_name="张三", version="0", csrf=ta)
    assert r.status_code == 303
    r = post(b, "common.5", unit_id="common.5", action="override", rating="non_compliant", reviewer_name="李四",
             note="流程制度未见审批", version="0", csrf=tb)
    assert r.status_code == 409
    assert "张三 已于" in r.text and "您的修改未保存" in r.text
    assert "流程制度未见审批</textarea>" in r.text  # what B typed is kept for another try
    d = confirmed_ratings(out)["common.5"]
    assert (d.reviewer, d.rating) == ("张三", "compliant")
    # B, now seeing version 1, can override on purpose
    r = post(b, "common.5", unit_id="common.5", action="override", rating="non_compliant", reviewer_name="李四",
             note="流程制度未见审批", version="1", csrf=tb)
    assert r.status_code == 303
    assert confirmed_ratings(out)["common.5"].reviewer == "李四"


def test_invalid_choices_are_explained_on_the_page(site):
    _, out, app = site
    c = client(app)
    tok = csrf_of(c.get("/item/common.14").text)
    r = post(c, "common.14", unit_id="common.14", action="override", rating="basically_compliant",
             reviewer_name="张三", note="x", version="0", csrf=tok)
    assert r.status_code == 422 and "不是common.14" in r.text
    r = post(c, "common.14", unit_id="common.14", action="override", rating="non_compliant",
             reviewer_name="张三", note="", version="0", csrf=tok)
    assert r.status_code == 422 and "改判须填写理由" in r.text
    assert confirmed_ratings(out) == {}


def test_score_panel_counts_confirmed_proposed_and_unrated(site):
    _, out, app = site
    c = client(app)
    html = c.get("/").text
    assert 'id="score-total">100<' in html and 'id="count-unrated">1<' in html and "尚有未评项" in html
    tok = csrf_of(c.get("/item/common.1").text)
    post(c, "common.1", unit_id="common.1.2", action="override", rating="basically_compliant",
         reviewer_name="张三", note="高管培训记录缺失", version="0", csrf=tok)
    panel = c.get("/score").text
    assert 'id="score-total">99<' in panel and 'id="count-unrated">0<' in panel
    assert 'id="count-confirmed">1<' in panel and 'id="count-proposed">107<' in panel
    assert 'id="score-verdict">通过' in panel


def test_filters_follow_the_history(site):
    bundle, out, app = site
    c = client(app)
    rows = lambda f: set(re.findall(r'<td><a href="/item/([^"]+)">', c.get(f"/?filter={f}").text))
    assert rows("needs_review") == {"common.1"}
    assert len(rows("unreviewed")) == len(rows("all")) > 30
    assert rows("overridden") == set() and rows("stale") == set()
    tok = csrf_of(c.get("/item/common.3").text)
    post(c, "common.3", unit_id="common.3", action="override", rating="basically_compliant",
         reviewer_name="张三", note="复核记录不全", version="0", csrf=tok)
    post(c, "common.1", unit_id="common.1.1", action="confirm", reviewer_name="张三", version="0", csrf=tok)
    assert rows("overridden") == {"common.3"}
    assert "common.3" not in rows("unreviewed")
    # a re-check with a changed training policy marks the training decision stale; the page reloads it
    write_run(bundle, out, build_bundle(bundle, training_extra="第四条 新员工入职须参加关务培训。"))
    assert rows("stale") == {"common.1"}
    html = c.get("/item/common.1").text
    assert "需复核：此结论所依据的证据" in html


def test_pdf_evidence_is_shown_on_its_rendered_page_with_the_box_drawn(site):
    bundle, out, app = site
    c = client(app)
    html = c.get("/item/common.6").text
    ids = re.findall(r'src="/passage/([0-9a-f]+)/page.png"', html)
    assert ids
    results = load_results(out)
    p = results.passages[ids[0]]
    r = c.get(f"/passage/{ids[0]}/page.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    img = Image.open(io.BytesIO(r.content)).convert("RGB")
    x0, top, x1, bottom = (v * 1.5 for v in p["bbox"])
    assert img.getpixel((int(x0 - 3), int((top + bottom) / 2))) == (220, 40, 40)  # the box's left edge
    assert img.getpixel((img.width - 30, int((top + bottom) / 2))) == (255, 255, 255)  # outside it: the page
    assert c.get("/passage/0000000000000000/page.png").status_code == 404
    docx_pid = next(k for k, v in results.passages.items() if v["path"].endswith(".docx"))
    assert c.get(f"/passage/{docx_pid}/page.png").status_code == 404


def test_reports_in_the_folder_are_linked_and_nothing_else(site):
    _, out, app = site
    c = client(app)
    assert "/report/" not in c.get("/").text
    (out / "report.html").write_text("<h1>报告</h1>", encoding="utf-8")
    assert '<a href="/report/report.html">' in c.get("/").text
    assert c.get("/report/report.html").status_code == 200
    assert c.get("/report/run.json").status_code == 404
    assert c.get("/report/..%2Frun.json").status_code == 404
