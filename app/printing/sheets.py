"""The five forms as printed sheets, each laid out from its FormSpec and the rows that
``app.forms.rows`` reads, so a printed value is the value every other view shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.forms.rows import Row, access
from app.forms.specs import FieldSpec, FormSpec, Kind
from app.i18n import tr
from app.printing import version
from app.printing.content import Column, SheetData, SignatureBlock

_RIGHT = frozenset({Kind.RATING, Kind.PERCENT, Kind.NUMBER, Kind.INTEGER, Kind.RATIO})
_CENTRE = frozenset({Kind.DATE, Kind.BOOL})
_NOWRAP = _RIGHT | {Kind.DATE}
NUMBER_WEIGHT = 5  # the "#" column, in FieldSpec.width units

Signer = Callable[[Session, int, str, str], SignatureBlock]


def _align(kind: Kind) -> str:
    if kind in _RIGHT:
        return "RIGHT"
    return "CENTER" if kind in _CENTRE else "LEFT"


# Columns printed only when some row has a value: Form 4's baseline dates take two columns
# of a full landscape page, which a plan without a baseline does not need.
SHOWN_WHEN_FILLED = frozenset({"baseline_start", "baseline_finish"})


def shown_fields(spec: FormSpec, rows: list[Row]) -> tuple[FieldSpec, ...]:
    return tuple(f for f in spec.fields if f.key not in SHOWN_WHEN_FILLED
                 or any(r.values.get(f.key) is not None for r in rows))


def font_size(spec: FormSpec, fields: tuple[FieldSpec, ...] | None = None) -> float:
    """Wide forms print smaller so that every column keeps readable text."""
    units = sum(f.width for f in (spec.fields if fields is None else fields)) + NUMBER_WEIGHT
    if units <= 140:
        return 9.0
    return 8.0 if units <= 165 else 7.0


def _rows(session: Session, key: str, initiative_id: int, lang: str,
          today: dt.date) -> list[Row]:
    return access(key).rows(session, initiative_id, lang, today)


@dataclass(frozen=True)
class FormSheet:
    """A printed form: a numbered table of its rows, then its signature block."""

    spec: FormSpec
    signer: Signer

    @property
    def key(self) -> str:
        return self.spec.key

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        rows = _rows(session, self.key, initiative_id, "en", today)
        return version.tag_for(self.key, version.canonical_rows(self.spec, rows))

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        spec = self.spec
        rows = _rows(session, self.key, initiative_id, lang, today)
        tag = version.tag_for(self.key, version.canonical_rows(spec, rows))
        fields = shown_fields(spec, rows)
        columns = [Column(tr("print.column.number", lang), NUMBER_WEIGHT, "RIGHT", nowrap=True)]
        columns += [Column(tr(f.label_key, lang), f.width, _align(f.kind), f.kind in _NOWRAP)
                    for f in fields]
        return SheetData(
            key=self.key, number=spec.number, title=tr(spec.title_key, lang),
            landscape=spec.landscape, version=tag, columns=columns,
            rows=[[str(r.number), *(r.text[f.key] for f in fields)] for r in rows],
            font_size=font_size(spec, fields), empty_text=tr("print.empty", lang),
            signature=self.signer(session, initiative_id, lang, tag))

