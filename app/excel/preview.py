"""The import preview as text: what ``--dry-run`` prints, row by row, errors with their
sheet, row, column and reason. The GUI shows the same plan in a table."""

from __future__ import annotations

from app.excel.column_choices import field_label
from app.excel.plan_types import ImportPlan, PlanRow, Status
from app.excel.sheet_specs import BY_KEY
from app.forms.display import Names, format_value, list_separator
from app.forms.specs import FORMS, Kind
from app.i18n import tr


def form_name(key: str, lang: str | None = None) -> str:
    from app.excel.sheet_specs import BY_KEY

    if key == "register":
        return tr("register.print.list_title", lang)
    return BY_KEY[key].title(lang)


def status_text(status: Status, lang: str | None = None) -> str:
    return tr(f"excel.status.{status.value}", lang)


def change_labels(row: PlanRow, lang: str | None = None) -> str:
    if row.form == "register":
        from app.register.fields import FIELDS

        return list_separator(lang).join(
            tr(FIELDS[k].label_key if k in FIELDS else f"register.child.{k[6:]}"
               if k.startswith("child.") else f"register.field.{k}", lang)
            for k in row.changes)
    spec = FORMS.get(row.form)
    names = []
    for key in row.changes:
        try:
            names.append(tr(spec.field(key).label_key, lang) if spec else key)
        except KeyError:
            names.append(key)
    return list_separator(lang).join(names)


_PLAIN = (Kind.TEXT, Kind.LONGTEXT, Kind.DATE, Kind.RATING, Kind.PERCENT, Kind.NUMBER,
          Kind.BOOL, Kind.CHOICE, Kind.DEPARTMENT, Kind.DEPARTMENTS)
GIVEN_CHARS = 24


def given_values(row: PlanRow, lang: str | None = None) -> str:
    """What a new row brings, "label: value" after its first field (shown as the item), so
    the preview shows that the phone numbers and duties of a sheet arrive."""
    spec = FORMS.get(row.form) or (BY_KEY[row.form].spec if row.form in BY_KEY else None)
    if spec is None:
        return ""
    parts = []
    for f in spec.fields[1:]:
        value = row.values.get(f.key)
        if f.kind not in _PLAIN or value in (None, "", [], False):
            continue
        text = " ".join(format_value(f, value, Names(), lang).split())
        if len(text) > GIVEN_CHARS:
            text = text[: GIVEN_CHARS - 1] + "…"
        parts.append(tr("excel.preview.given", lang, field=tr(f.label_key, lang), value=text))
    return " · ".join(parts)


def unused_lines(plan: ImportPlan, lang: str | None = None) -> list[str]:
    """One line per column whose header the import does not know (imported as chosen
    before, left out, or not imported) and per sheet with cells under no header; then how
    to import such a column. Empty when every column has a known header."""
    lines: list[str] = []
    for col in plan.foreign:
        where = {"sheet": col.sheet, "column": col.letter, "header": col.header}
        if col.used:
            field = field_label(col.form, str(col.choice), lang)
            lines.append(tr("excel.unused.mapped", lang, field=field, **where))
        elif col.left_out:
            lines.append(tr("excel.unused.left_out", lang, **where))
        elif col.conflict:
            field = field_label(col.form, col.conflict, lang)
            lines.append(tr("excel.unused.conflict", lang, field=field, **where))
        else:
            samples = (
                tr("excel.unused.samples", lang, values=list_separator(lang).join(col.samples))
                if col.samples
                else ""
            )
            lines.append(
                tr("excel.unused.column", lang, filled=col.filled, samples=samples, **where)
            )
    if plan.undecided or plan.unlabelled:
        lines.append(tr("excel.unused.hint", lang))
    return lines


def notes(plan: ImportPlan, lang: str | None = None) -> list[str]:
    """What an import that goes ahead still has to say: the plan's notes, and each row
    that has one."""
    lines = [note.text(lang) for note in plan.notes]
    for row in plan.rows:
        if row.notes:
            lines.append(
                tr(
                    "excel.preview.row",
                    lang,
                    sheet=row.sheet,
                    row=row.row,
                    status=status_text(row.status, lang),
                    label=row.label,
                )
            )
            lines += [tr("excel.preview.error_row", lang, reason=n.text(lang)) for n in row.notes]
    return lines


def describe(plan: ImportPlan, lang: str | None = None, only_errors: bool = False) -> list[str]:
    lines: list[str] = []
    if plan.new_initiative:
        lines.append(tr("excel.preview.new_initiative", lang, name=plan.new_initiative))
    for sheet, form in plan.sheets:
        lines.append(tr("excel.preview.sheet_found", lang, sheet=sheet, form=form_name(form, lang)))
    for sheet in plan.ignored:
        lines.append(tr("excel.preview.sheet_ignored", lang, sheet=sheet))
    lines += unused_lines(plan, lang)
    lines.extend(note.text(lang) for note in plan.notes)
    for key, names in (
        ("excel.preview.new_departments", plan.new_departments),
        ("excel.preview.new_people", list(plan.new_people)),
        ("excel.preview.new_measures", plan.new_measures),
    ):
        if names:
            lines.append(
                tr(key, lang, names="、".join(names) if lang == "zh_CN" else ", ".join(names))
            )
    for row in plan.rows:
        if only_errors and row.status is not Status.ERROR:
            continue
        lines.append(
            tr(
                "excel.preview.row",
                lang,
                sheet=row.sheet,
                row=row.row,
                status=status_text(row.status, lang),
                label=row.label,
            )
        )
        for err in row.errors:
            if err.column:
                lines.append(
                    tr(
                        "excel.preview.error",
                        lang,
                        column=err.column,
                        header=err.header,
                        reason=err.reason,
                    )
                )
            else:
                lines.append(tr("excel.preview.error_row", lang, reason=err.reason))
        if row.status is Status.NEW and (given := given_values(row, lang)):
            lines.append(tr("excel.preview.new_values", lang, values=given))
        if row.status is Status.UPDATE and row.changes:
            lines.append(tr("excel.preview.changes", lang, fields=change_labels(row, lang)))
        for note in row.notes:
            lines.append(tr("excel.preview.error_row", lang, reason=note.text(lang)))
    lines.append(plan.summary(lang))
    return lines
