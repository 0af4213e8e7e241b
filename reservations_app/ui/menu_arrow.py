"""Room for the arrow of a tool button that pops its menu at once (InstantPopup): the style
draws that arrow in the button's bottom right corner, over the end of the text, and the
button's size hint leaves no room for it, so a long word (German "Behandler") runs under it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QStyle, QToolButton


def make_room_for_menu_arrow(button: QToolButton, texts: Iterable[str] = ()) -> None:
    """Widen `button` so its longest text (its own, or any of `texts` it will show) and the
    arrow both fit, with the text still centred."""
    metrics = button.fontMetrics()
    own = metrics.horizontalAdvance(button.text().replace("&", ""))
    longest = max([own, *(metrics.horizontalAdvance(text) for text in texts)])
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    # QCommonStyle draws the arrow from `width + 4 - arrow`; the centred text ends at
    # `(width + text) / 2`: two pixels apart when the width is the text + 2 arrows - 4.
    button.setMinimumWidth(max(button.sizeHint().width(), longest + 2 * arrow - 4))
