"""Command-line interface: a thin typer layer over the library. Messages are Chinese by default."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="evidence-checker",
    help="对照海关认证企业标准（2018年第177号公告）检查企业材料：证据定位、初步评分、正式计分与报告。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
