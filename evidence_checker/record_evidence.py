"""The structured record files a unit's rating reads, as evidence for matching.

A unit rated by a records evaluator (``standards/<edition>/evaluators.yaml``) rests on a file
under ``records/`` (``models/record_evidence.yaml`` says which file each evaluator reads). Matching
treats that file as one named after the unit, so its rows are listed among the unit's evidence even
when they hold none of the unit's words (异常名录 says 列入日期/移出日期, not 信用信息异常).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePosixPath

from .catalog import Assessment, CatalogError
from .data import models_root, read_yaml
from .record_templates import RECORDS_DIR, SCHEMAS

RECORD_EVIDENCE_FILE = "record_evidence.yaml"


@lru_cache(maxsize=2)
def evaluator_files(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """Evaluator name → the file stems (处罚记录 …) it reads, from ``models/record_evidence.yaml``."""
    where = path or str(models_root() / RECORD_EVIDENCE_FILE)
    try:
        data = read_yaml(where) or {}
    except FileNotFoundError:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for name, keys in data.items():
        unknown = [k for k in keys or () if k not in SCHEMAS]
        if unknown:
            raise CatalogError(f"{RECORD_EVIDENCE_FILE}: {name}: unknown record file {unknown} "
                               f"(known: {', '.join(SCHEMAS)})")
        out[str(name)] = tuple(SCHEMAS[k].name for k in keys or ())
    return out


def unit_record_files(assessment: Assessment) -> dict[str, frozenset[str]]:
    """Unit id → the stems of the record files its evaluator reads (units rated from records only)."""
    from .records import load_rule_map

    files = evaluator_files()
    rules = load_rule_map(assessment.standard).get(assessment.level, {})
    return {uid: frozenset(files.get(ref.evaluator.name, ())) for uid, ref in rules.items()
            if files.get(ref.evaluator.name)}


def record_stem(path: str) -> str | None:
    """``财务数据`` for a bundle path ``records/财务数据.csv`` (a file right under ``records/``), else None."""
    parts = PurePosixPath(path).parts
    if len(parts) == 2 and parts[0] == RECORDS_DIR and "!" not in path:
        return PurePosixPath(parts[1]).stem
    return None
