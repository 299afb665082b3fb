"""The offline engine: no network, no key. Fills every field of the brief from evidence."""

from __future__ import annotations

from ..config import Settings
from ..evidence import EvidenceSet
from ..schema import EventBrief, Grounding, Provenance, Statement
from ..segment import content_tokens
from .casualties import all_figures, extract_casualties
from .common import shorten
from .disputes import extract_disputes
from .names import collect_entities
from .reactions import extract_reactions
from .what import extract_what
from .when import dated_sentences, extract_when, reference_dates
from .who_where import extract_where, extract_who, salience

__all__ = ["extractive_brief", "headline"]


def extractive_brief(evidence: EvidenceSet, settings: Settings) -> EventBrief:
    """A full brief from evidence; sources and grounding are added by the pipeline."""
    # Found once, shared: entities (who, where, reactions), sentence weights (who, where),
    # figures (casualties, disputes), dated sentences (when, disputes).
    entities = collect_entities(evidence)
    weight = salience(evidence)
    figures = all_figures(evidence)
    references, warnings = reference_dates(evidence)
    dated = dated_sentences(evidence, references)
    what = extract_what(evidence, settings.what_words, settings.summariser)
    return EventBrief(
        headline=headline(evidence, what),
        what=what,
        who=extract_who(evidence, entities, weight),
        when=extract_when(evidence, dated),
        where=extract_where(evidence, entities, weight),
        casualties=extract_casualties(evidence, figures),
        reactions=extract_reactions(evidence, entities),
        disputes=extract_disputes(evidence, figures, dated),
        provenance=Provenance(
            engine="extractive",
            model=f"sumy-{settings.summariser}",
            warnings=warnings,
            grounding=Grounding(verified=False),
        ),
    )


def headline(evidence: EvidenceSet, what: list[Statement]) -> str:
    """The article title closest to the summary, else the summary's first statement, shortened."""
    summary_tokens = set(content_tokens(" ".join(statement.text for statement in what)))
    titles = [article.title for article in evidence.articles if article.title]
    if titles and summary_tokens:

        def overlap(title: str) -> float:
            tokens = set(content_tokens(title))
            return len(tokens & summary_tokens) / (len(tokens) or 1)

        best = max(titles, key=overlap)
        if overlap(best) > 0:
            return best
    if what:
        return shorten(what[0].text, 16)
    return titles[0] if titles else "Untitled event"
