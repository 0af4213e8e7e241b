"""The provider calendar tab: a week grid of availability and bookings, and its editing."""
