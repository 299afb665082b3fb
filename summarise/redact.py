"""One redaction for every string that leaves the process: stderr, logs, warnings, the brief.

What counts as a secret: the API key in use (wherever it appears, even inside a provider's echo
of the request), anything shaped like a bearer token or a common API key, and the password of a
URL (`http://user:secret@host/`). The key itself is matched exactly; the shapes catch keys we
were never told about, such as one a misconfigured server echoes from its own environment.
"""

from __future__ import annotations

import re
from base64 import b64encode
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit, urlunsplit

REDACTED = "[redacted]"
MIN_SECRET_CHARS = 8  # a shorter "key" (a placeholder such as "none") would redact ordinary words

# Shapes of credentials: OpenAI-style keys (sk-, sk-proj-), other vendors' prefixes, bearer and
# basic authorisation values, and key=value pairs in query strings.
_KEY_SHAPES = re.compile(
    r"(?:\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{16,}"
    r"|\b(?:AKIA|ghp_|gho_|ghs_|github_pat_|xox[abpr]-|glpat-|hf_)[A-Za-z0-9_\-]{12,}"
    r"|\bAIza[A-Za-z0-9_\-]{30,})"
)
_AUTH_VALUE = re.compile(r"(?i)\b(bearer|basic|token)(\s+)[A-Za-z0-9_\-.=+/~]{8,}")
_QUERY_SECRET = re.compile(
    r"(?i)([?&](?:api[_-]?key|key|token|access_token|secret|password|sig)=)[^&#\s]+"
)
# scheme://user:password@host: the password goes; the user name stays (it helps to debug).
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@]*):[^/\s@]+@")


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with every known secret and every credential-shaped string replaced."""
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET_CHARS and secret in text:
            text = text.replace(secret, REDACTED)
    text = _URL_CREDENTIALS.sub(rf"\1:{REDACTED}@", text)
    text = _AUTH_VALUE.sub(rf"\1\2{REDACTED}", text)
    text = _QUERY_SECRET.sub(rf"\1{REDACTED}", text)
    return _KEY_SHAPES.sub(REDACTED, text)


def strip_credentials(url: str) -> str:
    """A URL for display: any `user:password@` removed (not just the password)."""
    return re.sub(r"(?i)^([a-z][a-z0-9+.\-]*://)[^/\s@]*@", r"\1", url)


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without `user:password@`, and that user and password (decoded), if any: they
    go in an Authorization header, never in an address that messages and logs may show."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None
    bare = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return bare, (unquote(parts.username or ""), unquote(parts.password or ""))


def basic_token(user: str, password: str) -> str:
    """The value of HTTP Basic authentication for a user and password."""
    return b64encode(f"{user}:{password}".encode()).decode("ascii")
