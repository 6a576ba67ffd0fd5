"""Which forms are signed, by whom, and the version tag each signature is recorded against.

Forms 1 to 5 and the RACI sheet are signed on their printout; the plan review of step 4
(the measures, their tasks and the RACI together) is signed by every participating
department head. Every one is a printed sheet, and a signature is compared with the tag
``app.printing.registry`` computes from that sheet's content: one definition.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy.orm import Session


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
def signed_forms() -> list[str]:
    return list(SIGNED)


def title_key(form: str) -> str:
    """The catalogue key of the form's title as the sign-off panel names it."""
    return "signoff.plan.title" if form == PLAN else f"form.{form}.title"


def tag_of(session: Session, initiative_id: int, form: str,
           today: dt.date | None = None) -> str:
    """The version tag a signature of ``form`` is compared with: the one its printed sheet
    carries (the plan review is a sheet of its own, app/printing/plan_review.py)."""
    from app.printing.registry import current_tag

    return current_tag(session, initiative_id, form, today)
