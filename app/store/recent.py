"""The list of recently opened workspaces, kept in the program's own folder."""

from __future__ import annotations

import json
from pathlib import Path

from app.paths import user_data_dir

MAX_RECENT = 10


def _file() -> Path:
    return user_data_dir() / "recent.json"


def recent_files() -> list[Path]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in data if isinstance(p, str)]


def remember(path: Path) -> None:
    path = path.resolve()
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    tmp = _file().with_suffix(".tmp")
    tmp.write_text(json.dumps([str(p) for p in items[:MAX_RECENT]], ensure_ascii=False),
                   encoding="utf-8")
    tmp.replace(_file())


def forget(path: Path) -> None:
    path = path.resolve()
    items = [str(p) for p in recent_files() if p != path]
    _file().write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
