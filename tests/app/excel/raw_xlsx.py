"""Writing .xlsx files cell by cell, as a script or a hostile sender could, without
openpyxl in between: cells far to the right, formulas with or without a saved result, a
``<dimension>`` that says anything. Rows are streamed into the zip, so a 100,000-row sheet
costs no memory here."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

# A cell: (1-based column, value). A value is text, a number, or a Formula.
Cell = tuple[int, object]


class Formula:
    """A formula cell; ``result`` is its saved value (None: none saved, as scripts write)."""

    def __init__(self, text: str, result: object = None) -> None:
        self.text, self.result = text, result


def _cell(ref: str, value: object) -> str:
    if isinstance(value, Formula):
        f = f"<f>{escape(value.text)}</f>"
        if value.result is None:
            return f'<c r="{ref}">{f}<v/></c>'
        if isinstance(value.result, str):
            return f'<c r="{ref}" t="str">{f}<v>{escape(value.result)}</v></c>'
        return f'<c r="{ref}">{f}<v>{value.result}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


def _sheet_xml(rows: Iterable[tuple[int, Iterable[Cell]]], dimension: str | None) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    for r, cells in rows:
        body = "".join(_cell(f"{get_column_letter(c)}{r}", v) for c, v in cells)
        yield f'<row r="{r}">{body}</row>'
    yield "</sheetData></worksheet>"


def write_xlsx(
    path: Path,
    sheets: dict[str, Iterable[tuple[int, Iterable[Cell]]]],
    dimensions: dict[str, str] | None = None,
    full_calc_on_load: bool = False,
) -> Path:
    """``sheets``: title → rows of (Excel row number, cells). Writes a minimal workbook."""
    names = list(sheets)
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(names) + 1)
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    calc = '<calcPr fullCalcOnLoad="1"/>' if full_calc_on_load else ""
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets>'
        + "".join(
            f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, n in enumerate(names, start=1)
        )
        + f"</sheets>{calc}</workbook>"
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(names) + 1)
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        for i, name in enumerate(names, start=1):
            dim = (dimensions or {}).get(name)
            with zf.open(f"xl/worksheets/sheet{i}.xml", "w") as fh:
                buffer: list[str] = []
                for part in _sheet_xml(sheets[name], dim):
                    buffer.append(part)
                    if len(buffer) >= 2000:
                        fh.write("".join(buffer).encode())
                        buffer.clear()
                fh.write("".join(buffer).encode())
    return path


def sheet_part(path: Path, title: str) -> str:
    """The zip member that holds sheet ``title``."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return wb[title]._worksheet_path  # type: ignore[union-attr]
    finally:
        wb.close()


def set_dimension(path: Path, title: str, ref: str) -> None:
    """Rewrite the ``<dimension>`` of sheet ``title`` in place, as a careless writer would."""
    member = sheet_part(path, title)
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            if info.filename == member:
                data, n = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(),
                                  data, count=1)
                assert n == 1, "the sheet has no dimension to rewrite"
            dst.writestr(info, data)


SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def add_part(path: Path, name: str, content_type: str, chunks: Iterable[bytes]) -> None:
    """Add part ``name`` (streamed from ``chunks``) to the workbook at ``path``."""
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            if info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/{name}" ContentType="{content_type}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            dst.writestr(info, data)
        with dst.open(name, "w") as fh:
            for chunk in chunks:
                fh.write(chunk)


def many_texts(n: int) -> Iterator[bytes]:
    """A shared-strings table of ``n`` short different texts."""
    yield f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}">'.encode()
    for start in range(0, n, 10_000):
        yield b"".join(b"<si><t>%x</t></si>" % k for k in range(start, min(n, start + 10_000)))
    yield b"</sst>"


def many_styles(n: int) -> Iterator[bytes]:
    """A style sheet of ``n`` cell formats."""
    yield (
        f'<?xml version="1.0"?><styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font>'
        '<sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/>'
        '</fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf '
        'numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>'
    ).encode()
    xf = '<xf numFmtId="{}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    for start in range(0, n, 10_000):
        yield "".join(xf.format(k % 50) for k in range(start, min(n, start + 10_000))).encode()
    yield (
        b'</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        b"</cellStyles></styleSheet>"
    )
