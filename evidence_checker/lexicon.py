"""The matching lexicons (``standards/<edition>/lexicon.yaml``): per rated unit the key concepts with
their real-world variants, weighted core vs supporting terms, negative terms and expected evidence kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .catalog import CatalogError, edition_root
from .data import read_yaml

KINDS = ("policy", "record", "statement")


@dataclass(frozen=True)
class UnitLexicon:
    """The terms of one rated unit, synonyms expanded: each term maps to its canonical form."""

    unit_id: str
    level: str
    core: dict[str, str]  # term (normalised form as written or a variant) -> canonical term
    support: dict[str, str]
    negative: tuple[str, ...]
    kinds: tuple[str, ...]
    source: str  # "advanced/common.1.1" — the entry it came from (same_as resolved)


@dataclass(frozen=True)
class Lexicon:
    edition: str
    weights: dict[str, float]
    kinds: dict[str, tuple[str, ...]]
    synonyms: dict[str, tuple[str, ...]]
    stop_terms: frozenset[str]
    units: dict[tuple[str, str], UnitLexicon]  # (level, unit id) -> lexicon
    compound_gap: int = 0  # the two words of a compound term stand at most this many characters apart

    def unit(self, level: str, unit_id: str) -> UnitLexicon | None:
        return self.units.get((level, unit_id))

    def all_terms(self) -> set[str]:
        terms: set[str] = set()
        for u in self.units.values():
            terms.update(u.core)
            terms.update(u.support)
            terms.update(u.negative)
        for words in self.kinds.values():
            terms.update(words)
        return terms


COMPOUND = "+"  # a term "供应链安全+培训": both words in one passage, close (培训主题: 供应链安全：…; compound_gap)


def _expand(terms: list[str], groups: dict[str, tuple[str, ...]], index: dict[str, str]) -> dict[str, str]:
    """Each term with its synonyms, and compounds rewritten through them: 内审报告 → 内部审计报告."""
    out: dict[str, str] = {}
    for term in terms:
        joined = term.replace(COMPOUND, "")  # (a compound is the concept its words make together)
        canonical = index.get(joined, joined) if COMPOUND in term else index.get(term, term)
        out.setdefault(term, canonical)
        for variant in (canonical,) + groups.get(canonical, ()):
            out.setdefault(variant, canonical)
        if term in index:
            continue
        for member, group in index.items():
            if len(member) >= 2 and member != term and member in term:
                for other in (group,) + groups.get(group, ()):
                    if other != member:
                        out.setdefault(term.replace(member, other), canonical)
    # a compound is the concept of its joined words where the list has them (反恐+培训 is 反恐培训's): one
    # passage saying 贸易安全培训 shows that concept once
    for term, canonical in list(out.items()):
        joined = term.replace(COMPOUND, "")
        if COMPOUND in term and joined in out and COMPOUND not in out[joined]:
            out[term] = out[joined]
    return out


def load_lexicon_from(path: Path, edition: str = "") -> Lexicon:
    """Read and resolve a lexicon file; :class:`CatalogError` names the file and the unit on errors."""
    name = path.name
    try:
        data = read_yaml(path)
    except FileNotFoundError:
        raise CatalogError(f"{path}: lexicon file missing") from None
    except yaml.YAMLError as e:
        raise CatalogError(f"{name}: not valid YAML: {e}") from None
    groups = {str(k): tuple(str(v) for v in (vs or ())) for k, vs in (data.get("synonyms") or {}).items()}
    index: dict[str, str] = {}
    for canonical, variants in groups.items():
        for v in (canonical,) + variants:
            index.setdefault(v, canonical)
    kinds = {k: tuple(v) for k, v in (data.get("kinds") or {}).items()}
    weights = {"core": 1.0, "support": 0.4, **(data.get("weights") or {})}
    raw_units = data.get("units") or {}
    units: dict[tuple[str, str], UnitLexicon] = {}
    for level, entries in raw_units.items():
        for uid, entry in (entries or {}).items():
            src_level, src_id, resolved = level, uid, entry or {}
            if "same_as" in resolved:
                ref = str(resolved["same_as"])
                if "/" not in ref:
                    raise CatalogError(f"{name}: units.{level}.{uid}: same_as {ref!r} must be LEVEL/UNIT_ID")
                src_level, src_id = ref.split("/", 1)
                resolved = (raw_units.get(src_level) or {}).get(src_id)
                if not resolved or "same_as" in resolved:
                    raise CatalogError(f"{name}: units.{level}.{uid}: same_as {ref!r} does not name a full entry")
            bad = [k for k in resolved.get("kinds", []) if k not in KINDS]
            if bad:
                raise CatalogError(f"{name}: units.{level}.{uid}: unknown kinds {bad}")
            units[(level, uid)] = UnitLexicon(
                unit_id=uid, level=level,
                core=_expand([str(t) for t in resolved.get("core") or []], groups, index),
                support=_expand([str(t) for t in resolved.get("support") or []], groups, index),
                negative=tuple(str(t) for t in resolved.get("negative") or []),
                kinds=tuple(resolved.get("kinds") or ()),
                source=f"{src_level}/{src_id}",
            )
    units = _one_concept_per_term(units, groups)
    gap = data.get("compound_gap", 0)
    if not isinstance(gap, int) or gap < 0:
        raise CatalogError(f"{name}: compound_gap: expected a whole number of characters, got {gap!r}")
    for (level, uid), u in units.items():
        bad = [t for t in u.core if COMPOUND in t and len([w for w in t.split(COMPOUND) if w]) != 2]
        if bad:
            raise CatalogError(f"{name}: units.{level}.{uid}: a compound term joins two words: {bad[0]!r}")
    return Lexicon(edition=edition, weights=weights, kinds=kinds, synonyms=groups,
                   stop_terms=frozenset(str(t) for t in data.get("stop_terms") or ()), units=units,
                   compound_gap=gap)


def _one_concept_per_term(units: dict[tuple[str, str], UnitLexicon],
                          groups: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], UnitLexicon]:
    """One concept per term across the units. A term resolved through one unit's list (供应链安全+培训 is
    贸易安全培训 where the list has that word) and another's (供应链安全培训 where it does not) names the same
    concept in both: the matcher indexes a passage's terms once for all units, so two names for one
    concept would hide the term from the unit whose name lost. The concepts a term joins are merged, under
    the synonym list's own word where one is, else the shortest (then first in order) name."""
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.setdefault(c, c) != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    seen: dict[str, str] = {}
    for u in units.values():
        for mapping in (u.core, u.support):
            for term, canon in mapping.items():
                if term in seen:
                    a, b = find(seen[term]), find(canon)
                    if a != b:
                        keep = min((a, b), key=lambda c: (c not in groups, len(c), c))
                        parent[a if keep == b else b] = keep
                else:
                    seen[term] = canon
    if all(find(c) == c for c in list(parent)):
        return units
    return {k: replace(u, core={t: find(c) for t, c in u.core.items()},
                       support={t: find(c) for t, c in u.support.items()}) for k, u in units.items()}


@lru_cache(maxsize=4)
def load_lexicon(edition: str = "2018-177") -> Lexicon:
    return load_lexicon_from(edition_root(edition) / "lexicon.yaml", edition)
