"""The waitlist: clients waiting for time, the ones a freed start suits, and offering it.

`matches` never reports an entry its client could not book there: the start must be free for
the entry's visit type by the same explain service the day view reads (notice, horizon, fit),
the provider must offer the type, and the client must have room that day. `offer` is an
ordinary hold (`booking.hold`): two desks offering the same time get one hold and one "just
taken". Confirming that hold ends the entry (see `booked`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import fn

from reservations_app.domain import waitlist as wl
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, InvalidTransition, NotFound
from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Reservation
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking, booking_queries, day_slots, visit_types
from reservations_app.services.people import _client_row, _provider_record
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.db import fetch_values, read_snapshot, transactional
from reservations_app.store.models import (
    ClientRow,
    ReservationRow,
    WaitlistEntryProviderRow,
    WaitlistEntryRow,
    to_db,
)

MAX_NOTE = 1000


@dataclass(frozen=True)
class Entry:
    wish: wl.Wish
    note: str
    status: wl.WishStatus
    reservation_id: int | None  # the hold last offered, then the booking

    @property
    def id(self) -> int:
        return self.wish.id


def _today(now: dt.datetime) -> dt.date:
    return now.astimezone(zone(get_policy().clinic_timezone)).date()


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _time(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


def _entries(rows: Iterable[WaitlistEntryRow], today: dt.date) -> list[Entry]:
    rows = list(rows)
    providers: dict[int, set[int]] = {}
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 500):  # under every backend's bound-parameter limit
        for entry_id, provider_id in fetch_values(WaitlistEntryProviderRow.select(
                WaitlistEntryProviderRow.entry, WaitlistEntryProviderRow.provider).where(
                WaitlistEntryProviderRow.entry.in_(ids[start:start + 500]))):
            providers.setdefault(entry_id, set()).add(provider_id)
    return [_entry(row, frozenset(providers.get(row.id, ())), today) for row in rows]


def _entry(row: WaitlistEntryRow, provider_ids: frozenset[int], today: dt.date) -> Entry:
    window = None if row.window_start is None else \
        wl.TimeWindow(dt.time.fromisoformat(row.window_start), _time(row.window_end))
    wish = wl.Wish(row.id, row.client_id, row.visit_type_id, provider_ids,
                   _date(row.first_day), _date(row.last_day),
                   frozenset(int(d) for d in row.weekdays.split(",") if d), window,
                   bool(row.urgent), records.instant(row.created_at))
    status = wl.WishStatus(row.status)
    if status is wl.WishStatus.OPEN and wl.has_lapsed(wish, today):
        status = wl.WishStatus.LAPSED  # as the desk should see it, before any sweep
    return Entry(wish, row.note or "", status, row.reservation_id)


def _entry_row(entry_id: int) -> WaitlistEntryRow:
    row = WaitlistEntryRow.get_or_none(WaitlistEntryRow.id == entry_id)
    if row is None:
        raise NotFound(f"There is no waitlist entry with id {entry_id}.")
    return row


def get_entry(actor: Actor, entry_id: int, now: dt.datetime) -> Entry:
    require(actor, Permission.READ)
    with read_snapshot():
        return _entries([_entry_row(entry_id)], _today(now))[0]


def _clean(note: str | None) -> str:
    cleaned = (note or "").strip()
    if len(cleaned) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE} characters.")
    return cleaned


def _check_wish(client_id: int, visit_type_id: int, provider_ids: Sequence[int],
                first_day: dt.date, last_day: dt.date, weekdays: Iterable[int],
                window: wl.TimeWindow | None, today: dt.date) -> None:
    _client_row(client_id)
    visit_type = visit_types.find_type(visit_type_id)
    if not visit_type.active:
        raise InvalidInput(f"The visit type {visit_type.name} is no longer offered.")
    for provider_id in provider_ids:
        provider = _provider_record(provider_id)
        if not visit_type.offered_by(provider_id):
            raise InvalidInput(f"{provider.name} does not offer {visit_type.name}.")
    wl.check_range(first_day, last_day)
    if window is not None and window.end is not None and window.end <= window.start:
        raise InvalidInput(f"The time of day ends ({window.end:%H:%M}) before it starts "
                           f"({window.start:%H:%M}).")
    if last_day < today:
        raise InvalidInput(f"The waitlist range ended on {last_day:%d %b %Y}.")
    if any(not 0 <= day <= 6 for day in weekdays):
        raise InvalidInput("Weekdays are Monday to Sunday.")


@audit.denials_audited
@transactional
def add(actor: Actor, client_id: int, visit_type_id: int, now: dt.datetime, *,
        first_day: dt.date, last_day: dt.date, provider_ids: Sequence[int] = (),
        weekdays: Iterable[int] = (), window: wl.TimeWindow | None = None,
        urgent: bool = False, note: str | None = None) -> Entry:
    """Put a client on the waitlist; no providers means any who offer the type."""
    require(actor, Permission.BOOK)
    weekdays, provider_ids = sorted(set(weekdays)), sorted(set(provider_ids))
    _check_wish(client_id, visit_type_id, provider_ids, first_day, last_day, weekdays,
                window, _today(now))
    entry_id = WaitlistEntryRow.insert(
        client=client_id, visit_type=visit_type_id, first_day=first_day, last_day=last_day,
        weekdays=",".join(str(d) for d in weekdays),
        window_start=None if window is None else f"{window.start:%H:%M}",
        window_end=None if window is None or window.end is None else f"{window.end:%H:%M}",
        urgent=urgent, note=_clean(note), status=wl.WishStatus.OPEN.value,
        created_at=to_db(now)).execute()
    for provider_id in provider_ids:
        WaitlistEntryProviderRow.insert(entry=entry_id, provider=provider_id).execute()
    entry = _entries([_entry_row(int(entry_id))], _today(now))[0]
    audit.record(actor, now, "waitlist.add", "waitlist", entry.id, None, _audited(entry))
    return entry


def _audited(entry: Entry) -> dict[str, object]:
    wish = entry.wish
    return {"client_id": wish.client_id, "visit_type_id": wish.visit_type_id,
            "providers": sorted(wish.provider_ids), "from": wish.first_day.isoformat(),
            "until": wish.last_day.isoformat(), "urgent": wish.urgent,
            "status": entry.status.value, "reservation_id": entry.reservation_id}


@audit.denials_audited
@transactional
def edit(actor: Actor, entry_id: int, now: dt.datetime, *, first_day: dt.date,
         last_day: dt.date, provider_ids: Sequence[int] = (), weekdays: Iterable[int] = (),
         window: wl.TimeWindow | None = None, urgent: bool = False,
         note: str | None = None) -> Entry:
    """Change an open entry's wishes; it keeps its place (its created_at)."""
    require(actor, Permission.BOOK)
    before = _open_entry(entry_id, now)
    weekdays, provider_ids = sorted(set(weekdays)), sorted(set(provider_ids))
    _check_wish(before.wish.client_id, before.wish.visit_type_id, provider_ids, first_day,
                last_day, weekdays, window, _today(now))
    WaitlistEntryRow.update(
        first_day=first_day, last_day=last_day, weekdays=",".join(str(d) for d in weekdays),
        window_start=None if window is None else f"{window.start:%H:%M}",
        window_end=None if window is None or window.end is None else f"{window.end:%H:%M}",
        urgent=urgent, note=_clean(note)).where(WaitlistEntryRow.id == entry_id).execute()
    WaitlistEntryProviderRow.delete().where(WaitlistEntryProviderRow.entry == entry_id).execute()
    for provider_id in provider_ids:
        WaitlistEntryProviderRow.insert(entry=entry_id, provider=provider_id).execute()
    after = _entries([_entry_row(entry_id)], _today(now))[0]
    audit.record(actor, now, "waitlist.edit", "waitlist", entry_id, _audited(before),
                 _audited(after))
    return after


def _open_entry(entry_id: int, now: dt.datetime) -> Entry:
    entry = _entries([_entry_row(entry_id)], _today(now))[0]
    if entry.status is not wl.WishStatus.OPEN:
        raise InvalidTransition(f"Waitlist entry {entry_id} is {entry.status.value}; "
                                "nothing was changed.")
    return entry


def _set_status(entry: Entry, status: wl.WishStatus) -> None:
    changed = WaitlistEntryRow.update(status=status.value).where(
        (WaitlistEntryRow.id == entry.id)
        & (WaitlistEntryRow.status == wl.WishStatus.OPEN.value)).execute()
    if changed != 1:  # another desk ended it since it was read
        raise InvalidTransition(f"Waitlist entry {entry.id} was just changed at another desk; "
                                "nothing was changed here.")


@audit.denials_audited
@transactional
def remove(actor: Actor, entry_id: int, now: dt.datetime) -> Entry:
    require(actor, Permission.BOOK)
    before = _open_entry(entry_id, now)
    _set_status(before, wl.WishStatus.REMOVED)
    after = Entry(before.wish, before.note, wl.WishStatus.REMOVED, before.reservation_id)
    audit.record(actor, now, "waitlist.remove", "waitlist", entry_id, _audited(before),
                 _audited(after))
    return after


@transactional
def lapse_past(actor: Actor, now: dt.datetime) -> int:
    """Mark the open entries whose range has passed as lapsed; how many. Idempotent."""
    query = WaitlistEntryRow.select(WaitlistEntryRow.id).where(
        (WaitlistEntryRow.status == wl.WishStatus.OPEN.value)
        & (WaitlistEntryRow.last_day < _today(now)))
    ids = [entry_id for (entry_id,) in fetch_values(query)]
    for entry_id in ids:
        WaitlistEntryRow.update(status=wl.WishStatus.LAPSED.value).where(
            WaitlistEntryRow.id == entry_id).execute()
        audit.record(actor, now, "waitlist.lapse", "waitlist", entry_id)
    return len(ids)


def list_entries(actor: Actor, now: dt.datetime, *, client_id: int | None = None,
                 status: wl.WishStatus | None = None, limit: int = 1000) -> list[Entry]:
    """Entries, best first (urgent, then longest waiting); `status` as the desk sees it."""
    require(actor, Permission.READ)
    today = _today(now)
    query = WaitlistEntryRow.select()
    if client_id is not None:
        query = query.where(WaitlistEntryRow.client == client_id)
    if status is wl.WishStatus.OPEN:
        query = query.where((WaitlistEntryRow.status == status.value)
                            & (WaitlistEntryRow.last_day >= today))
    elif status is wl.WishStatus.LAPSED:
        query = query.where((WaitlistEntryRow.status == status.value) | (
            (WaitlistEntryRow.status == wl.WishStatus.OPEN.value)
            & (WaitlistEntryRow.last_day < today)))
    elif status is not None:
        query = query.where(WaitlistEntryRow.status == status.value)
    query = query.order_by(WaitlistEntryRow.urgent.desc(), WaitlistEntryRow.created_at,
                           WaitlistEntryRow.id).limit(max(1, min(limit, 5000)))
    with read_snapshot():
        return _entries(query, today)


def matches(actor: Actor, provider_id: int, start: dt.datetime,
            now: dt.datetime) -> list[Entry]:
    """The open entries whose client would take, and could book, `start` with the provider."""
    require(actor, Permission.READ)
    with read_snapshot():
        provider = _provider_record(provider_id)
        tz = zone(provider.timezone)
        day = start.astimezone(tz).date()
        candidates = _candidates(provider_id, day, now)
        if not candidates:
            return []
        free_types = _types_free_at(actor, provider_id, day, start, now,
                                    {e.wish.visit_type_id for e in candidates})
        full = _clients_full(day, {e.wish.client_id for e in candidates}, now)
    local_start = start.astimezone(tz).replace(tzinfo=None)
    suited = [e.wish for e in candidates
              if e.wish.visit_type_id in free_types and e.wish.client_id not in full
              and wl.wants(e.wish, provider_id, local_start, (
                  start + free_types[e.wish.visit_type_id]).astimezone(tz).replace(tzinfo=None))]
    by_id = {e.id: e for e in candidates}
    return [by_id[wish.id] for wish in wl.ranked(suited)]


def _candidates(provider_id: int, day: dt.date, now: dt.datetime) -> list[Entry]:
    chosen_elsewhere = WaitlistEntryProviderRow.select(WaitlistEntryProviderRow.entry).where(
        WaitlistEntryProviderRow.entry == WaitlistEntryRow.id)
    chosen_here = chosen_elsewhere.where(WaitlistEntryProviderRow.provider == provider_id)
    query = WaitlistEntryRow.select().where(
        (WaitlistEntryRow.status == wl.WishStatus.OPEN.value)
        & (WaitlistEntryRow.first_day <= day) & (WaitlistEntryRow.last_day >= day)
        & (~fn.EXISTS(chosen_elsewhere) | fn.EXISTS(chosen_here)))
    return [e for e in _entries(query, _today(now)) if e.status is wl.WishStatus.OPEN]


def _types_free_at(actor: Actor, provider_id: int, day: dt.date, start: dt.datetime,
                   now: dt.datetime, type_ids: set[int]) -> dict[int, dt.timedelta]:
    """The visit types a visit could start at `start` with, and each one's length."""
    free: dict[int, dt.timedelta] = {}
    for type_id in type_ids:
        visit_type = visit_types.find_type(type_id)
        if not visit_type.active or not visit_type.offered_by(provider_id):
            continue
        rows = day_slots.explain_slots(actor, day, now, provider_id=provider_id,
                                       visit_type_id=type_id)
        if any(r.start == start and r.reason is Reason.FREE for r in rows):
            free[type_id] = dt.timedelta(minutes=visit_type.minutes)
    return free


def _clients_full(day: dt.date, client_ids: set[int], now: dt.datetime) -> set[int]:
    limit = get_policy().max_per_client_per_day
    counts: dict[int, int] = {}
    ids = sorted(client_ids)
    for first in range(0, len(ids), 500):
        query = ReservationRow.select(ReservationRow.client, fn.COUNT(ReservationRow.id)).where(
            (ReservationRow.local_date == day) & ReservationRow.client.in_(ids[first:first + 500])
            & booking_queries.live_condition(now)).group_by(ReservationRow.client)
        counts.update(dict(fetch_values(query)))
    return {client_id for client_id, count in counts.items() if count >= limit}


@audit.denials_audited
@transactional
def offer(actor: Actor, entry_id: int, provider_id: int, start: dt.datetime,
          now: dt.datetime) -> Reservation:
    """Hold `start` for the entry's client (normal expiry) while the desk calls them."""
    require(actor, Permission.BOOK, provider_id)
    entry = _open_entry(entry_id, now)
    provider = _provider_record(provider_id)
    tz = zone(provider.timezone)
    minutes = visit_types.find_type(entry.wish.visit_type_id).minutes
    local_start = start.astimezone(tz).replace(tzinfo=None)
    local_end = (start + dt.timedelta(minutes=minutes)).astimezone(tz).replace(tzinfo=None)
    if not wl.wants(entry.wish, provider_id, local_start, local_end):
        raise InvalidInput(f"{provider.name} at {local_start:%a %d %b %H:%M} is not what "
                           f"waitlist entry {entry_id} asks for.")
    held = booking.hold(actor, entry.wish.client_id, provider_id, start, now,
                        visit_type_id=entry.wish.visit_type_id,
                        note=f"Offered from the waitlist (entry {entry_id}).")
    WaitlistEntryRow.update(reservation_id=held.id).where(
        WaitlistEntryRow.id == entry_id).execute()
    audit.record(actor, now, "waitlist.offer", "waitlist", entry_id, None,
                 {"reservation_id": held.id})
    return held


def client_names(actor: Actor, client_ids: Iterable[int]) -> dict[int, str]:
    """The names of these clients, for a list of entries (one query per 500)."""
    require(actor, Permission.READ)
    ids, names = sorted(set(client_ids)), {}
    for first in range(0, len(ids), 500):
        names.update(dict(fetch_values(ClientRow.select(ClientRow.id, ClientRow.name).where(
            ClientRow.id.in_(ids[first:first + 500])))))
    return names
