"""Obligations for programs: written to a file (``-o``) as CSV that Excel opens with its
Vietnamese intact (UTF-8 with a byte-order mark, CRLF line ends) or JSON, always atomically;
or printed as JSON or CSV (``--format``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from cchc.errors import UsageError
from cchc.messages import translate
from cchc.viewmodel import ObligationView

FORMATS = ("csv", "json")


def deliver(
    items: Sequence[ObligationView],
    fmt: str,
    output: Path | None,
    as_of: str,
    lang: str,
    echo: Callable[[str], None],
    pretty: bool = False,
) -> bool:
    """``items`` written to ``output`` or printed as JSON or CSV, as asked; False when neither
    was asked (the command then shows them to people)."""
    if output is not None:
        write_obligations(output, output_format(fmt, output), items, as_of, pretty)
        echo(translate("views.written", lang, count=len(items), path=str(output)))
        return True
    if fmt in FORMATS:
        from cchc.render.data import machine_readable

        echo(machine_readable(fmt, items, as_of, pretty))
        return True
    return False


def output_format(fmt: str, output: Path) -> str:
    """The format to write ``output`` in: ``--format`` when it is csv or json, else the
    file's suffix (``.csv``, ``.json``); anything else is a usage error."""
    if fmt in FORMATS:
        return fmt
    suffix = output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UsageError("views.output_format", path=str(output))


def obligations_bytes(
    fmt: str, items: Sequence[ObligationView], as_of: str, pretty: bool = False
) -> bytes:
    """The file's bytes: CSV with a BOM and CRLF (what Excel expects), or JSON with a final
    newline."""
    from cchc.render.data import obligations_csv, obligations_json

    if fmt == "csv":
        return ("\ufeff" + obligations_csv(items, "\r\n")).encode("utf-8")
    return (obligations_json(items, as_of, pretty) + "\n").encode("utf-8")


def write_obligations(
    path: Path, fmt: str, items: Sequence[ObligationView], as_of: str, pretty: bool = False
) -> None:
    """Write ``items`` to ``path`` in ``fmt`` through a temporary file and os.replace."""
    from cchc.report_output import write_atomic

    write_atomic(path, obligations_bytes(fmt, items, as_of, pretty))
