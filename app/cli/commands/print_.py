"""``crossdesk-cli print WORKSPACE OUT.pdf [--initiative ID] [--form KEY | --item NUMBER]
[--force] [--lang en|zh_CN]``: forms (``--form register`` is the register's list), or one
register item's sheet (``--item WT-007``; with several initiatives, ``--initiative`` says
whose)."""

from __future__ import annotations

import argparse

from app import printing
from app.cli.common import add_force_option, opened, pick_initiative
from app.cli.main import add_lang_option
from app.errors import UsageError, UserError
from app.i18n import current_language, tr
from app.store import write_target

NAME = "print"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.print.help"), description=tr("cli.print.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("out", metavar="OUT.pdf", help=tr("cli.print.out"))
    p.add_argument("--initiative", type=int, metavar="ID", help=tr("cli.opt.initiative"))
    # Checked in run(), not by argparse, so that the message names the forms in the user's
    # language; an unknown form is bad usage all the same (exit 2).
    choices = "|".join([*printing.sheet_keys(), "all"])
    p.add_argument("--form", action="append", metavar="{" + choices + "}",
                   help=tr("cli.print.form", choices=", ".join([*printing.sheet_keys(), "all"])))
    p.add_argument("--item", metavar="NUMBER", help=tr("cli.print.item"))
    add_force_option(p)
    add_lang_option(p)
    p.set_defaults(handler=run)


def _print_item(args: argparse.Namespace) -> int:
    from app.register.read import find_item

    if args.form:
        raise UsageError("error.register.item_and_form")
    write_target.check(args.out, force=args.force)
    with opened(args.workspace) as ws:
        if args.initiative is not None:
            pick_initiative(ws, args.initiative)
        item_id = find_item(ws, args.item, args.initiative)
        job = printing.print_item(ws, item_id, args.out, lang=args.lang or current_language())
    tags = ", ".join(f"{s.title} {s.version}" for s in job.sheets)
    print(tr("cli.print.done", sheets=len(job.sheets), path=args.out, tags=tags))
    return 0


def run(args: argparse.Namespace) -> int:
    if args.item is not None:
        return _print_item(args)
    keys = [k.strip() for value in (args.form or []) for k in value.split(",") if k.strip()]
    try:
        printing.registry.resolve(keys)  # refuse an unknown form before opening anything
    except UserError as exc:
        raise UsageError(exc.key, **exc.fmt) from None
    write_target.check(args.out, force=args.force)
    with opened(args.workspace) as ws:
        initiative_id = pick_initiative(ws, args.initiative)
        job = printing.print_pdf(ws, initiative_id, args.out, forms=keys or None,
                                 lang=args.lang or current_language())
    tags = ", ".join(f"{s.key} {s.version}" for s in job.sheets)
    print(tr("cli.print.done", sheets=len(job.sheets), path=args.out, tags=tags))
    return 0
