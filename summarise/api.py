"""The Python API a newsletter pipeline calls: `brief(...)`, `render(...)` and `cluster(...)`
(and `summarise.newsletter(...)`, in `newsletters.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

from .clustering import EventCluster, cluster_articles
from .config import Limits, resolve_settings
from .ingest import Article, StdinInput, load_articles
from .pipeline import build_brief
from .rendering import render as _render
from .schema import EventBrief

Input = str | Path | Mapping[str, Any] | Article


def brief(
    inputs: Input | Sequence[Input],
    *,
    what_words: int | None = None,
    summariser: str | None = None,
    embed_sources: bool = False,
    engine: str | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    mode: str | None = None,
    max_tokens_in: int | None = None,
    fallback: bool = True,
    reasks: int | None = None,
    http_retries: int | None = None,
    timeout: float | None = None,
    client: Any = None,
    limits: Limits | None = None,
    stdin: StdinInput | None = None,
    on_partial: Callable[[Any], None] | None = None,
) -> EventBrief:
    """Write one cited event brief from many reports of the same event.

    `inputs` is a path (file, directory or glob), an article mapping such as
    `{"text": ..., "title": ..., "outlet": ..., "published": "2024-02-08", "url": ...}`
    (only `text` is required), an `Article`, or a list mixing them.

    With `api_key` / `base_url` (or OPENAI_API_KEY / OPENAI_BASE_URL) or your own `client`
    (an `openai.OpenAI`), an LLM writes the brief; otherwise the offline engine does. `mode` is
    "auto" (default: "json_schema" for a server on this machine or network, else "tools"),
    "tools", "json_schema", "json" or "md_json"; `reasks` bounds the re-asks after a draft
    fails validation (default 2); `fallback=False` raises instead of falling back to the
    offline engine when the LLM cannot be reached; `on_partial` receives the draft as it
    streams in. Raises
    `summarise.SummariseError` (with a one-line message) on input that cannot be briefed.

    >>> import summarise
    >>> event = summarise.brief("seeds/")                        # doctest: +SKIP
    >>> print(summarise.render(event, "md"))                    # doctest: +SKIP
    """
    settings = resolve_settings(
        engine=engine,
        api_key=api_key,
        base_url=base_url,
        model=model,
        what_words=what_words,
        summariser=summariser,
        embed_sources=embed_sources,
        mode=mode,
        max_tokens_in=max_tokens_in,
        fallback=fallback,
        reasks=reasks,
        http_retries=http_retries,
        timeout=timeout,
        client=client,
        limits=limits,
    )
    # Inputs go to ingest as given: it takes one bare input or a list, and names anything else.
    return build_brief(inputs, settings, stdin=stdin, on_partial=on_partial)


def render(
    event: EventBrief,
    fmt: str = "md",
    *,
    width: int | None = None,
    template: str | PathLike[str] | None = None,
) -> str:
    """Render a brief as `"md"` (newsletter Markdown), `"json"`, `"text"` (wrapped at `width`
    columns, default 80) or `"html"` (one self-contained page; `template` replaces its Jinja2
    template). Raises `summarise.SummariseError` for an unknown format or something that is not
    a brief."""
    return _render(event, fmt, width=width, template=template)


def cluster(
    inputs: Input | Sequence[Input],
    *,
    limits: Limits | None = None,
    timeout: float | None = None,
    stdin: StdinInput | None = None,
) -> list[EventCluster]:
    """Sort a mixed set of articles (a day's feed) into events, largest first. Each
    `EventCluster` has a stable `id` (the same articles give the same id), a `label` (the title
    of its most central article) and its `articles`; every article is in exactly one cluster,
    and a cluster may hold one article. `inputs` are read as by `brief`.

    >>> import summarise
    >>> for event in summarise.cluster("feed.jsonl"):             # doctest: +SKIP
    ...     print(event.id, event.size, event.label)
    """
    settings = resolve_settings(limits=limits, timeout=timeout)
    read = load_articles(
        inputs, stdin=stdin, limits=settings.limits, timeout=settings.fetch_timeout
    )
    return cluster_articles(read.articles)
