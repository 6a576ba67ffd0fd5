"""A meeting as an iCalendar invitation (RFC 5545) that Outlook and Thunderbird open: the
chair as organiser, the attendees with their e-mail addresses from Form 2, the agenda in
the description. Written by hand: the format is a few lines, and a library for it would be
a dependency of the program for one export.

Times are the workspace's local times, written in UTC (as the machine's time zone puts
them), so the invitation lands at the same hour in any calendar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import UserError
from app.i18n import tr
from app.register import clocks
from app.register.kinds import Kind
from app.register.read import ItemRecord, item_record
from app.store import write_target
from app.store.models import Person
from app.store.workspace import Workspace

_FOLD = 75  # octets per line, the continuation lines starting with a space


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def _param(text: str) -> str:
    """A parameter value (a name): quoted, without the characters a quote cannot hold."""
    return '"' + text.replace('"', "'").replace("\n", " ") + '"'


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > _FOLD:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(value: dt.datetime) -> str:
    return value.astimezone().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def invitation(rec: ItemRecord, emails: dict[int, str], lang: str | None = None,
               stamp: dt.datetime | None = None, uid_host: str = "crossdesk") -> str:
    """The .ics text of meeting ``rec``; ``emails`` maps people to their addresses."""
    v = rec.values
    start = v.get("opened_at")
    if start is None:
        raise UserError("error.register.ics_no_time")
    end = v.get("ends_at") or start + dt.timedelta(hours=1)
    stamp = stamp or clocks.now()
    agenda = [f"{i}. {a['title']}" for i, a in enumerate(rec.agenda, start=1)]
    description = "\n".join([tr("register.print.agenda", lang) + ":", *agenda]) if agenda else ""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CrossDesk//Coordination register//EN",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{rec.row.number}-{rec.row.id}@{uid_host}", f"DTSTAMP:{_utc(stamp)}",
             f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}",
             f"SUMMARY:{_escape(f'{rec.row.number} {rec.row.title}')}"]
    if v.get("place"):
        lines.append(f"LOCATION:{_escape(v['place'])}")
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    chair = v.get("chair")
    if chair is not None and emails.get(chair):
        lines.append(f"ORGANIZER;CN={_param(rec.name_of(chair))}:mailto:{emails[chair]}")
    for a in rec.attendees:
        address = emails.get(a["person_id"]) if a["person_id"] is not None else None
        if address:
            lines.append(f"ATTENDEE;CN={_param(rec.name_of(a['person_id']))};"
                         f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{address}")
    lines += ["STATUS:CANCELLED" if rec.row.status == "cancelled" else "STATUS:CONFIRMED",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def export_ics(ws: Workspace, item_id: int, out: str | Path, lang: str | None = None,
               *, force: bool = False) -> Path:
    """Write meeting ``item_id``'s invitation to ``out``."""
    rec = item_record(ws, item_id, lang=lang)
    if rec.row.kind != Kind.MEETING:
        raise UserError("error.register.ics_not_meeting", number=rec.row.number)
    with ws.read() as s:
        emails = {p.id: p.email.strip() for p in s.query(Person) if p.email.strip()}
    text = invitation(rec, emails, lang)
    target = Path(out)
    write_target.check(target, force=force)
    try:
        target.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise UserError("error.register.ics_unwritable", path=str(target),
                        reason=exc.strerror or exc) from exc
    return target
