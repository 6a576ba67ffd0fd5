"""Measured speed work-arounds, each with its reason: garbage-collection timing, a lean scroll
bar, warm-up of first paints, and Qt bugs worked around (qt_workarounds can go on Python >=
3.12)."""
