"""Texts of printed sheets, sign-off tracking and the print command."""

from app.i18n import register

register({
    # On the sheet
    "print.footer.printed": ("Printed {date}", "打印日期 {date}"),
    "print.footer.version": ("Version {tag}", "版本 {tag}"),
    "print.footer.page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "print.column.number": ("#", "序号"),
    "print.empty": ("No rows yet.", "暂无内容。"),
    # A table wider than the page prints in column groups, one after the other.
    "print.columns.of": ("Part {part} of {parts}", "第 {part} 部分，共 {parts} 部分"),
    "print.columns.range": ("columns {first} – {last}", "列：{first} – {last}"),
    "print.sign.signature": ("Signature", "签字"),
    "print.sign.goals_note": (
        "By signing, each participating department head confirms the goals above as printed "
        "in version {tag}.",
        "各参与部门负责人签字，确认以上目标（版本 {tag}）。"),
    "print.sign.team_note": (
        "Confirmed by the overall lead and the department liaisons (version {tag}).",
        "总负责人及各部门接口人签字确认（版本 {tag}）。"),
    # The print command
    "cli.print.help": ("print forms as a PDF for signing", "将表单打印为 PDF，供签字"),
    "cli.print.out": ("the PDF file to write", "要写入的 PDF 文件"),
    "cli.print.form": (
        "which form to print: {choices} (may be given several times; default: all)",
        "要打印的表单：{choices}（可多次指定；默认全部）"),
    "cli.print.done": (
        "Printed {sheets} sheet(s) to {path}: {tags}",
        "已将 {sheets} 张表打印到 {path}：{tags}"),
    "print.error.unknown_form": (
        "There is no form “{form}” to print; choose one of: {choices}.",
        "没有可打印的表单“{form}”，请从以下选择：{choices}。"),
    "print.error.is_folder": (
        "{path} is a folder; give the name of the PDF file to write.",
        "{path} 是文件夹，请给出要写入的 PDF 文件名。"),
    "print.error.no_folder": (
        "The folder {path} does not exist; nothing was written.",
        "文件夹 {path} 不存在，未写入任何内容。"),
    "print.error.unwritable": (
        "{path} cannot be written ({reason}); nothing was written.",
        "无法写入 {path}（{reason}），未写入任何内容。"),
    # Signatures
    "signoff.error.missing": ("That sign-off line no longer exists.", "该签字行已不存在。"),
    "signoff.error.bad_tag": (
        "“{value}” is not a version tag; it looks like V-3F9A2C and is printed at the foot "
        "of each page.",
        "“{value}”不是版本号；版本号形如 V-3F9A2C，印在每页页脚。"),
    "signoff.error.no_date": ("Give the date of the signature.", "请填写签字日期。"),
    "signoff.field.signer": ("Signer", "签字人"),
    "rule.signoff.stale": (
        "{signer} ({department}) signed {signed}, but {form} is now version "
        "{current}: print it again and collect a new signature.",
        "{signer}（{department}）签字的是{signed}，而{form}现为版本 {current}："
        "请重新打印并再次签字。"),
    "rule.signoff.unknown_version": ("a version that was not recorded", "未记录版本的表单"),
})

register({
    "print.raci.check": ("Rule check", "规则检查"),
    "print.raci.ok": ("OK", "符合"),
    "print.raci.rule": (
        "Each task: exactly one A, at least one R.", "每项任务：有且只有一个 A，至少一个 R。"),
    "form.matrix.short": ("Priority matrix", "优先级矩阵"),
})
