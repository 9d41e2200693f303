"""The human step: people confirm or override every proposal; the store keeps the history.

Shared interface (used by ``report`` and ``check``):

- :class:`Decision` — the current human decision on one rated unit;
- ``confirmed_ratings(out_dir) -> dict[str, Decision]`` — the current decisions of a run's review
  store (``out_dir/review.sqlite``), empty when nobody has reviewed yet (see ``store.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    """A person's current rating of a rated unit (the latest confirmation or override)."""

    unit_id: str
    rating: str  # compliant | basically_compliant | non_compliant | not_applicable
    action: str  # confirm | override
    reviewer: str
    note: str
    at: str  # ISO timestamp
    stale: bool = False  # 需复核: the evidence it was based on changed or disappeared since


def confirmed_ratings(out_dir, *, db: str | None = None) -> dict[str, Decision]:
    """The current human decision per rated unit of a run folder (``{}`` when nobody has reviewed).

    Stale decisions (evidence changed since) are included with ``stale=True``; the caller decides
    whether to count them. ``db`` (or ``$EVIDENCE_CHECKER_REVIEW_DB``) names a shared database URL.
    """
    from .store import confirmed_ratings as _confirmed

    return _confirmed(out_dir, db=db)
