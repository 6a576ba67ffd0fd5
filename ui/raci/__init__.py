"""The RACI matrix tab: ``RaciTab(workspace, undo_stack)``, then ``set_initiative(id)``."""

from ui.raci.tab import RaciTab

__all__ = ["RaciTab"]
