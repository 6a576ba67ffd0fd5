"""One rule engine for every rule of the forms.

Each area (``raci``, ``team``, ``goals``, ``tasks``, ``signoff``, ``file``) is a module in
this package that defines ``AREA``, ``FORMS`` (the forms its findings point at) and
``check(session, initiative_id) -> list[Finding]``;
they are discovered here, so a new area touches no other file. Breaking a rule is shown,
never forbidden: findings are reported by the command line, the status bar and each tab.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import asdict, dataclass
from functools import cache
from types import ModuleType

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.schedule.bulk import gc_paused
from app.store.models import Initiative


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "raci.one_accountable"; the part before the dot is the area
    initiative: int | None
    item: str  # the item by name, e.g. the task's name
    message: str  # what is wrong, in the current language
    form: str = ""  # the form key whose tab shows it ("tracking", "team", …)
    row_id: int | None = None  # the row in that form, to jump to
    column: str = ""  # the field key, or a RACI column key

    @property
    def area(self) -> str:
        return self.rule.split(".", 1)[0]

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        return {k: data[k] for k in ("rule", "initiative", "item", "message")}


def _areas() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "AREA") and hasattr(module, "check"):
            found.append(module)
    return found


@cache
def checked_forms() -> frozenset[str]:
    """The forms some rule reports on (each area's ``FORMS``), which show whether their
    rules are kept."""
    return frozenset(form for module in _areas() for form in getattr(module, "FORMS", ()))


def check_initiative(session: Session, initiative_id: int) -> list[Finding]:
    findings: list[Finding] = []
    for module in _areas():
        findings.extend(module.check(session, initiative_id))
    return findings


@gc_paused()
def check_all(session: Session, initiative_id: int | None = None) -> list[Finding]:
    """Every initiative's findings (or one's), with the collector paused as for a
    schedule: what is made here forms no cycles worth collecting on the way."""
    ids = [initiative_id] if initiative_id is not None else list(
        session.scalars(select(Initiative.id).order_by(Initiative.position, Initiative.id)))
    findings: list[Finding] = []
    for ini in ids:
        findings.extend(check_initiative(session, ini))
    return findings
