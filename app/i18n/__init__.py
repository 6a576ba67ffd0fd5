"""The core's own bilingual catalogue.

The core cannot use Qt's translator (it never imports Qt), yet form titles, field labels,
command-line messages and printed sheets must speak the user's language. Every such string
is registered here under a stable key with its English and Simplified Chinese text; each
area of the core keeps its strings in a module of its own under ``app/i18n/`` and they are
merged into one catalogue at import time.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from functools import lru_cache

LANGUAGES = ("en", "zh_CN")
DEFAULT_LANGUAGE = "en"

_catalogue: dict[str, tuple[str, str]] = {}
_current = DEFAULT_LANGUAGE


def register(entries: Mapping[str, tuple[str, str]]) -> None:
    """Add ``{key: (english, chinese)}``; a key registered twice with other text is a bug."""
    for key, pair in entries.items():
        old = _catalogue.get(key)
        if old is not None and old != pair:
            raise ValueError(f"catalogue key {key!r} registered twice with different text")
        _catalogue[key] = pair


@lru_cache(maxsize=64)
def normalise_language(lang: str | None) -> str:
    """Map ``zh``, ``zh-CN``, ``zh_CN.UTF-8`` … to ``zh_CN``; anything else to English."""
    if not lang:
        return DEFAULT_LANGUAGE
    low = lang.replace("-", "_").lower()
    return "zh_CN" if low.startswith("zh") else "en"


def system_language() -> str:
    """The language of the user's environment, for when nothing else says."""
    for var in ("CROSSDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value)
    loc = locale.getlocale()[0]
    return normalise_language(loc)


def set_language(lang: str | None) -> str:
    global _current
    _current = normalise_language(lang)
    return _current


def current_language() -> str:
    return _current


def tr(key: str, lang: str | None = None, **fmt: object) -> str:
    """The text for ``key`` in ``lang`` (default: the current language), formatted with ``fmt``.

    An unknown key returns the key itself, so a missing entry shows up plainly instead of
    crashing a print run; the catalogue test catches it before release.
    """
    pair = _catalogue.get(key)
    if pair is None:
        text = key
    else:
        text = pair[1] if normalise_language(lang or _current) == "zh_CN" else pair[0]
    return text.format(**fmt) if fmt else text


def has_key(key: str) -> bool:
    return key in _catalogue


def all_keys() -> list[str]:
    return sorted(_catalogue)


def _load_areas() -> None:
    """Import every ``strings_*`` module here; each registers its area's strings."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("strings_"):
            importlib.import_module(f"{__name__}.{info.name}")


_load_areas()
