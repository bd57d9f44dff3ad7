"""Start-up cost: the CLI must not import heavy modules it does not need."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

HEAVY = ("jinja2", "docx", "docxtpl", "pydantic", "rich.table", "rich.console")


def _modules(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        encoding="utf-8",
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_cli_stays_light() -> None:
    loaded = _modules("import cchc.cli")
    assert loaded.isdisjoint(HEAVY)


def test_validate_stays_light() -> None:
    code = (
        "from cchc.cli import main\nsys.argv=['cchc','validate','plan']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules(code)
    assert loaded.isdisjoint(HEAVY)
    assert "cchc.checks" in loaded


REPORT_MODULES = (
    "cchc.report_view",
    "cchc.report_results",
    "cchc.report_activity",
    "cchc.report_targets",
    "cchc.report_text",
    "cchc.report_header",
    "cchc.report_scope",
    "cchc.report_output",
    "cchc.render.report_env",
    "cchc.render.report_md",
    "cchc.render.report_docx",
    "cchc.commands.report",
)


def test_status_loads_neither_jinja_nor_docx_nor_the_report() -> None:
    code = (
        "from cchc.cli import main\nsys.argv=['cchc','status','--plan','examples/demo/plan',"
        "'--format','json']\ntry:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules(code)
    assert "cchc.dashboard" in loaded
    assert loaded.isdisjoint(("jinja2", "docx", "docxtpl", *REPORT_MODULES))


def test_the_report_loads_docx_only_for_word() -> None:
    code = (
        "from cchc.cli import main\nsys.argv=['cchc','report','--plan','examples/demo/plan',"
        "'--quarter','1']\ntry:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules(code)
    assert {"jinja2", "cchc.report_view", "cchc.render.report_md"} <= loaded
    assert loaded.isdisjoint(("docx", "docxtpl"))


def test_a_cached_plan_is_read_without_the_yaml_library(tmp_path: object) -> None:
    # The first run fills the parse cache; the second reads every file from it, and a pipe
    # gets plain text: neither PyYAML nor Rich is imported.
    code = (
        "import os\n"
        f"os.environ['CCHC_CACHE_DIR'] = {str(tmp_path)!r}\n"
        "os.environ['CCHC_TERMINAL'] = 'plain'\n"
        "from cchc.cli import main\nsys.argv=['cchc','status','--plan','plan']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    first = _modules(code)
    second = _modules(code)
    assert {"yaml", "cchc.specs", "cchc.checks"} <= first
    assert {m for m in second if m.split(".")[0] in ("yaml", "rich")} == set()
    # Nor the specs that convert YAML, nor the rules (the cache holds their verdict), nor
    # OpenSSL's hashlib: each costs milliseconds at every start.
    unneeded = ("cchc.yamlio", "cchc.specs", "cchc.schema", "cchc.checks", "hashlib")
    assert second.isdisjoint(unneeded)
