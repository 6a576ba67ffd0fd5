"""A round's whole record for the files: every sheet as one PDF (the forms, then the
register's list and each item's own sheet), the workbook, and the weekly reports as they
were sent, each as its PDF, in a folder or one .zip file.

The files inside are named after the initiative and its dates (created, and closed or
today), so archives of several rounds can lie side by side.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.errors import UserError
from app.i18n import current_language, normalise_language
from app.printing.content import SheetData
from app.report.content import ReportContent
from app.rounds.state import round_state
from app.store import write_target
from app.store.models import Initiative
from app.store.workspace import Workspace

# A file of the archive: its name, and a function that writes it at the path given.
ArchiveFile = tuple[str, Callable[[Path], object]]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def archived_reports(ws: Workspace, initiative_id: int, lang: str) -> list[ArchiveFile]:
    """The weekly reports kept for the round (``app.report.keeping``), each as the PDF it
    was sent as, oldest first, named as the report dialog names them ("周报 <initiative>
    <date>"; the as-of time added when two share a day)."""
    from app.printing import write_atomically
    from app.report import keeping
    from app.report.outputs import file_stem
    from app.report.pdf import pdf_bytes

    kept = sorted(keeping.kept_reports(ws, initiative_id), key=lambda r: (r.as_of, r.id))
    files: list[ArchiveFile] = []
    taken: set[str] = set()
    for report in kept:
        content = keeping.load(ws, report.id)
        name = f"{file_stem(content, lang)}.pdf"
        if name in taken:
            name = f"{file_stem(content, lang)} {report.as_of:%H%M}.pdf"
        if name in taken:
            name = f"{file_stem(content, lang)} {report.as_of:%H%M} ({report.id}).pdf"
        taken.add(name)

        def write(path: Path, content: ReportContent = content) -> None:
            write_atomically(pdf_bytes(content, lang), path)

        files.append((name, write))
    return files


def register_item_sheets(ws: Workspace, initiative_id: int, lang: str,
                         today: dt.date) -> list[SheetData]:
    """Every register item's own sheet (minutes, problem assessment, notice, request, each
    with its signature block), in the register list's order."""
    from app.printing.register_sheets import item_sheet, moment_of
    from app.register.read import rows_in

    now = moment_of(today)
    with ws.read() as s:
        return [item_sheet(s, row.id, lang, now) for row in rows_in(s, initiative_id, now, lang)]


def archive_stem(ws: Workspace, initiative_id: int, today: dt.date | None = None) -> str:
    """``<initiative> <first day>–<closing day or today>``, safe as a file name."""
    with ws.read() as s:
        found = s.execute(select(Initiative.name, Initiative.created_at)
                          .where(Initiative.id == initiative_id)).first()
    if found is None:
        raise UserError("error.initiative.missing", id=initiative_id)
    name, created = found
    end = round_state(ws, initiative_id).closed_on or today or dt.date.today()
    first = created.date() if isinstance(created, dt.datetime) else created
    text = f"{name} {first.isoformat()}–{end.isoformat()}" if first else f"{name} {end}"
    return _UNSAFE.sub("_", text).strip(" .") or "archive"


def archive_files(ws: Workspace, initiative_id: int, stem: str, lang: str,
                  today: dt.date) -> list[ArchiveFile]:
    from app import printing
    from app.excel.export import export_workbook

    def pdf(path: Path) -> None:
        job = printing.collect_job(ws, initiative_id, None, lang, today)
        job.sheets += register_item_sheets(ws, initiative_id, lang, today)
        printing.write_atomically(printing.render(job), path)

    def workbook(path: Path) -> None:
        export_workbook(ws, initiative_id, path, lang, today=today)

    return [(f"{stem}.pdf", pdf), (f"{stem}.xlsx", workbook),
            *archived_reports(ws, initiative_id, lang)]


def _check_dest(dest: Path, force: bool) -> None:
    if dest.suffix.lower() == ".zip":
        write_target.check(dest, force=force)
        return
    if not dest.parent.is_dir():
        raise UserError("archive.error.no_folder", path=str(dest.parent))
    if dest.exists() and not dest.is_dir():
        write_target.check(dest, force=force)  # a file there: replaced only with consent
    elif dest.is_dir() and any(dest.iterdir()) and not force:
        raise UserError("archive.error.folder_not_empty", path=str(dest))


def write_archive(ws: Workspace, initiative_id: int, dest: str | Path, *, force: bool = False,
                  lang: str | None = None, today: dt.date | None = None) -> list[str]:
    """Write the archive to ``dest`` (a folder, or a .zip file when it ends in .zip); returns
    the names of the files written. Everything is made in a temporary folder first, so a
    failure leaves ``dest`` as it was."""
    dest = Path(dest)
    lang = normalise_language(lang or current_language())
    today = today or dt.date.today()
    _check_dest(dest, force)
    stem = archive_stem(ws, initiative_id, today)
    with tempfile.TemporaryDirectory(prefix=".crossdesk-archive-", dir=dest.parent) as tmp:
        work = Path(tmp) / "archive"
        work.mkdir()
        names = []
        for name, write in archive_files(ws, initiative_id, stem, lang, today):
            write(work / name)
            names.append(name)
        if dest.suffix.lower() == ".zip":
            partial = Path(tmp) / "archive.zip"
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
                for name in names:
                    zf.write(work / name, f"{stem}/{name}")
            partial.replace(dest)
        elif dest.is_dir():  # never emptied: only the archive's own files are replaced
            for name in names:
                (work / name).replace(dest / name)
        else:
            if dest.exists():
                dest.unlink()
            work.replace(dest)
    return names
