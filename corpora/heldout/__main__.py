"""``python -m corpora.heldout units|build|check|list|agreement`` — see ``corpora/heldout/__init__.py``
and ``corpora/heldout/agreement.py``."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from . import HERE, build_one, check_gold, names, units_table, write_expected


def _agreement(build: Path, as_json: bool) -> int:
    import json
    from collections import Counter

    from .agreement import agreement, gold_set, shares

    with tempfile.TemporaryDirectory(prefix="heldout-agree-") as tmp:
        per = agreement(build, Path(tmp))
    sets = {name: gold_set(name) for name in per}
    rows = {}
    for which in ("heldout", "in-sample"):  # held-out first
        group = {k: v for k, v in per.items() if sets[k] == which}
        if group:
            rows.update({k: shares(v) for k, v in group.items()})
            rows[f"total {which}"] = shares(sum(group.values(), Counter()))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print("bundle\tunits\tauditors agree\tsecond better/worse\ttool=gold\ttool=second\ttool=either\t"
          "consensus units\ttool right there\t达标 where consensus lower\t达标 where gold lower, second 达标")
    for name, r in rows.items():
        print(f"{name}\t{r['units']}\t{r['humans_agree_share']:.3f}\t{r['second_better']}/{r['second_worse']}\t"
              f"{r['tool_vs_gold']:.3f}\t{r['tool_vs_second']:.3f}\t{r['tool_vs_either']:.3f}\t{r['consensus']}\t"
              f"{r['tool_on_consensus']:.3f}\t{r['tool_compliant_consensus_lower']}\t{r['tool_compliant_disputed']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpora.heldout")
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("units", help="the rated units of an assessment (id, item, category, options, text, condition)")
    u.add_argument("level", choices=["advanced", "general"])
    u.add_argument("business_type", choices=["importer", "broker", "ftsp"])
    b = sub.add_parser("build", help="build one held-out bundle")
    b.add_argument("name")
    b.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("check", help="build into a temporary folder and check the gold")
    c.add_argument("name")
    c.add_argument("--write-expected", action="store_true", help="write the expected block into gold.yaml")
    sub.add_parser("list", help="the held-out bundles")
    a = sub.add_parser("agreement", help="the gold against a second auditor's rating (second.yaml), and the tool against both")
    a.add_argument("--build", type=Path, default=HERE.parent / "build" / "heldout", help="where the bundles are built")
    a.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "list":
        print("\n".join(names()))
        return 0
    if args.cmd == "agreement":
        return _agreement(args.build, args.json)
    if args.cmd == "units":
        for r in units_table(args.level, args.business_type):
            cond = f"  [适用条件: {r['condition']}]" if r["condition"] else ""
            print(f"{r['id']}\t{r['category']}\t{r['item']}\t{'/'.join(r['options'])}\t{r['text']}{cond}")
        return 0
    if args.cmd == "build":
        build_one(args.name, args.out)
        print(f"built {args.name} into {args.out}")
        return 0
    with tempfile.TemporaryDirectory(prefix="heldout-check-") as tmp:
        built = build_one(args.name, Path(tmp) / args.name)
        problems, expected = check_gold(args.name, built)
    if problems:
        print(f"{args.name}: {len(problems)} problem(s):")
        print("\n".join(f"  - {p}" for p in problems))
        return 1
    print(f"{args.name}: gold OK; expected total {expected['total']}, passed {expected['passed']}, "
          f"不达标 {expected['non_compliant_items']}, 基本达标 {expected['basically_compliant_items']}")
    if args.write_expected:
        write_expected(args.name, expected)
        print("expected block written to gold.yaml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
