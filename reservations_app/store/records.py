"""Rows to domain objects. The only place that knows both shapes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from peewee import fn

from reservations_app.domain.model import (
    AuditEntry,
    AvailabilityBlock,
    BlockSpec,
    Client,
    Provider,
    Reservation,
    Role,
    Status,
    User,
    VisitType,
)
from reservations_app.store.models import (
    AuditRow,
    BlockRow,
    ClientRow,
    ProviderRow,
    ReservationRow,
    UserRow,
    VisitTypeRow,
    from_db,
)

T = TypeVar("T")


def instant(value: dt.datetime | str | None) -> dt.datetime:
    """A stored instant of a NOT NULL column as an aware UTC datetime."""
    result = from_db(value)
    assert result is not None
    return result



@lru_cache(maxsize=4096)  # a list's rows share a few dates; parsing them is not free
def _date(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def provider(row: ProviderRow) -> Provider:
    return Provider(row.id, row.name, row.email, row.timezone, row.color, bool(row.active))


PROVIDER_COLUMNS = (ProviderRow.id, ProviderRow.name, ProviderRow.email, ProviderRow.timezone,
                    ProviderRow.color, ProviderRow.active)


def provider_of_values(values: Sequence[Any]) -> Provider:
    provider_id, name, email, timezone, color, active = values
    return Provider(provider_id, name, email, timezone, color, bool(active))


def client(row: ClientRow) -> Client:
    birth = _date(row.birth_date) if row.birth_date else None
    return Client(row.id, row.name, row.email, row.phone, birth, row.note or "",
                  row.household_id)


CLIENT_COLUMNS = (ClientRow.id, ClientRow.name, ClientRow.email, ClientRow.phone,
                  ClientRow.birth_date, ClientRow.note, ClientRow.household)


def client_of_values(values: Sequence[Any]) -> Client:
    client_id, name, email, phone, birth, note, household = values[:7]
    return Client(client_id, name, email, phone, _date(birth) if birth else None, note or "",
                  household)


def wall(text: str) -> dt.time | None:
    return None if text == "24:00" else dt.time.fromisoformat(text)


def wall_text(value: dt.time | None) -> str:
    return "24:00" if value is None else value.strftime("%H:%M")


def block(row: BlockRow) -> AvailabilityBlock:
    spec = BlockSpec(wall(row.start_wall), wall(row.end_wall))  # type: ignore[arg-type]
    return AvailabilityBlock(row.id, row.provider_id, _date(row.local_date), spec,
                             instant(row.start_at), instant(row.end_at))


def instant_reader() -> Callable[[dt.datetime | str | None], dt.datetime]:
    """`instant` with a memory, for one result set: a day's bookings share a few dozen slot
    times, and parsing each distinct value once is most of the cost of reading them."""
    seen: dict[dt.datetime | str | None, dt.datetime] = {}

    def read(value: dt.datetime | str | None) -> dt.datetime:
        found = seen.get(value)
        if found is None:
            found = seen[value] = instant(value)
        return found

    return read


BLOCK_COLUMNS = (BlockRow.id, BlockRow.provider, BlockRow.local_date, BlockRow.start_wall,
                 BlockRow.end_wall, BlockRow.start_at, BlockRow.end_at)


def block_of_values(values: tuple[Any, ...]) -> AvailabilityBlock:
    """A block from raw values selected as BLOCK_COLUMNS (see store.transactions.fetch_values)."""
    block_id, provider_id, local_date, start_wall, end_wall, start_at, end_at = values
    spec = BlockSpec(wall(start_wall), wall(end_wall))  # type: ignore[arg-type]
    return AvailabilityBlock(block_id, provider_id, _date(local_date), spec, instant(start_at),
                             instant(end_at))


def fields_constructor(cls: type[T]) -> Callable[..., T]:
    """A builder of `cls` from all its fields in order, for a frozen dataclass read by the
    thousand: the generated __init__ sets each field through object.__setattr__, over half
    the cost of reading a busy day's bookings. Only for classes that check nothing on
    creation (no __post_init__), so what it builds equals what the class's own would."""
    if hasattr(cls, "__post_init__") or not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} checks its fields on creation: build it normally")
    names = tuple(f.name for f in dataclasses.fields(cls))
    new = object.__new__

    def build(*values: Any) -> T:
        built = new(cls)
        built.__dict__.update(zip(names, values, strict=True))
        return built

    return build


# A reservation from all its fields in order: how rows are read, and how the hold makes its
# answer inside its transaction.
new_reservation = fields_constructor(Reservation)


_RESERVATION_FIELDS = frozenset(f.name for f in dataclasses.fields(Reservation))


def reservation_with(before: Reservation, **changes: Any) -> Reservation:
    """dataclasses.replace(before, **changes), without the frozen __init__'s setattr per
    field: what a confirmation answers, built inside its transaction."""
    if not changes.keys() <= _RESERVATION_FIELDS:
        raise TypeError(f"Reservation has no field {sorted(changes.keys() - _RESERVATION_FIELDS)}")
    built: Reservation = object.__new__(Reservation)
    built.__dict__.update(before.__dict__)
    built.__dict__.update(changes)
    return built


RESERVATION_COLUMNS = (
    ReservationRow.id, ReservationRow.provider, ReservationRow.client, ReservationRow.start_at,
    ReservationRow.end_at, ReservationRow.local_date, ReservationRow.status,
    ReservationRow.created_at, ReservationRow.hold_expires_at, ReservationRow.confirmed_at,
    ReservationRow.cancelled_at, ReservationRow.cancel_reason, ReservationRow.visit_type,
    ReservationRow.note, ReservationRow.late_cancellation, ReservationRow.notice_override,
    ReservationRow.occupied_start, ReservationRow.occupied_end)
_STATUSES = {status.value: status for status in Status}


def reservation_of_values(values: Sequence[Any],
                          read: Callable[[Any], dt.datetime] = instant) -> Reservation:
    """A reservation from raw values selected as RESERVATION_COLUMNS (extra columns after
    them are ignored). `read`: how to read its visit's instants, e.g. an `instant_reader`
    shared by a result set whose rows repeat the same slot times."""
    (reservation_id, provider_id, client_id, start_at, end_at, local_date, status, created_at,
     hold_expires_at, confirmed_at, cancelled_at, cancel_reason, visit_type_id, note, late,
     notice_override, occupied_start, occupied_end) = values[:18]
    start, end = read(start_at), read(end_at)
    # Most bookings occupy exactly their visit: the same instants, read once.
    occupied_from = start if occupied_start == start_at else read(occupied_start)
    occupied_until = end if occupied_end == end_at else read(occupied_end)
    return new_reservation(reservation_id, provider_id, client_id, start, end,
                           _date(local_date), _STATUSES[status], instant(created_at),
                           from_db(hold_expires_at), from_db(confirmed_at), from_db(cancelled_at),
                           cancel_reason, visit_type_id, note or "", bool(late), notice_override,
                           occupied_from, occupied_until)


# RESERVATION_COLUMNS with the occupied time NULL where it is the visit's own, as it is for
# most bookings (no buffers): a busy day's thousand rows then carry two strings fewer each.
RESERVATION_COLUMNS_SPARSE = (
    *RESERVATION_COLUMNS[:-2],
    fn.NULLIF(ReservationRow.occupied_start, ReservationRow.start_at),
    fn.NULLIF(ReservationRow.occupied_end, ReservationRow.end_at))
_RESERVATION_NAMES = tuple(f.name for f in dataclasses.fields(Reservation))


def reservations_of_values(rows: Iterable[Sequence[Any]]) -> list[Reservation]:
    """What `reservation_of_values` makes of each row, for rows selected as
    RESERVATION_COLUMNS or RESERVATION_COLUMNS_SPARSE (a NULL occupied time is the visit's
    own), built in one loop: a busy day reads a thousand, and the calls of building them one
    by one cost more than the query that finds them."""
    read, new, names, statuses = instant_reader(), object.__new__, _RESERVATION_NAMES, _STATUSES
    built = []
    for values in rows:
        (reservation_id, provider_id, client_id, start_at, end_at, local_date, status,
         created_at, hold_expires_at, confirmed_at, cancelled_at, cancel_reason, visit_type_id,
         note, late, notice_override, occupied_start, occupied_end) = values[:18]
        start, end = read(start_at), read(end_at)
        reservation = new(Reservation)
        reservation.__dict__.update(zip(names, (
            reservation_id, provider_id, client_id, start, end, _date(local_date),
            statuses[status], instant(created_at),
            None if hold_expires_at is None else from_db(hold_expires_at),
            None if confirmed_at is None else from_db(confirmed_at),
            None if cancelled_at is None else from_db(cancelled_at), cancel_reason,
            visit_type_id, note or "", bool(late), notice_override,
            start if occupied_start is None or occupied_start == start_at
            else read(occupied_start),
            end if occupied_end is None or occupied_end == end_at else read(occupied_end)),
            strict=True))
        built.append(reservation)
    return built


def reservation(row: ReservationRow) -> Reservation:
    return Reservation(
        id=row.id, provider_id=row.provider_id, client_id=row.client_id,
        start=instant(row.start_at), end=instant(row.end_at), local_date=_date(row.local_date),
        status=Status(row.status), created_at=instant(row.created_at),
        hold_expires_at=from_db(row.hold_expires_at), confirmed_at=from_db(row.confirmed_at),
        cancelled_at=from_db(row.cancelled_at), cancel_reason=row.cancel_reason,
        visit_type_id=row.visit_type_id, note=row.note or "",
        late_cancellation=bool(row.late_cancellation), notice_override=row.notice_override,
        occupied_start=instant(row.occupied_start), occupied_end=instant(row.occupied_end))


VISIT_TYPE_COLUMNS = (VisitTypeRow.id, VisitTypeRow.name, VisitTypeRow.minutes,
                      VisitTypeRow.buffer_before, VisitTypeRow.buffer_after, VisitTypeRow.color,
                      VisitTypeRow.active)


def visit_type_of_values(values: Sequence[Any], provider_ids: Sequence[int]) -> VisitType:
    type_id, name, minutes, before, after, color, active = values[:7]
    return VisitType(type_id, name, minutes, before, after, color, bool(active),
                     tuple(sorted(provider_ids)))


def user(row: UserRow) -> User:
    return User(row.id, row.username, Role(row.role), row.provider_id, bool(row.active))


def audit(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, instant(row.at), row.actor, row.workstation, row.action,
                      row.entity, row.entity_id, row.before, row.after)
