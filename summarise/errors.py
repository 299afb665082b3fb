"""One error tree, so callers can catch `SummariseError` and the CLI can print one clear line."""

from __future__ import annotations


class SummariseError(Exception):
    """Base of every error summarise raises on purpose."""


class ConfigurationError(SummariseError):
    """Settings that cannot work together (bad engine name, missing key for the LLM, ...)."""


class OptionError(ConfigurationError):
    """One setting's value is not one it takes (an unknown mode, a number out of range): the
    CLI's usage error, exit 2."""


class InputError(SummariseError):
    """Input that cannot be read as news articles."""


class ProviderError(SummariseError):
    """The LLM endpoint failed after retries. `requests` and the token counts say what was
    spent before it failed (the HTTP requests sent, retries included), so that a brief that
    falls back still reports them."""

    def __init__(
        self, message: str, *, requests: int = 0, input_tokens: int = 0, output_tokens: int = 0
    ) -> None:
        super().__init__(message)
        self.requests = requests
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens


class GroundingError(SummariseError):
    """A citation does not hold against its source."""
