"""The results of a bundle run: one :class:`FileRecord` per file, and the files written to disk
(``inventory.json``, ``passages.jsonl``)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

from evidence_checker.ingest.passage import Passage

STATUSES = ("ok", "partial", "failed", "skipped")
INVENTORY_FILE = "inventory.json"
PASSAGES_FILE = "passages.jsonl"


@dataclass(frozen=True)
class FileRecord:
    """One file of the bundle (or member of an archive) and what became of it.

    ``status``: ``ok`` read in full; ``partial`` read with problems (pages not OCRed, members
    refused); ``failed`` not read (encrypted, damaged, no text, timed out, engine missing);
    ``skipped`` not attempted (unsupported type, empty, oversized, refused archive member).
    ``error`` says why in plain Chinese; ``pages`` as in :class:`Passage`; ``cached`` True when
    the result came from the cache without reading the file.
    """

    path: str
    format: str
    status: str
    pages: int | None
    passages: int
    error: str | None
    sha256: str | None
    size: int
    cached: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileRecord:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class RunStats:
    """How the run went: wall seconds, files read now vs. taken from the cache, seconds per
    reader stage summed over files (worker time, for the benchmark)."""

    seconds: float = 0.0
    files_read: int = 0
    files_cached: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class IngestResult:
    """Every file's record (walk order, archive members after their archive) and all passages."""

    files: list[FileRecord]
    passages: list[Passage]
    stats: RunStats = field(default_factory=RunStats)

    @property
    def unread(self) -> list[FileRecord]:
        """Records of files not read in full (status other than ``ok``); this tool's own output
        folders, listed as skipped, are not among them."""
        return [f for f in self.files if f.status != "ok" and f.format != "output"]


def write_outputs(result: IngestResult, out_dir: Path | str) -> tuple[Path, Path]:
    """Write ``inventory.json`` and ``passages.jsonl`` (UTF-8, readable Chinese) into ``out_dir``."""
    from evidence_checker.ingest.summary import summarize

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    inventory = {"summary": summarize(result), "files": [f.to_json() for f in result.files]}
    inventory_path = out / INVENTORY_FILE
    passages_path = out / PASSAGES_FILE
    _atomic_write(inventory_path, [json.dumps(inventory, ensure_ascii=False, indent=1)])
    _atomic_write(passages_path, (json.dumps(p.to_json(), ensure_ascii=False) + "\n" for p in result.passages))
    return inventory_path, passages_path


def load_outputs(out_dir: Path | str) -> IngestResult:
    """Read back what :func:`write_outputs` wrote (for the next stage)."""
    out = Path(out_dir)
    inventory = json.loads((out / INVENTORY_FILE).read_text(encoding="utf-8"))
    with (out / PASSAGES_FILE).open(encoding="utf-8") as fh:
        passages = [Passage.from_json(json.loads(line)) for line in fh if line.strip()]
    return IngestResult([FileRecord.from_json(f) for f in inventory["files"]], passages)


def _atomic_write(path: Path, chunks: Iterable[str]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
