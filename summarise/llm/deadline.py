"""The one deadline of an LLM exchange, shared by the provider and the HTTP transport."""

from __future__ import annotations

import time

RETRY_STATUSES = frozenset({408, 409, 429})  # and every 5xx: retried with back-off


class Deadline:
    """The end of the whole LLM exchange, on the monotonic clock. It starts with the first
    request (asking for the time left), not with the imports and set-up before it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends: float | None = None

    def left(self) -> float:
        if self.ends is None:
            self.ends = time.monotonic() + self.seconds
        return self.ends - time.monotonic()
