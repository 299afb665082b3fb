"""`when`: the event's own date first, then a timeline in date order.

Each time expression is resolved against the right reference (dates.py): the report's own date,
or for "the next day" an explicit date before it in the same paragraph. A report that gives no
date for its lede ("Contador has won the Tour") dates it by its own date. Sentences that give one
date are grouped; each group is shown with the statement the date belongs to, read from the
sentence's parse: the clause whose verb the date modifies ("The sailors were captured"), or the
noun phrase when it modifies a noun ("The seizure of Royal Navy personnel by Iran" for "the
seizure ... in March 2007", never the report that mentions it). spaCy runs only on the few
sentences that stand for a group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .. import nlp
from ..dates import (
    CLOCK_TIME,
    DAYS_OF_THIS_WEEK,
    HABIT_ADVERBS,
    WEEKDAYS,
    TimeExpression,
    clock_minutes,
    find_durations,
    find_time_expressions,
    human_date,
    period_end,
    sort_key,
)
from ..evidence import EvidenceSet, SentenceRef
from ..schema import TimeRef
from ..segment import ABBREVIATIONS, quote_spans
from .common import (
    EVENT_NOUNS,
    SAYING,
    cite,
    clean_sentence,
    dangling,
    dateline,
    shorten,
    supported_only,
    without_dateline,
)
from .shortening import joined, tidy, without_asides

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_TIMES = 10
MAX_DURATIONS = 2
# Sentences parsed per date to find the one that states what happened on it.
PARSED_PER_DATE = 4
# Past this many words a description is shortened at its clauses (appositions, asides).
DESCRIBE_WORDS = 30
# Verbs that say something happened (rather than that someone spoke): the event's own date is
# the one its sentences carry with such verbs.
EVENT_VERBS = re.compile(
    r"\b(?:killed|died|struck|hit|exploded|crashed|collapsed|erupted|occurred|happened|"
    r"took place|attacked|bombed|targeted|launched|stormed|seized|captured|shot|fired|began|"
    r"started|broke out|won|signed|passed|elected|arrested|detonated|destroyed|came|"
    r"capsized|sank|derailed|collided|burned|burnt|flooded|shook|drowned|lost|resigned|"
    r"fell|opened|closed|ended|voted|ruled|convicted|sentenced|acquitted|overturned|quashed|"
    r"upheld)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|stated|declared|added|confirmed|reported)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# (a comma inside a number is none of its edges: "which carries some 38,000 vehicles a day,")
_APPOSITIVE = re.compile(r",\s+(?:an?|the|which|who|whose)\s(?:[^,]|(?<=\d),(?=\d)){3,200},")
# A speaker and a verb of saying right after an aside: "exchange president Liang told".
_ATTRIBUTION_AFTER = re.compile(rf"(?:[\w\-’'.]+\s+){{1,6}}(?:{'|'.join(sorted(SAYING))})\b")
_FRONTED = re.compile(r"^(?:on|in|at|by|late|early|shortly|just|about|around|during)\b", re.I)
# Dependency labels, spaCy's English scheme.
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_MAIN = {"ROOT", "ccomp", "parataxis"}
_ATTACHED_CLAUSES = {"relcl", "acl"}
# What a date can hang from and still be taken out whole ("killed on Monday", "Monday's vote").
_ADJUNCTS = {"prep", "npadvmod", "advmod", "nmod", "compound", "amod", "nummod", "poss", "tmod"}
_INSIDE_A_NOUN = {"compound", "nmod", "amod", "nummod", "poss"}
# Nouns that are themselves times: "the evening of August 10" tells what happened that evening.
_TIME_NOUNS = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
               "year", "time", "eve", "hours", "date", "end", "start", "beginning", "middle",
               "course"}  # fmt: skip
_BE = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re"}
# A date that opens a sentence with no comma after it is a dateline, not part of the statement.
# Expressions that count from the report's day: a lede with one is dated by it, not by the report.
_RELATIVE = {"weekday", "relative_day", "relative_period", "ago", "anaphoric", "offset"}
# How much a date of each precision counts when choosing the dates of the timeline.
_PRECISION = {10: 1.0, 8: 0.7, 7: 0.8, 4: 0.6}
_DATELINE = re.compile(r"^\s*[A-Z]")


@dataclass(frozen=True, slots=True)
class DatedSentence:
    expression: TimeExpression
    ref: SentenceRef
    weight: float
    reported_speech: bool  # "said on Thursday": the date of a statement, not of the event
    implicit: bool = False  # a lede dated by its report's own date; it gives no date itself
    corroboration: int = 1  # independent sources that carry the same statement


def reference_dates(evidence: EvidenceSet) -> tuple[dict[str, date | None], list[str]]:
    """Each source's reference date: its own date, else a dateline at the top of its text
    ("Saturday, March 26, 2005 Up to four times..."), else the date most sources carry."""
    own = {
        article.id: date.fromisoformat(article.published) if article.published else None
        for article in evidence.articles
    }
    for article in evidence.articles:
        if own[article.id] is None:
            own[article.id] = _dateline(article.text)
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


_LINE_START_DATE = re.compile(r"(?m)^[ \t]*(?=\S)")


def _dateline(text: str) -> date | None:
    """A full date (with its year) that opens one of the first lines of a report."""
    head = text[:600]
    for line in _LINE_START_DATE.finditer(head):
        expressions = find_time_expressions(head[line.end() : line.end() + 40], None)
        if expressions and expressions[0].start == 0 and _YEAR.search(expressions[0].text):
            iso = expressions[0].iso
            if iso and len(iso) == 10:
                return date.fromisoformat(iso)
    return None


def dated_sentences(
    evidence: EvidenceSet, references: dict[str, date | None] | None = None
) -> list[DatedSentence]:
    if references is None:
        references, _ = reference_dates(evidence)
    best = max((item.score for item in evidence.items), default=0.0) or 1.0
    found: list[DatedSentence] = []
    for item in evidence.items:
        for ref in item.members:
            reference = references[ref.source_id]
            expressions = find_time_expressions(ref.text, reference)
            if any(e.kind == "anaphoric" and e.iso is None for e in expressions):
                anchor = _paragraph_anchor(evidence, ref, reference)
                expressions = find_time_expressions(ref.text, reference, anchor=anchor)
            for expression in expressions:
                before = ref.text[max(0, expression.start - 60) : expression.start]
                speech = bool(_SAID_BEFORE.search(before))
                found.append(
                    DatedSentence(
                        expression, ref, item.score / best, speech, corroboration=item.independent
                    )
                )
    return _anchor_implicit_years(found)


def _paragraph_anchor(
    evidence: EvidenceSet, ref: SentenceRef, reference: date | None
) -> date | None:
    """The last day-precise date given earlier in the sentence's paragraph ("On March 23 ...
    The next day ..."): what anaphoric expressions count from."""
    text = evidence.article(ref.source_id).text
    paragraph = text[text.rfind("\n", 0, ref.start) + 1 : ref.start]
    days = [
        e.iso for e in find_time_expressions(paragraph, reference) if e.iso and len(e.iso) == 10
    ]
    return date.fromisoformat(days[-1]) if days else None


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


def _happened(dated: DatedSentence) -> bool:
    """Whether the sentence says something happened at that time (not only that it was said,
    nor that it is expected)."""
    if dated.expression.future:
        return False
    return dated.implicit or (
        bool(EVENT_VERBS.search(dated.ref.text)) and not dated.reported_speech
    )


def _importance(evidence: EvidenceSet, members: list[DatedSentence]) -> float:
    sources = evidence.independent_count([dated.ref.source_id for dated in members])
    weight = sum(dated.weight * (0.5 if dated.implicit else 1.0) for dated in members)
    happened = sum(_happened(dated) for dated in members) / len(members)
    precision = _PRECISION.get(len(members[0].expression.iso or ""), 0.6)
    return (sources + weight) * (0.5 + happened) * precision


# How much more a day given in reports' first sentences counts for the event's day: its weight
# grows by LEDE_WEIGHT times the share of its mentions that are ledes (double for a day only
# ledes give). Checked on the development topics and S1-S6, where it moved only the days of the
# two topics that span several events (M003, M007) and S6's.
LEDE_WEIGHT = 1.0


def event_date(evidence: EvidenceSet, dated: list[DatedSentence]) -> date | None:
    """The event's own day: the day most (independent, central) sources give to statements
    that something happened, rather than to what was said about it or is expected after it.
    None when no sentence gives a day."""
    groups: dict[str, list[DatedSentence]] = {}
    for entry in dated:
        iso = entry.expression.iso
        if iso and len(iso) == 10 and not entry.implicit and not entry.expression.future:
            groups.setdefault(iso, []).append(entry)
    if not groups:
        return None
    # A wire dateline's date is when the report was filed ("KANO, Nigeria, June 10 (Reuters) -
    # A fuel tanker exploded ... on Monday"): it is no vote for a day when its own sentence
    # gives another time to what it tells.
    # (any other time it gives: "March 15 (Reuters) - Police have arrested two men over last
    # week's theft" dates the theft to last week, not to the 15th)
    telling: dict[tuple[str, int], set[str]] = {}
    for e in dated:
        if e.expression.iso and not e.implicit and not _in_its_dateline(e):
            telling.setdefault((e.ref.source_id, e.ref.start), set()).add(e.expression.iso)

    def filed_only(entry: DatedSentence, iso: str) -> bool:
        told = telling.get((entry.ref.source_id, entry.ref.start))
        return _in_its_dateline(entry) and bool(told) and iso not in (told or set())

    told_days = {
        iso: kept
        for iso, entries in groups.items()
        if (kept := [e for e in entries if not filed_only(e, iso)])
    }
    groups = told_days or groups  # (a dateline's day when no sentence gives one of its own)

    def weight(iso: str) -> float:
        # A report puts its news first: a day its lede gives weighs more than a day the
        # background paragraphs give ("lost a confidence vote on Thursday" against "pulled
        # out of the cabinet on Monday").
        ledes = sum(entry.ref.position == 0 for entry in groups[iso]) / len(groups[iso])
        return _importance(evidence, groups[iso]) * (1 + LEDE_WEIGHT * ledes)

    best = max(groups, key=lambda iso: (weight(iso), iso))
    return date.fromisoformat(best)


def read_against_the_event(dated: list[DatedSentence], day: date | None) -> list[DatedSentence]:
    """News writes "last Tuesday" for the Tuesday just gone and for the one a week before it;
    where the second is the event's day and the words right before name the event ("41
    vessels were held up by the grounding last Tuesday", in a report ten days on), it is
    that day."""
    if day is None:
        return dated
    out = []
    for entry in dated:
        expression = entry.expression
        if (
            expression.kind == "weekday"
            and expression.iso
            and _LAST_WEEKDAY.search(expression.text)
            and date.fromisoformat(expression.iso) - WEEK == day
            and _THE_EVENT_RIGHT_BEFORE.search(entry.ref.text[: expression.start])
        ):
            entry = replace(entry, expression=replace(expression, iso=day.isoformat()))
        out.append(entry)
    return out


def _in_its_dateline(entry: DatedSentence) -> bool:
    line = dateline(entry.ref.text)
    return line is not None and entry.expression.start < line.end()


def extract_when(
    evidence: EvidenceSet,
    found: list[DatedSentence],
    earlier: AbstractSet[tuple[str, int]] | None = None,
    other_incidents: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[TimeRef]:
    """The event's own date first, then the other dates in date order, then how long it lasted.
    A date long before the event given only by sentences that tell another incident, by a toll
    dated to an earlier year (`other_incidents`: source id, sentence position) or by their
    opening ("Elsewhere in Europe, ..."), is marked background (not the fire in January of a
    sentencing in May: the story's own lead-up)."""
    groups: dict[str, list[DatedSentence]] = {}
    unresolved: list[DatedSentence] = []
    event = event_date(evidence, found)
    for dated in found:
        if dated.expression.kind == "event_year":
            continue  # "the 2012 outbreak": background named in passing, no day of this story
        if _counted_from_long_before(dated, event):
            continue  # "the deadliest accident since 2017": a yardstick, not a day of the story
        if dated.expression.iso:
            groups.setdefault(dated.expression.iso, []).append(dated)
        else:
            unresolved.append(dated)
    for lede in _undated_ledes(evidence, found):
        groups.setdefault(lede.expression.iso or "", []).append(lede)

    event_iso = event.isoformat() if event else None
    ranked = sorted(groups, key=lambda iso: (-_importance(evidence, groups[iso]), iso))
    chosen = ranked[:MAX_TIMES]
    if event_iso and event_iso not in chosen:
        chosen = [event_iso, *chosen[: MAX_TIMES - 1]]
    entries = _described(evidence, {iso: groups[iso] for iso in chosen})
    entries = _without_coarse_repeats(entries, groups)
    times: list[TimeRef] = []
    seen: set[str] = set()
    for iso in sorted(entries, key=lambda iso: (iso != event_iso, sort_key(iso))):
        entry = entries[iso]
        if (
            all(_ahead(d) for d in groups.get(iso, []))
            and not _LOOKS_AHEAD.search(entry.describes)
            and _names_a_day(entry.describes)
        ):
            continue  # "next week" from "... on Friday raised its count, as brokers said they
            # would file a claim next week", shortened to what was done on Friday
        if entry.describes.lower() not in seen:
            seen.add(entry.describes.lower())
            if event is not None and _only_of_other_incidents(groups[iso], other_incidents, event):
                entry = entry.model_copy(update={"background": True})
            times.append(entry)
    clock = _time_of_day(evidence, found, event_iso)
    if clock is None:
        clock = _part_of_the_day(evidence, found, event_iso)
        written = {
            _part_named(part.group(0))
            for time in times
            if time.date == event_iso and (part := _A_PART_OF_THE_DAY.search(time.text))
        }
        if clock is not None and _part_named(clock.text) in written:
            clock = None  # the day is written with it already: "on Tuesday morning"
    if clock is not None:  # right after the event's day
        at = next((i for i, time in enumerate(times) if time.date == event_iso), -1)
        times.insert(at + 1, clock)
    if not times and unresolved:  # nothing resolvable: still say when, as the text does
        told = _described(evidence, {str(i): [dated] for i, dated in enumerate(unresolved[:3])})
        times = [time.model_copy(update={"date": None}) for time in told.values()]
    return times + _durations(evidence, found, event, earlier)


def _of_another_incident(text: str) -> bool:
    """Whether a sentence tells another incident than the event: "In a separate accident, ...",
    "Elsewhere, a tram derailed", "a second coach skidded", "Hours earlier, a lorry ..." (not
    "Ghana's second city", "the previous evening")."""
    return bool(_ANOTHER_ONE.search(text)) or _opens_elsewhere(text)


def _opens_elsewhere(text: str) -> bool:
    """Whether a sentence opens on another incident: "Elsewhere in Europe, ...", "In a separate
    incident, ..." (after its dateline, if any)."""
    return _ELSEWHERE.match(without_dateline(text)) is not None


_ANOTHER_ONE = re.compile(
    r"\b(?:a|an)\s+(?:separate|second|third|different|earlier|similar)\s+"
    r"(?!(?:time|day|week|night|leg|floor|round|half|year|hour|stage|phase)\b)[a-z]+"
    r"|\bhours?\s+(?:earlier|later)\b",
    re.I,
)


def _only_of_other_incidents(
    members: list[DatedSentence], other_incidents: AbstractSet[tuple[str, int]], event: date
) -> bool:
    """Whether a date ends OTHER_INCIDENT_DAYS or more before the event and every sentence
    giving it tells another incident, by its toll or by its opening: "Elsewhere in Europe, 14
    tank wagons derailed near Szolnok last year" in a report of March 2026 (not "Elsewhere,
    floodwaters cut off the town on Saturday", the same floods the day before)."""
    end = period_end(members[0].expression.iso) if members else None
    return (
        end is not None
        and (event - end).days >= OTHER_INCIDENT_DAYS
        and all(
            (d.ref.source_id, d.ref.position) in other_incidents or _opens_elsewhere(d.ref.text)
            for d in members
        )
    )


# How long before the event a date must end to be another incident's, not the event's own
# lead-up (the storm's first deaths the day before, the warnings of the week before).
OTHER_INCIDENT_DAYS = 30
# The opening of a sentence that tells another incident: "Elsewhere in Europe, ...", "In a
# separate incident, ...".
_ELSEWHERE = re.compile(
    r"\W*(?:elsewhere\b|in\s+(?:another|a\s+separate|an\s+earlier)\s+(?:incident|accident|case)\b)",
    re.I,
)


def _ahead(dated: DatedSentence) -> bool:
    """A day still to come when it was written: told in the future, or "next week"."""
    return dated.expression.future or bool(_COMING.match(dated.expression.text))


_COMING = re.compile(r"(?:on\s+)?(?:\w+\s+)?(?:next|coming|tomorrow)\b", re.I)


def _names_a_day(statement: str) -> bool:
    """Whether a statement names a day of its own: one dated by a day still to come that
    does tells what was done then ("The exchange on Friday raised its count"), not what is to
    come. (Any reference day reads "March 13"; only whether one is named matters.)"""
    return any(
        expression.kind in _DAY_KINDS for expression in find_time_expressions(statement, _ANY_DAY)
    )


_DAY_KINDS = frozenset({"weekday", "relative_day", "month_day", "day_month", "iso"})
_ANY_DAY = date(2001, 7, 1)
# Words that tell a statement looks ahead: a day still to come dates only such a statement.
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|shall|expect\w*|due|scheduled|planned|plans?|hopes?|set\s+to|to\s+be|"
    r"until|next|tomorrow|later)\b",
    re.I,
)


def _counted_from_long_before(dated: DatedSentence, event: date | None) -> bool:
    """ "since 2017", "since August 2017" long before the event: where a comparison or a
    state counts from, told of no day of this story."""
    end = period_end(dated.expression.iso)
    if event is None or end is None or (event - end).days < LONG_BEFORE_DAYS:
        return False
    return bool(_COUNTS_FROM.search(dated.ref.text[: dated.expression.start]))


# Words before a clock time that go with it: "at about 1 p.m.", "shortly after 2:10 a.m.".
_CLOCK_QUALIFIER = re.compile(
    r"(?:(?:shortly|just|soon|a\s+little|right|not\s+long)\s+(?:after|before)|about|around|"
    r"approximately|nearly|some|"
    r"before|after)\s+$",
    re.IGNORECASE,
)


# A clock time that is a span or a deadline, not when something happened.
_NOT_A_MOMENT_BEFORE = re.compile(
    r"(?:\b(?:from|between|until|till|by)(?:\s+(?:shortly|just|soon)\s+before)?"
    r"|(?<!shortly )(?<!just )(?<!soon )\bbefore"
    r"|\d\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–))\s+$",
    re.I,
)
# "shortly before 2 a.m." dates what happened ("broke out shortly before 2 a.m."), not a plan
# ("is due to visit shortly before 3 p.m.").
_SHORTLY_BEFORE = re.compile(r"\b(?:shortly|just|soon)\s+before\s+$", re.I)
_PLANNED = re.compile(r"\b(?:(?:due|expected|scheduled|planned|plans?|set)\s+to|will)\b", re.I)
# What a clock time is given in, after it: "7 p.m. local time (1600 UTC)", "1:00 p.m. PDT".
_TIME_ZONE_AFTER = re.compile(
    r"^\.?\s*(?:local\s+time|GMT|UTC|[A-Z]{2}T)(?:\s*\((?:[^()]{0,20})\))?"
)
_NOT_A_MOMENT_AFTER = re.compile(r"^\s*(?:to|until|till|and|-|–)\s*\d", re.I)


# How many sentences after one dated to the event's day a clock time with no day of its own
# is read as that day's: "The bus left Rampur on Saturday morning. At about 3.45 pm, it failed
# to take a hairpin bend".
CLOCK_FOLLOWS_DAY = 2
# What happened at that moment, in a sentence that names no day: the event itself ("the
# collision happened at 7:10 a.m.", "At about 3.45 pm it ... rolled into the gorge"), not a
# press conference, a curfew or a team's arrival.
_HAPPENED = re.compile(
    r"\b(?:happened|occurred|struck|hit|exploded|crashed|collapsed|erupted|collided|capsized|"
    r"sank|derailed|burst|broke\s+out|caught\s+fire|went\s+off|detonated|plunged|overturned|"
    r"rolled|fell|ran\s+aground|grounded|opened\s+fire|stormed|toppled|came\s+down|"
    r"gave\s+way|caved\s+in|blew\s+up|ignited|"
    # ("the bus left a narrow road on a bend at around 5:40 a.m.", "Nine wagons came off the
    # tracks at about 4:40 a.m.": it crashed)
    r"(?:left|veered\s+off|ran\s+off|came\s+off|went\s+off)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:road|highway|tracks?|rails|runway))\b",
    re.IGNORECASE,
)
# The event named as beginning at the clock time that follows, the subject of its own clause:
# '"The crush began at about 11:10 a.m."', "police said the stampede started around 10.30 am"
# (not "Rescue work after the collapse began at 6 a.m.", "A vigil for victims of the shooting
# began at 7 p.m.", "The fire started in a kitchen, and the first engines arrived at 3:20").
_THE_EVENT_BEGAN_AT = re.compile(
    r"(?:^[\"“]?|[,;:]\s+|\b(?:and|but|that|said|says)\s+)the\s+(?:[\w\-]+\s+)?"
    r"(?:" + "|".join(sorted(EVENT_NOUNS)) + r")\s+(?:began|started)\s+(?:at\s+)?"
    r"(?:(?:about|around|approximately|roughly|(?:shortly|just|soon)\s+(?:before|after))\s+)?$",
    re.IGNORECASE,
)
# "last Tuesday" right after the event named: "held up by the grounding last Tuesday" (not "a
# smaller fire last Tuesday", "another blast", "talks collapsed last Tuesday": other things).
_LAST_WEEKDAY = re.compile(rf"\blast\s+(?:{'|'.join(WEEKDAYS)})$", re.I)
_THE_EVENT_RIGHT_BEFORE = re.compile(
    r"\bthe\s+(?:" + "|".join(sorted(EVENT_NOUNS)) + r")\s+$", re.I
)
WEEK = timedelta(days=7)


# An outage's moment, in a sentence right after one of the event's day: "trading was halted
# at 9:07 a.m.", "the network went down at 4:10" (not a word clock such as "midnight", which
# may be when an aftermath began: "authorities shut down mobile networks at midnight").
_WENT_DOWN = re.compile(r"\b(?:halted|froze|shut\s+down|went\s+(?:down|dark|offline))\b", re.I)


# How far before "noon" or "midnight" the word of what happened is looked for ("the cabin
# fell shortly before noon").
WORD_CLOCK_REACH = 60


def _quoted_within(text: str, clock: re.Match[str]) -> bool:
    """Whether the clock time stands in a quotation set within the sentence ('the ministry said
    the incident began "at around 7:15 am"'), not one that opens it ('"The crush began at about
    9:15 p.m.," an officer said')."""
    return any(
        start <= clock.start() < end for start, end in quote_spans(text) if text[:start].strip()
    )


def _moments(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """The clock times of a sentence that say when something happened (minutes after
    midnight, and where): not a span ("a curfew from 8 p.m. to 6 a.m.") nor a deadline."""
    for match in CLOCK_TIME.finditer(text):
        minutes = clock_minutes(match.group(0))
        if minutes is None or _NOT_A_MOMENT_BEFORE.search(text[: match.start()]):
            continue
        if match.group(0).isalpha() and not _HAPPENED.search(
            text[max(0, match.start() - WORD_CLOCK_REACH) : match.start()]
        ):
            continue  # "a curfew at midnight", "visited at noon": not when it happened
        if _NOT_A_MOMENT_AFTER.match(text[match.end() :]):
            continue
        yield minutes, match


def _clock_times_after(
    evidence: EvidenceSet, found: list[DatedSentence], event_iso: str
) -> dict[int, list[tuple[DatedSentence, re.Match[str]]]]:
    """Clock times of sentences that name no day, told right after a sentence of the event's
    day, as moments of that day (asked only when no sentence gives a time with the day): of a
    sentence that says something happened, or the time the event is said to have begun at
    (`_THE_EVENT_BEGAN_AT`); not the time a journey began, nor one that is said or planned."""
    days: dict[tuple[str, int], list[DatedSentence]] = {}
    for dated in found:
        if not dated.implicit:
            days.setdefault((dated.ref.source_id, dated.ref.position), []).append(dated)
    times: dict[int, list[tuple[DatedSentence, re.Match[str]]]] = {}
    for item in evidence.items:
        for ref in item.members:
            key = (ref.source_id, ref.position)
            if key in days or not CLOCK_TIME.search(ref.text):
                continue
            before = []
            for back in range(1, CLOCK_FOLLOWS_DAY + 1):
                named = days.get((ref.source_id, ref.position - back), [])
                if named and _of_another_incident(named[0].ref.text):
                    break  # "On Tuesday, a second coach skidded on the same bend. It came off
                    # the road at about 9 p.m.": the second coach's time
                before += named
            day = next(
                (
                    d
                    for d in before
                    if d.expression.iso == event_iso
                    and not d.reported_speech
                    and not d.expression.future
                ),
                None,
            )
            if day is None or _PLANNED.search(ref.text):
                continue
            if any(_of_another_incident(text) for text in (ref.text, day.ref.text)):
                continue  # "In a separate accident, a car came off the road at 11 p.m.", "Hours
                # earlier, a lorry had overturned at about 5 a.m.", "Elsewhere, a tram derailed
                # on Monday. Two carriages came off the rails at 8:15 a.m."
            moments = list(_moments(ref.text))
            if not (_HAPPENED.search(ref.text) or _WENT_DOWN.search(ref.text)):
                # only the time the event is said to have begun at
                moments = [
                    (minutes, match)
                    for minutes, match in moments
                    if _THE_EVENT_BEGAN_AT.search(ref.text, 0, match.start())
                    and not _ANOTHER_INCIDENT.search(ref.text)  # ("an hour after the explosion")
                    and not _quoted_within(ref.text, match)
                ]
            for minutes, match in moments:
                if (
                    _a_message_sent_at(ref.text, match)
                    or _an_end_at(ref.text, match)
                    or _a_departure_at(ref.text, match)
                ):
                    continue
                told = replace(day, ref=ref, weight=day.weight / 2, implicit=False)
                times.setdefault(minutes, []).append((told, match))
    return times


# A saying before a clock time: the time is of what was said to be done ("the agency said it
# had issued a warning at 6:00 am").
_A_SAYING = re.compile(r"\b(?:said|says|told|announced|stated|insists?|insisted)\b", re.I)


# Verbs of sending word: the time they govern is when a warning or a message went out, not
# when the event happened ("the warning was forwarded by email at 15:21", "issued a warning at
# 2:52 p.m.", "telephoned the organiser at 8:05 pm").
_SENDING_WORD = frozenset(
    """
        warn warns warned warning forward forwards forwarded email emails emailed e-mailed
        telephone telephones telephoned phone phones phoned text texts texted notify notifies
        notified
    """.split()
)
_ISSUING = frozenset(
    "issue issues issued issuing publish publishes published post posts posted".split()
)
# Those whose being told is how an event first comes to light: "a neighbour phoned 911 at
# 1:40 a.m.", "police were notified of the shooting at 11:52 p.m." (the time stays the event's).
_RESPONDERS = frozenset(
    """
        911 999 112 police brigade ambulance ambulances paramedics rescuers coastguard
        coast guard firefighters emergency services dispatch dispatchers
    """.split()
)
# Word that is the event itself: a threat, a distress call, an air-raid alert.
_THE_MESSAGE_IS_THE_EVENT = frozenset(
    "threat threats distress sos mayday raid missile missiles rocket rockets siren sirens".split()
)


def _the_preposition_of(text: str, clock: re.Match[str]) -> Token | None:
    """The preposition a clock time hangs on in the parse ("at" of "warned at 2:52 p.m."), if
    any."""
    (doc,) = nlp.parse([text])
    token = next((t for t in doc if t.idx <= clock.start() < t.idx + len(t)), None)
    while token is not None and token.dep_ != "prep" and token.head.i != token.i:
        token = token.head
    return token if token is not None and token.dep_ == "prep" else None


# Words that bring a service back or put a fire out: a clock time they govern is when the
# event ended, not when it happened ("services were fully restored at 5:30 p.m.", "the outage
# lasted 11 hours, ending at 5:30 p.m.", "the road reopened at noon", "the fire was
# extinguished at 4 a.m."). Not "ended" nor "resumed": "the siege ended at 4 a.m." when it was
# stormed, "shelling resumed at 6 a.m." are the event; nor "lifted": "the gates were lifted at
# 11:30 p.m." may be.
_ENDING = frozenset(
    """
        ending restore restores restored restoring reopen reopens reopened reopening repaired
        fixed extinguished doused
    """.split()
)
# A verb with the particle that makes it an end: "power came back at 11:30 p.m.", "the fire
# was put out at 4 a.m."
_ENDING_WITH = {
    "back": frozenset("came come comes coming".split()),
    "out": frozenset("put puts".split()),
}
# What is told right after a clock time that makes it the event's after all: "until about
# 4:15 p.m. on Thursday, when a section of the deck gave way".
_WHEN_AFTER = re.compile(
    r"^(?:\s+(?:on|this|last)\s+\w+)?(?:\s+(?:local\s+)?time)?,?\s+when\b", re.I
)


def _an_end_at(text: str, clock: re.Match[str]) -> bool:
    """Whether the clock time tells when something ended: it hangs on "until" ("the platform
    was not fully back until 7:45 pm") or on words that end it ("were fully restored at 5:30
    p.m.", "ending at 5:30 p.m.", "came back at 11:30 p.m.", "brought under control at 9:45
    a.m."); not when a "when" clause after it tells the event ("until about 4:15 p.m., when a
    section of the deck gave way"), nor the end of a span "between noon and 1 p.m.", often the
    window the event fell in."""
    if _WHEN_AFTER.match(text[clock.end() :]):
        return False  # "until about 4:15 p.m., when a section of the deck gave way"
    preposition = _the_preposition_of(text, clock)
    if preposition is None:
        return False
    verb = preposition.head
    if preposition.lower_ in {"until", "till"} or verb.lower_ in _ENDING:
        return True
    if any(
        c.dep_ in {"prt", "advmod"} and verb.lower_ in _ENDING_WITH.get(c.lower_, ())
        for c in verb.children
    ):
        return True
    # "brought the blaze under control at 9:45 a.m."
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "control" for o in c.children)
        for c in verb.children
    )


# Verbs of setting out: a clock time they govern is when a journey began, hours before what
# befell it ("the bus left Arequipa's main terminal at 2:30 a.m.", "records show the bus
# leaving at 1:15 a.m.", "the ferry departed at 9 p.m.", "had left Rampur at around 9.30 am",
# "sailed from Batangas at 8 p.m."); with a particle ("set off", "set sail"). Not "took off":
# a plane that "took off at 6:10 a.m. and crashed minutes later" fell at about that time.
_DEPARTING = frozenset(
    "leave leaves left leaving depart departs departed departing sail sails sailed".split()
)
_SETTING = frozenset("set sets setting".split())
_SET_WHICH_WAY = frozenset({"off", "out", "sail"})
# Those who board set out whoever they are: "the passengers boarded at 8 p.m.".
_BOARDING = frozenset("board boards boarded boarding".split())
# Where journeys start: "the bus left Arequipa's main terminal at 2:30 a.m." (a vehicle that
# leaves anything else, "a narrow road", "the rails", "the A9", crashed).
_STARTING_POINTS = frozenset(
    """
        terminal terminus station depot port harbour harbor pier jetty dock docks quay marina
        airport airfield base garage yard camp
    """.split()
)


# What sets out on a journey: a vehicle (not "The zoo said the tiger left its grounds at around
# 7 a.m.": the escape itself).
_TRAVELLING = frozenset(
    """
        bus buses coach coaches minibus train trains ferry ferries ship ships boat boats vessel
        vessels plane planes aircraft jet flight flights convoy truck trucks lorry lorries van
        tanker
    """.split()
)


def _a_departure_at(text: str, clock: re.Match[str]) -> bool:
    """Whether the clock time tells when a journey began: it hangs on "left", "departed",
    "sailed", "set off" (`_DEPARTING`) said of a vehicle, or of "it" with nothing named as left
    (not "it left its enclosure", an animal's escape), or on "boarded"; and what was left, if
    named, is where journeys start, not a road or the rails (the crash itself)."""
    preposition = _the_preposition_of(text, clock)
    if preposition is None:
        return False
    verb = preposition.head
    if verb.lower_ in _BOARDING:
        return True
    with_particle = verb.lower_ in _SETTING and any(
        c.dep_ in {"prt", "advmod", "dobj"} and c.lower_ in _SET_WHICH_WAY for c in verb.children
    )
    if verb.lower_ not in _DEPARTING and not with_particle:
        return False
    left = [c for c in verb.children if c.dep_ == "dobj"]
    subject = nlp.child_of(verb, "nsubj")
    if subject is None or not (
        subject.lower_ in _TRAVELLING or (subject.lower_ in {"it", "they"} and not left)
    ):
        return False
    # what it left is where journeys start (a terminal, a port, a town), or nothing named; not
    # "the roadway", "the A9", "the navigation channel": the crash or the grounding itself
    return all(c.lower_ in _STARTING_POINTS or c.ent_type_ == "GPE" for c in left)


def _a_message_sent_at(text: str, clock: re.Match[str]) -> bool:
    """Whether the clock time tells when word was sent beforehand: the verb its "at" hangs on
    sends a warning to someone ("IMGW says it warned at 2:52 p.m.", "the warning was forwarded
    by e-mail at 15:21", "its red alert, issued at 2:52 p.m."); not the time of a thing ("The
    quake at 10:40 p.m. sent residents running"), a call to the police or the fire brigade, nor
    word that is the event itself (a bomb threat, a distress signal, an air-raid alert)."""
    token = _the_preposition_of(text, clock)
    if token is None:
        return False
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"}:
        # "The eruption at 11:05 a.m.": the time of a thing (unless a warning's: "a
        # second-degree warning - the middle of its three levels - at 2:52 p.m.")
        nouns = [verb]
        while nouns[-1].pos_ not in {"VERB", "AUX"} and nouns[-1].head.i != nouns[-1].i:
            nouns.append(nouns[-1].head)
        told_of = {word.lower_ for noun in nouns for word in noun.subtree}
        return (
            any(noun.lower_.startswith(("warning", "alert")) for noun in nouns)
            and not told_of & _THE_MESSAGE_IS_THE_EVENT
        )
    told = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative", "prep"}]
    told += [o for c in told if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if verb.dep_ == "acl":
        told.append(verb.head)  # "its red alert, issued at 2:52 p.m."
    words = {w.lower_ for c in told for w in c.subtree}
    if words & (_RESPONDERS | _THE_MESSAGE_IS_THE_EVENT):
        return False
    if verb.lower_ in _ISSUING:  # a warning issued (not "the boil-water notice was issued")
        return any(c.lower_.startswith(("warn", "alert")) for c in told)
    return verb.lower_ in _SENDING_WORD


def _time_of_day(
    evidence: EvidenceSet, found: list[DatedSentence], event_iso: str | None
) -> TimeRef | None:
    """The event's time of day: the clock time most independent sources give in sentences
    dated to the event's day ("the tremor struck at 10:40 p.m. on May 15"), those that say
    something happened first. None when no such sentence gives one."""
    if not event_iso or len(event_iso) != 10:
        return None
    times: dict[int, list[tuple[DatedSentence, re.Match[str]]]] = {}
    departures: dict[int, list[tuple[DatedSentence, re.Match[str]]]] = {}
    seen: set[tuple[str, int]] = set()
    days_of: dict[tuple[str, int], list[TimeExpression]] = {}
    for dated in found:
        days_of.setdefault((dated.ref.source_id, dated.ref.start), []).append(dated.expression)
    for dated in found:
        key = (dated.ref.source_id, dated.ref.start)
        if dated.expression.iso != event_iso or dated.implicit or key in seen:
            continue
        if _A_STATE_SINCE.search(dated.ref.text, 0, dated.expression.start):
            continue  # "died shortly after 7 a.m. ..., where he had been in intensive care
            # since Tuesday afternoon": the day a state began, not the clock time's (not "Since
            # Tuesday was a market day", "a fire that broke out at 3 a.m. burned until ...")
        seen.add(key)
        for minutes, match in _moments(dated.ref.text):
            if _a_message_sent_at(dated.ref.text, match):
                continue  # "IMGW says it warned at 2:52 p.m.": when word was sent, not the event
            if _an_end_at(dated.ref.text, match):
                continue  # "fully restored at 5:30 p.m.": when it ended
            if _a_departure_at(dated.ref.text, match):
                # "the bus left the terminal at 2:30 a.m.": when the journey began, the time
                # of day only when no other is told
                departures.setdefault(minutes, []).append((dated, match))
                continue
            if _another_days_clock(match, days_of[key], event_iso):
                continue  # "was on Thursday at 14:10 renewed, after the runaway of Tuesday"
            text = dated.ref.text
            if _SHORTLY_BEFORE.search(text[: match.start()]) and (
                dated.expression.future or _PLANNED.search(text)
            ):
                continue
            times.setdefault(minutes, []).append((dated, match))
    if all(
        not _happened(dated) and _A_SAYING.search(dated.ref.text, 0, match.start())
        for members in times.values()
        for dated, match in members
    ):
        # only "the agency said it had issued a warning at 6:00 am on Saturday", when something
        # was said to be done: "The ferry overturned at around 4 p.m.", right after a sentence
        # of that day, is when the event was (a time the report tells in its own words, "the
        # landslide buried homes at about 4 a.m. on Tuesday", stays)
        times = _clock_times_after(evidence, found, event_iso) or times
    times = times or departures  # ("the first grain ship left Odesa at 9:15 a.m.": the news)
    if not times:
        return None

    def strength(minutes: int) -> tuple[bool, int, bool, float]:
        members = times[minutes]
        sources = evidence.independent_count([dated.ref.source_id for dated, _ in members])
        happened = any(_happened(dated) for dated, _ in members)
        # a time in figures over "around noon" (often when something else was done)
        in_figures = any(not match.group(0).isalpha() for _, match in members)
        return in_figures, sources, happened, max(dated.weight for dated, _ in members)

    members = sorted(
        times[max(times, key=strength)], key=lambda pair: (not _happened(pair[0]), -pair[0].weight)
    )
    dated, match = members[0]
    qualifier = _CLOCK_QUALIFIER.search(dated.ref.text[: match.start()])
    start = qualifier.start() if qualifier else match.start()
    zone = _TIME_ZONE_AFTER.match(dated.ref.text[match.end() :])
    end = match.end() + (zone.end() if zone else 0)
    return _the_time_told(dated, (start, end), dated.ref.text[start:end], event_iso, members)


def _the_time_told(
    dated: DatedSentence,
    span: tuple[int, int],
    shown: str,
    event_iso: str,
    members: Sequence[tuple[DatedSentence, re.Match[str]]],
) -> TimeRef:
    """The event's time of day, `shown` as its words, the statement of `dated` told without
    the time's `span` (start, end in its text), cited by each report of `members` once."""
    start, end = span
    expression = TimeExpression(start, end, dated.ref.text[start:end], event_iso, "clock")
    body = without_dateline(dated.ref.text)
    cut = len(dated.ref.text) - len(body)
    if cut and start >= cut:
        expression = replace(expression, start=start - cut, end=end - cut)
    else:
        body = dated.ref.text
    refs: dict[str, SentenceRef] = {}
    for other, _ in members:
        refs.setdefault(other.ref.source_id, other.ref)
    return supported_only(
        TimeRef(
            text=shown,
            date=event_iso,
            describes=describe(body, expression),
            citations=cite(refs.values()),
        )
    )


_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# A part of the day an event is told by when no clock time is given: "in the early hours of
# Tuesday", "on Wednesday afternoon", "the afternoon of Wednesday last week", "overnight".
_A_PART_OF_THE_DAY = re.compile(
    rf"\b(?:(?:in|during)\s+the\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?:the\s+)?"
    rf"(?:morning|today|{_WEEKDAY}))?"
    rf"|(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?{_WEEKDAY}\s+(?:morning|afternoon|evening|night)"
    rf"|(?:early|late)\s+(?:on\s+)?{_WEEKDAY}"
    rf"|(?:(?:on|in)\s+)?the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+"
    rf"(?:last\s+)?{_WEEKDAY}"
    r"|overnight|before\s+dawn|pre-?dawn|at\s+dawn|at\s+dusk|(?:late\s+)?at\s+night"
    r"|in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening))\b",
    re.I,
)
# How many independent reports must tell the event's part of the day.
PART_OF_DAY_SOURCES = 2
# A sentence of another incident than the event: "A second explosion hit the depot on Tuesday
# evening", "A smaller tremor struck the area", "a gas pipe burst hours before the blast".
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:second|third|fourth|another|separate|smaller|earlier|previous|aftershocks?|"
    r"foreshocks?|a\s+week\s+(?:after|before)|hours?\s+(?:after|before))\b",
    re.I,
)
# A day told as where a state began: "where he had been in intensive care since Tuesday
# afternoon".
_A_STATE_SINCE = re.compile(r"\b(?:had|has|have)\s+been\b[^.;]{0,80}\bsince\s+$", re.I)
# A part of the day told as a limit: "By Tuesday evening, the fire had spread to 4,000 acres".
_BY_OR_UNTIL = re.compile(r"\b(?:by|until|till)\s+(?:\w+\s+)?$", re.I)
# Conjunctions of a clause told as the time of the main one, not the event: "capsized on
# Tuesday after a storm hit the area overnight" (not "died when fire broke out overnight").
_A_CLAUSE_OF_ANOTHER_TIME = frozenset({"after", "before", "since", "until", "once"})


def _part_of_the_day(
    evidence: EvidenceSet, found: list[DatedSentence], event_iso: str | None
) -> TimeRef | None:
    """The event's part of the day when no clock time is given: the one most independent
    sources tell of the event itself, in sentences dated to the event's day ("The fire broke
    out in the early hours of Tuesday"; "the blasts, which began on Wednesday afternoon"), at
    least `PART_OF_DAY_SOURCES` of them or one report's first sentence with no other part told.
    None when two parts are told by as many sources."""
    if not event_iso or len(event_iso) != 10:
        return None
    told: dict[str, list[tuple[DatedSentence, re.Match[str]]]] = {}
    ledes: set[int] = set()  # (by `id`) a report's first sentence
    seen: set[tuple[str, int]] = set()
    for dated in found:
        key = (dated.ref.source_id, dated.ref.start)
        if dated.expression.iso != event_iso or dated.implicit or dated.expression.future:
            continue
        if key in seen:
            continue
        seen.add(key)
        text = dated.ref.text
        if _ANOTHER_INCIDENT.search(text) or any(
            year != event_iso[:4] for year in re.findall(r"\b(?:19|20)\d\d\b", text)
        ):
            continue  # "A second explosion hit ...", "a coach that crashed overnight in 2023"
        for part in _A_PART_OF_THE_DAY.finditer(text):
            if not _of_the_weekday(part.group(0), event_iso):
                continue  # "cheered as the ambulances pulled away on Saturday morning"
            if _BY_OR_UNTIL.search(text, 0, part.start()):
                continue
            if _told_of_the_event(text, part):
                told.setdefault(_part_named(part.group(0)), []).append((dated, part))
                if dated.ref.position == 0:
                    ledes.add(id(dated))
                break
    strength = {
        part: evidence.independent_count([dated.ref.source_id for dated, _ in members])
        for part, members in told.items()
    }
    best = max(strength, key=lambda part: strength[part], default="")
    if not best or (
        strength[best] < PART_OF_DAY_SOURCES
        and not (len(told) == 1 and any(id(dated) in ledes for dated, _ in told[best]))
    ):
        return None  # one report's part of the day may be of anything done that day, unless
        # it is what its first sentence says the event did and no report tells another part
    if sum(count == strength[best] for count in strength.values()) > 1:
        return None  # "overnight" in two reports, "on Tuesday morning" in two others
    members = sorted(told[best], key=lambda pair: -pair[0].weight)
    dated, part = members[0]
    # the time alone, its preposition left for `describe` to take with it ("on Tuesday
    # evening": "Tuesday evening"), so no word of the sentence goes ("caved in on ...")
    opening = re.match(r"(?:(?:on|in|at|during)\s+)", part.group(0), re.I)
    start = part.start() + (opening.end() if opening else 0)
    return _the_time_told(dated, (start, part.end()), part.group(0), event_iso, members)


def _told_of_the_event(text: str, part: re.Match[str]) -> bool:
    """Whether a part of the day is told of the event itself, by the parse: the verb it hangs
    from has the event as its subject ("The fire broke out in the early hours", "the blasts,
    which began on Wednesday afternoon"), not a thing or a person ("Part of the roof caved in
    on Tuesday evening", "police said late on Tuesday", "Shares crashed on Tuesday
    afternoon"); the verb's clause is not one of another time ("after a storm hit the area
    overnight"); and the part is not in a quotation."""
    (doc,) = nlp.parse([text])
    if any(start <= part.start() < end for start, end in quote_spans(text)):
        return False
    inside = [token for token in doc if part.start() <= token.idx < part.end()]
    verb = next(
        (token.head for token in inside if not part.start() <= token.head.idx < part.end()),
        None,
    )
    while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _A_CLAUSE_OF_ANOTHER_TIME for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
        subject = verb.head  # "the blasts, which began ..."
    # (the small model gives no lemmas: "blasts" is a blast by its plural's stem)
    return subject is not None and (
        subject.lower_ in EVENT_NOUNS or subject.lower_.removesuffix("s") in EVENT_NOUNS
    )


def _of_the_weekday(phrase: str, event_iso: str) -> bool:
    """Whether a part of the day names no weekday, or the event's."""
    named = re.search(_WEEKDAY, phrase, re.I)
    weekday = WEEKDAYS[date.fromisoformat(event_iso).weekday()]
    return named is None or named.group(0).lower() == weekday


def _part_named(phrase: str) -> str:
    """Which part of the day a phrase tells: "night" for the small hours ("overnight",
    "early Tuesday"), else "morning", "afternoon" or "evening" ("late on Tuesday")."""
    lowered = phrase.lower()
    for part in ("afternoon", "evening"):
        if part in lowered:
            return part
    if "dusk" in lowered or ("late" in lowered and "night" not in lowered):
        return "evening"
    if "morning" in lowered and "early" not in lowered:
        return "morning"
    return "night"


# How near a clock time (characters) a day must be written to be the day it is told of: "on
# Thursday at 14:10".
CLOCK_DAY_REACH = 15


def _another_days_clock(clock: re.Match[str], days: list[TimeExpression], event_iso: str) -> bool:
    """Whether the day written nearest a clock time in its sentence, within `CLOCK_DAY_REACH`,
    is another day than the event's: the time of what was done then."""
    near = [
        (max(day.start - clock.end(), clock.start() - day.end), day)
        for day in days
        if day.iso and len(day.iso) == 10
    ]
    near = [(gap, day) for gap, day in near if gap <= CLOCK_DAY_REACH]
    if not near:
        return False
    _, nearest = min(near, key=lambda pair: pair[0])
    return nearest.iso != event_iso


def _without_coarse_repeats(
    entries: dict[str, TimeRef], groups: dict[str, list[DatedSentence]]
) -> dict[str, TimeRef]:
    """No week, month or year told by a sentence that gives one of its days: "ordered work
    to stop at the mine where a rockfall trapped workers this week" is a statement of
    Thursday (its "on Thursday"), not an entry of the week as well."""
    with_a_day = {
        (dated.ref.source_id, dated.ref.start, day)
        for day, members in groups.items()
        if len(day) == 10
        for dated in members
        if not dated.implicit
    }

    def repeats(period: str, entry: TimeRef) -> bool:
        cited = {(c.source_id, c.start) for c in entry.citations}
        return any(
            (source, start) in cited and _in_period(day, period)
            for source, start, day in with_a_day
        )

    return {iso: e for iso, e in entries.items() if len(iso) == 10 or not repeats(iso, e)}


def _in_period(day: str, period: str) -> bool:
    """Whether a day ("2023-05-18") falls in a week ("2023-W20"), month or year."""
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", period):
        year, week, _ = date.fromisoformat(day).isocalendar()
        return (year, week) == (int(match.group(1)), int(match.group(2)))
    return day.startswith(period)


def _undated_ledes(evidence: EvidenceSet, found: list[DatedSentence]) -> list[DatedSentence]:
    """The first sentence of each report that has a date of its own and gives none in that
    sentence: what the report tells happened, dated by the report ("Contador has won")."""
    dated_text = {
        (dated.ref.source_id, dated.ref.start)
        for dated in found
        if dated.expression.kind != "event_year"  # "the 2012 outbreak" dates no statement
        and (
            dated.expression.kind in _RELATIVE
            or _covers(dated.expression.iso, evidence.article(dated.ref.source_id).published)
        )
    }
    # a statement another report dates from its own day ("on Wednesday") is dated by it
    retold = dated_text
    best = max((item.score for item in evidence.items), default=0.0) or 1.0
    ledes = []
    wanted = [
        (item, ref)
        for item in evidence.items
        if not any((other.source_id, other.start) in retold for other in item.members[1:])
        for ref in item.members
        if ref.position == 0
        and evidence.article(ref.source_id).published
        and (ref.source_id, ref.start) not in dated_text
    ]
    # One parse per item: its members say the same thing, in the same tense.
    told = {id(item): ref.text for item, ref in reversed(wanted)}
    docs = _parse(list(dict.fromkeys(told.values())))
    tenses = {key: _lede_tense(docs[text]) for key, text in told.items()}
    for item, ref in wanted:
        published = evidence.article(ref.source_id).published or ""
        dated_as = _lede_date(tenses[id(item)], published)
        if dated_as is None:
            continue
        text = human_date(dated_as) or dated_as
        expression = TimeExpression(0, 0, text, dated_as, "published")
        ledes.append(
            DatedSentence(
                expression,
                ref,
                item.score / best,
                False,
                implicit=True,
                corroboration=item.independent,
            )
        )
    return ledes


# A lede in the plain past ("A court martial found Graner guilty") tells what happened a day or
# two before its report: it is dated by the report's month, when the report comes this many days
# or more into it.
PAST_LEDE_MIN_DAY = 3


def _lede_tense(doc: Doc) -> str | None:
    """How a lede with no date of its own tells what happened: "perfect" ("has won": done as
    of its report's day), "past" (a day or two before it), or None: it reports nothing done,
    or its main verb carries a date of its own."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or _dated(root):
        return None
    if _reports_done(root):
        return "perfect"
    return "past" if root.tag_ == "VBD" else None


def _lede_date(tense: str | None, published: str) -> str | None:
    """The date such a lede is told at: its report's day for the perfect, its report's month
    for the plain past (from PAST_LEDE_MIN_DAY of the month on)."""
    if tense == "perfect":
        return published[:10]
    if tense == "past" and len(published) >= 10 and int(published[8:10]) >= PAST_LEDE_MIN_DAY:
        return published[:7]
    return None


def _covers(iso: str | None, published: str | None) -> bool:
    """Whether a date is the report's own day (or the day before), or a month or year that
    holds it: a lede with such a date is dated by it already."""
    if not iso or not published:
        return False
    if len(iso) == 10:
        return 0 <= sort_key(published)[1] - sort_key(iso)[1] <= 1
    return published.startswith(iso) or (
        len(iso) == 8 and sort_key(iso)[1] <= sort_key(published)[1] < sort_key(iso)[1] + 7
    )


def _dateline_span(text: str, published: str) -> tuple[int, int, str] | None:
    """Where the report's own date is written at its top, if it is."""
    head = text[:600]
    for expression in find_time_expressions(head, None):
        if expression.iso == published:
            return expression.start, expression.end, expression.text
    return None


def _described(evidence: EvidenceSet, groups: dict[str, list[DatedSentence]]) -> dict[str, TimeRef]:
    """One entry per date, told by the member sentence that states best what happened then."""
    candidates: dict[str, list[DatedSentence]] = {}
    for iso, members in groups.items():
        ordered = sorted(
            members,
            key=lambda d: (
                d.implicit,
                not _happened(d),
                -d.corroboration,
                -d.weight,
                len(d.ref.text),
            ),
        )
        unique: dict[str, DatedSentence] = {}
        for dated in ordered:
            unique.setdefault(dated.ref.text, dated)
        candidates[iso] = list(unique.values())[:PARSED_PER_DATE]
    # A wire dateline is parsed away: "PEZINOK (AP) - A Slovak court on Wednesday convicted
    # ..." hung "on Wednesday" on "court" and told the day as "A Slovak court".
    bodies = {
        iso: [(dated, *_after_dateline(dated)) for dated in members]
        for iso, members in candidates.items()
    }
    docs = _parse([body for found in bodies.values() for _, body, _ in found])
    # the days each sentence's body names ("late on Thursday"), apart from its dateline's
    named: dict[tuple[str, int], set[str]] = {}
    for iso, found in bodies.items():
        for dated, _, as_parsed in found:
            if as_parsed is not None and not dated.implicit and len(iso) == 10:
                named.setdefault((dated.ref.source_id, dated.ref.start), set()).add(iso)
    # the other days each sentence names, in its own words: a statement that keeps one of them
    # tells that day ("Hundreds gathered on Wednesday afternoon for the funeral of the girl who
    # died after collapsing during Tuesday's test" is no telling of Tuesday)
    days_written: dict[tuple[str, int], list[tuple[str, DatedSentence]]] = {}
    for iso, members in groups.items():
        for dated in members:
            if not dated.implicit and len(iso) == 10:
                key = (dated.ref.source_id, dated.ref.start)
                days_written.setdefault(key, []).append((iso, dated))
    entries: dict[str, TimeRef] = {}
    for iso, found in bodies.items():
        told = []
        for dated, body, as_parsed in found:
            doc = docs.get(body)
            if as_parsed is None and _own_day_before(
                iso, named.get((dated.ref.source_id, dated.ref.start), set())
            ):
                continue  # filed on the 26th about "late on Thursday": the body's day is its day
            if doc is not None and as_parsed is None:
                # dated by its dateline: the body is told whole, its own words for the day kept
                said: tuple[int, str] | None = (
                    3,
                    _render(doc, {t.i for t in doc}, set(), clause=True),
                )
            else:
                said = _telling(doc, as_parsed) if doc is not None else None
            if said is None and doc is not None and dated.implicit:
                continue  # a lede that does not report something that happened
            if said is not None and not said[1]:
                continue  # a date that tells when a thing was made or founded
            if len(iso) == 7 and _a_month_of_every_year(dated):
                continue  # "temperatures in the south regularly exceed 40 C in July": a month
                # of every year, no date of the story
            rank, text = said or (4, describe(dated.ref.text, dated.expression))
            if (
                rank != 2
                and doc is not None
                and as_parsed is not None
                and _after_its_report(evidence, dated)
                and _ahead_of_what_was_done(doc, as_parsed.expression)
            ):
                continue  # "She announced ... and promised that the elections would be held on
                # February 14, 2027": a day ahead, told by a sentence of what was done
            cut = text.endswith("…")
            # (only a statement told from a part of its sentence, whose main verb another day
            # of the sentence dates: not "HUS insists the attack began a week before systems
            # were encrypted on November 4", nor "the funeral of the girl who died on Sunday")
            another_day = (
                rank in {1, 2}
                and doc is not None
                and any(
                    day != iso
                    and other.expression.text in text
                    and _dates_the_main_verb(doc, other)
                    for day, other in days_written.get((dated.ref.source_id, dated.ref.start), [])
                )
            )
            told.append(
                (
                    another_day,
                    rank,
                    dangling(text),  # "He said ...": only if nothing else tells that day
                    dated.implicit,
                    not _happened(dated),
                    cut,
                    -dated.corroboration,
                    -dated.weight,
                    text,
                    dated,
                )
            )
        if not told:
            continue
        _, rank, *_, text, lead = min(told, key=lambda row: row[:8])
        entries[iso] = _time_ref(groups[iso], iso, lead, text, evidence)
    return entries


def _dates_the_main_verb(doc: Doc, dated: DatedSentence) -> bool:
    """Whether a time expression of a parsed sentence body is an adjunct of its root verb ("Hundreds
    gathered in Urgut on Wednesday afternoon for the funeral of the girl who collapsed during
    Tuesday's test": Wednesday's)."""
    _, as_parsed = _after_dateline(dated)
    if as_parsed is None:
        return False
    span = doc.char_span(
        as_parsed.expression.start, as_parsed.expression.end, alignment_mode="expand"
    )
    if span is None or not len(span):
        return False
    token = span.root
    for _ in range(3):
        if token.dep_ == "ROOT" or _told_by_the_root(token):
            return True
        if token.dep_ not in {"pobj", "prep", "npadvmod", "nmod", "compound"}:
            return False
        token = token.head
    return token.dep_ == "ROOT" or _told_by_the_root(token)


def _told_by_the_root(verb: Token) -> bool:
    """Whether a verb is what the sentence's root says: "died in hospital on Thursday morning,
    health officials said" (the sentence tells the death; "said" only gives its voice)."""
    return (
        verb.dep_ == "ccomp"
        and verb.pos_ in {"VERB", "AUX"}
        and verb.head.dep_ == "ROOT"
        and verb.head.lower_ in SAYING
    )


# A month told with a word of habit right before it in its clause: "temperatures in the south
# regularly exceed 40 C in July" (not "which usually opens in July, will be held in September":
# September's clause has none; nor "each day since March", "the carmaker, which usually reports
# in July, says its profit has fallen since March").
_EVERY_YEAR = re.compile(
    rf"\b(?:{HABIT_ADVERBS}|(?:every|each)\s+(?:year|summer|winter|spring|autumn|season))\b"
    r"(?![^,;]*?\b(?:and|but|will|would|could|has|have|had|since|until|this\s+year)\b)"
    r"[^,;]{0,50}$",
    re.I,
)


def _a_month_of_every_year(dated: DatedSentence) -> bool:
    """Whether a month is told as one of every year (`_EVERY_YEAR`)."""
    return _EVERY_YEAR.search(dated.ref.text[: dated.expression.start]) is not None


# A day the body of a wire story names this many days before its dateline's is the day of
# what it tells ("BRASILIA, Oct 26 - ... signed an agreement late on Thursday").
OWN_DAY_WITHIN = 7


def _own_day_before(dateline_day: str, named: set[str]) -> bool:
    """Whether the body names a day of its own in the week before its dateline's: not a
    month of background ("since August 2017"), not a day ahead ("from July 1")."""
    if len(dateline_day) != 10:
        return False
    filed = date.fromisoformat(dateline_day)
    return any(0 < (filed - date.fromisoformat(day)).days <= OWN_DAY_WITHIN for day in named)


def _ahead_of_what_was_done(doc: Doc, expression: TimeExpression) -> bool:
    """Whether the day hangs on a verb below a main verb in the past ("She announced ... and
    promised that the elections would be held on February 14"): the sentence tells what was
    done, not what happens that day."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if root is None or root.tag_ != "VBD" or span is None or not len(span):
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i == root.i:
        return False
    # "Consultations will begin on Monday, the statement said": what was said is that day's
    return not (verb.dep_ == "ccomp" and verb.head.i == root.i)


def _after_its_report(evidence: EvidenceSet, dated: DatedSentence) -> bool:
    """Whether the day named comes after the day its report was published."""
    published = (evidence.article(dated.ref.source_id).published or "")[:10]
    iso = dated.expression.iso or ""
    return len(iso) == 10 and len(published) == 10 and iso > published


def _after_dateline(dated: DatedSentence) -> tuple[str, DatedSentence | None]:
    """The sentence without the dateline that opens it, and `dated` with its expression's
    offsets in that text; None when the expression is in the dateline ("JOHANNESBURG, June 1
    (Reuters) - ..."), which dates the whole body."""
    text = dated.ref.text
    body = without_dateline(text)
    cut = len(text) - len(body)
    if not cut:
        return text, dated
    if dated.implicit:  # a lede dated by its report: told whole, without the dateline
        return body, dated
    if dated.expression.start < cut:
        return body, None
    expression = replace(
        dated.expression, start=dated.expression.start - cut, end=dated.expression.end - cut
    )
    return body, replace(dated, expression=expression)


def _parse(texts: list[str]) -> dict[str, Doc]:
    """The parse of each text (`nlp.parse` keeps every parse for the rest of the brief)."""
    return dict(zip(texts, nlp.parse(texts), strict=True))


def _time_ref(
    members: list[DatedSentence],
    iso: str | None,
    lead: DatedSentence | None,
    text: str | None = None,
    evidence: EvidenceSet | None = None,
) -> TimeRef:
    lead = lead or members[0]
    refs: dict[str, SentenceRef] = {}
    for dated in [lead, *members]:
        refs.setdefault(dated.ref.source_id, dated.ref)
    citations = cite(refs.values())
    wording = lead.expression.text
    published = evidence.article(lead.ref.source_id).published if evidence else None
    line = (
        _dateline_span(evidence.article(lead.ref.source_id).text, published)
        if lead.implicit and evidence and published and iso
        else None
    )
    if line:  # a lede dated by its report: cite the date as the report prints it
        start, end, printed = line
        wording = printed if iso == published else wording  # a month: "January 2005"
        citations = cite([SentenceRef(lead.ref.source_id, start, end, printed, -1), *refs.values()])
    return supported_only(
        TimeRef(
            text=wording,
            date=iso,
            describes=_one_full_stop(text or describe(lead.ref.text, lead.expression)),
            citations=citations,
        )
    )


def _durations(
    evidence: EvidenceSet,
    dated: Sequence[DatedSentence] = (),
    event: date | None = None,
    earlier: AbstractSet[tuple[str, int]] | None = None,
) -> list[TimeRef]:
    """How long the event lasted, when at least two independent sources give the same length
    ("after thirteen days of captivity", "the 13 days after their detention"); not the length
    of something dated long before ("since a three-day strike in February 2024")."""
    best = max((item.score for item in evidence.items), default=0.0) or 1.0
    dated_in: dict[tuple[str, int], list[DatedSentence]] = {}
    for entry in dated:
        dated_in.setdefault((entry.ref.source_id, entry.ref.start), []).append(entry)
    found: dict[str, list[tuple[TimeExpression, SentenceRef, float]]] = {}
    # sentences that tell an earlier event ("In 2017, a tunnel subsidence blocked the line
    # during seven weeks"): their lengths are that event's (found once by the caller, else here)
    if earlier is None:
        earlier = earlier_events(reference_dates(evidence)[0], list(dated), event)
    for item in evidence.items:
        for ref in item.members:
            for expression in find_durations(ref.text):
                dates = dated_in.get((ref.source_id, ref.start), [])
                if (ref.source_id, ref.position) in earlier or _of_something_long_before(
                    expression, dates, event
                ):
                    continue
                if expression.iso:
                    found.setdefault(expression.iso, []).append(
                        (expression, ref, item.score / best)
                    )

    def sources(iso: str) -> int:
        return evidence.independent_count([ref.source_id for _, ref, _ in found[iso]])

    kept = [iso for iso in found if sources(iso) >= 2]
    kept.sort(key=lambda iso: (-sources(iso), -sum(w for _, _, w in found[iso]), iso))
    durations = []
    for iso in kept[:MAX_DURATIONS]:
        members = sorted(found[iso], key=lambda row: (-row[2], len(row[1].text)))
        expression, ref, _ = members[0]
        body = without_dateline(ref.text)
        doc = _parse([body]).get(body)
        said = _telling(doc, None) if doc else None
        refs: dict[str, SentenceRef] = {}
        for _, member, _ in members:
            refs.setdefault(member.source_id, member)
        durations.append(
            supported_only(
                TimeRef(
                    text=expression.text,
                    date=None,
                    duration=iso,
                    describes=said[1] if said else shorten(clean_sentence(body), DESCRIBE_WORDS),
                    citations=cite(refs.values()),
                )
            )
        )
    return durations


# How far after a length of time a date may name when that thing was: "a three-day strike in
# February 2024".
DURATION_DATED_CHARS = 60


def _of_something_long_before(
    expression: TimeExpression, dates: Sequence[DatedSentence], event: date | None
) -> bool:
    """Whether a length of time is of a thing the words right after it (`dates`: the dated
    readings of its sentence) date at least LONG_BEFORE_DAYS before the event, or that a "when"
    clause of a date a year or more before the event tells: another event's, told in
    comparison."""
    if event is None:
        return False
    for entry in dates:
        gap = entry.expression.start - expression.end
        end = period_end(entry.expression.iso)
        if 0 <= gap <= DURATION_DATED_CHARS and end and (event - end).days >= LONG_BEFORE_DAYS:
            return True
        if (
            entry.expression.end <= expression.start
            and end
            and (event - end).days >= EARLIER_EVENT_DAYS
            and _WHEN_CLAUSE.match(entry.ref.text, entry.expression.end)
        ):
            return True  # "memories of April 2010, when ash shut Europe's airspace for six
            # days": the clause a year long gone opens tells that year's span
    return False


# A clause that tells what happened at the date before it: "April 2010, when ash ...".
_WHEN_CLAUSE = re.compile(r",?\s+when\b")


# --- what a date belongs to, from the sentence's parse --------------------------------------


def _telling(doc: Doc, dated: DatedSentence | None) -> tuple[int, str] | None:
    """(rank, statement): the clause or noun phrase that a time expression belongs to, with the
    expression taken out when it comes out cleanly. Rank 0 is a main clause, 1 a subordinate
    one, 2 a noun phrase, 3 the whole sentence with the date left in; the statement is empty
    when the date only tells when a thing was made ("a boat built in 1964"). A lede
    (`implicit`, dated by `_lede_date`) and a duration (no `dated`) are told whole."""
    tokens = list(doc)
    if not tokens:
        return None
    whole = {t.i for t in tokens}
    if dated is None or dated.implicit:
        return 0, _render(doc, whole, set(), clause=True)  # a lede: `_lede_date` dated it
    expression = dated.expression
    if expression.end > len(doc.text):
        return None  # past what was parsed
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    if inside & nlp.quoted(doc):  # '"Today we have shown ...," Tavares said': not cut from a quote
        return 3, _render(doc, whole, set(), clause=True)
    if _DATELINE.match(doc.text[expression.end :]) and not doc.text[: expression.start].strip():
        return 1, _render(doc, whole, inside, clause=True)  # "Saturday, March 26, 2005 Up to"
    attach = span.root
    if attach.head.dep_ == "prep" and attach.head.i not in inside:
        attach = attach.head  # "on" of "on March 23"
    while attach.head.lower_ in _TIME_NOUNS and attach.head.i != attach.i:
        attach = attach.head  # "at the end of last year" is one time expression
        inside |= {t.i for t in attach.subtree if t.dep_ in {"det", "amod", "prep", "case"}}
        inside.add(attach.i)
        if attach.head.dep_ == "prep" and attach.head.i != attach.i:
            attach = attach.head
    if attach.dep_ == "ROOT":
        return 3, _render(doc, whole, set(), clause=True)
    subtree = {t.i for t in attach.subtree}
    grammar = {t.i for t in attach.subtree if t.dep_ in {"case", "punct"}}
    removable = (
        attach.dep_ in _ADJUNCTS
        and subtree <= inside | grammar | {attach.i}
        and not _only_complement(attach)
    )
    rank, keep = _clause_tokens(doc, attach.head, inside)
    drop = subtree if removable and rank != 3 else set()
    if _bare_participle(doc, keep, drop):
        return rank, ""  # "a sightseeing boat built in 1964": when a thing was made, no event
    # "Today's 196 km stage" -> "The 196 km stage"
    after = max(drop) + 1 if drop else len(doc)
    article = {after} if attach.dep_ == "poss" and after < len(doc) else set()
    told = _render(doc, keep, drop, clause=rank != 2, article=article)
    if _RELATIVE_OPENING.match(told):
        # "In 2002, in which more than 360 people died": the clause lost what it is about
        return 3, _render(doc, whole, set(), clause=True)
    return rank, told


def _noun_phrase(head: Token) -> set[int]:
    """A noun phrase without a figure the parse hangs on it after a comma ("last week's
    sinking of a boat on the Danube, one more than the official police figure")."""
    doc = head.doc
    dropped = {
        t.i
        for child in head.subtree
        if child.i > head.i
        and child.dep_ == "appos"
        and child.pos_ == "NUM"  # "..., one more than the police figure" (not a name)
        and doc[child.left_edge.i - 1].text == ","
        for t in child.subtree
    }
    return {t.i for t in head.subtree} - dropped


def _bare_participle(doc: Doc, keep: set[int], drop: set[int]) -> bool:
    """Whether taking the date out leaves a participle with nothing after it: "a sightseeing
    boat built (in 1964)", "the bridge opened (in May)"."""
    return any(
        doc[i].dep_ == "acl"
        and doc[i].tag_ in {"VBN", "VBG"}
        and all(c.i in drop or c.is_punct for c in doc[i].children)
        and any(c.i in drop for c in doc[i].children)
        for i in keep - drop
    )


# A statement that opens (after its date) with a relative clause has lost its antecedent.
_RELATIVE_OPENING = re.compile(
    r"^(?:(?:in|on|at|during|since)\s+[^,]{1,40},\s+)?(?:(?:in|on|at|during|of|from|by)\s+)?"
    r"(?:which|whom|whose|who)\b",
    re.IGNORECASE,
)


def _only_complement(attach: Token) -> bool:
    """Whether the date is all that follows 'be' ("Stage One will be on the following day")."""
    head = attach.head
    return head.lower_ in _BE and not any(
        c.dep_ in {"attr", "acomp", "prep", "dobj", "oprd", "advmod"} and c.i != attach.i
        for c in head.children
    )


def _reports_done(root: Token) -> bool:
    """A main verb in the present perfect ('has won', 'have been captured'): done as of the
    report's day. A plain past ('struck') is as often the day before, so it is not dated."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(
        verb.tag_ == "VBN"
        and any(
            c.dep_ == "aux" and c.lower_ in {"has", "have", "’ve", "'ve"} for c in verb.children
        )
        for verb in verbs[:1]
    )


def _dated(root: Token) -> bool:
    """Whether the main verb itself carries a date ("announced on March 29")."""
    return any(
        token.ent_type_ in {"DATE", "TIME"}
        for child in root.children
        if child.dep_ in _ADJUNCTS
        for token in child.subtree
    )


def _clause_tokens(doc: Doc, head: Token, inside: set[int]) -> tuple[int, set[int]]:
    """The tokens of the statement that `head` (what a date modifies) belongs to."""
    whole = {t.i for t in doc}
    while head.dep_ in _INSIDE_A_NOUN and head.head.i != head.i:
        head = head.head
    while head.lower_ in _TIME_NOUNS and head.head.i != head.i:
        head = head.head  # "the evening of August 10": what happened that evening
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
    if head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        if head.dep_ in _SUBJECTS and head.head.pos_ in {"VERB", "AUX"}:
            return _clause_tokens(doc, head.head, inside)
        above = _above_the_place(head)
        if above.pos_ in {"VERB", "AUX"}:  # "killed ... at the city's main station on
            # Tuesday": the parse hangs the day on the place; the statement is the killing,
            # not "the station" ("his victory in the time trial on Saturday" dates the trial)
            return _clause_tokens(doc, above, inside)
        head = above  # "stabbed in an attack at the main station on Tuesday": the attack
        phrase = _noun_phrase(head)
        words = [i for i in phrase - inside if doc[i].is_alpha]
        if head.pos_ == "NOUN" and len(words) >= 3 and head.dep_ != "ROOT" and _an_occasion(head):
            return 2, phrase  # "the January 27 attack", not "the city's main station"
        return 3, whole
    if head.pos_ not in {"VERB", "AUX"}:
        return 3, whole
    verb = head
    while verb.dep_ in {"xcomp", "aux", "auxpass"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in _MAIN or (verb.dep_ == "conj" and _is_main(verb)):
        return 0, whole
    if verb.dep_ == "relcl" and (told := _relative_as_a_clause(verb)) is not None:
        return (3, whole) if _cut_in_a_name(doc, told) else (1, told)
    if (
        verb.dep_ == "relcl"
        and verb.head.pos_ != "PROPN"
        and _has_named_subject(verb)
        and (where := _where_or_when(verb)) is not None
    ):
        # "the park near Guadalajara where a car fell from the track a day earlier": "A car
        # fell from the track", a clause of its own (not the noun it hangs on; a name keeps
        # its clause, "Kanjuruhan, where 135 people died", which would lose the place)
        return 1, {t.i for t in verb.subtree} - {where.i}
    if verb.dep_ in _ATTACHED_CLAUSES and verb.head.pos_ == "NOUN":
        phrase = _noun_phrase(verb.head)
        return (3, whole) if _cut_in_a_name(doc, phrase) else (2, phrase)
    if verb.dep_ == "advcl" and _has_named_subject(verb):
        clause = {t.i for t in verb.subtree}
        # without the word that joins it to the sentence: "(when) a fire started in its engine
        # room", which the parse may make an adverb of the clause
        clause -= {
            c.i
            for c in verb.children
            if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _JOINING_A_CLAUSE)
        }
        # and without how long before or after it the sentence's own news is: "(Ten days)
        # after the bridge fell into the river on March 17, Kisumu still cannot agree ..."
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is not None:
            for c in verb.children:
                if c.i == mark.i or (c.i < mark.i and c.dep_ in {"npadvmod", "advmod"}):
                    clause -= {t.i for t in c.subtree}
        return 1, clause
    return 1, whole


def _relative_as_a_clause(verb: Token) -> set[int] | None:
    """A relative clause set off by a comma whose subject is its pronoun, told as a clause of
    its own: "the dam, which was breached on Tuesday," is "The dam was breached"; "the
    batteries, which were installed in 2015," is "The batteries were installed" (not the
    fragment "The batteries, which were installed")."""
    noun = verb.head
    pronoun = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "who", "that"}
        ),
        None,
    )
    doc = verb.doc
    if pronoun is None or noun.pos_ not in {"NOUN", "PROPN"} or pronoun.i == 0:
        return None
    if doc[pronoun.i - 1].text != ",":
        return None  # "loan payments that fell due in January": the clause says which ones
    if pronoun.lower_ == "who" and any(
        t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} for t in (noun, *noun.children)
    ):
        return None  # "a boy from Urgench, in Khorezm region, who died": the parse's place
    phrase = _noun_phrase(noun)
    end = max(t.i for t in verb.subtree) + 1  # the comma that closes the clause, unless the
    closing = end < len(doc) and doc[end].text == "," and end + 1 not in phrase  # phrase goes on
    return phrase - {pronoun.i - 1, pronoun.i} - ({end} if closing else set())


# Words that join a clause of time to its sentence, which the parse may tag adverbs.
_JOINING_A_CLAUSE = frozenset({"when", "whenever", "while", "as", "once", "after", "before"})


# Nouns that name something that happens, which a date can be of: "the time trial on
# Saturday", "the summit in March", besides `EVENT_NOUNS`.
_OCCASIONS = EVENT_NOUNS | frozenset(
    """
        vote votes election elections trial hearing meeting talks summit visit ceremony
        conference stage race match final festival strike protest protests march raid
        operation session game tournament referendum verdict ruling funeral vigil rally
        investigation inquiry probe evacuation demonstration heatwave outbreak coup siege
        ambush bombing hijacking kidnapping abduction escape arrest arrests sentencing
        riot riots clashes war invasion offensive ceasefire wildfire wildfires typhoon
        hurricane tornado tsunami avalanche drought epidemic pandemic massacre fighting battle
        unrest uprising seizure capture closure failure departure arrival removal dismissal
        approval burial refusal withdrawal survival rescue release killing killings shooting
        sinking landing death announcement retirement speech stabbing stabbings murder
        robbery assault poll walkout crackdown
    """.split()
)
# Words in -tion and -sion that name a place, a body or an amount, not something that happens.
_NOT_OCCASIONS = frozenset(
    """
        station nation location position population institution organisation organization
        administration corporation association federation coalition commission delegation
        junction intersection section portion opinion mission division
        television pension mansion version question condition nutrition action legislation
        medication
    """.split()
)


# Prepositions that set what follows in time against the verb, not in a place: the day is
# the noun's ("before the deadline on Friday, the company paid").
_TIME_PREPOSITIONS = frozenset(
    "before after since until till despite following ahead prior".split()
)


def a_named_occasion(noun: Token) -> bool:
    """A noun of `_OCCASIONS` itself, no guess from its ending ("a congregation", "a wedding
    procession" are people)."""
    return noun.lower_ in _OCCASIONS


def _an_occasion(noun: Token) -> bool:
    """A noun for something that happens: "the attack", "the time trial", "the seizure",
    "the election" (nouns in -tion and -sion but those of `_NOT_OCCASIONS`)."""
    word = noun.lower_
    return word in _OCCASIONS or (
        word.endswith(("tion", "sion", "tions", "sions")) and word.rstrip("s") not in _NOT_OCCASIONS
    )


def _above_the_place(noun: Token) -> Token:
    """What a date hung on a place is of: the first occasion up the chain of prepositional
    phrases the noun is the object of ("an attack at the main station on Tuesday": the
    attack), else the verb the chain hangs from, directly or through the verb's object ("shot
    dead a driver during a traffic stop in Nanterre": shot), else the noun itself."""
    start, climbed = noun, False
    while not _an_occasion(noun) and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.lower_ in _TIME_PREPOSITIONS:
            break  # "since the government's announcement on Monday": the announcement's day
        above = noun.head.head
        if above.i == noun.i:
            break
        if above.pos_ in {"VERB", "AUX"}:
            return above
        noun, climbed = above, True
    if _an_occasion(noun):
        return noun
    if climbed and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head  # "shot dead a driver during a stop ...": the driver's verb
    return start


def _cut_in_a_name(doc: Doc, phrase: set[int]) -> bool:
    """Whether a phrase the parse gives starts inside a name ("Sul state hit by a tornado" of
    "towns in Rio Grande do Sul state hit by a tornado"): no statement on its own."""
    first = min(phrase)
    if first == 0 or doc[first].pos_ != "PROPN":
        return False
    before = doc[first - 1]
    return before.pos_ == "PROPN" or (
        before.lower_ in _NAME_PARTICLES and first > 1 and doc[first - 2].pos_ == "PROPN"
    )


# Small words inside names: "Rio Grande do Sul", "Ciudad del Este", "Ludwig van Beethoven".
_NAME_PARTICLES = frozenset("do da de das dos del della di du van von der al el bin ibn".split())


def _is_main(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in _MAIN


def _where_or_when(verb: Token) -> Token | None:
    """The "where" or "when" a relative clause opens on, if it does."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first if first.lower_ in {"where", "when"} and first.head.i == verb.i else None


def _has_named_subject(verb: Token) -> bool:
    """Whether a clause says who did it itself (not "he", "it": those need the sentence)."""
    return any(c.dep_ in _SUBJECTS and c.pos_ != "PRON" for c in verb.children)


def _render(
    doc: Doc, keep: set[int], drop: set[int], *, clause: bool, article: set[int] | None = None
) -> str:
    """The kept tokens as text, tidied and capitalised. A long one loses its asides first
    (parentheses, appositions, clauses set off by commas), then is cut at a word with '…'.
    Tokens in `article` get a 'the' before them (where a possessive date was taken out)."""
    told = keep - drop
    keep = without_asides(doc, told, DESCRIBE_WORDS)
    if clause and not _has_a_verb(doc, keep) and _has_a_verb(doc, told):
        # the asides took every verb ("The Ghana Maritime Authority, which has said ..., set up
        # a board of inquiry on Monday", "set up" read as part of what it said): not "The Ghana
        # Maritime Authority." but the clause, cut if long
        keep = told
    text = tidy(joined(doc, keep, article or set()))
    if not text or _a_sentence_broken(text):
        # (a quotation's first sentence joined to a clause of the next: "Nobody on that bridge
        # was drunk. held valid class certificates ...": the sentence whole)
        return shorten(clean_sentence(doc.text), DESCRIBE_WORDS)
    text = shorten(text, DESCRIBE_WORDS)
    text = text[:1].upper() + text[1:]
    if clause and not re.search(r"[.!?…\"”’']$", text):
        text += "."
    return text


# A stop followed by a word in lower case: words of two sentences joined wrongly.
_STOP_THEN_LOWER = re.compile(r"([\w.]+)[.!?]\s+[a-z]")


def _a_sentence_broken(text: str) -> bool:
    """Whether a description joins words of two sentences wrongly ("Nobody on that bridge was
    drunk. held valid class certificates"), not the stop of an abbreviation ("at 3:40 a.m. on
    Wednesday", "U.S. officials", "St. Louis")."""
    for stop in _STOP_THEN_LOWER.finditer(text):
        word = stop.group(1)
        if len(word) == 1 or "." in word or word.lower() in ABBREVIATIONS:
            continue
        return True
    return False


def _has_a_verb(doc: Doc, tokens: set[int]) -> bool:
    return any(doc[i].pos_ in {"VERB", "AUX"} for i in tokens)


# A stop after the stop of an abbreviation, left when the time after it is taken out: "spotted
# the error at 6:50 a.m." of "... at 6:50 a.m. on Friday." (not an ellipsis, "...").
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def _one_full_stop(text: str) -> str:
    return _DOUBLE_STOP.sub(".", text)


# Words that join a time to another one before it, which taking it out would leave dangling.
_JOINS_ANOTHER_TIME = re.compile(r"(?:\b(?:and|to|or|until|till|than)|[-–])$", re.I)


def describe(sentence: str, expression: TimeExpression) -> str:
    """The sentence with the time expression taken out, as a short description (the fallback
    when the sentence has no parse)."""
    before = sentence[: expression.start].rstrip()
    if _JOINS_ANOTHER_TIME.search(before):
        # "between midnight and 7 a.m. on Wednesday": without the time the words would break
        return shorten(clean_sentence(sentence), 24)
    for preposition in ("late on", "early on", "on", "in", "since", "by", "from", "at", "of"):
        if before.lower().endswith(" " + preposition) or before.lower() == preposition:
            before = before[: len(before) - len(preposition)].rstrip()
            break
    after = re.sub(r"^[’']s\b", "", sentence[expression.end :]).lstrip(" ,")
    text = clean_sentence(f"{before} {after}").strip(" ,")
    told = text  # not "On Tuesday, a fire broke out ..., killing three": the clause after a
    # fronted time is the statement itself, no aside
    text = _APPOSITIVE.sub(
        lambda aside: (
            aside.group(0)
            if _FRONTED.match(told[: aside.start()])
            # the comma that closes what a speaker after it says stays: "resumed at 12:40 pm, a
            # stoppage of three hours, the president told" -> "resumed at 12:40 pm, the president"
            else ","
            if _ATTRIBUTION_AFTER.match(told[aside.end() :].lstrip())
            else ""
        ),
        text,
    ).replace(" .", ".")
    text = text[:1].upper() + text[1:]
    return shorten(text, 24)


# How many links up a time expression may hang from a figure's chain: "killed (in) (the
# explosions) (of) March 2023" is four.
GOVERNING_STEPS = 5


def governs(doc: Doc, expression: TimeExpression, chain: set[int]) -> bool:
    """Whether a time expression hangs from the figure's chain (through its preposition)."""
    return chain_word_of(doc, expression, chain) is not None


def chain_word_of(doc: Doc, expression: TimeExpression, chain: set[int]) -> Token | None:
    """The word of the figure's chain a time expression hangs from ("killed" for "killed 12
    in 2019"), or None when it hangs from none."""
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
    if span is None:
        return None
    inside = {token.i for token in span}
    attach = span.root
    for step in range(GOVERNING_STEPS):
        if attach.i in chain and attach.i not in inside:
            return attach
        if attach.head.i == attach.i:
            return None
        if step > 1 and attach.dep_ == "prep" and attach.lower_ in {"since", "than"}:
            return None  # "the deadliest act ... since the Lockerbie bombing in 1988": the
            # time of a yardstick, not of the figure
        if attach.i in inside or attach.dep_ in {"prep", "pobj", "pcomp", "npadvmod", "nmod"}:
            attach = attach.head
            continue
        return attach if attach.i in chain else None
    return None


# A date this long before the event (and before the report giving it) is of another, earlier
# event: "In November 2021 a tower on the same road collapsed and killed 40", "In August 2007,
# a quake near Pisco killed 519". A story's own lead-up is weeks or months before its news
# (the fire in January, the sentence in May), and stays in it.
EARLIER_EVENT_DAYS = 365
# A year or month a comparison counts from at least this long before the event is a yardstick
# ("the deadliest since 2017"), no day of the story.
LONG_BEFORE_DAYS = 30


def earlier_events(
    references: dict[str, date | None], dated: list[DatedSentence], event: date | None
) -> set[tuple[str, int]]:
    """(source id, position) of the sentences that tell an earlier event: a date at least
    EARLIER_EVENT_DAYS before both the event's day and their own report's date governs their
    main verb, in the past tense. (A report months before the event's day tells an earlier
    development of the same story, not background.) A date that only counts from ("since
    2017"), names a thing ("the 2002 fire") or sits in a clause of its own ("the plant, which
    opened in 2019, ...") does not."""
    candidates = _dated_long_before(references, dated, event)
    docs = _parse(list(candidates))
    earlier: set[tuple[str, int]] = set()
    for text, entries in candidates.items():
        doc = docs[text]
        root = next((token for token in doc if token.dep_ == "ROOT"), None)
        if root is None:
            continue
        # the main verb, the verbs joined to it, and what a say-verb reports ("X happened in
        # 2016, officials said"): in the past tense
        heads = [root] + [c for c in root.children if c.dep_ == "ccomp"]
        chain = {
            verb.i
            for head in heads
            for verb in (head, *(c for c in head.children if c.dep_ == "conj"))
            if _told_in_the_past(verb)
        }
        if _of_earlier_ones(doc, entries) or any(
            governs(doc, entry.expression, chain)
            and not _COUNTS_FROM.search(text[: entry.expression.start])
            for entry in entries
        ):
            earlier.update((entry.ref.source_id, entry.ref.position) for entry in entries)
    return earlier


def _dated_long_before(
    references: dict[str, date | None], dated: list[DatedSentence], event: date | None
) -> dict[str, list[DatedSentence]]:
    """The sentences (by text) with a date at least EARLIER_EVENT_DAYS before both the event's
    day and their own report's date, and those dates."""
    candidates: dict[str, list[DatedSentence]] = {}
    if event is None:
        return candidates
    for entry in dated:
        end = period_end(entry.expression.iso)
        report = references.get(entry.ref.source_id) or event
        if (
            entry.expression.future
            or end is None
            or min((event - end).days, (report - end).days) < EARLIER_EVENT_DAYS
        ):
            continue
        candidates.setdefault(entry.ref.text, []).append(entry)
    return candidates


def earlier_happenings(
    references: dict[str, date | None], dated: list[DatedSentence], event: date | None
) -> set[tuple[str, int]]:
    """(source id, position) of the sentences whose subject is other, earlier happenings, their
    dates inside it (`_of_earlier_ones`): another incident's, not the event's story."""
    candidates = _dated_long_before(references, dated, event)
    docs = _parse(list(candidates))
    return {
        (entry.ref.source_id, entry.ref.position)
        for text, entries in candidates.items()
        if _of_earlier_ones(docs[text], entries)
        for entry in entries
    }


# Words that make a sentence's subject things that happened before: "Previous leaks in Spain,
# at Alzira in 2023 ..., caused no deaths" (not "Former workers", people).
_BEFORE_WORDS = frozenset({"previous", "earlier", "past", "prior"})
# Incidents named in the plural beside `EVENT_NOUNS` (not "Previous inspections of the dam":
# the dam's own story).
_OTHER_EVENT_NOUNS = frozenset("outbreak fatality bombing raid strike riot wildfire".split())


def _of_earlier_ones(doc: Doc, entries: list[DatedSentence]) -> bool:
    """Whether the main clause, in the past tense, tells of earlier happenings as its subject,
    a date of one of them inside it: "Previous leaks in Spain, at Alzira in 2023 (14 people
    treated) and Getafe in 2018, caused no deaths" (not "The previous owners of the hotel, who
    sold it in 2019, said": a date of a clause of its own)."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    subject = (
        next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if root is not None
        else None
    )
    if (
        root is None
        or subject is None
        or subject.tag_ != "NNS"
        or not {subject.lower_, subject.lower_[:-1], subject.lower_[:-2]}
        & (EVENT_NOUNS | _OTHER_EVENT_NOUNS)  # "leaks", "crashes" (the parse gives no lemma)
        or not (_told_in_the_past(root) or _told_in_the_past_perfect(root))
        or not any(c.dep_ == "amod" and c.lower_ in _BEFORE_WORDS for c in subject.children)
    ):
        return False
    for entry in entries:
        span = doc.char_span(entry.expression.start, entry.expression.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        while token.i != subject.i and token.head.i != token.i:
            if token.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
                break  # a date of a clause of its own
            token = token.head
        if token.i == subject.i:
            return True
    return False


def _told_in_the_past_perfect(verb: Token) -> bool:
    """ "have caused", "has led": a present perfect tells what happened before too."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in verb.children
    )


def told_on(evidence: EvidenceSet, earlier: AbstractSet[tuple[str, int]]) -> set[tuple[str, int]]:
    """`earlier` with each sentence right after one of them that carries on its story, pointing
    back to its place or time ("The accident recalled the 2017 failure of the Fire Ball ...
    Investigators there blamed corrosion")."""
    found = set(earlier)
    for source_id in {source_id for source_id, _ in earlier}:
        for ref in evidence.sentences(source_id):
            if (
                (source_id, ref.position - 1) in found
                and _POINTS_BACK.match(ref.text)
                and not _A_DAY_OF_THE_WEEK.search(ref.text)
            ):
                found.add((source_id, ref.position))  # (not "Police then said on Tuesday")
    return found


# A day of this week, which a sentence of an earlier event does not name.
_A_DAY_OF_THE_WEEK = re.compile(rf"\b(?:{'|'.join(sorted(DAYS_OF_THIS_WEEK))})", re.I)
# The opening of a sentence that carries on the one before it, there or then: "Investigators
# there blamed", "At the time, officials said", "Back then," (not "Firefighters then brought
# the fire under control": the story's own next step).
_POINTS_BACK = re.compile(
    r"^(?:(?:the\s+)?[A-Za-z]+(?:\s+[a-z]+)?\s+there\s+[a-z]+|(?:at\s+the\s+time|back\s+then)\s*,)",
    re.I,
)


def _told_in_the_past(verb: Token) -> bool:
    """A verb in the simple past ("collapsed", "was fined") or the past perfect ("had
    collapsed"); also a participle the tagger gives a main verb with a subject and no auxiliary
    ("In November 2016 a hole ... opened on a road": a finite verb, so the simple past)."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries:
        return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    return any(
        (c.dep_ == "aux" and c.lower_ == "had")
        or (c.dep_ == "auxpass" and c.lower_ in {"was", "were"})
        for c in auxiliaries
    )


_COUNTS_FROM = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)


def mark_background(times: list[TimeRef], published: dict[str, date | None]) -> list[TimeRef]:
    """The timeline with each date of an earlier event marked `background` and listed after
    the event's own dates (in date order): a day, month or year at least EARLIER_EVENT_DAYS
    before the event's day (the first entry's, as the contract orders them) and before every
    report that gives it ("In August 2017, two trains collided near Alexandria" in reports of
    an October 2025 crash). A date months before the event, given by a report of that time, is
    a step of a long story, not background. Durations and undated items are left as they are."""
    event = next((t.date for t in times if t.date and len(t.date) == 10), None)
    try:
        day = date.fromisoformat(event or "")
    except ValueError:  # no day, or one a model wrote that is no day ("2024-02-31")
        return times

    def earlier(time: TimeRef) -> bool:
        end = period_end(time.date)
        if end is None or (day - end).days < EARLIER_EVENT_DAYS:
            return False
        reports = [published.get(c.source_id) for c in time.citations]
        return all(
            report is None or (report - end).days >= EARLIER_EVENT_DAYS for report in reports
        )

    marked = [t.model_copy(update={"background": True}) if earlier(t) else t for t in times]
    story = [t for t in marked if not t.background]
    background = sorted((t for t in marked if t.background), key=lambda t: sort_key(t.date))
    return story + background
