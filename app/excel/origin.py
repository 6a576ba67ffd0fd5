"""Which workspace and initiative an exported workbook came from, and what that means for
the IDs in its sheets.

An ID names a row of one workspace file: task 17 of another workspace is some other task
here, person 3 some other person. So the export stamps the workbook (custom document
properties, kept by Excel, LibreOffice and openpyxl) with the workspace's file ID and the
initiative, and the import uses a row's ID only where it means the same row:

- a workbook of this workspace and of the initiative it goes into: every ID counts;
- a workbook of this workspace but another initiative (or going into a new one): the IDs
  of people count (people belong to the whole workspace), those of form rows match
  nothing and rows come in as new;
- a workbook of another workspace: no ID counts; rows are matched by their natural key
  (a task by its name, a person by name and department) or come in as new;
- a workbook without a stamp (hand-made, a template, an export from before the stamp):
  IDs count as they always did, and one that matches nothing is said in the preview.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

WORKSPACE = "CrossDesk workspace"
INITIATIVE = "CrossDesk initiative"
INITIATIVE_NAME = "CrossDesk initiative name"


@dataclass(frozen=True)
class Origin:
    workspace: str = ""
    initiative: int | None = None
    initiative_name: str = ""

    @classmethod
    def of(cls, properties: dict[str, str]) -> Origin | None:
        """The stamp among a workbook's custom properties; None when it has none."""
        workspace = properties.get(WORKSPACE, "").strip()
        if not workspace:
            return None
        text = properties.get(INITIATIVE, "").strip()
        return cls(workspace, int(text) if text.isdigit() else None,
                   properties.get(INITIATIVE_NAME, "").strip())


def stamp(wb: Workbook, workspace: str, initiative: int | None, initiative_name: str) -> None:
    """Write the origin into ``wb`` (nothing for a workspace without a file ID)."""
    if not workspace:
        return
    wb.custom_doc_props.append(StringProperty(name=WORKSPACE, value=workspace))
    if initiative is not None:
        wb.custom_doc_props.append(StringProperty(name=INITIATIVE, value=str(initiative)))
        wb.custom_doc_props.append(StringProperty(name=INITIATIVE_NAME, value=initiative_name))


@dataclass(frozen=True)
class Trust:
    """Which IDs of a workbook name rows of the workspace it is imported into."""

    people: bool  # the departments-and-people sheet's IDs (and so RACI columns' people)
    rows: bool  # the form sheets' and the RACI grid's row IDs
    reason: str | None = None  # catalogue key of the preview's note when some do not

    @classmethod
    def of(cls, origin: Origin | None, here: str, initiative_id: int | None) -> Trust:
        if origin is None:
            return cls(True, True)
        if not here or origin.workspace != here:
            return cls(False, False, "excel.note.other_workspace")
        if initiative_id is None or origin.initiative != initiative_id:
            return cls(True, False, "excel.note.other_initiative")
        return cls(True, True)
