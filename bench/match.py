"""Benchmark of the matching stage (issue 6) on realistic passages (written to bench/out/, git-ignored).

Passages: the sample bundle ``adv-importer-pass`` (built once by ``corpora.build``, ingested once,
then read from the ingest cache), replicated to N passages as ``copyNNN/<path>`` with new ids, every
copy after the first varied deterministically (dates shifted, people's names swapped from a fixed
list, long numbers changed, sentence order shuffled with a seeded RNG) so the set is not just
duplicates. Measures, as the median of ``--repeat`` runs, on this machine: the one-time load in
fresh processes (lexicon, Aho–Corasick automaton, match settings, and what the first
``match_passages`` loads lazily), ``build_index`` (per bundle), ``match_passages``
with a prebuilt index (per assessment: every rated unit of an advanced importer assessment), and
index + match; peak memory; the growth with N. Profiles index + match at 20,000 when it is over
the 2 s target (or with ``--profile``).

    .venv/bin/python bench/match.py [--sizes 2500,5000,10000,20000,40000] [--repeat 3] [--json] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PROJECT = ROOT.parent
sys.path.insert(0, str(PROJECT))  # run as a script from anywhere: the package and corpora/

OUT = ROOT / "out"
CORPORA = OUT / "corpora"
BUNDLE_NAME = "adv-importer-pass"
BUNDLE = CORPORA / BUNDLE_NAME
INGEST_CACHE = OUT / "ingest-cache"
RESULTS = OUT / "match" / "results.json"
EDITION, LEVEL, BUSINESS = "2018-177", "advanced", "importer"
TARGET_N, TARGET_S = 20_000, 2.0

# Names swapped in for the people of the bundle: a fixed list (30 × 30 names), shuffled per copy
# with a seeded RNG, so the same run gives the same passages.
NAMES = tuple(s + g for s in "周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢"
              for g in ("文斌 海峰 丽华 建新 晓梅 志远 国栋 红霞 立新 玉珍 冬梅 振宇 宏伟 素芬 俊峰 晓丽 家明 "
                        "春燕 永康 佩玲 德胜 丽萍 志华 秋月 国强 美玲 海洋 建平 雅琴 立伟").split())
_DATE_PATTERNS = (
    (re.compile(r"(?<!\d)(20\d{2})-(\d{1,2})-(\d{1,2})(?!\d)"), "{y}-{m:02d}-{d:02d}"),
    (re.compile(r"(?<!\d)(20\d{2})/(\d{1,2})/(\d{1,2})(?!\d)"), "{y}/{m}/{d}"),
    (re.compile(r"(?<!\d)(20\d{2})\.(\d{1,2})\.(\d{1,2})(?!\d)"), "{y}.{m}.{d}"),
    (re.compile(r"(?<!\d)(20\d{2})年(\d{1,2})月(\d{1,2})日"), "{y}年{m}月{d}日"),
)
_LONG_NUMBER = re.compile(r"(?<!\d)\d{8,}(?!\d)")
_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百\d]+条\s*)")
_SENTENCE = re.compile(r"(?<=[。；！？;])")
_SHUFFLED_KINDS = ("paragraph", "list_item", "ocr")


# --------------------------------------------------------------------------------------------------
# passages


def base_passages(workers: int) -> list:
    """The sample bundle's passages: built once by corpora.build, ingested once (then cached)."""
    from evidence_checker.ingest import ingest_bundle

    if not BUNDLE.is_dir():
        print(f"building {BUNDLE_NAME} into {CORPORA} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "corpora.build", "--out", str(CORPORA), "--only", BUNDLE_NAME],
                       cwd=PROJECT, check=True)
    start = time.perf_counter()
    result = ingest_bundle(BUNDLE, out_dir=INGEST_CACHE, workers=workers)
    print(f"ingested {len(result.files)} files, {len(result.passages)} passages in "
          f"{time.perf_counter() - start:.1f} s (files read: {result.stats.files_read})", file=sys.stderr)
    if result.unread:
        print(f"unread: {[(f.path, f.error) for f in result.unread]}", file=sys.stderr)
    return list(result.passages)


def people(passages: list) -> list[str]:
    """People's names of the bundle: cells of tables and sheets that are a surname + given name."""
    from corpora.company import GIVEN, SURNAMES

    name = re.compile(f"^[{SURNAMES}](?:{'|'.join(sorted(GIVEN, key=len, reverse=True))})$")
    found: set[str] = set()
    for p in passages:
        if p.kind not in ("sheet_row", "table_row"):
            continue
        for cell in p.text.split(" | "):
            value = cell.split(": ", 1)[-1].strip()
            for part in re.split(r"[、,，/ ]+", value):
                if name.match(part):
                    found.add(part)
    return sorted(found)


class Variant:
    """The deterministic changes of copy ``k`` (k = 0 is the bundle as it is)."""

    def __init__(self, k: int, names: list[str]):
        self.k = k
        rng = random.Random(f"names|{k}")
        pool = list(NAMES)
        rng.shuffle(pool)
        self.names = {n: pool[i % len(pool)] for i, n in enumerate(names)}
        self.names_re = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
        self.days = 11 * k  # dates move 11 days per copy
        self.offset = 7919 * k

    def _date(self, fmt: str):
        import datetime as dt

        def sub(m: re.Match) -> str:
            try:
                d = dt.date(int(m[1]), int(m[2]), int(m[3])) + dt.timedelta(days=self.days)
            except ValueError:
                return m[0]
            return fmt.format(y=d.year, m=d.month, d=d.day)
        return sub

    def text(self, text: str, kind: str, seed: str) -> str:
        if self.k == 0:
            return text
        for pattern, fmt in _DATE_PATTERNS:
            text = pattern.sub(self._date(fmt), text)
        text = _LONG_NUMBER.sub(lambda m: f"{(int(m[0]) + self.offset) % 10 ** len(m[0]):0{len(m[0])}d}", text)
        if self.names_re is not None:
            text = self.names_re.sub(lambda m: self.names[m[0]], text)
        if kind in _SHUFFLED_KINDS:
            head = _ARTICLE.match(text)
            prefix = head[1] if head else ""
            sentences = [s for s in _SENTENCE.split(text[len(prefix):]) if s]
            if len(sentences) > 1:
                random.Random(f"{self.k}|{seed}").shuffle(sentences)
                text = prefix + "".join(sentences)
        return text


def make_passages(base: list, n: int, names: list[str]) -> list:
    """N passages: whole copies of the bundle, then a seeded sample of one more copy (in order)."""
    from evidence_checker.ingest import normalize
    from evidence_checker.ingest.passage import passage_id

    size = len(base)
    copies, rest = divmod(n, size)
    plan = [(k, range(size)) for k in range(copies)]
    if rest:
        plan.append((copies, sorted(random.Random(f"sample|{n}").sample(range(size), rest))))
    out = []
    for k, indices in plan:
        v = Variant(k, names)
        for i in indices:
            p = base[i]
            path = f"copy{k:03d}/{p.path}"
            text = v.text(p.text, p.kind, p.id)
            out.append(replace(p, path=path, text=text, norm=normalize(text) if text != p.text else p.norm,
                               id=passage_id(path, p.locator, text)))
    return out


# --------------------------------------------------------------------------------------------------
# measurements


def load_parts() -> dict:
    """The one-time cost, in this process: import, catalog, lexicon, Aho–Corasick automaton, match
    settings, and the first ``match_passages`` (on a one-passage index), which pays whatever the
    matcher loads lazily (the jieba/spaCy pipeline of models/ since 9b493f9)."""
    from evidence_checker.ingest import Passage, normalize

    times: dict = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        times[name] = now - t
        t = now

    from evidence_checker import match as m
    from evidence_checker.catalog import load_standard
    from evidence_checker.lexicon import load_lexicon
    lap("import_s")
    assessment = load_standard(EDITION).assessment(LEVEL, BUSINESS)
    lap("catalog_s")
    load_lexicon(EDITION)
    lap("lexicon_s")
    automaton = getattr(m, "_cached_automaton", None)  # private: the cached automaton
    if automaton is not None:
        automaton(EDITION)
    lap("automaton_s")
    settings = m.MatchSettings.load()
    lap("settings_s")
    text = "企业应当建立内部审计制度，每年至少开展一次内部审计，审计记录保存三年。"
    one = [Passage.new(path="06 内部审计/内部审计制度.docx", locator="¶1", text=text, norm=normalize(text),
                       kind="paragraph")]
    m.match_passages(one, assessment, index=m.build_index(one, edition=EDITION), settings=settings)
    lap("first_match_s")
    times["load_s"] = sum(times[k] for k in ("lexicon_s", "automaton_s", "settings_s", "first_match_s"))
    return times


def load_cold(repeat: int) -> dict:
    """``load_parts`` in ``repeat`` fresh processes: the median of each part."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--load-only"], cwd=PROJECT,
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]} | {"runs": runs}


def measure(passages: list, assessment, settings, repeat: int) -> dict:
    from evidence_checker.match import build_index, match_passages

    index_s, match_s, total_s = [], [], []
    hits = units = 0
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        index = build_index(passages, edition=EDITION)
        t1 = time.perf_counter()
        evidence = match_passages(passages, assessment, index=index, settings=settings)
        t2 = time.perf_counter()
        index_s.append(t1 - t0)
        match_s.append(t2 - t1)
        total_s.append(t2 - t0)
        units, hits = len(evidence), sum(len(v) for v in evidence.values())
        del index, evidence
    return {"index_s": statistics.median(index_s), "match_s": statistics.median(match_s),
            "total_s": statistics.median(total_s), "runs": {"index": index_s, "match": match_s, "total": total_s},
            "units": units, "hits": hits}


def memory(passages: list, assessment, settings) -> dict:
    """Python heap (tracemalloc, a separate untimed run): the index once built, and the peak of
    index + match; the passages themselves are not counted (allocated before)."""
    from evidence_checker.match import build_index, match_passages

    gc.collect()
    tracemalloc.start()
    index = build_index(passages, edition=EDITION)
    index_mb = tracemalloc.get_traced_memory()[0] / 2**20
    match_passages(passages, assessment, index=index, settings=settings)
    peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {"index_mb": index_mb, "peak_mb": peak_mb}


def profile(passages: list, assessment, settings, top: int = 15) -> dict:
    from evidence_checker.match import build_index, match_passages

    prof = cProfile.Profile()
    prof.enable()
    index = build_index(passages, edition=EDITION)
    match_passages(passages, assessment, index=index, settings=settings)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (cc, nc, tt, ct, _) in stats.stats.items():
        where = f"{Path(file).name}:{line}" if line else file
        rows.append({"function": f"{where}({func})", "calls": nc, "tottime": tt, "cumtime": ct})
    by_tot = sorted(rows, key=lambda r: -r["tottime"])[:top]
    by_cum = sorted(rows, key=lambda r: -r["cumtime"])[:top]
    text = io.StringIO()
    pstats.Stats(prof, stream=text).sort_stats("tottime").print_stats(top)
    return {"n": len(passages), "total_s": stats.total_tt, "by_tottime": by_tot, "by_cumtime": by_cum,
            "text": text.getvalue()}


def matcher_version() -> str:
    """The commit measured, the last one that changed evidence_checker/match.py, and whether the
    file differs from it in the working tree."""
    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=PROJECT, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip()
    head = git("rev-parse", "--short", "HEAD") or "unknown"
    last = git("log", "-1", "--format=%h", "--", "evidence_checker/match.py") or "unknown"
    dirty = git("status", "--porcelain", "--", "evidence_checker/match.py")
    return (f"HEAD {head}, evidence_checker/match.py last changed in {last}"
            + (", with uncommitted changes" if dirty else ""))


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(), "os": platform.platform(),
            "loadavg_start": os.getloadavg()}


def growth(rows: list[dict]) -> dict:
    """Least-squares line t = a + b·N (b per 1,000 passages), the exponent k of t ∝ N^k between
    consecutive sizes, and k fitted (log-log least squares) over all sizes and over all but the
    smallest, where fixed per-unit costs dominate (k ≈ 1 linear, < 1 sub-linear, > 1 super-linear)."""

    def slope(points: list[tuple[float, float]]) -> float:
        lx = [math.log(n) for n, t in points if t > 0]
        ly = [math.log(t) for n, t in points if t > 0]
        if len(lx) < 2:
            return float("nan")
        mlx, mly = statistics.fmean(lx), statistics.fmean(ly)
        slxx = sum((x - mlx) ** 2 for x in lx)
        return sum((x - mlx) * (y - mly) for x, y in zip(lx, ly)) / slxx if slxx else float("nan")

    out: dict = {}
    for key in ("index_s", "match_s", "total_s"):
        xs = [r["n"] / 1000 for r in rows]
        ys = [r[key] for r in rows]
        if len(rows) >= 2:
            mx, my = statistics.fmean(xs), statistics.fmean(ys)
            sxx = sum((x - mx) ** 2 for x in xs)
            b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
            a = my - b * mx
            ss_tot = sum((y - my) ** 2 for y in ys)
            r2 = 1 - sum((y - a - b * x) ** 2 for x, y in zip(xs, ys)) / ss_tot if ss_tot else 1.0
            ks = [math.log(r1[key] / r0[key]) / math.log(r1["n"] / r0["n"]) for r0, r1 in zip(rows, rows[1:])
                  if r0[key] > 0 and r1[key] > 0]
            points = [(r["n"], r[key]) for r in rows]
            out[key] = {"intercept_s": a, "per_1000_s": b, "r2": r2, "exponents": ks, "k": slope(points),
                        "k_tail": slope(points[1:]) if len(points) >= 3 else slope(points)}
    return out


def verdict(k: float) -> str:
    return "≈ linear" if 0.9 <= k <= 1.1 else ("sub-linear" if k < 0.9 else "super-linear")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,5000,10000,20000,40000", help="passage counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of tables")
    parser.add_argument("--profile", action="store_true", help="profile even when the target is met")
    parser.add_argument("--workers", type=int, default=2, help="ingest workers (first run only; then cached)")
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)  # one cold load, as JSON
    args = parser.parse_args()
    if args.load_only:
        print(json.dumps(load_parts()))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results: dict = {"machine": machine(), "matcher": matcher_version(), "repeat": args.repeat, "edition": EDITION,
                     "assessment": f"{LEVEL} {BUSINESS}"}

    results["load"] = load_cold(args.repeat)
    print(f"load (fresh processes): {results['load']['load_s']:.2f} s", file=sys.stderr)
    load_parts()  # this process, untimed

    base = base_passages(args.workers)
    names = people(base)
    results["base"] = {"bundle": BUNDLE_NAME, "passages": len(base), "people_swapped": len(names),
                       "files": len({p.path for p in base})}

    from evidence_checker.catalog import load_standard
    from evidence_checker.match import MatchSettings

    assessment = load_standard(EDITION).assessment(LEVEL, BUSINESS)
    results["rated_units"] = sum(1 for _ in assessment.rated_units())
    settings = MatchSettings.load()
    # the first and second index + match on the bundle as it is, after the load: any lazy cost
    # left shows as a difference; the sizes below are then measured warm
    results["first_call_s"] = measure(base, assessment, settings, 1)["total_s"]
    results["second_call_s"] = measure(base, assessment, settings, 1)["total_s"]

    rows = []
    for n in sizes:
        passages = make_passages(base, n, names)
        before = os.getloadavg()[0]
        row = {"n": len(passages), "load_before": before, **measure(passages, assessment, settings, args.repeat)}
        row["load_after"] = os.getloadavg()[0]
        row.update(memory(passages, assessment, settings))
        row["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append(row)
        print(f"{n}: index {row['index_s']:.3f} s, match {row['match_s']:.3f} s, total {row['total_s']:.3f} s "
              f"(load avg {before:.1f})", file=sys.stderr)
        del passages
    results["sizes"] = rows
    results["growth"] = growth(rows)

    at_target = next((r for r in rows if r["n"] == TARGET_N), None)
    results["target"] = {"n": TARGET_N, "seconds": TARGET_S,
                         "total_s": at_target["total_s"] if at_target else None,
                         "met": (at_target["total_s"] <= TARGET_S) if at_target else None}
    if args.profile or (at_target and at_target["total_s"] > TARGET_S):
        passages = make_passages(base, TARGET_N, names)
        results["profile"] = profile(passages, assessment, settings)
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps({k: v for k, v in results.items() if k != "profile"} |
                         ({"profile": {k: v for k, v in results["profile"].items() if k != "text"}}
                          if "profile" in results else {}), ensure_ascii=False, indent=1))
    else:
        print(report(results))


def report(r: dict) -> str:
    """The results as Markdown (pasted into bench/README-match.md)."""
    m, ld = r["machine"], r["load"]
    la = " / ".join(f"{x:.2f}" for x in m["loadavg_start"])
    lines = [
        f"Machine: nproc {m['nproc']}, {m['cpu']}, Python {m['python']}; load average at start (1/5/15 min) {la}.",
        f"Matcher: {r['matcher']}.",
        f"Passages: {r['base']['bundle']} ({r['base']['passages']} passages, {r['base']['files']} files) "
        f"replicated and varied; assessment {r['assessment']} ({r['rated_units']} rated units); "
        f"median of {r['repeat']} runs.",
        "",
        f"One-time (fresh processes, median of {len(ld['runs'])}): load **{ld['load_s']:.2f} s** = lexicon "
        f"{ld['lexicon_s'] * 1000:.0f} ms + automaton {ld['automaton_s'] * 1000:.0f} ms + settings "
        f"{ld['settings_s'] * 1000:.0f} ms + first `match_passages` on one passage (lazy loads) "
        f"{ld['first_match_s'] * 1000:.0f} ms; besides: import {ld['import_s'] * 1000:.0f} ms, catalog "
        f"(`load_standard` + `assessment`) {ld['catalog_s'] * 1000:.0f} ms.",
        f"After the load, index + match of the bundle as it is ({r['base']['passages']:,} passages): first "
        f"{r['first_call_s']:.2f} s, second {r['second_call_s']:.2f} s.",
        "",
        "| passages | build_index s | match_passages s | index + match s | (min of runs) | per 1,000 passages | "
        "hits | index MB | peak MB | RSS MB | load avg |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in r["sizes"]:
        lines.append(f"| {x['n']:,} | {x['index_s']:.3f} | {x['match_s']:.3f} | **{x['total_s']:.3f}** | "
                     f"{min(x['runs']['total']):.3f} | "
                     f"{1000 * x['total_s'] / x['n'] * 1000:.0f} ms | {x['hits']} | {x['index_mb']:.0f} | "
                     f"{x['peak_mb']:.0f} | {x['rss_mb']:.0f} | {x['load_before']:.1f} → {x['load_after']:.1f} |")
    lines.append("")
    g = r.get("growth") or {}
    for key, label in (("index_s", "build_index"), ("match_s", "match_passages"), ("total_s", "index + match")):
        if key in g:
            x = g[key]
            ks = ", ".join(f"{k:.2f}" for k in x["exponents"])
            lines.append(f"- Growth, {label}: {x['per_1000_s'] * 1000:.0f} ms per 1,000 passages "
                         f"{x['intercept_s'] * 1000:+.0f} ms (least squares, R² {x['r2']:.3f}); t ∝ N^k with "
                         f"k = {x['k']:.2f} over all sizes, {x['k_tail']:.2f} without the smallest ({ks} between "
                         f"consecutive sizes) → {verdict(x['k_tail'])}.")
    t = r["target"]
    if t["total_s"] is not None:
        lines.append(f"- Target: index + match at {t['n']:,} passages {t['total_s']:.2f} s "
                     f"{'≤' if t['met'] else '>'} {t['seconds']:.0f} s → **{'met' if t['met'] else 'NOT met'}**.")
    lines.append(f"- Peak RSS of the whole run: {r['peak_rss_mb']:.0f} MB.")
    if "profile" in r:
        p = r["profile"]
        lines += ["", f"Profile (cProfile, index + match at {p['n']:,} passages, {p['total_s']:.2f} s under the "
                      "profiler), top functions by own time:", "",
                  "| function | calls | own s | cumulative s |", "|---|---|---|---|"]
        for x in p["by_tottime"][:12]:
            lines.append(f"| `{x['function']}` | {x['calls']:,} | {x['tottime']:.3f} | {x['cumtime']:.3f} |")
        lines += ["", "By cumulative time:", "", "| function | calls | own s | cumulative s |", "|---|---|---|---|"]
        for x in p["by_cumtime"][:12]:
            lines.append(f"| `{x['function']}` | {x['calls']:,} | {x['tottime']:.3f} | {x['cumtime']:.3f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
