"""The task list on the Gantt tab's left: one painted row per chart row, same order, same
height, same scroll bar.

A QTableView over a Python model asked the model about ten questions per cell painted and
repainted whole rows through the item delegate, about half of every scroll frame on a
5,000-task plan. This list paints only the rows in view, from per-row text worked out once
(elided to the column's width and laid out as QStaticText), and moves the pixels it
already has when it scrolls, like the chart beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QStandardItemModel,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QToolTip, QWidget

from app.schedule.plan_view import Snapshot
from app.schedule.view_rows import Row
from ui.gantt import palette
from ui.gantt.painter import HEADER_H, ROW_H
from ui.speed.lean_scroll_bar import LeanScrollBar

NAME, OWNER, START, FINISH, SLACK = range(5)
COLUMN_WIDTHS = {OWNER: 90, START: 84, FINISH: 84, SLACK: 48}
PAD = 4  # text inset from a column's edges, as an item view's cells have
GROUP = -1  # the column key of a measure heading's text, which spans the whole row


@dataclass(frozen=True)
class RowStyle:
    """How one row looks: its texts, and what sets it apart. Worked out once per refresh."""

    texts: tuple[str, ...]  # one per column; a heading has its name first, the rest empty
    group: bool
    bold: bool  # the name: a heading's, or a task's on the critical path
    warning: QColor | None  # the name's and finish's colour for a late or nearly due task
    task_id: int | None


def _fmt(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class GanttTaskList(QAbstractScrollArea):
    """Rows of ``app.schedule.view_rows.Row`` with a real header; one current row."""

    currentRowChanged = Signal(int)  # row index, -1 for none
    activated = Signal(int)  # row index: double-click or Enter
    taskMenuRequested = Signal(int, QPoint)  # task id, global position of a right-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(LeanScrollBar(Qt.Orientation.Vertical, self))
        self.setHorizontalScrollBar(LeanScrollBar(Qt.Orientation.Horizontal, self))
        # Both always shown, so the rows area is exactly as high as the chart's beside it.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Task list"))
        vp = self.viewport()
        vp.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # blit on scroll
        vp.setMouseTracking(False)
        self.setViewportMargins(0, HEADER_H, 0, 0)

        self._titles = QStandardItemModel(0, 5, self)
        self._titles.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Owner"), self.tr("Start"), self.tr("Finish"),
            self.tr("Slack")])
        self._no_measure = self.tr("(no measure)")
        self._warning_texts = {
            "overdue": self.tr("Overdue"), "due_soon": self.tr("Due within 72 hours"),
            "risk_notice": self.tr("More than 2 working days late: a risk notice is due")}
        head = self.header = QHeaderView(Qt.Orientation.Horizontal, self)
        head.setModel(self._titles)
        head.setFixedHeight(HEADER_H)
        head.setMinimumSectionSize(32)
        head.setHighlightSections(False)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS.items():
            head.resizeSection(col, width)
        head.sectionResized.connect(self._section_resized)
        head.geometriesChanged.connect(self._place_header)

        self._rows: list[Row] = []
        self._snap = Snapshot.empty()
        self._styles: dict[int, RowStyle] = {}
        # column -> (text, bold) -> laid out text; row -> what it draws
        self._texts: dict[int, dict[tuple[str, bool], tuple[QStaticText, bool]]] = {}
        self._items: dict[int, tuple[Any, ...]] = {}
        self._colours: dict[int, QColor] = {}  # pen colours by rgba
        self._darker: dict[int, QColor] = {}
        self._row_of_task: dict[int, int] = {}
        self._current = -1
        self._fonts()

    # -- fonts, colours ----------------------------------------------------------------------
    def _fonts(self) -> None:
        self._font = QFont(self.font())
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._metrics = QFontMetrics(self._font)
        self._bold_metrics = QFontMetrics(self._bold)
        self._top = (ROW_H - self._metrics.height()) // 2  # text box top inside a row
        self._bold_top = (ROW_H - self._bold_metrics.height()) // 2
        self._brushes: dict[int, QBrush] = {}
        self._texts.clear()
        self._items.clear()

    def _brush(self, colour: QColor) -> QBrush:
        brush = self._brushes.get(colour.rgba())
        if brush is None:
            brush = self._brushes[colour.rgba()] = QBrush(colour)
        return brush

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange):
            self._fonts()
            self.viewport().update()
        super().changeEvent(event)

    # -- content ----------------------------------------------------------------------------
    def set_rows(self, snap: Snapshot, rows: list[Row]) -> None:
        """Show ``rows``; the current row stays on the same task or heading if it is still
        there."""
        kept = self._key(self._current)
        self._snap, self._rows = snap, rows
        self._styles = {}
        self._items = {}
        self._row_of_task = {r.task.id: i for i, r in enumerate(rows) if r.task is not None}
        self._current = -1
        if kept is not None:
            self._current = next((i for i in range(len(rows)) if self._key(i) == kept), -1)
        self._update_range()
        self.viewport().update()
        if kept is not None:
            self.currentRowChanged.emit(self._current)

    def _key(self, i: int) -> tuple[str, int | None] | None:
        if not 0 <= i < len(self._rows):
            return None
        row = self._rows[i]
        return ("task", row.task.id) if row.task is not None else ("group", row.group_id)

    def row_count(self) -> int:
        return len(self._rows)

    def row(self, i: int) -> Row:
        return self._rows[i]

    def row_of_task(self, task_id: int) -> int | None:
        return self._row_of_task.get(task_id)

    def row_style(self, i: int) -> RowStyle:
        """The row's texts, font and colour (made the first time the row is asked for)."""
        style = self._styles.get(i)
        if style is None:
            style = self._styles[i] = self._make_style(self._rows[i])
        return style

    def _make_style(self, row: Row) -> RowStyle:
        task = row.task
        if task is None:
            return RowStyle((row.group_name or self._no_measure, "", "", "", ""), True, True,
                            None, None)
        timing = self._snap.timing(task.id)
        texts = (("◆ " if task.milestone else "") + task.name,
                 task.owner_name or task.department_name, _fmt(task.planned_start),
                 _fmt(task.planned_finish), "" if timing is None else str(timing.slack_days))
        colour = palette.warning_colour(self._snap.warnings.get(task.id, ()))
        return RowStyle(texts, False, bool(timing and timing.critical),
                        None if colour is None else self._dark(colour), task.id)

    def _dark(self, colour: QColor) -> QColor:
        """A warning colour darkened for text (as the table had it), one per colour."""
        found = self._darker.get(colour.rgba())
        if found is None:
            found = self._darker[colour.rgba()] = colour.darker(115)
        return found

    def warm(self, first: int, last: int) -> None:
        """Lay out rows ``first``…``last``'s texts ahead of painting them."""
        for i in range(max(first, 0), min(last, len(self._rows) - 1) + 1):
            self._row_items(i)

    def tooltip(self, i: int, col: int = NAME) -> str:
        """What hovering over a cell shows: a task's dates, slack and warnings over its
        name; elsewhere the cell's whole text when the column is too narrow for it."""
        style = self.row_style(i)
        if style.group or col != NAME:
            col = GROUP if style.group else col
            text = style.texts[0 if style.group else col]
            return text if text and self._static_text(text, col, style.bold)[1] else ""
        task_id = style.task_id
        assert task_id is not None
        lines = [self._rows[i].task.name]  # type: ignore[union-attr]
        timing = self._snap.timing(task_id)
        if timing is not None:
            lines.append(self.tr("Early %1 – %2, late %3 – %4, slack %5 working days").replace(
                "%1", _fmt(timing.early_start)).replace("%2", _fmt(timing.early_finish))
                .replace("%3", _fmt(timing.late_start)).replace("%4", _fmt(timing.late_finish))
                .replace("%5", str(timing.slack_days)))
            if timing.critical:
                lines.append(self.tr("On the critical path"))
        lines += [self._warning_texts[w.value] for w in self._snap.warnings.get(task_id, ())]
        return "\n".join(lines)

    # -- the current row ----------------------------------------------------------------------
    def current_row(self) -> int:
        return self._current

    def current_task_id(self) -> int | None:
        if 0 <= self._current < len(self._rows):
            task = self._rows[self._current].task
            return task.id if task is not None else None
        return None

    def set_current_row(self, i: int) -> None:
        """Make row ``i`` current (clamped to the rows), scrolled into view."""
        i = min(max(i, 0), len(self._rows) - 1) if self._rows else -1
        if i != self._current:
            old, self._current = self._current, i
            self._update_row(old)
            self._update_row(i)
            self.currentRowChanged.emit(i)
        if i >= 0:
            self.scroll_to_row(i)

    def select_task(self, task_id: int) -> None:
        row = self._row_of_task.get(task_id)
        if row is not None:
            self.set_current_row(row)

    def scroll_to_row(self, i: int) -> None:
        bar = self.verticalScrollBar()
        top, height = i * ROW_H, self.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif top + ROW_H > bar.value() + height:
            bar.setValue(top + ROW_H - height)

    def row_rect(self, i: int) -> QRect:
        """Row ``i`` in viewport coordinates (for tests and the accessibility frame)."""
        return QRect(0, i * ROW_H - self.verticalScrollBar().value(),
                     self.viewport().width(), ROW_H)

    def row_at(self, y: float) -> int:
        """The row at viewport height ``y``, or -1 below the last."""
        i = int((y + self.verticalScrollBar().value()) // ROW_H)
        return i if 0 <= i < len(self._rows) and y >= 0 else -1

    def _update_row(self, i: int) -> None:
        if 0 <= i < len(self._rows):
            self.viewport().update(self.row_rect(i))

    # -- geometry and scrolling -----------------------------------------------------------------
    def _update_range(self) -> None:
        vp = self.viewport()
        v = self.verticalScrollBar()
        v.setRange(0, max(0, len(self._rows) * ROW_H - vp.height()))
        v.setPageStep(vp.height())
        v.setSingleStep(ROW_H)
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, self.header.length() - vp.width()))
        h.setPageStep(vp.width())
        h.setSingleStep(20)

    def _place_header(self) -> None:
        r = self.viewport().geometry()
        self.header.setGeometry(r.x(), r.y() - HEADER_H, r.width(), HEADER_H)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()
        self._update_range()

    def sizeHint(self) -> QSize:
        return QSize(460, 300)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if dx:
            self.header.setOffset(self.horizontalScrollBar().value())
        self.viewport().scroll(dx, dy)

    def _section_resized(self, col: int, _old: int, _new: int) -> None:
        # Headings span every column; a row's items hold the columns' positions.
        self._texts.pop(col, None)
        self._texts.pop(GROUP, None)
        self._items.clear()
        self._update_range()
        self.viewport().update()

    # -- painting -----------------------------------------------------------------------------
    def _static_text(self, text: str, col: int, bold: bool) -> tuple[QStaticText, bool]:
        """``text`` laid out for column ``col``, elided to fit, and whether it had to be
        cut. Shared by every row that shows the same text there: dates, owners and slack
        repeat across thousands of rows."""
        by_text = self._texts.setdefault(col, {})
        found = by_text.get((text, bold))
        if found is None:
            font = self._bold if bold else self._font
            head = self.header
            room = (head.length() if col == GROUP else head.sectionSize(col)) - 2 * PAD
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), font)
            cut = st.size().width() > room
            if cut:  # rare: most texts fit, and measuring them again costs as much
                metrics = self._bold_metrics if bold else self._metrics
                st = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.prepare(QTransform(), font)
            found = by_text[(text, bold)] = (st, cut)
        return found

    def _row_items(self, i: int) -> tuple[Any, ...]:
        """What row ``i`` draws, flat: (bold, colour key, x in content, top in row, text)
        for each text. One tuple per row, not one per text: the garbage collector walks
        every container the caches hold, and a plan has thousands of rows."""
        items = self._items.get(i)
        if items is not None:
            return items
        style = self.row_style(i)
        flat: list[Any] = []
        if style.group:
            st = self._static_text(style.texts[0], GROUP, True)[0]
            flat += (True, self._colour_key(palette.HEADER_TEXT), PAD, self._bold_top, st)
        else:
            head = self.header
            for col, text in enumerate(style.texts):
                if not text:
                    continue
                bold = style.bold and col == NAME
                st = self._static_text(text, col, bold)[0]
                warn = style.warning if col in (NAME, FINISH) else None
                x = head.sectionPosition(col)
                if col == SLACK:
                    x += head.sectionSize(col) - PAD - round(st.size().width())
                else:
                    x += PAD
                flat += (bold, self._colour_key(warn or palette.TEXT), x,
                         self._bold_top if bold else self._top, st)
        items = self._items[i] = tuple(flat)
        return items

    def _colour_key(self, colour: QColor) -> int:
        key = colour.rgba()
        self._colours.setdefault(key, colour)
        return key

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        y0 = self.verticalScrollBar().value()
        for area in event.region():
            first = max(0, (y0 + area.top()) // ROW_H)
            last = min(len(self._rows) - 1, (y0 + area.bottom()) // ROW_H)
            self._paint_rows(p, area, first, last, y0)
        p.end()

    def _paint_rows(self, p: QPainter, area: QRect, first: int, last: int, y0: int) -> None:
        x0 = self.horizontalScrollBar().value()
        left, width = area.x(), area.width()
        # Backgrounds a colour at a time: white, the chart's stripes, headings, selection.
        p.fillRect(area, self._brush(palette.WHITE))
        pal = self.palette()
        active = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
        highlight = pal.color(active, QPalette.ColorRole.Highlight)
        fills: dict[int, tuple[QColor, list[QRect]]] = {}
        for i in range(first, last + 1):
            if i == self._current:
                colour = highlight
            elif self.row_style(i).group:
                colour = palette.GROUP_ROW
            elif i % 2:
                colour = palette.ALT_ROW
            else:
                continue
            fills.setdefault(colour.rgba(), (colour, []))[1].append(
                QRect(left, i * ROW_H - y0, width, ROW_H))
        p.setPen(Qt.PenStyle.NoPen)
        for colour, rects in fills.values():
            p.setBrush(self._brush(colour))
            p.drawRects(rects)
        # Texts, grouped by font and colour so the painter's state changes a few times.
        selected = self._colour_key(pal.color(active, QPalette.ColorRole.HighlightedText))
        runs: dict[tuple[bool, int], list[tuple[int, int, QStaticText]]] = {}
        for i in range(first, last + 1):
            y = i * ROW_H - y0
            sel = i == self._current
            items = self._row_items(i)
            for k in range(0, len(items), 5):
                bold, colour, x, top, st = items[k:k + 5]
                runs.setdefault((bold, selected if sel else colour), []).append(
                    (x - x0, y + top, st))
        for (bold, colour), texts in runs.items():
            p.setFont(self._bold if bold else self._font)
            p.setPen(self._colours[colour])
            for x, y, st in texts:
                p.drawStaticText(x, y, st)

    # -- input --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            i = self.row_at(event.position().y())
            if i >= 0:
                self.set_current_row(i)
            event.accept()
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click (or the menu key) on a task makes it current and asks for its menu."""
        i = self.row_at(event.pos().y()) if event.reason() == QContextMenuEvent.Reason.Mouse \
            else self._current
        task = self._rows[i].task if 0 <= i < len(self._rows) else None
        if task is None:
            return super().contextMenuEvent(event)
        self.set_current_row(i)
        pos = event.globalPos() if event.reason() == QContextMenuEvent.Reason.Mouse \
            else self.viewport().mapToGlobal(self.cell_point(i))
        self.taskMenuRequested.emit(task.id, pos)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        i = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and i >= 0:
            self.activated.emit(i)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, n = event.key(), len(self._rows)
        page = max(1, self.viewport().height() // ROW_H - 1)
        cur = self._current
        moves = {
            Qt.Key.Key_Up: cur - 1 if cur > 0 else 0,
            Qt.Key.Key_Down: cur + 1,
            Qt.Key.Key_PageUp: cur - page,
            Qt.Key.Key_PageDown: (cur if cur >= 0 else 0) + page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: n - 1,
        }
        if n and key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_current_row(moves[Qt.Key(key)])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and cur >= 0:
            self.activated.emit(cur)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self._update_row(self._current)  # the highlight's colour follows the focus

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self._update_row(self._current)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = event.pos()
            i = self.row_at(pos.y())
            col = self.header.logicalIndexAt(pos.x())
            text = self.tooltip(i, max(col, 0)) if i >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport(),
                                  self.row_rect(i))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def cell_point(self, i: int, col: int = NAME) -> QPoint:
        """Viewport point in the middle of a cell, for tests and automation."""
        x = self.header.sectionViewportPosition(col) + self.header.sectionSize(col) // 2
        return QPoint(x, i * ROW_H - self.verticalScrollBar().value() + ROW_H // 2)
