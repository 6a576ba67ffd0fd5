"""Fixtures of the core's tests: a small initiative whose ratings we choose (matrix and
ranking), and the command line run in this process (data-safety tests of several packages)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.main import main as cli_main
from app.forms import editing
from app.org.initiatives import create_initiative
from app.org.organisation import add_department
from app.store.workspace import Workspace
from tests.data_safety import CliResult

PointSpec = tuple[str, str, int, int]  # step, kind, impact, frequency


@pytest.fixture
def make_points(empty_ws: Workspace) -> Callable[[list[PointSpec]], tuple[int, list[int]]]:
    """Create an initiative with the given pain points (in this Form 3 order)."""

    def make(specs: list[PointSpec]) -> tuple[int, list[int]]:
        ini = create_initiative(empty_ws, "测试项目")
        ids = [editing.add_row(empty_ws, "pain_points", ini,
                               {"step": step, "kind": kind, "impact": imp, "frequency": freq,
                                "description": f"{step} 的完整描述"})
               for step, kind, imp, freq in specs]
        return ini, ids

    return make


@pytest.fixture
def with_departments(empty_ws: Workspace) -> list[str]:
    names = ["研发部", "销售部"]
    for n in names:
        add_department(empty_ws, n)
    return names


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``crossdesk-cli`` in this process (the same ``main`` the entry point runs)."""
    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        code = cli_main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)
    return run
