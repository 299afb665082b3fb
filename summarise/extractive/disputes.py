"""`disputes`: where sources give different figures or dates for the same thing.

Two statements are taken to be about the same thing only when their sentences are alike
(content-word overlap), name the same places and, for figures, count the same kind of
victims. Figures that are compatible ("more than 40" and "40", "dozens" and "30") are not a
dispute; a part and its whole (a toll in one country vs. in two) are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..evidence import EvidenceSet, SentenceRef, dice
from ..schema import Claim, Dispute
from ..segment import content_tokens
from .casualties import Figure
from .common import cite, shorten
from .gazetteer import gazetteer
from .when import EVENT_VERBS, DatedSentence
from .who_where import LOCATIVE as _LOCATIVE

# Sentence overlap above which two figures or dates are taken to be about the same event.
SAME_EVENT_DICE = 0.25
# Disputes are looked for among the best-ranked figures and dates only: pairing is quadratic.
MAX_CANDIDATES = 300
MAX_DATE_GAP_DAYS = 10
_INCIDENT = re.compile(
    r"\b(?:(?:[A-Z][\w’'\-]*|\d+|drone|air|missile|rocket|suicide|terror|terrorist|car|bomb|"
    r"mortar|artillery|deadly|fatal|fresh|new|latest|twin)\s){0,3}(?:strike|attack|bombing|blast|explosion|raid|shooting|crash|"
    r"earthquake|assault|ambush|clash|fire|flood|storm|collision|massacre|offensive)s?"
    r"(?:\s+(?:on|in|at|near|against)\s+(?:an?\s+|the\s+)?(?:[\w’'\-]+\s){0,2}?[A-Z][\w’'\-]+"
    r"(?:\s(?:base|camp|border|province|region|city|airport|port|embassy))?)?"
)
# Kinds of victims: figures about different kinds are not about the same thing.
_VICTIM_FAMILIES = {
    "combatant": {
        "commander",
        "member",
        "fighter",
        "militant",
        "leader",
        "insurgent",
        "rebel",
        "gunmen",
        "gunman",
        "attacker",
        "bomber",
        "guard",
    },
    "forces": {
        "soldier",
        "troops",
        "servicemen",
        "serviceman",
        "officer",
        "police",
        "policemen",
        "policeman",
        "personnel",
    },
}
_GENERIC_VICTIMS = {"", "people", "person", "dead", "others", "victim"}
_NUMBER = re.compile(r"^\d+$")
_MONTH_OR_DAY = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|"
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"
)
T = TypeVar("T")


def extract_disputes(
    evidence: EvidenceSet, figures: list[Figure], dated: list[DatedSentence]
) -> list[Dispute]:
    return _figure_disputes(evidence, figures) + _date_disputes(evidence, dated)


def places_in(text: str) -> frozenset[tuple[str, str]]:
    """(place, its country) for places the sentence puts something in: "in Baghdad"."""
    places = gazetteer()
    found = set()
    for match in re.finditer(r"[A-Z][\w’']+(?:\s[A-Z][\w’']+)?(?!-[a-z])", text):
        if not _LOCATIVE.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        for candidate in (match.group(0), match.group(0).split()[0]):
            hit = places.lookup(candidate)
            if hit is not None:
                name, kind, _ = hit
                country = (
                    name if kind == "country" else kind.split(", ")[-1].removeprefix("capital of ")
                )
                found.add((name, country))
                break
    return frozenset(found)


def _event_tokens(text: str) -> frozenset[str]:
    return frozenset(
        token
        for token in content_tokens(text)
        if not _NUMBER.match(token) and not _MONTH_OR_DAY.match(token)
    )


def _clusters(items: Sequence[T], same: Callable[[T, T], bool]) -> list[list[T]]:
    """Single-link clusters of items (few items per brief: the pairs are cheap)."""
    clusters: list[list[T]] = []
    for item in items:
        joined = [cluster for cluster in clusters if any(same(item, other) for other in cluster)]
        merged = [item] + [member for cluster in joined for member in cluster]
        clusters = [cluster for cluster in clusters if cluster not in joined] + [merged]
    return clusters


def _incident(texts: list[str]) -> str | None:
    for text in texts:
        match = _INCIDENT.search(text)
        if match:
            return re.sub(
                r"^(?:the|a|an|on|in|that|which)\s+", "", match.group(0).strip(), flags=re.I
            )
    return None


def _figures_compatible(first: Figure, second: Figure) -> bool:
    low, high = sorted((first, second), key=lambda figure: figure.count)
    if low.count == high.count:
        return True
    if low.qualifier in {"more than", "over", "at least", "some"}:
        return True  # "more than 40" does not contradict 45
    if high.qualifier in {
        "nearly",
        "almost",
        "about",
        "around",
        "up to",
        "fewer than",
        "less than",
        "approximately",
        "roughly",
        "an estimated",
    }:
        return high.count - low.count <= max(2, high.count // 10)
    return False


def _figure_disputes(evidence: EvidenceSet, all_figures: list[Figure]) -> list[Dispute]:
    figures = [figure for figure in all_figures if figure.kind == "killed"][:MAX_CANDIDATES]
    context = {id(figure): _event_tokens(figure.ref.text) for figure in figures}
    places = {id(figure): places_in(_window(figure)) for figure in figures}

    def same_event(first: Figure, second: Figure) -> bool:
        if not _same_area(places[id(first)], places[id(second)]):
            return False
        if not _same_victims(first, second):
            return False
        return dice(context[id(first)], context[id(second)]) >= SAME_EVENT_DICE

    disputes: list[Dispute] = []
    for cluster in _clusters(figures, same_event):
        by_count: dict[int, list[Figure]] = {}
        for figure in cluster:
            by_count.setdefault(figure.count, []).append(figure)
        if len(by_count) < 2:
            continue
        representatives = [group[0] for group in by_count.values()]
        if all(
            _figures_compatible(first, second)
            for i, first in enumerate(representatives)
            for second in representatives[i + 1 :]
        ):
            continue
        sources = {figure.ref.source_id for figure in cluster}
        attributions = {figure.attributed_to for figure in cluster}
        if len(sources) < 2 and len(attributions) < 2:
            continue  # one source, one voice: a correction within an article, not a dispute
        incident = _incident([figure.ref.text for figure in cluster])
        claims = [
            Claim(
                statement=_figure_statement(group),
                value=_amount(group[0]),
                attributed_to=_attributed(evidence, group),
                citations=cite(figure.ref for figure in group),
            )
            for group in sorted(by_count.values(), key=lambda group: group[0].count)
        ]
        topic = f"How many were killed in the {incident}" if incident else "How many were killed"
        disputes.append(Dispute(topic=topic, claims=claims))
    return disputes


def _window(figure: Figure) -> str:
    """The words around a figure: a sentence can mention two incidents in two places."""
    return figure.ref.text[max(0, figure.start - 100) : figure.end + 60]


def _same_area(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """A shared place, and the same countries on both sides (not a part vs. its whole)."""
    if not first & second and not {p for p, _ in first} & {p for p, _ in second}:
        return False
    return {country for _, country in first} == {country for _, country in second}


def _victim_family(figure: Figure) -> str:
    head = figure.key[2]
    for family, heads in _VICTIM_FAMILIES.items():
        if head in heads or head.rstrip("s") in heads:
            return family
    return "generic" if head in _GENERIC_VICTIMS else head


def _same_victims(first: Figure, second: Figure) -> bool:
    families = {_victim_family(first), _victim_family(second)}
    return len(families) == 1 or "generic" in families


def _amount(figure: Figure) -> str:
    return f"{figure.qualifier} {figure.count}" if figure.qualifier else str(figure.count)


def _figure_statement(group: list[Figure]) -> str:
    lead = next((figure for figure in group if figure.group), group[0])
    who = re.sub(r"^of\s+", "", lead.group) if lead.group else "people"
    return f"{_amount(lead)} killed: {shorten(who, 12)}"


def _attributed(evidence: EvidenceSet, items: list[Figure] | list[DatedSentence]) -> str | None:
    names = []
    for item in items:
        ref = item.ref
        attribution = getattr(item, "attributed_to", None)
        name = attribution or evidence.article(ref.source_id).outlet
        if name and name not in names:
            names.append(name)
    return ", ".join(names) if names else None


def _date_disputes(evidence: EvidenceSet, all_dated: list[DatedSentence]) -> list[Dispute]:
    dated = [
        entry
        for entry in sorted(all_dated, key=lambda entry: -entry.weight)
        if entry.expression.iso
        and len(entry.expression.iso) == 10
        and not entry.reported_speech
        and (EVENT_VERBS.search(entry.ref.text) or _INCIDENT.search(entry.ref.text))
    ][:MAX_CANDIDATES]
    tokens = {id(entry): _event_tokens(entry.ref.text) for entry in dated}
    places = {id(entry): places_in(entry.ref.text) for entry in dated}

    def same_event(first: DatedSentence, second: DatedSentence) -> bool:
        if first.ref.source_id == second.ref.source_id:
            return False
        if first.expression.iso != second.expression.iso:
            gap = abs(_days(first.expression.iso) - _days(second.expression.iso))
            if gap > MAX_DATE_GAP_DAYS:
                return False
        if not {place for place, _ in places[id(first)]} & {
            place for place, _ in places[id(second)]
        }:
            return False
        return dice(tokens[id(first)], tokens[id(second)]) >= SAME_EVENT_DICE + 0.1

    disputes: list[Dispute] = []
    for cluster in _clusters(dated, same_event):
        by_date: dict[str, list[DatedSentence]] = {}
        for entry in cluster:
            by_date.setdefault(entry.expression.iso or "", []).append(entry)
        if len(by_date) < 2 or len({entry.ref.source_id for entry in cluster}) < 2:
            continue
        incident = _incident([entry.ref.text for entry in cluster])
        claims = [
            Claim(
                statement=f"It happened on {iso} (“{group[0].expression.text}”)",
                value=iso,
                attributed_to=_attributed(evidence, group),
                citations=cite(_unique_refs(group)),
            )
            for iso, group in sorted(by_date.items())
        ]
        topic = f"When the {incident} happened" if incident else "When it happened"
        disputes.append(Dispute(topic=topic, claims=claims))
    return disputes


def _unique_refs(group: list[DatedSentence]) -> list[SentenceRef]:
    refs: dict[tuple[str, int], SentenceRef] = {}
    for entry in group:
        refs.setdefault((entry.ref.source_id, entry.ref.start), entry.ref)
    return list(refs.values())


def _days(iso: str | None) -> int:
    from datetime import date

    return date.fromisoformat(iso).toordinal() if iso else 0
