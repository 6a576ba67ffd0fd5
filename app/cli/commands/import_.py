"""``crossdesk-cli import WORKSPACE IN.xlsx [--initiative ID | --new-initiative NAME]
[--dry-run]``: the preview first; a file with any bad row changes nothing and exits 1."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import opened, pick_initiative
from app.cli.main import add_lang_option
from app.excel.apply import apply_plan
from app.excel.plan import build_plan
from app.excel.preview import describe, notes, unused_lines
from app.i18n import current_language, tr

NAME = "import"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.import.help"), description=tr("cli.import.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("file", help=tr("cli.import.file"))
    target = p.add_mutually_exclusive_group()
    target.add_argument("--initiative", type=int, help=tr("cli.opt.initiative"))
    target.add_argument("--new-initiative", metavar="NAME", help=tr("cli.import.new_initiative"))
    p.add_argument("--dry-run", action="store_true", help=tr("cli.import.dry_run"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lang = current_language()
    with opened(args.workspace, write=not args.dry_run) as ws:
        initiative_id = None if args.new_initiative else pick_initiative(ws, args.initiative)
        plan = build_plan(ws, args.file, initiative_id, args.new_initiative)
        if args.dry_run or plan.has_errors:
            out = sys.stdout if not plan.has_errors else sys.stderr
            for line in describe(plan, lang, only_errors=plan.has_errors and not args.dry_run):
                out.write(line + "\n")
            if plan.has_errors:
                sys.stderr.write(tr("cli.error_prefix", lang) + tr(
                    "excel.error.has_errors", lang, n=len(plan.error_rows)) + "\n")
                return 1
            return 0
        result = apply_plan(ws, plan)
    for line in unused_lines(plan, lang) + notes(plan, lang):  # imported, but say what was not
        print(line)
    print(tr("excel.done.import", lang, summary=plan.summary(lang)))
    if args.new_initiative:
        print(tr("cli.info.line", lang, id=result.initiative_id, name=args.new_initiative))
    return 0
