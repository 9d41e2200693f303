"""Messages built from templates with parameters (``messages.yaml``), so one fact reads in Chinese
and in English.

A :class:`Msg` is a ``str`` — its Chinese text — that also remembers its template key and
parameters; ``msg.render("en")`` gives the English from the same facts. Proposals keep their reasons
and "missing" texts as such messages; ``proposals.json`` holds the Chinese text as before plus the
keys and parameters (``messages``), and :func:`from_json` rebuilds them when a run is read back.

A parameter is a plain value, a :func:`cite` (file + where in it), a list of them, a :func:`period`,
a :func:`quote` (quoted document text: shown as it is in both languages), a :func:`std` (the
standard's words: plain in Chinese, quoted in English), :func:`labels` (requirement elements by their
labels in ``elements.yaml``, ``label`` / ``label_en``), a :func:`files` list, a :func:`name` (a name or value from the records: plain in Chinese, quoted in
English), a :func:`yuan` amount, a :func:`plus` sum, or another message.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


from .locators import cite as _cite

MESSAGES_FILE = Path(__file__).with_name("messages.yaml")
SEP = {"zh": "；", "en": "; "}
LIST = {"zh": "、", "en": ", "}


@lru_cache(maxsize=1)
def templates() -> dict[str, dict[str, str]]:
    from .data import read_yaml  # libyaml when installed: the same data, faster

    return read_yaml(MESSAGES_FILE)


def cite(path: str, page: int | None, locator: str) -> dict:
    return {"cite": [path, page, locator]}


def cites(hits) -> dict:
    return {"cites": [[h.path, h.page, h.locator] for h in hits]}


def files(paths) -> dict:
    return {"files": [str(p).split("!")[-1].rsplit("/", 1)[-1] for p in paths]}


def period(start, end) -> dict:
    return {"period": [str(start), str(end)]}


def quote(text: str) -> dict:
    """Document text, quoted in both languages."""
    return {"quote": text}


def std(text: str) -> dict:
    """The standard's own (Chinese) words: as they are in Chinese; in English, quoted, from the edition's
    unofficial translation (``standards/<edition>/translation.en.yaml``) where it has the text, else as
    they are."""
    return {"std": text}


@lru_cache(maxsize=1)
def _standard_english() -> dict[str, str]:
    """Every bundled edition's translation entries, Chinese (whitespace normalised) → English."""
    from .catalog import STANDARDS_DIR
    from .translation import english_texts

    out: dict[str, str] = {}
    for root in sorted(Path(STANDARDS_DIR).iterdir()):
        if root.is_dir():
            out.update(english_texts(root))
    return out


def _std_text(text: str, lang: str) -> str:
    if lang == "zh":
        return text
    from .catalog import normalize_ws

    return f"“{_standard_english().get(normalize_ws(text), text)}”"


def labels(elements) -> dict:
    """Requirement elements (``elements.yaml``) by their labels: ``label`` in Chinese, ``label_en`` in
    English. ``elements``: objects with ``label`` and ``label_en``, or (Chinese, English) pairs."""
    pairs = []
    for e in elements:
        zh, en = (e if isinstance(e, (tuple, list)) else (e.label, getattr(e, "label_en", "")))
        pairs.append([str(zh), str(en or zh)])
    return {"labels": pairs}


def name(text: str) -> dict:
    """A name or a value from the records (a file, a record kind, an indicator, an audit opinion):
    as it is in Chinese, quoted in English."""
    return {"name": str(text)}


def yuan(amount) -> dict:
    """An amount in yuan: 3万元 in Chinese, CNY 30,000 in English."""
    return {"yuan": str(amount)}


def plus(terms) -> dict:
    """Terms of a sum, joined with " + " in both languages."""
    return {"plus": list(terms)}


def _yuan_text(amount: str, lang: str) -> str:
    from decimal import Decimal

    from .records.finance_model import _num

    d = Decimal(amount)
    if lang == "zh":
        return f"{_num(d / 10000)}万元" if abs(d) >= 10000 else f"{_num(d)}元"
    return f"CNY {format(Decimal(_num(d)), ',f')}"


def render_arg(v: Any, lang: str) -> str:
    if isinstance(v, Msg):
        return v.render(lang)
    if isinstance(v, dict):
        if "cite" in v:
            return _cite(*v["cite"], lang)
        if "cites" in v:
            return SEP[lang].join(_cite(*c, lang) for c in v["cites"])
        if "files" in v:
            return LIST[lang].join(f"《{f}》" if lang == "zh" else f"“{f}”" for f in v["files"])
        if "period" in v:
            a, b = v["period"]
            return f"{a}至{b}" if lang == "zh" else f"{a} to {b}"
        if "quote" in v:
            return f"“{v['quote']}”"
        if "std" in v:
            return _std_text(v["std"], lang)
        if "labels" in v:
            return LIST[lang].join(zh if lang == "zh" else en for zh, en in v["labels"])
        if "name" in v:
            return v["name"] if lang == "zh" else f"“{v['name']}”"
        if "yuan" in v:
            return _yuan_text(v["yuan"], lang)
        if "plus" in v:
            return " + ".join(render_arg(x, lang) for x in v["plus"])
        if "key" in v:
            return Msg(v["key"], **v.get("args", {})).render(lang)
        if "list" in v:
            return LIST[lang].join(render_arg(x, lang) for x in v["list"])
        if "join" in v:
            return SEP[lang].join(render_arg(x, lang) for x in v["join"])
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


class Msg(str):
    """A message: its Chinese text, with the template key and parameters it was built from."""

    key: str
    args: dict

    def __new__(cls, key: str, **args: Any) -> "Msg":
        if key not in templates():
            raise KeyError(f"messages.yaml: no message {key!r}")
        obj = super().__new__(cls, _format(key, args, "zh"))
        obj.key, obj.args = key, args
        return obj

    def render(self, lang: str = "zh") -> str:
        return _format(self.key, self.args, lang)

    def to_json(self) -> dict:
        return {"key": self.key, "args": {k: _arg_json(v) for k, v in self.args.items()}}


class MessageError(ValueError):
    """An error whose message is a message of messages.yaml: ``str(e)`` is its Chinese text, as
    before, and ``e.text(lang)`` the same facts in ``lang``. It keeps the key and the plain
    parameters (no :class:`Msg`), so it pickles. Given a text that is no key, it is that text in
    both languages."""

    def __init__(self, key: str, **args: Any) -> None:
        self.key, self.params = key, args
        super().__init__(_format(key, args, "zh") if key in templates() else key)

    def text(self, lang: str = "zh") -> str:
        return _format(self.key, self.params, lang) if self.key in templates() else self.key

    def message(self) -> "Msg | str":
        """The error as a :class:`Msg` (to keep in a list of problems, or to pass on as a parameter);
        its text when it is not a message."""
        return Msg(self.key, **self.params) if self.key in templates() else self.key

    def arg(self) -> "dict | str":
        """The error as a plain parameter of another message or error (it pickles, unlike a :class:`Msg`)."""
        return {"key": self.key, "args": self.params} if self.key in templates() else self.key

    def __reduce__(self):
        return (_rebuild_error, (type(self), self.key, self.params))


def _rebuild_error(cls: type, key: str, params: dict) -> MessageError:
    return cls(key, **params)


def _format(key: str, args: dict, lang: str) -> str:
    entry = templates()[key]
    return (entry.get(lang) or entry["zh"]).format(**{k: render_arg(v, lang) for k, v in args.items()})


def _arg_json(v: Any) -> Any:
    if isinstance(v, Msg):
        return v.to_json()
    if isinstance(v, dict) and "list" in v:
        return {"list": [_arg_json(x) for x in v["list"]]}
    if isinstance(v, dict) and "join" in v:
        return {"join": [_arg_json(x) for x in v["join"]]}
    if isinstance(v, dict) and "plus" in v:
        return {"plus": [_arg_json(x) for x in v["plus"]]}
    return v


def text(value: Any, lang: str = "zh") -> str:
    """A reason or a missing text in ``lang``: a message is rendered, any other text is as it is."""
    return value.render(lang) if isinstance(value, Msg) else str(value)


def error_arg(exc: BaseException) -> "dict | str":
    """An exception as a plain parameter of a message: a :class:`MessageError` in the language the
    message is shown in, any other as its text."""
    return exc.arg() if isinstance(exc, MessageError) else str(exc)


def to_json(values) -> list | None:
    """The keys and parameters of a list of texts (None for a text that is not a message); None
    when none is a message."""
    out = [v.to_json() if isinstance(v, Msg) else None for v in values]
    return out if any(x is not None for x in out) else None


def from_json(texts, stored) -> tuple:
    """The texts of a proposal read back, as messages where their keys and parameters were stored
    (and still render to the stored text, so an edited file never shows a different sentence)."""
    if not stored or len(stored) != len(texts):
        return tuple(texts)
    out = []
    for t, m in zip(texts, stored):
        if isinstance(m, dict) and m.get("key") in templates():
            try:
                msg = Msg(m["key"], **(m.get("args") or {}))
            except (KeyError, IndexError, ValueError, TypeError):
                msg = None
            out.append(msg if msg is not None and str(msg) == t else t)
        else:
            out.append(t)
    return tuple(out)
