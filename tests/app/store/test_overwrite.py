"""No output of the program replaces a workspace, and replacing any other file needs the
user's consent (--force). A workspace is recognised by its content, not by its name."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.app.store.test_lock import _start_holder
from tests.data_safety import digest, run_cli_process

OUTPUTS = {  # command line of each output, given the workspace and the target
    "export": lambda ws, out: ["export", ws, out],
    "print": lambda ws, out: ["print", ws, out, "--form", "goals"],
    "template": lambda ws, out: ["template", out, "--workspace", ws],
}


@pytest.mark.parametrize("command", sorted(OUTPUTS))
@pytest.mark.parametrize("force", [False, True])
def test_an_output_never_replaces_the_workspace_it_reads(cli, demo_path: Path, command: str,
                                                         force: bool) -> None:
    before = digest(demo_path)
    args = OUTPUTS[command](demo_path, demo_path) + (["--force"] if force else [])
    result = cli(*args)
    assert result.code == 1, result.out
    assert "is a CrossDesk workspace" in result.err and "Traceback" not in result.err
    assert digest(demo_path) == before
    assert cli("info", demo_path).code == 0


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_a_workspace_under_another_name_is_recognised_by_its_content(cli, demo_path: Path,
                                                                      tmp_path: Path,
                                                                      command: str) -> None:
    disguised = tmp_path / ("plan.pdf" if command == "print" else "plan.xlsx")
    shutil.copyfile(demo_path, disguised)
    before = digest(disguised)
    result = cli(*OUTPUTS[command](demo_path, disguised), "--force")
    assert result.code == 1 and "is a CrossDesk workspace" in result.err
    assert digest(disguised) == before


def test_a_workspace_open_in_another_program_is_not_replaced(cli, demo_path: Path,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other.crossdesk"
    shutil.copyfile(demo_path, other)
    child = _start_holder(other)
    try:
        before = digest(other)
        for args in (OUTPUTS["export"](demo_path, other), ["backup", demo_path, other]):
            result = cli(*args, "--force")
            assert result.code == 1, result.out
            assert "Traceback" not in result.err
            assert digest(other) == before
        assert "open in CrossDesk" in cli("backup", demo_path, other, "--force").err
    finally:
        child.kill()
        child.wait()
    # Once nobody has it open, backup --force keeps its documented meaning.
    assert cli("backup", demo_path, other, "--force").code == 0


def test_the_journal_of_a_workspace_is_part_of_it(cli, demo_path: Path) -> None:
    journal = Path(str(demo_path) + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    result = cli(*OUTPUTS["template"](demo_path, journal), "--force")
    assert result.code == 1 and "is a CrossDesk workspace" in result.err
    assert journal.read_bytes()[:8] == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_replacing_another_file_needs_force(cli, demo_path: Path, tmp_path: Path,
                                            command: str) -> None:
    out = tmp_path / ("old.pdf" if command == "print" else "old.xlsx")
    out.write_bytes(b"the coordinator's own file")
    result = cli(*OUTPUTS[command](demo_path, out))
    assert result.code == 1 and "--force" in result.err and "Traceback" not in result.err
    assert out.read_bytes() == b"the coordinator's own file"
    result = cli(*OUTPUTS[command](demo_path, out), "--force")
    assert result.code == 0, result.err
    assert out.read_bytes() != b"the coordinator's own file"


def test_a_new_file_needs_no_force(cli, demo_path: Path, tmp_path: Path) -> None:
    for command, make in OUTPUTS.items():
        out = tmp_path / f"{command}.{'pdf' if command == 'print' else 'xlsx'}"
        assert cli(*make(demo_path, out)).code == 0
        assert out.stat().st_size > 0


def test_the_real_command_refuses_in_chinese_too(demo_path: Path) -> None:
    done = run_cli_process("export", demo_path, demo_path, "--lang", "zh_CN")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "工作区" in done.stderr and "绝不会覆盖" in done.stderr


def test_the_rule_says_what_writing_would_do(demo_path: Path, tmp_path: Path) -> None:
    from app.store import write_target

    judge = write_target.judge
    assert judge(tmp_path / "new.xlsx").refusal is None
    assert not judge(tmp_path / "new.xlsx").replaces
    assert judge(demo_path).refusal is not None
    assert judge(demo_path, write_target.Output.WORKSPACE_COPY).replaces
    assert judge(tmp_path).refusal is not None  # a folder
    assert judge(tmp_path / "no" / "x.pdf").refusal is not None
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    assert judge(pipe).refusal is not None  # not a regular file
