"""The optimisation measures that group Form 4's tasks and address Form 3's pain points."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.forms import specs
from app.forms.rows.base import FormRows
from app.store.changes import ChangeArea
from app.store.models import Measure, PainPoint


class MeasureRows(FormRows):
    spec = specs.MEASURES
    model = Measure
    areas = (ChangeArea.MEASURES, ChangeArea.PAIN_POINTS)
    plain = frozenset({"name", "description"})

    def read(self, session: Session, obj: Measure, key: str, extra: Any) -> Any:
        if key == "pain_points":
            return [p.id for p in sorted(obj.pain_points, key=lambda p: (p.position, p.id))]
        return getattr(obj, key)

    def write_special(self, session: Session, obj: Measure, key: str, value: object) -> None:
        if key != "pain_points":
            raise KeyError(key)
        items = [value] if isinstance(value, int | str) else value
        try:
            ids = [] if not value else [int(i) for i in items]  # type: ignore[union-attr]
        except (TypeError, ValueError):
            raise ValidationError("error.value.unknown_pain_point", value=value) from None
        points = list(session.scalars(select(PainPoint).where(
            PainPoint.id.in_(ids), PainPoint.initiative_id == obj.initiative_id)))
        if len(points) != len(set(ids)):
            raise ValidationError("error.value.unknown_pain_point", value=ids)
        obj.pain_points = sorted(points, key=lambda p: ids.index(p.id))

    def new_object(self, session: Session, initiative_id: int, values: dict[str, Any]) -> Measure:
        return Measure(initiative_id=initiative_id, name="")
