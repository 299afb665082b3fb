"""`disputes`: where the sources, or the voices they quote, disagree about the same thing.

Each detector looks for a kind of disagreement that any news can carry, never for a topic:

- **Competing figures.** The same quantity (a toll, a count of people, a crowd, a magnitude)
  about the same thing, given values that cannot both hold by different sources or voices of
  the same time. A toll that grows from one day's reports to the next is a progression, not a
  dispute: figures are compared only between sources of the same day (or within one source).
  A figure the text says was revised ("upgraded from 9.0 to 9.3") is shown with both values.
- **Competing dates and clock times** of the same event, from sources of the same time.
- **Competing names and roles**: one person's name with its parts swapped and respelled
  ("Lindsey Germaine" / "Jermaine Lindsay"); one role only one person can hold ("the
  ringleader", "the mastermind") credited to two people by two sources.
- **Competing accounts in one sentence**: two voices joined by a contrast ("Iran says P while
  the UK insists Q", "reports say P, while others report Q", "saying P while in fact Q").
- **Denials and contradictions**: "X denies P", "no shots were fired" against "fired shots",
  "however, some say ...": the account denied is looked for among the other sentences (the same
  article first) and each side is attributed to its own voice.

Voices and clauses come from spaCy's dependency parse (`summarise.nlp`), run only on the
sentences that carry a contrast or denial cue and on the few counterparts found for them.
A reader trusts a dispute, so each detector asks for the same thing on both sides (shared
terms, the same slot) and a different voice or source; at most `MAX_DISPUTES` are kept, those
whose sides the most sources carry first.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from .. import nlp
from ..dates import (
    CLOCK_WORDS,
    GOES_ON_WITH_A_TIME,
    MONTH_NAMES,
    WEEKDAYS,
    WHEN_BEFORE_WHO,
    clock_minutes,
    find_time_expressions,
    human_date,
)
from ..evidence import EvidenceItem, EvidenceSet, SentenceRef, dice
from ..numbers import currencies_in_use, find_amounts, ordinal_value
from ..revised import ANOTHER_INCIDENT
from ..schema import Citation, Claim, Dispute
from ..segment import content_tokens, fold, quote_spans, stop_words
from ..support import citation_support_problem
from .casualties import (
    ATTACKERS,
    EXAMINED,
    HOLDING_PLACES,
    MODALS,
    RECORD_NOUNS,
    REVISING,
    TAKEN_ABOARD,
    Figure,
    QuoteSpeakers,
    breakdown_parts,
    cared_for_harm,
    counts_everyone,
    counts_people,
    figure_voice,
    first_cue,
    group_head,
    included_parts,
    is_part,
    kind_of_word,
    owner_name,
    told_after,
)
from .common import (
    EVENT_NOUNS,
    QUOTE_OPENINGS,
    all_quoted,
    cite,
    clean_sentence,
    dateline,
    mostly_quoted,
    paired_quotes,
    shorten,
    without_dateline,
)
from .gazetteer import first_names, gazetteer
from .names import (
    ACRONYM,
    AGENT_NOUN,
    FACILITY_WORDS,
    GENDERED_PRONOUNS,
    ORGANISATION_HEADS,
    ROLE_WORD,
    Entity,
    PeopleBefore,
    a_person_after_the_body,
    is_title,
    of_other_gender,
)
from .when import EVENT_VERBS, DatedSentence, event_date
from .who_where import LOCATIVE as _LOCATIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..ingest import Article

MAX_DISPUTES = 6
TOLL_TOPIC = "How many were killed"
# Sentence overlap above which two figures or dates are taken to be about the same event.
SAME_EVENT_DICE = 0.25
# Disputes are looked for among the best-ranked figures and dates only: pairing is quadratic.
MAX_CANDIDATES = 300
MAX_DATE_GAP_DAYS = 10
# Reports more than this many days apart are not "of the same time": their figures may differ
# because the count moved on.
SAME_TIME_DAYS = 1
# Sentences parsed for accounts (those with a contrast or denial cue, best-ranked first), and
# counterparts parsed for each denial: spaCy's cost is per sentence.
MAX_PARSED = 80
MAX_COUNTERPARTS = 2
COUNTERPART_ROUNDS = 3  # batches of counterparts read while the best ones all agree
MAX_QUERIES = 24
# Clock times of one event at one place more than this many minutes apart are two events.
MAX_CLOCK_GAP_MINUTES = 30
T = TypeVar("T")

# What happened, as a noun: "the blast", "Tuesday's fire".
_INCIDENT_NOUNS = (
    r"strike|attack|bombing|blast|explosion|raid|shooting|crash|earthquake|assault|ambush|"
    r"clash|fire|flood|storm|collision|massacre|offensive"
)
_INCIDENT = re.compile(
    # not a body's own harm: "a heart attack", "panic attacks", "asthma attacks"
    r"(?<!heart\s)(?<!panic\s)(?<!asthma\s)(?<!anxiety\s)"
    # nor a shooting: "police opened fire on the crowd"
    r"(?<!opened\s)(?<!open\s)(?<!opens\s)(?<!opening\s)"
    r"\b(?:(?:[A-Z][\w’'\-]*|\d+|drone|air|missile|rocket|suicide|terror|terrorist|car|bomb|"
    r"mortar|artillery|deadly|fatal|fresh|new|latest|twin)\s){0,3}(?:" + _INCIDENT_NOUNS + r")s?\b"
    # not a body named after it: "the fire and rescue department", "fire brigade"
    r"(?!\s+(?:and\s+rescue|department|brigade|services?|fighters?|station|engines?|crews?|"
    r"agency|authority|chiefs?|marshals?|safety))"
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


# ----------------------------------------------------------------------------------------------
# The brief's disputes: every detector, then the best few


def extract_disputes(
    evidence: EvidenceSet,
    figures: list[Figure],
    dated: list[DatedSentence],
    entities: Sequence[Entity] = (),
    background: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Dispute]:
    """The disputes of the cluster, best carried first; `entities` (names.collect_entities)
    tell who "he" is when a denial's sentence names no one; `background` (source id, position)
    are sentences that tell earlier events, which no denial answers."""
    antecedents = _Antecedents(evidence, entities)
    earlier = _earlier_told(evidence, dated, figures)
    counts = _figure_disputes(evidence, figures)
    quantities = _quantity_disputes(evidence, earlier)
    # A count read as a quantity too ("the death toll rose to 24", "23 people had been
    # arrested") is that dispute again, or one `_one_toll_an_area` left out.
    asked = {_kind_asked(dispute.topic) for dispute in counts} - {None}
    tolls = [d for d in counts if _kind_asked(d.topic) == "killed"]
    quantities = [
        d
        for d in quantities
        if _kind_asked(d.topic) not in asked
        # "How many deaths" is the toll dispute again only where that dispute gives one of its
        # figures (not cholera deaths this month beside the shelling's toll)
        or (
            d.topic in _TOLL_QUANTITY_TOPICS
            and not any((_figures_of(d) or set()) & (_figures_of(toll) or set()) for toll in tolls)
        )
    ]
    if tolls:
        dead = {str(f.count) for f in figures if f.kind == "killed" and not f.background}
        quantities = [d for d in quantities if not _a_toll_told_again(d, dead)]
    found = (
        counts
        # a dispute the report itself says is one, before those of equal strength read from
        # figures and times alone (which it gives the times of, when each side has one)
        + _announced_disputes(evidence, antecedents)
        # what caused it, before other disputes as well carried: an editor asks it first
        + _cause_disputes(evidence, antecedents, earlier, background)
        # (so is a criticism its target answers: "X has faced criticism for ... X says ...")
        + _criticism_answered(evidence, antecedents)
        + _date_disputes(evidence, dated)
        + quantities
        + _revision_disputes(evidence)
        + _clock_disputes(evidence)
        + _times_set_against(evidence)
        + _times_said_in_dispute(evidence)
        + _a_time_disputed(evidence)
        + _times_of_one_act(evidence)
        + _days_said_in_dispute(evidence)
        + _name_disputes(evidence)
        + _role_disputes(evidence)
        + _account_disputes(evidence, antecedents, background)
        + _accusations_answered(evidence, antecedents, entities)
        + _state_disputes(evidence, antecedents)
    )
    found = [
        dispute for dispute in found if not _one_body_on_each_side(dispute, antecedents.bodies)
    ]
    best = _best(found, antecedents.one_side, lambda dispute: _last_told(evidence, dispute))
    return [_each_side_in_its_own_words(dispute) for dispute in best]


# Where one sentence gives two sides: "X says A; Y says B", "X says A, while Y says B".
_SIDES_APART = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+", re.I)


def _each_side_in_its_own_words(dispute: Dispute) -> Dispute:
    """A dispute whose sides are stated by one whole sentence, each side shown in the clause
    that names its voice ("Survivors say they called for help at about 2:45 p.m." and "civil
    defence says the first call came at 3:10 p.m.", not the sentence twice); as it is where the
    clauses do not tell the sides apart. The citations keep the whole sentence."""
    statements = {claim.statement for claim in dispute.claims}
    if len(statements) != 1:
        return dispute
    clauses = [c.strip(" .") for c in _SIDES_APART.split(next(iter(statements))) if c.strip()]
    own = [
        [c for c in clauses if claim.attributed_to and claim.attributed_to.lower() in c.lower()]
        for claim in dispute.claims
    ]
    if any(len(found) != 1 for found in own) or len({found[0] for found in own}) != len(own):
        return dispute
    return dispute.model_copy(
        update={
            "claims": [
                claim.model_copy(update={"statement": found[0]})
                for claim, found in zip(dispute.claims, own, strict=True)
            ]
        }
    )


def _bodies_by_name(entities: Sequence[Entity]) -> dict[str, int]:
    """Each spelling of an organisation, keyed as a voice: the body it names; and each name of
    a person, and each role only one person or body holds ("a spokeswoman for the ministry,
    Petra Mihaljevic"; "the organiser, Zielona Fala Events"): the one who holds it."""
    found = {
        _voice_key(name): number
        for number, entity in enumerate(entities)
        if entity.kind in {"organisation", "person"}
        for name in entity.names
    }
    holders: dict[str, set[int]] = defaultdict(set)
    for number, entity in enumerate(entities):
        if entity.kind in {"organisation", "person"}:
            for role in entity.roles:
                holders[_voice_key(role)].add(number)
    for role, numbers in holders.items():
        if len(numbers) == 1 and role and role not in found:
            found[role] = next(iter(numbers))
    return found


def _one_body_on_each_side(dispute: Dispute, bodies: dict[str, int]) -> bool:
    """Whether every side of a dispute is one organisation or one person, named differently:
    "Swiss Federal Railways" and "SBB" (`names` merges the spellings), "spokeswoman for the
    ministry" and "Petra Mihaljevic" do not dispute each other."""
    owners = {bodies.get(_voice_key(claim.attributed_to)) for claim in dispute.claims}
    if len(dispute.claims) == 2 and _one_body_named_twice(
        dispute.claims[0].attributed_to, dispute.claims[1].attributed_to
    ):
        return True
    return len(dispute.claims) > 1 and len(owners) == 1 and None not in owners


# Words beside a body's name that tell who speaks for it, not which body it is.
_OFFICE_WORDS = frozenset(
    "the of and spokesman spokeswoman spokesperson official officials head chief director".split()
)


def _one_body_named_twice(first: str | None, second: str | None) -> bool:
    """Whether two voices are one body, once by its bare word and once by its name or one who
    speaks for it: "ministry" and "Ministry of National Education, ministry spokesman Hicham
    Bennani" (not "police" and "regional police", "ministry" and "health ministry", "police"
    and "police union")."""
    if not first or not second:
        return False
    short, long = sorted((re.findall(r"[\w’'-]+", first), re.findall(r"[\w’'-]+", second)), key=len)
    bare = {word.lower() for word in short} - {"the"}
    if not bare or not bare <= ORGANISATION_HEADS or not bare <= {w.lower() for w in long}:
        return False
    extra = [word for word in long if word.lower() not in bare]
    return bool(extra) and all(w[:1].isupper() or w.lower() in _OFFICE_WORDS for w in extra)


# A count of deaths is the toll, in whichever words: "How many deaths" asks what "How many were
# killed" asks.
_TOLL_QUANTITY_TOPICS = frozenset({"How many deaths", "How many fatalities"})


_IDENTIFIED = re.compile(r"\bidentif\w*", re.I)


def _a_toll_told_again(dispute: Dispute, dead: AbstractSet[str]) -> bool:
    """Whether a dispute of bodies counted is the toll's, already told: every figure it gives
    is one of `dead`, the counts the casualties read of this event's dead ("We have 12 bodies"
    against "we have recovered 19 bodies", both counts of the dead the toll dispute gives as they
    stand), so it is no other thing counted."""
    if dispute.topic != _quantity_topic("body"):
        return False
    if any(_IDENTIFIED.search(claim.statement) for claim in dispute.claims):
        return False  # bodies identified: a count of its own ("30 bodies identified")
    told = _figures_of(dispute)
    return told is not None and told <= dead


# What people do, not what is done to them: "How many escaped", not "How many were escaped".
_DONE_BY_THEMSELVES = ("escaped", "survived")


def _kind_asked(topic: str) -> str | None:
    """The kind of count a dispute's topic asks about: "How many people were arrested" and
    "How many were detained" ask of the detained, "The death toll: figures differ" the killed."""
    if (
        topic.startswith(TOLL_TOPIC)
        or topic == _quantity_topic("toll")
        or topic in _TOLL_QUANTITY_TOPICS
    ):
        return "killed"
    asked = re.match(
        rf"How many (?:(people|persons) )?(?:were ([\w\-]+)|({'|'.join(_DONE_BY_THEMSELVES)})\b)",
        topic,
    )
    # ("journalists": a count of its own)
    return kind_of_word(asked.group(2) or asked.group(3)) if asked else None


def _values_for_accounts(told: Dispute, accounts: Dispute) -> bool:
    """Whether a dispute of causes, or one whose every side gives a value, tells the same sides
    as two accounts that give no values ("Police say the stampede was set off by a rumour of a
    landslide, but survivors say a railing broke first"; "Oceanic Lines maintains fuel only
    escaped on Tuesday ...; environmental officials say oil was on the shore on Monday"): what
    each side says caused it, or its day, in place of "Accounts differ"."""
    return (
        (
            told.topic.startswith(CAUSE_TOPIC)
            # (a day, a time, a count: not two accounts again, whose values may be places)
            or (
                all(claim.value for claim in told.claims)
                and not told.topic.startswith(ACCOUNTS_TOPIC)
            )
        )
        and accounts.topic.startswith(ACCOUNTS_TOPIC)
        and all(claim.value is None for claim in accounts.claims)
    )


def _best(
    disputes: list[Dispute],
    one_side: Callable[..., bool] | None = None,
    told_on: Callable[[Dispute], str] | None = None,
) -> list[Dispute]:
    """The disputes whose sides the most sources carry, one per set of sentences, capped.
    `one_side(a, b, loosely=...)` tells a person who speaks for a body and the body as one
    voice (`_Antecedents.one_side`); `told_on` the day a dispute was last told."""

    kept: list[Dispute] = []
    sides_kept: list[tuple[list[frozenset[tuple[str, int]]], frozenset[str]]] = []
    slots_kept: list[re.Pattern[str]] = []
    values_kept: list[tuple[frozenset[str], frozenset[str], Dispute]] = []
    for dispute in sorted(disputes, key=_strength, reverse=True):
        if not _two_sides_backed(dispute):
            continue  # `verify` would drop it: it must not take the place of one it keeps
        sides = [
            frozenset((c.source_id, c.start) for c in claim.citations) for claim in dispute.claims
        ]
        said = frozenset().union(*(_numbers(claim) for claim in dispute.claims))
        twice = next(
            (
                index
                for index, (other, other_said) in enumerate(sides_kept)
                if all(side in other for side in sides)
                and (said & other_said or not said or not other_said)
            ),
            None,
        )
        if twice is not None:  # the same sides, found twice (not two counts of the same sentences)
            if _figures_for_a_denial(dispute, kept[twice]) or _values_for_accounts(
                dispute, kept[twice]
            ):
                for claim, other_claim in _sides_by_voice(dispute, kept[twice]):
                    _cite_as_well(claim, other_claim)
                kept[twice], sides_kept[twice] = dispute, (sides, said)
            continue
        values = _values_and_sources(dispute)
        if values is not None and any(
            values[0] == numbers and values[1] <= reports for numbers, reports, _ in values_kept
        ):
            continue  # the same figures from the same reports: a toll read as a count too
        same = next(
            (
                other
                for numbers, _, other in values_kept
                if values is not None
                and values[0] == numbers
                and (
                    _same_quantity(other, dispute)
                    or _a_revision(other, dispute)
                    or _both_accounts(other, dispute)
                    or _one_time_told_again(other, dispute)
                    or _one_count_of_things_told_again(other, dispute)
                )
            ),
            None,
        )
        if same is not None:
            # The same toll set against itself again by the same kind of voices in other
            # reports: one dispute, citing every report that has it.
            _cite_also(same, dispute)
            continue
        if values is not None:
            values_kept.append((values[0], values[1], dispute))
        told_again = next((other for other in kept if _the_same_times(other, dispute)), None)
        if told_again is not None:
            as_accounts = told_again.topic.startswith(ACCOUNTS_TOPIC)
            for claim in told_again.claims:
                for other in dispute.claims:
                    if (minutes := _within_half_a_day(claim.value)) is not None and (
                        minutes == _within_half_a_day(other.value)
                    ):
                        _cite_as_well(claim, other)
                        if as_accounts and dispute.topic.startswith(TIME_TOPICS):
                            claim.value = other.value  # ("23:40", read with its "p.m.")
            continue  # "10:42 p.m." against "10:05 p.m.", and "10:42 last Sunday night" against
            # "10:05" in another report: one dispute of the time
        if any(_a_count_told_again(dispute, other) for other in kept):
            continue  # "Police say 44 people were hurt" beside the injured count it is a side of
        if any(_a_span_told_as_accounts(other, dispute) for other in kept):
            continue
        statements = " ".join(claim.statement for claim in dispute.claims)
        if not _slot_values(dispute) and any(slot.search(statements) for slot in slots_kept):
            continue  # the same question ("Iraqi or Iranian waters") asked again, less sourced
        once = next(
            (
                index
                for index, (other, (other_sides, _)) in enumerate(
                    zip(kept, sides_kept, strict=True)
                )
                if _one_account(other, dispute, other_sides, sides)
            ),
            None,
        )
        if once is not None:
            # one account denied twice: the better-carried once, by a denier it names if
            # either does ("Denied by Zhambyl Tokenov", not "Denied by a source" for "He")
            if kept[once].topic.startswith(_DENIED_BY_NO_ONE) and not dispute.topic.startswith(
                _DENIED_BY_NO_ONE
            ):
                kept[once], sides_kept[once] = dispute, (sides, said)
            continue
        moved = next(
            (
                index
                for index, other in enumerate(kept)
                if _one_voice_moved_on(other, dispute) or _one_count_risen(other, dispute)
            ),
            None,
        )
        if moved is not None:
            # "ISU says 15 people were hurt; the hospital says it treated 21" days after its
            # 19: one disagreement, shown as it last stood
            if told_on is not None and told_on(dispute) > told_on(kept[moved]):
                kept[moved], sides_kept[moved] = dispute, (sides, said)
            continue
        told = next(
            (other for other in kept if _the_same_two_accounts(other, dispute, one_side)), None
        )
        if told is not None:
            _cite_each_voice_also(told, dispute, one_side)
            continue  # "the union says CEPA withdrew its offer, CEPA says the union walked out"
            # in one report, "with the union saying ... and CEPA saying ..." in another
        if any(_a_cause_denied_again(other, dispute) for other in kept):
            continue  # "X blamed an oxygen concentrator, but the union blamed the wiring" and
            # "The union rejected that account": one disagreement over the cause
        again = next(
            (index for index, other in enumerate(kept) if _a_cause_denied_again(dispute, other)),
            None,
        )
        if again is not None:  # (the denial better carried, kept first)
            kept[again], sides_kept[again] = dispute, (sides, said)
            continue
        counted = next((other for other in kept if _one_count_more_voiced(other, dispute)), None)
        if counted is not None:
            _join_voices(counted, dispute)
            continue  # the region's 11 wagons against the manager's 12, and the fire brigade's
            # nine against the manager's twelve: one count, three voices
        denied = next((other for other in kept if _the_same_denial(other, dispute, one_side)), None)
        if denied is not None:
            if _telling(dispute) > _telling(denied):
                # shown in the words that give its times or figures ("at about 7 a.m.",
                # "before 11 p.m."), or in one report's sentence that sets one side against the
                # other ("he resigned the day before he was dismissed, which the presidency
                # denies"); the other telling cited as well where it backs them
                told = denied.model_copy(deep=True)
                denied.topic, denied.claims = dispute.topic, dispute.claims
                dispute = told
            for claim, other_claim in _alike_sides(denied, dispute):
                _cite_as_well(claim, other_claim)
            continue  # one denial of one account, each told by another report
        kept.append(dispute)
        sides_kept.append((sides, said))
        slots_kept += _slot_values(dispute)
    return kept[:MAX_DISPUTES]


def _a_cause_denied_again(cause: Dispute, denial: Dispute) -> bool:
    """Whether a denial is a cause dispute told again: the account denied is one side's, giving
    that side's cause in its words ("the fire started from an oxygen concentrator"), and the
    denier is the other side, rejecting the account as a whole ("the union rejected that
    account"), an account of one claim (not "... from an oxygen concentrator and that nurses
    moved every baby out": which claim is rejected, the words do not say); not a denial in
    words of its own ("denied that the concentrator had been serviced"), another point."""
    if not cause.topic.startswith(CAUSE_TOPIC) or not denial.topic.startswith(DENIED_TOPIC):
        return False
    if len(cause.claims) != 2 or len(denial.claims) != 2:
        return False
    account, denier = denial.claims
    for side, other in (cause.claims, reversed(cause.claims)):
        if (
            side.value
            and account.attributed_to
            and denier.attributed_to
            and side.attributed_to
            and other.attributed_to
            and _one_voice_key(side.attributed_to, account.attributed_to)
            and _one_voice_key(other.attributed_to, denier.attributed_to)
            and set(content_tokens(side.value)) <= set(content_tokens(account.statement))
            and _REJECTS_IT_WHOLE.search(denier.statement) is not None
            and not _MORE_THAN_ONE_CLAIM.search(account.statement)
        ):
            return True
    return False


# An account that tells more than one claim: "said the fire started from an oxygen
# concentrator and that nurses moved every baby out within five minutes".
_MORE_THAN_ONE_CLAIM = re.compile(r"\b(?:and|but)\s+(?:that|said|says)\b", re.I)
# A denial of an account as a whole, saying nothing more: "The union rejected that account."
_REJECTS_IT_WHOLE = re.compile(
    r"\b(?:reject|rejected|rejects|dismiss|dismissed|dismisses|disput|disputed|disputes|deny|"
    r"denied|denies|contest|contested|contests)\s+(?:that|this|the|her|his|its|their)\s+"
    r"(?:\w+\s+)?(?:account|version|explanation|claim|finding|findings|theory|suggestion)s?"
    r"\W*$",
    re.I,
)


def _figures_for_a_denial(dispute: Dispute, denial: Dispute) -> bool:
    """Whether `dispute` gives the figures of each side where `denial`, of the same sentences,
    gives them for one side at most ("The ministry has described the outage as lasting less than
    three hours, while the LBP says callers faced disruption for more than five hours" beside
    "The LBP disputed the official account of how long the outage lasted"): the dispute is
    better told by its figures."""
    return (
        denial.topic.startswith(DENIED_TOPIC)
        and all(claim.value for claim in dispute.claims)
        and not all(claim.value for claim in denial.claims)
        and any(_OF_A_QUANTITY.search(claim.statement) for claim in denial.claims)
    )


# Words that say a denial is of a quantity: "disputed the official account of how long the
# outage lasted" (not "denied that a software update was to blame").
_OF_A_QUANTITY = re.compile(
    r"\bhow\s+(?:long|many|much)\b|\b(?:length|duration|figures?|count|toll|tally)\b", re.I
)


def _a_span_told_as_accounts(first: Dispute, second: Dispute) -> bool:
    """A span dispute ("three days" against "six days") whose figures two accounts set against
    each other, each in its own side ("On the length of the outage, the ASP still says three
    days" / "STISC says six"), or the other way round: one dispute, told twice."""
    spans = [d for d in (first, second) if d.topic.startswith("How long")]
    accounts = [d for d in (first, second) if d.topic.startswith(ACCOUNTS_TOPIC)]
    if len(spans) != 1 or len(accounts) != 1 or len(accounts[0].claims) != 2:
        return False
    numerals = [
        next((w.lower() for w in (claim.value or "").split() if numeral_value(w) is not None), "")
        for claim in spans[0].claims
    ]
    statements = [claim.statement for claim in accounts[0].claims]
    if not any(_OF_A_SPAN.search(statement) for statement in statements):
        return False  # ("began at three terminals", "six kilometres away": no span)
    unit = (spans[0].claims[0].value or "").split()[-1].lower().rstrip("s")
    sides = [statement.lower() for statement in statements]

    def held(order: list[str]) -> bool:
        """Each numeral in its side, with the span's unit or none after it ("three days",
        "says six"; not "talks lasted three hours" of a span in days)."""
        return len(numerals) == 2 and all(
            numeral
            and any(
                not re.match(r"(?:minute|hour|day|week|month)", after) or after.startswith(unit)
                for after in re.findall(rf"\b{re.escape(numeral)}\b\s*(\w*)", side)
            )
            for numeral, side in zip(numerals, order, strict=True)
        )

    return held(sides) or held(sides[::-1])


_OF_A_SPAN = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|long|length|lasted)\b", re.I)


ACCOUNTS_TOPIC = "Accounts differ"
DENIED_TOPIC = "Denied by"
CAUSE_TOPIC = "What caused it"
_NO_ONE = "a source"  # a denier the report does not name ("He denied ...", no one before)
_DENIED_BY_NO_ONE = f"{DENIED_TOPIC} {_NO_ONE}:"
# Content words two denials of one account share to be one answer to it.
SAME_DENIAL_STEMS = 2


_AN_AGE = re.compile(r",\s*\d{1,3}\s*,")  # "Kalogeropoulos, 58, said"


def _telling(dispute: Dispute) -> tuple[int, int]:
    """How well one telling of a dispute says it: how many of its sides give a time or a
    figure, then whether one sentence (2) or one report (1) tells both sides."""
    exact = sum(
        bool(re.search(r"\d", _AN_AGE.sub("", claim.statement))) for claim in dispute.claims
    )
    sides = [claim.citations for claim in dispute.claims]
    if not sides:
        return exact, 0

    def meet(first: list[Citation], second: list[Citation], *, overlapping: bool) -> bool:
        return any(
            a.source_id == b.source_id
            and (not overlapping or (a.start < b.end and b.start < a.end))
            for a in first
            for b in second
        )

    for level, overlapping in ((2, True), (1, False)):
        if all(meet(a, b, overlapping=overlapping) for a, b in itertools.combinations(sides, 2)):
            return exact, level
    return exact, 0


def _two_sides_backed(dispute: Dispute) -> bool:
    """Whether two of a dispute's sides have a quote that backs them (`support`), as `verify`
    asks of every claim: "It happened on 13 May 2026" is not backed by "on Wednesday"."""
    backed = [
        claim
        for claim in dispute.claims
        if any(citation_support_problem(claim, c.quote) is None for c in claim.citations)
    ]
    return len(backed) >= 2


def _speaks_in_its_name(account: Account, voice: str | None) -> bool:
    """Whether the account says "our ..." of the people of the other voice's institution, by
    the word that names it: one side ("Our inspectors pointed out ...", said by the
    inspectorate's deputy head, against "The inspectorate says it told the operator ..."; not
    "our nurses" against the nurses' union, "our passengers" against passengers)."""
    last = [fold(word) for word in _voice_key(voice).split()[-1:]] if voice else []
    if not last or last[0] not in ORGANISATION_HEADS:
        return False
    body = _stem(last[0])
    # its people, by a word of their own ("our inspectors"; not "our company", which its
    # workers say too), by a stem long enough to name the body alone ("offic" is the office's
    # and the officers')
    return len(body) >= MIN_BODY_STEM and any(
        _stem(match.group(1)) == body and fold(match.group(1)) not in {last[0], f"{last[0]}s"}
        for match in _OURS.finditer(account.text)
    )


MIN_BODY_STEM = 6


_OURS = re.compile(r"\bour\s+([a-z]+)", re.I)


def _one_account(
    first: Dispute,
    second: Dispute,
    first_sides: list[frozenset[tuple[str, int]]],
    second_sides: list[frozenset[tuple[str, int]]],
) -> bool:
    """Whether two disputes are one account answered twice: of one topic, with a side in
    common; or two denials with the same side in the same place, the account denied or the
    denial ("Denied by Szolnoki" and "Denied by Duna Panorama", his company, of the lawyer's
    account that the captain radioed twice). (A sentence that holds one denial's account and
    another's denial is no such side.)"""
    if first.topic == second.topic:
        return any(side in first_sides for side in second_sides)
    if not all(d.topic.startswith(DENIED_TOPIC) for d in (first, second)):
        return False
    if _one_denial_of_one_voice(first, second):
        return True
    for index, (a, b) in enumerate(zip(first_sides, second_sides, strict=False)):
        if a != b:
            continue
        # the other sides say the same thing ("denies any warning was received" / "denied
        # ... had received any warning by radio"), not two points of one account
        others = [
            _stems(d.claims[1 - index].statement) - _STANCE_STEMS
            for d in (first, second)
            if len(d.claims) == 2
        ]
        if len(others) == 2 and len(others[0] & others[1]) >= SAME_DENIAL_STEMS:
            return True
        # or both deny the one thing the side they share says: "workers warned of the wind" /
        # "he denies that workers warned him" / "denies receiving any warning"
        common = _stems(first.claims[index].statement) - _STANCE_STEMS
        if len(others) == 2 and others[0] & others[1] & common:
            return True
    return False


def _one_denial_of_one_voice(first: Dispute, second: Dispute) -> bool:
    """Two denials by one denier of what one voice told, however each report named them, that
    deny the same thing ("BRE still denies that the state Health Inspectorate warned it about
    the tower" / "BRE has also denied that the state Health Inspectorate warned it about the
    tower during an inspection", against "the inspectorate" and "the state Health
    Inspectorate")."""
    if not all(len(d.claims) == 2 for d in (first, second)):
        return False
    (account, other_account), (denier, other_denier) = zip(first.claims, second.claims, strict=True)
    if not (
        account.attributed_to
        and _one_voice_key(account.attributed_to, other_account.attributed_to)
        # (a denier one report leaves unnamed: "a source")
        and (
            not denier.attributed_to
            or not other_denier.attributed_to
            or _one_voice_key(denier.attributed_to, other_denier.attributed_to)
        )
    ):
        return False
    voices = frozenset().union(
        *(_stems(c.attributed_to or "") for d in (first, second) for c in d.claims)
    )  # (each denial names its denier and the body it answers: no word they share)
    denials = [_stems(d.claims[1].statement) - _STANCE_STEMS - voices for d in (first, second)]
    return len(denials[0] & denials[1]) >= SAME_ACCOUNT_STEMS


def _the_same_two_accounts(
    first: Dispute, second: Dispute, one_side: Callable[..., bool] | None = None
) -> bool:
    """Two "Accounts differ" disputes between the same two voices whose sides, voice by voice,
    say the same thing in other words (two content words in common). Voices named two ways
    ("county" and "county official", by `one_side`) need more: one side told again at length
    (`RETOLD_STEMS` words in common), the other in two, and no figure `second` gives that
    `first` lacks ("on air for four minutes" against "11 minutes" is more than the stolen
    password both tell; an order stuck at the port is not the vials that expired)."""
    if not (first.topic.startswith(ACCOUNTS_TOPIC) and second.topic.startswith(ACCOUNTS_TOPIC)):
        return False
    renamed = first.topic != second.topic
    if renamed and (one_side is None or not _figures_in_words(second) <= _figures_in_words(first)):
        return False
    pairs = _voice_pairs(first, second, one_side if renamed else None)
    if len(pairs) == 2 and all(a.value and a.value == b.value for a, b in pairs):
        return True  # the same two figures, voice by voice: 212 (ECan) against 486
    voices = frozenset().union(*(_stems(c.attributed_to or "") for c in first.claims))
    shared = sorted(
        len((_stems(a.statement) & _stems(b.statement)) - _STANCE_STEMS - voices) for a, b in pairs
    )
    return (
        len(pairs) == 2
        and shared[0] >= SAME_DENIAL_STEMS
        and (not renamed or shared[1] >= RETOLD_STEMS)
    )


def _figures_in_words(dispute: Dispute) -> set[str]:
    """The numbers a dispute's sides write in their statements ("on air for four minutes" has
    none; "11 minutes" has 11), commas aside."""
    return {
        number.replace(",", "")
        for claim in dispute.claims
        for number in re.findall(r"\d[\d,.]*\d|\d", claim.statement)
    }


# How many words one side shares with its retelling under another name of its voice: "The
# county says it ordered 600 vials in February and that they were stuck at the port of Mombasa"
# / "The county official said that 600 vials had been ordered in February and held at the port
# of Mombasa".
RETOLD_STEMS = 4


def _voice_pairs(
    first: Dispute, second: Dispute, one_side: Callable[..., bool] | None = None
) -> list[tuple[Claim, Claim]]:
    """The sides of two disputes, voice by voice: by the voice's words, or, given `one_side`,
    by a voice speaking for the other too."""
    if one_side is None:
        return _sides_by_voice(first, second)
    return [
        (a, b)
        for a in first.claims
        for b in second.claims
        if a.attributed_to
        and b.attributed_to
        and (
            _one_voice_key(a.attributed_to, b.attributed_to)
            or one_side(a.attributed_to, b.attributed_to, loosely=True)
        )
    ]


def _one_voice_moved_on(first: Dispute, second: Dispute) -> bool:
    """Two "Accounts differ" disputes between the same two voices, each giving a figure, one
    voice's figure the same in both and the other's moved on (15 against 19, then 15 against
    21): one disagreement told on two days."""
    if first.topic != second.topic or not first.topic.startswith(ACCOUNTS_TOPIC):
        return False  # (not an account that tells more than its figures, against a count)
    pairs = _sides_by_voice(first, second)
    if len(pairs) != 2 or not all(a.value and b.value for a, b in pairs):
        return False
    return sorted(a.value == b.value for a, b in pairs) == [False, True]


def _one_count_risen(first: Dispute, second: Dispute) -> bool:
    """Two disputes of one count of people ("How many were killed") told on different days, a
    voice on both sides of each whose figure rose, or stayed, between them, to no more than
    three times what it was: police 23 against the opposition's 41, then police 31 against its
    58."""
    if first.topic != second.topic or _kind_asked(first.topic) is None:
        return False  # (a count of the dead, hurt or held: counts of things are often of two
        # kinds of one thing, "tickets paid out wrongly" and "tickets wrongly told they lost")
    rises = []
    for claim in first.claims:
        for other in second.claims:
            if not claim.attributed_to or not other.attributed_to:
                continue
            if not _one_voice_key(claim.attributed_to, other.attributed_to):
                continue
            before, after = _first_number(claim), _first_number(other)
            if before is None or after is None:
                return False
            if _other_places(_places_cited(claim), _places_cited(other)):
                return False  # "23 people were killed in Nairobi", "31 died in Mombasa"
            low, high = sorted((before, after))
            rises.append(low > 0 and high <= MOST_A_COUNT_RISES * low)
    return bool(rises) and all(rises)


def _one_count_more_voiced(first: Dispute, second: Dispute) -> bool:
    """Two disputes of one count of things ("How many wagons") with one figure in common and
    each a figure the other lacks (11 against 12, nine against twelve): one count, told with
    more voices in one report than in another."""
    if first.topic != second.topic or _things_asked(first.topic) is None:
        return False
    mine, theirs = ([_count_told(claim) for claim in d.claims] for d in (first, second))
    if None in mine or None in theirs:
        return False
    common = set(mine) & set(theirs)
    if len(common) != 1 or not set(mine) - common or not set(theirs) - common:
        return False
    # of one thing done: "derailed wagons" in both, not "houses destroyed" beside "houses
    # damaged", nor "flights cancelled" beside "flights delayed"
    done = [_what_was_done(d) for d in (first, second)]
    return bool(done[0] & done[1]) or not (done[0] or done[1])


def _what_was_done(dispute: Dispute) -> frozenset[str]:
    """The stems of the participles and past verbs a count's sides tell what was done with
    ("12 derailed wagons", "40 houses were destroyed"), saying left out."""
    return frozenset(
        stem
        for claim in dispute.claims
        for word in re.findall(r"[A-Za-z]+", claim.statement)
        if (word.lower().endswith("ed") or word.lower() in _DONE_IRREGULAR)
        and (stem := _stem(word.lower())) not in _STANCE_STEMS
    )


# Past forms of doing that do not end in "-ed".
_DONE_IRREGULAR = frozenset(
    "sank sunk lost hit burnt burned broke broken shot stolen taken".split()
)


def _count_told(claim: Claim) -> float | None:
    """The number a side of a count gives, in figures or in words ("12", "twelve")."""
    number = _first_number(claim)
    if number is None and claim.value and len(claim.value.split()) == 1:
        number = numeral_value(claim.value)
    return number


def _join_voices(kept: Dispute, more: Dispute) -> None:
    """Add to a count dispute the sides another telling of it gives with new figures, and to
    the side they share the other telling's citations."""
    told = {_count_told(claim): claim for claim in kept.claims}
    for claim in more.claims:
        same = told.get(_count_told(claim))
        if same is None:
            kept.claims.append(claim)
        else:
            _cite_as_well(same, claim)


def _other_places(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """Whether two sets of (place, country) name places apart: Nairobi and Mombasa, not
    Bishoftu and Ethiopia (the country it is in)."""
    return bool(first and second) and not any(
        place in (other, other_country) or other == country
        for place, country in first
        for other, other_country in second
    )


# How far a voice's count may rise between two tellings of one dispute.
MOST_A_COUNT_RISES = 3


def _first_number(claim: Claim) -> float | None:
    """The one number a side gives, if it gives one."""
    numbers = _numbers(claim)
    if len(numbers) != 1:
        return None
    try:
        return float(next(iter(numbers)))
    except ValueError:  # ("1.2.3")
        return None


def _the_same_denial(
    first: Dispute, second: Dispute, one_side: Callable[..., bool] | None = None
) -> bool:
    """Two denials by one body of one voice's account, their sides saying the same thing in
    other words ("The Somali regional bureau says it warned the ministry on November 8" /
    "... formally warned the federal Ministry of Agriculture ... on November 8"; "denied
    receiving any warning before Nov. 14" / "denied that the ministry received any warning
    ... before November 14"), told by different reports."""
    if not all(d.topic.startswith(DENIED_TOPIC) for d in (first, second)):
        return False
    if len(first.claims) != 2 or len(second.claims) != 2:
        return False
    deniers = [d.topic.removeprefix(DENIED_TOPIC).split(":")[0].strip() for d in (first, second)]
    one_denier = _one_voice_key(deniers[0], deniers[1])
    if not one_denier and not (
        one_side is not None and one_side(deniers[0], deniers[1], loosely=True)
    ):
        return False
    # the account of one voice (or of no one named), told in words alike, and denials alike
    # too (or one saying nothing more: "deny this")
    account, other_account = first.claims[0].attributed_to, second.claims[0].attributed_to
    one_accuser = bool(account and other_account and _one_voice_key(account, other_account))
    if account and other_account and not one_accuser:
        # "The ministry said CERT Polska had alerted the operator": CERT Polska's account, the
        # ministry retelling it
        one_accuser = (
            account.lower() in second.claims[0].statement.lower()
            or other_account.lower() in first.claims[0].statement.lower()
        )
    if (
        account
        and other_account
        and not one_accuser
        and not (one_side is not None and one_side(account, other_account, loosely=True))
    ):
        return False
    if {(c.source_id, c.start) for c in first.claims[0].citations} == {
        (c.source_id, c.start) for c in second.claims[0].citations
    }:
        # the one account, cited alike, denied by a man and by his company in other words:
        # "Solvang denied the company had neglected the net", "Nordkyst rejected any
        # suggestion it had ignored the warning"
        return True
    alike = [len(shared) for shared in _shared_by_sides(first, second)]
    denied_in = [{c.source_id for c in d.claims[1].citations} for d in (first, second)]
    if (
        account
        and other_account
        and denied_in[0] & denied_in[1]
        and alike[0] >= 1
        and alike[1] >= SAME_DENIAL_STEMS
    ):
        # one report's lead and its body telling one denial of the same two sides, each
        # named in its own way (in full, by a person who speaks for it, by its office): "as
        # Istanbul's top health official flatly denied ..." / "Director Orhan Sivasli
        # rejected claims by the chamber ..." (not two reports' denials of two points)
        return True
    if one_denier and account and other_account and alike[1] >= 1 and _told_within(first, second):
        # one man's denials, in other words ("denied ordering the alarm to be turned off" /
        # "denied switching off the alarm"), of one side's account, all of which one telling
        # holds (the union's "the alarm was switched off in late September" in its steward's
        # longer words); not two claims told in one scene ("beat protesters outside the
        # station" / "fired tear gas at protesters near the station")
        return True
    shared = _shared_by_sides(first, second)
    if (
        one_denier
        and one_accuser
        and alike[0] >= 1
        and alike[1] >= SAME_DENIAL_STEMS
        and shared[1] - _LIGHT_STEMS <= shared[0]
    ):
        # one body's denial, in two reports' words, of one voice's account, told in other
        # words too, the accounts sharing all that the denials deny ("CERT Polska says it
        # notified the operator on October 16" / "says it warned the company eight days ago";
        # "denies that it received any warning before then" / "maintains it received no such
        # warning before the attack"); not two points, "added illegal floors to the building" /
        # "ignored a demolition order for the building", one denial of "building illegal
        # floors" and one of both
        return True
    if one_denier and one_accuser and alike[0] >= 1 and "(bare)" in shared[1]:
        # one voice's account, told in two reports' words, one denial of it saying no more
        # than "The university rejected that.": the other denial, of the same point ("Fire
        # commander Rui Braga said the sprinkler valve was closed" / "'The system was not
        # working when we arrived,' he said")
        return True
    if one_denier and one_accuser and alike[0] >= 1 and _one_denial_in_its_words(first, second):
        # one denial reprinted word for word, of one voice's account told in other words
        # ("text alerts were sent at 7:32 p.m." / "it sent text-message alerts ... at 7:32")
        return True
    return (one_denier or one_accuser) and (
        alike[0] >= SAME_ACCOUNT_STEMS and alike[1] >= SAME_DENIAL_STEMS
    )


def _one_denial_in_its_words(first: Dispute, second: Dispute) -> bool:
    """Whether two disputes' denials say the same thing in the same words ("She denied
    receiving any warning from authorities before the torrent hit" / "who denied receiving any
    warning from authorities before the torrent hit")."""
    said, other = (_stems(d.claims[1].statement) - _STANCE_STEMS for d in (first, second))
    return len(said) >= SAME_DENIAL_STEMS and said == other


# Content words two accounts of one thing share, their voices' and days' words left out.
SAME_ACCOUNT_STEMS = 3


def _shared_by_sides(first: Dispute, second: Dispute) -> list[frozenset[str]]:
    """What the sides of two disputes, in order, say alike: their content words in common,
    the words of stance and of the voices left out."""
    shared = []
    for said in _what_sides_say(first, second):
        # a bare denial ("The police deny this.") says no more than the other one
        shared.append(said[0] & said[1] if all(said) else frozenset({"(denied)", "(bare)"}))
    return shared


def _told_within(first: Dispute, second: Dispute) -> bool:
    """Whether the account one denial answers says nothing the other's does not: all its
    content words (stance, voices and days left out) are the other's, and there are at least
    SAME_ACCOUNT_STEMS of them."""
    said = sorted(_what_sides_say(first, second)[0], key=len)
    return len(said[0]) >= SAME_ACCOUNT_STEMS and said[0] <= said[1]


def _what_sides_say(first: Dispute, second: Dispute) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The content words of each pair of sides of two disputes, in order (stance, voices and
    days left out)."""
    voices = frozenset().union(
        *(_stems(c.attributed_to or "") for d in (first, second) for c in d.claims)
    )

    def said(claim: Claim) -> frozenset[str]:
        return frozenset(_senses(_stems(claim.statement)) - _STANCE_STEMS - voices - _WHEN_STEMS)

    return [(said(a), said(b)) for a, b in zip(first.claims, second.claims, strict=False)]


# Stems that outlets use for one another when they retell one account: a hospital "alerted"
# the directorate, which denies it was "warned" or "notified"; the ward "issued a decision
# suspending the bar", whose owner "never received that order" (no stemmer or shipped word
# list joins them).
_ONE_SENSE = {"alert": "warn", "notifi": "warn", "notif": "warn", "decis": "order"}


def _senses(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(_ONE_SENSE.get(stem, stem) for stem in stems)


def _alike_sides(first: Dispute, second: Dispute) -> list[tuple[Claim, Claim]]:
    """The sides of two disputes, in order, that say the same thing (`_shared_by_sides`)."""
    return [
        (a, b)
        for (a, b), shared in zip(
            zip(first.claims, second.claims, strict=False),
            _shared_by_sides(first, second),
            strict=True,
        )
        if shared
    ]


def _sides_by_voice(first: Dispute, second: Dispute) -> list[tuple[Claim, Claim]]:
    return [
        (a, b)
        for a in first.claims
        for b in second.claims
        if a.attributed_to and _one_voice_key(a.attributed_to, b.attributed_to)
    ]


def _one_voice_key(first: str, second: str | None) -> bool:
    """The same voice, named in full or by its last words ("Ecuador's ombudsman's office" and
    "the ombudsman's office"), or by the words before its "of" ("the Archdiocese of
    Fianarantsoa" and "the archdiocese")."""
    shorter, longer = sorted((_voice_key(first), _voice_key(second)), key=len)
    if not shorter:
        return False
    if shorter == longer or longer.endswith(" " + shorter):
        return True
    # "the archdiocese" of "the Archdiocese of Fianarantsoa": a body of a place, by its kind
    # (not "the ministry" of the Ministry of Health: there may be other ministries)
    of_place = re.match(re.escape(shorter) + r" of (.+)$", longer)
    return of_place is not None and gazetteer().lookup(of_place.group(1)) is not None


def _cite_each_voice_also(
    kept: Dispute, same: Dispute, one_side: Callable[..., bool] | None = None
) -> None:
    """Add to each side of `kept` the citations of the same voice's side of `same` (however
    named, given `one_side`), where they back the side's statement too."""
    for claim, other in _voice_pairs(kept, same, one_side):
        _cite_as_well(claim, other)


def _both_accounts(first: Dispute, second: Dispute) -> bool:
    """Two accounts set against each other with the same figures in two reports ("The ACP
    says 96 ships ... TFI says 118" / "the authority said 96 vessels ... TFI puts the number at
    118"): one dispute, told twice."""
    return all(d.topic.startswith(ACCOUNTS_TOPIC) for d in (first, second))


def _one_time_told_again(first: Dispute, second: Dispute) -> bool:
    """The same two clock times set against each other in another report ("7:40 a.m. according
    to the army, about 7:15 according to witnesses"): one dispute, told twice."""
    return first.topic == second.topic and first.topic.startswith(TIME_TOPICS)


def _the_same_times(first: Dispute, second: Dispute) -> bool:
    """Two time disputes whose sides give the same clock times, whether or not a report said
    "p.m." ("10:42" / "22:42"), or one of them told as two accounts ("the police chief says
    ... at 1:15 a.m.; the company insists it left at 2:30 a.m."): one disagreement told
    twice."""

    def times(dispute: Dispute) -> set[int] | None:
        minutes = {_within_half_a_day(claim.value) for claim in dispute.claims}
        return None if None in minutes else {m for m in minutes if m is not None}

    def halves(dispute: Dispute) -> set[str]:
        return {
            m.group(1).lower()
            for c in dispute.claims
            for m in _HALF_OF_THE_DAY.finditer(c.statement)
        }

    topics = [d.topic for d in (first, second)]
    if not (
        all(t.startswith(TIME_TOPICS) for t in topics)
        or (
            any(t.startswith(TIME_TOPICS) for t in topics)
            and any(t.startswith(ACCOUNTS_TOPIC) for t in topics)
        )
    ):
        return False
    one, other = times(first), times(second)
    told = [halves(first), halves(second)]
    if all(told) and told[0] != told[1]:
        return False  # "9:30 a.m." and "9:30 p.m.": the morning's sinking, the night's salvage
    return one is not None and len(one) >= 2 and one == other


def _within_half_a_day(value: str | None) -> int | None:
    """A clock value's minutes past noon or midnight: "10:42" and "22:42" are one time, told
    with and without "p.m."."""
    minutes = clock_minutes(value or "")
    return None if minutes is None else minutes % HALF_A_DAY


HALF_A_DAY = 12 * 60
_HALF_OF_THE_DAY = re.compile(r"\d\s*([ap])\.?\s?m\b", re.I)


def _one_count_of_things_told_again(first: Dispute, second: Dispute) -> bool:
    """Two counts of the same things (no harm to people) with the same figures from other
    reports ("How many containers" twice), or one of them told as two accounts ("The ACP says
    96 ships were waiting; TFI says 118" beside "How many vessels", 96 / 118): one dispute,
    told twice. (Not "How many cranes" and "How many ships", 12 and 15 each: two counts, each
    in its own word, of two things that share figures.)"""

    def things(dispute: Dispute) -> str | None:
        asked = re.fullmatch(r"How many ([a-z\-]+)", dispute.topic)
        return asked.group(1) if asked and _kind_asked(dispute.topic) is None else None

    counted = [things(d) for d in (first, second)]
    if counted[0] and counted[1]:
        return counted[0] == counted[1]
    return any(counted) and any(d.topic.startswith(ACCOUNTS_TOPIC) for d in (first, second))


TIME_TOPICS = ("What time it happened", "When the ", "When it was ")
REVISED_TOPIC = "Revised figure"


def _a_revision(first: Dispute, second: Dispute) -> bool:
    """One of two disputes of the same figures is a revision of them ("the tally was revised
    from 117 to 118"), of the same thing (a word of one topic in the other: "the official tally
    of Tuesday's vote" / "How many votes"; not "the number of wounded" / "How many were
    killed"): the same numbers told as a change, not a second question."""
    if not any(d.topic.startswith(REVISED_TOPIC) for d in (first, second)):
        return False
    asked = _stems("how many much revised figure number official")
    words = [_stems(d.topic.split(":", 1)[-1]) - asked for d in (first, second)]
    return bool(words[0] & words[1])


def _strength(dispute: Dispute) -> tuple[int, int]:
    """How well a dispute is carried: by its least-cited side, then by all its reports."""
    per_side = [len({c.source_id for c in claim.citations}) for claim in dispute.claims]
    everyone = {c.source_id for claim in dispute.claims for c in claim.citations}
    return (min(per_side), len(everyone))


def _bodies(claims: Iterable[Claim]) -> set[str]:
    """The bodies the claims are attributed to, each by the last word of its name."""
    return {
        _body_word(voice) for claim in claims for voice in (claim.attributed_to or "").split(", ")
    } - {""}


def _a_count_told_again(dispute: Dispute, count: Dispute) -> bool:
    """Whether two accounts set against each other are a count dispute told again: a side of
    theirs gives in its words a figure the count dispute gives the same voice ("Police say 44
    people were hurt" and the injured count's 44 of the police)."""
    if not dispute.topic.startswith(ACCOUNTS_TOPIC) or not count.topic.startswith("How many"):
        return False
    if all(re.search(r"\d", claim.statement) for claim in dispute.claims):
        # figure against figure, in words of their own ("17 batches sold in six countries" /
        # "12 batches in five countries"): kept, the better told; but of the count's own kind
        # and with figures the count has moved past, the count as it stood that day ("the
        # fire has caused 38 dead" / "it has received 40 bodies" against 40 and 42; "1,150
        # homes had been destroyed" / "more than 1,400" against "How many homes": 1,740, 2,100)
        asked = _kind_asked(count.topic)
        things = _things_asked(count.topic)
        said = {
            n.replace(",", "")
            for c in dispute.claims
            # of the things asked, where the topic names them: "34 flights", not the "4,700
            # passengers" beside them
            for n in (
                _numbers_before(things, c.statement)
                if things
                else _WHOLE_NUMBER.findall(c.statement)
            )
        }
        counted = frozenset().union(*(_numbers(side) for side in count.claims))
        if asked is not None and _the_count_on_some_day(dispute, count, asked):
            return True  # "has risen to 14, the state emergency agency said on Saturday, but
            # traders said at least 19 people were killed", or Tuesday's "the agency said 11
            # had died, traders said 17", beside the agency's 14 against the traders' 19
        moved = _moved_past_them(said, counted) or (
            things is not None and _each_voice_moved_past(dispute, count, things)
        )
        return moved and all(
            (asked is not None and asked in _kinds_counted(claim.statement))
            or (things is not None and things.search(claim.statement) is not None)
            for claim in dispute.claims
        )
    for claim in dispute.claims:
        said = {n.replace(",", "") for n in _WHOLE_NUMBER.findall(claim.statement)}
        for side in count.claims:
            if said & _numbers(side) and _bodies([claim]) & _bodies([side]):
                return True
    return False


_WHOLE_NUMBER = re.compile(r"\b\d[\d,]*\b")


def _the_count_on_some_day(accounts: Dispute, count: Dispute, asked: str) -> bool:
    """Whether two accounts that each give one figure of the count's kind are the count told
    again, that day or an earlier one: each figure is one the count gives, or below the count's
    figure of the same voice ("11 had died" / "17 were killed" against the agency's 14 and the
    traders' 19)."""
    counted = frozenset().union(*map(_numbers, count.claims))
    every = [int(number) for number in counted if number.isdigit()]
    for claim in accounts.claims:
        # the side's own figure where its value gives one ("says 82 students were abducted,
        # while the principal says 121 are missing": 121 for the principal's side)
        said = sorted(_numbers(claim)) or _figures_of_the_kind(claim.statement, asked)
        if len(said) != 1 or (first_cue(claim.statement) or ("",))[0] != asked:
            return False
        figure = int(said[0])
        now = [
            int(number)
            for side in count.claims
            if _body_word(side.attributed_to) == _body_word(claim.attributed_to)
            for number in _numbers(side)
            if number.isdigit()
        ]
        below = bool(now) and all(value > figure for value in now)
        # a count told on more days than two, the figure between its first and its last
        # ("30 people are now confirmed dead" / KERA's "36 bodies" beside 19, 23, 34 and 41)
        between = len(every) >= MOVING_COUNT_SIDES and min(every) < figure < max(every)
        if not below and not between and str(figure) not in counted:
            return False
    return True


# The sides a count dispute gives when it was told on several days.
MOVING_COUNT_SIDES = 3


def _figures_of_the_kind(statement: str, asked: str) -> list[str]:
    """The whole numbers of a statement, or where it gives more than one, those the words after
    them do not say are of another kind ("30 people are now confirmed dead and 22 are missing":
    30 of the dead; "says 82 students were abducted, while the principal says 121": both)."""
    numbers = list(_WHOLE_NUMBER.finditer(statement))
    if len(numbers) < 2:
        return [n.group(0).replace(",", "") for n in numbers]
    ends = [n.start() for n in numbers[1:]] + [len(statement)]
    return [
        number.group(0).replace(",", "")
        for number, end in zip(numbers, ends, strict=True)
        if (first_cue(statement[number.end() : end]) or (asked,))[0] == asked
    ]


def _moved_past_them(said: set[str], counted: AbstractSet[str]) -> bool:
    """Whether a count's figures lie above those an account gives, meeting them at most in one
    value (`_above`): the count has moved past it (1,740 and 2,100 past 1,150 and 1,400; 40 and
    42 past 38 and 40; not 4, 7 and 11 past 14 and 17)."""
    told = [int(n) for n in said if n.isdigit()]
    now = [int(float(n)) for n in counted if re.fullmatch(r"\d+(?:\.\d+)?", n)]
    return bool(told and now) and _above(told, now)


def _each_voice_moved_past(dispute: Dispute, count: Dispute, things: re.Pattern[str]) -> bool:
    """Whether each side of two accounts gives one figure of the things a count asks about, and
    the count gives the same voice a figure as high or higher, one of them higher: "raised its
    tally to 34 flights" / "put the figure at 46 flights" against the count's 38 and 46 of the
    same two voices, the count as it stood that day."""
    quoted = " ".join(c.quote for claim in count.claims for c in claim.citations)
    named = places_in(quoted)
    if any(places_in(claim.statement) - named for claim in dispute.claims):
        return False  # "cancelled 120 flights in Munich": another airport's count
    when = {fold(w) for w in _A_DAY_TOLD.findall(quoted)}
    if any({fold(w) for w in _A_DAY_TOLD.findall(c.statement)} - when for c in dispute.claims):
        return False  # "cancelled 120 flights on Monday", "during last year's strike"
    higher = False
    for claim in dispute.claims:
        told = _numbers_before(things, claim.statement)
        sides = [
            side
            for side in count.claims
            if _voice_words(claim.attributed_to) & _voice_words(side.attributed_to)
        ]
        if len(sides) != 1:
            return False  # ("city health office" shares words with the regional one too)
        now = [int(float(n)) for n in _numbers(sides[0]) if re.fullmatch(r"\d+(?:\.\d+)?", n)]
        if len(told) != 1 or not now or not told[0].replace(",", "").isdigit():
            return False
        value = int(told[0].replace(",", ""))
        if max(now) < value:
            return False
        higher = higher or max(now) > value
    return higher


# Days and times a count is told of, to tell one day's count from another's.
_A_DAY_TOLD = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTH_NAMES)}|yesterday|"
    r"last\s+(?:year|week|month)|this\s+year)\b",
    re.I,
)


def _numbers_before(things: re.Pattern[str], statement: str) -> list[str]:
    """The whole numbers a statement gives right before the things a topic asks about ("34
    flights", "46 of its flights")."""
    return [
        number.group(0)
        for number in _WHOLE_NUMBER.finditer(statement)
        if things.match(statement, number.end() + 1)
        or re.match(rf"\s+(?:[\w\-]+\s+){{1,2}}{things.pattern}", statement[number.end() :], re.I)
    ]


def _things_asked(topic: str) -> re.Pattern[str] | None:
    """The things a count's topic asks how many of, as a word to find ("How many homes":
    "home" or "homes"), or None for a topic that names none."""
    asked = re.match(r"How many ([a-z]+?)s?$", topic)
    return re.compile(rf"\b{asked.group(1)}s?\b", re.I) if asked else None


def _kinds_counted(statement: str) -> set[str]:
    """The kinds of count a statement's figures are of, by the word right after each figure
    ("38 dead": killed)."""
    return {
        kind
        for word in _COUNTED_NEXT.findall(statement)
        if (kind := kind_of_word(word)) is not None
    }


def _numbers(claim: Claim) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in re.findall(r"\d[\d,.]*", claim.value or ""))


def _same_quantity(first: Dispute, second: Dispute) -> bool:
    """Whether two disputes with the same figures count the same thing: each side says the
    same happened to those counted ("23 were killed" / "23 persons have died", not "15
    suspects were arrested") and names no other place ("in Kabul" / "in Kunduz")."""
    for claim in first.claims:
        for other in second.claims:
            if _numbers(other) != _numbers(claim):
                continue
            kinds = first_cue(claim.statement), first_cue(other.statement)
            if kinds[0] is None or kinds[1] is None or kinds[0][0] != kinds[1][0]:
                return False
            places = _places_cited(claim), _places_cited(other)
            if places[0] and places[1] and not places[0] & places[1]:
                return False
    return True


def _places_cited(claim: Claim) -> frozenset[tuple[str, str]]:
    """The places the sentences a side cites put something in (`places_in`)."""
    return places_in(" ".join(citation.quote for citation in claim.citations))


def _cite_also(kept: Dispute, same: Dispute) -> None:
    """Add to each side of `kept` the citations of the side of `same` that gives its figure,
    where they back the side's statement too (a copy of its sentence in another report)."""
    for claim in kept.claims:
        for other in same.claims:
            if _numbers(other) == _numbers(claim):
                _cite_as_well(claim, other)


def _cite_as_well(claim: Claim, other: Claim) -> None:
    """Add to `claim` the citations of `other` it lacks that back its statement too."""
    cited = {(c.source_id, c.start) for c in claim.citations}
    claim.citations += [
        c
        for c in other.citations
        if (c.source_id, c.start) not in cited and citation_support_problem(claim, c.quote) is None
    ]


def _figures_of(dispute: Dispute) -> frozenset[str] | None:
    """The numbers a figure dispute's sides give; None when a side gives none."""
    found = _values_and_sources(dispute)
    return found[0] if found else None


def _values_and_sources(dispute: Dispute) -> tuple[frozenset[str], frozenset[str]] | None:
    """The numbers a figure dispute's sides give, and the reports they come from; None when a
    side gives no number."""
    numbers = [_numbers(claim) for claim in dispute.claims]
    if not all(numbers):
        return None
    return (
        frozenset().union(*numbers),
        frozenset(c.source_id for claim in dispute.claims for c in claim.citations),
    )


def _slot_values(dispute: Dispute) -> list[re.Pattern[str]]:
    """The named values in a slot that a dispute's sides give ("Iraqi waters"), as patterns
    that also find them written with a word between ("Iranian territorial waters")."""
    patterns = []
    for claim in dispute.claims:
        match = re.fullmatch(r"([A-Z][\w’'\-]*)\s+([a-z][a-z\-]+)", claim.value or "")
        if match:
            name, slot = map(re.escape, match.groups())
            patterns.append(re.compile(rf"\b{name}\s+(?:[\w\-]+\s+)?{slot}\b"))
    return patterns if len(patterns) >= 2 else []


def _clusters(items: Sequence[T], same: Callable[[T, T], bool]) -> list[list[T]]:
    """Single-link clusters of items (few items per brief: the pairs are cheap)."""
    clusters: list[list[T]] = []
    for item in items:
        joined = [cluster for cluster in clusters if any(same(item, other) for other in cluster)]
        merged = [item] + [member for cluster in joined for member in cluster]
        clusters = [cluster for cluster in clusters if cluster not in joined] + [merged]
    return clusters


def _same_time(evidence: EvidenceSet, first: str, second: str) -> bool:
    """Two sources published within `SAME_TIME_DAYS` of each other (or one source, or undated)."""
    if first == second:
        return True
    one, other = evidence.article(first).published, evidence.article(second).published
    if not one or not other:
        return True
    try:
        gap = abs(date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days
    except ValueError:
        return True
    return gap <= SAME_TIME_DAYS


def _days_apart(evidence: EvidenceSet, first: str, second: str) -> int | None:
    """Days from the first source's publication to the second's; None if either is undated."""
    one, other = evidence.article(first).published, evidence.article(second).published
    if not one or not other:
        return None
    try:
        return (date.fromisoformat(other[:10]) - date.fromisoformat(one[:10])).days
    except ValueError:
        return None


def _at_odds_over_time(
    evidence: EvidenceSet,
    first: tuple[str, tuple[float, float]],
    second: tuple[str, tuple[float, float]],
    *,
    moves: str,
) -> bool:
    """Whether two figures that cannot both hold (each a source id and its bounds) are at odds
    rather than a figure moving on. Sources of the same day are at odds. Across days it
    depends on how the figure `moves`: "never" (a magnitude, a turnout: one value, at odds
    whenever), "grows" (a toll, arrests, bodies recovered: a progression, at odds only when
    the later report gives less than the earlier one) or "any" (a reading, a distance: a
    later value is a change)."""
    gap = _days_apart(evidence, first[0], second[0])
    if moves == "never" or not gap:
        return True
    if moves == "any":
        return False
    earlier, later = (first, second) if gap > 0 else (second, first)
    return later[1][1] < earlier[1][0]


def _outlet(evidence: EvidenceSet, source_id: str) -> str | None:
    return evidence.article(source_id).outlet


# ----------------------------------------------------------------------------------------------
# Amounts: when two figures cannot both hold

# How a qualifier bounds its number: "more than 40" is a floor, "nearly 50" a ceiling.
_FLOOR = frozenset(
    {"at least", "more than", "over", "passed", "exceeded", "topped", "beyond", "upwards of",
     "in excess of", "some", "no fewer than", "no less than", "not less than", "above"}
)  # fmt: skip
_CEILING = frozenset(
    {"up to", "nearly", "almost", "nearing", "fewer than", "less than", "under", "as many as",
     "approaching", "no more than", "not more than", "at most", "below"}
)  # fmt: skip
_ROUGHLY = frozenset(
    {"about", "around", "approximately", "roughly", "an estimated", "estimated", "some"}
)
# Within these ratios a bounded or rounded figure agrees with another.
BOUND_RATIO = 1.15
ROUGH_RATIO = 1.10
ROUNDING_RATIO = 1.02
# A bound and a round figure beyond it: "more than 60" and "about 70" meet ("at least 40" and
# "about 50" do not).
BOUND_AND_ROUGH_RATIO = 1.2
# "Dozens" is at least 24 and fewer than a hundred, and so on: vague words cover a range.
_VAGUE_RANGES = {24: (24, 99), 40: (40, 99), 200: (200, 999), 2000: (2000, 9999)}


def amounts_compatible(
    first: float, first_qualifier: str | None, second: float, second_qualifier: str | None
) -> bool:
    """Whether two figures for one quantity can both hold: 'more than 40' and 45 can, 1 and 3
    cannot, 'at least 121,000' and 'nearly 150,000' cannot (a floor far below a ceiling)."""
    (low, low_q), (high, high_q) = sorted(
        ((first, first_qualifier), (second, second_qualifier)), key=lambda pair: pair[0]
    )
    if low == high:
        return True
    if low <= 0:
        return False
    if low == 1 and low_q in _FLOOR:
        return True  # "more than one person", "at least one dead": only that there were some
    ratio = high / low
    if low_q == "vague" or high_q == "vague":
        vague, other = (low, high) if low_q == "vague" else (high, low)
        floor, ceiling = _VAGUE_RANGES.get(int(vague), (vague, vague * 5))
        return floor <= other <= ceiling
    if low_q in _FLOOR and (ratio <= BOUND_RATIO or high - low <= 2):
        return True  # "more than 40" and 45
    if high_q in _CEILING and (ratio <= BOUND_RATIO or high - low <= 2):
        return True  # "nearly 50" and 45
    if (low_q in _ROUGHLY or high_q in _ROUGHLY) and ratio <= ROUGH_RATIO:
        return True
    if (
        (low_q in _FLOOR - _ROUGHLY and high_q in _ROUGHLY)
        or (low_q in _ROUGHLY and high_q in _CEILING - _ROUGHLY)
    ) and ratio <= BOUND_AND_ROUGH_RATIO:
        return True  # "more than 60" and "about 70": a bound and a round figure that meet
    return ratio <= ROUNDING_RATIO


# ----------------------------------------------------------------------------------------------
# Casualty figures (from `casualties`) for the same victims of the same incident


_NAME_GOES_ON = re.compile(r"(?:\s[A-Z][\w’']+)*")
# Last words of the names of roads, often named after places elsewhere ("Lagos Avenue").
_STREET_WORDS = frozenset(
    "road street avenue lane boulevard highway motorway drive way expressway".split()
)


def places_in(text: str) -> frozenset[tuple[str, str]]:
    """(place, its country) for places the sentence puts something in: "in Baghdad"."""
    places = gazetteer()
    found = set()
    for match in re.finditer(r"[A-Z][\w’']+(?:\s[A-Z][\w’']+)?(?!-[a-z])", text):
        if not _LOCATIVE.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        run = text[match.start() : _end_of_the_name(text, match.end())]
        if run.split()[-1].lower() in _STREET_WORDS:
            continue  # "on Rama IV Road": a road's name, not Rama in Nicaragua (but "at Kabul
            # Airport" is in Kabul)
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


def _incident(texts: list[str]) -> str | None:
    for text in texts:
        match = _INCIDENT.search(text)
        shot = _OPENED_FIRE.search(text)
        if shot is not None and (match is None or shot.start() < match.start()):
            return "shooting"  # "police opened fire on the crowd"
        if match:
            incident = re.sub(
                r"^(?:the|a|an|on|in|that|which)\s+", "", match.group(0).strip(), flags=re.I
            )
            return _WHEN_BEFORE_INCIDENT.sub("", incident)  # "the fire", not "the Tuesday's fire"
    return None


_OPENED_FIRE = re.compile(r"\bopen(?:ed|s|ing)?\s+fire\b", re.I)
_WHEN_BEFORE_INCIDENT = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)"
    r"(?:[’']s)?\s+|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[’']s\s+)+"
)  # ("the May 28 attack" keeps its date)


def _figures_compatible(first: Figure, second: Figure) -> bool:
    """`amounts_compatible` for two figures; "dozens" spans its range, not "at least 24"."""
    return amounts_compatible(
        first.count,
        "vague" if first.vague else first.qualifier,
        second.count,
        "vague" if second.vague else second.qualifier,
    )


# Counts other than the toll are disputed only between two voices of one report: across
# reports, "41 in hospital" and "300 treated", or arrests on two days, are seldom one count.
OTHER_COUNTS = ("injured", "missing", "detained", "escaped", "ill")
# How a count changes as days pass (`_at_odds_over_time`), where it is not a toll that only
# grows: the missing are found, dead or alive, so a later report's fewer missing is the search
# going on ("23 missing" on Tuesday, "seven missing" ten days later), not a rival count.
_HOW_A_COUNT_MOVES = {"missing": "any"}
_ONE_WORD = {
    "wounded": "injured",
    "hurt": "injured",
    "unaccounted for": "missing",
    "arrested": "detained",  # "31 arrested" and "more than 40 detained": one count of protesters
    # "more than 250 had reported symptoms" and "the number who fell ill at more than 600"
    "with symptoms": "ill",
}


def _counted_as(figure: Figure) -> str:
    """The one word of a count: "wounded" is "injured"; so are those a hospital "treated"
    (for harm: a hospital's 46 treated against a ministry's 37 injured). Those medics only
    "checked" or "examined" are a count of their own: looked at, not said to be hurt."""
    if figure.shown_as.split(" ")[0] in EXAMINED:
        return "checked or examined"
    if _cared_for(figure) and _A_REASON_FOR_CARE.match(figure.ref.text, figure.number_start):
        return figure.shown_as  # "250 needed medical attention, mostly for heat exhaustion":
        # a count of its own, not of the hurt
    if _cared_for(figure):
        return "injured"
    if _TO_HOSPITAL.match(figure.shown_as):
        return "taken to hospital"  # "23 taken to hospital", "14 sent to hospital": one count
    return _ONE_WORD.get(figure.shown_as, figure.shown_as)


# Counts of those taken to hospital, however the words take them there (not "in hospital"
# or "remain hospitalised", a count at one time; not "admitted", "airlifted": some of them).
_TO_HOSPITAL = re.compile(r"^(?:taken|sent|rushed|brought|transferred) to hospital$")


# Care sought for a reason named: "sought medical help for shock and anxiety".
_A_REASON_FOR_CARE = re.compile(
    r"[^.;]*?\b(?:care|help|attention|assistance)\s*,?\s+(?:[a-z]+\s+){0,2}?for\s+[a-z]", re.I
)


def _cared_for(figure: Figure) -> bool:
    return cared_for_harm(figure.shown_as)


def _figure_disputes(evidence: EvidenceSet, all_figures: list[Figure]) -> list[Dispute]:
    # The event's own figures only: an earlier event's toll is not a side of this one's.
    # Nor is a part of a breakdown ("seven dock workers and a Ukrainian sailor") a toll.
    parts = breakdown_parts(evidence, all_figures) | included_parts(all_figures)
    own = [
        f
        for f in all_figures
        if not f.background
        and not is_part(f, parts)
        and not _those_identified(f)
        and not _beside_an_uncounted_whole(f)
        and not _who_some_of_the_dead_were(f)
    ]
    # (those held are no victims: "the lorry driver remains in custody" is no driver killed)
    victims = _the_victims([f for f in own if f.kind != "detained"])
    found = _count_disputes(
        evidence, [f for f in own if f.kind == "killed"], strict=False, victims=victims
    )
    for kind in OTHER_COUNTS:
        of_kind = [f for f in own if f.kind == kind]
        for shown in dict.fromkeys(_counted_as(f) for f in of_kind):
            alike = [f for f in of_kind if _counted_as(f) == shown]
            found += _count_disputes(evidence, alike, strict=True, victims=victims)
    return found


# Nouns of deaths told with no number, of which a count of people joined to them is some.
_DEATH_NOUNS = frozenset("deaths dead fatalities victims bodies".split())
# Nouns of harm, which a count of its own counts ("52 deaths and many injuries": a toll).
_HARM_NOUNS = _DEATH_NOUNS | frozenset("casualties injuries injured wounded cases".split())


def _who_some_of_the_dead_were(figure: Figure) -> bool:
    """Whether a figure says who some of the dead were ("Six of the dead were bus passengers",
    "Among the dead were four children", "Two children were among the victims"): a part of
    the toll, no side of it."""
    text, number = figure.ref.text, figure.number_start
    return number >= 0 and (
        _OF_THE_DEAD.match(text, number) is not None
        or _AMONG_THE_DEAD_BEFORE.search(text, 0, number) is not None
        or _AMONG_THE_DEAD.search(text, number, min(len(text), number + 60)) is not None
    )


_THE_DEAD = r"(?:dead|deceased|victims|killed|fatalities)"
_OF_THE_DEAD = re.compile(rf"[\w,.\-]+\s+of\s+the\s+(?:\d[\d,]*\s+)?{_THE_DEAD}\b", re.I)
_AMONG_THE_DEAD_BEFORE = re.compile(rf"\bamong\s+the\s+{_THE_DEAD}\s+(?:were|was)\s+$", re.I)
_AMONG_THE_DEAD = re.compile(rf"^[^.;,]*?\b(?:were|was)\s+among\s+the\s+{_THE_DEAD}\b", re.I)


def _beside_an_uncounted_whole(figure: Figure) -> bool:
    """A count of people joined to deaths told with no number: "its members had recorded
    deaths in private hospitals as well as at least two children who died at home" (the two
    are some of what the voice counts, no toll of its own; not "killed 12 people and injured
    dozens", two counts, nor "caused 52 deaths and many injuries", a toll)."""
    (doc,) = nlp.parse([figure.ref.text])
    number = next((t for t in doc if t.idx >= figure.number_start), None)
    if number is None or number.dep_ != "nummod":
        return False
    noun = number.head
    if noun.lower_ in _HARM_NOUNS:
        return False
    joined = [noun.head] if noun.dep_ == "conj" else []
    joined += [c for c in noun.children if c.dep_ == "conj"]
    return any(
        other.lower_ in _DEATH_NOUNS
        and other.pos_ == "NOUN"
        and not any(c.dep_ == "nummod" or c.like_num for c in other.children)
        for other in joined
    )


# What cannot yet be done with some of the dead, which makes them some, not the toll: "three
# bodies can be identified only by DNA tests", "11 bodies remain unclaimed" (not "21 bodies
# had been recovered and identified").
_SOME_OF_THE_DEAD = re.compile(
    r"^[^.;,]{0,40}?\b(?:unidentif\w*|unclaimed|identif\w*\s+only|"
    r"(?:only|not|yet)\b[^.;,]{0,20}\bidentif\w*)",
    re.I,
)


def _those_identified(figure: Figure) -> bool:
    return figure.kind == "killed" and bool(_SOME_OF_THE_DEAD.search(figure.ref.text[figure.end :]))


def _count_disputes(
    evidence: EvidenceSet, figures: list[Figure], *, strict: bool, victims: str | None = None
) -> list[Dispute]:
    """The disputes of one count (the toll, or those arrested): figures of one area and of the
    same victims at odds. A `strict` count is at odds only between two named voices of one
    sentence or one report. `victims` is the group the event's figures count (`_the_victims`)."""
    figures = figures[:MAX_CANDIDATES]
    whole = _counts_of_the_victims(figures, victims)
    context = {id(figure): _event_tokens(figure.ref.text) for figure in figures}
    places = {id(figure): places_in(_window(figure)) for figure in figures}

    def same_event(first: Figure, second: Figure) -> bool:
        # "rose to 78, the government said, but the Red Cross counted at least 95": two named
        # voices of one sentence give the one count, wherever each places it
        two_voices = (
            (first.ref.source_id, first.ref.start) == (second.ref.source_id, second.ref.start)
            and first.voice_named
            and second.voice_named
            and first.attributed_to != second.attributed_to
        )
        if not _same_victims(first, second):
            return False
        if first.carries_on(second) or second.carries_on(first):
            return True  # "the official death toll stands at 14. The union says it is 15."
        if _two_voices_of_one_report(first, second, places, whole):
            return True  # its words may differ: "the toll rose to eight" / "nine have died"
        if strict and not two_voices:
            return False
        if not two_voices and not _same_area(places[id(first)], places[id(second)]):
            return False
        return dice(context[id(first)], context[id(second)]) >= SAME_EVENT_DICE

    statement_of = {
        (ref.source_id, ref.start): item.id for item in evidence.items for ref in item.members
    }
    within = _groups_within_their_reports(figures, whole)
    # (read once, not for each pair)
    old_values = {id(figure) for figure in figures if _an_old_value(figure)}

    def at_odds(first: Figure, second: Figure) -> bool:
        """Incompatible figures from two voices of one report, or from two reports at odds
        over time (`_at_odds_over_time`). One statement (one sentence, or its copies in other
        reports) gives two figures of one voice as parts of one count ("four more deaths, two
        in Kisumu and two in Mathare, taking the toll to seven"), never as two sides."""
        if _figures_compatible(first, second) or _dead_among_the_treated(first, second):
            return False
        if id(first) in old_values or id(second) in old_values:
            return False  # "raised the death toll to eight babies, up from six": no side
        if not _same_victims(first, second) or _a_share_of(first, second):
            return False  # one cluster through a general toll: "11 Lao deaths", "six foreign"
        if id(first) in within or id(second) in within:
            return False  # a group of its own its report counts within everyone
        if _a_night_against_the_total(first, second):
            return False  # a night's arrests and the total since the first are two counts
        if _treated_among_the_injured(first, second):
            return False  # one hospital's patients are some of the injured
        if _a_part_alone_below(first, second):
            return False  # "20 are confirmed dead in Jayapura city alone, while the volunteers
            # say they have recovered 40 bodies across the province": a part and the whole
        one = statement_of.get((first.ref.source_id, first.ref.start))
        if one is not None and one == statement_of.get((second.ref.source_id, second.ref.start)):
            return not _same_voice(first.attributed_to, second.attributed_to)
        if first.ref.source_id == second.ref.source_id:
            return first.attributed_to != second.attributed_to and not _below_a_part(first, second)
        return _at_odds_over_time(
            evidence,
            (first.ref.source_id, first.bounds),
            (second.ref.source_id, second.bounds),
            moves=_HOW_A_COUNT_MOVES.get(first.kind, "grows"),
        )

    disputes: list[tuple[frozenset[tuple[str, str]], str, Dispute]] = []
    for cluster in _clusters(figures, same_event):
        odds = [(a, b) for i, a in enumerate(cluster) for b in cluster[i + 1 :] if at_odds(a, b)]
        if not odds:
            continue
        odds = _fewest_sides(evidence, odds, lambda f: f.count, lambda f: f.attributed_to)
        # The sides are the figures at odds; the rest of the cluster is the count moving on.
        involved = {id(figure) for pair in odds for figure in pair}
        by_count: dict[int, list[Figure]] = {}
        for figure in cluster:
            if id(figure) in involved:
                by_count.setdefault(figure.count, []).append(figure)
        sides = _as_they_last_stood(evidence, list(by_count.values()), figures, at_odds, cluster)
        # the incident as the cluster names it, or the sides as they last stood
        incident = _incident(
            [figure.ref.text for figure in cluster]
            + [figure.ref.text for side in sides for figure in side]
        )
        claims = [
            Claim(
                statement=_figure_statement(group),
                value=_amount(group[0]),
                attributed_to=_attributed(evidence, group),
                citations=cite(figure.ref for figure in group),
            )
            for group in sorted(sides, key=lambda group: group[0].count)
        ]
        shown = "killed" if not strict else _counted_as(cluster[0])
        topic = (
            TOLL_TOPIC
            if shown == "killed"
            else f"How many {shown}"
            if shown in _DONE_BY_THEMSELVES
            else f"How many were {shown}"
        ) + (f" in the {incident}" if incident else "")
        area = frozenset().union(*(places[id(figure)] for figure in cluster))
        # the incident by its last word: "the deadly flood" is "flood"
        named = incident.lower().split()[-1].removesuffix("s") if incident else ""
        disputes.append((area, named, Dispute(topic=topic, claims=claims)))
    # every voice that gave each figure, to follow a side that moved on under another name
    voices_of: dict[int, set[str]] = {}
    for figure in figures:
        voices_of.setdefault(figure.count, set()).add(_body_word(figure.attributed_to))
    return _one_toll_an_area(evidence, disputes, voices_of)


def _as_they_last_stood(
    evidence: EvidenceSet,
    sides: list[list[Figure]],
    figures: list[Figure],
    at_odds: Callable[[Figure, Figure], bool],
    cluster: list[Figure],
) -> list[list[Figure]]:
    """The sides of a count as their voices last gave them: a ministry's ten dead of
    Wednesday against a district's 12 is, by the next week, the ministry's 11 against the
    district's 12. Each side moves on to the figures its one voice gives in its last report
    (all of one count, of the same victims) that still names another side, if all the sides
    are still at odds then (not to "in Mandi district, the toll rose to 44" in a report the
    other side is not in: a part, told on its own)."""
    if len(sides) < 2:
        return sides
    # how the cluster's reports open: the incident they tell of, where its figures name none
    openings = [
        _opening(evidence.article(source_id))
        for source_id in dict.fromkeys(figure.ref.source_id for figure in cluster)
    ]

    def voice(figure: Figure) -> str:
        return _body_word(figure.attributed_to)

    def names(source_id: str, body: str) -> bool:
        text = evidence.article(source_id).text
        # in the singular or the plural: "the organiser" names "organisers"
        return re.search(rf"\b{re.escape(body.removesuffix('s'))}s?\b", text, re.I) is not None

    def latest(side: list[Figure], other: list[Figure]) -> list[Figure]:
        voices = {voice(figure) for figure in side}
        others = {voice(figure) for figure in other} - {""}  # (the named ones)
        if len(voices) != 1 or "" in voices or not others:
            return side
        told = max(_published(evidence, figure.ref.source_id) for figure in side)
        later = [
            figure
            for figure in figures
            if voice(figure) in voices
            and _published(evidence, figure.ref.source_id) > told
            and all(_same_victims(figure, other) for other in side)
            and _of_one_incident(figure, cluster, openings)
            and any(names(figure.ref.source_id, body) for body in others)
        ]
        if not later:
            return side
        last = max(_published(evidence, figure.ref.source_id) for figure in later)
        now = [figure for figure in later if _published(evidence, figure.ref.source_id) == last]
        return now if len({figure.count for figure in now}) == 1 else side

    moved = [
        latest(side, [figure for other in sides if other is not side for figure in other])
        for side in sides
    ]
    shown = {figure.count for now in moved for figure in now}
    still = any(now is side for side, now in zip(sides, moved, strict=True))
    for side, now in zip(sides, moved, strict=True) if still else ():
        there = now[0].ref.source_id
        if now is not side and any(
            figure.ref.source_id == there
            and figure.count not in shown
            and voice(figure) != voice(now[0])
            and at_odds(figure, now[0])
            for figure in figures
        ):
            # the report a side moves on to sets it against another voice's figure that no
            # side gives ("14 died in the blast, but the traders' association said 19", where
            # the traders' side is still Tuesday's 15): that pair is the count as it stood,
            # not this side against the others' older figures
            return sides
    if len(moved) == 2:
        return moved if at_odds(moved[0][0], moved[1][0]) else sides
    # Three voices or more, each moved on to its last word where its report still names
    # another side: still a dispute while no two of them agree (one of them moving on need
    # not be the count growing)
    still_at_odds = all(
        not _figures_compatible(one[0], other[0]) for one, other in itertools.combinations(moved, 2)
    )
    return moved if still_at_odds else sides


# Words that make an injured count one of the gravely hurt: "37 seriously injured".
_GRAVELY = re.compile(
    r"\b(?:serious(?:ly)?|critical(?:ly)?|grave(?:ly)?|severe(?:ly)?|badly|intensive)\b", re.I
)


def _treated_among_the_injured(first: Figure, second: Figure) -> bool:
    """Whether a hospital's patients and another voice's injured may both hold: "37 injured"
    and "treated 20"; "six officers hurt" and "treated 23 people" (a group of its own against
    everyone treated); "six officers hurt overnight" and "23 treated since Tuesday" (a night
    against a total so far); "37 seriously injured" and "46 treated" (the gravely hurt are
    some of the treated); not "treated 46" against "37 injured"."""
    return any(
        _cared_for(treated)
        and not _cared_for(other)
        and (
            treated.bounds[1] <= other.bounds[0]
            or not counts_everyone(other)
            or bool(_ONE_NIGHT.search(other.ref.text) and _SO_FAR.search(treated.ref.text))
            or _GRAVELY.search(other.ref.text[max(0, other.number_start) : other.end + 20])
            is not None
        )
        for treated, other in ((first, second), (second, first))
    )


def _opening(article: Article) -> str:
    """A report's title and the start of its first paragraph: the incident it is about (read
    from its first paragraphs, not the whole body joined)."""
    told = ""
    for span in article.body:
        told += article.text[span.start : span.end] + "\n"
        if len(told) >= OPENING_CHARS:
            break
    return f"{article.title or ''}\n{without_dateline(told[:OPENING_CHARS])}"


OPENING_CHARS = 400


def _of_one_incident(figure: Figure, cluster: list[Figure], openings: list[str]) -> bool:
    """Whether a later figure may count the incident a cluster of figures counts: not when it
    names a place or an incident the cluster does not ("three people were killed in a fire at
    a warehouse in Tema" after a toll of a tanker blast that named no place); a count restated
    names no more than it did. Where the cluster's own sentences name no incident ("ANSEMA
    said 11 people had died"), the incident is the one its reports open with ("after a gas
    explosion that killed at least 11"): "19 died ... on the evening of the blast" counts it.
    A figure of "another blast", "a fresh fire", "a second earthquake" never does."""
    if _ANOTHER_INCIDENT.search(figure.ref.text):
        return False
    here = places_in(_window(figure))
    there = frozenset().union(*(places_in(_window(other)) for other in cluster))
    if here and not (there and _same_area(here, there)):
        return False

    def named(texts: list[str]) -> str:
        incident = _incident(texts)
        return _incident_word(f" in the {incident}") if incident else ""

    later = named([figure.ref.text])
    told = named([f.ref.text for f in cluster])
    if later and not told:
        # (a title or a paragraph may open on the incident: "Fire tore through ...")
        told = named(
            [line[:1].lower() + line[1:] for text in openings for line in text.split("\n")]
        )
        return bool(told) and later == told
    return not later or later == told


# A figure of an incident other than the one counted: "four died in another blast on
# Thursday", "two were killed in a fresh fire next door", "a second earthquake".
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:another|second|fresh|new|separate|further|subsequent|third)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:" + _INCIDENT_NOUNS + r"|quake|tremor|aftershock|blaze|landslide)s?\b",
    re.I,
)


def _incident_word(topic: str | None) -> str:
    """The word of the incident a topic names: "flood" of "... in the deadly floods",
    "explosion" of "... in the blast at the Pontic" (a blast is an explosion, a blaze a fire)."""
    _, _, incident = (topic or "").partition(" in the ")
    words = incident.lower().split()
    if not words:
        return ""
    named = next((word for word in words if word in EVENT_NOUNS), words[-1]).removesuffix("s")
    return _ONE_INCIDENT.get(named, named)


_ONE_INCIDENT = {
    "blast": "explosion",
    "bombing": "explosion",  # "the bomb blast" and "the bombing": one explosion
    "bomb": "explosion",
    "blaze": "fire",
    "collision": "crash",
    "pile-up": "crash",
}


def _same_incident(first: str, second: str) -> bool:
    """The same incident, or one a topic does not name: "bombing" is not "attack", "blast" is
    "explosion"."""
    return (
        not first
        or not second
        or _ONE_INCIDENT.get(first, first) == _ONE_INCIDENT.get(second, second)
    )


def _one_toll_an_area(
    evidence: EvidenceSet,
    disputes: list[tuple[frozenset[tuple[str, str]], str, Dispute]],
    voices_of: Mapping[int, AbstractSet[str]] | None = None,
) -> list[Dispute]:
    """The best-carried toll dispute of each area: two voices that disagree day after day
    (a ministry's toll and a province's) are one dispute, not one a day, shown as it last
    stood; the toll of another place or of another named incident ("bombing", "attack") is
    one of its own. `voices_of` gives every voice (by `_body_word`) that told each figure."""
    kept: list[tuple[frozenset[tuple[str, str]], str, Dispute]] = []
    for area, incident, dispute in sorted(disputes, key=lambda d: _strength(d[2]), reverse=True):
        index = next(
            (
                index
                for index, (other, other_incident, told) in enumerate(kept)
                if (not area or not other or _same_area(area, other))
                and (
                    _same_incident(incident, other_incident)
                    # "the explosion": two against three on Wednesday; "the blast at the
                    # terminal": six against seven on Saturday, the same voices
                    or (
                        _incident_word(told.topic) == _incident_word(dispute.topic) != ""
                        and (_moved_past(told, dispute) or _moved_past(dispute, told))
                    )
                    # "killed in the fire" (a cylinder "exploded ..., setting off a fire") and
                    # "killed in the blast", a voice of one a voice of the other: one toll
                    or (
                        {_incident_word(told.topic), _incident_word(dispute.topic)}
                        == _A_BLAST_AND_ITS_FIRE
                        and bool(_bodies(told.claims) & _bodies(dispute.claims))
                        and _the_fire_of_a_blast(told if "fire" in told.topic else dispute)
                    )
                )
            ),
            None,
        )
        if index is None:
            kept.append((area, incident, dispute))
            continue
        same = kept[index][2]
        if _figures_of(same) and _figures_of(same) == _figures_of(dispute):
            _cite_also(same, dispute)  # the same figures set against each other elsewhere
        elif (
            (told := _figures_of(same))
            and (fuller := _figures_of(dispute))
            and told < fuller
            and _last_told(evidence, dispute) >= _last_told(evidence, same)
            and _a_voice_more(same, dispute)
        ):
            # "the DHA still puts the toll at nine. Nishtar Hospital counts 10 dead. The
            # bride's family says 12": the same disagreement as it last stood, with one voice
            # more than its copies elsewhere (10 against 12)
            _cite_also(dispute, same)
            kept[index] = (kept[index][0], kept[index][1], dispute)
        elif (
            _same_sides(same, dispute)
            or _moved_past(same, dispute)
            or _its_voices_moved_on(same, dispute)
            or _one_side_moved_on(same, dispute, voices_of or {})
            or _settled_and_disputed_anew(same, dispute, voices_of or {})
            or _wholly_past(same, dispute)
        ) and _last_told(evidence, dispute) > _last_told(evidence, same):
            # "police list five" against the fire department's four on Wednesday, three
            # against two on Saturday: the count as it stands; so too seven against eight
            # on Wednesday and nine against ten on Monday, whoever gives them
            kept[index] = (kept[index][0], kept[index][1], dispute)
    return [dispute for _, _, dispute in kept]


# An explosion and the fire it sets off, as the incident words of two tolls (`_incident_word`).
_A_BLAST_AND_ITS_FIRE = frozenset({"explosion", "fire"})


def _the_fire_of_a_blast(fire: Dispute) -> bool:
    """Whether a toll "in the fire" tells of the explosion that set it off, in the words it
    cites ("killed when a gas cylinder exploded ..., setting off a fire"), not a fire of its own
    ("a fire at a market in Surat on Friday")."""
    return any(
        re.search(r"\b(?:explo(?:ded|des|de|sion|sions)|blasts?)\b", citation.quote, re.I)
        for claim in fire.claims
        for citation in claim.citations
    )


def _an_old_value(figure: Figure) -> bool:
    """Whether a figure is the value a count was revised from, told beside its new one: "raised
    the death toll to eight babies, up from six", "lowered its count from 14 to 12"."""
    return figure.number_start >= 0 and bool(
        _REVISED_FROM.search(figure.ref.text, 0, figure.number_start)
    )


_REVISED_FROM = re.compile(
    r"(?:\b(?:up|down)\s+from|\b(?:raised|revised|lowered|increased|cut|reduced|rose|risen|"
    r"climbed|jumped|fell|fallen)\b[^.;:]{0,40}?\bfrom)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:earlier|previous|initial|first)\s+)?(?:(?:figure|toll|count|tally)\s+of\s+)?$",
    re.I,
)


# Words that say a figure was given up: "initially put the toll at nine but raised it", "had
# earlier reported eight deaths", "a figure it later withdrew".
_GIVEN_UP = re.compile(
    r"\b(?:initially|earlier|at first|previously|withdr[ae]w\w*|revis\w*|raised|lowered|"
    r"corrected|retract\w*|now accepts?)\b",
    re.I,
)


def _a_voice_more(told: Dispute, fuller: Dispute) -> bool:
    """Whether `fuller` is `told` with sides of voices of their own added, each still standing:
    one voice a side, every side named, no added side told as given up."""
    voices = [_voice_key(claim.attributed_to) for claim in fuller.claims if claim.attributed_to]
    if len(voices) != len(fuller.claims) or len(set(voices)) != len(voices):
        return False  # ("Police 2" against "Police 19": a count moving on, no third voice)
    values = {claim.value for claim in told.claims}
    return not any(
        _GIVEN_UP.search(claim.statement) or any(_GIVEN_UP.search(c.quote) for c in claim.citations)
        for claim in fuller.claims
        if claim.value not in values
    )


def _moved_past(earlier: Dispute, later: Dispute) -> bool:
    """Whether a count's later disagreement lies wholly above an earlier one (seven against
    eight, then nine against ten; or 38 against 40, then 40 against 42: the higher count of
    the first is the lower of the next) of one incident, a voice of the first still a side:
    the count has moved past the first (not a later toll of a counter-raid or of the flood in
    the next district, given by others)."""
    before, after = _counts_of(earlier), _counts_of(later)
    # (the missing are found: their count moves down past the first, 23 against 18 on
    # Tuesday, seven against at least 15 ten days later)
    counted = earlier.topic.removeprefix("How many were ").split()
    falls = bool(counted) and _HOW_A_COUNT_MOVES.get(counted[0]) == "any"
    return (
        bool(before and after)
        and (_above(before, after) or (falls and _above(after, before)))
        and bool(_bodies(earlier.claims) & _bodies(later.claims))
        and _same_incident(_incident_word(earlier.topic), _incident_word(later.topic))
    )


def _wholly_past(earlier: Dispute, later: Dispute) -> bool:
    """Whether a later disagreement of named voices lies wholly above an earlier one, whoever
    gave that, a side told as the count as it now stands: five to 11 dead in the first
    days' reports, then "The Punjab government and Rescue 1122 continue to put the toll at
    13. Mayo Hospital now says 14" (not "A second earthquake hit Hakkari. The ministry said 40
    people died in Hakkari", another toll told later)."""
    before, after = _counts_of(earlier), _counts_of(later)
    return (
        bool(before and after)
        and max(before) < min(after)
        and all(claim.attributed_to for claim in later.claims)
        and any(
            _AS_IT_STANDS.search(citation.quote)
            for claim in later.claims
            for citation in claim.citations
        )
        and _same_incident(_incident_word(earlier.topic), _incident_word(later.topic))
    )


# Words that tell a count as it now stands: "now says 14", "continues to put the toll at 13".
_AS_IT_STANDS = re.compile(
    r"\b(?:now|still|continu(?:e|es|ed|ing)|remain(?:s|ed)?|stands|stood|final|latest|"
    r"so\s+far)\b",
    re.I,
)


def _above(lower: list[int], higher: list[int]) -> bool:
    """Whether the counts `higher` lie above `lower`, meeting it at most in one value."""
    return max(lower) <= min(higher) and min(lower) < min(higher) and max(lower) < max(higher)


def _its_voices_moved_on(earlier: Dispute, later: Dispute) -> bool:
    """Whether every side of `later` is a named voice of `earlier` whose count has risen or
    stayed ("police 11, the union 13", among unnamed figures of the days before, then "police
    12, the union 14"), or `later`, every side named, sets every voice of `earlier` so risen
    against another voice's ("the county 9, the charity 15", then "the ministry 8, the county
    11, the charity 19"): the disagreement as it now stands. Not a voice shared with another
    added ("In Mandi district, the worst hit, the death toll rose to 44, the authority said,
    while the residents' association put it at 58": one district's toll, told later). A side
    told by several voices ("the health department, officials") is each of theirs."""

    def sides(dispute: Dispute) -> list[tuple[frozenset[str], int]]:
        return [
            (
                frozenset(_body_word(voice) for voice in (claim.attributed_to or "").split(", ")),
                count,
            )
            for claim in dispute.claims
            # ("more than 60": the hospital's count then, its bound as told)
            if (count := _bound_of(claim)) is not None
        ]

    now = sides(later)
    if len(now) != len(later.claims) or len(now) < 2 or any("" in bodies for bodies, _ in now):
        return False  # (an unnamed side now)
    before = [(bodies - {""}, count) for bodies, count in sides(earlier) if bodies - {""}]

    def risen(side: tuple[frozenset[str], int], since: list[tuple[frozenset[str], int]]) -> bool:
        """The side's voice among `since`, its count there at most this one."""
        bodies, count = side
        told = [was for voices, was in since if voices & bodies]
        return bool(told) and count >= max(told)

    if len({bodies for bodies, _ in now}) != len(now):
        return False  # (one voice, two counts: its count moving on, not two sides)
    return all(risen(side, before) for side in now) or (
        len(before) >= 2
        and all(any(voices & b and count >= was for b, count in now) for voices, was in before)
    )


# A count told of a part of the event's area or people, opening its sentence: "In Mandi
# district, the worst hit, the death toll rose to 44", "Among health workers alone, ...".
_TOLD_OF_A_PART = re.compile(
    r"(?:^|[-–—]\s+)(?:In|Among)\s[^,.;]{1,60},\s|\balone\b|\bthe\s+worst[- ]hit\b"
)


def _one_side_moved_on(
    earlier: Dispute, later: Dispute, voices_of: Mapping[int, AbstractSet[str]]
) -> bool:
    """Whether a later two-sided disagreement of a count is an earlier one as it now stands:
    one side's voice (any voice that told its figure) gives the same side later, as high or
    higher, and the other side is as high or higher too ("the collector, 17; a village head, at
    least 25", the district administration having told 17 too; then "the district
    administration, 19; a committee of village leaders, at least 27"); not a toll of another
    incident ("another crash near Mtito Andei"), nor of a part ("In Mandi district, the worst
    hit, ...", "Among health workers alone, ...").
    """
    sides = _two_sides_of_one_count(earlier, later)
    if sides is None:
        return False
    before, after = sides
    (low, _), (high, _) = before
    (new_low, _), (new_high, _) = after
    if new_low < low or new_high < high or new_low > high:
        return False  # (19 and 27 after 17 and 25: risen, still overlapping)
    return any(
        _body_word(new.attributed_to)
        in ({_body_word(old.attributed_to)} | set(voices_of.get(count, ()))) - {""}
        for (count, old), (_, new) in zip(before, after, strict=True)
    )


def _two_sides_of_one_count(
    earlier: Dispute, later: Dispute
) -> tuple[list[tuple[int, Claim]], list[tuple[int, Claim]]] | None:
    """The sides of two two-sided disagreements, by count (`_sides_by_count`), when the later
    one tells of neither another incident nor a part; None otherwise."""
    if len(earlier.claims) != 2 or len(later.claims) != 2:
        return None
    quotes = [c.quote for claim in later.claims for c in claim.citations]
    if any(ANOTHER_INCIDENT.search(quote) or _TOLD_OF_A_PART.search(quote) for quote in quotes):
        return None
    before, after = _sides_by_count(earlier), _sides_by_count(later)
    if before is None or after is None:
        return None
    return before, after


def _settled_and_disputed_anew(
    earlier: Dispute, later: Dispute, voices_of: Mapping[int, AbstractSet[str]]
) -> bool:
    """Whether a later two-sided disagreement of a count is the count as it now stands, the
    earlier one settled: a voice of the earlier one gives the later higher side, at or above
    both earlier figures, and a voice new to the count sets a lower one against it (17 from the
    district against the health department's 18 on Friday; a week on, the district's 20
    against the temple trust's 16); not a toll of another incident or of a part."""
    sides = _two_sides_of_one_count(earlier, later)
    if sides is None:
        return False
    before, after = sides
    (_, low), (high_count, high) = after
    known = {_body_word(claim.attributed_to) for _, claim in before} | {
        voice for count, _ in before for voice in voices_of.get(count, ())
    }
    known.discard("")
    return (
        high_count >= max(count for count, _ in before)
        and _body_word(high.attributed_to) in known
        and _body_word(low.attributed_to) not in known | {""}
    )


def _sides_by_count(dispute: Dispute) -> list[tuple[int, Claim]] | None:
    """A dispute's sides with their counts (`_bound_of`), lowest first; None when a side gives
    no count."""
    sides = [(count, claim) for claim in dispute.claims if (count := _bound_of(claim)) is not None]
    return sorted(sides, key=lambda side: side[0]) if len(sides) == len(dispute.claims) else None


def _bound_of(claim: Claim) -> int | None:
    """A side's count, a bound read as its number ("at least 25": 25)."""
    count = re.search(r"\d[\d,]*", claim.value or "")
    return int(count.group().replace(",", "")) if count else None


def _counts_of(dispute: Dispute) -> list[int]:
    return [int(claim.value) for claim in dispute.claims if claim.value and claim.value.isdigit()]


def _same_sides(first: Dispute, second: Dispute) -> bool:
    """Two disputes of two sides each, the same body lower and the same body higher in both
    (by the last word of its name: "fire department", "fire and rescue department")."""

    def bodies(dispute: Dispute) -> list[str]:
        return [_body_word(claim.attributed_to) for claim in dispute.claims]

    return (
        len(first.claims) == len(second.claims) == 2
        and all(bodies(first))
        and bodies(first) == bodies(second)
    )


def _body_word(voice: str | None) -> str:
    """A body by the last word of its name before any "of": "Police" and "police", "fire
    department" and "fire and rescue department", "Health Ministry" and "Ministry of Health",
    "municipality" and "municipality of Temuco" are one body."""
    return (re.split(r"\s+of\s+", _voice_key(voice).lower())[0].split() or [""])[-1]


def _last_told(evidence: EvidenceSet, dispute: Dispute) -> str:
    return max(
        (_published(evidence, c.source_id) for claim in dispute.claims for c in claim.citations),
        default="",
    )


# A dispute of a count with more sides than this is read for its disagreement of one day.
MAX_COUNT_SIDES = 4


_ONE_BY_ARTICLE = re.compile(r"(?:an?|the|one)\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:those|these|the|both|its|their|other|more)\s+$", re.I)


def _of_everyone(figure: Figure, whole: AbstractSet[int]) -> bool:
    """A figure that names no group of its own: everyone, or the event's victims (`whole`,
    by `id`: `_counts_of_the_victims`), or the toll one more death takes it to (`_ranked`)."""
    return counts_everyone(figure) or id(figure) in whole or _ranked(figure)


def _ranked(figure: Figure) -> bool:
    """A death counted by its rank among all the dead: "a fifth patient died", "a sixth person"
    (the toll is now five, six; not "a third firefighter died", a group of them; nor "a second
    person died of wounds", often the second of the wounded, nor one told beside the toll:
    "a third person died, bringing the toll to 14")."""
    rank = ordinal_value(figure.amount_text.split()[-1])
    return (
        figure.kind == "killed"
        and rank is not None
        and rank >= LEAST_RANK_OF_A_TOLL
        and figure.key[2] in _ANYONE_RANKED
        and not _A_TOLL_TOLD.search(figure.ref.text)
    )


# The lowest rank read as a toll: "a second person died" is as often the second of the
# injured to die, or the second in one place, as the second of all the dead.
LEAST_RANK_OF_A_TOLL = 3
_A_TOLL_TOLD = re.compile(r"\b(?:toll|tally|total)\b", re.I)


# Words for whoever dies, by which a rank counts all the dead.
_ANYONE_RANKED = frozenset({"", "person", "people", "victim", "patient", "casualty"})


# How large a count of the event's victims by their group must be, against the largest count
# of everyone in its report, to be a count of them all (nine miners against a toll of ten,
# not two firefighters against seven dead).
VICTIMS_WHOLE_SHARE = 0.75


def _counts_of_the_victims(figures: list[Figure], victims: str | None) -> set[int]:
    """The figures (by `id`) that count the event's victims by their group ("nine miners had
    died" in a mine collapse): not one listed beside another group ("seven dock workers and a
    Ukrainian sailor"), nor well below its report's count of everyone (a part of it)."""
    if victims is None:
        return set()
    everyone: dict[str, float] = defaultdict(float)
    for figure in figures:
        if counts_everyone(figure):
            everyone[figure.ref.source_id] = max(everyone[figure.ref.source_id], figure.bounds[0])
    return {
        id(figure)
        for figure in figures
        if _victim_family(figure) == victims
        and not _listed_with_others(figure)
        and figure.bounds[1] >= VICTIMS_WHOLE_SHARE * everyone[figure.ref.source_id]
    }


_A_COUNT_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)"
# "seven dock workers and a Ukrainian sailor", "six students and one lecturer"
_LISTED_WITH_OTHERS_AFTER = re.compile(
    rf"\s*,?\s*(?:and|plus|as well as)\s+{_A_COUNT_WORD}\b", re.I
)
# "a lecturer and six students"
_LISTED_WITH_OTHERS_BEFORE = re.compile(
    rf"\b{_A_COUNT_WORD}\s+[\w\-’']+(?:\s+[\w\-’']+)?\s*,?\s+and\s+$", re.I
)


def _listed_with_others(figure: Figure) -> bool:
    """Whether a count of a group is listed beside another count ("seven dock workers and a
    Ukrainian sailor", "a lecturer and six students"): a part of a whole."""
    text, group = figure.ref.text, (figure.group or "").lower()
    number = re.match(r"[\w,.\-]+", text[figure.number_start :])
    if number is None:
        return False
    end = figure.number_start + number.end()  # after the number and the group it counts
    if group and text[end:].lstrip().lower().startswith(group):
        end = text.lower().index(group, end) + len(group)
    return bool(
        _LISTED_WITH_OTHERS_AFTER.match(text, end)
        or _LISTED_WITH_OTHERS_BEFORE.search(text, 0, figure.number_start)
    )


def _a_whole_count(figure: Figure, whole: AbstractSet[int] = frozenset()) -> bool:
    """A figure that counts everyone it is about (`_of_everyone`), not a part ("two security
    guards", "a port worker"; "one person" is everyone) nor people counted before ("those two
    deaths")."""
    before = figure.ref.text[max(0, figure.number_start - 12) : figure.number_start]
    one_person = figure.amount_text.lower() == "one" and figure.key[2] in {"person", "people"}
    return (
        _of_everyone(figure, whole)
        and (one_person or _ranked(figure) or not _ONE_BY_ARTICLE.match(figure.amount_text))
        and not _TOLD_BEFORE.search(before)
    )


# A count of a moment or of one place, not of everyone: "recovered so far", "from one
# village", "brought to the morgue", "admitted to Al-Shifa".
_PARTIAL = re.compile(
    r"\b(?:so far|thus far|to date|(?:from|in|at) (?:one|a single)|"
    r"brought (?:in|to)|admitted (?:to|at)|taken to)\b",
    re.I,
)


def _below_a_part(first: Figure, second: Figure) -> bool:
    """A partial count (`_PARTIAL` in its own stretch of the sentence: not "puts the toll at
    nine, with 143 people admitted to hospital", whose "admitted to" is the 143's) no higher
    than the other figure: both hold ("20 bodies recovered so far" and "46 killed"); more
    bodies at the morgue than the toll do not."""
    return _a_part_no_higher(
        first,
        second,
        lambda part: (
            # (not those "taken to hospital": that is the count itself)
            (_told_as_partial(part) and not _TO_HOSPITAL.match(part.shown_as))
            or _UNTIL_NOW.search(part.ref.text[max(0, part.number_start - 50) : part.number_start])
            is not None
        ),
    )


def _a_part_no_higher(first: Figure, second: Figure, a_part: Callable[[Figure], bool]) -> bool:
    """Whether one figure is `a_part` of a count and no higher than the other: both hold."""
    return any(
        a_part(part) and part.bounds[0] <= whole.bounds[1]
        for part, whole in ((first, second), (second, first))
    )


# What a count leaves out, told after it: "15 deaths, because it includes only residents and
# leaves out children ... who were brought to the city hospital" (those brought in are not
# the 15).
_LEFT_OUT = re.compile(
    r"\b(?:leaves?|leaving|left)\s+out\b|\bexclud\w*|\bomit\w*|"
    r"\b(?:does|do|did)\s+not\s+(?:count|include)\b|\bnot\s+counting\b",
    re.I,
)


def _a_part_alone_below(first: Figure, second: Figure) -> bool:
    """A count of one part of the area ("in Jayapura city alone", in its own stretch) no higher
    than the other figure: both hold, whoever tells them (18 dead "in his town alone" beside a
    toll of 14 do not)."""
    return _a_part_no_higher(
        first, second, lambda part: _A_PART_ALONE.search(_stretch(part)[0]) is not None
    )


_A_PART_ALONE = re.compile(r"\bin\s+(?:[\w’'\-]+\s+){1,4}alone\b", re.I)


def _told_as_partial(figure: Figure) -> bool:
    """`_PARTIAL` in the figure's own stretch, before anything it is told to leave out."""
    stretch, at = _stretch(figure)
    left_out = _LEFT_OUT.search(stretch, at)
    return _PARTIAL.search(stretch[: left_out.start()] if left_out else stretch) is not None


# "until now 14 bodies have been recovered": a count so far, told just before its number (not
# "the spokesman, who until now had declined to comment, said 25").
_UNTIL_NOW = re.compile(r"\b(?:until|up to) now\b[^,;.]{0,30}$", re.I)


# The dead among the patients one hospital treated: "treated 51 people for burns, of whom nine
# had died".
_AMONG_THE_TREATED = re.compile(r"\btreated\b[^;.]*\bof\s+(?:whom|them)\s+$", re.I)


# A count of one night or day of an event that lasts several ("83 people had been arrested
# overnight"), not a count so far ("bringing the total since Tuesday to 287", "the death toll
# rose to eight overnight").
_ONE_NIGHT = re.compile(
    r"\b(?:overnight|last night|that night|during the night|(?:on|that|\w+day)\s+night|"
    r"in the (?:past|last) 24 hours)\b",
    re.I,
)
_SO_FAR = re.compile(
    r"\b(?:tolls?|totals?|in all|altogether|since|so far(?!\s+this\b)|to date|"
    r"over (?:the )?\w+ (?:nights|days))\b",
    re.I,
)


def _stretch(figure: Figure) -> tuple[str, int]:
    """A figure's own stretch of its sentence, from the number before it to the number after
    it, and where its number starts in that stretch."""
    return _stretch_of(figure.ref.text, figure.number_start)


@lru_cache(maxsize=4096)
def _stretch_of(text: str, number_start: int) -> tuple[str, int]:
    # (read for every pair of figures a count dispute weighs: the sentence is read once)
    numbers = [(a.number_start, a.number_end) for a in find_amounts(text)]
    before = max((end for start, end in numbers if end <= number_start), default=0)
    after = min((start for start, _ in numbers if start > number_start), default=len(text))
    return text[before:after], number_start - before


def _a_night_against_the_total(first: Figure, second: Figure) -> bool:
    """One figure counts one night (`_ONE_NIGHT` after its number: "Police said last night
    that 31 bodies" is no count of a night; "by Thursday night" is a time by which) and the
    other a total so far (`_SO_FAR` in its stretch): two counts, not two sides. An attack
    or a fire of one night counted by two voices stays a dispute."""
    for night, total in ((first, second), (second, first)):
        own, at = _stretch(night)
        said = _ONE_NIGHT.search(own, at)
        if (
            said is not None
            and not re.search(r"\bby\s+$", own[: said.start()])
            and not _SO_FAR.search(own)
            and _SO_FAR.search(_stretch(total)[0])
        ):
            return True
    return False


def _groups_within_their_reports(figures: list[Figure], whole: AbstractSet[int]) -> set[int]:
    """The counts of a group of its own (by `id`) whose own report counts everyone higher: a
    part of that toll, no rival to any ("three Kyrgyz truck drivers ... had died" in a report
    whose union says 17 people died). A group counted alone ("14 protesters killed", the
    ministry's only figure) stays a side against "at least 40 people"."""
    wholes: dict[str, float] = {}
    for figure in figures:
        if counts_everyone(figure):
            source = figure.ref.source_id
            wholes[source] = max(wholes.get(source, 0.0), figure.bounds[0])
    return {
        id(figure)
        for figure in figures
        if not _of_everyone(figure, whole)
        and figure.bounds[1] < wholes.get(figure.ref.source_id, 0.0)
    }


def _dead_among_the_treated(first: Figure, second: Figure) -> bool:
    """The dead among those a hospital treated, below another toll: part of it."""
    return any(
        _AMONG_THE_TREATED.search(part.ref.text[: part.number_start]) is not None
        and part.bounds[1] < whole.bounds[0]
        for part, whole in ((first, second), (second, first))
    )


def _two_voices_of_one_report(
    first: Figure,
    second: Figure,
    places: dict[int, frozenset[tuple[str, str]]],
    whole: AbstractSet[int] = frozenset(),
) -> bool:
    """Two figures of one report, given by two named voices, not naming two places, each a
    count of everyone (not "two security guards", not "a port worker"; one of `whole`, the
    counts of the event's victims, is one of everyone): the report's own event,
    counted by each ("The Health Ministry said the toll rose to eight ... The dockers' union
    says nine people have died")."""
    return (
        first.ref.source_id == second.ref.source_id
        and (
            (_a_whole_count(first, whole) and _a_whole_count(second, whole))
            or _one_group_counted_twice(first, second)
            or _above_the_whole(first, second)
        )
        and not (
            places[id(first)]
            and places[id(second)]
            and not _same_area(places[id(first)], places[id(second)])
        )
        and first.voice_named
        and second.voice_named
        and not _voice_words(first.attributed_to) & _voice_words(second.attributed_to)
    )


# Words two different voices share without being one: "the most recent bulletin of the Civil
# Defence" and "the prefecture of Getúlio Vargas" are two ("police" and "police spokesman" one).
_NAMING_NOTHING = frozenset(
    "of for and in at on to by from with its their his her most recent latest new".split()
)


def _voice_words(voice: str | None) -> set[str]:
    return set(_voice_key(voice).split()) - _NAMING_NOTHING


# Words for a count of a wider area than one place: "Nationwide, the ministry said, 79".
_WIDER = re.compile(
    r"\b(?:nationwide|nationally|country-?wide|across the country|in total|in all|overall)\b", re.I
)


def _above_the_whole(first: Figure, second: Figure) -> bool:
    """A named group counted higher than a count of everyone: no part of that count but a rival
    of it ("the toll rose to 31, the prison authority said" and "the prosecutor's office said 33
    inmates had died"), unless it counts those who attacked ("30 militants were killed in raids
    that followed") or counts over a span of time ("22 fishermen had died on the lake this
    year")."""
    return any(
        not whole.group
        and group.group is not None
        and group_head(group.group) not in ATTACKERS
        and not _OVER_A_SPAN.search(group.ref.text)
        and _a_whole_count(whole)
        and not whole.vague
        and not group.vague
        and group.bounds[0] > whole.bounds[1]
        and not _ONE_BY_ARTICLE.match(group.amount_text)
        and not _TOLD_BEFORE.search(
            group.ref.text[max(0, group.number_start - 12) : group.number_start]
        )
        for whole, group in ((first, second), (second, first))
    )


# A count over a span of time, not of one event: "this year", "since 2020", "in recent years".
_OVER_A_SPAN = re.compile(
    r"\b(?:this|last|that)\s+(?:year|month|decade)\b|\bsince\s+(?:19|20)\d\d\b|"
    r"\b(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:years|months|decades)\b",
    re.I,
)


def _one_group_counted_twice(first: Figure, second: Figure) -> bool:
    """Two counts of one named group ("52 officers injured", "94 injured officers"), neither
    a lone person nor people told of before."""
    return (
        first.key[2] == second.key[2]
        and first.key[2] not in _GENERIC_VICTIMS
        # told alike: "12 officers were hospitalised" are some of "52 officers injured"
        and len({"hospital" in f.ref.text[f.start : f.end].lower() for f in (first, second)}) == 1
        # of one place: "30 officers were injured in Lyon" are some of 79 "nationwide"
        and not any(
            places_in(_window(one)) and _WIDER.search(other.ref.text)
            for one, other in ((first, second), (second, first))
        )
        and all(
            not _ONE_BY_ARTICLE.match(figure.amount_text)
            and not _TOLD_BEFORE.search(
                figure.ref.text[max(0, figure.number_start - 12) : figure.number_start]
            )
            for figure in (first, second)
        )
    )


def _fewest_sides(
    evidence: EvidenceSet,
    odds: list[tuple[Any, Any]],
    value: Callable[[Any], object],
    voice: Callable[[Any], str | None],
) -> list[tuple[Any, Any]]:
    """The pairs of figures at odds (`Figure`s or `Quantity`s) that a reader needs. A count
    two voices keep giving as it grows (a ministry's toll and the WHO's, day after day) is at
    odds on many days: shown whole it is a list of every figure. Past MAX_COUNT_SIDES values,
    the sides are the pairs given on one day (or in one report), the latest such day whose
    sides both have a voice. So too where one voice gives several of the values (the port's 89
    ships on Thursday, 104 on Saturday, 112 at the peak): its count moving on, not a side each."""
    figures = {id(figure): figure for pair in odds for figure in pair}.values()
    told_by_voice: dict[str, set[tuple[str, object]]] = defaultdict(set)
    for figure in figures:
        if voice(figure):
            told = (_published(evidence, figure.ref.source_id), value(figure))
            key = _voice_key(voice(figure))
            key = next(  # "Alliance" and "Police union Alliance" are one voice
                (k for k in told_by_voice if k.endswith(" " + key) or key.endswith(" " + k)), key
            )
            told_by_voice[key].add(told)
    moving_on = any(  # one voice, other values on other days
        len({day for day, _ in told}) > 1 and len({value for _, value in told}) > 1
        for told in told_by_voice.values()
    )
    if len({value(figure) for figure in figures}) <= MAX_COUNT_SIDES and not moving_on:
        return odds
    same_day = [
        (a, b) for a, b in odds if not _days_apart(evidence, a.ref.source_id, b.ref.source_id)
    ]
    if not same_day:
        return odds

    def rank(pair: tuple[Any, Any]) -> tuple[bool, str]:
        voiced = all(voice(figure) for figure in pair)
        return voiced, _published(evidence, pair[0].ref.source_id)

    best = max(rank(pair) for pair in same_day)
    return [pair for pair in same_day if rank(pair) == best]


def _published(evidence: EvidenceSet, source_id: str) -> str:
    return (evidence.article(source_id).published or "")[:10]


def _window(figure: Figure) -> str:
    """The words around a figure: a sentence can mention two incidents in two places. A name
    is not cut at its end ("fell across Rama IV Road", not "... across Rama")."""
    text = figure.ref.text
    return text[max(0, figure.start - 100) : _end_of_the_name(text, figure.end + 60)]


def _end_of_the_name(text: str, at: int) -> int:
    """Where the word at `at`, and the capitalised name it may begin, end."""
    word = _WORD_GOES_ON.match(text, at)
    at = word.end() if word is not None else at
    name = _NAME_GOES_ON.match(text, at)
    return name.end() if name is not None else at


_WORD_GOES_ON = re.compile(r"[\w’']*")


def _same_area(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """A shared place, and the same countries on both sides (not a part vs. its whole); or a
    figure for a whole country and one whose sentence names no place (most do not repeat the
    story's country). Two figures that name no place may be of two incidents: not the same
    area."""
    if bool(first) != bool(second):
        return all(name == country for name, country in first or second)
    if not first & second and not {p for p, _ in first} & {p for p, _ in second}:
        return False
    return {country for _, country in first} == {country for _, country in second}


# How many figures must count one named group (and twice as many as any other group) for it
# to be the event's victims.
VICTIMS_MIN_FIGURES = 3


def _the_victims(figures: list[Figure]) -> str | None:
    """The group most of the event's figures name, where one does: the miners of a mine
    collapse, whose count is the count of everyone ("nine miners had died" against "the death
    toll at 10")."""
    families = Counter(
        family for figure in figures if (family := _victim_family(figure)) != "generic"
    )
    if not families:
        return None
    (family, count), *others = families.most_common(2)
    runner_up = others[0][1] if others else 0
    return family if count >= VICTIMS_MIN_FIGURES and count >= 2 * runner_up else None


def _victim_family(figure: Figure) -> str:
    head = figure.key[2]
    for family, heads in _VICTIM_FAMILIES.items():
        if head in heads or head.rstrip("s") in heads:
            return family
    return "generic" if head in _GENERIC_VICTIMS else head


def _same_victims(first: Figure, second: Figure) -> bool:
    families = {_victim_family(first), _victim_family(second)}
    if len(families) != 1 and "generic" not in families:
        return False
    kinds = {_whose(first), _whose(second)}
    return None in kinds or len(kinds) == 1  # "six foreign deaths", "11 Lao deaths": two parts


# "11 Lao deaths", "six foreign deaths", "12 Kisumu residents": a word between the number and
# what it counts that says whose they are.
_WHOSE = re.compile(
    r"^[\d,.]*\S*\s+(?P<whose>[A-Z][\w’'\-]+|foreign|local|civilian|domestic)\s+[a-z]"
)


def _a_share_of(first: Figure, second: Figure) -> bool:
    """Whether one figure is a share of the other: whose they are said of one and not the
    other, and no more than it ("six foreign deaths" within a toll of 14), or one each ("two
    Australians and one each from Britain, Germany ...", "have each confirmed the death of one
    national")."""
    for part, whole in ((first, second), (second, first)):
        at = max(part.number_start, 0)
        if _EACH.match(part.ref.text[at:]) or _EACH_BEFORE.search(part.ref.text[:at]):
            return True
        if _whose(part) and not _whose(whole) and part.bounds[0] <= whole.bounds[1]:
            return True
    return False


_EACH = re.compile(r"^\S+\s+each\b", re.I)
_EACH_BEFORE = re.compile(r"\beach\b[^,;.]*$", re.I)  # "have each confirmed the death of one"


def _whose(figure: Figure) -> str | None:
    if figure.number_start < 0:
        return None
    found = _WHOSE.match(figure.ref.text[figure.number_start :])
    return found.group("whose").lower() if found else None


def _amount(figure: Figure) -> str:
    """The figure in the source's own precision: "dozens", never an invented "at least 24"."""
    return figure.amount


# A word that opens what follows, left at the end of a figure's words ("about 40 injured when").
_DANGLING_END = re.compile(
    r"(?:\s+(?:when|on|in|at|as|after|before|while|and|or|but|by|of|to|from|with|the|a|an))+$"
)


def _figure_statement(group: list[Figure]) -> str:
    """The figure in its source's words ("counted at least 95 dead"), so that the quote backs
    every word of the claim; the group it counts when the source names one."""
    lead = next((figure for figure in group if figure.group), group[0])
    said = paired_quotes(
        _DANGLING_END.sub("", clean_sentence(lead.ref.text[lead.start : lead.end]))
    )
    who = shorten(re.sub(r"^of\s+", "", lead.group), 12) if lead.group else None
    first_word = said.split()[0] if said else ""
    if first_word.lower() == lead.shown_as.lower():  # "killed three US soldiers"
        return " ".join(filter(None, [lead.amount_text, who, first_word]))
    between = lead.ref.text[lead.start : max(lead.start, lead.number_start)]
    if (lead.amount_text and lead.amount_text not in shorten(said, 14)) or re.search(
        r"\d", between
    ):
        # "death toll from Tuesday's fire at a beach hotel in the resort of …" hides the 17
        # it rose to; "count of injured is no closer: 38 according to City Hall, 44" gives
        # another voice's figure first: the figure as the brief lists it
        return " ".join(filter(None, [lead.amount_text, who, lead.shown_as]))
    if who and who.lower() not in said.lower():
        return f"{shorten(said, 14)}: {who}"
    return shorten(said, 14)


def _attributed(evidence: EvidenceSet, items: list[Figure] | list[DatedSentence]) -> str | None:
    names: list[str] = []
    for item in items:
        ref = item.ref
        attribution = getattr(item, "attributed_to", None)
        name = attribution or evidence.article(ref.source_id).outlet
        if name and name.lower() not in {known.lower() for known in names}:
            names.append(name)
    return ", ".join(names) if names else None


# ----------------------------------------------------------------------------------------------
# Dates of the same event


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
        if not _same_time(evidence, first.ref.source_id, second.ref.source_id):
            return False  # "rose to 12 on Monday", "rose to 40 on Thursday": days apart
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
                statement=f"It happened on {human_date(iso)} (“{group[0].expression.text}”)",
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
    return date.fromisoformat(iso).toordinal() if iso else 0


# ----------------------------------------------------------------------------------------------
# Voices named by a sentence without parsing it: "AP - "...", "according to X", "X said ..."

# What one claims or maintains that is held, not said: "maintains an advantage of some 17,000
# votes", "claimed the lives of 40", "claimed responsibility".
_HELD_NOT_SAID = (
    r"(?:an?\b|(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:lead|advantage|lives|control|responsibility|presence|contact|majority)\b)"
)
_SAY = (
    r"(?:said|says|say|reported|reports|report|estimated|estimates|estimate|"
    r"(?:claimed|claims|claim|maintains|maintained|maintain)(?!\s+" + _HELD_NOT_SAID + r")|"
    r"stated|states|announced|announces|told|insisted|insists|insist|"
    r"expects|predicts|forecasts|calculates|reckons|informed(?=\s+that\b)|"
    # "has described the outage as lasting less than three hours" (not "was described as", nor
    # "described the attack as cowardly")
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?:described|describes|describe)(?=\s[^.;,]{1,60}?\bas(?:\s+lasting|\s*$)))"
)
_LIST_VOICE = re.compile(
    r"^[\s*•·\-–]*(?P<who>[A-Z][\w&.’']*(?:\s+[A-Z&][\w&.’']*){0,4})\s+[-–—:]\s+[\"“]"
)
_ACCORDING = re.compile(r"\baccording to (?P<who>(?:the )?[^,.;\"“”]{2,60}?)(?=[,.;\"“”]|$)", re.I)
# A person's role in a body, written before the name: "chief executive", "spokeswoman",
# "managing director" (not "statement to", "spokeswoman in": a phrase, no role).
_ROLE_WORDS = (
    r"spokesman|spokeswoman|spokesperson|executive|director|chief|head|manager|president|"
    r"chairman|chairwoman|chair|secretary|minister|officer|commissioner|founder|owner|lawyer|"
    r"adviser|advisor|coordinator|superintendent|inspector|engineer|deputy|leader|boss"
)
_A_ROLE = rf"(?:(?!(?:to|in|of|at|for|on|from|with)\s)[a-z\-]+\s+){{0,2}}(?:{_ROLE_WORDS})"
# People who tell what they saw, named by what they are, in lower case: "while survivors say it
# happened around 3:30 a.m.".
_PEOPLE_WHO_TELL = (
    "survivors|residents|villagers|rescuers|volunteers|eyewitnesses|relatives|families|locals|"
    "passengers|pilgrims|workers|miners"
)
_SAYS_BEFORE = re.compile(
    rf"(?:^|[,.;:]\s+|\s[-–—]\s+|[\"“”]\s*|\b(?:and|but|while)\s+)"
    rf"(?P<who>(?:the\s+|a\s+)?(?:[A-Z][\w&.’'\-]*|some|"
    rf"others|officials|police|witnesses|reports|"
    rf"(?:(?!(?:and|but|while|whereas|as|when|that|said|says|say|told)\s)[a-z]+\s+)?"
    rf"(?:{_PEOPLE_WHO_TELL}))"
    rf"(?:\s+[\w&.’'\-]+){{0,5}}?|"
    # (or a body by its common noun: "; the company says its gauge showed 1.2 metres")
    r"the\s+[a-z]+(?:\s+[a-z]+)?|"
    # (or a person named after a role: ", its chief executive Declan Bray said the form")
    rf"(?:its|their|his|her)\s+{_A_ROLE}\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,2}})\s+"
    rf"(?:(?:has|have|had|also|later|earlier|now|still|however)\s+)*"
    # (or gives its own figure: "Kauno vandenys still gives its peak as 4.2 micrograms"; or
    # holds to it: "NUKIB however stands behind its estimate that ... at least 190,000")
    rf"(?:{_SAY}|(?:gives|gave|puts|put|(?:stands|stood|stand)\s+(?:by|behind))\s+"
    r"(?:its|their)\s+(?:own\s+)?"
    r"(?:peak|figure|estimate|count|toll|total|number|reading|tally)\s"
    # (or counts them itself: "The NCCR counts 640 flooded households")
    r"|count(?:s|ed)\s+(?=(?:[a-z]+\s+){0,2}(?:\d|$))"
    # (or sets its own time on the event: "The fire services recorded the collapse at 4:15
    # a.m.", "Survivors put the collapse closer to 3:30 a.m.")
    r"|(?:records?|recorded|logs?|logged|times|timed|puts?|placed|places)\s+"
    rf"(?=(?:the\s+)?(?:{'|'.join(sorted(EVENT_NOUNS))})\s+(?:at|closer|nearer|around|as)\b))"
)
# A body's own count, named as its: "SENAPRED's latest count is 1,620 homes destroyed".
_WHOSE_COUNT_BEFORE = re.compile(
    r"(?:^|[,.;:]\s+|\b(?:and|but|while)\s+)(?:the\s+)?"
    rf"(?!(?i:{'|'.join(WEEKDAYS)}|yesterday|today|last|this|next)\b)"
    r"(?P<who>[A-Z][\w&.\-]*(?:\s+[\w&.\-]+){0,4}?|the\s+[a-z]+(?:\s+[a-z]+)?)['’]s\s+"
    r"(?:(?:latest|own|final|official|new|revised|updated|preliminary)\s+)?"
    r"(?:count|estimate|figure|tally|total|toll)"
    # (a clause set between: "The NSO's figure, issued last Friday, is about 48,000")
    r"(?:,\s+[^,;.\d]{1,40},)?\s+(?:is|was|stands\s+at|stood\s+at)\s+"
)
# Words after "said" that say where or when, not who: "said at a news conference".
_WHERE_OR_WHEN = r"(?:at|in|on|during|after|before|from|outside|inside|late|early|later|on)\s+"
_SAYS_AFTER = re.compile(
    rf"[,”\"]\s*(?:(?!told\b){_SAY}\s+(?!{_WHERE_OR_WHEN})(?P<who>(?:the\s+)?[\w&.’'\- ]{{2,50}}?)|"
    # ('," Huynh Van Tam, the federation's vice chairman, told AFP.': Tam; '," Rahim Uddin, 40,
    # a survivor, said.': Uddin; '," her stepfather, Karim Benali, told police.': Benali, in
    # `voice_before`; after "told" stands who was told)
    rf"(?P<who2>(?:the\s+)?[^\W\d_][\w&.’'\- ]{{1,49}}?)"
    rf"(?P<apposed>(?:,\s+\d{{1,3}})?,\s+[^,;\"“”]{{1,90}},)?\s+{_SAY}"
    rf"(?:\s+{_WHERE_OR_WHEN}[\w&.’'\- ]{{2,40}}?|(?<=told)\s+[\w&.’'\- ]{{2,40}}?)?)"
    r"[.!]?[”\"]?$"
)
_A_PROPER_NAME = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")
# "The operator, Majumder Navigation, says ...": the name in the apposition is the voice.
_SAYS_APPOSED = re.compile(
    rf"(?:^|[.;:]\s+|\b(?:and|but|while)\s+)(?:the\s+|its\s+|their\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?,"
    rf"\s+(?:the\s+)?(?P<who>[A-Z][\w&.’'\-]*(?:\s+[A-Z&][\w&.’'\-]*){{0,4}}),\s+"
    rf"(?:(?:has|have|had|also|later|earlier|now)\s+)*{_SAY}\b"
)
# "Hari Thapa, director general of the aviation authority, said ...": the name before the
# apposition is the voice.
_NAME_APPOSED = re.compile(
    rf"(?:^|[.;:]\s+|\b(?:and|but|while)\s+)(?P<who>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){{0,3}}),"
    rf"\s+(?:the\s+|a\s+|an\s+)?[a-z][^,;\"“”]{{2,90}},\s+"
    rf"(?:(?:has|have|had|also|later|earlier|now)\s+)*{_SAY}\b"
)
_NOT_VOICES = frozenset({"it", "he", "she", "they", "this", "that", "there", "we", "i", "you"})
# What is known, said by no one in particular: "according to the updated information", "according
# to the latest figures" (not "the ministry's latest figures": whose they are says who).
_ONLY_INFORMATION = re.compile(
    r"(?:the\s+)?(?:(?:latest|updated|new|newest|official|preliminary|provisional|final|first|"
    rf"initial|available|current|most\s+recent|revised)\s+)*(?:{'|'.join(sorted(RECORD_NOUNS))})",
    re.I,
)
# A record, and whose it is: "the last balance of the National Service of Prevention".
_RECORD_OF = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(RECORD_NOUNS))})\s+(?:of|from|by)\s+(?P<owner>.+)",
    re.I,
)
# A figure followed by a common noun is a clause, not a name ("Channel 4 News" and "M23 rebels"
# are voices).
_CLAUSE_WITH_FIGURE = re.compile(r"\b\d[\d,.]*\s+[a-z]")


def voice_before(text: str, position: int) -> str | None:
    """Who a sentence says stands behind the words at `position`: the last "X says" before
    it, a list label ("AP - "..."), "according to X", or a trailing ", X said."."""
    voices = [
        (before.end(), before.group("who"))
        for pattern in (_SAYS_BEFORE, _SAYS_APPOSED, _NAME_APPOSED, _WHOSE_COUNT_BEFORE)
        for before in pattern.finditer(text[:position])
    ]
    gapped = _gapped_voice(text[:position])
    if gapped is not None:
        voices.append((position, gapped))  # "..., the insurer at 4.5 million"
    said = max(voices)[1] if voices else None
    if said is None and (according := _ACCORDING.search(text)):
        said = according.group("who")
        if _ONLY_INFORMATION.fullmatch(said):
            return None  # "according to the updated information": what is known, no one's
        if (kept_by := _RECORD_OF.fullmatch(said)) is not None:
            said = kept_by.group("owner")  # "the partial data of the provincial board": the board
    if said is None and (label := _LIST_VOICE.match(text)):
        said = label.group("who")
    if said is None and (after := _SAYS_AFTER.search(text.rstrip())):
        said = after.group("who") or after.group("who2")
        apposed = (after.group("apposed") or "").strip(" ,")
        if after.group("who2") and said[:1].islower() and _A_PROPER_NAME.fullmatch(apposed):
            said = apposed  # "her stepfather, Karim Benali,": the name
    if said is None or _CLAUSE_WITH_FIGURE.search(said):  # "the manifest listed 150 passengers"
        return None
    if (named := _ROLE_OF_ONES_OWN.match(said)) is not None:
        said = named.group("name")  # "its chief executive Declan Bray": Declan Bray
    elif _OWNED.match(said):
        return None  # "Its final estimate of the cost is ...": a noun, no one saying
    line = dateline(text)
    at = text.find(said)
    if line is not None and 0 <= at < line.end():  # "COLOMBO, Nov 3 - The ministry"
        said = said[line.end() - at :]
    said = WHEN_BEFORE_WHO.sub("", said.strip())  # "On Wednesday the AER estimated"
    if (owner := _WHOSE_WORDS.search(said)) is not None:
        said = owner.group("owner")  # "She also rejected the government's (claim that)"
    said = re.sub(r"^(?:the|a)\s+", "", said, flags=re.I)
    said = _HOW_SAID_AFTER.sub("", said)  # "Ranaweera again said", "the union still says"
    if (issued := _ISSUED_BY.match(said)) is not None:
        said = issued.group("who")  # "a statement issued by the club": the club
    return None if not said or said.lower() in _NOT_VOICES or _a_figure_not_a_voice(said) else said


# What a body issues in its name, and the body, up to its apposition: "statement issued
# overnight by the park's operator, Operadora de Parques ..." (the operator), "a statement from
# the club".
_ISSUED_BY = re.compile(
    r"(?:statements?|communiqu[eé]|release|report|timeline)\s+"
    r"(?:(?:issued|released|published|posted)\s+(?:\w+\s+)?)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<who>[^,;()]*[^,;()\s])",
    re.I,
)


# A person named after a role of its body's: "its chief executive Declan Bray" (not "its
# statement to Reuters", "its spokeswoman in Amman": no name of a person).
_ROLE_OF_ONES_OWN = re.compile(
    rf"(?:its|their|his|her)\s+{_A_ROLE}\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,2}})$"
)


def _a_figure_not_a_voice(voice: str) -> bool:
    """A figure or a sum read as a voice: "said the exporters' estimate was exaggerated and put
    the impact at ...", "and estimated demurrage costs at about $9 million"."""
    words = voice.split()
    return bool(words) and (
        _ANOTHERS_FIGURE.search(voice) is not None
        # (in lower case: "Christian Aid", "Islamic Relief", "Treasurer Sarah Worth" speak)
        or (words[-1].islower() and _MONEY_WORD.fullmatch(words[-1]) is not None)
    )


_OWNED = re.compile(r"(?:its|their|his|her|our|my|your)\b", re.I)
# A name of two words or more.
_A_FULL_NAME = r"[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)+"


def _named_after_its_owner(voice: str, sentence: str) -> str:
    """A voice owned by someone told before ("Her rival"), by the name the sentence gives it
    right after ("Her rival Sorin Vladoianu told reporters ...": Sorin Vladoianu); else as
    it is."""
    named = re.match(rf"(?:\w+\s+){{1,4}}?(?P<name>{_A_FULL_NAME})$", voice) or re.search(
        rf"{re.escape(voice)},?\s+(?P<name>{_A_FULL_NAME})", sentence
    )
    return named.group("name") if named is not None else voice


# A voice whose words are named as another's: "rejected the government's (claim that ...)".
_WHOSE_WORDS = re.compile(r"\s(?:the\s+)?(?P<owner>(?:[A-Z][\w\-]*\s+)*[\w\-]+)[’']s$")
# A second voice whose verb the sentence leaves out, after one that "puts" a figure "at":
# "the museum puts it at 18 million euros, the insurer at 4.5 million euros".
_GAPPED_VOICE = re.compile(
    r"[,;]\s+(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?"
    r"(?P<who>(?:[A-Za-z’'\-]+\s+){0,3}?[A-Za-z’'\-]+)\s+at\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|at least|over)\s+)?$"
)
_SETS_AT = re.compile(  # the figure itself put at: "puts it at", "puts the value at"
    r"\b(?:puts?|putting|values?|valued|estimates?|estimated|sets?|places?)\s+(?:it|them|"
    r"the\s+(?:figure|value|toll|number|total|cost|sum|loss|losses|damage|count|bill))\s+at\b",
    re.I,
)


def _gapped_voice(before: str) -> str | None:
    """The voice of a figure whose verb is left out (`_GAPPED_VOICE`), from the words before
    the figure, when an earlier clause of the sentence sets a figure "at"."""
    gapped = _GAPPED_VOICE.search(before)
    if gapped is None or not _SETS_AT.search(before[: gapped.start()]):
        return None
    return gapped.group("who")


# Words between a voice and its verb of saying that say how, not who: "again", "continues to".
_HOW_SAID_AFTER = re.compile(  # (lower case: "David Too" keeps his name)
    r"(?:\s+(?:again|also|still|later|repeatedly|continues\s+to|continued\s+to))+$"
)


def _one_name(first: str | None, second: str | None) -> bool:
    """Whether a name in full and a word of it may be one person: "Wichai Thongdee" and
    "Wichai" (a name told by its first word, as Thai names are). Only where a voice is set
    against itself otherwise: "We have no record of any inspection," Wichai said, against
    what Wichai Thongdee said the records showed."""
    shorter, longer = sorted((_voice_key(first), _voice_key(second)), key=len)
    return bool(shorter) and " " not in shorter and shorter in longer.split()


def _same_voice(first: str | None, second: str | None) -> bool:
    """The same voice, named alike or once in full and once by the surname ("Miguel Brandao"
    and "Brandao")."""
    shorter, longer = sorted((_voice_key(first), _voice_key(second)), key=len)
    if shorter == longer:
        return True
    if _speaks_for(first, second) or _speaks_for(second, first):
        return True  # "Dong Tien's director" and "Dong Tien Mineral Exploitation JSC"
    if any(  # "Kenya National Examinations Council (KNEC)" and "KNEC"
        _voice_key(one) in _short_forms(other) for one, other in ((first, second), (second, first))
    ):
        return True
    if not shorter or " " in shorter or shorter not in longer.split()[1:]:
        return False  # (a surname, the last word or, in Spanish, the first of two surnames:
        # "Rincón" of "Hernando Rincón Bautista")
    given = longer.split()[0]
    # a person's surname, not "Sudan" of "South Sudan" nor "government" of another: a known
    # given name, or a name of two capitalised words no gazetteer knows ("Zhambyl Tokenov")
    return given in first_names() or _a_name_of_capitalised_words(first or "", second or "")


# Who speaks for the one named before them: "the company's director", "Ahmed's lawyer".
_SPEAKING_FOR = re.compile(
    r"^(?P<owner>.+?)['’]s\s+(?:(?:chief|managing|general|executive)\s+)?"
    r"(?:spokes(?:man|woman|person)|director|manager|head|chief|lawyers?|attorneys?|counsel|"
    r"office|campaign|side|camp|management|board|team|representatives?|press\s+office)$"
)


def _speaks_for(voice: str | None, other: str | None) -> bool:
    """Whether `voice` speaks for `other` by its own words ("Dong Tien's director" for "Dong
    Tien Mineral Exploitation JSC", "Ahmed's lawyer" for "Rana Tufail Ahmed"): one side, not
    two (not "Perez's employer" for Perez, nor "Mwangi's rivals")."""
    owned = _SPEAKING_FOR.match((voice or "").strip().lower())
    said = _voice_key(other)
    if owned is None or not said:
        return False
    owner = _voice_key(owned.group("owner"))
    words = said.split()
    return (
        owner == said
        or said.startswith(owner + " ")
        or owner in words  # a surname: "Ahmed" of "Rana Tufail Ahmed"
        or owner in _short_forms(other or "")
    )


# The last word of a body's name: "Rwandan Army", "Puntland Government", "Federal Cabinet".
_BODY_WORDS = ORGANISATION_HEADS | {"cabinet"}


def _a_name_of_capitalised_words(first: str, second: str) -> bool:
    longer = max(first.strip(), second.strip(), key=len)
    words = longer.split()
    if fold(words[-1]) in _BODY_WORDS:
        return False  # "Rwandan Army" is not "army", nor "Puntland Government" "government"
    return (
        len(words) in {2, 3}  # "Zhambyl Tokenov", "Nii Armah Tagoe"
        and all(word[:1].isupper() and word[1:].islower() for word in words)
        and gazetteer().lookup(longer) is None
        and gazetteer().lookup(words[-1]) is None
    )


def _voice_key(voice: str | None) -> str:
    """A voice's words, folded, without articles or the short form it gives in brackets."""
    if not voice:
        return ""
    named = _IN_BRACKETS.sub("", voice)
    words = [w for w in re.findall(r"[\w&]+", fold(named)) if w not in {"the", "a", "an", "s"}]
    return " ".join(words)


_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _short_forms(voice: str | None) -> set[str]:
    """The short forms a voice gives of itself in brackets: "Kenya National Examinations
    Council (KNEC)" -> {"knec"}."""
    return {_voice_key(inside.strip(" ()")) for inside in _IN_BRACKETS.findall(voice or "")} - {""}


# ----------------------------------------------------------------------------------------------
# Quantities of one thing: "about 190 countries", "5 million people were homeless", a toll, a
# magnitude. Read with patterns (cheap, every sentence); the unit names what is counted.

_QUALIFIER = (
    r"(?P<qualifier>(?i:no more than|not more than|no fewer than|no less than|not less than|"
    r"at least|at most|more than|over|nearly|almost|about|around|up to|as many as|"
    r"fewer than|less than|approximately|roughly|an estimated|some|passed|nearing|exceeded|"
    r"topped|beyond|upwards of|in excess of|under|approaching|above|below))\s+"
)
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SMALL = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMERAL = (
    r"(?P<numeral>(?:half\s+an?|a\s+quarter\s+of\s+an?|an?)\s+(?:million|billion)|"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?|"
    r"(?:" + "|".join(_SMALL) + r")\s+(?:million|billion|thousand))"
)
# What a figure counts: the word after it ("190 countries"), or the measure before it.
_COUNTED = re.compile(
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?{_NUMERAL}(?![.,]?\d)\s+(?P<unit>[a-z][a-z\-]+)(?![/\w])"
    r"(?:\s+(?:(?:were|are|was|is|have been|had been|had|have|has|remain|remained|been left|"
    r"left|still)\s+)?"
    r"(?P<state>[a-z]+))?"
)


def _each_figure(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of `pattern`, each searched for from the end of the last one's number, not
    of the whole match: "surpasses 9,000 in not less than 112 schools" reads "9,000 in not"
    and then still "not less than 112 schools" (`finditer` would go on at "less than 112")."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.end("numeral")


# A count whose noun has words before it: "27 information systems", "63 public e-services",
# "27 affected systems" (counts of systems and e-services, not of "information" or "public").
_COUNTED_HEADED = re.compile(
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?{_NUMERAL}(?![.,]?\d)\s+(?P<modifier>[a-z][a-z\-]*[a-rt-z]"
    r"(?:\s+[a-z][a-z\-]*[a-rt-z])?)\s+(?P<unit>[a-z][a-z\-]+[a-z]s)(?![/\w])"
    r"(?:\s+(?:(?:were|are|was|is|have been|had been|had|have|has|remain|remained|been left|"
    r"left|still)\s+)?"
    r"(?P<state>[a-z]+))?"
)
# Words before a plural that make it no count of its own: "12 more cases" (added to a count),
# "30 square metres" (a measure).
_NO_MODIFIER = frozenset("more new additional further extra other cubic square".split())


def _headed(text: str, match: re.Match[str]) -> re.Match[str]:
    """The count of `_COUNTED` read to its noun where one or two words stand before it: "27
    information systems", "27 affected information systems" count systems."""
    headed = _COUNTED_HEADED.match(text, match.start())
    if headed is None or headed.group("modifier").split()[0] != match.group("unit"):
        return match
    unit = headed.group("unit")
    if unit in stop_words() or unit in _NOT_UNITS:
        return match
    for modifier in headed.group("modifier").split():
        if (
            modifier in _NO_MODIFIER
            or modifier in _NOT_UNITS
            or modifier in stop_words()
            or modifier in _MEASURE_UNITS
            or modifier in _MEASURE_NAMES
        ):
            return match
    return headed


def _kinds_before(match: re.Match[str]) -> tuple[str, ...]:
    """The nouns before a count's noun, which say which of the things it counts ("police" of
    "40 police vehicles", "information" of "27 information systems"); words that only describe
    them ("affected", "public") are left out."""
    if "modifier" not in match.groupdict() or not match.group("modifier"):
        return ()
    return tuple(w for w in match.group("modifier").split() if not _DESCRIBING.search(w))


_DESCRIBING = re.compile(
    r"(?:ed|ing|al|ic|ive|ous|ful|less|able|ible|ary|ern|ish)$|"
    # (participles not in -ed that say only that the event held them: "290,000 frozen
    # applications"; "lost", "stolen", "withdrawn" say which of the things they are)
    r"^(?:frozen|stuck)$"
)


# Measures named before their value: "the death toll passed 121,000", "a magnitude of 9.0".
# A small, named list: the quantities news reports as one figure of an event.
MEASURES = (
    r"death toll|toll|death count|magnitude|turnout|crowd|attendance|casualty count|"
    r"number of (?:dead|deaths|victims|people|casualties|protesters|participants)"
)
_MEASURED = re.compile(
    rf"\b(?P<unit>{MEASURES})\b(?:\s+[\w\-’']+){{0,4}}?\s+(?:is|was|of|at|to|reached|hit|"
    rf"stood at|stands at|rose to|climbed to|rises to|has risen to|"
    rf"measured|(?=passed|nearing|exceeded|topped|beyond|over))\s*(?:{_QUALIFIER})?{_NUMERAL}"
    r"(?![.,]?\d)",
    re.I,
)
# A vote's tally: its larger side is the figure sources give differently ("156 to 140" against
# "155 votes to 140").
_VOTING = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
_TALLY = re.compile(
    r"(?<![\w.,])(?P<numeral>\d{1,4})\s+(?:votes\s+)?(?:to|-|–)\s*\d{1,4}\b(?!\s*%)"
)
# By how many votes a race was won, told in votes or after the word alone: "a margin of 157",
# "her lead was only 89 votes", "putting Deva's lead at 171", "the difference between the two
# candidates would be of only 89 votes", "a 157-vote win", "lost by 157 votes", "245 votes
# ahead" (not "a lead of five points", "a majority of 20 seats": no votes).
_BY_ITSELF_OR_IN_VOTES = r"(?:\s+votes?\b|(?=\s*(?:[.,;:!?)]|$)))"
_MARGINS = (
    re.compile(
        r"\b(?:margin|lead|difference|majority)(?:\s+between\s+the\s+(?:two\s+)?candidates)?"
        r"(?:\s+of\s+(?:victory|defeat))?"
        r"(?:\s+(?:was|is|would\s+be|will\s+be|being|stood|stands|had\s+been))?"
        r"(?:\s+(?:of|at|to))?\s+(?:(?:only|just|a\s+mere)\s+)?"
        rf"{_NUMERAL}{_BY_ITSELF_OR_IN_VOTES}",
        re.I,
    ),
    re.compile(
        rf"(?<![\w.,]){_NUMERAL}-vote\s+(?:lead|win|margin|victory|majority|defeat)\b", re.I
    ),
    re.compile(
        r"\b(?:won|wins?|lost|loses?|leads?|led|trail(?:s|ed)?|beat|defeated)\s+"
        r"(?:[\w’'\-]+\s+){0,4}?by\s+"
        rf"(?:(?:only|just|a\s+mere)\s+)?{_NUMERAL}\s+votes?\b",
        re.I,
    ),
    re.compile(rf"(?<![\w.,]){_NUMERAL}\s+votes?\s+(?:ahead|clear)\b", re.I),
)
# A sentence of another election than the event's: "Four years ago she won by 1,200 votes".
_ANOTHER_ELECTION = re.compile(
    r"\b(?:years?\s+ago|(?:last|previous|former|earlier)\s+(?:election|vote|race|runoff|poll))\b",
    re.I,
)
# What a house votes on: a margin's sentence that names one is of that vote.
_MOTION = re.compile(
    r"\b(bill|amendment|motion|resolution|law|budget|proposal|referendum|treaty)s?\b", re.I
)
# A recount told done: margins told before the first report of one are the first count's.
_RECOUNTED = re.compile(r"\brecount|\bcounted\s+again|\bre-?tall(?:y|ied)", re.I)
# Words of a margin's race and which side of it the one named is on: "Deva's lead", "Oprea won
# with a margin of 157" (the winner), "Vladoianu lost by 157 votes" (the loser).
_WINNING = frozenset(
    "margin lead win victory majority won wins winning finished leads led leading beat "
    "beats defeated ahead".split()
)
_LOSING = frozenset("defeat lost loses losing trails trailed trailing behind".split())
_MARGIN_WORDS = _WINNING | _LOSING
_HYPHENED_MEASURE = re.compile(
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?{_NUMERAL}-(?P<unit>km|kilometre|kilometer|mile|metre|meter)\b"
)
_MEASURE_WORD = re.compile(rf"\b(?:{MEASURES})\b", re.I)
# Sums of money: "$41 million", "US$ 9 million", "R38 million", "41 million dollars". A sum is
# a quantity only with what it is a sum of (`_MONEY_FOR`): a story names many sums.
_CURRENCY_SYMBOLS = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "r": "rand"}
_SYMBOL_FIRST = re.compile(
    rf"(?<![\w.,])(?:{_QUALIFIER})?(?P<currency>US\$|\$|€|£|R(?=\s?\d[\d.,]*\s+(?:million|billion)))"
    rf"\s?{_NUMERAL}(?![.,]?\d)(?!\s*(?:trillion|tn)\b)"
)
_CURRENCY_NAMES, _CURRENCY_PLURALS = currencies_in_use()
_SCALED = re.compile(r"\b(?:thousand|million|billion)\b", re.I)


def _currency_word(currency: str) -> str:
    """A currency as money keys name it: "$" and "dollar" are "dollars"."""
    return _CURRENCY_SYMBOLS.get(currency, _CURRENCY_PLURALS.get(currency, currency))


_NAME_AFTER = re.compile(  # (its country's adjective between: "2.5 million Norwegian kroner")
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?{_NUMERAL}\s+(?:[A-Z][a-z]+\s+)?"
    rf"(?P<currency>{'|'.join(_CURRENCY_NAMES)})\b"
)
# A sum of money is a side only where a side contests the other's ("the direct costs are no
# more than $9 million", "will not accept the sum of 41 million dollars"): two sums of one kind
# are as often two things (a claim and a settlement, two donors' aid, two bills, two repairs).
# Sides said to differ on a figure: "disagree on the value of", "at odds over the toll".
DIFFERING_ON = (
    r"(?:disagree\w*|differ|at\s+odds)\s+(?:\w+\s+){0,2}?(?:on|over|about)\s+"
    r"(?:the\s+|its\s+|their\s+)?"
)
_MONEY_CONTESTED = re.compile(
    r"\b(?:no more than|not more than|not accept|reject\w*|disput\w*|contest\w*|insist\w*|"
    r"den(?:y|ies|ied)|wrong|inflated|exaggerat\w*|at\s+most|"
    r"stands?\s+(?:by|against)|stood\s+by|(?:much|far)\s+(?:lower|higher|below|above)|"
    r"times\s+(?:less|lower|more|higher)|"
    rf"{DIFFERING_ON}(?:value|worth|cost|figure|amount|sum|size))\b",
    re.I,
)
# How far before a sum its contest word may stand: "says the direct costs are no more than".
MONEY_CONTEST_CHARS = 80
# What a sum is (the nearest such word within its clause), and a sum of a rate, which is not one
# ("$2 million a day").
_MONEY_FOR = {
    "cost": "cost costs damage damages losses loss claim claims compensation expenses repairs "
    "impact seek seeks seeking sought",
    "stolen": "stolen stole robbed haul loot heist snatched",
    "aid": "aid relief",
    "value": "value valued values valuation worth insured",
}
WORTH = "value"
_MONEY_WORD = re.compile(
    r"\b(?:" + "|".join(w for words in _MONEY_FOR.values() for w in words.split()) + r")\b",
    re.I,
)
# A sum by the day, not a total: "$2 million a day", "about 30 million euros ($33 million) a
# day", "30 million euros for each day of the stoppage".
_A_RATE = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:for\s+)?(?:a|an|per|each|every)\s+(?:\w+\s+)?"
    r"(?:day|week|month|year|hour)\b",
    re.I,
)


# A sum in millions with no currency, ending its clause, after words that give a sum: "insured
# for 4.5 million.", "an insured value of 4.5 million." (not "aid has reached 2.5 million").
_BARE_SUM = re.compile(
    r"\b(?:worth|insured\s+for|valued\s+at|value\s+of|cost\s+of|costs?|sum\s+of)\s+"
    rf"(?:{_QUALIFIER})?(?P<numeral>\d+(?:\.\d+)?\s+(?:million|billion))"
    r"(?=\s*(?:[.,;:)]|$))"
)
# How far back in its article a bare sum's currency may be named.
CURRENCY_BEFORE_CHARS = 250


def _currency_named_before(text: str) -> str | None:
    """The one currency the sums of `text` are in, in the words money keys use; None when it
    names none, or two ("bought for $9 million ... insured for 11 million euros")."""
    named = {
        _currency_word(currency)
        for pattern in (_SYMBOL_FIRST, _NAME_AFTER)
        for match in pattern.finditer(text)
        if (currency := match.group("currency").lower())
    }
    return named.pop() if len(named) == 1 else None


def _money_key(text: str, start: int, end: int) -> str | None:
    """What a sum is, from the nearest word of `_MONEY_FOR` in its clause (or, where the
    clause has none, in the words a colon opens it with: "disagree on the value of the
    stolen pieces: the museum puts it at 18 million euros"), or None. A word of worth says
    what a sum is only where no other does ("stole cash worth 1.2 million" is what was taken,
    "damage to homes worth 90 million" a cost, "insured for 4.5 million" a value)."""
    clause_end = min(
        (m.start() for m in _CLAUSE_MARK.finditer(text, end) if m.group(0) != "."),
        default=len(text),
    )
    for marks in (";.:", ";."):
        clause_start = max(
            (m.end() for m in _CLAUSE_MARK.finditer(text, 0, start) if m.group(0) in marks),
            default=0,
        )
        words = [
            (min(abs(m.start() - start), abs(m.start() - end)), m.group(0).lower())
            for m in _MONEY_WORD.finditer(text, clause_start, clause_end)
        ]
        if words:
            break
    else:
        return None
    kinds = [
        next(kind for kind, listed in _MONEY_FOR.items() if word in listed.split())
        for _, word in sorted(words)
    ]
    return next((kind for kind in kinds if kind != WORTH), WORTH)


# The end of a clause, not a decimal point ("2.8 million").
_CLAUSE_MARK = re.compile(r"[;:](?=\s)|\.(?!\d)")


_ONE_OF_THEM = re.compile(r"\bone\s+(?:of\s+|with\s+an?\s+|measuring\s+)?(?:an?\s+)?$", re.I)
_OTHER_SHOCK = re.compile(r"^[\s\-]*(?:[\w\-]+\s+){0,2}?(?:after|fore)shocks?\b", re.I)
_UNIT_BEFORE_NUMBER = re.compile(rf"\b(?P<unit>magnitude)[\s\-]+{_NUMERAL}", re.I)
_NUMBER_BEFORE_UNIT = re.compile(rf"{_NUMERAL}[\s\-]+(?:-?\s*)?(?P<unit>magnitude)\b", re.I)
# Words after a number that are not what it counts.
_NOT_UNITS = frozenset(
    {"and", "or", "to", "of", "in", "on", "at", "by", "for", "per", "percent", "the", "a", "an",
     "from", "with", "years", "year", "days", "day", "hours", "hour", "minutes", "times", "am",
     "pm", "more", "other", "others", "than", "as", "were", "are", "was", "is", "had", "have",
     "has", "will", "would", "out", "up", "each", "between", "into", "million", "billion",
     "thousand", "hundred", "dozen", "euro", "euros", "dollars", "pounds", "yen", "yuan",
     "rupees", "francs", "cents"}
)  # fmt: skip
# Money is left out: sums in one story (pledges, costs, prices) are seldom one thing.
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|GBP|A|C|NZ|HK)\$?)\s*$")
# A number that is its own subject, of a verb of turning out: the crowd, told after it was
# estimated ("Police estimated the crowd at about 3,000. The organisers said more than 10,000
# had attended"); "300 people gathered" names its people and may be another day's gathering.
_TURNED_OUT = re.compile(
    rf"(?<![\w,.])(?:{_QUALIFIER})?{_NUMERAL}\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:attended|took\s+part|taken\s+part|turned\s+out|marched)"
    # nothing after it but the gathering itself ("45 had attended hospital", "took part in
    # the rescue", "attended a briefing" are no crowd)
    r"(?=\s*(?:[,.;:!?]|$)|\s+in\s+(?:the|it|them)\b(?:\s+(?:march|rally|protest|"
    r"demonstration|strike|vigil|procession|protests|rallies|marches))?\s*(?:[,.;:!?]|$))",
    re.I,
)
_MAY_COUNT = re.compile(r"\d|\b(?:million|billion|thousand)\b")
# Counted words too general to name a quantity on their own: the state after them does.
_PART_BEFORE = re.compile(
    r"\b(?:other|remaining|another|further|additional|extra|last|first|rest of(?: the)?)\s*$"
    # ("131 of 742 ballots were declared void": the whole a share was of, not what befell)
    r"|(?<![\w.,])\d[\d,]*\s+of\s+$",
    re.I,
)
_GENERIC_UNITS = frozenset({"people", "persons", "residents", "civilians", "individuals"})
# How many a boat, a plane or a bus carried: one figure of the event, whichever words give it
# ("68 people on board", "was carrying 150 passengers", "more than 250 were aboard").
_CARRIED = r"(?:people|persons|passengers|migrants|pilgrims|travellers|travelers)"
_ON_BOARD = re.compile(
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?{_NUMERAL}\s+(?:{_CARRIED}\s+)?"
    r"(?:(?:were|was|are|had been)\s+)?(?:on\s+board|aboard|onboard)\b",
    re.I,
)
_CARRYING = re.compile(
    rf"\b(?:carrying|carried|carries)\s+(?:only\s+)?(?:{_QUALIFIER})?{_NUMERAL}\s+{_CARRIED}\b",
    re.I,
)
_LISTED = re.compile(rf"\blisted\s+(?:{_QUALIFIER})?{_NUMERAL}\s+passengers\b(?!\s+as\b)", re.I)
# What carries people on one trip: a craft, a vehicle, a cabin.
_CRAFT = (
    r"(?:cabin|gondola|car|bus|minibus|coach|boat|ship|vessel|ferry|plane|aircraft|jet|"
    r"helicopter|train|carriage|wagon|truck|lorry|van|vehicle|canoe|raft|dinghy|balloon|"
    r"basket|lift|elevator|capsule|taxi)"
)
# A place or a body named by a craft's word: "the bus terminal", "the ferry company".
_NOT_THE_CRAFT = (
    r"(?:terminals?|stations?|stops?|depots?|parks?|parking|yards?|shelters?|garages?|ports?|"
    r"docks?|stands?|ranks?|lots?|hangars?|company|firm|operators?|drivers?|owners?|routes?|"
    r"lanes?|services?|queues?|tickets?|shops?|factory|plant|crash|accident|disaster)\b"
)
# "ten people, not fourteen, were in the cabin", "14 persons were inside the bus",
# "fourteen people entering that cabin", "ten passengers boarding": who was in the craft.
_NUMBER_IN_WORDS = r"|".join(list(_SMALL)[2:])
_IN_THE_CRAFT = re.compile(
    rf"(?<![\w.,\-−])(?:{_QUALIFIER})?(?:{_NUMERAL}|(?P<word>{_NUMBER_IN_WORDS}))\s+{_CARRIED}"
    rf"(?:,\s+not\s+(?:\d+|{_NUMBER_IN_WORDS}),)?"
    rf"(?:\s+(?:(?:were|was|had\s+been)\s+(?:in|inside|aboard)|entering|boarding|"
    rf"getting\s+into|squeezed\s+into)\s+(?:the|that|this|its|their)\s+"
    # the craft of the event, not "the rescue boat" or "the second van"
    rf"(?:(?:same|ill-fated|stricken|doomed|crashed|sunken|capsized|overturned|packed|crowded|"
    rf"overloaded|falling|fallen|red|white|blue|yellow|small|wooden|old)\s+)?"
    rf"{_CRAFT}\b(?!\s+{_NOT_THE_CRAFT})|\s+boarding\b)",
    re.I,
)
# "62 passengers and six crew": a part of those on board, not all of them.
_AND_CREW = re.compile(r"^\s*(?:,|and|plus)\s+(?:[\w\-]+\s+){0,2}?(?:crew|crewmen|staff)\b", re.I)
# A figure that is a requirement, not a count anyone gives: "a majority of all 229 members, or
# 115 votes" after "requires", "the 115 needed", "a threshold of 115", "a quorum of 60".
_REQUIRED_BEFORE = re.compile(
    r"\b(?:requir(?:e|es|ed|ing|ement)|needs?|needed|threshold|quorum|minimum|majority)"
    r"(?:[\s,]+(?:of|the|a|an|all|at|least|support|to|be|reach|win|get|secure|or|members|"
    r"votes|lawmakers|deputies|[\d,]+))*[\s,]+$",
    re.I,
)
_REQUIRED_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s+(?:needed|required)\b", re.I)
# A rule's limit, set and changed by decision, not a measure of what happened: "lowered the
# weight limit on its remaining bridges to 3.5 tonnes", "banned lorries weighing more than
# 7.5 tonnes", "vehicles heavier than 3.5 tonnes are barred".
_A_LIMIT_BEFORE = re.compile(
    r"\blimits?(?:\s+(?:on|for)\s+[^.;:,]{0,30}?)?\s+(?:to|at|of)\s+$", re.I
)
# ... and a class of vehicles a rule names by weight, in a sentence that tells of the rule:
# "banned lorries weighing more than 7.5 tonnes", "vehicles heavier than 3.5 tonnes are
# barred" (not "lorries weighing more than 38 tonnes each were on the bridge")
_A_CLASS_BEFORE = re.compile(
    r"\b[a-z]{3,}s\s+(?:(?:weighing|measuring)(?:\s+(?:more|less)\s+than|\s+over|\s+under|"
    r"\s+up\s+to)?|(?:heavier|lighter|longer|wider|taller|bigger|larger)\s+than|"
    r"over|above|exceeding)\s+$",
    re.I,
)
# The most a rule allows, right before its figure: "maximum 15 kilometres per hour", "a maximum
# speed of 12", "the maximum permitted speed is 12" (read as a rule's only where the sentence
# says what is permitted: not "the river reached a maximum of 8.9 metres", a measure).
_A_MAXIMUM_BEFORE = re.compile(
    r"\bmaximum(?:\s+(?:permitted|allowed|legal))?(?:\s+(?:speed|weight|load|height|draught|"
    r"draft|capacity))?(?:\s+(?:of|is))?\s+$",
    re.I,
)
_PERMITTED = re.compile(r"\b(?:permitted|allowed|authori[sz]ed|limits?)\b", re.I)
# What one item, one person or one family has, right after its figure: "Rs 30 lakh each",
# "10 lakh for each of the families", "$500 per household": no rival of a total of another
# order ("each weighing around 20 tonnes" beside "about 2,700 tonnes of steel coils").
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:each|apiece)\b|\s+(?:for|to)\s+(?:each|every)\b"
    r"|\s+(?:a|per)\s+(?:person|head|family|household|victim|piece|unit)\b",
    re.I,
)
# What a rate is counted on, right before its figure: "one officer for every 100 inmates",
# "deaths per 100,000 people", "three in every 1,000 births".
_A_RATE_BEFORE = re.compile(r"\b(?:for|in|out\s+of)\s+every\s+$|\bper\s+$", re.I)


# A place's count of the people it holds, right before the figure: "the prison, which holds
# about 1,300 inmates", "Zambia's correctional facilities hold more than 25,000" (not a
# vessel's: those on board are an event's count).
_AS_A_RULE_NOW = r"(?:(?:now|currently|normally|usually)\s+)?"
_HELD_BY_A_PLACE = re.compile(
    r"\b(?:" + "|".join(sorted(HOLDING_PLACES)) + r"),?\s+(?:which\s+|that\s+)?"
    rf"{_AS_A_RULE_NOW}(?:holds?|housed?|houses|accommodates?)\s+(?:{_QUALIFIER})?$",
    re.I,
)


# The people a speaker's prison holds, in a quotation: "We have 1,300 inmates at Mwembeshi"
# (not "We have 84 patients admitted": a hospital's count of the event's).
_PEOPLE_KEPT = frozenset({"inmate", "prisoner", "detainee", "convict"})
# How many a body employs, as a standing fact: "the terminal, which employs about 600 dockers",
# "about 2,500 dockers are employed across its terminals", "a workforce of 870". A workforce is
# the setting of an event, as a town's people are, not a figure of it: two such counts are as
# often of two things (one site, all of a company's sites). Not what befell them or what they
# did ("2,500 dockers employed at the port went on strike", "120 miners were employed
# underground at the time of the blast", "40 firefighters were employed in the rescue").
_EMPLOYED_BEFORE = re.compile(
    rf"\b(?:employs|employing|(?:staff|workforce)\s+of)\s+(?:{_QUALIFIER})?$", re.I
)
_EMPLOYED_AFTER = re.compile(r"\s+(?:are|is|(?:have|has)\s+been)\s+employed\b", re.I)
_HELD_BY_US = re.compile(
    rf"\b(?:we|they)\s+{_AS_A_RULE_NOW}(?:have|hold|house)\s+(?:{_QUALIFIER})?$", re.I
)


# A sum of money demanded, right before it: "are demanding Rs 30 lakh", "demanded compensation
# of $2 million" (not "would seek $41 million to cover salvage", a claim of what it cost, nor
# "called for the 38 buses to be withdrawn", a count).
_DEMANDED_BEFORE = re.compile(
    r"\bdemand(?:s|ed|ing)?\b(?:\s+(?:compensation|damages|payment|of|about|around|at\s+least|"
    r"up\s+to))*\s+(?:rs\.?|inr|us\$|\$|€|£)\s*$",
    re.I,
)


def _with_its_time(phrase: str, per_time: re.Match[str] | None) -> str:
    """A speed's phrase with the words that make it one: "moving at 11 kilometres an hour"."""
    if per_time is None or per_time.group().strip() in phrase:
        return phrase
    return phrase + per_time.group()


# One name for each length unit a speed is given in: "97 km per hour", "60 kilometres an hour".
_LENGTH_NAMES = {"km": "kilometre", "kilometer": "kilometre", "meter": "metre", "miles": "mile"}
# A length per a time is a speed: "18 kilometres per hour", "47 km an hour", "20 metres per
# second"; its key ends with the time (`_A_SPEED`).
_PER_TIME = re.compile(r"\s*(?:per|an|a)\s+(hour|minute|second)\b|\s*/\s*h\b", re.I)
_A_SPEED = re.compile(r" per (?:hour|minute|second)$")
# A count of each day, week, month or year: what is done as a rule ("normally processes about
# 35 million transactions a day", "5,000 barrels of oil a day"), set only against another
# count of that period (not "1,500 homes a day after it made landfall": when).
_PER_PERIOD = re.compile(
    r"(?:\s+of\s+[a-z\-]+)?(?:\s*(?:a|per|each|every)\s+(day|week|month|year)\b"
    r"|\s+(daily|weekly|monthly|annually)\b)"
    r"(?!\s+(?:after|before|later|earlier|ago|into)\b)",
    re.I,
)
_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year"}
_A_RULE = re.compile(
    r"\b(?:bann?(?:ed|ing|s)?|barred|bars?|prohibit\w*|restrict\w*|forbid\w*|not\s+allowed|"
    r"permitted|limits?)\b",
    re.I,
)
_WEIGHTS = frozenset({"tonne", "ton", "kilogram", "kg", "pound"})
_MEASURE_NAMES = {
    "death count": "toll",
    "death toll": "toll",
    "casualty count": "toll",
    "number of dead": "toll",
    "number of deaths": "toll",
}
_DEATH_STATES = frozenset({"killed", "dead", "died", "perished", "slain"})
MARGIN_KEY = "margin"  # by how many votes a race was won
_ONE_PER_EVENT = frozenset(
    {"toll", "magnitude", "turnout", "attendance", "crowd", "on board", MARGIN_KEY}
)
MONEY_KEY = "money"
RATE_KEY = "rate"  # a key's prefix for what a rate is counted on: "for every 100 inmates"
SAME_MEASURE_DICE = 0.15
SAME_COUNT_DICE = 0.3


@dataclass(frozen=True, slots=True)
class Quantity:
    key: str  # what is counted: "countries", "toll", "people homeless"
    value: float
    qualifier: str | None
    phrase: str  # the figure in the source's words: "about 190 countries"
    amount: str  # its amount as written: "about 190"
    voice: str | None
    ref: SentenceRef
    start: int
    end: int
    unit: str = ""  # the counted word, when `key` stands for several: "customer"
    # the words beside it that say which of the things: "contact" holdings, farms "infected"
    which_words: tuple[str, ...] = ()
    states: tuple[str, ...] = ()  # those of them that say what befell them: "infected"
    contested: bool = False  # read by the parse in a sentence that contests a count
    # nouns before its noun that say which of the things: "police" of "40 police vehicles"
    kinds: tuple[str, ...] = ()
    numeral: tuple[int, int] = (0, 0)  # where its number is in the sentence
    each: bool = False  # what one item, person or family has: "Rs 30 lakh each"
    per: str = ""  # the period a count is of: "35 million transactions a day" (day)
    high: float | None = None  # the top of a range ("between $12 million and $15 million")


def numeral_value(text: str) -> float | None:
    """The value of a numeral as news writes it: '121,000', '1.5 million', 'half a million'."""
    words = text.lower().replace(",", "").split()
    if not words:
        return None
    scale = _SCALE_WORDS.get(words[-1], 1.0)
    head = words[:-1] if words[-1] in _SCALE_WORDS else words
    if not head:
        return scale
    if head[0] == "half":
        return 0.5 * scale
    if head[:3] == ["a", "quarter", "of"]:
        return 0.25 * scale
    if head[0] in {"a", "an"}:
        return scale
    if head[0] in _SMALL:
        return _SMALL[head[0]] * scale
    try:
        return float(head[0]) * scale
    except ValueError:
        return None


def figure_value(text: str) -> float | None:
    """The value of the first numeral in a text: 'at least half a million' -> 500000."""
    match = re.search(_NUMERAL, text, re.I)
    return numeral_value(match.group(0)) if match else None


# One count told by different words: "12,000 customers" still without power are, to the
# union, "more than 30,000 households" or "homes".
# Only where the count is of those cut off from a supply: "40 houses destroyed" and "120,000
# customers without power" are two things.
_SUPPLIED_KEY = "households supplied"
_SUPPLIED = frozenset({"home", "house", "household", "customer", "subscriber", "dwelling"})
_CUT_OFF = re.compile(
    r"\b(?:power|electricity|water|light|supply|outages?|blackouts?|cut\s+off|reconnected)\b",
    re.I,
)
_HARMED_HOMES = re.compile(
    r"\b(?:damaged|destroyed|flattened|razed|collapsed|flooded|burn(?:ed|t)|evacuated|"
    r"washed\s+away|swept\s+away)\b",
    re.I,
)


# A figure after "N of its", the event touching them after it (`_WHAT_BEFELL_A_SHARE`): the
# whole stock a share is of, not a count of the event's; the share is the count ("about 22
# million of its more than 45 million customers had been affected": 22 million customers;
# "most of their 300 staff were affected": none; not "the loss of its 12 crew", nor "six of
# the 40 passengers", how many were aboard).
_WHOLE_OF_A_SHARE_BEFORE = re.compile(
    r"(?:(?P<share>\d[\d,.]*(?:\s+(?:million|billion|thousand))?)|\b(?:half|most|many|some|all|"
    r"none|few|several|one|two|three|four|five|six|seven|eight|nine|ten))\s+of\s+(?:its|their|our)\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|just\s+over|just\s+under)\s+)?$",
    re.I,
)
# The event touching the share, right after the whole: "... customers had been affected",
# "were left without power", "buses were damaged", "staff were injured" (not "The navy rescued
# 22 of its 24 crew members", nor "20 of its 310 passengers were still missing", "32 of its 157
# passengers were from Kenya": how many were aboard is a count of the event's own).
_WHAT_BEFELL_A_SHARE = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:had|have|has|were|was|are|is)\s+(?:been\s+)?"
    r"(?:affected|hit|impacted|disrupted|(?:left\s+)?without|cut\s+off|injured|hurt|wounded|killed|"
    r"damaged|destroyed|flooded|closed|shut|evacuated|cancell?ed|grounded|delayed)\b"
)
# A figure in brackets after another one, the same figure in other units: "2.5 meters (about
# 8 feet)", "1,500 tonnes (3.3 million pounds)", "less than a mile (about 1.2 kilometers)".
_CONVERTED_BEFORE = re.compile(
    r"(?:\d\s*[a-zA-Z]+|\b(?:a|an|one|half\s+a)\s+(?:mile|kilomet(?:er|re)|km|foot|yard|meter|"
    r"metre|pound|ton|tonne|gallon|liter|litre|acre|hectare|inch))"
    r"\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|or)\s+)?$"
)


def find_quantities(
    ref: SentenceRef, told_before: str = "", just_before: Sequence[Quantity] = ()
) -> list[Quantity]:
    """The figures a sentence gives, each with what it counts and who gives it; `told_before`
    is what its article says just before it (a sum's currency may be named there), and
    `just_before` the figures of the sentence before it (which a rival may answer with a bare
    number: "The NVSC says 7.9.")."""
    text = ref.text
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    if not _MAY_COUNT.search(text) and not _THINGS_IN_WORDS.search(text):
        return found

    def add(
        match: re.Match[str],
        key: str,
        unit: str = "",
        which_words: tuple[str, ...] = (),
        states: tuple[str, ...] = (),
        contested: bool = False,
        numeral: str = "numeral",  # the group that holds the number
        kinds: tuple[str, ...] = (),
    ) -> None:
        start, end = match.span(numeral)
        if any(s < end and start < e for s, e in taken):
            return
        raw = match.group(numeral)
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return  # a year
        before = text[max(0, start - 30) : start]
        if _CONVERTED_BEFORE.search(before):
            return  # "2.5 meters (about 8 feet)": the same figure in other units
        told_qualifier = match.groupdict().get("qualifier")
        opening = match.start()
        if (
            whole := _WHOLE_OF_A_SHARE_BEFORE.search(before)
        ) is not None and _WHAT_BEFELL_A_SHARE.match(
            text, match.end("unit") if match.groupdict().get("unit") else match.end()
        ):
            # "22 million of its more than 45 million customers": the whole stock, whose
            # share is the count
            if whole.group("share") is None:
                return
            offset = start - len(before)
            start, end = offset + whole.start("share"), offset + whole.end("share")
            raw = text[start:end]
            if any(s < end and start < e for s, e in taken):
                return
            before = text[max(0, start - 30) : start]
            own = re.search(rf"{_QUALIFIER}$", before)
            told_qualifier = own.group("qualifier") if own else None
            opening = start - len(own.group(0)) if own else start
        if _PART_BEFORE.search(before) or (
            _CURRENCY_BEFORE.search(before) and not key.startswith(MONEY_KEY)
        ):
            return  # "the other 14 sailors": a part, not the whole; "$350 million": money
        if _REQUIRED_BEFORE.search(text[max(0, start - 80) : start]) or _REQUIRED_AFTER.match(
            text[end:]
        ):
            return  # "the 115 needed", "a threshold of 115": what is required, not a count
        if _A_LIMIT_BEFORE.search(text[max(0, start - 80) : start]) or (
            key in _WEIGHTS and _A_CLASS_BEFORE.search(before) and _A_RULE.search(text)
        ):
            return  # "the weight limit to 3.5 tonnes", "lorries over 7.5 tonnes": a rule's
        if _A_MAXIMUM_BEFORE.search(text[max(0, start - 50) : start]) and _PERMITTED.search(text):
            return  # "for descending ships maximum 15 kilometres per hour is permitted"
        after = match.end("unit") if match.groupdict().get("unit") else match.end()
        per_time = _PER_TIME.match(text, after) if key.split()[0] in _LENGTH_UNITS else None
        if per_time is not None:
            # "18 kilometres per hour": a speed, not a distance ("97 km per hour" the same;
            # "20 metres per second" a speed of its own time)
            key = f"{_LENGTH_NAMES.get(key, key)} per {(per_time.group(1) or 'hour').lower()}"
        per = ""
        if (per_period := _PER_PERIOD.match(text, after)) is not None and per_time is None:
            # "about 35 million transactions a day": a rule, not the event's count
            per = (per_period.group(1) or _PERIODS[per_period.group(2).lower()]).lower()
        if _DEMANDED_BEFORE.search(text[max(0, start - 50) : start]):
            return  # "are demanding Rs 30 lakh": what is asked for, not what is so
        if _A_RATE_BEFORE.search(before):
            # "one officer for every 100 inmates": what a rate is counted on, compared only
            # with another rate ("for every 40 inmates"), never with a count
            key = f"{RATE_KEY} {key}"
        if (
            _HELD_BY_A_PLACE.search(text[max(0, start - 80) : start])
            or (_HELD_BY_US.search(before) and key in _PEOPLE_KEPT)
        ) and not (kind_of_word(key) or kind_of_word(_plural(key))):
            return  # "the jail, which holds about 2,400 prisoners": how many live there (not
            # "the sports centre, which now houses 300 evacuees": the event's)
        if _EMPLOYED_BEFORE.search(before) or _EMPLOYED_AFTER.match(text, after):
            return  # "which employs about 450 workers": a workforce, the event's setting
        value = numeral_value(raw)
        if value is None:
            return
        taken.append((start, end))
        qualifier = (told_qualifier or "").lower() or None
        found.append(
            Quantity(
                key=key,
                value=value,
                qualifier=qualifier,
                phrase=_with_its_time(_phrase_of(text, match, key, opening), per_time),
                amount=clean_sentence(
                    f"{told_qualifier or ''} {raw}" if "qualifier" in match.groupdict() else raw
                ),
                voice=voice_before(text, opening),
                ref=ref,
                start=opening,
                end=match.end(),
                unit=unit,
                which_words=which_words,
                states=states,
                contested=contested,
                kinds=kinds,
                numeral=(start, end),
                each=bool(_PER_UNIT_AFTER.match(text, after) or _EACH_BEFORE.search(before)),
                per=per,
            )
        )

    def given_back() -> None:
        """ "The school authority said 11 schools were closed, while the city said 14": the
        figure a rival gives with no noun is a count of the one thing counted before it, in
        the sentence or, opening it, in the sentence before."""
        opening = _COUNT_GIVEN_BACK_NEXT.match(text) if just_before else None
        if opening is None and just_before:
            opening = _STATE_GIVEN_BACK_NEXT.match(text)
            if opening is not None and opening.group("state") not in just_before[0].states:
                opening = None
        rivals = sorted(
            [*_COUNT_GIVEN_BACK.finditer(text), *_COUNT_LISTED_BACK.finditer(text)],
            key=lambda match: match.start(),
        )
        for match in [*([opening] if opening else []), *rivals]:
            if match.re is _COUNT_LISTED_BACK and not any(q.end == match.start() for q in found):
                continue  # a list of rivals goes on right after a figure, nothing between
                # ("..., and on Tuesday, a spokeswoman said nine": another day's count)
            before = [q for q in found if q.end <= match.start()]
            if match is opening:
                before = list(just_before)
                answer = numeral_value(match.group("numeral"))
                if answer is None or not _of_one_order(answer, before[0].value):
                    continue  # "4 kilometres" then "Organisers said 50,000": another count
            elif before and _A_COUNT_BEFORE.search(
                text[text.rfind(";", 0, before[-1].start) + 1 : before[-1].start]
            ):
                continue  # "58 residents from four buildings ...; the civil protection authority
                # says 67": the rival answers the count its clause opens with, not "four"
            told = {(q.key, q.unit) for q in before if q.unit}
            who = match.group("who")
            if (
                _NOT_A_RIVAL.search(who)
                or _A_PART_OF_THE_AREA.search(who)
                or _another_place_s(match)
                or _CLAUSE_GOES_ON.match(text, match.end())
                or any(_same_voice(q.voice, who) for q in before)
            ):
                continue  # "but on Tuesday they said 14"; "police said 5, including two
                # children, were still missing"
            if (
                len(before) == 1
                and len(told) == 1
                and not next(iter(told))[0].startswith(MONEY_KEY)
            ):
                key, unit = next(iter(told))
                if kind_of_word(unit) is not None:
                    continue  # "counts 9 dead, while the company counts 6": a toll, which the
                    # casualty figures read
                count = len(found)
                add(match, key, unit)
                if len(found) > count:  # the rival's voice, not the first one's
                    found[-1] = replace(
                        found[-1],
                        voice=match.group("who"),
                        start=match.start("numeral"),
                        phrase=text[match.start("who") : match.end()],  # "the city said 14"
                    )

    # (a rival's figure given back is a contest too: "SBB says seven wagons derailed; the
    # Federal Office of Transport counts nine")
    contested = _COUNT_CONTESTED.search(text) is not None or bool(_COUNT_GIVEN_BACK.search(text))
    # the parse, before the words after a number are read (only where it can find something:
    # spaCy's cost is per sentence)
    if (contested and _THINGS_IN_WORDS.search(text)) or _DESCRIBING_A_NAME.search(text):
        for match, unit, words in _things_counted(text):
            if unit and contested:  # "three cases", "four pieces": too common to set apart
                which = tuple(t.lower_ for t in words)
                # what they are or what befell them ("infected"), not "district" hospitals
                states = tuple(t.lower_ for t in words if t.pos_ in {"ADJ", "VERB"})
                add(match, unit, unit, which, states, contested=True)
            elif not unit:  # a count that says who a name is: no figure, whichever pattern finds it
                taken.append(match.span("numeral"))
    for match in _IN_THE_CRAFT.finditer(text):  # "fourteen people entering that cabin"
        add(match, "on board", numeral="numeral" if match.group("numeral") else "word")
    if not _MAY_COUNT.search(text):
        given_back()  # "SBB says seven wagons derailed; the FOT counts nine"
        return found
    measured = _MEASURE_WORD.search(text)
    for pattern in (_MEASURED, _UNIT_BEFORE_NUMBER, _NUMBER_BEFORE_UNIT) if measured else ():
        for match in pattern.finditer(text):
            unit = match.group("unit").lower()
            if unit == "magnitude" and (
                _OTHER_SHOCK.match(text[match.end() :])
                or _ONE_OF_THEM.search(text[max(0, match.start() - 20) : match.start()])
            ):
                continue  # "a magnitude 5.4 aftershock", "including one of magnitude 5.4"
            add(match, _MEASURE_NAMES.get(unit, unit))
    for match in _TURNED_OUT.finditer(text):  # "more than 10,000 had attended"
        add(match, "crowd")
    if _VOTING.search(text):
        for match in _TALLY.finditer(text):  # "voted 156 to 140", "by 155 votes to 140"
            add(match, "vote")
    if _VOTING.search(f"{told_before} {text}") and not _ANOTHER_ELECTION.search(text):
        for pattern in _MARGINS:  # "a margin of 157", "a 157-vote win", "lost by 157 votes"
            for match in pattern.finditer(text):
                add(match, MARGIN_KEY)
    for pattern in (_CARRYING, _LISTED):  # before "150 passengers" is read as a count
        for match in pattern.finditer(text):
            if not _AND_CREW.match(text[match.end() :]):
                add(match, "on board")
    for match in _HYPHENED_MEASURE.finditer(text):  # "a 2-km radius"
        add(match, match.group("unit").lower())
    for match in _each_figure(_COUNTED, text):
        match = _headed(text, match)
        unit = match.group("unit")
        if unit in _NOT_UNITS or unit in stop_words():
            continue
        if _AN_ADVERB_OF_ITS_VERB.match(text, match.start("unit")):
            continue  # "says fewer than 90,000 genuinely failed": no noun, a figure given back
        if re.fullmatch(r"\d+\.\d+", match.group("numeral")) and unit not in _MEASURE_UNITS:
            continue  # "a 5.4 aftershock": a measure, not a count of aftershocks
        state = match.group("state")
        befell = _befell_before_its_noun(text, match)
        if befell is not None:  # "41,300 escaped fish": fish, escaped
            unit, state = state, befell
        if unit in _GENERIC_UNITS:
            if not state or state in _NOT_UNITS or state in stop_words():
                continue
            # "12 people were killed" is the death toll, whatever words give it.
            add(match, "toll" if state in _DEATH_STATES else f"{unit} {state}")
        elif state and counts_people(unit) and (kind := kind_of_word(state)):
            # "11 workers had died" and "13 workers remained unaccounted" are two quantities,
            # and "25 rebels were killed" and "4 soldiers were killed" two more
            add(match, f"{unit} {kind}")
        else:
            singular = unit.removesuffix("s") if len(unit) > 4 else unit
            supplied = (
                singular in _SUPPLIED
                and _CUT_OFF.search(text) is not None
                and _HARMED_HOMES.search(text) is None
            )
            if unit in {"cubic", "square"} and state:  # "30,000 cubic metres"
                singular = f"{unit} {_METRIC_SPELLING.get(state, state)}"
            add(
                match,
                _SUPPLIED_KEY if supplied else singular,
                singular,
                states=(befell,) if befell is not None else _what_befell(text, match),
                kinds=_kinds_before(match),
            )
    # Sums of money, with what they are, after the counts: "48 million reais" stays a count
    # of reais, as it was before sums were read (a side of it needs no contest word).
    for pattern in (_SYMBOL_FIRST, _NAME_AFTER):
        for match in pattern.finditer(text):
            if _A_RATE.match(text, match.end()) or text[: match.start()].rstrip().endswith("("):
                continue  # "$2 million a day", "48 million reais ($8.9 million)"
            currency = match.group("currency").lower()
            if currency in _CURRENCY_PLURALS and not _SCALED.search(match.group("numeral")):
                continue  # "2 euro coins": a coin, not a sum ("4.5 million euro" is one)
            what = _money_key(text, match.start(), match.end())
            currency = _currency_word(currency)
            if what is not None:
                add(match, f"{MONEY_KEY} {what} {currency}")
    # A sum whose currency the sentence, or the one before it, has just named: "valued at
    # around 12 million euros. The museum says they were insured for 4.5 million."
    for match in _BARE_SUM.finditer(text):
        what = _money_key(text, match.start(), match.end())
        currency = _currency_named_before(f"{told_before} {text[: match.start()]}")
        if what is not None and currency is not None:
            add(match, f"{MONEY_KEY} {what} {currency}")
    given_back()
    for match in _ON_BOARD.finditer(text):  # after the counts: "with 20 people dead" is a toll
        if not _AND_CREW.match(text[match.end() :]) and not TAKEN_ABOARD.search(
            text[: match.start()]
        ):
            add(match, "on board")
    return found


# A rival's figure given back with no noun: "..., while the city said 14, including private
# kindergartens", "but police put it at 40."
# A body's own figure, named as such: "the directorate's estimate", "Isiolo's total".
_ITS_OWN_FIGURE = r"['’]s\s+(?:own\s+)?(?:estimate|count|figure|tally|total)"
_GIVES_BACK = (
    # its initials, or what it counts by: "the Federal Office of Transport (FOT), which
    # counts any wagon with a wheel off the rail, says nine"
    # (or who it is: "Baltic Analytica Laboratories, the private lab hired by residents, stands
    # by 23")
    # (or its own figure is: "the directorate's estimate is about 50,000")
    rf"(?:{_ITS_OWN_FIGURE}\s+(?:is|was|stands\s+at)\s+|"
    # (or its name: "The district commissioner, Ferdinand Albina, says the true number is")
    r"(?:\s*\([A-Z]{2,6}\))?(?:\s*,\s+(?:(?:which|who|the|a|an)\s[^,;.]{0,60}|"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}),)?"
    r"\s+(?:still\s+|also\s+|now\s+)?"
    # ("while the bank continues to say about 180,000")
    r"(?:(?:continues|continued|goes\s+on|went\s+on)\s+to\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:said|says|say|counted|counts|count|gave|gives|reported|reports|"
    r"insists|insisted|maintains|maintained|estimates|estimated|"
    r"speaks\s+of|stands\s+by|stand\s+by|stood\s+by|"
    # "says the true number is 1,100"
    r"(?:says|said|insists|insisted)\s+(?:that\s+)?the\s+(?:true|real|actual|correct)\s+"
    r"(?:number|figure|total|count)\s+(?:is|was)|"
    # "puts it at", "puts the number higher still, at about 4,100"
    r"puts?\s+(?:it|the\s+(?:number|figure|total|count))"
    r"(?:\s+(?:even\s+)?(?:higher|lower)(?:\s+still)?)?,?\s+at)\s+)"
    r"(?:(?:only|just)\s+)?"
    rf"(?:{_QUALIFIER})?(?:{_NUMERAL[:-1]}|(?i:{'|'.join(list(_SMALL)[2:])})\b))"
)
# With no noun after it, the figure is of the thing counted before it. (Not a bare figure that
# is its clause's subject: "says 12 were killed" after "300 homes", "600 were hired" after
# "140 buses stopped" tell what befell other things as often as a rival count; a hostile
# review of stop 48 found seven such.)
# (nor before the next rival of a list: "Albina says 1,100 and the company says fewer than 500")
_NO_NOUN_AFTER = (
    r"(?=\s*(?:[,.;](?!\d)|$|\s+(?:including|among|of\s+whom)\b|"
    r"\s+and\s+(?:the\s+|a\s+)?[\w’'\- ]{2,40}?\s+(?:says?|said|puts?|counts?)\b))"
)
# (a rival's name may be long: "; the regional government of Governor Alicia Valdivia puts the
# figure at 1,900")
_A_RIVAL_OPENS = r"(?:\b(?:while|whereas|but)|;)\s+(?:the\s+|a\s+)?(?P<who>[\w’'\- ]{2,60}?)"
_COUNT_GIVEN_BACK = re.compile(_A_RIVAL_OPENS + _GIVES_BACK + _NO_NOUN_AFTER)
# A list of rivals, each right after the figure before it: "The NCCR counts 640 flooded
# households, district commissioner Ferdinand Albina says 1,100 and the company says fewer than
# 500" (read only where it opens right after a figure: `find_quantities`).
_COUNT_LISTED_BACK = re.compile(
    r"(?:,|\s+and)\s+(?!(?:while|whereas|but)\b)(?:the\s+|a\s+)?(?P<who>[\w’'\- ]{2,40}?)"
    + _GIVES_BACK
    + _NO_NOUN_AFTER
)
# A rival's figure of the same thing in the same sentence, in a clause of its own: "Police put
# the crowd at around 4,000; organisers said more than 8,000 took part".
_A_RIVAL_SAYS = re.compile(
    _A_RIVAL_OPENS
    + _GIVES_BACK
    + r"\s+(?:took\s+part|attended|turned\s+out|joined|marched|gathered|protested|rallied|came)\b"
)
# A rival's figure with the thing counted after it: "COMELEC stands by 214 precincts; the
# Citizens' Poll Integrity Network says 263 precincts" (`_said_by_a_rival` asks that it be
# the second figure's own numeral, of the same key as the first).
_A_RIVAL_NAMES = re.compile(_A_RIVAL_OPENS + _GIVES_BACK)
# What may follow such a rival's count: the sentence's end, or the next figure it gives ("263
# precincts and more than 120,000 ballots"); not "90 schools, most of them in the north, are
# still without water", "450 trains and most freight services were cancelled".
_A_RIVALS_COUNT_ENDS = re.compile(
    r"\s*(?:[.;]|$|,?\s+and\s+(?:(?:about|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    # (the next figure ends the sentence too: not "90 schools and 12 clinics remain shut")
    r"\d[\d,.]*\s+(?:[\w\-]+\s+)?[\w\-]+\s*(?:[.;]|$))"
)
# The same, opening the sentence after the figure it answers: "The utility says its highest
# reading was 4.2 micrograms per litre. The NVSC says 7.9."
# ("But Tidewater Freight Intelligence ... puts the number at 118": not "But Tidewater")
_GIVEN_BACK_OPENING = (
    r"^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:the\s+|a\s+)?(?P<who>[\w’'\- ]{2,60}?)" + _GIVES_BACK
)
_COUNT_GIVEN_BACK_NEXT = re.compile(_GIVEN_BACK_OPENING + _NO_NOUN_AFTER)

# Or given back as the subject of the state the figure before was given in: "SENAPRED counts
# 1,740 homes destroyed. Valdivia's regional government says 2,100 are 'destroyed or
# uninhabitable'" (the state must be the one before: not "says 12 were killed" after "300
# homes").
_STATE_GIVEN_BACK_NEXT = re.compile(
    _GIVEN_BACK_OPENING
    + r"(?=\s+(?:(?:are|were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?|"
    + r"(?:[a-z]+ly\s+)?(?=[a-z]+ed\b))"
    # (or the state's verb itself: "Corrib says fewer than 90,000 genuinely failed")
    + r"[\"“‘']?(?P<state>[a-z]+)"
    # (the state ends its clause: not "600 were destroyed in her commune alone", "300 were
    # damaged beyond repair", "40 are closed still")
    r"(?:\s+or\s+[a-z]+)?[\"”’']?\s*(?:[.;]|$))"
)


# A voice that speaks for part of the area counted: "residents of the hamlets of Tres Cruces say
# 120" after the region's 2,300 is a part, not a rival count.
_A_PART_OF_THE_AREA = re.compile(
    r"\b(?:residents|villagers|inhabitants|people|hamlets?|villages?)\s+(?:of|in)\b", re.I
)


# A voice of a figure given back that is no rival: a pronoun, or a day ("on Tuesday they").
_NOT_A_RIVAL = re.compile(
    rf"^(?:they|it|he|she|we)$|\b(?:on|in|at|later|earlier|this|last|year|{'|'.join(WEEKDAYS)})\b"
    r"|\b(?:that|which|who)$"
    # ("a consultant hired by the Willow Flats Cree Nation" is a rival)
    r"|(?<!hired )(?<!commissioned )(?<!employed )(?<!appointed )\bby\b",
    re.I,
)
# A figure whose clause goes on after an aside, which says what it counts: "5, including two
# children, were still missing".
_CLAUSE_GOES_ON = re.compile(
    r"\s*,[^.;]*?,\s+(?:were|was|are|is|had|have|has|remain\w*|died|fled)\b", re.I
)


# What may befall things, in participles that end in none of -ed, -en, -ing: "3,900 salmon
# were caught", "12 flats sold".
_IRREGULAR_PARTICIPLES = (
    "caught found held sold lost kept stuck struck sunk built burnt spent brought bought shut"
).split()
# What a sentence says of things it counts, after the number and the noun: "112 ships were
# waiting", "64 ships were truly waiting", "52 ships left stranded" (adverbs passed over).
_BEFELL = re.compile(
    r"\s+(?:(?:were|are|was|is|have\s+been|had\s+been|been|had|have|has)\s+)?"
    r"(?:(?:[a-z]+ly|ever|now|still|then|already|also|all|only|so\s+far)\s+)*"
    # ("sat" of those who sat an exam, not "sat at the centres for hours")
    r"(?P<state>[a-z]+(?:ing|ed|en)|sat(?=\s+(?:the|an?|their|for)\s)|"
    + "|".join(_IRREGULAR_PARTICIPLES)
    + r")\b"
)


# A participle before the noun a count counts: "41,300 escaped fish", "12 stranded ships" (not
# "200 need", "3 bed").
_PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed")


_A_VERB_NEXT = re.compile(
    r"\s+(?:were|are|was|is|have|has|had|been|will|would|could|may|might|remain\w*)\b"
)


def _another_place_s(match: re.Match[str]) -> bool:
    """A count given back as a place's own ("neighbouring Isiolo's total is about 1,100"): the
    count of another place, no rival's."""
    if not re.search(rf"{_ITS_OWN_FIGURE}\s", match[0]):
        return False
    names = re.findall(r"[A-Z][\w’'\-]+", match.group("who"))
    return bool(names) and all(gazetteer().lookup(name) is not None for name in names)


def _befell_before_its_noun(text: str, match: re.Match[str]) -> str | None:
    """What befell the things counted, where a participle stands between the number and their
    noun: "41,300 escaped fish" counts fish that escaped, as "41,300 fish escaped" does. Not
    people ("300 injured people": the casualty figures read them), nor "20 injured were
    taken" (no noun after it)."""
    participle, noun = match.group("unit"), match.group("state")
    if noun is None or not _PARTICIPLE.fullmatch(participle):
        return None
    after = re.match(rf"\s+{re.escape(noun)}\b", text[match.end("unit") :])
    if after is None:
        return None  # "20 injured were taken": a verb came between
    if _BEFELL.match(text, match.end("unit") + after.end()) or _A_VERB_NEXT.match(
        text, match.end("unit") + after.end()
    ):
        return None  # "3,900 escaped salmon had been recaptured": what befell them is after
    if (
        noun in _NOT_UNITS
        or noun in stop_words()
        or noun in _GENERIC_UNITS
        or counts_people(noun)
        or re.search(r"(?:ed|ing|en|ly)$", noun)
    ):
        return None
    return participle


def _what_befell(text: str, match: re.Match[str]) -> tuple[str, ...]:
    """The state of the things a regular count counts, where the words right after the noun
    give one ("waiting", "diverted", "stranded"): ships waiting and ships diverted are two
    counts, whatever words surround them."""
    found = _BEFELL.match(text, match.end("unit"))
    if found is None or found.group("state").lower() in _NOT_BEFALLING:
        return ()
    joined = _AND_BEFELL.match(text, found.end())
    if joined is not None and joined.group("state").lower() not in _NOT_BEFALLING:
        return (found.group("state"), joined.group("state"))  # "tried and failed"
    return (found.group("state"),)


# An adverb where a count's noun would be, before the verb of what befell: "90,000 genuinely
# failed", "12 reportedly died".
_AN_ADVERB_OF_ITS_VERB = re.compile(r"[a-z]+ly\s+[a-z]+(?:ed|en)\b")


# A second state joined to the first: "households tried and failed to submit" (not "delayed or
# cancelled": either, a count of both).
_AND_BEFELL = re.compile(
    r"\s+and\s+(?:[a-z]+ly\s+)?(?P<state>[a-z]+(?:ed|en)|"
    + "|".join(_IRREGULAR_PARTICIPLES)
    + r")\b"
)


# Participles after a count that tell who counts or knows of the things, or how old they are,
# not what befell them: "27 systems counted by RIA", "63 e-services had been out of action",
# "540 pupils aged between 11 and 18".
_NOT_BEFALLING = frozenset(
    "been being counted reported recorded estimated confirmed registered listed cited given "
    "quoted known believed thought feared expected said seen mentioned aged".split()
)


# A small number in words, or any number with a word between it and a noun: sentences whose
# counts of things only the parse reads ("five farms are infected", "three infected farms").
_THINGS_IN_WORDS = re.compile(
    r"\b(?:" + "|".join(list(_SMALL)[2:]) + r")\s+[a-z]|\d\s+[a-z]+\s+[a-z]+s\b", re.I
)
_DESCRIBING_A_NAME = re.compile(r"\bwhich\s[^,.;]{0,30}\d")  # "which represents around 300 farms"


def _things_counted(text: str) -> list[tuple[re.Match[str], str, list[Token]]]:
    """The counts of things the parse finds (a number and the plural noun it counts), with the
    noun singular and what the words between them or its verb say of them, where the words
    after the number are not that noun: "three infected cattle farms", "five farms" ("two
    men" counts people, which the casualty figures read). The regular patterns still read
    "190 countries". A count in a clause that says who a name is ("an association which represents
    300 farms") is no figure of the event: it comes with no unit, to be passed over."""
    (doc,) = nlp.parse([text])
    found: list[tuple[re.Match[str], str, list[Token]]] = []
    for token in doc:
        noun = token.head
        if token.dep_ == "conj" and noun.dep_ == "nummod" and _negated_number(noun):
            noun = noun.head  # "not two but four papers": four papers
        elif token.dep_ != "nummod" or any(
            t.like_num or t.pos_ == "CCONJ" for t in doc[token.i + 1 : noun.i]
        ):
            continue  # not a count, or two numbers for one ("two or three farms")
        if (
            noun.tag_ != "NNS"
            or noun.i <= token.i
            or (token.lower_ not in _SMALL and not token.text[0].isdigit())
        ):
            continue
        describes = (  # "..., which represents 300 farms", not "which cancelled 120 flights"
            noun.head.dep_ == "relcl"
            and noun.head.tag_ in {"VBZ", "VBP"}
            and noun.head.head.pos_ in {"PROPN", "NOUN"}
        )
        if token.text[0].isdigit() and noun.i == token.i + 1 and not describes:
            continue  # the regular patterns read it
        word = noun.lower_
        if word in _NOT_UNITS or word in stop_words() or word in _MEASURE_UNITS:
            continue
        if counts_people(word) or word in _GENERIC_UNITS or _TIME_UNITS.fullmatch(word):
            continue
        if any(kind_of_word(w.lower_) for w in (noun.head, *noun.head.children)):
            continue  # "Five escapees were shot dead": people, whatever the noun
        if _COUNT_CONTESTED.fullmatch(noun.head.text):
            continue  # "two parties rejected the amendment": what they did, no count contested
        match = re.compile(
            rf"(?P<numeral>{re.escape(token.text)})\b[^.;:]*?\b{re.escape(noun.text)}\b"
        ).match(text, token.idx)
        if match is not None and describes:  # "..., which represents around 300 farms"
            found.append((match, "", []))
        elif match is not None:
            verb = noun.head
            if verb.dep_ in {"aux", "auxpass"}:  # the parse may hang the subject on "are"
                verb = verb.head
            said = (  # what the sentence says of them: "five farms are in fact infected"
                [verb, *(c for c in verb.children if c.dep_ == "acomp")]
                if noun.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "ADJ", "AUX"}
                else []
            )
            words = [  # the words between and what the sentence says of them
                t
                for t in (*doc[token.i + 1 : noun.i], *said)
                if t.is_alpha and not t.is_stop and t.pos_ in {"ADJ", "VERB", "NOUN"}
            ]
            found.append((match, word.removesuffix("s") if len(word) > 4 else word, words))
    return found


def _negated_number(number: Token) -> bool:
    """ "not two but four": the number the sentence sets aside for the one after it."""
    return any(child.dep_ == "neg" for child in number.children) and any(
        child.dep_ == "conj" and child.like_num for child in number.children
    )


_TIME_UNITS = re.compile(
    r"(?:second|minute|hour|day|night|week|month|year|decade|century|centurie|time|"
    r"round|term|occasion)s",
    re.I,
)


# One spelling of a unit, so that "cubic meters" and "cubic metres" are one quantity.
_METRIC_SPELLING = {"meters": "metres", "meter": "metres", "metre": "metres",
                    "kilometers": "kilometres"}  # fmt: skip


def _earlier_told(
    evidence: EvidenceSet, dated: list[DatedSentence], figures: Sequence[Figure] = ()
) -> Callable[[SentenceRef, int, int], bool]:
    """Whether the figure at [start, end) of a sentence tells of an earlier time than the event
    (`casualties.told_after`): "In August 2007, a magnitude 8.0 earthquake ...", or is a
    casualty figure the parse dated to one ("220 people died when the MV Nyerere capsized in
    September 2018")."""
    event = event_date(evidence, dated)
    times: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for entry in dated:
        times[entry.ref.source_id, entry.ref.start].append(entry.expression)
    background: dict[tuple[str, int], list[int]] = defaultdict(list)
    for figure in figures:
        if figure.background:
            background[figure.ref.source_id, figure.ref.start].append(figure.number_start)

    def earlier(ref: SentenceRef, start: int, end: int) -> bool:
        if any(start <= n < end for n in background.get((ref.source_id, ref.start), [])):
            return True
        found = times.get((ref.source_id, ref.start))
        if not event or not found:
            return False
        before = told_after(found, start, event)
        if before and _ANOTHER_THING_SAID.search(ref.text, before[0].end, start):
            before = []  # "says the wagon was inspected in September and that the derailment
            # was caused by ...": the date is of the clause before
        return bool(before or _a_year_after_it(ref.text, end, found, event))

    return earlier


# What opens a second thing said in one sentence, after a first one: "and that", "but that".
_ANOTHER_THING_SAID = re.compile(r"\b(?:and|but)\s+that\b|;", re.I)


def _a_year_after_it(text: str, end: int, expressions: Sequence[Any], event: date) -> bool:
    """Whether the clause of a figure goes on to a year before the event's: "seized a record 116
    tonnes of cocaine in the port of Antwerp in 2023" (not "7.4 tonnes, the largest since
    2020": a comma opens another clause)."""
    for expression in expressions:
        iso = expression.iso or ""
        if (
            expression.start >= end
            and iso[:4].isdigit()
            and int(iso[:4]) < event.year
            and not _CLAUSE_TURNS.search(text, end, expression.start)
        ):
            return True
    return False


# What ends a figure's clause before a date after it: a comma, a semicolon, a dash, "before".
_CLAUSE_TURNS = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:before|after|since|compared|than|and)\b")


# Words after a count's noun that say when or who, not what befell the things ("58 items last
# week", "118 patients since Monday", "9 controllers instead"); "out", "down", "off" do.
_NOT_A_STATE = frozenset(
    "last next this that these those since who which whose instead may might will would could "
    "should can each every per ago earlier later".split()
)


def _phrase_of(text: str, match: re.Match[str], key: str, opening: int | None = None) -> str:
    """The figure in its source's words, from `opening` (the match's start unless a share
    opens it: "about 22 million of its 45 million customers"). A distance or a reading is
    given with the words that say what it measures, on the side they are on: "villages within
    a 2-km radius", "within a radius of 5 km"; a count is its own phrase ("190 countries")."""
    if key.split()[0] not in _MEASURE_UNITS:
        befell = _BEFELL.match(text, match.end("unit")) if "unit" in match.groupdict() else None
        end = match.end()
        if match.groupdict().get("state") and match.group("state").lower() in _NOT_A_STATE:
            end = match.end("unit")  # "58 items last week": "last" says when, not what befell
        end = max(end, befell.end()) if befell else end  # "... truly waiting"
        start = match.start() if opening is None else opening
        return _DANGLING_END.sub("", clean_sentence(text[start:end]))
    end = match.end("unit") if "unit" in match.groupdict() else match.end()  # (given back)
    after = re.match(r"[\s\-]+[a-z]+", text[end:])
    if (
        after
        and text[match.start() : end].count("-")
        and after.group(0).strip() not in stop_words()
    ):
        end += after.end()  # "2-km radius"
    lead = re.findall(r"[\w’'\-]+\s+", text[max(0, match.start() - 40) : match.start()])[-4:]
    return clean_sentence("".join(lead) + text[match.start() : end])


# How long something lasted, or was shut: "closed to wide-body jets for nearly nine hours",
# "operations resumed after six hours", "the fighting did not last more than two hours". Read
# by words: a span is a figure of time after a word that says it is one ("for", "after",
# "lasted"), in a clause that says what was shut or went on.
DURATION_KEY = "duration"
_HOURS_IN = {"minute": 1 / 60, "min": 1 / 60, "hour": 1.0, "hr": 1.0, "day": 24.0,
             "week": 168.0, "month": 730.0}  # fmt: skip
_SPAN_WORD = r"(?:\d+(?:\.\d+)?|an?|half\s+an?|" + "|".join(list(_SMALL)[1:]) + r")"
# A shutdown named by its noun: "a stoppage of three hours" (not "a suspension of three
# hours", as often a penalty).
_SHUTDOWN_NOUN = r"stoppage|outage|shutdown|closure|blackout|disruption"
_SPAN = re.compile(
    r"\b(?P<before>for|after|lasted|lasting|last|spent|took|taking|estimates?\s+of|"
    rf"(?:{_SHUTDOWN_NOUN})\s+of)\s+"
    r"[\"“]?(?:only\s+|just\s+)?"  # (a quotation may open on it: spent "around 16 hours")
    r"(?P<qualifier>(?:no more than|not more than|no less than|at least|at most|more than|"
    r"less than|fewer than|over|under|nearly|almost|about|around|roughly|approximately|"
    r"up to|close to|just over|just under|little more than|a little over|well over|some)\s+)?"
    rf"(?P<numeral>(?P<low>{_SPAN_WORD})(?:\s*(?:to|-|–|or)\s*(?P<high>{_SPAN_WORD}))?"
    r"(?P<half>\s+and\s+a\s+half)?)\s+(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?)\b(?P<half_after>\s+and\s+a\s+half)?"
    # "three hours and 33 minutes", "3 hours 20 minutes": the minutes of an hours figure
    rf"(?:(?:,?\s+and\s+|\s+)(?P<minutes>{_SPAN_WORD})\s+minutes?\b"
    r"(?!\s+(?:later|earlier|after|before|ago)\b))?"
    r"(?!\s+of\s+[a-z])",  # (not "after 10 hours of talks": how long the talks went on)
    re.I,
)
# A shutdown's noun right before "lasted": "the shutdown lasted close to four hours", "described
# the outage as lasting less than three hours".
_SHUTDOWN_LASTED = re.compile(
    rf"\b(?:{_SHUTDOWN_NOUN}|suspension|halt)\s+(?:had\s+|has\s+|as\s+)?$", re.I
)
# Qualifiers of a span, in the words amounts_compatible reads.
_SPAN_QUALIFIERS = {
    "close to": "nearly", "just under": "nearly", "just over": "more than",
    "little more than": "more than", "a little over": "more than", "well over": "more than",
}  # fmt: skip
# What a span is the length of: a thing shut (or brought back after it), or a thing that went
# on (fighting, a search, thieves inside).
_SPAN_OF_A_SHUTDOWN = re.compile(
    r"\b(?:clos(?:ed|ure|ing)(?!\s+doors)|shut(?:ting|down)?|halt(?:ed)?|suspend(?:ed)?|stopp(?:ed)?|"
    r"blocked|offline|out\s+of\s+(?:action|service)|disrupted|interrupted|grounded|"
    r"paralys(?:ed|is)|resum(?:ed|e|es|ing)|reopen(?:ed|s|ing)?|restored|"
    r"stoppage|outage|blackout|disruption|suspension|fr(?:o|ee)ze|frozen|went\s+dark|"
    # (locked out of the service, not "of their email accounts", "of their homes": others)
    r"locked\s+out(?!\s+of\b))\b",
    re.I,
)
_SPAN_OF_WHAT_WENT_ON = re.compile(
    r"\b(?:last(?:ed|ing)?|went\s+on|go\s+on|continued|raged|inside|loose|at\s+large|"
    r"on\s+the\s+run|trapped|stranded)\b",
    re.I,
)
# Words of a clause that say the span is foreseen, not past: "expects the line to be shut for
# three to four weeks", "would remain closed for at least two weeks".
_FORESEEN = re.compile(
    r"\b(?:will|would|expects?|expected|could|may|might|likely|plans?|aims?|estimates?)\b",
    re.I,
)
# Disruption told of what people do, not the service shut: "disruption to their schooling",
# "disruption for six hours each morning".
_DISRUPTION_OF_OTHERS = re.compile(r"disruption\s+(?:to|of|in)\s+\w+", re.I)
_EVERY = re.compile(r"\s+(?:each|every|a)\s+(?:morning|day|night|evening|week|month)\b", re.I)
# A service out of use, which is shut: "the 112 number was completely unreachable", "the
# portal was unavailable", "unavailability of the network" (not "the spokesman was unavailable
# for comment", "insulin was unavailable", "the driver's phone was unreachable").
# (The service is what is said to be so, right before the verb, not inside a phrase: not "a
# number of villages were", "beds in the health system were", "the driver's mobile number".)
_OUT_OF_USE = re.compile(
    r"(?<![\w’'])(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!phone\s)(?<!mobile\s)(?<!cell\s)"
    r"(?:number|lines?|services?|systems?|networks?|website|portal|app|platform|register|registry|"
    r"servers?|internet|database|hotline|ATMs|(?:online\s+)?forms?)\s+(?:was|were|is|are|"
    r"has\s+been|had\s+been|have\s+been|remained|stayed)\s+"
    r"(?:(?:completely|totally|entirely|fully|partly|largely|mostly)\s+)?"
    r"(?:unavailable|unreachable|inoperative)\b(?!\s+for\s+comment)"
    r"|\bunavailability\s+of\s+(?:the\s+)?[\w\-]+\s+(?:number|lines?|services?|systems?|networks?)\b",
    re.I,
)
# After a span, words that make it how long help took to come: "took 40 minutes to arrive",
# "took 40 minutes for the ambulance to arrive" (not "took six hours to come back", "took two
# days to reach a deal"); and who the help was, said before it or in its "for ...".
_TO_ARRIVE = re.compile(
    r"^\s+(?:for\s+(?P<helper>(?:[\w\-]+\s+){1,3}?))?to\s+(?:arrive|reach\s+(?:the\s+)?"
    r"(?:scene|site|street|house|building|village|them|him|her)|respond(?:\s+to\s+(?:the|a|an)\s+"
    r"(?:call|calls|emergency|alarm|scene))?(?=\s*[,.;]|\s+(?:to|at|in)\s+(?:the|a)\s+"
    r"(?:call|calls|emergency|alarm|scene))|get\s+there)\b",
    re.I,
)
# Help by who brings it: two waits of one kind of help are two voices' figures of one wait (an
# ambulance and "the first crew"), a fire engine's and an ambulance's are two waits. (Fire
# before the rest: "fire crews" are the fire brigade's.)
_HELP = {
    "fire": re.compile(
        r"\b(?:firefighters|firefighting\s+crews?|fire\s*(?:engines?|brigade|crews?|service|trucks?|"
        r"fighters|officers))\b",
        re.I,
    ),
    "help": re.compile(
        r"\b(?:ambulances?(?:\s+officers)?|paramedics|medics|doctors?|rescuers|rescue\s+(?:teams?|"
        r"workers|crews?)|(?:first|medical|emergency|rescue|its|the)\s+(?:crews?|teams?)|help|"
        r"emergency\s+services|coast\s*guard)\b",
        re.I,
    ),
    "police": re.compile(r"\b(?:police|officers)\b", re.I),
}
# How far back in its clause the word of what was shut or went on may be.
SPAN_ACT_CHARS = 90
# Two spans further apart than this are of two things, not two voices' figures of one.
MAX_SPAN_RATIO = 4


# Words that set one span against another's: "That contradicts ...", "insists on", "rejected
# the government's claim", "stood by its own estimate".
_SPAN_CONTESTED = re.compile(
    r"\b(?:contradict\w*|disput\w*|insist\w*|maintain(?:s|ed)\s+that|reject\w*|den(?:y|ies|ied)|claim\w*|"
    r"stood\s+by|stands\s+by|longer\s+than|shorter\s+than|more\s+realistic|"
    r"does\s+not\s+believe|not\s+true|wrong)\b",
    re.I,
)


def _spans_set_against(first: Quantity, second: Quantity) -> bool:
    """Whether two spans of one kind are set against each other, not two closures of one
    event ("the motorway was closed for eight hours", "the line for a day"): two named voices
    of one report, or words of contest by either."""
    if first.voice and second.voice and _same_voice(first.voice, second.voice):
        return False  # one voice's two spans are of two things, or a span moving on
    if first.ref.source_id == second.ref.source_id and first.voice and second.voice:
        return True
    return any(_SPAN_CONTESTED.search(q.ref.text) for q in (first, second))


def _help_awaited(clause: str, after: str, before: str) -> str | None:
    """Which help a span says took that long to come ("the ambulance took 40 minutes to
    arrive", "took 40 minutes for the first fire engine to reach the street"): "fire",
    "police" or "help" (an ambulance, medics, rescuers), None when it is no such wait."""
    arriving = _TO_ARRIVE.match(after)
    if arriving is None or before.lower() not in {"took", "taking"}:
        return None
    # who took that long is named right before "took" (not "Police said the gas company took")
    told = arriving.group("helper") or " ".join(clause.split()[-4:])
    return next((kind for kind, helper in _HELP.items() if helper.search(told)), None)


def find_spans(ref: SentenceRef) -> list[Quantity]:
    """The spans of time a sentence gives for what was shut or went on, each keyed by which
    (`DURATION_KEY` "shut" or "on", and "foreseen" when the clause looks ahead), its value in
    hours: figures to set against each other, in any unit, with their qualifiers and ranges
    ("close to nine hours", "three to four weeks"). (`dates.find_durations` reads the days an
    event lasted, for its timeline.)"""
    text = ref.text
    found: list[Quantity] = []
    for match in _SPAN.finditer(text):
        if match.group("before").lower() == "last" and re.search(
            r"\b(?:the|past|next)\s+$", text[: match.start()], re.I
        ):
            continue  # "in the last 24 hours": a window, not a span
        clause_start = max(
            text.rfind(mark, 0, match.start()) for mark in (";", ":", ". ", " - ", " — ")
        )
        clause = text[max(clause_start + 1, match.start() - SPAN_ACT_CHARS) : match.start()]
        if _EVERY.match(text, match.end()):
            continue  # "disruption for six hours each morning": a habit, no span of the event
        acts = [
            (act.start(), family)
            for pattern, family in ((_SPAN_OF_A_SHUTDOWN, "shut"), (_SPAN_OF_WHAT_WENT_ON, "on"))
            for act in pattern.finditer(clause + " " + match.group("before"))
            # ("children faced disruption to their schooling": not what was shut)
            if not _DISRUPTION_OF_OTHERS.match(clause, act.start())
        ] + [(act.start(), "shut") for act in _OUT_OF_USE.finditer(clause)]
        helper = _help_awaited(clause, text[match.end() :], match.group("before"))
        if not acts and helper is None:
            continue
        # the nearest word says what the span is of; "lasted" right after a shutdown's noun
        # is that shutdown's span ("the shutdown lasted close to four hours"), not what went on;
        # help that "took more than an hour to arrive" is how long it took, not how long it
        # was shut
        family = f"wait {helper}" if helper is not None else max(acts)[1]
        if match.group("before").lower().startswith("last") and _SHUTDOWN_LASTED.search(
            text[: match.start()]
        ):
            family = "shut"
        low = numeral_value(match.group("low"))
        high = numeral_value(match.group("high")) if match.group("high") else None
        if low is None:
            continue
        half = 0.5 if match.group("half") or match.group("half_after") else 0.0
        unit = match.group("unit").lower().rstrip("s")
        hours = _HOURS_IN[unit] * ((low + high) / 2 if high is not None else low + half)
        minutes = numeral_value(match.group("minutes")) if match.group("minutes") else None
        if minutes is not None and unit in {"hour", "hr"} and high is None and not half:
            hours += minutes / 60
        written = (match.group("qualifier") or "").strip().lower()
        if written == "more than" and re.search(r"\bnot\s+$", text[: match.start()], re.I):
            written = "no more than"  # "did not last more than two hours"
        qualifier = "about" if high is not None else _SPAN_QUALIFIERS.get(written, written or None)
        foreseen = _FORESEEN.search(f"{clause} {match.group('before')}") is not None
        key = f"{DURATION_KEY} {family}{' foreseen' if foreseen else ''}"
        opening = max(clause_start + 1, match.start() - SPAN_ACT_CHARS)
        act_at = opening + max(acts)[0] if acts else match.start()
        if helper is not None:  # shown from who took so long: "help took more than an hour"
            named = re.search(r"(?:[\w’'\-]+\s+){0,2}$", clause)
            act_at = opening + named.start() if named else match.start()
        start = min(act_at, match.start())
        found.append(
            Quantity(
                key=key,
                value=hours,
                qualifier=qualifier,
                phrase=text[start : match.end()],
                amount=("no more than " if written == "no more than" else "")
                + text[
                    match.start("qualifier")
                    if match.group("qualifier") and written != "no more than"
                    else match.start("numeral") : match.end()
                ],
                voice=voice_before(text, match.start()),
                ref=ref,
                start=match.start("numeral"),
                end=match.end(),
                unit=unit,
                numeral=match.span("numeral"),
            )
        )
    return found


def _quantity_disputes(
    evidence: EvidenceSet, earlier: Callable[[SentenceRef, int, int], bool]
) -> list[Dispute]:
    by_key: dict[str, list[Quantity]] = defaultdict(list)
    texts = {article.id: article.text for article in evidence.articles}
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        for ref in item.members:
            before = texts.get(ref.source_id, "")[
                max(0, ref.start - CURRENCY_BEFORE_CHARS) : ref.start
            ]
            just_before = _figures_just_before(evidence, ref)
            for quantity in find_quantities(ref, before, just_before) + find_spans(ref):
                if earlier(ref, quantity.start, quantity.end):
                    continue  # an earlier event's: no side
                by_key[quantity.key].append(quantity)
    _worth_as_the_one_sum(by_key)
    _one_thing_in_two_words(by_key)
    for key, quantities in by_key.items():
        by_key[key] = _ranges_as_one(quantities)
    disputes: list[Dispute] = []
    speakers = QuoteSpeakers(evidence)  # (built once: it indexes every sentence)
    _one_count_in_two_words(evidence, by_key, speakers)
    for key, quantities in by_key.items():
        if len({q.value for q in quantities}) < 2:
            continue
        quantities = _voiced_by_the_parse(evidence, quantities, speakers)
        # Two figures of one unit in one sentence are two things ("395,000 euro ... 150,000
        # euro"), not one thing twice: such sentences are left out.
        # Unless the sentence sets one against the other: "within a 2-km radius, while the
        # fire officer said residents up to 5 km away were moved".
        per_sentence: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
        for quantity in quantities:
            per_sentence[quantity.ref.source_id, quantity.ref.start].append(quantity)
        kept = [
            q
            for q in quantities
            if len(per_sentence[q.ref.source_id, q.ref.start]) == 1
            or (
                key not in _READING_UNITS
                and (
                    _set_against(together := per_sentence[q.ref.source_id, q.ref.start])
                    or (len(together) == 2 and _set_against_in_like_words(*together))
                )
            )
        ]
        if len({q.value for q in kept}) < 2:
            continue
        disputes += _quantity_dispute(evidence, key, kept[:MAX_CANDIDATES])
    return disputes


# How many times the other a rival's bare figure may be and still be of the same thing.
GIVEN_BACK_MAX_RATIO = 10


def _of_one_order(one: float, other: float) -> bool:
    return min(one, other) > 0 and max(one, other) <= GIVEN_BACK_MAX_RATIO * min(one, other)


def _figures_just_before(evidence: EvidenceSet, ref: SentenceRef) -> list[Quantity]:
    """The figures of the sentence before `ref` in its article, when it opens on a rival
    answering them with a bare number ("The NVSC says 7.9.")."""
    if not _COUNT_GIVEN_BACK_NEXT.match(ref.text) and not _STATE_GIVEN_BACK_NEXT.match(ref.text):
        return []
    previous = next(
        (r for r in evidence.sentences(ref.source_id) if r.position == ref.position - 1), None
    )
    if previous is None:
        return []
    figures = find_quantities(previous, "", _figures_just_before(evidence, previous))
    # one figure, its voice's, the only number the sentence gives (not "the quake had a
    # magnitude of 6.1 at a depth of 10 kilometres", nor "the rally filled 2 kilometres")
    if (
        len(figures) != 1
        or not figures[0].voice
        or len(
            _numbers_not_dates(
                _RAISED_FROM.sub("", previous.text), evidence.article(ref.source_id).published
            )
        )
        > 1
        or figures[0].key.split()[0] in _LENGTH_UNITS  # (a rival's depth gives its unit)
    ):
        return []
    return figures


# The figure a voice's own figure moved on from, told beside it: "a figure it raised from
# 180,000 the following morning", "up from 12" (the same figure's past, no second number).
_RAISED_FROM = re.compile(
    r"\b(?:up|down|raised|revised|lowered|increased|cut|reduced)\s+(?:\w+\s+)?from\s+"
    r"(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|initial\s+|first\s+)?\d[\d,.]*",
    re.I,
)

_A_NUMBER = re.compile(r"\d[\d,.]*")


def _numbers_not_dates(text: str, published: str | None) -> list[re.Match[str]]:
    """The numbers of a text outside its dates and times: "all 11,200 doses shipped from Oct. 6"
    gives one figure. (A day of a month is found only with a day to read it from: the day the
    report was published.)"""
    day = date.fromisoformat(published) if published else None
    times = [(t.start, t.end) for t in find_time_expressions(text, day)]
    return [m for m in _A_NUMBER.finditer(text) if not any(a <= m.start() < b for a, b in times)]


def _one_count_in_two_words(
    evidence: EvidenceSet, by_key: dict[str, list[Quantity]], speakers: QuoteSpeakers
) -> None:
    """Two counts of things in one sentence, one set against the other as its rival by two
    voices, count one thing in two words: "63 e-services had been out of action, against the 27
    systems counted by RIA". The rarer word's counts join the other's, so that the two sides
    meet (not "12 fire engines were sent, while police said 40 patrol cars were deployed": a
    "while" sets two things side by side as often as two figures of one)."""
    per_sentence: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for key, quantities in by_key.items():
        for quantity in quantities:
            if quantity.unit == key and not counts_people(f"{key}s"):
                per_sentence[quantity.ref.source_id, quantity.ref.start].append(quantity)
    for pair in per_sentence.values():
        keys = {quantity.key for quantity in pair}
        if len(pair) != 2 or len(keys) != 2 or not keys <= by_key.keys():
            continue
        first, second = sorted(pair, key=lambda quantity: quantity.start)
        if not _RIVAL_FIGURE.search(first.ref.text[first.end : second.start]):
            continue  # ("12 fire engines were sent, while police said 40 patrol cars ...")
        first, second = _voiced_by_the_parse(evidence, pair, speakers)
        if not first.voice or not second.voice or _same_voice(first.voice, second.voice):
            continue
        keep, drop = sorted(keys, key=lambda key: (-len(by_key[key]), key))
        by_key[keep] += [replace(quantity, key=keep) for quantity in by_key.pop(drop)]


# Words that set a figure against another as its rival: "63 e-services ..., against the 27
# systems counted by RIA", "compared with", "versus".
_RIVAL_FIGURE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|as\s+opposed\s+to|rather\s+than)\b", re.I
)


# The smallest figure that tells two words are one thing when both give it: small ones
# coincide ("12 flights cancelled", "12 trains cancelled").
ONE_THING_MIN_VALUE = 100


# Words before a figure that make it the whole some of the things are taken from: "of the
# 182,000 salmon", "out of 182,000", "a pen holding 182,000 salmon", "the pen held about",
# "the bank, which has about 260,000 customers".
_A_WHOLE_BEFORE = re.compile(
    r"\b(?:of\s+(?:the|its|their|all)|out\s+of|(?:holding|held|holds|containing|contained|"
    r"contains|stocked\s+with|has|have|had|with)"
    r"(?:\s+(?:about|some|around|roughly|nearly|almost|more\s+than|over))?)"
    r"\s+$",
    re.I,
)


_A_CONTRAST = re.compile(r"\b(?:while|whereas|but|against)\b", re.I)


def _set_against_each_other(first: Quantity, second: Quantity) -> bool:
    """Whether two counts are set against each other: in one sentence across a "while" or
    "but", or one of them told as contesting another's ("TotalEnergies said only 1,100 workers
    walked out, fewer than a third of the union's figure", "only 60 ships were waiting,
    rejecting the shipping agents' figure"), in its own clause (not "... 41,300 escaped fish;
    TVF maintains that at least 70,000 ...": the contest is the other clause's)."""
    if first.ref is second.ref or (
        (first.ref.source_id, first.ref.start) == (second.ref.source_id, second.ref.start)
    ):
        earlier, later = sorted((first, second), key=lambda q: q.start)
        return _A_CONTRAST.search(later.ref.text[earlier.end : later.start]) is not None
    return any(_contests_another(quantity) for quantity in (first, second))


def _contests_another(quantity: Quantity) -> bool:
    text = quantity.ref.text
    opens = text.rfind(";", 0, quantity.start) + 1
    closes = text.find(";", quantity.end)
    clause = text[opens : closes if closes >= 0 else len(text)]
    return (
        _COUNT_CONTESTED.search(clause) is not None
        or _ANOTHERS_FIGURE.search(clause) is not None
        or _ONLY_BEFORE.search(text[opens : quantity.numeral[0]]) is not None
    )


# Another's count named in a count's clause: "the union's figure", "the agents' estimate".
_ANOTHERS_FIGURE = re.compile(
    r"\b[\w’'\-]+(?:['’]s|s['’])\s+(?:own\s+)?(?:figure|count|estimate|tally|number)s?\b"
)
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:about\s+|some\s+|around\s+)?$", re.I)


_HOLDING_VERBS = frozenset({"has", "have", "had", "holds", "held", "contains", "contained"})


def _holder(quantity: Quantity) -> str | None:
    """Who or what a count is told as held by, by name: "The ICU had 14 beds" -> "icu" (None
    when the count is not told as held, or the holder is no proper name: "the plane" and "the
    Boeing" may be one)."""
    if not _told_as_a_whole(quantity):
        return None
    (doc,) = nlp.parse([quantity.ref.text])
    number = next((t for t in doc if t.idx >= quantity.numeral[0]), None)
    verb = number
    for _ in range(3):  # the number, its noun, the verb
        if verb is None or verb.lower_ in _HOLDING_VERBS:
            break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or verb.lower_ not in _HOLDING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None  # ("the aircraft had 92 on board", "the Boeing had 86": one thing)
    return subject.lower_


# Whom the things counted are for, named right after them: "240 ballots cast for Deva", "68
# valid votes of the UD candidate" (a proper name or a party's candidate).
_FOR_WHOM_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:for|of)\s+(?:the\s+)?(?P<whom>[A-Z][\w\-’']*)"
)


def _for_whom(quantity: Quantity) -> str | None:
    """Whom a count is of or for, by name ("240 ballots cast for Deva" -> "deva"); None when
    the words after it name no one."""
    named = _FOR_WHOM_AFTER.match(quantity.ref.text, quantity.end)
    return fold(named.group("whom")) if named is not None else None


def _words_before(quantity: Quantity) -> str:
    """The words of a count's sentence before its number."""
    return quantity.ref.text[: quantity.numeral[0]]


# A person's own count, some of which something befell: "164 of his 171 candidates" (not
# "his 23 crew members were rescued", which may be all of them, nor "villagers told her 300").
_ONES_OWN_BEFORE = re.compile(r"\bof\s+(?:his|her|my)\s+$", re.I)


def _ones_own(quantity: Quantity) -> bool:
    """Whether a count is told as one person's own whole, a part of it told before ("164 of
    his 171 candidates"): that person's share of the things counted, never the count of them
    all."""
    return _ONES_OWN_BEFORE.search(_words_before(quantity)) is not None


# A lot of things told as one more beside the first: "a replacement shipment of 25,000 doses",
# "another batch of 400" (not "a new toll of 25", "a revised estimate of 3,000": the one count
# told again; nor "a fresh, new, second or further shipment of 50,000 doses": the one other
# reports count, as one wire sees it; nor "another analysis of 180 flights": a count).
_ANOTHER_LOT_BEFORE = re.compile(
    r"\b(?:an?\s+(?:replacement|separate)|another)\s+(?!(?:toll|figure|count|tally|total|"
    r"estimate|number|balance|reading|record|assessment|calculation|report|bulletin|analysis|"
    r"survey|census|audit|headcount|inventory|study|review|list)s?\b)[a-z\-]+\s+of\s+"
    r"(?:about\s+|some\s+)?$",
    re.I,
)


def _another_lot(quantity: Quantity) -> bool:
    return _ANOTHER_LOT_BEFORE.search(_words_before(quantity)) is not None


# A count told as all a body has, now: "The school has about 540 boarding pupils", "the bank,
# which has 260,000 customers" (not "the rally had 10,000 participants": a count of the day;
# nor a voice's own count, "says it has 14 elephants", "We have 84 patients admitted").
_A_STANDING_WHOLE_BEFORE = re.compile(
    r"(?<!\bit\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bI\s)"
    r"\b(?:has|have|holds|contains|employs|enrols|enrolls)"
    r"(?:\s+(?:about|some|around|roughly|nearly|almost|more\s+than|over))?\s+$",
    re.I,
)


def _a_standing_whole(quantity: Quantity) -> bool:
    """Whether a count is all a body has (`_A_STANDING_WHOLE_BEFORE`), with nothing told of
    them ("84 patients admitted" is a count of the day)."""
    return (
        not quantity.states and _A_STANDING_WHOLE_BEFORE.search(_words_before(quantity)) is not None
    )


def _told_as_a_whole(quantity: Quantity) -> bool:
    return _A_WHOLE_BEFORE.search(_words_before(quantity)) is not None


def _one_thing_in_two_words(by_key: dict[str, list[Quantity]]) -> None:
    """Two words the cluster uses for one thing, shown by one figure given in both with the
    same thing befalling it ("41,300 salmon escaped", "41,300 fish escaped"): their counts
    are of one thing ("at least 70,000 fish had escaped" is a rival of the salmon's count)."""
    for key in sorted(by_key, key=lambda k: (-len(by_key[k]), k)):
        if key not in by_key:
            continue
        told: dict[tuple[float, str], set[str]] = defaultdict(set)  # -> the reports that say it
        for q in by_key[key]:
            for state in q.states:
                if q.value >= ONE_THING_MIN_VALUE:
                    told[q.value, state].add(q.ref.source_id)
        if not told:
            continue
        for other in [k for k in by_key if k != key]:
            said = [
                told[q.value, state]
                for q in by_key[other]
                for state in q.states
                if (q.value, state) in told
            ]
            # in other reports only: one report's "120 flights were cancelled" and "120 trains
            # were cancelled" are two things that happen to share a figure
            if said and not any(
                q.ref.source_id in told.get((q.value, state), set())
                for q in by_key[other]
                for state in q.states
            ):
                by_key[key] += [replace(q, key=key) for q in by_key.pop(other)]


# Words that join the two ends of a range: "between $12 million and $15 million", "$12 million
# to $15 million", "40-50" (not "from 12 to 15", "rose by 3 to 15", "increased $5 million to $9
# million": changes).
_RANGE_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*")
_RANGE_OPENS = re.compile(r"\bbetween\s+$", re.I)
_CHANGE_OPENS = re.compile(
    r"\b(?:from|by|(?:rose|risen|rises|rising|fell|fallen|falls|increased|increases|decreased|"
    r"dropped|climbed|jumped|grew|grown|raised|lowered|revised|reduced|cut|up|down))\s+$",
    re.I,
)


def _ranges_as_one(quantities: list[Quantity]) -> list[Quantity]:
    """Two figures of one thing in one sentence that are the ends of one range are one figure,
    its low end with the top as `high`: a voice's "between $12 million and $15 million" is one
    estimate, not two sums set side by side."""
    out: list[Quantity] = []
    for quantity in quantities:  # (a sentence's figures come together, leftmost first)
        low = out[-1] if out else None
        opens = _range_opening(low, quantity) if low is not None else None
        if low is None or opens is None:
            out.append(quantity)
            continue
        written = quantity.ref.text[opens : quantity.end]
        out[-1] = replace(
            low,
            high=quantity.value,
            amount=written,
            # (a phrase that is the figure alone grows to the range: "$12 million")
            phrase=written if low.phrase in low.ref.text[low.start : low.end] else low.phrase,
            end=quantity.end,
        )
    return out


def _range_opening(low: Quantity, high: Quantity) -> int | None:
    """Where the range two figures of one sentence make begins, or None where they make none."""
    text = low.ref.text
    if (
        low.ref is not high.ref
        or low.high is not None
        or low.qualifier is not None
        or low.value >= high.value
        or not _RANGE_JOIN.fullmatch(text[low.end : high.start])
    ):
        return None
    before = text[max(0, low.start - 16) : low.start]
    if text[low.end : high.start].strip() == "and":
        between = _RANGE_OPENS.search(before)
        return low.start - len(between.group(0)) if between else None
    return None if _CHANGE_OPENS.search(before) else low.start


def quantities_compatible(first: Quantity, second: Quantity) -> bool:
    """`amounts_compatible` for two figures of a thing, a range holding with any figure it
    spans or meets at an end."""
    if first.high is None and second.high is None:
        return amounts_compatible(first.value, first.qualifier, second.value, second.qualifier)
    lower, upper = sorted((first, second), key=lambda q: q.value)
    top = lower.high if lower.high is not None else lower.value
    return upper.value <= top or amounts_compatible(
        top,
        lower.qualifier if lower.high is None else None,
        upper.value,
        upper.qualifier if upper.high is None else None,
    )


def _worth_as_the_one_sum(by_key: dict[str, list[Quantity]]) -> None:
    """Sums said only to be what something is worth ("insured for 4.5 million euros") are of
    the one other kind of sum in that currency, where the cluster has one ("valued the jewels
    stolen at 12 million euros" is what was taken): one thing, valued by two voices."""
    for key in [k for k in by_key if k.startswith(f"{MONEY_KEY} {WORTH} ")]:
        currency = key.split(maxsplit=2)[2]
        others = [
            k
            for k in by_key
            if k.startswith(f"{MONEY_KEY} ") and k != key and k.split(maxsplit=2)[2] == currency
        ]
        if len(others) == 1:
            by_key[others[0]] += [replace(q, key=others[0]) for q in by_key.pop(key)]


def _voiced_by_the_parse(
    evidence: EvidenceSet, quantities: list[Quantity], speakers: QuoteSpeakers
) -> list[Quantity]:
    """The figures of one thing, each with the voice the parse hangs it from
    (`casualties.figure_voice`), where it finds one: the words' last "X said" before a figure
    may be another's ("about 62,000 hectares, the FAO said, well above the government's
    estimate of 38,700"). Else the words' voice, or the body "it" stands for."""
    texts = list(dict.fromkeys(q.ref.text for q in quantities))
    docs = dict(zip(texts, nlp.parse(texts), strict=True))
    voiced = []
    for quantity in quantities:
        voice = figure_voice(docs[quantity.ref.text], *quantity.numeral)
        if voice is not None and _in_the_dateline(quantity.ref.text, voice):
            voice = _voice_after_the_dateline(quantity)  # "ZURICH (AP) - The Federal ..."
        if voice is not None and _OWNED.match(voice):
            voice = _named_after_its_owner(voice, quantity.ref.text)
        number = quantity.ref.text[quantity.numeral[0] : quantity.numeral[1]]
        if (
            voice is None
            or number in voice  # "the police ... says nine": the parse reads "nine" as its own
            or _gapped_voice(quantity.ref.text[: quantity.start]) is not None
            or _OWNED.match(voice)  # "Its turnstile count showed ten": whose is told before
            or (quantity.voice and _names_it_in_full(voice, quantity.voice, quantity.ref.text))
            or _a_later_clause_s(quantity, voice)
            or _a_figure_not_a_voice(voice)
        ):
            voice = quantity.voice
        if voice is None:  # "It says no more than 64 ships ...": the body named before
            voice = _named_before_it(evidence, quantity)
        if voice is None:  # quoted words, their speaker named before or after
            voice = speakers.of(quantity.ref) or speakers.going_on(quantity.ref)
        if (
            voice is None
            and (said := _SAID_BY_HIM_OR_HER.search(quantity.ref.text[: quantity.start]))
            and not any(
                word[:1].isupper() for word in quantity.ref.text[: said.start()].split()[1:]
            )
        ):
            voice = speakers.named_before(quantity.ref, said.group(1))  # "Aoife Kells said
            # both were understating it. ..., she said as many as 400,000 were affected" (not
            # "Ms Lopes later revised her account; she said": whom her own sentence names)
        voiced.append(replace(quantity, voice=voice))
    return voiced


# A figure given by "he" or "she": whoever the sentence before names saying.
_SAID_BY_HIM_OR_HER = re.compile(
    r"(?:^|[,;]\s+)(he|she)\s+(?:also\s+|later\s+)?(?:said|says|told|added|estimated)\b"
    r"(?:(?!\b(?:said|says|told)\b)[^;])*$",  # (no one else's saying after it)
    re.I,
)


# Words that open a clause, not a name: "Contrary to what the company says", "Although the
# airport says".
_OPENS_A_CLAUSE = re.compile(
    r"(?:contrary|although|though|while|whereas|unlike|despite|as|if|when|because|after)\b", re.I
)


def _a_later_clause_s(quantity: Quantity, parsed: str) -> bool:
    """Whether the parse's voice of a figure is named only after it, in a later clause, where
    the words name one before it: "The NCCR counts 640 flooded households, district
    commissioner Ferdinand Albina says 1,100" (the parse hangs the first clause from the
    second's "says"; the 640 is the NCCR's)."""
    written = quantity.voice
    if not written or _same_voice(written, parsed) or _OPENS_A_CLAUSE.match(written):
        return False
    text, (start, end) = quantity.ref.text, quantity.numeral
    later_says = re.search(  # (not "the 27 systems counted by RIA": an agent, no clause)
        rf"[,;]\s+(?:and\s+|while\s+|but\s+)?[^,;]*?{re.escape(parsed)}\s+"
        rf"(?:(?:also|still|now)\s+)?{_SAY}\b",
        text[end:],
    )
    return written in text[:start] and parsed not in text[:start] and later_says is not None


def _in_the_dateline(text: str, voice: str) -> bool:
    line = dateline(text)
    return line is not None and voice in text[: line.end()]


def _voice_after_the_dateline(quantity: Quantity) -> str | None:
    """The parse's voice of a figure whose sentence the parse hangs from its dateline
    ("ZURICH (AP) - The Federal Transport Office ... stood by its own estimate of ..."): read
    again without it."""
    line = dateline(quantity.ref.text)
    if line is None:
        return None
    (doc,) = nlp.parse([quantity.ref.text[line.end() :]])
    start, end = quantity.numeral
    return figure_voice(doc, start - line.end(), end - line.end())


def _names_it_in_full(parsed: str, written: str, text: str) -> bool:
    """Whether the voice the sentence's words give names the parse's voice in full: "Amnesty
    International - Kenya" of "Kenya" (a dash the parser cuts at), "Riverline Navigation" of
    "The operator, Riverline Navigation, said"."""
    if written != parsed and written.endswith(" " + parsed):
        # words of a name before it, not "more than double" of "more than double Tamarack
        # Ridge's revised estimate"
        return not re.search(r"\b(?!(?:of|for|and|de|the)\b)[a-z]", written[: -len(parsed)])
    apposed = rf"\b{re.escape(parsed)}\s*,\s+(?:the\s+)?{re.escape(written)}\s*,"
    return re.search(apposed, text) is not None


# A figure given by "it" or "they", or as "its estimate": the voice is named before.
_GIVEN_BY_A_PRONOUN = re.compile(
    r"(?:^|[,;]\s+)(?:it|they)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:says|said|say|estimates?|estimated|puts?|insists?|maintains?|counts?)\b"
    r"|^(?:its|their)\s+(?:\w+\s+)?(?:estimate|figure|count|tally|number)\b",
    re.I,
)
# A figure the sentence's own subject gives by a pronoun: "KNEC released corrected results
# for what it says were 4,812 candidates".
_WHAT_IT_SAYS = re.compile(r"\bwhat\s+(?:it|they)\s+(?:says|said|say)\s+(?:were|was|are|is)\s+")
# The name a sentence opens with, as its subject: "The Kenya National Examinations Council
# (KNEC) released ...".
_OPENS_WITH_A_NAME = re.compile(
    r"^(?:The\s+)?(?!The\b)(?P<who>[A-Z]{2,}\b|[A-Z][\w&’'\-]*"
    r"(?:\s+(?:of|for|de|and|\([A-Z]+\)|[A-Z][\w&’'\-]*))+)"
    r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|s)\b"
)
# The body a sentence opens with, named: "The Belgian Transport Union (BTB) rejects both
# numbers", "Port of Antwerp-Bruges said this week ...".
_NAMED_OPENING = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w&’'\-]*(?:\s+(?:of|for|de|and|\([A-Z]+\)|[A-Z][\w&’'\-]*))*)"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|this\s+week\s+)*"
    r"(?:says|said|told|puts?|estimate[sd]?|reports?|reported|rejects?|rejected|disputes?|"
    r"disputed|counts?|counted|insists?|insisted|maintains?|maintained|argues|argued|"
    r"(?:never|not)\s+accepted|contests?|contested|challenges|challenged)\b"
    # or a body named by what it is, when it says: "The port authority said this week"
    r"|^The\s+(?P<body>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:has\s+|had\s+|also\s+)*"
    r"(?:said|says|told|estimated|estimates|reported|reports)\b"
)
# How many sentences back a pronoun's body may be named.
PRONOUN_REACH = 3


def _named_before_it(evidence: EvidenceSet, quantity: Quantity) -> str | None:
    """Who "it" is when a figure is given by a pronoun: the body the nearest sentence before
    opens with, in the same report ("The Belgian Transport Union (BTB) rejects both numbers.
    It says no more than 64 ships were ever waiting")."""
    text = quantity.ref.text
    if _WHAT_IT_SAYS.search(text[: quantity.start]):
        filed = dateline(text)
        opening = _OPENS_WITH_A_NAME.match(text[filed.end() if filed else 0 :].lstrip())
        return opening.group("who") if opening is not None else None
    if not _GIVEN_BY_A_PRONOUN.search(text[: quantity.start]):
        return None
    before = evidence.article(quantity.ref.source_id).text[: quantity.ref.start]
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", before.strip())[-PRONOUN_REACH:]):
        filed = dateline(sentence)  # "GDANSK - The port authority said ..."
        named = _NAMED_OPENING.match(sentence[filed.end() if filed else 0 :].lstrip())
        if named is not None:
            return named.group("who") or named.group("body")
        if not re.match(r"(?:At\s+[^,]+,\s+)?(?:it|its|they|their)\b", sentence, re.I):
            return None  # someone else spoke in between
    return None


# A sentence that sets a count against another: the parse reads counts of things ("five
# farms", "three infected farms") only in such a sentence.
_COUNT_CONTESTED = re.compile(
    r"\b(?:disput\w*|contest\w*|not\s+true|untrue|false|wrong|in\s+fact|actually|insist\w*|"
    r"maintain\w*|reject\w*|den(?:y|ies|ied)|contrary|rather\s+than|not\s+\w+\s+but|"
    r"understat\w*|overstat\w*|underestimat\w*|official\s+(?:tally|count|figure|number))\b",
    re.I,
)
# The words a voice calls its count by: "that figure", "puts the number at", "their tally".
_FIGURE_WORD = r"(?:figure|number|count|estimate|tally)"
# A figure that answers the one the sentence before gives: "has put that figure at", "say
# the real figure is far higher".
_THAT_FIGURE = re.compile(
    rf"\b(?:that|this|the\s+(?:real|true|actual))\s+{_FIGURE_WORD}\b"
    r"(?P<between>[^.;]{0,60})$",
    re.I,
)
# A voice putting its own figure on the thing, or on what it is worth: "The FAO puts the
# figure at", "The museum puts their market value at", "has now put the market value of the
# stolen coins at" (what is counted is not named again: "puts the total number of damaged
# homes at 900" may count other homes than the destroyed ones before it).
_PUTS_THE_FIGURE = re.compile(
    r"\b(?:puts?|putting|places?|placing)\s+(?:the|its|their)\s+(?:[a-z\-]+\s+)?"
    rf"(?:{_FIGURE_WORD}\s+|(?:value|worth|cost)\s+"
    r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+)?)"
    r"(?:at|closer\s+to|nearer)\s+[^.;]{0,20}$",
    re.I,
)


def _told_whole(quantity: Quantity) -> bool:
    """A count of the things as a whole: no words narrow it after its noun ("120 cancelled
    flights on its own network", "1,500 contract workers among the strikers", "150 buildings
    in the city centre that must be demolished") nor before it ("contract workers")."""
    end = _end_of_its_noun(quantity)
    return (
        not quantity.kinds
        and end is not None
        and _ENDS_THE_COUNT.match(quantity.ref.text, end) is not None
    )


def _end_of_its_noun(quantity: Quantity) -> int | None:
    """Where the noun a count counts ends, right after its number and a word at most ("263
    clustered precincts"), or None."""
    noun = re.compile(rf"\s+(?:[\w\-]+\s+)?{re.escape(quantity.unit)}\w*", re.I)
    told = noun.match(quantity.ref.text, quantity.numeral[1])
    return told.end() if told is not None else None


# What may follow a count of things as a whole: a state ("passengers affected"), then the end
# of its clause.
_ENDS_THE_COUNT = re.compile(
    r"(?:\s+[a-z]+ed)?\s*(?:[,.;:)]|$|\s*(?:and|but|because|while|whereas|as|since)\b)"
)


# A voice giving its own figure right before it, in words of counting or holding to a count:
# "The ASAC speaks of more than", "ASAC sticks to its figure of more than", "the union counts".
_GIVES_ITS_OWN_FIGURE = re.compile(
    r"\b(?:speaks?\s+of|spoke\s+of|sticks?\s+to|stuck\s+to|stands?\s+by|stood\s+by|"
    r"counts?|counted|reckons?|reckoned|estimates?|estimated)\b[^.;]{0,40}$",
    re.I,
)
# What between "that figure" and a number says it is not that figure's value: "This number
# does not include 4,000 customers in the north".
_NOT_ITS_VALUE = re.compile(r"\b(?:includ\w*|exclud\w*|besides|apart\s+from|plus)\b", re.I)


def _gives_that_figure(before: str) -> bool:
    """Whether the words before a number set the figure of the sentence before at it: "has
    put that figure at", "say the real figure is far higher: "more than"."""
    found = _THAT_FIGURE.search(before)
    return found is not None and not _NOT_ITS_VALUE.search(found.group("between"))


_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|against|compared with|contrary to|however|rather than|not)\b", re.I
)
# A concession between two figures of one sentence: a rival's only where the words after the
# numbers are alike (`_set_against_in_like_words`); "78,000 candidates will resit, despite the
# union saying 20,000 had seen the paper" is a whole and a part.
_DESPITE = re.compile(r"\b(?:despite|in\s+spite\s+of)\b", re.I)
# One figure set above or below another's: "62,000 hectares, well above the government's own
# estimate of 38,700", "more than double the company's revised estimate of 480 barrels" (not
# "12.6 metres, above the critical level of 11 metres").
_ABOVE_ANOTHERS = re.compile(
    r"\b(?:above|below|(?:higher|lower|greater|fewer|smaller)\s+than|double|twice|triple|"
    r"treble|half|(?:two|three|four|five|ten)\s+times)\s+(?:[\w’']+\s+){0,4}?"
    r"(?:estimates?|figures?|counts?|tally|tallies|toll|numbers?)(?=\s+of\b|\s*[,.;])",
    re.I,
)
# A sentence that opens by setting the figure before against another voice's: "That is nearly
# twice the Alberta Energy Regulator's estimate of".
# A voice holding to its own figure after the figure: "said on Friday that their figure
# 'still stands'", "stands by its count", "is sticking with its figure" (not "stands by its
# decision").
_FIGURE_NOUN = rf"(?:{_FIGURE_WORD}|total)s?"
_HOLDS_TO_IT = re.compile(
    rf"\b(?:{_FIGURE_NOUN}\W{{1,3}}(?:still\s+)?stands\b|"
    r"(?:stands?|stood|sticks?|stuck|sticking|standing)\s+(?:by|to|with)\s+"
    rf"(?:it|(?:its|their|that|the|this)\s+(?:own\s+)?(?:original\s+)?{_FIGURE_NOUN})\b)",
    re.I,
)


def _of_other_happenings(first: Quantity, second: Quantity) -> bool:
    """Whether two figures are each told with what befell the things, and never the same
    ("41,300 salmon escaped", "6,850 salmon had been recaptured")."""
    return bool(first.states and second.states and not set(first.states) & set(second.states))


def _rivals_in_one_report(
    first: Quantity, second: Quantity, own: AbstractSet[int], bare: AbstractSet[int]
) -> bool:
    """Whether one report gives two voices' figures of one thing, one of them told as a voice's
    own (`own`: `_told_as_its_own`) and each a bare count given as a figure (`bare`:
    `_a_bare_figure`); the sets hold the ids of such quantities, read once, not per pair."""
    return (
        first.ref.source_id == second.ref.source_id
        and (id(first) in own or id(second) in own)
        and id(first) in bare
        and id(second) in bare
        and bool(first.voice and second.voice)
        and not _same_voice(first.voice, second.voice)
        and not first.kinds
        and not second.kinds
        and not _of_other_happenings(first, second)
    )


def _told_as_its_own(quantity: Quantity) -> bool:
    """A figure told as one voice's own (`_OWN_FIGURE_BEFORE`): "stood by its own estimate of",
    "ViaLusa's own figures ... are", "the final tally was"; or held to as final: "said its
    figure of 290,000 frozen applications, published on Friday after an audit, was final" (not
    "its figure of 50,000 applications, the number it aims to clear each week")."""
    at = quantity.numeral[0]
    return _OWN_FIGURE_BEFORE.search(quantity.ref.text, max(0, at - 80), at) is not None or (
        _ITS_FIGURE_OF.search(quantity.ref.text, max(0, at - 40), at) is not None
        and _HELD_AS_FINAL.match(quantity.ref.text, quantity.end) is not None
    )


def _a_bare_figure(quantity: Quantity) -> bool:
    """A bare count given as a figure, by a verb of saying or counting or after a figure's noun
    (not "had refunded about 128,000 drivers": what was done for some of them)."""
    return _given_as_a_figure(quantity) and _a_bare_count(quantity)


# Words before a figure that make it one voice's own, set against others': "stood by its own
# estimate of about", "ViaLusa's own figures, released on Wednesday, are", "the final tally was"
# (not "stood by its decision", "Riot police stood by").
_A_FIGURE_NOUN = r"(?:estimates?|figures?|counts?|tally|totals?|data|numbers?)"
_OWN_FIGURE_BEFORE = re.compile(
    rf"\b(?:own\s+{_A_FIGURE_NOUN}|"
    r"(?:stood|stands?|sticks?|stuck)\s+(?:by|to)\s+(?:its|their|his|her|the)\s+"
    rf"(?:own\s+)?(?:original\s+)?{_A_FIGURE_NOUN}|final\s+(?:tally|count|figure))\b[^.;]{{0,50}}$",
    re.I,
)
# "its figure of", "their latest count of" before a figure; "..., was final" after it.
_ITS_FIGURE_OF = re.compile(
    rf"\b(?:its|their|his|her)\s+(?:latest\s+|revised\s+)?{_A_FIGURE_NOUN}\s+of\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|at\s+least)\s+)?$",
    re.I,
)
_HELD_AS_FINAL = re.compile(
    r"[^.;]{0,80}?\b(?:was|is|remained|remains)\s+(?:final|correct|accurate|unchanged)\b", re.I
)

# The word right before a figure (past its qualifier) that gives it as a figure: a verb of
# saying or counting ("says more than half a million"), or "of", "at", "was" after a figure's
# noun ("its own estimate of about", "put the total at", "the final tally was").
_FIGURE_GIVEN_BEFORE = re.compile(
    r"(?:\b(?:said|says|say|estimates|estimated|counts|counted|reckons|reported|reports)|"
    r"\b(?:estimates?|figures?|counts?|tally|total|numbers?|data)\b[^.;]{0,40}"
    r"\b(?:of|at|was|were|is|are))\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|at\s+least|"
    r"up\s+to|over|just|only|an\s+estimated)\s+)?$",
    re.I,
)


def _a_bare_count(quantity: Quantity) -> bool:
    """A count with nothing after its noun but what befell them, ending its clause: "318,400
    drivers,", "more than half a million drivers were hit and"; not "7.1 million votes for
    William Ruto", "30 people were treated there", "45,000 fans were inside the stadium",
    "120,000 people were evacuated in Albay province": a share, a place, another thing."""
    end = _end_of_its_noun(quantity)
    return (
        end is not None
        and _ENDS_A_BARE_COUNT.match(quantity.ref.text, end) is not None
        # (not "On the A22 alone, ViaLusa's own figures ... are 40,000 drivers")
        and not re.search(r"\balone\b", _words_before(quantity), re.I)
    )


# What may follow a count's noun as a whole: that the event befell them ("were hit",
# "affected"; not "were refunded", "complained": what some of them did or got), then the end of
# its clause.
_ENDS_A_BARE_COUNT = re.compile(
    r"(?:\s+(?:(?:were|was|are|is|had\s+been|have\s+been|been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:affected|hit|impacted|caught|involved|overcharged|charged|billed|stranded|delayed|"
    r"frozen|stuck|blocked|held)(?:\s+up)?\b)?"
    r"\s*(?:[,.;:)\"”]|$|\s+(?:and|but|because|while|whereas|as|since)\b)"
)


def _given_as_a_figure(quantity: Quantity) -> bool:
    at = quantity.numeral[0]
    return _FIGURE_GIVEN_BEFORE.search(quantity.ref.text, max(0, at - 80), at) is not None


def _held_to_against(first: Quantity, second: Quantity) -> bool:
    """Whether the later of two figures in back-to-back sentences of one report is another
    voice's, held to against the one just given (`_HOLDS_TO_IT`): two voices' figures of one
    thing at one time, not a count moving on."""
    if first.ref.source_id != second.ref.source_id:
        return False
    earlier, later = sorted((first, second), key=lambda q: q.ref.position)
    return (
        later.ref.position - earlier.ref.position == 1
        and bool(earlier.voice and later.voice)
        and not _same_voice(earlier.voice or "", later.voice or "")
        and not _of_other_happenings(earlier, later)
        and _HOLDS_TO_IT.search(later.ref.text, later.end) is not None
    )


_THAT_IS_ABOVE = re.compile(
    r"^(?:That|This|It)\s+(?:is|was|would\s+be)\s+(?:\w+\s+){0,2}?"
    + _ABOVE_ANOTHERS.pattern.removeprefix(r"\b")
    + r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than)\s+)?$",
    re.I,
)


def _set_against(pair: list[Quantity]) -> bool:
    """Two figures of one sentence with a word of contrast between them."""
    if len(pair) != 2:
        return False
    first, second = sorted(pair, key=lambda q: q.start)
    return (
        bool(_CONTRAST.search(first.ref.text[first.end : second.start]))
        or _one_above_the_other(first, second)
        # "The museum and its insurer also disagree on the value of the stolen pieces: the
        # museum puts it at 18 million euros, the insurer at 4.5 million euros"
        or bool(_SIDES_DIFFER.search(first.ref.text[: first.start]))
        or _given_back(first, second)
        or _said_by_a_rival(first, second)
        or _each_its_own_measure(first, second)
        # "The ministry counts 182,417 candidates; the UDTE says more than 230,000 candidates":
        # two voices' counts side by side, each of the things alone (not "30 apartments were in
        # the building; ... 12 apartments were empty", "40 schools reopened; ... 90 schools ...
        # are still without running water": what befell each)
        or (
            ";" in first.ref.text[first.end : second.start]
            and bool(first.voice and second.voice)
            and not _same_voice(first.voice, second.voice)
            and all(_a_count_alone(q) for q in (first, second))
        )
    )


# What all who took part did, told in the past: "more than 960,000 candidates sat the exam".
_TOOK_PART_STATES = frozenset({"sat", "attended", "entered", "enrolled"})


def _a_count_alone(quantity: Quantity) -> bool:
    """Whether a figure is told as a voice's count of things and no more, right after its verb
    of counting: "counts 182,417 candidates", "says more than 230,000 candidates"; not "said 30
    apartments were ...", "have inspected 2,400 buildings"."""
    return (
        not quantity.states
        and not quantity.per
        and len(quantity.phrase.split()) <= len(quantity.amount.split()) + 1
        and _COUNTED_BY_ITS_VOICE.search(quantity.ref.text[: quantity.start]) is not None
    )


_COUNTED_BY_ITS_VOICE = re.compile(
    r"\b(?:says|said|counts|counted|puts|put|gives|gave|reports|reported|estimates|estimated)"
    r"\s+$"
)


# Rival claims of one count may be far apart (police 5,000 and organisers 80,000 marching; a
# gang's 1.4 million records against 120,000; a company's 2,000 customers against researchers'
# 60,000), but not this far: 98 votes and 39,918 votes, 3,000 soles and 535,000 soles.
CLAIMS_APART_MAX_RATIO = 100


def _claimed_apart(first: Quantity, second: Quantity) -> bool:
    """Whether two figures are two voices' claims: each with a voice of its own, or one with a
    voice and the other told by a verb of saying or claiming ("... claiming to have stolen the
    records of 1.4 million patients"), not a whole told as a fact ("More than 78,000 candidates
    are due to sit it") beside another's count of a few of them, nor figures so far apart
    that they count two things ("98 votes for Deva had been written into the wrong column",
    "Deva had 39,918 votes")."""
    if max(first.value, second.value) > CLAIMS_APART_MAX_RATIO * min(first.value, second.value):
        return False
    if first.voice and second.voice:
        return not _same_voice(first.voice, second.voice)
    unvoiced = second if first.voice else first
    return bool(first.voice or second.voice) and _CLAIMED.search(unvoiced.ref.text) is not None


_CLAIMED = re.compile(
    r"\b(?:said|says|say|saying|claim\w*|told|estimat\w*|according\s+to|reported|puts?)\b", re.I
)


def _set_against_in_like_words(first: Quantity, second: Quantity) -> bool:
    """Whether one sentence sets two figures against each other (`_set_against`) in the same
    words after their numbers ("fewer than 2,000 candidates had seen ..., despite ... at least
    20,000 candidates had seen them"): one thing, two values."""
    if (first.ref.source_id, first.ref.start) != (second.ref.source_id, second.ref.start):
        return False
    earlier, later = sorted((first, second), key=lambda q: q.start)
    return _in_like_words(first, second) and (
        _set_against([first, second])
        or _DESPITE.search(earlier.ref.text, earlier.end, later.start) is not None
    )


def _in_like_words(first: Quantity, second: Quantity) -> bool:
    """Whether two figures are told in the same words after their numbers, helping verbs and
    small words aside ("voters were affected", "voters had been affected"; not "km of" and "km
    of", a unit alone), of the same places ("in Bogota" and "nationwide" are a part and a
    whole)."""

    def told_after(quantity: Quantity) -> list[str]:
        words = quantity.ref.text[quantity.numeral[1] : quantity.end].lower().split()
        return [word for word in words if word not in _HELPING_VERBS]

    def where(quantity: Quantity) -> set[str]:
        """The places and scopes the rest of its clause names: "in Bogota", "nationwide"."""
        rest = re.split(r"[,;.]", quantity.ref.text[quantity.end :], maxsplit=1)[0]
        return set(re.findall(r"\b(?:[A-Z][\w’'\-]+|nationwide|countrywide|national\w*)", rest))

    return (
        len(told_after(first)) >= 2  # (the noun and what is said of it, not the noun alone)
        and told_after(first) == told_after(second)
        and where(first) == where(second)
    )


_HELPING_VERBS = frozenset(
    "was were is are be been being had has have of the a an in on at to for from by with".split()
)


def _those_at_it_and_some_of_them(first: Quantity, second: Quantity) -> bool:
    """Whether the larger of two counts, more than `GIVEN_BACK_MAX_RATIO` times the other, is
    told of people at what they were doing ("were taking the test", "were attending", "sat the
    exam"), which the smaller is not, one of the two in no one's voice: everyone there, and
    some of them."""
    smaller, larger = sorted((first, second), key=lambda q: q.value)
    doing = {
        state for state in larger.states if state.endswith("ing") or state in _TOOK_PART_STATES
    }
    return (
        # (not a rival's count far below a voice's: "the union said 30,000 were striking",
        # "SNCF said only 3,800 had walked out")
        not (smaller.voice and larger.voice)
        and bool(doing)
        and not doing & set(smaller.states)
        and not _of_one_order(smaller.value, larger.value)
    )


def _told_as_settled(quantities: list[Quantity]) -> set[float]:
    """The values two reports or more give in no one's voice and no one gives in a voice."""
    unvoiced: dict[float, set[str]] = defaultdict(set)
    voiced: set[float] = set()
    for quantity in quantities:
        if quantity.voice:
            voiced.add(quantity.value)
        else:
            unvoiced[quantity.value].add(quantity.ref.source_id)
    return {value for value, sources in unvoiced.items() if len(sources) >= 2} - voiced


def _ends_as_a_rivals_count(quantity: Quantity) -> bool:
    """Whether a count ends with its noun (`_A_RIVALS_COUNT_ENDS`): "says 263 precincts."."""
    end = _end_of_its_noun(quantity)
    return end is not None and _A_RIVALS_COUNT_ENDS.match(quantity.ref.text, end) is not None


def _two_voices_set_against(first: Quantity, second: Quantity) -> bool:
    """Whether one sentence sets two voices' figures of one unit against each other
    (`_set_against`), neither told of another state than the other ("12 soldiers were
    killed, while the rebels said 40 soldiers surrendered" is two things)."""
    return (
        (first.ref.source_id, first.ref.start) == (second.ref.source_id, second.ref.start)
        and bool(first.voice and second.voice)
        and not _same_voice(first.voice, second.voice)
        and not (first.states and second.states and not set(first.states) & set(second.states))
        # (not "340 schools in Sofala province that escaped damage, compared with the agency's
        # count of 95 schools in Beira that are now shelters": words narrow each count)
        and _told_whole(first)
        and _told_whole(second)
        and _set_against([first, second])
    )


def _each_its_own_measure(first: Quantity, second: Quantity) -> bool:
    """Whether the second of two measures of one unit in a sentence is another voice's, named
    between them, of the same place: "Albina says the water rose 2.5 metres in Klaaskreek; the
    company says its gauge showed 1.2 metres" (not "200 millimetres fell in Manila; the
    disaster agency said 350 millimetres fell in Baguio", nor counts of things: "500
    firefighters were deployed; the mayor said 200 firefighters came from other regions")."""
    if first.key not in _MEASURE_UNITS and first.key + "s" not in _MEASURE_UNITS:
        return False
    if not (first.voice and second.voice) or _same_voice(first.voice, second.voice):
        return False
    text = first.ref.text
    named = text.find(second.voice, first.end, second.start)
    if named < 0 or _NOT_A_RIVAL.search(second.voice):
        return False
    here, there = _named_places(text[:named]), _named_places(text[named:])
    return not (here and there and not here & there)


def _said_by_a_rival(first: Quantity, second: Quantity) -> bool:
    """Whether the second of two figures of one thing in a sentence opens on a rival voice
    saying it: "Police put the crowd at around 4,000; organisers said more than 8,000 took
    part" (not "they said", nor the first figure's voice)."""
    said = _A_RIVAL_SAYS.search(first.ref.text, first.end, second.end)
    if said is None and _ends_as_a_rivals_count(second):
        # "... 214 precincts; the watchdog says 263 precincts and more than 120,000 ballots"
        # (not "; the municipality said 12 apartments were empty": another thing of them)
        said = _A_RIVAL_NAMES.search(first.ref.text, first.end, second.end)
    return (
        said is not None
        and said.start("numeral") == second.numeral[0]
        and not _NOT_A_RIVAL.search(said.group("who"))
        and not _same_voice(first.voice, said.group("who"))
    )


# A count earlier in a clause than the figure a rival answers: "58 residents from (four
# buildings)".
_A_COUNT_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?)\s+[a-z]",
    re.I,
)


def _two_distances(first: Quantity, second: Quantity) -> bool:
    """Whether two distances are measured from things that share no word ("from the Nemuno
    Terminalas depot", "from the Petrasiunai well field"), or told as two kinds of distance
    ("runs about 22 meters below the street", "within 200 meters of the site": a depth and
    the reach of a zone)."""
    words = [_measured_from(q) for q in (first, second)]
    if words[0] and words[1] and not words[0] & words[1]:
        return True
    told_as = [_distance_told_as(q.ref.text, q.start, q.end) for q in (first, second)]
    return bool(told_as[0] and told_as[1]) and told_as[0] != told_as[1]


def _distance_told_as(text: str, start: int, end: int) -> str | None:
    """The kind of distance the figure at `start:end` is: "within" (a zone's reach, "within
    200 metres of"), or what the word after its unit says ("below", "from", "long"), one word
    for each kind ("beneath", "deep" and "under" are "below")."""
    if _WITHIN_BEFORE.search(text[:start]):
        return "within"
    if _REACHES_BEFORE.search(text[:start]):
        return "reach"  # "ladders reach only 30 metres" (not the wheel's "42 metres high")
    unit = _A_LENGTH_UNIT.search(text, start, end + 12)
    after = _DISTANCE_WORD_AFTER.match(text, unit.end() if unit else end)
    return (
        _ONE_KIND_OF_DISTANCE.get(after.group(1).lower(), after.group(1).lower()) if after else None
    )


# A length told as how far a machine reaches: "ladders reach only 30 metres" (not "waves
# reached 5 metres", "the fire front extends 12 km": the event's own size).
_REACHES_BEFORE = re.compile(
    r"\b(?:ladders?|cranes?|hoses?|booms?|platforms?|arms?|cherry\s+pickers?)\b[^.;,]{0,40}\b"
    r"(?:reach(?:es|ed)?|extends?|extended)\s+(?:only\s+|just\s+|up\s+to\s+)?$",
    re.I,
)

# Words after a distance that tell one kind of it.
_ONE_KIND_OF_DISTANCE = {
    "beneath": "below", "under": "below", "underneath": "below", "deep": "below", "down": "below",
    "over": "above", "high": "above", "tall": "above", "up": "above",
    "upstream": "from", "downstream": "from", "inland": "from", "offshore": "from",
    "wide": "across",
}  # fmt: skip


_WITHIN_BEFORE = re.compile(
    r"\bwithin\s+(?:a\s+(?:radius\s+of\s+)?)?(?:(?:about|some|around|roughly)\s+)?$", re.I
)
# (the words that tell a kind of distance: each kind's own word and those that tell it too)
_DISTANCE_WORD_AFTER = re.compile(
    r"\s*(?:away\s+)?("
    + "|".join(sorted({"below", "above", "from", "long", "across", *_ONE_KIND_OF_DISTANCE}))
    + r")\b",
    re.I,
)


def _measured_from(distance: Quantity) -> set[str]:
    """The words of what a distance is measured from, up to a clause after it ("the Nemuno
    Terminalas depot (had shown ...)")."""
    text = distance.ref.text
    at = distance.end
    if not re.search(r"\bfrom\s*$", text[:at]):  # (the figure's phrase may end on "from")
        opening = re.match(r"\s*(?:away\s+)?from\b", text[at:])
        if opening is None:
            return set()
        at += opening.end()
    origin = _ORIGIN.match(text, at)
    if origin is None or re.match(r"\s*(?:their|its|his|her|our|my|your)\b", text[at:]):
        return set()  # ("800 metres from their village": which village the words do not say)
    return set(content_tokens(_CLAUSE_AFTER.split(origin.group("what"))[0]))


# What a distance is measured from: "about 50 metres from (the Nemuno Terminalas depot)".
_ORIGIN = re.compile(r"\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<what>[^,.;()]{2,60})")
_CLAUSE_AFTER = re.compile(
    r"\s(?:which|that|who|where|had|has|have|was|were|is|are|after|before|and|on|in)\s"
)


def _given_back(one: Quantity, other: Quantity) -> bool:
    """Whether the later of two figures is a rival's, given back with no noun after the other:
    "SBB says seven wagons derailed; the Federal Office of Transport counts nine", or opening
    the next sentence ("... was 4.2 micrograms per litre. The NVSC says 7.9.")."""
    first, second = sorted((one, other), key=lambda q: (q.ref.position, q.start))
    if first.ref.source_id != second.ref.source_id:
        return False
    if second.ref.position - first.ref.position == 1:
        opening = _COUNT_GIVEN_BACK_NEXT.match(second.ref.text) or (
            _STATE_GIVEN_BACK_NEXT.match(second.ref.text) if first.states else None
        )
        return opening is not None and opening.start("numeral") == second.numeral[0]
    return first.ref.start == second.ref.start and any(
        match.start("numeral") == second.numeral[0]
        and (match.re is _COUNT_GIVEN_BACK or match.start() == first.end)
        for pattern in (_COUNT_GIVEN_BACK, _COUNT_LISTED_BACK)
        for match in pattern.finditer(second.ref.text, first.end)
    )


# Words that say two sides give the figures that follow differently: "disagree on the value
# of the stolen pieces:" (not "differ over the timetable").
_SIDES_DIFFER = re.compile(
    rf"\b{DIFFERING_ON}(?:value|worth|cost|figure|amount|sum|size|number|toll|count)\b", re.I
)


def _one_above_the_other(first: Quantity, second: Quantity) -> bool:
    """Two figures of one sentence, each a different voice's, one set above or below the
    other's (`_ABOVE_ANOTHERS`) for the same time (not "2,100 hectares this year, above its
    estimate of 1,300 hectares last year")."""
    if (first.ref.source_id, first.ref.start) != (second.ref.source_id, second.ref.start):
        return False
    if not first.voice or not second.voice or _same_voice(first.voice, second.voice):
        return False
    one, other = sorted((first, second), key=lambda q: q.start)
    text = one.ref.text
    return bool(
        _ABOVE_ANOTHERS.search(text[one.end : other.start])
        or (
            _ABOVE_THE_FIGURE.search(text[one.end : other.start])
            and _GIVEN_BY_AFTER.match(text[other.end :])
        )
    ) and not (_ANOTHER_TIME.search(text[one.end : other.end + 40]))


# The second figure itself set below the first, its voice named after it: 'about 8,000 litres
# ..., far more than the "fewer than 3,000 litres" cited by the company' (not "more than the
# 300 millimetres the drains can handle").
_GIVEN_BY_AFTER = re.compile(
    r"[\"”]?\s*(?:cited|given|reported|claimed|estimated|quoted|issued|put\s+forward)\s+by\b",
    re.I,
)
_ABOVE_THE_FIGURE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|larger|smaller)\s+than\s+(?:the|its|their)"
    r"\s*[\"“]?\s*$",
    re.I,
)


# A time that makes a figure another one's: "last year", "in 2023", "after the 2023 quake".
_ANOTHER_TIME = re.compile(
    r"\b(?:last|previous|past|whole|entire)\s+(?:\w+\s+)?(?:year|season|month|week|decade)\b|"
    r"\b(?:19|20)\d\d\b|\b(?:a|one|two|three|ten)\s+years?\s+(?:ago|earlier)\b",
    re.I,
)


def _whose_margin(quantity: Quantity) -> tuple[str, str] | None:
    """Who a margin is told of, and on which side of the race: ("won", "oprea") for "Liberal
    candidate Mihai Oprea won with a margin of 157 votes" or "Elena Rusu's lead was only 89
    votes", ("lost", "vladoianu") for "Vladoianu, who lost by 157 votes"; None when the
    sentence names no one so ("Deva had 39,918 votes and Vladoianu 39,761, a margin of 157")."""
    (doc,) = nlp.parse([quantity.ref.text])
    for word in doc:
        if not quantity.start <= word.idx < quantity.end or word.lower_ not in _MARGIN_WORDS:
            continue
        side = "lost" if word.lower_ in _LOSING else "won"
        for _ in range(3):  # the margin's word, its preposition, the verb
            named = _named_owner(word) if word.lower_ in _MARGIN_WORDS else None
            if named is not None:
                return side, fold(named.text)
            if word.head.i == word.i:
                break
            word = word.head
    return None


def _race_of(quantity: Quantity) -> tuple[tuple[str, str] | None, str | None]:
    """What race a margin is of: who it is told of (`_whose_margin`) and the motion its
    sentence names ("bill", "amendment"), each None when not told."""
    motion = _MOTION.search(quantity.ref.text)
    return _whose_margin(quantity), motion.group(1).lower() if motion is not None else None


def _two_races(
    one: tuple[tuple[str, str] | None, str | None], other: tuple[tuple[str, str] | None, str | None]
) -> bool:
    """Whether two margins are of two races (`_race_of`): two winners (or two losers) named,
    or two motions."""
    (side, motion), (other_side, other_motion) = one, other
    if side and other_side and side[0] == other_side[0] and side[1] != other_side[1]:
        return True
    return bool(motion and other_motion and motion != other_motion)


def _named_owner(word: Token) -> Token | None:
    """The named one a word of a margin is of: "Rusu" of "Elena Rusu's lead", "Oprea" of "Mihai
    Oprea won", "Vladoianu" of "Vladoianu, who lost"."""

    def a_name(token: Token) -> bool:  # ("Vladoianu" may be parsed a plural noun)
        return token.ent_type_ not in {"DATE", "TIME"} and (
            token.pos_ == "PROPN" or (token.text[:1].isupper() and bool(token.ent_type_))
        )

    for child in word.children:
        if child.dep_ == "poss" and a_name(child):
            return child
        if child.dep_ in {"nsubj", "nsubjpass"} and word.pos_ in {"VERB", "AUX"}:
            if a_name(child):
                return child
            if child.tag_ == "WP" and word.dep_ == "relcl" and a_name(word.head):
                return word.head
    return None


def _margins_at_odds(
    evidence: EvidenceSet, first: Quantity, second: Quantity, recounted: str | None
) -> bool:
    """Whether two margins of one race told on different days can be rivals: not one voice's
    (its count, revised), nor one told before the first report of a recount's result and one
    after it (`recounted`: that day; the first count's lead, then the recount's)."""
    if not _days_apart(evidence, first.ref.source_id, second.ref.source_id):
        return True
    if first.voice and second.voice and _same_voice(first.voice, second.voice):
        return False
    days = sorted(evidence.article(q.ref.source_id).published or "" for q in (first, second))
    return recounted is None or not days[0][:10] < recounted <= days[1][:10]


def _quantity_dispute(evidence: EvidenceSet, key: str, quantities: list[Quantity]) -> list[Dispute]:
    """One dispute for each thing counted in `key` whose figures are at odds."""
    windows = {id(q): q.ref.text[max(0, q.start - 80) : q.end + 60] for q in quantities}
    # the unit is shared by definition: it proves nothing (of a speed, its length unit: "per
    # hour" stays one of the words two voices' speeds share, as before speeds had their key)
    unit = set(content_tokens(_A_SPEED.sub("", key)))
    tokens = {
        id(q): _event_tokens(windows[id(q)]) - unit - set(content_tokens(q.unit))
        for q in quantities
    }
    places = {id(q): _named_places(windows[id(q)]) for q in quantities}
    measured = {id(q): _measured(windows[id(q)]) for q in quantities}
    holders = {id(q): _holder(q) for q in quantities}
    for_whom = {id(q): _for_whom(q) for q in quantities}
    races = {id(q): _race_of(q) for q in quantities} if key == MARGIN_KEY else {}
    recounted = min(
        (
            (evidence.article(q.ref.source_id).published or "")[:10]
            for q in quantities
            if key == MARGIN_KEY and _RECOUNTED.search(q.ref.text)
        ),
        default=None,
    )
    other_lots = {id(q) for q in quantities if _another_lot(q)}  # (read once, not per pair)
    told_as_own = {id(q) for q in quantities if _told_as_its_own(q)}
    bare_figures = {id(q) for q in quantities if _a_bare_figure(q)}
    # One toll, one magnitude an event: alike words around them are enough. Other counts
    # need the same words around them: "146 km" and "42 km" are two stages.
    needed = (
        SAME_MEASURE_DICE
        if key in _ONE_PER_EVENT or key.startswith(DURATION_KEY)
        else SAME_COUNT_DICE
    )

    moves = _how_it_moves(key)

    def same_thing(first: Quantity, second: Quantity) -> bool:
        one, other = places[id(first)], places[id(second)]
        if key == MARGIN_KEY:  # (not the dateline's country, nor a candidate named like a
            # town: "Ilinca Deva", Deva being a Romanian city)
            owners = {side[1] for q in (first, second) if (side := races[id(q)][0])}
            one, other = (
                frozenset(
                    p
                    for p in named
                    if fold(p) not in owners and not _in_the_dateline(q.ref.text, p)
                )
                for named, q in ((one, first), (other, second))
            )
        if one and other and not one & other:
            return False  # the toll in Sri Lanka, the toll in India
        if first.kinds and second.kinds and not set(first.kinds) & set(second.kinds):
            return False  # "6 rescue vehicles" and "40 police vehicles": two fleets
        if _of_other_happenings(first, second) and not _set_against_each_other(first, second):
            return False  # "41,300 salmon escaped" and "6,850 salmon had been recaptured":
            # two counts of one kind of thing (not "180 flights were cancelled ... The union
            # contested that, saying 260 flights were scrapped": one count in two words)
        if any(
            one.states and not other.states and _told_as_a_whole(other)
            for one, other in ((first, second), (second, first))
        ):
            return False  # "20,000 of the 182,000 salmon in the pen escaped": the whole
            # that some of them escaped from is no count of those that escaped
        if _a_standing_whole(first) != _a_standing_whole(second):
            return False  # "The school has about 540 boarding pupils" and "gunmen abducted 52
            # pupils": all there are, not a rival count of those something befell
        if key == MARGIN_KEY and _two_races(races[id(first)], races[id(second)]):
            return False  # "Oprea won with a margin of 157", "Rusu's lead was only 89 votes";
            # "passed the bill with a margin of 12", "the amendment was rejected by a margin of 3"
        one_for, other_for = for_whom[id(first)], for_whom[id(second)]
        if one_for and other_for and one_for != other_for:
            return False  # "240 ballots cast for Deva", "68 valid ballots cast for Vladoianu":
            # each candidate's own count
        one_holder, other_holder = holders[id(first)], holders[id(second)]
        if one_holder is not None and other_holder is not None and one_holder != other_holder:
            return False  # "The ICU had 14 beds", "ACRH has about 420 beds": what two
            # named places hold, not two voices' count of one thing
        if (id(first) in other_lots) != (id(second) in other_lots):
            return False  # "a replacement shipment of 25,000 doses" beside the spoiled
            # "shipment of 20,000 doses": two lots, not two counts of one
        if _ones_own(first) != _ones_own(second):
            return False  # "164 of his 171 candidates had been affected": one school's
            # candidates, its principal's, not a rival of "about 3,000 candidates" in all
        if (
            key.split()[0] in _LENGTH_UNITS
            and not _A_SPEED.search(key)
            and _two_distances(first, second)
        ):
            return False  # "a borehole about 50 metres from the depot", "the depot lies 800
            # metres from the well field": two distances, not two voices' one
        later, earlier = (
            (first, second) if first.ref.position > second.ref.position else (second, first)
        )
        if (
            key in _ONE_PER_EVENT
            and moves == "never"  # not a toll, which the next sentence may carry on
            and first.ref.source_id == second.ref.source_id
            and abs(first.ref.position - second.ref.position) == 1
            and _TURNED_OUT.match(later.ref.text, later.start)
            and not _two_places(first.ref.text, second.ref.text)
            and not _another_gathering(later.ref.text, earlier.ref.text)
        ):
            return True  # "Police estimated the crowd at about 3,000. The organisers said
            # more than 10,000 had attended": one crowd, the second time by its number alone
            # (not "... Organisers of the Abuja march said more than 10,000 had taken part")
        if (
            key.split()[0] in _READING_UNITS
            and measured[id(first)] & measured[id(second)]
            and first.voice
            and second.voice
            and not _same_voice(first.voice, second.voice)
            and not any(_A_LIMIT.search(windows[id(q)]) for q in (first, second))
        ):
            return True  # "ash concentrations below 0.2 milligrams per cubic metre", "charts
            # showed concentrations above 4 milligrams": two voices' readings of one thing
        if key.startswith(DURATION_KEY):
            # how long the event's one shutdown lasted, in any words ("the combats did not
            # last more than two hours", "the shooting went on for more than five hours"); not
            # spans too far apart to be rival counts of one ("halted for 18 minutes", "barred
            # from hosting matches for 12 months")
            return max(first.value, second.value) <= MAX_SPAN_RATIO * min(
                first.value, second.value
            ) and _spans_set_against(first, second)
        if _given_back(first, second):
            return True  # "says seven lorries overturned; the police says nine"
        if _held_to_against(first, second):
            return True  # "The museum ... says 64 items are missing. Police, who spoke of 58
            # items last week, said on Friday that their figure 'still stands'"
        if _rivals_in_one_report(first, second, told_as_own, bare_figures):
            return True  # "the final tally was 318,400 drivers", "The regulator ... stood by
            # its own estimate of about 400,000 drivers", "DECO says more than half a million
            # drivers were hit": three voices' figures of one thing, set side by side
        if _one_above_the_other(first, second):
            return True  # "about 62,000 hectares ..., well above the government's own
            # estimate of 38,700": one figure of one thing, set against another's
        if (
            first.ref.source_id == second.ref.source_id
            and later.ref.position - earlier.ref.position == 1
            and (
                _gives_that_figure(later.ref.text[: later.start])
                # "... more than 2,000 barrels. That is nearly twice the regulator's estimate
                # of up to 1,100 barrels": the figure before, set against another's
                or _THAT_IS_ABOVE.match(later.ref.text[: later.start]) is not None
                # "By the government's count they damaged 38,700 hectares. The FAO puts the
                # figure at about 62,000": another voice's figure of the same thing, for the
                # same time
                or (
                    (
                        _PUTS_THE_FIGURE.search(later.ref.text[: later.start]) is not None
                        # "Transport Scotland counts approximately 72,000 affected passengers.
                        # The ASAC speaks of more than 110,000 passengers"
                        or (
                            _GIVES_ITS_OWN_FIGURE.search(later.ref.text[: later.start]) is not None
                            and _told_whole(first)
                            and _told_whole(second)
                        )
                    )
                    and bool(first.voice and second.voice)
                    and not _same_voice(first.voice, second.voice)
                    and not _ANOTHER_TIME.search(later.ref.text)
                    # (not "386 flights were cancelled" and "1,100 flights were delayed")
                    and not _of_other_happenings(first, second)
                )
            )
        ):
            return True  # "The company said about 12,000 ... The union has put that figure at
            # more than 30,000": the figure the sentence before gives, set at another value
        if first.contested and second.contested and first.states and second.states:
            # "three infected cattle farms", "five farms are in fact infected"; not "three
            # drones were shot down" and "five drones struck"
            return bool(set(first.states) & set(second.states))
        if set(first.states) & set(second.states):
            return True  # "112 ships were waiting", "at most 64 ships were truly waiting"
        if key.startswith(MONEY_KEY) and first.ref.source_id == second.ref.source_id:
            return True  # "Its final estimate of the cost is 210 million euros" ... "the true
            # economic cost was at most 60 million euros": the key says what the sum is, and
            # one report tells of one such sum
        if _those_at_it_and_some_of_them(first, second):
            return False  # "more than 1,100 candidates were taking the test", "31 candidates
            # needed medical help": all who were there, and those something befell
        if _two_voices_set_against(first, second):
            return True  # "its volunteers had documented failures in 263 clustered precincts,
            # ... compared with the Commission on Elections' count of 214 precincts"
        if _set_against_in_like_words(first, second):
            return True  # "fewer than 2,000 candidates had seen the paper, despite ... a
            # pupils' union estimating that at least 20,000 candidates had seen them"
        if key == MARGIN_KEY:
            return True  # the race's margin, in whatever words (two races are told apart above)
        # Words alike around two figures far apart tell of a whole and a part as often as of
        # one thing twice ("more than 78,000 candidates" sit the exam, "fewer than 2,000
        # candidates had seen" its leaked paper): one event's one measure aside.
        return dice(tokens[id(first)], tokens[id(second)]) >= needed and (
            key in _ONE_PER_EVENT
            or _of_one_order(first.value, second.value)
            # (two voices' counts of one thing may be far apart: police 5,000 and the
            # organisers 80,000 who marched; "around 120,000 patients, far fewer than the 1.4
            # million claimed by the gang", set against each other in one sentence)
            or _claimed_apart(first, second)
            or (
                (first.ref.source_id, first.ref.start) == (second.ref.source_id, second.ref.start)
                and _set_against([first, second])
            )
        )

    def at_odds(first: Quantity, second: Quantity) -> bool:
        if key == "vote":  # a tally is counted, never rounded: 155 is not 156
            if first.value == second.value:
                return False
        elif quantities_compatible(first, second):
            return False
        if (
            (moves == "grows" or key == MARGIN_KEY)  # (a lead by preliminary results too)
            and (_snapshot(first) or _snapshot(second))
            and (first.ref.source_id, first.ref.start) != (second.ref.source_id, second.ref.start)
        ):
            return False  # "22 bodies had been recovered by 2 pm": the count at an hour (one
            # sentence that sets a partial count against a rival's is still a dispute)
        apart = _days_apart(evidence, first.ref.source_id, second.ref.source_id)
        if moves == "grows" and apart and _told_as_still(second if apart > 0 else first):
            return False  # "around 6,500 homes still had no water" on Thursday, "about 42,000
            # homes" on Tuesday: the count as it then stood, moving on
        if _so_far_below(first, second):
            return False  # "has so far published the records of about 2,000 patients"
        if first.per != second.per:
            return False  # "35 million transactions a day" is no count of the event's
        if key == MARGIN_KEY and not _margins_at_odds(evidence, first, second, recounted):
            return False  # the first count's lead, then the recount's
        if first.each != second.each and not _of_one_order(first.value, second.value):
            return False  # "14 coils, each weighing around 20 tonnes" of a load of 2,700
        if _given_back(first, second):
            return True  # a rival's count of the same things, given back with no noun
        if _some_of_them(first, second):
            return False  # "two contact holdings" are some of "three holdings"
        if first.ref.source_id == second.ref.source_id:
            if first.ref.start == second.ref.start:
                # one sentence sets them against each other (`_set_against`); not one voice's
                # two measures of two things ("According to him, the ladder reaches 30 metres,
                # while the wheel is 42 metres high")
                return not (
                    first.voice
                    and _same_voice(first.voice, second.voice)
                    and _RIVAL_COUNT.search(first.ref.text) is None
                    and not _another_voice_between(first, second)
                )
            return not _same_voice(first.voice, second.voice)
        if first.contested and second.contested and _a_rival_count(first, second):
            return True  # "breeders dispute the count, saying five farms are in fact infected"
            # days after "three infected farms": a rival count, not the count moving on
        if _revised_since(evidence, first, second):
            return False  # "about 3.5 kilometers of track had to be rebuilt, more than it had
            # estimated" days after "about 2 kilometers": one voice's estimate, revised
        if key.endswith(" foreseen") and first.voice and second.voice:
            # two voices' forecasts are rivals whatever the day; one voice's, a revision
            return not _same_voice(first.voice, second.voice)
        if _still_held_against(evidence, first, second, quantities):
            return True  # "4,812 candidates" (KNEC, Monday), "more than 9,000" (the union,
            # Saturday), where Saturday's report still gives KNEC's 4,812: no count moving on
        return _at_odds_over_time(
            evidence,
            (first.ref.source_id, (first.value, first.value)),
            (second.ref.source_id, (second.value, second.value)),
            moves=moves,
        )

    disputes: list[Dispute] = []
    settled = _told_as_settled(quantities)  # (asked of every cluster: counted once)
    for cluster in _clusters(quantities, same_thing):
        odds = [
            (a, b)
            for i, a in enumerate(cluster)
            for b in cluster[i + 1 :]
            if at_odds(a, b) and same_thing(a, b)
        ]
        if not odds:
            continue
        if any(_two_voices_set_against(a, b) for a, b in odds):
            # where a report sets two voices' counts against each other, a figure the reports
            # repeat in no one's voice, never voiced, is no side of it ("hand counting began
            # in 71 precincts where machines broke down", in four reports, beside "263
            # precincts, compared with the Commission's count of 214"); one report's own
            # "more than 500 homes" stays a rival
            odds = [(a, b) for a, b in odds if a.value not in settled and b.value not in settled]
        odds = _fewest_sides(evidence, odds, lambda q: q.value, lambda q: q.voice)
        involved = {id(q) for pair in odds for q in pair}
        told = _as_each_voice_last_told(evidence, [q for q in cluster if id(q) in involved])
        sides = _compatible_sides(told, exact=key == "vote")
        if len(sides) < 2:
            continue
        if key.startswith(MONEY_KEY) and not any(
            _MONEY_CONTESTED.search(q.ref.text, max(0, q.start - MONEY_CONTEST_CHARS), q.end)
            for side in sides
            for q in side
        ):
            continue  # two sums of one kind, neither contested: as often two things
        claims = [_quantity_claim(evidence, side) for side in sides]
        topic = _quantity_topic(key)
        read = set.intersection(*(measured[id(side[0])] for side in sides))
        if key.split()[0] in _READING_UNITS and read:  # "How high the concentration was"
            measure = key.split()[0].removesuffix("s")
            topic = f"How high the {min(read)} was ({measure}s)"
        if key in _LENGTH_UNITS and all(_A_HEIGHT.search(windows[id(side[0])]) for side in sides):
            topic = f"How high ({_plural(key)}): figures differ"  # "the water rose 2.5 metres"
        if key == _SUPPLIED_KEY:  # in the words the sides use: "How many customers or homes"
            units = dict.fromkeys(q.unit for side in sides for q in side)
            topic = "How many " + " or ".join(f"{unit}s" for unit in units)
        disputes.append(Dispute(topic=topic, claims=claims))
    return disputes


def _another_voice_between(first: Quantity, second: Quantity) -> bool:
    """Whether a sentence's second figure is another voice's, its clause opening on "while",
    "whereas" or "but" and a verb of saying ("some 15,000 cubic metres escaped, ..., while the
    EPA elevates the volume to at least 40,000", however the sentence's voice was read; not
    "the ladder reaches 30 metres, while the wheel is 42 metres high")."""
    one, other = sorted((first, second), key=lambda q: q.start)
    between = one.ref.text[one.end : other.start]
    return _A_RIVAL_CLAUSE.search(between) is not None


_A_RIVAL_CLAUSE = re.compile(
    rf"\b(?:while|whereas|but)\b[^.;]*?\b(?:{_SAY}|elevates|raises|puts|estimates|counts)\b",
    re.I,
)


# Words that say a count is set against another one, not that it moved on: "five farms are in
# fact infected", "not two but four", "the real number".
_RIVAL_COUNT = re.compile(
    r"\b(?:disput\w*|in\s+fact|actually|not\s+true|untrue|rather\s+than|not\s+\w+\s+but|"
    r"real\s+(?:number|figure|count|toll)|understat\w*|underestimat\w*)\b",
    re.I,
)


def _a_rival_count(first: Quantity, second: Quantity) -> bool:
    """Whether the higher of two counts is given as a rival of the other, not as a later count:
    its sentence says so ("in fact", "not two but four")."""
    higher = first if first.value > second.value else second
    return _RIVAL_COUNT.search(higher.ref.text) is not None


# Words that say a figure revises the voice's own earlier one: "more than it had estimated",
# "than first thought", "up from 2 km" (not "more than the railway had estimated": a rival's).
_OWN_REVISION = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|longer|shorter|worse)\s+than\s+"
    r"(?:(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:first\s+|initially\s+|"
    r"originally\s+|previously\s+)?|(?:first|initially|originally|previously)\s+)"
    r"(?:estimated|thought|expected|feared|believed|reported|announced|said)\b"
    r"|\b(?:up|down)\s+from\b|\brevised\s+(?:up|down)",
    re.I,
)


def _still_held_against(
    evidence: EvidenceSet, first: Quantity, second: Quantity, quantities: list[Quantity]
) -> bool:
    """Whether two voices' figures of one thing, told on different days, are rivals of one
    time: the earlier voice still gives its figure on the later day or after it, so the later
    figure is no count that moved on since."""
    gap = _days_apart(evidence, first.ref.source_id, second.ref.source_id)
    if not gap:
        return False
    earlier, later = (first, second) if gap > 0 else (second, first)
    if not earlier.voice or not later.voice or _same_voice(earlier.voice, later.voice):
        return False
    for quantity in quantities:
        since = _days_apart(evidence, later.ref.source_id, quantity.ref.source_id)
        if (
            quantity.value == earlier.value
            and quantity.voice
            and _same_voice(quantity.voice, earlier.voice)
            and since is not None
            and since >= 0
            # in the present: "for what it says were 4,812" (not "said on Monday that 2,000
            # were evacuated", the figure of a day gone)
            and _GIVEN_NOW.search(quantity.ref.text[: quantity.start]) is not None
        ):
            return True
    return False


# A figure given as the voice's now: "says", "puts", "maintains", "still", "stands by".
_GIVEN_NOW = re.compile(
    r"\b(?:says|say|puts|put\s+it|maintains|insists|still|stands\s+by|continues\s+to)\b", re.I
)


def _revised_since(evidence: EvidenceSet, first: Quantity, second: Quantity) -> bool:
    """Whether the later report's figure says it revises its voice's own earlier estimate
    (`_OWN_REVISION`): a figure moving on, not a rival."""
    gap = _days_apart(evidence, first.ref.source_id, second.ref.source_id)
    if not gap:
        return False
    later = second if gap > 0 else first
    near = (max(0, later.start - REVISION_NEAR), later.end + REVISION_NEAR)
    # (not "... freight traffic was up from last year", told of something else)
    return _OWN_REVISION.search(later.ref.text, *near) is not None


# How near a figure (characters) the words that it revises an estimate must be.
REVISION_NEAR = 60


def _some_of_them(first: Quantity, second: Quantity) -> bool:
    """A smaller count whose words say which of the things it counts, beside a larger count of
    them all: a part, not a rival ("two contact holdings" of "three holdings")."""
    return any(
        part.which_words and not whole.which_words and part.value < whole.value
        for part, whole in ((first, second), (second, first))
    )


_ONLY_SO_FAR = re.compile(
    r"\b(?:so far|thus far|to date|until now)\b(?!\s+this\b)[^,;.]{0,40}$", re.I
)


def _so_far_below(first: Quantity, second: Quantity) -> bool:
    """A count its clause says is only so far, below the other: part of it, not a rival
    ("has so far published the records of about 2,000 patients" of 1.4 million stolen)."""
    return any(
        _ONLY_SO_FAR.search(part.ref.text[: part.start]) is not None and part.value < whole.value
        for part, whole in ((first, second), (second, first))
    )


# Units of a reading (a different value another day is a change) and of a distance or an area
# (one value for one thing: an evacuation radius, a length of coast).
_READING_UNITS = frozenset(
    "micrograms microgram milligrams milligram degrees degree percent tonnes tons litres liters "
    "knots mph kph".split()
)
_DISTANCE_UNITS = frozenset(
    "km kilometres kilometers kilometre kilometer miles mile metres meters metre meter cm mm "
    "hectares acres feet ft inches".split()
)
_MEASURE_UNITS = _READING_UNITS | _DISTANCE_UNITS
_LENGTH_UNITS = _DISTANCE_UNITS - {"hectares", "acres"}
# Any of them, as written after a figure: "22 meters", "2 km".
_A_LENGTH_UNIT = re.compile(
    r"(?:" + "|".join(sorted(_LENGTH_UNITS, key=len, reverse=True)) + r")\b", re.I
)


# What a reading reads, named before its figure: "concentrations above 4 milligrams", "levels of
# 7.9 micrograms", "a reading of 23".
_READING_OF = re.compile(r"\b(concentration|level|reading|content|dose)s?\b", re.I)


# A reading's limit, no reading: "the legal limit ... is a concentration of 0.5 milligrams".
_A_LIMIT = re.compile(
    r"\b(?:limits?|thresholds?|standards?|permitted|allowed|maximum|guidelines?|safe\s+level)\b",
    re.I,
)


def _measured(window: str) -> set[str]:
    return {match.lower() for match in _READING_OF.findall(window)}


def _how_it_moves(key: str) -> str:
    """How a figure of this key changes as days pass (`_at_odds_over_time`): a sum of money is
    an estimate a later report may change."""
    if key.startswith(MONEY_KEY) or key.endswith(" foreseen"):
        return "any"  # (a later report may change an estimate, or what it foresees)
    if key.startswith(DURATION_KEY):
        return "never"  # how long it was shut, once over
    if key in _ONE_PER_EVENT - {"toll"} or key.split()[0] in _DISTANCE_UNITS:
        return "never"
    return "any" if key.split()[0] in _READING_UNITS else "grows"


_BY_AN_HOUR = re.compile(
    r"^[^.;]{0,60}?\bby\s+(?:\d|noon|midday|midnight|nightfall|dusk|dawn|late|early|"
    r"mid-?(?:morning|afternoon|day)|(?:the\s+)?(?:morning|afternoon|evening)\b|"
    r"(?:this|that|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?:morning|afternoon|evening|night))",
    re.I,
)


# A count told from part of what is being counted: "with about 91 percent of precincts
# canvassed", "according to partial results".
_PARTIAL_COUNT = re.compile(
    r"\b(?:partial|preliminary|provisional|incomplete)\s+(?:\w+\s+)?"
    r"(?:results?|counts?|tall(?:y|ies)|data|figures|returns)\b"
    r"|\b(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:precincts|ballots|votes|polling\s+stations|constituencies|districts)\s+"
    r"(?:\w+\s+)?(?:counted|canvassed|reported|tallied|processed|in)\b",
    re.I,
)


def _snapshot(quantity: Quantity) -> bool:
    """A count given as of an hour ("had been recovered by nightfall") or from part of what is
    counted ("with 91 percent of precincts canvassed"): a step of a count being made, at odds
    with no other step."""
    text = quantity.ref.text
    turns = [0, *(m.end() for m in _ANOTHER_VOICE_S_CLAUSE.finditer(text)), len(text)]
    start = max(turn for turn in turns if turn <= quantity.start)
    end = min((turn for turn in turns if turn > quantity.start), default=len(text))
    return bool(_BY_AN_HOUR.match(text[quantity.end :])) or bool(
        _PARTIAL_COUNT.search(text, start, end)
    )


def _told_as_still(quantity: Quantity) -> bool:
    """A count of things told as still so ("around 6,500 homes still had no water"): how many
    were so when the report was written (not where its sentence contests another's figure:
    "dismissed the association's 30,000 as exaggerated")."""
    return (
        _STILL.search(quantity.ref.text, quantity.numeral[1], quantity.end) is not None
        and _CONTESTS_A_FIGURE.search(quantity.ref.text) is None
    )


_STILL = re.compile(r"\bstill\b", re.I)
_CONTESTS_A_FIGURE = re.compile(
    r"\b(?:dismiss\w*|exaggerat\w*|reject\w*|disput\w*|contest\w*|inflat\w*|overstat\w*|"
    r"underestimat\w*|understat\w*|den(?:y|ies|ied))\b",
    re.I,
)


# Where a sentence turns to another voice's clause: "..., while the opposition says ...".
_ANOTHER_VOICE_S_CLAUSE = re.compile(r"\b(?:while|whereas|but)\b|;", re.I)


def _another_gathering(later: str, earlier: str) -> bool:
    """Whether a sentence names a gathering the sentence before does not ("Organisers of the
    Abuja march said more than 10,000 had taken part" after the crowd in Lagos; "A
    counter-demonstration nearby drew a crowd of about 200")."""
    named = {m.group(1) for m in _NAMED_GATHERING.finditer(later)}
    return bool(named - set(re.findall(r"[A-Z][\w\-]+", earlier))) or bool(
        _COUNTER_GATHERING.search(later) or _COUNTER_GATHERING.search(earlier)
    )


_NAMED_GATHERING = re.compile(
    r"\b([A-Z][\w\-]+)\s+(?:march|rally|protest|demonstration|vigil|procession|strike)\b"
)
_COUNTER_GATHERING = re.compile(r"\bcounter-?\s?(?:demonstration|protest|rally|march)", re.I)


def _two_places(first: str, second: str) -> bool:
    """Whether two sentences each name a place (as the recogniser reads them) and none in
    common: "in Lagos" and "the Abuja march"."""
    from ..nlp import parse  # deferred: only neighbouring sentences of one crowd

    places = [
        {entity.text for entity in doc.ents if entity.label_ in {"GPE", "LOC"}}
        for doc in parse([first, second])
    ]
    return bool(places[0] and places[1] and not places[0] & places[1])


def _named_places(text: str) -> frozenset[str]:
    """Countries and cities a text names: a country wherever it is named ("Kenya's electoral
    commission"); a town or city only where something is put in it ("in Nairobi") or it owns
    something ("Nairobi's turnout"): "Police" and "Voto Limpio" are towns somewhere, and no
    place here."""
    places = gazetteer()
    found = set()
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", text):
        placed = _LOCATIVE.search(text[max(0, match.start() - 60) : match.start()]) or re.match(
            r"[’']s\b", text[match.end() :]
        )
        for candidate in (match.group(0), match.group(0).split()[0]):
            hit = places.lookup(candidate)
            if hit is not None:
                if placed or hit[1] == "country":
                    found.add(hit[0])
                break
    return frozenset(found)


# After a body's name, a person who speaks for it: "(SBB) spokesman Reto Andermatt" (not "(Air
# France) pilots' union SNPL", another body).
_SPEAKS_FOR_IT = re.compile(rf"{_A_ROLE}\b")


def _as_each_voice_last_told(evidence: EvidenceSet, quantities: list[Quantity]) -> list[Quantity]:
    """Each named voice's figures from its latest report only: a ministry's 120 tonnes, then
    140, then 160 over three days is one estimate moving on, not three sides. (The voice's
    earlier reports of the figure it still gives stay: they carry that side too.) Someone named
    after their body's name speaks for it: "SBB spokesman Reto Andermatt" is SBB."""
    named = {_voice_key(q.voice) for q in quantities if q.voice}

    def key(voice: str) -> str:
        own = _voice_key(voice)
        return next(
            (
                body
                for body in named
                if own.startswith(body + " ") and _SPEAKS_FOR_IT.match(own, len(body) + 1)
            ),
            own,
        )

    latest: dict[str, str] = {}
    for quantity in quantities:
        if quantity.voice:
            voice, day = key(quantity.voice), _published(evidence, quantity.ref.source_id)
            latest[voice] = max(latest.get(voice, ""), day)
    still_given = {
        (key(q.voice), q.value)
        for q in quantities
        if q.voice and _published(evidence, q.ref.source_id) == latest[key(q.voice)]
    }
    return [q for q in quantities if not q.voice or (key(q.voice), q.value) in still_given]


def _compatible_sides(quantities: list[Quantity], exact: bool = False) -> list[list[Quantity]]:
    """Figures grouped into sides: sorted by value, a new side where one cannot hold with the
    last (with `exact`, where the values differ at all)."""
    sides: list[list[Quantity]] = []
    for quantity in sorted(quantities, key=lambda q: q.value):
        if sides and all(
            q.value == quantity.value if exact else quantities_compatible(q, quantity)
            for q in sides[-1]
        ):
            sides[-1].append(quantity)
        else:
            sides.append([quantity])
    return sides


def _quantity_claim(evidence: EvidenceSet, side: list[Quantity]) -> Claim:
    if len({q.value for q in side}) > 1 and all(
        _one_voice_however_named(q.voice, side[0].voice) for q in side
    ):
        # one voice's values that agree ("more than 250 precincts", then "263 precincts"): the
        # side as last told, cited where it is told so; no one quote states every value
        latest = max(side, key=lambda q: (_published(evidence, q.ref.source_id), q.ref.position))
        side = [q for q in side if q.value == latest.value]
    phrases = list(dict.fromkeys(q.phrase for q in side))
    voices = _distinct_voices(q.voice or _outlet(evidence, q.ref.source_id) or "" for q in side)
    return Claim(
        statement="; ".join(paired_quotes(shorten(phrase, 14)) for phrase in phrases[:3]),
        value=side[0].amount,
        attributed_to=", ".join(voices) or None,
        citations=cite(q.ref for q in side),
    )


def _one_voice_however_named(first: str | None, second: str | None) -> bool:
    """ "Citizens' Poll Integrity Network" and "observer organisation Citizens' Poll Integrity
    Network (CPIN)": one voice, one name inside the other as whole words (looser than
    `_one_voice_in_two_names`, which asks for initials in brackets: asked only of the values
    one side already holds, not to tell sides apart)."""
    if not first or not second:
        return False
    shorter, longer = sorted((first.lower(), second.lower()), key=len)
    # (whole words: "the UN" is not "the union", "Ethiopia" not "Ethiopian Red Cross")
    return _same_voice(first, second) or bool(
        re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer)
    )


def _distinct_voices(voices: Iterable[str]) -> list[str]:
    """Each voice once, in full: "ASAC" is "Association of Scottish Air Carriers (ASAC)", and
    "Brandao" is "Miguel Brandao" (the fuller name is kept where it first stood)."""
    kept: list[str] = []
    for voice in voices:
        if not voice:
            continue
        same = next((i for i, k in enumerate(kept) if _one_voice_in_two_names(k, voice)), None)
        if same is None:
            kept.append(voice)
        elif len(voice) > len(kept[same]):
            kept[same] = voice
    return kept


def _one_voice_in_two_names(first: str, second: str) -> bool:
    shorter, longer = sorted((first, second), key=len)
    return _same_voice(first, second) or f"({shorter})" in longer


# Words that make a length a height or a depth: "the water rose 2.5 metres", "1.2 metres high".
_A_HEIGHT = re.compile(
    r"\b(?:high|higher|height|rose|risen|rise|rising|deep|depth|level|tall|stood)\b", re.I
)


def _quantity_topic(key: str) -> str:
    if key.startswith("number of ") and len(key.split()) > 2:
        return _quantity_topic(key.removeprefix("number of "))  # "the number of people
        # affected at 6.2 million": "How many people", not "How many number of peoples"
    if key.startswith(f"{RATE_KEY} "):
        return f"One for every how many {_plural(key.removeprefix(f'{RATE_KEY} '))}: figures differ"
    if key.startswith(MONEY_KEY):
        what = key.split()[1]
        return {
            "cost": "What it cost",
            "stolen": "How much was taken",
            "value": "What it is worth",
        }.get(what, f"How much {what}")
    if key.startswith(DURATION_KEY):
        return {
            f"{DURATION_KEY} shut": "How long it was shut",
            f"{DURATION_KEY} shut foreseen": "How long it will stay shut",
        }.get(key, "How long help took to come" if " wait " in key else "How long it lasted")
    if key in _CURRENCY_NAMES or _plural(key) in _CURRENCY_NAMES:  # a sum counted in its
        # currency, named as written: "48 million reais", "3.5 million kroner", "crowns"
        named = _CURRENCY_PLURALS.get(key, key if key in _CURRENCY_NAMES else _plural(key))
        return f"How much ({named}): figures differ"
    if key == "on board":
        return "How many were on board: figures differ"
    if key in {"toll", "magnitude", "turnout", "crowd", "attendance", MARGIN_KEY}:
        return f"The {'death toll' if key == 'toll' else key}: figures differ"
    words = key.split()
    if speed := _A_SPEED.search(key):
        return f"How fast ({_plural(key[: speed.start()])}{speed.group()}): figures differ"
    if words[0] in {"cubic", "square"}:
        return f"How many {key}"
    if len(words) == 2:
        return f"How many {words[0]} were {words[1]}"
    if key.endswith("ed"):  # "injured", "wounded"
        return f"How many were {key}"
    if key in _LENGTH_UNITS:
        return f"How far ({key}): figures differ"
    if key in _MEASURE_UNITS:
        return f"How many {_plural(key)}: figures differ"
    return f"How many {_plural(key)}"


# Nouns whose plural is the word itself or that are plural already: "How many children".
_OWN_PLURALS = frozenset(
    "children people men women police staff personnel cattle livestock sheep fish salmon trout "
    "deer aircraft".split()
)


def _plural(noun: str) -> str:
    """The plural a topic names a key's things by: "doses", "children", "casualties"."""
    if noun.endswith("s") or noun in _OWN_PLURALS:
        return noun
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


# Revised figures: "scientists have upgraded the magnitude of the quake from 9.0 to 9.1-9.3".
# Only verbs of correcting a figure: "raised interest rates from 4% to 5%" is a change, and a
# toll that "rose from 12 to 20" a progression, neither a disagreement.
_REVISED = re.compile(
    r"\b(?P<verb>upgraded|downgraded|revised|corrected|adjusted|amended)\s+(?P<what>(?:[\w’'\-]+\s+){0,6}?)from\s+(?P<old>[\w.,]+(?:\s+"
    r"(?:million|billion|thousand))?)\s+to\s+(?P<new>(?:(?:about|around|nearly|some|at least|"
    r"more than|roughly)\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?(?:\s+(?:million|billion|thousand))?)",
    re.I,
)


def _revision_disputes(evidence: EvidenceSet) -> list[Dispute]:
    disputes: list[Dispute] = []
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        match = _REVISED.search(item.text)
        if not match or not re.search(r"\d", match.group("old")):
            continue
        old, new = match.group("old").rstrip(".,"), match.group("new").rstrip(".,")
        if numeral_value(old) is None:
            continue
        what = clean_sentence(match.group("what")).strip() or "the figure"
        who = voice_before(item.text, match.start()) or _subject_before(item.text, match.start())
        citations = cite(item.members)
        disputes.append(
            Dispute(
                topic=f"{REVISED_TOPIC}: {what}",
                claims=[
                    Claim(
                        statement=f"{what} first given as {old}",
                        value=old,
                        attributed_to=None,
                        citations=citations,
                    ),
                    Claim(
                        statement=f"{what} {match.group('verb').lower()} to {new}",
                        value=new,
                        attributed_to=who,
                        citations=citations,
                    ),
                ],
            )
        )
    return disputes


def _subject_before(text: str, position: int) -> str | None:
    """ "Scientists have upgraded ...": the words before the verb, when they are few."""
    head = re.split(r"[,;:.]\s", text[:position])[-1].strip()
    head = re.sub(r"\s+(?:have|has|had|also|then|later|now)$", "", head, flags=re.I).strip()
    head = re.sub(r"\s+(?:have|has|had)$", "", head, flags=re.I).strip()
    return head if 0 < len(head.split()) <= 5 else None


# ----------------------------------------------------------------------------------------------
# Clock times of one event at one place: "arriving at King's Cross at 08:30" vs "8.26am at
# King's Cross", from reports of the same time.

_CLOCK = re.compile(  # "8:26", "8.26am", "21:05 GMT", and a whole hour of the clock: "3 a.m."
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])"
    r"(?:[:.](?P<minute>[0-5]\d)(?![\d.,]\d)|(?=\s?[ap]\.?\s?m\b\.?))\s*"
    r"(?P<suffix>[ap]\.?\s?m\.?|BST|GMT|UTC|CET|EST|PST|local time|hrs|h\b)?"
    # and the hours news names by a word: "shortly after midnight", "at noon"
    rf"|\b(?P<word>{'|'.join(CLOCK_WORDS)})\b",
    re.I,
)
_PLACE_WORDS = re.compile(r"\b[A-Z][\w’']*(?:\s+(?:[A-Z][\w’']*|of|de|la|al-))*")
_NOT_PLACES = frozenset(
    {"BST", "GMT", "UTC", "CET", "EST", "PST", "The", "A", "An", "On", "At", "In", "He", "She",
     "It", "They", "We", "I", "This", "That"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Clock:
    minutes: int
    text: str
    place: str
    ref: SentenceRef
    start: int = 0


def find_clocks(ref: SentenceRef, before: str = "") -> list[Clock]:
    """Clock times with the place named next to them ("8.26am at King's Cross"), or the
    incident they time; `before` is the sentence before, which may tell what "it" is."""
    clocks = []
    for match in _CLOCK.finditer(ref.text):
        minutes = _minutes_of(match)
        if minutes is None:
            continue
        place = _nearest_place(ref.text, match.start(), match.end())
        if (
            place is None
            and (timed := _incident_timed(ref.text, match.start(), before)) is not None
        ):
            place = INCIDENT_PREFIX + _INCIDENT_KINDS[timed]
        if place:
            clocks.append(
                Clock(
                    minutes,
                    match.group(0).strip(),
                    place,
                    ref,
                    match.start(),
                )
            )
    return clocks


# How a time is hedged, and the minutes it allows on either side: "shortly before 10:45 a.m."
# and "around 10:40 a.m." can both hold.
_HEDGES = (
    (re.compile(r"\b(?:shortly|just|soon)\s+before\s+(?:at\s+)?$", re.I), (-15, 0)),
    (re.compile(r"\b(?:shortly|just|soon)\s+after\s+(?:at\s+)?$", re.I), (0, 15)),
    (re.compile(r"\b(?:about|around|approximately|roughly|circa)\s+(?:at\s+)?$", re.I), (-5, 5)),
)


# A whole hour of the clock ("shortly before 8 a.m.", "at 3 a.m.") is told round: it allows
# this many minutes either side more than a time told to the minute ("7:42 a.m.").
WHOLE_HOUR_MINUTES = 20


def _span_of(clock: Clock) -> tuple[int, int]:
    """The minutes a time allows, as the words before it hedge it."""
    before = clock.ref.text[max(0, clock.start - 25) : clock.start]
    low, high = next((span for hedge, span in _HEDGES if hedge.search(before)), (0, 0))
    if not re.match(r"\d{1,2}[:.]\d", clock.text):
        low, high = low - WHOLE_HOUR_MINUTES, high + WHOLE_HOUR_MINUTES
    return clock.minutes + low, clock.minutes + high


def _may_both_hold(first: Clock, second: Clock) -> bool:
    """Two times whose hedges overlap ("shortly before 10:45" and "around 10:40"), or told in
    two time zones ("11 p.m. local time" and "10:30 p.m. GMT": no rule here converts them)."""
    (a_low, a_high), (b_low, b_high) = _span_of(first), _span_of(second)
    zones = {_zone_of(first), _zone_of(second)}
    # (round the clock: "shortly before midnight" and "11:40 p.m." may both hold)
    overlap = any(
        a_low <= b_high + turn and b_low + turn <= a_high
        for turn in (-MINUTES_IN_A_DAY, 0, MINUTES_IN_A_DAY)
    )
    return overlap or (len(zones) == 2 and None not in zones)


# A time zone written right after a clock time: "10:30 p.m. GMT", "11 p.m. local time".
_ZONE_AFTER = re.compile(r"\s*\(?\s*(?P<zone>local(?:\s+time)?|GMT|UTC|[A-Z]{2,4}T)\b", re.I)


def _zone_of(clock: Clock) -> str | None:
    end = clock.ref.text.find(clock.text, clock.start) + len(clock.text)
    found = _ZONE_AFTER.match(clock.ref.text, end)
    return found.group("zone").lower().removesuffix(" time") if found else None


_SITE_WORD = re.compile(r"\s(?:control\s+)?(?:tower|station|airport|port|base|terminal|office)$")


def _nearest_place(text: str, start: int, end: int) -> str | None:
    """The capitalised name right after a time ("at King's Cross"), else right before it."""
    after = re.match(r"\s*,?\s*(?:at|in|on|near|outside|inside|from)\s+(?:the\s+)?", text[end:])
    if after:
        name = _PLACE_WORDS.match(text, end + after.end())
        if (
            name
            and name.group(0) not in _NOT_PLACES
            and not _MONTH_OR_DAY.match(name.group(0).lower())
        ):
            return _place_key(name.group(0))
    before = re.search(
        r"(?P<prep>at|in|near|outside|inside|from|to|with)\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w’'\s]{1,40}?)"
        r"(?:\s+(?:station|airport|square|street|bridge))?\s+(?:at|by)\s*$",
        text[max(0, start - 60) : start],
    )
    if (
        before
        and before.group("name").strip() not in _NOT_PLACES
        # "spoke to the Pokhara tower": a place with what is there; "talked to Reuters": no place
        and (before.group("prep") not in {"to", "with"} or _SITE_WORD.search(before.group("name")))
    ):
        # The name, not the thing there: "the Pokhara control tower" is at Pokhara.
        name = _PLACE_WORDS.match(before.group("name"))
        return _place_key(name.group(0)) if name else None
    return None


# A time given for the incident itself ("the explosion took place at around 2.40 am"), when no
# place is named next to it: one slot per kind of incident.
_INCIDENT_KINDS = {
    "blast": "explosion", "blasts": "explosion", "explosion": "explosion",
    "explosions": "explosion", "quake": "earthquake", "earthquake": "earthquake",
    "tremor": "earthquake", "crash": "crash", "collision": "crash", "sinking": "sinking",
    "capsized": "sinking", "sank": "sinking", "attack": "attack", "shooting": "attack",
    "fire": "fire", "blaze": "fire", "derailed": "crash", "derailment": "crash",
    "landslide": "landslide", "mudslide": "landslide", "avalanche": "landslide",
    "blackout": "power failure", "outage": "power failure", "aground": "grounding",
    "grounding": "grounding", "alert": "alert", "emergency call": "emergency call",
    "collapse": "collapse", "collapsed": "collapse", "stampede": "stampede", "crush": "stampede",
}  # fmt: skip
INCIDENT_PREFIX = "the "
# Times of one incident further apart than place-named ones still disagree ("2.40 am" against
# "3.15 am" for one blast); two different incidents of a story are hours apart.
MAX_INCIDENT_CLOCK_GAP_MINUTES = 90


def _incident_timed(text: str, start: int, before: str = "") -> str | None:
    """The word of the incident the clock time at `start` is the time of ("the blaze broke out
    at 2:40 a.m.": blaze, "the explosion at 2.40 am", "the fire, which started at 2:40", "it was
    about 3:00 a.m. when the fire broke out", "stormed a hotel at 1:15 a.m. in an attack",
    "thrown from their chairs at 6:40 by an explosion", "the ship lost power at 4:38":
    blackout); None for another moment of its story ("the first call reached the line at
    2:52", "power was restored at 6:15", "the fire was spotted at 2:35"), the time of a thing
    ("50 minutes before the scheduled 7:30 p.m. kickoff") or another incident of its kind ("a
    second blast", "a separate outage").
    """
    from ..nlp import parse  # deferred: only sentences with a clock time and no place

    (doc,) = parse([text])
    token = next((t for t in doc if t.idx >= start), None)
    if token is not None and _the_time_of_a_thing(token):
        return None
    while token is not None:
        if _an_incident(token):
            return _one_of_its_kind(token)
        if token.pos_ in {"VERB", "AUX"}:
            if _SAYING.fullmatch(token.lower_):
                return None  # what is said is the speaker's clause, not the incident's
            if token.lower_ in _ENDED or any(
                c.lower_ == "under" and any(g.lower_ == "control" for g in c.children)
                for c in token.children
            ):
                return None  # "the fire was brought under control at 3:50": its end
            told = [w for w in _what_the_verb_tells(token) if _an_incident(w)]
            if not told and _it_happened(token):
                # "recorded the collapse at 4:15 a.m., while survivors say it happened around
                # 3:30 a.m.": "it" is what the clause before it tells of, else the sentence
                # before ("Police put the stampede at around 11 a.m. Villagers said it happened
                # nearer 10:15"), when it tells of one incident only
                told = _what_the_clause_before_tells(token)
                if not told and (kind := _the_one_incident_told_in(before)) is not None:
                    return kind
            if not told and _a_building_fell(token, subject_told=True):
                # "the building fell shortly after 5am ... But neighbours insist it came down
                # at around 4:30am": "it" the building, when a collapse was told just before
                told = [t for t in _what_the_clause_before_tells(token) if _a_building_fell(t)]
                if not told and _the_one_incident_told_in(before) == "collapse":
                    return "collapse"
            if told:
                return _one_of_its_kind(told[0])
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
                return None  # a clause of its own: "after a pilot ordered a turn at 4:41"
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# Verbs that tell only that "it" took place: "say it happened around 3:30 a.m."
_TOOK_PLACE = frozenset("happened occurred began started struck hit".split())


def _it_happened(verb: Token) -> bool:
    return verb.lower_ in _TOOK_PLACE and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


# A verb of saying, as one word ("say" too, which `_SAYING` leaves out).
_A_SAYING_WORD = re.compile(_SAY, re.I)


def _what_the_clause_before_tells(verb: Token) -> list[Token]:
    """The incident of the last clause before `verb` that is not one of saying: "The roof
    collapsed at 3:30, the fire brigade said, while residents said it happened closer to 2:45"
    (the collapse, not the "fire" of "fire brigade"); none for "the tornado struck at 6:40,
    shortly after the graduation ceremony began, while the school district said it started at
    6:15" (the ceremony)."""
    for before in reversed(verb.doc[: verb.i]):
        if (
            before.pos_ not in {"VERB", "AUX"}
            or before.dep_ in {"aux", "auxpass"}
            or _A_SAYING_WORD.fullmatch(before.lower_)
        ):
            continue
        if _an_incident(before):
            return [before]
        return [w for w in _what_the_verb_tells(before) if _an_incident(w)][:1]
    return []


# Words a clock time is written with: "7:30 p.m.", "2:40 a.m. local time", "1640 GMT", "19:15
# hours".
_PARTS_OF_A_CLOCK = frozenset("a.m. p.m. am pm a.m p.m gmt utc hrs hours h local time".split())


# A thing the incident is timed against, then its own time: "before kickoff at 7:30 p.m.",
# "after the match at 9 p.m.".
_RELATIVE_TO_A_THING_AT = re.compile(
    r"\b(?:before|after|until|since)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}at\s+"
    r"(?:(?:about|around|approximately)\s+)?$",
    re.I,
)


def _the_time_of_a_thing(clock: Token) -> bool:
    """Whether the clock time qualifies a noun that is no incident: "the scheduled 7:30 p.m.
    kickoff", "the 6 a.m. shift", "before kickoff at 7:30" (not "the 2:40 a.m. blast")."""
    if _RELATIVE_TO_A_THING_AT.search(clock.doc.text[: clock.idx]):
        return True  # "about 25 minutes before kickoff at 7:30 p.m." (however it is parsed)
    top = clock
    while top.head.i != top.i and top.head.lower_ in _PARTS_OF_A_CLOCK:
        top = top.head
    owner = top.head
    if top.dep_ == "pobj" and owner.lower_ == "at" and owner.head.pos_ == "NOUN":
        # "25 minutes before kickoff at 7:30": the kickoff's time
        return owner.head.lower_ not in _PARTS_OF_A_CLOCK and not _an_incident(owner.head)
    return (
        top.dep_ in {"nummod", "compound", "amod", "nmod"}
        and owner.i != top.i
        and owner.pos_ in {"NOUN", "PROPN"}
        and owner.lower_ not in _PARTS_OF_A_CLOCK | _NEARLY
        and not _an_incident(owner)
    )


# Words that hedge a time, which the parse may take for a noun it qualifies: "nearer 10:15".
_NEARLY = frozenset("nearer closer near close around about roughly approximately".split())


def _an_incident(word: Token) -> bool:
    return (
        word.lower_ in _INCIDENT_KINDS
        or _power_lost(word)
        or _an_emergency_call(word)
        or _a_building_fell(word)
    )


# What a building does when it collapses, told as falling: "the building fell shortly after
# 5am", "the block came down at 4:30", "the roof caved in" (the word, then its particle).
_FALLING = {
    "fell": None, "falls": None, "toppled": None, "came": "down", "comes": "down",
    "caved": "in", "gave": "way", "gives": "way",
}  # fmt: skip
# Built things whose fall is a collapse (not a toll, a price, rain or a person that fell).
_BUILT_THINGS = frozenset(
    "building buildings block tower roof bridge house wall walls stand grandstand ceiling "
    "structure floor floors storey storeys crane dam apartment hotel school church mosque "
    "temple mall factory warehouse stadium complex overpass flyover scaffolding stage balcony "
    "tenement".split()
)


def _a_building_fell(verb: Token, subject_told: bool = False) -> bool:
    """Whether a verb tells a built thing falling ("the building fell", "the block came
    down"); "it came down" too when `subject_told` (what "it" is was told before)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lower_ not in _FALLING:
        return False
    particle = _FALLING[verb.lower_]
    if particle is not None and not any(
        c.lower_ == particle and c.dep_ in {"prt", "advmod", "dobj", "prep"} for c in verb.children
    ):
        return False
    subject = nlp.child_of(verb, "nsubj")
    if subject is None:
        return False
    if subject.lower_ == "it":
        return subject_told
    return (
        subject.lower_ in _BUILT_THINGS
        # the one known ("the building", "its roof"), not one of several ("The first block
        # fell", "A neighbouring building came down")
        and any(c.dep_ == "poss" or c.lower_ in {"the", "this"} for c in subject.children)
        and not any(c.lower_ in _ONE_OF_SEVERAL for c in subject.children)
    )


# Words that tell one built thing of several: "the first block", "the neighbouring building".
_ONE_OF_SEVERAL = frozenset(
    "first second third another separate new later earlier final last neighbouring "
    "neighboring adjacent nearby other next older newer main".split()
)


def _the_one_incident_told_in(sentence: str) -> str | None:
    """The kind of the one incident a sentence tells of, which "it" in the sentence after may
    stand for: none when it tells more than one ("a train crashed ... and a fire broke out",
    "two explosions"); a call for help is no incident "it" could be."""
    if not sentence or not _AN_INCIDENT_WORD.search(sentence):
        return None
    from ..nlp import parse  # deferred: only for a clock time that "it" gives

    (doc,) = parse([sentence])
    told = [
        (word, kind)
        for word in doc
        if _an_incident(word)
        and word.dep_ != "compound"  # (not the "fire" of "The fire service has said ...")
        and (kind := _one_of_its_kind(word)) is not None
        and kind != "emergency call"
    ]
    if len(told) != 1:
        return None
    word, kind = told[0]
    others = [
        t
        for t in doc
        if t.i != word.i
        and t.dep_ != "compound"
        and (t.lower_ in EVENT_NOUNS or t.lower_ in _HAPPENINGS)
    ]
    plural = word.tag_ == "NNS" or any(c.dep_ == "nummod" for c in word.children)
    return None if others or plural else kind


# Verbs that tell an incident happening, besides those of `_INCIDENT_KINDS`.
_HAPPENINGS = frozenset(
    "crashed exploded derailed collided sank capsized erupted burned burnt detonated".split()
)


# A word that may tell an incident: the cheap test before a sentence is parsed.
_AN_INCIDENT_WORD = re.compile(
    rf"\b(?:{'|'.join(_INCIDENT_KINDS)}|{'|'.join(_FALLING)}|power|call\w*|phoned|dial\w*)\b",
    re.I,
)


# Words of calling for help, and what makes a call one: "staff called the 112 emergency number
# at 1:55 a.m.", "the first call about the fire was logged at 2:12 a.m.".
_CALLING = frozenset("call calls called phoned dialled dialed".split())
# Calls further apart than this are two calls (a first one and a later one), not one call's
# two times.
MAX_CALL_GAP_MINUTES = 30
_FOR_HELP = re.compile(r"\b(?:112|911|999|000|emergency|alarm|fire\s+(?:brigade|service))\b", re.I)


def _an_emergency_call(word: Token) -> bool:
    """A call for help, whose time two voices may give differently (not "called for calm",
    "called a meeting")."""
    if word.lower_ not in _CALLING or any(c.lower_ in {"for", "again"} for c in word.children):
        return False  # (not "called for calm", nor "phoned again": a later call)
    about = word.doc[word.left_edge.i : word.right_edge.i + 1].text
    first = word.lower_ in {"call", "calls"} and any(
        c.lower_ == "first" for c in word.children if c.dep_ == "amod"
    )  # "the first call about the fire"
    return first or _FOR_HELP.search(about) is not None


def _power_lost(word: Token) -> bool:
    """ "The ship lost power at 4:38", "power was lost at 4:44": electricity, not office ("the
    president lost power in a coup", "power will be handed over at 10:00")."""
    verb = word.head
    if word.lower_ != "power" or verb.lower_ not in _POWER_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in _RULERS)


_POWER_VERBS = frozenset("lost lose loses losing failed fails cut tripped went".split())
_RULERS = frozenset(
    "president government party leader regime king queen minister junta coalition army".split()
)


def _one_of_its_kind(word: Token) -> str | None:
    """The incident word, unless it is one of several ("a second message", "a separate
    outage", "another blast", "A second building next to it collapsed"): their times are of
    different incidents; nor a person who collapsed ("a woman near the stage collapsed")."""
    told_of = [word]
    if word.pos_ in {"VERB", "AUX"}:
        subject = nlp.child_of(word, "nsubj")
        if (
            subject is not None
            and _INCIDENT_KINDS.get(word.lower_) == "collapse"
            and (
                subject.pos_ == "PRON"
                or subject.ent_type_ == "PERSON"
                or counts_people(subject.lower_)
            )
        ):
            return None  # ("a woman near the stage collapsed at about 8:20")
        told_of += [subject] if subject is not None else []
    if any(
        c.lower_ in _ANOTHER for told in told_of for c in told.children if c.dep_ in {"amod", "det"}
    ):
        return None
    if _an_emergency_call(word):
        return "emergency call"
    if _a_building_fell(word, subject_told=True):
        return "collapse"
    return "blackout" if word.lower_ == "power" else word.lower_


_ANOTHER = frozenset("second third another separate new later earlier final last".split())


_SAYING = re.compile(r"said|says|told|added|stated|reported|confirmed|announced")
# Verbs of the end of an incident or of another moment of it (power restored, a fire spotted).
_ENDED = frozenset(
    """extinguished contained ended doused subsided eased cleared dispersed over restored
    returned resumed lifted cancelled canceled withdrawn read received spotted noticed detected
    discovered seen reported""".split()
)


# Verbs whose object is what happened to their subject ("the ship suffered a blackout", "lost
# power") or a time set on it ("puts the blackout at 4:44", "recorded the collapse at 4:15").
_UNDERGONE = frozenset(
    "suffer suffers suffered experienced lost put puts placed places record records recorded "
    "log logs logged timed".split()
)


def _what_the_verb_tells(verb: Token) -> list[Token]:
    """The words that say what a verb is about: its subjects, its agent ("by an explosion"),
    what it is "in" ("in an attack"), the noun a participle qualifies ("the quake, recorded
    ..."), and what a clause of "it was ... when" tells ("when the fire broke out")."""
    words = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.lower_ in _UNDERGONE and not any(c.dep_ == "prt" for c in verb.children):
        # "suffered a blackout at 4:38" (not "put out the blaze at 3:50")
        words += [c for c in verb.children if c.dep_ == "dobj"]
    words += [
        p
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if verb.dep_ in {"acl", "relcl"}:
        words.append(verb.head)
    if any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children):
        words += [
            s
            for c in verb.children
            if c.dep_ == "advcl"
            for s in c.children
            if s.dep_ in {"nsubj", "nsubjpass"}
        ]
    return words


def _place_key(name: str) -> str:
    return " ".join(token for token in content_tokens(name))


def _two_voices_of_one_time(
    first: Clock, second: Clock, voice_of: Callable[[Clock], str | None]
) -> bool:
    """Two close times of one incident in one report, each given by a voice of its own ("The
    ACP says the ship suffered a blackout at 4:38 a.m. ... Thalassa Boxline says ... 4:44
    a.m."); not times of a place ("landed at Heathrow at 9:10", "gathered there at 9:30"). Set
    side by side in one sentence, they may be as far apart as any two times of one incident
    ("recorded the collapse at 4:15 a.m., while survivors say it happened around 3:30 a.m.")."""
    one_sentence = first.ref.start == second.ref.start
    if (
        first.ref.source_id != second.ref.source_id
        or not first.place.startswith(INCIDENT_PREFIX)
        or _minutes_apart(first, second)
        > (
            MAX_START_GAP_MINUTES
            if _both_told_as_its_start(first, second)
            else MAX_INCIDENT_CLOCK_GAP_MINUTES
            if one_sentence
            else MAX_TWO_VOICES_GAP_MINUTES
        )
    ):
        return False
    return _told_apart(first, second, voice_of)


# Voices that may be one body under two names from one report to the next ("officials",
# "authorities"), and words of a time corrected ("County firefighters now say 4:40, after
# reviewing dispatch logs").
_ANY_OFFICIALS = frozenset({"officials", "authorities", "official", "authority", "government"})
_TIME_CORRECTED = re.compile(
    r"\b(?:now\s+(?:say|says|put|puts|believe|believes)|revis\w+|correct\w+|"
    r"after\s+(?:reviewing|checking|studying)|have\s+since|has\s+since)\b",
    re.I,
)


def _timed_apart_days_on(
    first: Clock, second: Clock, voice_of: Callable[[Clock], str | None]
) -> bool:
    """Whether two reports filed days apart time an incident apart by two voices of their own
    (`_told_apart`), each told as the incident ("the stampede began", "the building
    collapsed"; not "a controlled explosion took place at 7:15 a.m." days later), neither a
    time corrected nor a voice that any officials could be."""
    if not _told_apart(first, second, voice_of) or not all(
        _the_incident_told(clock) for clock in (first, second)
    ):
        return False
    voices = [_voice_key(voice_of(c)) for c in (first, second)]
    return not any(voice in _ANY_OFFICIALS for voice in voices) and not any(
        _TIME_CORRECTED.search(c.ref.text) for c in (first, second)
    )


def _as_hedged(clock: Clock) -> str:
    """A clock time as its sentence hedges it (`_HEDGES`): "at about 2 a.m.", "shortly after
    midnight" (a side is not told as surer than its source told it)."""
    before = clock.ref.text[max(0, clock.start - 25) : clock.start]
    hedge = next((found for pattern, _ in _HEDGES if (found := pattern.search(before))), None)
    if hedge is None:
        return f"at {clock.text}"
    words = " ".join(hedge.group(0).split())
    if not words.lower().startswith(("shortly", "just", "soon")):
        words = f"at {words}"  # ("about 2 a.m." is "at about 2 a.m.")
    return f"{words} {clock.text}"


def _minutes_apart(first: Clock, second: Clock) -> int:
    """How far apart two clock times are, round the clock: "11:45 p.m." and "1:20 a.m." are 95
    minutes apart, not 22 hours."""
    apart = abs(first.minutes - second.minutes) % MINUTES_IN_A_DAY
    return min(apart, MINUTES_IN_A_DAY - apart)


MINUTES_IN_A_DAY = 24 * 60
# Two voices who each tell when an incident began ("residents insisted the shooting started
# shortly after midnight", "police have said the attack started at about 2 a.m.") give rival
# times of one moment, however far apart; further apart than this, they tell two beginnings.
MAX_START_GAP_MINUTES = 180
# An incident's word, then a verb of its beginning: "the shooting started", "the fire had
# broken out".
_ITS_START_AFTER = (
    r"(?:\s+(?:had|has|have|was|first))?\s+"
    r"(?:began|begun|started|broke\s+out|broken\s+out|erupted)\b"
)


def _words_of_kind(kind: str) -> str:
    """The words of one kind of incident, as alternatives of a pattern: "blast|blasts|..."."""
    return "|".join(re.escape(word) for word, its in _INCIDENT_KINDS.items() if its == kind)


def _told_as_its_start(clock: Clock) -> bool:
    """Whether a clock time's clause tells when its incident began: "the shooting started
    shortly after midnight", "the fire broke out at 2:40" (not "the fire was put out at 3")."""
    kind = clock.place.removeprefix(INCIDENT_PREFIX)
    words = _words_of_kind(kind)
    if not words or clock.place == kind:
        return False
    clause = re.split(r"[;:]|\.\s", clock.ref.text[: clock.start])[-1]
    started = re.search(rf"\b(?:{words}){_ITS_START_AFTER}", clause, re.I)
    # (not "the fire started again at 11:30 p.m.", "broke out again in another wing")
    after = clock.start - len(clause) + started.end() if started is not None else 0
    return started is not None and not _STARTED_AGAIN.match(clock.ref.text, after)


_STARTED_AGAIN = re.compile(r"[^.;]{0,40}?\b(?:again|anew|another|second|afresh)\b", re.I)


def _both_told_as_its_start(first: Clock, second: Clock) -> bool:
    return first.place == second.place and _told_as_its_start(first) and _told_as_its_start(second)


def _the_incident_told(clock: Clock) -> bool:
    """Whether the clock's sentence names its incident as the one known ("the stampede", "the
    building collapsed"), not as one more ("a controlled explosion", "another collapse")."""
    kind = clock.place.removeprefix(INCIDENT_PREFIX)
    words = _words_of_kind(kind)
    if not words:
        return False
    definite = re.search(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?:{words})\b", clock.ref.text, re.I)
    other = re.search(
        rf"\b(?:a|an|another)\s+(?:[\w\-]+\s+){{0,2}}(?:{words})\b", clock.ref.text, re.I
    )
    return definite is not None and other is None


def _told_apart(first: Clock, second: Clock, voice_of: Callable[[Clock], str | None]) -> bool:
    """Whether each time is given by a voice, and the two voices share no word."""
    voices = [voice_of(c) for c in (first, second)]
    return all(voices) and not _voice_words(voices[0]) & _voice_words(voices[1])


# A time given by "he" or "she": the speaker is the one the sentence before names.
_GIVEN_BY_HIM = re.compile(
    r"\b(?:he|she)\s+(?:also\s+|later\s+)?(?:said|says|told|added|insisted|maintained)\b", re.I
)


def _clock_voice(clock: Clock, speakers: QuoteSpeakers) -> str | None:
    """Who gives a clock time: the sentence's voice, or, for "he said", the speaker the
    sentence before names ("The mine's owner, Hernando Rincón Bautista, rejected that account.
    Speaking to local radio, he said the explosion occurred at around 6:40 a.m.")."""
    voice = voice_before(clock.ref.text, clock.start)
    if voice is None and (him := _GIVEN_BY_HIM.search(clock.ref.text, 0, clock.start)):
        voice = speakers.named_before(clock.ref, him.group(0).split()[0])
    if voice is not None:
        return _OPENING_CONJUNCTION.sub("", voice) or voice  # ("But residents insist ...")
    # "The crush began at 11:10 a.m., police said, but pilgrims said ...": the voice set right
    # after its own clause
    end = clock.ref.text.find(clock.text, clock.start) + len(clock.text)
    said = _SAID_RIGHT_AFTER.match(clock.ref.text, end)
    return said.group("who") if said and said.group("who").lower() not in _NOT_VOICES else None


# A voice right after the clause of a clock time, set off by commas: "at 4:30 a.m. Thursday,
# the fire department said, while ...".
_SAID_RIGHT_AFTER = re.compile(
    r"[^,;.()]{0,30}?,\s+(?:the\s+)?(?P<who>[A-Za-z][\w&’'\-]*(?:\s+[\w&’'\-]+){0,4}?)\s+"
    r"(?:said|says|told\s+\w+|reported|added)\s*(?=[,;.]|$)"
)


# Two voices of one report who time one incident this far apart time two things (an
# earthquake and its aftershock, a fire and the moment it was seen).
MAX_TWO_VOICES_GAP_MINUTES = 40


def _clock_disputes(evidence: EvidenceSet) -> list[Dispute]:
    clocks = [
        clock
        for item in evidence.ranked()[: MAX_CANDIDATES * 10]
        for ref in item.members
        if _CLOCK.search(ref.text)
        for clock in find_clocks(ref, _sentence_before(evidence, ref))
    ]
    by_place: dict[str, list[Clock]] = defaultdict(list)
    for clock in clocks:
        by_place[clock.place].append(clock)
    disputes: list[Dispute] = []
    speakers = QuoteSpeakers(evidence)

    def voice_of(clock: Clock) -> str | None:
        return _clock_voice(clock, speakers)

    for place, group in by_place.items():
        incident = place.startswith(INCIDENT_PREFIX)
        gap = MAX_INCIDENT_CLOCK_GAP_MINUTES if incident else MAX_CLOCK_GAP_MINUTES
        if place.endswith(" call"):
            gap = MAX_CALL_GAP_MINUTES
        pairs = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if 0
            < _minutes_apart(a, b)
            <= (MAX_START_GAP_MINUTES if _both_told_as_its_start(a, b) else gap)
            and not _may_both_hold(a, b)
            and (
                _two_voices_of_one_time(a, b, voice_of)
                or (
                    a.ref.source_id != b.ref.source_id
                    and (
                        _same_time(evidence, a.ref.source_id, b.ref.source_id)
                        # (a moment gone does not move on as counts do: two voices that time
                        # the incident apart disagree whenever each report was filed)
                        or (incident and _timed_apart_days_on(a, b, voice_of))
                    )
                )
            )
        ]
        if not pairs:
            continue
        involved = {id(c): c for pair in pairs for c in pair}
        by_minutes: dict[int, list[Clock]] = defaultdict(list)
        for clock in involved.values():
            by_minutes[clock.minutes].append(clock)
        name = place if incident else _place_name(group[0])
        claims = [
            Claim(
                statement=f"{name[:1].upper()}{name[1:]} {_as_hedged(members[0])}"
                if incident
                else f"At {name} {_as_hedged(members[0])}",
                value=f"{minutes // 60:02d}:{minutes % 60:02d}",
                attributed_to=", ".join(
                    voice
                    for voice in dict.fromkeys(
                        voice_of(c) or _outlet(evidence, c.ref.source_id) for c in members
                    )
                    if voice
                )
                or None,
                citations=cite(c.ref for c in members),
            )
            for minutes, members in sorted(by_minutes.items())
        ]
        topic = f"When {name} happened" if incident else f"What time it was at {name}"
        if name.endswith(" call"):
            topic = f"When {name} was made"  # "When the emergency call was made"
        disputes.append(Dispute(topic=topic, claims=claims))
        del place
    return disputes


# "the first shots were fired at about 6:30 a.m. rather than 7:15 a.m., as the ministry has
# said": one time set against another in so many words.
_INSTEAD_OF = re.compile(r"^[\s,]*(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:at\s+)?$", re.I)
_AS_SAID_BY = re.compile(
    r"^[\s,]*as\s+(?P<who>(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:said|says|claimed|claims|stated|states|maintains|insists)\b",
    re.I,
)


def _times_set_against(evidence: EvidenceSet) -> list[Dispute]:
    """A clock time set against another that a named voice gave ("at about 6:30 a.m. rather
    than 7:15 a.m., as the ministry has said"): the sentence's voice against that one."""
    disputes: list[Dispute] = []
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        ref = item.members[0]
        if "rather" not in ref.text and "instead" not in ref.text and " not " not in ref.text:
            continue
        times = [m for m in _CLOCK.finditer(ref.text) if m.group("suffix")]
        for first, second in itertools.pairwise(times):
            if not _INSTEAD_OF.match(ref.text[first.end() : second.start()]):
                continue
            minutes = [_minutes_of(m) for m in (first, second)]
            if None in minutes or minutes[0] == minutes[1]:
                continue
            named = _AS_SAID_BY.match(ref.text[second.end() :])
            if named is None:
                continue  # "landed at 9:03 instead of 8:30": a plan and what happened
            voices = [
                voice_before(ref.text[: first.end()], first.start())
                or _outlet(evidence, ref.source_id),
                re.sub(r"^the\s+", "", named.group("who"), flags=re.I),
            ]
            claims = [
                Claim(
                    statement=f"At {match.group(0).strip()}",
                    value=f"{value // 60:02d}:{value % 60:02d}",
                    attributed_to=voice,
                    citations=cite(item.members),
                )
                for match, value, voice in zip((first, second), minutes, voices, strict=True)
                if value is not None  # (checked above; it tells the type checker)
            ]
            incident = _incident([ref.text])
            topic = f"When the {incident} happened" if incident else "What time it happened"
            disputes.append(Dispute(topic=topic, claims=claims))
    return disputes


# A sentence that says a time is in dispute, then gives the times: "Even the time is argued
# over: 6.40pm, according to police; 6.25pm, according to Kestrel's tracking data", "Even the
# timing is unsettled: the EMS logged its first call at 11:38, while the operator's control
# system puts the failure at 11:52".
# "Even the time of departure is contested:", "There was also confusion over when the aircraft
# left.", "Accounts differ on when the alarm sounded.", "The time of the slide has become a
# point of contention.", "a second dispute: when the slide happened", and the question a
# report puts before the sides: "When did the ship strike?"
# A sentence that says no one agrees when something began, its sides after a colon: "Nor is there
# agreement on when the leak began: the ministry put the first post at 11:10 p.m., ..." (not
# "no agreement on when talks will resume": a schedule).
# "Nor is there agreement on ...", "no agreement about ...", "little agreement over ...", "the
# sides also still disagree on ...".
_NO_AGREEMENT_ON = (
    r"(?:\b(?:no|nor\s+(?:is|was)\s+there(?:\s+any)?|little|not\s+(?:any|much))\s+agreement\s+"
    r"|\bdisagree(?:s|d)?\s+(?:\w+\s+)?)(?:on|about|over|as\s+to)\s+"
)
_NO_AGREEMENT_ON_WHEN = re.compile(
    _NO_AGREEMENT_ON + r"(?:the\s+)?"
    r"(?:(?:time|timing)\b(?=[^:;.]{0,60}:)"
    r"|when\b(?=(?:(?!\b(?:will|would|is\s+to|are\s+to)\b)[^:;.])*?"
    r"\b(?:began|begun|started|happened|occurred|broke\s+out|appeared|struck|hit|erupted|"
    r"collapsed|failed|first)\b[^:;.]*:))",
    re.I,
)
_TIME_CONTESTED = re.compile(
    # ("Even the timing of the storm's arrival was in dispute", "the hour of the accident is in
    # question")
    r"\b(?:time|timing|hour)\s+(?:of\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,3}?)?"
    r"(?:is|are|was|were|remains?|remained|has\s+become|had\s+become|became)\s+"
    r"(?:\w+\s+)?(?:argued|disputed|contested|unsettled|in\s+dispute|in\s+question|in\s+doubt|"
    r"(?:a\s+)?(?:point|matter|subject|source|bone)\s+of\s+"
    r"(?:contention|dispute|discussion|debate))\b"
    r"(?:\s+(?:over|about))?"
    r"|\b(?:dispute|disagreement|row|argument|(?:conflicting|different|differing|"
    r"contradictory)\s+accounts)\s*"
    r"(?:(?:over|about|as\s+to|of|on)\s+|:\s*)(?:the\s+)?(?:time|timing|when)\b"
    # "Nor is there agreement on when the leak began: ..."
    rf"|{_NO_AGREEMENT_ON_WHEN.pattern}"
    # "The timeline remains contested as well: ..."
    r"|\btimeline\s+(?:is|was|remains|remained)\s+(?:\w+\s+)?(?:contested|disputed|"
    r"in\s+dispute|unsettled)\b"
    r"|^(?:So\s+|And\s+)?(?:when|what\s+time|at\s+what\s+time)\s+(?:exactly\s+)?"
    r"(?:did|was|were|had)\s+(?:the\s+\w+(?:\s+\w+)?|it)\s+(?:first\s+)?"
    r"(?:happen|occur|strike|struck|hit|start|begin|break\s+out|explode|collapse|crash|sink|"
    r"capsize|fail|give\s+way|come\s+down|run\s+aground|go\s+down|erupt)\w*\b[^?]{0,30}\?$"
    # "When the tunnel was found is also unresolved."
    r"|^(?:So\s+|And\s+)?when\s+[^,;:.]{3,60}?\s+(?:is|was|remains|remained)\s+"
    r"(?:(?:also|still)\s+)*(?:unresolved|disputed|contested|unsettled|in\s+dispute)\b"
    # "Police gave a different time.": the time just told, and the one told next
    r"|\b(?:gave|gives|give|offered|offers|has|have|had)\s+(?:a\s+)?(?:very\s+)?"
    r"(?:different|another|conflicting|contradictory)\s+"
    # ("Residents gave a different account of the timing.")
    r"(?:(?:account|version)\s+of\s+(?:the\s+)?)?(?:time|timing|hour|timeline)\b"
    r"|\b(?:accounts|versions|sides)\s+(?:also\s+)?(?:differ|disagree|conflict)\w*\s+"
    r"(?:over|on|about|as\s+to)\s+(?:the\s+)?(?:time|timing|when)\b"
    # ... on to the colon that opens the sides: "Versions differ on when the signal failed:"
    r"(?:[^:;.]{0,60}:)?",
    re.I,
)
# A time that is a span between two moments: "response time", "waiting time".
_A_SPAN_OF_TIME = re.compile(
    r"\b(?:response|reaction|waiting|wait|travel|journey|transit|turnaround)\s+times?\b",
    re.I,
)
# Where one side of such a sentence ends and the next begins: "...; ...", "..., but ...",
# or a comma right before the next time ("7:40 a.m. according to the army, about 7:15
# according to witnesses").
_SIDE_BREAK = re.compile(
    r";\s+|,?\s+(?:while|whereas|but)\s+"
    r"|,\s+(?=(?:(?:about|around|roughly|nearly|closer\s+to|shortly\s+(?:after|before)|"
    r"just\s+(?:after|before))\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d[^,;]*\baccording\s+to\b)",
    re.I,
)


def _times_said_in_dispute(evidence: EvidenceSet) -> list[Dispute]:
    """Two clock times a sentence says are in dispute, each given by a voice of its own; or
    two times two voices give side by side right after a sentence that says the time is in
    dispute ("The timing of the alarm is still contested. Argus maintains its system went off
    at 2:47 a.m.; the Sofia police maintain they heard nothing until 3:31 a.m.")."""
    disputes: list[Dispute] = []
    refs = {(ref.source_id, ref.position): ref for item in evidence.items for ref in item.members}
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        # the copy whose own words, or the sentence before them, say the time is contested
        found = next(
            (
                (ref, cue)
                for ref in item.members
                if (cue := _TIME_CONTESTED.search(ref.text)) is not None
                or (
                    len(_CLOCK.findall(ref.text)) >= 2  # two sides, a time each: cheap test first
                    and _TIME_CONTESTED.search(_sentence_before(evidence, ref))
                )
            ),
            None,
        )
        if found is None:
            continue
        ref, contested = found
        if contested is not None and _A_SPAN_OF_TIME.search(ref.text, 0, contested.end()):
            continue  # "The response time is disputed: the ambulance arrived at 3.05 ..., its
            # crew was dispatched at 2.58": the two ends of a span, not two times of one thing
        said_after = contested is None
        # "The timing of the warning is in question": each side must time the warning
        timed = _the_timed_thing(ref.text, contested.start()) if contested is not None else None
        rest = ref.text[contested.end() :] if contested is not None else ref.text
        sides = [side for side in _SIDE_BREAK.split(rest) if _CLOCK.search(side)]
        if (
            len(sides) < 2
            and contested is not None
            and _NO_AGREEMENT_ON_WHEN.match(ref.text, contested.start())
        ):
            sides = _clauses_with_a_time(rest[rest.find(":") + 1 :])
        cited = item.members
        following = refs.get((ref.source_id, ref.position + 1))
        if not sides and contested is not None and following is not None:
            # "When the tunnel was found is also unresolved. The ZCS insists it was discovered
            # after the 05:30 headcount; the minister told MPs a patrol found it at about
            # 04:00; ...": the sides, each with its time, in the sentence after (the first two)
            split = [side for side in _SIDE_BREAK.split(following.text) if _CLOCK.search(side)]
            if len(split) >= 2 and all(len(_CLOCK.findall(side)) == 1 for side in split):
                sides, said_after, cited = split[:2], True, [following]
        if not sides and contested is not None:
            # "The accounts also differ on timing. NUBIA said its station logged it at 5:50
            # am. The CAAM says it was alerted by a pilot's report at 6:40 am.": a side each
            told_next = _a_time_in_each_of(refs, ref, (1, 2)) or _a_time_in_each_of(
                refs, ref, _nearest_timed_either_side(refs, ref)
            )
            if (
                told_next is not None
                and not (
                    _LOOSELY_CONTESTED.search(contested.group(0))
                    and not all(_A_START.search(claim.statement) for claim in told_next)
                )
                and _each_times(timed, [claim.statement for claim in told_next])
            ):
                disputes.append(Dispute(topic="What time it happened", claims=told_next))
            continue
        # (three sides only where the sentence itself says the time is contested: "The
        # timeline remains contested as well: ...")
        if not 2 <= len(sides) <= (MAX_TIMES_SET_AGAINST if contested is not None else 2):
            continue
        told = []
        for side in sides:
            clock = next(iter(_CLOCK.finditer(side)))
            minutes = _minutes_of(clock)
            # after the sentence only: each time told by a verb of saying, not by who did what
            voice = _voice_of_a_side(side, clock.start(), saying_only=said_after)
            if minutes is None or voice is None:
                break
            if _BY_A_DEADLINE.search(side[: clock.start()]):
                if len(sides) > 2:
                    continue  # a third side, told as a bound: the other two stand
                break  # "the inmates were gone by the 05:30 headcount": a bound, no moment
            # "until 3:31 a.m. Prosecutors have seized ...": the segmenter may join the next
            # sentence after "a.m."; a side ends with its own
            after = _NEXT_SENTENCE.search(side, clock.end())
            side = side[: after.start()] if after is not None else side
            statement = side.strip(" :.,;—–-")
            if statement.endswith((" a.m", " p.m")):
                statement += "."  # "at 2:47 a.m." keeps its last stop
            if (
                contested is not None
                and _LOOSELY_CONTESTED.search(contested.group(0))
                and not _A_START.search(statement)
            ):
                break  # "The timeline is disputed: police say officers arrived at 2:10 p.m.,
                # the owner says the doors were locked at 1 p.m.": times of two things
            told.append((statement, clock, minutes, voice))
        if (
            len(told) < 2
            or len({minutes for _, _, minutes, _ in told}) < len(told)
            or any(
                _same_voice(one[3], other[3])
                for index, one in enumerate(told)
                for other in told[index + 1 :]
            )
        ):
            continue
        claims = [
            Claim(
                statement=statement[:1].upper() + statement[1:],
                value=f"{minutes // 60:02d}:{minutes % 60:02d}",
                attributed_to=voice,
                citations=cite(cited),
            )
            for statement, _, minutes, voice in told
        ]
        asked = _WHEN_ASKED.match(contested.group(0)) if contested is not None else None
        topic = f"When {asked.group('what')}" if asked else "What time it happened"
        disputes.append(Dispute(topic=topic, claims=claims))
    return disputes


# The thing a sentence says the time of is contested: "the timing of the evacuation order",
# "a different account of the timing of the arrests".
_TIMED_THING = re.compile(
    r"\b(?:time|timing|hour)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<what>(?:[\w’'\-]+\s+){0,2}?[\w’'\-]+)(?=\s+(?:is|are|was|were|remains?|remained|"
    r"has|had|became)\b|[.,;:]|$)",
    re.I,
)
# Words of the event itself, whose time every side tells in its own words: "the timing of the
# storm's arrival", "the hour of the accident".
_TIMED_AS_THE_EVENT = EVENT_NOUNS | frozenset(_INCIDENT_KINDS) | {"arrival", "landfall"}


def _the_timed_thing(text: str, start: int) -> str | None:
    """The word of what a contested time is of, from `start` on, when it is no word of the
    event ("warning" of "the timing of the warning"); None when it is the event's or unsaid."""
    found = _TIMED_THING.search(text, start)
    if found is None:
        return None
    words = [re.sub(r"[’']s$", "", w.lower()) for w in found.group("what").split()]
    return None if any(w in _TIMED_AS_THE_EVENT for w in words) else words[-1]


def _each_times(thing: str | None, sides: list[str]) -> bool:
    """Whether every side, told in a sentence of its own, names the thing whose time is
    contested or tells of "it" (any side does, when the sentence names none or names the
    event): "The timing of the warning is in question. Residents said the dam burst at about 4
    a.m. ..." gives no side of the warning."""
    return thing is None or all(
        thing[:5] in side.lower() or re.search(r"\bit\b", side, re.I) for side in sides
    )


def _clauses_with_a_time(text: str) -> list[str]:
    """The comma-parted clauses of a list of sides that each give a time, what follows a
    clause's time (its day) kept with it: "the ministry put the first post at 11:10 p.m. on
    Tuesday, June 9, prosecutors dated it to 9:47 p.m., and pupils say about 8 p.m." gives
    three."""
    clauses: list[str] = []
    for piece in _LIST_COMMA.split(text):
        if _CLOCK.search(piece) or not clauses:
            clauses.append(piece)
        elif _A_DAY_GOING_ON.fullmatch(piece.strip(" .")):
            clauses[-1] += ", " + piece
        else:
            return []  # a side with no clock time ("Israeli officials saying noon"): the list
            # cannot be read side by side
    return [clause for clause in clauses if _CLOCK.search(clause)]


_LIST_COMMA = re.compile(r",\s+(?:and\s+)?")
# What goes on from a time's clause after a comma, no side of its own: "Tuesday, June 9".
_A_DAY_GOING_ON = re.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTH_NAMES)})\.?\s*)+\d{{0,2}}(?:,?\s*\d{{4}})?",
    re.I,
)


# Words that say a time is contested only loosely ("different accounts of when", "the timeline
# remains contested"): each side must then tell when something began or happened (`_A_START`),
# not when others arrived or left.
_LOOSELY_CONTESTED = re.compile(
    r"\b(?:different|differing|contradictory)\s+accounts\s+of\s+when\b|\btimeline\b", re.I
)
# How many sides, a time each, one sentence may set against each other ("the commission's first
# logged error came at 3:40 p.m.; Halcyon says trouble began after 5 p.m.; CPIN volunteers
# insist machines were freezing by 11 a.m.").
MAX_TIMES_SET_AGAINST = 3
# Words that make a clock time a bound, not a moment: "gone by the 05:30 headcount".
_BY_A_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


# What a sentence that says a time is unresolved asks: "When the tunnel was found is also
# unresolved" asks "When the tunnel was found".
_WHEN_ASKED = re.compile(
    r"^(?:So\s+|And\s+)?when\s+(?P<what>the\s+[^,;:.]{3,60})\s+(?:is|was|remains|remained)\s",
    re.I,
)


_NEXT_SENTENCE = re.compile(rf"(?<=\.)\s+(?!{GOES_ON_WITH_A_TIME})(?=[A-Z])")


# Words that time help coming or a journey's end, not the event: "its first engine was at the
# scene", "the first wounded reached them", "rescuers arrived".
_A_RESPONSE = re.compile(
    r"\b(?:arriv\w*|at\s+the\s+scene|on\s+(?:the\s+)?scene|on\s+site|"
    r"first\s+(?:\w+\s+)?(?:wounded|injured|patients|victims|units?|engines?|ambulances?|"
    r"boats?|crews?|rescuers|teams?|responders|firefighters|officers)|reached\s+(?:the\s+)?"
    r"(?:scene|site|vessel|ship|boat|building|village|area|hospital))\b",
    re.I,
)
_OPENING_CONJUNCTION = re.compile(r"^(?:(?:but|and|yet|however|meanwhile)\b,?\s*)(?:the\s+)?", re.I)


# How many sentences away from a sentence that says the time is contested a side's time may
# stand: '... at 5:15 a.m. "The guard did exactly what he was supposed to do," Malvik said. "He
# saw the glass ..." Police gave a different time.'
MAX_SIDE_STEPS = 3


def _nearest_timed_either_side(
    refs: dict[tuple[str, int], SentenceRef], ref: SentenceRef
) -> tuple[int, int]:
    """How far before and after `ref` the nearest sentences of its report that give a clock time
    stand, each within `MAX_SIDE_STEPS` (0 where none does, which no side can be)."""
    steps = []
    for direction in (-1, 1):
        found = 0
        for step in range(1, MAX_SIDE_STEPS + 1):
            side = refs.get((ref.source_id, ref.position + direction * step))
            if side is not None and _CLOCK.search(side.text):
                found = direction * step
                break
        steps.append(found)
    return steps[0], steps[1]


def _a_time_in_each_of(
    refs: dict[tuple[str, int], SentenceRef], ref: SentenceRef, steps: tuple[int, int]
) -> list[Claim] | None:
    """The two sentences `steps` away from one that says the time is contested, each a voice's
    time by a verb of saying: the next two ("NUBIA said its station logged the interference at
    5:50 am", "The CAAM says it was alerted by a pilot's report at 6:40 am"), or the one before
    and the one after ("... found a broken window during his round at 5:15 a.m. Police gave a
    different time. 'The first call came in at 6:52 a.m.,' ... said"); None unless both are so
    told, by two voices, of two times."""
    claims: list[Claim] = []
    voices: list[str] = []
    moments: list[str] = []  # each side's words up to its time
    for step in steps:
        side = refs.get((ref.source_id, ref.position + step)) if step else None
        clocks = list(_CLOCK.finditer(side.text)) if side is not None else []
        if side is None or len(clocks) != 1:
            return None
        minutes = _minutes_of(clocks[0])
        voice = _voice_of_a_side(side.text, clocks[0].start(), saying_only=True)
        if minutes is None or voice is None:
            return None
        voice = _OPENING_CONJUNCTION.sub("", voice)  # "But Ahmed Zaki ... said": Ahmed Zaki
        voices.append(voice)
        moments.append(side.text[: clocks[0].end()])
        claims.append(
            Claim(
                statement=side.text.strip(),
                value=f"{minutes // 60:02d}:{minutes % 60:02d}",
                attributed_to=voice,
                citations=cite([side]),
            )
        )
    if claims[0].value == claims[1].value or _same_voice(*voices):
        return None
    if len({bool(_A_RESPONSE.search(told)) for told in moments}) == 2:
        return None  # "called emergency services at 1:05" / "its first engine was at the scene
        # at 1:19": the event and the help that came, two moments, not two accounts of one
    return claims


# A sentence that answers the time the one before gives: "Relatives disputed that timeline,
# saying inmates had called them shortly after 1 a.m."
_THAT_TIME_DISPUTED = re.compile(
    r"\b(?:disput\w*|contest\w*|challeng\w*|question\w*|reject\w*)\s+"
    r"(?:that|this|the\s+official|its)\s+(?:timeline|time|timing|hour|account\s+of\s+when)\b",
    re.I,
)


def _one_surname(first: str | None, second: str | None) -> bool:
    """Two voices that end on the same capitalised name: "army spokesman Amara Camara" and
    "Camara"."""
    ends = [voice.split()[-1] for voice in (first, second) if voice and voice.split()]
    return len(ends) == 2 and ends[0] == ends[1] and ends[0][:1].isupper()


_NO_ONE_DISPUTES = re.compile(r"\b(?:not|never|no\s+one|nobody|none)\b[^,;]*$", re.I)
# Words of the happening whose time is told: the fighting, the blast, the shooting began.
_HAPPENING = re.compile(
    r"\b(?:broke\s+out|began|begun|started|erupted|struck|exploded|collapsed|happened|"
    r"occurred|opened\s+fire|shots?|shooting|gunfire|gunshots|fighting|explosions?|blasts?|"
    r"attack(?:ed)?)\b",
    re.I,
)
# The same, or a first sign of it, or a failure, where a loosely contested time is told
# (`_LOOSELY_CONTESTED`): "its first error report was logged at 3:40 p.m.", "machines froze".
_A_START = re.compile(
    r"\b(?:begin|begins|start|starts|starting|first|erupts|froze|frozen|freezing|failed|"
    r"failing)\b|" + _HAPPENING.pattern,
    re.I,
)
# A time of day with its half of the day: "about 4:30 a.m.", "shortly after 1 a.m."
_A_TIME_OF_DAY = re.compile(
    r"(?:\b(?P<how>about|around|shortly\s+(?:after|before)|just\s+(?:after|before)|after|"
    r"before|until|at)\s+)?(?<![\d.,:])(?P<time>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?)",
    re.I,
)
# ", the SNAI prison authority said": who gave a time, after it.
_SAID_LATER = re.compile(r",\s+(?:the\s+)?(?P<who>[^,;]{3,60}?)\s+(?:said|says|told)\b")


def _a_time_disputed(evidence: EvidenceSet) -> list[Dispute]:
    """A clock time a sentence gives, disputed by the next sentence of its report with a time of
    its own ("The violence broke out at about 4:30 a.m., the prison authority said. Relatives
    disputed that timeline, saying the gunfire began shortly after 1 a.m.")."""
    refs = {(ref.source_id, ref.position): ref for item in evidence.items for ref in item.members}
    disputes: list[Dispute] = []
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        ref = item.members[0]
        found = _THAT_TIME_DISPUTED.search(ref.text)
        before = refs.get((ref.source_id, ref.position - 1))
        if found is None or before is None or _NO_ONE_DISPUTES.search(ref.text[: found.start()]):
            continue  # ("Residents did not dispute that timeline", "No one has questioned")
        answer = _A_TIME_OF_DAY.search(ref.text, found.end())
        told = list(_A_TIME_OF_DAY.finditer(before.text))
        if answer is None or len(told) != 1:
            continue
        # both times of the happening itself ("broke out at 4:30", "gunfire shortly after 1"),
        # not sirens, rescuers, a bus leaving or a curfew told against it
        if not _HAPPENING.search(before.text, 0, told[0].start()) or not _HAPPENING.search(
            ref.text, found.end(), answer.start()
        ):
            continue
        first, second = clock_minutes(told[0]["time"]), clock_minutes(answer["time"])
        if first is None or second is None or first == second:
            continue
        said = _SAID_LATER.search(before.text, told[0].end())
        (doc,) = nlp.parse([ref.text])
        verb = next((t for t in doc if t.idx == found.start()), None)
        subject = (nlp.child_of(verb, "nsubj") if verb is not None else None) or (
            nlp.main_subject(doc)  # "Relatives gathered at the gates disputed": a misparse
        )
        if subject is not None and subject.idx > found.start():
            subject = None
        voices = (
            said.group("who") if said else voice_before(before.text, told[0].start()),
            doc[subject.left_edge.i : subject.i + 1].text if subject is not None else None,
        )
        if voices[1] is None or _same_voice(*voices) or _one_surname(*voices):
            continue  # ("army spokesman Amara Camara ... Camara later questioned that timeline")
        claims = [
            Claim(
                statement=f"{(clock['how'] or 'at').capitalize()} {clock['time'].strip()}",
                value=f"{minutes // 60:02d}:{minutes % 60:02d}",
                attributed_to=re.sub(r"^the\s+", "", voice, flags=re.I) if voice else None,
                citations=cite([where]),
            )
            for clock, minutes, voice, where in (
                (told[0], first, voices[0], before),
                (answer, second, voices[1], ref),
            )
        ]
        disputes.append(Dispute(topic="What time it happened", claims=claims))
    return disputes


# What was done at a clock time that two voices may time differently, by the stem of its words:
# "notified the regulator at 8:30" and "the log records the first notification at 11:52".
_ACTS = (
    (
        "reported",
        re.compile(
            r"^(?:notif(?:y|ied|ies|ying|ication|ications)|report(?:s|ed|ing)?|"
            r"inform(?:s|ed|ing)?|alert(?:s|ed|ing)?)$",  # (not "told reporters at 10:30")
            re.I,
        ),
    ),
    ("shut", re.compile(r"^(?:shut(?:s|ting)?|closed?|closure|halted|isolated)$", re.I)),
)
# Words that make a second act of the same kind: "shut again at 3:40", "a second alert".
_ANOTHER_ACT = re.compile(
    r"\b(?:again|second|another|re-?(?:opened|closed|shut|notified|reported|alerted))\b", re.I
)
# Words that keep a body's own account of times: "the AER's log records ...".
_RECORD_NOUNS = frozenset("log logs records record data documents timeline files".split())
# A sentence that opens against the one before it: "But the regulator's own log shows ...".
_OPENS_AGAINST = re.compile(r"^(?:But|However|Yet)\b")
_AGAINST_BETWEEN = re.compile(r"\b(?:while|whereas|but|however|yet)\b", re.I)


def _times_of_one_act(evidence: EvidenceSet) -> list[Dispute]:
    """One act timed by two voices, one time set against the other: "The company says it
    notified the regulator at 8:30 a.m., while the AER's log records the first notification at
    11:52 a.m.", or "Calder said the company notified the regulator at 8:30 a.m. But the
    regulator's own log shows the first notification arriving at 11:52 a.m." (not two acts:
    "found oil at 7:15 and notified the regulator at 8:30")."""
    refs = {(ref.source_id, ref.position): ref for item in evidence.items for ref in item.members}
    disputes: list[Dispute] = []
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        ref = item.members[0]
        if not _CLOCK.search(ref.text):
            continue
        after = refs.get((ref.source_id, ref.position + 1))
        pairs: list[tuple[tuple[SentenceRef, _ActTime], tuple[SentenceRef, _ActTime]]] = []
        timed = _acts_timed(ref.text)
        for first, second in itertools.combinations(timed, 2):
            if _AGAINST_BETWEEN.search(ref.text, first.end, second.start):
                pairs.append(((ref, first), (ref, second)))
        if after is not None and _OPENS_AGAINST.match(after.text) and _CLOCK.search(after.text):
            pairs += [
                ((ref, first), (after, second))
                for first in timed
                for second in _acts_timed(after.text)
            ]
        for (one_ref, one), (other_ref, other) in pairs:
            if (
                one.act != other.act
                or one.minutes == other.minutes
                or not one.voice
                or not other.voice
                or _same_voice(one.voice, other.voice)
                # of two things: "informed the families" and "alerted the embassy"
                or (one.thing and other.thing and one.thing != other.thing)
                or _ANOTHER_ACT.search(other_ref.text, max(0, other.start - 60), other.start)
            ):
                continue
            claims = [
                Claim(
                    statement=f"{act.act.capitalize()} at {act.text}",
                    value=f"{act.minutes // 60:02d}:{act.minutes % 60:02d}",
                    attributed_to=act.voice,
                    citations=cite([where]),
                )
                for where, act in ((one_ref, one), (other_ref, other))
            ]
            disputes.append(Dispute(topic=f"When it was {one.act}", claims=claims))
            break
    return disputes


def _days_said_in_dispute(evidence: EvidenceSet) -> list[Dispute]:
    """The day (or month) two voices give for when one thing began: set side by side in one
    sentence ("NUKIB says intruders were in the network from mid-December, while the hospital
    says they first got in on Jan. 19"), or in the two sentences right after one that says
    when is in dispute ("Nor is there agreement on when the intruders arrived. The hospital
    still dates the first login to January 19, ... NUKIB's forensic team places it in
    mid-December."). Each side tells a beginning (`_A_BEGINNING`), by a voice of its own."""
    refs = {(ref.source_id, ref.position): ref for item in evidence.items for ref in item.members}
    disputes: list[Dispute] = []
    told_before: dict[tuple[str, ...], tuple[Dispute, dict[str, Claim]]] = {}
    for item in evidence.ranked()[: MAX_CANDIDATES * 10]:
        ref = item.members[0]
        published = _published(evidence, ref.source_id)
        day = date.fromisoformat(published) if published else None
        pieces = _SIDE_BREAK.split(ref.text) if _A_MONTH_OR_DAY_WORD.search(ref.text) else []
        told: Sequence[tuple[_DayTold | None, SentenceRef]] = (
            [(_a_day_told(piece, day), ref) for piece in pieces] if len(pieces) == 2 else []
        )
        topic = "When it began"
        one_sentence = bool(told) and all(side is not None for side, _ in told)
        if not one_sentence:
            contested = _TIME_CONTESTED.search(ref.text) or _NO_AGREEMENT_ON_A_DAY.search(ref.text)
            if contested is None or _A_MONTH_OR_DAY_WORD.search(ref.text, contested.end()):
                continue  # (sides in the sentence itself are `_times_said_in_dispute`'s)
            asked = contested.groupdict().get("what") or (
                asked_when.group("what")
                if (asked_when := _WHEN_ASKED.match(contested.group(0)))
                else None
            )
            if asked:
                topic = f"When {asked}"  # "When the intruders arrived"
            following = [
                refs.get((ref.source_id, ref.position + step))
                for step in range(1, DAY_SIDES_WITHIN + 1)
            ]
            # The first two that tell a day, by a voice: in the next two sentences, or further
            # on where a quotation runs on between them, told of what is disputed ("when the
            # hoist's brake was last checked": "the last signed brake check", "I checked the
            # brake myself on Monday"). A side that tells only a clock time makes it a dispute
            # of the hour, `_times_said_in_dispute`'s ("The accounts also differ on timing.
            # NUBIA said ... 5:50 am on Tuesday. The CAAM says ... 6:40 am.").
            asked_of = _stems(asked) - _LIGHT_STEMS if asked else frozenset()
            # (one voice questioning another's "account of when ...": every side tells of it)
            near = 0 if _AN_ACCOUNT_OF_WHEN.search(contested.group(0)) else 2
            told = []
            for step, side in enumerate(following, start=1):
                halves = _SIDE_BREAK.split(side.text) if side is not None and step == 1 else []
                both = [_a_day_told(half, day, beginning=False) for half in halves]
                if side is not None and len(both) == 2 and None not in both:
                    # both sides in the sentence right after it: "The sides also still
                    # disagree on when the leak began. Aegira maintains crude only escaped on
                    # Thursday ...; the EPA and fishermen say oil was on the beaches on
                    # Wednesday ..."
                    told = [(half, side) for half in both]
                    break
                told_day = _a_day_told(side.text, day, beginning=False) if side else None
                if side is not None and told_day is None and _CLOCK.search(side.text):
                    break
                if side is None or told_day is None:
                    continue
                if step > near and not _of_what_is_asked(told_day, side.text, asked_of):
                    continue
                told.append((told_day, side))
            told = told[:2]
        sides = [(side, where) for side, where in told if side is not None]
        if len(sides) != 2:
            continue
        one, other = (side for side, _ in sides)
        if (
            _same_voice(one.voice, other.voice)
            or not _two_days(one, other)
            # one sentence's two sides date one thing ("the first cholera case ... in early
            # March, while ... vaccinations started on April 2" date two); a sentence that says
            # when is disputed names it for the sides after it
            or (
                one_sentence
                and not _one_thing_dated(one, other)
                and not _DAY_CONTESTED.search(_sentence_before(evidence, ref))
            )
        ):
            continue
        claims = [
            Claim(
                statement=told_day.statement[:1].upper() + told_day.statement[1:],
                value=told_day.written,
                attributed_to=told_day.voice,
                citations=cite([where]),
            )
            for told_day, where in sides
        ]
        days = tuple(sorted(told_day.iso for told_day, _ in sides))
        if days in told_before:
            # the same two days in another report's words: one dispute, citing both, under
            # the name a sentence that says when is disputed gives it
            again, by_day = told_before[days]
            for (told_day, _), claim in zip(sides, claims, strict=True):
                _cite_as_well(by_day[told_day.iso], claim)
            if again.topic == "When it began":
                again.topic = topic
            continue
        dispute = Dispute(topic=topic, claims=claims)
        told_before[days] = (dispute, {d.iso: c for (d, _), c in zip(sides, claims, strict=True)})
        disputes.append(dispute)
    return disputes


# "Nor is there agreement on when the intruders arrived.", "The federation has also questioned
# the developer's account of when the hoist's brake was last checked.": the sides in the
# sentences after it.
_NO_AGREEMENT_ON_A_DAY = re.compile(
    rf"(?:{_NO_AGREEMENT_ON}|\b(?:question\w*|disput\w*|challeng\w*|contest\w*|reject\w*|"
    r"cast\w*\s+doubt\s+on)\s+(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:account|version|claim)s?\s+"
    r"of\s+)when\s+(?P<what>[^:;.]{3,60})[.]?$",
    re.I,
)


# A sentence that says the day is disputed, naming no thing: "The date is disputed too." (the
# sentence after it sets two days side by side, each dating the thing in its own words: "the
# stolen credential first in use on Sept. 17; FONASA insists the attack began on Sept. 29").
_DAY_CONTESTED = re.compile(
    r"\b(?:date|day|start)\s+(?:is|was|remains|remained)\s+(?:\w+\s+)?"
    r"(?:disputed|contested|in\s+dispute|unsettled|unclear)\b",
    re.I,
)


def _of_what_is_asked(side: _DayTold, text: str, asked_of: frozenset[str]) -> bool:
    """Whether a side dates what is asked when: its subject is ("the crane was inspected on
    April 2" for when the crane was last inspected; not "the crane operator was detained on
    Friday"), or, its subject a pronoun or unknown, it tells of it ("I checked the brake
    myself on Monday"; not "it emailed the inspection report on Wednesday")."""
    if side.dated:
        return side.dated in asked_of
    return bool(asked_of & _stems(text))


_AN_ACCOUNT_OF_WHEN = re.compile(r"\b(?:account|version|claim)s?\s+of\s+when\b", re.I)
# How many sentences after such a sentence its two sides may be told in (a quotation may run
# on between them: '"The last signed check is from February 24," Tam told AFP. "There is an
# entry for March 10, but ..." ... "I checked the brake myself on Monday," Binh said.').
DAY_SIDES_WITHIN = 4
# A word that may tell a day or a month: the cheap test before reading a sentence's dates.
_A_MONTH_OR_DAY_WORD = re.compile(
    rf"\b(?:{'|'.join(MONTH_NAMES)}|{'|'.join(WEEKDAYS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
    r"Nov|Dec)\b",
    re.I,
)
# Words that make a day the day something began: "first got in on Jan. 19", "were in the
# network from mid-December", "had been inside since mid-December", "the leak began on".
_A_BEGINNING = re.compile(
    r"\b(?:first|began|begun|begin|beginning|started|start|since|from|as\s+early\s+as|"
    r"entered|got\s+in|broke\s+in|arrived|appeared|originated)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _DayTold:
    """One side's day: its words, voice, the day as written and as an ISO day or month, and
    what it dates (the stem of its clause's subject, "" for a pronoun, None if unknown)."""

    statement: str
    voice: str
    written: str
    iso: str
    dated: str | None


def _a_day_told(side: str, reference: date | None, *, beginning: bool = True) -> _DayTold | None:
    """One side's day, where the side tells one day only (not the day it was said on: "the
    ministry said on Tuesday"), by a voice that says it or dates it ("the hospital says they
    first got in on Jan. 19", "NUKIB's forensic team places it in mid-December"); only a day
    something began when `beginning`."""
    days = [
        t
        for t in find_time_expressions(side, reference)
        if t.iso
        and len(t.iso) in {7, 10}
        and t.iso[4] == "-"
        and not _SAID_ON_A_DAY.search(side[: t.start])
        and not (t.start < 20 and _A_DAY_OF_SAYING_FIRST.match(side))
    ]
    if (
        len(days) != 1
        or _NOT_YET_SO.search(side)
        or _NO_TRACE_OF.search(side)  # "We have no record of any email on Wednesday": none
        or (beginning and not _A_BEGINNING.search(side))
        # (a list of voices' times, the clock disputes' to read: "The ZCS insists it was found
        # after the 05:30 headcount on Monday; the minister told MPs ... at about 04:00; ...")
        or ";" in side
        or len(_CLOCK.findall(side)) > 1
    ):
        return None
    voice = _voice_of_a_side(side, days[0].start, saying_only=True)
    if voice is None:
        return None
    statement = without_dateline(side).strip(" :.,;—–-")
    # the day as the side writes it (a year it leaves out is not claimed): "mid-December"
    part = _PART_OF_A_MONTH.search(side[: days[0].start])
    written = side[part.start() if part else days[0].start : days[0].end]
    return _DayTold(
        statement,
        _OPENING_CONJUNCTION.sub("", voice),
        written,
        days[0].iso or "",
        _what_is_dated(side, days[0].start),
    )


# A day that tells when something was said, not what it dates: "the ministry said on Tuesday".
_SAID_ON_A_DAY = re.compile(
    # (not what "was reported on Oct. 28": the act the day dates)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|reported|added|confirmed|stated)\s+"
    r"(?:(?:on|late|early)\s+)?$"
    # "Speaking to reporters on Thursday, ...", "In a statement issued on Tuesday, ..."
    r"|\b(?:speaking|statement|interview|briefing|conference)(?:\s+(?:to|with|issued|released|"
    r"published|given|held|reporters|journalists|the|a|an|news|press))*\s+(?:(?:late\s+)?on\s+)?$"
    # a day yet to come: "a memorial service is scheduled for Friday", "due to open on June 1"
    r"|\b(?:scheduled|set|due|planned|expected|will|is\s+to|are\s+to)\b[^,;.]{0,30}?"
    r"\s(?:on|for|by)\s+$",
    re.I,
)
# A day opening its sentence and the saying that follows it: "On Thursday, the city's chairman
# said ...": the day of saying.
_A_DAY_OF_SAYING_FIRST = re.compile(
    r"^\s*(?:On|Late\s+on|Early\s+on)\s+[^,]{3,30},\s+(?:[\w’'\-]+\s+){1,6}?"
    r"(?:said|says|told|announced|confirmed|stated)\b"
)


def _what_is_dated(side: str, at: int) -> str | None:
    """What a side's day dates: the subject of the clause the day belongs to ("the first cholera
    case was confirmed in early March": case), or what a voice dates ("dates the first login to
    January 19": login); "" for a pronoun ("they first got in on Jan. 19")."""
    (doc,) = nlp.parse([side])
    token = next((t for t in doc if t.idx >= at), None)
    verb = token
    while verb is not None and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lower_ in _DATES_IT | _PUTS_IT_AT:
        dated = nlp.child_of(verb, "dobj")
    else:
        dated = nlp.child_of(verb, "nsubj") or nlp.child_of(verb, "nsubjpass")
    if dated is None:
        return None
    return "" if dated.pos_ == "PRON" else _stem(dated.lower_)


def _one_thing_dated(one: _DayTold, other: _DayTold) -> bool:
    """Whether two sides date one thing: the same subject, or the second told by a pronoun
    ("..., while the hospital says they first got in on Jan. 19")."""
    if one.dated is None or other.dated is None:
        return False
    return one.dated == other.dated or other.dated == "" or one.dated == ""


# Where in a month "early", "mid" and "late" put a day.
_PART_DAYS = {"early": range(1, 11), "mid": range(11, 21), "late": range(21, 32)}


def _two_days(one: _DayTold, other: _DayTold) -> bool:
    """Whether two sides' days differ: "in January" and "on January 19" do not; "early October"
    and "Oct. 28" do."""
    if one.iso == other.iso:
        return False
    month, day = sorted((one, other), key=lambda told: len(told.iso))
    if not day.iso.startswith(month.iso):
        return True
    if len(day.iso) != 10:
        return False
    part = re.match(r"(early|mid|late)", month.written, re.I)
    return part is not None and int(day.iso[8:]) not in _PART_DAYS[part.group(1).lower()]


_PART_OF_A_MONTH = re.compile(r"\b(?:mid-\s*|(?:early|late|mid)\s+)$", re.I)


@dataclass(frozen=True, slots=True)
class _ActTime:
    """A clock time of a sentence, what was done then (`_ACTS`) and who says so."""

    act: str
    minutes: int
    text: str
    start: int
    end: int
    voice: str | None
    thing: str | None  # what the act was done to or told, where its verb says: "the embassy"


def _acts_timed(text: str) -> list[_ActTime]:
    """The clock times of a sentence that time an act of `_ACTS`, each with its voice: the
    body whose record gives it ("the AER's log records"), else who the parse says gives it."""
    clocks = [m for m in _CLOCK.finditer(text) if m.group("suffix")]
    if not clocks:
        return []
    (doc,) = nlp.parse([text])
    found = []
    for clock in clocks:
        minutes = _minutes_of(clock)
        token = next((t for t in doc if t.idx >= clock.start()), None)
        if minutes is None or token is None:
            continue
        verb = token
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        words = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        if verb.dep_ == "acl":  # "the first notification ... arriving at 11:52"
            words.append(verb.head)
        act = next(
            (name for name, stem in _ACTS for word in words if stem.match(word.lower_)), None
        )
        if act is None:
            continue
        subject = nlp.child_of(verb, "nsubj")
        if verb.dep_ == "acl":
            above = verb.head.head
            subject = nlp.child_of(above, "nsubj") if above.pos_ in {"VERB", "AUX"} else None
        owner = nlp.child_of(subject, "poss") if subject is not None else None
        if subject is not None and subject.lower_ in _RECORD_NOUNS:
            voice = owner_name(owner) if owner is not None and owner.pos_ != "PRON" else None
        else:
            voice = figure_voice(doc, clock.start(), clock.end())
        things = [
            c.lower_
            for c in verb.children
            if c.dep_ in {"dobj", "nsubjpass"} and not any(s.match(c.lower_) for _, s in _ACTS)
        ]
        text_of = clock.group(0).strip()
        found.append(
            _ActTime(
                act,
                minutes,
                text_of,
                clock.start(),
                clock.end(),
                voice,
                things[0] if things else None,
            )
        )
    return found


def _sentence_before(evidence: EvidenceSet, ref: SentenceRef) -> str:
    """The last sentence before `ref` in its article (up to 300 characters back)."""
    before = evidence.article(ref.source_id).text[max(0, ref.start - 300) : ref.start].strip()
    return re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""


# Verbs that give a time or a figure as a voice's reckoning: "puts the alarm at 3:05".
_PUTS_IT_AT = frozenset({"put", "puts", "place", "places", "placed"})
# ... or dates it to one: "prosecutors at DIICOT dated it to 9:47 p.m."
_DATES_IT = frozenset({"dated", "dates", "timed", "times"})


def _names_someone(subject: Token) -> bool:
    """Whether a subject names a body or a person, or whose record it is ("the navy's
    tracking data"), not a thing ("rising seas")."""
    return any(
        t.pos_ == "PROPN"
        or t.dep_ == "poss"
        or t.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
        or fold(t.text) in ORGANISATION_HEADS
        or ACRONYM.fullmatch(t.text) is not None  # "prosecutors at DIICOT"
        for t in subject.subtree
    )


_OUR_OWN = re.compile(r"(?:our|my)\b", re.I)


def _voice_of_a_side(side: str, position: int, *, saying_only: bool = False) -> str | None:
    """Who gives one side's time: "according to X", "X says" (also "the army's log says",
    "regional officials ... said"), or, unless `saying_only`, the named subject of the clause
    that gives it ("the EMS logged its first call at 11:38"; not "the boat left")."""
    according = _ACCORDING.search(side)
    if according is not None and not _OUR_OWN.match(according.group("who").strip()):
        # (not a speaker's own record, "according to our operations log": the speaker's)
        return re.sub(r"^the\s+", "", according.group("who").strip(), flags=re.I)
    said = voice_before(side, position)
    if said is not None:
        return said
    (doc,) = nlp.parse([side.strip(" :,;—–-")])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = nlp.child_of(root, "nsubj") if root is not None else None
    if root is None or subject is None or subject.pos_ == "PRON":
        return None
    words = doc[subject.left_edge.i : subject.i + 1].text
    if _a_record_shows(root, subject):
        # "The CSIRT's logs show the stolen credential first in use on Sept. 17": the record's
        # keeper says it, by its record
        owner = nlp.child_of(subject, "poss")
        return owner_name(owner) if owner is not None and owner.pos_ != "PRON" else None
    if _stem(root.lower_) in _STANCE_STEMS - _DENIAL_STEMS or (
        (
            (
                root.lower_ in _PUTS_IT_AT
                and (nlp.child_of(root, "prep", "at") or nlp.child_of(root, "prep", "in"))
                is not None
            )
            or (
                root.lower_ in _DATES_IT
                and (nlp.child_of(root, "prep", "to") or nlp.child_of(root, "prep", "at"))
                is not None
            )
        )
        # (one who dates a thing or places "it" in a month is a voice, named or not: "The
        # hospital still dates the first login to January 19", "Regional health officials place
        # it in late February"; not "rising seas put the ship at risk")
        and (
            _names_someone(subject)
            or root.lower_ in _DATES_IT
            or (
                root.lower_ in _PUTS_IT_AT
                and (it := nlp.child_of(root, "dobj")) is not None
                and it.lower_ == "it"
            )
        )
    ):
        pass  # "the army's log says 7:40", "the navy's data put the stop at 10:05": whoever
        # says it, named or not
    elif saying_only or not any(
        t.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} for t in subject.subtree
    ):
        return None  # "the boat left at 6.10": what happened, no one who says it
    # "A statement issued overnight by the park's operator ... placed the derailment at 17:10":
    # the operator, whose statement it is
    whole = doc[subject.left_edge.i : subject.right_edge.i + 1].text
    issued = _ISSUED_BY.match(re.sub(r"^(?:the|a)\s+", "", whole, flags=re.I))
    return re.sub(r"^the\s+", "", issued.group("who") if issued else words, flags=re.I)


# Verbs by which a record tells what it holds: "the logs show", "its data indicate".
_SHOWING = frozenset(
    "show shows showed shown showing indicate indicates indicated indicating suggest suggests "
    "suggested suggesting".split()
)


def _a_record_shows(verb: Token, subject: Token) -> bool:
    return verb.lower_ in _SHOWING and subject.lower_ in _RECORD_NOUNS


def _minutes_of(clock: re.Match[str]) -> int | None:
    """Minutes after midnight of a `_CLOCK` match; None for "12.50" with no am/pm or zone,
    which reads as a decimal, and for a whole hour not told as when something happened
    (`_told_as_when`)."""
    if clock.group("word") is not None:
        if _A_BARE_BOUND.search(clock.string, 0, clock.start()):
            return None  # "broke out after midnight": some time in the night, no time of day
        return clock_minutes(clock.group("word")) if _told_as_when(clock) else None
    suffix = (clock.group("suffix") or "").lower().replace(".", "").replace(" ", "")
    if not suffix and clock.group(0)[len(clock.group("hour"))] == ".":
        return None
    if clock.group("minute") is None and not _told_as_when(clock):
        return None
    half = suffix if suffix in {"am", "pm"} else ""
    return clock_minutes(f"{clock.group('hour')}:{clock.group('minute') or '00'} {half}")


# "after" or "before" right before an hour named by a word, not "shortly" so: a bound.
_A_BARE_BOUND = re.compile(r"(?<!shortly\s)(?<!just\s)(?<!soon\s)\b(?:after|before)\s+$", re.I)


# A whole hour is a time of the event only "at" it ("gave way at around 3 a.m."), not a
# schedule, a deadline or a state going on ("a curfew from 8 p.m.", "the 7 a.m. ferry",
# "opens at 6 a.m.", "still raging at 9 a.m.", "back by 8 p.m.").
_AT_A_WHOLE_HOUR = re.compile(
    r"(?:\bat|\b(?:shortly|just|soon)\s+(?:before|after)|(?<!by )\b(?:about|around|roughly)|"
    # "trouble began after 5 p.m.", "machines froze as early as 11 a.m."
    r"\b(?:began|begun|started|starting|broke\s+out)\s+after|\bas\s+early\s+as|"
    r"\bclos(?:e|er)\s+to|\bnearer(?:\s+to)?)\s+"
    r"(?:(?:about|around|approximately|roughly|exactly|precisely|"
    r"(?:shortly|just|soon)\s+(?:before|after))\s+)?$",
    re.I,
)
_NOT_WHEN_IT_HAPPENED = re.compile(
    r"\b(?:still|until|till|from|since|opens?|opened|opening|closes?|closed|closing|curfew|"
    r"scheduled|due|every|daily)\b",
    re.I,
)


def _told_as_when(clock: re.Match[str]) -> bool:
    before = clock.string[max(0, clock.start() - 40) : clock.start()]
    return bool(_AT_A_WHOLE_HOUR.search(before)) and not _NOT_WHEN_IT_HAPPENED.search(before)


def _place_name(clock: Clock) -> str:
    """The place as the first source writes it."""
    for match in _PLACE_WORDS.finditer(clock.ref.text):
        if _place_key(match.group(0)) == clock.place:
            return match.group(0)
    return clock.place


# ----------------------------------------------------------------------------------------------
# Names of one person that disagree: "Lindsey Germaine" in one source, "Jermaine Lindsay" in
# another. A transliteration keeps the order ("Yahya Rasool", "Yehia Rasool"); a name whose
# given name and surname are swapped and spelled differently is two sources disagreeing.

_FULL_NAME = re.compile(r"\b([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})\b")
SAME_NAME_RATIO = 80


def _name_disputes(evidence: EvidenceSet) -> list[Dispute]:
    from rapidfuzz import fuzz

    given = first_names()
    names: dict[tuple[str, str], list[SentenceRef]] = defaultdict(list)
    for item in evidence.items:
        for ref in item.members:
            for match in _FULL_NAME.finditer(ref.text):
                first, last = match.group(1), match.group(2)
                if first.lower() in given and last.lower() not in stop_words():
                    names[(first, last)].append(ref)
    by_first = defaultdict(list)  # blocking on three letters keeps the pairs few
    for name in names:
        by_first[name[0][:3].lower()].append(name)
    disputes: list[Dispute] = []
    seen: set[frozenset[tuple[str, str]]] = set()
    for name in names:
        for other in by_first.get(name[1][:3].lower(), []):
            pair = frozenset((name, other))
            if other == name or pair in seen:
                continue
            crossed = [fuzz.ratio(name[0].lower(), other[1].lower()),
                       fuzz.ratio(name[1].lower(), other[0].lower())]  # fmt: skip
            if min(crossed) < SAME_NAME_RATIO or min(crossed) == 100:
                continue
            sources = {r.source_id for r in names[name]}, {r.source_id for r in names[other]}
            if sources[0] & sources[1]:
                continue  # one source writing both is two people, not a disagreement
            seen.add(pair)
            disputes.append(
                Dispute(
                    topic=f"The name: {' '.join(name)} or {' '.join(other)}",
                    claims=[
                        Claim(
                            statement=f"Named {' '.join(spelled)}",
                            value=" ".join(spelled),
                            attributed_to=", ".join(
                                dict.fromkeys(
                                    o
                                    for r in names[spelled]
                                    if (o := _outlet(evidence, r.source_id))
                                )
                            )
                            or None,
                            citations=cite(names[spelled]),
                        )
                        for spelled in (name, other)
                    ],
                )
            )
    return disputes


# ----------------------------------------------------------------------------------------------
# One role that only one person can hold, credited to two people: "Graner was described as the
# ringleader" in one source, "Frederick ... for his role as ringleader" in another.

# A small, named list: roles a story gives to one person.
UNIQUE_ROLES = (
    r"ringleader|mastermind|instigator|chief organi[sz]er|main suspect|prime suspect|"
    r"chief suspect|triggerman|lone gunman"
)
_ROLE = re.compile(
    rf"\b(?:as|is|was|been|the)\s+(?:the\s+)?(?:alleged\s+|suspected\s+|reputed\s+)?"
    rf"(?P<role>{UNIQUE_ROLES})\b",
    re.I,
)
MAX_ROLE_SENTENCES = 20


def _role_disputes(evidence: EvidenceSet) -> list[Dispute]:
    from rapidfuzz import fuzz

    hits: dict[str, SentenceRef] = {}
    for item in evidence.ranked():
        for ref in item.members:
            if ref.text not in hits and _ROLE.search(ref.text):
                hits[ref.text] = ref
        if len(hits) >= MAX_ROLE_SENTENCES:
            break
    if len(hits) < 2:
        return []
    holders: dict[str, list[tuple[str, SentenceRef]]] = defaultdict(list)
    for ref, doc in zip(hits.values(), nlp.parse(list(hits)), strict=True):
        match = _ROLE.search(ref.text)
        if match is None:
            continue
        token = next((t for t in doc if t.idx >= match.start("role")), None)
        holder = _role_holder(doc, token) if token is not None else None
        if holder:
            holders[match.group("role").lower()].append((holder, ref))
    disputes: list[Dispute] = []
    for role, found in holders.items():
        people: list[list[tuple[str, SentenceRef]]] = []
        for holder, ref in found:  # one person under two spellings ("Graner", "Garner") is one
            surname = holder.split()[-1].lower()
            same = next(
                (p for p in people if fuzz.ratio(p[0][0].split()[-1].lower(), surname) >= 80),
                None,
            )
            if same is None:
                people.append([(holder, ref)])
            else:
                same.append((holder, ref))
        if len(people) < 2:
            continue
        sources = [{ref.source_id for _, ref in person} for person in people]
        if any(a & b for i, a in enumerate(sources) for b in sources[i + 1 :]):
            continue  # one source naming two: two roles or two events, not a disagreement
        disputes.append(
            Dispute(
                topic=f"Who was the {role}",
                claims=[
                    Claim(
                        statement=f"{person[0][0]} was the {role}",
                        value=person[0][0],
                        attributed_to=", ".join(
                            dict.fromkeys(
                                o for _, r in person if (o := _outlet(evidence, r.source_id))
                            )
                        )
                        or None,
                        citations=cite(ref for _, ref in person),
                    )
                    for person in people
                ],
            )
        )
    return disputes


def _role_holder(doc: Doc, token: Token) -> str | None:
    """Who a role is given to: the subject of the clause it completes ("Graner was described
    as the ringleader"), or the person a possessive names ("Frederick ... his role as")."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children):
            people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= node.i]
            return people[-1].text if people else None
        if node.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].pos_ == "PROPN":
                subject = subjects[0]
                words = [c for c in subject.children if c.dep_ == "compound"] + [subject]
                return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            return None
        if node.head is node:
            break
        node = node.head
    return None


# ----------------------------------------------------------------------------------------------
# Accounts: who says what, and who says otherwise (spaCy's parse of the cued sentences)

# Words of saying, claiming, reporting, denying (Snowball stems).
_STANCE_STEMS = frozenset(
    {"say", "said", "claim", "insist", "report", "state", "maintain", "contend", "argu",
     "assert", "alleg", "declar", "stress", "told", "tell", "deni", "reject", "dismiss",
     "refut", "disput", "contradict", "rebut", "admit", "confirm", "believ", "testifi",
     "acknowledg", "suggest", "accus", "counter", "estim", "blame", "calcul", "reckon"}
)  # fmt: skip
_DENIAL_STEMS = frozenset({"deni", "reject", "dismiss", "refut", "disput", "contradict", "rebut"})
# Verbs that give a voice's figure only in the present: "the union reckons", "calculates".
_JUDGED_NOT_SAID = frozenset({"reckon", "calcul"})
# What "reject" or "dismiss" must take to deny an account rather than a request.
_ACCOUNT_NOUNS = frozenset(
    {"claim", "report", "alleg", "accus", "suggest", "assert", "charg", "account", "notion",
     "idea", "statement", "stori", "rumour", "rumor", "assess", "find", "version",
     "figur", "number", "estim", "talli", "count", "toll", "explan"}
)  # fmt: skip
_DOUBT_WORDS = frozenset(
    {"unsure", "uncertain", "unclear", "sceptical", "skeptical", "doubtful", "unconvinced"}
)
# "It is simply not true that ...": a clause of saying that denies.
_CALLED_FALSE = (
    # (not a thing called so: "after repeated false alarms", "travelled on false papers", nor
    # a hoax told of: "aired a false announcement that the exams were cancelled")
    r"false(?!\s+(?:alarms?|positives?|negatives?|starts?|dawn|ceilings?|bottoms?|teeth|"
    r"hopes?|sense|economy|names?|documents?|papers|passports?|identit(?:y|ies)|"
    r"announcements?|communiqu[eé]s?|bulletins?|broadcasts?|news|messages?|posts?|tweets?|"
    r"videos?|emails?|notices?|websites?|profiles?|imprisonment|pretences|pretenses)\b)"
)
# ... unless said of what was told: "the claim was false news", "dismissed it as a false
# message".
_SAID_FALSE = (
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bas\s)|(?<=\bbe\s)|"
    r"(?<=\bbeen\s))(?:an?\s+|simply\s+|purely\s+)?false"
)
_UNTRUE = re.compile(
    r"\b(?:not true|untrue|baseless|unfounded|groundless|"
    + _SAID_FALSE
    + "|"
    + _CALLED_FALSE
    + r")\b",
    re.I,
)
# "says her client received no such warning", "never got any such order": what was just told,
# denied by pointing back at it.
# A word sent or said: a warning, a request, a claim.
_SENT_OR_SAID = (
    r"(?:warnings?|reports?|orders?|instructions?|requests?|calls?|letters?|notices?|"
    r"notifications?|alerts?|complaints?|messages?|information|advice|directives?|emails?|"
    r"agreements?|deals?|offers?|promises?|assurances?|demands?|threats?|claims?|statements?|"
    r"quer(?:y|ies))\b"
)
_NO_SUCH = re.compile(
    r"\b(?:no|(?:not|never|n[’']t)\b[^.;:]{0,40}?\bany)\s+such\s+(?:[a-z]+\s+)?" + _SENT_OR_SAID,
    re.I,
)  # a word sent or said, not "no such thing as", "no such law exists", "no such luck"
# A voice that says it never had the word just told of, or never had any: "Khoa says he never
# received that order", "the commission says it never received any warning" (a denial, in the
# words of saying; not "did not get the alert because the network was down", "did not receive
# the report until after the fire", which deny nothing).
_NEVER_RECEIVED = re.compile(
    r"\b(?:never\s+(?:receiv\w*|got|gotten)\s+(?:that|this|these|those|such|any|the)|"
    r"(?:not|n[’']t)\s+(?:ever\s+)?(?:receiv\w*|got|gotten|get)\s+(?:that|this|these|those|such))"
    r"\s+(?:[a-z]+\s+)?" + _SENT_OR_SAID,
    re.I,
)
# A denial of having received the word just told of: "Caldera denies ever receiving that
# warning", "denied getting any such request", "denied that it received such information"
# (not "denied that warnings were ignored", nor "police denied that request", a refusal).
_THAT_ONE = re.compile(
    r"\b(?:receiv\w*|got|gotten|getting|seen|saw|heard\s+of)\s+(?:\w+\s+)?"
    r"(?:that|this|these|those|any\s+such|such(?:\s+an?)?)\s+"
    + _SENT_OR_SAID
    + r"(?=\s*(?:[.,;:]|$|(?:from|about|before|on|at|in|to|by)\b))",
    re.I,
)
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_CONTRAST_CC = frozenset({"but", "yet"})
_FACT = re.compile(r"\b(?:in fact|actually|in reality|in truth)\b", re.I)
_CONTRARY = re.compile(
    r"\b(?:contrary to|contradicting|in contrast to|despite (?:claims|reports))\b", re.I
)
_NEGATIONS = frozenset(
    {"not", "n't", "no", "never", "nobody", "none", "nothing", "neither", "without"}
)
# Sentences worth parsing (spaCy's cost is per sentence): two voices and a contrast, a voice
# and "in fact", a doubt and a contrast, a denial, a "However" that opens a voice's words, a
# negation in a voice's words set against something by a contrast.
_STANCE_CUE = re.compile(
    r"\b(?:say|says|said|saying|claim\w*|insist\w*|report\w*|stat(?:ed|es|ing)|maintain\w*|"
    r"contend\w*|argu\w*|assert\w*|alleg\w*|declar\w*|stress\w*|told|den(?:y|ies|ied|ying)|"
    r"reject\w*|dismiss\w*|refut\w*|disput\w*|contradict\w*|rebut\w*|admit\w*|confirm\w*|"
    r"believ\w*|estimat\w*|calculates|reckons|unsure|uncertain|sceptical|skeptical|"
    r"according to|point(?:s|ed|ing)?\s+(?:to|at|the\s+finger))\b",
    re.I,
)
_PUTS_AT = re.compile(r"\bput(?:s|ting)?\s+(?:it|the\s+\w+)\s+at\b", re.I)
_CONTRAST_WORD = re.compile(r"\b(?:while|whereas|although|though|but|yet|however)\b", re.I)
# One thing said in place of another: "had been faulty, not switched off" (not "not only",
# "not least", "not yet", "not far", "not long after").
_A_NOT_B = re.compile(r"\w,\s+not\s+(?!only\b|least\b|yet\b|just\b|far\b|long\b)[a-z]", re.I)
_DOUBT_CUE = re.compile(r"\b(?:unsure|uncertain|unclear|sceptical|skeptical|doubtful)\b", re.I)
_DENIAL_CUE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|disput\w*|contradict\w*|"
    r"rebut\w*|not true|untrue|" + _SAID_FALSE + "|" + _CALLED_FALSE + r"|baseless|unfounded)\b",
    re.I,
)
_SETTING_AGAINST_CUE = re.compile(
    r"\b(?:contradicting|disputing|rejecting|rebutting|countering|challenging)\s+(?:the\s+)?"
    r"[\w’'\- ]{2,40},\s+(?:who|which)\b",
    re.I,
)
_NEGATION_CUE = re.compile(r"\b(?:not|no|never|without)\b|n't\b", re.I)
_OPENING_CONTRAST = re.compile(r"^\W*(?:however|but)\b|,\s*however\s*,", re.I)
# A negation and the clause it denies are looked for this many sentences apart at most.
NEARBY_SENTENCES = 8
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    stemmed: str = _snowball().stem(word.lower())
    return stemmed


@lru_cache(maxsize=1)
def _snowball() -> Any:
    """NLTK's Snowball stemmer (NLTK comes with sumy): 'approval' and 'approved' meet."""
    from nltk.stem.snowball import SnowballStemmer  # type: ignore[import-untyped]

    return SnowballStemmer("english")


def _stems(text: str) -> frozenset[str]:
    stops = stop_words()
    return frozenset(
        _stem(word)
        for word in _WORD.findall(_SET_PHRASES.sub(" ", text))
        if word.lower() not in stops and len(word) > 1
    )


# Set phrases whose words tell nothing of what happened: "banned fishing until further notice"
# is no notice sent to anyone.
_SET_PHRASES = re.compile(
    r"\b(?:until|till|pending)\s+further\s+notice\b|"
    r"\bin\s+the\s+meantime\b|\bfor\s+the\s+time\s+being\b",
    re.I,
)


@dataclass
class Account:
    """One voice's account in one sentence: the clause, its voice, what it asserts."""

    ref: SentenceRef
    voice: str | None
    text: str  # the clause in the source's words
    kind: str  # say | deny | doubt | fact | plain
    stems: frozenset[str]  # what the clause asserts (its voice and verb of saying left out)
    negated: frozenset[str]  # what it says did not happen: "no shots were fired": shot, fire
    # Named places and figures: (kind, text, the noun a place qualifies: "Iraqi" -> "waters").
    values: tuple[tuple[str, str, str | None], ...]
    head: int = -1  # token index of the clause head
    named_here: bool = True  # the voice is the clause's own subject, not one climbed to
    cue: str | None = None  # why it may answer another account: deny | contrary | however | negated
    target: str | None = None  # whose account a denial names: "disputed the company's account"
    voice_ref: SentenceRef | None = None  # the earlier sentence that names a "he" who denies
    denied: frozenset[str] = frozenset()  # what a denial is about: "denied that he had ever
    # threatened anyone" -> threaten; "denied receiving any warning" -> receiv, warn
    # what a claim it denies says, and whose the claim is: "rejected claims by residents that
    # alerts were sent too late" -> (alert, sent, late), (resid)
    claimed: frozenset[str] = frozenset()
    claimant: frozenset[str] = frozenset()
    # what a denial says a thing was not: "denied that the outbreak was cholera" -> cholera
    said_to_be: frozenset[str] = frozenset()
    # nouns joined to what is negated, not happening either: "never received any letter or
    # any complaint" -> complaint
    negated_too: frozenset[str] = frozenset()
    # whose account a sentence says it contradicts: "contradicting the distributor's
    # explanation" -> the distributor
    contradicted: str | None = None


# Verbs whose meaning is a "not": "denied that the ferry lacked life jackets" is answered by
# "the ferry did not carry enough life jackets".
_LACKING = frozenset({"lack", "fail", "miss", "ignor", "neglect", "refus", "absent", "skip"})


# How many words two sentences must both say did not happen to tell one denial twice.
SAME_DENIAL_SHARED = 2


def _says_it_too(denial: Account, option: Account) -> bool:
    """Whether an account says, as a denial does, that what is denied did not happen: "No
    operator received a warning" beside "denies receiving the warning" (not when the denial
    denies a "not" itself: "denied that the bridge had not been inspected")."""
    if denial.negated and not _DENY_WORD.search(denial.text):
        # a denial told as a "never": the lawyer's '"My client has never received any order of
        # demolition," declared the lawyer' beside his 'that his client "never received any
        # demolition order"' is the same denial, no account it answers
        return len(option.negated & denial.negated) >= SAME_DENIAL_SHARED
    if denial.negated or denial.stems & _LACKING:
        return False
    # when the denial names no event ("dismissed the findings"), two of its words: "found no
    # sign that the recordings were manipulated" is the findings, not a word for the denial
    # because both speak of recordings
    if len(option.negated & denial.stems) >= (1 if denial.denied else 2):
        return True
    # "we were not warned": a verb alone, which `_negated` does not take for an event; "had
    # never received any demolition order or any warning": what was never received
    return any(
        _stem(match.group(1).lower()) in denial.denied
        or (
            _denies_receiving(denial)
            and _stem(match.group(1).lower()) == "receiv"
            and bool(_stems(match.group(2) or "") & denial.denied)
        )
        for match in _NOT_THE_WORD.finditer(option.text)
    )


# A word right after a negation: "not warned", "no warning", "never been told"; and the words
# after it ("never received (any demolition order or any warning)").
_NOT_THE_WORD = re.compile(
    r"\b(?:not|no|never|n['’]t)\s+(?:(?:been|any|a|an|ever|yet)\s+)?([a-z]+)"
    r"((?:\s+[\w\-]+){0,6})",
    re.I,
)


def _rest_of_the_quote(
    doc: Doc, own: set[int], word: Token, heads: dict[int, tuple[Token, Token, str]]
) -> set[int]:
    """The quoted words before a clause of saying's own, in the same quotation: '"The firm
    supplied gas masks ... to the team. They were in the vehicle," his lawyer told Reuters'
    (the parse gives the verb only the quotation's last sentence)."""
    spans = quote_spans(doc.text)
    inside = nlp.quoted(doc)
    if word.i in inside:
        return set()
    rest: set[int] = set()
    for start, end in spans:
        tokens = {t.i for t in doc if start <= t.idx < end and t.i in inside}
        if tokens & own and not any(h in tokens for h in heads):
            rest |= tokens
    return rest - own


def _agrees_with(
    denial: Account, doc: Doc, ref: SentenceRef, antecedents: _Antecedents | None
) -> bool:
    """Whether a sentence only repeats a denial: each of its accounts says the same."""
    accounts = accounts_in(doc, ref, antecedents) or [_plain_account(doc, ref)]
    return all(
        (a.kind == "deny" and bool(a.stems & denial.stems)) or _says_it_too(denial, a)
        for a in accounts
    )


def _an_account_noun(noun: Token) -> bool:
    """ "a claim", "the report", "a version the company rejects"; not "the latest version of
    the pension bill" (a version of a thing is no account)."""
    if _stem(noun.lower_) not in _ACCOUNT_NOUNS:
        return False
    return not (noun.lower_ == "version" and nlp.child_of(noun, "prep", "of") is not None)


def _denied_as_a_thing(denial: Account) -> bool:
    """Whether what a denial denies is a thing named with its article ("denies receiving that
    warning"), not an act ("denied that its troops had fired on the crowd")."""
    return bool(denial.denied) and all(
        re.search(
            rf"\b(?:the|that|this|any|a|an|such|no)\s+{re.escape(stem)}\w*", denial.text, re.I
        )
        for stem in denial.denied
    )


def _reports_a_saying(according: Token) -> bool:
    """Whether "according to X" only says who reports what another said: "Aswany has told
    prosecutors a gust pushed the balloon into power lines, according to his lawyer" is
    Aswany's account (the lawyer hangs on the clause of "told")."""
    clause = according.head
    return (
        clause.dep_ == "ccomp"
        and clause.head.pos_ in {"VERB", "AUX"}
        and _stem(clause.head.lower_) in _STANCE_STEMS
    )


def _may_dispute(text: str) -> bool:
    """Whether a sentence may hold accounts set against each other (a cheap test, so that
    only those sentences are parsed)."""
    # "A says ...; B says ...": two voices side by side are set against each other too
    contrast = bool(
        _CONTRAST_WORD.search(text)
        or ";" in text
        or _A_DASH.search(text)
        or _SAID_IN_TURN.search(text)
    )
    if _SETTING_AGAINST_CUE.search(text) or _AS_EACH_SAYS.search(text):
        return True  # "..., countering critics, who say ...": see `_contradicted_in_place`;
        # "whether P, as A claims, or Q, as B suggests": see `_as_each_says`
    denial = bool(
        _DENIAL_CUE.search(text)
        or _NO_SUCH.search(text)
        or _NO_TRACE_OF.search(text)
        or _NEVER_RECEIVED.search(text)
        or _A_NOT_B.search(text)  # "had been faulty, not switched off"
    )
    if not (contrast or _FACT.search(text) or denial or _CONTRARY.search(text)):
        return False
    voices = len(_STANCE_CUE.findall(text)) + len(_PUTS_AT.findall(text))
    if not voices and not _DOUBT_CUE.search(text):
        return False
    return bool(
        (voices >= 2 and contrast)
        or _FACT.search(text)
        or (_DOUBT_CUE.search(text) and contrast)
        or denial
        or _CONTRARY.search(text)
        or (voices and _OPENING_CONTRAST.search(text))
        or (voices and contrast and _NEGATION_CUE.search(text))
    )


_A_DASH = re.compile(r"\s(?:--|—|–)\s")
# What a voice finds no trace of, denying it happened: "no record of any inspection".
_NO_TRACE = frozenset({"record", "records", "evidence", "trace", "sign", "proof"})
# "no evidence of arson", "no evidence (that) the fire was deliberately lit"
# "found no masks", "no weapons were discovered": nothing of a thing looked for
_FOUND_NONE = re.compile(
    r"\b(?:found|finds?|finding|saw|seen|discovered|detected|located)\s+no\s+[a-z]"
    r"|\bno\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|(?:has|have|had)\s+been)\s+"
    r"(?:found|seen|discovered|detected|located)\b",
    re.I,
)
_NO_TRACE_OF = re.compile(
    rf"\bno\s+(?:{'|'.join(sorted(_NO_TRACE))})\s+(?:of|that\b|the\b|it\b|anyone\b)"
    rf"|{_FOUND_NONE.pattern}",
    re.I,
)
# Words that make "no evidence" a finding as it stood then, right before it ("still had no
# evidence", "had so far found no trace") or in its clause after it ("no evidence yet", "no
# sign of it at this stage"); not "which is still pumping water", nor "yet it urged" (but).
_STILL_BEFORE = re.compile(
    r"\b(?:still|so\s+far|as\s+yet|at\s+this\s+(?:stage|point))\s+(?:[a-z]+\s+){0,2}$", re.I
)
_YET_AFTER = re.compile(
    r"^[^,;.]{0,60}?\b(?:yet|so\s+far|at\s+this\s+(?:stage|point)|for\s+now|at\s+present)\b"
    r"(?!\s+(?:it|he|she|they|the|a|an)\b)",
    re.I,
)


def _not_found_yet(text: str) -> bool:
    """Whether a sentence tells that no trace of something was found as yet: "The NSO said it
    still had no evidence that patient data had been stolen"."""
    found = _NO_TRACE_OF.search(text)
    return found is not None and bool(
        _STILL_BEFORE.search(text[: found.start()]) or _YET_AFTER.match(text[found.end() :])
    )


# Two like clauses of saying one after the other: "the union says P, CEPA says Q", "with the
# union saying P and CEPA saying Q".
_SAID_IN_TURN = re.compile(
    r"\b(?P<verb>says|say|saying)\b[^;.]*?(?:,|\band)\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,3}?"
    r"(?P=verb)\b",
    re.I,
)


def _account_disputes(
    evidence: EvidenceSet,
    antecedents: _Antecedents,
    background: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Dispute]:
    """Accounts set against each other in one sentence, then denials and contradictions with
    the account they answer, found among the other sentences."""
    cued: dict[str, tuple[EvidenceItem, SentenceRef]] = {}
    for item in evidence.ranked():
        if item.is_heading:
            continue
        # One sentence an item: the first one with a cue (a rewrite may add a contrast its
        # item's first sentence lacks: "Iran says P while the UK insists Q").
        ref = next((ref for ref in item.members if _may_dispute(ref.text)), None)
        if ref is not None and ref.text not in cued:
            cued[ref.text] = (item, ref)
        if len(cued) >= MAX_PARSED:
            break
    if not cued:
        return []
    finder = _Counterparts(evidence, antecedents, background)
    docs = finder.parse(list(cued))
    disputes: list[Dispute] = []
    queries: list[tuple[EvidenceItem, Account]] = []
    for (item, ref), doc in zip(cued.values(), docs, strict=True):
        accounts = accounts_in(doc, ref, antecedents)
        pair = (
            _as_each_says(doc, ref)
            or _contrasted_pair(doc, accounts)
            or _denied_in_place(doc, accounts)
            or _contradicted_in_place(doc, accounts)
        )
        if pair is not None:
            same = [m for m in item.members if m.text == ref.text]
            pair = (pair[0], finder.with_what_follows(pair[1]))
            carriers = (same, [pair[1].ref] if pair[1].ref.end > ref.end else same)
            disputes.append(_dispute_of(evidence, pair, carriers))
            continue
        queries += [(item, account) for account in accounts if account.cue]
    for item, account in queries[:MAX_QUERIES]:
        found = finder.counterpart(item, account)
        first_told = account.ref
        if account.cue in _POINTS_BACK and (found is None or not found[0].voice):
            found, account = _told_again_elsewhere(finder, item, account, found)
        if found is not None and not _of_the_one_it_names(account, found[0]):
            found = None  # "denied that a railing broke first, as some survivors have said"
            # answers the survivors, not the police's account told just before it
        if found is not None:
            other, other_item = found
            account = finder.with_what_follows(account)
            # (the denial as its first report told it, too, where its words are read again
            # in another's: "denied receiving any such order" / "still denies ever receiving
            # such an order")
            also = [first_told] if first_told.source_id != account.ref.source_id else []
            # and as the report of the account it answers told it, right there
            told_there = {member.source_id for member in other_item.members}
            also += [
                member
                for member in item.members
                if member.source_id in told_there - {account.ref.source_id} and member not in also
            ]
            carriers = (list(other_item.members), [account.ref, *also])
            disputes.append(_dispute_of(evidence, (other, account), carriers))
    return [d for d in disputes if all(_states_something(c.statement) for c in d.claims)]


# Whose account a denial says it answers: "The trust denied that a railing broke first, as some
# survivors have said".
_AS_THEY_SAID = re.compile(
    r",\s+as\s+(?P<who>(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:said|say|says|claimed|claim|claims|alleged|allege|alleges|maintained|maintain|"
    r"suggested|reported)\b",
    re.I,
)


def _of_the_one_it_names(answer: Account, account: Account) -> bool:
    """Whether an account a denial answers may be of the people the denial names as its
    tellers ("..., as some survivors have said"): any account when it names none, or names
    someone the account's voice may stand for ("as a local lawmaker alleged" of "Kabiru
    Dangulbi", "as the trust alleges" of an account no one is named for); not the police's."""
    named = _AS_THEY_SAID.search(answer.ref.text)
    if named is None or not account.voice:
        return True
    tellers = _PEOPLE_TELLING.fullmatch(named.group("who"))
    return tellers is None or bool(_voice_words(account.voice) & _voice_words(named.group("who")))


# People who tell what they saw, named as a group: "some survivors", "the residents".
_PEOPLE_TELLING = re.compile(
    rf"(?:(?:some|many|several|the|other)\s+)?(?:[a-z]+\s+)?(?:{_PEOPLE_WHO_TELL})", re.I
)


# The cues of a denial that points back at what its own report told just before it.
_POINTS_BACK = frozenset({"that one", "no such", "that account"})


def _told_again_elsewhere(
    finder: _Counterparts,
    item: EvidenceItem,
    account: Account,
    found: tuple[Account, EvidenceItem] | None,
) -> tuple[tuple[Account, EvidenceItem] | None, Account]:
    """A denial that points back ("denied receiving any such order") at what no one named
    told, read again in its other reports' words, each pointing back at its own report: "The
    commissioner ... says market leaders were ordered in June to move gas sellers out. Agulu
    still denies ever receiving such an order" names whose order it was."""
    others = [
        member
        for member in item.members
        if member.source_id != account.ref.source_id and member.text != account.ref.text
    ]
    for member, doc in zip(others, finder.parse([m.text for m in others]), strict=True):
        again = next(
            (a for a in accounts_in(doc, member, finder.antecedents) if a.cue == account.cue),
            None,
        )
        answered = finder.counterpart(item, again) if again is not None else None
        if (
            again is not None
            and answered is not None
            and answered[0].voice
            # the same order told again, not another ("the fire service had ordered the club
            # to repair its smoke alarms" / "was ordered in March to stop using fireworks")
            and (
                found is None
                or len(
                    _senses(found[0].stems)
                    & _senses(answered[0].stems) - _LIGHT_STEMS - _ORDERING_STEMS
                )
                >= SAME_DENIAL_STEMS
            )
        ):
            return answered, again
    return found, account


# Words of accusing someone: "Police accuse Bae of having a gas line extended", "prosecutors
# allege that the captain ignored the warning".
_ACCUSING = re.compile(r"\b(?:accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing))\b", re.I)
_ACCUSING_WORDS = frozenset(
    {"accuse", "accuses", "accused", "accusing", "allege", "alleges", "alleged", "alleging"}
)
# How many sentences after an accusation the accused's answer may come.
ANSWER_WITHIN = 2


def _accusations_answered(
    evidence: EvidenceSet, antecedents: _Antecedents, entities: Sequence[Entity] = ()
) -> list[Dispute]:
    """An accusation of someone named, answered in the sentences right after it by the one
    accused or by the one who speaks for him: "Police accuse Bae of having a gas line extended
    ... His lawyer, Lim Chang-ho, has said the hose was fitted by a previous tenant in 2019"
    (an answer that shares no word with the charge, so no search by words finds it)."""
    accusing = [
        ref
        for item in evidence.ranked()[:MAX_PARSED]
        for ref in item.members[:1]
        if _ACCUSING.search(ref.text)
    ]
    disputes: list[Dispute] = []
    for ref, doc in zip(accusing, nlp.parse([ref.text for ref in accusing]), strict=True):
        for accusation in accounts_in(doc, ref, antecedents):
            accused = _accused(doc[accusation.head]) if accusation.head >= 0 else None
            if accusation.voice is None or accused is None or len(_bearers(entities, accused)) > 1:
                continue  # ("landlord Kim" of a cluster with two Kims: whose answer is his?)
            answer = _answer_of_the_accused(ref, accused, accusation, antecedents)
            if answer is not None:
                disputes.append(_dispute_of(evidence, (accusation, answer), ([ref], [answer.ref])))
                break
    return [d for d in disputes if all(_states_something(c.statement) for c in d.claims)]


# A named body or person criticised, by no one named: "FONASA has also faced criticism for
# taking 11 days to tell members" (not "has come under fire", which may be gunfire).
_FACED_CRITICISM = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,3})\s+"
    r"(?:has|have|had)\s+(?:also\s+|already\s+|since\s+)?(?:faced|drawn|attracted|come\s+under)\s+"
    r"(?:(?:growing|mounting|heavy|sharp|fierce|widespread|public|much)\s+)?"
    r"criticism\s+(?:for|over)\s+(?P<over>[^.;]+)",
)
# What an answer says that grants the criticism: "acknowledged that its response had been too
# slow", "says the criticism is fair", "agrees with the regulator's findings".
_GRANTS_THE_CRITICISM = re.compile(
    r"\b(?:acknowledg\w*|admit\w*|agree\w*|accept\w*|apologi[sz]\w*|regret\w*|sorry|fair|"
    r"justified|rightly)\b",
    re.I,
)
# What an answer says that stands against it: a "not", a reason, a "but".
_ANSWERS_BACK = re.compile(
    r"\b(?:not|never|no|n['’]t|den(?:y|ies|ied)|reject\w*|disput\w*|insist\w*|maintain\w*|"
    r"because|but|only|until)\b",
    re.I,
)
# How many sentences after a criticism the answer of the one criticised may come.
CRITICISM_ANSWER_WITHIN = 1


def _criticism_answered(evidence: EvidenceSet, antecedents: _Antecedents) -> list[Dispute]:
    """A named body criticised, answered in the sentence right after by itself, by name or as
    "the" body just named: "FONASA has also faced criticism for taking 11 days to tell members
    ... The insurer says it could not confirm that data had been stolen until Sunday"
    (not a person's answer: the body speaks).
    """
    criticised = [  # (the words are rare: every sentence is read, only those parsed)
        (ref, found)
        for item in evidence.ranked()
        for ref in item.members[:1]
        if (found := _FACED_CRITICISM.match(without_dateline(ref.text))) is not None
    ]
    disputes: list[Dispute] = []
    texts = "\n".join(antecedents.texts.values())
    for ref, found in criticised:
        who = re.sub(r"^The\s+", "", found.group("who"))
        told = antecedents.at.get((ref.source_id, ref.position + CRITICISM_ANSWER_WITHIN))
        if told is None:
            continue
        (doc,) = nlp.parse([told.text])
        answer = next(
            (
                account
                for account in accounts_in(doc, told, antecedents)
                if account.kind in {"say", "deny"}
                and account.voice is not None
                and not _GRANTS_THE_CHARGE.search(account.text)
                and not _GRANTS_THE_CRITICISM.search(account.text)
                and (
                    _a_word_of(account.voice, who)
                    or (_the_one_just_named(account) and _its_kind(who, account.voice, texts))
                )
                # it answers the criticism: it stands against it, or speaks of what it is about
                # (not "says its chief executive will step down", "the outage was caused by a
                # fire" for criticism of its pricing)
                and (
                    _ANSWERS_BACK.search(account.text) is not None
                    or bool(_stems(found.group("over")) & account.stems)
                )
            ),
            None,
        )
        if answer is None:
            continue
        claims = [
            Claim(
                statement=clean_sentence(without_dateline(ref.text)),
                value=None,
                attributed_to=None,
                citations=cite([ref]),
            ),
            Claim(
                statement=_statement(answer),
                value=None,
                attributed_to=who,
                citations=cite([told]),
            ),
        ]
        disputes.append(Dispute(topic=f"{ACCOUNTS_TOPIC}: critics and {who}", claims=claims))
    return disputes


# Kinds of body a firm is called by: "the company", "the insurer".
_WHAT_A_FIRM_IS_CALLED = frozenset(
    "company firm group operator insurer bank airline utility developer contractor carrier "
    "manufacturer maker retailer producer supplier".split()
)
# Words of a public body's name, which no firm's kind names: "the company" is no ministry.
_PUBLIC_BODY_WORDS = frozenset(
    "ministry agency department council police authority office commission government "
    "city county state service".split()
)


def _its_kind(name: str, kind: str, texts: str) -> bool:
    """Whether "the <kind>" may be the body just named: the kind is a word of its name ("the
    ministry" of "the Health Ministry"), the cluster calls it so (`_called_so`), or a firm's
    kind said of a name that is no public body's ("the company" of "Karsten Foods")."""
    words = {word.lower() for word in name.split()}
    return (
        kind in words
        or _called_so(name, kind, texts)
        or (kind in _WHAT_A_FIRM_IS_CALLED and not words & _PUBLIC_BODY_WORDS)
    )


def _called_so(name: str, kind: str, texts: str) -> bool:
    """Whether the cluster calls a body by that kind of body next to its name: "Chile's public
    health insurer FONASA", "FONASA, the national health insurer" ("the insurer" is FONASA;
    "the regulator" is not)."""
    name, kind = re.escape(name), re.escape(kind)
    return (
        re.search(rf"\b{kind}\s+(?:[\w’'\-]+\s+){{0,2}}{name}\b", texts, re.I) is not None
        or re.search(
            rf"\b{name}\b,?\s+(?:\([^)]*\)\s+)?(?:the|a|an|its)\s+(?:[\w’'\-]+\s+){{0,5}}{kind}\b",
            texts,
            re.I,
        )
        is not None
    )


def _the_one_just_named(account: Account) -> bool:
    """Whether a voice is a body named by its kind ("the insurer", "the company"): the one the
    sentence before named (not a person's title: "the minister")."""
    voice = account.voice or ""
    return (
        re.match(rf"the\s+{re.escape(voice)}\b", account.text, re.I) is not None
        and voice.isalpha()
        and voice.islower()
        and not is_title(voice)
        and not counts_people(voice)
    )


def _accused(head: Token) -> str | None:
    """The name of the one an accusation is of: the object of "accuse", the subject of what
    is alleged."""
    if head.lower_ not in _ACCUSING_WORDS:
        return None
    if head.lower_.startswith("accus"):
        who = nlp.child_of(head, "dobj")
    else:
        said = next((c for c in head.children if c.dep_ == "ccomp"), None)
        who = nlp.child_of(said, "nsubj") if said is not None else None
    if who is None or who.pos_ != "PROPN":
        return None
    start = end = who.i  # the name's words around its head: "Kang Min-su"
    doc = who.doc
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    while (
        end + 1 < len(doc)
        and not doc[end].whitespace_
        and (doc[end + 1].is_alpha or doc[end + 1].text == "-")
    ):
        end += 1
    return doc[start : end + 1].text


def _answer_of_the_accused(
    ref: SentenceRef,
    accused: str,
    accusation: Account,
    antecedents: _Antecedents,
) -> Account | None:
    """What the accused, or the one who speaks for him, says in the ANSWER_WITHIN sentences
    after the charge, unless it grants it."""
    following = [
        told
        for step in range(1, ANSWER_WITHIN + 1)
        if (told := antecedents.at.get((ref.source_id, ref.position + step))) is not None
    ]
    for told, doc in zip(following, nlp.parse([t.text for t in following]), strict=True):
        for answer in accounts_in(doc, told, antecedents):
            voice = answer.voice
            if (
                voice is None
                or answer.kind not in {"say", "deny"}
                or _GRANTS_THE_CHARGE.search(answer.text)
            ):
                continue  # ("His lawyer said he would plead guilty": no answer against it)
            if _same_voice(voice, accusation.voice):
                continue
            spoken_for = antecedents.speaks_for.get(fold(_voice_key(voice)))
            if spoken_for and _a_word_of(accused, spoken_for):
                return answer
            # the accused himself, named in full before the charge if it names him by one word
            # (not "Kim Ji-won, a neighbour" after "Police accuse landlord Kim")
            told_before = antecedents.texts.get(ref.source_id, "")[: ref.start]
            if _a_word_of(accused, voice) and (" " in accused or voice in told_before):
                return answer
    return None


# Words that grant an accusation rather than answer it.
_GRANTS_THE_CHARGE = re.compile(
    r"(?<!not\s)(?<!never\s)(?<!n't\s)(?<!n’t\s)"
    r"(?:\bplead(?:s|ed)?\s+guilty\b|\badmit(?:s|ted)?\b|"
    r"\baccept(?:s|ed)?\s+(?:full\s+)?responsibility|\bconfess(?:es|ed)?\b)",
    re.I,
)


def _a_word_of(named: str, name: str) -> bool:
    """Whether a name as written is all words of a name ("Bae" of "Bae Jung-gu", "Hastings" of
    "Preston Hastings")."""
    words = {fold(part) for part in re.findall(r"[\w\-’']+", name)}
    return all(fold(part) in words for part in re.findall(r"[\w\-’']+", named))


def _states_something(statement: str) -> bool:
    """A side a reader can weigh: a clause of four words or more, not a fragment ("to
    contradict the airline")."""
    words = statement.split()
    opening = words[0] if words else ""
    if opening.lower() in {"what", "which"} and not opening.islower():
        return len(words) >= 4  # "What happened on Tuesday is a montage": a whole sentence
    return len(words) >= 4 and opening.lower() not in _NO_OPENING


# Words no side opens with: a clause cut from its subject ("has denied the union's claim
# that ..."), or a fragment ("to contradict the airline").
_NO_OPENING = frozenset(
    "to and but or of what which has have had is are was were will would did does do".split()
)


# A figure is no voice, whatever the parse makes the subject of "says".
_A_FIGURE = re.compile(
    r"(?:(?:a|an|the|that|this)\s+)?(?:number|figure|total|count|tally|estimate|sum|amount)s?",
    re.I,
)


# A quotation's speaker named right after it, the verb first: '"... the company knew,"
# countered Tomas Guzman Araiza, who represents the operator' (the parse may hang the verb
# inside the quotation).
_SAID_AFTER_THE_QUOTE = re.compile(
    r"^\s*,?\s*[\"”]\s*(?:said|says|countered|counters|replied|replies|retorted|responded|"
    r"insisted|insists|argued|argues|added|adds)\s+"
    r"(?P<who>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"
)


def _said_after_the_quote(doc: Doc, own: set[int]) -> str | None:
    """The speaker named right after the quotation an account's words end on, or None."""
    end = max(own)
    after = _SAID_AFTER_THE_QUOTE.match(doc.text[doc[end].idx + len(doc[end].text) :])
    return after.group("who") if after is not None else None


def accounts_in(
    doc: Doc, ref: SentenceRef, antecedents: _Antecedents | None = None
) -> list[Account]:
    """The accounts one parsed sentence gives: each clause of saying, denying or doubting with
    its voice, and each clause set against one by "in fact". `antecedents` say who a pronoun the
    sentence does not explain stands for."""
    each = _as_each_says(doc, ref)
    if each is not None:
        return list(each)
    heads: dict[int, tuple[Token, Token, str]] = {}  # clause head -> (head, stance word, kind)
    for token in doc:
        stem = _stem(token.lower_)
        if _puts_a_figure_at(token):  # "the union puts it at no fewer than 110"
            heads.setdefault(token.i, (token, token, "say"))
            continue
        if stem == "blame" and not _blames_in_its_own_right(token, doc):
            continue  # "should not blame", '"We blame ...," said X', "said they blame"
        if stem in _JUDGED_NOT_SAID and (
            token.tag_ == "VBN" or any(c.dep_ in {"auxpass", "aux"} for c in token.children)
        ):
            continue  # "a force to be reckoned with", "a calculated risk": no one says so
        # a relative clause's head is a verb whatever its tag: "a version the company rejects"
        verb = token.pos_ in {"VERB", "AUX"} or token.dep_ == "relcl"
        if verb and stem in _STANCE_STEMS and token.dep_ != "amod":
            if stem in _DENIAL_STEMS:
                if not _denies_an_account(token):
                    continue
                if token.dep_ == "advcl" and token.tag_ == "VBG":
                    continue  # "Contradicting claims ..., X said": X's account is the one
            heads.setdefault(token.i, (token, token, "deny" if stem in _DENIAL_STEMS else "say"))
        elif verb and (_describes_as(token) or _points_at(token)):
            # "CEPA has described the walkout as political", "Cernat has pointed to the
            # Bucharest printer"
            heads.setdefault(token.i, (token, token, "say"))
        elif token.lower_ in _DOUBT_WORDS and token.dep_ in {"acomp", "ROOT"}:
            head = token.head if token.dep_ == "acomp" else token
            heads.setdefault(head.i, (head, token, "doubt"))
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
            and not _reports_a_saying(token)
        ):
            heads.setdefault(token.head.i, (token.head, token, "say"))
    for token in doc:
        if (
            token.pos_ in {"VERB", "AUX"}
            and token.i not in heads
            and any(child.lower_ in _CONTRAST_MARKS for child in token.children)
            and _FACT.search(" ".join(t.text for t in token.subtree))
        ):
            heads[token.i] = (token, token, "fact")
    for index, (head, _, _) in list(heads.items()):
        parent = heads.get(head.head.i)
        if parent is None and head.dep_ == "relcl":  # "..., an offer she said the airline
            # declined": a clause on a noun of the outer clause, with no one else named as
            # the subject of a clause between them
            for above in head.ancestors:
                if above.i in heads:
                    if _the_one_named_before(above, head):
                        parent = heads[above.i]
                    break
                if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in above.children):
                    break
        if (
            head.dep_ == "advcl"
            and head.tag_ == "VBG"
            and parent is not None
            and parent[2] == "deny"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
        ):
            del heads[index]  # "disputed the account, saying oil still flowed": one account
        elif _told_by_the_same(head, kind=heads[index][2], parent=parent):
            del heads[index]  # "The hospital says it told the department on Saturday": one
    filed = dateline(doc.text)  # "CARACAS, March 18 (AFP) - ": where it was filed, no account
    filed_tokens = {t.i for t in doc if t.idx < filed.end()} if filed else set()
    subtrees = {
        # a denial on an account noun takes the noun: "(..., said,) a charge the operator denied"
        index: {
            t.i
            for t in (
                head.head
                if (kind == "deny" and _answers_in_place(head) and not _denies_all_before(head))
                or _said_in_passing(head)
                else head
            ).subtree
        }
        - filed_tokens
        for index, (head, _, kind) in heads.items()
    }
    accounts = []
    for index, (head, word, kind) in heads.items():
        own = set(subtrees[index])
        for other in heads:
            if other != index and other in own:
                own -= subtrees[other]
        if word.lower_ == "according":
            own -= {t.i for t in word.subtree}
        for child in head.children:  # "Contradicting claims made by others, X said ..."
            if child.dep_ == "advcl" and _CONTRARY.match(" ".join(t.text for t in child.subtree)):
                own -= {t.i for t in child.subtree}
        own = _trim(doc, own)
        if not own:
            continue
        quoted_before = _rest_of_the_quote(doc, own, word, heads) if kind == "say" else set()
        own |= quoted_before
        voice, voice_tokens = (None, set()) if kind == "fact" else _voice(doc, head, word)
        if voice is not None and _A_FIGURE.fullmatch(voice):
            voice, voice_tokens = None, set()  # "1,900, a number her office says ...": no one
        if voice is not None:  # "BERGEN - Kari Holm": the parse joins a bare dateline's place
            voice = without_dateline(voice)
        voice_ref = None
        speaker = _speaker_to_find(doc, voice_tokens) if voice is None else None
        if speaker is not None and speaker.pos_ != "PRON" and speaker.lower_ != "my":
            voice = _phrase(doc, speaker)  # '"I deny ...," said the captain, Peter Otieno'
        elif speaker is not None and antecedents is not None:
            found = antecedents(doc, ref, speaker)
            if found is not None:
                voice, voice_ref = found
        elif (
            voice is not None
            and antecedents is not None
            and (owner := _owner_pronoun(doc, voice_tokens))
        ):
            # "His lawyer says ...": the lawyer of the man the sentence before named. A voice
            # the parse gave as the lawyer's own name ("his lawyer, Panayiotis Kouris") is kept.
            found = antecedents(doc, ref, owner)
            pronoun, _, rest = voice.partition(" ")
            if found is not None and _names_one_person(found[1]) and pronoun == owner.text and rest:
                voice = f"{found[0]}'s {rest}"
                voice_ref = found[1]
        if voice is None and speaker is None and antecedents is not None:
            named = _a_body_word_subject(head, antecedents.body_words)
            if named is not None:
                voice, voice_tokens = named.text, voice_tokens | {named.i}
        if voice is None and kind == "say":
            voice = _said_after_the_quote(doc, own)  # '"...," countered Tomas Guzman'
        named_here = bool(voice_tokens & {t.i for t in head.subtree})
        content = own - voice_tokens - {word.i} - _supposed(doc)
        if kind == "deny":
            content -= _where_it_was_said(word)
        according = word.lower_ == "according"
        shown = own | ({word.i} if not according else set())
        if according and not voice:  # "according to her", said by no one named: kept as written
            shown |= {t.i for t in word.subtree}
        text = _span_text(doc, shown)
        if (
            voice_ref is not None
            and speaker is not None
            and speaker.lower_ in {"he", "she"}
            and text.startswith(speaker.text + " ")
        ):
            text = f"{voice}{text[len(speaker.text) :]}"  # "He denied ...": the name for "He"
        elif voice and head.dep_ == "relcl" and re.match(r"who\s", text, re.I):
            text = f"{voice}{text[text.index(' ') :]}"  # "who says he emailed": "Kula says ..."
        # (what kind of account it is, its own clause says: not the quotation before it)
        own_words = _span_text(doc, shown - quoted_before) if quoted_before else text
        called_untrue = kind == "say" and bool(_UNTRUE.search(own_words))
        points_back = kind == "say" and bool(_NO_SUCH.search(own_words))
        never_had = kind == "say" and bool(_NEVER_RECEIVED.search(own_words))
        if called_untrue or points_back or never_had:
            kind = "deny"
        stems = _stems(" ".join(doc[i].text for i in sorted(content))) - _STANCE_STEMS
        negation = _negation(doc, content, word)
        account = Account(
            ref=ref,
            voice=voice,
            text=f"According to {_as_written(doc, word, voice)}, {text}"
            if according and voice
            else text,
            kind=kind,
            stems=frozenset(stems - {"accord"}),
            negated=negation[0],
            values=_values(doc, content),
            head=head.i,
            named_here=named_here,
            voice_ref=voice_ref,
            negated_too=negation[1],
        )
        account.cue = "no such" if points_back else _cue(doc, account, word)
        if account.cue == "contrary":  # "..., contradicting the distributor's explanation"
            account.contradicted = _contradicted_voice(doc)
        if kind == "deny" and (account.cue == "deny" or never_had) and _THAT_ONE.search(text):
            account.cue = "that one"  # "denies ever receiving that warning"
        if kind == "deny":
            account.target = _denied_voice(word) or (
                _owner_of_an_account(doc, own) if called_untrue else None
            )
            account.denied = _what_is_denied(word) & account.stems
            account.said_to_be = _what_it_is_said_to_be(word) & account.stems
            if never_had:
                # '"... caused by the heavy rain," he said, adding that his office had never
                # received any complaint': what is denied is the word received, not what the
                # quotation before it says
                account.denied = _what_was_never_received(doc, content) or account.denied
            account.claimed, account.claimant = _what_the_claim_says(word)
            body = _the_body_denied_for(word)
            account.stems |= body
            account.denied |= body
        accounts.append(account)
    by_head = {account.head: account for account in accounts}
    inside = nlp.quoted(doc)
    for account in accounts:
        if account.voice is None and account.kind == "say" and _believed(doc[account.head]):
            # "Olaniyan said about 35 workers were believed to have been on the site": what
            # is believed, nobody named, is what the one who says it gives
            outer = next(
                (by_head[t.i] for t in doc[account.head].ancestors if t.i in by_head), None
            )
            if outer is not None and outer.voice is not None and outer.kind == "say":
                account.voice = outer.voice
        elif account.voice is None and (
            (account.kind == "deny" and _joined_to_what_is_said(doc[account.head]))
            # "WCT, which says it detected the attack at 3:40 a.m. and denies that it received
            # any warning": the one who says it denies it too
            or (account.kind in {"say", "deny"} and _the_speaker_goes_on(doc[account.head]))
        ):
            # "SPC maintains that a sudden gust brought the crane down and denies it was
            # overloaded", parsed as the gust denying: the one who maintains it denies; "The
            # authority says it inspected the kitchen and told the company to repair a cold
            # room": the authority told it
            outer = next(
                (by_head[t.i] for t in doc[account.head].ancestors if t.i in by_head), None
            )
            if outer is not None and outer.voice is not None and outer.kind == "say":
                account.voice = outer.voice
        elif (
            account.voice is None
            and account.kind == "say"
            and account.head in inside
            and any(c.lower_ in {"me", "us"} for c in doc[account.head].children)
        ):
            # '"... Nobody from ECan told me to cut anything back," Hastings told AP': what
            # was told to the one quoted, inside the quotation, is the quoted speaker's account
            # (not '"Whoever says ransom was paid is lying"': what others say)
            outer = next(
                (by_head[t.i] for t in doc[account.head].ancestors if t.i in by_head), None
            )
            if outer is not None and outer.voice is not None and outer.head not in inside:
                account.voice = outer.voice
    return accounts


def _as_each_says(doc: Doc, ref: SentenceRef) -> tuple[Account, Account] | None:
    """The two answers of a question each with its voice: "Whether the cause was a broken rail,
    as the carrier claims, or an excessive speed, as the administrator of the track suggests,
    is not clear" (the parse hangs the second answer on the first voice's verb)."""
    found = _AS_EACH_SAYS.search(doc.text)
    if found is None:
        return None
    voices = [
        _without_adverbs_after(doc, found.span(f"{side}_voice")) for side in ("first", "second")
    ]
    last = [voice.split()[-1].lower() if voice else "" for voice in voices]
    if (
        any(voice.lower() in _PRONOUNS for voice in voices)
        or _same_voice(*voices)
        or (last[0] == last[1] and any(" " not in voice for voice in voices))
    ):
        return None  # "as police initially said, or ..., as police now believe", "as engineer
        # Paolo Rossi says, or ..., as Rossi also suggests": one voice
    accounts = []
    for side, voice in zip(("first", "second"), voices, strict=True):
        said = doc.char_span(found.start(f"{side}_verb"), found.end(f"{side}_verb"))
        if said is None:
            return None
        content = {t.i for t in doc if found.start(side) <= t.idx < found.end(side)}
        accounts.append(
            Account(
                ref=ref,
                voice=voice,
                text=doc.text[found.start(side) : found.end(f"{side}_verb")],
                kind="say",
                # (with its voice's words: "or by an arsonist, as the tenants insist" tells
                # little more than who says it)
                stems=_stems(found.group(side) + " " + found.group(f"{side}_voice")),
                negated=frozenset(),
                values=_values(doc, content),
                head=said.start,
            )
        )
    return accounts[0], accounts[1]


def _without_adverbs_after(doc: Doc, span: tuple[int, int]) -> str:
    """A voice's words without the adverbs that end them ("police initially": police)."""
    words = [t for t in doc if span[0] <= t.idx < span[1]]
    while words and words[-1].pos_ == "ADV":
        words.pop()
    return doc.text[span[0] : words[-1].idx + len(words[-1])] if words else ""


_PRONOUNS = frozenset({"", "he", "she", "they", "it", "we", "i", "you"})
_ANSWER_SAID = (
    r"(?:claims?|claimed|says?|said|insists?|insisted|maintains?|maintained|suggests?|"
    r"suggested|believes?|believed|argues?|argued|alleges?|alleged|contends?|contended)"
)
_AS_EACH_SAYS = re.compile(
    rf"\bwhether\s+(?P<first>[^,;]{{3,120}}?),\s+as\s+(?:the\s+)?(?P<first_voice>[^,;]{{2,60}}?)\s+"
    rf"(?P<first_verb>{_ANSWER_SAID}),\s+or\s+(?P<second>[^,;]{{3,120}}?),\s+as\s+(?:the\s+)?"
    rf"(?P<second_voice>[^,;]{{2,60}}?)\s+(?P<second_verb>{_ANSWER_SAID})\b",
    re.I,
)


def _the_speaker_goes_on(verb: Token) -> bool:
    """A verb with no subject of its own, joined by "and" to a verb inside what someone says
    whose subject is the speaker's pronoun: "says it inspected the kitchen and told the
    company ..." ("it" told)."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    joined = verb.head
    subject = nlp.child_of(joined, "nsubj")
    return (
        joined.dep_ == "ccomp"
        and subject is not None
        and subject.lower_ in {"it", "they", "he", "she", "we", "i"}
    )


def _joined_to_what_is_said(verb: Token) -> bool:
    """A verb with no subject of its own, joined by "and" to a verb inside what someone says,
    whose subject is a thing and no one who could deny: "maintains that a sudden gust brought
    the crane down and denies it was overloaded"."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    joined = verb.head
    subject = nlp.child_of(joined, "nsubj") or nlp.child_of(joined, "nsubjpass")
    inside = nlp.quoted(verb.doc)
    if joined.dep_ == "ccomp" and joined.i in inside and verb.i not in inside:
        return True  # 'said that his client "never received any demolition order" and blamed
        # days of heavy rain': the words quoted end before "and blamed", the speaker's own
    return (
        joined.dep_ == "ccomp"
        and subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and fold(subject.text) not in ORGANISATION_HEADS
        and not counts_people(subject.text)
        and not _speaker_noun(subject)
        and not ROLE_WORD.fullmatch(subject.text)  # "said the captain survived and blamed"
        and not AGENT_NOUN.fullmatch(subject.text)
    )


def _describes_as(token: Token) -> bool:
    """ "has described the walkout as political", "characterised the strike as illegal": a
    voice's account of what something is (a subject of its own, an object and "as")."""
    return (
        _stem(token.lower_) in {"describ", "characteris", "characteriz", "portray", "brand"}
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "dobj" for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    )


def _points_at(token: Token) -> bool:
    """ "Cernat has pointed to the Bucharest printer", "pointed the finger at the county": a
    voice of its own naming who is to blame (not "data points to", with no one pointing)."""
    if token.lower_ not in {"point", "points", "pointed", "pointing"}:
        return False
    subject = nlp.child_of(token, "nsubj")
    if subject is None or subject.pos_ not in {"PROPN", "NOUN"}:
        return False
    if any(c.dep_ == "dobj" and c.lower_ == "finger" for c in token.children):
        return True
    # someone pointed to: a body or a person (not "pointed to Lagos", a place as an example,
    # nor "pointed to the ruins of the market", nor "to a valve failure", a cause told as such)
    blamed = [
        pobj
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"to", "at"}
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    return any(
        pobj.ent_type_ in {"ORG", "PERSON", "NORP"}
        or (pobj.pos_ == "PROPN" and pobj.ent_type_ not in {"GPE", "LOC", "FAC"})
        for pobj in blamed
    )


def _the_one_named_before(outer: Token, clause: Token) -> bool:
    """Whether the "he" or "she" of a clause of saying on a noun is the person who says the
    outer clause: that clause's subject names a person, and no other person is named between
    them ("Police said they had questioned the driver, Marco Testa, about the brakes, which he
    said had failed": Testa's words, not the police's)."""
    subject = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return False
    own = {t.i for t in subject.subtree}
    return not any(
        t.ent_type_ == "PERSON" and t.i not in own for t in outer.doc[outer.left_edge.i : clause.i]
    )


def _told_by_the_same(head: Token, kind: str, parent: tuple[Token, Token, str] | None) -> bool:
    """A clause of saying inside another's, its subject a pronoun for the one who says it
    ("the hospital says it told the department ...", "he said he had told police ...", "...,
    an offer she said the airline declined") or told in the passive ("maintains that every
    bar was told ..."): what the outer voice says, one account."""
    if kind != "say" or parent is None or parent[2] != "say":
        return False
    if head.dep_ == "relcl":  # "lined up 150 rooms, an offer she said the airline declined"
        # (only "he" or "she": "it" and "they" may be a body the clause between names, "...
        # is examining its warning, which it says was issued at 7:32")
        return any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in head.children)
    return head.dep_ == "ccomp" and any(
        (c.dep_ == "nsubj" and c.tag_ == "PRP")
        or (c.dep_ in {"nsubjpass", "auxpass"} and head.lower_ in _TOLD_IN_THE_PASSIVE)
        for c in head.children
    )


# Verbs whose passive says someone was given word ("every bar was told to stop"); "a patient was
# admitted" is no such thing.
_TOLD_IN_THE_PASSIVE = frozenset(
    {"told", "informed", "warned", "notified", "instructed", "ordered"}
)


def _what_was_never_received(doc: Doc, content: set[int]) -> frozenset[str]:
    """The stems of a word said never to have come: "had never received any complaint about
    dumping" gives receiv, complaint."""
    return frozenset(
        _stem(told.lower_)
        for verb in doc
        if verb.i in content
        and _stem(verb.lower_) in _RECEIVING
        and any(c.dep_ == "neg" for c in verb.children)
        for told in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    )


_RECEIVING = frozenset({"receiv", "got", "gotten", "get"})


def _what_is_denied(word: Token) -> frozenset[str]:
    """The stems of what a denial denies: the verb of the clause it takes, unless a light one,
    and its object ("denied that the bank had sold dollars": sold, dollar; "denied that the
    board had received any warning": warn; "denied that he had threatened anyone": threaten).
    A clause the parse takes for an object ("denied that it had been speeding") is one."""
    clause = next(
        (
            c
            for c in word.children
            if c.dep_ in {"ccomp", "xcomp"}
            or (
                c.dep_ == "dobj"
                and c.pos_ in {"VERB", "AUX"}
                and any(m.dep_ == "mark" and m.i < c.i for m in c.subtree)
            )
        ),
        None,
    )
    if clause is None:
        return _what_the_account_is_of(word)
    if clause.pos_ not in {"VERB", "AUX"}:
        return frozenset()
    objects = [c for c in clause.children if c.dep_ == "dobj" and not c.is_stop]
    # what did it, when the clause is of causing: "denied that a release from the dam caused
    # the flooding" is about the release, not the flooding the other side also speaks of
    doers = [
        c
        for c in clause.children
        if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and clause.lower_ in _CAUSING
    ]
    # what the clause is of when it has no object of its own: "denies that any complaint
    # reached it", "denied that any warning was sent" (what "X was Y" is of, below)
    said_is = _what_it_is_not(clause)
    things = (
        []
        if objects or said_is or clause.pos_ != "VERB"  # (not "salaries were unpaid")
        else [c for c in clause.children if c.pos_ == "NOUN" and c.dep_ in {"nsubj", "nsubjpass"}]
    )
    light = clause.lower_ in _LIGHT_VERBS and (objects or things)
    # what "X was Y" says was done to X: "denied that it was overloaded" -> overloaded (not an
    # adjective: "denied that salaries were unpaid" is answered by "have not been paid")
    states = (
        [c for c in clause.children if c.dep_ == "acomp" and c.tag_ == "VBN"]
        if clause.lower_ in _BE
        else []
    )
    told = objects + doers + things + states + ([] if light else [clause])
    if said_is:
        # "denies that its systems were the way in": the systems, and what they were not; not
        # a subject told as what is known ("denied that an outbreak that has killed five
        # people was cholera" denies cholera, not the outbreak every report tells of)
        told += [
            *said_is,
            *(
                c
                for c in clause.children
                if c.dep_ == "nsubj" and not c.is_stop and not _told_as_known(c)
            ),
        ]
    return frozenset(_stem(t.lower_) for t in told) - _STANCE_STEMS


def _what_it_is_said_to_be(word: Token) -> frozenset[str]:
    """What "denied that X was Y" denies X was: Y ("was cholera" -> cholera); not what a
    voice calls a claim ("said the claim was false news")."""
    if not _DENY_WORD.fullmatch(word.text):
        return frozenset()
    clause = next((c for c in word.children if c.dep_ in {"ccomp", "xcomp"}), None)
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return frozenset()
    return frozenset(_stem(t.lower_) for t in _what_it_is_not(clause)) - _STANCE_STEMS


def _told_as_known(subject: Token) -> bool:
    """Whether the subject of "X was Y" is told as what is known, by an indefinite article or
    a relative clause ("an outbreak that has killed five people"), and Y is what is said."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or c.dep_ == "relcl" for c in subject.children
    )


def _the_body_denied_for(word: Token) -> frozenset[str]:
    """The name of the body whose head or spokesman denies what "the company" did: in
    "Korfez's general manager, Serdar Gul, denied the company had ever handled counterfeit
    alcohol", the company is Korfez, and the account denied is one that names it."""
    clause = next((c for c in word.children if c.dep_ in {"ccomp", "xcomp"}), None)
    subject = (
        next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if clause is not None
        else None
    )
    if subject is None or subject.lower_ not in _BODY_KINDS:
        return frozenset()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return frozenset()
    denier = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if denier is None or denier.lower_ not in _COMPANY_OFFICERS:
        return frozenset()  # (not "Lagos State's environment commissioner")
    owner = next((c for c in denier.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return frozenset()
    return _stems(" ".join(t.text for t in owner.subtree if t.pos_ == "PROPN"))


# Who speaks for a company: "Korfez's general manager", "the firm's owner".
_COMPANY_OFFICERS = frozenset(
    "manager director executive chief owner spokesman spokeswoman spokesperson chairman "
    "president ceo founder".split()
)
_OFFICER_STEMS = frozenset(_stem(word) for word in _COMPANY_OFFICERS | {"general", "deputy"})
_BODY_HEAD_STEMS = frozenset(
    _stem(word) for word in ORGANISATION_HEADS | {"firm", "contractor", "operator", "builder"}
)


# Words of a description of an office that name no body: "Istanbul's top health official".
_OFFICE_STEMS = frozenset(
    _stem(word)
    for word in "top senior official officials chairman chairwoman president secretary "
    "general manager executive coordinator commander deputy".split()
)


_AN_ACCOUNT_OF = re.compile(r"\b(?:accounts?|claims?|reports?|versions?)\s+(?:of|about)\b", re.I)


def _what_the_account_is_of(word: Token) -> frozenset[str]:
    """What an account denied is about, where the denial names it: "disputed police and
    ministry accounts of when the alarm was raised" -> alarm, raise."""
    account = next((c for c in word.children if c.dep_ == "dobj" and _an_account_noun(c)), None)
    about = (
        next(
            (c for c in account.children if c.dep_ == "prep" and c.lower_ in {"of", "about"}), None
        )
        if account is not None
        else None
    )
    if about is None:
        return frozenset()
    told = [
        t
        for t in about.subtree
        if (t.pos_ in {"NOUN", "PROPN", "VERB"} or (t.pos_ == "ADJ" and t.dep_ == "amod"))
        and not t.is_stop
    ]  # ("any suggestion of an inside job": inside, job)
    return frozenset(_stem(t.lower_) for t in told) - _STANCE_STEMS


def _what_the_claim_says(word: Token) -> tuple[frozenset[str], frozenset[str]]:
    """What a claim a denial names says, and whose it is, where the denial gives them: "rejected
    accusations from Sofala's provincial government that it was slow to warn about Cyclone
    Nadira" -> (slow, warn), (sofala, provinci, govern). What the claim says leaves out when it
    was so ("... that its warning signs were not working when a sandstorm caused a pile-up")."""
    claim = next((c for c in word.children if c.dep_ == "dobj" and _an_account_noun(c)), None)
    if claim is None:
        return frozenset(), frozenset()
    said = next(
        (
            c
            for c in claim.subtree
            if c.dep_ in {"acl", "ccomp"}
            and c.head.i <= claim.i + CLAIMANT_WORDS
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if said is None:
        return frozenset(), frozenset()
    aside = {
        t.i
        for c in said.children
        if c.dep_ == "relcl"
        or (
            c.dep_ == "advcl"
            # "when a bus and a lorry collided", ", killing eleven people": the event told
            and (c.tag_ == "VBG" or any(w.lower_ in _WHEN_WORDS for w in c.children))
        )
        for t in c.subtree
    }
    told = [
        t
        for t in said.subtree
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "ADV"} and t.i not in aside and not t.is_stop
    ]
    whose = [
        t
        for prep in claim.children
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}
        for t in prep.subtree
        if t.pos_ in {"NOUN", "PROPN"}
    ]
    # what the denial itself calls the event ("when a bus and a lorry collided in fog") is not
    # what the claim says ("its fog warning lights were not working")
    event = {_stem(word.doc[i].lower_) for i in aside}
    return (
        frozenset(_stem(t.lower_) for t in told) - _STANCE_STEMS - event,
        frozenset(_stem(t.lower_) for t in whose),
    )


# Words that open a clause of when something was so: "when a sandstorm caused a pile-up".
_WHEN_WORDS = frozenset({"when", "while", "as", "after", "before", "since", "until", "once"})
# How far after a claim's noun the clause that says what it claims may hang ("claims by
# residents and Kalamata's mayor that ...").
CLAIMANT_WORDS = 8


# Verbs that say little without their object: "received a warning", "had a permit".
_LIGHT_VERBS = frozenset(
    """
        receive received receiving receives get got gotten getting gets have has had having
        give gave given giving gives make made making makes take took taken taking takes
        reach reached reaching reaches
    """.split()
)


_LIGHT_STEMS = frozenset(_stem(word) for word in _LIGHT_VERBS)


# Prepositions that tell where or when words were said: "At a press conference at noon, X
# denied that ...", "said in a statement on Tuesday".
_CIRCUMSTANCES = frozenset({"at", "in", "on", "during", "after", "before", "outside", "inside"})


def _where_it_was_said(word: Token) -> set[int]:
    """The words of a verb of saying that tell the occasion of the saying, not what is said:
    they share nothing with the account answered."""
    if word.pos_ not in {"VERB", "AUX"}:
        return set()
    return {
        t.i
        for child in word.children
        if (
            child.dep_ == "prep"
            and child.lower_ in _CIRCUMSTANCES
            and _an_occasion_of_saying(child)
        )
        or child.dep_ == "npadvmod"
        for t in child.subtree
    }


# Where words are said: "at a press conference", "in a statement", "on state television".
_OCCASIONS_OF_SAYING = frozenset(
    """
        conference briefing statement interview speech address meeting television radio
        broadcast post letter hearing session rally visit headquarters noon
    """.split()
)


def _an_occasion_of_saying(preposition: Token) -> bool:
    """ "at a press conference at noon", "on Tuesday": the occasion or time of saying; not
    "on the river pollution", "during the raid": what is denied is about them."""
    noun = nlp.child_of(preposition, "pobj")
    return noun is not None and (
        noun.lower_ in _OCCASIONS_OF_SAYING or noun.ent_type_ in {"DATE", "TIME"}
    )


def _blames_in_its_own_right(verb: Token, doc: Doc) -> bool:
    """ "Residents blame the dam operator": an account; not "should not blame", "too early to
    blame", '"We blame the contractor," said X' (X's account) nor "said they blame" (the
    account of whoever said it)."""
    if _negated_verb(verb) or verb.i in nlp.quoted(doc) or verb.dep_ in {"xcomp", "conj"}:
        return False
    if any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.children):
        return False
    # (a denial after it may be what the parse hangs it on: "X has blamed the violence on
    # gangs, a claim community groups reject"; a clause of its own before a semicolon too:
    # "Nordvik blames the design; Caldera says ...")
    return not any(
        _stem(a.lower_) in _STANCE_STEMS
        and not (a.i > verb.i and _stem(a.lower_) in _DENIAL_STEMS)
        and not any(t.text == ";" for t in doc[min(a.i, verb.i) : max(a.i, verb.i)])
        for a in verb.ancestors
    )


def _believed(verb: Token) -> bool:
    """A passive verb of belief or report whose subject is what is believed ("about 35
    workers were believed to ..."), in the clause a say-verb reports; not "it was reported
    that ..." nor "reports that ... were exaggerated", nor a clause set against another
    ("although it was reported ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in {"ccomp", "conj"}  # "said seven had died, and that about 60 ..."
        and bool(subjects)
        and all(s.lower_ != "it" and _stem(s.lower_) not in _ACCOUNT_NOUNS for s in subjects)
        and not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)
    )


def _denied_voice(word: Token) -> str | None:
    """Whose account a denial names: "disputed the company's account" -> company."""
    for child in word.children:
        if child.dep_ == "dobj" and (owner := _account_owner(child)) is not None:
            return owner
    return None


def _account_owner(noun: Token) -> str | None:
    """Whose account a noun of `_ACCOUNT_NOUNS` is, by its possessive or the body's name before
    it: "the company's account" -> company, "the police account" -> police (not "its
    account", "the death toll figure")."""
    if _stem(noun.lower_) not in _ACCOUNT_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] or [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.i == noun.i - 1
        and (c.ent_type_ in {"ORG", "PERSON", "NORP"} or c.lower_ in ORGANISATION_HEADS)
    ]
    return " ".join(t.text for t in owners[0].subtree if t.dep_ != "case") if owners else None


def _contradicted_voice(doc: Doc) -> str | None:
    """Whose account a sentence says it contradicts: "contradicting the distributor's
    explanation", "contrary to the company's account" -> distributor, company."""
    for word in doc:
        if word.lower_ in {"contradicting", "contradicts", "contradicted"}:
            return _denied_voice(word)
        if word.lower_ == "contrary":
            to = nlp.child_of(word, "prep", "to")
            account = nlp.child_of(to, "pobj") if to is not None else None
            if account is not None and (owner := _account_owner(account)) is not None:
                return owner
    return None


def _owner_of_an_account(doc: Doc, own: set[int]) -> str | None:
    """Whose account a clause calls untrue: "calling the union's claims baseless", "the
    union's claims are false" -> union. The account is what the untrue word is said of: the
    noun it qualifies, or the object or subject of the verb it completes."""
    for word in (doc[i] for i in sorted(own)):
        if not _UNTRUE.match(word.text):
            continue
        verb = word.head
        said_of = [verb] if word.dep_ == "amod" else []
        said_of += [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        for noun in said_of:
            if (owner := _account_owner(noun)) is not None:
                return owner
    return None


def _answers_in_place(token: Token) -> bool:
    """ "..., a transport official said, a charge the bus operator denied": a denial that
    qualifies an account noun set after what it denies; or a clause set apart by a comma that
    denies all the account before it ("... linked to the pension reform, which the union
    denies")."""
    if _denies_all_before(token):
        return not any(c.dep_ in {"neg", "xcomp", "ccomp"} for c in token.children)
    return (
        token.dep_ == "relcl"
        and _stem(token.head.lower_) in _ACCOUNT_NOUNS
        and _an_account_noun(token.head)
        # not "a claim his family did not deny", "a report the ministry denied receiving"
        and not any(
            c.dep_ in {"neg", "xcomp", "ccomp"}
            or (c.dep_ == "dobj" and c.lower_ not in {"that", "which"})
            for c in token.children
        )
    )


def _denies_all_before(token: Token) -> bool:
    """ "..., which the union denies": a relative clause set apart by a comma."""
    return token.dep_ in {"relcl", "advcl"} and any(
        c.dep_ == "dobj" and c.lower_ == "which" and c.i > 0 and c.doc[c.i - 1].text == ","
        for c in token.children
    )


def _denied_in_place(doc: Doc, accounts: list[Account]) -> tuple[Account, Account] | None:
    """The account of a sentence and the denial it carries ("Police said the driver had been
    drunk, a claim his family rejected"), from two voices."""
    for denial in accounts:
        word = doc[denial.head]
        if denial.kind != "deny" or not denial.voice:
            continue
        if _answers_in_place(word):
            holding = [
                account
                for account in accounts
                if account.kind in {"say", "plain"}
                and account.voice
                and word.head.i in {t.i for t in doc[account.head].subtree}
                and not _same_voice(account.voice, denial.voice)
            ]
            if holding:  # the innermost: "Prosecutors said ..., after a group accused X of
                # ..., an accusation the company rejected": the group's, not the prosecutors'
                return min(holding, key=lambda a: len(list(doc[a.head].subtree))), denial
        elif _CLAIM_OPENING.match(denial.text) and not _negated_verb(word):
            # "X has blamed the violence on gangs, a claim community groups reject": the parse
            # may hang the sentence on "reject"; the account told just before is the one denied
            voice = _CLAIM_OPENING.sub("", denial.voice)
            before = [a for a in accounts if a.kind == "say" and a.voice and a.head < word.i]
            if before and voice and not _same_voice(before[-1].voice, voice):
                return before[-1], replace(denial, voice=voice)
        elif _denies_what_was_just_said(word) or denial.cue == "that one":
            # "Army sources say the team pressed to leave early; the regional government
            # flatly denies it": the account told just before, in the same sentence; "The
            # authority says it ... told the company to repair a cold room; the company denies
            # receiving any such warning": the one told just before, if it tells of one sent
            told = [a for a in accounts if a.kind == "say" and a.head < word.i]
            last = max(told, key=lambda a: a.head, default=None)
            if (
                last is not None
                and last.voice
                and (denial.cue != "that one" or _told_to_the_denier(denial, last))
                and doc[last.head].dep_ not in {"relcl", "acl"}  # not "the club, which a
                # player has accused of racism, denies it"
                and not _same_voice(last.voice, denial.voice)
            ):
                return last, denial
    return None


def _told_to_the_denier(denial: Account, account: Account) -> bool:
    """Whether an account tells of a word sent to the one who denies receiving it: "told the
    company to repair a cold room" for "the company denies receiving any such warning" (not
    "informed the mayor", "told reporters", "sent inspectors to the site")."""
    body = _voice_key(denial.voice).lower()
    return len(body) > 2 and (
        re.search(
            r"\b(?:told|warned|informed|notified|alerted|asked|ordered|instructed|urged|wrote\s+to|"
            r"(?:sent|sending|send)\s+(?:[\w’'\-]+\s+){0,3}?to)\s+(?:the\s+)?"
            rf"(?:[\w’'\-]+\s+){{0,3}}{re.escape(body)}\b",
            account.text,
            re.I,
        )
        is not None
    )


def _denies_what_was_just_said(word: Token) -> bool:
    """ "denies it", "disputed that", "refutes this": a denial whose object points back (not
    "Asked whether ..., he denied it": what he was asked; nor "workers rejected it", an offer
    as often as an account)."""
    return (
        _stem(word.lower_) in {"deni", "disput", "refut", "contradict", "rebut"}
        and any(
            child.dep_ == "dobj"
            and child.lower_ in {"it", "that", "this"}
            and not list(child.children)
            for child in word.children
        )
        and not any(t.lower_ in {"whether", "asked", "if"} for t in word.doc)
    )


# A denial clause that opens with the account it denies: "a claim community groups reject".
_CLAIM_OPENING = re.compile(
    r"^(?:an?\s+)?(?:claim|charge|accusation|allegation|assertion|suggestion|version)s?\s+", re.I
)


# Verbs by which a voice gives an account (Snowball stems): "who have described the attack
# as revenge", "which called it an accident", "who say it was never maintained".
_ACCOUNT_VERBS = _STANCE_STEMS | frozenset({"describ", "call", "blame", "attribut", "characteris"})
# Participles that set an account against a voice named after them: "..., contradicting
# police, who have described the attack as ...".
_SETTING_AGAINST = frozenset({"contradict", "disput", "reject", "rebut", "counter", "challeng"})


def _contradicted_in_place(doc: Doc, accounts: list[Account]) -> tuple[Account, Account] | None:
    """An account and the one it contradicts, told after it by a relative clause: "Prosecutors
    believe he was in a psychotic state, contradicting police, who have described the attack
    as an act of revenge". The contradicted voice's words are that clause."""
    filed = dateline(doc.text)  # "BERLIN (AP) - Prosecutors believe ...": not the side's
    for account in accounts:
        if account.kind != "say" or not account.voice:
            continue
        for token in doc[account.head].subtree:
            if token.tag_ != "VBG" or token.dep_ != "advcl":
                continue
            if _stem(token.lower_) not in _SETTING_AGAINST:
                continue
            voice = nlp.child_of(token, "dobj")
            clause = nlp.child_of(voice, "relcl") if voice is not None else None
            if voice is None or clause is None:
                continue
            if not (_speaker_noun(voice) or voice.lower_ in _INDEFINITE_VOICES):
                continue
            if _stem(clause.lower_) not in _ACCOUNT_VERBS or _negated_verb(clause):
                continue  # "contradicting residents, who live next door": no account
            if nlp.child_of(clause, "prep", "for") is not None:
                continue  # "which has called for protests": a demand, no account
            if _negated_verb(token):
                continue
            named = _phrase(doc, voice)
            if _same_voice(named, account.voice):
                continue
            said = [t.i for t in clause.subtree if t.tag_ not in {"WP", "WDT"}]
            kept = {
                t.i for t in doc[account.head].subtree if filed is None or t.idx >= filed.end()
            } - {t.i for t in token.subtree}
            first = replace(account, text=_span_text(doc, _trim(doc, kept)))
            second = Account(
                ref=account.ref,
                voice=named,
                text=f"{named} {_span_text(doc, said)}",
                kind="say",
                stems=_stems(" ".join(doc[i].text for i in said)) - _STANCE_STEMS,
                negated=frozenset(),
                values=_values(doc, set(said)),
                head=clause.i,
            )
            return first, second
    return None


# What one is denied, not what one denies: "denied treatment", "denied bail".
_REFUSED_THINGS = frozenset(
    """
        treatment care access entry bail permission visa visas food water medicine medication
        visits help assistance justice asylum
    """.split()
)


def _denies_an_account(token: Token) -> bool:
    """ "denied that ...", "denies any approval": yes; "rejected calls for an inquiry", "was
    denied treatment" (refused something, in the passive): no."""
    if any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children):
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return False  # "did not deny that ...": no denial
    if (
        token.dep_ == "conj"
        and token.head.i == token.i - 2
        and token.doc[token.i - 1].lower_ in {"or", "nor"}
        and any(c.dep_ == "neg" or c.lower_ == "neither" for c in token.head.children)
    ):
        return False  # "did not confirm or deny the claim", "neither confirmed nor denied" (not
        # "did not confirm or deny the strike but denied that civilians had been hit")
    if any(
        child.dep_ in {"nsubj", "amod"} and child.i < token.i and _names_almost_no_one(child)
        for child in token.children
    ):  # ("Few dispute that": "few" parsed as a modifier of the verb)
        return False  # "hardly anyone disputes that the crew did the right thing": all agree
    if _answers_in_place(token):
        return True
    if _stem(token.lower_) in {"deni", "refut", "rebut", "contradict"}:
        if any(
            c.dep_ == "dobj"
            and c.lower_ in _REFUSED_THINGS
            # not "denied bail had been granted": the subject of a clause, misparsed
            and not (
                c.right_edge.i + 1 < len(token.doc) and token.doc[c.right_edge.i + 1].pos_ == "AUX"
            )
            for c in token.children
        ):
            return False  # "held for a week and denied treatment": refused, not disputed
        # "denied that ...", "denied the report", "denied receiving any warning"
        return any(
            child.dep_ in {"dobj", "ccomp"}
            or (
                child.dep_ == "xcomp"
                and (child.tag_ == "VBG" or any(a.lower_ == "having" for a in child.children))
            )
            for child in token.children
        )
    return any(
        child.dep_ == "ccomp" or (child.dep_ == "dobj" and _an_account_noun(child))
        for child in token.children
    ) or _denies_the_sentence_before(token)  # "The agency disputes that."


# Subjects that name no one, or next to no one: "nobody", "hardly anyone", "few".
_ALMOST_NO_ONE = frozenset({"nobody", "none", "few", "no-one", "noone"})
_HARDLY = frozenset({"hardly", "scarcely", "barely"})
_BUT_ONE = frozenset({"but", "except", "other", "besides", "save", "apart"})


def _names_almost_no_one(subject: Token) -> bool:
    """ "nobody", "no one", "few", "hardly anyone", "not one of them": a subject whose
    denial says that all, or nearly all, agree."""
    if {t.lower_ for t in subject.subtree} & _BUT_ONE:
        return False  # "No one except the railway company denies", "None other than the
        # port's director disputed", "Hardly anyone but the union disputes": that one does
    modifiers = {child.lower_ for child in subject.children}
    if subject.lower_ == "few":  # not "The few who survived deny", "a few dispute"
        return not any(c.dep_ in {"det", "relcl"} for c in subject.children)
    if subject.lower_ in _ALMOST_NO_ONE:
        return True
    if subject.lower_ in {"one", "anyone", "anybody"}:
        return bool(modifiers & (_HARDLY | {"no", "not"}))
    return False


def _trim(doc: Doc, own: set[int]) -> set[int]:
    """The clause without the contrast word or punctuation at its edges."""
    ordered = sorted(own)
    edge_words = _CONTRAST_MARKS | _CONTRAST_CC | {"and", "however"}
    while ordered and (doc[ordered[0]].is_punct or doc[ordered[0]].lower_ in edge_words):
        ordered.pop(0)
    while ordered and (doc[ordered[-1]].is_punct or doc[ordered[-1]].lower_ in {"and", "but"}):
        ordered.pop()
    return set(ordered)


def _span_text(doc: Doc, own: Iterable[int]) -> str:
    """The clause's words as written; ' … ' where words of another clause were left out."""
    ordered = sorted(own)
    pieces: list[str] = []
    start = previous = ordered[0]
    for index in ordered[1:]:
        if index != previous + 1:
            pieces.append(doc.text[doc[start].idx : doc[previous].idx + len(doc[previous])])
            start = index
        previous = index
    pieces.append(doc.text[doc[start].idx : doc[previous].idx + len(doc[previous])])
    text = clean_sentence(" … ".join(pieces)).strip(' ,;:"“”')
    return _DANGLING_JOIN.sub("", text)  # "denied that any such alarm occurred or" (the verb
    # after "or" hangs elsewhere in the parse)


_DANGLING_JOIN = re.compile(r"(?:[\s,]+(?:and|or|but|nor))+$", re.I)


def _named_after_the_quote(doc: Doc, verb: Token) -> Token | None:
    """'"...," has declared Cristina Hanganu': a speaker named after a quotation and its
    verb, which the parse takes for the verb's object."""
    first = min([verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}])
    before = doc[first.i - 1] if first.i else None
    if before is None or before.text not in {'"', "”", "’", "'"} or verb.dep_ == "conj":
        return None  # (not "marched on Tuesday, blamed Acme Mining": Acme is the one blamed)
    if _stem(verb.lower_) in {"blame", "accus"}:
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if named is None or named.ent_type_ not in {"PERSON", "ORG", "NORP"}:
        return None
    return named


def _name_set_after(doc: Doc, noun: Token) -> str | None:
    """The person's name set off by commas right after a noun phrase, which the parse may
    hang elsewhere: "a spokeswoman for the ministry, Petra Mihaljevic, ..."."""
    end = max(t.i for t in noun.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    name = list(itertools.takewhile(lambda t: t.ent_type_ == "PERSON", doc[end + 1 :]))
    after = end + 1 + len(name)
    if not name or after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].like_num:
        return None  # (not "according to police, Marko Juric, 34, was steering")
    return " ".join(t.text for t in name)


def _voice(doc: Doc, head: Token, word: Token) -> tuple[str | None, set[int]]:
    """Who stands behind a clause, and the words that name it: the subject of its verb of
    saying (climbing from "saying" to the clause it hangs on), the object of "according to";
    a pronoun is the last person or body the sentence named before it."""
    if word.lower_ == "according":
        to = doc[word.i + 1]
        objects = [child for child in to.children if child.dep_ == "pobj"]
        if not objects:
            return None, set()
        if objects[0].pos_ == "PRON":  # "according to her"
            return _named_before(doc, objects[0].i), {t.i for t in word.subtree}
        if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in objects[0].children):
            return None, {t.i for t in word.subtree}  # "according to our calculation": the
            # quote's speaker, named outside it
        source = objects[0]
        if source.pos_ == "NOUN" and not _speaker_noun(source):
            # "according to information from investigators": who gave it
            given = nlp.child_of(source, "prep", "from")
            by = [c for c in given.children if c.dep_ == "pobj"] if given is not None else []
            if by and (_speaker_noun(by[0]) or by[0].lower_ in {"circles", "quarters"}):
                source = by[0]  # not "video from the scene"
        if (
            source.tag_ == "NN"
            and ROLE_WORD.fullmatch(source.text)
            and (by_name := _name_set_after(doc, source)) is not None
        ):
            return by_name, {t.i for t in word.subtree}  # "according to a spokeswoman for the
            # ministry, Petra Mihaljevic, ...": the spokeswoman by name
        return _phrase(doc, source), {t.i for t in word.subtree}
    joined = _joined_before_saying(doc, head)
    if joined is not None:
        return _phrase(doc, joined), set(range(joined.left_edge.i, joined.i + 1))
    filed = dateline(doc.text)
    node: Token | None = head
    below: Token | None = None
    for _ in range(3):
        if node is None:
            break
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if (
            below is not None
            and below.dep_ == "conj"
            and node.head != node
            and (any(_not_its_subject(below, s) for s in subjects) or _modal_apart(node, below))
        ):
            # "Ortolan says residents received it at 11:26 p.m. and has denied that ...": the
            # parse joins "has denied" to "received", whose plural subject it cannot have
            below, node = node, node.head
            continue
        if filed is not None and any(s.idx >= filed.end() for s in subjects):
            # "NAIROBI, March 11 (Reuters) - Kenya's interior ministry on Tuesday denied":
            # the parser gave the verb two subjects, the dateline's place and the ministry
            subjects = [s for s in subjects if s.idx >= filed.end()]
        if not subjects and filed is not None and node.idx >= filed.end() > node.head.idx:
            # "QUILLOTA, Chile — The construction company that repaired a bridge ..., denied
            # on Thursday": the parse hangs the verb, and its subject, on the dateline's town
            subjects = [
                c
                for c in node.head.children
                if c.dep_ in {"appos", "nsubj"} and filed.end() <= c.idx < node.idx
            ][-1:]
        if not subjects and node is head and (inverted := _named_after_the_quote(doc, head)):
            return _phrase(doc, inverted), {t.i for t in inverted.subtree}
        if (
            node is head
            and all(s.i > head.i for s in subjects)  # (what is said, parsed as the subject)
            and (misread := _subject_misread(head)) is not None
        ):
            return _phrase(doc, misread), {t.i for t in misread.subtree}
        if (
            node is not head
            and node.dep_ == "ccomp"
            and node.lower_ in _BEFELL_THEM
            and subjects
            and all(any(c.dep_ == "nummod" for c in s.children) for s in subjects)
        ):
            # "X said at least 30 people had died, saying seven workers were missing": the
            # parse hangs "saying" on what X said; the dead are no one's voice (not "Police
            # said about 2,000 drivers blocked the road, saying ...": the drivers say it)
            below, node = node, node.head
            continue
        if subjects:
            subject = min(subjects, key=lambda s: _entity_rank(doc, s))
            naming = _who_the_subject_names(doc, subject, node)
            if naming is None:
                return None, set()  # a dateline the parser took for the subject, and no more
            if naming.i != subject.i:
                words = {t.i for t in subject.subtree} | {t.i for t in naming.subtree}
                tokens = words if node is head else set()
                return _phrase(doc, naming), tokens
            tokens = {t.i for t in subject.subtree} if node is head else set()
            if subject.dep_ == "nsubjpass" and node is head and node.lower_ != "quoted":
                # "Most of the cases have been reported in Rokupr", "about 35 workers were
                # believed to have been on the site": what was reported, not who reported it,
                # and part of what is said; the voice is the agent ("by the ministry"), if any
                agent = next((c for c in node.children if c.dep_ == "agent"), None)
                named = [c for c in agent.children if c.dep_ == "pobj"] if agent else []
                if agent is None or not named:
                    return None, set()
                return _phrase(doc, named[0]), {t.i for t in agent.subtree}
            if subject.lower_ == "it" and node is head and node.lower_ in _IT_SAYS:
                return _named_before(doc, subject.i), tokens  # "ASFINAG published data that
                # it said showed ...": the body named before it
            if subject.lower_ == "it" or subject.dep_ == "csubj":
                return None, tokens  # "it has been reported", "it is not true"
            if subject.lower_ in _INDEFINITE_VOICES:
                return _phrase(doc, subject), tokens  # "some say", "others report"
            if (
                subject.lower_ == "who"
                and node.dep_ == "relcl"
                and (_entity_in(doc, node.head) is not None or _speaker_noun(node.head))
            ):
                # "Radomir Kula, a professor at the University of Novi Sad, who says ...": the
                # one the clause is told of, not the last name before "who"
                return _phrase(doc, node.head), tokens
            if subject.pos_ == "PRON":
                return _named_before(doc, subject.i), tokens
            if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in subject.children):
                return None, tokens  # "My clients deny ...": quoted words, a speaker's own
            if _entity_in(doc, subject) is None and not (
                _speaker_noun(subject)  # "the prison staff union SNAAP": named by its kind
                # "The son of Mehmet Yilmaz", "Perez's widow": named by whose they are
                or _named_by_whose(subject)
                or any(c.dep_ == "compound" and _speaker_noun(c) for c in subject.children)
                # "..., which the airline denies": whoever denies the clause before it
                or (node is head and subject.pos_ == "NOUN" and _denies_all_before(head))
            ):
                return None, tokens  # "whether the voice on the recordings was his, but denied"
            return _phrase(doc, subject), tokens
        below = node
        node = node.head if node.dep_ in {"advcl", "xcomp", "conj", "acl"} else None
    return None, set()


# What befalls people counted, who then say nothing: "30 people had died".
_BEFELL_THEM = frozenset(
    "died killed dead drowned perished missing injured wounded hurt trapped hospitalised "
    "hospitalized".split()
)


def _a_body_word_subject(head: Token, body_words: AbstractSet[str]) -> Token | None:
    """The one-word subject of a clause of saying that is the first word of a body's name the
    cluster gives in full ("Tecnored denies ..." after "Tecnored Austral SpA"), which the parse
    may take for a common noun; "and says ..." is its subject's too."""
    subject = nlp.child_of(head, "nsubj")
    if subject is None and head.dep_ == "conj":
        subject = nlp.child_of(head.head, "nsubj")
    if (
        subject is None
        or subject.text not in body_words
        or subject.left_edge.i != subject.i
        or subject.right_edge.i != subject.i
    ):
        return None
    return subject


def _said_in_passing(head: Token) -> bool:
    """A verb of saying set inside the clause it gives ("The attackers, she said, had
    exploited a known flaw"): its account is that whole clause."""
    return (
        head.dep_ == "parataxis"
        and head.head.pos_ in {"VERB", "AUX"}
        and head.head.dep_ == "ROOT"  # (not "a derailer which, it says, had been broken":
        # a clause on a noun of what its subject says)
        and head.i < head.head.i  # set inside, before the verb it gives (not "...; he remains
        # suspended, Kopal said": said after, of its own clause already)
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in head.children)
    )


def _subject_misread(verb: Token) -> Token | None:
    """A name right before a verb of saying that the parse hung on it as something else
    ("ECan said ...", "ECan" read as an adverb): the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.head.i == verb.i
        and before.dep_ in {"advmod", "npadvmod", "dep", "compound"}
        and before.ent_type_ in {"ORG", "PERSON"}
    ):
        return before
    return None


def _joined_before_saying(doc: Doc, head: Token) -> Token | None:
    """ "with the union saying P and the airline saying Q": the parse may join "the airline" to
    the last noun of P and leave the second "saying" without a subject; the noun right before
    it, after "and", is who says Q."""
    if head.tag_ != "VBG" or head.i == 0 or any(c.dep_ == "nsubj" for c in head.children):
        return None
    before = doc[head.i - 1]
    opening = before.left_edge.i - 1
    if (
        before.pos_ in {"NOUN", "PROPN"}
        and before.dep_ == "conj"
        and opening >= 0
        and doc[opening].lower_ == "and"
        and (_entity_in(doc, before) is not None or _speaker_noun(before))
    ):
        return before
    return None


def _modal_apart(verb: Token, joined: Token) -> bool:
    """ "said investigators would explain the discrepancy, and denied that ...": a verb in the
    past or present joined to one with a modal ("would explain") is not of its clause, which
    would have said "would deny"."""
    return (
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and joined.tag_ in {"VBD", "VBZ", "VBP"}
        and joined.tag_ == verb.head.tag_  # "said ... and denied" (not "reported ... and denies")
        and not any(c.dep_ in {"aux", "auxpass"} for c in joined.children)
    )


def _not_its_subject(verb: Token, subject: Token) -> bool:
    """Whether a verb told in the singular ("has denied", "denies", "was") cannot have a
    plural subject ("residents", "they") the parse lends it."""
    singular = any(
        word.tag_ == "VBZ" or word.lower_ == "was"
        for word in (verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"}))
    )
    # (a name is never plural: "the Philippines denies")
    return singular and (subject.tag_ == "NNS" or subject.lower_ in {"they", "we"})


def _who_the_subject_names(doc: Doc, subject: Token, verb: Token) -> Token | None:
    """The words that name the voice behind a subject, where the subject itself does not:
    - a wire dateline the parser took for the subject ("CARACAS, March 18 (AFP) - Venezuela
      on Saturday denied ..."): the name set beside it past the dateline, else no one;
    - a common noun with a name in apposition ("The contractor named by the lawyer, Florestal
      Sico Lda, a small company, denied ..."): the name;
    - "his client" in what a named person says ("Dr. Miguel Brandao said his client denied
      ..."): the one who says it, whose account the side is.
    Else the subject itself."""
    filed = dateline(doc.text)
    if filed is not None and subject.idx < filed.end():
        beside = [c for c in subject.children if c.dep_ == "appos" and c.idx >= filed.end()]
        return beside[0] if beside else None
    # "as firefighters picked through rubble and residents accused the authorities": the parse
    # makes "residents" a second subject of "accused" through the verb of the first
    acted = [c for c in subject.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i < verb.i]
    after = [
        c
        for c in subject.children
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and acted and acted[0].i < c.i
    ]
    if after and after[-1].i < verb.i:
        return after[-1]
    if subject.pos_ == "NOUN" and not subject.ent_type_:  # "Rizal's lawyer, Frans Sitompul,"
        for child in subject.children:
            # (or a name the model leaves unlabelled: "its builder, Stalrama Sceny, says")
            if child.dep_ == "appos" and (
                _entity_in(doc, child) is not None
                or (child.pos_ == "PROPN" and child.text[:1].isupper())
            ):
                return child
    if (
        subject.lower_ in _REPRESENTED
        and any(c.dep_ == "poss" and c.lower_ in _THIRD_PERSON for c in subject.children)
        and verb.dep_ == "ccomp"
        and _stem(verb.head.lower_) in _STANCE_STEMS - _DENIAL_STEMS
    ):
        for outer in verb.head.children:
            if outer.dep_ == "nsubj" and _entity_in(doc, outer) is not None:
                return _who_the_subject_names(doc, outer, verb.head)
    return subject


_THIRD_PERSON = frozenset({"his", "her", "their", "its"})
# Whom the one who speaks speaks for: "Dr. Brandao said his client denied ..." is Brandao's
# account; "Mutua said their employer denied ..." is the employer's.
_REPRESENTED = frozenset({"client", "clients"})
# Common nouns that speak, or speak for someone: "the website said", "a report found", "his
# client rejects", "sources said".
_SPEAKING_THINGS = frozenset(
    "website newspaper paper broadcaster channel statement report study survey inquiry audit "
    "investigation panel board petition lawsuit complaint ruling verdict indictment client "
    "owner witness neighbour neighbor source opposition consul authorities side camp team club "
    "campaign regime junta critic expert local pilot media press presidency administration "
    "cabinet prosecution defence defense protection hospital clinic railway railways".split()
)
# Regions that speak as their governments: "The province says it expired at the end of June",
# "the county says it never received her letters" (not "the city" nor "the municipality", which
# as often count things a body's own voice sets beside them: "the municipality said 12
# apartments were empty", a hostile review of stop 46).
_GOVERNED_PLACES = frozenset("province state county prefecture".split())


def _speaker_noun(token: Token) -> bool:
    """Whether a common noun can be the voice of a side: people, a body or a role ("police",
    "the ministry", "health workers", "the company"), or what speaks for one ("the report");
    not a thing ("the voice on the recordings")."""
    word = token.lower_
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}  # the pipeline has no lemmas
    heads = ORGANISATION_HEADS | _SPEAKING_THINGS | _GOVERNED_PLACES
    return (
        counts_people(word)
        or bool(forms & heads)
        or any(form.endswith(head) for form in forms for head in heads if len(head) > 4)
        or any(ROLE_WORD.fullmatch(form) for form in forms)
        or any(AGENT_NOUN.fullmatch(form) for form in forms)  # "organisers", "investigators"
        or token.pos_ == "PROPN"
        or token.ent_type_ in {"ORG", "PERSON", "NORP"}  # "The FRSC", tagged as a common noun
        or ACRONYM.fullmatch(token.text) is not None  # "OPRO blames", with no tag of a name
    )


def _entity_rank(doc: Doc, token: Token) -> int:
    entity = _entity_in(doc, token)
    return _VOICE_LABELS.index(entity.label_) if entity is not None else len(_VOICE_LABELS)


_VOICE_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# Pronouns that are voices of their own: "some say ...", "others report ...".
_INDEFINITE_VOICES = frozenset({"some", "others", "many", "several", "few", "most", "critics"})


def _entity_in(doc: Doc, token: Token) -> Span | None:
    """The person or body a subject names: the one its head word belongs to ("Kullu Deputy
    Commissioner Ritika Jamwal", though the model also calls "Kullu" a person), else a person
    in it ("Astana manager Marc Biver"), never one named in a clause about it ("Kgotso, which
    owns the Sandrivier mine, said") nor a title the model took for a name ("Mandi
    Superintendent" of "Mandi Superintendent of Police Rajesh Katoch")."""
    subtree = list(token.subtree)
    first, last = subtree[0].i, subtree[-1].i + 1
    clauses = {
        t.i for child in token.children if child.dep_ in {"relcl", "acl"} for t in child.subtree
    }
    filed = dateline(doc.text)
    opening = filed.end() if filed is not None else 0
    names = [
        e
        for e in doc.ents
        if not is_title(e[-1].text)  # "Mandi Superintendent"
        and e.start_char >= opening  # ("BUENOS AIRES (Reuters) - Argentina's government")
    ]
    headed = [e for e in names if e.label_ in _VOICE_LABELS and e.start <= token.i < e.end]
    if headed and headed[0].label_ == "ORG" and (person := a_person_after_the_body(headed[0])):
        from spacy.tokens import Span  # (spaCy is loaded: the doc is parsed)

        # "Principal Secretary for Medical Services Dorcas Mbugua", one ORG to the model
        return Span(doc, person.start, person.end, label="PERSON")
    if headed:
        return headed[0]
    named = [t for c in token.children if c.dep_ == "compound" for t in c.subtree]
    if (
        token.pos_ == "PROPN"
        and named
        and all(t.pos_ == "PROPN" for t in named)
        and sorted(t.i for t in named) == list(range(token.i - len(named), token.i))
        and not any(e.start <= t.i < e.end for e in doc.ents for t in [token, *named])
        and fold(token.text) not in ORGANISATION_HEADS  # "Communications Authority of Kenya"
        and nlp.child_of(token, "prep", "of") is None
    ):
        # "Masaru Nagano, head of the Minamitane cooperative, ...": a name the model did not
        # tag is the subject's own, not the one in its apposition
        from spacy.tokens import Span  # (spaCy is loaded: the doc is parsed)

        return Span(doc, token.i - len(named), token.i + 1, label="PERSON")
    people = [e for e in names if e.label_ == "PERSON"]
    for child in token.subtree:
        # "The lawyer for X, Y, says", "the lawyer for bar owner Somsack Phimmasone, Phonesavanh
        # Luangrath, says": Y names the lawyer (a name needs no second name), not X
        if child.dep_ == "appos" and (child.head == token or _in_a_name(child.head, people)):
            apposed = [e for e in people if e.start <= child.i < e.end]
            if apposed:
                return apposed[0]
    for label in _VOICE_LABELS:
        for entity in names:
            if (
                entity.label_ == label
                and first <= entity.start
                and entity.end <= last
                and not clauses & set(range(entity.start, entity.end))
                and (token.i in range(entity.start, entity.end) or label == "PERSON")
                and not _where_it_is(entity)
                and not _whose_they_are(entity, token)
                # (not "The Slovak fertiliser producer", its adjective tagged a person)
                and not all(t.dep_ == "amod" for t in entity)
            ):
                return entity
    return None


def _in_a_name(token: Token, people: list[Span]) -> bool:
    return any(e.start <= token.i < e.end for e in people)


def _where_it_is(entity: Span) -> bool:
    """ "The district hospital in Vang Vieng": a name after "in" or "at" says where the
    subject is, whatever the model calls it; it is no one's voice. So is a name joined to it
    ("Farmers near Kebri Dahar and Gode")."""
    root = entity.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _AT_A_PLACE


_AT_A_PLACE = frozenset({"in", "at", "near", "outside", "inside"})


def _as_written(doc: Doc, according: Token, voice: str) -> str:
    """The voice after "according to" as the sentence writes it, when that is a common noun
    ("According to a spokesman for Pizarro", not "According to spokesman for Pizarro"); a
    name, or the one a pronoun stands for, as the voice gives it."""
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    said = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if said is None or said.pos_ != "NOUN":
        return voice
    written = " ".join(t.text for t in said.subtree if t.i < said.i and t.dep_ == "det")
    return f"{written} {voice}" if written and not voice.lower().startswith(written) else voice


def _owners_of(noun: Token) -> list[Token]:
    """Whom a common noun belongs to by its words: "Perez" of "Perez's widow", "Juan Perez" of
    "the family of Juan Perez", "Ahmed" of "a lawyer for Ahmed"."""
    return [c for c in noun.children if c.dep_ == "poss"] + [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _named_by_whose(noun: Token) -> bool:
    """Whether a common noun is named by the person or body it belongs to: "the son of Mehmet
    Yilmaz", "a friend of Sen. Mark Whitfield", "Perez's widow" (`_whose_they_are`)."""
    return noun.pos_ == "NOUN" and any(_a_name_token(o) for o in _owners_of(noun))


def _of_whom(noun: Token) -> Token | None:
    """The "of" or "for" that names whose a common noun is: "the family of Juan Perez", "a
    lawyer for Ahmed"."""
    return next((o.head for o in _owners_of(noun) if o.dep_ == "pobj" and _a_name_token(o)), None)


def _a_name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON"


def _whose_they_are(entity: Span, subject: Token) -> bool:
    """ "Relatives of six-year-old Areesha say ...", "A lawyer for Ahmed said ...", "Perez's
    employer said ...": the person after "of" or "for" a common noun, or owning it, is whose
    relatives, lawyer or employer speak, not the voice."""
    return subject.pos_ == "NOUN" and entity.root.i in {o.i for o in _owners_of(subject)}


def _phrase(doc: Doc, token: Token) -> str:
    """A subject as a short name: the person or body it names, else its noun phrase."""
    entity = _entity_in(doc, token)
    if entity is not None:
        return _unclosed_cut(re.sub(r"^the\s+", "", entity.text, flags=re.I))
    filed = dateline(doc.text)
    opening = filed.end() if filed is not None else 0  # "NAIROBI, March 11 - Kenya's ..."
    words = [t for t in token.subtree if t.i <= token.i and t.idx >= opening][-6:]
    while words and (
        words[0].is_punct
        or words[0].pos_ == "ADP"
        or (words[0].pos_ == "ADV" and words[0].head == token)
    ):
        words.pop(0)  # "(The State) of Mexico attorney general's office": no "of" first;
        # "Earlier the director of the organization denied": no "Earlier" (but "Well-placed
        # sources", "Internationally backed forces" keep theirs)
    text = "".join(t.text_with_ws for t in words).strip()
    of_a_name = next(  # "Port of Antwerp-Bruges", "Bank of England": the name goes on
        (
            child
            for child in token.children
            if child.dep_ == "prep"
            and child.lower_ == "of"
            and (
                (
                    token.text[:1].isupper()
                    and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child.children)
                )
                # "the head of the state Technical and Construction Supervision Agency": a
                # role is who holds it where
                or (
                    ROLE_WORD.fullmatch(token.lower_) is not None
                    and any(t.ent_type_ in {"ORG", "GPE", "NORP"} for t in child.subtree)
                )
                # "the head of the state copper company": of a body told by its kind
                or (
                    ROLE_WORD.fullmatch(token.lower_) is not None
                    and any(c.dep_ == "pobj" and c.lower_ in _KINDS_OF_FIRM for c in child.children)
                )
            )
        ),
        None,
    )
    if of_a_name is None and token.pos_ == "NOUN":
        of_a_name = _of_whom(token)  # "the family of Juan Perez", "a lawyer for Ahmed"
    if of_a_name is None and _SPOKESMAN.fullmatch(token.lower_):
        of_a_name = next(  # "a spokesman for the provincial health directorate"
            (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}), None
        )
    if of_a_name is not None:
        named = list(of_a_name.subtree)
        cut = next(
            (
                i
                for i, t in enumerate(named)
                if t.text in {",", "("}
                # "the head of Tunisia's motorway operator on Friday": when, not who (not "the
                # Association of the Victims of 14 January": a name)
                or (
                    t.dep_ == "prep"
                    and t.lower_ in _CIRCUMSTANCES
                    and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children)
                )
            ),
            len(named),
        )
        text += " " + "".join(t.text_with_ws for t in named[:cut]).strip()  # up to a comma
    return _unclosed_cut(re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I))


_SPOKESMAN = re.compile(r"spokes(?:man|woman|person)|representative", re.I)
# The body a voice speaks for: "spokesman for the provincial health directorate", "the
# ministry's spokeswoman", "ministry spokesman".
_SPEAKS_FOR = re.compile(
    rf"^(?:(?:{_SPOKESMAN.pattern})\s+(?:for|of)\s+(?:the\s+)?(?P<after>.+)|"
    rf"(?P<before>.+?)(?:['’]s)?\s+(?:{_SPOKESMAN.pattern}))$",
    re.I,
)


def _body_spoken_for(voice: str | None) -> str | None:
    """The body a voice speaks for, when the voice names it with a spokesman's title."""
    match = _SPEAKS_FOR.match((voice or "").strip())
    return (match.group("after") or match.group("before")) if match else None


_WHEN_STEMS = frozenset(
    _stem(word)
    for word in "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "week weekend morning evening night afternoon earlier later".split()
)


def _unclosed_cut(name: str) -> str:
    """A name without a bracket the recogniser's span left open: "United Teachers'
    Federation (UTF" is "United Teachers' Federation"."""
    opened = name.rfind("(")
    if opened >= 0 and ")" not in name[opened:]:
        return name[:opened].rstrip(" ,") or name
    return name


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
# Earlier sentences a pronoun's person may be named in (the claim then cites them all).
MAX_ANTECEDENT_SENTENCES = 2
_SUBJECT_FORM = {"him": "he", "her": "she", "his": "he"}


def _names_one_person(ref: SentenceRef) -> bool:
    """Whether a sentence names one person only: "his" after "Prosecutor Kollar said the
    driver, Peter Hudak, ..." may be either's."""
    (doc,) = nlp.parse([ref.text])
    return len({entity.text for entity in doc.ents if entity.label_ == "PERSON"}) == 1


def _owner_pronoun(doc: Doc, voice_tokens: set[int]) -> Token | None:
    """The "his" or "her" that opens a voice ("His lawyer"), if any."""
    first = min(voice_tokens, default=None)
    if first is None or doc[first].lower_ not in {"his", "her"} or doc[first].dep_ != "poss":
        return None
    return doc[first]


# Words of a role one no longer holds: "Former KRA engineer", "ex-WASA chief".
_NO_LONGER = re.compile(r"\b(?:former|ex|onetime|one-time|retired|erstwhile|sacked|fired)\b", re.I)


class _Antecedents:
    """Who "He denied that ..." is, when its sentence names no one: the person who is the
    subject of the sentence before ("The minister, Stavros Kontogiannis, responded. ... He
    denied that aircraft had been withdrawn"), looking past sentences whose subject is the
    same pronoun, within its paragraph, and never a person whose given name is of the other
    gender. A quote's "My clients deny ..." is, the same way, the speaker the sentence before
    introduced ("Their lawyer, Rosemary Shirima, told reporters ...")."""

    def __init__(self, evidence: EvidenceSet, entities: Sequence[Entity]) -> None:
        self.people = PeopleBefore(entities)
        self.holders = role_holders(entities)
        self.roles = {
            fold(key): person.role.lower()
            for person in entities
            if person.kind == "person" and person.role
            for key in {  # "Enrico Lo Bue", "Lo Bue", "Bue"
                person.name,
                person.name.split(maxsplit=1)[-1],
                person.name.split()[-1],
            }
        }
        self.texts = {article.id: article.text for article in evidence.articles}
        self.bodies = _bodies_by_name(entities)
        # the first word of each body's name, when it is one no other name shares: "Tecnored
        # denies ..." is Tecnored Austral speaking, though the parse calls "Tecnored" a noun
        firsts = Counter(
            name.split()[0]
            for entity in entities
            if entity.kind == "organisation"
            for name in {*entity.names}
            if name[:1].isupper()
        )
        people = {
            word
            for entity in entities
            if entity.kind == "person"
            for name in entity.names
            for word in name.split()
        }  # ("Morales" of "Morales Construcciones SA" is also the minister Ana Morales)
        self.body_words = {
            word
            for word, count in firsts.items()
            if count == 1 and len(word) > 2 and word not in people
        }
        self._name_the_body_spoken_for(entities)
        self.speaks_for = self._whom_each_speaks_for(entities)
        self.at = {
            (ref.source_id, ref.position): ref for item in evidence.items for ref in item.members
        }

    def _whom_each_speaks_for(self, entities: Sequence[Entity]) -> dict[str, str]:
        """Who each person named as someone's lawyer or spokesman speaks for: "His lawyer, Nicola
        Prebble, said ..." after a sentence that names Preston Hastings (the one named last
        before, of the pronoun's gender): keyed by the person's name and surname."""
        found: dict[str, str] = {}
        for person in entities:
            if person.kind != "person":
                continue
            for mention in person.mentions:
                before = mention.ref.text[: mention.start - mention.ref.start]
                owned = _OWNED_ROLE_BEFORE.search(before)
                if owned is None:
                    named = _NAMED_OWNER_ROLE_BEFORE.search(before)
                    bearers = _bearers(entities, named.group("owner")) if named else []
                    if named and not bearers:  # "Edilsud's lawyer, Carlo Ferri": a firm's
                        bearers = _bearers(entities, named.group("owner"), kind="organisation")
                    owner_named = bearers[0] if len(bearers) == 1 else None
                    if owner_named is not None and owner_named is not person:
                        for key in (person.name, person.name.split()[-1]):
                            found.setdefault(fold(_voice_key(key)), owner_named.name)
                    continue
                at = mention.start - len(before) + owned.start()
                owner = self.people.outside_quotes(mention.ref.source_id, at)
                if (
                    owner is None
                    or owner is person
                    or of_other_gender(
                        _AS_SUBJECT.get(owned.group("pronoun").lower(), ""), owner.name
                    )
                ):
                    continue
                for key in (person.name, person.name.split()[-1]):
                    found.setdefault(fold(_voice_key(key)), owner.name)
        return found

    def _name_the_body_spoken_for(self, entities: Sequence[Entity]) -> None:
        """A spokesman's role told by the title alone ("Spokeswoman Line Brekke said") is
        the one another sentence tells with the body before it ("Nordvik Air spokeswoman Line
        Brekke"): the body is named."""
        texts = "\n".join(self.texts.values())
        for person in entities:
            role = (person.role or "").strip()
            if person.kind != "person" or not _SPOKESMAN.fullmatch(role):
                continue
            told = re.search(
                rf"((?:[A-Z][\w'’\-]*\s+){{1,4}})(?i:{re.escape(role)})\s+{re.escape(person.name)}\b",
                texts,
            )
            if told is None:
                continue
            body = re.sub(r"^(?:The|A|An)\s+", "", told.group(1).strip())
            for key in (person.name, person.name.split(maxsplit=1)[-1], person.name.split()[-1]):
                self.roles[fold(key)] = f"{body} {role}".lower()

    def speaks_for_the_other(self, first: str | None, second: str | None) -> bool:
        """Whether one voice is the other's lawyer or spokesman ("His lawyer, Nicola
        Prebble" of Preston Hastings)."""
        return any(
            _same_voice(self.speaks_for[fold(_voice_key(one))], other)
            for one, other in ((first, second), (second, first))
            if one and other and fold(_voice_key(one)) in self.speaks_for
        )

    def _names_the_body(self, role: str, body: str | None) -> bool:
        """Whether a word of a role is another name of the body ("WASA managing director"; not
        "Former WASA managing director", who no longer speaks for it)."""
        wanted = self.bodies.get(_voice_key(body))
        if _NO_LONGER.search(role):
            return False
        return wanted is not None and any(
            self.bodies.get(_voice_key(re.sub(r"['’]s$", "", word))) == wanted
            for word in role.split()
            if not _stems(word) & (_TITLE_STEMS | _OFFICE_STEMS | _OFFICER_STEMS | _BODY_HEAD_STEMS)
        )

    def one_side(self, first: str | None, second: str | None, *, loosely: bool = False) -> bool:
        """Whether one voice speaks for the other by its role: "Enrico Lo Bue" (head of the
        coast guard's Sicilian maritime directorate) and "coast guard"; "Orhan Sivasli"
        (Istanbul Provincial Health Director) and "Istanbul Provincial Health Directorate".
        `loosely`, by the last word of the body's name alone: "Kaan Erdem" (the chamber's
        chairman) and "Istanbul Medical Chamber". Two spellings `names` merged ("KEMSA" and
        "Kenya Medical Supplies Authority") are one voice as well."""
        if self.speaks_for_the_other(first, second):
            return True
        merged = self.bodies.get(_voice_key(first))
        if merged is not None and merged == self.bodies.get(_voice_key(second)):
            return True
        for person, body in ((first, second), (second, first)):
            spoken_for = _stems(_body_spoken_for(person) or "")
            other_names = _stems(body or "") | _stems(self.roles.get(fold(body or ""), ""))
            if spoken_for and spoken_for <= other_names | _OFFICE_STEMS:
                return True  # "spokesman for the provincial health directorate"
            # "Spokeswoman Line Brekke" is Line Brekke (not "Kari Hansen" by a spokesman's
            # surname)
            parts = (person or "").split()
            titled = len(parts) > 2 and _SPOKESMAN.fullmatch(parts[0]) is not None
            role = self.roles.get(fold(person or "")) or (
                self.roles.get(fold(" ".join(parts[1:]))) if titled else None
            )
            wanted = _stems(body or "")
            if not role or not wanted:
                continue
            named = _stems(role)
            last = _stem(_voice_key(body).split()[-1])
            if wanted <= named:
                return True
            # a role whose words, less an officer's, a body's kind and a place, all name the
            # body: "Kayalar's general manager" speaks for Kayalar Madencilik (not "Health
            # Ministry spokesman" for the Migration Ministry, "the ministry's spokesman" for
            # any, nor "Antalya's police chief" for the Antalya Bar Association)
            owner = _owner_of_the_role(role)
            if owner and owner <= wanted:
                return True
            if self._names_the_body(role, body):
                return True  # "WASA managing director" speaks for the Water and Sanitation
                # Agency, by another of its names
            office_named = wanted - _OFFICE_STEMS
            # loosely, a role that names the body by its last word and nothing else ("the
            # chamber's chairman"; not "Health Ministry spokesman" for the Migration Ministry)
            by_last_word = last in named and named - _TITLE_STEMS - _OFFICE_STEMS <= wanted
            if loosely and (by_last_word or (len(office_named) >= 2 and office_named <= named)):
                return True
        if loosely:
            # an office described, and the body it is: "Istanbul's top health official" and
            # "Istanbul Provincial Health Directorate"
            for described, body in ((first, second), (second, first)):
                words = _stems(described or "")
                named = words - _OFFICE_STEMS
                if words & _OFFICE_STEMS and len(named) >= 2 and named <= _stems(body or ""):
                    return True  # (not "senior health official" and a health workers' union)
                if words & _OFFICE_STEMS and named and named == _stems(body or ""):
                    return True  # "county official" and "county": the body, all its words
        return False

    def _the_one_named_in(self, sentence: SentenceRef, word: str) -> tuple[str, SentenceRef] | None:
        """The person a sentence names, when it names one and only one, of the pronoun's
        gender."""
        named = {
            person.name
            for _, person in self.people.mentions_in(
                sentence.source_id, sentence.start, sentence.end
            )
        }
        if len(named) != 1 or of_other_gender(word, next(iter(named))):
            return None
        return next(iter(named)), sentence

    def __call__(
        self, doc: Doc, ref: SentenceRef, pronoun: Token
    ) -> tuple[str, SentenceRef] | None:
        word = _SUBJECT_FORM.get(pronoun.lower_, pronoun.lower_)  # "according to her": "she"
        later = ref
        crossed = False
        for back in range(1, MAX_ANTECEDENT_SENTENCES + 1):
            earlier = self.at.get((ref.source_id, ref.position - back))
            if earlier is None:
                return None
            if "\n\n" in self.texts[ref.source_id][earlier.end : later.start]:
                # not in its paragraph, unless the paragraph opens on a quotation: '"A tunnel
                # boring machine went under that road on Sunday," he said.' goes on with the
                # speaker the paragraph before named
                opens_on_a_quote = without_dateline(later.text).lstrip()[:1] in QUOTE_OPENINGS
                if crossed or not opens_on_a_quote:
                    return None
                crossed = True
            before = nlp.parse([earlier.text])[0]
            subject = _quote_speaker(before) or nlp.main_subject(before, {"nsubj", "nsubjpass"})
            if subject is not None and subject.lower_ == "it":
                subject = _subject_of_the_that_clause(subject)  # "It is to be noted that X ..."
            if subject is not None and _in_its_dateline(subject):
                # "IZMIR (AFP) - Zeki Aydin, a structural engineer, inspected ...": the parse
                # gives the verb the dateline's town as a subject too
                subject = next(
                    (
                        c
                        for c in subject.head.children
                        if c.dep_ in {"nsubj", "nsubjpass"} and not _in_its_dateline(c)
                    ),
                    subject,
                )
            if subject is not None:
                subject = _subject_its_voice_speaks_of(subject)
            if subject is None:
                # a verb the parse left with no subject ("In his final statement, Kvasnica, who
                # has not been held in custody, again denied all the charges."): the one person
                # the sentence names
                return self._the_one_named_in(earlier, word)
            if subject.lower_ == word:
                later = earlier
                continue  # "... ," he told Skai. He denied ...: the one before that
            first = min(t.idx for t in subject.subtree)
            last = max(t.idx + len(t) for t in subject.subtree)
            found = self.people.mention(ref.source_id, earlier.start + last)
            if found is None:
                return None
            mention, person = found
            if of_other_gender(word, person.name):
                return None
            if mention.start >= earlier.start + first:
                return person.name, earlier
            if _holds_the_role(person, subject, self.holders):  # "the ex-governor": cited
                return mention.text, mention.ref  # from where he is named
            return None  # the subject is no person: "One of the dead was named as ..."
        return None


def _subject_its_voice_speaks_of(subject: Token) -> Token:
    """The subject of what a voice owned by a pronoun says, for that voice: "The boat's owner,
    Celestin Lisala Mongo, was questioned ..., his office said. ... he again denied" -> owner
    (his office speaks of him, and "he" is the man it speaks of)."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return subject
    if not _SAID.fullmatch(subject.head.lower_):
        return subject
    clause = next((c for c in subject.head.children if c.dep_ == "ccomp"), None)
    told = (
        next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if clause is not None
        else None
    )
    return told if told is not None and told.pos_ in {"NOUN", "PROPN"} else subject


def _subject_of_the_that_clause(it: Token) -> Token | None:
    """The subject of what an anticipatory "it" stands for: "It is to be noted that the
    driver, Sunil Bhardwaj, has been arrested" -> driver."""
    for clause in it.head.subtree:
        if clause.dep_ in {"ccomp", "csubj"} and any(c.lower_ == "that" for c in clause.children):
            return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def _holds_the_role(person: Entity, subject: Token, holders: dict[str, set[str]]) -> bool:
    """Whether a subject that is a role ("the ex-governor") is the person named before it,
    the one person of the cluster with that role ("Mr. Amartey ... the ex-governor 'firmly
    rejects' ...": Amartey is the central bank governor). "The minister" among a prime
    minister and a health minister is no one."""
    if subject.pos_ != "NOUN":
        return False
    written = subject.doc.text[subject.idx :].split(maxsplit=1)[0]  # the parser splits "ex-"
    word = written.lower().strip("\"“”'’,.").split("-")[-1]  # "ex-governor": governor
    return len(word) > 3 and holders.get(word) == {person.name}


def role_holders(entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Each role word and the people whose roles have it as their own (not "Deputy Governor"
    for governor)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for person in entities:
        if person.kind != "person":
            continue
        for role in person.roles:
            words = role.lower().replace("-", " ").split()
            for before, word in zip(["", *words], words, strict=False):
                if before not in _NOT_THE_ROLE:
                    holders[word].add(person.name)
    return holders


# "Deputy governor" is not the governor, nor "vice president" the president.
_NOT_THE_ROLE = frozenset({"deputy", "vice", "assistant", "acting", "former", "ex", "junior"})


def _quote_speaker(doc: Doc) -> Token | None:
    """The subject of a verb of saying outside the quotation marks: '"...," he told Skai'."""
    inside = nlp.quoted(doc)
    if not inside:
        return None
    return next(
        (
            child
            for verb in doc
            if verb.i not in inside and verb.pos_ == "VERB" and _SAID.fullmatch(verb.lower_)
            for child in verb.children
            if child.dep_ == "nsubj" and child.i not in inside
        ),
        None,
    )


def _speaker_to_find(doc: Doc, said_by: set[int]) -> Token | None:
    """Who to look for when the words naming a voice name no one: "he" or "she" as the subject
    of the sentence's main verb, or "according to him/her" (not "She said he denied", not a
    quoted "He"), for an earlier sentence to explain; for a quoted "I" or "my" ('"My clients
    deny these charges," she said'), the subject of the verb of saying outside the quote, a
    name or a pronoun, else (a sentence that is all quote) the "my" itself."""
    inside = nlp.quoted(doc)
    outside = [t for t in doc if t.i not in inside and not t.is_punct and not t.is_space]
    for index in sorted(said_by):
        token = doc[index]
        if token.i in inside and token.lower_ in {"i", "my"}:
            sayer = _quote_speaker(doc)
            return sayer if sayer is not None or outside else token
        if token.i in inside:
            continue
        subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"
        according = token.dep_ == "pobj" and token.head.head.lower_ == "according"
        if (token.lower_ in {"he", "she"} and subject) or (
            token.lower_ in {"him", "her"} and according
        ):
            return token
    return None


_SAID = re.compile(r"said|says|told|tells|added|stated|insisted|declared|affirmed")


# Verbs of saying whose subject "it" is a body, not the "it" of "it is not true".
_IT_SAYS = frozenset(
    "say says said tell tells told insist insists insisted claim claims claimed maintain "
    "maintains maintained".split()
)


def _a_body_or_people(token: Token) -> bool:
    """A name, a body ("the ministry") or people ("residents"): what "it" or "they" that
    speaks can stand for (not "the floodwaters", whatever its ending)."""
    word = token.lower_
    return (
        any(  # "the rail operator Nordbane" (a name the tagger may call a noun)
            t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in {"DET", "PRON", "ADP"})
            for t in token.subtree
        )
        or token.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}
        or counts_people(word)
        or bool({word, word.removesuffix("s")} & ORGANISATION_HEADS)
    )


def _named_before(doc: Doc, index: int) -> str | None:
    """The last name before the pronoun at `index` that it can stand for, never one named
    inside a quote the pronoun is outside of ('"... it is not true that Palpa was abandoned,"
    he said': not Palpa); for "he" or "she", a person if the sentence names one (the small
    model takes some surnames for places: '"...," Cahua said, adding that she rejected')."""
    quoted = nlp.quoted(doc)
    outside = index not in quoted
    names = [
        e
        for e in doc.ents
        if e.end <= index
        and e.label_ in {"PERSON", "ORG", "GPE"}
        and not (outside and any(t.i in quoted for t in e))
    ]
    if doc[index].lower_ in {"it", "they"}:  # the body that is the subject of a clause before
        subject = next(
            (
                t
                for t in reversed(doc[:index])
                if t.dep_ == "nsubj"
                and t.pos_ in {"PROPN", "NOUN"}
                and _a_body_or_people(t)  # not "the floodwaters rose; they said ..."
                and not (outside and t.i in quoted)
            ),
            None,
        )
        return _phrase(doc, subject) if subject is not None else None
    people = [e for e in names if e.label_ == "PERSON"]
    if doc[index].lower_ in GENDERED_PRONOUNS and people:
        names = people
    return names[-1].text if names else None


def _not_found(no: Token) -> Token | None:
    """What "no record of" / "no evidence of" says was not found, if it is a thing that may
    have happened (not "no trace of the two missing fishermen": people not found)."""
    if no.lower_ != "no" or no.dep_ != "det":
        return None
    if _found_none_of(no.head):  # "We found no masks, no harnesses and no gas detector"
        thing = no.head
        return None if counts_people(thing.text) or thing.ent_type_ else thing
    if no.head.lower_ not in _NO_TRACE:
        return None
    of = nlp.child_of(no.head, "prep", "of")
    what = nlp.child_of(of, "pobj") if of is not None else None
    if of is None:  # "no evidence (that) the fire was deliberately lit": what the clause says
        what = nlp.child_of(no.head, "acl") or nlp.child_of(no.head, "ccomp")
        return what if what is not None and what.pos_ in {"VERB", "AUX"} else None
    if what is None or counts_people(what.text) or what.ent_type_:
        return None
    return what


# Things named both by a voice that found none of them and by the one it answers.
FOUND_NONE_SHARED = 2
# Verbs of looking for a thing: a voice that "found no masks" or says "no weapons were seen"
# finds nothing of what another says was there.
_FINDING_VERBS = frozenset(
    "find finds found finding see sees saw seen discover discovers discovered detect detects "
    "detected locate locates located".split()
)


def _found_none_of(thing: Token) -> bool:
    """Whether `thing` is what a voice looked for and did not find: "found no masks", "no
    weapons were discovered" (the object or the passive subject of a verb of finding)."""
    return (
        thing.dep_ in {"dobj", "nsubjpass"}
        and thing.head.lower_ in _FINDING_VERBS
        and thing.lower_ not in _NO_TRACE  # "found no evidence the fire was lit": what it says
        # (not "inspected in May by officials, who found no faults": what others found, told
        # by the voice as its own account)
        and thing.head.dep_ not in {"relcl", "acl"}
    )


def _what_it_is_not(verb: Token) -> list[Token]:
    """What a negated "is" says its subject is not, with the nouns that name it: "were not
    the entry point" -> entry, point (none when the subject is no noun: "it is not clear")."""
    subject = nlp.child_of(verb, "nsubj")
    if verb.lower_ not in _BE or subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return []  # (not "That is not rain": what "that" is, the sentence before tells)
    what = nlp.child_of(verb, "attr")
    if what is None or what.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [*(c for c in what.children if c.dep_ == "compound"), what]


def _negated(doc: Doc, content: set[int], word: Token | None) -> frozenset[str]:
    """What a clause says did not happen, as the stems that must all be in an account that
    says it did: "no shots were fired" -> shot, fire; "he was not arrested" -> arrest. The
    clause's verb of saying (`word`) is left out: "did not say" denies no event."""
    return _negation(doc, content, word)[0]


def _negation(
    doc: Doc, content: set[int], word: Token | None
) -> tuple[frozenset[str], frozenset[str]]:
    """`_negated`, and the nouns joined to what it bears on, which the clause says did not
    happen either: "never received any letter or any complaint" -> complaint."""
    said = word.i if word is not None else -1
    stops = stop_words()
    negated: set[str] = set()
    joined: set[str] = set()
    for index in content:
        token = doc[index]
        if token.lower_ not in _NEGATIONS or token.head.i == said:
            continue
        if token.dep_ == "det" and _found_none_of(token.head):
            # "We found no masks, no harnesses and no gas detector": masks; the things joined
            # to it (harnesses, detector) were not found either
            if _not_found(token) is not None:
                negated.add(_stem(token.head.lower_))
                joined |= {
                    _stem(c.lower_)
                    for c in token.head.conjuncts
                    if c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in stops
                }
            continue
        if token.dep_ == "det" and token.head.lower_ in _NO_TRACE:
            # "We have no record of any inspection in October": the inspection in October
            what = _not_found(token)
            if what is not None:
                # of a thing, its nouns; of a clause, its nouns, verbs and manner too ("the
                # fire was deliberately lit": fire, deliber, lit)
                told = {"NOUN", "PROPN"} | ({"VERB", "ADV"} if what.pos_ == "VERB" else set())
                negated |= {
                    _stem(t.lower_)
                    for t in what.subtree
                    if t.pos_ in told and t.lower_ not in stops
                }
            continue
        noun = token.head if token.dep_ in {"det", "prep"} else None
        verb = noun.head if noun is not None and token.dep_ == "det" else token.head
        core = [verb] + ([noun] if noun is not None else [])
        if verb.dep_ == "relcl":
            core.append(verb.head)  # "abuse that has not been dealt with": abuse
        if token.i > 0 and doc[token.i - 1].text == "," and verb.dep_ in {"dep", "conj"}:
            # "a methane sensor had been faulty, not switched off": what the clause set against
            # it is of (the sensor was not switched off)
            core += [
                c
                for c in verb.head.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}
            ]
        core += [
            child
            for child in verb.children
            if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.pos_ in {"NOUN", "PROPN"}
        ]
        kept = [  # a verb however common: "no tear gas had been used"
            t
            for t in core
            if (t.lower_ not in stops or t.pos_ == "VERB")
            and t.i != said
            and t.pos_ in {"NOUN", "PROPN", "VERB"}
        ]
        if (said_is := _what_it_is_not(verb)) and not any(t.pos_ == "VERB" for t in kept):
            # "its systems were not the entry point": the subject and what it is said not to
            # be (a "not" on "is" alone tells no action)
            negated |= {_stem(t.lower_) for t in (*kept, *said_is) if t.lower_ not in stops}
            continue
        # What did not happen is an action and what it bears on: "not perfect" alone says
        # nothing a counterpart could be found by.
        if {t.pos_ for t in kept} & {"VERB"} and {t.pos_ for t in kept} & {"NOUN", "PROPN"}:
            negated |= {_stem(t.lower_) for t in kept}
            if not any(t.dep_ in {"relcl", "acl"} for t in (verb, *verb.ancestors)):
                # (not "inspected in May by officials, who found no faults or overdue
                # inspections": what a clause about someone else found)
                joined |= {
                    _stem(c.lower_)
                    for t in kept
                    if t.pos_ in {"NOUN", "PROPN"}
                    for c in t.conjuncts
                    if c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in stops
                }
    return frozenset(negated), frozenset(joined - negated)


_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercentage\b", re.I)


def _values(doc: Doc, content: set[int]) -> tuple[tuple[str, str, str | None], ...]:
    """Named places and figures inside a clause: ('place'|'figure', text, slot), the slot
    being the noun a place qualifies ("Iraqi waters": waters), or the place's kind in angle
    brackets if it qualifies none ("in Mexico": <GPE>)."""
    values: list[tuple[str, str, str | None]] = []
    for entity in doc.ents:
        if entity.start not in content:
            continue
        root = entity.root
        slot = (
            root.head.text.lower()
            if root.dep_ in {"amod", "compound", "nmod"} and root.head.pos_ == "NOUN"
            else None
        )
        if entity.label_ in {"GPE", "NORP", "LOC", "FAC"}:
            # (a place alone keeps its kind instead, "<GPE>": a town is no rival of a hall)
            values.append(("place", entity.text, slot or f"<{entity.label_}>"))
        elif (
            entity.label_ in {"CARDINAL", "QUANTITY", "MONEY"}
            # ("no fewer than 110" is labelled a percentage)
            or (entity.label_ == "PERCENT" and not _PERCENT.search(entity.text))
        ) and (_DIGIT.search(entity.text) or find_amounts(entity.text)):
            # (not "up to", a label with no figure in it)
            values.append(("figure", entity.text, None))
    words = [t for t in doc if t.i in content]
    past = any(t.tag_ in {"VBD", "VBN"} for t in words) and not any(t.tag_ == "MD" for t in words)
    if past:  # when something happened, not when it will ("will march on Monday")
        told = doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
        values.extend(("day", day, None) for day in _days_named(told))
    return tuple(values)


_DIGIT = re.compile(r"\d")


def _days_named(text: str) -> list[str]:
    """The days a clause names, comparable across clauses of one report: a weekday
    ("on Saturday morning": saturday), a full date ("17 January 2026": 2026-01-17) or a month
    and day ("as early as Nov. 6": --11-06)."""
    days = []
    for expression in find_time_expressions(text, None):
        if expression.kind == "weekday":
            days += [day for day in WEEKDAYS if day in expression.text.lower()]
        elif expression.iso is not None and len(expression.iso) == 10:
            days.append(expression.iso)
    # "on November 15", with no year to read it in: its month and day ("--11-15", ISO 8601's
    # form without a year), read against any reference day
    days += [
        f"--{expression.iso[5:]}"
        for expression in find_time_expressions(text, _ANY_REFERENCE_DAY)
        if expression.kind in {"month_day", "day_month"}
        and expression.iso is not None
        and len(expression.iso) == 10
        and not re.search(r"\d{4}", expression.text)
    ]
    return days


_ANY_REFERENCE_DAY = date(2001, 7, 1)


def _cue(doc: Doc, account: Account, word: Token) -> str | None:
    """Why an account may answer another one, found elsewhere."""
    if account.kind == "deny":
        # "X disputed that account": what its own report told just before
        return "that account" if _denies_the_sentence_before(word) else "deny"
    if account.kind in {"fact", "plain"}:
        return None
    if _CONTRARY.search(account.ref.text) and word.dep_ == "ROOT":
        return "contrary"
    first = next((t for t in doc if not t.is_punct), None)
    if first is not None and first.lower_ in {"however", "but"} and word.dep_ == "ROOT":
        return "however"
    if any(t.lower_ == "however" and t.head.i == word.i for t in doc):
        return "however"  # "Rescue workers, however, said ..."
    if account.negated and account.voice and _CONTRAST_WORD.search(account.ref.text):
        return "negated"
    if account.negated and account.voice and _A_NOT_B.search(account.ref.text):
        return "negated"  # "the sensor had been faulty, not switched off": against one that
        # says it was
    if account.negated and account.voice and _finds_no_trace(doc):
        return "negated"  # "We have no record of any inspection in October": against one
    return None


def _finds_no_trace(doc: Doc) -> bool:
    """ "no record of any inspection", "no evidence of a fault": a voice that finds nothing
    of what another says happened."""
    return any(_not_found(token) is not None for token in doc)


def _denies_the_sentence_before(word: Token) -> bool:
    """ "disputed that account", "rejected these claims", "denied that.": a denial of what
    was just told (not "Asked whether ..., he denied that.": of what he was asked)."""
    doc = word.doc
    if _negated_verb(word):
        return False  # "Aer Lingus does not dispute that figure"
    return (
        (
            any(
                # (right after the verb the parse may take it for an adverb: "The guides'
                # association disputes this.")
                (child.dep_ == "dobj" or (child.dep_ == "advmod" and child.i == word.i + 1))
                and child.lower_ in {"that", "this"}
                and not list(child.children)
                # the last word, or the last before a comma: "Erkmen denied that.", "The
                # agency has rejected that, saying its officers were ready"
                and child.i + 1 < len(doc)
                and doc[child.i + 1].text in {".", ",", ";"}
                for child in word.children
            )
            and not any(t.lower_ in {"whether", "asked", "if"} for t in doc)  # what he was asked
        )
        or any(
            child.dep_ == "dobj"
            and _stem(child.lower_) in _ACCOUNT_NOUNS
            and any(
                d.dep_ == "det" and d.lower_ in {"that", "this", "these", "those"}
                for d in child.children
            )
            for child in word.children
        )
        or bool(_THAT_ACCOUNT_AFTER.match(doc.text, word.idx + len(word.text)))
    )


# The words right after a denial that point back, read as written (the parse may take "that
# figure" for a clause: "disputes that (they) figure"): "disputes that figure", "rejects both
# numbers".
_THAT_ACCOUNT_AFTER = re.compile(
    r"\s+(?:that|this|these|those|both)\s+(?:figures?|numbers?|estimates?|counts?|tall(?:y|ies)|"
    r"tolls?|claims?|accounts?|versions?|reports?)\b",
    re.I,
)


def _contrasted_pair(doc: Doc, accounts: list[Account]) -> tuple[Account, Account] | None:
    """Two accounts of one sentence set against each other by a contrast, from two voices,
    about the same thing: "Iran says P while the UK insists Q"."""
    for first in accounts:
        governed = {t.i for t in doc[first.head].subtree}
        for second in accounts:
            if first is second:
                continue
            how = _how_juxtaposed(doc, first, second) if first.head < second.head else None
            juxtaposed = how is not None
            if not juxtaposed and (
                second.head not in governed or not _marked_contrast(doc, second)
            ):
                continue
            if second.kind != "fact" and (
                not first.voice
                or not second.voice
                # "..., but did not say when": the same speaker (a juxtaposed clause has its own)
                or (not second.named_here and not juxtaposed)
                or _same_voice(first.voice, second.voice)
            ):
                continue
            if juxtaposed:
                loosely = how == "loosely"
                if loosely and not (
                    all(_tells_what_happened(doc, a) for a in (first, second))
                    and (
                        _CONFLICT.search(doc.text) or any(_blames(doc, a) for a in (first, second))
                    )
                ):
                    continue  # "the union says it will meet the ministry on Thursday, the
                    # ministry says the proposals will be studied": a list, not a quarrel
                if not _side_by_side_at_odds(doc, first, second, loosely=loosely):
                    continue  # "Police said 12 were arrested; the minister said 3 schools ..."
                first, second = _apart(first, second)
            elif not _about_the_same(first, second) and not (
                _gives_a_cause(doc, second) and _tells_what_happened(doc, first)
            ):
                continue  # "He said the brakes failed, but police say the crash was due to ..."
            if _each_of_its_own(doc, first, second):
                continue  # "France's embassy said its consul was travelling to Arequipa, while
                # Chile's foreign ministry said that its consul had already reached the hospital"
            one, other = (first, second) if first.head < second.head else (second, first)
            return _without_the_announcement(one), _without_the_announcement(other)
    return None


# Those a country or a body sends to act for it: two countries' own envoys, each told of in
# turn ("its consul was travelling to Arequipa", "its consul had already reached the
# hospital"), do two things, not one; each body's own crew, ship, tests or teams may well be
# one thing in dispute ("its crew kept watch", "its crew sounded the horn").
_ENVOYS = frozenset(
    "consul consuls ambassador ambassadors envoy envoys delegation diplomats".split()
)


def _its_own_subject(doc: Doc, account: Account) -> str | None:
    """The noun a reported clause is about when its voice owns it: "consul" in "France's
    embassy said its consul was travelling to Arequipa"."""
    clause = nlp.child_of(doc[account.head], "ccomp")
    if clause is None:
        return None
    subject = nlp.child_of(clause, "nsubj") or nlp.child_of(clause, "nsubjpass")
    owner = nlp.child_of(subject, "poss") if subject is not None else None
    return (
        subject.lower_
        if subject is not None and owner is not None and owner.tag_ == "PRP$"
        else None
    )


def _each_of_its_own(doc: Doc, first: Account, second: Account) -> bool:
    """Whether two voices each tell of an envoy of their own ("its consul" and "its consul"):
    two missions, no rival accounts of one."""
    owned = _its_own_subject(doc, first)
    return owned is not None and owned in _ENVOYS and owned == _its_own_subject(doc, second)


def _apart(first: Account, second: Account) -> tuple[Account, Account]:
    """Two accounts side by side, each cut to its own words: not the announcement before a
    dash ("The two sides disagree over who broke off the talks -- the union says ..."), nor the
    other's voice ("... standby days and CEPA"), nor what follows a dash after it."""
    cut = []
    for one, other in ((first, second), (second, first)):
        text = one.text
        voice_at = text.find(one.voice or "\0")
        if voice_at > 0:
            breaks = [m.end() for m in _SIDE_APART.finditer(text, 0, voice_at)]
            text = text[breaks[-1] :] if breaks else text
        ending = _SIDE_APART.search(text, max(text.find(one.voice or "\0"), 0) + 1)
        text = text[: ending.start()] if ending else text
        if other.voice:
            theirs = re.search(rf"(?:,|\s+and)\s+(?:the\s+)?{re.escape(other.voice)}\W*$", text)
            text = text[: theirs.start()] if theirs else text
        cut.append(replace(one, text=text.strip()))
    return cut[0], cut[1]


_SIDE_APART = re.compile(r"\s(?:--|—|–)\s|;\s")


def _without_the_announcement(account: Account) -> Account:
    """An account without the words that say the sides disagree ("Nor do the two sides agree
    on the morning itself: the union says ..."): they are the topic, not the side."""
    announced = re.match(r"[^:;]*?" + _DISAGREEMENT_ANNOUNCED.pattern, account.text, re.I)
    return replace(account, text=account.text[announced.end() :]) if announced else account


# What a voice "puts at" a figure: "puts it at 110", "put the toll at 31".
_PUT_OBJECTS = frozenset(
    {"it", "figure", "number", "toll", "count", "total", "tally", "estimate", "loss", "losses"}
)


def _puts_a_figure_at(token: Token) -> bool:
    """ "X puts it at 110", "put the number of dead at 31", "revised its figure down to 38":
    a way of giving a figure."""
    if token.pos_ != "VERB" or not any(
        c.dep_ == "dobj" and c.lower_ in _PUT_OBJECTS for c in token.children
    ):
        return False
    if token.lower_ in {"put", "puts", "putting"}:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)
    return token.lower_ in _REVISING_A_FIGURE and any(
        c.dep_ == "prep" and c.lower_ == "to" and nlp.child_of(c, "pobj") is not None
        for c in token.children
    )


# Verbs by which a voice gives its figure anew: "raised its toll to 14", "revised its figure
# down to 38" (those that keep or publish a figure give it "at", not "to").
_REVISING_A_FIGURE = (
    REVISING
    - {"put", "puts", "kept", "keeps", "maintained", "maintains"}
    - {"released", "releases", "published", "publishes"}
) | {"reduced", "reduces"}


def _side_by_side_at_odds(
    doc: Doc, first: Account, second: Account, *, loosely: bool = False
) -> bool:
    """Two accounts side by side (a semicolon, no word of contrast) set against each other:
    they share what they are about, or give figures of the same count ("73 inmates escaped"
    / "puts it at no fewer than 110"), or blame each other ("ignored its warnings" / "the
    company's work was substandard"). A list of two statements is not a dispute. Set side by
    side `loosely` (a comma, a dash, "with X saying ... and Y saying"), what they share is no
    sign: reports list updates so ("Police say the fire started in a kitchen, firefighters say
    the fire spread")."""
    if (first.stems & second.stems) - _FIGURE_STEMS and not loosely:
        return True
    if _DISAGREEMENT_ANNOUNCED.search(doc.text):
        return True  # "Nor do the two sides agree on the morning itself: the union says ...;
        # UTE says ...": the sentence says the two sides are set against each other
    if _values_differ(first, second) and _count_alike_in(first, second):
        return True
    if (first.negated or second.negated) and _days_differ(first, second):
        return True  # "says it told them on Saturday; the office says it was not told until
        # Monday" (not "the suspect was arrested on Monday; his family says he was freed ...")
    if bool(first.negated) != bool(second.negated) and any(
        _stem(doc[a.head].lower_) in _HOLDING_AGAINST for a in (first, second)
    ):
        return True  # "SENAMHI insists it issued a fog warning; the army says the alert never
        # reached it": one holds to its account, the other says it did not happen
    if (
        not loosely
        and _stem(doc[second.head].lower_) in _HOLDING_AGAINST
        and any(c.dep_ == "ccomp" and c.i > second.head for c in doc[second.head].children)
        and all(_told_as_done(doc[account.head]) for account in (first, second))
    ):
        return True  # "The province says it expired at the end of June; the company insists
        # it had applied for renewal in May": after a semicolon, the second voice holds to its
        # account of what happened against the first's (not "the union maintains that teachers
        # will strike on Friday", "the city maintains the bridge": a plan, upkeep)
    if not loosely and _answers_for_the_one_told_of(doc, first, second):
        return True  # "Police say he was driving too fast; his lawyer says the bend was icy"
    named = [
        bool(_stems(one.voice or "") & other.stems)
        for one, other in ((first, second), (second, first))
    ]
    # each names the other ("Midtdata maintains the bank's server was the weak point; the bank
    # says Midtdata's password was stolen"), or one names the other and finds fault
    return all(named) or (any(named) and any(_blames(doc, account) for account in (first, second)))


# Those who speak for a person another voice tells of: "his lawyer", "her family".
_ANSWERING_FOR = frozenset(
    "lawyer lawyers attorney attorneys counsel solicitor defence defense family relatives "
    "parents employer spokesman spokeswoman spokesperson representative representatives".split()
)
# The owner's word for one a clause tells of: "he" is "his" lawyer's client.
_OWNER_OF = {"he": "his", "she": "her", "they": "their"}


def _answers_for_the_one_told_of(doc: Doc, first: Account, second: Account) -> bool:
    """Whether, after a semicolon, the second voice speaks for the one the first tells of, and
    both tell what happened: "Police say he was driving too fast; his lawyer says the bend was
    icy" (his client's side against the police's, whatever words each uses)."""
    one, other = sorted((first, second), key=lambda account: account.head)
    speaker = nlp.child_of(doc[other.head], "nsubj")
    owner = nlp.child_of(speaker, "poss") if speaker is not None else None
    if (
        speaker is None
        or owner is None
        or speaker.lower_ not in _ANSWERING_FOR
        or owner.lower_ not in _OWNER_OF.values()  # (not "the pedestrian's family")
    ):
        return False
    told_of = _told_of(doc[one.head])
    if told_of is None or not _may_be_whose(told_of, owner.lower_):
        return False  # (not "Police say she ...; his lawyer says ...": someone else's)
    answer = _what_is_said(doc[other.head])
    if answer is None:
        return False
    of_them = nlp.child_of(answer, "nsubj") or nlp.child_of(answer, "nsubjpass")
    if (
        of_them is not None
        and of_them.lower_ in _OWNER_OF
        and any(c.dep_ == "attr" or c.ent_type_ in {"DATE", "TIME"} for c in answer.subtree)
    ):
        return False  # "her family says she was a devoted nurse", "his lawyer says he was
        # released on bail on Monday evening": who they were, or what came after, no account
        # (but "his spokesman says the money was a private loan": what it was)
    return all(_told_as_done(doc[account.head]) for account in (first, second))


def _what_is_said(said: Token) -> Token | None:
    """The clause a verb of saying reports, after it (not one the parse hangs before it: "Police
    say ...; her family says ...")."""
    return next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i), None)


def _told_of(said: Token) -> Token | None:
    """The subject of what a verb of saying reports: "he" of "Police say he was speeding"."""
    told = _what_is_said(said)
    if told is None:
        return None
    return nlp.child_of(told, "nsubj") or nlp.child_of(told, "nsubjpass")


# Nouns that say a person's sex: "the man" is no one's "her" lawyer's client.
_MALE_NOUNS = frozenset("man boy father husband son brother grandfather".split())
_FEMALE_NOUNS = frozenset("woman girl mother wife daughter sister grandmother".split())


def _may_be_whose(told_of: Token, owner: str) -> bool:
    """Whether "his", "her" or "their" (`owner`) may stand for the one a clause tells of: "he"
    and "his", "the driver" and "his", "his truck" and "his"; not "the man" and "her", "she"
    and "his", "Ionut Marin" and "her"."""
    if told_of.pos_ == "PRON":
        return _OWNER_OF.get(told_of.lower_) == owner
    if any(c.dep_ == "poss" and c.lower_ in _OWNER_OF.values() for c in told_of.children):
        return any(c.dep_ == "poss" and c.lower_ == owner for c in told_of.children)
    if owner == "their":
        return told_of.tag_ in {"NNS", "NNPS"}
    if told_of.tag_ in {"NNS", "NNPS"}:
        return False
    if told_of.lower_ in (_FEMALE_NOUNS if owner == "his" else _MALE_NOUNS):
        return False
    pronoun = "he" if owner == "his" else "she"
    name = " ".join([*(t.text for t in told_of.lefts if t.dep_ == "compound"), told_of.text])
    return told_of.pos_ != "PROPN" or not of_other_gender(pronoun, name)


def _told_as_done(verb: Token) -> bool:
    """Whether what a verb of saying reports is told as done, in the past: "says it expired",
    "insists it had applied for renewal" (not "will strike", "is recovering", "stay closed")."""
    said = _what_is_said(verb)
    if said is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in said.children):
        return False
    helpers = [c for c in said.children if c.dep_ in {"aux", "auxpass"}]
    if said.tag_ == "VBD" and not helpers:
        return True
    return bool(helpers) and all(c.lower_ in {"had", "has", "have", "was", "were"} for c in helpers)


# Verbs of holding to an account against another: "insists", "maintains".
_HOLDING_AGAINST = frozenset({"insist", "maintain", "contend"})
# A sentence that says, before a colon, that the sides to come disagree: "Nor do the two
# sides agree on the timing:", "The accounts differ on one point:" (not "Residents and
# officials have long disagreed over safety:", which may lead to anything).
_DISAGREEMENT_ANNOUNCED = re.compile(
    r"\b(?:the\s+two|both|the)\s+(?:sides|accounts|versions|camps)\b[^:;.]{0,40}"
    r"\b(?:disagree\w*|(?:do|does|did)\s+not\s+agree|n['’]t\s+agree|agree|at\s+odds|"
    r"differ(?:s|ed)?)\b[^:;.]{0,80}:\s|"
    r"\b(?:disagree\w*|n['’]t\s+agree|not\s+agree|differ(?:s|ed)?)\b[^:;.]{0,40}\b"
    r"(?:the\s+two|both)\s+(?:sides|accounts|versions|camps)\b[^:;.]{0,60}:\s",
    re.I,
)
# Stems that say only how a figure is given, not what it counts.
_FIGURE_STEMS = frozenset({"number", "figur", "total", "put", "fewer", "least", "more", "less"})
# Stems of blame and fault: "ignored its warnings", "substandard work", "never maintained".
_BLAME_STEMS = frozenset(
    {"blame", "fault", "faulti", "ignor", "fail", "neglect", "substandard", "neglig", "respons"}
)


def _blames(doc: Doc, account: Account) -> bool:
    """A clause that blames or finds fault: a negation, or a word of fault."""
    words = list(doc[account.head].subtree)
    return any(t.lower_ in _NEGATIONS for t in words) or bool(account.stems & _BLAME_STEMS)


def _count_alike_in(first: Account, second: Account) -> bool:
    """Whether the figures of two accounts count the same kind of thing: the same unit, or a
    bare figure that stands for the other's ("puts it at no fewer than 110")."""
    units = []
    for account in (first, second):  # each its own clause, without the other's
        ref = SentenceRef(account.ref.source_id, 0, len(account.text), account.text, 0)
        units.append({q.key for q in find_quantities(ref)})
    if not units[0] or not units[1]:
        return True
    return bool(units[0] & units[1])


def _how_juxtaposed(doc: Doc, first: Account, second: Account) -> str | None:
    """How two accounts are set side by side: "semicolon" ("The government says 73 inmates
    escaped; the union puts it at 110"); "loosely" for a dash, or two like clauses of saying,
    each with its own subject, the second opening after a comma or "and" ("the union says CEPA
    withdrew its offer, CEPA says the union walked out"; "with the union saying ... and CEPA
    saying ..."); else None."""
    one, other = sorted((first, second), key=lambda account: account.head)
    end = max(t.i for t in doc[one.head].subtree if t.i < other.head or t.i == one.head)
    between = doc[end : other.head]
    if any(t.text == ";" for t in between) or _opens_after_a_semicolon(doc, other):
        return "semicolon"
    if any(t.text in _DASHES for t in between):
        return "loosely"
    heads = doc[one.head], doc[other.head]
    if heads[0].tag_ != heads[1].tag_ or heads[0].tag_ not in {"VBZ", "VBP", "VBG"}:
        return None  # "says" and "says", "saying" and "saying"; not "said ... says"
    subjects = [nlp.child_of(head, "nsubj") for head in heads]
    if subjects[1] is None:  # the misparse of "... and CEPA saying": the word before "saying"
        subjects[1] = heads[1].nbor(-1) if heads[1].i > 0 else None
    if None in subjects or any(s.pos_ == "PRON" for s in subjects if s is not None):
        return None
    opening = doc[subjects[1].left_edge.i - 1] if subjects[1].left_edge.i > 0 else None  # type: ignore[union-attr]
    if opening is not None and opening.text in {",", "and"} and opening.i > one.head:
        return "loosely"
    return None


def _opens_after_a_semicolon(doc: Doc, account: Account) -> bool:
    """Whether an account's subject opens right after a semicolon, whatever the parse hung
    before it ("... the next day, Tuesday, August 4; Brandenburg's office says ...", where
    "Tuesday" is parsed as the second clause's)."""
    subject = nlp.child_of(doc[account.head], "nsubj")
    start = subject.left_edge.i if subject is not None else 0
    return start > 0 and doc[start - 1].text == ";"


_DASHES = frozenset({"--", "—", "–"})
# Words of a quarrel: accounts set side by side with no semicolon are at odds only in a
# sentence that tells of one ("disagree over who broke off the talks", "talks collapsed").
_CONFLICT = re.compile(
    r"\b(?:disagree\w*|disput\w*|row|blame\w*|accus\w*|collaps\w*|broke\s+(?:down|off)|"
    r"deadlock\w*|rift|clash\w*|contradict\w*|at\s+odds|conflicting|different\s+(?:story|"
    r"version|account)s?|trade\w*\s+blame|each\s+other|differ\w*)\b",
    re.I,
)


def _tells_what_happened(doc: Doc, account: Account) -> bool:
    """A clause that says something happened (a past verb, no modal): "the brakes failed", not
    "rescue work would continue"."""
    words = list(doc[account.head].subtree)
    modal = any(  # "would continue"; but "could not have stopped" tells what happened
        t.tag_ == "MD" and not any(n.lower_ == "have" for n in doc[t.i + 1 : t.i + 3])
        for t in words
    )
    return any(t.tag_ in {"VBD", "VBN"} for t in words) and not modal


def _gives_a_cause(doc: Doc, account: Account) -> bool:
    return any(_cause_after(token) is not None for token in doc[account.head].subtree)


def _marked_contrast(doc: Doc, account: Account) -> bool:
    head = doc[account.head]
    if any(child.lower_ in _CONTRAST_MARKS for child in head.children):
        return True
    if head.dep_ == "conj":
        siblings = list(head.head.children) + list(head.children)
        return any(t.dep_ == "cc" and t.lower_ in _CONTRAST_CC for t in siblings)
    return False


def _about_the_same(first: Account, second: Account) -> bool:
    """Shared terms, or the same kind of value given differently ("in Mexico" / "in Italy",
    "on Sunday evening" / "on Saturday morning")."""
    if first.stems & second.stems:
        return True
    return _values_differ(first, second) or _days_differ(first, second)


def _values_differ(first: Account, second: Account) -> bool:
    figures = [
        {
            (value, _qualifier_of(v))
            for k, v, _ in account.values
            if k == "figure" and (value := figure_value(v))
        }
        for account in (first, second)
    ]
    if (
        figures[0]
        and figures[1]
        and not any(  # "more than 60" and "about 70" can both hold
            amounts_compatible(one, one_q, other, other_q)
            for one, one_q in figures[0]
            for other, other_q in figures[1]
        )
        and not _harms_apart(first, second)
        and not _distances_apart(first, second)
    ):
        return True
    places = [{v.lower() for k, v, _ in a.values if k == "place"} for a in (first, second)]
    return bool(places[0] and places[1] and not places[0] & places[1])


def _distances_apart(first: Account, second: Account) -> bool:
    """Whether the distances of two accounts are of two kinds, with none in common ("runs about
    22 meters below the street", "within 200 meters of the site": a depth and a zone)."""
    kinds = []
    for account in (first, second):
        told: set[str] = set()
        for kind, figure, _ in account.values:
            at = account.text.find(figure)
            if kind == "figure" and at >= 0 and figure.split()[-1].lower() in _LENGTH_UNITS:
                told.add(_distance_told_as(account.text, at, at + len(figure)) or "")
        kinds.append(told - {""})
    return bool(kinds[0] and kinds[1]) and not kinds[0] & kinds[1]


# How far either side of a figure the words of its harm are read.
HARM_NEAR = 30


def _harms_apart(first: Account, second: Account) -> bool:
    """Whether the figures of two accounts are each told with what befell those counted
    (killed, injured, missing, rescued, evacuated), and none in common ("174 people
    had now been rescued" against "they had confirmed 48 deaths"; not "rights groups, who
    treated dozens of wounded people, put the figure at 45": 45 is told with none beside it)."""
    harms = []
    for account in (first, second):
        told: set[str] = set()
        for kind, figure, _ in account.values:
            if kind != "figure":
                continue
            at = account.text.find(figure)
            near = account.text[max(0, at - HARM_NEAR) : at + len(figure) + HARM_NEAR]
            of_it = _harms_named(near) if at >= 0 else set()
            if not of_it:
                return False  # a figure told with no harm beside it may count anything
            told |= of_it
        harms.append(told)
    return bool(harms[0] and harms[1] and not harms[0] & harms[1])


def _harms_named(words: str) -> set[str]:
    """The harms the words name, as the casualty reader reads them ("toll": killed, "hurt" and
    "treated": injured, "unaccounted": missing)."""
    kinds: set[str] = set()
    for word in re.findall(r"[\w’']+", words):
        kind = kind_of_word(word) or ("injured" if cared_for_harm(word.lower()) else None)
        if kind in _HARM_KINDS:
            kinds.add(kind)
    return kinds


_HARM_KINDS = frozenset({"killed", "injured", "missing", "survived", "displaced"})


def _days_differ(first: Account, second: Account) -> bool:
    """Whether two accounts put what happened on different days ("it first learned of it on
    Sunday evening" / "his staff had alerted officials on Saturday morning")."""
    days = [{v for k, v, _ in a.values if k == "day"} for a in (first, second)]
    # a weekday is set against a weekday, a date against a date ("on Monday" and "until
    # November 16" may be one day)
    named = [{day for day in told if day in WEEKDAYS} for told in days]
    dated = [told - weekdays for told, weekdays in zip(days, named, strict=True)]
    return (
        any(one and other and not one & other for one, other in (named, dated))
        # the sentence sets one day against the other ("more than 30 hours earlier", "was not
        # informed until Sunday"), not two things that happened on two days
        and any(_SOONER_OR_LATER.search(a.ref.text) for a in (first, second))
    )


_SOONER_OR_LATER = re.compile(r"\b(?:earlier|later|until|till|as\s+early\s+as)\b", re.I)


def _qualifier_of(figure: str) -> str | None:
    """The qualifier a figure's words open with: "more than" of "more than 60"."""
    qualifier = re.match(_QUALIFIER, figure)
    return qualifier.group(0).strip().lower() if qualifier else None


def _count_alike(first: SentenceRef, second: SentenceRef) -> bool:
    """Whether two sentences give counts of the same kind of thing: the same unit, or people
    on both sides ("35 workers" and "50 people")."""
    units = [
        {q.key.split()[0] for q in find_quantities(ref)} if not _breaks_a_count_down(ref) else set()
        for ref in (first, second)
    ]
    if units[0] & units[1]:
        return True
    if units[0] and not units[1] and _PUTS_AT.search(second.text):
        return True  # "The authority said 96 vessels were waiting. But TFI puts the number at
        # 118": the figure the sentence before gives, set at another value
    people = [any(counts_people(unit) or unit == "toll" for unit in u) for u in units]
    return people[0] and people[1]


def _breaks_a_count_down(ref: SentenceRef) -> bool:
    """Whether a sentence opens its figures with a share of a count told elsewhere: "118,600
    of the affected workers are teachers, 61,200 are health workers and ..." gives parts, no
    count of its own that another voice's count could answer."""
    first = re.search(_NUMERAL, ref.text, re.I)
    return first is not None and _A_SHARE_AFTER.match(ref.text, first.end()) is not None


# Words after a number that make it a share of a count told elsewhere: "118,600 of the
# affected workers".
_A_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:the|them|those|these|its|their)\b"
    r"(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))",  # not "45 of the 57 victims"
    re.I,
)


# What a sentence opening with "But" or holding "however" owes to the sentence right before it,
# on top of the words it shares with any (idf-weighted): it comes first.
ANSWERS_THE_SENTENCE_BEFORE = 100.0
# A sentence that opens against the one before it: "But the authority denied ...", "However,
# ..." (not "Yet another official denied ...").
_OPENS_AGAINST = re.compile(
    r"(?:[A-Z][\w.,\s()]{0,40}?\s[-–—]\s+)?(?:But|However|Yet)\b(?!\s+(?:another|again|more)\b)"
)


def _denier_words(text: str) -> frozenset[str]:
    """The words that name who denies, in a sentence that opens on them ("But the authority's
    spokesperson, Meron Haile, denied ..."): the words before the denial, without those of
    any spokesperson's title."""
    denial = _DENIAL_CUE.search(text)
    return _stems(text[: denial.start()] if denial else "") - _TITLE_STEMS


_TITLE_STEMS = frozenset(
    _stem(word)
    for word in "but however yet spokesman spokeswoman spokesperson official officials head "
    "chief director".split()
)
# Its opening names one who speaks for the body just named: "But its chief executive ...".
_FOR_THE_BODY_BEFORE = re.compile(
    r"(?:[A-Z][\w.,\s()]{0,40}?\s[-–—]\s+)?(?:But|However|Yet),?\s+(?:its|their)\b"
)


# What a bare denial names besides its voice: "disputed that account", "rejected the claim".
_ACCOUNT_WORDS = _ACCOUNT_NOUNS | {"flat", "strong", "firm", "swift", "immedi"}
# A sentence that goes on with the last one's voice: "The company said ...", "It says ...".
_GOES_ON = re.compile(
    r"^(?:The\s+(?P<kind>[a-z]+)|It|They)\s+(?:also\s+|later\s+)?"
    r"(?:said|says|added|adds|insisted|insists|maintained|maintains|argued|argues)\b"
)
# A person's words going on in the next sentence: "He said ...", "..., he said."
_HE_GOES_ON = re.compile(
    r"^(?P<pronoun>He|She)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|insisted|insists|"
    r"argued|told\s+(?:reporters|journalists|\w+\s+(?:News|Radio|TV)|Reuters|AFP|AP))\b"
    r"|,[\"”’']?\s+(?P<after>he|she)\s+(?:said|says|added|adds|insisted|insists)\s*\.?[\"”’']?\s*$"
)
# A body's officer speaking for it in the next sentence: "The ferry's operator, NMTC, rejected
# that account. Its managing director, Hassan Kiwelu, said the crew had reported ...".
_ITS_OFFICER_GOES_ON = re.compile(
    r"^Its\s+(?:[\w\-]+\s+){0,2}(?:director|manager|chief|head|president|chairman|"
    r"chairwoman|spokes(?:man|woman|person)|owner|executive|officer)(?:,\s+[^,]{3,60},)?\s+"
    r"(?:also\s+)?(?:said|says|added|insisted|told)\b"
)
# What a named body is called again in the next sentence: "Titan Bumi Engineering disputed
# that account. The company said ...".
_BODY_KINDS = frozenset({"company", "firm", "contractor", "operator", "group", "builder"})


def _a_named_body(voice: str) -> bool:
    """Whether a voice is a body by a name of its own, of two words or more ("Lake Star
    Marine", "Nyanza Marine Transport Company"), whose officer "Its managing director" may be
    (not "Police", whose "Its" is another body's)."""
    words = voice.split()
    return len(words) >= 2 and sum(word[:1].isupper() for word in words) >= 2


def _in_the_denier_s_words(account: Account, named: Entity) -> bool:
    """Whether a name stands in a bare denial's sentence after the denier's own name and before
    the word of denial: in the words that tell who the denier is ("Ruslan Temirkhanov, director
    of Baraka Trade, which owns the market, rejected that")."""
    denied = _DENIAL_CUE.search(account.ref.text)
    own = account.ref.text.find(account.voice or "\0")
    if denied is None or own < 0:
        return False
    return any(
        mention.ref.source_id == account.ref.source_id
        and mention.ref.start == account.ref.start
        and own < mention.start - account.ref.start < denied.start()
        for mention in named.mentions
    )


def _the_same_body(going_on: re.Match[str], voice: str | None) -> bool:
    """ "It said" or "The company said" after a denial by a body named with capitals; "The
    <word> said" too when the word ends the denier's name ("the union ... The union said").
    Not "He said" (the accuser as often as the denier), nor "The governor said"."""
    words = _voice_key(voice).split()
    if not words:
        return False
    kind = going_on.group("kind")
    if kind is None or kind == words[-1]:
        return True
    name = (voice or "").split()
    return (
        kind in _BODY_KINDS
        and bool(name)
        and name[-1][:1].isupper()
        and fold(name[-1]) not in ORGANISATION_HEADS
    )


# The first word of a voice that is an officer of a body, unnamed: "the head of ...".
_OFFICER_FIRST = frozenset(
    "head chief director president chairman chairwoman ceo manager boss leader".split()
)


def _owner_of_the_role(role: str) -> frozenset[str]:
    """The stems of the words of a role that name whose officer it is: "kayalar" of "Kayalar's
    general manager"; none of "Antalya's police chief" (a place, a kind of body, an office)."""
    words = [re.sub(r"['’]s$", "", word) for word in role.split()]
    named = [word for word in words if gazetteer().lookup(word.title()) is None]
    return (
        _stems(" ".join(named)) - _TITLE_STEMS - _OFFICE_STEMS - _OFFICER_STEMS - _BODY_HEAD_STEMS
    )


def _the_officer_named_later(denial: Account, found: Account, role: str | None) -> bool:
    """An unnamed officer's denial ("The head of Tunisia's motorway operator on Friday rejected
    accusations ...") and a named officer's words later in the same report ("'Our signs were
    switched on at 6:50,' Slim Bouraoui, chief executive of state-owned Tunisie Autoroutes,
    told a news conference"): one person, introduced twice, as a report does; not an account
    the denial answers."""
    if found.ref.source_id != denial.ref.source_id or found.ref.position <= denial.ref.position:
        return False
    words = (denial.voice or "").lower().split()
    if not words or words[0] not in _OFFICER_FIRST:
        return False
    named = [w for w in (found.voice or "").split() if w[:1].isupper()]
    officer = _stems(role or "") & _OFFICER_STEMS
    # not the head of another kind of body: "the head of Egypt's bus drivers' union" and "the
    # chief executive of the Cairo Transport Authority"
    kinds = [_stems(text) & _BODY_HEAD_STEMS for text in (denial.voice or "", role or "")]
    return len(named) >= 2 and bool(officer) and not (all(kinds) and not kinds[0] & kinds[1])


class _Counterparts:
    """Finds the account that a denial, a negation or a "however" answers."""

    def __init__(
        self,
        evidence: EvidenceSet,
        antecedents: _Antecedents | None = None,
        background: AbstractSet[tuple[str, int]] = frozenset(),
    ) -> None:
        self.evidence = evidence
        self.antecedents = antecedents
        self.background = background
        self._index: dict[str, list[int]] | None = None
        self._stems: list[frozenset[str]] = []
        self._idf: dict[str, float] = {}
        self._at: dict[tuple[str, int], int] = {}  # (source, sentence position) -> item

    def parse(self, texts: list[str]) -> list[Doc]:
        """Parsed once, whoever asks again (`nlp.parse` keeps them): a counterpart may answer
        several accounts."""
        return nlp.parse(texts)

    def _build(self) -> dict[str, list[int]]:
        if self._index is None:
            index: dict[str, list[int]] = defaultdict(list)
            self._stems = [_stems(item.text) for item in self.evidence.items]
            for position, stems in enumerate(self._stems):
                for stem in stems:
                    index[stem].append(position)
            total = len(self._stems) + 1
            self._idf = {stem: math.log(total / (1 + len(hits))) for stem, hits in index.items()}
            self._at = {
                (ref.source_id, ref.position): position
                for position, item in enumerate(self.evidence.items)
                for ref in item.members
            }
            self._index = index
        return self._index

    def with_what_follows(self, account: Account) -> Account:
        """A bare denial with what its voice says next: "Titan Bumi Engineering disputed that
        account. The company said its machine passed under the site on November 7"."""
        # (what follows the word of denial: "Ingrid Solberg, a hydrogeologist hired by the
        # Willow Flats Cree Nation, disputed that account." is as bare as "She disputed it.")
        denied = _DENIAL_CUE.search(account.text)
        rest = account.text[denied.end() :] if denied is not None else account.text
        if account.kind != "deny" or _stems(rest) - _ACCOUNT_WORDS:
            return account
        self._build()
        ref = account.ref
        position = self._at.get((ref.source_id, ref.position + 1))
        after = None
        if position is not None:
            after = next(
                (m for m in self.evidence.items[position].members if m.source_id == ref.source_id),
                None,
            )
        if after is None:
            return account
        going_on = _GOES_ON.match(after.text)
        if (
            (going_on is None or not _the_same_body(going_on, account.voice))
            and not self._the_same_person_goes_on(account, after)
            and not (_ITS_OFFICER_GOES_ON.match(after.text) and _a_named_body(account.voice or ""))
        ):
            return account
        return replace(
            account,
            ref=_quoted_from(self.evidence, ref, after),
            text=f"{account.text}. {clean_sentence(after.text).rstrip('.')}",
            stems=account.stems | _stems(after.text),
        )

    def _the_same_person_goes_on(self, account: Account, after: SentenceRef) -> bool:
        """ "Nodar Kazbegi, chairman of the guides' association, disputed that account. Guides
        at the camp had told him no helicopter arrived until after 10 a.m., he said.": "he" is
        the denier when the denier is the person the report named last (outside quotations)
        before the sentence's end: the sentence names no one else."""
        going_on = _HE_GOES_ON.search(after.text)
        if self.antecedents is None or not account.voice or going_on is None:
            return False
        named = self.antecedents.people.outside_quotes(after.source_id, after.end)
        if named is not None and _in_the_denier_s_words(account, named):
            # "Ingrid Solberg, a hydrogeologist hired by the Willow Flats Cree Nation, disputed
            # that account. She said ...": a name in the words that tell who the denier is
            named = self.antecedents.people.outside_quotes(
                after.source_id, account.ref.start + account.ref.text.find(account.voice) + 1
            )
        return (
            named is not None
            and _voice_key(account.voice) in {_voice_key(name) for name in named.names}
            # (not "Ward councillor Thandiwe Dlamini disputed that account. ..., he said.")
            and not of_other_gender(
                going_on.group("pronoun") or going_on.group("after"), named.name
            )
        )

    def _voiced_by(self, account: Account, claimant: frozenset[str]) -> bool:
        """Whether an account's voice, by its name or its role, is one a denial names as the
        claimant ("Eleni Drakopoulou", Kalamata's mayor, for "claims by ... Kalamata's mayor")."""
        named = _stems(account.voice or "") | _stems(self._role_of(account.voice) or "")
        return bool(named & claimant - _TITLE_STEMS)

    def _role_of(self, voice: str | None) -> str | None:
        """The role the cluster gives a voice ("head of the Fez branch of ..."), if any."""
        if self.antecedents is None or not voice:
            return None
        return self.antecedents.roles.get(fold(voice))

    def _speaker_of_the_quote(self, account: Account) -> Account:
        """A sentence that is all quotation, said by no one named in it, is the speaker's
        whose quotation the sentence before it gives: '"Handcuffs do not open by themselves,"
        Barke told reporters. "Those who opened the doors from the inside will answer for
        it."'"""
        if account.kind != "plain" or not all_quoted(account.ref.text):
            return account
        self._build()
        ref = account.ref
        position = self._at.get((ref.source_id, ref.position - 1))
        if position is None:
            return account
        before = next(
            (m for m in self.evidence.items[position].members if m.source_id == ref.source_id),
            None,
        )
        if before is None or without_dateline(before.text).lstrip()[:1] not in QUOTE_OPENINGS:
            return account  # '"...," Barke told reporters.': a quotation and who said it
        (doc,) = self.parse([before.text])
        speakers = [a.voice for a in accounts_in(doc, before, self.antecedents) if a.voice]
        if len(set(speakers)) != 1:
            return account
        return dataclasses.replace(account, voice=speakers[0], voice_ref=before)

    def _the_account_its_quotation_goes_on_with(
        self, found: tuple[Account, EvidenceItem], denial: Account
    ) -> tuple[Account, EvidenceItem]:
        """What "that account" (or "that warning") rejects when the sentence before it is a
        quotation: the account its speaker began just before it, in reported words where they
        gave one ("Tveit told us crews had written up a whistling noise ... in October last
        year. 'Our members heard it ...,' Tveit said. Nordvik Air rejects that account."),
        when it shares more with what the denial says than the quotation does."""
        answer, _ = found
        ref = answer.ref
        if not answer.voice or not mostly_quoted(ref.text):
            return found
        self._build()
        best = found
        for back in range(1, NEARBY_SENTENCES + 1):
            position = self._at.get((ref.source_id, ref.position - back))
            if position is None:
                break
            before = next(
                m for m in self.evidence.items[position].members if m.source_id == ref.source_id
            )
            (doc,) = self.parse([before.text])
            told = _told_before_its_quotation(doc, before, answer, self.antecedents)
            if told is None:
                break
            if _closer_to(denial.stems, told, best[0]) or (
                # the quotation's opening, where its speaker is named, when it says as much:
                # '"On July 22, the ward issued a decision suspending the bar," said Tien. "The
                # decision was delivered in person"'
                without_dateline(before.text).lstrip()[:1] in QUOTE_OPENINGS
                and not _closer_to(denial.stems, best[0], told)
            ):
                best = (told, self.evidence.items[position])
            if not mostly_quoted(before.text):
                break
        return best

    def _told_just_before(self, before: SentenceRef, ref: SentenceRef) -> bool:
        """Whether a sentence of a report is the last one told before `ref`, or only its
        speaker's quotation stands between them ("She said the government had directed the
        leaders ... to move gas sellers out. '... was duly served. This tragedy was
        avoidable,' she told reporters. Agulu denied receiving any such order.")."""
        between = [
            told
            for told in self.evidence.sentences(ref.source_id)
            if before.position < told.position < ref.position
        ]
        return before.position < ref.position and all(mostly_quoted(t.text) for t in between)

    def counterpart(
        self, item: EvidenceItem, account: Account
    ) -> tuple[Account, EvidenceItem] | None:
        found = self._counterpart_by_words(item, account)
        if found is not None and account.cue in {"that account", "no such", "that one"}:
            found = self._the_account_its_quotation_goes_on_with(found, account)
        if found is not None and found[0].stems & account.stems - _WHEN_STEMS:
            return found
        # "The ministry has said it asked the aviation authority for clearance on Monday. But
        # the authority's spokesperson denied receiving any request before Wednesday": a
        # denial opened by "But" answers the account just before it, in whatever words, when
        # no sentence answers it in its own ("on Wednesday" is no such word); not one that
        # speaks for the same body ("But its chief executive denied ...")
        ref = account.ref
        if (
            account.kind == "deny"
            and not account.target
            and _OPENS_AGAINST.match(ref.text)
            and not _FOR_THE_BODY_BEFORE.match(ref.text)
        ):
            before = self._at.get((ref.source_id, ref.position - 1))
            if (
                before is not None
                and self.evidence.items[before] is not item
                # the denier's body is what the sentence before tells of ("asked the civil
                # aviation authority" / "the authority's spokesperson denied")
                and _denier_words(ref.text) & self._stems[before]
            ):
                told = next(
                    m
                    for m in self.evidence.items[before].members
                    if (m.source_id, m.position) == (ref.source_id, ref.position - 1)
                )
                just_before, _ = self._first_answer(
                    replace(account, cue="that account"), [(0.0, before, told)]
                )
                if just_before is not None:
                    return just_before
        return found

    def _counterpart_by_words(
        self, item: EvidenceItem, account: Account
    ) -> tuple[Account, EvidenceItem] | None:
        """The account another sentence gives that this one answers, found by the words they
        share (and by a "however" or a "that account", by where it stands)."""
        index = self._build()
        ref = account.ref
        wanted = account.negated if account.cue == "negated" else account.stems
        positions = {p for stem in wanted for p in index.get(stem, ())}
        if account.cue == "no such":  # "received no such warning": what was just told
            positions = set()
        if account.cue in {"however", "that account", "no such", "that one"} or account.target:
            # "X said 35. Y, however, said 60": the sentences just before, whatever their words.
            positions |= {
                p
                for back in range(1, NEARBY_SENTENCES + 1)
                if (p := self._at.get((ref.source_id, ref.position - back))) is not None
            }
        received = _denies_receiving(account)
        if received and (p := self._at.get((ref.source_id, ref.position - 1))) is not None:
            positions.add(p)  # "... who says he emailed the photographs to the ministry"
        scored: list[tuple[float, int, SentenceRef]] = []
        weaker: list[tuple[float, int, SentenceRef]] = []
        gives_a_count = bool(find_quantities(ref))  # (read once, not for each candidate)
        for position in positions:
            other = self.evidence.items[position]
            if other is item or other.is_heading:
                continue
            if all((m.source_id, m.position) in self.background for m in other.members):
                continue  # "In October 2022, police fired tear gas ...": another event's
            stems = self._stems[position]
            # "denied receiving any warning" shares nothing with "received around 250,000
            # visitors": a verb that says little without its object is no shared word
            if account.cue == "negated" and not account.negated <= stems:
                continue
            nearby = next((m for m in other.members if m.source_id == ref.source_id), None)
            distance = abs(nearby.position - ref.position) if nearby is not None else 0
            if nearby is not None and distance > NEARBY_SENTENCES:
                nearby = None
            # words of one sense ("a decision suspending the bar" / "that order") are one word
            # only in the sentences just before the denial, of its own report
            sense = _senses if nearby is not None and nearby.position < ref.position else frozenset
            shared = (sense(account.stems) & sense(stems)) - _LIGHT_STEMS
            denied = sense(account.denied)
            # A negation, a "however", "disputed the company's account": they answer what their
            # own article said just before.
            # ("that warning" is also found by its words in another report)
            answers_before = (
                account.cue in {"negated", "however", "that account", "no such"} or account.target
            )
            if account.cue == "no such" and distance != 1:
                continue
            if answers_before and (nearby is None or nearby.position > ref.position):
                if not (
                    account.cue == "negated"
                    and (_NO_TRACE_OF.search(ref.text) or _A_NOT_B.search(ref.text))
                ):
                    continue
                # "We have no record of any inspection in October", "the sensor had been
                # faulty, not switched off": what another voice says happened, wherever it is
                # told, found by its words
                nearby, distance = None, 0
            if (
                account.cue == "negated"
                and _not_found_yet(ref.text)
                and min(_published(self.evidence, m.source_id) for m in other.members)
                > _published(self.evidence, ref.source_id)
                # told as what is now known, in no voice of its own (a rival's claim stays: "12
                # civilians were killed, rescue workers said" days after "the army has so far
                # found no evidence that civilians were killed")
                and all(voice_before(m.text, len(m.text)) is None for m in other.members)
            ):
                continue  # "The NSO said it still had no evidence that patient data had been
                # stolen" on Sunday, "The data of about 48,000 patients were stolen" in every
                # report that tells it days later: what was found since, no other account
            if gives_a_count and _breaks_a_count_down(other.members[0]):
                continue  # "But the TUC insists that more than 400,000 workers have been hit"
                # answers a count, not its breakdown ("118,600 of the affected workers are
                # teachers, ...")
            if account.cue == "contrary" and any(
                m.source_id == ref.source_id for m in other.members
            ):
                continue  # "contrary to claims made by others": another source
            needed = 1 if nearby is not None else 3 if account.cue == "contrary" else 2
            if account.target or (account.cue == "however" and distance == 1):
                needed = 0
            if account.cue in {"that account", "no such"} and nearby is not None:
                needed = 0
            just_sent = (
                (account.cue == "that one" or (received and _sent_to(account, nearby)))
                and nearby is not None
                and self._told_just_before(nearby, ref)
                and not mostly_quoted(nearby.text)
                and _tells_of_sending(nearby.text, account.text)
                and _tells_such_a_thing(account.text, nearby.text)
            )
            if just_sent:
                needed = 0
            if (
                (
                    account.voice is None
                    or account.target
                    or _AN_ACCOUNT_OF.search(account.text)  # "disputed accounts of when ..."
                    # "maintains the company never received any warning and that its contract
                    # had lapsed": what it never had, not what else it says
                    or _NEVER_RECEIVED.search(account.text)
                )
                and denied
                and not (shared & denied)
                and not just_sent
            ):
                # a denial by no one named ("He denied that his office had received any
                # warning about the site") answers a sentence that says what it denies (a
                # warning), not one that shares a word of place ("sent teams to the site")
                continue
            # "rejected accusations that its warning signs were not working when a sandstorm
            # caused a pile-up" answers what was said of the signs before the toll: one that
            # shares nothing of what the claim says is read only when none does ("the sirens
            # never sounded" for "claims that the alarm system failed")
            off_the_claim = bool(account.claimed) and not shared & sense(account.claimed)
            if account.said_to_be and not account.said_to_be & stems:
                continue  # one that says nothing of what a thing is denied to be, only what
                # the denial tells of it: "denied that an outbreak that has killed five people
                # in Lahore was cholera" does not answer "Two more people have died in an
                # outbreak of diarrhea in Lahore"
            # a sentence that shares with a denial no more than what it denies ("insists it
            # warned of strong winds" for "denies receiving the warning", another outlet's
            # words) is read only when none of those that share more answers it
            shares_enough = len(shared) >= needed
            if not shares_enough and not (
                _denied_as_a_thing(account)
                and denied <= shared
                and len(shared) + len(denied) >= needed
            ):
                continue  # "arrested 40 looters" does not answer "denied arresting journalists"
            # a word of one sense only ("decision" for "order") weighs half a word in common
            literal = (account.stems & stems) - _LIGHT_STEMS
            score = sum(
                self._idf.get(stem, 0.0) * (1.0 if stem in literal else 0.5)
                for stem in sorted(shared)  # (in one order: a float sum over a set of strings
                # changes in its last digit with the hash seed, and ties are broken by it)
            ) * (1.5 if nearby else 1.0)
            # what a denial denies weighs twice what it only mentions: "denied that the man had
            # ever threatened anyone while employed there" answers "after he threatened staff",
            # not "The man's former employer ... has broken its silence"
            score += sum(self._idf.get(stem, 0.0) for stem in sorted(shared & denied)) * 2
            score += 1.0 / (1 + distance) if nearby is not None else 0.0
            if (
                account.cue == "however"
                and nearby is not None
                and distance == 1
                and _count_alike(nearby, ref)
            ):
                # "Olaniyan said about 35 workers were on the site. But a foreman said more
                # than 50 people were working there": a "but" answers the sentence before it,
                # whatever words an earlier one shares with it, when both count the same kind
                # of thing (people, not fire engines)
                score += ANSWERS_THE_SENTENCE_BEFORE
            elif (
                account.cue == "however"
                and nearby is not None
                and distance == 1
                and _OPENS_AGAINST.match(ref.text)
                and not find_quantities(ref)  # a figure's "but": only one of its kind
                and shared  # and about something it told ("bottles"), not the antidote
            ):
                # "Okur said every bottle had come from the Arnavutkoy workshop. But in
                # Izmir, the bar owners' head said they had bought the bottles from a licensed
                # wholesaler": a sentence that opens on "But" answers the one right before it,
                # whatever words one further back shares with it (a "but" that gives a figure
                # answers only a figure of its kind, above)
                score += ANSWERS_THE_SENTENCE_BEFORE
            if account.cue == "that account" and nearby is not None and distance == 1:
                score += ANSWERS_THE_SENTENCE_BEFORE  # "disputed that figure": the one just told
            if just_sent:
                # "Nordvik says ... it alerted Caldera the following day. Caldera denies ever
                # receiving that warning": the one just told, in whatever words; any other
                # (a quotation, what happened next, another voice's count) is found by its words
                score += ANSWERS_THE_SENTENCE_BEFORE
            (scored if shares_enough and not off_the_claim else weaker).append(
                (score, position, nearby or other.members[0])
            )
        size = MAX_COUNTERPARTS + (2 if account.target or account.denied else 0)
        for candidates in (scored, weaker):
            candidates.sort(key=lambda entry: (-entry[0], entry[1]))
            # the best-scored sentences may all say what the denial says ("We received no
            # warning from anyone"): the next ones are read then, and only then
            for first in range(0, min(len(candidates), size * COUNTERPART_ROUNDS), size):
                found, all_agree = self._first_answer(account, candidates[first : first + size])
                if found is not None:
                    return found
                if not all_agree:
                    break
        return None

    def _first_answer(
        self, account: Account, chosen: list[tuple[float, int, SentenceRef]]
    ) -> tuple[tuple[Account, EvidenceItem] | None, bool]:
        """The first of `chosen` that answers the account, and whether every one of them
        says what the denial says instead."""
        docs = self.parse([chosen_ref.text for _, _, chosen_ref in chosen])
        answers = [
            (self._speaker_of_the_quote(found), self.evidence.items[position])
            for (_, position, chosen_ref), doc in zip(chosen, docs, strict=True)
            if (found := _answered(account, doc, chosen_ref, self.antecedents)) is not None
            and _of_what_it_names(account, found)
        ]
        if account.claimant:
            # "rejected claims by residents and Kalamata's mayor that ...": theirs first
            answers.sort(key=lambda answer: not self._voiced_by(answer[0], account.claimant))
        # A quotation its speaker turns out to be the denier's is the denier's own account.
        answer = next(
            (
                (found, item)
                for found, item in answers
                if not _same_voice(found.voice, account.voice)
                and not (
                    self.antecedents is not None
                    and self.antecedents.one_side(found.voice, account.voice)
                )
                and not _speaks_for_the_last_named(self.evidence, account, found)
                and not _another_sender(account, found, self._role_of(found.voice))
                and not _the_officer_named_later(account, found, self._role_of(found.voice))
                and not (account.cue == "negated" and _one_name(found.voice, account.voice))
                and not _speaks_in_its_name(account, found.voice)
                and not _speaks_in_its_name(found, account.voice)
            ),
            None,
        )
        if answer is not None:
            return answer, False
        # only when none answers: whether they all said what the denial says (read on then)
        return None, all(
            _agrees_with(account, doc, chosen_ref, self.antecedents)
            for (_, _, chosen_ref), doc in zip(chosen, docs, strict=True)
        )


# A denial that names what the account it denies is of: how it began ("disputed the police
# account of how the fire began", the verb in group "verb") or when ("... of when the leak was
# discovered").
_ACCOUNT_OF_THE_CAUSE = re.compile(
    r"\b(?:account|version|explanation)\s+of\s+(?:how|why)\b[^.;]*?\b(?P<verb>began|begin|"
    r"begun|started|start|broke\s+out|happened|occurred|caused|spread|collapsed|failed)\b"
    r"|\b(?:account|version|explanation)\s+of\s+(?:the|its)\s+(?:cause|origin)s?\b",
    re.I,
)
_ACCOUNT_OF_THE_TIME = re.compile(
    r"\b(?:account|version)\s+of\s+(?:when|the\s+tim(?:e|ing))\b", re.I
)
# Words that tell when something happened, in an account a denial "of when" may answer.
_A_TIME_TOLD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|"
    r"night|midnight|noon|dawn|dusk|overnight|yesterday|today|hours?|minutes?|days?)\b",
    re.I,
)


def _of_what_it_names(denial: Account, answer: Account) -> bool:
    """Whether an account may be the one a denial names by what it is of: one of how the fire
    began gives a cause (`_CAUSE_CUE`) or tells how it began in the same verb ("the fire started
    in a kitchen"), not a lead that only tells the toll; one of when it happened tells a time. A
    denial of any link with what happened (`_A_LINK_DENIED`) is answered by a cause, a finding
    or a fault. A denial that names nothing takes any account."""
    if (how := _ACCOUNT_OF_THE_CAUSE.search(denial.text)) is not None:
        verb = _stem(how.group("verb").split()[0].lower()) if how.group("verb") else None
        told: AbstractSet[str] = {verb} if verb is not None else set()
        if told & _BEGINNING_STEMS:
            told = _BEGINNING_STEMS  # "how the fire began": "the fire started in a kitchen"
        return _CAUSE_CUE.search(answer.text) is not None or bool(told & answer.stems)
    if _ACCOUNT_OF_THE_TIME.search(denial.text):
        return bool(_CLOCK.search(answer.text) or _A_TIME_TOLD.search(answer.text))
    if _A_LINK_DENIED.search(denial.text):
        # a cause, or what was found, or a fault: "divers had found oil seeping from a cracked
        # weld on the company's pipeline"
        return (
            _CAUSE_CUE.search(answer.text) is not None
            or _FOUND_IN_IT.search(answer.text) is not None
            or any(word in _A_FAULT for word in re.findall(r"[a-z]+", answer.text.lower()))
        )
    return True


# A denial of any link with what happened, answered only by a cause, a finding or a fault: "denied
# again that its works have had relation with the fall", "denied any involvement in the fire"
# (not "the ministry was reviewing Andesur's final report and all the documents related to it").
_A_LINK_DENIED = re.compile(
    r"\b(?:relation|link|connection|involvement|relationship)s?\s+(?:with|to|in|between)\b", re.I
)


_BEGINNING_STEMS = frozenset({"start", "began", "begin", "begun", "broke", "erupt", "spark"})


# A sentence that tells of a word sent or said to someone: "it alerted Caldera the following
# day", "wrote to the ministry", "asked the agency for boats".
_TELLS_OF_SENDING = re.compile(
    r"\b(?:warn\w*|alert\w*|notif\w*|inform\w*|ask\w*|request\w*|sent|send\w*|wrote|told|"
    r"telephon\w*|phoned|rang|radioed|contacted|(?:was|were|been)\s+(?:delivered|handed)|"
    r"report(?:ed)?|raised|"
    r"written|writ\w*|letters?|e-?mail\w*|messag\w*|complain\w*|flagg\w*|quer(?:y|ies))\b",
    re.I,
)
# An order sent down, for a denial of receiving an order (`_AN_ORDER_DENIED`): "had in June
# directed the leaders of all markets to move gas ...", "were ordered in June to move gas sellers
# out", "a directive" (not "ordered an inquiry", "ordered the market closed").
_TELLS_OF_ORDERING = re.compile(
    r"\b(?:(?:direct|order|instruct)(?:ed|s)?\s+(?:[\w’'\-]+\s+){0,10}?to\s+(?!the\b|an?\b)"
    r"[a-z]+|directives?|circulars?)\b",
    re.I,
)
# (words that say an order was given, which any two orders share)
_ORDERING_STEMS = frozenset({"order", "direct", "instruct", "directiv", "circular", "told", "warn"})
_AN_ORDER_DENIED = re.compile(r"\b(?:orders?|directives?|instructions?|circulars?)\b", re.I)


def _tells_of_sending(told: str, denial: str) -> bool:
    """Whether a sentence tells of a word sent (`_TELLS_OF_SENDING`), or of an order given
    (`_TELLS_OF_ORDERING`) where the denial is of receiving an order."""
    return _TELLS_OF_SENDING.search(told) is not None or (
        _AN_ORDER_DENIED.search(denial) is not None and _TELLS_OF_ORDERING.search(told) is not None
    )


# "such information", "such warnings": what a bare "such" points back to (not "any such
# request", "such a warning", which say so themselves).
_BARE_SUCH = re.compile(r"(?<!\bany\s)\bsuch\s+(?!an?\b)(?P<thing>[a-z]+)", re.I)


def _tells_such_a_thing(denial: str, before: str) -> bool:
    """Whether the sentence before a denial of "such information" tells of that thing, in a
    word of its stem ("the information was delivered"; not "he had asked the council", for
    "such warnings" told two sentences before)."""
    such = _BARE_SUCH.search(denial)
    if such is None:
        return True
    stem = such.group("thing").lower()[:5]
    return any(word.startswith(stem) for word in re.findall(r"[a-z]+", before.lower()))


# A denial of a word received from a body of some kind: "denied receiving any warning from
# the airline".
_RECEIVED_FROM = re.compile(
    r"\b(?:receiv\w*|got|gotten|getting|been\s+(?:sent|given))\s+(?:\w+\s+){0,3}?"
    + _SENT_OR_SAID
    + r"\s+from\s+(?:(?i:the|its|an?)\s+(?P<kind>[a-z]+)\b"
    + r"|(?P<name>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)*))",
)


# A denial of having received something: "denied receiving any warning", "denies ever
# getting the letter".
_RECEIVING_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejects?|rejected)\s+"
    # "denied again having received" (not "denied still receiving wounded": patients)
    r"(?:(?:ever|again|having)\s+)*"
    r"(?:receiv\w*|got|gotten|getting)\b",
    re.I,
)


def _denies_receiving(account: Account) -> bool:
    """Whether a denial is of a word received: "denied receiving any warning", "adding that
    his office had never received any complaint"."""
    return account.kind == "deny" and bool(
        _RECEIVING_DENIED.search(account.ref.text) or _NEVER_RECEIVED.search(account.text)
    )


def _sent_to_people(doc: Doc, denial: Account) -> bool:
    """Whether a sentence tells of a word sent to people of some kind ("issued more than 40
    warnings to drivers", "alerted residents"), which a body that denies receiving one did not
    receive (unless people of that kind deny it: "the drivers deny receiving any warning")."""
    deniers = _voice_key(denial.voice).lower().split()[-1:] if denial.voice else []
    for token in doc:
        if not _TELLS_OF_SENDING.fullmatch(token.text):
            continue
        verb = token.head if token.dep_ == "dobj" else token
        first = [
            grand
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ == "to"
            for grand in child.children
            if grand.dep_ == "pobj"
        ] + [child for child in verb.children if child.dep_ == "dobj" and verb is token]
        recipients = first + [c for r in first for c in r.conjuncts]
        if recipients and all(
            r.tag_ == "NNS"
            and counts_people(r.lower_)
            and r.lower_ not in deniers
            and r.lower_ not in _A_BODY_S_PEOPLE
            and not any(c.dep_ == "prep" for c in r.children)  # "nurses at the clinic"
            for r in recipients
        ):
            return True  # (not "warned farmers and the water authority")
    return False


# What a voice warns it will do, which makes "warned of" a threat: "warned of industrial
# action", "warned of strikes".
_THREATS = frozenset(
    "action actions strike strikes walkout walkouts protest protests boycott sanctions".split()
)


def _of_what_will_be(doc: Doc, account: Account, reported_would: bool = False) -> bool:
    """Whether an account's clause tells what will be, not what was: the verb of what it says
    is one of "will" or "shall" ('"... will be held responsible," said the spokesman'), or of
    "would" in words reported ("He said the section would be sent to a laboratory"; not "would
    have")."""
    if not 0 <= account.head < len(doc):
        return False
    head = doc[account.head]
    said = nlp.child_of(head, "ccomp")
    verb = said if said is not None else head
    helpers = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if any(t.tag_ == "VBD" for t in verb.subtree):
        return False  # what was done told in it, in the past: "Those who opened the doors
        # from the inside will answer for it", "will not reopen because it was never
        # inspected" (not "Port officers who let a boat leave after sunset ...")
    return bool(helpers & {"will", "shall", "'ll"}) or (
        reported_would and said is not None and "would" in helpers and "have" not in helpers
    )


def _warns_of_what_it_will_do(doc: Doc, denial: Account) -> bool:
    """Whether every warning the sentence tells is a threat to no one in particular: "warned
    of industrial action if workers were not paid", "warned they could walk off the job" (not
    "warned the firm of a strike", "warned they could fail", of dams, nor a threat told to the
    one who denies receiving a warning: "warned of strike action in a letter to Nyansa")."""
    warnings = [t for t in doc if t.lower_.startswith("warn") and t.pos_ == "VERB"]
    denier = _voice_key(denial.voice).lower() if denial.voice else ""
    if not warnings or (len(denier) > 2 and denier in doc.text.lower()):
        return False
    return all(
        nlp.child_of(verb, "dobj") is None
        and (
            any(
                child.lower_ == "of" and any(g.lower_ in _THREATS for g in child.children)
                for child in verb.children
                if child.dep_ == "prep"
            )
            or any(
                clause.dep_ == "ccomp"
                and clause.lower_ in _THREATENED_ACTS
                and any(c.dep_ == "nsubj" and c.lower_ in {"they", "we"} for c in clause.children)
                and any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
                for clause in verb.children
            )
        )
        for verb in warnings
    )


# What a voice threatens to do: "they could walk off the job", "we will strike".
_THREATENED_ACTS = frozenset(
    "walk strike stop quit protest resign boycott march withdraw down shut".split()
)


# People through whom a body hears a warning: "warned provincial health officials" warned the
# directorate.
_A_BODY_S_PEOPLE = frozenset(
    """officials officers managers executives directors staff employees authorities inspectors
    administrators ministers bosses leaders engineers operators controllers police nurses
    doctors crews""".split()
)


def _sent_to(denial: Account, told: SentenceRef | None) -> bool:
    """Whether a sentence tells of something sent to the body that denies receiving it: it
    names that body ("emailed drone photographs ... to DAP and to the Ministry of
    Construction" for "the ministry has denied receiving any warning")."""
    body = _voice_key(denial.voice).lower()  # its whole name: not "the regional housing council"
    return (  # for "the city council denied"
        told is not None
        and len(body) > 2
        and re.search(
            rf"\bto\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,3}}{re.escape(body)}\b", told.text, re.I
        )
        is not None
    )


def _another_sender(denial: Account, account: Account, role: str | None = None) -> bool:
    """Whether the denial names who sent what it denies, by a kind of body or a name, that the
    account's voice, a body of another kind, is not: "Caldera denied receiving any warning from
    the airline" (or "from Nordvik Air") is no answer to "the pilots' union says crews warned
    ..."; a voice named by a name ("Nordvik", "Line Brekke") may be the airline's, unless its
    `role` names the body it speaks for ("head of the Fez branch of the Moroccan Association
    for Human Rights" is no voice of "the authorities")."""
    sent = _RECEIVED_FROM.search(denial.text)
    words = _voice_key(account.voice).lower().split()
    bodies = ORGANISATION_HEADS | _SPEAKING_THINGS | _KINDS_OF_FIRM.keys()
    if words and words[-1] not in bodies and role:
        heads = [w for w in re.findall(r"[a-z]+", role.lower()) if w in bodies]
        words = heads[-1:]  # the body the role ends on: "... of the Moroccan Association"
    if sent is None or not words or words[-1] not in bodies:
        return False
    last = _singular(words[-1])
    if sent.group("name"):  # "Caldera" and "Caldera Corporation", "Meteo Rwanda" and "Rwanda
        # Meteorology Agency" are one body; "Nordvik Air" and "pilots' union" two
        return not set(words) & set(_voice_key(sent.group("name")).lower().split())
    kind = _singular(sent.group("kind").lower())
    return kind in bodies and _KINDS_OF_FIRM.get(last, last) != _KINDS_OF_FIRM.get(kind, kind)


def _singular(word: str) -> str:
    """A body's kind in the singular: "authorities" -> "authority", "airlines" -> "airline"."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


_AS_SUBJECT = {"his": "he", "her": "she"}
# One named as another's lawyer or spokesman, by a pronoun: "His lawyer, Nicola Prebble" (not
# kin: "Her son, Peter Gill" is often a victim's, who is not named before).
_OWNED_ROLE_BEFORE = re.compile(
    r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:(?:defence|defense|own)\s+)?(?:lawyer|attorney|counsel|"
    r"solicitor|spokes(?:man|woman|person))\s*,\s*$"
)
# One named as a named person's lawyer or spokesman: "Bae's lawyer, Lim Chang-ho, insists ...".
_NAMED_OWNER_ROLE_BEFORE = re.compile(
    r"\b(?P<owner>[A-Z][\w\-]+)[’']s\s+(?:(?:defence|defense|own)\s+)?(?:lawyer|attorney|"
    r"counsel|solicitor|spokes(?:man|woman|person))\s*,\s*$"
)


def _bearers(entities: Sequence[Entity], named: str, kind: str = "person") -> list[Entity]:
    """The people (or the bodies of another `kind`) of the cluster who have all the words of
    `named` ("Bae" of Bae Jung-gu)."""
    return [e for e in entities if e.kind == kind and _a_word_of(named, e.name)]


# Names of a body by its kind, each one kind of body: "the airline" may be "the carrier", "the
# government" its ministry.
_KINDS_OF_FIRM = {
    "airline": "airline", "carrier": "airline", "firm": "company", "company": "company",
    "operator": "company", "manufacturer": "company", "contractor": "company",
    "railway": "railway", "utility": "utility", "government": "state", "ministry": "state",
    "department": "state", "agency": "state", "authority": "state", "office": "state",
    "administration": "state", "council": "state",
}  # fmt: skip


# A voice named only by its body's kind and office: "a company spokesman".
_UNNAMED_SPOKESMAN = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<kind>company|firm|operator)(?:'s)?\s+"
    r"(?:spokes(?:man|woman|person)|representative|official)$",
    re.I,
)


def _speaks_for_the_last_named(evidence: EvidenceSet, denial: Account, account: Account) -> bool:
    """ "KLS ... says the clamp failure occurred at 11:52. A company spokesman said ... and
    denied that any data had been altered": a company's spokesman, right after the account of
    a body the cluster calls a company ("KLS, the company that operates the gondola"), in the
    same report, speaks for it, not against it (a union's account stays answered)."""
    spokesman = _UNNAMED_SPOKESMAN.match((denial.voice or "").strip())
    if spokesman is None or not account.voice or not account.voice[:1].isupper():
        return False
    if (account.ref.source_id, account.ref.position) != (
        denial.ref.source_id,
        denial.ref.position - 1,
    ):
        return False
    called = re.compile(
        rf"{re.escape(account.voice)}\W[^.]{{0,60}}\b(?:the|a)\s+{spokesman.group('kind')}\b", re.I
    )
    return any(called.search(article.text) for article in evidence.articles)


def _without_un(stems: frozenset[str]) -> frozenset[str]:
    """Stems with a negating "un" taken off too: "uninspected" is of inspection."""
    return stems | {stem[2:] for stem in stems if stem.startswith("un") and len(stem) > 5}


# A denial of "that" or "this" alone, ending its clause: "The agency disputes that."
_DENIES_BARE_THAT = re.compile(r"\b(?:that|this)\s*(?:[.,;]|$)", re.I)
_DENY_WORD = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.I)
# What a voice offers or promises, which "rejected that" turns down rather than denies: "The
# company said it would pay for the funerals", "offered a 4 percent rise".
_AN_OFFER = re.compile(
    r"\b(?:would|will)\s+(?:pay|offer|give|provide|compensate|cover|fund|rebuild|reimburse|"
    r"double|raise)\b|\boffer(?:ed|s)\b",
    re.I,
)


def _answered(
    account: Account, doc: Doc, ref: SentenceRef, antecedents: _Antecedents | None = None
) -> Account | None:
    """The account in a sentence that says what `account` denies, in another voice: one of its
    clauses of saying, else (when it has none) the sentence in the outlet's own voice."""
    accounts = accounts_in(doc, ref, antecedents)
    options = [a for a in accounts if a.kind in {"say", "doubt"}]
    if not options and not any(a.kind == "deny" for a in accounts):
        options = [_plain_account(doc, ref)]
    receiving = _denies_receiving(account)
    if account.cue == "that account" and _DENIES_BARE_THAT.search(account.text):
        # "The agency disputes that.", "rejected that, saying ...": what the sentence right
        # before says, or nothing (not the lede, after "The hospital offered a 4 percent
        # rise."); "X denies that." may answer the voice of a quotation that runs on, as before
        near = (ref.source_id, ref.position) == (account.ref.source_id, account.ref.position - 1)
        if not near and not _DENY_WORD.search(account.text):
            return None
        options = [o for o in options if not _AN_OFFER.search(o.text)]  # an offer turned down
        options.sort(key=lambda o: -o.head)  # the last told: "..., which he said had failed"
    # the account of what is denied first ("denied that it had been speeding, blaming a broken
    # rail" answers "an excessive speed, as the administrator suggests", not "a broken rail, as
    # the carrier claims"), then the one that shares the most words with the denial
    ranked = sorted(
        options, key=lambda a: (-len(a.stems & account.denied), -len(a.stems & account.stems))
    )
    for option in ranked:
        if _same_voice(option.voice, account.voice) or _said_by_the_denier(option, account.voice):
            continue
        if option.voice and option.voice[:1].islower() and _apposed(account, option.voice):
            continue  # "The carrier, Mitteldeutsche Gueterbahn, denied ...": not "..., as the
            # carrier claims", the denier's own account (a common noun: "the mayor of Tetri
            # municipality, Zurab Beridze, disputed that" may answer the municipality)
        if (
            _AN_ASIDE.match(option.text)
            and not _tells_what_is_denied(account, option)
            and not (receiving and _tells_of_sending(option.text, account.text))
        ):
            continue  # "The blaze, police said, started in the kitchen": no account of "denied
            # that staff had started the blaze deliberately", though it names the blaze (a
            # warning sent is one "denied receiving any such warning" answers, in any words)
        if option.kind == "plain" and _ASSERTS_NOTHING.search(option.text):
            continue  # "It did not respond to questions about who had authorised the work"
        if _the_deniers_own_claim(account, option):
            continue  # "says an unpatched FONASA server was to blame": what the denier says
            # instead ("denies that its systems were the way in and blames an unpatched FONASA
            # server"), no account it answers
        if (
            account.cue == "negated"
            and _FOUND_NONE.search(account.text)
            and (
                option.voice is None
                or len((account.negated | account.negated_too) & option.stems) < FOUND_NONE_SHARED
            )
        ):
            # "its monitors found no ammonia in the villages" answers a voice that says there
            # was some, not the report's "the plant leaked ammonia"; and it takes two things
            # ("masks and harnesses") to be sure it is the same ones, not "explosives were
            # found on a second ferry" for "found no explosives"
            continue
        if account.cue in {"deny", "that account"} and _of_what_will_be(
            doc, option, reported_would=account.cue == "that account"
        ):
            continue  # "denies he allowed the boat to leave late": not '"Port officers who let
            # a boat leave after sunset will be held responsible"', what will be done
        if option.kind == "doubt" and option.voice is None and account.kind == "deny":
            continue  # "Even if the order was sent, it is unclear why ...": the report's own
            # doubt, no account that a denial answers
        if (
            receiving
            and not _tells_of_sending(option.text, account.text)
            and not _senses(option.stems) & _senses(account.denied)
        ):
            continue  # "denied receiving any warning": not "ASCOM blames the dam", which
            # tells of no warning sent
        if receiving and _warns_of_what_it_will_do(doc, account):
            continue  # "denied receiving any warning": not "unions warned of industrial
            # action", a threat made in public, no warning sent to anyone
        if (receiving or "receiv" in account.stems) and _sent_to_people(doc, account):
            continue  # "denies that it received any warning": not "officers had issued more
            # than 40 warnings to drivers", sent to others
        if account.cue == "that one" and (
            _senses(option.stems) & _senses(account.stems)
            or _tells_of_sending(option.text, account.text)
        ):
            # "denied receiving that warning": an account of one sent ("it alerted Caldera",
            # "it had told the state government")
            if _says_it_too(account, option):
                continue
            return option
        if (
            receiving
            and _tells_of_sending(option.text, account.text)
            and _sent_to(account, option.ref)
            and not _says_it_too(account, option)
        ):
            # "Kula says he emailed the photographs to DAP and to the ministry on January 28.
            # The ministry has denied receiving any warning": one who says they sent it there
            return option
        if account.cue == "no such":  # "received no such warning": what was told
            if _says_it_too(account, option):
                continue  # '"... we were not warned." The company denied any such warning'
            if _A_PLEDGE.search(option.text):
                continue  # "no such warning": not "He said the company would hand a copy of
                # the letter to investigators", what it will do
            return option
        if account.cue == "that account":  # "X disputed that account": the last one told by
            if option.voice and not _ASSERTS_NOTHING.search(option.text):
                return option  # someone, not the plain narration between them
            continue
        if account.contradicted and not _may_be(option, account.contradicted):
            continue  # "..., contradicting the distributor's explanation": not the police's
        if account.target:  # "disputed the company's account": what the company said
            if not option.voice or (
                _voice_key(account.target) not in _voice_key(_titled_voice(option))
                and not _apposed(option, account.target)
            ):
                continue
            if account.claimed and not _without_un(option.stems) & _without_un(account.claimed):
                continue  # "denies the ministry's assertion that the certificate had expired":
                # what the ministry said of the certificate, not of the injured
            if _A_PLEDGE.search(option.text):
                continue  # "said it would cooperate fully with investigators": no account
            return option
        if not option.stems & account.stems and not (
            account.cue == "however" and _values_differ(account, option)
        ):
            continue
        if account.cue == "negated" and (
            not account.negated <= option.stems
            or (option.negated | option.negated_too) & account.negated
        ):
            continue  # it must say what the other denies, and not deny it too
        if account.cue == "negated" and not option.voice and _A_NOT_B.search(account.text):
            continue  # "The signalling is what failed, not the driver, Baní told AFP": set
            # against a voice that blames the driver, not a report's lead that names him
        if account.cue in {"deny", "that one"} and _says_it_too(account, option):
            continue
        if (
            account.cue in {"deny", "that one"}
            and option.kind == "plain"
            and not mostly_quoted(option.text)  # a quotation is someone's account
            and not _told_together(doc, option.stems & account.stems)
        ):
            # "Protesters clashed with police" is no account of "firing rubber bullets"; nor is
            # a lead that names "a disputed court order" and, far off, "voted" an account of
            # "the order received before the vote"
            continue
        if account.cue == "however" and not _values_differ(account, option):
            continue
        if account.cue == "contrary" and (
            not option.voice or bool(option.negated) == bool(account.negated)
        ):
            continue
        return option
    return None


# A clause whose voice is set inside it, after its subject: "The fire, police said, started
# ...".
_AN_ASIDE = re.compile(
    r"^[^,]{2,80},\s+(?:[\w’'\-]+\s+){1,5}(?:said|says|say|added|told\s+\w+)\s*,", re.I
)
# What a denial denies, up to the next clause: "denied that the fire had started in the
# kitchen (and blamed ...)".
_DENIED_CLAUSE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|disput(?:es|ed))\s+(?:that\s+)?"
    r"(?P<what>[^,;.]+?)(?=\s+and\s+|[,;.]|$)",
    re.I,
)
_EVENT_STEMS = frozenset(_stem(word) for word in EVENT_NOUNS)


def _tells_what_is_denied(denial: Account, option: Account) -> bool:
    """Whether an account tells at least half of what a denial's clause says, besides the
    event's name: "The fire, police said, started in a ground-floor kitchen" for "denied that
    the fire had started in the kitchen" (not for "denied that the crash was caused by
    speeding": they share only the crash)."""
    found = _DENIED_CLAUSE.search(denial.text)
    if found is None:
        return True
    said = _stems(found.group("what")) - _EVENT_STEMS - _LIGHT_STEMS
    shared = said & option.stems
    return not said or (bool(shared) and 2 * len(shared) >= len(said))


def _said_by_the_denier(option: Account, denier: str | None) -> bool:
    """Whether an account with no voice read is said by the denier, named after the verb of
    saying that follows it ("..., said on Saturday in Budapest national chief veterinarian Dr.
    Gábor Pápai"): his own words, no account his denial answers (not "The attackers, she said,
    had exploited a flaw in a Vigor Salud server", which names the denier in what is said)."""
    if option.voice is not None or not denier:
        return False
    surname = re.escape(denier.split()[-1])
    return (
        re.search(
            rf",\s+(?:said|says|told|added|stated)\b(?!,)[^;]{{0,80}}\b{surname}\b",
            option.ref.text,
        )
        is not None
    )


# Stems of verbs that ask ("asked whether ...", "would not say if ...").
_ASKING = frozenset(
    {"ask", "question", "wonder", "know", "knew", "say", "said", "confirm", "tell", "told"}
)


# What a voice promises, which is no account of what happened: "said it would cooperate fully
# with investigators and offered its condolences".
_A_PLEDGE = re.compile(
    r"\b(?:would|will)\s+(?:fully\s+)?co-?operate\b|"
    # (or hand over what it holds: "the company would hand a copy of the letter to investigators";
    # not a promise reported, "promised it would give a warning")
    r"\b(?:would|will)\s+(?:hand|turn)\s+(?:over\s+)?(?:a|an|the|its|their|his|her|all|every)\b|"
    r"\boffered\s+(?:its|their|his|her)?\s*condolences\b",
    re.I,
)


# How many words of its own an account must share with what a denier says instead of what it
# denies, all of them, to be that claim again.
OWN_CLAIM_WORDS = 3


def _the_deniers_own_claim(denial: Account, option: Account) -> bool:
    """Whether an account says only what a denial's sentence claims beside what it denies (the
    denier's side told again), not what it denies: "denied that it was overloaded, blaming a
    sudden storm and a submerged tree trunk" is not answered by "the governor evoked a violent
    storm and a collision with a submerged tree trunk", which shares only the storm."""
    if denial.kind != "deny" or not denial.denied:
        return False
    claimed = denial.stems - denial.denied
    if len(option.stems) >= OWN_CLAIM_WORDS and option.stems <= claimed:
        return True
    # one that tells more of what the denier blames than of what it denies, and not all of
    # that ("the ferry was driven onto a sandbank by strong winds" for "denied that the ferry
    # was overloaded, blaming strong winds and a sandbank")
    blamed = _BLAMING_INSTEAD.search(denial.text)
    if blamed is None:
        return False
    instead = _stems(denial.text[blamed.end() :]) & claimed
    return len(option.stems & instead) > len(option.stems & denial.denied) and not (
        denial.denied <= option.stems
    )


# What a denier says happened instead, after what it denies: "..., blaming a sudden storm".
_BLAMING_INSTEAD = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)|point(?:s|ed|ing)?\s+to)\b", re.I
)


def _may_be(option: Account, contradicted: str) -> bool:
    """Whether an account may be the one a sentence says it contradicts ("contradicting the
    distributor's explanation"): the distributor's words, or a body's by its name ("Dravafarm,
    which runs the warehouse, said"), not another kind of body's ("a police spokesman said")."""
    return bool(option.voice) and (
        _voice_key(contradicted) in _voice_key(option.voice or "")
        or _apposed(option, contradicted)
        or any(word[:1].isupper() for word in (option.voice or "").split())
    )


def _apposed(account: Account, noun: str) -> bool:
    """Whether the account's sentence sets the common noun beside its voice's name: "The
    builder, Highlands Civil Works, said" (the builder's account), "Highlands Civil Works, the
    builder, said"."""
    if not account.voice:
        return False
    name, kind = re.escape(account.voice), re.escape(_voice_key(noun))
    return (
        re.search(
            rf"\b{kind},\s+{name}\b|\b{name},\s+(?:the|a|its)\s+(?:\w+\s+)?{kind}\b",
            account.ref.text,
            re.I,
        )
        is not None
    )


def _titled_voice(account: Account) -> str:
    """An account's voice with the words that title it in its sentence: "Mayor Justino
    Colque" for the voice "Justino Colque" (so that "the mayor's account" finds it)."""
    voice = account.voice or ""
    at = account.ref.text.find(voice) if voice else -1
    if at <= 0:
        return voice
    before = re.findall(r"[\w’'\-.]+", account.ref.text[max(0, at - 40) : at])
    titles = list(itertools.takewhile(is_title, reversed(before)))
    return " ".join([*reversed(titles), voice])


def _told_together(doc: Doc, shared: frozenset[str]) -> bool:
    """Whether two of the `shared` stems are told in one clause of the sentence: "Detainees
    held ... without charge or access to a lawyer, were routinely beaten and tortured" (one
    clause, 25 words apart); not a lead that "voted" and, in a clause of its own, names "a
    disputed court order".
    """
    if len(shared) < 2:
        return False
    clauses: dict[int, set[str]] = defaultdict(set)
    for token in doc:
        stem = _stem(token.text)
        if stem in shared:
            clauses[_clause_of(token)].add(stem)
    return any(len(stems) >= 2 for stems in clauses.values())


def _clause_of(token: Token) -> int:
    """The verb whose clause holds the token (verbs joined by "and" are one clause)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token.i


def _supposed(doc: Doc) -> set[int]:
    """The words of what a sentence only concedes: "Even if the order was issued, it is unclear
    why the bar was still open" says nothing of an order issued (a bare "if" may carry the
    claim: "If his account still worked, it was because ...")."""
    return {
        t.i
        for clause in doc
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)
        and any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children)
        for t in clause.subtree
    }


def _plain_account(doc: Doc, ref: SentenceRef) -> Account:
    """A sentence that says something in the outlet's own voice."""
    content = set(range(len(doc)))
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    # What it asks is not what it says: "Asked whether he had received any warning, he
    # answered: 'Never.'" says nothing of a warning received.
    # Nor does a question argued over: "The argument over whether COMELEC was warned has
    # shifted slightly" says nothing of a warning given.
    asked = {
        t.i
        for clause in doc
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)
        and (
            _stem(clause.head.lower_) in _ASKING
            or any(word.lower_ in _QUESTIONS_ARGUED for word in (clause.head, clause.head.head))
        )
        for t in clause.subtree
    }
    asked |= _supposed(doc)
    return Account(
        ref=ref,
        voice=None,
        text=clean_sentence(doc.text),
        kind="plain",
        stems=_stems(" ".join(t.text for t in doc if t.i not in asked)),
        # the root is left out of what did not happen only when it is a verb of saying: "No
        # operator received a warning" says a warning was not received
        negated=_negated(doc, content, root if _stem(root.lower_) in _STANCE_STEMS else None),
        values=_values(doc, content),
        head=root.i,
    )


# Nouns of a question argued over: "the argument over whether ...", "doubts about whether".
_QUESTIONS_ARGUED = frozenset(
    "argument arguments question questions dispute disputes debate row doubt doubts "
    "uncertainty controversy".split()
)


def _dispute_of(
    evidence: EvidenceSet,
    pair: tuple[Account, Account],
    carriers: tuple[list[SentenceRef], list[SentenceRef]],
) -> Dispute:
    """A dispute of two accounts, each cited where it is said (and, when the sides differ in
    one named value, wherever else that value is given in the same words)."""
    claims = []
    for account, refs, other in ((pair[0], carriers[0], pair[1]), (pair[1], carriers[1], pair[0])):
        distinct = _distinct_value(account, other)
        against = _distinct_value(other, account)
        if distinct is not None and distinct[1] is None and _figures_differ(account, other):
            # "its monitor in Hornby recorded 212" / "its sensors in Templeton logged 486":
            # where each measured, no slot the places fill; the figures are what differs
            distinct = against = None
        value = None
        cited = list(refs)
        if distinct is not None:
            value = f"{distinct[0]} {distinct[1]}" if distinct[1] else distinct[0]
            if against is not None and distinct[1] and distinct[1] == against[1]:
                cited += _corroboration(evidence, distinct, against[0], exclude=refs)
        elif _values_differ(account, other):  # "at least half a million" / "a million"
            value = next((v for k, v, _ in account.values if k == "figure"), None)
        if account.voice_ref is not None:  # "He denied ...": cited from where he is named
            named = _quoted_from(evidence, account.voice_ref, account.ref)
            cited = [named if r == account.ref else r for r in cited]
        outlets = [o for r in refs[:1] if (o := _outlet(evidence, r.source_id))]
        claims.append(
            Claim(
                statement=_statement(account),
                value=value,
                attributed_to=account.voice or ", ".join(outlets) or None,
                citations=cite(cited),
            )
        )
    first, second = pair
    denier = next((a for a in (second, first) if a.kind == "deny"), None)
    if denier is not None:
        other = first if denier is second else second
        topic = f"{DENIED_TOPIC} {denier.voice or _NO_ONE}: " + (
            f"the account of {other.voice}" if other.voice else "an account reported"
        )
    elif first.voice and second.voice:
        topic = f"{ACCOUNTS_TOPIC}: {first.voice} and {second.voice}"
    elif second.kind == "fact":
        topic = f"{ACCOUNTS_TOPIC}: {first.voice or 'one account'} and the facts reported"
    else:
        topic = f"{ACCOUNTS_TOPIC}: the report and {first.voice or second.voice or 'another'}"
    return Dispute(topic=topic, claims=claims)


def _quoted_from(evidence: EvidenceSet, first: SentenceRef, last: SentenceRef) -> SentenceRef:
    """One quote from the start of `first` to the end of `last`, a later sentence of the same
    report: a claim whose voice only an earlier sentence names cites both."""
    text = evidence.article(last.source_id).text[first.start : last.end]
    return SentenceRef(last.source_id, first.start, last.end, text, last.position)


def _statement(account: Account) -> str:
    told = account.text
    if len(account.stems - _WHEN_STEMS) < 2 and len(account.ref.text) > len(told):
        told = account.ref.text  # '"...," Dirk Hemiksem said on Wednesday': the quote with it
    text = paired_quotes(shorten(without_dateline(told), 40))  # (the citation keeps it)
    if account.voice and (saying := _SAYING_PARTICIPLE.match(text)):
        return f"{account.voice} said {text[saying.end() :]}"  # not "Residents: saying ..."
    if account.voice and _voice_key(account.voice) not in _voice_key(text):
        first = text.split(maxsplit=1)[0] if text.split() else ""
        if first.islower() and _stem(first) in _STANCE_STEMS:
            return f"{account.voice} {text}"  # "rejects any idea ...": its voice is its subject
        return f"{account.voice}: {text}"
    return text


# A side told by a participle of saying after its voice: "..., saying the fire had burned".
_SAYING_PARTICIPLE = re.compile(r"(?:saying|adding)\s+(?:that\s+)?", re.I)


def _figures_differ(account: Account, other: Account) -> bool:
    """Whether both accounts give figures, and not the same ones."""
    mine, theirs = ({v for k, v, _ in a.values if k == "figure"} for a in (account, other))
    return bool(mine and theirs and mine != theirs)


def _distinct_value(account: Account, other: Account) -> tuple[str, str | None] | None:
    """The place this side gives and the other does not ("Iraqi" against "Iranian"), with
    the noun it qualifies, where it fills the same slot as a place of the other side's, or
    where both name a place alone."""
    mine = [(v, slot or "") for k, v, slot in account.values if k == "place"]
    theirs = {v.lower(): slot or "" for k, v, slot in other.values if k == "place"}
    distinct = [(v, slot) for v, slot in mine if v.lower() not in theirs]
    if not distinct or not set(theirs) - {v.lower() for v, _ in mine}:
        return None
    same_slot = [
        (v, slot) for v, slot in distinct if not slot.startswith("<") and slot in theirs.values()
    ]
    if same_slot:
        return same_slot[0]
    # or a place named alone against another of its kind named alone ("in Mexico" / "in
    # Italy"); not a town against a named hall ("a wedding reception in Rustavi" / "the Golden
    # Palace banquet hall": where each tells it happened, no place the sides dispute)
    alone = [v for v, slot in distinct if slot.startswith("<") and slot in theirs.values()]
    return (alone[0], None) if alone else None


def _corroboration(
    evidence: EvidenceSet,
    value: tuple[str, str | None],
    other_value: str,
    exclude: list[SentenceRef],
) -> list[SentenceRef]:
    """Other sentences that give this side's value in the same slot ("Iraqi waters",
    "Iraqi territorial waters"), neither the other side's value nor a denial: the sources that
    carry this side too."""
    name, slot = value
    pattern = re.compile(rf"\b{re.escape(name)}\s+(?:[\w\-]+\s+)?{re.escape(slot or '')}\b", re.I)
    against = re.compile(rf"\b{re.escape(other_value)}\b|{_DENYING.pattern}", re.I)
    skip = {(ref.source_id, ref.start) for ref in exclude}
    refs: list[SentenceRef] = []
    for item in evidence.items:
        for ref in item.members:
            if (ref.source_id, ref.start) in skip:
                continue
            if pattern.search(ref.text) and not against.search(ref.text):
                refs.append(ref)
    return refs


# A sentence that denies or negates does not corroborate what it names.
_DENYING = re.compile(
    r"\b(?:not|no|never|den(?:y|ies|ied|ying|ial)|untrue|false|reject\w*|dismiss\w*|"
    r"refut\w*|disput\w*)\b|n't\b"
)


# ----------------------------------------------------------------------------------------------
# What caused it: two voices that give the event different causes

# A sentence that may give a cause (a cheap test, so that only those sentences are parsed).
_CAUSE_CUE = re.compile(
    r"\b(?:caused\s+(?:not\s+)?by|blam(?:e|es|ed|ing)|result\s+of|triggered\s+by|due\s+to|"
    r"attribut(?:e|es|ed|ing)\b|(?:started|began|originated)\s+from\b|"
    r"because\s+of|cause\s+(?:of|is|was)\b|(?:caus|trigger|spark)(?:ed|es|s)\s+(?:the|a|an|this|that)\s|"
    r"point(?:s|ed)?\s+(?:[\w’'\-]+\s+){0,4}?to|contribut(?:ed|es|e)\b|"
    r"play(?:ed|s)?\s+a\s+(?:\w+\s+)?role|"
    r"(?:brought|knocked|blown|pulled)\s+(?:\w+\s+){0,3}?(?:down|over)\b|"
    r"(?:not|n['’]t|cannot)\s+(?:be\s+)?(?:rul(?:e|ed)\s+(?:\w+\s+)?out|exclud(?:e|ed))\b|"
    r"(?:fault|problem|blame|cause|responsibility|glitch)\s+(?:lay|lies|lie|rested|"
    r"rests)\s+(?:in|with)\b|\btrac(?:ed|es|e)\s+(?:\w+\s+){1,3}?to\b|"
    r"\bsource\s+of\s+(?:the\s+)?\w+\s+(?:is|was)\b|\b(?:is|was|are|were)\s+behind\b|"
    r"\breason\s+(?:of|for)\b|\bset\s+off\s+by\b|"
    r"\b(?:broke|snapped|gave\s+way|failed|collapsed|cracked|burst)\s+first\b)",
    re.IGNORECASE,
)
# What happened, when a cause is given for it, is one of EVENT_NOUNS: "the crash was caused
# by", "the fire was the result of" ("breathing problems caused by the fumes" give no cause of
# the event).
# What sets a cause against another: a negation, a contrast, an accusation or a denial ("the
# result of cost-cutting and not of an accident", "insists the storm sank it").
_AT_ODDS = re.compile(
    r"\b(?:not|no|never|denie[sd]|deny|reject(?:s|ed)?|dismiss(?:es|ed)?|but|however|while|"
    r"whereas|instead|rather|insist(?:s|ed)?|accus(?:e|es|ed)|contrary)\b|n['’]t\b",
    re.IGNORECASE,
)
# Sentences parsed for causes, best-ranked first.
MAX_CAUSE_SENTENCES = 40


@dataclass(frozen=True, slots=True)
class _Cause:
    voice: str
    cause: str  # in the source's words: "human error", "a sudden change in the weather"
    stems: frozenset[str]
    statement: str
    refs: list[SentenceRef]
    head: str = ""  # the cause's head word, lower-cased: "fire"
    by: bool = False  # told as what something was "caused by" or "triggered by"
    # told as the person its voice blames: "OPRO blames the operator, who it says restarted ..."
    a_person_blamed: bool = False


# A short sentence that says the sources are at odds and leaves the sides to the sentences
# after it: "At the centre of the dispute is the timeline.", "Nor is there agreement on the
# cause.", "The sequence of warnings remains just as contested.", "The bigger arguments are
# about the tunnel itself."
_SIDES_TO_FOLLOW = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|also|still|hotly|fiercely|just\s+as)\s+"
    r"(?:\w+\s+)?(?:disputed|contested)|the\s+dispute|disputes?\s+(?:over|about|between)|"
    r"disagree(?:ment|ments|s)?|at\s+odds|conflicting\s+(?:accounts|versions|claims)|"
    r"(?:no|nor\s+is\s+there(?:\s+any)?|little)\s+agreement|"
    r"argu(?:ment|ments)\s+(?:is|are|was|were|over|about)|"
    r"(?:row|quarrel|feud)\s+(?:over|about|between))\b",
    re.I,
)
_SEES_IT_OTHERWISE = re.compile(r"\bdifferently\b", re.I)
# A voice that disputes something is an account of its own, no announcement: "Many residents
# dispute the government's version", "The lawyer disputed the official account".
_DISPUTES_SOMETHING = re.compile(
    r"\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing))\s+(?:the|a|an|his|her|its|their|our|"
    r"this|that|these|those|claims?|reports?|[A-Z])\b"
)
# A sentence whose voice sets itself against what was just told, the content often left to
# the next sentence: "Berlin sees it differently.", "The anglers' association does not accept
# the number.", "Warsaw disputes that account."
# Those whose "denied it" rules on a request: "The Mokpo District Court denied it."
_A_COURT = re.compile(r"\b(?:court|judge|tribunal|magistrate)s?\b", re.I)
# A bare answer to the sentence right before it: "The company rejected that.", "He denied it."
_BARE_ANSWER = re.compile(
    r"\b(?:rejects?|rejected|disputes?|disputed|denies|denied)\s+(?:that|this|it)(?=\s*[.:])",
    re.I,
)
_SETS_ITSELF_AGAINST = re.compile(
    r"\b(?:sees?|saw|views?|viewed)\s+(?:it|this|that|things|the\s+matter)\s+differently\b|"
    r"\b(?:do(?:es)?\s+not|doesn['’]t|don['’]t|did\s+not|refuses?\s+to)\s+accept\s+"
    r"(?:the|that|this|those|these|its|their)\s+(?:\w+\s+)?(?:number|figure|account|version|"
    r"count|toll|estimate|explanation|findings?)s?\b|"
    r"\b(?:disputes?|disputed|rejects?|rejected|contests?|contested|challenges?|challenged)\s+"
    r"(?:that|this|those|these)\s+(?:account|version|figure|number|count|estimate|"
    r"explanation|claim)s?\b|"
    # ("SENAPRED says otherwise.", "The company tells a different story.", "The union called
    # that a fantasy.")
    r"\b(?:calls?|called|branded|dismiss(?:es|ed)?)\s+(?:(?:that|this|those|these|the)\s+"
    r"(?:claims?|figures?|numbers?|estimates?|forecasts?|timetables?|targets?|promises?|"
    r"accounts?|reports?|version)|that|this)\s+(?:as\s+)?(?:an?\s+)?[\"“]?(?:\w+\s+)?"
    r"(?:fantasy|nonsense|fiction|absurd|unrealistic|misleading|false|untrue|lies?|"
    r"wishful\s+thinking)\b|"
    r"\b(?:says?|said|insists?|insisted|maintains?|maintained)\s+otherwise\b|"
    # ("The company rejected that.", "He denied it.": the answer alone, its words next)
    rf"{_BARE_ANSWER.pattern}|"
    r"\b(?:tells?|told)\s+a\s+different\s+story\b",
    re.I,
)
# A cue that points at what was just told ("disputes that account", "sees it differently"), not
# at a story of its own ("tells a different story", "says otherwise").
_POINTS_AT = re.compile(r"\b(?:that|this|those|these|it)\b", re.I)
# Words between an answer's voice and its cue that tell how it answers: "The operator flatly
# disputes that account", "The union again rejects those figures".
_HOW_IT_IS_SAID = re.compile(r"(?:\s+(?:\w+ly|again|also|still|too|now|however))+\s*$", re.I)
# The most words the voice before an answer's cue has ("Berlin, and the Clean Oder Coalition").
ANSWER_VOICE_WORDS = 8
_PRONOUN_VOICES = frozenset({"he", "she", "it", "they", "we", "this", "that"})
# Sentences after an announcement its sides are looked for in, and before an answer the account
# it answers (past a quotation split in two: '"The mountain did not choose this hamlet. The
# embankments did," she said').
ANNOUNCED_REACH = 3
ANSWERED_REACH = 4
# An announcement is a short sentence of its own, not a long lead that mentions a row.
ANNOUNCEMENT_WORDS = 20
# An answer with this many words after its cue or fewer leaves its content to the next sentence.
BARE_ANSWER_WORDS = 2
_CLOCK_GIVEN = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _announced_disputes(evidence: EvidenceSet, antecedents: _Antecedents) -> list[Dispute]:
    """Two voices set against each other across sentences, where the report says so: a short
    sentence announces the disagreement and the next sentences give the sides ("At the centre
    of the dispute is the timeline. ASFINAG says the alarm went off at 10:42. The fire brigade
    says it was not alerted until 10:51."), or a voice says it rejects what was just told and
    the next sentence says what it holds instead ("The anglers' association does not accept
    the number. 'At least 500 tonnes,' said its head.")."""
    windows: list[tuple[list[SentenceRef], int | None]] = []  # sentences, the answer's index
    for article in evidence.articles:
        refs = evidence.sentences(article.id)
        for index, ref in enumerate(refs):
            if mostly_quoted(ref.text):
                continue
            if _SETS_ITSELF_AGAINST.search(ref.text):
                start = _reach_back(refs, index)
                windows.append((refs[start : index + 2], index - start))
            elif (
                _SIDES_TO_FOLLOW.search(ref.text)
                and not _DISPUTES_SOMETHING.search(ref.text)
                and len(ref.text.split()) <= ANNOUNCEMENT_WORDS
            ):
                windows.append((refs[index + 1 : index + 1 + ANNOUNCED_REACH], None))
    if not windows:
        return []
    texts = list(dict.fromkeys(ref.text for refs, _ in windows for ref in refs))
    docs = dict(zip(texts, nlp.parse(texts), strict=True))
    disputes: list[Dispute] = []
    for refs, answer_at in windows:
        found = (
            _answered_before(evidence, refs, answer_at, docs, antecedents)
            if answer_at is not None
            else _sides_after(evidence, refs, docs, antecedents)
        )
        if found is not None:
            # the first side is told; the second may deny it ("disputed that account")
            pair = (replace(found[0][0], kind="say"), found[0][1])
            disputes.append(_with_their_times(_dispute_of(evidence, pair, found[1]), pair))
    return [d for d in disputes if all(_states_something(c.statement) for c in d.claims)]


def _reach_back(refs: list[SentenceRef], index: int) -> int:
    """Where the sentences an answer may answer begin: ANSWERED_REACH sentences before it, the
    words of a quotation told in several sentences counted as one ('"It is regrettable," Mr
    Anyaegbunam said. "The crew went to fetch water ... We lost valuable time."'), never more
    than twice as many."""
    start, told = index, 0
    while start > 0 and told < ANSWERED_REACH and index - start < 2 * ANSWERED_REACH:
        start -= 1
        if not (
            start > 0 and mostly_quoted(refs[start].text) and mostly_quoted(refs[start - 1].text)
        ):
            told += 1
    return start


def _with_their_times(dispute: Dispute, pair: tuple[Account, Account]) -> Dispute:
    """A dispute of two accounts that each give one clock time, different ones, with those
    times as the sides' values ("10:42" / "10:51")."""
    times = [_CLOCK_GIVEN.findall(account.text) for account in pair]
    if any(claim.value for claim in dispute.claims) or not all(len(t) == 1 for t in times):
        return dispute
    if times[0] == times[1]:
        return dispute
    for claim, told in zip(dispute.claims, times, strict=True):
        claim.value = told[0].replace(".", ":")
    return dispute


def _voiced(
    doc: Doc, ref: SentenceRef, antecedents: _Antecedents, *, clocks: bool = False
) -> list[Account]:
    """The accounts of a sentence that a named voice gives, longest first: each asserting two
    things or more (not "The embankments did, Fitriani said"), a clock time one of them where
    `clocks` ("the company insists it left at 2:30 a.m.", set beside another voice's time in
    one sentence), none a clause of another's ("that Governor Anccasi's staff had insisted
    ...")."""
    accounts = [
        account
        for account in accounts_in(doc, ref, antecedents)
        if account.voice
        and account.kind in {"say", "deny"}
        and len(_asserted(account))
        + (len(set(_CLOCK_GIVEN.findall(account.text))) if clocks else 0)
        >= 2
        and not re.search(r"['’]s$", account.voice)
        and not account.text.lower().startswith("that ")
    ]
    return sorted(accounts, key=lambda account: -len(account.text))


def _tells_enough(*accounts: Account) -> bool:
    """Whether each account asserts two things without its clock time."""
    return all(len(_asserted(account)) >= 2 for account in accounts)


# Past forms whose stem is not their verb's: "it left at 2:30 a.m." tells of "leaving".
_PAST_STEMS = {
    "left": "leav", "went": "go", "came": "come", "began": "begin", "fell": "fall",
    "broke": "break", "took": "take", "sent": "send", "rang": "ring",
}  # fmt: skip


def _one_act(first: Account, second: Account) -> bool:
    """Whether two accounts, one of them told by little more than a clock time, tell of one act
    ("records show the bus leaving at 1:15 a.m."; "it left at 2:30 a.m."), not two moments
    ("the doors were locked at 1:30 a.m."; "it was called at 2:10 a.m.")."""

    def acts(account: Account) -> set[str]:
        words = {_PAST_STEMS.get(word.lower(), "") for word in account.text.split()}
        return (set(_asserted(account)) | words) - {""} - _STANCE_STEMS

    return bool(acts(first) & acts(second))


def _asserted(account: Account) -> frozenset[str]:
    """What an account asserts, without the words of its attribution when they follow it
    ('The embankments did," Fitriani told AFP': "embankments" only)."""
    at = account.text.find(account.voice or "\0")
    after_a_quote = at > 0 and re.search(r"[\"”’]\s*$", account.text[:at])
    told = account.text[:at] if after_a_quote else account.text
    return account.stems & _stems(told) - _WHEN_STEMS


def _sides_after(
    evidence: EvidenceSet,
    refs: list[SentenceRef],
    docs: dict[str, Doc],
    antecedents: _Antecedents,
) -> tuple[tuple[Account, Account], tuple[list[SentenceRef], list[SentenceRef]]] | None:
    """The two sides an announcement leaves to the sentences after it: two voices of one
    sentence set side by side ("Poland says P; Brandenburg says Q"), or the first voice and
    the next other voice, each in its own sentence, about the same thing."""
    for ref in refs:
        doc = docs[ref.text]
        accounts = sorted(
            _voiced(doc, ref, antecedents, clocks=True), key=lambda account: account.head
        )
        for one, other in itertools.combinations(accounts, 2):
            if (
                _how_juxtaposed(doc, one, other)
                and not _same_voice(one.voice, other.voice)
                and (_tells_enough(one, other) or _one_act(one, other))
            ):
                return _apart(one, other), ([ref], [ref])
    first: Account | None = None
    first_at, first_alone = -1, False
    for position, ref in enumerate(refs):
        accounts = _voiced(docs[ref.text], ref, antecedents)
        if _SETS_ITSELF_AGAINST.search(ref.text) and first is not None:
            answer = _answer(evidence, refs, position, docs, antecedents, first)
            if answer is not None and not _same_voice(first.voice, answer[0].voice):
                return (first, answer[0]), ([first.ref], answer[1])
            return None
        if not accounts or _SIDES_TO_FOLLOW.search(ref.text):
            continue  # (a voice on the quarrel itself, "the reserves dispute will ...", is none)
        account = accounts[0]
        if first is None:
            first, first_at = account, position
            first_alone = len(accounts) == 1 and not _voices_on_each_side(ref.text)
        elif (
            not _same_voice(first.voice, account.voice)
            and not _of_one_body(first, account)
            and not _counts_of_two_things(first, account)
            and (
                # "The cause remains disputed. The company blames a grid power failure.
                # Workers' leaders say a corroded valve had been left unrepaired.": the two
                # sentences right after the announcement are its sides when they tell two
                # different stories (sharing a word, they may agree: "a worn rail caused it",
                # "worn rails are a known problem")
                (
                    first_at == 0
                    and position == 1
                    and first_alone
                    and len(accounts) == 1
                    and (
                        _two_stories(first, account)
                        or (
                            _two_clock_times(first, account)
                            and _of_the_announced(evidence, refs[0], first, account)
                        )
                    )
                )
                or (_at_one_point(first, account) and _accounts_at_odds(first, account))
            )
        ):
            return (first, account), ([first.ref], [account.ref])
    return None


def _voices_on_each_side(text: str) -> bool:
    """Whether a sentence sets two voices side by side, each half (`_SIDE_BREAK`) with a voice
    of its own, though the parse read one: "Aegira maintains crude only escaped on Thursday ...;
    the EPA and fishermen say oil was on the beaches on Wednesday" (no side of a dispute with
    the next sentence, as one voice's)."""
    halves = _SIDE_BREAK.split(text)
    return len(halves) == 2 and all(voice_before(half, len(half)) for half in halves)


def _of_the_announced(
    evidence: EvidenceSet, after: SentenceRef, first: Account, second: Account
) -> bool:
    """Whether two sides tell of what the announcement before them names ("disagreement over
    how quickly help was called": "its first call was logged at 7:52"), not of two moments of
    the day ("no agreed timeline for the evacuation": "buses reached the square at 6:10",
    "the last residents left at 7:30")."""
    announcement = next(
        (r for r in evidence.sentences(after.source_id) if r.position == after.position - 1),
        None,
    )
    if announcement is None:
        return False
    named = _stems(announcement.text) - _STANCE_STEMS
    return bool(named & (first.stems | second.stems))


def _two_clock_times(first: Account, second: Account) -> bool:
    """Two accounts that each give a clock time, none the same: right after "There is also
    disagreement over how quickly help was called", "the operator says it alerted the
    emergency services at 7:41" and "the civil protection says its first call was logged at
    7:52" are the two sides, whatever words they share."""
    clocks = [set(_CLOCK_GIVEN.findall(account.text)) for account in (first, second)]
    return all(clocks) and not clocks[0] & clocks[1]


def _two_stories(first: Account, second: Account) -> bool:
    """Two accounts that share no word and no figure or time: two different stories of one
    thing (the cause, the timing), not one told twice ("at 9:15 a.m." / "at 9:15 a.m.")."""
    figures = [set(re.findall(r"\d[\d:.,]*\d|\d", a.text)) for a in (first, second)]
    return not (first.stems & second.stems) and not (figures[0] & figures[1])


def _counts_of_two_things(first: Account, second: Account) -> bool:
    """Whether two accounts count two different things ("1,620 homes", "150 people"), by the
    word right after their figures: no two sides of one count."""
    counted = [set(_COUNTED_NEXT.findall(a.text.lower())) - stop_words() for a in (first, second)]
    if not (counted[0] and counted[1]) or counted[0] & counted[1]:
        return False
    # (two words for people are one count: "5,000 people" and "40,000 protesters")
    return not all(any(_PEOPLE_WORD.search(word) for word in words) for words in counted)


# Words for people counted: "people", "protesters", "civilians", "militants", "children".
_PEOPLE_WORD = re.compile(
    r"^(?:people|persons|children|men|women|police|staff|crew)$|(?:ers|ors|ists|ians|ants|ents)$"
)


# The word a figure counts, right after it: "1,620 homes" (not "1125, were").
_COUNTED_NEXT = re.compile(r"\b\d(?:[\d,.]*\d)?\s+([a-z]{3,})\b")


def _answered_before(
    evidence: EvidenceSet,
    refs: list[SentenceRef],
    answer_at: int,
    docs: dict[str, Doc],
    antecedents: _Antecedents,
) -> tuple[tuple[Account, Account], tuple[list[SentenceRef], list[SentenceRef]]] | None:
    """A voice that rejects what was just told, against the nearest other voice before it that
    asserts something (not "the UN said it could not verify the figure")."""
    voice = _answering_voice(refs[answer_at].text)
    figure_asked = bool(_A_FIGURE_ANSWERED.search(refs[answer_at].text))
    answered = refs[:answer_at]
    if _BARE_ANSWER.search(refs[answer_at].text):
        if voice is not None and _A_COURT.search(voice):
            return None  # "The district court denied it.": a ruling on a request, no account
        # "The company rejected that.": what the sentence right before told (past a quotation
        # that goes on from the one before it), not an account further back
        start = answer_at - 1
        while start > 0 and mostly_quoted(refs[start].text):
            start -= 1
        answered = refs[max(start, 0) : answer_at]
    for ref in reversed(answered):
        accounts = [
            account
            for account in _voiced(docs[ref.text], ref, antecedents)
            if not _same_voice(account.voice, voice)
            and not _ASSERTS_NOTHING.search(account.text)
            and (not figure_asked or _gives_what_is_answered(refs[answer_at].text, account))
        ]
        if accounts:
            answer = _answer(evidence, refs, answer_at, docs, antecedents, accounts[0])
            if answer is None:
                return None
            at = refs.index(ref)
            told = (
                _told_before_its_quotation(
                    docs[refs[at - 1].text], refs[at - 1], accounts[0], antecedents
                )
                if at > 0 and mostly_quoted(ref.text)
                else None
            )
            account = (
                told
                if told is not None and _closer_to(answer[0].stems, told, accounts[0])
                else accounts[0]
            )
            # where the nearest is a quotation, the account its speaker told further back in
            # reported words, when it shares more with the answer: "... said an engine was at
            # the market by 9:12am. But he acknowledged that its tank was empty. 'It is
            # regrettable,' he said. Traders tell a different story. They say ... no fire engine
            # appeared until close to 10am" (not another voice's, on the answerer's side or not)
            pointed = _SETS_ITSELF_AGAINST.search(refs[answer_at].text)
            further_back = (
                refs[:at]
                if mostly_quoted(ref.text) and pointed and not _POINTS_AT.search(pointed[0])
                else []
            )
            for further in reversed(further_back):
                for other in _voiced(docs[further.text], further, antecedents):
                    if (
                        _same_voice(other.voice, accounts[0].voice)
                        and not _ASSERTS_NOTHING.search(other.text)
                        and (
                            not figure_asked or _gives_what_is_answered(refs[answer_at].text, other)
                        )
                        and _closer_to(answer[0].stems, other, account)
                    ):
                        account = other
            return (account, answer[0]), ([account.ref], answer[1])
    return None


def _closer_to(wanted: frozenset[str], told: Account, quoted: Account) -> bool:
    """Whether an account shares more of the words of what answers it than a quotation does:
    "Akter said she had worked at the factory for 12 years" is not what "the company denies
    the doors were ever chained" answers, her quotation about the chained doors is."""
    wanted = _senses(wanted)
    return len(_senses(told.stems) & wanted) > len(_senses(quoted.stems) & wanted)


def _told_before_its_quotation(
    doc: Doc, before: SentenceRef, quoted: Account, antecedents: _Antecedents | None
) -> Account | None:
    """The account a speaker gives in reported words just before their quotation ("Tveit told
    us crews had written up a whistling noise ... in October last year. 'Our members heard
    it ...,' Tveit said."): what a rejection of "that account" after the quotation rejects."""
    if not quoted.voice:
        return None
    return next(
        (
            told
            for told in accounts_in(doc, before, antecedents)
            if told.kind == "say" and _same_voice(told.voice, quoted.voice)
        ),
        None,
    )


# Words before an answer's cue that make it a concession: "No one disputes those figures".
_CONCEDES = re.compile(
    r"(?:\b(?:not|never)|n['’]t|^\s*(?:no\s+one|nobody|none|few|neither))(?:\s+yet)?\s*$", re.I
)
# A phrase of time or manner that opens a sentence before its subject: "On Monday, ".
_OPENING_PHRASE = re.compile(r"^(?:[A-Z][^,]{0,40},\s+)(?=[A-Z]|the\s)")
# An answer about a figure: "does not accept the toll", "disputes that figure".
_A_FIGURE_ANSWERED = re.compile(r"\b(?:number|figure|count|toll|estimate)s?\b", re.I)


def _gives_what_is_answered(answer: str, account: Account) -> bool:
    """Whether an account gives the figure an answer rejects: a number, and a death toll's
    deaths ("does not accept the toll" answers "41 people died", not "found 60 families")."""
    if not re.search(r"\d|\b(?:dozens|hundreds|thousands)\b", account.text):
        return False
    if re.search(r"\btolls?\b", answer, re.I):
        return bool(re.search(r"\b(?:dead|died|killed|deaths?|toll|bodies)\b", account.text, re.I))
    return True


# What a voice says when it takes no side: "said it could not verify the figure".
_ASSERTS_NOTHING = re.compile(
    r"\b(?:could|can|cannot|can['’]t|was|is)\s*(?:not|unable\s+to)?\s+(?:independently\s+)?"
    r"(?:verify|confirm)\b"
    # (nor one who would not say, having said nothing before: "Villaverde did not say how many
    # ballots had been counted"; not "said the dam was inspected, but declined to comment")
    r"|^(?:(?!\b(?:said|says|told|tells|stated|insisted|added)\b)[^;])*?"
    r"\b(?:(?:did|does|do|would|could|will)\s+not|didn['’]t|wouldn['’]t|declined\s+to|"
    r"refused\s+to)\s+(?:say|specify|comment|elaborate|give)\b"
    # ("did not respond to questions" from the press; not "did not respond to the fire alarm")
    r"|\b(?:did|does|would)\s+not\s+(?:immediately\s+)?(?:respond|reply)(?:\s+to\s+(?:questions|"
    r"requests?|e-?mails?|messages?|inquiries|enquiries)\b|\s*[,.;]|\s*$)",
    re.I,
)


# A clause that says what a voice is, after its name: ", which runs the school".
_WHAT_IT_IS = re.compile(r",\s+(?:which|who|whose)\b[^,]*$")
# An opening article and closing initials: "The RMG Sustainability Council (RSC)".
_ARTICLE_AND_INITIALS = re.compile(r"^(?i:the)\s+(?=[A-Z])|\s*\([A-Z]{2,8}\)$")


def _answering_voice(text: str) -> str | None:
    """The voice of a sentence that rejects what was told before it: the words before its cue,
    a name, not a clause nor a pronoun ("Warsaw disputes that account")."""
    cue = _SETS_ITSELF_AGAINST.search(text)
    if cue is None:
        return None
    before = text[: cue.start()]
    if _CONCEDES.search(before):
        return None  # "No one disputes those figures", "The company does not dispute that"
    voice = _HOW_IT_IS_SAID.sub("", before).strip(" ,")
    voice = _OPENING_PHRASE.sub("", voice)  # "On Monday, the ministry rejected that account"
    voice = _WHAT_IT_IS.sub("", voice)  # "The archdiocese, which runs the school, rejected"
    voice = _ARTICLE_AND_INITIALS.sub("", voice)  # "The RMG Council (RSC)": as the parse names it
    if (
        not voice[:1].isupper()
        or len(voice.split()) > ANSWER_VOICE_WORDS
        or fold(voice) in _PRONOUN_VOICES
    ):
        return None
    return voice


def _answer(
    evidence: EvidenceSet,
    refs: list[SentenceRef],
    at: int,
    docs: dict[str, Doc],
    antecedents: _Antecedents,
    against: Account | None = None,
) -> tuple[Account, list[SentenceRef]] | None:
    """The side of a sentence that rejects what was told before it (`against`), voiced by its
    subject,
    with the next sentence when it says nothing more itself ("Berlin sees it differently. Its
    environment ministry said ...")."""
    ref = refs[at]
    doc = docs[ref.text]
    cue = _SETS_ITSELF_AGAINST.search(ref.text)
    voice = _answering_voice(ref.text)
    if cue is None or voice is None:
        return None
    own = _voiced(doc, ref, antecedents)
    if len(ref.text[cue.end() :].split()) > BARE_ANSWER_WORDS:
        if not own:
            return None
        return replace(own[0], voice=voice), [ref]
    if at + 1 >= len(refs):
        return None
    after = refs[at + 1]
    if _SIDES_TO_FOLLOW.search(after.text):
        return None  # "The dispute over the rescue will be examined by ...": about the quarrel
    voiced_after = _voiced(docs[after.text], after, antecedents)
    if not _goes_on_for(after, voiced_after, voice, against):
        return None  # "The company disputed that account. The governor said ...": not its side
    if (
        _BARE_ANSWER.search(ref.text)
        and not (voiced_after and _same_voice(voiced_after[0].voice, voice))
        and not _its_head_quoted(after.text, voice)
    ):
        return None  # "The company rejected that. 'They were warned three times,' said the
        # president of the families' association": the accusers' words, not its side
    both = _quoted_from(evidence, ref, after)  # one quote: each alone backs half the side
    answer = clean_sentence(ref.text).rstrip(".")
    told = clean_sentence(without_dateline(after.text)).rstrip(".")
    content = Account(  # the whole sentence: a quotation's clause is cut oddly ("I say that")
        ref=both,
        voice=voice,
        text=f"{answer}: {told}",  # "Warsaw disputes that account: ..."
        kind="say" if _SEES_IT_OTHERWISE.search(ref.text) else "deny",
        stems=_stems(after.text),
        negated=frozenset(),
        values=(),
    )
    return content, [both]


def _of_one_body(first: Account, second: Account) -> bool:
    """Whether one voice speaks for the other: its sentence calls it the other's ("Egypt's
    Meteorological Authority, the EMA, insists ..." and "Dr Samia El-Gendy, the EMA's head of
    forecasting, said ..."; "chief executive Holmgaard said the bank's supplier ..." and
    "according to the bank"; "General Óscar Sandia, the police chief, says ..." and "Police
    say ...")."""
    for one, other in ((first, second), (second, first)):
        names = {one.voice or ""} | set(re.findall(r"\b[A-Z]{2,8}\b", one.ref.text))
        for name in filter(None, names):
            if (
                re.search(rf"\b{re.escape(name)}['’]s\b", other.ref.text, re.I)
                or re.search(
                    rf"\b(?:spokes\w+|officials?|head|chief|director)\s+(?:for|of|at)\s+"
                    rf"(?:the\s+)?{re.escape(name)}\b",
                    other.ref.text,
                    re.I,
                )
                or _an_officer_of(name, other)
            ):
                return True  # "the EMA's head of forecasting", "a spokesman for Pakistan Railways",
                # "the police chief"
    return False


# A body's officer named by the body's name before the office: "the police chief", "a ministry
# spokeswoman", "the company director".
_ITS_OFFICER = re.compile(
    r"(?:chief|head|spokes(?:man|woman|person)|commander|director|officials?|officer)\b"
)


def _an_officer_of(name: str, account: Account) -> bool:
    """Whether an account's voice is told as the named body's officer, beside the voice: "General
    Óscar Sandia, the police chief, says" or "police chief Óscar Sandia said" (not "Protest
    organisers say a police officer opened fire": an officer the account tells of)."""
    if not account.voice:
        return False
    voice, body = re.escape(account.voice), re.escape(name)
    office = rf"{body}\s+{_ITS_OFFICER.pattern}"
    return bool(
        re.search(rf"{voice},\s+(?:the|a|an)\s+{office}", account.ref.text, re.I)
        or re.search(rf"{office}\s+(?:[A-Z][\w’'.-]*\s+)*{voice}", account.ref.text, re.I)
    )


# Words beside a voice that say it speaks for a body named before: "Its head, Rahmat Hidayanto,
# said", "said Piotr Warta, head of its Szczecin district", "a spokeswoman for the ministry".
_SPEAKS_FOR_IT = re.compile(r"\b(?:its|spokes(?:man|woman|person))\b", re.I)
# Characters either side of a voice where those words are looked for.
SPEAKS_FOR_REACH = 40


def _goes_on_for(
    after: SentenceRef, voiced: list[Account], voice: str, against: Account | None
) -> bool:
    """Whether the sentence after a bare answer gives the answering voice's side: no one else
    speaks in it, the same body goes on ("The union said ...", "They say ..."), or one who
    speaks for it. Not "He said ..." nor "Their lawyer said ...": the accuser's as often as
    the answerer's."""
    if re.match(r"[“\"]?(?:he|she|his|her|their)\b", after.text, re.I):
        return False
    its_head_quoted = _its_head_quoted(after.text, voice)
    if not voiced:  # a quotation or "They say ..." may be its; a statement of the reporter's
        # is not ("Footage verified by Reuters showed ..."); a quotation of its own head is
        return (
            mostly_quoted(after.text)
            or bool(re.match(r"(?:they|it)\b", after.text, re.I))
            or its_head_quoted
        )
    if _same_voice(voiced[0].voice, voice):
        return True
    going_on = _GOES_ON.match(after.text)
    if going_on is not None and _the_same_body(going_on, voice):
        return True
    at = after.text.find(voiced[0].voice or "\0")
    if at < 0:
        return False
    end = at + len(voiced[0].voice or "") + SPEAKS_FOR_REACH
    beside = after.text[max(0, at - SPEAKS_FOR_REACH) : end]
    if (
        against is not None
        and _voice_key(against.voice)
        and (_voice_key(against.voice).split()[-1] in _voice_key(beside).split())
    ):
        return False  # "a spokeswoman for the families", whose account was rejected
    named = _SPOKESPERSON_FOR.search(beside)
    if named is not None and named.group(1)[:1].isupper() and not _one_of_a_place(voice):
        # "a spokesman for Kestrel Ferries" speaks for the ferry company, not for "The union"
        return bool(set(_voice_key(named.group(1)).split()) & set(_voice_key(voice).split()))
    if (mostly_quoted(after.text) and _A_HEAD_BESIDE.search(beside)) or its_head_quoted:
        return True  # '"We heard nothing," Gabor Szolnoki, managing director of Duna Panorama,
        # told reporters' after "The operator of the boat flatly rejected that account"; '"That
        # is false," said a statement from general manager Renato Arce, read outside ...'
    return bool(_SPEAKS_FOR_IT.search(beside))


def _its_head_quoted(text: str, voice: str) -> bool:
    """Whether a sentence opens on a quotation of one who heads the answering body, told as its
    own: '"That is false," said a statement from general manager Renato Arce, read outside the
    firm's offices by its lawyer' after "The company rejected that." (not '"They were warned
    three times," said Maria Lopez, president of the families' association': the accusers')."""
    if text.lstrip()[:1] not in {'"', "“"} or _A_HEAD_BESIDE.search(text) is None:
        return False
    own = voice.split()[-1].lower() if voice.split() else ""
    return bool(
        re.search(r"\bits\b", text, re.I)
        or (own and re.search(rf"\bthe\s+{re.escape(own)}(?:['’]s)?\b", text, re.I))
    )


# Who heads a body, named beside a quotation's speaker.
_A_HEAD_BESIDE = re.compile(
    r"\b(?:director|manager|chief|head|president|chair(?:man|woman|person)?|executive|owner)\b",
    re.I,
)


# Whom a spokesperson speaks for: "a spokesman for the port authority, Ali Reza, said".
_SPOKESPERSON_FOR = re.compile(
    r"\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?([^,]+?)(?=,|\s+said|\s+told|$)",
    re.I,
)


def _one_of_a_place(voice: str) -> bool:
    """A voice named by a country or a capital ("Warsaw", "Berlin, and the coalition"): its
    officials speak for it under other names ("a spokesman for the Polish ministry")."""
    first = re.split(r"[,\s]", voice.strip(), maxsplit=1)[0]
    known = gazetteer().lookup(first)
    return known is not None and (known[1] == "country" or known[1].startswith("capital of"))


def _accounts_at_odds(first: Account, second: Account) -> bool:
    """Whether two accounts of one thing cannot both hold as told: figures or days that
    differ; clock times that differ in accounts of the same moment (a word of it in common:
    "the first crews were at the scene at 10:42" / "its first crew reached the lorry at
    11:08", not "raised the danger level at 9:15" / "the avalanche struck at 11:30"); one
    saying "not" (or denying) where the other does not; or one blaming the other by name. Two
    witnesses who both say the alarm never sounded, or a commentator who agrees, are none."""
    if _values_differ(first, second) or _days_differ(first, second):
        return True
    clocks = [set(_CLOCK_GIVEN.findall(account.text)) for account in (first, second)]
    shared = _asserted(first) & _asserted(second)
    if all(clocks) and not clocks[0] & clocks[1] and shared:
        return True
    saying_no = [bool(a.negated) or a.kind == "deny" for a in (first, second)]
    if saying_no[0] != saying_no[1]:
        return True  # (a denial beside "no call came" agrees with it)
    return any(
        _voice_key(one.voice)
        and _voice_key(one.voice) in _voice_key(other.text)
        and other.stems & _BLAME_STEMS
        for one, other in ((first, second), (second, first))
    )


def _at_one_point(first: Account, second: Account) -> bool:
    """Two accounts about the same thing: shared terms, values of one kind given differently,
    or each a clock time ("at 10:42" / "until 10:51")."""
    if _about_the_same(first, second):
        return True
    return all(_CLOCK_GIVEN.search(account.text) for account in (first, second))


def _cause_disputes(
    evidence: EvidenceSet,
    antecedents: _Antecedents,
    earlier: Callable[[SentenceRef, int, int], bool],
    background: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Dispute]:
    """ "The company blames a steering failure in heavy swell" against "the union said the
    disaster was the result of cost-cutting": two voices that give the event causes sharing no
    word dispute what caused it. One such dispute, the best-ranked pair. (No cause is read in a
    sentence of an earlier event, `background`: "Investigators there blamed corrosion".)"""
    wanted: dict[str, tuple[EvidenceItem, SentenceRef]] = {}
    for item in evidence.ranked():
        ref = next(
            (
                r
                for r in item.members
                if (_CAUSE_CUE.search(r.text) or _A_NOT_B_CAUSE.search(r.text))
                and (r.source_id, r.position) not in background
            ),
            None,
        )
        if ref is not None and not item.is_heading and ref.text not in wanted:
            wanted[ref.text] = (item, ref)
        if len(wanted) >= MAX_CAUSE_SENTENCES:
            break
    causes: list[_Cause] = []
    event = _the_event_named(evidence)

    for (item, ref), doc in zip(wanted.values(), nlp.parse(list(wanted)), strict=True):
        same = [m for m in item.members if m.text == ref.text]
        told = [
            cause
            for cause in _causes_in(doc, ref, same, antecedents, earlier)
            if not (event and cause.by and cause.head == event)
        ]  # "an outage caused by a fire" in news of that fire: what it did, not its cause
        set_against = _cause_set_against(doc, ref, same, antecedents)
        if set_against is not None and not any(c.stems & set_against.stems for c in told):
            told.append(set_against)
        causes += told
    causes += _causes_ruled_out(evidence, causes, antecedents, background)
    causes += _faults_told_after_a_blame(evidence, causes, antecedents, background)
    pairs = [
        (first, second)
        for index, first in enumerate(causes)
        for second in causes[index + 1 :]
        if first.stems
        and second.stems
        and not first.stems & second.stems
        and not _one_side(first, second)
        and not antecedents.speaks_for_the_other(first.voice, second.voice)
        # "blamed the regulator" and "the result of quacks": two views, no dispute, unless
        # the words set them against each other ("His lawyer disputes that account.", the
        # sentence before, does too), or a report sets them side by side
        and (
            any(_AT_ODDS.search(cause.refs[0].text) for cause in (first, second))
            or _side_by_side(first, second)
        )
    ]
    if not pairs:
        return []
    # A side that names the other's cause to rule it out ("caused by the poor condition of the
    # highway, not by brake failure") is surely set against it: that pair first.
    first, second = next((pair for pair in pairs if _rules_out(*pair)), pairs[0])
    claims = [
        Claim(
            statement=cause.statement,
            value=cause.cause,
            attributed_to=cause.voice,
            citations=cite(_told_alike(cause, other, causes)),
        )
        for cause, other in ((first, second), (second, first))
    ]
    return [Dispute(topic=f"{CAUSE_TOPIC}: {first.voice} and {second.voice}", claims=claims)]


# A cause told against another in so many words, each as a phrase: "said a software update
# installed on Monday night, not human error, was to blame", "saying a leak in the supply
# pipe, not their renovation of the basement, was responsible", '"It was the anchoring, not the
# wind," he said' (the parse often hangs these wrong, so they are read by their words).
_A_NOT_B_CAUSE = re.compile(
    r"\b(?:says?|saying|said|maintains?|maintained|insists?|insisted|argues?|argued|believes?|"
    r"claims?|claimed|contends?|contended)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:that\s+)?"
    r"(?P<a>[^,;\"“”]{3,90}?),\s+(?:and\s+)?"
    r"not\s+(?P<b>[^,;\"“”]{2,60}?),\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
    r"(?:to\s+blame|responsible|the\s+(?:\w+\s+)?cause|brought|knocked|caused|triggered|"
    r"set\s+off|sparked|led\s+to)\b"
    r"|\b(?:It|This|That)\s+(?:was|is)\s+(?P<cleft>[^,;\"“”]{3,60}?),\s+not\s+"
    r"(?P<cleft_b>[^,;\"“”.!?]{2,50}?)(?=\s*(?:[,.;!?\"”]|\s+(?:that|which|who)\b))",
)


def _cause_set_against(
    doc: Doc, ref: SentenceRef, refs: list[SentenceRef], antecedents: _Antecedents
) -> _Cause | None:
    """The cause a voice gives in place of another (`_A_NOT_B_CAUSE`), with that voice."""
    told = _A_NOT_B_CAUSE.search(ref.text)
    if told is None:
        return None
    if told.group("cleft") and not (
        _a_thing_that_may_cause(told.group("cleft"))
        and _a_thing_that_may_cause(told.group("cleft_b"))
        and not _OTHER_THAN_CAUSING.match(ref.text, told.end())
    ):
        return None  # "It was a Tuesday, not a Monday", "It was the police, not the army",
        # "It was the noise, not the smell, that woke me"
    cause = told.group("a") or told.group("cleft")
    stems = _stems(cause) - _STANCE_STEMS - _EVENT_STEMS
    voice = next(
        (a for a in accounts_in(doc, ref, antecedents) if a.kind == "say" and a.voice), None
    )
    if not stems or voice is None:
        return None
    return _Cause(
        voice=voice.voice or "",
        cause=cause,
        stems=stems,
        statement=_statement(voice),
        refs=refs or [ref],
    )


# A cleft's clause that tells something other than a cause: ", that woke me" (not ", that
# brought the crane down", "which caused it").
_OTHER_THAN_CAUSING = re.compile(
    r",?\s+(?:that|which|who)\s+(?!(?:\w+\s+)?(?:caused|brought|toppled|triggered|sparked|set\s+"
    r"off|knocked|killed|destroyed|collapsed|sank|is\s+the\s+(?:\w+\s+)?cause|was\s+the\s+"
    r"(?:\w+\s+)?cause|is\s+to\s+blame|was\s+to\s+blame))",
    re.I,
)


# Heads of a cleft's phrases that name a time, a force of people or a figure, no cause: "It was
# the night, not the morning", "It was the police, not the army", "This is a first figure, not
# a final one".
_NO_CAUSE_WORDS = frozenset(
    {"day", "night", "morning", "evening", "week", "time", "hour", "police", "army", "figure",
     "number", "estimate", "toll", "count", "total"}
)  # fmt: skip


def _a_thing_that_may_cause(phrase: str) -> bool:
    """Whether a phrase of a cleft ("It was the anchoring, not the wind") may name a cause: no
    figure, name, time, people or body ("a Tuesday", "the police", "Ahmed")."""
    words = re.findall(r"[\w’'\-]+", phrase)
    if not words or any(ch.isdigit() for ch in phrase):
        return False
    if any(word[:1].isupper() for word in words[1:]) or (
        words[0][:1].isupper() and words[0].lower() not in {"the", "a", "an", "its", "their"}
    ):
        return False
    head = words[-1].lower()
    return not (
        counts_people(head)
        or head in _KINDS_OF_FIRM
        or find_time_expressions(phrase, None)
        or head in _NO_CAUSE_WORDS
    )


# The cause a voice rules out beside its own: "a power surge, not a cracked arm, brought the
# ride down", "It was the anchoring, not the wind", "was not caused by a crack but by a surge".
_RULED_OUT = re.compile(
    r",\s+(?:and\s+)?not\s+(?:by\s+|from\s+)?(?P<other>(?:(?:an?|the|its|their|his|her)\s+)?"
    r"[\w\-’']+(?:\s+[\w\-’']+){0,4}?)(?=\s*(?:[,.;]|$))"
    r"|\bnot\s+(?:caused\s+)?by\s+(?P<by>(?:(?:an?|the|its|their)\s+)?[\w\-’']+(?:\s+[\w\-’']+)"
    r"{0,3}?)\s+but\s+by\b",
    re.I,
)
# Words that tell what was found, or what a thing did: "an inspector had detected a crack in the
# main arm".
_FOUND_IN_IT = re.compile(
    r"\b(?:found|finds|detected|discovered|showed|shows|revealed|identified|"
    r"point(?:s|ed)?\s+to|suspect(?:s|ed)?|"
    # or what it did: "a spark from a generator set off the fire", "a gas cylinder ... had
    # exploded", "fireworks set off indoors had started the fire"
    r"set\s+off\s+(?:the|a|an)|started\s+the|ignited|exploded|gave\s+way)\b",
    re.I,
)
# Words that date a sentence to another incident: "Last year a crane collapse in Utrecht was
# blamed on high winds", "in 2019" (not "during a routine check in April", this ride's).
_ANOTHER_TIME_TOLD = re.compile(
    r"\b(?:last|previous|the\s+year\s+before)\s+(?:year|decade)\b|\b(?:in|since)\s+(?:19|20)\d{2}\b",
    re.I,
)
# Words that rule a thing out: "said there had been no gas leak", "no evidence of arson".
_RULED_OUT_NOT = re.compile(r"\b(?:no|not|never|ruled\s+out|n['’]t)\b", re.I)
# How many words before a thing a word may rule it out.
RULED_OUT_WITHIN = 4


def _ruled_out_there(text: str, wanted: AbstractSet[str]) -> bool:
    """Whether a sentence rules out what it names of a cause, a word of negation shortly before
    it ("there had been no gas leak", "no evidence of arson"), not elsewhere ("had detected a
    crack in the main arm ... that the ride could not run")."""
    words = re.findall(r"[\w’']+", text)
    return any(
        _stem(word.lower()) in wanted
        and _RULED_OUT_NOT.search(" ".join(words[max(0, index - RULED_OUT_WITHIN) : index]))
        for index, word in enumerate(words)
    )


# Evidence items searched for the voice of a cause another voice rules out.
MAX_RULED_OUT_SEARCH = 120


def _causes_ruled_out(
    evidence: EvidenceSet,
    causes: list[_Cause],
    antecedents: _Antecedents,
    background: AbstractSet[tuple[str, int]],
) -> list[_Cause]:
    """The voices of the causes others rule out, where no cause found gives them: "His lawyer
    says a power surge, not a cracked arm, brought the ride down" sets him against whoever
    tells of the crack ("A preliminary expert report ... found a fatigue crack in the weld
    joining the ride's main arm"), though that voice names no cause in so many words. The
    first voice, other than the one ruling it out, whose account tells every word of it."""
    found: list[_Cause] = []
    for cause in causes:
        against = _A_NOT_B_CAUSE.search(cause.refs[0].text)
        ruled = _RULED_OUT.search(cause.refs[0].text)
        if against is not None:
            other = against.group("b") or against.group("cleft_b")
        elif ruled is not None:
            other = ruled.group("other") or ruled.group("by")
        else:
            continue
        wanted = _stems(other) - _STANCE_STEMS - _EVENT_STEMS
        if not wanted or wanted & cause.stems:
            continue
        if any(wanted & told.stems for told in [*causes, *found] if told is not cause):
            continue  # a voice already gives it as a cause
        rival = _a_voice_telling(evidence, wanted, cause, antecedents, background)
        if rival is not None:
            found.append(
                _Cause(
                    voice=rival.voice or "",
                    cause=other,
                    stems=wanted,
                    statement=_statement(rival),
                    refs=[rival.ref],
                )
            )
    return found


def _faults_told_after_a_blame(
    evidence: EvidenceSet,
    causes: list[_Cause],
    antecedents: _Antecedents,
    background: AbstractSet[tuple[str, int]],
) -> list[_Cause]:
    """What went wrong, told by another voice in the sentence right after a blame, as a rival
    cause though it names no cause in so many words: "OPRO blames the operator, who it says
    restarted the ride after a fault alarm had stopped it. His lawyer says he was ordered to do
    so by a supervisor, and park workers have said a worn wheel assembly on the rear car was
    reported weeks earlier." (`_tells_what_went_wrong`; the blame's own sentence is
    `_blame_answered`'s.)"""
    found: list[_Cause] = []
    for blame in (cause for cause in causes if cause.a_person_blamed):
        ref = blame.refs[0]
        after = next(
            (r for r in evidence.sentences(ref.source_id) if r.position == ref.position + 1),
            None,
        )
        if after is None or (after.source_id, after.position) in background:
            continue
        if not _WENT_WRONG.search(after.text) or any(after in cause.refs for cause in causes):
            continue  # (cheap test first; a sentence whose causes are read already)
        (doc,) = nlp.parse([after.text])
        if _THEN_OR_ELSEWHERE.search(after.text):
            continue  # "Separately, ...", "the tank then burst": another incident, what followed
        for account in accounts_in(doc, after, antecedents):
            # (a quotation's words, without its attribution: '"The engine overheated," the
            # captain said')
            said = _AFTER_THE_SAYING.sub("", account.text, count=1).split('"')[0].split("”")[0]
            if (
                account.kind != "say"
                or not account.voice
                or _same_voice(account.voice, blame.voice)
                or _named_alike(account.voice, blame.voice)
                or not _tells_what_went_wrong(said)
                or _NOT_YET_SO.search(said)
                or account.stems & blame.stems
            ):
                continue
            found.append(
                _Cause(
                    voice=account.voice,
                    cause=said.rstrip(" .;,"),
                    stems=account.stems - _STANCE_STEMS,
                    statement=_statement(account),
                    refs=[after],
                )
            )
    return found


def _a_person_blamed(cause: Token) -> bool:
    """Whether a blamed word names a person or what people did ("the pilot", "the operator,
    who ...", "staff", "pilot error", "sabotage"), which a fault of a thing may answer; not a
    thing or a body ("a short circuit", "a tremor", "the company")."""
    return (
        cause.ent_type_ == "PERSON"
        or cause.lower_ in _HUMAN_FAULTS
        or counts_people(cause.lower_)
        or ROLE_WORD.fullmatch(cause.lower_) is not None
        or any(c.dep_ == "relcl" and _told_by_who(c) for c in cause.children)
    )


# What people do wrong, told as a cause: "pilot error", "sabotage by unknown attackers".
_HUMAN_FAULTS = frozenset(
    "error errors mistake mistakes negligence sabotage carelessness recklessness speeding "
    "inexperience fatigue".split()
)


def _told_by_who(clause: Token) -> bool:
    return any(t.lower_ == "who" for t in clause.subtree if t.i < clause.i)


# What tells a fault of another incident or of what followed: "Separately, ...", "the tank then
# burst", "an hour into the blaze".
_THEN_OR_ELSEWHERE = re.compile(
    r"^(?:Separately|Elsewhere|Meanwhile)\b|\bthen\b|\b(?:an?|one|two|three|\d+)\s+"
    r"(?:minutes?|hours?)\s+into\b",
    re.I,
)


def _named_alike(first: str, second: str) -> bool:
    """Whether two voices share a capitalised word: "Halvorsen Energy" and "Halvorsen
    engineers" speak for one body."""
    names = [{w for w in re.findall(r"[\w’'\-]+", v) if w[:1].isupper()} for v in (first, second)]
    return bool(names[0] & names[1])


def _a_voice_telling(
    evidence: EvidenceSet,
    wanted: frozenset[str],
    ruling_out: _Cause,
    antecedents: _Antecedents,
    background: AbstractSet[tuple[str, int]],
) -> Account | None:
    """The best-ranked account, in a voice other than the one ruling it out, that tells every
    word of a cause ruled out and none of the cause given in its place."""
    refs = [
        ref
        for item in evidence.ranked()[:MAX_RULED_OUT_SEARCH]
        if not item.is_heading
        for ref in item.members[:1]
        if (ref.source_id, ref.position) not in background
        and wanted <= (told := _stems(ref.text))
        and not ruling_out.stems & told
        and not _RULED_OUT.search(ref.text)
        # told as a cause or as what was found ("blamed high winds", "had detected a crack"),
        # not in another sense ("said the wind would strengthen on Friday"), not ruled out in
        # turn ("no evidence of arson"), not of another time ("Last year a crane collapse
        # ... was blamed on high winds")
        and (_CAUSE_CUE.search(ref.text) or _FOUND_IN_IT.search(ref.text))
        and not _ruled_out_there(ref.text, wanted)
        and not _ANOTHER_TIME_TOLD.search(ref.text)
    ]
    for ref, doc in zip(refs, nlp.parse([ref.text for ref in refs]), strict=True):
        for account in accounts_in(doc, ref, antecedents):
            if (
                account.kind in {"say", "fact"}
                and account.voice
                and wanted <= account.stems
                and not _same_voice(account.voice, ruling_out.voice)
                and not antecedents.one_side(account.voice, ruling_out.voice)
            ):
                return account
    return None


def _told_alike(cause: _Cause, other: _Cause, causes: list[_Cause]) -> list[SentenceRef]:
    """The sentences of a side's cause and of the same cause told in other reports (sharing a
    word with it and none with the other side's): "a contractor's software update", "a faulty
    software update"; one per report."""
    refs = {ref.source_id: ref for ref in reversed(cause.refs)}
    for told in causes:
        if told.stems & cause.stems and not told.stems & other.stems:
            for ref in told.refs:
                refs.setdefault(ref.source_id, ref)
    return list(refs.values())


def _the_event_named(evidence: EvidenceSet) -> str | None:
    """The word most headlines name the event by ("fire" of "Fire at Estonian state data
    centre knocks government e-services offline"), if two or more do."""
    named = Counter(
        word
        for article in evidence.articles
        for word in set(re.findall(r"[a-z]+", (article.title or "").lower()))
        if word in EVENT_NOUNS
    ).most_common(1)
    return named[0][0] if named and named[0][1] >= 2 else None


# The state a thing was in, told by two voices as opposites: a padlock "faulty" or "intact".
_BROKEN = frozenset("broken faulty defective malfunctioning".split())
_WHOLE = frozenset("intact undamaged".split())
# Words that set one voice's state against another's: "the city insists the padlock was
# intact" (not a "but" in another clause: "was working again, but supplies ...").
_INSISTING = re.compile(
    r"\b(?:insist\w*|maintain\w*|den(?:y|ies|ied)|reject\w*|disput\w*|contend\w*|counter\w*)\b",
    re.I,
)
_BE = frozenset("is are was were be been being remains remained".split())
# Sentences read for states, best-ranked first.
MAX_STATE_SENTENCES = 60


@dataclass(frozen=True, slots=True)
class _State:
    thing: str  # the noun the state is of, lower-cased: "padlock"
    broken: bool
    voice: str
    account: Account


def _state_disputes(evidence: EvidenceSet, antecedents: _Antecedents) -> list[Dispute]:
    """ "The padlock on that gate was faulty," the director said; the city insists the padlock
    was "intact": one thing said to be broken by one voice and whole by another, one of them
    set against the other ("insists", "but", "denies"). One such dispute, the best-carried."""
    wanted: dict[str, SentenceRef] = {}
    for item in evidence.ranked():
        ref = item.members[0]
        if not item.is_heading and _STATE_WORD.search(ref.text) and ref.text not in wanted:
            wanted[ref.text] = ref
        if len(wanted) >= MAX_STATE_SENTENCES:
            break
    states: list[_State] = []
    for ref, doc in zip(wanted.values(), nlp.parse(list(wanted)), strict=True):
        accounts = [a for a in accounts_in(doc, ref, antecedents) if a.kind == "say" and a.voice]
        for token in doc:
            word = token.lower_.strip("'\"“”")
            if word not in _BROKEN | _WHOLE or _negated_verb(token.head) or _negated_verb(token):
                continue
            thing = _whose_state(token)
            told = [a for t in [token, *token.ancestors] for a in accounts if a.head == t.i]
            if thing is None or not told:
                continue
            states.append(_State(thing, word in _BROKEN, told[0].voice or "", told[0]))
    for first, second in itertools.combinations(states, 2):
        if (
            first.thing == second.thing
            and first.broken != second.broken
            and not _same_voice(first.voice, second.voice)
            and not antecedents.one_side(first.voice, second.voice)
            and any(_INSISTING.search(s.account.ref.text) for s in (first, second))
        ):
            claims = [
                Claim(
                    statement=_statement(state.account),
                    value=None,
                    attributed_to=state.voice,
                    citations=cite([state.account.ref]),
                )
                for state in sorted((first, second), key=lambda state: not state.broken)
            ]
            topic = f"Was the {first.thing} broken: {claims[0].attributed_to} and "
            return [Dispute(topic=topic + f"{claims[1].attributed_to}", claims=claims)]
    return []


_STATE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_BROKEN | _WHOLE)) + r")\b", re.I)


def _whose_state(word: Token) -> str | None:
    """The thing a state word is said of: the subject of "the padlock was faulty", "the padlock
    had been broken for weeks" (a thing, not a person or a place), told as what it was."""
    if word.dep_ in {"acomp", "attr"} and word.head.lower_ in _BE:
        verb = word.head  # "the padlock was faulty"
    elif (
        word.tag_ == "VBN"
        and not nlp.child_of(word, "agent")
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _BE for c in word.children)
    ):
        verb = word  # "the padlock had been broken for weeks" (not "was broken by looters")
    else:
        return None  # "the crane damaged the roof": what it did, not what it was
    subject = nlp.child_of(verb, "nsubj") or nlp.child_of(verb, "nsubjpass")
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    if counts_people(subject.text) or _speaker_noun(subject):
        return None
    return subject.lower_


def _rules_out(first: _Cause, second: _Cause) -> bool:
    """Whether either cause's sentence names the other's cause too (every word of its core
    phrase), beside words at odds."""
    return any(
        _AT_ODDS.search(one.refs[0].text)
        and bool(named := _stems(other.cause) - _STANCE_STEMS)
        and named <= _stems(one.refs[0].text)
        for one, other in ((first, second), (second, first))
    )


# How many sentences apart one report may give two voices' causes and set them side by side.
CAUSES_SIDE_BY_SIDE = 2


def _side_by_side(first: _Cause, second: _Cause) -> bool:
    """Whether one report gives the two causes within a sentence or two of each other: "SBB
    has said early evidence points to a broken wheel ... The wagon ... was hired by
    Transalpina, which says ... the derailment was caused by a fault in the track", or in one
    sentence, by two voices ("Fire investigators have since pointed to a fuel leak on the port
    engine; the company still blames an electrical short circuit")."""
    return any(
        one.source_id == other.source_id
        and (
            0 < abs(one.position - other.position) <= CAUSES_SIDE_BY_SIDE
            or (one.position == other.position and not _same_voice(first.voice, second.voice))
        )
        for one in first.refs
        for other in second.refs
    )


def _one_side(first: _Cause, second: _Cause) -> bool:
    """ "Police" and "Police spokesman Ali Raza", "the company" and "company chief executive
    Jan Berg": one side, whatever the words (a voice named in the other's words, before the
    other's name)."""
    if _same_voice(first.voice, second.voice):
        return True
    for one, other in ((first, second), (second, first)):
        words = {w for w in re.findall(r"[a-z]+", one.voice.lower()) if w not in stop_words()}
        named_as = other.statement.lower().split(other.voice.lower())[0] + " " + other.voice.lower()
        if words and words <= set(re.findall(r"[a-z]+", named_as)):
            return True  # (not "the state government" and "the federal government")
        joined = rf"\b{re.escape(other.voice)}\s+{re.escape(one.voice)}\b"
        if any(re.search(joined, cause.statement) for cause in (first, second)):
            return True  # "Mir Javed" and "Notezai": one name, "Mir Javed Notezai", in two
    return False


def _subject_shared(verb: Token) -> Token | None:
    """A verb's subject, or, for a verb joined to another by "and", the subject they share
    ("The civil defence insists ... and blames a storm"), one that agrees with it ("Ortolan says
    phones rang ... and blames the state": not "phones")."""
    if _joined_to_what_is_said(verb):
        # "The company maintains the cracks were first identified on Tuesday and blames high
        # water", parsed as the cracks blaming: the one who maintains it blames
        return nlp.child_of(verb.head.head, "nsubj")
    subject = nlp.child_of(verb, "nsubj")
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        subject is None
        and verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and before is not None
        and before.pos_ in {"NOUN", "PROPN"}
        and before.dep_ == "conj"
    ):
        return before  # "the agency blaming an update and train drivers blaming cuts", the
        # drivers parsed as a second thing blamed
    node = verb
    for _ in range(3):
        if subject is not None or node.dep_ != "conj":
            break
        node = node.head
        subject = nlp.child_of(node, "nsubj")
        if subject is not None and _not_its_subject(verb, subject) and node.head != node:
            node = node.head
            subject = nlp.child_of(node, "nsubj")
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = nlp.child_of(verb.head, "nsubj")  # "Lazic said ..., blaming DAP's upkeep"
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "with the agency blaming a software update and air traffic controllers blaming
        # chronic understaffing": the noun the participle follows
        subject = verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else None
    return subject


def _causes_in(
    doc: Doc,
    ref: SentenceRef,
    refs: list[SentenceRef],
    antecedents: _Antecedents,
    earlier: Callable[[SentenceRef, int, int], bool],
) -> list[_Cause]:
    """The causes one sentence gives the event, each with the voice that gives it: the one
    who blames, or the voice of the account the cause is told in."""
    found: list[_Cause] = []
    answers: list[_Cause] = []
    accounts = [a for a in accounts_in(doc, ref, antecedents) if a.kind == "say" and a.voice]
    for token in doc:
        cause = _cause_after(token)
        if cause is None or earlier(ref, token.idx, token.idx + len(token.text)):
            continue
        clause = next((t for t in (token, *token.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
        if clause is not None and _told_as_unsure(clause):
            continue  # "If illegal mining caused the landslide", "ruled out that a bomb caused"
        voice: str | None = None
        statement = ""
        attributing = token.head if token.head.lower_ in _ATTRIBUTING else None
        # one who blames ("the union blames ..."), not what "was to blame", which is told
        blaming = token.lower_.startswith("blam") and token.dep_ != "xcomp"
        if blaming or token.lower_ in _POINTING | _KEEPING_OPEN | _TRACING or attributing:
            subject = _subject_shared(attributing or token)
            if subject is not None and subject.lower_ in {"which", "who", "that"}:
                subject = token.head if token.dep_ == "relcl" else None  # "the union, which blames"
            if subject is not None and _in_its_dateline(subject):
                subject = _subject_after_the_dateline(attributing or token)  # "SYLHET (Reuters)
                # - Sylhet city council blamed ...": the parse's subject is the dateline's town
            if (
                subject is not None
                and subject.pos_ != "PRON"
                # (one who blames may be any body that acts: "The zoo blamed a storm", not what
                # happened)
                and (
                    _speaker_noun(subject)
                    or (
                        (blaming or attributing is not None)
                        and subject.head == (attributing or token)  # its own subject
                        and subject.pos_ == "NOUN"
                        and subject.lower_ not in EVENT_NOUNS | _DOCUMENTS
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
                    )
                )
                # (not a count the parse hangs the verb from, the subject of another verb:
                # "said 4,812 candidates had received wrong grades, and traced the problem to")
                and not (
                    nlp.child_of(subject, "nummod") is not None
                    and subject.head != (attributing or token)
                )
            ):
                voice = without_dateline(_phrase(doc, subject))  # not "Nairobi (AFP) - ..."
                statement = without_dateline(_span_text(doc, _own_clause(token)))
        if not voice and not blaming:
            # the account nearest above the cause: "said the truck was serviced and insisted
            # that the crash was caused by ...", "told Reuters that findings pointed to ..."
            told = [a for t in token.ancestors for a in accounts if a.head == t.i]
            if told:
                voice, statement = told[0].voice, _statement(told[0])
        if not voice:
            continue
        text = _core_phrase(doc, cause)
        stems = _stems(" ".join(t.text for t in _all_it_names(cause))) - _STANCE_STEMS
        if text not in statement:  # the account is of something else the sentence says
            statement = clean_sentence(without_dateline(ref.text))
        found.append(
            _Cause(
                voice,
                text,
                stems,
                statement,
                refs,
                cause.lower_,
                token.lower_ == "by",
                blaming and _a_person_blamed(cause),
            )
        )
        if blaming:
            answers += _blame_answered(doc, cause, found[-1], accounts, refs)
    # an answer read as a cause of its own words already ("... says the conveyors stopped
    # because of a software update") is that cause
    return found + [a for a in answers if not any(_same_voice(a.voice, c.voice) for c in found)]


# What opens a rival's answer to a blame in the blame's own sentence: "The network blames the
# remote-access account of its contractor; the contractor says ...", "..., which says ...",
# "..., while the union says ...".
_ANSWER_OPENS = re.compile(r";|,\s+(?:which|who)\b|\b(?:while|whereas|but)\b", re.I)
# What makes a said clause another account of how it came about: "came in through an old
# server", "the hackers exploited an unpatched server", "was in fact caused by".
_HOW_IT_CAME_ABOUT = re.compile(
    r"\b(?:through|via|exploit\w*|because|due\s+to|caus\w+|result\s+of|in\s+fact|"
    r"actually|instead|rather)\b",
    re.I,
)
# A said clause that gives the event itself ("it") a cause: "it was due to low oxygen levels".
_IT_WAS_DUE_TO = re.compile(
    r"(?:it|this|that)\s+(?:was|were|had\s+been|is)\s+(?:\w+\s+)?"
    r"(?:due\s+to|caused\s+by|the\s+result\s+of|because\s+of)\b",
    re.I,
)
# What is not so yet: a plan, a wish, what may come (a hedged past stays: "may have been in the
# network since mid-December").
_NOT_YET_SO = re.compile(
    r"\b(?:will|would|should|plans?|wants?|(?:could|might|may)(?!\s+have\b))\b", re.I
)


def _blame_answered(
    doc: Doc, cause: Token, blamed: _Cause, accounts: list[Account], refs: list[SentenceRef]
) -> list[_Cause]:
    """The account the blamed give in the blame's own sentence, after it, of how the event came
    about, as a cause of its own: "The network blames the remote-access account of its IT
    contractor, Korund Digital; the contractor says the attackers came in through an old server
    which the hospital refused to update". Only a said clause that tells how it came about
    (`_HOW_IT_CAME_ABOUT`), not a plan ("...; the mayor said the victims would be buried")."""
    blamed_end = max(t.idx + len(t.text) for t in _all_it_names(cause))
    blamed_words = {t.lower_ for t in cause.subtree if not t.is_stop and t.is_alpha}
    answers = []
    for account in accounts:
        start = doc.text.find(account.text)
        said = _AFTER_THE_SAYING.sub("", account.text, count=1)
        if (
            start < blamed_end
            or not account.voice
            or _same_voice(account.voice, blamed.voice)
            # the blamed answering ("blames the account of its IT contractor; the contractor
            # says ..."), not a third voice telling what followed ("the firefighters say the
            # flames spread because of the wind")
            or not (
                {w.lower() for w in re.findall(r"[\w’'\-]+", account.voice)} & blamed_words
                # or says what "it" (the event) was due to: "while the company says it was due
                # to low oxygen levels after the heatwave"
                or _IT_WAS_DUE_TO.match(said)
                # or what went wrong: "..., while the country's maritime regulator said the
                # ship's engine had failed before it struck"
                or _tells_what_went_wrong(said)
            )
            or not _ANSWER_OPENS.search(doc.text[blamed_end:], 0, start - blamed_end + len("which"))
            or said == account.text
            or not (_HOW_IT_CAME_ABOUT.search(said) or _tells_what_went_wrong(said))
            or _NOT_YET_SO.search(said)
        ):
            continue
        stems = account.stems - _STANCE_STEMS
        said = said.rstrip(" .;,")
        # told as its voice's ("Transportes Rivera says the crash happened because ..."), not as
        # the relative clause it was ("which says ...")
        statement = f"{account.voice} says {said}" if _A_RELATIVE.match(account.text) else None
        answers.append(_Cause(account.voice, said, stems, statement or _statement(account), refs))
    return answers


_A_RELATIVE = re.compile(r"(?:which|who)\s", re.I)
# A said clause that tells of a thing going wrong, a cause in itself: "the engine failed", "the
# main cable snapped", "the boiler had been faulty" (not "rescue teams had failed to reach").
_WENT_WRONG = re.compile(
    r"\b(?:(?:failed|fails)(?!\s+to\b)|broke\s+down|malfunctioned|gave\s+way|snapped|cracked|"
    r"burst(?!\s+into\b)|overheated|short-circuited|leaked(?!\s+to\b)|(?:was|were|had\s+been)\s+"
    r"(?:faulty|defective|overloaded|corroded|rotten)|"
    # "a worn wheel assembly", "the cables were worn" (not "uniforms worn by staff", "he had
    # worn only trainers")
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)worn(?!\s+(?:by|on|as|with|only)\b))\b",
    re.I,
)
# What makes a thing gone wrong no rival cause: doubted ("whether the brakes had failed"), one
# more failure ("as well"), what followed ("after the blast", "minutes after the lorry hit
# it"), another time ("during a previous voyage in 2023"), an effort that failed ("a first
# attempt to winch the bus out"); or, before it, denied ("had not failed", "no sign that").
_NOT_WHAT_WENT_WRONG = re.compile(
    # ("weeks earlier": the fault was there before the event, so no other time's)
    r"\b(?:whether|if|as\s+well|also|too|after|afterwards|later|previous|"
    r"(?<!\bdays\s)(?<!\bweeks\s)(?<!\bmonths\s)(?<!\byears\s)earlier|"
    r"before\s+that|(?:in|since)\s+(?:19|20)\d{2}|last\s+(?:year|month|week)|attempts?|"
    r"efforts?|rescue|search)\b",
    re.I,
)
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|nothing)\b|n['’]t\b", re.I)


def _tells_what_went_wrong(said: str) -> bool:
    """Whether a said clause tells of a thing going wrong (`_WENT_WRONG`), as a cause of what
    happened: not denied, doubted, added, after it, another time's, or an effort's ("the wiring
    was faulty and had not been inspected in years" is told: its "not" comes after)."""
    wrong = _WENT_WRONG.search(said)
    return (
        wrong is not None
        and _NOT_WHAT_WENT_WRONG.search(said) is None
        and _DENIED_BEFORE.search(said, 0, wrong.start()) is None
    )


# A said clause after its voice and verb: "the contractor says (the attackers came in ...)".
_AFTER_THE_SAYING = re.compile(
    r"^.*?\b(?:says|said|say|insists|insisted|maintains|maintained|argues|argued|claims|"
    r"claimed|contends|contended|counters|countered)\s+(?:that\s+)?",
    re.I,
)


def _rules_out_another(cause: Token) -> bool:
    """Whether a cause is set against another one it rules out: "the rust, not the guests",
    "the rusted supports and not the guests"."""
    return any(
        c.dep_ == "conj" and any(n.dep_ == "neg" for n in c.children) for c in cause.children
    ) or bool(re.match(r"[^.;]{0,60}?,?\s+(?:and\s+)?not\s+", cause.doc.text[cause.idx :]))


def _own_clause(verb: Token) -> set[int]:
    """The words of a verb's own clause: not a clause before it with a subject of its own,
    which a semicolon's misparse hangs from it ("RIA blames the battery's age; Nordkivi points
    to maintenance work": Nordkivi's words begin at Nordkivi)."""
    left_out = {
        t.i
        for child in verb.children
        if child.i < verb.i
        and child.dep_ in {"ccomp", "parataxis", "conj"}
        and nlp.child_of(child, "nsubj") is not None
        for t in child.subtree
    }
    return {t.i for t in verb.subtree if t.i not in left_out}


# What is no part of a cause's own words: "a sudden failure of the crane's hydraulic system(,
# which it says dropped ...)", "the cuts of costs (and not of an accident of the crane)".
_BESIDE_THE_PHRASE = frozenset({"relcl", "acl", "appos", "cc", "conj", "neg", "advcl", "punct"})


def _all_it_names(head: Token) -> list[Token]:
    """Every cause a phrase names, those joined to it included ("the regulator and the
    developer alike"), not those it rules out ("the cuts of costs and not of an accident of the
    crane") nor the clauses about it."""
    left_out = {
        t.i
        for d in head.subtree
        if d != head
        and (d.dep_ in {"relcl", "acl", "appos", "advcl"} or _negated_verb(d) or _set_aside(d))
        for t in d.subtree
    }
    if head.tag_ == "VBG":  # "welding (being carried out at the silo)": what is blamed
        left_out |= {t.i for c in head.children if c.dep_ == "xcomp" for t in c.subtree}
    named = [t for t in head.subtree if t.i not in left_out]
    if head.dep_ == "dobj":  # "blamed lapses by both the developer and state regulators"
        named += [t for p in head.head.children if p.lower_ in {"by", "of"} for t in p.subtree]
    return named


def _what_they_were_doing(clause: Token) -> bool:
    """A participle right after the cause it tells of: "workers handling black powder" (the
    handling is the cause), "a crew welding on the roof"; not one of saying ("a technical
    fault, saying the pilots ..."). Shown in the cause's words, not counted among those that
    tell two causes apart."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and clause.i == clause.head.i + 1
        and clause.lower_ not in _SAYING_PARTICIPLES
    )


_SAYING_PARTICIPLES = frozenset(
    "saying claiming arguing insisting adding noting stating telling explaining".split()
)


def _set_aside(token: Token) -> bool:
    """A conjunct set aside by "rather than" or "instead of" before it: "a failed piece of
    network hardware rather than a software update" does not blame the update."""
    return token.dep_ == "conj" and any(
        c.dep_ == "cc"
        and c.i < token.i
        and (
            c.lower_ == "than"
            or (c.lower_ == "of" and any(a.lower_ == "instead" for a in c.children))
        )
        for c in token.head.children
    )


def _negated_verb(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _core_phrase(doc: Doc, head: Token) -> str:
    """A noun phrase without its clauses, appositions and what is set beside it."""
    left_out = {
        t.i
        for d in head.subtree
        if (
            d.dep_ in _BESIDE_THE_PHRASE
            and d != head
            and d.text != "-"  # "cost-cutting"
            and not _what_they_were_doing(d)
        )
        or (d.dep_ == "aux" and d.head == head)  # "(point) to maintenance", parsed as a verb
        # "(a worker using a torch near the tanks) for the explosion": what it is blamed for
        or (d.dep_ == "prep" and d.lower_ == "for" and _for_the_event(d))
        for t in d.subtree
    }
    kept = [t.i for t in head.subtree if t.i not in left_out]
    end = next((i for i, j in itertools.pairwise(kept) if j != i + 1), kept[-1])
    return doc.text[doc[kept[0]].idx : doc[end].idx + len(doc[end].text)]


def _for_the_event(for_: Token) -> bool:
    """ "for the accident": what a cause is blamed for, no part of it."""
    blamed_for = nlp.child_of(for_, "pobj")
    return blamed_for is not None and blamed_for.lower_ in EVENT_NOUNS


_CAUSING = frozenset({"caused", "causes", "triggered", "triggers", "sparked", "sparks"})
# What an event leaves that a cause is given for as well: "the damage had been caused by scour".
_HARM_DONE = frozenset({"damage", "cracks", "cracking"})
# What an event may leave that its cause is given for, beside the events themselves: "the
# source of the pollution".
_HARMS = frozenset({"pollution", "contamination", "smell", "stench", "smoke", "spill"})
# What went wrong in an event with no disaster in it, whose cause is given: "the reason of the
# error was a faulty screen system".
_MISHAPS = (
    frozenset(
        "error errors blunder mistake glitch failure malfunction fault breakdown mix-up".split()
    )
    - EVENT_NOUNS
)
# What a cause "is" while it is not known: "the subject of an inquiry", "a puzzle".
_NOT_KNOWN_YET = frozenset(
    "subject focus puzzle mystery matter question speculation investigation inquiry object "
    "target issue guess topic unknown debate".split()
)


_POINTING = frozenset({"point", "points", "pointed"})
# "attributed the fire to arson": what a voice says caused the event.
_ATTRIBUTING = frozenset({"attribute", "attributes", "attributed", "attributing"})
# Words that make "point to" a cause: "pointed to a faulty valve as the likely cause".
_CAUSE_WORD = re.compile(r"\b(?:cause[sd]?|caused|blame\w*|fault|reason|responsib\w*)\b", re.I)
# Papers that name a blame without being its voice: "the lawsuit blames the operator" (the
# families'), "a notice at its branches blamed a glitch" (the bank's).
_DOCUMENTS = frozenset(
    "lawsuit suit notice letter complaint petition filing ruling document memo post video".split()
)
# What an inquiry finds points to a cause: "preliminary findings pointed to a leaking hose".
_FINDINGS = frozenset(
    {"finding", "findings", "examination", "investigation", "inquiry", "probe", "evidence",
     "analysis", "tests", "inspection", "results", "report", "indications", "signs"}
)  # fmt: skip
_CONTRIBUTING = frozenset({"contributed", "contribute", "contributes"})
_PLAYING = frozenset({"play", "plays", "played", "playing"})
# What no cause is: "pointed to Tuesday", "pointed to the Culebra Cut", "pointed to 40".
_NOT_CAUSES = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORG"})


def _findings_point_misread(point: Token) -> bool:
    """ "(Prosecutors have said) preliminary evidence points to workers handling powder", which
    the small parse reads as a noun "points" with "evidence" compounded to it: what was found
    pointing to something."""
    to = nlp.child_of(point, "prep", "to")
    target = nlp.child_of(to, "pobj") if to is not None else None
    return (
        point.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.lower_ in _FINDINGS for c in point.children)
        and target is not None
        # what someone was doing ("workers handling powder"; not "the victims being asleep",
        # "survivors in air pockets"), or a fault
        and (
            any(_what_they_were_doing(c) and c.lower_ != "being" for c in target.children)
            or any(t.lower_ in _A_FAULT for t in target.subtree)
        )
    )


def _found_by_an_inquiry(point: Token) -> bool:
    """Whether the subject of "point to" is what an inquiry found so far: "preliminary
    findings pointed to a leaking hose", "all indications so far point to" (not "tests pointed
    to a full recovery", "evidence pointed to a second gunman": no cause is being looked for
    there). ("early evidence points to": the small parse may make the subject a compound.)"""
    return any(
        c.dep_ in {"nsubj", "compound"}
        and c.lower_ in _FINDINGS
        and (
            any(m.lower_ in _FOUND_SO_FAR for m in c.children if m.dep_ in {"amod", "det"})
            # ("preliminary evidence points": the misread noun holds the adjective)
            or (
                point.pos_ == "NOUN"
                and c.dep_ == "compound"
                and any(m.lower_ in _FOUND_SO_FAR for m in point.children if m.dep_ == "amod")
            )
            or re.search(r"\bso\s+far\b", point.doc.text[c.idx : point.idx]) is not None
        )
        for c in point.children
    )


_FOUND_SO_FAR = frozenset({"preliminary", "initial", "early", "first", "all"})
# Words that name a fault, whatever points to it: "pointed to a broken wheel".
_A_FAULT = frozenset(
    "broken faulty defective worn cracked fractured malfunctioning failure fault defect "
    "malfunction breakdown negligence".split()
)
# Words of a load or speed beyond what was allowed: "weighed about 52 tonnes, against a posted
# limit of 30", "overloaded".
_OVER_THE_LIMIT = frozenset({"limit", "overloaded", "overloading", "overweight"})
# Evidence that shows something: "data suggesting the lorry was far over the weight limit",
# "footage showing that the gate was locked".
_EVIDENCE = _FINDINGS | _RECORD_NOUNS | {"footage", "readings", "images", "recordings"}


def _what_evidence_shows(pointed_to: Token, point: Token) -> Token | None:
    """What a piece of evidence pointed to shows, the cause it names: "a lorry" of "pointed to
    preliminary data suggesting that a lorry loaded with crushed stone weighed about 52
    tonnes", "the crane's cables" of "pointed to maintenance logs indicating that the crane's
    cables were worn" (the data and the logs are no cause). The parse hangs the showing verb
    on the evidence or on "pointed"."""
    if pointed_to.lower_ not in _EVIDENCE:
        return None
    showing_verbs = [c for c in pointed_to.children if c.dep_ in {"acl", "relcl"}] + [
        c for c in point.children if c.dep_ == "advcl" and c.i > pointed_to.i
    ]
    for showing in showing_verbs:
        if showing.lower_ not in _SHOWING:
            continue
        shown = nlp.child_of(showing, "ccomp")
        subject = (
            nlp.child_of(shown, "nsubj") or nlp.child_of(shown, "nsubjpass")
            if shown is not None
            else None
        )
        if subject is not None and (
            subject.pos_ == "NOUN"  # (the small model calls "the lorry" a person)
            or (subject.pos_ == "PROPN" and subject.ent_type_ not in _NOT_CAUSES)
        ):
            return subject
    return None


# Verbs that keep a cause open when negated: "cannot rule out faulty ground equipment".
_KEEPING_OPEN = frozenset({"rule", "ruled", "rules", "exclude", "excluded", "excludes"})
# Causes no fault word names that a voice keeps open: "police have not ruled out sabotage".
_OPEN_CAUSES = frozenset({"sabotage", "arson"})
# What people do about an event, whose failure is none of its causes.
_EFFORTS = frozenset(
    "rescue rescues search searches effort efforts operation operations evacuation response "
    "talks negotiations plan plans relief recovery".split()
)


def _what_was_to_blame(blame: Token) -> Token | None:
    """ "faulty wiring was to blame (for the fire)", "a software update, not human error, was
    to blame": the subject of "was", as a cause of the event; not "the pilots were not to
    blame", "he is to blame", "whether a worn cable was to blame" (a question), nor blame for
    something else ("to blame for the delays")."""
    be = blame.head
    if be.lower_ not in {"is", "are", "was", "were", "be", "been"}:
        return None
    if _negated_verb(be) or _negated_verb(blame):
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in be.children):
        return None  # "are examining whether a worn cable was to blame": asked, not said
    if any(
        (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "advmod" and c.lower_ in _AS_WELL)
        for c in be.children
    ):
        return None  # "could also have been to blame": one line of inquiry, or one cause of two
    if any(_negated_verb(t) or t.lower_ in _DOUBTING for t in be.ancestors):
        return None  # "could not confirm that arson was to blame", "unlikely that", "no
        # evidence that", "the possibility that": doubted, not said
    for_ = nlp.child_of(blame, "prep", "for")
    blamed_for = nlp.child_of(for_, "pobj") if for_ is not None else None
    if blamed_for is not None and blamed_for.lower_ not in EVENT_NOUNS:
        return None
    if for_ is not None and nlp.child_of(for_, "pcomp") is not None:
        return None  # "to blame for failing to warn them": for what they did after
    subject = nlp.child_of(be, "nsubj")
    if subject is None or subject.pos_ in {"PRON", "NUM"} or subject.lower_ in EVENT_NOUNS:
        return None
    if any(c.dep_ == "preconj" or c.lower_ in {"neither", "nor"} for c in subject.subtree):
        return None  # "neither the weather nor the pilots were to blame"
    return subject


# Words over a clause that doubt it: "unlikely that X was to blame", "no evidence that".
_DOUBTING = frozenset(
    "unlikely possible possibility possibly evidence doubt doubts doubted whether question "
    "examining investigating checking considering rumour rumours speculation".split()
)
# "X was also to blame": a cause beside another, no rival to it.
_AS_WELL = frozenset({"also", "too", "partly", "partially"})


def _a_fault_kept_open(verb: Token) -> Token | None:
    """A fault a voice will not rule out, as the cause it holds possible: "cannot rule out
    faulty ground equipment", "a fault in equipment on the ground cannot be excluded", "does
    not exclude the possibility of a technical malfunction" (not "cannot rule out more
    deaths": no fault)."""
    if not _negated_verb(verb) or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lower_.startswith("rul") and nlp.child_of(verb, "prt", "out") is None:
        return None  # "did not rule on the appeal"
    kept = nlp.child_of(verb, "dobj") or nlp.child_of(verb, "nsubjpass")
    if kept is not None and kept.lower_ == "possibility":
        of = nlp.child_of(kept, "prep", "of")
        kept = nlp.child_of(of, "pobj") if of is not None else None
    if kept is None or kept.pos_ in {"PRON", "NUM"}:
        return None
    of = nlp.child_of(kept, "prep", "of")
    failed = nlp.child_of(of, "pobj") if of is not None else None
    if failed is not None and failed.lower_ in _EFFORTS:
        return None  # "a failure of the rescue effort": what may go wrong after, no cause
    if any(c.dep_ == "advcl" for c in verb.children):
        return None  # "could not rule out a failure ... if machinery did not arrive": a fear
    named = {t.lower_ for t in _all_it_names(kept)}
    # (not "negligence", which an inquiry keeps open beside any cause: "had not ruled out
    # negligence by maintenance staff" goes with "a cracked rail")
    return kept if named & (_A_FAULT - {"negligence"} | _OPEN_CAUSES) else None


# Verbs that bring a thing down, with the particle that says so: "a gust brought the crane
# down", "was knocked over by a wave".
_FELLING = frozenset({"brought", "knocked", "blown", "pulled"})


def _what_felled_it(token: Token) -> Token | None:
    """What brought the thing that fell down: the agent of "was brought down by a freak gust",
    the subject of "a sudden gust brought the crane down" (a thing, not who did it)."""
    verb = token.head
    if verb.lower_ not in _FELLING or _negated_verb(verb):
        return None
    if not any(c.dep_ == "prt" and c.lower_ in {"down", "over"} for c in verb.children):
        return None
    # what someone says brought a structure down ("maintains that a sudden gust brought the
    # crane down", "insists the machine ... was brought down by a freak gust"), not "the shock
    # wave knocked over parked cars" nor "falling demand had brought down petrol prices"
    said = verb.head if verb.dep_ == "conj" else verb
    if said.dep_ != "ccomp" or _stem(said.head.lower_) not in _STANCE_STEMS:
        return None
    if token.dep_ == "agent":
        felled = nlp.child_of(verb, "nsubjpass") or nlp.child_of(said, "nsubj")
        return nlp.child_of(token, "pobj") if _a_structure(felled) else None
    if (
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and _a_structure(nlp.child_of(verb, "dobj"))
        and token.lower_ not in EVENT_NOUNS
        and not _speaker_noun(token)
        and not counts_people(token.text)
    ):
        return token
    return None


# What came from somewhere that is a source of ignition ("the ignition came from inside the
# elevator system"); a fire or a blast that "came from" somewhere is told where it was.
_SPARKING = frozenset({"ignition", "spark", "sparks"})
# Work during which a fire may begin: "began during maintenance work".
_WORK_DONE = frozenset(
    "work works maintenance repairs repair welding testing test tests loading unloading "
    "operation operations drill drills refuelling cleaning".split()
)
# Nouns that name a place, a direction or a time a thing came from, not a source.
_NO_SOURCE = frozenset(
    "direction side area areas floor floors window windows roof night day morning evening "
    "afternoon hours hour week weeks minutes outside".split()
)
# What sets an event off, and the verbs that say where it came from.
_IGNITION = frozenset("ignition fire blaze blast explosion spark sparks flames leak".split())
_ORIGINATING = frozenset(
    "came come comes started starts start began begins begin originated originates".split()
)


def _subject_word(verb: Token) -> str:
    """A verb's subject, lower-cased ("" when it has none), or that of the verb it is joined
    to ("the fire was accidental and started from a spark")."""
    subject = nlp.child_of(verb, "nsubj")
    if subject is None and verb.dep_ == "conj":
        subject = nlp.child_of(verb.head, "nsubj")
    return subject.lower_ if subject is not None else ""


def _an_ignition_came(verb: Token) -> bool:
    """Whether a verb says where what set the event off came from: "the ignition came from
    ...", "the fire began during ..." (not "the minister came from Bucharest")."""
    return (
        verb.lower_ in _ORIGINATING and _subject_word(verb) in _IGNITION and not _negated_verb(verb)
    )


# Things that stand and fall, besides sites: "the crane", "the machine", "the roof".
_STRUCTURES = FACILITY_WORDS | frozenset(
    "crane cranes machine roof wall walls plane aircraft helicopter tree trees pylon pylons mast "
    "grandstand stand scaffolding structure it ride rides attraction wheel stage tower".split()
)


def _affirmed_after_but(token: Token) -> bool:
    """Whether a "by" follows "but" after a denied one: "was not caused by a crack but (by) a
    surge"."""
    if token.i == 0 or token.doc[token.i - 1].lower_ != "but":
        return False
    denied = next((t.i for t in reversed(token.doc[: token.i - 1]) if t.lower_ == "by"), 0)
    return token.dep_ in {"agent", "conj", "prep"} and not any(
        t.lower_ in {"alone", "only", "just", "solely", "merely"}
        for t in token.doc[denied : token.i]
    )  # ("not caused by the fire alone but by locked exits": a cause besides, not instead)


def _a_structure(token: Token | None) -> bool:
    return token is not None and fold(token.text) in _STRUCTURES


# "the fault lay in a software update", "the problem lies with the contractor"; "traced the
# problem to data files": where a voice puts the fault, told without "cause" or "blame".
_LYING_IN = frozenset({"lay", "lies", "lie", "rested", "rests"})
_TRACING = frozenset({"traced", "traces", "trace"})
_FAULT_NOUNS = frozenset({"fault", "problem", "blame", "cause", "responsibility", "glitch"})
# What no cause is: "the problem lies in the fact that ...", "the fault lay in the count".
_NO_CAUSE_HEADS = frozenset({"fact", "count", "tally", "figure", "figures", "number", "toll"})


def _in_its_dateline(token: Token) -> bool:
    filed = dateline(token.doc.text)
    return filed is not None and token.idx < filed.end()


def _subject_after_the_dateline(verb: Token) -> Token | None:
    """The noun right before a verb whose parsed subject is the dateline's town: "Sylhet city
    council" of "SYLHET (Reuters) - Sylhet city council blamed heavy rain"; past what is set
    between them: "Engineers and the ministry on Monday blamed" (not Monday), "Santos Brasil,
    the terminal operator, on Thursday blamed", "Firefighters, citing witnesses, blamed". The
    parse may give the verb a second subject, the right one: "ACCRA (AFP) - The Greek operator
    of an oil tanker that ran aground ... blamed"."""
    doc = verb.doc
    second = next((c for c in verb.children if c.dep_ == "nsubj" and not _in_its_dateline(c)), None)
    if second is not None:
        return second
    before = doc[verb.i - 1] if verb.i > 0 else None
    while before is not None and before.dep_ == "pobj" and before.head.dep_ == "prep":
        prep = before.head
        before = prep.head if prep.head != verb else (doc[prep.i - 1] if prep.i > 0 else None)
    for _ in range(MAX_ASIDES):
        if before is None or not before.is_punct or before.i == 0:
            break
        # an aside between commas: what it is set beside, else what stands before it
        before = _set_beside(doc[before.i - 1], verb)
        if before.pos_ not in {"NOUN", "PROPN"}:
            opening = min(t.i for t in before.subtree)
            before = doc[opening - 1] if opening > 0 else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or _in_its_dateline(before):
        return None
    return before


# How many asides set between commas a subject may have before its verb.
MAX_ASIDES = 3


def _set_beside(last: Token, verb: Token) -> Token:
    """What an aside ending with `last` is told of: up its heads to an apposition's head ("one
    of the largest port operators in Brazil" of "Santos Brasil") or to a subject."""
    token = last
    while (
        token.dep_ not in {"appos", "nsubj", "nsubjpass", "conj"}
        and token.head != token
        and token.head.i < verb.i
        and not _in_its_dateline(token.head)
    ):
        token = token.head
    if token.dep_ == "appos" and not _in_its_dateline(token.head):
        token = token.head
    return token


def _where_the_fault_lies(token: Token) -> Token | None:
    """The cause a fault is said to lie in, or to be traced to: the object of "in"/"with" after
    "the fault lay", of "to" after "traced the problem" (not "the town lies in a valley", nor
    "traced the call to a phone box")."""
    if token.lower_ in _LYING_IN:
        subject = nlp.child_of(token, "nsubj")
        at = nlp.child_of(token, "prep", "in") or nlp.child_of(token, "prep", "with")
    else:
        subject = nlp.child_of(token, "dobj") or nlp.child_of(token, "nsubjpass")
        at = nlp.child_of(token, "prep", "to")
    if subject is None or subject.lower_ not in _FAULT_NOUNS or at is None:
        return None
    of_what = nlp.child_of(subject, "prep", "for") or nlp.child_of(subject, "prep", "of")
    told_of = nlp.child_of(of_what, "pobj") if of_what is not None else None
    if told_of is not None and told_of.lower_ not in EVENT_NOUNS:
        return None  # "the blame for the slow response rested with the minister": not the event's
    target = nlp.child_of(at, "pobj")
    if (
        target is None
        or _negated_verb(token)
        or target.pos_ in {"PRON", "NUM"}
        or target.lower_ in _NO_CAUSE_HEADS
    ):
        return None
    return None if target.ent_type_ in _NOT_CAUSES else target


def _what_was_behind(behind: Token) -> Token | None:
    """The subject of "was behind" the event ("a gas leak was behind the blast"), or behind
    what went wrong, where it rules another out in its own phrase ("a faulty screen, not a
    careless employee, was behind the error"); not a person or a group (who was behind an
    attack is no cause of an accident), nor where a thing stood ("was behind the wall"), nor
    what was behind a decision ("Politics, not safety, was behind the decision to close")."""
    verb = behind.head
    subject = nlp.child_of(verb, "nsubj")
    what = nlp.child_of(behind, "pobj")
    if subject is None or what is None or _negated_verb(verb) or _told_as_unsure(verb):
        return None
    if subject.pos_ != "NOUN" or subject.ent_type_ in _NOT_CAUSES or _someone(subject):
        return None
    if what.lower_ in EVENT_NOUNS | _HARMS or (
        what.lower_ in _MISHAPS and _set_against_another(subject)
    ):
        return subject
    return None


# Nouns that govern a clause without saying it is so: "speculation that", "no evidence that".
_UNSURE_NOUNS = frozenset(
    "speculation evidence claim claims suggestion suggestions rumour rumours rumor rumors "
    "theory theories possibility allegation allegations fear fears hypothesis".split()
)
# Words that govern a clause without saying it is so: "ruled out that", "unlikely that".
_NOT_SAID_SO = frozenset(
    "ruled rule rules ruling unlikely doubt doubts doubted denied denies deny rejected "
    "dismissed untrue false impossible premature".split()
)


def _told_as_unsure(verb: Token) -> bool:
    """Whether a clause is told as not so, or not known to be: "If illegal mining was behind
    the landslide", "Speculation that a gas leak was behind the fire was premature", "Police
    have ruled out that a bomb was behind the explosion", "It is unlikely that arson was"."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ in {"acl", "ccomp", "advcl"} and head.i != verb.i:
        if head.pos_ in {"NOUN", "PROPN"}:
            # "speculation that", "no evidence that" (not "a fire caused by faulty wiring")
            return head.lower_ in _UNSURE_NOUNS
        return (
            _negated_verb(head)
            or head.lower_ in _NOT_SAID_SO
            or any(c.lower_ in _NOT_SAID_SO for c in head.children if c.dep_ == "acomp")
        )
    return False


def _set_against_another(cause: Token) -> bool:
    """A cause set against another in its own phrase, by apposition or "and": "a faulty screen,
    not a careless employee", "a faulty screen system, and not the mistake of the employee"
    (not "The ferry was behind schedule and not carrying its full crew", which
    `_rules_out_another`, reading any "not" after the cause, takes for one)."""
    return (
        any(child.dep_ == "neg" for child in cause.children)
        and any(child.dep_ in {"appos", "conj"} for child in cause.children)
    ) or any(
        child.dep_ in {"appos", "conj"} and any(n.dep_ == "neg" for n in child.children)
        for child in cause.children
    )


# Those who do harm on purpose, named as a group: who is behind an attack, no cause.
_WRONGDOERS = frozenset(
    "gang hacker cartel bandit pirate arsonist smuggler regime faction terrorist militant rebel "
    "insurgent jihadist extremist criminal vandal poacher looter".split()
)
# Owners that make a thing someone's: "his brother", "their driver".
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "our"})


def _someone(noun: Token) -> bool:
    """A person or a body ("the man's brother", "the ministry", "terrorists"), not a thing
    (`_speaker_noun` takes "a faulty scanner" for an agent by its ending)."""
    word = noun.lower_
    owner = nlp.child_of(noun, "poss")
    return (
        counts_people(word)
        or bool({word, word.removesuffix("s")} & (_WRONGDOERS | ATTACKERS))
        or ROLE_WORD.fullmatch(word) is not None
        or word in ORGANISATION_HEADS
        or noun.ent_type_ in {"PERSON", "ORG", "NORP"}
        or (owner is not None and (owner.lower_ in _PERSONAL_OWNERS or counts_people(owner.lower_)))
    )


# Verbs of a thing that gave way, told as what came first: "a railing broke first", "the
# barrier gave way first".
_GIVING_WAY = frozenset("broke snapped gave failed collapsed cracked burst".split())


def _cause_after(token: Token) -> Token | None:
    """The head of a cause the token introduces for the event: "(the crash was) caused by human
    error", "blamed human error (for the crash)", "blamed the crash on the weather", "(the fire
    was) the result of cost-cutting", "(the accident happened) due to overloading"."""
    word = token.lower_
    if word in _LYING_IN or word in _TRACING:
        return _where_the_fault_lies(token)
    if word in _POINTING and (
        token.pos_ == "VERB"
        or nlp.child_of(token, "nsubj") is not None
        or _findings_point_misread(token)
    ):
        # (with a subject, "Nordkivi points to ..." is a verb, whatever the tag says)
        # "Prosecutors point instead to maintenance": what they point to, said by them, when
        # set against a cause ("instead", "rather") or said to be one ("as the cause")
        if nlp.child_of(token, "dobj") is not None:
            return None  # "pointed journalists to a statement": showed someone something
        to = nlp.child_of(token, "prep", "to")
        # "pointed to overloading": a verb the parse hangs from "to"
        target = (nlp.child_of(to, "pobj") or nlp.child_of(to, "pcomp")) if to is not None else None
        if target is None:  # the small parse reads "point to maintenance" as "to" + a verb
            target = next(
                (
                    c
                    for c in token.children
                    if c.dep_ in {"xcomp", "advcl"}
                    and nlp.child_of(c, "aux", "to") is not None
                    # a noun read as a verb ("to maintenance work by Voltec"), not a purpose
                    # ("points to raise funds")
                    and (
                        c.tag_.startswith("NN")
                        or not any(d.dep_ in {"dobj", "nsubj"} for d in c.children)
                    )
                ),
                None,
            )
        if target is None or _negated_verb(token) or target.pos_ in {"PRON", "NUM"}:
            return None
        if not (
            any(c.lower_ in {"instead", "rather"} for c in token.children)
            or _CAUSE_WORD.search(token.doc.text)
            or _found_by_an_inquiry(token)
            or any(t.lower_ in _A_FAULT | _OVER_THE_LIMIT for t in target.subtree)
            # ("to a broken wheel", "to data suggesting the lorry was far over the weight limit")
        ):
            return None  # "pointed to the emergency exit", "point to a strong recovery"
        shown = _what_evidence_shows(target, token)
        if shown is not None:
            return shown
        return None if target.ent_type_ in _NOT_CAUSES else target
    if word in _CONTRIBUTING or (word == "role" and token.head.lower_ in _PLAYING):
        # "a strong gust of wind may have played a role", "worn brakes contributed"
        acting = token if word in _CONTRIBUTING else token.head
        if word == "role" and token.dep_ != "dobj":
            return None
        to = nlp.child_of(acting, "prep", "to") or nlp.child_of(token, "prep", "in")
        towards = nlp.child_of(to, "pobj") if to is not None else None
        hedged = any(c.dep_ == "aux" and c.tag_ == "MD" for c in acting.children)
        if (towards is None and not hedged) or (
            towards is not None and towards.lower_ not in EVENT_NOUNS
        ):
            return None  # "contributed to a fund", "contributes heavily to the economy"
        subject = nlp.child_of(acting, "nsubj")
        if (
            subject is None
            or _negated_verb(acting)
            or any(c.dep_ == "dobj" and c.i != token.i for c in acting.children)  # gave money
            or subject.pos_ != "NOUN"
            or subject.lower_ in EVENT_NOUNS
            or subject.ent_type_ in _NOT_CAUSES
            or _speaker_noun(subject)
        ):
            return None
        return subject
    if word in _KEEPING_OPEN:
        return _a_fault_kept_open(token)
    if word == "blame" and token.dep_ == "xcomp":
        return _what_was_to_blame(token)
    if word.startswith("blam") and token.pos_ == "VERB":
        if _negated_verb(token):
            return None  # "did not blame the crew"
        for_ = nlp.child_of(token, "prep", "for")
        blamed_for = nlp.child_of(for_, "pobj") if for_ else None
        if blamed_for is not None and blamed_for.lower_ not in EVENT_NOUNS:
            return None  # "blamed the mayor for the slow rescue": not what caused the event
        on = nlp.child_of(token, "prep", "on")
        blamed = nlp.child_of(token, "dobj")
        if on is not None and (
            blamed is None or blamed.pos_ == "PRON" or blamed.lower_ in EVENT_NOUNS
        ):
            return nlp.child_of(on, "pobj")  # "blamed the crash on the weather", not "blames
            # high water and ice on the Danube"
        return next(
            (
                c
                for c in token.children
                if (c.dep_ == "dobj" and c.lower_ not in {"other", "another"})  # "each other"
                or (c.dep_ == "xcomp" and c.tag_ == "VBG")  # "blames welding being done ..."
            ),
            None,
        )
    if word == "behind" and token.dep_ == "prep" and token.head.lower_ in _BE:
        return _what_was_behind(token)
    if (
        word in {"cause", "source", "reason"}
        and token.dep_ == "nsubj"
        and not _negated_verb(token.head)
        and (word == "cause" or token.head.lemma_ == "be" or token.head.lower_ in _BE)
    ):
        # "the cause of the leak was the illegal connection"; "the cause is the rust, not the
        # guests", of the event the news is of; "the source of the pollution is the outflow of
        # the plant" (of the event only: not "a source said")
        of = nlp.child_of(token, "prep", "of") or (
            nlp.child_of(token, "prep", "for") if word == "reason" else None
        )
        caused = nlp.child_of(of, "pobj") if of else None
        attr = nlp.child_of(token.head, "attr")
        if of is not None and (
            caused is None
            or caused.lower_ not in EVENT_NOUNS | _HARMS | _MISHAPS
            # what went wrong, when the sentence rules another cause out ("the reason of the
            # error was a faulty screen system, and not the mistake of the employee"; not "the
            # reason for the error was a typing mistake", of a side error)
            or (caused.lower_ in _MISHAPS and (attr is None or not _set_against_another(attr)))
        ):
            return None
        if word in {"source", "reason"} and of is None:
            return None
        if attr is not None and (attr.lower_ in _NOT_KNOWN_YET or _told_as_unsure(token.head)):
            return None  # "the reason for the collapse is the subject of an inquiry"
        if word == "reason" and attr is not None and _someone(attr):
            return None  # "the reason for the crash was the driver": whom it blames
        if of is None and (attr is None or not _rules_out_another(attr)):
            # a bare "the cause is X" names the event's cause when it rules another out ("the
            # cause is the rust, not the guests"), not "the cause is justice for the 12 men",
            # "the cause was a discarded cigarette" of an earlier fire
            return None
        return attr
    if token.dep_ == "nsubj" and token.head.lower_ in _CAUSING and token.pos_ in {"NOUN", "PROPN"}:
        # "a substation fault triggered the blackout": the subject of an active verb of
        # causing whose object is the event
        causing = token.head
        caused = next((c for c in causing.children if c.dep_ == "dobj"), None)
        if caused is None or caused.lower_ not in EVENT_NOUNS or _negated_verb(causing):
            return None
        if token.lower_ in EVENT_NOUNS:
            return None  # "the crash caused a blackout": what followed the event, not its cause
        return token
    felled = _what_felled_it(token)
    if felled is not None:
        return felled
    if word == "first" and token.dep_ == "advmod" and token.head.lower_ in _GIVING_WAY:
        # "survivors say a railing broke first", set against another account ("but", "while",
        # a semicolon): what gave way before the event set it off (not "The roof gave way
        # first, then the walls": how it went)
        if not (_AT_ODDS.search(token.doc.text) or ";" in token.doc.text):
            return None
        broke = token.head
        subject = nlp.child_of(broke, "nsubj")
        if (
            subject is None
            or subject.pos_ not in {"NOUN", "PROPN"}
            or subject.lower_ in EVENT_NOUNS
            or _negated_verb(broke)
            or (broke.lower_ == "gave" and broke.doc[broke.i + 1 : broke.i + 2].text != "way")
        ):
            return None
        return subject
    if word in {"from", "during"} and _an_ignition_came(token.head):
        # "the ignition most likely came from inside the silo's elevator system", "the fire
        # began during maintenance work": where what set it off came from
        came = token.head
        inner = nlp.child_of(token, "prep") or nlp.child_of(token, "pcomp")
        if inner is not None and inner.pos_ == "ADP":
            token = inner  # "from inside the silo's elevator system": the system
        found = nlp.child_of(token, "pobj")
        if found is None or found.ent_type_ or fold(found.text) in _NO_SOURCE:
            return None  # "came from Greece", "the direction of the port", "the night"
        if word == "during" and fold(found.text) not in _WORK_DONE:
            return None  # "began during the night": when, not what set it off
        if (
            word == "from"
            and _subject_word(came) not in _SPARKING
            and fold(found.text) not in _SPARKING
        ):
            return None  # "the fire came from the windows of the eighth floor": where (not
            # "the fire started from a spark thrown by a mulching machine")
        return found
    head = token.head
    if token.dep_ == "conj" and head.lower_ == word:
        head = head.head  # "caused not by arson but by a short circuit": the second "by"
    opener = head.lower_
    set_off = opener == "set" and nlp.child_of(head, "prt", "off") is not None
    if (word, opener) not in {("by", "caused"), ("by", "triggered"), ("of", "result"),
                              ("to", "due"), ("of", "because")} and not (
        word == "to" and opener in _ATTRIBUTING
    ) and not (word == "by" and set_off):  # fmt: skip
        return None
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or _negated_verb(token):
        return None  # "caused by the road, not by brakes"
    if (_negated_verb(verb) or _negated_verb(head)) and not _affirmed_after_but(token):
        return None  # "the fire was not caused by arson" (but "was not caused by a crack
        # but by a surge" blames the surge)
    what: Token | None = None
    if opener in {"caused", "triggered"} and head.dep_ in {"acl", "amod"}:
        what = head.head  # "a fire caused by faulty wiring"
    elif opener in _ATTRIBUTING and (attributed := nlp.child_of(head, "dobj")) is not None:
        # "the police attribute the fire to arson", "The fire, which the police attribute to
        # an intentional hand"
        what = (
            head.head if attributed.tag_ in {"WDT", "WP"} and head.dep_ == "relcl" else attributed
        )
    else:
        what = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if what is None and verb.dep_ == "conj":
            # "said the breach occurred ... and was caused by exceptional water levels": the
            # subject the two verbs share
            what = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if what is None or what.lower_ not in EVENT_NOUNS | _HARM_DONE:
        return None  # ("minutes before it was due to land": "it" is no event, and a plan)
    cause = next((c for c in token.children if c.dep_ in {"pobj", "pcomp"}), None)
    if what.lower_ in _HARM_DONE and cause is not None and cause.lower_ in EVENT_NOUNS:
        return None  # "the damage caused by the flood": what the event did, no cause of it
    return cause
