"""The sign-off panel's place in the window: one dock that follows the tab in view."""
