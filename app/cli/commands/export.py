"""``crossdesk-cli export WORKSPACE OUT.xlsx [--initiative ID] [--force] [--lang en|zh_CN]``"""

from __future__ import annotations

import argparse

from app.cli.common import add_force_option, opened, pick_initiative
from app.cli.main import add_lang_option
from app.excel.export import export_workbook
from app.i18n import current_language, tr
from app.store import write_target

NAME = "export"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.export.help"), description=tr("cli.export.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("out", help=tr("cli.export.out"))
    p.add_argument("--initiative", type=int, help=tr("cli.opt.initiative"))
    add_force_option(p)
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    write_target.check(args.out, force=args.force)
    with opened(args.workspace) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        export_workbook(ws, initiative_id, args.out, current_language())
    print(tr("excel.done.export", path=args.out))
    return 0
