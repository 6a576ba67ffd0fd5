"""The main window: its tabs, file menu, workspace open and close flow, placement on screen,
message bar and guide."""
