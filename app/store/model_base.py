"""The declarative base every model module maps onto, apart from the models so that a
model module of its own (``baseline_models``) and ``models`` import it without importing
each other."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
