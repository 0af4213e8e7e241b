"""A provider moves to another time zone. The rule: availability keeps its wall-clock times
(Mon 09:00-12:00 stays 09:00-12:00, now in the new zone) and every block's instants are
computed again, so listing, slots and booking agree on the new zone. Bookings are promises of
an instant made to clients, so they never move silently: the change is refused, naming them,
while any live booking that has not ended would show at another local time."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import ReservationInUse
from reservations_app.domain.model import Booking, Provider
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, blocks, booking_queries
from reservations_app.store import records
from reservations_app.store.models import BlockRow, ReservationRow, to_db


def _wall(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def bookings_that_would_move(provider: Provider, new_zone: str,
                             now: dt.datetime) -> list[Booking]:
    old, new = zone(provider.timezone), zone(new_zone)
    query = booking_queries.bookings_query().where(
        (ReservationRow.provider == provider.id) & (ReservationRow.end_at > to_db(now))
        & booking_queries.live_condition(now)).order_by(ReservationRow.start_at)
    return [item for item in booking_queries.fetch_bookings(query)
            if _wall(item.reservation.start, old) != _wall(item.reservation.start, new)]


def move_availability(actor: Actor, provider: Provider, new_zone: str,
                      now: dt.datetime) -> int:
    """Call inside the provider's update: refuse if bookings would move, else re-time every
    block in `new_zone`. Returns how many blocks were re-timed."""
    moving = bookings_that_would_move(provider, new_zone, now)
    if moving:
        raise ReservationInUse(
            f"The time zone cannot change while {len(moving)} live booking(s) would show at "
            f"another local time: {blocks.booking_list(provider, moving)}. Move or cancel "
            "them first.")
    tz = zone(new_zone)
    count = 0
    for row in BlockRow.select().where(BlockRow.provider == provider.id):
        block = records.block(row)
        start, end = slot_rules.block_bounds(block.local_date, block.spec, tz)
        if (start, end) != (block.start, block.end):
            BlockRow.update(start_at=to_db(start), end_at=to_db(end)).where(
                BlockRow.id == block.id).execute()
            count += 1
    audit.record(actor, now, "availability.rezone", "provider", provider.id,
                 {"timezone": provider.timezone}, {"timezone": new_zone, "blocks": count})
    return count
