"""The bundled CJK font, so Chinese shows on machines that have none installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import cjk_font_path

_family: str | None = None


def install_cjk_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the fallback for Han characters.

    The system's UI font stays first for Latin text; Qt falls back to the bundled family
    for characters the system font lacks.
    """
    global _family
    if _family is not None:
        return _family
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    _family = families[0]
    base = app.font()
    fam = base.families() or [base.family()]
    if _family not in fam:
        base.setFamilies([*fam, _family])
    if base.pointSizeF() < 10:
        base.setPointSizeF(10)
    app.setFont(base)
    QFont.insertSubstitution(base.family(), _family)
    return _family


def cjk_family() -> str | None:
    return _family
