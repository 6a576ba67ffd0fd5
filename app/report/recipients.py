"""Who the weekly report goes to, from Form 2: every liaison and the overall lead in To,
the rest of the team in Cc, and those without an e-mail address named apart."""

from __future__ import annotations

from email.errors import HeaderParseError
from email.headerregistry import Address

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.forms.choices import Role
from app.report.content import Recipient, Recipients
from app.store.models import Member, Person

_TO = frozenset({Role.LEAD.value, Role.LIAISON.value})


def usable(email: str) -> bool:
    """Whether ``email`` is one address a mail program can send to."""
    if "@" not in email:
        return False
    try:
        Address(addr_spec=email)
    except (ValueError, IndexError, HeaderParseError):
        return False
    return True


def recipients_in(session: Session, initiative_id: int) -> Recipients:
    """Each person once (in the team twice, the To role wins), in Form 2's order."""
    rows = session.execute(
        select(Member.role, Person).join(Person, Member.person_id == Person.id)
        .where(Member.initiative_id == initiative_id)
        .order_by(Member.position, Member.id)).all()
    roles: dict[int, str] = {}
    people: dict[int, Person] = {}
    for role, person in rows:
        people.setdefault(person.id, person)
        if person.id not in roles or role in _TO:
            roles[person.id] = role
    to: list[Recipient] = []
    cc: list[Recipient] = []
    unreachable: list[Recipient] = []
    seen: set[str] = set()
    for pid, person in people.items():
        email = " ".join(person.email.split())
        dept = person.department.name if person.department else ""
        r = Recipient(person.name, dept, roles[pid], email)
        if not usable(email):
            unreachable.append(r)
        elif email.lower() not in seen:
            seen.add(email.lower())
            (to if roles[pid] in _TO else cc).append(r)
    return Recipients(tuple(to), tuple(cc), tuple(unreachable))
