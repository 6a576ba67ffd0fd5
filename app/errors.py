"""Errors the user can cause, each carrying a catalogue key so every front end can say it."""

from __future__ import annotations

from app.i18n import tr


class UserError(Exception):
    """Bad input or a refused file: shown to the user as a message, never as a traceback."""

    def __init__(self, key: str, **fmt: object) -> None:
        self.key = key
        self.fmt = fmt
        super().__init__(tr(key, "en", **fmt))

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.fmt)


class WorkspaceError(UserError):
    """The workspace file cannot be opened or written as asked."""


class LockedError(WorkspaceError):
    """Another running program writes this workspace; ``holder`` says who."""

    def __init__(self, holder: str) -> None:
        super().__init__("error.workspace.locked", holder=holder)
        self.holder = holder


class ValidationError(UserError):
    """A value the forms refuse; nothing was stored."""
