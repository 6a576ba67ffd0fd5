"""Before a round closes, the register's open items are listed with what else is open:
on the hand-made register of tests/app/report/weekly_register.py, as of 14 March 2025."""

from __future__ import annotations

from pathlib import Path

from app.rounds import closing
from tests.app.report.weekly_plan import D, make_plan
from tests.app.report.weekly_register import make_register


def test_open_register_items_and_action_items_are_listed_before_closing(tmp_path: Path) -> None:
    ws, ini, ids = make_plan(tmp_path / "weekly.crossdesk")
    make_register(ws, ini, ids)
    with ws.read() as s:
        items = closing.open_items(s, ini, "en", today=D(2025, 3, 14))
        zh = closing.open_items(s, ini, "zh_CN", today=D(2025, 3, 14))
    ws.close()
    register = [i.text for i in items if i.kind.startswith("register.")]
    # Not listed: FX-003 (closed), WT-002 (resolved), XZ-001 (done), HY-003 (cancelled),
    # and HY-001's decision. Meetings are listed while their minutes are owed (none sent).
    assert [t.split(":")[0] for t in register] == [
        "Meeting HY-001 still open", "Meeting HY-002 still open", "Meeting HY-004 still open",
        "Problem WT-001 still open", "Problem WT-003 still open", "Problem WT-004 still open",
        "Risk notice FX-001 still open", "Risk notice FX-002 still open",
        "Resource request ZY-001 still open", "Change request BG-001 still open",
        "Action item of HY-001 not done"]
    # FX-001's notice was due Wed 12 Mar 09:00 (a holiday): 13 and 14 Mar are 2 working days.
    assert "Risk notice FX-001 still open: B late (Open), overdue by 2 working days" in register
    assert "Problem WT-003 still open: Slow printer (Open)" in register
    assert register[-1] == ("Action item of HY-001 not done: Call the supplier "
                            "(Zhao Exec, due 2025-03-13)")
    assert "风险预警通知 FX-001 尚未关闭：B late（待处理），逾期 2 个工作日" in [i.text for i in zh]
    # The tasks and forms come first, as before.
    assert items[0].kind == "task"
