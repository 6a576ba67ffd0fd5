"""Printing in the GUI: preview, print to a printer, save as PDF, and the sign-off panel.

Every path renders the PDF once with ``app.printing`` and shows, prints or saves those very
bytes, so the preview is exactly what goes to paper.
"""

from ui.printing.actions import print_preview, print_to_printer, save_pdf
from ui.printing.preview import PrintPreviewDialog
from ui.printing.signoff_panel import SignoffPanel

__all__ = ["PrintPreviewDialog", "SignoffPanel", "print_preview", "print_to_printer", "save_pdf"]
