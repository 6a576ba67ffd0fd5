"""The RACI grid: one letter per task and person, read and written here for every view, export and print."""
