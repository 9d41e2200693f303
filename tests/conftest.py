"""Fixtures shared across test modules."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def corpora_built(tmp_path_factory) -> Path:
    """The built sample corpora: ``corpora/build`` when its spec hash matches, else a fresh build
    into a temporary folder (built once per test session)."""
    from corpora import build as B
    from corpora import heldout

    default = B.DEFAULT_OUT
    stamp = default / ".spec-hash"
    names = B.bundle_names() + [f"heldout/{n}" for n in heldout.names()]
    if stamp.is_file() and stamp.read_text().strip() == B.spec_hash() and all((default / n).is_dir() for n in names):
        return default
    out = tmp_path_factory.mktemp("corpora")
    B.build(out, quiet=True)
    return out
