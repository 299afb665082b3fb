"""One error tree, so callers can catch `SummariseError` and the CLI can print one clear line."""

from __future__ import annotations


class SummariseError(Exception):
    """Base of every error summarise raises on purpose."""


class ConfigurationError(SummariseError):
    """Settings that cannot work together (bad engine name, missing key for the LLM, ...)."""


class InputError(SummariseError):
    """Input that cannot be read as news articles."""


class ProviderError(SummariseError):
    """The LLM endpoint failed after retries."""


class GroundingError(SummariseError):
    """A citation does not hold against its source."""
