"""Every table model and proxy checked by qtmodeltester, and their behaviour, without widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Booking, Client, Provider, Reservation, Slot, Status
from reservations_app.services import booking, people, schedule
from reservations_app.ui.models.booking_model import URGENT_TINT, BookingTableModel
from reservations_app.ui.models.booking_proxy import BookingFilterProxy
from reservations_app.ui.models.client_model import ClientTableModel
from reservations_app.ui.models.slot_model import SlotTableModel
from reservations_app.ui.models.table import OBJECT_ROLE, SORT_ROLE
from tests.ui.conftest import DAY, Clinic, FakeClock

UTC = dt.UTC


def _clients(count: int) -> list[Client]:
    return [Client(n, f"Client {n:02d}", f"c{n}@mail.example", f"+1 555 {n:04d}")
            for n in range(1, count + 1)]


def _paged(items: list[Client]):  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[Client]:
        calls.append((offset, limit))
        return items[offset:offset + limit]

    return fetch, calls


def test_client_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ClientTableModel(page_size=3)
    fetch, _ = _paged(_clients(7))
    model.set_source(fetch)
    qtmodeltester.check(model, force_py=True)


def test_client_model_loads_lazily_a_page_at_a_time() -> None:
    model = ClientTableModel(page_size=3)
    fetch, calls = _paged(_clients(7))
    model.set_source(fetch)
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert calls == [(0, 3), (3, 3), (6, 3)]
    assert model.index(6, ClientTableModel.COL_NAME).data() == "Client 07"
    assert model.index(0, ClientTableModel.COL_PHONE).data(SORT_ROLE) == "15550001"
    assert model.index(1, 0).data(OBJECT_ROLE).id == 2


def test_client_model_refresh_keeps_what_was_loaded() -> None:
    items = _clients(7)
    model = ClientTableModel(page_size=3)
    fetch, calls = _paged(items)
    model.set_source(fetch)
    model.fetchMore()
    items[0] = Client(1, "Renamed", None, None)
    model.refresh()
    assert model.rowCount() == 6 and calls[-1] == (0, 6)
    assert model.index(0, 0).data() == "Renamed"


def test_client_model_reports_a_refused_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.domain.errors import DatabaseBusy

    def busy(offset: int, limit: int) -> list[Client]:
        raise DatabaseBusy("The database is busy. Wait a moment and try again.")

    model = ClientTableModel()
    with qtbot.waitSignal(model.load_failed, timeout=20_000) as blocker:
        model.set_source(busy)
    assert "busy" in blocker.args[0] and model.rowCount() == 0


def _slots() -> tuple[list[Slot], dict[int, Provider]]:
    ny = Provider(1, "Zed Young", "z@x.org", "America/New_York")
    chicago = Provider(2, "Ada Lane", "a@x.org", "America/Chicago", "#ef4444")
    start = dt.datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 09:00 New York, 08:00 Chicago
    step = dt.timedelta(minutes=15)
    slots = [Slot(start + n * step, start + (n + 1) * step, pid)
             for n in range(3) for pid in (1, 2)]
    return slots, {1: ny, 2: chicago}


def test_slot_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SlotTableModel()
    slots, providers = _slots()
    model.set_slots(slots, providers, "America/New_York")
    qtmodeltester.check(model, force_py=True)


def test_slot_model_groups_by_provider_in_local_time_with_clinic_time() -> None:
    model = SlotTableModel()
    slots, providers = _slots()
    model.set_slots(slots, providers, "America/New_York")
    assert model.rowCount() == 2 + 6 and model.slot_count == 6
    assert model.heading_rows() == [0, 4]
    heading = model.index(0, SlotTableModel.COL_TIME)
    assert heading.data() == "Ada Lane · America/Chicago · 3 free"
    assert heading.data(OBJECT_ROLE) == providers[2]
    swatch = heading.data(Qt.ItemDataRole.DecorationRole).pixmap(12, 12, QIcon.Mode.Disabled)
    assert swatch.toImage().pixelColor(6, 6).name() == "#ef4444"  # never greyed out
    assert model.flags(heading) == Qt.ItemFlag.NoItemFlags  # the keyboard steps over it
    assert model.slot_row(0) is None and model.slot_row(1).provider.id == 2
    assert model.index(1, SlotTableModel.COL_TIME).data() == "08:00 CST"
    assert model.index(1, SlotTableModel.COL_CLINIC_TIME).data() == "09:00 EST"
    assert model.index(1, SlotTableModel.COL_PROVIDER).data() == "Ada Lane"
    assert model.index(5, SlotTableModel.COL_TIME).data() == "09:00"
    assert model.index(5, SlotTableModel.COL_CLINIC_TIME).data() == ""
    assert model.shows_clinic_time
    assert model.row_of(1, slots[2].start) == 6
    assert model.nearest_row(1, slots[2].start + dt.timedelta(minutes=1)) == 7
    assert model.nearest_row(1, slots[-1].end) == 1  # nothing later: the first slot


def test_slot_model_hides_clinic_time_when_every_zone_matches() -> None:
    model = SlotTableModel()
    slots, providers = _slots()
    model.set_slots([s for s in slots if s.provider_id == 1], providers, "America/New_York")
    assert not model.shows_clinic_time


def _booking(reservation_id: int, status: Status, expires_in: dt.timedelta | None,
             now: dt.datetime, client: str = "Ann Archer") -> Booking:
    start = dt.datetime(2026, 12, 1, 14, reservation_id, tzinfo=UTC)
    reservation = Reservation(reservation_id, 1, reservation_id, start,
                              start + dt.timedelta(minutes=15), start.date(), status, now,
                              hold_expires_at=now + expires_in if expires_in else None)
    return Booking(reservation, client, "Dr. Maya Okafor", "America/New_York")


def _bookings(now: dt.datetime) -> list[Booking]:
    return [_booking(1, Status.PENDING, dt.timedelta(minutes=25), now),
            _booking(2, Status.PENDING, dt.timedelta(minutes=4), now, "Bob Brown"),
            _booking(3, Status.CONFIRMED, None, now, "Cleo Carter"),
            _booking(4, Status.CANCELLED, None, now, "Dan Dunn"),
            _booking(5, Status.PENDING, dt.timedelta(minutes=-1), now, "Eve Ellis")]


def _booking_model(clock: FakeClock) -> BookingTableModel:
    model = BookingTableModel(clock, page_size=2)
    items = _bookings(clock())
    model.set_source(lambda offset, limit: items[offset:offset + limit])
    while model.canFetchMore():
        model.fetchMore()
    return model


def test_booking_model_passes_modeltester(qtmodeltester, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(_booking_model(clock), force_py=True)


def test_booking_model_counts_down_highlights_and_shows_expired(clock: FakeClock) -> None:
    model = _booking_model(clock)
    status = BookingTableModel.COL_STATUS
    left = BookingTableModel.COL_LEFT
    assert [model.index(r, status).data() for r in range(5)] == [
        "Held", "Held", "Confirmed", "Cancelled", "Expired"]
    assert model.index(0, left).data() == "25:00"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == URGENT_TINT
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(4, 0).data(Qt.ItemDataRole.FontRole).italic()
    clock.advance(minutes=5)
    assert model.index(1, status).data() == "Expired"
    assert model.index(0, left).data() == "20:00"
    assert model.index(0, left).data(SORT_ROLE) == 20 * 60


def test_booking_model_marks_times_outside_the_clinic_zone(clock: FakeClock) -> None:
    model = _booking_model(clock)
    when = model.index(0, BookingTableModel.COL_WHEN)
    assert when.data() == "Tue 1 Dec 09:01"
    model.set_clinic_timezone("America/Chicago")
    # In the clinic's zone (the sort order), the provider's own wall time beside it.
    assert when.data() == "Tue 1 Dec 08:01 (09:01 EST)"
    assert when.data(SORT_ROLE) == dt.datetime(2026, 12, 1, 14, 1, tzinfo=UTC).timestamp()


def test_booking_model_tick_signals_changed_rows(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    model = _booking_model(clock)
    with qtbot.waitSignal(model.dataChanged, timeout=20_000) as blocker:
        model.tick()
    first, last = blocker.args[:2]
    assert (first.row(), last.row(), last.column()) == (0, 4, BookingTableModel.COL_LEFT)


def test_booking_proxy_passes_modeltester(qtmodeltester, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    proxy = BookingFilterProxy(clock)
    proxy.setSourceModel(_booking_model(clock))
    proxy.set_statuses([Status.PENDING, Status.CONFIRMED])
    proxy.sort(BookingTableModel.COL_CLIENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_booking_proxy_filters_by_seen_status_and_text(clock: FakeClock) -> None:
    proxy = BookingFilterProxy(clock)
    proxy.setSourceModel(_booking_model(clock))
    proxy.set_statuses([Status.EXPIRED])
    assert [proxy.booking(r).client_name for r in range(proxy.rowCount())] == ["Eve Ellis"]
    proxy.set_statuses(None)
    proxy.set_text("  cleo ")
    assert [proxy.booking(r).client_name for r in range(proxy.rowCount())] == ["Cleo Carter"]
    proxy.set_text("maya")
    assert proxy.rowCount() == 5
    proxy.set_text("")
    proxy.sort(BookingTableModel.COL_LEFT, Qt.SortOrder.DescendingOrder)
    assert proxy.booking(0).reservation.id == 1


def test_models_over_real_services(clinic: Clinic, admin: Actor, now: dt.datetime,
                                   qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The models take exactly what the services return."""
    clients = ClientTableModel(page_size=2)
    clients.set_source(lambda o, n: people.search_clients(admin, "555", limit=n, offset=o))
    assert clients.rowCount() == 2 and clients.canFetchMore()
    slots = schedule.bookable_slots(admin, DAY, now)
    held = booking.hold(admin, clinic.ann.id, slots[0].provider_id, slots[0].start, now)
    bookings = BookingTableModel(lambda: now)
    bookings.set_source(lambda o, n: booking.list_bookings(admin, now, local_date=DAY,
                                                           limit=n, offset=o))
    assert bookings.row_of(held.id) == 0
    slot_model = SlotTableModel()
    slot_model.set_slots(schedule.bookable_slots(admin, DAY, now),
                         {p.id: p for p in people.list_providers(admin)}, "America/New_York")
    assert slot_model.slot_count == len(slots) - 1
    for model in (clients, bookings, slot_model):
        qtmodeltester.check(model, force_py=True)
