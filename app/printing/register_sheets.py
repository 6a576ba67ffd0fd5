"""The coordination register on paper: the list of items (``--form register``) and one
item's A4 sheet in the method's form (``--item WT-007``): its fields, its rows (attendees,
agenda, outcomes, asks) and the signature block its kind asks for — the minutes with the
attendees' lines, the problem assessment with the lead department head's line, a request
with the answering department's line, a change with both approvers'."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr
from app.printing import version
from app.printing.content import Column, SheetData, SignatureBlock
from app.register import display
from app.register import fields as fl
from app.register.kinds import Kind
from app.register.read import ItemRecord, RegisterRow, record_in, rows_in

KEY = "register"
_LONG = frozenset({"longtext"})


def moment_of(today: dt.date) -> dt.datetime:
    """The moment a print reads the clocks at: now when printing today, else the start of
    the day asked for (as the command line's ``--today``)."""
    from app.register import clocks

    now = clocks.now()
    if today == now.date():
        return now
    return dt.datetime.combine(today, dt.time())


def _list_row(r: RegisterRow, lang: str) -> list[str]:
    return [r.number, tr(f"register.kind.{r.kind}", lang), r.title,
            display.choice("status", r.status, lang), display.choice("urgency", r.urgency, lang),
            display.moment(r.opened), display.moment(r.due), r.due_text, r.owner, r.department]


@dataclass(frozen=True)
class RegisterSheet:
    """The register's list, one line per item, by kind and number."""

    key: str = KEY

    def tag(self, session: Session, initiative_id: int, today: dt.date) -> str:
        rows = rows_in(session, initiative_id, moment_of(today), "en")
        return version.tag_for(KEY, [[r.number, r.title, r.status, r.urgency,
                                      display.moment(r.opened), display.moment(r.due),
                                      r.owner, r.department] for r in rows])

    def collect(self, session: Session, initiative_id: int, lang: str,
                today: dt.date) -> SheetData:
        rows = rows_in(session, initiative_id, moment_of(today), lang)
        labels = ("number", "kind", "title", "status", "urgency", "opened_at", "due",
                  "due_text", "owner", "department")
        weights = (6, 8, 24, 7, 6, 10, 10, 12, 7, 10)
        columns = [Column(tr(f"register.field.{k}", lang), w,
                          nowrap=k in ("number", "opened_at", "due"))
                   for k, w in zip(labels, weights, strict=True)]
        return SheetData(key=KEY, number=None, title=tr("register.print.list_title", lang),
                         landscape=True, version=self.tag(session, initiative_id, today),
                         columns=columns, rows=[_list_row(r, lang) for r in rows],
                         font_size=8.5, empty_text=tr("print.empty", lang))


# -- one item ------------------------------------------------------------------------------
def _field_rows(rec: ItemRecord, lang: str) -> list[tuple[str, str, bool]]:
    """(label, text, long) for the sheet's field grid, in the kind's form order."""
    out = [(tr("register.field.number", lang), rec.row.number, False)]
    for f in fl.fields_of(rec.row.kind):
        out.append((tr(f.label_key_for(rec.row.kind), lang), display.field_text(rec, f, lang),
                    f.type in _LONG))
    if rec.row.due is not None:
        clock = display.moment(rec.row.due)
        if rec.row.due_text:
            clock += f"  ({rec.row.due_text})"
        out.append((tr(f"register.due_label.{rec.row.kind}", lang), clock, False))
    if rec.tasks:
        out.append((tr("register.field.tasks", lang),
                    "; ".join(name for _tid, name in rec.tasks), False))
    if rec.items:
        out.append((tr("register.field.items", lang),
                    "; ".join(f"{number} {title}" for _id, number, title in rec.items), False))
    return out


def _children(rec: ItemRecord, lang: str) -> list[tuple[str, list[Column], list[list[str]]]]:
    """The item's tables: (heading, columns, rows)."""
    def col(key: str, weight: float, nowrap: bool = False) -> Column:
        return Column(tr(f"register.field.{key}", lang), weight, nowrap=nowrap)

    name, dep = rec.name_of, rec.departments
    tables = []
    if rec.row.kind == Kind.MEETING:
        # The attendees are listed once, in the signature block, present or not.
        agenda_no = {a["id"]: str(i) for i, a in enumerate(rec.agenda, start=1)}
        tables.append((tr("register.print.agenda", lang),
                       [Column("#", 2, "RIGHT", nowrap=True), col("agenda.title", 10),
                        col("agenda.presenter", 5), col("agenda.minutes_planned", 4, True),
                        col("agenda.discussion", 16), col("agenda.disagreements", 10)],
                       [[agenda_no[a["id"]], a["title"], name(a["presenter_id"]),
                         str(a["minutes_planned"] or ""), a["discussion"], a["disagreements"]]
                        for a in rec.agenda]))
        tables.append((tr("register.print.outcomes", lang),
                       [col("outcome.kind", 5), Column("#", 2, "RIGHT", nowrap=True),
                        col("outcome.text", 18), col("outcome.owner", 5),
                        col("outcome.due", 6, True), col("outcome.done", 3)],
                       [[display.choice("outcome_kind", o["kind"], lang),
                         agenda_no.get(o["agenda_id"], ""), o["text"], name(o["owner_id"]),
                         display.day(o["due"]),
                         display.yes_no(o["done"], lang) if o["kind"] == "action" else ""]
                        for o in rec.outcomes]))
    if rec.row.kind == Kind.COLLABORATION:
        tables.append((tr("register.print.asks", lang),
                       [col("ask.department", 6), col("ask.need", 16),
                        col("ask.by_date", 6, True), col("ask.owner", 5)],
                       [[dep.get(a["department_id"], "") if a["department_id"] else "",
                         a["need"], display.day(a["by_date"]), name(a["owner_id"])]
                        for a in rec.asks]))
    return tables


def _sign_columns(lang: str, first: str) -> list[Column]:
    return [Column(tr(first, lang), 4), Column(tr("register.print.sign_name", lang), 3),
            Column(tr("print.sign.signature", lang), 6),
            Column(tr("field.signoff.signed_on", lang), 2.4)]


def signature_block(rec: ItemRecord, lang: str, tag: str) -> SignatureBlock:
    """Who signs an item's sheet, by kind."""
    v, kind = rec.values, rec.row.kind
    dep, name = rec.departments, rec.name_of

    def role(key: str) -> str:
        return tr(key, lang)

    if kind == Kind.MEETING:
        lines = [[rec.people_departments.get(a["person_id"], ""), name(a["person_id"]),
                  display.yes_no(a["present"], lang), "",
                  display.day(a["confirmed_on"]) if a["confirmed"] else ""]
                 for a in rec.attendees] or [["", "", "", "", ""]] * 3
        columns = _sign_columns(lang, "register.field.ask.department")
        columns.insert(2, Column(tr("register.field.attendee.present", lang), 1.6,
                                 "CENTER"))
        return SignatureBlock(tr("register.print.sign_minutes", lang),
                              tr("register.print.sign_minutes_note", lang, tag=tag),
                              columns, lines)
    if kind == Kind.PROBLEM:
        lines = [[dep.get(v.get("department"), "") or role("register.field.department"),
                  role("register.print.head"), "", ""]]
    elif kind == Kind.RESOURCE:
        lines = [[dep.get(v.get("department"), ""), name(v.get("requester")), "", ""],
                 [dep.get(v.get("provider"), "") or role("register.field.provider"),
                  role("register.print.head"), "", ""]]
    elif kind == Kind.COLLABORATION:
        lines = [[dep.get(v.get("department"), ""), name(v.get("approved_by")), "", ""]]
        lines += [[dep.get(a["department_id"], ""), name(a["owner_id"]), "", ""]
                  for a in rec.asks]
    elif kind == Kind.CHANGE:
        lines = [[role("register.field.approved_by"), name(v.get("approved_by")), "", ""],
                 [role("register.field.second_approver"), name(v.get("second_approver")), "",
                  ""]]
    else:  # a risk notice: who issues it, and the department it concerns
        lines = [[dep.get(v.get("department"), ""), name(v.get("owner")), "", ""]]
    return SignatureBlock(tr("field.signoff.title", lang),
                          tr(f"register.print.sign_note.{kind}", lang, tag=tag),
                          _sign_columns(lang, "register.print.sign_party"), lines)


def item_tag(rec: ItemRecord) -> str:
    content = [rec.row.number, *[display.field_text(rec, f, "en")
                                 for f in fl.fields_of(rec.row.kind)],
               [sorted((k, str(v)) for k, v in row.items()) for row in
                rec.attendees + rec.agenda + rec.outcomes + rec.asks]]
    return version.tag_for(f"register.{rec.row.number}", content)


def item_sheet(session: Session, item_id: int, lang: str, now: dt.datetime) -> SheetData:
    """One item's sheet, read in the caller's session."""
    rec = record_in(session, item_id, now, lang)
    tag = item_tag(rec)
    fields = _field_rows(rec, lang)
    tables = _children(rec, lang)

    def body(sheet: SheetData, width: float, height: float) -> list[Any]:
        from app.printing.register_layout import item_body

        return item_body(fields, tables, width, lang)

    return SheetData(key=f"{KEY}.{rec.row.kind}", number=None,
                     title=f"{tr(f'register.sheet.{rec.row.kind}', lang)}  {rec.row.number}",
                     landscape=False, version=tag, body=body,
                     signature=signature_block(rec, lang, tag))
