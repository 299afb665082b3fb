"""Settings, resolved once per call into a frozen object.

An explicit argument beats an environment variable; nothing is read at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import ConfigurationError

EngineName = Literal["auto", "extractive", "llm"]
ENGINES: tuple[str, ...] = ("auto", "extractive", "llm")
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_WHAT_WORDS = 120
SUMMARISERS: tuple[str, ...] = ("lexrank", "textrank", "lsa", "luhn")
MODES: tuple[str, ...] = ("tools", "json", "md_json")
DEFAULT_MAX_TOKENS_IN = 12_000
DEFAULT_REASKS = 2  # instructor re-asks after a draft fails validation
DEFAULT_HTTP_RETRIES = 3  # the openai client's own retries (429, 5xx, timeouts), with back-off
DEFAULT_TIMEOUT_SECONDS = 120.0


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
    mode: str = "tools"
    max_tokens_in: int = DEFAULT_MAX_TOKENS_IN
    fallback: bool = True
    reasks: int = DEFAULT_REASKS
    http_retries: int = DEFAULT_HTTP_RETRIES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    client: Any = field(default=None, repr=False, compare=False)  # a caller's openai.OpenAI
    limits: Limits = field(default_factory=Limits)

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
    engine = (engine or "auto").lower()
    if engine not in ENGINES:
        raise ConfigurationError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    summariser = (summariser or "lexrank").lower()
    if summariser not in SUMMARISERS:
        raise ConfigurationError(
            f"unknown summariser {summariser!r}: choose one of {', '.join(SUMMARISERS)}"
        )
    if what_words is not None and what_words < 10:
        raise ConfigurationError("--what-words must be at least 10")
    mode = (mode or "tools").lower().replace("-", "_")
    if mode not in MODES:
        raise ConfigurationError(f"unknown mode {mode!r}: choose one of {', '.join(MODES)}")
    if max_tokens_in is not None and max_tokens_in < 1000:
        raise ConfigurationError("--max-tokens-in must be at least 1000")
    if engine == "llm" and not (
        api_key or base_url or client or env.get("OPENAI_API_KEY") or env.get("OPENAI_BASE_URL")
    ):
        raise ConfigurationError(
            "the LLM engine needs OPENAI_API_KEY or OPENAI_BASE_URL (or --api-key / --base-url)"
        )

    resolved_base = base_url or env.get("OPENAI_BASE_URL") or None
    if api_key:
        resolved_key: str | None = api_key
    elif base_url:  # explicit custom endpoint: never hand it the default key
        resolved_key = None
    else:
        resolved_key = env.get("OPENAI_API_KEY") or None
    return Settings(
        engine=engine,  # type: ignore[arg-type]  # checked against ENGINES above
        api_key=resolved_key,
        base_url=resolved_base,
        model=model or env.get("SUMMARISE_MODEL") or DEFAULT_MODEL,
        what_words=what_words or DEFAULT_WHAT_WORDS,
        summariser=summariser,
        embed_sources=embed_sources,
        mode=mode,
        max_tokens_in=max_tokens_in or DEFAULT_MAX_TOKENS_IN,
        fallback=fallback,
        reasks=DEFAULT_REASKS if reasks is None else reasks,
        http_retries=DEFAULT_HTTP_RETRIES if http_retries is None else http_retries,
        timeout=timeout or DEFAULT_TIMEOUT_SECONDS,
        client=client,
        limits=limits or Limits(),
    )
