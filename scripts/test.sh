#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what it needs (scripts/setup.sh), then pytest,
# then (for the whole suite only) the smoke test of a plain install from the built wheel.
# The tests run on every core (pytest-xdist, -n auto); pass -n 0 to run them in one process. Whole modules go
# to a worker (--dist loadfile: a module fixture is computed once), in the order collected: tests/conftest.py
# puts test_eval (the corpus build, then `eval` over every bundle, the longest task) first.
# (Not --dist loadgroup: with pytest 9.2 and xdist 3.8 it silently stops grouping, pytest-xdist issue 1386.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q -n auto --dist loadfile --no-loadscope-reorder "$@"
if [ "$#" -eq 0 ]; then
  bash scripts/wheel-smoke.sh
fi
