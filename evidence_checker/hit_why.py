"""Why a passage was chosen as evidence for a unit, typed, as it crosses from match to propose to the
reports.

The matcher writes the reasons as a mapping (``terms``, ``concepts``, ``core``, ``fuzzy``, ``name``,
``kind``, ``parts`` …; see :func:`evidence_checker.match` and ``support.py``, which adds ``role``);
:class:`Why` gives it a type at the boundary: an :class:`~evidence_checker.results.EvidenceHit` holds a
``Why``, readers ask for ``terms``, ``kind``, ``role``, ``parts`` instead of probing keys, and
``evidence.json`` keeps the same JSON. A ``Why`` is a mapping of its fields (no setter), so code that
reads or unpacks it by key (``{**hit.why, "role": …}``) keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .fields import Fields


@dataclass(frozen=True, eq=False)
class Why(Fields):
    """The reasons a passage was chosen, as the matcher (and support.py) wrote them."""

    fields: dict

    @classmethod
    def of(cls, raw: object) -> Why:
        """``raw`` (a mapping, or None for no reasons) as a Why; a Why stays itself."""
        if isinstance(raw, Why):
            return raw
        return cls(dict(raw) if isinstance(raw, Mapping) else {})


    @property
    def terms(self) -> list[str]:
        """The lexicon's words found in the passage, as written there."""
        return list(self.fields.get("terms") or [])

    @property
    def concepts(self) -> list[str]:
        return list(self.fields.get("concepts") or [])

    @property
    def kind(self) -> str | None:
        """The passage's kind of evidence (policy | record | statement | form | other), when known."""
        k = self.fields.get("kind")
        return str(k) if k else None

    @property
    def role(self) -> str | None:
        """The passage's role for the unit (support.py: content or a pointer), when assigned."""
        r = self.fields.get("role")
        return str(r) if r else None

    @property
    def parts(self) -> dict[str, float]:
        """The parts of the score (terms, fuzzy, name, kind)."""
        return dict(self.fields.get("parts") or {})

    def to_json(self) -> dict:
        return dict(self.fields)
