"""Helpers shared by several test folders (not fixtures: plain functions and scripts)."""
