"""summarise: many news reports of one event in, one cited event brief out.

    >>> import summarise
    >>> event = summarise.brief(["seeds/"])          # doctest: +SKIP
    >>> markdown = summarise.render(event, "md")     # doctest: +SKIP

Names are imported on first use, so that `summarise --help` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Article",
    "ConfigurationError",
    "EventBrief",
    "GroundingError",
    "InputError",
    "ProviderError",
    "SummariseError",
    "__version__",
    "brief",
    "render",
]

if TYPE_CHECKING:
    from .api import brief, render
    from .errors import (
        ConfigurationError,
        GroundingError,
        InputError,
        ProviderError,
        SummariseError,
    )
    from .ingest import Article
    from .schema import EventBrief

_LAZY = {
    "brief": "api",
    "render": "api",
    "EventBrief": "schema",
    "Article": "ingest",
    "SummariseError": "errors",
    "ConfigurationError": "errors",
    "InputError": "errors",
    "ProviderError": "errors",
    "GroundingError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")
