"""The extraction cache, keyed by file content (sha256): an unchanged file is never read twice.

Layout under ``<out>/cache/``: ``v<VERSION>-<options key>/<sha[:2]>/<sha>.json`` per file (its
outcome with passages stored without path and id: the same content may sit at several paths) and
``…/<sha>.zip.json`` per archive (its member list, so an unchanged zip is not even extracted).
Results that depend on this machine rather than on the file (timeouts, missing engines) are not
stored. Bump :data:`VERSION` when a reader changes its output.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from evidence_checker.ingest.passage import Passage

VERSION = 8  # 8: label/value pairs side by side above a sheet's table head its rows; 7: PDF/Word table rows labelled by their column names; 6: 3/5/2026 in a date column is a date; 5: label/value rows above a sheet's table head its rows
_HASH_CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's content."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class Cache:
    """Content-addressed store of read results; ``root`` None disables it."""

    def __init__(self, root: Path | None, options_key: str) -> None:
        self.dir = root / f"v{VERSION}-{options_key}" if root is not None else None

    def _path(self, sha: str, suffix: str) -> Path | None:
        return self.dir / sha[:2] / f"{sha}{suffix}" if self.dir is not None else None

    def has(self, sha: str) -> bool:
        """True when content ``sha`` has a stored outcome."""
        path = self._path(sha, ".json")
        return path is not None and path.exists()

    def get(self, sha: str, rel_path: str) -> dict[str, Any] | None:
        """The stored outcome of content ``sha`` with passages placed at ``rel_path``, or None."""
        data = self._load(self._path(sha, ".json"))
        if data is None:
            return None
        try:
            data["passages"] = [
                Passage.from_json({**p, "id": "", "path": ""}).with_path(rel_path) for p in data["passages"]
            ]
        except (KeyError, TypeError, ValueError):
            return None
        return data

    def put(self, sha: str, *, fmt: str, status: str, pages: int | None, error: str | None,
            passages: list[Passage]) -> None:
        """Store an outcome (passages without path and id)."""
        stored = []
        for p in passages:
            item = p.to_json()
            del item["id"], item["path"]
            stored.append(item)
        self._save(self._path(sha, ".json"),
                   {"format": fmt, "status": status, "pages": pages, "error": error, "passages": stored})

    def get_archive(self, sha: str) -> dict[str, Any] | None:
        """The stored member list of an archive, or None."""
        return self._load(self._path(sha, ".zip.json"))

    def put_archive(self, sha: str, manifest: dict[str, Any]) -> None:
        self._save(self._path(sha, ".zip.json"), manifest)

    @staticmethod
    def _load(path: Path | None) -> dict[str, Any] | None:
        if path is None or not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    @staticmethod
    def _save(path: Path | None, data: dict[str, Any]) -> None:
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
