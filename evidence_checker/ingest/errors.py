"""Why a file could not be read, as exceptions carrying a status and a plain-Chinese reason.

Readers raise these; the bundle run turns them into inventory records (``status``, ``error``)
and goes on. ``str(error)`` names the file and the reason; ``error.reason`` is the reason alone.
``cacheable`` is False for problems of this machine rather than of the file (a missing OCR
engine, a timeout), so that a later run tries again.
"""

from __future__ import annotations


class ReadError(Exception):
    """A file could not be read."""

    status = "failed"
    cacheable = True

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}：{reason}")
        self.path = str(path)
        self.reason = reason


class EncryptedError(ReadError):
    """The file needs a password."""


class CorruptError(ReadError):
    """The file is damaged or not what its name says."""


class EmptyError(ReadError):
    """The file has no content (0 bytes)."""

    status = "skipped"


class UnsupportedError(ReadError):
    """No reader for this type of file."""

    status = "skipped"


class TooLargeError(ReadError):
    """The file is above the configured size limit."""

    status = "skipped"
    cacheable = False


class EngineMissingError(ReadError):
    """A program the reader needs (Tesseract, LibreOffice) is not installed."""

    cacheable = False


class ConversionError(ReadError):
    """An external conversion failed or timed out."""

    cacheable = False


def describe_exception(exc: BaseException) -> str:
    """A short Chinese reason for an unexpected exception from a parsing library."""
    detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"文件已损坏或无法解析（{name}{'：' + detail if detail else ''}）"
