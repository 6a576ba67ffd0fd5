"""What every chart drawn straight onto the PDF page shares: palette colours as reportlab
colours, text cut to a width with real font metrics, and text centred on a point."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor

from app.printing import fonts
from app.printing.textcell import char_width, text_width


@lru_cache(maxsize=64)
def colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def elide(text: str, width: float, size: float) -> str:
    """``text`` cut with "…" so that it is no wider than ``width``."""
    if text_width(text, size) <= width:
        return text
    room = width - char_width("…") * size
    used = 0.0
    for i, ch in enumerate(text):
        used += char_width(ch) * size
        if used > room:
            return text[:i].rstrip() + "…"
    return text


def draw_middle(canv: Any, x: float, y: float, text: str, size: float,
                anchor: str = "left") -> float:
    """``text`` with its x-height centred on ``y`` (as a chart's labels sit beside a
    marker or inside a band); returns its width."""
    return fonts.draw_string(canv, x, y - size * 0.36, text, size, anchor)


def diamond(canv: Any, cx: float, cy: float, r: float) -> Any:
    """A diamond (milestone, new pain point) of half-diagonal ``r`` as a canvas path."""
    path = canv.beginPath()
    path.moveTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.lineTo(cx - r, cy)
    path.close()
    return path
