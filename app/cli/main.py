"""Entry point of ``crossdesk-cli``: parses the command line and runs one sub-command.

Exit status: 0 success, 1 bad input or a refused file (a message, never a traceback),
2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__
from app.cli import commands
from app.errors import UsageError, UserError
from app.i18n import set_language, system_language, tr

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {tr('cli.usage_error')}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _command_modules() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    return found


def _pre_language(argv: Sequence[str]) -> str:
    """The --lang value, read before parsing so that help texts use that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return system_language()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crossdesk-cli", description=tr("cli.description"))
    parser.add_argument("--version", action="version", version=f"CrossDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in _command_modules():
        module.add_parser(sub)
    return parser


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["en", "zh_CN"], help=tr("cli.opt.lang"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_pre_language(argv))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if getattr(args, "lang", None):
        set_language(args.lang)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        sys.stderr.write(f"crossdesk-cli: {tr('cli.usage_error')}: {exc.message()}\n")
        return EXIT_USAGE
    except UserError as exc:
        sys.stderr.write(tr("cli.error_prefix") + exc.message() + "\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write(tr("cli.interrupted") + "\n")
        return 130
    except OSError as exc:
        sys.stderr.write(tr("cli.error_prefix") + tr("cli.os_error", reason=str(exc)) + "\n")
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
