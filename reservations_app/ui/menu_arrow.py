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
    margins = button.sizeHint().width() - own
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    # The text stays centred, so the arrow's width added keeps half of it clear on the right.
    button.setMinimumWidth(longest + margins + arrow)
