"""The review web page: server-rendered (FastAPI + Jinja2), no CDN, safe by default.

- item list with status filters; item page with every rated unit: the standard's text, the
  proposal and its reasons, evidence with the matched terms highlighted, the source in place (PDF
  page rendered with the passage's box; neighbouring passages for Word/Excel), confirm / override /
  note forms carrying the unit's version; a live score panel; links to the reports in the folder;
- safety: binds to 127.0.0.1 unless a token is set (``cli.py`` refuses otherwise); with a token every
  request needs it (cookie after a ``?token=`` visit); without one the Host header must be local
  (no DNS rebinding); every POST carries a per-session CSRF token; all document text is escaped;
  only files of the bundle that the run read are served, resolved inside the bundle root;
- language: Chinese by default; ``create_app(..., lang="en")`` (``review serve --lang en``) serves the
  pages in English, and ``?lang=en`` / ``?lang=zh`` switches one browser (kept in a cookie).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import threading
import urllib.parse
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from fastapi import FastAPI, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup, escape

from ..catalog import Assessment
from ..i18n import t
from ..results import Results, load_results
from ..edition_labels import edition_labels
from .store import (LABELS, Change, ConflictError, ReviewError, Store, apply_changes, assessment_key, decide,
                    open_store, record_run, states)
from .store import history as unit_history
from .plans import status_labels
from .texts import LANGS, lang_of, note_text, rating_label, tr
from .units import (FILTERS, UnitView, assessment_of, filter_names, in_language, live_score, standard_words,
                    unit_views)

HERE = Path(__file__).resolve().parent
REPORTS = ("report.html", "report.xlsx", "self-assessment.docx", "report.md", "document-request.xlsx",
           "document-request.docx")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
INLINE_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".gif": "image/gif", ".txt": "text/plain; charset=utf-8"}
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
TOKEN_COOKIE, SESSION_COOKIE, REVIEWER_COOKIE, LANG_COOKIE = "ec_token", "ec_session", "ec_reviewer", "ec_lang"
_PDFIUM = threading.Lock()  # pdfium is not thread-safe


# ---------------------------------------------------------------------------------------------
# Pure helpers

def highlight(text: str, terms) -> Markup:
    """``text`` escaped, with every occurrence of ``terms`` wrapped in <mark> (matched on the raw
    text, each piece escaped on its own, so markup in a document never becomes markup here)."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for term in {str(x) for x in (terms or ()) if isinstance(x, str) and x.strip()}:
        needle, start = term.lower(), 0
        while (i := lowered.find(needle, start)) >= 0:
            spans.append((i, i + len(needle)))
            start = i + len(needle)
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        out.append(str(escape(text[pos:a])))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def inside(root: Path, rel: str) -> Path | None:
    """``root/rel`` when it is an existing file inside ``root`` after resolving links and ``..``."""
    if not rel or rel.startswith(("/", "\\")) or "\x00" in rel:
        return None
    base = root.resolve()
    try:
        path = (base / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return path if path.is_file() and path.is_relative_to(base) else None


def _host_name(host_header: str) -> str:
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


# ---------------------------------------------------------------------------------------------
# The run, reloaded when its files change

@dataclass
class Loaded:
    results: Results
    assessment: Assessment
    order: dict[str, list[str]]  # path -> passage ids in reading order
    files: set[str]  # bundle-relative paths the run read


class RunData:
    """The run folder's results and its store, reloaded (and recorded) when the files change."""

    def __init__(self, out_dir: Path, db: str | None):
        self.out_dir = Path(out_dir)
        self.db = db
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._loaded: Loaded | None = None
        results = load_results(self.out_dir)
        self.store: Store = open_store(self.out_dir, db=db, assessment=assessment_key(results))

    def _files_stamp(self) -> tuple:
        names = ("run.json", "proposals.json", "evidence.json", "passages.jsonl", "inventory.json")
        return tuple((p.stat().st_mtime_ns, p.stat().st_size) if (p := self.out_dir / n).exists() else None
                     for n in names)

    def get(self, lang: str = "zh") -> Loaded:
        """The run as it is on disk now (recorded in the store when it changed); an error recording
        it (a :class:`ReviewError`) is worded in ``lang``, the language of the page asking."""
        with self._lock:
            stamp = self._files_stamp()
            if self._loaded is None or stamp != self._stamp:
                try:
                    results = load_results(self.out_dir)
                except (OSError, ValueError):
                    if self._loaded is None:
                        raise
                    return self._loaded  # a re-check is writing its files: keep showing the last run
                record_run(self.store, results, lang=lang)
                order: dict[str, list[str]] = {}
                for pid, p in results.passages.items():
                    order.setdefault(p["path"], []).append(pid)
                files = {f["path"] for f in results.inventory if isinstance(f, dict) and f.get("path")}
                files |= {p.split("!", 1)[0] for p in order}
                files |= {h.path.split("!", 1)[0] for hits in results.evidence.values() for h in hits}
                self._loaded = Loaded(results, assessment_of(results), order, files)
                self._stamp = stamp
            return self._loaded


# ---------------------------------------------------------------------------------------------
# The app

@pass_context
def _label(ctx, rating: str | None) -> str:
    """Jinja filter: a rating's name in the page's language (未评 / unrated for none)."""
    lang = ctx.get("lang", "zh")
    if lang == "zh":
        return LABELS.get(rating, "未评") if rating else "未评"
    return rating_label(rating, lang)


def create_app(out_dir: str | Path, *, token: str | None = None, reviewer: str | None = None,
               db: str | None = None, lang: str = "zh") -> FastAPI:
    """The review web app for a run folder (serve it with uvicorn; see ``review serve``); its pages
    are in ``lang`` (``zh`` or ``en``) unless a browser asks otherwise with ``?lang=``."""
    default_lang = lang_of(lang)
    data = RunData(Path(out_dir), db)
    app_secret = secrets.token_bytes(32)
    app = FastAPI(title=tr("web.app_title", default_lang), docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["highlight"] = highlight
    env.filters["label"] = _label
    env.filters["localtime"] = localtime
    env.globals["t"] = t
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def csrf_for(session: str) -> str:
        return hmac.new(app_secret, f"csrf:{session}".encode(), hashlib.sha256).hexdigest()

    def lang_for(request: Request) -> str:
        asked = request.query_params.get("lang")
        if asked in LANGS:
            return asked
        kept = request.cookies.get(LANG_COOKIE)
        return kept if kept in LANGS else default_lang

    def lang_in(request: Request) -> str:
        return getattr(request.state, "lang", default_lang)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        lang = request.state.lang = lang_for(request)
        if token is None:
            if _host_name(request.headers.get("host", "")) not in LOCAL_HOSTS:
                return _plain(403, tr("web.forbidden_host", lang), lang)
        else:
            given = request.query_params.get("token")
            if given is not None and hmac.compare_digest(given.encode(), token.encode()):
                query = urllib.parse.urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
                resp = RedirectResponse(request.url.path + (f"?{query}" if query else ""), status_code=303)
                resp.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
                return resp
            cookie = request.cookies.get(TOKEN_COOKIE, "")
            if not hmac.compare_digest(cookie.encode(), token.encode()):
                return _plain(401, tr("web.need_token", lang), lang)
        session = request.cookies.get(SESSION_COOKIE)
        new_session = None
        if not session or len(session) < 32:
            session = new_session = secrets.token_urlsafe(32)
        request.state.session = session
        request.state.csrf = csrf_for(session)
        if request.method not in ("GET", "HEAD"):
            origin = request.headers.get("origin")
            if origin and urllib.parse.urlsplit(origin).netloc != request.headers.get("host"):
                return _plain(403, tr("web.foreign_origin", lang), lang)
        response = await call_next(request)
        if new_session:
            response.set_cookie(SESSION_COOKIE, new_session, httponly=True, samesite="strict")
        if request.query_params.get("lang") in LANGS and request.cookies.get(LANG_COOKIE) != lang:
            response.set_cookie(LANG_COOKIE, lang, httponly=True, samesite="strict")
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # "no-referrer" makes form posts send Origin: null
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def check_csrf(request: Request, value: str) -> None:
        session = request.cookies.get(SESSION_COOKIE)
        if not session or not value or not hmac.compare_digest(value, csrf_for(session)):
            raise _Forbidden()

    @app.exception_handler(_Forbidden)
    async def _forbidden(request: Request, _exc: _Forbidden):
        lang = lang_in(request)
        return _plain(403, tr("web.bad_csrf", lang), lang)

    @app.exception_handler(ReviewError)
    async def _bad_run(request: Request, exc: ReviewError):
        """The run on disk cannot be shown (a refreshed run.json with a wrong level): the reason, in the
        page's language (RunData.get words it so)."""
        lang = lang_in(request)
        return _plain(500, str(exc), lang)

    def page_context(request: Request, loaded: Loaded) -> dict:
        lang = lang_in(request)
        assessment = in_language(loaded.assessment, lang)  # the standard's titles and texts in the page's language
        views = unit_views(assessment, loaded.results, states(data.store))
        reports = [n for n in REPORTS if (data.out_dir / n).is_file()]
        who = urllib.parse.unquote(request.cookies.get(REVIEWER_COOKIE, "")) or reviewer or ""
        run = loaded.results.run
        return {"views": views, "live": live_score(assessment, views), "reports": reports,
                "reviewer": who, "csrf": request.state.csrf, "run": run, "assessment": assessment,
                "enterprise": (run.get("profile") or {}).get("enterprise") or run.get("enterprise") or "",
                "labels": LABELS if lang == "zh" else {k: rating_label(k, lang) for k in LABELS},
                "ed": edition_labels(loaded.assessment.standard), "lang": lang,
                "tr": lambda key, **fmt: tr(key, lang, **fmt)}

    def shown_units(views, flt: str, rating: str, category: str, q: str) -> list[UnitView]:
        return [v for v in views if v.matches(flt) and v.search(rating=rating, category=category, q=q.strip())]

    def index_page(request: Request, flt: str, rating: str, category: str, q: str, *, message: dict | None = None,
                   status: int = 200):
        loaded = data.get(lang_in(request))
        ctx = page_context(request, loaded)
        lang = ctx["lang"]
        flt = flt if flt in FILTERS else "all"
        rating = rating if rating in RATING_FILTERS else ""
        categories = {k: ctx["ed"].t(k, lang) for k in loaded.assessment.standard.rules.category_labels}  # the edition's
        category = category if category in categories else ""
        shown = {v.id for v in shown_units(ctx["views"], flt, rating, category, q)}
        groups: dict[str, list[UnitView]] = {}
        for v in ctx["views"]:
            groups.setdefault(v.item.id, []).append(v)
        rows = [(vs[0].item, vs, [v for v in vs if v.id in shown]) for vs in groups.values()]
        rows = [r for r in rows if r[2]]
        counts = {k: sum(1 for v in ctx["views"] if v.matches(k)) for k in FILTERS}
        query = urllib.parse.urlencode({k: v for k, v in (("rating", rating), ("category", category), ("q", q)) if v})
        confirmable = [v for v in ctx["views"] if v.id in shown and v.confirmable]
        return templates.TemplateResponse(request, "index.html", {
            **ctx, "rows": rows, "filter": flt, "filters": filter_names(lang), "counts": counts, "rating": rating,
            "category": category, "q": q, "query": query, "categories": categories,
            "ratings": RATING_FILTERS if lang == "zh" else {k: rating_label(k, lang) for k in RATING_FILTERS},
            "confirmable": confirmable, "message": message or {}}, status_code=status)

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, filter: str = "all", rating: str = "", category: str = "", q: str = ""):
        return index_page(request, filter, rating, category, q)

    @app.post("/confirm-shown")
    def confirm_shown(request: Request, filter: str = Form("all"), rating: str = Form(""), category: str = Form(""),
                      q: str = Form(""), reviewer_name: str = Form(""), expected: str = Form(""),
                      csrf: str = Form("")):
        """Confirm, in one transaction, every proposal the list shows now (undecided, with a rating);
        ``expected`` names the units the reviewer saw, so a list that changed meanwhile saves nothing."""
        check_csrf(request, csrf)
        lang = lang_in(request)
        loaded = data.get(lang_in(request))
        views = page_context(request, loaded)["views"]
        todo = [v for v in shown_units(views, filter, rating, category, q) if v.confirmable]
        if sorted(v.id for v in todo) != sorted(x for x in expected.split(",") if x):
            return index_page(request, filter, rating, category, q, status=409, message={
                "error": tr("web.list_changed", lang)})
        changes = [Change(v.id, None, reviewer_name.strip(), action="confirm", expected_version=v.state.version)
                   for v in todo]
        try:
            apply_changes(data.store, changes, lang=lang)
        except ReviewError as e:
            return index_page(request, filter, rating, category, q, status=422 if not isinstance(e, ConflictError)
                              else 409, message={"error": str(e)})
        query = urllib.parse.urlencode({"filter": filter, "rating": rating, "category": category, "q": q,
                                        "confirmed": len(changes)})
        resp = RedirectResponse(f"/?{query}", status_code=303)
        resp.set_cookie(REVIEWER_COOKIE, urllib.parse.quote(reviewer_name.strip()), httponly=True, samesite="strict")
        return resp

    def render_item(request: Request, item_id: str, *, message: dict | None = None, status: int = 200):
        lang = lang_in(request)
        loaded = data.get(lang_in(request))
        try:
            item = loaded.assessment.item(item_id)
        except KeyError:
            return _plain(404, tr("web.no_item", lang, item=item_id), lang)
        ctx = page_context(request, loaded)
        item = ctx["assessment"].item(item_id)
        views = [v for v in ctx["views"] if v.item.id == item.id]
        if not views:
            return _plain(404, tr("web.single_item", lang, item=item_id), lang)
        ids = [v.id for v in ctx["views"]]
        items_order = list(dict.fromkeys(v.item.id for v in ctx["views"]))
        pos = items_order.index(item.id)
        sources = {h.passage_id: source_view(loaded, h, lang) for v in views for h in v.hits}
        hist = {v.id: [replace(e, note=note_text(e.kind, e.note, lang)) for e in unit_history(data.store, v.id)
                       if e.kind != "proposal"] for v in views}
        from .plans import plans

        plan = plans(data.store).get(item.id)
        rating = live_score(loaded.assessment, ctx["views"]).result
        item_rating = next((r.rating for r in rating.items if r.id == item.id and r.branch is None), None)
        return templates.TemplateResponse(request, "item.html", {
            **ctx, "item": item, "units": views, "sources": sources, "history": hist, "message": message or {},
            # the standard's own (Chinese) words under a translation
            "originals": {v.id: o for v in views if (o := standard_words(
                loaded.assessment.item_of(v.id), loaded.assessment.lookup(v.id))) != v.text},
            "plan": plan, "plan_statuses": status_labels(lang), "item_rating": item_rating,
            "prev": items_order[pos - 1] if pos > 0 else None,
            "next": items_order[pos + 1] if pos + 1 < len(items_order) else None, "all_ids": ids,
        }, status_code=status)

    @app.get("/item/{item_id}", response_class=HTMLResponse)
    def item_page(request: Request, item_id: str):
        return render_item(request, item_id)

    @app.post("/item/{item_id}/decide")
    def item_decide(request: Request, item_id: str, unit_id: str = Form(""), action: str = Form(""),
                    rating: str = Form(""), note: str = Form(""), reviewer_name: str = Form(""),
                    version: str = Form(""), csrf: str = Form("")):
        check_csrf(request, csrf)
        lang = lang_in(request)
        draft = {"unit": unit_id, "note": note, "rating": rating}
        try:
            expected = int(version)
        except ValueError:
            return render_item(request, item_id, status=422,
                               message={**draft, "error": tr("web.no_version", lang)})
        loaded = data.get(lang_in(request))
        if unit_id not in loaded.assessment or loaded.assessment.item_of(unit_id).id != item_id:
            return _plain(404, tr("web.no_unit", lang, item=item_id, unit=unit_id), lang)
        try:
            decide(data.store, unit_id, rating if action != "confirm" else None, reviewer=reviewer_name.strip(),
                   note=note, action=action or None, expected_version=expected if action != "note" else None,
                   lang=lang)
        except ConflictError as e:
            return render_item(request, item_id, status=409, message={**draft, "error": str(e), "conflict": True})
        except ReviewError as e:
            return render_item(request, item_id, status=422, message={**draft, "error": str(e)})
        resp = RedirectResponse(f"/item/{item_id}?saved={urllib.parse.quote(unit_id)}#u-{unit_id}", status_code=303)
        resp.set_cookie(REVIEWER_COOKIE, urllib.parse.quote(reviewer_name.strip()), httponly=True, samesite="strict")
        return resp

    @app.post("/item/{item_id}/plan")
    def item_plan(request: Request, item_id: str, owner: str = Form(""), due: str = Form(""),
                  status: str = Form("open"), note: str = Form(""), reviewer_name: str = Form(""),
                  csrf: str = Form("")):
        """Save the item's remediation plan (责任人, 期限, 状态); a bad field is shown by the form."""
        from .plans import set_plan

        check_csrf(request, csrf)
        lang = lang_in(request)
        loaded = data.get(lang_in(request))
        try:
            loaded.assessment.item(item_id)
        except KeyError:
            return _plain(404, tr("web.no_item", lang, item=item_id), lang)
        try:
            set_plan(data.store, item_id, owner=owner, due=due, status=status, note=note, by=reviewer_name,
                     lang=lang)
        except ReviewError as e:
            return render_item(request, item_id, status=422, message={"unit": "plan", "error": str(e),
                                                                      "owner": owner, "due": due, "note": note})
        return RedirectResponse(f"/item/{item_id}?saved=plan#plan", status_code=303)

    @app.get("/score", response_class=HTMLResponse)
    def score_panel(request: Request):
        loaded = data.get(lang_in(request))
        return templates.TemplateResponse(request, "_score.html", page_context(request, loaded))

    @app.get("/passage/{pid}/page.png")
    def passage_page(request: Request, pid: str):
        lang = lang_in(request)
        loaded = data.get(lang_in(request))
        p = loaded.results.passages.get(pid)
        name = str(p["path"]).lower() if p is not None else ""
        if p is None or not p.get("page") or not name.endswith((".pdf",) + IMAGE_SUFFIXES):
            return _plain(404, tr("web.no_page", lang), lang)
        png = render_pdf_page(loaded, p) if name.endswith(".pdf") else render_image_page(loaded, p)
        if png is None:
            return _plain(404, tr("web.page_failed", lang, path=p["path"], page=p["page"]), lang)
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    @app.get("/file/{rel:path}")
    def bundle_file(request: Request, rel: str):
        loaded = data.get(lang_in(request))
        bundle = loaded.results.bundle
        path = inside(bundle, rel) if bundle is not None and rel in loaded.files else None
        if path is None:
            lang = lang_in(request)
            return _plain(404, tr("web.no_file", lang), lang)
        kind = INLINE_TYPES.get(path.suffix.lower())
        headers = {"Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"}
        if kind is None:
            return FileResponse(path, filename=path.name, headers=headers, media_type="application/octet-stream")
        if kind == "application/pdf":
            headers = {"Content-Security-Policy": "default-src 'none'; object-src 'self'; plugin-types application/pdf"}
        return FileResponse(path, media_type=kind, headers=headers, content_disposition_type="inline",
                            filename=path.name)

    @app.get("/report/{name}")
    def report(request: Request, name: str):
        if name not in REPORTS or not (data.out_dir / name).is_file():
            lang = lang_in(request)
            return _plain(404, tr("web.no_report", lang), lang)
        return FileResponse(data.out_dir / name, filename=name,
                            headers={"Content-Security-Policy": "sandbox; default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"})

    return app


RATING_FILTERS = {"compliant": "达标", "basically_compliant": "基本达标", "non_compliant": "不达标",
                  "not_applicable": "不适用", "unrated": "未评"}


def localtime(at: str | None) -> str:
    """A stored UTC timestamp in the reviewer's (this machine's) local time, to the minute."""
    import datetime as dt

    if not at:
        return ""
    try:
        when = dt.datetime.fromisoformat(str(at).replace("Z", "+00:00"))
    except ValueError:
        return str(at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class _Forbidden(Exception):
    pass



def _plain(status: int, message: str, lang: str = "zh") -> HTMLResponse:
    body = (f"<!doctype html><html lang='{tr('web.html_lang', lang)}'><meta charset='utf-8'><title>{status}</title>"
            f"<body style='font-family:sans-serif;margin:3em'><h1>{status}</h1><p>{escape(message)}</p>"
            f"<p><a href='/'>{tr('web.home', lang)}</a></p></body></html>")
    return HTMLResponse(body, status_code=status)


# ---------------------------------------------------------------------------------------------
# The source in place

@dataclass(frozen=True)
class SourceView:
    """How to show a passage where it stands: a rendered PDF page, or its neighbours in the file."""

    path: str
    page: int | None
    locator: str
    image: str | None  # URL of the rendered page with the passage's box drawn
    around: tuple[tuple[str, str, bool], ...]  # (place in words, text, is_the_passage)
    file_url: str | None
    lang: str = "zh"

    @property
    def place(self) -> str:
        """Where the passage is, in words (第1页表1第3行, 工作表“目录”第2行; p.1 table 1 row 3 in English)."""
        from ..locators import place

        return place(self.path, self.page, self.locator, self.lang)


def _place(p: dict, lang: str = "zh") -> str:
    from ..locators import place

    return place(p.get("path", ""), p.get("page"), p.get("locator", ""), lang)


def source_view(loaded: Loaded, hit, lang: str = "zh") -> SourceView:
    p = loaded.results.passages.get(hit.passage_id) or {}
    path = p.get("path", hit.path)
    file_part = path.split("!", 1)[0]
    file_url = "/file/" + urllib.parse.quote(file_part) if file_part in loaded.files else None
    is_pdf = path.lower().endswith(".pdf")
    is_image = path.lower().endswith(IMAGE_SUFFIXES)
    if (is_pdf or is_image) and p.get("page") and hit.passage_id in loaded.results.passages:
        return SourceView(path, p.get("page"), p.get("locator", ""), f"/passage/{hit.passage_id}/page.png", (),
                          file_url, lang)
    ids = loaded.order.get(path, [])
    around: tuple = ()
    if hit.passage_id in ids:
        i = ids.index(hit.passage_id)
        around = tuple((_place(loaded.results.passages[q], lang), loaded.results.passages[q].get("text", ""),
                        q == hit.passage_id) for q in ids[max(0, i - 2): i + 3])
    return SourceView(path, p.get("page", hit.page), p.get("locator", hit.locator), None, around, file_url, lang)


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
MAX_IMAGE_WIDTH = 1400  # a screenshot or scan is shown at most this wide


def _boxed(image, box, scale: float) -> bytes:
    """``image`` as PNG with ``box`` ([x0, top, x1, bottom], times ``scale``) drawn over it."""
    from PIL import Image, ImageDraw

    if box and len(box) == 4:
        x0, top, x1, bottom = (float(v) * scale for v in box)
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        draw.rectangle([x0 - 3, top - 3, x1 + 3, bottom + 3], fill=(255, 230, 0, 90), outline=(220, 40, 40, 255),
                       width=3)
        image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _passage_file(loaded: Loaded, passage: dict) -> Path | bytes | None:
    """The file a passage comes from: its path inside the bundle, or the bytes of a zip member
    (``a.zip!scan.png``); None when the bundle or the file is not known. Raises OSError or
    BadZipFile for a file that cannot be read."""
    bundle = loaded.results.bundle
    if bundle is None:
        return None
    outer, _, member = str(passage["path"]).partition("!")
    file = inside(bundle, outer) if outer in loaded.files else None
    if file is None or not member:
        return file
    with zipfile.ZipFile(file) as z:
        return z.read(member)


def render_image_page(loaded: Loaded, passage: dict) -> bytes | None:
    """A scan or screenshot (frame ``page`` of an image file) as PNG with the OCR block's box drawn;
    the box is in the pixels OCR saw (the picture bounded as the reader bounds it)."""
    from PIL import Image

    from ..ingest.image_ocr import _bounded

    try:
        data = _passage_file(loaded, passage)
        if data is None:
            return None
        with Image.open(io.BytesIO(data) if isinstance(data, bytes) else data) as img:
            img.seek(int(passage["page"]) - 1)
            picture = _bounded(img.convert("RGB"))
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, Image.DecompressionBombError):
        return None
    scale = min(1.0, MAX_IMAGE_WIDTH / picture.width)
    if scale < 1.0:
        picture = picture.resize((int(picture.width * scale), int(picture.height * scale)))
    return _boxed(picture, passage.get("bbox"), scale)


def render_pdf_page(loaded: Loaded, passage: dict, *, scale: float = 1.5) -> bytes | None:
    """The passage's PDF page as PNG with its box (``[x0, top, x1, bottom]`` in points) highlighted."""
    import pypdfium2 as pdfium

    from ..ingest.budget import render_scale

    try:
        data = _passage_file(loaded, passage)
        if data is None:
            return None
        with _PDFIUM:
            pdf = pdfium.PdfDocument(data if isinstance(data, bytes) else str(data))
            try:
                index = int(passage["page"]) - 1
                if not 0 <= index < len(pdf):
                    return None
                page = pdf[index]
                scale = render_scale(page.get_width(), page.get_height(), scale, preview=True)  # 14,400 pt: capped
                image = page.render(scale=scale).to_pil().convert("RGB")
                box = _row_box(page, passage) or passage.get("bbox")
            finally:
                pdf.close()
    except (pdfium.PdfiumError, OSError, KeyError, zipfile.BadZipFile, ValueError):
        return None
    return _boxed(image, box, scale)


def _row_box(page, passage: dict):
    """The box of a table row passage's own row: the reader gives every row of a ruled table the
    table's box, so the table is found again on the page (the same grid the reader used) and the
    row's cells are joined. None when it is not a table row or the grid does not match."""
    if passage.get("kind") != "table_row" or not passage.get("row") or not passage.get("bbox"):
        return None
    from ..ingest.pdf_tables import find_tables

    want = [float(v) for v in passage["bbox"]]
    try:
        grids = find_tables(page)
    except Exception:  # a page the table finder cannot read: the table's box will do
        return None
    for grid in grids:
        if all(abs(a - b) <= 1.0 for a, b in zip(grid.bbox, want)):
            row = int(passage["row"]) - 1
            if 0 <= row < len(grid.rows) and grid.rows[row]:
                cells = grid.rows[row]
                return [min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells),
                        max(c[3] for c in cells)]
    return None
