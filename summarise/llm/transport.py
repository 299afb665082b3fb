"""The HTTP client under the openai client: one deadline for the whole exchange, retries that
keep to it, and a cap on the size of an answer.

The openai client's own timeout bounds each read: a server that sends a byte now and then is
never timed out, and every retry starts a new wait. Here every request gets the time left as its
timeouts, a watchdog closes an answer still being read at the deadline, no request starts past
it, and a request that timed out is not sent again. An answer is read to `max_bytes` at most
(after decompression); past that it is refused, unread.

Imported only when the LLM engine runs (it needs openai and its HTTP library).
"""

from __future__ import annotations

import contextlib
import email.utils
import importlib
import random
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import openai

from ..pacing import wait_turn
from .deadline import RETRY_STATUSES, Deadline

# The HTTP library the installed openai client is built on: httpx2 (openai 3) or httpx (before).
http: Any = importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])

INITIAL_BACKOFF_SECONDS = 0.5  # doubled at each retry, at most MAX_BACKOFF_SECONDS
MAX_BACKOFF_SECONDS = 8.0


class AnswerTooLarge(openai.APIError):
    """An answer past the size cap (an OpenAIError, so that the openai client passes it on)."""

    def __init__(self, request: Any, limit: int) -> None:
        super().__init__(
            f"sent an answer larger than {limit:,} bytes; it was not read past that",
            request,
            body=None,
        )


class UnreadableAnswer(openai.APIError):
    def __init__(self, request: Any, why: str) -> None:
        super().__init__(why, request, body=None)


class DeadlineClient(http.Client):
    """An HTTP client whose requests all end by one deadline, retried within it."""

    def __init__(
        self,
        deadline: Deadline,
        *,
        retries: int,
        max_bytes: int,
        on_send: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.deadline = deadline
        self.retries = retries
        self.max_bytes = max_bytes
        self.on_send = on_send  # told of every request sent, retries included

    def send(self, request: Any, *, stream: bool = False, **kwargs: Any) -> Any:
        for attempt in range(self.retries + 1):
            if not wait_turn(self.deadline.left):  # `summarise batch --rpm`
                raise openai.APITimeoutError(request=request)
            self._bound(request)
            if self.on_send is not None:
                self.on_send()
            try:
                response = super().send(request, stream=True, **kwargs)
            except http.TimeoutException as error:
                raise openai.APITimeoutError(request=request) from error
            except http.TransportError:  # refused, reset, closed without an answer
                if not self._pause(attempt, None):
                    raise
                continue
            if self._pause(attempt, response):
                response.close()
                continue
            response.stream = GuardedStream(response, request, self.deadline, self.max_bytes)
            if stream:
                return response
            try:
                response.read()
            except http.TransportError:  # broken off while the body was read
                response.close()
                if not self._pause(attempt, None):
                    raise
                continue
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _bound(self, request: Any) -> None:
        """Refuse to start past the deadline; give the request the time left as its timeouts."""
        left = self.deadline.left()
        if left <= 0:
            raise openai.APITimeoutError(request=request)
        timeouts = dict(request.extensions.get("timeout") or {})
        for name in ("connect", "read", "write", "pool"):
            given = timeouts.get(name)
            timeouts[name] = left if given is None else min(given, left)
        request.extensions = {**request.extensions, "timeout": timeouts}
        request.headers["Accept-Encoding"] = "identity"  # bytes counted are bytes meant

    def _pause(self, attempt: int, response: Any) -> bool:
        """Wait before a retry and say True; or False: no retry is due, none is left, or the
        wait (the server's Retry-After, else back-off) would end past the deadline."""
        if attempt >= self.retries:
            return False
        if response is not None and not _retryable(response):
            return False
        wait = _server_wait(response.headers) if response is not None else None
        if wait is None:
            wait = min(INITIAL_BACKOFF_SECONDS * 2**attempt, MAX_BACKOFF_SECONDS)
            wait *= 1 - 0.25 * random.random()
        if wait >= self.deadline.left():
            return False
        time.sleep(max(wait, 0.0))
        return True


def _retryable(response: Any) -> bool:
    told = response.headers.get("x-should-retry")
    if told in ("true", "false"):
        return told == "true"
    return bool(response.status_code in RETRY_STATUSES or response.status_code >= 500)


def _server_wait(headers: Any) -> float | None:
    """Seconds the server asks to wait (retry-after-ms, retry-after in seconds or as a date)."""
    try:
        return float(headers["retry-after-ms"]) / 1000
    except (KeyError, TypeError, ValueError):
        pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        when = email.utils.parsedate_tz(value)
        return None if when is None else email.utils.mktime_tz(when) - time.time()


class GuardedStream(http.SyncByteStream):
    """An answer's body, read by the deadline and to the size cap, decompressed here (so that
    the cap counts what is decoded: a small compressed body cannot expand without bound)."""

    def __init__(self, response: Any, request: Any, deadline: Deadline, max_bytes: int) -> None:
        self.inner = response.stream
        self.request = request
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.decoder = _decoder(response, request, max_bytes)
        network = response.extensions.get("network_stream")
        self.socket = network.get_extra_info("socket") if network is not None else None
        self.lock = threading.Lock()
        self.closed = False
        self.cut = False

    def __iter__(self) -> Iterator[bytes]:
        watchdog = threading.Timer(max(self.deadline.left(), 0.0), self._cut)
        watchdog.daemon = True
        watchdog.start()
        read = 0
        try:
            for chunk in self._decoded():
                read += len(chunk)
                if read > self.max_bytes:
                    raise AnswerTooLarge(self.request, self.max_bytes)
                if self.cut or self.deadline.left() <= 0:
                    raise openai.APITimeoutError(request=self.request)
                yield chunk
            if self.cut:  # an answer without a length ends at the cut as if it were whole
                raise openai.APITimeoutError(request=self.request)
        except openai.OpenAIError:
            raise
        except Exception as error:
            if self.cut or isinstance(error, http.TimeoutException):
                raise openai.APITimeoutError(request=self.request) from error
            raise
        finally:
            watchdog.cancel()

    def _decoded(self) -> Iterator[bytes]:
        for chunk in self.inner:
            yield self.decoder(chunk) if self.decoder else chunk
        if self.decoder:
            yield self.decoder(None)

    def _cut(self) -> None:
        """At the deadline: shut the connection, which ends a read blocked on it."""
        with self.lock:
            if self.closed or self.socket is None:
                return
            self.cut = True
            # socket.socket's own shutdown: an SSLSocket's would unset its state under a read.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(self.socket, socket.SHUT_RDWR)

    def close(self) -> None:
        with self.lock:
            self.closed = True
        self.inner.close()


def _decoder(response: Any, request: Any, max_bytes: int) -> Any:
    """A bounded decoder for a gzip or deflate body (sent although identity was asked for), or
    None for a plain one. The Content-Encoding header goes: the body handed on is decoded."""
    encodings = [
        value.strip().lower()
        for value in response.headers.get("content-encoding", "").split(",")
        if value.strip() and value.strip().lower() != "identity"
    ]
    if not encodings:
        return None
    if encodings not in (["gzip"], ["deflate"], ["x-gzip"]):
        raise UnreadableAnswer(
            request, f"answered in an encoding it was not asked for: {encodings}"
        )
    del response.headers["content-encoding"]
    inflate = zlib.decompressobj(47)  # gzip or zlib header, detected

    def decode(chunk: bytes | None) -> bytes:
        try:
            data = inflate.flush() if chunk is None else inflate.decompress(chunk, max_bytes + 1)
        except zlib.error as error:
            raise UnreadableAnswer(
                request, f"sent a body that does not decompress: {error}"
            ) from None
        if inflate.unconsumed_tail:  # one chunk alone expands past the cap
            raise AnswerTooLarge(request, max_bytes)
        return data

    return decode


def deadline_client(
    deadline: Deadline,
    *,
    retries: int,
    max_bytes: int,
    timeout: float,
    auth: tuple[str, str] | None = None,
    on_send: Callable[[], None] | None = None,
) -> Any:
    """The HTTP client for openai.OpenAI(http_client=...), with openai's own connection limits."""
    return DeadlineClient(
        deadline,
        retries=retries,
        max_bytes=max_bytes,
        on_send=on_send,
        timeout=timeout,
        auth=auth,
        follow_redirects=True,
        limits=http.Limits(max_connections=1000, max_keepalive_connections=100),
    )
