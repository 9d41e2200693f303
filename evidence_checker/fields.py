"""A read-only mapping of named fields with a type: the shared base of :class:`~evidence_checker.hit_why.Why`
and :class:`~evidence_checker.proposal_facts.Fact` (typed at a boundary, still read by key)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class Fields(Mapping):
    """Its ``fields`` as a mapping (no setter); subclasses add typed accessors."""

    fields: Mapping[str, object]

    def __getitem__(self, key: str) -> object:
        return self.fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self.fields)!r})"
