"""Every label the register builds from a kind, a choice or a field is in the catalogue in
both languages (a missing one would print its key)."""

from __future__ import annotations

from app.i18n import has_key, tr
from app.register import kinds as k
from app.register.excel_rows import CHILD_SHEETS
from app.register.fields import FIELDS, fields_of
from app.register.service import CHILD_FIELDS


def _keys() -> list[str]:
    keys = []
    for kind in k.Kind:
        keys += [f"register.{group}.{kind.value}" for group in (
            "kind", "sheet", "new_title", "due_label", "print.sign_note", "excel.sheet")]
        keys += [k.label_key("status", s) for s in k.STATUSES[kind]]
        keys += [f.label_key_for(kind) for f in fields_of(kind)]
    for group, values in (("meeting_type", k.MEETING_TYPES), ("urgency", k.URGENCIES),
                          ("resource_kind", k.RESOURCE_KINDS), ("answer", k.ANSWERS),
                          ("decision", k.DECISIONS), ("outcome_kind", k.OUTCOME_KINDS)):
        keys += [k.label_key(group, v) for v in values]
    for child, fields in CHILD_FIELDS.items():
        keys.append(f"register.child.{child}")
        keys += [f"register.field.{child}.{key}" for key in fields]
    for sheet in CHILD_SHEETS:
        keys += [f"register.excel.sheet.{sheet.child}", *sheet.labels()]
    keys += [f"register.weekday.{d}" for d in range(7)]
    keys += [f.label_key for f in FIELDS.values()]
    return keys


def test_every_built_label_is_in_the_catalogue() -> None:
    missing = [key for key in _keys() if not has_key(key)]
    assert missing == []
    assert all(tr(key, "zh_CN") != key for key in _keys())


def test_numbers_read_back() -> None:
    for kind in k.Kind:
        text = k.number_text(kind, 7)
        assert text == f"{k.PREFIX[kind]}-007" and k.parse_number(text) == (kind, 7)
    assert k.parse_number("wt 12") == (k.Kind.PROBLEM, 12)
    assert k.parse_number("WT-0") is None and k.parse_number("QQ-1") is None
    assert k.parse_number("WT-x") is None and k.parse_number("") is None
