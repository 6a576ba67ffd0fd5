"""The program's language on the Qt side: which language, and the catalogues that speak it.

The language is chosen once at start-up, in this order: ``--lang`` on the command line, the
language picked in Preferences, the ``CROSSDESK_LANG`` environment variable, the system's
UI language. Qt's widgets cannot all re-translate themselves while running, so a change in
Preferences takes effect at the next start (the dialog says so).

The core's own catalogue (app.i18n) is switched to the same language, so printed sheets and
exported workbooks match the screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as core_i18n
from app.paths import resources_dir

LANGUAGES = core_i18n.LANGUAGES  # ("en", "zh_CN")
CATALOGUE_NAME = "crossdesk"
QT_CATALOGUES = ("qtbase",)
# Qt's strings that Qt 6 renamed and qtbase_zh_CN lacks ("&Look in:"), shipped by us.
QT_GAPS_CATALOGUE = "qt_gaps"


def system_language() -> str:
    """The language the user's system is set to, as one of ``LANGUAGES``."""
    override = os.environ.get("CROSSDESK_LANG")
    if override:
        return core_i18n.normalise_language(override)
    for name in QLocale.system().uiLanguages():
        if name.replace("-", "_").lower().startswith(("zh_hans", "zh_cn", "zh_sg", "zh")):
            # Traditional Chinese readers still get Simplified rather than English.
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return core_i18n.DEFAULT_LANGUAGE


def choose_language(command_line: str | None, preference: str | None) -> str:
    """``--lang`` wins over the Preferences choice, which wins over the system."""
    for choice in (command_line, preference):
        if choice:
            return core_i18n.normalise_language(choice)
    return system_language()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's configured folder, then PySide6's folder in a
    frozen bundle (in case the bundle's Qt was not told where it lives)."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    return found


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{name}_zh_CN", str(folder)):
            return translator
        translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the catalogues for ``lang`` on ``app``; English needs none.

    Also sets the core's language and Qt's default locale, so dates and numbers in widgets
    follow the chosen language. Returns the installed translators (parented to ``app``).
    """
    lang = core_i18n.set_language(lang)
    installed: list[QTranslator] = []
    if lang == "zh_CN":
        if QLocale.system().language() != QLocale.Language.Chinese:
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        own = _load(app, CATALOGUE_NAME, [translations_dir()])
        if own is not None:
            installed.append(own)
        for name in QT_CATALOGUES:
            qt = _load(app, name, qt_translations_dirs())
            if qt is not None:
                installed.append(qt)
        gaps = _load(app, QT_GAPS_CATALOGUE, [translations_dir()])
        if gaps is not None:
            installed.append(gaps)
    elif QLocale.system().language() == QLocale.Language.Chinese:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in installed:
        app.installTranslator(translator)
    return installed
