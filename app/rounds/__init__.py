"""Rounds of an initiative: closing one (read-only from then on), reopening it, starting
the next round from what is left, and archiving a round's whole record."""
