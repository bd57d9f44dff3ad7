"""Questions at the terminal for ``cchc record``: numbered choices, free text, yes/no."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from cchc.messages import translate
from cchc.vntext import fold


def interactive() -> bool:
    """Whether a person is at the terminal (both ends), so missing fields may be asked."""
    return sys.stdin.isatty() and sys.stdout.isatty()


class TerminalAsker:
    """cchc.commands.record.Asker on the terminal, in ``lang``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def choose(self, question: str, choices: Sequence[tuple[str, str]], default: str | None) -> str:
        """List ``choices`` numbered; accept a number, an id, or a name typed without marks."""
        typer.echo(f"{question}:")
        for number, (value, label) in enumerate(choices, start=1):
            typer.echo(
                f"  {number:>2}. {value}  {label}" if label != value else f"  {number:>2}. {value}"
            )
        default_number = next(
            (str(i) for i, (v, _) in enumerate(choices, start=1) if v == default), None
        )
        pick = translate("record.ask.pick", self.lang)
        while True:
            answer = typer.prompt(pick, default=default_number, show_default=True).strip()
            found = _match(answer, choices)
            if found is not None:
                return found
            typer.echo(
                translate("record.ask.bad_pick", self.lang, value=answer, count=len(choices)),
                err=True,
            )

    def text(self, question: str, default: str | None = None) -> str:
        """A line of text; the default when Enter is pressed ('' when there is none)."""
        answer: str = typer.prompt(question, default=default or "", show_default=bool(default))
        return answer.strip()

    def confirm(self, question: str) -> bool:
        """Yes/no, yes by default."""
        return typer.confirm(question, default=True)


def _match(answer: str, choices: Sequence[tuple[str, str]]) -> str | None:
    if answer.isdigit() and 1 <= int(answer) <= len(choices):
        return choices[int(answer) - 1][0]
    lowered = answer.lower()
    for value, _ in choices:
        if value.lower() == lowered:
            return value
    folded = fold(answer)
    named = [v for v, label in choices if folded and folded in fold(label)]
    return named[0] if len(named) == 1 else None
