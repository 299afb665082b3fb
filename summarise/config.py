"""Settings, resolved once per call into a frozen object.

An explicit argument beats an environment variable; nothing is read at import time.
"""

from __future__ import annotations

import inspect
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal
from urllib.parse import urlsplit

from .errors import ConfigurationError, OptionError
from .redact import redact, strip_credentials

EngineName = Literal["auto", "extractive", "llm"]
ENGINES: tuple[str, ...] = ("auto", "extractive", "llm")
DEFAULT_MODEL = "gpt-4o-mini"
# The length of a multi-document news summary: the MultiLing 2011 human summaries are 241-250
# words. Room for the event and what followed it in a story told over days: at 180 words, six
# statements left out developments an editor would insist on (answer-key facts found at 180 /
# 250 words: 120 / 122 of 147 on the development topics, 329 / 339 of 410 on S1-S18, 35 / 37
# of 46 on S19-S20; 120 words had held four statements).
DEFAULT_WHAT_WORDS = 250
SUMMARISERS: tuple[str, ...] = ("lexrank", "textrank", "lsa", "luhn")
# How the model returns the draft. "auto" picks per endpoint (`default_mode`).
MODES: tuple[str, ...] = ("auto", "tools", "json_schema", "json", "md_json")
DEFAULT_MAX_TOKENS_IN = 12_000
DEFAULT_REASKS = 2  # instructor re-asks after a draft fails validation
DEFAULT_HTTP_RETRIES = 3  # retries of a request (429, 5xx, dropped connections), with back-off
# The deadline of the whole LLM exchange: every request, re-ask and retry, first byte to last.
DEFAULT_TIMEOUT_SECONDS = 120.0
# A server on this machine or the local network (llama.cpp, Ollama, vLLM on a CPU) may spend
# minutes on the prompt alone: its default deadline is longer.
DEFAULT_LOCAL_TIMEOUT_SECONDS = 900.0
DEFAULT_FETCH_TIMEOUT_SECONDS = 20.0
MAX_TIMEOUT_SECONDS = 86_400.0
MAX_WHAT_WORDS = 10_000
MAX_TOKENS_IN = 2_000_000
MAX_RETRIES = 10


@dataclass(frozen=True)
class Limits:
    """How much input one brief reads. Past a limit: one clear error, or (for an article's
    length) the start of the article with a warning; never a silent cut."""

    max_articles: int = 10_000
    max_input_bytes: int = 100_000_000  # one file or page
    max_article_chars: int = 1_000_000  # of one article's body; the rest is listed as dropped


@dataclass(frozen=True)
class Settings:
    engine: EngineName = "auto"
    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    what_words: int = DEFAULT_WHAT_WORDS
    summariser: str = "lexrank"
    embed_sources: bool = False
    mode: str = "tools"  # resolved: never "auto"
    max_tokens_in: int = DEFAULT_MAX_TOKENS_IN
    fallback: bool = True
    reasks: int = DEFAULT_REASKS
    http_retries: int = DEFAULT_HTTP_RETRIES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    # Each URL input, from connecting to its last byte: the same --timeout when one is given,
    # else the shorter default (a news page that takes minutes is not coming).
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT_SECONDS
    client: Any = field(default=None, repr=False, compare=False)  # a caller's openai.OpenAI
    limits: Limits = field(default_factory=Limits)

    def __repr__(self) -> str:
        """The fields a log may show: no key, no client, no credentials of the base URL."""
        shown = []
        for item in fields(self):
            if item.repr:
                value = getattr(self, item.name)
                if item.name == "base_url" and value:
                    value = strip_credentials(value)
                shown.append(f"{item.name}={value!r}")
        return f"Settings({', '.join(shown)})"

    @property
    def llm_configured(self) -> bool:
        return bool(self.api_key or self.base_url or self.client is not None)

    def chosen_engine(self) -> Literal["extractive", "llm"]:
        """The engine `auto` stands for: the LLM when a key or base URL is configured."""
        if self.engine == "auto":
            return "llm" if self.llm_configured else "extractive"
        return self.engine


def resolve_settings(
    *,
    engine: str | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    what_words: int | None = None,
    summariser: str | None = None,
    embed_sources: bool = False,
    mode: str | None = None,
    max_tokens_in: int | None = None,
    fallback: bool = True,
    reasks: int | None = None,
    http_retries: int | None = None,
    timeout: float | None = None,
    client: Any = None,
    limits: Limits | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Merge explicit arguments over the environment and check that they make sense.

    A custom base URL never receives the default `OPENAI_API_KEY`: the key from the environment
    is used only when the base URL also comes from the environment (the user configured both
    together) or no base URL is set at all.
    """
    env = os.environ if environ is None else environ
    if not isinstance(env, Mapping):
        raise OptionError(f"environ must be a mapping, not {type(env).__name__}")
    engine = _choice("engine", engine, "auto", ENGINES)
    summariser = _choice("summariser", summariser, "lexrank", SUMMARISERS)
    mode = _choice("mode", mode, "auto", MODES)
    what_words = _whole("--what-words", what_words, 10, MAX_WHAT_WORDS)
    max_tokens_in = _whole("--max-tokens-in", max_tokens_in, 1000, MAX_TOKENS_IN)
    reasks = _whole("reasks", reasks, 0, MAX_RETRIES)
    http_retries = _whole("http_retries", http_retries, 0, MAX_RETRIES)
    timeout = seconds_setting("--timeout", timeout)
    for name, flag in (("embed_sources", embed_sources), ("fallback", fallback)):
        if not isinstance(flag, bool):
            raise OptionError(f"{name} must be True or False, not {_shown(flag)}")
    api_key = _text("--api-key", api_key, secret=True)
    model = _text("--model", model)
    base_url = _url("--base-url", _text("--base-url", base_url, secret=True))
    client = _client(client)
    if limits is not None and not isinstance(limits, Limits):
        raise OptionError(f"limits must be a summarise.Limits, not {_shown(limits)}")
    if engine == "llm" and not (
        api_key or base_url or client or env.get("OPENAI_API_KEY") or env.get("OPENAI_BASE_URL")
    ):
        raise ConfigurationError(
            "the LLM engine needs OPENAI_API_KEY or OPENAI_BASE_URL (or --api-key / --base-url)"
        )

    def from_env(name: str) -> str | None:
        """An environment variable, checked only when the LLM may use it."""
        value = env.get(name) or None
        if engine == "extractive":
            return value
        value = _text(name, value, secret=name != "SUMMARISE_MODEL")
        return _url(name, value) if name == "OPENAI_BASE_URL" else value

    resolved_base = base_url or from_env("OPENAI_BASE_URL")
    local = is_local_endpoint(resolved_base)
    if mode == "auto":
        mode = default_mode(resolved_base)
    if api_key:
        resolved_key: str | None = api_key
    elif base_url:  # explicit custom endpoint: never hand it the default key
        resolved_key = None
    else:
        resolved_key = from_env("OPENAI_API_KEY")
    return Settings(
        engine=engine,  # type: ignore[arg-type]  # checked against ENGINES above
        api_key=resolved_key,
        base_url=resolved_base,
        model=model or from_env("SUMMARISE_MODEL") or DEFAULT_MODEL,
        what_words=what_words or DEFAULT_WHAT_WORDS,
        summariser=summariser,
        embed_sources=embed_sources,
        mode=mode,
        max_tokens_in=max_tokens_in or DEFAULT_MAX_TOKENS_IN,
        fallback=fallback,
        reasks=DEFAULT_REASKS if reasks is None else reasks,
        http_retries=DEFAULT_HTTP_RETRIES if http_retries is None else http_retries,
        timeout=(DEFAULT_LOCAL_TIMEOUT_SECONDS if local else DEFAULT_TIMEOUT_SECONDS)
        if timeout is None
        else timeout,
        fetch_timeout=DEFAULT_FETCH_TIMEOUT_SECONDS if timeout is None else timeout,
        client=client,
        limits=limits or Limits(),
    )


def is_local_endpoint(base_url: str | None) -> bool:
    """A base URL on this machine or a private network: loopback, a private or link-local
    address, `localhost`, or a `.local` / `.internal` / `.lan` host name."""
    if not base_url:
        return False
    import ipaddress

    host = (urlsplit(base_url).hostname or "").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".lan")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def default_mode(base_url: str | None) -> str:
    """The mode for an endpoint when none is asked: a local server (llama.cpp, Ollama, vLLM)
    gets the draft's JSON Schema as `response_format`, which they enforce by grammar or
    structured outputs; OpenAI and other hosted APIs get a forced tool call."""
    return "json_schema" if is_local_endpoint(base_url) else "tools"


# Checks of one argument each: a wrong type or range is one ConfigurationError line, never a
# TypeError from deep inside the pipeline.


def _shown(value: object) -> str:
    """A bad value as an error names it: short, on one line."""
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return text.replace("\n", " ")


def _choice(name: str, value: object, default: str, choices: tuple[str, ...]) -> str:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise OptionError(f"{name} must be one of {', '.join(choices)}, not {_shown(value)}")
    chosen = value.lower().replace("-", "_") if name == "mode" else value.lower()
    if chosen not in choices:
        raise OptionError(f"unknown {name} {value!r}: choose one of {', '.join(choices)}")
    return chosen


def _whole(name: str, value: object, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise OptionError(
            f"{name} must be a whole number from {low:,} to {high:,}, not {_shown(value)}"
        )
    return value


def seconds_setting(name: str, value: object) -> float | None:
    """A number of seconds: finite, above 0, at most MAX_TIMEOUT_SECONDS; None stays None."""
    if value is None:
        return None
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if number is None or not math.isfinite(number) or not 0 < number <= MAX_TIMEOUT_SECONDS:
        raise OptionError(
            f"{name} must be a number of seconds above 0 and at most {MAX_TIMEOUT_SECONDS:,.0f}, "
            f"not {_shown(value)}"
        )
    return float(number)


def _text(name: str, value: object, *, secret: bool = False) -> str | None:
    """A string setting: None or empty for unset; no line breaks or control characters (they
    would break a request header). A secret's value is never repeated in the error."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise OptionError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip() or not value.isprintable():
        what = "is blank" if not value.strip() else "has a line break or control character"
        shown = "" if secret else f": {_shown(value)}"
        raise OptionError(f"{name} {what}{shown}")
    return value


def _url(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  # raises ValueError on a port that is not a number
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        shown = redact(strip_credentials(value))
        raise OptionError(
            f"{name} must be an http:// or https:// URL such as http://localhost:11434/v1, "
            f"not {_shown(shown)}"
        )
    return value


def _client(client: object) -> Any:
    """A caller's client must be a synchronous OpenAI-style client."""
    if client is None:
        return None
    create = getattr(getattr(getattr(client, "chat", None), "completions", None), "create", None)
    if not callable(create):
        raise OptionError(
            f"client must be an openai.OpenAI (an object with .chat.completions.create), "
            f"not {type(client).__name__}"
        )
    try:
        function = inspect.unwrap(create)  # openai's methods are wrapped
    except ValueError:  # a cycle of __wrapped__
        function = create
    if inspect.iscoroutinefunction(function):
        raise OptionError(
            f"client is asynchronous ({type(client).__name__}): pass a synchronous openai.OpenAI"
        )
    return client
