"""The version tag printed on every sheet, derived from the sheet's content alone.

The same content always gives the same tag, in either language and on any day, so a
signature recorded against a tag says exactly which content was signed; any change to the
rows gives a new tag, which is how stale signatures are found.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable

from app.forms.rows.base import Row
from app.forms.specs import FormSpec, Kind

PREFIX = "V-"
LENGTH = 6  # hex digits: 16.7 million tags, plenty to tell one printing of a form from another
# References are stored as ids; their names are what the reader sees, so the names count.
_BY_TEXT = frozenset({Kind.PERSON, Kind.MEASURE, Kind.PREDECESSORS, Kind.PAIN_POINTS})


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def canonical_rows(spec: FormSpec, rows: Iterable[Row]) -> list[list[object]]:
    """The rows as printed, without what depends on the language: stored values, and the
    shown text for references."""
    return [[row.text[f.key] if f.kind in _BY_TEXT else _plain(row.values[f.key])
             for f in spec.fields] for row in rows]


def tag_for(key: str, content: object) -> str:
    """``V-`` and six hex digits of a SHA-256 of the sheet key and its content."""
    blob = json.dumps([key, content], ensure_ascii=False, sort_keys=True, default=str,
                      separators=(",", ":"))
    return PREFIX + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:LENGTH].upper()


def looks_like_tag(text: str) -> bool:
    body = text[len(PREFIX):]
    return (text.startswith(PREFIX) and len(body) == LENGTH
            and all(c in "0123456789ABCDEF" for c in body))
