"""Helpers of the data-safety tests, shared by their modules."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli_process(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``crossdesk-cli`` as its own process, as a user's shell would."""
    return subprocess.run([sys.executable, "-m", "app.cli.main", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def digest(path: Path) -> str:
    """The bytes of a file and of everything beside it that SQLite or the lock might write."""
    h = hashlib.sha256()
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + ".lock")):
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.exists() else b"<none>")
    return h.hexdigest()


def damage(path: Path) -> None:
    """Overwrite one whole page in the middle of the file with noise, as a bad sector or a
    stick pulled out mid-write would: the header still says "workspace", the content lies."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = bytes((i * 37 + 11) & 0xFF for i in range(page))
    path.write_bytes(data)


class Mount:
    """A tmpfs folder: fill ``path`` with files, then ``make_read_only()``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def make_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True,
                       capture_output=True)


def has_command(name: str) -> bool:
    from app.cli.main import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return name in sub.choices  # type: ignore[operator]


def assert_whole(path: Path) -> None:
    """The workspace opens and passes ``crossdesk-cli check`` without a finding about the
    file itself (rule findings about the plan are the coordinator's business, not damage).
    Where ``check`` is not there yet, SQLite's own integrity check stands in for it."""
    import contextlib
    import io
    import json
    import sqlite3

    from app.cli.main import main as cli_main
    from app.store.workspace import probe

    probe(path)  # opens as the program does: rolls back what a killed writer left
    if has_command("check"):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["check", str(path), "--json"])
        assert code in (0, 1), err.getvalue()
        findings = json.loads(out.getvalue())["findings"]
        damage = [f for f in findings if str(f.get("rule", "")).startswith("file.")]
        assert damage == [], damage
    else:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
