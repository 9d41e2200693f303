"""Ingestion: a bundle of documents (folders, Word, PDF, scans, Excel, old Office files, zips)
→ located, normalised passages, and an inventory saying what was read and what was not.

Library use::

    from evidence_checker.ingest import ingest_bundle, write_outputs
    result = ingest_bundle("材料/")          # IngestResult(files=[FileRecord…], passages=[Passage…])
    write_outputs(result, "材料/.evidence-checker")

One file: ``read_file(path)`` (raises a ``ReadError`` with a Chinese reason). Query text for
matching: ``normalize(text)``.
"""

from evidence_checker.ingest.archive import ZipLimits
from evidence_checker.ingest.bundle import DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT, default_workers, ingest_bundle
from evidence_checker.ingest.errors import ReadError
from evidence_checker.ingest.inventory import FileRecord, IngestResult, RunStats, load_outputs, write_outputs
from evidence_checker.ingest.normalize import normalize
from evidence_checker.ingest.options import ReadOptions
from evidence_checker.ingest.passage import Passage
from evidence_checker.ingest.progress import ProgressFn, terminal_bar
from evidence_checker.ingest.summary import format_summary, summarize

__all__ = [
    "DEFAULT_MAX_FILE_BYTES", "DEFAULT_TIMEOUT", "FileRecord", "IngestResult", "Passage", "READERS",
    "ProgressFn", "ReadError", "ReadOptions", "RunStats", "ZipLimits", "default_workers", "format_summary",
    "ingest_bundle", "load_outputs", "normalize", "read_file", "summarize", "terminal_bar", "write_outputs",
]


def __getattr__(name: str):
    """``READERS`` and ``read_file`` on first use: the readers' libraries take a second to import, and
    a run that finds every file in the cache needs none of them."""
    if name in ("READERS", "read_file"):
        from evidence_checker.ingest import readers

        return getattr(readers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
