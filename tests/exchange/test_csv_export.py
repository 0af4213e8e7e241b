"""CSV exports of clients and of a date range's bookings, read back with the csv module."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from reservations_app.domain.errors import InvalidInput
from reservations_app.services import exchange
from tests.exchange.conftest import AFTER_DST, BEFORE_DST, DstClinic


def _read(path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_clients_export(admin, now, dst_clinic: DstClinic, tmp_path):
    target = tmp_path / "clients.csv"
    assert exchange.export_clients(admin, target) == 2
    rows = _read(target)
    assert [r["name"] for r in rows] == ["Ann Marie Lee", "Bob Stone"]
    assert rows[0]["email"] == "ann@mail.example"
    assert rows[0]["created_at"] == now.isoformat(timespec="seconds")
    assert list(rows[0]) == exchange.CLIENT_HEADER


def test_bookings_export_with_provider_status_and_iso_times(admin, now, dst_clinic, tmp_path):
    target = tmp_path / "bookings.csv"
    count = exchange.export_bookings(admin, target, BEFORE_DST, AFTER_DST, now)
    rows = {int(r["id"]): r for r in _read(target)}
    assert count == len(rows) == 5
    confirmed = rows[dst_clinic.confirmed]
    assert confirmed["provider"] == "Dr Ada Okafor" and confirmed["client"] == "Ann Marie Lee"
    assert confirmed["start"] == "2027-03-12T09:00:00-05:00"
    assert rows[dst_clinic.held]["start"] == "2027-03-15T09:00:00-04:00"
    assert rows[dst_clinic.lapsed]["status"] == "expired"
    assert rows[dst_clinic.cancelled]["status"] == "cancelled"
    assert rows[dst_clinic.cancelled]["cancel_reason"] == "feeling better"
    only = tmp_path / "ada.csv"
    assert exchange.export_bookings(admin, only, AFTER_DST, AFTER_DST, now,
                                    dst_clinic.provider) == 2


def test_bad_ranges_and_folders_are_refused_and_write_nothing(admin, now, dst_clinic, tmp_path):
    with pytest.raises(InvalidInput, match="before it starts"):
        exchange.export_bookings(admin, tmp_path / "x.csv", AFTER_DST, BEFORE_DST, now)
    with pytest.raises(InvalidInput, match="does not exist"):
        exchange.export_clients(admin, tmp_path / "nowhere" / "x.csv")
    with pytest.raises(InvalidInput, match="at most"):
        exchange.export_bookings(admin, tmp_path / "x.csv", BEFORE_DST,
                                 BEFORE_DST + dt.timedelta(days=5000), now)
    assert not any(p.suffix == ".csv" or ".x.csv" in p.name for p in tmp_path.iterdir())
