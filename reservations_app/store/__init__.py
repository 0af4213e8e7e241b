"""Peewee models and database set-up. Knows nothing of Qt."""
