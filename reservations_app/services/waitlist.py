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
from functools import lru_cache
from typing import Any

from peewee import JOIN, fn

from reservations_app.domain import visits
from reservations_app.domain import waitlist as wl
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, InvalidTransition, NotFound
from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Reservation, Status
from reservations_app.domain.timezones import clinic_today, zone
from reservations_app.services import audit, booking, booking_queries, day_slots, visit_types
from reservations_app.services.lookups import client_row, provider_record
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import (
    ClientRow,
    ReservationRow,
    VisitTypeRow,
    WaitlistEntryProviderRow,
    WaitlistEntryRow,
    to_db,
)
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import fetch_values, read_snapshot, transactional


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
    return clinic_today(get_policy().clinic_timezone, now)


# Entries share a few hundred distinct days, windows and weekday sets: parsing each once makes
# reading a thousand matches cost little more than fetching them.
@lru_cache(maxsize=4096)
def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


_STATUSES = {status.value: status for status in wl.WishStatus}  # the Enum call costs more
NO_PROVIDERS: frozenset[int] = frozenset()


def _time(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


@lru_cache(maxsize=1024)
def _window(start: str | None, end: str | None) -> wl.TimeWindow | None:
    return None if start is None else wl.TimeWindow(dt.time.fromisoformat(start), _time(end))


@lru_cache(maxsize=256)
def _weekdays(text: str) -> frozenset[int]:
    return frozenset(int(d) for d in text.split(",") if d)


@lru_cache(maxsize=4096)
def _wish_terms(first_day: object, last_day: object, weekdays: str, window_start: str | None,
                window_end: str | None) -> tuple[dt.date, dt.date, frozenset[int],
                                                 wl.TimeWindow | None]:
    """An entry's range, weekdays and window: one cache look-up a row instead of four."""
    return (_date(first_day), _date(last_day), _weekdays(weekdays),
            _window(window_start, window_end))


ENTRY_COLUMNS = (WaitlistEntryRow.id, WaitlistEntryRow.client, WaitlistEntryRow.visit_type,
                 WaitlistEntryRow.first_day, WaitlistEntryRow.last_day, WaitlistEntryRow.weekdays,
                 WaitlistEntryRow.window_start, WaitlistEntryRow.window_end,
                 WaitlistEntryRow.urgent, WaitlistEntryRow.note, WaitlistEntryRow.status,
                 WaitlistEntryRow.created_at, WaitlistEntryRow.reservation_id)


def _entries(query: Any, today: dt.date) -> list[Entry]:
    """Entries from a select of ENTRY_COLUMNS, read as plain values (thousands of model
    objects cost more than the query)."""
    rows = fetch_values(query)
    ids = [row[0] for row in rows]
    pairs = [pair for first in range(0, len(ids), 500)  # under every bound-parameter limit
             for pair in fetch_values(WaitlistEntryProviderRow.select(
                 WaitlistEntryProviderRow.entry, WaitlistEntryProviderRow.provider).where(
                 WaitlistEntryProviderRow.entry.in_(ids[first:first + 500])))]
    return _entries_of(rows, pairs, today)


def _entries_of(rows: Sequence[tuple[Any, ...]], pairs: Iterable[Sequence[Any]],
                today: dt.date) -> list[Entry]:
    """Entries from rows of ENTRY_COLUMNS and their (entry id, provider id) pairs."""
    providers = _providers_by_entry(pairs)
    return [_entry(row, providers.get(row[0], NO_PROVIDERS), today) for row in rows]


def _providers_by_entry(pairs: Iterable[Sequence[Any]]) -> dict[int, frozenset[int]]:
    named: dict[int, set[int]] = {}
    for entry_id, provider_id in pairs:
        named.setdefault(entry_id, set()).add(provider_id)
    return {entry_id: frozenset(ids) for entry_id, ids in named.items()}


# An entry is a pure function of its row, its chosen providers and the day, so each is built
# once: two frozen dataclasses cost ~3 us apiece, most of the CPU of reading a thousand rows.
# Lists go through this cache; matches first look their entries up by revision (_BUILT_AT).
@lru_cache(maxsize=8192)  # the benchmark's 5,000 open entries; ~0.5 KB each
def _entry(values: tuple[Any, ...], provider_ids: frozenset[int], today: dt.date) -> Entry:
    (entry_id, client_id, type_id, first_day, last_day, weekdays, window_start, window_end,
     urgent, note, status_text, created_at, reservation_id) = values
    first, last, days, window = _wish_terms(first_day, last_day, weekdays, window_start,
                                            window_end)
    wish = wl.Wish(entry_id, client_id, type_id, provider_ids, first, last, days, window,
                   bool(urgent), records.instant(created_at))
    status = _STATUSES[status_text]
    if status is wl.WishStatus.OPEN and wl.has_lapsed(wish, today):
        status = wl.WishStatus.LAPSED  # as the desk should see it, before any sweep
    return Entry(wish, note or "", status, reservation_id)


# The rows matching has read, by (id, revision), and the entries built from them: the database
# draws a new revision at every write of an entry (migration 0016), so a pair seen before is
# that very row, in any database this process opens. Emptied when they grow past a clinic's
# worth; a few MB at most.
_ROWS_AT: dict[tuple[int, int], tuple[Any, ...]] = {}
_BUILT_AT: dict[tuple[tuple[int, int], frozenset[int], dt.date], Entry] = {}
KEPT_AT_MOST = 20_000
# Past this many unread candidates, reading their rows with the candidates' own statement again
# beats naming them one by one (peewee builds an IN list at ~10 us an id).
FEW_UNREAD = 64


def forget_read_entries() -> None:
    """Build every entry again from its row, as after a start (the benchmark's first call)."""
    _ROWS_AT.clear()
    _BUILT_AT.clear()
    _entry.cache_clear()


def _entries_at(seen: Sequence[tuple[int, int]], pairs: Iterable[Sequence[Any]],
                today: dt.date) -> list[Entry]:
    """The entries of these (id, revision) pairs, reading only rows not read before."""
    if len(_ROWS_AT) > KEPT_AT_MOST or len(_BUILT_AT) > KEPT_AT_MOST:
        _ROWS_AT.clear()
        _BUILT_AT.clear()
    unread = [entry_id for entry_id, revision in seen if (entry_id, revision) not in _ROWS_AT]
    fresh = _read_rows(unread)
    providers = _providers_by_entry(pairs)
    found = []
    for key in seen:
        chosen = providers.get(key[0], NO_PROVIDERS)
        built = _BUILT_AT.get((key, chosen, today))
        if built is None:
            # A row written between the two reads (inside a write transaction on PostgreSQL),
            # or forgotten by another thread meanwhile, is taken as read now.
            values = _ROWS_AT.get(key) or fresh.get(key[0]) or _read_rows([key[0]])[key[0]]
            built = _BUILT_AT[(key, chosen, today)] = _entry(values, chosen, today)
        found.append(built)
    return found


def _read_rows(entry_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """These entries' rows (ENTRY_COLUMNS), remembered by (id, revision); by id."""
    return _remember_rows(row for first in range(0, len(entry_ids), 500)  # parameter limits
                          for row in fetch_values(WaitlistEntryRow.select(
                              *ENTRY_COLUMNS, WaitlistEntryRow.revision).where(
                              WaitlistEntryRow.id.in_(entry_ids[first:first + 500]))))


def _remember_rows(rows: Iterable[Sequence[Any]]) -> dict[int, tuple[Any, ...]]:
    """Rows of ENTRY_COLUMNS followed by the revision, remembered by (id, revision); by id."""
    by_id: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        values = tuple(row[:-1])
        by_id[values[0]] = _ROWS_AT[(values[0], row[-1])] = values
    return by_id


def _one(entry_id: int, today: dt.date) -> Entry:
    found = _entries(WaitlistEntryRow.select(*ENTRY_COLUMNS).where(
        WaitlistEntryRow.id == entry_id), today)
    if not found:
        raise NotFound(f"There is no waitlist entry with id {entry_id}.")
    return found[0]


def get_entry(actor: Actor, entry_id: int, now: dt.datetime) -> Entry:
    require(actor, Permission.READ)
    with read_snapshot():
        return _one(entry_id, _today(now))


def _check_wish(client_id: int, visit_type_id: int, provider_ids: Sequence[int],
                first_day: dt.date, last_day: dt.date, weekdays: Iterable[int],
                window: wl.TimeWindow | None, today: dt.date) -> None:
    client_row(client_id)
    visit_type = visit_types.find_type(visit_type_id)
    if not visit_type.active:
        raise InvalidInput(f"The visit type {visit_type.name} is no longer offered.")
    for provider_id in provider_ids:
        provider = provider_record(provider_id)
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
        urgent=urgent, note=visits.clean_note(note), status=wl.WishStatus.OPEN.value,
        created_at=to_db(now)).execute()
    for provider_id in provider_ids:
        WaitlistEntryProviderRow.insert(entry=entry_id, provider=provider_id).execute()
    entry = _one(int(entry_id), _today(now))
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
    changed = WaitlistEntryRow.update(
        first_day=first_day, last_day=last_day, weekdays=",".join(str(d) for d in weekdays),
        window_start=None if window is None else f"{window.start:%H:%M}",
        window_end=None if window is None or window.end is None else f"{window.end:%H:%M}",
        urgent=urgent, note=visits.clean_note(note),
    ).where(_still_open(entry_id)).execute()
    if changed != 1:
        raise _changed_elsewhere(entry_id)
    WaitlistEntryProviderRow.delete().where(WaitlistEntryProviderRow.entry == entry_id).execute()
    for provider_id in provider_ids:
        WaitlistEntryProviderRow.insert(entry=entry_id, provider=provider_id).execute()
    after = _one(entry_id, _today(now))
    audit.record(actor, now, "waitlist.edit", "waitlist", entry_id, _audited(before),
                 _audited(after))
    return after


def _open_entry(entry_id: int, now: dt.datetime) -> Entry:
    entry = _one(entry_id, _today(now))
    if entry.status is not wl.WishStatus.OPEN:
        raise InvalidTransition(f"Waitlist entry {entry_id} is {entry.status.value}; "
                                "nothing was changed.")
    return entry


def _still_open(entry_id: int):  # type: ignore[no-untyped-def]
    """The entry's row, only while it is open: a write decided from an open entry that
    another desk has since ended changes no row (PostgreSQL checks the row again)."""
    return (WaitlistEntryRow.id == entry_id) & (
        WaitlistEntryRow.status == wl.WishStatus.OPEN.value)


def _changed_elsewhere(entry_id: int) -> InvalidTransition:
    return InvalidTransition(f"Waitlist entry {entry_id} was just changed at another desk; "
                             "nothing was changed here.")


def _set_status(entry: Entry, status: wl.WishStatus) -> None:
    changed = WaitlistEntryRow.update(status=status.value).where(
        _still_open(entry.id)).execute()
    if changed != 1:  # another desk ended it since it was read
        raise _changed_elsewhere(entry.id)


@audit.denials_audited
@transactional
def remove(actor: Actor, entry_id: int, now: dt.datetime) -> Entry:
    """End the entry; a hold offered to it that still waits for the client's answer is
    cancelled with it, so the time goes to the next match at once, not in half an hour."""
    require(actor, Permission.BOOK)
    before = _open_entry(entry_id, now)
    _set_status(before, wl.WishStatus.REMOVED)
    if before.reservation_id is not None:
        for hold in _pending_offers([before.reservation_id], now).values():
            booking.cancel(actor, hold.id, now, f"waitlist entry {entry_id} removed")
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
    lapsed = 0
    for (entry_id,) in fetch_values(query):
        # Only while still open: a desk sweeping at the same moment lapses (and audits) it once.
        if WaitlistEntryRow.update(status=wl.WishStatus.LAPSED.value).where(
                (WaitlistEntryRow.id == entry_id)
                & (WaitlistEntryRow.status == wl.WishStatus.OPEN.value)).execute():
            audit.record(actor, now, "waitlist.lapse", "waitlist", entry_id)
            lapsed += 1
    return lapsed


def list_entries(actor: Actor, now: dt.datetime, *, client_id: int | None = None,
                 status: wl.WishStatus | None = None, limit: int = 1000) -> list[Entry]:
    """Entries, best first (urgent, then longest waiting); `status` as the desk sees it."""
    require(actor, Permission.READ)
    today = _today(now)
    query = WaitlistEntryRow.select(*ENTRY_COLUMNS)
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
        provider = provider_record(provider_id)
        tz = zone(provider.timezone)
        local_start = start.astimezone(tz).replace(tzinfo=None)
        day = local_start.date()
        lengths = _types_free_at(actor, provider_id, day, start, now,
                                 [type_id for (type_id,) in _WAITED_FOR_TYPES.rows(day=day)])
        values = {"day": day, "provider": provider_id, "at": f"{local_start:%H:%M}",
                  "weekday": f"%{day.weekday()}%", "now": to_db(now),
                  "limit": get_policy().max_per_client_per_day}
        # The index narrows each type's entries to the candidates; the rows of the others
        # are never read.
        seen = [(entry_id, revision) for type_id in sorted(lengths)
                for entry_id, revision in _CANDIDATES.rows(type=type_id, **values)]
        if sum(key not in _ROWS_AT for key in seen) > FEW_UNREAD:  # the day's first call
            _remember_rows(row for type_id in sorted(lengths)
                           for row in _CANDIDATE_ROWS.rows(type=type_id, **values))
        pairs = _CHOSE_PROVIDER.rows(provider=provider_id, day=day) if seen else []
        candidates = _entries_at(seen, pairs, _today(now))
        waiting = _pending_offers([e.reservation_id for e in candidates
                                   if e.reservation_id is not None], now)
    if waiting:  # their client is being asked about another time; one offer at a time
        candidates = [e for e in candidates if e.reservation_id not in waiting]
    # The database narrowed them down; the wishes' own rule decides, the end of the visit too.
    # An entry open in its row may have lapsed by the clinic's date while a provider behind
    # the clinic's zone is still on its last day: offer refuses it, so it is no match.
    local_ends = {type_id: (start + length).astimezone(tz).replace(tzinfo=None)
                  for type_id, length in lengths.items()}
    return sorted((e for e in candidates if e.status is wl.WishStatus.OPEN and wl.wants(
        e.wish, provider_id, local_start, local_ends[e.wish.visit_type_id])),
        key=lambda e: wl.rank(e.wish))


def _covering():  # type: ignore[no-untyped-def]
    day = Bind("day")
    return ((WaitlistEntryRow.status == wl.WishStatus.OPEN.value)
            & (WaitlistEntryRow.first_day <= day) & (WaitlistEntryRow.last_day >= day))


def _wanted():  # type: ignore[no-untyped-def]
    """Open entries of the type whose range and weekdays hold the day, whose window may hold
    the start and whose client has room that day: what the desk could offer, as far as one
    query can tell (the provider is `_candidates`'s join). Every entry column read here is in
    the index waitlist_entry_match (migration 0012)."""
    # Weekdays are single digits (0-6) between commas, so "%1%" finds Tuesday without
    # wrapping the column in commas for every index entry scanned.
    weekday = WaitlistEntryRow.weekdays ** Bind("weekday")
    at = Bind("at")
    window = WaitlistEntryRow.window_start.is_null() | (
        (WaitlistEntryRow.window_start <= at)
        & (WaitlistEntryRow.window_end.is_null() | (WaitlistEntryRow.window_end > at)))
    full_clients = ReservationRow.select(ReservationRow.client).where(
        (ReservationRow.local_date == Bind("day"))
        & booking_queries.live_condition(Bind("now"))).group_by(ReservationRow.client).having(
        fn.COUNT(ReservationRow.id) >= Bind("limit"))
    # SQLite tests the terms in this order: the window, cheap and often false, spares the LIKE.
    return (_covering() & (WaitlistEntryRow.visit_type == Bind("type")) & window
            & ((WaitlistEntryRow.weekdays == "") | weekday)
            & WaitlistEntryRow.client.not_in(full_clients))


def _candidates(*columns):  # type: ignore[no-untyped-def]
    """These columns of the `_wanted` entries that accept this provider: joined to their
    chosen providers, an entry naming none gives one row with no provider, one naming this
    provider one row (the pair is unique), one naming only others none; one index probe per
    entry. Their id and revision come from the index alone."""
    chosen = WaitlistEntryProviderRow.alias("chosen")
    return WaitlistEntryRow.select(*columns).join(
        chosen, JOIN.LEFT_OUTER, on=(chosen.entry == WaitlistEntryRow.id)).where(
        _wanted() & (chosen.provider.is_null() | (chosen.provider == Bind("provider"))))


def _chose_provider():  # type: ignore[no-untyped-def]
    """Every provider of the open entries of the day that accept this provider: all the
    providers a matching entry can name (one that names none accepts anyone)."""
    mine = WaitlistEntryProviderRow.alias("mine")
    named = WaitlistEntryProviderRow.alias("named")
    # CROSS JOIN keeps SQLite to this order, from the provider's index; left to itself (no
    # statistics) it walks all of the day's entries first. PostgreSQL plans it as any join.
    return mine.select(named.entry, named.provider).join(
        WaitlistEntryRow, JOIN.CROSS).join(named, JOIN.CROSS).where(
        (mine.provider == Bind("provider")) & (WaitlistEntryRow.id == mine.entry)
        & (named.entry == mine.entry) & _covering())


def _waited_for_types():  # type: ignore[no-untyped-def]
    """The visit types an open entry covering the day waits for: one index probe per type
    (waitlist_entry_match starts with status and type), not a walk of all the day's entries."""
    waiting = WaitlistEntryRow.select(WaitlistEntryRow.id).where(
        _covering() & (WaitlistEntryRow.visit_type == VisitTypeRow.id))
    return VisitTypeRow.select(VisitTypeRow.id).where(fn.EXISTS(waiting))


_WAITED_FOR_TYPES = Prepared(_waited_for_types)
_CANDIDATES = Prepared(lambda: _candidates(WaitlistEntryRow.id, WaitlistEntryRow.revision))
_CANDIDATE_ROWS = Prepared(lambda: _candidates(*ENTRY_COLUMNS, WaitlistEntryRow.revision))
_CHOSE_PROVIDER = Prepared(_chose_provider)


def _types_free_at(actor: Actor, provider_id: int, day: dt.date, start: dt.datetime,
                   now: dt.datetime, type_ids: Iterable[int]) -> dict[int, dt.timedelta]:
    """The visit types a visit could start at `start` with, and each one's length."""
    free: dict[int, dt.timedelta] = {}
    for type_id in type_ids:
        visit_type = visit_types.find_type(type_id)
        if not visit_type.active or not visit_type.offered_by(provider_id):
            continue
        reads = day_slots.read_days(actor, [day], now, provider_id=provider_id,
                                    visit_type_id=type_id)[day]
        row = reads.at(start)  # the day view's row for that start, the rest not explained
        if row is not None and row.reason is Reason.FREE:
            free[type_id] = dt.timedelta(minutes=visit_type.minutes)
    return free


@audit.denials_audited
@transactional
def offer(actor: Actor, entry_id: int, provider_id: int, start: dt.datetime,
          now: dt.datetime) -> Reservation:
    """Hold `start` for the entry's client (normal expiry) while the desk calls them."""
    require(actor, Permission.BOOK, provider_id)
    entry = _open_entry(entry_id, now)
    _check_no_offer_waiting(entry, now)
    provider = provider_record(provider_id)
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
    _link_offer(entry, held.id)
    audit.record(actor, now, "waitlist.offer", "waitlist", entry_id, None,
                 {"reservation_id": held.id})
    return held


def _pending_offers(reservation_ids: Sequence[int], now: dt.datetime) -> dict[int, Reservation]:
    """The holds among these offered bookings that still wait for the client's answer."""
    held: dict[int, Reservation] = {}
    for first in range(0, len(reservation_ids), 500):
        for values in fetch_values(ReservationRow.select(*records.RESERVATION_COLUMNS).where(
                ReservationRow.id.in_(reservation_ids[first:first + 500]))):
            reservation = records.reservation_of_values(values)
            if reservation.effective_status(now) is Status.PENDING:
                held[reservation.id] = reservation
    return held


@dataclass(frozen=True)
class WaitingOffer:
    """A hold offered to an entry's client that still waits for their answer, in the
    provider's wall-clock time."""

    reservation_id: int
    local_start: dt.datetime
    local_until: dt.datetime | None


def _waiting(hold: Reservation) -> WaitingOffer:
    tz = zone(provider_record(hold.provider_id).timezone)
    until = None if hold.hold_expires_at is None else hold.hold_expires_at.astimezone(tz)
    return WaitingOffer(hold.id, hold.start.astimezone(tz), until)


def offers_waiting(actor: Actor, entries: Iterable[Entry],
                   now: dt.datetime) -> dict[int, WaitingOffer]:
    """The open entries among these whose offered hold still waits, by entry id: the desk
    sees them as offered, and cannot offer them another time until that hold ends."""
    require(actor, Permission.READ)
    offered = {e.reservation_id: e.id for e in entries
               if e.status is wl.WishStatus.OPEN and e.reservation_id is not None}
    if not offered:
        return {}
    with read_snapshot():
        held = _pending_offers(list(offered), now)
        return {offered[hold_id]: _waiting(hold) for hold_id, hold in held.items()}


def _check_no_offer_waiting(entry: Entry, now: dt.datetime) -> None:
    """One offer at a time: a second hold would leave the client two, and confirming the
    first would no longer end the entry."""
    if entry.reservation_id is None:
        return
    hold = _pending_offers([entry.reservation_id], now).get(entry.reservation_id)
    if hold is None:
        return
    waiting = _waiting(hold)
    until = "" if waiting.local_until is None else f", held until {waiting.local_until:%H:%M}"
    raise InvalidTransition(f"Waitlist entry {entry.id} is already offered "
                            f"{waiting.local_start:%a %d %b %H:%M} (booking {hold.id}{until}). "
                            "Confirm or cancel that hold before offering another time.")


def _link_offer(entry: Entry, reservation_id: int) -> None:
    """Point the entry at its new hold, unless another desk offered or ended it since it was
    read (the row as read, or the offer is refused and its hold rolled back)."""
    as_read = WaitlistEntryRow.reservation_id.is_null() if entry.reservation_id is None else \
        WaitlistEntryRow.reservation_id == entry.reservation_id
    linked = WaitlistEntryRow.update(reservation_id=reservation_id).where(
        _still_open(entry.id) & as_read).execute()
    if linked != 1:
        raise InvalidTransition(f"Waitlist entry {entry.id} was just offered or changed at "
                                "another desk; nothing was held here.")


def client_names(actor: Actor, client_ids: Iterable[int]) -> dict[int, str]:
    """The names of these clients, for a list of entries (one query per 500)."""
    require(actor, Permission.READ)
    ids, names = sorted(set(client_ids)), {}
    for first in range(0, len(ids), 500):
        names.update(dict(fetch_values(ClientRow.select(ClientRow.id, ClientRow.name).where(
            ClientRow.id.in_(ids[first:first + 500])))))
    return names
