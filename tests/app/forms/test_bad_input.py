"""Bad input, everywhere: every field of every form and every command is tried with the
list in ``bad_input``; each refusal has a clear message, no traceback, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import build_parser
from app.errors import UserError
from app.forms import editing
from app.forms.specs import FORMS, Kind
from app.org import initiatives
from app.store.workspace import Workspace
from tests.app.forms.bad_input import (
    BAD_ARGUMENTS,
    BAD_CALENDAR_FILES,
    BAD_FILES,
    BAD_TARGETS,
    EXOTIC_TEXT,
    bad_values,
    make_bad_file,
)
from tests.data_safety import digest, run_cli_process

# A phone number or an e-mail address is text of a given form (app.forms.contact), not free text.
CONTACT_BAD = {"phone": ("not a number", "1391234abc"), "email": ("no address", "not-an-email")}
FIELD_CASES = [
    pytest.param(form.key, spec.key, label, value, id=f"{form.key}.{spec.key}-{label}")
    for form in FORMS.values() for spec in form.fields if spec.editable
    for label, value in [*bad_values(spec.kind, spec.required),
                         *([CONTACT_BAD[spec.key]] if spec.key in CONTACT_BAD else [])]
]
TEXT_FIELDS = [(form.key, spec.key) for form in FORMS.values() for spec in form.fields
               if spec.editable and spec.kind in (Kind.TEXT, Kind.LONGTEXT)
               and spec.key not in CONTACT_BAD]


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datetime as dt

    from app.demo import create_demo

    path = tmp_path_factory.mktemp("bad") / "demo.crossdesk"
    create_demo(str(path), today=dt.date(2026, 11, 20)).close()
    return path


@pytest.fixture(scope="module")
def ws(shared_demo: Path):
    opened = Workspace.open(shared_demo)
    yield opened
    opened.close()


_FIRST_ROWS: dict[tuple[str, str], int] = {}


def _first_row(ws: Workspace, form: str) -> int:
    key = (str(ws.path), form)
    if key not in _FIRST_ROWS:
        ini = initiatives.list_initiatives(ws)[0].id
        found = editing.rows(ws, form, ini)
        assert found, f"the demo has no row in {form}"
        _FIRST_ROWS[key] = found[0].id
    return _FIRST_ROWS[key]


def test_every_editable_field_kind_is_covered() -> None:
    kinds = {spec.kind for form in FORMS.values() for spec in form.fields if spec.editable}
    assert all(bad_values(kind, False) for kind in kinds), "a kind without bad values"


@pytest.mark.parametrize(("form", "key", "label", "value"), FIELD_CASES)
def test_a_form_field_refuses_bad_values_and_stores_nothing(ws: Workspace, form: str,
                                                            key: str, label: str,
                                                            value: object) -> None:
    row = _first_row(ws, form)
    before_value = editing.get_value(ws, form, row, key)
    before = digest(ws.path)
    with pytest.raises(UserError) as caught:
        editing.set_value(ws, form, row, key, value)
    message = caught.value.message("en")
    assert message and "Traceback" not in message and len(message) < 400
    assert caught.value.message("zh_CN") != message  # said in Chinese too
    assert digest(ws.path) == before
    assert editing.get_value(ws, form, row, key) == before_value


@pytest.mark.parametrize(("form", "key"), TEXT_FIELDS)
def test_text_in_any_script_is_stored_exactly(ws: Workspace, form: str, key: str) -> None:
    row = _first_row(ws, form)
    old = editing.get_value(ws, form, row, key)
    for _label, text in EXOTIC_TEXT:
        editing.set_value(ws, form, row, key, text)
        assert editing.get_value(ws, form, row, key) == text
    editing.set_value(ws, form, row, key, old)


def test_initiative_names_refuse_empty_and_control_text(ws: Workspace) -> None:
    before = digest(ws.path)
    for bad in ("", "   ", "a\x00b", "n" * 301):
        with pytest.raises(UserError):
            initiatives.create_initiative(ws, bad)
    assert digest(ws.path) == before
    ini = initiatives.create_initiative(ws, "مبادرة 🚀 协作")
    assert "مبادرة 🚀 协作" in [i.name for i in initiatives.list_initiatives(ws)]
    initiatives.delete_initiative(ws, ini)


# -- the command line -------------------------------------------------------------------
def _commands_taking_a_workspace() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    names = []
    for name, parser in sub.choices.items():  # type: ignore[union-attr]
        positionals = [a.dest for a in parser._actions if not a.option_strings]
        # `new` makes the file and `backups` lists by path without reading it.
        if positionals and positionals[0] == "workspace" and name not in ("new", "backups"):
            names.append(name)
    return sorted(names)


COMMANDS = _commands_taking_a_workspace()
# What else a command needs after WORKSPACE to get as far as reading it.
# (Each command in turn may refuse the other argument first: still exit 1, nothing changed.)
EXTRA_ARGS: dict[str, list[str]] = {
    "restore": ["{backup}"], "import": ["{tmp}/people.xlsx"], "export": ["{tmp}/out.xlsx"],
    "print": ["{tmp}/out.pdf"], "report": ["{tmp}/report.pdf"],
    "archive": ["{tmp}/archive"], "reopen": ["--initiative", "1"],
}


def test_the_known_commands_are_all_tried() -> None:
    assert {"info", "backup", "restore"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_command_handed_a_bad_file_says_so_and_changes_nothing(
        cli, demo_path: Path, tmp_path: Path, command: str, kind: str) -> None:
    from app import backups

    bad = make_bad_file(kind, tmp_path, demo_path)
    good_backup = backups.take_backup(demo_path)
    before = digest(bad) if bad.is_file() else None
    listing = sorted(p.name for p in tmp_path.iterdir())
    extra = [a.format(backup=good_backup, tmp=tmp_path) for a in EXTRA_ARGS.get(command, [])]
    result = cli(command, bad, *extra)
    if command == "restore" and kind in ("damaged workspace", "truncated workspace"):
        # Exactly what restore is for: the damaged file is replaced (and its bytes kept).
        assert result.code == 0, result.err
        assert cli("info", bad).code == 0
        return
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err + result.out
    if command == "check" and kind in ("damaged workspace", "truncated workspace"):
        assert "file.damaged" in result.out  # for `check` the damage is its finding
    else:
        assert result.err.startswith("Error: ")
    assert (digest(bad) if bad.is_file() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no output file either


@pytest.mark.parametrize("argv", [
    ["new", "{tmp}/no/such/folder/x.crossdesk"],
    ["new", "{demo}"],
    ["new", "{tmp}"],
    ["info", "{tmp}/missing.crossdesk"],
    ["info", "{demo}", "--initiative", "-5"],
    ["restore", "{demo}", "0"],
    ["restore", "{demo}", "99999999999999999999"],
    ["backup", "{demo}", "{tmp}/no/such/folder/x.crossdesk"],
])
def test_bad_arguments_get_a_message_and_change_nothing(cli, demo_path: Path, tmp_path: Path,
                                                         argv: list[str]) -> None:
    args = [a.format(tmp=tmp_path, demo=demo_path) for a in argv]
    before = digest(demo_path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = cli(*args)
    assert result.code in (1, 2), result.out
    assert "Traceback" not in result.err and result.err.strip()
    assert digest(demo_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_a_real_process_fed_garbage_prints_no_traceback(demo_path: Path, tmp_path: Path) -> None:
    bad = make_bad_file("random bytes", tmp_path, demo_path)
    for command in ("info", "backup"):
        done = run_cli_process(command, bad)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "not a CrossDesk workspace" in done.stderr


# -- outputs, calendar files and arguments (the attacks of issue 14) ----------------------
OUTPUT_COMMANDS = {
    "export": lambda ws, out: ["export", ws, out],
    "print": lambda ws, out: ["print", ws, out, "--form", "goals"],
    "report": lambda ws, out: ["report", ws, out],
    "template": lambda ws, out: ["template", out, "--workspace", ws],
    "backup": lambda ws, out: ["backup", ws, out],
}


@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
@pytest.mark.parametrize("target", sorted(BAD_TARGETS))
def test_an_output_handed_a_bad_target_writes_nothing(cli, demo_path: Path, tmp_path: Path,
                                                      command: str, target: str) -> None:
    out = BAD_TARGETS[target](demo_path, tmp_path)
    if command == "backup" and target == "a folder":
        pytest.skip("backup DEST may be a folder: the copy goes into it")
    before = {p: digest(p) for p in (demo_path, out) if p.is_file()}
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = cli(*OUTPUT_COMMANDS[command](demo_path, out))
    assert result.code == 1, (result.out, result.err)
    assert result.err.startswith("Error: ") and "Traceback" not in result.err
    assert {p: digest(p) for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize("kind", sorted(BAD_CALENDAR_FILES))
def test_calendar_import_of_a_bad_file_returns_with_a_message(demo_path: Path, tmp_path: Path,
                                                              kind: str) -> None:
    path = BAD_CALENDAR_FILES[kind](tmp_path)
    before = digest(demo_path)
    done = run_cli_process("calendar", demo_path, "--import", path, timeout=30)
    assert done.returncode == 1, done.stdout
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr
    assert digest(demo_path) == before


@pytest.mark.parametrize("name", sorted(BAD_ARGUMENTS))
def test_arguments_that_once_crashed_get_a_message(cli, demo_path: Path, tmp_path: Path,
                                                   name: str) -> None:
    args = [a.format(ws=demo_path, tmp=tmp_path) for a in BAD_ARGUMENTS[name]]
    before = digest(demo_path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = cli(*args)
    assert result.code in (1, 2), (result.out, result.err)
    assert result.err.strip() and "Traceback" not in result.err
    assert digest(demo_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
