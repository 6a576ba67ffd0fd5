"""Child process of the GUI kill test: the real main window, offscreen, typing task names
into Form 4 through the table model (the same path as a cell edited by hand, undo command
and all). After each edit the model has accepted — the moment the table shows it as saved —
it prints ``saved N ROW_ID``. The test kills this process at a random moment.

Run: ``python tests/app/store/gui_editor.py WORKSPACE``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def edit_text(n: int) -> str:
    return f"编辑 {n} ✅"


def main() -> int:
    app = QApplication([sys.argv[0]])
    from ui.window.main_window import MainWindow

    window = MainWindow()
    window.show()
    if not window.open_path(Path(sys.argv[1])):
        print("could not open", flush=True)
        return 1
    window.show_tab("tracking")
    model = window.tab("tracking").table_for("tracking").model  # type: ignore[attr-defined]
    column = model.column_of("name")
    print(f"ready {model.rowCount()}", flush=True)
    n = 0

    def step() -> None:
        nonlocal n
        row = n % model.rowCount()
        row_id = model.row_at(row).id
        if model.setData(model.index(row, column), edit_text(n)):
            print(f"saved {n} {row_id}", flush=True)
        n += 1
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
