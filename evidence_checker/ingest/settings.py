"""The readers' word lists and thresholds, from ``models/ingest.yaml`` (read once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data import models_root, read_yaml

INGEST_SETTINGS = models_root() / "ingest.yaml"  # inside the wheel, or the checkout's models/ (data.py)


@dataclass(frozen=True)
class IngestSettings:
    """See ``models/ingest.yaml`` for the meaning of every field."""

    date_header_words: tuple[str, ...] = ("日期", "时间", "date")
    serial_min: float = 20000
    serial_max: float = 80000
    two_digit_year_base: int = 2000
    month_first: bool = True
    toc_titles: tuple[str, ...] = ("目录",)
    toc_min_lines: int = 3
    lead_in_endings: tuple[str, ...] = ("：", ":")
    max_item_chars: int = 30
    bullets: tuple[str, ...] = ("●", "•")
    cell_gap_heights: float = 1.5
    table_min_rows: int = 3
    label_endings: tuple[str, ...] = ("：", ":")
    text_layer_min_good: float = 0.7
    osd_min_confidence: float = 2.0
    compilation_title_endings: tuple[str, ...] = ("汇编",)
    policy_title_endings: tuple[str, ...] = ("制度", "办法", "规定")


@lru_cache(maxsize=4)
def load(path: str | None = None) -> IngestSettings:
    """Settings from ``models/ingest.yaml`` (or ``path``); defaults for missing keys."""
    file = Path(path) if path else INGEST_SETTINGS
    data = read_yaml(file) if file.exists() else {}
    flat: dict = {}
    for section in (data or {}).values():
        if isinstance(section, dict):
            flat.update(section)
    known = IngestSettings.__dataclass_fields__
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in flat.items() if k in known}
    return IngestSettings(**values)
