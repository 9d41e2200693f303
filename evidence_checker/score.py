"""The official scoring of attachment 1 (说明), as a pure function over ratings.

Read next to ``standards/2018-177/rules.yaml`` and the seed:

- a numbered item takes its worst applicable sub-item (达标 only if every applicable sub-item is
  达标; 不达标 if any is); all sub-items 不适用 → the item is 不适用;
- 不适用 scores nothing and counts nowhere;
- 申报规范/传输规范 of the general standard (见单项标准) are scored only through the single-item part;
- total = base (100) + the sum of item points; each branch's rated items are added in;
- pass iff (一) no item 不达标, (二) at most N items 基本达标 in internal control + trade security
  (``combined``, the default reading, or ``per-category``), (三) total >= the minimum (95).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalog import Assessment, Item, qualified_id

SEVERITY = {"compliant": 0, "basically_compliant": 1, "non_compliant": 2}


@dataclass(frozen=True)
class ItemResult:
    """One scored item: its rating (None when unrated), points (None when unrated or 不适用)."""

    id: str
    category: str
    title: str
    rating: str | None
    score: int | None
    branch: str | None = None
    unrated_units: tuple[str, ...] = ()
    units: dict[str, str | None] = field(default_factory=dict)  # unit id -> its rating


@dataclass(frozen=True)
class ConditionResult:
    id: str
    ok: bool
    detail: str
    items: tuple[str, ...] = ()  # the items that break it (with branch prefix where a branch's)
    detail_en: str = ""  # the same in English, for --lang en (score.json keeps the Chinese detail)


@dataclass(frozen=True)
class ScoreResult:
    edition: str
    level: str
    business_type: str
    total: int
    passed: bool
    basic_limit_scope: str
    conditions: tuple[ConditionResult, ...]
    items: tuple[ItemResult, ...]
    unrated: tuple[str, ...]
    validity: dict | None = None  # validity.Validity.to_json() when the assessment date is known
    bonus: int | None = None  # bonus points counted (after the cap) when the edition has bonus items
    readings: dict | None = None  # the readings in force (readings.yaml), when the caller records them

    def condition(self, cid: str) -> ConditionResult:
        return next(c for c in self.conditions if c.id == cid)

    def to_json(self) -> dict:
        """The ``score.json`` shape of ARCHITECTURE.md (plus item titles, branches and categories)."""
        return {
            "edition": self.edition,
            "level": self.level,
            "business_type": self.business_type,
            "total": self.total,
            "passed": self.passed,
            "basic_limit_scope": self.basic_limit_scope,
            "conditions": [{"id": c.id, "ok": c.ok, "detail": c.detail, "items": list(c.items)}
                           for c in self.conditions],
            "items": [
                {"id": i.id, "uid": qualified_id(self.edition, self.level, i.id), "category": i.category,
                 "title": i.title, "rating": i.rating, "score": i.score,
                 **({"branch": i.branch} if i.branch else {}),
                 **({"unrated": list(i.unrated_units)} if i.unrated_units else {})}
                for i in self.items
            ],
            "unrated": list(self.unrated),
            **({"bonus": self.bonus} if self.bonus is not None else {}),
            **({"readings": self.readings} if self.readings is not None else {}),
            **({"validity": self.validity} if self.validity is not None else {}),
        }


def rollup(ratings: list[str | None]) -> str | None:
    """An item's rating from its sub-items' ratings (None = unrated).

    Any 不达标 decides the item at once; otherwise an unrated sub-item leaves the item unrated;
    otherwise the worst applicable rating; all 不适用 → 不适用.
    """
    if "non_compliant" in ratings:
        return "non_compliant"
    if any(r is None for r in ratings):
        return None
    applicable = [r for r in ratings if r != "not_applicable"]
    if not applicable:
        return "not_applicable"
    return max(applicable, key=SEVERITY.__getitem__)


def score_item(item: Item, ratings: dict[str, str], *, default: str | None = None,
               points: dict[str, int | None], branch: str | None = None) -> ItemResult:
    """Score one item from unit ratings (ids of sub-items, or the item's own id when it has none)."""
    units: dict[str, str | None] = {}
    for unit in item.rated_units:
        units[unit.id] = ratings.get(unit.id, ratings.get(item.id, default))
    rating = rollup(list(units.values()))
    score = points[rating] if rating is not None else None
    unrated = tuple(u for u, r in units.items() if r is None) if rating is None else ()
    return ItemResult(id=item.id, category=item.category, title=item.title, rating=rating, score=score,
                      branch=branch, unrated_units=unrated, units=units)


@dataclass(frozen=True)
class Branch:
    """A branch office (分支机构): only its listed ratings are scored and merged with the head office."""

    name: str
    ratings: dict[str, str]


def score(assessment: Assessment, ratings: dict[str, str], *, default: str | None = None,
          branches: list[Branch] | tuple[Branch, ...] = (), basic_limit_scope: str | None = None,
          readings: dict[str, str] | None = None) -> ScoreResult:
    """Score validated ratings (unit or item id → rating value) for one assessment.

    ``default`` rates every unit not listed; without it such units are unrated and the result does
    not pass. Branch ratings are scored item by item for the items they list.
    """
    rules = assessment.standard.rules
    scope = basic_limit_scope or rules.basic_limit_scope_default
    if scope not in rules.basic_limit_scopes:
        raise ValueError(f"unknown basic-limit scope {scope!r} (expected one of {', '.join(rules.basic_limit_scopes)})")

    bonus_parts = set(rules.bonus.parts) if rules.bonus else set()
    bonus_points = ({r: (None if p is None else rules.bonus.points.get(r, 0)) for r, p in rules.points.items()}
                    if rules.bonus else {})
    results = [score_item(item, ratings, default=default,
                          points=bonus_points if item.part in bonus_parts else rules.points)
               for item in assessment.scored_items]
    for br in branches:
        listed = {assessment.item_of(uid).id for uid in br.ratings}
        for item in assessment.scored_items:
            if item.id in listed:
                # a branch is assessed on what it lists: its unlisted sub-items are not assessed there
                results.append(score_item(item, br.ratings, default="not_applicable", points=rules.points,
                                          branch=br.name))

    main = [r for r in results if r.id.split(".")[0] not in bonus_parts]
    bonus = None
    if rules.bonus:  # bonus items (附加标准) add their points up to the cap and count in no condition
        bonus = min(rules.bonus.cap, sum(r.score or 0 for r in results if r.id.split(".")[0] in bonus_parts))
    total = rules.base_score + sum(r.score for r in main if r.score is not None) + (bonus or 0)
    unrated = tuple(_label(r) for r in results if r.rating is None)

    def names(rs: list[ItemResult]) -> tuple[str, ...]:
        return tuple(_label(r) for r in rs)

    non_compliant = [r for r in main if r.rating == "non_compliant"]
    basics = [r for r in main if r.rating == "basically_compliant" and r.category in rules.basic_limit_categories]
    from .readings import chosen

    if chosen(assessment.standard.root, readings, "branch_basic_items") == "not_counted":
        basics = [r for r in basics if r.branch is None]  # the reading: branches' items only cost points
    limit = rules.basic_limit_max
    if scope == "combined":
        basic_ok = len(basics) <= limit
        cats_zh = "、".join(rules.category_labels[c] for c in rules.basic_limit_categories)
        cats_en = " and ".join((rules.category_labels_en.get(c) or c.replace("_", " ")).lower()
                               for c in rules.basic_limit_categories)
        basic_detail = f"{cats_zh}基本达标的标准项合计{len(basics)}项（上限{limit}项）"
        basic_en = f"{len(basics)} basically compliant items in {cats_en} (limit {limit})"
    else:
        counts = {c: sum(1 for r in basics if r.category == c) for c in rules.basic_limit_categories}
        basic_ok = all(n <= limit for n in counts.values())
        basic_detail = "；".join(f"{rules.category_labels[c]}基本达标{n}项" for c, n in counts.items()) + \
            f"（每类上限{limit}项）"
        basic_en = "; ".join(f"{n} basically compliant in {(rules.category_labels_en.get(c) or c.replace('_', ' ')).lower()}"
                             for c, n in counts.items()) + \
            f" (limit {limit} per category)"
    conditions = tuple(c for c in (
        ConditionResult("no_non_compliant", not non_compliant,
                        f"不达标（{rules.points['non_compliant']}分）的标准项{len(non_compliant)}项", names(non_compliant),
                        f"{len(non_compliant)} non-compliant ({rules.points['non_compliant']}) items"),
        ConditionResult("basic_limit", basic_ok, basic_detail, names(basics), basic_en),
        ConditionResult("min_total", total >= rules.min_total,
                        f"总分{total}分（须不低于{rules.min_total}分）",
                        detail_en=f"total {total} (at least {rules.min_total})"),
    ) if c.id in {pc.id for pc in rules.pass_conditions})  # the edition's pass rule names its conditions
    passed = all(c.ok for c in conditions) and not unrated
    return ScoreResult(edition=assessment.standard.edition, level=assessment.level,
                       business_type=assessment.business_type, total=total, passed=passed,
                       basic_limit_scope=scope, conditions=conditions, items=tuple(results), unrated=unrated,
                       bonus=bonus)


def _label(r: ItemResult) -> str:
    return f"{r.branch}:{r.id}" if r.branch else r.id


# ---------------------------------------------------------------------------------------------
# The way to a pass

@dataclass(frozen=True)
class Step:
    """One item to improve: from its current rating to the target, and why it is needed."""

    item: str
    category: str
    title: str
    current: str | None
    target: str
    reason: str  # rate | non_compliant | basic_limit | min_total
    gain: int  # points gained


def way_to_pass(result: ScoreResult, assessment: Assessment) -> list[Step]:
    """The smallest ordered set of item improvements that turns ``result`` into a pass.

    Order: unrated items first (they must be rated), then every 不达标 item (to 达标), then enough
    基本达标 items in the limited categories to meet the limit, then further 基本达标 items for the
    points to reach the minimum total. Items needing the fewest sub-item fixes come first within a
    group. An empty list means the result passes already.
    """
    rules = assessment.standard.rules
    points = rules.points
    steps: list[Step] = []
    bonus_parts = set(rules.bonus.parts) if rules.bonus else set()
    items = [r for r in result.items if r.id.split(".")[0] not in bonus_parts]  # bonus items are optional

    def fixes(r: ItemResult) -> int:
        return sum(1 for v in r.units.values() if v not in ("compliant", "not_applicable"))

    for r in items:
        if r.rating is None:
            steps.append(Step(_label(r), r.category, r.title, None, "compliant", "rate", 0))
    for r in sorted((r for r in items if r.rating == "non_compliant"), key=fixes):
        steps.append(Step(_label(r), r.category, r.title, r.rating, "compliant", "non_compliant",
                          points["compliant"] - points["non_compliant"]))
    chosen = {s.item for s in steps}
    basics = [r for r in items if r.rating == "basically_compliant" and _label(r) not in chosen]
    limited = [r for r in basics if r.category in rules.basic_limit_categories]
    if result.basic_limit_scope == "combined":
        groups = [limited]
    else:
        groups = [[r for r in limited if r.category == c] for c in rules.basic_limit_categories]
    for group in groups:
        excess = len(group) - rules.basic_limit_max
        for r in sorted(group, key=fixes)[:max(excess, 0)]:
            steps.append(Step(_label(r), r.category, r.title, r.rating, "compliant", "basic_limit",
                              points["compliant"] - points["basically_compliant"]))
    total = result.total + sum(s.gain for s in steps)
    chosen = {s.item for s in steps}
    # remaining 基本达标 items (any category, financial too) for the points, the easiest first
    for r in sorted((r for r in basics if _label(r) not in chosen), key=fixes):
        if total >= rules.min_total:
            break
        gain = points["compliant"] - points["basically_compliant"]
        steps.append(Step(_label(r), r.category, r.title, r.rating, "compliant", "min_total", gain))
        total += gain
    return steps
