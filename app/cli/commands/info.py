"""``crossdesk-cli info WORKSPACE [--json]``"""

from __future__ import annotations

import argparse

from app.cli.common import opened, print_json
from app.cli.main import add_lang_option
from app.i18n import tr
from app.org import initiatives
from app.signoff import signatures
from app.store.workspace import SCHEMA_VERSION

NAME = "info"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(NAME, help=tr("cli.info.help"), description=tr("cli.info.help"))
    p.add_argument("workspace", help=tr("cli.opt.workspace"))
    p.add_argument("--json", action="store_true", help=tr("cli.opt.json"))
    add_lang_option(p)
    p.set_defaults(handler=run)


def collect(path: str) -> dict:
    with opened(path) as ws:
        found = []
        for ini in initiatives.list_initiatives(ws):
            counts = initiatives.counts(ws, ini.id)
            with ws.read() as s:
                counts["stale_signoffs"] = len(signatures.stale_signoffs(s, ini.id))
            found.append({"id": ini.id, "name": ini.name, "counts": counts})
    return {"schema_version": SCHEMA_VERSION, "initiatives": found}


def run(args: argparse.Namespace) -> int:
    data = collect(args.workspace)
    if args.json:
        print_json(data)
        return 0
    print(tr("cli.info.schema", version=data["schema_version"]))
    if not data["initiatives"]:
        print(tr("cli.info.none"))
    for ini in data["initiatives"]:
        print(tr("cli.info.line", id=ini["id"], name=ini["name"]))
        for key, n in ini["counts"].items():
            print(f"    {tr('cli.count.' + key)}: {n}")
    return 0
