"""A meeting's .ics invitation, read back with the ``icalendar`` library as a calendar
program reads it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from app.errors import UserError
from app.register import ics, service
from app.register.read import find_item
from app.store.workspace import Workspace


def test_the_weekly_meeting_invites_its_attendees_by_their_team_e_mail(
        demo_ws: Workspace, tmp_path: Path) -> None:
    meeting = find_item(demo_ws, "HY-002")
    out = ics.export_ics(demo_ws, meeting, tmp_path / "weekly.ics", "zh_CN")
    raw = out.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["METHOD"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    # The demo's weekly meeting: a week before the demo's today, 16:00 to 17:00 local time.
    start = event.decoded("DTSTART")
    assert start.astimezone().replace(tzinfo=None) == dt.datetime(2026, 11, 13, 16, 0)
    assert event.decoded("DTEND") - start == dt.timedelta(hours=1)
    assert str(event["SUMMARY"]) == "HY-002 第 5 周周例会"
    assert str(event["LOCATION"]) == "腾讯会议 123-456-789"
    assert "电子审批系统配置延误" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:wangjg@example.com"
    attendees = {str(a): a.params["CN"] for a in event["ATTENDEE"]}
    assert attendees["mailto:lina@example.com"] == "李娜"
    assert attendees["mailto:sunli@example.com"] == "孙丽"
    assert len(attendees) == 7


def test_long_text_is_folded_and_escaped(demo_ws: Workspace, tmp_path: Path) -> None:
    meeting = find_item(demo_ws, "HY-002")
    title = "复盘；逗号, 分号; 反斜杠 \\ 和很长的标题" * 4
    service.set_field(demo_ws, meeting, "title", title)
    out = ics.export_ics(demo_ws, meeting, tmp_path / "long.ics")
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"HY-002 {title}"


def test_only_a_meeting_exports_and_an_existing_file_needs_consent(
        demo_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a meeting"):
        ics.export_ics(demo_ws, find_item(demo_ws, "WT-001"), tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()
    target = tmp_path / "m.ics"
    target.write_text("keep")
    with pytest.raises(UserError):
        ics.export_ics(demo_ws, find_item(demo_ws, "HY-001"), target)
    assert target.read_text() == "keep"
    ics.export_ics(demo_ws, find_item(demo_ws, "HY-001"), target, force=True)
    assert target.read_text().startswith("BEGIN:VCALENDAR")
