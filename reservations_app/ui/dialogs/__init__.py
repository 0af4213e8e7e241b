"""Dialogs: sign-in, first administrator, new client, cancel a reservation, demo clinic."""
