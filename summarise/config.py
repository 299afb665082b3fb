"""Settings, resolved once per call into a frozen object.

An explicit argument beats an environment variable; nothing is read at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .errors import ConfigurationError

EngineName = Literal["auto", "extractive", "llm"]
ENGINES: tuple[str, ...] = ("auto", "extractive", "llm")
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_WHAT_WORDS = 120
SUMMARISERS: tuple[str, ...] = ("lexrank", "textrank", "lsa", "luhn")


@dataclass(frozen=True)
class Settings:
    engine: EngineName = "auto"
    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    what_words: int = DEFAULT_WHAT_WORDS
    summariser: str = "lexrank"
    embed_sources: bool = False

    @property
    def llm_configured(self) -> bool:
        return bool(self.api_key or self.base_url)

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
    )
