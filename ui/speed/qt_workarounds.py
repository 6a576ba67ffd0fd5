"""Work-arounds for defects of the Qt bindings, in one place, each with its reason.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every QPainter draw call
(drawRect, fillRect, drawLine, drawPolygon…; measured −1000 over 1000 calls). A few seconds
of painting a chart bring ``None``'s count to zero and the interpreter aborts with "Fatal
Python error: none_dealloc". ``None`` is never meant to be freed (from Python 3.12 on it is
immortal), so we make it so here by giving it a reference count no program can spend.
PySide6-Pdf, needed for print preview, exists only for 6.12, so we cannot pin an older
PySide6 instead.
"""

from __future__ import annotations

import ctypes
import sys

_APPLIED = False


def keep_none_alive() -> None:
    global _APPLIED
    if _APPLIED or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already, or a debug build whose object header differs
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    _APPLIED = True
