"""How long a staff password must be: the rule the services enforce and the first
administrator's dialog states before the services are imported (it can be the first window)."""

from __future__ import annotations

from reservations_app.domain.errors import InvalidInput

MIN_PASSWORD = 10
MAX_PASSWORD = 1024


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"A password can have at most {MAX_PASSWORD} characters.")
