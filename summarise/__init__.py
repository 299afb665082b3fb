"""summarise: many news reports of one event in, one cited event brief out.

    >>> import summarise
    >>> event = summarise.brief(["seeds/"])          # doctest: +SKIP
    >>> markdown = summarise.render(event, "md")     # doctest: +SKIP
    >>> issue = summarise.newsletter([event])        # doctest: +SKIP
    >>> events = summarise.cluster(["feed.jsonl"])   # doctest: +SKIP

Names are imported on first use, so that `summarise --help` stays fast. No submodule shares a
name with a public function (`rendering`, `newsletters`), so that importing one never shadows
`summarise.render` or `summarise.newsletter`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Article",
    "ConfigurationError",
    "EventBrief",
    "EventCluster",
    "GroundingError",
    "InputError",
    "OptionError",
    "ProviderError",
    "SummariseError",
    "__version__",
    "brief",
    "cluster",
    "newsletter",
    "render",
]

if TYPE_CHECKING:
    from .api import brief, cluster, render
    from .clustering import EventCluster
    from .errors import (
        ConfigurationError,
        GroundingError,
        InputError,
        OptionError,
        ProviderError,
        SummariseError,
    )
    from .ingest import Article
    from .newsletters import newsletter
    from .schema import EventBrief

_LAZY = {
    "brief": "api",
    "render": "api",
    "cluster": "api",
    "EventCluster": "clustering",
    "newsletter": "newsletters",
    "EventBrief": "schema",
    "Article": "ingest",
    "SummariseError": "errors",
    "ConfigurationError": "errors",
    "InputError": "errors",
    "OptionError": "errors",
    "ProviderError": "errors",
    "GroundingError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")
