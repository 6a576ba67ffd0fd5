"""The RACI tab: the grid, its legend, the people/departments toggle and the list of
broken rules. Every change goes through one undo command calling ``app.raci.raci_grid``."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import tr as core_tr
from app.raci import raci_grid
from app.rules.finding import Finding
from app.store import changes
from app.store.changes import Change, ChangeArea
from app.store.workspace import Workspace
from ui.common.undo import perform
from ui.common.workspace_watch import watch
from ui.raci import palette
from ui.raci.commands import SetLettersCommand
from ui.raci.delegate import LetterDelegate
from ui.raci.header import GroupedHeader
from ui.raci.model import RaciModel
from ui.raci.view import RaciView

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10


class RaciTab(QWidget):
    """``set_initiative(id)`` shows an initiative; ``findings_changed`` carries the RACI
    findings each time they may have changed, for the status bar."""

    findings_changed = Signal(list)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._undo = undo_stack
        self._zoom = 1.0
        self._own_change: tuple[int, dict[raci_grid.Cell, str | None]] | None = None
        self.model = RaciModel(workspace, self)
        self.view = RaciView(self)
        self.delegate = LetterDelegate(self.view)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.findings_list = QListWidget(self)
        self._build()
        self._connect()
        self._apply_sizes()
        self.watch = watch(self, workspace, changes.RACI_GRID, self._on_workspace_changed)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.people_button = QToolButton(self)
        self.people_button.setText(self.tr("People"))
        self.departments_button = QToolButton(self)
        self.departments_button.setText(self.tr("Departments"))
        self._mode_group = QButtonGroup(self)
        for button, mode in ((self.people_button, raci_grid.MEMBERS),
                             (self.departments_button, raci_grid.DEPARTMENTS)):
            button.setCheckable(True)
            button.setProperty("mode", mode)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._mode_group.addButton(button)
        self.people_button.setChecked(True)
        self.people_button.setToolTip(self.tr("One column per team member, under their "
                                              "department"))
        self.departments_button.setToolTip(self.tr("One column per department; small grey "
                                                   "letters show what its members hold"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Columns:"), self))
        bar.addWidget(self.people_button)
        bar.addWidget(self.departments_button)
        bar.addSpacing(24)
        for letter in raci_grid.LETTERS:
            bar.addWidget(self._legend_chip(letter))
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; "
                                  "border: 1px solid #e0c36a; padding: 6px; }")
        self.banner.hide()

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_title = QLabel(self.tr("Broken rules"), side)
        title_font = QFont(self.findings_title.font())
        title_font.setBold(True)
        self.findings_title.setFont(title_font)
        side_layout.addWidget(self.findings_title)
        self.findings_list.setWordWrap(True)
        self.findings_list.setAlternatingRowColors(True)
        self.findings_list.setToolTip(self.tr("Click a finding to go to its task"))
        side_layout.addWidget(self.findings_list)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.view.setStyleSheet(f"QTableView {{ gridline-color: {palette.GRID_LINE.name()}; }}")

    def _legend_chip(self, letter: str) -> QLabel:
        fill, ink = palette.LETTER_COLOURS[letter]
        chip = QLabel(f"<span style='background:{fill.name()}; color:{ink.name()};"
                      f" font-weight:bold'>&nbsp;{letter}&nbsp;</span>"
                      f"&nbsp;{core_tr('raci.letter.' + letter)}&nbsp;&nbsp;", self)
        chip.setToolTip(core_tr("raci.legend." + letter))
        return chip

    def _connect(self) -> None:
        self.view.cycle_requested.connect(self._cycle)
        self.view.letter_requested.connect(self.set_selected)
        self.view.copy_requested.connect(self.copy_selection)
        self.view.paste_requested.connect(self.paste)
        self.view.zoom_requested.connect(self.zoom_by)
        self._mode_group.buttonClicked.connect(
            lambda button: self.set_mode(button.property("mode")))
        self.findings_list.itemClicked.connect(self._jump_to_item)
        self.findings_list.itemActivated.connect(self._jump_to_item)
        self._hheader.follow(self.view.horizontalScrollBar())
        self._vheader.follow(self.view.verticalScrollBar())

    @property
    def _hheader(self) -> GroupedHeader:
        return self.view.horizontalHeader()  # type: ignore[return-value]

    @property
    def _vheader(self) -> GroupedHeader:
        return self.view.verticalHeader()  # type: ignore[return-value]

    # -- sizes (large for a projector; Ctrl+wheel zooms) -------------------------------------
    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self._zoom * (1.1 ** steps))

    def set_zoom(self, factor: float) -> None:
        self._zoom = min(2.5, max(0.6, factor))
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        z = self._zoom
        font = QFont(self.font())
        font.setPointSizeF(palette.BASE_POINT_SIZE * z)
        self.view.setFont(font)
        letter_font = QFont(font)
        letter_font.setPointSizeF(palette.BASE_POINT_SIZE * 1.15 * z)
        self.delegate.set_letter_font(letter_font)
        for header in (self._hheader, self._vheader):
            header.set_font_size(font)
        rows = self._vheader
        rows.setSectionResizeMode(GroupedHeader.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(palette.ROW_HEIGHT * z))
        self._size_sections()

    def _size_sections(self) -> None:
        z = self._zoom
        metrics = self._hheader.fontMetrics()
        cols = self._hheader
        cols.setSectionResizeMode(GroupedHeader.ResizeMode.Interactive)
        low, high = round(palette.COLUMN_MIN_WIDTH * z), round(palette.COLUMN_MAX_WIDTH * z)
        widths = [min(high, max(low, metrics.horizontalAdvance(column.label) + 20))
                  for column in self.model.grid.columns]
        # A department's name is painted bold across its columns: a one-person department
        # with a long name (项目管理办公室) widens its column rather than show "项目…".
        bold = QFont(cols.font())
        bold.setBold(True)
        band = QFontMetrics(bold)
        for start, end, label in self.model.column_groups:
            if not label:
                continue
            short = band.horizontalAdvance(label) + 14 - sum(widths[start:end + 1])
            for i in range(start, end + 1):
                if short <= 0:
                    break
                grow = min(high - widths[i], -(-short // (end + 1 - i)))
                widths[i] += grow
                short -= grow
        for i, width in enumerate(widths):
            cols.resizeSection(i, width)
        widest = max((metrics.horizontalAdvance(f"{r.number}. {r.name}")
                      for r in self.model.grid.rows), default=120)
        self._vheader.set_leaf_extent(min(round(palette.TASK_NAME_MAX_WIDTH * z), widest + 48))
        self.delegate.group_columns = {start for start, _e, _l in self.model.column_groups}
        self._hheader.updateGeometry()
        self.view.updateGeometries()
        self.view.viewport().update()

    # -- showing an initiative --------------------------------------------------------------
    def set_initiative(self, initiative_id: int | None) -> None:
        self.banner.hide()
        self.model.load(initiative_id)
        self._after_load()

    def set_mode(self, mode: str) -> None:
        """Show one column per team member (``raci_grid.MEMBERS``) or per department."""
        for button in self._mode_group.buttons():
            button.setChecked(button.property("mode") == mode)
        if mode != self.model.mode:
            self.model.load(self.model.initiative_id, mode)
            self._after_load()

    @property
    def mode(self) -> str:
        return self.model.mode

    def _after_load(self) -> None:
        self._size_sections()
        self._refresh_findings()

    def _on_workspace_changed(self, change: Change) -> None:
        if self.model.initiative_id is None:
            return
        if change.touches(changes.RACI_LAYOUT):
            current = self.view.currentIndex()
            keep = self.model.cell(current) if current.isValid() else None
            self.model.load(self.model.initiative_id)
            self._after_load()
            if keep is not None:
                self.select_cell(*keep, focus=False)
        elif ChangeArea.RACI in change:
            own = self._own_change
            if own is not None and own[0] == self.model.initiative_id:
                self.model.apply_letters(own[1])
            else:
                self.model.reload_letters()
            self._refresh_findings()

    def _refresh_findings(self) -> None:
        findings = self.model.findings
        self.findings_list.clear()
        for f in findings:
            row = self.model.row_of_task(f.row_id or 0)
            number = self.model.grid.rows[row].number if row is not None else ""
            item = QListWidgetItem(f"{number}. {f.item}\n{f.message}")
            item.setData(FINDING_ROLE, f)
            item.setForeground(palette.BROKEN_TEXT)
            self.findings_list.addItem(item)
        broken = len({f.row_id for f in findings})
        grid = self.model.grid
        if self.model.initiative_id is None:
            text = self.tr("No initiative is open.")
        elif not grid.rows:
            text = self.tr("No tasks yet: add them in Form 4 (tracking).")
        elif not grid.columns:
            text = (self.tr("No team members yet: add them in Form 2.")
                    if self.model.mode == raci_grid.MEMBERS
                    else self.tr("No departments take part yet."))
        elif broken:
            text = self.tr("%n task(s) break a RACI rule", "", broken)
        else:
            text = self.tr("Every task has one A and at least one R")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {palette.BROKEN_TEXT.name()}; font-weight: bold"
                                   if broken else "")
        self.findings_title.setText(self.tr("Broken rules (%n)", "", len(findings)))
        self.findings_changed.emit(list(findings))

    @property
    def findings(self) -> list[Finding]:
        return list(self.model.findings)

    # -- jumping ----------------------------------------------------------------------------
    def _jump_to_item(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding) and finding.row_id is not None:
            self.select_cell(finding.row_id, finding.column)

    def select_cell(self, task_id: int, column_key: str = "", *, focus: bool = True) -> bool:
        """Make a task's cell current and visible (the first cell when the column is not
        shown); returns False when the task is not in the grid."""
        row = self.model.row_of_task(task_id)
        if row is None or not self.model.grid.columns:
            return False
        column = self.model.column_of_key(column_key) or 0
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, RaciView.ScrollHint.PositionAtCenter)
        if focus:
            self.view.setFocus()
        return True

    def select_row(self, form: str, row_id: int, key: str | None = None) -> bool:
        """The main window's way to show a task after an undo or from the status bar
        (``key``: the column's key, if known)."""
        return form == "raci" and self.select_cell(row_id, key or "")

    # -- changing letters -------------------------------------------------------------------
    def _selected(self) -> list[QModelIndex]:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        return sorted(indexes, key=lambda i: (i.row(), i.column()))

    def _cycle(self, index: QModelIndex) -> None:
        new = raci_grid.next_letter(self.model.letter_at(index) or None)
        self._apply({self.model.cell(index): new},
                    self.tr("Set %1 on %2").replace("%1", new or "–")
                    .replace("%2", self._cell_name(index)))

    def set_selected(self, letter: str | None) -> None:
        """Set (or with None clear) every selected cell, as one undo step."""
        indexes = self._selected()
        if not indexes:
            return
        changes = {self.model.cell(i): letter for i in indexes}
        if letter is None:
            text = self.tr("Clear %n RACI cell(s)", "", len(changes))
        else:
            text = self.tr("Set %n RACI cell(s) to ", "", len(changes)) + letter
        self._apply(changes, text)

    def _cell_name(self, index: QModelIndex) -> str:
        row = self.model.grid.rows[index.row()]
        return f"{row.name} / {self.model.grid.columns[index.column()].label}"

    def _apply(self, changes: dict[raci_grid.Cell, str | None], text: str) -> bool:
        initiative = self.model.initiative_id
        changes = {cell: letter for cell, letter in changes.items()
                   if (self.model.grid.letter(*cell) or None) != letter}
        if initiative is None or not changes:
            return False
        refusal = perform(self._undo, SetLettersCommand(
            self._ws, initiative, changes, text,
            on_error=lambda e: self.show_message(e.message()),
            store=lambda letters: self._store(initiative, letters)))
        if refusal is not None:
            self.show_message(refusal.message())
            return False
        self.banner.hide()
        return True

    def _store(self, initiative: int, letters: dict[raci_grid.Cell, str | None]
               ) -> dict[raci_grid.Cell, str | None]:
        """Store letters and take them straight into the grid: the file's "raci" notice
        that follows is ours, so the grid need not read every letter back."""
        self._own_change = (initiative, letters)
        try:
            old = raci_grid.set_cells(self._ws, initiative, letters)
            self._ws.deliver()  # our own notice, heard now, while we know what it holds
            return old
        finally:
            self._own_change = None

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- Excel's clipboard ------------------------------------------------------------------
    def copy_selection(self) -> None:
        """Copy the selected block as tab-separated text, the way Excel reads a paste."""
        indexes = self._selected()
        if not indexes:
            return
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        chosen = {(i.row(), i.column()) for i in indexes}
        block = [[self.model.letter_at(self.model.index(r, c)) if (r, c) in chosen else ""
                  for c in range(min(cols), max(cols) + 1)]
                 for r in range(min(rows), max(rows) + 1)]
        QApplication.clipboard().setText(raci_grid.format_block(block))

    def paste(self) -> None:
        """Paste a block from Excel at the selection's top-left cell; one value copied
        from a single cell fills the whole selection, as in Excel."""
        indexes = self._selected()
        if not indexes or self.model.initiative_id is None:
            return
        try:
            block = raci_grid.parse_block(QApplication.clipboard().text())
        except UserError as exc:
            self.show_message(exc.message())
            return
        if not block:
            return
        changes: dict[raci_grid.Cell, str | None] = {}
        if len(block) == 1 and len(block[0]) == 1:
            targets = [(i.row(), i.column()) for i in indexes]
            changes = {self.model.cell(self.model.index(r, c)): block[0][0] for r, c in targets}
            dropped = 0
        else:
            top = min(i.row() for i in indexes)
            left = min(i.column() for i in indexes)
            targets, dropped = [], 0
            for dr, line in enumerate(block):
                for dc, letter in enumerate(line):
                    r, c = top + dr, left + dc
                    if r >= self.model.rowCount() or c >= self.model.columnCount():
                        dropped += 1
                        continue
                    targets.append((r, c))
                    changes[self.model.cell(self.model.index(r, c))] = letter
        if self._apply(changes, self.tr("Paste %n RACI cell(s)", "", len(changes))):
            self._select_block(targets)
        if dropped:
            self.show_message(self.tr("%n pasted cell(s) fell outside the grid and were left "
                                      "out.", "", dropped))

    def _select_block(self, cells: list[tuple[int, int]]) -> None:
        if not cells:
            return
        selection = QItemSelection()
        for r, c in cells:
            index = self.model.index(r, c)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
