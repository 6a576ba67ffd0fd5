"""Printed Form 4 carries the reference baseline's dates once there is a baseline, and
leaves the two columns out of a plan without one (they would take a page's width)."""

from __future__ import annotations

import datetime as dt

from app import printing
from app.schedule import baselines
from tests.app.printing.conftest import pdftotext, squash
from tests.conftest import DEMO_TODAY


def test_form_4_prints_the_baseline_columns_only_with_a_baseline(demo_ws, tmp_path):
    plain = tmp_path / "plain.pdf"
    printing.print_pdf(demo_ws, 1, plain, forms=["tracking"], lang="zh_CN", today=DEMO_TODAY)
    assert "基准完成" not in squash(pdftotext(plain))
    baselines.save_baseline(demo_ws, 1, "方案评审通过", dt.date(2026, 10, 26))
    out = tmp_path / "baseline.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["tracking"], lang="zh_CN", today=DEMO_TODAY)
    text = squash(pdftotext(out))
    assert "基准开始" in text and "基准完成" in text
