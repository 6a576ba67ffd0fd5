"""The register on paper: each kind's sheet and the list, read back with pdftotext in both
languages, fonts embedded; the command line's ``--item`` and ``--form register``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app import printing
from app.register.read import find_item
from app.store.workspace import Workspace
from tests.app.printing.conftest import pdffonts, pdftotext, squash
from tests.conftest import DEMO_TODAY
from tests.data_safety import CliResult

# number → (English title and signature words, Chinese ones), each as printed.
SHEETS = {
    "HY-002": (["Cross-department meeting record", "第 5 周周例会", "Attendees",
                "Agenda and discussion", "Decisions and action items", "开通电子审批系统权限",
                "Attendees' confirmation", "Minutes sent at"],
               ["跨部门沟通记录表", "参会人员", "议题与讨论", "决议与行动项", "参会人员确认",
                "纪要发出时间", "周例会", "孙丽"]),
    "WT-002": (["Problem report and assessment", "Urgent", "Escalated to", "Department head",
                "The head of the lead department confirms"],
               ["问题反馈表", "问题初步评估表", "紧急", "升级至", "部门负责人",
                "牵头部门负责人签字确认"]),
    "FX-001": (["Risk notice", "电子审批系统配置", "Forecast finish", "Emergency meeting",
                "HY-003", "Issued by the task's owner"],
               ["风险预警通知", "预计完成", "紧急协调会", "延误工作日", "由任务负责人发出"]),
    "ZY-001": (["Resource request", "Partly granted", "Alternative", "Providing department",
                "Department head"],
               ["资源申请表", "部分同意", "替代方案", "提供部门", "申请部门签字提交"]),
    "XZ-001": (["Collaboration request", "Departments asked", "派 2 名工程师担任讲师",
                "each department asked signs"],
               ["跨部门协作申请单", "协作部门及需求", "抄送部门", "各协作部门签字确认"]),
    "BG-001": (["Change request record", "First approver", "Second approver",
                "both approvers' signatures"],
               ["需求变更登记表", "第一审批人", "第二审批人", "须经两名审批人签字"]),
}


@pytest.mark.parametrize("number", sorted(SHEETS))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_kind_prints_its_sheet(demo_ws: Workspace, tmp_path: Path, number: str,
                                    lang: str) -> None:
    out = tmp_path / f"{number}.pdf"
    job = printing.print_item(demo_ws, find_item(demo_ws, number), out, lang, DEMO_TODAY)
    text = squash(pdftotext(out))
    words = SHEETS[number][0 if lang == "en" else 1]
    for word in [number, job.sheets[0].version, *words]:
        assert squash(word) in text, word
    assert {f["emb"] for f in pdffonts(out)} == {"yes"}


def test_the_list_prints_every_item_with_its_clock(demo_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    printing.print_pdf(demo_ws, 1, out, ["register"], "en", DEMO_TODAY)
    text = squash(pdftotext(out))
    assert squash("Coordination register") in text
    for number in ("HY-001", "HY-004", "WT-003", "FX-002", "ZY-002", "XZ-001", "BG-002"):
        assert number in text
    # Printed for the demo's today (its start): the clocks read then.
    assert squash("overdue by 2 working days") in text
    out_zh = tmp_path / "register_zh.pdf"
    printing.print_pdf(demo_ws, 1, out_zh, ["register"], "zh_CN", DEMO_TODAY)
    text = squash(pdftotext(out_zh))
    assert "协调登记簿" in text and "逾期2个工作日" in text and "风险预警通知" in text


def test_cli_item_and_form(cli: Callable[..., CliResult], demo_path: Path,
                           tmp_path: Path) -> None:
    out = tmp_path / "wt.pdf"
    done = cli("print", demo_path, out, "--item", "wt-2", "--lang", "zh_CN")
    assert done.code == 0, done.err
    assert "WT-002" in squash(pdftotext(out))
    listed = cli("print", demo_path, tmp_path / "list.pdf", "--form", "register")
    assert listed.code == 0 and "FX-001" in pdftotext(tmp_path / "list.pdf")
    unknown = cli("print", demo_path, tmp_path / "x.pdf", "--item", "WT-099", "--lang", "en")
    assert unknown.code == 2 and "WT-099" in unknown.err
    bad = cli("print", demo_path, tmp_path / "x.pdf", "--item", "hello", "--lang", "en")
    assert bad.code == 2 and "hello" in bad.err
    both = cli("print", demo_path, tmp_path / "x.pdf", "--item", "WT-002", "--form", "goals",
               "--lang", "en")
    assert both.code == 2 and "--item" in both.err
    assert not (tmp_path / "x.pdf").exists()
