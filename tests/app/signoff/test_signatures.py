"""Recording signatures against printed versions, and finding the stale ones."""

from __future__ import annotations

import datetime as dt

import pytest

from app import printing
from app.errors import ValidationError
from app.forms import editing
from app.rules import check_initiative
from app.signoff import signatures
from app.store.changes import Change, ChangeArea
from app.store.models import Signoff


def _lines(ws):
    with ws.read() as s:
        return signatures.signoff_lines(s, 1)


def _stale(ws):
    with ws.read() as s:
        return signatures.stale_signoffs(s, 1)


def test_a_signature_on_the_printed_version_is_current_until_the_form_changes(demo_ws, tmp_path):
    job = printing.print_pdf(demo_ws, 1, tmp_path / "f1.pdf", forms=["goals"])
    tag = job.sheets[0].version
    lines, current = _lines(demo_ws)
    assert current == tag
    for line in lines:
        signatures.record_signature(demo_ws, line.id, line.signer or "某人", "2026-11-21", tag)
    assert _stale(demo_ws) == []

    goal = editing.rows(demo_ws, "goals", 1)[1]
    editing.set_value(demo_ws, "goals", goal.id, "due_date", "2026-12-31")
    stale = _stale(demo_ws)
    assert {s.signer for s in stale} == {"李娜", "陈静", "赵磊", "周强"}
    assert all(s.version_tag == tag and s.current_tag != tag for s in stale)
    # the next print carries the new tag
    again = printing.print_pdf(demo_ws, 1, tmp_path / "f1b.pdf", forms=["goals"])
    assert again.sheets[0].version == stale[0].current_tag


def test_stale_signatures_are_findings_naming_who_signed(demo_ws):
    with demo_ws.read() as s:
        assert [f for f in check_initiative(s, 1) if f.rule == "signoff.stale"] == []
    goal = editing.rows(demo_ws, "goals", 1)[0]
    editing.set_value(demo_ws, "goals", goal.id, "measure", "上市日期偏差 ≤ 2 天")
    with demo_ws.read() as s:
        findings = [f for f in check_initiative(s, 1) if f.rule == "signoff.stale"]
    # the demo's two heads signed the form as it was before the edit
    assert sorted(f.item for f in findings) == ["李娜 (研发部)", "陈静 (市场部)"]
    assert all(f.form == "signoffs:goals" and f.row_id for f in findings)
    assert "李娜" in next(f.message for f in findings if f.item.startswith("李娜"))


def test_recording_is_one_transaction_that_undo_restores(demo_ws):
    line = _lines(demo_ws)[0][2]  # 赵磊, not signed yet
    tag = _lines(demo_ws)[1]
    seen: list[Change] = []
    demo_ws.subscribe(seen.append)
    old = signatures.record_signature(demo_ws, line.id, "赵磊", dt.date(2026, 11, 21), tag)
    assert [c.areas for c in seen] == [ChangeArea.SIGNOFFS]
    now = _lines(demo_ws)[0][2]
    assert (now.signed, now.signed_on, now.version_tag, now.stale) == (
        True, dt.date(2026, 11, 21), tag, False)
    signatures.restore_signature(demo_ws, old)
    back = _lines(demo_ws)[0][2]
    assert (back.signed, back.signed_on, back.version_tag) == (False, None, "")
    cleared_from = signatures.clear_signature(demo_ws, _lines(demo_ws)[0][0].id)
    assert cleared_from.signed and not _lines(demo_ws)[0][0].signed


@pytest.mark.parametrize(("signer", "day", "tag", "message"), [
    ("", "2026-11-21", "V-ABCDEF", "must not be empty"),
    ("李娜", "", "V-ABCDEF", "must not be empty"),
    ("李娜", "21.11.2026", "V-ABCDEF", "not a date"),
    ("李娜", "2026-11-21", "3F9A2C", "not a version tag"),
    ("李娜", "2026-11-21", "V-3F9A2", "not a version tag"),
])
def test_bad_signature_values_store_nothing(demo_ws, signer, day, tag, message):
    line = _lines(demo_ws)[0][2]
    with pytest.raises(ValidationError) as err:
        signatures.record_signature(demo_ws, line.id, signer, day, tag)
    assert message in err.value.message("en")
    assert _lines(demo_ws)[0][2] == line


def test_lowercase_tag_is_accepted_as_printed(demo_ws):
    line = _lines(demo_ws)[0][2]
    tag = _lines(demo_ws)[1]
    signatures.record_signature(demo_ws, line.id, "赵磊", "2026-11-21", tag.lower())
    assert _lines(demo_ws)[0][2].version_tag == tag


def test_missing_lines_are_added_for_participating_departments(demo_ws):
    added = signatures.add_missing_lines(demo_ws, 1)
    lines = _lines(demo_ws)[0]
    assert [line.department for line in lines][-len(added):] == ["项目管理办公室"]
    assert signatures.add_missing_lines(demo_ws, 1) == []
    with demo_ws.read() as s:
        assert s.get(Signoff, added[0]).form == "goals"


def test_last_printed_version_is_remembered(demo_ws):
    with demo_ws.read() as s:
        assert signatures.last_printed(s, 1, "goals") is None
    signatures.note_printed(demo_ws, 1, {"goals": "V-123ABC"}, on=dt.date(2026, 11, 20))
    with demo_ws.read() as s:
        assert signatures.last_printed(s, 1, "goals") == ("V-123ABC", dt.date(2026, 11, 20))
