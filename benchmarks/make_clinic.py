"""Build the benchmark clinic: 50 providers with two years of availability, 20,000 clients,
about 400,000 reservations and the audit trail their history implies. Same seed, same file.

The schema comes from the real migrations (`open_database`); providers, clients, weekly
patterns and time off go through the real services inside one transaction, so those rows are
exactly what the app writes. The booking history is then bulk-inserted with sqlite3 from rows
laid on the slots of the stored availability (see clinic_history.py).

    python -m benchmarks.make_clinic [--force] [--small]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import clinic_history as history
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import people, schedule, settings
from reservations_app.store.connect import close_database, open_database
from reservations_app.store.models import database
from reservations_app.store.schema import known_migrations

VERSION = 1  # bump whenever the generated data changes, so cached files are rebuilt
SEED = 20_261_124
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # a Tuesday, the benchmark's "now"
OUT_DIR = Path(__file__).resolve().parent / "out"
BATCH = 20_000

ZONES = (("America/New_York", 20), ("America/Chicago", 12), ("America/Denver", 6),
         ("America/Los_Angeles", 8), ("America/Phoenix", 2), ("Pacific/Honolulu", 2))
PATTERNS = (((0, 1, 2, 3, 4), ("08:00-12:00", "13:00-17:00")),
            ((0, 1, 2, 3), ("07:00-11:00", "12:00-16:00")),
            ((0, 1, 2, 3, 4), ("09:00-13:00", "14:00-18:00")),
            ((0, 1, 2, 3, 4), ("08:00-16:00",)),
            ((0, 1, 3, 4), ("10:00-14:00", "15:00-19:00")))
FIRST = ("Maria", "Mark", "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James",
         "Isabella", "Lucas", "Mia", "Mateo", "Amelia", "Ethan", "Harper", "Aiden", "Evelyn",
         "Hiro", "Fatima", "Chen", "Aisha", "Diego", "Ingrid", "Kwame", "Lena", "Omar", "Rosa",
         "Yuki", "Tamara", "Jonas", "Priya", "Samuel", "Zoe", "Marcus", "Nadia", "Pedro",
         "Grace", "Tomasz", "Leila", "Victor", "Hannah", "Ali", "Beatriz", "Felix", "Ines")
LAST = ("Johnson", "Nguyen", "Garcia", "Smith", "Kowalski", "Patel", "Brown", "Kim", "Silva",
        "Müller", "O'Brien", "Haddad", "Rossi", "Andersen", "Williams", "Tanaka", "Lopez",
        "Okonkwo", "Schmidt", "Davis", "Novak", "Cohen", "Moreau", "Jensen", "Martin",
        "Marquez", "Delgado", "Fischer", "Ivanova", "Larsen", "Mendes", "Sato", "Walker",
        "Ortiz", "Chowdhury", "Dubois", "Romero", "Hughes", "Petrov", "Alvarez", "Baker")


@dataclass(frozen=True)
class Scale:
    providers: int = 50
    clients: int = 20_000
    days_back: int = 365
    days_ahead: int = 365
    clients_at_opening: float = 0.4  # the rest register over the year before now
    shape: history.Shape = field(default_factory=history.Shape)

    @property
    def first_day(self) -> dt.date:
        return NOW.date() - dt.timedelta(days=self.days_back)

    @property
    def last_day(self) -> dt.date:
        return NOW.date() + dt.timedelta(days=self.days_ahead - 1)

    @property
    def opened(self) -> dt.datetime:
        """When the clinic was set up in the app: two weeks before the first day of work."""
        return dt.datetime.combine(self.first_day - dt.timedelta(days=14), dt.time(8),
                                   tzinfo=dt.UTC)


FULL = Scale()
SMALL = Scale(providers=6, clients=400, days_back=21, days_ahead=70,
              shape=history.Shape(live_holds=60))

Progress = Callable[[str], None]


def cache_path(scale: Scale = FULL) -> Path:
    """The built file's name says which data and which schema it holds."""
    size = {FULL: "full", SMALL: "small"}[scale]
    migrations = known_migrations()
    return OUT_DIR / f"clinic-v{VERSION}-{size}-{len(migrations)}m-{migrations[-1]}.sqlite3"


def ensure_built(scale: Scale = FULL, progress: Progress = print) -> Path:
    path = cache_path(scale)
    if path.exists():
        progress(f"reusing {path.name}")
        return path
    build(path, scale, progress)
    return path


def build(path: Path, scale: Scale = FULL, progress: Progress = print) -> float:
    """Build into a temporary file and move it into place when complete; returns seconds."""
    started = time.perf_counter()
    work = path.with_name(path.name + ".building")
    for stale in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        stale.unlink(missing_ok=True)
    rng = random.Random(SEED)
    open_database(f"sqlite:///{work}")
    try:
        with database.atomic():
            provider_ids = _providers(rng, scale)
            _availability(rng, scale, provider_ids)
            client_created = _clients(rng, scale)
    finally:
        close_database()
    progress(f"set-up through the services: {time.perf_counter() - started:.1f} s")
    counts = _history(work, rng, scale, client_created)
    work.replace(path)
    seconds = time.perf_counter() - started
    progress(f"built {path.name}: {counts['reservation']:,} reservations, "
             f"{counts['audit_log']:,} audit rows, {counts['availability_block']:,} blocks "
             f"in {seconds:.1f} s")
    return seconds


def _admin() -> Actor:
    return Actor("setup.admin", Role.ADMIN, "office-1")


def _providers(rng: random.Random, scale: Scale) -> list[int]:
    zones = [name for name, weight in ZONES for _ in range(weight)]
    settings.set_value(_admin(), "clinic_timezone", "America/New_York", scale.opened)
    ids = []
    for number in range(1, scale.providers + 1):
        name = f"Dr. {rng.choice(FIRST)} {rng.choice(LAST)}"
        provider = people.add_provider(_admin(), name, f"provider{number}@clinic.example",
                                       zones[(number - 1) % len(zones)], scale.opened,
                                       f"#{rng.randrange(0x1000000):06x}")
        ids.append(provider.id)
    return ids


def _availability(rng: random.Random, scale: Scale, provider_ids: list[int]) -> None:
    """A weekly pattern for two years, then holidays and sick days taken out as time off."""
    entered = scale.opened + dt.timedelta(hours=1)
    for index, provider_id in enumerate(provider_ids):
        weekdays, blocks = PATTERNS[index % len(PATTERNS)]
        schedule.repeat_weekly(_admin(), provider_id, weekdays,
                               [parse_block(text) for text in blocks], scale.first_day,
                               scale.last_day, entered)
        for day in _days_off(rng, scale, weekdays):
            schedule.time_off(_admin(), provider_id, day, None, entered)


def _days_off(rng: random.Random, scale: Scale, weekdays: tuple[int, ...]) -> list[dt.date]:
    """Two holiday weeks a year and about one sick day in sixty working days."""
    span = (scale.last_day - scale.first_day).days + 1
    days: set[dt.date] = set()
    for _ in range(max(1, round(2 * span / 365))):
        start = scale.first_day + dt.timedelta(days=rng.randrange(max(1, span - 7)))
        days.update(start + dt.timedelta(days=n) for n in range(7))
    days.update(scale.first_day + dt.timedelta(days=n) for n in range(span)
                if rng.random() < 1 / 60)
    return sorted(day for day in days if day.weekday() in weekdays and day <= scale.last_day)


def _clients(rng: random.Random, scale: Scale) -> list[dt.datetime]:
    """Clients registered at opening and over the following year, in id order."""
    at_opening = int(scale.clients * scale.clients_at_opening)
    later = scale.clients - at_opening
    span = (NOW - dt.timedelta(days=2) - scale.opened).total_seconds()
    created = []
    for number in range(scale.clients):
        if number < at_opening:
            at = scale.opened + dt.timedelta(seconds=number)
        else:
            at = scale.opened + dt.timedelta(seconds=int(span * (number - at_opening + 1) / later))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = None if rng.random() < 0.1 else (
            f"{first}.{last}{number}@mail.example".lower().replace("'", "").replace("ü", "ue"))
        phone = f"+1 (555) {number // 10_000:03d}-{number % 10_000:04d}"
        people.add_client(_admin(), f"{first} {last}", at, email, phone)
        created.append(at.replace(tzinfo=None))
    return created


def _history(path: Path, rng: random.Random, scale: Scale,
             client_created: list[dt.datetime]) -> dict[str, int]:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build that dies is thrown away, so it needs no journal and no fsync.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        _insert_history(connection, rng, scale, client_created)
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("reservation", "audit_log", "availability_block")}
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
    return counts


def _insert_history(connection: sqlite3.Connection, rng: random.Random, scale: Scale,
                    client_created: list[dt.datetime]) -> None:
    blocks = connection.execute(
        "SELECT provider_id, local_date, start_at, end_at FROM availability_block "
        "ORDER BY local_date, provider_id, start_at").fetchall()
    slot_minutes = int(connection.execute(
        "SELECT coalesce((SELECT value FROM setting WHERE key = 'slot_minutes'), 15)"
    ).fetchone()[0])
    writer = history.HistoryWriter(rng)
    planner = history.DayPlanner(rng, NOW.replace(tzinfo=None),
                                 scale.opened.replace(tzinfo=None) + dt.timedelta(days=1),
                                 history.ClientBook(client_created), writer, scale.shape)
    days = list(history.days_of(blocks))
    planner.hold_share = _hold_share(days, scale, slot_minutes, planner)
    connection.execute("BEGIN")
    for local_date, day_blocks in days:
        planner.plan_day(local_date, history.slots_of_day(day_blocks, slot_minutes))
        if len(writer.rows.reservations) >= BATCH:
            _flush(connection, writer.take())
    _flush(connection, writer.take())
    connection.execute("COMMIT")


def _hold_share(days: list[tuple[dt.date, list[tuple[int, dt.datetime, dt.datetime]]]],
                scale: Scale, slot_minutes: int, planner: history.DayPlanner) -> float:
    """The chance that a free slot in the hold window is held, for about `live_holds` holds."""
    low, high = scale.shape.hold_days
    free = 0.0
    for local_date, day_blocks in days:
        ahead = (local_date - NOW.date()).days
        if low <= ahead <= high:
            taken = planner.booked_share(ahead) + scale.shape.cancelled_only + \
                scale.shape.expired_only
            free += len(history.slots_of_day(day_blocks, slot_minutes)) * max(0.0, 1 - taken)
    return min(1.0, scale.shape.live_holds / free) if free else 0.0


def _flush(connection: sqlite3.Connection, rows: history.Rows) -> None:
    columns = ", ".join(history.RESERVATION_COLUMNS)
    marks = ", ".join("?" * len(history.RESERVATION_COLUMNS))
    connection.executemany(f"INSERT INTO reservation ({columns}) VALUES ({marks})",
                           rows.reservations)
    columns = ", ".join(history.AUDIT_COLUMNS)
    marks = ", ".join("?" * len(history.AUDIT_COLUMNS))
    connection.executemany(f"INSERT INTO audit_log ({columns}) VALUES ({marks})", rows.audit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    parser.add_argument("--small", action="store_true", help="a small clinic, for a quick look")
    args = parser.parse_args(argv)
    scale = SMALL if args.small else FULL
    path = cache_path(scale)
    if args.force:
        path.unlink(missing_ok=True)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    print(ensure_built(scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
