"""Errors the user can cause, each carrying a catalogue key so every front end can say it."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import current_language, normalise_language, tr


@dataclass(frozen=True)
class Label:
    """A catalogue key passed as a message argument, put into words in the reader's language."""

    key: str
    args: tuple[tuple[str, object], ...] = ()  # the key's own arguments, if it has any

    def __str__(self) -> str:
        return tr(self.key, **dict(self.args))


@dataclass(frozen=True)
class Labels:
    """Several catalogue keys (e.g. the choices of a field), put into words as one list."""

    keys: tuple[str, ...]

    def words(self, lang: str | None = None) -> str:
        sep = "、" if normalise_language(lang or current_language()) == "zh_CN" else ", "
        return sep.join(tr(k, lang) for k in self.keys)

    def __str__(self) -> str:
        return self.words()


def _words(fmt: dict[str, object], lang: str | None) -> dict[str, object]:
    return {
        k: tr(v.key, lang, **dict(v.args)) if isinstance(v, Label)
        else v.words(lang) if isinstance(v, Labels) else v
        for k, v in fmt.items()
    }


class UserError(Exception):
    """Bad input or a refused file: shown to the user as a message, never as a traceback."""

    def __init__(self, key: str, **fmt: object) -> None:
        self.key = key
        self.fmt = fmt
        super().__init__(tr(key, "en", **_words(fmt, "en")))

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **_words(self.fmt, lang))


class Cancelled(UserError):
    """The user stopped a long job (a print, an export, an import's reading); raised from a
    progress callback. Whatever stops on it writes and changes nothing."""

    def __init__(self) -> None:
        super().__init__("error.cancelled")


class UsageError(UserError):
    """A command line that asks for something that does not exist (exit status 2)."""


class WorkspaceError(UserError):
    """The workspace file cannot be opened or written as asked."""


class LockedError(WorkspaceError):
    """Another running program writes this workspace; ``holder`` says who."""

    def __init__(self, holder: str) -> None:
        super().__init__("error.workspace.locked", holder=holder)
        self.holder = holder


class ValidationError(UserError):
    """A value the forms refuse; nothing was stored."""
