"""Sign-off rules: a signature given for another version of the form than it now holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.rules.finding import Finding
from app.signoff.forms import title_key
from app.signoff.signatures import stale_signoffs

AREA = "signoff"
FORMS: tuple[str, ...] = ("signoffs",)  # the forms whose rows its findings point at


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
            form="signoffs", row_id=line.id, column="version"))
    return findings
