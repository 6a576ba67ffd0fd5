"""The three outputs of one report content, written where the user said: the PDF, the
workbook, and the e-mail draft that carries both."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.i18n import tr
from app.printing import write_atomically
from app.report import eml, pdf, xlsx
from app.report.content import ReportContent


def file_stem(content: ReportContent, lang: str) -> str:
    """The name the report's files are offered under (without the ending)."""
    name = tr("report.file.name", lang, initiative=content.initiative,
              date=content.as_of_date.isoformat())
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)
    return " ".join(cleaned.split()).strip(" .") or "report"


@dataclass
class Rendered:
    """The bytes of the PDF and the workbook, made once and used by every output."""

    content: ReportContent
    lang: str
    pdf: bytes
    xlsx: bytes

    @classmethod
    def of(cls, content: ReportContent, lang: str) -> Rendered:
        return cls(content, lang, pdf.pdf_bytes(content, lang), xlsx.workbook_bytes(content, lang))

    def eml(self, pdf_name: str | None = None, xlsx_name: str | None = None) -> bytes:
        stem = file_stem(self.content, self.lang)
        msg = eml.message(self.content, self.lang, self.pdf, pdf_name or f"{stem}.pdf",
                          self.xlsx, xlsx_name or f"{stem}.xlsx")
        return eml.eml_bytes(msg)


def check_paths(pdf_path: Path | None, xlsx_path: Path | None, eml_path: Path | None) -> None:
    """Refuse a folder, a wrong ending, or one file named for two outputs, before any work."""
    given = [(p, s) for p, s in ((pdf_path, ".pdf"), (xlsx_path, ".xlsx"), (eml_path, ".eml"))
             if p is not None]
    seen: set[Path] = set()
    for path, suffix in given:
        if path.is_dir():
            raise UserError("report.error.is_folder", path=str(path))
        if path.suffix.lower() != suffix:
            raise UserError("report.error.bad_suffix", path=str(path), suffix=suffix)
        key = path.resolve()
        if key in seen:
            raise UserError("report.error.same_file", path=str(path))
        seen.add(key)


def write(rendered: Rendered, pdf_path: Path | None = None, xlsx_path: Path | None = None,
          eml_path: Path | None = None) -> list[Path]:
    """Write the outputs asked for, each through a temporary file; the e-mail's
    attachments take the names of the files written beside it."""
    check_paths(pdf_path, xlsx_path, eml_path)
    written = []
    if pdf_path is not None:
        written.append(write_atomically(rendered.pdf, pdf_path))
    if xlsx_path is not None:
        written.append(write_atomically(rendered.xlsx, xlsx_path))
    if eml_path is not None:
        data = rendered.eml(pdf_path.name if pdf_path else None,
                            xlsx_path.name if xlsx_path else None)
        written.append(write_atomically(data, eml_path))
    return written
