"""Reservations: a clinic front desk's schedules and bookings."""

from reservations_app._drivers import import_peewee_without_drivers

__version__ = "0.1.0"

import_peewee_without_drivers()
