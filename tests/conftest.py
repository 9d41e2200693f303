"""Fixtures shared across test modules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def corpora_built(tmp_path_factory) -> Path:
    """The built sample corpora: ``corpora/build`` when its spec hash matches, else a fresh build
    into a temporary folder, built once per test run: with pytest-xdist the workers share one build
    (the first one builds under a file lock, the others wait for it and reuse it)."""
    from corpora import build as B
    from corpora import heldout

    default = B.DEFAULT_OUT
    stamp = default / ".spec-hash"
    names = B.bundle_names() + [f"heldout/{n}" for n in heldout.names()]
    if stamp.is_file() and stamp.read_text().strip() == B.spec_hash() and all((default / n).is_dir() for n in names):
        return default
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = tmp_path_factory.mktemp("corpora")
        B.build(out, quiet=True)
        return out
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, above every worker's own
    out, done = shared / "corpora", shared / "corpora.built"
    with FileLock(str(shared / "corpora.lock")):
        if not done.is_file():
            B.build(out, quiet=True)
            done.write_text(B.spec_hash() + "\n")
    return out
