"""The client booking tab: find a client, find a slot, hold, confirm, cancel, move."""
