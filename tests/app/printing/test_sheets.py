"""Printed sheets read back from the PDF: titles, rows, signature lines, fonts, pages."""

from __future__ import annotations

import re

import pytest

from app import printing
from app.errors import UserError
from app.forms import editing
from app.forms.rows import access
from app.forms.specs import METHOD_FORMS
from app.i18n import tr
from app.org import initiatives
from tests.app.printing.conftest import page_count, pdffonts, pdftotext, squash

LANGS = ("en", "zh_CN")


@pytest.fixture(params=LANGS)
def lang(request):
    return request.param


@pytest.fixture
def demo_pdf(demo_ws, tmp_path, lang, today):
    out = tmp_path / f"demo-{lang}.pdf"
    job = printing.print_pdf(demo_ws, 1, out, lang=lang, today=today)
    return out, job


def test_every_form_prints_its_title_rows_and_signature_lines(demo_ws, demo_pdf, lang, today):
    out, job = demo_pdf
    text = squash(pdftotext(out, "-raw"))
    # The five forms first, in the method's order; the RACI, Gantt and matrix sheets after.
    assert [s.key for s in job.sheets][:5] == [f.key for f in METHOD_FORMS]
    for spec in METHOD_FORMS:
        assert squash(tr(spec.title_key, lang)) in text
        assert squash(tr("form.number", lang, n=spec.number)) in text
        for row in editing.rows(demo_ws, spec.key, 1, lang, today):
            first = row.text[spec.keys[0]]
            assert squash(first) in text, (spec.key, first)
    # Form 1: one line per participating department head, with the head's name
    for name in ("李娜", "陈静", "赵磊", "周强", "项目管理办公室"):
        assert name in text
    # the other forms: the overall lead and the liaisons
    assert text.count(squash(tr("enum.Role.lead", lang))) >= 4
    assert squash(tr("print.sign.signature", lang)) in text


def test_long_chinese_text_copies_out_as_written(demo_pdf):
    out, _job = demo_pdf
    text = squash(pdftotext(out, "-raw"))
    for written in ("2027年1月15日前完成全国首批渠道铺货，首月销量达到 5000 台",
                    "上市日期偏差 ≤ 3 天；首月销量 ≥ 5000 台",
                    "统筹新品上市全过程，审批关键节点，协调资源冲突",
                    "电子审批系统权限未开通，试运行无法启动",
                    "华东精密制造有限公司", "新品 X1 上市跨部门协作"):
        assert squash(written) in text


def test_every_font_is_embedded_and_none_is_a_standard_font(demo_pdf):
    out, _job = demo_pdf
    fonts = pdffonts(out)
    assert fonts, "no fonts listed"
    for font in fonts:
        assert font["emb"] == "yes", font
        assert font["uni"] == "yes", font  # a ToUnicode map: copied text is the real text
        assert font["type"].startswith("TrueType"), font
    names = {re.sub(r"^[A-Z]{6}\+", "", f["name"]) for f in fonts}
    assert names == {"DroidSansFallback", "DejaVuSansCondensed"}


def test_footer_says_date_version_and_page_x_of_y_per_sheet(demo_pdf, lang, today):
    out, job = demo_pdf
    pages = page_count(out)
    texts = [pdftotext(out, first=p, last=p) for p in range(1, pages + 1)]
    tracking = job.sheets[3]
    # (the plan review names Form 4's version too, but not in its footer)
    tracking_pages = [t for t in texts
                      if tr("print.footer.version", lang, tag=tracking.version) in t]
    assert len(tracking_pages) == 2  # the demo's 22 tasks take two landscape pages
    for i, t in enumerate(tracking_pages, 1):
        assert tr("print.footer.page", lang, page=i, pages=2) in t
    for t in texts:
        assert tr("print.footer.printed", lang, date=today.isoformat()) in t
        assert "华东精密制造有限公司" in t
    assert texts[0].count(tr("print.footer.page", lang, page=1, pages=1)) == 1


def test_long_form_repeats_the_table_header_on_every_page(large_ws, tmp_path, lang, today):
    out = tmp_path / "tracking.pdf"
    job = printing.print_pdf(large_ws, 1, out, forms=["tracking"], lang=lang, today=today)
    pages = page_count(out)
    assert pages >= 5
    header = tr("field.task.planned_start", lang)
    numbers = []
    for p in range(1, pages + 1):
        text = pdftotext(out, "-raw", first=p, last=p)
        assert squash(header) in squash(text), p
        assert squash(tr("form.tracking.title", lang)) in squash(text)
        assert tr("print.footer.page", lang, page=p, pages=pages) in text
        numbers += [int(m) for m in re.findall(r"^(\d{1,3}) 任务", text, re.M)]
    # every task printed once, in order, no row lost or doubled at a page break
    assert numbers == list(range(1, 201))
    assert job.sheets[0].version in pdftotext(out, first=pages, last=pages)


def test_same_content_same_tag_changed_content_new_tag(demo_ws, tmp_path, today):
    en = printing.collect_job(demo_ws, 1, lang="en", today=today)
    zh = printing.collect_job(demo_ws, 1, lang="zh_CN", today=today)
    again = printing.collect_job(demo_ws, 1, lang="en", today=today)
    tags = [s.version for s in en.sheets]
    assert tags == [s.version for s in zh.sheets] == [s.version for s in again.sheets]
    assert len(set(tags)) == len(tags)
    assert all(re.fullmatch(r"V-[0-9A-F]{6}", t) for t in tags)
    goal = editing.rows(demo_ws, "goals", 1)[0]
    editing.set_value(demo_ws, "goals", goal.id, "measure", "上市日期偏差 ≤ 2 天")
    after = printing.collect_job(demo_ws, 1, lang="en", today=today)
    assert after.sheets[0].version != tags[0]
    assert [s.version for s in after.sheets[1:]] == tags[1:]
    editing.set_value(demo_ws, "goals", goal.id, "measure", goal.values["measure"])
    assert printing.collect_job(demo_ws, 1, today=today).sheets[0].version == tags[0]


def test_an_empty_initiative_prints_blank_lines_to_sign(empty_ws, tmp_path, lang):
    ini = initiatives.create_initiative(empty_ws, "空白项目")
    out = tmp_path / "empty.pdf"
    job = printing.print_pdf(empty_ws, ini, out, lang=lang)
    assert [s.key for s in job.sheets] == printing.sheet_keys()
    text = pdftotext(out, "-raw")
    assert text.count(tr("print.empty", lang)) >= 5  # every table says it is empty
    assert "空白项目" in text


def test_a_cell_taller_than_a_page_is_split_not_lost(demo_ws, tmp_path, today):
    goal = editing.rows(demo_ws, "goals", 1)[0]
    long = "\n".join(f"第 {i} 行：验收标准逐条说明" for i in range(1, 121))
    editing.set_value(demo_ws, "goals", goal.id, "description", long)
    out = tmp_path / "tall.pdf"
    printing.print_pdf(demo_ws, 1, out, forms=["goals"], today=today)
    assert page_count(out) >= 2
    text = squash(pdftotext(out, "-raw"))
    assert squash("第 1 行：验收标准逐条说明") in text
    assert squash("第 120 行：验收标准逐条说明") in text


def test_sheet_registry_drives_what_prints(demo_ws):
    assert printing.sheet_keys()[:5] == [f.key for f in METHOD_FORMS]
    job = printing.collect_job(demo_ws, 1, forms=["evaluation", "goals"])
    assert [s.key for s in job.sheets] == ["goals", "evaluation"]
    with pytest.raises(UserError) as err:
        printing.collect_job(demo_ws, 1, forms=["gantt-nope"])
    assert "gantt-nope" in err.value.message("en")
    assert access("goals").spec.landscape == job.sheets[0].landscape


def test_progress_reports_and_cancel_stops_the_build(demo_ws, today):
    job = printing.collect_job(demo_ws, 1, today=today)
    seen: list[tuple[int, int]] = []
    data = printing.render(job, progress=lambda d, t: seen.append((d, t)))
    assert data.startswith(b"%PDF")
    assert seen and seen[-1][0] == seen[-1][1]

    def cancel(done: int, total: int) -> None:
        raise printing.Cancelled

    with pytest.raises(printing.Cancelled):
        printing.render(job, progress=cancel)


def test_printing_writes_nothing_when_the_target_folder_is_missing(demo_ws, tmp_path):
    with pytest.raises(UserError) as err:
        printing.print_pdf(demo_ws, 1, tmp_path / "no" / "out.pdf")
    assert "does not exist" in err.value.message("en")
    assert not (tmp_path / "no").exists()
    assert list(tmp_path.glob("*.pdf")) == []
