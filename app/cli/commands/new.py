"""``crossdesk-cli new WORKSPACE [--demo]``"""

from __future__ import annotations

import argparse

from app import demo
from app.cli.main import add_lang_option
from app.i18n import tr
from app.store.workspace import Workspace

NAME = "new"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.new.help"), description=tr("cli.new.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--demo", action="store_true", help=tr("cli.new.demo"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.create(args.workspace)
    try:
        if args.demo:
            demo.fill(ws)
    finally:
        ws.close()
    print(tr("cli.new.created", path=args.workspace))
    return 0
