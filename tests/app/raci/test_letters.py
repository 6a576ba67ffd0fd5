"""One rule for what a RACI cell means, whether typed or pasted into the grid or imported
from a workbook."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.excel.refs import raci_letter
from app.raci.raci_grid import clean_letter


@pytest.mark.parametrize("read", [clean_letter, raci_letter])
@pytest.mark.parametrize(("cell", "letter"), [
    ("R", "R"), (" a ", "A"), ('"C"', "C"), ("i", "I"), ("", None), ("-", None),
    ("Responsible", "R"), ("负责执行", "R"), ("批准负责", "A"), ("知会", "I"), ("consulted", "C"),
])
def test_the_grid_and_the_import_read_a_cell_alike(read: object, cell: str,
                                                    letter: str | None) -> None:
    assert read(cell) == letter  # type: ignore[operator]


@pytest.mark.parametrize(("read", "key"), [(clean_letter, "error.raci.letter"),
                                           (raci_letter, "excel.reason.raci_letter")])
def test_anything_else_is_refused_with_the_entry_points_own_message(read: object,
                                                                    key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read("RA")  # type: ignore[operator]
    assert caught.value.key == key
