"""The ``crossdesk-cli`` console program."""
