"""Colours and marker shapes shared by the Qt matrix and the printed charts, so a marker
means the same on screen, on paper and in a PNG. Plain hex strings: no drawing library."""

from __future__ import annotations

from app.enums import PainKind, Quadrant

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
