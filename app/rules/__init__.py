"""One rule engine for every rule of the forms.

Each area (``raci``, ``team``, ``goals``, ``tasks``, ``signoff``, ``register``, ``file``) is
a module in this package that defines ``AREA``, ``FORMS`` (the forms its findings point at) and
``check(session, initiative_id) -> list[Finding]``, and is listed in ``AREAS``. Breaking
a rule is shown, never forbidden: findings are reported by the command line, the status
bar and each tab.

Importing this package costs nothing: the areas (and with them the ORM and the printing
of sign-off tags) load when a check first runs, after the window's first paint. The tabs
import ``Finding`` from here before that.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from app.lazy import lazy_import
from app.rules.finding import Finding
from app.schedule.bulk import gc_paused

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["AREAS", "Finding", "check_all", "check_initiative", "checked_forms"]


# The areas, in the order their findings are listed. Explicit, so the order never depends
# on which module happened to be imported first. (``file`` checks a workspace file as a
# whole and is run on its own by ``crossdesk-cli check``.)
AREAS: tuple[ModuleType, ...] = tuple(
    lazy_import(f"app.rules.{name}")
    for name in ("goals", "raci", "signoff", "tasks", "team", "register"))


@cache
def checked_forms() -> frozenset[str]:
    """The forms some rule reports on (each area's ``FORMS``), which show whether their
    rules are kept."""
    return frozenset(form for module in AREAS for form in getattr(module, "FORMS", ()))


def check_initiative(session: Session, initiative_id: int,
                     now: dt.datetime | None = None) -> list[Finding]:
    """``now`` is the moment the clocks are read at (areas with ``USES_NOW``); None: now."""
    findings: list[Finding] = []
    for module in AREAS:
        if getattr(module, "USES_NOW", False):
            findings.extend(module.check(session, initiative_id, now))
        else:
            findings.extend(module.check(session, initiative_id))
    return findings


@gc_paused()
def check_all(session: Session, initiative_id: int | None = None,
              now: dt.datetime | None = None) -> list[Finding]:
    """Every initiative's findings (or one's), with the collector paused as for a
    schedule: what is made here forms no cycles worth collecting on the way."""
    from sqlalchemy import select

    from app.store.models import Initiative

    ids = [initiative_id] if initiative_id is not None else list(
        session.scalars(select(Initiative.id).order_by(Initiative.position, Initiative.id)))
    findings: list[Finding] = []
    for ini in ids:
        findings.extend(check_initiative(session, ini, now))
    return findings
