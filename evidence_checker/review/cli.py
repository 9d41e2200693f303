"""``evidence-checker review export | import | serve``: the human step on the command line (thin)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..cli_text import Lang, LangOpt, LocalGroup
from ..i18n import t
from ..results import run_folder
from .texts import tr

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

review_app = typer.Typer(help="人工复核：逐项确认或改判系统建议（Excel 往返或网页），保留完整的复核记录。",
                         no_args_is_help=True, cls=LocalGroup)

DbOpt = typer.Option(None, "--db", help="团队共用的数据库URL（如 postgresql+psycopg://…）；默认为结果目录下的 review.sqlite。")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _fail(message: str, code: int = 2, lang: str = "zh") -> None:
    err_console.print(f"[red]{tr('cli.error', lang)}[/red]{message}", highlight=False)
    raise typer.Exit(code)


def _open(out_dir: Path, db: str | None, lang: str = "zh"):
    from .store import ReviewError, ensure_run

    out_dir = run_folder(out_dir)
    try:
        return ensure_run(out_dir, db=db, lang=lang)
    except (ReviewError, FileNotFoundError) as e:
        _fail(str(e), lang=lang)


@review_app.command("export")
def export_cmd(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="check 的结果目录，或材料文件夹本身（用其中的 .evidence-checker/）。"),
    out: Optional[Path] = typer.Option(None, "--out", help="复核表路径（默认 DIR/review.xlsx）。"),
    db: Optional[str] = DbOpt,
    lang: Lang = LangOpt,
) -> None:
    """导出复核表（Excel）：每个评分分项一行，填写确认评分、复核人、备注后用 review import 导入。"""
    from .excel import export_workbook

    code = lang.value
    out_dir = run_folder(out_dir)
    store, results = _open(out_dir, db, code)
    try:
        path = export_workbook(store, results, out or out_dir / "review.xlsx", lang=code)
    except OSError as e:
        _fail(tr("cli.write_failed", code, out=out, err=e.strerror or e), lang=code)
    finally:
        store.close()
    console.print(tr("cli.exported", code, path=path), highlight=False)


@review_app.command("import")
def import_cmd(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="check 的结果目录，或材料文件夹本身（用其中的 .evidence-checker/）。"),
    file: Path = typer.Argument(..., metavar="FILE", help="填写好的复核表（review export 导出）。"),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="复核人姓名（用于未填写复核人的行）。"),
    db: Optional[str] = DbOpt,
    lang: Lang = LangOpt,
) -> None:
    """导入复核表：先逐行检查并列出全部问题（含行号），全部无误才在一个事务中保存。"""
    from .excel import WorkbookError, import_workbook
    from .store import ReviewError

    code = lang.value
    out_dir = run_folder(out_dir)
    store, results = _open(out_dir, db, code)
    try:
        summary = import_workbook(store, results, file, reviewer=reviewer, lang=code)
    except WorkbookError as e:
        err_console.print(f"[red]{tr('cli.problems', code, n=len(e.problems))}[/red]", highlight=False)
        for p in e.problems:
            err_console.print(f"  - {p}", highlight=False)
        raise typer.Exit(2)
    except ReviewError as e:
        _fail(tr("cli.nothing_imported", code, err=e), lang=code)
    finally:
        store.close()
    plans = tr("cli.imported_plans", code, n=summary.plans) if summary.plans else ""
    console.print(tr("cli.imported", code, applied=summary.applied, unchanged=summary.unchanged, plans=plans),
                  highlight=False)
    _refresh_reports(out_dir, code)


def _refresh_reports(out_dir: Path, lang: str = "zh") -> None:
    """Rewrite score.json and the reports (in ``lang``) with the decisions just saved, so they agree
    with the review."""
    from ..report import ReportError, report_model, write_model

    try:
        model = report_model(out_dir, lang=lang)
        write_model(model, out_dir)
    except (OSError, ValueError, ReportError) as e:
        err_console.print(f"[yellow]{tr('cli.note', lang)}[/yellow]{tr('cli.reports_stale', lang, err=e, out=out_dir)}",
                          highlight=False)
        return
    verdict = t("passed" if model.passed else "failed", lang)
    console.print(tr("cli.reports_updated", lang, total=model.total, verdict=verdict), highlight=False)


@review_app.command("serve")
def serve_cmd(
    out_dir: Path = typer.Argument(..., metavar="DIR", help="check 的结果目录，或材料文件夹本身（用其中的 .evidence-checker/）。"),
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址；非本机地址必须同时设置 --token。"),
    port: int = typer.Option(8765, "--port", help="端口。"),
    token: Optional[str] = typer.Option(None, "--token", help="访问口令：首次用 ?token=口令 打开，之后由 cookie 保持。"),
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="默认复核人姓名（网页上可修改）。"),
    db: Optional[str] = DbOpt,
    lang: Lang = LangOpt,
) -> None:
    """启动复核网页：逐项查看证据原文、确认或改判，实时查看计分。"""
    code = lang.value
    if host not in LOCAL_HOSTS and not token:
        _fail(tr("cli.host_not_local", code, host=host), lang=code)
    if token is not None and len(token) < 8:
        _fail(tr("cli.token_short", code), lang=code)
    import uvicorn

    from .web import create_app

    out_dir = run_folder(out_dir)
    store, results = _open(out_dir, db, code)
    store.close()
    app = create_app(out_dir, token=token, reviewer=reviewer, db=db, lang=code)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    console.print(tr("cli.serving", code, url=url), highlight=False)
    console.print(tr("cli.stop", code), highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")
