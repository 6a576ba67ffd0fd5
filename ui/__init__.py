"""CrossDesk's Qt layer: windows, tabs, table models, dialogs and undo commands. It asks
``app`` to do the work and shows the result."""

from ui.speed.qt_workarounds import keep_none_alive

keep_none_alive()
