"""Printing fixtures: PDFs read back with poppler's tools, the way a reader's viewer would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY


def pdftotext(pdf: Path, *options: str, first: int | None = None,
              last: int | None = None) -> str:
    args = ["pdftotext", *options]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def squash(text: str) -> str:
    """Text without any white space: wrapped cells break lines where the page needs it."""
    return "".join(text.split())


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    fonts = []
    for line in out[2:]:
        parts = line.split()
        # name type… encoding emb sub uni object ID: read the flags from the right
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3],
                      "type": " ".join(parts[1:-6])})
    return fonts


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


@pytest.fixture
def today():
    return DEMO_TODAY
