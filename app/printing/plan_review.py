"""The plan review of step 4 as a sheet of its own: the measures, the versions of Form 4 and
of the RACI matrix it covers, and the signatures of every participating department head.

Its version tag is made of the measures and of those two sheets' own tags, so it changes
exactly when one of them does, and a signature on it goes stale then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.forms import specs
from app.forms.rows import Row, access
from app.i18n import tr
from app.printing import signature, version
from app.printing.content import Column, SheetData
from app.printing.sheets import NUMBER_WEIGHT

COVERS = ("tracking", "raci")  # the sheets the plan review signs for, with the measures


@dataclass(frozen=True)
class PlanReviewSheet:
    key: str = "plan"

    def _parts(self, session: Session, initiative_id: int, today: dt.date
               ) -> tuple[list[Row], list[str], str]:
        from app.printing.registry import current_tag

        measures = access("measures").rows(session, initiative_id, "en", today)
        covered = [current_tag(session, initiative_id, key, today) for key in COVERS]
        tag = version.tag_for(self.key, [version.canonical_rows(specs.MEASURES, measures),
                                         covered])
        return measures, covered, tag

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        return self._parts(session, initiative_id, today)[2]

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        _en, covered, tag = self._parts(session, initiative_id, today)
        rows = access("measures").rows(session, initiative_id, lang, today)
        spec = specs.MEASURES
        columns = [Column(tr("print.column.number", lang), NUMBER_WEIGHT, "RIGHT", nowrap=True)]
        columns += [Column(tr(f.label_key, lang), f.width) for f in spec.fields]
        note = tr("print.plan.covers", lang, tracking=covered[0], raci=covered[1])

        def body(sheet: SheetData, width: float, height: float) -> list[Any]:
            from reportlab.platypus import Spacer

            from app.printing.table import data_table
            from app.printing.textcell import TextCell

            return [TextCell(note, 9), Spacer(1, 6),
                    *data_table(sheet.columns, sheet.rows, width, sheet.font_size,
                                sheet.empty_text, lang)]

        return SheetData(
            key=self.key, number=None, title=tr("signoff.plan.title", lang), landscape=False,
            version=tag, columns=columns,
            rows=[[str(r.number), *(r.text[k] for k in spec.keys)] for r in rows],
            empty_text=tr("print.empty", lang), body=body,
            signature=signature.plan_block(session, initiative_id, lang, tag))
