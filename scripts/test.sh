#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what it needs (scripts/setup.sh), then pytest,
# then (for the whole suite only) the smoke test of a plain install from the built wheel.
# The tests run on every core (pytest-xdist, -n auto); pass -n 0 to run them in one process. --dist loadgroup
# keeps a module marked xdist_group on one worker: test_eval (the corpus build and `eval` over every bundle,
# the longest task) starts at once and its module fixture is computed once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q -n auto --dist loadgroup "$@"
if [ "$#" -eq 0 ]; then
  bash scripts/wheel-smoke.sh
fi
