"""Dates, whole numbers and name lists as people type them, read once for every entry point."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.forms import validation
from app.forms.specs import FORMS, GOALS
from app.forms.typed import NotADate, parse_date, split_names, whole_number

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.mark.parametrize("text", [
    "2027-03-31", "2027/3/31", "2027.3.31", "20270331", "2027年3月31日", "2027年03月31号",
    " 2027 - 3 - 31 ", "２０２７／３／３１", "2027-03-31 00:00:00", "2027-03-31T08:30",
])
def test_dates_with_a_year(text: str) -> None:
    assert parse_date(text, today=TODAY) == D(2027, 3, 31)


@pytest.mark.parametrize("text", ["3/31", "3-31", "3.31", "3月31日", "03/31"])
def test_a_day_without_a_year_lands_nearest_the_other_date(text: str) -> None:
    assert parse_date(text, near=D(2027, 1, 15), today=TODAY) == D(2027, 3, 31)
    # Across the turn of the year: nearest wins, not "this year".
    assert parse_date(text, near=D(2027, 12, 20), today=TODAY) == D(2028, 3, 31)


def test_without_a_year_the_nearest_year_is_chosen() -> None:
    assert parse_date("1/5", near=D(2027, 12, 20)) == D(2028, 1, 5)
    assert parse_date("12/28", near=D(2028, 1, 3)) == D(2027, 12, 28)
    assert parse_date("3/31", today=TODAY) == D(2027, 3, 31)  # no other date: near today
    assert parse_date("10/1", today=TODAY) == D(2026, 10, 1)
    assert parse_date("2/29", today=D(2026, 3, 1)) == D(2028, 2, 29)  # the nearest leap day


@pytest.mark.parametrize("text", [
    "abc", "2027-02-30", "13/1", "2/30", "0270331", "2027", "31/12/2027", "10/03/2025",
    "2027-3", "202703311", "3月", "明天",
])
def test_anything_else_is_not_a_date(text: str) -> None:
    with pytest.raises(NotADate):
        parse_date(text, today=TODAY)


def test_empty_is_no_date() -> None:
    assert parse_date("") is None
    assert parse_date("   ") is None


def test_a_form_field_takes_the_same_texts_and_says_how_to_write_one() -> None:
    due = GOALS.field("due_date")
    assert validation.clean_date(due, "2027/3/31") == D(2027, 3, 31)
    assert validation.clean_date(due, "20270331") == D(2027, 3, 31)
    assert validation.clean_date(due, " ") is None
    with pytest.raises(ValidationError) as err:
        validation.clean_date(due, "next week")
    assert "2027/3/31" in err.value.message()


def test_name_lists() -> None:
    assert split_names("研发部、市场部，销售部,售后部;财务部；法务部\n人力资源部\r\n行政部\t采购部") == [
        "研发部", "市场部", "销售部", "售后部", "财务部", "法务部", "人力资源部", "行政部", "采购部"]
    assert split_names(" 研发部 \n\n研发部\n ") == ["研发部"]
    assert split_names("") == []


def test_the_excel_import_and_the_command_line_read_dates_the_same_way() -> None:
    from app.cli.commands.schedule import parse_day
    from app.errors import UserError
    from app.excel.parse import parse_date as cell_date

    due = GOALS.field("due_date")
    for cell in ("2027/3/31", "20270331", 20270331, "2027年3月31日", "2027.3.31",
                 dt.datetime(2027, 3, 31)):
        assert cell_date(due, cell) == D(2027, 3, 31), cell
    with pytest.raises(ValidationError):
        cell_date(due, "下周五")
    assert parse_day("2027/3/31") == D(2027, 3, 31)
    with pytest.raises(UserError):
        parse_day("10/03/2025")


@pytest.mark.parametrize(("value", "number"), [
    (3, 3), (3.0, 3), ("3", 3), ("3.0", 3), (" 3.00 ", 3), ("+3", 3), ("-3", -3), ("３", 3),
    ("３.０", 3), (3.5, None), ("3.5", None), ("三", None), ("", None), (None, None),
    (True, None), ("3.", None), ("²", None), ("1e3", None),
])
def test_a_whole_number_from_a_cell(value: object, number: int | None) -> None:
    """One reading for a rating typed in a table and a row's number or ID in a workbook:
    "3.0" (a number cell saved as text) is the number 3."""
    assert whole_number(value) == number
    if number is not None and 1 <= number <= 5:
        assert validation.clean_rating(FORMS["pain_points"].field("impact"), value) == number
