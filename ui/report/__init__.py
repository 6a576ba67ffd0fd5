"""File ▸ Weekly report…: the report's dialog, its list of past reports and its undo step."""
