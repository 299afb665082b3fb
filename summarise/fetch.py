"""Fetch one URL input within a deadline, from connecting to its last byte.

urllib's `timeout` bounds each socket operation, not the whole fetch: a server that trickles a
byte every few seconds would never time out. Here a watchdog timer shuts the connection's socket
when the deadline passes (ending a read in progress, or a server trickling its headers or its
TLS handshake), each read gets only the time left, the body is read to a byte cap, redirects go
to http and https only, and a `user:password@` in the URL becomes an Authorization header that
is not repeated to a redirect's host.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError
from .redact import basic_token, redact, split_credentials, strip_credentials

USER_AGENT = "summarise (+https://pypi.org/project/summarise/)"


def fetch(
    url: str, shown: str, *, timeout: float, max_bytes: int
) -> tuple[bytes, str | None, str | None]:
    """The body, content type (None when the server gives none) and charset of `url`, read
    within one deadline of `timeout` seconds from connecting to the last byte. `shown` is the
    URL as messages may show it (no password)."""
    deadline = _Deadline(timeout)
    timer = threading.Timer(timeout, deadline.expire)
    timer.daemon = True
    timer.start()
    try:
        with _opener(deadline).open(_request(url), timeout=timeout) as response:
            content_type = (
                response.headers.get_content_type()
                if response.headers.get("Content-Type")
                else None
            )
            charset = response.headers.get_content_charset()
            data = _read_body(response, deadline, max_bytes, shown)
    except urllib.error.HTTPError as error:
        error.close()
        if deadline.expired:
            raise InputError(f"{shown}: did not finish within {timeout:g} s") from None
        raise InputError(f"{shown}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        if deadline.expired or isinstance(getattr(error, "reason", error), TimeoutError):
            raise InputError(f"{shown}: did not finish within {timeout:g} s") from None
        reason = getattr(error, "reason", None) or error
        raise InputError(f"{shown}: cannot fetch ({redact(str(reason))})") from None
    finally:
        timer.cancel()
        deadline.close()
    if deadline.expired:
        raise InputError(f"{shown}: did not finish within {timeout:g} s")
    return data, content_type, charset


def _read_body(response: Any, deadline: _Deadline, max_bytes: int, shown: str) -> bytes:
    """Chunk by chunk, each read given only the time left; a body cut short is an error."""
    chunks: list[bytes] = []
    total = 0
    while True:
        deadline.limit_next_read()
        chunk = response.read1(65_536)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise InputError(f"{shown}: page is larger than {size_text(max_bytes)}")
        chunks.append(chunk)
    if not deadline.expired and getattr(response, "length", None):
        raise InputError(f"{shown}: cannot fetch (the connection closed before the page ended)")
    return b"".join(chunks)


def _request(url: str) -> urllib.request.Request:
    """A request without `user:password@` in its address; a password goes in an Authorization
    header that is not repeated to a redirect's host."""
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise InputError(f"{redact(strip_credentials(url))}: not a valid URL ({error})") from None
    if not parts.hostname:
        raise InputError(f"{redact(strip_credentials(url))}: not a valid URL (no host)")
    address, credentials = split_credentials(url)
    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT})
    if credentials:
        request.add_unredirected_header("Authorization", f"Basic {basic_token(*credentials)}")
    return request


class _Deadline:
    """One URL's deadline. A watchdog timer shuts the connection's socket when it passes (that
    ends a read in progress, and a server trickling its headers); each body read also gets only
    the time left as its socket timeout."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.expired = False
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []  # duplicates of the connections' sockets
        self._live: socket.socket | None = None  # the socket the response reads from

    def watch(self, sock: socket.socket) -> None:
        """Keep a duplicate of a new connection's socket: shutting it ends the connection even
        once TLS has taken the original over."""
        with self._lock:
            self._watched.append(sock.dup())
            if self.expired:
                self._shut()

    def reading_from(self, sock: socket.socket) -> None:
        self._live = sock

    def left(self) -> float:
        return max(self.end - time.monotonic(), 0.001)

    def limit_next_read(self) -> None:
        if self.end <= time.monotonic():
            self.expire()
        if self._live is not None:
            self._live.settimeout(self.left())

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        for sock in self._watched:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        with self._lock:
            for sock in self._watched:
                sock.close()
            self._watched.clear()


class _Watched:
    """A connection that connects within the time left and lets the deadline shut its socket
    (for HTTPS, the socket is watched before the TLS handshake)."""

    sock: Any
    timeout: Any

    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self._create_connection = self._watched_connection

    def _watched_connection(self, *args: Any, **kwargs: Any) -> socket.socket:
        sock = socket.create_connection(*args, **kwargs)
        self._deadline.watch(sock)
        return sock

    def connect(self) -> None:
        self.timeout = self._deadline.left()
        super().connect()  # type: ignore[misc]
        self._deadline.reading_from(self.sock)


class _DeadlineHTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _DeadlineHTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_DeadlineHTTPConnection, deadline=self._deadline), req
        )


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_DeadlineHTTPSConnection, deadline=self._deadline),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http and https only (urllib would follow one to ftp, without a deadline)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            raise urllib.error.HTTPError(
                newurl, code, "redirect to a URL that is not http or https", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        _Redirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def size_text(count: int) -> str:
    """A size as messages show it: bytes when small, MB past 100 kB."""
    return f"{count / 1e6:,.1f} MB" if count >= 100_000 else f"{count:,} bytes"
