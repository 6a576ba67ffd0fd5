"""Messages of the core: refusals, validation, rule findings."""

from app.i18n import register

register({
    "error.cancelled": ("Cancelled; nothing was changed.", "已取消，未作任何改动。"),
    "error.workspace.missing": ("There is no file at {path}.", "找不到文件：{path}。"),
    "error.workspace.not_workspace": (
        "{path} is not a CrossDesk workspace. It was not changed.",
        "{path} 不是 CrossDesk 工作区文件，文件未作任何改动。"),
    "error.workspace.unreadable": (
        "{path} cannot be read: {reason}", "无法读取 {path}：{reason}"),
    "error.workspace.damaged": (
        "The workspace {path} is damaged and was not opened ({reason}). It was not changed.",
        "工作区 {path} 已损坏，未打开（{reason}）。文件未作任何改动。"),
    "error.workspace.newer": (
        "{path} was written by a newer CrossDesk (schema {version}; this program reads up to "
        "{supported}). Please update CrossDesk. The file was not changed.",
        "{path} 由更新版本的 CrossDesk 创建（结构版本 {version}，本程序最高支持 {supported}）。"
        "请升级 CrossDesk。文件未作任何改动。"),
    "error.workspace.no_upgrade": (
        "No upgrade path from schema version {version}.", "无法从结构版本 {version} 升级。"),
    "error.workspace.needs_upgrade": (
        "This workspace (schema {version}) must be upgraded, which needs write access.",
        "此工作区（结构版本 {version}）需要升级，升级需要写入权限。"),
    "error.workspace.locked": (
        "The workspace is open for writing in another CrossDesk: {holder}.",
        "该工作区正被另一个 CrossDesk 程序写入：{holder}。"),
    "error.workspace.read_only": (
        "The workspace {path} is open read-only; nothing can be changed.",
        "工作区 {path} 以只读方式打开，无法修改。"),
    "error.workspace.read_only_medium": (
        "The workspace {path} is on a disk or folder that cannot be written, so it was opened "
        "read-only; nothing can be changed. Copy it to a writable folder to edit it.",
        "工作区 {path} 位于无法写入的磁盘或文件夹中，已以只读方式打开，无法修改。"
        "如需编辑，请将其复制到可写入的文件夹。"),
    "error.workspace.interrupted_read_only": (
        "The workspace {path} was left half-saved by a program that stopped, and it lies on a "
        "disk that cannot be written, so it cannot be put back in order here. Copy the file "
        "together with the “-journal” file beside it to a writable folder and open it there.",
        "工作区 {path} 在保存过程中被意外中断，且所在磁盘无法写入，因此无法在此恢复。"
        "请将该文件连同旁边的“-journal”文件一起复制到可写入的文件夹后再打开。"),
    "error.workspace.exists": (
        "{path} exists already; choose another name.", "{path} 已存在，请换一个文件名。"),
    "error.workspace.no_folder": ("The folder {path} does not exist.", "文件夹 {path} 不存在。"),
    "error.workspace.unwritable": (
        "{path} cannot be written: {reason}", "无法写入 {path}：{reason}"),
    "error.workspace.copy_onto_self": (
        "A copy cannot replace the open workspace itself.", "副本不能覆盖当前打开的工作区。"),
    "error.initiative.missing": (
        "There is no initiative with id {id}.", "不存在编号为 {id} 的协作项目。"),
    "error.initiative.none": (
        "The workspace has no initiative yet.", "工作区中还没有协作项目。"),
    "error.initiative.ambiguous": (
        "The workspace holds several initiatives; say which with --initiative ID.",
        "工作区中有多个协作项目，请用 --initiative ID 指定。"),
    "error.row.missing": ("That row no longer exists.", "该行已不存在。"),
    # Validation
    "error.value.required": ("{field} must not be empty.", "“{field}”不能为空。"),
    "error.value.too_long": (
        "{field} is too long (at most {max} characters).", "“{field}”过长（最多 {max} 个字符）。"),
    "error.value.not_date": (
        "{field}: “{value}” is not a date. Type it as 2027-03-31, 2027/3/31, 20270331, "
        "3/31 or 3月31日.",
        "“{field}”：“{value}”不是有效日期。可输入 2027-03-31、2027/3/31、20270331、3/31 "
        "或 3月31日。"),
    "error.value.date_range": (
        "{field}: {value} is outside the years 1900–2200.",
        "“{field}”：{value} 超出 1900–2200 年的范围。"),
    "error.value.rating": (
        "{field} must be a whole number from 1 to 5, not “{value}”.",
        "“{field}”必须是 1 到 5 的整数，而不是“{value}”。"),
    "error.value.percent": (
        "{field} must be a number from 0 to 100, not “{value}”.",
        "“{field}”必须是 0 到 100 之间的数，而不是“{value}”。"),
    "error.value.number": ("{field}: “{value}” is not a number.", "“{field}”：“{value}”不是数字。"),
    "error.value.choice": (
        "{field}: “{value}” is not one of the choices: {choices}.",
        "“{field}”：“{value}”不是可选项之一（可选：{choices}）。"),
    "error.value.control_chars": (
        "{field} contains control characters.", "“{field}”包含控制字符。"),
    "error.value.unknown_department": (
        "There is no department named “{value}”.", "不存在名为“{value}”的部门。"),
    "error.value.unknown_person": ("There is no such person: {value}.", "不存在此人员：{value}。"),
    "error.value.unknown_measure": ("There is no such measure: {value}.", "不存在此措施：{value}。"),
    "error.value.unknown_task": ("There is no such task: {value}.", "不存在此任务：{value}。"),
    "error.value.unknown_pain_point": ("There is no such pain point: {value}.", "不存在此痛点：{value}。"),
    "error.value.self_predecessor": (
        "A task cannot be its own predecessor.", "任务不能作为自己的前置任务。"),
    "error.value.duplicate_department": (
        "A department named “{value}” exists already.", "已存在名为“{value}”的部门。"),
    "error.value.read_only_field": ("{field} is computed and cannot be typed.", "“{field}”为自动计算，不能手工填写。"),
})
