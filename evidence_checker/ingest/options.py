"""What a reader is given (:class:`ReadOptions`) and what it reports back (:class:`ReadNotes`)."""

from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from evidence_checker.ingest.errors import why


@dataclass(frozen=True)
class ReadOptions:
    """Settings that change what readers produce (part of the cache key) or how long they may take.

    ``ocr_min_chars``: a PDF page with fewer text characters (and an image) is OCRed; so is a page
    mostly covered by images with fewer than ``ocr_cover_chars`` characters.
    ``ocr_min_image_pixels``: pictures inside Word files at least this large are OCRed.
    ``page_range``: read only PDF pages ``[start, end)`` (0-based): one task per scanned page in
    ``batch``; not part of the cache key (the parts are put together before caching).
    """

    ocr_lang: str = "chi_sim+eng"
    ocr_dpi: int = 300
    ocr_min_chars: int = 10
    ocr_cover_chars: int = 50
    ocr_min_image_pixels: int = 300_000
    ocr_document_images: bool = True
    max_chars: int = 300
    ocr_timeout: float = 180.0
    convert_timeout: float = 180.0
    page_range: tuple[int, int] | None = None

    def cache_key(self) -> str:
        """A short hash of the fields that change the passages (timeouts excluded)."""
        relevant = (self.ocr_lang, self.ocr_dpi, self.ocr_min_chars, self.ocr_cover_chars,
                    self.ocr_min_image_pixels, self.ocr_document_images, self.max_chars)
        return hashlib.sha1(repr(relevant).encode()).hexdigest()[:8]


DEFAULT_OPTIONS = ReadOptions()


@dataclass
class ReadNotes:
    """Filled in by a reader while it works: page count, problems that made the read partial,
    whether the result may be cached, and seconds per stage (for the benchmark)."""

    pages: int | None = None
    problems: list[str] = field(default_factory=list)
    cacheable: bool = True
    timings: dict[str, float] = field(default_factory=dict)

    more: int = 0  # problems beyond the budget's max_problems_listed, counted, not kept

    def problem(self, reason: str, *, cacheable: bool = True) -> None:
        """Record a problem (Chinese, naming the page or part); environment problems are not cached.
        At most ``max_problems_listed`` (models/limits.yaml) distinct ones are kept, the rest counted (a PDF declaring a
        million pages must not give a million reasons)."""
        from evidence_checker.ingest.budget import limits

        if reason in self.problems:
            pass
        elif len(self.problems) < limits().max_problems_listed:
            self.problems.append(reason)
        else:
            self.more += 1
        self.cacheable = self.cacheable and cacheable

    def summary(self) -> str | None:
        """The problems as one reason: distinct ones joined, then how many more there were."""
        if not self.problems:
            return None
        text = "；".join(self.problems)
        return text + ("；" + why("read_more", n=f"{self.more:,}") if self.more else "")

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Add the time spent in the ``with`` body to ``timings[name]``."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start
