"""Render the program's icon from its SVG sources into the PNG sizes and the Windows .ico.

The generated files are committed, so the program and the installers never need Pillow at
run time; run this again only after changing an SVG:

    python installer/make_icons.py

Small sizes come from their own pixel-aligned drawings (crossdesk-16.svg, crossdesk-32.svg):
the full drawing scaled down to 16 px turns into a blur.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def source_for(size: int) -> Path:
    """The drawing that looks best at ``size`` pixels."""
    if size <= 16:
        return ICONS / "crossdesk-16.svg"
    if size <= 32:
        return ICONS / "crossdesk-32.svg"
    return ICONS / "crossdesk.svg"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in PNG_SIZES:
        renderer = QSvgRenderer(str(source_for(size)))
        if not renderer.isValid():
            raise SystemExit(f"cannot read {source_for(size)}")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = ICONS / f"crossdesk-{size}.png"
        if not image.save(str(out)):
            raise SystemExit(f"cannot write {out}")
        written.append(out)
    return written


def write_ico() -> Path:
    """One .ico holding every size as its own bitmap (not one bitmap resized by Pillow)."""
    from PIL import Image

    frames = [Image.open(ICONS / f"crossdesk-{s}.png").convert("RGBA") for s in ICO_SIZES]
    out = ICONS / "crossdesk.ico"
    largest = frames[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    return out


def main() -> int:
    for path in [*render_pngs(), write_ico()]:
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
