"""The report's content as titled tables in one language: what the PDF prints, the
workbook holds and the e-mail's body lists, laid out once here so they agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.i18n import tr
from app.printing.content import Column
from app.report import week
from app.report.content import Block, Change, Forecast, ReportContent, TaskLine


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[str]]
    empty: str


def day(value: dt.date | None, lang: str) -> str:
    return value.isoformat() if value else tr("report.value.none", lang)


def moment(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def percent(rate: float) -> str:
    return f"{rate * 100:.0f} %"


def status(value: str, lang: str) -> str:
    return tr(f"enum.TaskStatus.{value}", lang)


def _value(key: str, value: Any, lang: str) -> str:
    if value is None or value == "":
        return tr("report.value.none", lang)
    if key == "status":
        return status(str(value), lang)
    if key == "percent":
        return f"{value} %"
    return str(value)


def change_text(change: Change, lang: str) -> str:
    if change.kind in ("new", "removed"):
        return tr(f"report.change.{change.kind}", lang)
    return "; ".join(f"{tr(f'field.task.{k}', lang)}: {_value(k, a, lang)} → {_value(k, b, lang)}"
                     for k, a, b in change.fields)


def _col(key: str, weight: float, align: str = "LEFT", nowrap: bool = False) -> tuple[str, float, str, bool]:
    return key, weight, align, nowrap


_NAME = _col("field.task.name", 26)
_DEPT = _col("field.task.department", 12)
_OWNER = _col("field.task.owner", 9)
_START = _col("field.task.planned_start", 10, "CENTER", True)
_FINISH = _col("field.task.planned_finish", 10, "CENTER", True)
_ACTUAL = _col("field.task.actual_finish", 10, "CENTER", True)
_PCT = _col("field.task.percent", 7, "RIGHT", True)
_STATUS = _col("field.task.status", 8)
_LATE = _col("report.col.days_late", 8, "RIGHT", True)
_ISSUE = _col("field.task.issue", 18)
_COUNTER = _col("field.task.countermeasure", 18)
_KIND = _col("report.col.kind", 8)

# The columns of each task section, and each column's text from a task line.
LAYOUTS: dict[str, tuple[tuple[str, float, str, bool], ...]] = {
    "done": (_NAME, _DEPT, _OWNER, _FINISH, _ACTUAL),
    "due": (_NAME, _DEPT, _OWNER, _FINISH, _PCT, _STATUS, _ISSUE, _COUNTER),
    "late": (_NAME, _DEPT, _OWNER, _FINISH, _LATE, _PCT, _ISSUE, _COUNTER),
    "upcoming": (_NAME, _KIND, _DEPT, _OWNER, _START, _FINISH),
}


def _cell(key: str, task: TaskLine, lang: str) -> str:
    if key == "field.task.name":
        return task.name
    if key == "field.task.department":
        return task.department
    if key == "field.task.owner":
        return task.owner
    if key == "field.task.planned_start":
        return day(task.planned_start, lang)
    if key == "field.task.planned_finish":
        return day(task.planned_finish, lang)
    if key == "field.task.actual_finish":
        return day(task.actual_finish, lang)
    if key == "field.task.percent":
        return f"{task.percent} %"
    if key == "field.task.status":
        return status(task.status, lang)
    if key == "report.col.days_late":
        return str(task.days_late)
    if key == "field.task.issue":
        return task.issue
    if key == "field.task.countermeasure":
        return task.countermeasure
    if key == "report.col.kind":
        return tr("report.kind.milestone" if task.milestone else "report.kind.task", lang)
    raise KeyError(key)


def _columns(layout: tuple[tuple[str, float, str, bool], ...], lang: str) -> list[Column]:
    return [Column(tr(k, lang), w, a, n) for k, w, a, n in layout]


def slip_text(f: Forecast, lang: str) -> str:
    """The slip in words: later or earlier than the reference baseline the report had,
    else than the target (``app.schedule.forecast`` counts it the same way)."""
    if f.slip_days is None:
        return tr("report.value.none", lang)
    against = "baseline" if f.baseline_finish is not None else "target"
    way = "late" if f.slip_days > 0 else "early" if f.slip_days < 0 else "even"
    return tr(f"report.value.slip.{way}.{against}", lang, days=abs(f.slip_days))


def summary_rows(content: ReportContent, lang: str) -> list[list[str]]:
    f, m = content.forecast, content.milestones
    today = content.as_of_date
    target = percent(m.target)
    if m.rate is None:
        on_time = tr("report.value.on_time_none", lang, target=target)
    else:
        on_time = tr("report.value.on_time", lang, rate=percent(m.rate), on_time=m.on_time,
                     due=m.due, target=target,
                     verdict=tr("report.value.met" if m.met else "report.value.not_met", lang))
    previous = moment(content.previous_as_of) if content.previous_as_of \
        else tr("report.value.first", lang)
    return [
        [tr("report.row.as_of", lang), moment(content.as_of)],
        [tr("report.row.week", lang), tr("report.value.week", lang,
                                         first=week.week_start(today).isoformat(),
                                         last=week.week_end(today).isoformat())],
        [tr("report.row.forecast", lang), day(f.forecast_finish, lang)],
        [tr("report.row.target", lang), day(f.target_finish, lang)],
        [tr("report.row.baseline", lang), day(f.baseline_finish, lang) if f.baseline_finish
         else tr("report.value.no_baseline", lang)],
        [tr("report.row.slip", lang), slip_text(f, lang)],
        [tr("report.row.on_time", lang), on_time],
        [tr("report.row.counts", lang), tr("report.value.counts", lang, late=len(content.late),
                                           due=len(content.due), done=len(content.done))],
        [tr("report.row.previous", lang), previous],
    ]


def block_row(block: Block, row: tuple[str, ...], lang: str) -> list[str]:
    """A register block's row in ``lang``: its keyed cells looked up in the catalogue."""
    return [tr(cell, lang) if i in block.keyed and cell else cell
            for i, cell in enumerate(row)]


def sections(content: ReportContent, lang: str) -> list[Section]:
    """Summary, the four task lists, the register's blocks, then what changed."""
    out = [Section("summary", tr("report.section.summary", lang),
                   [Column(tr("report.col.item", lang), 14), Column(tr("report.col.value", lang), 50)],
                   summary_rows(content, lang), "")]
    for key in ("late", "due", "done", "upcoming"):
        layout = LAYOUTS[key]
        tasks: tuple[TaskLine, ...] = getattr(content, key)
        out.append(Section(key, tr(f"report.section.{key}", lang), _columns(layout, lang),
                           [[_cell(k, t, lang) for k, *_ in layout] for t in tasks],
                           tr(f"report.empty.{key}", lang)))
    for block in content.blocks:
        weights = block.weights or (10.0,) * len(block.column_keys)
        out.append(Section(block.title_key, tr(block.title_key, lang),
                           [Column(tr(k, lang), w)
                            for k, w in zip(block.column_keys, weights, strict=True)],
                           [block_row(block, r, lang) for r in block.rows],
                           tr("report.empty.block", lang)))
    empty = "report.empty.changes" if content.previous_as_of else "report.empty.first"
    out.append(Section("changes", tr("report.section.changes", lang),
                       [Column(tr("field.task.name", lang), 26),
                        Column(tr("report.col.change", lang), 60)],
                       [[c.name, change_text(c, lang)] for c in content.changes],
                       tr(empty, lang)))
    return out
