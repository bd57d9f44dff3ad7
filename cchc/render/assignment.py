"""The ``cchc show`` view of one assignment."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cchc.dashboard import corrected
from cchc.messages import translate
from cchc.model import Assignment, Plan, Record
from cchc.problems import display_path
from cchc.render.dashboard import WIDE, obligations_table
from cchc.render.terminal import day, fit, period
from cchc.units import unit_names
from cchc.viewmodel import ObligationView


def render(
    plan: Plan,
    assignment: Assignment,
    occurrences: list[ObligationView],
    records: list[Record],
    lang: str,
    cwd: Path,
    out: Console,
) -> None:
    """Text, section, units, deadline, each obligation's state, records with file:line."""
    names = unit_names(plan)
    sections = {s.id: corrected(s.title, s.corrections, "title") for s in plan.document.sections}
    items = {i.id: i.text for i in (*plan.content, *plan.forms)}
    none = translate("show.none", lang)
    out.print(Text(translate("show.heading", lang, id=assignment.id), style="bold"))
    out.print(corrected(assignment.text, assignment.corrections, "text"))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    section = assignment.section.id
    facts.add_row(translate("show.section", lang), f"{section}. {sections.get(section, '')}")
    facts.add_row(translate("show.lead", lang), names.get(assignment.lead.id, assignment.lead.id))
    facts.add_row(
        translate("show.coordinators", lang),
        "; ".join(names.get(c.id, c.id) for c in assignment.coordinators) or none,
    )
    facts.add_row(translate("show.deadline", lang), assignment.deadline.text)
    if assignment.deadline_note:
        facts.add_row(translate("show.deadline_note", lang), assignment.deadline_note)
    if assignment.role_note:
        facts.add_row(translate("show.role_note", lang), assignment.role_note)
    if assignment.deliverable:
        facts.add_row(translate("show.deliverable", lang), assignment.deliverable)
    related = [f"{r.id}: {items.get(r.id, '')}" for r in assignment.related]
    facts.add_row(translate("show.related", lang), "\n".join(related) or none)
    for correction in assignment.corrections:
        facts.add_row(
            translate("show.corrections", lang),
            f"“{correction.written}” → “{correction.corrected}”: {correction.note}",
        )
    out.print(facts)
    title = translate("show.occurrences", lang)
    out.print(
        obligations_table(occurrences, lang, title, wide=out.width >= WIDE, show_text=False),
        width=fit(out),
    )
    out.print(Text(translate("show.records", lang), style="italic"))
    if not records:
        out.print(translate("status.no_records", lang))
    for record in records:
        line = Text(f"{day(record.date)}  {names.get(record.unit.id, record.unit.id)}  ")
        if record.occurrence:
            line.append(f"{period(record.occurrence, lang)}  ")
        line.append(translate(f"state.{record.state}", lang), style="bold")
        detail = record.note or record.reason or ", ".join(record.evidence)
        if detail:
            line.append(f": {detail}")
        out.print(line)
        where = display_path(record.at.path, cwd)
        out.print(Text(f"    {where}:{record.at.line}", style="dim"), overflow="fold")
