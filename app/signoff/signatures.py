"""Who signed which printed version of a form, and which of those signatures are stale.

A signature is recorded after the meeting from the paper: the signer, the date and the
version tag printed at the foot of the page. When the form's content changes its tag
changes, and every signature recorded against another tag is stale: those people signed
something other than what the form now says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserError, ValidationError
from app.forms import validation as v
from app.forms.choices import Role
from app.forms.specs import FieldSpec, Kind
from app.printing import version
from app.printing.signature import participating_departments
from app.signoff.forms import SIGNED, Signers, tag_of
from app.store.changes import ChangeArea
from app.store.models import Department, Member, Person, Setting, Signoff
from app.store.workspace import Workspace

_SIGNER = FieldSpec("signer", "signoff.field.signer", Kind.TEXT, required=True, max_len=200)
_DATE = FieldSpec("signed_on", "field.signoff.signed_on", Kind.DATE, required=True)
AREAS = (ChangeArea.SIGNOFFS,)


@dataclass(frozen=True)
class SignoffLine:
    id: int
    form: str
    department: str
    signer: str
    signed: bool
    signed_on: dt.date | None
    version_tag: str
    current_tag: str  # the tag the form would print now
    stale: bool  # signed, but against another version than the form's current one


@dataclass(frozen=True)
class SignatureState:
    """What one line held; restoring it undoes a recorded or cleared signature."""

    signoff_id: int
    signer: str
    signed: bool
    signed_on: dt.date | None
    version_tag: str


def _line(s: Signoff, tag: str) -> SignoffLine:
    return SignoffLine(s.id, s.form, s.department.name if s.department else "", s.signer,
                       s.signed, s.signed_on, s.version_tag, tag,
                       stale=s.signed and s.version_tag != tag)


def has_lines(session: Session, initiative_id: int, form: str) -> bool:
    return session.scalar(select(Signoff.id).where(
        Signoff.initiative_id == initiative_id, Signoff.form == form).limit(1)) is not None


def signoff_lines(session: Session, initiative_id: int, form: str = "goals",
                  today: dt.date | None = None, *, with_tag: bool = True
                  ) -> tuple[list[SignoffLine], str]:
    """The form's sign-off lines and the tag the form would print now ("" without
    ``with_tag``, for a form that has no lines: nothing to compare)."""
    tag = tag_of(session, initiative_id, form, today) if with_tag else ""
    found = session.scalars(select(Signoff).where(
        Signoff.initiative_id == initiative_id, Signoff.form == form)
        .order_by(Signoff.position, Signoff.id))
    return [_line(s, tag) for s in found], tag


def stale_signoffs(session: Session, initiative_id: int,
                   today: dt.date | None = None) -> list[SignoffLine]:
    """Signed lines of any form whose version tag is not the form's current tag.

    A line signed without a recorded tag counts as stale: nobody can say what it confirmed.
    """
    forms = list(session.scalars(select(Signoff.form).distinct().where(
        Signoff.initiative_id == initiative_id, Signoff.signed.is_(True))))
    stale: list[SignoffLine] = []
    for form in sorted(forms):
        lines, _tag = signoff_lines(session, initiative_id, form, today)
        stale.extend(line for line in lines if line.stale)
    return stale


def form_of_line(ws: Workspace, signoff_id: int) -> str | None:
    """The form a sign-off line belongs to (None: the line is gone)."""
    with ws.read() as s:
        return s.scalar(select(Signoff.form).where(Signoff.id == signoff_id))


def _state(s: Signoff) -> SignatureState:
    return SignatureState(s.id, s.signer, s.signed, s.signed_on, s.version_tag)


def _get(session: Session, signoff_id: int) -> Signoff:
    found = session.get(Signoff, signoff_id)
    if found is None:
        raise UserError("signoff.error.missing")
    return found


def clean_tag(value: object) -> str:
    text = "" if value is None else str(value).strip().upper()
    if not version.looks_like_tag(text):
        raise ValidationError("signoff.error.bad_tag", value=text)
    return text


def record_signature(ws: Workspace, signoff_id: int, signer: str, signed_on: object,
                     version_tag: str) -> SignatureState:
    """Record that ``signer`` signed the line on ``signed_on`` against ``version_tag``, in
    one transaction; returns what the line held before, for undo. Bad values store nothing."""
    name = v.clean_text(_SIGNER, signer)
    day = v.clean_date(_DATE, signed_on)
    tag = clean_tag(version_tag)
    with ws.write(*AREAS) as s:
        line = _get(s, signoff_id)
        old = _state(line)
        line.signer, line.signed, line.signed_on, line.version_tag = name, True, day, tag
    return old


def clear_signature(ws: Workspace, signoff_id: int) -> SignatureState:
    """Mark the line unsigned (the name stays, for the next round); returns the old state."""
    with ws.write(*AREAS) as s:
        line = _get(s, signoff_id)
        old = _state(line)
        line.signed, line.signed_on, line.version_tag = False, None, ""
    return old


def restore_signature(ws: Workspace, state: SignatureState) -> None:
    with ws.write(*AREAS) as s:
        line = _get(s, state.signoff_id)
        line.signer, line.signed = state.signer, state.signed
        line.signed_on, line.version_tag = state.signed_on, state.version_tag


def expected_signers(session: Session, initiative_id: int,
                     form: str) -> list[tuple[Department | None, str]]:
    """(department, name) of everyone who signs ``form``: the participating departments'
    heads (names filled in when signing), or the overall lead and the liaisons by name."""
    if SIGNED.get(form, Signers.TEAM) is Signers.HEADS:
        return [(dep, "") for dep in participating_departments(session, initiative_id)]
    members = session.execute(
        select(Member.role, Person).join(Person, Member.person_id == Person.id)
        .where(Member.initiative_id == initiative_id,
               Member.role.in_([Role.LEAD.value, Role.LIAISON.value]))
        .order_by(Member.position, Member.id)).all()
    ordered = sorted(members, key=lambda m: m[0] != Role.LEAD.value)
    return [(person.department, person.name) for _role, person in ordered]


def add_missing_lines(ws: Workspace, initiative_id: int, form: str = "goals") -> list[int]:
    """A sign-off line of ``form`` for each expected signer who has none (a department for
    the heads' forms, a person for the team's); returns the new lines' ids (delete them
    with ``app.forms.editing.delete_rows`` to undo)."""
    if form not in SIGNED:
        raise UserError("signoff.error.unknown_form", form=form)
    with ws.write(*AREAS) as s:
        lines = list(s.scalars(select(Signoff).where(
            Signoff.initiative_id == initiative_id, Signoff.form == form)))
        heads = SIGNED[form] is Signers.HEADS
        have = {line.department_id if heads else line.signer for line in lines}
        last = s.scalar(select(func.max(Signoff.position)).where(
            Signoff.initiative_id == initiative_id, Signoff.form == form)) or 0
        added = []
        for dep, name in expected_signers(s, initiative_id, form):
            key = (dep.id if dep else None) if heads else name
            if key in have:
                continue
            have.add(key)
            last += 1
            line = Signoff(initiative_id=initiative_id, form=form, position=last,
                           department=dep, signer=name)
            s.add(line)
            s.flush()
            added.append(line.id)
    return added


# -- the last printed version -------------------------------------------------------------
def _printed_key(initiative_id: int, form: str) -> str:
    return f"print.last.{initiative_id}.{form}"


def note_printed(ws: Workspace, initiative_id: int, tags: dict[str, str],
                 on: dt.date | None = None) -> None:
    """Remember which version of each form went to paper, so recording a signature can
    offer that tag; a read-only workspace simply does not remember."""
    if ws.read_only or not tags:
        return
    day = (on or dt.date.today()).isoformat()
    with ws.write(ChangeArea.SETTINGS) as s:
        for form, tag in tags.items():
            s.merge(Setting(key=_printed_key(initiative_id, form), value=f"{tag} {day}"))


def last_printed(session: Session, initiative_id: int,
                 form: str) -> tuple[str, dt.date | None] | None:
    """(tag, date) of the last print of ``form``, if the program printed it."""
    value = session.scalar(select(Setting.value).where(
        Setting.key == _printed_key(initiative_id, form)))
    if not value:
        return None
    tag, _, day = value.partition(" ")
    try:
        return tag, dt.date.fromisoformat(day) if day else None
    except ValueError:
        return tag, None

