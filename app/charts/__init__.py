"""Charts drawn with matplotlib (Agg) for the screen, for PNG files and for printed sheets.

matplotlib takes about 0.3 s to import, so this package never imports it at the top of a
module: each drawing function imports it when it is first called.
"""
