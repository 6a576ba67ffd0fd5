"""Printed sheets: every form as a clean A4 PDF with its signature block and version tag.

``print_pdf`` is the one entry point for the command line; the GUI splits it into
``collect_job`` (reads the workspace, on the GUI thread) and ``render`` (reportlab only,
safe on a worker thread), so that the preview shows the very bytes that print.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

from app.errors import Cancelled, UserError
from app.i18n import current_language, normalise_language
from app.printing.content import Column, PrintJob, Progress, SheetData, SignatureBlock
from app.printing.registry import (
    SHEETS,
    current_tag,
    get_sheet,
    note_collected,
    resolve,
    sheet_keys,
)
from app.store.models import Initiative, Setting
from app.store.workspace import Workspace

__all__ = [
    "SHEETS",
    "Cancelled",
    "Column",
    "PrintJob",
    "SheetData",
    "SignatureBlock",
    "check_target",
    "collect_item_job",
    "collect_job",
    "current_tag",
    "get_sheet",
    "pdf_bytes",
    "print_item",
    "print_pdf",
    "render",
    "sheet_keys",
    "write_atomically",
]


def collect_job(ws: Workspace, initiative_id: int, forms: list[str] | None = None,
                lang: str | None = None, today: dt.date | None = None) -> PrintJob:
    """Read what the sheets print, in one short session."""
    lang = normalise_language(lang or current_language())
    today = today or dt.date.today()
    keys = resolve(forms)
    with ws.read() as s:
        ini = s.get(Initiative, initiative_id)
        if ini is None:
            raise UserError("error.initiative.missing", id=initiative_id)
        org = s.scalar(select(Setting.value).where(Setting.key == "organisation")) or ""
        sheets = []
        for key in keys:
            sheets.append(get_sheet(key).collect(s, initiative_id, lang, today))
            note_collected(s, initiative_id, key, sheets[-1].version)
    return PrintJob(organisation=org, initiative=ini.name, printed_on=today, lang=lang,
                    sheets=sheets)


def collect_item_job(ws: Workspace, item_id: int, lang: str | None = None,
                     today: dt.date | None = None) -> PrintJob:
    """One register item's sheet (its number, say ``WT-007``, found with
    ``app.register.read.find_item``)."""
    from app.printing.register_sheets import item_sheet, moment_of
    from app.register.models import RegisterItem

    lang = normalise_language(lang or current_language())
    today = today or dt.date.today()
    with ws.read() as s:
        item = s.get(RegisterItem, item_id)
        if item is None:
            raise UserError("error.register.missing")
        ini = s.get(Initiative, item.initiative_id)
        org = s.scalar(select(Setting.value).where(Setting.key == "organisation")) or ""
        sheet = item_sheet(s, item_id, lang, moment_of(today))
    return PrintJob(organisation=org, initiative=ini.name if ini else "", printed_on=today,
                    lang=lang, sheets=[sheet])


def print_item(ws: Workspace, item_id: int, out_path: str | Path, lang: str | None = None,
               today: dt.date | None = None) -> PrintJob:
    """Print one register item's sheet to ``out_path``."""
    check_target(out_path)
    job = collect_item_job(ws, item_id, lang, today)
    write_atomically(render(job), out_path)
    return job


def render(job: PrintJob, progress: Progress | None = None) -> bytes:
    """The PDF of ``job``; touches no database, so it may run on a worker thread."""
    from app.printing.layout import build  # reportlab costs ~0.3 s: loaded on first print

    buf = io.BytesIO()
    build(job, buf, progress)
    return buf.getvalue()


def pdf_bytes(ws: Workspace, initiative_id: int, forms: list[str] | None = None,
              lang: str | None = None, today: dt.date | None = None) -> bytes:
    return render(collect_job(ws, initiative_id, forms, lang, today))


def check_target(out_path: str | Path) -> Path:
    """Refuse a target that cannot be a PDF file before any work is done."""
    out = Path(out_path)
    if out.is_dir():
        raise UserError("print.error.is_folder", path=str(out))
    if not out.parent.is_dir():
        raise UserError("print.error.no_folder", path=str(out.parent))
    return out


def write_atomically(data: bytes, out_path: str | Path) -> Path:
    """Write ``data`` to ``out_path`` through a temporary file in the same folder, so a
    failed or interrupted write leaves no half-written PDF (and an old one untouched)."""
    out = check_target(out_path)
    folder = out.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=".crossdesk-print-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise UserError("print.error.unwritable", path=str(out),
                        reason=exc.strerror or exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UserError("print.error.unwritable", path=str(out),
                        reason=exc.strerror or exc) from exc
    return out


def print_pdf(ws: Workspace, initiative_id: int, out_path: str | Path,
              forms: list[str] | None = None, lang: str | None = None,
              today: dt.date | None = None, progress: Progress | None = None) -> PrintJob:
    """Print the sheets ``forms`` (default: all) of an initiative to ``out_path``.

    Returns the job, whose sheets carry the version tags that were printed.
    """
    check_target(out_path)
    job = collect_job(ws, initiative_id, forms, lang, today)
    write_atomically(render(job, progress), out_path)
    return job
