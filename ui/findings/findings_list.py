"""The rule findings in the status bar: a button that says how many there are and opens
the list of every one; choosing one goes to its tab and row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QListView, QToolButton, QVBoxLayout, QWidget

from app.i18n import tr
from ui.window.tab_registry import TABS, TabSpec

if TYPE_CHECKING:  # the rules load the ORM, which the window's start does without
    from app.rules import Finding

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def tab_of(finding: Finding) -> TabSpec | None:
    """The tab that shows the finding's form."""
    return next((spec for spec in TABS if finding.form in spec.forms), None)


def place_of(finding: Finding) -> str:
    spec = tab_of(finding)
    return tr(spec.title_key) if spec is not None else ""


def in_tab_order(findings: list[Finding]) -> list[Finding]:
    order = {form: i for i, spec in enumerate(TABS) for form in spec.forms}
    return sorted(findings, key=lambda f: order.get(f.form, len(TABS)))


def counted_titles(findings: list[Finding], counts: dict[str, int] | None = None) -> dict[str, str]:
    """Each tab's title, with the count of its findings while it has some: "RACI 矩阵 (3)".
    ``counts`` gives a tab's own count instead (the register counts its overdue items)."""
    titles = {}
    for spec in TABS:
        title = tr(spec.title_key).replace("&", "&&")
        count = (counts or {}).get(spec.key)
        if count is None:
            count = sum(1 for f in findings if f.form in spec.forms)
        titles[spec.key] = f"{title} ({count})" if count else title
    return titles


class FindingsModel(QAbstractListModel):
    """Findings as lines "where · what: why"; ``where`` names the tab that shows them."""

    def __init__(self, where: Callable[[Finding], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._where = where
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self._where(f)
            return f"{where} · {f.item}：{f.message}" if where else f"{f.item}：{f.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.message
        if role == FINDING_ROLE:
            return f
        return None


class FindingsPopup(QFrame):
    """The list under the status bar's button; Enter or a click goes to the finding."""

    chosen = Signal(object)  # Finding

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight:600; padding:2px 4px;")
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)

    def _choose(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        self.hide()
        if finding is not None:
            self.chosen.emit(finding)

    def open_above(self, anchor: QWidget, heading: str) -> None:
        """Show the list above ``anchor`` (the status bar button), inside its screen."""
        self.heading.setText(heading)
        rows = max(1, min(self.view.model().rowCount(), 14))
        row_h = self.view.sizeHintForRow(0) if self.view.model().rowCount() else 0
        row_h = row_h if row_h > 0 else self.view.fontMetrics().height() + 6
        screen = anchor.screen().availableGeometry()
        width = min(max(self.view.sizeHintForColumn(0) + 40, 420), 760, screen.width())
        all_shown = self.view.model().rowCount() <= rows
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if all_shown
                                             else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setFixedHeight(min(rows * row_h + 2 * self.view.frameWidth() + 4,
                                     screen.height() - 80))
        self.setFixedWidth(width)
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        x = max(screen.left(), min(corner.x() - width, screen.right() - width))
        y = max(screen.top(), corner.y() - self.height())
        self.move(x, y)
        self.show()
        self.view.setFocus()
        if self.view.model().rowCount():
            self.view.setCurrentIndex(self.view.model().index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class FindingsButton(QToolButton):
    """"5 rule findings" in the status bar; a click opens the list of them."""

    chosen = Signal(object)  # Finding

    def __init__(self, where: Callable[[Finding], str] = place_of,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.model = FindingsModel(where, self)
        self._popup: FindingsPopup | None = None
        self.clicked.connect(self.open_list)
        self.setToolTip(self.tr("Show every finding; choose one to go to its row"))

    @property
    def popup(self) -> FindingsPopup:
        """Made when first opened: a popup frame with its list view costs the program's
        start some 30 ms before the first paint."""
        if self._popup is None:
            self._popup = FindingsPopup(self.model, self)
            self._popup.chosen.connect(self.chosen)
        return self._popup

    def set_findings(self, findings: list[Finding], text: str) -> None:
        self.model.set_findings(findings)
        self.setText(text)
        self.setEnabled(bool(findings))
        self.setStyleSheet("" if not findings else
                           "QToolButton { color:#b35900; font-weight:600; }")
        if not findings and self._popup is not None and self._popup.isVisible():
            self._popup.hide()

    def open_list(self) -> None:
        if self.model.rowCount():
            self.popup.open_above(self, self.tr("Choose a finding to go to its row"))
