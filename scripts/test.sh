#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what it needs (scripts/setup.sh), then pytest,
# then (for the whole suite only) the smoke test of a plain install from the built wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
if [ "$#" -eq 0 ]; then
  bash scripts/wheel-smoke.sh
fi
