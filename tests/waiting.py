"""Waiting in tests for something another process does."""

import time


def wait_until(condition, seconds):
    """Whether `condition()` came true within `seconds`, asked every 50 ms."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False
