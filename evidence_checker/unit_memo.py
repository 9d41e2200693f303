"""Per-unit proposals kept between runs, keyed on what each unit's proposal actually read.

A unit's proposal (:func:`propose.propose_unit`) is a function of the unit, its evidence hits and
what it reads from the run's :class:`propose.Context`. While a unit is proposed it gets a recording
view of the context: every read is noted — a file's passages (``passages_by_path.get(path)``, a
context row, a record log, a sheet's header), one passage by its id, the list of paths, every file at
once, a passage's best score, best sub-item or the units it names most core concepts of, the siblings'
records, the unit's records verdict, the role holders of the whole bundle, the open problems and the
findings named for it. With the proposal the run keeps each
read and a digest of the value it returned.

In the next run a unit is taken over when its hits digest the same and every recorded read, done
again on the new context, returns a value with the same digest; else it is proposed again (and its
reads recorded anew). The values are compared, not the files behind them: a changed policy that
names no role holder leaves ``role_people`` as it was, and the units that only read the role holders
keep their proposals. A read of a context attribute the view does not know makes the unit
never reused (the safe side for a new rule that reads something new).

Everything else a proposal depends on — the program and its data (rules, settings, lexicon,
elements), the profile with its readings and as_of date, whether ``records/`` is present, the
language and the day — is one key for the whole run (:func:`rerun.propose_context`): when it differs
nothing is reused.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
from typing import Any, Callable

VERSION = 1
_MISSING = ("<missing>",)
# context attributes that are the same for every unit of a run and part of the run's key
_CONSTANT = frozenset({"profile", "settings", "lexicon", "assessment", "elements", "records_present",
                       "file_memo"})  # file_memo: answers that are functions of one file (read first)
_KEYED = ("top_score", "top_core", "best_unit", "sibling_records", "record_verdicts")
# reads whose values hold sets: digested in canonical form
_SETS = frozenset({"best_unit", "top_core", "whole", "other_company_files", "draft_files", "overdue_ids"})
# context methods that answer for the whole bundle, found once per run: a unit's read is the method's value
_WHOLE_BUNDLE = frozenset({"role_people", "problem_passages", "other_company_files", "empty_registers",
                           "draft_files", "overdue_rows", "overdue_ids", "roster_lists", "filled_names"})


def _canon(v: Any) -> Any:
    """A value in a form whose pickle is the same for equal values (sets sorted, messages by key)."""
    from .messages import Msg

    if isinstance(v, Msg):
        return ("msg", v.key, _canon(v.args), str(v))
    if isinstance(v, (str, int, float, bool, type(None))):
        return v
    if isinstance(v, dict):
        return ("dict", tuple((_canon(k), _canon(x)) for k, x in v.items()))
    if isinstance(v, (list, tuple)):
        return (type(v).__name__, tuple(_canon(x) for x in v))
    if isinstance(v, (set, frozenset)):
        return ("set", tuple(sorted((_canon(x) for x in v), key=repr)))
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return (type(v).__qualname__, tuple((f.name, _canon(getattr(v, f.name))) for f in dataclasses.fields(v)))
    return (type(v).__qualname__, repr(v))  # dates and the like: their repr is their value


def digest(v: Any, canon: bool = False) -> bytes:
    """A digest of a value: equal digests mean equal values (pickles decode to one value). Without
    ``canon`` the value is pickled as it is (fast): equal values built in another order or holding
    sets may then digest differently, which only costs a unit its reuse. The pickle keeps no memo,
    so objects shared or not (a hit taken over from the previous run's matches) pickle the same."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=4)
    pickler.fast = True  # no memo: the bytes do not depend on which equal objects are shared
    pickler.dump(_canon(v) if canon else v)
    return hashlib.blake2b(buf.getvalue(), digest_size=16).digest()


class _Files:
    """``passages_by_path`` as a unit sees it: each read noted."""

    def __init__(self, data: dict, reads: set):
        self._d, self._r = data, reads

    def get(self, path, default=None):
        self._r.add(("file", path))
        return self._d.get(path, default)

    def __getitem__(self, path):
        self._r.add(("file", path))
        return self._d[path]

    def __contains__(self, path):
        self._r.add(("file", path))
        return path in self._d

    def __iter__(self):
        self._r.add(("paths",))
        return iter(self._d)

    def keys(self):
        self._r.add(("paths",))
        return self._d.keys()

    def __len__(self):
        self._r.add(("paths",))
        return len(self._d)

    def items(self):
        self._r.add(("all_files",))
        return self._d.items()

    def values(self):
        self._r.add(("all_files",))
        return self._d.values()


class _Keyed:
    """A per-passage or per-unit table of the context as a unit sees it: each key read noted."""

    def __init__(self, name: str, data: dict, reads: set):
        self._n, self._d, self._r = name, data, reads

    def get(self, key, default=None):
        self._r.add((self._n, key))
        return self._d.get(key, default)

    def __getitem__(self, key):
        self._r.add((self._n, key))
        return self._d[key]

    def __contains__(self, key):
        self._r.add((self._n, key))
        return key in self._d

    def __getattr__(self, name):  # iteration and the rest: the whole table was read
        self._r.add(("whole", self._n))
        return getattr(self._d, name)

    def __iter__(self):
        self._r.add(("whole", self._n))
        return iter(self._d)

    def __len__(self):
        self._r.add(("whole", self._n))
        return len(self._d)


class Recording:
    """The context as one unit sees it while it is proposed (reads go to ``reads``)."""

    def __init__(self, ctx, reads: set):
        self._ctx, self._reads = ctx, reads
        self.passages_by_path = _Files(ctx.passages_by_path, reads)
        for name in _KEYED:
            setattr(self, name, _Keyed(name, getattr(ctx, name), reads))

    def named_findings(self):
        return _Keyed("named_findings", self._ctx.named_findings(), self._reads)

    def passage(self, passage_id):
        self._reads.add(("passage", passage_id))
        return self._ctx.passage(passage_id)

    def __getattr__(self, name):
        if name in _WHOLE_BUNDLE:
            def read():
                self._reads.add((name,))
                return getattr(self._ctx, name)()
            return read
        if name not in _CONSTANT:
            self._reads.add(("unknown", name))  # a read this view cannot replay: never reused
        return getattr(self._ctx, name)


def _value(ctx, read: tuple):
    """The value a recorded read returns on ``ctx``."""
    kind = read[0]
    if kind == "file":
        return ctx.passages_by_path.get(read[1], _MISSING)
    if kind == "paths":
        return tuple(ctx.passages_by_path)
    if kind == "all_files":
        return ctx.passages_by_path
    if kind in _KEYED:
        return getattr(ctx, kind).get(read[1], _MISSING)
    if kind == "named_findings":
        return ctx.named_findings().get(read[1], _MISSING)
    if kind == "passage":
        found = ctx.passage(read[1])
        return _MISSING if found is None else found
    if kind == "whole":
        return ctx.named_findings() if read[1] == "named_findings" else getattr(ctx, read[1])
    if kind in _WHOLE_BUNDLE:
        return getattr(ctx, kind)()
    raise KeyError(read)


class UnitMemo:
    """The previous run's per-unit proposals (``saved``: unit id -> (hits digest, reads, proposal))
    and this run's, built while :func:`propose.propose` goes through the units."""

    def __init__(self, saved: dict | None = None):
        self.saved = saved if isinstance(saved, dict) else {}
        self.kept: dict = {}  # this run's entries (for the next run)
        self.reused = 0
        self._ctx = None
        self._digests: dict = {}

    def _digest(self, ctx, read: tuple) -> bytes | None:
        if ctx is not self._ctx:
            self._ctx, self._digests = ctx, {}
        if read not in self._digests:
            try:
                self._digests[read] = digest(_value(ctx, read), canon=read[0] in _SETS)
            except Exception:  # noqa: BLE001 - an unknown or failing read: never equal
                self._digests[read] = None
        return self._digests[read]

    def propose(self, unit_id: str, hits: list, ctx, run: Callable[[Any], Any]):
        """The unit's proposal: the saved one when nothing it read has changed, else ``run(view)``
        with a recording view of ``ctx``."""
        hits_digest = digest(hits)
        entry = self.saved.get(unit_id)
        if entry is not None and entry[0] == hits_digest and all(
                d is not None and self._digest(ctx, read) == d for read, d in entry[1]):
            self.kept[unit_id] = entry
            self.reused += 1
            return entry[2]
        reads: set = set()
        proposal = run(Recording(ctx, reads))
        if not any(r[0] == "unknown" for r in reads):
            trace = tuple((r, self._digest(ctx, r)) for r in sorted(reads, key=repr))
            self.kept[unit_id] = (hits_digest, trace, proposal)
        return proposal
