"""What one weekly report says, as plain data in no language: read once from the
workspace (``app.report.build``) or from a kept report (``app.report.keeping``), then
laid out in the user's language by every output. It round-trips through JSON exactly, so
a kept report reopens as it was made."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = 1  # the content's JSON layout; a newer one is refused, not misread
ON_TIME_TARGET = 0.95  # the method's milestone on-time rate


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class TaskLine:
    """A task as the report shows it (Form 4's own fields)."""

    id: int
    name: str
    owner: str = ""
    department: str = ""
    planned_start: dt.date | None = None
    planned_finish: dt.date | None = None
    actual_finish: dt.date | None = None
    percent: int = 0
    status: str = "not_started"
    milestone: bool = False
    days_late: int = 0  # working days, for an overdue task (see app.report.build)
    issue: str = ""
    countermeasure: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("planned_start", "planned_finish", "actual_finish"):
            data[key] = _iso(data[key])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TaskLine:
        data = dict(data)
        for key in ("planned_start", "planned_finish", "actual_finish"):
            data[key] = _day(data.get(key))
        return cls(**data)


# The fields of a task compared with the previous report: its dates, status and % complete.
TRACKED = ("name", "planned_start", "planned_finish", "actual_start", "actual_finish",
           "status", "percent")


@dataclass(frozen=True)
class Change:
    """A task that moved since the previous report: ``kind`` new, removed or changed, and
    for a changed one each field's (key, before, after) as the reports showed it."""

    id: int
    name: str
    kind: str
    fields: tuple[tuple[str, Any, Any], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "fields": [list(f) for f in self.fields]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        return cls(int(data["id"]), str(data["name"]), str(data["kind"]),
                   tuple((str(k), a, b) for k, a, b in data.get("fields", [])))


@dataclass(frozen=True)
class Forecast:
    """The initiative's forecast finish against its target and baseline, as
    ``app.schedule.forecast.forecast_of`` gave it when the report was made."""

    status_date: dt.date
    forecast_finish: dt.date | None = None
    baseline_finish: dt.date | None = None
    target_finish: dt.date | None = None
    slip_days: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"status_date": _iso(self.status_date),
                "forecast_finish": _iso(self.forecast_finish),
                "baseline_finish": _iso(self.baseline_finish),
                "target_finish": _iso(self.target_finish), "slip_days": self.slip_days}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Forecast:
        status = _day(data.get("status_date"))
        assert status is not None
        return cls(status, _day(data.get("forecast_finish")), _day(data.get("baseline_finish")),
                   _day(data.get("target_finish")), data.get("slip_days"))


@dataclass(frozen=True)
class Milestones:
    """The milestone on-time rate (``app.schedule.metrics``) against the method's 95 %."""

    due: int
    on_time: int
    rate: float | None
    target: float = ON_TIME_TARGET

    @property
    def met(self) -> bool | None:
        return None if self.rate is None else self.rate >= self.target


@dataclass(frozen=True)
class Block:
    """A section some other part of the program adds (the register's risk notices,
    problems, requests, meeting decisions): a title and columns by catalogue key, and
    rows as the texts to show. Kept as shown, like the rest of the content."""

    title_key: str
    column_keys: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    # Columns whose cells are catalogue keys (a status, a kind, yes/no), laid out in the
    # reader's language, so that a kept report reads in either; "" stays empty.
    keyed: tuple[int, ...] = ()
    weights: tuple[float, ...] = ()  # each column's share of the width; 10 when absent

    def as_json(self) -> dict[str, Any]:
        return {"title_key": self.title_key, "column_keys": list(self.column_keys),
                "rows": [list(r) for r in self.rows], "keyed": list(self.keyed),
                "weights": list(self.weights)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Block:
        return cls(str(data["title_key"]), tuple(data["column_keys"]),
                   tuple(tuple(str(c) for c in r) for r in data.get("rows", [])),
                   tuple(int(i) for i in data.get("keyed", [])),
                   tuple(float(w) for w in data.get("weights", [])))


@dataclass(frozen=True)
class Recipient:
    name: str
    department: str
    role: str  # Form 2's role: lead, liaison, executor
    email: str


@dataclass(frozen=True)
class Recipients:
    """Who the e-mail goes to (Form 2): To every liaison and the overall lead, Cc the rest
    of the team; ``unreachable`` have no e-mail address and need another way."""

    to: tuple[Recipient, ...] = ()
    cc: tuple[Recipient, ...] = ()
    unreachable: tuple[Recipient, ...] = ()

    @property
    def addresses(self) -> list[str]:
        return [r.email for r in (*self.to, *self.cc)]

    def as_json(self) -> dict[str, Any]:
        return {k: [asdict(r) for r in getattr(self, k)] for k in ("to", "cc", "unreachable")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recipients:
        return cls(*(tuple(Recipient(**r) for r in data.get(k, []))
                     for k in ("to", "cc", "unreachable")))


@dataclass(frozen=True)
class ReportContent:
    initiative_id: int
    initiative: str
    organisation: str
    as_of: dt.datetime
    forecast: Forecast
    done: tuple[TaskLine, ...] = ()  # finished this week
    due: tuple[TaskLine, ...] = ()  # due this week, not finished, not yet late
    late: tuple[TaskLine, ...] = ()  # unfinished and past their planned finish
    upcoming: tuple[TaskLine, ...] = ()  # starting or due in the next two weeks
    milestones: Milestones = field(default_factory=lambda: Milestones(0, 0, None))
    blocks: tuple[Block, ...] = ()  # from the register (app.report.register_blocks)
    changes: tuple[Change, ...] = ()
    previous_as_of: dt.datetime | None = None  # the report compared with, if any
    recipients: Recipients = field(default_factory=Recipients)
    # Every task's tracked fields as of this report: what the next report compares with.
    tasks: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def as_of_date(self) -> dt.date:
        return self.as_of.date()

    def as_json(self) -> dict[str, Any]:
        lines = {k: [t.as_json() for t in getattr(self, k)]
                 for k in ("done", "due", "late", "upcoming")}
        return {
            "format": FORMAT,
            "initiative_id": self.initiative_id, "initiative": self.initiative,
            "organisation": self.organisation, "as_of": self.as_of.isoformat(),
            "forecast": self.forecast.as_json(), **lines,
            "milestones": {"due": self.milestones.due, "on_time": self.milestones.on_time,
                           "rate": self.milestones.rate, "target": self.milestones.target},
            "blocks": [b.as_json() for b in self.blocks],
            "changes": [c.as_json() for c in self.changes],
            "previous_as_of": self.previous_as_of.isoformat() if self.previous_as_of else None,
            "recipients": self.recipients.as_json(),
            "tasks": {str(k): v for k, v in self.tasks.items()},
        }

    def to_text(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportContent:
        if int(data.get("format", 0)) != FORMAT:
            raise ValueError(f"report format {data.get('format')!r}")
        lines = {k: tuple(TaskLine.from_json(t) for t in data.get(k, []))
                 for k in ("done", "due", "late", "upcoming")}
        m = data.get("milestones", {})
        previous = data.get("previous_as_of")
        return cls(
            initiative_id=int(data["initiative_id"]), initiative=str(data["initiative"]),
            organisation=str(data.get("organisation", "")),
            as_of=dt.datetime.fromisoformat(data["as_of"]),
            forecast=Forecast.from_json(data["forecast"]), **lines,
            milestones=Milestones(int(m.get("due", 0)), int(m.get("on_time", 0)), m.get("rate"),
                                  float(m.get("target", ON_TIME_TARGET))),
            blocks=tuple(Block.from_json(b) for b in data.get("blocks", [])),
            changes=tuple(Change.from_json(c) for c in data.get("changes", [])),
            previous_as_of=dt.datetime.fromisoformat(previous) if previous else None,
            recipients=Recipients.from_json(data.get("recipients", {})),
            tasks={int(k): v for k, v in data.get("tasks", {}).items()},
        )

    @classmethod
    def from_text(cls, text: str) -> ReportContent:
        return cls.from_json(json.loads(text))
