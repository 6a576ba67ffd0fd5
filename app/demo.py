"""A realistic demo workspace: a new product launch across R&D, marketing, sales and
after-sales, in Chinese, with dates placed around today so that some work is done, some is
late and some is ahead — the way a real initiative looks in its weekly meeting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.store.changes import ChangeArea
from app.store.models import (
    Department,
    Goal,
    Initiative,
    Kpi,
    Measure,
    Member,
    PainPoint,
    Person,
    RaciAssignment,
    Setting,
    Signoff,
    Task,
    TaskDependency,
)
from app.store.workspace import Workspace

DEPARTMENTS = ["研发部", "市场部", "销售部", "售后服务部", "项目管理办公室"]

# name, department, role, duties, phone, email, chat
PEOPLE = [
    ("王建国", "项目管理办公室", "lead", "统筹新品上市全过程，审批关键节点，协调资源冲突", "138 0000 1001", "wangjg@example.com", "wangjg"),
    ("李娜", "研发部", "liaison", "研发侧接口人：需求确认、样机交付、技术资料", "138 0000 1002", "lina@example.com", "lina_rd"),
    ("张伟", "研发部", "executor", "样机测试与问题闭环", "138 0000 1003", "zhangw@example.com", "zhangwei"),
    ("陈静", "市场部", "liaison", "市场侧接口人：定位、定价建议、上市活动", "138 0000 1004", "chenj@example.com", "chenjing"),
    ("刘洋", "市场部", "executor", "宣传物料与发布会执行", "138 0000 1005", "liuy@example.com", "liuyang"),
    ("赵磊", "销售部", "liaison", "销售侧接口人：渠道政策、销售预测、订单", "138 0000 1006", "zhaol@example.com", "zhaolei"),
    ("孙丽", "销售部", "executor", "重点客户试用与反馈收集", "138 0000 1007", "sunli@example.com", "sunli"),
    ("周强", "售后服务部", "liaison", "售后侧接口人：服务方案、备件、培训", "138 0000 1008", "zhouq@example.com", "zhouqiang"),
    ("吴敏", "售后服务部", "executor", "维修手册与服务培训", "138 0000 1009", "wum@example.com", "wumin"),
    ("郑凯", "项目管理办公室", "executor", "周报、跟踪表维护、会议纪要", "138 0000 1010", "zhengk@example.com", "zhengkai"),
]

GOALS = [
    ("新品 X1 按期上市", "2027年1月15日前完成全国首批渠道铺货，首月销量达到 5000 台",
     "上市日期偏差 ≤ 3 天；首月销量 ≥ 5000 台", 65, "市场部", ["研发部", "市场部", "销售部", "售后服务部"]),
    ("缩短跨部门审批周期", "新品相关审批由 5 个签字、平均 7 天缩短到 3 个签字、2 天内完成",
     "审批平均周期 ≤ 2 天", 30, "项目管理办公室", ["研发部", "市场部", "销售部"]),
    ("售后服务准备就绪", "上市前完成维修手册、备件储备与全国服务网点培训",
     "培训覆盖率 100%；备件满足率 ≥ 95%", 50, "售后服务部", ["研发部", "售后服务部"]),
    ("销售预测准确可用", "建立研发-销售-市场共用的需求预测，每周更新",
     "预测准确率 ≥ 85%", 40, "销售部", ["市场部", "销售部"]),
]

# step, kind, description, impact, frequency, evidence, departments
PAIN_POINTS = [
    ("需求评审", "break_point", "销售收集的客户需求未传达到研发，样机返工", 5, 4, "近两个项目返工 3 次，平均延误 12 天", ["研发部", "销售部"]),
    ("上市审批", "blockage", "上市审批需 5 个签字，平均耗时 7 天", 4, 5, "5 个签字，平均 7 天", ["市场部", "销售部", "研发部"]),
    ("物料制作", "pain_point", "宣传物料反复修改，版本混乱", 3, 4, "每份物料平均修改 6 版", ["市场部"]),
    ("样机交付", "blockage", "样机数量不足，试用排队", 4, 3, "试用等待平均 9 天", ["研发部", "销售部"]),
    ("售后培训", "break_point", "技术资料未及时交给售后，培训推迟", 4, 2, "上一代产品培训推迟 3 周", ["研发部", "售后服务部"]),
    ("销售预测", "pain_point", "各部门预测口径不一，备货失准", 3, 3, "上季度预测偏差 32%", ["销售部", "市场部"]),
    ("周例会", "pain_point", "会议纪要发送晚，行动项无人跟进", 2, 4, "纪要平均 3 天后发出", ["项目管理办公室"]),
    ("备件准备", "blockage", "备件采购需等研发 BOM 冻结", 2, 2, "备件到位平均晚 10 天", ["售后服务部", "研发部"]),
]

MEASURES = [
    ("建立需求直通机制", "销售需求每周汇总，研发接口人 48 小时内答复", [0, 3]),
    ("精简上市审批流程", "签字由 5 个减为 3 个，电子审批，超时自动升级", [1]),
    ("物料与资料统一版本管理", "共享目录统一版本号，技术资料同步售后", [2, 4, 7]),
    ("联合销售预测与周会机制", "每周五联合预测，纪要 24 小时内发出", [5, 6]),
]

# name, measure, owner index, start offset, duration (calendar days), percent, status,
# milestone, predecessors (task indexes)
TASKS = [
    ("需求直通机制方案", 0, 9, -38, 5, 100, "done", False, []),
    ("研发需求答复流程上线", 0, 1, -31, 7, 100, "done", False, [0]),
    ("样机第一批交付", 0, 2, -24, 14, 100, "done", False, [1]),
    ("重点客户试用", 0, 6, -10, 14, 60, "in_progress", False, [2]),
    ("试用反馈闭环", 0, 2, 4, 7, 0, "not_started", False, [3]),
    ("需求直通机制评审", 0, 0, 12, 0, 0, "not_started", True, [4]),
    ("审批流程现状梳理", 1, 9, -35, 5, 100, "done", False, []),
    ("新审批流程设计", 1, 0, -28, 10, 100, "done", False, [6]),
    ("电子审批系统配置", 1, 9, -17, 12, 70, "in_progress", False, [7]),
    ("新审批流程试运行", 1, 5, -2, 10, 10, "blocked", False, [8]),
    ("审批流程正式发布", 1, 0, 9, 0, 0, "not_started", True, [9]),
    ("物料版本规范制定", 2, 4, -30, 5, 100, "done", False, []),
    ("宣传物料定稿", 2, 4, -20, 18, 80, "in_progress", False, [11]),
    ("技术资料移交售后", 2, 1, -12, 8, 50, "in_progress", False, [2]),
    ("维修手册编写", 2, 8, -3, 15, 20, "in_progress", False, [13]),
    ("售后网点培训", 2, 7, 13, 10, 0, "not_started", False, [14]),
    ("备件首批到位", 2, 7, 20, 8, 0, "not_started", False, [13]),
    ("联合预测模板", 3, 5, -21, 6, 100, "done", False, []),
    ("首轮联合销售预测", 3, 3, -13, 10, 100, "done", False, [17]),
    ("渠道铺货计划", 3, 5, 3, 14, 0, "not_started", False, [18, 12]),
    ("新品发布会", 3, 3, 35, 1, 0, "not_started", False, [19, 10, 15]),
    ("新品上市", 3, 0, 42, 0, 0, "not_started", True, [20, 16]),
]

KPIS = [
    ("上市审批周期", "天", 7, 2, 3, True, "OA 系统审批记录", "签字减少后明显加快，仍有一处等待", "adjust"),
    ("里程碑按时率", "%", 70, 95, 96, False, "项目跟踪表", "节点按时", "standardise"),
    ("需求返工次数", "次/项目", 3, 1, 1, True, "研发变更记录", "需求直通有效", "standardise"),
    ("跨部门满意度", "分", 3.6, 4.5, 4.2, False, "季度问卷（回收 48 份）", "沟通改善，会议仍偏多", "adjust"),
    ("销售预测准确率", "%", 68, 85, None, False, "销售系统", "上市后一个月评估", "next_round"),
]

# The measure (index) whose effect each KPI shows; the milestone rate is the whole plan's.
KPI_MEASURES = [1, None, 0, 3, 3]


# RACI: task index -> {person index: letter}
def _raci_for(task_index: int, owner: int) -> dict[int, str]:
    letters = {owner: "R", 0: "A"}
    if owner == 0:
        letters = {0: "A", 9: "R"}
    letters.setdefault(9, "I")
    for liaison in (1, 3, 5, 7):
        letters.setdefault(liaison, "C" if task_index % 2 == 0 else "I")
    return letters


def fill(ws: Workspace, today: dt.date | None = None) -> int:
    """Write the demo initiative into ``ws`` in one transaction; returns its id."""
    today = today or dt.date.today()
    base = today - dt.timedelta(days=today.weekday())  # a Monday, so dates look planned
    with ws.write(ChangeArea.INITIATIVES, ChangeArea.REGISTER) as s:
        s.merge(Setting(key="organisation", value="华东精密制造有限公司"))
        deps = {}
        for i, name in enumerate(DEPARTMENTS, start=1):
            deps[name] = Department(name=name, position=i)
            s.add(deps[name])
        ini = Initiative(name="新品 X1 上市跨部门协作", position=1,
                         description="研发、市场、销售、售后协同推进新品 X1 上市")
        s.add(ini)
        people = []
        members = []
        for i, (name, dep, role, duties, phone, email, chat) in enumerate(PEOPLE, start=1):
            p = Person(name=name, department=deps[dep], phone=phone, email=email, chat=chat)
            people.append(p)
            members.append(Member(person=p, role=role, duties=duties, position=i))
        s.add_all(people)
        s.flush()  # the initiative's id is needed for the members
        for m in members:
            m.initiative_id = ini.id
            s.add(m)
        for i, (name, desc, measure, days, lead, parts) in enumerate(GOALS, start=1):
            s.add(Goal(initiative_id=ini.id, position=i, name=name, description=desc,
                       measure=measure, due_date=base + dt.timedelta(days=days),
                       lead_department=deps[lead], departments=[deps[d] for d in parts]))
        heads = {"研发部": "李娜", "市场部": "陈静", "销售部": "赵磊", "售后服务部": "周强"}
        for i, (dep, head) in enumerate(heads.items(), start=1):
            signed = i <= 2
            s.add(Signoff(initiative_id=ini.id, form="goals", position=i, department=deps[dep],
                          signer=head, signed=signed,
                          signed_on=(base - dt.timedelta(days=35)) if signed else None))
        points = []
        for i, (step, kind, desc, imp, freq, ev, parts) in enumerate(PAIN_POINTS, start=1):
            p = PainPoint(initiative_id=ini.id, position=i, step=step, kind=kind,
                          description=desc, impact=imp, frequency=freq, evidence=ev,
                          departments=[deps[d] for d in parts])
            points.append(p)
            s.add(p)
        measures = []
        for i, (name, desc, addressed) in enumerate(MEASURES, start=1):
            m = Measure(initiative_id=ini.id, position=i, name=name, description=desc,
                        pain_points=[points[j] for j in addressed])
            measures.append(m)
            s.add(m)
        s.flush()
        tasks = []
        for i, (name, mi, owner, start, length, pct, status, milestone, _preds) in enumerate(TASKS):
            planned_start = base + dt.timedelta(days=start)
            planned_finish = planned_start + dt.timedelta(days=length)
            t = Task(initiative_id=ini.id, position=i + 1, name=name, measure=measures[mi],
                     owner=people[owner], department=people[owner].department,
                     planned_start=planned_start, planned_finish=planned_finish,
                     percent=pct, status=status, milestone=milestone)
            if status in ("done", "in_progress", "blocked"):
                t.actual_start = planned_start + dt.timedelta(days=1 if i % 3 == 0 else 0)
            if status == "done":
                t.actual_finish = planned_finish + dt.timedelta(days=(i % 4) - 1)
            if status == "blocked":
                t.issue = "电子审批系统权限未开通，试运行无法启动"
                t.countermeasure = "已提交 IT 紧急工单，PMO 每日跟进"
                t.resources = "IT 支持 2 人天"
            tasks.append(t)
            s.add(t)
        s.flush()
        for i, row in enumerate(TASKS):
            for pred in row[8]:
                s.add(TaskDependency(task_id=tasks[i].id, predecessor_id=tasks[pred].id,
                                     lag_days=2 if (i, pred) == (20, 10) else 0))
        for i, row in enumerate(TASKS):
            for person_index, letter in _raci_for(i, row[2]).items():
                s.add(RaciAssignment(task_id=tasks[i].id, member_id=members[person_index].id,
                                     letter=letter))
        for i, (name, unit, before, target, after, lower, source, feedback, nxt) in enumerate(KPIS, 1):
            shown = KPI_MEASURES[i - 1]
            s.add(Kpi(initiative_id=ini.id, position=i, name=name, unit=unit, before=before,
                      target=target, after=after, lower_is_better=lower, source=source,
                      feedback=feedback, next_step=nxt,
                      measure_id=measures[shown].id if shown is not None else None))
        s.flush()
        from app.register.demo import fill_register

        fill_register(s, ini.id, people, deps, tasks, today)
        # The heads who signed did so on the form as it stands, so their signatures are current.
        from app.printing.registry import current_tag

        tag = current_tag(s, ini.id, "goals", today)
        for line in s.scalars(select(Signoff).where(Signoff.initiative_id == ini.id,
                                                     Signoff.signed.is_(True))):
            line.version_tag = tag
        ini_id = ini.id
        years = {d.year for t in tasks for d in (t.planned_start, t.planned_finish) if d}
    _add_holidays(ws, years)
    return ini_id


def _add_holidays(ws: Workspace, years: set[int]) -> None:
    """China's holidays and make-up days of the plan's years, where the holiday package
    has the State Council's notice for them; a later year is left for HR's file."""
    from app.schedule.public_holidays import add_public_holidays, known_years

    for year in sorted(years):
        if year in known_years():
            add_public_holidays(ws, year, "zh_CN")


def create_demo(path: str, today: dt.date | None = None) -> Workspace:
    ws = Workspace.create(path)
    fill(ws, today)
    return ws
