"""Use cases: one function each, one transaction each. The GUI and the CLI call only these."""
