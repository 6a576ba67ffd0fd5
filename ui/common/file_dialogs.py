"""Every file dialog of the program goes through here, so that each one:

- opens where the user expects: in the folder last used for the same purpose, else beside
  the open workspace, else the home folder (never the program's working folder);
- speaks the program's language (a real ``QFileDialog``, whose labels come from Qt's
  catalogues and the gaps we fill in resources/translations/qt_gaps_zh_CN.ts);
- applies the one rule of ``app.store.write_target`` before anything is written: an output never
  replaces a workspace (the dialog says why and asks again), and replacing another file is
  confirmed in a question of our own (Qt's built-in one is switched off, so the rule and
  the question are the same everywhere);
- says where a saved file went, with a button that opens its folder.

The dialogs are shown by ``_answerer``; tests put a scripted one in its place (the
``file_dialog`` fixture in tests/conftest.py), the only thing in the program they replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.store import write_target
from app.store.write_target import Output

# Purposes whose last folder is remembered apart: the folder of the workspaces is seldom
# the folder the PDFs go to.
WORKSPACE, EXCEL, PDF, IMAGE, CALENDAR = "workspace", "excel", "pdf", "image", "calendar"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


class Answerer(Protocol):
    """Shows the prepared dialogs and returns the user's answers."""

    def choose(self, dialog: QFileDialog) -> str | None: ...
    def confirm(self, box: QMessageBox, yes: QPushButton) -> bool: ...
    def tell(self, box: QMessageBox) -> None: ...
    def notice(self, box: QMessageBox) -> None: ...


class QtAnswerer:
    """The real one: modal dialogs, and a saved-file notice that does not block."""

    def choose(self, dialog: QFileDialog) -> str | None:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None

    def confirm(self, box: QMessageBox, yes: QPushButton) -> bool:
        box.exec()
        return box.clickedButton() is yes

    def tell(self, box: QMessageBox) -> None:
        box.exec()

    def notice(self, box: QMessageBox) -> None:
        box.open()


_answerer: Answerer = QtAnswerer()


class Filter:
    """One entry of a dialog's file-type list: ``Filter("PDF", ".pdf")``,
    ``Filter("Text", ".csv", ".txt")``, ``Filter("All files")``."""

    def __init__(self, label: str, *suffixes: str) -> None:
        self.label = label
        self.suffixes = suffixes  # with the dot; none for "all files"

    def text(self) -> str:
        patterns = " ".join(f"*{s}" for s in self.suffixes) or "*"
        return f"{self.label} ({patterns})"


# -- where a dialog opens -----------------------------------------------------------------
def _settings_key(purpose: str) -> str:
    return f"file_dialogs/{purpose}"


def _remembered(purpose: str) -> Path | None:
    from ui.preferences.store import Preferences

    value = Preferences().value(_settings_key(purpose))
    return Path(value) if value else None


def remember_folder(purpose: str, folder: Path) -> None:
    from ui.preferences.store import Preferences

    Preferences().set_value(_settings_key(purpose), str(folder))


def _workspace_of(parent: QWidget | None) -> Path | None:
    """The workspace the dialog's window shows, if any (the main window and the dialogs
    that edit a workspace keep it as ``ws``)."""
    window = parent.window() if parent is not None else None
    ws = getattr(window, "ws", None)
    path = getattr(ws, "path", None)
    return Path(path) if path is not None else None


def start_folder(parent: QWidget | None, purpose: str, near: Path | None = None) -> Path:
    """The folder last used for ``purpose``, else the workspace's, else the home folder."""
    near = near or _workspace_of(parent)
    for folder in (_remembered(purpose), near.parent if near is not None else None):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


# -- asking -------------------------------------------------------------------------------
def _dialog(parent: QWidget | None, title: str, folder: Path, name: str,
            filters: list[Filter], save: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), ";;".join(f.text() for f in filters))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                       else QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below, by the rule
    if save and filters and filters[0].suffixes:
        dialog.setDefaultSuffix(filters[0].suffixes[0].lstrip("."))
    if name:
        dialog.selectFile(str(folder / name))
    return dialog


def open_path(parent: QWidget | None, title: str, filters: list[Filter], purpose: str,
              *, near: Path | None = None) -> Path | None:
    """Ask for an existing file to read; None if the user cancelled."""
    dialog = _dialog(parent, title, start_folder(parent, purpose, near), "", filters, False)
    try:
        chosen = _answerer.choose(dialog)
    finally:
        dialog.deleteLater()
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(purpose, path.parent)
    return path


def save_path(parent: QWidget | None, title: str, suggested_name: str, filters: list[Filter],
              purpose: str, *, near: Path | None = None,
              kind: Output = Output.DOCUMENT) -> Path | None:
    """Ask where to write an output; None if the user cancelled.

    A place the rule refuses (a workspace, a folder) is explained and the dialog opens
    again there; an existing file is replaced only after the user confirms it.
    """
    folder = start_folder(parent, purpose, near)
    name = safe_file_name(suggested_name)
    while True:
        dialog = _dialog(parent, title, folder, name, filters, True)
        try:
            chosen = _answerer.choose(dialog)
        finally:
            dialog.deleteLater()
        if not chosen:
            return None
        path = _with_suffix(Path(chosen), filters)
        folder, name = (path.parent if path.parent.is_dir() else folder), path.name
        verdict = write_target.judge(path, kind)
        if verdict.refusal is not None:
            _answerer.tell(_box(parent, QMessageBox.Icon.Warning, title,
                                verdict.refusal.message()))
            continue
        if verdict.replaces and not _confirm_replace(parent, title, path):
            continue
        remember_folder(purpose, path.parent)
        return path


def _with_suffix(path: Path, filters: list[Filter]) -> Path:
    """A name typed without its ending gets the first filter's (``plan`` → ``plan.pdf``)."""
    suffixes = [s.lower() for f in filters for s in f.suffixes]
    if suffixes and path.suffix.lower() not in suffixes:
        return path.with_name(path.name + suffixes[0])
    return path


def safe_file_name(name: str) -> str:
    """``name`` without the characters a file name cannot hold on Windows."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)
    return " ".join(cleaned.split()).strip(" .")


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    return box


def _confirm_replace(parent: QWidget | None, title: str, path: Path) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title,
               _tr("“{0}” exists already in {1}.\n\nReplace it?").format(path.name, path.parent))
    yes = box.addButton(_tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return _answerer.confirm(box, yes)


# -- telling ------------------------------------------------------------------------------
def tell_saved(parent: QWidget | None, title: str, path: Path) -> QMessageBox:
    """Say where ``path`` was saved, with a button that opens its folder. Does not block:
    the coordinator goes on working and closes it when convenient."""
    # Shown over the main window: the dialog that saved (a print preview) may close now.
    while parent is not None and parent.parentWidget() is not None:
        parent = parent.parentWidget()
    # The folder on a line of its own: a long path has no spaces, and wrapped inside a
    # sentence it broke after its first "/".
    box = _box(parent, QMessageBox.Icon.Information, title,
               _tr("Saved as “{0}” in the folder:").format(path.name) + f"\n{path.parent}")
    box.setObjectName("savedNotice")
    show = box.addButton(_tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    show.clicked.connect(lambda: open_folder(path.parent))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _answerer.notice(box)
    return box


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
