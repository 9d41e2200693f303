"""The typed fact a proposal rests on, as it crosses from the rules (records/, propose) to the reports.

The rules write a fact as a small mapping (``{"threshold": "training_min_per_year", "required": 2,
"found": 1}``, ``{"kind": "indicator", "name": "late_tax_rate", "value": 0.002, "limit": 0.001}``,
``{"rule": "condition", "flags": [...]}``); :class:`Fact` gives it a type at the boundary — a
:class:`~evidence_checker.results.Proposal` holds ``Fact`` objects, reports ask them for their
``kind``, ``name``, ``value`` and ``source`` instead of probing keys, and ``proposals.json`` keeps the
same JSON. A ``Fact`` is a mapping of its fields (read through ``Mapping``: no setter), so code that
reads fields by key keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .fields import Fields

NAME_KEYS = ("threshold", "name")  # what a fact is about: a threshold of the unit, or a named indicator
VALUE_KEYS = ("found", "value", "stated_years")  # the number the documents show


@dataclass(frozen=True, eq=False)
class Fact(Fields):
    """One fact: its fields as written in proposals.json, read-only, with typed accessors."""

    fields: Mapping[str, object]

    @classmethod
    def of(cls, raw: object) -> Fact | object:
        """``raw`` as a Fact when it is a mapping (a Fact stays itself); plain text facts pass through."""
        if isinstance(raw, Fact) or not isinstance(raw, Mapping):
            return raw
        return cls(dict(raw))  # a copy: later changes to ``raw`` do not reach it (and it pickles)


    @property
    def kind(self) -> str:
        """What sort of fact: the written ``kind`` (indicator, audit_opinion, penalty, financial_ratios
        …), else ``threshold`` (a number the unit requires), ``rule`` (applicability), ``check`` (a
        record check), or ``observation`` (dates, elements and other findings)."""
        if self.fields.get("kind"):
            return str(self.fields["kind"])
        for key in ("threshold", "rule", "check"):
            if self.fields.get(key):
                return key
        return "observation"

    @property
    def name(self) -> str | None:
        """The threshold or indicator it is about (None for other facts)."""
        return next((str(self.fields[k]) for k in NAME_KEYS if self.fields.get(k)), None)

    @property
    def value(self) -> object | None:
        """The number the documents show (None when the fact has none)."""
        return next((self.fields[k] for k in VALUE_KEYS if self.fields.get(k) is not None), None)

    @property
    def source(self) -> tuple[str, int | None] | None:
        """(file, row) of the record it was read from, None when it was not read from a record file."""
        file = self.fields.get("file")
        return (str(file), self.fields.get("row")) if file else None

    def to_json(self) -> dict:
        return dict(self.fields)


def facts_of(raw) -> tuple:
    """Facts as :class:`Fact` objects (plain text facts stay text)."""
    return tuple(Fact.of(f) for f in raw or ())


def facts_json(facts) -> list:
    return [f.to_json() if isinstance(f, Fact) else f for f in facts]
