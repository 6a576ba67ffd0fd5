"""A round's whole record for the files: every sheet as one PDF, the workbook, and the
weekly reports as they were sent, in a folder or one .zip file.

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
from app.rounds.state import round_state
from app.store import write_target
from app.store.models import Initiative
from app.store.workspace import Workspace

# A file of the archive: its name, and a function that writes it at the path given.
ArchiveFile = tuple[str, Callable[[Path], object]]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def archived_reports(ws: Workspace, initiative_id: int, stem: str) -> list[ArchiveFile]:
    """The weekly reports sent for the round, as they were sent: none until the reports
    part of the workspace adds its own files here."""
    return []


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
        printing.print_pdf(ws, initiative_id, path, lang=lang, today=today)

    def workbook(path: Path) -> None:
        export_workbook(ws, initiative_id, path, lang, today=today)

    return [(f"{stem}.pdf", pdf), (f"{stem}.xlsx", workbook),
            *archived_reports(ws, initiative_id, stem)]


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
