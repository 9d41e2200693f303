"""Confidence fitted to what each decision path got right on the in-sample corpora.

Every automatic proposal names its decision path (``Proposal.basis``: ``compliant``,
``basically_policy_only``, ``non_compliant_nothing`` …). :func:`fit` runs the pipeline on every
in-sample gold bundle (never ``set: heldout``), counts per ``path/rating`` how many proposals the
gold agrees with, and :func:`write` keeps the smoothed share right, ``(right + 1) / (n + 2)``, for
each pair seen at least ``min_n`` times in ``models/calibration.yaml``. A pair not in the file keeps
its prior from ``models/thresholds.yaml`` (``propose.confidence``). Rebuilt with
``evidence-checker calibrate corpora/build``; the held-out sets then say whether it holds (eval's
reliability table). The file records :func:`rules_fingerprint` of the data it was fitted under, so a
change to the edition's rules or the models' settings that is not followed by a new fit is seen
(:func:`fitted_fingerprint`; tests/test_calibrate.py).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import CatalogError
from .data import models_root, read_yaml, standards_root
from .translation import TRANSLATION_FILE

CALIBRATION = "calibration.yaml"
EDITION = "2018-177"  # the edition the in-sample corpora are rated under
MIN_N = 30  # a path/rating seen fewer times keeps its prior (thresholds.yaml)


@dataclass
class Fit:
    """Counts per ``path/rating`` of automatic proposals, and how many the gold agrees with."""

    n: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    bundles: int = 0
    errors: list[str] = field(default_factory=list)  # bundles left out: "name: reason"

    def add(self, key: str, ok: bool) -> None:
        self.n[key] += 1
        self.right[key] += ok

    def table(self, min_n: int = MIN_N) -> dict[str, float]:
        """``path/rating`` → smoothed share right, for the pairs seen at least ``min_n`` times."""
        return {k: round((self.right[k] + 1) / (n + 2), 2) for k, n in sorted(self.n.items()) if n >= min_n}


def load_calibration(path: Path) -> dict[str, float]:
    """The fitted ``path/rating`` → confidence table; none when the file is absent. A malformed file is a
    :class:`CatalogError` naming the file and the row (like every other settings file)."""
    if not path.exists():
        return {}
    data = read_yaml(path) or {}
    paths = data.get("paths") or {}
    if not isinstance(paths, dict):
        raise CatalogError(f"{path}: `paths` must map path/rating to {{confidence, n, right}}")
    out = {}
    for key, row in paths.items():
        conf = row.get("confidence") if isinstance(row, dict) else None
        if "/" not in str(key) or not isinstance(conf, (int, float)) or not 0.0 <= conf <= 1.0:
            raise CatalogError(f"{path}: paths.{key}: needs a path/rating key and a confidence between 0 and 1")
        out[str(key)] = float(conf)
    return out


def rules_fingerprint(edition: str = EDITION) -> str:
    """A short hash of the data the proposals are decided by: every YAML file of the edition's folder
    (rules, elements, lexicon, tables …) and of ``models/`` (thresholds, facts, records settings), the
    calibration itself and the edition's English translation (shown, never read to decide) excepted.
    Code changes are not in it: re-fit after changing the decision code too."""
    digest = hashlib.sha256()
    for tag, root in (("standards", standards_root() / edition), ("models", models_root())):
        files = root.rglob("*.yaml") if tag == "standards" else root.glob("*.yaml")
        for path in sorted(p for p in files if p.name not in (CALIBRATION, TRANSLATION_FILE)):
            digest.update(f"{tag}/{path.relative_to(root).as_posix()}\n".encode())
            digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:16]


def fitted_fingerprint(path: Path) -> str | None:
    """The rules fingerprint the table at ``path`` was fitted under (None: absent or written before it was kept)."""
    if not path.exists():
        return None
    data = read_yaml(path) or {}
    value = (data.get("fitted_under") or {}).get("rules") if isinstance(data, dict) else None
    return str(value) if value else None


def fit(corpus: Path, *, progress=None, work_dir: Path | None = None, workers: int = 1) -> Fit:
    """Counts over the in-sample gold bundles of ``corpus`` (held-out ones are never read), the bundles
    run in ``workers`` processes (:func:`executors.each_in_order`; the counts the same);
    ``progress(name, ended)`` as each bundle begins (one process) or ends (several)."""
    from functools import partial

    from .evaluate import find_bundles, gold_set
    from .executors import each_in_order

    out = Fit()
    bundles = [b for b in find_bundles(corpus) if gold_set(b) != "heldout"]
    with tempfile.TemporaryDirectory(prefix="ec-calibrate-") as tmp:
        counted = each_in_order(partial(_fit_one, work_dir=work_dir or Path(tmp)), bundles, workers=workers,
                                progress=(lambda b, ended: progress(b.name, ended)) if progress else None)
    for error, pairs in counted:
        if error:
            out.errors.append(error)
            continue
        out.bundles += 1
        for key, right in pairs:
            out.add(key, right)
    return out


def _fit_one(bundle: Path, work_dir: Path) -> tuple[str, list[tuple[str, bool]]]:
    """One bundle's ("", [(decision path/rating, agrees with the gold) per automatic proposal]), or the
    reason its gold or profile cannot be read (named; the other bundles go on) and no pairs."""
    from .evaluate import load_gold, run_for_gold

    try:
        gold = load_gold(bundle)
    except (ValueError, OSError, yaml.YAMLError) as e:
        return f"{bundle.name}: {' '.join(str(e).split()) or type(e).__name__}", []
    run = run_for_gold(bundle, gold, work_dir)
    pairs = []
    for uid, p in (run.proposals or {}).items():
        g = (gold.units.get(uid) or {}).get("rating")
        if g is None or g == "person" or p.status != "proposed" or not p.basis:
            continue
        pairs.append((f"{p.basis}/{p.rating}", p.rating == g))
    return "", pairs


def write(result: Fit, path: Path, *, min_n: int = MIN_N) -> dict[str, float]:
    """Write ``models/calibration.yaml`` (deterministic: no dates, keys sorted); returns the table."""
    table = result.table(min_n)
    body = {"fitted_under": {"edition": EDITION, "rules": rules_fingerprint()},
            "paths": {k: {"confidence": table[k], "n": result.n[k], "right": result.right[k]} for k in table},
            "unfitted": {k: {"n": n, "right": result.right[k]} for k, n in sorted(result.n.items()) if k not in table}}
    head = ("# Confidence per decision path and rating: the share of automatic proposals the gold agreed with\n"
            f"# on the in-sample corpora ({result.bundles} bundles), smoothed as (right + 1) / (n + 2); pairs seen\n"
            f"# fewer than {min_n} times are listed under `unfitted` and keep thresholds.yaml's prior.\n"
            "# Generated by `evidence-checker calibrate corpora/build` — do not edit by hand; `fitted_under.rules`\n"
            "# is the fingerprint of standards/ and models/ it was fitted under (re-fit when they change).\n")
    path.write_text(head + yaml.safe_dump(body, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return table
