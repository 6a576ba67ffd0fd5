"""Checks a workbook passes before openpyxl parses any of it.

A file from outside is refused with a clear message when it is not an .xlsx at all (a
text file renamed), a password-protected or old .xls file (both are OLE compound files),
a truncated or corrupt zip, a zip bomb, XML with entity declarations (the "billion
laughs" bomb), or a sheet larger than the stated row limit. openpyxl itself parses with
defusedxml; the program refuses to open workbooks when that is missing.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from app.errors import UserError

MAX_ROWS = 100_000  # per sheet: far above any real form, far below a memory problem
# Cells held in memory for one workbook: each kept row counts as wide as its sheet's
# columns with header text. 100,000 rows of the widest form (RACI, 60 people) take 6.3
# million; a header far to the right over many rows is refused instead of read.
MAX_CELLS = 10_000_000
# Data rows of one workbook, all sheets together: the export of an initiative of 100,000
# tasks (its task sheet and its RACI grid) fits; the import's plan of each row stays
# within memory.
MAX_ROWS_IN_WORKBOOK = 250_000
MAX_UNPACKED_MB = 512
MAX_RATIO = 200  # an XML part unpacking to more than 200× its packed size is a bomb
# openpyxl holds the whole table of texts and every style in memory before any row is
# read: about 150 bytes a text and 1 KB a style, whatever the rows.
MAX_STRINGS = 500_000
MAX_STRINGS_MB = 64
MAX_STYLES_MB = 8
_SHARED_STRINGS = "spreadsheetml.sharedStrings+xml"
_STYLES = "spreadsheetml.styles+xml"
ZIP_MAGIC = b"PK\x03\x04"
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]{1,3}\d+(?::[A-Z]{1,3}(\d+))?"')
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\s[^>]*?r="(\d+)"')
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_SI = re.compile(rb"<(?:\w{1,20}:)?si[\s>/]")


class ExcelFileError(UserError):
    """A workbook that is refused before anything is read from it."""


def require_defusedxml() -> None:
    """openpyxl parses with defusedxml only when it is importable: insist on it."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl import DEFUSEDXML
    except ImportError:
        raise ExcelFileError("excel.error.no_defusedxml") from None
    if not DEFUSEDXML:
        raise ExcelFileError("excel.error.no_defusedxml")


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("gb18030")
        except UnicodeDecodeError:
            return False
    return b"\x00" not in head


def check_file(path: str | Path) -> None:
    """Raise ``ExcelFileError`` unless ``path`` is a well-formed, reasonably sized .xlsx."""
    require_defusedxml()
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise ExcelFileError("excel.error.missing", path=name)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if not head:
        raise ExcelFileError("excel.error.empty", path=name)
    if head.startswith(CFB_MAGIC):
        raise ExcelFileError("excel.error.encrypted", path=name)
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(head):
            raise ExcelFileError("excel.error.text_file", path=name)
        raise ExcelFileError("excel.error.not_xlsx", path=name)
    try:
        with zipfile.ZipFile(path) as zf:
            _check_zip(zf, name)
    except zipfile.BadZipFile as exc:
        raise ExcelFileError("excel.error.corrupt", path=name, reason=str(exc)) from None
    except (OSError, EOFError, ValueError) as exc:
        raise ExcelFileError("excel.error.corrupt", path=name, reason=str(exc)) from None


def _check_zip(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise ExcelFileError("excel.error.not_xlsx", path=name)
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_MB * 1024 * 1024:
        raise ExcelFileError("excel.error.too_big", path=name, limit=MAX_UNPACKED_MB)
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExcelFileError("excel.error.encrypted", path=name)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExcelFileError("excel.error.too_big", path=name, limit=MAX_UNPACKED_MB)
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as fh:
                head = fh.read(2048)
            if _DTD.search(head):
                raise ExcelFileError("excel.error.xml_unsafe", path=name)
    _check_held_parts(zf, name)


def _parts_of_type(zf: zipfile.ZipFile, suffix: str) -> list[zipfile.ZipInfo]:
    """The zip members whose content type (in [Content_Types].xml) ends with ``suffix``."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(zf.read("[Content_Types].xml"))
    except (ParseError, DefusedXmlException, ValueError):
        return []  # openpyxl's own reading says what is wrong with it
    names = set(zf.namelist())
    found = []
    for el in root:
        part = (el.get("PartName") or "").lstrip("/")
        if (el.get("ContentType") or "").endswith(suffix) and part in names:
            found.append(zf.getinfo(part))
    return found


def _check_held_parts(zf: zipfile.ZipFile, name: str) -> None:
    """The parts openpyxl keeps whole in memory: the shared texts and the styles."""
    for info in _parts_of_type(zf, _STYLES):
        if info.file_size > MAX_STYLES_MB * 1024 * 1024:
            raise ExcelFileError("excel.error.too_many_styles", path=name, limit=MAX_STYLES_MB)
    for info in _parts_of_type(zf, _SHARED_STRINGS):
        if info.file_size > MAX_STRINGS_MB * 1024 * 1024:
            raise ExcelFileError("excel.error.too_many_strings", path=name,
                                 limit=f"{MAX_STRINGS:,}", mb=MAX_STRINGS_MB)
        if _count_texts(zf, info) > MAX_STRINGS:
            raise ExcelFileError("excel.error.too_many_strings", path=name,
                                 limit=f"{MAX_STRINGS:,}", mb=MAX_STRINGS_MB)


def _count_texts(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The ``<si>`` elements of a shared-strings part, read in chunks."""
    count, tail = 0, b""
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            block = tail + chunk
            # a match ending inside the tail was counted with the block before
            count += sum(1 for m in _SI.finditer(block) if m.end() > len(tail))
            tail = block[-64:]
    return count


def sheet_rows(zf: zipfile.ZipFile, member: str) -> int:
    """Rows a sheet says it has: its dimension, or else the last row number in its XML.

    Read from the XML before openpyxl loads the sheet, so a million-row sheet is refused
    without being parsed. Only for that early refusal: the reader reads every row there
    is, whatever the dimension says (a writer may leave it stale).
    """
    with zf.open(member) as fh:
        head = fh.read(4096)
    found = _DIMENSION.search(head)
    if found and found.group(1):
        return int(found.group(1))
    info = zf.getinfo(member)
    with zf.open(member) as fh:
        fh.seek(max(0, info.file_size - 65536))
        tail = fh.read()
    numbers = _ROW_NUMBER.findall(tail)
    return int(numbers[-1]) if numbers else 0


def check_sheet_sizes(path: str | Path, sheet_parts: dict[str, str]) -> None:
    """``sheet_parts``: sheet title → its part in the zip (e.g. ``xl/worksheets/sheet1.xml``)."""
    with zipfile.ZipFile(path) as zf:
        for title, part in sheet_parts.items():
            if part not in zf.namelist():
                continue
            rows = sheet_rows(zf, part)
            if rows > MAX_ROWS:
                raise ExcelFileError(
                    "excel.error.too_many_rows", sheet=title, rows=rows, limit=MAX_ROWS
                )
