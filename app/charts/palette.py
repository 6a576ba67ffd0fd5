"""Colours and marker shapes shared by the Qt matrix and the printed charts, so a marker
means the same on screen, on paper and in a PNG. Plain hex strings: no drawing library."""

from __future__ import annotations

from app.forms.choices import PainKind, Quadrant

# Light fill of a quadrant's cells, and the strong colour of its name band. Chosen to stay
# apart on a washed-out projector: warm for "act now"/"plan", cool for "quick fix".
QUADRANT_FILL = {
    Quadrant.ACT_NOW: "#fbd9d3",
    Quadrant.PLAN: "#fdebc8",
    Quadrant.QUICK_FIX: "#d6e6f5",
    Quadrant.WATCH: "#ececec",
}
QUADRANT_BAND = {
    Quadrant.ACT_NOW: "#c0392b",
    Quadrant.PLAN: "#d68910",
    Quadrant.QUICK_FIX: "#2e75b6",
    Quadrant.WATCH: "#7f8c8d",
}

# Shape and colour both tell the kind, so it reads in black-and-white print too.
KIND_SHAPE = {
    PainKind.BREAK_POINT: "diamond",
    PainKind.BLOCKAGE: "square",
    PainKind.PAIN_POINT: "circle",
}
KIND_COLOUR = {
    PainKind.BREAK_POINT: "#6a1b9a",
    PainKind.BLOCKAGE: "#a0400b",
    PainKind.PAIN_POINT: "#0b5394",
}

GRID_LINE = "#ffffff"
THRESHOLD_LINE = "#555555"
TEXT = "#222222"
MUTED = "#666666"

# KPI bars
BEFORE = "#9e9e9e"
TARGET = "#ffffff"
TARGET_EDGE = "#37474f"
MET = "#2e7d32"
NOT_MET = "#c62828"
PENDING = "#cfd8dc"

# The Gantt chart on paper. The same hues as the Gantt tab (red is late, orange the early
# warning, purple outlines the critical path); the day shading is a shade darker than on
# screen so that it survives a laser printer.
GANTT_BAR = "#5b8bd0"
GANTT_BAR_PROGRESS = "#2f5d9e"
GANTT_DONE = "#8fbf8f"
GANTT_DONE_PROGRESS = "#4f8f4f"
GANTT_LATE = "#d9423b"
GANTT_LATE_PROGRESS = "#9e1f1a"
GANTT_WARN = "#f29423"
GANTT_WARN_PROGRESS = "#b86406"
GANTT_CRITICAL = "#7b2cbf"
GANTT_ACTUAL = "#37474f"
GANTT_BASELINE = "#9e9e9e"  # the reference baseline's thin bar, under each task's bar
GANTT_MILESTONE = "#263238"
GANTT_SLACK = "#90a4ae"
GANTT_ARROW = "#78909c"
GANTT_TODAY = "#e53935"
GANTT_WEEKEND = "#ececec"
GANTT_HOLIDAY = "#f9dcdb"
GANTT_MAKEUP = "#e0f0e0"
GANTT_GRID = "#d5dbe1"
GANTT_GROUP_ROW = "#e6ebf1"
GANTT_HEADER_BG = "#f2f4f7"
GANTT_HEADER_TEXT = "#37474f"
GANTT_TEXT = "#263238"


def gantt_bar_colours(done: bool, late: bool, due_soon: bool) -> tuple[str, str]:
    """Fill and progress colours of a task's bar: done green, late red, early warning
    orange, otherwise blue. ``late`` is an overdue task or one owing a risk notice."""
    if done:
        return GANTT_DONE, GANTT_DONE_PROGRESS
    if late:
        return GANTT_LATE, GANTT_LATE_PROGRESS
    if due_soon:
        return GANTT_WARN, GANTT_WARN_PROGRESS
    return GANTT_BAR, GANTT_BAR_PROGRESS
