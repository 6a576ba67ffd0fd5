"""``crossdesk-cli template OUT.xlsx [--lang en|zh_CN] [--workspace WORKSPACE] [--force]``"""

from __future__ import annotations

import argparse

from app.cli.common import add_force_option, opened
from app.cli.main import add_lang_option
from app.excel.template import write_template
from app.i18n import current_language, tr
from app.org import organisation
from app.store import write_target

NAME = "template"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.template.help"), description=tr("cli.template.help"))
    p.add_argument("out", help=tr("cli.export.out"))
    p.add_argument("--workspace", help=tr("cli.opt.template_workspace"))
    add_force_option(p)
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    write_target.check(args.out, force=args.force)
    departments: list[str] = []
    if args.workspace:
        with opened(args.workspace) as ws:
            departments = organisation.department_names(ws)
    write_template(args.out, current_language(), departments)
    print(tr("excel.done.export", path=args.out))
    return 0
