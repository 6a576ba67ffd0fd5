"""One line above a form saying whether its rules are kept, and if not, which.

Its height never changes, and once a form's rules have been checked it stays in place
(saying all rules are kept when they are), so the rows below it never move under the
mouse as rules are broken and fixed. The full list is in its tooltip and in the status
bar's list of findings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

_STYLES = {
    "warning": "background:#fff4e0; border:1px solid #e8c07a; color:#7a4b00;",
    "ok": "background:#eef7ee; border:1px solid #b9dcb9; color:#245c27;",
}


class RuleStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Elided to the width there is: a long text must not widen the window.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        self.setFixedHeight(self.fontMetrics().height() + 10)
        self._text = ""
        self.hide()

    def show_lines(self, heading: str, lines: list[str]) -> None:
        """``heading`` and the first lines, as far as they fit; all of them as tooltip."""
        self._show("warning", heading + "：" + "  •  ".join(lines))
        self.setToolTip(heading + "\n" + "\n".join(f"• {line}" for line in lines))

    def show_kept(self, text: str) -> None:
        self._show("ok", text)
        self.setToolTip("")

    def _show(self, level: str, text: str) -> None:
        self.setStyleSheet(f"RuleStrip {{{_STYLES[level]} border-radius:4px;}}")
        self._text = text
        self._elide()
        self.show()

    def text(self) -> str:
        """The whole text (not elided) while shown; "" when hidden."""
        return self._text if self.isVisible() else ""

    def _elide(self) -> None:
        width = max(40, self.label.width())
        self.label.setText(self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight,
                                                         width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
