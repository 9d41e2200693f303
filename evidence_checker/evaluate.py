"""Quality against gold annotations: evidence retrieval (ours vs a BM25 baseline), ratings, scores.

For each bundle folder of a corpus that holds a ``gold.yaml``, the pipeline runs as ``check`` does
(ingest → match → propose → score) and is compared with the gold:

- evidence, over applicable units whose gold lists files: recall@1 and recall@5 (a correct file
  among the first 1 / 5 hits), MRR (1 / rank of the first correct file), precision (share of listed
  hits in a gold file), and how many units have an irrelevant file (gold ``irrelevant``) in their top 5;
- the same retrieval metrics for **BM25** (bm25s over jieba tokens, the unit's text as the query) on
  the same passages — what a user gets from a search engine;
- page-level recall@5: a hit counts when its page (PDF) or sheet (workbook) is the gold one; gold
  entries that name only a file count at file level;
- ratings: accuracy (a needs_review proposal counts as not right), the share decided automatically
  and the accuracy of those, a confusion matrix, over-optimistic proposals — any rating better than
  the gold's (达标 or 不适用 where gold is 基本达标/不达标, 基本达标 where gold is 不达标), with
  达标-where-gold-is-lower on its own — needs_review count, not-applicable accuracy, a confidence
  reliability table (bins of confidence → observed accuracy of automatic proposals), and score and
  verdict agreement (a pass where the gold fails is counted as an over-optimistic verdict).

Bundles are in-sample (their wording tuned the lexicon and thresholds) or held-out (``set: heldout``
in gold.yaml: written blind, never tuned on); every figure is reported per set, held-out first.
Gold ``person`` units (only a person can decide) are left out of the accuracy; a tool that rates
them anyway is counted (``person_decided``).
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import Assessment, load_standard
from .data import read_yaml
from .profile import Profile, profile_from_dict

RATINGS = ("compliant", "basically_compliant", "non_compliant", "not_applicable", "needs_review")
SETS = ("heldout", "in-sample")  # reported in this order
# points a rating is worth in the official scoring: a proposal worth more than the gold is over-optimistic
_POINTS = {"compliant": 0, "not_applicable": 0, "basically_compliant": -1, "non_compliant": -2}
CONFIDENCE_BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0001)


@dataclass
class RetrievalMetrics:
    units: int = 0
    recall_at_1: float = 0.0
    recall_at_5: float = 0.0
    mrr: float = 0.0
    precision: float = 0.0
    irrelevant_in_top5: int = 0
    recall_at_5_page: float = 0.0  # a hit in a top 5 on the gold page or sheet
    located_units: int = 0  # units whose gold names a page or sheet

    def to_json(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class RatingMetrics:
    units: int = 0
    accuracy: float = 0.0
    over_optimistic: int = 0  # any rating worth more points than the gold's
    over_optimistic_compliant: int = 0  # 达标 where the gold is lower
    over_optimistic_units: list[str] = field(default_factory=list)
    needs_review: int = 0
    automatic: int = 0  # decided without a person
    accuracy_automatic: float = 0.0
    suggested_right: int = 0  # needs_review proposals whose suggestion equals the gold
    person_units: int = 0  # gold: only a person can decide
    person_decided: int = 0  # … and the tool rated them anyway
    na_accuracy: float = 1.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> proposed -> n
    reliability: list[dict] = field(default_factory=list)  # [{low, high, n, right, confidence_sum, squared_error}]
    paths: dict[str, dict[str, int]] = field(default_factory=dict)  # "basis/rating" -> {n, right, over_optimistic}

    @property
    def automatic_share(self) -> float:
        return self.automatic / self.units if self.units else 0.0

    def to_json(self) -> dict:
        return {"units": self.units, "accuracy": round(self.accuracy, 4), "over_optimistic": self.over_optimistic,
                "over_optimistic_compliant": self.over_optimistic_compliant,
                "over_optimistic_units": self.over_optimistic_units,
                "needs_review": self.needs_review, "automatic": self.automatic,
                "automatic_share": round(self.automatic_share, 4),
                "accuracy_automatic": round(self.accuracy_automatic, 4), "suggested_right": self.suggested_right,
                "person_units": self.person_units, "person_decided": self.person_decided,
                "na_accuracy": round(self.na_accuracy, 4), "confusion": self.confusion,
                "reliability": self.reliability, "paths": self.paths}


@dataclass
class BundleEval:
    name: str
    set: str
    ours: RetrievalMetrics
    bm25: RetrievalMetrics
    ratings: RatingMetrics | None = None
    total: int | None = None
    expected_total: int | None = None
    passed: bool | None = None
    expected_passed: bool | None = None
    unread_files: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"bundle": self.name, "set": self.set, "ours": self.ours.to_json(), "bm25": self.bm25.to_json(),
                "ratings": self.ratings.to_json() if self.ratings else None,
                "total": self.total, "expected_total": self.expected_total, "passed": self.passed,
                "expected_passed": self.expected_passed, "unread_files": self.unread_files, "errors": self.errors}


@dataclass
class Gold:
    name: str
    set: str  # heldout | in-sample
    root: Path
    profile: Profile
    units: dict[str, dict]  # unit id -> {rating, reason, evidence: [{path, fragment}]}
    irrelevant: list[str]
    expected: dict

    def evidence_paths(self, uid: str) -> set[str]:
        return {e["path"] for e in (self.units.get(uid) or {}).get("evidence") or [] if e.get("path")}

    def evidence_places(self, uid: str) -> list[tuple[str, int | str | None]]:
        """(path, page or sheet or None) of every gold evidence entry of a unit."""
        out = []
        for e in (self.units.get(uid) or {}).get("evidence") or []:
            if e.get("path"):
                out.append((e["path"], e.get("page", e.get("sheet"))))
        return out


def load_gold(bundle: Path) -> Gold:
    data = read_yaml(bundle / "gold.yaml")
    raw = data.get("profile")
    src = f"{bundle.name}/gold.yaml"
    if raw is None:  # held-out gold: the bundle's own profile.yaml
        raw, src = read_yaml(bundle / "profile.yaml"), f"{bundle.name}/profile.yaml"
    profile = profile_from_dict(raw, src=src)
    return Gold(name=data.get("bundle", bundle.name), set=str(data.get("set") or "in-sample"), root=bundle,
                profile=profile,
                units=data.get("subitems") or {}, irrelevant=list(data.get("irrelevant") or []),
                expected=data.get("expected") or {})


def retrieval_metrics(ranked: dict[str, list[str]], gold: Gold, assessment: Assessment,
                      places: dict[str, list[tuple[str, int | None, str | None]]] | None = None) -> RetrievalMetrics:
    """Metrics of ranked file paths per unit against the gold's evidence files; with ``places``
    (per unit, the top hits as (path, page, sheet)) also page/sheet-level recall@5."""
    m = RetrievalMetrics()
    r1 = r5 = rr = prec = r5_page = 0.0
    n_prec = 0
    irrelevant = set(gold.irrelevant)
    for _, unit in assessment.rated_units():
        g = gold.units.get(unit.id) or {}
        paths = ranked.get(unit.id, [])
        if irrelevant & set(paths[:5]):
            m.irrelevant_in_top5 += 1
        want = gold.evidence_paths(unit.id)
        if not want or g.get("rating") == "not_applicable":
            continue
        m.units += 1
        correct = [p in want for p in paths]
        r1 += 1.0 if correct[:1] == [True] else 0.0
        r5 += 1.0 if any(correct[:5]) else 0.0
        first = next((i for i, c in enumerate(correct) if c), None)
        rr += 1.0 / (first + 1) if first is not None else 0.0
        if paths[:5]:
            prec += sum(correct[:5]) / len(paths[:5])
            n_prec += 1
        want_places = gold.evidence_places(unit.id)
        if any(loc is not None for _, loc in want_places):
            m.located_units += 1
        if places is not None:
            r5_page += 1.0 if _place_hit(places.get(unit.id, [])[:5], want_places) else 0.0
    if m.units:
        m.recall_at_1, m.recall_at_5, m.mrr = r1 / m.units, r5 / m.units, rr / m.units
        m.recall_at_5_page = r5_page / m.units if places is not None else 0.0
    m.precision = prec / n_prec if n_prec else 0.0
    return m


def _place_hit(top: list[tuple[str, int | None, str | None]], want: list[tuple[str, int | str | None]]) -> bool:
    for path, loc in want:
        for hp, hpage, hsheet in top:
            if hp != path:
                continue
            if loc is None or (isinstance(loc, int) and hpage == loc) or (isinstance(loc, str) and hsheet == loc):
                return True
    return False


def rating_metrics(proposed: dict[str, str | None], gold: Gold, assessment: Assessment,
                   confidence: dict[str, float] | None = None,
                   suggested: dict[str, str | None] | None = None,
                   basis: dict[str, str] | None = None) -> RatingMetrics:
    """Ratings against the gold; ``proposed`` maps a unit to its rating, None when a person must decide;
    ``basis`` (a unit's decision path) counts the automatic proposals per path and rating."""
    m = RatingMetrics()
    paths: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    right = na_total = na_right = auto_right = 0
    bins = [{"low": lo, "high": min(hi, 1.0), "n": 0, "right": 0, "confidence_sum": 0.0, "squared_error": 0.0}
            for lo, hi in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:])]
    for _, unit in assessment.rated_units():
        g = (gold.units.get(unit.id) or {}).get("rating")
        if g is None:
            continue
        p = proposed.get(unit.id) or "needs_review"
        if g == "person":
            m.person_units += 1
            m.person_decided += p != "needs_review"
            confusion[g][p] += 1
            continue
        m.units += 1
        confusion[g][p] += 1
        right += p == g
        if p == "needs_review":
            m.needs_review += 1
            m.suggested_right += bool(suggested) and suggested.get(unit.id) == g
        else:
            m.automatic += 1
            auto_right += p == g
            if basis is not None:
                path = paths[f"{basis.get(unit.id) or '-'}/{p}"]
                path["n"] += 1
                path["right"] += p == g
                path["over_optimistic"] += bool(p in _POINTS and g in _POINTS and _POINTS[p] > _POINTS[g])
            if confidence is not None:
                c = confidence.get(unit.id, 0.0)
                b = next(b for b, lo, hi in zip(bins, CONFIDENCE_BINS, CONFIDENCE_BINS[1:]) if lo <= c < hi)
                b["n"] += 1
                b["right"] += p == g
                b["confidence_sum"] += c
                b["squared_error"] += (c - (p == g)) ** 2
        if p in _POINTS and g in _POINTS and _POINTS[p] > _POINTS[g]:
            m.over_optimistic += 1
            m.over_optimistic_units.append(f"{unit.id}: {p} > {g}")
            m.over_optimistic_compliant += p == "compliant"
        if g == "not_applicable" or p == "not_applicable":
            na_total += 1
            na_right += p == g
    m.reliability = [b for b in bins if b["n"]] if confidence is not None else []
    m.accuracy_automatic = auto_right / m.automatic if m.automatic else 0.0
    m.accuracy = right / m.units if m.units else 0.0
    m.na_accuracy = na_right / na_total if na_total else 1.0
    m.confusion = {g: dict(c) for g, c in confusion.items()}
    m.paths = {k: {"n": c["n"], "right": c["right"], "over_optimistic": c["over_optimistic"]}
               for k, c in sorted(paths.items())}
    return m


def bm25_rank(passages: list, assessment: Assessment, *, top_k: int = 10) -> dict[str, list[str]]:
    """The baseline: BM25 over jieba tokens of each passage, the unit's text as query; file paths ranked."""
    import bm25s

    from .ingest.normalize import normalize
    from .nlp import tokenize

    docs = [tokenize(_get(p, "norm") or normalize(_get(p, "text") or "")) or ["_"] for p in passages]
    if not docs:  # nothing read: the baseline ranks nothing (bm25s cannot index an empty corpus)
        return {unit.id: [] for _, unit in assessment.rated_units()}
    retriever = bm25s.BM25()
    retriever.index(docs, show_progress=False)
    out: dict[str, list[str]] = {}
    k = min(top_k * 3, len(docs))
    for _, unit in assessment.rated_units():
        query = tokenize(normalize(unit.text or "")) or ["_"]
        idx, scores = retriever.retrieve([query], k=k, show_progress=False)
        paths: list[str] = []
        for i, s in zip(idx[0], scores[0]):
            if s <= 0:
                continue
            path = _get(passages[int(i)], "path")
            if path not in paths:
                paths.append(path)
        out[unit.id] = paths[:top_k]
    return out


def _get(p, key):
    return p.get(key) if isinstance(p, dict) else getattr(p, key, None)


def _place_ranking(evidence, passages) -> dict[str, list[tuple[str, int | None, str | None]]]:
    """Per unit, its hits as (path, page, sheet), best first."""
    sheet_of = {_get(p, "id"): _get(p, "sheet") for p in passages}
    return {uid: [(h.path, h.page, sheet_of.get(h.passage_id)) for h in hits] for uid, hits in evidence.items()}


def _file_ranking(evidence) -> dict[str, list[str]]:
    out = {}
    for uid, hits in evidence.items():
        paths: list[str] = []
        for h in hits:
            if h.path not in paths:
                paths.append(h.path)
        out[uid] = paths
    return out


def run_for_gold(bundle: Path, gold: Gold, work_dir: Path, *, workers: int | None = None):
    """The pipeline on a gold bundle with its gold's profile, nothing written (eval, calibrate, agreement)."""
    from .pipeline import run_pipeline

    return run_pipeline(bundle, profile=gold.profile, out_dir=work_dir / gold.name, write=False, workers=workers)


def evaluate_bundle(bundle: Path, *, work_dir: Path) -> BundleEval:
    """Run the pipeline on one gold bundle and compare."""
    gold = load_gold(bundle)
    assessment = load_standard(gold.profile.edition).assessment(gold.profile.level, gold.profile.business_type)
    run = run_for_gold(bundle, gold, work_dir)
    ours = retrieval_metrics(_file_ranking(run.evidence), gold, assessment, _place_ranking(run.evidence, run.passages))
    base = retrieval_metrics(bm25_rank(run.passages, assessment), gold, assessment)
    ev = BundleEval(name=gold.name, set=gold.set, ours=ours, bm25=base,
                    unread_files=sum(1 for f in run.files if f.get("status") in ("failed", "skipped")))
    if run.proposals is not None:
        proposed = {uid: (p.rating if p.status != "needs_review" else None) for uid, p in run.proposals.items()}
        ev.ratings = rating_metrics(proposed, gold, assessment,
                                    confidence={uid: p.confidence for uid, p in run.proposals.items()},
                                    suggested={uid: (p.suggested or p.rating) for uid, p in run.proposals.items()},
                                    basis={uid: p.basis for uid, p in run.proposals.items()})
    if run.score is not None:
        ev.total, ev.passed = run.score.total, run.score.passed
    ev.expected_total, ev.expected_passed = gold.expected.get("total"), gold.expected.get("passed")
    return ev


def find_bundles(corpus: Path) -> list[Path]:
    """The gold bundles of a corpus: the folder itself, its sub-folders, and theirs (``heldout/<name>``)."""
    if (corpus / "gold.yaml").exists():
        return [corpus]
    found = []
    for p in sorted(corpus.iterdir()):
        if not p.is_dir() or p.name.startswith("."):
            continue
        if (p / "gold.yaml").exists():
            found.append(p)
        else:
            found += sorted(q for q in p.iterdir() if q.is_dir() and (q / "gold.yaml").exists())
    return found


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def gold_set(bundle: Path) -> str:
    """The set a gold bundle belongs to (``set:`` of its gold.yaml), read without checking the rest."""
    try:
        data = read_yaml(bundle / "gold.yaml")
    except (OSError, yaml.YAMLError):
        return "in-sample"
    return str((data or {}).get("set") or "in-sample") if isinstance(data, dict) else "in-sample"


def evaluate_corpus(corpus: Path, *, work_dir: Path | None = None, progress=None,
                    only_set: str | None = None, workers: int = 1) -> list[BundleEval]:
    """Every gold bundle of ``corpus`` evaluated, in the order of :func:`find_bundles`; one whose gold or
    profile cannot be read is kept with the reason in ``errors`` and no figures, and the others go on (a
    failure of the run itself is not caught: that is a defect to see). With ``workers`` > 1 the bundles
    are evaluated in that many processes (:func:`executors.each_in_order`), the results the same.
    ``progress(name, ended)`` is called as each bundle begins (one process) or ends (several)."""
    from functools import partial

    from .executors import each_in_order

    bundles = find_bundles(corpus)
    if only_set:
        bundles = [b for b in bundles if gold_set(b) == only_set]
    with tempfile.TemporaryDirectory(prefix="ec-eval-") as tmp:
        return each_in_order(partial(_evaluate_or_explain, work_dir=work_dir or Path(tmp)), bundles, workers=workers,
                             progress=(lambda b, ended: progress(b.name, ended)) if progress else None)


def _evaluate_or_explain(bundle: Path, work_dir: Path) -> BundleEval:
    """:func:`evaluate_bundle`, or the bundle with the reason its gold or profile cannot be read."""
    try:
        load_gold(bundle)
    except (ValueError, OSError, yaml.YAMLError) as e:  # ProfileError, CatalogError: the bundle's input
        return BundleEval(name=bundle.name, set=gold_set(bundle), ours=RetrievalMetrics(),
                          bm25=RetrievalMetrics(), errors=[_one_line(e)])
    return evaluate_bundle(bundle, work_dir=work_dir)


def summarize(evals: list[BundleEval]) -> dict:
    """Micro-averaged metrics per set (held-out first, then in-sample), weighted by units:
    ``{"heldout": {...}, "in-sample": {...}}``; a set without bundles is left out."""
    return {name: summarize_set([e for e in evals if e.set == name]) for name in SETS
            if any(e.set == name for e in evals)}


def _sum_paths(tables) -> dict[str, dict]:
    total: dict[str, Counter] = defaultdict(Counter)
    for table in tables:
        for key, counts in table.items():
            total[key].update(counts)
    return {k: {"n": c["n"], "right": c["right"], "over_optimistic": c["over_optimistic"],
                "accuracy": round(c["right"] / c["n"], 4) if c["n"] else 0.0} for k, c in sorted(total.items())}


def summarize_set(evals: list[BundleEval]) -> dict:
    """Micro-averaged metrics over the bundles of one set (weighted by units)."""
    def avg(get, weight):
        w = sum(weight(e) for e in evals)
        return sum(get(e) * weight(e) for e in evals) / w if w else 0.0

    out: dict = {"bundles": len(evals)}
    for side in ("ours", "bm25"):
        keys = ("recall_at_1", "recall_at_5", "mrr", "precision") + (("recall_at_5_page",) if side == "ours" else ())
        out[side] = {k: round(avg(lambda e, k=k: getattr(getattr(e, side), k), lambda e: getattr(e, side).units), 4)
                     for k in keys}
        out[side]["irrelevant_in_top5"] = sum(getattr(e, side).irrelevant_in_top5 for e in evals)
    rated = [e for e in evals if e.ratings]
    if rated:
        units = sum(e.ratings.units for e in rated)
        automatic = sum(e.ratings.automatic for e in rated)
        bins: dict[tuple, dict] = {}
        for e in rated:
            for b in e.ratings.reliability:
                acc = bins.setdefault((b["low"], b["high"]), {"low": b["low"], "high": b["high"], "n": 0, "right": 0,
                                                              "confidence_sum": 0.0, "squared_error": 0.0})
                acc["n"] += b["n"]
                acc["right"] += b["right"]
                acc["confidence_sum"] += b.get("confidence_sum", 0.0)
                acc["squared_error"] += b.get("squared_error", 0.0)
        reliability = [{"low": b["low"], "high": b["high"], "n": b["n"], "right": b["right"],
                        "accuracy": round(b["right"] / b["n"], 4),
                        "mean_confidence": round(b["confidence_sum"] / b["n"], 4)} for _, b in sorted(bins.items())]
        judged = sum(b["n"] for b in reliability)
        squared = sum(b["squared_error"] for b in bins.values())
        out["ratings"] = {
            "units": units,
            "accuracy": round(avg(lambda e: e.ratings.accuracy, lambda e: e.ratings.units), 4),
            "automatic_share": round(automatic / units, 4) if units else 0.0,
            "accuracy_automatic": round(avg(lambda e: e.ratings.accuracy_automatic, lambda e: e.ratings.automatic), 4),
            "over_optimistic": sum(e.ratings.over_optimistic for e in rated),
            "over_optimistic_compliant": sum(e.ratings.over_optimistic_compliant for e in rated),
            "needs_review": sum(e.ratings.needs_review for e in rated),
            "person_units": sum(e.ratings.person_units for e in rated),
            "person_decided": sum(e.ratings.person_decided for e in rated),
            "na_accuracy": round(min(e.ratings.na_accuracy for e in rated), 4),
            "pass_agreement": round(sum(1 for e in rated if e.passed == e.expected_passed) / len(rated), 4),
            "over_optimistic_verdicts": sum(1 for e in rated if e.passed and e.expected_passed is False),
            "total_agreement": round(sum(1 for e in rated if e.total == e.expected_total) / len(rated), 4),
            "reliability": reliability,
            # per decision path and rating (automatic proposals): where the right and the over-optimistic ones come from
            "paths": _sum_paths(e.ratings.paths for e in rated),
            # expected calibration error: how far stated confidence is from observed accuracy, bin by bin
            "calibration_error": round(sum(b["n"] * abs(b["accuracy"] - b["mean_confidence"]) for b in reliability)
                                       / judged, 4) if judged else 0.0,
            # Brier score: mean squared difference between confidence and right (1) / wrong (0); lower is better
            "brier": round(squared / judged, 4) if judged else 0.0,
        }
    return out
