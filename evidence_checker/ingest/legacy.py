"""Legacy and other office formats (.doc, .wps, .rtf, .odt; .xls fallback, .et, .ods) through a
LibreOffice headless conversion to DOCX/XLSX, then the DOCX/XLSX reader.

Every call gets its own LibreOffice user profile (``-env:UserInstallation``): two conversions
sharing one profile make one silently produce nothing (measured). The conversion runs in its own
process group with a timeout and is killed whole when it hangs. Passages keep the original path.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from evidence_checker.ingest import docx as docx_reader
from evidence_checker.ingest import sheet as sheet_reader
from evidence_checker.ingest.errors import ConversionError, CorruptError, EngineMissingError, why
from evidence_checker.ingest.options import DEFAULT_OPTIONS, ReadNotes, ReadOptions
from evidence_checker.ingest.passage import Passage

SPREADSHEET_SUFFIXES = (".xls", ".et", ".ods", ".xlt")


def soffice() -> str | None:
    """Path of the LibreOffice executable, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, target: str, out_dir: Path, *, timeout: float, rel_path: str = "") -> Path:
    """Convert ``path`` to ``target`` (``docx`` or ``xlsx``) in ``out_dir``; return the new file.

    Raises :class:`EngineMissingError` without LibreOffice, :class:`ConversionError` on a timeout,
    :class:`CorruptError` when LibreOffice cannot open the file.
    """
    name = rel_path or path.name
    program = soffice()
    if program is None:
        raise EngineMissingError(name, why("read_no_libreoffice", suffix=path.suffix))
    source = out_dir / f"source{path.suffix.lower()}"
    shutil.copyfile(path, source)  # a plain name: no odd characters or leading '-' on the command line
    profile = Path(tempfile.mkdtemp(prefix="ec-lo-profile-"))
    command = [
        program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
        "--convert-to", target, "--outdir", str(out_dir), str(source),
    ]
    try:
        _run(command, timeout, name)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    result = out_dir / f"source.{target}"
    if not result.exists() or result.stat().st_size == 0:
        raise CorruptError(name, why("read_libreoffice_open"))
    return result


def _run(command: list[str], timeout: float, name: str) -> None:
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "HOME": os.environ.get("HOME", "/tmp")},
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise ConversionError(name, why("read_libreoffice_timeout", seconds=f"{timeout:.0f}")) from exc


def read(
    path: Path, *, rel_path: str, options: ReadOptions = DEFAULT_OPTIONS, notes: ReadNotes | None = None
) -> list[Passage]:
    """Convert with LibreOffice and read the result as DOCX or XLSX."""
    notes = notes if notes is not None else ReadNotes()
    spreadsheet = path.suffix.lower() in SPREADSHEET_SUFFIXES
    with tempfile.TemporaryDirectory(prefix="ec-convert-") as tmp:
        with notes.stage("convert"):
            converted = convert(
                path, "xlsx" if spreadsheet else "docx", Path(tmp), timeout=options.convert_timeout, rel_path=rel_path
            )
        reader = sheet_reader.read if spreadsheet else docx_reader.read
        return reader(converted, rel_path=rel_path, options=options, notes=notes)
