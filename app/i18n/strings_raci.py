"""Texts of the RACI matrix that the core itself produces: group names and refusals."""

from app.i18n import register

register({
    "form.raci.title": ("RACI matrix", "RACI 责任分配矩阵"),
    "form.raci.short": ("RACI", "RACI 矩阵"),
    "raci.no_measure": ("(no measure)", "（未归属措施）"),
    "raci.no_department": ("(no department)", "（无部门）"),
    "raci.letter.R": ("Responsible", "执行"),
    "raci.letter.A": ("Accountable", "批准"),
    "raci.letter.C": ("Consulted", "咨询"),
    "raci.letter.I": ("Informed", "知会"),
    "raci.legend.R": ("does the work", "具体执行工作"),
    "raci.legend.A": ("approves and answers for it; exactly one per task",
                      "审批并对结果负责；每项任务有且只有一个"),
    "raci.legend.C": ("asked before it is done", "事前征求意见"),
    "raci.legend.I": ("told once it is done", "事后告知结果"),
    "error.raci.letter": ("“{value}” is not R, A, C or I.", "“{value}”不是 R、A、C 或 I。"),
    "error.raci.cell": (
        "That task or column is no longer part of the initiative; nothing was changed.",
        "该任务或列已不属于本协作项目，未作任何改动。"),
    "error.raci.paste_value": (
        "Row {row}, column {column} of the pasted block holds “{value}”, which is not R, A, "
        "C or I. Nothing was pasted.",
        "粘贴内容第 {row} 行第 {column} 列为“{value}”，不是 R、A、C 或 I，未粘贴任何内容。"),
})
