"""Typer and Click in the user's language, and a command line that ends quietly.

Typer 0.28 vendors Click with its words in English (help, usage, errors). This module is the only
place that knows those words: the help texts go through ``_word`` and the command group catches
Click's errors itself to say them in Vietnamese or English (tests/test_clikit.py pins both).
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import typer
import typer.core
from typer import _click as click

from cchc.messages import CATALOG, LANGUAGES, translate

# Click's and Typer's own words -> catalog keys; anything not listed stays as Click wrote it.
_WORDS = {
    "Usage: ": "click.usage",
    "Options": "click.options",
    "Arguments": "click.arguments",
    "Commands": "click.commands",
    "Show this message and exit.": "click.help_option",
    "default: {default}": "click.default",
    "required": "click.required",
    "env var: {var}": "click.envvar",
    "(dynamic)": "click.dynamic",
    "Aborted!": "click.aborted",
    "Missing command.": "click.missing_command",
    "Install completion for the current shell.": "click.install_completion",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "click.show_completion"
    ),
    "[OPTIONS]": "click.options_metavar",
    "COMMAND [ARGS]...": "click.command_metavar",
}

_state = {"lang": "vi"}


def language(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """The language of help and Click's errors: $CCHC_LANG (any case), else Vietnamese."""
    value = (environ if environ is not None else os.environ).get("CCHC_LANG", "")
    value = value.strip().lower()
    return value if value in LANGUAGES else "vi"


def _word(english: str) -> str:
    """Click's ``english`` text in the current language, still a template when it is one."""
    key = _WORDS.get(english)
    if key is None:
        return english
    text = CATALOG[key]
    return text.en if _state["lang"] == "en" else text.vi


def _install() -> None:
    """Route Click's and Typer's words through ``_word`` (idempotent)."""
    if getattr(click.core.Command, "_cchc_words", False):
        return
    typer.core._ = _word  # type: ignore[attr-defined,assignment]  # gettext, looked up per call

    original_help = click.core.Command.get_help_option

    def get_help_option(self: click.core.Command, ctx: click.Context) -> Any:
        option = original_help(self, ctx)
        if option is not None:
            option.help = _word("Show this message and exit.")
        return option

    original_usage = click.formatting.HelpFormatter.write_usage

    def write_usage(
        self: click.formatting.HelpFormatter, prog: str, args: str = "", prefix: str | None = None
    ) -> None:
        translated = " ".join(_word(piece) for piece in _usage_pieces(args))
        original_usage(self, prog, translated, prefix or _word("Usage: "))

    original_params = click.core.Command.get_params

    def get_params(self: click.core.Command, ctx: click.Context) -> Any:
        params = original_params(self, ctx)
        for param in params:
            text = getattr(param, "help", None)
            if isinstance(text, str):
                param.help = _word(text)  # type: ignore[attr-defined]
            if param.metavar is None and not getattr(param, "is_flag", False):
                param.metavar = _metavar(param)
        return params

    original_metavar = typer.core.TyperArgument.make_metavar

    def make_metavar(self: typer.core.TyperArgument, ctx: click.Context, **kw: Any) -> str:
        text: str = original_metavar(self, ctx, **kw)
        return text[1:-1] if text.startswith("{") and text.endswith("}") else text

    click.core.Command.get_help_option = get_help_option  # type: ignore[method-assign]
    click.formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
    click.core.Command.get_params = get_params  # type: ignore[method-assign]
    typer.core.TyperArgument.make_metavar = make_metavar  # type: ignore[method-assign]
    click.core.Command._cchc_words = True  # type: ignore[attr-defined]


_ARGUMENTS = {"assignment": "click.metavar.assignment", "path": "click.metavar.path"}


def _metavar(param: click.core.Parameter) -> str:
    """A placeholder in the user's language: NHIỆM_VỤ, THƯ_MỤC, SỐ, GIÁ_TRỊ."""
    lang = _state["lang"]
    if param.param_type_name == "argument":
        key = _ARGUMENTS.get(param.name or "")
        return translate(key, lang) if key else (param.name or "").upper()
    kind = getattr(param.type, "name", "")
    key = {"path": "click.metavar.path", "integer": "click.metavar.number"}.get(kind)
    if kind.startswith("int"):
        key = "click.metavar.number"
    return translate(key or "click.metavar.text", lang)


def _usage_pieces(args: str) -> list[str]:
    for metavar in ("COMMAND [ARGS]...",):
        args = args.replace(metavar, metavar.replace(" ", "\0"))
    return [piece.replace("\0", " ") for piece in args.split(" ") if piece]


_NO_COMMAND = re.compile(r"^No such command '(.+?)'\.")
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.+)\)$")
_NOT_INT = re.compile(r"^'(.*)' is not a valid (?:integer|int range|int)\.$")
_RANGE = re.compile(r"^(.*) is not in the range (.+)\.$")
_CHOICE = re.compile(r"^'(.*)' is not one of (.+)\.$")


def error_text(exc: click.exceptions.ClickException, lang: str) -> str:
    """Click's error ``exc`` said in ``lang``."""
    if isinstance(exc, click.exceptions.NoSuchOption):
        close = sorted(exc.possibilities or ())
        if close:
            return translate(
                "click.no_such_option_close", lang, name=exc.option_name, close=", ".join(close)
            )
        return translate("click.no_such_option", lang, name=exc.option_name)
    if isinstance(exc, click.exceptions.MissingParameter):
        param = exc.param
        hint = param.get_error_hint(exc.ctx) if param is not None and exc.ctx else ""
        kind = exc.param_type or (param.param_type_name if param is not None else "parameter")
        key = "click.missing_argument" if kind == "argument" else "click.missing_option"
        return translate(key, lang, name=hint)
    if isinstance(exc, click.exceptions.BadParameter):
        param = exc.param
        hint = param.get_error_hint(exc.ctx) if param is not None and exc.ctx else ""
        detail = _detail(exc.message, lang)
        return translate("click.invalid_value", lang, name=hint, detail=detail)
    message = exc.format_message()
    found = _NO_COMMAND.match(message)
    if found:
        return _no_command(found.group(1), exc, lang)
    found = _EXTRA.match(message)
    if found:
        return translate("click.extra_arguments", lang, args=found.group(1))
    return _word(message)


def _no_command(name: str, exc: click.exceptions.ClickException, lang: str) -> str:
    import difflib

    ctx = getattr(exc, "ctx", None)
    commands = list(getattr(ctx.command, "commands", {})) if ctx is not None else []
    close = difflib.get_close_matches(name, commands)
    if close:
        return translate("click.no_such_command_close", lang, name=name, close=", ".join(close))
    return translate("click.no_such_command", lang, name=name, commands=", ".join(commands))


def _detail(message: str, lang: str) -> str:
    found = _NOT_INT.match(message)
    if found:
        return translate("click.not_int", lang, value=found.group(1))
    found = _RANGE.match(message)
    if found:
        return translate("click.out_of_range", lang, value=found.group(1), range=found.group(2))
    found = _CHOICE.match(message)
    if found:
        return translate("click.not_a_choice", lang, value=found.group(1), choices=found.group(2))
    return message


def _show_error(exc: click.exceptions.ClickException, lang: str) -> None:
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        typer.echo(ctx.get_usage(), err=True)
        help_name = ctx.help_option_names[0] if ctx.help_option_names else "--help"
        typer.echo(
            translate("click.try_help", lang, command=f"{ctx.command_path} {help_name}"), err=True
        )
    typer.echo(f"{translate('click.error', lang)}: {error_text(exc, lang)}", err=True)


def quiet_pipe() -> NoReturn:
    """The reader of our output went away (``cchc status | head``): stop without a word.

    Python would otherwise complain when it flushes stdout at exit, so stdout goes to devnull.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
    raise SystemExit(0)


class Group(typer.core.TyperGroup):
    """cchc's command group: Click's words translated, its errors said by cchc, exit codes kept.

    ``cchc`` with no command prints its help and exits 0.
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        _install()
        lang = _state["lang"] = language()
        run: Callable[..., Any] = super().main
        if not standalone_mode:  # pragma: no cover - cchc always runs standalone
            return run(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = run(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help() if exc.ctx else "")
            code = 0
        except click.exceptions.ClickException as exc:
            _show_error(exc, lang)
            code = exc.exit_code
        except typer.Abort:
            typer.echo(_word("Aborted!"), err=True)
            code = 1
        except BrokenPipeError:
            quiet_pipe()
        except OSError as exc:  # pragma: no cover - other broken pipes, e.g. on Windows
            if exc.errno not in (errno.EPIPE, errno.EINVAL):
                raise
            quiet_pipe()
        sys.exit(code if isinstance(code, int) else 0)
