"""Shared pieces of the Rich views: the console, state labels, dates and periods."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from cchc.messages import translate
from cchc.schedule import Period
from cchc.vntext import format_date
from cchc.vocab import ObligationState

STYLES: dict[str, str] = {
    "done": "green",
    "done-late": "yellow",
    "in-progress": "cyan",
    "not-started": "",
    "overdue": "bold red",
    "due-soon": "bold yellow",
    "cancelled": "dim",
    "active": "green",
    "gap": "magenta",
    "as-needed": "dim",
}


MIN_WIDTH, MAX_WIDTH = 40, 1000
"""Widths outside these ($COLUMNS=0, a runaway value) fall back to 80 columns."""


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits with 1 when the reader goes away (`cchc status | head`); let cchc.cli end
        # quietly with 0 instead.
        raise BrokenPipeError


def console(file: TextIO | None = None) -> Console:
    """A console on stdout: colours only on a terminal; width from the terminal or $COLUMNS.

    Plan text is data, never markup: ``markup=False`` prints "Phòng Nội vụ [/]" and "[ghi chú]"
    as written (control characters never reach here: cchc.yamlio refuses them in plan files).
    """
    out = _Console(
        file=file or sys.stdout, highlight=False, soft_wrap=False, emoji=False, markup=False
    )
    if not MIN_WIDTH <= out.width <= MAX_WIDTH:
        out.width = 80
    return out


TABLE_WIDTH = 120
"""Tables stretch to the terminal up to this width; wider, they would only spread out."""


def fit(out: Console) -> int:
    """The width to print tables at on ``out``."""
    return min(out.width, TABLE_WIDTH)


def table(title: str | None = None) -> Table:
    """The one table style of cchc's views: a rule under the headings, no outer frame, and
    columns with a ``ratio`` sharing the width."""
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
        pad_edge=False,
        show_edge=False,
        expand=True,
    )


def state(value: ObligationState, lang: str) -> Text:
    """A state's name in ``lang``, coloured."""
    return Text(translate(f"state.{value}", lang), style=STYLES[value])


def day(value: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string."""
    return format_date(value) if value else ""


def period(value: Period | None, lang: str) -> str:
    """ "quý II/2021", or an empty string."""
    return value.label(lang) if value else ""
