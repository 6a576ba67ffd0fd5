"""The lean scroll bar repaints only around its handle and still shows the right pixels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from ui.speed.lean_scroll_bar import LeanScrollBar


class PaintLog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def _shown(qtbot, orientation: Qt.Orientation) -> tuple[QWidget, LeanScrollBar]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(600, 600)
    bar = LeanScrollBar(orientation, host)
    bar.setGeometry(QRect(580, 0, 16, 560) if orientation == Qt.Orientation.Vertical
                    else QRect(0, 580, 560, 16))
    bar.setRange(0, 100_000)
    bar.setPageStep(500)
    host.show()
    qtbot.waitExposed(host)
    return host, bar


def _on_screen(host: QWidget, bar: LeanScrollBar) -> QImage:
    """The pixels the window really holds (the backing store), not a fresh rendering."""
    shot = QGuiApplication.primaryScreen().grabWindow(host.winId())
    return shot.copy(bar.geometry()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_small_steps_repaint_only_the_handle(qtbot) -> None:
    _host, bar = _shown(qtbot, Qt.Orientation.Vertical)
    bar.setValue(40_000)
    QApplication.processEvents()
    log = PaintLog()
    bar.installEventFilter(log)
    for step in range(1, 60):
        bar.setValue(40_000 + step * 70)
        QApplication.processEvents()
    assert log.rects, "the handle moved at least once"
    assert all(r.height() <= bar.handle_rect().height() * 2 + 4 for r in log.rects)
    # Moving it a long way still paints only where it was and where it is.
    log.rects.clear()
    bar.setValue(90_000)
    QApplication.processEvents()
    assert sum(r.height() for r in log.rects) < bar.height() // 2


def test_pixels_match_a_full_repaint(qtbot) -> None:
    for orientation in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):
        host, bar = _shown(qtbot, orientation)
        for value in (0, 300, 37_000, 37_050, 60_000, 99_999, 100_000, 50_000, 0):
            bar.setValue(value)
            QApplication.processEvents()
            painted = _on_screen(host, bar)
            full = bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            assert painted == full, f"{orientation} at {value}"


def test_range_changes_still_repaint_everything(qtbot) -> None:
    host, bar = _shown(qtbot, Qt.Orientation.Vertical)
    bar.setValue(20_000)
    QApplication.processEvents()
    log = PaintLog()
    bar.installEventFilter(log)
    bar.setRange(0, 40_000)
    QApplication.processEvents()
    assert any(r.height() == bar.height() for r in log.rects)
    assert _on_screen(host, bar) == bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
