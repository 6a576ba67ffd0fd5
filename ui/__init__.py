"""CrossDesk's Qt layer: windows, tabs, table models, dialogs and undo commands. It asks
``app`` to do the work and shows the result."""
