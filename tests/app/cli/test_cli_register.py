"""``crossdesk-cli register``: the list as the issue documents it, on the demo workspace."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.org.initiatives import create_initiative
from app.register import service
from app.store.workspace import Workspace
from tests.data_safety import CliResult, run_cli_process

Cli = Callable[..., CliResult]
KEYS = {"id", "number", "kind", "title", "status", "urgency", "opened", "due", "overdue",
        "owner", "department", "tasks"}


def _items(cli: Cli, *args: str | Path) -> list[dict[str, object]]:
    result = cli("register", *args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)["items"]  # type: ignore[no-any-return]


def test_json_shape_on_the_demo(cli: Cli, demo_path: Path) -> None:
    items = _items(cli, demo_path, "--today", "2026-11-20T14:00")
    assert {tuple(sorted(i)) for i in items} == {tuple(sorted(KEYS))}
    kinds = [i["kind"] for i in items]
    assert set(kinds) == {"meeting", "problem", "risk", "resource", "collaboration", "change"}
    by_number = {i["number"]: i for i in items}
    problem = by_number["WT-003"]
    # Routine, reported Thursday 15:00: the end of the 5th working day after, a Thursday.
    assert problem["urgency"] == "routine" and problem["opened"] == "2026-11-19T15:00"
    assert problem["due"] == "2026-11-26T23:59" and problem["overdue"] is False
    escalated = by_number["WT-002"]
    assert escalated["urgency"] == "urgent" and escalated["due"] == "2026-11-17T09:00"
    assert escalated["overdue"] is True and escalated["tasks"] and escalated["owner"] == "郑凯"
    assert by_number["HY-001"]["urgency"] is None
    assert all(isinstance(i["overdue"], bool) for i in items)
    assert {i["urgency"] for i in items if i["kind"] != "problem"} == {None}


def test_filters_kind_open_and_today(cli: Cli, demo_path: Path) -> None:
    problems = _items(cli, demo_path, "--kind", "problem", "--today", "2026-11-20")
    assert [i["number"] for i in problems] == ["WT-001", "WT-002", "WT-003"]
    still_open = _items(cli, demo_path, "--kind", "problem", "--open", "--today", "2026-11-20")
    assert [i["number"] for i in still_open] == ["WT-002", "WT-003"]
    # A week later the routine problem is past its clock as well.
    later = _items(cli, demo_path, "--kind", "problem", "--open", "--today", "2026-11-27T09:00")
    assert [i["overdue"] for i in later] == [True, True]


def test_initiative_picks_one_of_several(cli: Cli, demo_path: Path) -> None:
    with Workspace.open(demo_path) as ws:
        other = create_initiative(ws, "第二个项目")
        service.create_item(ws, other, "problem", {"title": "另一个问题"})
    both = _items(cli, demo_path)
    assert [i["number"] for i in both].count("WT-001") == 2
    only = _items(cli, demo_path, "--initiative", str(other))
    assert [(i["number"], i["title"]) for i in only] == [("WT-001", "另一个问题")]


def test_text_output_in_both_languages(cli: Cli, demo_path: Path) -> None:
    result = cli("register", demo_path, "--today", "2026-11-20T14:00", "--lang", "en")
    assert result.code == 0
    assert "WT-002" in result.out and "overdue by 3 working days" in result.out
    # the demo's hand-written items, and a risk notice for every task forecast late
    n = len(_items(cli, demo_path, "--today", "2026-11-20T14:00"))
    assert n >= 15 and f"{n} item(s), 2 overdue." in result.out
    result = cli("register", demo_path, "--today", "2026-11-20T14:00", "--lang", "zh_CN")
    assert "逾期 3 个工作日" in result.out and f"共 {n} 项，逾期 2 项。" in result.out


def test_bad_input_is_a_clear_message_and_a_non_zero_exit(cli: Cli, demo_path: Path,
                                                          tmp_path: Path) -> None:
    before = demo_path.read_bytes()
    bad_kind = cli("register", demo_path, "--kind", "memo")
    assert bad_kind.code == 2 and "memo" in bad_kind.err and "Traceback" not in bad_kind.err
    bad_day = cli("register", demo_path, "--today", "2026-13-40", "--lang", "en")
    assert bad_day.code == 1 and "2026-13-40" in bad_day.err
    bad_time = cli("register", demo_path, "--today", "2026-11-20T25:00", "--lang", "en")
    assert bad_time.code == 1 and "2026-11-20T25:00" in bad_time.err
    no_initiative = cli("register", demo_path, "--initiative", "99", "--lang", "en")
    assert no_initiative.code == 1 and "99" in no_initiative.err
    missing = cli("register", tmp_path / "none.crossdesk", "--lang", "en")
    assert missing.code == 1 and "none.crossdesk" in missing.err
    assert demo_path.read_bytes() == before


def test_as_its_own_process(demo_path: Path) -> None:
    done = run_cli_process("register", demo_path, "--kind", "risk", "--json",
                           "--today", "2026-11-20T14:00")
    assert done.returncode == 0, done.stderr
    numbers = [i["number"] for i in json.loads(done.stdout)["items"]]
    assert numbers[:3] == ["FX-001", "FX-002", "FX-003"]
    assert all(n.startswith("FX-") for n in numbers)


def test_check_reads_the_register_clocks_at_today(cli: Cli, demo_path: Path) -> None:
    clean = cli("check", demo_path, "--today", "2026-11-20T14:00", "--json")
    assert clean.code == 0 and json.loads(clean.out) == {"findings": []}
    later = cli("check", demo_path, "--today", "2026-11-27T09:00", "--json")
    rules = {f["rule"] for f in json.loads(later.out)["findings"]}
    assert later.code == 1 and "register.problem_not_escalated" in rules
