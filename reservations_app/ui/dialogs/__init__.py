"""Dialogs: client, provider, settings, login, database."""
