"""Random sequences of service calls with random and hostile input.

Every call either succeeds or raises a DomainError, never anything else. A refused call changes
no data (sign-ins excepted: a failure counts towards the lockout). After every step: no two live
reservations of a provider overlap, no client is over the per-day limit, every live reservation
lies inside its provider's availability, the audit trail only grows, and any change of data
grew it. A successful hold or move lands exactly on a slot of the availability.

Examples: 2,000 when $CI is set (profile "fuzz-ci"), fewer locally ("fuzz-dev"); set
FUZZ_EXAMPLES to choose. With $CI set, Hypothesis's own CI defaults make the run derandomized,
so CI replays the same 2,000 examples every time; local runs draw new ones. Each example works
on its own copy of a small template database on /dev/shm (or the temp folder), so an example
costs a file copy, not a migration.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Reservation, Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import audit, auth, booking, maintenance, people, schedule
from reservations_app.services import settings as clinic_settings
from reservations_app.store import records
from reservations_app.store.connect import close_database, open_database
from reservations_app.store.models import AuditRow, BlockRow, database, to_db
from tests.conftest import NOW, Figures

from . import fuzz_inputs as fz
from .conftest import data_snapshot

settings.register_profile(
    "fuzz-ci", max_examples=2000, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.register_profile(
    "fuzz-dev", parent=settings.get_profile("fuzz-ci"),
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")))

T = TypeVar("T")
PASSWORD = "fuzzing password 1"
# Admins and desks often, so that many calls get past the role check; providers 1 and 2 own
# the template's two diaries, provider 99 owns none.
ROLES = ["admin", "admin", "desk", "desk", "provider1", "provider2", "provider99"]
TABLES = {"client": "client", "provider": "provider", "block": "availability_block",
          "reservation": "reservation", "user": "staff_user"}


def _actor(role: str) -> Actor:
    if role.startswith("provider"):
        return Actor(role, Role.PROVIDER, "fuzz", None, int(role.removeprefix("provider")))
    return Actor(role, Role.ADMIN if role == "admin" else Role.FRONT_DESK, "fuzz")


def _make_template(folder: Path) -> Path:
    path = folder / "template.sqlite3"
    open_database(f"sqlite:///{path}")
    boss = _actor("admin")
    for name, email, tz in (("Dr. Utc", "utc@clinic.example", "UTC"),
                            ("Dr. York", "york@clinic.example", "America/New_York")):
        provider = people.add_provider(boss, name, email, tz, NOW)
        for n in range(fz.DAYS):
            schedule.add_availability(boss, provider.id, fz.FIRST_DAY + dt.timedelta(days=n),
                                      [parse_block("08:00-12:00"), parse_block("13:00-17:00")],
                                      NOW)
    clients = [people.add_client(boss, f"Client {n}", NOW).id for n in range(10)]
    for n, slot in enumerate(schedule.bookable_slots(boss, fz.FIRST_DAY, NOW)[:8:2]
                             + schedule.bookable_slots(boss, fz.FIRST_DAY + dt.timedelta(days=1),
                                                       NOW)[:8:2]):
        held = booking.hold(boss, clients[n], slot.provider_id, slot.start, NOW)
        if n % 2:
            booking.confirm(boss, held.id, NOW)
    auth.create_user(boss, "fuzzer", PASSWORD, Role.ADMIN, NOW)
    close_database()
    return path


class ServiceFuzz(RuleBasedStateMachine):
    template: Path
    folder: Path
    outcomes: Counter[str] = Counter()  # "ok" or the DomainError's class, over all examples
    succeeded: Counter[str] = Counter()  # successful calls by service function
    refusals: Counter[str] = Counter()  # "service: DomainError class"
    examples = 0

    def __init__(self) -> None:
        super().__init__()
        handle, name = tempfile.mkstemp(suffix=".sqlite3", dir=self.folder)
        os.close(handle)  # only the name is wanted; left open, each example kept a descriptor
        self.path = Path(name)
        shutil.copyfile(self.template, self.path)
        open_database(f"sqlite:///{self.path}")
        self.now = NOW
        self.audit_count = AuditRow.select().count()
        self.max_limit = clinic_settings.get_policy().max_per_client_per_day
        ServiceFuzz.examples += 1

    def teardown(self) -> None:
        close_database()
        connection = sqlite3.connect(self.path)
        assert [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
        connection.close()
        for path in self.folder.glob(f"{self.path.name}*"):
            path.unlink()

    # --- the harness ---------------------------------------------------------------------

    def call(self, service: Callable[..., T], *args: Any, failure_may_change: bool = False,
             read: bool = False, **kwargs: Any) -> T | None:
        """Make one service call; returns its result, or None after a DomainError (anything
        else propagates and fails the test)."""
        before = None if read else data_snapshot()
        result, error = None, None
        try:
            result = service(*args, **kwargs)
        except DomainError as exc:
            error = exc
        self._count(service.__name__, error)
        after = None if read else data_snapshot()
        count = AuditRow.select().count()
        assert count >= self.audit_count, "audit rows disappeared"
        if read:
            assert count == self.audit_count, f"the read {service.__name__} wrote to the trail"
        if error is not None:
            assert str(error).strip(), "a domain error without a message"
            if not failure_may_change:
                assert after == before, f"{type(error).__name__} left a change behind"
        if after != before:
            assert count > self.audit_count, "data changed without an audit row"
        self.audit_count = count
        return result

    def _count(self, name: str, error: DomainError | None) -> None:
        if error is None:
            self.outcomes["ok"] += 1
            self.succeeded[name] += 1
        else:
            self.outcomes[type(error).__name__] += 1
            self.refusals[f"{name}: {type(error).__name__}"] += 1

    def pick(self, data: st.DataObject, kind: str) -> int:
        """Mostly the id of an existing record of `kind`, sometimes a wrong or hostile one."""
        cursor = database.execute_sql(f"SELECT id FROM {TABLES[kind]}")
        existing = [row[0] for row in cursor.fetchall()]
        if not existing:
            return data.draw(fz.ids, label=kind)
        choice = st.sampled_from(existing)
        return data.draw(st.one_of(choice, choice, choice, fz.ids), label=kind)

    def _on_a_slot(self, reservation: Reservation | None) -> None:
        if reservation is None:
            return
        blocks = [records.block(row) for row in BlockRow.select().where(
            (BlockRow.provider == reservation.provider_id)
            & (BlockRow.local_date == reservation.local_date))]
        slot_minutes = clinic_settings.get_policy().slot_minutes
        assert slot_rules.is_slot_of(reservation.start, blocks, slot_minutes) is not None

    # --- people --------------------------------------------------------------------------

    @rule(role=st.sampled_from(ROLES), name=fz.names, email=fz.emails, phone=fz.phones)
    def add_client(self, role: str, name: str, email: str | None, phone: str | None) -> None:
        self.call(people.add_client, _actor(role), name, self.now, email, phone)

    @rule(data=st.data(), role=st.sampled_from(ROLES), name=st.one_of(st.none(), fz.names),
          email=fz.emails, phone=fz.phones)
    def update_client(self, data: st.DataObject, role: str, name: str | None,
                      email: str | None, phone: str | None) -> None:
        self.call(people.update_client, _actor(role), self.pick(data, "client"), self.now,
                  name=name, email=email, phone=phone)

    @rule(role=st.sampled_from(ROLES), name=fz.names, email=fz.emails, tz=fz.zones_or_junk,
          color=fz.optional_text)
    def add_provider(self, role: str, name: str, email: str | None, tz: str,
                     color: str | None) -> None:
        self.call(people.add_provider, _actor(role), name, email or "", tz, self.now, color)

    @rule(data=st.data(), role=st.sampled_from(ROLES),
          tz=st.one_of(st.none(), fz.zones_or_junk), active=st.one_of(st.none(), st.booleans()),
          name=st.one_of(st.none(), fz.names))
    def update_provider(self, data: st.DataObject, role: str, tz: str | None,
                        active: bool | None, name: str | None) -> None:
        self.call(people.update_provider, _actor(role), self.pick(data, "provider"), self.now,
                  name=name, timezone=tz, active=active)

    # --- availability --------------------------------------------------------------------

    @rule(data=st.data(), role=st.sampled_from(ROLES), day=fz.dates, specs=fz.spec_lists)
    def add_availability(self, data: st.DataObject, role: str, day: dt.date,
                         specs: list[Any]) -> None:
        self.call(schedule.add_availability, _actor(role), self.pick(data, "provider"), day,
                  specs, self.now)

    @rule(role=st.sampled_from(ROLES), provider=st.integers(1, 2), day=fz.plausible_days,
          spec=fz.plausible_specs)
    def add_plausible_availability(self, role: str, provider: int, day: dt.date,
                                   spec: Any) -> None:
        self.call(schedule.add_availability, _actor(role), provider, day, [spec], self.now)

    @rule(role=st.sampled_from(ROLES), provider=st.integers(1, 2),
          days=st.lists(st.integers(0, 6), min_size=1, max_size=3), spec=fz.plausible_specs,
          first=fz.plausible_days, weeks=st.integers(0, 3))
    def repeat_plausible_pattern(self, role: str, provider: int, days: list[int], spec: Any,
                                 first: dt.date, weeks: int) -> None:
        self.call(schedule.repeat_weekly, _actor(role), provider, days, [spec], first,
                  first + dt.timedelta(weeks=weeks), self.now)

    @rule(data=st.data(), role=st.sampled_from(ROLES), days=fz.weekdays, specs=fz.spec_lists,
          first=fz.dates, last=fz.dates)
    def repeat_weekly(self, data: st.DataObject, role: str, days: list[int], specs: list[Any],
                      first: dt.date, last: dt.date) -> None:
        self.call(schedule.repeat_weekly, _actor(role), self.pick(data, "provider"), days,
                  specs, first, last, self.now)

    @rule(data=st.data(), role=st.sampled_from(ROLES), day=fz.dates,
          spec=st.one_of(st.none(), fz.specs), cancel=st.booleans())
    def time_off(self, data: st.DataObject, role: str, day: dt.date, spec: Any,
                 cancel: bool) -> None:
        self.call(schedule.time_off, _actor(role), self.pick(data, "provider"), day, spec,
                  self.now, cancel_bookings=cancel)

    @rule(data=st.data(), role=st.sampled_from(ROLES), cancel=st.booleans())
    def delete_block(self, data: st.DataObject, role: str, cancel: bool) -> None:
        self.call(schedule.delete_block, _actor(role), self.pick(data, "block"), self.now,
                  cancel_bookings=cancel)

    @rule(data=st.data(), role=st.sampled_from(ROLES), spec=fz.specs, cancel=st.booleans())
    def change_block(self, data: st.DataObject, role: str, spec: Any, cancel: bool) -> None:
        self.call(schedule.change_block, _actor(role), self.pick(data, "block"), spec, self.now,
                  cancel_bookings=cancel)

    # --- bookings ------------------------------------------------------------------------

    @initialize()
    def hold_a_slot_to_start(self) -> None:
        """Each example starts from one hold the desk makes on the template's third day (where
        the template booked nobody). A local run draws new examples, and in one of them every
        hold drawn fell at the role or id checks; the check after the run then failed for the
        draws, not the code. A set-up where no hold can succeed still fails it."""
        day = fz.FIRST_DAY + dt.timedelta(days=2)
        free = schedule.bookable_slots(_actor("desk"), day, self.now)
        client = max(row[0] for row in database.execute_sql("SELECT id FROM client"))
        if free:
            self._on_a_slot(self.call(booking.hold, _actor("desk"), client,
                                      free[0].provider_id, free[0].start, self.now))

    @rule(data=st.data(), role=st.sampled_from(ROLES), start=fz.instants)
    def hold(self, data: st.DataObject, role: str, start: dt.datetime) -> None:
        self._on_a_slot(self.call(booking.hold, _actor(role), self.pick(data, "client"),
                                  self.pick(data, "provider"), start, self.now))

    @rule(data=st.data(), role=st.sampled_from(ROLES), day=fz.plausible_days)
    def hold_a_free_slot(self, data: st.DataObject, role: str, day: dt.date) -> None:
        free = schedule.bookable_slots(_actor("desk"), day, self.now)
        if free:
            slot = data.draw(st.sampled_from(free), label="slot")
            self._on_a_slot(self.call(booking.hold, _actor(role), self.pick(data, "client"),
                                      slot.provider_id, slot.start, self.now))

    @rule(data=st.data(), role=st.sampled_from(ROLES))
    def confirm(self, data: st.DataObject, role: str) -> None:
        self.call(booking.confirm, _actor(role), self.pick(data, "reservation"), self.now)

    @rule(data=st.data(), role=st.sampled_from(ROLES), reason=fz.optional_text)
    def cancel(self, data: st.DataObject, role: str, reason: str | None) -> None:
        self.call(booking.cancel, _actor(role), self.pick(data, "reservation"), self.now,
                  reason)

    @rule(data=st.data(), role=st.sampled_from(ROLES), start=fz.instants,
          other_provider=st.booleans())
    def move(self, data: st.DataObject, role: str, start: dt.datetime,
             other_provider: bool) -> None:
        provider = self.pick(data, "provider") if other_provider else None
        self._on_a_slot(self.call(booking.move, _actor(role), self.pick(data, "reservation"),
                                  start, self.now, provider_id=provider))

    @rule(data=st.data(), role=st.sampled_from(ROLES), day=fz.plausible_days)
    def move_to_a_free_slot(self, data: st.DataObject, role: str, day: dt.date) -> None:
        free = schedule.bookable_slots(_actor("desk"), day, self.now)
        if free:
            slot = data.draw(st.sampled_from(free), label="slot")
            self._on_a_slot(self.call(booking.move, _actor(role),
                                      self.pick(data, "reservation"), slot.start, self.now,
                                      provider_id=slot.provider_id))

    # --- settings, accounts, housekeeping ------------------------------------------------

    @rule(role=st.sampled_from(ROLES), key=fz.setting_keys, value=fz.setting_values)
    def set_setting(self, role: str, key: str, value: str) -> None:
        policy = self.call(clinic_settings.set_value, _actor(role), key, value, self.now)
        if policy is not None:
            self.max_limit = max(self.max_limit, policy.max_per_client_per_day)

    @rule(username=st.one_of(st.just("fuzzer"), fz.text),
          password=st.one_of(st.just(PASSWORD), fz.text))
    def sign_in(self, username: str, password: str) -> None:
        # A failed sign-in changes data on purpose: it counts towards the lockout.
        self.call(auth.authenticate, username, password, "fuzz", self.now,
                  failure_may_change=True)

    @rule(data=st.data(), role=st.sampled_from(ROLES),
          username=st.one_of(st.sampled_from(["ann", "bob", "fuzzer"]), fz.text),
          password=st.one_of(st.just(PASSWORD), fz.text), user_role=st.sampled_from(list(Role)))
    def create_user(self, data: st.DataObject, role: str, username: str, password: str,
                    user_role: Role) -> None:
        provider = self.pick(data, "provider") if user_role is Role.PROVIDER else None
        self.call(auth.create_user, _actor(role), username, password, user_role, self.now,
                  provider)

    @rule(data=st.data(), role=st.sampled_from(ROLES),
          password=st.one_of(st.just(PASSWORD), fz.text))
    def reset_password(self, data: st.DataObject, role: str, password: str) -> None:
        self.call(auth.reset_password, _actor(role), self.pick(data, "user"), password,
                  self.now)

    @rule(role=st.sampled_from(ROLES))
    def expire(self, role: str) -> None:
        self.call(maintenance.expire_stale, _actor(role), self.now)

    @rule(minutes=st.one_of(st.integers(0, 90), st.integers(0, 3 * 24 * 60)))
    def time_passes(self, minutes: int) -> None:
        self.now += dt.timedelta(minutes=minutes)

    # --- reads with hostile filters ------------------------------------------------------

    @rule(role=st.sampled_from(ROLES), text=fz.text, day=fz.dates, limit=fz.limits,
          offset=fz.limits, since=st.one_of(st.none(), fz.instants), action=fz.optional_text,
          entity_id=st.one_of(st.none(), fz.ids))
    def read(self, role: str, text: str, day: dt.date, limit: int, offset: int,
             since: dt.datetime | None, action: str | None, entity_id: int | None) -> None:
        actor = _actor(role)
        page = {"limit": limit, "offset": offset}
        self.call(people.search_clients, actor, text, read=True, **page)
        self.call(booking.list_bookings, actor, self.now, local_date=day, client_id=entity_id,
                  read=True, **page)
        self.call(schedule.bookable_slots, actor, day, self.now, read=True, **page)
        self.call(schedule.next_day_with_slots, actor, day, self.now, provider_id=entity_id,
                  read=True)
        self.call(audit.list_entries, actor, since=since, action=action, who=text,
                  entity_id=entity_id, client_id=entity_id, read=True, **page)

    # --- invariants ----------------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return list(database.execute_sql(sql, params).fetchall())

    @invariant()
    def promises_hold(self) -> None:
        """No overlap for a provider, no client over the day limit, nothing live outside
        availability: checked over the reservations live at the machine's `now`. Raw SQL,
        as it runs after every step; stored instants are UTC text that sorts in time order."""
        live = self._rows(
            "SELECT id, provider_id, client_id, local_date, start_at, end_at FROM reservation "
            "WHERE status = 'confirmed' OR (status = 'pending' AND hold_expires_at > ?) "
            "ORDER BY provider_id, start_at", str(to_db(self.now)))
        blocks = self._rows("SELECT provider_id, start_at, end_at FROM availability_block")
        for earlier, later in zip(live, live[1:], strict=False):
            if earlier[1] == later[1]:
                assert earlier[5] <= later[4], f"{earlier[0]} overlaps {later[0]}"
        per_day = Counter((row[2], row[3]) for row in live)
        assert max(per_day.values(), default=0) <= self.max_limit, "a client is over the limit"
        for row in live:
            assert any(b[0] == row[1] and b[1] <= row[4] and row[5] <= b[2] for b in blocks), \
                f"live reservation {row[0]} is outside availability"


@pytest.fixture
def fuzz_folder(tmp_path: Path) -> Iterator[Path]:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="reservations-fuzz-", dir=shm))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path


def test_random_service_calls_keep_every_promise(figures: Figures, fuzz_folder: Path,
                                                 fast_hashing: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ServiceFuzz.folder = fuzz_folder
    ServiceFuzz.template = _make_template(fuzz_folder)
    profile = "fuzz-ci" if os.environ.get("CI") else "fuzz-dev"
    ServiceFuzz.outcomes.clear()
    ServiceFuzz.succeeded.clear()
    ServiceFuzz.refusals.clear()
    ServiceFuzz.examples = 0
    started = time.monotonic()
    run_state_machine_as_test(ServiceFuzz, settings=settings.get_profile(profile))
    calls = sum(ServiceFuzz.outcomes.values())
    refused = ", ".join(f"{name} {count}" for name, count in ServiceFuzz.outcomes.most_common()
                        if name != "ok")
    figures(f"\nfuzz ({profile}): {ServiceFuzz.examples} examples, {calls} service calls in "
          f"{time.monotonic() - started:.0f} s; {ServiceFuzz.outcomes['ok']} succeeded, the "
          f"rest raised domain errors: {refused}")
    made = ServiceFuzz.succeeded
    figures(f"successful changes: {made['hold']} holds, {made['confirm']} confirms, "
          f"{made['cancel']} cancels, {made['move']} moves, {made['add_availability']} + "
          f"{made['repeat_weekly']} availability adds, {made['change_block']} block changes, "
          f"{made['time_off'] + made['delete_block']} removals, {made['add_client']} clients, "
          f"{made['set_value']} settings, {made['create_user']} users")
    figures("most frequent refusals:", ", ".join(
        f"{name} {count}" for name, count in ServiceFuzz.refusals.most_common(6)))
    assert made["hold"] > 0, "no hold ever succeeded: the fuzz test would prove little"
