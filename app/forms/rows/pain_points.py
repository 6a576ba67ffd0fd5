"""Form 3: pain points, with their rank, quadrant and status derived, never typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.forms import derived, specs
from app.forms.choices import PainStatus
from app.forms.rows.base import FormRows, departments_by_name
from app.store.changes import ChangeArea
from app.store.models import PainPoint


class PainPointRows(FormRows):
    spec = specs.PAIN_POINTS
    model = PainPoint
    areas = (ChangeArea.PAIN_POINTS,)
    rows_stand_alone = False  # the priority ranks each pain point among the others
    plain = frozenset({"step", "kind", "description", "impact", "frequency", "evidence"})

    def prepare(self, session: Session, initiative_id: int, objs: list[Any],
                today: dt.date | None) -> dict[int, int]:
        return derived.ranks(objs)

    def read(self, session: Session, obj: PainPoint, key: str, extra: Any) -> Any:
        if key == "priority":
            return extra[obj.id]
        if key == "quadrant":
            return derived.quadrant(obj.impact, obj.frequency).value
        if key == "status":
            return pain_status(obj).value
        if key == "departments":
            return [d.name for d in obj.departments]
        if key == "measures":
            return ", ".join(m.name for m in sorted(obj.measures, key=lambda m: m.position))
        return getattr(obj, key)

    def write_special(self, session: Session, obj: PainPoint, key: str, value: object) -> None:
        if key == "departments":
            obj.departments = departments_by_name(session, value)
        else:
            raise KeyError(key)

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> PainPoint:
        return PainPoint(initiative_id=initiative_id, step="", impact=3, frequency=3,
                         kind="pain_point")


def pain_status(point: PainPoint) -> PainStatus:
    """A pain point is addressed as soon as a measure points at it."""
    return PainStatus.ADDRESSED if point.measures else PainStatus.OPEN
