"""Gold annotations: the official result of a set of ratings, and gold.yaml assembly.

``official_result`` applies attachment 1 (说明) of Announcement 2018 No.177 as NOTES.md §2 reads
it: an item takes its worst applicable sub-item; 不适用 counts nowhere; items marked 见单项标准
(申报规范/传输规范 of the general standard) are not scored (they are not rated units); total =
100 + sum of item scores; pass iff no item at -2, at most 3 基本达标 items in 内部控制 + 贸易安全
(combined by default, or per category), and total >= 95. It is kept independent of the project's
scoring module on purpose, so the two can be checked against each other.
"""

from __future__ import annotations

import os
from pathlib import Path

RATINGS = ("compliant", "basically_compliant", "non_compliant", "not_applicable")
_SEVERITY = {"compliant": 0, "basically_compliant": 1, "non_compliant": 2}


def load_catalog(edition: str = "2018-177"):
    """The standard from the project's catalog; ``CORPORA_STANDARDS_DIR`` may point at another
    standards root (``<root>/<edition>/``), e.g. draft tables while the catalog is being written."""
    from evidence_checker.catalog import load_standard, load_standard_from

    root = os.environ.get("CORPORA_STANDARDS_DIR")
    if root:
        return load_standard_from(Path(root) / edition)
    return load_standard(edition)


def rated_unit_ids(assessment) -> list[str]:
    return [unit.id for _item, unit in assessment.rated_units()]


def item_rating(unit_ratings: list[str]) -> str:
    applicable = [r for r in unit_ratings if r != "not_applicable"]
    if not applicable:
        return "not_applicable"
    return max(applicable, key=_SEVERITY.__getitem__)


def official_result(ratings: dict[str, str], assessment, scope: str = "combined") -> dict:
    """Items, total and pass/fail from unit ratings (every rated unit must be rated)."""
    rules = assessment.standard.rules
    items = []
    missing = []
    for item in assessment.scored_items:
        units = [u.id for u in item.rated_units]
        missing += [u for u in units if u not in ratings]
        r = item_rating([ratings.get(u, "not_applicable") for u in units])
        pts = rules.points[r]
        items.append({"id": item.id, "category": item.category, "rating": r, "score": pts})
    if missing:
        raise ValueError(f"unrated units: {', '.join(missing)}")
    total = rules.base_score + sum(i["score"] for i in items if i["score"] is not None)
    non_compliant = [i["id"] for i in items if i["rating"] == "non_compliant"]
    basic = [i for i in items if i["rating"] == "basically_compliant" and i["category"] in rules.basic_limit_categories]
    combined_ok = len(basic) <= rules.basic_limit_max
    per_cat_ok = all(sum(1 for i in basic if i["category"] == c) <= rules.basic_limit_max
                     for c in rules.basic_limit_categories)
    base_ok = not non_compliant and total >= rules.min_total
    passed = {"combined": base_ok and combined_ok, "per-category": base_ok and per_cat_ok}
    return {
        "total": total,
        "passed": passed[scope],
        "basic_limit_scope": scope,
        "passed_per_category": passed["per-category"],
        "non_compliant_items": non_compliant,
        "basically_compliant_items": [i["id"] for i in items if i["rating"] == "basically_compliant"],
        "basic_items_counted": [i["id"] for i in basic],
        "items": items,
    }


def expected_block(ratings: dict[str, str], assessment) -> dict:
    res = official_result(ratings, assessment, "combined")
    return {k: res[k] for k in ("total", "passed", "basic_limit_scope", "passed_per_category",
                                "non_compliant_items", "basically_compliant_items", "basic_items_counted")}


def check_options(ratings: dict[str, str], assessment) -> list[str]:
    """Ratings a unit's item does not offer (legal compliance has no 基本达标, financial no 不适用)."""
    problems = []
    for uid, r in ratings.items():
        if r not in RATINGS:
            problems.append(f"{uid}: unknown rating {r!r}")
            continue
        try:
            item = assessment.item_of(uid)
        except KeyError:
            problems.append(f"{uid}: not in the catalog")
            continue
        if r not in item.options:
            problems.append(f"{uid}: {r} is not an option of {item.id} ({item.category})")
    return problems


def check_conditions(ratings: dict[str, str], assessment, flags: dict[str, bool]) -> list[str]:
    """Units whose catalog applicability condition does not hold must be rated not_applicable."""
    problems = []
    for item, unit in assessment.rated_units():
        cond = getattr(unit, "condition", None) or item.condition
        if cond is not None and not cond.holds(flags) and ratings.get(unit.id) != "not_applicable":
            problems.append(f"{unit.id}: condition {cond.any_of or ''}{' none of ' + str(cond.none_of) if cond.none_of else ''}"
                            f" does not hold, but gold says {ratings.get(unit.id)}")
    return problems
