"""The weekly progress report (协作进度跟踪表 / 周报) sent every Friday to every liaison.

``build`` reads the report's content as of a moment, ``keeping`` stores each report made
so that the next one compares with what was told, and ``pdf``, ``xlsx`` and ``eml`` make
the three outputs from one content. Never imports Qt.
"""
