"""Reservations: a clinic front desk's schedules and bookings."""

from reservations_app._drivers import hide_drivers_from_peewee

__version__ = "0.1.0"

hide_drivers_from_peewee()
