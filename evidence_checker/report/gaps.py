"""Gap analysis: every item short of 达标, what blocks a pass first, what is missing, what to provide.

Order: the smallest set of improvements to a pass (:func:`score.way_to_pass`) — 不达标 items first,
then the 基本达标 items over the limit of condition (二), then those needed for the minimum total —
then items still to be rated (待人工判断), then the remaining 基本达标 items (not needed to pass,
still short of 达标).

A unit a reviewer decided shows the reviewer's rating, name and reason first; the tool's reasons
follow, labelled as the tool's proposal, so reasons for 达标 never stand unlabelled under a
基本达标 the reviewer chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..catalog import Assessment, Item, SubItem
from ..i18n import t
from ..messages import text
from ..results import Proposal
from ..review import Decision
from ..score import ScoreResult, way_to_pass
from ..proposal_facts import Fact
from .kinds import expected_kinds, item_documents, kind_label

REASON_ORDER = ("non_compliant", "basic_limit", "min_total", "rate", "improve")


@dataclass(frozen=True)
class GapUnit:
    """A rated unit short of 达标 and what it lacks."""

    id: str
    text: str  # the standard's text
    rating: str | None
    missing: tuple[str, ...]
    reasons: tuple[str, ...]
    suggested: str | None = None  # the tool's guess for a unit left to a person (never counted)
    reviewer: str = ""  # who decided the rating (empty: the tool's proposal)
    note: str = ""  # the reviewer's reason
    action: str = ""  # confirm | override (empty: no decision)
    proposed: str | None = None  # the tool's rating when a reviewer decided otherwise


@dataclass(frozen=True)
class Gap:
    """An item short of 达标: why it matters for a pass, what is missing, what would close it."""

    item: str
    title: str
    category: str
    current: str | None
    target: str
    reason: str  # non_compliant | basic_limit | min_total | rate | improve
    blocking: bool  # in the smallest set of improvements to a pass
    gain: int
    units: tuple[GapUnit, ...]
    documents: tuple[str, ...]  # what an assessor expects for the item


def find_gaps(result: ScoreResult, assessment: Assessment, *, proposals: Mapping[str, Proposal],
              found_kinds: Mapping[str, set[str]], lang: str = "zh",
              decisions: Mapping[str, Decision] | None = None) -> list[Gap]:
    """The items of ``result`` short of 达标, blocking ones first (see the module docstring).

    ``found_kinds`` holds, per unit, the evidence kinds already found (policy/record/statement);
    the kinds a unit expects but lacks are reported as missing when the proposal names nothing.
    ``decisions`` are the reviewers' (see the module docstring).
    """
    decisions = decisions or {}
    steps = sorted(way_to_pass(result, assessment), key=lambda s: REASON_ORDER.index(s.reason))
    by_id = {r.id: r for r in result.items if r.branch is None}
    order = [(s.item, s.reason, True, s.gain) for s in steps if s.item in by_id]
    listed = {i for i, *_ in order}
    order += [(r.id, "improve", False, 0) for r in by_id.values()
              if r.rating == "basically_compliant" and r.id not in listed]
    gaps = []
    for item_id, reason, blocking, gain in order:
        r = by_id[item_id]
        item = assessment.item(item_id)
        units = tuple(
            _gap_unit(assessment, assessment.lookup(uid), rating, proposals.get(uid),
                      found_kinds.get(uid, set()), lang, decisions.get(uid))
            for uid, rating in r.units.items() if rating not in ("compliant", "not_applicable"))
        gaps.append(Gap(item=item_id, title=r.title, category=r.category, current=r.rating, target="compliant",
                        reason=reason, blocking=blocking, gain=gain, units=units,
                        documents=item_documents(item, lang)))
    return gaps


def _reviewer_lines(d: Decision, proposal: Proposal | None, lang: str) -> tuple[list[str], list[str]]:
    """(reasons, missing) of a decided unit: the reviewer's rating, name and reason first, then the
    tool's reasons labelled as its proposal; the reviewer's reason is what is missing when the tool
    named nothing (it saw no gap where the reviewer did)."""
    key = "report.gap_override" if d.action == "override" else "report.gap_confirm"
    head = t(key, lang).format(reviewer=d.reviewer or t("report.no_reviewer", lang), rating=t(d.rating, lang))
    head += t("punct.colon", lang) + (d.note or t("report.no_note", lang))
    reasons = [head]
    tool = proposal.rating if proposal and proposal.status != "needs_review" else None
    if proposal and proposal.reasons:
        label = t("report.gap_tool", lang).format(rating=t(tool or "needs_review", lang))
        reasons.append(label + t("punct.colon", lang) + t("punct.semicolon", lang).join(
            text(r, lang) for r in proposal.reasons))
    missing = [text(x, lang) for x in proposal.missing] if proposal and tool == d.rating else []
    if not missing and d.note:
        missing = [t("report.gap_reviewer_missing", lang).format(note=d.note)]
    return reasons, missing


def _gap_unit(assessment: Assessment, unit: Item | SubItem, rating: str | None,
              proposal: Proposal | None, found: set[str], lang: str, decision: Decision | None = None) -> GapUnit:
    if decision is not None:
        reasons, missing = _reviewer_lines(decision, proposal, lang)
        tool = proposal.rating if proposal and proposal.status != "needs_review" else None
        return GapUnit(id=unit.id, text=unit.text or "", rating=rating,
                       missing=_expected_missing(assessment, unit, proposal, found, lang, missing),
                       reasons=tuple(reasons),
                       reviewer=decision.reviewer, note=decision.note, action=decision.action,
                       proposed=tool if tool != decision.rating else None)
    return GapUnit(id=unit.id, text=unit.text or "", rating=rating,
                   missing=_expected_missing(assessment, unit, proposal, found, lang,
                                             [text(x, lang) for x in proposal.missing] if proposal else []),
                   reasons=tuple(text(r, lang) for r in proposal.reasons) if proposal else (),
                   suggested=proposal.suggested if proposal and rating is None else None)


def _expected_missing(assessment: Assessment, unit: Item | SubItem, proposal: Proposal | None, found: set[str],
                      lang: str, missing: list[str] | None = None) -> tuple[str, ...]:
    """What a unit lacks: ``missing`` (the proposal's), else the evidence kinds it expects and lacks,
    plus the thresholds it must meet with what the documents show."""
    missing = list(missing or [])
    if not missing:
        missing = [t("report.missing_kind", lang).format(kind=kind_label(k, lang))
                   for k in expected_kinds(assessment, unit) if k not in found]
    shown = {f.name: f.value for f in (proposal.facts if proposal else ()) if isinstance(f, Fact)}
    for th in unit.thresholds:
        if th.kind == "standard_ref" or any(th.text in x for x in missing):
            continue  # not a limit, or the proposal already says how it falls short
        line = t("report.missing_threshold", lang).format(text=th.text)
        if shown.get(th.name) is not None:
            line += t("report.missing_found", lang).format(value=shown[th.name])
        missing.append(line)
    return tuple(missing)
