"""Rule findings: the list, the strip under each form and the background check that fills them."""
