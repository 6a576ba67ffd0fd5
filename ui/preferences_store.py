"""The program's own per-user preferences (language), stored apart from any workspace.

An INI file in the program's data folder rather than the registry: CROSSDESK_HOME redirects
it, so tests and portable installs stay self-contained, and a user can read it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import user_data_dir

# Each language is named in itself, so a user who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class Preferences:
    LANGUAGE = "general/language"

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


def saved_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    return Preferences().language or None
