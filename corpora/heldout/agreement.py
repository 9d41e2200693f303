"""Two auditors on one bundle: how often the writer's gold and a second, independent rating agree,
and where the tool stands against each (``python -m corpora.heldout agreement``).

A bundle's ``second.yaml`` is a second auditor's rating of every unit, made from the built bundle
alone (no gold.yaml, NOTES.md or make.py) by someone who had not seen the tool, its data or the gold
(brief: ``corpora/heldout/RATER-BRIEF.md``)::

    bundle: NAME
    rater: second
    subitems:
      common.1.1: {rating: compliant, reason: 一句话理由, unsure: true}

Figures (units the gold rates; ``person`` units left out, as in eval): how often the two auditors
agree, how often the second rates better or worse than the gold, and the tool's proposals (a
needs_review counts as not right) against the gold, against the second auditor, and on the units
where both auditors agree — there an over-optimistic 达标 is one two auditors would both refuse.
Only totals per bundle are printed: the held-out sets stay blind unit by unit. Bundles of the two sets
(gold ``set:``) are totalled apart, held-out first.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from . import HERE

POINTS = {"compliant": 0, "not_applicable": 0, "basically_compliant": -1, "non_compliant": -2}
RATED = ("compliant", "basically_compliant", "non_compliant", "not_applicable")
COUNTS = ("units", "humans_agree", "second_better", "second_worse", "tool_right_gold", "tool_right_second",
          "tool_right_either", "tool_compliant_gold_lower", "consensus", "tool_right_consensus",
          "tool_compliant_consensus_lower", "tool_compliant_disputed")


def second_names() -> list[str]:
    """The held-out bundles that have a second auditor's rating."""
    return sorted(p.name for p in HERE.iterdir() if (p / "second.yaml").is_file() and (p / "gold.yaml").is_file())


def load_second(name: str) -> dict[str, str]:
    """unit id → the second auditor's rating; a malformed file raises ValueError naming the unit."""
    path = HERE / name / "second.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for uid, row in (data.get("subitems") or {}).items():
        rating = row.get("rating") if isinstance(row, dict) else None
        if rating not in RATED:
            raise ValueError(f"{path}: {uid}: rating {rating!r} is not one of {', '.join(RATED)}")
        out[str(uid)] = rating
    return out


def compare(gold: dict[str, str], second: dict[str, str], tool: dict[str, str | None]) -> Counter:
    """Counts for one bundle; ``tool`` maps a unit to its automatic rating, None for needs_review."""
    c: Counter = Counter()
    for uid, g in gold.items():
        s = second.get(uid)
        if g not in RATED or s is None:
            continue
        t = tool.get(uid)
        c["units"] += 1
        c["humans_agree"] += s == g
        c["second_better"] += POINTS[s] > POINTS[g]
        c["second_worse"] += POINTS[s] < POINTS[g]
        c["tool_right_gold"] += t == g
        c["tool_right_second"] += t == s
        c["tool_right_either"] += t in (g, s)
        c["tool_compliant_gold_lower"] += t == "compliant" and POINTS[g] < 0
        if s == g:
            c["consensus"] += 1
            c["tool_right_consensus"] += t == g
            c["tool_compliant_consensus_lower"] += t == "compliant" and POINTS[g] < 0
        else:
            c["tool_compliant_disputed"] += t == "compliant" and POINTS[g] < 0 and s == "compliant"
    return c


def tool_ratings(bundle: Path, work: Path) -> dict[str, str | None]:
    """The tool's automatic ratings on a built bundle (its gold's profile), None for needs_review."""
    from evidence_checker.evaluate import load_gold as load_bundle_gold
    from evidence_checker.evaluate import run_for_gold

    run = run_for_gold(bundle, load_bundle_gold(bundle), work)
    return {uid: (p.rating if p.status == "proposed" else None) for uid, p in (run.proposals or {}).items()}


def gold_set(name: str) -> str:
    """``heldout`` or ``in-sample`` (the gold's ``set:``)."""
    from . import load_gold

    return str(load_gold(name).get("set") or "in-sample")


def agreement(build: Path, work: Path, names: list[str] | None = None) -> dict[str, Counter]:
    """bundle name → counts (:func:`compare`), for every held-out bundle with a ``second.yaml`` built in ``build``."""
    from . import load_gold

    out = {}
    for name in names or second_names():
        built = build / name
        if not (built / "gold.yaml").is_file():
            raise FileNotFoundError(f"{built}: not built (python -m corpora.build --only {name})")
        gold = {uid: u.get("rating") for uid, u in (load_gold(name).get("subitems") or {}).items()}
        out[name] = compare(gold, load_second(name), tool_ratings(built, work))
    return out


def shares(c: Counter) -> dict[str, float | int]:
    """The counts with the shares a reader compares (agreement, tool accuracy against each)."""
    n, k = c["units"] or 1, c["consensus"] or 1
    return {**{key: c[key] for key in COUNTS}, "humans_agree_share": round(c["humans_agree"] / n, 4),
            "tool_vs_gold": round(c["tool_right_gold"] / n, 4), "tool_vs_second": round(c["tool_right_second"] / n, 4),
            "tool_vs_either": round(c["tool_right_either"] / n, 4),
            "tool_on_consensus": round(c["tool_right_consensus"] / k, 4)}
