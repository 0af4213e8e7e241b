"""The printed pages as QTextDocuments, laid out from the rows `services.printouts` reads.
Dates and times follow the user's locale; every value is escaped before it meets the HTML."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QTime
from PySide6.QtGui import QTextDocument

from reservations_app.domain.timezones import zone
from reservations_app.services.printouts import AppointmentCard, PrintedDay, PrintedVisit
from reservations_app.ui.language import TranslationContext

STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; margin-bottom: 2px; }
p.sub { color: #444444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; border-bottom: 1.5px solid #000000; padding: 3px 5px; }
td { border-bottom: 0.5px solid #999999; padding: 4px 5px; vertical-align: top; }
td.note { font-style: italic; }
"""
CALL_OUTCOMES = (("reached", QT_TRANSLATE_NOOP("Printing", "reached")),
                 ("left_message", QT_TRANSLATE_NOOP("Printing", "left message")),
                 ("no_answer", QT_TRANSLATE_NOOP("Printing", "no answer")))


class Printing(TranslationContext):
    """The translation context of the printed pages."""


def _date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _time(instant: dt.datetime, clinic_zone: str) -> str:
    local = instant.astimezone(zone(clinic_zone))
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


STATUS_WORDS = {"pending": QT_TRANSLATE_NOOP("Printing", "held"),
                "arrived": QT_TRANSLATE_NOOP("Printing", "arrived"),
                "completed": QT_TRANSLATE_NOOP("Printing", "completed"),
                "no_show": QT_TRANSLATE_NOOP("Printing", "no-show")}  # confirmed goes unsaid


def _visit_details(visit: PrintedVisit) -> str:
    parts = [escape(visit.visit_type)] if visit.visit_type else []
    status = STATUS_WORDS.get(visit.status.value)
    if status:
        parts.append(f"<b>{escape(Printing.tr(str(status)))}</b>")
    if visit.note:
        parts.append(f'<span class="note">{escape(visit.note)}</span>')
    return "<br>".join(parts)


def _birth(visit: PrintedVisit) -> str:
    if visit.birth_date is None:
        return ""
    day = visit.birth_date
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _document(title: str, subtitle: str, header: list[str], rows: list[list[str]],
              empty: str, keep_whole: frozenset[int] = frozenset()) -> QTextDocument:
    """`keep_whole`: columns never wrapped (times, phone numbers)."""
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(
        f"<td{' nowrap' if column in keep_whole else ''}>{cell}</td>"
        for column, cell in enumerate(row)) + "</tr>" for row in rows)
    table = (f"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>{head}</tr>"
             f"{body}</table>") if rows else f"<p>{escape(empty)}</p>"
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f"<h1>{escape(title)}</h1><p class='sub'>{escape(subtitle)}</p>{table}")
    return document


def day_sheet(day: PrintedDay) -> QTextDocument:
    """Times, client, phone, date of birth, visit type and notes: what the desk and the
    provider need on paper for one day."""
    who = day.provider_name or Printing.tr("All providers")
    with_birth = any(v.birth_date for v in day.visits)  # no empty column before it is kept
    header = [Printing.tr("Time"), Printing.tr("Provider"), Printing.tr("Client"),
              Printing.tr("Phone"), *([Printing.tr("Born")] if with_birth else []),
              Printing.tr("Visit")]
    rows = [[f"{_time(v.start, day.clinic_timezone)}–{_time(v.end, day.clinic_timezone)}",
             escape(v.provider_name), escape(v.client_name), escape(v.phone or ""),
             *([_birth(v)] if with_birth else []), _visit_details(v)] for v in day.visits]
    subtitle = Printing.tr("{who} · {visits} · times in {zone}").format(
        who=who, visits=_count(len(day.visits)), zone=day.clinic_timezone)
    title = Printing.tr("Day sheet: {date}").format(date=_date(day.local_date))
    return _document(title, subtitle, header, rows,
                     Printing.tr("Nothing is booked on this day."), frozenset({0, 3}))


def call_list(day: PrintedDay) -> QTextDocument:
    """Every visit of the next clinic day with the phone to call and boxes to tick."""
    header = [Printing.tr("Time"), Printing.tr("Client"), Printing.tr("Phone"),
              Printing.tr("Provider"), Printing.tr("Call")]
    rows = [[_time(v.start, day.clinic_timezone), escape(v.client_name), escape(v.phone or
             Printing.tr("no phone")), escape(v.provider_name), _boxes(v.call_outcome)]
            for v in day.visits]
    return _document(Printing.tr("Call list: {date}").format(date=_date(day.local_date)),
                     Printing.tr("{visits} to remind").format(visits=_count(len(day.visits))),
                     header, rows,
                     Printing.tr("No visits to remind on the next clinic day."), frozenset({0, 2}))


def _boxes(marked: str | None) -> str:
    """A box per outcome, the one already noted ticked."""
    return "<br>".join(f"{'☑' if key == marked else '☐'} {escape(Printing.tr(str(words)))}"
                       for key, words in CALL_OUTCOMES)


def appointment_card(card: AppointmentCard) -> QTextDocument:
    clinic_zone = card.clinic_timezone
    header = [Printing.tr("Date"), Printing.tr("Time"), Printing.tr("With"), Printing.tr("Visit")]
    rows = [[_date(v.start.astimezone(zone(clinic_zone)).date()),
             _time(v.start, clinic_zone), escape(v.provider_name), _visit_details(v)]
            for v in card.visits]
    return _document(Printing.tr("Your next appointments: {client}").format(
                         client=card.client_name),
                     Printing.tr("Please tell us at least %n hour(s) ahead if you cannot "
                                 "come.", "", card.notice_hours),
                     header, rows, Printing.tr("No appointments are booked."))


def _count(visits: int) -> str:
    return Printing.tr("%n visit(s)", "", visits)
