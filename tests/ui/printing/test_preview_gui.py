"""The print preview and the sign-off panel, driven as real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter

from app import printing
from app.forms import editing
from app.i18n import tr
from app.signoff import signatures
from ui.printing import PrintPreviewDialog, SignoffPanel
from ui.printing import output as print_output
from ui.printing.render_job import render_pdf


@pytest.fixture
def preview(qtbot, demo_ws):
    dialog = PrintPreviewDialog(demo_ws, 1, "goals")
    qtbot.addWidget(dialog)
    assert dialog.refresh()
    return dialog


def test_preview_shows_the_pdf_that_will_print(preview, tmp_path, demo_ws):
    assert preview.document.pageCount() == 1
    assert preview.document.status() == preview.document.Status.Ready
    text = preview.document.getAllText(0).text()
    assert tr("form.goals.title") in text and "研发部" in text
    assert preview.page_label.text().endswith("1")
    # Save as PDF writes exactly the previewed bytes and remembers the printed version
    target = tmp_path / "form1.pdf"
    assert print_output.save_with_dialog(preview, demo_ws, 1, preview.job, preview.pdf,
                                         str(target))
    assert target.read_bytes() == preview.pdf
    with demo_ws.read() as s:
        assert signatures.last_printed(s, 1, "goals")[0] == preview.job.sheets[0].version


def test_choosing_all_forms_renders_every_sheet(preview, qtbot):
    preview.form_box.setCurrentIndex(preview.form_box.findData("all"))
    pages = len(PdfReader(__import__("io").BytesIO(preview.pdf)).pages)
    assert pages >= 7 and preview.document.pageCount() == pages
    assert [s.key for s in preview.job.sheets] == printing.sheet_keys()


def test_printing_sends_every_page_to_the_printer(preview, tmp_path, demo_ws):
    preview.form_box.setCurrentIndex(preview.form_box.findData("all"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_output.print_with_dialog(preview, demo_ws, 1, preview.job, preview.document,
                                          printer)
    assert len(PdfReader(str(out)).pages) == preview.document.pageCount() >= 7


def test_long_print_runs_off_the_gui_thread_with_progress(qtbot, large_ws):
    job = printing.collect_job(large_ws, 1, forms=["tracking"])
    data = render_pdf(None, job)
    assert data is not None and data.startswith(b"%PDF")
    assert len(PdfReader(__import__("io").BytesIO(data)).pages) >= 5


def change_form1(ws) -> None:
    """The demo's two signatures are current; an edit to Form 1 makes them stale."""
    goal = editing.rows(ws, "goals", 1)[1]
    editing.set_value(ws, "goals", goal.id, "description", "审批由 5 个签字减为 2 个")


def test_signoff_panel_shows_stale_signatures_loudly(qtbot, demo_ws):
    change_form1(demo_ws)
    stack = QUndoStack()
    panel = SignoffPanel(demo_ws, stack)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    panel.show()
    assert panel.model.rowCount() == 4
    assert panel.banner.isVisible()
    assert "李娜" in panel.banner.text() and "陈静" in panel.banner.text()
    assert "赵磊" not in panel.banner.text()


def test_recording_a_signature_is_undoable_and_clears_the_warning(qtbot, demo_ws):
    change_form1(demo_ws)
    stack = QUndoStack()
    panel = SignoffPanel(demo_ws, stack)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    panel.show()
    tag = panel.current_tag
    for row, line in enumerate(list(panel.model.lines)[:2]):
        panel.view.selectRow(row)
        assert panel.record(line.id, line.signer, dt.date(2026, 11, 21), tag)
    assert stack.count() == 2
    assert not panel.banner.isVisible()
    stack.undo()
    assert panel.banner.isVisible() and "陈静" in panel.banner.text()
    stack.redo()
    assert not panel.banner.isVisible()
    # an edit to Form 1 makes both signatures stale again, and the panel says so at once
    goal = editing.rows(demo_ws, "goals", 1)[0]
    editing.set_value(demo_ws, "goals", goal.id, "name", "新品 X1 提前上市")
    assert panel.banner.isVisible()
    assert "李娜" in panel.banner.text()


def test_record_button_opens_the_dialog_for_the_selected_line(qtbot, demo_ws, monkeypatch):
    from ui.printing import signoff_panel

    stack = QUndoStack()
    panel = SignoffPanel(demo_ws, stack)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    panel.show()
    assert not panel.record_button.isEnabled()
    panel.view.selectRow(2)
    assert panel.record_button.isEnabled()
    seen = {}

    def fake_exec(dialog):
        seen["signer"] = dialog.signer.text()
        seen["tag"] = dialog.tag.currentText()
        return signoff_panel.RecordSignatureDialog.DialogCode.Accepted

    monkeypatch.setattr(signoff_panel.RecordSignatureDialog, "exec", fake_exec)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert seen == {"signer": "赵磊", "tag": panel.current_tag}
    assert panel.model.lines[2].signed and not panel.model.lines[2].stale


def test_bad_tag_is_refused_with_a_message_and_nothing_stored(qtbot, demo_ws, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    stack = QUndoStack()
    panel = SignoffPanel(demo_ws, stack)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    line = panel.model.lines[2]
    assert not panel.record(line.id, "赵磊", dt.date(2026, 11, 21), "nonsense")
    assert stack.count() == 0 and "not a version tag" in warnings[0]
    assert not panel.model.lines[2].signed


def test_a_wrong_sign_off_line_can_be_removed_and_put_back(qtbot, demo_ws):
    stack = QUndoStack()
    panel = SignoffPanel(demo_ws, stack)
    qtbot.addWidget(panel)
    panel.set_initiative(1)
    panel.show()
    assert not panel.remove_button.isEnabled()  # nothing selected
    before = [(line.department, line.signer, line.signed) for line in panel.model.lines]
    panel.view.selectRow(1)
    gone = panel.model.lines[1]
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert gone.id not in [r.id for r in editing.rows(demo_ws, "signoffs", 1)]
    assert [line.department for line in panel.model.lines] == \
        [d for d, _s, _f in before if d != gone.department]
    stack.undo()
    assert [(line.department, line.signer, line.signed) for line in panel.model.lines] == before
    stack.redo()
    assert len(panel.model.lines) == len(before) - 1
