"""Reading budgets (``models/limits.yaml``): what one file, one worker and the bundle's archives may
cost, and the small helpers readers call to stay inside them.

A file over a budget is read in part (``partial``, the reason says which budget) or refused
(``skipped``); no reader allocates without bound. ``$EVIDENCE_CHECKER_LIMITS`` names another
limits file (tests use it for tiny budgets); worker processes inherit it.
"""

from __future__ import annotations

import hashlib
import math
import os
import zipfile
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from evidence_checker.ingest.errors import TooLargeError, why

from ..data import models_root, read_yaml
from ..messages import MessageError, Msg

LIMITS_ENV = "EVIDENCE_CHECKER_LIMITS"
LIMITS_FILE = models_root() / "limits.yaml"  # inside the wheel, or the checkout's models/ (data.py)


class LimitsError(MessageError):
    """A limits file names a budget this tool does not know (``str(e)`` Chinese, ``e.text(lang)``)."""


@dataclass(frozen=True)
class Limits:
    """The numbers of ``models/limits.yaml`` (see the comments there)."""

    max_cells_per_sheet: int = 2_000_000
    max_xml_part_bytes: int = 128 * 1024**2
    max_office_unpacked_bytes: int = 512 * 1024**2
    max_office_ratio: float = 200.0
    max_pages: int = 2000
    max_render_pixels: int = 40_000_000
    max_preview_pixels: int = 8_000_000
    max_image_pixels: int = 100_000_000
    max_chars_per_file: int = 5_000_000
    max_passages_per_file: int = 50_000
    repeat_min_passages: int = 50
    repeat_distinct_share: float = 0.1
    max_record_bytes: int = 50 * 1024**2
    max_problems_listed: int = 5
    max_error_chars: int = 600
    junk_share: float = 0.3
    text_ranges: tuple[tuple[int, int], ...] = ((0x20, 0x24F), (0x3000, 0x9FFF), (0xFF00, 0xFFEF))
    max_address_space_mb: int = 3072
    zip_max_depth: int = 3
    zip_max_member_bytes: int = 1024**3
    zip_max_total_bytes: int = 2 * 1024**3
    zip_max_ratio: float = 100.0
    zip_ratio_floor_bytes: int = 64 * 1024
    zip_max_archive_ratio: float = 50.0
    zip_archive_floor_bytes: int = 2 * 1024**2
    zip_max_members: int = 20_000

    def key(self) -> str:
        """A short hash of the budgets (they change what is read: part of the cache key)."""
        return hashlib.sha1(repr(sorted(asdict(self).items())).encode()).hexdigest()[:6]


def load_limits(path: str | Path | None = None) -> Limits:
    """Read a limits file (default ``$EVIDENCE_CHECKER_LIMITS`` or ``models/limits.yaml``)."""
    target = Path(path or os.environ.get(LIMITS_ENV) or LIMITS_FILE)
    data = read_yaml(target) or {}
    flat: dict[str, Any] = {}
    flat.update(data.get("reader") or {})
    flat.update(data.get("worker") or {})
    flat.update({f"zip_{k}": v for k, v in (data.get("archive") or {}).items()})
    known = Limits.__dataclass_fields__
    unknown = sorted(set(flat) - set(known))
    if unknown:
        raise LimitsError("limits_unknown", path=str(target), names={"list": unknown})
    if "text_ranges" in flat:
        flat["text_ranges"] = tuple(_code_range(str(r)) for r in flat["text_ranges"])
    return Limits(**{k: v if k == "text_ranges" else type(getattr(Limits, k))(v) for k, v in flat.items()})


def _code_range(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    return int(low, 16), int(high or low, 16)


@lru_cache(maxsize=4)
def _cached(path: str) -> Limits:
    return load_limits(path)


def limits() -> Limits:
    """The budgets in force in this process (read once per limits file)."""
    return _cached(str(os.environ.get(LIMITS_ENV) or LIMITS_FILE))


@dataclass(frozen=True)
class InProcess:
    """``models/limits.yaml`` → ``in_process``: when a run's few small files are read in this process
    instead of starting reading processes (none when the limits file has no such section)."""

    max_files: int = 0
    max_bytes: int = 0
    formats: tuple[str, ...] = ()

    def allows(self, jobs: list[tuple[str, int]]) -> bool:
        """True for ``(format, size)`` jobs few and small enough to read here."""
        return 0 < len(jobs) <= self.max_files and all(f in self.formats and 0 <= n <= self.max_bytes
                                                       for f, n in jobs)


@lru_cache(maxsize=4)
def _in_process(path: str) -> InProcess:
    data = (read_yaml(Path(path)) or {}).get("in_process") or {}
    unknown = sorted(set(data) - set(InProcess.__dataclass_fields__))
    if unknown:
        raise LimitsError("limits_in_process_unknown", path=str(path), names={"list": unknown})
    return InProcess(max_files=int(data.get("max_files", 0)), max_bytes=int(data.get("max_bytes", 0)),
                     formats=tuple(str(f) for f in data.get("formats") or ()))


def in_process() -> InProcess:
    """The in-process reading rule in force (read once per limits file)."""
    return _in_process(str(os.environ.get(LIMITS_ENV) or LIMITS_FILE))


# --- files -----------------------------------------------------------------------------------

def not_regular(path: Path) -> str | None:
    """Why ``path`` is no longer a regular file (swapped for a link or a FIFO after the walk), or
    None; checked again just before a file is hashed and read, so nothing outside is read."""
    import stat

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # gone: the reader reports it in its own words
    if stat.S_ISLNK(mode):
        return why("read_swapped_link")
    if not stat.S_ISREG(mode):
        return why("read_swapped_special")
    return None


# --- worker processes ------------------------------------------------------------------------

def limit_address_space(megabytes: int | None = None) -> None:
    """Cap this process's address space (children inherit it: Tesseract, LibreOffice); a reader
    that needs more gets a MemoryError (or its native library fails) instead of taking the machine."""
    import resource

    mb = limits().max_address_space_mb if megabytes is None else megabytes
    if mb <= 0:
        return
    wanted = mb * 1024**2
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or wanted < soft:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


# --- office files (docx, xlsx: zip packages of XML) ------------------------------------------

def check_office_package(path: Path, rel_path: str, lim: Limits | None = None) -> None:
    """Refuse an OOXML package whose XML parts unpack beyond the budgets (a 1 KB file declaring
    10 M shared strings, a deflate bomb inside a .docx) before any XML parser sees it."""
    reason = _office_package_reason(path, lim or limits())
    if reason is not None:
        raise TooLargeError(rel_path, str(reason))


def _office_package_reason(path: Path, lim: Limits) -> Msg | None:
    """Why an OOXML package is refused (an XML part, or the whole, unpacks beyond the budgets), as a
    ``read_*`` message; None when it is within them."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # the reader reports a damaged file in its own words
    total = sum(i.file_size for i in infos)
    biggest = max(infos, key=lambda i: i.file_size, default=None)
    if biggest is not None and biggest.file_size > lim.max_xml_part_bytes:
        return Msg("read_part_too_large", part=biggest.filename, size=_mb(biggest.file_size),
                   limit=_mb(lim.max_xml_part_bytes))
    size = max(path.stat().st_size, 1)
    if total > lim.max_office_unpacked_bytes or (total > lim.zip_archive_floor_bytes
                                                 and total / size > lim.max_office_ratio):
        return Msg("read_package_bomb", size=_mb(total), ratio=f"{total / size:.0f}")
    return None


def _mb(n: int) -> str:
    return f"{n / 1024**2:.0f} MB"


def check_image_pixels(width: int, height: int, rel_path: str, lim: Limits | None = None) -> None:
    """Refuse a picture declaring more than ``max_image_pixels`` (a decompression bomb)."""
    lim = lim or limits()
    if width * height > lim.max_image_pixels:
        raise TooLargeError(rel_path, why("read_image_pixels", width=width, height=height,
                                          limit=f"{lim.max_image_pixels:,}"))


# --- structured records (records/ of a bundle, read by the main process) ------------------------

class BudgetError(MessageError):
    """A file is beyond a budget: ``str(e)`` is the Chinese reason, ``e.text(lang)`` the reason in
    ``lang`` (a ``budget_*`` message of messages.yaml)."""


def record_file_problem(path: Path, lim: Limits | None = None) -> Msg | None:
    """Why a ``records/`` file is not read, or None: a link (it could lead outside the bundle),
    not a regular file, too large, or an Office package that unpacks beyond the budgets. The
    reason is a message: a ``str`` (its Chinese text) that ``.render(lang)`` shows in ``lang``."""
    import stat

    lim = lim or limits()
    try:
        st = os.lstat(path)
    except OSError as e:
        return Msg("read_cannot_open", error=str(e.strerror or e))
    if stat.S_ISLNK(st.st_mode):
        return Msg("budget_record_link")
    if not stat.S_ISREG(st.st_mode):
        return Msg("budget_record_special")
    if st.st_size > lim.max_record_bytes:
        return Msg("budget_record_too_large", size=_mb(st.st_size), limit=_mb(lim.max_record_bytes))
    if path.suffix.lower() == ".xlsx":
        return _office_package_reason(path, lim)
    return None


def check_cells(rows: int, columns: int, lim: Limits | None = None) -> None:
    """Raise :class:`BudgetError` when a sheet spans more than ``max_cells_per_sheet`` cells."""
    lim = lim or limits()
    if rows * columns > lim.max_cells_per_sheet:
        raise BudgetError("budget_sheet_range", rows=f"{rows:,}", columns=f"{columns:,}",
                          limit=f"{lim.max_cells_per_sheet:,}")


def workbook_problem(path: Path, lim: Limits | None = None) -> Msg | None:
    """Why a workbook a person hands in (ratings, a filled review sheet) is not opened, or None (a
    message, as :func:`record_file_problem`'s)."""
    return _office_package_reason(path, lim or limits())


def bounded_rows(ws: Any, lim: Limits | None = None) -> Iterator[tuple]:
    """The rows of an openpyxl read-only worksheet as values, numbered as the sheet shows them
    (empty rows as ``()``), ignoring the declared dimension; :class:`BudgetError` past the cells budget."""
    lim = lim or limits()
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    cells = 0
    for values in ws.iter_rows(values_only=True):
        cells += len(values)
        if cells > lim.max_cells_per_sheet:
            raise BudgetError("budget_sheet_cells", limit=f"{lim.max_cells_per_sheet:,}")
        yield tuple(values)


# --- spreadsheets ----------------------------------------------------------------------------

def sheet_rows(ws: Any, notes: Any, lim: Limits | None = None) -> Iterator[tuple[int, tuple]]:
    """``(row number, values)`` of an openpyxl read-only worksheet, empty rows left out and
    trailing empty cells trimmed, ignoring the sheet's declared dimension (``A1:XFD1048576``
    would pad every row to 16,384 cells); stops at ``max_cells_per_sheet`` with a note."""
    lim = lim or limits()
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    cells = 0
    for number, values in enumerate(ws.iter_rows(values_only=True), 1):
        if not values:
            continue
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        if not end:
            continue
        cells += len(values)
        if cells > lim.max_cells_per_sheet:
            notes.problem(why("read_sheet_cut_at", sheet=ws.title, limit=f"{lim.max_cells_per_sheet:,}", row=number))
            return
        yield number, values[:end]


def xls_rows(name: str, nrows: int, ncols: int, notes: Any, lim: Limits | None = None) -> int:
    """How many rows of an old-format (.xls) sheet to turn into text within ``max_cells_per_sheet``."""
    lim = lim or limits()
    if nrows * max(ncols, 1) <= lim.max_cells_per_sheet:
        return nrows
    rows = max(1, lim.max_cells_per_sheet // max(ncols, 1))
    notes.problem(why("read_sheet_cut_rows", sheet=name, limit=f"{lim.max_cells_per_sheet:,}", rows=f"{rows:,}"))
    return rows


# --- pages -----------------------------------------------------------------------------------

def page_count(declared: int, notes: Any, lim: Limits | None = None) -> int:
    """How many of a document's ``declared`` pages to read (``max_pages``; a note when fewer)."""
    lim = lim or limits()
    if declared > lim.max_pages:
        notes.problem(why("read_pages_cut", declared=f"{declared:,}", pages=f"{lim.max_pages:,}"))
        return lim.max_pages
    return declared


# --- rendering -------------------------------------------------------------------------------

def render_scale(width: float, height: float, wanted: float, lim: Limits | None = None, *,
                 preview: bool = False) -> float:
    """The scale to render a ``width`` × ``height`` page at: ``wanted``, or less so that the
    image stays within ``max_render_pixels`` (``max_preview_pixels`` for the review page)."""
    lim = lim or limits()
    area = max(width, 1.0) * max(height, 1.0)
    cap = math.sqrt((lim.max_preview_pixels if preview else lim.max_render_pixels) / area)
    return min(wanted, cap)


# --- what a reader returns -------------------------------------------------------------------

def junk_share(text: str, lim: Limits | None = None) -> float:
    """Share of the non-space characters outside ``text_ranges`` (random bytes decoded as text:
    private-use, unassigned, Hangul, control characters), 0.0 for no text."""
    ranges = (lim or limits()).text_ranges
    chars = [ord(ch) for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    junk = sum(1 for c in chars if not any(low <= c <= high for low, high in ranges))
    return junk / len(chars)


def clamp_passages(passages: list, notes: Any, lim: Limits | None = None) -> list:
    """At most ``max_passages_per_file`` passages and ``max_chars_per_file`` characters (a note
    says where the file was cut)."""
    lim = lim or limits()
    kept, chars = [], 0
    for p in passages:
        if len(kept) >= lim.max_passages_per_file:
            notes.problem(why("read_passages_cut", limit=f"{lim.max_passages_per_file:,}"))
            break
        chars += len(p.text)
        if chars > lim.max_chars_per_file:
            notes.problem(why("read_chars_cut", limit=f"{lim.max_chars_per_file:,}"))
            break
        kept.append(p)
    return kept


def drop_repeats(passages: list, notes: Any, lim: Limits | None = None) -> list:
    """A file of one text repeated (a line of 60,000 zeros cut into 200 equal passages): the
    repeats carry nothing and would only cost matching time; the first of each is kept."""
    lim = lim or limits()
    if len(passages) < lim.repeat_min_passages:
        return passages
    distinct = {p.text for p in passages}
    if len(distinct) >= lim.repeat_distinct_share * len(passages):
        return passages
    seen: set[str] = set()
    kept = [p for p in passages if not (p.text in seen or seen.add(p.text))]
    notes.problem(why("read_repeats", total=f"{len(passages):,}", distinct=f"{len(kept):,}"))
    return kept


def clip(text: str | None, lim: Limits | None = None) -> str | None:
    """A reason cut to ``max_error_chars`` (an inventory stays small whatever the file says)."""
    if text is None:
        return None
    n = (lim or limits()).max_error_chars
    return text if len(text) <= n else text[: n - 1] + "…"
