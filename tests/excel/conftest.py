"""Fixtures of the Excel tests: the demo exported to a real .xlsx, and a fingerprint of a
workspace's whole content to prove that a refused import changed nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.excel.export import export_workbook
from app.store.workspace import Workspace

DEMO_TODAY = dt.date(2026, 11, 20)  # as in tests/conftest.py


def _fingerprint(ws: Workspace) -> str:
    """A hash of every row of every table, read through a separate connection."""
    conn = sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)
    try:
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def demo_xlsx(demo_ws: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, 1, path, "zh_CN", today=DEMO_TODAY)
    return path


@pytest.fixture
def fingerprint():
    return _fingerprint
