"""Run-to-run comparison from the review store: every ``check`` of a bundle is recorded there (its
proposals per unit, their evidence); with the decisions people had made by then, each run has a
score. :func:`run_history` gives the score of every run (the readiness trend) and what changed
since the previous run: the score, the items whose rating changed, the units whose evidence is new
or gone.

The ratings of a run are the same set everything else uses (confirmed over proposed): a run's
proposals, overlaid with the latest decision made while that run (or an earlier one) was current.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..catalog import load_standard
from .store import DB_ENV, DB_FILE, DECISIONS, events, open_store, proposals, runs


@dataclass(frozen=True)
class RunPoint:
    """One recorded run: when, its score and verdict."""

    id: int
    recorded_at: str
    total: int
    passed: bool
    unrated: int


@dataclass(frozen=True)
class ItemChange:
    item: str
    title: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class EvidenceChange:
    unit: str
    added: tuple[str, ...]  # passage ids new in this run
    removed: tuple[str, ...]  # passage ids the previous run cited and this one does not


@dataclass(frozen=True)
class RunHistory:
    points: tuple[RunPoint, ...]  # oldest first; the last is the current run
    items: tuple[ItemChange, ...]  # items whose rating changed since the previous run
    evidence: tuple[EvidenceChange, ...]

    @property
    def previous(self) -> RunPoint | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def current(self) -> RunPoint:
        return self.points[-1]


def run_history(out_dir: str | Path, *, db: str | None = None) -> RunHistory | None:
    """The runs recorded for the run folder's assessment (None when there is no store or one run)."""
    from ..score import score

    folder = Path(out_dir)
    if not (db or os.environ.get(DB_ENV)) and not (folder / DB_FILE).exists():
        return None
    store = open_store(folder, db=db)
    try:
        with store.engine.connect() as conn:
            rs = list(conn.execute(select(runs).where(runs.c.assessment == store.assessment).order_by(runs.c.id)))
            if len(rs) < 2:
                return None
            props = {r.id: {p.unit_id: p for p in conn.execute(select(proposals).where(proposals.c.run_id == r.id))}
                     for r in rs}
            evs = list(conn.execute(select(events).where(events.c.assessment == store.assessment,
                                                         events.c.kind.in_(DECISIONS)).order_by(events.c.id)))
    finally:
        store.close()
    last = rs[-1]
    assessment = load_standard(last.edition).assessment(last.level, last.business_type)
    points, results = [], {}
    for r in rs:
        ratings = {u: p.rating for u, p in props[r.id].items() if p.status != "needs_review" and p.rating}
        for e in evs:  # in order: the latest decision made up to this run wins
            if e.run_id is not None and e.run_id <= r.id and e.rating:
                ratings[e.unit_id] = e.rating
        res = score(assessment, ratings)
        results[r.id] = res
        points.append(RunPoint(r.id, r.recorded_at, res.total, res.passed, len(res.unrated)))
    prev, cur = results[rs[-2].id], results[last.id]
    before = {i.id: i for i in prev.items if i.branch is None}
    items = tuple(ItemChange(i.id, i.title, before[i.id].rating if i.id in before else None, i.rating)
                  for i in cur.items if i.branch is None and (before[i.id].rating if i.id in before else None) != i.rating)
    changes = []
    for uid, p in props[last.id].items():
        old = props[rs[-2].id].get(uid)
        now_ids, old_ids = json.loads(p.evidence or "[]"), json.loads(old.evidence or "[]") if old else []
        added = tuple(x for x in now_ids if x not in old_ids)
        removed = tuple(x for x in old_ids if x not in now_ids)
        if added or removed:
            changes.append(EvidenceChange(uid, added, removed))
    return RunHistory(tuple(points), items, tuple(changes))
