"""The week grid's text stays readable on its boxes in the light, dark and high-contrast
palettes: WCAG's 4.5:1 for live bookings, 3:1 for the deliberately faded ones (cancelled,
expired, no-show: they are also marked in words and by hatching, never by colour alone)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from reservations_app.domain.model import Status
from reservations_app.ui.calendar.colors import booking_fill, booking_text

LIVE = [Status.PENDING, Status.CONFIRMED, Status.ARRIVED, Status.COMPLETED]
FADED = [Status.CANCELLED, Status.EXPIRED, Status.NO_SHOW]


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, base), (QPalette.ColorRole.Window, base),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.WindowText, text)):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": _palette("#ffffff", "#000000"), "dark": _palette("#2b2b2b", "#e6e6e6"),
            "high-contrast dark": _palette("#000000", "#ffffff"),
            "high-contrast light": _palette("#ffffff", "#000000")}


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("name", PALETTES)
def test_booking_text_stands_out_from_its_box(qapp: object, name: str) -> None:
    palette = PALETTES[name]
    for status in LIVE:
        assert contrast(booking_text(palette, status), booking_fill(palette, status)) >= 4.5, \
            status
    for status in FADED:
        # an expired hold is thin hatching over the grid's base: the text reads on the base
        behind = palette.color(QPalette.ColorRole.Base) if status is Status.EXPIRED \
            else booking_fill(palette, status)
        assert contrast(booking_text(palette, status), behind) >= 3, status
