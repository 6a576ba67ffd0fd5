"""The import preview as text: what ``--dry-run`` prints, row by row, errors with their
sheet, row, column and reason. The GUI shows the same plan in a table."""

from __future__ import annotations

from app.excel.plan_types import ImportPlan, PlanRow, Status
from app.forms import FORMS
from app.i18n import tr


def form_name(key: str, lang: str | None = None) -> str:
    from app.excel.layout import BY_KEY

    return BY_KEY[key].title(lang)


def status_text(status: Status, lang: str | None = None) -> str:
    return tr(f"excel.status.{status.value}", lang)


def change_labels(row: PlanRow, lang: str | None = None) -> str:
    spec = FORMS.get(row.form)
    names = []
    for key in row.changes:
        try:
            names.append(tr(spec.field(key).label_key, lang) if spec else key)
        except KeyError:
            names.append(key)
    return ", ".join(names)


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
        if row.status is Status.UPDATE and row.changes:
            lines.append(tr("excel.preview.changes", lang, fields=change_labels(row, lang)))
        for note in row.notes:
            lines.append(tr("excel.preview.error_row", lang, reason=note.text(lang)))
    lines.append(plan.summary(lang))
    return lines
