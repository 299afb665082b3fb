"""The offline engine: no network, no key. Fills every field of the brief from evidence."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from ..config import Settings
from ..evidence import EvidenceSet, SentenceRef
from ..schema import Casualty, EventBrief, Grounding, Provenance, Statement
from ..segment import content_tokens
from .casualties import Figure, all_figures, extract_casualties, find_figures_in
from .common import shorten
from .disputes import extract_disputes
from .names import collect_entities
from .reactions import extract_reactions
from .what import extract_what
from .when import (
    dated_sentences,
    earlier_events,
    earlier_happenings,
    event_date,
    extract_when,
    read_against_the_event,
    reference_dates,
    told_on,
)
from .who_where import extract_where, extract_who, salience

__all__ = ["extractive_brief", "headline"]
# The best-ranked evidence items that stand for what most sources say (the headline's yardstick).
CORE_ITEMS = 30
# Reports published this many days either side of the event's day tell the event itself.
EVENT_WINDOW_DAYS = 1


def extractive_brief(evidence: EvidenceSet, settings: Settings) -> EventBrief:
    """A full brief from evidence; sources and grounding are added by the pipeline."""
    # Found once, shared: entities (who, where, reactions), sentence weights (who, where),
    # figures (casualties, disputes), dated sentences (when, disputes).
    entities = collect_entities(evidence)
    weight = salience(evidence)
    references, warnings = reference_dates(evidence)
    dated = dated_sentences(evidence, references)
    day = event_date(evidence, dated)
    dated = read_against_the_event(dated, day)
    figures = all_figures(evidence, dated)
    told_earlier = earlier_events(references, dated, day)
    earlier = told_on(evidence, told_earlier | _only_background(figures))
    # sentences of other incidents: a toll of an earlier year, or earlier happenings told so
    earlier_tolls = _of_an_earlier_year(figures)
    elsewhere = told_on(evidence, earlier_tolls | earlier_happenings(references, dated, day))
    what = extract_what(evidence, settings.what_words, settings.summariser, earlier)
    casualties = extract_casualties(evidence, figures, earlier)
    return EventBrief(
        headline=headline(evidence, what, day, casualties, references),
        what=what,
        who=extract_who(evidence, entities, weight, earlier),
        when=extract_when(evidence, dated, told_earlier, earlier_tolls),
        where=extract_where(evidence, entities, weight, earlier, elsewhere),
        casualties=casualties,
        reactions=extract_reactions(evidence, entities),
        disputes=extract_disputes(evidence, figures, dated, entities, earlier),
        provenance=Provenance(
            engine="extractive",
            model=f"sumy-{settings.summariser}",
            warnings=warnings,
            grounding=Grounding(verified=False),
        ),
    )


def _only_background(figures: list[Figure]) -> set[tuple[str, int]]:
    """Sentences (source id, position) whose every casualty figure is an earlier event's
    ("More than 220 people died when the MV Nyerere capsized in September 2018"): `what`
    leaves them out as it does the other sentences that tell earlier events."""
    return _every_figure_of(figures, lambda figure: figure.background is not None)


def _of_an_earlier_year(figures: list[Figure]) -> set[tuple[str, int]]:
    """Sentences (source id, position) whose every casualty figure is dated to a year before
    the event's ("In June 2023, 14 people were treated after a leak at a pool in Alzira"),
    not one it is counted since ("the deadliest on Turkey's railways since 2018"): another
    incident's toll."""
    return _every_figure_of(
        figures,
        lambda figure: (
            figure.of_an_earlier_year and not (figure.background or "").startswith("since")
        ),
    )


def _every_figure_of(figures: list[Figure], kind: Callable[[Figure], bool]) -> set[tuple[str, int]]:
    """Sentences (source id, position) with figures, every one of them of `kind`."""
    told: dict[tuple[str, int], list[bool]] = {}
    for figure in figures:
        told.setdefault((figure.ref.source_id, figure.ref.position), []).append(kind(figure))
    return {sentence for sentence, kinds in told.items() if all(kinds)}


def headline(
    evidence: EvidenceSet,
    what: list[Statement],
    day: date | None = None,
    casualties: Sequence[Casualty] = (),
    published: Mapping[str, date | None] | None = None,
) -> str:
    """The title that tells the main event: the one closest to what most sources say (the
    best-ranked evidence, weighted by how many independent sources carry it), from a report
    published near the event's day `day` (later reports headline what followed it). A title
    whose count the brief's `casualties`, told in reports `published` later, have moved past
    ("kills at least eight" where the brief leads with 34 killed) is passed over, for a later
    title if every early one is. Else the first statement, shortened."""
    near = _near_event(evidence, day)
    titles = list(dict.fromkeys(a.title for a in evidence.articles if a.title and a.id in near))
    if casualties and published:
        current = _counts_not_moved_past(evidence, casualties, published)
        titles = [title for title in titles if title in current] or list(current)
    core = [item for item in evidence.ranked()[:CORE_ITEMS] if not item.is_heading]
    if titles and core:

        def centrality(title: str) -> float:
            tokens = set(content_tokens(title))
            if not tokens:
                return 0.0
            return sum(item.independent * len(tokens & item.tokens) / len(tokens) for item in core)

        best = max(titles, key=centrality)
        if centrality(best) > 0:
            return best
    if what:
        return shorten(what[0].text, 16)
    return titles[0] if titles else "Untitled event"


def _counts_not_moved_past(
    evidence: EvidenceSet, casualties: Sequence[Casualty], published: Mapping[str, date | None]
) -> list[str]:
    """The reports' titles, but those whose count later reports have moved past: "Landslide
    kills at least eight" where the brief leads its dead with the 34 that reports published
    after it give. A title's count is its highest of a kind ("kills 40, worst since a 2011
    crash that killed nine": 40); a vague "dozens" is none; a higher count may be a side of a
    dispute, and stays."""
    leading: dict[str, tuple[int, date] | None] = {}  # (count, first day told) of each kind
    for casualty in casualties:
        if casualty.kind and casualty.count is not None and not casualty.background:
            days = [d for c in casualty.citations if (d := published.get(c.source_id))]
            dated = len(days) == len(casualty.citations)
            leading.setdefault(casualty.kind, (casualty.count, min(days)) if dated else None)
    told: dict[str, date | None] = {}
    for article in evidence.articles:
        if article.title:
            day = published.get(article.id)
            other = told.get(article.title, day)  # the same title on another report
            told[article.title] = max(day, other) if day and other else None
    titles = list(told)
    refs = [SentenceRef("title", 0, len(title), title, 0) for title in titles]

    def moved_past(title: str, figures: list[Figure]) -> bool:
        day = told[title]
        highest: dict[str, int] = {}
        for figure in figures:
            if figure.precision != "vague":
                highest[figure.kind] = max(figure.count, highest.get(figure.kind, 0))
        return day is not None and any(
            count < lead[0] and day < lead[1]
            for kind, count in highest.items()
            if (lead := leading.get(kind)) is not None
        )

    return [
        title
        for title, figures in zip(titles, find_figures_in(refs), strict=True)
        if not moved_past(title, figures)
    ]


def _near_event(evidence: EvidenceSet, day: date | None) -> set[str]:
    """Sources published within EVENT_WINDOW_DAYS of the event's day, or every source when
    there is no day or none is that close."""
    every = {article.id for article in evidence.articles}
    if day is None:
        return every
    near = set()
    for article in evidence.articles:
        try:
            published = date.fromisoformat((article.published or "")[:10])
        except ValueError:
            continue
        if abs((published - day).days) <= EVENT_WINDOW_DAYS:
            near.add(article.id)
    return near or every
