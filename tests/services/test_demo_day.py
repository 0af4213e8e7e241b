"""The demo clinic has visit types and a day in progress at the desk (issue 13, defect 14)."""

import datetime as dt
from collections import Counter

import pytest

from reservations_app.services import booking, demo, visit_types

# 11:30 in New York on a Tuesday: the morning is done, the afternoon to come.
MIDDAY = dt.datetime(2026, 11, 24, 16, 30, tzinfo=dt.UTC)


@pytest.mark.backends("sqlite")
def test_the_demo_day_is_under_way(db, admin) -> None:
    demo.create_demo(admin, MIDDAY)
    names = {t.name: t for t in visit_types.list_types(admin)}
    assert names["New patient assessment"].minutes == 45
    assert names["New patient assessment"].buffer_after == 15
    assert {"Follow-up", "Consultation", "Procedure"} <= set(names)
    today = booking.list_bookings(admin, MIDDAY, local_date=MIDDAY.date())
    statuses = Counter(b.reservation.status.value for b in today)
    assert statuses["arrived"] >= 1 and statuses["completed"] >= 1
    assert statuses["confirmed"] >= 1 and statuses["no_show"] >= 1
    assert any(b.reservation.late_cancellation for b in today)
    assert any(b.reservation.note for b in today)
    waiting = [b for b in today if b.reservation.status.value == "arrived"
               and b.reservation.start > MIDDAY]
    assert waiting, "someone arrived early and is waiting"
    earlier = booking.list_bookings(admin, MIDDAY, local_date=MIDDAY.date() - dt.timedelta(1))
    assert {b.reservation.status.value for b in earlier} <= {"completed", "no_show"}
