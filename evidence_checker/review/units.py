"""What a reviewer sees of each rated unit (the standard's text, the proposal, its evidence, the
current decision), and the live score: confirmed ratings where people decided, proposals elsewhere.

Shared by the workbook (``excel.py``) and the web page (``web.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog import Assessment, Item, SubItem, load_standard
from ..results import EvidenceHit, Proposal, Results
from ..score import ScoreResult, score
from . import Decision
from .store import LABELS, UnitState
from .texts import rating_label, tr

FILTERS = {
    "all": "全部",
    "unreviewed": "未复核",
    "needs_review": "待人工判断",
    "overridden": "已改判",
    "stale": "需复核（证据已变化）",
}


@dataclass(frozen=True)
class UnitView:
    """One rated unit as a reviewer sees it."""

    id: str
    item: Item
    unit: Item | SubItem
    proposal: Proposal | None
    hits: tuple[EvidenceHit, ...]
    state: UnitState

    @property
    def text(self) -> str:
        """The standard's words for the unit."""
        return standard_words(self.item, self.unit)

    @property
    def label(self) -> str:
        return f"({self.unit.number})" if isinstance(self.unit, SubItem) else str(self.item.number)

    @property
    def decision(self) -> Decision | None:
        return self.state.decision

    @property
    def needs_review(self) -> bool:
        return self.proposal is None or self.proposal.status == "needs_review" or self.proposal.rating is None

    @property
    def status(self) -> str:
        """unreviewed | confirmed | overridden | stale."""
        d = self.decision
        if d is None:
            return "unreviewed"
        return "stale" if d.stale else ("overridden" if d.action == "override" else "confirmed")

    def matches(self, flt: str) -> bool:
        if flt == "unreviewed":
            return self.decision is None
        if flt == "needs_review":
            return self.needs_review
        if flt == "overridden":
            return self.decision is not None and self.decision.action == "override"
        if flt == "stale":
            return self.state.stale
        return True

    def search(self, *, rating: str = "", category: str = "", q: str = "") -> bool:
        """The finer filters of the list page: the rating counted now (``unrated`` for none), the
        item's category, and words anywhere in the id, the item's title, the standard's text or the
        proposal's reasons (every word must be found)."""
        if rating and (self.effective[0] or "unrated") != rating:
            return False
        if category and self.item.category != category:
            return False
        if q:
            hay = " ".join([self.id, self.item.title, self.text] + list(self.proposal.reasons if self.proposal else ()))
            return all(word in hay for word in q.split())
        return True

    @property
    def confirmable(self) -> bool:
        """Not decided yet and the tool proposed a rating: one click confirms it."""
        return self.decision is None and not self.needs_review

    @property
    def effective(self) -> tuple[str | None, str]:
        """(rating, source) counted in the live score: ``confirmed``, ``proposed`` or ``unrated``."""
        if self.decision is not None:
            return self.decision.rating, "confirmed"
        if not self.needs_review:
            return self.proposal.rating, "proposed"
        return None, "unrated"

    @property
    def proposal_label(self) -> str:
        return self.proposal_text("zh")

    def proposal_text(self, lang: str = "zh") -> str:
        """The proposal in words (达标, 待人工判断（倾向基本达标）, 无建议 …) in ``lang``."""
        def name(r: str) -> str:
            return LABELS.get(r, r) if lang == "zh" else rating_label(r, lang)

        p = self.proposal
        if p is None:
            return tr("proposal.none", lang)
        if p.rating is None:
            return tr("needs_review", lang) + (tr("proposal.leaning", lang, rating=name(p.suggested))
                                               if p.suggested in LABELS else "")
        return name(p.rating) + (tr("proposal.needs_review", lang) if p.status == "needs_review" else "")


def standard_words(item: Item, unit: Item | SubItem) -> str:
    """The standard's words for a rated unit: a sub-item's text, else its item's text or title."""
    return unit.text if isinstance(unit, SubItem) else (item.text or item.title)


def filter_names(lang: str = "zh") -> dict[str, str]:
    """The list page's status filters named in ``lang`` (same keys as :data:`FILTERS`)."""
    return FILTERS if lang == "zh" else {k: tr(f"filter.{k}", lang) for k in FILTERS}


def assessment_of(results: Results, lang: str = "zh") -> Assessment:
    """The run's assessment, its titles and texts in ``lang`` (:func:`in_language`)."""
    run = results.run
    return in_language(load_standard(run.get("edition") or "2018-177").assessment(run["level"], run["business_type"]),
                       lang)


def in_language(assessment: Assessment, lang: str) -> Assessment:
    """The same assessment with the standard's titles and texts in ``lang`` (English: the edition's
    unofficial translation, :mod:`evidence_checker.translation`); ids and scoring unchanged."""
    from ..translation import localized

    std = localized(assessment.standard, lang)
    return assessment if std is assessment.standard else std.assessment(assessment.level, assessment.business_type)


def unit_views(assessment: Assessment, results: Results, states: dict[str, UnitState]) -> list[UnitView]:
    """Every rated unit of the assessment, in printed order."""
    out = []
    for item, unit in assessment.rated_units():
        hits = tuple(results.evidence.get(unit.id, ()))
        proposal = results.proposals.get(unit.id)
        if not hits and proposal is not None:  # evidence only named by passage id
            hits = tuple(EvidenceHit(passage_id=pid, path=p["path"], page=p.get("page"),
                                     locator=p.get("locator", ""), text=p.get("text", ""), score=0.0, why={})
                         for pid in proposal.evidence if (p := results.passages.get(pid)))
        st = states.get(unit.id) or UnitState(unit.id, 0, None, False, None)
        out.append(UnitView(id=unit.id, item=item, unit=unit, proposal=proposal, hits=hits, state=st))
    return out


@dataclass(frozen=True)
class LiveScore:
    """The official scoring of what is known now, and where each rating came from."""

    result: ScoreResult
    confirmed: int
    proposed: int
    unrated: int
    stale: int


def live_score(assessment: Assessment, views: list[UnitView]) -> LiveScore:
    """``score()`` on confirmed ratings, proposals for the rest; needs-review units without a decision
    stay unrated (未评)."""
    ratings: dict[str, str] = {}
    count = {"confirmed": 0, "proposed": 0, "unrated": 0}
    for v in views:
        rating, source = v.effective
        count[source] += 1
        if rating is not None:
            ratings[v.id] = rating
    result = score(assessment, ratings)
    return LiveScore(result=result, stale=sum(1 for v in views if v.state.stale), **count)
