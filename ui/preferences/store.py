"""The program's own per-user preferences (language, the tab last in view), stored apart from any workspace.

An INI file in the program's data folder rather than the registry: CROSSDESK_HOME redirects
it, so tests and portable installs stay self-contained, and a user can read it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.paths import user_data_dir

# Each language is named in itself, so a user who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class Preferences:
    LANGUAGE = "general/language"
    LAST_TAB = "window/last_tab"
    GEOMETRY = "window/geometry"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            str(user_data_dir() / "preferences.ini"), QSettings.Format.IniFormat
        )

    @property
    def language(self) -> str:
        """"en", "zh_CN", or "" to follow the system."""
        value = str(self._settings.value(self.LANGUAGE, "") or "")
        return value if value in LANGUAGE_NAMES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(self.LANGUAGE, value if value in LANGUAGE_NAMES else "")
        self._settings.sync()

    @property
    def last_tab(self) -> str:
        """The tab in view when the program last closed ("" if none): it opens there again,
        so a coordinator who works in the Gantt chart does not start on Form 1 each time."""
        return str(self._settings.value(self.LAST_TAB, "") or "")

    @last_tab.setter
    def last_tab(self, key: str) -> None:
        self._settings.setValue(self.LAST_TAB, key)
        self._settings.sync()


    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's size, place and maximised state when it last closed (Qt's
        saveGeometry), or None the first time."""
        value = self._settings.value(self.GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue(self.GEOMETRY, value)

    def value(self, key: str) -> str:
        """A remembered string (e.g. the folder a dialog last used), "" if none."""
        return str(self._settings.value(key, "") or "")

    def set_value(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()


def saved_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    return Preferences().language or None
