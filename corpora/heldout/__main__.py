"""``python -m corpora.heldout units|build|check`` — see ``corpora/heldout/__init__.py``."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from . import build_one, check_gold, names, units_table, write_expected


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
    args = ap.parse_args(argv)
    if args.cmd == "list":
        print("\n".join(names()))
        return 0
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
