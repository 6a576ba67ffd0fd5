"""Printing in the GUI: preview, print to a printer, save as PDF, and the sign-off panel.

Every path renders the PDF once with ``app.printing`` and shows, prints or saves those very
bytes, so the preview is exactly what goes to paper. The preview pulls in QtPdf, so its
names are imported when first asked for, not when the window starts.
"""

from __future__ import annotations

import importlib
from typing import Any

from ui.printing.signoff_panel import SignoffPanel

_LAZY = {
    "print_preview": "ui.printing.actions",
    "print_to_printer": "ui.printing.actions",
    "save_pdf": "ui.printing.actions",
    "PrintPreviewDialog": "ui.printing.preview",
}

__all__ = ["PrintPreviewDialog", "SignoffPanel", "print_preview", "print_to_printer", "save_pdf"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
