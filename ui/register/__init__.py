"""The coordination register's tab: the list of meetings, problems, risk notices and
requests, the selected item's form, and the steps into it from the plan's views."""

from ui.register.tab import RegisterTab

__all__ = ["RegisterTab"]
