"""The parts of a report around its body: letterhead, number, date line, subject, addressees,
signature and "Nơi nhận", as Nghị định 30/2020/NĐ-CP sets them out. Pure functions of data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from cchc.model import Plan, Unit
from cchc.schedule import Period
from cchc.vntext import fold, format_running_date

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_DOCUMENT_TYPES = {"KH": "Kế hoạch", "CTr": "Chương trình", "QĐ": "Quyết định"}
_COMMITTEE = re.compile(r"^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+", re.IGNORECASE)
_CONNECTORS = {"và", "các", "của", "-", "–"}
_SIGNER_TITLES = (  # (first words of the unit's name, folded) -> title of its head
    ("phong", "TRƯỞNG PHÒNG"),
    ("so", "GIÁM ĐỐC"),
    ("trung tam", "GIÁM ĐỐC"),
    ("van phong", "CHÁNH VĂN PHÒNG"),
    ("bo", "BỘ TRƯỞNG"),
    ("vu", "VỤ TRƯỞNG"),
    ("cuc", "CỤC TRƯỞNG"),
)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The left and right columns of the header."""

    governing: tuple[str, ...]
    """The body above the issuer, in capitals, not bold ("UBND HUYỆN CẨM MỸ"); may be empty."""
    issuing: tuple[str, ...]
    """The issuer, in capitals, bold ("PHÒNG NỘI VỤ"; "ỦY BAN NHÂN DÂN", "HUYỆN CẨM MỸ")."""
    number: str
    """ "Số: 12/BC-UBND", or "Số:      /BC-UBND" left for the clerk to number."""
    place_date: str
    """ "Cẩm Mỹ, ngày 05 tháng 4 năm 2021", or with blanks when the date is not given."""


@dataclass(frozen=True, slots=True)
class Signature:
    """The signature block: authority (TM./KT.), title and name, as printed."""

    authority: str
    title: str
    name: str


def period_phrase(period: Period) -> str:
    """ "quý II năm 2021", "6 tháng đầu năm 2021", "9 tháng năm 2021", "năm 2021"."""
    if period.kind.startswith("Q"):
        return f"quý {_ROMAN[int(period.kind[1])]} năm {period.year}"
    words = {"H1": "6 tháng đầu năm", "H2": "6 tháng cuối năm", "9M": "9 tháng năm", "Y": "năm"}
    return f"{words[period.kind]} {period.year}"


def file_stem(period: Period, plan_number: str) -> str:
    """ "bao-cao-quy-II-2021-57-KH-UBND": what a report is saved as by default."""
    if period.kind.startswith("Q"):
        when = f"quy-{_ROMAN[int(period.kind[1])]}"
    else:
        when = {"H1": "6-thang", "H2": "6-thang-cuoi", "9M": "9-thang", "Y": "nam"}[period.kind]
    number = re.sub(r"[^0-9A-Za-z]+", "-", fold(plan_number).upper()).strip("-")
    return f"bao-cao-{when}-{period.year}-{number}"


def place_date(place: str, day: dt.date | None, year: int) -> str:
    """ "Cẩm Mỹ, ngày 05 tháng 4 năm 2021"; blanks for day and month when not yet dated."""
    if day is None:
        return f"{place}, ngày      tháng      năm {year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def _locality(unit: Unit) -> str | None:
    """ "huyện Cẩm Mỹ" for "Ủy ban nhân dân huyện Cẩm Mỹ"; None for other bodies."""
    match = _COMMITTEE.match(unit.name)
    return unit.name[match.end() :] if match else None


def _upper(text: str) -> str:
    return text.upper()


def letterhead_lines(
    unit: Unit, units: Mapping[str, Unit]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Governing and issuing lines for ``unit``: a People's Committee names itself on two
    lines; another body sits under its parent, minus the locality the parent already names."""
    locality = _locality(unit)
    if locality is not None:
        return (), ("ỦY BAN NHÂN DÂN", _upper(locality))
    parent = units.get(unit.parent.id) if unit.parent else None
    if parent is None:
        return (), (_upper(unit.name),)
    parent_locality = _locality(parent)
    name = unit.name
    if parent_locality is not None:
        governing = f"UBND {_upper(parent_locality)}"
        if fold(name).endswith(" " + fold(parent_locality)):
            name = name[: len(name) - len(parent_locality)].rstrip()
    else:
        governing = _upper(parent.name)
    return (governing,), (_upper(name),)


def abbreviation(unit: Unit, plan: Plan) -> str:
    """The issuer's abbreviation in document numbers: UBND for a committee, the plan's own for
    its issuer, else a short name written in capitals (PNV) or the initials of the name."""
    if _locality(unit) is not None or unit.kind == "people-committee":
        return "UBND"
    number = plan.document.display_number
    if unit.id == plan.document.issuer.unit.id and "-" in number:
        return number.rsplit("-", 1)[1]
    for short in unit.short:
        if re.fullmatch(r"[A-ZĐ]{2,8}", short):
            return short
    words = [w for w in unit.name.split() if w.lower() not in _CONNECTORS]
    return "".join(_upper(w[0]) for w in words if w[0].isalpha())


def number_line(number: str | None, abbr: str) -> str:
    """ "Số: 05/BC-PNV" (numbers under 10 padded); the number as given when it is complete."""
    if number is None:
        return f"Số:        /BC-{abbr}"
    if "/" in number:
        return f"Số: {number}"
    return f"Số: {int(number):02d}/BC-{abbr}" if number.isdigit() else f"Số: {number}/BC-{abbr}"


def signature(unit: Unit, plan: Plan, given: str | None) -> Signature:
    """From ``--signer`` ("TITLE|Name" or "AUTHORITY|TITLE|Name" or "Name"), the plan's signer
    for the plan's issuer, or the usual title of the unit's head with the name left blank."""
    committee = _locality(unit) is not None or unit.kind == "people-committee"
    authority = "TM. ỦY BAN NHÂN DÂN" if committee else ""
    if unit.id == plan.document.issuer.unit.id:
        signer = plan.document.signer
        title, name = signer.title, signer.name or ""
        authority = signer.authority or authority
    else:
        folded = fold(unit.name)
        title = "CHỦ TỊCH" if committee else "THỦ TRƯỞNG"
        for start, head in _SIGNER_TITLES:
            if not committee and folded.startswith(start + " "):
                title = head
                break
        name = ""
    if given:
        parts = [p.strip() for p in given.split("|")]
        if len(parts) == 1:
            name = parts[0]
        elif len(parts) == 2:
            title, name = _upper(parts[0]), parts[1]
        else:
            authority, title, name = _upper(parts[0]), _upper(parts[1]), "|".join(parts[2:])
    return Signature(authority, title, name)


def short_name(unit: Unit) -> str:
    """ "UBND huyện Cẩm Mỹ" for "Ủy ban nhân dân huyện Cẩm Mỹ"; other names as they are."""
    match = _COMMITTEE.match(unit.name)
    return "UBND " + unit.name[match.end() :] if match else unit.name


def _issued(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"năm {day.year}"
    if precision == "month":
        return (
            f"tháng {day.month:02d}/{day.year}"
            if day.month < 3
            else f"tháng {day.month}/{day.year}"
        )
    return f"ngày {format_running_date(day)}"


def plan_reference(plan: Plan, full: bool) -> str:
    """How a report names its plan: "Kế hoạch số 57/KH-UBND ngày 05/3/2021 của UBND huyện
    Cẩm Mỹ", or for a plan attached to a decision "Kế hoạch ban hành kèm theo Quyết định số
    424/QĐ-BNV ngày 24/3/2021 của Bộ Nội vụ"; without date and issuer unless ``full``."""
    doc = plan.document
    kind = _DOCUMENT_TYPES.get(doc.type, "Kế hoạch")
    issuer = next((u for u in plan.units if u.id == doc.issuer.unit.id), None)
    by = f" của {short_name(issuer)}" if issuer is not None and full else ""
    act = doc.enacted_by
    if act is not None:
        act_kind = _DOCUMENT_TYPES.get(act.type, act.type)
        when = f" ngày {format_running_date(act.date)}" if full else ""
        by = f" của {act.issuer}" if act.issuer and full else by
        return f"{kind} ban hành kèm theo {act_kind} số {act.number}{when}{by}"
    when = f" {_issued(doc.date, doc.date_precision)}" if full else ""
    return f"{kind} số {doc.display_number}{when}{by}"
