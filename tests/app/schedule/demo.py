"""A realistic launch plan in Chinese for screenshots and widget tests: four measures,
five departments, milestones, links, holidays, some tasks late and some done."""

import datetime as dt

from app.store.changes import ChangeArea
from app.store.models import CalendarDay, Department, Initiative, Measure, Person, Task, TaskDependency

D = dt.date
TODAY = D(2025, 9, 24)


def build_demo(ws):
    """Returns (initiative id, {task name: id})."""
    with ws.write(ChangeArea.TASKS) as s:
        ini = Initiative(name="新品上市跨部门协作")
        s.add(ini)
        deps = {n: Department(name=n, position=i)
                for i, n in enumerate(["研发部", "市场部", "销售部", "售后服务部", "财务部"])}
        s.add_all(deps.values())
        s.flush()
        people = {n: Person(name=n, department_id=deps[d].id) for n, d in [
            ("王磊", "研发部"), ("李娜", "市场部"), ("张伟", "销售部"), ("刘洋", "售后服务部"),
            ("陈静", "财务部"), ("赵敏", "研发部")]}
        s.add_all(people.values())
        measures = [Measure(initiative_id=ini.id, name=n, position=i) for i, n in enumerate(
            ["产品定型与试产", "上市宣传", "渠道与销售准备", "售后支持体系"])]
        s.add_all(measures)
        s.flush()
        spec = [
            # name, measure, dept, owner, start, finish, status, percent, milestone
            ("需求冻结评审", 0, "研发部", "王磊", D(2025, 9, 1), D(2025, 9, 1), "done", 100, True),
            ("样机设计", 0, "研发部", "赵敏", D(2025, 9, 2), D(2025, 9, 12), "done", 100, False),
            ("样机测试", 0, "研发部", "王磊", D(2025, 9, 15), D(2025, 9, 23), "in_progress",
             60, False),
            ("小批量试产", 0, "研发部", "赵敏", D(2025, 9, 24), D(2025, 10, 17), "not_started",
             0, False),
            ("产品定型", 0, "研发部", "王磊", D(2025, 10, 17), None, "not_started", 0, True),
            ("市场调研报告", 1, "市场部", "李娜", D(2025, 9, 1), D(2025, 9, 19), "in_progress",
             80, False),
            ("宣传方案审批", 1, "市场部", "李娜", D(2025, 9, 22), D(2025, 9, 26), "blocked",
             20, False),
            ("发布会筹备", 1, "市场部", "李娜", D(2025, 10, 9), D(2025, 10, 24), "not_started",
             0, False),
            ("渠道政策制定", 2, "销售部", "张伟", D(2025, 9, 8), D(2025, 9, 19), "in_progress",
             50, False),
            ("定价与预算核定", 2, "财务部", "陈静", D(2025, 9, 22), D(2025, 9, 26), "not_started",
             0, False),
            ("销售培训", 2, "销售部", "张伟", D(2025, 10, 20), D(2025, 10, 24), "not_started",
             0, False),
            ("售后流程设计", 3, "售后服务部", "刘洋", D(2025, 9, 15), D(2025, 9, 26),
             "in_progress", 40, False),
            ("备件储备", 3, "售后服务部", "刘洋", D(2025, 10, 9), D(2025, 10, 21), "not_started",
             0, False),
            ("正式上市", None, "市场部", "李娜", D(2025, 10, 24), None, "not_started", 0, True),
        ]
        tasks = {}
        for i, (name, m, dep, who, start, finish, status, pct, ms) in enumerate(spec):
            t = Task(initiative_id=ini.id, position=i, name=name,
                     measure_id=measures[m].id if m is not None else None,
                     department_id=deps[dep].id, owner_id=people[who].id,
                     planned_start=start, planned_finish=finish or start, status=status,
                     percent=pct, milestone=ms)
            if status in ("done", "in_progress", "blocked"):
                t.actual_start = start
            if status == "done":
                t.actual_finish = finish or start
            s.add(t)
            tasks[name] = t
        s.flush()
        for pred, succ, lag in [
            ("需求冻结评审", "样机设计", 0), ("样机设计", "样机测试", 0),
            ("样机测试", "小批量试产", 0),
            ("小批量试产", "产品定型", 0), ("市场调研报告", "宣传方案审批", 0),
            ("宣传方案审批", "发布会筹备", 0), ("渠道政策制定", "定价与预算核定", 0),
            ("定价与预算核定", "销售培训", 0), ("产品定型", "销售培训", 0),
            ("售后流程设计", "备件储备", 0), ("发布会筹备", "正式上市", 0),
            ("销售培训", "正式上市", 0), ("备件储备", "正式上市", 0),
        ]:
            s.add(TaskDependency(task_id=tasks[succ].id, predecessor_id=tasks[pred].id,
                                 lag_days=lag))
        for d in range(1, 9):
            s.add(CalendarDay(day=D(2025, 10, d), working=False, name="国庆节"))
        s.add(CalendarDay(day=D(2025, 9, 28), working=True, name="国庆调休"))
        s.add(CalendarDay(day=D(2025, 10, 11), working=True, name="国庆调休"))
        return ini.id, {n: t.id for n, t in tasks.items()}
