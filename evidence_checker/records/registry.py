"""Evaluators registered by name and version, and the edition data that says which unit each rates.

An evaluator is a function ``(ctx, item, unit, params) -> RecordVerdict | None`` registered with
:func:`register` (as spaCy registers components). Which evaluator rates a unit, and with which
parameters, is edition data: ``standards/<edition>/evaluators.yaml``::

    defaults:                       # parameters every unit of an evaluator gets
      records.penalties: {customs: [海关监管], …}
    units:
      advanced:                     # level
        importer.7.3: {rule: records.penalties, either_or: true}
        importer.8.1: {rule: records.quarterly_indicators, indicators: [{indicator: 查获比率, above: false}]}

``rule`` may carry a version (``records.penalties@1``); loading fails with a CatalogError naming the
file, the level, the unit and the field when a rule is unknown, a version does not match, a
parameter is not one the evaluator takes, or a unit id is not in the edition.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

import yaml

from ..catalog import CatalogError, Standard
from ..data import read_yaml

EVALUATORS_FILE = "evaluators.yaml"


@dataclass(frozen=True)
class Evaluator:
    """A registered evaluator: its name, version, the parameters it reads, and the function."""

    name: str
    version: int
    params: frozenset[str]
    fn: Callable[..., Any]

    @property
    def short(self) -> str:
        """The function's short name (``penalties``), kept for served_units' legacy output."""
        return self.fn.__name__.removeprefix("_eval_")


_REGISTRY: dict[str, Evaluator] = {}


def register(name: str, *, version: int = 1, params: tuple[str, ...] = ()):
    """Register ``fn`` as the evaluator ``name`` (version ``version``) taking ``params``."""
    def deco(fn):
        old = _REGISTRY.get(name)
        if old is not None and old.fn.__qualname__ != fn.__qualname__:
            raise ValueError(f"evaluator {name!r} registered twice ({old.fn.__qualname__}, {fn.__qualname__})")
        _REGISTRY[name] = Evaluator(name, version, frozenset(params), fn)
        return fn
    return deco


def registered() -> dict[str, Evaluator]:
    """Every registered evaluator by name (importing :mod:`evidence_checker.records` registers them)."""
    return dict(_REGISTRY)


@dataclass(frozen=True)
class RuleRef:
    """One unit's evaluator and its parameters (defaults merged with the unit's own)."""

    evaluator: Evaluator
    params: Mapping[str, Any]

    def __call__(self, ctx, item, unit):
        return self.evaluator.fn(ctx, item, unit, self.params)


def _resolve(spec: object, where: str) -> Evaluator:
    if not isinstance(spec, str) or not spec:
        raise CatalogError(f"{where}: rule: must name an evaluator (e.g. records.penalties)")
    name, _, version = spec.partition("@")
    ev = _REGISTRY.get(name)
    if ev is None:
        raise CatalogError(f"{where}: rule: unknown evaluator {name!r} (registered: {', '.join(sorted(_REGISTRY))})")
    if version and version != str(ev.version):
        raise CatalogError(f"{where}: rule: {name} is version {ev.version}, the data asks for {version}")
    return ev


def load_rule_map(std: Standard) -> dict[str, dict[str, RuleRef]]:
    """level → unit id → RuleRef, from the edition's ``evaluators.yaml`` ({} when it has none)."""
    return _load(std.root, std.edition, _unit_ids(std))


def _unit_ids(std: Standard) -> tuple[tuple[str, frozenset[str]], ...]:
    ids: dict[str, set[str]] = {}
    for t in std.tables:
        for item in t.items:
            ids.setdefault(t.level, set()).add(item.id)
            ids[t.level].update(s.id for s in item.subitems)
    return tuple((lvl, frozenset(v)) for lvl, v in sorted(ids.items()))


@lru_cache(maxsize=8)
def _load(root: Path, edition: str, unit_ids: tuple[tuple[str, frozenset[str]], ...]
          ) -> dict[str, dict[str, RuleRef]]:
    path = Path(root) / EVALUATORS_FILE
    if not path.exists():
        return {}
    try:
        data = read_yaml(path) or {}
    except yaml.YAMLError as e:
        raise CatalogError(f"{EVALUATORS_FILE}: not valid YAML: {e}") from None
    if not isinstance(data, dict) or set(data) - {"defaults", "units"}:
        raise CatalogError(f"{EVALUATORS_FILE}: top level must be a mapping with defaults and units")
    defaults: dict[str, dict] = {}
    for spec, params in (data.get("defaults") or {}).items():
        ev = _resolve(spec, f"{EVALUATORS_FILE}: defaults")
        unknown = set(params or {}) - ev.params
        if unknown:
            raise CatalogError(f"{EVALUATORS_FILE}: defaults.{spec}: {ev.name} takes no parameter "
                               f"{', '.join(sorted(unknown))} (it takes: {', '.join(sorted(ev.params)) or 'none'})")
        defaults[ev.name] = dict(params or {})
    known = dict(unit_ids)
    out: dict[str, dict[str, RuleRef]] = {}
    for level, units in (data.get("units") or {}).items():
        if level not in known:
            raise CatalogError(f"{EVALUATORS_FILE}: units.{level}: edition {edition} has no level {level!r}")
        for uid, raw in (units or {}).items():
            where = f"{EVALUATORS_FILE}: units.{level}.{uid}"
            if uid not in known[level]:
                raise CatalogError(f"{where}: no such unit in edition {edition}")
            if not isinstance(raw, dict):
                raise CatalogError(f"{where}: must be a mapping with rule and its parameters")
            ev = _resolve(raw.get("rule"), where)
            params = {k: v for k, v in raw.items() if k != "rule"}
            unknown = set(params) - ev.params
            if unknown:
                raise CatalogError(f"{where}: {ev.name} takes no parameter {', '.join(sorted(unknown))} "
                                   f"(it takes: {', '.join(sorted(ev.params)) or 'none'})")
            out.setdefault(level, {})[uid] = RuleRef(ev, MappingProxyType({**defaults.get(ev.name, {}), **params}))
    return out
