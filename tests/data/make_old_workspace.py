"""How tests/data/schema1.crossdesk and schema2.crossdesk were made: with the program as it
was at that schema version, run from a checkout of that commit in its own venv:

    schema 1: 104a140f439a0aae616f33c56c537edec81dfc3a (the last commit before schema 2)
    schema 2: 63d0c382dab93eaed07f2eaa7dbc9e4695ab18c8 (the last commit before schema 3)

    git worktree add --detach /tmp/old COMMIT && cd /tmp/old && python3 -m venv .venv
    .venv/bin/pip install -e . && .venv/bin/python make_old_workspace.py schemaN.crossdesk

The demo initiative fills every table (RACI letters, sign-offs, links); three calendar days
(two holidays and a working Saturday) are added, since the demo has none. Kept in the
repository as a record: it imports the old layout (``app.models``), not today's.
"""

import datetime as dt
import sqlite3
import sys

from app.models import CalendarDay  # type: ignore[import-not-found]

from app.demo import create_demo

path = sys.argv[1]
ws = create_demo(path, today=dt.date(2026, 11, 20))
with ws.write("calendar") as s:
    s.add(CalendarDay(day=dt.date(2026, 12, 31), working=False, name="年末休息"))
    s.add(CalendarDay(day=dt.date(2027, 1, 1), working=False, name="元旦"))
    s.add(CalendarDay(day=dt.date(2026, 12, 26), working=True, name="调休上班"))
ws.close()
con = sqlite3.connect(path)
for (name,) in con.execute("select name from sqlite_master where type='table' order by name"):
    print(name, con.execute(f'select count(*) from "{name}"').fetchone()[0])
print("user_version", con.execute("pragma user_version").fetchone()[0])
con.close()
