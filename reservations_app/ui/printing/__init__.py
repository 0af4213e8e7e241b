"""Printed pages: the day sheet, tomorrow's call list, a client's appointment card."""
