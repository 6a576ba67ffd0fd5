"""The two embedded fonts of every printed sheet, and the markup that picks one per character.

Droid Sans Fallback draws Chinese but has no Latin letters, digits or Western punctuation;
DejaVu Sans Condensed draws those but no Chinese. Both are TrueType, so reportlab embeds
subsets of them with a ToUnicode map: the sheet shows Chinese on a machine without a CJK
font and text copied out of the PDF is the text that was printed. No standard (unembedded)
PDF font is ever used.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import cjk_font_path, resources_dir

CJK = "CrossDeskCJK"
LATIN = "CrossDeskLatin"
LATIN_BOLD = "CrossDeskLatinBold"

_lock = threading.Lock()
_registered = False
_latin_chars: frozenset[int] = frozenset()
_cjk_chars: frozenset[int] = frozenset()


def _latin_path(bold: bool = False) -> str:
    name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
    return str(resources_dir() / "fonts" / name)


def register() -> None:
    """Register the fonts with reportlab once per process (safe from any thread)."""
    global _registered, _latin_chars, _cjk_chars
    if _registered:
        return
    with _lock:
        if _registered:
            return
        cjk = TTFont(CJK, str(cjk_font_path()))
        latin = TTFont(LATIN, _latin_path())
        pdfmetrics.registerFont(cjk)
        pdfmetrics.registerFont(latin)
        pdfmetrics.registerFont(TTFont(LATIN_BOLD, _latin_path(bold=True)))
        # Bold Latin stays with its own face; there is no bold CJK face to pair it with.
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD,
                                      italic=LATIN, boldItalic=LATIN_BOLD)
        # Plain binary (Flate) streams instead of ASCII85 text: smaller files, and the
        # pure-Python ASCII85 encoder cost a tenth of a long print.
        rl_config.useA85 = 0
        _cjk_chars = frozenset(cjk.face.charToGlyph)
        _latin_chars = frozenset(latin.face.charToGlyph)
        _registered = True


def _is_cjk_block(code: int) -> bool:
    # CJK radicals … Yi, compatibility ideographs, half/full-width forms, ext. B and later
    return (0x2E80 <= code <= 0xA4CF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or code >= 0x20000)


@lru_cache(maxsize=4096)
def face_for(char: str) -> str:
    """The font that draws ``char``: Chinese and full-width forms from the CJK font,
    everything the Latin font has from it, anything else from whichever has a glyph."""
    register()
    code = ord(char)
    if _is_cjk_block(code) and code in _cjk_chars:
        return CJK
    if code in _latin_chars:
        return LATIN
    if code in _cjk_chars:
        return CJK
    return LATIN


@lru_cache(maxsize=32768)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into (font, text) runs; spaces stay in the run they follow. (A
    value printed on thousands of rows is split once.)"""
    result: list[tuple[str, str]] = []
    face = ""
    start = 0
    for i, ch in enumerate(text):
        if ch == " " and face:
            continue
        f = face_for(ch)
        if f != face:
            if face:
                result.append((face, text[start:i]))
            face, start = f, i
    if text:
        result.append((face or LATIN, text[start:]))
    return tuple(result)


def is_cjk_char(ch: str) -> bool:
    return _is_cjk_block(ord(ch))


def has_cjk(text: str) -> bool:
    return any(_is_cjk_block(ord(ch)) for ch in text)


@lru_cache(maxsize=32768)
def is_latin_only(text: str) -> bool:
    """True when one Latin font run draws all of ``text`` (e.g. dates and numbers)."""
    return all(face_for(ch) == LATIN for ch in text)


def markup(text: str, base: str = LATIN) -> str:
    """Paragraph markup for plain ``text``: escaped, each run in its font, newlines kept.

    ``base`` is the paragraph style's font; runs in that font need no tag.
    """
    lines = []
    for line in text.split("\n"):
        parts = []
        for face, run in runs(line):
            esc = escape(run)
            parts.append(esc if face == base else f'<font face="{face}">{esc}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def string_width(text: str, size: float) -> float:
    """Width of ``text`` in points as the two fonts draw it."""
    register()
    return sum(pdfmetrics.stringWidth(run, face, size) for face, run in runs(text))


def draw_string(canvas: object, x: float, y: float, text: str, size: float,
                anchor: str = "left") -> float:
    """Draw ``text`` on a reportlab canvas run by run; returns its width."""
    width = string_width(text, size)
    if anchor == "right":
        x -= width
    elif anchor == "centre":
        x -= width / 2
    for face, run in runs(text):
        canvas.setFont(face, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, run)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(run, face, size)
    return width
