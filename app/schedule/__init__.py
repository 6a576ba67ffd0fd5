"""The schedule of an initiative's tasks: working calendar, critical-path engine, warnings,
and the services that move, resize and link tasks. No Qt here; the Gantt and kanban tabs
and the command line all read the same results."""
