"""The scripting CLI over the services: parse, sign in, call, render text or JSON."""

from reservations_app.cli.main import main

__all__ = ["main"]
