"""The report model: everything the reports show, computed once from a run's results and the review
decisions; each writer (HTML, Markdown, XLSX, DOCX) only renders it.

The effective rating of a unit is the reviewer's decision where one exists (已确认), else the tool's
proposal (初步建议); a unit that needs review and has no decision counts as unrated. The score is
recomputed with :func:`score.score` on that effective set. Everything a run prints or writes —
``check``'s summary and exit code, ``score.json`` (:func:`score_json`) and every report — rests on
that one set.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from ..catalog import Assessment, Standard, load_standard
from ..edition_labels import EditionLabels, edition_labels
from ..i18n import t as label
from ..locators import is_sheet, page_place, sheet_name
from ..messages import MessageError, text
from ..profile import Profile, ProfileError, profile_from_dict
from ..results import EvidenceHit, Proposal, Results
from ..review import Decision
from ..score import ScoreResult, score
from ..translation import english_texts, localized, translate
from .fact_lines import fact_text
from .gaps import Gap, find_gaps
from .refs import EvidenceRef, link, resolve_bundle, to_ref
from .upgrade import LevelChange, coverage, level_changes

RATING_KEYS = ("compliant", "basically_compliant", "non_compliant", "not_applicable", "unrated")
SOURCES = ("confirmed", "proposed", "needs_review", "missing")
MAX_REFS = 6  # evidence pointers shown per unit


class ReportError(MessageError):
    """The results folder cannot be reported on; the message says what is missing (``str(e)``
    Chinese, ``e.text(lang)`` in ``lang``)."""


@dataclass(frozen=True)
class UnitRow:
    """A rated unit (a sub-item, or an item without sub-items) as reports show it."""

    id: str
    text: str  # the standard's text in the report's language (English: the edition's unofficial translation)
    original: str  # the Chinese text when ``text`` is a translation of it, else ""
    rating: str | None  # effective rating; None = unrated
    source: str  # confirmed | proposed | needs_review | missing
    stale: bool  # a confirmed rating whose evidence changed since (需复核)
    confidence: float | None
    reasons: tuple[str, ...]
    missing: tuple[str, ...]
    facts: tuple[str, ...]
    reviewer: str
    note: str
    evidence: tuple[EvidenceRef, ...]


@dataclass(frozen=True)
class ItemRow:
    id: str
    title: str
    category: str
    section: str
    rating: str | None
    score: int | None
    source: str  # confirmed | proposed | mixed | needs_review
    units: tuple[UnitRow, ...]

    @property
    def rating_key(self) -> str:
        return self.rating or "unrated"


@dataclass(frozen=True)
class CategoryRow:
    key: str
    counts: dict[str, int]  # RATING_KEYS -> number of items
    points: int

    @property
    def items(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ConditionRow:
    id: str
    ok: bool
    detail: str
    items: tuple[str, ...]  # "common.3 单证控制" — the items that break it (or count toward it)


@dataclass(frozen=True)
class IndexRow:
    """One document in the evidence index: which units of the item it supports, on which pages."""

    path: str
    pages: tuple[int, ...]
    sheets: tuple[str, ...]  # a spreadsheet's sheets (then no pages)
    units: tuple[str, ...]
    kinds: tuple[str, ...]
    href: str
    exists: bool


@dataclass(frozen=True)
class IndexItem:
    """The evidence index of one item: its documents, best first."""

    item: str
    title: str
    rating: str | None
    docs: tuple[IndexRow, ...]


@dataclass(frozen=True)
class FileRow:
    path: str
    status: str
    error: str
    href: str


@dataclass(frozen=True)
class UpgradeRow:
    change: LevelChange
    coverage: str  # covered | not_found | unknown
    evidence: tuple[EvidenceRef, ...]


@dataclass
class ReportModel:
    lang: str
    out_dir: Path
    enterprise: str
    edition: str
    standard_title: str
    level: str
    business_type: str
    as_of: str
    generated: str
    flags: tuple[str, ...]  # labels of the profile flags that are set
    result: ScoreResult
    scope_text: str
    conditions: tuple[ConditionRow, ...]
    categories: tuple[CategoryRow, ...]
    items: tuple[ItemRow, ...]
    gaps: tuple[Gap, ...]
    evidence_index: tuple[IndexItem, ...]
    files: dict[str, int]  # status -> number of files
    passages: int
    unread: tuple[FileRow, ...]
    sources: dict[str, int]  # unit source -> number of units
    proposed_result: ScoreResult | None = None  # the score of the tool's proposals alone
    plans: dict = field(default_factory=dict)  # item id -> review.plans.Plan (the remediation plan)
    history: object = None  # review.runs.RunHistory: the runs recorded before and what changed (None: first run)
    kept: int = 0  # reviewers' decisions whose evidence is unchanged
    stale: int = 0  # reviewers' decisions whose evidence changed since (需复核)
    upgrade: tuple[UpgradeRow, ...] | None = None  # None: not asked for
    upgrade_applicable: bool = False
    method: tuple[str, ...] = ()  # what was read, against what, how it was scored
    validity: dict | None = None  # validity.Validity.to_json(): is the edition in force on as_of?
    readings: dict | None = None  # the readings in force (readings.in_force) and the scope of condition (二)
    labels: EditionLabels | None = None  # the edition's own names and numbers (edition_labels), over i18n

    @property
    def validity_heading(self) -> str:
        """The heading of the out-of-validity warning at the top of every report ('' when in force)."""
        v = self.validity or {}
        return "" if v.get("in_force", True) else v["heading_en" if self.lang == "en" else "heading"]

    @property
    def validity_warning(self) -> str:
        """The out-of-validity warning in the report's language ('' when the edition is in force)."""
        v = self.validity or {}
        return "" if v.get("in_force", True) else v["message_en" if self.lang == "en" else "message"]

    def t(self, key: str, **fmt) -> str:
        """A label in the report's language, formatted with ``fmt``; the edition's own names and numbers
        (levels, business types, categories, pass conditions, "95分" …) come from its data."""
        if self.labels is not None:
            return self.labels.t(key, self.lang, **fmt)
        text = label(key, self.lang)
        return text.format(**fmt) if fmt else text

    @property
    def level_name(self) -> str:
        return self.t(self.level)

    @property
    def business_name(self) -> str:
        """The business type's name (a 1+N type joins its parts' names)."""
        return self.labels.business(self.business_type, self.lang) if self.labels else self.t(self.business_type)

    @property
    def total(self) -> int:
        return self.result.total

    @property
    def passed(self) -> bool:
        return self.result.passed

    @property
    def review_lines(self) -> list[str]:
        """What the reviewers' decisions changed: confirmed ratings kept and to re-check, and the
        score of the proposals alone when it differs (empty while nobody has reviewed)."""
        lines = []
        if self.kept or self.stale:
            lines.append(self.t("report.recheck", kept=self.kept, stale=self.stale))
        p = self.proposed_result
        if p is not None and (p.total, p.passed) != (self.total, self.passed):
            lines.append(self.t("report.proposed_total", total=p.total, verdict=self.t("passed" if p.passed else "failed")))
        return lines

    @property
    def change_lines(self) -> list[str]:
        """What changed since the previous run: the score, the items whose rating changed, the units
        whose evidence is new or gone (empty on a first run)."""
        h = self.history
        if h is None or h.previous is None:
            return []
        prev, cur = h.previous, h.current
        lines = [self.t("runs.score", before=prev.total, after=cur.total,
                        verdict_before=self.t("passed" if prev.passed else "failed"),
                        verdict_after=self.t("passed" if cur.passed else "failed"), at=prev.recorded_at[:16].replace("T", " "))]
        for c in h.items:
            lines.append(self.t("runs.item", item=c.item, title=c.title, before=self.rating(c.before),
                                after=self.rating(c.after)))
        added = sum(len(e.added) for e in h.evidence)
        removed = sum(len(e.removed) for e in h.evidence)
        if added or removed:
            units = self.list_sep.join(e.unit for e in h.evidence[:8]) + (self.t("report.and_more", n=len(h.evidence))
                                                                         if len(h.evidence) > 8 else "")
            lines.append(self.t("runs.evidence", added=added, removed=removed, units=units))
        else:
            lines.append(self.t("runs.no_evidence_change"))
        return lines

    def plan_line(self, item_id: str) -> str:
        """The item's remediation plan in a line (责任人、期限、状态, 已逾期), '' without one."""
        plan = self.plans.get(item_id)
        if plan is None:
            return ""
        rating = next((i.rating for i in self.items if i.id == item_id), None)
        status = plan.effective_status(rating)
        today = dt.date.fromisoformat(self.generated[:10])
        line = self.t("plan.line", owner=plan.owner or "—", due=plan.due or "—", status=self.t(f"plan.{status}"))
        if status == "done" and plan.status != "done":
            line += self.t("plan.closed_by_evidence")
        if plan.overdue(rating, today):
            line += self.t("plan.overdue")
        return line

    @property
    def plan_rows(self) -> list[tuple[str, str, bool]]:
        """(item, plan line, overdue) of every item with a plan, overdue first."""
        today = dt.date.fromisoformat(self.generated[:10])
        titles = {i.id: i.title for i in self.items}
        rows = []
        for item_id, plan in self.plans.items():
            rating = next((i.rating for i in self.items if i.id == item_id), None)
            rows.append((f"{item_id} {titles.get(item_id, '')}", self.plan_line(item_id), plan.overdue(rating, today)))
        return sorted(rows, key=lambda r: (not r[2], r[0]))

    @property
    def trend(self) -> list[tuple[str, int, bool]]:
        """(when, total, passed) of every recorded run, oldest first (the readiness trend)."""
        h = self.history
        return [(p.recorded_at[:16].replace("T", " "), p.total, p.passed) for p in h.points] if h else []

    @property
    def unrated_items(self) -> int:
        return len(self.result.unrated)

    @property
    def colon(self) -> str:
        return self.t("punct.colon")

    @property
    def semicolon(self) -> str:
        return self.t("punct.semicolon")

    @property
    def list_sep(self) -> str:
        return self.t("punct.list")

    @property
    def stop(self) -> str:
        return self.t("punct.stop")

    def paren(self, text: object) -> str:
        return self.t("punct.paren", text=text)

    def rating(self, value: str | None) -> str:
        return self.t(value or "unrated")

    def page(self, ref: EvidenceRef | IndexRow) -> str:
        """The pages (or sheets) of a pointer or an index row (第3页、第5页 / 工作表“目录”); a
        spreadsheet's sheet number is never shown as a page, an image has no page."""
        if isinstance(ref, IndexRow):
            if ref.sheets:
                return self.list_sep.join(self.t("loc.sheet", sheet=s).strip() for s in ref.sheets)
            return self.list_sep.join(page_place(ref.path, p, self.lang) for p in ref.pages if p)
        return page_place(ref.path, ref.page, self.lang, ref.locator)

    def kinds(self, kinds: tuple[str, ...]) -> str:
        return self.list_sep.join(self.t(f"kind.{k}") for k in kinds)

    def where(self, ref: EvidenceRef) -> str:
        """``path`` with its page and, inside a compiled handbook, the policy, chapter and article
        (``汇编.pdf 第27页 · 门卫管理制度 第六章 门卫管理 第十二条``; quoted in English), in the
        report's language."""
        where = f"{ref.path} {self.page(ref)}".strip()
        if not ref.section:
            return where
        return f"{where} · {ref.section}" if self.lang == "zh" else f"{where} · “{ref.section}”"

    def pointers(self, refs: tuple[EvidenceRef, ...]) -> list[EvidenceRef]:
        """One pointer per file and page (several passages of one page read as one pointer)."""
        first: dict[str, EvidenceRef] = {}
        for r in refs:
            first.setdefault(self.where(r), r)
        return list(first.values())


# ---------------------------------------------------------------------------------------------

def effective_ratings(assessment: Assessment, proposals: Mapping[str, Proposal],
                      decisions: Mapping[str, Decision]) -> dict[str, tuple[str | None, str]]:
    """unit id → (rating or None, source): a decision (confirmed) over a proposal (proposed); a
    proposal that needs review, or no proposal at all, leaves the unit unrated."""
    out: dict[str, tuple[str | None, str]] = {}
    for _, unit in assessment.rated_units():
        d, p = decisions.get(unit.id), proposals.get(unit.id)
        if d is not None:
            out[unit.id] = (d.rating, "confirmed")
        elif p is not None and p.status != "needs_review" and p.rating is not None:
            out[unit.id] = (p.rating, "proposed")
        else:
            out[unit.id] = (None, "needs_review" if p is not None else "missing")
    return out


def build_model(results: Results, decisions: Mapping[str, Decision] | None = None, *, lang: str = "zh",
                upgrade: bool = False, now: dt.datetime | None = None, history=None,
                plans: Mapping | None = None) -> ReportModel:
    """Build the report model of a run (see the module docstring)."""
    from ..ingest.errors import reason_text  # the reasons a file was not read, in the report's language

    decisions = decisions or {}
    run = results.run
    level, btype = run.get("level"), run.get("business_type")
    if not level or not btype:
        raise ReportError("report_no_run", dir=str(results.out_dir))
    std = load_standard(run.get("edition") or "2018-177")
    # the standard's titles and texts in the report's language (an unofficial English translation);
    # ids, categories and numbers are the same, so it scores as the Chinese
    assessment = localized(std, lang).assessment(level, btype)
    profile = _profile(run, std)
    out_dir = results.out_dir
    bundle = resolve_bundle(run, out_dir)

    eff = effective_ratings(assessment, results.proposals, decisions)
    scope = results.score.get("basic_limit_scope") or run.get("basic_limit_scope")
    result = score(assessment, {u: r for u, (r, _) in eff.items() if r is not None}, basic_limit_scope=scope,
                   readings=profile.readings if profile else None)

    hits = {uid: _unit_hits(results, uid) for uid in eff}
    refs = {uid: tuple(to_ref(h, out_dir, bundle, results.passages.get(h.passage_id)) for h in hs)
            for uid, hs in hits.items()}
    found_kinds = {uid: {h.why.kind for h in results.evidence.get(uid, []) + hs if h.why.kind}
                   for uid, hs in hits.items()}
    chinese = std.assessment(level, btype)  # the authoritative words, shown beside a translation
    items = tuple(_item_row(assessment, r, eff, results.proposals, decisions, refs, lang, chinese)
                  for r in result.items if r.branch is None)
    titles = {i.id: i.title for i in assessment.items}
    gaps = tuple(find_gaps(result, assessment, proposals=results.proposals, found_kinds=found_kinds, lang=lang,
                           decisions=decisions))
    proposed = {u: p.rating for u, p in results.proposals.items() if p.status != "needs_review" and p.rating}
    decided = [d for u, d in decisions.items() if u in eff]

    model = ReportModel(
        lang=lang, out_dir=out_dir,
        enterprise=str(run.get("enterprise") or (profile.enterprise if profile else "") or ""),
        edition=std.edition, standard_title=localized(std, lang).title or std.edition, level=level, business_type=btype,
        as_of=str(run.get("as_of") or (profile.as_of.isoformat() if profile else "")),
        generated=(now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M"),
        flags=tuple(translate(std, std.flags[k].label, lang) for k, v in (profile.flags if profile else {}).items()
                    if v and k in std.flags),
        result=result, scope_text=edition_labels(std).t(f"scope.{result.basic_limit_scope}", lang),
        conditions=(), categories=_categories(result, std), items=items, gaps=gaps,
        evidence_index=_evidence_index(items, out_dir, bundle),
        files=dict(Counter(str(f.get("status", "ok")) for f in results.inventory)),
        passages=len(results.passages),
        unread=tuple(FileRow(path=f.get("path", ""), status=str(f.get("status")),
                             error=reason_text(str(f.get("error") or ""), lang) or "",
                             href=link(out_dir, bundle, f.get("path", "")))
                     for f in results.inventory if f.get("status", "ok") != "ok"),
        sources={k: n for k in SOURCES if (n := sum(1 for _, src in eff.values() if src == k))},
        proposed_result=score(assessment, proposed, basic_limit_scope=scope) if decided else None,
        kept=sum(1 for d in decided if not d.stale), stale=sum(1 for d in decided if d.stale), history=history,
        plans=dict(plans or {}), labels=edition_labels(std),
    )
    model.conditions = _conditions(model, std, titles)
    model.validity = _validity(std.edition, model.as_of)
    from ..readings import describe, in_force  # every reading used, named (standards/<edition>/readings.yaml)

    model.readings = in_force(std.root, profile.readings if profile else None) | {
        "basic_limit_scope": result.basic_limit_scope}

    model.method = _method(model) + tuple(describe(std.root, profile.readings if profile else None, lang,
                                                   overrides={"basic_limit_scope": result.basic_limit_scope}))
    if lang == "en" and english_texts(std.root):
        model.method += (label("report.translation_note", lang),)
    if upgrade:
        model.upgrade_applicable = level == "general"
        model.upgrade = _upgrade_rows(std, btype, results, profile, out_dir, bundle, lang) \
            if model.upgrade_applicable else ()
    return model


# ---------------------------------------------------------------------------------------------

def _validity(edition: str, as_of: str) -> dict | None:
    """Whether the edition is in force on the run's assessment date (None when the date is unknown)."""
    from ..validity import validity_of

    try:
        return validity_of(edition, dt.date.fromisoformat(as_of)).to_json()
    except ValueError:
        return None


def score_json(m: ReportModel) -> dict:
    """``score.json``: the score of the report's ratings (confirmed over proposed) in the shape
    ``score --json`` prints, plus where the ratings come from (``sources``), how many confirmed
    ratings were kept or need a re-check, and the score of the proposals alone."""
    data = m.result.to_json()
    if m.validity is not None:  # is the edition in force on the assessment date (as check writes it)
        data["validity"] = m.validity
    if m.readings is not None:  # the readings in force, named
        data["readings"] = m.readings
    data["sources"] = dict(m.sources)
    data["review"] = {"kept": m.kept, "stale": m.stale}
    if m.proposed_result is not None:
        data["proposed"] = {"total": m.proposed_result.total, "passed": m.proposed_result.passed}
    return data


def _profile(run: dict, std: Standard) -> Profile | None:
    """The run's profile as stored in run.json (None when absent or invalid)."""
    raw = run.get("profile")
    if not isinstance(raw, dict):
        return None
    try:
        return profile_from_dict(raw, level=run.get("level"), business_type=run.get("business_type"),
                                 as_of=run.get("as_of") or raw.get("as_of"), standard=std)
    except ProfileError:
        return None


def _unit_hits(results: Results, uid: str) -> list[EvidenceHit]:
    """The evidence a unit's rating rests on: the proposal's passages in its order (looked up in the
    unit's hits, else in the passages); without a proposal, the best hits the matcher found."""
    ranked = results.evidence.get(uid, [])
    p = results.proposals.get(uid)
    if p is None:
        return ranked[:3]
    by_pid = {h.passage_id: h for h in ranked}
    chosen = []
    for pid in p.evidence:
        hit = by_pid.get(pid)
        if hit is None and pid in results.passages:
            d = results.passages[pid]
            hit = EvidenceHit(passage_id=pid, path=d.get("path", ""), page=d.get("page"),
                              locator=d.get("locator", ""), text=d.get("text", ""), score=0.0, why={})
        if hit is not None:
            chosen.append(hit)
    return chosen[:MAX_REFS]


def _item_row(assessment: Assessment, r, eff, proposals, decisions, refs, lang: str,
              chinese: Assessment) -> ItemRow:
    item = assessment.item(r.id)
    units = []
    for unit in item.rated_units:
        rating, source = eff[unit.id]
        p, d = proposals.get(unit.id), decisions.get(unit.id)
        original = chinese.lookup(unit.id).text or ""
        units.append(UnitRow(
            id=unit.id, text=unit.text or "", original="" if original == (unit.text or "") else original,
            rating=rating, source=source, stale=bool(d and d.stale),
            confidence=p.confidence if p else None, reasons=tuple(text(r, lang) for r in (p.reasons if p else ())),
            missing=tuple(text(x, lang) for x in (p.missing if p else ())),
            facts=tuple(fact_text(f, unit, lang) for f in (p.facts if p else ())),
            reviewer=d.reviewer if d else "", note=d.note if d else "", evidence=refs[unit.id]))
    return ItemRow(id=item.id, title=item.title, category=item.category,
                   section=item.section, rating=r.rating, score=r.score, source=_item_source(units),
                   units=tuple(units))


def _item_source(units: list[UnitRow]) -> str:
    sources = {u.source for u in units}
    if sources == {"confirmed"}:
        return "confirmed"
    if "confirmed" in sources:
        return "mixed"
    return "proposed" if "proposed" in sources else "needs_review"


def _categories(result: ScoreResult, std: Standard) -> tuple[CategoryRow, ...]:
    rows = []
    for cat in std.rules.category_labels:  # the edition's categories, in its order
        rs = [r for r in result.items if r.category == cat]
        if rs:
            counts = {k: sum(1 for r in rs if (r.rating or "unrated") == k) for k in RATING_KEYS}
            rows.append(CategoryRow(cat, counts, sum(r.score or 0 for r in rs)))
    return tuple(rows)


def _conditions(m: ReportModel, std: Standard, titles: dict[str, str]) -> tuple[ConditionRow, ...]:
    """The three pass conditions with details in the report's language."""
    rules, res = std.rules, m.result
    out = []
    for c in res.conditions:
        if c.id == "no_non_compliant":
            detail = m.t("cond.no_non_compliant", n=len(c.items))
        elif c.id == "basic_limit" and res.basic_limit_scope == "combined":
            detail = m.t("cond.basic_limit.combined", n=len(c.items))
        elif c.id == "basic_limit":
            cats = {i: next(r.category for r in res.items if r.id == i.split(":")[-1]) for i in c.items}
            parts = m.semicolon.join(
                m.t("cond.basic_limit.part", category=m.t(cat), n=sum(1 for v in cats.values() if v == cat))
                for cat in rules.basic_limit_categories)
            detail = m.t("cond.basic_limit.per-category", parts=parts)
        else:
            detail = m.t("cond.min_total", total=res.total)
        out.append(ConditionRow(c.id, c.ok, detail, tuple(f"{i} {titles.get(i.split(':')[-1], '')}" for i in c.items)))
    return tuple(out)


def _method(m: ReportModel) -> tuple[str, ...]:
    f = m.files
    return (
        m.t("report.method_read", files=sum(f.values()), ok=f.get("ok", 0), partial=f.get("partial", 0),
            failed=f.get("failed", 0), skipped=f.get("skipped", 0), passages=m.passages),
        m.t("report.method_standard", standard=m.standard_title, level=m.level_name,
            business_type=m.business_name, as_of=m.as_of),
        m.t("report.method_scoring"),
        f"{m.t('reading')}{m.colon}{m.scope_text}{m.stop}{m.t('report.reading_note')}",
        f"{m.t('report.sources')}{m.colon}"
        + m.semicolon.join(f"{m.t('source.' + k)} {n}" for k, n in m.sources.items())
        + m.stop + m.t("report.sources_note"),
    )


def _evidence_index(items: tuple[ItemRow, ...], out_dir: Path, bundle: Path | None) -> tuple[IndexItem, ...]:
    out = []
    for item in items:
        by_path: dict[str, list[tuple[str, EvidenceRef]]] = {}
        for unit in item.units:
            for ref in unit.evidence:
                by_path.setdefault(ref.path, []).append((unit.id, ref))
        docs = []
        for path, pairs in by_path.items():
            sheets = tuple(dict.fromkeys(n for _, r in pairs if (n := sheet_name(r.locator))))
            pages = () if sheets or is_sheet(path) else tuple(sorted({r.page for _, r in pairs if r.page}))
            sheets = () if path.lower().endswith(".csv") else sheets
            docs.append(IndexRow(path=path, pages=pages, sheets=sheets, units=tuple(dict.fromkeys(u for u, _ in pairs)),
                                 kinds=tuple(dict.fromkeys(r.kind for _, r in pairs if r.kind)),
                                 href=link(out_dir, bundle, path, pages[0] if pages else None),
                                 exists=pairs[0][1].exists))
        out.append(IndexItem(item.id, item.title, item.rating, tuple(docs)))
    return tuple(out)


def _upgrade_rows(std: Standard, btype: str, results: Results, profile: Profile | None, out_dir: Path,
                  bundle: Path | None, lang: str = "zh") -> tuple[UpgradeRow, ...]:
    """What the advanced standard adds, paired and matched on the Chinese texts, shown in ``lang``."""
    advanced = std.assessment("advanced", btype)
    changes = [c for c in level_changes(std.assessment("general", btype), advanced)
               if profile is None or profile.applies(advanced.lookup(c.unit), advanced.item(c.item))]
    adv_profile = replace(profile, level="advanced") if profile is not None else None
    hits = coverage(list(results.passages.values()), advanced, profile=adv_profile)
    rows = []
    for c in changes:
        c = replace(c, title=translate(std, c.title, lang), text=translate(std, c.text, lang),
                    general_text=translate(std, c.general_text, lang),
                    thresholds=tuple(replace(x, general=translate(std, x.general, lang),
                                             advanced=translate(std, x.advanced, lang)) for x in c.thresholds))
        if hits is None:
            rows.append(UpgradeRow(c, "unknown", ()))
        else:
            found = tuple(to_ref(h, out_dir, bundle) for h in hits.get(c.unit, [])[:3])
            rows.append(UpgradeRow(c, "covered" if found else "not_found", found))
    return tuple(rows)


__all__ = ["ReportModel", "ItemRow", "UnitRow", "CategoryRow", "ConditionRow", "IndexItem", "IndexRow", "FileRow",
           "UpgradeRow", "ReportError", "build_model", "effective_ratings", "score_json"]
