"""The workspace, its schema upgrades and the backups import one another in one direction
only: the upgrade takes a backup, the backups build on the workspace, and a small copy
helper (app/store/file_copy.py) serves both. A circle there once made the order of
imports matter, and was hidden behind imports inside functions."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import app.backups
import app.store

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = (app.store, app.backups)


def _modules() -> list[str]:
    names = [p.__name__ for p in PACKAGES]
    for package in PACKAGES:
        names += [f"{package.__name__}.{i.name}" for i in pkgutil.iter_modules(package.__path__)]
    return names


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(module: str) -> set[str]:
    """Every module ``module`` imports, at its top or inside a function (what is imported
    only for type checkers aside); ``from X import name`` counts where ``name`` is defined."""
    source = importlib.util.find_spec(module).origin  # type: ignore[union-attr]
    tree = ast.parse(Path(source).read_text(encoding="utf-8"))
    package = module if source.endswith("__init__.py") else module.rpartition(".")[0]
    found: set[str] = set()
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            found.add(base)
            for alias in node.names:
                target = getattr(importlib.import_module(base), alias.name, None)
                if hasattr(target, "__path__") or type(target).__name__ == "module":
                    found.add(target.__name__)
                elif getattr(target, "__module__", None):
                    found.add(target.__module__)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle_among_the_workspace_its_upgrades_and_the_backups() -> None:
    modules = set(_modules())
    graph = {m: (_imports(m) & modules) - {m} for m in modules}
    assert "app.backups.take" in graph["app.store.migrations"]  # the edge the test is about
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("module", _modules())
def test_each_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_package_names_stay_functions_once_every_module_is_imported() -> None:
    for module in _modules():
        importlib.import_module(module)
    for name in app.backups.__all__:
        assert type(getattr(app.backups, name)).__name__ != "module", name
