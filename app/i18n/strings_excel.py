"""Texts of the Excel export and import: sheet names, column heads, refusals, preview."""

from app.i18n import register

register({
    # Sheets and columns
    "excel.sheet.signoffs": ("1 Sign-off", "1 确认签字"),
    "excel.sheet.measures": ("4 Measures", "4 优化措施"),
    "excel.sheet.raci": ("RACI", "RACI 矩阵"),
    "excel.sheet.raci.title": ("RACI matrix (tasks × members)", "RACI 责任分配矩阵（任务 × 成员）"),
    "excel.sheet.org": ("Departments & people", "部门与人员"),
    "excel.sheet.org.title": ("Departments and people", "部门与人员"),
    "excel.field.person.title": ("Job title", "职务"),
    "excel.col.number": ("No.", "序号"),
    "excel.col.id": ("ID (keep)", "ID（勿改）"),
    "excel.subtitle.initiative": ("Initiative: {name}", "协作项目：{name}"),
    "excel.subtitle.exported": ("exported {date}", "导出于 {date}"),
    "excel.subtitle.id_hint": (
        "keep the ID column so that rows come back as updates",
        "请保留 ID 列，导回时按 ID 更新原有行"),
    "excel.raci.rule": (
        "each task: exactly one A, at least one R", "每项任务：有且仅有一个 A，至少一个 R"),
    "excel.template.title": ("CrossDesk template", "CrossDesk 模板"),
    "excel.list.departments": ("Departments", "部门"),
    "excel.list.people": ("People", "人员"),
    "excel.list.measures": ("Measures", "措施"),
    "excel.list.bool": ("Yes/No", "是/否"),
    "excel.list.raci": ("RACI", "RACI"),
    "excel.dv.title": ("Not in the list", "不在可选范围内"),
    "excel.dv.strict": ("Pick a value from the drop-down list.", "请从下拉列表中选择。"),
    "excel.dv.loose": (
        "Not in the list: it will be created as new on import.",
        "不在列表中：导入时将作为新项创建。"),
    "excel.dv.rating": ("A whole number from 1 to 5.", "请输入 1 到 5 的整数。"),
    "excel.dv.percent": ("A percentage from 0% to 100%.", "请输入 0% 到 100% 之间的百分比。"),
    # Refused files
    "excel.error.no_folder": ("The folder {path} does not exist.", "文件夹 {path} 不存在。"),
    "excel.error.missing": ("There is no file at {path}.", "找不到文件：{path}。"),
    "excel.error.empty": ("{path} is empty.", "{path} 是空文件。"),
    "excel.error.not_xlsx": (
        "{path} is not an Excel workbook (.xlsx). Nothing was imported.",
        "{path} 不是 Excel 工作簿（.xlsx），未导入任何内容。"),
    "excel.error.text_file": (
        "{path} is a text file (perhaps CSV renamed to .xlsx), not an Excel workbook. "
        "Open it in Excel and save it as .xlsx.",
        "{path} 是文本文件（可能是改了扩展名的 CSV），不是 Excel 工作簿。"
        "请用 Excel 打开后另存为 .xlsx。"),
    "excel.error.encrypted": (
        "{path} is password-protected or an old .xls file. Remove the password (or save it "
        "as .xlsx) in Excel and import again.",
        "{path} 设有密码保护，或是旧版 .xls 文件。"
        "请在 Excel 中取消密码（或另存为 .xlsx）后再导入。"),
    "excel.error.corrupt": (
        "{path} is damaged or incomplete ({reason}). Nothing was imported.",
        "{path} 已损坏或不完整（{reason}），未导入任何内容。"),
    "excel.error.xml_unsafe": (
        "{path} contains XML that is not allowed in a workbook (entity declarations, as used "
        "by “XML bomb” attacks). Nothing was imported.",
        "{path} 包含工作簿中不允许的 XML（实体声明，常见于“XML 炸弹”攻击），未导入任何内容。"),
    "excel.error.too_big": (
        "{path} unpacks to more than {limit} MB; it was not opened.",
        "{path} 解压后超过 {limit} MB，未打开。"),
    "excel.error.too_many_rows": (
        "Sheet “{sheet}” has {rows} rows; at most {limit} rows per sheet can be imported.",
        "工作表“{sheet}”有 {rows} 行，每个工作表最多可导入 {limit} 行。"),
    "excel.error.no_defusedxml": (
        "The safe XML parser (defusedxml) is not installed, so workbooks are not opened.",
        "未安装安全 XML 解析器（defusedxml），因此不打开工作簿。"),
    "excel.error.no_forms": (
        "No sheet of {path} looks like a CrossDesk form: no header row with known column "
        "names was found.",
        "{path} 中没有可识别的表单：未找到包含已知列名的表头行。"),
    "excel.error.has_errors": (
        "{n} rows have errors; nothing was imported.", "{n} 行有错误，未导入任何内容。"),
    # Row-level reasons
    "excel.reason.unknown_measure_ref": (
        "no pain point number {value} in this file or initiative",
        "本文件或项目中没有编号为 {value} 的痛点"),
    "excel.reason.unknown_task_ref": (
        "no task number {value} in this file", "本文件中没有编号为 {value} 的任务"),
    "excel.reason.unknown_task": (
        "no task “{value}” in this file or initiative", "本文件或项目中没有任务“{value}”"),
    "excel.reason.unknown_column": (
        "“{value}” is neither a team member nor a department", "“{value}”既不是小组成员也不是部门"),
    "excel.reason.raci_letter": (
        "“{value}” is not R, A, C or I", "“{value}”不是 R、A、C 或 I"),
    "excel.reason.wrong_type": (
        "{field}: a {found} cannot go in this column", "“{field}”：此列不能填写{found}"),
    "excel.reason.duplicate_id": (
        "the ID {value} appears twice in this sheet", "ID {value} 在本表中出现了两次"),
    "excel.type.date": ("date", "日期"),
    "excel.type.number": ("number", "数字"),
    "excel.type.bool": ("true/false value", "逻辑值"),
    # Preview
    "excel.status.new": ("new", "新增"),
    "excel.status.update": ("update", "更新"),
    "excel.status.unchanged": ("unchanged", "不变"),
    "excel.status.error": ("error", "错误"),
    "excel.preview.sheet_found": ("Sheet “{sheet}” → {form}", "工作表“{sheet}” → {form}"),
    "excel.preview.sheet_ignored": (
        "Sheet “{sheet}” ignored: not a CrossDesk form", "工作表“{sheet}”已忽略：不是可识别的表单"),
    "excel.preview.row": ("{sheet} row {row}: {status} — {label}",
        "{sheet} 第 {row} 行：{status} — {label}"),
    "excel.preview.error": (
        "    column {column} ({header}): {reason}", "    第 {column} 列（{header}）：{reason}"),
    "excel.preview.error_row": ("    {reason}", "    {reason}"),
    "excel.preview.changes": ("    changes: {fields}", "    修改：{fields}"),
    "excel.preview.new_departments": ("New departments: {names}", "将新建部门：{names}"),
    "excel.preview.new_people": ("New people: {names}", "将新建人员：{names}"),
    "excel.preview.new_measures": ("New measures: {names}", "将新建措施：{names}"),
    "excel.preview.summary": (
        "{new} new, {update} to update, {unchanged} unchanged, {error} with errors",
        "新增 {new} 行，更新 {update} 行，不变 {unchanged} 行，错误 {error} 行"),
    "excel.preview.new_initiative": ("Into a new initiative: {name}", "导入到新协作项目：{name}"),
    "excel.done.import": ("Imported: {summary}", "已导入：{summary}"),
    "excel.done.export": ("Wrote {path}.", "已写入 {path}。"),
    # Command line
    "cli.export.help": (
        "export an initiative to an Excel workbook", "将协作项目导出为 Excel 工作簿"),
    "cli.export.out": ("the workbook to write (.xlsx)", "要写入的工作簿（.xlsx）"),
    "cli.template.help": (
        "write the empty Excel workbook to send to departments",
        "生成空白 Excel 模板，发给各部门填写"),
    "cli.import.help": (
        "import an Excel workbook, all or nothing, after a preview",
        "导入 Excel 工作簿（先预览，要么全部导入，要么不导入）"),
    "cli.import.file": ("the workbook to read (.xlsx)", "要读取的工作簿（.xlsx）"),
    "cli.import.new_initiative": (
        "create a new initiative with this name and import into it",
        "新建以此命名的协作项目并导入其中"),
    "cli.import.dry_run": (
        "only print the preview; change nothing", "只打印预览，不作任何改动"),
    "cli.opt.template_workspace": (
        "fill the department drop-down from this workspace", "用此工作区的部门填充下拉列表"),
})
