"""What people type, read into values: dates written the ways people write them, whole
numbers, and lists of names pasted from a message or a spreadsheet.

One definition for every entry point: a cell typed in the program, a cell read from an
Excel sheet, a date on the command line and a line of an imported holiday list all go
through here, so a date that one of them accepts the others accept too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# 2027-03-31, 2027/3/31, 2027.3.31, 2027年3月31日 (also 号), optionally with a time of day
# as Excel writes one ("2027-03-31 00:00:00").
_FULL = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")  # 20270331
# 3/31, 3-31, 3.31, 3月31日: the year is the one that puts the day nearest a reference.
_NO_YEAR = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_LIST_SPLIT = re.compile(r"[、,，;；\n\r\t]+")
# 3, +3, -3, and 3.0 / 3.00: a whole number written with a zero fraction.
_WHOLE = re.compile(r"([+-]?[0-9]+)(?:\.0+)?")
# An input method's full-width digits, signs and point, as ASCII.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９＋－．", "0123456789+-.")


class NotADate(ValueError):
    """The text does not name a day in any of the ways listed in ``parse_date``."""


def _normal(text: str) -> str:
    # Full-width digits and slashes (an input method's) read like the ASCII ones.
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str, near: dt.date | None = None,
               today: dt.date | None = None) -> dt.date | None:
    """The day ``text`` names, or None for an empty text.

    Accepted: 2027-03-31, 2027/3/31, 2027.3.31, 20270331, 2027年3月31日, and without a
    year 3/31, 3-31, 3.31 or 3月31日; a day without a year gets the year that puts it
    nearest ``near`` (say, the row's other date), else nearest ``today``. Raises
    ``NotADate`` for anything else, including days that do not exist (2027-02-30).
    """
    cleaned = _normal(text)
    if not cleaned:
        return None
    found = _FULL.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    try:
        if found:
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        found = _NO_YEAR.fullmatch(cleaned)
        if found:
            return _nearest(int(found[1]), int(found[2]), near or today or dt.date.today())
    except ValueError:
        pass
    raise NotADate(text)


def _nearest(month: int, day: int, ref: dt.date) -> dt.date:
    """Of the years around ``ref`` (four either side, so 29 February finds a leap year),
    the one that puts month/day nearest ``ref``."""
    candidates = []
    for year in range(ref.year - 4, ref.year + 5):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"{month}/{day}")
    return min(candidates, key=lambda d: (abs((d - ref).days), d))


def whole_number(value: object) -> int | None:
    """The whole number a cell holds, or None when it holds none.

    An int; a float without a fraction (Excel keeps every number as one); text of digits
    with an optional sign, and "3.0" too: a number cell copied or saved as text keeps its
    zero fraction, and it is still the number 3 (a rating, a row's number or its ID).
    Full-width digits read as the ASCII ones. Not whole: 3.5, "3.5", "三", "", True.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        found = _WHOLE.fullmatch(value.strip().translate(_HALF_WIDTH))
        return int(found[1]) if found else None
    return None


def split_names(text: str) -> list[str]:
    """Names from one text: one per line, or separated by 、，,;； or tabs; blanks and
    repeats dropped, the first spelling kept."""
    result: list[str] = []
    for part in _LIST_SPLIT.split(text or ""):
        name = part.strip()
        if name and name not in result:
            result.append(name)
    return result
