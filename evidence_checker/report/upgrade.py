"""What the advanced standard asks beyond the general one, for an enterprise assessed at general.

Items are paired by part and title (the numbering differs between the levels), rated units within a
pair by the similarity of their text; thresholds of paired units are compared by name
(``training_min_per_year`` 1 → 2, ``late_tax_declaration_rate_max`` 5% → 3%, ``window_years``
1年内 → 2年内). Evidence coverage comes from the matcher run on the stored passages against the
advanced assessment, when the matcher is available.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..catalog import Assessment, CatalogError, Item, SubItem, Threshold
from ..results import EvidenceHit

PAIR_CUTOFF = 60.0  # fuzz.ratio of unit texts below which an advanced unit counts as new
LONGER_IS_STRICTER = ("window", "consecutive_quarters", "retention")


@dataclass(frozen=True)
class ThresholdChange:
    name: str
    general: str  # the phrase in the general standard (每年参加1次以上)
    advanced: str  # the phrase in the advanced standard (每年参加2次以上)
    stricter: bool | None  # None when the direction cannot be told


@dataclass(frozen=True)
class LevelChange:
    """One advanced rated unit that asks more than the general standard."""

    kind: str  # new_item | new_unit | stricter | changed (other numbers, direction not typed)
    item: str  # advanced item id
    title: str
    category: str
    unit: str  # advanced unit id
    text: str  # advanced text
    general_unit: str | None
    general_text: str
    thresholds: tuple[ThresholdChange, ...] = ()


def level_changes(general: Assessment, advanced: Assessment) -> list[LevelChange]:
    """Every advanced unit that is new or carries a stricter (or otherwise changed) number, in the
    advanced standard's order."""
    gen_items = {(i.part, i.title): i for i in general.scored_items}
    out: list[LevelChange] = []
    for item in advanced.scored_items:
        gen = gen_items.get((item.part, item.title))
        if gen is None:
            out += [_change("new_item", item, u, None) for u in item.rated_units]
            continue
        pairs = pair_units(item.rated_units, gen.rated_units)
        for unit in item.rated_units:
            g = pairs.get(unit.id)
            if g is None:
                out.append(_change("new_unit", item, unit, None))
                continue
            changes = compare_thresholds(g.thresholds, unit.thresholds)
            if changes:
                kind = "stricter" if all(c.stricter for c in changes) else "changed"
                out.append(_change(kind, item, unit, g, changes))
            elif _names(g.thresholds) != _names(unit.thresholds):
                out.append(_change("changed", item, unit, g))
    return out


def pair_units(adv: tuple[Item | SubItem, ...], gen: tuple[Item | SubItem, ...]) -> dict[str, Item | SubItem]:
    """Advanced unit id → its general counterpart: greedy one-to-one by text similarity."""
    scored = sorted(((fuzz.ratio(a.text or "", g.text or ""), a.id, g.id) for a in adv for g in gen), reverse=True)
    by_id = {g.id: g for g in gen}
    pairs: dict[str, Item | SubItem] = {}
    used: set[str] = set()
    for score, aid, gid in scored:
        if score < PAIR_CUTOFF:
            break
        if aid not in pairs and gid not in used:
            pairs[aid] = by_id[gid]
            used.add(gid)
    return pairs


def compare_thresholds(gen: tuple[Threshold, ...], adv: tuple[Threshold, ...]) -> tuple[ThresholdChange, ...]:
    """Thresholds present at both levels (by name) whose value differs."""
    by_name = {th.name: th for th in gen}
    out = []
    for a in adv:
        g = by_name.get(a.name)
        if g is None or g.value == a.value or a.kind == "standard_ref":
            continue
        out.append(ThresholdChange(a.name, g.text, a.text, _stricter(g, a)))
    return tuple(out)


def _names(ths: tuple[Threshold, ...]) -> set[str]:
    return {th.name for th in ths if th.kind != "standard_ref"}


def _stricter(gen: Threshold, adv: Threshold) -> bool | None:
    if adv.kind in LONGER_IS_STRICTER:
        return adv.value > gen.value
    if adv.op in (">=", ">"):
        return adv.value > gen.value
    if adv.op in ("<=", "<"):
        return adv.value < gen.value
    return None


def _change(kind: str, item: Item, unit: Item | SubItem, gen: Item | SubItem | None,
            thresholds: tuple[ThresholdChange, ...] = ()) -> LevelChange:
    return LevelChange(kind=kind, item=item.id, title=item.title, category=item.category, unit=unit.id,
                       text=unit.text or "", general_unit=gen.id if gen else None,
                       general_text=(gen.text or "") if gen else "", thresholds=thresholds)


def coverage(passages: list[dict], advanced: Assessment, *, profile=None) -> dict[str, list[EvidenceHit]] | None:
    """Evidence per advanced unit from the stored passages, or None when the matcher is not available."""
    try:
        from ..match import match_passages
    except ImportError:
        return None
    try:
        return match_passages(passages, advanced, profile=profile, top_k=3)
    except CatalogError:  # no lexicon for this edition: coverage unknown
        return None
