"""`when`: absolute dates and relative expressions ("on Wednesday", "last week") resolved
against each article's own publication date, grouped by the date they resolve to."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from ..dates import TimeExpression, find_time_expressions
from ..evidence import EvidenceSet, SentenceRef
from ..schema import TimeRef
from .common import cite, clean_sentence, shorten

MAX_TIMES = 8
# Verbs that say something happened (rather than that someone spoke): the event's own date is
# the one its sentences carry with such verbs.
EVENT_VERBS = re.compile(
    r"\b(?:killed|died|struck|hit|exploded|crashed|collapsed|erupted|occurred|happened|"
    r"took place|attacked|bombed|targeted|launched|stormed|seized|captured|shot|fired|began|"
    r"started|broke out|won|signed|passed|elected|arrested|detonated|destroyed|came)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|stated|declared|added|confirmed|reported)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s+(?:an?|the|which|who|whose)\s[^,]{3,200},")


@dataclass(frozen=True, slots=True)
class DatedSentence:
    expression: TimeExpression
    ref: SentenceRef
    weight: float
    reported_speech: bool  # "said on Thursday": the date of a statement, not of the event


def reference_dates(evidence: EvidenceSet) -> tuple[dict[str, date | None], list[str]]:
    """Each source's reference date: its own date, else the date most sources carry."""
    own = {
        article.id: date.fromisoformat(article.published) if article.published else None
        for article in evidence.articles
    }
    known = Counter(value for value in own.values() if value)
    fallback = known.most_common(1)[0][0] if known else None
    warnings: list[str] = []
    missing = [source for source, value in own.items() if value is None]
    if missing and fallback:
        warnings.append(
            f"{', '.join(missing)} carr{'ies' if len(missing) == 1 else 'y'} no date: relative "
            f"dates there are resolved against {fallback.isoformat()}, the other sources' date"
        )
    elif missing:
        warnings.append(
            "no source carries a date: relative dates such as 'Wednesday' stay unresolved"
        )
    return {source: value or fallback for source, value in own.items()}, warnings


def dated_sentences(
    evidence: EvidenceSet, references: dict[str, date | None] | None = None
) -> list[DatedSentence]:
    if references is None:
        references, _ = reference_dates(evidence)
    best = max((item.score for item in evidence.items), default=0.0) or 1.0
    found: list[DatedSentence] = []
    for item in evidence.items:
        for ref in item.members:
            for expression in find_time_expressions(ref.text, references[ref.source_id]):
                before = ref.text[max(0, expression.start - 60) : expression.start]
                speech = bool(_SAID_BEFORE.search(before))
                found.append(DatedSentence(expression, ref, item.score / best, speech))
    return _anchor_implicit_years(found)


def _anchor_implicit_years(found: list[DatedSentence]) -> list[DatedSentence]:
    """ "July 7" in an anniversary piece means the July 7 that other sentences give a year to."""
    explicit: dict[str, str] = {}
    for dated in found:
        iso = dated.expression.iso
        if iso and len(iso) == 10 and _YEAR.search(dated.expression.text):
            explicit.setdefault(iso[5:], iso)
    anchored = []
    for dated in found:
        iso = dated.expression.iso
        if (
            iso
            and len(iso) == 10
            and dated.expression.kind in {"month_day", "day_month"}
            and not _YEAR.search(dated.expression.text)
            and explicit.get(iso[5:], iso) != iso
        ):
            dated = replace(dated, expression=replace(dated.expression, iso=explicit[iso[5:]]))
        anchored.append(dated)
    return anchored


def extract_when(evidence: EvidenceSet, found: list[DatedSentence]) -> list[TimeRef]:
    groups: dict[str, list[DatedSentence]] = {}
    unresolved: list[DatedSentence] = []
    for dated in found:
        if dated.expression.iso:
            groups.setdefault(dated.expression.iso, []).append(dated)
        else:
            unresolved.append(dated)

    def importance(iso: str) -> float:
        members = groups[iso]
        sources = evidence.independent_count([dated.ref.source_id for dated in members])
        happened = sum(
            bool(EVENT_VERBS.search(dated.ref.text)) and not dated.reported_speech
            for dated in members
        ) / len(members)
        return (sources + sum(dated.weight for dated in members)) * (0.5 + happened)

    ranked = sorted(groups, key=importance, reverse=True)[:MAX_TIMES]
    day_precision = [iso for iso in ranked if len(iso) == 10]
    event_day = day_precision[0] if day_precision else None
    ordered = ([event_day] if event_day else []) + sorted(iso for iso in ranked if iso != event_day)
    times = [_time_ref(groups[iso], iso) for iso in ordered]
    if not times and unresolved:  # nothing resolvable: still say when, as the text does
        times = [_time_ref([dated], None) for dated in unresolved[:3]]
    return times


def _time_ref(members: list[DatedSentence], iso: str | None) -> TimeRef:
    members = sorted(members, key=lambda dated: -dated.weight)
    wording = Counter(dated.expression.text for dated in members).most_common(1)[0][0]
    lead = members[0]
    refs: dict[str, SentenceRef] = {}
    for dated in members:
        refs.setdefault(dated.ref.source_id, dated.ref)
    return TimeRef(
        text=wording,
        date=iso,
        describes=describe(lead.ref.text, lead.expression),
        citations=cite(refs.values()),
    )


def describe(sentence: str, expression: TimeExpression) -> str:
    """The sentence with the time expression taken out, as a short description."""
    before = sentence[: expression.start].rstrip()
    for preposition in ("late on", "early on", "on", "in", "since", "by", "from", "at", "of"):
        if before.lower().endswith(" " + preposition) or before.lower() == preposition:
            before = before[: len(before) - len(preposition)].rstrip()
            break
    after = re.sub(r"^[’']s\b", "", sentence[expression.end :]).lstrip(" ,")
    text = clean_sentence(f"{before} {after}").strip(" ,")
    text = _APPOSITIVE.sub("", text).replace(" .", ".")
    text = text[:1].upper() + text[1:]
    return shorten(text, 24)
