"""Printed pages rendered to PDF and read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, printouts, schedule
from reservations_app.store.db import Target
from reservations_app.ui.printing import documents
from reservations_app.ui.printing.output import save_pdf

DAY = dt.date(2026, 12, 3)

# Skipped only on a developer's machine without poppler-utils; CI installs it (.ci/run) and
# must never skip these.
pytestmark = pytest.mark.skipif(
    not os.environ.get("CI") and (shutil.which("pdftotext") is None
                                  or shutil.which("pdfinfo") is None),
    reason="needs poppler-utils (pdftotext, pdfinfo): apt-get install poppler-utils")


def _utc(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    return " ".join(text.split())  # long titles wrap; the words are what matter


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


@pytest.fixture
def busy_day(db: Target, admin: Actor, now: dt.datetime) -> dict[str, int]:
    okafor = people.add_provider(admin, "Dr Okafor", "o@c.example", "UTC", now)
    lind = people.add_provider(admin, "Dr Lind", "l@c.example", "UTC", now)
    for provider in (okafor, lind):
        schedule.add_availability(admin, provider.id, DAY, [parse_block("08:00-18:00")], now)
    ids = {"okafor": okafor.id, "lind": lind.id}
    for index in range(40):
        client = people.add_client(admin, f"Client Number{index:02d}", now,
                                   f"c{index}@m.example", f"+1 212 555 01{index:02d}")
        provider = okafor if index % 2 else lind
        start = _utc(8) + dt.timedelta(minutes=15 * (index // 2))
        booking.confirm(admin, booking.hold(admin, client.id, provider.id, start, now).id, now)
        ids[f"client{index}"] = client.id
    return ids


def test_the_whole_clinics_day_sheet_lists_every_visit_over_several_pages(
        qapp: object, busy_day: dict[str, int], admin: Actor, now: dt.datetime,
        tmp_path: Path) -> None:
    sheet = printouts.day_sheet(admin, DAY, now)
    path = tmp_path / "day.pdf"
    save_pdf(documents.day_sheet(sheet), path, "Day sheet")
    text = _pdf_text(path)
    assert "Day sheet" in text and "All providers" in text and "40 visits" in text
    for index in (0, 17, 39):
        assert f"Client Number{index:02d}" in text and f"555-01{index:02d}" in text
    assert _pages(path) >= 2


def test_one_providers_day_sheet_holds_only_their_visits(
        qapp: object, busy_day: dict[str, int], admin: Actor, now: dt.datetime,
        tmp_path: Path) -> None:
    sheet = printouts.day_sheet(admin, DAY, now, provider_id=busy_day["okafor"])
    path = tmp_path / "okafor.pdf"
    save_pdf(documents.day_sheet(sheet), path, "Day sheet")
    text = _pdf_text(path)
    assert "Dr Okafor" in text and "Dr Lind" not in text and "20 visits" in text
    assert "Client Number01" in text and "Client Number00" not in text


def test_the_call_list_is_the_next_clinic_day_with_phones_and_boxes(
        qapp: object, busy_day: dict[str, int], admin: Actor, tmp_path: Path) -> None:
    evening_before = _utc(19, day=DAY - dt.timedelta(days=2))  # two days before: 1 Dec
    calls = printouts.call_list(admin, evening_before)
    assert calls.local_date == DAY and len(calls.visits) == 40
    path = tmp_path / "calls.pdf"
    save_pdf(documents.call_list(calls), path, "Call list")
    text = _pdf_text(path)
    assert "Call list" in text and "555-0107" in text
    assert "reached" in text and "left message" in text and "no answer" in text


def test_an_appointment_card_lists_the_clients_next_visits(
        qapp: object, busy_day: dict[str, int], admin: Actor, now: dt.datetime,
        tmp_path: Path) -> None:
    card = printouts.appointment_card(admin, busy_day["client5"], now)
    path = tmp_path / "card.pdf"
    save_pdf(documents.appointment_card(card), path, "Appointment card")
    text = _pdf_text(path)
    assert "Client Number05" in text and "Dr Okafor" in text and _pages(path) == 1
    assert "at least 24 hours ahead" in text


def test_an_empty_day_says_so_on_paper(qapp: object, db: Target, admin: Actor,
                                       now: dt.datetime, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    save_pdf(documents.day_sheet(printouts.day_sheet(admin, DAY, now)), path, "Day sheet")
    assert "Nothing is booked on this day." in _pdf_text(path)


def test_client_text_cannot_inject_markup(qapp: object, db: Target, admin: Actor,
                                         now: dt.datetime, tmp_path: Path) -> None:
    provider = people.add_provider(admin, "Dr <b>Bold</b>", "b@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-10:00")], now)
    client = people.add_client(admin, "Ann <i>x</i> & Co", now, "ann@m.example")
    booking.hold(admin, client.id, provider.id, _utc(9), now)
    path = tmp_path / "escaped.pdf"
    save_pdf(documents.day_sheet(printouts.day_sheet(admin, DAY, now)), path, "Day sheet")
    text = _pdf_text(path)
    assert "Ann <i>x</i> & Co" in text and "Dr <b>Bold</b>" in text


def test_the_call_list_ticks_what_the_desk_noted(
        qapp: object, busy_day: dict[str, int], admin: Actor, tmp_path: Path) -> None:
    from reservations_app.services import calls

    evening_before = _utc(19, day=DAY - dt.timedelta(days=2))
    first = printouts.call_list(admin, evening_before).visits[0]
    calls.mark_call(admin, first.reservation_id, calls.CallOutcome.REACHED, evening_before)
    path = tmp_path / "calls.pdf"
    save_pdf(documents.call_list(printouts.call_list(admin, evening_before)), path, "Call list")
    assert _pdf_text(path).count("☑ reached") == 1


def test_the_call_list_dialog_saves_each_outcome_as_it_is_picked(
        qtbot, busy_day: dict[str, int], admin: Actor, db: Target) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.services import calls
    from reservations_app.ui.printing.call_list_dialog import CallListDialog
    from reservations_app.ui.session import Session

    evening_before = _utc(19, day=DAY - dt.timedelta(days=2))
    session = Session(admin, db, clock=lambda: evening_before)
    day = printouts.call_list(admin, evening_before)
    dialog = CallListDialog(session, day)
    qtbot.addWidget(dialog)
    box = dialog.table.cellWidget(2, CallListDialog.COL_CALL)
    box.setCurrentIndex(3)  # no answer
    qtbot.waitUntil(session.ops.is_idle, timeout=20_000)
    qtbot.waitUntil(lambda: calls.outcomes_of([day.visits[2].reservation_id]) == {
        day.visits[2].reservation_id: calls.CallOutcome.NO_ANSWER}, timeout=20_000)
    assert "Saved" in dialog.message.text()
    session.close()
