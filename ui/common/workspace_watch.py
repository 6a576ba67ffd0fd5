"""Refresh a widget when the workspace areas it shows change, and stop when it is gone."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from app.store.workspace import Workspace


def watch(widget: QWidget, ws: Workspace, areas: Iterable[str],
          refresh: Callable[[], None]) -> None:
    """Call ``refresh`` after each committed change touching ``areas``; unsubscribe when
    ``widget`` is destroyed, so a closed tab never hears from the workspace again."""
    wanted = frozenset(areas)
    alive = [True]

    def listener(changed: frozenset[str]) -> None:
        if alive[0] and changed & wanted:
            refresh()

    def gone() -> None:
        alive[0] = False
        ws.unsubscribe(listener)

    ws.subscribe(listener)
    widget.destroyed.connect(gone)
