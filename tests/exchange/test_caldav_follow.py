"""Which calendars a change puts out of date, and a publish that another desk's commit overtakes
(read, then the commit, then the push): it reads and pushes again, so the calendar ends current.
The last two against a real CalDAV server (Radicale)."""

from __future__ import annotations

import caldav
import pytest

from reservations_app.services import booking, caldav_changes, caldav_publish, exchange, ics
from reservations_app.services.changeset import Change
from tests.exchange.caldav_server import PASSWORD, USER
from tests.exchange.conftest import BEFORE_DST, DstClinic, local
from tests.exchange.smtp_server import free_port
from tests.exchange.test_caldav import calendar_url  # noqa: F401 (a fixture used here)


def _affected(now, *changes: Change) -> list[int]:  # type: ignore[no-untyped-def]
    return caldav_changes.providers_affected(changes, caldav_publish.calendar_dates(now))


def test_the_providers_a_change_concerns(db, admin, now, dst_clinic: DstClinic):
    c = dst_clinic
    assert _affected(now, Change("reservation.hold", "reservation", c.held)) == []  # none set up
    caldav_publish.configure(admin, c.provider, "https://cal.example/ada/", "ada", now)
    assert _affected(now, Change("reservation.move", "reservation", c.confirmed)) == [c.provider]
    assert _affected(now, Change("reservation.hold", "reservation", c.elsewhere)) == []
    assert _affected(now, Change("reminder.sent", "reservation", c.confirmed),
                     Change("reservation.call", "reservation", c.confirmed),
                     Change("caldav.published", "provider", c.provider)) == []
    assert _affected(now, Change("client.update", "client", c.bob)) == [c.provider]
    assert _affected(now, Change("provider.update", "provider", c.provider)) == [c.provider]
    assert _affected(now, Change("provider.update", "provider", c.other_provider)) == []
    assert _affected(now, Change("availability.add", "availability_block", 1)) == []
    assert _affected(now, Change("client.import", "client", None)) == []
    for everyone in (Change("reservation.expire", "reservation", None),
                     Change("visit_type.edit", "visit_type", 1)):
        assert _affected(now, everyone) == [c.provider]


def test_the_audit_trail_says_what_moved_after_a_mark(db, admin, now, dst_clinic: DstClinic):
    c = dst_clinic
    caldav_publish.configure(admin, c.provider, "https://cal.example/ada/", "ada", now)
    dates = caldav_publish.calendar_dates(now)
    mark = caldav_changes.audit_mark()
    assert caldav_changes.changes_since(mark) == []
    assert not caldav_changes.moved_since(mark, c.provider, dates)
    booking.cancel(admin, c.elsewhere, now, "changed plans")
    assert not caldav_changes.moved_since(mark, c.provider, dates)
    booking.move(admin, c.confirmed, local(BEFORE_DST, 10), now)
    assert caldav_changes.moved_since(mark, c.provider, dates)


def _read_back(url: str) -> dict[str, object]:
    with caldav.DAVClient(url=url, username=USER, password=PASSWORD) as client:
        return {str(e.icalendar_component["uid"]): e.icalendar_component.decoded("dtstart")
                for e in client.calendar(url=url).events()}


@pytest.mark.backends("sqlite")
def test_a_commit_between_the_read_and_the_push_is_pushed_too(
        db, admin, now, dst_clinic: DstClinic, calendar_url, monkeypatch):  # noqa: F811
    c = dst_clinic
    caldav_publish.configure(admin, c.provider, calendar_url, USER, now)
    real_read = exchange.bookings_between
    reads: list[int] = []

    def read_then_another_desk_commits(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real_read(*args, **kwargs)
        reads.append(len(found))
        if len(reads) == 1:  # what "another desk" does after this publish has read
            booking.move(admin, c.confirmed, local(BEFORE_DST, 10), now)
        return found

    monkeypatch.setattr(exchange, "bookings_between", read_then_another_desk_commits)
    summary = caldav_publish.publish(admin, c.provider, now)
    assert len(reads) == 2
    assert (summary.saved, summary.deleted) == (3, 0)  # both events, then the moved one again
    assert _read_back(calendar_url)[ics.uid_of(c.confirmed)] == local(BEFORE_DST, 10)


@pytest.mark.backends("sqlite")
def test_one_unreachable_calendar_does_not_stop_the_others(
        db, admin, now, dst_clinic: DstClinic, calendar_url):  # noqa: F811
    c = dst_clinic
    caldav_publish.configure(admin, c.provider, calendar_url, USER, now)
    nowhere = f"http://127.0.0.1:{free_port()}/ben/clinic/"
    caldav_publish.configure(admin, c.other_provider, nowhere, "ben", now)
    outcome = caldav_publish.publish_changed(
        admin, [Change("reservation.expire", "reservation", None)], now)
    assert outcome[c.provider] is None
    assert outcome[c.other_provider]  # the reason, e.g. connection refused
    assert caldav_changes.failed_providers() == [c.other_provider]
    assert set(_read_back(calendar_url)) == {ics.uid_of(c.confirmed), ics.uid_of(c.held)}
