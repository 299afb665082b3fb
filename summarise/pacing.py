"""Requests per minute, shared by every thread of a process: `summarise batch --rpm N` spaces
the LLM requests of all its events evenly (one every 60/N seconds), retries included. Kept
apart from the LLM code, which asks for its turn before each request it sends."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Pacer:
    """Hands out send times at least `60 / per_minute` seconds apart, in the order asked."""

    def __init__(self, per_minute: float) -> None:
        self.interval = 60.0 / per_minute
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, seconds_left: Callable[[], float]) -> bool:
        """Sleep until this request's turn; False (and no sleep) when the turn comes after
        `seconds_left()`, the caller's deadline."""
        with self._lock:
            now = time.monotonic()
            turn = max(now, self._next)
            if turn - now >= seconds_left():
                return False
            self._next = turn + self.interval
        time.sleep(turn - now)
        return True


_ACTIVE: Pacer | None = None


def limit_requests(per_minute: float | None) -> None:
    """Pace every request this process sends from now on (None: no limit)."""
    global _ACTIVE
    _ACTIVE = Pacer(per_minute) if per_minute else None


def wait_turn(seconds_left: Callable[[], float]) -> bool:
    """Wait for the next request's turn under the active limit; False if it comes too late."""
    return _ACTIVE is None or _ACTIVE.wait(seconds_left)
