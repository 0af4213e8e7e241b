"""Reservations: a clinic front desk's schedules and bookings."""

__version__ = "0.1.0"
