"""One module per sub-command. Each defines ``NAME``, ``add_parser(subparsers)`` and
``run(args) -> int``; ``app.cli.main`` discovers them, so adding a command touches no
other file."""
