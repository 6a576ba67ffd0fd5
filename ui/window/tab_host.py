"""A page of the main window's tab widget that builds its tab the first time it is needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class TabHost(QWidget):
    """Holds one tab's place; ``content()`` builds the tab on first use and keeps it."""

    def __init__(self, key: str, build: Callable[[QWidget], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._build = build
        self._content: QWidget | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._build(self)
            self.layout().addWidget(self._content)
            if self.isVisible():  # a layout would only show it on the next event-loop turn
                self._content.show()
        return self._content

    def peek(self) -> QWidget | None:
        """The tab if it has been built, without building it."""
        return self._content
