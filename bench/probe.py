"""What a person waits for, measured inside a freshly started program (imported by the
child processes of bench_startup, bench_gantt and bench_scale before Qt starts).

* **painted**: the first frame in which the watched widget was painted is complete, i.e.
  the event-loop turn that ran its ``paintEvent`` (and flushed the window) has ended; not
  the moment the Paint event arrives.
* **freezes**: from the first paint on, a helper thread posts an event to the GUI thread
  every 10 ms and the GUI thread notes how late each one is delivered. A late delivery is
  a moment the window did not answer.
* **interactive**: the moment after which every probe is delivered within 50 ms, up to
  the time the rule check's findings are in (``MainWindow.show_findings``).
* **cpu**: the process's CPU time (every thread) once the program has settled: findings
  in, the Gantt tab done preparing rows, nothing late for a second.

The child prints one JSON line and exits. Seconds are counted from ``T0``, the moment the
parent launched the child.
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

PROBE_EVERY = 0.010  # seconds between probe events
ANSWERS_WITHIN = 0.050  # seconds: a later answer is a freeze
QUIET_FOR = 1.0  # seconds without a late answer before the program counts as settled
GIVE_UP = 300.0  # seconds after the first paint


def _peak_mb() -> float:
    """This process's own peak: ru_maxrss also holds the launching parent's peak, which
    Linux carries across exec."""
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    return int(hwm.split()[1]) / 1024


class _Probe(QEvent):
    TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, posted: float) -> None:
        super().__init__(self.TYPE)
        self.posted = posted


class Watch(QObject):
    """Installed on the application: ends the run as described in the module."""

    def __init__(self, t0: float, wanted: str, *, findings: bool, settle: bool,
                 idle: float = 0.0) -> None:
        super().__init__()
        self.t0, self.wanted = t0, wanted
        self.want_findings, self.settle, self.idle = findings, settle, idle
        self.painted: float | None = None
        self.rows = 0
        self.findings_at: float | None = None
        self.findings = 0
        self.late: list[tuple[float, float]] = []  # (delivered at, delay), both seconds
        self.last_late = 0.0
        self._stop = threading.Event()
        self._painting = False
        self.answered = time.time()

    # -- the first paint ---------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype == _Probe.TYPE:
            now = self.answered = time.time()
            delay = now - event.posted  # type: ignore[attr-defined]
            if delay > ANSWERS_WITHIN:
                self.late.append((now - self.t0, delay))
                self.last_late = now
            return True
        if etype == QEvent.Type.Paint and self.painted is None and not self._painting:
            owner = obj.parent() if self.wanted == "GanttChart" else obj
            if owner is not None and type(owner).__name__ == self.wanted:
                self._painting = True
                if self.wanted == "GanttChart":
                    self.rows = len(owner.layout_.rows)  # type: ignore[attr-defined]
                QTimer.singleShot(0, self._frame_done)  # after this turn's painting
        return False

    def _frame_done(self) -> None:
        self.painted = time.time() - self.t0
        self.cpu_at_paint = time.process_time()
        if not (self.want_findings or self.settle):
            self._finish()
            return
        self.last_late = time.time()
        threading.Thread(target=self._post, name="probe", daemon=True).start()
        self._check = QTimer(self)
        self._check.timeout.connect(self._maybe_done)
        self._check.start(100)

    def _post(self) -> None:
        app = QCoreApplication.instance()
        stacks = bool(os.environ.get("PROBE_STACKS"))  # where the GUI thread is when late
        gui = threading.main_thread().ident
        while not self._stop.wait(PROBE_EVERY):
            QCoreApplication.postEvent(app, _Probe(time.time()))
            if stacks and time.time() - self.answered > ANSWERS_WITHIN:
                import sys
                import traceback

                frame = sys._current_frames().get(gui)  # type: ignore[arg-type]
                if frame is not None:
                    where = "".join(traceback.format_stack(frame, limit=12))
                    sys.stderr.write(f"-- late {time.time() - self.answered:.3f} s\n{where}")

    # -- the findings ------------------------------------------------------------------------
    def found(self, findings: list[Any]) -> None:
        if self.findings_at is None:
            self.findings_at = time.time() - self.t0
            self.findings = len(findings)

    # -- settling ----------------------------------------------------------------------------
    def _busy(self) -> bool:
        for w in QApplication.allWidgets():
            preparing = getattr(w, "preparing", None)
            if type(w).__name__ == "GanttTab" and preparing is not None and preparing():
                return True
        return False

    def _maybe_done(self) -> None:
        now = time.time()
        if now - self.t0 - (self.painted or 0) > GIVE_UP:
            self._finish()
        if self.want_findings and self.findings_at is None:
            return
        if self.settle and (self._busy() or now - self.last_late < QUIET_FOR):
            return
        self._check.stop()
        if self.idle > 0:
            self._stop.set()  # the probe's own posting is not the program's cost
            self._idle_from = (time.process_time(), time.time())
            QTimer.singleShot(int(self.idle * 1000), self._finish)
        else:
            self._finish()

    def _finish(self) -> None:
        self._stop.set()
        cpu = time.process_time()
        painted = self.painted or 0.0
        until = self.findings_at if self.findings_at is not None else time.time() - self.t0
        blocking = [(at, d) for at, d in self.late if at <= until + QUIET_FOR]
        interactive = max([painted, *(at for at, _d in blocking)])
        out: dict[str, Any] = {
            "painted": painted, "rows": self.rows, "findings_at": self.findings_at,
            "findings": self.findings, "interactive": interactive,
            "longest_freeze": max([0.0, *(d for _at, d in self.late)]),
            "freezes": len(self.late), "cpu": cpu,
            "cpu_at_paint": getattr(self, "cpu_at_paint", cpu),
            "peak_mb": _peak_mb(),
        }
        if self.idle > 0 and hasattr(self, "_idle_from"):
            c0, w0 = self._idle_from
            out["idle_core"] = (cpu - c0) / max(time.time() - w0, 1e-9)
            out["idle_seconds"] = time.time() - w0
        print(json.dumps(out), flush=True)
        os._exit(0)


def install(t0: float, wanted: str, *, findings: bool = False, settle: bool = False,
            idle: float = 0.0) -> Watch:
    """Watch the first paint of the widget class named ``wanted`` (and, as asked, the
    findings, the settling and ``idle`` seconds of rest after it)."""
    watch = Watch(t0, wanted, findings=findings, settle=settle, idle=idle)
    original = QApplication.__init__

    def init(self: QApplication, *a: Any, **k: Any) -> None:
        original(self, *a, **k)
        self.installEventFilter(watch)

    QApplication.__init__ = init  # type: ignore[method-assign]
    if findings:
        from ui.window.main_window import MainWindow

        shown = MainWindow.show_findings

        def show_findings(self: MainWindow, found: list[Any]) -> None:
            shown(self, found)
            watch.found(found)

        MainWindow.show_findings = show_findings  # type: ignore[method-assign]
    return watch
