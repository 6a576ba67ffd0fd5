"""Baselines in the window: their undo commands and the dialog that manages them."""
