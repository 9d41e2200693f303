"""The files a run writes to its output folder, and reading them back.

``check`` writes, into ``DIR`` (default ``BUNDLE/.evidence-checker/``):

- ``inventory.json``  every file of the bundle with its read status;
- ``passages.jsonl``  one passage a line;
- ``evidence.json``   ``{unit_id: [EvidenceHit …]}`` best first;
- ``proposals.json``  the proposed rating per rated unit and per item;
- ``score.json``      the official scoring of the proposals;
- ``run.json``        what was run: bundle path, profile, edition, level, business type, as_of.

Later stages (review, report) read them back with :func:`load_results`; each stage can be run
alone and its output read by the next stage from disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import qualified_id
from .hit_why import Why
from .messages import MessageError
from .proposal_facts import Fact, facts_json, facts_of

INVENTORY = "inventory.json"
PASSAGES = "passages.jsonl"
EVIDENCE = "evidence.json"
PROPOSALS = "proposals.json"
SCORE = "score.json"
RUN = "run.json"


@dataclass(frozen=True)
class EvidenceHit:
    """One evidence pointer for a rated unit: where it is, what it says, and why it was chosen.

    ``why`` (a typed :class:`~evidence_checker.hit_why.Why`; the matcher may pass a mapping) holds the
    terms that matched (``terms``), the fuzzy score (``fuzzy``), the file/folder name signal
    (``name``), the evidence kind (``kind``: policy|record|statement|other) and the parts of the score
    (``parts``).
    """

    passage_id: str
    path: str
    page: int | None
    locator: str
    text: str
    score: float
    why: Why

    def __post_init__(self) -> None:
        if not isinstance(self.why, Why):
            object.__setattr__(self, "why", Why.of(self.why))

    def to_json(self) -> dict:
        return {"passage_id": self.passage_id, "path": self.path, "page": self.page, "locator": self.locator,
                "text": self.text, "score": round(self.score, 4), "why": self.why.to_json()}

    @classmethod
    def from_json(cls, d: dict) -> "EvidenceHit":
        return cls(passage_id=d.get("passage_id", ""), path=d["path"], page=d.get("page"),
                   locator=d.get("locator", ""), text=d.get("text", ""), score=float(d.get("score", 0.0)),
                   why=d.get("why") or {})


@dataclass(frozen=True)
class Proposal:
    """The proposed rating of one rated unit (a sub-item, or an item without sub-items).

    ``rating`` is None when the documents cannot decide (``status`` needs_review): a person must
    rate it; ``suggested`` may then hold the tool's best guess, never counted as a rating.
    ``missing`` lists what would close a gap (for the gap analysis), ``facts`` what was read — typed
    :class:`~evidence_checker.proposal_facts.Fact` objects (the rules may pass mappings; they become
    Facts here). ``basis`` names the decision path the rating came from (``compliant``,
    ``non_compliant_nothing`` …); with the rating it keys the path's calibrated confidence
    (``models/calibration.yaml``).
    """

    id: str
    rating: str | None
    status: str  # proposed | needs_review
    confidence: float
    reasons: tuple[str, ...]
    evidence: tuple[str, ...] = ()  # passage ids, best first
    missing: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    suggested: str | None = None
    basis: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", facts_of(self.facts))

    def to_json(self) -> dict:
        from .messages import to_json as messages

        out = {"rating": self.rating, "status": self.status, "confidence": round(self.confidence, 3),
               "reasons": [str(r) for r in self.reasons], "evidence": list(self.evidence),
               "missing": [str(m) for m in self.missing], "facts": facts_json(self.facts),
               **({"suggested": self.suggested} if self.suggested else {}),
               **({"basis": self.basis} if self.basis else {})}
        keys = {k: v for k, v in (("reasons", messages(self.reasons)), ("missing", messages(self.missing))) if v}
        if keys:
            out["messages"] = keys  # the template keys and parameters of reasons/missing (messages.yaml)
        return out

    @classmethod
    def from_json(cls, uid: str, d: dict) -> "Proposal":
        from .messages import from_json as messages

        stored = d.get("messages") or {}
        return cls(id=uid, rating=d.get("rating"), status=d.get("status", "proposed"),
                   confidence=float(d.get("confidence", 0.0)),
                   reasons=messages(d.get("reasons") or (), stored.get("reasons")),
                   evidence=tuple(d.get("evidence") or ()),
                   missing=messages(d.get("missing") or (), stored.get("missing")),
                   facts=tuple(d.get("facts") or ()), suggested=d.get("suggested"), basis=d.get("basis") or "")


@dataclass
class Results:
    """Everything a run wrote, read back from its folder (missing files read as empty)."""

    out_dir: Path
    run: dict = field(default_factory=dict)
    inventory: list[dict] = field(default_factory=list)
    passages: dict[str, dict] = field(default_factory=dict)
    evidence: dict[str, list[EvidenceHit]] = field(default_factory=dict)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    item_proposals: dict[str, dict] = field(default_factory=dict)
    score: dict = field(default_factory=dict)

    @property
    def bundle(self) -> Path | None:
        b = self.run.get("bundle")
        return Path(b) if b else None


class ResultsNotFound(MessageError, FileNotFoundError):
    """The run folder does not exist (``str(e)`` Chinese, ``e.text(lang)`` in ``lang``)."""


def run_folder(path: str | Path, default_out: str = ".evidence-checker") -> Path:
    """The run folder a command was given: ``path`` itself when it holds a run, else the bundle's
    default run folder ``path/.evidence-checker`` when that holds one; otherwise ``path`` unchanged
    (the caller reports what is missing)."""
    path = Path(path)
    if (path / RUN).exists() or (path / PROPOSALS).exists():
        return path
    inner = path / default_out
    if (inner / RUN).exists() or (inner / PROPOSALS).exists():
        return inner
    return path


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def write_evidence(path: Path, evidence: dict[str, list[EvidenceHit]]) -> None:
    write_json(path, {uid: [h.to_json() for h in hits] for uid, hits in evidence.items()})


def write_proposals(path: Path, *, edition: str, level: str, business_type: str, as_of: str,
                    proposals: dict[str, Proposal], items: dict[str, dict]) -> None:
    write_json(path, {"edition": edition, "level": level, "business_type": business_type, "as_of": as_of,
                      "subitems": {uid: {"uid": qualified_id(edition, level, uid), **p.to_json()}
                                   for uid, p in proposals.items()}, "items": items})


def load_results(out_dir: str | Path, *, passages: bool = True) -> Results:
    """Read a run's output folder; raises FileNotFoundError naming the folder when it is not one.
    ``passages=False`` leaves out passages.jsonl (the largest file) for callers that need only the
    run, the evidence and the proposals."""
    out = Path(out_dir)
    if not out.is_dir():
        raise ResultsNotFound("results_missing", dir=str(out))
    res = Results(out_dir=out)
    if (out / RUN).exists():
        res.run = json.loads((out / RUN).read_text(encoding="utf-8"))
    if (out / INVENTORY).exists():
        data = json.loads((out / INVENTORY).read_text(encoding="utf-8"))
        res.inventory = data["files"] if isinstance(data, dict) and "files" in data else data
    if passages and (out / PASSAGES).exists():
        with (out / PASSAGES).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    res.passages[d["id"]] = d
    if (out / EVIDENCE).exists():
        data = json.loads((out / EVIDENCE).read_text(encoding="utf-8"))
        res.evidence = {uid: [EvidenceHit.from_json(h) for h in hits] for uid, hits in data.items()}
    if (out / PROPOSALS).exists():
        data = json.loads((out / PROPOSALS).read_text(encoding="utf-8"))
        res.proposals = {uid: Proposal.from_json(uid, d) for uid, d in (data.get("subitems") or {}).items()}
        res.item_proposals = data.get("items") or {}
        for key in ("edition", "level", "business_type", "as_of"):
            res.run.setdefault(key, data.get(key))
    if (out / SCORE).exists():
        res.score = json.loads((out / SCORE).read_text(encoding="utf-8"))
    return res
