"""Which language the program starts in: --lang, then Preferences, then the system."""

from __future__ import annotations

import pytest

from ui.common.i18n import choose_language, system_language
from ui.preferences.store import Preferences, saved_language


def test_command_line_wins_over_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_LANG", "zh_CN")
    assert choose_language("en", "zh_CN") == "en"
    assert choose_language("zh_CN", "en") == "zh_CN"


def test_preferences_win_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_LANG", "en")
    assert choose_language(None, "zh_CN") == "zh_CN"


def test_system_decides_when_nothing_else_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSDESK_LANG", "zh-CN")
    assert system_language() == "zh_CN"
    assert choose_language(None, "") == "zh_CN"
    monkeypatch.setenv("CROSSDESK_LANG", "en_GB.UTF-8")
    assert choose_language(None, None) == "en"


def test_saved_language_round_trip(qapp) -> None:
    assert saved_language() is None  # a new user follows the system
    Preferences().language = "zh_CN"
    assert saved_language() == "zh_CN"
    Preferences().language = ""
    assert saved_language() is None


def test_unknown_saved_language_is_ignored(qapp) -> None:
    prefs = Preferences()
    prefs.language = "klingon"
    assert prefs.language == ""
    assert saved_language() is None
