"""Entry point of the ``crossdesk`` GUI: ``crossdesk [WORKSPACE] [--demo] [--tab KEY]
[--screenshot DIR] [--lang en|zh_CN]``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import i18n
from app.errors import UserError
from app.store.workspace import Workspace
from ui.common.fonts import install_cjk_font
from ui.window.tab_registry import tab_keys

SCREENSHOT_SIZE = (1440, 860)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crossdesk", description="CrossDesk")
    parser.add_argument("workspace", nargs="?", help="workspace file (.crossdesk) to open")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo workspace in a temporary folder")
    parser.add_argument("--tab", choices=tab_keys(), help="the tab to open on")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="render each tab to DIR/<tab>.png and exit")
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language of the program")
    return parser.parse_args(list(argv))


def choose_language(arg: str | None) -> str:
    """--lang wins, then the language saved in Preferences, then the system's."""
    from ui.common.i18n import choose_language as choose
    from ui.preferences.store import saved_language

    return choose(arg, saved_language())


def start_tab(arg: str | None, screenshot: bool) -> str | None:
    """--tab wins, then the tab in view when the program last closed (not for screenshots,
    which must not depend on the user's habits)."""
    if arg or screenshot:
        return arg
    from ui.preferences.store import Preferences

    return Preferences().last_tab or None


def install_language(app: QApplication, lang: str) -> None:
    from ui.common.i18n import install_translators

    i18n.set_language(lang)  # the core's catalogue: printed sheets, exports, messages
    install_translators(app, lang)


def take_screenshots(window: object, out_dir: Path, only: str | None) -> list[Path]:
    from PySide6.QtWidgets import QMainWindow
    assert isinstance(window, QMainWindow)
    out_dir.mkdir(parents=True, exist_ok=True)
    window.refresh_findings()  # type: ignore[attr-defined]  (normally a moment after start)
    window.rounds.signoff_panel()  # type: ignore[attr-defined]  (likewise)
    written = []
    for key in ([only] if only else tab_keys()):
        window.show_tab(key)  # type: ignore[attr-defined]
        for _ in range(3):
            QCoreApplication.processEvents()
        path = out_dir / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # screenshots need no screen
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("CrossDesk")
    app.setOrganizationName("CrossDesk")
    app.setDesktopFileName("crossdesk")  # matches the Linux desktop entry
    from ui.window.app_icon import app_icon

    app.setWindowIcon(app_icon())
    install_language(app, choose_language(args.lang))  # type: ignore[arg-type]
    install_cjk_font(app)  # type: ignore[arg-type]
    from app.backups.leftovers import clean_leftovers

    clean_leftovers()  # what restores and backups killed last time left behind

    from ui.speed.gc_policy import GarbageSweeper
    from ui.window.main_window import MainWindow

    GarbageSweeper(app)  # type: ignore[arg-type]  (full collections only while input rests)

    window = MainWindow()
    first = start_tab(args.tab, bool(args.screenshot))
    if first:
        window.show_tab(first)  # before opening, so only that tab reads its rows
    ws: Workspace | None = None
    if args.demo:
        from app.demo import create_demo

        folder = Path(tempfile.mkdtemp(prefix="crossdesk-demo-"))
        ws = create_demo(str(folder / "demo.crossdesk"))
    elif args.workspace:
        if args.screenshot:
            try:
                ws = Workspace.open(args.workspace, read_only=True)
            except UserError as exc:
                sys.stderr.write(exc.message() + "\n")
                return 1
        else:
            window.open_path(Path(args.workspace))
    if ws is not None:
        window.set_workspace(ws)
    if args.screenshot:
        window.remember_geometry = False  # a fixed size, not the user's window
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        written = take_screenshots(window, Path(args.screenshot), args.tab)
        window.close()
        for path in written:
            print(path)
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
