"""Texts of the import's safeguards: limits of what is read, formulas without a result,
workbooks from another workspace or initiative, IDs that match nothing, sign-offs."""

from app.i18n import register

register({
    "excel.error.too_many_cells": (
        "Sheet “{sheet}” is too large to import: its columns with a header reach column "
        "{column}, and {rows} rows that wide make more than {limit} cells. Delete the "
        "columns or rows that are not needed (or move a far column next to the table) and "
        "import again.",
        "工作表“{sheet}”过大，无法导入：带表头的列一直到第 {column} 列，{rows} 行这样宽的数据"
        "超过 {limit} 个单元格。请删除不需要的列或行（或把远处的列移到表格旁边）后再导入。"),
    "excel.reason.formula_no_result": (
        "formula without a computed value: open and save the file in Excel or LibreOffice "
        "first",
        "公式没有计算结果：请先用 Excel 或 LibreOffice 打开并保存该文件"),
    "excel.preview.unheaded": (
        "Sheet “{sheet}”, column {column}, no header, {n} cells: not imported",
        "工作表“{sheet}”第 {column} 列没有表头，{n} 个单元格：未导入"),
    "excel.preview.more_errors": (
        "{n} more reasons are not listed: correct the errors shown and read the file again",
        "另有 {n} 条错误原因未列出：请先改正列出的错误，再重新读取文件"),
    "excel.error.too_many_rows_total": (
        "{path} has more than {limit} rows in all its sheets together; at most {limit} can "
        "be imported at once. Split it into several files.",
        "{path} 所有工作表合计超过 {limit} 行，一次最多可导入 {limit} 行。请拆分为几个文件。"),
    "excel.error.too_many_strings": (
        "{path} holds more different texts than can be imported at once (at most {limit}, "
        "{mb} MB). Split it into several files.",
        "{path} 包含的不同文本过多，无法一次导入（最多 {limit} 条、{mb} MB）。请拆分为几个文件。"),
    "excel.error.too_many_styles": (
        "{path} holds more cell styles than can be read (more than {limit} MB of them). "
        "Copy the data into a new workbook (paste values) and import that.",
        "{path} 中的单元格样式过多（超过 {limit} MB），无法读取。"
        "请把数据复制到新工作簿（选择性粘贴为数值）后再导入。"),
    # Notes of the preview
    "excel.note.other_workspace": (
        "This workbook was exported from another workspace (initiative “{name}”): its ID "
        "column names rows of that workspace, so it is not used here. Rows are matched by "
        "their names (people by name and department) or come in as new.",
        "此工作簿导出自另一个工作区（协作项目“{name}”）：其中的 ID 指那个工作区的行，"
        "在这里不使用。各行按名称匹配（人员按姓名和部门）或作为新行导入。"),
    "excel.note.other_initiative": (
        "This workbook was exported from initiative “{name}”: its rows are matched by their "
        "names or come in as new here.",
        "此工作簿导出自协作项目“{name}”：各行在这里按名称匹配或作为新行导入。"),
    "excel.note.signatures": (
        "Signatures belong to the initiative they were given for: {n} signed sign-off lines "
        "come in unsigned, to be signed again for this one.",
        "签字只属于当初签字的协作项目：{n} 条已签字的确认行将以未签字状态导入，需为本项目重新签字。"),
    "excel.note.unknown_id.matched": (
        "ID {id} is not in this initiative (deleted since the export?): the row is matched "
        "by its name",
        "ID {id} 不在本协作项目中（导出后已删除？）：该行按名称匹配"),
    "excel.note.unknown_id.new": (
        "ID {id} is not in this initiative (deleted since the export?): the row comes in "
        "as new",
        "ID {id} 不在本协作项目中（导出后已删除？）：该行将作为新行导入"),
    "excel.note.unknown_person.matched": (
        "ID {id} is no person of this workspace: matched by name",
        "ID {id} 不是本工作区的人员：按姓名匹配"),
    "excel.note.unknown_person.new": (
        "ID {id} is no person of this workspace: comes in as a new person",
        "ID {id} 不是本工作区的人员：将作为新人员导入"),
    "excel.note.person_changes": (
        "{name} is already in the workspace: this changes their {fields}",
        "{name} 已在工作区中：此行将修改其{fields}"),
})
