"""A phone number or e-mail address typed into Form 2 is checked as on import: a bad one
is refused with a message that says what would be right, and nothing is stored."""

from __future__ import annotations

from app.forms import editing
from tests.ui.forms.test_form_editing import click_cell, type_into_editor
from ui.forms.form_table import FormTable
from ui.window.main_window import MainWindow


def test_typed_phone_and_email_are_checked(qtbot, window: MainWindow) -> None:
    window.show_tab("team")
    team: FormTable = window.tab("team").team  # type: ignore[attr-defined]
    before = editing.rows(window.ws, "team", 1)[0].values
    for key, bad, hint in (("phone", "1391234abc", "7–20"), ("email", "not-an-email", "@")):
        click_cell(qtbot, team, 0, team.model.column_of(key), double=True)
        type_into_editor(qtbot, bad)
        assert team.message.isVisible()
        assert bad in team.message.text() and hint in team.message.text()
    assert editing.rows(window.ws, "team", 1)[0].values == before
    assert window.undo_stack.count() == 0
    click_cell(qtbot, team, 0, team.model.column_of("phone"), double=True)
    type_into_editor(qtbot, "+86 139 1234 5678")
    assert editing.rows(window.ws, "team", 1)[0].values["phone"] == "+86 139 1234 5678"
    assert window.undo_stack.count() == 1
