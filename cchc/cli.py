"""The command line: options, help text and exit codes. The work happens in cchc.commands."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from cchc import clikit
from cchc.errors import EXIT_BUG, CchcError, UsageError
from cchc.locate import find_plan
from cchc.messages import LANGUAGES, translate

if TYPE_CHECKING:
    import datetime as dt

    from cchc.session import Session


def _help(key: str) -> str:
    """Help text in $CCHC_LANG (help is built before options are parsed, so not --lang)."""
    return translate(key, clikit.language())


def _typer() -> typer.Typer:
    return typer.Typer(
        name="cchc",
        cls=clikit.Group,
        help=_help("help.app"),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain help: Click's words are translated (cchc.clikit), no boxes
    )


app = _typer()

PlanOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs the runtime form on Python 3.10
    typer.Option("--plan", help=_help("help.opt.plan"), show_default=False),
]
LangOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--lang",
        help=_help("help.opt.lang"),
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        from cchc import __version__

        typer.echo(f"cchc {__version__}")
        raise typer.Exit(0)


_SETTINGS = {"no_cache": False}
"""Options of the command group, set on every run (tests run many in one process)."""


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help=_help("help.opt.version"), callback=_version, is_eager=True),
    ] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_help("help.opt.no_cache"))] = False,
) -> None:
    """The command group; its help text is app's."""
    _SETTINGS["no_cache"] = no_cache


def _cache() -> Path | None:
    from cchc.cache import active_folder

    return active_folder(_SETTINGS["no_cache"])


def _lang(option: str | None) -> str | None:
    value = _given("--lang", option) or os.environ.get("CCHC_LANG") or None
    if value is not None and value.strip().lower() not in LANGUAGES:
        raise UsageError("cli.bad_lang", value=value)
    return value.strip().lower() if value else None


def _given(option: str, value: str | None) -> str | None:
    """``value`` unless it is empty: an empty option is a mistake, never "not given"."""
    if value is not None and not value.strip():
        raise UsageError("cli.empty_option", option=option)
    return value


def _guard(action: Callable[[], int], lang: str | None) -> None:
    """Run a command body; map its result and cchc's errors to exit codes, never a traceback."""
    lang = lang.strip().lower() if lang else None
    if lang not in LANGUAGES:  # errors speak --lang, else $CCHC_LANG, else Vietnamese
        lang = clikit.language()
    try:
        code = action()
    except BrokenPipeError:  # `cchc status | head`: the reader has gone, stop quietly
        clikit.quiet_pipe()
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:
        raise typer.Exit(_report(exc, lang)) from None
    raise typer.Exit(code)


def _report(exc: Exception, lang: str) -> int:
    """Say what went wrong and return the exit code. Never raises: a failure while saying it
    (a message that cannot be formatted) is reported as the bug it is, not as a traceback."""
    from cchc.safetext import shorten, visible

    try:
        if isinstance(exc, CchcError):
            problems = getattr(exc, "problems", ())
            if problems:
                from cchc.problems import format_text

                typer.echo(format_text(problems, lang, Path.cwd()), err=True)
            args = {k: shorten(v) if isinstance(v, str) else v for k, v in exc.args_.items()}
            typer.echo(f"cchc: {visible(translate(exc.message, lang, **args))}", err=True)
            return exc.exit_code
        if isinstance(exc, OSError):  # the system refused (a name too long, no permission)
            where = shorten(str(exc.filename or "")) or "-"
            detail = exc.strerror or str(exc)
            message = translate("cli.os_error", lang, path=where, detail=detail)
            typer.echo(f"cchc: {visible(message)}", err=True)
            return 2
    except Exception as failure:  # reported below, as a bug
        exc = failure
    detail = visible(f"{type(exc).__name__}: {exc}")  # an unexpected exception is a bug
    typer.echo(f"cchc: {translate('cli.bug', lang, detail=detail)}", err=True)
    return EXIT_BUG


AsOfOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--as-of",
        help=_help("help.opt.as_of"),
        show_default=False,
    ),
]


@app.command(help=_help("help.validate"))
def validate(
    path: Annotated[
        Optional[str],  # noqa: UP045 - a str, so that "" is seen and refused, not taken as "."
        typer.Argument(help=_help("help.arg.path"), show_default=False),
    ] = None,
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_validate"))] = "text",
    strict: Annotated[bool, typer.Option("--strict", help=_help("help.opt.strict"))] = False,
    pretty: PrettyOption = False,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import validate as command
        from cchc.problems import FORMATTERS

        language = _lang(lang)
        if fmt not in FORMATTERS:
            raise UsageError("cli.bad_format", value=fmt, choices=", ".join(FORMATTERS))
        cwd = Path.cwd()
        given = _given("PATH", path)
        root = find_plan(Path(given) if given is not None else plan, os.environ, cwd)
        import datetime as dt

        day = _date(as_of) or dt.date.today()
        return command.run(root, fmt, strict, language, cwd, typer.echo, day, _cache(), pretty)

    _guard(body, lang)


def _complete_ids(kind: str, incomplete: str) -> list[str]:
    """Ids for shell completion, from the plan found as cchc would find it; never fails."""
    try:
        from cchc.reader import read_plan

        plan = read_plan(find_plan(None, os.environ, Path.cwd()), _cache()).plan
    except Exception:  # completion must never break the shell
        return []
    if plan is None:
        return []
    ids = [u.id for u in plan.units] if kind == "unit" else [a.id for a in plan.assignments]
    return [i for i in ids if i.startswith(incomplete)]


def _complete_unit(incomplete: str) -> list[str]:
    return _complete_ids("unit", incomplete)


def _complete_assignment(incomplete: str) -> list[str]:
    return _complete_ids("assignment", incomplete)


UnitOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--unit",
        help=_help("help.opt.unit"),
        show_default=False,
        autocompletion=_complete_unit,
    ),
]
WindowOption = Annotated[int, typer.Option("--window", min=0, help=_help("help.opt.window"))]
PrettyOption = Annotated[bool, typer.Option("--pretty", help=_help("help.opt.pretty"))]


def _choice(value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise UsageError("cli.bad_choice", value=value, choices=", ".join(choices))
    return value


def _open(plan: Path | None, lang: str | None, as_of: str | None, partial: bool = False) -> Session:
    """The plan to read; with ``partial``, files with errors are left out and named on stderr
    (the command then exits with EXIT_PARTIAL, see cchc.session.finish)."""
    import datetime as dt

    from cchc.session import left_out_banner, open_plan

    today = dt.date.today()
    session = open_plan(plan, os.environ, Path.cwd(), _lang(lang), as_of, today, _cache(), partial)
    if session.left_out:
        typer.echo(left_out_banner(session, Path.cwd()), err=True)
    return session


@app.command(help=_help("help.status"))
def status(
    plan: PlanOption = None,
    unit: UnitOption = None,
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_status"))] = "text",
    window: WindowOption = 14,
    pretty: PrettyOption = False,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import status as command
        from cchc.session import resolve_unit

        _choice(fmt, ("text", "json"))
        session = _open(plan, lang, as_of, partial=True)
        unit_id = resolve_unit(u, session.plan) if (u := _given("--unit", unit)) else None
        return command.run(session, unit_id, fmt, window, typer.echo, pretty)

    _guard(body, lang)


OutputOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("-o", "--output", help=_help("views.help.output"), show_default=False),
]


@app.command(help=_help("help.overdue"))
def overdue(
    plan: PlanOption = None,
    unit: UnitOption = None,
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_table"))] = "table",
    fail: Annotated[bool, typer.Option("--fail", help=_help("help.opt.fail"))] = False,
    window: WindowOption = 14,
    pretty: PrettyOption = False,
    output: OutputOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import overdue as command
        from cchc.session import resolve_unit

        _choice(fmt, ("table", "json", "csv"))
        session = _open(plan, lang, as_of, partial=True)
        unit_id = resolve_unit(u, session.plan) if (u := _given("--unit", unit)) else None
        return command.run(session, unit_id, fmt, fail, window, typer.echo, pretty, output)

    _guard(body, lang)


def _states_help() -> str:
    """--state help listing every state by its name and id (built like _help)."""
    from cchc.vocab import OBLIGATION_STATES

    lang = clikit.language()
    names = ", ".join(f"{translate(f'state.{s}', lang)} ({s})" for s in OBLIGATION_STATES)
    return translate("views.help.state", lang, states=names)


DateOption = Optional[str]  # noqa: UP045


@app.command("list", help=_help("help.list"))
def list_(
    plan: PlanOption = None,
    unit: UnitOption = None,
    section: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--section", help=_help("help.opt.section"), show_default=False),
    ] = None,
    state: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--state", help=_states_help(), show_default=False),
    ] = None,
    due_from: Annotated[
        DateOption,
        typer.Option("--due-from", help=_help("views.help.due_from"), show_default=False),
    ] = None,
    due_to: Annotated[
        DateOption,
        typer.Option("--due-to", help=_help("views.help.due_to"), show_default=False),
    ] = None,
    due_before: Annotated[
        DateOption,
        typer.Option("--due-before", help=_help("help.opt.due_before"), show_default=False),
    ] = None,
    due_after: Annotated[
        DateOption,
        typer.Option("--due-after", help=_help("help.opt.due_after"), show_default=False),
    ] = None,
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_table"))] = "table",
    window: WindowOption = 14,
    pretty: PrettyOption = False,
    output: OutputOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import listing as command
        from cchc.selection import bounds, make, parse_states
        from cchc.session import resolve_unit

        _choice(fmt, ("table", "json", "csv"))
        states = parse_states(state) if state is not None else None
        lower, upper = bounds(*(_date(d) for d in (due_from, due_to, due_before, due_after)))
        session = _open(plan, lang, as_of, partial=True)
        selection = make(
            session.plan,
            unit=resolve_unit(u, session.plan) if (u := _given("--unit", unit)) else None,
            section=_given("--section", section),
            states=states,
            due_from=lower,
            due_to=upper,
        )
        return command.run(session, selection, fmt, window, typer.echo, pretty, output)

    _guard(body, lang)


@app.command(help=_help("help.show"))
def show(
    assignment: Annotated[
        str, typer.Argument(help=_help("help.arg.assignment"), autocompletion=_complete_assignment)
    ],
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    window: WindowOption = 14,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import show as command
        from cchc.session import resolve_assignment

        session = _open(plan, lang, as_of, partial=True)
        return command.run(
            session, resolve_assignment(assignment, session.plan), window, Path.cwd()
        )

    _guard(body, lang)


def _complete(kind: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        from cchc.completion import candidates

        return candidates(kind, incomplete, os.environ, Path.cwd())

    return complete


@app.command(help=_help("help.record"))
def record(
    assignment: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help=_help("help.arg.record_assignment"),
            show_default=False,
            autocompletion=_complete("assignment"),
        ),
    ] = None,
    unit: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help=_help("help.opt.record_unit"), autocompletion=_complete("unit")),
    ] = None,
    state: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help=_help("help.opt.record_state"), autocompletion=_complete("state")),
    ] = None,
    date: Annotated[Optional[str], typer.Option(help=_help("help.opt.record_date"))] = None,  # noqa: UP045
    occurrence: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help=_help("help.opt.occurrence"), autocompletion=_complete("period")),
    ] = None,
    count: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help=_help("help.opt.count"), autocompletion=_complete("count")),
    ] = None,
    form: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help=_help("help.opt.form"), autocompletion=_complete("form")),
    ] = None,
    evidence: Annotated[Optional[list[str]], typer.Option(help=_help("help.opt.evidence"))] = None,  # noqa: UP045
    note: Annotated[Optional[str], typer.Option(help=_help("help.opt.note"))] = None,  # noqa: UP045
    reason: Annotated[Optional[str], typer.Option(help=_help("help.opt.reason"))] = None,  # noqa: UP045
    dry_run: Annotated[bool, typer.Option("--dry-run", help=_help("help.opt.dry_run"))] = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        import datetime as dt

        from cchc.commands import record as command
        from cchc.prompts import TerminalAsker, interactive

        language = _lang(lang)
        root = find_plan(plan, os.environ, Path.cwd())
        draft = command.Draft(
            assignment, unit, state, date, occurrence,
            tuple(count or ()), tuple(form or ()), tuple(evidence or ()), note, reason,
        )  # fmt: skip
        ask = TerminalAsker(language or clikit.language()) if interactive() else None
        today = dt.date.today()
        return command.run(root, draft, language, today, ask, dry_run, typer.echo, Path.cwd())

    _guard(body, lang)


@app.command(help=_help("help.lookup"))
def lookup(
    what: Annotated[
        str, typer.Argument(help=_help("help.arg.lookup"), autocompletion=_complete("topic"))
    ],
    plan: PlanOption = None,
    unit: UnitOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_status"))] = "text",
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import lookup as command
        from cchc.session import resolve_unit

        _choice(fmt, ("text", "json"))
        session = _open(plan, lang, None)
        unit_id = resolve_unit(unit, session.plan) if unit else None
        return command.run(session, what, unit_id, fmt, typer.echo)

    _guard(body, lang)


@app.command(help=_help("help.report"))
def report(
    plan: PlanOption = None,
    quarter: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--quarter", help=_help("help.opt.quarter"), show_default=False),
    ] = None,
    year: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--year", help=_help("help.opt.year"), show_default=False),
    ] = None,
    period: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--period", help=_help("help.opt.period"), show_default=False),
    ] = None,
    unit: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--unit", help=_help("help.opt.report_unit"), show_default=False),
    ] = None,
    fmt: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--format", help=_help("help.opt.report_format"), show_default=False),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("-o", "--output", help=_help("help.opt.output"), show_default=False),
    ] = None,
    template: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--template", help=_help("help.opt.template"), show_default=False),
    ] = None,
    number: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--number", help=_help("help.opt.number"), show_default=False),
    ] = None,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--date", help=_help("help.opt.report_date"), show_default=False),
    ] = None,
    signer: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--signer", help=_help("help.opt.signer"), show_default=False),
    ] = None,
    place: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--place", help=_help("help.opt.place"), show_default=False),
    ] = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        import datetime as dt

        from cchc.commands import report as command
        from cchc.session import resolve_unit

        session = _open(plan, lang, as_of)
        options = command.Options(
            quarter,
            year,
            period,
            resolve_unit(unit, session.plan) if unit else None,
            fmt,
            output,
            template,
            number,
            _date(date),
            signer,
            place,
            _date(as_of),
        )
        return command.run(session, options, typer.echo, dt.date.today())

    _guard(body, lang)


@app.command(help=_help("help.diff"))
def diff(
    base: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help=_help("help.arg.base"), show_default=False),
    ] = None,
    head: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help=_help("help.arg.head"), show_default=False),
    ] = None,
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format", help=_help("help.opt.format_diff"))] = "text",
    pretty: PrettyOption = False,
    as_of: AsOfOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        import datetime as dt

        from cchc.commands import diff as command

        _choice(fmt, command.FORMATS)
        root = find_plan(plan, os.environ, Path.cwd())
        day = _date(as_of)
        return command.run(
            root,
            base,
            head,
            fmt,
            _lang(lang),
            day,
            dt.date.today(),
            Path.cwd(),
            typer.echo,
            pretty,
        )

    _guard(body, lang)


@app.command(help=_help("help.schema"))
def schema(
    output: Annotated[
        Path, typer.Option("-o", "--output", help=_help("help.opt.schema_out"))
    ] = Path("schemas"),
    check: Annotated[bool, typer.Option("--check", help=_help("help.opt.schema_check"))] = False,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import schema as command

        return command.run(output, _lang(lang) or "vi", check, typer.echo)

    _guard(body, lang)


@app.command("new-year", help=_help("help.new_year"))
def new_year(
    output: Annotated[Path, typer.Option("-o", "--output", help=_help("help.opt.new_year_out"))],
    year: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--year", help=_help("help.opt.new_year"), show_default=False),
    ] = None,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:

    def body() -> int:
        from cchc.commands import newyear as command

        root = find_plan(plan, os.environ, Path.cwd())
        return command.run(root, year, output, _lang(lang), typer.echo)

    _guard(body, lang)


def _date(value: str | None) -> dt.date | None:
    from cchc.schedule import parse_date

    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise UsageError("cli.bad_date", value=value)
    return parsed


def _for(args: list[str]) -> typer.Typer:
    """``app``, or when ``args`` name one of its commands, a group holding only that one.

    Typer turns every command's signature into Click options on each run (a tenth of a
    ``cchc overdue`` at 10,000 records went there); a run needs only the command it runs.
    The group's own options are all flags, so the first word not starting with "-" names the
    command. Help for the whole group, shell completion and unknown commands use ``app``."""
    place, name = next(((n, a) for n, a in enumerate(args) if not a.startswith("-")), (0, None))
    if any(a in ("--help", "-h") for a in args[:place]):  # `cchc --help status`: the group's help
        return app
    chosen = [c for c in app.registered_commands if _command_name(c) == name]
    if not chosen or any(v.startswith("_CCHC_COMPLETE") for v in os.environ):
        return app
    lean = _typer()
    lean.registered_callback = app.registered_callback
    lean.registered_commands = chosen
    return lean


def _command_name(info: typer.models.CommandInfo) -> str:
    if info.name:
        return info.name
    assert info.callback is not None
    return info.callback.__name__.lower().replace("_", "-")


def run() -> NoReturn:
    """Entry point of the ``cchc`` script and of ``python -m cchc``: ``main``, then the end.

    The process ends without the interpreter's clean-up, as mypy does: after the output is
    flushed, freeing the plan object by object (a tenth of ``cchc overdue`` at 10,000 records,
    more at 50,000) would serve nothing. Files are written and closed by then (atomic writes),
    and cchc registers nothing to run at exit."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing left to say
            stream.flush()
    os._exit(code)


def main() -> int:
    """What ``cchc`` does, as an exit code (tests call this; the script calls ``run``)."""
    for stream in (sys.stdout, sys.stderr):  # Windows consoles default to a legacy code page
        if hasattr(stream, "reconfigure"):  # not when the process has none (`cchc ... >&-`)
            # A file name that is not UTF-8 (bytes Python keeps as surrogates) prints as \udcff
            # rather than stopping the command.
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    from cchc.streams import guard

    # A reader that closes the pipe early drops the rest of the output; the command still
    # finishes and exits with its own code (1 when `cchc validate | head` found errors).
    sys.stdout, sys.stderr = guard(sys.stdout), guard(sys.stderr)
    from cchc.safetext import UNSAFE, visible

    for value in sys.argv[1:]:  # command-line text is data too: it ends up in reports
        if UNSAFE.search(value):
            message = translate("cli.control_in_argument", clikit.language(), value=visible(value))
            print(f"cchc: {message}", file=sys.stderr)
            return 2
    try:
        _for(sys.argv[1:])()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    return 0
