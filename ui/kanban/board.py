"""The board: four status columns of cards, painted, scrolled as one, with cards dragged
between columns. Only the cards in view are drawn."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.forms.choices import TaskStatus
from app.schedule.data import TaskData
from app.schedule.plan_view import Snapshot
from ui.gantt import palette
from ui.gantt.painter import NO_BRUSH, WHITE

STATUSES = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE)
TITLE_H = 34
CARD_H = 76
GAP = 8
PAD = 10
MIN_COL_W = 220


@dataclass(frozen=True)
class CardText:
    """Words the board paints, already in the user's language."""

    titles: dict[str, str]
    due: str  # with %1 for the date
    critical: str
    warnings: dict[str, str]
    nobody: str


class KanbanBoard(QAbstractScrollArea):
    statusChangeRequested = Signal(int, str)  # task id, new status
    taskMenuRequested = Signal(int, QPoint)  # task id, global position of a right-click

    def __init__(self, text: CardText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.snap = Snapshot.empty()
        self.columns: dict[str, list[TaskData]] = {s.value: [] for s in STATUSES}
        self._drag: tuple[int, str, QPointF] | None = None  # task id, from column, press pos
        self._drag_pos: QPointF | None = None
        self._title_font = QFont(self.font())
        self._title_font.setBold(True)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_tasks(self, snap: Snapshot, tasks: list[TaskData]) -> None:
        """Cards sorted by due date, undated last, then the coordinator's order."""
        self.snap = snap
        self.columns = {s.value: [] for s in STATUSES}
        for t in tasks:
            self.columns.setdefault(t.status, []).append(t)
        far = dt.date.max
        for cards in self.columns.values():
            cards.sort(key=lambda t: (t.due or far, t.position, t.id))
        self._drag = None
        self._update_range()
        self.viewport().update()

    # -- geometry -------------------------------------------------------------------------
    def _col_w(self) -> float:
        return max(MIN_COL_W, self.viewport().width() / len(STATUSES))

    def _update_range(self) -> None:
        tallest = max((len(c) for c in self.columns.values()), default=0)
        content = TITLE_H + tallest * (CARD_H + GAP) + GAP
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, content - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(CARD_H // 2)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_range()

    def column_at(self, pos: QPoint | QPointF) -> str | None:
        i = int(pos.x() // self._col_w())
        return STATUSES[i].value if 0 <= i < len(STATUSES) else None

    def card_rect(self, status: str, index: int) -> QRectF:
        col = [s.value for s in STATUSES].index(status)
        y = TITLE_H + GAP + index * (CARD_H + GAP) - self.verticalScrollBar().value()
        return QRectF(col * self._col_w() + PAD / 2, y, self._col_w() - PAD, CARD_H)

    def card_at(self, pos: QPoint | QPointF) -> tuple[int, str] | None:
        status = self.column_at(pos)
        if status is None or pos.y() < TITLE_H:
            return None
        y = pos.y() - TITLE_H - GAP + self.verticalScrollBar().value()
        i = int(y // (CARD_H + GAP))
        cards = self.columns.get(status, [])
        if 0 <= i < len(cards) and self.card_rect(status, i).contains(QPointF(pos)):
            return cards[i].id, status
        return None

    def card_point(self, task_id: int) -> QPoint:
        """Viewport centre of a task's card (for tests and automation)."""
        for status, cards in self.columns.items():
            for i, t in enumerate(cards):
                if t.id == task_id:
                    return self.card_rect(status, i).center().toPoint()
        raise KeyError(task_id)

    def column_point(self, status: str) -> QPoint:
        col = [s.value for s in STATUSES].index(status)
        return QPoint(int((col + 0.5) * self._col_w()), TITLE_H + CARD_H // 2)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()

    def _paint(self) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self._col_w(), self.viewport().height()
        scroll = self.verticalScrollBar().value()
        target = self.column_at(self._drag_pos) if self._drag and self._drag_pos else None
        for col, status in enumerate(STATUSES):
            x = col * w
            bg = palette.SELECTION if status.value == target else palette.HEADER_BG
            p.fillRect(QRectF(x + 2, 0, w - 4, h), bg)
            cards = self.columns.get(status.value, [])
            p.setFont(self._title_font)
            p.setPen(palette.HEADER_TEXT)
            p.drawText(QRectF(x + PAD, 0, w - 2 * PAD, TITLE_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{self.text.titles[status.value]}  ({len(cards)})")
            first = max(0, (scroll - GAP) // (CARD_H + GAP))
            last = min(len(cards), (scroll + h) // (CARD_H + GAP) + 1)
            p.save()
            p.setClipRect(QRectF(x, TITLE_H, w, h - TITLE_H))
            for i in range(first, last):
                if self._drag and self._drag[0] == cards[i].id and self._drag_pos:
                    continue
                self._card(p, cards[i], self.card_rect(status.value, i))
            p.restore()
        if self._drag and self._drag_pos:
            task = self.snap.plan.by_id.get(self._drag[0])
            if task is not None:
                r = QRectF(0, 0, w - PAD, CARD_H)
                r.moveCenter(self._drag_pos)
                p.setOpacity(0.85)
                self._card(p, task, r)
        p.end()

    def _card(self, p: QPainter, t: TaskData, r: QRectF) -> None:
        warnings = self.snap.warnings.get(t.id, ())
        colour = palette.warning_colour(warnings)
        p.setPen(QPen(palette.GRID, 1))
        p.setBrush(WHITE)
        p.drawRoundedRect(r, 4, 4)
        strip = colour or (palette.BAR_DONE if t.done else palette.BAR)
        p.fillRect(QRectF(r.x(), r.y(), 5, r.height()), strip)
        if self.snap.is_critical(t.id):
            p.setPen(QPen(palette.CRITICAL, 2))
            p.setBrush(NO_BRUSH)
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        inner = r.adjusted(12, 6, -8, -6)
        p.setFont(self._title_font)
        p.setPen(palette.TEXT)
        fm = QFontMetrics(self._title_font)
        name = ("◆ " if t.milestone else "") + t.name
        p.drawText(QRectF(inner.x(), inner.y(), inner.width(), 20),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(name, Qt.TextElideMode.ElideRight, int(inner.width())))
        p.setFont(self._small)
        fs = QFontMetrics(self._small)
        who = " · ".join(x for x in (t.owner_name, t.department_name) if x) or self.text.nobody
        p.setPen(palette.HEADER_TEXT)
        p.drawText(QRectF(inner.x(), inner.y() + 22, inner.width(), 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fs.elidedText(who, Qt.TextElideMode.ElideRight, int(inner.width())))
        due = self.text.due.replace("%1", t.due.isoformat()) if t.due else ""
        p.setPen(colour.darker(120) if colour else palette.HEADER_TEXT)
        p.drawText(QRectF(inner.x(), inner.y() + 42, inner.width(), 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, due)
        tags = [self.text.warnings[w.value] for w in warnings]
        if self.snap.is_critical(t.id):
            tags.insert(0, self.text.critical)
        if tags:
            p.drawText(QRectF(inner.x(), inner.y() + 42, inner.width(), 18),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fs.elidedText(" · ".join(tags), Qt.TextElideMode.ElideLeft,
                                     int(inner.width() - fs.horizontalAdvance(due) - 8)))

    # -- dragging -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.card_at(event.position()) if event.button() == Qt.MouseButton.LeftButton \
            else None
        if found is None:
            return super().mousePressEvent(event)
        self._drag = (found[0], found[1], event.position())
        self._drag_pos = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return super().mouseMoveEvent(event)
        if self._drag_pos is None and (event.position() - self._drag[2]).manhattanLength() < 4:
            return
        self._drag_pos = event.position()
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        task_id, source, _ = self._drag
        moved = self._drag_pos is not None
        self._drag = self._drag_pos = None
        self.viewport().update()
        target = self.column_at(event.position())
        if moved and target is not None and target != source:
            self.statusChangeRequested.emit(task_id, target)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.card_at(event.pos())
        if found is None or self._drag is not None:
            return super().contextMenuEvent(event)
        self.taskMenuRequested.emit(found[0], event.globalPos())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - event.angleDelta().y() // 2)
        event.accept()
