"""The ways a user can hurt the program, collected once so every entry point is tried with
all of them: values typed into a form, files handed to a command, text from other scripts.

Other areas' tests may import these lists (``from tests.app.forms.bad_input import ...``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.forms.specs import Kind
from app.forms.validation import MAX_LONGTEXT, MAX_TEXT

CONTROL = "前\x00后"
BELL = "ring\x07ring"
ESCAPE = "colour \x1b[31mred\x1b[0m"

# Invisible characters that make a text look like another one.
INVISIBLE: list[tuple[str, str]] = [
    ("zero-width space", "研发\u200b部"),
    ("bidi override", "invoice\u202egpj.exe"),
    ("bidi isolate", "\u2066admin\u2069"),
    ("byte order mark", "\ufeff市场部"),
    ("word joiner", "销\u2060售"),
    ("joiner between Han characters", "研发\u200d部"),
    ("trailing joiner", "售后\u200c"),
]

# Refused for every text field.
BAD_TEXT: list[tuple[str, object]] = [
    ("nul character", CONTROL),
    ("bell character", BELL),
    ("terminal escape", ESCAPE),
    ("C1 control", "next\x85line"),
    ("one megabyte", "长" * 1_000_000),
    *INVISIBLE,
]
TOO_LONG = {Kind.TEXT: "x" * (MAX_TEXT + 1), Kind.LONGTEXT: "y" * (MAX_LONGTEXT + 1)}
EMPTY_NAMES: list[tuple[str, object]] = [("empty", ""), ("spaces only", "   "),
                                         ("newline only", "\n"), ("none", None)]

# Valid text from other scripts: stored and read back exactly, never refused or mangled.
EXOTIC_TEXT: list[tuple[str, str]] = [
    ("emoji", "上线 🚀✅ 👩‍👩‍👧 family"),
    ("arabic, right to left", "مراجعة العملية"),
    ("hebrew with digits", "שלב 3 של 5"),
    ("mixed directions", "KPI: نسبة 95% · 准时率"),
    ("persian with a non-joiner", "می\u200cخواهم"),
    ("right-to-left mark", "שלב\u200f 3"),
    ("combining marks (NFC)", "Café Ünïcödé"),
    ("astral CJK", "𠮷野家 𩸽"),
    ("quotes and markup", "<b>\"x\"</b> & 'it''s'; DROP TABLE t;--"),
]

BAD_DATES: list[tuple[str, object]] = [
    ("year 1", "0001-01-01"), ("before 1900", "1899-12-31"), ("after 2200", "2201-01-01"),
    ("year 9999", "9999-12-31"), ("no such day", "2026-02-30"), ("words", "next Tuesday"),
    ("a huge number", 10**20), ("a float", 45678.5), ("control chars", "2026-01-01\x00"),
]
BAD_RATINGS: list[tuple[str, object]] = [
    ("zero", 0), ("six", 6), ("negative", -1), ("a fraction", 3.5), ("a word", "five"),
    ("a boolean", True), ("huge", 10**30), ("not a number", float("nan")), ("empty", ""),
]
BAD_PERCENTS: list[tuple[str, object]] = [
    ("negative", -1), ("over a hundred", 101), ("infinite", float("inf")),
    ("not a number", float("nan")), ("overflowing text", "1e309"), ("a word", "half"),
    ("a boolean", True),
]
BAD_NUMBERS: list[tuple[str, object]] = [
    ("nan", "nan"), ("infinite", "inf"), ("astronomical", 1e16), ("overflowing", "1e400"),
    ("a word", "lots"), ("a boolean", True), ("a list", [1, 2]),
]
BAD_BOOLS: list[tuple[str, object]] = [("maybe", "maybe"), ("two", 2), ("emoji", "🤷")]
BAD_CHOICES: list[tuple[str, object]] = [("unknown", "not a choice"), ("emoji", "🚀"),
                                         ("a number", 42)]
BAD_REFERENCES: dict[Kind, list[tuple[str, object]]] = {
    Kind.DEPARTMENT: [("unknown department", "火星部"), ("control chars", CONTROL)],
    Kind.DEPARTMENTS: [("unknown department", ["研发部", "火星部"])],
    Kind.PERSON: [("unknown id", 987654), ("a word", "nobody")],
    Kind.MEASURE: [("unknown id", 987654), ("a word", "nothing")],
    Kind.PREDECESSORS: [("unknown task", [(987654, 0)]), ("garbage", "#?!"),
                        ("huge lag", [(1, 10**12)])],
    Kind.PAIN_POINTS: [("unknown id", [987654]), ("garbage", "#?!")],
}


def bad_values(kind: Kind, required: bool) -> list[tuple[str, object]]:
    """Every value that a field of ``kind`` must refuse."""
    if kind in (Kind.TEXT, Kind.LONGTEXT):
        found = [*BAD_TEXT, ("too long", TOO_LONG[kind])]
        return found + (EMPTY_NAMES if required else [])
    return {
        Kind.DATE: BAD_DATES, Kind.RATING: BAD_RATINGS, Kind.PERCENT: BAD_PERCENTS,
        Kind.NUMBER: BAD_NUMBERS, Kind.BOOL: BAD_BOOLS, Kind.CHOICE: BAD_CHOICES,
    }.get(kind) or BAD_REFERENCES.get(kind, [])


# Files that are not what they claim, each written by a function given the target path.
def _spreadsheet(p: Path) -> None:
    p.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + b"\x00" * 3000)


def _foreign_sqlite(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, data BLOB)")
    conn.commit()
    conn.close()


def _newer_workspace(p: Path, source: Path) -> None:
    p.write_bytes(source.read_bytes())
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _truncated(p: Path, source: Path) -> None:
    data = source.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _damaged(p: Path, source: Path) -> None:
    from tests.data_safety import damage

    p.write_bytes(source.read_bytes())
    damage(p)


BAD_FILES: dict[str, Callable[[Path, Path], None]] = {
    "empty file": lambda p, _s: p.write_bytes(b""),
    "text file": lambda p, _s: p.write_text("姓名,部门\n王建国,研发部\n", encoding="utf-8"),
    "spreadsheet renamed": lambda p, _s: _spreadsheet(p),
    "random bytes": lambda p, _s: p.write_bytes(bytes(range(256)) * 64),
    "SQLite of another program": lambda p, _s: _foreign_sqlite(p),
    "workspace of a newer version": _newer_workspace,
    "truncated workspace": _truncated,
    "damaged workspace": _damaged,
    "a folder": lambda p, _s: p.mkdir(),
    "a pipe": lambda p, _s: _fifo(p),
}


def make_bad_file(kind: str, folder: Path, good_workspace: Path) -> Path:
    """Create the bad file ``kind`` in ``folder`` (named like a workspace) and return it."""
    path = folder / f"bad-{len(list(folder.iterdir()))}.crossdesk"
    BAD_FILES[kind](path, good_workspace)
    return path


# Where an output may be asked to go; each must be refused (exit 1, nothing written).
# Called with the workspace the command reads and a scratch folder; returns the target.
def _disguised(ws: Path, tmp: Path, name: str) -> Path:
    target = tmp / name
    target.write_bytes(ws.read_bytes())
    return target


def _journal(ws: Path, _tmp: Path) -> Path:
    journal = Path(str(ws) + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    return journal


def _lock_file(ws: Path, _tmp: Path) -> Path:
    lock = Path(str(ws) + ".lock")
    lock.write_text('{"user": "li", "host": "pc", "pid": 1, "since": "2026-11-20"}', "utf-8")
    return lock


BAD_TARGETS: dict[str, Callable[[Path, Path], Path]] = {
    "the workspace itself": lambda ws, _t: ws,
    "a workspace named .xlsx": lambda ws, t: _disguised(ws, t, "plan.xlsx"),
    "a workspace named .pdf": lambda ws, t: _disguised(ws, t, "plan.pdf"),
    "a workspace without an ending": lambda ws, t: _disguised(ws, t, "plan"),
    "the workspace's journal": _journal,
    "the workspace's lock": _lock_file,
    "a folder": lambda _ws, t: t,
    "a missing folder": lambda _ws, t: t / "no" / "such" / "out.xlsx",
    # Not /dev/null: a program that got this wrong would replace the machine's own.
    "a pipe": lambda _ws, t: _fifo(t / "out.xlsx"),
    "another file, without --force": lambda _ws, t: _plain_file(t),
}


def _plain_file(tmp: Path) -> Path:
    target = tmp / "report.xlsx"
    target.write_bytes(b"the coordinator's own file")
    return target


# Files handed to `calendar --import`: each is refused with a message, and returns.
BAD_CALENDAR_FILES: dict[str, Callable[[Path], Path]] = {
    "an endless device": lambda _t: Path("/dev/zero"),
    "a folder": lambda t: t,
    "a pipe": lambda t: _fifo(t / "pipe"),
    "two megabytes": lambda t: _write(t / "big.csv", b"2026-10-01,holiday,x\n" * 100_000),
    "binary noise": lambda t: _write(t / "noise.csv", bytes(range(256)) * 16),
    "a year 3000": lambda t: _write(t / "far.csv", b"3000-01-01,holiday,far\n"),
    "an escape in a name": lambda t: _write(t / "esc.csv", b"2026-10-01,holiday,a\x1b[2Jb\n"),
    "a bidi override": lambda t: _write(t / "bidi.csv",
                                        "2026-10-01,holiday,国\u202e庆\n".encode()),
    "a missing file": lambda t: t / "missing.csv",
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _fifo(path: Path) -> Path:
    import os

    os.mkfifo(path)
    return path


# Arguments that once ended in a traceback; each now gets a message and a non-zero exit.
BAD_ARGUMENTS: dict[str, list[str]] = {
    "a 23-digit initiative": ["check", "{ws}", "--initiative", "12345678901234567890123"],
    "a 23-digit initiative to print": ["print", "{ws}", "{tmp}/o.pdf", "--initiative",
                                       "12345678901234567890123"],
    "a 23-digit initiative to export": ["export", "{ws}", "{tmp}/o.xlsx", "--initiative",
                                        "99999999999999999999999"],
    "today in the year 9999": ["schedule", "{ws}", "--today", "9999-12-31"],
    "today in the year 1": ["schedule", "{ws}", "--today", "0001-01-01"],
    "a holiday in the year 3000": ["calendar", "{ws}", "--holiday", "3000-01-01"],
    "an unknown form": ["print", "{ws}", "{tmp}/o.pdf", "--form", "nope"],
    "the backups of nothing": ["backups", "{tmp}/never.crossdesk"],
}
