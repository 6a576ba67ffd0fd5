"""Rounds in the window: the dialogs and undo commands of closing, reopening and continuing
a round (the menu's actions are in ui/window/round_actions.py)."""
