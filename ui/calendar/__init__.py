"""The working-days calendar dialog."""
