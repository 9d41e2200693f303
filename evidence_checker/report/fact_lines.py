"""Facts a proposal read, as lines a person reads.

The propose stage writes facts as small mappings, e.g. ``{"threshold": "training_min_per_year",
"required": 2, "found": 1}`` → ``每年参加2次以上：要求 2，材料显示 1``, or the financial ratios of
2019 No.46 → ``财务比率：年度 2025，营业利润率 9.10%，…（records/财务数据.csv 第3行）``. Keys get labels
from i18n (``fact.<key>``; heads ``fact.name.<name>`` / ``fact.kind.<kind>``; ``fact.rule.<rule>``);
thresholds are named by their phrase in the standard, flags and roles by their wording. Unknown keys
are shown as they are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

from ..catalog import Item, SubItem, load_standard
from ..i18n import _LABELS, t
from ..translation import translate
from ..proposal_facts import Fact

HIDDEN = {"threshold", "name", "kind", "rule", "file", "row", "text", "label", "op"}
OPS = {"<=": "fact.op.le", "<": "fact.op.lt", ">=": "fact.op.ge", ">": "fact.op.gt", "==": "fact.op.eq"}
PERCENT = {"operating_profit_margin", "return_on_equity", "debt_ratio"}  # fractions shown as %
FRACTION_NAMES = {"late_tax_rate", "violation_ratio"}  # indicators whose value is a fraction
MAX_LISTED = 4  # values of a list shown before "… 共N个"


@lru_cache(maxsize=2)
def _wording(lang: str = "zh") -> dict[str, str]:
    """Role keys and profile flags → their wording in ``lang`` (flags from the edition's translation, roles
    from the facts lexicon when present)."""
    std = load_standard()
    words = {k: translate(std, f.label, lang) for k, f in std.flags.items()}
    try:
        from ..facts import role_labels

        words.update(role_labels(lang=lang))
    except Exception:  # the facts lexicon is optional for a report: keys are shown as they are
        pass
    return words


def _label(key: str, lang: str) -> str | None:
    return t(key, lang) if key in _LABELS else None


def fact_name(fact: Mapping) -> str | None:
    """The threshold or indicator a fact is about (:attr:`Fact.name`)."""
    return Fact.of(fact).name


def fact_value(fact: Mapping) -> object | None:
    """The number the documents show for a threshold fact (:attr:`Fact.value`)."""
    return Fact.of(fact).value


def _value(key: str, v: object, fact: Mapping, lang: str) -> str:
    sep = "、" if lang == "zh" else ", "
    if isinstance(v, bool):
        return t(("ok" if v else "not_ok") if key == "ok" else ("report.yes" if v else "report.no"), lang)
    if key == "rating" and isinstance(v, str):
        return t(v, lang)
    if key == "limit" and fact.get("op") in OPS and isinstance(v, (int, float)):
        shown = _value("value" if fact.get("name") in FRACTION_NAMES else "", v, fact, lang)
        return t(OPS[fact["op"]], lang).format(value=shown)
    if isinstance(v, Mapping) and ("date" in v or "path" in v):  # an occasion: its date and file
        name = str(v.get("path") or "").split("!")[-1].rsplit("/", 1)[-1]
        date = str(v.get("date") or "")
        return (f"{date}（《{name}》）" if lang == "zh" else f"{date} ({name})") if name else date
    if isinstance(v, (int, float)) and (key in PERCENT or (key == "value" and fact.get("name") in FRACTION_NAMES)):
        return f"{v * 100:.2f}%"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:.4g}"
    if isinstance(v, Mapping):  # nested values (scores per ratio) are shown as they are
        return sep.join(f"{_label(f'fact.{k}', lang) or k} {_value('', x, {}, lang)}" for k, x in v.items())
    if isinstance(v, (list, tuple)):
        if key == "window" and len(v) == 2:
            return f"{v[0]}{'至' if lang == 'zh' else ' to '}{v[1]}"
        shown = sep.join(_value(key, x, fact, lang) for x in v[:MAX_LISTED])
        return shown + (t("report.and_more", lang).format(n=len(v)) if len(v) > MAX_LISTED else "")
    return _en_quoted(_wording(lang).get(v, str(v)), lang) if isinstance(v, str) else str(v)


def _en_quoted(text: str, lang: str) -> str:
    """Chinese words (the standard's phrases, the profile's flags, values from the records) stay as
    they are, quoted, in an English line."""
    return f"“{text}”" if lang == "en" and any("\u4e00" <= ch <= "\u9fff" for ch in text) else text


def fact_text(fact: object, unit: Item | SubItem, lang: str = "zh") -> str:
    """One fact as a line in ``lang`` (plain text facts pass through)."""
    if not isinstance(fact, Mapping):
        return str(fact)
    fact = Fact.of(fact)
    colon = "：" if lang == "zh" else ": "
    if fact.get("text"):  # a fact that says itself
        value = fact.value
        said = _en_quoted(str(fact["text"]), lang)
        return f"{said}{colon}{_value('value', value, fact, lang)}" if value is not None else said
    name = fact.name
    phrases = {th.name: th.text for th in unit.thresholds}
    if name:
        head = _en_quoted(phrases.get(name) or _label(f"fact.name.{name}", lang) or name, lang)
    else:
        kind = next((f"fact.{k}.{fact[k]}" for k in ("kind", "rule") if fact.get(k)), None)
        head = (_label(kind, lang) or kind.split(".", 2)[2]) if kind else ""
    body = ("，" if lang == "zh" else "; ").join(
        f"{_label(f'fact.{k}', lang) or k} {_value(k, v, fact, lang)}" for k, v in fact.items()
        if k not in HIDDEN and v not in (None, "", [], {}))
    line = f"{head}{colon}{body}" if head and body else head or body
    if fact.source:
        file, row_no = fact.source
        row = t("report.row", lang).format(row=row_no) if row_no else ""
        line += f"（{file}{' ' + row if row else ''}）" if lang == "zh" else f" ({file} {row})".rstrip()
    return line
