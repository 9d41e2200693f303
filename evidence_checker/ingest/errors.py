"""Why a file could not be read, as exceptions carrying a status and a plain-Chinese reason.

Readers raise these; the bundle run turns them into inventory records (``status``, ``error``)
and goes on. ``str(error)`` names the file and the reason; ``error.reason`` is the reason alone.
``cacheable`` is False for problems of this machine rather than of the file (a missing OCR
engine, a timeout), so that a later run tries again.

The wording of every reason is a ``read_*`` message of messages.yaml: :func:`why` writes its
Chinese text (what inventory.json and the cache keep), :func:`reason_text` shows a kept reason in
the language asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache


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
    return why("read_unparsable_detail", error=name, detail=detail) if detail else why("read_unparsable", error=name)


def why(key: str, **args: object) -> str:
    """The reason ``key`` (a ``read_*`` message of messages.yaml) in Chinese, filled in: plain text,
    as inventories, the cache and the worker processes keep it."""
    from evidence_checker.messages import Msg

    return str(Msg(key, **args))


NESTED = ("reason", "where", "suffix")  # parameters that may hold another reason (图片, 无扩展名)
LISTS = ("langs",)  # parameters that are lists (joined with 、 in Chinese)
SEP = "；"  # ReadNotes.summary joins a file's problems with it


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """Each ``read_*`` message with a pattern matching its Chinese text, the most literal first
    (so that ``{where}：{reason}`` is tried last)."""
    from evidence_checker.messages import templates

    found = []
    for key, entry in templates().items():
        if key.startswith("read_"):
            parts = re.split(r"\{(\w+)\}", entry["zh"])
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
            found.append((-len("".join(parts[0::2])), key, re.compile(regex, re.S)))
    return [(key, pattern) for _, key, pattern in sorted(found, key=lambda f: f[0])]


def _translated(text: str, lang: str) -> str | None:
    """One reason in ``lang``, or None when no ``read_*`` message reads it."""
    from evidence_checker.messages import LIST, Msg

    for key, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m is None or any(SEP in v for v in m.groupdict().values()):
            continue
        args: dict[str, object] = {}
        for name, value in m.groupdict().items():
            if name in NESTED:
                value = _translated(value, lang) or value
            elif name in LISTS:
                value = LIST[lang].join(value.split(LIST["zh"]))
            args[name] = value
        return Msg(key, **args).render(lang)
    return None


def reason_text(text: str | None, lang: str = "zh") -> str | None:
    """A kept reason (Chinese, as :func:`why` wrote it) in ``lang``; several joined with ``；``
    each in turn. A text no message reads (an older tool's, one cut short) stays as it is."""
    if not text or lang == "zh":
        return text
    whole = _translated(text, lang)
    if whole is not None:
        return whole
    parts = text.split(SEP)
    if len(parts) == 1:
        return text
    from evidence_checker.messages import SEP as SEPS

    return SEPS[lang].join(_translated(p, lang) or p for p in parts)
