"""The departments-and-people dialog, its table models and the dialogs that add members and departments."""
