"""`crossdesk --demo --screenshot DIR` renders every tab to a PNG, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from ui.window.tab_registry import tab_keys

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_writes_one_png_per_tab(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "ui.launch", "--demo", "--screenshot",
                          str(tmp_path)], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    for key in tab_keys():
        image = QImage(str(tmp_path / f"{key}.png"))
        assert not image.isNull(), key
        assert image.width() >= 1200 and image.height() >= 700


def test_screenshot_of_one_tab(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "ui.launch", "--demo", "--tab", "team",
                          "--screenshot", str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["team.png"]
