"""Sign-off rules: a signature given for another version of the form than it now holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.rules.finding import Finding
from app.signoff.forms import signed_forms, title_key
from app.signoff.signatures import stale_signoffs

AREA = "signoff"
PREFIX = "signoffs:"  # a finding's form: the sign-off lines of one signed form


def lines_of(form: str) -> str:
    """The finding form of ``form``'s sign-off lines, which the window shows with that
    form's tab (ui/window/tab_registry.py)."""
    return PREFIX + form


# The forms whose rows its findings point at.
FORMS: tuple[str, ...] = tuple(lines_of(form) for form in signed_forms())


def check(session: Session, initiative_id: int) -> list[Finding]:
    findings = []
    for line in stale_signoffs(session, initiative_id):
        who = line.signer or line.department
        findings.append(Finding(
            rule="signoff.stale", initiative=initiative_id,
            item=f"{who} ({line.department})" if line.signer and line.department else who,
            message=tr("rule.signoff.stale", signer=who, department=line.department,
                       signed=line.version_tag or tr("rule.signoff.unknown_version"),
                       form=tr(title_key(line.form)), current=line.current_tag),
            form=lines_of(line.form), row_id=line.id, column="version"))
    return findings
