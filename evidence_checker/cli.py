"""Command-line interface: a thin typer layer over the library. Messages are Chinese by default."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Callable, List, NoReturn, Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from .cli_messages import columns, msg
from .cli_text import Lang, LangOpt, LocalGroup
from .i18n import t
from .messages import MessageError
from .translation import localized, translate

# Outside a terminal (logs, pipes, CI) rich would wrap at 80 columns, which breaks Chinese tables.
console = Console(width=None if sys.stdout.isatty() else 140)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

class _GuardedTyper(typer.Typer):
    """The app: called as a program (the console script), it runs under :func:`guarded` and ends
    with :func:`_exit`."""

    def __call__(self, *args, **kwargs):
        if "standalone_mode" in kwargs:
            return super().__call__(*args, **kwargs)
        try:
            guarded(lambda: super(_GuardedTyper, self).__call__(*args, standalone_mode=False, **kwargs))
        except SystemExit as e:
            _exit(e)


app = _GuardedTyper(
    name="evidence-checker",
    help="对照海关认证企业标准（2018年第177号公告）检查企业材料：证据定位、初步评分、正式计分与报告。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=LocalGroup,
)



class Scope(str, Enum):
    combined = "combined"
    per_category = "per-category"




@app.callback()
def _main_options(
    standards_dir: List[Path] = typer.Option(
        [], "--standards-dir", metavar="DIR",
        help="用户自己的标准版本文件夹（一个版本，或含多个版本的文件夹），可重复；优先于内置版本。"
             "也可用环境变量 EVIDENCE_CHECKER_STANDARDS（多个以冒号分隔）。"),
) -> None:
    """对照海关认证企业标准检查企业材料：证据定位、初步评分、正式计分与报告。"""
    from .data import ENV_STANDARDS, missing_user_dirs, set_standards_dirs

    set_standards_dirs(standards_dir)
    lang = LocalGroup._lang  # the --lang of the command line (the command's own option is not parsed yet)
    for d in missing_user_dirs():
        _fail(msg("no_standards_dir", lang, dir=d, env=ENV_STANDARDS), lang=lang)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_validity(validity: dict | None, lang: str = "zh", *, stderr: bool = False) -> None:
    """The warning that the assessment date lies outside the edition's validity (nothing when inside)."""
    if not validity or validity.get("in_force", True):
        return
    head, text = (validity["heading_en"], validity["message_en"]) if lang == "en" else (validity["heading"],
                                                                                      validity["message"])
    (err_console if stderr else console).print(f"[bold red]⚠ {head}[/bold red]\n[red]{text}[/red]",
                                               highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2, lang: str = "zh") -> None:
    err_console.print(f"[red]{'Error: ' if lang == 'en' else '错误：'}[/red]{message}", highlight=False,
                      soft_wrap=True)
    raise typer.Exit(code)


# ---------------------------------------------------------------------------------------------
# standards

standards_app = typer.Typer(help="标准目录：列出、查看、导出（2018年第177号公告）。", no_args_is_help=True,
                            cls=LocalGroup)
app.add_typer(standards_app, name="standards")


def _load(edition: str, lang: str = "zh"):
    from .catalog import CatalogError, load_standard

    try:
        return load_standard(edition)
    except CatalogError as e:
        _fail(msg("load_failed", lang, error=e), lang=lang)


@standards_app.command("list")
def standards_list(
    level: Optional[str] = typer.Option(None, "--level", help="advanced（高级认证）或 general（一般认证）；默认全部。"),
    business_type: Optional[str] = typer.Option(None, "--type", help="importer | broker | ftsp；默认全部。"),
    edition: str = typer.Option("2018-177", "--edition", help="标准版本（standards/ 下的文件夹名）。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出（供脚本读取）。"),
    lang: Lang = LangOpt,
) -> None:
    """列出标准项：编号、名称、类别、分项数与适用条件。"""
    from .edition_labels import category_label

    std = _load(edition, lang.value)
    tables = [tb for tb in std.tables
              if (level is None or tb.level == level)
              and (business_type is None or tb.part == std.shape.general_part
                   or tb.part in business_type.split("+") or tb.part in std.shape.bonus_parts)]
    sep = msg("list_sep", lang.value)
    if level is not None and level not in std.shape.levels:
        _fail(msg("std.bad_choice", lang.value, option="--level", value=level, choices=sep.join(std.shape.levels)),
              lang=lang.value)
    if business_type is not None and std.shape.canon_business_type(business_type) is None:
        _fail(msg("std.bad_choice", lang.value, option="--type", value=business_type,
                  choices=sep.join(std.shape.single_parts)), lang=lang.value)
    if json_out:
        _print_json([{"level": tb.level, "part": tb.part, "title": tb.title,
                      "items": [{"id": i.id, "title": i.title, "category": i.category,
                                 "subitems": len(i.subitems)} for i in tb.items]} for tb in tables])
        return
    shown = localized(std, lang.value)  # titles in the chosen language (English: the edition's translation)
    for tb in (shown.table(tb.level, tb.part) for tb in tables):
        rt = RichTable(title=msg("std.table", lang.value, title=tb.title, n=tb.attachment), show_lines=False)
        rt.add_column(msg("std.id", lang.value))
        rt.add_column(t("title", lang))
        rt.add_column(t("category", lang))
        rt.add_column(t("subitems", lang), justify="right")
        rt.add_column(t("condition", lang))
        for i in tb.items:
            conds = sorted({f for s in i.subitems if s.condition for f in s.condition.any_of}
                           | set(i.condition.any_of if i.condition else ()))
            title = i.title + (msg("std.via_single", lang.value) if i.scored_via_single_item else "")
            rt.add_row(i.id, title, category_label(std, i.category, lang), str(len(i.subitems) or "-"),
                       sep.join(conds))
        console.print(rt)


@standards_app.command("show")
def standards_show(
    item_id: str = typer.Argument(..., metavar="ID", help="标准项或分项编号，如 common.21 或 importer.10.4。"),
    level: str = typer.Option("advanced", "--level", help="advanced 或 general（编号在两级中含义不同）。"),
    business_type: str = typer.Option("importer", "--type", help="importer | broker | ftsp。"),
    edition: str = typer.Option("2018-177", "--edition"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出。"),
    lang: Lang = LangOpt,
) -> None:
    """显示一个标准项的全文、可选评分、适用条件和判定数值。"""
    std = _load(edition, lang.value)
    try:
        a = std.assessment(level, business_type)
        item = a.item_of(item_id)
    except KeyError as e:
        _fail(str(e.args[0]), lang=lang.value)
    subs = [s for s in item.subitems if s.id == item_id] or list(item.subitems)
    if json_out:
        from .catalog import table_to_dict
        table = std.table(level, item.part)
        data = next(d for d in table_to_dict(table)["items"] if d["id"] == item.id)
        if item_id != item.id:
            data["subitems"] = [s for s in data["subitems"] if s["id"] == item_id]
        _print_json(data)
        return
    rules = std.rules
    from .edition_labels import category_label

    lg = lang.value
    shown = localized(std, lg)  # the item in the chosen language (English: the edition's translation)
    item = shown.assessment(level, business_type).item(item.id)
    subs = [s for s in item.subitems if s.id == item_id] or list(item.subitems)
    colon, sep, paren = t("punct.colon", lg), msg("list_sep", lg), t("punct.paren", lg)

    def condition(c, keys: bool = False) -> str:  # the standard's words in Chinese; the flags' labels in English
        if lg != "zh":
            return sep.join(shown.flags[f].label if f in shown.flags else f for f in c.any_of)
        return (c.text or sep.join(c.any_of)) + (paren.format(text=sep.join(c.any_of)) if keys else "")

    comma = "，" if lg == "zh" else ", "
    console.print(f"[bold]{item.id} {item.title}[/bold]  "
                  + paren.format(text=f"{category_label(std, item.category, lang)}{comma}{item.section}"),
                  highlight=False)
    console.print(f"{t('options', lang)}{colon}" + sep.join(
        f"{t(o, lg) if lg == 'en' else rules.labels[o]}({rules.points[o] if rules.points[o] is not None else '-'})"
        for o in item.options), highlight=False)
    if item.scored_via_single_item:
        console.print(msg("std.via_single_note", lg), highlight=False)
    if item.condition:
        console.print(f"{t('condition', lang)}{colon}{condition(item.condition)}", highlight=False)
    for n in item.notes:
        console.print(f"{t('notes', lang)}{colon}{n.text}", highlight=False)
    if item.text:
        console.print(item.text, highlight=False)
    for th in item.thresholds:
        console.print(f"  · {th.name}: {th.text} → {th.op} {th.value:g} {th.unit}", highlight=False)
    for s in subs:
        console.print(f"\n[bold]({s.number})[/bold] {s.text}  [dim]{s.id}[/dim]", highlight=False)
        if s.condition:
            console.print(f"  {t('condition', lang)}{colon}{condition(s.condition, keys=True)}", highlight=False)
        for th in s.thresholds:
            console.print(f"  · {th.name}: {th.text} → {th.op} {th.value:g} {th.unit}", highlight=False)


@standards_app.command("export")
def standards_export(
    edition: str = typer.Option("2018-177", "--edition"),
    json_out: bool = typer.Option(True, "--json/--no-json", help="以JSON输出（默认，也是唯一格式）。"),
    lang: Lang = LangOpt,
) -> None:
    """导出完整标准目录为JSON：表的列表，每表含 level、part、items[]（可被加载器读回）。"""
    _print_json(_load(edition, lang.value).to_export())


# ---------------------------------------------------------------------------------------------
# score

@app.command("score")
def score_cmd(
    ratings_file: Path = typer.Argument(..., metavar="RATINGS", help="评分文件：YAML、CSV 或 XLSX（列 id、rating、可选 note）。"),
    json_out: bool = typer.Option(False, "--json", help="按 score.json 的格式输出JSON。"),
    basic_limit_scope: Optional[Scope] = typer.Option(
        None, "--basic-limit-scope",
        help="条件（二）的解读：combined 两类合计（默认）或 per-category 每类各自计数（上限取自标准版本的 rules.yaml）。"),
    level: Optional[str] = typer.Option(None, "--level", help="文件未写明时的认证类型：advanced | general。"),
    business_type: Optional[str] = typer.Option(None, "--type", help="文件未写明时的经营类别：importer | broker | ftsp。"),
    what_if: List[str] = typer.Option([], "--set", help="假设评分（不改文件），可重复：--set common.1.2=达标"),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="评估基准日 YYYY-MM-DD（默认取文件中的 as_of，否则今天），用于核对标准版本是否有效。"),
    reading: List[str] = typer.Option([], "--reading", metavar="KEY=OPTION",
                                      help="选择解读（见 standards/<版本>/readings.yaml），可重复，如 branch_basic_items=not_counted"),
    lang: Lang = LangOpt,
) -> None:
    """按2018年第177号公告的规则正式计分：总分、是否通过、三个通过条件、按类别汇总，以及通过所需的最少改进。

    退出码：0 通过；1 未通过；2 评分文件有错误（逐条列出，不计分）。
    """
    from .ratings import RatingsError, read_ratings
    from .score import score, way_to_pass

    lg = lang.value
    overrides = {}
    for s in what_if:
        if "=" not in s:
            _fail(msg("score.bad_set", lg, value=s), lang=lg)
        k, v = s.split("=", 1)
        overrides[k.strip()] = v.strip()
    try:
        sheet = read_ratings(ratings_file, level=level, business_type=business_type, overrides=overrides)
    except RatingsError as e:
        err_console.print(f"[red]{msg('score.problems', lg, n=len(e.problems))}[/red]", highlight=False)
        for p in e.problems:
            err_console.print(f"  - {p.text(lg)}", highlight=False)
        raise typer.Exit(2)
    assessment = sheet.assessment()
    import dataclasses
    import datetime as dt

    from .profile import ProfileError, parse_date
    from .readings import ReadingError, in_force, parse_cli, validate
    from .validity import validity_of

    try:
        readings = validate(assessment.standard.root, parse_cli(reading), where="--reading")
    except ReadingError as e:
        _fail(e.text(lg), lang=lg)
    result = score(assessment, sheet.ratings, default=sheet.default, branches=sheet.branches,
                   basic_limit_scope=basic_limit_scope.value if basic_limit_scope else None, readings=readings)
    result = dataclasses.replace(result, readings=in_force(assessment.standard.root, readings)
                                 | {"basic_limit_scope": result.basic_limit_scope})

    try:
        day = parse_date(as_of, where="--as-of") if as_of else sheet.as_of or dt.date.today()
    except ProfileError as e:
        _fail(e.text(lg), lang=lg)
    result = dataclasses.replace(result, validity=validity_of(sheet.edition, day).to_json())
    steps = way_to_pass(result, assessment)
    print_validity(result.validity, lang.value, stderr=json_out)
    if json_out:
        data = result.to_json()
        data["way_to_pass"] = [s.__dict__ for s in steps]
        _print_json(data)
    else:
        print_score(result, steps, assessment, lang.value)
    raise typer.Exit(0 if result.passed else 1)


def print_score(result, steps, assessment, lang: str = "zh") -> None:
    """A readable summary of a score: verdict, conditions with the items that break them, categories."""
    rules = assessment.standard.rules
    verdict = t("passed" if result.passed else "failed", lang)
    colour = "green" if result.passed else "red"
    from .edition_labels import business_label, category_label, condition_label, level_label

    std = assessment.standard
    paren = t("punct.paren", lang)  # （…） in Chinese, " (…)" in English
    console.print(f"[bold]{level_label(std, result.level, lang)} · {business_label(std, result.business_type, lang)}"
                  f"[/bold]" + paren.format(text=result.edition),
                  highlight=False)
    console.print(f"{t('total', lang)}{': ' if lang == 'en' else '：'}[bold]{result.total}[/bold]    "
                  f"{t('result', lang)}{': ' if lang == 'en' else '：'}"
                  f"[bold {colour}]{verdict}[/bold {colour}]", highlight=False)
    colon = ": " if lang == "en" else "："
    if result.bonus is not None and rules.bonus is not None:  # an edition with bonus items (附加标准)
        console.print((f"Bonus points: +{result.bonus} (cap {rules.bonus.cap})" if lang == "en" else
                       f"附加分：+{result.bonus}（上限{rules.bonus.cap}分）"), highlight=False)
    from .edition_labels import edition_labels

    names = edition_labels(std)  # the reading of condition (二) as the edition's data words it
    console.print(f"{names.t('reading', lang)}{colon}{names.t('scope.' + result.basic_limit_scope, lang)}",
                  highlight=False)
    titles = {i.id: translate(std, i.title, lang) for i in assessment.items}
    for c in result.conditions:
        mark = "[green]✓[/green]" if c.ok else "[red]✗[/red]"
        line = f"  {mark} {condition_label(std, c.id, lang)}{colon}{c.detail_en if lang == 'en' and c.detail_en else c.detail}"
        if c.items and (not c.ok or c.id == "basic_limit"):
            line += ("; " if lang == "en" else "；") + (", " if lang == "en" else "、").join(
                f"{i} {titles.get(i.split(':')[-1], '')}" for i in c.items)
        console.print(line, highlight=False, soft_wrap=True)  # the terminal wraps; rich would break at id/title
    if result.unrated:
        units = [u for r in result.items if r.rating is None for u in r.unrated_units]
        console.print(f"  [yellow]{t('unrated_units', lang)}{paren.format(text=len(units))}[/yellow]{colon}"
                      + ("、" if lang == "zh" else ", ").join(units), highlight=False, soft_wrap=True)
    rt = RichTable(title=None)
    for col in (t("category", lang), t("items", lang), t("compliant", lang), t("basically_compliant", lang),
                t("non_compliant", lang), t("not_applicable", lang), t("unrated", lang), t("points", lang)):
        rt.add_column(col, justify="right" if col != t("category", lang) else "left")
    for cat in rules.category_labels:
        rs = [r for r in result.items if r.category == cat]
        if not rs:
            continue
        count = {k: sum(1 for r in rs if r.rating == k) for k in
                 ("compliant", "basically_compliant", "non_compliant", "not_applicable", None)}
        rt.add_row(category_label(std, cat, lang), str(len(rs)), str(count["compliant"]),
                   str(count["basically_compliant"]),
                   str(count["non_compliant"]), str(count["not_applicable"]), str(count[None]),
                   str(sum(r.score or 0 for r in rs)))
    console.print(rt)
    if steps:
        console.print(f"[bold]{t('way_to_pass', lang)}[/bold]{colon}", highlight=False)
        for n, s in enumerate(steps, 1):
            cur = t(s.current or "unrated", lang)
            why = t("reason." + s.reason, lang)
            if s.gain:
                why += ("，+{n}分" if lang == "zh" else ", +{n} point(s)").format(n=s.gain)
            console.print(f"  {n}. {s.item} {translate(std, s.title, lang)}{colon}{cur} → {t(s.target, lang)}" + paren.format(text=why),
                          highlight=False)


# ---------------------------------------------------------------------------------------------
# init, check, match, propose, eval, models

@app.command("init")
def init_cmd(
    bundle: Path = typer.Argument(..., help="企业材料所在文件夹。"),
    enterprise: str = typer.Option("示例进出口有限公司", "--enterprise", help="企业名称。"),
    level: str = typer.Option("advanced", "--level", help="advanced | general。"),
    business_type: str = typer.Option("importer", "--type", help="importer | broker | ftsp。"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="评估基准日 YYYY-MM-DD（默认今天）。"),
    ask: bool = typer.Option(False, "--ask", help="逐项询问企业概况标志（y 是 / n 否 / ? 未知，未知的留空待填）。"),
    lang: Lang = LangOpt,
) -> None:
    """在材料文件夹中生成 profile.yaml（带中文注释）和 records/ 下的空白结构化记录模板；已有文件不覆盖。"""
    import datetime as dt

    from .catalog import load_standard
    from .profile import PROFILE_FILE, ProfileError, parse_date, profile_template

    lg = lang.value
    if not bundle.is_dir():
        _fail(msg("no_bundle", lg, bundle=bundle), lang=lg)
    try:
        date = parse_date(as_of, where="--as-of") if as_of else dt.date.today()
    except ProfileError as e:
        _fail(e.text(lg), lang=lg)
    std = load_standard("2018-177")
    target = bundle / PROFILE_FILE
    if target.exists():
        console.print(msg("init.exists", lg, path=target), highlight=False)
    else:
        answers = None
        if ask:  # each flag decides which sub-items apply: ask rather than assume false
            choices = {"y": True, "是": True, "n": False, "否": False, "?": None, "？": None}
            answers = {}
            for key, f in std.flags.items():
                reply = typer.prompt(msg("init.ask", lg, label=f.label, key=key), default="?").strip().lower()
                answers[key] = choices.get(reply)
        target.write_text(profile_template(std, enterprise=enterprise, level=level, business_type=business_type,
                                           as_of=date, answers=answers, lang=lg), encoding="utf-8")
        console.print(msg("init.written", lg, path=target), highlight=False)
    from .record_templates import write_templates

    for path in write_templates(bundle / "records"):
        console.print(msg("init.written", lg, path=path), highlight=False)
    try:
        from .profile import load_profile

        prof = load_profile(target)
        assessment = std.assessment(prof.level, prof.business_type)
    except (ProfileError, KeyError):
        assessment = std.assessment(level, business_type)
    for line in next_steps(bundle, assessment, lg):
        console.print(line, highlight=False, soft_wrap=True)


def next_steps(bundle: Path, assessment, lang: str = "zh") -> list[str]:
    """What to do after ``init``: check the profile, fill in the records, gather the statements
    and screenshots the legal-compliance items are decided from (report/documents.yaml), then check."""
    from .report.kinds import item_documents

    lines = ["", msg("next.title", lang), msg("next.profile", lang, profile=bundle / "profile.yaml"),
             msg("next.records", lang, records=bundle / "records"), msg("next.documents", lang)]
    for item in assessment.items:
        if item.category != "legal_compliance" or item.scored_via_single_item:
            continue
        docs = item_documents(item, lang)
        if docs:
            lines.append(msg("next.item", lang, item=item.id, title=translate(assessment.standard, item.title, lang),
                             docs=msg("next.doc_sep", lang).join(docs)))
    lines.append(msg("next.check", lang, bundle=bundle))
    return lines


def _assessment_of(prof):
    from .catalog import load_standard

    return load_standard(prof.edition).assessment(prof.level, prof.business_type)


def _with_readings(prof, pairs: list[str], lang: str = "zh"):
    """The profile with the readings chosen on the command line added (clear error when unknown)."""
    import dataclasses

    from .catalog import load_standard
    from .readings import ReadingError, parse_cli, validate

    try:
        extra = validate(load_standard(prof.edition).root, parse_cli(pairs), where="--reading")
    except ReadingError as e:
        _fail(e.text(lang), lang=lang)
    return dataclasses.replace(prof, readings={**prof.readings, **extra})


def _profile_or_fail(bundle: Path, profile: Optional[Path], level, business_type, as_of, lang: str = "zh"):
    from .pipeline import resolve_profile
    from .profile import PROFILE_FILE, ProfileError
    from .profile_check import profile_warnings

    try:
        prof = resolve_profile(bundle, profile_path=profile, level=level, business_type=business_type, as_of=as_of)
    except ProfileError as e:
        _fail(e.text(lang), lang=lang)
    for warning in profile_warnings(prof, profile or bundle / PROFILE_FILE, lang=lang):
        err_console.print(f"[yellow]{'Note: ' if lang == 'en' else '注意：'}[/yellow]{_shown(warning)}", highlight=False)
    return prof


@app.command("check")
def check_cmd(
    bundle: Path = typer.Argument(..., help="企业材料所在文件夹（可含子文件夹、zip）。"),
    profile: Optional[Path] = typer.Option(None, "--profile", help="企业概况文件（默认 BUNDLE/profile.yaml）。"),
    level: Optional[str] = typer.Option(None, "--level", help="覆盖概况中的认证类型：advanced | general。"),
    business_type: Optional[str] = typer.Option(None, "--type", help="覆盖概况中的经营类别：importer | broker | ftsp。"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="覆盖评估基准日 YYYY-MM-DD。"),
    out: Optional[Path] = typer.Option(None, "--out", help="输出目录（默认 BUNDLE/.evidence-checker/）。"),
    workers: Optional[int] = typer.Option(None, "--workers", help="并行读取文件的进程数（默认不超过2）。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出 score.json 的内容。"),
    reading: List[str] = typer.Option([], "--reading", metavar="KEY=OPTION",
                                      help="选择解读（见 standards/<版本>/readings.yaml），可重复：--reading unset_flags=needs_review"),
    lang: Lang = LangOpt,
) -> None:
    """主流程：读取材料、定位证据、提出初步评分、按正式规则计分，写出 inventory.json、passages.jsonl、
    evidence.json、proposals.json、score.json，并在屏幕上给出摘要。

    退出码：0 初步评分可通过；1 初步评分未通过或有待人工判断的分项；2 用法错误；3 有文件未能读取（其余照常完成）。
    """
    from rich.progress import BarColumn, Progress, TextColumn

    from .pipeline import run_pipeline
    from .run_guard import OutDirError

    if not bundle.is_dir():
        _fail(msg("no_bundle", lang.value, bundle=bundle), lang=lang.value)
    prof = _profile_or_fail(bundle, profile, level, business_type, as_of, lang.value)
    if reading:
        prof = _with_readings(prof, reading, lang.value)
    stages = {name: msg(f"check.{name}", lang.value) for name in ("ingest", "match", "propose", "score")}
    count = TextColumn("{task.fields[count]}")
    with Progress(TextColumn("{task.description}"), BarColumn(), count,
                  console=err_console, transient=True, disable=json_out or not err_console.is_terminal) as bar:
        task = bar.add_task(msg("check.start", lang.value), total=len(stages), count="")
        files = bar.add_task(msg("check.files", lang.value), total=None, visible=False, count="")  # no "0/None" yet

        def step(name: str) -> None:
            n = list(stages).index(name) + 1 if name in stages else 0
            bar.update(task, description=stages.get(name, name), advance=0 if name == "ingest" else 1,
                       count=f"{n}/{len(stages)}")
            bar.update(files, visible=name == "ingest")

        def file_done(record, done: int, total: int) -> None:
            bar.update(files, completed=done, total=total, description=f"  {_shown(record.path[-50:])}",
                       count=f"{done}/{total}")

        try:
            run = run_pipeline(bundle, profile=prof, out_dir=out, workers=workers, progress=step,
                               file_progress=file_done, reuse_lang=lang.value)
        except OutDirError as e:
            _fail(_shown(e.message(lang.value)), lang=lang.value)
        bar.update(task, completed=len(stages))
    model, problems = _after_check(run, lang.value)
    for problem in problems:
        err_console.print(f"[yellow]{'注意：' if lang == Lang.zh else 'Note: '}[/yellow]{_shown(problem)}", highlight=False)
    result = model.result if model is not None else run.score
    if json_out:
        print_validity(run.score.validity, lang.value, stderr=True)
        _print_json(json.loads((run.out_dir / "score.json").read_text(encoding="utf-8")))
    else:
        print_check_summary(run, lang.value, model)
    if run.unread:
        raise typer.Exit(3)
    raise typer.Exit(0 if result.passed else 1)


@contextmanager
def _output_folder_or_fail(out_dir: Path, lang: str = "zh"):
    """Check, mark and lock the output folder (run_guard); a one-line error when it cannot be used."""
    from .run_guard import OutDirError, output_folder

    try:
        guard = output_folder(out_dir)
        guard.__enter__()
    except OutDirError as e:
        _fail(_shown(e.message(lang)), lang=lang)
    try:
        yield
    finally:
        guard.__exit__(None, None, None)


def _after_check(run, lang: str = "zh"):
    """Record the run in the review store and write score.json and the reports from the ratings the
    run stands on (confirmed over proposed): (report model or None, problems)."""
    from .pipeline import record_and_report

    return record_and_report(run, lang)


_SUMMARY = {
    "zh": {"as_of": "评估基准日", "read": "读取文件 {files} 个，段落 {passages} 条；输出目录：{out}",
           "unread": "未读取", "more_unread": "另有 {n} 个文件未完整读取，见 inventory.json",
           "proposed": "初步评分（分项）：", "sep": "，", "record_problem": "记录有误", "record_note": "记录提示",
           "reports": "报告：", "list_sep": "、", "colon": "：",
           "note": "注：以上为工具的初步建议，须经人工确认（evidence-checker review serve 或 review export/import）"
                   "后方为正式评分。"},
    "en": {"as_of": "as of", "read": "{files} files read, {passages} passages; output folder: {out}",
           "unread": "unread", "more_unread": "{n} more files not read in full: see inventory.json",
           "proposed": "Proposals (sub-items): ", "sep": ", ", "record_problem": "records", "record_note": "records note",
           "reports": "Reports: ", "list_sep": ", ", "colon": ": ",
           "note": "These are the tool's proposals; people confirm or override them (evidence-checker review "
                   "serve, or review export/import) before they become ratings."},
}


UNREAD_SHOWN = 30


def _shown(text) -> str:
    """A name or reason from a bundle, safe to print: no terminal escapes, no rich markup."""
    from rich.markup import escape

    from .ingest.summary import printable

    return escape(printable(text))


def print_check_summary(run, lang: str = "zh", model=None) -> None:
    """What the run read, what it proposes, and the score the run stands on: the report model's
    (confirmed over proposed) when given, else the proposals'."""
    from collections import Counter

    from .ingest.errors import reason_text
    from .score import way_to_pass

    m = _SUMMARY.get(lang, _SUMMARY["zh"])
    print_validity(run.score.validity, lang)
    console.print(f"[bold]{run.profile.enterprise or run.bundle.name}[/bold]  {m['as_of']} {run.profile.as_of}",
                  highlight=False)
    console.print(m["read"].format(files=len(run.files), passages=len(run.passages), out=run.out_dir),
                  highlight=False)
    for f in run.unread[:UNREAD_SHOWN]:
        console.print(f"  [yellow]{m['unread']}[/yellow] {_shown(f.get('path'))}{m['colon']}"
                      f"{_shown(reason_text(f.get('error'), lang) or f.get('status'))}", highlight=False)
    if len(run.unread) > UNREAD_SHOWN:
        console.print(f"  … {m['more_unread'].format(n=len(run.unread) - UNREAD_SHOWN)}", highlight=False)
    counts = Counter(p.rating if p.status != "needs_review" else "needs_review" for p in run.proposals.values())
    console.print(m["proposed"] + m["sep"].join(
        f"{t(k, lang)} {counts[k]}" for k in ("compliant", "basically_compliant", "non_compliant",
                                             "not_applicable", "needs_review") if counts[k]), highlight=False)
    from .messages import text as msg_text

    for problem in run.record_problems:  # a note (headers read by alias) is labelled as one, not as an error
        label = m["record_note"] if getattr(problem, "key", None) == "rec_file_note" else m["record_problem"]
        console.print(f"  [yellow]{label}[/yellow] {_shown(msg_text(problem, lang))}", highlight=False)
    result = model.result if model is not None else run.score
    if model is not None:
        console.print(f"{t('report.sources', lang)}{m['colon']}" + m["sep"].join(
            f"{t('source.' + k, lang)} {n}" for k, n in model.sources.items()), highlight=False)
        for line in model.review_lines:
            console.print(line, highlight=False)
        for n, line in enumerate(model.change_lines):
            console.print((f"{t('runs.title', lang)}{m['colon']}" if n == 0 else "  ") + line, highlight=False)
    print_score(result, way_to_pass(result, run.assessment), run.assessment, lang)
    reports = [n for n in ("report.html", "report.xlsx", "self-assessment.docx", "report.md",
                           "document-request.xlsx")
               if (run.out_dir / n).exists()]
    if reports:
        console.print(f"{m['reports']}{run.out_dir}/ " + m["list_sep"].join(reports), highlight=False)
    if model is None or not (model.kept or model.stale):
        console.print(m["note"], highlight=False)


@app.command("match")
def match_cmd(
    bundle: Path = typer.Argument(..., help="企业材料所在文件夹。"),
    profile: Optional[Path] = typer.Option(None, "--profile"),
    level: Optional[str] = typer.Option(None, "--level"),
    business_type: Optional[str] = typer.Option(None, "--type"),
    as_of: Optional[str] = typer.Option(None, "--as-of"),
    out: Optional[Path] = typer.Option(None, "--out", help="输出目录（默认 BUNDLE/.evidence-checker/）。"),
    show: Optional[str] = typer.Option(None, "--show", help="只显示某一分项的证据，如 common.24.3。"),
    lang: Lang = LangOpt,
) -> None:
    """读取材料并为每个分项定位证据，写出 evidence.json（每项按得分排序，附匹配原因）。"""
    from .ingest import ingest_bundle, write_outputs
    from .match import match_passages
    from .pipeline import DEFAULT_OUT
    from .results import EVIDENCE, write_evidence
    from .catalog import load_standard

    lg = lang.value
    if not bundle.is_dir():
        _fail(msg("no_bundle", lg, bundle=bundle), lang=lg)
    prof = _profile_or_fail(bundle, profile, level, business_type, as_of, lg)
    out_dir = out or bundle / DEFAULT_OUT
    with _output_folder_or_fail(out_dir, lg):
        ingested = ingest_bundle(bundle, out_dir=out_dir)
        write_outputs(ingested, out_dir)
    a = load_standard(prof.edition).assessment(prof.level, prof.business_type)
    evidence = match_passages(ingested.passages, a, profile=prof)
    write_evidence(out_dir / EVIDENCE, evidence)
    units = [show] if show else list(evidence)
    for uid in units:
        hits = evidence.get(uid, [])
        console.print(f"[bold]{uid}[/bold]  {msg('match.hits', lg, n=len(hits))}", highlight=False)
        for h in hits[: 5 if show else 1]:
            console.print(f"  {h.score:.2f} {h.path} {h.locator}  {h.text[:60]}  "
                          f"[dim]{msg('list_sep', lg).join(h.why.terms)}[/dim]", highlight=False)
    console.print(msg("wrote", lg, path=out_dir / EVIDENCE), highlight=False)


@app.command("propose")
def propose_cmd(
    bundle: Path = typer.Argument(..., help="企业材料所在文件夹。"),
    profile: Optional[Path] = typer.Option(None, "--profile", help="企业概况文件（默认 BUNDLE/profile.yaml）。"),
    level: Optional[str] = typer.Option(None, "--level"),
    business_type: Optional[str] = typer.Option(None, "--type"),
    as_of: Optional[str] = typer.Option(None, "--as-of"),
    out: Optional[Path] = typer.Option(None, "--out", help="输出目录（默认 BUNDLE/.evidence-checker/）。"),
    show: Optional[str] = typer.Option(None, "--show", help="只显示某一分项的建议，如 common.1.2。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出 proposals.json 的内容。"),
    lang: Lang = LangOpt,
) -> None:
    """读取材料、定位证据并提出每个分项的初步评分及理由，写出 proposals.json（不生成报告、不记入复核库）；
    用 --show 时只显示该分项，不改写任何结果文件。"""
    from .pipeline import run_pipeline
    from .results import PROPOSALS
    from .run_guard import OutDirError

    from .messages import text as msg_text

    lg = lang.value
    if not bundle.is_dir():
        _fail(msg("no_bundle", lg, bundle=bundle), lang=lg)
    prof = _profile_or_fail(bundle, profile, level, business_type, as_of, lg)
    shown = _assessment_of(prof)
    if show and show not in {u.id for _, u in shown.rated_units()}:
        from .edition_labels import business_label, level_label

        _fail(msg("propose.not_rated", lg, show=show, level=level_label(shown.standard, prof.level, lg),
                  business_type=business_label(shown.standard, prof.business_type, lg)), lang=lg)
    try:
        run = run_pipeline(bundle, profile=prof, out_dir=out, write=not show, write_score=False)
    except OutDirError as e:
        _fail(_shown(e.message(lg)), lang=lg)
    if json_out:
        data = {"edition": prof.edition, "level": prof.level, "business_type": prof.business_type,
                "as_of": prof.as_of.isoformat(),
                "subitems": {uid: p.to_json() for uid, p in run.proposals.items() if not show or uid == show},
                "items": run.items or {}}
        _print_json(data)
        return
    for uid, p in run.proposals.items():
        if show and uid != show:
            continue
        label = t(p.rating, lg) if p.status != "needs_review" else t("needs_review", lg)
        console.print(msg("propose.line", lg, uid=uid, label=label, confidence=p.confidence), highlight=False)
        for r in p.reasons[: None if show else 2]:
            console.print(f"  · {msg_text(r, lg)}", highlight=False)
        for m in p.missing[: None if show else 1]:
            console.print(f"  [yellow]{msg('propose.missing', lg)}[/yellow] {msg_text(m, lg)}", highlight=False)
    if not show:
        console.print(msg("wrote", lg, path=run.out_dir / PROPOSALS), highlight=False)


@app.command("eval")
def eval_cmd(
    corpus: Path = typer.Argument(..., help="语料目录：含若干带 gold.yaml 的材料文件夹（或单个材料文件夹；heldout/ 下的留出集一并评测）。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出各材料包和各集合（留出集、样本集）的汇总指标。"),
    only_set: str = typer.Option("", "--set", help="只评测一个集合：heldout（盲写留出集）或 in-sample（样本集）。"),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="并行评测材料包的进程数（默认不超过2；1 为在本进程内逐个评测）。结果相同。"),
    lang: Lang = LangOpt,
) -> None:
    """对照金标准评测，留出集与样本集分开报告（留出集在前）：证据召回率@1/@5、页/工作表级召回率@5、MRR、
    精确率（与BM25基线并列）、评分准确率、自动判定比例、过度乐观数、置信度可靠性表、总分与结论一致性。

    金标准或企业概况读不了的材料包列出原因后跳过，其余照常评测。退出码：0 全部评测；3 有材料包未评测；2 用法错误。"""
    from .evaluate import SETS, evaluate_corpus, find_bundles, summarize

    lg = lang.value
    if not corpus.is_dir() or not find_bundles(corpus):
        _fail(msg("no_corpus", lg, corpus=corpus), lang=lg)
    if only_set and only_set not in SETS:
        _fail(msg("eval.bad_set", lg, choices=msg("eval.or", lg).join(SETS), value=only_set), lang=lg)

    from .ingest.bundle import default_workers

    def say(name: str, ended: bool) -> None:
        err_console.print(msg("eval.done" if ended else "eval.progress", lg, name=name), highlight=False)

    evals = evaluate_corpus(corpus, progress=say, only_set=only_set or None,
                            workers=default_workers() if workers is None else workers)
    summary = summarize([e for e in evals if not e.errors])
    skipped = [e for e in evals if e.errors]
    for e in skipped:
        err_console.print(msg("eval.skipped", lg, name=e.name, errors=msg("eval.error_sep", lg).join(e.errors)),
                          highlight=False)
    if json_out:
        _print_json({"bundles": [e.to_json() for e in evals], "summary": summary})
        if skipped:
            raise typer.Exit(3)
        return
    for name in SETS:
        group = [e for e in evals if e.set == name and not e.errors]
        if not group:
            continue
        console.print(f"\n[bold]{msg('eval.' + name, lg)}[/bold]", highlight=False)
        rt = RichTable(title=msg("eval.retrieval", lg))
        for n, col in enumerate(columns("eval.retrieval", lg)):
            rt.add_column(col, justify="left" if n == 0 else "right")
        for e in group:
            rt.add_row(e.name, str(e.ours.units), f"{e.ours.recall_at_1:.2f}", f"{e.ours.recall_at_5:.2f}",
                       f"{e.ours.recall_at_5_page:.2f}", f"{e.ours.mrr:.2f}", f"{e.ours.precision:.2f}",
                       str(e.ours.irrelevant_in_top5),
                       f"{e.bm25.recall_at_1:.2f}", f"{e.bm25.recall_at_5:.2f}", f"{e.bm25.mrr:.2f}")
        o, b = summary[name]["ours"], summary[name]["bm25"]
        rt.add_row(msg("eval.total", lg), str(sum(e.ours.units for e in group)), f"{o['recall_at_1']:.2f}", f"{o['recall_at_5']:.2f}",
                   f"{o['recall_at_5_page']:.2f}", f"{o['mrr']:.2f}", f"{o['precision']:.2f}", str(o["irrelevant_in_top5"]),
                   f"{b['recall_at_1']:.2f}", f"{b['recall_at_5']:.2f}", f"{b['mrr']:.2f}")
        console.print(rt)
        rated = [e for e in group if e.ratings]
        if not rated:
            continue
        rt2 = RichTable(title=msg("eval.ratings", lg))
        for n, col in enumerate(columns("eval.ratings", lg)):
            rt2.add_column(col, justify="left" if n == 0 else "right")
        for e in rated:
            r = e.ratings
            rt2.add_row(e.name, str(r.units), f"{r.accuracy:.2f}", f"{r.automatic_share:.2f}",
                        f"{r.accuracy_automatic:.2f}", str(r.over_optimistic), str(r.over_optimistic_compliant),
                        str(r.needs_review), f"{r.na_accuracy:.2f}", f"{e.total}/{e.expected_total}",
                        f"{t('passed' if e.passed else 'failed', lg)}/{t('passed' if e.expected_passed else 'failed', lg)}")
        console.print(rt2)
        s = summary[name]["ratings"]
        console.print(msg("eval.summary", lg, **s), highlight=False)
        if s["reliability"]:
            bands = msg("eval.band_sep", lg).join(msg("eval.band", lg, **b) for b in s["reliability"])
            console.print(msg("eval.reliability", lg, bands=bands, calibration_error=s["calibration_error"],
                              brier=s["brier"]), highlight=False)
        if s.get("paths"):
            paths = msg("eval.band_sep", lg).join(msg("eval.path", lg, path=k, **v) for k, v in s["paths"].items())
            console.print(msg("eval.paths", lg, paths=paths), highlight=False)
    if skipped:
        raise typer.Exit(3)


@app.command("calibrate")
def calibrate_cmd(
    corpus: Path = typer.Argument(..., help="语料目录（同 eval）：只用样本集（in-sample）材料包拟合，留出集从不读取。"),
    out: Path = typer.Option(None, "--out", help="写到此文件（默认：本工具自带的 models/calibration.yaml）。"),
    min_n: int = typer.Option(30, "--min-n", help="某判定路径/评分出现少于此次数时不拟合，沿用 thresholds.yaml 的先验置信度。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出各判定路径/评分的次数、判对次数和拟合的置信度。"),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="并行处理材料包的进程数（默认不超过2；1 为在本进程内逐个处理）。结果相同。"),
    lang: Lang = LangOpt,
) -> None:
    """按判定路径拟合置信度：在样本集上数每条判定路径（及其评分）的自动判定有多少与金标准一致，
    写入 models/calibration.yaml（(判对+1)/(次数+2)）。置信度因此就是该路径在样本集上的准确率；
    留出集上是否成立，看 eval 的置信度可靠性表。"""
    from .calibrate import CALIBRATION, fit, write
    from .data import models_root
    from .evaluate import find_bundles

    lg = lang.value
    if not corpus.is_dir() or not find_bundles(corpus):
        _fail(msg("no_corpus", lg, corpus=corpus), lang=lg)
    from .ingest.bundle import default_workers

    def say(name: str, ended: bool) -> None:
        err_console.print(msg("cal.done" if ended else "cal.progress", lg, name=name), highlight=False)

    result = fit(corpus, progress=say, workers=default_workers() if workers is None else workers)
    for e in result.errors:
        err_console.print(msg("cal.not_used", lg, error=e), highlight=False)
    if not result.bundles:
        _fail(msg("cal.no_sample", lg, corpus=corpus), lang=lg)
    target = out or models_root() / CALIBRATION
    table = write(result, target, min_n=min_n)
    if json_out:
        _print_json({"bundles": result.bundles, "out": str(target),
                     "paths": {k: {"n": n, "right": result.right[k], "confidence": table.get(k)}
                               for k, n in sorted(result.n.items())}})
        return
    rt = RichTable(title=msg("cal.title", lg, n=result.bundles))
    for i, col in enumerate(columns("cal.table", lg)):
        rt.add_column(col, justify="left" if i == 0 else "right")
    for k, n in sorted(result.n.items()):
        rt.add_row(k, str(n), str(result.right[k]), f"{table[k]:.2f}" if k in table else msg("cal.prior", lg))
    console.print(rt)
    console.print(msg("wrote", lg, path=target), highlight=False)


@app.command("batch")
def batch_cmd(
    source: Path = typer.Argument(..., help="批量来源：子文件夹各为一个材料包（各含 profile.yaml）的文件夹，"
                                             "或 CSV/XLSX 清单（列：材料包、企业概况、评估基准日、客户）。"),
    out: Optional[Path] = typer.Option(None, "--out", help="总览报告的输出目录（默认 SOURCE/portfolio，清单则为其所在目录下 portfolio）。"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask 调度器地址 tcp://HOST:8786（也可用环境变量 "
                                             "DASK_SCHEDULER_ADDRESS）；不给则在本机进程池运行。"),
    workers: Optional[int] = typer.Option(None, "--workers", help="本机进程池的进程数（默认为可用CPU数）。"),
    cache: Optional[Path] = typer.Option(None, "--cache", help="共享的提取缓存目录（按文件内容寻址，可被多个材料包、多次运行和集群共用）。"),
    force: bool = typer.Option(False, "--force", help="即使输入未变化也重新检查每个材料包。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出各材料包的结果（portfolio.json 的内容）。"),
    lang: Lang = LangOpt,
) -> None:
    """批量检查多个材料包：按文件（扫描件按页）并行读取，逐包定位证据、初步评分、计分并生成各自报告，
    最后写出总览 portfolio.html / portfolio.xlsx / portfolio.json。输入未变化的材料包不重复检查，中断后重跑即从断点继续。

    退出码：0 全部完成；3 有材料包未完成（原因见总览）；2 用法错误。"""
    from rich.progress import BarColumn, Progress, TextColumn

    from .batch import discover, run_batch
    from .executors import ExecutorError, make_executor
    from .messages import text as msg_text
    from .report.portfolio import portfolio_data, write_portfolio

    lg = lang.value
    try:
        found = discover(source)
    except (FileNotFoundError, ValueError) as e:
        _fail(e.text(lg) if isinstance(e, MessageError) else str(e), lang=lg)
    if not found.jobs and not found.problems:
        _fail(msg("batch.none", lg, source=source), lang=lg)
    out_dir = out or ((source if source.is_dir() else source.parent) / "portfolio")
    try:
        executor = make_executor(scheduler, workers)
    except ExecutorError as e:
        _fail(e.text(lg), lang=lg)
    err_console.print(msg("batch.start", lg, n=len(found.jobs), where=executor.describe(lg)), highlight=False)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      console=err_console, transient=True, disable=json_out or not err_console.is_terminal) as bar:
            t_bundles = bar.add_task(msg("batch.bundles", lg), total=len(found.jobs))
            t_files = bar.add_task(msg("batch.files", lg), total=0)
            t_pages = bar.add_task(msg("batch.pages", lg), total=0, visible=False)

            def progress(event: str, info: dict) -> None:
                if event == "planned":
                    bar.update(t_files, total=info["files"])
                    bar.update(t_pages, total=info["pages"], visible=info["pages"] > 0)
                elif event == "file":
                    bar.advance(t_files)
                elif event == "page":
                    bar.advance(t_pages)
                elif event == "bundle":
                    bar.advance(t_bundles)

            outcomes = run_batch(found.jobs, executor=executor, cache_dir=cache, force=force, lang=lang.value,
                                 progress=progress)
    finally:
        executor.close()
    outcomes = found.problems + outcomes
    paths = write_portfolio(outcomes, out_dir, lang=lang.value)
    if json_out:
        _print_json(portfolio_data(outcomes, lang=lang.value) | {"files": [str(p) for p in paths]})
    else:
        table = RichTable(title="批量检查总览" if lang.value == "zh" else "Batch overview")
        cols = ("材料包", "状态", "结论", "总分", "阻碍通过") if lang.value == "zh" else ("Bundle", "Status", "Verdict", "Total", "Blocking")
        for c in cols:
            table.add_column(c)
        status = {"done": "已检查", "unchanged": "未变化", "failed": "未完成"} if lang.value == "zh" else {}
        sep = t("punct.list", lg)
        for o in outcomes:
            r = o.row
            verdict = t("passed" if r.get("passed") else "failed", lang.value) if r else msg_text(o.reason or "", lg)
            table.add_row(msg_text(o.job.name, lg), status.get(o.status, o.status), verdict,
                          str(r.get("total", "")) if r else "", sep.join(r.get("blocking") or []) if r else "")
        console.print(table)
        console.print(("总览：" if lang.value == "zh" else "Portfolio: ") + sep.join(str(p) for p in paths),
                      highlight=False)
    raise typer.Exit(3 if any(o.status == "failed" for o in outcomes) else 0)


models_app = typer.Typer(help="NLP资源：spaCy中文管道、领域词典。", no_args_is_help=True, cls=LocalGroup)
app.add_typer(models_app, name="models")


@models_app.command("build")
def models_build(lang: Lang = LangOpt) -> None:
    """重建 models/zh_aeo（spaCy blank zh + jieba + 领域词典 + 实体模式），离线、确定性。"""
    from .nlp import PIPELINE_DIR, build_pipeline

    path = build_pipeline(PIPELINE_DIR)
    console.print(msg("models.built", lang.value, path=path), highlight=False)


# ---------------------------------------------------------------------------------------------
# ingest (the reading stage alone)

@app.command("ingest")
def ingest_cmd(
    bundle: Path = typer.Argument(..., help="企业材料所在文件夹（可含子文件夹、zip）。"),
    out: Optional[Path] = typer.Option(None, "--out", help="输出目录（默认 BUNDLE/.evidence-checker/）。"),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, help="并行读取文件的进程数（默认不超过2；0 为不开子进程）。"),
    timeout: float = typer.Option(600.0, "--timeout", min=1, help="每个文件最长读取秒数，超时的文件记为未读。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出读取摘要（各格式文件数、段落数、未读文件及原因）。"),
    lang: Lang = LangOpt,
) -> None:
    """只读取材料：写出 inventory.json（每个文件的读取状态与原因）和 passages.jsonl（带位置的文字段落）。

    退出码：0 所有文件均已完整读取；3 有文件未读或只读了一部分（原因见摘要和 inventory.json，其余照常完成）；2 用法错误（如材料文件夹不存在）。
    """
    from .ingest import format_summary, ingest_bundle, summarize, terminal_bar, write_outputs

    lg = lang.value
    if not bundle.is_dir():
        _fail(msg("no_bundle", lg, bundle=bundle), lang=lg)
    out_dir = out or bundle / ".evidence-checker"
    reading_bar = terminal_bar if lg == "zh" else _reading_bar_en
    with _output_folder_or_fail(out_dir, lg), reading_bar(False if json_out else None) as bar:
        result = ingest_bundle(bundle, out_dir=out_dir, workers=workers, timeout=timeout, progress=bar)
        write_outputs(result, out_dir)
    if json_out:
        _print_json({**summarize(result), "out": str(out_dir)})
    else:
        text = format_summary(result, out_dir, lg)
        console.print(text, highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(3 if result.unread else 0)


@contextmanager
def _reading_bar_en(enabled: bool | None = None):
    """ingest's progress bar (``ingest.terminal_bar``) labelled in English: on stderr when it is a
    terminal (or ``enabled``), else None."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not (sys.stderr.isatty() if enabled is None else enabled):
        yield None
        return
    cols = (TextColumn("Reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"))
    with Progress(*cols, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(record, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=_shown(record.path[-60:]))

        yield update


# ---------------------------------------------------------------------------------------------
# report (regenerate the reports from stored results)

@app.command("report")
def report_cmd(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="check 的输出目录（默认位置 BUNDLE/.evidence-checker/），或材料文件夹本身。"),
    upgrade: bool = typer.Option(False, "--upgrade", help="一般认证企业：列出升级高级认证需补充的标准项、分项和从严的数值要求。"),
    json_out: bool = typer.Option(False, "--json", help="以JSON输出写出的文件和按当前评分计算的结果。"),
    lang: Lang = LangOpt,
) -> None:
    """由已保存的检查结果重新生成报告：report.html、report.xlsx（自评表）、self-assessment.docx（企业自我评估报告初稿）、
    report.md。评分以人工确认的为准（已确认），其余为工具的初步建议（初步建议），待人工判断的分项按未评计。

    退出码：0 已生成；2 目录不是检查结果目录。
    """
    from .report import ReportError, report_model, summary_json, write_model
    from .results import run_folder

    out_dir = run_folder(out_dir)
    try:
        model = report_model(out_dir, lang=lang.value, upgrade=upgrade)
    except (FileNotFoundError, ReportError) as e:
        _fail(e.text(lang.value) if isinstance(e, MessageError) else str(e), lang=lang.value)
    files = write_model(model, out_dir)
    if json_out:
        _print_json(summary_json(model, files))
        return
    verdict = t("passed" if model.passed else "failed", lang.value)
    console.print(f"{t('total', lang.value)} {model.total}  {verdict}  "
                  + t("punct.comma", lang.value).join(f"{t('source.' + k, lang.value)} {n}"
                                                      for k, n in model.sources.items()), highlight=False)
    for line in model.review_lines:
        console.print(line, highlight=False)
    for path in files:
        console.print(f"已生成：{path}" if lang == Lang.zh else f"written: {path}", highlight=False)


# ---------------------------------------------------------------------------------------------
# review: the human step (export/import a workbook, serve the web page); see evidence_checker/review/

from .review.cli import review_app  # noqa: E402

app.add_typer(review_app, name="review")


def _one_line(exc: BaseException, lang: str = "zh") -> str:
    from .pipeline import one_line

    return one_line(exc, lang)


# typer ships its own copy of click: its usage errors derive from this class
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def guarded(run: Callable[[], object]) -> NoReturn:
    """Run the command line and exit with its code; a last guard so that no traceback reaches a
    user: an unexpected error is one line on stderr and exit code 2 (never 1, "does not pass")."""
    try:
        code = run()
    except _CLICK_ERROR as e:  # usage errors: click's own message
        e.show()
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        err_console.print(msg("interrupted", LocalGroup._lang), highlight=False)
        sys.exit(130)
    except MemoryError:
        err_console.print(msg("out_of_memory", LocalGroup._lang), highlight=False)
        sys.exit(2)
    except MessageError as e:  # a user's error in its own words (a limits file naming an unknown budget)
        lang = LocalGroup._lang
        err_console.print(f"[red]{'Error: ' if lang == 'en' else '错误：'}[/red]{_shown(e.text(lang))}",
                          highlight=False, soft_wrap=True)
        sys.exit(2)
    except Exception as e:  # noqa: BLE001
        lang = LocalGroup._lang
        err_console.print(msg("bug", lang, error=_shown(_one_line(e, lang))), highlight=False)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


def main() -> None:
    """Console entry (``evidence-checker``)."""
    app()


def _exit(e: SystemExit) -> NoReturn:
    """Leave the program without the interpreter's teardown, which frees every object one by one
    (half a second after a check of the demo bundle: ~5,000 passages and their evidence). Only when
    nothing else runs (a single thread): buffered output is flushed and the ``atexit`` handlers run
    first; otherwise the ordinary exit."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        raise e
    code = e.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: nothing more to say
            pass
    os._exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    main()
