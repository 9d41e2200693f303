"""Quality against gold annotations: evidence retrieval (ours vs a BM25 baseline), ratings, scores.

For each bundle folder of a corpus that holds a ``gold.yaml``, the pipeline runs as ``check`` does
(ingest → match → propose → score) and is compared with the gold:

- evidence, over applicable units whose gold lists files: recall@1 and recall@5 (a correct file
  among the first 1 / 5 hits), MRR (1 / rank of the first correct file), precision (share of listed
  hits in a gold file), and how many units have an irrelevant file (gold ``irrelevant``) in their top 5;
- the same retrieval metrics for **BM25** (bm25s over jieba tokens, the unit's text as the query) on
  the same passages — what a user gets from a search engine;
- ratings: accuracy, a confusion matrix, over-optimistic proposals (达标 where gold is not) counted
  on their own, needs_review count, not-applicable accuracy, and score/pass agreement.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalog import Assessment, load_standard
from .profile import Profile, profile_from_dict

RATINGS = ("compliant", "basically_compliant", "non_compliant", "not_applicable", "needs_review")


@dataclass
class RetrievalMetrics:
    units: int = 0
    recall_at_1: float = 0.0
    recall_at_5: float = 0.0
    mrr: float = 0.0
    precision: float = 0.0
    irrelevant_in_top5: int = 0

    def to_json(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class RatingMetrics:
    units: int = 0
    accuracy: float = 0.0
    over_optimistic: int = 0
    needs_review: int = 0
    na_accuracy: float = 1.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> proposed -> n

    def to_json(self) -> dict:
        return {"units": self.units, "accuracy": round(self.accuracy, 4), "over_optimistic": self.over_optimistic,
                "needs_review": self.needs_review, "na_accuracy": round(self.na_accuracy, 4),
                "confusion": self.confusion}


@dataclass
class BundleEval:
    name: str
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
        return {"bundle": self.name, "ours": self.ours.to_json(), "bm25": self.bm25.to_json(),
                "ratings": self.ratings.to_json() if self.ratings else None,
                "total": self.total, "expected_total": self.expected_total, "passed": self.passed,
                "expected_passed": self.expected_passed, "unread_files": self.unread_files, "errors": self.errors}


@dataclass
class Gold:
    name: str
    root: Path
    profile: Profile
    units: dict[str, dict]  # unit id -> {rating, reason, evidence: [{path, fragment}]}
    irrelevant: list[str]
    expected: dict

    def evidence_paths(self, uid: str) -> set[str]:
        return {e["path"] for e in (self.units.get(uid) or {}).get("evidence") or [] if e.get("path")}


def load_gold(bundle: Path) -> Gold:
    data = yaml.safe_load((bundle / "gold.yaml").read_text(encoding="utf-8"))
    profile = profile_from_dict(data["profile"], src=f"{bundle.name}/gold.yaml")
    return Gold(name=data.get("bundle", bundle.name), root=bundle, profile=profile,
                units=data.get("subitems") or {}, irrelevant=list(data.get("irrelevant") or []),
                expected=data.get("expected") or {})


def retrieval_metrics(ranked: dict[str, list[str]], gold: Gold, assessment: Assessment) -> RetrievalMetrics:
    """Metrics of ranked file paths per unit against the gold's evidence files."""
    m = RetrievalMetrics()
    r1 = r5 = rr = prec = 0.0
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
    if m.units:
        m.recall_at_1, m.recall_at_5, m.mrr = r1 / m.units, r5 / m.units, rr / m.units
    m.precision = prec / n_prec if n_prec else 0.0
    return m


def rating_metrics(proposed: dict[str, str | None], gold: Gold, assessment: Assessment) -> RatingMetrics:
    m = RatingMetrics()
    confusion: dict[str, Counter] = defaultdict(Counter)
    right = na_total = na_right = 0
    for _, unit in assessment.rated_units():
        g = (gold.units.get(unit.id) or {}).get("rating")
        if g is None:
            continue
        p = proposed.get(unit.id) or "needs_review"
        m.units += 1
        confusion[g][p] += 1
        right += p == g
        m.needs_review += p == "needs_review"
        if p == "compliant" and g != "compliant":
            m.over_optimistic += 1
        if g == "not_applicable" or p == "not_applicable":
            na_total += 1
            na_right += p == g
    m.accuracy = right / m.units if m.units else 0.0
    m.na_accuracy = na_right / na_total if na_total else 1.0
    m.confusion = {g: dict(c) for g, c in confusion.items()}
    return m


def bm25_rank(passages: list, assessment: Assessment, *, top_k: int = 10) -> dict[str, list[str]]:
    """The baseline: BM25 over jieba tokens of each passage, the unit's text as query; file paths ranked."""
    import bm25s

    from .ingest.normalize import normalize
    from .nlp import tokenize

    docs = [tokenize(_get(p, "norm") or normalize(_get(p, "text") or "")) or ["_"] for p in passages]
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


def _file_ranking(evidence) -> dict[str, list[str]]:
    out = {}
    for uid, hits in evidence.items():
        paths: list[str] = []
        for h in hits:
            if h.path not in paths:
                paths.append(h.path)
        out[uid] = paths
    return out


def evaluate_bundle(bundle: Path, *, work_dir: Path) -> BundleEval:
    """Run the pipeline on one gold bundle and compare."""
    from .pipeline import run_pipeline

    gold = load_gold(bundle)
    assessment = load_standard(gold.profile.edition).assessment(gold.profile.level, gold.profile.business_type)
    run = run_pipeline(bundle, profile=gold.profile, out_dir=work_dir / gold.name, write=False)
    ours = retrieval_metrics(_file_ranking(run.evidence), gold, assessment)
    base = retrieval_metrics(bm25_rank(run.passages, assessment), gold, assessment)
    ev = BundleEval(name=gold.name, ours=ours, bm25=base,
                    unread_files=sum(1 for f in run.files if f.get("status") in ("failed", "skipped")))
    if run.proposals is not None:
        proposed = {uid: (p.rating if p.status != "needs_review" else None) for uid, p in run.proposals.items()}
        ev.ratings = rating_metrics(proposed, gold, assessment)
    if run.score is not None:
        ev.total, ev.passed = run.score.total, run.score.passed
    ev.expected_total, ev.expected_passed = gold.expected.get("total"), gold.expected.get("passed")
    return ev


def find_bundles(corpus: Path) -> list[Path]:
    if (corpus / "gold.yaml").exists():
        return [corpus]
    return sorted(p for p in corpus.iterdir() if p.is_dir() and (p / "gold.yaml").exists())


def evaluate_corpus(corpus: Path, *, work_dir: Path | None = None, progress=None) -> list[BundleEval]:
    bundles = find_bundles(corpus)
    results = []
    with tempfile.TemporaryDirectory(prefix="ec-eval-") as tmp:
        wd = work_dir or Path(tmp)
        for b in bundles:
            if progress:
                progress(b.name)
            results.append(evaluate_bundle(b, work_dir=wd))
    return results


def summarize(evals: list[BundleEval]) -> dict:
    """Micro-averaged metrics over all bundles (weighted by units)."""
    def avg(get, weight):
        w = sum(weight(e) for e in evals)
        return sum(get(e) * weight(e) for e in evals) / w if w else 0.0

    out = {}
    for side in ("ours", "bm25"):
        out[side] = {k: round(avg(lambda e, k=k: getattr(getattr(e, side), k), lambda e: getattr(e, side).units), 4)
                     for k in ("recall_at_1", "recall_at_5", "mrr", "precision")}
        out[side]["irrelevant_in_top5"] = sum(getattr(e, side).irrelevant_in_top5 for e in evals)
    rated = [e for e in evals if e.ratings]
    if rated:
        out["ratings"] = {
            "accuracy": round(avg(lambda e: e.ratings.accuracy, lambda e: e.ratings.units), 4),
            "over_optimistic": sum(e.ratings.over_optimistic for e in rated),
            "needs_review": sum(e.ratings.needs_review for e in rated),
            "na_accuracy": round(min(e.ratings.na_accuracy for e in rated), 4),
            "pass_agreement": sum(1 for e in rated if e.passed == e.expected_passed) / len(rated),
            "total_agreement": sum(1 for e in rated if e.total == e.expected_total) / len(rated),
        }
    return out
