"""The printed sheets and the rule areas are explicit lists: their order is the same
whichever module a program happens to import first."""

from __future__ import annotations

import subprocess
import sys

import pytest

SHEETS = ["goals", "team", "pain_points", "tracking", "evaluation", "raci", "plan", "gantt",
          "matrix", "register"]
AREAS = ["goals", "raci", "signoff", "tasks", "team", "register"]

_REPORT = """
from app.printing.registry import SHEETS, sheet_keys
import app.rules
print(sheet_keys(), [type(s).__name__ for s in SHEETS][4], [m.AREA for m in app.rules.AREAS])
"""


@pytest.mark.parametrize("first", [
    "app.signoff.signatures",  # reads the current version tag before any sheet module
    "app.printing.extra_sheets",
    "app.printing",
    "app.rules.team",
    "app.cli.commands.check",
])
def test_print_and_rule_order_do_not_depend_on_what_is_imported_first(first: str) -> None:
    out = subprocess.run([sys.executable, "-c", f"import {first}\n{_REPORT}"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"{SHEETS} EvaluationSheet {AREAS}"


def test_every_rule_area_of_the_package_is_listed() -> None:
    import pkgutil

    import app.rules

    modules = {i.name for i in pkgutil.iter_modules(app.rules.__path__)}
    checked = {m for m in modules if hasattr(__import__(f"app.rules.{m}", fromlist=["_"]), "check")}
    assert checked == {m.__name__.rsplit(".", 1)[1] for m in app.rules.AREAS}
