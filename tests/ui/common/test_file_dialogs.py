"""The file dialogs, reached from the menus as a person reaches them: they open beside the
workspace and then in the folder last used, speak Chinese in the Chinese program, suggest a
name in the user's language, never write over a workspace, ask before replacing a file, and
say where the file went with a button to its folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QPushButton

from app import i18n
from app.store.workspace import Workspace, probe
from tests.data_safety import digest
from ui.window.main_window import MainWindow


def trigger(window: MainWindow, text: str) -> None:
    """Trigger the menu item whose text (without its & mnemonic) is ``text``."""
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                assert action.isEnabled(), text
                action.trigger()
                return
    raise AssertionError(f"no menu item {text!r}")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The program in Chinese, as ``crossdesk --lang zh_CN`` starts it."""
    from ui.common.i18n import install_translators

    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_language("en")
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def zh_window(qtbot, chinese, demo_path: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(demo_path))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_workspace(None)


def test_save_as_pdf_in_chinese_beside_the_workspace_with_a_notice(
        qtbot, zh_window: MainWindow, file_dialog, tmp_path: Path) -> None:
    out = tmp_path / "out" / "表一.pdf"
    out.parent.mkdir()
    file_dialog.answer(out)
    trigger(zh_window, "将本表单存为 PDF(D)…")
    [asked] = file_dialog.asked
    assert asked.title == "另存为 PDF" and asked.save
    assert asked.folder == zh_window.ws.path.parent  # beside the workspace, not the cwd
    assert asked.name == f"新品 X1 上市跨部门协作 跨部门协作目标确认表 {_version(out)}.pdf"
    assert "goals" not in asked.name
    assert asked.look_in == "查找范围(&L)：" and asked.file_type == "文件类型(&T)："
    assert out.read_bytes().startswith(b"%PDF")
    [notice] = file_dialog.notices
    qtbot.wait(50)  # the print preview that saved is gone by now; the notice stays
    assert notice.isVisible() and notice.parentWidget() is zh_window
    assert "表一.pdf" in notice.text() and str(out.parent) in notice.text()
    # the folder stands on its own line, so a long path is not broken inside a sentence
    assert notice.text().splitlines()[-1] == str(out.parent) and "所在文件夹" in notice.text()
    assert any(b.text() == "打开文件夹(&F)" for b in notice.buttons())


def _version(pdf: Path) -> str:
    import re
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    found = re.search(r"V-[0-9A-F]{6}", text)
    assert found, text[:300]
    return found.group(0)


def test_the_next_dialog_opens_in_the_folder_last_used(qtbot, window: MainWindow, file_dialog,
                                                       tmp_path: Path) -> None:
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    file_dialog.answer(elsewhere / "plan.xlsx")
    trigger(window, "Export to Excel…")
    assert (elsewhere / "plan.xlsx").is_file()
    assert file_dialog.asked[0].folder == window.ws.path.parent
    assert file_dialog.asked[0].name == "新品 X1 上市跨部门协作.xlsx"
    assert "plan.xlsx" in file_dialog.saved[0]
    trigger(window, "Export to Excel…")  # cancelled: no answer left
    assert file_dialog.asked[1].folder == elsewhere


def test_an_existing_file_is_replaced_only_after_confirming(qtbot, window: MainWindow,
                                                            file_dialog, tmp_path: Path) -> None:
    old = tmp_path / "old.pdf"
    old.write_bytes(b"the coordinator's own file")
    file_dialog.replace = False
    file_dialog.answer(old)  # "Replace it?" No: asked again, then cancelled
    trigger(window, "Save form as PDF…")
    assert len(file_dialog.questions) == 1 and "old.pdf" in file_dialog.questions[0]
    assert len(file_dialog.asked) == 2 and file_dialog.asked[1].name == "old.pdf"
    assert old.read_bytes() == b"the coordinator's own file"
    assert file_dialog.saved == []
    file_dialog.replace = True
    file_dialog.answer(old)
    trigger(window, "Save form as PDF…")
    assert old.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("item", "suffix"), [("Save form as PDF…", ".pdf"),
                                             ("Export to Excel…", ".xlsx"),
                                             ("Export this form to Excel…", ".xlsx")])
def test_no_output_is_written_over_a_workspace(qtbot, window: MainWindow, file_dialog,
                                               tmp_path: Path, item: str, suffix: str) -> None:
    other = tmp_path / f"another{suffix}"  # a workspace under another name
    shutil.copyfile(window.ws.path, other)
    before = digest(other)
    file_dialog.answer(other)  # refused, asked again, then cancelled
    trigger(window, item)
    assert len(file_dialog.told) == 1 and len(file_dialog.asked) == 2
    assert "is a CrossDesk workspace" in file_dialog.told[0]
    assert file_dialog.asked[1].folder == tmp_path and file_dialog.asked[1].name == other.name
    assert file_dialog.questions == []  # refused outright, not "replace it?"
    assert file_dialog.saved == []
    # The open workspace itself, typed as the name: the output's ending makes it another file.
    file_dialog.answer(window.ws.path)
    trigger(window, item)
    assert digest(other) == before
    assert probe(window.ws.path) and Path(str(window.ws.path) + suffix).is_file()


def test_new_workspace_never_replaces_a_workspace(qtbot, window: MainWindow, file_dialog,
                                                  demo_path: Path) -> None:
    before = digest(demo_path)
    file_dialog.answer(demo_path)
    trigger(window, "New workspace…")
    assert file_dialog.told and "a new workspace never replaces one" in file_dialog.told[0]
    assert digest(demo_path) == before and window.ws.path == demo_path


def test_save_a_copy_over_a_workspace_open_elsewhere_is_refused(qtbot, window: MainWindow,
                                                                 file_dialog,
                                                                 tmp_path: Path) -> None:
    from tests.app.store.test_lock import _start_holder

    other = tmp_path / "other.crossdesk"
    shutil.copyfile(window.ws.path, other)
    child = _start_holder(other)
    try:
        before = digest(other)
        file_dialog.answer(other)
        trigger(window, "Save a copy as…")
        assert file_dialog.told and "is open in CrossDesk" in file_dialog.told[0]
        assert digest(other) == before
    finally:
        child.kill()
        child.wait()
    file_dialog.answer(other)  # nobody has it open now: replaced after confirming
    trigger(window, "Save a copy as…")
    assert len(file_dialog.questions) == 1
    with Workspace.open(other, read_only=True):
        pass


def test_the_calendar_import_opens_beside_the_workspace(qtbot, window: MainWindow, file_dialog,
                                                        tmp_path: Path) -> None:
    days = tmp_path / "days.csv"
    days.write_text("2027-10-01,休,国庆节\n", encoding="utf-8")
    file_dialog.answer(days)
    opened: list[object] = []

    def press_import() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press_import)
            return
        opened.append(dialog)
        dialog.import_button.click()  # type: ignore[attr-defined]
        dialog.reject()

    QTimer.singleShot(0, press_import)
    trigger(window, "Working calendar…")
    assert opened and file_dialog.asked[0].folder == window.ws.path.parent
    assert file_dialog.asked[0].filters == ("Text or CSV files (*.csv *.txt)", "All files (*)")
    from app.schedule import calendar_edit

    assert any(d.name == "国庆节" for d in calendar_edit.list_days(window.ws))


def test_the_real_dialog_is_in_chinese_and_starts_beside_the_workspace(qtbot, chinese,
                                                                       demo_ws: Workspace,
                                                                       tmp_path: Path) -> None:
    """The seam's own part, with Qt's real dialog answered by typing a name and pressing
    Save (what the ``file_dialog`` fixture stands in for everywhere else)."""
    from ui.common import file_dialogs

    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["folder"] = dialog.directory().absolutePath()
        seen["look_in"] = dialog.labelText(QFileDialog.DialogLabel.LookIn)
        seen["name"] = dialog.selectedFiles()[0]
        dialog.selectFile(str(tmp_path / "导出"))
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        seen["buttons"] = " ".join(b.text() for b in buttons)
        dialog.accept()

    QTimer.singleShot(0, answer)
    path = file_dialogs.save_path(None, "导出", "计划.xlsx", [file_dialogs.Filter("Excel", ".xlsx")],
                                  file_dialogs.EXCEL, near=demo_ws.path)
    assert path == tmp_path / "导出.xlsx"  # the ending added to a name typed without it
    assert seen["folder"] == str(demo_ws.path.parent)
    assert seen["name"].endswith("计划.xlsx")
    assert seen["look_in"] == "查找范围(&L)："
    assert "保存" in seen["buttons"] and "取消" in seen["buttons"]
