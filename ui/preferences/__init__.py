"""The preferences dialog and where its choices are stored."""
