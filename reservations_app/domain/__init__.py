"""The clinic's rules in plain Python: no database, no screen, no clock."""
