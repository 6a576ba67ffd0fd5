"""What every chart shares: the bundled Chinese font, a fresh figure, and PNG output.

matplotlib is imported inside these functions (see the package docstring). Figures are
made with ``matplotlib.figure.Figure`` rather than pyplot, so no global figure list grows
and no GUI backend is ever touched.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import cjk_font_path

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 150


@cache
def cjk_family() -> str:
    """Register the bundled CJK font with matplotlib once; returns its family name."""
    from matplotlib import font_manager

    path = str(cjk_font_path())
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def style() -> dict[str, Any]:
    """rc settings a chart is built under: Chinese first, DejaVu for the symbols it lacks."""
    return {
        # Concrete names, not "sans-serif": a text resolves a generic family when it is
        # drawn, after this rc context has ended.
        "font.family": [cjk_family(), "DejaVu Sans"],
        "axes.unicode_minus": False,  # the CJK font has no U+2212 minus sign
        "svg.fonttype": "none",
    }


def new_figure(width_in: float, height_in: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width_in, height_in), dpi=100)


def png_bytes(figure: Figure, dpi: int = DPI) -> bytes:
    """The figure as PNG, for a printed sheet or the clipboard."""
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


def save_png(figure: Figure, path: str | Path, dpi: int = DPI) -> Path:
    path = Path(path)
    path.write_bytes(png_bytes(figure, dpi))
    return path
