"""Qt item models over the workspace."""
