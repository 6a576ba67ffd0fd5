"""``crossdesk-cli check WORKSPACE [--initiative ID] [--today WHEN] [--json]``: every rule of the forms.

Exit 0 when nothing is broken, 1 when something is — so a script or a scheduled task can
tell a healthy workspace from one that needs the coordinator's attention.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli.common import opened, pick_initiative, print_json
from app.cli.main import add_lang_option
from app.errors import WorkspaceError
from app.i18n import tr
from app.rules import Finding, check_all
from app.rules import file as file_rules

NAME = "check"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.check.help"), description=tr("cli.check.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    p.add_argument("--today", metavar="YYYY-MM-DD[THH:MM]", help=tr("cli.check.today"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def collect(path: str, initiative_id: int | None = None,
            now: dt.datetime | None = None) -> list[Finding]:
    """Every finding of the workspace (or of one initiative), the file's own first; the
    register's clocks read at ``now``."""
    name = Path(path).name
    try:
        with opened(path) as ws:
            if initiative_id is not None:
                pick_initiative(ws, initiative_id)  # an unknown id is bad input, not a finding
            with ws.read() as s:
                return file_rules.check_file(s, name) + check_all(s, initiative_id, now)
    except WorkspaceError as exc:
        if file_rules.is_damage(exc):
            return [file_rules.damaged_finding(exc, name)]
        raise


def run(args: argparse.Namespace) -> int:
    from app.cli.commands.register import parse_moment

    now = parse_moment(args.today) if args.today else None
    findings = collect(args.workspace, args.initiative, now)
    if args.json:
        print_json({"findings": [f.as_json() for f in findings]})
    elif not findings:
        print(tr("cli.check.clean"))
    else:
        for f in findings:
            print(tr("cli.check.line", rule=f.rule,
                     initiative="-" if f.initiative is None else f.initiative,
                     item=f.item, message=f.message))
        # The count goes to stderr so that stdout holds exactly one line per finding.
        sys.stderr.write(tr("cli.check.summary", count=len(findings)) + "\n")
    return 1 if findings else 0
