"""Messages about the files the program writes or is handed: outputs that would replace a
workspace or another file, damaged schemas, files too large or not regular."""

from app.i18n import register

register({
    "error.output.is_folder": (
        "{path} is a folder; give a file name.", "{path} 是一个文件夹，请给出文件名。"),
    "error.output.no_folder": ("The folder {path} does not exist.", "文件夹 {path} 不存在。"),
    "error.output.is_workspace": (
        "{path} is a CrossDesk workspace; an export, a print or a template never replaces a "
        "workspace. Choose another file name. Nothing was written.",
        "{path} 是 CrossDesk 工作区文件，导出、打印或模板绝不会覆盖工作区。请换一个文件名。"
        "未写入任何内容。"),
    "error.output.workspace_open": (
        "{path} is open in CrossDesk ({holder}) and cannot be replaced. Nothing was written.",
        "{path} 正在 CrossDesk 中打开（{holder}），不能被覆盖。未写入任何内容。"),
    "error.output.not_a_file": (
        "{path} is not a regular file and cannot be written. Nothing was written.",
        "{path} 不是普通文件，无法写入。未写入任何内容。"),
    "error.output.exists": (
        "{path} exists already. Add --force to replace it, or choose another name. Nothing was "
        "written.",
        "{path} 已存在。如需覆盖请加 --force，或换一个文件名。未写入任何内容。"),
    "error.workspace.new_over_workspace": (
        "{path} is a workspace already; a new workspace never replaces one. Open it, or choose "
        "another name for the new one.",
        "{path} 已是一个工作区，新建工作区绝不会覆盖它。请打开它，或为新工作区换一个文件名。"),
    "error.workspace.schema": (
        "the table {table} is missing", "缺少数据表 {table}"),
    "error.workspace.schema_column": (
        "the column {column} of the table {table} is missing",
        "数据表 {table} 缺少列 {column}"),
    "error.workspace.write_failed": (
        "The change could not be saved to {path}: {reason}. The workspace keeps its last saved "
        "state; free some space on the disk and try again.",
        "修改无法保存到 {path}：{reason}。工作区保持上次保存的状态；请释放磁盘空间后重试。"),
    "error.file.not_regular": (
        "{path} is not a regular file (a folder, a device or a pipe) and was not read.",
        "{path} 不是普通文件（文件夹、设备或管道），未读取。"),
    "error.file.too_large": (
        "{path} is larger than {limit}; it cannot be a calendar file and was not read.",
        "{path} 大于 {limit}，不可能是日历文件，未读取。"),
    "error.value.invisible_chars": (
        "{field} contains invisible characters (zero-width or text-direction marks) that would "
        "make it look like something it is not.",
        "“{field}”包含不可见字符（零宽字符或文字方向控制符），会让内容看起来与实际不同。"),
    "error.backups.no_workspace": (
        "There is no file at {path}, and it has no backups.",
        "找不到文件：{path}，也没有它的备份。"),
    "error.backups.workspace_missing": (
        "There is no file at {path}; its backups are listed below (restore one with "
        "crossdesk-cli restore).",
        "找不到文件：{path}；下面列出它的备份（可用 crossdesk-cli restore 恢复）。"),
    "cli.opt.force": (
        "replace OUT if it exists (a workspace is never replaced)",
        "OUT 已存在时覆盖（绝不覆盖工作区）"),
    "field.calendar_name": ("Name of the day", "日期名称"),
    "field.calendar_day": ("Date", "日期"),
})
