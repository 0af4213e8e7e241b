"""Hypothesis strategies for the fuzz test: mostly plausible input, often hostile."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from reservations_app.domain.model import BlockSpec

FIRST_DAY = dt.date(2026, 12, 1)
DAYS = 4  # availability in the template covers FIRST_DAY and the days after it

HOSTILE_TEXT = [
    "", " ", "\t\n", "x" * 5000, "'; DROP TABLE reservation; --",
    "Robert'); DELETE FROM audit_log; --", "1 OR 1=1", "\" OR \"\"=\"", "%", "_", "\\",
    "NULL", "None", "\x00", "a\x00b", "\u202e\u0645\u0631\u062d\u0628\u0627", "名前 テスト",
    "😀" * 300, "Zoë O'Brien-Łukasiewicz", "<script>alert(1)</script>", "../../etc/passwd",
    "ann@example.org", "+1 (555) 010-2030", "America/New_York", "UTC", "Mars/Olympus",
]

ids = st.one_of(st.integers(1, 12),
                st.sampled_from([0, -1, -(2**31), 2**31, 2**63 - 1, 2**64, -(2**70)]))
text = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=40))
optional_text = st.one_of(st.none(), text)
names = st.one_of(st.sampled_from(["Ann Lee", "Zoë O'Brien", "李小龍", "Mary-Jane Smith",
                                   "Dr. No"]), text)
emails = st.one_of(st.none(), st.integers(0, 30).map(lambda n: f"person{n}@mail.example"), text)
phones = st.one_of(st.none(), st.integers(0, 30).map(lambda n: f"+1 (555) 010-{n:04d}"), text)
zones_or_junk = st.one_of(st.sampled_from(["UTC", "America/New_York", "Europe/Berlin",
                                           "Australia/Lord_Howe"]), text)

plausible_days = st.integers(-2, DAYS + 1).map(lambda n: FIRST_DAY + dt.timedelta(days=n))
dates = st.one_of(plausible_days, plausible_days, st.dates(),
                  st.sampled_from([dt.date.min, dt.date.max, dt.date(1970, 1, 1)]))

_ZONES = [dt.UTC, ZoneInfo("America/New_York"), dt.timezone(dt.timedelta(hours=14)),
          dt.timezone(dt.timedelta(hours=-12))]


@st.composite
def plausible_instants(draw: st.DrawFn) -> dt.datetime:
    """On the 15-minute grid of a day with availability, so many holds can succeed."""
    day = draw(plausible_days)
    minutes = draw(st.integers(6 * 4, 18 * 4)) * 15
    return dt.datetime.combine(day, dt.time(0), dt.UTC) + dt.timedelta(minutes=minutes)


instants = st.one_of(
    plausible_instants(), plausible_instants(), plausible_instants(),
    st.datetimes(timezones=st.sampled_from(_ZONES)),
    st.datetimes(),  # naive: no offset at all
    st.sampled_from([dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=14))),
                     dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-12))),
                     dt.datetime.max.replace(tzinfo=dt.UTC)]),
)

_walls = st.one_of(st.integers(0, 24 * 4 - 1).map(lambda q: dt.time(*divmod(q * 15, 60))),
                   st.times())
_PLAUSIBLE_BLOCKS = [("06:00", "08:00"), ("12:00", "13:00"), ("17:00", "19:00"),
                     ("09:00", "10:00"), ("00:00", None), ("23:00", None), ("10:15", "11:45")]
plausible_specs = st.sampled_from([
    BlockSpec(dt.time.fromisoformat(start), None if end is None else dt.time.fromisoformat(end))
    for start, end in _PLAUSIBLE_BLOCKS])
specs = st.one_of(plausible_specs, st.builds(BlockSpec, _walls, st.one_of(st.none(), _walls)))
spec_lists = st.one_of(st.just([]), st.lists(specs, min_size=1, max_size=2))
weekdays = st.lists(st.one_of(st.integers(0, 6), st.integers(-3, 100)), max_size=8)

setting_keys = st.one_of(st.sampled_from(["slot_minutes", "min_notice_hours", "hold_minutes",
                                          "max_per_client_per_day", "sweep_seconds",
                                          "lock_minutes", "clinic_timezone"]), text)
setting_values = st.one_of(st.integers(-5, 300).map(str), text,
                           st.sampled_from(["15", "30", "0", "1", "2", "99999999999999999999",
                                            "1e3", " 20 ", "America/New_York"]))
limits = st.one_of(st.integers(-5, 50), st.sampled_from([0, 10**9, -(10**9)]))
