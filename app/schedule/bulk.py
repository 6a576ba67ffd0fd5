"""Building a plan's records without the garbage collector's pauses.

Loading, scheduling and laying out 5,000 tasks creates some 60,000 small tuples, lists and
dicts in a burst. Each 700 allocations start a collection and every few hundred of those a
full one that walks every object of the program (Qt's wrappers, the other tabs), which
made up a third of the Gantt's refresh. None of these records can form a cycle worth
collecting, so the burst runs with collection paused; the collector catches up after it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic collection for the block (nesting is fine: the outermost resumes)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
