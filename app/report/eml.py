"""The report as an e-mail draft (RFC 5322) that the system's mail program opens ready
to send: To every liaison and the overall lead, Cc the rest of the team, the subject and
body in the user's language, the PDF and the workbook attached."""

from __future__ import annotations

import datetime as dt
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from app.i18n import tr
from app.report.content import Recipient, ReportContent
from app.report.sections import moment, sections

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def subject(content: ReportContent, lang: str) -> str:
    return tr("report.mail.subject", lang, initiative=content.initiative,
              date=content.as_of_date.isoformat())


def body(content: ReportContent, lang: str) -> str:
    """Plain text: the summary, then each section's rows, one line each."""
    lines = [tr("report.mail.greeting", lang), "",
             tr("report.mail.intro", lang, initiative=content.initiative,
                as_of=moment(content.as_of)), ""]
    for part in sections(content, lang):
        lines.append(f"■ {part.title}")
        if part.key == "summary":
            lines += [f"  {label}: {value}" for label, value in part.rows]
        elif not part.rows:
            lines.append(f"  {part.empty}")
        else:
            for row in part.rows:
                cells = [f"{c.label} {t}" if i else t
                         for i, (c, t) in enumerate(zip(part.columns, row, strict=True)) if t]
                lines.append("  - " + " · ".join(cells))
        lines.append("")
    lines += [tr("report.mail.attached", lang), "", tr("report.mail.closing", lang)]
    return "\n".join(lines) + "\n"


def _addresses(people: tuple[Recipient, ...]) -> list[Address]:
    return [Address(display_name=r.name, addr_spec=r.email) for r in people]


def message(content: ReportContent, lang: str, pdf: bytes, pdf_name: str, xlsx: bytes,
            xlsx_name: str, now: dt.datetime | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject(content, lang)
    if content.recipients.to:
        msg["To"] = _addresses(content.recipients.to)
    if content.recipients.cc:
        msg["Cc"] = _addresses(content.recipients.cc)
    msg["Date"] = format_datetime((now or dt.datetime.now()).astimezone())
    # Outlook opens a message marked unsent as a draft with a Send button.
    msg["X-Unsent"] = "1"
    msg.set_content(body(content, lang))
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    msg.add_attachment(xlsx, maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=xlsx_name)
    return msg


def eml_bytes(msg: EmailMessage) -> bytes:
    """The .eml file: CRLF line ends, as mail programs expect."""
    return msg.as_bytes(policy=SMTP)
