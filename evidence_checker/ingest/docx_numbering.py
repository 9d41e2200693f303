"""Word list numbering: the label Word shows before a numbered paragraph (``1.``, ``一、``, ``（一）``).

Word keeps the numbers out of the text: ``numbering.xml`` defines per list (``numId``) and level
(``ilvl``) a format and a template (``%1.``); this module counts paragraphs in document order and
renders the label, as Word would for ordinary documents (restarts after a higher level;
``start`` values and overrides honoured; legal/picture bullets shown as ``•``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

_CN_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    text: str
    start: int


def _chinese(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    pairs = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
             (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in pairs:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt`` (decimal, chineseCounting, …)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(n)
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


@dataclass
class Numbering:
    """Counters over one document's numbered paragraphs; call :meth:`label` in document order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        """Read ``numbering.xml`` of a python-docx ``Document`` (empty when it has none)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls()
        abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.iter(qn("w:abstractNum"))}
        levels: dict[str, dict[int, _Level]] = {}
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            base = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.iter(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    base.update(_levels_from([lvl]))
                elif start is not None and ilvl in base:
                    old = base[ilvl]
                    base[ilvl] = _Level(old.fmt, old.text, int(start.get(qn("w:val"), "1")))
            levels[num.get(qn("w:numId"))] = base
        return cls(levels)

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list ``num_id`` at level ``ilvl`` ("" for bullets' absence or unknown lists)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return ""
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k)
                n = counters.get(k, lv.start if lv else 1)
                text = text.replace(token, format_number(n, lv.fmt if lv else "decimal"))
        return text


def _levels(abstract: Any) -> dict[int, _Level]:
    return _levels_from(abstract.iter(qn("w:lvl")))


def _levels_from(elements: Any) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in elements:
        fmt = lvl.find(qn("w:numFmt"))
        text = lvl.find(qn("w:lvlText"))
        start = lvl.find(qn("w:start"))
        out[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
            fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            text.get(qn("w:val"), "") if text is not None else "",
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
        )
    return out
