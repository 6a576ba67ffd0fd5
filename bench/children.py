"""The environment of a benchmark's child process: the program as a person runs it.

A person's installed program finds its compiled modules cached (the installer ships them;
any other install writes them on the first start). ``PYTHONDONTWRITEBYTECODE`` in the
shell that starts a bench would make every child compile each module without a cache from
source again: 50 modules cost 0.25 s at every start, which the floor, with a fifth of the
modules, pays far less of. So the children may write the cache, and each bench starts one
unmeasured child first to fill it.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    env.update(extra)
    return env
