"""Help ▸ Guide (F1): the six steps of the method, the tab where each form lives, and the
keys, on one page a coordinator can read in the minute before a meeting."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.i18n import tr


def _tab(key: str) -> str:
    return f"<b>{escape(tr(key))}</b>"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CrossDesk guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(640, screen.height() - 60))

    def page(self) -> str:
        steps = [
            (self.tr("Align goals"), _tab("form.goals.short"),
             escape(self.tr("Type the goals (Form 1), print it with File ▸ Print this form, and record "
                     "each department head's signature in the sign-off lines below the goals."))),
            (self.tr("Form the team"), _tab("form.team.short"),
             escape(self.tr("Form 2: one overall lead, a liaison for each department taking part, the "
                     "executors. Edit ▸ Departments and people holds the lists every form "
                     "picks from; a pasted list of departments is taken whole."))),
            (self.tr("Map today's process"), _tab("form.pain_points.short"),
             escape(self.tr("Form 3: break points, blockages and pain points, rated for impact and "
                     "frequency; the %1 tab shows which to tackle first."))
             .replace("%1", _tab("tab.matrix"))),
            (self.tr("Design the plan"), _tab("form.tracking.short"),
             escape(self.tr("The measures (above) and the tasks that carry them out (Form 4); who "
                     "does, approves, is consulted or informed goes in the %1 tab."))
             .replace("%1", _tab("form.raci.short"))),
            (self.tr("Execute and monitor"), _tab("tab.gantt") + " · " + _tab("tab.kanban"),
             escape(self.tr("Drag a bar to move a task, its end to change its length, its dot to "
                     "another bar to link them; late and critical tasks are red. Actual dates "
                     "and progress go in Form 4."))),
            (self.tr("Evaluate and improve"), _tab("form.evaluation.short"),
             escape(self.tr("Form 5: each KPI before, its target and after; the change and whether "
                     "it was met are computed."))),
        ]
        keys = [
            ("Ctrl+N", self.tr("Add a row below the current one")),
            (self.tr("Typing, Enter or F2"), self.tr("Edit the current cell (typing replaces it)")),
            ("Enter", self.tr("Store the cell and go down, as in a spreadsheet")),
            ("Tab / Shift+Tab", self.tr("Store the cell and edit the next / previous one")),
            ("Esc", self.tr("Leave the cell as it was")),
            ("Shift+Enter", self.tr("A new line in a long text")),
            ("F4, Alt+↓", self.tr("Open the calendar of a date, the list of a choice")),
            (self.tr("Dates"), self.tr("2027-03-31, 2027/3/31, 20270331, 2027年3月31日; "
                                      "3/31 or 3月31日 takes the year nearest the row's other "
                                      "date")),
            ("Delete", self.tr("Delete the selected rows")),
            ("Ctrl+Shift+↑ / ↓", self.tr("Move the row up / down")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo, also after switching tabs")),
            ("Ctrl+I / Ctrl+E", self.tr("Import an Excel workbook / export to Excel")),
            ("Ctrl+P", self.tr("Print this form")),
            ("F1", self.tr("This guide")),
        ]
        rows = "".join(
            f"<tr><td valign='top'><b>{n}</b></td><td valign='top'>{escape(name)}</td>"
            f"<td valign='top'>{where}</td><td valign='top'>{what}</td></tr>"
            for n, (name, where, what) in enumerate(steps, start=1))
        key_rows = "".join(f"<tr><td valign='top'><b>{escape(k)}</b></td>"
                           f"<td valign='top'>{escape(v)}</td></tr>" for k, v in keys)
        rules = self.tr(
            "Broken rules (a task without an A, a team without an overall lead, a goal without "
            "a date, a signature for an older version of a form) are shown, never forbidden: "
            "each tab counts its own in its title, and the count in the status bar opens the "
            "list of all of them; choose one to go to its row.")
        saved = self.tr("Every change is saved the moment it is made; there is no Save button.")
        steps_heading = self.tr("The six steps, and where each form lives")
        keys_heading = self.tr("Keys in the forms")
        rules_heading = self.tr("Rules")
        return (
            f"<h2>{escape(steps_heading)}</h2>"
            f"<table cellspacing='0' cellpadding='4'>{rows}</table>"
            f"<h2>{escape(keys_heading)}</h2>"
            f"<table cellspacing='0' cellpadding='4'>{key_rows}</table>"
            f"<h2>{escape(rules_heading)}</h2><p>{escape(rules)}</p>"
            f"<p>{escape(saved)}</p>")
