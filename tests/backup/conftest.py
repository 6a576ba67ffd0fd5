"""Fixtures of the data-safety tests: running the command line and a truly read-only mount."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli.main import main as cli_main
from tests.backup.helpers import CliResult, Mount


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``crossdesk-cli`` in this process (the same ``main`` the entry point runs)."""
    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        code = cli_main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)
    return run


@pytest.fixture
def mount() -> Iterator[Mount]:
    """A folder on a real file system that can be made read-only (a tmpfs remounted ``ro``).

    Tests run as root, where file permissions stop nothing; only a read-only mount makes
    the medium as unwritable as a write-protected USB stick.
    """
    path = Path(tempfile.mkdtemp(prefix="crossdesk-ro-"))
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(path)],
                       check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(path, ignore_errors=True)
        pytest.skip(f"cannot mount a tmpfs here (needs root and mount rights): {exc}")
    try:
        yield Mount(path)
    finally:
        with contextlib.suppress(Exception):
            subprocess.run(["umount", str(path)], check=True, capture_output=True)
        shutil.rmtree(path, ignore_errors=True)
