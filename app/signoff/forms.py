"""Which forms are signed, by whom, and the version tag each signature is recorded against.

Forms 1 to 5 and the RACI sheet are signed on their printout; the plan review of step 4
(the measures, their tasks and the RACI together) is signed by every participating
department head. A printed sheet's tag is the one ``app.printing.registry`` computes from
its content; the plan's tag is made from the tags of the sheets it consists of, so no
content is hashed twice and the plan changes exactly when one of them does.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy.orm import Session

from app.forms import specs
from app.forms.rows import access
from app.printing import version


class Signers(Enum):
    HEADS = "heads"  # the head of every participating department
    TEAM = "team"  # the overall lead and the department liaisons


PLAN = "plan"
# Signed forms in the method's order, with who signs them.
SIGNED: dict[str, Signers] = {
    "goals": Signers.HEADS,
    "team": Signers.TEAM,
    "pain_points": Signers.TEAM,
    PLAN: Signers.HEADS,
    "tracking": Signers.TEAM,
    "raci": Signers.TEAM,
    "evaluation": Signers.TEAM,
}
# The printed sheets the plan review covers.
PLAN_SHEETS = ("tracking", "raci")


def signed_forms() -> list[str]:
    return list(SIGNED)


def title_key(form: str) -> str:
    """The catalogue key of the form's title as the sign-off panel names it."""
    return "signoff.plan.title" if form == PLAN else f"form.{form}.title"


def tag_of(session: Session, initiative_id: int, form: str,
           today: dt.date | None = None) -> str:
    """The version tag a signature of ``form`` is compared with: the printed sheet's tag,
    or, for the plan review, one made of the measures and the plan's sheets' tags."""
    from app.printing.registry import current_tag

    if form != PLAN:
        return current_tag(session, initiative_id, form, today)
    day = today or dt.date.today()
    measures = access("measures").rows(session, initiative_id, "en", day)
    return version.tag_for(PLAN, [
        version.canonical_rows(specs.MEASURES, measures),
        [current_tag(session, initiative_id, key, day) for key in PLAN_SHEETS]])
