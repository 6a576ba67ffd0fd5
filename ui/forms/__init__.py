"""The five form tabs: one table model over the form rows, the table view, the tab around it, and
the row commands."""
