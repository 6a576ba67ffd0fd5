"""The demo's register: a few items of each kind around the demo's today — meetings with
their minutes, problems on their clocks (one escalated past it), risk notices for the tasks
the schedule shows late (one not yet sent), requests answered and open."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.register.kinds import Kind
from app.register.models import (
    RegisterAgendaItem,
    RegisterAsk,
    RegisterAttendee,
    RegisterItemLink,
    RegisterOutcome,
    RegisterTaskLink,
)
from app.register.service import _create
from app.store.models import Department, Person, Task


def fill_register(s: Session, initiative_id: int, people: list[Person],
                  departments: dict[str, Department], tasks: list[Task], today: dt.date) -> None:
    """Write the demo's items in the caller's transaction (people and tasks in the demo's
    order, already flushed)."""
    from app.schedule import plan_view
    from app.schedule.loader import connection_of, load_calendar, load_plan_in
    from app.schedule.warnings import TaskWarning, working_days_late

    def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute))

    def pid(i: int) -> int:
        return people[i].id

    def item(kind: Kind, values: dict[str, Any]) -> int:
        return _create(s, initiative_id, kind, values, None, values["opened_at"])

    def attendees(meeting: int, who: list[int], absent: tuple[int, ...] = (),
                  confirmed: dt.date | None = None) -> None:
        for pos, i in enumerate(who, start=1):
            s.add(RegisterAttendee(item_id=meeting, position=pos, person_id=pid(i),
                                   present=i not in absent,
                                   confirmed=confirmed is not None and i not in absent,
                                   confirmed_on=confirmed if i not in absent else None))

    def agenda(meeting: int, pos: int, title: str, presenter: int, minutes: int,
               said: str = "", disagreements: str = "") -> int:
        row = RegisterAgendaItem(item_id=meeting, position=pos, title=title,
                                 presenter_id=pid(presenter), minutes_planned=minutes,
                                 discussion=said, disagreements=disagreements)
        s.add(row)
        s.flush()
        return int(row.id)

    def outcome(meeting: int, pos: int, kind: str, text: str, owner: int | None = None,
                due: int | None = None, done: bool = False, agenda_id: int | None = None) -> None:
        s.add(RegisterOutcome(item_id=meeting, position=pos, kind=kind, text=text,
                              owner_id=pid(owner) if owner is not None else None,
                              due=today + dt.timedelta(days=due) if due is not None else None,
                              done=done, agenda_id=agenda_id))

    everyone = [0, 1, 3, 5, 7, 9]
    # -- meetings
    kickoff = item(Kind.MEETING, {
        "title": "新品 X1 上市启动会", "meeting_type": "kickoff", "status": "held",
        "opened_at": at(-38, 9, 30), "ends_at": at(-38, 11, 30), "place": "3 楼大会议室",
        "chair": pid(0), "recorder": pid(9), "owner": pid(9),
        "department": departments["项目管理办公室"].id, "sent_at": at(-37, 10)})
    attendees(kickoff, everyone, confirmed=today - dt.timedelta(days=36))
    a1 = agenda(kickoff, 1, "目标与范围确认", 0, 30, "确认上市日期与首月销量目标。")
    agenda(kickoff, 2, "各部门接口人与职责", 9, 20, "各部门指定接口人，明确职责。")
    outcome(kickoff, 1, "decision", "以 2027 年 1 月 15 日为上市日期", agenda_id=a1)
    outcome(kickoff, 2, "action", "各部门一周内提交接口人名单", 9, -31, done=True)

    weekly = item(Kind.MEETING, {
        "title": "第 5 周周例会", "meeting_type": "weekly", "status": "held",
        "opened_at": at(-7, 16), "ends_at": at(-7, 17), "place": "腾讯会议 123-456-789",
        "chair": pid(0), "recorder": pid(9), "owner": pid(9),
        "department": departments["项目管理办公室"].id, "sent_at": at(-6, 10)})
    attendees(weekly, [*everyone, 6], absent=(6,), confirmed=today - dt.timedelta(days=5))
    w1 = agenda(weekly, 1, "电子审批系统配置延误", 9, 20, "权限未开通，配置停滞。",
                "IT 与 PMO 对权限开通的责任有分歧。")
    w2 = agenda(weekly, 2, "宣传物料定稿", 4, 15, "第 6 版仍在修改。")
    outcome(weekly, 1, "decision", "PMO 每日跟进 IT 工单", agenda_id=w1)
    outcome(weekly, 2, "action", "开通电子审批系统权限", 9, 2, agenda_id=w1)
    outcome(weekly, 3, "action", "物料终稿送审", 4, 3, agenda_id=w2)

    emergency = item(Kind.MEETING, {
        "title": "审批系统延误紧急协调会", "meeting_type": "emergency", "status": "held",
        "opened_at": at(-1, 10), "ends_at": at(-1, 11), "place": "PMO 会议室",
        "chair": pid(0), "recorder": pid(9), "owner": pid(0), "sent_at": at(-1, 15)})
    attendees(emergency, [0, 1, 5, 9])
    next_weekly = item(Kind.MEETING, {
        "title": "第 6 周周例会", "meeting_type": "weekly", "status": "planned",
        "opened_at": at(0, 16), "ends_at": at(0, 17), "place": "腾讯会议 123-456-789",
        "chair": pid(0), "recorder": pid(9), "owner": pid(9)})
    attendees(next_weekly, everyone)

    # -- problems
    item(Kind.PROBLEM, {
        "title": "样机跌落测试不通过", "urgency": "important", "status": "resolved",
        "opened_at": at(-12, 10), "requester": pid(2), "owner": pid(1),
        "department": departments["研发部"].id, "involved": ["研发部", "售后服务部"],
        "description": "1.2 米跌落测试 10 台中 3 台外壳开裂。",
        "impact_departments": ["研发部"], "impact_business": "样机交付推迟",
        "cause": "外壳卡扣强度不足", "solution": "加厚卡扣并更换材料",
        "discussed_at": at(-11, 9), "resolution": "更换卡扣材料后复测",
        "result": "复测 20 台全部通过", "lessons": "结构件须在设计评审时做跌落仿真"})
    escalated = item(Kind.PROBLEM, {
        "title": "电子审批系统权限未开通", "urgency": "urgent", "status": "escalated",
        "opened_at": at(-4, 9), "requester": pid(9), "owner": pid(9),
        "department": departments["项目管理办公室"].id,
        "involved": ["项目管理办公室", "研发部"],
        "description": "IT 工单提交 3 天未处理，配置无法继续。",
        "impact_users": "全体审批人", "impact_business": "新审批流程试运行无法启动",
        "cause": "IT 排期冲突", "solution": "请 IT 负责人插队处理",
        "discussed_at": at(-4, 15), "escalated_to": pid(0), "escalated_at": at(-3, 9, 30)})
    item(Kind.PROBLEM, {
        "title": "渠道价格政策口径不一", "urgency": "routine", "status": "handling",
        "opened_at": at(-1, 15), "requester": pid(6), "owner": pid(5),
        "department": departments["销售部"].id, "involved": ["销售部", "市场部"],
        "description": "两个大区对首批折扣的理解不同。", "discussed_at": at(0, 9)})

    # -- risk notices, for the tasks the schedule shows late
    conn = connection_of(s)
    plan, cal = load_plan_in(conn, initiative_id), load_calendar(conn)
    # The schedule as the rule reads it (forecast from today), so that every task it
    # shows more than 2 working days late has its notice and the demo keeps the rule.
    snap = plan_view.from_plan(plan, cal, today)
    timings = snap.schedule.timings if snap.schedule is not None else {}
    flagged = [t for t in tasks if TaskWarning.RISK_NOTICE in snap.warnings.get(t.id, ())]

    def risk(task: Task, seen: dt.datetime, sent: dt.datetime | None, **more: Any) -> int:
        data = plan.by_id[task.id]
        timing = timings.get(task.id)
        forecast = max(timing.early_finish if timing else data.due or today,
                       cal.date_at(cal.index(today)))
        rid = item(Kind.RISK, {
            "title": f"延误：{task.name}", "task": task.id, "opened_at": seen,
            "sent_at": sent, "status": "sent" if sent else "open", "owner": task.owner_id,
            "department": task.department_id, "planned_finish": data.due,
            "forecast_finish": forecast,
            "days_late": working_days_late(data, timing, cal, today), **more})
        s.add(RegisterTaskLink(item_id=rid, task_id=task.id))
        return rid

    fx1 = risk(tasks[8], at(-6, 9), at(-6, 15), meeting=emergency,
               cause="IT 权限未开通", impact="新审批流程试运行顺延，审批发布可能推迟",
               solution="升级至项目总负责人，IT 本周内开通")
    risk(tasks[12], at(-3, 9), None, cause="物料反复修改", impact="铺货计划可能推迟")
    risk(tasks[13], at(-2, 10), at(-2, 16), cause="样机资料未定稿",
         impact="维修手册编写延后", solution="研发先移交已定稿部分")
    noticed = {tasks[8].id, tasks[12].id, tasks[13].id}
    for task in flagged:  # the rest, written at the weekly meeting
        if task.id not in noticed:
            risk(task, at(-1, 10), at(-1, 17), cause="前置任务延误，顺延至今",
                 impact="后续任务与上市节点可能顺延", solution="周例会已确认赶工计划")

    # -- requests
    item(Kind.RESOURCE, {
        "title": "IT 支持 2 人天", "resource_kind": "people", "amount": "2 人天",
        "opened_at": at(-5, 10), "requester": pid(9),
        "department": departments["项目管理办公室"].id,
        "provider": departments["研发部"].id, "owner": pid(1),
        "purpose": "电子审批系统权限与表单配置", "period_from": today - dt.timedelta(days=4),
        "period_to": today + dt.timedelta(days=3), "answer": "partly",
        "answered_at": at(-4, 11), "status": "answered",
        "alternative": "本周先派 1 人，下周一再补 1 人"})
    item(Kind.RESOURCE, {
        "title": "发布会预算追加", "resource_kind": "budget", "amount": "8 万元",
        "opened_at": at(-1, 9), "requester": pid(3), "department": departments["市场部"].id,
        "provider": departments["项目管理办公室"].id, "owner": pid(0),
        "purpose": "新品发布会场地升级"})
    collab = item(Kind.COLLABORATION, {
        "title": "售后培训需研发讲师", "opened_at": at(-2, 14), "requester": pid(7),
        "department": departments["售后服务部"].id, "owner": pid(7), "status": "approved",
        "purpose": "上市前完成全国服务网点培训", "background": "维修手册尚在编写，需研发讲解原理",
        "resources_needed": "讲师 2 名，培训样机 4 台", "approved_by": pid(7),
        "approved_at": at(-2, 17), "copied": ["项目管理办公室"],
        "due_at": at(10, 18)})
    for pos, (dep, need, days, owner) in enumerate([
            ("研发部", "派 2 名工程师担任讲师", 10, 1),
            ("市场部", "提供培训用宣传素材", 7, 4)], start=1):
        s.add(RegisterAsk(item_id=collab, position=pos, department_id=departments[dep].id,
                          need=need, by_date=today + dt.timedelta(days=days),
                          owner_id=pid(owner)))
    change = item(Kind.CHANGE, {
        "title": "发布会由 12 月底改到 1 月上旬", "opened_at": at(-10, 11), "requester": pid(3),
        "department": departments["市场部"].id, "owner": pid(3),
        "description": "新品发布会日期顺延两周", "reason": "主会场 12 月档期已满",
        "impact": "发布会、渠道铺货顺延；上市日期不变", "decision": "approved",
        "approved_by": pid(0), "second_approver": pid(5), "decided_at": at(-9, 16),
        "status": "decided"})
    item(Kind.CHANGE, {
        "title": "新增线上直播渠道", "opened_at": at(-1, 10), "requester": pid(5),
        "department": departments["销售部"].id, "owner": pid(5),
        "description": "首发同步开通线上直播销售", "reason": "经销商要求",
        "due_at": at(3, 18)})

    s.add_all([RegisterItemLink(item_id=min(a, b), other_id=max(a, b))
               for a, b in ((escalated, fx1), (fx1, emergency))])
    s.add_all([RegisterTaskLink(item_id=escalated, task_id=tasks[8].id),
               RegisterTaskLink(item_id=escalated, task_id=tasks[9].id),
               RegisterTaskLink(item_id=change, task_id=tasks[20].id)])
    s.flush()
