"""Texts of the import's column handling and references: phone and e-mail checks, columns
the import does not use, predecessors named by task name."""

from app.i18n import register

register({
    # Phone numbers and e-mail addresses (app.forms.contact)
    "error.value.phone": (
        "{field}: “{value}” is not a phone number (7–20 digits; spaces, +, -, parentheses and "
        "an extension such as “ext. 12” or “转 12” are allowed).",
        "“{field}”：“{value}”不是电话号码（7–20 位数字，可含空格、+、-、括号，分机写作“转 12”"
        "或“ext. 12”）。"),
    "error.value.email": (
        "{field}: “{value}” is not an e-mail address (name@example.com).",
        "“{field}”：“{value}”不是电子邮件地址（格式如 name@example.com）。"),
    # Columns the import does not use
    "excel.col.contact": ("Contact (split into phone, e-mail, chat)",
                          "联系方式（拆分为电话、邮箱、即时通讯）"),
    "excel.unused.column": (
        "Sheet “{sheet}”, column {column} “{header}”: not imported (cells with data: {filled}{samples})",
        "工作表“{sheet}”第 {column} 列“{header}”：未导入（{filled} 个单元格有内容{samples}）"),
    "excel.unused.samples": (", e.g. {values}", "，例如 {values}"),
    "excel.unused.mapped": (
        "Sheet “{sheet}”, column {column} “{header}”: imported as “{field}”, as chosen before",
        "工作表“{sheet}”第 {column} 列“{header}”：按此前的选择导入为“{field}”"),
    "excel.unused.left_out": (
        "Sheet “{sheet}”, column {column} “{header}”: left out, as chosen before",
        "工作表“{sheet}”第 {column} 列“{header}”：按此前的选择不导入"),
    "excel.unused.conflict": (
        "Sheet “{sheet}”, column {column} “{header}”: not imported; it is set to go to “{field}”, "
        "which another column of the sheet already fills",
        "工作表“{sheet}”第 {column} 列“{header}”：未导入；此列设定导入到“{field}”，"
        "但表中已有另一列填写该项"),
    "excel.unused.hint": (
        "To import such a column, give it a header the form knows, or map it in the import "
        "preview of the program (remembered for the next file).",
        "如需导入这些列，请使用表单认识的表头，或在程序的导入预览中指定对应字段（下次导入时自动沿用）。"),
    "excel.error.bad_column_choice": (
        "“{choice}” is not a field a column “{header}” can go to.",
        "“{choice}”不是列“{header}”可以导入的字段。"),
    "excel.preview.given": ("{field}: {value}", "{field}：{value}"),
    "excel.preview.new_values": ("    {values}", "    {values}"),
    # Predecessors named by task name
    "excel.reason.ambiguous_task": (
        "“{value}” names {n} tasks ({places}); write the task's number instead",
        "“{value}”对应 {n} 项任务（{places}），请改填任务编号"),
    "excel.place.row": ("{sheet} row {row}", "“{sheet}”第 {row} 行"),
    "excel.place.task": ("No. {n} in the initiative", "项目中第 {n} 项任务"),
    "excel.reason.unknown_predecessor": (
        "no task “{value}” in this file or initiative (write a task's name or number, "
        "optionally with a lag such as +2)",
        "本文件或项目中没有任务“{value}”（请填写任务名称或编号，可加间隔天数，如 +2）"),
})
