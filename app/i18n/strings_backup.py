"""Texts of backups and restoring: refusals, the command line, the reasons a backup was taken."""

from app.i18n import register

register({
    "error.backup.failed": (
        "The backup could not be written: {reason}. Your workspace itself is saved and unchanged.",
        "无法写入备份：{reason}。工作区本身已保存，未受影响。"),
    "error.backup.unusable": (
        "The backup {path} cannot be used: {reason}",
        "备份 {path} 无法使用：{reason}"),
    "error.backup.no_such_number": (
        "There is no backup number {number}; “crossdesk-cli backups WORKSPACE” lists them.",
        "没有编号为 {number} 的备份；可用“crossdesk-cli backups 工作区”列出全部备份。"),
    "error.backup.none_good": (
        "No usable backup of {path} was found.", "没有找到 {path} 的可用备份。"),
    # Why a backup was taken
    "backup.reason.opened": ("when opened", "打开时"),
    "backup.reason.auto": ("automatic", "自动"),
    "backup.reason.manual": ("by hand", "手动"),
    "backup.reason.import": ("before an import", "导入前"),
    "backup.reason.upgrade": ("before an upgrade", "升级前"),
    "backup.reason.restore": ("before a restore", "恢复前"),
    "backup.reason.damaged": ("damaged file, kept", "已损坏的文件（保留）"),
    "backup.reason.copy": ("copy", "副本"),
    # Command line
    "cli.backup.help": (
        "back a workspace up (into its backups folder, or to DEST)",
        "备份工作区（存入其备份文件夹，或存到 DEST）"),
    "cli.backup.dest": (
        "where to write the copy: a file or a folder (default: the backups folder)",
        "副本的保存位置：文件或文件夹（默认：备份文件夹）"),
    "cli.backup.force": ("replace DEST if it exists", "DEST 已存在时覆盖"),
    "cli.backup.done": ("Backed up to {path}.", "已备份到 {path}。"),
    "cli.backups.help": ("list the backups of a workspace", "列出工作区的备份"),
    "cli.backups.folder": ("Backups folder: {path}", "备份文件夹：{path}"),
    "cli.backups.none": ("No backups yet.", "还没有备份。"),
    "cli.backups.line": (
        "{number:>3}  {date}  {reason:<18} {size:>8}  {what}",
        "{number:>3}  {date}  {reason:<10} {size:>8}  {what}"),
    "cli.backups.bad": ("NOT USABLE: {problem}", "不可用：{problem}"),
    "cli.backups.counts": (
        "initiatives: {initiatives}, tasks: {tasks}", "协作项目 {initiatives} 个，任务 {tasks} 项"),
    "cli.restore.help": (
        "put a backup back into a workspace (the current state is backed up first)",
        "用备份恢复工作区（先备份当前状态）"),
    "cli.restore.backup": (
        "the backup file, or its number in “crossdesk-cli backups” (1 = newest)",
        "备份文件，或其在“crossdesk-cli backups”中的编号（1 = 最新）"),
    "cli.restore.done": ("Restored {path} from {backup}.", "已用 {backup} 恢复 {path}。"),
    "cli.restore.undo": (
        "The state before the restore was backed up to {path}.",
        "恢复前的状态已备份到 {path}。"),
    "cli.restore.damaged_kept": (
        "The damaged file was kept as {path}.", "已损坏的文件保留为 {path}。"),
})
