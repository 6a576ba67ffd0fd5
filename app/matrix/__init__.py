"""The pain-point priority matrix: which points fall in which quadrant, and where each is drawn."""
