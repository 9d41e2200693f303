#!/usr/bin/env bash
# CI smoke test of a plain (non-editable) install: build the wheel, install it into a fresh venv
# outside the checkout, and run `standards list`, `score` on the example and `check` on a tiny bundle
# from a folder that is not the checkout. The fresh venv borrows the already-installed dependencies
# of .venv through a .pth line (so no download but the build backend from PyPI), while
# evidence_checker itself comes only from the wheel. About a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PY=${SMOKE_PYTHON:-$REPO/.venv/bin/python}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ec-wheel-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "wheel-smoke: FAIL: $*" >&2; exit 1; }

echo "wheel-smoke: building the wheel"
# Build isolation fetches setuptools/wheel from PyPI; without a network, use the venv's setuptools.
"$PY" -m pip wheel -q --no-deps -w "$WORK/dist" "$REPO" 2>"$WORK/build.log" \
  || "$PY" -m pip wheel -q --no-deps --no-build-isolation -w "$WORK/dist" "$REPO" 2>>"$WORK/build.log" \
  || { cat "$WORK/build.log" >&2; fail "wheel build"; }
WHEEL=$(ls "$WORK"/dist/evidence_checker-*.whl)

BASE=$("$PY" -c 'import sys; print(sys.base_prefix)')/bin/python3
"$BASE" -m venv "$WORK/venv"
V="$WORK/venv/bin/python"
DEPS=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
SITE=$("$V" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$DEPS" > "$SITE/zz-project-deps.pth"   # a plain path line: the editable finder there stays inactive
"$V" -m pip install -q --no-deps --no-index "$WHEEL" || fail "pip install of $WHEEL"

mkdir -p "$WORK/elsewhere" && cd "$WORK/elsewhere"
unset PYTHONPATH EVIDENCE_CHECKER_STANDARDS
EC="$WORK/venv/bin/evidence-checker"
"$V" - "$SITE" <<'PY' || fail "evidence_checker is not imported from the installed wheel"
import sys, evidence_checker, evidence_checker.data as d
assert evidence_checker.__file__.startswith(sys.argv[1]), evidence_checker.__file__
assert str(d.standards_root()).startswith(sys.argv[1]), d.standards_root()
assert str(d.models_root()).startswith(sys.argv[1]), d.models_root()
PY

echo "wheel-smoke: standards list"
"$EC" standards list --json > list.json || fail "standards list"
"$V" -c 'import json; t = json.load(open("list.json")); assert len(t) == 8 and sum(len(x["items"]) for x in t) > 100, len(t)' \
  || fail "standards list did not list the 8 tables of 2018-177"

echo "wheel-smoke: score the example"
set +e; "$EC" score "$REPO/examples/ratings-advanced-importer.yaml" --json > score.json 2> score.err; rc=$?; set -e
[ "$rc" = 1 ] || { cat score.err >&2; fail "score exit code $rc (expected 1: the example does not pass)"; }
grep -q "不在有效期内" score.err || fail "score did not warn that 2018-177 was replaced by 2026-11-01"
"$V" -c 'import json; s = json.load(open("score.json")); assert (s["total"], s["passed"]) == (93, False), s["total"]' \
  || fail "score of the example is not 93/failed"

echo "wheel-smoke: check a tiny bundle"
mkdir -p bundle/培训
cat > bundle/profile.yaml <<'YAML'
enterprise: 冒烟测试有限公司
edition: 2018-177
level: advanced
business_type: importer
as_of: 2026-11-01
flags: {processing_trade: false, special_items: false, animal_plant: false, food: false,
        statutory_inspection: false, licensed_goods: false, survey_sample: false, duty_reduced_goods: false,
        special_zone: false, pure_trading: false, pure_brokerage: false, producer: true,
        recertification: false, newly_registered: false}
branches: []
YAML
cat > bundle/培训/海关业务培训制度.txt <<'TXT'
海关业务培训制度
第一条 公司建立海关法律法规等相关培训制度，法定代表人、负责人、关务负责人每年参加海关业务培训2次以上。
第二条 关务人员每年参加海关业务培训，熟悉海关法律法规及报关业务。
TXT
set +e; "$EC" check bundle --json > check.json 2> check.err; rc=$?; set -e
[ "$rc" = 0 ] || [ "$rc" = 1 ] || { cat check.err >&2; fail "check exit code $rc"; }
for f in score.json proposals.json evidence.json report.html report.md; do
  [ -s "bundle/.evidence-checker/$f" ] || fail "check did not write $f"
done
"$V" - <<'PY' || fail "check results"
import json
s = json.load(open("check.json"))
assert s["edition"] == "2018-177" and s["level"] == "advanced", s
assert s["validity"]["status"] == "replaced", s["validity"]  # as_of 2026-11-01: 2018-177 was replaced in 2021
assert 'class="validity-warning"' in open("bundle/.evidence-checker/report.html", encoding="utf-8").read()
p = json.load(open("bundle/.evidence-checker/proposals.json"))
assert p["edition"] == "2018-177" and len(p["subitems"]) > 100, len(p["subitems"])
ev = open("bundle/.evidence-checker/evidence.json", encoding="utf-8").read()
assert "海关业务培训制度" in ev, "the training policy was not found as evidence"
PY
echo "wheel-smoke: ok ($(basename "$WHEEL"))"
