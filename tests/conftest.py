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


@pytest.fixture
def tiny_corpus(tmp_path) -> Path:
    """Three one-file gold bundles a, b, c (a training rule, a sign-in line, an unrelated article), small
    enough to run `eval` or `calibrate` on in a few seconds."""
    import yaml

    profile = {"enterprise": "测试公司", "edition": "2018-177", "level": "general", "business_type": "importer",
               "as_of": "2026-11-01", "flags": {}, "branches": []}
    texts = {"a": "第一条 公司每年组织两次海关法律法规培训，法定代表人、关务负责人参加。\n",
             "b": "2026-03-20 海关法律法规培训签到：法定代表人 张三、关务负责人 李四。\n",
             "c": "第三条 公司设关务部，负责进出口单证的复核。\n"}
    corpus = tmp_path / "tiny"
    for name, text in texts.items():
        (corpus / name).mkdir(parents=True)
        (corpus / name / "材料.txt").write_text(text, encoding="utf-8")
        (corpus / name / "gold.yaml").write_text(yaml.safe_dump(
            {"bundle": name, "set": "in-sample", "profile": profile,
             "subitems": {"common.1.1": {"rating": "basically_compliant"}, "common.1.2": {"rating": "compliant"}}},
            allow_unicode=True), encoding="utf-8")
    return corpus


def pytest_collection_modifyitems(config, items):
    """``tests/test_eval.py`` first: the corpus build, then `eval` over every bundle, the longest task of the
    suite. With ``--dist loadfile --no-loadscope-reorder`` (scripts/test.sh) one worker starts it at once
    while the other takes the other modules, each module on one worker (module fixtures computed once)."""
    items.sort(key=lambda item: item.path.name != "test_eval.py")
