"""Excel in the GUI: the import preview, the progress dialog, and the two entry points the
main window calls (File ▸ Export / Import, a tab's own export, a dropped .xlsx)."""

from ui.excel.actions import ImportCommand, export_workbook, import_workbook

__all__ = ["ImportCommand", "export_workbook", "import_workbook"]
