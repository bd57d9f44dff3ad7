"""The example plans under examples/: each validates, is labelled, and gives the answers its
README promises on chosen days, through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc.schema_export import MODELINE
from tests.conftest import REPO

EXAMPLES = REPO / "examples"
MINISTRY = EXAMPLES / "bo-noi-vu-2021" / "plan"
PROVINCE = EXAMPLES / "tinh-binh-phuoc-2019-2020" / "plan"
COMMUNE = EXAMPLES / "xa-hoa-an-2026" / "plan"
INVENTED = (MINISTRY, PROVINCE, COMMUNE)

Key = tuple[str, str, str | None]


def _run(cli: Any, *args: str) -> dict[str, Any]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


@pytest.fixture
def obligations(cli: Any) -> Callable[..., dict[Key, dict[str, Any]]]:
    """``list`` as JSON, keyed by (assignment, unit, occurrence)."""

    def run(plan: Path, day: str, *args: str) -> dict[Key, dict[str, Any]]:
        data = _run(cli, "list", "--plan", str(plan), "--as-of", day, *args)
        return {(o["assignment"], o["unit"], o["occurrence"]): o for o in data["obligations"]}

    return run


@pytest.fixture
def overdue(cli: Any) -> Callable[..., dict[Key, dict[str, Any]]]:
    """``overdue`` as JSON, keyed by (assignment, unit, occurrence)."""

    def run(plan: Path, day: str, *args: str) -> dict[Key, dict[str, Any]]:
        data = _run(cli, "overdue", "--plan", str(plan), "--as-of", day, *args)
        return {(o["assignment"], o["unit"], o["occurrence"]): o for o in data["obligations"]}

    return run


def _rows(cli: Any, plan: Path, day: str) -> list[dict[str, Any]]:
    """``list`` as JSON, every row (a duty in parts has one row per part)."""
    rows: list[dict[str, Any]] = _run(cli, "list", "--plan", str(plan), "--as-of", day)[
        "obligations"
    ]
    return rows


def _states(found: dict[Key, dict[str, Any]]) -> dict[Key, str]:
    return {key: o["state"] for key, o in found.items()}


@pytest.mark.parametrize(
    "plan", [*INVENTED, EXAMPLES / "demo" / "plan"], ids=lambda p: p.parent.name
)
def test_every_example_validates(cli: Any, plan: Path) -> None:
    result = cli("validate", "--plan", str(plan))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("plan", INVENTED, ids=lambda p: p.parent.name)
def test_invented_examples_say_so(plan: Path) -> None:
    assert "provenance: invented" in (plan / "plan.yaml").read_text(encoding="utf-8")
    readme = (plan.parent / "README.md").read_text(encoding="utf-8")
    assert "**Everything here is invented**" in readme
    assert "What is real" in readme
    for path in sorted((plan / "progress").rglob("*.yaml")):
        assert _body(path).startswith("# EXAMPLE DATA"), path
    for path in sorted(plan.rglob("*.yaml")):
        assert "invented" in _body(path).splitlines()[0], path


def _body(path: Path) -> str:
    """The file without its first line when that line only names the schema."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith(MODELINE) else text


# --- the commune plan: villages and two flows under the Nghị định 09 cut-off ---


def test_commune_villages_report_on_the_10th_the_commune_on_the_16th(
    overdue: Any, obligations: Any
) -> None:
    late = overdue(COMMUNE, "2026-03-11")
    village_reports = {k: o["due"] for k, o in late.items() if k[0] == "IV.4.2"}
    assert village_reports == {
        ("IV.4.2", "ap-hoa-binh", "2026-Q1"): "2026-03-10",
        ("IV.4.2", "ap-suoi-ram", "2026-Q1"): "2026-03-10",
    }
    commune = obligations(COMMUNE, "2026-03-11")[("V.1", "ubnd-xa", "2026-Q1")]
    assert (commune["due"], commune["state"]) == ("2026-03-16", "due-soon")
    assert ("V.1", "ubnd-xa", "2026-Q1") not in late

    later = _states(obligations(COMMUNE, "2026-03-17"))
    assert later[("V.1", "ubnd-xa", "2026-Q1")] == "done"  # sent on 16/3, the due day
    assert later[("IV.4.2", "ap-hoa-binh", "2026-Q1")] == "done-late"  # sent on 13/3
    assert later[("IV.4.2", "ap-tan-lap", "2026-Q1")] == "done"
    assert later[("IV.4.2", "ap-suoi-ram", "2026-Q1")] == "overdue"


def test_commune_flows_follow_the_cut_off_every_period(obligations: Any) -> None:
    found = obligations(COMMUNE, "2026-01-21")
    commune = {k[2]: o["due"] for k, o in found.items() if k[:2] == ("V.1", "ubnd-xa")}
    assert commune == {
        "2026-Q1": "2026-03-16",
        "2026-H1": "2026-06-16",
        "2026-9M": "2026-09-16",
        "2026": "2026-12-16",
    }
    village = {k[2]: o["due"] for k, o in found.items() if k[:2] == ("IV.4.2", "ap-tan-lap")}
    assert village == {
        "2026-Q1": "2026-03-10",
        "2026-Q2": "2026-06-10",
        "2026-Q3": "2026-09-10",
        "2026-Q4": "2026-12-10",
    }
    # a task keeps the calendar: "trong tháng 02/2026" is due on the month's last day
    assert found[("IV.1.1", "van-phong-hdnd-ubnd-xa", None)]["due"] == "2026-02-28"


def test_merged_village_owes_nothing_after_its_last_day(obligations: Any, overdue: Any) -> None:
    found = obligations(COMMUNE, "2026-09-11")
    bau_sen = {k[2]: o["state"] for k, o in found.items() if k[:2] == ("IV.4.2", "ap-bau-sen")}
    assert bau_sen == {"2026-Q1": "done", "2026-Q2": "done"}
    assert not any(k[1] == "ap-bau-sen" and k[2] in ("2026-Q3", "2026-Q4") for k in found)
    late = overdue(COMMUNE, "2026-09-11")
    assert ("IV.4.2", "ap-suoi-ram", "2026-Q3") in late
    assert not any(k[1] == "ap-bau-sen" for k in late)


def test_cancelled_occurrence_is_not_owed(obligations: Any, overdue: Any) -> None:
    found = _states(obligations(COMMUNE, "2026-12-20"))
    q4 = {k[1]: state for k, state in found.items() if k[0] == "IV.4.2" and k[2] == "2026-Q4"}
    assert q4 == {"ap-tan-lap": "cancelled", "ap-hoa-binh": "cancelled", "ap-suoi-ram": "cancelled"}
    assert not any(k[0] == "IV.4.2" and k[2] == "2026-Q4" for k in overdue(COMMUNE, "2026-12-20"))


def test_co_leads_share_one_obligation(obligations: Any) -> None:
    found = obligations(COMMUNE, "2026-03-11")
    shared = [k for k in found if k[0] == "IV.2.1"]
    assert len(shared) == 1
    # the record is Văn phòng's, the co-lead's: it counts for the one obligation
    assert found[shared[0]]["records"] == 1
    assert found[shared[0]]["state"] in ("active", "in-progress")


# --- the province plan: two years, issued on 13/8/2019 ---


def test_province_owes_nothing_before_it_was_issued(obligations: Any) -> None:
    found = obligations(PROVINCE, "2019-09-20")
    occurrences = {k[2] for k in found}
    assert not occurrences & {"2019-Q1", "2019-Q2", "2019-H1"}
    assert ("IV.4.2", "so-tu-phap", "2019-9M") in found


def test_province_9_month_report_to_so_noi_vu(overdue: Any, obligations: Any) -> None:
    found = obligations(PROVINCE, "2019-09-20")
    nine = {
        k[1]: (o["due"], o["state"]) for k, o in found.items() if k[::2] == ("IV.4.2", "2019-9M")
    }
    assert nine["so-tu-phap"] == ("2019-09-15", "done")
    assert nine["so-thong-tin-truyen-thong"] == ("2019-09-15", "done")
    assert nine["ubnd-tp-dong-xoai"] == ("2019-09-15", "overdue")
    assert "so-noi-vu" not in nine  # it receives these reports
    late = overdue(PROVINCE, "2019-09-20")
    assert ("IV.4.2", "ubnd-tp-dong-xoai", "2019-9M") in late
    assert ("IV.4.1", "ubnd-tp-dong-xoai", None) not in late  # due 30/9


def test_province_report_part_and_yearly_training(obligations: Any) -> None:
    found = _states(obligations(PROVINCE, "2020-06-25"))
    reports = {k[2]: s for k, s in found.items() if k[:2] == ("IV.1.3", "so-noi-vu") and k[2]}
    assert reports["2019"] == "done"
    assert reports["2020-H1"] == "done"
    assert "2019-H1" not in reports
    training = {k[2]: s for k, s in found.items() if k[:2] == ("IV.1.1", "so-noi-vu")}
    assert training == {"2019-Q4": "done", "2020-Q4": "not-started"}


# --- the ministry plan: enacted by a decision on 24/3/2021 ---


def test_ministry_has_no_first_quarter(obligations: Any, overdue: Any) -> None:
    found = obligations(MINISTRY, "2021-04-10")
    assert not any(k[2] == "2021-Q1" for k in found)
    assert overdue(MINISTRY, "2021-04-10") == {}


def test_ministry_agencies_report_to_their_vu(obligations: Any, overdue: Any) -> None:
    found = obligations(MINISTRY, "2021-06-25")
    reporting = {k[1] for k in found if k[0] == "IV.5.1"}
    assert "vu-cai-cach-hanh-chinh" not in reporting  # the Vụ receives them
    assert found[("IV.5.1", "van-phong-bo", "2021-H1")]["state"] == "done"
    late = overdue(MINISTRY, "2021-06-25")
    assert late[("IV.5.1", "trung-tam-thong-tin", "2021-H1")]["due"] == "2021-06-16"
    assert late[("IV.6.2", "tinh-quang-ninh", "2021-H1")]["due"] == "2021-06-20"
    assert ("IV.6.2", "tinh-dong-nai", "2021-H1") not in late


def test_ministry_duty_in_two_parts(cli: Any) -> None:
    """IV.1.1: follow up throughout (a standing part) and report by 15/12/2021 (a dated one)."""
    rows = [r for r in _rows(cli, MINISTRY, "2021-06-25") if r["assignment"] == "IV.1.1"]
    assert sorted((r["due"] or "", r["state"], r["records"]) for r in rows) == [
        ("", "active", 1),  # part theo-doi: Vụ CCHC's record names it
        ("2021-12-15", "not-started", 0),  # part bao-cao
    ]
    late = [r for r in _rows(cli, MINISTRY, "2021-12-16") if r["assignment"] == "IV.1.1"]
    assert [r["state"] for r in late if r["due"]] == ["overdue"]


# --- what status reads beside the obligations: group progress against a stated size, targets ---


def _status(cli: Any, plan: Path, day: str) -> dict[str, Any]:
    return _run(cli, "status", "--plan", str(plan), "--as-of", day)


def test_ministry_groups_read_against_their_stated_size(cli: Any) -> None:
    groups = {
        (g["group"], g["assignment"], g["occurrence"]): (g["done"], g["listed"], g["size"])
        for g in _status(cli, MINISTRY, "2021-06-25")["groups"]
    }
    assert groups[("cac-tinh", "IV.6.1", None)] == (2, 3, 63)  # "2/63", three listed
    assert groups[("cac-tinh", "IV.6.2", "2021-H1")] == (1, 3, 63)
    assert groups[("cac-bo-nganh", "IV.7.1", None)] == (0, 0, 22)
    # the Vụ receives the agencies' reports: four of the five agencies report
    assert groups[("co-quan-don-vi-thuoc-bo", "IV.5.1", "2021-H1")] == (1, 4, 4)


def test_province_targets_against_their_measured_values(cli: Any) -> None:
    targets = {
        t["id"]: (t["value"], t["measured_on"], t["state"])
        for t in _status(cli, PROVINCE, "2020-12-20")["targets"]
    }
    assert targets == {
        "tap-huan": ("100", "2020-11-12", "met"),
        "ho-so-truc-tuyen": ("41", "2020-06-18", "not-met"),
        "par-index": (None, None, "not-measured"),
    }
    first_year = {t["id"]: t["value"] for t in _status(cli, PROVINCE, "2019-12-31")["targets"]}
    assert first_year["tap-huan"] == "92"


def test_commune_village_group_shrinks_after_the_merger(cli: Any) -> None:
    groups = {
        (g["assignment"], g["occurrence"]): g["listed"]
        for g in _status(cli, COMMUNE, "2026-07-01")["groups"]
        if g["group"] == "cac-ap"
    }
    assert groups[("IV.4.2", "2026-Q2")] == 4
    assert groups[("IV.4.2", "2026-Q3")] == 3
