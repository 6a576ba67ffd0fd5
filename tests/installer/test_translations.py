"""Every string a user sees has Chinese: the Qt layer's catalogue and the core's."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from app import i18n as core

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import translations  # noqa: E402

CJK = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^}]*)?\}")
FIELD_NAME = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^}]*)?\}")
# English words that stay the same in Chinese text (acronyms and the product's name).
KEPT_WORDS = {"RACI", "KPI", "KPIs", "CrossDesk", "Excel", "PDF", "PNG", "SVG", "ID", "OK"}


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue, brought up to date with today's ui/ sources by lupdate."""
    ts = tmp_path_factory.mktemp("ts") / "crossdesk_zh_CN.ts"
    shutil.copy(translations.TS_FILE, ts)
    translations.update(ts)
    return ts


def test_every_ui_string_has_chinese(current_ts: Path) -> None:
    found = translations.messages(current_ts)
    assert len(found) >= 10, "lupdate found almost no strings: is it reading ui/?"
    missing = [m.where for m in translations.missing(current_ts)]
    assert not missing, (
        f"{len(missing)} ui string(s) without Chinese; run `python installer/translations.py`"
        " after adding them to installer/zh_CN_ui.py:\n" + "\n".join(missing)
    )


def test_chinese_keeps_every_placeholder(current_ts: Path) -> None:
    wrong = [
        f"{m.where} -> {m.translation!r}"
        for m in translations.placeholder_mismatches(current_ts)
    ]
    assert not wrong, "translations that lost or added a %1/%n/{name}:\n" + "\n".join(wrong)


def test_chinese_is_chinese(current_ts: Path) -> None:
    """A translation that is still English (copied source) is a miss too."""
    lazy = [
        m.where for m in translations.messages(current_ts)
        if m.finished and _is_prose(m.source) and not CJK.search(m.translation)
    ]
    assert not lazy, "translations with no Chinese in them:\n" + "\n".join(lazy)


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    """The shipped .qm is lrelease's output of the committed .ts, not a stale one."""
    gaps = translations.release(translations.QT_GAPS_TS, tmp_path / "gaps.qm")
    assert gaps.read_bytes() == translations.QT_GAPS_TS.with_suffix(".qm").read_bytes()
    fresh = translations.release(translations.TS_FILE, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == translations.QM_FILE.read_bytes(), (
        "resources/translations/crossdesk_zh_CN.qm is stale: run "
        "`python installer/translations.py release`"
    )


def _is_prose(english: str) -> bool:
    """True when the text holds a real English word (not only placeholders, acronyms,
    numbers and punctuation)."""
    bare = PLACEHOLDER.sub("", english).replace("&", "")
    bare = re.sub(r"%(\d+|n)", "", bare)
    words = re.findall(r"[A-Za-z]{2,}", bare)
    return any(w not in KEPT_WORDS and not w.isupper() for w in words)


@pytest.mark.parametrize("key", core.all_keys())
def test_core_catalogue_entry_has_chinese(key: str) -> None:
    english, chinese = core.tr(key, "en"), core.tr(key, "zh_CN")
    assert chinese.strip(), f"{key}: no Chinese"
    # the names must match; a width (e.g. {reason:<18}) may differ, Chinese being wider
    assert sorted(FIELD_NAME.findall(english)) == sorted(FIELD_NAME.findall(chinese)), (
        f"{key}: placeholders differ: {english!r} / {chinese!r}"
    )
    if _is_prose(english):
        assert chinese != english and CJK.search(chinese), f"{key}: not translated: {chinese!r}"


def test_prose_detection() -> None:
    assert _is_prose("Add &row")
    assert _is_prose("{count} tasks late")
    assert not _is_prose("[{id}] {name}")
    assert not _is_prose("RACI")
    assert not _is_prose("%1 / %2")


@pytest.fixture
def chinese_app(qapp: QCoreApplication):
    """The application with the Chinese catalogues installed, removed again afterwards."""
    from ui.common.i18n import install_translators

    before = core.current_language()
    installed = install_translators(qapp, "zh_CN")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    core.set_language(before)
    QLocale.setDefault(QLocale.system())


def test_translators_speak_chinese(chinese_app: list[QTranslator]) -> None:
    # ours, Qt's own (standard buttons) and ours for what Qt 6's own catalogue lacks
    assert len(chinese_app) == 3
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "首选项"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    # the core follows, so printed sheets match the screen
    assert core.current_language() == "zh_CN"
    assert QLocale().language() == QLocale.Language.Chinese


def test_english_needs_no_catalogue(qapp: QCoreApplication) -> None:
    from ui.common.i18n import install_translators

    before = core.current_language()
    try:
        assert install_translators(qapp, "en") == []
        assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferences"
        assert core.current_language() == "en"
    finally:
        core.set_language(before)
        QLocale.setDefault(QLocale.system())


def test_every_message_is_found_at_run_time(current_ts: Path) -> None:
    """``parent.tr("…")`` is filed by lupdate under "parent" but looked up under the
    object's class, so it would stay English: use QCoreApplication.translate("Ctx", "…")."""
    stray = [m.where for m in translations.stray_contexts(current_ts)]
    assert not stray, "messages under a context no class has:\n" + "\n".join(stray)
