"""Recognising a form in a real sheet: by the sheet's name or by its header row.

Headers are compared after normalising (case, spaces, punctuation, a bracketed hint such
as "(1–5)" or "（必填）", a trailing colon or required-marker star). The variants of each
column are the catalogue labels of its field in both languages plus a short list of the
usual other names people give it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.excel.sheet_specs import ID_KEY, NUMBER_KEY, SHEETS, SheetLayout, fields_of
from app.i18n import LANGUAGES, tr

HEADER_SCAN_ROWS = 20  # the header may sit under a title, a subtitle and merged cells
MIN_MATCHES = 2

_BRACKETS = re.compile(r"[(（\[【<《][^)）\]】>》]*[)）\]】>》]")
_PUNCT = re.compile(r"[\s_\-–—:：*＊.。,，、/\\|·•'\"“”‘’?？!！]+")

# What people call a person's phone, e-mail and chat handle, on Form 2 and the people sheet.
PHONE_VARIANTS = (
    "手机",
    "手机号",
    "手机号码",
    "电话",
    "电话号码",
    "联系电话",
    "办公电话",
    "移动电话",
    "座机",
    "phone",
    "mobile",
    "mobile phone",
    "cell",
    "cell phone",
    "tel",
    "telephone",
    "phone number",
    "phone no",
    "office phone",
)
EMAIL_VARIANTS = (
    "邮箱",
    "电子邮件",
    "电子邮箱",
    "邮件",
    "邮箱地址",
    "email",
    "mail",
    "email address",
)
CHAT_VARIANTS = (
    "微信",
    "微信号",
    "企业微信",
    "钉钉",
    "钉钉号",
    "飞书",
    "oa账号",
    "oa account",
    "wechat",
    "wecom",
    "dingtalk",
    "im",
    "chat",
)
# One column holding all of a person's contact, split by content on import.
CONTACT_KEY = "_contact"
CONTACT_VARIANTS = ("联系方式", "联系人方式", "联系信息", "contact", "contacts", "contact info",
                    "contact details")
CONTACT_FORMS = ("team", "org")

EXTRAS: dict[tuple[str, str], tuple[str, ...]] = {
    ("goals", "name"): ("目标", "goal", "目标名", "名称"),
    ("goals", "description"): ("描述", "目标说明", "goal description"),
    ("goals", "measure"): ("衡量指标", "成功标准", "success measure", "measure"),
    ("goals", "due_date"): (
        "完成时间",
        "完成日期",
        "截止日期",
        "到期日",
        "计划完成日期",
        "due date",
        "deadline",
        "due",
        "end date",
        "target date",
    ),
    ("goals", "lead_department"): ("牵头部门", "责任部门", "lead dept", "lead"),
    ("goals", "departments"): ("参与部门", "departments", "participants"),
    ("signoffs", "signer"): ("签字人", "负责人", "签字", "signer", "signed by"),
    ("signoffs", "signed"): ("是否签字", "signed?"),
    ("signoffs", "signed_on"): ("签字日期", "signed on", "date signed"),
    ("team", "name"): ("成员", "成员姓名", "member", "member name"),
    ("team", "department"): ("所在部门", "所属部门", "dept"),
    ("team", "role"): ("角色职责", "岗位角色"),
    ("team", "duties"): (
        "职责",
        "工作职责",
        "岗位职责",
        "主要职责",
        "职责描述",
        "duties",
        "responsibilities",
        "responsibility",
        "job duties",
    ),
    ("team", "phone"): PHONE_VARIANTS,
    ("team", "email"): EMAIL_VARIANTS,
    ("team", "chat"): CHAT_VARIANTS,
    ("pain_points", "step"): ("环节", "流程", "流程步骤", "step", "process"),
    ("pain_points", "kind"): ("问题类型", "type"),
    ("pain_points", "description"): ("问题", "痛点描述", "problem", "issue"),
    ("pain_points", "impact"): ("影响", "影响度", "impact"),
    ("pain_points", "frequency"): ("频率", "频次", "frequency"),
    ("pain_points", "evidence"): ("依据", "数据", "data"),
    ("pain_points", "departments"): ("相关部门", "departments"),
    ("measures", "name"): ("措施", "措施名称", "measure name"),
    ("measures", "description"): ("说明", "措施描述", "description"),
    ("measures", "pain_points"): ("对应痛点", "痛点", "pain points"),
    ("tracking", "name"): ("任务名称", "工作任务", "task name"),
    ("tracking", "measure"): ("措施", "优化措施"),
    ("tracking", "department"): ("部门", "dept"),
    ("tracking", "owner"): (
        "负责人",
        "责任人",
        "执行人",
        "responsible",
        "person in charge",
        "assignee",
    ),
    ("tracking", "planned_start"): (
        "计划开始时间",
        "计划开始日期",
        "开始日期",
        "开始时间",
        "start",
        "start date",
        "begin",
    ),
    ("tracking", "planned_finish"): (
        "计划完成时间",
        "计划完成日期",
        "计划结束",
        "完成日期",
        "完成时间",
        "截止日期",
        "截止时间",
        "到期日",
        "结束日期",
        "finish",
        "finish date",
        "due",
        "due date",
        "deadline",
        "end date",
    ),
    ("tracking", "actual_start"): ("实际开始时间", "实际开始日期"),
    ("tracking", "actual_finish"): ("实际完成时间", "实际完成日期", "实际结束"),
    ("tracking", "percent"): ("完成百分比", "进度", "完成度", "progress", "percent complete"),
    ("tracking", "status"): ("任务状态",),
    ("tracking", "milestone"): ("是否里程碑",),
    ("tracking", "predecessors"): ("前置", "依赖", "depends on"),
    ("tracking", "issue"): ("问题", "存在问题"),
    ("tracking", "countermeasure"): ("对策", "解决措施"),
    ("tracking", "resources"): ("资源", "resource"),
    ("evaluation", "name"): ("kpi指标", "指标名称", "评估指标", "metric"),
    ("evaluation", "before"): ("改进前", "基线", "baseline"),
    ("evaluation", "target"): ("目标", "target value"),
    ("evaluation", "after"): ("改进后", "实际值", "actual"),
    ("evaluation", "lower_is_better"): ("越小越好", "越低越好"),
    ("evaluation", "source"): ("来源",),
    ("evaluation", "feedback"): ("意见", "反馈", "comments"),
    ("evaluation", "next_step"): ("后续", "下一步", "next"),
    ("org", "department"): ("部门名称", "所在部门", "dept"),
    ("org", "name"): ("人员", "姓名", "person"),
    ("org", "title"): ("岗位", "职位", "title", "position"),
    ("org", "phone"): PHONE_VARIANTS,
    ("org", "email"): EMAIL_VARIANTS,
    ("org", "chat"): CHAT_VARIANTS,
    ("raci", "task"): ("任务名称", "工作任务", "task name"),
}
NUMBER_VARIANTS = ("no", "序号", "编号", "#", "行号", "number")
ID_VARIANTS = ("id", "系统编号", "crossdesk id")
# Columns that are shown for information and never read back.
IGNORED_VARIANTS = ("备注", "remarks", "remark", "note", "notes")


def normalise(text: object) -> str:
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = _BRACKETS.sub("", s)
    return _PUNCT.sub("", s)


@dataclass
class HeaderMap:
    """Where each field sits in one header row: field key → 0-based column index."""

    row: int  # 1-based Excel row of the header
    columns: dict[str, int] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)  # column index → header text

    @property
    def matched(self) -> int:
        return len([k for k in self.columns if k not in (NUMBER_KEY, ID_KEY)])

    def unused(self) -> dict[int, str]:
        """Columns with header text that no field takes: column index → header."""
        taken = set(self.columns.values())
        return {i: text for i, text in sorted(self.headers.items()) if i not in taken}


def _variants(layout: SheetLayout) -> dict[str, str]:
    """Normalised header text → field key, for one sheet layout."""
    table: dict[str, str] = {}
    for v in NUMBER_VARIANTS:
        table[normalise(v)] = NUMBER_KEY
    for lang in LANGUAGES:
        table[normalise(tr("excel.col.number", lang))] = NUMBER_KEY
        table[normalise(tr("excel.col.id", lang))] = ID_KEY
    for v in ID_VARIANTS:
        table[normalise(v)] = ID_KEY
    fields = fields_of(layout)
    # Extras first, so that a catalogue label always wins over another field's extra.
    for f in fields:
        for extra in EXTRAS.get((layout.key, f.key), ()):
            table.setdefault(normalise(extra), f.key)
    for f in fields:
        for lang in LANGUAGES:
            table[normalise(tr(f.label_key, lang))] = f.key
    if layout.key in CONTACT_FORMS:
        labels = [tr("field.member.contact", lang) for lang in LANGUAGES]
        for v in (*CONTACT_VARIANTS, *labels):
            table.setdefault(normalise(v), CONTACT_KEY)
    return table


VARIANTS: dict[str, dict[str, str]] = {}


def variants(layout: SheetLayout) -> dict[str, str]:
    if layout.key not in VARIANTS:
        VARIANTS[layout.key] = _variants(layout)
    return VARIANTS[layout.key]


def match_header(layout: SheetLayout, cells: Sequence[object], row: int) -> HeaderMap:
    table = variants(layout)
    found = HeaderMap(row)
    for i, cell in enumerate(cells):
        key = table.get(normalise(cell))
        if key is not None and key not in found.columns:
            found.columns[key] = i
        if cell is not None and str(cell).strip():
            found.headers[i] = str(cell).strip()
    return found


def sheet_names() -> dict[str, str]:
    """Normalised sheet name → layout key, for both languages and the forms' titles."""
    names: dict[str, str] = {}
    for layout in SHEETS:
        for lang in LANGUAGES:
            names[normalise(layout.sheet_name(lang))] = layout.key
            names[normalise(layout.title(lang))] = layout.key
            if layout.spec is not None:
                names[normalise(tr(layout.spec.title_key, lang))] = layout.key
                if layout.spec.number is not None:
                    names[normalise(tr("form.number", lang, n=layout.spec.number))] = layout.key
    return names


def layout_by_sheet_name(title: str) -> SheetLayout | None:
    from app.excel.sheet_specs import BY_KEY

    key = sheet_names().get(normalise(title))
    return BY_KEY[key] if key else None


def find_header(
    rows: Sequence[Sequence[object]],
    layout: SheetLayout | None,
) -> tuple[SheetLayout, HeaderMap] | None:
    """The best (layout, header) among the first rows; ``layout`` fixes the form when the
    sheet's name already told it. A header needs the form's first (required) column and
    at least one more known column, or two when the name did not say which form it is."""
    candidates = [layout] if layout is not None else list(SHEETS)
    best: tuple[int, int, SheetLayout, HeaderMap] | None = None
    for r, cells in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        if not any(c is not None and str(c).strip() for c in cells):
            continue
        for order, cand in enumerate(candidates):
            if cand.key == "raci" and layout is None:
                continue  # the RACI grid is only recognised by its sheet name
            hm = match_header(cand, cells, r)
            first = fields_of(cand)[0].key
            need = 1 if layout is not None else MIN_MATCHES
            if first not in hm.columns or hm.matched < need:
                continue
            score = hm.matched
            if best is None or (score, -order) > (best[0], best[1]):
                best = (score, -order, cand, hm)
    return None if best is None else (best[2], best[3])
