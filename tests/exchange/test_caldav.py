"""Publishing a provider's bookings to a real CalDAV server (Radicale), then reading it back."""

from __future__ import annotations

from collections.abc import Iterator

import caldav
import pytest

from reservations_app.domain.errors import PermissionDenied
from reservations_app.services import booking, caldav_publish, ics
from reservations_app.store.models import CaldavTargetRow
from tests.exchange.caldav_server import PASSWORD, USER, radicale
from tests.exchange.conftest import AFTER_DST, BEFORE_DST, DstClinic, local

pytestmark = pytest.mark.backends("sqlite")  # the database side is the export's, tested on both


@pytest.fixture
def calendar_url(tmp_path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RESERVATIONS_CALDAV_PASSWORD", PASSWORD)
    folder = tmp_path / "radicale"
    folder.mkdir()
    with radicale(folder) as url:
        yield url


def _read_back(url: str) -> dict[str, tuple[object, str]]:
    with caldav.DAVClient(url=url, username=USER, password=PASSWORD) as client:
        events = client.calendar(url=url).events()
        return {str(e.icalendar_component["uid"]): (e.icalendar_component.decoded("dtstart"),
                                                    str(e.icalendar_component["summary"]))
                for e in events}


def test_publish_change_and_read_back(db, admin, now, dst_clinic: DstClinic, calendar_url):
    caldav_publish.configure(admin, dst_clinic.provider, calendar_url, USER, now)
    first = caldav_publish.publish(admin, dst_clinic.provider, now)
    assert (first.saved, first.unchanged, first.deleted) == (2, 0, 0)
    shown = _read_back(calendar_url)
    assert set(shown) == {ics.uid_of(dst_clinic.confirmed), ics.uid_of(dst_clinic.held)}
    assert shown[ics.uid_of(dst_clinic.held)] == (local(AFTER_DST, 9), "B. S. - Visit")

    booking.move(admin, dst_clinic.confirmed, local(BEFORE_DST, 10), now)
    booking.cancel(admin, dst_clinic.held, now, "no longer needed")
    second = caldav_publish.publish(admin, dst_clinic.provider, now)
    assert (second.saved, second.unchanged, second.deleted) == (1, 0, 1)
    assert _read_back(calendar_url) == {
        ics.uid_of(dst_clinic.confirmed): (local(BEFORE_DST, 10), "A. M. L. - Visit")}
    third = caldav_publish.publish(admin, dst_clinic.provider, now)
    assert (third.saved, third.unchanged, third.deleted) == (0, 1, 0)
    row = CaldavTargetRow.get(CaldavTargetRow.provider == dst_clinic.provider)
    assert row.last_error is None and row.published_at is not None


def test_a_refused_login_is_reported_and_recorded(db, admin, now, dst_clinic, calendar_url,
                                                 monkeypatch):
    caldav_publish.configure(admin, dst_clinic.provider, calendar_url, USER, now)
    monkeypatch.setenv("RESERVATIONS_CALDAV_PASSWORD", "wrong")
    with pytest.raises(caldav_publish.PublishFailed, match="Publishing to http://127.0.0.1"):
        caldav_publish.publish(admin, dst_clinic.provider, now)
    row = CaldavTargetRow.get(CaldavTargetRow.provider == dst_clinic.provider)
    assert row.last_error and row.published_at is None


def test_only_administrators_configure(db, desk, now, dst_clinic):
    with pytest.raises(PermissionDenied):
        caldav_publish.configure(desk, dst_clinic.provider, "https://cal.example/a/", "a", now)


def test_cli_configure_and_publish(db_url, db, admin, now, dst_clinic, calendar_url):
    from tests.cli.conftest import Cli

    cli = Cli(db_url)
    configured = cli.ok("caldav", "configure", "--provider", str(dst_clinic.provider), "--url",
                        calendar_url, "--user", USER)
    assert configured["url"] == calendar_url
    (published,) = cli.ok("caldav", "publish")
    assert published["provider_id"] == dst_clinic.provider and published["deleted"] == 0
    missing = cli("caldav", "publish", "--provider", str(dst_clinic.other_provider))
    assert missing.code == 1 and "no CalDAV calendar" in missing.err
