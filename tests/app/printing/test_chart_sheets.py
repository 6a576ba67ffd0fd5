"""The priority matrix and Form 5's KPI chart on paper: drawn as vectors in the embedded
fonts from the same records as the matplotlib charts on screen, with no raster image and
without importing matplotlib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import printing
from app.charts.kpi_content import headline, kpi_bars, kpi_panel
from app.i18n import tr
from app.matrix.matrix_data import matrix_points
from app.org.initiatives import create_initiative
from app.store.changes import ChangeArea
from app.store.models import Kpi
from app.store.workspace import Workspace
from tests.app.printing.conftest import page_count, pdffonts, pdftotext, squash

QUADRANTS = {"en": ("Act now", "Plan", "Quick fix", "Watch"),
             "zh_CN": ("立即处理", "计划处理", "快速改进", "持续观察")}


def images_in(pdf: Path) -> int:
    count = 0
    for page in PdfReader(str(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        count += sum(1 for x in xobjects.values()
                     if x.get_object()["/Subtype"] == "/Image")
    return count


def fonts_embedded(pdf: Path) -> bool:
    found = pdffonts(pdf)
    return bool(found) and all(f["emb"] == "yes" for f in found)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_matrix_sheet_is_vector_text_with_every_pain_point(demo_ws: Workspace, tmp_path: Path,
                                                           lang: str) -> None:
    out = tmp_path / "matrix.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["matrix"], lang=lang)
    assert page_count(out) == 1
    text = pdftotext(out)
    flat = squash(text)
    for name in QUADRANTS[lang]:
        assert name in text
    assert tr("matrix.list.title", lang) in text
    assert squash(tr("matrix.axis.impact", lang)) in flat
    # every pain point in the ranked list: rank, impact × frequency and its short name
    for p in matrix_points(demo_ws, 1):
        assert f"{p.impact}×{p.frequency}{p.label}" in flat
        assert p.label in text
    assert images_in(out) == 0
    assert fonts_embedded(out)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_kpi_chart_prints_names_values_and_verdicts(demo_ws: Workspace, tmp_path: Path,
                                                    lang: str) -> None:
    out = tmp_path / "form5.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["evaluation"], lang=lang)
    flat = squash(pdftotext(out))
    bars = kpi_bars(demo_ws, 1)
    title, _colour = headline(bars, lang)
    assert squash(title) in flat
    for bar in bars:
        panel = kpi_panel(bar, lang)
        # the name once in the table and once over its panel
        assert flat.count(squash(bar.name)) >= 2
        assert squash(panel.direction) in flat and squash(panel.verdict) in flat
        for column in panel.columns:
            assert squash(column.text) in flat and squash(column.label) in flat
    assert images_in(out) == 0
    assert fonts_embedded(out)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_form5_sign_off_stays_on_page_one_when_it_has_room(demo_ws: Workspace, tmp_path: Path,
                                                           lang: str) -> None:
    """The demo's five KPIs leave a third of page 1 free: the sign-off block goes there
    (the chart gives up a little height) instead of starting a page of its own."""
    out = tmp_path / "form5.pdf"
    job = printing.print_pdf(demo_ws, 1, out, forms=["evaluation"], lang=lang)
    assert page_count(out) == 1
    text = squash(pdftotext(out))
    assert squash(tr("field.signoff.title", lang)) in text
    assert squash(tr("print.sign.team_note", lang, tag=job.sheets[0].version)) in text
    for name in ("王建国", "李娜", "周强"):  # the lead and liaisons, each on a line to sign
        assert name in text
    bars = kpi_bars(demo_ws, 1)
    for bar in bars:  # the chart is all there
        assert squash(kpi_panel(bar, lang).verdict) in text


def test_many_kpis_continue_on_the_next_page_under_the_headline(empty_ws: Workspace,
                                                                 tmp_path: Path) -> None:
    ini = create_initiative(empty_ws, "评估")
    with empty_ws.write(ChangeArea.KPIS) as s:
        for i in range(14):
            s.add(Kpi(initiative_id=ini, position=i, name=f"Indicator {chr(65 + i)}",
                      unit="%", before=50 + i, target=80, after=70 + 2 * i,
                      lower_is_better=False))
    out = tmp_path / "form5.pdf"
    printing.print_pdf(empty_ws, ini, out, forms=["evaluation"], lang="en")
    text = pdftotext(out)
    for i in range(14):  # table row and panel title
        assert text.count(f"Indicator {chr(65 + i)}") == 2
    pages = page_count(out)
    chart_pages = [n for n in range(1, pages + 1)
                   if "KPIs before and after" in pdftotext(out, first=n, last=n)]
    assert len(chart_pages) >= 2  # the rows that do not fit go over, the headline with them
    assert images_in(out) == 0


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_empty_initiative_prints_its_empty_lines(empty_ws: Workspace, tmp_path: Path,
                                                 lang: str) -> None:
    ini = create_initiative(empty_ws, "空项目")
    out = tmp_path / "empty.pdf"
    printing.print_pdf(empty_ws, ini, out, forms=["matrix", "evaluation"], lang=lang)
    text = pdftotext(out)
    assert squash(tr("matrix.empty", lang)) in squash(text)
    assert tr("print.empty", lang) in text  # Form 5's table
    assert squash(tr("chart.kpi.title", lang)) not in squash(text)  # no chart without KPIs
    for name in QUADRANTS[lang]:
        assert name in text
    assert images_in(out) == 0
    assert fonts_embedded(out)


def test_printing_every_sheet_never_imports_matplotlib(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    script = (
        "import sys, datetime as dt\n"
        "from app import printing\n"
        "from app.store.workspace import Workspace\n"
        f"ws = Workspace.open({str(demo_path)!r}, read_only=True)\n"
        f"printing.print_pdf(ws, 1, {str(out)!r}, lang='zh_CN', today=dt.date(2026, 11, 20))\n"
        "ws.close()\n"
        "print('matplotlib' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[3])
    assert result.stdout.strip() == "False"
    assert page_count(out) > 5
