"""The derived values have one definition; these pin it down."""

from __future__ import annotations

import datetime as dt

from app.forms import derived
from app.forms.choices import Quadrant


def test_quadrants() -> None:
    assert derived.quadrant(5, 5) is Quadrant.ACT_NOW
    assert derived.quadrant(3, 3) is Quadrant.ACT_NOW
    assert derived.quadrant(5, 2) is Quadrant.PLAN
    assert derived.quadrant(2, 5) is Quadrant.QUICK_FIX
    assert derived.quadrant(2, 2) is Quadrant.WATCH


def test_variance() -> None:
    planned = dt.date(2026, 3, 10)
    assert derived.variance_days(planned, dt.date(2026, 3, 12)) == 2
    assert derived.variance_days(planned, dt.date(2026, 3, 8)) == -2
    assert derived.variance_days(planned, None, today=dt.date(2026, 3, 15)) == 5
    assert derived.variance_days(planned, None, today=dt.date(2026, 3, 1)) is None
    assert derived.variance_days(None, None) is None


def test_kpi_lower_is_better() -> None:
    lead_time = derived.kpi_result(7, 2, 3, lower_is_better=True)
    assert lead_time.met is False
    assert abs(lead_time.improvement - 4 / 7) < 1e-9
    on_time = derived.kpi_result(70, 95, 96, lower_is_better=False)
    assert on_time.met is True
    assert derived.kpi_result(70, 95, None, False).met is None
    assert derived.kpis_met([lead_time, on_time, derived.kpi_result(1, 2, None, False)]) == (1, 2)
