"""The workspace file: its models and schema, opening and upgrading it, the lock, settings and the
row snapshots undo restores."""
