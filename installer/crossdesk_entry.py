"""The frozen program's entry point: PyInstaller needs a script, the program is ui.launch:main."""

from ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
