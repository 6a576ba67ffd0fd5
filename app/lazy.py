"""Modules loaded on first use, for the program's start path.

The window must show the tab in view within a second; the ORM (about 0.7 s to import),
printing, Excel and charts are needed only once the user acts. A module imported through
``lazy_import`` is found at once but executed on its first attribute access (the standard
library's ``importlib.util.LazyLoader``), so code can name it at module level as usual.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_import(name: str) -> ModuleType:
    """The module ``name``, executed when one of its attributes is first read."""
    found = sys.modules.get(name)
    if found is not None:
        return found
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
