"""Colours for the grid, derived from the system palette so dark mode reads as well as light."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from reservations_app.domain.model import Status

# Booking colours by status. Confirmed is a neutral of strong contrast (dark on a light palette,
# light on a dark one) so it stands out from the tint of any provider colour.
CONFIRMED = QColor("#2f3b52")
CONFIRMED_ON_DARK = QColor("#d9dee8")
HELD = QColor("#f0a202")
FADED = QColor("#8a8f98")
NOW_LINE = QColor("#e53935")


def mix(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` laid over `back` (0 = all back, 1 = all front), opaque."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def readable_on(fill: QColor) -> QColor:
    """Black or white text, whichever stands out on `fill` (by relative luminance)."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


def grid_line(palette: QPalette, strong: bool) -> QColor:
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return mix(text, base, 0.28 if strong else 0.1)


def availability_fill(palette: QPalette, provider_color: QColor) -> QColor:
    return mix(provider_color, palette.color(QPalette.ColorRole.Base),
               0.3 if is_dark(palette) else 0.24)


def today_tint(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Highlight),
               palette.color(QPalette.ColorRole.Base), 0.12)


def booking_fill(palette: QPalette, status: Status | None) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    if status in (Status.CONFIRMED, Status.ARRIVED, Status.COMPLETED):  # they keep their time
        return CONFIRMED_ON_DARK if is_dark(palette) else CONFIRMED
    if status is Status.PENDING:
        return HELD
    if status is Status.EXPIRED:
        return mix(FADED, base, 0.8)  # drawn as hatching, so it needs some weight
    return mix(FADED, base, 0.35)


def booking_text(palette: QPalette, status: Status | None) -> QColor:
    if status in (Status.CONFIRMED, Status.PENDING, Status.ARRIVED, Status.COMPLETED):
        return readable_on(booking_fill(palette, status))
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base),
               0.6)


def error_text(palette: QPalette) -> QColor:
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def past_shade(palette: QPalette) -> QColor:
    """A see-through wash of the window colour over time that has gone by."""
    shade = QColor(palette.color(QPalette.ColorRole.Window))
    shade.setAlphaF(0.55)
    return shade
