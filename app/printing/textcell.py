"""Wrapped text for table cells, in the two embedded fonts.

reportlab's Paragraph parses markup and re-wraps each cell several times per page; a sheet
of 500 tasks has 8,000 cells, and that made printing slow. A cell here is plain text
broken once per width: Chinese may break between any two characters (never before a
closing or after an opening punctuation mark), Latin text breaks at spaces, and a word
wider than the cell breaks where it must.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from app.printing import fonts

LEADING = 1.28  # line height as a multiple of the font size
# Characters that must not start a line, and those that must not end one (禁则).
NO_START = frozenset("，。、；：！？）》」』】〕〉”’,.;:!?)]}%·…—～")
NO_END = frozenset("（《「『【〔〈“‘([{")


@lru_cache(maxsize=8192)
def char_width(ch: str) -> float:
    """Width of ``ch`` at size 1 in the font that draws it."""
    return pdfmetrics.stringWidth(ch, fonts.face_for(ch), 1000) / 1000


@lru_cache(maxsize=65536)
def _width(text: str) -> float:
    return sum(char_width(c) for c in text)


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points; a value printed on every row is measured once."""
    return _width(text) * size


def _units(line: str) -> list[str]:
    """Pieces that stay together on one line: a Chinese character, a Latin word, a space
    run; closing punctuation sticks to what comes before, opening to what follows."""
    units: list[str] = []
    word = ""
    for ch in line:
        if ch == " ":
            if word:
                units.append(word)
                word = ""
            if units and units[-1].isspace():
                units[-1] += ch
            else:
                units.append(ch)
        elif fonts.is_cjk_char(ch) or ch in NO_START or ch in NO_END:
            if word:
                units.append(word)
                word = ""
            units.append(ch)
        else:
            word += ch
    if word:
        units.append(word)
    glued: list[str] = []
    carry = ""
    for u in units:
        if carry:
            u, carry = carry + u, ""
        if u[-1] in NO_END and not u.isspace():
            carry = u
            continue
        if u[0] in NO_START and glued and not glued[-1].isspace():
            glued[-1] += u
        else:
            glued.append(u)
    if carry:
        glued.append(carry)
    return glued


def break_lines(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (newlines kept)."""
    lines: list[str] = []
    for para in text.split("\n"):
        if not para[:1].isspace() and text_width(para, size) <= width:
            lines.append(para.rstrip())  # most cells: one line that fits
            continue
        cur, cur_w = "", 0.0
        for unit in _units(para):
            w = text_width(unit, size)
            if unit.isspace():
                if cur:
                    cur, cur_w = cur + unit, cur_w + w
                continue
            if cur and cur_w + w > width:
                lines.append(cur.rstrip())
                cur, cur_w = "", 0.0
            if w > width:  # a word wider than the cell: cut it where it must
                for ch in unit:
                    cw = char_width(ch) * size
                    if cur and cur_w + cw > width:
                        lines.append(cur)
                        cur, cur_w = "", 0.0
                    cur, cur_w = cur + ch, cur_w + cw
                continue
            cur, cur_w = cur + unit, cur_w + w
        lines.append(cur.rstrip())
    return lines


class TextCell(Flowable):
    """Text that wraps to its cell's width; splits between lines when a row must break
    across pages."""

    def __init__(self, text: str, size: float, align: str = "LEFT",
                 lines: list[str] | None = None, color: Any = None) -> None:
        super().__init__()
        self.text = text
        self.color = color
        self.size = size
        self.align = align
        self.leading = size * LEADING
        self._lines = lines
        self._for_width = -1.0 if lines is None else None
        self._drawn: tuple[int, float, float, str] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._for_width is not None and self._for_width != avail_width:
            self._lines = break_lines(self.text, avail_width, self.size)
            self._for_width = avail_width
        self.width = avail_width
        self.height = len(self._lines or [""]) * self.leading
        return self.width, self.height

    @property
    def lines(self) -> list[str]:
        """The lines as last wrapped."""
        return self._lines or []

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        lines = self._lines or []
        n = int(avail_height // self.leading)
        if n < 1 or n >= len(lines):
            return []
        return [TextCell("\n".join(part), self.size, self.align, part, self.color)
                for part in (lines[:n], lines[n:])]

    def draw(self) -> None:
        # One text object per cell, a font switch only where the font changes: a sheet has
        # thousands of cells and every PDF operator costs. A table's heading cells are the
        # same objects on every page: their operators (in the cell's own coordinates, fonts
        # set inside) are made once per document and then repeated.
        canv = self.canv
        key = (id(canv._doc), self.width, self.height)
        if self._drawn is not None and self._drawn[:3] == key:
            canv._code.append(self._drawn[3])
            return
        text = canv.beginText()
        if self.color is not None:
            text.setFillColor(self.color)
        face = ""
        x0, y = 0.0, self.height - self.size * 1.02
        for i, line in enumerate(self._lines or []):
            x = 0.0
            if self.align != "LEFT":
                w = text_width(line, self.size)
                x = self.width - w if self.align == "RIGHT" else (self.width - w) / 2
            if i == 0:
                text.setTextOrigin(x, y)
            else:
                text.moveCursor(x - x0, self.leading)
            x0 = x
            for run_face, run in fonts.runs(line):
                if run_face != face:
                    text.setFont(run_face, self.size, self.leading)
                    face = run_face
                text.textOut(run)
        code = text.getCode()
        canv._code.append(code)
        self._drawn = (*key, code)
