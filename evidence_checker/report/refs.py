"""Evidence pointers as the reports show them: a file of the bundle, a page, a link that opens it.

Links are relative to the folder the reports are written to, so a report opened from disk (or the
whole folder handed on with the bundle) opens the right file; PDF links carry ``#page=N``. A path
inside an archive (``材料.zip!制度/培训制度.docx``) links to the archive itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..results import EvidenceHit

EXCERPT_CHARS = 80


@dataclass(frozen=True)
class EvidenceRef:
    """One document (and page) that supports a rated unit."""

    path: str  # relative to the bundle root, as the run wrote it
    page: int | None
    locator: str
    excerpt: str
    kind: str  # policy | record | statement | other ('' when the matcher did not say)
    score: float
    href: str  # relative link from the report folder ('' when the file is not found)
    exists: bool
    section: str = ""  # policy in a compilation, chapter, article: 门卫管理制度 第六章 门卫管理 第十二条

    @property
    def where(self) -> str:
        """``path`` plus the page, e.g. ``制度/培训制度.pdf p.3``."""
        return f"{self.path} p.{self.page}" if self.page else self.path


def resolve_bundle(run: dict, out_dir: Path) -> Path | None:
    """The bundle root of a run: ``run["bundle"]`` (absolute, or relative to the working folder or to
    the output folder's parent, the default layout ``BUNDLE/.evidence-checker/``)."""
    raw = run.get("bundle")
    if not raw:
        return out_dir.parent if (out_dir.name == ".evidence-checker") else None
    path = Path(raw)
    if path.is_absolute():
        return path
    for base in (Path.cwd(), out_dir.parent):
        if (base / path).is_dir():
            return (base / path).resolve()
    return path.resolve()


def bundle_file(bundle: Path | None, rel_path: str) -> Path | None:
    """The real file a pointer names (the archive for a member path), or None when it is not there."""
    if bundle is None or not rel_path:
        return None
    outer = rel_path.split("!", 1)[0]
    candidate = bundle / outer
    return candidate if candidate.is_file() else None


def link(out_dir: Path, bundle: Path | None, rel_path: str, page: int | None = None) -> str:
    """A relative, URL-quoted link from ``out_dir`` to the bundle file ('' when it does not exist)."""
    target = bundle_file(bundle, rel_path)
    if target is None:
        return ""
    rel = os.path.relpath(target.resolve(), out_dir.resolve())
    href = quote(Path(rel).as_posix(), safe="/.-_~")
    if page and target.suffix.lower() == ".pdf":
        href += f"#page={page}"
    return href


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_ref(hit: EvidenceHit, out_dir: Path, bundle: Path | None, passage: dict | None = None) -> EvidenceRef:
    """A pointer to ``hit``; ``passage`` (its passages.jsonl line) adds the chapter and article."""
    from ..ingest.provenance import section_parts

    return EvidenceRef(path=hit.path, page=hit.page, locator=hit.locator, excerpt=excerpt(hit.text),
                       kind=hit.why.kind or "", score=hit.score,
                       href=link(out_dir, bundle, hit.path, hit.page),
                       exists=bundle_file(bundle, hit.path) is not None,
                       section=" ".join(section_parts(passage)))
