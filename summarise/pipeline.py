"""The one orchestrator: ingest -> evidence -> engine -> verify.

The CLI and the Python API both call `build_brief`; nothing here prints.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from .clustering import several_events
from .config import Settings
from .errors import ProviderError
from .evidence import EvidenceSet, build_evidence
from .ingest import Article, ArticleInput, IngestResult, StdinInput, load_articles
from .redact import redact
from .revised import mark_revised, mark_revised_sides
from .schema import Dropped, EventBrief, Source, Usage
from .verify import ground_brief, text_sha256

log = logging.getLogger("summarise")
_REMOVED_REASONS = {
    "photo caption": "photo caption, kept out of the article body",
    "photo credit": "photo credit, kept out of the article body",
    "boilerplate": "page furniture (link text, separator, 'Enlarge image' ...), not article text",
    "signature": "author or agency signature at the end of the article",
    "byline": "byline, kept out of the article body",
    "beyond the length limit": "past --max-article-chars: not read",
}
# A removed stretch longer than this is listed by its start and its length, not in full.
MAX_LISTED_CHARS = 300


def build_brief(
    inputs: ArticleInput | Sequence[ArticleInput],
    settings: Settings,
    *,
    stdin: StdinInput | None = None,
    on_partial: Callable[[Any], None] | None = None,
) -> EventBrief:
    """Read `inputs`, group evidence, run the engine, verify every citation."""
    started = time.perf_counter()
    ingested = load_articles(
        inputs, stdin=stdin, limits=settings.limits, timeout=settings.fetch_timeout
    )
    log.debug(
        "ingest: %d articles in %.2f s", len(ingested.articles), time.perf_counter() - started
    )
    return brief_from_articles(ingested, settings, on_partial=on_partial)


def brief_from_articles(
    ingested: IngestResult,
    settings: Settings,
    *,
    on_partial: Callable[[Any], None] | None = None,
) -> EventBrief:
    articles = ingested.articles
    started = time.perf_counter()
    evidence = build_evidence(articles)
    log.debug(
        "evidence: %d sentences in %d items (%d carried by several sources) in %.2f s",
        sum(len(item.members) for item in evidence.items),
        len(evidence.items),
        sum(len(set(item.source_ids)) > 1 for item in evidence.items),
        time.perf_counter() - started,
    )
    warnings = list(ingested.warnings)
    mixed = several_events(articles)  # still briefed, as asked; the reader is told
    if mixed is not None:
        warnings.append(mixed)
    if settings.chosen_engine() == "llm":
        from .llm import llm_brief  # deferred: openai and instructor load only for the LLM

        asked = time.perf_counter()
        try:
            brief = llm_brief(evidence, settings, on_partial=on_partial)
            if not brief.headline.strip():  # a salvaged draft may have lost it
                from .extractive import headline

                brief.headline = headline(evidence, brief.what)
        except ProviderError as error:
            if not settings.fallback:
                raise
            spent = time.perf_counter() - asked
            warnings.append(
                f"the LLM engine failed after {error.requests} request(s) in {spent:.0f} s "
                f"({error}); this brief was written by the offline extractive engine instead"
            )
            brief = _extractive(evidence, settings)
            brief.provenance.usage = Usage(  # what the failed exchange spent
                requests=error.requests,
                input_tokens=error.input_tokens,
                output_tokens=error.output_tokens,
            )
    else:
        brief = _extractive(evidence, settings)
    if len(articles) == 1:
        warnings.append("only one source: nothing could be cross-checked against another outlet")
    brief.provenance.warnings = [
        redact(warning, [settings.api_key]) for warning in warnings + brief.provenance.warnings
    ]
    for dropped in brief.provenance.dropped:  # reasons may quote a provider's answer
        dropped.reason = redact(dropped.reason, [settings.api_key])
    brief.provenance.dropped = _removed(articles) + brief.provenance.dropped
    _mark_by_the_days(brief, evidence)
    brief.sources = sources_of(evidence, embed=settings.embed_sources)
    grounded = ground_brief(brief, {article.id: article.text for article in articles})
    log.debug("engine %s, grounding: %s", grounded.provenance.engine, grounded.provenance.grounding)
    return grounded


def _mark_by_the_days(brief: EventBrief, evidence: EvidenceSet) -> None:
    """Whichever engine wrote the brief, by code from the reports' own days: dates of earlier
    events marked and listed last (`when.mark_background`), and figures their own voice later
    revised marked and listed after those that stand, with the dispute sides that give them
    (`revised`)."""
    from .extractive.when import mark_background, reference_dates

    published, _ = reference_dates(evidence)
    brief.when = mark_background(brief.when, published)
    brief.casualties = mark_revised(brief.casualties, published)
    brief.disputes = mark_revised_sides(brief.disputes, brief.casualties)


def _extractive(evidence: EvidenceSet, settings: Settings) -> EventBrief:
    from .extractive import extractive_brief  # deferred: sumy and the gazetteer load here

    return extractive_brief(evidence, settings)


def sources_of(evidence: EvidenceSet, *, embed: bool) -> list[Source]:
    return [
        Source(
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            published=article.published,
            url=redact(article.url) if article.url else None,  # no password of a URL input
            path=article.path,
            copy_of=evidence.copies.copy_of.get(article.id),
            copy_basis=evidence.copies.basis.get(article.id),
            same_text_as=evidence.copies.shared.get(article.id, []),
            sha256=text_sha256(article.text),
            text=article.text if embed else None,
        )
        for article in evidence.articles
    ]


def _listed(text: str) -> str:
    if len(text) <= MAX_LISTED_CHARS:
        return text
    return f"{text[:MAX_LISTED_CHARS]} … ({len(text):,} characters in all)"


def _removed(articles: list[Article]) -> list[Dropped]:
    """Lines ingest kept out of the article bodies, listed so that nothing is silently lost."""
    return [
        Dropped(
            kind=kind,
            source_id=article.id,
            text=_listed(article.text[span.start : span.end].strip()),
            reason=_REMOVED_REASONS.get(kind, kind),
        )
        for article in articles
        for kind, span in article.removed
    ]
