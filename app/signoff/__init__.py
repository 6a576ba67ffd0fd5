"""Who signs which form and when: the sign-off records every printed sheet shows."""
