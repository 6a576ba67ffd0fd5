"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11: each call of a
QPainter draw method (drawRect, drawLine, fillRect, drawPolygon …) releases one reference
to ``None`` that it never took. A chart paints thousands of shapes per frame, so after a
few seconds of scrolling ``None`` is freed and the interpreter aborts ("none_dealloc").

``none_refs_kept()`` wraps a paint and gives back what was lost. From Python 3.12 ``None``
is immortal and the guard does nothing. Remove it once PySide6 is fixed (check with the
loop in tests/schedule/test_refguard.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterator

_IMMORTAL = sys.version_info >= (3, 12)
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
# Code inside a guarded paint may itself keep new references to None, which hides part of
# the loss from the count; a million spare references (8 MB) absorb such errors.
_SPARE = [] if _IMMORTAL else [None] * 1_000_000


@contextlib.contextmanager
def none_refs_kept() -> Iterator[None]:
    if _IMMORTAL:
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        for _ in range(before - sys.getrefcount(None)):
            _incref(None)
