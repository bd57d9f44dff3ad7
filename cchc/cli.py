"""The command line: options, help text and exit codes. The work happens in cchc.commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from cchc.errors import CchcError, UsageError
from cchc.locate import find_plan
from cchc.messages import LANGUAGES, translate

app = typer.Typer(
    name="cchc",
    help="Theo dõi kế hoạch (cải cách hành chính) lưu bằng YAML trong git.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

PlanOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs the runtime form on Python 3.10
    typer.Option(
        "--plan", help="Thư mục kế hoạch (mặc định: $CCHC_PLAN, rồi plan/).", show_default=False
    ),
]
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lang",
        help="Ngôn ngữ: vi hoặc en (mặc định: $CCHC_LANG, rồi của kế hoạch).",
        show_default=False,
    ),
]


@app.callback()
def _root() -> None:
    """Theo dõi kế hoạch (cải cách hành chính) lưu bằng YAML trong git."""


def _lang(option: str | None) -> str | None:
    value = option or os.environ.get("CCHC_LANG") or None
    if value is not None and value not in LANGUAGES:
        raise UsageError("cli.bad_lang", value=value)
    return value


def _guard(action: Callable[[], int], lang: str | None) -> None:
    """Run a command body; map its result and cchc's errors to exit codes, never a traceback."""
    try:
        code = action()
    except CchcError as exc:
        typer.echo(f"cchc: {translate(exc.message, lang or 'vi', **exc.args_)}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:  # an unexpected exception is a bug: say so plainly
        detail = f"{type(exc).__name__}: {exc}"
        typer.echo(f"cchc: {translate('cli.bug', lang or 'vi', detail=detail)}", err=True)
        raise typer.Exit(3) from None
    raise typer.Exit(code)


@app.command()
def validate(
    path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(help="Thư mục kế hoạch (như --plan).", show_default=False),
    ] = None,
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json hoặc github.")] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Cảnh báo cũng là lỗi.")] = False,
    lang: LangOption = None,
) -> None:
    """Kiểm tra mọi tệp của kế hoạch; in từng lỗi kèm tệp:dòng:cột và gợi ý sửa."""

    def body() -> int:
        from cchc.commands import validate as command
        from cchc.problems import FORMATTERS

        language = _lang(lang)
        if fmt not in FORMATTERS:
            raise UsageError("cli.bad_format", value=fmt, choices=", ".join(FORMATTERS))
        cwd = Path.cwd()
        root = find_plan(path or plan, os.environ, cwd)
        return command.run(root, fmt, strict, language, cwd, typer.echo)

    _guard(body, lang)


def main() -> int:
    """Entry point of the ``cchc`` script."""
    if hasattr(sys.stdout, "reconfigure"):  # Windows consoles default to a legacy code page
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    try:
        app()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    return 0
