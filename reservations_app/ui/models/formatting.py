"""Dates and times as the desk reads them, in the user's locale."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def short_time(local: dt.datetime | dt.time) -> str:
    """'14:30' or '2:30 PM', as the user's locale writes a time of day."""
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def weekday_short(index: int) -> str:
    """'Mon', 'lun.', 'Mo.': the locale's short name of weekday `index` (0 is Monday)."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def month_label(day: dt.date) -> str:
    """'Dec 2026' in the user's locale."""
    return QLocale().toString(qdate(day), "MMM yyyy")


def short_day(day: dt.date) -> str:
    """'1 Dec' in the user's locale."""
    return QLocale().toString(qdate(day), "d MMM")


def day_label(day: dt.date) -> str:
    """'Tue 1 Dec 2026' in the user's locale."""
    return QLocale().toString(qdate(day), "ddd d MMM yyyy")


def day_and_time(local: dt.datetime) -> str:
    return f"{QLocale().toString(qdate(local.date()), 'ddd d MMM')} {short_time(local)}"


def zone_abbreviation(local: dt.datetime) -> str:
    return local.tzname() or ""


def countdown(seconds: int) -> str:
    """mm:ss, or h:mm:ss for the odd hold longer than an hour."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def local_dates(text: str) -> str:
    """A service's message with its ISO dates ("2026-12-03") as the desk reads dates
    ("Thu 3 Dec 2026"): the services speak one neutral format, screens the user's."""
    def replace(match: re.Match[str]) -> str:
        try:
            return day_label(dt.date(*(int(part) for part in match.groups())))
        except ValueError:
            return match.group(0)

    return _ISO_DATE.sub(replace, text)
