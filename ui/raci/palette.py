"""Colours and sizes of the RACI grid, chosen to read from the back of a meeting room:
each letter has its own strong colour, and a broken row is tinted red across the grid."""

from __future__ import annotations

from PySide6.QtGui import QColor

# letter → (fill, text); A is the strongest because it is the one the rules are about.
LETTER_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "R": (QColor("#1565c0"), QColor("#ffffff")),
    "A": (QColor("#6a1b9a"), QColor("#ffffff")),
    "C": (QColor("#f9a825"), QColor("#212121")),
    "I": (QColor("#b0bec5"), QColor("#212121")),
}

CELL_BACKGROUND = QColor("#ffffff")
GROUP_STRIPE = QColor("#f6f8fb")  # every other measure, so groups read as blocks
BROKEN_CELL = QColor("#fdecec")
BROKEN_MARK = QColor("#c62828")
BROKEN_HEADER = QColor("#f9d6d6")
BROKEN_TEXT = QColor("#8e1b1b")
SELECTION = QColor("#ffe082")
SELECTION_EDGE = QColor("#f57f17")
GRID_LINE = QColor("#d5dbe3")
GROUP_LINE = QColor("#6b7b8f")
HEADER_BACKGROUND = QColor("#eef1f5")
BAND_BACKGROUND = QColor("#dfe5ec")
HEADER_TEXT = QColor("#1f2933")
HEAVY = QColor("#ffb300")
MEMBER_HINT = QColor("#5f6b7a")

BASE_POINT_SIZE = 13  # projector-sized text
ROW_HEIGHT = 40
COLUMN_MIN_WIDTH = 76
COLUMN_MAX_WIDTH = 140
ROW_BAND_WIDTH = 170  # the measure names beside the task names
TASK_NAME_MAX_WIDTH = 380
