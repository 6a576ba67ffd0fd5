"""What makes a file a CrossDesk workspace: its extension, SQLite's header and the
application id written into it. A leaf module, so the code that copies, judges or backs up
workspace files can know them without importing the workspace itself (which re-exports
them for the rest of the program)."""

from __future__ import annotations

APPLICATION_ID = 0x4344534B  # "CDSK": tells a workspace from any other SQLite file
EXTENSION = ".crossdesk"
SQLITE_MAGIC = b"SQLite format 3\x00"
