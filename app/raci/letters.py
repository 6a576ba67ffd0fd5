"""What a typed, pasted or imported RACI cell means: one rule for the grid and the import.

A cell holds R, A, C or I in either case, or the role's name in either language
("Responsible", "负责执行"); empty, "-" and quotes around it (as Excel pastes) mean none.
"""

from __future__ import annotations

from functools import cache

from app.errors import ValidationError
from app.forms.choices import RaciLetter
from app.i18n import LANGUAGES, tr

LETTERS = tuple(letter.value for letter in RaciLetter)  # R, A, C, I: the click cycle's order
_BY_TEXT = {letter: letter for letter in LETTERS}  # the one "R" object: 6 million cells fit


@cache
def _names() -> dict[str, str]:
    """Read once: an import may hold millions of cells."""
    return {tr(f"enum.RaciLetter.{letter}", lang).lower(): letter
            for letter in LETTERS for lang in LANGUAGES}


def parse_letter(value: object) -> str | None:
    """The letter ``value`` stands for, None for none; a ValidationError otherwise."""
    text = "" if value is None else str(value).strip().strip('"').strip()
    if text in ("", "-"):
        return None
    found = _BY_TEXT.get(text.upper())
    if found is None:
        found = _names().get(text.lower())
    if found is None:
        raise ValidationError("error.raci.letter", value=str(value).strip())
    return found
