"""The calendar's file import at 5,000 lines: all of it in, or, with one bad line near the
end, none of it and a message naming that line."""

from __future__ import annotations

import datetime as dt
import json

from app.cli.main import main

LINES = 5000


def _days(n: int) -> list[str]:
    start = dt.date(2025, 1, 1)
    return [
        f"{start + dt.timedelta(days=i)},{'休' if i % 3 else '班'},第 {i + 1} 天" for i in range(n)
    ]


def test_5000_days_import_whole_or_not_at_all(demo_path, tmp_path, capsys):
    path = str(demo_path)
    bad = tmp_path / "bad.csv"
    lines = _days(LINES)
    lines[LINES - 2] = "2038-09-01,半天,x"
    bad.write_text("日期,类型,名称\n" + "\n".join(lines) + "\n", encoding="gb18030")
    capsys.readouterr()
    assert main(["calendar", path, "--import", str(bad), "--lang", "en"]) == 1
    assert f"Line {LINES}: 半天 is neither holiday nor workday" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("日期,类型,名称\n" + "\n".join(_days(LINES)) + "\n", encoding="utf-8")
    assert main(["calendar", path, "--import", str(good), "--json"]) == 0
    days = json.loads(capsys.readouterr().out)["days"]
    listed = [d for d in days if d["name"].startswith("第 ")]
    assert len(listed) == LINES
    assert sum(not d["working"] for d in listed) == sum(1 for i in range(LINES) if i % 3)
