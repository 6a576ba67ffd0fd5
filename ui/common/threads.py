"""The program's own worker threads, by name, so that idle-time work on the GUI thread
can give way to them.

Python runs one thread at a time; PySide lets go of Python's lock inside most Qt calls
and takes it back afterwards. While a worker computes, every such call on the GUI thread
waits for the worker's turn to end (up to ``sys.getswitchinterval()``, 5 ms), so work the
GUI thread does merely to be ready sooner is better left until the workers are done.
"""

from __future__ import annotations

import threading

PREFIX = "crossdesk-"  # the name of every worker thread the program starts


def worker_name(purpose: str) -> str:
    return PREFIX + purpose


def background_work() -> bool:
    """Whether one of the program's worker threads is running."""
    return any(t.name.startswith(PREFIX) for t in threading.enumerate())
