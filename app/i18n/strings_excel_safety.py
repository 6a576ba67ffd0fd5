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
})
